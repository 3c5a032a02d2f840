"""A pool of OpenAI-compatible judge endpoints (replicas of one judge model): routing, health, circuit breakers.

`judge_url` with one URL or several (a list, or "http://a/v1,http://b/v1") builds one `JudgePool`; with one URL it
is that endpoint plus its breaker.

Routing. An item's affinity key (its question and gold: the prompt's prefix) ranks the endpoints by rendezvous
hashing; the item goes to the first endpoint in that order that is available and not overloaded (bounded-load
hashing: at least `spill_min` outstanding requests and more than `spill_factor` x (1 + the least loaded one's)).
So duplicates, and the rollouts of one prompt, land on the server whose prefix cache holds them, a busy or hung
endpoint spills to the least loaded ones, and losing an endpoint moves only its own items (the others stay put).

Health. Every attempt is bounded by `timeout_s` (per endpoint, per attempt) and the batch deadline. A failed
attempt (timeout, transport error, HTTP 5xx) sends the item to the next endpoint in its order; `retries` more
rounds (with backoff) follow only when every endpoint failed it. Each endpoint has a circuit breaker: closed ->
open after `breaker_failures` consecutive failures (at once when the connection is refused: nothing listens) ->
half-open after `breaker_cooldown_s`, when exactly one real request probes it -> closed on success, open again on
failure. An open endpoint receives nothing; with none available an item returns at once (after waiting at most
1 s for a probe in flight), unscored and flagged `judge_unavailable` (`judge_circuit_open`), so the pipeline
keeps its rule verdict.

State (breakers, outstanding counts, the HTTP client) lives on the instance, owned by its private event loop.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

from .aioloop import LoopThread
from .base import JudgeItem, JudgeScore
from .openai import (auth_headers, build_request, gather_scores, parse_reply, retry_after_s, run_batch, unavailable,
                     split_endpoint)
from .prompt import Template
from .registry import JudgeSpec, lookup

log = logging.getLogger("verigrade.judge")

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"
_BACKOFF_S = 0.2
_MAX_BACKOFF_S = 4.0
_MODEL_LOOKUP_S = 5.0  # bound on asking /models for the served name
# A request cut short by the batch deadline (not by its own timeout) counts against its endpoint only when it had
# waited this long: a healthy judge answers a short verdict well within it, a stopped one never does.
_HUNG_S = 1.0
_PROBE_WAIT_S = 1.0  # how long an item with nowhere else to go waits for a half-open probe's answer


@dataclass
class Breaker:
    """One endpoint's circuit breaker. Called only from the pool's loop thread, so it needs no lock."""

    failures_to_open: int = 5
    cooldown_s: float = 5.0
    state: str = CLOSED
    consecutive: int = 0
    opened_at: float = 0.0
    probe_out: bool = False  # half-open: the one probe request is in flight
    opens: int = 0  # times it opened (stats)

    def allows(self, now: float) -> bool:
        if self.state == OPEN and now - self.opened_at >= self.cooldown_s:
            self.state = HALF_OPEN
        if self.state == HALF_OPEN:
            return not self.probe_out
        return self.state == CLOSED

    def on_send(self) -> bool:
        """A request is being sent; True when it is the half-open probe."""
        if self.state == HALF_OPEN:
            self.probe_out = True
            return True
        return False

    def on_success(self) -> None:
        self.state, self.consecutive, self.probe_out = CLOSED, 0, False

    def on_failure(self, now: float, *, hard: bool = False) -> None:
        self.consecutive += 1
        self.probe_out = False
        if self.state == HALF_OPEN or hard or self.consecutive >= self.failures_to_open:
            if self.state != OPEN:
                self.opens += 1
            self.state, self.opened_at = OPEN, now

    def on_neutral(self, probe: bool) -> None:
        """Nothing learnt (429, cut by the deadline early): a probe slot is given back."""
        if probe:
            self.probe_out = False


@dataclass
class Endpoint:
    base_url: str
    api: str  # "chat" | "completions"
    breaker: Breaker
    outstanding: int = 0  # requests assigned and not finished (queued behind `sem` included)
    sent: int = 0
    ok: int = 0
    failed: int = 0
    seed: bytes = b""
    sem: asyncio.Semaphore | None = field(default=None, repr=False)
    probe_done: asyncio.Event | None = field(default=None, repr=False)  # set when the half-open probe finishes

    def as_dict(self) -> dict[str, Any]:
        b = self.breaker
        return {"url": self.base_url, "state": b.state, "outstanding": self.outstanding, "sent": self.sent,
                "ok": self.ok, "failed": self.failed, "opens": b.opens}


@dataclass(frozen=True)
class Attempt:
    score: JudgeScore | None  # None: not scored by this endpoint
    reason: str = ""
    final: bool = False  # no other endpoint or retry can help (a 4xx: the request itself is wrong)
    retry_after: float = 0.0


def affinity(item: JudgeItem) -> bytes:
    """What routes an item: question + gold, the prompt's shared prefix (duplicates share it too)."""
    h = hashlib.blake2b(digest_size=16)
    h.update((item.question or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(item.gold.encode("utf-8", "surrogatepass"))
    return h.digest()


def _weight(key: bytes, seed: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(key, digest_size=8, key=seed[:64]).digest(), "big")


class JudgePool:
    """A `Judge` over one or more OpenAI-compatible endpoints serving the same judge model."""

    name = "openai"

    def __init__(self, urls: Sequence[str] | str, model: str | None = None, *, api_key: str | None = None,
                 template: Template | None = None, template_spec: str | None = None, timeout_s: float = 30.0,
                 concurrency: int = 16, retries: int = 2, breaker_failures: int = 5, breaker_cooldown_s: float = 5.0,
                 spill_factor: float = 2.0, spill_min: int | None = None) -> None:
        """`concurrency`: requests in flight per endpoint. `spill_min`: an endpoint with fewer outstanding
        requests is never overloaded (default: `concurrency`)."""
        try:
            import httpx  # noqa: F401  (fail at build time, with the fix in the message)
        except ImportError as exc:
            raise ImportError("the openai judge backend needs httpx: pip install -e '.[judge]'") from exc
        urls = [urls] if isinstance(urls, str) else list(urls)
        if not urls:
            raise ValueError("a judge pool needs at least one URL")
        self.endpoints: list[Endpoint] = []
        for u in dict.fromkeys(urls):  # a URL listed twice is one endpoint
            base, api = split_endpoint(u)
            self.endpoints.append(Endpoint(base, api, Breaker(max(1, int(breaker_failures)), max(0.0, breaker_cooldown_s)),
                                           seed=hashlib.blake2b(base.encode(), digest_size=16).digest()))
        self.model = model
        self.api_key = api_key
        self._template_override = template
        self._template_spec = template_spec
        self.spec: JudgeSpec | None = self._lookup(model) if model else None
        self.timeout_s = max(0.05, float(timeout_s))
        self.concurrency = max(1, int(concurrency))
        self.retries = max(0, int(retries))
        self.spill_factor = max(1.0, float(spill_factor))
        self.spill_min = self.concurrency if spill_min is None else max(0, int(spill_min))
        self._loop = LoopThread("verigrade-judge-pool")
        self._client: Any = None
        self._client_gen = -1

    @classmethod
    def from_config(cls, config: Any) -> "JudgePool":
        urls = config.judge_endpoints
        if not urls:
            raise ValueError("judge_backend='openai' needs judge_url (e.g. http://localhost:8000/v1, or VERIGRADE_JUDGE_URL)")
        return cls(urls, config.judge_model, api_key=config.judge_api_key, template_spec=config.judge_template,
                   timeout_s=config.judge_timeout_s, concurrency=config.judge_concurrency, retries=config.judge_retries,
                   breaker_failures=config.judge_breaker_failures, breaker_cooldown_s=config.judge_breaker_cooldown_s)

    # ------------------------------------------------------------------ what the runner and pipeline ask
    def _lookup(self, model: str | None) -> JudgeSpec:
        from dataclasses import replace

        spec = lookup(model, self._template_spec)
        return replace(spec, template=self._template_override) if self._template_override is not None else spec

    def _spec(self) -> JudgeSpec:
        """The registry entry; with no model name the served one is asked for first (bounded, once)."""
        if self.spec is None:
            deadline = time.monotonic() + min(self.timeout_s, _MODEL_LOOKUP_S)
            try:
                self._loop.run(self._ensure_model(deadline), timeout=_MODEL_LOOKUP_S + 2.0)
            except Exception as exc:
                log.debug("verigrade: judge model name lookup failed: %s", exc)
            if self.spec is None:
                self.spec = self._lookup(self.model)
        return self.spec

    @property
    def template(self) -> Template:
        return self._spec().template

    @property
    def default_threshold(self) -> float | None:
        return self._spec().threshold

    def config_key(self) -> str:
        spec = self._spec()
        if len(self.endpoints) == 1:  # the same key as OpenAIJudge: existing caches stay valid
            e = self.endpoints[0]
            return f"openai|{e.base_url}|{e.api}|{self.model}|{spec.key}"
        # replicas of one model give the same verdicts: the key names the model, not the servers
        apis = ",".join(sorted({e.api for e in self.endpoints}))
        return f"openai|pool|{apis}|{self.model}|{spec.key}"

    def endpoint_stats(self) -> list[dict[str, Any]]:
        return [e.as_dict() for e in self.endpoints]

    # ------------------------------------------------------------------ public, blocking
    def score(self, items: Sequence[JudgeItem], deadline: float | None = None) -> list[JudgeScore]:
        return run_batch(self._loop, self._score_batch, items, deadline, "judge pool")

    def close(self) -> None:
        client, self._client = self._client, None
        self._loop.close(client.aclose() if client is not None else None)

    # ------------------------------------------------------------------ on the loop
    async def _get_client(self) -> Any:
        import httpx

        if self._client is None or self._client_gen != self._loop.generation:  # none yet, or a new loop (fork)
            n = self.concurrency * len(self.endpoints)
            self._client = httpx.AsyncClient(limits=httpx.Limits(max_connections=n, max_keepalive_connections=n),
                                             timeout=self.timeout_s)
            self._client_gen = self._loop.generation
            for e in self.endpoints:
                e.sem = asyncio.Semaphore(self.concurrency)
        return self._client

    async def _ensure_model(self, deadline: float) -> None:
        """No judge_model: ask the available endpoints' /models at once; the first served name wins."""
        if self.model is None:
            client = await self._get_client()
            now = time.monotonic()
            live = [e for e in self.endpoints if e.breaker.allows(now)]
            tasks = [asyncio.ensure_future(self._models(client, e, deadline)) for e in live]
            for fut in asyncio.as_completed(tasks):
                name = await fut
                if name:
                    self.model = name
                    break
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        if self.spec is None and self.model is not None:
            self.spec = self._lookup(self.model)

    async def _models(self, client: Any, e: Endpoint, deadline: float) -> str | None:
        t = max(0.05, min(self.timeout_s, _MODEL_LOOKUP_S, deadline - time.monotonic()))
        try:
            r = await asyncio.wait_for(client.get(e.base_url + "/models", headers=auth_headers(self.api_key), timeout=t), t)
            data = r.json().get("data") or [] if r.status_code == 200 else []
            if data:
                e.breaker.on_success()
                return str(data[0]["id"])
        except Exception as exc:  # (a cancellation, when another endpoint answered first, is not a failure)
            e.breaker.on_failure(time.monotonic())
            log.debug("verigrade: %s/models lookup failed: %r", e.base_url, exc)
        return None

    async def _score_batch(self, items: list[JudgeItem], deadline: float) -> list[JudgeScore]:
        client = await self._get_client()
        await self._ensure_model(deadline)
        if self.spec is None:
            self.spec = self._lookup(self.model)
        return await gather_scores([self._score_one(client, it, deadline) for it in items], deadline)

    def _pick(self, order: list[Endpoint], tried: list[Endpoint]) -> Endpoint | None:
        """The first available endpoint of the item's order that is not overloaded (else the least loaded)."""
        now = time.monotonic()
        avail = [e for e in order if e not in tried and e.breaker.allows(now)]
        if not avail:
            return None
        bound = max(self.spill_min, self.spill_factor * (min(e.outstanding for e in avail) + 1))
        return next((e for e in avail if e.outstanding < bound), None) or min(avail, key=lambda e: e.outstanding)

    async def _await_probe(self, order: list[Endpoint], tried: list[Endpoint], deadline: float) -> bool:
        """Nothing available but a half-open endpoint is being probed: wait briefly for the probe (True when it
        finished, so the item can try again) rather than give up on an endpoint that may be back."""
        events = [e.probe_done for e in order if e not in tried and e.breaker.probe_out and e.probe_done is not None]
        wait = min(_PROBE_WAIT_S, deadline - time.monotonic())
        if not events or wait <= 0:
            return False
        waiters = [asyncio.ensure_future(ev.wait()) for ev in events]
        done, pending = await asyncio.wait(waiters, timeout=wait, return_when=asyncio.FIRST_COMPLETED)
        for w in pending:
            w.cancel()
        return bool(done)

    async def _score_one(self, client: Any, item: JudgeItem, deadline: float) -> JudgeScore:
        key = affinity(item)
        order = sorted(self.endpoints, key=lambda e: _weight(key, e.seed), reverse=True)
        reason, wait = "judge_circuit_open", 0.0
        for rnd in range(self.retries + 1):
            tried: list[Endpoint] = []
            waited = False
            while True:
                e = self._pick(order, tried)
                if e is None:
                    if waited or not await self._await_probe(order, tried, deadline):
                        break
                    waited = True
                    continue
                tried.append(e)
                a = await self._attempt(client, e, item, deadline)
                if a.score is not None:
                    return a.score
                reason, wait = a.reason, max(wait, a.retry_after)
                if a.final:
                    return unavailable(reason)
                if time.monotonic() >= deadline:
                    return unavailable("judge_deadline")
            if not tried or rnd == self.retries:
                break  # nothing available (all breakers open): no point in waiting
            delay = max(wait, min(_MAX_BACKOFF_S, _BACKOFF_S * 2**rnd) * (0.5 + random.random() / 2))
            if time.monotonic() + delay >= deadline:
                return unavailable("judge_deadline")
            await asyncio.sleep(delay)
        return unavailable(reason)

    async def _attempt(self, client: Any, e: Endpoint, item: JudgeItem, deadline: float) -> Attempt:
        import httpx

        assert self.spec is not None and e.sem is not None
        url, body = build_request(e.base_url, e.api, self.spec, self.model, item)
        probe = e.breaker.on_send()  # chosen now (same loop tick as _pick): no other item takes the probe slot
        probe_done = e.probe_done = asyncio.Event() if probe else None
        outcome, started = "neutral", 0.0
        e.outstanding += 1
        try:
            async with e.sem:
                now = time.monotonic()
                if deadline - now <= 0:
                    return Attempt(None, "judge_deadline", final=True)
                if not probe and e.breaker.state != CLOSED:
                    return Attempt(None, "judge_circuit_open")  # it opened while this item queued: reroute
                t = min(self.timeout_s, deadline - now)
                started = now
                e.sent += 1
                try:
                    resp = await asyncio.wait_for(client.post(url, json=body, headers=auth_headers(self.api_key),
                                                              timeout=t), t)
                except (asyncio.TimeoutError, httpx.TimeoutException):
                    # its own timeout, or a deadline cut after a wait a healthy judge never needs
                    cut_by_deadline = t < self.timeout_s
                    if not cut_by_deadline or time.monotonic() - started >= min(self.timeout_s, _HUNG_S):
                        outcome = "fail"
                    return Attempt(None, "judge_deadline" if cut_by_deadline else "judge_timeout")
                except httpx.ConnectError:
                    outcome = "hard"  # nothing listens there: open now, do not wait for N failures
                    return Attempt(None, "judge_connect_error")
                except httpx.TransportError:
                    outcome = "fail"  # reset or closed mid-request (a crash)
                    return Attempt(None, "judge_connect_error")
            return self._classify(resp, e, probe)
        except asyncio.CancelledError:
            if started and time.monotonic() - started >= min(self.timeout_s, _HUNG_S):
                outcome = "fail"
            raise
        finally:
            e.outstanding -= 1
            if outcome == "fail":
                e.failed += 1
                e.breaker.on_failure(time.monotonic())
            elif outcome == "hard":
                e.failed += 1
                e.breaker.on_failure(time.monotonic(), hard=True)
            elif outcome == "neutral" and probe and e.breaker.probe_out:
                e.breaker.on_neutral(probe)
            if probe_done is not None:
                probe_done.set()  # items waiting for this probe look again

    def _classify(self, resp: Any, e: Endpoint, probe: bool) -> Attempt:
        """An HTTP answer: alive (any 2xx/4xx), overloaded (429), or failing (5xx)."""
        code = resp.status_code
        if code == 429:
            e.breaker.on_neutral(probe)  # busy, not down
            return Attempt(None, "judge_http_429", retry_after=retry_after_s(resp.headers.get("retry-after")))
        if code >= 500:
            e.failed += 1
            e.breaker.on_failure(time.monotonic())
            return Attempt(None, f"judge_http_{code}")
        e.ok += 1
        e.breaker.on_success()
        if code != 200:
            return Attempt(None, f"judge_http_{code}", final=True)  # our request is wrong: retrying cannot help
        try:
            return Attempt(parse_reply(resp.json(), self.spec))
        except ValueError:
            return Attempt(None, "judge_bad_reply", final=True)
