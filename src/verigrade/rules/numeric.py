"""Scalar equivalence: exact values, decimal approximations, and symbolic identity by random probing.

Policies (precision first):
- Exact values compare exactly (Fractions) or to 1e-12 relative error (irrationals in double precision).
- Symbolic identity: each probe point is first tried exactly (the nearest rational point, where both sides are
  rational functions), else in floating point to 1e-9 relative error.
- Approximations are a policy (`rounding`, configurable on the Verifier; default "stated"):
  * "stated": an answer written as a decimal (>= 1 decimal shown, >= 3 significant digits) matches a gold with
    more precision (exact, or a decimal with more decimals) when the gold rounds half-up to exactly that decimal:
    `\\frac{600}{7}` vs `85.71`, `165.47` vs `165.5`, `12.75` vs `12.8`. Never a truncation (`12.7` for `12.75`)
    and never a finer answer than a decimal gold (`30.52003` for `30.52`, `15.71` for `15.7`). An exact answer
    (`\\frac{27}{59}`, not a decimal) matches a decimal gold with >= 2 decimals and >= 3 significant digits that
    it rounds to (`0.458`): datasets store rounded golds of exact answers.
    A question that asks for the exact value ("exact value", "simplest radical form", "in terms of pi", "as a
    common fraction") takes no decimal answer for an exact gold (`0.707` for "the exact value of cos(pi/4)").
  * "asked": the same, but only when the question asks to round / approximate / estimate.
  * "never": exact values only.
  Never an integer answer (`100` or `101` for `\\frac{201}{2}`, `300` for `299.94`): an integer states no
  precision of its own. An integer gold is never approximated: 420 is 420.
- Renaming letters: only arbitrary constants (k, m, n, c, C; K for a C) or letters a qualifier declares
  (`for some integer t`); `2a` vs `2b`, `4x` vs `4k` are different answers.
- Expressions with variables are equal when they agree at >= 3 random real points and disagree at none.
  Points where either side is undefined or non-real are skipped (so `2\\arcsin\\sqrt a` and
  `\\arccos(1-2a)` agree on their common real domain). All-disagree means DIFFERENT.
"""
from __future__ import annotations

import cmath
import functools
import itertools
import random
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction

from ..deadline import Deadline
from ..types import Outcome
from .evaluate import EvalError, Value, close, evaluate, free_symbols, is_real, to_complex
from .ast import Const, Sym, transform

_ASKS_ROUND = re.compile(r"(?i)\b(?:round(?:ed|ing)?|nearest|decimal\s+places?|approximat\w*|estimat\w*|significant"
                         r"|to\s+the\s+(?:tenth|hundredth|thousandth)s?)\b|≈|\\approx")
_PROBE_POINTS = 8
_PROBE_TOL = 1e-9  # relative; 1e-7 let `0.196566472x` pass for `0.196566478x`
# two constants in floating point (irrational: exact rationals compare exactly): a double carries ~1e-16, a few
# operations lose a little more; 1e-9 let `10^{10} + \sqrt{2}` pass for `10^{10} - \sqrt{2}`
_CONST_TOL = 1e-12
# Probe ranges: small, moderate, negative and large magnitudes, so that a difference hidden by a big constant
# (`x/4 + 1 = 2023` vs `x/4 + 3 = 2023`) or only visible far out shows up.
_RANGES = ((0.15, 0.85), (1.2, 3.3), (-2.7, -0.3), (7.0, 60.0), (-60.0, -7.0))
# Letters that conventionally name arbitrary integers or integration constants (taxonomy 7.1: k*pi vs n*pi); renaming
# among them is allowed when the gold's letter is not part of the problem statement. Any other letter (`a` to `b`,
# `x` to `k`) changes the answer.
_PARAMS = set("kmncCK")
_INTEGER_LETTERS = set("nkmijNKM")


@dataclass(frozen=True)
class Literal:
    """A number as written: its value, decimals shown, significant digits."""

    value: Fraction
    decimals: int
    sig: int


def literal(node) -> Literal | None:
    """A plain written number (with sign / percent), or None."""
    neg = False
    scale = 0
    while node[0] in ("neg", "pct"):
        if node[0] == "neg":
            neg = not neg
        else:
            scale += 2
        node = node[1]
    k = _power_of_ten(node[1][1]) if node[0] == "mul" and len(node[1]) == 2 and node[1][0][0] == "num" else None
    if k is not None:
        # `6.72e-05` (= 6.72 \\times 10^{-5}) states its digits: 6.72000672e-05 has 11 decimals, 3+ significant
        mant = literal(node[1][0])
        if mant is None:
            return None
        v = mant.value * Fraction(10) ** k
        return Literal(-v if neg else v, max(0, mant.decimals - k), mant.sig)
    if node[0] != "num":
        return None
    text = node[2]
    if "." in text:
        whole, frac = text.split(".")
        digits = (whole + frac).lstrip("0")
        dec = len(frac)
    else:
        digits, dec = text.lstrip("0"), 0
    v = node[1] / (10**scale)
    return Literal(-v if neg else v, dec + scale, max(1, len(digits)))


def _power_of_ten(node) -> int | None:
    if node[0] == "pow" and node[1][0] == "num" and node[1][1] == 10:
        e = node[2]
        sign = 1
        if e[0] == "neg":
            sign, e = -1, e[1]
        if e[0] == "num" and e[1].denominator == 1 and abs(e[1]) < 400:
            return sign * int(e[1])
    return None


def _rounds_to(exact: Fraction, lit: Literal) -> bool:
    if abs(exact) > 10**30 or lit.decimals > 40:
        return False  # nobody writes a 30-digit number as an approximation; keeps Decimal in range
    with localcontext() as ctx:  # a private context: thread-safe, and precise enough for 30+40 digits
        ctx.prec = 80
        q = Decimal(1).scaleb(-lit.decimals)
        d = Decimal(exact.numerator) / Decimal(exact.denominator)
        target = Decimal(lit.value.numerator) / Decimal(lit.value.denominator)
        try:
            # rounded only: a truncation (12.7 for 12.75) is a different number at that precision
            return d.quantize(q, rounding=ROUND_HALF_UP) == target
        except InvalidOperation:
            return False


def courtesy_rounding(exact_node, approx_node) -> bool:
    """`\\frac13 \\approx 0.33`: the approximation a worked answer appends to its exact value is fair when it is
    that value rounded or truncated at the decimals it shows (any number of significant digits: it is not what
    is graded, it only must not contradict the exact value; `\\frac13 \\approx 11` does)."""
    lit = literal(approx_node)
    if lit is None:
        return False
    try:
        v = evaluate(exact_node)
    except EvalError:
        return False
    exact = _to_fraction(v) if is_real(v) else None
    if exact is None or abs(exact) > 10**30 or lit.decimals > 40:
        return False
    step = Fraction(1, 10**lit.decimals)
    truncated = (abs(exact) // step) * step * (1 if exact >= 0 else -1)
    # (truncated only at two decimals or more, `\\frac13 \\approx 0.33`: `\\sin 75^\\circ \\approx 0` is no approximation)
    return (truncated == lit.value and lit.decimals >= 2) or _rounds_to(exact, lit)


@functools.lru_cache(maxsize=1024)  # (one question, many rollouts)
def asks_rounding(question: str | None) -> bool:
    return bool(question) and _ASKS_ROUND.search(question) is not None


# "Find the exact value of ...", "in simplest radical form", "in terms of \\pi", "as a common fraction": the question
# asks for the exact value, so a decimal answer is no rounding of it (an exact answer still meets a rounded gold)
_ASKS_EXACT = re.compile(r"(?i)\bexact\b|simplest\s+(?:radical\s+)?form|radical\s+form|"
                         r"in\s+terms\s+of\s+(?:\$\s*|\\\(\s*)?(?:\\pi\b|pi\b|π)|"
                         r"common\s+fraction|(?:simplified|reduced|improper)\s+fraction")


@functools.lru_cache(maxsize=1024)
def asks_exact(question: str | None) -> bool:
    return bool(question) and _ASKS_EXACT.search(question) is not None


def approx_equal(gold_node, ans_node, gval: Value, aval: Value, rounding: str = "stated",
                 asked: bool = False, exact: bool = False) -> str | None:
    """Return evidence text when one side is an acceptable approximation of the other (see the module policy).
    `exact`: the question asks for the exact value (asks_exact), so a decimal answer never rounds the gold."""
    if rounding == "never" or (rounding == "asked" and not asked):
        return None
    if not (is_real(gval) and is_real(aval)):
        return None
    g_exact = _to_fraction(gval)
    a_exact = _to_fraction(aval)
    if g_exact is None or a_exact is None:
        return None
    a_lit, g_lit = literal(ans_node), literal(gold_node)
    finer_gold = g_lit is None or g_lit.decimals > a_lit.decimals if a_lit is not None else False
    if a_lit is not None and a_lit.sig >= 3 and a_lit.decimals >= 1 and finer_gold and not (exact and not asked):
        if _rounds_to(g_exact, a_lit):
            return f"answer {a_lit.value} is the gold rounded to {a_lit.decimals} decimals"
    if g_lit is not None and g_lit.decimals >= 2 and g_lit.sig >= 3 and a_lit is None and _rounds_to(a_exact, g_lit):
        return f"answer rounds to the gold {g_lit.value} at {g_lit.decimals} decimals"
    return None


def _to_fraction(v: Value) -> Fraction | None:
    if isinstance(v, Fraction):
        return v
    try:
        return Fraction(to_complex(v).real)
    except (OverflowError, ValueError):
        return None


def constant_compare(gold_node, ans_node, rounding: str = "stated", asked: bool = False,
                     exact: bool = False) -> tuple[Outcome, str] | None:
    """Both sides free of variables: EQUAL / DIFFERENT with evidence, or None if not evaluable."""
    try:
        g = evaluate(gold_node)
        a = evaluate(ans_node)
    except EvalError:
        return None
    try:
        return _constant_verdict(gold_node, ans_node, g, a, rounding, asked, exact)
    except OverflowError:  # e.g. a 4000-digit binomial against a decimal
        return None


def _constant_verdict(gold_node, ans_node, g: Value, a: Value, rounding: str, asked: bool,
                      exact: bool = False) -> tuple[Outcome, str]:
    if close(g, a, _CONST_TOL):
        return Outcome.EQUAL, "numeric" if isinstance(g, Fraction) and isinstance(a, Fraction) else "numeric:approx1e-12"
    ev = approx_equal(gold_node, ans_node, g, a, rounding, asked, exact)
    if ev:
        return Outcome.EQUAL, "decimal:" + ev
    return Outcome.DIFFERENT, f"values differ: {_show(g)} vs {_show(a)}"


def _show(v: Value) -> str:
    if isinstance(v, Fraction):
        return str(v) if v.denominator < 10**6 else f"{float(v):.6g}"
    c = to_complex(v)
    return f"{c.real:.6g}" if abs(c.imag) < 1e-12 else f"{c:.4g}"


def probe_compare(gold_node, ans_node, deadline: Deadline | None,
                  bound_renames: dict[str, str] | None = None, complex_values: bool = False) -> tuple[Outcome, str] | None:
    """Symbolic identity by evaluation at random points (renaming of constants happens once, globally,
    in `renamings`, so one letter cannot map to two different letters in two parts of an answer)."""
    gs = {s for s in free_symbols(gold_node)}
    as_ = {s for s in free_symbols(ans_node)}
    if any(s.startswith("apply:") for s in gs | as_):
        return None
    if bound_renames:
        ans_node = rename(ans_node, bound_renames)
        as_ = {bound_renames.get(s, s) for s in as_}
    res = probe(gold_node, ans_node, sorted(gs), deadline, complex_values)
    if gs == as_ or (res is not None and res[0] is Outcome.EQUAL):
        return res
    return Outcome.UNSURE, f"different variables: {sorted(gs)} vs {sorted(as_)}"


def renamings(gold_tree, ans_tree, question: str | None):
    """Candidate renamings answer-letter -> gold-letter for arbitrary constants (k*pi vs n*pi).

    Allowed only for letters the problem statement does not define (or, without a question, letters that
    conventionally name parameters), up to 3 letters, and never for an answer that is a bare letter."""
    yield {}
    if ans_tree[0] == "sym" or gold_tree[0] == "sym":
        return
    gs = {s for s in _value_symbols(gold_tree) if not s.startswith("apply:")}
    as_ = {s for s in _value_symbols(ans_tree) if not s.startswith("apply:")}
    dg, da = sorted(gs - as_), sorted(as_ - gs)
    if not dg or len(dg) != len(da) or len(dg) > 3:
        return
    q = question or ""
    declared = _declared(gold_tree) | _declared(ans_tree)
    da_declared = bool(da) and all(s in declared for s in da)
    for s in dg:
        if question is not None and mentions(q, s):
            return  # the gold's letter is defined by the problem: renaming it would change the meaning
        if s not in declared and not da_declared and not _arbitrary(gold_tree, s):
            return  # `7 = 11a + c`, `x + 2n + 1`: a letter that is not visibly an arbitrary constant
        if s not in _PARAMS and not (question is not None and da_declared):
            return  # a gold letter the problem does not use may be renamed only to a letter the answer declares
    if any(s not in _PARAMS and s not in declared for s in da):
        return  # the answer's letter must be an arbitrary constant too: `4k` for `4x` is another answer
    if "K" in da and (any(s not in ("C", "c") for s in dg) or (question is not None and mentions(q, "K"))):
        # K stands for a constant of integration only (C's other name), and only when free: it does not name the
        # integers of a periodic family (`\\frac{\\pi}{4} + \\pi K` for `... + \\pi k`: a case changed)
        return
    for perm in itertools.permutations(da):
        yield dict(zip(perm, dg))


def _arbitrary(tree, s: str) -> bool:
    """`s` plays the part of an arbitrary constant: a multiple of pi (`2k\\pi`, `\\frac{n\\pi}{2}`: periodic
    solutions), or the constant letter C / c / C_1 outside an equation (`x^2 + C`, `y = Cx^2`; in `7 = 11a + c`
    c is an unknown)."""
    if s in ("C", "c") or s.startswith("C_"):
        return not (tree[0] == "rel" and tree[1][0][0] not in ("sym", "apply", "group"))
    return _times_pi(tree, s)


def _times_pi(node, s: str) -> bool:
    if not isinstance(node, tuple) or not node:
        return False
    if node[0] == "mul" and Sym(s) in node[1] and any(_has_pi(x) for x in node[1]):
        return True
    return any(_times_pi(c, s) for c in node[1:] if isinstance(c, tuple)) or any(
        _times_pi(x, s) for c in node[1:] if isinstance(c, list) for x in c)


def _has_pi(node) -> bool:
    return node == Const("pi") or (node[0] == "div" and node[1] == Const("pi"))


def _declared(tree) -> set:
    """Letters a qualifier declares arbitrary: `(t, 2t) for some integer t` declares t."""
    if tree[0] == "qual":
        return {w for w in tree[2] if len(w) == 1 and w.isalpha()}
    if tree[0] == "list":
        return set().union(*(_declared(x) for x in tree[1]))
    return set()


def _value_symbols(tree) -> set:
    """Free letters of the values, not of labels: `x = 2k\\pi` has the value letter k only."""
    kind = tree[0]
    if kind == "list":
        return set().union(*(_value_symbols(x) for x in tree[1]))
    if kind == "label":
        return _value_symbols(tree[2])
    if kind == "qual":
        return _value_symbols(tree[1])
    if kind == "rel" and len(tree[1]) == 3 and tree[1][1] == "=" and tree[1][0][0] in ("sym", "apply", "group"):
        return _value_symbols(tree[1][2])
    return free_symbols(tree)


def mentions(q: str, sym: str) -> bool:
    """`sym` (its name before any subscript) stands in `q` as a variable of its own, not inside a word or macro."""
    name = sym.split("_")[0]
    return re.search(r"(?<![A-Za-z\\])" + re.escape(name) + r"(?![A-Za-z])", q) is not None


_COMPLEX_Q = re.compile(r"(?i)complex|imaginary|i\^2\s*=\s*-1")
# i as a unit: `i^{11}`, `3i`, `b i`, `x + yi`, `1 + i`, `(1+i)`; as an index: `a_i`, `x_{n-i}`, `i = 1`, `for each i`
_UNIT_I_Q = re.compile(r"(?<![A-Za-z\\])i\^|(?:(?<![A-Za-z\\])[A-Za-z0-9]|[)+\-])\s*i(?![A-Za-z])")
_INDEX_I_Q = re.compile(r"_(?:i|\{[^{}]*(?<![A-Za-z\\])i)(?![A-Za-z])|(?<![A-Za-z\\])i\s*=|"
                        r"(?i:\b(?:for|each|all|every|some)\s+\$?i\b)")


def imaginary_unit(syms: set, question: str | None) -> bool:
    """Whether the letter `i` is the imaginary unit: the question is about complex numbers (it says so, or
    writes `i^{11}`, `3 + 2i`, `x + yi`, and uses no index `i`: `a_i`, `\\sum_{i=1}`, `for each i`), or `i` is the only letter on
    both sides and the question (if any) does not name it (`i^2` against `-1`, `\\frac{1}{i}` against `-i`)."""
    if "i" not in syms:
        return False
    if question and (_COMPLEX_Q.search(question) or _UNIT_I_Q.search(question)) and not _INDEX_I_Q.search(question):
        return True
    return syms == {"i"} and not (question and mentions(question, "i"))


def constant_i(node):
    """`node` with the letter i read as the imaginary unit (evaluate's Const i)."""
    return transform(node, lambda n: (Const("i") if n[1] == "i" else n) if n[0] == "sym" else None)


def rename(node, mapping: dict[str, str]):
    if not mapping:
        return node
    return transform(node, lambda n: Sym(mapping.get(n[1], n[1])) if n[0] == "sym" else None)


def _exact_point(gold_node, ans_node, env: dict) -> bool | None:
    """Both sides at the rational point nearest `env` (denominators up to 64), when both come out as exact
    rationals: equal or not, exactly. A float comparison cannot tell `10^{20} - x` from `10^{20} + x` (the x is
    below the 1e-9 relative tolerance); exact arithmetic can. None when either side is irrational or undefined
    there (square roots, pi, logs, division by zero): the float comparison decides that point."""
    point = {s: Fraction(v.real).limit_denominator(64) for s, v in env.items()}
    try:
        g = evaluate(gold_node, point)
        a = evaluate(ans_node, point)
    except (EvalError, OverflowError):
        return None
    if isinstance(g, Fraction) and isinstance(a, Fraction):
        return g == a
    return None


def probe(gold_node, ans_node, syms: list[str], deadline: Deadline | None,
          complex_values: bool = False) -> tuple[Outcome, str] | None:
    """Values at random points. Points where either side is not real are skipped (a branch of `\\sqrt{x}` at
    x < 0 says nothing about real identity), unless the expressions are complex-valued by nature (the
    imaginary unit): then every point counts, else the few real points left could hide a difference."""
    all_syms = sorted(set(syms) | free_symbols(ans_node))
    rng = random.Random(0x5EED ^ len(all_syms))
    agree = disagree = 0
    for trial in range(_PROBE_POINTS * 3):
        if deadline is not None:
            deadline.check()
        if agree + disagree >= _PROBE_POINTS:
            break
        lo, hi = _RANGES[trial % len(_RANGES)]
        env = {s: complex(rng.uniform(lo, hi)) for s in all_syms}
        if trial % 2:  # letters that name integers (n, k, m, ...) at small integers too: `(-6)^n` vs `(-2)^n`
            env.update({s: complex(rng.randint(1, 9)) for s in all_syms if s.split("_")[0] in _INTEGER_LETTERS})
        exact = _exact_point(gold_node, ans_node, env)
        if exact is not None:  # both sides rational at a rational point: no tolerance can hide a difference
            agree, disagree = (agree + 1, disagree) if exact else (agree, disagree + 1)
            continue
        try:
            g = to_complex(evaluate(gold_node, env))
            a = to_complex(evaluate(ans_node, env))
        except (EvalError, OverflowError):
            continue
        if not (cmath.isfinite(g) and cmath.isfinite(a)):
            continue
        if not complex_values and not (is_real(g, 1e-9) and is_real(a, 1e-9)):
            continue
        if abs(g) < 1e-9 and abs(a) < 1e-9 and (g != 0 or a != 0):
            continue  # both nearly vanish here (`x^{2n+1}` for large n): the point says nothing
        if close(g, a, _PROBE_TOL):
            agree += 1
        else:
            disagree += 1
    if disagree:
        if agree:
            return Outcome.UNSURE, f"agree at {agree} points, differ at {disagree}"
        return Outcome.DIFFERENT, f"differ at all {disagree} probe points"
    if agree >= 3:
        return Outcome.EQUAL, f"symbolic: equal at {agree} random points"
    return None
