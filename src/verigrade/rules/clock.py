"""Clock times (`10:15 PM`, `10:15 p.m.`, `22:15`, `9:45\\text{ AM}`): read as minutes after midnight and compared.

A time is `h:mm` (or `h:mm:ss`) alone, or with AM / PM written any usual way (`PM`, `pm`, `p.m.`, `\\text{ P.M.}`).
It is read only where both sides carry AM / PM or the question speaks of times of day ("At what time ...",
"o'clock", `9:45 AM`): elsewhere `12:15` may be a ratio (`3:20 PM` is no answer to "the ratio 15:20"). Two sides
with AM / PM, or two without, compare as written; a 24-hour time (hour 0 or 13-23, or written `09:45`) meets a
12-hour one with AM / PM; a 12-hour time without AM / PM against one with it is UNSURE (`10:15` may be morning or
evening).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..types import Outcome

_TIME = re.compile(r"^\s*(?:\\text\s*\{\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:\}\s*)?"
                   r"(?:(?:\\text|\\mathrm)\s*\{\s*)?(?:([AaPp])\.?\s*[Mm]\.?)?(?:\s*\})?\s*\.?\s*$")
_ASKS_TIME = re.compile(r"(?i)\b(?:what|which)\s+time\b|\bo'clock\b|\btime\s+of\s+day\b|\bwhen\s+(?:will|does|did)\b")


# a question that speaks of times of day (a clock time with AM / PM, "o'clock", "time")
_TIME_WORDS = re.compile(r"(?i)\d\s*[ap]\.?\s*m\b|\bo'clock\b|\btime\b|\bnoon\b|\bmidnight\b")


class Time(NamedTuple):
    hour: int
    minute: int
    second: int
    half: str | None  # "a" / "p", or None for none written
    padded: bool  # the hour written with two digits from 0 (`09:45`): a 24-hour time


def read(s: str) -> Time | None:
    m = _TIME.match(s)
    if m is None:
        return None
    h, mi, sec = int(m[1]), int(m[2]), int(m[3] or 0)
    half = m[4].lower() if m[4] else None
    if mi > 59 or sec > 59 or h > 23 or (half and not 1 <= h <= 12):
        return None
    return Time(h, mi, sec, half, len(m[1]) == 2 and m[1][0] == "0")


def _seconds(t: Time) -> int:
    h = t.hour % 12 + (12 if t.half == "p" else 0) if t.half else t.hour
    return (h * 60 + t.minute) * 60 + t.second


def asks_time(question: str) -> bool:
    """The question asks a time of day ("At what time ...?", "what time", "o'clock")."""
    return bool(_ASKS_TIME.search(question))


def compare_times(gold: str, answer: str, question: str | None) -> tuple[Outcome, str] | None:
    """The verdict on two clock times, or None when either side is no time (or nothing says it is one)."""
    g, a = read(gold), read(answer)
    timely = bool(question and (asks_time(question) or _TIME_WORDS.search(question)))
    if g is None or a is None or not (timely or (g.half and a.half)):
        return None  # (AM / PM on one side only is no proof of a time: `3:20 PM` against the ratio 15:20)
    if bool(g.half) != bool(a.half):
        bare = a if g.half else g
        if 1 <= bare.hour <= 12 and not bare.padded:
            return Outcome.UNSURE, "a 12-hour time without AM / PM against one with it"
    same = _seconds(g) == _seconds(a)
    return (Outcome.EQUAL, "the same time of day") if same else (Outcome.DIFFERENT, "another time of day")
