"""Issue 14: no data layout scores silently 0, in every adapter, called the way each framework calls it.

- GSM8K golds (`... #### 72`) and boxed solutions are reduced to the answer everywhere; inline `#### 72` responses
  are read.
- A row without a gold is flagged vg_bad_input (not vg_no_answer); a layout where no row has one raises
  BadInputError at the first batch (a whole batch at once, or the first VERIGRADE_FAIL_FAST_ROWS rows).
- verl routes non-math data_source rows to verl's own default_compute_score (vg_routed).
- slime: `async_rm` / `batched_async_rm` call shapes (from shared/docs/rl_integrations.md section 8; slime is
  not on PyPI), a reward_func given a list returns a list.
- OpenRLHF: its own SingleTurnAgentExecutor from the PyPI wheel, with the `.py` reward path and the remote-RM HTTP
  client against a real `verigrade serve`.
"""
from __future__ import annotations

import asyncio
import logging
import os
from types import SimpleNamespace

import numpy as np
import pytest

from verigrade.integrations import _common, openrlhf, slime, trl, verl
from verigrade.integrations._common import BadInputError, METRIC_KEYS, registry

# The README's lines for OpenRLHF and slime, verbatim; the tests below run them (port 8000 -> the test's service).
OPENRLHF_ONE_LINER = ("--reward.remote_url $(python -c 'import verigrade.integrations.openrlhf as m; print(m.__file__)') "
                      "--data.label_key answer")
OPENRLHF_SERVICE_LINER = "--reward.remote_url http://127.0.0.1:8000/get_reward --data.label_key answer"
SLIME_ONE_LINER = "--custom-rm-path verigrade.integrations.slime.reward_func"
SLIME_GROUP_LINER = "--custom-rm-path verigrade.integrations.slime.group_reward_func --group-rm"
SLIME_SERVICE_LINER = "--rm-type remote_rm --rm-url http://127.0.0.1:8000/slime --reward-key score"

GSM8K_GOLD = ("Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n"
              "Natalia sold 48+24 = <<48+24=72>>72 clips altogether in April and May.\n#### 72")
CHATML = "<|im_start|>user\nHow many clips did Natalia sell?<|im_end|>\n<|im_start|>assistant\n"


@pytest.fixture(autouse=True)
def _clean(monkeypatch):
    for k in [k for k in os.environ if k.startswith("VERIGRADE_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("VERIGRADE_MODE", "rule")
    registry().reset_guards()
    yield
    registry().reset_guards()


# ------------------------------------------------------------------------------------------- GSM8K golds
def test_gsm8k_golds_in_every_adapter():
    out = verl.compute_score("openai/gsm8k", "So she sold 72 clips. #### 72", GSM8K_GOLD, {"question": "q"})
    assert out["acc"] == 1.0 and out["vg_routed"] == 0.0
    assert verl.compute_score("gsm8k", "\\boxed{24}", GSM8K_GOLD, {"question": "q"})["acc"] == 0.0
    assert asyncio.run(trl.verigrade_reward(["q"], ["It is \\boxed{72}"], answer=[GSM8K_GOLD])) == [1.0]
    q = CHATML + "48 + 24 = 72 #### 72<|im_end|>"
    assert openrlhf.reward_func([q], [CHATML], [GSM8K_GOLD])["rewards"].tolist() == [1.0]
    sample = SimpleNamespace(prompt=CHATML, response="\\boxed{72}", label=GSM8K_GOLD, metadata={})
    assert asyncio.run(slime.reward_func(None, sample)) == 1.0
    boxed_solution = "We add: $48 + 24 = \\boxed{72}$."
    assert verl.compute_score("math", "The answer is 72", boxed_solution, {"question": "q"})["acc"] == 1.0


# ------------------------------------------------------------------------------------------- per-row flags
def test_bad_input_is_not_no_answer():
    good = verl.compute_score("math", "\\boxed{3}", "3", {"question": "q"})
    bad = verl.compute_score("math", "\\boxed{3}", None, {"question": "q"})
    empty = verl.compute_score("math", "\\boxed{3}", "  ", {"question": "q"})
    silent = verl.compute_score("math", "<think>still thinking when cut off", "3", {"question": "q"})
    assert good["acc"] == 1.0 and good["vg_bad_input"] == 0.0
    assert bad["vg_bad_input"] == empty["vg_bad_input"] == 1.0 and bad["vg_no_answer"] == 0.0
    assert silent["vg_no_answer"] == 1.0 and silent["vg_bad_input"] == 0.0
    assert "vg_bad_input" in METRIC_KEYS and tuple(good) == verl.VERL_KEYS


def test_per_row_frameworks_fail_fast_when_no_row_has_a_gold(monkeypatch, caplog):
    """verl streams one rollout per call: the first VERIGRADE_FAIL_FAST_ROWS rows without any gold raise."""
    for i in range(_common.FAIL_FAST_ROWS - 1):  # flagged, not raised, until the limit
        assert verl.compute_score("math", "\\boxed{1}", None, {"question": "q"})["vg_bad_input"] == 1.0
    with caplog.at_level(logging.ERROR, "verigrade"), pytest.raises(BadInputError, match="ground_truth"):
        verl.compute_score("math", "\\boxed{1}", None, {"question": "q"})
    assert "no gold answer" in caplog.text
    # once a row with a gold has been seen, bad rows are only flagged
    registry().reset_guards()
    verl.compute_score("math", "\\boxed{1}", "1", {"question": "q"})
    for _ in range(2 * _common.FAIL_FAST_ROWS):
        assert verl.compute_score("math", "\\boxed{1}", "", {"question": "q"})["vg_bad_input"] == 1.0
    monkeypatch.setenv("VERIGRADE_FAIL_FAST_ROWS", "0")  # the check can be turned off
    registry().reset_guards()
    for _ in range(2 * _common.FAIL_FAST_ROWS):
        verl.compute_score("math", "\\boxed{1}", None, None)


def test_batch_frameworks_fail_at_once():
    with pytest.raises(BadInputError, match="all 2 rollouts"):
        asyncio.run(trl.verigrade_reward(["q", "q"], ["\\boxed{1}", "\\boxed{2}"], answer=[None, ""]))
    with pytest.raises(KeyError, match="gold-answer column"):  # no gold column at all
        asyncio.run(trl.verigrade_reward(["q"], ["\\boxed{1}"], label=["1"]))
    with pytest.raises(BadInputError):
        verl.compute_score_batch(["math"] * 2, ["\\boxed{1}"] * 2, [None, None], None)
    # one bad row among good ones: None for TRL (not applicable), flagged
    assert asyncio.run(trl.verigrade_reward(["q", "q"], ["\\boxed{1}", "\\boxed{1}"], answer=["1", None])) == [1.0, None]


# ------------------------------------------------------------------------------------------- verl routing
def test_verl_data_source_routing(monkeypatch):
    qa = verl.compute_score("searchR1_nq", "<answer>Paris</answer>", {"target": ["Paris"]}, None)
    assert qa["vg_routed"] == 1.0 and qa["score"] == 1.0 and tuple(qa) == verl.VERL_KEYS and qa["vg_stage"] == -1.0
    assert verl.compute_score("searchR1_nq", "<answer>Rome</answer>", {"target": ["Paris"]}, None)["score"] == 0.0
    for source in ("openai/gsm8k", "lighteval/MATH", "AIME_2024", "numina_olympiads", "big_math", "DeepScaleR",
                   np.str_("math_dapo"), None, ""):
        assert verl.is_math_source(source), source
    for source in ("codecontests", "searchR1_nq", "hiyouga/geometry3k", "my_code_set"):
        assert not verl.is_math_source(source), source
    # configurable: a reward kwarg (a regex or a list of names), or the env var; "*" keeps every row
    assert verl.compute_score("my_set", "\\boxed{2}", "2", None, math_sources="my_set")["vg_routed"] == 0.0
    assert verl.is_math_source("my_set", ["other", "my_set"]) and verl.is_math_source("codecontests", "*")
    monkeypatch.setenv("VERIGRADE_MATH_SOURCES", "^mine$")
    assert verl.is_math_source("mine") and not verl.is_math_source("openai/gsm8k")
    monkeypatch.delenv("VERIGRADE_MATH_SOURCES")
    # a non-math source verl does not know: verl's error, with the option to set
    with pytest.raises(NotImplementedError, match="math_sources"):
        verl.compute_score("my_unknown_source", "\\boxed{2}", "2", None)
    mixed = verl.compute_score_batch(["openai/gsm8k", "searchR1_nq", "math"],
                                     ["#### 4", "<answer>Paris</answer>", "\\boxed{5}"],
                                     ["4", {"target": ["Paris"]}, "6"], [None] * 3)
    assert [m["score"] for m in mixed] == [1.0, 1.0, 0.0] and [m["vg_routed"] for m in mixed] == [0.0, 1.0, 0.0]
    with pytest.raises(ValueError, match="regex"):
        verl.is_math_source("x", "(")


# ------------------------------------------------------------------------------------------- slime call shapes
async def async_rm(rm, args, sample):
    """slime rm_hub/__init__.py: `--custom-rm-path` awaits fn(args, sample) per sample."""
    return await rm(args, sample)


async def batched_async_rm(rm, args, samples):
    """slime sglang_rollout.py: with --group-rm, fn(args, samples) gets a list; the result is zipped with it."""
    rewards = await rm(args, samples)
    for s, r in zip(samples, rewards, strict=True):
        s.reward = r
    return rewards


def _sample(label, response="\\boxed{72}"):
    return SimpleNamespace(prompt=CHATML, response=response, label=label, metadata={}, reward=None)


def flag(words: list[str], name: str) -> str:
    return words[words.index(name) + 1]


def load_function(path: str):
    """slime's load_function: `pkg.module.attr` imported by its dotted path."""
    import importlib

    module, _, attr = path.rpartition(".")
    return getattr(importlib.import_module(module), attr)


def test_slime_call_shapes_and_labels():
    from test_integrations_service import shell_words

    rm = load_function(flag(shell_words(SLIME_ONE_LINER), "--custom-rm-path"))
    group_words = shell_words(SLIME_GROUP_LINER)
    group_rm = load_function(flag(group_words, "--custom-rm-path"))
    assert rm is slime.reward_func and group_rm is slime.group_reward_func and "--group-rm" in group_words
    group = [_sample(GSM8K_GOLD), _sample("72", "48 + 24 = 72 #### 72"), _sample("72", "\\boxed{7}")]
    for fn in (rm, group_rm):  # --group-rm: batched_async_rm; reward_func too, if a user combines them
        assert asyncio.run(batched_async_rm(fn, None, group)) == [1.0, 1.0, 0.0]  # a list in: a list out
    dicts = asyncio.run(batched_async_rm(slime.reward_func_with_metrics, None, group))
    assert [d["score"] for d in dicts] == [1.0, 1.0, 0.0] and group[0].reward["acc"] == 1.0
    assert asyncio.run(async_rm(slime.reward_func, None, _sample("72"))) == 1.0
    # a None label among good ones: flagged; a group with no label at all, or the first rows: BadInputError
    flagged = asyncio.run(async_rm(slime.reward_func_with_metrics, None, _sample(None)))
    assert flagged["vg_bad_input"] == 1.0 and flagged["vg_no_answer"] == 0.0
    # a group without labels after good rows is one bad prompt (flagged); as the first call it is the layout
    assert asyncio.run(batched_async_rm(slime.reward_func, None, [_sample(None), _sample("")])) == [0.0, 0.0]
    registry().reset_guards()
    with pytest.raises(BadInputError, match="--label-key"):
        asyncio.run(batched_async_rm(slime.group_reward_func, None, [_sample(None), _sample("")]))
    registry().reset_guards()

    async def first_rows():
        return [await async_rm(slime.reward_func, None, _sample(None)) for _ in range(_common.FAIL_FAST_ROWS)]

    with pytest.raises(BadInputError, match="first 16 rollouts"):
        asyncio.run(first_rows())


# ------------------------------------------------------------------------------------------- OpenRLHF executor
class _Tok:
    """The two tokenizer calls SingleTurnAgentExecutor makes: encode the prompt, decode prompt+response."""

    def __init__(self):
        self.vocab: list[str] = []

    def __call__(self, text, add_special_tokens=False, return_tensors=None):
        import torch

        return {"input_ids": torch.tensor([[self._id(text)]])}

    def _id(self, piece: str) -> int:
        if piece not in self.vocab:
            self.vocab.append(piece)
        return self.vocab.index(piece)

    def decode(self, ids, skip_special_tokens=False):
        return "".join(self.vocab[i] for i in ids)


class _Engine:
    """vLLM's engine as the executor awaits it: one canned continuation."""

    def __init__(self, tok: _Tok, response: str):
        self.tok, self.response = tok, response

    async def generate(self, prompt_token_ids, params, multi_modal_data=None):
        out = SimpleNamespace(token_ids=[self.tok._id(self.response)], finish_reason="stop", logprobs=None)
        return SimpleNamespace(outputs=[out])


def _execute(executor, label, response):
    tok = _Tok()
    params = SimpleNamespace(max_tokens=64, logprobs=None)
    return asyncio.run(executor.execute(CHATML, label, params, 256, tok, _Engine(tok, response)))


def test_openrlhf_executor_py_reward_func(caplog):
    pytest.importorskip("openrlhf")
    from openrlhf.datasets.prompts_dataset import preprocess_data
    from openrlhf.utils.agent import SingleTurnAgentExecutor

    from test_integrations_service import shell_words

    words = shell_words(OPENRLHF_ONE_LINER)
    executor = SingleTurnAgentExecutor(flag(words, "--reward.remote_url"))  # as vllm_engine.py builds it
    row = {"input": "How many clips did Natalia sell?", "answer": GSM8K_GOLD}
    _, label = preprocess_data(row, input_key="input", label_key=flag(words, "--data.label_key"))
    out = _execute(executor, label, "So 72. #### 72<|im_end|>")
    assert out["reward"].tolist() == [1.0] and out["extra_logs"]["vg_bad_input"].tolist() == [0.0]
    # Without --data.label_key OpenRLHF's dataset gives every row the label "".
    _, label = preprocess_data(row, input_key="input", label_key=None)
    assert label == ""
    registry().reset_guards()  # as in a fresh engine process of a run without --data.label_key
    outs = [_execute(executor, label, "\\boxed{72}<|im_end|>") for _ in range(_common.FAIL_FAST_ROWS - 1)]
    assert all(o["extra_logs"]["vg_bad_input"].tolist() == [1.0] for o in outs)
    assert all(o["extra_logs"]["vg_no_answer"].tolist() == [0.0] for o in outs)
    with caplog.at_level(logging.INFO):
        stopped = _execute(executor, label, "\\boxed{72}<|im_end|>")
    # OpenRLHF swallows the exception (INFO) and keeps reward=None, which stops the step; we log it at ERROR.
    assert stopped["reward"] is None
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "verigrade"]
    assert errors and "--data.label_key" in errors[0].getMessage()


@pytest.fixture(scope="module")
def service():
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    from test_server import lt  # the real `verigrade serve` subprocess (and a stub judge) helper

    with lt.running_service() as url:
        yield url


def test_openrlhf_remote_rm_client_against_the_service(service, caplog):
    pytest.importorskip("openrlhf")
    from openrlhf.utils.agent import SingleTurnAgentExecutor

    from test_integrations_service import shell_words

    words = shell_words(OPENRLHF_SERVICE_LINER.replace("http://127.0.0.1:8000", service))
    executor = SingleTurnAgentExecutor(flag(words, "--reward.remote_url"))
    assert flag(words, "--data.label_key") == "answer"
    ok = _execute(executor, GSM8K_GOLD, "48 + 24 = 72 #### 72<|im_end|>")
    assert ok["reward"] == [1.0] and ok["extra_logs"]["vg_stage"] == [1.0]
    with caplog.at_level(logging.INFO):
        empty = _execute(executor, "", "\\boxed{72}<|im_end|>")  # no --data.label_key: refused (422), not 0
    assert empty["reward"] is None
    assert any("422" in r.getMessage() for r in caplog.records)


async def remote_rm(words: list[str], sample) -> float:
    """slime `--rm-type remote_rm --rm-url URL --reward-key K`: POST {"prompt", "response", "label"}, take key K."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.post(flag(words, "--rm-url"), json={"prompt": sample.prompt, "response": sample.response,
                                                               "label": sample.label}) as resp:
            resp.raise_for_status()
            return (await resp.json())[flag(words, "--reward-key")]


def test_slime_remote_rm_against_the_service(service):
    import aiohttp

    from test_integrations_service import shell_words

    words = shell_words(SLIME_SERVICE_LINER.replace("http://127.0.0.1:8000", service))
    assert flag(words, "--rm-type") == "remote_rm"
    assert asyncio.run(remote_rm(words, _sample(GSM8K_GOLD, "48 + 24 = 72 #### 72"))) == 1.0
    assert asyncio.run(remote_rm(words, _sample("72", "\\boxed{24}"))) == 0.0
    for label in (None, ""):  # slime's sample.label may be None: the service refuses it, loudly
        with pytest.raises(aiohttp.ClientResponseError) as err:
            asyncio.run(remote_rm(words, _sample(label)))
        assert err.value.status == 422


def test_verl_training_metrics_helper():
    from verigrade.integrations import verl_metrics

    batch = SimpleNamespace(non_tensor_batch={"vg_stage": np.array([2.0, 1.0, -1.0, 0.0]),
                                              "vg_p_true": np.array([0.8, -1.0, -1.0, -1.0]),
                                              "vg_bad_input": np.array([0.0, 0.0, 0.0, 1.0]),
                                              "vg_routed": np.array([0.0, 0.0, 1.0, 0.0])})
    m = verl_metrics.training_metrics(batch)
    assert m == {"verigrade/judged_rate": 0.25, "verigrade/bad_input_rate": 0.25, "verigrade/routed_rate": 0.25,
                 "verigrade/p_true_mean": 0.8}
    assert verl_metrics.training_metrics(SimpleNamespace(non_tensor_batch={})) == {}


def test_verigrade_url_env_sends_openrlhf_and_slime_rollouts_to_the_service(service, monkeypatch):
    """VERIGRADE_URL: OpenRLHF's `.py` path (configurable only by env) and slime score through the service;
    rows without a label are answered locally (flagged), so they never fail a batch of good rows."""
    from verigrade.integrations.remote import RemoteVerifier

    monkeypatch.setenv("VERIGRADE_URL", service)
    q = CHATML + "48 + 24 = 72 #### 72<|im_end|>"
    out = openrlhf.reward_func([q], [CHATML], [GSM8K_GOLD])
    assert out["rewards"].tolist() == [1.0] and out["extra_logs"]["vg_stage"].tolist() == [1.0]
    remote = registry().verifier({})
    assert isinstance(remote, RemoteVerifier) and remote.counters["requests"] >= 1
    group = [_sample(GSM8K_GOLD), _sample(None), _sample("72", "\\boxed{24}")]
    dicts = asyncio.run(slime.reward_func_with_metrics(None, group))
    assert [d["score"] for d in dicts] == [1.0, 0.0, 0.0] and [d["vg_bad_input"] for d in dicts] == [0.0, 1.0, 0.0]
    assert asyncio.run(slime.reward_func(None, _sample("72"))) == 1.0  # micro-batched path


def test_remote_verifier_errors_are_loud():
    from verigrade.integrations.remote import RemoteVerifier, ServiceError

    down = RemoteVerifier("http://127.0.0.1:9", retries=1, timeout_s=2)
    with pytest.raises(ServiceError, match="failed 2 times"):
        down.verify("1", "\\boxed{1}")
    assert down.verify(None, "\\boxed{1}").flags == ("bad_input",)  # answered locally, no request
    with pytest.raises(ValueError, match="http"):
        RemoteVerifier("ftp://example.org")
    assert RemoteVerifier("127.0.0.1:8000")._target.path == "/verify"


def test_remote_verifier_4xx_is_not_retried(service):
    from verigrade.integrations.remote import RemoteVerifier, ServiceError

    with pytest.raises(ServiceError, match="refused"):
        RemoteVerifier(service + "/nope", retries=3).verify("1", "\\boxed{1}")
