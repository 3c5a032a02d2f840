"""Values read around a final answer, for extract.py: the unit or scale word right after a box (`\\boxed{45}$ m/s`,
`\\boxed{12} dozen`), the last value a text *asserts* (what a tail after the answer commits to), the value a stated
span ends on (`18 - 2 = 16` -> 16), and one value restated in another form (`$\\frac12$, or $0.5$`).

Every pattern here is linear and bounded (the words after a box are read within _AFTER_BOX_CHARS characters): they
run on model text of any length.
"""
from __future__ import annotations

import re

from .extract_text import clean

_TAIL_NUM = re.compile(r"(?<![\w.^_{])-?\d+(?:\.\d+)?(?!\w|\.\d|})")
# an escaped dollar before a digit is a currency sign inside the span (`$\$1377.30$`), not its end
_MATH_SPAN = re.compile(r"\$\$(.{1,1000}?)\$\$|\$((?:(?<!\\)\\\$(?=\d)|[^$]){1,1000})\$|\\\((.{1,1000}?)\\\)|\\\[(.{1,1000}?)\\\]",
                        re.S)
_DIGIT = re.compile(r"\d")
_PROSE_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")  # a word, not a \\command


def _last_value(sentence: str) -> str | None:
    """The last value a text names: its last math span (the right side of its last `=`), or its last number
    outside math, whichever comes later. None when that value is not asserted: "greater than 125", "divided by 2,
    3, 4, or 6", "plug in the value $\\sin 18^\\circ = ...$" name a number without stating it as a result; a span
    that is a relation (`$108n(n-1) < 6^n$`) is no value at all."""
    span = None
    for m in _MATH_SPAN.finditer(sentence):
        span = m
    outside = _MATH_SPAN.sub(lambda m: " " * len(m.group()), sentence)
    num = None
    for m in _TAIL_NUM.finditer(outside):
        num = m
    if num is not None and (span is None or num.start() > span.start()):
        return num.group() if _asserted(sentence, num.start(), num.end()) else None
    if span is not None:
        body = clean(next(g for g in span.groups() if g is not None))
        if _RELATION.search(body):
            return None
        worked = "=" in body and _ARITHMETIC.fullmatch(body.split("=")[0])  # `$9 \\times 2 = 16$` states its result
        return _value_of(body) if worked or _asserted(sentence, span.start(), span.end()) else None
    return None


# what states a value right before it: a copula or a verb of result, `=`, a colon or dash, "or", "i.e.", the start of
# a sentence or an interjection ("Err, $94$.", "— no, 94"); or right after it: "otherwise", "instead", "is also
# possible". Not a comparison or an operand: "greater than 125", "divided by 6".
_ASSERT_BEFORE = re.compile(
    r"(?i)(?:\b(?:is|are|was|were|be|equals?|gives?|giving|becomes?|gets?|got|makes?|it'?s|means?|meant|with|else|nah|"
    r"instead|now|no|nope|err|oops|whoops|ugh|hmm+|wait|typo|erratum|actually|so|sorry|oh|correction|total|answer)|"
    r"i\.e\.|[=≈:—–]|(?<![\d\s,])\s*,|(?<!\d,)(?<!\d, )\bor|^|[.!?\n])[\s,.*]*(?:approximately\s+|about\s+)?(?:\\\$|\$)?\s*\Z")
_ASSERT_AFTER = re.compile(r"(?i)\s*\$?\s*(?:[A-Za-z]+\s+)?(?:otherwise|instead|is\s+(?:also\s+)?(?:possible|correct|right))")
# the line before a closing display block: empty, or a result word ("So", "Thus the total is", "Answer:")
_LEADS_RESULT = re.compile(r"(?i)(?:\A|\n)[ \t]*(?:(?:so|thus|hence|therefore|then|answer|result|total|final)\b[^\n]*)?\n[ \t]*\Z")
_ARITHMETIC = re.compile(r"[\d\s+\-*/().,]*\d[\d\s+\-*/().,]*|(?:[\d\s+\-*/().,]|\\(?:times|cdot|div|frac)|[{}])+")
_RELATION = re.compile(r"[<>≤≥≠]|\\(?:le|ge|leq|geq|neq|lt|gt|ne)(?![A-Za-z])")


def _asserted(text: str, start: int, end: int) -> bool:
    return bool(_ASSERT_BEFORE.search(text[max(0, start - 60):start]) or _ASSERT_AFTER.match(text, end))


_NAME = re.compile(r"\s*[A-Za-z](?:_\{?\w{1,3}\}?)?\s*")


def _value_of(s: str) -> str:
    """The value a stated span ends on: `18 - 2 = 16` -> `16`; words around a lone number dropped ("16 dollars")."""
    parts = s.split("=")
    if len(parts) > 1 and _DIGIT.search(parts[-1]):
        # `18 - 2 = 16` -> `16`; a name is kept: `x = 2` stays, `x = 5+5+1 = 11` -> `x = 11`
        # (`f(x) = 2x`, an equation that computes nothing, stays whole)
        head = parts[0] if _NAME.fullmatch(parts[0]) else ""
        if len(parts) > 2 or (not head and _DIGIT.search(parts[0])):
            s = (head + "= " if head else "") + parts[-1].strip()
    if _PROSE_WORD.search(_MATH_SPAN.sub(" ", s)):
        n = _TAIL_NUM.findall(s)
        if len(n) == 1:
            return n[0]
    return s


# `\\boxed{28}$ pct`, `\\boxed{20} percent`, `\\boxed{30} degrees`: a percent or degree word right after the box
# is part of the value (parse, don't delete: 28 percent is not 28)
_AFTER_BOX = re.compile(r"[ \t]*(?:\$[ \t]*)?(?:(\\%|%|percent\b|per[ \t]+cent\b|pct\b)|(degrees?\b|°|\^\s*\\circ))", re.I)


# a unit right after the box, outside it: `$\\boxed{45}$ m/s`, `\\boxed{1500} km`, `\\boxed{50}$ square feet`,
# `\\boxed{5}\\text{ cm}`, `$\\boxed{50}$ cm$^2$` (units.lookup decides; words that are no unit are left alone)
_UNIT_AFTER_BOX = re.compile(r"[ \t]*(?:\$[ \t]*)?(?:\\(?:text|mathrm)\s*\{\s*)?(?P<adj>(?!square|sq\b|cubic)[A-Za-z]{2,15}[ \t]+)?"
                             r"(?P<sq>square[ \t]+|sq\.?[ \t]+|cubic[ \t]+)?"
                             r"(?P<u>[A-Za-z]{1,12}(?:[ \t]*/[ \t]*[A-Za-z]{1,12}|[ \t]+per[ \t]+[A-Za-z]{1,12})?)"
                             r"(?![A-Za-z])\s*\}?\s*\$?(?:\^\s*\{?(?P<p>[23])\}?)?")


_AFTER_BOX_CHARS = 80  # the words right after a box that may belong to it (bounded: every regex here stays linear)


def _box_suffix(w: str, end: int) -> str:
    """`\\%` or `^\\circ` when a percent or degree word follows the box ending at `end`; a unit there as
    ` \\text{ unit}` (kept with the value: parse, don't delete); else ''."""
    m = _AFTER_BOX.match(w, end, end + _AFTER_BOX_CHARS)
    if m is not None:
        return "\\%" if m.group(1) else "^\\circ"
    m = _UNIT_AFTER_BOX.match(w, end, end + _AFTER_BOX_CHARS)
    if m is None:
        return ""
    from .rules.units import ENGLISH_WORDS, lookup

    adj = (m.group("adj") or "").strip()
    if adj and _unit_word(adj, lookup, ENGLISH_WORDS) is not False:
        # the first word is a unit: read from there (`inches per second`, `kg of`, `sections long`)
        m = _UNIT_NO_ADJ.match(w, end, end + _AFTER_BOX_CHARS)
        if m is None or not _unit_word(adj, lookup, ENGLISH_WORDS):
            return ""
        adj = ""
    unit = re.sub(r"[ \t]*(?:/|[ \t]per[ \t])[ \t]*", "/", m.group("u"))
    power = m.group("p") or ("3" if (m.group("sq") or "").startswith("cubic") else "2" if m.group("sq") else None)
    if power and "/" not in unit:
        unit = f"{unit}^{power}"
    if not _unit_word(unit, lookup, ENGLISH_WORDS):
        return _box_scale(w, end)
    base, _, exp = unit.partition("^")
    # a word between the box and its unit (`\\boxed{12} overtime minutes`, `\\boxed{3} more hours`) is kept too
    return f" \\text{{ {adj + ' ' if adj else ''}{base}}}" + (f"^{exp}" if exp else "")


def _unit_word(word: str, lookup, english) -> bool | None:
    """True: a unit to keep with the value (`cm`; a plural name, `kilojoules`, and a plural noun pint also reads,
    `sections`: the rules leave a noun unread against a unit, never dropped); None: a unit that is also an English
    word (`in`, `day`): not kept; False: no unit."""
    if lookup(word) is not None:
        return None if word.lower() in english else True
    return True if lookup(word, plural=True) is not None else False


_UNIT_NO_ADJ = re.compile(_UNIT_AFTER_BOX.pattern.replace("(?P<adj>", "(?P<adj>(?!)", 1))
# (and other words that change the boxed value: `\\boxed{5} squared`, `\\boxed{5} hundredths`, `\\boxed{5} times 2`,
# `\\boxed{5} to 6`, `\\boxed{5} or so`)
_SCALE_AFTER_BOX = re.compile(r"[ \t]*(?:\$[ \t]*)?(dozens?|hundreds?|thousands?|millions?|billions?|trillions?|squared|cubed|"
                              r"(?:tenth|hundredth|thousandth|millionth)s?|times|to[ \t]+-?\d|or[ \t]+so)\b", re.I)


def _box_scale(w: str, end: int) -> str:
    """`\\boxed{12} dozen`, `\\boxed{5} thousand`: a scale word after the box changes its value; kept as text (the
    rules leave such a word unread: UNSURE, never the bare number)."""
    m = _SCALE_AFTER_BOX.match(w, end, end + _AFTER_BOX_CHARS)
    return f" \\text{{ {m.group(1)}}}" if m else ""


# (a plain number may carry a percent or one unit word: `50 m, i.e. 0.05 km`, `0.75 hours (45 minutes)`)
_ONE_VALUE = r"\$[^$]{1,200}\$|-?\d+(?:\.\d+)?(?:\s*%|\s+[A-Za-z]{1,12}\b(?!\s*[A-Za-z]))?"
_RESTATED = re.compile(rf"(?i)(?P<a>{_ONE_VALUE})\s*(?:(?:,\s*)?(?:or|i\.e\.,?|that\s+is,?|which\s+is)\s+"
                       rf"(?:(?:approximately|about|roughly)\s+)?(?P<b>{_ONE_VALUE})|\(\s*(?P<c>{_ONE_VALUE})\s*\))\s*[.!]?")


def _restated(answer: str) -> tuple[str, str] | None:
    """`$\\frac{1}{2}$, or $0.5$`, `1.25, i.e. $\\frac54$`: two single values, the second restating the first (the
    pipeline accepts them only when they are strictly the same value). Two plain integers are a hedge ("5 or 6")."""
    m = _RESTATED.fullmatch(answer.strip()) if len(answer) <= 500 else None
    if m is None:
        return None
    a, b = m.group("a"), m.group("b") or m.group("c")
    if all(re.fullmatch(r"\$?-?\d+\$?", x) for x in (a, b)):
        return None
    return _unit_text(clean(a.strip("$"))), _unit_text(clean(b.strip("$")))


_NUMBER_WORD = re.compile(r"(-?\d+(?:\.\d+)?)\s+([A-Za-z]{1,12})")


def _unit_text(v: str) -> str:
    """`50 m` restated as `0.05 km`: the word after each number is its unit (`50 \\text{ m}`), not a letter times it."""
    m = _NUMBER_WORD.fullmatch(v)
    return f"{m.group(1)} \\text{{ {m.group(2)}}}" if m else v
