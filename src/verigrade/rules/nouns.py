"""Generic nouns after a number ("48 ways", "12 square units"): they name no unit, only the kind of number the
answer is. Read like the question's own nouns when they fit what it asks (quantity._compare_words), never as units."""
from __future__ import annotations

import re

from . import units

# nouns that only say what kind of number the answer is ("48 ways", "12 square units"): read as nouns of the
# question (so "how many students?" still rejects "48 ways": another thing counted), never as a unit
GENERIC_NOUNS = frozenset({"unit", "units", "way", "ways"})
GENERIC_POWER = frozenset({"square", "cubic", "sq"})
GENERIC_ALL = GENERIC_NOUNS | {"square-units", "cubic-units"}
# what a question must be about for each generic noun to fit it
_ASK = r"(?:find|what\s+is|what's|determine|calculate|compute|how\s+(?:much|large|big))\s+(?:\w+\s+){0,4}"
# what a question must ask for each generic noun to fit it (asked, not only mentioned: "A square has area 36. Find its
# side." asks no area)
_GENERIC_FITS = {"square-units": re.compile(rf"(?i)\b{_ASK}(?:area|surface)|\barea\b[^.?]{{0,40}}(?:is|=)\s*_{{2,}}"),
                 "cubic-units": re.compile(rf"(?i)\b{_ASK}(?:volume|capacity)|\bvolume\b[^.?]{{0,40}}(?:is|=)\s*_{{2,}}"),
                 "ways": re.compile(r"(?i)\bhow\s+many\s+(?:different\s+|distinct\s+)?ways|\bin\s+how\s+many|\bnumber\s+"
                                    r"of\s+(?:different\s+|distinct\s+|possible\s+)?(?:ways|arrangements|permutations|"
                                    r"combinations|outcomes|possibilities|methods|choices|selections)")}
_GENERIC_FITS["way"] = _GENERIC_FITS["ways"]


_UNIT_IN_PARENS = re.compile(r"\(\s*(?:\\(?:text|mathrm)\s*\{\s*)?([A-Za-z/]{1,8})\s*\}?\s*\)")  # "(kg)", "(in m)"


def generic_off(generic: set, unit: bool, question: str) -> str | None:
    """Why a generic noun does not fit: a real unit on one side (`12 square units` for `12 cm`), a question it is not
    about (`square units` for a perimeter, `ways` for a number of students), a unit asked (`48 units` for "in
    meters"), or things the question counts by name (`96 ways` for "how many more tickets ...?")."""
    if unit:
        return "a generic noun against a unit"
    if not question:
        return None  # (nothing to read it against)
    if any(w in _GENERIC_FITS and not _GENERIC_FITS[w].search(question) for w in generic):
        return "a generic noun the question is not about"
    if generic & {"unit", "units"} and (_GENERIC_FITS["square-units"].search(question) or
                                         _GENERIC_FITS["cubic-units"].search(question)):
        return "a length's noun for an area or a volume"
    if generic & {"unit", "units"} and (units.asked_units(question) or any(
            units.lookup(u) is not None for u in _UNIT_IN_PARENS.findall(question))):
        return "units for a question that asks in a unit"
    if _COUNTS_THINGS.search(question):
        return "the question counts things the answer does not name"
    return None


_COUNTS_THINGS = re.compile(r"(?i)\bhow\s+many\s+(?:more\s+|fewer\s+|less\s+|other\s+|different\s+)?"
                            r"(?!ways\b|units\b|possible\b)[a-z]{3,}")
