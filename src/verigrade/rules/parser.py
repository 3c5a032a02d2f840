"""Recursive-descent parser: tokens -> the named-tuple AST of rules/ast.py. It builds data, it never evaluates
or executes.

Node kinds (ast.py has one class per kind, fields by name; each is still the tuple `(kind, *fields)`):
  Num(value, text)  Sym(name)  Const(name: pi|e|i|inf)  Add(terms)  Mul(factors)  Div(num, den)  Neg(arg)
  Pow(base, exp)  Func(name, args)  Apply(name, args) -- f(x)  Pm(base|None, arg)  Pct  Deg  Fact  Abs  Prime
  Mixed(whole, frac)  Text(words)  Ratio(left, right)  Ratios(parts)  Label(words, value)
  Group(open, close, items) -- (..), [..], mixed brackets; intervals or tuples decided later
  Set(items)  SetBuilder(var, cond)  Matrix(rows)  SetSym(name)  Rel(parts: e0, op1, e1, ...)
  SetOp(op, left, right)  Qual(node, words)  Dots()  List(items, seps)
Nesting depth is capped so hostile input cannot exhaust the stack.
"""
from __future__ import annotations

from fractions import Fraction

from ..deadline import Deadline
from .lexer import Token
from .ast import (
    Abs, Add, Apply, Based, Const, Deg, Div, Dots, Fact, Func, Group, Label, List, Matrix, Mixed, Mul, Neg, Num,
    Pct, Pm, Pow, Prime, Qual, Ratio, Ratios, Rel, Set, SetBuilder, SetOp, SetSym, Sym, Text,
)

MAX_DEPTH = 40
MAX_NUMBER_CHARS = 4000  # Python's int() refuses more than 4300 digits
_RELOPS = {"=", "<", ">", "≤", "≥", "≠", "≈", "∈", "∉", "→", "⊂"}
_CLOSERS = {")", "]", "\\}", "}"}
_QUAL_WORDS = {"for", "where", "when", "with", "if", "whenever", "such", "as", "provided"}
_FUNC_NAMES = {"f", "g", "h", "F", "G", "H", "P", "Q", "p", "q", "phi", "psi"}
_ATOM_START = {"NUM", "ID", "CONST", "FUNC", "WORD", "SETSYM"}


class ParseError(ValueError):
    pass


class Parser:
    def __init__(self, toks: list[Token], deadline: Deadline | None = None) -> None:
        self.t = toks
        self.i = 0
        self.depth = 0
        self.abs_depth = 0
        self.deadline = deadline

    # ------------------------------------------------------------ helpers
    def peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def at(self, kind: str, value: str | None = None) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == kind and (value is None or tok[1] == value)

    def at_op(self, *values: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "OP" and tok[1] in values

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end")
        self.i += 1
        return tok

    def expect_op(self, value: str) -> None:
        if not self.at_op(value):
            raise ParseError(f"expected {value!r} at token {self.i}")
        self.i += 1

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError("nesting too deep")
        if self.deadline is not None:
            self.deadline.check()

    # ------------------------------------------------------------ grammar
    def parse(self):
        node = self.parse_list(top=True)
        if self.i != len(self.t):
            raise ParseError(f"unexpected token {self.peek()!r}")
        return node

    def parse_list(self, top: bool = False):
        self.enter()
        items, seps = [], []
        while True:
            if self.at("ELLIPSIS"):
                self.take()
                items.append(Dots())
            elif self.peek() is None or self.at_op(*_CLOSERS, "|", "&", "\\\\") and not (top and self.at_op("|")):
                if items or seps:
                    raise ParseError("empty list item")
                break
            else:
                items.append(self.parse_item())
            if self.at_op(",", ";"):
                seps.append(self.take()[1])
                if self.at("SEP"):  # ", and 5" / ", or 5"
                    seps[-1] = self.take()[1]
                continue
            if self.at("SEP"):
                seps.append(self.take()[1])
                continue
            break
        self.depth -= 1
        if len(items) == 1 and not seps:
            return items[0]
        return List(items, tuple(seps))

    def parse_item(self):
        self.enter()
        # "only x = 0", "exactly 3": a leading filler word carries no meaning.
        while self.at("WORD") and self.peek()[1].lower() in ("only", "just", "exactly") and self.peek(1) is not None:
            self.take()
        label = self._label()
        node = self.parse_relation()
        if self.at("WORD") and self.peek()[1].lower() in _QUAL_WORDS:
            words, depth = [], 0
            while self.peek() is not None:
                if self.at_op(*_CLOSERS):
                    if depth == 0:
                        break
                    depth -= 1
                elif self.at_op("(", "[", "{", "\\{"):
                    depth += 1
                words.append(self.take()[1])
            node = Qual(node, tuple(words))
        self.depth -= 1
        return Label(label, node) if label else node

    def _label(self):
        """`Paolo: 18`, `Sequence 1: -2, -1`, `Maximum = 2`: words (and numbers) before ':' or '='."""
        j, words = self.i, []
        while j < len(self.t) and (self.t[j][0] == "WORD" or (words and self.t[j][0] in ("NUM", "ID"))):
            words.append(self.t[j][1])
            j += 1
        if words and j < len(self.t) and self.t[j] in (("OP", ":"), ("OP", "=")) and j + 1 < len(self.t):
            self.i = j + 1
            return tuple(words)
        return None

    def parse_relation(self):
        parts = [self.parse_setexpr()]
        while self.at("OP") and self.peek()[1] in _RELOPS | {":"}:
            op = self.take()[1]
            rhs = self.parse_setexpr()
            if op == ":":  # a ratio binds tighter than a relation: `y = 16:7`
                last = parts[-1]
                if last[0] in ("ratio", "ratios"):  # 1:1:1 is three parts, not (1:1):1 = 1
                    prev = list(last[1:]) if last[0] == "ratio" else list(last[1])
                    parts[-1] = Ratios(prev + [rhs])
                else:
                    parts[-1] = Ratio(last, rhs)
                continue
            parts += [op, rhs]
        return parts[0] if len(parts) == 1 else Rel(parts)

    def parse_setexpr(self):
        node = self.parse_arith()
        while self.at_op("∪", "∩", "∖", "⊍"):
            op = self.take()[1]
            node = SetOp(op, node, self.parse_arith())
        return node

    def parse_arith(self):
        self.enter()
        node = self.parse_term()
        while self.at_op("+", "-", "±", "∓"):
            op = self.take()[1]
            rhs = self.parse_term()
            if op == "+":
                node = Add(_terms(node) + [rhs])
            elif op == "-":
                node = Add(_terms(node) + [Neg(rhs)])
            else:
                node = Pm(node, rhs if op == "±" else Neg(rhs))
        self.depth -= 1
        return node

    def parse_term(self):
        node = self._mixed(self.parse_unary())
        while True:
            if self.at_op("*", "/"):
                op = self.take()[1]
                rhs = self.parse_unary()
                node = Mul(_factors(node) + [rhs]) if op == "*" else Div(node, rhs)
            elif self._starts_atom():
                last = _factors(node)[-1]
                if self.at("NUM") and last[0] in ("num", "pow", "pct", "fact") and not _prime_power(last) and not (
                        last[0] == "fact" and self.peek(1) == ("OP", "!")):
                    # "2 3" is not 6: two numbers side by side are a typo or digit grouping, never a product.
                    # A factorisation `2^3 3^2 7` is one: after a number to a power the next number is a factor; so
                    # are factorials side by side, `4!\,4!\,2!`
                    raise ParseError("two numbers side by side")
                rhs = self.parse_power()
                node = _dms(last, rhs) if len(_factors(node)) == 1 and _dms(last, rhs) else Mul(_factors(node) + [rhs])
            else:
                return node

    def _mixed(self, node):
        """`6 \\frac{1}{64}`, `-2\\frac14`: an integer then a proper fraction of integers, alone in the term,
        is a mixed number (6 + 1/64), the way people write it, not a product. A unit word, a percent or a degree
        sign may follow (`10\\frac{1}{2}\\text{ cm}` is 10.5 cm, `6\\frac{2}{3}\\%` is 6.67 %): it belongs to the
        whole number."""
        inner = node[1] if node[0] == "neg" else node
        if not (inner[0] == "num" and inner[1].denominator == 1 and "." not in inner[2] and self.at("CMD", "frac")):
            return node
        save = self.i
        frac = self.parse_atom()
        ok = (
            frac[0] == "div" and frac[1][0] == "num" and frac[2][0] == "num"
            and frac[1][1].denominator == 1 and frac[2][1].denominator == 1 and 0 < frac[1][1] < frac[2][1]
            and (not self._starts_atom() or self.at("WORD")) and not self.at_op("^", "!", "_", "'")
        )
        if not ok:
            self.i = save
            return node
        mixed = Mixed(inner, frac)
        if self.at_op("%", "°"):
            mixed = self.parse_postfix(mixed)
        return Neg(mixed) if node[0] == "neg" else mixed

    def _starts_atom(self) -> bool:
        tok = self.peek()
        if tok is None:
            return False
        if tok[0] == "WORD" and tok[1].lower() in _QUAL_WORDS:
            return False
        if tok[0] in _ATOM_START:
            return True
        if tok[0] == "CMD" and (tok[1] in ("frac", "sqrt", "binom", "lfloor", "lceil") or tok[1].startswith("begin:")):
            return True
        if tok[0] == "OP":
            if tok[1] == "|":
                return self.abs_depth == 0
            return tok[1] in ("(", "[", "{", "\\{")
        return False

    def parse_unary(self):
        self.enter()
        if self.at_op("-"):
            self.take()
            node = Neg(self.parse_unary())
        elif self.at_op("+"):
            self.take()
            node = self.parse_unary()
        elif self.at_op("±", "∓"):
            op = self.take()[1]
            inner = self.parse_unary()
            node = Pm(None, inner if op == "±" else Neg(inner))
        else:
            node = self.parse_power()
        self.depth -= 1
        return node

    def parse_power(self):
        opened = self.at_op("(")
        base = self.parse_postfix(self.parse_atom())
        if self.at_op("^"):
            if opened and base[0] == "text" and len(base[1]) > 1:
                # `(\\text{m}\\,\\text{s})^{-1}`: the power is the group's, not its last word's (as in `\\text{m s}^{-1}`)
                base = Group("(", ")", [base])
            self.take()
            exp = self.parse_unary() if self.at_op("-", "+") else self.parse_atom()
            exp = self.parse_postfix(exp)
            if base[0] == "sym" and base[1] in _FUNC_NAMES and exp == ("neg", ("num", 1, "1")) and self.at_op("(") \
                    and self._looks_like_call():
                # `f^{-1}(x)`: the inverse function applied, never f to the power -1 times x (functions.py reads it)
                return self.parse_postfix(Apply(base[1] + "^{-1}", self._call_args()))
            return self.parse_postfix(Pow(base, exp))
        return base

    def parse_postfix(self, node):
        while True:
            if self.at_op("!"):
                self.take()
                node = Fact(node)
            elif self.at_op("%"):
                self.take()
                node = Pct(node)
            elif self.at_op("°"):
                self.take()
                node = Deg(node)
            elif self.at_op("'"):
                # parse, don't delete: `B'` is not `B`, `45'` (arcminutes) is not 45
                self.take()
                node = Sym(node[1] + "'") if node[0] == "sym" else Prime(node)
                if node[0] == "sym" and node[1].rstrip("'") in _FUNC_NAMES and self.at_op("(") and self._looks_like_call():
                    # `f'(x)`, `f''(2)`: a derivative applied, never the name f' times x (functions.py reads it)
                    node = Apply(node[1], self._call_args())
            elif self.at_op("_") and node[0] == "num" and node[2].isdigit():
                # `1302_5`, `1302_{5}`, `66_{(8)}`: a number in a base (compare.py reads it), never 1302 or 1302*5
                self.take()
                node = Based(node[2], self._raw_group().strip("()"))
            elif self.at_op("_") and node[0] in ("sym", "apply"):
                self.take()
                sub = self._raw_group()
                if node[0] == "apply" and sub.strip("\\") in ("max", "min"):
                    node = Sym(node[1] + "_" + sub.strip("\\"))  # `f(x)_{\\max}`: f's maximum, as `f_{\\max}` names it
                elif node[0] == "sym":
                    node = Sym(node[1] + "_" + sub)
                if node[0] == "sym" and node[1].split("_")[0] in _FUNC_NAMES and self.at_op("("):
                    node = Apply(node[1], self._call_args())
            else:
                return node

    def _raw_group(self) -> str:
        """A subscript, kept as a name: x_1, a_{n+1}, S_n."""
        if self.at_op("{"):
            self.take()
            parts, depth = [], 1
            while True:
                tok = self.take()
                if tok == ("OP", "{"):
                    depth += 1
                elif tok == ("OP", "}"):
                    depth -= 1
                    if depth == 0:
                        break
                parts.append(tok[1])
            return "".join(parts)
        return self.take()[1]

    def _call_args(self) -> list:
        self.expect_op("(")
        inner = self.parse_list()
        self.expect_op(")")
        return inner[1] if inner[0] == "list" else [inner]

    def parse_atom(self):
        self.enter()
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def _atom(self):
        tok = self.take()
        kind, val = tok
        if kind == "NUM":
            if len(val) > MAX_NUMBER_CHARS:  # Fraction() of 20 000 digits raises (and would be slow)
                raise ParseError("number too long")
            return Num(Fraction(val), val)
        if kind == "CONST":
            return Const(val)
        if kind == "SETSYM":
            return SetSym(val)
        if kind == "ID":
            if val in _FUNC_NAMES and self.at_op("(") and self._looks_like_call(val):
                return Apply(val, self._call_args())
            # `I(0)`, `V(2)`: a capital letter applied to a single value is a function value, not a product
            if val[:1].isupper() and self.at_op("(") and self.peek(1) is not None and self.peek(1)[0] in ("NUM", "ID") \
                    and self.peek(2) == ("OP", ")"):
                return Apply(val, self._call_args())
            if val[:1].isupper() and len(val) == 1 and self.at_op("(") and self._number_pair_follows():
                # `M(-2, 3)`: a capital right before two or three numbers names a point (labels._named_point reads
                # it); `M \cdot (-2, 3)` stays a product
                return Apply(val, self._call_args())
            return Sym(val)
        if kind == "WORD":
            words = [val]
            while self.at("WORD") and self.peek()[1].lower() not in _QUAL_WORDS:
                words.append(self.take()[1])
            return Text(tuple(words))
        if kind == "FUNC":
            return self._function(val)
        if kind == "CMD":
            return self._command(val)
        if kind == "OP":
            if val in ("(", "["):
                return self._group(val)
            if val == "{":
                inner = self.parse_list()
                self.expect_op("}")
                return inner
            if val == "\\{":
                return self._set()
            if val == "|" and self.abs_depth == 0:
                self.abs_depth += 1
                inner = self.parse_arith()
                self.abs_depth -= 1
                self.expect_op("|")
                return Abs(inner)
        if kind == "ELLIPSIS":
            return Dots()
        raise ParseError(f"unexpected token {tok!r}")

    def _number_pair_follows(self) -> bool:
        """`(-2, 3)`, `(1, 2, 3)`, `(\\frac{4}{3}` aside: two or three plain numbers, each maybe negated, in parentheses."""
        j, items = self.i + 1, 0
        while j < len(self.t) and items < 4:
            j += self.t[j] == ("OP", "-")
            if j >= len(self.t) or self.t[j][0] != "NUM":
                return False
            items, j = items + 1, j + 1
            if j < len(self.t) and self.t[j] == ("OP", ")"):
                return 2 <= items <= 3
            if j >= len(self.t) or self.t[j] != ("OP", ","):
                return False
            j += 1
        return False

    def _looks_like_call(self, name: str | None = None) -> bool:
        """f(x), P(x, y): a short argument list right after a function letter. Not where the letter stands in its own
        argument as a value (`p(p^2 - 3q)` is p times p^2 - 3q; `f(f(x))` is still a call)."""
        depth, j = 0, self.i
        while j < len(self.t) and j < self.i + 40:
            tok = self.t[j]
            if tok == ("OP", "("):
                depth += 1
            elif tok == ("OP", ")"):
                depth -= 1
                if depth == 0:
                    return True
            elif name is not None and depth and tok == ("ID", name) and (
                    j + 1 >= len(self.t) or self.t[j + 1] != ("OP", "(")):
                return False
            j += 1
        return False

    def _group(self, opener: str):
        if self.at_op(")", "]"):
            closer = self.take()[1]
            return Group(opener, closer, [])
        inner = self.parse_list()
        if not self.at_op(")", "]"):
            raise ParseError("unclosed bracket")
        closer = self.take()[1]
        items = inner[1] if inner[0] == "list" else [inner]
        if inner[0] == "list" and any(s not in (",", ";") for s in inner[2]):
            items = [inner]
        if len(items) == 1 and opener == "(" and closer == ")":
            return items[0]  # plain parentheses
        return Group(opener, closer, items)

    def _set(self):
        # set-builder {x | cond} / {x : cond}: find a top-level bar or colon before the closing brace
        depth, j = 0, self.i
        while j < len(self.t):
            tok = self.t[j]
            if tok[0] == "OP" and tok[1] in ("(", "[", "{", "\\{"):
                depth += 1
            elif tok[0] == "OP" and tok[1] in (")", "]", "}", "\\}"):
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and tok in (("OP", "|"), ("OP", ":")):
                self.abs_depth += 1  # a bar here ends the head, it does not open |x|
                var = self.parse_arith() if self.i < j else None
                self.abs_depth -= 1
                if var is not None and self.i == j - 2 and self.t[self.i] == ("OP", "∈") and self.t[j - 1] == (
                        "SETSYM", "reals"):
                    self.i = j  # `\{x \in \mathbb{R} : |x| < 2\}`: the reals are what a set of x ranges over anyway
                    # (another domain, `\mathbb{Z}`, changes the set: not read)
                if self.i != j:
                    raise ParseError("bad set-builder head")
                self.take()
                cond = self.parse_list(top=True)  # (`\\{x \\mid |x| > 3\\}`: a bar opening the condition is |x|)
                self.expect_op("\\}")
                return SetBuilder(var, cond)
            j += 1
        if self.at_op("\\}"):
            self.take()
            return Set([])
        inner = self.parse_list()
        self.expect_op("\\}")
        return Set(inner[1] if inner[0] == "list" else [inner])

    def _function(self, name: str):
        power = None
        base = None
        if name in ("gcd", "lcm"):
            # `\gcd(12, 18)`, `\operatorname{lcm}(4, 6)`: the arguments are a list, in parentheses only
            self.expect_op("(")
            inner = self.parse_list()
            self.expect_op(")")
            return Func(name, inner[1] if inner[0] == "list" else [inner])
        if name in ("log",) and self.at_op("_"):
            self.take()
            base = self.parse_atom()
        if name == "sqrt":
            index = None
            if self.at_op("["):
                self.take()
                index = self.parse_arith()
                self.expect_op("]")
            arg = self.parse_atom()
            return Func("sqrt", [arg]) if index is None else Func("root", [arg, index])
        if self.at_op("^"):
            self.take()
            power = self.parse_unary() if self.at_op("-") else self.parse_atom()
        if self.at_op("("):
            self.take()
            arg = self._group("(")
        else:
            # \sin 2x, \ln x: the argument runs over the following product of plain atoms
            arg = self.parse_power()
            while self.peek() is not None and self.peek()[0] in ("NUM", "ID", "CONST"):
                arg = Mul(_factors(arg) + [self.parse_power()])
        if power is not None and power == Neg(Num(Fraction(1), "1")) and name in ("sin", "cos", "tan"):
            return Func("arc" + name, [arg])
        node = Func(name, [arg] if base is None else [arg, base])
        return Pow(node, power) if power is not None else node

    def _command(self, name: str):
        if name in ("frac", "binom"):
            tok = self.peek()
            if tok is not None and tok[0] == "NUM" and len(tok[1]) == 2 and tok[1].isdigit():
                # `\frac 59` is 5/9: without braces TeX takes one character per argument (the lexer read `59`)
                self.t[self.i:self.i + 1] = [("NUM", tok[1][0]), ("NUM", tok[1][1])]
            a, b = self.parse_atom(), self.parse_atom()
            return Div(a, b) if name == "frac" else Func("binom", [a, b])
        if name in ("lfloor", "lceil"):
            inner = self.parse_arith()
            if not self.at("CMD", "r" + name[1:]):
                raise ParseError(f"unclosed \\{name}")
            self.take()
            return Func(name[1:], [inner])  # floor / ceil: integer parts, evaluated exactly on rationals
        if name == "emptyset":
            return Set([])
        if name.startswith("begin:"):
            env = name[6:]
            if env in ("vmatrix", "Vmatrix"):
                raise ParseError("a determinant or a norm, not a matrix: not read")  # (`|A|` is a number)
            rows, row = [], []
            while not self.at("CMD", "end:" + env):
                if self.peek() is None:
                    raise ParseError("unclosed environment")
                start = self.i
                row.append(self.parse_list())
                if self.i == start and not self.at_op("&", "\\\\"):
                    raise ParseError(f"unexpected token {self.peek()!r} in a matrix")  # e.g. an augmented-matrix bar
                if self.at_op("&"):
                    self.take()
                elif self.at_op("\\\\"):
                    self.take()
                    rows.append(row)
                    row = []
            self.take()
            if row:
                rows.append(row)
            return Matrix(rows)
        raise ParseError(f"unsupported command \\{name}")


def _prime_power(node) -> bool:
    """`2^3`, `3^{2}`: a positive integer to a positive integer power (a factor of a factorisation)."""
    return (node[0] == "pow" and node[1][0] == node[2][0] == "num" and node[1][2].isdigit()
            and node[2][2].isdigit())


def _dms(deg, rhs):
    """`35° 15'` is 35 + 15/60 degrees, `35° 15' 30''` adds 30/3600: degrees, minutes and seconds of arc (a whole
    number of minutes or seconds below 60) written side by side. None when `deg rhs` is no such reading."""
    if deg[0] != "deg" or rhs[0] != "prime":
        return None
    inner, mark = rhs[1], 60
    if inner[0] == "prime":  # `30''`: seconds, only after minutes
        inner, mark = inner[1], 3600
        if not (deg[1][0] == "add" and len(deg[1][1]) == 2):
            return None
    if inner[0] != "num" or not inner[2].isdigit() or inner[1] >= 60:
        return None
    part = Div(inner, Num(Fraction(mark), str(mark)))
    if mark == 60 and deg[1][0] != "num":
        return None
    return Deg(Add((_terms(deg[1]) if mark == 3600 else [deg[1]]) + [part]))


def _terms(node) -> list:
    return list(node[1]) if node[0] == "add" else [node]


def _factors(node) -> list:
    return list(node[1]) if node[0] == "mul" else [node]


def parse(tokens: list[Token], deadline: Deadline | None = None):
    try:
        return Parser(tokens, deadline).parse()
    except RecursionError:
        raise ParseError("nesting too deep") from None
