"""Issue 13: against a judge that says True to everything (a real HTTP stub on 127.0.0.1), `addon` mode accepts
none of the adversarial set (tests/judge_adversarial.py) and every correct control, with and without
judge_symmetric. The set's size by pattern is printed (pytest -s) and checked to cover every class."""
from __future__ import annotations

import time

import pytest

pytest.importorskip("httpx", reason="the openai judge backend needs httpx (pip install 'verigrade[judge]')")

from judge_adversarial import ADVERSARIAL, CONTROLS, size_by_pattern  # noqa: E402

from verigrade import Verifier  # noqa: E402
from verigrade.judge.guards import guard  # noqa: E402
from verigrade.judge.stub_server import StubJudgeServer  # noqa: E402

ISSUE_CLASSES = ("no_final_answer", "tautology", "question_restated", "empty_nest", "hedge_universal",
                 "huge_magnitude", "compat_digits", "master_key")


@pytest.fixture(scope="module")
def stub():
    with StubJudgeServer("always-true") as srv:
        yield srv


def _run(url: str, cases, **kw):
    v = Verifier(mode="addon", judge_backend="openai", judge_url=url, judge_model="stub", cache_path="",
                 batch_deadline_s=20.0, **kw)
    try:
        return v, v.verify_batch([{"gold": c.gold, "response": c.response, "question": c.question} for c in cases])
    finally:
        v.close()


def test_the_set_covers_every_pattern():
    sizes = size_by_pattern()
    print("\nadversarial set:", len(ADVERSARIAL), "items;", sizes, "; controls:", len(CONTROLS))
    assert all(sizes.get(c, 0) >= 4 for c in ISSUE_CLASSES)
    assert len([p for p in sizes if p.startswith("p")]) >= 13
    keys = {c.response for c in ADVERSARIAL if c.pattern == "master_key"}
    for key in (":", ".", "Solution", "Thought process:", "Let's solve this problem step by step."):
        assert {key, f"\\boxed{{{key}}}", f"Final answer: {key}"} <= keys


@pytest.mark.parametrize("symmetric", [False, True])
def test_always_true_judge_accepts_no_hack_and_every_control(stub, symmetric):
    before = stub.requests
    t0 = time.perf_counter()
    v, verdicts = _run(stub.url, ADVERSARIAL, judge_symmetric=symmetric)
    accepted = [(c.pattern, c.response) for c, d in zip(ADVERSARIAL, verdicts) if d.correct]
    assert accepted == []
    v, controls = _run(stub.url, CONTROLS, judge_symmetric=symmetric)
    rejected = [(c.response, d.reason) for c, d in zip(CONTROLS, controls) if not d.correct]
    assert rejected == []
    judged = [d for d in controls if d.stage == "judge"]
    assert judged, "some controls need the judge (the rules cannot settle them)"
    if symmetric:
        assert all("judge_symmetric" in d.flags for d in judged)
    print(f"\nsymmetric={symmetric}: stub requests {stub.requests - before}, {time.perf_counter() - t0:.2f} s")


def test_issue_classes_are_stopped_before_the_judge_even_in_judge_mode(stub):
    """mode='judge' sends every answer through the guards: the issue's classes never reach it (except wrong
    numbers, which are the judge's to decide in that mode)."""
    v = Verifier(mode="judge", judge_backend="openai", judge_url=stub.url, judge_model="stub", cache_path="")
    cases = [c for c in ADVERSARIAL if c.pattern in ISSUE_CLASSES and c.pattern != "compat_digits"]
    try:
        verdicts = v.verify_batch([{"gold": c.gold, "response": c.response, "question": c.question} for c in cases])
    finally:
        v.close()
    assert [(c.pattern, c.response) for c, d in zip(cases, verdicts) if d.correct] == []


@pytest.mark.parametrize("answer,gold,flag", [
    ("7^{7^{7^7}}", "13", "guard_magnitude"), ("(10^{5000})!", "25", "guard_magnitude"),
    ("\\sum_{n=1}^{10^{15}} n^2", "25", "guard_magnitude"), ("\\frac{1}{10^{10^{10}}}", "\\frac{3}{5}", "guard_magnitude"),
    ("y = y", "5", "guard_tautology"), ("x + 1 = 1 + x", "4", "guard_tautology"),
    ("\\frac{}{}", "1", "guard_empty"), ("\\sqrt{\\sqrt{}}", "1", "guard_empty"),
    ("t \\in \\mathbb{C}", "t = \\pm 2i", "guard_hedge"), ("\\text{any real number}", "4", "guard_hedge"),
    ("３/５1", "\\frac{3}{5}", "guard_compat"), ("Thought process:", "5", "guard_master_key"),
    ("解", "Petya", "guard_master_key"), ("\\phantom{4}7", "4", "guard_hidden"),
])
def test_guard_flags(answer, gold, flag):
    assert guard(answer, "Solve for x: 2x + 3 = 11.", gold) == flag


@pytest.mark.parametrize("answer,gold", [
    ("10^{10^{100}}", "10^{10^{100}}"), ("\\sum_{n=1}^{10} n", "55"), ("x \\in \\mathbb{R}", "all real numbers"),
    ("x = x", "x = x"), ("k\\pi, k \\in \\mathbb{Z}", "n\\pi"), ("\\pi", "3.14159"), ("\\emptyset", "\\{\\}"),
    ("three fifths", "\\frac{3}{5}"), ("Petya", "Petya will receive the last token."),
])
def test_guard_allows(answer, gold):
    assert guard(answer, None, gold) is None


def test_symmetric_judging_needs_both_orders_and_costs_twice_the_calls(monkeypatch):
    """A judge that accepts only when the answer sits in the answer slot (order-biased) is caught by the swap."""
    from verigrade.config import VerifierConfig

    monkeypatch.setenv("VERIGRADE_JUDGE_SYMMETRIC", "1")
    assert VerifierConfig.from_env().judge_symmetric is True
    monkeypatch.setenv("VERIGRADE_JUDGE_SYMMETRIC", "0")
    assert VerifierConfig.from_env().judge_symmetric is False

    def biased(prompt: str) -> float:  # True iff the student slot holds the paraphrase
        return 0.9 if "connecting" in prompt.split("### Student Answer:", 1)[-1] else 0.1

    item = {"gold": "Cut along a midline", "question": "How should the triangle be cut?",
            "response": "\\boxed{\\text{Cut along the midline connecting the midpoints of two sides}}"}
    with StubJudgeServer("fixed", policy=biased) as srv:
        plain = Verifier(mode="addon", judge_url=srv.url, judge_model="stub", cache_path="").verify_batch([item])[0]
        n_plain = srv.requests
        sym_v = Verifier(mode="addon", judge_url=srv.url, judge_model="stub", cache_path="", judge_symmetric=True)
        sym = sym_v.verify_batch([item])[0]
        assert srv.requests - n_plain == 2 * n_plain == 2
        assert sym_v.counters["judge_calls"] == 2
    assert plain.correct and plain.p_true == pytest.approx(0.9, abs=1e-6)
    assert not sym.correct and sym.p_true == pytest.approx(0.1, abs=1e-6) and "judge_symmetric" in sym.flags
