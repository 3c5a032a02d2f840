"""Cheap magnitude bounds for huge or tiny closed-form numbers: towers, factorials, sums and products.

`7^{7^{7^7}}`, `(10^{5000})!` or `\\sum_{n=1}^{10^{15}} n^2` cannot be evaluated, so the rules give up on them and
a hackable judge could accept them against a gold of 25. Their size can be bounded without evaluating them:
`bounds(text)` returns an interval for log10|value| (floats, saturating at ±inf) and the sign, or None when the
text is not a closed-form number this small grammar reads (variables, functions, anything unusual). Only
rigorous bounds are produced; an unknown (possible cancellation, non-monotone summand) gives None.

Grammar: numbers, + - * / \\cdot \\times, parentheses and braces, ^ (a group or one digit), !, \\frac, \\sqrt, and
\\sum / \\prod with a bound index and integer limits. The input is capped (300 chars) and the parse depth bounded.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

MAX_CHARS = 300
_MAX_DEPTH = 40
_EXACT_LOG10 = 200.0  # keep exact Fractions below 10^200; beyond, only the log bounds
_INF = math.inf

_TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|\\[A-Za-z]+|[A-Za-z]|[-+*/^_!(){}\[\]=])")
_DROP = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg|displaystyle|,|;|!|:| )|\$")
_OPS = {"\\cdot": "*", "\\times": "*", "\\dfrac": "\\frac", "\\tfrac": "\\frac"}


@dataclass(frozen=True)
class Mag:
    """|x| in [10^lo, 10^hi], with the sign of x (0: x is 0, then lo = hi = -inf); exact when small."""

    sign: int
    lo: float
    hi: float
    exact: Fraction | None = None


class _Fail(Exception):
    pass


def _from_exact(q: Fraction) -> Mag:
    if q == 0:
        return Mag(0, -_INF, -_INF, q)
    lg = math.log10(abs(q.numerator)) - math.log10(q.denominator)
    return Mag(1 if q > 0 else -1, lg - 1e-12, lg + 1e-12, q)


def _log10_exact_ok(lg: float) -> bool:
    return abs(lg) < _EXACT_LOG10


def _add(a: Mag, b: Mag) -> Mag:
    if a.exact is not None and b.exact is not None:
        return _from_exact(a.exact + b.exact)
    if a.sign == 0:
        return b
    if b.sign == 0:
        return a
    if a.sign == b.sign:
        return Mag(a.sign, max(a.lo, b.lo), max(a.hi, b.hi) + math.log10(2))
    big, small = (a, b) if a.lo > b.hi else (b, a) if b.lo > a.hi else (None, None)
    if big is None or small is None or big.lo - small.hi < 1:
        raise _Fail("possible cancellation")
    # |big| - |small| >= 10^lo_big * (1 - 10^(hi_small - lo_big)) > 10^(lo_big - 0.05)
    return Mag(big.sign, big.lo - 0.05, big.hi)


def _mul(a: Mag, b: Mag) -> Mag:
    if a.sign == 0 or b.sign == 0:
        return _from_exact(Fraction(0))
    if a.exact is not None and b.exact is not None and _log10_exact_ok(a.hi + b.hi) and _log10_exact_ok(a.lo + b.lo):
        return _from_exact(a.exact * b.exact)
    return Mag(a.sign * b.sign, a.lo + b.lo, a.hi + b.hi)


def _inv(a: Mag) -> Mag:
    if a.sign == 0:
        raise _Fail("division by zero")
    if a.exact is not None:
        return _from_exact(1 / a.exact)
    return Mag(a.sign, -a.hi, -a.lo)


def _neg(a: Mag) -> Mag:
    return Mag(-a.sign, a.lo, a.hi, None if a.exact is None else -a.exact)


def _pow10(x: float) -> float:
    try:
        return math.pow(10.0, x)
    except OverflowError:
        return _INF


def _imul(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    prods = [x * y for x in a for y in b]
    if any(math.isnan(p) for p in prods):
        raise _Fail("indeterminate")
    return min(prods), max(prods)


def _pow(a: Mag, b: Mag) -> Mag:
    if b.sign == 0:
        return _from_exact(Fraction(1))
    if a.sign == 0:
        if b.sign > 0:
            return a
        raise _Fail("0 to a negative power")
    if a.exact == 1:
        return a
    sign = 1
    if a.sign < 0:  # a negative base needs an integer exponent (its parity decides the sign)
        if b.exact is None or b.exact.denominator != 1:
            raise _Fail("negative base")
        sign = -1 if b.exact.numerator % 2 else 1
    if b.exact is not None and a.exact is not None and b.exact.denominator == 1:
        lg = float(b.exact) * (a.lo + a.hi) / 2
        if _log10_exact_ok(lg) and abs(b.exact) <= 10_000:
            return _from_exact(a.exact ** int(b.exact))
    # log10|a^b| = b * log10|a|: an interval product, b = ±10^[lo, hi]
    bb = (float(b.exact), float(b.exact)) if b.exact is not None else (
        (_pow10(b.lo), _pow10(b.hi)) if b.sign > 0 else (-_pow10(b.hi), -_pow10(b.lo)))
    lo, hi = _imul(bb, (a.lo, a.hi))
    return Mag(sign, lo, hi)


def _log10_factorial(n: float) -> float:
    """log10(n!) for real n >= 1, by Stirling (a lower bound; the upper bound adds < 0.04 for n >= 1)."""
    if n == _INF:
        return _INF
    if n < 1:
        return 0.0
    try:
        return n * math.log10(n) - n * math.log10(math.e) + 0.5 * math.log10(2 * math.pi * n)
    except OverflowError:
        return _INF


def _factorial(a: Mag) -> Mag:
    if a.exact is not None:
        if a.exact.denominator != 1 or a.exact < 0:
            raise _Fail("factorial of a non-natural number")
        if a.exact <= 150:
            return _from_exact(Fraction(math.factorial(int(a.exact))))
    if a.sign <= 0 or a.lo < 1:
        raise _Fail("factorial bound")
    return Mag(1, _log10_factorial(_pow10(a.lo)), _log10_factorial(_pow10(a.hi)) + 0.05)


# ----------------------------------------------------------------------------------------- parsing to a tuple AST
class _Parser:
    def __init__(self, toks: list[str]) -> None:
        self.toks, self.i, self.depth = toks, 0, 0

    def peek(self) -> str | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, want: str | None = None) -> str:
        t = self.peek()
        if t is None or (want is not None and t != want):
            raise _Fail(f"expected {want!r}")
        self.i += 1
        return t

    def expr(self) -> tuple:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _Fail("too deep")
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            node = ("add", node, rhs if op == "+" else ("neg", rhs))
        self.depth -= 1
        return node

    def term(self) -> tuple:
        node = self.unary()
        while True:
            t = self.peek()
            if t in ("*", "/"):
                self.take()
                rhs = self.unary()
                node = ("mul", node, rhs if t == "*" else ("inv", rhs))
            elif t is not None and (t in ("(", "{", "\\frac", "\\sqrt", "\\sum", "\\prod") or t.isalpha()):
                node = ("mul", node, self.unary())  # juxtaposition: 2(3), 2\frac{1}{2}, 3n
            else:
                return node

    def unary(self) -> tuple:
        if self.peek() in ("-", "+"):
            neg = self.take() == "-"
            inner = self.unary()
            return ("neg", inner) if neg else inner
        base = self.postfix()
        if self.peek() == "^":
            self.take()
            if self.peek() == "{":
                exp = self.group()
            else:
                t = self.take()
                if not t.isdigit():
                    exp = ("var", t) if t.isalpha() and len(t) == 1 else self._fail_tok(t)
                else:
                    exp = ("num", Fraction(t[0]))
                    if len(t) > 1:  # `7^77` is 7^7 followed by 7
                        return ("mul", ("pow", base, exp), ("num", Fraction(t[1:])))
            base = ("pow", base, exp)
            while self.peek() == "!":
                self.take()
                base = ("fact", base)
        return base

    def _fail_tok(self, t: str) -> tuple:
        raise _Fail(f"unexpected {t!r}")

    def postfix(self) -> tuple:
        node = self.primary()
        while self.peek() == "!":
            self.take()
            node = ("fact", node)
        return node

    def group(self) -> tuple:
        self.take("{")
        node = self.expr()
        self.take("}")
        return node

    def primary(self) -> tuple:
        t = self.take()
        if t[0].isdigit():
            return ("num", Fraction(t))
        if t == "(":
            node = self.expr()
            self.take(")")
            return node
        if t == "{":
            node = self.expr()
            self.take("}")
            return node
        if t == "\\frac":
            return ("mul", self.group(), ("inv", self.group()))
        if t == "\\sqrt":
            if self.peek() == "[":
                raise _Fail("n-th root")
            return ("pow", self.group(), ("num", Fraction(1, 2)))
        if t in ("\\sum", "\\prod"):
            self.take("_")
            self.take("{")
            var = self.take()
            if not (var.isalpha() and len(var) == 1):
                raise _Fail("index")
            self.take("=")
            start = self.expr()
            self.take("}")
            self.take("^")
            stop = self.group() if self.peek() == "{" else ("num", Fraction(self.take()))
            body = self.term()
            return ("sum" if t == "\\sum" else "prod", var, start, stop, body)
        if t.isalpha() and len(t) == 1:
            return ("var", t)
        raise _Fail(f"unexpected {t!r}")


def _has(node: tuple, kinds: tuple[str, ...]) -> bool:
    if node[0] in kinds:
        return True
    return any(isinstance(c, tuple) and _has(c, kinds) for c in node[1:])


def _eval(node: tuple, env: dict[str, Mag]) -> Mag:
    kind = node[0]
    if kind == "num":
        return _from_exact(node[1])
    if kind == "var":
        if node[1] not in env:
            raise _Fail("free variable")
        return env[node[1]]
    if kind == "neg":
        return _neg(_eval(node[1], env))
    if kind == "inv":
        return _inv(_eval(node[1], env))
    if kind == "add":
        return _add(_eval(node[1], env), _eval(node[2], env))
    if kind == "mul":
        return _mul(_eval(node[1], env), _eval(node[2], env))
    if kind == "pow":
        return _pow(_eval(node[1], env), _eval(node[2], env))
    if kind == "fact":
        return _factorial(_eval(node[1], env))
    return _series(node, env)


def _series(node: tuple, env: dict[str, Mag]) -> Mag:
    """Sums and products of a positive, increasing body over n = a..b (a >= 1): bounded by their end terms."""
    kind, var, start, stop, body = node
    a, b = _eval(start, env), _eval(stop, env)
    if a.exact is None or a.exact.denominator != 1 or a.exact < 1 or b.sign <= 0:
        raise _Fail("series limits")
    if b.exact is not None and b.exact < a.exact:
        raise _Fail("empty series")
    if _has(body, ("neg", "inv", "sum", "prod")):
        raise _Fail("body not provably increasing")  # +, *, ^, ! of positives grow with n >= 1
    first, last = _eval(body, {**env, var: a}), _eval(body, {**env, var: b})
    count_hi = b.hi + 1e-9  # log10(b - a + 1) <= log10(b)
    if kind == "sum":
        return Mag(1, max(first.lo, last.lo), last.hi + count_hi)
    if first.lo < -1e-9:  # every factor must be >= 1 (allowing for the rounding of log10(1))
        raise _Fail("factors below 1")
    hi_count = _pow10(count_hi)
    return Mag(1, last.lo, last.hi * hi_count if last.hi > 0 else last.hi)


def bounds(text: str) -> Mag | None:
    """log10|value| bounds of a closed-form number (see the module doc), or None."""
    if not text or len(text) > MAX_CHARS:
        return None
    s = _DROP.sub(" ", text)
    s = re.sub(r"^\s*[A-Za-z]\s*=", "", s)  # "x = 7^{7^7}"
    toks: list[str] = []
    pos = 0
    s = s.strip()
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None or m.end() == pos:
            if s[pos:].strip() == "":
                break
            return None
        toks.append(_OPS.get(m.group(1), m.group(1)))
        pos = m.end()
    if not toks:
        return None
    try:
        p = _Parser(toks)
        node = p.expr()
        if p.peek() is not None:
            return None
        return _eval(node, {})
    except (_Fail, ValueError, ZeroDivisionError, OverflowError, RecursionError):
        return None


def far_apart(answer: str, gold: str, orders: float = 2.0) -> bool:
    """True when both are closed-form numbers whose magnitudes provably differ by more than `orders` powers of 10."""
    a = bounds(answer)
    if a is None:
        return False
    g = bounds(gold)
    if g is None:
        return False
    if a.sign == 0 and g.sign == 0:
        return False
    return a.lo > g.hi + orders or a.hi < g.lo - orders
