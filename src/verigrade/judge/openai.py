"""OpenAI-compatible judge backend (vLLM, SGLang, llama.cpp server, any /v1 endpoint).

The served model's name picks its registry entry (judge/registry.py): template, max_tokens, think mode. One request
per item, `temperature=0, logprobs=true, top_logprobs=20`; P(True) is the True mass renormalised against the False
mass at the verdict token, summed over case/space variants ("True", " true", "▁True"...): the first label token for
a plain judge, the first one after the verdict marker (`Answer:`, `</think>`) for a think-mode judge. Servers that
return no logprobs fall back to the verdict's text (1/0), flagged "judge_text_fallback"; a think-mode reply with no
verdict is not correct (0, flagged "judge_no_verdict").

The client is an httpx.AsyncClient living on a private event loop in a private daemon thread (aioloop.py), so
`score()` is a plain blocking call that is safe from any thread and from inside a caller's running event loop (no
`asyncio.run` nesting). Every item is bounded by the per-request timeout and the batch's absolute deadline.
"""
from __future__ import annotations

import asyncio
import logging
import math
import os
import random
import time
from typing import Any, Sequence
from urllib.parse import urlsplit

from .aioloop import LoopThread
from .base import JudgeItem, JudgeScore
from .prompt import Template
from .registry import JudgeSpec, lookup, parse_verdict, verdict_text

log = logging.getLogger("verigrade.judge")

TOP_LOGPROBS = 20
_BACKOFF_S = 0.2
_MAX_BACKOFF_S = 4.0
_DEFAULT_BATCH_S = 300.0  # used only when a caller passes no deadline at all


def unavailable(reason: str) -> JudgeScore:
    return JudgeScore(None, ("judge_unavailable", reason))


def run_batch(loop: LoopThread, score_batch, items: Sequence[JudgeItem], deadline: float | None, what: str,
              before=None) -> list[JudgeScore]:
    """A blocking `score()` over an async `score_batch(items, deadline)` on `loop`: empty in, empty out; no
    deadline given means _DEFAULT_BATCH_S; a deadline already past, a wedged loop or any error gives unscored
    items flagged `judge_unavailable`, never an exception. `before()` runs once the batch is known to go ahead."""
    if not items:
        return []
    if deadline is None:
        deadline = time.monotonic() + _DEFAULT_BATCH_S
    if deadline <= time.monotonic():
        return [unavailable("judge_deadline") for _ in items]
    if before is not None:
        before()
    try:
        # the coroutine enforces the deadline itself; the margin only covers a wedged loop
        return loop.run(score_batch(list(items), deadline), timeout=max(0.0, deadline - time.monotonic()) + 2.0)
    except TimeoutError:
        return [unavailable("judge_deadline") for _ in items]
    except Exception as exc:  # the loop could not start, or a bug: report, never raise
        log.warning("verigrade: %s batch failed: %s", what, exc)
        return [unavailable("judge_error") for _ in items]


async def gather_scores(coros: list, deadline: float) -> list[JudgeScore]:
    """Run one scoring coroutine per item until `deadline` (monotonic): a failed item is `judge_error`, one still
    running at the deadline is cancelled and `judge_deadline`; the others keep their scores, in order."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    done, pending = await asyncio.wait(tasks, timeout=max(0.0, deadline - time.monotonic())) if tasks else (set(), set())
    for t in pending:
        t.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
    out: list[JudgeScore] = []
    for t in tasks:
        if t in done and not t.cancelled() and t.exception() is None:
            out.append(t.result())
        elif t in done and not t.cancelled():
            log.warning("verigrade: judge request failed: %r", t.exception())
            out.append(unavailable("judge_error"))
        else:
            out.append(unavailable("judge_deadline"))
    return out


def label_of(token: str) -> str | None:
    """'True'/' true'/'▁TRUE'/'Ġtrue' -> 'true'; same for false; anything else -> None."""
    t = token.replace("\u2581", " ").replace("\u0120", " ").strip().lower()
    return t if t in ("true", "false") else None


def p_true_from_logprobs(entries: Sequence[tuple[str, float]]) -> float | None:
    """Renormalised P(True) over the label tokens present; None when neither label is among them."""
    seen: dict[str, float] = {}
    for tok, lp in entries:
        if isinstance(tok, str) and isinstance(lp, (int, float)) and tok not in seen:
            seen[tok] = float(lp)
    mass = {"true": 0.0, "false": 0.0}
    for tok, lp in seen.items():
        lab = label_of(tok)
        if lab is not None and lp > -1e4:
            mass[lab] += math.exp(lp)
    total = mass["true"] + mass["false"]
    if total <= 0.0:
        return None
    return mass["true"] / total


def _entries(e: dict) -> list[tuple[str, float]]:
    out = [(t.get("token"), t.get("logprob")) for t in e.get("top_logprobs") or [] if isinstance(t, dict)]
    return out + [(e.get("token"), e.get("logprob"))]


def _chat_tokens(choice: dict) -> list[dict]:
    lp = choice.get("logprobs")
    content = lp.get("content") if isinstance(lp, dict) else None
    return [e for e in content if isinstance(e, dict)] if isinstance(content, list) else []


def _reply_text(choice: dict, marker: str | None) -> str | None:
    text = choice.get("text")
    if text is None:
        msg = choice.get("message") or {}
        if not isinstance(msg, dict):
            return None
        text = msg.get("content")
        # vLLM/SGLang reasoning parsers move the thinking to `reasoning_content`: `content` is then the verdict
        if marker == "</think>" and msg.get("reasoning_content") and text is not None and marker not in str(text):
            text = marker + str(text)
    return None if text is None else str(text)


def parse_reply(obj: Any, spec: JudgeSpec | None = None) -> JudgeScore:
    """Read P(True) from a chat or completions reply (OpenAI, vLLM, SGLang and llama.cpp shapes)."""
    try:
        choice = obj["choices"][0]
    except (KeyError, IndexError, TypeError):
        return unavailable("judge_bad_reply")
    if not isinstance(choice, dict):
        return unavailable("judge_bad_reply")
    if spec is not None and spec.think:
        return _parse_think(choice, spec.verdict_marker)
    lp = choice.get("logprobs")
    entries: list[tuple[str, float]] = []
    tokens = _chat_tokens(choice)
    if tokens:  # chat shape: the first token that is a label (a few-token reply may open with a space)
        first = next((e for e in tokens[:8] if label_of(str(e.get("token") or "")) is not None), tokens[0])
        entries = _entries(first)
    if isinstance(lp, dict):
        top = lp.get("top_logprobs")
        if isinstance(top, list) and top:  # completions shape: [{token: logprob}] (or a list of entries)
            first_top = top[0]
            if isinstance(first_top, dict):
                entries.extend(first_top.items())
            elif isinstance(first_top, list):
                entries.extend((e.get("token"), e.get("logprob")) for e in first_top if isinstance(e, dict))
    if entries:
        p = p_true_from_logprobs(entries)
        return JudgeScore(p, ()) if p is not None else unavailable("judge_no_label")
    # No logprobs: the server ignored the request (or cannot serve them). Read the verdict's text.
    lab = parse_verdict(_reply_text(choice, None))
    if lab is None:
        return unavailable("judge_unparsable")
    return JudgeScore(1.0 if lab else 0.0, ("judge_text_fallback",))


def _parse_think(choice: dict, marker: str | None) -> JudgeScore:
    """A think-mode reply: the verdict follows the last marker; P(True) from that token's logprobs if sent."""
    text = _reply_text(choice, marker)
    tail = verdict_text(text or "", marker)
    lab = parse_verdict(tail)
    if lab is None:
        return JudgeScore(0.0, ("judge_no_verdict",))  # ran out of tokens, or no True/False: not correct
    tokens = _chat_tokens(choice)
    if tokens and marker:
        # find the marker in the token stream, then the first label token after it
        joined, start = "", None
        for i, e in enumerate(tokens):
            joined += str(e.get("token") or "")
            if joined.count(marker) == (text or "").count(marker) and marker in joined:
                start = i + 1
                break
        if start is None and marker not in joined:
            start = 0  # a reasoning parser kept the thinking out of these tokens: they are the verdict part
        for e in tokens[start or len(tokens):][:8]:
            if label_of(str(e.get("token") or "")) is not None:
                p = p_true_from_logprobs(_entries(e))
                if p is not None:
                    return JudgeScore(p, ())
                break
    return JudgeScore(1.0 if lab else 0.0, ("judge_text_fallback",))


def split_endpoint(url: str) -> tuple[str, str]:
    """Base URL or full endpoint URL -> (base, "chat"|"completions"). A bare host gets "/v1" appended."""
    u = url.rstrip("/")
    if u.endswith("/chat/completions"):
        return u[: -len("/chat/completions")], "chat"
    if u.endswith("/completions"):
        return u[: -len("/completions")], "completions"
    if urlsplit(u).path in ("", "/"):
        u += "/v1"
    return u, "chat"


class OpenAIJudge:
    """A `Judge` speaking the OpenAI chat (default) or completions API. Use `from_config` or pass fields."""

    name = "openai"

    def __init__(
        self,
        url: str,
        model: str | None = None,
        *,
        api_key: str | None = None,
        template: Template | None = None,
        timeout_s: float = 30.0,
        concurrency: int = 16,
        retries: int = 2,
        spec: JudgeSpec | None = None,
        template_spec: str | None = None,
    ) -> None:
        """`spec`: how to prompt and read this judge; None: looked up by the model's name (asked of /models when
        no name is given). `template` (a Template) or `template_spec` (a judge_template string) override its
        template."""
        try:
            import httpx  # noqa: F401  (fail at build time, with the fix in the message)
        except ImportError as exc:
            raise ImportError("the openai judge backend needs httpx: pip install -e '.[judge]'") from exc
        self.base_url, self.api = split_endpoint(url)
        self.model = model
        self.api_key = api_key
        self._template_override = template
        self._template_spec = template_spec
        self.spec: JudgeSpec | None = spec
        if self.spec is None and model:
            self.spec = self._lookup(model)
        self.timeout_s = max(0.05, float(timeout_s))
        self.concurrency = max(1, int(concurrency))
        self.retries = max(0, int(retries))
        self._loop = LoopThread("verigrade-openai-judge")
        self._client: Any = None
        self._client_gen = -1
        self._sem: asyncio.Semaphore | None = None

    @classmethod
    def from_config(cls, config: Any) -> "OpenAIJudge":
        if not config.judge_url:
            raise ValueError("judge_backend='openai' needs judge_url (e.g. http://localhost:8000/v1, or VERIGRADE_JUDGE_URL)")
        return cls(
            config.judge_url, config.judge_model, api_key=config.judge_api_key, template_spec=config.judge_template,
            timeout_s=config.judge_timeout_s, concurrency=config.judge_concurrency, retries=config.judge_retries,
        )

    def _lookup(self, model: str | None) -> JudgeSpec:
        from dataclasses import replace

        spec = lookup(model, self._template_spec)
        return replace(spec, template=self._template_override) if self._template_override is not None else spec

    @property
    def template(self) -> Template:
        return self._spec().template

    @property
    def default_threshold(self) -> float | None:
        return self._spec().threshold

    def _spec(self) -> JudgeSpec:
        """The registry entry; with no model name, the served one is asked for first (bounded, once)."""
        if self.spec is None:
            if self.model is None:
                try:
                    deadline = time.monotonic() + min(self.timeout_s, 10.0)
                    self._loop.run(self._name_lookup(deadline), timeout=12.0)
                except Exception as exc:
                    log.debug("verigrade: judge model name lookup failed: %s", exc)
            self.spec = self._lookup(self.model)
        return self.spec

    async def _name_lookup(self, deadline: float) -> None:
        await self._resolve_model(await self._get_client(), deadline)

    def config_key(self) -> str:
        return f"openai|{self.base_url}|{self.api}|{self.model}|{self._spec().key}"

    # ------------------------------------------------------------------ public, blocking
    def score(self, items: Sequence[JudgeItem], deadline: float | None = None) -> list[JudgeScore]:
        # the spec is resolved before the batch, off the loop thread (it may wait for /models)
        return run_batch(self._loop, self._score_batch, items, deadline, "openai judge", before=self._spec)

    def close(self) -> None:
        client, self._client, self._sem = self._client, None, None
        self._loop.close(client.aclose() if client is not None else None)

    def _headers(self) -> dict[str, str]:
        return auth_headers(self.api_key)

    async def _get_client(self) -> Any:
        import httpx

        if self._client is None or self._client_gen != self._loop.generation:  # none yet, or a new loop (fork)
            limits = httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency)
            self._client = httpx.AsyncClient(limits=limits, timeout=self.timeout_s)
            self._sem = asyncio.Semaphore(self.concurrency)
            self._client_gen = self._loop.generation
        return self._client

    async def _resolve_model(self, client: Any, deadline: float) -> str | None:
        """No judge_model given: ask /models once (vLLM and SGLang require the served name)."""
        if self.model:
            return self.model
        try:
            r = await client.get(self.base_url + "/models", headers=self._headers(),
                                 timeout=max(0.05, min(self.timeout_s, deadline - time.monotonic())))
            data = r.json().get("data") or []
            if r.status_code == 200 and data:
                self.model = str(data[0]["id"])
        except Exception as exc:
            log.debug("verigrade: /models lookup failed: %s", exc)
        return self.model

    async def _score_batch(self, items: list[JudgeItem], deadline: float) -> list[JudgeScore]:
        client = await self._get_client()
        model = await self._resolve_model(client, deadline)
        if self.spec is None:
            self.spec = self._lookup(model)
        return await gather_scores([self._score_one(client, model, it, deadline) for it in items], deadline)

    def _payload(self, model: str | None, item: JudgeItem) -> tuple[str, dict[str, Any]]:
        return build_request(self.base_url, self.api, self._spec(), model, item)

    async def _score_one(self, client: Any, model: str | None, item: JudgeItem, deadline: float) -> JudgeScore:
        import httpx

        url, body = self._payload(model, item)
        reason = "judge_error"
        for attempt in range(self.retries + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return unavailable("judge_deadline")
            retry_after = 0.0
            assert self._sem is not None
            async with self._sem:
                try:
                    resp = await client.post(url, json=body, headers=self._headers(), timeout=min(self.timeout_s, remaining))
                except httpx.TimeoutException:
                    resp, reason = None, "judge_timeout"
                except httpx.TransportError:
                    resp, reason = None, "judge_connect_error"
            if resp is not None:
                if resp.status_code == 200:
                    try:
                        return parse_reply(resp.json(), self.spec)
                    except ValueError:
                        return unavailable("judge_bad_reply")
                reason = f"judge_http_{resp.status_code}"
                if resp.status_code != 429 and resp.status_code < 500:
                    return unavailable(reason)  # 4xx: our request is wrong; retrying cannot help
                retry_after = retry_after_s(resp.headers.get("retry-after"))
            if attempt == self.retries:
                break
            delay = max(retry_after, min(_MAX_BACKOFF_S, _BACKOFF_S * 2**attempt) * (0.5 + random.random() / 2))
            if time.monotonic() + delay >= deadline:
                return unavailable("judge_deadline")
            await asyncio.sleep(delay)
        return unavailable(reason)


def auth_headers(api_key: str | None) -> dict[str, str]:
    key = api_key or os.environ.get("OPENAI_API_KEY")  # read per batch: rotating keys just work
    h = {"Content-Type": "application/json"}
    if key:
        h["Authorization"] = f"Bearer {key}"
    return h


def build_request(base_url: str, api: str, spec: JudgeSpec, model: str | None, item: JudgeItem) -> tuple[str, dict[str, Any]]:
    """(URL, JSON body) of one judge request (shared by OpenAIJudge and the endpoint pool)."""
    prompt = spec.template.render(item.question, item.gold, item.answer)
    body: dict[str, Any] = {"max_tokens": spec.max_tokens, "temperature": spec.temperature}
    if model:
        body["model"] = model
    if api == "chat":
        body.update(messages=[{"role": "user", "content": prompt}], logprobs=True, top_logprobs=TOP_LOGPROBS)
        return base_url + "/chat/completions", body
    # Completions: no chat template is applied by the server, so the template must be complete text.
    body.update(prompt=prompt, logprobs=TOP_LOGPROBS)
    return base_url + "/completions", body


def retry_after_s(value: str | None) -> float:
    try:
        return min(_MAX_BACKOFF_S, max(0.0, float(value))) if value else 0.0
    except ValueError:
        return 0.0
