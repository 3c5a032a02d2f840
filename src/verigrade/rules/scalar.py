"""Two single values: numbers (exact, approximate by policy), expressions (probed at random points), values with
units (read in quantity.py), degrees or percent."""
from __future__ import annotations

import math
import re
from fractions import Fraction

from ..types import Outcome
from . import antiderivative, sets, units
from .ast import Const, Div, Mul, Num, remake, subtrees, transform
from .context import Ctx, Result
from .evaluate import EvalError, evaluate, free_symbols, has_const, to_complex
from .numeric import constant_compare, constant_i, imaginary_unit, probe_compare
from .angles import asks_angle, asks_radian_measure, degree_context, small
from .quantity import _compare_words, _strip, _top, _words

_PERCENT_Q = re.compile(r"(?i)\bpercent(?:age)?s?\b|\bwhat\s*(?:\\?%)|\bin\s*(?:\\?%)")  # asks for a percentage
# a question that works in base 10: `\\lg`, `\\log_{10}`, a power of ten with an unknown exponent (`10^x = 5`)
_BASE_TEN_Q = re.compile(r"\\lg\b|\\log_\s*\{?\s*10\b|\b10\s*\^\s*\{?\s*[a-z]")
# asks for the answer as a percentage, in so many words ("What percent ...?", "as a percentage", "in %")
_ASKS_PERCENT = re.compile(r"(?i)\bwhat\s+percent(?:age)?\b|\b(?:as|in)\s+(?:a\s+)?percent(?:age)?s?\b|\bhow\s+many\s+percent|"
                           r"\bwhat\s*\\?%|\bin\s*\\?%|\bexpress\b[^.?]{0,60}\bpercent")


def _plain_math(node) -> bool:
    """An expression built only of numbers, letters and operations (`x^2`, `2x+1`), no text anywhere."""
    match node:
        case ("num", *_) | ("sym", *_) | ("const", *_):
            return True
        case ("pow", base, exp):
            return _plain_math(base) and _plain_math(exp)
        case ("add" | "mul", items):
            return all(_plain_math(x) for x in items)
        case ("neg", x):
            return _plain_math(x)
        case ("div", num, den):
            return _plain_math(num) and _plain_math(den)
    return False


def is_textual(node) -> bool:
    if node[0] == "text":
        return True
    if node[0] == "mul":
        return all(x[0] in ("text", "sym") for x in node[1])
    return False


# the letters that run over the integers in a family of solutions (`\\frac{\\pi}{3} + 2k\\pi`)
_FAMILY_LETTERS = frozenset("knm")


def _same_family(g, a, k: str, integer: bool = False) -> Result | None:
    """`\\frac{\\pi}{3} + 2k\\pi` and `\\frac{7\\pi}{3} + 2k\\pi`, `\\frac{k\\pi}{2} - \\frac{\\pi}{6}` and
    `\\frac{k\\pi}{2} + \\frac{\\pi}{3}`: a family c + Pk over the integers k is the same set when the periods
    agree (up to sign) and the offsets differ by a whole number of periods. Only for a period that is a rational
    multiple of pi (a family of angles), or any period when the gold declares k an integer (`7k + 3, k \\in
    \\mathbb{Z}`, a residue class); anything else (not linear in k) None."""
    def line(node):
        try:
            v = [to_complex(evaluate(node, {k: Fraction(j)})) for j in (0, 1, 2, 5)]
        except (EvalError, OverflowError, ValueError, TypeError, ZeroDivisionError):
            return None
        p = v[1] - v[0]
        if any(abs(x.imag) > 1e-12 for x in v) or abs(p) < 1e-12:
            return None
        if abs((v[2] - v[0]) - 2 * p) > 1e-9 * max(1, abs(p)) or abs((v[3] - v[0]) - 5 * p) > 1e-9 * max(1, abs(p)):
            return None  # not linear in k
        return v[0].real, p.real
    if integer:
        exact = _exact_line(g, k), _exact_line(a, k)
        if None not in exact:
            # a residue class: exact arithmetic (a float tolerance would take `x \\equiv 4 \\pmod{10^9+7}` for 3, or an
            # offset of 10^{-10})
            (cg, pg), (ca, pa) = exact
            if abs(pg) != abs(pa):
                return Outcome.DIFFERENT, "symbolic", "families with different periods"
            if ((ca - cg) / pg).denominator == 1:
                return Outcome.EQUAL, "symbolic", f"the same family over the integers {k} (offsets a whole number of periods apart)"
            return Outcome.DIFFERENT, "symbolic", "families with offsets not a whole number of periods apart"
    lg, la = line(g), line(a)
    if lg is None or la is None:
        return None
    (cg, pg), (ca, pa) = lg, la
    per_pi = pg / math.pi
    if not integer and abs(per_pi * 12 - round(per_pi * 12)) > 1e-9:
        return None  # (a period that is no simple multiple of pi: not a family of angles)
    if abs(abs(pg) - abs(pa)) > 1e-9 * abs(pg):
        return Outcome.DIFFERENT, "symbolic", "families with different periods"
    shift = (ca - cg) / pg
    if abs(shift - round(shift)) < 1e-9:
        return Outcome.EQUAL, "symbolic", f"the same family over the integers {k} (offsets a whole number of periods apart)"
    return Outcome.DIFFERENT, "symbolic", "families with offsets not a whole number of periods apart"


def _exact_line(node, k: str) -> tuple[Fraction, Fraction] | None:
    """(offset, period) of a family c + Pk with rational c and P (nonzero), exactly; None otherwise."""
    try:
        v = [evaluate(node, {k: Fraction(j)}) for j in (0, 1, 2, 5)]
    except (EvalError, OverflowError, ValueError, TypeError, ZeroDivisionError):
        return None
    if not all(isinstance(x, Fraction) for x in v) or v[1] == v[0]:
        return None
    p = v[1] - v[0]
    if v[2] - v[0] != 2 * p or v[3] - v[0] != 5 * p:
        return None
    return v[0], p


def _compare_ratios(gp: list, ap: list) -> Result | None:
    """`1 : \\sqrt3 : 2` and `\\frac12 : \\frac{\\sqrt3}{2} : 1`: a ratio of three or more parts is the same when
    the parts are proportional (every part a number, the gold's all nonzero); None when a part is not a number."""
    try:
        gv = [to_complex(evaluate(x)) for x in gp]
        av = [to_complex(evaluate(x)) for x in ap]
    except (EvalError, OverflowError, ValueError, TypeError):
        return None
    if any(abs(x) < 1e-300 for x in gv) or any(abs(x.imag) > 1e-12 for x in gv + av):
        return None
    k = av[0] / gv[0]
    # (a positive factor only: `-1 : -2 : -3` is no ratio of lengths)
    if k.real > 1e-300 and abs(k.imag) < 1e-12 and all(
            abs(y - k * x) <= 1e-12 * max(1.0, abs(y), abs(k * x)) for x, y in zip(gv, av)):
        return Outcome.EQUAL, "ratio", "proportional parts"
    return Outcome.DIFFERENT, "ratio", "parts not proportional"


_BASE_WORDS = {"binary": "2", "ternary": "3", "octal": "8", "decimal": "10", "hexadecimal": "16", "two": "2",
               "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
               "ten": "10", "eleven": "11", "twelve": "12", "sixteen": "16"}
_BASE_Q = re.compile(r"(?i)\bbase[\s${}-]*(\d+|[a-z]+)\b|\b(binary|ternary|octal|hexadecimal)\b")


def _compare_based(g, a, ctx: Ctx) -> Result:
    """Numbers written in a base (`1302_5`). The same digits in the same base are equal (`1302_{5}`); other
    digits in that base differ. A bare number with the gold's digits is the same answer only when the question
    names that base ("Express ... in base 5", "in base eight", "octal"): the subscript was left off; other
    digits then differ. The decimal value (202 for `1302_5`), another base, or no base named in the question is
    a format the rules do not decide: UNSURE."""
    if g[0] == a[0] == "based":
        if g.base == a.base:
            same = g.digits.lstrip("0") == a.digits.lstrip("0")
            return (Outcome.EQUAL if same else Outcome.DIFFERENT), "base", f"digits in base {g.base}"
        return Outcome.UNSURE, "base", "numbers written in different bases"
    based, plain = (g, a) if g[0] == "based" else (a, g)
    if plain[0] == "num" and plain.text.isdigit() and ctx.question:
        named = {m.group(1) or m.group(2) for m in _BASE_Q.finditer(ctx.question)}
        if based.base in {_BASE_WORDS.get(n.lower(), n) for n in named}:
            if plain.text.lstrip("0") == based.digits.lstrip("0"):
                return Outcome.EQUAL, "base", f"the question asks for base {based.base}"
            if _in_base(based) != plain.value:  # the decimal value (202 for 1302_5) is a format question: UNSURE
                return Outcome.DIFFERENT, "base", f"other digits in base {based.base}"
    return Outcome.UNSURE, "base", "a number in a base against another form"


def _in_base(node) -> int | None:
    try:
        return int(node.digits, int(node.base)) if len(node.digits) <= 100 else None
    except ValueError:  # `19_8` (no 9 in base 8), a base that is no number
        return None


def compare_scalar(g, a, ctx: Ctx, renames: dict | None) -> Result:
    if g[0] == "based" or a[0] == "based":
        return _compare_based(g, a, ctx)
    gw, aw = _words(g), _words(a)
    if gw or aw:
        read = _compare_words(g, a, gw, aw, ctx)
        if isinstance(read[0], Outcome):
            return read
        g, a = read
    if g[0] == a[0] == "ratios" and len(g[1]) == len(a[1]):
        res = _compare_ratios(g[1], a[1])
        if res is not None:
            return res
    if g[0] == "ratio" or a[0] == "ratio":
        ctx.note("ratio")
    # a product of letters may be a word or a name (`AB`, `Bob`): text unless the other side is plainly math
    # (`x \cdot x` against `x^2`); real text (`\text{...}`) always stays text
    if g[0] == "text" or a[0] == "text" or (is_textual(g) and (is_textual(a) or not _plain_math(a))) or (
            is_textual(a) and not _plain_math(g)):
        return Outcome.UNSURE, "text", "text answer"
    if antiderivative.same_family(g, a, ctx.question):
        # `\\sin^2 x + C` and `-\\cos^2 x + C`: one family of antiderivatives (antiderivative.py)
        return Outcome.EQUAL, "symbolic", "the same family: the parts besides the constant differ by a constant"
    variants = [(g, a)]
    g_deg, a_deg = _top(g) == "deg", _top(a) == "deg"
    if a_deg and not g_deg and ctx.question:
        asked = units.asked_units(ctx.question)
        if (asked and not any(u.dim in ("angle", "[temperature]") for u in asked)) or units.asks_count(ctx.question):
            # `75^\circ` (or "75 degrees") for "how many milliliters ...?" / "how many logs ...?": an angle or a
            # temperature stated, another kind of quantity asked
            return Outcome.UNSURE, "units", "degrees: the question asks for another kind of quantity"
    if g_deg and a_deg:
        # both in degrees: the numbers of degrees compared (so the rounding policy reads `63.4°` against `63.43°`, as
        # it reads 63.4 against 63.43; in radians neither would be a written decimal)
        variants = [(_strip(g, "deg"), _strip(a, "deg"))]
    if g_deg != a_deg:
        other = a if g_deg else g
        # (radians asked, alone or over time: "in radians per second" is `radians/second`)
        radians = any(getattr(units.lookup(u.name.split("/")[0]), "name", None) in ("rad", "radian")
                      for u in units.asked_units(ctx.question)) or asks_radian_measure(ctx.question)
        if a_deg and radians and not g_deg:
            # `150^\circ` for "Convert 150° to radians": the same angle, not in the unit asked
            return Outcome.UNSURE, "units", "degrees: the question asks in radians"
        if _inverse_trig(other):
            # `\\arccos\\frac{\\sqrt5}{5}` against `63.43^\\circ`: an inverse function's value is in radians; read in
            # degrees, the rounding policy judges the stated degrees
            deg = Div(Mul([other, Num(Fraction(180), "180")]), Const("pi"))
            variants = [(_strip(g, "deg"), deg) if g_deg else (deg, _strip(a, "deg"))]
            ctx.note("radians->degrees")
        elif not has_const(other, "pi") and not radians:  # 45° vs 45: the same number of degrees
            # (not when the question asks in radians: gold 30 is then 30 rad, and 30° is another angle)
            if a_deg and ctx.question and not asks_angle(ctx.question):
                # `7^\circ` for "Find the length of side AB": degrees where the question asks no angle
                return Outcome.UNSURE, "units", "degrees, the question asks no angle"
            if a_deg and not degree_context(ctx.question) and small(g):
                # `2^\circ` for a bare gold 2 that no degree in the question explains: an angle under 2π may be in
                # radians (a sector's central angle 2), and 2° is then another angle (a gold above 2π is degrees)
                return Outcome.UNSURE, "units", "degrees added to a bare gold that may be radians"
            variants = [(_strip(g, "deg"), _strip(a, "deg"))]
            ctx.note("degrees")
        else:
            ctx.note("degrees->radians")
    g_pct, a_pct = _top(g) == "pct", _top(a) == "pct"
    if g_pct != a_pct:
        # 12.5% vs 0.125 (a share), or 12.5% vs 12.5 (the % sign omitted), only for |value| >= 1, where reading
        # 0.5% as 0.5 cannot be confused with the share 0.5. The sign may be dropped when the gold carries it (the
        # gold says a percentage was asked); an answer adding it to a bare gold needs a question about percentages
        # (gold 5 may count things, and 5% is then another answer)
        gg, aa = variants[0]
        bare = (_strip(gg, "pct"), _strip(aa, "pct"))
        asked = g_pct or bool(ctx.question and _PERCENT_Q.search(ctx.question))
        if g_pct and ctx.question and _ASKS_PERCENT.search(ctx.question):
            # "What percent of the students are girls?": a bare answer counts percents (`60`, `0.5` for 0.5%); `0.6`
            # would be 0.6% (the share is read as a value only where no percentage is asked)
            ctx.note("percent")
            res = _scalar(*bare, ctx, renames)
            if res[0] is not Outcome.EQUAL and _scalar(gg, aa, ctx, renames)[0] is Outcome.EQUAL:
                return Outcome.UNSURE, "percent", "the question asks for a percentage; the answer reads as a share"
            return res
        if _abs_at_least_one(bare[0] if g_pct else bare[1]) and asked:
            variants.append(bare)
        ctx.note("percent")
    best: Result | None = None
    for gg, aa in variants:
        res = _scalar(gg, aa, ctx, renames)
        if res[0] is Outcome.EQUAL:
            return res
        if best is None or (best[0] is Outcome.DIFFERENT and res[0] is Outcome.UNSURE):
            best = res
    return best


def _scalar(g, a, ctx: Ctx, renames: dict | None) -> Result:
    res = _scalar_values(g, a, ctx, renames)
    if res[0] is not Outcome.UNSURE and (_bare_log(g) or _bare_log(a)):
        # `\\log 2` names no base: ln in analysis, log10 in school texts (`\\lg`). Equal under the other reading:
        # unsure, never DIFFERENT (which would keep a right answer from the judge); and where the question works in
        # base 10 (`\\lg`, `\\log_{10}`, `10^x`), equal as ln only is unsure too (`\\ln 5` for `x = \\log 5`)
        ten = bool(ctx.question and _BASE_TEN_Q.search(ctx.question))
        if res[0] is Outcome.DIFFERENT or ten:
            as_lg = _scalar_values(_as_lg(g), _as_lg(a), ctx, renames)
            if ten and as_lg[0] is Outcome.EQUAL:
                return Outcome.EQUAL, as_lg[1], as_lg[2] + " (a logarithm without a base read as base 10, as the question)"
            if as_lg[0] is not res[0]:
                return Outcome.UNSURE, "numeric", "a logarithm without a base: its base decides"
    return res


def _bare_log(node) -> bool:
    return any(_is_bare_log(n) for n in subtrees(node))


def _is_bare_log(n) -> bool:
    return n[0] == "func" and len(n) == 3 and n[1] == "log" and len(n[2]) == 1


def _as_lg(node):
    """`node` with every base-less `\\log` read as the common logarithm."""
    return transform(node, lambda n: remake(n, ("func", "lg", [_as_lg(x) for x in n[2]])) if _is_bare_log(n) else None)


def _scalar_values(g, a, ctx: Ctx, renames: dict | None) -> Result:
    gi, ai = sets.is_inf(g), sets.is_inf(a)
    if gi or ai:  # +\infty vs \infty
        return (Outcome.EQUAL if gi == ai else Outcome.DIFFERENT), "numeric", "infinity"
    gs, as_ = free_symbols(g), free_symbols(a)
    imaginary = imaginary_unit(gs | as_, ctx.question)
    if imaginary:
        g, a, gs, as_ = constant_i(g), constant_i(a), gs - {"i"}, as_ - {"i"}
        ctx.note("imaginary unit")
    if not gs and not as_:
        res = constant_compare(g, a, ctx.rounding, ctx.asks_round, ctx.asks_exact)
        if res is None:
            return Outcome.UNSURE, "numeric", "could not evaluate"
        out, why = res
        if out is Outcome.EQUAL and why.startswith("decimal"):
            ctx.note("decimal")
        return out, "decimal" if why.startswith("decimal") else "numeric", why
    res = probe_compare(g, a, ctx.deadline, renames, complex_values=imaginary)
    if res is None:
        return Outcome.UNSURE, "symbolic", "could not evaluate"
    if res[0] is Outcome.DIFFERENT and gs == as_ and len(gs) == 1 and next(iter(gs)) in _FAMILY_LETTERS:
        same = _same_family(g, a, next(iter(gs)), next(iter(gs)) in ctx.integer_letters)
        if same is not None:
            return same
    if res[0] is Outcome.EQUAL and gs != as_ and renames:
        ctx.note("renamed variable")
    return res[0], "symbolic", res[1]


_INVERSE_TRIG = frozenset({"arcsin", "arccos", "arctan", "arccot", "arcsec", "arccsc"})


def _inverse_trig(node) -> bool:
    """An inverse trigonometric function's value (`\\arccos\\frac15`, `-\\arctan 2`): an angle in radians."""
    while node[0] == "neg":
        node = node[1]
    return node[0] == "func" and node[1] in _INVERSE_TRIG


def _abs_at_least_one(node) -> bool:
    try:
        v = to_complex(evaluate(node))
    except EvalError:
        return False
    return abs(v) >= 1


