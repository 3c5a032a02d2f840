"""Bounds of the reward service (issue 16): a slow (GIL-holding) item, a hung judge, huge gold lists, lone
surrogates, slow clients, and keep-alive latency. Real HTTP servers on 127.0.0.1: in-process uvicorn threads for
a verifier the test controls, `verigrade serve` subprocesses otherwise.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra")
uvicorn = pytest.importorskip("uvicorn", reason="needs the serve extra")
httpx = pytest.importorskip("httpx")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _slow_verifier import SlowVerifier  # noqa: E402
from test_server import lt  # noqa: E402  (scripts/load_test.py: _wait_line for a real `verigrade serve`)

from verigrade.server import bind, create_app, http_protocol  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = "Petya will receive the last token."  # "the first player" is UNSURE for the rules: it needs the judge


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


class InProcessServer:
    """`create_app(verifier)` under uvicorn in a thread, with the same socket and protocol as `verigrade serve`."""

    def __init__(self, verifier, **options) -> None:
        read_timeout_s = options.pop("read_timeout_s", 10.0)
        app = create_app(verifier, read_timeout_s=read_timeout_s, **options)
        self.sock = bind("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        cfg = uvicorn.Config(app, log_level="warning", access_log=False, http=http_protocol(read_timeout_s),
                             lifespan="on")
        self.server = uvicorn.Server(cfg)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> "InProcessServer":
        self.thread.start()
        end = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > end or not self.thread.is_alive():
                raise RuntimeError("in-process server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()


# ------------------------------------------------------------------------------------------ slow items
def test_healthz_and_other_requests_answer_while_a_gil_holding_item_runs():
    verifier = SlowVerifier(mode="rule", deadline_s=1.0)  # hard deadline: max(1.5 s, 1.5 s)
    verifier.slow_s = 30
    with InProcessServer(verifier, rule_workers=2) as srv:
        with ThreadPoolExecutor(4) as ex:
            t0 = time.monotonic()
            slow = ex.submit(httpx.post, srv.url + "/verify", timeout=60,
                             json={"items": [{"gold": "1", "response": "SLOW \\boxed{1}"}]})
            time.sleep(0.3)  # the slow item is now inside its C call
            health, other = [], []
            while not slow.done() and time.monotonic() - t0 < 20:
                t = time.monotonic()
                assert httpx.get(srv.url + "/healthz", timeout=5).status_code == 200
                health.append(time.monotonic() - t)
                t = time.monotonic()
                r = httpx.post(srv.url + "/verify", timeout=5, json={"items": [{"gold": "2", "response": "\\boxed{2}"}]})
                other.append(time.monotonic() - t)
                assert r.status_code == 200 and r.json()["verdicts"][0]["correct"] is True
                time.sleep(0.05)
            r = slow.result()
            took = time.monotonic() - t0
        print(f"healthz during the slow item: n={len(health)} max {1000 * max(health):.1f} ms; "
              f"other /verify max {1000 * max(other):.1f} ms; slow item answered after {took:.2f} s")
        assert health and max(health) < 1.0 and max(other) < 1.0
        # the item did not take its 30 s: its worker was killed at the hard deadline and replaced
        assert r.status_code == 200 and took < 10
        v = r.json()["verdicts"][0]
        assert v["correct"] is False and "deadline" in v["flags"] and v["outcome"] == "unsure"
        m = httpx.get(srv.url + "/metrics").text
        assert re.search(r"^verigrade_rule_worker_kills_total 1$", m, re.M)
        assert re.search(r"^verigrade_rule_deadline_total 1$", m, re.M)
        # the replacement worker serves the next request
        r = httpx.post(srv.url + "/verify", json={"items": [{"gold": "3", "response": "\\boxed{3}"}]})
        assert r.json()["verdicts"][0]["correct"] is True


def test_a_client_sending_hostile_items_in_a_loop_does_not_slow_the_others():
    """Issue 16: one client posts the growth fuzzer's 10^5-character items (every piece, in gold, response, box
    and question) in a loop, and SlowVerifier items that would hold the GIL for 30 s; three other clients send
    ordinary items and poll /healthz. Their p99 stays < 500 ms, /healthz < 100 ms, no request fails."""
    from growth import PIECES, SLOTS, item

    hostile = [item(p, slot, 100_000) for p in PIECES for slot in SLOTS]
    verifier = SlowVerifier(mode="rule", deadline_s=1.0)
    verifier.slow_s = 30
    stop = threading.Event()
    errors: list[str] = []
    lat: list[float] = []
    health: list[float] = []

    def attacker(url: str) -> None:
        with httpx.Client(timeout=60) as c:
            k = 0
            while not stop.is_set():
                batch = hostile[k % len(hostile):k % len(hostile) + 8]
                if k % 5 == 0:
                    batch = batch + [{"gold": "1", "response": "SLOW \\boxed{1}"}]
                k += 8
                r = c.post(url + "/verify", json={"items": batch})
                if r.status_code not in (200, 413, 422):
                    errors.append(f"attacker got {r.status_code}")

    def client(url: str, n: int) -> None:
        with httpx.Client(timeout=5) as c:
            for i in range(n):
                t = time.monotonic()
                r = c.post(url + "/verify", json={"items": [{"gold": str(i), "response": f"so \\boxed{{{i}}}"}]})
                lat.append(time.monotonic() - t)
                if r.status_code != 200 or r.json()["verdicts"][0]["correct"] is not True:
                    errors.append(f"client got {r.status_code}")
                t = time.monotonic()
                if c.get(url + "/healthz").status_code != 200:
                    errors.append("healthz failed")
                health.append(time.monotonic() - t)
                time.sleep(0.02)

    with InProcessServer(verifier, rule_workers=2) as srv:
        with ThreadPoolExecutor(4) as ex:
            a = ex.submit(attacker, srv.url)
            time.sleep(0.5)
            clients = [ex.submit(client, srv.url, 60) for _ in range(3)]
            for c in clients:
                c.result()
            stop.set()
            a.result()
    lat.sort()
    health.sort()
    p99 = lat[int(0.99 * (len(lat) - 1))]
    print(f"hostile loop: other clients n={len(lat)} p50 {1000 * lat[len(lat) // 2]:.1f} ms p99 {1000 * p99:.1f} ms "
          f"max {1000 * lat[-1]:.1f} ms; /healthz max {1000 * health[-1]:.1f} ms; errors {len(errors)}")
    assert not errors and p99 < 0.5 and health[-1] < 0.1


# ------------------------------------------------------------------------------------------ hung judge
@pytest.fixture()
def judged_service():
    py = sys.executable
    stub = subprocess.Popen([py, "-m", "verigrade.judge.stub_server", "--port", "0", "--mode", "always-true"],
                            stdout=subprocess.PIPE, text=True, env=_env())
    server = None
    try:
        judge_url = lt._wait_line(stub, r"listening on")
        server = subprocess.Popen(
            [py, "-m", "verigrade", "serve", "--port", "0", "--mode", "addon", "--judge-backend", "openai",
             "--judge-url", judge_url, "--rule-workers", "1"],
            stdout=subprocess.PIPE, text=True, env=_env(VERIGRADE_BATCH_DEADLINE_S="2", VERIGRADE_JUDGE_RETRIES="0"))
        url = lt._wait_line(server, r"listening on")
        yield url, stub
    finally:
        for p in (server, stub):
            if p is None:
                continue
            try:
                p.send_signal(signal.SIGCONT)
            except ProcessLookupError:
                pass
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def test_a_hung_judge_delays_no_rule_decided_item_and_judged_items_fall_back_in_the_batch_deadline(judged_service):
    url, stub = judged_service
    unsure = {"items": [{"gold": GOLD, "response": "\\boxed{the first player}", "question": "Who?"}]}
    decided = {"items": [{"gold": "12", "response": "\\boxed{12}"}, {"gold": "12", "response": "\\boxed{13}"}]}
    r = httpx.post(url + "/verify", json=unsure, timeout=30)
    assert r.json()["verdicts"][0]["stage"] == "judge"  # the judge works
    stub.send_signal(signal.SIGSTOP)
    try:
        with ThreadPoolExecutor(4) as ex:
            t0 = time.monotonic()
            judged = [ex.submit(httpx.post, url + "/verify",
                                json={"items": [{"gold": GOLD, "response": f"\\boxed{{the player number {i}}}",
                                                 "question": f"Who {i}?"}]}, timeout=30) for i in range(2)]
            time.sleep(0.2)  # a judge batch is now waiting on the stopped judge
            lat = []
            for _ in range(5):
                t = time.monotonic()
                r = httpx.post(url + "/verify", json=decided, timeout=30)
                lat.append(time.monotonic() - t)
                assert [v["correct"] for v in r.json()["verdicts"]] == [True, False]
            results = [f.result() for f in judged]
            judged_s = time.monotonic() - t0
    finally:
        stub.send_signal(signal.SIGCONT)
    print(f"judge stopped: rule-decided requests {[round(1000 * x) for x in lat]} ms; judged requests answered after "
          f"{judged_s:.2f} s (batch deadline 2 s)")
    assert max(lat) < 0.5
    assert judged_s < 4.0
    for r in results:
        v = r.json()["verdicts"][0]
        assert r.status_code == 200 and "judge_unavailable" in v["flags"] and v["stage"] == "rule"
    # the judge is back: judged again
    end = time.monotonic() + 20
    while True:
        r = httpx.post(url + "/verify", json={"items": [{"gold": GOLD, "response": "\\boxed{the starter}",
                                                         "question": "Who now?"}]}, timeout=30)
        if r.json()["verdicts"][0]["stage"] == "judge" or time.monotonic() > end:
            break
        time.sleep(0.5)
    assert r.json()["verdicts"][0]["stage"] == "judge"


def test_warm_rules_loads_the_lazy_unit_registry_before_the_first_item():
    # A rule worker calls warm_rules() before it reports ready: the first item with a word next to a number must
    # not pay pint's registry load (~0.3 s, more on a loaded machine) inside a request. A fresh process, so no
    # other test has loaded it yet.
    code = ("from verigrade import Verifier\nfrom verigrade.rules import units\n"
            "before = units._load_registry.cache_info().currsize\n"
            "Verifier(mode='rule').warm_rules()\n"
            "print(before, units._load_registry.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "1"]
