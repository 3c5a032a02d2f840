"""Judge cache (real SQLite files, concurrent processes) and the JudgeRunner's dedup/cache/never-raise contract."""
from __future__ import annotations

import multiprocessing as mp
import sqlite3
import time

import pytest

from verigrade.judge.base import JudgeItem, JudgeScore
from verigrade.judge.cache import MemoryCache, NullCache, SqliteCache, make_key, open_cache
from verigrade.judge.runner import JudgeRunner


class CountingJudge:
    """A backend that records what it was asked; P(True) derived from the answer so results are checkable."""

    name = "counting"

    def __init__(self, fail: Exception | None = None, wrong_length: bool = False) -> None:
        self.calls: list[list[JudgeItem]] = []
        self.fail = fail
        self.wrong_length = wrong_length
        self.closed = False

    def score(self, items, deadline=None):
        self.calls.append(list(items))
        if self.fail is not None:
            raise self.fail
        out = [JudgeScore((len(it.answer) % 10) / 10) for it in items]
        return out[:-1] if self.wrong_length else out

    def config_key(self) -> str:
        return "counting|v1"

    def close(self) -> None:
        self.closed = True


def items(n: int, prefix: str = "a") -> list[JudgeItem]:
    return [JudgeItem("q", "gold", prefix * (i + 1)) for i in range(n)]


# ------------------------------------------------------------------------------------------------ cache
def test_key_is_field_boundary_safe():
    assert make_key("k", "ab", "c", "d") != make_key("k", "a", "bc", "d")
    assert make_key("k", None, "g", "a") != make_key("k", "", "g", "a")
    assert make_key("k1", "q", "g", "a") != make_key("k2", "q", "g", "a")
    assert len(make_key("k", "q", "g", "a")) == 64


def test_open_cache_modes(tmp_path):
    assert isinstance(open_cache(None), MemoryCache)
    assert isinstance(open_cache(""), NullCache)
    c = open_cache(str(tmp_path / "sub" / "judge.sqlite"))
    assert isinstance(c, SqliteCache)
    c.put_many({"k": (0.5, ())})
    assert (tmp_path / "sub" / "judge.sqlite").exists()
    c.close()


def test_sqlite_roundtrip_and_wal(tmp_path):
    path = str(tmp_path / "judge.sqlite")
    c = SqliteCache(path)
    c.put_many({"a": (0.25, ()), "b": (1.0, ("judge_text_fallback",))})
    assert c.get_many(["a", "b", "missing"]) == {"a": (0.25, ()), "b": (1.0, ("judge_text_fallback",))}
    c.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    conn.close()


def test_runner_hits_persistent_cache_on_second_run(tmp_path):
    path = str(tmp_path / "judge.sqlite")
    j1 = CountingJudge()
    r1 = JudgeRunner(j1, SqliteCache(path))
    first = r1.score(items(5), deadline=time.monotonic() + 5)
    assert r1.stats.backend_calls == 5 and r1.stats.cache_hits == 0
    r1.close()
    j2 = CountingJudge()  # a new process would look like this: new backend, new cache object, same file
    r2 = JudgeRunner(j2, SqliteCache(path))
    second = r2.score(items(5), deadline=time.monotonic() + 5)
    assert j2.calls == [] and r2.stats.cache_hits == 5 and r2.hit_rate == 1.0
    assert [s.p_true for s in second] == [s.p_true for s in first]
    assert all(s.cached for s in second)
    r2.close()


def _writer(path: str, worker: int, n: int, out: "mp.Queue") -> None:
    try:
        c = SqliteCache(path)
        for start in range(0, n, 10):
            c.put_many({f"w{worker}-{i}": (i / n, ()) for i in range(start, start + 10)})
            c.put_many({f"shared-{i}": (0.5, ()) for i in range(start % 50, start % 50 + 10)})
            c.get_many([f"w{(worker + 1) % 4}-{i}" for i in range(start, start + 10)])
        c.close()
        out.put(("ok", worker))
    except Exception as exc:  # report into the parent instead of dying silently
        out.put(("error", repr(exc)))


def test_concurrent_processes_do_not_corrupt(tmp_path):
    path = str(tmp_path / "judge.sqlite")
    SqliteCache(path).put_many({"seed": (0.1, ())})
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    q = ctx.Queue()
    n = 200
    procs = [ctx.Process(target=_writer, args=(path, w, n, q)) for w in range(4)]
    for p in procs:
        p.start()
    results = [q.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert all(r[0] == "ok" for r in results), results
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM judge_cache").fetchone()[0] == 1 + 4 * n + 50
    conn.close()
    c = SqliteCache(path)
    got = c.get_many([f"w3-{i}" for i in range(n)])
    assert got == {f"w3-{i}": (i / n, ()) for i in range(n)}


def test_memory_cache_is_bounded():
    c = MemoryCache(max_items=3)
    c.put_many({str(i): (0.5, ()) for i in range(5)})
    assert len(c) == 3 and c.get_many(["0", "4"]) == {"4": (0.5, ())}


# ------------------------------------------------------------------------------------------------ runner
def test_runner_dedups_identical_items():
    j = CountingJudge()
    r = JudgeRunner(j, NullCache())
    same = [JudgeItem("q", "gold", "x + 1")] * 8
    scores = r.score(same, deadline=time.monotonic() + 5)
    assert len(j.calls) == 1 and len(j.calls[0]) == 1
    assert r.stats.items == 8 and r.stats.unique == 1 and r.stats.backend_calls == 1
    assert len({s.p_true for s in scores}) == 1
    assert not scores[0].cached and all(s.cached for s in scores[1:])  # duplicates cost no judge call


def test_runner_memory_cache_across_batches():
    j = CountingJudge()
    r = JudgeRunner(j)  # default: in-memory cache
    r.score(items(3), deadline=time.monotonic() + 5)
    r.score(items(4), deadline=time.monotonic() + 5)
    assert [len(c) for c in j.calls] == [3, 1]
    assert r.stats.cache_hits == 3 and r.hit_rate == pytest.approx(3 / 7)
    assert r.stats.as_dict()["backend_calls"] == 4


def test_runner_never_raises_and_does_not_cache_failures():
    r = JudgeRunner(CountingJudge(fail=RuntimeError("boom")), MemoryCache())
    scores = r.score(items(3), deadline=time.monotonic() + 5)
    assert all(s.p_true is None and "judge_unavailable" in s.flags for s in scores)
    assert r.stats.unavailable == 3
    r.judge = CountingJudge()
    assert all(s.p_true is not None for s in r.score(items(3), deadline=time.monotonic() + 5))

    r2 = JudgeRunner(CountingJudge(wrong_length=True), MemoryCache())
    assert all(s.p_true is None for s in r2.score(items(3)))


def test_runner_past_deadline_skips_backend():
    j = CountingJudge()
    r = JudgeRunner(j, MemoryCache())
    scores = r.score(items(2), deadline=time.monotonic() - 1)
    assert j.calls == [] and all(s.p_true is None for s in scores)
    assert r.score([]) == []


def test_runner_close_closes_backend():
    j = CountingJudge()
    JudgeRunner(j).close()
    assert j.closed


def test_concurrent_batches_judge_a_shared_item_once():
    """Two threads asking for the same item at once: one backend call, both get the score."""
    import threading
    import time as _time

    from verigrade.judge.base import JudgeItem, JudgeScore
    from verigrade.judge.runner import JudgeRunner

    class SlowJudge:
        name = "slow"
        calls = 0

        def config_key(self):
            return "slow"

        def score(self, items, deadline=None):
            SlowJudge.calls += len(items)
            _time.sleep(0.3)
            return [JudgeScore(0.9) for _ in items]

        def close(self):
            pass

    runner = JudgeRunner(SlowJudge())
    item = JudgeItem("q", "gold", "answer")
    out = []
    threads = [threading.Thread(target=lambda: out.append(runner.score([item])[0])) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert SlowJudge.calls == 1
    assert [s.p_true for s in out] == [0.9] * 4
    assert runner.stats.backend_calls == 1
