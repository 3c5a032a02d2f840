"""The form a question asks its answer in. "Factor completely", "Expand", "Rationalize the denominator",
"as a common fraction in lowest terms", "in simplest radical form", "the prime factorization": the value alone
does not answer such a question, the form does (an optimiser that skips the asked work must not be rewarded).

`asked_form(question)` names the form; `off_form(form, gold, answer)` says why a parsed answer is not in it, or
None. Only what the AST shows for sure is checked, the gold being the reference for factor counts:
- lowest terms: a fraction of two integers with a common factor (`\\frac{6}{9}`);
- rationalised / radical form: a square root left in a denominator; in radical form also a square factor left
  under a root (`\\sqrt{8}`);
- prime factorisation: an integer factor that is not prime (`7 \\times 289`);
- expanded: a product or power of a sum left (`(x+1)^3`);
- factored: fewer non-constant factors than the gold has (`x(x^2-4)` for `x(x-2)(x+2)`), or a sum at the top;
- lowest terms also for a ratio of integers with a common factor (`12:18` for "the ratio in simplest form");
- scientific notation: a number written without its power of ten, or a mantissa outside [1, 10) (`0.00052`,
  `52 \\times 10^{-5}`);
- a mixed number: an improper fraction left, or a decimal (`\\frac{7}{2}`, `3.5` for "as a mixed number");
- a fraction asked ("as a fraction", "lowest terms"): a decimal for a gold that is none (`0.507` for `\\frac{37}{73}`);
  a ratio in simplest form: a part that is no integer (`1:1.5`).
The engine turns an EQUAL into UNSURE when the answer is off form (rules/engine.py)."""
from __future__ import annotations

import functools
import math
import re

_FORMS = (
    ("scientific", re.compile(r"(?i)\bscientific\s+notation")),
    ("mixed", re.compile(r"(?i)\b(?:as|in)\s+(?:a\s+)?mixed\s+(?:number|fraction)s?\b")),
    ("prime", re.compile(r"(?i)\bprime\s+factori[sz]ation|\bproduct\s+of\s+(?:its\s+)?primes")),
    ("factor", re.compile(r"(?i)\bfactor(?:i[sz]e)?\s+(?:completely|fully|the\s+(?:expression|polynomial|following)|"
                          r"each|over|\$|\\\(|:)|\b(?:completely|fully)\s+factor|\bfactored\s+form|\bin\s+factored")),
    ("expand", re.compile(r"(?i)\bexpand\b|\bexpanded\s+form|\bmultiply\s+out\b")),
    ("radical", re.compile(r"(?i)\bsimplest\s+radical\s+form|\bradical\s+form")),
    ("rational", re.compile(r"(?i)\brationali[sz]e")),
    ("lowest", re.compile(r"(?i)\blowest\s+terms|\bcommon\s+fraction|\bsimplest\s+form|\b(?:reduced|simplified|"
                          r"irreducible)\s+fraction|\bas\s+a\s+fraction\b|\bin\s+fraction(?:al)?\s+form|\bsimplify\s+the\s+ratio")),
)


@functools.lru_cache(maxsize=1024)  # (a GRPO group asks one question 8-16 times)
def asked_form(question: str | None) -> str | None:
    if not question or not _FORM_HINT.search(question):
        return None  # (one scan for the words every form pattern needs; most questions ask for no form)
    return next((name for name, pat in _FORMS if pat.search(question)), None)


# a word each pattern of _FORMS contains
_FORM_HINT = re.compile(r"(?i)scientific|mixed|prime|primes|factor|expand|multiply|radical|rationali|lowest|fraction|"
                        r"simplest|simplify")


def off_form(form: str, gold, answer) -> str | None:
    """Why `answer` (a parsed node) is not in the asked `form`, or None when nothing shows it is not (nor when the
    gold itself is off form: `184/299` for "reduce to lowest terms" is the reference, whatever its form)."""
    gold, answer = _value(gold), _value(answer)
    return None if _off(form, gold, gold) else _off(form, gold, answer)


def _off(form: str, gold, answer) -> str | None:
    if form == "lowest" and _unreduced(answer):
        return "a fraction not in lowest terms"
    if form == "lowest" and _unreduced_ratio(answer):
        return "a ratio not in simplest form"
    if form == "lowest" and _not_fraction(answer) and not _not_fraction(gold):
        return "a decimal, a percent or a power, not a fraction"
    if form == "scientific" and not _scientific(answer):
        return "not in scientific notation"
    if form == "mixed" and (_improper(answer) or _decimal(answer) or _unreduced(answer)):
        return "not a mixed number in lowest terms"
    if form in ("rational", "radical", "lowest") and _root_below(answer):
        return "a root left in a denominator"
    if form == "radical" and _square_under_root(answer):
        return "a square factor left under a root"
    if form == "prime" and _composite_factor(answer):
        return "a factor that is not prime"
    if form == "expand" and _unexpanded(answer):
        return "a product or power of a sum left unexpanded"
    if form == "factor" and _factor_count(answer) < _factor_count(gold):
        return "fewer factors than the complete factorisation"
    return None


def _value(node):
    """The value of `f(x) = ...` / `x = ...` (the label is the label rules' business)."""
    return node[1][2] if node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" else node


def _walk(node):
    yield node
    for child in node[1:]:
        if isinstance(child, tuple) and child and isinstance(child[0], str):
            yield from _walk(child)
        elif isinstance(child, list):
            for c in child:
                if isinstance(c, tuple) and c and isinstance(c[0], str):
                    yield from _walk(c)


def _int(node) -> int | None:
    if node[0] == "num" and node[1].denominator == 1:
        return int(node[1])
    if node[0] == "neg":
        v = _int(node[1])
        return -v if v is not None else None
    return None


def _unreduced(node) -> bool:
    for n in _walk(node):
        if n[0] == "div":
            p, q = _int(n[1]), _int(n[2])
            if p is not None and q is not None and q != 0 and math.gcd(p, q) > 1:
                return True
    return False


def _unreduced_ratio(node) -> bool:
    """Integer parts with a common factor (`12:18`), or a part that is no integer (`1:1.5`, `1:\\frac32`)."""
    parts = [node[1], node[2]] if node[0] == "ratio" else list(node[1]) if node[0] == "ratios" else []
    ints = [_int(p) for p in parts]
    return bool(ints) and (None in ints or math.gcd(*ints) > 1)


def _not_fraction(node) -> bool:
    """A decimal anywhere (`\\frac{0.5}{2}`), a percent, or a power with a negative exponent (`2^{-2}`)."""
    return _decimal(node) or any(n[0] == "pct" or (n[0] == "num" and "." in n[2]) or (
        n[0] == "pow" and n[2][0] == "neg") for n in _walk(node))


def _decimal(node) -> bool:
    """A number written with a decimal point (`0.507`, `50.7\\%`, `-3.5`)."""
    while node[0] in ("neg", "pct"):
        node = node[1]
    return node[0] == "num" and "." in node[2]


def _scientific(node) -> bool:
    """`5.2 \\times 10^{-4}` (a mantissa in [1, 10) times a power of ten), or a number below 10 in size alone."""
    if node[0] == "neg":
        node = node[1]
    if node[0] == "mul" and len(node[1]) == 2 and node[1][0][0] == "num" and node[1][1][0] == "pow" and \
            node[1][1][1] == ("num", 10, "10"):
        return 1 <= abs(node[1][0][1]) < 10
    return node[0] == "num" and 1 <= abs(node[1]) < 10


def _improper(node) -> bool:
    if node[0] == "neg":
        node = node[1]
    p, q = (_int(node[1]), _int(node[2])) if node[0] == "div" else (None, None)
    return p is not None and q is not None and q > 1 and abs(p) > q


def _has_root(node) -> bool:
    return any(n[0] == "func" and n[1] in ("sqrt", "root") or (n[0] == "pow" and n[2][0] == "div") for n in _walk(node))


def _root_below(node) -> bool:
    return any(n[0] == "div" and _has_root(n[2]) for n in _walk(node))


def _square_under_root(node) -> bool:
    for n in _walk(node):
        if n[0] == "func" and n[1] == "sqrt" and len(n[2]) == 1:
            v = _int(n[2][0])
            if v is not None and v > 3 and any(v % (k * k) == 0 for k in range(2, math.isqrt(v) + 1)):
                return True
    return False


def _is_prime(v: int) -> bool:
    return v >= 2 and all(v % k for k in range(2, math.isqrt(v) + 1))


def _composite_factor(node) -> bool:
    factors = node[1] if node[0] == "mul" else [node]
    for f in factors:
        base = f[1] if f[0] == "pow" else f
        v = _int(base)
        if v is not None and v > 1 and (v > 10**12 or not _is_prime(v)):
            return True
    return False


def _unexpanded(node) -> bool:
    for n in _walk(node):
        if n[0] == "mul" and sum(f[0] == "add" for f in n[1]) >= 1 and len(n[1]) > 1:
            return True
        if n[0] == "pow" and n[1][0] == "add":
            return True
    return False


def _factor_count(node) -> int:
    """Non-constant factors, a power counting its integer exponent (`x^2 (x+1)^3` has 5)."""
    if node[0] == "neg":
        return _factor_count(node[1])
    factors = node[1] if node[0] == "mul" else [node]
    count = 0
    for f in factors:
        if f[0] == "pow" and _int(f[2]) is not None and _int(f[2]) > 0:
            count += _int(f[2]) * (1 if _variable(f[1]) else 0)
        elif _variable(f):
            count += 1
    return count


def _variable(node) -> bool:
    return any(n[0] == "sym" for n in _walk(node))
