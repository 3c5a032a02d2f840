"""Developer harness: compare rule verdicts with the reference grader on the 800 real rollouts."""
import json, sys, time
from verigrade import Verifier

v = Verifier(mode="rule")
rows = [json.loads(l) for l in open("../shared/data/math_cot_100_rollouts.jsonl")]
t0 = time.perf_counter()
ds = v.verify_batch([{"gold": r["ground_truth"], "response": r["response"], "question": r["question"]} for r in rows])
dt = time.perf_counter() - t0
agree = sum(d.correct == r["reference_rule_score"] for d, r in zip(ds, rows))
print(f"agree {agree}/{len(rows)}; verigrade accepts {sum(d.correct for d in ds)}, reference {sum(r['reference_rule_score'] for r in rows)}; {len(rows)/dt:.0f} items/s")
for d, r in zip(ds, rows):
    if d.correct != r["reference_rule_score"]:
        print(f"{r['prompt_id']}/{r['sample']} ref={r['reference_rule_score']!s:5} vg={d.correct!s:5} [{d.outcome.value}] gold={r['ground_truth']!r} ans={d.answer!r} {d.method} {d.reason[:70]} {d.flags}")
