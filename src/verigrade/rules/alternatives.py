"""What a parsed gold or answer may be read as before compare: a trailing declaration (`..., k \\in \\mathbb{Z}`) as
the qualifier it is, a worked chain (`x = 5+5+1 = 11`) as its last value, `X \\approx Y` as X or Y where the two
agree, names sharing a value (`x = y = 1`) one name at a time. Every reading is one value: none can hedge."""
from __future__ import annotations

from .ast import Add, Label, List, Mul, Neg, Qual, Rel, SetSym, Sym, subtrees
from .compare import Ctx, compare, label_like
from .evaluate import free_symbols
from .labels import NOT_A_NAME
from .multi import spread_chains
from .numeric import courtesy_rounding
from ..types import Outcome

_DECLARABLE = {"integers", "naturals", "reals", "positive-integers", "nonzero-integers", "positive-reals", "nonzero-reals"}


def is_assignment(t) -> bool:
    """`x = value`: one letter named, one value."""
    return t[0] == "rel" and len(t[1]) == 3 and t[1][1] == "=" and t[1][0][0] == "sym"


def _declaration(t):
    """`\\frac{\\pi}{6} + 2k\\pi, k \\in \\mathbb{Z}` and `... 2k\\pi (k \\in \\mathbb{Z})` declare k as the
    qualifier `for k \\in \\mathbb{Z}` does: a trailing `letter \\in` integers / naturals / reals whose letter the
    answer uses is read as that qualifier (labels.py decides what it allows), not as a second value or a factor."""
    def decl(x) -> bool:
        match x:
            case Rel(parts=[Sym(), "∈", SetSym(name=name)]):
                return name in _DECLARABLE
        return False

    def qual(rest, d):
        letter, name = d.parts[0].name, d.parts[2].name
        return Qual(rest, ("for", letter, "∈", name)) if letter in free_symbols(rest) else None

    if t[0] == "setb" and t[1][0] == "sym":
        # `\{x \mid x = \frac{\pi}{4} + k\pi, k \in \mathbb{Z}\}`: the set of the values x = ... (over the k declared)
        cond = t[2]
        body, d = (cond[1][0], cond[1][1]) if cond[0] == "list" and len(cond[1]) == 2 and decl(cond[1][1]) else (
            cond, None)
        if is_assignment(body) and body[1][0] == t[1]:
            return qual(body, d) if d is not None else body
        return None
    if t[0] == "rel" and len(t[1]) == 3 and t[1][1] == "=" and t[1][0][0] == "sym":
        # `x = \frac{k\pi}{2} + \frac{\pi}{6}\ (k \in \mathbb{Z})`: the declaration ends the value, after the name
        inner = _declaration(t[1][2])
        return Qual(Rel([t[1][0], "=", inner[1]]), inner[2]) if inner is not None and inner[0] == "qual" else None
    if t[0] == "list" and len(t[1]) == 2 and decl(t[1][-1]):
        return qual(t[1][0], t[1][-1])
    if t[0] == "list" and len(t[1]) > 2 and decl(t[1][-1]) and t[2][:-1] and set(t[2][:-1]) <= {"or"}:
        # `n = 6k + 1 or n = 6k + 2, k \in \mathbb{Z}`: one declaration for every listed piece
        return qual(List(t[1][:-1], t[2][:-1]), t[1][-1])
    if t[0] == "add" and t[1]:
        # `a - \frac{1}{n+2} (n \in \mathbb{N})`: the declaration ends the last term, negated or not
        neg = t[1][-1][0] == "neg"
        last = t[1][-1][1] if neg else t[1][-1]
        if last[0] == "mul" and len(last[1]) > 1 and decl(last[1][-1]):
            body = last[1][0] if len(last[1]) == 2 else Mul(last[1][:-1])
            return qual(Add(t[1][:-1] + [Neg(body) if neg else body]), last[1][-1])
    if t[0] == "mul" and len(t[1]) > 1 and decl(t[1][-1]):
        return qual(t[1][0] if len(t[1]) == 2 else Mul(t[1][:-1]), t[1][-1])
    return None


def _readings(t, ctx: Ctx) -> list:
    """Any tree but an approximation: its declaration read as a qualifier, a worked chain as its last value, and
    (beside it) names sharing a value one name at a time."""
    t = _declaration(t) or t
    spread = spread_chains(t) if t[0] != "list" else None  # (compare spreads the chains inside lists)
    return [_chain_value(t, ctx) or t] + ([spread] if spread is not None else [])


def gold_alternatives(trees: list, ctx: Ctx) -> list:
    """A gold written `X \\approx 1.36` accepts X or its stated approximation; a worked chain
    (`z = 1 + 1 = 2`) is read as its last value (see _chain_value); names sharing a value (`x = y = 1, z = 0`) are
    also read one name at a time (multi.spread_chains)."""
    out = []
    for t in trees:
        if t[0] == "rel" and len(t[1]) == 3 and t[1][1] == "≈":
            # `x \\approx 1.36` names x: the value is 1.36 (never the bare name x)
            out += [Rel([t[1][0], "=", t[1][2]])] if label_like(t[1][0]) else [t[1][0], t[1][2]]
        else:
            out += _readings(t, ctx)
    return out


def answer_alternatives(trees: list, ctx: Ctx) -> list:
    """An answer `X \\approx Y` counts as X, but only when Y is a fair approximation of X; `x \\approx 11` (a
    name, then its approximate value) counts as `x = 11`, the rounding policy then judging 11; a worked chain
    counts as its last value (see _chain_value)."""
    out = []
    for t in trees:
        if t[0] == "rel" and len(t[1]) == 3 and t[1][1] == "≈":
            if t[1][0][0] == "text" and any(str(w).lower() in NOT_A_NAME for w in t[1][0][1]):
                out.append(t)  # `\\text{Maybe} \\approx 5`: a hedge, no name (left unreadable)
            elif label_like(t[1][0]):
                out.append(Rel([t[1][0], "=", t[1][2]]))
            elif _unevaluated(t[1][0]):
                # `\\sin 75^\\circ \\approx 0.97`, `\\ln 2 \\approx 0.69`: the expression is the question's, left unevaluated;
                # the answer's value is the approximation (judged by the rounding policy and an exact value asked)
                out.append(t[1][2])
            elif courtesy_rounding(t[1][0], t[1][2]) or compare(
                    t[1][0], t[1][2], Ctx.build(None, ctx.deadline, ctx.rounding))[0] is Outcome.EQUAL:
                out.append(t[1][0])
        else:
            out += _readings(t, ctx)
    return out


_TRANSCENDENTAL = frozenset({"sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "log", "ln", "lg",
                             "exp", "sinh", "cosh", "tanh"})


def _unevaluated(node) -> bool:
    """A value that applies a trigonometric, logarithmic or exponential function to numbers (`\\sin 75^\\circ`,
    `\\ln 2`): the expression a question asks to evaluate, not an evaluated value."""
    return not free_symbols(node) and any(n[0] == "func" and n[1] in _TRANSCENDENTAL for n in subtrees(node))


def _chain_value(t, ctx: Ctx):
    """A worked chain commits to its last value: `x = 5+5+1 = 11` is `x = 11`, `2+3 = 5` is `5`, and
    `x = \\frac13 \\approx 0.33` is `x = \\frac13` (an approximation at the end is a courtesy). Only when every
    step is provably equal to the next (the approximation a fair rounding): `x = 5+5+1 = 7 = 11` asserts a
    falsehood on its way and is left as it is (UNSURE), so a chain can never hedge between values (a named chain
    may open with its formula in letters: the numbers after it are checked). Names only
    (`x = y = 2`) are compare's _unwrap; an equation in the head's own variable (`x = 2x - 3 = ...`) is no chain."""
    if t[0] == "label" and t[2][0] == "rel":  # `\\text{Distance} = \\sqrt{6^2+9^2} = \\sqrt{117}`: the label's chain
        inner = _chain_value(t[2], ctx)
        return Label(t[1], inner) if inner is not None else None
    if t[0] != "rel" or len(t[1]) < 3:
        return None
    parts, ops = t[1][0::2], t[1][1::2]
    if len(parts) == 2 and (ops[0] != "=" or free_symbols(parts[0]) or free_symbols(parts[1])):
        return None  # one step: only a worked value (`5+5+1 = 11`), never an equation or a named value
    if any(op != "=" for op in ops[:-1]) or ops[-1] not in ("=", "≈") or all(p[0] == "sym" for p in parts[:-1]):
        return None
    head, values = parts[0], parts[1:]
    named = label_like(head)
    if named and head[0] == "sym" and any(head[1] in free_symbols(v) for v in values):
        return None
    exact = values[:-1] if ops[-1] == "≈" else values
    steps = list(exact) if named else [head] + list(exact)
    # `a_{10} = a_1 + 9d = 2 + 18 = 20`, `\\tan\\theta = \\frac{\\sin\\theta}{\\cos\\theta} = \\frac{3/5}{-4/5} = -\\frac34`:
    # a named quantity (or a function of letters, `\\tan\\theta`), its formula in letters, then its numbers: the step
    # into numbers is a substitution (no rule can check it); every step after it is between numbers and must hold.
    # Letters only as that prefix.
    k = next((i for i, v in enumerate(exact) if not free_symbols(v)), 0)
    if k and (named or (head[0] == "func" and free_symbols(head))) and all(not free_symbols(v) for v in exact[k:]):
        steps, named = list(exact[k:]), True
    sub = Ctx.build(None, ctx.deadline, ctx.rounding)
    if any(compare(x, y, sub)[0] is not Outcome.EQUAL for x, y in zip(steps, steps[1:])):
        return None
    if ops[-1] == "≈" and not courtesy_rounding(exact[-1], values[-1]):
        return None
    return Rel([head, "=", exact[-1]]) if named else exact[-1]
