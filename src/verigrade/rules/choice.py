"""Multiple-choice answers: the gold is one option letter of a question that offers lettered options.

`C`, `(C)`, `\\text{(C)}`, `\\textbf{(C) } 12` and `C. 12` all name option C. The rule applies only when
  - the gold is a bare option letter (A-H, optionally in parentheses or a text wrapper), and
  - the question offers lettered options: two or more of `(A)`, `A.`/`A)` at a line start, or it asks for
    "the letter" / "the correct option" / "which option" / "the answer choice";
then an answer that names a single option letter is EQUAL when it is the gold's letter and DIFFERENT otherwise
(another letter is another option). An answer that does not start with an option letter (the option's value,
say) or that names a second option (`(C) or (D)`) is not decided here. Without options in the question a bare letter may be a point or a variable (`A` vs
`C` as vertices), so nothing is decided.
"""
from __future__ import annotations

import re

from ..types import Outcome

_WRAP = re.compile(r"\\(?:text|textbf|textrm|mathrm|mathbf|mbox)\s*\{([^{}]*)\}")
_GOLD = re.compile(r"^\(?\s*([A-H])\s*\)?\.?$")
# The answer's leading option letter: "(C)", "C.", "C)", "C:" or a lone "C", then optionally the option's text.
_ANSWER = re.compile(r"^(?:\(\s*([A-H])\s*\)|([A-H])(?:[.):]|$|\s+(?![a-z])))")
_PAREN_OPTION = re.compile(r"\(([A-H])\)")
_LINE_OPTION = re.compile(r"(?m)^\s*\$?([A-H])[.)]\s")
_ASKS_LETTER = re.compile(r"\b(?:letter|correct option|which option|answer choice)\b", re.I)
_OTHER_OPTION = re.compile(r"\(\s*[A-H]\s*\)|\b[A-H]\b")


def _unwrap(s: str) -> str:
    for _ in range(3):  # \textbf{\text{(C)}}: a few levels are plenty
        s = _WRAP.sub(r"\1", s)
    return s.replace("$", "").strip()


def offers_options(question: str | None) -> bool:
    if not question:
        return False
    letters = set(_PAREN_OPTION.findall(question)) | set(_LINE_OPTION.findall(question))
    return len(letters) >= 2 or _ASKS_LETTER.search(question) is not None


def compare_choice(gold: str, answer: str, question: str | None) -> tuple[Outcome, str] | None:
    """(EQUAL | DIFFERENT, reason) when both name an option letter of a multiple-choice question, else None."""
    g = _GOLD.match(_unwrap(gold))
    if not g or not offers_options(question):
        return None
    a = _ANSWER.match(_unwrap(answer))
    if not a:
        return None
    if _OTHER_OPTION.search(_unwrap(answer)[a.end():]):
        return None  # "(C) or (D)": a hedge over options is the guards' business, not a letter match
    mine, theirs = g.group(1), a.group(1) or a.group(2)
    if mine == theirs:
        return Outcome.EQUAL, f"option {mine}"
    return Outcome.DIFFERENT, f"option {theirs}, the gold is option {mine}"
