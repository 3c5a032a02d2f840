"""Notations read into the forms the parser knows (called by normalize.py before its own patterns): LaTeX's decimal
comma, French interval brackets, a repeating decimal written out until it trails off, and a vector written in unit
vectors. Each is a pure function of the text."""
from __future__ import annotations

import re

# A brace comma groups thousands (`14{,}916`, normalize._THIN_GROUP) except where it cannot: after a number that starts
# with 0, or before other than three digits, a lone brace comma is LaTeX's decimal comma (`2{,}5` is 2.5, `0{,}125`
# is 0.125; never 25 or 125)
_BRACE_DECIMAL = re.compile(r"(?<![\d.,}])(\d+)\s?\{\s?,\s?\}\s?(\d+)(?![\d{}])")


def _brace_decimal(m: re.Match) -> str:
    return f"{m[1]}.{m[2]}" if m[1].startswith("0") or len(m[2]) != 3 else m[0]


def brace_decimals(s: str) -> str:
    return _BRACE_DECIMAL.sub(_brace_decimal, s)

# French interval brackets: `]-2, +\infty[` is (-2, +∞), `[1, 3[` is [1, 3), `]0, 1]` is (0, 1] (an outward bracket opens
# the end); only a pair with at least one outward bracket, its two ends free of brackets
_FRENCH_INTERVAL = re.compile(r"(?<![\w)\]}])([\[\]])\s*([^\[\](),;]{1,60}?)\s*[,;]\s*([^\[\](),;]{1,60}?)\s*([\[\]])"
                              r"(?![\w(\[{])")
FRENCH_HINT = re.compile(r"(?:^|\\cup|∪)\s*\]|\[\s*(?:$|\\cup|∪)")  # (a cheap test before the full pattern)


def _french_interval(m: re.Match) -> str:
    lo, hi = m.group(1), m.group(4)
    if lo == "[" and hi == "]":
        return m.group()
    return f"{'(' if lo == ']' else '['}{m.group(2)}, {m.group(3)}{')' if hi == '[' else ']'}"


def french_intervals(s: str) -> str:
    return _FRENCH_INTERVAL.sub(_french_interval, s)


# a decimal that shows its repeating block and trails off (`0.777\ldots`, `0.1666...`, `0.142857142857\dots`) is that
# repeating decimal: the shortest block whose copies fill the last digits, at least twice (three digits for a
# one-digit block); `3.14159...` (nothing repeats) and `0.3...` (one copy) stay as written (unreadable, UNSURE)
_TRAILING = re.compile(r"(?<![\w.}])(\d{0,20})\.(\d{2,30})\s*(?:\\[lc]?dots|\.\.\.|…)(?![\w])")


def _trailing_repeat(m: re.Match) -> str:
    whole, digits = m.group(1), m.group(2)
    for size in range(1, 7):
        block = digits[-size:]
        copies = 1
        while digits[:len(digits) - copies * size].endswith(block):
            copies += 1
        if copies >= 2 and copies * size >= 3:
            fixed = digits[:len(digits) - copies * size]
            return f"{whole}.{fixed}\\overline{{{block}}}"
    return m.group()


def trailing_repeats(s: str) -> str:
    return _TRAILING.sub(_trailing_repeat, s)


# a vector in unit vectors: `3\\mathbf{i} - \\mathbf{j} + 2\\mathbf{k}` is (3, -1, 2), `\\hat{i} + 4\\hat{j}` is (1, 4)
# (bold, hat or arrow; never a bare i, the imaginary unit). The whole text must be such a sum, each unit once.
_UNIT_VECTOR = re.compile(r"\\(?:mathbf|hat|vec|boldsymbol|bm)\s*\{?\s*\\?([ijk])(?:math)?\s*\}?")
_UNIT_TERM = re.compile(r"\s*([+-]?)\s*([^+\-]*?)\s*\\(?:mathbf|hat|vec|boldsymbol|bm)\s*\{?\s*\\?([ijk])(?:math)?\s*\}?\s*")


def unit_vectors(s: str) -> str:
    """`s` as the tuple of its unit-vector coefficients, or `s` itself when it is not a sum of unit vectors."""
    t = s.strip()
    if not _UNIT_VECTOR.search(t) or t.count("{") != t.count("}"):
        return s
    coeff: dict[str, str] = {}
    pos = 0
    for m in _UNIT_TERM.finditer(t):
        c = m.group(2).strip()
        if m.start() != pos or m.group(3) in coeff or c.count("(") != c.count(")") or (coeff and not m.group(1)):
            return s  # (each later term after its sign: `\\mathbf{i}\\mathbf{j}`, `\\mathbf{i} \\cdot \\mathbf{j}` are products)
        c = c[:-5].strip() if c.endswith("\\cdot") else c  # (`2 \\cdot \\mathbf{i}`)
        if c.startswith(("\\cdot", "\\times")) or (m.group(2).strip() and not c):
            return s
        c = c or "1"
        coeff[m.group(3)] = f"-{c}" if m.group(1) == "-" else c
        pos = m.end()
    if pos != len(t) or not coeff:
        return s
    units = "ijk" if "k" in coeff else "ij"
    return "(" + ", ".join(coeff.get(u, "0") for u in units) + ")"
