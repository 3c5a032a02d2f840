"""An independent equality oracle for the precision harness.

Shares no code with verigrade on purpose: a bug in the engine's parser must not be able to label its own test
data. It is a small recursive-descent reader for the *simple* LaTeX the mutation generators produce (numbers,
\\frac, \\sqrt, \\pi, powers, single-letter symbols, tuples/intervals/sets/lists, `lhs = rhs`, a numeric value
with a unit), built into sympy objects. Anything else raises `Skip` and the pair is dropped, so the oracle
never guesses: `equal` answers True / False only when it can prove it, else None.

Proof standard: exact for rationals; otherwise high-precision evaluation (30 digits) at fixed pseudo-random
points for every free symbol. "Equal" needs agreement to 1e-25 relative at every point, "different" needs a
gap > 1e-12 relative at some point; anything between is None.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp


class Skip(Exception):
    """The text is outside what the oracle reads; the caller drops the pair."""


# ------------------------------------------------------------------ units (dimension, factor to SI, offset)
# Offsets make temperatures affine (K = factor * value + offset). Plain-word units need >= 2 letters and a space
# before them (`3 m` could be the variable m); one-letter units count only inside \text{} / \mathrm{}.
UNITS: dict[str, tuple[str, Fraction, Fraction]] = {}


def _u(dim: str, factor: Fraction | int, offset: Fraction | int = 0, *names: str) -> None:
    for n in names:
        UNITS[n] = (dim, Fraction(factor), Fraction(offset))


_u("length", Fraction(1, 1000), 0, "mm")
_u("length", Fraction(1, 100), 0, "cm")
_u("length", 1, 0, "m", "meters", "metres")
_u("length", 1000, 0, "km", "kilometers")
_u("mass", Fraction(1, 10**6), 0, "mg")
_u("mass", Fraction(1, 1000), 0, "g", "grams")
_u("mass", 1, 0, "kg")
_u("time", 1, 0, "s", "seconds", "sec")
_u("time", 60, 0, "min", "minutes")
_u("time", 3600, 0, "h", "hours", "hr")
_u("time", 86400, 0, "days")
_u("volume", Fraction(1, 1000), 0, "mL", "ml")
_u("volume", 1, 0, "L", "liters", "litres")
_u("power", Fraction(1, 1000), 0, "mW")
_u("power", 1, 0, "W")
_u("power", 1000, 0, "kW")
_u("power", 10**6, 0, "MW")
_u("temperature", 1, Fraction(27315, 100), "°C")
_u("temperature", Fraction(5, 9), Fraction(45967, 180), "°F")  # (F + 459.67) * 5/9
_u("temperature", 1, 0, "K")
_u("angle", 1, 0, "rad")
# Degrees / minutes of arc: factors are symbolic (pi); kept apart so the table stays rational.
ANGLE_FACTORS = {"°": sp.pi / 180, "'": sp.pi / 10800, "rad": sp.Integer(1)}

_UNIT_TAIL = re.compile(
    r"^(?P<num>.*?[\d}\)a-zA-Z])(?P<sep>\s*(?:\\[,;: ]|~)?\s*)"
    r"(?P<u>\\text\{\s*(?P<t>[^{}]*?)\s*\}|\\mathrm\{\s*~?\s*(?P<r>[^{}]*?)\s*\}|(?P<p>°\s*[CF]?|'|\s[A-Za-z]{2,}))\s*$")


def split_unit(s: str) -> tuple[str, str | None]:
    """`74\\text{ m}` -> ("74", "m"); no known unit -> (s, None)."""
    s = _DEG.sub("°", s)
    m = _UNIT_TAIL.match(s)
    if not m:
        return s, None
    name = (m.group("t") or m.group("r") or m.group("p") or "").strip().replace(" ", "")
    if name in UNITS or name in ANGLE_FACTORS:
        return m.group("num").strip(), name
    return s, None


_DEG = re.compile(r"\^\s*\{?\s*\\circ\s*\}?")


# ------------------------------------------------------------------ values
@dataclass(frozen=True)
class Scalar:
    expr: sp.Expr
    unit: str | None = None


@dataclass(frozen=True)
class Seq:
    """A bracketed tuple / interval ("(", ")") ... or a bare comma list ("", "")."""
    open: str
    close: str
    items: tuple["Value", ...]


@dataclass(frozen=True)
class SetV:
    items: tuple["Value", ...]


@dataclass(frozen=True)
class Union:
    parts: tuple[Seq, ...]


@dataclass(frozen=True)
class Eq:
    lhs: Scalar
    rhs: Scalar


Value = Scalar | Seq | SetV | Union | Eq

# ------------------------------------------------------------------ tokenizer / expression parser
_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"
                    r"|(?P<cmd>\\[A-Za-z]+|\\[{}%|])|(?P<letter>[A-Za-z])|(?P<op>[-+*/^_(){}\[\]|'!]))")
_GREEK = {"alpha", "beta", "gamma", "delta", "theta", "lambda", "mu", "sigma", "omega", "phi", "rho", "tau",
          "Omega", "Delta", "Gamma", "Sigma", "Phi", "Theta", "Lambda", "Psi", "psi", "epsilon", "varepsilon"}
_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "ln": sp.log, "log": sp.log, "exp": sp.exp,
          "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan}
_MAX_EXP = 400  # bounds the work: 10^{10^9} must not be built


def _tokens(s: str) -> list[tuple[str, str]]:
    out, i = [], 0
    while i < len(s):
        m = _TOKEN.match(s, i)
        if not m or m.end() == i:
            if s[i:].strip() == "":
                break
            raise Skip(f"unreadable at {s[i:i + 10]!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        i = m.end()
    return out


class _Expr:
    def __init__(self, s: str) -> None:
        self.t = _tokens(s)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise Skip("unexpected end")
        self.i += 1
        return tok

    def expect(self, v: str) -> None:
        if self.take()[1] != v:
            raise Skip(f"expected {v}")

    def parse(self) -> sp.Expr:
        e = self.sum()
        if self.peek() is not None:
            raise Skip(f"trailing {self.peek()}")
        return e

    def sum(self) -> sp.Expr:
        e = self.product()
        while (tok := self.peek()) and tok[1] in "+-":
            self.take()
            r = self.product()
            e = e + r if tok[1] == "+" else e - r
        return e

    def product(self) -> sp.Expr:
        tok = self.peek()
        if tok and tok[1] in "+-":  # unary sign
            self.take()
            e = self.product()
            return -e if tok[1] == "-" else e
        e = self.power()
        while (tok := self.peek()) is not None:
            if tok[1] in ("*", "\\cdot", "\\times"):
                self.take()
                e = e * self.power()
            elif tok[1] in ("/", "\\div"):
                self.take()
                d = self.power()
                if d == 0:
                    raise Skip("division by zero")
                e = e / d
            elif tok[0] in ("letter", "cmd") and tok[1] not in ("\\%", "\\}") or tok[1] in ("(", "{"):
                if tok[0] == "num":
                    raise Skip("number after number")
                e = e * self.power()  # implicit multiplication: 2\pi, 3x, 2(x+1)
            elif tok[0] == "num":
                raise Skip("number after expression")  # `1 2` is no number the oracle will name
            else:
                break
        return e

    def power(self) -> sp.Expr:
        base = self.postfix(self.atom())
        if (tok := self.peek()) and tok[1] == "^":
            self.take()
            ex = self.power() if self.peek() and self.peek()[1] in "+-" else self.arg()
            if ex.is_number and abs(float(ex)) > _MAX_EXP:
                raise Skip("exponent too large")
            base = self.postfix(sp.Pow(base, ex))
        return base

    def postfix(self, e: sp.Expr) -> sp.Expr:
        while (tok := self.peek()) and tok[1] in ("\\%", "!"):
            if tok[1] == "!":
                raise Skip("factorial")
            self.take()
            e = e / 100
        return e

    def arg(self) -> sp.Expr:
        """A TeX macro argument: a {group} or one token (one digit of a number: `x^23` is x^2 * 3)."""
        tok = self.peek()
        if tok is None:
            raise Skip("missing argument")
        if tok[1] == "{":
            self.take()
            e = self.sum()
            self.expect("}")
            return e
        if tok[0] == "num" and len(tok[1]) > 1:
            self.t[self.i] = ("num", tok[1][1:])
            return sp.Integer(int(tok[1][0])) if tok[1][0].isdigit() else self._skip()
        return self.atom()

    def _skip(self) -> sp.Expr:
        raise Skip("odd argument")

    def atom(self) -> sp.Expr:
        kind, v = self.take()
        if kind == "num":
            if "e" in v.lower():
                mant, ex = re.split("[eE]", v)
                if abs(int(ex)) > _MAX_EXP:
                    raise Skip("exponent too large")
                return sp.Rational(mant) * sp.Integer(10) ** int(ex)
            return sp.Rational(v)
        if kind == "letter":
            name = v
            if (tok := self.peek()) and tok[1] == "_":  # a_n, a_{10}
                self.take()
                name += "_" + self._raw_arg()
            while (tok := self.peek()) and tok[1] == "'":
                self.take()
                name += "'"
            return sp.E if name == "e" else sp.Symbol(name)
        if v in ("(", "{", "["):
            e = self.sum()
            self.expect({"(": ")", "{": "}", "[": "]"}[v])
            return e
        if v == "|" or v == "\\|":
            e = self.sum()
            self.expect(v)
            return sp.Abs(e)
        if kind == "cmd":
            name = v[1:]
            if name == "frac":
                num = self.arg()
                den = self.arg()
                if den == 0:
                    raise Skip("zero denominator")
                return num / den
            if name == "sqrt":
                if (tok := self.peek()) and tok[1] == "[":
                    self.take()
                    n = self.sum()
                    self.expect("]")
                    return sp.Pow(self.arg(), 1 / n)
                return sp.sqrt(self.arg())
            if name == "pi":
                return sp.pi
            if name == "infty":
                return sp.oo
            if name in _GREEK:
                return sp.Symbol(name)
            if name in _FUNCS:
                return _FUNCS[name](self.power())
        raise Skip(f"unsupported token {v!r}")

    def _raw_arg(self) -> str:
        kind, v = self.take()
        if v != "{":
            return v
        parts = []
        while (tok := self.take())[1] != "}":
            parts.append(tok[1])
        return "".join(parts)


# ------------------------------------------------------------------ structure
_PAIRS = {"(": ")", "[": "]", "{": "}"}


def _split_top(s: str, sep: str) -> list[str]:
    """Split on `sep` outside any bracket (mismatched interval brackets still count as open/close)."""
    parts, depth, cur, i = [], 0, "", 0
    while i < len(s):
        c = s[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if depth == 0 and s.startswith(sep, i):
            parts.append(cur)
            cur, i = "", i + len(sep)
            continue
        cur += c
        i += 1
    parts.append(cur)
    return parts


def _outer(s: str) -> bool:
    """True when the first bracket closes exactly at the last character."""
    depth = 0
    for k, c in enumerate(s):
        depth += (c in "([{") - (c in ")]}")
        if depth == 0 and k < len(s) - 1:
            return False
    return depth == 0


def _normalize(s: str) -> str:
    s = s.strip()
    if len(s) > 200 or any(ord(c) < 32 and c not in "\t\n" for c in s):
        raise Skip("too long or control characters")
    if s.startswith("$") and s.endswith("$"):
        s = s.strip("$").strip()
    s = re.sub(r"\\[dt]frac", r"\\frac", s)
    s = re.sub(r"\\(left|right|displaystyle|!)", "", s)
    s = s.replace("\\lvert", "|").replace("\\rvert", "|").replace("\\{", "\x01").replace("\\}", "\x02")
    return s


def parse(text: str) -> Value | None:
    """The value the text denotes, or None when it is outside the oracle's reach."""
    try:
        return _top(_normalize(text))
    except (Skip, RecursionError, ValueError, TypeError, ZeroDivisionError, OverflowError, AttributeError):
        return None


def _top(s: str) -> Value:
    if "\\cup" in s:
        parts = tuple(_top(p.strip()) for p in _split_top(s, "\\cup"))
        if not all(isinstance(p, Seq) and p.open and len(p.items) == 2 for p in parts):
            raise Skip("union of non-intervals")
        return Union(parts)  # type: ignore[arg-type]
    if s.startswith("\x01") and s.endswith("\x02"):
        inner = s[1:-1].strip()
        return SetV(tuple(_top(p.strip()) for p in _split_top(inner, ",")) if inner else ())
    if s and s[0] in "([" and s[-1] in ")]" and _outer(s):
        items = _split_top(s[1:-1], ",")
        if len(items) >= 2:
            return Seq(s[0], s[-1], tuple(_top(p.strip()) for p in items))
    items = _split_top(s, ",")
    if len(items) >= 2:
        return Seq("", "", tuple(_top(p.strip()) for p in items))
    sides = _split_top(s, "=")
    if len(sides) == 2:
        return Eq(_scalar(sides[0]), _scalar(sides[1]))
    if len(sides) > 2 or "\x01" in s or "\x02" in s:
        raise Skip("chained relation or nested set")
    return _scalar(s)


def _scalar(s: str) -> Scalar:
    num, unit = split_unit(s.strip())
    if not num.strip():
        raise Skip("empty")
    # words are prose, not products of symbols: "Stay" is not S*t*a*y, "in, in" is no list of i*n
    bare = re.sub(r"\\[A-Za-z]+", " ", num)
    if re.search(r"[A-Za-z]{3,}", bare) or (re.search(r"[A-Za-z]{2}", bare) and not re.search(r"[\d^_+\-*/=()]", bare)):
        raise Skip("prose")
    if re.search(r"\d\s*\\frac", num):
        raise Skip("mixed number or product")  # 1\frac{4}{5}: 1.8 to a reader, 0.8 to a parser
    if re.search(r"\\text|\\mathrm|\\operatorname|[<>]|\\[lg]e|\\pm|\\mp|\\approx|&|\\\\", num):
        raise Skip("text or relation")
    return Scalar(_Expr(num).parse(), unit)


# ------------------------------------------------------------------ equality
_RNG_POINTS = 4


def _points(syms: set[sp.Symbol]) -> list[dict]:
    if not syms:
        return [{}]
    rng = random.Random(12345)  # fixed points: labels must be reproducible
    names = sorted(syms, key=str)
    return [{s: sp.Rational(rng.choice([-1, 1]) * rng.randint(1, 29), rng.randint(1, 7)) for s in names}
            for _ in range(_RNG_POINTS)]


def _num_eq(a: sp.Expr, b: sp.Expr) -> bool | None:
    if a.is_Rational and b.is_Rational:
        return bool(a == b)
    if a.has(sp.oo, -sp.oo, sp.zoo) or b.has(sp.oo, -sp.oo, sp.zoo):
        return bool(a == b) if (a.is_number and b.is_number) else None
    verdicts = []
    for pt in _points(a.free_symbols | b.free_symbols):
        # evalf(subs=) evaluates numerically: exact subs() of 10^{(5-a^2c)/(bc)} builds astronomically large rationals
        va, vb = complex(a.evalf(30, subs=pt)), complex(b.evalf(30, subs=pt))
        d = abs(complex((a - b).evalf(30, subs=pt)))  # the difference itself at 30 digits, not of two doubles
        scale = max(abs(va), abs(vb))
        if d != d or scale == float("inf"):
            return None
        if d > 1e-12 * scale:  # relative: 2*pi*10^-13 vs pi*10^-13 differ
            return False
        verdicts.append(d == 0 or d <= 1e-25 * scale)
    return True if all(verdicts) else None


def _to_si(s: Scalar) -> tuple[str | None, sp.Expr]:
    if s.unit is None:
        return None, s.expr
    if s.unit in ANGLE_FACTORS:
        return "angle", s.expr * ANGLE_FACTORS[s.unit]
    dim, f, off = UNITS[s.unit]
    return dim, s.expr * sp.Rational(f.numerator, f.denominator) + sp.Rational(off.numerator, off.denominator)


def _scalar_eq(a: Scalar, b: Scalar) -> bool | None:
    (da, va), (db, vb) = _to_si(a), _to_si(b)
    if da != db:
        return None if da is None or db is None else False  # unit vs no unit is a policy question
    return _num_eq(va, vb)


def _multiset_eq(xs: tuple[Value, ...], ys: tuple[Value, ...]) -> bool | None:
    if len(xs) != len(ys):
        return False
    left = list(ys)
    unknown = False
    for x in xs:
        res = [equal(x, y) for y in left]
        if True in res:
            left.pop(res.index(True))
        elif all(r is False for r in res):
            return False
        else:
            unknown = True
    return None if unknown else True


def _dedupe(xs: tuple[Value, ...]) -> tuple[Value, ...] | None:
    out: list[Value] = []
    for x in xs:
        res = [equal(x, y) for y in out]
        if None in res:
            return None
        if True not in res:
            out.append(x)
    return tuple(out)


def equal(a: Value | None, b: Value | None) -> bool | None:
    """True / False when provable, else None."""
    if a is None or b is None:
        return None
    if isinstance(a, Scalar) and isinstance(b, Scalar):
        return _scalar_eq(a, b)
    if isinstance(a, Seq) and isinstance(b, Seq):
        if bool(a.open) != bool(b.open):
            return None  # `(2, 3)` vs `2, 3`: a point, an interval or two values; a policy question
        if not a.open:
            return _multiset_eq(a.items, b.items)
        if (a.open, a.close) != (b.open, b.close) or len(a.items) != len(b.items):
            return False
        res = [equal(x, y) for x, y in zip(a.items, b.items)]
        return False if False in res else (True if all(res) else None)
    if isinstance(a, SetV) and isinstance(b, SetV):
        da, db = _dedupe(a.items), _dedupe(b.items)
        return None if da is None or db is None else _multiset_eq(da, db)
    if isinstance(a, Union) and isinstance(b, Union):
        return _multiset_eq(a.parts, b.parts)
    if isinstance(a, Eq) and isinstance(b, Eq):
        la, lb = a.lhs.expr, b.lhs.expr
        if isinstance(la, sp.Symbol) and isinstance(lb, sp.Symbol) and a.lhs.unit is None and b.lhs.unit is None:
            return False if la != lb else _scalar_eq(a.rhs, b.rhs)  # a label: `x = 3` vs `y = 3` differ
        if a.lhs.unit or a.rhs.unit or b.lhs.unit or b.rhs.unit:
            return None
        return _eq_same_curve(a.lhs.expr - a.rhs.expr, b.lhs.expr - b.rhs.expr)
    collections = (Seq, SetV, Union)
    if isinstance(a, Scalar) and isinstance(b, collections) or isinstance(b, Scalar) and isinstance(a, collections):
        coll = b if isinstance(b, collections) else a
        n = len(coll.parts) if isinstance(coll, Union) else len(coll.items)  # type: ignore[union-attr]
        return False if n >= 2 else None  # a number is not a pair
    return None


def _eq_same_curve(fa: sp.Expr, fb: sp.Expr) -> bool | None:
    """Two equations f=0, g=0 are the same when f/g is a nonzero constant (checked at the fixed points)."""
    pts = _points(fa.free_symbols | fb.free_symbols)
    ratios = []
    for pt in pts:
        va, vb = complex(fa.evalf(30, subs=pt)), complex(fb.evalf(30, subs=pt))
        if vb == 0 or va == 0:
            if (va == 0) != (vb == 0):
                return False
            continue
        ratios.append(va / vb)
    if len(ratios) < 2:
        return None
    r0 = ratios[0]
    if all(abs(r - r0) <= 1e-14 * max(1, abs(r0)) for r in ratios):
        return True
    if any(abs(r - r0) > 1e-9 * max(1, abs(r0)) for r in ratios):
        return False
    return None


def same(gold: str, other: str) -> bool | None:
    """Convenience: parse both texts and compare."""
    return equal(parse(gold), parse(other))
