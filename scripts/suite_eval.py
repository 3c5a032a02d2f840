#!/usr/bin/env python
"""Math-Verify's own test suite (../shared/data/math_verify_suite.jsonl) through verigrade's rule mode, split for
generalization: errors are printed only for the "look" parts (even row index, and rows 1 mod 4 since 2026-12-07); the
"score" part (rows 3 mod 4) is only counted, so rules are not fitted to the items they are measured on. Rows with a `suggested_label` are left out.

    .venv/bin/python scripts/suite_eval.py            # both halves' recall / specificity, look-half errors
    .venv/bin/python scripts/suite_eval.py -q         # figures only
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "math_verify_suite.jsonl"


def main(argv: list[str]) -> int:
    from verigrade import Verifier

    if not DATA.exists():
        print(f"not found: {DATA}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if "suggested_label" not in r]
    v = Verifier(mode="rule")
    t0 = time.perf_counter()
    verdicts = v.verify_batch([{"gold": r["gold"], "response": r["candidate"], "question": r.get("question")}
                               for r in rows])
    dt = time.perf_counter() - t0
    # Parts: even rows were read from the start; rows 1 mod 4 were opened for reading in the session of 2026-12-07,
    # once the even half was exhausted; rows 3 mod 4 are only ever scored.
    parts = (("look", lambda i: i % 2 == 0), ("look2", lambda i: i % 4 == 1), ("score", lambda i: i % 4 == 3))
    for name, member in parts:
        idx = [i for i in range(len(rows)) if member(i)]
        pos = [i for i in idx if rows[i]["label"]]
        neg = [i for i in idx if not rows[i]["label"]]
        tp = sum(verdicts[i].correct for i in pos)
        tn = sum(not verdicts[i].correct for i in neg)
        print(f"{name:5s} part: recall {tp}/{len(pos)} = {tp / max(1, len(pos)):.3f}  "
              f"specificity {tn}/{len(neg)} = {tn / max(1, len(neg)):.3f}")
        if name != "score" and "-q" not in argv:
            for i in idx:
                if verdicts[i].correct != rows[i]["label"]:
                    d = verdicts[i]
                    kind = "MISS" if rows[i]["label"] else "FP!!"
                    print(f"  {kind} {rows[i]['id']} gold={rows[i]['gold'][:60]!r} cand={rows[i]['candidate'][-90:]!r}"
                          f" -> {d.answer!r:.60} [{d.outcome.value}] {d.reason[:70]}")
    print(f"{len(rows)} pairs in {dt:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
