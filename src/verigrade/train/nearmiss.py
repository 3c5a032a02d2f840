"""Hard synthetic pairs for symbolic and wordy golds: the cases a rule engine leaves to the judge.

In addon mode the judge sees only pairs the rules cannot settle, and those are mostly expressions under a
condition (`... where c is a constant`, `... for some integer t`), parameter families and sentences. The easy
transforms in `data.py` are settled by the rules and teach the judge little about those, so this module makes:

  rewrites     equivalent forms of an expression (renamed lone variable, commuted sum, `\\frac{a}{b}` as
               `(a)/(b)`, `\\cdot` as `\\times`, no `\\left`/`\\right`);
  near misses  one small change (a digit, a sign, an exponent, a flipped fraction, a dropped term, a strict vs
               non-strict relation), i.e. answers that look right at a glance;
  dressing     the same condition appended to both the positive and the negative, so the condition carries no
               signal and the rules call the pair UNSURE, as at run time.

Labels are certified by the rule engine on the undressed pair: a rewrite is kept only if the rules call it EQUAL,
a near miss only if they call it DIFFERENT. Word swaps in sentences (one content word replaced by a word from
another gold) cannot be certified that way; they are negatives by construction.
"""
from __future__ import annotations

import random
import re

_DIGIT = re.compile(r"(?<![_^{a-zA-Z\\])\d")
_SIGN = re.compile(r"(?<=[\w})\]]) ?([+-]) ?(?=[\w\\({])")
_EXPONENT = re.compile(r"\^(\{)?(\d)(\})?")
_FRAC = re.compile(r"\\d?frac\s*\{([^{}]+)\}\s*\{([^{}]+)\}")
_REL_SWAP = {"<": "\\le", "\\le": "<", ">": "\\ge", "\\ge": ">", "\\leq": "<", "\\geq": ">"}
_REL = re.compile(r"\\leq?(?![a-z])|\\geq?(?![a-z])|<|>")
_VAR = re.compile(r"(?<![\\a-zA-Z])([a-df-hj-zA-Z])(?![a-zA-Z])")  # not e, i (constants)
_FRESH = "tuvwsrqmnkpabc"
_WORD = re.compile(r"[A-Za-z]{4,}")
_STOP = {"that", "with", "from", "this", "there", "their", "which", "when", "then", "than", "have", "must", "will",
         "only", "each", "both", "same", "into", "also", "such", "were", "does", "more", "less", "most", "least"}

# Conditions attached to both answers of a pair, each naming a variable; one is used only when the pair does not
# mention that variable, so it constrains nothing and is never the signal.
QUALIFIERS = (
    (" \\text{ where } C \\text{ is a constant}", "C"), (" \\text{ for some integer } k", "k"),
    (" \\text{ for all real } x", "x"), (", \\text{ where } n \\in \\mathbb{Z}", "n"),
    (" \\quad (\\text{for every } t > 0)", "t"), (" \\text{ (up to a constant)}", ""), (" \\text{ with } a \\neq 0", "a"),
)


def _mentions(text: str, name: str) -> bool:
    """`name` stands in `text` as a variable of its own (not inside a word or a macro)."""
    return re.search(r"(?<![A-Za-z\\])" + re.escape(name) + r"(?![A-Za-z])", text) is not None


def _top_terms(s: str) -> list[str] | None:
    """Split `s` at depth-0 `+` (two or more terms, none signed), or None."""
    depth, start, parts = 0, 0, []
    for i, c in enumerate(s):
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif c == "+" and depth == 0 and i > 0:
            parts.append(s[start:i].strip())
            start = i + 1
    parts.append(s[start:].strip())
    if len(parts) < 2 or any(not p or p[0] in "+-" or "=" in p or "<" in p or ">" in p for p in parts):
        return None
    return parts


def rewrites(gold: str, rng: random.Random, question: str | None = None) -> dict[str, str]:
    """Equivalent rewrites of an expression (labels still to be certified by the rules)."""
    g = gold.strip()
    out: dict[str, str] = {}
    names = sorted(set(_VAR.findall(g)))
    if len(names) == 1 and not (question and _mentions(question, names[0])):
        # only a variable the question does not name is free to rename (a bound or parameter variable)
        fresh = [v for v in _FRESH if v not in g]
        if fresh:
            new = rng.choice(fresh)
            out["renamed"] = _VAR.sub(lambda m: new if m.group(1) == names[0] else m.group(0), g)
    terms = _top_terms(g)
    if terms:
        out["commuted"] = " + ".join(terms[1:] + terms[:1])
    if _FRAC.search(g):
        out["slash_fraction"] = _FRAC.sub(lambda m: f"({m.group(1)})/({m.group(2)})", g, count=1)
    if "\\cdot" in g:
        out["times"] = g.replace("\\cdot", "\\times")
    if "\\left" in g:
        out["no_left_right"] = g.replace("\\left", "").replace("\\right", "")
    return {k: v for k, v in out.items() if v != g}


def near_misses(gold: str, rng: random.Random) -> dict[str, str]:
    """One small change each (labels still to be certified by the rules)."""
    g = gold.strip()
    out: dict[str, str] = {}
    digits = list(_DIGIT.finditer(g))
    if digits:
        m = rng.choice(digits)
        d = int(m.group())
        out["digit"] = g[: m.start()] + str(d + 1 if d < 9 else d - 1) + g[m.end():]
    signs = list(_SIGN.finditer(g))
    if signs:
        m = rng.choice(signs)
        out["sign"] = g[: m.start(1)] + ("-" if m.group(1) == "+" else "+") + g[m.end(1):]
    exps = list(_EXPONENT.finditer(g))
    if exps:
        m = rng.choice(exps)
        e = int(m.group(2))
        out["exponent"] = g[: m.start()] + "^{" + str(e + 1 if e < 9 else e - 1) + "}" + g[m.end():]
    f = _FRAC.search(g)
    if f and f.group(1) != f.group(2):
        out["flipped_fraction"] = g[: f.start()] + f"\\frac{{{f.group(2)}}}{{{f.group(1)}}}" + g[f.end():]
    terms = _top_terms(g)
    if terms:
        drop = rng.randrange(len(terms))
        out["dropped_term"] = " + ".join(t for i, t in enumerate(terms) if i != drop)
    rels = list(_REL.finditer(g))
    if rels:
        m = rng.choice(rels)
        out["relation"] = g[: m.start()] + _REL_SWAP.get(m.group(), m.group()) + " " + g[m.end():].lstrip()
    return {k: v for k, v in out.items() if v != g}


def word_swap(text: str, vocabulary: list[str], rng: random.Random) -> str | None:
    """One content word of a sentence replaced by another gold's word: a fluent near miss."""
    words = [m for m in _WORD.finditer(text) if m.group().lower() not in _STOP]
    if not words or not vocabulary:
        return None
    m = rng.choice(words)
    for _ in range(5):
        new = rng.choice(vocabulary)
        if new.lower() != m.group().lower():
            return text[: m.start()] + new + text[m.end():]
    return None


def content_words(texts: list[str]) -> list[str]:
    return sorted({w.lower() for t in texts for w in _WORD.findall(t) if w.lower() not in _STOP})


def certified(gold: str, question: str | None, rng: random.Random) -> list[tuple[str, str, bool]]:
    """(transform, answer, label) for one symbolic gold: certified by the rules, then dressed with a condition."""
    from ..deadline import Deadline
    from ..rules import check
    from ..types import Outcome

    def outcome(a: str) -> Outcome:
        try:
            return check(gold, a, question, Deadline(0.2)).outcome
        except Exception:  # a bounded engine that gives up certifies nothing
            return Outcome.UNSURE

    kept: list[tuple[str, str, bool]] = []
    for name, ans in rewrites(gold, rng, question).items():
        if outcome(ans) is Outcome.EQUAL:
            kept.append((name, ans, True))
    for name, ans in near_misses(gold, rng).items():
        if outcome(ans) is Outcome.DIFFERENT:
            kept.append((name, ans, False))
    text = gold + " ".join(a for _, a, _ in kept)
    free = [q for q, var in QUALIFIERS if not var or not _mentions(text, var)]
    qual = rng.choice(free)
    return [("qualified_" + name, ans + qual, label) for name, ans, label in kept]
