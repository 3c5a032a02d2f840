"""Bounded numeric evaluation of parsed expressions.

Values are exact `Fraction`s while that stays cheap (size-capped), otherwise Python `complex`. Every step
is bounded: big powers, factorials and oversized rationals fall back to floats, and float overflow raises
`EvalError` (the caller treats that point as undefined). Nothing is executed: we walk our own AST.
"""
from __future__ import annotations

import cmath
import math
from fractions import Fraction
from typing import Mapping, Union

from .ast import (
    Abs, Add, Apply, Based, Const, Deg, Div, Fact, Func, Mixed, Mul, Neg, Num, Pct, Pow, Ratio, SetSym, Sym, Text,
    named,
)

Value = Union[Fraction, complex]

_MAX_BITS = 2048  # exact rationals beyond this become floats
_MAX_EXACT_EXP = 512
_PI = complex(math.pi)
_E = complex(math.e)


class EvalError(ValueError):
    pass


def evaluate(node, env: Mapping[str, Value] | None = None) -> Value:
    try:
        return _ev(node, env or {})
    except (OverflowError, ZeroDivisionError, ValueError, TypeError, RecursionError) as exc:
        if isinstance(exc, EvalError):
            raise
        raise EvalError(str(exc)) from None


def free_symbols(node, out: set | None = None) -> set:
    """The variables of `node`; an applied function `f(x)` adds "apply:f" as well as its arguments' variables."""
    out = set() if out is None else out
    if not isinstance(node, tuple) or not node:
        return out
    match named(node) if type(node) is tuple else node:
        case Sym(name=name):
            out.add(name)
            return out
        case Num() | Const() | Text() | SetSym() | Based():
            return out
        case Apply(name=name):
            out.add("apply:" + name)
    for child in node[1:]:
        if isinstance(child, tuple):
            free_symbols(child, out)
        elif isinstance(child, list):
            for c in child:
                if isinstance(c, tuple):
                    free_symbols(c, out)
    return out


def has_const(node, name: str) -> bool:
    if not isinstance(node, tuple) or not node:
        return False
    if node[0] == "const":
        return node[1] == name
    for child in node[1:]:
        if isinstance(child, tuple) and has_const(child, name):
            return True
        if isinstance(child, list) and any(isinstance(c, tuple) and has_const(c, name) for c in child):
            return True
    return False


def to_complex(v: Value) -> complex:
    return complex(v) if isinstance(v, Fraction) else v


def is_real(v: Value, rel: float = 1e-9) -> bool:
    if isinstance(v, Fraction):
        return True
    return abs(v.imag) <= rel * max(1.0, abs(v.real))


def close(a: Value, b: Value, rel: float = 1e-9) -> bool:
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a == b
    try:
        a, b = to_complex(a), to_complex(b)
    except OverflowError:  # a rational too large for a float: not comparable in floating point
        return False
    if not (cmath.isfinite(a) and cmath.isfinite(b)):
        return False  # float overflow gives inf for different values alike; infinities are compared structurally
    scale = max(abs(a), abs(b))
    # an absolute floor for inexact values: sin(pi) is 1.2e-16 in floating point, and it is 0. Tight on purpose:
    # 1e-12 made `\pi\times10^{-13}` equal to `2\pi\times10^{-13}`.
    return abs(a - b) <= rel * scale or abs(a - b) < 1e-15


def _small(f: Fraction) -> bool:
    return f.numerator.bit_length() <= _MAX_BITS and f.denominator.bit_length() <= _MAX_BITS


def _exact_or_float(f: Fraction) -> Value:
    return f if _small(f) else complex(float(f))


def _ev(node, env) -> Value:
    if type(node) is tuple:  # a node built as a plain tuple (older callers): read it as its named kind
        node = named(node)
    match node:
        case Num(value=v):
            return v
        case Const(name="pi"):
            return _PI
        case Const(name="e"):
            return _E
        case Const(name="i"):
            return 1j
        case Const():
            raise EvalError("infinity is not a number")
        case Sym(name=name):
            if name in env:
                return env[name]
            if name == "i":
                return 1j
            raise EvalError(f"free symbol {name}")
        case Add(terms=terms):
            acc: Value = Fraction(0)
            for t in terms:
                acc = _add(acc, _ev(t, env))
            return acc
        case Mul(factors=factors):
            acc = Fraction(1)
            for f in factors:
                acc = _mul(acc, _ev(f, env))
            return acc
        case Neg(arg=a):
            return -_ev(a, env)
        case Div(num=n, den=d) | Ratio(left=n, right=d):
            a, b = _ev(n, env), _ev(d, env)
            if b == 0:
                raise EvalError("division by zero")
            if isinstance(a, Fraction) and isinstance(b, Fraction):
                return _exact_or_float(a / b)
            return to_complex(a) / to_complex(b)
        case Mixed(whole=w, frac=f):
            return _add(_ev(w, env), _ev(f, env))
        case Pow(base=b, exp=e):
            return _pow(_ev(b, env), _ev(e, env))
        case Pct(arg=a):
            return _mul(_ev(a, env), Fraction(1, 100))
        case Deg(arg=a):
            return _mul(_ev(a, env), _PI / 180)
        case Fact(arg=a):
            return _gamma_plus1(_ev(a, env))
        case Abs(arg=a):
            v = _ev(a, env)
            return abs(v) if isinstance(v, Fraction) else complex(abs(v))
        case Func(name=name, args=args):
            return _func(name, [_ev(a, env) for a in args])
    raise EvalError(f"cannot evaluate {node[0]}")


def _add(a: Value, b: Value) -> Value:
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return _exact_or_float(a + b)
    return to_complex(a) + to_complex(b)


def _mul(a: Value, b: Value) -> Value:
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return _exact_or_float(a * b)
    return to_complex(a) * to_complex(b)


def _iroot(n: int, k: int) -> int | None:
    """Exact integer k-th root of n >= 0, or None."""
    if n < 0 or n.bit_length() > _MAX_BITS:
        return None
    r = int(round(n ** (1.0 / k))) if n.bit_length() < 1000 else None
    if r is None:
        return None
    for c in (r - 1, r, r + 1):
        if c >= 0 and c**k == n:
            return c
    return None


def _pow(b: Value, e: Value) -> Value:
    if isinstance(b, Fraction) and isinstance(e, Fraction):
        if e.denominator == 1:
            k = e.numerator
            if abs(k) <= _MAX_EXACT_EXP and max(b.numerator.bit_length(), b.denominator.bit_length()) * abs(k) <= _MAX_BITS:
                if b == 0 and k < 0:
                    raise EvalError("division by zero")
                return b**k
        elif e.denominator <= 12 and b >= 0:
            q = e.denominator
            rn, rd = _iroot(b.numerator, q), _iroot(b.denominator, q)
            if rn is not None and rd is not None:
                return _pow(Fraction(rn, rd), Fraction(e.numerator))
    bc, ec = to_complex(b), to_complex(e)
    if abs(ec) > 1e6 or (abs(bc) > 1 and abs(ec.real) * math.log(abs(bc)) > 700):
        raise EvalError("power too large")
    if bc.imag == 0 and ec.imag == 0 and bc.real > 0:
        return complex(bc.real**ec.real)
    if bc == 0:
        if ec.real > 0:
            return 0j
        raise EvalError("0 to a non-positive power")
    return bc**ec


def _gamma_plus1(v: Value) -> Value:
    if isinstance(v, Fraction) and v.denominator == 1 and 0 <= v.numerator <= 300:
        return Fraction(math.factorial(v.numerator))
    c = to_complex(v)
    if c.imag != 0 or c.real > 170:
        raise EvalError("factorial out of range")
    return complex(math.gamma(c.real + 1))


def _func(name: str, args: list[Value]) -> Value:
    x = args[0]
    if name == "sqrt":
        if isinstance(x, Fraction) and x >= 0:
            return _pow(x, Fraction(1, 2))
        return cmath.sqrt(to_complex(x))
    if name == "root":
        n = args[1]
        if isinstance(n, Fraction) and n.denominator == 1 and n.numerator % 2 == 1 and n > 0:
            c = x if isinstance(x, Fraction) else to_complex(x)
            if (isinstance(c, Fraction) and c < 0) or (isinstance(c, complex) and c.real < 0 and abs(c.imag) < 1e-15):
                # an odd root of a negative real is the real root (`\sqrt[3]{-8}` = -2), not the principal one
                r = _pow(-c if isinstance(c, Fraction) else complex(-c.real), Fraction(1) / n)
                return -r
        return _pow(x, 1 / n if not isinstance(n, Fraction) else Fraction(1) / n)
    if name == "binom":
        n, k = args
        # exact for integers while the product stays small: n <= 5000, or few factors (k or n - k <= 64)
        if (isinstance(n, Fraction) and isinstance(k, Fraction) and n.denominator == k.denominator == 1 and 0 <= n.numerator
                and (n.numerator <= 5000 or (n.numerator <= 10 ** 9 and min(k.numerator, n.numerator - k.numerator) <= 64))):
            return Fraction(math.comb(n.numerator, max(0, k.numerator))) if k.numerator >= 0 else Fraction(0)
        return _gamma_plus1(n) / (to_complex(_gamma_plus1(k)) * to_complex(_gamma_plus1(_add(n, -k))))
    if name in ("gcd", "lcm"):
        # integers only: the gcd of non-integers (or of a probe point) is no number
        if len(args) < 2 or not all(isinstance(v, Fraction) and v.denominator == 1 for v in args):
            raise EvalError(f"{name} of non-integers")
        ints = [abs(v.numerator) for v in args]
        if max(ints) > 10 ** 18:
            raise EvalError(f"{name} out of range")
        return Fraction(math.gcd(*ints) if name == "gcd" else math.lcm(*ints))
    if name in ("floor", "ceil"):
        if isinstance(x, Fraction):
            return Fraction(math.floor(x) if name == "floor" else math.ceil(x))
        c = to_complex(x)
        if abs(c.imag) > 1e-12 or not math.isfinite(c.real):
            raise EvalError(f"{name} of a non-real value")
        return Fraction(math.floor(c.real) if name == "floor" else math.ceil(c.real))
    if name in ("ln", "log"):
        if len(args) == 2:  # log_b(x)
            return cmath.log(to_complex(x)) / cmath.log(to_complex(args[1]))
        if x == 0:
            raise EvalError("log(0)")
        return cmath.log(to_complex(x))
    if name == "lg":
        return cmath.log10(to_complex(x))
    if name == "exp":
        c = to_complex(x)
        if c.real > 700:
            raise EvalError("exp overflow")
        return cmath.exp(c)
    c = to_complex(x)
    if name in _TRIG:
        return _TRIG[name](c)
    if name in ("cot", "sec", "csc"):
        base = {"cot": cmath.tan, "sec": cmath.cos, "csc": cmath.sin}[name](c)
        if base == 0:
            raise EvalError("pole")
        return 1 / base
    if name == "arccot":
        return cmath.atan(1 / c)
    raise EvalError(f"unknown function {name}")


_TRIG = {
    "sin": cmath.sin, "cos": cmath.cos, "tan": cmath.tan, "arcsin": cmath.asin, "arccos": cmath.acos,
    "arctan": cmath.atan, "sinh": cmath.sinh, "cosh": cmath.cosh, "tanh": cmath.tanh,
}
