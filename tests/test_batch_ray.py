"""`verigrade verify --ray`: the same output as the local run, on a real two-node Ray cluster, through a lost worker
and a killed driver.

The cluster is two `ray start --block` processes started by this module (a head and a worker node, one CPU each,
their own temp dir and port); they are stopped by their process ids (SIGTERM makes `ray start --block` stop the
processes it started), never with `ray stop`, which would stop every Ray on the machine. The input is a folder of
three Parquet shards, 24 000 rows built from the shared MATH CoT rollouts, with bad rows (no gold, an empty
response, a response that is an int); each run is a real `python -m verigrade.cli` subprocess, and the output
files are compared byte for byte with the local run's.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import verigrade

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ROLLOUTS = DATA / "math_cot_100_rollouts.jsonl"
HAS_RAY = importlib.util.find_spec("ray") is not None and importlib.util.find_spec("pyarrow") is not None
needs_ray = pytest.mark.skipif(not HAS_RAY, reason="needs ray (ray[data]) and pyarrow")
# A generous per-item deadline: a verdict must not depend on how loaded the machine is, or the runs differ.
COMMON = ("--mode", "rule", "--deadline", "30", "--no-progress")
SRC = str(Path(verigrade.__file__).resolve().parents[1])
ROWS = 24_000
SHARD_ROWS = 1000


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}
    env["PYTHONPATH"] = os.pathsep.join([SRC] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["RAY_AUTH_MODE"] = "disabled"  # a private test cluster; a token in ~/.ray would otherwise be required
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    env["RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S"] = "3"  # stopping a node after a run: not the default 30 s drain
    return env


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "verigrade.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=_env())


def start_cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "verigrade.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


# ------------------------------------------------------------------------------------------------ processes
def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", encoding="utf-8", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    return kids


def descendants(pid: int) -> list[int]:
    kids, out, todo = _children(), [], [pid]
    while todo:
        for c in kids.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def wait_for(cond, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: the process ended first (rc {proc.returncode}): {proc.stderr.read()}")
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


# ------------------------------------------------------------------------------------------------ the cluster
@dataclass
class Cluster:
    address: str
    head: subprocess.Popen
    worker: subprocess.Popen
    temp_dir: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ray_start(args: list[str], log: str) -> subprocess.Popen:
    ray_bin = str(Path(sys.executable).with_name("ray"))
    cmd = [ray_bin] if os.path.exists(ray_bin) else [sys.executable, "-m", "ray.scripts.scripts"]
    with open(log, "wb") as fh:
        return subprocess.Popen(cmd + ["start", *args, "--num-cpus", "1", "--object-store-memory", "150000000",
                                       "--disable-usage-stats", "--block"], stdout=fh, stderr=subprocess.STDOUT,
                                env=_env())


def _stop(proc: subprocess.Popen) -> None:
    pids = descendants(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # `ray start --block` stops the Ray processes it started
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    for pid in pids:  # anything of this node still running, by id
        if _alive(pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@pytest.fixture(scope="module")
def cluster():
    if not HAS_RAY:
        pytest.skip("needs ray")
    temp_dir = tempfile.mkdtemp(prefix="vgray", dir="/tmp")  # short: Ray's unix socket paths have a length limit
    head = _ray_start(["--head", "--port", str(_free_port()), "--include-dashboard=false", "--temp-dir", temp_dir],
                      os.path.join(temp_dir, "head.log"))
    worker = None
    try:
        addr_file = os.path.join(temp_dir, "ray_current_cluster")
        wait_for(lambda: os.path.exists(addr_file) and os.path.getsize(addr_file) > 0, 90, "the Ray head", head)
        address = Path(addr_file).read_text().strip()
        worker_log = os.path.join(temp_dir, "worker.log")
        worker = _ray_start(["--address", address], worker_log)
        wait_for(lambda: b"Ray runtime started" in Path(worker_log).read_bytes(), 90, "the worker node", worker)
        yield Cluster(address, head, worker, temp_dir)
    finally:
        if worker is not None:
            _stop(worker)
        _stop(head)
        shutil.rmtree(temp_dir, ignore_errors=True)


# ------------------------------------------------------------------------------------------------ the input
@pytest.fixture(scope="module")
def shards_input(tmp_path_factory) -> Path:
    """A folder of three Parquet files (24 000 rows) with bad rows in it."""
    if not ROLLOUTS.exists() or not HAS_RAY:
        pytest.skip(f"needs pyarrow and the shared data at {ROLLOUTS}")
    import pyarrow as pa
    import pyarrow.parquet as pq

    base = [json.loads(line) for line in ROLLOUTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for i in range(ROWS):
        r = base[i % len(base)]
        rows.append({"prompt_id": f"{r['prompt_id']}-{i // len(base)}", "question": r["question"],
                     "ground_truth": r["ground_truth"], "response": r["response"], "completion": None,
                     "data_source": ("math", "cot")[i % 2]})
    rows[5]["ground_truth"] = None  # no gold: a bad row
    rows[1234]["response"] = ""  # an empty response: verified, flagged empty_response
    rows[9001]["response"], rows[9001]["completion"] = None, 7  # the first response column present is an int
    rows[23_999]["ground_truth"] = None  # the very last row
    folder = tmp_path_factory.mktemp("shards") / "rollouts"
    folder.mkdir()
    for k, (lo, hi) in enumerate(((0, 7000), (7000, 15_500), (15_500, ROWS))):
        table = pa.Table.from_pylist(rows[lo:hi], schema=pa.schema([
            ("prompt_id", pa.string()), ("question", pa.string()), ("ground_truth", pa.string()),
            ("response", pa.string()), ("completion", pa.int64()), ("data_source", pa.string())]))
        pq.write_table(table, folder / f"part-{k:05d}.parquet", row_group_size=3000)
    return folder


@pytest.fixture(scope="module")
def local_jsonl(shards_input, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("local") / "out.jsonl"
    proc = run_cli("verify", str(shards_input), "-o", str(out), *COMMON)
    assert proc.returncode == 0, proc.stderr
    assert f"verified {ROWS} rows" in proc.stdout and "bad rows    3" in proc.stdout, proc.stdout
    data = out.read_bytes()
    lines = data.decode("utf-8").splitlines()
    assert len(lines) == ROWS
    assert json.loads(lines[5])["verigrade_flags"] == ["bad_row"] and "row 6:" in json.loads(lines[5])[
        "verigrade_reason"]
    assert "got int" in json.loads(lines[9001])["verigrade_reason"]
    assert "empty_response" in json.loads(lines[1234])["verigrade_flags"]
    return data


# ------------------------------------------------------------------------------------------------ tests
def test_without_ray_nothing_imports_ray(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"ground_truth": "2", "response": "\\boxed{2}"}) + "\n", encoding="utf-8")
    code = ("import sys, verigrade.cli as c\n"
            "assert 'ray' not in sys.modules\n"
            f"rc = c.main(['verify', {str(src)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}, '--mode', 'rule', "
            "'--no-progress'])\n"
            "assert rc == 0, rc\n"
            "assert not [m for m in sys.modules if m == 'ray' or m.startswith('ray.')], 'ray was imported'\n"
            "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=_env())
    assert proc.returncode == 0 and proc.stdout.strip().endswith("ok"), proc.stderr


def test_plan_jsonl_shards_start_where_the_reader_is(tmp_path):
    from verigrade.batch.ray_run import plan_shards
    from verigrade.batch.sources import open_source

    lines = [json.dumps({"gold": str(i), "response": str(i)}) if i % 7 else "" for i in range(1, 60)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n\n{bad json\n", encoding="utf-8")
    src = open_source(str(path))
    want = [rec.loc for rec, _ in src.read(src.start())]
    plan = plan_shards(src, 10)
    assert sum(s.rows for s in plan) == src.total == len(want)
    got = []
    for s in plan:
        got += [rec.loc for rec, _ in list(src.read(s.pos))[: s.rows]]
    assert got == want  # every row once, in order, with its own line number
    assert sum(s.rows for s in plan_shards(src, 10, limit=23)) == 23


def test_parquet_folder_is_one_table(shards_input, local_jsonl, tmp_path):
    """A folder of Parquet shards reads as the files concatenated in name order (row numbers run on)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    one = tmp_path / "all.parquet"
    pq.write_table(pa.concat_tables([pq.read_table(p) for p in sorted(shards_input.glob("*.parquet"))]), one)
    out = tmp_path / "out.jsonl"
    proc = run_cli("verify", str(one), "-o", str(out), *COMMON)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == local_jsonl


@needs_ray
def test_ray_run_survives_a_lost_worker_and_matches_local(cluster, shards_input, local_jsonl, tmp_path):
    out = tmp_path / "ray.jsonl"
    shards = Path(str(out) + ".shards")
    proc = start_cli("verify", str(shards_input), "-o", str(out), *COMMON, "--ray", cluster.address,
                     "--ray-workers", "2", "--shard-rows", str(SHARD_ROWS))
    try:
        def actors() -> list[int]:  # the map_batches actors on the worker node
            return [p for p in descendants(cluster.worker.pid) if "MapWorker" in cmdline(p)]

        def some_done() -> bool:
            return shards.is_dir() and any(p.suffix == ".json" and p.stem.isdigit() for p in shards.iterdir())

        wait_for(lambda: actors() and some_done(), 120, "a worker-node actor and a finished shard", proc)
        victim = actors()[0]
        done_before = sum(1 for p in shards.iterdir() if p.suffix == ".json" and p.stem.isdigit())
        os.kill(victim, signal.SIGKILL)  # a lost worker, mid-run
        assert done_before < ROWS // SHARD_ROWS, "the run had finished before the kill"
        stdout, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr
    assert not _alive(victim)
    assert f"verified {ROWS} rows" in stdout and "bad rows    3" in stdout, stdout
    assert not shards.exists()  # merged and removed
    assert out.read_bytes() == local_jsonl


@needs_ray
def test_ray_resume_after_a_killed_driver_matches_local_parquet(cluster, shards_input, tmp_path):
    ref = tmp_path / "local.parquet"
    proc = run_cli("verify", str(shards_input), "-o", str(ref), *COMMON)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "ray.parquet"
    shards = Path(str(out) + ".shards")
    args = ("verify", str(shards_input), "-o", str(out), *COMMON, "--ray", cluster.address, "--shard-rows",
            str(SHARD_ROWS), "--ray-workers", "2")
    driver = start_cli(*args)

    def done() -> int:
        return sum(1 for p in shards.iterdir() if p.suffix == ".json" and p.stem.isdigit()) if shards.is_dir() else 0

    try:
        wait_for(lambda: done() >= 3, 120, "three finished shards", driver)
    finally:
        driver.kill()  # SIGKILL: no cleanup of any kind
        driver.communicate()
    kept = done()
    assert 3 <= kept < ROWS // SHARD_ROWS and not out.exists()
    again = run_cli(*args)
    assert again.returncode == 2 and "--resume" in again.stderr  # a leftover run is not silently overwritten
    proc = run_cli(*args, "--resume")
    assert proc.returncode == 0, proc.stderr
    assert f"verified {ROWS} rows" in proc.stdout and "[resumed at row" in proc.stdout, proc.stdout
    assert int(proc.stdout.split("[resumed at row ")[1].split("]")[0]) >= kept * SHARD_ROWS
    assert out.read_bytes() == ref.read_bytes()
    assert not shards.exists()


@needs_ray
def test_audit_on_ray_writes_the_local_report(cluster, tmp_path):
    sample = Path(verigrade.__file__).parent / "data" / "sample_rollouts.jsonl"
    outs = []
    for name, extra in (("local", ()), ("ray", ("--ray", cluster.address, "--ray-workers", "2"))):
        # --baseline rule: two verification passes (verigrade's and the rule baseline's), both on Ray
        proc = run_cli("audit", str(sample), "-o", str(tmp_path / f"{name}.html"), "--json",
                       str(tmp_path / f"{name}.json"), "--baseline", "rule", *COMMON, *extra)
        assert proc.returncode == 0, proc.stderr
        outs.append(((tmp_path / f"{name}.json").read_bytes(), (tmp_path / f"{name}.html").read_bytes()))
    assert outs[0] == outs[1]


def _small_rows() -> list:
    base = [json.loads(line) for line in ROLLOUTS.read_text(encoding="utf-8").splitlines()[:300]]
    return [{"ground_truth": r["ground_truth"], "response": r["response"], "question": r["question"]} for r in base]


@needs_ray
@pytest.mark.parametrize("kind", ["jsonl", "hf"])
def test_ray_jsonl_and_hf_dataset_match_local(kind, cluster, tmp_path):
    if not ROLLOUTS.exists():
        pytest.skip(f"needs the shared data at {ROLLOUTS}")
    rows = _small_rows()
    if kind == "jsonl":  # bad JSON, a JSON list, no gold, blank lines: reported with their line numbers
        lines = [json.dumps(r) for r in rows]
        lines[10:10] = ["{not json", "", "[1, 2]", json.dumps({"ground_truth": None, "response": "x"}), ""]
        src = tmp_path / "in.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        if importlib.util.find_spec("datasets") is None:
            pytest.skip("needs datasets")
        import datasets

        src = tmp_path / "hf"
        datasets.Dataset.from_list(rows).save_to_disk(str(src))
    local, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    proc = run_cli("verify", str(src), "-o", str(local), *COMMON)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("verify", str(src), "-o", str(ray_out), *COMMON, "--ray", cluster.address, "--shard-rows", "70")
    assert proc.returncode == 0, proc.stderr
    if kind == "jsonl":
        assert "line 11: bad JSON" in proc.stderr and "line 14: no gold answer" in proc.stderr, proc.stderr
    assert ray_out.read_bytes() == local.read_bytes()


@needs_ray
def test_ray_run_survives_a_lost_node_and_matches_local(cluster, shards_input, local_jsonl, tmp_path):
    """A third node joins, gets one of three actors, and dies mid-run (every process of it SIGKILLed)."""
    log = os.path.join(cluster.temp_dir, "node3.log")
    node = _ray_start(["--address", cluster.address], log)
    try:
        wait_for(lambda: b"Ray runtime started" in Path(log).read_bytes(), 90, "the third node", node)
        out = tmp_path / "ray.jsonl"
        shards = Path(str(out) + ".shards")
        proc = start_cli("verify", str(shards_input), "-o", str(out), *COMMON, "--ray", cluster.address,
                         "--ray-workers", "3", "--shard-rows", str(SHARD_ROWS))
        try:
            def ready() -> bool:
                on_node = [p for p in descendants(node.pid) if "MapWorker" in cmdline(p)]
                return bool(on_node) and shards.is_dir() and any(p.stem.isdigit() for p in shards.glob("*.json"))

            wait_for(ready, 120, "an actor on the third node and a finished shard", proc)
            done_before = sum(1 for p in shards.glob("*.json") if p.stem.isdigit())
            for pid in [node.pid] + descendants(node.pid):  # the whole node, at once, by id
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            assert done_before < ROWS // SHARD_ROWS, "the run had finished before the node died"
            stdout, stderr = proc.communicate(timeout=300)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 0, stderr
        assert f"verified {ROWS} rows" in stdout, stdout
        assert out.read_bytes() == local_jsonl
    finally:
        _stop(node)
