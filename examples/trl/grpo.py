#!/usr/bin/env python
"""GRPO with TRL (>= 1.0) and verigrade as the reward.

    pip install -e '.[trl]'
    # rules only:
    python examples/trl/grpo.py --model Qwen/Qwen2.5-Math-1.5B --data /work/shared/data/bigmath_rl_train.parquet
    # rules + a small LLM judge for the answers the rules cannot decide (any OpenAI-compatible server with logprobs):
    vllm serve zhangchenxu/TinyV-1.5B --port 8001 --gpu-memory-utilization 0.15 &
    python examples/trl/grpo.py --model ... --data ... --judge-url http://127.0.0.1:8001/v1 --judge-model zhangchenxu/TinyV-1.5B
    # wiring check on CPU in seconds (random 1-layer model, local tokenizer, no download):
    python examples/trl/grpo.py --model tiny --data /work/shared/data/bigmath_rl_train.parquet --max-steps 2 --limit 16

The data is a verl-style parquet (`prompt` chat messages, `reward_model.ground_truth`, `extra_info.question`) or
any parquet/JSONL with `prompt` and `answer` columns. The reward function gets the gold answer from the
`ground_truth` column and the question from the `question` column (else from the last user message).
TRL logs `rewards/verigrade/mean`, and verigrade adds `verigrade/judged_rate`, `verigrade/unsure_rate`, ... via
`log_metric`, plus `vg_answer`/`vg_stage` columns in the completions table.
"""
from __future__ import annotations

import argparse
from typing import Any


def load_rows(path: str, limit: int | None) -> Any:
    from datasets import load_dataset

    ds = load_dataset("parquet" if path.endswith(".parquet") else "json", data_files=path, split="train")
    if limit:
        ds = ds.select(range(min(limit, len(ds))))

    def to_trl(row: dict) -> dict:
        gold = (row.get("reward_model") or {}).get("ground_truth") or row.get("answer")
        question = (row.get("extra_info") or {}).get("question") or row.get("question")
        prompt = row["prompt"]
        if isinstance(prompt, str):
            prompt = [{"role": "user", "content": prompt}]
        return {"prompt": [{"role": m["role"], "content": m["content"]} for m in prompt],
                "ground_truth": str(gold), "question": question or prompt[-1]["content"]}

    return ds.map(to_trl, remove_columns=ds.column_names)


def tiny_model() -> tuple[Any, Any]:
    """A random 1-layer Qwen2 and a word-level tokenizer built from a few words (for wiring checks only)."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    words = ["<pad>", "<eos>", "<unk>", "The", "answer", "is", "\\boxed{1}", "\\boxed{2}", "\\boxed{12}", "so", "2", "3"]
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tok.pre_tokenizer, tok.decoder = pre_tokenizers.WhitespaceSplit(), decoders.WordPiece(prefix="##")
    hf = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<eos>", unk_token="<unk>")
    hf.chat_template = ("{% for m in messages %}{{ m['role'] }} {{ m['content'] }} {% endfor %}"
                        "{% if add_generation_prompt %}assistant {% endif %}")
    torch.manual_seed(0)
    cfg = Qwen2Config(vocab_size=len(words), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=1, pad_token_id=0, eos_token_id=1, bos_token_id=1)
    return Qwen2ForCausalLM(cfg), hf


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="a model path / hub id, or 'tiny' for a wiring check")
    ap.add_argument("--data", required=True)
    ap.add_argument("--limit", type=int, default=None, help="use the first N rows")
    ap.add_argument("--output-dir", default="grpo-verigrade")
    ap.add_argument("--max-steps", type=int, default=-1)
    ap.add_argument("--num-generations", type=int, default=8)
    ap.add_argument("--max-completion-length", type=int, default=1024)
    ap.add_argument("--mode", default=None, help="verigrade mode (default: addon with a judge, else rule)")
    ap.add_argument("--judge-url", default=None)
    ap.add_argument("--judge-model", default=None)
    ap.add_argument("--cache-path", default=None, help="SQLite judge cache")
    args = ap.parse_args()

    from trl import GRPOConfig, GRPOTrainer

    from verigrade.integrations.trl import make_trl_reward

    mode = args.mode or ("addon" if args.judge_url else "rule")
    reward = make_trl_reward(gold_column="ground_truth", question_column="question", name="verigrade", mode=mode,
                             judge_url=args.judge_url, judge_model=args.judge_model, cache_path=args.cache_path)
    tiny = args.model == "tiny"
    model, tokenizer = tiny_model() if tiny else (args.model, None)
    config = GRPOConfig(
        output_dir=args.output_dir, max_steps=args.max_steps, num_generations=2 if tiny else args.num_generations,
        per_device_train_batch_size=4 if tiny else 8, max_completion_length=8 if tiny else args.max_completion_length,
        logging_steps=1, report_to="none", save_strategy="no", use_cpu=tiny, learning_rate=1e-6 if not tiny else 1e-3,
    )
    trainer = GRPOTrainer(model=model, reward_funcs=[reward], args=config, train_dataset=load_rows(args.data, args.limit),
                          processing_class=tokenizer)
    trainer.train()
    for entry in trainer.state.log_history:
        if "reward" in entry:
            print({k: round(v, 4) for k, v in entry.items() if k.startswith(("reward", "verigrade/"))})


if __name__ == "__main__":
    main()
