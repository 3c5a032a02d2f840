"""Boxes that answer a problem's parts one by one: `(a) \\boxed{3} (b) \\boxed{5}`, `**Part 1:** \\boxed{3}` on one
line and `**Part 2:** \\boxed{5}` on the next, `\\boxed{(3, 3)} \\text{ for part (a) and } \\boxed{(1, 1)}`.

Between two boxes of the final region extract._LISTED allows separators only; a part label there is one more
allowed thing, read here. The labels must number the parts in sequence, one label between each two boxes (the
first box's own label stands before it, or each box's after it): (a), (b), (c) / (1), (2) / (i), (ii) / Part 2.
Labels out of order, repeated, or two between the same boxes are no parts (a hedge or a stray number stays one).
The answer is then the parts in order (pipeline._union numbers them, so the rules compare them in that order), and
only against a gold of as many parts: against a one-part gold several boxes stay a hedge.
"""
from __future__ import annotations

import re

# a label: `(a)`, `(2)`, `(ii)`, `(Ⅱ)`, optionally after "for" / "in" and "part", or "Part 2" / "part b" spelled out;
# a colon and bold marks around it go with it
# (`(i)` is roman: letters stop at `h`)
_LABEL = re.compile(r"(?i)(?:\*\*\s*)?(?:\b(?:for|in)\s+)?(?:\bpart\s*)?(?<![\w\\])\(\s*(?P<p>[a-h]|[1-9]|i{1,3}|iv|v|[ⅠⅡⅢⅣⅤ])\s*\)"
                    r"(?:\s*:)?(?:\s*\*\*)?|(?:\*\*\s*)?\bpart\s+(?P<q>[a-h1-9]|i{1,3}|iv)\b(?:\s*:)?(?:\s*\*\*)?")
_EMPTY_TEXT = re.compile(r"\\text\s*\{\s*\}")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "ⅰ": 1, "ⅱ": 2, "ⅲ": 3, "ⅳ": 4, "ⅴ": 5}


def _ordinal(label: str) -> tuple[str, int]:
    """(scheme, position): `b` -> ("letter", 2), `3` -> ("digit", 3), `ii` / `Ⅱ` -> ("roman", 2)."""
    low = label.lower()
    if low.isdigit():
        return "digit", int(low)
    if low in _ROMAN or label in "ⅠⅡⅢⅣⅤ":
        return "roman", _ROMAN.get(low, "ⅠⅡⅢⅣⅤ".find(label) + 1)
    return "letter", ord(low) - ord("a") + 1


def part_gaps(before: str, gaps: list[str], listed: re.Pattern) -> bool:
    """Each gap between consecutive boxes holds exactly one part label, the labels number consecutive parts in one
    scheme (from the first or the second part), and the rest of each gap is separators only (`listed`). A label
    right before the first box (`before` ends in it) numbers the part before the gaps' first."""
    seen: list[tuple[str, int]] = []
    lead = [m for m in _LABEL.finditer(before) if listed.fullmatch(before[m.end():])]
    if lead:
        seen.append(_ordinal(lead[-1].group("p") or lead[-1].group("q")))
    for gap in gaps:
        labels = list(_LABEL.finditer(gap))
        if len(labels) != 1:
            return False
        m = labels[0]
        seen.append(_ordinal(m.group("p") or m.group("q")))
        rest = _EMPTY_TEXT.sub(" ", gap[:m.start()] + " " + gap[m.end():])
        if not listed.fullmatch(rest):
            return False
    schemes = {s for s, _ in seen}
    nums = [n for _, n in seen]
    return len(schemes) == 1 and nums[0] in ((1,) if lead else (1, 2)) and nums == list(range(nums[0], nums[0] + len(nums)))
