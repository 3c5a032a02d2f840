"""Antiderivatives, and general solutions with an additive constant (`\\sin^2 x + C`, `-\\cos^2 x + C`): each side
is a family of functions, one per value of its constant, so two sides whose other parts differ by a constant
(here 1) are the same family. Only where both sides add one lone constant letter (C, c, K or C_1), the question does
not use that letter for anything, and the rest is a function of the same variables; the difference is checked at
fixed rational points on both sides of 0 (every one must give the same number: exactly where both parts are rational
there, else to 1e-12 relative)."""
from __future__ import annotations

from fractions import Fraction

from .ast import Add
from .evaluate import EvalError, evaluate, free_symbols, to_complex
from .numeric import mentions

_CONSTANTS = frozenset({"C", "c", "K", "C_1"})
# points on both sides of 0 and far from it (so |x|, |x - 5|, \\sqrt{x^2} and sign changes show), with prime denominators
# (no short period, `\\sin(100\\pi x)`, looks constant on them), rational so that polynomial parts compare
# exactly (`+ 10^{-12}x` is no constant), none alike; a point where a side is undefined is skipped
_POINTS = (Fraction(-83, 7), Fraction(-78, 11), Fraction(-35, 13), Fraction(-22, 17), Fraction(-9, 19),
           Fraction(8, 23), Fraction(23, 29), Fraction(37, 31), Fraction(72, 37), Fraction(109, 41),
           Fraction(146, 43), Fraction(193, 47), Fraction(302, 53), Fraction(491, 59), Fraction(787, 61))


def _constant(node) -> str | None:
    """The one additive constant letter of a sum, else None."""
    if node[0] != "add":
        return None
    names = [t[1] for t in node[1] if t[0] == "sym" and t[1] in _CONSTANTS]
    return names[0] if len(names) == 1 else None


def same_family(g, a, question: str | None) -> bool:
    """Both sides add an arbitrary constant and their other parts differ by a constant at every point."""
    cg, ca = _constant(g), _constant(a)
    if cg is None or ca is None or (question and (mentions(question, cg) or mentions(question, ca))):
        return False
    rg = Add([t for t in g[1] if t != ("sym", cg)])
    ra = Add([t for t in a[1] if t != ("sym", ca)])
    syms = free_symbols(rg)
    if not syms or syms != free_symbols(ra) or len(syms) > 2 or any(s.startswith("apply:") or s in _CONSTANTS
                                                                      for s in syms):
        return False
    order = sorted(syms)
    diffs = []
    for i, p in enumerate(_POINTS):
        env = {s: p + Fraction(53, 67) * j * (i % 3) for j, s in enumerate(order)}
        try:
            vg, va = evaluate(rg, env), evaluate(ra, env)
        except (EvalError, OverflowError, ZeroDivisionError):
            continue
        diffs.append(vg - va if isinstance(vg, Fraction) and isinstance(va, Fraction) else
                     to_complex(vg) - to_complex(va))
    if len(diffs) < 5:
        return False
    if all(isinstance(d, Fraction) for d in diffs):
        return len(set(diffs)) == 1  # (exact: polynomial and rational parts)
    return all(abs(complex(d) - complex(diffs[0])) <= 1e-12 * max(1.0, abs(complex(diffs[0]))) for d in diffs)
