"""RemoteVerifier: the `verify_batch` of a `verigrade serve` service, for reward workers that must not score locally.

With `verigrade_url` (a reward option, or env VERIGRADE_URL) every integration sends its rollouts to one service
(`POST {url}/verify`) instead of building a Verifier per process. The service is the judge front of the whole
run: it runs the rules, sends only the unsure items to the vLLM/SGLang judge, and dedups, micro-batches and caches
the judge calls across every worker, so the 8 identical answers of a GRPO group cost one judge call even when
verl streams them to 8 different reward workers; and no worker loads or connects to a judge.

Standard library only (http.client, one keep-alive connection per thread), so reward workers need no extra.
Rows without a usable gold or response are answered here (flag bad_input), as the local Verifier would: the
service rejects such a request as a whole (422), and one bad row must not fail a micro-batch of good ones.
Server errors are retried (`retries`, env VERIGRADE_URL_RETRIES); then the call raises: a reward service that is
down must stop the run, never turn into zero rewards.
"""
from __future__ import annotations

import http.client
import json
import os
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from verigrade.types import Outcome, Verdict

__all__ = ["RemoteVerifier", "ServiceError", "verdict_from_dict"]


class ServiceError(RuntimeError):
    """The verigrade service refused the request or could not be reached."""


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str  # .../verify, with ?token= kept if given


def _target(url: str) -> _Target:
    u = urllib.parse.urlsplit(url if "://" in url else "http://" + url)
    if u.scheme not in ("http", "https") or not u.hostname:
        raise ValueError(f"verigrade_url must be an http(s) URL such as http://127.0.0.1:8000, got {url!r}")
    path = u.path.rstrip("/")
    if not path.endswith("/verify"):
        path += "/verify"
    return _Target(u.scheme, u.hostname, u.port or (443 if u.scheme == "https" else 80),
                   path + (f"?{u.query}" if u.query else ""))


def verdict_from_dict(d: Mapping[str, Any]) -> Verdict:
    return Verdict(
        correct=bool(d["correct"]), score=float(d["score"]), answer=d.get("answer"), method=str(d.get("method", "")),
        reason=str(d.get("reason", "")), flags=tuple(d.get("flags") or ()), outcome=Outcome(d.get("outcome", "unsure")),
        stage=str(d.get("stage", "rule")), p_true=d.get("p_true"), threshold=d.get("threshold"),
        evidence=tuple(d.get("evidence") or ()))


def _local_bad_input(item: Mapping[str, Any]) -> Verdict | None:
    gold, response, question = item.get("gold"), item.get("response"), item.get("question")
    if not isinstance(gold, str) or not gold.strip():
        reason = f"gold answer must be a non-empty string, got {type(gold).__name__}"
    elif not isinstance(response, str):
        reason = f"response must be a string, got {type(response).__name__}"
    elif question is not None and not isinstance(question, str):
        reason = f"question must be a string or None, got {type(question).__name__}"
    else:
        return None
    return Verdict(False, 0.0, None, "none", reason, ("bad_input",), Outcome.DIFFERENT, "input")


class RemoteVerifier:
    """Quacks like Verifier for the integrations: `verify_batch(items) -> list[Verdict]`, thread-safe."""

    def __init__(self, url: str, *, token: str | None = None, timeout_s: float | None = None,
                 retries: int | None = None) -> None:
        self.url = url
        self._target = _target(url)
        self.token = token if token is not None else (os.environ.get("VERIGRADE_TOKEN") or None)
        self.timeout_s = timeout_s if timeout_s is not None else float(os.environ.get("VERIGRADE_URL_TIMEOUT", 600))
        self.retries = retries if retries is not None else int(os.environ.get("VERIGRADE_URL_RETRIES", 3))
        self._local = threading.local()
        self.counters = {"requests": 0, "items": 0}
        self._lock = threading.Lock()

    def verify(self, gold: Any, response: Any, question: Any = None) -> Verdict:
        return self.verify_batch([{"gold": gold, "response": response, "question": question}])[0]

    def verify_batch(self, items: Iterable[Mapping[str, Any]]) -> list[Verdict]:
        items = list(items)
        out: list[Verdict | None] = [_local_bad_input(it) for it in items]
        send = [i for i, v in enumerate(out) if v is None]
        if send:
            body = {"items": [{"gold": items[i]["gold"], "response": items[i]["response"],
                               "question": items[i].get("question")} for i in send]}
            verdicts = self._post(body)["verdicts"]
            if len(verdicts) != len(send):
                raise ServiceError(f"verigrade service at {self.url}: {len(verdicts)} verdicts for {len(send)} items")
            for i, d in zip(send, verdicts):
                out[i] = verdict_from_dict(d)
        return [v for v in out if v is not None]

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ------------------------------------------------------------------ transport
    def _conn(self) -> http.client.HTTPConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            cls = http.client.HTTPSConnection if self._target.scheme == "https" else http.client.HTTPConnection
            conn = self._local.conn = cls(self._target.host, self._target.port, timeout=self.timeout_s)
        return conn

    def _post(self, body: Mapping[str, Any]) -> dict[str, Any]:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8", "replace")
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        last = ""
        for attempt in range(self.retries + 1):
            try:
                conn = self._conn()
                conn.request("POST", self._target.path, data, headers)
                resp = conn.getresponse()
                raw = resp.read()
            except (OSError, http.client.HTTPException) as exc:  # refused, reset, timed out: retry on a new socket
                self.close()
                last = f"{type(exc).__name__}: {exc}"
            else:
                if resp.status == 200:
                    with self._lock:
                        self.counters["requests"] += 1
                        self.counters["items"] += len(body["items"])
                    return json.loads(raw)
                last = f"HTTP {resp.status}: {raw[:500].decode('utf-8', 'replace')}"
                if resp.status < 500:  # our request is wrong (auth, limits): retrying cannot help
                    raise ServiceError(f"verigrade service at {self.url} refused the request: {last}")
            if attempt < self.retries:
                time.sleep(min(8.0, 0.5 * 2 ** attempt))
        raise ServiceError(f"verigrade service at {self.url} failed {self.retries + 1} times: {last}")
