"""Label checks that read one kind of label against the question (for labels.unwrap): a point written with its
name (`M(-2, 3)`), a function's value at a number asked beside the function applied to it, and the complement of a
set asked in words."""
from __future__ import annotations

import re

from .asked import _Q_MATH, asked_terms
from .ast import Sym, subtrees
from .context import Ctx, last_sentence


def free_symbols_of(tree) -> set[str]:
    from .evaluate import free_symbols

    try:
        return free_symbols(tree)
    except Exception:  # a tree free_symbols does not know: no letters claimed
        return set()


_CAPITAL = re.compile(r"(?<![A-Za-z\\])([A-Z])(?![A-Za-z])")
_COUNTING = re.compile(r"(?i)\b(?:choose|combination|permutation|arrange|arrangement|ways|binomial|how\s+many|"
                       r"committees?|select|subsets?)")
# the points a letter conventionally names; a question that asks one of these kinds of point, but not the letter's
_POINT_KINDS = {"V": r"\bvert(?:ex|ices)\b", "F": r"\bfoc(?:us|i)\b", "M": r"\bmidpoint\b", "G": r"\bcentroid\b",
                "O": r"\b(?:origin|cent(?:er|re)|circumcent(?:er|re))\b", "H": r"\borthocent(?:er|re)\b",
                "I": r"\bincent(?:er|re)\b"}


def _named_point(node, ctx: Ctx) -> bool:
    """`F(2, 0)`, `P_1(3, -1, 2)`, `M(-2, 3)`: a capital letter before two or three numbers names a point, when the
    question names no point at all (the model named it) or its asking sentence names that letter ("the focus $F$");
    never a counting letter where the question counts (`C(5, 2)`), nor a letter whose conventional kind of point is
    not the one asked (`V(2, 0)` for a focus)."""
    name, args = node[1], node[2]
    if not (re.fullmatch(r"[A-Z](?:_\d|')?", name) and 2 <= len(args) <= 3 and all(
            x[0] != "text" and not free_symbols_of(x) for x in args)):
        return False
    q = ctx.question or ""
    if name[0] in "ACP" and _COUNTING.search(q):
        return False  # `C(5, 2)`, `P(5, 2)`, `A(5, 2)` where the question counts: combinations and permutations
    kind = _POINT_KINDS.get(name[0])
    if kind and not re.search(kind, q, re.I) and any(re.search(w, q, re.I) for w in _POINT_KINDS.values()):
        return False  # `V(2, 0)` for "Find the focus ...": the letter names the vertex, another point of the figure
    # (capitals in the math, or after "point": not the article of "A student ...")
    written = " ".join(next((x for x in m.groups() if x), "") for m in _Q_MATH.finditer(q)) + " ".join(
        re.findall(r"(?i)\bpoints?\s+([A-Z])\b", q))
    # where the question names points (F, F_1, V, ...), only the one its asking sentence names ("the focus $F$"):
    # another may be a given point, or another focus than the one asked
    return not _CAPITAL.search(written) or Sym(name) in asked_terms(q)


def _own_variable(lhs, rhs, question: str | None) -> bool:
    """`f(2) = 2x + 1` where the question writes `f(x)`: a value at a number holds no variable of the function's own."""
    if lhs[0] != "apply" or not question:
        return False
    own = set(re.findall(re.escape(lhs[1]) + r"\s*\(\s*([a-z])\s*\)", question))
    return bool(own & free_symbols_of(rhs))


def _nested_asked(question: str) -> bool:
    """The question asks for a function's value and for that function applied to it as well ("find $f(2)$, then
    $f(f(2))$"): a step and the result are both asked."""
    applied = [t for t in asked_terms(question) if t[0] == "apply"]
    return any(x is not t and x in list(subtrees(t)) for t in applied for x in applied)


# the asking sentence, whole: "Find the complement of $A$ (in $U$).", "What is the complement of the set $A$?"
_COMPLEMENT_Q = re.compile(r"(?i)\s*(?:find|determine|write|what\s+is|give)\s+the\s+complement\s+of\s+(?:the\s+set\s+)?"
                           r"\$\s*(?P<a>[A-Z])\s*\$(?:\s+(?:in|with\s+respect\s+to|relative\s+to)\s+(?:the\s+universal\s+set\s+)?"
                           r"\$\s*(?P<u>[A-Z])\s*\$)?\s*[.?]?\s*\Z")


def _complement_asked(lhs, ctx: Ctx) -> bool:
    """`A^c` (or `\\complement_U A`, normalised to `A^{c_U}`) where the question's asking sentence asks in words for
    "the complement of $A$" (in $U$: the subscript, where written, must be that set)."""
    match lhs:
        case ("pow", ("sym", name), ("sym", mark)) if re.fullmatch(r"[A-Z]", name) and ctx.question:
            m = _COMPLEMENT_Q.match(last_sentence(ctx.question))
            if m is None or m["a"] != name or not re.fullmatch(r"c(?:_[A-Z])?", mark):
                return False
            universe = mark[2:] or None
            return universe is None or universe == (m["u"] or "U")
    return False
