"""Relations between values, split out of compare.py: sets of reals (intervals, inequalities, set-builder, unions:
equal as sets, with the convention for intervals of monotonicity) and equations (equal when lhs - rhs of one is a
constant multiple of the other's, or an equation against the value it defines)."""
from __future__ import annotations

import random
import re

from ..types import Outcome
from . import sets
from .ast import Add, Neg, Sym, subtrees, transform
from .context import Ctx, Result, asks_monotonic
from .labels import asks_for
from .evaluate import EvalError, evaluate, free_symbols, to_complex
from .numeric import _RANGES, probe
from .scalar import compare_scalar


# ------------------------------------------------------------------ intervals
def _relation_vars(node) -> set:
    """The variables a set of reals is written in: the letters standing alone in its relations (`x` of `x = 1`,
    `x > 2a`; `a` too in `x = a`), `x \\in S`, set-builder braces; empty for a bare interval or set such as `[1, 2)`
    or `\\{a, 1\\}` (its letters are parameters, not the variable of a condition)."""
    match node[0]:
        case "rel":
            # `0 < f(x) < 1` bounds f's values, not x: `0 < x < 1` is another set's condition
            return {t[1] for t in node[1][0::2] if t[0] == "sym"} | {
                "apply:" + t[1] for t in node[1][0::2] if t[0] == "apply" and all(x[0] == "sym" for x in t[2])}
        case "list":
            return set().union(*(_relation_vars(x) for x in node[1]))
        case "setop":
            return _relation_vars(node[2]) | _relation_vars(node[3])
        case "setb":
            return {x for x in free_symbols(node) if not x.startswith("apply:")}
    return set()


# a question about a point: a gold `(1, 2)` there is the point, never the open interval
_POINT_ASKED = re.compile(r"(?i)\b(?:coordinates?|points?|vertex|vertices|cent(?:er|re)|centroid|ordered\s+pairs?|pairs?|"
                          r"focus|foci|midpoint|intersect\w*|location|system|solutions?\s+\$?\(|find\s+\$?[a-z]\$?\s+and\s+\$?[a-z]|"
                          r"meet|meets|foot|reflection|image)\b")
# two equations in x and y: their solution is a point ("Solve $x + y = 3$, $2x - y = 0$.")
_TWO_EQUATIONS = re.compile(r"\$[^$]*[xy][^$]*=[^$]*\$[^$]{0,40}\$[^$]*[xy][^$]*=[^$]*\$")
_LETTER_TUPLE = re.compile(r"\(\s*[a-z]\s*,\s*[a-z]\s*\)")  # a tuple of letters asked: "$(x, y)$", "$(a, b)$"


def _bare_pair(node) -> bool:
    return node[0] == "group" and node[1:3] == ("(", ")") and len(node[3]) == 2 and not any(map(sets.is_inf, node[3]))


_RANGE_ASKED = re.compile(r"(?i)\b(?:range|interval|domain|values?\s+of|solution\s+set|inequalit\w*|set\s+of|"
                          r"increas\w*|decreas\w*|monoton\w*)\b")


_Q_LETTER = re.compile(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])")


def _other_unknown(letter: str, question: str) -> bool:
    """The question's math never writes `letter` and writes exactly one other single letter: the unknown is that one
    ("Solve $|x - 2| > 1$" for `y > 3 or y < 1`)."""
    math = " ".join(re.findall(r"\$([^$]+)\$", question))
    found = set(_Q_LETTER.findall(math))
    return bool(found) and letter not in found and len(found) == 1


def subjects_of_conditions(node) -> set | None:
    """The letters standing alone in the inequalities of `x > 3 or x < 1` (one relation, or relations joined by
    "or"); None for anything else (a bare interval, a set-builder set, equations)."""
    items = node[1] if node[0] == "list" and "or" in node[2] else [node]
    out = set()
    for x in items:
        if x[0] != "rel" or not any(op in ("<", ">", "≤", "≥") for op in x[1][1::2]):
            return None
        syms = {t[1] for t in x[1][0::2] if t[0] == "sym"}
        if len(syms) != 1:
            return None  # (`a < x < b`: which letter is the variable is the pieces' business)
        out |= syms
    return out


def _subjects(node) -> set | None:
    """The letters the equations of `x = 1 or x = a` are solved for (their left sides); None when the node is not
    such a list (or a single such equation)."""
    items = node[1] if node[0] == "list" and "or" in node[2] else [node]
    if not all(x[0] == "rel" and len(x[1]) == 3 and x[1][1] == "=" and x[1][0][0] == "sym" for x in items):
        return None
    return {x[1][0][1] for x in items}


def compare_intervals(g, a, ctx: Ctx) -> Result | None:
    q = ctx.question or ""
    if _bare_pair(g) and not _bare_pair(a) and (_LETTER_TUPLE.search(q) or _POINT_ASKED.search(q) or (
            _TWO_EQUATIONS.search(q) and "x" in q and "y" in q)) and not \
            _RANGE_ASKED.search(q):
        # `1 < x < 2` for "the coordinates of the vertex" whose gold is (1, 2): a set of reals for a point
        return Outcome.UNSURE, "interval", "the question asks for a point; the answer is a set of reals"
    gp, ap = sets.to_pieces(g), sets.to_pieces(a)
    if gp is None or ap is None:
        return None
    gv, av = _relation_vars(g), _relation_vars(a)
    if not gv and av and subjects_of_conditions(a) is not None:
        letters = subjects_of_conditions(a)
        if len(letters) > 1 or (ctx.question and _other_unknown(next(iter(letters)), ctx.question)):
            # `x > 3 or y < 1`, `y > 3 or y < 1` for "Solve |x - 2| > 1": conditions on two letters, or on one the
            # question does not ask about
            return Outcome.UNSURE, "interval", f"conditions on {sorted(letters)}"
    subjects = _subjects(a)
    if subjects is not None and av:
        # equations that list values: one letter must be what every one solves for, the gold's own (`x = 1 or x = a`),
        # or, against a bare set of values (`\\{a, 1\\}`), a letter that is none of its parameters (`a = 1 or x = a`
        # names a and x; `x = a or y = b` two unknowns)
        own = _subjects(g)
        if len(subjects) != 1 or (own is not None and own != subjects) or (
                own is None and not gv and subjects & free_symbols(g)):
            return Outcome.UNSURE, "interval", f"conditions on {sorted(subjects)}: not one unknown's values"
        if own is None and ctx.question and not asks_for(ctx.question, next(iter(subjects))):
            # `t = 1 or t = 2` for "Solve ... for $x$": a substitution's values, not the unknown asked
            return Outcome.UNSURE, "interval", f"the values of {next(iter(subjects))}, a letter the question does not ask for"
    if gv and av and gv != av:
        # `\\Lambda > -6` for `\\lambda > -6`, `y < 2` for `x < 2`: the same set, but of another quantity
        return Outcome.DIFFERENT, "interval", f"a condition on {sorted(av)}, the gold's on {sorted(gv)}"
    if len(gp) == len(ap) and asks_monotonic(ctx.question):
        # an interval of monotonicity may leave out the ends the gold includes (context.asks_monotonic)
        # (an end is closed only where it is the gold's closed end: pieces are matched by their ends, not position)
        def same(x, y) -> bool:
            return not sets.is_inf(x) and not sets.is_inf(y) and compare_scalar(x, y, ctx, None)[0] is Outcome.EQUAL

        ap = [(q[0], q[1], q[2] or any(p[2] and same(p[0], q[0]) for p in gp),
               q[3] or any(p[3] and same(p[1], q[1]) for p in gp)) for q in ap]
    gn, an = sets.numeric(gp), sets.numeric(ap)
    if (gn is not None and len(gn) < len(gp)) or (an is not None and len(an) < len(ap)):
        return None  # a reversed piece like (3, 2) is a point or a typo, not an empty interval
    if gn is not None and an is not None:
        ctx.note("interval")
        if sets.same_numeric(gn, an):
            return Outcome.EQUAL, "interval", "same set of reals"
        if ("setsym", "positive-reals") in (g, a) and sets.same_numeric(_zero_closed(gn), _zero_closed(an)):
            # `\\mathbb{R}^+` against `[0, +\\infty)`: texts differ on whether it holds 0; unsure, never DIFFERENT
            return Outcome.UNSURE, "interval", "the positive reals with or without 0"
        return Outcome.DIFFERENT, "interval", "different sets of reals"
    if len(gp) != len(ap):
        return Outcome.UNSURE, "interval", "symbolic intervals with different numbers of pieces"
    if len(gp) > 1 and _same_pieces(gp, ap, ctx):
        ctx.note("interval")  # `n = 6k+2 or n = 6k+1`: the same pieces, written in another order
        return Outcome.EQUAL, "interval", "same intervals in another order"
    for p, q in zip(gp, ap):
        if p[2:] != q[2:]:
            return Outcome.DIFFERENT, "interval", "an endpoint differs in openness"
        for x, y in ((p[0], q[0]), (p[1], q[1])):
            if sets.is_inf(x) or sets.is_inf(y):
                if sets.is_inf(x) != sets.is_inf(y):
                    return Outcome.DIFFERENT, "interval", "an endpoint differs"
                continue
            out = compare_scalar(x, y, ctx, None)[0]
            if out is not Outcome.EQUAL:
                return out, "interval", "an endpoint differs" if out is Outcome.DIFFERENT else "an endpoint is undecided"
    ctx.note("interval")
    return Outcome.EQUAL, "interval", "same intervals"


def _same_pieces(gp: list, ap: list, ctx: Ctx) -> bool:
    """Every gold piece is equal (ends and openness) to its own answer piece, in any order: the same union. Only
    equality is read here; a piece matched to none leaves the ordered comparison to decide."""
    left = list(ap)
    for p in gp:
        hit = next((q for q in left if q[2:] == p[2:] and all(
            (sets.is_inf(x) and sets.is_inf(x) == sets.is_inf(y)) or (not sets.is_inf(x) and not sets.is_inf(y)
                                            and compare_scalar(x, y, ctx, None)[0] is Outcome.EQUAL)
            for x, y in ((p[0], q[0]), (p[1], q[1])))), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _zero_closed(pieces: list) -> list:
    """Numeric pieces with an open end at 0 closed (`(0, inf)` -> `[0, inf)`)."""
    return [(lo, hi, lc or lo == 0, hc or hi == 0) for lo, hi, lc, hc in pieces]


# ------------------------------------------------------------------ equations
def is_equation(node) -> bool:
    return node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "="


def compare_equation(g, a, ctx: Ctx) -> Result:
    """`y + 1 = -(2x-1)^2` vs `y = -4x^2+4x-2` vs the bare right side `-4x^2+4x-2`.

    Two equations are equal when lhs-rhs of one is a constant non-zero multiple of the other's.
    An explicit expression E matches an equation in several variables when substituting E for the one
    variable E does not mention makes the equation an identity; with a single variable ("x^2 = 4" vs 2)
    this would accept a partial solution, so it is not done.
    """
    if is_equation(g) and is_equation(a):
        dg = Add([g[1][0], Neg(g[1][2])])
        da = Add([a[1][0], Neg(a[1][2])])
        res = _proportional(dg, da, ctx)
        return res if res is not None else (Outcome.UNSURE, "equation", "could not compare equations")
    eq, expr = (g, a) if is_equation(g) else (a, g)
    syms = free_symbols(eq)
    missing = sorted(syms - free_symbols(expr))
    if len(syms) >= 2 and len(missing) == 1:
        var = missing[0]
        lhs, rhs = _subst(eq[1][0], var, expr), _subst(eq[1][2], var, expr)
        res = probe(lhs, rhs, sorted(free_symbols(lhs) | free_symbols(rhs)), ctx.deadline)
        if res is not None and res[0] is Outcome.EQUAL:
            ctx.note("equation")
            return Outcome.EQUAL, "equation", f"solving the equation for {var} gives the answer"
        if res is not None and res[0] is Outcome.DIFFERENT and not _juxtaposed(eq, var):
            return Outcome.DIFFERENT, "equation", f"the answer does not satisfy the equation for {var}"
    return Outcome.UNSURE, "equation", "equation vs expression"


def _juxtaposed(node, var: str) -> bool:
    """`var` written right before another letter (`y x`, `f' x`): the text may have been `y(x) = ...`, `f'(x) = ...`,
    a function's value rather than a product, so a failed substitution proves nothing."""
    return any(n[0] == "mul" and any(x == ("sym", var) and isinstance(y, tuple) and y[0] in ("sym", "group")
                                     for x, y in zip(n[1], n[1][1:])) for n in subtrees(node))


def _proportional(dg, da, ctx: Ctx) -> Result | None:
    syms = sorted(free_symbols(dg) | free_symbols(da))
    if not syms or any(s.startswith("apply:") for s in syms):
        return None
    rng = random.Random(7)
    ratios = []
    for i in range(15):
        lo, hi = _RANGES[i % len(_RANGES)]  # wide ranges: see numeric._RANGES
        env = {s: complex(rng.uniform(lo, hi)) for s in syms}
        try:
            x, y = to_complex(evaluate(dg, env)), to_complex(evaluate(da, env))
        except EvalError:
            continue
        if abs(y) < 1e-12:
            if abs(x) > 1e-9:
                return Outcome.DIFFERENT, "equation", "equations differ"
            continue
        ratios.append(x / y)
    if len(ratios) < 3:
        return None
    r0 = ratios[0]
    if abs(r0) > 1e-12 and all(abs(r - r0) <= 1e-9 * abs(r0) for r in ratios):
        ctx.note("equation")
        return Outcome.EQUAL, "equation", "equivalent equations"
    return Outcome.DIFFERENT, "equation", "equations differ"


def _subst(node, var: str, value):
    return transform(node, lambda n: value if n == Sym(var) else None)
