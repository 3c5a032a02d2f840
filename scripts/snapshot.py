#!/usr/bin/env python
"""Verdict snapshot over the shared data, for refactors that must not change a verdict (issue 11: the named AST).

    .venv/bin/python scripts/snapshot.py write /tmp/before.json   # before the change
    .venv/bin/python scripts/snapshot.py diff /tmp/before.json    # after: exit 1 and list every changed verdict

Items: HardVerify dev (both answers of every row), the Math-Verify suite, the 800 rollouts, and the precision
harness's cases for every 4th gold (mutations, hedges, planted responses). A verdict is (correct, outcome,
method, reason, flags) in rule mode.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "tests"))


def _items() -> list[dict]:
    out = []
    for r in map(json.loads, open(DATA / "hardverify_math_dev.jsonl")):
        for k in ("fn_output", "tn_output"):
            out.append({"gold": r["ground_truth"], "response": r[k], "question": r["question"]})
    for r in map(json.loads, open(DATA / "math_verify_suite.jsonl")):
        out.append({"gold": r["gold"], "response": r["candidate"], "question": r.get("question")})
    for r in map(json.loads, open(DATA / "math_cot_100_rollouts.jsonl")):
        out.append({"gold": r["ground_truth"], "response": r["response"], "question": r["question"]})
    from precision.golds import load_golds
    from precision.harness import Tally, build

    tally = Tally()
    for g in load_golds()[::4]:
        for c in build(g, tally):
            out.append({"gold": c.gold, "response": c.response, "question": c.question or None})
    return out


def main(argv: list[str]) -> int:
    from verigrade import Verifier

    cmd, path = argv[0], Path(argv[1])
    items = _items()
    v = Verifier(mode="rule")
    got = [[d.correct, d.outcome.value, d.method, d.reason, list(d.flags)] for d in v.verify_batch(items)]
    if cmd == "write":
        path.write_text(json.dumps(got))
        print(f"{len(got)} verdicts written to {path}")
        return 0
    old = json.loads(path.read_text())
    changed = [i for i, (a, b) in enumerate(zip(old, got)) if a != b]
    for i in changed[:30]:
        print(f"  #{i} gold={items[i]['gold'][:50]!r} resp={items[i]['response'][-60:]!r}\n     {old[i]}\n  -> {got[i]}")
    print(f"{len(got)} verdicts, {len(changed)} changed" + ("" if len(old) == len(got) else f" (was {len(old)} items)"))
    return 1 if changed or len(old) != len(got) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
