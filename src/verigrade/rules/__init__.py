"""The rule-based equivalence engine. Entry point: `check(gold, answer, question, deadline)`."""
from .engine import check

__all__ = ["check"]
