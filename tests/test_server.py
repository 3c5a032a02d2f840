"""The reward service, run for real: `python -m verigrade.judge.stub_server` as the judge and `python -m verigrade
serve --mode addon --judge-backend openai --judge-url <stub>` on ephemeral loopback ports, then 200 concurrent
one-rollout OpenRLHF-style clients, and every error path a client can hit.
"""
from __future__ import annotations

import asyncio
import http.client
import importlib.util
import json
import re
import socket
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra: pip install -e '.[serve]'")
pytest.importorskip("uvicorn", reason="needs the serve extra: pip install -e '.[serve]'")
httpx = pytest.importorskip("httpx")

TOKEN = "test-token-123"
ROOT = Path(__file__).resolve().parents[1]


def _load_test_module():
    spec = importlib.util.spec_from_file_location("verigrade_load_test", ROOT / "scripts" / "load_test.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


lt = _load_test_module()


@pytest.fixture(scope="module")
def service():
    with lt.running_service(token=TOKEN, extra_args=("--max-body-bytes", "200000", "--read-timeout", "2",
                                                     "--max-golds", "8", "--max-items", "100")) as url:
        yield url


def auth(**extra):
    return {"Authorization": f"Bearer {TOKEN}", **extra}


def metrics(url: str) -> dict[str, float]:
    return lt.parse_metrics(httpx.get(url + "/metrics", headers=auth()).text)


def test_load_200_concurrent_clients_batches_judge_calls(service):
    res = asyncio.run(lt.run_load(service, clients=200, per_client=2, n_questions=30, token=TOKEN))
    assert res["errors"] == 0, res["error_samples"]
    assert res["ok"] == 400 and res["server_requests"] == 400 and res["items"] == 400
    # Every answer is UNSURE for the rules, so each needs a verdict from the judge; dedup + cache + batching
    # across concurrent requests make far fewer judge calls than requests.
    assert 0 < res["judge_calls"] < res["server_requests"]
    assert res["judge_fallbacks"] == 0
    assert res["judge_batches"] < res["server_requests"] and res["judge_largest_batch"] > 1
    m = metrics(service)
    assert m["verigrade_items_total"] >= 400 and m["verigrade_inflight_requests"] == 0


def test_get_reward_payload_and_values(service):
    prompt = "<|im_start|>user\nWho gets the last token in game 7?<|im_end|>\n<|im_start|>assistant\n"
    body = {"query": [prompt + "So \\boxed{the first player}<|im_end|>", prompt + "\\boxed{12}<|im_end|>"],
            "prompts": [prompt, prompt], "labels": [lt.GOLD, "12"]}
    r = httpx.post(service + "/get_reward", json=body, headers=auth())
    assert r.status_code == 200, r.text
    data = r.json()
    assert set(data) == {"rewards", "scores", "extra_logs"} and len(data["rewards"]) == 2
    assert data["extra_logs"]["vg_stage"] == [2.0, 1.0] and data["rewards"][1] == 1.0  # judge, then rules
    assert all(0.0 <= s <= 1.0 for s in data["scores"]) and data["extra_logs"]["vg_missing_question"] == [0.0, 0.0]


def test_verify_and_slime_endpoints(service):
    r = httpx.post(service + "/verify", headers=auth(), json={"items": [
        {"gold": "0.5", "response": "\\boxed{\\frac12}", "question": "half?"},
        {"gold": lt.GOLD, "response": "\\boxed{the starting player}"},
        {"gold": ["3", "4"], "response": "\\boxed{4}"}]})
    assert r.status_code == 200, r.text
    v = r.json()["verdicts"]
    assert [x["correct"] for x in v] == [True, v[1]["correct"], True] and v[0]["stage"] == "rule"
    assert v[1]["stage"] == "judge" and v[1]["outcome"] == "unsure" and v[1]["p_true"] is not None
    s = httpx.post(service + "/slime", headers=auth(), json={"prompt": [{"role": "user", "content": "1+1?"}],
                                                              "response": "\\boxed{2}", "label": 2})
    assert s.status_code == 200 and s.json()["score"] == 1.0 and s.json()["vg_missing_question"] == 0.0
    # ?token= for clients that cannot set headers (OpenRLHF's remote RM client)
    assert httpx.post(service + f"/slime?token={TOKEN}", json={"prompt": "q", "response": "x", "label": "y"}).status_code == 200


def test_auth(service):
    body = {"query": ["q \\boxed{1}"], "prompts": ["q"], "labels": ["1"]}
    assert httpx.post(service + "/get_reward", json=body).status_code == 401
    r = httpx.post(service + "/get_reward", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and "token" in r.json()["error"]
    assert httpx.post(service + "/get_reward?token=nope", json=body).status_code == 401
    assert httpx.get(service + "/metrics").status_code == 401
    assert httpx.get(service + "/healthz").status_code == 200  # liveness needs no token


def test_body_limits(service):
    big = {"query": ["x" * 300_000], "prompts": [""], "labels": ["1"]}
    r = httpx.post(service + "/get_reward", json=big, headers=auth())
    assert r.status_code == 413 and "too large" in r.json()["error"]

    def chunks():  # no Content-Length: the limit must hold while streaming
        for _ in range(30):
            yield b"x" * 10_000

    r = httpx.post(service + "/verify", content=chunks(), headers=auth())
    assert r.status_code == 413


@pytest.mark.parametrize("path, content, code, words", [
    ("/get_reward", b"{not json", 400, "invalid JSON"),
    ("/get_reward", b"", 400, "empty"),
    ("/get_reward", b"[1, 2]", 400, "JSON object"),
    ("/get_reward", b"\xff\xfe", 400, "invalid JSON"),
    ("/get_reward", json.dumps({"prompts": ["p"], "labels": ["1"]}).encode(), 422, "'query'"),
    ("/get_reward", json.dumps({"query": ["q"], "prompts": ["p"]}).encode(), 422, "labels"),
    ("/get_reward", json.dumps({"query": ["q", "r"], "prompts": ["p"], "labels": ["1", "2"]}).encode(), 422, "prompts"),
    ("/get_reward", json.dumps({"query": [1], "labels": ["1"]}).encode(), 422, "query[0]"),
    ("/get_reward", json.dumps({"query": ["q"], "labels": [None]}).encode(), 422, "label"),
    ("/verify", json.dumps({"items": []}).encode(), 422, "items"),
    ("/verify", json.dumps({"items": [{"gold": "1"}]}).encode(), 422, "response"),
    ("/verify", json.dumps({"items": [{"gold": {"a": 1}, "response": "x"}]}).encode(), 422, "gold"),
    ("/verify", json.dumps({"items": ["x"]}).encode(), 422, "items[0]"),
    ("/verify", json.dumps({"items": [{"gold": "1", "response": "1", "question": 5}]}).encode(), 422, "question"),
    ("/slime", json.dumps({"prompt": "p", "response": "r"}).encode(), 422, "label"),
    ("/slime", b"[" * 100_000 + b"]" * 100_000, 400, "invalid JSON"),
])
def test_bad_requests_are_4xx_with_a_message(service, path, content, code, words):
    r = httpx.post(service + path, content=content, headers=auth(**{"Content-Type": "application/json"}))
    assert r.status_code == code, r.text
    assert words in r.json()["error"]


def test_metrics_text_format(service):
    text = httpx.get(service + "/metrics", headers=auth()).text
    for name in ("verigrade_requests_total", "verigrade_request_duration_seconds_bucket", "verigrade_judge_calls_total",
                 "verigrade_judge_cache_hits_total", "verigrade_judge_fallbacks_total", "verigrade_items_total",
                 "verigrade_batches_total"):
        assert re.search(rf"^{name}[{{ ]", text, re.M), name
    for line in text.splitlines():
        assert line.startswith("#") or float(line.rsplit(" ", 1)[1]) >= 0
    assert 'verigrade_requests_total{endpoint="get_reward",code="401"}' in text  # test_auth ran before
    assert 'verigrade_requests_total{endpoint="verify",code="413"}' in text
    assert httpx.get(service + "/nope", headers=auth()).status_code == 404
    assert httpx.get(service + "/get_reward", headers=auth()).status_code == 405


# ------------------------------------------------------------------------------------------ issue 16: bounds
def test_lone_surrogate_is_answered_200_and_flagged(service):
    # "\ud800" is valid JSON but cannot be encoded as UTF-8: before, the JSON encoder raised and the client got 500
    def post(path, obj):
        body = json.dumps(obj).encode()  # ensure_ascii: the lone surrogate travels as the escape \ud800
        assert b"\\ud800" in body or b"\\udc00" in body
        return httpx.post(service + path, content=body, headers=auth(**{"Content-Type": "application/json"}))

    r = post("/verify", {"items": [{"gold": "1", "response": "so \\boxed{1} \ud800"},
                                   {"gold": "2\udc00", "response": "\\boxed{2}", "question": "q\ud800"},
                                   {"gold": "3", "response": "\\boxed{3}"}]})
    assert r.status_code == 200, r.text
    v = r.json()["verdicts"]
    assert v[0]["correct"] is True and "invalid_unicode" in v[0]["flags"]
    assert "invalid_unicode" in v[1]["flags"] and "invalid_unicode" not in v[2]["flags"] and v[2]["correct"]
    r = post("/get_reward", {"query": ["p \ud800 \\boxed{1}"], "prompts": ["p \ud800 "], "labels": ["1"]})
    assert r.status_code == 200 and r.json()["rewards"] == [1.0], r.text
    r = post("/slime", {"prompt": "\ud800", "response": "\\boxed{1} \ud800", "label": "1"})
    assert r.status_code == 200 and r.json()["score"] == 1.0, r.text


def test_keep_alive_requests_do_not_wait_for_nagle(service):
    # The listening socket used to have proto 0, so asyncio never set TCP_NODELAY: ~44 ms per keep-alive response.
    host, port = service[len("http://"):].rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    body = json.dumps({"items": [{"gold": "1", "response": "\\boxed{1}"}]})
    for path, payload in (("/healthz", None), ("/verify", body)):
        times = []
        for i in range(51):
            t0 = time.perf_counter()
            conn.request("GET" if payload is None else "POST", path, body=payload,
                         headers=auth(**{"Content-Type": "application/json"}))
            resp = conn.getresponse()
            resp.read()
            assert resp.status == 200
            if i:  # the first one opens the connection
                times.append(time.perf_counter() - t0)
        mean = sum(times) / len(times)
        print(f"{path}: 50 keep-alive requests, mean {1000 * mean:.2f} ms, max {1000 * max(times):.2f} ms")
        assert mean < 0.015, (path, mean)
    conn.close()


def test_work_per_request_is_bounded(service):
    r = httpx.post(service + "/verify", headers=auth(),
                   json={"items": [{"gold": [str(i) for i in range(10_000)], "response": "\\boxed{5}"}]})
    assert r.status_code == 413 and "gold" in r.json()["error"] and "8" in r.json()["error"]
    items = [{"gold": [str(i) for i in range(8)], "response": "\\boxed{5}"}] * 13  # 13 rollouts, 104 checks
    r = httpx.post(service + "/verify", headers=auth(), json={"items": items})
    assert r.status_code == 413 and "104" in r.json()["error"]
    r = httpx.post(service + "/verify", headers=auth(), json={"items": items[:12]})  # 96 checks: fine
    assert r.status_code == 200 and all(v["correct"] for v in r.json()["verdicts"])
    r = httpx.post(service + "/get_reward", headers=auth(),
                   json={"query": ["q \\boxed{1}"], "prompts": ["q"], "labels": [[str(i) for i in range(50)]]})
    assert r.status_code == 413


def _raw(service: str) -> socket.socket:
    host, port = service[len("http://"):].rsplit(":", 1)
    return socket.create_connection((host, int(port)), timeout=10)


def _response(s: socket.socket) -> bytes:
    """One whole HTTP response (headers and body may arrive in separate segments)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(4096)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    n = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
    while len(body) < n:
        body += s.recv(4096)
    return head + b"\r\n\r\n" + body


def test_unfinished_headers_and_bodies_time_out(service):
    t0 = time.monotonic()
    s = _raw(service)  # half a request line, then nothing
    s.sendall(b"POST /verify HTTP/1.1\r\nHost: x\r\nContent-Le")
    data = _response(s)
    took = time.monotonic() - t0
    assert data.startswith(b"HTTP/1.1 408") and 1.5 < took < 6, (data, took)
    assert s.recv(4096) == b""  # closed
    s.close()
    s = _raw(service)  # a connection that sends nothing at all
    t0 = time.monotonic()
    assert s.recv(4096).startswith(b"HTTP/1.1 408") and time.monotonic() - t0 < 6
    s.close()
    s = _raw(service)  # complete headers, half the body
    head = (f"POST /verify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n").encode()
    s.sendall(head + b'{"items": [')
    t0 = time.monotonic()
    data = _response(s)
    assert data.startswith(b"HTTP/1.1 408") and b"body" in data and time.monotonic() - t0 < 6, data
    s.close()
    # a keep-alive connection that starts its second request and stalls is closed too
    s = _raw(service)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    assert _response(s).startswith(b"HTTP/1.1 200")
    s.sendall(b"GET /heal")
    t0 = time.monotonic()
    assert s.recv(4096).startswith(b"HTTP/1.1 408") and time.monotonic() - t0 < 6
    s.close()
    assert httpx.get(service + "/healthz").status_code == 200
