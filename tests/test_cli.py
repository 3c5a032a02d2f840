"""The `verigrade` CLI, run as a real subprocess (what a user types), checked for structure and consistency.

The rule engine is developed alongside; these tests do not pin its recall. They pin what the bench must get right
whatever the engine does: counts, labels, the metric arithmetic, error reporting, and exit codes.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

HAS_MATH_VERIFY = importlib.util.find_spec("math_verify") is not None


def run_cli(*args: str, cwd: Path | None = None, extra_path: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}  # a dev's env must not leak in
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_path), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "verigrade.cli", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd, env=env,
    )


def sample_rows() -> list[dict]:
    text = resources.files("verigrade").joinpath("data", "sample_pairs.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def bench_json(*args: str, **kw) -> dict:
    proc = run_cli("bench", "--mode", "rule", "--json", *args, **kw)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # exactly one JSON object on stdout


# ------------------------------------------------------------------------------------------- the bundled sample
def test_sample_is_well_formed():
    rows = sample_rows()
    assert 35 <= len(rows) <= 60
    for r in rows:
        assert set(r) == {"question", "gold", "response", "label", "category"}
        assert isinstance(r["label"], bool) and r["gold"].strip() and r["response"].strip()
    labels = [r["label"] for r in rows]
    assert sum(labels) >= 20 and len(labels) - sum(labels) >= 10  # both sides are covered
    assert sum("\\boxed" in r["response"] and len(r["response"]) > 150 for r in rows) >= 3  # full CoT responses


def test_bench_table_on_bundled_sample():
    proc = run_cli("bench", "--mode", "rule")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Traceback" not in proc.stderr
    for word in ("recall", "specificity", "accuracy", "precision", "throughput", "p50", "p99", "outcomes", "flags"):
        assert word in out, word
    n = int(re.search(r"^n\s+(\d+)\s*$", out, re.M).group(1))
    assert n == len(sample_rows())
    pos = sum(r["label"] for r in sample_rows())
    assert f"({pos} correct, {n - pos} wrong)" in out


def test_bench_json_numbers_are_consistent():
    rows = sample_rows()
    data = bench_json("--errors")
    for key in ("source", "format", "n", "positives", "negatives", "bad_lines", "mode", "config", "verigrade",
                "baseline", "speed_ratio", "by_category", "errors"):
        assert key in data, key
    assert data["format"] == "pairs" and data["mode"] == "rule" and data["baseline"] is None
    assert data["n"] == len(rows) and data["positives"] == sum(r["label"] for r in rows)
    vg = data["verigrade"]
    tp, fn, tn, fp = vg["tp"], vg["fn"], vg["tn"], vg["fp"]
    assert tp + fn == data["positives"] and tn + fp == data["negatives"]
    assert vg["recall"] == pytest.approx(tp / (tp + fn))
    assert vg["specificity"] == pytest.approx(tn / (tn + fp))
    assert vg["accuracy"] == pytest.approx((tp + tn) / data["n"])
    assert vg["precision"] == (pytest.approx(tp / (tp + fp)) if tp + fp else None)
    assert sum(vg["outcomes"].values()) == data["n"] and set(vg["outcomes"]) >= {"equal", "different", "unsure"}
    assert vg["latency_p50_ms"] <= vg["latency_p99_ms"] <= vg["latency_max_ms"]
    assert vg["throughput"] > 0
    assert sum(c["n"] for c in data["by_category"].values()) == data["n"]
    # Every disagreement is listed, and only those.
    assert len(data["errors"]) == fn + fp
    for e in data["errors"]:
        assert e["verigrade"]["accepted"] != e["label"]
        assert rows[e["line"] - 1]["gold"] == e["gold"]


def test_bench_recall_matches_the_library():
    """The bench's recall/specificity equal what the Verifier itself decides on the same pairs."""
    from verigrade import Verifier

    rows = sample_rows()
    v = Verifier(mode="rule")
    accepted = [v.verify(r["gold"], r["response"], r["question"]).correct for r in rows]
    pos = [a for a, r in zip(accepted, rows) if r["label"]]
    neg = [a for a, r in zip(accepted, rows) if not r["label"]]
    vg = bench_json()["verigrade"]
    assert vg["tp"] == sum(pos) and vg["fp"] == sum(neg)
    assert vg["recall"] == pytest.approx(sum(pos) / len(pos))
    assert vg["specificity"] == pytest.approx(1 - sum(neg) / len(neg))


def test_limit():
    data = bench_json("--limit", "7")
    assert data["n"] == 7
    assert run_cli("bench", "--limit", "0").returncode == 2


# ------------------------------------------------------------------------------------------- files and errors
def test_errors_lists_exactly_the_disagreements(tmp_path):
    f = write_jsonl(tmp_path / "p.jsonl", [
        {"gold": "7", "response": "so \\boxed{7}", "label": True},  # identical: any verifier accepts, label agrees
        {"gold": "7", "candidate": "so \\boxed{7}", "label": 0},  # identical but labelled wrong: must be listed
    ])
    proc = run_cli("bench", str(f), "--mode", "rule", "--errors")
    assert proc.returncode == 0, proc.stderr
    err = proc.stdout.split("disagreements with the label", 1)[1]
    assert "line 2" in err and "line 1 " not in err
    assert "ACCEPT (WRONG)" in err and "gold" in err and "answer: 7" in err
    data = bench_json(str(f), "--errors")
    assert [e["line"] for e in data["errors"]] == [2]
    assert data["verigrade"]["tp"] == 1 and data["verigrade"]["fp"] == 1


def test_malformed_lines_are_reported_and_skipped(tmp_path):
    f = write_jsonl(tmp_path / "p.jsonl", [
        {"gold": "1", "response": "\\boxed{1}", "label": True},
        "{not json",
        {"gold": "2", "response": "\\boxed{3}", "label": False},
        {"gold": "2", "response": "\\boxed{2}"},  # no label
        {"gold": "2", "response": "\\boxed{2}", "label": "maybe"},
        {"gold": 4, "response": "\\boxed{4}", "label": 1},  # a numeric gold is fine
    ])
    proc = run_cli("bench", str(f), "--mode", "rule")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    for line in (2, 4, 5):
        assert f"p.jsonl:{line}: skipped" in proc.stderr
    assert "3 bad line(s) skipped" in proc.stdout
    data = bench_json(str(f))
    assert data["n"] == 3 and data["n_bad_lines"] == 3
    assert [b["line"] for b in data["bad_lines"]] == [2, 4, 5]
    assert "label" in data["bad_lines"][1]["error"]


def test_contested_labels_are_left_out_and_reported(tmp_path):
    f = write_jsonl(tmp_path / "p.jsonl", [
        {"gold": "1", "response": "\\boxed{1}", "label": True},
        {"gold": "2", "response": "\\boxed{3}", "label": True, "suggested_label": False},  # a wrong expectation
        {"gold": "2", "response": "\\boxed{5}", "label": False},
    ])
    proc = run_cli("bench", str(f), "--mode", "rule")
    assert proc.returncode == 0, proc.stderr
    assert "1 left out (contested label" in proc.stdout
    data = bench_json(str(f))
    assert data["n"] == 2 and data["positives"] == 1 and data["contested_lines"] == [2]
    assert data["verigrade"]["recall"] == 1.0


def test_nonexistent_file_is_a_clean_error(tmp_path):
    proc = run_cli("bench", str(tmp_path / "nope.jsonl"))
    assert proc.returncode == 2
    assert "no such file" in proc.stderr and "nope.jsonl" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_file_without_pairs_is_a_clean_error(tmp_path):
    f = write_jsonl(tmp_path / "bad.jsonl", ["garbage", "{}"])
    proc = run_cli("bench", str(f), "--mode", "rule")
    assert proc.returncode == 2 and "no labelled pairs" in proc.stderr and "Traceback" not in proc.stderr


def test_hardverify_format_is_detected(tmp_path):
    f = write_jsonl(tmp_path / "hv.jsonl", [
        {"id": 1, "question": "What is 3 times 4?", "ground_truth": "12", "fn_output": "12", "tn_output": "13"},
        {"id": 2, "question": "Solve x+1=3.", "ground_truth": "$2$", "fn_output": "x = 2", "tn_output": "x = 3"},
        {"id": 3, "question": "Halve 3.", "ground_truth": "\\frac{3}{2}", "fn_output": "1.5"},  # no tn_output
    ])
    data = bench_json(str(f), "--errors")
    assert data["format"] == "hardverify"
    assert data["n"] == 5 and data["positives"] == 3 and data["negatives"] == 2
    vg = data["verigrade"]
    assert vg["tp"] + vg["fn"] == 3 and vg["tn"] + vg["fp"] == 2
    # fn_output "12" is identical to the gold: accepted by any verifier, so row 1's positive is not an error.
    assert not any(e["line"] == 1 and e["label"] for e in data["errors"])


def test_json_array_file(tmp_path):
    f = tmp_path / "hv.json"
    f.write_text(json.dumps([{"question": "q", "ground_truth": "1", "fn_output": "1", "tn_output": "2"}]))
    data = bench_json(str(f))
    assert data["format"] == "hardverify" and data["n"] == 2


# ------------------------------------------------------------------------------------------- baseline
@pytest.mark.skipif(not HAS_MATH_VERIFY, reason="math-verify not installed (pip install -e '.[baselines]')")
def test_baseline_math_verify(tmp_path):
    f = write_jsonl(tmp_path / "p.jsonl", [
        {"gold": "\\frac{1}{2}", "response": "The answer is \\boxed{0.5}.", "label": True},
        {"gold": "\\frac{1}{2}", "response": "The answer is \\boxed{0.6}.", "label": False},
        {"gold": "7", "response": "\\boxed{7}", "label": True},
    ])
    data = bench_json(str(f), "--baseline", "math-verify", "--errors")
    b = data["baseline"]
    assert b["name"] == "math-verify" and b["n"] == 3
    assert (b["tp"], b["fn"], b["tn"], b["fp"]) == (2, 0, 1, 0)  # Math-Verify gets these simple ones right
    assert data["speed_ratio"] == pytest.approx(data["verigrade"]["throughput"] / b["throughput"])
    for e in data["errors"]:
        assert "baseline" in e and e["baseline"]["name"] == "math-verify"

    proc = run_cli("bench", "--mode", "rule", "--baseline", "math-verify", "--limit", "5")
    assert proc.returncode == 0, proc.stderr
    header = next(line for line in proc.stdout.splitlines() if "verigrade" in line and "math-verify" in line)
    assert header.split() == ["verigrade", "math-verify"]
    assert "speed ratio verigrade/math-verify:" in proc.stdout


def test_baseline_missing_is_a_clean_error(tmp_path):
    fake = tmp_path / "fake" / "math_verify"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('math_verify is not installed here')\n")
    proc = run_cli("bench", "--mode", "rule", "--baseline", "math-verify", extra_path=tmp_path / "fake")
    assert proc.returncode == 2
    assert "pip install -e '.[baselines]'" in proc.stderr and "Traceback" not in proc.stderr


# ------------------------------------------------------------------------------------------- judge modes
def test_judge_mode_reports_calls_cache_and_a_consistent_sweep(tmp_path):
    """Against the package's stub OpenAI-compatible server (a deterministic P(True) per prompt)."""
    stub = pytest.importorskip("verigrade.judge.stub_server")
    pytest.importorskip("httpx")
    cache = str(tmp_path / "judge.sqlite")
    with stub.StubJudgeServer("hash") as server:
        runs = [bench_json("--mode", "judge", "--judge-url", server.url, "--cache", cache, "--judge-threshold", "0.5")
                for _ in range(2)]
        table = run_cli("bench", "--mode", "judge", "--judge-url", server.url, "--cache", cache)
    first, second = runs
    for data in runs:
        vg, j = data["verigrade"], data["verigrade"]["judge"]
        assert data["mode"] == "judge" and j is not None and j["judged"] == vg["stages"].get("judge", 0) > 0
        assert j["calls"] + j["cache_hits"] == j["judged"]
        sweep = vg["threshold_sweep"]
        assert [round(s["threshold"], 2) for s in sweep] == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]
        recalls = [s["recall"] for s in sweep]
        specs = [s["specificity"] for s in sweep]
        assert recalls == sorted(recalls, reverse=True) and specs == sorted(specs)  # monotone in t
        at_thr = next(s for s in sweep if round(s["threshold"], 2) == 0.5)
        assert at_thr["recall"] == pytest.approx(vg["recall"])  # the sweep at the configured t is the actual run
        assert at_thr["specificity"] == pytest.approx(vg["specificity"])
    assert first["verigrade"]["judge"]["calls"] > 0
    assert second["verigrade"]["judge"]["calls"] == 0  # the same items again: all from the SQLite cache
    assert second["verigrade"]["judge"]["cache_hit_rate"] == 1.0
    assert table.returncode == 0, table.stderr
    assert "threshold sweep" in table.stdout and "cache hits" in table.stdout


# ------------------------------------------------------------------------------------------- entry points
def test_help_and_no_command():
    proc = run_cli("--help")
    assert proc.returncode == 0 and "bench" in proc.stdout
    assert run_cli().returncode == 2
    proc = run_cli("bench", "--help")
    assert proc.returncode == 0 and "--baseline" in proc.stdout and "--judge-threshold" in proc.stdout


def test_bad_option_values_are_rejected():
    assert run_cli("bench", "--judge-threshold", "1.5").returncode == 2
    assert run_cli("bench", "--deadline", "0").returncode == 2
    assert run_cli("bench", "--mode", "nonsense").returncode == 2


def test_python_dash_m_verigrade():
    proc = subprocess.run([sys.executable, "-m", "verigrade", "bench", "--mode", "rule", "--limit", "3", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["n"] == 3
