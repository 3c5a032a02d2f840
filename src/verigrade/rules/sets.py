"""Subsets of the real line: intervals, inequalities, set-builder notation, unions, finite point sets.

Taxonomy 2.1 (interval vs inequality) and 6.x: `[2, 5)`, `2 \\le x < 5`, `\\{x | 2 \\le x < 5\\}`,
`x \\in [2, 5)` all become the same list of pieces. A piece is (lo, hi, lo_closed, hi_closed) with
endpoints as AST nodes; ("const", "inf") / ("neg", ("const", "inf")) are the infinities.
Policy: an endpoint at infinity is always open (`[0, \\infty]` reads as `[0, \\infty)`); a bare `(a, b)`
counts as an interval only when the other side is unmistakably a set of reals.
"""
from __future__ import annotations

from fractions import Fraction

from .evaluate import EvalError, evaluate, free_symbols, to_complex
from .ast import Add, Const, Div, Mul, Neg, Num, Sym

INF = Const("inf")
NEG_INF = Neg(INF)
# named sets of reals as intervals: `\\mathbb{R}`, and `\\mathbb{R}^+` (the positive reals, 0 excluded: the reading of
# ISO 80000-2 and of the textbooks that write it; `\\mathbb{R}^*` is the nonzero reals)
_REAL_SETS = {"reals": [(NEG_INF, INF, False, False)],
              "positive-reals": [(Num(Fraction(0), "0"), INF, False, False)],
              "nonzero-reals": [(NEG_INF, Num(Fraction(0), "0"), False, False), (Num(Fraction(0), "0"), INF, False, False)]}
_FLIP = {"<": ">", ">": "<", "≤": "≥", "≥": "≤"}
_INEQ = {"<", ">", "≤", "≥"}

Piece = tuple  # (lo, hi, lo_closed, hi_closed)


def is_inf(node) -> int:
    """+1 for +infinity, -1 for -infinity, 0 otherwise."""
    if node == INF or (node[0] == "add" and len(node[1]) == 1 and node[1][0] == INF):
        return 1
    if node == NEG_INF or (node[0] == "neg" and is_inf(node[1]) == 1):
        return -1
    if node[0] == "neg" and is_inf(node[1]) == -1:
        return 1
    return 0


def interval_like(node, strict: bool = True) -> bool:
    """True when `node` can only mean a set of reals (strict) or could mean one (not strict)."""
    kind = node[0]
    if kind == "group":
        if len(node[3]) != 2 or node[1] not in "([" or node[2] not in ")]":
            return False
        if (node[1], node[2]) != ("(", ")"):
            return True
        return not strict or any(is_inf(x) for x in node[3])
    if kind == "setop":
        return interval_like(node[2], False) and interval_like(node[3], False)
    if kind == "setb":
        return True
    if kind == "setsym":
        return node[1] in _REAL_SETS
    if kind == "rel":
        ops = node[1][1::2]
        if all(op in _INEQ | {"≠"} for op in ops):
            return True
        return len(ops) == 1 and ops[0] == "∈"
    if kind == "list":
        if _conjunction(node):
            return True
        return "or" in node[2] and all(interval_like(x, False) or _is_point_eq(x) for x in node[1])
    if kind == "set":
        return not strict and all(x[0] not in ("group", "set", "rel") for x in node[1])
    return False


def _conjunction(node) -> bool:
    """`x > 2 \\text{ and } x < 5`: inequalities joined only by "and", all in the same one variable, state one
    condition (their intersection); joined by commas or about several variables they stay a list of answers."""
    return _all_of(node, ("and",))


def _all_of(node, seps: tuple) -> bool:
    """Relations (inequalities, `x \\neq a`) in one variable joined only by `seps`: one condition, all at once."""
    if node[0] != "list" or len(node[1]) < 2 or any(sep not in seps for sep in node[2]):
        return False
    names = set()
    for item in node[1]:
        if item[0] != "rel" or not all(op in _INEQ | {"≠"} for op in item[1][1::2]):
            return False
        names |= free_symbols(item)
    return len(names) == 1


def _is_point_eq(node) -> bool:
    return node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" and node[1][0][0] == "sym"


def to_pieces(node) -> list[Piece] | None:
    """Convert to a list of pieces, or None when the node is not a subset of the reals we understand."""
    kind = node[0]
    if kind == "group" and len(node[3]) == 2 and node[1] in "([" and node[2] in ")]":
        lo, hi = node[3]
        return [(lo, hi, node[1] == "[" and not is_inf(lo), node[2] == "]" and not is_inf(hi))]
    if kind == "set":
        if any(x[0] in ("group", "set", "rel", "list") for x in node[1]):
            return None
        return [(x, x, True, True) for x in node[1]]
    if kind == "setsym" and node[1] in _REAL_SETS:
        return _REAL_SETS[node[1]]
    if kind == "setb":
        var = node[1]
        if var is not None and (var[0] != "sym" or var[1] not in free_symbols(node[2])):
            return None  # `\\{y \\mid |x| > 3\\}`: a condition on another letter than the set's own
        # (other letters beside the set's own are parameters: `\\{x \\mid 1 < x < a\\}` is the interval (1, a))
        if _all_of(node[2], (",", "and")):  # `\\{x \\mid x < 3/2, x \\neq -6\\}`: in a condition a comma is "and"
            return _intersection(node[2][1])
        if node[2][0] == "rel" and var is not None:
            return _relation(node[2][1], var[1])  # (the set's own letter is the variable of `1 < x < a`)
        return to_pieces(node[2])
    if kind == "setop":
        a, b = to_pieces(node[2]), to_pieces(node[3])
        if a is None or b is None:
            return None
        if node[1] == "∪":
            return a + b
        if node[1] == "⊍":
            # `\cupdot` (disjoint union) is a union that also claims the parts do not meet: read it as a union
            # only when that claim holds, so a false claim is never accepted as equal
            return a + b if _numeric_op(a, b, "and") == [] else None
        if node[1] == "∩":
            return _numeric_op(a, b, "and")
        if node[1] == "∖":
            return _numeric_op(a, b, "minus")
        return None
    if kind == "add" and len(node[1]) == 2 and node[1][1][0] == "neg":
        a, b = to_pieces(node[1][0]), to_pieces(node[1][1][1])  # A - B between sets is a difference
        if a is None or b is None or node[1][0][0] not in ("setb", "set", "group", "setop"):
            return None
        return _numeric_op(a, b, "minus")
    if kind == "rel":
        return _relation(node[1])
    if _conjunction(node):
        # read literally: `x < -1 and x > 2` is the empty set (never the union it may loosely mean)
        return _intersection(node[1])
    if kind == "list" and "or" in node[2]:
        out = []
        for item in node[1]:
            if _is_point_eq(item) and item[1][2][0] == "pm" and item[1][2][1] is None:
                # `x = 0 \\text{ or } x = \\pm 2`: a ± point is its two points
                v = item[1][2][2]
                out += [(v, v, True, True), (Neg(v), Neg(v), True, True)]
                continue
            p = to_pieces(item) if not _is_point_eq(item) else [(item[1][2], item[1][2], True, True)]
            if p is None:
                return None
            out += p
        return out
    return None


def _intersection(items: list) -> list[Piece] | None:
    acc = to_pieces(items[0])
    for item in items[1:]:
        nxt = to_pieces(item)
        acc = None if acc is None or nxt is None else _numeric_op(acc, nxt, "and")
    return acc


def _relation(parts: list, var: str | None = None) -> list[Piece] | None:
    """The pieces a relation bounds its variable to; `var` names the variable when several bare letters could be it
    (`1 < x < a` in `\\{x \\mid ...\\}`: x, with a a parameter)."""
    ops = parts[1::2]
    terms = parts[0::2]
    if len(ops) == 1 and ops[0] == "∈" and (terms[0][0] == "sym" or (
            terms[0][0] == "apply" and all(x[0] == "sym" for x in terms[0][2]))):
        return to_pieces(terms[1])
    if len(ops) == 1 and ops[0] == "=" and terms[0][0] == "sym":
        return [(terms[1], terms[1], True, True)]
    if len(ops) == 1 and ops[0] == "≠" and terms[0][0] == "sym":
        v = terms[1]
        return [(NEG_INF, v, False, False), (v, INF, False, False)]
    if not all(op in _INEQ for op in ops):
        return None
    absolute = [i for i, t in enumerate(terms) if t[0] == "abs" and free_symbols(t)]
    if len(absolute) == 1 and all(not free_symbols(t) for i, t in enumerate(terms) if i != absolute[0]):
        return _abs_relation(terms, ops, absolute[0])
    # exactly one term must be the variable (a bare symbol that the others do not contain)
    var_idx = [i for i, t in enumerate(terms) if t[0] == "sym" and all(t[1] not in free_symbols(o) for o in terms if o is not t)]
    if var is not None and len(var_idx) > 1:
        var_idx = [i for i in var_idx if terms[i][1] == var]
    if not var_idx:  # `0 < f(x) < 1`: the values of a function, against constants
        var_idx = [i for i, t in enumerate(terms) if t[0] == "apply" and all(x[0] == "sym" for x in t[2])
                   and not any(free_symbols(o) for o in terms if o is not t)]
    if len(var_idx) != 1:
        solved = _solve_linear(terms, ops)
        return _relation(solved) if solved is not None else None
    vi = var_idx[0]
    lo, hi, lo_c, hi_c = NEG_INF, INF, False, False
    if len(terms) == 3 and vi == 1:
        o1, o2 = ops
        if o1 in ("<", "≤") and o2 in ("<", "≤"):
            return [(terms[0], terms[2], o1 == "≤", o2 == "≤")]
        if o1 in (">", "≥") and o2 in (">", "≥"):
            return [(terms[2], terms[0], o2 == "≥", o1 == "≥")]
        return None
    if len(terms) != 2:
        return None
    op = ops[0] if vi == 0 else _FLIP[ops[0]]
    other = terms[1 - vi]
    if op in ("<", "≤"):
        hi, hi_c = other, op == "≤"
    else:
        lo, lo_c = other, op == "≥"
    return [(lo, hi, lo_c, hi_c)]


def _abs_relation(terms: list, ops: list, ai: int) -> list[Piece] | None:
    """`|x| < 1` is -1 < x < 1, `|x - 2| \\ge 3` is x - 2 \\le -3 or x - 2 \\ge 3, `1 \\le |z| \\le 3/2` is the two
    bands [-3/2, -1] and [1, 3/2]: the absolute value of an expression between nonnegative numeric bounds, each
    band then solved like any relation (`_relation`, linear in the one variable). Bounds that are not numbers,
    or negative, are not decided here (None)."""
    if len(terms) == 2:
        op = ops[0] if ai == 0 else _FLIP[ops[0]]
        lo, hi = (None, (terms[1 - ai], op == "≤")) if op in ("<", "≤") else ((terms[1 - ai], op == "≥"), None)
    elif len(terms) == 3 and ai == 1 and ops[0] in ("<", "≤") and ops[1] in ("<", "≤"):
        lo, hi = (terms[0], ops[0] == "≤"), (terms[2], ops[1] == "≤")
    elif len(terms) == 3 and ai == 1 and ops[0] in (">", "≥") and ops[1] in (">", "≥"):
        lo, hi = (terms[2], ops[1] == "≥"), (terms[0], ops[0] == "≥")
    else:
        return None
    for bound in (lo, hi):
        v = None if bound is None else _num(bound[0])
        if bound is not None and (v is None or v < 0 or v == float("inf")):
            return None
    inner = terms[ai][1]
    le = {True: "≤", False: "<"}
    if hi is None:  # |L| > l: L < -l or L > l
        bands = [[inner, le[lo[1]], Neg(lo[0])], [lo[0], le[lo[1]], inner]]
    elif lo is None:  # |L| < u: -u < L < u
        bands = [[Neg(hi[0]), le[hi[1]], inner, le[hi[1]], hi[0]]]
    else:  # l < |L| < u: -u < L < -l or l < L < u
        bands = [[Neg(hi[0]), le[hi[1]], inner, le[lo[1]], Neg(lo[0])], [lo[0], le[lo[1]], inner, le[hi[1]], hi[0]]]
    out: list[Piece] = []
    for parts in bands:
        got = _relation(parts)
        if got is None:
            return None
        out += got
    return out


def _solve_linear(terms: list, ops: list) -> list | None:
    """`-x > -1` is `x < 1`, `1 < 2x + 3 \\le 7` is `-1 < x \\le 2`: one term linear in the only variable (a
    nonzero numeric coefficient, read structurally: sums, constant multiples and quotients, never a product of
    two variable factors), the other terms constants. Each side is shifted and divided by the coefficient, and a
    negative coefficient flips the relations. Returns the solved parts (`[lo, op, x, op, hi]` / `[x, op, c]`)."""
    free = [free_symbols(t) for t in terms]
    idx = [i for i, f in enumerate(free) if f]
    if len(idx) != 1 or len(free[idx[0]]) != 1 or any(o[0] == "sym" for o in terms):
        return None
    var = next(iter(free[idx[0]]))
    if var.startswith("apply:"):
        return None
    lin = _linear(terms[idx[0]], var)
    if lin is None:
        return None
    a, b = lin
    try:
        av = to_complex(evaluate(a))
    except EvalError:
        return None
    if abs(av.imag) > 1e-12 or abs(av.real) < 1e-12:
        return None
    flip = av.real < 0
    out = []
    for i, t in enumerate(terms):
        out.append(Sym(var) if i == idx[0] else Div(Add([t, Neg(b)]), a))
    if flip:
        return [x if i % 2 == 0 else _FLIP[x] for i, x in enumerate(_interleave(out, ops))]
    return _interleave(out, ops)


def _interleave(terms: list, ops: list) -> list:
    out = [terms[0]]
    for op, t in zip(ops, terms[1:]):
        out += [op, t]
    return out


_ZERO = Num(Fraction(0), "0")
_ONE = Num(Fraction(1), "1")


def _linear(node, var: str, depth: int = 0):
    """(a, b) as nodes with node = a*var + b, or None when `node` is not structurally linear in `var`."""
    if depth > 30:
        return None
    if var not in free_symbols(node):
        return _ZERO, node
    kind = node[0]
    if node == Sym(var):
        return _ONE, _ZERO
    if kind == "neg":
        r = _linear(node[1], var, depth + 1)
        return None if r is None else (Neg(r[0]), Neg(r[1]))
    if kind == "add":
        parts = [_linear(t, var, depth + 1) for t in node[1]]
        if any(p is None for p in parts):
            return None
        return Add([p[0] for p in parts]), Add([p[1] for p in parts])
    if kind == "mul":
        var_factors = [f for f in node[1] if var in free_symbols(f)]
        if len(var_factors) != 1:
            return None
        r = _linear(var_factors[0], var, depth + 1)
        if r is None:
            return None
        k = [f for f in node[1] if f is not var_factors[0]]
        return Mul(k + [r[0]]), Mul(k + [r[1]])
    if kind == "div" and var not in free_symbols(node[2]):
        r = _linear(node[1], var, depth + 1)
        return None if r is None else (Div(r[0], node[2]), Div(r[1], node[2]))
    return None


def _num(node) -> float | Fraction | None:
    """An endpoint's value: exact when rational (`10^{20} + 1` is not `10^{20}`, which floats cannot tell)."""
    s = is_inf(node)
    if s:
        return float("inf") * s
    try:
        exact = evaluate(node)
        if isinstance(exact, Fraction):
            return exact
        v = to_complex(exact)
    except (EvalError, OverflowError):
        return None
    if abs(v.imag) > 1e-12 * max(1.0, abs(v.real)):
        return None
    return v.real


def numeric(pieces: list[Piece]) -> list[tuple] | None:
    """Pieces with float endpoints, sorted and merged; None if any endpoint is symbolic."""
    out = []
    for lo, hi, lc, hc in pieces:
        a, b = _num(lo), _num(hi)
        if a is None or b is None:
            return None
        if a > b or (a == b and not (lc and hc)):
            continue  # empty piece
        out.append([a, b, lc, hc])
    out.sort(key=lambda p: (p[0], not p[2]))
    merged: list[list] = []
    for p in out:
        if merged:
            q = merged[-1]
            touch = p[0] < q[1] or (_feq(p[0], q[1]) and (p[2] or q[3]))
            if touch or _feq(p[0], q[1]) and p[0] == q[1] and (p[2] or q[3]):
                if p[1] > q[1] or (_feq(p[1], q[1]) and p[3]):
                    q[1], q[3] = p[1], p[3] or (q[3] and _feq(p[1], q[1]))
                continue
        merged.append(p)
    return [tuple(p) for p in merged]


def _feq(a: float | Fraction, b: float | Fraction) -> bool:
    if a == b:
        return True
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return False  # exact endpoints differ
    if a in (float("inf"), float("-inf")) or b in (float("inf"), float("-inf")):
        return False
    return abs(a - b) <= 1e-12 * max(abs(a), abs(b))  # tight: [0, 10^9] is not [0, 10^9 + 1]


def same_numeric(a: list[tuple], b: list[tuple]) -> bool:
    if len(a) != len(b):
        return False
    return all(_feq(p[0], q[0]) and _feq(p[1], q[1]) and p[2] == q[2] and p[3] == q[3] for p, q in zip(a, b))


def _numeric_op(a: list[Piece], b: list[Piece], op: str) -> list[Piece] | None:
    na, nb = numeric(a), numeric(b)
    if na is None or nb is None:
        return None
    comp = _complement(nb) if op == "minus" else nb
    out = []
    for p in na:
        for q in comp:
            lo = max((p[0], not p[2]), (q[0], not q[2]))
            hi = min((p[1], p[3]), (q[1], q[3]))
            piece = (lo[0], hi[0], not lo[1], hi[1])
            if piece[0] < piece[1] or (piece[0] == piece[1] and piece[2] and piece[3]):
                out.append(piece)
    return [(_node(lo), _node(hi), lc, hc) for lo, hi, lc, hc in out]


def _complement(pieces: list[tuple]) -> list[tuple]:
    out, cur, cur_closed = [], float("-inf"), False
    for lo, hi, lc, hc in pieces:
        if lo > cur or (lo == cur and not lc and not cur_closed):
            out.append((cur, lo, cur_closed, not lc))
        cur, cur_closed = hi, not hc
    if cur < float("inf"):
        out.append((cur, float("inf"), cur_closed, False))
    return out


def _node(x: float):
    if x == float("inf"):
        return INF
    if x == float("-inf"):
        return NEG_INF
    f = Fraction(x).limit_denominator(10**12)
    node = Num(abs(f), str(abs(f)))
    return Neg(node) if f < 0 else node
