"""Pick the judge's threshold on the held-out validation split.

A judge that accepts wrong answers teaches the policy to exploit it, so the threshold is chosen for precision
first: the lowest threshold whose specificity (wrong answers rejected) is at least `min_specificity`, which is the
one with the most recall among those that keep specificity. Never calibrate on a benchmark you report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Point:
    threshold: float
    recall: float  # true pairs accepted
    specificity: float  # false pairs rejected
    accepted: int


def rates(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> Point:
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    tp = sum(s >= threshold for s in pos)
    fp = sum(s >= threshold for s in neg)
    return Point(threshold, tp / len(pos) if pos else 0.0, 1.0 - fp / len(neg) if neg else 1.0, tp + fp)


def pick_threshold(scores: Sequence[float], labels: Sequence[bool], min_specificity: float = 0.99) -> Point:
    """The lowest threshold (among the observed scores, plus 1.0) with specificity >= min_specificity.

    Candidates are the scores themselves: between two observed scores nothing changes, and the lowest threshold
    accepting a given set is that set's smallest score. Falls back to a threshold above every score (accept
    nothing) when no observed one reaches the target. Raises if there are no negatives to measure against.
    """
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    if not any(not y for y in labels):
        raise ValueError("need at least one negative (label False) to measure specificity")
    for t in sorted({float(s) for s in scores}):
        p = rates(scores, labels, t)
        if p.specificity >= min_specificity:
            return p
    return rates(scores, labels, 1.0 + 1e-9)


def sweep(scores: Sequence[float], labels: Sequence[bool],
          thresholds: Sequence[float] = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)) -> list[Point]:
    return [rates(scores, labels, t) for t in thresholds]


def format_sweep(points: Sequence[Point], chosen: Point | None = None) -> str:
    lines = ["threshold  recall  specificity  accepted"]
    rows = list(points) + ([chosen] if chosen is not None else [])
    for p in sorted(rows, key=lambda p: p.threshold):
        mark = "  <- chosen" if chosen is not None and p is chosen else ""
        lines.append(f"{p.threshold:9.4f}  {p.recall:6.3f}  {p.specificity:11.3f}  {p.accepted:8d}{mark}")
    return "\n".join(lines)
