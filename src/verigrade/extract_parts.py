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


# ---------------------------------------------------------------- a response that ends by listing its parts' answers
# Multi-part problems ("(1) Find a_n; (2) Find T_n") are answered part by part at the end of a response:
#   Final answers:            **Final answers**          Summary:               For part (1), the answer is $0.3$.
#   1. $-0.8$                 - Part 1: $a_n = 2n$       (1) $c = \sqrt{7}$     For part (2), the answer is $0.7$.
#   2. $\frac17$              - Part 2: $T_n = ...$      (2) $\sin A = ...$
# The last lines (or sentences) of the response, each one part's label and exactly one value (one math span, or a
# plain number), numbered in sequence from the first part, two or more of them: the answer is the parts in order,
# `(1) -0.8; (2) \frac17`, which the rules compare in order (engine._numbered_parts). A plain `1.` / `2.` list needs a
# heading line right above it (final answer(s), answer(s), summary, result(s), conclusion): without one it may be the
# steps of the work. Anything else on those lines (words, a second value, a hedge) and no parts are read.
_HEADING = re.compile(r"(?i)^[ \t#*]*(?:final\s+answers?|answers?|summary|results?|conclusion|in\s+summary)[ \t*]*[:：]?"
                      r"[ \t*]*$")
_PART_LINE = re.compile(r"(?i)^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?[ \t]*(?:(?P<word>part)[ \t]*\(?(?P<w>\d|[a-h]|i{1,3}|iv)\)?|"
                        r"\((?P<p>\d|[a-h]|i{1,3}|iv)\)|(?P<d>\d)[.)])[ \t]*(?:\*\*)?[ \t]*[:.：]?[ \t]*(?:\*\*)?[ \t]*"
                        r"(?:the\s+answer\s+is[ \t]*:?[ \t]*)?(?P<rest>.+?)[ \t]*$")
_PART_SENTENCE = re.compile(r"(?im)(?:^[ \t]*|(?<=[.!]\s))for\s+part\s*\(?(?P<w>\d|[a-h]|i{1,3}|iv)\)?\s*,?\s*the\s+answer\s+is\s*:?"
                            r"\s*(?P<rest>\$[^$]{1,300}\$|\\\((?:(?!\\\)).){1,300}\\\)|-?\d+(?:\.\d+)?(?:/\d+)?)\s*\.?")
_MAX_LINE = 400
_ONE_VALUE = re.compile(r"\$(?P<m>[^$]{1,300})\$|\\\((?P<p>(?:(?!\\\)).){1,300})\\\)|(?P<n>-?\d+(?:\.\d+)?(?:/\d+)?)")


def _value(rest: str) -> str | None:
    """The one value a part's line states: a single math span or a plain number, an end stop after it at most (a
    list, `$2, 3$`, is no one value: where one part ends and the next begins would be lost)."""
    m = _ONE_VALUE.fullmatch(rest.rstrip(" .;"))
    if m is None:
        return None
    value = (m.group("m") or m.group("p") or m.group("n")).strip()
    return None if _LIST_IN.search(re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}", "", value)) else value


_LIST_IN = re.compile(r"[,;]")
# a heading that doubts the list it heads ("Possible answers (I am unsure):")
_HEDGED = re.compile(r"(?i)\b(?:unsure|not\s+sure|possible|possibly|maybe|perhaps|might|could|guess|candidates?|"
                     r"options?|either|or)\b|\?")


def part_list(text: str) -> str | None:
    """The parts' answers a response ends with, as `(1) v1; (2) v2`, or None (see above)."""
    lines = text.rstrip()[-4000:].split("\n")  # (the list closes the response: its last lines are enough)
    parts: list[tuple[tuple[str, int], str, bool]] = []  # (ordinal, value, labelled by "part" or parentheses)
    i = len(lines) - 1
    while i >= 0 and len(parts) < 10:
        m = _PART_LINE.match(lines[i]) if len(lines[i]) <= _MAX_LINE else None  # (a part's line is short: bounded work)
        if m is None:
            break
        value = _value(m.group("rest"))
        if value is None:
            return None  # a part line that states no one value: the list is no answer
        label = m.group("w") or m.group("p") or m.group("d")
        parts.append((_ordinal(label), value, m.group("d") is None))
        i -= 1
    if len(parts) < 2:
        return _part_sentences(text)
    parts.reverse()
    above = next((ln for ln in reversed(lines[:i + 1]) if ln.strip()), "")[-_MAX_LINE:]
    if not all(labelled for *_, labelled in parts) and not _HEADING.match(above):
        return None  # a bare `1.` / `2.` list without a heading: maybe the steps of the work
    if _HEDGED.search(above):
        return None  # "Possible answers (I am unsure):" doubts the list it heads
    return _numbered([o for o, _, _ in parts], [v for _, v, _ in parts])


def _part_sentences(text: str) -> str | None:
    """"For part (1), the answer is $0.3$. For part (2), the answer is $0.7$." closing the response."""
    tail = text.rstrip()[-2000:]
    found = list(_PART_SENTENCE.finditer(tail))
    if len(found) < 2 or tail[found[-1].end():].strip():
        return None
    # (the sentences follow each other: nothing but space between them)
    run = [found[-1]]
    for m in reversed(found[:-1]):
        if tail[m.end():run[0].start()].strip():
            break
        run.insert(0, m)
    if len(run) < 2:
        return None
    values = [_value(m.group("rest")) for m in run]
    if None in values:
        return None
    return _numbered([_ordinal(m.group("w")) for m in run], values)


def _numbered(ordinals: list[tuple[str, int]], values: list) -> str | None:
    if len({s for s, _ in ordinals}) != 1 or [n for _, n in ordinals] != list(range(1, len(ordinals) + 1)):
        return None
    return "; ".join(f"({n}) {v}" for (_, n), v in zip(ordinals, values))
