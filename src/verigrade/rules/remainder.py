"""A remainder stated as a congruence: `2^{100} \\equiv 2 \\pmod{7}` answers "What is the remainder when $2^{100}$ is
divided by $7$?" with 2. Read only where
  - the question's asking sentence (its last) asks for that one remainder ("What is / Find the remainder when X is
    divided by m", or "Find $X \\bmod m$"), and the question names no other remainder;
  - the congruence's left side is the question's dividend, written the same (spaces, `\\left` / `\\right` aside),
    its modulus the question's divisor, its right side a remainder (0 <= r < m);
  - and the congruence is true: the dividend is a power `a^b` or an integer, checked with modular arithmetic, so a
    false claim (`2^{100} \\equiv 6 \\pmod 7`) is never read as an answer.
The statement then says what "the remainder is r" says. Anything else is left as written (normalize._congruences
leaves a claim about one number unread)."""
from __future__ import annotations

import re

from .context import last_sentence
from .normalize import _CONGRUENCE

_ASK = r"(?:what\s+is|what's|find|determine|compute|calculate|evaluate|give)\s+(?:the\s+)?"
_DIVIDEND = r"(?P<x>\$[^$]{1,120}\$|\S{1,40})"
# the asking sentence, whole: "What is the remainder when $2^{100}$ is divided by $7$?", "Find $2^{100} \\bmod 7$."
_REMAINDER_Q = re.compile(r"(?i)\s*" + _ASK + r"remainder\s+(?:when|of|upon)\s+" + _DIVIDEND + r"\s+(?:is\s+)?"
                          r"(?:divided\s+by|upon\s+division\s+by)\s+(?P<m>\$\s*\d{1,12}\s*\$|\d{1,12})\s*[?.]?\s*\Z")
_MOD_Q = re.compile(r"(?i)\s*" + _ASK + r"\$(?P<x>[^$]{1,120}?)\s*\\(?:bmod|mod)\s*\{?\s*(?P<m>\d{1,12})\s*\}?\s*\$"
                    r"\s*[?.]?\s*\Z")
_REMAINDERS = re.compile(r"(?i)\bremainders?\b|\\[bp]?mod\b")
# a dividend whose residue is checked: an integer, or a power of one (`2^{100}`, `7^{2023}`)
_POWER = re.compile(r"(?P<a>\d{1,12})(?:\^\{?(?P<b>\d{1,7})\}?)?")


def _plain(s: str) -> str:
    return re.sub(r"\s+|\\left|\\right|\$", "", s)


def remainder(answer: str, question: str | None) -> str | None:
    """The remainder `answer` states as a true congruence on the question's dividend and divisor, else None."""
    if not question or "\\equiv" not in answer and "≡" not in answer:
        return None
    head, sep, rest = answer.partition("\\equiv") if "\\equiv" in answer else answer.partition("≡")
    m = _CONGRUENCE.fullmatch(sep + rest.rstrip(" ."))
    power = _POWER.fullmatch(_plain(head))
    if m is None or power is None:
        return None
    mod, r = int(m["m1"] or m["m2"] or m["m3"] or m["m4"]), int(m["r"].replace(" ", ""))
    if not 0 <= r < mod or pow(int(power["a"]), int(power["b"] or 1), mod) != r:
        return None  # (a residue out of range, or a false claim)
    asked = _REMAINDER_Q.match(last_sentence(question)) or _MOD_Q.match(last_sentence(question))
    if asked is None or len(_REMAINDERS.findall(question)) > 1:
        return None  # (another thing asked, or another remainder named: which one the answer gives is not read)
    if _plain(asked["x"]) != _plain(head) or int(_plain(asked["m"])) != mod:
        return None
    return str(r)
