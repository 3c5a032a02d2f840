"""`verigrade audit`: the false-negative audit, checked against numbers worked out by hand.

The rule engine is developed alongside; the hand fixture uses only answer forms the engine has long handled
(units, an `x =` prefix, an inequality for an interval, a decimal for a fraction), so the expected numbers below
are a statement about the audit's arithmetic and the classifier, not about recall.
"""
from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from verigrade import Verifier
from verigrade.audit.classify import SUBCATEGORIES, classify
from verigrade.audit.signal import Reward, group_kind, signal_metrics
from verigrade.audit.synth import correct_forms, strict_baseline, synth_rollouts, wrong_forms

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ROLLOUTS = DATA / "math_cot_100_rollouts.jsonl"
HAS_MPL = importlib.util.find_spec("matplotlib") is not None


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}
    return subprocess.run([sys.executable, "-m", "verigrade.cli", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def box(ans: str) -> str:
    return f"We work it out step by step.\n\nSo the final answer is $\\boxed{{{ans}}}$."


# --------------------------------------------------------------------------------------------- the hand fixture
# group a (source s1): gold 5        -> "5 cm" (units, baseline 0), "x = 5" (prefix, baseline 0), "6" (wrong, 0)
# group b (source s1): gold [2, 5)   -> "[2, 5)" (baseline 1), "2 \le x < 5" (interval, baseline 0)
# group c (source s2): gold \frac12  -> "0.5" (decimal, baseline 0), "3" (wrong, but the baseline said 1)
FIXTURE = [
    {"prompt_id": "a", "data_source": "s1", "question": "How long is the rod, in cm?", "ground_truth": "5",
     "response": box("5 \\text{ cm}"), "reference_rule_score": False},
    {"prompt_id": "a", "data_source": "s1", "question": "How long is the rod, in cm?", "ground_truth": "5",
     "response": box("x = 5"), "reference_rule_score": 0},
    {"prompt_id": "a", "data_source": "s1", "question": "How long is the rod, in cm?", "ground_truth": "5",
     "response": box("6"), "reference_rule_score": 0.0},
    {"prompt_id": "b", "data_source": "s1", "question": "Solve the inequality.", "ground_truth": "[2, 5)",
     "response": box("[2, 5)"), "reference_rule_score": True},
    {"prompt_id": "b", "data_source": "s1", "question": "Solve the inequality.", "ground_truth": "[2, 5)",
     "response": box("2 \\le x < 5"), "reference_rule_score": False},
    {"prompt_id": "c", "data_source": "s2", "question": "What is half of one?", "ground_truth": "\\frac{1}{2}",
     "response": box("0.5"), "reference_rule_score": False},
    {"prompt_id": "c", "data_source": "s2", "question": "What is half of one?", "ground_truth": "\\frac{1}{2}",
     "response": box("3"), "reference_rule_score": True},
]


@pytest.fixture(scope="module")
def fixture_audit(tmp_path_factory) -> tuple[dict, Path]:
    d = tmp_path_factory.mktemp("audit")
    src = write_jsonl(d / "rollouts.jsonl", FIXTURE + ["{not json"])
    args = ["audit", str(src), "--json", str(d / "audit.json"), "--mode", "rule", "--no-progress"]
    if HAS_MPL:
        args += ["-o", str(d / "report.html")]
    else:
        args += ["--format", "md", "-o", str(d / "report.md")]
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    assert "line 8" in proc.stderr and "skipped" in proc.stderr  # the bad line is reported with its number
    return json.loads((d / "audit.json").read_text()), d


def test_fixture_totals_match_hand_count(fixture_audit):
    data, _ = fixture_audit
    assert data["baseline"] == "column:reference_rule_score" and data["verigrade_mode"] == "rule"
    assert data["bad_rows"] == [{"line": 8, "why": data["bad_rows"][0]["why"]}]
    t = data["totals"]
    assert t["responses"] == 7
    assert t["baseline_correct"] == 2 and t["verigrade_correct"] == 5
    assert t["baseline_rejected"] == 5
    assert t["recovered"] == 4  # 5 cm, x = 5, 2 <= x < 5, 0.5
    assert t["rejected"] == 1  # "3" for 1/2, which the baseline column accepted
    assert t["fn_rate"] == pytest.approx(4 / 5)
    s1, s2 = data["by_source"]["s1"], data["by_source"]["s2"]
    assert (s1["responses"], s1["baseline_rejected"], s1["recovered"], s1["rejected"]) == (5, 4, 3, 0)
    assert s1["fn_rate"] == pytest.approx(0.75)
    assert (s2["responses"], s2["baseline_rejected"], s2["recovered"], s2["rejected"]) == (2, 1, 1, 1)


def test_fixture_categories_match_hand_classification(fixture_audit):
    data, _ = fixture_audit
    subs = {s["code"]: s["count"] for s in data["categories"]["subcategories"]}
    assert subs == {"1.4": 1, "1.5": 1, "2.1": 1, "4.1": 1}
    tops = {c["category"]: c["count"] for c in data["categories"]["categories"]}
    assert tops == {"1 Formatting": 2, "2 Notation": 1, "4 Numeric": 1}
    dis = {(d["line"], d["direction"]): d for d in data["disagreements"]}
    assert set(dis) == {(1, "recovered"), (2, "recovered"), (5, "recovered"), (6, "recovered"), (7, "rejected")}
    assert dis[(1, "recovered")]["category"]["sub"] == "1.4 units"
    assert dis[(2, "recovered")]["category"]["code"] == "1.5"
    assert dis[(5, "recovered")]["category"]["code"] == "2.1"
    assert dis[(6, "recovered")]["category"]["code"] == "4.1"
    rej = dis[(7, "rejected")]
    assert rej["category"] is None and rej["gold"] == "\\frac{1}{2}" and rej["answer"] == "3"
    assert rej["baseline"]["score"] == 1.0 and rej["verigrade"]["correct"] is False
    assert dis[(1, "recovered")]["answer"] == "5 \\text{ cm}" and dis[(1, "recovered")]["group"] == "a"


def test_fixture_signal_matches_hand_count(fixture_audit):
    data, _ = fixture_audit
    o = data["signal"]["overall"]
    assert o["groups"] == 3 and o["responses"] == 7
    # baseline: a = [0,0,0] all-zero, b = [1,0] mixed, c = [0,1] mixed
    assert (o["baseline"]["all_zero"], o["baseline"]["mixed"], o["baseline"]["all_one"]) == (1, 2, 0)
    # verigrade: a = [1,1,0] mixed, b = [1,1] all-one, c = [1,0] mixed
    assert (o["verigrade"]["all_zero"], o["verigrade"]["mixed"], o["verigrade"]["all_one"]) == (0, 2, 1)
    assert o["zero_to_mixed"] == 1
    assert o["transitions"] == {"all_zero->mixed": 1, "mixed->all_one": 1}
    assert o["baseline"]["reward_mean"] == pytest.approx(2 / 7, abs=1e-6)
    assert o["verigrade"]["reward_mean"] == pytest.approx(5 / 7, abs=1e-6)
    assert o["baseline"]["mean_group_variance"] == pytest.approx((0 + 0.25 + 0.25) / 3, abs=1e-6)
    assert o["verigrade"]["mean_group_variance"] == pytest.approx((2 / 9 + 0 + 0.25) / 3, abs=1e-6)
    s1 = data["signal"]["by_source"]["s1"]
    assert s1["groups"] == 2 and s1["zero_to_mixed"] == 1 and s1["verigrade"]["all_one"] == 1


@pytest.mark.skipif(not HAS_MPL, reason="the HTML report needs matplotlib (the audit extra)")
def test_html_report_is_self_contained_with_plots(fixture_audit):
    _, d = fixture_audit
    page = (d / "report.html").read_text(encoding="utf-8")
    imgs = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(imgs) == 3  # categories, per-source FN rates, group signal before/after
    assert all(base64.b64decode(b)[:8] == b"\x89PNG\r\n\x1a\n" for b in imgs)
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "1.4 units" in page and "2.1 interval vs inequality" in page
    assert "\\frac{1}{2}" in page and "2 \\le x &lt; 5" in page  # answers are escaped, not interpreted


def test_md_format_to_stdout(tmp_path):
    src = write_jsonl(tmp_path / "r.jsonl", FIXTURE)
    proc = run_cli("audit", str(src), "--format", "md", "--mode", "rule", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("# verigrade audit")
    assert "| accuracy | 28.6 % | 71.4 % |" in out
    assert "Recovered false negatives: **4** of 5" in out and "all-zero → mixed groups: **1**" in out
    assert "| 1.4 units | 1 | 25.0 % |" in out
    assert "| overall | 3 | 1 → 0 | 2 → 2 | 0 → 1 | 1 |" in out
    assert "## Disagreements (5)" in out


def test_rule_baseline_and_usage_errors(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "reference_rule_score"} for r in FIXTURE]
    src = write_jsonl(tmp_path / "r.jsonl", rows)
    out = tmp_path / "a.json"
    proc = run_cli("audit", str(src), "--format", "md", "-o", str(tmp_path / "a.md"), "--json", str(out),
                   "--mode", "rule", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text())
    assert data["baseline"] == "rule"  # no reward column: the baseline is verigrade's rule mode
    assert data["totals"]["recovered"] == data["totals"]["rejected"] == 0  # the same verifier twice
    assert data["totals"]["baseline_correct"] == data["totals"]["verigrade_correct"] == 5
    proc = run_cli("audit", str(src), "--baseline", "reference", "--format", "md", "--mode", "rule")
    assert proc.returncode == 2 and "reference_rule_score" in proc.stderr
    proc = run_cli("audit", str(src), "--mode", "rule")  # HTML needs -o
    assert proc.returncode == 2 and "-o" in proc.stderr


# --------------------------------------------------------------------------------------------- classifier
@pytest.mark.parametrize("gold, answer, method, evidence, code", [
    ("3", "3 \\text{ cm}", "rule:numeric", ("units",), "1.4"),
    ("4", "y = 4", "rule:structure", ("label",), "1.5"),
    ("5, 2", "a = 5, b = 2", "rule:set", ("label",), "5.2"),
    ("\\dfrac{5}{3}", "\\frac53", "rule:structure", (), "1.3"),
    ("\\left(1,2\\right)", "(1,2)", "rule:exact", (), "1.3"),
    ("1  2", "1 2", "rule:exact", (), "1.1"),
    ("∞", "\\infty", "rule:exact", (), "1.2"),
    ("[2, 5)", "2 \\le x < 5", "rule:interval", ("interval",), "2.1"),
    ("3:2", "1.5", "rule:numeric", ("ratio",), "2.2"),
    ("2 \\pm \\sqrt3", "2+\\sqrt3, 2-\\sqrt3", "rule:set", (), "2.3"),
    ("(1,2)", "\\begin{pmatrix}1\\\\2\\end{pmatrix}", "rule:tuple", (), "2.4"),
    ("3.5", "3,5", "rule:structure", (), "2.5"),
    ("y=2x+1", "y-2x=1", "rule:equation", ("label", "equation"), "3.1"),
    ("\\frac{a-1}{2}", "\\frac a2 - \\frac12", "rule:symbolic", (), "3.1"),
    ("\\sqrt[3]{2}", "2^{1/3}", "rule:numeric", (), "3.2"),
    ("\\ln 8", "3\\ln 2", "rule:numeric", (), "3.3"),
    ("\\frac{5}{7}", "0.714", "rule:decimal", ("decimal",), "4.1"),
    ("3.14159", "3.14", "rule:decimal", ("decimal",), "4.3"),
    ("1000", "10^3", "rule:numeric", (), "4.2"),
    ("0.125", "12.5\\%", "rule:numeric", ("percent",), "4.2"),
    ("12.5\\%", "12.5", "rule:numeric", ("percent",), "1.4"),
    ("2\\frac{1}{4}", "2.25", "rule:numeric", (), "4.4"),
    ("Bob", "Bob wins the game", "rule:text", ("text",), "5.1"),
    ("3, 4", "3 \\text{ and } 4", "rule:set", (), "5.4"),
    ("1, 4", "4, 1", "rule:set", ("order",), "6.1"),
    ("1, 4", "\\{1, 4\\}", "rule:set", (), "6.2"),
    ("k\\pi", "n\\pi", "rule:structure", ("renamed constant",), "7.1"),
    ("45°", "45", "rule:numeric", ("degrees",), "1.4"),
    ("ABC", "abc", "rule:exact", (), "7.4"),
    ("x", "y", "rule:mystery", (), "unclassified"),
])
def test_classifier_maps_taxonomy_examples(gold, answer, method, evidence, code):
    c = classify(gold, answer, method, evidence, "rule")
    assert c.code == code, c.why
    assert c.code in SUBCATEGORIES or c.code.startswith("unclassified")


def test_classifier_judge_items():
    assert classify("Bob", "Bob wins", "judge", (), "judge").code == "unclassified (judge)"
    assert classify("3", "3 apples", "judge", ("units",), "judge").code == "1.4"  # rule evidence wins


@pytest.mark.parametrize("gold, answer, code", [
    ("3", "3 \\text{ cm}", "1.4"), ("4", "y = 4", "1.5"), ("[2,5)", "2 \\le x < 5", "2.1"),
    ("\\frac{5}{7}", "0.714", "4.1"), ("1, 4", "4, 1", "6.1"), ("k\\pi", "n\\pi", "7.1"),
])
def test_classifier_on_live_engine_evidence(gold, answer, code):
    """The evidence names the classifier reads are the ones the rule engine writes."""
    v = Verifier(mode="rule").verify(gold, box(answer))
    assert v.correct
    assert classify(gold, v.answer, v.method, v.evidence, v.stage).code == code


# --------------------------------------------------------------------------------------------- signal
def test_group_kinds_and_float_rewards():
    assert group_kind([0.0, 0.0]) == "all_zero" and group_kind([1, 1]) == "all_one"
    assert group_kind([0.3, 0.3]) == "uniform_other" and group_kind([0.3, 0.31]) == "mixed"
    m = signal_metrics([Reward("g", "s", 0.0, 0.0), Reward("g", "s", 0.0, 0.5), Reward("h", "t", 1.0, 1.0)])
    o = m["overall"]
    assert o["groups"] == 2 and o["zero_to_mixed"] == 1 and o["baseline"]["all_one"] == 1
    assert set(m["by_source"]) == {"s", "t"}


# --------------------------------------------------------------------------------------------- synthetic rollouts
def test_synth_is_deterministic_and_shaped():
    prompts = [{"prompt_id": "p1", "question": "Find x.", "ground_truth": "\\frac{3}{4}", "data_source": "d"},
               {"prompt_id": "p2", "question": "Solve.", "ground_truth": "(3, +\\infty)", "data_source": "d"}]
    a, b = synth_rollouts(prompts, n=4, seed=3), synth_rollouts(prompts, n=4, seed=3)
    assert a == b and len(a) == 8
    assert synth_rollouts(prompts, n=4, seed=4) != a
    for r in a:
        assert "\\boxed{" in r["response"]
        assert r["reference_rule_score"] == (r["synth_form"] == "exact")
    import random

    rng = random.Random(0)
    forms = correct_forms("\\frac{3}{4}", None, rng)
    assert forms["decimal"] == "0.75" and forms["dfrac"] == "\\dfrac{3}{4}"
    assert correct_forms("(3, +\\infty)", None, rng)["inequality"].endswith("> 3")
    assert correct_forms("x \\geq 2", None, rng)["interval"] == "[2, +\\infty)"
    assert "reorder" not in correct_forms("1, 2", "Give a and b respectively.", rng)  # order matters there
    assert set(wrong_forms("1, 2, 3", rng)) == {"partial_list", "off_by_one"}
    assert strict_baseline(" 5 ", "5") and not strict_baseline("5 cm", "5")


def test_bundled_sample_rollouts():
    text = resources.files("verigrade").joinpath("data", "sample_rollouts.jsonl").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 200_000
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 160
    groups: dict[str, list] = {}
    for r in rows:
        groups.setdefault(r["prompt_id"], []).append(r)
        assert "HardVerify" not in json.dumps(r)
    assert len(groups) == 40 and all(len(g) == 4 for g in groups.values())
    v = Verifier(mode="rule")
    verdicts = v.verify_batch([{"gold": r["ground_truth"], "response": r["response"], "question": r["question"]}
                               for r in rows])
    recovered = sum(vd.correct and not r["reference_rule_score"] for vd, r in zip(verdicts, rows))
    assert recovered >= 20  # the strict baseline leaves plenty of false negatives to find
    assert not any(r["reference_rule_score"] and not vd.correct for vd, r in zip(verdicts, rows))


# --------------------------------------------------------------------------------------------- real rollouts
@pytest.mark.skipif(not ROLLOUTS.exists(), reason=f"shared data not found at {ROLLOUTS}")
def test_audit_on_real_rollouts_is_consistent(tmp_path):
    out = tmp_path / "a.json"
    proc = run_cli("audit", str(ROLLOUTS), "--format", "md", "-o", str(tmp_path / "a.md"), "--json", str(out),
                   "--mode", "rule", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text())
    t, o = data["totals"], data["signal"]["overall"]
    assert t["responses"] == 800 and o["groups"] == 100
    assert t["baseline_correct"] == 728  # the reference_rule_score column
    assert t["verigrade_correct"] - t["baseline_correct"] == t["recovered"] - t["rejected"]
    assert len(data["disagreements"]) == t["recovered"] + t["rejected"]
    for side in ("baseline", "verigrade"):
        assert sum(o[side][k] for k in ("all_zero", "all_one", "mixed", "uniform_other")) == 100
    assert data["categories"]["recovered"] == t["recovered"]
