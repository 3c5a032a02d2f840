"""Rendering a BenchResult: an aligned text table, a disagreement list, or one JSON object."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .bench import BenchResult, Metrics, SystemRun, by_category

_WIDTH = 100  # truncation width for gold/response/reason in --errors


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


def _ms(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def _rate(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"


def _rows(m: Metrics) -> list[tuple[str, str]]:
    return [
        ("n", str(m.n)),
        ("recall (correct accepted)", _pct(m.recall)),
        ("specificity (wrong rejected)", _pct(m.specificity)),
        ("accuracy", _pct(m.accuracy)),
        ("precision", _pct(m.precision)),
        ("TP / FN", f"{m.tp} / {m.fn}"),
        ("TN / FP", f"{m.tn} / {m.fp}"),
        ("throughput (items/s)", _rate(m.throughput)),
        ("latency p50 (ms)", _ms(m.latency_p50_ms)),
        ("latency p99 (ms)", _ms(m.latency_p99_ms)),
        ("latency max (ms)", _ms(m.latency_max_ms)),
    ]


def _counts(d: dict[str, Any], indent: int = 10, width: int = 100) -> str:
    """`a 3 · b 2 · …`, wrapped onto indented lines so long method/flag lists stay readable."""
    if not d:
        return "none"
    parts = [f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}" for k, v in d.items()]
    lines, cur = [], ""
    for part in parts:
        if cur and indent + len(cur) + 3 + len(part) > width:
            lines.append(cur + " ·")
            cur = part
        else:
            cur = f"{cur} · {part}" if cur else part
    lines.append(cur)
    return ("\n" + " " * indent).join(lines)


def _one_line(s: str | None, width: int = _WIDTH) -> str:
    if s is None:
        return "(none)"
    s = " ".join(s.split())  # newlines and runs of spaces -> one space
    return s if len(s) <= width else s[: width - 1] + "…"


def format_table(r: BenchResult) -> str:
    ds, m = r.dataset, r.metrics
    pos = sum(r.labels)
    out = [
        f"verigrade bench: {ds.source}",
        f"format {ds.format} · {m.n} pairs ({pos} correct, {m.n - pos} wrong)"
        + (f" · {len(ds.bad_lines)} bad line(s) skipped" if ds.bad_lines else "")
        + (f" · {len(ds.contested)} left out (contested label: suggested_label)" if ds.contested else ""),
        f"mode {r.config.get('mode')} · latency {r.verigrade.timing}",
        "",
    ]
    cols = [("verigrade", _rows(m))]
    if r.baseline_metrics is not None and r.baseline is not None:
        cols.append((r.baseline.name, _rows(r.baseline_metrics)))
    label_w = max(len(k) for k, _ in cols[0][1])
    widths = [max(len(name), *(len(v) for _, v in rows)) for name, rows in cols]
    out.append(" " * label_w + "".join(f"  {name:>{w}}" for (name, _), w in zip(cols, widths)))
    for i, (label, _) in enumerate(cols[0][1]):
        out.append(f"{label:<{label_w}}" + "".join(f"  {rows[i][1]:>{w}}" for (_, rows), w in zip(cols, widths)))
    if r.baseline is not None:
        ratio = r.speed_ratio
        out.append(f"speed ratio verigrade/{r.baseline.name}: " + ("–" if ratio is None else f"{ratio:,.1f}x"))
        if r.baseline.exceptions:
            out.append(f"{r.baseline.name} raised on {r.baseline.exceptions} item(s) (counted as rejections)")
    out += [
        "",
        f"outcomes  {_counts(r.outcomes)}",
        f"stages    {_counts(r.stages)}",
        f"methods   {_counts(r.methods)}",
        f"flags     {_counts(r.flags)}",
    ]
    unavailable = r.counters.get("judge_unavailable", 0)
    if unavailable:
        out.append(f"note      the judge was unavailable for {unavailable} item(s); they kept their rule verdict")
    if r.judge is not None:
        j = r.judge
        out.append(
            f"judge     judged {j.judged} · calls {j.calls} · cache hits {j.cache_hits} ({_pct(j.cache_hit_rate)})"
            f" · unavailable {j.unavailable} · guarded {j.guarded}"
        )
        if j.extra:
            out.append(f"judge run {_counts(j.extra)}")
    cats = by_category(r)
    if cats:
        out += ["", _category_table(cats, r.baseline.name if r.baseline else None)]
    if r.sweep:
        out += ["", _sweep_table(r)]
    return "\n".join(out)


def _category_table(cats: dict[str, dict[str, int]], baseline: str | None) -> str:
    names = ["verigrade"] + ([baseline] if baseline else [])
    cw = max(len("category"), *(len(c) for c in cats))
    lines = ["decisions that agree with the label, by category",
             f"{'category':<{cw}}  {'n':>4}" + "".join(f"  {n:>11}" for n in names)]
    for c, row in sorted(cats.items()):
        n = row["n"]
        vals = [f"{row['verigrade']}/{n}"] + ([f"{row['baseline']}/{n}"] if baseline else [])
        lines.append(f"{c:<{cw}}  {n:>4}" + "".join(f"  {v:>11}" for v in vals))
    return "\n".join(lines)


def _sweep_table(r: BenchResult) -> str:
    thr = r.config.get("judge_threshold")
    what = "score" if r.config.get("mode") == "mixed" else "P(True)"
    lines = [
        f"threshold sweep: judged items accepted when {what} >= t; rule-decided items keep their verdict",
        f"{'t':>6}  {'recall':>8}  {'specificity':>11}  {'accuracy':>8}",
    ]
    for row in r.sweep or []:
        mark = " *" if thr is not None and abs(row.threshold - thr) < 1e-9 else ""
        lines.append(f"{row.threshold:>6.2f}  {_pct(row.recall):>8}  {_pct(row.specificity):>11}  "
                     f"{_pct(row.accuracy):>8}{mark}")
    return "\n".join(lines)


def _decision(run: SystemRun, i: int, label: bool) -> str:
    acc = run.accepted[i]
    return f"{'ACCEPT' if acc else 'REJECT'} ({'right' if acc == label else 'WRONG'})"


def error_records(r: BenchResult) -> list[dict[str, Any]]:
    recs = []
    for i in r.disagreements():
        p = r.dataset.pairs[i]
        rec: dict[str, Any] = {
            "index": i, "line": p.line, "label": p.label, "category": p.category,
            "gold": p.gold, "response": p.response,
            "verigrade": {"accepted": r.verigrade.accepted[i], "answer": r.verigrade.answers[i],
                          **({} if not r.verigrade.verdicts else _verdict_brief(r.verigrade.verdicts[i]))},
        }
        if r.baseline is not None:
            rec["baseline"] = {"name": r.baseline.name, "accepted": r.baseline.accepted[i],
                               "answer": r.baseline.answers[i], "detail": r.baseline.details[i]}
        recs.append(rec)
    return recs


def _verdict_brief(v: Any) -> dict[str, Any]:
    return {"method": v.method, "reason": v.reason, "flags": list(v.flags), "outcome": v.outcome.value,
            "stage": v.stage, "p_true": v.p_true}


def format_errors(r: BenchResult) -> str:
    idx = r.disagreements()
    who = "verigrade" + (f" or {r.baseline.name}" if r.baseline else "")
    if not idx:
        return f"no disagreements: {who} agreed with every label"
    lines = [f"disagreements with the label ({who}): {len(idx)}"]
    for i in idx:
        p = r.dataset.pairs[i]
        lines += [
            "",
            f"#{i}  line {p.line}  label {'correct' if p.label else 'wrong'}"
            + (f"  category {p.category}" if p.category else ""),
            f"  gold         {_one_line(p.gold)}",
            f"  response     {_one_line(p.response)}",
            f"  verigrade    {_decision(r.verigrade, i, p.label)}  answer: {_one_line(r.verigrade.answers[i], 40)}",
            f"               {_one_line(r.verigrade.details[i])}",
        ]
        if r.baseline is not None:
            name = f"{r.baseline.name:<12}"
            lines += [
                f"  {name} {_decision(r.baseline, i, p.label)}  answer: {_one_line(r.baseline.answers[i], 40)}",
                f"               {_one_line(r.baseline.details[i])}",
            ]
    return "\n".join(lines)


def to_json(r: BenchResult, errors: bool = False) -> dict[str, Any]:
    ds = r.dataset
    pos = sum(r.labels)
    vg: dict[str, Any] = asdict(r.metrics) | {
        "timing": r.verigrade.timing,
        "outcomes": r.outcomes, "flags": r.flags, "methods": r.methods, "stages": r.stages,
        "counters": r.counters,
        "judge": asdict(r.judge) if r.judge else None,
        "threshold_sweep": [asdict(s) for s in r.sweep] if r.sweep else None,
    }
    out: dict[str, Any] = {
        "source": ds.source, "format": ds.format,
        "n": r.metrics.n, "positives": pos, "negatives": r.metrics.n - pos,
        "bad_lines": [{"line": n, "error": e} for n, e in ds.bad_lines], "n_bad_lines": len(ds.bad_lines),
        "contested_lines": ds.contested,
        "mode": r.config.get("mode"), "config": r.config,
        "verigrade": vg,
        "baseline": None, "speed_ratio": None,
        "by_category": by_category(r),
    }
    if r.baseline is not None and r.baseline_metrics is not None:
        out["baseline"] = {"name": r.baseline.name, "exceptions": r.baseline.exceptions} | asdict(r.baseline_metrics)
        out["speed_ratio"] = r.speed_ratio
    if errors:
        out["errors"] = error_records(r)
    return out
