"""The verigrade reward service: `verigrade serve` (needs the `serve` extra: fastapi + uvicorn).

Endpoints (JSON in, JSON out; errors are {"error": message} with a 4xx code, never a 500 for bad input):
  POST /verify      {"items": [{"gold", "response", "question"?}]}      -> {"verdicts": [Verdict.to_dict()]}
  POST /get_reward  OpenRLHF remote RM: {"query": [prompt+response], "prompts": [prompt], "labels": [gold]}
                    -> {"rewards": [float], "scores": [0..1], "extra_logs": {"acc": [...], "vg_stage": [...], ...}}
  POST /slime       slime remote_rm: {"prompt", "response", "label"} -> {"score", "acc", "vg_*"} (--reward-key score)
  GET  /healthz     liveness (never needs the token)
  GET  /metrics     Prometheus text format

RL frameworks send one rollout per request, so concurrent requests are micro-batched, in two stages:
  rules  extraction + rule checks run in `rule_workers` worker processes (microbatch.RulePool), never on the
         thread (nor under the GIL) that serves HTTP, so /healthz and /metrics answer while a hostile item runs;
         an item past its hard deadline (1.5 x the per-item deadline, at least +0.5 s) has its worker killed and
         replaced, and is flagged `deadline`. `rule_workers=0` runs the rules in a thread of this process.
  judge  only items that need the judge (addon: the rules said UNSURE; judge/mixed: every item with an answer)
         go to one judge batch (dedup + cache + concurrent judge calls) in a worker thread. An item the rules
         decided is answered as soon as its rule check is done, never waiting for the judge; a judge batch
         that has not answered within `batch_deadline_s` (from the request's arrival) leaves its items with
         their rule verdict, flagged `judge_unavailable`.
Limits per request: the body (`max_body_bytes`, 413), rollouts (`max_items`, 413), acceptable golds per rollout
(`max_golds`, 413) and (rollout x gold) checks in all (`max_items`, 413); headers and body must arrive within
`read_timeout_s` (408 / connection closed). Text that cannot be encoded (lone surrogates such as "\ud800", which
JSON allows) is replaced by U+FFFD at the input and the item flagged `invalid_unicode`. Optional bearer token
(`Authorization: Bearer T`, or `?token=T` for clients that cannot set headers, such as OpenRLHF's remote RM
client).
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import re
import socket
import time
from collections import Counter
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any, Awaitable, Callable, Mapping, Sequence

from verigrade.integrations._common import Rollout, collapse, expand, gold_list, question_from_prompt, reward_dict
from verigrade.integrations.openrlhf import payload_from_results, rollouts_from_payload
from verigrade.microbatch import MicroBatcher, RulePool
from verigrade.types import Outcome, Verdict

log = logging.getLogger("verigrade.server")

DEFAULT_MAX_BODY_BYTES = 8 << 20
DEFAULT_MAX_ITEMS = 10_000
DEFAULT_MAX_GOLDS = 32  # acceptable gold answers per rollout: each is one rule check (and maybe a judge call)
DEFAULT_READ_TIMEOUT_S = 10.0  # headers, and then the whole body, must arrive within this
DEFAULT_RULE_WORKERS = max(1, min(4, os.cpu_count() or 1))
INVALID_UNICODE = "invalid_unicode"
_SURROGATES = re.compile("[\ud800-\udfff]")
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
Results = list[tuple[Verdict, bool]]


class HTTPError(Exception):
    def __init__(self, code: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.headers = code, message, dict(headers or {})


# ------------------------------------------------------------------------------------------ metrics
class Metrics:
    """Hand-written Prometheus text exposition (no client library needed). Updated on the event loop only."""

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, int]] = Counter()
        self.hist: dict[str, list[float]] = {}  # endpoint -> bucket counts + [sum, count]
        self.items = 0
        self.missing_question = 0
        self.verdicts: Counter[tuple[str, bool]] = Counter()
        self.inflight = 0

    def observe(self, endpoint: str, code: int, seconds: float) -> None:
        self.requests[(endpoint, code)] += 1
        h = self.hist.setdefault(endpoint, [0.0] * (len(_BUCKETS) + 2))
        for i, le in enumerate(_BUCKETS):
            if seconds <= le:
                h[i] += 1
        h[-2] += seconds
        h[-1] += 1

    def count_results(self, results: Results) -> None:
        self.items += len(results)
        for v, missing in results:
            self.verdicts[(v.stage, v.correct)] += 1
            self.missing_question += missing

    def render(self, verifier: Any, batcher: MicroBatcher, judge_batcher: MicroBatcher | None = None,
               pool: RulePool | None = None) -> str:
        out: list[str] = []

        def metric(name: str, kind: str, help_: str, samples: Sequence[tuple[str, float]]) -> None:
            out.append(f"# HELP {name} {help_}")
            out.append(f"# TYPE {name} {kind}")
            out.extend(f"{name}{labels} {_num(value)}" for labels, value in samples)

        metric("verigrade_requests_total", "counter", "HTTP requests by endpoint and status code.",
               [(f'{{endpoint="{e}",code="{c}"}}', n) for (e, c), n in sorted(self.requests.items())])
        samples: list[tuple[str, float]] = []
        for e, h in sorted(self.hist.items()):
            samples += [(f'_bucket{{endpoint="{e}",le="{le}"}}', h[i]) for i, le in enumerate(_BUCKETS)]
            samples += [(f'_bucket{{endpoint="{e}",le="+Inf"}}', h[-1]), (f'_sum{{endpoint="{e}"}}', h[-2]),
                        (f'_count{{endpoint="{e}"}}', h[-1])]
        metric("verigrade_request_duration_seconds", "histogram", "Request latency by endpoint.", samples)
        metric("verigrade_inflight_requests", "gauge", "Requests being handled.", [("", self.inflight)])
        metric("verigrade_items_total", "counter", "Rollouts verified.", [("", self.items)])
        metric("verigrade_verdicts_total", "counter", "Verdicts by deciding stage and correctness.",
               [(f'{{stage="{s}",correct="{str(c).lower()}"}}', n) for (s, c), n in sorted(self.verdicts.items())])
        metric("verigrade_missing_question_total", "counter", "Rollouts verified without a question.",
               [("", self.missing_question)])
        st = batcher.stats
        metric("verigrade_batches_total", "counter", "verify_batch calls made by the micro-batcher.",
               [("", st["batches"])])
        metric("verigrade_batch_items_total", "counter", "Items in those batches.", [("", st["items"])])
        metric("verigrade_batch_largest", "gauge", "Largest batch so far.", [("", st["largest_batch"])])
        metric("verigrade_batch_errors_total", "counter", "Batches that raised.", [("", st["errors"])])
        metric("verigrade_queue_depth", "gauge", "Requests waiting for a batch.", [("", batcher.queued)])
        if judge_batcher is not None:
            metric("verigrade_judge_queue_depth", "gauge", "Requests waiting for a judge batch.",
                   [("", judge_batcher.queued)])
            # the rule stage takes one request per batch; requests are merged for the judge
            metric("verigrade_judge_batches_total", "counter", "Judge-stage batches (requests merged).",
                   [("", judge_batcher.stats["batches"])])
            metric("verigrade_judge_batch_largest", "gauge", "Largest judge-stage batch so far (items).",
                   [("", judge_batcher.stats["largest_batch"])])
            metric("verigrade_judge_batch_timeouts_total", "counter",
                   "Requests whose judge batch missed the batch deadline (rule verdicts kept).",
                   [("", judge_batcher.stats["timeouts"])])
        if pool is not None:
            metric("verigrade_rule_workers", "gauge", "Rule worker processes.", [("", pool.processes)])
            metric("verigrade_rule_worker_kills_total", "counter",
                   "Items stopped at the hard deadline by killing their rule worker.", [("", pool.stats["killed"])])
        c = dict(getattr(verifier, "counters", {}) or {})
        stats = verifier.judge_stats  # the JudgeRunner's counters, once it is built
        metric("verigrade_judge_calls_total", "counter", "Items scored by a fresh judge call (not cached).",
               [("", c.get("judge_calls", 0))])
        metric("verigrade_judge_cache_hits_total", "counter", "Distinct judge questions answered from the cache.",
               [("", stats.get("cache_hits", 0))])
        metric("verigrade_judge_fallbacks_total", "counter", "Items the judge could not score (rule verdict kept).",
               [("", c.get("judge_unavailable", 0))])
        metric("verigrade_judge_guarded_total", "counter", "Items kept from the judge by the guards.",
               [("", c.get("guarded", 0))])
        metric("verigrade_rule_deadline_total", "counter", "Items whose rule check ran past its deadline.",
               [("", c.get("deadline", 0))])
        return "\n".join(out) + "\n"


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


# ------------------------------------------------------------------------------------------ payloads
def _items_payload(body: Mapping[str, Any], max_items: int) -> list[Rollout]:
    items = body.get("items")
    if not isinstance(items, list) or not items:
        raise HTTPError(422, "'items' must be a non-empty list of {\"gold\", \"response\", \"question\"?} objects")
    if len(items) > max_items:
        raise HTTPError(413, f"too many items: {len(items)} > {max_items}")
    out = []
    for i, it in enumerate(items):
        if not isinstance(it, dict):
            raise HTTPError(422, f"items[{i}] must be an object")
        response = it.get("response", it.get("candidate"))
        out.append(_rollout(it.get("gold"), response, it.get("question"), f"items[{i}]"))
    return out


_LABEL_HINTS = {"label": " (OpenRLHF: set --data.label_key; slime: set --label-key)"}


def _rollout(gold: Any, response: Any, question: Any, where: str, gold_name: str = "gold") -> Rollout:
    if gold is None or gold_list(gold) == [None]:
        raise HTTPError(422, f"{where}.{gold_name} is required (a string, a number, or a list of strings)"
                        + _LABEL_HINTS.get(gold_name, ""))
    if all(not g.strip() for g in gold_list(gold) if g is not None):  # "": OpenRLHF without --data.label_key
        raise HTTPError(422, f"{where}.{gold_name} is empty: a gold answer is needed to score the rollout"
                        + _LABEL_HINTS.get(gold_name, ""))
    if not isinstance(response, str):
        raise HTTPError(422, f"{where}.response must be a string")
    if question is not None and not isinstance(question, str):
        raise HTTPError(422, f"{where}.question must be a string or null")
    return Rollout(gold, response, question)


def clean_text(value: Any) -> tuple[Any, bool]:
    """Replace lone surrogates (valid JSON, not encodable as UTF-8) by U+FFFD, in strings and lists of them."""
    if isinstance(value, str):
        if value.isascii() or not _SURROGATES.search(value):
            return value, False
        return _SURROGATES.sub("\ufffd", value), True
    if isinstance(value, list):
        out, changed = [], False
        for v in value:
            c, ch = clean_text(v)
            out.append(c)
            changed |= ch
        return (out, True) if changed else (value, False)
    return value, False


def clean_rollout(r: Rollout) -> tuple[Rollout, bool]:
    gold, a = clean_text(r.gold)
    response, b = clean_text(r.response)
    question, c = clean_text(r.question)
    return (Rollout(gold, response, question), True) if a or b or c else (r, False)


def _openrlhf_payload(body: Mapping[str, Any], max_items: int) -> list[Rollout]:
    query, prompts, labels = body.get("query"), body.get("prompts"), body.get("labels")
    if isinstance(query, str):  # be lenient: one rollout without the list
        query, prompts = [query], [prompts] if isinstance(prompts, str) else prompts
        labels = labels if isinstance(labels, list) else [labels]
    if not isinstance(query, list) or not query:
        raise HTTPError(422, "'query' must be a non-empty list of prompt+response strings")
    if not isinstance(labels, list):
        raise HTTPError(422, "'labels' must be a list of gold answers (set OpenRLHF's --data.label_key)")
    if prompts is not None and not isinstance(prompts, list):
        raise HTTPError(422, "'prompts' must be a list of prompt strings")
    if len(query) > max_items:
        raise HTTPError(413, f"too many items: {len(query)} > {max_items}")
    try:
        rollouts = rollouts_from_payload(query, prompts, labels)
    except ValueError as exc:
        raise HTTPError(422, str(exc)) from None
    for i, r in enumerate(rollouts):
        _rollout(r.gold, r.response, None, f"labels[{i}]", gold_name="label")
    return rollouts


def _slime_payload(body: Mapping[str, Any], max_items: int) -> list[Rollout]:
    prompt = body.get("prompt")
    return [_rollout(body.get("label"), body.get("response"), question_from_prompt(prompt), "body", "label")]


# ------------------------------------------------------------------------------------------ app
def create_app(verifier: Any, *, token: str | None = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               max_items: int = DEFAULT_MAX_ITEMS, max_golds: int = DEFAULT_MAX_GOLDS, max_batch: int = 64,
               max_wait_s: float = 0.005, workers: int = 1, rule_workers: int | None = None,
               read_timeout_s: float = DEFAULT_READ_TIMEOUT_S, rule_pool: RulePool | None = None) -> Any:
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse as _JSONResponse, PlainTextResponse, Response

    class JSONResponse(_JSONResponse):
        def render(self, content: Any) -> bytes:  # never a 500 for text that cannot be encoded
            return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
                "utf-8", "replace")

    staged_api = callable(getattr(verifier, "_rule_stage", None)) and callable(getattr(verifier, "_judge_stage", None))
    if rule_workers is None:
        rule_workers = DEFAULT_RULE_WORKERS
    pool = rule_pool
    if pool is None and staged_api and rule_workers > 0:
        pool = RulePool(type(verifier), verifier.config, processes=rule_workers, counters_into=verifier)
    if staged_api:
        # Two stages (see the module docstring): rules in worker processes (or a thread), then the judge only
        # for the items that need it, bounded by the batch deadline.
        def rule_batch(items: list) -> list:
            return [verifier._rule_stage(it) for it in items]

        # one request per rule batch: a hostile request must not hold other clients' items behind it
        rules = MicroBatcher(pool.run if pool is not None else rule_batch, max_batch=max_batch, max_wait_s=max_wait_s,
                             workers=pool.processes if pool is not None else 1, merge=False)
        judge_deadline = float(getattr(verifier.config, "batch_deadline_s", 120.0))

        def judge_unavailable(staged: list) -> list[Verdict]:
            count = getattr(verifier, "_count", None)
            if count is not None:
                count("judge_unavailable", len(staged))
            return [replace(v, flags=tuple(dict.fromkeys(v.flags + ("judge_unavailable",))),
                            reason=f"{v.reason}; the judge did not answer within {judge_deadline:g} s")
                    for v, _ in staged]

        judge = MicroBatcher(verifier._judge_stage, max_batch=max_batch, max_wait_s=max_wait_s, workers=workers,
                             timeout_s=judge_deadline, on_timeout=judge_unavailable)
        batcher = rules  # what /metrics reports as "the" batcher: every item goes through it

        async def verify_flat(flat: list[dict]) -> list[Verdict]:
            staged = await rules.submit(flat)
            mode = verifier.config.mode
            out = [v for v, _ in staged]
            if mode == "rule":
                return out
            need = [i for i, (v, pending) in enumerate(staged)
                    if pending is not None and (mode != "addon" or v.outcome is Outcome.UNSURE)]
            if need:
                for i, v in zip(need, await judge.submit([staged[i] for i in need])):
                    out[i] = v
            return out
    else:  # any other object with verify_batch(items) -> verdicts: one stage, in a thread
        batcher = MicroBatcher(verifier.verify_batch, max_batch=max_batch, max_wait_s=max_wait_s, workers=workers)
        judge = None
        verify_flat = batcher.submit
    metrics = Metrics()
    expected = f"Bearer {token}".encode() if token else None

    @asynccontextmanager
    async def lifespan(app: Any):  # type: ignore[no-untyped-def]
        if pool is not None:  # start the rule workers before the first request (a spawn + import each)
            await asyncio.get_running_loop().run_in_executor(None, pool.start)
        warm = getattr(verifier, "warm_up", None)
        if callable(warm):  # a local judge loads now (20-40 s on CPU), not on the first request
            await asyncio.get_running_loop().run_in_executor(None, warm)
        try:
            yield
        finally:
            await batcher.aclose()
            if judge is not None:
                await judge.aclose()
            if pool is not None:
                pool.close()
            verifier.close()

    app = FastAPI(title="verigrade", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.verifier, app.state.batcher, app.state.metrics = verifier, batcher, metrics
    app.state.judge_batcher, app.state.rule_pool = judge, pool

    def check_auth(request: Request) -> None:
        if expected is None:
            return
        got = request.headers.get("authorization", "").encode()
        q = request.query_params.get("token")
        if hmac.compare_digest(got, expected):
            return
        if q is not None and hmac.compare_digest(f"Bearer {q}".encode(), expected):
            return
        raise HTTPError(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})

    async def read_json(request: Request) -> dict[str, Any]:
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise HTTPError(400, "bad Content-Length header")
            if int(declared) > max_body_bytes:
                raise HTTPError(413, f"request body too large: {declared} > {max_body_bytes} bytes")
        chunks, size = [], 0
        stream = request.stream().__aiter__()
        ends = time.monotonic() + read_timeout_s
        while True:  # also bounds chunked bodies that declare no length, and slow ones
            try:
                chunk = await asyncio.wait_for(stream.__anext__(), max(0.0, ends - time.monotonic()))
            except StopAsyncIteration:
                break
            except asyncio.TimeoutError:
                raise HTTPError(408, f"request body not received within {read_timeout_s:g} s",
                                {"Connection": "close"}) from None
            size += len(chunk)
            if size > max_body_bytes:
                raise HTTPError(413, f"request body too large: > {max_body_bytes} bytes")
            chunks.append(chunk)
        raw = b"".join(chunks)
        if not raw.strip():
            raise HTTPError(400, "empty request body; expected a JSON object")
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            raise HTTPError(400, f"invalid JSON: {exc}") from None
        if not isinstance(body, dict):
            raise HTTPError(400, f"expected a JSON object, got {type(body).__name__}")
        return body

    async def run(rollouts: list[Rollout]) -> Results:
        for i, r in enumerate(rollouts):  # bound the work, not only the bytes: each gold is one more check
            if isinstance(r.gold, (list, tuple)) and len(r.gold) > max_golds:
                raise HTTPError(413, f"rollout {i}: too many acceptable gold answers: {len(r.gold)} > {max_golds} "
                                "(--max-golds)")
        cleaned = [clean_rollout(r) for r in rollouts]
        flat, owners, missing = expand([r for r, _ in cleaned])
        if len(flat) > max_items:
            raise HTTPError(413, f"too much work: {len(flat)} (rollout x gold) checks > {max_items} (--max-items)")
        verdicts = collapse(await verify_flat(flat), owners, len(rollouts))
        verdicts = [replace(v, flags=v.flags + (INVALID_UNICODE,)) if bad else v
                    for v, (_, bad) in zip(verdicts, cleaned)]
        results = list(zip(verdicts, missing))
        metrics.count_results(results)
        return results

    async def handle(request: Request, endpoint: str, parse: Callable[[Mapping[str, Any], int], list[Rollout]],
                     render: Callable[[Results], Any]) -> Response:
        t0, code = time.perf_counter(), 500
        metrics.inflight += 1
        try:
            check_auth(request)
            rollouts = parse(await read_json(request), max_items)
            payload = render(await run(rollouts))
            code = 200
            return JSONResponse(payload)
        except HTTPError as exc:
            code = exc.code
            if code == 422:  # a client layout problem: shown here too, since RL clients often log it quietly
                log.warning("verigrade serve: rejected /%s: %s", endpoint, exc.message)
            return JSONResponse({"error": exc.message}, status_code=exc.code, headers=exc.headers)
        except Exception:
            log.exception("verigrade serve: %s failed", endpoint)
            return JSONResponse({"error": "internal error (see the server log)"}, status_code=500)
        finally:
            metrics.inflight -= 1
            metrics.observe(endpoint, code, time.perf_counter() - t0)

    def route(endpoint: str, parse: Any, render: Any) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint_fn(request: Request) -> Response:
            return await handle(request, endpoint, parse, render)
        return endpoint_fn

    # Starlette-style routes (the handler gets the raw Request): we parse and validate JSON ourselves so that
    # every client mistake gets a precise 4xx message, and no pydantic model sits on the hot path.
    app.add_route("/verify", route("verify", _items_payload, lambda r: {"verdicts": [v.to_dict() for v, _ in r]}),
                  methods=["POST"])
    app.add_route("/get_reward", route("get_reward", _openrlhf_payload, payload_from_results), methods=["POST"])
    app.add_route("/slime", route("slime", _slime_payload, lambda r: reward_dict(*r[0])), methods=["POST"])

    async def healthz(request: Request) -> Response:
        cfg = verifier.config
        return JSONResponse({"status": "ok", "mode": cfg.mode, "judge": bool(cfg.judge_url or cfg.judge_model)})

    async def metrics_endpoint(request: Request) -> Response:
        try:
            check_auth(request)
        except HTTPError as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.code, headers=exc.headers)
        return PlainTextResponse(metrics.render(verifier, batcher, judge, pool),
                                 media_type="text/plain; version=0.0.4; charset=utf-8")

    app.add_route("/healthz", healthz, methods=["GET"])
    app.add_route("/metrics", metrics_endpoint, methods=["GET"])
    return app


def bind(host: str, port: int) -> socket.socket:
    """Bind and listen ourselves, so that `--port 0` works and the real port can be printed before serving.

    The socket is made with proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on a connection only when its
    socket says IPPROTO_TCP (accepted sockets inherit the listener's proto), and without it every keep-alive
    response waits ~40 ms for Nagle + delayed ACK. TCP_NODELAY is also set on the listener (Linux copies it
    to accepted connections)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def http_protocol(read_timeout_s: float) -> type:
    """uvicorn's HTTP/1.1 protocol (httptools when installed, else h11, as uvicorn's "auto" picks) with a read
    timeout: a connection must deliver a request's complete headers within `read_timeout_s` of connecting or of
    its first byte after a keep-alive response (the idle time between requests is uvicorn's keep-alive timeout),
    else it gets 408 and is closed. uvicorn itself has no such timeout, so a client that sends half a header
    holds a connection forever. The body has its own timeout in the app (`read_json`)."""
    try:
        import httptools  # noqa: F401
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as Base
    except ImportError:
        from uvicorn.protocols.http.h11_impl import H11Protocol as Base

    class TimedProtocol(Base):  # type: ignore[misc, valid-type]
        _vg_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._vg_arm()

        def data_received(self, data: bytes) -> None:
            if self._vg_timer is None and self._vg_waiting():
                self._vg_arm()
            super().data_received(data)
            if self._vg_timer is not None and not self._vg_waiting():
                self._vg_timer.cancel()
                self._vg_timer = None

        def connection_lost(self, exc: Exception | None) -> None:
            if self._vg_timer is not None:
                self._vg_timer.cancel()
                self._vg_timer = None
            super().connection_lost(exc)

        def _vg_waiting(self) -> bool:  # no request in flight: the next one's headers are not complete yet
            return self.cycle is None or self.cycle.response_complete

        def _vg_arm(self) -> None:
            self._vg_timer = self.loop.call_later(read_timeout_s, self._vg_expire)

        def _vg_expire(self) -> None:
            self._vg_timer = None
            if self._vg_waiting() and not self.transport.is_closing():
                self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                                     b"content-length: 40\r\nconnection: close\r\n\r\n"
                                     b'{"error": "request headers timed out"}\r\n')
                self.transport.close()

    return TimedProtocol


def serve(verifier: Any, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning",
          announce: Callable[[str], None] | None = None, read_timeout_s: float = DEFAULT_READ_TIMEOUT_S,
          **app_options: Any) -> None:
    """Run the service until interrupted (blocking)."""
    import uvicorn

    from verigrade.batch.run import EngineErrorFilter

    # One traceback for the first rule-engine error, then one line per item (they are flagged engine_error).
    logging.getLogger("verigrade").addFilter(EngineErrorFilter(show=10**9, traceback_first=True))
    app = create_app(verifier, read_timeout_s=read_timeout_s, **app_options)
    sock = bind(host, port)
    bound = sock.getsockname()[1]
    if announce is not None:
        announce(f"http://{host if ':' not in host else f'[{host}]'}:{bound}")
    config = uvicorn.Config(app, log_level=log_level, access_log=False, timeout_keep_alive=30, backlog=2048,
                            http=http_protocol(read_timeout_s))
    uvicorn.Server(config).run(sockets=[sock])
