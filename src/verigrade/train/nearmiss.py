"""Hard synthetic pairs for symbolic and wordy golds: the cases a rule engine leaves to the judge.

In addon mode the judge sees only pairs the rules cannot settle, and those are mostly expressions under a
condition (`... where c is a constant`, `... for some integer t`), parameter families and sentences. The easy
transforms in `data.py` are settled by the rules and teach the judge little about those, so this module makes:

  rewrites     equivalent forms of an expression (renamed lone variable, commuted sum, `\\frac{a}{b}` as
               `(a)/(b)`, `\\cdot` as `\\times`, no `\\left`/`\\right`);
  near misses  one small change (a digit, a sign, an exponent, a flipped fraction, a dropped term, a strict vs
               non-strict relation), i.e. answers that look right at a glance;
  structural   one change to the answer's structure: a factor of a product repeated or dropped, another
               function (sin/cos, ln/log, a root dropped), a coefficient doubled, one part of a list dropped, an
               interval's endpoints reversed: wrong answers that keep every symbol of the gold;
  dressing     the same condition appended to both the positive and the negative, so the condition carries no
               signal and the rules call the pair UNSURE, as at run time.

Labels are certified by the rule engine on the undressed pair: a rewrite is kept only if the rules call it EQUAL,
a near miss only if they call it DIFFERENT. Three kinds cannot always be certified that way and are negatives by
construction (unless the rules call them EQUAL): word swaps in sentences (one content word replaced by a word from
another gold), a list with one part dropped (the rules may not settle symbolic parts), and reversed interval
endpoints (the rules deliberately leave a reversed piece unsure; `[b, a)` for `[a, b)` is still wrong).
"""
from __future__ import annotations

import random
import re

from ..rules.numeric import mentions

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


def _top_split(s: str, sep: str) -> list[str]:
    """`s` split at depth-0 occurrences of `sep` (a literal), parts stripped."""
    depth, start, parts, i = 0, 0, [], 0
    while i < len(s):
        c = s[i]
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif depth == 0 and s.startswith(sep, i):
            parts.append(s[start:i].strip())
            start = i + len(sep)
            i = start
            continue
        i += 1
    parts.append(s[start:].strip())
    return parts


def _top_terms(s: str) -> list[str] | None:
    """Split `s` at depth-0 `+` (two or more terms, none signed), or None."""
    parts = _top_split(s, "+")
    if len(parts) < 2 or any(not p or p[0] in "+-" or "=" in p or "<" in p or ">" in p for p in parts):
        return None
    return parts


def _factors(s: str) -> list[str] | None:
    """Factors of a product: `a \\cdot b`, `a \\times b` or juxtaposed groups `2(x+1)(x-3)`; else None."""
    if any(c in s for c in "=<>,") or "\\frac" in s:
        return None
    for op in ("\\cdot", "\\times"):
        parts = _top_split(s, op)
        if len(parts) >= 2 and all(parts) and not any(_top_terms(p) or "-" in p[1:] for p in parts):
            return parts
    groups = re.findall(r"\d+(?=\()|\([^()]+\)", s)  # a leading coefficient, then parenthesised groups
    if sum(g.startswith("(") for g in groups) >= 2 and "".join(groups) == s.replace(" ", ""):
        return groups
    return None


_FUNC_SWAP = {"\\sin": "\\cos", "\\cos": "\\sin", "\\tan": "\\cot", "\\cot": "\\tan", "\\ln": "\\log_{10}",
              "\\arcsin": "\\arccos", "\\arccos": "\\arcsin", "\\sinh": "\\cosh", "\\cosh": "\\sinh"}
_FUNC = re.compile(r"\\(?:arcsin|arccos|sinh|cosh|sin|cos|tan|cot|ln)(?![a-zA-Z])")
_SQRT = re.compile(r"\\sqrt\s*\{([^{}]+)\}")
_INTERVAL = re.compile(r"^([\[(])\s*([^,\[\]()]+?)\s*,\s*([^,\[\]()]+?)\s*([\])])$")


def structural(gold: str, rng: random.Random) -> dict[str, str]:
    """Wrong answers that keep the gold's symbols but change its structure (labels still to be certified)."""
    g = gold.strip()
    out: dict[str, str] = {}
    fs = _factors(g)
    if fs:
        # a juxtaposed coefficient (the 2 of 2(x+1)(x-3)) is not repeated: 22(x+1) would be another number
        k = rng.choice([i for i, f in enumerate(fs) if f.startswith("(")] or list(range(len(fs))))
        joiner = " \\cdot " if "\\cdot" in g else " \\times " if "\\times" in g else ""
        out["repeated_factor"] = joiner.join(fs[: k + 1] + [fs[k]] + fs[k + 1 :])
        out["dropped_factor"] = joiner.join(f for i, f in enumerate(fs) if i != k)
    funcs = list(_FUNC.finditer(g))
    if funcs:
        m = rng.choice(funcs)
        out["other_function"] = g[: m.start()] + _FUNC_SWAP[m.group()] + g[m.end():]
    root = _SQRT.search(g)
    if root:
        out["dropped_root"] = g[: root.start()] + "(" + root.group(1) + ")" + g[root.end():]
    if not any(c in g for c in "=<>,") and len(g) <= 60:
        out["doubled"] = (f"2\\left({g}\\right)" if _top_terms(g) or g.startswith("-")
                          else f"2 \\cdot {g}" if g[:1].isdigit() else f"2 {g}")
    items = _top_split(g, ",")
    if len(items) >= 2 and all(items) and not all(re.fullmatch(r"\d{3}", x) for x in items[1:]):  # not 1,000
        k = rng.randrange(len(items))
        out["partial_list"] = ", ".join(x for i, x in enumerate(items) if i != k)
    return {k: v for k, v in out.items() if v and v != g}


def reversed_interval(gold: str) -> str | None:
    """`[a, b)` -> `[b, a)` for two finite, different endpoints (a negative by construction)."""
    m = _INTERVAL.match(gold.strip())
    if not m or "infty" in m.group(2) + m.group(3) or m.group(2).replace(" ", "") == m.group(3).replace(" ", ""):
        return None
    return f"{m.group(1)}{m.group(3)}, {m.group(2)}{m.group(4)}"


def rewrites(gold: str, rng: random.Random, question: str | None = None) -> dict[str, str]:
    """Equivalent rewrites of an expression (labels still to be certified by the rules)."""
    g = gold.strip()
    out: dict[str, str] = {}
    names = sorted(set(_VAR.findall(g)))
    if len(names) == 1 and not (question and mentions(question, names[0])):
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
    for name, ans in {**near_misses(gold, rng), **structural(gold, rng)}.items():
        o = outcome(ans)
        # a list with one part dropped is wrong whatever the rules say of symbolic parts (unless they call it EQUAL)
        if o is Outcome.DIFFERENT or (name == "partial_list" and o is Outcome.UNSURE):
            kept.append((name, ans, False))
    rev = reversed_interval(gold)
    if rev and outcome(rev) is not Outcome.EQUAL:
        kept.append(("reversed_interval", rev, False))
    text = gold + " ".join(a for _, a, _ in kept)
    free = [q for q, var in QUALIFIERS if not var or not mentions(text, var)]
    qual = rng.choice(free)
    return [("qualified_" + name, ans + qual, label) for name, ans, label in kept]
