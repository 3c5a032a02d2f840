"""`verigrade verify --ray [ADDRESS]`: the batch run spread over a Ray cluster, with the local run's guarantees.

How it works:
  * the driver cuts the input into fixed shards of `shard_rows` rows (a JSONL shard starts at a byte offset and
    line number found by one scan of the raw lines; Parquet, a folder of Parquet shards and HF datasets by row
    number), so that shard boundaries depend only on the input and the options: a rerun finds the same shards;
  * a Ray Dataset of shard descriptors goes through `map_batches` with `ShardVerifier`, a callable class: one
    Verifier (and one open input) per actor. Each actor reads its shards itself, with the same seekable sources
    and the same row code (`_verify_chunk`) as the local run, and returns the shard's output bytes, its stats
    and its bad rows. We do not use Ray's read_parquet / read_json: they give no global row numbers (a bad row's
    message names its line), parse JSON their own way, and cut blocks by cluster size, not by the input;
  * the driver writes each finished shard to OUTPUT.shards/NNNNNN.jsonl (fsynced; then its .json meta file,
    atomically: a shard is done iff its meta file is there and the data file has the meta's size);
  * when every shard is done, the driver concatenates them in input order into OUTPUT.partial and finishes it
    with the local run's own writer (`_finish`: rename, or convert to Parquet), then removes OUTPUT.shards. So
    the output is byte-identical to a local run on the same input;
  * a lost worker: Ray Data restarts a dead actor and retries its task (max_restarts / max_task_retries -1);
    a shard is a pure function of the input, so a retry writes the same bytes. A killed driver (or Ctrl-C):
    the finished shards stay; `--resume` checks that input and options are the same and verifies only the rest.

`audit --ray` uses the same actor pool for its verify_batch passes (`verify_items_ray`); it keeps no shards:
an audit holds all its rows in memory on the driver anyway and is rerun whole.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import pickle
import shutil
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from .columns import Columns
from .errors import PREFIX, SIDECAR_VERSION, BatchError
from .run import (RunResult, Stats, _check_output, _finish, _fsync_dir, _verify_chunk, _write_atomic, paths_for,
                  progress_bar)
from .sources import Source, open_source


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None  # None: ray.init()'s own default (RAY_ADDRESS, a running local cluster, or a new one)
    workers: int | None = None  # actors, one Verifier each; None: as many as the cluster has CPUs
    shard_rows: int = 2000  # rows per shard: the unit of work, of retry and of resume
    cpus_per_worker: float = 1.0


@dataclass(frozen=True)
class Shard:
    index: int
    pos: dict  # the source position just before the shard's first row (Source.read(pos) starts there)
    rows: int


@dataclass(frozen=True)
class WorkSpec:
    """What an actor needs to verify shards; pickled to every actor once."""

    input_path: str
    input_format: str
    split: str | None
    config: Any  # the driver's VerifierConfig: VERIGRADE_* variables are read on the driver, not on each node
    columns: Columns
    prefix: str
    chunk_size: int


@dataclass
class ShardResult:
    data: bytes
    rows: int
    stats: dict
    bad: list = field(default_factory=list)  # [loc, why] of the shard's bad rows

    def meta(self) -> dict:
        return {"rows": self.rows, "bytes": len(self.data), "stats": self.stats, "bad": self.bad}


# ------------------------------------------------------------------------------------------------ planning
def plan_shards(source: Source, shard_rows: int, limit: int | None = None) -> list[Shard]:
    """Fixed shards of `shard_rows` rows (the last one shorter), the first `limit` rows only when given."""
    if source.kind == "jsonl":
        return _plan_jsonl(source.path, shard_rows, limit)
    total = source.total or 0
    if limit is not None:
        total = min(total, limit)
    return [Shard(i, {"rows": lo}, min(shard_rows, total - lo)) for i, lo in enumerate(range(0, total, shard_rows))]


def _plan_jsonl(path: str, shard_rows: int, limit: int | None) -> list[Shard]:
    # The same line rules as JsonlSource.read (split on b"\n", blank lines are not rows), without parsing JSON.
    shards: list[Shard] = []
    rows = offset = line = 0
    start, count = {"rows": 0, "offset": 0, "line": 0}, 0
    with open(path, "rb") as f:
        for raw in iter(f.readline, b""):
            if limit is not None and rows >= limit:
                break
            offset += len(raw)
            line += 1
            if not raw.strip():
                continue
            rows += 1
            count += 1
            if count == shard_rows:
                shards.append(Shard(len(shards), start, count))
                start, count = {"rows": rows, "offset": offset, "line": line}, 0
    if count:
        shards.append(Shard(len(shards), start, count))
    return shards


# ------------------------------------------------------------------------------------------------ one shard
def verify_shard(source: Source, verifier: Any, shard: Shard, spec: WorkSpec) -> ShardResult:
    """The shard's output lines, exactly as the local run writes them (same chunking, same serialisation)."""
    stats, bad, parts = Stats(), [], []
    records = source.read(shard.pos)
    while stats.rows < shard.rows:
        chunk = [rec for rec, _ in itertools.islice(records, min(spec.chunk_size, shard.rows - stats.rows))]
        if not chunk:
            raise RuntimeError(f"{spec.input_path}: shard {shard.index} ended after {stats.rows} of {shard.rows} "
                               "rows; the input changed during the run")
        lines = _verify_chunk(chunk, verifier, spec.columns, spec.prefix, stats, bad, source, None)
        parts.append("".join(line + "\n" for line in lines).encode("utf-8", "replace"))
        stats.rows += len(chunk)
    return ShardResult(b"".join(parts), stats.rows, stats.to_json(), [list(b) for b in bad])


class ShardVerifier:
    """The map_batches callable: Ray builds one per actor, so the Verifier (and a judge model, if any) and the
    open input are made once per actor, not once per shard."""

    def __init__(self, spec: WorkSpec) -> None:
        from ..pipeline import Verifier

        self.spec = spec
        self.verifier = Verifier(config=spec.config)
        # scan=False: each actor would otherwise hash the whole JSONL file; the driver has fingerprinted it
        self.source = open_source(spec.input_path, spec.input_format, spec.split, scan=False)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        idx, data, meta = [], [], []
        for i, pos, n in zip(batch.column("shard").to_pylist(), batch.column("pos").to_pylist(),
                             batch.column("rows").to_pylist()):
            res = verify_shard(self.source, self.verifier, Shard(i, json.loads(pos), n), self.spec)
            idx.append(i)
            data.append(res.data)
            meta.append(json.dumps(res.meta()))
        return pa.table({"shard": pa.array(idx, pa.int64()), "data": pa.array(data, pa.large_binary()),
                         "meta": pa.array(meta, pa.large_string())})


# ------------------------------------------------------------------------------------------------ shard files
def shards_dir(output: str) -> str:
    return output + ".shards"


def _shard_paths(folder: str, i: int) -> tuple[str, str]:
    return os.path.join(folder, f"{i:06d}.jsonl"), os.path.join(folder, f"{i:06d}.json")


def _write_shard(folder: str, i: int, data: bytes, meta: dict) -> None:
    path, meta_path = _shard_paths(folder, i)
    with open(path + ".tmp", "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(path + ".tmp", path)
    _write_atomic(meta_path, json.dumps(meta))  # last: the meta file is what marks the shard done


def _finished_shards(folder: str, plan: list[Shard]) -> dict[int, dict]:
    done = {}
    for s in plan:
        path, meta_path = _shard_paths(folder, s.index)
        try:
            with open(meta_path, encoding="utf-8") as fh:
                meta = json.load(fh)
            if meta["rows"] == s.rows and os.path.getsize(path) == meta["bytes"]:
                done[s.index] = meta
        except (OSError, ValueError, KeyError):
            pass  # torn or missing: verify the shard again
    return done


def _open_run(folder: str, output: str, identity: dict, resume: bool, overwrite: bool) -> None:
    run_file = os.path.join(folder, "run.json")
    partial, sidecar = paths_for(output)
    if os.path.exists(sidecar) and not overwrite:
        raise BatchError(f"{sidecar} is left from an interrupted local run: finish it without --ray "
                         "(--resume), or start over with --overwrite")
    if os.path.isdir(folder) and resume:
        try:
            with open(run_file, encoding="utf-8") as fh:
                state = json.load(fh)
        except (OSError, ValueError):
            state = None
        if state is not None:
            if state.get("version") != SIDECAR_VERSION or state.get("identity") != identity:
                old = state.get("identity") or {}
                keys = [k for k in sorted(set(old) | set(identity)) if old.get(k) != identity.get(k)]
                raise BatchError(f"{folder} was written for a different run (differs in: {', '.join(keys)}); "
                                 "resume with the same input, columns, --mode and --shard-rows, or --overwrite")
            return
    elif os.path.isdir(folder) and not overwrite:
        raise BatchError(f"{folder} is left from an interrupted run: pass --resume to continue it, "
                         "or --overwrite to start over")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    _write_atomic(run_file, json.dumps({"version": SIDECAR_VERSION, "identity": identity}, indent=1))


def merge_stats(into: Stats, d: dict) -> None:
    """Add one shard's stats; merged in shard order, the counters' first-seen order is the local run's."""
    s = Stats.from_json(d)
    into.rows += s.rows
    into.verdicts += s.verdicts
    into.correct += s.correct
    into.bad_rows += s.bad_rows
    into.stages.update(s.stages)
    into.methods.update(s.methods)
    into.flags.update(s.flags)
    for k, (n, ok) in s.sources.items():
        t = into.sources.setdefault(k, [0, 0])
        t[0] += n
        t[1] += ok


# ------------------------------------------------------------------------------------------------ the run
def run_verify_ray(
    input_path: str,
    output: str,
    verifier: Any,
    *,
    ray_options: RayOptions | None = None,
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
    """Like run_verify, on Ray. `verifier` is the driver's Verifier: its config is what every actor builds."""
    opts = ray_options or RayOptions()
    columns = columns or Columns()
    _check_output(output)
    out_parquet = output.lower().endswith((".parquet", ".pq"))
    source = open_source(input_path, input_format, split)
    identity = {"input": source.fingerprint(), "columns": columns.describe(), "prefix": prefix,
                "mode": verifier.config.mode, "output_format": "parquet" if out_parquet else "jsonl", "limit": limit,
                "shard_rows": opts.shard_rows}
    folder = shards_dir(output)
    _open_run(folder, output, identity, resume, overwrite)
    plan = plan_shards(source, opts.shard_rows, limit)
    done = _finished_shards(folder, plan)
    kept = sum(m["rows"] for m in done.values())
    todo = [s for s in plan if s.index not in done]
    spec = WorkSpec(os.path.abspath(input_path) if os.path.exists(input_path) else input_path, input_format, split,
                    verifier.config, columns, prefix, chunk_size)
    bar = progress_bar(sum(s.rows for s in plan), kept, not progress)
    bad: list = []
    t0 = time.monotonic()
    status = "done"
    try:
        if todo:
            for i, data, meta in _run_on_ray(todo, spec, opts):
                if i in done:  # a retried task that was already delivered
                    continue
                _write_shard(folder, i, data, meta)
                done[i] = meta
                bar.update(meta["rows"])
                for loc, why in meta["bad"]:
                    bad.append((loc, why))
                    if on_bad is not None:
                        bar.clear()
                        on_bad(source.where, loc, why)
                        bar.refresh()
    except KeyboardInterrupt:
        status = "interrupted"
    except Exception as exc:
        if not type(exc).__module__.startswith("ray"):
            raise
        raise BatchError(f"the Ray run failed: {exc}\nthe finished shards are kept: rerun with --resume") from None
    finally:
        bar.close()
        source.close()
    elapsed = time.monotonic() - t0
    stats = Stats()
    for s in plan:
        if s.index in done:
            merge_stats(stats, done[s.index]["stats"])
    if status == "done":
        missing = [s.index for s in plan if s.index not in done]
        if missing:
            raise BatchError(f"Ray returned no result for {len(missing)} shard(s) (first: {missing[0]}); "
                             "the finished ones are kept: rerun with --resume")
        _merge_and_finish(folder, plan, output, out_parquet, source, prefix)
    return RunResult(status, stats, elapsed, stats.rows - kept, output, bad, kept)


def _ray():
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise BatchError(f"--ray needs Ray Data: pip install 'ray[data]' ({exc})") from None
    return ray


@contextlib.contextmanager
def ray_session(opts: RayOptions):
    """Connect to (or start) Ray unless this process already has, and disconnect at the end if we connected."""
    ray = _ray()
    started = not ray.is_initialized()
    if started:
        try:
            ray.init(address=opts.address or None, logging_level=logging.WARNING)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise BatchError(f"could not reach the Ray cluster at {opts.address or '(default)'}: {exc}") from None
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False  # the run has its own bar (rows, rows/s, ETA), like the local run
        ctx.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # not "progress bars disabled" etc. per run
        yield ray
    finally:
        if started:
            ray.shutdown()


def _map_on_actors(ray: Any, items: list[dict], fn: type, arg: Any, opts: RayOptions):
    """Rows of `fn`'s output tables, as the actors finish them (one input item per block and task)."""
    cpus = ray.cluster_resources().get("CPU", 1.0)
    workers = opts.workers or max(1, int(cpus // opts.cpus_per_worker))
    ds = ray.data.from_items(items, override_num_blocks=len(items))  # one block per shard: fine-grained tasks
    # Ray warns that the actors' constructor arguments live in the object store: the driver holds them for
    # the whole run, so a restarted actor can always be rebuilt.
    pool = ray.data.ActorPoolStrategy(size=min(workers, len(items)))
    ds = ds.map_batches(fn, fn_constructor_args=(arg,), batch_size=1, batch_format="pyarrow",
                        num_cpus=opts.cpus_per_worker, compute=pool)
    yield from ds.iter_rows()


def _run_on_ray(todo: list[Shard], spec: WorkSpec, opts: RayOptions):
    """Yield (shard index, output bytes, meta) as the actors finish shards (in completion order)."""
    with ray_session(opts) as ray:
        items = [{"shard": s.index, "pos": json.dumps(s.pos), "rows": s.rows} for s in todo]
        for row in _map_on_actors(ray, items, ShardVerifier, spec, opts):
            yield int(row["shard"]), bytes(row["data"]), json.loads(row["meta"])


# ------------------------------------------------------------------------------------------------ audit --ray
class ItemsVerifier:
    """The map_batches callable of `audit --ray`: one Verifier per actor; a chunk of items in, Verdicts out."""

    def __init__(self, config: Any) -> None:
        from ..pipeline import Verifier

        self.verifier = Verifier(config=config)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        idx, out = [], []
        for i, items in zip(batch.column("chunk").to_pylist(), batch.column("items").to_pylist()):
            idx.append(i)
            out.append(pickle.dumps(self.verifier.verify_batch(json.loads(items))))
        return pa.table({"chunk": pa.array(idx, pa.int64()), "verdicts": pa.array(out, pa.large_binary())})


def verify_items_ray(items: list[dict], config: Any, bar: Any, opts: RayOptions, chunk_rows: int = 2000) -> list:
    """verify_batch over Ray actors, the Verdicts in input order (audit keeps its rows on the driver anyway)."""
    chunks = [items[lo: lo + chunk_rows] for lo in range(0, len(items), chunk_rows)]
    out: list = [None] * len(chunks)
    if chunks:
        with ray_session(opts) as ray:
            todo = [{"chunk": i, "items": json.dumps(c)} for i, c in enumerate(chunks)]
            for row in _map_on_actors(ray, todo, ItemsVerifier, config, opts):
                i = int(row["chunk"])
                if out[i] is None:
                    out[i] = pickle.loads(row["verdicts"])
                    bar.update(len(out[i]))
    return [v for vs in out for v in vs]


def _merge_and_finish(folder: str, plan: list[Shard], output: str, out_parquet: bool, source: Source,
                      prefix: str) -> None:
    partial, sidecar = paths_for(output)
    with open(partial, "wb") as out:
        for s in plan:
            with open(_shard_paths(folder, s.index)[0], "rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    _finish(partial, sidecar, output, out_parquet, source, prefix)
    shutil.rmtree(folder)
    _fsync_dir(output)


def ray_note(res: RunResult, output: str) -> str:
    """The interrupted-run message for the CLI."""
    return (f"verigrade verify: interrupted after {res.stats.rows} rows; the finished shards are kept in "
            f"{shards_dir(output)} - resume with --ray ... --resume")


__all__ = ["ItemsVerifier", "RayOptions", "Shard", "ShardResult", "ShardVerifier", "WorkSpec", "merge_stats",
           "plan_shards", "ray_note", "ray_session", "run_verify_ray", "shards_dir", "verify_items_ray", "verify_shard"]
