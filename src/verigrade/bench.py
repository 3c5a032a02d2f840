"""`verigrade bench`: run verigrade (and optionally a baseline) on labelled pairs, and measure.

Input loading lives in `bench_data.py`, rendering in `bench_report.py`, argument parsing in `cli.py`.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Sequence

from .bench_data import BenchError, Dataset, Pair, load_pairs
from .types import Verdict

__all__ = ["BenchError", "BenchResult", "Dataset", "Metrics", "Pair", "SystemRun", "load_pairs", "run_bench"]

SWEEP_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)


# ----------------------------------------------------------------------------------------------- runs
@dataclass
class SystemRun:
    """One system's decisions on every pair, with per-item latency (ms) and the whole run's wall time."""

    name: str
    accepted: list[bool]
    latencies_ms: list[float]
    total_s: float
    answers: list[str | None]
    details: list[str]  # a one-line "why" per item, for --errors
    verdicts: list[Verdict] | None = None  # verigrade only
    counters: dict[str, Any] = field(default_factory=dict)  # verigrade only: Verifier.counters during the run
    timing: str = "timed per item"  # how latencies_ms were measured
    exceptions: int = 0


def run_verigrade(pairs: Sequence[Pair], verifier: Any, batch_size: int = 64) -> SystemRun:
    """Rule mode: time `verify()` per item. Judge modes: `verify_batch` per chunk (the judge batches), and each
    item's latency is its chunk's time divided by the chunk size."""
    # two untimed calls: the engine, and the units path (pint's registry loads on its first unknown word)
    _warm_up(lambda: (verifier.verify("1", "\\boxed{1}"), verifier.verify("5", "\\boxed{5 \\text{ widgets}}")))
    before = dict(getattr(verifier, "counters", {}) or {})  # so the warm-up call is not counted
    verdicts: list[Verdict] = []
    lat: list[float] = []
    start = time.perf_counter()
    if verifier.config.mode == "rule":
        for p in pairs:
            t0 = time.perf_counter()
            verdicts.append(verifier.verify(p.gold, p.response, p.question))
            lat.append((time.perf_counter() - t0) * 1e3)
    else:
        for i in range(0, len(pairs), batch_size):
            chunk = pairs[i : i + batch_size]
            t0 = time.perf_counter()
            verdicts.extend(verifier.verify_batch(
                [{"gold": p.gold, "response": p.response, "question": p.question} for p in chunk]
            ))
            lat.extend([(time.perf_counter() - t0) * 1e3 / len(chunk)] * len(chunk))
    total = time.perf_counter() - start
    timing = "timed per item" if verifier.config.mode == "rule" else f"batch time / items (batches of {batch_size})"
    details = [f"{v.method}: {v.reason}" + (f" [{', '.join(v.flags)}]" if v.flags else "") for v in verdicts]
    return SystemRun("verigrade", [v.correct for v in verdicts], lat, total, [v.answer for v in verdicts],
                     details, verdicts, _delta(before, dict(getattr(verifier, "counters", {}) or {})),
                     timing=timing)


def _delta(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {k: (v - before.get(k, 0) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
            for k, v in after.items()}


def load_math_verify() -> tuple[Callable, Callable]:
    try:
        from math_verify import parse, verify  # type: ignore[import-not-found]
    except ImportError:
        raise BenchError(
            "the math-verify baseline is not installed; install it with:  pip install -e '.[baselines]'"
        ) from None
    return parse, verify


def run_math_verify(pairs: Sequence[Pair]) -> SystemRun:
    """HF Math-Verify, timed per item like verigrade: parse(gold) + parse(response) + verify, on the main thread
    (its timeouts use signal.alarm, which only works there)."""
    parse, verify = load_math_verify()

    def wrap(s: str) -> str:
        # Math-Verify's docs: LaTeX needs delimiters, or it is read as a plain expression (`f(x) = \frac{1}{x}`
        # parses to nothing). Golds always get this; responses only when they are bare answers (HardVerify's
        # fn/tn outputs): a whole model response is parsed as is, as Math-Verify is meant to be used.
        return s if ("$" in s or "\\boxed" in s) else f"${s}$"

    def one(p: Pair) -> tuple[bool, str | None, str]:
        g = parse(wrap(p.gold))
        a = parse(wrap(p.response) if p.bare else p.response)
        answer = str(a[1]) if len(a) > 1 else (str(a[0]) if a else None)
        if not g:
            return False, answer, "gold did not parse"
        if not a:
            return False, answer, "no answer parsed"
        ok = bool(verify(g, a))
        return ok, answer, f"verify({g[0]!s:.40}, {a[0]!s:.40}) = {ok}"

    _warm_up(lambda: one(Pair("1", "\\boxed{1}", True)))
    accepted, lat, answers, details, exceptions = [], [], [], [], 0
    start = time.perf_counter()
    for p in pairs:
        t0 = time.perf_counter()
        try:
            ok, answer, why = one(p)
        except Exception as exc:  # a baseline crash on one item counts as a rejection, not a bench failure
            ok, answer, why = False, None, f"raised {type(exc).__name__}: {exc}"
            exceptions += 1
        lat.append((time.perf_counter() - t0) * 1e3)
        accepted.append(ok)
        answers.append(answer)
        details.append(why)
    return SystemRun("math-verify", accepted, lat, time.perf_counter() - start, answers, details,
                     exceptions=exceptions)


def run_rules(pairs: Sequence[Pair], config: Any = None) -> SystemRun:
    """verigrade's own rule mode on the same pairs (same rounding policy): the column a judge mode is compared to."""
    from .pipeline import Verifier

    v = Verifier(mode="rule", rounding=getattr(config, "rounding", None))
    run = run_verigrade(pairs, v)
    run.name = "rules"
    return run


BASELINES: dict[str, Callable[..., SystemRun]] = {"math-verify": run_math_verify, "rule": run_rules}


def _warm_up(fn: Callable[[], Any]) -> None:
    """One untimed call, so lazy imports and first-use caches are not billed to item 1."""
    try:
        fn()
    except Exception:
        pass


# ----------------------------------------------------------------------------------------------- metrics
@dataclass(frozen=True)
class Metrics:
    n: int
    tp: int  # correct answers accepted
    fn: int  # correct answers rejected
    tn: int  # wrong answers rejected
    fp: int  # wrong answers accepted
    recall: float | None
    specificity: float | None
    accuracy: float | None
    precision: float | None
    throughput: float | None  # items/s over the whole run
    latency_p50_ms: float | None
    latency_p99_ms: float | None
    latency_max_ms: float | None
    total_s: float


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), q in [0, 100]."""
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def confusion(labels: Sequence[bool], accepted: Sequence[bool]) -> tuple[int, int, int, int]:
    tp = sum(1 for y, a in zip(labels, accepted) if y and a)
    fn = sum(1 for y, a in zip(labels, accepted) if y and not a)
    tn = sum(1 for y, a in zip(labels, accepted) if not y and not a)
    fp = sum(1 for y, a in zip(labels, accepted) if not y and a)
    return tp, fn, tn, fp


def compute_metrics(labels: Sequence[bool], run: SystemRun) -> Metrics:
    tp, fn, tn, fp = confusion(labels, run.accepted)
    n = len(labels)
    return Metrics(
        n=n, tp=tp, fn=fn, tn=tn, fp=fp,
        recall=_ratio(tp, tp + fn), specificity=_ratio(tn, tn + fp),
        accuracy=_ratio(tp + tn, n), precision=_ratio(tp, tp + fp),
        throughput=n / run.total_s if run.total_s > 0 else None,
        latency_p50_ms=percentile(run.latencies_ms, 50), latency_p99_ms=percentile(run.latencies_ms, 99),
        latency_max_ms=max(run.latencies_ms) if run.latencies_ms else None,
        total_s=run.total_s,
    )


@dataclass(frozen=True)
class SweepRow:
    threshold: float
    recall: float | None
    specificity: float | None
    accuracy: float | None


def threshold_sweep(labels: Sequence[bool], verdicts: Sequence[Verdict], mode: str) -> list[SweepRow]:
    """What recall/specificity would be if judged items were accepted at each threshold. Items the rules decided
    (no p_true) keep their verdict. In mixed mode the threshold applies to the blended score, as in the pipeline."""
    rows = []
    for t in SWEEP_THRESHOLDS:
        acc = []
        for v in verdicts:
            if v.p_true is None:
                acc.append(v.correct)
            else:
                acc.append((v.score if mode == "mixed" else v.p_true) >= t)
        tp, fn, tn, fp = confusion(labels, acc)
        rows.append(SweepRow(t, _ratio(tp, tp + fn), _ratio(tn, tn + fp), _ratio(tp + tn, len(labels))))
    return rows


@dataclass(frozen=True)
class JudgeStats:
    judged: int  # items whose verdict carries P(True)
    calls: int  # judge requests actually made (cache misses)
    cache_hits: int
    cache_hit_rate: float | None
    unavailable: int
    guarded: int
    extra: dict[str, Any]  # whatever else the judge runner reports


def judge_stats(verifier: Any, verdicts: Sequence[Verdict], counters: dict[str, Any]) -> JudgeStats:
    c = counters
    judged = sum(1 for v in verdicts if v.p_true is not None)
    calls = int(c.get("judge_calls", 0) or 0)
    hits = c.get("judge_cache_hits")
    hits = int(hits) if isinstance(hits, (int, float)) else max(0, judged - calls)
    extra: dict[str, Any] = dict(verifier.judge_stats) if hasattr(verifier, "judge_stats") else {}
    return JudgeStats(judged, calls, hits, _ratio(hits, judged), int(c.get("judge_unavailable", 0) or 0),
                      int(c.get("guarded", 0) or 0), extra)


# ----------------------------------------------------------------------------------------------- the bench
@dataclass
class BenchResult:
    dataset: Dataset
    config: dict[str, Any]
    verigrade: SystemRun
    metrics: Metrics
    outcomes: dict[str, int]
    flags: dict[str, int]
    methods: dict[str, int]
    stages: dict[str, int]
    counters: dict[str, Any]
    judge: JudgeStats | None = None
    sweep: list[SweepRow] | None = None
    baseline: SystemRun | None = None
    baseline_metrics: Metrics | None = None

    @property
    def labels(self) -> list[bool]:
        return [p.label for p in self.dataset.pairs]

    @property
    def speed_ratio(self) -> float | None:
        """verigrade throughput / baseline throughput (>1: verigrade is faster)."""
        a = self.metrics.throughput
        b = self.baseline_metrics.throughput if self.baseline_metrics else None
        return a / b if a and b else None

    def disagreements(self) -> list[int]:
        """Indices where verigrade or the baseline disagrees with the label."""
        out = []
        for i, p in enumerate(self.dataset.pairs):
            wrong = self.verigrade.accepted[i] != p.label
            if self.baseline is not None:
                wrong = wrong or self.baseline.accepted[i] != p.label
            if wrong:
                out.append(i)
        return out


def run_bench(dataset: Dataset, verifier: Any, baseline: str | None = None, batch_size: int = 64) -> BenchResult:
    if not dataset.pairs:
        raise BenchError(f"no labelled pairs in {dataset.source}")
    base_fn = None
    if baseline is not None:
        if baseline not in BASELINES:
            raise BenchError(f"unknown baseline {baseline!r}; choose from {', '.join(BASELINES)}")
        base_fn = BASELINES[baseline]
        if baseline == "math-verify":
            load_math_verify()  # fail before the (possibly long) verigrade run, not after it
    labels = [p.label for p in dataset.pairs]
    run = run_verigrade(dataset.pairs, verifier, batch_size)
    verdicts = run.verdicts or []
    config = {k: v for k, v in asdict(verifier.config).items() if k != "judge_api_key"}
    if config.get("judge_threshold") is None:  # unset: report the threshold the judge stage actually used
        config["judge_threshold"] = next((v.threshold for v in verdicts if v.threshold is not None), None)
    result = BenchResult(
        dataset=dataset,
        config=config,
        verigrade=run,
        metrics=compute_metrics(labels, run),
        outcomes={o: 0 for o in ("equal", "different", "unsure")}
        | dict(Counter(v.outcome.value for v in verdicts)),
        flags=dict(Counter(f for v in verdicts for f in v.flags).most_common()),
        methods=dict(Counter(v.method for v in verdicts).most_common()),
        stages=dict(Counter(v.stage for v in verdicts).most_common()),
        counters=run.counters,
    )
    if any(v.p_true is not None for v in verdicts):
        result.judge = judge_stats(verifier, verdicts, run.counters)
        result.sweep = threshold_sweep(labels, verdicts, verifier.config.mode)
    if base_fn is not None:
        result.baseline = base_fn(dataset.pairs, verifier.config) if baseline == "rule" else base_fn(dataset.pairs)
        result.baseline_metrics = compute_metrics(labels, result.baseline)
    return result


def by_category(result: BenchResult) -> dict[str, dict[str, int]]:
    """Per category: n, and how many decisions each system got right (agreed with the label)."""
    out: dict[str, dict[str, int]] = {}
    for i, p in enumerate(result.dataset.pairs):
        if p.category is None:
            continue
        row = out.setdefault(p.category, {"n": 0, "verigrade": 0} | ({"baseline": 0} if result.baseline else {}))
        row["n"] += 1
        row["verigrade"] += result.verigrade.accepted[i] == p.label
        if result.baseline is not None:
            row["baseline"] += result.baseline.accepted[i] == p.label
    return out
