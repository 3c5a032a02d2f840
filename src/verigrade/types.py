"""Small typed results shared by every stage: extraction -> rules -> judge -> pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Outcome(str, Enum):
    """The rule engine's three answers. Only EQUAL is correct; only UNSURE may go to a judge."""

    EQUAL = "equal"
    DIFFERENT = "different"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Extraction:
    """The final answer found in a response, and how it was found."""

    answer: str | None
    source: str  # "boxed", "answer_tag", "final_answer", "the_answer_is", "gsm8k", "think_tail", "bare", "none"
    flags: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()  # every distinct final answer seen (e.g. several \boxed{})


@dataclass(frozen=True)
class RuleResult:
    """What the equivalence engine decided, and its evidence (which normalisation made them equal)."""

    outcome: Outcome
    method: str  # e.g. "rule:numeric", "rule:interval", "rule:none"
    reason: str
    evidence: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The public result of verifying one response."""

    correct: bool
    score: float
    answer: str | None
    method: str
    reason: str
    flags: tuple[str, ...] = ()
    outcome: Outcome = Outcome.UNSURE
    stage: str = "rule"  # which stage decided: "extract", "rule", "guard", "judge"
    p_true: float | None = None
    threshold: float | None = None
    evidence: tuple[str, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict:
        return {
            "correct": self.correct,
            "score": self.score,
            "answer": self.answer,
            "method": self.method,
            "reason": self.reason,
            "flags": list(self.flags),
            "outcome": self.outcome.value,
            "stage": self.stage,
            "p_true": self.p_true,
            "threshold": self.threshold,
            "evidence": list(self.evidence),
        }
