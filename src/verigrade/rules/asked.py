"""What a question asks for, read from its math spans: the compound expressions right after an asking verb
(`Find $m+n$.`), every name an asking sentence names (`\\angle ACB`, `a_5`), and every name its math mentions.
Dataset text only (never model text), short spans only, each reading bounded and memoised per question."""
from __future__ import annotations

import functools
import re

from .context import last_sentence

# the question's math spans (`$...$`, `$$...$$`, `\\(...\\)`), read the same way everywhere
_Q_MATH = re.compile(r"\$\$([^$]{1,2000})\$\$|\$([^$]{1,2000})\$|\\\((.{1,2000}?)\\\)", re.S)
# What a question asks for, read from its math spans (dataset text, never model text; short spans only): a span
# right after a verb that asks for a value is asked ("Find $m+n$.", "What is the value of $a+b$?"); for rejecting
# another name, a few words may stand between ("Determine the measure of $\\angle ACB$"), and spans joined by
# "and" / commas are asked together ("Find $a_5$ and $a_6$"); a span after a condition word is data.
_ASK_VERB = r"find|determine|compute|calculate|evaluate|what\s+is|what's"  # verbs that ask for a value
_ASK_STRICT = re.compile(r"(?i)\b(?:" + _ASK_VERB + r")\s+"
                         r"(?:the\s+(?:exact\s+|numerical\s+)?value\s+of\s+)?\Z")
# the verbs that ask for a form: "Expand $(x+3)(x-5)$." asks for the expression written out, so `(x+3)(x-5) = x^2 -
# 2x - 15` names it; only in the question's last sentence ("Simplify $X$. ... Find $A+B+C+D$." asks the sum)
_FORM_STRICT = re.compile(r"(?i)\b(?:expand|simplify|factor|factorise|factorize|rationalize)\s+\Z")
_ASK_NEAR = re.compile(r"(?i)\b(?:" + _ASK_VERB + r"|what\s+are|express|give)"
                       r"\b([^.?!;:]{0,60})\Z")
_CONDITION = re.compile(r"(?i)\b(?:if|such\s+that|given|where|when|so\s+that|for\s+which|whenever|satisfy|satisfies)\b")
_JOINED = re.compile(r"[\s,]*(?:(?:and|or)\s*)?\Z")
_PROSE_IN_SPAN = re.compile(r"(?<![\\A-Za-z{])[A-Za-z]{3,}")  # (not `\\frac`, not `{pmatrix}`)
_MAX_SPANS = 400  # spans scanned (a linear pass); at most _MAX_PARSED of them are parsed
_MAX_PARSED = 60
_MAX_SPAN_CHARS = 80


def _spans(question: str) -> list[tuple[int, int, str]]:
    """(start, end, body) of the question's `$...$` spans. A `$` whose span would hold prose (`give him $5 for
    every year ... Find $`) is a currency sign, not a delimiter: skipped, so the spans after it stay aligned."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while len(out) < _MAX_SPANS:
        a = question.find("$", i)
        if a < 0:
            break
        if question.startswith("$$", a):
            b = question.find("$$", a + 2)
            if b < 0:
                break
            out.append((a, b + 2, question[a + 2:b]))
            i = b + 2
            continue
        b = question.find("$", a + 1)
        if b < 0:
            break
        body = question[a + 1:b]
        if len(_PROSE_IN_SPAN.findall(body)) >= 2 or len(body) > 300:
            i = a + 1
            continue
        out.append((a, b + 1, body))
        i = b + 1
    return out


def _parse_span(span: str):
    from .lexer import LexError, tokenize
    from .normalize import normalize
    from .parser import ParseError, parse

    if len(span) > _MAX_SPAN_CHARS:
        return None
    try:
        return parse(tokenize(normalize(span)))
    except (ParseError, LexError, RecursionError):
        return None


def _asked_spans(question: str, strict: bool) -> list:
    out, prev_asked, prev_end = [], False, 0
    last = len(question.rstrip()) - len(last_sentence(question))  # (where the asking sentence starts)
    for start, end, body in _spans(question):
        before = question[max(prev_end, start - 120):start]
        if strict:
            asked = bool(_ASK_STRICT.search(before)) or (start >= last and bool(_FORM_STRICT.search(before)))
        else:
            m = _ASK_NEAR.search(before)
            asked = bool(m and not _CONDITION.search(m.group(1))) or (prev_asked and bool(_JOINED.fullmatch(
                question[prev_end:start])))
        if asked:
            if re.search(r"(?i)\bangle\s*\Z", before) and re.fullmatch(r"\s*[A-Z]{1,3}\s*", body):
                body = "\\angle " + body.strip()  # "the measure of angle $C$" asks for the angle C
            tree = _parse_span(body)
            if tree is not None:
                out += list(tree[1]) if tree[0] == "list" else [tree]  # (`$w, d, a$`: three names asked)
        prev_asked, prev_end = asked, end
    if "$" not in question and "\\(" not in question:
        # a question in plain text: what follows the asking verb up to the sentence's end ("Find m/n.", "Find the
        # ratio N / M.", "Find P(A).", "Find angle C.")
        pattern = _PLAIN_ASK_STRICT if strict else _PLAIN_ASK
        for m in pattern.finditer(question):
            text = _PLAIN_ANGLE.sub(r"\\angle \1", m.group(1).strip())
            tree = _parse_span(text)
            if tree is not None and tree[0] not in ("text", "label"):
                out += list(tree[1]) if tree[0] == "list" else [tree]
    return out


_PLAIN_ASK = re.compile(r"(?i)\b(?:" + _ASK_VERB + r")\s+(?:the\s+(?:exact\s+|numerical\s+)?"
                        r"(?:value|ratio|measure|length|size)\s+of\s+|the\s+ratio\s+|the\s+measure\s+of\s+)?"
                        r"([A-Za-z0-9()/+\-*^_' ]{1,30}?)\s*(?:[.?!;]|$)")
_PLAIN_ASK_STRICT = re.compile(r"(?i)\b(?:" + _ASK_VERB + r")\s+"
                               r"(?:the\s+(?:exact\s+|numerical\s+)?value\s+of\s+)?([A-Za-z0-9()/+\-*^_' ]{1,30}?)\s*(?:[.?!;]|$)")
_PLAIN_ANGLE = re.compile(r"(?i)\bangle\s+(?:\$\s*|\\\(\s*)?([A-Z]{1,3})\b")  # ("angle C", "angle $C$")


@functools.lru_cache(maxsize=256)
def asked_expressions(question: str) -> tuple:
    """The compound expressions a question asks for, as trees: the math span right after an asking verb (`Find
    $m+n$.`, `What is $\\frac{a}{b}$?`, `Compute $f'(2)$.`), never the data of a condition (`Given $a+b = 5$, find
    $ab$` asks for `ab` only). Plain letters are left to `asks_for`."""
    return tuple(t for t in _asked_spans(question, strict=True)
                 if t[0] not in ("sym", "num", "rel", "list", "set", "text", "label", "qual"))


@functools.lru_cache(maxsize=256)
def asked_terms(question: str) -> tuple:
    """Every name or expression an asking sentence names (`\\angle ACB`, `a_5`, `P(A)`, `N/M`), as trees."""
    return tuple(_asked_spans(question, strict=False))


@functools.lru_cache(maxsize=256)
def mentioned_names(question: str) -> frozenset:
    """The names (multi-character symbols: `S_4`, `beta`, `∠ACB`) in the question's math spans."""
    names: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, tuple) and x and x[0] == "sym" and isinstance(x[1], str):
            names.add(canonical_name(x[1]))
        elif isinstance(x, (tuple, list)):
            for y in x:
                if isinstance(y, (tuple, list)):
                    walk(y)

    for _, _, body in _spans(question)[-_MAX_PARSED:]:
        tree = _parse_span(body)
        if tree is not None:
            walk(tree)
    return frozenset(names)


def canonical_name(name: str) -> str:
    """`∠BCA` and `∠ACB` name one angle (its vertex in the middle)."""
    if name.startswith("∠") and len(name) == 4:
        return "∠" + min(name[1:], name[:0:-1])
    return name
