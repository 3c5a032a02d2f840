"""Mutations of real gold answers into WRONG answers, and rewrites into EQUIVALENT ones.

Every generator takes a `Ctx` (the gold, its question, the oracle's reading of the gold) and a seeded
`random.Random`, and yields `Mut`s. A Mut is only a *candidate*: `label()` (in harness.py) keeps a wrong one
when the oracle proves it differs from the gold, and an equivalent one when the oracle proves it equal.
`by_construction=True` marks kinds the oracle cannot read (prose, hedges, labels, ...) but that are wrong (or
equal) for a reason stated at the generator; those are still dropped if the oracle proves the opposite.
`oracle_text` lets a generator hand the oracle a plain-LaTeX reading of what it built ("5 thousand" is read
as `(5)\\cdot 1000`), so value-changing phrasings are proven, not assumed.
"""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Iterator

import sympy as sp

from . import oracle as O


@dataclass(frozen=True)
class Mut:
    kind: str
    text: str
    wrong: bool  # True: must be rejected; False: an equivalent rewrite that should be accepted
    by_construction: bool = False
    detail: str = ""
    oracle_text: str | None = None  # what the oracle compares instead of `text`
    question: str | None = None  # the question the case is asked with, when the generator extends the gold's


@dataclass
class Ctx:
    gold: str
    question: str
    value: O.Value | None  # the oracle's reading of the gold; None for prose / unreadable golds

    @property
    def scalar(self) -> sp.Expr | None:
        """The gold's value when it is a unitless scalar."""
        v = self.value
        return v.expr if isinstance(v, O.Scalar) and v.unit is None else None

    @property
    def number(self) -> sp.Expr | None:
        """The gold's value when it is a unitless number (no free symbols)."""
        e = self.scalar
        return e if e is not None and not e.free_symbols and e.is_finite else None


Gen = Callable[[Ctx, random.Random], Iterator[Mut]]
GENERATORS: list[Gen] = []


def gen(fn: Gen) -> Gen:
    GENERATORS.append(fn)
    return fn


# ------------------------------------------------------------------ helpers
_NUM = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_PROTECTED = re.compile(r"\\(?:text|mathrm|operatorname|mathbf)\s*\{[^{}]*\}")
_INT_LIT = re.compile(r"^-?\d+$")
_DEC_LIT = re.compile(r"^-?\d*\.\d+$|^-?\d+$")


def num_spans(s: str) -> list[tuple[int, int]]:
    """Number tokens outside \\text{...} and not a subscript (a_{10} is a name, not a value)."""
    bad = [m.span() for m in _PROTECTED.finditer(s)]
    out = []
    for m in _NUM.finditer(s):
        a, b = m.span()
        if any(x <= a < y for x, y in bad) or (a > 0 and s[a - 1] == "_") or s[max(0, a - 2):a] == "_{":
            continue
        out.append((a, b))
    return out


def fmt(x: Fraction | sp.Rational) -> str:
    """A rational as the shortest plain decimal / integer text, or \\frac{p}{q}."""
    f = Fraction(int(x.p), int(x.q)) if isinstance(x, sp.Rational) else Fraction(x)
    if f.denominator == 1:
        return str(f.numerator)
    d = f.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:
        return format(Decimal(f.numerator) / Decimal(f.denominator), "f")
    sign = "-" if f < 0 else ""
    return f"{sign}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def shift(tok: str, k: int) -> str:
    """Multiply a decimal literal by 10**k, as text (`5` -> `50`, `0.5`; `12.75` -> `1.275`)."""
    d = Decimal(tok).scaleb(k)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def replace_span(s: str, span: tuple[int, int], new: str) -> str:
    return s[:span[0]] + new + s[span[1]:]


def is_prose(ctx: Ctx) -> bool:
    return ctx.value is None and bool(re.search(r"[A-Za-z]{3,}", re.sub(r"\\[A-Za-z]+", "", ctx.gold)))


# ------------------------------------------------------------------ numeric wrongs (oracle-proven)
@gen
def digit_change(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    if ctx.value is None:
        return
    digits = [i for a, b in num_spans(ctx.gold) for i in range(a, b) if ctx.gold[i].isdigit()]
    for i in rng.sample(digits, min(2, len(digits))):
        new = rng.choice([d for d in "0123456789" if d != ctx.gold[i]])
        yield Mut("digit_change", ctx.gold[:i] + new + ctx.gold[i + 1:], True)


@gen
def sign_flip(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    if ctx.value is None:
        return
    g = ctx.gold.strip("$ ")
    if isinstance(ctx.value, O.Scalar):
        if re.search(r"(?<![A-Za-z\\])k\s*\\pi|\\pi\s*k\b|\{k\s*\\pi\}", g):
            return  # a family of angles over the integers k: `-2k\pi + c` is the same set as `2k\pi + c`
        yield Mut("sign_flip", g[1:].lstrip() if g.startswith("-") else "-" + g, True)
        return
    spans = num_spans(g)
    if spans:  # negate one number inside a tuple / list / equation
        a, b = rng.choice(spans)
        if a > 0 and g[a - 1] == "-":
            yield Mut("sign_flip", g[:a - 1] + g[a:], True)
        elif a == 0 or g[a - 1] in "(,[= {":
            yield Mut("sign_flip", g[:a] + "-" + g[a:], True)


@gen
def off_by_one(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    if ctx.value is None:
        return
    ints = [(a, b) for a, b in num_spans(ctx.gold) if "." not in ctx.gold[a:b]]
    if ints:
        a, b = rng.choice(ints)
        n = int(ctx.gold[a:b])
        for m in (n + 1, n - 1):
            if m >= 0:
                yield Mut("off_by_one", replace_span(ctx.gold, (a, b), str(m)), True)


@gen
def scale(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    spans = num_spans(ctx.gold)
    if ctx.value is None or not spans:
        return
    span = spans[0]
    for k in (1, -1):
        yield Mut("scale", replace_span(ctx.gold, span, shift(ctx.gold[span[0]:span[1]], k)), True,
                  detail="x10" if k > 0 else "/10")


@gen
def lead_punct(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    # `5` -> `.5`, `.05`, `.5\%` are other numbers (oracle); `,5` / `;5` are a stray mark before the number:
    # a decimal-comma reading gives 0.5, and a grader that strips the mark rewards a malformed answer.
    g = ctx.gold.strip()
    num, unit = O.split_unit(g)
    if not re.fullmatch(r"[1-9]\d*", num):
        return
    tail = g[len(num):]
    for form in (f".{num}", f".0{num}", f".{num}\\%"):
        yield Mut("lead_punct", form + tail, True, detail=form.replace(num, "N"))
    for form in (f",{num}", f";{num}"):
        yield Mut("lead_punct", form + tail, True, by_construction=True, detail=form.replace(num, "N"))


_CASE_GREEK = ["Omega", "Delta", "Gamma", "Sigma", "Phi", "Theta", "Lambda", "Psi", "Pi"]


@gen
def case_change(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    # LaTeX symbols are case-sensitive: X is not x, \Omega is not \omega, MW (mega) is not mW (milli).
    g = ctx.gold
    num, unit = O.split_unit(g)
    if unit in ("MW", "mW"):
        i = g.rfind(unit)
        yield Mut("case_change", g[:i] + unit.swapcase()[0] + unit[1:] + g[i + len(unit):], True, detail="unit")
    for name in _CASE_GREEK:
        for big, small in ((name, name.lower()), (name.lower(), name)):
            if re.search(rf"\\{big}(?![A-Za-z])", g):
                yield Mut("case_change", re.sub(rf"\\{big}(?![A-Za-z])", lambda _m: "\\" + small, g, count=1), True,
                          True, detail="greek")
    if ctx.value is None or len(g.strip("$ ")) == 1:  # a lone letter may be a choice label: (A) vs (a)
        return
    masked = _PROTECTED.sub(lambda m: "#" * len(m.group()), g)
    masked = re.sub(r"\\[A-Za-z]+", lambda m: "#" * len(m.group()), masked)
    letters = [m.start() for m in re.finditer(r"(?<![A-Za-z#])[A-Za-z](?![A-Za-z#])", masked)]
    if letters:
        i = rng.choice(letters)
        fn = re.match(r"\s*\$?\s*[A-Za-z]\s*\(\s*([A-Za-z])\s*\)\s*=(.*)", g)
        if fn and i < g.index("=") and g[i] == fn.group(1) and fn.group(1) not in _SYM.findall(fn.group(2)):
            return  # f(X) = 2 for f(x) = 2: the bound variable of a constant function, renamed: the same answer
        yield Mut("case_change", g[:i] + g[i].swapcase() + g[i + 1:], True, True, detail="symbol")


@gen
def digit_space(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    # A space between digits at the top level (`12` -> `1 2`, `21/2` -> `2 1/2`) writes two numbers or a mixed
    # number, never the gold; inside {} TeX would drop the space, so only top-level numbers are used.
    g = ctx.gold.strip()
    if ctx.value is None and not re.fullmatch(r"[\d/.\-+ ]+", g):
        return
    depth, spans = 0, []
    for a, b in num_spans(g):
        depth = g[:a].count("{") - g[:a].count("}")
        if depth == 0 and b - a >= 2 and g[a + 1].isdigit():
            spans.append((a, b))
    if spans:
        a, b = rng.choice(spans)
        cut = rng.randrange(a + 1, b)
        int_end = g.find(".", a, b)
        int_end = b if int_end < 0 else int_end
        if (int_end - cut) % 3 == 0 and cut < int_end and g[a] != "0":
            return  # `40 000`: a space between groups of three digits is a thousands separator (SI), the gold
        if g[cut - 1].isdigit() and g[cut].isdigit():
            yield Mut("digit_space", g[:cut] + " " + g[cut:], True, True)


@gen
def brace_groups(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold of four or more digits grouped with LaTeX's brace comma, tight or spaced as models type it
    (`14{,}916`, `14 {, }916`): equivalent. Wrong: another value grouped the same way, and the brace comma before a
    group that is not three digits (`1{,}4916`: no grouping, so not the gold)."""
    g = ctx.gold.strip()
    if not re.fullmatch(r"[1-9]\d{3,8}", g):
        return
    sep = rng.choice(["{,}", " {, }", " {,} ", "{, }"])
    def grouped(n: str) -> str:
        head = len(n) % 3 or 3
        return n[:head] + "".join(sep + n[i:i + 3] for i in range(head, len(n), 3))
    yield Mut("eq_brace_group", grouped(g), False, True, oracle_text=g)
    other = str(int(g) + rng.choice([1, 9, 100]))
    yield Mut("brace_group_wrong", grouped(other), True, True, oracle_text=other)
    if len(g) % 3 != 1:
        yield Mut("brace_group_wrong", g[0] + sep + g[1:], True, True, detail="misgrouped")


_DATA_QUESTIONS = (("A circle has radius $r$. What is the area of the circle?", "r", "A"),
                   ("A square has side length s. What is its perimeter?", "s", "P"),
                   ("What is the volume of a cube with edge $a$?", "a", "V"),
                   ("Find the center and radius of the circle of height $h$ above the ground.", "h", "r"),
                   # (the letter asked after an earlier ask word: "values on $[2, 4]$, find $a$")
                   ("If $f(x) = \\log_a x$ has a difference of $1$ between its maximum and minimum values on $[2, 4]$, "
                    "find $a$.", "x", "a"),
                   # (the one unknown of the equation asked; its parameter is no answer)
                   ("Find all real solutions of $x^4 = 16$ for a square of side $s$.", "s", "x"))


@gen
def data_letters(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold answered under a letter, with a question (one of _DATA_QUESTIONS, seeded) that names its data by
    that letter and asks another quantity by name: `r = G` for "A circle has radius $r$. What is the area?" states
    the radius, wrong by construction; the asked quantity's own symbol (`A = G`) is equivalent."""
    if ctx.number is None or not _DEC_LIT.match(ctx.gold.strip()):
        return
    q, data, own = rng.choice(_DATA_QUESTIONS)
    g = ctx.gold.strip()
    yield Mut("data_letter_wrong", f"{data} = {g}", True, True, oracle_text=_OFF_FORM, question=q)
    yield Mut("eq_data_letter", f"{own} = {g}", False, True, oracle_text=g, question=q)


_FIRST_N = re.compile(r"(?i)\bsum\s+of\s+(?:the\s+)?first\s+\$?(\d+)\$?\s+terms\b")


@gen
def partial_sums(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold of a question asking "the sum of the first N terms" (the data's own, or one added: few golds ask
    it): `S_{N} = G` names that sum, equivalent; `S_{N+1} = G` and `a_{N} = G` name another sum or a term, wrong by
    construction."""
    if ctx.number is None or not _DEC_LIT.match(ctx.gold.strip()):
        return
    m = _FIRST_N.search(ctx.question or "")
    q = ctx.question if m else "The sequence is arithmetic. Find the sum of the first $12$ terms."
    n = int(m.group(1)) if m else 12
    g = ctx.gold.strip()
    yield Mut("eq_partial_sum", f"S_{{{n}}} = {g}", False, True, oracle_text=g, question=q)
    yield Mut("partial_sum_wrong", f"S_{{{n + 1}}} = {g}", True, True, oracle_text=_OFF_FORM, question=q)
    yield Mut("partial_sum_wrong", f"a_{{{n}}} = {g}", True, True, oracle_text=_OFF_FORM, question=q, detail="a term")


@gen
def extreme_points(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold asked as one extreme value of a function (a question added: few golds ask it so): the function at
    the extreme's point, `f(1) = G`, is equivalent; another function's value (`g(1) = G`), the function itself
    (`f(x) = G`) and the value at the point a question asks about (`f(1)` for "Find $f(2)$") are not."""
    if ctx.number is None or not _DEC_LIT.match(ctx.gold.strip()):
        return
    g = ctx.gold.strip()
    q = rng.choice(["Find the minimum value of the function $f(x) = (x - 1)^2 + c$.",
                    "What is the maximum value of $f(x) = c - (x - 1)^2$?"])
    yield Mut("eq_extreme_point", f"f(1) = {g}", False, True, oracle_text=g, question=q)
    yield Mut("extreme_point_wrong", f"g(1) = {g}", True, True, oracle_text=_OFF_FORM, question=q)
    yield Mut("extreme_point_wrong", f"f(x) = {g}", True, True, oracle_text=_OFF_FORM, question=q, detail="function")
    yield Mut("extreme_point_wrong", f"f(1)={g}", True, True, oracle_text=_OFF_FORM, detail="value at another point",
              question="Let $f(x) = (x - 1)^2 + c$. Find $f(2)$.")
    yield Mut("extreme_point_wrong", f"f(1) ={g}", True, True, oracle_text=_OFF_FORM, detail="both extremes asked",
              question="Find the maximum and minimum values of the function $f(x) = (x - 1)^2 + c$ on $[0, 3]$.")
    # a sequence's partial sum at the index of its extreme (`S_{13} = G` for "the maximum value of $S_n$")
    qs = "In the arithmetic sequence $\\{a_n\\}$, $a_1 = 25$ and $S_9 = S_{17}$. Find the maximum value of $S_n$."
    yield Mut("eq_extreme_point", f"S_{{13}} = {g}", False, True, oracle_text=g, question=qs, detail="sequence")
    yield Mut("extreme_point_wrong", f"a_{{13}} = {g}", True, True, oracle_text=_OFF_FORM, question=qs, detail="a term")
    yield Mut("extreme_point_wrong", f"S_{{13}}={g}", True, True, oracle_text=_OFF_FORM, detail="another sum asked",
              question="In the arithmetic sequence $\\{a_n\\}$, $a_1 = 25$. Find $S_{12}$.")


_COUNTING_Q = re.compile(r"(?i)\bhow many\b|\bways\b|\barrang|\bpermutation|\bcombination|\bchoose\b|\bchosen\b|"
                         r"\bselect|\bcommittee")


@gen
def counting_symbols(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold that is an arrangement count n!/(n-k)! or a binomial (n <= 12) of a question that counts,
    written in textbook symbols `A_n^k` / `C_n^k`: equivalent (values computed here); the other symbol, another
    superscript, or the symbol in a question that does not count (`A_n^k` is then a name) are not."""
    v = ctx.number
    if v is None or not v.is_Integer or not 2 <= int(v) <= 10 ** 6 or not _INT_LIT.match(ctx.gold.strip()):
        return
    g, q = int(v), ctx.question or ""
    for n in range(2, 13):
        for k in range(1, n + 1):
            for sym, f in (("A", math.perm), ("C", math.comb)):
                if f(n, k) != g or (sym == "C" and k > n - k):
                    continue
                if not _COUNTING_Q.search(q):
                    yield Mut("counting_symbol_wrong", f"{sym}_{{{n}}}^{{{k}}}", True, True, oracle_text=_OFF_FORM,
                              detail="no count asked")
                    return
                sub = str(n) if n < 10 else f"{{{n}}}"  # (`A_11^1` is A_1 times 1: two digits take braces)
                yield Mut("eq_counting_symbol", f"{sym}_{sub}^{k}", False, True, oracle_text=str(g))
                other = ("C", math.comb) if sym == "A" else ("A", math.perm)
                if other[1](n, k) != g:
                    yield Mut("counting_symbol_wrong", f"{other[0]}_{sub}^{k}", True, True, oracle_text=str(other[1](n, k)))
                if k < n and f(n, k + 1) != g:
                    yield Mut("counting_symbol_wrong", f"{sym}_{{{n}}}^{{{k + 1}}}", True, True, oracle_text=str(f(n, k + 1)))
                return


@gen
def existential_text(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A short prose gold (words only) stated with "There are": equivalent when the gold is a quantity phrase
    ("infinitely many"); with a negation added it says the opposite, wrong by construction."""
    g = re.sub(r"^\\text\s*\{\s*(.*?)\s*\}$", r"\1", ctx.gold.strip())
    if ctx.value is not None or not re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){0,3}", g):
        return
    yield Mut("existential_wrong", f"\\text{{There are no {g}}}", True, True)
    yield Mut("existential_wrong", f"\\text{{There is not {g}}}", True, True)
    if re.match(r"(?i)(?:infinitely|finitely|many|several)\b", g):
        yield Mut("eq_existential", f"\\text{{There are {g}}}", False, True)


def _two_numbers(ctx: Ctx) -> list[str] | None:
    """The two parts of a bare list gold of two distinct plain numbers (`3, 5`), as written; else None."""
    v = ctx.value
    if not (isinstance(v, O.Seq) and not v.open and len(v.items) == 2):
        return None
    vals = [x.strip() for x in O._split_top(_dollars(ctx.gold), ",")]
    if len(vals) != 2 or vals[0] == vals[1] or not all(_DEC_LIT.match(x) for x in vals):
        return None
    return vals


@gen
def symbol_order(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold of two distinct numbers answering "(1) Find $c$; (2) Find the area ..." (that question added): the values
    under `c` and the area's symbol `S`, in either order, are equivalent; swapped between the names, or under a
    symbol of no quantity asked (`V`), they are not (by construction)."""
    vals = _two_numbers(ctx)
    if vals is None:
        return
    q = "In $\\triangle ABC$, $a = 2$ and $b = 3$. (1) Find $c$; (2) Find the area of $\\triangle ABC$."
    c, area = vals
    yield Mut("eq_symbol_order", f"c = {c},\\ S = {area}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("eq_symbol_order", f"S = {area},\\ c = {c}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("symbol_order_wrong", f"c = {area},\\ S = {c}", True, True, oracle_text=_OFF_FORM, question=q)
    yield Mut("symbol_order_wrong", f"c = {c},\\ V = {area}", True, True, oracle_text=_OFF_FORM, question=q,
              detail="a symbol of nothing asked")
    # the quantity's word first in the data: the asking sentences order the names, not the data
    q2 = "In $\\triangle ABC$ the area is $6$ and $a = 3$. (1) Find $c$. (2) Find the area of its circumcircle."
    yield Mut("symbol_order_wrong", f"S = {c},\\ c = {area}", True, True, oracle_text=_OFF_FORM, question=q2,
              detail="the area named in the data")


_PLURAL_NAMES = {"J": ("joules", "watts"), "W": ("watts", "joules"), "N": ("newtons", "pascals"),
                 "kg": ("kilograms", "grams"), "g": ("grams", "kilograms"), "km": ("kilometers", "meters"),
                 "m": ("meters", "kilometers"), "L": ("liters", "milliliters"), "nm": ("nanometers", "micrometers")}
_UNIT_GOLD = re.compile(r"^(-?\d+(?:\.\d+)?)\s*(?:\\[,;! ]|\s)*\\(?:text|mathrm)\s*\{\s*([A-Za-z]+)\s*\}\s*$")


@gen
def plural_units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in a unit symbol (`5.4 \\, \\text{J}`) answered with the unit's plural name: equivalent (`5.4 joules`);
    another unit's plural with the same number is not (labels by construction: the oracle reads no plural names)."""
    m = _UNIT_GOLD.match(ctx.gold.strip())
    if m is None or m.group(2) not in _PLURAL_NAMES:
        return
    same, other = _PLURAL_NAMES[m.group(2)]
    n = m.group(1)
    yield Mut("eq_plural_unit", f"{n} \\text{{ {same}}}", False, True, oracle_text=ctx.gold)
    yield Mut("eq_plural_unit", f"{n} {same}", False, True, oracle_text=ctx.gold, detail="plain")
    yield Mut("plural_unit_wrong", f"{n} \\text{{ {other}}}", True, True, oracle_text=_OFF_FORM)
    yield Mut("plural_unit_wrong", f"{n} sections", True, True, oracle_text=_OFF_FORM, detail="a noun pint reads")


_GREEK_CHARS = {"\\Omega": ("Ω", "ω"), "\\omega": ("ω", "Ω"), "\\Delta": ("Δ", "δ"), "\\delta": ("δ", "Δ"),
                "\\sigma": ("σ", "Σ"), "\\gamma": ("γ", "Γ"), "\\phi": ("φ", "Φ"), "\\theta": ("θ", "Θ"),
                "\\alpha": ("α", "β"), "\\beta": ("β", "α")}


@gen
def greek_chars(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold with a Greek letter command written with the character instead: equivalent (`2 Ω` for `2 \\Omega`); the
    character of the other case or another letter is wrong (case names another symbol)."""
    for cmd, (same, other) in _GREEK_CHARS.items():
        m = re.search(re.escape(cmd) + r"(?![A-Za-z])", ctx.gold)
        if m:
            g = ctx.gold
            yield Mut("eq_greek_char", g[:m.start()] + same + g[m.end():], False, True, oracle_text=g)
            yield Mut("greek_char_wrong", g[:m.start()] + other + g[m.end():], True, True)
            return


@gen
def event_labels(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold answering "Find $P(X = 2)$" (that question added): labelled with the event asked it is
    equivalent; with another value of X, the probability of another event (wrong by construction)."""
    if ctx.number is None or not _DEC_LIT.match(ctx.gold.strip()):
        return
    g = ctx.gold.strip()
    q = "A coin is tossed 3 times and $X$ is the number of heads. Find $P(X = 2)$."
    yield Mut("eq_event_label", f"P(X=2) = {g}", False, True, oracle_text=g, question=q)
    yield Mut("eq_event_label", f"P(X = 2) = {g}", False, True, oracle_text=g, question=q)
    yield Mut("event_label_wrong", f"P(X=1) = {g}", True, True, oracle_text=_OFF_FORM, question=q)
    yield Mut("event_label_wrong", f"P(Y=2) = {g}", True, True, oracle_text=_OFF_FORM, question=q)
    # an event the data names, or a term of a sum asked, is no event asked
    yield Mut("event_label_wrong", f"P(X=2)={g}", True, True, oracle_text=_OFF_FORM, detail="named in the data",
              question="Given that P(X=2) = 0.3 and P(X=3) = 0.2, find P(X=1).")
    yield Mut("event_label_wrong", f"P(X=2) ={g}", True, True, oracle_text=_OFF_FORM, detail="a term asked",
              question="X is the number of heads in 3 tosses. Find P(X=2) + P(X=3).")


@gen
def point_values(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold of two numbers answering "Find $f(2)$ and $f(3)$" (that question added): the values under their points,
    in either order, are equivalent; the two values traded between the points are wrong (by construction)."""
    vals = _two_numbers(ctx)
    if vals is None:
        return
    a, b = vals
    q = "Let $f$ be the function above. Find $f(2)$ and $f(3)$."
    yield Mut("eq_point_values", f"f(2) = {a},\\ f(3) = {b}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("eq_point_values", f"f(3) = {b},\\ f(2) = {a}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("point_values_wrong", f"f(2) = {b},\\ f(3) = {a}", True, True, oracle_text=_OFF_FORM, question=q)
    yield Mut("point_values_wrong", f"f(3) = {a},\\ f(2) = {b}", True, True, oracle_text=_OFF_FORM, question=q)
    # the points named first in the data: the asking sentence orders them
    q2 = "The function satisfies $f(3) = 2f(2) + 1$. Find $f(2)$ and $f(3)$."
    yield Mut("eq_point_values", f"f(2)={a},\\ f(3)={b}", False, True, oracle_text=ctx.gold, question=q2, detail="data first")
    yield Mut("point_values_wrong", f"f(3)={a},\\ f(2)={b}", True, True, oracle_text=_OFF_FORM, question=q2,
              detail="data first")


@gen
def restated_units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A plain number gold stated in one unit and restated in another (`The answer is 50 m, i.e. 0.05 km.`,
    `0.75 hours (45 minutes)`): equivalent when the restatement converts exactly; a restatement that does not (a
    slip of a factor of 10) is two answers, wrong by construction."""
    v = ctx.number
    if v is None or not v.is_Rational or v <= 0 or not _DEC_LIT.match(ctx.gold.strip()):
        return
    g = ctx.gold.strip()
    km, km_off = fmt(Fraction(str(v)) / 1000), fmt(Fraction(str(v)) / 100)
    mins, mins_off = fmt(Fraction(str(v)) * 60), fmt(Fraction(str(v)) * 60 + 1)
    q = ctx.question or ""
    if re.search(r"(?i)\b(?:how\s+far|distance|how\s+long\s+is|length)\b", q) and not re.search(
            r"(?i)\b(?:how\s+many|in)\s+(?:\w+\s+)?(?:meters|metres|kilometers|centimeters|feet|miles|units)\b", q):
        # (a length asked in no unit: the amount in meters, restated in km, is the gold's number of meters)
        yield Mut("eq_restated_unit", f"The answer is {g} m, i.e. {km} km.", False, True, oracle_text=g)
    yield Mut("restated_unit_wrong", f"The answer is {g} m, i.e. {km_off} km.", True, True, oracle_text=_OFF_FORM)
    yield Mut("restated_unit_wrong", f"The answer is {g} hours ({mins_off} minutes).", True, True, oracle_text=_OFF_FORM)
    yield Mut("restated_unit_wrong", f"The answer is {km_off} km, i.e. {g} m.", True, True, oracle_text=_OFF_FORM,
              detail="the gold second")
    if mins != mins_off:
        yield Mut("eq_restated_unit", f"The answer is {g} hours ({mins} minutes).", False, True, oracle_text=g,
                  question="How many hours does the trip take?", detail="hours asked")


@gen
def percent_words(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A percent gold (`28\\%`) with the sign written as a word: "28 percent" and "28 percentage" are the same; "28
    percentage points" is a difference of percentages (wrong by construction), and "0.28 percent" another value."""
    m = re.fullmatch(r"\$?(\d+(?:\.\d+)?)\s*\\?%\$?", ctx.gold.strip())
    if m is None:
        return
    n = m.group(1)
    yield Mut("eq_percent_word", f"{n} percentage", False, True, oracle_text=ctx.gold)
    yield Mut("eq_percent_word", f"{n} percent", False, True, oracle_text=ctx.gold)
    yield Mut("percent_word_wrong", f"{n} percentage points", True, True, oracle_text=_OFF_FORM)
    yield Mut("percent_word_wrong", f"{fmt(Fraction(n) / 100)} percent", True, True, oracle_text=_OFF_FORM)


@gen
def domain_restated(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A function gold `f(x) = ...` asked over the reals (that question used): "for all x ∈ R" restates the domain,
    equivalent; "for all x ∈ Z^+" (or Z) claims it on part of it only, wrong by construction."""
    m = re.fullmatch(r"\$?\s*f\s*\(\s*([a-z])\s*\)\s*=\s*([^$]+?)\$?", ctx.gold.strip())
    if m is None or "text" in ctx.gold:
        return
    x, g = m.group(1), ctx.gold.strip().strip("$")
    q = "Find all functions $f:\\mathbb{R}\\to\\mathbb{R}$ satisfying the given equation."
    yield Mut("eq_domain_restated", f"{g} \\text{{ for all }} {x} \\in \\mathbb{{R}}", False, True, oracle_text=g, question=q)
    yield Mut("domain_restated_wrong", f"{g} \\text{{ for all }} {x} \\in \\mathbb{{Z}}^+", True, True, question=q)
    yield Mut("domain_restated_wrong", f"{g} \\text{{ for all }} {x} \\in \\mathbb{{Z}}", True, True, question=q)


_UNICODE_FORMS = ((re.compile(r"\\pi"), "π", "2π"), (re.compile(r"(\d+)\s*\\pi"), r"\1π", "π"),
                  (re.compile(r"\\frac\{\\pi\}\{(\d+)\}"), r"π/\1", "π"), (re.compile(r"\\sqrt\{(\d+)\}"), r"√\1", "√5"))


@gen
def unicode_values(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold of π or a root (`\\frac{\\pi}{3}`, `\\sqrt{3}`) typed in Unicode symbols closing a statement ("The value is
    π/3."): equivalent; another such value there is wrong (by construction)."""
    g = ctx.gold.strip().strip("$ ")
    for rx, form, other in _UNICODE_FORMS:
        m = rx.fullmatch(g)
        if m:
            typed = m.expand(form)
            lead = "We work it out step by step.\n"
            yield Mut("eq_unicode_value", f"{lead}So the value is {typed}.", False, True, oracle_text=ctx.gold)
            if other != typed:
                yield Mut("unicode_value_wrong", f"{lead}So the value is {other}.", True, True)
            yield Mut("unicode_value_wrong", f"{lead}So the value is {typed} or {other}.", True, True, detail="hedge")
            return


# ------------------------------------------------------------------ units and angles (oracle-proven)
_UNIT_GROUPS: dict[str, list[str]] = {
    "length": ["mm", "cm", "m", "km"], "mass": ["mg", "g", "kg"], "time": ["seconds", "minutes", "hours", "days"],
    "volume": ["mL", "L"], "power": ["mW", "W", "kW", "MW"], "temperature": ["°C", "°F"]}
_OTHER_DIM = {"length": "kg", "mass": "m", "time": "m", "volume": "kg", "power": "s", "temperature": "kg"}
_WORD_UNITS = {"seconds", "minutes", "hours", "days", "meters", "metres", "kilometers", "grams", "liters", "litres"}


def _unit_text(g: str, old: str, new: str) -> str:
    i = g.rfind(old)
    return g[:i] + new + g[i + len(old):]


@gen
def units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    num, unit = O.split_unit(ctx.gold)
    g = O._DEG.sub("°", ctx.gold) if unit in ("°C", "°F") else ctx.gold  # `25^\circ C` is written back as `25°C`
    if unit is None or unit not in O.UNITS or not isinstance(ctx.value, O.Scalar) or ctx.value.expr == 0:
        return
    dim = O.UNITS[unit][0]
    group = _UNIT_GROUPS.get(dim, [])
    plain = unit in _WORD_UNITS  # `20 minutes`: swap for another word unit, `74\text{ m}`: for a symbol
    for other in group:
        if other != unit and (other in _WORD_UNITS) == plain:
            yield Mut("unit_scale", _unit_text(g, unit, other), True, detail=f"{unit}->{other}")
    other = "hours" if plain and dim != "time" else _OTHER_DIM.get(dim)
    if other and other != unit:
        yield Mut("unit_swap", _unit_text(g, unit, other), True, detail=f"{unit}->{other}")
    # equivalent: the same quantity in a neighbouring unit (74 m -> 7400 cm)
    val = ctx.value.expr
    if dim != "temperature" and val.is_Rational and group:
        f0 = O.UNITS[unit][1]
        for other in group:
            if other != unit and other in O.UNITS and (other in _WORD_UNITS) == plain:
                f1 = O.UNITS[other][1]
                new = Fraction(int(val.p), int(val.q)) * f0 / f1
                if new.denominator == 1 or (new * 1000).denominator == 1:
                    yield _converted(ctx, "length" if dim == "length" else "other", "eq_unit_convert", _unit_text(g.replace(num, fmt(new), 1), unit, other), False,
                              detail=f"{unit}->{other}")


# a unit the question asks its answer in ("How many meters ...", "in square centimeters"), by dimension: a data
# variable's unit ("the displacement $s$ (in meters)") asks nothing for a speed
_ASKS_LENGTH = r"(?:millimet|centimet|met|kilomet|mm\b|cm\b|m\b|km\b|feet|foot|inch|inches|miles?\b|yards?\b)"
_ASKS_UNIT_OF = {
    "length": re.compile(r"(?i)\b(?:in|how\s+many)\s+" + _ASKS_LENGTH),
    "area": re.compile(r"(?i)\b(?:in|how\s+many)\s+(?:square\s+" + _ASKS_LENGTH + r"|(?:mm|cm|m|km)\s*\^\s*\{?2)"),
    "speed": re.compile(r"(?i)\b(?:in|how\s+many)\s+(?:m/s|km/h|km/hr|mph|(?:meters?|kilometers?|miles?)\s+per\s+)"),
    "other": re.compile(r"(?i)\b(?:in|how\s+many)\s+(?:grams?\b|kilograms?|kg\b|seconds?|minutes?|hours?|days?|"
                        r"liters?|litres?|milliliters?|ml\b)"),
}


def _converted(ctx: Ctx, dim: str, kind: str, text: str, wrong: bool, by_construction: bool = False,
               detail: str = "") -> Mut:
    """A gold's quantity rewritten in another unit of its dimension: equivalent, unless the question asks for a
    unit of that dimension: then the conversion the question asks for is not done (policy of 2026-12-07), wrong by
    construction."""
    if _ASKS_UNIT_OF.get(dim, _ASKS_UNIT_OF["other"]).search(ctx.question or ""):
        return Mut("asked_unit_converted", text, True, True, detail=f"{kind}: {detail}")
    return Mut(kind, text, wrong, by_construction, detail=detail)


_POW_UNIT = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<sep>\s*(?:\\[,;: ]|~)?\s*)"
                       r"(?P<open>\\(?:text|mathrm|mbox)\s*\{\s*~?\s*)?(?P<u>[A-Za-z]{1,6})(?P<close>\s*\})?"
                       r"\s*\^\s*\{?\s*(?P<k>[23])\s*\}?$")
_LENGTHS = ["mm", "cm", "m", "km"]


@gen
def unit_powers(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in a unit of area or volume (`15 \\text{ cm}^2`). The oracle cannot read powers of units, so each
    label is computed here from its length table: value * f_old^k against shown * f_new^k. Wrong: another power
    or none (`cm^3`, `cm`), another length unit with the same number, the unit converted with the linear factor
    (`150 mm^2`); equivalent: converted with the power (`1500 mm^2`), and the bare number (a gold-side unit)."""
    m = _POW_UNIT.match(_dollars(ctx.gold))
    if not m or m["u"] not in _LENGTHS or Fraction(m["num"]) == 0:
        return
    num, u, k = Fraction(m["num"]), m["u"], int(m["k"])

    def write(n: str, unit: str, power: int | None) -> str:
        body = f"{m['num'] if n is None else n}{m['sep']}{m['open'] or ''}{unit}{m['close'] or ''}"
        return body if power is None else f"{body}^{power}"

    yield Mut("unit_power_wrong", write(None, u, 5 - k), True, True, detail="other power")
    yield Mut("unit_power_wrong", write(None, u, None), True, True, detail="power dropped")
    for other in _LENGTHS:
        if other == u:
            continue
        f = O.UNITS[u][1] / O.UNITS[other][1]
        yield Mut("unit_power_wrong", write(None, other, k), True, True, detail=f"{u}->{other}")
        right, linear = num * f ** k, num * f
        if (linear * 1000).denominator == 1:
            yield Mut("unit_power_wrong", write(fmt(linear), other, k), True, True, detail="linear factor")
        if (right * 1000).denominator == 1:
            yield _converted(ctx, "area", "eq_unit_power", write(fmt(right), other, k), False, True, detail=f"{u}->{other}")
    yield Mut("eq_unit_power", m["num"], False, True, detail="bare number")
    # the power as a word (`15 square centimeters`, `15 sq cm`, `15 cm squared`, `8 cubic meters`)
    word = {2: "square", 3: "cubic"}.get(k)
    names = {"mm": "millimeters", "cm": "centimeters", "m": "meters", "km": "kilometers"}
    if word:
        yield Mut("eq_unit_power", f"{m['num']} \\text{{ {word} {names.get(u, u)}}}", False, True, detail="power word")
        yield Mut("eq_unit_power", f"{m['num']} \\text{{ {u} {'squared' if k == 2 else 'cubed'}}}", False, True,
                  detail="power word after")
        yield Mut("unit_power_wrong", f"{m['num']} \\text{{ {'cubic' if k == 2 else 'square'} {names.get(u, u)}}}",
                  True, True, detail="other power word")
        other = next(o for o in _LENGTHS if o != u)
        yield Mut("unit_power_wrong", f"{m['num']} \\text{{ {word} {names.get(other, other)}}}", True, True,
                  detail="power word, other unit")


_COMPOUND = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<sep>\s*(?:\\[,;: ]|~)?\s*)"
                       r"(?P<open>\\(?:text|mathrm|mbox)\s*\{\s*~?\s*)(?P<u1>[A-Za-z]{1,6})(?P<per>\s*/\s*|\s+per\s+)"
                       r"(?P<u2>[A-Za-z]{1,6})(?P<close>\s*\})$")
_SPEED_NUM = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1), "km": Fraction(1000)}
_SPEED_DEN = {"s": Fraction(1), "min": Fraction(60), "h": Fraction(3600)}


@gen
def compound_units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in a unit of speed (`5 \\, \\text{m/s}`, `90 \\text{ km/h}`). The oracle reads no compound units, so
    each label is computed here from the tables above: value * f_len / f_time. Wrong: another length or time
    unit with the same number, the unit inverted (`s/m`), the time dropped (`5 m`), a power added (`m/s^2`), the
    time converted the wrong way round (`25 m/s` -> `25000 km/s`, when exact); equivalent: converted (`18 km/h`),
    the long form (`meters per second`), the bare number."""
    m = _COMPOUND.match(_dollars(ctx.gold))
    if not m or m["u1"] not in _SPEED_NUM or m["u2"] not in _SPEED_DEN or Fraction(m["num"]) == 0:
        return
    num, u1, u2 = Fraction(m["num"]), m["u1"], m["u2"]
    value = num * _SPEED_NUM[u1] / _SPEED_DEN[u2]

    def write(n: Fraction | None, a: str, b: str | None, power: str = "") -> str:
        unit = a if b is None else f"{a}{m['per']}{b}"
        return f"{m['num'] if n is None else fmt(n)}{m['sep']}{m['open']}{unit}{m['close']}{power}"

    for a in _SPEED_NUM:
        for b in _SPEED_DEN:
            if (a, b) == (u1, u2):
                continue
            shown = value * _SPEED_DEN[b] / _SPEED_NUM[a]
            if shown != num:
                yield Mut("compound_unit_wrong", write(None, a, b), True, True, detail=f"{u1}/{u2}->{a}/{b}")
            if (shown * 1000).denominator == 1:
                yield _converted(ctx, "speed", "eq_compound_unit", write(shown, a, b), False, True, detail=f"{u1}/{u2}->{a}/{b}")
            upside = value / _SPEED_DEN[b] * _SPEED_NUM[a] if a == u1 else None
            if upside is not None and upside != shown and (upside * 1000).denominator == 1:
                yield Mut("compound_unit_wrong", write(upside, a, b), True, True, detail="time factor inverted")
    yield Mut("compound_unit_wrong", f"{m['num']}{m['sep']}{m['open']}{u2}/{u1}{m['close']}", True, True,
              detail="inverted")
    yield Mut("compound_unit_wrong", write(None, u1, None), True, True, detail="time dropped")
    yield Mut("compound_unit_wrong", write(None, u1, u2, "^2"), True, True, detail="power added")
    long = {"m": "meters", "km": "kilometers", "cm": "centimeters"}.get(u1)
    if long and u2 in ("s", "h"):
        yield Mut("eq_compound_unit", f"{m['num']}{m['sep']}{m['open']}{long} per {'second' if u2 == 's' else 'hour'}"
                  f"{m['close']}", False, True, detail="long form")
    yield Mut("eq_compound_unit", m["num"], False, True, detail="bare number")
    # the SI way, a negative power for the unit below (`5 \\, \\text{m}\\,\\text{s}^{-1}`, `\\mathrm{m\\,s^{-1}}`)
    si = (lambda n, a, b, k="1": f"{n}\\,\\text{{{a}}}\\,\\text{{{b}}}^{{-{k}}}",
          lambda n, a, b, k="1": f"{n}\\ \\mathrm{{{a}\\,{b}^{{-{k}}}}}")
    for write_si in si:
        yield Mut("eq_compound_unit", write_si(m["num"], u1, u2), False, True, detail="negative power")
        yield Mut("compound_unit_wrong", write_si(m["num"], u1, u2, "2"), True, True, detail="negative power 2")
        yield Mut("compound_unit_wrong", write_si(m["num"], u2, u1), True, True, detail="negative power, inverted")
        a, b = ("km", "h") if (u1, u2) != ("km", "h") else ("m", "s")
        shown = value * _SPEED_DEN[b] / _SPEED_NUM[a]
        if (shown * 1000).denominator == 1:
            yield Mut("eq_compound_unit", write_si(fmt(shown), a, b), False, True, detail="negative power, converted")
        if shown != num:
            yield Mut("compound_unit_wrong", write_si(m["num"], a, b), True, True, detail="negative power, other unit")


_BASED = re.compile(r"^(?P<d>\d+)_(?P<b>\{\(?(?P<b1>\d+)\)?\}|(?P<b2>\d))$")
_BASE_NAMED = re.compile(r"(?i)\bbase\b|\b(?:binary|ternary|octal|hexadecimal)\b")


@gen
def bases(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold written in a base (`1302_5`, `66_{(8)}`); labels by construction (the oracle reads no bases). Wrong:
    one digit changed to another digit of that base, in the same notation and bare when the question names the
    base; equivalent: the other subscript notation (`1302_{5}`), and the bare digits when the question names it."""
    m = _BASED.match(_dollars(ctx.gold))
    if not m:
        return
    digits, base = m["d"], int(m["b1"] or m["b2"])
    if not 2 <= base <= 10 or any(int(c) >= base for c in digits):
        return
    named = bool(_BASE_NAMED.search(ctx.question or ""))
    i = rng.randrange(len(digits))
    new = digits[:i] + str((int(digits[i]) + 1) % base) + digits[i + 1:]
    if new.lstrip("0") and new.lstrip("0") != digits.lstrip("0"):
        yield Mut("base_digit", f"{new}_{m['b']}", True, True, detail="digit")
        if named:
            yield Mut("base_digit", new, True, True, detail="digit, bare")
    other = f"{digits}_{{{base}}}" if m["b2"] else f"{digits}_{base}"
    yield Mut("eq_base", other, False, True, detail="notation")
    if named:
        yield Mut("eq_base", digits, False, True, detail="bare digits")


@gen
def factorised(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold (at most 10^7, two or more prime factors, one squared or more) written as its prime
    factorisation with the factors side by side (`2^3 3^2 7` for 504), the way number-theory answers are written:
    equivalent; the same with one exponent raised by one, or one factor's base changed: wrong (labelled by the
    integer the text spells, computed here)."""
    n = ctx.number
    if n is None or not n.is_Integer or not 4 <= int(n) <= 10**7:
        return
    fs = sorted(sp.factorint(int(n)).items())
    if len(fs) < 2 or max(e for _, e in fs) < 2:
        return

    def write(items) -> str:
        return " ".join(f"{p}^{e}" if e > 1 else f"{p}" for p, e in items)

    def value(items) -> int:
        out = 1
        for p, e in items:
            out *= p ** e
        return out

    if fs[-1][1] == 1 or all(e > 1 for _, e in fs):  # only a power may be followed by a number: order them so
        ordered = [f for f in fs if f[1] > 1] + [f for f in fs if f[1] == 1]
        if sum(1 for _, e in ordered if e == 1) <= 1:
            yield Mut("eq_factorised", write(ordered), False, True, oracle_text=str(value(ordered)))
            i = rng.randrange(len(ordered))
            up = [(p, e + 1) if j == i else (p, e) for j, (p, e) in enumerate(ordered)]
            yield Mut("factorised_wrong", write(up), True, True, detail="exponent", oracle_text=str(value(up)))
            other = [(p + 2, e) if j == i else (p, e) for j, (p, e) in enumerate(ordered)]
            if value(other) != int(n):
                yield Mut("factorised_wrong", write(other), True, True, detail="base", oracle_text=str(value(other)))


_DMS = re.compile(r"^(?P<d>\d+)\s*(?P<deg>\^\s*\{?\s*\\circ\s*\}?|°)\s*(?P<m>\d+)\s*(?P<mm>'|\^\s*\{?\s*\\prime\s*\}?)"
                  r"(?:\s*(?P<s>\d+)\s*(?P<ss>''|\"|\^\s*\{\s*\\prime\s*\\prime\s*\}))?$")


@gen
def dms(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in degrees, minutes (and seconds) of arc (`37^{\\circ} 30'`); labels computed here with exact
    fractions. Wrong: a minute (or second) more, the minutes read as decimals (`37.30°`); equivalent: decimal
    degrees when they terminate (`37.5^\\circ`)."""
    m = _DMS.match(_dollars(ctx.gold))
    if not m or int(m["m"]) >= 60 or (m["s"] and int(m["s"]) >= 60):
        return
    d, mi, se = int(m["d"]), int(m["m"]), int(m["s"] or 0)
    total = d + Fraction(mi, 60) + Fraction(se, 3600)
    g = _dollars(ctx.gold)
    if m["s"]:
        yield Mut("dms_wrong", g[:m.start("s")] + str(se + 1) + g[m.end("s"):], True, True, detail="second")
    yield Mut("dms_wrong", g[:m.start("m")] + str(mi + 1) + g[m.end("m"):], True, True, detail="minute")
    if Fraction(f"{d}.{m['m']}") != total:
        yield Mut("dms_wrong", f"{d}.{m['m']}^\\circ", True, True, detail="minutes as decimals")
    if (total * 10**6).denominator == 1:
        yield Mut("eq_dms", f"{fmt(total)}^\\circ", False, True, detail="decimal degrees")


_NUMBER = r"-?\d+(?:\.\d+)?"
_BAND = re.compile(rf"^(?:(?P<o>[\[(])\s*(?P<a>{_NUMBER})\s*,\s*(?P<b>{_NUMBER})\s*(?P<c>[\])])|"
                   rf"(?P<a2>{_NUMBER})\s*(?P<o2><|\\le|\\leq)\s*(?P<v>[a-z])\s*(?P<c2><|\\le|\\leq)\s*(?P<b2>{_NUMBER}))$")


@gen
def abs_bands(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A bounded interval gold (`(-1, 5)`, `-1 < x \\le 5`) as an absolute-value inequality about its midpoint
    (`|x - 2| < 3`), labels computed here. Equivalent when both ends have the same openness; wrong: the other
    openness (`\\le` for `<`), a radius one larger, the midpoint moved by one, the complement (`|x - 2| > 3`)."""
    m = _BAND.match(_dollars(ctx.gold))
    if not m:
        return
    a, b = Fraction(m["a"] or m["a2"]), Fraction(m["b"] or m["b2"])
    if m["o"]:
        closed = (m["o"] == "[", m["c"] == "]")
        var = "x"
    else:
        closed = (m["o2"] != "<", m["c2"] != "<")
        var = m["v"]
    if a >= b or closed[0] != closed[1] or ((a + b) * 50).denominator != 1:
        return
    mid, rad = (a + b) / 2, (b - a) / 2

    def band(mid, rad, op) -> str:
        inner = var if mid == 0 else f"{var} - {fmt(mid)}" if mid > 0 else f"{var} + {fmt(-mid)}"
        return f"|{inner}| {op} {fmt(rad)}"

    op, other = ("\\le", "<") if closed[0] else ("<", "\\le")
    yield Mut("eq_abs_band", band(mid, rad, op), False, True)
    yield Mut("abs_band_wrong", band(mid, rad, other), True, True, detail="openness")
    yield Mut("abs_band_wrong", band(mid, rad + 1, op), True, True, detail="radius")
    yield Mut("abs_band_wrong", band(mid + 1, rad, op), True, True, detail="midpoint")
    yield Mut("abs_band_wrong", band(mid, rad, ">" if op == "\\le" else "\\ge"), True, True, detail="complement")


_RELOP = re.compile(r"<|>|≤|≥|=|\\(?:leq?|geq?|neq?|lt|gt|in|notin|subset\w*)(?![A-Za-z])")
_MIRROR_OP = {"<": ">", ">": "<", "\\le": "\\ge", "\\ge": "\\le", "\\leq": "\\geq", "\\geq": "\\leq"}


@gen
def mirrored(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A one-inequality gold (`x > 5`, `a \\le b + 1`) read from the other side: equivalent with the operator
    mirrored (`5 < x`); wrong with the sides swapped and the operator kept (`5 > x`: the reverse relation)."""
    g = _dollars(ctx.gold)
    ops = list(_RELOP.finditer(g))
    if len(ops) != 1 or ops[0].group() not in _MIRROR_OP or re.search(r"\\text|[,;$|:{}]|\b[A-Za-z]{3,}\b", g):
        return
    l, op, r = g[:ops[0].start()].strip(), ops[0].group(), g[ops[0].end():].strip()
    if not l or not r or l == r:
        return
    yield Mut("eq_mirrored", f"{r} {_MIRROR_OP[op]} {l}", False, True)
    yield Mut("mirrored_wrong", f"{r} {op} {l}", True, True, detail="operator kept")


_DOLLAR_GOLD = re.compile(r"^\\\$\s*(?P<n>\d+(?:\.\d+)?)$|^(?P<m>\d+(?:\.\d+)?)\s*\\\$$")


@gen
def currency(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A dollar gold (`\\$5`): another currency with the same number is wrong (`5€`, `£5`, `5 \\text{ EUR}`); the
    same amount in words or cents is equivalent (`5 dollars`, `500 cents`). Labels by construction."""
    m = _DOLLAR_GOLD.match(_dollars(ctx.gold))
    if not m:
        return
    n = m["n"] or m["m"]
    for wrong in (f"{n}€", f"€{n}", f"£{n}", f"{n} \\text{{ EUR}}", f"{n}¥", f"{n} \\text{{ yuan}}", f"{n} rupees"):
        yield Mut("currency_swap", wrong, True, True, detail="currency")
    yield Mut("eq_currency", f"{n} dollars", False, True)
    cents = Fraction(n) * 100
    if cents.denominator == 1:
        yield Mut("eq_currency", f"{cents.numerator} cents", False, True)


_NUMBER_LIST = re.compile(r"^\d{1,6}(?:\.\d+)?(?:\s*,\s*\d{1,6}(?:\.\d+)?){1,3}$")


@gen
def currency_list(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list of amounts written with signs (`\\$20, \\$40`, `€20, €40`: normalize reads a comma after a signed amount
    as a thousands group only before three digits): the gold's list of numbers. Wrong by construction: one amount
    changed, and two amounts run together into one (`\\$20,400` is 20400, not 20 and 400)."""
    g = _dollars(ctx.gold)
    if not _NUMBER_LIST.match(g) or ", " not in g:
        return  # (`10,000` is one number)
    # (asked as amounts of money: a question not in money counts other things than amounts)
    q = "How much did each of them pay, in dollars?"
    parts = [p.strip() for p in g.split(",")]
    yield Mut("eq_currency", ", ".join(f"\\${p}" for p in parts), False, True, oracle_text=g, detail="list", question=q)
    yield Mut("eq_currency", ", ".join(f"€{p}" for p in parts), False, True, oracle_text=g, detail="list",
              question=q.replace("dollars", "euros"))
    i = rng.randrange(len(parts))
    changed = parts[:i] + [str(Decimal(parts[i]) + 1)] + parts[i + 1:]
    yield Mut("currency_swap", ", ".join(f"\\${p}" for p in changed), True, True, detail="list, one changed",
              question=q)
    if len(parts) == 2 and re.fullmatch(r"\d{3}", parts[1]) and re.fullmatch(r"\d{1,3}", parts[0]):
        yield Mut("currency_swap", f"\\${parts[0]},{parts[1]}", True, True, detail="list run together", question=q)


_PMATRIX = re.compile(r"^\\begin\{([pb])matrix\}(?P<body>.*?)\\end\{\1matrix\}$", re.S)


@gen
def matrix_forms(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A pmatrix / bmatrix gold in the other ways of writing one: `\\left(\\begin{array}{cc} ... \\end{array}\\right)`
    and `\\left[\\begin{matrix} ... \\end{matrix}\\right]` (equivalent), and the same with one entry's number
    changed (wrong by construction: one entry differs; the oracle, which reads no matrices, only drops it if it
    proves the pmatrix with that change equal)."""
    m = _PMATRIX.match(_dollars(ctx.gold))
    if not m or "\\begin" in m["body"] or "|" in m["body"]:
        return
    body = m["body"]
    cols = max(r.count("&") for r in body.split("\\\\")) + 1
    forms = [lambda b: f"\\left(\\begin{{array}}{{{'c' * cols}}}{b}\\end{{array}}\\right)",
             lambda b: f"\\left[\\begin{{matrix}}{b}\\end{{matrix}}\\right]"]
    spans = num_spans(body)
    changed = None
    if spans:
        a, b = spans[rng.randrange(len(spans))]
        changed = body[:a] + str(int(Decimal(body[a:b])) + 1) + body[b:] if "." not in body[a:b] else None
    grid = [[c.strip() for c in r.split("&")] for r in body.split("\\\\") if r.strip()]
    if len(grid) > 1 and all(len(r) == len(grid[0]) for r in grid) and all(c for r in grid for c in r):
        # as code writes it (`[[1, 2], [3, 4]]`); transposed (a non-symmetric gold), it is another matrix
        nested = lambda rows: "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
        yield Mut("eq_matrix_form", nested(grid), False, True, oracle_text=ctx.gold, detail="nested list")
        transposed = [list(c) for c in zip(*grid)]
        if transposed != grid:
            yield Mut("matrix_form_wrong", nested(transposed), True, True, detail="nested list, transposed")
    for form in forms:
        yield Mut("eq_matrix_form", form(body), False, True, oracle_text=ctx.gold)
        if changed is not None:
            yield Mut("matrix_form_wrong", form(changed), True, True,
                      oracle_text=f"\\begin{{pmatrix}}{changed}\\end{{pmatrix}}")
    # a product with the identity (rows of the gold's width) is the gold; with the changed one, or the gold
    # doubled, it is not (wrong by construction, the gold not being the zero matrix: checked by its numbers)
    rows = [r for r in body.split("\\\\") if r.strip()]
    if all(r.count("&") == cols - 1 for r in rows) and any(d != "0" for d in re.findall(r"\d+", body)):
        ident = "\\\\".join(" & ".join("1" if i == j else "0" for j in range(cols)) for i in range(cols))
        eye = f"\\begin{{pmatrix}}{ident}\\end{{pmatrix}}"
        yield Mut("eq_matrix_form", f"\\begin{{pmatrix}}{body}\\end{{pmatrix}} {eye}", False, True,
                  oracle_text=ctx.gold, detail="times the identity")
        if changed is not None:
            yield Mut("matrix_form_wrong", f"\\begin{{pmatrix}}{changed}\\end{{pmatrix}} {eye}", True, True,
                      detail="changed entry, times the identity")
        yield Mut("matrix_form_wrong", f"2\\begin{{pmatrix}}{body}\\end{{pmatrix}}", True, True, detail="doubled")
    # a sum or difference of two matrices written out is the matrix it equals (multi._matrix_sum): the gold as
    # (gold - J) + J and (gold + J) - J, J all ones, are the gold; one entry of J changed, or the sign of the
    # difference flipped, gives another matrix (wrong by construction: integer entries, checked entry by entry)
    if grid and all(re.fullmatch(r"-?\d{1,6}", c) for r in grid for c in r) and len({len(r) for r in grid}) == 1:
        pm = lambda rows: "\\begin{pmatrix}" + " \\\\ ".join(" & ".join(map(str, r)) for r in rows) + "\\end{pmatrix}"
        vals = [[int(c) for c in r] for r in grid]
        ones = [[1] * len(r) for r in vals]
        yield Mut("eq_matrix_sum", f"{pm([[v - 1 for v in r] for r in vals])} + {pm(ones)}", False, True,
                  oracle_text=ctx.gold, detail="(gold - J) + J")
        yield Mut("eq_matrix_sum", f"{pm([[v + 1 for v in r] for r in vals])} - {pm(ones)}", False, True,
                  oracle_text=ctx.gold, detail="(gold + J) - J")
        off = [r[:] for r in ones]
        i, j = rng.randrange(len(off)), rng.randrange(len(off[0]))
        off[i][j] = 2
        yield Mut("matrix_sum_wrong", f"{pm([[v - 1 for v in r] for r in vals])} + {pm(off)}", True, True,
                  detail="one entry of the sum off by one")
        yield Mut("matrix_sum_wrong", f"{pm([[v + 1 for v in r] for r in vals])} + {pm(ones)}", True, True,
                  detail="a sum written for a difference")
        yield Mut("matrix_sum_wrong", f"{pm([[v - 1 for v in r] for r in vals])} + 1", True, True,
                  detail="a matrix plus a number")


_NAME_CHAIN = re.compile(r"^([a-z](?:\s*=\s*[a-z]){2,})\s*=\s*(-?\d+(?:\.\d+)?)$")
_SAME_NAME_LIST = re.compile(r"^([a-z])\s*=\s*(-?\d+(?:\.\d+)?)(?:\s*(?:,|\\text\{\s*or\s*\})\s*\1\s*=\s*(-?\d+(?:\.\d+)?))+$")


@gen
def label_spread(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """`x = y = z = 2` written one value per name (`x = 2, y = 2, z = 2`), and `x = 1, x = 2` as `x \\in \\{1, 2\\}`:
    equivalent. Wrong: a name replaced (`w = 2`), a value changed, another letter for the set (by construction)."""
    g = _dollars(ctx.gold)
    m = _NAME_CHAIN.match(g)
    if m:
        names, v = [x.strip() for x in m.group(1).split("=")], m.group(2)
        if len(set(names)) == len(names):
            yield Mut("eq_label_spread", ", ".join(f"{x} = {v}" for x in names), False, True)
            other = next(c for c in "wuvpq" if c not in names)
            yield Mut("label_spread_wrong", ", ".join(f"{x} = {v}" for x in names[:-1] + [other]), True, True,
                      detail="name")
            yield Mut("label_spread_wrong", ", ".join(f"{x} = {v}" for x in names[:-1]) + f", {names[-1]} = "
                      f"{fmt(Fraction(v) + 1)}", True, True, detail="value")
    m = _SAME_NAME_LIST.match(g)
    if m:
        name = m.group(1)
        vals = re.findall(rf"{name}\s*=\s*(-?\d+(?:\.\d+)?)", g)
        if len(set(vals)) == len(vals):
            yield Mut("eq_label_spread", f"{name} \\in \\{{{', '.join(vals)}\\}}", False, True)
            other = "y" if name != "y" else "x"
            if other not in (ctx.question or ""):
                yield Mut("label_spread_wrong", f"{other} \\in \\{{{', '.join(vals)}\\}}", True, True, detail="letter")
            bumped = vals[:-1] + [fmt(Fraction(vals[-1]) + 1)]
            if bumped[-1] not in vals:
                yield Mut("label_spread_wrong", f"{name} \\in \\{{{', '.join(bumped)}\\}}", True, True, detail="value")
    yield from _names_joined(g)


_NAMED_LIST = re.compile(r"^[a-z]\s*=\s*-?\d+(?:\.\d+)?(?:\s*,\s*[a-z]\s*=\s*-?\d+(?:\.\d+)?)+$")
_NAMED_TUPLE = re.compile(r"^\(\s*([a-z](?:\s*,\s*[a-z])+)\s*\)\s*=\s*\(\s*(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+)\s*\)$")


def _names_joined(g: str) -> Iterator[Mut]:
    """The other way round: a gold naming each value (`x = 1, y = 1, z = 0`, `(x, y, z) = (1, 1, 0)`) with names
    that share a value, answered with those names in one chain (`x = y = 1, z = 0`): equivalent. Wrong (by
    construction): a chain that joins names with different values, or a chain with its value changed."""
    t = _NAMED_TUPLE.match(g)
    if t:
        pairs = list(zip(re.findall(r"[a-z]", t.group(1)), re.findall(r"-?\d+(?:\.\d+)?", t.group(2))))
    elif _NAMED_LIST.match(g):
        pairs = re.findall(r"([a-z])\s*=\s*(-?\d+(?:\.\d+)?)", g)
    else:
        return
    names = [n for n, _ in pairs]
    if len(pairs) < 2 or len(set(names)) != len(names):
        return
    groups: dict[str, list[str]] = {}
    for n, v in pairs:
        groups.setdefault(v, []).append(n)
    write = lambda gs: ", ".join(" = ".join(ns) + f" = {v}" for v, ns in gs)  # noqa: E731
    joined = list(groups.items())
    if any(len(ns) > 1 for _, ns in joined):
        yield Mut("eq_label_spread", write(joined), False, True, detail="names joined")
        v, ns = next((v, ns) for v, ns in joined if len(ns) > 1)
        bumped = fmt(Fraction(v) + 1)
        if bumped not in groups:
            yield Mut("label_spread_wrong", write([(bumped if w == v else w, x) for w, x in joined]), True, True,
                      detail="joined, value changed")
    if len(joined) > 1:  # two names with different values in one chain (the second name's value lost)
        (v1, n1), (v2, n2) = joined[0], joined[1]
        wrong = [(v1, n1 + n2[:1])] + ([(v2, n2[1:])] if n2[1:] else []) + joined[2:]
        yield Mut("label_spread_wrong", write(wrong), True, True, detail="joined different values")


def _dollars(g: str) -> str:
    g = g.strip()
    return g[1:-1].strip() if len(g) > 1 and g[0] == g[-1] == "$" else g


def _scientific(v) -> tuple[str, int] | None:
    """(mantissa, exponent) of an integer value with three or more trailing zeros: 25000 -> ("2.5", 4)."""
    if not (v.is_Integer and v != 0):
        return None
    n, k = abs(int(v)), 0
    while n % 10 == 0:
        n, k = n // 10, k + 1
    if k < 3:
        return None
    digits = str(n)
    mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return ("-" if v < 0 else "") + mant, k + len(digits) - 1


def _grouped(n: str) -> str:
    """`12500.5` -> `12,500.5`: thousands grouped with commas (numbers under 1000 unchanged)."""
    sign, rest = ("-", n[1:]) if n.startswith("-") else ("", n)
    whole, dot, frac = rest.partition(".")
    if not whole.isdigit():
        return n
    return sign + f"{int(whole):,}" + dot + frac


@gen
def bare_units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """The gold's unit written without \\text (`74 m`, `5 s`): the engine reads bare letters as a unit only when the
    gold ends in a unit of the same dimension. Equivalent: the same unit bare; wrong: a neighbouring unit bare
    (`74 cm` for `74 \\text{ m}`), or a unit of another dimension bare (`74 s`)."""
    num, unit = O.split_unit(ctx.gold)
    if unit is None or unit not in O.UNITS or unit in _WORD_UNITS or not isinstance(ctx.value, O.Scalar):
        return
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", (num or "").strip("$ ")) or ctx.value.expr == 0:
        return
    dim = O.UNITS[unit][0]
    n = num.strip("$ ")
    if re.fullmatch(r"[A-Za-z]{1,3}", unit):
        yield Mut("eq_bare_unit", f"{n} {unit}", False, oracle_text=ctx.gold)
        grouped = _grouped(n)
        if grouped != n:  # thousands grouped (`1,250 m`); wrong: grouped at the wrong place, or another value
            yield Mut("eq_bare_unit", f"{grouped} {unit}", False, True, detail="grouped", oracle_text=ctx.gold)
            yield Mut("bare_unit_swap", f"{n[:-2]},{n[-2:]} {unit}", True, True, detail="misgrouped")
            yield Mut("bare_unit_swap", f"{_grouped(fmt(ctx.value.expr + 1))} {unit}", True, True, detail="grouped value")
        sci = _scientific(ctx.value.expr)
        if sci:  # `3 \\times 10^{8} m`; wrong: another exponent, or the unit's neighbour
            a, k = sci
            yield Mut("eq_bare_unit", f"{a} \\times 10^{{{k}}} {unit}", False, True, detail="scientific",
                      oracle_text=ctx.gold)
            yield Mut("bare_unit_swap", f"{a} \\times 10^{{{k + 1}}} {unit}", True, True, detail="scientific exponent")
            for other in _UNIT_GROUPS.get(dim, [])[:1]:
                if other != unit and re.fullmatch(r"[A-Za-z]{1,3}", other):
                    yield Mut("bare_unit_swap", f"{a} \\times 10^{{{k}}} {other}", True, True,
                              detail="scientific, another unit")
    for other in _UNIT_GROUPS.get(dim, []):
        if other != unit and re.fullmatch(r"[A-Za-z]{1,3}", other):
            yield Mut("bare_unit_swap", f"{n} {other}", True, detail=f"{unit}->{other}",
                      oracle_text=_unit_text(ctx.gold, unit, other))
    other = {"length": "s", "mass": "m", "time": "m", "volume": "g", "power": "s"}.get(dim)
    if other:
        yield Mut("bare_unit_swap", f"{n} {other}", True, True, detail="other dimension")


@gen
def angle(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    g = ctx.gold
    m = re.search(r"\^\s*\{?\s*\\circ\s*\}?|°", g)
    if m and not re.search(r"°\s*[CF]|\\circ\s*\}?\s*(\\mathrm\{)?[CF]", g):
        yield Mut("angle_unit", g[:m.start()] + "\\text{ rad}" + g[m.end():], True, detail="deg->rad")
        yield Mut("angle_unit", g[:m.start()] + "'" + g[m.end():], True, detail="deg->arcmin")
        for form in ("^\\circ", "^{\\circ}", "°"):
            if form != m.group().replace(" ", ""):
                yield Mut("eq_degree_form", g[:m.start()] + form + g[m.end():], False)
    for p in re.finditer(r"(?<![A-Za-z\\])([A-Z])'", g):  # B' is the image point, not B
        yield Mut("angle_unit", g[:p.end() - 1] + g[p.end():], True, detail="drop prime")
        break
    if re.fullmatch(r"[A-Z]", g.strip()) and re.search(rf"{g.strip()}'", ctx.question or ""):
        yield Mut("angle_unit", g.strip() + "'", True, True, detail="add prime")
    # a degree sign added to a bare number gold: the same angle only where the question speaks of degrees, or the
    # number is too large to count radians (a sector's central angle 2 is 2 rad; 2° is another angle)
    q = ctx.question or ""
    if ctx.number is not None and _DEC_LIT.match(g.strip()) and ctx.number > 0:
        deg = g.strip() + "^\\circ"
        if q and not re.search(r"(?i)angle|∠|degree|rotat|bearing|°|\\circ", q):
            # (a question that speaks of no angle or degree at all: a length, a count; degrees are another kind)
            yield Mut("angle_unit", deg, True, True, oracle_text=_OFF_FORM, detail="degrees, no angle asked")
        if ctx.number < 6 and not re.search(r"(?i)°|\\circ|degree", q):
            yield Mut("angle_unit", deg, True, True, oracle_text=_OFF_FORM, detail="degrees added, radians possible")
            yield Mut("angle_unit", deg, True, True, oracle_text=_OFF_FORM, question=None,
                      detail="degrees added, no question")
        if ctx.number.is_Integer and 0 < ctx.number < 360:
            # "the number of degrees in angle C" asks an angle; "the number of sides" does not
            spaced = g.strip() + " ^\\circ"  # (another text than `deg`'s)
            yield Mut("eq_degree_form", spaced, False, True, oracle_text=g, detail="number of degrees asked",
                      question="In triangle $ABC$, what is the number of degrees in $\\angle C$?")
            yield Mut("angle_unit", spaced + " ", True, True, oracle_text=_OFF_FORM, detail="number of sides asked",
                      question="What is the number of sides of the polygon?")
        if ctx.number.is_Integer and ctx.number % 180 == 0:
            # a sum of angles is an angle (angles._ANGLE_SUM); a sum of lengths is not
            braced = g.strip() + "^{\\circ}"  # (another text than `deg`'s: the oracle keeps one case per text)
            yield Mut("eq_degree_form", braced, False, True, oracle_text=g, detail="a sum of angles",
                      question="What is the sum of the interior angles of the polygon?")
            yield Mut("angle_unit", braced + " ", True, True, oracle_text=_OFF_FORM, detail="a sum of lengths",
                      question="What is the sum of the side lengths of the polygon?")
        elif re.search(r"(?i)°|\\circ|degree", q) and re.search(r"(?i)\bangle", re.split(r"[.?!]\s+", q.strip())[-1]):
            yield Mut("eq_degree_form", deg, False, True, oracle_text=g, detail="degrees added, degrees in the question")


# ------------------------------------------------------------------ rounding, e-notation, tolerance
_ROUNDING_Q = re.compile(r"round|nearest|decimal place|approximat|estimate|significant", re.I)


_EXACT_Q = re.compile(r"(?i)\bexact(?!ly)|simplest (?:radical )?form|in terms of \$?\\?pi|common fraction|"
                      r"(?:simplified|reduced|improper) fraction|\bas a fraction\b|\bin fraction(?:al)? form")


@gen
def rounding(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    v = ctx.number
    if v is None or v.is_Integer or v.is_zero:
        return
    g = ctx.gold.strip("$ ")
    asks_round = bool(_ROUNDING_Q.search(ctx.question or ""))
    if _DEC_LIT.match(g) and "." in g and len(g.split(".")[1]) >= 2:
        d = Decimal(g)
        places = len(g.split(".")[1]) - 1
        q = Decimal(1).scaleb(-places)
        trunc = d.quantize(q, rounding="ROUND_DOWN")
        near = d.quantize(q, rounding="ROUND_HALF_UP")
        # verigrade's documented "stated" policy: the gold rounded half-up at the answer's own precision (>= 3
        # significant digits) is accepted; a truncation that differs from it, or the other neighbour, never
        sig = len(format(near, "f").replace("-", "").replace(".", "").lstrip("0"))
        if trunc != near:
            yield Mut("truncate", format(trunc, "f"), True)
            if sig >= 3:
                yield Mut("eq_round_stated", format(near, "f"), False, oracle_text=ctx.gold)  # labelled by the policy
        yield Mut("round_near", format(near + (q if near <= d else -q), "f"), True, detail="wrong way")
        return
    fv = float(v)
    if abs(fv) < 1e12:
        lo, hi = int(sp.floor(v)), int(sp.ceiling(v))
        yield Mut("truncate", str(int(fv)), True, detail="to int")
        if not asks_round:
            yield Mut("round_near", str(hi if int(fv) == lo else lo), True, detail="other int")
        # verigrade's documented "stated" policy: an exact gold without a decimal form of its own matches its
        # half-up rounding at the answer's stated precision (>= 3 significant digits); the other neighbour never.
        near = Decimal(str(sp.N(v, 40))).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        if abs(near) >= 1:
            other = near + (Decimal("0.01") if near <= Decimal(str(sp.N(v, 40))) else Decimal("-0.01"))
            yield Mut("round_near", format(other, "f"), True, detail="2 places, wrong way")
            if not _DEC_LIT.match(g) and _EXACT_Q.search(ctx.question or "") and not asks_round:
                # the question asks for the exact value: its rounding is another answer (by construction)
                yield Mut("exact_asked_decimal", format(near, "f"), True, True)
            elif not _DEC_LIT.match(g):
                yield Mut("eq_round_stated", format(near, "f"), False, oracle_text=ctx.gold)  # labelled by the policy


@gen
def e_notation(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    v = ctx.number
    if v is None or not v.is_Integer or v == 0 or abs(v) < 10:
        return
    s = str(abs(int(v)))
    m, k = s.rstrip("0"), len(s) - len(s.rstrip("0"))
    sign = "-" if v < 0 else ""
    if k >= 1 and len(m) == 1:  # 2000 = 2e3: the swapped 3e2 and the off-by-one exponent 2e4
        yield Mut("e_notation", f"{sign}{k}e{m}", True, detail="swap")
        yield Mut("e_notation", f"{sign}{m}e{k + 1}", True, detail="exponent+1")
        yield Mut("eq_sci", f"{sign}{m}\\times 10^{{{k}}}", False)
    yield Mut("e_notation", f"{sign}{s}e1", True, detail="Ge1")


# a lone arbitrary constant added in a formula (`x^2 + C`, `f(x) = c - 2x`): the gold is a family of functions
_FAMILY_CONSTANT = re.compile(r"(?:^|[=+\-]|\s)\s*(?:C|c|K|C_1)\s*(?:$|[+\-])")


@gen
def tolerance(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    # Differences far below any sane tolerance for exact answers: 1e-6 relative, +1 on a huge value, 2x a tiny one.
    g = ctx.gold.strip("$ ")
    v = ctx.number
    if v is not None and v != 0:
        fv = float(v)
        yield Mut("tolerance", f"{fv * (1 + 1e-6):.12g}", True, detail="1e-6 relative")
        if abs(fv) >= 1e6 or "10^" in g:
            yield Mut("tolerance", f"{g}+1", True, detail="+1")
        if abs(fv) < 1e-4:
            yield Mut("tolerance", ("2" if g[0] in "\\" or g[0].isalpha() else "2\\cdot ") + g, True, detail="2x tiny")
    elif isinstance(ctx.value, O.Eq) and not _FAMILY_CONSTANT.search(g):
        # (not where the gold adds an arbitrary constant, `f(x) = c - 2x`: +1 is the same family, antiderivative.py)
        yield Mut("tolerance", f"{g}+1", True, detail="eq+1")
    elif isinstance(ctx.value, O.Seq) and ctx.value.open and "infty" not in g.split(",")[-1]:
        yield Mut("tolerance", g[:-1] + "+1" + g[-1], True, detail="endpoint+1")


# ------------------------------------------------------------------ structure: intervals, tuples, lists
_FLIP = {"(": "[", "[": "(", ")": "]", "]": ")"}
_RANGE_Q = re.compile(r"\brange\b|interval|domain|solution set|set of (all )?(values|x)|values? of \S+ (for which|such)"
                      r"|inequalit", re.I)


# The question asks where a function increases / decreases (not a parameter's range): the ends of such an interval
# are a convention, an end the gold closes may be left open (never the reverse: the function may be undefined there)
_MONO_ASK = re.compile(r"(?i)(?:monoton\w*|increasing|decreasing)\s+intervals?|intervals?\s+(?:of\s+monotonicity|"
                       r"(?:where|on which)\s[^.?]*?(?:increasing|decreasing))")


_POINT_Q = re.compile(r"(?i)\b(?:coordinates?|points?|vertex|vertices|cent(?:er|re)|centroid|ordered\s+pairs?|pairs?|"
                      r"focus|foci|midpoint|intersect\w*|location|system|solutions?\s+\$?\(|find\s+\$?[a-z]\$?\s+and\s+\$?[a-z])\b")


def _monotone_asked(q: str | None) -> bool:
    return bool(q) and bool(_MONO_ASK.search(q)) and not re.search(r"(?i)range|values? of|parameter|maximum|minimum", q)


def _bracket_flip(text: str, opens_closed_end: bool, detail: str, gold: str) -> Mut:
    if opens_closed_end:
        # (the oracle knows no convention: it is shown the gold's ends, which is what this rewrite changes)
        return Mut("eq_monotonic_open", text, False, True, detail=detail, oracle_text=gold)
    return Mut("interval_bracket", text, True, detail=detail)


@gen
def structure(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    v, g = ctx.value, re.sub(r"\\(left|right)(?![a-z])", "", ctx.gold.strip("$ ")).strip()
    if g[:1] not in _FLIP and g[:2] != "\\{" and isinstance(v, O.Seq) and v.open:
        return
    mono = _monotone_asked(ctx.question)
    if isinstance(v, O.Seq) and v.open and len(v.items) == 2:
        items = O._split_top(g[1:-1], ",")
        if "infty" not in items[0]:
            yield _bracket_flip(_FLIP[g[0]] + g[1:], mono and g[0] == "[", "left", g)
        if "infty" not in items[1]:
            yield _bracket_flip(g[:-1] + _FLIP[g[-1]], mono and g[-1] == "]", "right", g)
        if _RANGE_Q.search(ctx.question or "") and g[0] in "([" and g[-1] in ")]" and "(" not in g[1:-1]:
            # French brackets (normalize._FRENCH_INTERVAL): `]a, b[` is (a, b), `[a, b[` is [a, b); wrong: the
            # French form of the interval with an end flipped
            fr = lambda lo, hi: ("]" if lo == "(" else "[") + g[1:-1] + ("[" if hi == ")" else "]")
            yield Mut("eq_french_interval", fr(g[0], g[-1]), False, True, oracle_text=ctx.gold)
            if "infty" not in items[0]:
                yield _bracket_flip(fr(_FLIP[g[0]], g[-1]), mono and g[0] == "[", "French, left flipped", g)
            if "infty" not in items[1]:
                yield _bracket_flip(fr(g[0], _FLIP[g[-1]]), mono and g[-1] == "]", "French, right flipped", g)
        if mono and g[0] == "[" and "infty" not in items[0]:
            # opened, and its other end moved: still wrong under the convention
            yield Mut("monotonic_open_wrong", "(" + items[0] + ", " + items[1].strip() + " + 1" + g[-1], True, True)
        if g[0] == "(" and g[-1] == ")" and items[0].strip() != items[1].strip() and "(" not in g[1:]:
            # a set has no order and a tuple (or interval) is more than its elements: never the same answer
            yield Mut("tuple_to_set", "\\{" + ", ".join(x.strip() for x in items) + "\\}", True, True)
        if g[0] == "(" and g[-1] == ")" and _RANGE_Q.search(ctx.question or ""):
            # the question asks for a range: `2, 3` and {2, 3} name two points, not the interval
            yield Mut("tuple_to_list", f"{items[0].strip()}, {items[1].strip()}", True, True)
            yield Mut("tuple_to_list", f"\\{{{items[0].strip()}, {items[1].strip()}\\}}", True, True)
    if isinstance(v, O.Union):
        parts = O._split_top(g, "\\cup")
        k = rng.randrange(len(parts))
        p = parts[k].strip()
        if "infty" not in p.split(",")[-1]:
            parts[k] = " " + p[:-1] + _FLIP[p[-1]] + " "
            yield _bracket_flip("\\cup".join(parts).strip(), mono and p[-1] == "]", "union part", g)
    if isinstance(v, O.Seq) and v.open and len(v.items) >= 2:
        items = O._split_top(g[1:-1], ",")
        if items[0].strip() != items[1].strip():
            sw = [items[1], items[0]] + items[2:]
            yield Mut("tuple_swap", g[0] + ",".join(sw) + g[-1], True)
        if g[0] == "(" and g[-1] == ")":
            yield Mut("eq_left_right", "\\left(" + g[1:-1] + "\\right)", False)
    if isinstance(v, O.Seq) and not v.open and len(v.items) >= 2 and all(
            isinstance(t, O.Seq) and t.open == "(" and len(t.items) >= 2 for t in v.items):
        # a list of solution tuples is a set: one repeated (spaced otherwise) adds nothing; a repeat standing in
        # for another solution loses that one
        tups = [x.strip() for x in O._split_top(g, ",") if x.strip()]
        if len(tups) == len(v.items) and len(set(tups)) == len(tups):
            k = rng.randrange(len(tups))
            again = tups[k].replace(",", ", ") if ", " not in tups[k] else tups[k].replace(", ", ",")
            # (the oracle reads a bare list as a multiset: it is shown the list without the repeat)
            yield Mut("eq_repeated_tuple", ", ".join(tups + [again]), False, True, oracle_text=", ".join(tups))
            j = (k + 1) % len(tups)
            yield Mut("repeated_tuple_wrong", ", ".join(again if i == j else t for i, t in enumerate(tups)), True,
                      True, detail="a repeat for another solution")
    if isinstance(v, (O.Seq, O.SetV)) and len(v.items) >= 2:
        bracketed = isinstance(v, O.SetV) or bool(v.open)
        inner = g[2:-2] if isinstance(v, O.SetV) else (g[1:-1] if bracketed else g)
        lo, hi = ("\\{", "\\}") if isinstance(v, O.SetV) else ((g[0], g[-1]) if bracketed else ("", ""))
        items = [x.strip() for x in O._split_top(inner, ",")]
        k = rng.randrange(len(items))
        yield Mut("list_drop", lo + ", ".join(items[:k] + items[k + 1:]) + hi, True)
        nums = [it.expr for it in v.items if isinstance(it, O.Scalar) and it.expr.is_Rational]
        extra = fmt(max(nums) + 1) if nums else "0"
        yield Mut("list_add", lo + ", ".join(items + [extra]) + hi, True)
        if isinstance(v, O.SetV) or (not bracketed and re.search(r"\ball\b", ctx.question or "", re.I)):
            yield Mut("eq_set_reorder" if isinstance(v, O.SetV) else "eq_list_reorder",
                      lo + ", ".join(items[::-1]) + hi, False)
        if not bracketed and len(items) == 2 and all(re.fullmatch(r"\d+", x) for x in items):
            yield Mut("decimal_comma", f"{items[0]}.{items[1]}", True)  # gold `5,1` is a list; 5.1 a number


# ------------------------------------------------------------------ labels, variables, equations
_SYM = re.compile(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])")
_LABEL_OTHER = {"x": "y", "y": "x", "a": "b", "b": "a", "m": "n", "n": "m", "k": "m", "f": "g"}
_TEXT_LABEL_SWAP = {"Maximum": "Minimum", "Minimum": "Maximum", "max": "min", "min": "max", "Max": "Min",
                    "Min": "Max", "maximum": "minimum", "minimum": "maximum", "Largest": "Smallest"}
_NAMES = ["Anna", "Paolo", "Bob", "Alice", "Carol", "David"]
# the asked variable must be typeset ($x$): "what is a ..." is an article, not a variable
_ASKS_VAR = re.compile(r"(?:find|value of|solve for|determine|what is)\s+(?:the\s+value\s+of\s+)?\$\s*([a-z])\s*\$"
                       r"(?=[\s.,?])", re.I)


@gen
def blank_asked(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A fill-in question (`... then $k=$ \\_\\_\\_\\_\\_\\_.`, cn_k12's style) asks for the letter before its blank:
    `k = 3` answers it (labels.asks_for); another letter of the question, `m = 3`, does not (wrong by construction:
    it names another quantity)."""
    v = ctx.number
    g = ctx.gold.strip("$ ")
    if v is None or "=" in g or "," in g:
        return
    k, m = rng.choice([("k", "m"), ("x", "y"), ("a", "b"), ("m", "n")])
    # (one blank form per gold: the harness keeps one case per answer text)
    blank = rng.choice(["$" + k + "=$ \\_\\_\\_\\_\\_\\_.", "$" + k + "=\\_\\_\\_\\_\\_\\_$.", "$" + k + "=$ ______."])
    q = f"Given that the line $y = {k}x + {m}$ passes through the point $P$ and $2{m} = 3$, then {blank}"
    yield Mut("eq_label", f"{k} = {g}", False, True, oracle_text=ctx.gold, question=q, detail="fill-in blank")
    yield Mut("label_swap", f"{m} = {g}", True, True, question=q, detail="fill-in blank, another letter")


@gen
def general_term(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in n answering "Write a general term formula for the sequence ..." labelled `a_n =` (the general term's
    textbook name, symbols.names_general_term): equivalent. Wrong by construction: the value shifted, and the term
    at another index named (`a_{n+1} =`: the next term, another sequence in n)."""
    e, g = ctx.scalar, ctx.gold.strip("$ ")
    if e is None or {str(x) for x in e.free_symbols} != {"n"} or "=" in g or "," in g:
        return
    q = "Write a general term formula for the sequence whose first terms are given."
    yield Mut("eq_label", f"a_n = {g}", False, True, oracle_text=ctx.gold, question=q, detail="general term")
    yield Mut("label_add", f"a_n = {g} + 1", True, True, question=q, detail="general term shifted")
    yield Mut("label_add", f"a_{{n+1}} = {g}", True, True, question=q, detail="general term, next index")


@gen
def comparison_pick(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """"Which is larger, $A$ or $B$?" answered "A is larger" (engine._picked): the value named with the question's
    own comparative is the answer. Wrong by construction: the other value picked, the other comparative, a negation."""
    v, g = ctx.number, ctx.gold.strip("$ ")
    if v is None or not v.is_Rational or "=" in g or "," in g or " " in g:
        return
    w = fmt(v + rng.choice([1, 2, 5]))
    q = f"Which is larger, ${g}$ or ${w}$? (Compare the two values.)"
    yield Mut("eq_comparison_pick", f"{g} \\text{{ is larger}}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("comparison_pick_wrong", f"{w} \\text{{ is larger}}", True, True, oracle_text=w, question=q,
              detail="the other value")
    yield Mut("comparison_pick_wrong", f"{g} is smaller", True, True, question=q, detail="the other comparative")
    yield Mut("comparison_pick_wrong", f"{g} \\text{{ is not larger}}", True, True, question=q, detail="negated")


_TEXT_GOLD = re.compile(r"^(?:\\text\{)?\s*([A-Za-z][A-Za-z ]{4,40}[a-z])\s*\}?$")


@gen
def text_restated(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A text gold of two words or more (`\\text{does not exist}`) inside a sentence whose other words restate the
    question's subject ("The limit does not exist.", text._phrase_restated): equivalent. Wrong by construction: the
    same with a negation added, with another subject the question never names, or with a word of the gold dropped."""
    m = _TEXT_GOLD.match(ctx.gold.strip("$ "))
    if not m or len(m[1].split()) < 2 or m[1].count("}") or "{" in ctx.gold.strip("$ ")[6:]:
        return
    # (asked with a question that names a subject: "Determine the outcome ...")
    q = "Determine the outcome described above."
    phrase, subject = m[1], "outcome"
    yield Mut("eq_text_restated", f"\\text{{The {subject} {phrase.lower()}.}}", False, True, oracle_text=ctx.gold,
              question=q)
    yield Mut("text_antonym", f"\\text{{The {subject} not {phrase.lower()}.}}", True, True, detail="negation added",
              question=q)
    yield Mut("text_antonym", f"\\text{{The banana {phrase.lower()}.}}", True, True, detail="another subject",
              question=q)
    ws = phrase.split()
    k = next((i for i, w in enumerate(ws) if len(w) >= 3 and w.lower() not in (
        "the", "are", "and", "its", "has", "there", "this", "that", "will", "answer", "final")), None)
    if k is not None:  # (a content word: `the` carries nothing)
        yield Mut("text_antonym", f"\\text{{The {subject} {' '.join(ws[:k] + ws[k + 1:]).lower()}.}}", True, True,
                  detail="a word of the gold dropped", question=q)


@gen
def function_letter_factor(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in a letter that may name a function (p, q, h, g, P, Q) factored by that letter: `p\\left(\\frac{G}{p}\\right)`
    is p times G/p (the letter stands in its own argument: no call, parser._looks_like_call), the gold: equivalent.
    Wrong by construction: the same with + 1 inside (G + p)."""
    e, g = ctx.scalar, ctx.gold.strip("$ ")
    if e is None or "=" in g or "," in g:
        return
    letters = {str(x) for x in e.free_symbols} & {"p", "q", "h", "g", "P", "Q"}
    if len(letters) != 1 or len(e.free_symbols) > 2:
        return
    x = letters.pop()
    yield Mut("eq_factorised", f"{x}\\left(\\frac{{{g}}}{{{x}}}\\right)", False, True, oracle_text=ctx.gold,
              detail="function letter as a factor")
    yield Mut("factorised_wrong", f"{x}\\left(\\frac{{{g}}}{{{x}}} + 1\\right)", True, True,
              detail="function letter as a factor, + 1")


@gen
def pm_inside(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """Two integer values `u, v` as one ± inside a fraction, `\\frac{(u+v) \\pm (u-v)}{2}` (multi.items: the two values,
    one per sign): equivalent. Wrong by construction: the ± term off by 2 (u + 1 and v - 1), and one value alone."""
    m = re.fullmatch(r"\s*(-?\d{1,6})\s*,\s*(-?\d{1,6})\s*", ctx.gold.strip("$ "))
    if not m or m[1] == m[2]:
        return
    u, v = int(m[1]), int(m[2])
    yield Mut("eq_pm_pair", f"\\frac{{{u + v} \\pm {abs(u - v)}}}{{2}}", False, True, oracle_text=ctx.gold,
              detail="± inside a fraction")
    yield Mut("pm_pair_wrong", f"\\frac{{{u + v} \\pm {abs(u - v) + 2}}}{{2}}", True, True,
              detail="± inside a fraction, off by 2")
    yield Mut("pm_pair_wrong", f"\\frac{{{u + v} + {abs(u - v)}}}{{2}}", True, True, detail="one value alone")


@gen
def factorial_products(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold n as a multinomial-style quotient with factorials side by side (`\\frac{12n}{2!\\,3!}`, the
    parser's product of juxtaposed factorials): equivalent. Wrong by construction: one more factorial below (half of
    it), and a factorial sign dropped (`2!3`: 2n)."""
    v = ctx.number
    if v is None or not v.is_Integer or not 0 < abs(v) < 10**9:
        return
    n = int(v)
    yield Mut("eq_factorial", f"\\frac{{{12 * n}}}{{2!\\,3!}}", False, True, oracle_text=str(n))
    yield Mut("factorial_wrong", f"\\frac{{{12 * n}}}{{2!\\,3!\\,2!}}", True, True, detail="one more below")
    yield Mut("factorial_wrong", f"\\frac{{{12 * n}}}{{2!3}}", True, True, detail="a factorial sign dropped")


_VECTOR_GOLD = re.compile(r"^(?:\(|\\langle\s*)\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?(?:\)|\\rangle)$")


@gen
def unit_vector_form(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A vector gold of integers (`(1, -2, 3)`, `\\langle 1, -2 \\rangle`) in unit vectors (`\\mathbf{i} - 2\\mathbf{j} +
    3\\mathbf{k}`, hats too; notation.unit_vectors): equivalent. Wrong by
    construction: two different coefficients swapped, one coefficient's sign flipped. Asked as a vector."""
    m = _VECTOR_GOLD.match(ctx.gold.strip("$ ").replace("\\left", "").replace("\\right", ""))
    if not m:
        return
    q = "Find the vector $\\vec{v}$ described above."  # (asked as a vector, whatever the gold's own question)
    cs = [int(x) for x in m.groups() if x is not None]
    unit = rng.choice(["\\mathbf{{{}}}", "\\hat{{{}}}"])

    def form(vals: list[int]) -> str:
        out = ""
        for c, u in zip(vals, "ijk"):
            if c == 0:
                continue
            term = ("" if abs(c) == 1 else str(abs(c))) + unit.format(u)
            out += (" - " if c < 0 else (" + " if out else "")) + term if out or c < 0 else term
        return out.strip() or "0"

    if all(c == 0 for c in cs) or cs[-1] == 0:
        return  # (a last zero coefficient leaves the length unwritten)
    yield Mut("eq_unit_vector", form(cs), False, True, oracle_text=ctx.gold, question=q)
    i, j = 0, len(cs) - 1
    if cs[i] != cs[j]:
        sw = cs[:]
        sw[i], sw[j] = sw[j], sw[i]
        yield Mut("unit_vector_wrong", form(sw), True, True, detail="coefficients swapped", question=q)
    k = next(n for n, c in enumerate(cs) if c)
    yield Mut("unit_vector_wrong", form(cs[:k] + [-cs[k]] + cs[k + 1:]), True, True, detail="a sign flipped",
              question=q)


_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})\s*(?:\\text\s*\{\s*)?([AP])\.?M\.?(?:\s*\})?$", re.I)


@gen
def clock_times(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A time of day with AM / PM (`6:25 PM`): the other spellings (`6:25 p.m.`, `6:25 \\text{ pm}`) and the 24-hour
    form are the same time (rules/clock.py); the other half of the day, a minute off, and the bare 12-hour time (morning
    or evening: unsure) are not."""
    m = _CLOCK.match(ctx.gold.strip("$ "))
    if not m:
        return
    h, mi, half = int(m[1]), m[2], m[3].lower()
    if not 1 <= h <= 12:
        return
    h24 = h % 12 + (12 if half == "p" else 0)
    other = "am" if half == "p" else "pm"
    yield Mut("eq_clock", f"{h}:{mi} {half}.m.", False, True, oracle_text=ctx.gold)
    if h24 >= 13 or h24 < 10:  # (`10:45` alone may be morning or evening; `09:45` and `22:45` are 24-hour times)
        yield Mut("eq_clock", f"{h24:02d}:{mi}", False, True, oracle_text=ctx.gold, detail="24-hour")
    yield Mut("clock_wrong", f"{h}:{mi} {other}", True, True, detail="the other half of the day")
    yield Mut("clock_wrong", f"{h}:{int(mi) + 1 if mi != '59' else 58:02d} {half}m", True, True, detail="a minute off")
    yield Mut("clock_wrong", f"{h}:{mi}", True, True, detail="bare 12-hour time")
    if h24 != h:
        yield Mut("clock_wrong", f"{(h24 + 12) % 24:02d}:{mi}", True, True, detail="24-hour, other half")


_PLUS_C = re.compile(r"^(?P<body>.+?)\s*\+\s*C$")


@gen
def antiderivative_family(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An antiderivative gold `F(x) + C`: `F(x) + 7 + C` is the same family (antiderivative.py); `F(x) + x + C` and
    `2F(x) + C` are other families (wrong by construction: their difference is no constant, F being no linear
    function of x alone, checked by the oracle reading of F)."""
    m = _PLUS_C.match(ctx.gold.strip("$ "))
    if not m or "=" in m["body"] or "," in m["body"]:
        return
    body = m["body"]
    yield Mut("eq_antiderivative", f"{body} + 7 + C", False, True, oracle_text=ctx.gold)
    yield Mut("eq_antiderivative", f"{body} - \\frac{{1}}{{2}} + C", False, True, oracle_text=ctx.gold)
    if re.search(r"(?<![A-Za-z\\])x(?![A-Za-z])", body):
        yield Mut("antiderivative_wrong", f"{body} + x^2 + C", True, True, detail="plus x^2")
        yield Mut("antiderivative_wrong", f"2\\left({body}\\right) + C", True, True, detail="doubled")


_INDEXED = re.compile(r"^([A-Za-z])_\{?([a-z])\}?\s*=\s*(.+)$")


@gen
def index_renamed(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A general term `a_n = 2n - 1` written with another index letter throughout (`a_k = 2k - 1`, compare's
    _index_renamed): equivalent. Wrong by construction: the label's index renamed but not the formula's (`a_k = 2n -
    1`, a constant sequence in k), the formula's but not the label's, and the renamed term with its value shifted."""
    m = _INDEXED.match(ctx.gold.strip("$ "))
    if not m or not re.search(rf"(?<![A-Za-z\\]){m[2]}(?![A-Za-z])", m[3]) or "=" in m[3] or "," in m[3]:
        return
    new = next(c for c in "kmjtpq" if c != m[2] and c not in m[3])
    body = re.sub(rf"(?<![A-Za-z\\]){m[2]}(?![A-Za-z])", new, m[3])
    yield Mut("eq_index_renamed", f"{m[1]}_{{{new}}} = {body}", False, True, oracle_text=ctx.gold)
    yield Mut("index_renamed_wrong", f"{m[1]}_{{{new}}} = {m[3]}", True, True, detail="label only")
    yield Mut("index_renamed_wrong", f"{m[1]}_{{{m[2]}}} = {body}", True, True, detail="formula only")
    yield Mut("index_renamed_wrong", f"{m[1]}_{{{new}}} = {body} + 1", True, True, detail="value shifted")


@gen
def labels(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    g = ctx.gold.strip("$ ")
    m = re.match(r"^([A-Za-z])(\s*=)", g)
    if m and isinstance(ctx.value, O.Eq):  # `x = 3` -> `y = 3`: the oracle reads labels as part of the answer
        # (not `f(x) = 2x` -> `g(x) = 2x`: renaming the function is the same answer)
        other = _LABEL_OTHER.get(m.group(1), "z" if m.group(1) != "z" else "w")
        yield Mut("label_swap", other + g[1:], True)
    t = re.match(r"^\\text\{\s*([A-Za-z]+)\s*\}(\s*[:=])", g)
    if t:  # \text{Maximum} = 2 -> \text{Minimum} = 2; \text{Paolo}: 18 -> \text{Anna}: 18 (names the other one)
        w = t.group(1)
        new = _TEXT_LABEL_SWAP.get(w) or (rng.choice([n for n in _NAMES if n != w]) if w[0].isupper() else None)
        if new:
            yield Mut("label_swap", g.replace(w, new, 1), True, True)
    q = ctx.question or ""
    if ctx.scalar is not None and "=" not in g:
        # a bare gold, and the question names the quantity: a label naming a different one is wrong
        if re.search(r"vertical asymptote", q, re.I):
            yield Mut("label_add", f"y = {g}", True, True, detail="asymptote")
        elif re.search(r"horizontal asymptote", q, re.I):
            yield Mut("label_add", f"x = {g}", True, True, detail="asymptote")
        elif (a := _ASKS_VAR.search(q)) and not ctx.scalar.free_symbols:
            var = a.group(1)
            other = _LABEL_OTHER.get(var, 'z' if var != 'z' else 'w')
            # when the question uses the other letter too it may be the one asked: then no label is wrong for sure
            if not re.search(rf"(?<![A-Za-z\\]){other}(?![A-Za-z])", q):
                yield Mut("label_add", f"{other} = {g}", True, True, detail="other variable")
                yield Mut("label_add", f"{g} = {other}", True, True, detail="other variable, value first")
            yield Mut("eq_label", f"{var} = {g}", False, True, detail="asked variable")  # names the asked one
            yield Mut("eq_label", f"{g} = {var}", False, True, detail="asked variable, value first")
            if ctx.scalar != 0:  # `|x| = 3` says x = ±3: a condition, not the value of x
                yield Mut("label_add", f"|{var}| = {g}", True, True, detail="absolute value of the asked variable")
    if m and isinstance(ctx.value, O.Eq) and (a := _ASKS_VAR.search(q)) and a.group(1) == m.group(1):
        rhs = g.split("=", 1)[1].strip()
        if "=" not in rhs:
            yield Mut("eq_label", rhs, False, True, detail="drop asked label")


@gen
def variables(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    e = ctx.value
    syms = set()
    if isinstance(e, O.Scalar):
        syms = e.expr.free_symbols
    elif isinstance(e, O.Eq):
        syms = e.lhs.expr.free_symbols | e.rhs.expr.free_symbols
    names = sorted(str(s) for s in syms if len(str(s)) == 1)
    if re.search(r"integral|antiderivative|\\int", ctx.question or "", re.I) or re.search(r"\+\s*C\s*$", ctx.gold):
        names = [n for n in names if n != "C"]  # the constant of integration may be called anything
    if not names:
        return
    used = set(_SYM.findall(ctx.gold + " " + (ctx.question or "")))
    fresh = [c for c in "kqrtuvwcpbz" if c not in used]
    if not fresh:
        return
    old, new = rng.choice(names), fresh[0]  # y^2=4x -> y^2=4k: a letter the question never defines
    masked = _PROTECTED.sub(lambda m: "#" * len(m.group()), ctx.gold)
    spots = [m.start() for m in _SYM.finditer(masked) if m.group(1) == old]
    if spots:
        i = rng.choice(spots)
        fn = re.match(r"\s*\$?\s*[A-Za-z]'*\s*\(\s*([A-Za-z])\s*\)\s*=(.*)", ctx.gold)
        if fn and fn.group(1) == old and i < ctx.gold.index("=") and old not in _SYM.findall(fn.group(2)):
            return  # f(x) = 0 (or f'(x) = -3) -> f(k) = 0 renames a constant function's bound variable: the same
        yield Mut("var_swap", ctx.gold[:i] + new + ctx.gold[i + 1:], True)


@gen
def equations(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    g = ctx.gold.strip("$ ")
    c = re.fullmatch(r"x\^2\s*\+\s*y\^2\s*=\s*(\d+)", g)
    if c:  # the upper half of a circle is not the circle
        yield Mut("equation", f"y=\\sqrt{{{c.group(1)}-x^2}}", True)
    if isinstance(ctx.value, O.Eq):
        lhs, rhs = g.split("=", 1)
        yield Mut("equation", f"{lhs.strip()} = 2({rhs.strip()})", True, detail="2x rhs")
    a = re.search(r"\|([^|]+)\|", g)
    if a and ctx.value is not None:
        inner = a.group(1)
        yield Mut("abs_value", g[:a.start()] + inner + g[a.end():], True, detail="drop bars")
        d = re.fullmatch(r"\s*([a-z])\s*-\s*(\d+)\s*", inner)
        if d:
            yield Mut("abs_value", g[:a.start()] + f"{d.group(2)}-{d.group(1)}" + g[a.end():], True, detail="b-a")


@gen
def chains(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """Worked chains (`x = 5+5+1 = 11`): the engine reads a chain as its last value only when every step holds.
    Wrong: a chain whose last value is wrong though it starts at the gold, one that reaches the gold through a
    false step (`7 = 11`: it asserts a falsehood, so it can hedge), an approximation that contradicts the value."""
    v = ctx.number
    if v is None or not v.is_Rational or abs(v) > 10**6:
        return
    g = ctx.gold.strip("$ ")
    if "=" in g or "," in g:
        return
    w = v + rng.choice([1, 2, 7])
    lhs = f"{fmt(v - 3)} + 3"  # a true step to the gold
    yield Mut("chain_wrong_end", f"{g} = {fmt(w)}", True, oracle_text=fmt(w))
    yield Mut("chain_wrong_end", f"{lhs} = {g} = {fmt(w)}", True, True, detail="false last step")
    yield Mut("chain_false_step", f"{fmt(w)} = {g}", True, True, detail="false step to the gold")
    yield Mut("chain_false_step", f"x = {fmt(w)} = {g}", True, True, detail="labelled")
    yield Mut("chain_false_step", f"{g} \\approx {fmt(v * 10 + 3)}", True, True, detail="contradicting approximation")
    yield Mut("chain_wrong_end", f"{fmt(w - 3)} + 3 = {fmt(w)}", True, oracle_text=fmt(w), detail="true chain, wrong value")
    yield Mut("eq_chain", f"{lhs} = {g}", False, oracle_text=g)
    # a named chain that opens with its formula in letters, then numbers (alternatives._chain_value): the numbers' steps
    # must hold and the last is the value
    asked = _ASKS_VAR.search(ctx.question or "")
    if asked and asked.group(1) not in "uv":
        x = asked.group(1)
        yield Mut("eq_chain", f"{x} = u + v = {lhs} = {g}", False, True, oracle_text=g, detail="formula first")
        yield Mut("chain_wrong_end", f"{x} = u + v = {fmt(w - 3)} + 3 = {fmt(w)}", True, True, detail="formula first")
        yield Mut("chain_false_step", f"{x} = u + v = {fmt(w)} = {g}", True, True, detail="formula first")
        yield Mut("chain_wrong_end", f"{x} = u + v = {g} = {fmt(w)}", True, True,
                  detail="formula first, false last step")
        yield Mut("chain_false_step", f"{x} = {g} = u + v = {fmt(w)}", True, True, detail="letters between numbers")
    if not v.is_Integer:
        f = Fraction(int(v.p), int(v.q))
        yield Mut("eq_chain", f"{g} \\approx {float(f):.2f}", False, True, detail="courtesy approximation")


@gen
def inequalities(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An interval gold rewritten as a linear inequality in x (the engine solves one linear term). Equivalent:
    both sides scaled and shifted (`3 < 2x + 1 \\le 7` for `(1, 3]`), or negated with the relations flipped
    (`-1 > -x \\ge -3`). Wrong by construction: the flip forgotten (`-1 < -x \\le -3`), the shift forgotten
    (`3 < 2x \\le 7` is `(3/2, 7/2]`), a one-sided bound scaled on one side only (`3x > 2` for `x > 2`)."""
    v, g = ctx.value, ctx.gold.strip("$ ")
    if not (isinstance(v, O.Seq) and v.open in "([" and v.close in ")]" and len(v.items) == 2 and g[:1] in "(["):
        return
    q = ctx.question or ""
    if (v.open, v.close) == ("(", ")") and (_POINT_Q.search(q) or re.search(r"\(\s*[a-z]\s*,\s*[a-z]\s*\)", q)) and \
            not re.search(r"(?i)\b(?:range|interval|domain|values?\s+of|solution\s+set|inequalit\w*|set\s+of|increas\w*|"
                          r"decreas\w*|monoton\w*)\b", q):
        return  # `(-1, 6)` for "the midpoint of ...": a point, never the interval -1 < x < 6
    ends = []
    for it in v.items:
        e = it.expr if isinstance(it, O.Scalar) and it.unit is None else None
        if e is None or not (e.is_Rational or e in (sp.oo, -sp.oo)):
            return
        ends.append(e)
    lo, hi = ends
    lo_op = "\\le" if v.open == "[" else "<"
    hi_op = "\\le" if v.close == "]" else "<"
    flip = {"<": ">", "\\le": "\\ge"}
    if lo.is_Rational and hi.is_Rational and lo < hi:
        a, b = fmt(2 * lo + 1), fmt(2 * hi + 1)
        yield Mut("eq_inequality", f"{a} {lo_op} 2x + 1 {hi_op} {b}", False, True, detail="scaled and shifted")
        yield Mut("eq_inequality", f"{fmt(-lo)} {flip[lo_op]} -x {flip[hi_op]} {fmt(-hi)}", False, True, detail="negated")
        yield Mut("ineq_no_flip", f"{fmt(-lo)} {lo_op} -x {hi_op} {fmt(-hi)}", True, True)
        yield Mut("ineq_no_shift", f"{a} {lo_op} 2x {hi_op} {b}", True, True)
        # the two bounds as one condition joined by "and" (an intersection); wrong: a bound's openness swapped,
        # or two variables, or the bounds joined by "or" (a union: every real here)
        both = f"x {flip[lo_op]} {fmt(lo)} \\text{{ and }} x {hi_op} {fmt(hi)}"
        yield Mut("eq_inequality", both, False, True, detail="conjunction")
        other = {"<": "\\le", "\\le": "<"}[hi_op]
        yield Mut("ineq_conjunction_wrong", f"x {flip[lo_op]} {fmt(lo)} \\text{{ and }} x {other} {fmt(hi)}", True, True,
                  detail="openness")
        yield Mut("ineq_conjunction_wrong", f"x {flip[lo_op]} {fmt(lo)} \\text{{ and }} y {hi_op} {fmt(hi)}", True, True,
                  detail="two variables")
        yield Mut("ineq_conjunction_wrong", f"x {flip[lo_op]} {fmt(lo)} \\text{{ or }} x {hi_op} {fmt(hi)}", True, True,
                  detail="or")
        # a point removed (`x \\neq m`, inside the interval) is another set; in set-builder form, commas are "and"
        mid = fmt((lo + hi) / 2)
        yield Mut("ineq_conjunction_wrong", f"{both} \\text{{ and }} x \\neq {mid}", True, True, detail="a point removed")
        yield Mut("ineq_conjunction_wrong", f"\\{{x \\mid {fmt(lo)} {lo_op} x {hi_op} {fmt(hi)},\\ x \\neq {mid}\\}}", True,
                  True, detail="a point removed, set-builder")
        yield Mut("eq_inequality", f"\\{{x \\mid {fmt(lo)} {lo_op} x,\\ x {hi_op} {fmt(hi)}\\}}", False, True,
                  detail="set-builder, comma")
        yield Mut("eq_inequality", f"{both} \\text{{ and }} x \\neq {fmt(hi + 1)}", False, True,
                  detail="a point outside removed")
    elif lo.is_Rational and hi == sp.oo:
        op = ">" if lo_op == "<" else "\\ge"
        flip_ge = "\\le"
        yield Mut("eq_inequality", f"-x {'<' if op == '>' else flip_ge} {fmt(-lo)}", False, True, detail="negated")
        yield Mut("ineq_no_flip", f"-x {op} {fmt(-lo)}", True, True)
        if lo != 0:
            yield Mut("ineq_no_shift", f"3x {op} {fmt(lo)}", True, True, detail="one side scaled")
    elif hi.is_Rational and lo == -sp.oo:
        yield Mut("eq_inequality", f"-x {flip[hi_op]} {fmt(-hi)}", False, True, detail="negated")
        yield Mut("ineq_no_flip", f"-x {hi_op} {fmt(-hi)}", True, True)
        if hi != 0:
            yield Mut("ineq_no_shift", f"3x {hi_op} {fmt(hi)}", True, True, detail="one side scaled")


@gen
def or_bounds(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A union of two rays `(-\\infty, a) \\cup [b, \\infty)` stated as bounds on x joined by "or" in a closing
    sentence ("So $x<a$ or $x \\ge b$.", by construction): equivalent. Wrong: an endpoint's openness swapped, an
    endpoint moved, the bounds joined by "and" (their intersection), on two letters, or the rays turned around."""
    v = ctx.value
    if not (isinstance(v, O.Union) and len(v.parts) == 2):
        return
    (p, r) = v.parts
    ends = [[it.expr if isinstance(it, O.Scalar) and it.unit is None else None for it in x.items] for x in (p, r)]
    if any(len(e) != 2 or None in e for e in ends):
        return
    (lo1, a), (b, hi2) = ends
    if lo1 != -sp.oo or hi2 != sp.oo or not (a.is_Rational and b.is_Rational and a <= b):
        return
    lo = "<" if p.close == ")" else "\\le"
    hi = ">" if r.open == "(" else "\\ge"
    other = {"<": "\\le", "\\le": "<", ">": "\\ge", "\\ge": ">"}
    say = lambda l, x, h, y, j="or", s="x", t="x": f"So ${s} {l} {fmt(x)}$ {j} ${t} {h} {fmt(y)}$."  # noqa: E731
    yield Mut("eq_or_bounds", say(lo, a, hi, b), False, True, oracle_text=ctx.gold)
    yield Mut("eq_or_bounds", f"Solving, we need $x^2 > 0$, so ${'x'} {lo} {fmt(a)}$ or $x {hi} {fmt(b)}$.", False, True,
              detail="late cue", oracle_text=ctx.gold)
    yield Mut("or_bounds_wrong", say(other[lo], a, hi, b), True, True, detail="openness")
    yield Mut("or_bounds_wrong", say(lo, a + 1, hi, b + 1), True, True, detail="endpoints moved")
    yield Mut("or_bounds_wrong", say(lo, a, hi, b, "and"), True, True, detail="and")
    yield Mut("or_bounds_wrong", say(lo, a, hi, b, s="x", t="y"), True, True, detail="two letters")
    if a < b:  # (turned around, rays that meet at one point still cover the same set)
        yield Mut("or_bounds_wrong", say(hi, a, lo, b), True, True, detail="rays turned")
    yield Mut("or_bounds_wrong", say(lo, a, hi, b).replace("So", "Maybe"), True, True, detail="hedged")


@gen
def implied(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A worked answer whose steps imply the next (`2x = 2g \\Rightarrow x = g`) commits to its last step
    (engine._implied), by construction: equivalent when that step is the gold; wrong when it is another value, when
    the gold is only a step on the way, or when the arrow points back (`\\Leftarrow`: not read)."""
    v, g = ctx.number, ctx.gold.strip("$ ")
    if v is None or not v.is_Rational or not re.fullmatch(r"-?\d+(?:\.\d+)?", g):
        return
    w = fmt(v + 1)
    yield Mut("eq_implied", f"2t = {fmt(2 * v)} \\Rightarrow t = {g}", False, True, oracle_text=ctx.gold)
    yield Mut("implied_wrong", f"{fmt(2 * v)} \\div 2 \\implies {g}", True, True, detail="steps no relations",
              oracle_text=_OFF_FORM)  # (an arrow between values: not read, whatever they are)
    yield Mut("implied_wrong", f"2t = {fmt(2 * v)} \\Rightarrow t = {w}", True, True, detail="another last step")
    yield Mut("implied_wrong", f"t = {g} \\Rightarrow t + 1 = {w}", True, True, detail="the gold a step")
    yield Mut("implied_wrong", f"{g} \\Rightarrow {w}", True, True, detail="the gold a step, bare")
    yield Mut("implied_wrong", f"t = {w} \\Leftarrow t = {g}", True, True, detail="arrow back")
    yield Mut("implied_wrong", f"\\text{{{g} \\Rightarrow}} {w}", True, True, detail="arrow in text")


@gen
def solution_groups(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list of pairs `(5, 2), (7, 2)` as `;`-separated assignments. Equivalent: `x = 5, y = 2; x = 7, y = 2`
    (alphabetical names, no question order needed). Wrong: the names swapped (`y = 5, x = 2; ...` is the
    pairs (2, 5), (2, 7)), a value changed."""
    v = ctx.value
    if not (isinstance(v, Seq := O.Seq) and not v.open and len(v.items) >= 2):
        return
    pairs = []
    for it in v.items:
        if not (isinstance(it, Seq) and it.open == "(" and len(it.items) == 2):
            return
        if not all(isinstance(x, O.Scalar) and x.unit is None and x.expr.is_Rational for x in it.items):
            return
        pairs.append([x.expr for x in it.items])
    if re.search(r"(?<![A-Za-z\\])[xy](?![A-Za-z])", ctx.question or ""):
        return  # the question names x and y: its own order decides, not this generator's
    eq = "; ".join(f"x = {fmt(a)}, y = {fmt(b)}" for a, b in pairs)
    yield Mut("eq_solution_groups", eq, False, True)
    if any(a != b for a, b in pairs):
        yield Mut("groups_swapped", "; ".join(f"y = {fmt(a)}, x = {fmt(b)}" for a, b in pairs), True, True)
    k = rng.randrange(len(pairs))
    yield Mut("groups_changed", "; ".join(f"x = {fmt(a)}, y = {fmt(b + (1 if i == k else 0))}"
                                          for i, (a, b) in enumerate(pairs)), True, True)


@gen
def declarations(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A trailing `, k \\in \\mathbb{Z}` / `(k \\in \\mathbb{Z})` declares the gold's own integer letter: equivalent.
    Wrong: the declaration on a wrong value (a digit changed), or on a letter the answer does not use while the
    gold's letter is replaced by an undeclared one."""
    e = ctx.scalar
    g = ctx.gold.strip("$ ")
    if e is None or "=" in g or "," in g or "\\in" in g:
        return
    # a letter of its own, not one inside a word or unit (the m of `cm`, the k of `kg` are no letters to declare)
    letters = sorted(str(x) for x in e.free_symbols if str(x) in ("k", "n", "m")
                     and re.search(rf"(?<![A-Za-z\\]){x}(?![A-Za-z])", g))
    if not letters:
        return
    k = letters[0]
    yield Mut("eq_declared", f"{g}, {k} \\in \\mathbb{{Z}}", False, oracle_text=g)
    yield Mut("eq_declared", f"{g} ({k} \\in \\mathbb{{Z}})", False, oracle_text=g, detail="parenthesised")
    yield Mut("eq_declared", f"{g} ({k} \\in Z)", False, oracle_text=g, detail="plain Z")
    if re.search(rf"(?<![A-Za-z\\]){k}(?![A-Za-z])", ctx.question or ""):
        # (the positive integers only for the question's own letter, an index: over a family's free parameter k they
        # are part of the family)
        yield Mut("eq_declared", f"{g} ({k} \\in \\mathbb{{N}}^*)", False, oracle_text=g, detail="marked set")
    spans = num_spans(g)
    if spans:
        a, b = spans[0]
        tok = g[a:b]
        wrong = replace_span(g, (a, b), str(int(tok) + 1) if tok.isdigit() else shift(tok, 1))
        yield Mut("declared_wrong", f"{wrong}, {k} \\in \\mathbb{{Z}}", True, oracle_text=wrong)
        yield Mut("declared_wrong", f"{wrong} ({k} \\in \\mathbb{{Z}}_+)", True, oracle_text=wrong, detail="marked set")
        yield Mut("declared_wrong", f"{wrong} ({k} \\in Z)", True, oracle_text=wrong, detail="plain Z")
    other = next((c for c in "qrstuvw" if c not in g), None)
    if other is None:
        return
    masked = re.sub(rf"(?<![A-Za-z\\]){k}(?![A-Za-z])", other, g)
    if masked != g:
        yield Mut("declared_wrong", f"{masked}, {k} \\in \\mathbb{{Z}}", True, True, detail="declares another letter")
        yield Mut("declared_wrong", f"{masked} ({k} \\in Z)", True, True, detail="plain Z, another letter")


_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    if n < 20:
        return _WORDS[n]
    t, u = divmod(n, 10)
    return _TENS[t - 2] + ("" if u == 0 else "-" + _WORDS[u])


@gen
def spelled(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A small integer gold spelled out (`four`, `twenty-one`): equivalent; the next or previous number spelled
    out, or the number word inside a phrase that changes it (`four thousand`, `minus four`): wrong."""
    v = ctx.number
    if v is None or not v.is_Integer or not 0 <= v < 99:
        return
    n = int(v)
    yield Mut("eq_spelled", _spell(n), False, True)
    yield Mut("spelled_wrong", _spell(n + 1), True, oracle_text=str(n + 1))
    yield Mut("spelled_wrong", f"{_spell(n)} thousand", True, True, detail="scale word")
    if n:
        yield Mut("spelled_wrong", f"minus {_spell(n)}", True, True, detail="minus")
    # with the words the question counts ("three real roots" for "How many real roots ...?"): engine._spelled
    counted = _COUNTED_WORDS.search(ctx.question or "")
    if counted:
        noun = counted.group(1)
        yield Mut("eq_spelled", f"{_spell(n)} {noun}", False, True, oracle_text=str(n), detail="counted words")
        yield Mut("spelled_wrong", f"{_spell(n + 1)} {noun}", True, True, oracle_text=str(n + 1),
                  detail="counted words")
        yield Mut("spelled_wrong", f"{_spell(n)} {noun} more", True, True, detail="counted words, more")
        yield Mut("spelled_wrong", f"{_spell(n)} thousand {noun}", True, True, detail="counted words, scale")


# "How many marbles ...", "how many real roots ...": the counted words, up to a verb
_NOT_NOUN = r"(?!(?:are|is|were|was|do|does|did|can|will|would|has|have|had|of|in|more|fewer|less|times|other|and|from|with|should|over|such|equals)\b)"
_COUNTED_WORDS = re.compile(r"(?i)\bhow\s+many\s+((?:" + _NOT_NOUN + r"[a-z]{3,15}\s+){0,1}" + _NOT_NOUN +
                            r"[a-z]{3,15})\b")


@gen
def approx_forms(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """`x \\approx 11` names x and states 11 (the engine reads it as `x = 11`), and an open interval gold may be
    written as the bounds of a function's values (`0 < f(x) < 1`). Equivalent: those forms of the gold. Wrong:
    the approximate value off by one or naming a letter the question does not ask for; the bounds with one end
    closed."""
    q = ctx.question or ""
    v = ctx.number
    a = _ASKS_VAR.search(q)
    g = ctx.gold.strip("$ ")
    if v is not None and v.is_Integer and a and "=" not in g:
        var = a.group(1)
        yield Mut("eq_approx_label", f"{var} \\approx {g}", False, True)
        yield Mut("approx_label_wrong", f"{var} \\approx {fmt(v + 1)}", True, oracle_text=fmt(v + 1))
        other = _LABEL_OTHER.get(var, "z" if var != "z" else "w")
        if not re.search(rf"(?<![A-Za-z\\]){other}(?![A-Za-z])", q):
            yield Mut("approx_label_wrong", f"{other} \\approx {g}", True, True, detail="other letter")
    if v is not None and "=" not in g:
        # a doubt word where the name would stand (`\\text{Maybe} \\approx 5`): a hedge, never a label
        for word in ("Maybe", "Perhaps", "Guess"):
            yield Mut("approx_label_wrong", f"\\text{{{word}}} \\approx {g}", True, True, detail="doubt word as label")
    val = ctx.value
    if isinstance(val, O.Seq) and (val.open, val.close) == ("(", ")") and len(val.items) == 2 and g.startswith("("):
        lo, hi = (x.strip() for x in O._split_top(g[1:-1], ","))
        if "infty" not in lo + hi and all(isinstance(x, O.Scalar) and x.expr.is_Rational for x in val.items) \
                and val.items[0].expr < val.items[1].expr:
            yield Mut("eq_function_range", f"{lo} < f(x) < {hi}", False, True)
            yield Mut("function_range_wrong", f"{lo} < f(x) \\le {hi}", True, True, detail="closed right")
            yield Mut("function_range_wrong", f"{lo} \\le f(x) < {hi}", True, True, detail="closed left")


_HALF_LINE = re.compile(r"^(?:\\left)?([(\[])\s*(-?\d+(?:\.\d+)?)\s*,\s*\+?\\infty\s*(?:\\right)?\)$")
_WHOLE_LINE = re.compile(r"^(?:\\left)?\(\s*-\\infty\s*,\s*\+?\\infty\s*(?:\\right)?\)$")


@gen
def named_real_sets(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """Intervals against the named sets of reals (by construction): `(0, +\\infty)` is `\\mathbb{R}^+` (also written
    `\\mathbb R^+`), `(-\\infty, +\\infty)` is `\\mathbb R`; any other half-line (`[0, +\\infty)`, `(1, +\\infty)`) is not
    `\\mathbb{R}^+`, and no half-line is `\\mathbb{R}`."""
    g = _dollars(ctx.gold)
    if _WHOLE_LINE.match(g):
        yield Mut("eq_named_real_set", "\\mathbb R", False, True)
        yield Mut("named_real_set_wrong", "\\mathbb{R}^+", True, True)
        return
    m = _HALF_LINE.match(g)
    if not m:
        return
    if m.group(1) == "(" and Fraction(m.group(2)) == 0:
        yield Mut("eq_named_real_set", "\\mathbb{R}^+", False, True)
        yield Mut("eq_named_real_set", "\\mathbb R^{+}", False, True)
    elif Fraction(m.group(2)) != 0 or not _monotone_asked(ctx.question):  # (monotone: endpoints are a convention)
        yield Mut("named_real_set_wrong", "\\mathbb{R}^+", True, True)
    yield Mut("named_real_set_wrong", "\\mathbb R", True, True)
    yield Mut("named_real_set_wrong", "\\mathbb{R}^*", True, True)


@gen
def named_solution(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold stated as "<value> is the only solution." (by construction): equivalent with the gold; wrong with
    another value, with a negation or a hedge, or with a second value."""
    v = ctx.number
    g = ctx.gold.strip("$ ")
    if v is None or not v.is_Rational or "=" in g or "," in g or "\\text" in g:
        return
    w = fmt(v + 1)
    yield Mut("eq_named_solution", f"${g}$ is the only solution.", False, True)
    yield Mut("eq_named_solution", f"{g} \\text{{ is the answer}}", False, True, detail="text")
    yield Mut("named_solution_wrong", f"${w}$ is the only solution.", True, True, detail="value")
    yield Mut("named_solution_wrong", f"${g}$ is not the only solution.", True, True, detail="negated")
    yield Mut("named_solution_wrong", f"${g}$ is probably the solution.", True, True, detail="hedged")
    yield Mut("named_solution_wrong", f"${g}$ or ${w}$ is the solution.", True, True, detail="two values")
    a = _ASKS_VAR.search(ctx.question or "")
    if a and v.is_Integer:
        var = a.group(1)
        other = _LABEL_OTHER.get(var, "z" if var != "z" else "w")
        yield Mut("eq_named_solution", f"The value is {var} = {g}.", False, True, detail="plain assignment")
        yield Mut("named_solution_wrong", f"The value is {var} = {w}.", True, True, detail="plain assignment, value")
        if not re.search(rf"(?<![A-Za-z\\]){other}(?![A-Za-z])", ctx.question or ""):
            yield Mut("named_solution_wrong", f"The value is {other} = {g}.", True, True, detail="plain assignment, letter")


_CIRCLED_GOLD = re.compile(r"^(?:[①-⑩]|\\ |\\text\{\s*and\s*\}|[\s,，、])+$")


@gen
def statement_numbers(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold of circled statement numbers (`①③`, by construction): a set of statements, or a sequence where the
    question asks to arrange them. Equivalent: the same numbers (reordered for a set; plain `1, 3`); wrong: one
    dropped, one added, one replaced, and for a sequence the order changed."""
    g = _dollars(ctx.gold)
    if not _CIRCLED_GOLD.match(g):
        return
    ns = [ord(c) - 0x245F for c in g if "①" <= c <= "⑩"]
    if not ns or len(set(ns)) != len(ns):
        return
    circ = lambda xs: "".join(chr(0x245F + x) for x in xs)  # noqa: E731
    ordered = re.search(r"(?i)\barrang|\bin\s+the\s+order\b", ctx.question or "")
    yield Mut("eq_statement_numbers", circ(ns), False, True)
    if not ordered:
        yield Mut("eq_statement_numbers", circ(ns[::-1]), False, True, detail="reordered")
        yield Mut("eq_statement_numbers", ", ".join(map(str, ns)), False, True, detail="plain")
    elif len(ns) > 1:
        yield Mut("statement_numbers_wrong", circ(ns[::-1]), True, True, detail="order")
    extra = next(x for x in range(1, 11) if x not in ns)
    if len(ns) > 1:
        yield Mut("statement_numbers_wrong", circ(ns[:-1]), True, True, detail="one dropped")
    yield Mut("statement_numbers_wrong", circ(sorted(ns + [extra])), True, True, detail="one added")
    yield Mut("statement_numbers_wrong", circ(ns[:-1] + [extra]), True, True, detail="one replaced")
    yield Mut("statement_numbers_wrong", ", ".join(map(str, ns[:-1] + [extra])), True, True, detail="plain, replaced")


@gen
def derived_subjects(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """The gold stated as the value of something computed from the answer (by construction): "Twice the answer is
    {g}.", "The square of the answer is {g}.", "3 more than the answer is {g}." say the answer is another number."""
    v = ctx.number
    g = ctx.gold.strip("$ ")
    if v is None or not v.is_Rational or v in (0, 1) or "=" in g or "," in g:
        return
    for lead in ("Twice the answer", "The square of the answer", "3 more than the answer", "Half of the answer"):
        yield Mut("derived_subject_wrong", f"{lead} is ${g}$.", True, True, detail=lead.split()[0].lower())
    yield Mut("derived_subject_wrong", f"So twice the number is {g}.", True, True, detail="cue")


_HOW_MANY_NOUN = re.compile(r"(?i)\bhow\s+many\s+([a-z]{3,15})\b")


@gen
def there_are(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """"How many <noun> ...?" answered "There are N <noun>." (by construction): equivalent with the gold's N; wrong
    with another N, a noun the question does not use, or a word that changes or bounds the count."""
    m = _HOW_MANY_NOUN.search(ctx.question or "")
    v = ctx.number
    if m is None or v is None or not v.is_Integer or v < 0 or m.group(1).lower() in ("more", "fewer", "less", "times"):
        return
    noun, n = m.group(1).lower(), int(v)
    other = next(w for w in ("marbles", "pencils", "tickets", "coins") if w not in (ctx.question or "").lower())
    yield Mut("eq_there_are", f"There are {n} {noun}.", False, True)
    yield Mut("eq_there_are", f"Therefore, there are ${n}$ {noun} in total.", False, True, detail="cue, math")
    yield Mut("there_are_wrong", f"There are {n + 1} {noun}.", True, True, detail="count")
    yield Mut("eq_there_are", f"There are {n} possible {noun}.", False, True, detail="an adjective before the noun")
    yield Mut("there_are_wrong", f"There are {n} possible {other}.", True, True, detail="adjective, another noun")
    yield Mut("there_are_wrong", f"There are {n} {other}.", True, True, detail="another noun")
    yield Mut("there_are_wrong", f"There are at least {n} {noun}.", True, True, detail="bound")
    yield Mut("there_are_wrong", f"There are {n} more {noun}.", True, True, detail="more")
    yield Mut("there_are_wrong", f"There are {n} thousand {noun}.", True, True, detail="scale word")


_ASKS_MIN = re.compile(r"(?i)\b(?:minimum|smallest|least)\s+(?:possible\s+)?value\b")
_ASKS_MAX = re.compile(r"(?i)\b(?:maximum|largest|greatest)\s+(?:possible\s+)?value\b")


@gen
def extremes(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A question that asks for one extreme ("the minimum value of f"): the gold stated as that extreme is
    equivalent ("The minimum value is 3."); the same value stated as the other extreme ("The maximum value is 3.")
    names another quantity, wrong by construction."""
    q = ctx.question or ""
    lo, hi = _ASKS_MIN.search(q), _ASKS_MAX.search(q)
    if ctx.number is None or bool(lo) == bool(hi):
        return
    g = ctx.gold.strip("$ ")
    asked, other = ("minimum", "maximum") if lo else ("maximum", "minimum")
    yield Mut("eq_extreme_named", f"The {asked} value is ${g}$.", False, True, oracle_text=ctx.gold)
    yield Mut("extreme_wrong", f"The {other} value is ${g}$.", True, True)
    yield Mut("extreme_wrong", f"So the {'largest' if lo else 'smallest'} value is {g}.", True, True)
    yield Mut("eq_extreme_named", f"\\text{{{asked.capitalize()} value}} = {g}", False, True, oracle_text=ctx.gold)
    # the function at the point of the extreme (`f(2) = G` for "the minimum value of $f(x) = ...$"); another function's
    # value there names another quantity
    fn = re.search(r"(?i)(?:minimum|maximum|smallest|largest|greatest|least)\s+(?:possible\s+)?value\s+of\s+"
                   r"(?:the\s+function\s+)?\$\s*([a-z])\s*\(\s*x\s*\)", q)
    if fn:
        other_fn = next(c for c in "ghpqf" if c != fn.group(1))
        yield Mut("eq_extreme_named", f"{fn.group(1)}(1) = {g}", False, True, oracle_text=ctx.gold, detail="value at")
        yield Mut("extreme_wrong", f"{other_fn}(1) = {g}", True, True, detail="another function's value at")
    yield Mut("extreme_wrong", f"\\text{{{other.capitalize()} value}} = {g}", True, True, detail="label")
    # a clause that says where the extreme is reached: the value stays the statement's
    yield Mut("eq_extreme_named", f"The {asked} value is ${g}$, attained at $t = 7$.", False, True, oracle_text=ctx.gold,
              detail="where")
    yield Mut("extreme_wrong", f"The {other} value is ${g}$, attained at $t = 7$.", True, True, detail="where, other")
    yield Mut("extreme_wrong", f"The {asked} value is ${g}$, attained at $t = 7$, or perhaps $t = 8$.", True, True,
              detail="where, hedged")
    yield Mut("extreme_wrong", f"The value is ${g}$, attained at $t = 7$.", True, True, detail="where, no extreme")
    w = fmt(ctx.number + 1) if ctx.number.is_Rational else f"{g} + 1"
    yield Mut("extreme_wrong", f"The {asked} value is ${g}$, attained at $t = 7$; rechecking, the {asked} value is "
              f"actually ${w}$.", True, True, detail="where, corrected")
    yield Mut("extreme_wrong", f"The {asked} value is ${g}$, which gives ${w}$ instead.", True, True,
              detail="where, turned")
    # the extreme written as a subscript of y (`y_{\\max}`), where the question has no y of its own
    if not re.search(r"(?<![A-Za-z\\])y(?![A-Za-z])", q):
        yield Mut("eq_extreme_named", f"y_{{\\{asked[:3]}}} = {g}", False, True, oracle_text=ctx.gold,
                  detail="subscript")
    yield Mut("extreme_wrong", f"y_{{\\{other[:3]}}} = {g}", True, True, detail="subscript, other")


# ------------------------------------------------------------------ prose golds (by construction)
_ANTONYMS = [("wins", "loses"), ("win", "lose"), ("winner", "loser"), ("even", "odd"), ("cannot", "can"),
             ("true", "false"), ("yes", "no"), ("possible", "impossible"), ("always", "never"),
             ("increasing", "decreasing"), ("maximum", "minimum"), ("greater", "less"), ("larger", "smaller"),
             ("first", "second"), ("positive", "negative"), ("converges", "diverges"), ("convergent", "divergent"),
             ("rational", "irrational"), ("finite", "infinite"), ("acute", "obtuse"), ("inside", "outside"),
             ("above", "below"), ("sufficient", "necessary"), ("valid", "invalid"), ("exists", "does not exist"),
             ("significant", "not significant"), ("correct", "incorrect"), ("same", "different"), ("all", "none")]
_ANT = {**{a: b for a, b in _ANTONYMS}, **{b: a for a, b in _ANTONYMS}}


def _case_like(src: str, word: str) -> str:
    return word.capitalize() if src[:1].isupper() else word


@gen
def prose(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    # Swapping a word for its antonym, or negating, states the opposite claim: wrong by construction.
    g = ctx.gold.strip("$ ")
    if not is_prose(ctx):
        return
    words = [m for m in re.finditer(r"(?<![\\A-Za-z])[A-Za-z]+(?![A-Za-z])", g) if m.group().lower() in _ANT]
    negatable = list(re.finditer(r"\b(is|can|does|will|has)\b(?! not)", g))
    if words:
        w = rng.choice(words)
        yield Mut("text_antonym", g[:w.start()] + _case_like(w.group(), _ANT[w.group().lower()]) + g[w.end():], True, True)
    if negatable:
        n = rng.choice(negatable)
        rep = "cannot" if n.group() == "can" else n.group() + " not"
        yield Mut("text_antonym", g[:n.end() - len(n.group())] + rep + g[n.end():], True, True, detail="negate")
    if g.lower().rstrip(".") == "yes":
        yield Mut("text_antonym", "Yes or no", True, True, detail="yes or no")
    if g.lower().rstrip(".") == "no":
        yield Mut("text_antonym", "No, yes", True, True, detail="no, yes")
    core = re.sub(r"^\\text\{\s*(.*?)\s*\}$", r"\1", g)
    if re.fullmatch(r"[A-Z][a-z]+", core) and core.lower() not in _ANT:  # a name: "Bob" -> "Bob loses"
        yield Mut("text_antonym", f"{core} loses", True, True, detail="name loses")
    spans = num_spans(g)
    if spans:  # a number inside a sentence ("Player 2 wins") carries the answer
        a, b = rng.choice(spans)
        tok = g[a:b]
        yield Mut("text_number", replace_span(g, (a, b), str(int(tok) + 1) if tok.isdigit() else shift(tok, 1)),
                  True, True)


# ------------------------------------------------------------------ equivalents (oracle-proven)
@gen
def equivalents(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    if ctx.value is None:
        return
    g = ctx.gold.strip()
    bare = g.strip("$ ")
    if re.fullmatch(r"-?\d+", bare):
        yield Mut("eq_trailing_zero", bare + ".0", False)
    elif re.fullmatch(r"-?\d*\.\d+", bare):
        yield Mut("eq_trailing_zero", bare + "0", False)
    v = ctx.number
    if v is not None and v.is_Rational and not v.is_Integer:
        f = fmt(v)
        if "frac" in bare and "frac" not in f:
            yield Mut("eq_frac_decimal", f, False, detail="frac->decimal")
        elif "frac" not in bare and re.fullmatch(r"-?\d*\.\d+", bare):
            q = sp.Rational(bare)
            if q.q <= 1000:
                yield Mut("eq_frac_decimal", fmt_frac(q), False, detail="decimal->frac")
    if "\\frac" in g:
        yield Mut("eq_dfrac", g.replace("\\frac", "\\dfrac"), False)
    if "\\dfrac" in g:
        yield Mut("eq_dfrac", g.replace("\\dfrac", "\\frac"), False)
    if not g.startswith("$"):
        yield Mut("eq_dollars", f"${g}$", False)
    if re.search(r"(?<![\d.])0\.\d", g):
        yield Mut("eq_leading_zero", re.sub(r"(?<![\d.])0\.(?=\d)", ".", g), False)
    if re.search(r"[=+,]", bare) and not re.search(r"\d,\d{3}", bare):
        yield Mut("eq_spacing", re.sub(r"\s*([=+,])\s*", r" \1 ", bare).strip(), False)
    if "\\times" in g:
        yield Mut("eq_times", g.replace("\\times", "\\cdot"), False)


def fmt_frac(q: sp.Rational) -> str:
    sign = "-" if q < 0 else ""
    return f"{sign}\\frac{{{abs(int(q.p))}}}{{{int(q.q)}}}"


def generate(ctx: Ctx, rng: random.Random) -> list[Mut]:
    """Every candidate for one gold, in a fixed order (generators, then their own order)."""
    out: list[Mut] = []
    for g in GENERATORS:
        out.extend(g(ctx, rng))
    return out


def _long_division(p: int, q: int) -> tuple[str, str, str] | None:
    """(whole, fixed digits, period) of p/q >= 0 by long division, remembering remainders; None if it ends."""
    whole, r = divmod(p, q)
    seen: dict[int, int] = {}
    digits: list[str] = []
    while r and r not in seen and len(digits) < 12:
        seen[r] = len(digits)
        d, r = divmod(r * 10, q)
        digits.append(str(d))
    if not r or r not in seen:
        return None
    i = seen[r]
    return str(whole), "".join(digits[:i]), "".join(digits[i:])


@gen
def repeating_decimals(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A rational gold whose decimal does not end (`\\frac{1}{6}`), labels by construction from long division
    (not the engine's formula). Equivalent: the repeating decimal (`0.1\\overline{6}`); wrong: the bar dropped
    where that truncates (`0.\\overline{6}` -> `0.6`), the bar over all the digits (`0.\\overline{16}`), the
    last period digit changed."""
    v = ctx.number
    if v is None or not v.is_Rational or v.is_Integer:
        return
    p, q = int(v.p), int(v.q)
    got = _long_division(abs(p), q)
    if got is None:
        return
    whole, fixed, period = got
    sign = "-" if p < 0 else ""
    yield Mut("eq_repeating", f"{sign}{whole}.{fixed}\\overline{{{period}}}", False, True)
    if int(period[0]) >= 5:  # else the dropped bar is the gold rounded, which the rounding policy accepts
        yield Mut("repeating_wrong", f"{sign}{whole}.{fixed}{period}", True, True, detail="bar dropped")
    if fixed:
        yield Mut("repeating_wrong", f"{sign}{whole}.\\overline{{{fixed}{period}}}", True, True, detail="bar moved")
    last = str((int(period[-1]) + 1) % 10)
    yield Mut("repeating_wrong", f"{sign}{whole}.{fixed}\\overline{{{period[:-1]}{last}}}", True, True,
              detail="digit")
    # the block written out until it trails off (normalize._TRAILING): equivalent with enough copies to show it; the
    # same with its last copy's digit changed is another (non-repeating or other) number
    if len(period) <= 3:
        shown = period * max(2, -(-3 // len(period)))
        yield Mut("eq_repeating", f"{sign}{whole}.{fixed}{shown}\\ldots", False, True, detail="trailing dots")
        yield Mut("eq_repeating", f"{sign}{whole}.{fixed}{shown}...", False, True, detail="trailing dots")
        if int(shown[-1]) != 9:
            broken = shown[:-1] + str(int(shown[-1]) + 1)
            yield Mut("repeating_wrong", f"{sign}{whole}.{fixed}{broken}\\ldots", True, True,
                      detail="trailing dots, last digit changed")
        odd = str((int(period[0]) + 1) % 10)  # (not the digit that continues the block)
        yield Mut("repeating_wrong", f"{sign}{whole}.{fixed}{shown}{odd}\\ldots", True, True,
                  detail="trailing dots, a digit added")


_MIXED_UNITS = {"hours": ("minutes", 60), "hour": ("minutes", 60), "h": ("min", 60), "minutes": ("seconds", 60),
                "feet": ("inches", 12), "dollars": ("cents", 100)}
_MIXED = re.compile(r"^(?P<a>\d+)\s*(?P<o1>\\text\{\s*)?(?P<u1>[a-z]+)(?P<c1>\s*\})?(?P<sep>\s*(?:and\s*)?)"
                    r"(?P<b>\d+)\s*(?P<o2>\\text\{\s*)?(?P<u2>[a-z]+)(?P<c2>\s*\})?$")


@gen
def mixed_units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold in two units of one dimension (`9 hours and 6 minutes`, `2 dollars 10 cents`, `7 \\\\text{ h } 30
    \\\\text{ min}`); labels by construction from the table above. Equivalent: the total in the smaller unit
    (`546 minutes`), in the larger one when exact (`9.1 hours`). Wrong: the total off by one, the bare totals (a
    number without a unit names none), the parts swapped, the digits run together (`9.6 hours`)."""
    m = _MIXED.match(_dollars(ctx.gold).strip())
    if not m or m["u1"] not in _MIXED_UNITS or _MIXED_UNITS[m["u1"]][0].rstrip("s") != m["u2"].rstrip("s"):
        return
    small, k = _MIXED_UNITS[m["u1"]]
    a, b = int(m["a"]), int(m["b"])
    if b >= k or a == 0:
        return
    total = a * k + b
    unit = lambda n, u: f"{n} \\text{{ {u}}}"  # noqa: E731
    yield Mut("eq_mixed_units", unit(total, m["u2"]), False, True, detail="smaller unit")
    big = Fraction(total, k)
    if (big * 1000).denominator == 1:
        yield Mut("eq_mixed_units", unit(fmt(big), m["u1"]), False, True, detail="larger unit")
        yield Mut("mixed_units_wrong", fmt(big), True, True, detail="bare larger")
    yield Mut("mixed_units_wrong", unit(total + 1, m["u2"]), True, True, detail="off by one")
    yield Mut("mixed_units_wrong", str(total), True, True, detail="bare total")
    if a != b and a < k:
        yield Mut("mixed_units_wrong", f"{b} {m['u1']} and {a} {m['u2']}", True, True, detail="swapped")
    if Fraction(f"{a}.{b}") != big:
        yield Mut("mixed_units_wrong", unit(f"{a}.{b}", m["u1"]), True, True, detail="run together")


_PM_GOLD = re.compile(r"^(?P<v>[a-z])\s*=\s*\\pm\s*(?P<body>[^,;=]+?)\s*$")


@gen
def pm_equations(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold `y = \\\\pm k x` (a pair of lines): labels by construction. Equivalent: the two equations in either
    order; wrong: one of them alone, one of them twice."""
    m = _PM_GOLD.match(_dollars(ctx.gold))
    if not m or not re.search(r"(?<!\\)\b[a-z]\b", m["body"]) or m["body"].startswith(("+", "-")):
        return
    v, body = m["v"], m["body"]
    yield Mut("eq_pm_equations", f"{v} = {body}, {v} = -{body}", False, True, detail="two equations")
    yield Mut("eq_pm_equations", f"{v} = -{body} \\text{{ and }} {v} = {body}", False, True, detail="reversed")
    yield Mut("pm_equations_wrong", f"{v} = {body}", True, True, detail="plus only")
    yield Mut("pm_equations_wrong", f"{v} = -{body}", True, True, detail="minus only")
    yield Mut("pm_equations_wrong", f"{v} = {body}, {v} = {body}", True, True, detail="one twice")
    # the pair in implicit form, one ± between the terms: `y = \\pm \\frac{4}{3}x` is `4x \\pm 3y = 0`
    k = re.fullmatch(r"(?:\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}|(\d+))\s*([a-z])", m["body"].strip())
    if k and k.group(4) != v:
        p, q = (int(k.group(1)), int(k.group(2))) if k.group(1) else (int(k.group(3)), 1)
        x = k.group(4)
        yield Mut("eq_pm_equations", f"{p}{x} \\pm {q}{v} = 0", False, True, detail="implicit, one ±")
        yield Mut("pm_equations_wrong", f"{q}{x} \\pm {p}{v} = 0", True, True, detail="implicit, swapped")
        yield Mut("pm_equations_wrong", f"{p}{x} \\pm {q}{v} = 1", True, True, detail="implicit, not through 0")
        yield Mut("pm_equations_wrong", f"{p}{x} + {q}{v} = 0", True, True, detail="implicit, one sign")


@gen
def pm_labelled_list(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold of numbers closed under negation (`-7, -3, 3, 7`, a set or a list), answered as the solutions of one
    letter written with ± (`x = \\pm 7, x = \\pm 3`), by construction: equivalent. Wrong: two letters (which value
    is whose is lost), one ± dropped (a value missing), another magnitude."""
    v = ctx.value
    items = v.items if isinstance(v, (O.SetV, O.Seq)) and not (isinstance(v, O.Seq) and v.open in "([") else None
    if not items or len(items) < 2 or len(items) > 8:
        return
    vals = [it.expr if isinstance(it, O.Scalar) and it.unit is None else None for it in items]
    if any(x is None or not x.is_Rational or x == 0 for x in vals) or len(set(vals)) != len(vals):
        return
    mags = sorted({abs(x) for x in vals})
    if set(vals) != {s * m for m in mags for s in (1, -1)}:
        return
    yield Mut("eq_pm_labelled", ", ".join(f"x = \\pm {fmt(m)}" for m in mags), False, True, oracle_text=ctx.gold)
    if len(mags) > 1:
        yield Mut("pm_labelled_wrong", ", ".join(f"{n} = \\pm {fmt(m)}" for n, m in zip("xyzw", mags)), True, True,
                  detail="two letters")
    yield Mut("pm_labelled_wrong", ", ".join(f"x = {fmt(m)}" if i == 0 else f"x = \\pm {fmt(m)}"
                                             for i, m in enumerate(mags)), True, True, detail="one sign dropped")
    yield Mut("pm_labelled_wrong", ", ".join(f"x = \\pm {fmt(m + (1 if i == 0 else 0))}" for i, m in enumerate(mags)), True, True,
              detail="another magnitude")


_TWO_ROOTS = re.compile(r"^(?P<v>[a-z])\s*=\s*(?P<a>-?\d+)\s*(?:,|\\text\{\s*or\s*\}|\bor\b)\s*(?P=v)\s*=\s*(?P<b>-?\d+)$")


@gen
def pm_pairs(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """Two solutions of one letter (`x = 2, x = 4`) written with one ± in an equation (by construction): `x - 3 = \\pm
    1` and `x = 3 \\pm 1` are equivalent; the wrong half-width (`x - 3 = \\pm 2`), the wrong centre (`x + 3 = \\pm 1`)
    and one sign only (`x - 3 = 1`) are not."""
    m = _TWO_ROOTS.match(_dollars(ctx.gold))
    if not m:
        return
    v, a, b = m["v"], int(m["a"]), int(m["b"])
    if a == b or (a + b) % 2:
        return
    c, d = (a + b) // 2, abs(b - a) // 2
    shifted = lambda k: f"{v} - {k}" if k > 0 else (f"{v} + {-k}" if k < 0 else v)  # noqa: E731
    yield Mut("eq_pm_pair", f"{shifted(c)} = \\pm {d}", False, True)
    yield Mut("eq_pm_pair", f"{v} = {c} \\pm {d}", False, True, detail="centre and half-width")
    yield Mut("pm_pair_wrong", f"{shifted(c)} = \\pm {d + 1}", True, True, detail="half-width")
    if c:
        yield Mut("pm_pair_wrong", f"{shifted(-c)} = \\pm {d}", True, True, detail="centre")
    yield Mut("pm_pair_wrong", f"{shifted(c)} = {d}", True, True, detail="one sign")


_ANGLE_GOLD = re.compile(r"^\\angle\s*(?P<n>[A-Z]{1,3})\s*=\s*(?P<v>.+)$")


@gen
def angle_labels(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold `\\\\angle ACB = 75^\\\\circ`; labels by construction. Equivalent: the name read from the other end
    (`\\\\angle BCA`); wrong: another vertex (`\\\\angle ABC`), another angle (`\\\\angle B` for `\\\\angle A`)."""
    m = _ANGLE_GOLD.match(_dollars(ctx.gold))
    if not m:
        return
    name, value = m["n"], m["v"]
    if len(name) == 3:
        yield Mut("eq_angle_label", f"\\angle {name[::-1]} = {value}", False, True, detail="read backwards")
        for other in (name[1] + name[0] + name[2], name[0] + name[2] + name[1]):
            if other not in (name, name[::-1]):
                yield Mut("angle_label_wrong", f"\\angle {other} = {value}", True, True, detail="another vertex")
    else:
        other = chr((ord(name[0]) - 64) % 26 + 65)
        yield Mut("angle_label_wrong", f"\\angle {other} = {value}", True, True, detail="another angle")


_ASKED_TABLE = {  # word in the question -> (group, factor to the group's base, symbol written in answers)
    "millimeters": ("len", Fraction(1, 1000), "mm"), "centimeters": ("len", Fraction(1, 100), "cm"),
    "meters": ("len", Fraction(1), "m"), "kilometers": ("len", Fraction(1000), "km"),
    "mm": ("len", Fraction(1, 1000), "mm"), "cm": ("len", Fraction(1, 100), "cm"), "km": ("len", Fraction(1000), "km"),
    "grams": ("mass", Fraction(1), "g"), "kilograms": ("mass", Fraction(1000), "kg"), "kg": ("mass", Fraction(1000), "kg"),
    "seconds": ("time", Fraction(1), "seconds"), "minutes": ("time", Fraction(60), "minutes"),
    "hours": ("time", Fraction(3600), "hours"),
}
# ("in kilometers per hour", "in m/s^2" ask for a compound unit: not a length)
_ASKED_IN = re.compile(r"(?i)\b(?:in|how\s+many)\s+([a-z]+)\b(?!\s*(?:/|\\?per\b|\^))")


@gen
def asked_units(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A bare number gold whose question asks for one unit ("How far is it, in kilometers?", "How many hours");
    labels by construction from the table above. Wrong: the same number in another unit of that dimension
    (`40 cm`), in degrees when the question asks in radians;
    equivalent: the number in the unit asked. The quantity converted to another unit (`40000 m` for "in km") is not
    in the unit asked: wrong by construction (asked_unit_converted)."""
    v = ctx.number
    if v is None or not v.is_Rational or v == 0 or not re.fullmatch(r"-?\d+(?:\.\d+)?", _dollars(ctx.gold)):
        return
    if re.search(r"(?i)\bin\s+radians?\b", ctx.question or ""):
        yield Mut("asked_unit_wrong", f"{_dollars(ctx.gold)}^\\circ", True, True, detail="degrees for radians")
    asked = {w.lower() for w in _ASKED_IN.findall(ctx.question or "") if w.lower() in _ASKED_TABLE}
    if len({_ASKED_TABLE[w][0] for w in asked}) != 1 or len({_ASKED_TABLE[w][2] for w in asked}) != 1:
        return
    group, f0, sym = _ASKED_TABLE[next(iter(asked))]
    g = _dollars(ctx.gold)
    yield Mut("eq_asked_unit", f"{g} \\text{{ {sym}}}", False, True, detail=sym)
    value = Fraction(int(v.p), int(v.q)) * f0
    for _, (grp, f, other) in sorted(_ASKED_TABLE.items()):
        if grp != group or other == sym:
            continue
        yield Mut("asked_unit_wrong", f"{g} \\text{{ {other}}}", True, True, detail=f"{sym}->{other}")
        shown = value / f
        if (shown * 1000).denominator == 1:
            # the same quantity in a unit other than the one asked: the conversion asked for is not done (policy
            # of 2026-12-07: never accepted; it was an equivalent before)
            yield Mut("asked_unit_converted", f"{fmt(shown)} \\text{{ {other}}}", True, True, detail=f"{other}")


_LETTER_I = re.compile(r"(?<![A-Za-z\\])i(?![A-Za-z])")


@gen
def imaginary(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A complex gold written with the letter i (`6 - 5i`, `\\frac{1 - i}{2}`): i as `\\sqrt{-1}`, or plus
    `i^2 + 1` (= 0), is equivalent; the conjugate and the gold times i are wrong. The oracle reads i as a
    letter, so the equivalents are labelled by construction (oracle_text = the gold) and the wrong ones only
    where the gold's value (i read as sympy's I) has a nonzero imaginary part: then both really differ."""
    e = ctx.scalar
    g = ctx.gold.strip("$ ")
    if e is None or {str(x) for x in e.free_symbols} != {"i"} or "=" in g or "\\in" in g or "<" in g:
        return
    try:
        val = complex(e.subs(sp.Symbol("i"), sp.I).evalf())
    except (TypeError, ValueError):
        return
    if abs(val.imag) < 1e-9:
        return
    yield Mut("eq_imaginary", _LETTER_I.sub(r"\\sqrt{-1}", g), False, True, oracle_text=g)
    yield Mut("eq_imaginary", f"{g} + i^2 + 1", False, True, detail="plus i^2 + 1", oracle_text=g)
    yield Mut("imaginary_wrong", _LETTER_I.sub("(-i)", g), True, detail="conjugate")
    yield Mut("imaginary_wrong", f"i \\left({g}\\right)", True, detail="times i")
    # the upright unit `\\mathrm{i}` (ISO 80000-2), after `\\pm` too (normalize spaces it from the command)
    yield Mut("eq_imaginary", _LETTER_I.sub(r"\\mathrm{i}", g), False, True, oracle_text=g, detail="upright i")
    yield Mut("imaginary_wrong", _LETTER_I.sub(r"(-\\mathrm{i})", g), True, detail="upright i, conjugate",
              oracle_text=_LETTER_I.sub("(-i)", g))
    yield Mut("imaginary_wrong", f"{g} \\pm \\mathrm{{i}}", True, True, detail="plus or minus upright i")


_PCT_GOLD = re.compile(r"(-?\d+(?:\.\d+)?)\s*\\?%")
_POINT_DEC = re.compile(r"(-?\d+)\.(\d+)")


@gen
def percent_and_comma(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """Percent signs and decimal commas, each read on one side only.
    A percent gold `28\\%` (|value| >= 1) against the bare `28` is equivalent (the gold says a percentage was
    asked); `0.28\\%` (the share with the sign kept) is another number, and so is `0.5` for `0.5\\%`. Where the
    question asks "what percent" in so many words, a bare answer counts percents (`0.5` for `0.5\\%`) and the share
    (`0.28` for `28\\%`) is wrong. A bare gold
    against the number with a sign added is wrong without a question about percentages (gold 5 counts things).
    A point-decimal gold `3.5` against `3,5` is equivalent (a list is never the one-number gold); `3,05` and
    an integer gold `35` against `3,5` are wrong."""
    g = _dollars(ctx.gold)
    m = _PCT_GOLD.fullmatch(g)
    if m:
        n = Decimal(m.group(1))
        # a question that asks for a percentage in so many words: the bare answer counts percents, the share is 0.6%
        explicit = re.search(r"(?i)\bwhat\s+percent|\b(?:as|in)\s+(?:a\s+)?percent", ctx.question or "")
        if abs(n) >= 1 or explicit:
            yield Mut("eq_percent_bare", m.group(1), False, True, oracle_text=ctx.gold)
        yield Mut("percent_wrong", f"{n / 100}\\%", True, detail="share with the sign")
        if abs(n) < 1 and not explicit:
            yield Mut("percent_wrong", m.group(1), True, detail="small percent as the bare number")
        if explicit and n != 0:
            yield Mut("percent_wrong", f"{n / 100}", True, True, detail="the share, a percentage asked")
    if re.fullmatch(r"-?\d+", g) and int(g) != 0 and not re.search(r"(?i)percent|%", ctx.question or ""):
        yield Mut("percent_wrong", f"{g}\\%", True, detail="sign added to a count")
    d = _POINT_DEC.fullmatch(g)
    if d and len(d.group(2)) != 3:
        whole, frac = d.groups()
        yield Mut("eq_decimal_comma", f"{whole},{frac}", False, True, oracle_text=g)
        # LaTeX's decimal comma `2{,}5`: a brace comma that cannot group thousands (normalize._BRACE_DECIMAL)
        yield Mut("eq_decimal_comma", f"{whole}{{,}}{frac}", False, True, oracle_text=g, detail="brace comma")
        yield Mut("decimal_comma_wrong", f"{whole}{{,}}0{frac}", True, True, oracle_text=f"{whole}.0{frac}",
                  detail="brace comma")
        digits = whole.lstrip("-")
        if len(digits) >= 4:  # European grouping: `1.234,5`; and wrong when a group is misplaced (`12.34,5`)
            head, tail = digits[:len(digits) % 3 or 3], digits[len(digits) % 3 or 3:]
            grouped = head + "".join("." + tail[i:i + 3] for i in range(0, len(tail), 3))
            sign = "-" if whole.startswith("-") else ""
            yield Mut("eq_decimal_comma", f"{sign}{grouped},{frac}", False, True, oracle_text=g, detail="grouped")
            yield Mut("decimal_comma_wrong", f"{sign}{grouped},{frac}0{frac}", True, True,
                      oracle_text=f"{whole}.{frac}0{frac}", detail="grouped")
        yield Mut("decimal_comma_wrong", f"{whole},0{frac}", True, True, oracle_text=f"{whole}.0{frac}")
    if re.fullmatch(r"\d{2,}", g):
        yield Mut("decimal_comma_wrong", f"{g[:-1]},{g[-1]}", True, True, detail="comma inside an integer",
                  oracle_text=f"{g[:-1]}.{g[-1]}")
    if re.fullmatch(r"[1-9]\d{2}", g):  # `0{,}125` is 0.125, never the integer 125
        yield Mut("decimal_comma_wrong", f"0{{,}}{g}", True, True, detail="brace comma after 0",
                  oracle_text=f"0.{g}")


@gen
def integer_functions(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A positive integer gold n written as a gcd / lcm of integers or as TeX's infix binomial, each labelled by
    the value computed here (oracle_text): `\\gcd(3n, 5n)` = n and `\\operatorname{lcm}(n, 1)` = n are
    equivalent; `\\gcd(2n, 4n)` = 2n, `\\operatorname{lcm}(n, 2n)` = 2n and `{n \\choose 2}` (n > 3) are not."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"[1-9]\d{0,6}", g):
        return
    n = int(g)
    yield Mut("eq_integer_function", f"\\gcd({3 * n}, {5 * n})", False, True, oracle_text=g)
    yield Mut("eq_integer_function", f"\\operatorname{{lcm}}({n}, 1)", False, True, oracle_text=g)
    yield Mut("integer_function_wrong", f"\\gcd({2 * n}, {4 * n})", True, True, oracle_text=str(2 * n))
    yield Mut("integer_function_wrong", f"\\operatorname{{lcm}}({n}, {2 * n})", True, True, oracle_text=str(2 * n))
    if 3 < n < 10 ** 4:
        yield Mut("eq_integer_function", f"{{{n} \\choose 1}}", False, True, oracle_text=g)
        yield Mut("integer_function_wrong", f"{{{n} \\choose 2}}", True, True, oracle_text=str(n * (n - 1) // 2))


@gen
def option_letters(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A positive integer gold asked as multiple choice: the gold's question with options appended
    (`(A) n+1 (B) n (C) n+2 (D) n+3`, in a seeded order). That option's letter, alone or with its text, is
    equivalent; another letter alone or with its own text is wrong, and a letter with the gold's text but another
    option's letter (`(A) 12` when 12 is option B) is wrong by construction (two claims that disagree)."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"[1-9]\d{0,6}", g):
        return
    n = int(g)
    values = [n + 1, n, n + 2, n + 3]
    rng.shuffle(values)
    letters = "ABCD"
    q = (ctx.question or "").rstrip() + "\n" + " ".join(f"({k}) {v}" for k, v in zip(letters, values))
    mine = letters[values.index(n)]
    other = rng.choice([k for k in letters if k != mine])
    other_text = str(values[letters.index(other)])
    yield Mut("eq_option_letter", f"({mine}) {g}", False, True, oracle_text=g, question=q)
    yield Mut("eq_option_letter", f"\\textbf{{({mine})}}", False, True, oracle_text=g, question=q)
    yield Mut("option_letter_wrong", f"({other})", True, True, question=q)
    yield Mut("option_letter_wrong", f"({other}) {other_text}", True, True, question=q)
    yield Mut("option_letter_wrong", f"({other}) {g}", True, True, detail="letter and text disagree", question=q)
    # the exam-paper layout, options inline after a colon (`( ) A: $13$  B: $12$ ...`), and answers in it
    q2 = (ctx.question or "").rstrip() + " ( )\n" + "  ".join(f"{k}: ${v}$" for k, v in zip(letters, values))
    yield Mut("eq_option_letter", f"{mine}: {g}", False, True, oracle_text=g, question=q2, detail="colon")
    yield Mut("eq_option_letter", mine, False, True, oracle_text=g, question=q2, detail="colon")
    yield Mut("option_letter_wrong", other, True, True, question=q2, detail="colon")
    yield Mut("option_letter_wrong", f"{other}: {other_text}", True, True, question=q2, detail="colon")
    yield Mut("option_letter_wrong", f"{mine}: {other_text}", True, True, question=q2, detail="colon, misquoted")


@gen
def constant_letters(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A nonzero number gold times a constant written upright (`5\\text{e}`, `5 \\text{ c}`, `5\\mathrm{i}`):
    a letter, never a unit (pint reads e as the elementary charge), so the answer is 5e, 5c, 5i: wrong."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"-?[1-9]\d{0,6}(?:\.\d+)?", g):
        return
    yield Mut("constant_letter_wrong", f"{g}\\text{{e}}", True, oracle_text=f"{g} e")
    yield Mut("constant_letter_wrong", f"{g} \\text{{ c}}", True, True, detail="c")
    yield Mut("constant_letter_wrong", f"{g}\\mathrm{{i}}", True, True, detail="i")


_NAMED_PART = re.compile(r"\s*([A-Za-z](?:_\{?\w\}?)?|[A-Z]{2})\s*=\s*([^=,;]+?)\s*")


@gen
def named_values(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold naming two or more different unknowns (`x = 3, y = -1`, `AB = 4, CD = 5`) against bare values:
    in the gold's order they are equivalent; reversed (with different values) they are the values under swapped
    names: wrong by construction. The answer naming them in another order (`y = -1, x = 3`) is equivalent."""
    g = ctx.gold.strip("$ ")
    parts = [p for p in re.split(r",\s*(?![^()]*\))", g)]
    named = [_NAMED_PART.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(named):
        return
    names = [m.group(1) for m in named]
    values = [m.group(2) for m in named]
    if len({n.split("_")[0] for n in names}) != len(names) or len(set(values)) != len(values):
        return
    yield Mut("eq_named_values", ", ".join(values), False, True, oracle_text=ctx.gold)
    yield Mut("eq_named_values", ", ".join(f"{n} = {v}" for n, v in reversed(list(zip(names, values)))), False,
              True, oracle_text=ctx.gold, detail="names reordered")
    yield Mut("named_values_swapped", ", ".join(reversed(values)), True, True)


_DECL_Z = re.compile(r"([a-z])\s*\\in\s*\\mathbb\s*\{\s*Z\s*\}(?!\s*[_^])")


@gen
def declared_sets(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold declaring its letter over the integers (`\\frac{\\pi}{4} + k\\pi, k \\in \\mathbb{Z}`): the same
    formula declared over the naturals or the positive integers is another (smaller) answer: wrong by
    construction; the same set under another name for the letter is equivalent (renaming)."""
    g = ctx.gold.strip("$ ")
    m = _DECL_Z.search(g)
    if m is None:
        return
    yield Mut("declared_set_wrong", g[:m.start()] + f"{m.group(1)} \\in \\mathbb{{N}}" + g[m.end():], True, True)
    yield Mut("declared_set_wrong", g[:m.start()] + f"{m.group(1)} \\in \\mathbb{{Z}}^+" + g[m.end():], True, True,
              detail="marked set")


_TRAILING_TEXT_UNIT = re.compile(r"\d.*?(\\(?:text|mathrm)\s*\{\s*[A-Za-z]{1,12}\s*\})\s*$")


@gen
def unit_alone(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A value with a unit (`2.45 \\times 10^6 \\, \\text{N}`, `74 \\text{ m}`): the unit alone (`\\text{N}`) is
    no answer, whatever the text rules make of a capitalised word: wrong by construction."""
    m = _TRAILING_TEXT_UNIT.search(ctx.gold.strip("$ "))
    if m:
        yield Mut("unit_alone_wrong", m.group(1), True, True)


@gen
def asked_application(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold asked as a function value: the gold's question with "Find f(2)." appended. `f(2) = n` names
    the asked value (equivalent); `f(3) = n` names another point and `g(2) = n` another function (wrong by
    construction: another quantity), `f(2) = n + 1` another value."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"-?[1-9]\d{0,6}", g) or re.search(r"\b[fg]\s*\(", ctx.question or ""):
        return  # (a question about f already may ask for f(3) itself)
    q = (ctx.question or "").rstrip() + " Find $f(2)$."
    yield Mut("eq_asked_application", f"f(2) = {g}", False, True, oracle_text=g, question=q)
    yield Mut("asked_application_wrong", f"f(3) = {g}", True, True, question=q, detail="another point")
    yield Mut("asked_application_wrong", f"g(2) = {g}", True, True, question=q, detail="another function")
    yield Mut("asked_application_wrong", f"f(2) = {int(g) + 1}", True, True, question=q, detail="another value")
    if not re.search(r"\b[A-Z]{2}\b", ctx.question or ""):  # a segment asked for: "Find the length of AB."
        qs = (ctx.question or "").rstrip() + " Find the length of $AB$."
        yield Mut("eq_asked_application", f"AB = {g}", False, True, oracle_text=g, question=qs, detail="segment")
        yield Mut("asked_application_wrong", f"AC = {g}", True, True, question=qs, detail="another segment")


@gen
def asked_expression(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold asked as a compound expression: the gold's question with "Find $m+n$." appended. `m + n = g`
    names the asked value (equivalent); wrong by construction: another expression (`m - n`, `mn`, `n - m`),
    another value, and the data of a condition (`a + b = g` when the question says "Given $a+b = 5$, find $ab$.")."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"-?[1-9]\d{0,6}", g) or re.search(r"(?<![A-Za-z\\])[mnab](?![A-Za-z])", ctx.question or ""):
        return  # (a question that uses m, n, a or b itself may ask for those)
    q = (ctx.question or "").rstrip() + " Find $m+n$."
    yield Mut("eq_asked_expression", f"m + n = {g}", False, True, oracle_text=g, question=q)
    yield Mut("eq_asked_expression", f"m+n={g}", False, True, oracle_text=g, question=q)
    yield Mut("eq_asked_expression", f"n + m = {g}", False, True, oracle_text=g, question=q, detail="terms reordered")
    for other in ("m - n", "mn", "n - m", "m^2 + n"):
        yield Mut("asked_expression_wrong", f"{other} = {g}", True, True, question=q, detail="another expression")
    yield Mut("asked_expression_wrong", f"m + n = {int(g) + 1}", True, True, question=q, detail="another value")
    for part in ("m", "n"):  # a letter of the asked expression is not the expression
        yield Mut("asked_expression_wrong", f"{part} = {g}", True, True, question=q, detail="a letter of m+n")
    qc = (ctx.question or "").rstrip() + " Given $a+b = 5$, find $ab$."
    yield Mut("asked_expression_wrong", f"a + b = {g}", True, True, question=qc, detail="the condition's expression")
    # a name, an angle, a ratio, a probability, a length: another one than asked is another quantity
    for ask, same, others in (("$S_4$", "S_4", ("S_5", "S_{3}")), ("$\\angle ACB$", "\\angle BCA", ("\\angle ABC", "\\angle B")),
                              ("$\\frac{m}{n}$", "\\frac{m}{n}", ("\\frac{n}{m}",)), ("$P(A)$", "P(A)", ("P(B)",)),
                              ("$|AC|$", "|AC|", ("|BC|",)), ("$\\alpha$", "\\alpha", ("\\beta",))):
        qn = (ctx.question or "").rstrip() + f" Find {ask}."
        yield Mut("eq_asked_expression", f"{same} = {g}", False, True, oracle_text=g, question=qn, detail=same)
        for other in others:
            yield Mut("asked_expression_wrong", f"{other} = {g}", True, True, question=qn, detail=f"{other} for {ask}")


_COMPOUND_ASKED = (("km/h", "m/s", "kg"), ("m/s", "km/h", "s"))


@gen
def asked_unit_kinds(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A bare number gold whose question asks for a compound unit ("Express the answer in km/h."): the number with
    that unit, bare or in \\text, is equivalent; wrong by construction: the number in another unit of the same kind
    (`g m/s` is 3.6 g km/h, never g for g != 0) and a unit of another kind than asked (`g kg`: not the asked
    quantity). A simple asked unit meets a unit of another dimension too (`g \\text{ kg}` for "in kilometers")."""
    v = ctx.number
    g = _dollars(ctx.gold)
    if v is None or v == 0 or not re.fullmatch(r"-?\d+(?:\.\d+)?", g):
        return
    if not re.search(r"(?i)\b(?:in|per|how\s+many)\b", ctx.question or ""):
        asked, other, alien = _COMPOUND_ASKED[rng.randrange(2)]
        written = rng.choice((asked, f"$\\text{{{asked}}}$", "$" + " / ".join(f"\\mathrm{{{u}}}" for u in asked.split("/")) + "$"))
        q = (ctx.question or "").rstrip() + f" Express the answer in {written}."
        yield Mut("eq_asked_unit_kind", f"{g} {asked}", False, True, oracle_text=g, question=q)
        yield Mut("eq_asked_unit_kind", f"{g} \\text{{ {asked}}}", False, True, oracle_text=g, question=q)
        if _grouped(g) != g:  # thousands grouped before the bare unit; wrong: another value, another unit
            yield Mut("eq_asked_unit_kind", f"{_grouped(g)} {asked}", False, True, oracle_text=g, question=q,
                      detail="grouped")
            yield Mut("asked_unit_kind_wrong", f"{_grouped(fmt(v + 1))} {asked}", True, True, question=q,
                      detail="grouped, another value")
            yield Mut("asked_unit_kind_wrong", f"{_grouped(g)} {other}", True, True, question=q,
                      detail="grouped, another unit")
        sci = _scientific(v)
        if sci:
            yield Mut("eq_asked_unit_kind", f"{sci[0]} \\times 10^{{{sci[1]}}} {asked}", False, True, oracle_text=g,
                      question=q, detail="scientific")
            yield Mut("asked_unit_kind_wrong", f"{sci[0]} \\times 10^{{{sci[1] - 1}}} {asked}", True, True, question=q,
                      detail="scientific, another exponent")
            yield Mut("asked_unit_kind_wrong", f"{sci[0]} \\times 10^{{{sci[1]}}} {other}", True, True, question=q,
                      detail="scientific, another unit")
        mathrm = " / ".join(f"\\mathrm{{{u}}}" for u in asked.split("/"))
        yield Mut("eq_asked_unit_kind", f"{g}\\ {mathrm}", False, True, oracle_text=g, question=q, detail="mathrm pieces")
        other_rm = " / ".join(f"\\mathrm{{{u}}}" for u in other.split("/"))
        yield Mut("asked_unit_kind_wrong", f"{g}\\ {other_rm}", True, True, question=q, detail="mathrm pieces")
        for form in (f"{g} {other}", f"{g} \\text{{ {other}}}"):
            yield Mut("asked_unit_kind_wrong", form, True, True, question=q, detail=f"{asked}->{other}")
        for form in (f"{g} {alien}", f"{g} \\text{{ {alien}}}"):
            yield Mut("asked_unit_kind_wrong", form, True, True, question=q, detail=f"{asked}->{alien} (another kind)")
        return
    asked = {w.lower() for w in _ASKED_IN.findall(ctx.question or "") if w.lower() in _ASKED_TABLE}
    groups = {_ASKED_TABLE[w][0] for w in asked}
    if len(groups) == 1:
        alien = {"len": "kg", "mass": "km", "time": "kg"}[next(iter(groups))]
        yield Mut("asked_unit_kind_wrong", f"{g} \\text{{ {alien}}}", True, True, detail=f"{alien} (another kind)")


@gen
def mixed_with_unit(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A mixed number before a unit or a percent sign is the whole number plus the fraction, never a product:
    `{2g}\\frac{1}{2}\\text{ cm}` is 2g + 1/2 cm (wrong for gold g cm, though 2g * 1/2 = g); a gold with .5 or .25
    written `n\\frac{1}{2}` (`n\\frac{1}{4}`) with the gold's unit is equivalent."""
    m = re.fullmatch(r"\$?\s*(\d+(?:\.\d+)?)\s*(\\%|\\text\s*\{\s*[A-Za-z]+\s*\})\s*\$?", ctx.gold.strip())
    if not m or Decimal(m.group(1)) == 0:
        return
    num, unit = Decimal(m.group(1)), m.group(2)
    if num == int(num):
        yield Mut("mixed_unit_wrong", f"{2 * int(num)}\\frac{{1}}{{2}}{unit}", True, True, detail="product reading")
    for frac, tex in ((Decimal("0.5"), "\\frac{1}{2}"), (Decimal("0.25"), "\\frac{1}{4}")):
        if num - int(num) == frac and int(num) > 0:
            yield Mut("eq_mixed_unit", f"{int(num)}{tex}{unit}", False, True, oracle_text=ctx.gold)
            yield Mut("mixed_unit_wrong", f"{int(num) + 1}{tex}{unit}", True, True, detail="another whole part")


@gen
def extremes_named(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold of two plain numbers in ascending order, asked as "the minimum and maximum": named extremes sort
    themselves (`\\text{maximum} = hi, \\text{minimum} = lo` is equivalent in any order), swapped names are wrong
    (the minimum above the maximum)."""
    parts = [p.strip() for p in _dollars(ctx.gold).split(",")]
    if len(parts) != 2 or not all(re.fullmatch(r"-?\d+", p) for p in parts) or int(parts[0]) >= int(parts[1]):
        return
    lo, hi = parts
    q = (ctx.question or "").rstrip() + " Find the minimum and maximum values."
    yield Mut("eq_extremes_named", f"\\text{{maximum}} = {hi}, \\text{{minimum}} = {lo}", False, True,
              oracle_text=ctx.gold, question=q)
    yield Mut("eq_extremes_named", f"\\text{{minimum}} = {lo}, \\text{{maximum}} = {hi}", False, True,
              oracle_text=ctx.gold, question=q)
    yield Mut("extremes_named_wrong", f"\\text{{maximum}} = {lo}, \\text{{minimum}} = {hi}", True, True, question=q)
    yield Mut("extremes_named_wrong", f"\\text{{minimum}} = {hi}, \\text{{maximum}} = {lo}", True, True, question=q)
    # stated in a closing sentence of clauses, one named value each
    lead = "We check both ends of the interval.\n"
    yield Mut("eq_extremes_named", f"{lead}The minimum value is ${lo}$ and the maximum value is ${hi}$.", False, True,
              oracle_text=ctx.gold, question=q)
    yield Mut("extremes_named_wrong", f"{lead}The minimum value is ${hi}$ and the maximum value is ${lo}$.", True,
              True, question=q)
    yield Mut("extremes_named_wrong", f"{lead}The minimum value is ${lo}$ and the maximum value is maybe ${hi}$.",
              True, True, question=q, detail="a hedge in a clause")
    # the operators as names (`\\max = hi, \\min = lo`), and against the gold written from the largest down
    yield Mut("eq_extremes_named", f"\\max = {hi}, \\min = {lo}", False, True, oracle_text=ctx.gold, question=q,
              detail="operators")
    yield Mut("extremes_named_wrong", f"\\max = {lo}, \\min = {hi}", True, True, question=q, detail="operators")
    # a function's extremes under its letter (`f_{\\max} = hi`); an argument's letter names where they are (`x_{\\max}`)
    yield Mut("eq_extremes_named", f"f_{{\\max}} = {hi}, f_{{\\min}} = {lo}", False, True, oracle_text=ctx.gold, question=q,
              detail="subscripts")
    yield Mut("eq_extremes_named", f"y_{{min}} = {lo},\\ y_{{max}} = {hi}", False, True, oracle_text=ctx.gold, question=q,
              detail="subscripts")
    yield Mut("extremes_named_wrong", f"f_{{\\max}} = {lo}, f_{{\\min}} = {hi}", True, True, question=q, detail="subscripts")
    yield Mut("extremes_named_wrong", f"x_{{\\max}} = {hi}, x_{{\\min}} = {lo}", True, True, question=q,
              detail="argument subscripts")
    yield Mut("extremes_named_wrong", f"f_{{\\max}} = {hi}, g_{{\\min}} = {lo}", True, True, question=q,
              detail="two functions")
    yield Mut("extremes_named_wrong", f"\\max = {int(hi) + 1}, \\min = {lo}", True, True, question=q,
              detail="operators, a value changed")


@gen
def after_box_words(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A plain number gold boxed with words after the box. Wrong by construction: a scale word (`\\boxed{g}
    dozen`), a measure for a count question (`\\boxed{g} kg of them` for "How many ...?"), another rate than the
    question's ("every week" for "every day"). Equivalent: a unit the question asks (`\\boxed{g} hours` for "How
    many hours ...?")."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"[1-9]\d{0,5}", g):
        return
    lead = "We add the parts.\nSo the result is "
    yield Mut("after_box_wrong", f"{lead}$\\boxed{{{g}}}$ dozen.", True, True, detail="scale word")
    if not re.search(r"(?i)\b(?:kg|kilo\w*|grams?|mass|weigh\w*)\b", ctx.question or ""):
        qc = (ctx.question or "").rstrip() + " How many apples are there?"
        yield Mut("after_box_wrong", f"{lead}$\\boxed{{{g}}}$ kg of apples.", True, True, question=qc, detail="a measure")
    if re.search(r"(?i)\b(?:week|weeks|weekly|minutes?|seconds?|hours?|days?)\b", ctx.question or ""):
        return  # (a question that already speaks of time may ask for these units or rates itself)
    qr = (ctx.question or "").rstrip() + " How much does Janet make every day?"
    yield Mut("after_box_wrong", f"So Janet makes {g} dollars every week.", True, True, question=qr, detail="a rate")
    qh = (ctx.question or "").rstrip() + " How many hours does it take?"
    yield Mut("eq_after_box", f"{lead}$\\boxed{{{g}}}$ hours.", False, True, oracle_text=g, question=qh)
    yield Mut("after_box_wrong", f"{lead}$\\boxed{{{g}}}$ minutes.", True, True, question=qh, detail="another unit")


@gen
def scaled_tuple(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A tuple gold of integers written as a number times a tuple: `2(\\frac{a}{2}, ...)` is the gold; `2(a, ...)`
    is twice it (wrong unless every entry is 0) and `3(\\frac{a}{2}, ...)` another multiple."""
    m = re.fullmatch(r"\(\s*(-?\d+(?:\s*,\s*-?\d+){1,5})\s*\)", _dollars(ctx.gold))
    if not m:
        return
    entries = [int(x) for x in m.group(1).split(",")]
    if not any(entries):
        return
    halves = ", ".join(f"\\frac{{{e}}}{{2}}" for e in entries)
    yield Mut("eq_scaled_tuple", f"2({halves})", False, True, oracle_text=ctx.gold)
    yield Mut("scaled_tuple_wrong", f"2({', '.join(map(str, entries))})", True, True, detail="twice")
    yield Mut("scaled_tuple_wrong", f"3({halves})", True, True, detail="another multiple")


_Q_TUPLE = re.compile(r"\(\s*([a-z](?:\s*,\s*[a-z]){1,3})\s*\)")


@gen
def labelled_tuple(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A tuple gold of plain numbers against the values written with names. Equivalent: the names of a tuple the
    question writes (`the ordered pair $(a, b)$`), in any order, or x, y (z) for a point whose question names
    them (a question about a range or interval is left out: its tuple is no point). Wrong: the names of that tuple given each other's values (different values), and names the question
    does not use (by construction)."""
    v, q = ctx.value, ctx.question or ""
    if not (isinstance(v, O.Seq) and v.open == "(" and 2 <= len(v.items) <= 4):
        return
    vals = [x.strip() for x in O._split_top(ctx.gold.strip("$ ")[1:-1], ",")]
    if len(vals) != len(v.items) or len(set(vals)) != len(vals) or not all(_DEC_LIT.match(x) for x in vals):
        return
    m = _Q_TUPLE.search(q)
    names = [n.strip() for n in m.group(1).split(",")] if m else None
    if _RANGE_Q.search(q):
        return  # `(2, 3)` for "the interval containing the root" is no point
    if names is None and len(vals) in (2, 3) and re.search(r"(?i)\bpoint|coordinates|intersect", q) and all(
            re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z])", q) for c in "xyz"[:len(vals)]):
        names = list("xyz"[:len(vals)])
    if names is None or len(names) != len(vals) or len(set(names)) != len(names):
        return
    pairs = list(zip(names, vals))
    yield Mut("eq_labelled_tuple", ", ".join(f"{n} = {x}" for n, x in pairs), False, True, oracle_text=ctx.gold)
    yield Mut("eq_labelled_tuple", ", ".join(f"{n} = {x}" for n, x in reversed(pairs)), False, True,
              oracle_text=ctx.gold, detail="names reordered")
    yield Mut("labelled_tuple_wrong", ", ".join(f"{n} = {x}" for n, x in zip(names, vals[1:] + vals[:1])), True,
              True, detail="values rotated")
    if m and len(vals) == 2 and not {"x", "y"} & set(names):
        # the coordinates' names for a tuple the question writes with other letters
        yield Mut("labelled_tuple_wrong", f"x = {vals[0]}, y = {vals[1]}", True, True, detail="x, y for another tuple")
    other = [c for c in "pqrstuvw" if not re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z])", q)][:len(vals)]
    if len(other) == len(vals):
        yield Mut("labelled_tuple_wrong", ", ".join(f"{n} = {x}" for n, x in zip(other, vals)), True, True,
                  detail="names the question does not use")


_HOW_MANY_Q = re.compile(r"(?i)\bhow\s+many\s+([a-z]{3,15})\b")
_DATA_NOUN = re.compile(r"\b\d+\s+([a-z]{3,15}s)\b")
_COUNT_ENDS = set("are is were was do does did will would can could should must has have had of in on at to for per "
                  "that which who with from by than".split())


@gen
def counted_nouns(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold whose question asks "how many <things>". Equivalent: the number with that noun. Wrong: the
    number with another plural noun the question counts in its data ("Tom has 5 bags ... How many marbles?":
    `40 bags`), by construction."""
    v, q = ctx.number, ctx.question or ""
    g = _dollars(ctx.gold)
    m = _HOW_MANY_Q.search(q)
    if v is None or m is None or not re.fullmatch(r"\d+", g) or m.group(1).lower() in ("more", "fewer", "less"):
        return
    # the counted words: up to three after "how many", until a verb, "of" or a preposition (one of them the noun)
    words = []
    for w in q[m.start():].split()[2:5]:
        w = re.sub(r"[^a-z]", "", w.lower())
        if not w or w in _COUNT_ENDS:
            break
        words.append(w)
    if not words:
        return
    if len(words) == 1:
        yield Mut("eq_counted_noun", f"{g} \\text{{ {words[0]}}}", False, True, oracle_text=g)
    stems = {w.rstrip("s") for w in words}
    others = [w for w in dict.fromkeys(x.lower() for x in _DATA_NOUN.findall(q))
              if not any(w.rstrip("s").startswith(t) or t.startswith(w.rstrip("s")) for t in stems)]
    for w in others[:2]:
        yield Mut("counted_noun_wrong", f"{g} \\text{{ {w}}}", True, True, detail="another noun of the data")


@gen
def plain_mixed(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A non-integer rational gold above 1 as a mixed number in plain text (`3 1/2` for 7/2): equivalent. Wrong:
    the whole part off by one, the fraction part changed, by construction."""
    v = ctx.number
    if v is None or not v.is_Rational or v.is_Integer or abs(v) <= 1 or v.q > 50:
        return
    sign = "-" if v < 0 else ""
    w, r = divmod(abs(Fraction(int(v.p), int(v.q))), 1)
    yield Mut("eq_plain_mixed", f"{sign}{w} {r.numerator}/{r.denominator}", False, oracle_text=ctx.gold)
    yield Mut("plain_mixed_wrong", f"{sign}{w + 1} {r.numerator}/{r.denominator}", True, True, detail="whole part")
    if r.denominator > 2:
        other = r.numerator + 1 if r.numerator + 1 < r.denominator else r.numerator - 1
        if Fraction(other, r.denominator) != r:
            yield Mut("plain_mixed_wrong", f"{sign}{w} {other}/{r.denominator}", True, True, detail="fraction part")


_POLAR_WORDS = {"yes": "no", "no": "yes", "true": "false", "false": "true"}


@gen
def polar_reasons(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A yes/no (true/false) gold answered with a reason after a comma or colon. Equivalent: the same word and a
    plain reason. Wrong: the opposite word with the same reason; the same word with a reason that hedges or turns
    it (`No, but maybe yes`), by construction."""
    g = re.sub(r"\\text\s*\{\s*([^{}]*)\}", r"\1", ctx.gold.strip("$ ")).strip().rstrip(".")
    if g.lower() not in _POLAR_WORDS:
        return
    opp = _POLAR_WORDS[g.lower()]
    opp = opp.capitalize() if g[:1].isupper() else opp
    reason = rng.choice(["since $91 = 7 \\times 13$.", "because $2^5 = 32$.", "$3^4 = 81$."])
    yield Mut("eq_polar_reason", f"{g}, {reason}", False, True, oracle_text=ctx.gold)
    yield Mut("polar_reason_wrong", f"{opp}, {reason}", True, True, detail="opposite")
    yield Mut("polar_reason_wrong", f"{g}, but maybe {opp.lower()}.", True, True, detail="turned")
    yield Mut("polar_reason_wrong", f"{g}: or {opp.lower()}, depending on n.", True, True, detail="hedged")
    # the question's claim restated after the yes/no (polarity.restated_polarity), asked "Is the number prime?": once
    # negated after no, never after yes; the claim contradicted or another claim made is wrong by construction
    q = "Is the number described above prime?"
    yes = g.lower() in ("yes", "true")
    same = f"{g}, it is {'' if yes else 'not '}prime."
    yield Mut("eq_polar_reason", same, False, True, oracle_text=ctx.gold, question=q, detail="claim restated")
    yield Mut("polar_reason_wrong", f"{opp}, it is {'not ' if yes else ''}prime.", True, True, question=q,
              detail="claim restated, opposite")
    yield Mut("polar_reason_wrong", f"{g}, it is {'not ' if yes else ''}prime.", True, True, question=q,
              detail="claim contradicted")
    yield Mut("polar_reason_wrong", f"{g}, it is composite.", True, True, question=q, detail="another claim")
    yield Mut("polar_reason_wrong", f"{g}, it is prime, I think.", True, True, question=q, detail="doubted")
    # the claim's predicate alone (polarity.predicate_polarity), asked "Does the series $S$ converge?": negated once
    # for no; the opposite, a part of a longer predicate, or another word is wrong by construction
    qs = "Does the series $\\sum_{n=1}^{\\infty} a_n$ above converge?"
    qa = "Does the series $S$ above converge absolutely?"
    yield Mut("eq_polar_reason", "converges" if yes else "does not converge", False, True, oracle_text=ctx.gold,
              question=qs, detail="predicate")
    yield Mut("polar_reason_wrong", "does not converge" if yes else "converges", True, True, question=qs,
              detail="predicate, opposite")
    yield Mut("polar_reason_wrong", "converges" if yes else "not absolutely", True, True, question=qa,
              detail="predicate, a part")
    yield Mut("polar_reason_wrong", "diverges" if yes else "converges conditionally", True, True, question=qs,
              detail="predicate, another word")
    yield Mut("polar_reason_wrong", "not not converge" if yes else "not not converges", True, True, question=qs,
              detail="predicate, negated twice")
    m = _EXIST_Q.search(ctx.question or "")
    if m and not re.search(r"(?i)\b(?:not|no|never|none)\b|n't", ctx.question or ""):
        noun = m.group(1).lower()  # "Is there an integer n ...": "such an integer" (no yes/no gold in the shared
        # data today: unit tests in test_rules cover the rule; this kind runs when such golds come)
        yes = g.lower() in ("yes", "true")
        if g.lower() in ("yes", "no"):
            art = "an" if noun[0] in "aeiou" else "a"
            claim_yes, claim_no = f"such {art} {noun} exists", f"there is no such {noun}"
            say = (f"{g}, {claim_yes}." if yes else f"{g}, {claim_no}.")
            yield Mut("eq_polar_reason", say, False, True, oracle_text=ctx.gold, detail="existence")
            yield Mut("polar_reason_wrong", f"{g}, {claim_no if yes else claim_yes}.", True, True,
                      detail="existence contradicted")
            yield Mut("polar_reason_wrong", f"{opp}, {claim_no if yes else claim_yes}.", True, True,
                      detail="existence, opposite")


# an existence question and its noun: "Is there an integer n ...", "Does there exist a triangle ..."
_EXIST_Q = re.compile(r"(?i)\b(?:is\s+there|does\s+there\s+exist)\s+an?\s+([a-z]{3,15})\b")


_ROOTS_ASKED = re.compile(r"(?i)\b(?:roots|solutions|zeros|eigenvalues)\b|\bsolve\s*(?:the\s+equation\s*)?:?\s*\$[^$<>]*=")


@gen
def numbered_roots(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list gold of distinct numbers whose question asks for roots / solutions / eigenvalues, written with
    numbered labels (`x_1 = 5, x_2 = 2`). Equivalent in any order; wrong with one value changed or one dropped."""
    v = ctx.value
    if not (isinstance(v, O.Seq) and not v.open and 2 <= len(v.items) <= 4) or not _ROOTS_ASKED.search(
            ctx.question or ""):
        return
    vals = [x.strip() for x in O._split_top(_dollars(ctx.gold), ",")]
    if len(vals) != len(v.items) or len(set(vals)) != len(vals) or not all(_DEC_LIT.match(x) for x in vals):
        return
    named = lambda xs: ", ".join(f"x_{i + 1} = {x}" for i, x in enumerate(xs))
    yield Mut("eq_numbered_roots", named(vals[::-1]), False, True, oracle_text=ctx.gold)
    yield Mut("numbered_roots_wrong", named(vals[:-1] + [fmt(Fraction(vals[-1]) + 1)]), True, True, detail="value")
    yield Mut("numbered_roots_wrong", named(vals[:-1]), True, True, detail="one dropped")


_FRACTION_GOLD = re.compile(r"^(?:\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}|(\d+)\s*/\s*(\d+))$")
_RADICAL_GOLD = re.compile(r"^(\d*)\s*\\sqrt\s*\{\s*(\d+)\s*\}$")
# (the oracle compares values, not forms: it is shown a text it cannot equate, so it keeps the case)
_OFF_FORM = "\\text{a value written out of the form asked}"
_LOWEST_Q = re.compile(r"(?i)lowest terms|common fraction|simplest form|(?:reduced|simplified|irreducible) fraction")
_RADICAL_Q = re.compile(r"(?i)(?:simplest )?radical form")


@gen
def asked_forms(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A question that asks for a form ("as a common fraction in lowest terms", "in simplest radical form"): the
    gold's value written out of that form is wrong by construction (`\\frac{6}{9}` for 2/3, `\\sqrt{8}` for
    2\\sqrt{2}); the same form written otherwise (`\\dfrac`) is equivalent."""
    g, q = _dollars(ctx.gold), ctx.question or ""
    m = _FRACTION_GOLD.match(g)
    if m and _LOWEST_Q.search(q):
        p, d = (int(x) for x in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        if math.gcd(p, d) == 1 and d > 1:
            k = rng.choice([2, 3, 5])
            yield Mut("form_wrong", f"\\frac{{{k * p}}}{{{k * d}}}", True, True, oracle_text=_OFF_FORM,
                      detail="not in lowest terms")
            yield Mut("eq_form_kept", f"\\dfrac{{{p}}}{{{d}}}", False, True, oracle_text=ctx.gold)
    m = _RADICAL_GOLD.match(g)
    if m and _RADICAL_Q.search(q):
        a, b = int(m.group(1) or 1), int(m.group(2))
        if a > 1 and b > 1:
            yield Mut("form_wrong", f"\\sqrt{{{a * a * b}}}", True, True, oracle_text=_OFF_FORM,
                      detail="square left under the root")
            yield Mut("eq_form_kept", f"{a} \\sqrt{{{b}}}", False, True, oracle_text=ctx.gold)


_RATIOS_GOLD = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*:\s*(\d+)(?:\s*:\s*(\d+))?\s*$")


@gen
def scaled_ratios(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A ratio of three or more integer parts (`3:4:5`): scaled by a positive factor it is the same ratio; one part
    changed, the parts reversed (different parts) or negated, it is another (by construction)."""
    m = _RATIOS_GOLD.match(_dollars(ctx.gold))
    if not m:
        return
    parts = [int(x) for x in m.groups() if x is not None]
    if 0 in parts:
        return
    k = rng.choice([2, 3, 10])
    yield Mut("eq_scaled_ratio", " : ".join(str(k * p) for p in parts), False, True, oracle_text=ctx.gold)
    yield Mut("eq_scaled_ratio", " : ".join(f"\\frac{{{p}}}{{{k}}}" for p in parts), False, True,
              oracle_text=ctx.gold, detail="divided")
    bumped = parts[:-1] + [parts[-1] + 1]
    yield Mut("scaled_ratio_wrong", " : ".join(str(k * p) for p in bumped), True, True, oracle_text=_OFF_FORM,
              detail="one part changed")
    if parts != parts[::-1]:
        yield Mut("scaled_ratio_wrong", " : ".join(str(k * p) for p in parts[::-1]), True, True,
                  oracle_text=_OFF_FORM, detail="reversed")
    yield Mut("scaled_ratio_wrong", " : ".join(str(-p) for p in parts), True, True, oracle_text=_OFF_FORM,
              detail="negated")


_LINE_GOLD = re.compile(r"^y\s*=\s*(-?\d*)\s*x\s*([+-])\s*(\d+)$")


@gen
def line_forms(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A line gold `y = mx + c` (integers) in general form `mx - y + c = 0` (and times -1): the same equation.
    Wrong: the constant's sign changed, the slope changed (different lines), labelled by the oracle."""
    m = _LINE_GOLD.match(_dollars(ctx.gold).replace(" ", ""))
    if not m:
        return
    slope = int(m.group(1)) if m.group(1) not in ("", "-") else (-1 if m.group(1) == "-" else 1)
    c = int(m.group(3)) * (1 if m.group(2) == "+" else -1)
    def general(s: int, k: int) -> str:
        return f"{s}x - y {'+' if k >= 0 else '-'} {abs(k)} = 0"
    yield Mut("eq_line_form", general(slope, c), False)
    yield Mut("eq_line_form", f"y - {slope}x {'-' if c >= 0 else '+'} {abs(c)} = 0", False, detail="y first")
    yield Mut("line_form_wrong", general(slope, -c), True, detail="constant's sign")
    yield Mut("line_form_wrong", general(slope + 1, c), True, detail="slope")


_Q_PARTS = re.compile(r"\((?:1|I)\)[\s\S]*\((?:2|II)\)")


@gen
def numbered_parts(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list gold of 2-3 distinct numbers whose question numbers its parts ("(1) ... (2) ..."): the answer with
    its parts numbered in the gold's order is equivalent; numbered in another order, or with a part changed, it
    answers the parts wrongly (by construction)."""
    v = ctx.value
    if not (isinstance(v, O.Seq) and not v.open and 2 <= len(v.items) <= 3):
        return
    vals = [x.strip() for x in O._split_top(_dollars(ctx.gold), ",")]
    if len(vals) != len(v.items) or len(set(vals)) != len(vals) or not all(_DEC_LIT.match(x) for x in vals):
        return
    if not _Q_PARTS.search(ctx.question or ""):
        # few list golds come with a question in parts: the bare-list cases below also run with parts added
        q = (ctx.question or "") + " " + " ".join(f"({i + 1}) Find the {w} value." for i, w in
                                                  zip(range(len(vals)), ("first", "second", "third")))
        yield Mut("numbered_parts_wrong", ", ".join(vals[::-1]), True, True, oracle_text=_OFF_FORM,
                  detail="bare, reordered, parts added", question=q)
        yield Mut("eq_numbered_parts", "; ".join(vals), False, True, oracle_text=ctx.gold,
                  detail="bare, semicolons, parts added", question=q)
        marks = lambda xs: "; ".join(f"({'abc'[i]}) {x}" for i, x in enumerate(xs))  # noqa: E731
        yield Mut("eq_numbered_parts", marks(vals), False, True, oracle_text=ctx.gold, detail="letter marks, parts added",
                  question=q)
        yield Mut("numbered_parts_wrong", marks(vals[::-1]), True, True, oracle_text=_OFF_FORM,
                  detail="letter marks reordered, parts added", question=q)
        return
    numbered = lambda xs: "; ".join(f"({i + 1}) {x}" for i, x in enumerate(xs))
    yield Mut("eq_numbered_parts", numbered(vals), False, True, oracle_text=ctx.gold)
    # marks in letters, one scheme (engine._numbered_parts): in order the same; reordered, or two schemes, wrong
    lettered = lambda xs: ";\\ ".join(f"\\text{{({'abc'[i]}) }} {x}" for i, x in enumerate(xs))  # noqa: E731
    yield Mut("eq_numbered_parts", lettered(vals), False, True, oracle_text=ctx.gold, detail="letter marks")
    yield Mut("numbered_parts_wrong", lettered(vals[::-1]), True, True, oracle_text=_OFF_FORM,
              detail="letter marks, reordered")
    yield Mut("numbered_parts_wrong", f"(a) {vals[1]}; (2) {vals[0]}" + "".join(
        f"; ({'cde'[i]}) {x}" for i, x in enumerate(vals[2:])), True, True, oracle_text=_OFF_FORM,
        detail="two schemes, swapped")
    yield Mut("numbered_parts_wrong", numbered(vals[::-1]), True, True, oracle_text=_OFF_FORM, detail="reordered")
    # a bare list answers the parts in its order: reversed it swaps them (the oracle reads a list as a multiset)
    yield Mut("numbered_parts_wrong", ", ".join(vals[::-1]), True, True, oracle_text=_OFF_FORM, detail="bare, reordered")
    yield Mut("eq_numbered_parts", "; ".join(vals), False, True, oracle_text=ctx.gold, detail="bare, semicolons")
    yield Mut("numbered_parts_wrong", numbered(vals[:-1] + [fmt(Fraction(vals[-1]) + 1)]), True, True,
              detail="a part changed")
    # marks in text with more words after them, and a part that carries a function value's label (`f(2) = 3`)
    texted = lambda xs: ";\\ ".join(f"\\text{{({i + 1}) value }} {x}" for i, x in enumerate(xs))  # noqa: E731
    yield Mut("eq_numbered_parts", texted(vals), False, True, oracle_text=ctx.gold, detail="text mark")
    yield Mut("numbered_parts_wrong", texted(vals[::-1]), True, True, oracle_text=_OFF_FORM, detail="text mark, reordered")
    yield Mut("numbered_parts_wrong", f"(1) f(2) = {vals[1]}; (2) {vals[0]}" + "".join(
        f"; ({i + 3}) {x}" for i, x in enumerate(vals[2:])), True, True, oracle_text=_OFF_FORM, detail="f(2) label, swapped")


_FIND_THE = re.compile(r"(?i)\b(?:find|determine|compute|calculate|what\s+is)\s+the\s+([a-z]{4,15})\b(?!\s+of\s+(?:the\s+)?"
                       r"(?:ways|numbers))")


@gen
def word_labels(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold whose question asks for "the <noun>": the value written after that word (`\\text{area } 12`,
    `\\text{The area is } 12`) is equivalent; after a word the question does not use, a hedge or a negation
    (`\\text{radius } 12`, `\\text{perhaps } 12`, `\\text{not } 12`) it is no answer (by construction)."""
    v, q = ctx.number, ctx.question or ""
    m = _FIND_THE.search(q)
    g = _dollars(ctx.gold)
    if v is None or m is None or not _DEC_LIT.match(g):
        return
    noun = m.group(1).lower()
    yield Mut("eq_word_label", f"\\text{{{noun} }} {g}", False, True, oracle_text=ctx.gold)
    yield Mut("eq_word_label", f"\\text{{The {noun} is }} {g}", False, True, oracle_text=ctx.gold, detail="sentence")
    other = next((w for w in ("radius", "perimeter", "volume", "height", "speed") if w not in q.lower()), None)
    if other:
        yield Mut("word_label_wrong", f"\\text{{{other} }} {g}", True, True, oracle_text=_OFF_FORM,
                  detail="a word the question does not use")
    yield Mut("word_label_wrong", f"\\text{{perhaps }} {g}", True, True, oracle_text=_OFF_FORM, detail="hedge")
    yield Mut("word_label_wrong", f"\\text{{not }} {g}", True, True, oracle_text=_OFF_FORM, detail="negation")


_FAMILY_GOLD = re.compile(r"^(?P<lab>[a-z]\s*=\s*)?(?P<expr>[^,]*?(?<![\w\\])(?:2k\s*\\pi|k\s*\\pi|\\frac\s*\{\s*k\s*\\pi\s*\}"
                          r"\s*\{\s*2\s*\})[^,]*?)(?P<decl>\s*,?\s*\\?\(?\s*\(?\s*k\s*\\in\s*\\mathbb\s*\{?\s*Z\s*\}?\s*\)?)?$")


@gen
def periodic_families(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A family of angles over the integers k (`\\frac{\\pi}{3} + 2k\\pi`, period 2pi, pi or pi/2): shifted by 2pi
    (a whole number of periods) it is the same set; shifted by pi/7 (no whole number of those periods) another
    (by construction; the oracle reads k as a variable)."""
    m = _FAMILY_GOLD.match(_dollars(ctx.gold))
    if not m or "k" not in m["expr"] or re.search(r"\\[{}]|\\mid|\\text|\\neq|\\left|\\in|[<>|]", m["expr"]):
        return
    lab, expr, decl = m["lab"] or "", m["expr"].strip(), m["decl"] or ""
    yield Mut("eq_periodic_family", f"{lab}{expr} + 2\\pi{decl}", False, True, oracle_text=ctx.gold)
    yield Mut("periodic_family_wrong", f"{lab}{expr} + \\frac{{\\pi}}{{7}}{decl}", True, True, detail="shifted by pi/7")
    name = lab.split("=")[0].strip()
    if name and "k" in expr:  # the set of the family's values, and a declaration after the value in parentheses
        yield Mut("eq_periodic_family", f"\\{{{name} \\mid {lab}{expr}, k \\in \\mathbb{{Z}}\\}}", False, True,
                  oracle_text=ctx.gold, detail="set-builder")
        yield Mut("eq_periodic_family", f"{lab}{expr}\\ (k \\in \\mathbb{{Z}})", False, True, oracle_text=ctx.gold,
                  detail="declared after")
        yield Mut("periodic_family_wrong", f"\\{{{name} \\mid {lab}{expr} + \\frac{{\\pi}}{{7}}, k \\in \\mathbb{{Z}}\\}}",
                  True, True, detail="set-builder, shifted")
        yield Mut("periodic_family_wrong", f"{lab}{expr} + \\frac{{\\pi}}{{7}}\\ (k \\in \\mathbb{{Z}})", True, True,
                  detail="declared after, shifted")


_PM_SUM_GOLD = re.compile(r"^(?P<lab>[^=,]*=\s*)?(?P<a>[^,=]+?)\s*\\pm(?![a-z])\s*(?P<b>[^,=]+?)(?P<rest>\s*,.*)?$")


@gen
def pm_reordered(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold `a \\pm b` (`2k\\pi \\pm \\frac{2\\pi}{3}`, `1 \\pm \\sqrt{2}`): written `\\pm b + a` it is the same two
    values; `a + b` alone is one of them only (by construction)."""
    m = _PM_SUM_GOLD.match(_dollars(ctx.gold))
    def plain(t: str) -> bool:  # one term: balanced braces, no brackets, no set or text markup
        return bool(re.fullmatch(r"[\w\\{}^ ]+", t)) and t.count("{") == t.count("}") and all(
            c in ("frac", "dfrac", "sqrt", "pi", "cdot") for c in re.findall(r"\\([A-Za-z]+)", t))
    if not m or not plain(m["a"].strip()) or not plain(m["b"].strip()):
        return
    lab, a, b, rest = m["lab"] or "", m["a"].strip(), m["b"].strip(), m["rest"] or ""
    if not b or a.endswith(("+", "-", "(")):
        return
    yield Mut("eq_pm_reordered", f"{lab}\\pm {b} + {a}{rest}", False, True, oracle_text=ctx.gold)
    yield Mut("pm_reordered_wrong", f"{lab}{a} + {b}{rest}", True, True, oracle_text=_OFF_FORM, detail="one sign only")


@gen
def either_or(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list gold of two distinct numbers written "either a or b" (in its order: some are ordered): the same; with
    one value changed, or "either a" alone (no second value), wrong (by construction for the lone one)."""
    vals = _two_numbers(ctx)
    if vals is None:
        return
    a, b = vals
    yield Mut("eq_either_or", f"\\text{{either }} {a} \\text{{ or }} {b}", False, True, oracle_text=ctx.gold)
    yield Mut("eq_either_or", f"either {a} or {b}", False, True, oracle_text=ctx.gold, detail="plain words")
    yield Mut("either_or_wrong", f"\\text{{either }} {b} \\text{{ or }} {fmt(Fraction(a) + 1)}", True, True,
              detail="value")
    yield Mut("either_or_wrong", f"\\text{{either }} {b}", True, True, oracle_text=_OFF_FORM, detail="one only")


@gen
def eccentricity_label(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold of a question about an eccentricity, labelled `e = ...`: the same value; `e = ` another value,
    or the value under another letter (`c = `, a letter no question names as its eccentricity), wrong."""
    v, g = ctx.number, _dollars(ctx.gold).strip()
    if v is None or "eccentricit" not in (ctx.question or "").lower() or "=" in g:
        return
    yield Mut("eq_eccentricity_label", f"e = {g}", False, True, oracle_text=ctx.gold)
    yield Mut("eccentricity_label_wrong", f"e = {g} + 1", True, False, oracle_text=f"{g} + 1")
    yield Mut("eccentricity_label_wrong", f"k = {g}", True, True, oracle_text=_OFF_FORM, detail="another letter")


_QUADRANT_GOLD = re.compile(r"(?i)^(?:\\text\{\s*)?(?:the\s+)?(first|second|third|fourth)\s+quadrant\s*\}?\.?$")
_ORDINALS = ["first", "second", "third", "fourth"]
_ROMAN = ["I", "II", "III", "IV"]


@gen
def quadrants(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold naming a quadrant ("Second quadrant"): as `Quadrant II`, `\\text{the second quadrant}`, or the numeral
    alone for a question about quadrants, the same; any other quadrant, in each form, wrong (by construction)."""
    m = _QUADRANT_GOLD.match(_dollars(ctx.gold).strip())
    if not m:
        return
    n = _ORDINALS.index(m.group(1).lower())
    other = (n + rng.randrange(1, 4)) % 4
    forms = [lambda k: f"\\text{{Quadrant {_ROMAN[k]}}}", lambda k: f"\\text{{the {_ORDINALS[k]} quadrant}}"]
    if "quadrant" in (ctx.question or "").lower():
        forms.append(lambda k: f"\\text{{{_ROMAN[k]}}}")
    forms.append(lambda k: f"The point corresponding to it lies in the {_ORDINALS[k]} quadrant.")
    for f in forms:
        yield Mut("eq_quadrant", f(n), False, True, oracle_text=ctx.gold)
        yield Mut("quadrant_wrong", f(other), True, True, oracle_text=_OFF_FORM)
    yield Mut("quadrant_wrong", f"The point does not lie in the {_ORDINALS[n]} quadrant.", True, True,
              oracle_text=_OFF_FORM, detail="negated")
    yield Mut("quadrant_wrong", f"The point of $w$ lies in the {_ORDINALS[n]} quadrant.", True, True,
              oracle_text=_OFF_FORM, detail="another point")



_CONGRUENCE_GOLD = re.compile(r"^(?:(?P<lab>[a-z])\s*\\equiv\s*)?(?P<r>-?\d+)\s*(?:\\pmod\s*\{\s*(?P<m1>\d+)\s*\}|"
                              r"\\pmod\s*(?P<m2>\d+)|\(\s*\\?(?:bmod|mod)\s*(?P<m3>\d+)\s*\))$")


@gen
def congruences(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A residue-class gold (`x \\equiv 17 \\pmod{343}`): as the family `x = 343k + 17`, with another representative
    (`x \\equiv 360 \\pmod{343}`), or with `k` declared, the same set; another residue, a multiple of the modulus,
    or the representative alone (`x = 17`), another (by construction: the oracle reads no congruences)."""
    m = _CONGRUENCE_GOLD.match(_dollars(ctx.gold).strip())
    if not m:
        return
    lab, r, mod = m["lab"], int(m["r"]), int(m["m1"] or m["m2"] or m["m3"])
    if mod < 2:
        return
    head = f"{lab} = " if lab else ""
    k, n = [c for c in "kntj" if c != lab][:2]  # family letters other than the gold's own name
    cong = (lambda res, md: f"{lab} \\equiv {res} \\pmod{{{md}}}") if lab else (lambda res, md: f"{res} \\pmod{{{md}}}")
    yield Mut("eq_congruence", f"{head}{mod}{k} + {r}", False, True, oracle_text=ctx.gold)
    yield Mut("eq_congruence", cong(r + mod, mod), False, True, oracle_text=ctx.gold, detail="representative")
    yield Mut("eq_congruence", f"{head}{r} + {mod}{n}, {n} \\in \\mathbb{{Z}}", False, True, oracle_text=ctx.gold,
              detail="declared")
    yield Mut("congruence_wrong", cong(r + 1, mod), True, True, oracle_text=_OFF_FORM, detail="residue")
    yield Mut("congruence_wrong", cong(r, 2 * mod), True, True, oracle_text=_OFF_FORM, detail="modulus")
    yield Mut("congruence_wrong", f"{head}{mod}{k} + {r + 1}", True, True, oracle_text=_OFF_FORM, detail="family")
    yield Mut("congruence_wrong", f"{head}{r}", True, True, oracle_text=_OFF_FORM, detail="one representative")



# angles (degrees) with an inverse trigonometric form, and another angle's form of the same function
_INVERSE_FORMS = {30: ("\\arcsin\\frac{1}{2}", "\\arccos\\frac{1}{2}", 60), 45: ("\\arctan 1", "\\arctan 2", None),
                  60: ("\\arccos\\frac{1}{2}", "\\arcsin\\frac{1}{2}", 30), 90: ("\\arccos 0", "\\arccos 1", 0),
                  120: ("\\arccos\\left(-\\frac{1}{2}\\right)", "\\arccos\\frac{1}{2}", 60),
                  135: ("\\arccos\\left(-\\frac{\\sqrt{2}}{2}\\right)", "\\arccos\\frac{\\sqrt{2}}{2}", 45),
                  150: ("\\arccos\\left(-\\frac{\\sqrt{3}}{2}\\right)", "\\arccos\\frac{\\sqrt{3}}{2}", 30)}
_DEGREE_GOLD = re.compile(r"^(\d{2,3})\s*(?:\^\s*\{?\s*\\circ\s*\}?|°)$")


@gen
def inverse_trig_angles(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold angle in degrees (`60^\\circ`) written as an inverse trigonometric value (`\\arccos\\frac{1}{2}`, in
    radians): the same angle; the form of another angle (`\\arcsin\\frac{1}{2}`, 30 degrees), another (by
    construction, the oracle shown the degrees)."""
    m = _DEGREE_GOLD.match(_dollars(ctx.gold).strip())
    if not m or int(m.group(1)) not in _INVERSE_FORMS:
        return
    same, other, other_deg = _INVERSE_FORMS[int(m.group(1))]
    yield Mut("eq_inverse_trig", same, False, True, oracle_text=ctx.gold)
    yield Mut("inverse_trig_wrong", other, True, True,
              oracle_text=f"{other_deg}^\\circ" if other_deg is not None else _OFF_FORM)


@gen
def named_points(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A point gold `(2, 0)` written with a name, `F(2, 0)`: the same when the question names no point; a name where it
    names some (which one is meant is not read), or the name on changed coordinates, wrong."""
    v, g = ctx.value, _dollars(ctx.gold).strip()
    if not (isinstance(v, O.Seq) and v.open == "(" and v.close == ")" and 2 <= len(v.items) <= 3
            and g.startswith("(") and g.endswith(")")):
        return
    if not all(isinstance(x, O.Scalar) and x.unit is None and x.expr.is_Rational for x in v.items):
        return
    math = " ".join(re.findall(r"\$([^$]+)\$", ctx.question or ""))  # points are named in the math
    capitals = set(re.findall(r"(?<![A-Za-z\\])([A-Z])(?![A-Za-z])", math))
    name = "P" if not capitals or "P" in capitals else sorted(capitals)[0]  # (P: the usual name of the point asked)
    if not capitals:  # (a name is read only where the question names no point)
        yield Mut("eq_named_point", f"{name}{g}", False, True, oracle_text=ctx.gold)
        if all(x.expr.is_Integer for x in v.items) and not re.search(
                r"(?i)\b(?:foc(?:us|i)|vert(?:ex|ices)|centroid|cent(?:er|re)|origin|orthocent|incent)", ctx.question or ""):  # (M names a midpoint, not a focus: labels._POINT_KINDS)
            yield Mut("eq_named_point", f"M{g}", False, True, oracle_text=ctx.gold, detail="M")
        yield Mut("named_point_wrong", f"C{g}", True, True, oracle_text=_OFF_FORM, detail="counting letter",
                  question=(ctx.question or "") + " In how many ways can this be chosen?")
    k = rng.randrange(len(v.items))
    moved = "(" + ", ".join(fmt(x.expr + (1 if i == k else 0)) for i, x in enumerate(v.items)) + ")"
    yield Mut("named_point_wrong", f"{name}{moved}", True, oracle_text=moved)
    if capitals:
        other = next(c for c in "ZYXWQ" if c not in capitals)
        yield Mut("named_point_wrong", f"{other}{g}", True, True, oracle_text=_OFF_FORM, detail="another point")


_HOW_MANY_THING = re.compile(r"(?i)\bhow\s+many\s+(?!ways\b|units\b)[a-z]{3,}")


@gen
def generic_nouns(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold with a noun that only says what kind of number it is (`12 \\text{ units}`, `48 \\text{ ways}`):
    the same number; a changed number, a scale word before the noun, or "ways" for "how many students?" (another
    thing counted), wrong."""
    v, g = ctx.number, _dollars(ctx.gold).strip()
    if v is None or not _DEC_LIT.match(g):
        return
    q = ctx.question or ""
    if _HOW_MANY_THING.search(q):
        yield Mut("generic_noun_wrong", f"{g} \\text{{ ways}}", True, True, oracle_text=_OFF_FORM,
                  detail="another thing counted")
        return
    if not re.search(r"(?i)\bin\s+(?:[a-z]+\s+)?(?:meters|centimeters|inches|feet|units|kilometers|miles|seconds|"
                     r"minutes|hours|dollars|cents|degrees|liters|grams|kilograms)\b", q):
        yield Mut("eq_generic_noun", f"{g} \\text{{ units}}", False, True, oracle_text=ctx.gold)
    if re.search(r"(?i)\b(?:find|what\s+is|determine|calculate|compute)\s+(?:\w+\s+){0,4}area\b", q):
        yield Mut("eq_generic_noun", f"{g} \\text{{ square units}}", False, True, oracle_text=ctx.gold, detail="square")
    elif q and not re.search(r"(?i)\barea|\bsquare", q):  # (without a question nothing says what was asked)
        yield Mut("generic_noun_wrong", f"{g} \\text{{ square units}}", True, True, oracle_text=_OFF_FORM,
                  detail="an area's noun, no area asked")
    yield Mut("generic_noun_wrong", f"{fmt(Fraction(g) + 1)} \\text{{ units}}", True, oracle_text=fmt(Fraction(g) + 1))
    yield Mut("generic_noun_wrong", f"{g} \\text{{ thousand units}}", True, True, oracle_text=f"({g})\\cdot 1000")


_FUNCTION_GOLD = re.compile(r"^([fgh])\(([a-z])\)\s*=\s*([^,;]+)$")


@gen
def restated_domains(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A function gold `f(x) = 2x` with "for all x" (and the question's own condition on x, if it writes one
    `x>0`): the same function; a condition the question does not write (`for all x > 12345`, part of the domain)
    or a changed formula, wrong (by construction)."""
    m = _FUNCTION_GOLD.match(_dollars(ctx.gold).strip())
    if not m or "\\text" in m.group(3):
        return
    var, q = m.group(2), (ctx.question or "").replace(" ", "").replace("$", "")
    g = _dollars(ctx.gold).strip()
    yield Mut("eq_restated_domain", f"{g} \\text{{ for all }} {var}", False, True, oracle_text=ctx.gold)
    cond = re.search(rf"(?<![A-Za-z]){var}(>0|\\geq0|\\ge0|\\in\\mathbb\{{R\}}\^\+?|\\in\\mathbb\{{R\}})", q)
    if cond:
        yield Mut("eq_restated_domain", f"{g} \\text{{ for all }} {var}{cond.group(1)}", False, True,
                  oracle_text=ctx.gold, detail="the question's condition")
    yield Mut("restated_domain_wrong", f"{g} \\text{{ for all }} {var} > 12345", True, True, oracle_text=_OFF_FORM,
              detail="part of the domain")
    # (changed by a non-constant where the gold adds an arbitrary constant: `c - 2x + 1` is still the family c - 2x)
    change = f" + {var}^2" if _FAMILY_CONSTANT.search(g) else " + 1"
    yield Mut("restated_domain_wrong", f"{g}{change} \\text{{ for all }} {var}", True, True,
              oracle_text=f"{g}{change}", detail="changed")



@gen
def approx_sign(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A decimal gold written after an approximation sign (`\\approx 0.507`): the same stated value; the sign before
    another decimal (the last digit changed), wrong."""
    g = _dollars(ctx.gold).strip()
    if ctx.number is None or not re.fullmatch(r"-?\d+\.\d+", g):
        return
    yield Mut("eq_approx_sign", f"\\approx {g}", False, True, oracle_text=ctx.gold)
    last = int(g[-1])
    changed = g[:-1] + str((last + 1) % 10)
    yield Mut("approx_sign_wrong", f"\\approx {changed}", True, oracle_text=changed)


# the harness's own reading of "the question asks for this quantity" (independent of rules/symbols.py): an asking
# verb, "the", the word; the symbols a textbook writes for it, and one symbol of an unrelated quantity
_QUANTITY_ASKS = {"radius": (("r",), "h"), "volume": (("V",), "r"), "variance": (("s^2", "\\sigma^2"), "s"),
                  "height": (("h",), "r"), "area": (("S",), "V"), "perimeter": (("P",), "A")}
_ASKS_QUANTITY = re.compile(r"(?i)\b(?:find|determine|compute|calculate|what\s+is)\s+(?:the|its)\s+(radius|volume|"
                            r"variance|height|area|perimeter)\s+of\b")


def _letter_free(question: str, symbol: str) -> bool:
    letter = symbol.split("^")[0].lstrip("\\")
    if len(letter) > 1:
        return letter not in question
    if letter.isupper():
        return not re.search(rf"[A-Z]*{letter}[A-Z]*", question.replace("A ", "a "))
    return not re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", question)


@gen
def conventional_symbols(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold of a question that asks one quantity by name ("Find the radius of ..."), labelled with that
    quantity's textbook symbol (`r = 4`, by construction): equivalent when the question has no such letter of its
    own; wrong with another value, with the symbol of an unrelated quantity (`h = 4` for a radius), with a letter the
    question gives another meaning (the question extended), or with the derivative of a function (`f'(x) = 4`)."""
    v = ctx.number
    g = ctx.gold.strip("$ ")
    q = ctx.question or ""
    if v is None or not v.is_Rational or "=" in g or "," in g or "\\text" in g:
        return
    if re.search(r"\$\s*\d", q):
        return  # a currency sign: labels.asks_for pairs such signs as math (a known gap), not this rule's to show
    last = re.split(r"[.?!]\s+(?=[A-Z])", re.sub(r"(?s)\[asy\].*", "", q).strip())[-1]  # the asking sentence
    asked = {m.group(1).lower() for m in _ASKS_QUANTITY.finditer(last)}
    if len(asked) != 1:
        return
    symbols, other = _QUANTITY_ASKS[asked.pop()]
    w = fmt(v + 1)
    for sym in symbols:
        if not _letter_free(q, sym):
            continue
        yield Mut("eq_conventional_symbol", f"{sym} = {g}", False, True)
        yield Mut("conventional_symbol_wrong", f"{sym} = {w}", True, True, detail="value")
        letter = sym.split("^")[0]
        yield Mut("conventional_symbol_wrong", f"{sym}={g}", True, True, detail="the question's own letter",
                  question=q + f" Let ${letter}$ be the number of solutions of $t^2 = {abs(v) + 7}$.")
    if _letter_free(q, other):
        yield Mut("conventional_symbol_wrong", f"{other} = {g}", True, True, detail="another quantity's symbol")
    yield Mut("conventional_symbol_wrong", f"f'(x) = {g}", True, True, detail="a derivative")


_HOW_MANY_WORDS = re.compile(r"(?i)\bhow\s+many\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:does|do|did|are|is|were|was|can|will)\b")


@gen
def counted_statement(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """"How many <words> ...?" answered by a statement with a subject of its own and the question's words after the
    count (by construction): "It has N <words>." / "A total of N <words>." equivalent with the gold's N; wrong with
    another N, another noun, a bound, a comparison, a negation or a scale word."""
    m = _HOW_MANY_WORDS.search(ctx.question or "")
    v = ctx.number
    if m is None or v is None or not v.is_Integer or v < 0 or re.search(r"\d", m.group(1)):
        return
    words, n = m.group(1).lower(), int(v)
    if words.split()[0] in ("more", "fewer", "less", "times", "of", "in", "and", "the", "a"):
        return
    other = next(w for w in ("marbles", "pencils", "tickets", "coins") if w not in (ctx.question or "").lower())
    yield Mut("eq_counted_statement", f"A total of {n} {words}.", False, True)
    yield Mut("eq_counted_statement", f"Therefore it has {n} {words}.", False, True, detail="cue")
    yield Mut("counted_statement_wrong", f"A total of {n + 1} {words}.", True, True, detail="count")
    yield Mut("counted_statement_wrong", f"Therefore it has {n} {other}.", True, True, detail="another noun")
    yield Mut("counted_statement_wrong", f"Therefore it has at most {n} {words}.", True, True, detail="bound")
    yield Mut("counted_statement_wrong", f"Therefore it has {n} fewer {words}.", True, True, detail="comparison")
    yield Mut("counted_statement_wrong", f"Therefore it does not have {n} {words}.", True, True, detail="negation")
    yield Mut("counted_statement_wrong", f"Therefore it has {n} million {words}.", True, True, detail="scale word")
    yield Mut("counted_statement_wrong", f"Therefore it has {n} {words} and {n + 2} {other}.", True, True,
              detail="two counts")
    yield Mut("counted_statement_wrong", f"Each of the {other} has {n} {words}.", True, True, detail="another subject")
    yield Mut("counted_statement_wrong", f"{n} {words} are green.", True, True, detail="another predicate")


_ASKS_SQUARE = re.compile(r"(?i)\bin\s+(square|cubic)\s+(meters|centimeters|kilometers|feet|inches)\b")
_SQUARE_SYMBOL = {"meters": ("m", "cm"), "centimeters": ("cm", "m"), "kilometers": ("km", "m"), "feet": ("ft", "in"),
                  "inches": ("in", "ft")}


@gen
def bare_unit_power(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold of a question that asks "in square meters" (or cubic ...), answered with the unit's bare symbol
    and power (`300 m^2`, by construction): equivalent; wrong with another value, another unit of the same kind
    (`300 cm^2`: another quantity), or another power (`300 m^3`)."""
    m = _ASKS_SQUARE.search(ctx.question or "")
    v = ctx.number
    g = ctx.gold.strip("$ ")
    if m is None or v is None or not v.is_Rational or not re.fullmatch(r"-?\d+(?:\.\d+)?", g):
        return
    power = 2 if m.group(1).lower() == "square" else 3
    sym, other = _SQUARE_SYMBOL[m.group(2).lower()]
    yield Mut("eq_bare_unit_power", f"{g} {sym}^{power}", False, True, oracle_text=ctx.gold)
    yield Mut("eq_bare_unit_power", f"{g} {sym}^{{{power}}}", False, True, detail="braced", oracle_text=ctx.gold)
    yield Mut("bare_unit_power_wrong", f"{fmt(v + 1)} {sym}^{power}", True, True, detail="value")
    if _grouped(g) != g:
        yield Mut("eq_bare_unit_power", f"{_grouped(g)} {sym}^{power}", False, True, detail="grouped", oracle_text=ctx.gold)
        yield Mut("bare_unit_power_wrong", f"{_grouped(fmt(v + 1))} {sym}^{power}", True, True, detail="grouped value")
    yield Mut("bare_unit_power_wrong", f"{g} {other}^{power}", True, True, detail="another unit")
    yield Mut("bare_unit_power_wrong", f"{g} {sym}^{5 - power}", True, True, detail="another power")


_ASKED_SPAN = re.compile(r"(?i)\b(?:compute|evaluate|calculate|find|what\s+is)\s+\$([^$]{3,60})\$")


@gen
def equated_span(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """"Compute $<expr>$." answered "So $<expr>$ equals $<gold>$." (by construction): equivalent; wrong with another
    value, with another span of the question (a datum) equated to the gold, hedged, or bounded."""
    v = ctx.number
    q = ctx.question or ""
    g = ctx.gold.strip("$ ")
    m = _ASKED_SPAN.search(q)
    if m is None or v is None or not v.is_Rational or "=" in m.group(1) or "$" in g:
        return
    expr = m.group(1).strip()
    yield Mut("eq_equated_span", f"So ${expr}$ equals ${g}$.", False, True, oracle_text=ctx.gold)
    yield Mut("equated_span_wrong", f"So ${expr}$ equals ${fmt(v + 1)}$.", True, True, detail="value")
    yield Mut("equated_span_wrong", f"I think ${expr}$ equals ${g}$.", True, True, detail="hedged")
    yield Mut("equated_span_wrong", f"So ${expr}$ is at least ${g}$.", True, True, detail="bound")
    # a datum: math (not prose between two dollar signs) that no asking verb right before it asks for
    other = next((m2.group(1).strip() for m2 in re.finditer(r"\$([^$]{3,60})\$", q)
                  if m2.group(1).strip() != expr and "=" not in m2.group(1)
                  and not re.search(r"(?<![\\_])\b[a-z]{2,}", m2.group(1))
                  and not re.search(r"(?i)\b(?:find|compute|evaluate|calculate|determine|what\s+is)\b[^.?!$]{0,40}\$\s*"
                                    + re.escape(m2.group(1).strip()) + r"\s*\$", q)), None)
    if other:
        yield Mut("equated_span_wrong", f"So ${other}$ equals ${g}$.", True, True, detail="another span")


_ASKED_OF = re.compile(r"(?i)\b(?:what\s+is|find|compute|determine|calculate)\s+the\s+([a-z]+(?:\s+[a-z]+){0,3})\s+of\s+"
                       r"\$([^$]{1,40})\$")


@gen
def asked_subject(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """"What is the real part of $z^2$?" answered "The real part of $z^2$ is $G$." (by construction): equivalent. Wrong:
    another value; the same math under other words ("The imaginary part of ..."); other math; a hedge."""
    v, g = ctx.number, ctx.gold.strip("$ ")
    m = _ASKED_OF.search(ctx.question or "")
    if m is None or v is None or not v.is_Rational or "$" in g:
        return
    words, math_ = m.group(1), m.group(2).strip()
    yield Mut("eq_asked_subject", f"Thus, the {words} of ${math_}$ is ${g}$.", False, True, oracle_text=ctx.gold)
    yield Mut("asked_subject_wrong", f"Thus, the {words} of ${math_}$ is ${fmt(v + 1)}$.", True, True, detail="value")
    if re.fullmatch(r"[A-Za-z](?:_\{?\w{1,3}\}?)?", math_):  # (the words of a letter's subject are read; see README)
        yield Mut("asked_subject_wrong", f"Thus, the smallest prime factor of ${math_}$ is ${g}$.", True, True,
                  detail="words")
    yield Mut("asked_subject_wrong", f"Thus, the {words} of ${math_} + 1$ is ${g}$.", True, True, detail="math")
    yield Mut("asked_subject_wrong", f"Thus, the {words} of ${math_}$ is maybe ${g}$.", True, True, detail="hedged")


@gen
def list_or(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list gold and another list joined by "or" (`(2,2), (0,0) \\text{ or } (0,0), (0,0)`, in a box, after a marker,
    in a table): a choice between two answers, wrong by construction even where the union of both is the gold."""
    from .hedges import _top_parts

    g = _dollars(ctx.gold).strip()
    parts = _top_parts(g)
    if len(parts) < 2 or len(parts) > 6 or "$" in g or re.search(r"\\text|\bor\b|=|\\in\b|\\[,;! ]", g) or any(
            p.rstrip().endswith("\\") for p in parts):
        return  # (a thin space `\\,` is no list comma)
    other = ", ".join([parts[0]] * len(parts))
    yield Mut("list_or_wrong", f"{g} \\text{{ or }} {other}", True, True, detail="text or")
    yield Mut("list_or_wrong", f"{other} \\text{{ or }} {g}", True, True, detail="text or, gold last")
    yield Mut("list_or_wrong", f"{g} or {other}", True, True, detail="plain or")


_TOLD_OPTION = re.compile(r"^([A-H])\s?[:：.)]\s*(.+)$", re.S)


@gen
def told_option(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A gold that gives its option's text (`C: \\sqrt{2}`, `A: -37`), asked with a question that shows no options
    (rules/choice._told_option), by construction: the text alone or the letter alone is equivalent; another letter,
    the text changed, or the text of the gold with another letter is wrong."""
    from verigrade.rules.choice import offers_options

    m = _TOLD_OPTION.match(_dollars(ctx.gold).strip())
    if m is None or offers_options(ctx.question):
        return
    letter, text = m.group(1), m.group(2).strip(" .")
    other = "B" if letter != "B" else "C"
    yield Mut("eq_told_option", text, False, True, oracle_text=ctx.gold)
    yield Mut("eq_told_option", letter, False, True, oracle_text=ctx.gold, detail="letter")
    yield Mut("told_option_wrong", other, True, True, detail="another letter")
    yield Mut("told_option_wrong", f"{other}: {text}", True, True, detail="another letter with the text")
    n = re.fullmatch(r"-?\d+", text)
    if n:
        yield Mut("told_option_wrong", str(int(text) + 1), True, True, detail="another value")
    yield Mut("told_option_wrong", f"{text} + 1", True, True, detail="text changed")


_YES_NO_GOLD = re.compile(r"^(?:\\text\{\s*)?(yes|no)(?:\s*\})?\.?$", re.I)
_CAN_ASK = re.compile(r"(?i)(?:^|[.!?]\s+)(?:can|could|is\s+it\s+possible)\b[^.!?]*\?\s*$")
_COMPLEMENT_GOLD = re.compile(r"^(?:\\text\{\s*)?(rational|irrational|finite|infinite|convergent|divergent)(?:\s*\})?$",
                              re.I)
_COMPLEMENTS = {"rational": "irrational", "irrational": "rational", "finite": "infinite", "infinite": "finite",
                "convergent": "divergent", "divergent": "convergent"}


@gen
def possibility_words(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A yes/no gold of a "Can ...?" question answered "Possible" / "Impossible", and a gold of a complement pair
    (`irrational`) answered with its other word negated ("not rational"), by construction: the same answer; the
    opposite word, or the gold's own word negated, wrong."""
    g = _dollars(ctx.gold).strip()
    m = _YES_NO_GOLD.match(g)
    if m and _CAN_ASK.search(ctx.question or "") and not re.search(r"(?i)\bnot\b|n't\b", ctx.question or ""):
        yes = m.group(1).lower() == "yes"
        yield Mut("eq_possibility", "Possible" if yes else "\\text{Impossible}", False, True, oracle_text=ctx.gold)
        yield Mut("possibility_wrong", "\\text{Impossible}" if yes else "Possible", True, True, oracle_text=_OFF_FORM)
        yield Mut("possibility_wrong", "not possible" if yes else "\\text{not impossible}", True, True,
                  oracle_text=_OFF_FORM, detail="negated")
    c = _COMPLEMENT_GOLD.match(g)
    if c:
        word = c.group(1).lower()
        yield Mut("eq_possibility", f"\\text{{not {_COMPLEMENTS[word]}}}", False, True, oracle_text=ctx.gold,
                  detail="complement")
        yield Mut("possibility_wrong", f"\\text{{not {word}}}", True, True, oracle_text=_OFF_FORM, detail="complement")


@gen
def dot_options(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold asked as a choice with its options printed inline after full stops, as cn_k12 prints them
    ("( ) A. 3  B. $-3$  C. 4  D. 5", rules/choice._dot_run), the gold at a random letter: that letter, and the gold
    written as its option's value, are equivalent; another letter, or another option's value, wrong by
    construction. A prose "A." before a lone "B." offers no options: a letter there is not read as one."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"-?[1-9]\d{0,5}", g) or re.search(r"(?<![A-Za-z\\])[A-D](?![A-Za-z])", ctx.question or ""):
        return
    v = int(g)
    values = [v, v + 1, v + 2, -(abs(v) + 5)]  # (distinct: an option written twice names no one letter)
    rng.shuffle(values)
    letters = "ABCD"
    opts = "  ".join(f"{letters[i]}. {'$' + str(x) + '$' if x < 0 else x}" for i, x in enumerate(values))
    q = (ctx.question or "").rstrip() + f" The value is ( ) {opts}"
    mine = letters[values.index(v)]
    other = next(c for c in letters if c != mine)
    yield Mut("eq_dot_options", mine, False, True, oracle_text=g, question=q, detail="letter, gold a value")
    yield Mut("dot_options_wrong", other, True, True, question=q, detail="another letter")
    yield Mut("dot_options_wrong", str(values[letters.index(other)]), True, True, question=q,
              detail="another option's value", oracle_text=str(values[letters.index(other)]))
    qp = (ctx.question or "").rstrip() + " Point A. Then point B."
    yield Mut("dot_options_wrong", "B", True, True, question=qp, detail="prose, no options")
    # options after "Then" (choice._BLANK_CUE); a question asked after the run names other things
    qt = (ctx.question or "").rstrip() + f" Then {opts}"
    yield Mut("eq_dot_options", mine, False, True, oracle_text=g, question=qt, detail="after Then")
    yield Mut("dot_options_wrong", other, True, True, question=qt, detail="after Then, another letter")
    qa = f"Scores: {opts}. Which score is the largest?"
    yield Mut("dot_options_wrong", mine, True, True, question=qa, detail="a question after the run")


@gen
def temperatures(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A number gold asked "in degrees Fahrenheit" (or Celsius): the number with that scale's degree sign (`59°F`,
    `59^\\circ\\text{F}`, `59 degrees Fahrenheit`) is equivalent (units.asked_units, normalize._DEGREE_SCALE); the
    number on the other scale, in kelvin, or another number on the asked scale is wrong by construction."""
    g = _dollars(ctx.gold)
    v = ctx.number
    if v is None or not re.fullmatch(r"-?\d+(?:\.\d+)?", g) or re.search(r"(?i)\bdegrees?\b|°|\\circ|celsius|fahrenheit|kelvin|temperature",
                                                                 ctx.question or ""):
        return  # (a question that asks a temperature of its own already names its scale)
    scale, letter, other = rng.choice((("Fahrenheit", "F", "C"), ("Celsius", "C", "F")))
    # (a question of its own: appended to a counting question, "in degrees" would ask two things)
    q = f"A thermometer shows the reading worked out above. What is the temperature, in degrees {scale}?"
    for form in (f"{g}°{letter}", f"{g}^\\circ\\text{{{letter}}}", f"{g}^{{\\circ}} {letter}", f"{g} degrees {scale}"):
        yield Mut("eq_temperature", form, False, True, oracle_text=g, question=q)
    yield Mut("temperature_wrong", f"{g}°{other}", True, True, question=q, detail="the other scale")
    yield Mut("temperature_wrong", f"{g}^\\circ\\text{{{other}}}", True, True, question=q, detail="the other scale")
    yield Mut("temperature_wrong", f"{g} \\text{{ K}}", True, True, question=q, detail="kelvin")
    yield Mut("temperature_wrong", f"{fmt(v + 1)}°{letter}", True, True, question=q, detail="another value",
              oracle_text=fmt(v + 1))


@gen
def nested_application(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold asked as a function at numbers only, "Find $h(h(2))$." (labels._asked_expression): `h(h(2)) =
    g` is equivalent; the function at another number, or one level less, names another value: wrong by
    construction."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"-?[1-9]\d{0,6}", g) or re.search(r"\bh\s*\(", ctx.question or ""):
        return
    q = (ctx.question or "").rstrip() + " Find $h(h(2))$."
    yield Mut("eq_nested_application", f"h(h(2)) = {g}", False, True, oracle_text=g, question=q)
    yield Mut("nested_application_wrong", f"h(h(3)) = {g}", True, True, question=q, detail="another number")
    yield Mut("nested_application_wrong", f"h(2) = {g}", True, True, question=q, detail="one level less")
    yield Mut("nested_application_wrong", f"h(x) = {g}", True, True, question=q, detail="the function")


@gen
def real_set_builder(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An open interval gold `(a, b)` of numbers written as a set of real x (`\\{x \\in \\mathbb{R} : a < x < b\\}`,
    parser._set): equivalent; the same with an endpoint closed, or over the integers, wrong (the latter by
    construction: another set)."""
    m = re.fullmatch(r"\(\s*(-?\d+)\s*,\s*(-?\d+)\s*\)", _dollars(ctx.gold).strip())
    if not m or int(m.group(1)) >= int(m.group(2)) or not re.search(
            r"(?i)\b(?:interval|range|solution\s+set|inequalit|domain|solve)", ctx.question or ""):
        return  # (a pair `(0, 1)` elsewhere may be a point: the focus of a parabola)
    a, b = m.group(1), m.group(2)
    yield Mut("eq_real_set_builder", f"\\{{x \\in \\mathbb{{R}} : {a} < x < {b}\\}}", False, oracle_text=ctx.gold)
    yield Mut("eq_real_set_builder", f"\\{{x\\in\\mathbb{{R}} \\mid {a}<x<{b}\\}}", False, oracle_text=ctx.gold)
    yield Mut("real_set_builder_wrong", f"\\{{x \\in \\mathbb{{R}} : {a} \\le x < {b}\\}}", True,
              oracle_text=f"[{a}, {b})")
    yield Mut("real_set_builder_wrong", f"\\{{x \\in \\mathbb{{Z}} : {a} < x < {b}\\}}", True, True, detail="integers")


@gen
def remainder_statements(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A non-negative integer gold g asked as a remainder ("What is the remainder when $N$ is divided by $m$?", N = g +
    t m, m > g): the true congruence `N \\equiv g \\pmod{m}` states it (rules/remainder.py), equivalent by
    construction; another residue, a true congruence of another dividend, another modulus, g + m (no remainder), or
    the right congruence where the question asks something else of the remainder, wrong by construction."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"\d{1,6}", g):
        return
    v = int(g)
    m = v + 1 + rng.randrange(1, 9)
    n = v + m * rng.randrange(3, 40)
    q = f"What is the remainder when ${n}$ is divided by ${m}$?"
    yield Mut("eq_remainder", f"{n} \\equiv {v} \\pmod{{{m}}}", False, True, oracle_text=g, question=q)
    yield Mut("eq_remainder", f"{n} \\equiv {v} \\ (\\text{{mod}}\\ {m})", False, True, oracle_text=g, question=q)
    yield Mut("remainder_wrong", f"{n} \\equiv {(v + 1) % m} \\pmod{{{m}}}", True, True, question=q,
              detail="another residue")
    yield Mut("remainder_wrong", f"{n + m} \\equiv {v} \\pmod{{{m}}}", True, True, question=q,
              detail="another dividend")
    yield Mut("remainder_wrong", f"{n} \\equiv {v} \\pmod{{{m + 1}}}", True, True, question=q,
              detail="another modulus")
    yield Mut("remainder_wrong", f"{n} \\equiv {v + m} \\pmod{{{m}}}", True, True, question=q,
              detail="no remainder")
    qr = f"Let $r$ be the remainder when ${n}$ is divided by ${m}$. Find $r + 1$."
    yield Mut("remainder_wrong", f"{n} \\equiv {v} \\pmod{{{m}}}", True, True, question=qr,
              detail="another thing asked")


@gen
def complement_labels(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A finite set gold asked as "the complement of $A$ in $U$": labelled `A^c =` or `\\complement_U A =` (the
    complement asked, labels._complement_asked) equivalent; another set's complement, or the set with an element
    changed, wrong (the first by construction)."""
    g = _dollars(ctx.gold).strip()
    v = ctx.value
    if not (g.startswith("\\{") and g.endswith("\\}") and isinstance(v, (O.Seq, O.SetV))):
        return
    items = O._split_top(g[2:-2], ",")
    if not all(re.fullmatch(r"\s*-?\d+\s*", x) for x in items):
        return
    q = "Let $U$ be the universal set and $A$ a subset of $U$. Find the complement of $A$ in $U$."
    yield Mut("eq_complement_label", f"A^c = {g}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("eq_complement_label", f"\\complement_U A = {g}", False, True, oracle_text=ctx.gold, question=q)
    yield Mut("complement_label_wrong", f"B^c = {g}", True, True, question=q, detail="another set's complement")
    yield Mut("complement_label_wrong", f"U^c = {g}", True, True, question=q, detail="the universe's complement")
    changed = "\\{" + ", ".join(items[:-1] + [str(int(items[-1]) + 100)]) + "\\}"
    yield Mut("complement_label_wrong", f"A^c = {changed}", True, oracle_text=changed, question=q, detail="an element")


@gen
def zeros_named(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """A list gold of 2-3 distinct numbers asked as "the zeros of $f(x) = \\dots$" (question replaced): the values
    each named x (`x = a, x = b`, or joined by "and") are equivalent (labels._ZEROS: a zero is a value of f's
    variable); another letter, or a value changed, wrong."""
    v = ctx.value
    if not (isinstance(v, O.Seq) and not v.open and 2 <= len(v.items) <= 3):
        return
    vals = [x.strip() for x in O._split_top(_dollars(ctx.gold), ",")]
    if len(vals) != len(v.items) or len(set(vals)) != len(vals) or not all(re.fullmatch(r"-?\d+", x) for x in vals):
        return
    q = "Find the zeros of the function $f(x)$ described above, $f(x) = (x - a)(x - b)$ for its numbers."
    yield Mut("eq_zeros_named", ", ".join(f"x = {x}" for x in vals), False, True, oracle_text=ctx.gold, question=q)
    yield Mut("eq_zeros_named", " \\text{ and } ".join(f"x = {x}" for x in vals), False, True, oracle_text=ctx.gold,
              question=q, detail="and")
    yield Mut("zeros_named_wrong", ", ".join(f"y = {x}" for x in vals), True, True, question=q, detail="another letter")
    changed = vals[:-1] + [str(int(vals[-1]) + 1)]
    yield Mut("zeros_named_wrong", " \\text{ and } ".join(f"x = {x}" for x in changed), True, True, question=q,
              detail="a value changed")
    if len(vals) == 2 and int(vals[0]) == -int(vals[1]) != 0:  # `x = \\pm a`, the pair in one
        a = abs(int(vals[0]))
        yield Mut("eq_zeros_named", f"x = \\pm {a}", False, True, oracle_text=ctx.gold, question=q, detail="pm")
        yield Mut("zeros_named_wrong", f"x = 0 \\text{{ or }} x = \\pm {a}", True, True, question=q, detail="pm, a zero more")


@gen
def form_asked_expression(ctx: Ctx, rng: random.Random) -> Iterator[Mut]:
    """An integer gold g asked as "Simplify $(g + 3) - 3$." / "Expand ..." (asked.py: a form verb asks for the compound
    after it): the compound restated before its value (`(g + 3) - 3 = g`) names it, equivalent by construction;
    another compound before the gold, or the right compound before another value, wrong."""
    g = _dollars(ctx.gold)
    if not re.fullmatch(r"-?[1-9]\d{0,6}", g):
        return
    v = int(g)
    expr = f"({v} + 3) - 3"
    q = f"Simplify ${expr}$."
    yield Mut("eq_form_asked", f"{expr} = {v}", False, True, oracle_text=g, question=q)
    yield Mut("form_asked_wrong", f"({v} + 4) - 3 = {v}", True, True, question=q, detail="another compound")
    yield Mut("form_asked_wrong", f"{expr} = {v + 1}", True, oracle_text=str(v + 1), question=q, detail="another value")
