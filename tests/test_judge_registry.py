"""The judge registry: TinyV's exact prompts by model name, think-mode verdicts end to end over real HTTP."""
from __future__ import annotations

import time

import pytest

from verigrade.judge.registry import DEFAULT, KNOWN, lookup, match, parse_verdict, verdict_text

# TinyV's own prompt texts, as given in issue 13 (verl/utils/reward_score/tinyv_config.json in the TinyV repository),
# with TinyV's own placeholders; TinyV fills them with str.replace.
TINYV_15B_RAW = (
    "You are an AI tasked with identifying false negatives in answer verification. A false negative occurs when a "
    "model's answer is essentially correct but is marked as incorrect due to minor discrepancies or formatting issues. "
    "Your job is to analyze the given question, ground truth answer, and model answer to determine if the model's "
    "answer is actually correct despite appearing different from the ground truth.\n\n<question>{{QUESTION}}</question>"
    "\n\n<ground_truth_answer>{{GROUND_TRUTH_ANSWER}}</ground_truth_answer>\n\n<model_answer>{{MODEL_ANSWER}}"
    "</model_answer>\n\nReturn \"True\" if the model's answer is correct, otherwise return \"False\"."
)
TINYV_QWEN3_RAW = (
    "You are an AI tasked with identifying if the model's answer is correct compared to the ground truth answer "
    "despite appearing different from the ground truth.\n\n<question>{{QUESTION}}</question>\n\n<ground_truth_answer>"
    "{{GROUND_TRUTH_ANSWER}}</ground_truth_answer>\n\n<model_answer>{{MODEL_ANSWER}}</model_answer>\n\nReturn \"True\" "
    "if the model's answer is correct, otherwise return \"False\"."
)


def tinyv_render(raw: str, q: str, g: str, a: str) -> str:
    return raw.replace("{{QUESTION}}", q).replace("{{GROUND_TRUTH_ANSWER}}", g).replace("{{MODEL_ANSWER}}", a)


FIELDS = [
    ("What is 1/2 + 1/4?", "\\frac{3}{4}", "0.75"),
    ("Find all x with x^2 = 4.", "x = \\pm 2", "x = 2 \\text{ or } x = -2"),
    ("Who receives the last token?", "Petya will receive the last token.", "Petya"),
]


@pytest.mark.parametrize("q,g,a", FIELDS)
def test_tinyv_15b_prompt_is_byte_identical(q, g, a):
    for name in ("zhangchenxu/TinyV-1.5B", "TinyV-1.5B", "/models/tinyv-1.5b/", "zhangchenxu/TinyV-1.5B-Think"):
        spec = lookup(name)
        assert spec.template.render(q, g, a).encode("utf-8") == tinyv_render(TINYV_15B_RAW, q, g, a).encode("utf-8"), name
    for name in ("zhangchenxu/TinyV-Qwen3-1.7B", "zhangchenxu/TinyV-Qwen3-1.7B-Think"):
        assert lookup(name).template.render(q, g, a) == tinyv_render(TINYV_QWEN3_RAW, q, g, a), name


def test_entries_by_name():
    assert match("zhangchenxu/TinyV-1.5B") == "tinyv-1.5b"
    assert match("TinyV-1.5B-Think") == "tinyv-1.5b-think"
    assert match("/w/TinyV-Qwen3-1.7B-Think-Q4_K_M.gguf") == "tinyv-qwen3-1.7b-think"
    assert match("tinyv-qwen3-1.7b-q8_0.gguf") == "tinyv-qwen3-1.7b"
    assert match("TinyV-1.5Bx") is None and match("Qwen2.5-1.5B") is None and match(None) is None
    plain, think = KNOWN["tinyv-1.5b"], KNOWN["tinyv-1.5b-think"]
    assert (plain.think, plain.max_tokens, plain.temperature) == (False, 8, 0.0)
    assert (think.think, think.max_tokens, think.verdict_marker) == (True, 512, "Answer:")
    assert KNOWN["tinyv-qwen3-1.7b-think"].verdict_marker == "</think>"
    assert lookup("my-served-judge") is DEFAULT and lookup(None) is DEFAULT


def test_explicit_template_overrides_only_the_template():
    spec = lookup("zhangchenxu/TinyV-1.5B-Think", template="short")
    assert spec.template.name == "short" and spec.think and spec.max_tokens == 512


def test_trained_judge_directory_brings_template_and_threshold():
    from verigrade.judge import embedded_judge_dir
    from verigrade.judge.registry import read_trained_meta

    meta = read_trained_meta(embedded_judge_dir())
    spec = lookup(embedded_judge_dir(), trained=meta)
    assert spec.name == "trained" and spec.threshold == pytest.approx(meta["threshold"])
    assert spec.template.text == meta["template"]["text"] and not spec.think


def test_verdict_parsing():
    assert verdict_text("thinking... Answer: True", "Answer:") == " True"
    assert verdict_text("<think>no end", "</think>") is None
    assert parse_verdict(" **True**.") is True and parse_verdict("\\boxed{False}") is False
    assert parse_verdict("maybe") is None and parse_verdict("") is None and parse_verdict(None) is None


# ------------------------------------------------------------------------------------------- end to end over HTTP
httpx = pytest.importorskip("httpx", reason="the openai judge backend needs httpx")

from verigrade.judge.base import JudgeItem  # noqa: E402
from verigrade.judge.openai import OpenAIJudge  # noqa: E402
from verigrade.judge.stub_server import StubJudgeServer  # noqa: E402

ITEM = JudgeItem("What is 1/2 + 1/4?", "\\frac{3}{4}", "0.75")


@pytest.mark.parametrize("model,think", [("zhangchenxu/TinyV-1.5B-Think", "answer"),
                                         ("zhangchenxu/TinyV-Qwen3-1.7B-Think", "think_tag")])
def test_think_mode_verdict_parsed_end_to_end(model, think):
    with StubJudgeServer("fixed", p_true=0.8, think=think, model=model) as srv:
        j = OpenAIJudge(srv.url, model)
        try:
            [s] = j.score([ITEM], deadline=time.monotonic() + 10)
            assert s.p_true == pytest.approx(0.8, abs=1e-6) and s.flags == ()  # from the verdict token's logprobs
            body = srv.bodies[-1]
            assert body["max_tokens"] == 512 and body["temperature"] == 0
            assert body["messages"][0]["content"].startswith("You are an AI tasked with identifying")
        finally:
            j.close()
    with StubJudgeServer("always-false", think=think, model=model) as srv:
        j = OpenAIJudge(srv.url)  # no model name: the served name (from /models) picks the entry
        try:
            [s] = j.score([ITEM], deadline=time.monotonic() + 10)
            assert s.p_true is not None and s.p_true < 0.1 and srv.bodies[-1]["max_tokens"] == 512
        finally:
            j.close()


def test_think_mode_without_logprobs_and_without_a_verdict():
    with StubJudgeServer("no-logprobs", think="answer") as srv:
        j = OpenAIJudge(srv.url, "TinyV-1.5B-Think")
        try:
            [s] = j.score([ITEM], deadline=time.monotonic() + 10)
            assert s.p_true == 1.0 and "judge_text_fallback" in s.flags
        finally:
            j.close()
    with StubJudgeServer("always-true", think="truncated") as srv:
        j = OpenAIJudge(srv.url, "TinyV-Qwen3-1.7B-Think")
        try:
            [s] = j.score([ITEM], deadline=time.monotonic() + 10)
            assert s.p_true == 0.0 and "judge_no_verdict" in s.flags  # no verdict found: not correct
        finally:
            j.close()


def test_non_think_tinyv_request_shape():
    with StubJudgeServer("always-true") as srv:
        j = OpenAIJudge(srv.url, "zhangchenxu/TinyV-1.5B")
        try:
            [s] = j.score([ITEM], deadline=time.monotonic() + 10)
            assert s.p_true is not None and s.p_true > 0.9
            body = srv.bodies[-1]
            assert body["max_tokens"] == 8 and body["temperature"] == 0
            assert body["messages"] == [{"role": "user", "content": tinyv_render(TINYV_15B_RAW, *[ITEM.question, ITEM.gold, ITEM.answer])}]
        finally:
            j.close()
