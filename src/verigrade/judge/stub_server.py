"""A tiny, real OpenAI-compatible judge server for tests and smoke checks (standard library only).

Serves /v1/chat/completions, /v1/completions and /v1/models on 127.0.0.1 and answers every request with one
token, "True" or "False", plus top-logprobs whose True/False mass renormalises to a configurable P(True).

    python -m verigrade.judge.stub_server --port 8000 --mode always-true

Modes: always-true, always-false, fixed (--p), hash (a deterministic P(True) per prompt), no-logprobs (text
only), slow (sleeps --delay seconds first), error-500 (always HTTP 500). `think=` makes it a think-mode judge: the
reply reasons first and puts the verdict after "Answer:" (think="answer", TinyV-1.5B-Think) or after "</think>"
(think="think_tag", Qwen3 -Think), with per-token logprobs; think="truncated" stops before any verdict.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

MODES = ("always-true", "always-false", "fixed", "hash", "no-logprobs", "slow", "error-500")
THINK = (None, "answer", "think_tag", "truncated")
_REASONING = ["Let", " me", " compare", " the", " two", " answers", ".", " They", " agree", " up", " to", " form", "."]
Policy = Callable[[str], float]


def hash_policy(prompt: str) -> float:
    """A deterministic P(True) in [0.05, 0.95] per prompt: lets tests compare batched with one-by-one."""
    h = int.from_bytes(hashlib.sha256(prompt.encode("utf-8")).digest()[:4], "big")
    return 0.05 + 0.9 * (h % 10_000) / 9_999


class StubJudgeServer:
    """Start with `.start()` (or `with StubJudgeServer(...) as s:`); `s.url` is the OpenAI base URL (…/v1)."""

    def __init__(
        self,
        mode: str = "always-true",
        *,
        p_true: float | None = None,
        policy: Policy | None = None,
        delay_s: float = 0.0,
        fail_first: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        model: str = "stub",
        think: str | None = None,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if think not in THINK:
            raise ValueError(f"think must be one of {THINK}")
        self.think = think
        self.mode = mode
        self.p_true = p_true
        self.policy = policy
        self.delay_s = delay_s if delay_s or mode != "slow" else 5.0
        self.fail_first = fail_first  # the first N completion requests get HTTP 500 (retry tests)
        self.model = model
        self.requests = 0  # completion requests received (thread-safe via _lock)
        self.prompts: list[str] = []
        self.bodies: list[dict[str, Any]] = []  # request JSON bodies, in arrival order
        self.auth: list[str | None] = []  # Authorization header per request
        self._lock = threading.Lock()
        self._host, self._port = host, port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._hung = threading.Event()
        self._dead = threading.Event()  # killed or stopped: hung handlers give up, nothing more is sent
        self._conns: set[socket.socket] = set()
        self._bound = 0

    # ------------------------------------------------------------------ lifecycle
    @property
    def port(self) -> int:
        if self._httpd is not None:
            return self._httpd.server_address[1]
        assert self._bound, "server not started"
        return self._bound  # killed or stopped: the URL it had (now refusing connections)

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}/v1"

    def start(self) -> "StubJudgeServer":
        self._dead.clear()
        handler = _make_handler(self)
        self._httpd = _Server((self._host, self._port), handler)
        self._bound = self._httpd.server_address[1]
        self._httpd.daemon_threads = True  # a sleeping "slow" handler must not block shutdown
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="stub-judge", daemon=True)
        self._thread.start()
        return self

    def hang(self) -> None:
        """Accept connections but answer nothing (a SIGSTOPped judge) until `resume()`."""
        self._hung.set()

    def resume(self) -> None:
        self._hung.clear()

    def kill(self) -> None:
        """A crash: no more connections accepted, open ones (in-flight requests included) reset."""
        self._dead.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        with self._lock:
            conns, self._conns = list(self._conns), set()
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._httpd = None

    def _wait_while_hung(self) -> None:
        while self._hung.is_set() and not self._dead.is_set():
            time.sleep(0.02)

    def stop(self) -> None:
        self._dead.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "StubJudgeServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ behaviour
    def probability(self, prompt: str) -> float:
        if self.policy is not None:
            p = self.policy(prompt)
        elif self.p_true is not None:
            p = self.p_true
        elif self.mode == "always-false":
            p = 0.02
        elif self.mode == "fixed":
            p = 0.5
        elif self.mode == "hash":
            p = hash_policy(prompt)
        else:
            p = 0.98
        return min(1.0, max(0.0, float(p)))

    def _count(self, prompt: str, body: dict[str, Any], auth: str | None) -> int:
        with self._lock:
            self.requests += 1
            self.prompts.append(prompt)
            self.bodies.append(body)
            self.auth.append(auth)
            return self.requests

    def reply(self, path: str, body: dict[str, Any], auth: str | None = None) -> tuple[int, dict[str, Any]]:
        chat = path.endswith("/chat/completions")
        if chat:
            msgs = body.get("messages") or []
            prompt = str(msgs[-1].get("content", "")) if msgs and isinstance(msgs[-1], dict) else ""
        else:
            prompt = str(body.get("prompt", ""))
        n = self._count(prompt, body, auth)
        self._wait_while_hung()
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.mode == "error-500" or n <= self.fail_first:
            return 500, {"error": {"message": "stub: internal error", "type": "server_error"}}
        p = self.probability(prompt)
        word = "True" if p >= 0.5 else "False"
        want_lp = bool(body.get("logprobs")) and self.mode != "no-logprobs"
        top = _top_logprobs(p) if want_lp else None
        if self.think is not None:
            return 200, self._think_reply(n, chat, word, top, int(body.get("top_logprobs") or 0))
        if chat:
            k = int(body.get("top_logprobs") or 0)
            lp = None
            if top is not None:
                entries = [{"token": t, "logprob": v, "bytes": list(t.encode())} for t, v in top[: max(k, 1)]]
                lp = {"content": [{"token": word, "logprob": dict(top)[word], "bytes": list(word.encode()), "top_logprobs": entries}]}
            choice = {"index": 0, "message": {"role": "assistant", "content": word}, "logprobs": lp, "finish_reason": "length"}
            obj = "chat.completion"
        else:
            k = int(body.get("logprobs") or 0) if want_lp else 0
            lp = None
            if top is not None:
                lp = {"tokens": [word], "token_logprobs": [dict(top)[word]], "top_logprobs": [dict(top[: max(k, 1)])], "text_offset": [0]}
            choice = {"index": 0, "text": word, "logprobs": lp, "finish_reason": "length"}
            obj = "text_completion"
        return 200, {
            "id": f"stub-{n}", "object": obj, "created": int(time.time()), "model": self.model,
            "choices": [choice], "usage": {"prompt_tokens": len(prompt.split()), "completion_tokens": 1, "total_tokens": len(prompt.split()) + 1},
        }


    def _think_reply(self, n: int, chat: bool, word: str, top: list[tuple[str, float]] | None, k: int) -> dict[str, Any]:
        """Reasoning tokens, the marker, then the verdict token (whose logprobs carry P(True))."""
        if self.think == "answer":
            tokens = _REASONING + ["\n", "Answer", ":", " " + word]
        elif self.think == "think_tag":
            tokens = ["<think>", "\n"] + _REASONING + ["\n", "</think>", "\n\n", word]
        else:  # truncated: the token budget ran out mid-thought
            tokens = ["<think>", "\n"] + _REASONING
        text = "".join(tokens)
        lp: Any = None
        if top is not None:
            top_map = dict(top)
            entries = []
            for t in tokens:
                if t.strip() in ("True", "False"):
                    alts = [(("" if not t.startswith(" ") else " ") + a.strip(), v) for a, v in top[: max(k, 1)]]
                    entries.append({"token": t, "logprob": top_map[t.strip()],
                                    "top_logprobs": [{"token": a, "logprob": v} for a, v in alts]})
                else:
                    entries.append({"token": t, "logprob": 0.0, "top_logprobs": [{"token": t, "logprob": 0.0}]})
            lp = {"content": entries} if chat else {"tokens": tokens, "top_logprobs": None}
        if chat:
            choice = {"index": 0, "message": {"role": "assistant", "content": text}, "logprobs": lp, "finish_reason": "stop"}
        else:
            choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": "stop"}
        return {"id": f"stub-{n}", "object": "chat.completion" if chat else "text_completion", "created": int(time.time()),
                "model": self.model, "choices": [choice],
                "usage": {"prompt_tokens": 0, "completion_tokens": len(tokens), "total_tokens": len(tokens)}}


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # socketserver's default backlog of 5 resets bursts of new connections (a pool's)


def _top_logprobs(p: float) -> list[tuple[str, float]]:
    """Label mass split over case/space variants (clients must sum them), plus distractors; sorted like a server."""
    eps = 1e-12
    label, other = 0.95, 0.05
    items = [
        ("True", label * p * 0.8), (" True", label * p * 0.15), ("true", label * p * 0.05),
        ("False", label * (1 - p) * 0.8), (" False", label * (1 - p) * 0.15), ("false", label * (1 - p) * 0.05),
        ("The", other * 0.5), ("Yes", other * 0.3), ("\n", other * 0.2),
    ]
    out = [(t, math.log(max(v, eps))) for t, v in items]
    out.sort(key=lambda tv: -tv[1])
    return out


def _make_handler(server: StubJudgeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # headers and body go out in separate sends; without TCP_NODELAY a keep-alive client waits ~40 ms each time
        disable_nagle_algorithm = True
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt: str, *args: Any) -> None:  # keep test output clean
            pass

        def setup(self) -> None:
            super().setup()
            with server._lock:
                server._conns.add(self.connection)

        def finish(self) -> None:
            with server._lock:
                server._conns.discard(self.connection)
            try:
                super().finish()
            except OSError:
                pass

        def _send(self, code: int, obj: dict[str, Any]) -> None:
            data = json.dumps(obj).encode("utf-8")
            if server._dead.is_set():
                self.close_connection = True
                return  # killed: the client sees its connection reset, never a reply
            try:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client gave up (deadline), or the server was killed; nothing to do

        def do_GET(self) -> None:
            server._wait_while_hung()
            if self.path.rstrip("/") in ("/v1/models", "/models"):
                self._send(200, {"object": "list", "data": [{"id": server.model, "object": "model", "owned_by": "stub"}]})
            elif self.path.rstrip("/") in ("/health", "/v1/health"):
                self._send(200, {"status": "ok"})
            else:
                self._send(404, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            path = self.path.split("?", 1)[0].rstrip("/")
            if not path.endswith("/completions"):
                self._send(404, {"error": {"message": f"no route {self.path}"}})
                return
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                self._send(400, {"error": {"message": "invalid JSON"}})
                return
            code, obj = server.reply(path, body if isinstance(body, dict) else {}, self.headers.get("Authorization"))
            self._send(code, obj)

    return Handler


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="OpenAI-compatible stub judge server (True/False logprobs).")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--mode", choices=MODES, default="always-true")
    ap.add_argument("--p", type=float, default=None, help="P(True) to report (mode fixed, or overrides others)")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds to sleep per request (mode slow: default 5)")
    ap.add_argument("--model", default="stub")
    ap.add_argument("--think", choices=[t for t in THINK if t], default=None, help="reply as a think-mode judge")
    args = ap.parse_args(argv)
    srv = StubJudgeServer(args.mode, p_true=args.p, delay_s=args.delay, host=args.host, port=args.port, model=args.model,
                          think=args.think)
    srv.start()
    print(f"stub judge ({args.mode}) listening on {srv.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()


if __name__ == "__main__":
    main()
