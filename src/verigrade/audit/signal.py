"""GRPO learning signal: how many prompt groups carry a gradient under each verifier.

GRPO normalises rewards within a group of responses to one prompt; a group whose rewards are all equal has zero
advantage everywhere and teaches nothing. So the useful number is the share of *mixed* groups, and the number a
better verifier should move is "all-zero -> mixed": prompts the policy did solve, whose correct answers the
baseline rejected. Rewards are floats (mixed mode gives scores in [0, 1]); a group is uniform when all rewards
are equal, and then `all_zero` (all 0), `all_one` (all 1) or `uniform_other`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

KINDS = ("all_zero", "all_one", "mixed", "uniform_other")
_EPS = 1e-12


@dataclass(frozen=True)
class Reward:
    """One response's rewards under both verifiers, with its group and data source."""

    group: str
    source: str
    baseline: float
    verigrade: float


def group_kind(rewards: Sequence[float]) -> str:
    lo, hi = min(rewards), max(rewards)
    if hi - lo > _EPS:
        return "mixed"
    if abs(lo) <= _EPS:
        return "all_zero"
    if abs(lo - 1.0) <= _EPS:
        return "all_one"
    return "uniform_other"


def _variance(xs: Sequence[float]) -> float:
    m = sum(xs) / len(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)  # population variance, what GRPO's std is built from


def _side(groups: list[list[float]]) -> dict:
    kinds = Counter(group_kind(g) for g in groups)
    n = len(groups)
    flat = [x for g in groups for x in g]
    out = {k: kinds.get(k, 0) for k in KINDS}
    out["mixed_share"] = round(kinds.get("mixed", 0) / n, 6) if n else 0.0
    out["reward_mean"] = round(sum(flat) / len(flat), 6) if flat else 0.0
    out["mean_group_variance"] = round(sum(_variance(g) for g in groups) / n, 6) if n else 0.0
    return out


def block(groups: dict[str, list[Reward]]) -> dict:
    """Metrics for one set of groups (all of them, or one data source's)."""
    base = [[r.baseline for r in rs] for rs in groups.values()]
    vg = [[r.verigrade for r in rs] for rs in groups.values()]
    trans = Counter(f"{group_kind(b)}->{group_kind(v)}" for b, v in zip(base, vg))
    return {
        "groups": len(groups),
        "responses": sum(len(rs) for rs in groups.values()),
        "baseline": _side(base),
        "verigrade": _side(vg),
        "zero_to_mixed": trans.get("all_zero->mixed", 0),
        "zero_to_one": trans.get("all_zero->all_one", 0),
        "transitions": {k: trans[k] for k in sorted(trans) if k.split("->")[0] != k.split("->")[1]},
    }


def signal_metrics(rewards: Iterable[Reward]) -> dict:
    """{"overall": block, "by_source": {source: block}}. A group belongs to the source of its first response."""
    groups: dict[str, list[Reward]] = defaultdict(list)
    for r in rewards:
        groups[r.group].append(r)
    by_source: dict[str, dict[str, list[Reward]]] = defaultdict(dict)
    for key, rs in groups.items():
        by_source[rs[0].source][key] = rs
    return {
        "overall": block(groups),
        "by_source": {src: block(gs) for src, gs in sorted(by_source.items())},
    }
