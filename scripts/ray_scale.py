"""Rows/s of `verigrade verify`: local vs `--ray` with 1 and 2 workers, on a real local two-node Ray cluster.

    PYTHONPATH=src python scripts/ray_scale.py [--rows 20000] [--mode rule] [--shard-rows 2000]

Builds ROWS rows from the shared MATH CoT rollouts (repeated), starts `ray start --head` and a second worker node
(one CPU each, own temp dir, stopped by process id at the end), runs the three configurations as CLI subprocesses,
checks that every output is byte-identical to the local one, and prints a table plus the paper estimate for
10 M rollouts in an hour from the measured local per-row cost.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_batch_ray import ROLLOUTS, _env, _free_port, _ray_start, _stop, wait_for  # noqa: E402


def build_input(path: Path, rows: int) -> None:
    base = [line for line in ROLLOUTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(rows):
            r = json.loads(base[i % len(base)])
            r["prompt_id"] = f"{r['prompt_id']}-{i // len(base)}"
            f.write(json.dumps(r) + "\n")


def timed(args: list[str]) -> tuple[float, str, float]:
    """(wall s, stdout, CPU s of the process): CPU time gives a per-row cost that other load cannot inflate."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "verigrade.cli", *args], capture_output=True, text=True,
                          env=_env(), timeout=3600)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{proc.stderr[-3000:]}")
    return wall, proc.stdout, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def this_run_rate(stdout: str) -> float:
    line = next(x for x in stdout.splitlines() if x.strip().startswith("this run"))
    return float(line.split("(")[1].split(" rows/s")[0].replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--mode", default="rule")
    ap.add_argument("--shard-rows", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each configuration; the fastest is kept")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vgscale", dir="/tmp"))
    temp_dir = tempfile.mkdtemp(prefix="vgray", dir="/tmp")
    head = worker = None
    try:
        src = work / "in.jsonl"
        build_input(src, a.rows)
        common = ["--mode", a.mode, "--deadline", "30", "--no-progress"]
        results = []
        runs = [timed(["verify", str(src), "-o", str(work / "local.jsonl"), *common, "--overwrite"])
                for _ in range(a.repeat)]
        wall, out, cpu = min(runs)
        cpu_per_row = min(r[2] for r in runs) / a.rows  # startup included: an upper bound
        results.append(("local (1 process)", wall, this_run_rate(out)))
        ref = (work / "local.jsonl").read_bytes()
        head = _ray_start(["--head", "--port", str(_free_port()), "--include-dashboard=false", "--temp-dir",
                           temp_dir], os.path.join(temp_dir, "head.log"))
        addr_file = os.path.join(temp_dir, "ray_current_cluster")
        wait_for(lambda: os.path.exists(addr_file) and os.path.getsize(addr_file) > 0, 90, "the Ray head", head)
        address = Path(addr_file).read_text().strip()
        worker_log = os.path.join(temp_dir, "worker.log")
        worker = _ray_start(["--address", address], worker_log)
        wait_for(lambda: b"Ray runtime started" in Path(worker_log).read_bytes(), 90, "the worker node", worker)
        for n in (1, 2):
            out_path = work / f"ray{n}.jsonl"
            wall, out, _ = min(timed(["verify", str(src), "-o", str(out_path), *common, "--ray", address,
                                      "--ray-workers", str(n), "--shard-rows", str(a.shard_rows), "--overwrite"])
                               for _ in range(a.repeat))
            assert out_path.read_bytes() == ref, f"--ray with {n} workers: output differs from the local run"
            results.append((f"ray, {n} worker{'s' * (n > 1)}", wall, this_run_rate(out)))
    finally:
        for p in (worker, head):
            if p is not None:
                _stop(p)
        shutil.rmtree(temp_dir, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    local_wall = results[0][1]
    print(f"{a.rows} rows, mode {a.mode}, shard {a.shard_rows} rows; outputs byte-identical to the local run")
    print(f"{'run':<20} {'wall s':>8} {'rows/s (wall)':>14} {'rows/s (this run)':>18} {'vs local':>9}")
    for name, wall, rate in results:
        print(f"{name:<20} {wall:8.1f} {a.rows / wall:14,.0f} {rate:18,.0f} {local_wall / wall:8.2f}x")
    per_core = 1.0 / cpu_per_row
    need = 10_000_000 / 3600
    print(f"per-row cost (CPU time of the local run, start-up included): {1e3 * cpu_per_row:.3f} ms -> "
          f"{per_core:,.0f} rows/s per core; 10 M rollouts in 1 h = {need:,.0f} rows/s -> "
          f"{need / per_core:.1f} cores at 100 % efficiency")
    return 0


if __name__ == "__main__":
    sys.exit(main())
