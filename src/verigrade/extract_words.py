"""Words of a final statement read against its question: plain numbers, value-changing words, the words a
statement may use that its question need not, and whether a statement talks in the question's words. Shared by the
sentence readers (extract_sentence.py) and the count readers (extract_counts.py)."""
from __future__ import annotations

import re

# a plain number, or a slash fraction of two integers ("The probability is 1/6.")
_NUMBER = re.compile(r"(?<![\w.^_{\\/])-?(?:\d+/\d+|\d+(?:,\d{3})*(?:\.\d+)?)(?![\w}/]|\.\d|,\d)")
# words that change a value wherever they stand in the sentence ("twice the total is 5", "the result is half of
# $8$", "$5$ squared"): the concluding sentence then states no plain value
_CHANGES_VALUE = re.compile(r"(?i)\b(?:thousands?|millions?|billions?|trillions?|hundreds?|dozens?|squared|cubed|"
                            r"half|halves|twice|thrice|double|triple|negative|minus|plus|reciprocal|inverse|"
                            r"divided|times|percent|per\s*cent|thousandths?|hundredths?|tenths?)\b|%")
_BOLD = re.compile(r"\*\*([^*\n]{1,200})\*\*")
_ENDS = re.compile(r"\s*[.!]?\s*")
_WORD = re.compile(r"[A-Za-z']+")
_NEXT = re.compile(r"\s*([^\s.,;:!?]+)")
# words a statement may use that its question need not: articles, pronouns, copulas, prepositions, fillers
_COMMON = frozenset(
    "a an the of in on at to for by with from and or is are was were be been has have had will would it its she he "
    "they her his their them this that these those so therefore thus hence then now also still total all altogether "
    "overall summary end finally answer final there here which who we i you one every each".split())


_UNIT_NEXT = re.compile(r"\d\s*([A-Za-z]+)")
_LETTERS = re.compile(r"[A-Za-z]+")  # (`Janet's` is Janet and s, `farmers'` is farmers)


def _stems(w: str) -> set[str]:
    """The word and what it may be an inflection of (`makes` -> make, `bags` -> bag, `earned` -> earn)."""
    w = w.lower()
    out = {w}
    for suf, add in (("ing", ""), ("ing", "e"), ("ies", "y"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""),
                     ("d", "")):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            out.add(w[: -len(suf)] + add)
    return out


def _words_of(statement: str, question: str) -> bool:
    """Every content word of `statement` (outside numbers and units) is one of the question's, up to a plural or a
    tense (`makes` / `make`, `bags` / `bag`): the statement talks about what the question asks, in its words."""
    from .rules.units import lookup

    asked = set().union(*(_stems(w) for w in _LETTERS.findall(question)))
    text = _BOLD.sub(r"\1", statement)
    # the unit right after the number stays with it (the rules compare it): the statement's other words must be
    # the question's (`every week` is another quantity than `every day`, `cents` another unit than asked)
    units = {m.start(1) for m in _UNIT_NEXT.finditer(text) if lookup(m.group(1)) is not None}
    for m in _LETTERS.finditer(text):
        w = m.group()
        if len(w) < 2 or w.lower() in _COMMON or _stems(w) & asked or m.start() in units:
            continue
        return False
    return True
# the copulas that state a text value (not "we have", "we get": those introduce steps)
_TEXT_COPULA = re.compile(r"(?i)\b(?:is|are|was|were|equals|measures)\s+")
