"""A remainder stated as a congruence: `2^{100} \\equiv 2 \\pmod{7}` answers "What is the remainder when $2^{100}$ is
divided by $7$?" with 2. Read only where the congruence's left side is the question's dividend, written the same
(spaces and `\\left` / `\\right` aside), its modulus the question's divisor, and the right side a remainder of it
(0 <= r < m): the statement then says what "the remainder is r" says. Any other congruence (another left side, a
modulus the question does not divide by, `\\equiv 9 \\pmod 7`) is left as written (normalize._congruences leaves a
claim about one number unread)."""
from __future__ import annotations

import re

from .normalize import _CONGRUENCE

# "the remainder when X is divided by m", "the remainder of X divided by m", "X \\bmod m", "X mod m" (the question's
# math spans, `$...$`, kept as written)
_REMAINDER_Q = re.compile(r"(?i)\bremainder\s+(?:when|of|upon)\s+(?P<x>\$[^$]{1,120}\$|\S{1,40})\s+(?:is\s+)?"
                          r"(?:divided\s+by|upon\s+division\s+by)\s+(?P<m>\$\s*\d{1,12}\s*\$|\d{1,12})")
_MOD_Q = re.compile(r"\$(?P<x>[^$]{1,120}?)\s*\\(?:bmod|mod|pmod)\s*\{?\s*(?P<m>\d{1,12})\s*\}?\s*\$")


def _plain(s: str) -> str:
    return re.sub(r"\s+|\\left|\\right|\$", "", s)


def remainder(answer: str, question: str | None) -> str | None:
    """The remainder `answer` states as a congruence on the question's dividend and divisor, else None."""
    if not question or "\\equiv" not in answer and "≡" not in answer:
        return None
    head, sep, rest = answer.partition("\\equiv") if "\\equiv" in answer else answer.partition("≡")
    m = _CONGRUENCE.fullmatch(sep + rest.rstrip(" ."))
    if m is None or not head.strip():
        return None
    mod, r = int(m["m1"] or m["m2"] or m["m3"] or m["m4"]), int(m["r"].replace(" ", ""))
    if not 0 <= r < mod:
        return None
    for q in (_REMAINDER_Q.finditer(question), _MOD_Q.finditer(question)):
        for asked in q:
            if _plain(asked["x"]) == _plain(head) and int(_plain(asked["m"])) == mod:
                return str(r)
    return None
