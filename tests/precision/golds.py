"""Load every gold answer (with its question) from the shared data folder.

Kept apart from the generators so the script and the test read the data the same way. Reads the raw files
directly (json / pyarrow), never through verigrade, so a loader bug in the project cannot hide golds.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

# Same convention as tests/test_datasets.py: the data lives beside the repo, at ../shared/data.
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@dataclass(frozen=True)
class Gold:
    source: str
    gold: str
    question: str | None


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _last_boxed(text: str) -> str | None:
    """The content of the last \\boxed{...} (brace-balanced); minerva keeps its gold only inside the solution."""
    i = text.rfind("\\boxed{")
    if i < 0:
        return None
    j, depth = i + len("\\boxed{"), 1
    start = j
    while j < len(text) and depth:
        depth += {"{": 1, "}": -1}.get(text[j], 0)
        j += 1
    return text[start:j - 1] if depth == 0 else None


def _num(x: object) -> str:
    # amc23 stores answers as floats (27.0); the gold a grader sees is the integer text.
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def load_golds(data: Path = DATA) -> list[Gold]:
    out: list[Gold] = []
    for r in _jsonl(data / "hardverify_math_dev.jsonl"):
        out.append(Gold("hardverify", str(r["ground_truth"]), r.get("question")))
    import pyarrow.parquet as pq  # only the bigmath file needs it (the project's audit extra)

    tbl = pq.read_table(data / "bigmath_rl_train.parquet", columns=["reward_model", "extra_info"]).to_pylist()
    for r in tbl:
        q = (r.get("extra_info") or {}).get("question")
        if q:  # strip the RL prompt suffix so question-aware rules see the question itself
            q = q.replace("Let's think step by step and output the final answer within \\boxed{}.", "").strip()
        out.append(Gold("bigmath", str(r["reward_model"]["ground_truth"]), q))
    me = data / "math_eval"
    for r in _jsonl(me / "aime24.jsonl"):
        out.append(Gold("aime24", _num(r["answer"]), r.get("problem")))
    for r in _jsonl(me / "amc23.jsonl"):
        out.append(Gold("amc23", _num(r["answer"]), r.get("question")))
    for r in _jsonl(me / "math500.jsonl"):
        out.append(Gold("math500", str(r["answer"]), r.get("problem")))
    for r in _jsonl(me / "gsm8k.jsonl"):
        m = re.search(r"####\s*(.+)\s*$", r["answer"])
        if m:
            out.append(Gold("gsm8k", m.group(1).strip().replace(",", ""), r.get("question")))
    for r in _jsonl(me / "minerva_math.jsonl"):
        b = _last_boxed(r["solution"])
        if b:
            out.append(Gold("minerva", b.strip(), r.get("problem")))
    for r in _jsonl(data / "math_verify_suite.jsonl"):
        # Only answer-kind golds: a whole-response gold is not a gold a generator can mutate sensibly.
        if r.get("gold_kind", "answer") == "answer" and r.get("gold") is not None:
            out.append(Gold("mv_suite", str(r["gold"]), r.get("question")))
    for r in _jsonl(data / "math_cot_100_rollouts.jsonl"):
        out.append(Gold("rollouts", str(r["ground_truth"]), r.get("question")))
    seen: set[tuple[str, str | None]] = set()
    uniq: list[Gold] = []
    for g in out:
        key = (g.gold.strip(), g.question)
        if g.gold.strip() and key not in seen:
            seen.add(key)
            uniq.append(Gold(g.source, g.gold.strip(), g.question))
    return uniq
