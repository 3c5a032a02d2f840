"""The judge protocol: a batch of (question, gold, extracted answer) in, P(correct) per item out.

Every backend (one module each) implements `Judge`. Backends never raise for a single bad item: an item they
could not score gets `p_true=None` and a flag, and the pipeline falls back to the rule verdict.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence, runtime_checkable


@dataclass(frozen=True)
class JudgeItem:
    question: str | None
    gold: str
    answer: str  # the extracted final answer, never the whole response


@dataclass(frozen=True)
class JudgeScore:
    p_true: float | None  # None: the judge could not score this item (down, late, malformed reply)
    flags: tuple[str, ...] = ()  # e.g. ("judge_text_fallback",), ("judge_unavailable",)
    cached: bool = False


@runtime_checkable
class Judge(Protocol):
    """A backend. `deadline` is an absolute time.monotonic() value; items not done by then get p_true=None."""

    name: str

    def score(self, items: Sequence[JudgeItem], deadline: float | None = None) -> list[JudgeScore]: ...

    def config_key(self) -> str:
        """A string identifying backend + model + template, used in cache keys."""
        ...

    def close(self) -> None: ...
