"""The rule engine's AST: one NamedTuple per node kind.

Every node is a tuple whose first field is its kind tag, so the positional reads of older code (`node[0] ==
"rel"`, `node[1][2]`) and tuple equality (`node == ("sym", "x")`, hashing, lru_cache keys) keep working, while new
code reads fields by name and dispatches with `match`:

    match node:
        case Rel(parts=[lhs, "=", rhs]): ...
        case Num(value=v): ...

Constructors take the fields without the tag (`Num(Fraction(1), "1")`, `Rel([a, "<", b])`). The parser builds
data only; nothing here evaluates anything.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Any, NamedTuple

Node = tuple  # every node class below is a tuple subclass


def _tagged(base: type, kind: str) -> type:
    """`base` (a NamedTuple whose first field is `kind`) as a class that fills the tag itself and matches by its
    other fields. Pickling passes the fields without the tag back to the constructor."""
    fields = base._fields[1:]

    def __new__(cls, *args, **kwargs):
        return base.__new__(cls, kind, *args, **kwargs)

    def __getnewargs__(self):
        return tuple(self)[1:]

    def __repr__(self):  # as the tuple it is: old reprs, logs and snapshots read the same
        return tuple.__repr__(self)

    cls = type(base.__name__, (base,), {"__slots__": (), "__new__": __new__, "__getnewargs__": __getnewargs__,
                                        "__match_args__": fields, "__repr__": __repr__, "KIND": kind,
                                        "__doc__": base.__doc__})
    return cls


class Num(NamedTuple):
    """A number as written: its exact value and its text (`2.50` keeps its decimals)."""
    kind: str
    value: Fraction
    text: str


class Sym(NamedTuple):
    kind: str
    name: str


class Const(NamedTuple):
    """pi, e, i, inf."""
    kind: str
    name: str


class Add(NamedTuple):
    kind: str
    terms: list


class Mul(NamedTuple):
    kind: str
    factors: list


class Div(NamedTuple):
    kind: str
    num: Any
    den: Any


class Neg(NamedTuple):
    kind: str
    arg: Any


class Pow(NamedTuple):
    kind: str
    base: Any
    exp: Any


class Func(NamedTuple):
    """A known function (`sin`, `sqrt`, `log`, ...) of its arguments."""
    kind: str
    name: str
    args: list


class Apply(NamedTuple):
    """`f(x)`: a named function applied."""
    kind: str
    name: str
    args: list


class Pm(NamedTuple):
    """`a ± b`; `± b` has base None."""
    kind: str
    base: Any
    arg: Any


class Pct(NamedTuple):
    kind: str
    arg: Any


class Deg(NamedTuple):
    kind: str
    arg: Any


class Fact(NamedTuple):
    kind: str
    arg: Any


class Abs(NamedTuple):
    kind: str
    arg: Any


class Prime(NamedTuple):
    """`f'` of a non-symbol: a derivative mark the rules keep, never drop."""
    kind: str
    arg: Any


class Mixed(NamedTuple):
    """`3\\frac{5}{8}`: a whole part and a fraction (3 + 5/8), never a product."""
    kind: str
    whole: Any
    frac: Any


class Text(NamedTuple):
    kind: str
    words: tuple


class Ratio(NamedTuple):
    kind: str
    left: Any
    right: Any


class Ratios(NamedTuple):
    """`1:1:1`: several parts of one ratio."""
    kind: str
    parts: list


class Label(NamedTuple):
    """`\\text{Paolo}: 18`: the words that name a value, and the value."""
    kind: str
    words: tuple
    value: Any


class Based(NamedTuple):
    """`1302_5`, `66_{(8)}`: digits written in a base. Never evaluated as the decimal number its digits spell."""
    kind: str
    digits: str
    base: str


class Group(NamedTuple):
    """Bracketed items, `(..)`, `[..)` ...: intervals or tuples, decided later."""
    kind: str
    open: str
    close: str
    items: list


class Set(NamedTuple):
    kind: str
    items: list


class SetBuilder(NamedTuple):
    """`\\{x | cond\\}`."""
    kind: str
    var: Any
    cond: Any


class Matrix(NamedTuple):
    kind: str
    rows: list


class SetSym(NamedTuple):
    """A named set: `\\mathbb{R}` is "reals"."""
    kind: str
    name: str


class Rel(NamedTuple):
    """`e0 op1 e1 op2 e2 ...`: a relation or a chain, terms and operators interleaved."""
    kind: str
    parts: list


class SetOp(NamedTuple):
    kind: str
    op: str
    left: Any
    right: Any


class Qual(NamedTuple):
    """A node with a condition attached: `x = 2 for x > 0`."""
    kind: str
    node: Any
    words: tuple


class Dots(NamedTuple):
    """`\\cdots` in a list."""
    kind: str


class List(NamedTuple):
    """Top-level items and the separators between them (`,`, `;`, `or`, ...)."""
    kind: str
    items: list
    seps: tuple


Num = _tagged(Num, "num")
Sym = _tagged(Sym, "sym")
Const = _tagged(Const, "const")
Add = _tagged(Add, "add")
Mul = _tagged(Mul, "mul")
Div = _tagged(Div, "div")
Neg = _tagged(Neg, "neg")
Pow = _tagged(Pow, "pow")
Func = _tagged(Func, "func")
Apply = _tagged(Apply, "apply")
Pm = _tagged(Pm, "pm")
Pct = _tagged(Pct, "pct")
Deg = _tagged(Deg, "deg")
Fact = _tagged(Fact, "fact")
Abs = _tagged(Abs, "abs")
Prime = _tagged(Prime, "prime")
Mixed = _tagged(Mixed, "mixed")
Text = _tagged(Text, "text")
Ratio = _tagged(Ratio, "ratio")
Ratios = _tagged(Ratios, "ratios")
Label = _tagged(Label, "label")
Based = _tagged(Based, "based")
Group = _tagged(Group, "group")
Set = _tagged(Set, "set")
SetBuilder = _tagged(SetBuilder, "setb")
Matrix = _tagged(Matrix, "matrix")
SetSym = _tagged(SetSym, "setsym")
Rel = _tagged(Rel, "rel")
SetOp = _tagged(SetOp, "setop")
Qual = _tagged(Qual, "qual")
Dots = _tagged(Dots, "ellipsis")
List = _tagged(List, "list")

BY_KIND = {cls.KIND: cls for cls in (Num, Sym, Const, Add, Mul, Div, Neg, Pow, Func, Apply, Pm, Pct, Deg, Fact,
                                     Abs, Prime, Mixed, Text, Ratio, Ratios, Label, Based, Group, Set, SetBuilder, Matrix, SetSym, Rel,
                                     SetOp, Qual, Dots, List)}


def remake(node: tuple, fields) -> tuple:
    """`node` rebuilt from all its fields (the kind tag first), as its own class: generic tree maps (renaming a
    letter, substituting a value) keep named nodes named."""
    make = getattr(type(node), "_make", None)
    return make(fields) if make is not None else tuple(fields)


def transform(node, fn):
    """`node` with each subtree that `fn` rewrites replaced, top down: `fn(subtree)` returns the replacement, or None
    to look inside it (the children of lists too). The generic tree map of renaming, substituting, re-reading."""
    if not isinstance(node, tuple):
        return node
    new = fn(node) if node else None
    if new is not None:
        return new
    return remake(node, (transform(c, fn) if isinstance(c, tuple) else [transform(x, fn) for x in c]
                         if isinstance(c, list) else c for c in node))


def subtrees(node):
    """Every subtree of `node` (itself included, and those inside lists), in no particular order."""
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(x)
        elif isinstance(x, tuple) and x:
            yield x
            stack.extend(c for c in x[1:] if isinstance(c, (tuple, list)))


def named(node: tuple) -> tuple:
    """A node built as a plain tuple, as its named class (unknown kinds stay plain tuples)."""
    cls = BY_KIND.get(node[0]) if node else None
    return cls._make(node) if cls is not None else node
