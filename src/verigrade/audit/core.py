"""`verigrade audit`: compare a baseline verifier with verigrade on rollouts, and explain the difference.

Rows are rollouts: a group id (the prompt), gold, response, question, optional data source, and optionally a
precomputed baseline reward column (e.g. `reference_rule_score`). The baseline is that column or verigrade's own
rule mode; "verigrade" is the configured Verifier (addon by default; without a judge it falls back to the rules).
Every disagreement is listed; the ones verigrade accepts (recovered false negatives) get a taxonomy category.
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from ..batch import Columns, Resolved, first_of, open_source, resolve
from .classify import CATEGORIES, SUBCATEGORIES, UNCLASSIFIED, UNCLASSIFIED_JUDGE, Category, classify
from .signal import Reward, signal_metrics

DEFAULT_BASELINE_COLUMN = "reference_rule_score"
DEFAULT_GROUP_COLUMNS = ("prompt_id", "group_id", "uid", "extra_info.index")


class AuditError(Exception):
    """A usage or input problem (exit code 2)."""


@dataclass
class Item:
    loc: int
    group: str
    source: str
    gold: str
    question: str | None
    baseline: float
    baseline_detail: dict  # {"score", "method", "reason", "answer"} (method etc. only with --baseline rule)
    verdict: Any  # verigrade's Verdict
    category: Category | None = None

    @property
    def baseline_ok(self) -> bool:
        return self.baseline >= 0.5

    @property
    def direction(self) -> str | None:
        if self.baseline_ok == self.verdict.correct:
            return None
        return "recovered" if self.verdict.correct else "rejected"


@dataclass
class AuditResult:
    input: str
    baseline: str  # "column:<name>" | "rule"
    mode: str
    items: list[Item]
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    where: str = "line"

    def to_json(self, max_text: int = 600) -> dict:
        return audit_json(self, max_text)


def _as_reward(v: Any) -> float | None:
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and v.strip().lower() in ("true", "false", "1", "0", "1.0", "0.0"):
        return 1.0 if v.strip().lower() in ("true", "1", "1.0") else 0.0
    return None


def run_audit(
    path: str,
    verifier: Any,
    *,
    baseline: str = "auto",
    baseline_column: str = DEFAULT_BASELINE_COLUMN,
    group_columns: tuple[str, ...] = DEFAULT_GROUP_COLUMNS,
    columns: Columns | None = None,
    input_format: str = "auto",
    split: str | None = None,
    chunk_size: int = 256,
    progress: bool = True,
    on_bad: Callable[[str, int, str], None] | None = None,
    verify_items: Callable[[list, Any, Any], list] | None = None,
) -> AuditResult:
    """`verify_items(items, verifier_config, bar) -> verdicts`, when given, verifies instead of this process
    (`audit --ray`: batch.ray_run.verify_items_ray)."""
    from ..batch import progress_bar

    columns = columns or Columns()
    src = open_source(path, input_format, split)
    rows: list[tuple[int, dict, Resolved]] = []
    bad: list[tuple[int, str]] = []
    for rec, _ in src.read(src.start()):
        why = rec.error
        res = None
        if rec.row is not None:
            res = resolve(rec.row, columns)
            why = res.error
            if res.error is None and isinstance(res.response, list):
                why = "a list of responses (give one rollout per row)"
        if why:
            bad.append((rec.loc, why))
            if on_bad:
                on_bad(src.where, rec.loc, why)
            continue
        rows.append((rec.loc, rec.row, res))
    if not rows:
        raise AuditError(f"{path}: no usable rows" + (f" ({len(bad)} bad)" if bad else ""))
    use_column = baseline == "reference" or (baseline == "auto" and _has_column(rows, baseline_column))
    if baseline == "reference" and not _has_column(rows, baseline_column):
        raise AuditError(f"--baseline reference needs a {baseline_column!r} column (set it with --baseline-col)")

    verdicts = _verify(rows, verifier, chunk_size, progress_bar(len(rows), 0, not progress, desc="audit"),
                       verify_items)
    base_verdicts = None
    if not use_column:
        from ..pipeline import Verifier

        base_verdicts = _verify(rows, Verifier(mode="rule", deadline_s=verifier.config.deadline_s), chunk_size,
                                progress_bar(len(rows), 0, not progress, desc="baseline"), verify_items)
    items = []
    for i, ((loc, row, res), v) in enumerate(zip(rows, verdicts)):
        if use_column:
            score = _as_reward(first_of(row, (baseline_column,))[1])
            if score is None:
                bad.append((loc, f"baseline column {baseline_column!r} is not a reward"))
                if on_bad:
                    on_bad(src.where, loc, bad[-1][1])
                continue
            detail = {"score": score, "method": f"column:{baseline_column}"}
        else:
            b = base_verdicts[i]
            score = b.score
            detail = {"score": b.score, "method": b.method, "reason": b.reason, "answer": b.answer}
        _, gid = first_of(row, group_columns)
        group = str(gid) if gid is not None else (res.question or f"row-{loc}")
        item = Item(loc, group, res.source or "(none)", res.gold, res.question, score, detail, v)
        if item.direction == "recovered":
            item.category = classify(res.gold, v.answer, v.method, v.evidence, v.stage, v.flags)
        items.append(item)
    return AuditResult(path, f"column:{baseline_column}" if use_column else "rule", verifier.config.mode, items,
                       sorted(bad), src.where)


def _has_column(rows: list, name: str) -> bool:
    return any(first_of(row, (name,))[0] is not None for _, row, _ in rows[:1000])


def _verify(rows: list, verifier: Any, chunk_size: int, bar: Any, verify_items: Callable | None = None) -> list:
    out = []
    try:
        if verify_items is not None:
            return verify_items([{"gold": r.gold, "response": r.response, "question": r.question}
                                 for _, _, r in rows], verifier.config, bar)
        for lo in range(0, len(rows), chunk_size):
            chunk = rows[lo: lo + chunk_size]
            out += verifier.verify_batch([{"gold": r.gold, "response": r.response, "question": r.question}
                                          for _, _, r in chunk])
            bar.update(len(chunk))
    finally:
        bar.close()
    return out


# ------------------------------------------------------------------------------------------------ numbers
def _rate(num: int, den: int) -> float:
    return round(num / den, 6) if den else 0.0


def _counts(items: list[Item]) -> dict:
    rejected_by_base = sum(not it.baseline_ok for it in items)
    recovered = sum(it.direction == "recovered" for it in items)
    return {
        "responses": len(items),
        "baseline_correct": sum(it.baseline_ok for it in items),
        "verigrade_correct": sum(bool(it.verdict.correct) for it in items),
        "baseline_rejected": rejected_by_base,
        "recovered": recovered,
        "rejected": sum(it.direction == "rejected" for it in items),
        "fn_rate": _rate(recovered, rejected_by_base),  # share of baseline rejections verigrade accepts
        "baseline_accuracy": _rate(sum(it.baseline_ok for it in items), len(items)),
        "verigrade_accuracy": _rate(sum(bool(it.verdict.correct) for it in items), len(items)),
    }


def category_table(items: list[Item]) -> dict:
    cats = [it.category for it in items if it.category is not None]
    n = len(cats)
    by_sub = Counter(c.code for c in cats)
    by_top = Counter(c.category for c in cats)
    order = list(SUBCATEGORIES) + [UNCLASSIFIED, UNCLASSIFIED_JUDGE]
    subs = [{"code": code, "category": Category(code, "").category, "sub": Category(code, "").sub,
             "count": by_sub[code], "share": _rate(by_sub[code], n)}
            for code in order if by_sub.get(code)]
    tops = [{"category": name, "count": by_top[name], "share": _rate(by_top[name], n)}
            for name in [f"{k} {v}" for k, v in CATEGORIES.items()] + [UNCLASSIFIED, UNCLASSIFIED_JUDGE]
            if by_top.get(name)]
    return {"recovered": n, "categories": tops, "subcategories": subs}


def _clip(s: Any, n: int) -> Any:
    if isinstance(s, str) and len(s) > n:
        return s[: n - 1] + "…"
    return s


def disagreement_rows(res: AuditResult, max_text: int = 600) -> list[dict]:
    out = []
    for it in res.items:
        d = it.direction
        if d is None:
            continue
        v = it.verdict
        out.append({
            res.where: it.loc, "group": it.group, "source": it.source, "direction": d,
            "question": _clip(it.question, max_text), "gold": it.gold, "answer": v.answer,
            "baseline": it.baseline_detail,
            "verigrade": {"correct": v.correct, "score": v.score, "method": v.method, "reason": v.reason,
                          "stage": v.stage, "outcome": v.outcome.value, "p_true": v.p_true,
                          "evidence": list(v.evidence), "flags": list(v.flags)},
            "category": it.category.to_dict() if it.category else None,
        })
    return out


def audit_json(res: AuditResult, max_text: int = 600) -> dict:
    by_source: dict[str, list[Item]] = {}
    for it in res.items:
        by_source.setdefault(it.source, []).append(it)
    rewards = [Reward(it.group, it.source, it.baseline, float(it.verdict.score)) for it in res.items]
    return {
        "input": res.input,
        "baseline": res.baseline,
        "verigrade_mode": res.mode,
        "bad_rows": [{res.where: loc, "why": why} for loc, why in res.bad_rows],
        "totals": _counts(res.items),
        "categories": category_table(res.items),
        "by_source": {s: _counts(its) for s, its in sorted(by_source.items())},
        "signal": signal_metrics(rewards),
        "disagreements": disagreement_rows(res, max_text),
    }


def report_bad(where: str, loc: int, why: str, prog: str = "verigrade audit") -> None:
    print(f"{prog}: {where} {loc}: skipped: {why}", file=sys.stderr)
