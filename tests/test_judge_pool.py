"""The judge pool (judge/pool.py) against real stub judge servers on 127.0.0.1: routing, failover, circuit
breakers, and the bounds a stopped judge must respect (issues 15 and 16). No mocks: faults are real (a killed
server resets its connections and refuses new ones; a hung one accepts and never answers).
"""
from __future__ import annotations

import threading
import time
from collections import defaultdict

import pytest

pytest.importorskip("httpx", reason="the openai judge backend needs httpx (pip install -e '.[judge]')")

from verigrade import Verifier
from verigrade.config import VerifierConfig
from verigrade.judge import build_judge
from verigrade.judge.base import JudgeItem
from verigrade.judge.pool import OPEN, JudgePool
from verigrade.judge.stub_server import StubJudgeServer, hash_policy

GOLD = "Petya will receive the last token."  # "the first player" is UNSURE for the rules: it needs the judge


@pytest.fixture
def stubs():
    made: list[StubJudgeServer] = []

    def make(n: int, mode: str = "hash", **kw) -> list[StubJudgeServer]:
        new = [StubJudgeServer(mode, **kw).start() for _ in range(n)]
        made.extend(new)
        return new

    yield make
    for s in made:
        s.resume()
        s.stop()


@pytest.fixture
def pools():
    made: list[JudgePool] = []

    def make(*a, **kw) -> JudgePool:
        kw.setdefault("timeout_s", 5.0)
        p = JudgePool(*a, **kw)
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()


def _items(questions: int, answers: int, tag: str = "") -> list[JudgeItem]:
    return [JudgeItem(f"{tag}What is {q} squared?", str(q * q), f"{q * q + a}.0")
            for q in range(questions) for a in range(answers)]


def _where(servers: list[StubJudgeServer]) -> dict[str, set[int]]:
    """prompt -> indexes of the servers that received it"""
    seen: dict[str, set[int]] = defaultdict(set)
    for i, s in enumerate(servers):
        for p in s.prompts:
            seen[p].add(i)
    return seen


def test_three_endpoints_one_killed_mid_run(stubs, pools):
    servers = stubs(3, delay_s=0.2)
    # concurrency 64 and no spill bound: nothing is ever overloaded, so the routing is affinity alone (on a busy
    # box the survivors answer slowly and the rerouted items pushed them past the default bound: a spill, by design)
    pool = pools([s.url for s in servers], "stub", breaker_cooldown_s=60.0, concurrency=64, spill_min=10_000)
    items = _items(60, 2)  # 120 distinct items; the two answers to a question share its prompt prefix
    rounds: list[list] = []
    pool.score(items[:1])  # (warm: connections)
    before = _where(servers)
    assert len(before) == 1
    for s in servers:
        s.prompts.clear()
    # round 1: all up
    rounds.append(pool.score(items, deadline=time.monotonic() + 20))
    first = {p: next(iter(ix)) for p, ix in _where(servers).items()}
    assert all(len(ix) == 1 for ix in _where(servers).values())  # each item went to exactly one endpoint
    share = [sum(1 for i in first.values() if i == k) for k in range(3)]
    assert min(share) >= len(items) // 12, share  # spread over all three (hashing: about a third each)
    # round 2: endpoint 1 is killed while its requests are in flight (each takes 0.2 s)
    killer = threading.Timer(0.1, servers[1].kill)
    killer.start()
    t = time.monotonic()
    rounds.append(pool.score(items, deadline=time.monotonic() + 20))
    killed_round_s = time.monotonic() - t
    killer.join()
    assert pool.endpoint_stats()[1]["state"] == OPEN
    sent_to_dead = pool.endpoint_stats()[1]["sent"]
    # rounds 3-4: endpoint 1 stays dead, and its open breaker keeps every request away from it
    for _ in range(2):
        rounds.append(pool.score(items, deadline=time.monotonic() + 20))
    assert pool.endpoint_stats()[1]["sent"] == sent_to_dead
    # no errors, no lost items, the same P(True) whichever endpoint answered
    for scores in rounds:
        assert len(scores) == len(items) and all(s.p_true is not None for s in scores)
        assert [s.p_true for s in scores] == [r.p_true for r in rounds[0]]
    where = _where(servers)
    stats = pool.endpoint_stats()
    for p, k in first.items():
        if k != 1 and stats[k]["failed"]:  # (a busy box reset one of its connections: that item moved once)
            assert k in where[p] and len(where[p]) <= 2
        elif k != 1:
            assert where[p] == {k}, ("a survivor's items stay on it (prefix cache) when another endpoint dies",
                                     where[p], k, pool.endpoint_stats())
        elif stats[0]["failed"] or stats[2]["failed"]:  # (a survivor reset a connection: it moved once more)
            assert 1 <= len(where[p] - {1}) <= 2
        else:
            assert len(where[p] - {1}) == 1, "a dead endpoint's item is rerouted to one survivor, every time"
    moved = {p for p, k in first.items() if k == 1}
    assert moved and all(where[p] - {1} for p in moved)
    # duplicates and the answers to one question: one endpoint
    by_question: dict[str, set[int]] = defaultdict(set)
    for p, k in first.items():
        by_question[p.split("</question>")[0]].add(k)
    assert all(len(v) == 1 for v in by_question.values())
    print(f"3 endpoints, share {share} of {len(items)}; round with the kill {killed_round_s:.2f} s "
          f"(requests take 0.2 s), {len(moved)} items rerouted; nothing sent to the dead endpoint afterwards")


def test_duplicates_across_batches_go_to_one_endpoint_through_the_verifier(stubs):
    servers = stubs(3, "always-true")
    cfg = VerifierConfig.from_env({"VERIGRADE_JUDGE_URL": ",".join(s.url for s in servers)},
                                  mode="judge", judge_model="stub", cache_path="", judge_concurrency=64)
    v = Verifier(config=cfg)
    try:
        batch = [{"gold": GOLD, "response": f"\\boxed{{player {i % 7}}}", "question": f"Who {i % 5}?"} for i in range(40)]
        for _ in range(3):  # no cache: each batch asks again
            out = v.verify_batch(batch)
            assert all(x.stage == "judge" and "judge_unavailable" not in x.flags for x in out)
        where = _where(servers)
        assert len(where) == len({(b["response"], b["question"]) for b in batch})
        assert all(len(ix) == 1 for ix in where.values())
        assert sum(s.requests for s in servers) == 3 * len(where)  # in-batch duplicates are judged once
    finally:
        v.close()


def test_breaker_opens_on_a_hung_judge_and_a_half_open_probe_brings_it_back(stubs, pools):
    [srv] = stubs(1, "always-true")
    pool = pools(srv.url, "stub", timeout_s=0.3, retries=0, breaker_failures=3, breaker_cooldown_s=0.5)
    items = _items(5, 1)
    assert all(s.p_true is not None for s in pool.score(items))
    srv.hang()
    t = time.monotonic()
    scores = pool.score(_items(5, 1, "a"), deadline=time.monotonic() + 10)
    assert time.monotonic() - t < 1.0  # the per-request timeout, not the batch deadline
    assert all(s.p_true is None and "judge_timeout" in s.flags for s in scores)
    assert pool.endpoint_stats()[0]["state"] == OPEN
    # open: nothing is sent, items come back at once
    n = srv.requests
    t = time.monotonic()
    scores = pool.score(_items(5, 1, "b"), deadline=time.monotonic() + 10)
    open_s = time.monotonic() - t
    assert open_s < 0.1 and srv.requests == n
    assert all("judge_circuit_open" in s.flags for s in scores)
    # the cool-down passes while it still hangs: exactly one probe, which fails, and the breaker opens again
    time.sleep(0.6)
    scores = pool.score(_items(5, 1, "c"), deadline=time.monotonic() + 10)
    assert srv.requests == n + 1 and all(s.p_true is None for s in scores)
    assert pool.endpoint_stats()[0]["state"] == OPEN
    # back: after the cool-down the probe succeeds, the others waited for it, and all are judged
    srv.resume()
    time.sleep(0.6)
    scores = pool.score(_items(5, 1, "d"), deadline=time.monotonic() + 10)
    assert all(s.p_true is not None for s in scores)
    assert pool.endpoint_stats()[0]["state"] == "closed"
    print(f"breaker: open after 3 timeouts of 0.3 s; while open a batch returns in {1000 * open_s:.1f} ms; "
          f"one probe per cool-down; recovered")


def test_all_endpoints_down_keep_rule_verdicts_within_the_deadline(stubs):
    servers = stubs(3, "always-true")
    urls = [s.url for s in servers]
    # (a batch deadline of 3 s: a request cut by it counts against a hung endpoint only after 1 s in flight, and on a
    # loaded CI machine requests may start late; with 1.5 s the breakers sometimes had too few failures to open)
    v = Verifier(mode="addon", judge_url=urls, judge_model="stub", cache_path="", judge_timeout_s=30.0,
                 batch_deadline_s=3.0, judge_breaker_failures=3, judge_breaker_cooldown_s=30.0)
    unsure = [{"gold": GOLD, "response": f"\\boxed{{the first player {i}}}", "question": f"Who {i}?"} for i in range(12)]
    decided = [{"gold": "12", "response": "\\boxed{12}"}, {"gold": "12", "response": "\\boxed{13}"}]
    try:
        assert all(x.stage == "judge" for x in v.verify_batch(unsure[:3]))
        servers[0].kill()
        servers[1].hang()
        servers[2].hang()
        t = time.monotonic()
        out = v.verify_batch(unsure)
        judged_s = time.monotonic() - t
        assert judged_s < 3.0 + 0.5
        assert all(x.stage == "rule" and not x.correct and "judge_unavailable" in x.flags for x in out)
        # the breakers opened: the next batch does not wait at all
        t = time.monotonic()
        out = v.verify_batch(unsure[:4])
        open_s = time.monotonic() - t
        # (no wait: far under the 3 s batch deadline; 0.5 s leaves room for a loaded CI machine, 0.2 s did not)
        assert open_s < 0.5 and all("judge_circuit_open" in x.flags for x in out)
        lat = []
        for _ in range(20):  # rule-decided items never reach the judge
            t = time.monotonic()
            assert [x.correct for x in v.verify_batch(decided)] == [True, False]
            lat.append(time.monotonic() - t)
        print(f"all 3 endpoints down (1 killed, 2 hung; timeout 30 s, batch deadline 3 s): judged batch "
              f"{judged_s:.2f} s, next batch {1000 * open_s:.0f} ms (breakers open); rule-decided batch max "
              f"{1000 * max(lat):.1f} ms")
    finally:
        v.close()


def test_a_hung_endpoint_spills_to_the_least_loaded(stubs, pools):
    slow, fast = stubs(2, "always-true")
    pool = pools([slow.url, fast.url], "stub", timeout_s=2.0, retries=0, breaker_failures=1000, spill_min=2,
                 spill_factor=1.5)
    slow.hang()
    first = threading.Thread(target=pool.score, args=(_items(40, 1, "x"),), kwargs={"deadline": time.monotonic() + 10})
    first.start()
    end = time.monotonic() + 5
    while time.monotonic() < end:  # the hung endpoint holds its ~20 requests, the other has answered its own
        st = pool.endpoint_stats()
        if st[0]["outstanding"] >= 15 and st[1]["outstanding"] == 0:
            break
        time.sleep(0.02)
    stuck = pool.endpoint_stats()[0]["outstanding"]
    assert stuck >= 15
    n = slow.requests
    t = time.monotonic()
    scores = pool.score(_items(8, 1, "y"), deadline=time.monotonic() + 10)  # (9+ would fill up the other one)
    second_s = time.monotonic() - t
    assert all(s.p_true is not None for s in scores) and second_s < 1.5  # (rerouting after the timeout: 2 s)
    assert slow.requests == n  # nothing more was sent to the loaded endpoint
    slow.resume()
    first.join()
    print(f"a hung endpoint holding {stuck} requests: the next batch of 8 went to the other in {1000 * second_s:.0f} ms")


def test_build_judge_makes_a_pool_and_config_takes_lists():
    cfg = VerifierConfig(judge_url=["http://127.0.0.1:9/v1", "http://127.0.0.1:10/v1"], cache_path="")
    assert cfg.judge_url == ("http://127.0.0.1:9/v1", "http://127.0.0.1:10/v1")
    assert VerifierConfig.from_env({"VERIGRADE_JUDGE_URL": " http://a/v1, ,http://b/v1 "}).judge_endpoints == (
        "http://a/v1", "http://b/v1")
    r = build_judge(cfg)
    try:
        assert isinstance(r.judge, JudgePool) and len(r.judge.endpoints) == 2 and r.name == "openai"
        t = time.monotonic()
        [s] = r.score([JudgeItem("q", "1", "2")], deadline=time.monotonic() + 5)  # nothing listens: refused
        assert s.p_true is None and "judge_unavailable" in s.flags and time.monotonic() - t < 5.5
    finally:
        r.close()


def test_one_endpoint_keeps_the_single_url_cache_key(stubs, pools):
    from verigrade.judge.openai import OpenAIJudge

    [srv] = stubs(1, "always-true")
    single = OpenAIJudge(srv.url, "stub")
    try:
        assert pools(srv.url, "stub").config_key() == single.config_key()
        assert pools([srv.url, srv.url + "x"], "stub").config_key().startswith("openai|pool|")
    finally:
        single.close()
    assert hash_policy("a") == hash_policy("a")
