#!/usr/bin/env python
"""Load-test the reward service the way OpenRLHF drives it: many concurrent clients, one rollout per request.

    python scripts/load_test.py                       # starts a stub judge + `verigrade serve`, then loads them
    python scripts/load_test.py --url http://127.0.0.1:8000 --token T   # an already running service

Every rollout's answer is one the rules call UNSURE ("the first player" for gold "Petya will receive the last
token."), so each request needs the judge; questions vary so that not everything dedups. Prints latency
percentiles, throughput, errors, and judge calls vs requests (from /metrics). Loopback only.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from typing import Any, Iterator

GOLD = "Petya will receive the last token."
ANSWERS = ("the first player", "the player who moves first", "the one who starts", "the starting player", "Vasya")


def rollout(i: int, n_questions: int) -> dict[str, Any]:
    """One OpenRLHF-style /get_reward payload (ChatML prompt; query = prompt + response + end token)."""
    k = i % n_questions
    question = (f"Game {k}: Petya and Vasya take turns removing 1 to {k % 5 + 2} tokens from a pile of {10 + k} "
                "tokens, Petya first. Who will receive the last token?")
    prompt = f"<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n"
    response = f"Working through the pile sizes, the answer is \\boxed{{{ANSWERS[(i // n_questions) % len(ANSWERS)]}}}"
    return {"query": [prompt + response + "<|im_end|>"], "prompts": [prompt], "labels": [GOLD]}


def percentile(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def parse_metrics(text: str) -> dict[str, float]:
    """Unlabelled samples of the Prometheus text, plus request totals summed per endpoint."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, _, value = line.rpartition(" ")
        if "{" not in name:
            out[name] = float(value)
        elif name.startswith("verigrade_requests_total"):
            ep = re.search(r'endpoint="([^"]+)"', name)
            key = f"requests:{ep.group(1) if ep else '?'}"
            out[key] = out.get(key, 0.0) + float(value)
    return out


async def run_load(url: str, *, clients: int = 200, per_client: int = 5, n_questions: int = 40,
                   token: str | None = None, timeout_s: float = 60.0) -> dict[str, Any]:
    """`clients` concurrent clients, each sending `per_client` one-rollout /get_reward requests in turn."""
    import ssl

    import httpx

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    latencies: list[float] = []
    errors: list[str] = []
    # One small client per simulated rollout worker (as each OpenRLHF engine has its own session): a single
    # AsyncClient with a 200-connection pool spends more CPU in its pool bookkeeping than the server does.
    tls = ssl.create_default_context()  # built once; httpx would build one per client otherwise

    async def one_client(c: int) -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout_s, verify=tls,
                                     limits=httpx.Limits(max_connections=1)) as client:
            for j in range(per_client):
                body = rollout(c * per_client + j, n_questions)
                t0 = time.perf_counter()
                try:
                    r = await client.post("/get_reward", json=body)
                    data = r.json()
                    if r.status_code != 200 or len(data.get("rewards", ())) != 1:
                        errors.append(f"HTTP {r.status_code}: {str(data)[:200]}")
                        continue
                except Exception as exc:  # noqa: BLE001 - count every failure
                    errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                latencies.append(time.perf_counter() - t0)

    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout_s) as admin:
        before = parse_metrics((await admin.get("/metrics")).text)
        t0 = time.perf_counter()
        await asyncio.gather(*(one_client(c) for c in range(clients)))
        wall = time.perf_counter() - t0
        after = parse_metrics((await admin.get("/metrics")).text)

    def delta(key: str) -> float:
        return after.get(key, 0.0) - before.get(key, 0.0)

    n = clients * per_client
    return {
        "requests": n, "ok": len(latencies), "errors": len(errors), "error_samples": errors[:5],
        "wall_s": wall, "throughput_rps": len(latencies) / wall if wall else 0.0,
        "p50_ms": 1000 * percentile(latencies, 50), "p90_ms": 1000 * percentile(latencies, 90),
        "p99_ms": 1000 * percentile(latencies, 99), "max_ms": 1000 * max(latencies, default=float("nan")),
        "judge_calls": delta("verigrade_judge_calls_total"),
        "judge_cache_hits": delta("verigrade_judge_cache_hits_total"),
        "judge_fallbacks": delta("verigrade_judge_fallbacks_total"), "batches": delta("verigrade_batches_total"),
        "judge_batches": delta("verigrade_judge_batches_total"),
        "judge_largest_batch": after.get("verigrade_judge_batch_largest", 0.0),
        "items": delta("verigrade_items_total"), "largest_batch": after.get("verigrade_batch_largest", 0.0),
        "server_requests": delta("requests:get_reward"),
    }


def _wait_line(proc: subprocess.Popen, pattern: str, timeout_s: float = 60.0) -> str:
    """Read the child's stdout until a line matches; return the first URL on it."""
    deadline = time.monotonic() + timeout_s
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                raise RuntimeError(f"process exited with {proc.returncode} before printing {pattern!r}")
            continue
        if re.search(pattern, line):
            m = re.search(r"https?://\S+", line)
            if m:
                return m.group(0)
    raise TimeoutError(f"no line matching {pattern!r} within {timeout_s}s")


@contextmanager
def running_service(*, token: str | None = None, stub_mode: str = "hash", stub_delay_s: float = 0.0,
                    extra_args: tuple[str, ...] = ()) -> Iterator[str]:
    """Start `python -m verigrade.judge.stub_server` and `verigrade serve` on ephemeral loopback ports."""
    py = sys.executable
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    env.pop("VERIGRADE_TOKEN", None)
    procs: list[subprocess.Popen] = []
    try:
        stub = subprocess.Popen([py, "-m", "verigrade.judge.stub_server", "--port", "0", "--mode", stub_mode,
                                 "--delay", str(stub_delay_s)], stdout=subprocess.PIPE, text=True, env=env)
        procs.append(stub)
        judge_url = _wait_line(stub, r"listening on")
        cmd = [py, "-m", "verigrade", "serve", "--host", "127.0.0.1", "--port", "0", "--mode", "addon",
               "--judge-backend", "openai", "--judge-url", judge_url, *extra_args]
        if token:
            cmd += ["--token", token]
        server = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
        procs.append(server)
        url = _wait_line(server, r"listening on")
        _wait_healthy(url)
        yield url
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
            if p.stdout is not None:
                p.stdout.close()


def _wait_healthy(url: str, timeout_s: float = 30.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url}/healthz did not answer within {timeout_s}s")
        time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="an already running service (default: start stub judge + verigrade serve)")
    ap.add_argument("--token", default=None)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests-per-client", type=int, default=5)
    ap.add_argument("--questions", type=int, default=40, help="distinct questions (judge dedup/caching)")
    ap.add_argument("--judge-delay", type=float, default=0.0, help="stub judge latency per call, seconds")
    ap.add_argument("--serve-args", default="", help="extra `verigrade serve` flags, e.g. '--max-batch 128'")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    def go(url: str) -> dict[str, Any]:
        return asyncio.run(run_load(url, clients=args.clients, per_client=args.requests_per_client,
                                    n_questions=args.questions, token=args.token))

    if args.url:
        res = go(args.url)
    else:
        with running_service(token=args.token, stub_delay_s=args.judge_delay,
                             extra_args=tuple(args.serve_args.split())) as url:
            res = go(url)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"requests {res['requests']} ok {res['ok']} errors {res['errors']} in {res['wall_s']:.2f}s "
              f"-> {res['throughput_rps']:.0f} req/s ({args.clients} concurrent clients)")
        print(f"latency p50 {res['p50_ms']:.1f} ms  p90 {res['p90_ms']:.1f} ms  p99 {res['p99_ms']:.1f} ms  "
              f"max {res['max_ms']:.1f} ms")
        print(f"judge calls {res['judge_calls']:.0f} for {res['server_requests']:.0f} requests "
              f"(cache hits {res['judge_cache_hits']:.0f}, fallbacks {res['judge_fallbacks']:.0f}); "
              f"{res['batches']:.0f} batches for {res['items']:.0f} items, largest {res['largest_batch']:.0f}")
        for e in res["error_samples"]:
            print("  error:", e)
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
