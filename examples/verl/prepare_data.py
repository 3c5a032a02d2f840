#!/usr/bin/env python
"""Add `extra_info.question` to a verl RL parquet, so verigrade's judge sees the question.

verl passes only `extra_info` (not the prompt) to a custom reward function, and not every preprocessing script
writes the question there (verl's gsm8k.py does; math_dataset.py does not). This copies the last user message of
the `prompt` column into `extra_info["question"]` for rows that lack one. Nothing else changes.

    python examples/verl/prepare_data.py IN.parquet OUT.parquet
    python examples/verl/prepare_data.py IN.parquet OUT.parquet --overwrite \
        --strip "\\s*Let's think step by step and output the final answer within \\\\boxed\\{\\}\\.?\\s*$"
"""
from __future__ import annotations

import argparse
import re
import sys
from typing import Any


def last_user_message(prompt: Any) -> str | None:
    """verl's prompt column: a list (or numpy array) of {"role", "content"} dicts, or a plain string."""
    if isinstance(prompt, str):
        return prompt
    if prompt is None:
        return None
    for msg in reversed(list(prompt)):
        if isinstance(msg, dict) and msg.get("role") == "user" and isinstance(msg.get("content"), str):
            return msg["content"]
    return None


def add_questions(rows: list[dict], *, overwrite: bool = False, strip: str | None = None) -> tuple[list[dict], int]:
    pattern = re.compile(strip) if strip else None
    changed = 0
    for row in rows:
        info = dict(row.get("extra_info") or {})
        if info.get("question") and not overwrite:
            row["extra_info"] = info
            continue
        q = last_user_message(row.get("prompt"))
        if q is None:
            row["extra_info"] = info
            continue
        if pattern is not None:
            q = pattern.sub("", q).strip()
        info["question"] = q
        row["extra_info"] = info
        changed += 1
    return rows, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--overwrite", action="store_true", help="replace existing extra_info.question values")
    ap.add_argument("--strip", default=None, metavar="REGEX", help="remove this from each question (e.g. an instruction)")
    args = ap.parse_args(argv)
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(args.input)
    if "prompt" not in table.column_names:
        print(f"{args.input}: no 'prompt' column; is this a verl RL parquet?", file=sys.stderr)
        return 2
    rows, changed = add_questions(table.to_pylist(), overwrite=args.overwrite, strip=args.strip)
    out = pa.Table.from_pylist(rows)
    pq.write_table(out, args.output)
    print(f"{args.output}: {len(rows)} rows, extra_info.question set on {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
