"""Developer harness: compare rule verdicts with the reference grader on the 800 real rollouts.

    .venv/bin/python scripts/rollouts_eval.py           # agreement with the reference, disagreements
    .venv/bin/python scripts/rollouts_eval.py --speed   # also Math-Verify on the same rollouts, timed in this run
"""
import json
import sys
import time

from verigrade import Verifier
from verigrade.bench import run_math_verify
from verigrade.bench_data import Pair

v = Verifier(mode="rule")
v.warm_rules()  # warm, as servers and reward functions do at start-up (pint's unit registry loads once per process)
v.verify("1", "\\boxed{1}")
rows = [json.loads(line) for line in open("../shared/data/math_cot_100_rollouts.jsonl")]
t0 = time.perf_counter()
ds = v.verify_batch([{"gold": r["ground_truth"], "response": r["response"], "question": r["question"]} for r in rows])
dt = time.perf_counter() - t0
agree = sum(d.correct == r["reference_rule_score"] for d, r in zip(ds, rows))
print(f"agree {agree}/{len(rows)}; verigrade accepts {sum(d.correct for d in ds)}, reference "
      f"{sum(r['reference_rule_score'] for r in rows)}; {len(rows) / dt:.0f} items/s")
if "--speed" in sys.argv:
    mv = run_math_verify([Pair(r["ground_truth"], r["response"], bool(r["reference_rule_score"]), r["question"])
                          for r in rows])
    mv_rate = len(rows) / mv.total_s
    print(f"math-verify: accepts {sum(mv.accepted)}, {mv_rate:.0f} items/s; speed ratio {len(rows) / dt / mv_rate:.1f}x")
for d, r in zip(ds, rows):
    if d.correct != r["reference_rule_score"]:
        print(f"{r['prompt_id']}/{r['sample']} ref={r['reference_rule_score']!s:5} vg={d.correct!s:5} [{d.outcome.value}] "
              f"gold={r['ground_truth']!r} ans={d.answer!r} {d.method} {d.reason[:70]} {d.flags}")
