"""OpenAI-compatible judge backend against the real stub HTTP server on 127.0.0.1 (ephemeral ports)."""
from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest

pytest.importorskip("httpx", reason="the openai judge backend needs httpx (pip install -e '.[judge]')")

from verigrade.judge.base import JudgeItem
from verigrade.judge.openai import OpenAIJudge, p_true_from_logprobs, parse_reply
from verigrade.judge.stub_server import StubJudgeServer, hash_policy

ITEMS = [JudgeItem(f"What is {i} + {i}?", str(2 * i), f"{2 * i}.0") for i in range(6)]


def closed_port_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now: connection refused
    return f"http://127.0.0.1:{port}/v1"


@pytest.fixture
def judge_factory():
    made: list[OpenAIJudge] = []

    def make(url: str, **kw) -> OpenAIJudge:
        kw.setdefault("timeout_s", 5.0)
        j = OpenAIJudge(url, kw.pop("model", "stub"), **kw)
        made.append(j)
        return j

    yield make
    for j in made:
        j.close()


def test_fixed_probability_matches_stub(judge_factory):
    with StubJudgeServer("fixed", p_true=0.73) as srv:
        scores = judge_factory(srv.url).score(ITEMS[:3], deadline=time.monotonic() + 10)
        assert [s.flags for s in scores] == [(), (), ()]
        for s in scores:
            assert 0.0 <= s.p_true <= 1.0
            assert s.p_true == pytest.approx(0.73, abs=1e-9)  # variants summed, distractors renormalised away
        body = srv.bodies[0]
        assert body["max_tokens"] == 1 and body["temperature"] == 0
        assert body["logprobs"] is True and body["top_logprobs"] == 20 and body["model"] == "stub"
        assert "### Student Answer:" in body["messages"][0]["content"]


def test_batched_equals_one_by_one(judge_factory):
    with StubJudgeServer("hash") as srv:
        j = judge_factory(srv.url)
        batched = j.score(ITEMS, deadline=time.monotonic() + 10)
        single = [j.score([it], deadline=time.monotonic() + 10)[0] for it in ITEMS]
        assert [s.p_true for s in batched] == [s.p_true for s in single]
        assert len({round(s.p_true, 6) for s in batched}) > 1  # the policy really varies per prompt
        # and each equals the stub's policy for that exact prompt
        for it, s in zip(ITEMS, batched):
            prompt = j.template.render(it.question, it.gold, it.answer)
            assert s.p_true == pytest.approx(hash_policy(prompt), abs=1e-9)


def test_completions_endpoint_and_model_discovery(judge_factory):
    with StubJudgeServer("fixed", p_true=0.2, model="served-name") as srv:
        j = judge_factory(srv.url + "/completions", model=None)
        [s] = j.score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true == pytest.approx(0.2, abs=1e-9)
        assert j.model == "served-name"  # looked up on /v1/models
        assert "prompt" in srv.bodies[0] and srv.bodies[0]["logprobs"] == 20


def test_bare_host_url_gets_v1(judge_factory):
    with StubJudgeServer("always-true") as srv:
        j = judge_factory(f"http://127.0.0.1:{srv.port}")
        [s] = j.score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true > 0.9


def test_no_logprobs_falls_back_to_text(judge_factory):
    with StubJudgeServer("no-logprobs", p_true=0.9) as srv:
        scores = judge_factory(srv.url).score(ITEMS[:2], deadline=time.monotonic() + 10)
        assert all(s.p_true == 1.0 and "judge_text_fallback" in s.flags for s in scores)
    with StubJudgeServer("no-logprobs", p_true=0.1) as srv:
        [s] = judge_factory(srv.url).score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true == 0.0 and "judge_text_fallback" in s.flags


def test_500_is_retried_then_unavailable(judge_factory):
    with StubJudgeServer("error-500") as srv:
        t = time.monotonic()
        [s] = judge_factory(srv.url, retries=2).score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true is None and "judge_unavailable" in s.flags and "judge_http_500" in s.flags
        assert srv.requests == 3  # first try + 2 retries
        assert time.monotonic() - t < 5


def test_transient_500_recovers(judge_factory):
    with StubJudgeServer("always-false", fail_first=1) as srv:
        [s] = judge_factory(srv.url, retries=2).score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true is not None and s.p_true < 0.1
        assert srv.requests == 2


def test_slow_server_returns_by_deadline(judge_factory):
    with StubJudgeServer("slow", delay_s=5.0) as srv:
        j = judge_factory(srv.url, timeout_s=30.0)
        t = time.monotonic()
        scores = j.score(ITEMS, deadline=time.monotonic() + 1.0)
        wall = time.monotonic() - t
        assert wall < 2.5, wall  # deadline 1 s + scheduling slack on a loaded CI box
        assert all(s.p_true is None and "judge_unavailable" in s.flags for s in scores)


def test_per_request_timeout(judge_factory):
    with StubJudgeServer("slow", delay_s=3.0) as srv:
        t = time.monotonic()
        [s] = judge_factory(srv.url, timeout_s=0.3, retries=1).score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true is None and "judge_unavailable" in s.flags
        assert time.monotonic() - t < 2.5


def test_connection_refused_is_unavailable(judge_factory):
    srv = StubJudgeServer("always-true").start()
    url = srv.url
    srv.stop()  # a killed server
    t = time.monotonic()
    scores = judge_factory(url, retries=1).score(ITEMS[:3], deadline=time.monotonic() + 10)
    assert time.monotonic() - t < 5
    assert all(s.p_true is None and "judge_unavailable" in s.flags for s in scores)
    scores = judge_factory(closed_port_url(), retries=0).score(ITEMS[:1], deadline=time.monotonic() + 10)
    assert scores[0].p_true is None


def test_past_deadline_and_empty_batch(judge_factory):
    with StubJudgeServer("always-true") as srv:
        j = judge_factory(srv.url)
        assert j.score([], deadline=time.monotonic() + 1) == []
        [s] = j.score(ITEMS[:1], deadline=time.monotonic() - 1)
        assert s.p_true is None and srv.requests == 0


def test_safe_inside_running_event_loop_and_threads(judge_factory):
    with StubJudgeServer("fixed", p_true=0.6) as srv:
        j = judge_factory(srv.url)

        async def inside_loop():
            return j.score(ITEMS[:2], deadline=time.monotonic() + 10)

        assert [s.p_true for s in asyncio.run(inside_loop())] == pytest.approx([0.6, 0.6])
        results: list = []

        def worker():
            results.extend(j.score(ITEMS, deadline=time.monotonic() + 10))

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=20)
        assert len(results) == 4 * len(ITEMS) and all(s.p_true == pytest.approx(0.6) for s in results)


def test_api_key_from_config_or_env(judge_factory, monkeypatch):
    with StubJudgeServer("always-true") as srv:
        judge_factory(srv.url, api_key="sk-config").score(ITEMS[:1], deadline=time.monotonic() + 10)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
        judge_factory(srv.url).score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert srv.auth == ["Bearer sk-config", "Bearer sk-env"]


def test_parse_reply_shapes():
    chat = {"choices": [{"message": {"content": "True"}, "logprobs": {"content": [
        {"token": "True", "logprob": -0.1, "top_logprobs": [{"token": "True", "logprob": -0.1}, {"token": "\u2581false", "logprob": -2.0}]}]}}]}
    p = parse_reply(chat).p_true
    assert p == pytest.approx(1 / (1 + pow(2.718281828459045, -1.9)), rel=1e-6)
    llama = {"choices": [{"text": "False", "logprobs": {"top_logprobs": [{" False": -0.2, " True": -1.8}]}}]}
    assert parse_reply(llama).p_true < 0.5
    assert parse_reply({"choices": [{"message": {"content": "Maybe"}, "logprobs": None}]}).p_true is None
    assert parse_reply({"error": "x"}).p_true is None
    assert p_true_from_logprobs([("The", -0.1), ("Yes", -1.0)]) is None


def test_stub_server_cli(judge_factory):
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "verigrade.judge.stub_server", "--port", "0", "--mode", "fixed", "--p", "0.3"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()  # "stub judge (fixed) listening on http://127.0.0.1:PORT/v1"
        url = line.strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1"), line
        [s] = judge_factory(url).score(ITEMS[:1], deadline=time.monotonic() + 10)
        assert s.p_true == pytest.approx(0.3, abs=1e-9)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
