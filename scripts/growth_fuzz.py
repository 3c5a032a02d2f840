#!/usr/bin/env python
"""Run the whole growth fuzzer (tests/growth.py): every piece x slot x size through rule mode.

    .venv/bin/python scripts/growth_fuzz.py            # all pieces, sizes 10^2..10^5; exit 1 on any failure
    .venv/bin/python scripts/growth_fuzz.py --slowest 15
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from growth import PIECES, SIZES, SLOTS, failures, measure  # noqa: E402


def main(argv: list[str]) -> int:
    from verigrade import Verifier

    v = Verifier(mode="rule")
    v.verify("1", "\\boxed{1}")  # warm (the units registry loads once per process)
    points = [measure(v, piece, slot, n) for piece in PIECES for slot in SLOTS for n in SIZES]
    n = int(argv[argv.index("--slowest") + 1]) if "--slowest" in argv else 10
    for p in sorted(points, key=lambda p: -p.seconds)[:n]:
        print(f"{p.seconds:8.3f}s  {p.piece:12s} {p.slot:8s} {p.size:>7d}  {','.join(p.flags)}")
    bad = failures(points, v.config.deadline_s)
    print(f"{len(points)} items, deadline {v.config.deadline_s}s, {len(bad)} failures")
    for b in bad:
        print("  FAIL", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
