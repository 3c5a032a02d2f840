#!/usr/bin/env python
"""Precision harness: mutate every shared-data gold into wrong answers (and equivalent rewrites), label them
with an independent oracle (tests/precision/oracle.py), run them through verigrade's rule mode and count
false accepts per mutation kind.

    .venv/bin/python scripts/precision.py                 # all golds, table per kind
    .venv/bin/python scripts/precision.py --limit 500 --show 3 --kinds lead_punct,resp_*
    .venv/bin/python scripts/precision.py --json > precision.json
    .venv/bin/python scripts/precision.py --strict        # exit 1 on any false accept

Exit code 0 unless --strict (or the shared data is missing: 2).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the generator library lives with the tests

from precision.golds import DATA, Gold, load_golds  # noqa: E402
from precision.harness import Tally, run  # noqa: E402


def _work(args: tuple[list[Gold], dict]) -> Tally:
    golds, opts = args
    return run(golds, **opts)


def _section(t: Tally, kinds: list[str], title: str, accepted: str, total: str, detail: bool | None) -> list[str]:
    """One table: a row per kind (with per-template rows under wrong kinds that leak, or all with --detail)."""
    hdr = f"{'kind':28s} {'generated':>9s} {'kept':>8s} {accepted:>9s} {'rate':>7s}"
    lines = [title, hdr, "-" * len(hdr)]
    tot_k = tot_a = 0
    for k in kinds:
        kept, acc = t.kept[k], t.accepted[k]
        tot_k, tot_a = tot_k + kept, tot_a + acc
        rate = f"{100 * acc / kept:6.2f}%" if kept else "     -"
        lines.append(f"{k:28s} {t.generated[k]:9d} {kept:8d} {acc:9d} {rate:>7s}")
        if detail is not None and (detail or (acc and not k.startswith("resp_"))):
            for dk in sorted(d for d in t.detail_kept if d.startswith(k + ":")):  # resp_* split only with --detail
                if detail or t.detail_accepted[dk]:
                    n, a = t.detail_kept[dk], t.detail_accepted[dk]
                    lines.append(f"    {dk[len(k) + 1:]:24s} {'':9s} {n:8d} {a:9d} {100 * a / n:6.2f}%")
    lines.append(f"{total:28s} {sum(t.generated[k] for k in kinds):9d} {tot_k:8d} {tot_a:9d} "
                 f"{100 * tot_a / max(1, tot_k):6.2f}%")
    return lines


def _table(t: Tally, detail: bool) -> str:
    wrong = sorted(k for k in t.generated if t.wrong.get(k, not k.startswith("eq_")))
    equiv = sorted(k for k in t.generated if k not in wrong)
    lines = _section(t, wrong, "WRONG answers (each accept is a false accept)", "false acc", "TOTAL wrong", detail)
    lines += [""] + _section(t, equiv, "EQUIVALENT rewrites (accepts wanted: recall)", "accepted", "TOTAL equivalent",
                             None)
    dropped = sum(t.generated.values()) - sum(t.kept.values())
    lines.append(f"\noracle dropped {dropped} of {sum(t.generated.values())} candidates (unlabelled or duplicate)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N golds")
    ap.add_argument("--kinds", default=None, help="comma-separated kinds; a trailing * is a prefix (resp_*)")
    ap.add_argument("--show", type=int, default=0, help="print K example failures per kind")
    ap.add_argument("--json", action="store_true", help="print the counts (and examples) as JSON")
    ap.add_argument("--strict", action="store_true", help="exit 1 on any false accept")
    ap.add_argument("--detail", action="store_true", help="per-template / per-form rows for every kind")
    ap.add_argument("--procs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--hedges-per-gold", type=int, default=12)
    ap.add_argument("--plant-per-gold", type=int, default=6, help="wrong answers per gold planted in responses")
    a = ap.parse_args(argv)
    if not DATA.exists():
        print(f"shared data not found at {DATA}", file=sys.stderr)
        return 2
    t0 = time.time()
    golds = load_golds()[: a.limit] if a.limit else load_golds()
    opts = {"show": max(a.show, 3), "hedges_per_gold": a.hedges_per_gold, "plant_per_gold": a.plant_per_gold,
            "kinds": a.kinds.split(",") if a.kinds else None}
    size = 150  # small chunks keep both processes busy to the end; order is kept (imap) so output is stable
    chunks = [(golds[i:i + size], opts) for i in range(0, len(golds), size)]
    total = Tally()
    if a.procs > 1 and len(chunks) > 1:
        with mp.get_context("spawn").Pool(a.procs) as pool:  # spawn: no forked engine / import-lock state
            for part in pool.imap(_work, chunks):
                total.merge(part, opts["show"])
    else:
        for c in chunks:
            total.merge(_work(c), opts["show"])
    elapsed = time.time() - t0
    n_wrong = sum(n for k, n in total.kept.items() if total.wrong.get(k))
    false_acc = sum(n for k, n in total.accepted.items() if total.wrong.get(k))
    if a.json:
        out = {"golds": len(golds), "seconds": round(elapsed, 1), "wrong_cases": n_wrong, "false_accepts": false_acc,
               "kinds": {k: {"wrong": total.wrong.get(k), "generated": total.generated[k], "kept": total.kept[k],
                             "accepted": total.accepted[k]} for k in sorted(total.generated)},
               "details": {k: {"kept": n, "accepted": total.detail_accepted[k]} for k, n in total.detail_kept.items()},
               "examples": {k: [dict(zip(("gold", "question", "response", "detail"), e)) for e in ex[:a.show]]
                            for k, ex in total.examples.items()} if a.show else {}}
        print(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        print(_table(total, a.detail))
        print(f"\n{len(golds)} golds, {n_wrong} wrong cases, {false_acc} false accepts "
              f"({100 * false_acc / max(1, n_wrong):.2f}%), {sum(total.kept.values())} cases in {elapsed:.0f}s")
        if a.show:
            print("\nExamples (wrong kinds: false accepts; equivalent kinds: rejections):")
            for k in sorted(total.examples):
                for g, q, resp, d in total.examples[k][:a.show]:
                    print(f"  [{k}] gold={g!r} answer={resp[-160:]!r} ({d}) q={q[:70]!r}")
    return 1 if a.strict and false_acc else 0


if __name__ == "__main__":
    sys.exit(main())
