"""`verigrade verify`: batch verification that loses nothing. Real subprocesses, real signals.

The crash tests run verify on a 5 000-row verl-layout parquet (Big-Math prompts from the shared data, one
deterministic synthetic response per row), kill it half-way (SIGKILL, and SIGINT in another run), resume, and
require the output to be byte-identical to an uninterrupted run.
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from verigrade.batch import Columns, chat_text, get_path, resolve

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
BIGMATH = DATA / "bigmath_rl_train.parquet"
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None
needs_bigmath = pytest.mark.skipif(not BIGMATH.exists() or not HAS_PYARROW,
                                   reason=f"needs pyarrow and the shared data at {BIGMATH}")
# A generous per-item deadline: a verdict must not depend on how loaded the machine is, or the reruns differ.
COMMON = ("--mode", "rule", "--deadline", "30", "--no-progress")


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "verigrade.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd, env=_env())


def start_cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "verigrade.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def bigmath_parquet(tmp_path_factory) -> Path:
    if not BIGMATH.exists() or not HAS_PYARROW:
        pytest.skip(f"needs pyarrow and the shared data at {BIGMATH}")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from verigrade.audit.synth import responses_for

    table = pq.read_table(BIGMATH)
    golds = [(r or {}).get("ground_truth") or "" for r in table.column("reward_model").to_pylist()]
    questions = [(r or {}).get("question") for r in table.column("extra_info").to_pylist()]
    table = table.append_column("response", pa.array(responses_for(golds, questions, seed=0)))
    assert table.num_rows == 5000
    path = tmp_path_factory.mktemp("bigmath") / "rollouts.parquet"
    pq.write_table(table, path, row_group_size=700)  # several row groups: resume must skip them right
    return path


@pytest.fixture(scope="module")
def reference_output(bigmath_parquet, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    proc = run_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON, "--chunk-size", "256")
    assert proc.returncode == 0, proc.stderr
    assert "verified 5000 rows" in proc.stdout and "rows/s" in proc.stdout
    assert not Path(str(out) + ".partial").exists() and not Path(str(out) + ".progress.json").exists()
    return out.read_bytes()


def _wait_for_rows(proc: subprocess.Popen, sidecar: Path, at_least: int, timeout: float = 60) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            pytest.fail(f"verify finished (rc={proc.returncode}) before it could be interrupted")
        try:
            rows = json.loads(sidecar.read_text())["stats"]["rows"]
        except (OSError, ValueError, KeyError):
            rows = 0
        if rows >= at_least:
            return rows
        time.sleep(0.005)
    pytest.fail("verify made no progress")


# ------------------------------------------------------------------------------------------------ crash + resume
@needs_bigmath
def test_uninterrupted_output_is_the_input_plus_verdicts(bigmath_parquet, reference_output):
    lines = reference_output.decode("utf-8").splitlines()
    assert len(lines) == 5000
    first = json.loads(lines[0])
    assert list(first)[:3] == ["source", "domain", "llama8b_solve_rate"]  # the input's columns, in order
    assert first["reward_model"]["ground_truth"] == "12.36\\%"  # nested values kept as they were
    added = [k for k in first if k.startswith("verigrade_")]
    assert added == ["verigrade_correct", "verigrade_score", "verigrade_answer", "verigrade_method",
                     "verigrade_reason", "verigrade_flags", "verigrade_outcome", "verigrade_stage",
                     "verigrade_p_true", "verigrade_threshold", "verigrade_evidence"]
    rows = [json.loads(x) for x in lines]
    import pyarrow.parquet as pq

    want = [r["index"] for r in pq.read_table(bigmath_parquet, columns=["extra_info"]).column(0).to_pylist()]
    assert [r["extra_info"]["index"] for r in rows] == want  # same rows, same order
    bad = [r for r in rows if "bad_row" in r["verigrade_flags"]]
    assert all(r["verigrade_correct"] is False for r in bad)  # e.g. a blank gold: kept, flagged, not dropped


@needs_bigmath
def test_sigkill_half_way_then_resume_is_byte_identical(bigmath_parquet, reference_output, tmp_path):
    out = tmp_path / "out.jsonl"
    partial, sidecar = Path(str(out) + ".partial"), Path(str(out) + ".progress.json")
    proc = start_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON, "--chunk-size", "50")
    done = _wait_for_rows(proc, sidecar, 600)
    proc.kill()  # SIGKILL: no handler runs
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists() and partial.exists()
    state = json.loads(sidecar.read_text())
    assert done <= state["stats"]["rows"] < 5000
    assert partial.stat().st_size >= state["out_bytes"]
    with open(partial, "ab") as f:  # a torn, half-written chunk past the committed offset
        f.write(b'{"source": "cn_k12", "domain": ["Mathem')
    # without --resume a left-over partial is an error, not silently overwritten
    proc2 = run_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON)
    assert proc2.returncode == 2 and "--resume" in proc2.stderr
    proc3 = run_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON, "--resume", "--chunk-size", "300")
    assert proc3.returncode == 0, proc3.stderr
    assert f"resumed at row {state['stats']['rows']}" in proc3.stdout
    assert "verified 5000 rows" in proc3.stdout
    assert out.read_bytes() == reference_output
    assert not partial.exists() and not sidecar.exists()


@needs_bigmath
def test_sigint_commits_the_chunk_exits_130_then_resume_is_byte_identical(bigmath_parquet, reference_output,
                                                                          tmp_path):
    out = tmp_path / "out.jsonl"
    partial, sidecar = Path(str(out) + ".partial"), Path(str(out) + ".progress.json")
    proc = start_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON, "--chunk-size", "50")
    _wait_for_rows(proc, sidecar, 600)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "resume with --resume" in err
    state = json.loads(sidecar.read_text())
    rows = state["stats"]["rows"]
    assert 0 < rows < 5000
    # a clean stop: the partial holds exactly the committed rows, nothing torn
    assert partial.stat().st_size == state["out_bytes"]
    assert partial.read_bytes() == reference_output[: state["out_bytes"]]
    assert len(partial.read_bytes().splitlines()) == rows
    proc2 = run_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON, "--resume")
    assert proc2.returncode == 0, proc2.stderr
    assert out.read_bytes() == reference_output


@needs_bigmath
def test_resume_refuses_a_different_run(bigmath_parquet, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start_cli("verify", str(bigmath_parquet), "-o", str(out), *COMMON, "--chunk-size", "50")
    _wait_for_rows(proc, Path(str(out) + ".progress.json"), 100)
    proc.kill()
    proc.wait(timeout=30)
    other = run_cli("verify", str(bigmath_parquet), "-o", str(out), "--mode", "addon", "--no-progress", "--resume")
    assert other.returncode == 2 and "different run" in other.stderr and "mode" in other.stderr


# ------------------------------------------------------------------------------------------------ bad rows
def test_malformed_rows_are_kept_flagged_and_reported_with_line_numbers(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"question": "q1", "ground_truth": "\\frac{1}{2}", "response": "so \\boxed{0.5}"},
        '{"question": "q2", "ground_truth": "3", "response": ',  # line 2: bad JSON
        "",  # line 3: blank, not a row
        {"question": "q4", "response": "\\boxed{4}"},  # line 4: no gold
        {"question": "q5", "gold": "5", "response": None},  # line 5: no response
        "[1, 2]",  # line 6: not an object
        {"question": "q7", "gold": "7", "response": "\\boxed{8}"},
    ])
    out = tmp_path / "out.jsonl"
    proc = run_cli("verify", str(src), "-o", str(out), *COMMON)
    assert proc.returncode == 0, proc.stderr
    for line in (2, 4, 5, 6):
        assert f"line {line}:" in proc.stderr
    assert "kept, flagged bad_row" in proc.stderr
    assert "bad rows    4" in proc.stdout
    rows = read_jsonl(out)
    assert len(rows) == 6  # every non-blank line, in order
    assert rows[0]["verigrade_correct"] is True and rows[0]["verigrade_flags"] == []
    assert rows[1]["verigrade_raw"].startswith('{"question": "q2"')
    for r, line in zip(rows[1:5], (2, 4, 5, 6)):
        assert r["verigrade_flags"] == ["bad_row"] and r["verigrade_correct"] is False
        assert r["verigrade_reason"].startswith(f"line {line}: ")
    assert rows[2]["question"] == "q4"  # a row with a missing field keeps its own columns
    assert rows[5]["verigrade_correct"] is False and rows[5]["verigrade_flags"] == []


def test_flat_columns_response_lists_and_parquet_output(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = write_jsonl(tmp_path / "in.jsonl", [
        {"prompt": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "Half of one?"}],
         "gold": "1/2", "responses": ["\\boxed{0.5}", "\\boxed{2}"], "data_source": "toy"},
        {"question": "q", "ground_truth": "3", "response": "\\boxed{3}", "data_source": "toy"},
    ])
    out = tmp_path / "out.parquet"
    proc = run_cli("verify", str(src), "-o", str(out), *COMMON)
    assert proc.returncode == 0, proc.stderr
    assert "3 responses" in proc.stdout and "toy" in proc.stdout
    rows = pq.read_table(out).to_pylist()
    assert rows[0]["verigrade_correct"] == [True, False]
    assert rows[1]["verigrade_correct"] == [True]  # one column type: a list where any row has a list
    assert not Path(str(out) + ".partial").exists()


def test_column_resolution():
    row = {"prompt": [{"role": "user", "content": "Q?"}], "reward_model": {"ground_truth": 7},
           "extra_info": {"question": None}, "response": "\\boxed{7}", "data_source": "d"}
    res = resolve(row, Columns())
    assert (res.gold, res.question, res.source, res.error) == ("7", "Q?", "d", None)
    assert get_path({"a.b": 1, "a": {"b": 2}}, "a.b") == 1  # a flat dotted key wins
    assert get_path({"a": [{"b": 3}]}, "a.0.b") == 3
    assert chat_text([{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"}]) == "x"
    assert "no gold" in resolve({"response": "r"}, Columns()).error
    custom = Columns(gold=("answer",), response=("output",))
    assert resolve({"answer": "1", "output": "\\boxed{1}"}, custom).error is None


def test_input_errors_exit_2(tmp_path):
    proc = run_cli("verify", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl"), *COMMON)
    assert proc.returncode == 2 and "no such file" in proc.stderr
    if importlib.util.find_spec("datasets") is None:
        (tmp_path / "ds").mkdir()
        proc = run_cli("verify", str(tmp_path / "ds"), "-o", str(tmp_path / "o.jsonl"), *COMMON)
        assert proc.returncode == 2 and "datasets" in proc.stderr


def test_resume_without_progress_starts_over_and_limit(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"gold": str(i), "response": f"\\boxed{{{i}}}"} for i in range(10)])
    out = tmp_path / "out.jsonl"
    proc = run_cli("verify", str(src), "-o", str(out), *COMMON, "--resume", "--limit", "4", "--chunk-size", "3")
    assert proc.returncode == 0, proc.stderr
    rows = read_jsonl(out)
    assert [r["gold"] for r in rows] == ["0", "1", "2", "3"] and all(r["verigrade_correct"] for r in rows)


# ------------------------------------------------------------------------------------------------ issue 16
def test_lone_surrogates_are_replaced_flagged_and_the_run_finishes(tmp_path):
    # "\ud800" is valid JSON; before, writing the row raised UnicodeEncodeError (and --resume died on it again)
    rows = [{"gold": "1", "response": "\\boxed{1} \ud800"}, {"gold": "2", "response": "\\boxed{2}", "n\udc00": "x\ud800"},
            {"gold": "3", "response": "\\boxed{3}"}, {"gold": "4", "response": "\\boxed{4}", "ok": "\U0001F600"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")
    assert "\\ud800" in src.read_text() and "\\ud83d\\ude00" in src.read_text()  # a valid pair stays valid
    out = tmp_path / "out.jsonl"
    proc = run_cli("verify", str(src), "-o", str(out), *COMMON, "--chunk-size", "1")
    assert proc.returncode == 0, proc.stderr
    got = read_jsonl(out)
    assert [r["verigrade_correct"] for r in got] == [True] * 4
    assert [("invalid_unicode" in r["verigrade_flags"]) for r in got] == [True, True, False, False]
    assert got[0]["response"] == "\\boxed{1} \ufffd" and got[1]["n\ufffd"] == "x\ufffd"
    assert got[3]["ok"] == "\U0001F600"
    assert "invalid_unicode 2" in proc.stdout
    # --resume from a run stopped just before the bad row (where the old code died, on every resume) finishes
    # and writes the same bytes as the uninterrupted run
    ref = out.read_bytes()
    out2 = tmp_path / "out2.jsonl"
    first_line = src.read_bytes().split(b"\n")[0] + b"\n"
    _fake_progress(src, out2, ref.split(b"\n")[0] + b"\n", {"rows": 1, "offset": len(first_line), "line": 1})
    proc = run_cli("verify", str(src), "-o", str(out2), *COMMON, "--resume", "--chunk-size", "1")
    assert proc.returncode == 0 and "resumed at row 1" in proc.stdout, proc.stderr
    assert out2.read_bytes() == ref


def _fake_progress(src: Path, out: Path, partial: bytes, pos: dict) -> None:
    """The .partial and progress file a `verify --mode rule` run leaves when it is killed at `pos`."""
    from verigrade.batch.run import Stats, _sidecar
    from verigrade.batch.sources import open_source

    identity = {"input": open_source(str(src)).fingerprint(), "columns": Columns().describe(),
                "prefix": "verigrade_", "mode": "rule", "output_format": "jsonl", "limit": None}
    stats = Stats(rows=pos["rows"])
    Path(str(out) + ".partial").write_bytes(partial)
    Path(str(out) + ".progress.json").write_text(json.dumps(_sidecar(identity, pos, len(partial), stats)))


def test_resume_refuses_an_input_edited_mid_file_at_the_same_size(tmp_path):
    filler = "x" * 70_000  # past the first and last 64 KiB the old fingerprint read
    rows = [{"gold": "1", "response": "\\boxed{1}", "pad": filler}] + [
        {"gold": str(i), "response": f"\\boxed{{{i}}}"} for i in range(2, 6)] + [
        {"gold": "9", "response": "\\boxed{9}", "pad": filler}]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    _fake_progress(src, out, b"", {"rows": 0, "offset": 0, "line": 0})  # a run killed in its first chunk
    text = src.read_text()
    edited = text.replace('"gold": "3", "response": "\\\\boxed{3}"', '"gold": "7", "response": "\\\\boxed{7}"')
    assert edited != text and len(edited) == len(text)
    src.write_text(edited)
    proc = run_cli("verify", str(src), "-o", str(out), *COMMON, "--resume")
    assert proc.returncode == 2 and "different run" in proc.stderr and "input" in proc.stderr, proc.stderr


def test_output_that_is_a_directory_fails_before_any_row(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"gold": "1", "response": "\\boxed{1}"}] * 3)
    (tmp_path / "outdir").mkdir()
    proc = run_cli("verify", str(src), "-o", str(tmp_path / "outdir"), *COMMON)
    assert proc.returncode == 2 and "is a directory" in proc.stderr, proc.stderr
    assert not (tmp_path / "outdir.partial").exists() and not (tmp_path / "outdir.progress.json").exists()
    proc = run_cli("verify", str(src), "-o", str(tmp_path / "nope" / "o.jsonl"), *COMMON)
    assert proc.returncode == 2 and "does not exist" in proc.stderr


def test_engine_errors_log_one_traceback_then_one_line_each(monkeypatch):
    import io
    import logging

    import verigrade.pipeline as pipeline
    from verigrade.batch import EngineErrorFilter

    def boom(*a, **k):
        raise ZeroDivisionError("engine bug")

    monkeypatch.setattr(pipeline, "check", boom)
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    logger = logging.getLogger("verigrade")
    flt = EngineErrorFilter(show=3)
    logger.addHandler(handler)
    logger.addFilter(flt)
    try:
        v = pipeline.Verifier(mode="rule")
        verdicts = v.verify_batch([{"gold": "1", "response": f"\\boxed{{{i}}}"} for i in range(6)])
    finally:
        logger.removeFilter(flt)
        logger.removeHandler(handler)
    assert all("engine_error" in x.flags for x in verdicts)
    text = buf.getvalue()
    assert text.count("Traceback") == 1 and "ZeroDivisionError: engine bug" in text
    assert text.count("flagged engine_error") == 3 and flt.seen == 6 and flt.suppressed == 2
