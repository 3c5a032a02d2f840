"""How a number in a sentence is stated (for the sentence readers, extract_sentence.py): a copula or a verb that
states a quantity before it ("is", "sold", "increases by"), and after it nothing, a word that leaves its value
alone, or a unit kept with the number for the rules to compare ("the speed is 60 km/h." -> `60 \\text{ km/h}`); a
statement ending on its unit is read only when the unit is plainly the asked quantity's (_unit_ends)."""
from __future__ import annotations

import re

from .extract_words import _COMMON, _ENDS, _NEXT
from .rules.context import asked_tail, in_asking_sentence, last_sentence

_COPULA = re.compile(r"(?i)\b(?:is|are|was|were|be|equals|measures|get|obtain|have|has|holds|contains|gives|yields|"
                     r"makes|(?:must\s+)?satisf(?:y|ies)|lies?\s+in|belongs?\s+to|"  # (a range: "r must satisfy $5<r<8$")
                     r"(?:find|see|conclude|deduce)(?:\s+that)?|found\s+that)\s+\Z")  # (`we have found $x$` names x)


# value-changing words after a number: scales, fraction words (`tenths`, `fifths`), percent, multiples
_SCALE = re.compile(r"(?i)(?:thousand|million|billion|trillion|hundred|dozen|grand|lakh|crore|score|gross|"
                    r"percent|per|pct|fold|factorial|half|halves|third|quarter)\w*\Z|\w*(?:th|ths)\Z")


_BE_LATER = re.compile(r"(?i)\b(?:is|are|was|were)\b")


def _unasked_subject(sentence: str, end: int, question: str | None, also: frozenset | dict = frozenset()) -> bool:
    """Some word of three letters or more before the first copula (before `end`) is neither generic, nor in `also`, nor
    the asking sentence's (as a word start): "The height I estimated is ...", "the period of cos x is ..."."""
    cop = _BE_LATER.search(sentence, 0, end)
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", sentence[:cop.start() if cop else end])]
    words = [w for w in words if w not in _GENERIC_SUBJECT and w not in also and not w.endswith("ing")]  # (a
    # participle clause before the statement, "Solving the equation, we get ...")
    # (the words of what is asked, after the asking word: not "the area" of "If the area is 36, what is its perimeter?";
    # a plural for its singular, "measures" for "measure")
    tail = asked_tail(question)
    subject = set(words)
    if any(noun in subject and qual not in subject for qual, noun in _QUALIFIED.findall(tail.lower())):
        return True  # ("The sum of the divisors of 28 is 56." for the sum of its proper divisors: another quantity)
    return any(not in_asking_sentence([w], tail, whole=False) and not (
        w.endswith("s") and in_asking_sentence([w[:-1]], tail, whole=False)) for w in words)


# nouns of measurable quantities: a subject that names one the asked part does not ("The area is 24." for a perimeter)
_QUANTITY_NOUNS = frozenset("area perimeter volume length width height depth radius diameter circumference side sides "
                            "sum product difference quotient remainder mean median mode range speed velocity distance "
                            "weight mass cost price profit loss age angle probability ratio rate percentage percent "
                            "number count divisors factors digits".split())


def other_quantity(sentence: str, end: int, question: str | None) -> bool:
    """The subject before the first copula (before `end`) names a measurable quantity that the asked part of the
    question does not ("The area of the square is 24." for "If the area is 36, what is its perimeter?"), or misses
    the qualifier the asked part puts on its noun ("the divisors" for "the proper divisors"). `number` and `count`
    stand for "how many"."""
    if not question:
        return False
    cop = _BE_LATER.search(sentence, 0, end)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", sentence[:cop.start() if cop else end])}
    tail = asked_tail(question).lower()
    asked = set(re.findall(r"[a-z]{3,}", tail))
    asked |= {w + "s" for w in asked} | {w[:-1] for w in asked if w.endswith("s")}
    if "how many" in tail:
        asked |= {"number", "count"}
    if any(noun in words and qual not in words for qual, noun in _QUALIFIED.findall(tail)):
        return True
    return any(w in _QUANTITY_NOUNS and w not in asked for w in words)


# a qualifier and the noun it narrows in what is asked ("the proper divisors", "the positive integers")
_QUALIFIED = re.compile(r"\b(proper|positive|negative|prime|distinct|odd|even|real|integer|natural|nonzero|"
                        r"non-negative|nonnegative|interior|exterior|acute|obtuse)\s+([a-z]{3,})")


_GENERIC_SUBJECT = frozenset({"the", "therefore", "thus", "hence", "value", "answer", "result", "required", "final",
                              "total", "amount", "exact", "its", "their", "this", "only", "unique", "solution", "solutions",
                              "correct", "desired", "we", "find", "found", "that", "get", "obtain", "see", "conclude",
                              "deduce", "have"})


_GENERIC_UNITS = re.compile(r"(?i)\s*(?:(?:square|sq\.?|cubic)\s+)?units?\s*[.!]?\s*\Z")


_RATE_LATER = re.compile(r"(?i)\b((?:every|each|a|an|per)\s+[A-Za-z]{2,12})\b")


def _plainly_stated(sentence: str, start: int, end: int) -> bool:
    """A copula before the number, and after it nothing or a word that leaves its value alone (docstring)."""
    return _stated_unit(sentence, start, end) == ""


def _stated_unit(sentence: str, start: int, end: int, verbs: bool = False, question: str | None = None) -> str | None:
    """How a number at sentence[start:end] is stated: None when it is not plainly stated (no copula before it, or
    a word after it that changes it), else the unit it carries (`""` for none: "the speed is 60 km/h." -> " km/h",
    kept with the number so the rules compare it: parse, don't delete). With `verbs`, a verb that states a
    quantity stands for the copula ("So Lena sold 72 cupcakes.")."""
    if not (_COPULA.search(sentence, 0, start) or (verbs and _VALUE_VERB.search(sentence, 0, start))):
        return None
    return _unit_after(sentence, end, question)


def _unit_after(sentence: str, end: int, question: str | None = None) -> str | None:
    """The unit after a number that ends at `end` (`" \\text{ km/h}"`), `""` for none or a word that leaves the
    value alone, None for a word that changes it (`thousand`, `more`, `%`)."""
    from .rules.quantity import QUALIFYING
    from .rules.units import lookup

    nxt = _NEXT.match(sentence, end)
    if nxt is None or _GENERIC_UNITS.match(sentence, end):
        return ""  # (`35 square units`: a generic unit names no unit)
    word = nxt.group(1)
    unit = _UNIT_AFTER.match(sentence, end)
    if unit and unit.group(1).lower() in _COMMON:
        unit = None  # ("$10.35 in change": a preposition, never inches; `a` never an are)
    if unit and lookup(unit.group(1)) is not None:
        # marked as the unit it was read as (`km/h`, not k·m/h); a rate later in the sentence stays with it
        # (`18 dollars every week` is another quantity than 18 dollars every day: the rules compare the rates)
        rate = _RATE_LATER.search(sentence, unit.end())
        return f" \\text{{ {unit.group(1)}{' ' + rate.group(1) if rate else ''}}}"
    if word in ("%", "\\%"):
        return " \\%"  # `100%`: a percent is a value of its own, kept with the number for the rules to compare
    if not word.isalpha():
        return None  # `12-fold`, `12/5`, `12%s`: more than the number
    ok = word.lower() not in QUALIFYING and not _SCALE.search(word) and lookup(word) is None
    if not ok:
        return None
    # with a question, a word after the number stays with it for the rules to read against the question's words
    # (parse, don't delete): `40 bags` does not answer "how many marbles?", `72 cupcakes` answers "how many
    # cupcakes?"; a preposition or article starts other words. Without one, nothing to read it against: dropped
    return "" if not question or word.lower() in _COMMON else f" \\text{{ {word}}}"


# verbs that state a quantity the way a copula does, right before the number ("So Lena sold 72 cupcakes.",
# "James runs 540 meters a week."): a short list of the common ones, present and past
_VALUE_VERBS = (
    r"sold|sells?|made|makes?|earn(?:s|ed)?|sp[ea]nds?|spent|paid|pays?|need(?:s|ed)?|use[sd]?|bought|buys?|"
    r"r[au]n|runs|walk(?:s|ed)?|drove|drives?|travel(?:s|ed|led)?|reads?|ate|eats?|bake[sd]?|collect(?:s|ed)?|"
    r"save[sd]?|score[sd]?|receive[sd]?|weigh(?:s|ed)?|measure[sd]?|costs?|takes?|took|last(?:s|ed)|holds?|held|"
    r"owns?|owned|won|wins?|got|gets?|had|picked|picks?|wr[io]te|writes|drank|drinks?|gave|gives?|kept|keeps?|"
    r"grew|grows?|caught|catch(?:es)?|covers?|covered|contains?|reach(?:es|ed)?|produce[sd]?|require[sd]?|"
    r"finish(?:es|ed)?|complete[sd]?|fill(?:s|ed)?")
_VALUE_VERB = re.compile(r"(?i)\b(?:(?:" + _VALUE_VERBS + r")\s+(?:(?:at|for|a\s+total\s+of)\s+)?|"  # ("travel at")
                         # a change stated by its amount ("the error increases by 100%."): the amount is the value
                         r"(?:increase|decrease|rise|rose|risen|grow|grew|fall|fell|drop|shrink|shrank)(?:s|d|ed|n)?"
                         r"\s+by\s+)\Z")
# A statement whose subject is a name or a pronoun and whose verb states a quantity ("Janet makes $18 every day
# at the farmers' market.", "Cecilia has 5 bags in the end.", GSM8K's own answer style): read like a concluding
# sentence, a number only (one, plainly stated, the line without a hedge)
_NAMED = re.compile(r"(?!(?:We|I|Let|There|This|That|These|Those|Then|Now|First|Next|Here|If|Each|Every|Step|Case|"
                    r"The|A|An|Our|Its|Their|His|Her|My|Your)\b)"
                    r"(?:[A-Z][a-z]{1,20}(?:'s)?(?:\s+[A-Z][a-z]{1,20})?|She|He|They|It)\s+(?:also\s+|now\s+|still\s+)?"
                    r"(?=(?:has|have|had|is|are|was|were|will\s+\w+|" + _VALUE_VERBS + r")\s)")
# a thing of the question and a verb that states a quantity ("The ladder reaches 8 feet up the wall.", "Each friend
# pays $12.50."), read as a name's statement (its words checked against the question); a copula stays with the
# strict shape (the verb right before the value: "The total cost is $18." is the strict shape's, `cost` a noun)
_THING = re.compile(r"(?:The|Each|Every)\s+[a-z]{3,20}(?:\s+[a-z]{3,20})?\s+(?=(?:" + _VALUE_VERBS +
                    r")\s+(?:a\s+total\s+of\s+)?(?:\\?\$|\d))")
# a unit right after a number: `km/h`, `m/s^2`, `degrees`, `cm^2` (read by units.lookup)
_UNIT_AFTER = re.compile(r"\s*([A-Za-z°]+(?:/[A-Za-z]+)?(?:\^\d)?)(?![A-Za-z])")


# a dimension after a measure ("122.5 m high", "5 years old", "20 cm long")
_DIMENSION = re.compile(r"\s+(?:high|tall|long|wide|deep|thick|old|away|across|apart)")


def _unit_ends(sentence: str, end: int, question: str | None) -> bool:
    """After the number ending at `end`: one unit word and, at most, the dimension it measures where the asking
    sentence asks it ("how high"), then the end of the sentence. The unit must be plainly the quantity's: of the
    dimension its subject names ("The area is 25 cm." is not) and the dimension word's, and either an SI unit without
    a prefix (`J`, `m`, `s`, `A`) or one the question writes (`cm`, `km/h`, degrees): a bare gold carries no unit, and
    `3 mA` or `1 kJ` would be another number of the question's units."""
    from .rules import units

    u = _UNIT_AFTER.match(sentence, end)
    unit = units.lookup(u.group(1)) if u else None
    if unit is None:
        return False
    d = _DIMENSION.match(sentence, u.end())
    tail = asked_tail(question)
    if d and not any(re.search(rf"(?i)\b{w}\b", tail) for w in _DIMENSION_NOUNS[d.group().strip().lower()]):
        # "122.5 m wide" for "how high ...?", "8 feet long" for "how high up the wall ...?": another one; the word must
        # follow the asking word ("If the length is 20 cm, what is its width?" asks no length)
        return False
    if not _ENDS.fullmatch(sentence, d.end() if d else u.end()):
        return False
    if _unasked_subject(sentence, end, question, also=_QUANTITY_UNIT):
        return False  # ("The height I estimated is 122.5 m.": its subject is no quantity the question asks)
    want = [_DIMENSION_OF[d.group().strip().lower()]] if d else []
    named = _QUANTITY_WORD.search(sentence, 0, end)
    if named:
        want.append(_QUANTITY_UNIT[named.group(1).lower()])
    asked = _HOW_DIMENSION.search(last_sentence(question)) if question else None
    if asked:
        want.append(_DIMENSION_OF.get(asked.group(1).lower(), "m"))  # ("How high is the cliff?" asks a length)
    if any(not units.same_dim(unit, units.lookup(w)) for w in want):
        return False  # ("The cliff is 122.5 s high.", "The area is 25 cm.")
    written = u.group(1)
    if unit.dim == "angle":
        return bool(question and re.search(r"(?i)°|\\circ|degree" if written in ("°", "deg") or "degree" in written
                                            else r"(?i)\bradian", question))
    return (unit.factor == 1.0 and not unit.offset) or bool(
        question and re.search(r"(?<![A-Za-z])" + re.escape(written.split("^")[0]) + r"(?![A-Za-z])", question))


# the dimension a word after a measure names, and a quantity the subject names with the unit of its dimension
_DIMENSION_OF = {w: "m" for w in ("high", "tall", "long", "wide", "deep", "thick", "away", "across", "apart", "far")} | {
    "old": "s"}
_QUANTITY_UNIT = {"area": "m^2", "volume": "m^3", "speed": "m/s", "velocity": "m/s", "time": "s", "duration": "s",
                  "mass": "kg", "weight": "kg", "energy": "J", "work": "J", "current": "A", "height": "m", "length": "m",
                  "distance": "m", "width": "m", "depth": "m", "perimeter": "m", "radius": "m", "diameter": "m",
                  "charge": "C", "frequency": "Hz", "power": "W", "force": "N", "pressure": "Pa", "voltage": "V"}
# irregular forms a statement's verb may take against the asking sentence's ("Tom has ..." for "does Tom have ...")
_LEMMA = {"has": "have", "had": "have", "is": "be", "are": "be", "was": "be", "were": "be", "did": "do", "does": "do",
          "made": "make", "paid": "pay", "sold": "sell", "spent": "spend", "bought": "buy", "ran": "run", "ate": "eat",
          "drove": "drive", "won": "win", "got": "get", "gave": "give", "kept": "keep", "grew": "grow", "took": "take",
          "caught": "catch", "held": "hold", "wrote": "write", "drank": "drink", "left": "leave", "read": "read"}
_PRONOUN = re.compile(r"(?i)\b(?:she|he|they|her|his|their|it|its|him|them)\b")
_STATEMENT_FILLER = frozenset("s the a an of to in on at for with and will would be been it she he they we i you her his "
                              "their its that this there so thus therefore then total altogether".split())


def _stems(w: str) -> set[str]:
    """A word's possible stems (`makes` -> make, mak; `finishes` -> finish; `paid` -> pay)."""
    w = _LEMMA.get(w, w)
    out = {w}
    for suffix, add in (("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.add(w[:-len(suffix)] + add)
    return out


def stated_in_asked(words: list[str], question: str, before: int | None = None) -> bool:
    """Every word of a statement (a name's, a thing's, a time's) is what is asked: filler, or a word of the asked part
    of the question (asked_tail; a verb in any form, `has` for `have`, `sold` for `sell`, `finishes` for `finish`). Its
    first `before` words (the subject and verb before the value) may also be any of the question's where the asked
    part refers to them by a pronoun ("Janet makes $18 ..." for "How much does she make ...?"). "Janet has 13 apples
    left." does not answer "How many apples did Janet eat?", nor "Each worker earns $120 each hour." "How much ... per
    day?", nor "Tom arrives at 5:50 PM." "At what time does Jerry arrive?"."""
    tail = asked_tail(question)
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", tail)}
    stems = set().union(*(_stems(a) for a in asked if len(a) >= 3))
    pronoun = bool(_PRONOUN.search(tail))
    everywhere = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    for i, w in enumerate(words):
        lw = w.lower()
        if len(w) == 1 and w.isupper():  # (a letter names a thing: `Bus A` is not `Bus B`)
            if re.search(rf"\b{w}\b", tail):
                continue
            return False
        if lw in _STATEMENT_FILLER or lw in asked or (len(lw) >= 3 and _stems(lw) & stems):
            continue
        if pronoun and (before is None or i < before) and lw in everywhere:
            continue  # (the subject the asked part calls "she", "it")
        return False
    return True


# the dimension word or its noun in the asking sentence ("122.5 m high" for "how high" or "the height")
_DIMENSION_NOUNS = {"high": ("high", "height"), "tall": ("tall", "height"), "long": ("long", "length"),
                    "wide": ("wide", "width"), "deep": ("deep", "depth"), "thick": ("thick", "thickness"),
                    "old": ("old", "age"), "away": ("away", "distance", "far"), "across": ("across", "width"),
                    "apart": ("apart", "distance", "far")}
_HOW_DIMENSION = re.compile(r"(?i)\bhow\s+(high|tall|long|wide|deep|thick|far|old)\b(?!\s+(?:does|do|did|will|would)\b)")
_QUANTITY_WORD = re.compile(r"(?i)\b(" + "|".join(_QUANTITY_UNIT) + r")\b")
