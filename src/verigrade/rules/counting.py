"""Counting notation of Chinese (and some European) textbooks: `A_n^m` (arrangements, n!/(n-m)!) and `C_n^m`
(combinations, n choose m), as cn_k12 answers write a count: `A_5^3` is 60, `C_4^2 A_3^3` is 36, `2A_4^4` is 48.

Read only where the question counts (how many ways, arrangements, choose, select, ...) and only with plain numbers
n >= m >= 0, n <= 60: elsewhere `A_5^3` is a name cubed (the fifth term of a sequence A) and stays one. The symbols
become the numbers they count, in parentheses, so a product or a coefficient next to them keeps its meaning.
"""
from __future__ import annotations

import functools
import math
import re

# `A_5^3`, `C_{10}^{3}`, `\mathrm{A}_{5}^{3}`, `{C}_4^2`: the letter, then the subscript and the superscript
_SYMBOL = re.compile(r"(?<![A-Za-z\\])(?:\\mathrm\s*\{\s*|\{\s*)?(?P<k>[AC])(?:\s*\})?\s*_\s*(?:\{\s*(?P<n1>\d{1,2})\s*\}|(?P<n2>\d))"
                     r"\s*\^\s*(?:\{\s*(?P<m1>\d{1,2})\s*\}|(?P<m2>\d))")
# (a question that counts; not "distributed" / "assigned", which a statistics question uses otherwise)
_COUNTS = re.compile(r"(?i)\bhow\s+many\b|\bways\b|\barrange(?:d|ments?)?\b|\bpermutations?\b|\bcombinations?\b|"
                     r"\bchoose\b|\bchosen\b|\bselect(?:ed|ion|ing)?\b|\bcommittee\b")


@functools.lru_cache(maxsize=1024)  # (one question, many rollouts)
def _counts(question: str) -> bool:
    return bool(_COUNTS.search(question))


def counted(s: str, question: str | None) -> str:
    """`s` with each counting symbol replaced by its value in parentheses (where the question counts); else `s`."""
    if "_" not in s or "^" not in s or not question or not _counts(question):
        return s

    def value(m: re.Match) -> str:
        n, k = int(m.group("n1") or m.group("n2")), int(m.group("m1") or m.group("m2"))
        if k > n or n > 60:
            return m.group()
        return f"({math.perm(n, k) if m.group('k') == 'A' else math.comb(n, k)})"

    return _SYMBOL.sub(value, s)
