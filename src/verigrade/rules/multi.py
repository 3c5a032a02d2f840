"""One answer read as several, or as the value it writes out, for compare.py's list and tuple rules: `a \\pm b` as its
two values (in lists, sets, tuples and equations), a chain of names ending on a value (`x = y = 2`) one name at a
time, a tuple or a column matrix as its entries, and matrices written as a product, a scaled matrix or a sum as
the matrix they equal."""
from __future__ import annotations

import itertools

from .ast import Add, Group, List, Matrix, Mul, Neg, Rel, subtrees, transform
from .evaluate import free_symbols
from .named import text_label


def items(node) -> list | None:
    """Top-level multi-answers: comma lists, sets, a ± b. Tuples are single items (see tuple_items)."""
    kind = node[0]
    if kind == "list":
        out = []
        xs = list(map(text_label, node[1]))
        # (`x = \\pm 7, x = \\pm 3`: the solutions of one letter, each ± equation its two; not `x = \\pm 7, y = \\pm 3`,
        # whose names the values keep apart)
        one_name = all(x[0] == "rel" for x in xs) and all(x[1][0] == xs[0][1][0] for x in xs)
        # (`x = \\pm 1, \\pm 2`: a name before the first value only, the rest bare, names them all)
        lead_name = bool(xs) and xs[0][0] == "rel" and xs[0][1][0][0] == "sym" and all(x[0] != "rel" for x in xs[1:])
        for i, x in enumerate(xs):
            # (`(0, \\pm 2), (4, \\pm 23)`: each ± tuple is its tuples)
            sub = items(x) if x[0] in ("list", "pm") or (x[0] == "group" and any(y[0] == "pm" for y in x[3])) or (
                (one_name or (lead_name and i == 0)) and count_pm(x) == 1) else None
            out += sub if sub is not None else [x]
        return out
    if kind == "set":
        # `\\{2 \\pm \\sqrt3, 1\\}` is the three values
        out = []
        for x in node[1]:
            out += items(x) if x[0] == "pm" else [x]
        return out
    if kind == "group" and node[1] == "(" and node[2] == ")" and any(x[0] == "pm" for x in node[3]):
        # `(\\pm 1, 2, \\pm 3)` is four tuples, one per choice of signs (at most 16)
        choices = [items(x) if x[0] == "pm" else [x] for x in node[3]]
        if 2 ** sum(len(c) > 1 for c in choices) <= 16:
            return [Group("(", ")", list(t)) for t in itertools.product(*choices)]
    if kind == "rel" and len(node[1]) == 3 and node[1][1] == "=":
        # `y = \\pm 2x` is the two equations `y = 2x`, `y = -2x` (a pair of asymptotes, of lines)
        rhs = node[1][2]
        if rhs[0] == "mul" and rhs[1][0][0] == "pm" and rhs[1][0][1] is None:
            body = Mul([rhs[1][0][2], *rhs[1][1:]])
            return [Rel([node[1][0], "=", body]), Rel([node[1][0], "=", Neg(body)])]
        if rhs[0] == "pm" or (rhs[0] == "add" and pm_head(rhs[1][0]) is not None):
            return [Rel([node[1][0], "=", x]) for x in items(rhs)]
        if count_pm(node) == 1:
            # `4x \\pm 3y = 0`, `(x \\pm 1)^2 = 4`: one ± anywhere in an equation is the two equations, one per sign
            return [signed(node, plus) for plus in (True, False)]
    if kind == "add" and (head := pm_head(node[1][0])) is not None:
        # `\\pm\\frac{\\pi}{3} + 2k\\pi`, `\\pm 2\\sqrt2 + 3`: the two values
        return [Add([head, *node[1][1:]]), Add([Neg(head), *node[1][1:]])]
    if kind == "mul" and node[1][0][0] == "pm" and node[1][0][1] is None:
        body = Mul([node[1][0][2], *node[1][1:]])  # `\\pm 2x`: 2x and -2x, as `\\pm 3` is 3 and -3
        return [body, Neg(body)]
    if kind == "pm":
        base = node[1]
        if base is None and node[2][0] == "group" and node[2][1] == "(" and len(node[2][3]) >= 2:
            # `\\pm(0, 1, 1)`: the tuple and its negative, entry by entry
            return [node[2], Group("(", ")", [Neg(x) for x in node[2][3]])]
        if base is None:
            return [node[2], Neg(node[2])]
        return [Add([base, node[2]]), Add([base, Neg(node[2])])]
    if kind in ("div", "mul", "add", "neg", "pow") and count_pm(node) == 1:
        # `\\frac{-1 \\pm \\sqrt{3}i}{2}`: one ± inside a value is the two values, one per sign (as in an equation)
        return [signed(node, plus) for plus in (True, False)]
    return None


def chain_names(node) -> list[str]:
    """The names of a chain of names ending on a value (`x = y = 2` -> x, y), else []."""
    if node[0] != "rel" or len(node[1]) < 5 or set(node[1][1::2]) != {"="}:
        return []
    names = node[1][:-1:2]
    return [n[1] for n in names] if all(n[0] == "sym" for n in names) and node[1][-1][0] != "sym" else []


def spread_chains(t, lists_only: bool = False):
    """`x = y = 1, z = 0` is `x = 1, y = 1, z = 0`: a chain of distinct names ending on a value gives each name that
    value (the same statement, one name at a time), so it meets a labelled tuple `(x, y, z) = (1, 1, 0)` or a list
    of values name by name (a chain inside a list is always read so: `x = y = 1, 2` is three values, not two).
    None when `t` holds no such chain (with `lists_only`, no list with one)."""
    if lists_only and t[0] != "list":
        return None
    parts, seps = (list(t[1]), list(t[2])) if t[0] == "list" else ([t], [])
    out, out_seps, changed = [], [], False
    for i, item in enumerate(parts):
        if i:
            out_seps.append(seps[i - 1])
        names = chain_names(item)
        if names and len(set(names)) == len(names):
            for j, n in enumerate(item[1][:-1:2]):
                if j:
                    out_seps.append(",")
                out.append(Rel([n, "=", item[1][-1]]))
            changed = True
        else:
            out.append(item)
    return List(out, tuple(out_seps)) if changed else None


def count_pm(node) -> int:
    return sum(is_pm(n) for n in subtrees(node))


def is_pm(n) -> bool:
    return n[0] == "pm" and len(n) == 3 and isinstance(n[2], tuple)  # (not a text's words, `\\text{pm}`)


def signed(node, plus: bool):
    """`node` with its one ± node written as + (`plus`) or as -: `a \\pm b` -> `a + b` / `a + (-b)`, a leading
    `\\pm b` -> `b` / `-b`."""
    def sign(n):
        if not is_pm(n):
            return None
        term = n[2] if plus else Neg(n[2])
        return term if n[1] is None else Add([n[1], term])

    return transform(node, sign)


def pm_head(term):
    """The term a leading `\\pm` signs (`\\pm 3`, `\\pm 2\\sqrt2`), or None."""
    if term[0] == "pm" and term[1] is None:
        return term[2]
    if term[0] == "mul" and term[1][0][0] == "pm" and term[1][0][1] is None:
        return Mul([term[1][0][2], *term[1][1:]])
    return None


def matrix_value(node):
    """A scalar times a matrix or vector (`\\frac13 \\begin{pmatrix}-1\\\\2\\\\5\\end{pmatrix}`) is the matrix of the
    products, entry by entry; a product of matrices of matching shapes is their matrix product (row by column); a
    sum (or difference) of matrices of one shape is their sum entry by entry (`A + B` written out is the matrix
    it equals). Anything else (`k(1, 2)`, shapes that do not chain, a matrix plus a number) is left as it is."""
    if node[0] == "add":
        return _matrix_sum(node)
    if node[0] != "mul":
        return node
    groups = [x for x in node[1] if x[0] == "group" and x[1] == "(" and x[2] == ")" and len(x[3]) >= 2]
    if len(groups) == 1 and len(node[1]) >= 2 and all(
            x[0] not in ("group", "set", "list", "matrix", "text") and not free_symbols(x)
            for x in node[1] if x is not groups[0]):
        # `3(1, 2, 3)`: a number times a tuple (a vector) is the tuple of products
        rest = [x for x in node[1] if x is not groups[0]]
        return Group("(", ")", [Mul(rest + [e]) for e in groups[0][3]])
    mats = [x for x in node[1] if x[0] == "matrix"]
    rest = [x for x in node[1] if x[0] != "matrix"]
    if not mats or any(x[0] in ("group", "set", "list") for x in rest) or (len(mats) == 1 and not rest):
        return node
    prod = mats[0][1]
    for m in mats[1:]:
        rows = m[1]
        if any(len(r) != len(rows) for r in prod) or len({len(r) for r in rows}) != 1 or len(rows) * len(rows[0]) > 64:
            return node
        prod = [[Add([Mul([r[k], rows[k][j]]) for k in range(len(rows))]) for j in range(len(rows[0]))] for r in prod]
    return Matrix([[Mul(rest + [e]) if rest else e for e in row] for row in prod])


def _matrix_sum(node):
    """`\\begin{pmatrix}1&2\\end{pmatrix} - 2\\begin{pmatrix}0&1\\end{pmatrix}`: each term a matrix, a negated one or
    a scaled one, all of one shape, summed entry by entry; else the node unchanged."""
    terms = []
    for t in node[1]:
        neg = t[0] == "neg"
        m = matrix_value(t[1] if neg else t)
        if m[0] != "matrix":
            return node
        terms.append([[Neg(e) if neg else e for e in row] for row in m[1]])
    shape = [len(r) for r in terms[0]]
    if len(terms) < 2 or any([len(r) for r in t] != shape for t in terms) or sum(shape) > 64:
        return node
    return Matrix([[Add([t[i][j] for t in terms]) for j in range(n)] for i, n in enumerate(shape)])


def tuple_items(node) -> list | None:
    # `(a, b)` and `[a, b]` are tuples; `[a, b)` / `(a, b]` can only be intervals
    if node[0] == "group" and len(node[3]) >= 2 and (node[1], node[2]) in (("(", ")"), ("[", "]")):
        return list(node[3])
    if node[0] == "matrix":
        rows = node[1]
        if len(rows) == 1:
            return list(rows[0])
        if all(len(r) == 1 for r in rows):
            return [r[0] for r in rows]
        return [Group("(", ")", list(r)) for r in rows]
    return None


def spread(node, other):
    """`x = y = z = 2` against a list of labelled values (`x=2, y=2, z=2`) is that list: one value per name;
    `x \\in \\{1, 2\\}` against one is `x = 1, x = 2` (so `y = 1, y = 2` names another unknown), and so is
    `x = \\pm 1`, `y = \\pm 2x`; a labelled tuple `(y, x) = (2, 1)` is `y = 2, x = 1`."""
    if node[0] != "rel" or other[0] != "list":
        return node
    if (len(node[1]) == 3 and node[1][1] == "∈" and node[1][0][0] == "sym" and node[1][2][0] == "set"
            and node[1][2][1] and all(x[0] == "rel" and len(x[1]) == 3 and x[1][1] == "=" for x in other[1])):
        return List([Rel([node[1][0], "=", x]) for x in node[1][2][1]], (",",) * (len(node[1][2][1]) - 1))
    if (len(node[1]) == 3 and node[1][1] == "=" and node[1][0][0] == "sym" and node[1][2][0] in ("pm", "mul")
            and all(x[0] == "rel" and len(x[1]) == 3 and x[1][1] == "=" for x in other[1])):
        both = items(node)  # `y = \\pm 2x` against `y = 2x, y = -2x`: the two equations, each named y
        return List(both, (",",) * (len(both) - 1)) if both else node
    if (len(node[1]) == 3 and node[1][1] == "=" and node[1][0][0] == "group" and node[1][2][0] == "group"
            and len(node[1][0][3]) == len(node[1][2][3]) > 1 and all(x[0] == "sym" for x in node[1][0][3])
            and len({x[1] for x in node[1][0][3]}) == len(node[1][0][3])
            and all(x[0] == "rel" and x[1][1::2] and set(x[1][1::2]) == {"="} for x in other[1])):
        # `(y, x) = (1, 2)` against `x = 1, y = 2`: the tuple's names place its values, name by name
        pairs = list(zip(node[1][0][3], node[1][2][3]))
        return List([Rel([n, "=", v]) for n, v in pairs], (",",) * (len(pairs) - 1))
    names = chain_names(node)
    if not names or free_symbols(node[1][-1]) or len(set(names)) != len(names):
        return node
    return spread_chains(node)


def set_vs_tuple(s, t) -> bool:
    """`s` a set of plain elements (`\\{1, 2\\}`, not `\\{(1, 2)\\}`) as long as the tuple `t`."""
    tt = tuple_items(t)
    return (s[0] == "set" and tt is not None and len(s[1]) == len(tt)
            and not any(x[0] in ("group", "set") for x in s[1]))


def is_tuple_pair(g, a) -> bool:
    return tuple_items(g) is not None and tuple_items(a) is not None


def rows_matrix(node):
    """`[[1, 2], [3, 4]]` (a matrix as code writes it) as the matrix of those rows, when compared with a matrix;
    anything else as it is."""
    if node[1] == "[" and node[2] == "]" and node[3] and all(
            x[0] == "group" and x[1] == "[" and x[2] == "]" and len(x[3]) == len(node[3][0][3]) for x in node[3]):
        return Matrix([list(x[3]) for x in node[3]])
    return node
