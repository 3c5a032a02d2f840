"""Developer harness: rule-mode results on HardVerify-Math dev, with misses and false accepts."""
import json, sys, time
from verigrade import Verifier

args = [a for a in sys.argv[1:] if not a.startswith("-")]
path = args[0] if args else "../shared/data/hardverify_math_dev.jsonl"
v = Verifier(mode="rule")
tp = fp = n = 0
rows = [json.loads(l) for l in open(path)]
t0 = time.perf_counter()
for d in rows:
    fn = v.verify(d["ground_truth"], d["fn_output"], d["question"])
    tn = v.verify(d["ground_truth"], d["tn_output"], d["question"])
    tp += fn.correct; fp += tn.correct; n += 1
    if not fn.correct and "-q" not in sys.argv:
        print(f"MISS {d['id']:>3} [{fn.outcome.value:9}] {fn.method:15} {d['ground_truth'][:60]!r} | {d['fn_output'][:60]!r} | {fn.reason[:60]}")
    if tn.correct:
        print(f"FP!! {d['id']:>3} {tn.method} {d['ground_truth'][:60]!r} | {d['tn_output'][:60]!r} | {tn.reason} {tn.evidence}")
dt = time.perf_counter() - t0
print(f"recall {tp}/{n} = {tp/n:.3f}  specificity {(n-fp)}/{n} = {(n-fp)/n:.3f}  {2*n/dt:.0f} items/s")
