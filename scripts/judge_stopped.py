"""`verigrade serve` with a judge that stops answering (SIGSTOP) for a while, then comes back (issue 16 item 7).

    python scripts/judge_stopped.py                       # judge stopped for 45 s, batch deadline 2 s
    python scripts/judge_stopped.py --stop 10 --deadline 2 --judges 3

Starts --judges stub judge servers and `verigrade serve --mode addon` over all of them (one judge_url list),
then runs two client threads for the whole time: one sends rule-decided requests (a match and a mismatch), one
sends requests whose item the rules leave unsure (judged). After --warm seconds every judge is SIGSTOPped for
--stop seconds, then SIGCONTed. Prints per-phase latency percentiles, the judged requests' outcome (judged or
kept their rule verdict with judge_unavailable), and how long after SIGCONT the judge was used again.
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

import httpx
from load_test import _wait_line  # the same stdout reader the load test and the server tests use

GOLD = "Petya will receive the last token."  # "the first player" is UNSURE for the rules: it needs the judge


def _pct(xs: list[float], q: float) -> float:
    return sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--judges", type=int, default=1)
    ap.add_argument("--stop", type=float, default=45.0, help="seconds the judges stay stopped")
    ap.add_argument("--warm", type=float, default=3.0)
    ap.add_argument("--after", type=float, default=10.0, help="seconds measured after SIGCONT")
    ap.add_argument("--deadline", type=float, default=2.0, help="VERIGRADE_BATCH_DEADLINE_S")
    args = ap.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}
    env["PYTHONUNBUFFERED"] = "1"
    py = sys.executable
    procs: list[subprocess.Popen] = []
    try:
        stubs = [subprocess.Popen([py, "-m", "verigrade.judge.stub_server", "--port", "0"], stdout=subprocess.PIPE,
                                  text=True, env=env) for _ in range(args.judges)]
        procs += stubs
        urls = [_wait_line(s, r"listening on") for s in stubs]
        server = subprocess.Popen(
            [py, "-m", "verigrade", "serve", "--port", "0", "--mode", "addon", "--rule-workers", "1"],
            stdout=subprocess.PIPE, text=True,
            env={**env, "VERIGRADE_JUDGE_URL": ",".join(urls), "VERIGRADE_BATCH_DEADLINE_S": str(args.deadline)})
        procs.append(server)
        url = _wait_line(server, r"listening on")
        phase = ["warm"]
        rec: dict[str, list[tuple[str, float, str]]] = {"decided": [], "judged": []}
        stop = threading.Event()
        decided = {"items": [{"gold": "12", "response": "\\boxed{12}"}, {"gold": "12", "response": "\\boxed{13}"}]}

        def loop(kind: str) -> None:
            i = 0
            with httpx.Client(timeout=60) as c:
                while not stop.is_set():
                    i += 1
                    body = decided if kind == "decided" else {"items": [
                        {"gold": GOLD, "response": f"\\boxed{{the player number {i}}}", "question": f"Who {i}?"}]}
                    t, ph = time.monotonic(), phase[0]  # a request counts in the phase it was sent in
                    r = c.post(url + "/verify", json=body)
                    dt = time.monotonic() - t
                    vs = r.json()["verdicts"]
                    if kind == "decided":
                        assert [v["correct"] for v in vs] == [True, False], vs
                        how = "rule"
                    else:
                        v = vs[0]
                        how = "judged" if v["stage"] == "judge" else (
                            "judge_unavailable" if "judge_unavailable" in v["flags"] else "other")
                    rec[kind].append((ph, dt, how))
                    time.sleep(0.05)

        threads = [threading.Thread(target=loop, args=(k,), daemon=True) for k in ("decided", "judged")]
        for t in threads:
            t.start()
        time.sleep(args.warm)
        phase[0] = "stopped"
        for s in stubs:
            s.send_signal(signal.SIGSTOP)
        time.sleep(args.stop)
        for s in stubs:
            s.send_signal(signal.SIGCONT)
        back = time.monotonic()
        phase[0] = "after"
        first_judged = None
        end = back + args.after
        while time.monotonic() < end:
            if first_judged is None and any(p == "after" and h == "judged" for p, _, h in rec["judged"]):
                first_judged = time.monotonic() - back
            time.sleep(0.05)
        stop.set()
        for t in threads:
            t.join(timeout=args.deadline + 10)
        print(f"{args.judges} judge(s) SIGSTOPped for {args.stop:g} s; batch deadline {args.deadline:g} s")
        for kind in ("decided", "judged"):
            for ph in ("warm", "stopped", "after"):
                xs = [dt for p, dt, _ in rec[kind] if p == ph]
                hows = [h for p, _, h in rec[kind] if p == ph]
                counts = {h: hows.count(h) for h in sorted(set(hows))}
                if xs:
                    print(f"  {kind:8s} {ph:8s} n={len(xs):4d}  p50 {1000 * statistics.median(xs):7.1f} ms  "
                          f"p99 {1000 * _pct(xs, 0.99):7.1f} ms  max {1000 * max(xs):7.1f} ms  {counts}")
        print(f"  judge used again {first_judged:.2f} s after SIGCONT" if first_judged is not None
              else "  judge not used again within the measured time")
    finally:
        for p in procs:
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


if __name__ == "__main__":
    main()
