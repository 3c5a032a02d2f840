"""What one comparison knows about its item: the question (and what it asks: an order, a rounding), the
deadline, and the evidence the rules collect. Shared by compare.py, labels.py and scalar.py."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..deadline import Deadline
from . import units
from .numeric import asks_exact, asks_rounding

# Questions that make the order of a bare list part of the answer. Without such a cue a bare list
# (no brackets) is compared as a multiset: gold annotations often list values in another order than
# the question asks ("minimum and maximum" answered "5, 1"), and "find all" answers are sets.
# A cue counts only when it is about the answer: in a sentence that asks for something, after the asking word
# ("list them in increasing order"), not when it describes the problem's data ("four numbers form a geometric
# sequence in order"). "ordered pairs" says what each element is, not that the list is ordered.
_ORDER_CUES = re.compile(
    r"\b(in (?:that|this|the same) order|respectively|ordered(?!\s+(?:pairs?|triples?|tuples?|quadruples?))|in order"
    r"|from (?:smallest|largest|least|greatest)|ascending|descending|(?:increasing|decreasing) order)\b", re.I)
_ORDER_ASK = re.compile(r"(?i)\b(?:find|determine|list|write|express|give|enter|arrange|order|put|what|which|how|"
                        r"compute|calculate|answer|sort|rank)\b")


# A question in numbered parts ("(1) Find the minimum of f. (2) Find the maximum of g.", `(I)`, `(Ⅰ)`, `(a)`) asks
# one answer per part: a bare list answers them in the parts' order (`5, 3` for gold `3, 5` swaps the parts).
# Lower-case letters only: `(A) (B)` are a choice's options.
# (two searches, the second after the first: linear on any question)
_PART_1 = re.compile(r"(?<![\w\\])\(\s*(?:1|I|i|a|Ⅰ)\s*\)(?!\s*[=,)])")
_PART_2 = re.compile(r"(?<![\w\\])\(\s*(?:2|II|ii|b|Ⅱ)\s*\)(?!\s*[=,)])")
_SENTENCE = re.compile(r"[^.?!;\n]+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# closing instructions that ask nothing themselves ("Answer yes or no.", "Justify your answer."): the sentence before
# them asks
_INSTRUCTION = re.compile(r"(?i)(?<=[.!?])\s+(?:answer\s+(?:with\s+)?(?:\\text\{)?yes\}?\s+or\s+(?:\\text\{)?no\}?|"
                          r"(?:justify|explain|prove)\s+your\s+(?:answer|reasoning|claim)|explain\s+why|give\s+reasons?)"
                          r"\s*[.!]?\s*\Z")


@functools.lru_cache(maxsize=1024)  # (one question, many rollouts)
def last_sentence(question: str) -> str:
    """The question's last sentence (after `. ` / `! ` / `? ` and a capital): where it asks ("Can the board be
    tiled?", "What is its area in square meters?"); a closing instruction ("Answer yes or no.") is not it."""
    return _SENTENCE_BREAK.split(_INSTRUCTION.sub("", question.strip()))[-1]


_ASK_WORD = re.compile(r"(?i)\b(?:what|how|find|determine|compute|calculate|which|when|who)\b|求|计算")


# where what is asked ends and its conditions begin ("... of a triangle with base 6", "... whose perimeter is 28")
_ASK_CONDITION = re.compile(r"(?i)\s(?:whose|which|where|with|if|given|such\s+that|so\s+that|when|whenever)\b")


@functools.lru_cache(maxsize=1024)  # (one question, many rollouts and several readers of each)
def asked_tail(question: str | None) -> str:
    """What the question asks, without its conditions: the asking sentence (its last question, else its last
    sentence) from its last asking word on, up to a condition ("what is its perimeter?" of "If the area of a square is
    36, what is its perimeter?"; "What is the area of a triangle" of "... with base 6 and height 4?"). "" without a
    question."""
    if not question:
        return ""
    sentences = _SENTENCE_BREAK.split(question.strip())
    last = next((x for x in reversed(sentences) if "?" in x), sentences[-1])
    asks = list(_ASK_WORD.finditer(last))
    tail = last[asks[-1].start():] if asks else last
    cut = _ASK_CONDITION.search(tail, 4)
    return tail[:cut.start()] if cut else tail


def in_asking_sentence(words: list[str], question: str | None, whole: bool = True) -> bool:
    """Every word (lower case) stands in the question's asking sentence (last_sentence): as a whole word, or with
    `whole=False` as a word's start ("distance" in "distances"). No question: False."""
    if not question:
        return False
    asked = last_sentence(question).lower()
    end = r"\b" if whole else ""
    return all(re.search(rf"\b{re.escape(w)}{end}", asked) for w in words)


# a LaTeX command word (`\frac`, `\pi`, `\text`): what is read as markup, not as letters of the value
COMMAND = re.compile(r"\\[A-Za-z]+")

# A question about where a function increases or decreases. Whether an interval of monotonicity includes its
# finite ends is a convention (a function increasing on [a, b] increases on (a, b) too; textbooks and graders
# accept either): an answer that opens an end the gold closes is the same answer. Closing an end the gold leaves
# open is not (the function may be undefined there: ln x on (0, oo)).
# Only when that interval is what is asked: "f is increasing on [1, +oo); find the range of a" asks a set of
# parameters, whose ends matter (a = 1 in or out), so a question that asks a range or a value is left out.
_MONOTONIC = re.compile(r"(?i)\b(?:monotonic(?:ally)?\s+(?:increasing\s+|decreasing\s+)?|increasing\s+|decreasing\s+)"
                        r"intervals?\b|\bintervals?\s+(?:of\s+(?:monotonicity|increase|decrease)|(?:where|on\s+which)"
                        r"\s+[^.?;]{0,40}?\b(?:is|are)\s+(?:monotonic(?:ally)?\s+)?(?:increasing|decreasing)\b)")
_ASKS_OTHER = re.compile(r"(?i)\brange\b|\bvalues?\s+of\b|\bparameter|\bmaximum\b|\bminimum\b")


@functools.lru_cache(maxsize=1024)
def asks_monotonic(question: str | None) -> bool:
    return bool(question) and _MONOTONIC.search(question) is not None and _ASKS_OTHER.search(question) is None


@functools.lru_cache(maxsize=1024)  # (a GRPO group asks one question 8-16 times; a pure function of the text)
def asks_order(question: str | None) -> bool:
    if not question:
        return False
    first = _PART_1.search(question)
    if first and _PART_2.search(question, first.end() + 3):
        return True
    for m in _SENTENCE.finditer(question):
        sent = m.group()
        cue = _ORDER_CUES.search(sent)
        ask = _ORDER_ASK.search(sent)
        if cue and ask and ask.start() < cue.start():
            return True
    return False


# Qualifiers that only quantify a parameter ("for some integer t", "where k is an integer") carry no
# extra condition and may be dropped; any other trailing clause makes the item UNSURE.
@dataclass
class Ctx:
    question: str | None
    deadline: Deadline | None
    ordered: bool = False  # the question asks for an order
    evidence: list[str] = field(default_factory=list)
    rounding: str = "stated"  # the approximation policy (numeric.py)
    asks_round: bool = False  # the question asks to round / approximate
    asks_exact: bool = False  # the question asks for the exact value (numeric.asks_exact)
    integer_letters: set[str] = field(default_factory=set)  # letters the gold declares integers (`k \\in \\mathbb{Z}`)

    @classmethod
    def build(cls, question: str | None, deadline: Deadline | None, rounding: str = "stated") -> "Ctx":
        return cls(question, deadline, ordered=asks_order(question), rounding=rounding,
                   asks_round=asks_rounding(question), asks_exact=asks_exact(question))

    @functools.cached_property
    def nouns(self) -> frozenset[str]:
        """The question's words (read once per item: every list element and label asks for them)."""
        return units.question_nouns(self.question)

    def note(self, text: str) -> None:
        if text not in self.evidence:
            self.evidence.append(text)


Result = tuple  # (Outcome, method, reason)
