"""Plain-text helpers of extraction: brace matching, sentence ends outside math, and the one wrapper cleaning
every extracted answer gets. Every scan here is one linear pass."""
from __future__ import annotations

import re

_BRACE = re.compile(r"\\[\\{}]|[{}]")  # `\{`, `\}`, `\\` are not group braces
_SENT_NEXT = re.compile(r"\s+[A-Z]")
_WRAPPERS = (("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]"), ("**", "**"), ("\\\"", "\\\""), ('"', '"'))
# what clean() can remove starts or ends with one of these or with whitespace (a wrapper's first / last character,
# a leading `=`, a trailing `.` or `,`)
_CLEAN_FIRST = frozenset("=" + "".join(op[0] for op, _ in _WRAPPERS))
_CLEAN_LAST = frozenset(".," + "".join(cl[-1] for _, cl in _WRAPPERS))


def match_braces(w: str, opens: set[int]) -> dict[int, int]:
    """One iterative pass with a stack: {open index: matching close index} for the wanted opens."""
    stack: list[int] = []
    out: dict[int, int] = {}
    want = len(opens)
    for m in _BRACE.finditer(w, min(opens)):
        c = m.group()
        if c == "{":
            stack.append(m.start())
        elif c == "}" and stack:
            o = stack.pop()
            if o in opens:
                out[o] = m.start()
                if len(out) == want:  # every wanted open is closed: the rest of the text cannot change them
                    break
    return out


def open_braces(s: str) -> int:
    depth = 0
    for m in _BRACE.finditer(s):
        depth += {"{": 1, "}": -1}.get(m.group(), 0)
    return depth


def sentence_end(s: str) -> int:
    """Index of the first '.' that ends a sentence (outside math and braces, followed by a capital)."""
    depth, math, i, n = 0, False, 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            nxt = s[i + 1:i + 2]
            if nxt in ("(", "[", ")", "]"):
                math = nxt in ("(", "[")
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        elif c == "$":
            math = not math
            i += 2 if s.startswith("$$", i) else 1
            continue
        elif c == "." and not depth and not math and _SENT_NEXT.match(s, i + 1):
            return i
        i += 1
    return n


def clean(s: str) -> str:
    """Strip whitespace, one wrapping $..$ / $$..$$ / \\(..\\) / \\[..\\] / **..**, a trailing '.' or ','
    and a leading '='. Nothing else: the equivalence engine normalises LaTeX."""
    if s and s[0] not in _CLEAN_FIRST and s[-1] not in _CLEAN_LAST and not s[0].isspace() and not s[-1].isspace():
        return s  # (the common case: nothing to strip, no wrapper; the loop below would return `s` unchanged)
    for _ in range(4):
        prev = s
        s = s.strip()
        if s.endswith((".", ",")) and not s.endswith(("..", "\\.", "\\,")):
            s = s[:-1].rstrip()
        if s.startswith("=") and not s.startswith("=="):
            s = s[1:].lstrip()
        for op, cl in _WRAPPERS:
            if len(s) >= len(op) + len(cl) and s.startswith(op) and s.endswith(cl):
                inner = s[len(op):len(s) - len(cl)]
                if op not in inner and cl not in inner:
                    s = inner.strip()
                break
        if s == prev:
            break
    return s
