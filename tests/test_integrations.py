"""The RL adapters (verl, TRL, OpenRLHF, slime) and their shared helpers, called the way each framework calls them.

Framework-level runs (verl's own loader and reward manager, a real GRPOTrainer, the HTTP service) live in
test_integrations_verl.py, test_integrations_trl.py and test_server.py.
"""
from __future__ import annotations

import asyncio
import copy
import inspect
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import numpy as np
import pytest

from verigrade.integrations import _common, openrlhf, slime, trl, verl
from verigrade.integrations._common import REWARD_KEYS, question_from_prompt, registry, response_from_query
from verigrade.judge.stub_server import StubJudgeServer
from verigrade.microbatch import MicroBatcher
from verigrade.types import Outcome, Verdict

PETYA = "Petya will receive the last token."


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for k in [k for k in __import__("os").environ if k.startswith("VERIGRADE_")]:
        monkeypatch.delenv(k)


# ------------------------------------------------------------------------------------------- verl
VERL_CASES = [
    ("\\boxed{0.5}", "\\frac{1}{2}", {"question": "Half of one?"}),
    ("no final answer at all", "3", {"question": "q"}),
    ("The answer is \\boxed{7}", "8", {}),
    ("", "3", None),
    ("\\boxed{2}", np.array(["3", "2"]), {"question": np.str_("numpy question"), "index": np.int64(4)}),
    ("\\boxed{42}", 42, {"question": "q", "arr": np.arange(3)}),
    ("\\boxed{x}", None, {"question": "bad gold"}),
    (None, "3", {"question": "bad response"}),
]


@pytest.mark.parametrize("solution, gold, extra", VERL_CASES)
def test_verl_compute_score_fixed_numeric_keys_and_no_mutation(solution, gold, extra):
    before = copy.deepcopy(extra)
    out = verl.compute_score("gsm8k", solution, gold, extra, mode="rule", reward_router_address="h:1")
    assert tuple(out) == verl.VERL_KEYS
    assert all(type(v) is float for v in out.values())
    assert out["acc"] in (0.0, 1.0) and out["score"] in (0.0, 1.0) and out["vg_p_true"] == -1.0
    if extra is not None:  # verl shares extra_info between the n rollouts of a prompt
        assert extra.keys() == before.keys() and all(np.array_equal(extra[k], before[k]) for k in extra)


def test_verl_values():
    ok = verl.compute_score("math", "so \\boxed{\\frac{1}{2}}", "0.5", {"question": "q"}, mode="rule")
    assert ok["score"] == ok["acc"] == 1.0 and ok["vg_stage"] == 1.0 and ok["vg_missing_question"] == 0.0
    two_golds = verl.compute_score("math", "\\boxed{2}", np.array(["3", "2"]), {"question": "q"}, mode="rule")
    assert two_golds["acc"] == 1.0  # any of several acceptable golds
    none = verl.compute_score("math", "", "3", {"question": "q"}, mode="rule")
    assert none["acc"] == 0.0 and none["vg_no_answer"] == 1.0 and none["vg_stage"] == 0.0


def test_verl_async_twin_is_a_coroutine_function_and_agrees():
    assert inspect.iscoroutinefunction(verl.compute_score_async)  # verl checks the raw object

    async def go():
        return await asyncio.gather(*(verl.compute_score_async("math", s, g, e, mode="rule") for s, g, e in VERL_CASES))

    async_out = asyncio.run(go())
    sync_out = [verl.compute_score("math", s, g, e, mode="rule") for s, g, e in VERL_CASES]
    assert async_out == sync_out


def test_verl_batch_signature():
    sols = [c[0] for c in VERL_CASES]
    golds = [c[1] for c in VERL_CASES]
    infos = [c[2] for c in VERL_CASES]
    out = verl.compute_score_batch(["math"] * len(sols), sols, golds, infos, mode="rule")
    assert out == [verl.compute_score("math", s, g, e, mode="rule") for s, g, e in VERL_CASES]
    with pytest.raises(ValueError):
        verl.compute_score_batch(["math"], ["a", "b"], ["1"], None, mode="rule")


def test_verl_missing_question_warns_once_and_counts():
    reg = registry()
    n0 = reg.counters["missing_question"]
    reg._warned.discard("missing_question:verl")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for extra in (None, {}, {"question": ""}, {"question": "   "}):
            assert verl.compute_score("math", "\\boxed{1}", "1", extra, mode="rule")["vg_missing_question"] == 1.0
    assert reg.counters["missing_question"] - n0 == 4
    assert sum("no question given" in str(w.message) for w in caught) == 1


def test_verl_unknown_kwarg_warns_once_and_config_is_applied():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        verl.compute_score("math", "\\boxed{1}", "1", {"question": "q"}, mode="rule", verifier_urll="x")
        verl.compute_score("math", "\\boxed{1}", "1", {"question": "q"}, mode="rule", verifier_urll="x")
    assert sum("verifier_urll" in str(w.message) for w in caught) == 1
    with pytest.raises(ValueError, match="mode"):
        verl.compute_score("math", "\\boxed{1}", "1", None, mode="nonsense")


def test_registry_builds_one_verifier_per_config_across_threads():
    opts = {"mode": "rule", "deadline_s": 0.75}  # a config no other test uses
    with ThreadPoolExecutor(8) as pool:  # verl runs sync compute_score in the reward worker's thread pool
        outs = list(pool.map(lambda i: verl.compute_score("math", f"\\boxed{{{i}}}", str(i), {"question": "q"}, **opts),
                             range(64)))
    assert all(o["acc"] == 1.0 for o in outs)
    built = [v for k, v in registry()._verifiers.items() if k == registry().key(opts)]
    assert len(built) == 1 and built[0].config.deadline_s == 0.75


def test_verl_with_a_judge_reports_p_true():
    with StubJudgeServer("fixed", p_true=0.8) as stub:
        out = verl.compute_score("math", "\\boxed{the first player}", PETYA, {"question": "Who gets the last token?"},
                                 mode="addon", judge_backend="openai", judge_url=stub.url)
        down = verl.compute_score("math", "\\boxed{the first player}", PETYA, {"question": "Who gets the last token?"},
                                  mode="addon", judge_backend="openai", judge_url="http://127.0.0.1:9/v1",
                                  judge_retries=0, judge_timeout_s=0.5)
    assert out["vg_stage"] == 2.0 and out["vg_p_true"] == pytest.approx(0.8, abs=1e-6) and out["acc"] == 1.0
    assert out["vg_unsure"] == 1.0 and out["vg_judge_unavailable"] == 0.0
    assert tuple(down) == verl.VERL_KEYS and down["vg_judge_unavailable"] == 1.0 and down["acc"] == 0.0


# ------------------------------------------------------------------------------------------- TRL helpers
class Log:
    def __init__(self):
        self.metrics, self.extra = {}, {}

    def log_metric(self, name, value):
        self.metrics[name] = value

    def log_extra(self, column, values):
        self.extra[column] = values


def test_trl_standard_and_conversational():
    log = Log()
    rf = trl.make_trl_reward(mode="rule", name="math_reward")
    assert rf.__name__ == "math_reward" and inspect.iscoroutinefunction(rf)
    prompts = ["What is 1+1?", "What is 2+2?", "Name it.", "x"]
    completions = ["so \\boxed{2}", "\\boxed{5}", "nothing here", "\\boxed{3}"]
    out = asyncio.run(rf(prompts, completions, completion_ids=None, ground_truth=["2", "4", "a", None],
                         trainer_state=None, log_metric=log.log_metric, log_extra=log.log_extra))
    assert out[:2] == [1.0, 0.0] and out[3] is None  # no gold -> not applicable
    assert set(log.metrics) == {"verigrade/judged_rate", "verigrade/unsure_rate", "verigrade/no_answer_rate",
                                "verigrade/judge_unavailable_rate", "verigrade/missing_question_rate",
                                "verigrade/bad_input_rate"}
    assert log.extra["vg_answer"][:2] == ["2", "5"] and len(log.extra["vg_stage"]) == 4

    conv_prompts = [[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 1+1?"}]] * 2
    conv = [[{"role": "assistant", "content": "It is \\boxed{2}"}],
            [{"role": "assistant", "content": [{"type": "text", "text": "It is "}, {"type": "text", "text": "\\boxed{3}"}]}]]
    sync = trl.make_trl_reward_sync(gold_column="answer", mode="rule")
    assert sync(conv_prompts, conv, answer=["2", "2"]) == [1.0, 0.0]
    assert asyncio.run(rf(conv_prompts, conv, solution=["We add: $1+1=\\boxed{2}$.", "\\boxed{2}"])) == [1.0, 0.0]


def test_trl_default_reward_reads_env_and_columns(monkeypatch):
    monkeypatch.setenv("VERIGRADE_MODE", "rule")
    assert inspect.iscoroutinefunction(trl.verigrade_reward) and trl.verigrade_reward.__name__ == "verigrade_reward"
    out = asyncio.run(trl.verigrade_reward(["q"], ["\\boxed{4}"], answer=["4"]))
    assert out == [1.0] and trl.verigrade_reward_sync(["q"], ["\\boxed{4}"], answer=["5"]) == [0.0]
    with pytest.raises(KeyError, match="gold-answer column"):
        trl.verigrade_reward_sync(["q"], ["\\boxed{4}"], label=["4"])
    with pytest.raises(TypeError):
        trl.make_trl_reward(not_an_option=1)


def test_trl_question_sources():
    rows = trl._Columns(None, "problem").rollouts(["ignored"], ["a"], {"problem": ["Q?"], "answer": ["1"]})
    assert rows[0].question == "Q?"
    rows = trl._Columns(None, None).rollouts([[{"role": "user", "content": "Real Q"}]], ["a"], {"answer": ["1"]})
    assert rows[0].question == "Real Q"


# ------------------------------------------------------------------------------------------- OpenRLHF / slime
CHATML_PROMPT = "<|im_start|>system\nYou are helpful.<|im_end|>\n<|im_start|>user\nWhat is 1+1?<|im_end|>\n<|im_start|>assistant\n"


def test_prompt_and_query_parsing():
    assert question_from_prompt(CHATML_PROMPT) == "What is 1+1?"
    llama = "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHow many?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
    assert question_from_prompt(llama) == "How many?"
    assert question_from_prompt("plain question") == "plain question"
    assert question_from_prompt([{"role": "user", "content": "m"}]) == "m" and question_from_prompt(None) is None
    q = CHATML_PROMPT + "It is \\boxed{2}.<|im_end|><|endoftext|>"
    assert response_from_query(q, CHATML_PROMPT) == "It is \\boxed{2}."
    assert response_from_query("<s>" + q, CHATML_PROMPT) == "It is \\boxed{2}."  # BOS added in front
    assert response_from_query("whole \\boxed{1}</s>", None) == "whole \\boxed{1}"


def test_parsing_is_linear_on_hostile_input():
    import time

    t0 = time.perf_counter()
    response_from_query("<|a|>" + " " * 1_000_000 + "x", None)
    response_from_query(" " * 1_000_000 + "<|im_end|>" * 10_000, "")
    question_from_prompt("<|im_start|>user" * 200_000)
    assert time.perf_counter() - t0 < 2.0


def test_openrlhf_reward_func_shapes():
    import torch

    q = CHATML_PROMPT + "It is \\boxed{2}.<|im_end|>"
    out = openrlhf.reward_func([q], [CHATML_PROMPT], ["2"], mode="rule")
    assert isinstance(out["rewards"], torch.Tensor) and out["rewards"].tolist() == [1.0]
    assert out["scores"].tolist() == [1.0]
    assert set(out["extra_logs"]) == {"acc", *_common.METRIC_KEYS}
    assert all(isinstance(v, torch.Tensor) and v.shape == (1,) for v in out["extra_logs"].values())
    with pytest.raises(ValueError, match="labels"):
        openrlhf.rollouts_from_payload([q, q], [CHATML_PROMPT] * 2, ["2"])


def test_slime_reward_funcs(monkeypatch):
    monkeypatch.setenv("VERIGRADE_MODE", "rule")
    assert all(inspect.iscoroutinefunction(f) for f in (slime.reward_func, slime.reward_func_with_metrics,
                                                        slime.group_reward_func))
    args = SimpleNamespace()
    good = SimpleNamespace(prompt=CHATML_PROMPT, response="\\boxed{2}", label="2", metadata={})
    bad = SimpleNamespace(prompt=[{"role": "user", "content": "1+1?"}], response="\\boxed{3}", label="2", metadata=None)

    async def go():
        return (await asyncio.gather(slime.reward_func(args, good), slime.reward_func(args, bad)),
                await slime.reward_func_with_metrics(args, good), await slime.group_reward_func(args, [good, bad]))

    singles, with_metrics, group = asyncio.run(go())
    assert singles == [1.0, 0.0] and group == [1.0, 0.0]
    assert tuple(with_metrics) == REWARD_KEYS and with_metrics["score"] == 1.0
    assert slime.rollout_from_sample({"prompt": "p", "response": "r", "label": 1, "metadata": {"question": "Q"}}).question == "Q"


# ------------------------------------------------------------------------------------------- micro-batcher
def _fake_verdict(item) -> Verdict:
    ok = item["gold"] == item["response"]
    return Verdict(ok, float(ok), item["response"], "fake", "", outcome=Outcome.EQUAL if ok else Outcome.DIFFERENT)


def test_microbatcher_joins_concurrent_requests_and_keeps_order():
    calls: list[int] = []
    threads: set[str] = set()

    def fn(items):
        calls.append(len(items))
        threads.add(threading.current_thread().name)
        return [_fake_verdict(it) for it in items]

    async def go():
        b = MicroBatcher(fn, max_batch=16, max_wait_s=0.01)
        reqs = [[{"gold": str(i), "response": str(i if i % 3 else -1)}] * (1 + i % 2) for i in range(100)]
        outs = await asyncio.gather(*(b.submit(r) for r in reqs))
        await b.aclose()
        return reqs, outs, b.stats

    reqs, outs, stats = asyncio.run(go())
    for r, o in zip(reqs, outs):
        assert len(o) == len(r) and all(v.correct == (it["gold"] == it["response"]) for it, v in zip(r, o))
    assert sum(calls) == 150 and len(calls) < 20 and max(calls) <= 17  # batched, bounded (+1 for a 2-item request)
    assert stats["batches"] == len(calls) and threads and "MainThread" not in threads


def test_microbatcher_propagates_errors_and_survives():
    state = {"fail": True}

    def fn(items):
        if state["fail"]:
            raise RuntimeError("boom")
        return [_fake_verdict(it) for it in items]

    async def go():
        b = MicroBatcher(fn, max_wait_s=0.001)
        with pytest.raises(RuntimeError, match="boom"):
            await b.submit([{"gold": "1", "response": "1"}])
        state["fail"] = False
        ok = await b.submit([{"gold": "1", "response": "1"}])
        await b.aclose()
        return ok, b.stats

    ok, stats = asyncio.run(go())
    assert ok[0].correct and stats["errors"] == 1
