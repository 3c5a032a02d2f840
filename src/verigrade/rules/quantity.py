"""A value with words (for scalar.py): units (compared after conversion, units.py), nouns the question counts, rates
("every day"), words that change the value (QUALIFYING: never dropped), and mixed quantities (`2 h 30 min`,
`5 feet 3 inches`) read as one quantity in the smallest unit."""
from __future__ import annotations

import re
from fractions import Fraction

from ..types import Outcome
from . import units
from .ast import Const, Div, Mul, Neg, Num, Text, remake
from .context import Ctx, Result
from .nouns import GENERIC_ALL, GENERIC_NOUNS, GENERIC_POWER, generic_off


# currency signs a question states its amounts with (the words are data_units')
_MONEY_SIGNS = (("\\$", "[currency]"), ("€", "[currency EUR]"), ("£", "[currency GBP]"), ("₹", "[currency INR]"),
                ("¥", "[currency JPY]"))


# a unit written with a negative power in the question (`\\mathrm{m\\,s^{-1}}`, `\\text{s}^{-2}`)
_SI_UNIT_Q = re.compile(r"[A-Za-z}]\s*\^\s*\{?\s*-\s*[1-3]\s*\}?")


# Words that change what a number means ("at least 5", "not 5", "more than 5"): never strip these.
QUALIFYING = {"not", "no", "never", "except", "neither", "nor", "without", "less", "more", "than", "least", "most",
               "fewer", "greater", "smaller", "larger", "over", "under", "below", "above", "between", "up", "from",
               "or", "either", "maybe", "possibly", "approximately", "about", "around", "nearly", "almost", "times",
               # words that change the value itself ("5 thousand", "negative 5", "twice 5", "5 squared")
               "thousand", "thousands", "million", "millions", "billion", "trillion", "hundred", "hundreds", "dozen",
               "squared", "cubed", "half", "twice", "thrice", "double", "triple", "negative", "minus", "plus",
               "reciprocal", "inverse", "square", "cube", "root", "divided", "cannot", "wrong", "incorrect", "false"}



# how a question names each temperature scale: `15°C`, `$15^\\circ$C`, "degrees Celsius", "Fahrenheit", `K` after a
# number ("300 K")
_SCALES = (("°C", re.compile(r"(?i)(?:°|\\circ)\s*\}?\s*\$?\s*(?:\\text\s*\{\s*|\\mathrm\s*\{\s*)?C\b|celsius|centigrade")),
           ("°F", re.compile(r"(?i)(?:°|\\circ)\s*\}?\s*\$?\s*(?:\\text\s*\{\s*|\\mathrm\s*\{\s*)?F\b|fahrenheit")),
           ("K", re.compile(r"(?i)\d\s*\$?\s*(?:\\text\s*\{\s*|\\mathrm\s*\{\s*)?K\b|kelvin")))


def _uses_scale(unit, question: str | None) -> bool:
    """The question writes temperatures on `unit`'s scale (its data, or the scale it asks for)."""
    if not question:
        return False
    return any(units.same_unit(unit, units.lookup(name)) and bool(pattern.search(question)) for name, pattern in _SCALES)


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
        if unit.dim == "[temperature]" and not _uses_scale(unit, ctx.question):
            # `30°C` against a bare 30 for "Find angle C.", `25 °F` where the question's temperatures are in °C: a
            # scale the question never uses is no unit to drop
            return Outcome.UNSURE, "units", f"{unit.name}: a temperature scale the question does not use"
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


def _not_asked_unit(gold, converted, ctx: Ctx, unit, asked) -> Result:
    """An answer in a unit the question does not ask, converted to the gold's: a wrong value stays DIFFERENT (`45
    m/s` is 162 km/h, not 45), the right one is UNSURE, not EQUAL (the conversion asked for was not done)."""
    from .scalar import compare_scalar  # (scalar.py reads words through this module)

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


def _top(node) -> str:
    while node[0] == "neg":
        node = node[1]
    return node[0]


def _strip(node, kind: str):
    if node[0] == "neg":
        return Neg(_strip(node[1], kind))
    return node[1] if node[0] == kind else node


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
