"""bench metrics, judge statistics and the threshold sweep, in process, with a stub verifier.

The judge is developed alongside, so the judge-mode parts of the bench are exercised here with verdicts made up
by a stub: the numbers they must produce are known exactly.
"""
from __future__ import annotations

import pytest

from verigrade import Outcome, Verdict, VerifierConfig
from verigrade.bench import percentile, run_bench, threshold_sweep
from verigrade.bench_data import Dataset, Pair
from verigrade.bench_report import format_errors, format_table, to_json


def _v(correct: bool, p_true: float | None = None, outcome: Outcome = Outcome.UNSURE) -> Verdict:
    stage = "judge" if p_true is not None else "rule"
    return Verdict(correct, float(correct), "x", "judge" if p_true is not None else "rule:none", "stub",
                   outcome=outcome, stage=stage, p_true=p_true, threshold=0.5 if p_true is not None else None)


class StubVerifier:
    """Decides by a table keyed on the response; counts like the pipeline does."""

    def __init__(self, table: dict[str, Verdict], mode: str = "addon", cached: tuple[str, ...] = ()) -> None:
        self.config = VerifierConfig(mode=mode)
        self.table = table
        self.cached = set(cached)  # responses whose judge score "comes from the cache"
        self.counters = {"items": 0, "judge_calls": 0, "judge_unavailable": 0, "guarded": 0}

    def verify(self, gold, response, question=None):
        return self.verify_batch([{"gold": gold, "response": response, "question": question}])[0]

    def verify_batch(self, items):
        items = list(items)
        self.counters["items"] += len(items)
        out = [self.table.get(it["response"], _v(True, outcome=Outcome.EQUAL)) for it in items]
        self.counters["judge_calls"] += sum(
            1 for it, v in zip(items, out) if v.p_true is not None and it["response"] not in self.cached
        )
        return out

    def close(self) -> None:
        pass


def test_percentile():
    assert percentile([], 50) is None
    assert percentile([5.0], 99) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == pytest.approx(2.5)
    assert percentile(list(map(float, range(101))), 99) == pytest.approx(99.0)


def test_threshold_sweep_keeps_rule_verdicts():
    labels = [True, True, False, False]
    verdicts = [_v(True, outcome=Outcome.EQUAL), _v(False, 0.7), _v(False, 0.3), _v(False)]
    rows = {round(r.threshold, 2): r for r in threshold_sweep(labels, verdicts, "addon")}
    # t <= 0.3: both judged items accepted -> recall 1, specificity 1/2 (the rule-rejected negative stays rejected)
    assert (rows[0.3].recall, rows[0.3].specificity) == (1.0, 0.5)
    # 0.3 < t <= 0.7: only the positive passes
    assert (rows[0.5].recall, rows[0.5].specificity) == (1.0, 1.0)
    # t > 0.7: neither; the rule-accepted positive keeps its verdict
    assert (rows[0.9].recall, rows[0.9].specificity) == (0.5, 1.0)


def test_run_bench_with_judged_items_reports_judge_stats_and_sweep():
    pairs = [Pair("1", "a", True), Pair("1", "b", True), Pair("1", "c", False), Pair("1", "d", False)]
    table = {"a": _v(True, outcome=Outcome.EQUAL), "b": _v(True, 0.8), "c": _v(False, 0.2), "d": _v(True, 0.6)}
    verifier = StubVerifier(table, cached=("d",))  # 3 judged, 2 real calls -> 1 cache hit
    r = run_bench(Dataset("stub", "pairs", pairs), verifier, batch_size=3)
    m = r.metrics
    assert (m.tp, m.fn, m.tn, m.fp) == (2, 0, 1, 1)
    assert m.recall == 1.0 and m.specificity == 0.5 and m.precision == pytest.approx(2 / 3)
    assert len(r.verigrade.latencies_ms) == 4
    assert r.judge is not None and (r.judge.judged, r.judge.calls, r.judge.cache_hits) == (3, 2, 1)
    assert r.judge.cache_hit_rate == pytest.approx(1 / 3)
    sweep = {round(s.threshold, 2): s for s in r.sweep}
    assert sweep[0.7].specificity == 1.0 and sweep[0.7].recall == 1.0
    text = format_table(r)
    assert "threshold sweep" in text and "cache hits 1" in text
    assert " 0.50" in text and "*" in text  # the configured threshold is marked
    data = to_json(r, errors=True)
    assert data["verigrade"]["judge"]["calls"] == 2 and len(data["verigrade"]["threshold_sweep"]) == 11
    assert [e["index"] for e in data["errors"]] == [3]
    assert "#3" in format_errors(r) and "#0" not in format_errors(r)


def test_rule_mode_times_each_item_and_has_no_judge_section():
    pairs = [Pair("1", str(i), i % 2 == 0) for i in range(5)]
    r = run_bench(Dataset("stub", "pairs", pairs), StubVerifier({}, mode="rule"))
    assert r.judge is None and r.sweep is None
    assert len(r.verigrade.latencies_ms) == 5 and all(t >= 0 for t in r.verigrade.latencies_ms)
    assert "threshold sweep" not in format_table(r)
    assert to_json(r)["verigrade"]["threshold_sweep"] is None
