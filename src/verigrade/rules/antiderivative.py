"""Antiderivatives, and general solutions with an additive constant (`\\sin^2 x + C`, `-\\cos^2 x + C`): each side
is a family of functions, one per value of its constant, so two sides whose other parts differ by a constant
(here 1) are the same family. Only where both sides add one lone constant letter (C, c, K or C_1), the question does
not use that letter for anything, and the rest is a function of the same variables; the difference is checked at
fixed points (every one must give the same number, to 1e-9 relative)."""
from __future__ import annotations

from .ast import Add
from .evaluate import EvalError, evaluate, free_symbols, to_complex
from .numeric import mentions

_CONSTANTS = frozenset({"C", "c", "K", "C_1"})
# points spread so that logs, roots and trig stay defined for most integrands (x > 0), and no two look alike
_POINTS = (0.37, 0.81, 1.23, 1.94, 2.66, 3.41)


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
        env = {s: p + 0.53 * j * (i % 3) for j, s in enumerate(order)}
        try:
            d = to_complex(evaluate(rg, env)) - to_complex(evaluate(ra, env))
        except (EvalError, OverflowError):
            continue
        diffs.append(d)
    if len(diffs) < 4:
        return False
    return all(abs(d - diffs[0]) <= 1e-9 * max(1.0, abs(diffs[0])) for d in diffs)
