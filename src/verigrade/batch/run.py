"""`verigrade verify`: verify a whole dataset of responses, crash-safely and resumably.

Input: JSONL, Parquet (pyarrow) or a Hugging Face dataset (a `save_to_disk` folder or a hub id; needs
`datasets`). Each row is looked up through configurable dotted column paths (defaults fit verl's parquet
layout and flat files). Output: the same rows, in the same order, with the Verdict fields added as
`verigrade_*` columns; JSONL, or Parquet when OUTPUT ends in `.parquet`.

Nothing is lost:
  * rows are verified in chunks; each finished chunk is appended to `OUTPUT.partial` (always JSONL) and
    flushed + fsynced, and only then is the sidecar `OUTPUT.progress.json` replaced atomically (tmp file +
    os.replace) with the new row count, input position and output byte offset;
  * `--resume` truncates `OUTPUT.partial` to the sidecar's byte offset (dropping a torn tail from a crash),
    seeks the input to the sidecar's position and carries on; serialisation is deterministic (input key
    order, then a fixed verigrade_* order, no timestamps), so a resumed run writes the same bytes as an
    uninterrupted one;
  * on completion `.partial` is renamed to OUTPUT (converted to Parquet first when asked) and the sidecar
    removed;
  * a malformed row (bad JSON, no gold, no response) is reported with its line number and kept, flagged
    `verigrade_flags: ["bad_row"]` with `verigrade_correct: false`;
  * text that cannot be encoded as UTF-8 (a lone surrogate such as "\\ud800", which JSON allows) is replaced
    by U+FFFD when the row is read; the row is verified as usual and its verdicts flagged `invalid_unicode`;
  * `--resume` checks that the input is the same file (size and SHA-256 of all of it) and the same options;
    OUTPUT is checked before the first row (not a folder, its folder exists and is writable);
  * SIGINT/SIGTERM finish the chunk in flight, commit it, and exit 130 ("resume with --resume").
"""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from .columns import Columns, resolve
from .errors import _INTERRUPT_EXIT, PREFIX, SIDECAR_VERSION, VERDICT_FIELDS, BatchError

INVALID_UNICODE = "invalid_unicode"  # flag: a lone surrogate (valid JSON, not UTF-8) was replaced by U+FFFD
from .sources import Source, open_source


# ------------------------------------------------------------------------------------------------ rows out
def verdict_fields(v: Any, prefix: str = PREFIX) -> dict:
    d = v.to_dict()
    return {prefix + k: d[k] for k in VERDICT_FIELDS}


def bad_fields(reason: str, prefix: str = PREFIX) -> dict:
    d = {"correct": False, "score": 0.0, "answer": None, "method": "none", "reason": reason, "flags": ["bad_row"],
         "outcome": "different", "stage": "input", "p_true": None, "threshold": None, "evidence": []}
    return {prefix + k: d[k] for k in VERDICT_FIELDS}


def _json_default(o: Any) -> Any:
    if hasattr(o, "item") and callable(o.item):  # numpy scalars
        return o.item()
    if hasattr(o, "tolist"):
        return o.tolist()
    if hasattr(o, "isoformat"):
        return o.isoformat()
    if isinstance(o, (bytes, bytearray)):
        return o.decode("utf-8", "replace")
    return str(o)


def dumps(row: dict) -> str:
    """One output line. Deterministic: the row's own key order, no timestamps, no locale."""
    return json.dumps(row, ensure_ascii=False, default=_json_default)


# ------------------------------------------------------------------------------------------------ stats
@dataclass
class Stats:
    rows: int = 0
    verdicts: int = 0  # one per response (a row may hold a list of responses)
    correct: int = 0
    bad_rows: int = 0
    stages: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    sources: dict = field(default_factory=dict)  # source -> [verdicts, correct]
    flags: Counter = field(default_factory=Counter)

    def add(self, v: dict, source: str | None, prefix: str) -> None:
        self.verdicts += 1
        ok = bool(v[prefix + "correct"])
        self.correct += ok
        self.stages[v[prefix + "stage"]] += 1
        self.methods[v[prefix + "method"]] += 1
        self.flags.update(v[prefix + "flags"])
        s = self.sources.setdefault(source if source is not None else "(none)", [0, 0])
        s[0] += 1
        s[1] += ok

    def to_json(self) -> dict:
        return {"rows": self.rows, "verdicts": self.verdicts, "correct": self.correct, "bad_rows": self.bad_rows,
                "stages": dict(self.stages), "methods": dict(self.methods), "sources": self.sources,
                "flags": dict(self.flags)}

    @classmethod
    def from_json(cls, d: dict) -> "Stats":
        return cls(d["rows"], d["verdicts"], d["correct"], d["bad_rows"], Counter(d["stages"]),
                   Counter(d["methods"]), {k: list(v) for k, v in d["sources"].items()}, Counter(d.get("flags", {})))


# ------------------------------------------------------------------------------------------------ progress
class _SimpleBar:
    """A dependency-free progress line: done/total, percent, rows/s and ETA, redrawn at most twice a second."""

    def __init__(self, total: int | None, initial: int, disable: bool) -> None:
        self.total, self.n, self.disable = total, initial, disable
        self.t0, self.n0, self.last = time.monotonic(), initial, 0.0

    def update(self, k: int) -> None:
        self.n += k
        now = time.monotonic()
        if not self.disable and now - self.last >= 0.5:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = (self.n - self.n0) / max(now - self.t0, 1e-9)
        if self.total:
            eta = (self.total - self.n) / rate if rate > 0 else float("inf")
            eta_s = "--:--" if eta == float("inf") else f"{int(eta) // 60:02d}:{int(eta) % 60:02d}"
            msg = f"{self.n}/{self.total} rows {100 * self.n / self.total:5.1f}% {rate:,.0f} rows/s ETA {eta_s}"
        else:
            msg = f"{self.n} rows {rate:,.0f} rows/s"
        sys.stderr.write("\rverify: " + msg)
        sys.stderr.flush()

    def clear(self) -> None:
        if not self.disable:
            sys.stderr.write("\r\033[K")

    def refresh(self) -> None:
        if not self.disable:
            self._draw(time.monotonic())

    def close(self) -> None:
        if not self.disable:
            self._draw(time.monotonic())
            sys.stderr.write("\n")
            sys.stderr.flush()


def progress_bar(total: int | None, initial: int, disable: bool, desc: str = "verify"):
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:
        return _SimpleBar(total, initial, disable)
    return tqdm(total=total, initial=initial, disable=disable, unit="row", desc=desc, file=sys.stderr,
                mininterval=0.5, smoothing=0.1, dynamic_ncols=True)


# ------------------------------------------------------------------------------------------------ files
def _write_atomic(path: str, text: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path)


def _fsync_dir(path: str) -> None:
    try:
        fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def paths_for(output: str) -> tuple[str, str]:
    return output + ".partial", output + ".progress.json"


# ------------------------------------------------------------------------------------------------ the run
@dataclass
class RunResult:
    status: str  # "done" | "interrupted"
    stats: Stats
    elapsed_s: float
    rows_this_run: int
    output: str
    bad: list = field(default_factory=list)  # (location, reason) for the bad rows of this run
    resumed_from: int = 0

    @property
    def exit_code(self) -> int:
        return 0 if self.status == "done" else _INTERRUPT_EXIT


def run_verify(
    input_path: str,
    output: str,
    verifier: Any,
    *,
    columns: Columns | None = None,
    input_format: str = "auto",
    split: str | None = None,
    chunk_size: int = 256,
    resume: bool = False,
    overwrite: bool = False,
    prefix: str = PREFIX,
    progress: bool = True,
    limit: int | None = None,
    on_bad: Callable[[str, int, str], None] | None = None,
) -> RunResult:
    """Verify every row of `input_path` into `output` (see the module docstring for the guarantees)."""
    columns = columns or Columns()
    _check_output(output)
    out_parquet = output.lower().endswith((".parquet", ".pq"))
    partial, sidecar = paths_for(output)
    source = open_source(input_path, input_format, split)
    identity = {"input": source.fingerprint(), "columns": columns.describe(), "prefix": prefix,
                "mode": verifier.config.mode, "output_format": "parquet" if out_parquet else "jsonl", "limit": limit}
    state = _open_state(partial, sidecar, identity, source, resume, overwrite)
    stats = Stats.from_json(state["stats"])
    pos = state["pos"]
    resumed_from = stats.rows
    total = source.total if limit is None else min(limit, source.total or limit)

    stop = {"sig": None}

    def _on_signal(signum, _frame):  # first signal: stop after the chunk in flight; second: stop now
        if stop["sig"] is not None:
            raise KeyboardInterrupt
        stop["sig"] = signum

    old = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    in_main = _is_main_thread()
    if in_main:
        for s in old:
            signal.signal(s, _on_signal)
    bar = progress_bar(total, stats.rows, not progress)
    report = _above_bar(bar, on_bad) if on_bad is not None else None
    bad: list = []
    t0 = time.monotonic()
    status = "done"
    f = open(partial, "r+b")
    try:
        f.truncate(state["out_bytes"])  # drop a torn tail past the last committed chunk
        f.seek(state["out_bytes"])
        out_bytes = state["out_bytes"]
        records = source.read(pos)
        while True:
            if stop["sig"] is not None:
                status = "interrupted"
                break
            want = chunk_size if limit is None else min(chunk_size, limit - stats.rows)
            chunk = []
            for rec, p in records:
                chunk.append(rec)
                pos = p
                if len(chunk) >= want:
                    break
            if not chunk:
                break
            lines = _verify_chunk(chunk, verifier, columns, prefix, stats, bad, source, report)
            # "replace": a last guard; the sources already replace text that cannot be encoded (and flag it)
            data = "".join(line + "\n" for line in lines).encode("utf-8", "replace")
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
            out_bytes += len(data)
            stats.rows += len(chunk)
            _write_atomic(sidecar, json.dumps({**_sidecar(identity, pos, out_bytes, stats)}, indent=1))
            bar.update(len(chunk))
            if limit is not None and stats.rows >= limit:
                break
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        f.close()
        bar.close()
        source.close()
        if in_main:
            for s, h in old.items():
                signal.signal(s, h)
    elapsed = time.monotonic() - t0
    if status == "done":
        _finish(partial, sidecar, output, out_parquet, source, prefix)
    return RunResult(status, stats, elapsed, stats.rows - resumed_from, output, bad, resumed_from)


def _check_output(output: str) -> None:
    """Fail before verifying anything when OUTPUT can never be written (not after the last row)."""
    if os.path.isdir(output):
        raise BatchError(f"-o {output}: is a directory; give a file path (.jsonl or .parquet)")
    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        raise BatchError(f"-o {output}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise BatchError(f"-o {output}: the folder {parent} is not writable")


def _above_bar(bar: Any, fn: Callable) -> Callable:
    """Print a message without tearing the progress line: clear it, print, redraw."""

    def call(*args: Any) -> None:
        bar.clear()
        fn(*args)
        bar.refresh()

    return call


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _sidecar(identity: dict, pos: dict, out_bytes: int, stats: Stats) -> dict:
    return {"version": SIDECAR_VERSION, "identity": identity, "pos": pos, "out_bytes": out_bytes,
            "stats": stats.to_json()}


def _open_state(partial: str, sidecar: str, identity: dict, source: Source, resume: bool, overwrite: bool) -> dict:
    fresh = {"pos": source.start(), "out_bytes": 0, "stats": Stats().to_json()}
    have_partial, have_sidecar = os.path.exists(partial), os.path.exists(sidecar)
    if resume and have_sidecar:
        try:
            with open(sidecar, encoding="utf-8") as fh:
                state = json.load(fh)
        except (OSError, ValueError) as exc:
            raise BatchError(f"{sidecar}: unreadable progress file ({exc}); start over with --overwrite") from None
        if state.get("version") != SIDECAR_VERSION or state.get("identity") != identity:
            diff = _identity_diff(state.get("identity") or {}, identity)
            raise BatchError(f"{sidecar} was written for a different run ({diff}); "
                             "resume with the same input, columns and --mode, or start over with --overwrite")
        if not have_partial:
            raise BatchError(f"{sidecar} exists but {partial} is missing; start over with --overwrite")
        size = os.path.getsize(partial)
        if size < state["out_bytes"]:
            raise BatchError(f"{partial} holds {size} bytes but {state['out_bytes']} were committed; "
                             "the file was changed outside verigrade; start over with --overwrite")
        return state
    if (have_partial or have_sidecar) and not resume and not overwrite:
        raise BatchError(f"{partial} is left from an interrupted run: pass --resume to continue it, "
                         "or --overwrite to start over")
    if resume and have_partial:
        print(f"verigrade verify: no progress file beside {partial}; starting from the beginning", file=sys.stderr)
    with open(partial, "wb") as fh:
        fh.flush()
        os.fsync(fh.fileno())
    _write_atomic(sidecar, json.dumps(_sidecar(identity, fresh["pos"], 0, Stats()), indent=1))
    return fresh


def _identity_diff(old: dict, new: dict) -> str:
    keys = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
    return "differs in: " + ", ".join(keys) if keys else "unknown version"


def _verify_chunk(chunk: list, verifier: Any, columns: Columns, prefix: str, stats: Stats, bad: list,
                  source: Source, on_bad: Callable | None) -> list[str]:
    items, outs = [], []
    for rec in chunk:
        if rec.row is None:
            outs.append(({prefix + "raw": rec.raw}, None, None))
            _bad(rec.loc, rec.error or "unreadable row", outs, stats, bad, source, on_bad, prefix)
            continue
        res = resolve(rec.row, columns)
        if res.error:
            outs.append((rec.row, None, res.source))
            _bad(rec.loc, res.error, outs, stats, bad, source, on_bad, prefix)
            continue
        responses = res.response if isinstance(res.response, list) else [res.response]
        start = len(items)
        items += [{"gold": res.gold, "response": r, "question": res.question} for r in responses]
        outs.append((rec.row, (start, len(items), isinstance(res.response, list), rec.repaired), res.source))
    verdicts = verifier.verify_batch(items) if items else []
    lines = []
    for row, span, src in outs:
        if span is not None:
            lo, hi, many, repaired = span
            fields = [verdict_fields(v, prefix) for v in verdicts[lo:hi]]
            if repaired:  # the row held text that cannot be encoded, replaced by U+FFFD when it was read
                for fd in fields:
                    fd[prefix + "flags"] = list(fd[prefix + "flags"]) + [INVALID_UNICODE]
            for fd in fields:
                stats.add(fd, src, prefix)
            row = dict(row)
            if many:
                row.update({k: [fd[k] for fd in fields] for k in fields[0]} if fields else {})
            else:
                row.update(fields[0])
        lines.append(dumps(row))
    return lines


def _bad(loc: int, why: str, outs: list, stats: Stats, bad: list, source: Source, on_bad, prefix: str) -> None:
    row, _, src = outs[-1]
    reason = f"{source.where} {loc}: {why}"
    row = dict(row)
    row.update(bad_fields(reason, prefix))
    outs[-1] = (row, None, src)
    stats.bad_rows += 1
    stats.add(row, src, prefix)
    bad.append((loc, why))
    if on_bad is not None:
        on_bad(source.where, loc, why)


def _finish(partial: str, sidecar: str, output: str, out_parquet: bool, source: Source, prefix: str) -> None:
    if out_parquet:
        tmp = output + ".tmp"
        write_parquet(partial, tmp, getattr(source, "schema", None), prefix)
        os.replace(tmp, output)
        os.remove(partial)
    else:
        os.replace(partial, output)
    _fsync_dir(output)
    try:
        os.remove(sidecar)
    except FileNotFoundError:
        pass


def write_parquet(jsonl_path: str, out_path: str, input_schema: Any = None, prefix: str = PREFIX) -> None:
    """Convert the finished JSONL to Parquet: input columns keep the input's types where the values allow it,
    verigrade columns get fixed types (a list of them when any row held a list of responses)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise BatchError("writing Parquet needs pyarrow: pip install -e '.[audit]' (or pyarrow)") from None
    with open(jsonl_path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    types = {"correct": pa.bool_(), "score": pa.float64(), "answer": pa.string(), "method": pa.string(),
             "reason": pa.string(), "flags": pa.list_(pa.string()), "outcome": pa.string(), "stage": pa.string(),
             "p_true": pa.float64(), "threshold": pa.float64(), "evidence": pa.list_(pa.string()), "raw": pa.string()}
    names = list(dict.fromkeys(k for r in rows for k in r))
    arrays, fields = [], []
    for name in names:
        values = [r.get(name) for r in rows]
        short = name[len(prefix):] if name.startswith(prefix) else None
        if short in types:
            t = types[short]
            many = short != "raw" and any(isinstance(v, list) and (short not in ("flags", "evidence") or
                                                                   any(isinstance(x, list) for x in v))
                                          for v in values)
            if many:  # a row with a list of responses: every row's value becomes a list
                t = pa.list_(t)
                values = [v if isinstance(v, list) or v is None and short == "raw" else [v] for v in values]
            arr = pa.array(values, type=t)
        else:
            arr = None
            if input_schema is not None and name in input_schema.names:
                try:
                    arr = pa.array(values, type=input_schema.field(name).type)
                except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
                    arr = None
            if arr is None:
                try:
                    arr = pa.array(values)
                except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                    raise BatchError(f"column {name!r} cannot be stored in Parquet ({exc}); write JSONL instead "
                                     f"(the verified rows are kept in {jsonl_path})") from None
        arrays.append(arr)
        fields.append(pa.field(name, arr.type))
    pq.write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), out_path)
    with open(out_path, "rb+") as fh:
        os.fsync(fh.fileno())


# ------------------------------------------------------------------------------------------------ summary
def format_summary(res: RunResult, top: int = 6) -> str:
    s = res.stats
    rate = res.rows_this_run / res.elapsed_s if res.elapsed_s > 0 else 0.0
    pct = (100.0 * s.correct / s.verdicts) if s.verdicts else 0.0
    lines = [
        f"verified {s.rows} rows ({s.verdicts} responses) -> {res.output}"
        + (f"  [resumed at row {res.resumed_from}]" if res.resumed_from else ""),
        f"  correct     {s.correct}/{s.verdicts} ({pct:.1f} %)",
        f"  bad rows    {s.bad_rows}" + ("  (kept, flagged bad_row)" if s.bad_rows else ""),
        f"  this run    {res.rows_this_run} rows in {res.elapsed_s:.1f} s ({rate:,.0f} rows/s)",
        "  stages      " + ", ".join(f"{k} {v}" for k, v in s.stages.most_common()),
        "  methods     " + ", ".join(f"{k} {v}" for k, v in s.methods.most_common(top))
        + (" ..." if len(s.methods) > top else ""),
    ]
    if s.flags:
        lines.append("  flags       " + ", ".join(f"{k} {v}" for k, v in s.flags.most_common(top))
                     + (" ..." if len(s.flags) > top else ""))
    if len(s.sources) > 1 or (s.sources and "(none)" not in s.sources):
        lines.append("  by source   (correct / responses)")
        for name, (n, ok) in sorted(s.sources.items(), key=lambda kv: -kv[1][0])[:20]:
            lines.append(f"    {name:<24} {ok:>7}/{n:<7} {100.0 * ok / n if n else 0:5.1f} %")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------ logging
class EngineErrorFilter:
    """A logging filter for long runs: the pipeline logs each rule-engine exception with a traceback. Keep the
    first one whole (`traceback_first`: it is what a bug report needs), the next `show` as one line each (the
    items are flagged `engine_error` in the output anyway), and only count the rest (`seen`, `suppressed`)."""

    def __init__(self, show: int = 3, traceback_first: bool = True) -> None:
        self.show, self.traceback_first, self.seen, self.suppressed = show, traceback_first, 0, 0

    def filter(self, record) -> bool:
        if not record.exc_info:
            return True
        self.seen += 1
        if self.traceback_first and self.seen == 1:
            return True
        n = self.seen - (1 if self.traceback_first else 0)
        if n > self.show:
            self.suppressed += 1
            return False
        exc = record.exc_info[1]
        record.msg = f"{record.getMessage()} ({type(exc).__name__}: {exc}); the item is flagged engine_error" + (
            "; further engine errors are only counted" if n == self.show else "")
        record.args, record.exc_info, record.exc_text = (), None, None
        return True
