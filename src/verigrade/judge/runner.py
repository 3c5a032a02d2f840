"""JudgeRunner: dedup + cache + a never-raising wrapper around one backend.

The pipeline only ever talks to a runner. Per batch: identical (question, gold, answer) items are judged once,
cached verdicts are reused, the backend scores the rest before the deadline, and new verdicts are written back.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Sequence

from .base import Judge, JudgeItem, JudgeScore
from .cache import JudgeCache, MemoryCache, make_key

log = logging.getLogger("verigrade.judge")


@dataclass
class RunnerStats:
    items: int = 0  # items asked for
    unique: int = 0  # distinct keys among them (per batch, summed)
    cache_hits: int = 0  # distinct keys answered by the cache
    backend_calls: int = 0  # distinct keys sent to the backend
    unavailable: int = 0  # items returned without a score

    @property
    def default_threshold(self) -> float | None:
        """A trained judge's calibrated threshold (None: the backend has no opinion)."""
        return getattr(self.judge, "default_threshold", None)

    @property
    def hit_rate(self) -> float:
        """Share of distinct keys served from the cache."""
        return self.cache_hits / self.unique if self.unique else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"items": self.items, "unique": self.unique, "cache_hits": self.cache_hits,
                "backend_calls": self.backend_calls, "unavailable": self.unavailable, "hit_rate": self.hit_rate}


class JudgeRunner:
    """Wraps a `Judge` backend. `score()` returns one JudgeScore per item and never raises."""

    def __init__(self, judge: Judge, cache: JudgeCache | None = None) -> None:
        self.judge = judge
        self.cache: JudgeCache = cache if cache is not None else MemoryCache()
        self.stats = RunnerStats()
        self._lock = threading.Lock()
        self._config_key: str | None = None
        # key -> Future of an item another thread is judging right now: concurrent batches (the server's
        # micro-batches, Ray actor threads) wait for it instead of judging the same item twice
        self._inflight: dict[str, Future] = {}

    @property
    def name(self) -> str:
        return getattr(self.judge, "name", type(self.judge).__name__)

    def config_key(self) -> str:
        if self._config_key is None:
            self._config_key = self.judge.config_key()
        return self._config_key

    @property
    def default_threshold(self) -> float | None:
        """A trained judge's calibrated threshold (None: the backend has no opinion)."""
        return getattr(self.judge, "default_threshold", None)

    @property
    def hit_rate(self) -> float:
        return self.stats.hit_rate

    def score(self, items: Sequence[JudgeItem], deadline: float | None = None) -> list[JudgeScore]:
        items = list(items)
        try:
            return self._score(items, deadline)
        except Exception as exc:  # a backend or cache bug must not take down an RL step
            log.exception("verigrade: judge runner failed: %s", exc)
            with self._lock:
                self.stats.unavailable += len(items)
            return [JudgeScore(None, ("judge_unavailable", "judge_error")) for _ in items]

    def _score(self, items: list[JudgeItem], deadline: float | None) -> list[JudgeScore]:
        if not items:
            return []
        ck = self.config_key()
        keys = [make_key(ck, it.question, it.gold, it.answer) for it in items]
        first: dict[str, int] = {}  # key -> index of its first item
        for i, k in enumerate(keys):
            first.setdefault(k, i)
        cached = self.cache.get_many(first)
        misses = [k for k in first if k not in cached]
        results: dict[str, JudgeScore] = {k: JudgeScore(p, flags, cached=True) for k, (p, flags) in cached.items()}
        own: list[str] = []
        waits: dict[str, Future] = {}
        with self._lock:
            for k in misses:
                if k in self._inflight:
                    waits[k] = self._inflight[k]
                else:
                    self._inflight[k] = Future()
                    own.append(k)
        try:
            if own:
                results.update(zip(own, self._backend([items[first[k]] for k in own], deadline)))
                writes = {k: (results[k].p_true, tuple(results[k].flags)) for k in own if results[k].p_true is not None}
                if writes:
                    self.cache.put_many(writes)
        finally:
            with self._lock:
                for k in own:
                    self._inflight.pop(k).set_result(
                        results.get(k, JudgeScore(None, ("judge_unavailable", "judge_error"))))
        for k, fut in waits.items():
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                s = fut.result(timeout)
                results[k] = JudgeScore(s.p_true, s.flags, cached=True) if s.p_true is not None else s
            except FutureTimeout:
                results[k] = JudgeScore(None, ("judge_unavailable", "judge_deadline"))
        out: list[JudgeScore] = []
        for i, k in enumerate(keys):
            s = results[k]
            if i != first[k] and s.p_true is not None and not s.cached:
                s = JudgeScore(s.p_true, s.flags, cached=True)  # a duplicate cost no judge call
            out.append(s)
        with self._lock:
            st = self.stats
            st.items += len(items)
            st.unique += len(first)
            st.cache_hits += len(cached) + len(waits)
            st.backend_calls += len(own)
            st.unavailable += sum(1 for s in out if s.p_true is None)
        return out

    def _backend(self, items: list[JudgeItem], deadline: float | None) -> list[JudgeScore]:
        if deadline is not None and deadline <= time.monotonic():
            return [JudgeScore(None, ("judge_unavailable", "judge_deadline")) for _ in items]
        try:
            fresh = list(self.judge.score(items, deadline=deadline))
        except Exception as exc:
            log.warning("verigrade: judge backend %s failed: %s", self.name, exc)
            fresh = []
        if len(fresh) != len(items):  # a backend contract breach counts as unavailable
            fresh = [JudgeScore(None, ("judge_unavailable", "judge_error")) for _ in items]
        return fresh

    def close(self) -> None:
        for part in (self.judge, self.cache):
            try:
                part.close()
            except Exception as exc:
                log.warning("verigrade: judge close failed: %s", exc)
