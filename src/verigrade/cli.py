"""The `verigrade` command line.

Kept thin on purpose: each subcommand is one `_add_<name>(subparsers)` that declares its arguments and one
`cmd_<name>(args) -> exit code` that calls into the library. New subcommands (verify, audit, serve, train-judge)
add a pair and a line in SUBCOMMANDS. Heavy imports happen inside the cmd_ functions so `--help` stays fast.

Exit codes: 0 ok, 1 unexpected failure, 2 usage / input problems.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Callable

from .config import MODES

_MAX_BAD_LINES_SHOWN = 20


def _positive_int(s: str) -> int:
    v = int(s)
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {v}")
    return v


def _positive_float(s: str) -> float:
    v = float(s)
    if not v > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {v}")
    return v


def _unit_float(s: str) -> float:
    v = float(s)
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"must be in [0, 1], got {v}")
    return v


def _add_verifier_options(p: argparse.ArgumentParser) -> None:
    """Options that build a Verifier; shared by every subcommand that verifies. Defaults are None so that
    VERIGRADE_* environment variables (and then the built-in defaults) apply when a flag is not given."""
    g = p.add_argument_group("verifier")
    g.add_argument("--mode", choices=MODES, default=None, help="verification mode (default: VERIGRADE_MODE or addon)")
    g.add_argument("--judge-backend", default=None, help="judge backend, e.g. openai or transformers")
    g.add_argument("--judge-url", default=None, help="OpenAI-compatible base URL for the judge")
    g.add_argument("--judge-model", default=None, help="judge model name or path")
    g.add_argument("--judge-threshold", type=_unit_float, default=None, metavar="P",
                   help="accept a judged item when P(True) >= P")
    g.add_argument("--cache", dest="cache_path", default=None, metavar="PATH", help="SQLite judge cache file")
    g.add_argument("--deadline", dest="deadline_s", type=_positive_float, default=None, metavar="SECONDS",
                   help="per-item time budget for extraction + rules")


def _verifier_from_args(args: argparse.Namespace):
    from .pipeline import Verifier

    return Verifier(
        mode=args.mode, judge_backend=args.judge_backend, judge_url=args.judge_url, judge_model=args.judge_model,
        judge_threshold=args.judge_threshold, cache_path=args.cache_path, deadline_s=args.deadline_s,
    )


def _error(cmd: str, msg: str) -> int:
    print(f"verigrade {cmd}: error: {msg}", file=sys.stderr)
    return 2


# --------------------------------------------------------------------------------------------- bench
def _add_bench(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "bench",
        help="measure recall, specificity and speed on labelled pairs",
        description="Run verigrade on labelled (gold, response) pairs and report recall (correct answers "
        "accepted), specificity (wrong answers rejected) and latency. FILE is a HardVerify-Math JSONL "
        "(question, ground_truth, fn_output, tn_output) or a pairs JSONL (gold, response|candidate, label, "
        "question?); the format is detected per file. Without FILE the bundled sample is used.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="JSONL file of labelled pairs (default: bundled sample)")
    p.add_argument("--baseline", choices=("math-verify",), default=None,
                   help="also run this verifier on the same items, timed the same way")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    p.add_argument("--errors", action="store_true", help="list every disagreement with the label")
    p.add_argument("--limit", type=_positive_int, default=None, metavar="N", help="bench only the first N pairs")
    p.add_argument("--batch-size", type=_positive_int, default=64, metavar="N",
                   help="verify_batch chunk size in judge modes (default: 64)")
    _add_verifier_options(p)
    return p


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import BenchError, load_pairs, run_bench
    from .bench_report import format_errors, format_table, to_json

    try:
        dataset = load_pairs(args.file)
    except BenchError as exc:
        return _error("bench", str(exc))
    for line, why in dataset.bad_lines[:_MAX_BAD_LINES_SHOWN]:
        print(f"verigrade bench: {dataset.source}:{line}: skipped: {why}", file=sys.stderr)
    if len(dataset.bad_lines) > _MAX_BAD_LINES_SHOWN:
        print(f"verigrade bench: ... and {len(dataset.bad_lines) - _MAX_BAD_LINES_SHOWN} more bad line(s)",
              file=sys.stderr)
    if args.limit is not None:
        dataset.pairs = dataset.pairs[: args.limit]
    try:
        verifier = _verifier_from_args(args)
    except (ValueError, TypeError) as exc:  # a bad VERIGRADE_* value or option
        return _error("bench", str(exc))
    try:
        result = run_bench(dataset, verifier, baseline=args.baseline, batch_size=args.batch_size)
    except BenchError as exc:
        return _error("bench", str(exc))
    finally:
        verifier.close()
    if args.json:
        print(json.dumps(to_json(result, errors=args.errors), indent=2, ensure_ascii=False))
    else:
        print(format_table(result))
        if args.errors:
            print()
            print(format_errors(result))
    return 0


# --------------------------------------------------------------------------------------------- main
Subcommand = tuple[str, Callable[[argparse._SubParsersAction], argparse.ArgumentParser],
                   Callable[[argparse.Namespace], int]]
SUBCOMMANDS: list[Subcommand] = [
    ("bench", _add_bench, cmd_bench),
]


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="verigrade", description="Reward verifier for RL on LLM math reasoning.")
    parser.add_argument("--version", action="version", version=f"verigrade {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for _name, add, run in SUBCOMMANDS:
        add(sub).set_defaults(func=run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        return args.func(args)
    except BrokenPipeError:  # `verigrade bench | head`: stop quietly
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
