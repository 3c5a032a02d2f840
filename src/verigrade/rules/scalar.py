"""Two single values: numbers (exact, approximate by policy), expressions (probed at random points), values with
units, degrees or percent, and the words next to them."""
from __future__ import annotations

import math
import re
from fractions import Fraction

from ..types import Outcome
from . import sets, units
from .nouns import GENERIC_ALL, GENERIC_NOUNS, GENERIC_POWER, generic_off
from .ast import Const, Div, Mul, Neg, Num, Text, remake, subtrees, transform
from .context import Ctx, Result
from .evaluate import EvalError, evaluate, free_symbols, has_const, to_complex
from .numeric import constant_compare, constant_i, imaginary_unit, probe_compare
from .angles import asks_angle, asks_radian_measure, degree_context, small

_PERCENT_Q = re.compile(r"(?i)\bpercent(?:age)?s?\b|\bwhat\s*(?:\\?%)|\bin\s*(?:\\?%)")  # asks for a percentage
# a question that works in base 10: `\\lg`, `\\log_{10}`, a power of ten with an unknown exponent (`10^x = 5`)
_BASE_TEN_Q = re.compile(r"\\lg\b|\\log_\s*\{?\s*10\b|\b10\s*\^\s*\{?\s*[a-z]")
# currency signs a question states its amounts with (the words are data_units')
_MONEY_SIGNS = (("\\$", "[currency]"), ("€", "[currency EUR]"), ("£", "[currency GBP]"), ("₹", "[currency INR]"),
                ("¥", "[currency JPY]"))
# a unit written with a negative power in the question (`\\mathrm{m\\,s^{-1}}`, `\\text{s}^{-2}`)
_SI_UNIT_Q = re.compile(r"[A-Za-z}]\s*\^\s*\{?\s*-\s*[1-3]\s*\}?")
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


# Words that change what a number means ("at least 5", "not 5", "more than 5"): never strip these.
QUALIFYING = {"not", "no", "never", "except", "neither", "nor", "without", "less", "more", "than", "least", "most",
               "fewer", "greater", "smaller", "larger", "over", "under", "below", "above", "between", "up", "from",
               "or", "either", "maybe", "possibly", "approximately", "about", "around", "nearly", "almost", "times",
               # words that change the value itself ("5 thousand", "negative 5", "twice 5", "5 squared")
               "thousand", "thousands", "million", "millions", "billion", "trillion", "hundred", "hundreds", "dozen",
               "squared", "cubed", "half", "twice", "thrice", "double", "triple", "negative", "minus", "plus",
               "reciprocal", "inverse", "square", "cube", "root", "divided", "cannot", "wrong", "incorrect", "false"}


def _is_word(x) -> bool:
    """A text factor, or words to the power 2 or 3 (`\\text{ cm}^2`: a unit of area, read by units.lookup;
    `\\text{ m/s}^2`: the power is the last unit's, as people write it), or to the power -1, -2, -3: the SI way to
    write a unit over another (`\\text{m}\\,\\text{s}^{-1}`, `\\mathrm{kg\\,m^{-3}}`, see _power_words)."""
    if x[0] == "text":
        return True
    if x[0] != "pow" or x[1][0] != "text":
        return False
    k = x[2][1][0] == "num" and x[2][1][1] if x[2][0] == "neg" else None
    return (x[2][0] == "num" and x[2][1] in (2, 3)) or k in (1, 2, 3)


def _power_words(x) -> tuple:
    """The words of a text to a power; the power is the last word's. A negative power divides by that unit: `\\text{m
    s}^{-1}` -> `m`, `/s`, `\\text{kg m}^{-3}` -> `kg`, `/m^3`; units.fold makes one compound unit of a unit and the
    divisor after it (`m/s`). A divisor with no unit before it (`\\text{cm}^{-1}`, `\\text{cookies}\\,\\text{h}^{-1}`)
    stays one word no unit reads (`/cm`): it is never converted as if it were the unit itself."""
    *rest, last = x[1][1]
    if x[2][0] == "neg":
        k = x[2][1][1]
        return (*rest, "/" + (last if k == 1 else f"{last}^{k}"))
    return (*rest, f"{last}^{x[2][1]}")


def _core(node):
    """The number without its words: `165.5 grams` -> 165.5 (under a sign, percent or degree too)."""
    if node[0] == "mul":
        keep = [x for x in node[1] if not _is_word(x)]
        if keep and len(keep) < len(node[1]):
            return keep[0] if len(keep) == 1 else Mul(keep)
    if node[0] in ("neg", "pct", "deg"):
        inner = _core(node[1])
        return remake(node, (node[0], inner)) if inner is not node[1] else node
    return node


_RATE_WORDS = frozenset({"every", "each", "a", "an"})  # (`km per hour` is one compound unit: units.fold)


def _rates(ws: tuple) -> tuple[tuple, list[str]]:
    """The words without their rates (`every week`, `a day`: a time unit after a rate word), and the rates' unit
    names."""
    out, rates, i = [], [], 0
    ws = tuple(ws)
    while i < len(ws):
        w = ws[i]
        if w.lower() in _RATE_WORDS and i + 1 < len(ws):
            u = units.lookup(ws[i + 1])
            if u is not None and u.dim == "[time]":
                rates.append(u.name)
                i += 2
                continue
        out.append(w)
        i += 1
    return tuple(out), rates


def _split_words(ws: tuple, nouns: frozenset) -> tuple[list, set, list]:
    """(units, nouns the question uses, other words in order) of one side."""
    us, qn, other = [], set(), []
    folded = units.fold(ws)
    for i, w in enumerate(folded):
        if w.lower() in ("unit", "units") and i and folded[i - 1].lower() in GENERIC_POWER:
            continue  # (read with the word before it: `square units`)
        unit = None if w.lower() in QUALIFYING else units.lookup(w)
        if w.lower() in GENERIC_NOUNS or (w.lower() in GENERIC_POWER and i + 1 < len(folded)
                                            and folded[i + 1].lower() in ("unit", "units")):
            qn.add(f"{w.lower().replace('sq', 'square') if w.lower() == 'sq' else w.lower()}-units"
                   if w.lower() in GENERIC_POWER else w.lower())
        elif unit is not None:
            us.append(unit)
        elif w.lower() in QUALIFYING or not units.in_question(w, nouns):
            other.append(w)
        else:
            qn.add(w.lower())
    return sorted(us, key=lambda u: u.name), qn, other


def _plurals_of(words: list, us: list, other: list) -> tuple[list, list]:
    """A plural the unit reading leaves as a word ("joules", "watts": after a number many plurals are nouns, units.lookup)
    read as a unit where the other side carries that very unit (`58.8 \\text{ J}`): the gold has fixed the kind."""
    if not words or not other:
        return words, us
    names = {u.name for u in other}
    keep, more = [], []
    for w in words:
        u = units.lookup(w, plural=True) if len(w) > 4 and w.endswith("s") else None
        (more if u is not None and u.name in names else keep).append(u if u is not None and u.name in names else w)
    return (keep, sorted(us + more, key=lambda u: u.name)) if more else (words, us)


_RAD_PER_DEG = Div(Const("pi"), Num(Fraction(180), "180"))


def _compare_words(g, a, gw: tuple, aw: tuple, ctx: Ctx):
    """Words next to numbers (rules/units.py): a verdict, or the two nodes to compare with their words read."""
    (gw, grates), (aw, arates) = _rates(gw), _rates(aw)
    if grates or arates:
        # `$18 every week` for "how much ... every day?": a rate is part of the quantity; one the question does not
        # state (or none asked at all) makes another quantity
        asked = set(units.asked_rates(ctx.question))
        if not set(grates + arates) <= asked:
            return Outcome.UNSURE, "units", "a rate the question does not ask for"
    gu, gn, go = _split_words(gw, ctx.nouns)
    au, an, ao = _split_words(aw, ctx.nouns)
    go, gu = _plurals_of(go, gu, au)
    ao, au = _plurals_of(ao, au, gu)
    if len(gu) > 1:
        go = [w for w in go if w != "per"]  # `km per hour`: a compound unit
    if len(au) > 1:
        ao = [w for w in ao if w != "per"]
    if go != ao:
        # a word the rules cannot read (`5 thousand`, `perhaps 5`, `Player 2 loses`): never dropped
        return Outcome.UNSURE, "units", "the answer or the gold carries words the rules cannot read"
    if gn and an and gn != an:
        return Outcome.UNSURE, "units", "the two sides name different things"
    generic = (gn | an) & GENERIC_ALL
    if generic:
        why = generic_off(generic, bool(gu or au), ctx.question or "")
        if why:
            return Outcome.UNSURE, "units", why
    if (gu and not au and an and not gn) or (au and not gu and gn and not an):
        # `12 sections` (a noun of the question's story, "flat sections of the road") for `12 \text{ km}`: things
        # counted on one side, a measured quantity on the other
        return Outcome.UNSURE, "units", "things counted on one side, a quantity in a unit on the other"
    counted = units.counted_nouns(ctx.question)
    if an and counted and not au and not all(units.in_question(w, counted) for w in an):
        # `40 bags` for "How many marbles does Tom have?" (5 bags of 8): another noun of the question counted
        # (with a unit, `12 overtime hours`, the unit rules below judge the quantity)
        return Outcome.UNSURE, "units", "the answer counts another thing than the question asks how many of"
    if len(gu) > 1 or len(au) > 1:
        if gu and au and gu != au:
            return Outcome.UNSURE, "units", "compound or several units"
        if not (gu and au):
            # `5 \\text{g}\\,\\text{m}\\,\\text{s}^{-1}` against a bare 5: several units, none of them to drop alone
            return Outcome.UNSURE, "units", "several units on one side"
        gu = au = []
    gc, ac = _core(g), _core(a)
    if gu or au or gn or an:
        ctx.note("units")
    if gu and au and not units.same_unit(gu[0], au[0]):
        asked = [u for u in units.asked_units(ctx.question) if units.same_dim(u, au[0])]
        f = units.scale(au[0], gu[0])
        if asked and f is not None and not any(units.scale(au[0], u) == 1 for u in asked):
            # `9000 s` against `150 min` for "how many minutes ...?": no credit, as `150°` for "convert to radians"
            return _not_asked_unit(gc, Mul([ac, Num(f, str(f))]), ctx, au[0], asked[0])
        if f is None:
            if not units.same_dim(gu[0], au[0]):
                return Outcome.DIFFERENT, "units", f"{au[0].name} is not a unit of the gold's dimension ({gu[0].name})"
            return Outcome.UNSURE, "units", f"{au[0].name} vs {gu[0].name}: no plain conversion"
        ac = Mul([ac, Num(f, str(f))])
        ctx.note("unit conversion")
    if bool(gu) != bool(au):
        # a unit on one side only is dropped, unless the question asks in another unit of its dimension: the bare
        # side is then in that unit (gold `40` for "how far, in km?" is not `40 cm`, and is `40000 m`)
        unit = (gu or au)[0]
        if unit.dim == "angle" and unit.name not in ("°", "degree") and _top(g if au else a) != "deg" and not (
                ctx.question and re.search(r"(?i)\b(?:rad|radians?|arc\s*min\w*|arcmin\w*|grad\w*)\b", ctx.question)):
            # `80 \\text{ rad}` for a bare 80 of a triangle's angle: a bare angle counts degrees unless the question
            # names another angle unit
            return Outcome.UNSURE, "units", f"{unit.name}: a bare angle is in degrees"
        asked_all = units.asked_units(ctx.question)
        if not asked_all and ctx.question and _SI_UNIT_Q.search(ctx.question):
            # "in $\\mathrm{m\\,s^{-1}}$": the question asks in a unit written as powers, which asked_units does not
            # read, so no unit on one side may be dropped against it
            return Outcome.UNSURE, "units", "the question asks in a unit written with powers"
        asked = {u.name: u for u in asked_all if units.same_dim(u, unit)}
        if asked_all and not asked:
            # `45 kg` for "how far, in km?", `45 m/s` for "in km/h", `75 degrees` for "how many milliliters": the
            # question asks for another kind of quantity than the unit states
            return Outcome.UNSURE, "units", f"{unit.name}: the question asks in {asked_all[0].name}"
        if not asked_all and unit.dim != "angle" and units.asks_count(ctx.question):
            # `12 hours` for "how many apples per hour?": a count asked, a measure stated
            return Outcome.UNSURE, "units", f"{unit.name}: the question asks how many of something"
        stated = units.data_units(ctx.question)
        data = [u for u in stated if units.same_dim(u, unit)]
        money = {u.dim for u in stated if u.dim.startswith("[currency")} | {
            dim for sign, dim in _MONEY_SIGNS if sign in (ctx.question or "")}
        if not asked_all and unit.dim.startswith("[currency") and money and unit.dim not in money:
            # `120 yuan` where the question's prices are in dollars, `\\$120` for prices in €, `18 cents` against
            # `€2`: another currency
            return Outcome.UNSURE, "units", f"{unit.name}: the question's money is in another currency"
        if not asked_all and data and not any(units.scale(unit, u) == 1 for u in data):
            # `8 mm` for "A square has area 64 cm^2. What is its side length?": nothing asked, the data in cm
            # (`18 cents` for a bare 18 when the question's amounts are `\\$2 each`)
            return Outcome.UNSURE, "units", f"{unit.name}: the question's data are in {data[0].name}"
        if asked and not any(units.scale(unit, u) == 1 for u in asked.values()):
            if len(asked) > 1:
                return Outcome.UNSURE, "units", "the question asks in several units"
            f = units.scale(unit, next(iter(asked.values())))
            if f is None:
                return Outcome.UNSURE, "units", f"{unit.name}: no plain conversion to the unit asked"
            if au:
                # `9000 s` or `0.6 m^2` for a gold in the minutes / square centimetres asked: the same quantity,
                # not in the unit asked (the conversion the question asks for is not done): never EQUAL
                return _not_asked_unit(gc, Mul([ac, Num(f, str(f))]), ctx, unit, next(iter(asked.values())))
            gc = Mul([gc, Num(f, str(f))])
            ctx.note("unit conversion")
    for mine, theirs, unit in ((ac, gc, au), (gc, ac, gu)):
        # 30° against `30 rad`: an angle unit on one side meets a degree sign on the other
        if unit and unit[0].dim == "angle" and _top(theirs) == "deg" and _top(mine) != "deg":
            if unit[0].name not in ("rad", "radian"):
                return Outcome.UNSURE, "units", f"degrees vs {unit[0].name}"
            deg = Mul([_strip(theirs, "deg"), _RAD_PER_DEG])
            return (deg, ac) if theirs is gc else (gc, deg)
    return gc, ac


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


def _not_asked_unit(gold, converted, ctx: Ctx, unit, asked) -> Result:
    """An answer in a unit the question does not ask, converted to the gold's: a wrong value stays DIFFERENT (`45
    m/s` is 162 km/h, not 45), the right one is UNSURE, not EQUAL (the conversion asked for was not done)."""
    res = compare_scalar(gold, converted, ctx, None)
    if res[0] is Outcome.EQUAL:
        return Outcome.UNSURE, "units", f"{unit.name}: the question asks in {asked.name}"
    return res


def _words(node) -> tuple:
    """The words next to a number, in order (`not 5 is not` is not `5 is not`)."""
    if node[0] in ("neg", "pct", "deg"):
        return _words(node[1])
    if node[0] == "mul":
        return tuple(w for x in node[1] if _is_word(x) for w in (x[1] if x[0] == "text" else _power_words(x)))
    return ()


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
    variants = [(g, a)]
    g_deg, a_deg = _top(g) == "deg", _top(a) == "deg"
    if a_deg and not g_deg and ctx.question:
        asked = units.asked_units(ctx.question)
        if (asked and not any(u.dim == "angle" for u in asked)) or units.asks_count(ctx.question):
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


def _top(node) -> str:
    while node[0] == "neg":
        node = node[1]
    return node[0]


def _strip(node, kind: str):
    if node[0] == "neg":
        return Neg(_strip(node[1], kind))
    return node[1] if node[0] == kind else node


def _abs_at_least_one(node) -> bool:
    try:
        v = to_complex(evaluate(node))
    except EvalError:
        return False
    return abs(v) >= 1


def _mixed_parts(node) -> list | None:
    """The (number, unit word) pairs of `1 \\text{ hour } 30 \\text{ minutes}` / `9 hours and 6 minutes`, or None."""
    if node[0] == "mul" and len(node[1]) >= 4 and len(node[1]) % 2 == 0:
        fs = node[1]
        pairs = [(fs[i], fs[i + 1]) for i in range(0, len(fs), 2)]
    elif node[0] == "list" and len(node[1]) >= 2 and all(sep == "and" for sep in node[2]):
        if not all(it[0] == "mul" and len(it[1]) == 2 for it in node[1]):
            return None
        pairs = [(it[1][0], it[1][1]) for it in node[1]]
    else:
        return None
    if not all(n[0] == "num" and w[0] == "text" and len(w[1]) == 1 for n, w in pairs):
        return None
    return [(n, w[1][0]) for n, w in pairs]


def mixed_quantity(node):
    """One quantity written in several units of one dimension, largest first: `1 \\text{ hour } 30 \\text{ minutes}`,
    `9 hours and 6 minutes`, `5 feet 3 inches` -> `90 minutes`, `546 minutes`, `63 inches` (a Mul of the total in
    the smallest unit and that unit), or None. Each unit must be a whole number of the next (no `2 m 3 inches`), so
    the total is exact; any other shape (a number without a unit, the same unit twice, an increasing order) None."""
    parts = _mixed_parts(node)
    if parts is None:
        return None
    us = [units.lookup(w) for _, w in parts]
    if any(u is None or u.offset for u in us) or not all(units.same_dim(us[0], u) for u in us):
        return None
    small = us[-1]
    total = Fraction(0)
    for (n, _), u, nxt in zip(parts, us, us[1:] + [None]):
        if nxt is not None and not u.factor > nxt.factor:
            return None
        ratio = Fraction(u.factor / small.factor).limit_denominator(10**6)
        if ratio.denominator != 1:
            return None
        total += n[1] * ratio
    if total.denominator != 1:
        text = str(float(total))
        if Fraction(text) != total:
            return None
    else:
        text = str(total.numerator)
    return Mul([Num(total, text), Text((parts[-1][1],))])


def has_unit(node) -> bool:
    """A number with one unit word (`90 \\text{ minutes}`)."""
    return (node[0] == "mul" and len(node[1]) == 2 and node[1][0][0] == "num" and node[1][1][0] == "text"
            and len(node[1][1][1]) == 1 and units.lookup(node[1][1][1][0]) is not None)


def read_mixed(gold_trees: list, ans_trees: list) -> tuple[list, list]:
    """Both sides with mixed quantities read as one quantity, when the other side carries a unit too: a bare
    number against `1 hour 30 minutes` names no unit to compare in, so that pair is left as it was (UNSURE)."""
    gm = [mixed_quantity(t) for t in gold_trees]
    am = [mixed_quantity(t) for t in ans_trees]
    if not any(gm) and not any(am):
        return gold_trees, ans_trees
    g_unit = any(gm) or any(has_unit(t) for t in gold_trees)
    a_unit = any(am) or any(has_unit(t) for t in ans_trees)
    if not (g_unit and a_unit):
        return gold_trees, ans_trees
    return [m or t for m, t in zip(gm, gold_trees)], [m or t for m, t in zip(am, ans_trees)]
