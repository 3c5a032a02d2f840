"""Structural equivalence of two parsed answers: labels, lists, tuples, sets, intervals, equations, scalars.

Each rule below is general and documented where it lives. The result is an Outcome with a method name
(e.g. "interval", "set") and evidence: the normalisations that were needed (the audit classifies false
negatives from this evidence). Labels and qualifiers are read in labels.py, named values in named.py, single
values in scalar.py, sets of reals and equations in relations.py, and the item's context (question, deadline,
evidence) is context.Ctx.
"""
from __future__ import annotations

import re

from ..types import Outcome
from . import sets
from .evaluate import EvalError, evaluate, free_symbols
from .numeric import mentions, rename
from .functions import function_label_off, function_value_off
from .ast import Group, List, Rel
from .context import Ctx, Result, asks_order
from .labels import (asks_for, droppable_label, function_name, label_name, other_name, qual_inward, quantity_label,
                     unwrap, label_like)
from .quantity import QUALIFYING
from .scalar import is_textual, compare_scalar
from .symbols import names_asked, names_data, names_other, symbol_of_word
from .relations import compare_equation, compare_intervals, is_equation
from .multi import (chain_names, is_tuple_pair, items, matrix_value, rows_matrix, set_vs_tuple,
                    spread, spread_chains, tuple_items)
from .named import (_ascending, _eq_lhs, _extremes_inverted, _initials_of_names, _label_keys, _labelled_value,
                    _name_first, _numbered_roots, _point_order, _question_order, _segment, _symbol_labels, _word_labels,
                    asked_tuple_order, extreme_ranks, text_label)

_MAX_ITEMS = 40




def compare(g, a, ctx: Ctx) -> Result:
    if ctx.deadline is not None:
        ctx.deadline.check()
    g, a = qual_inward(g), qual_inward(a)  # a qualifier must not hide a label from the checks below
    if _or_between_answers(a):
        # `x = y = 1 \\text{ or } z = 2`: "or" between values of different unknowns commits to none of them (nor
        # does "or" between two lists)
        return Outcome.UNSURE, "label", "'or' between values of different unknowns, or between two lists"
    why = _chain_names_off(g, a, ctx.question)
    if why:
        return Outcome.UNSURE, "label", why
    g, a = spread_chains(g, lists_only=True) or g, spread_chains(a, lists_only=True) or a
    g, a = spread(g, a), spread(a, g)
    g, a = text_label(_name_first(g)), text_label(_name_first(a))
    if is_equation(g) and is_equation(a) and not (label_like(g[1][0]) and label_like(a[1][0])):
        # a curve or a relation written two ways (`3x - y - 2 = 0` and `y = 3x - 2`, `y + 1 = 0` and `y = -1`):
        # the same equation whatever its letters name; two labelled values (`y = ...` both) go the label way
        res = compare_equation(g, a, ctx)
        if res[0] is Outcome.EQUAL:
            return res
    gl, al = label_name(g), label_name(a)
    if gl is not None and al is not None and gl != al and _word_name(gl) and gl.lower() == al.lower():
        al = gl  # `\\text{Mean} = 4` vs `\\text{mean} = 4`: a word's case names nothing (a letter's does: X is not x)
    if gl is not None and al is not None and gl != al and _letter_and_word(gl, al) and symbol_of_word(
            gl if len(al) == 1 else al, al if len(al) == 1 else gl, ctx.question):
        al = gl  # `\\text{radius } 4` vs `r = 4` where the question has no r of its own: r is the radius (symbols.py)
    if gl is not None and al is not None and gl != al and _letter_and_word(gl, al):
        # `\text{radius } 4` vs `r = 4`: a word and a letter may or may not name the same thing (r may be another
        # circle's radius): unsure, never DIFFERENT (which would keep the item from the judge)
        return Outcome.UNSURE, "label", f"labelled {al}, the gold {gl}"
    if gl is not None and al is not None and gl != al and (renamed := _index_renamed(g, a, gl, al)) is not None:
        a, al = renamed, gl  # `a_k = 2k - 1` for `a_n = 2n - 1`: the general term with its index named otherwise
    if gl is not None and al is not None and gl != al:
        # both sides name what they answer (`x = 3` vs `y = 3`, `Maximum = 2` vs `Minimum = 2`): another name is
        # another answer, whatever the value
        return Outcome.DIFFERENT, "label", f"labelled {al}, the gold {gl}"
    gk, ak = quantity_label(g), quantity_label(a)
    if gk is not None and ak is not None and gk != ak:
        # `|z| = 1` vs `z = 1`, `\\frac{c}{a} = 3` vs `\\frac{c}{A} = 3`: another quantity named
        return Outcome.DIFFERENT, "label", "the answer names another quantity"
    gf, af = function_name(g), function_name(a)
    if af and not gf:
        why = function_value_off(a[1][0], a[1][2], g, ctx.question or "") or (
            function_label_off(af, a[1][0], ctx.question) if ctx.question else None)
        if why:
            return Outcome.UNSURE, "label", why
    if gf and af and gf != af:
        # `F(x) = x` (an antiderivative's name) for `f(x) = x`, `p(X)` for `P(X)`: another function
        return Outcome.DIFFERENT, "label", f"the answer defines {af}, the gold {gf}"
    # `y = 9` when the question asks for a (or x): a label the gold does not carry may name another unknown; not a
    # letter that is the conventional symbol of the quantity asked (`r = 4` for "Find the radius", symbols.py), nor
    # y for the value of a function the gold names (`y = \\frac{x-3}{2}` for `f^{-1}(x) = \\frac{x-3}{2}`; not for a
    # derivative, `f'(x) = 2x`, whose y' it would be) where the question has no y of its own
    if gl is None and al is not None and len(al) == 1 and ctx.question and not asks_for(ctx.question, al) and not (
            a[0] == "rel" and names_asked(a[1][0], ctx.question)) and not (
            al == "y" and gf and not gf.endswith("'") and len(g[1][0][2]) == 1 and not mentions(ctx.question, "y")):
        return Outcome.UNSURE, "label", f"labelled {al}, a letter the question does not ask for"
    if gl is None and al is not None and a[0] == "rel" and names_other(a[1][0], ctx.question):
        return Outcome.UNSURE, "label", f"labelled {al}, the symbol of another quantity than the question asks for"
    if gl is None and al is not None and len(al) == 1 and a[0] == "rel" and ctx.question and names_data(al, ctx.question):
        # "What is the area of the circle of radius $r$?" answered `r = 4`: the letter names the question's data, and
        # it asks for another quantity by name (the letter being its only one, or near the asking word, proves nothing)
        return Outcome.UNSURE, "label", f"labelled {al}, a letter of the question's data; it asks for a quantity by name"
    lhs = _eq_lhs(a)
    if lhs is not None and gl is None and gk is None and ctx.question:
        why = other_name(lhs, ctx.question)
        if why:  # `\\angle ABC = 45^\\circ` for "Find $\\angle ACB$", `S_5 = 10` for "Find $S_4$", `P(B)` for `P(A)`
            return Outcome.UNSURE, "label", why
    seg = _segment(lhs) if lhs is not None else None
    if seg and gl is None and ctx.question:
        asked = _asked_segments(ctx.question)
        if asked and not ({seg, seg[::-1]} & asked):
            # `AC = 10` when the question asks for AB: another segment named, whatever the value
            return Outcome.UNSURE, "label", f"labelled {seg}, the question asks for {', '.join(sorted(asked))}"
    for node in (g, a):
        if node[0] == "label" and not droppable_label(node[1], ctx):
            return Outcome.UNSURE, "label", f"a label the rules cannot read: {' '.join(node[1])!r}"
    gd, ad = _declared_set(g), _declared_set(a)
    if gd and ad and gd[0] != ad[0]:
        # `k \in \mathbb{N}` for `k \in \mathbb{Z}`: the same formula over another set of k is another answer
        return Outcome.DIFFERENT, "qualifier", f"declared over {ad[0]}, the gold over {gd[0]}"
    if ad and not gd and ad[0] not in ("integers", "reals") and not (ctx.question and mentions(ctx.question, ad[1])):
        # `6k + 1, k \\in \\mathbb{N}` for a family the gold leaves over all integers: part of it (a letter the question
        # uses is its own index, `2n + 1, n \\in \\mathbb{N}_+` for "Find $a_n$": its domain restated)
        return Outcome.UNSURE, "qualifier", f"declared over {ad[0]}, the gold over all integers"
    if gd and gd[0] == "integers":
        ctx.integer_letters.add(gd[1])  # families over these integers are compared as sets (scalar._same_family)
    g, gb = unwrap(g, ctx, "gold")
    a, ab = unwrap(a, ctx, "answer")
    if g[0] == "qual" or a[0] == "qual":
        return Outcome.UNSURE, "qualifier", "a condition is attached that rules cannot check"
    if ab and gb and ab != gb and gb in free_symbols(a) and gb in free_symbols(g):
        # `f(X) = 2x` for `f(x) = 2x`, `f(k) = n^2` for `f(n) = n^2`: a function of X that ignores X
        return Outcome.DIFFERENT, "label", f"the answer is a function of {ab} written in {gb}"
    if g == a:
        return Outcome.EQUAL, "structure", "identical after normalisation"
    if g[0] == a[0] == "rel" and _mirror(a) == g:
        return Outcome.EQUAL, "relation", "the same relation read from the other side"  # `b < a` is `a > b`
    if g[0] == "matrix" and a[0] == "group":
        a = rows_matrix(a)
    if g[0] == a[0] == "matrix" and [len(r) for r in g[1]] != [len(r) for r in a[1]]:
        return Outcome.DIFFERENT, "matrix", "matrices of different shapes"  # a row vector is not a column vector
    # sets of reals: intervals, inequalities, set-builder, unions
    if sets.interval_like(g) or sets.interval_like(a):
        res = compare_intervals(g, a, ctx)
        if res is not None:
            return res
    go, ao = _ordering(g), _ordering(a)
    if go is not None and ao is not None and len(go) == len(ao) and set(go) == set(ao) and len(set(go)) == len(go):
        # two orderings of the same named quantities: the names in order decide (a renamed variable can't be meant)
        if go == ao and _chain_ops(g) != _chain_ops(a):
            return Outcome.DIFFERENT, "order", "strict and non-strict inequalities differ"  # a<b<c vs a\\le b\\le c
        return (Outcome.EQUAL if go == ao else Outcome.DIFFERENT), "order", "the same ordering" if go == ao else "another ordering"
    g, a = _solution_groups(g, ctx), _solution_groups(a, ctx)
    gc, ac = _chain(g), _chain(a)
    if gc is not None or ac is not None:
        gl, al = gc or items(g), ac or items(a)
        if gl is not None and al is not None:
            return _compare_seq(gl, al, ctx, ordered=True)
    gi, ai = items(g), items(a)
    if _interval_pair(g, ctx) and (ai is not None or a[0] == "set"):
        # `(2, +\\infty)` or, when the question is about a range, `(-\\sqrt3, \\sqrt3)`: an interval, not two values
        return Outcome.DIFFERENT, "interval", "an interval vs a list of values"
    # `16, 3` vs `(16, 3)`; `f(n)=n, g(n)=1` vs `(f(n), g(n)) = (n, 1)`: a bare list against a tuple
    # a set in braces on either side is unordered whatever the question says
    ordered = (ctx.ordered and "set" not in (g[0], a[0])) or is_tuple_pair(g, a)
    if set_vs_tuple(g, a) or set_vs_tuple(a, g):
        # `\{1, 2\}` against `(1, 2)`: a set has no order, a tuple (or an interval) is more than its elements,
        # so neither reading proves the other (`\{2, 1\}` is the same set)
        return Outcome.UNSURE, "set", "a set vs a tuple"
    if gi is not None and ai is None and tuple_items(a) is not None and len(tuple_items(a)) == len(gi):
        ai, ordered = tuple_items(a), True  # a tuple keeps its order even against a bare list
    elif ai is not None and gi is None and tuple_items(g) is not None and len(tuple_items(g)) == len(ai):
        gi, ordered = tuple_items(g), True
    if gi is not None or ai is not None:
        return _compare_seq(gi if gi is not None else [g], ai if ai is not None else [a], ctx, ordered=ordered)
    g, a = matrix_value(g), matrix_value(a)  # `\\frac13 \\begin{pmatrix}-1\\\\2\\end{pmatrix}`
    gt, at = tuple_items(g), tuple_items(a)
    if gt is not None and at is not None:
        return _compare_seq(gt, at, ctx, ordered=True)
    if gt is not None or at is not None:
        return Outcome.UNSURE if is_textual(g) or is_textual(a) else Outcome.DIFFERENT, "tuple", "a tuple vs a single value"
    if is_equation(g) or is_equation(a):
        return compare_equation(g, a, ctx)
    renames = {ab: gb} if ab and gb and ab != gb else None
    return compare_scalar(g, a, ctx, renames)


_RANGE_Q = re.compile(r"(?i)\b(?:range|interval|domain|inequalit\w*|solution set|for (?:what|which) (?:real )?values)\b")


def _interval_pair(node, ctx: Ctx) -> bool:
    """A gold `(a, b)` that reads as an open interval: an infinite end, or a range question."""
    t = tuple_items(node)
    if t is None or len(t) != 2 or node[0] != "group" or node[1] != "(":
        return False
    return bool(sets.is_inf(t[0]) or sets.is_inf(t[1]) or (ctx.question and _RANGE_Q.search(ctx.question)))


# ------------------------------------------------------------------ sequences
def _chain_names_off(g, a, question: str | None) -> str | None:
    """`y = z = 2` answers no question about x (its names are not the gold's or the asked letter); `x = 2` alone
    answers half of "Find x and y" where the gold is `x = y = 2`."""
    names = chain_names(a)
    gl = label_name(g)
    if names and gl is not None and len(gl) == 1 and gl not in names:
        return f"a chain of {', '.join(names)}, the gold names {gl}"
    if names and gl is None and question and not any(asks_for(question, n) for n in names) and any(
            asks_for(question, c) for c in "xyzabcmnkt" if c not in names):
        return f"a chain of {', '.join(names)}, a letter the question does not ask for"
    gnames, al = chain_names(g), label_name(a)
    if gnames and al is not None and al in gnames and question and sum(mentions(question, n) for n in gnames) >= 2:
        return f"labelled {al} alone, the gold names {', '.join(gnames)} (the question asks for them)"
    return None


def _index_renamed(g, a, gl: str, al: str):
    """`a_k = 2k - 1` against `a_n = 2n - 1`: one base, each side's own one-letter index, which its value uses (and
    the answer's value never the gold's index): the answer with its index renamed to the gold's, else None. `S_k`
    for the sum of the first k terms is `S_n` so; `a_k = 2n - 1` (another letter in the value) is not."""
    gb, _, gi = gl.partition("_")
    ab, _, ai = al.partition("_")
    gi, ai = gi.strip("{}"), ai.strip("{}")
    if not (gb and gb == ab and len(gi) == 1 == len(ai) and gi.isalpha() and ai.isalpha() and gi != ai):
        return None
    gv, av = free_symbols(g[1][2]), free_symbols(a[1][2])
    if gi not in gv or ai not in av or gi in av or ai in gv:
        return None
    return rename(a, {ai: gi, al: gl})


def _or_between_answers(node) -> bool:
    """A list with "or" between two labelled items that name different letters (`x = 1 or y = 2`); `x = 1 or x = 2`
    lists the values of one unknown. Also "or" between two lists (`(2, 2), (0, 0) or (0, 0), (0, 0)`: commas on both
    sides of it): a choice between two answers, not one list (`1, 2 or 3` is one)."""
    if node[0] != "list" or "or" not in node[2]:
        return False
    seps = node[2]
    if any(sep == "or" and "," in seps[:i] and "," in seps[i + 1:] for i, sep in enumerate(seps)):
        return True

    def names(x) -> frozenset:
        if x[0] == "rel" and set(x[1][1::2]) == {"="}:
            return frozenset(p[1] for p in x[1][:-1:2] if p[0] == "sym")
        return frozenset()

    xs = node[1]
    return any(sep == "or" and names(xs[i]) and names(xs[i + 1]) and not names(xs[i]) & names(xs[i + 1])
               for i, sep in enumerate(node[2]) if i + 1 < len(xs))


def _word_name(name: str) -> bool:
    """A label that is a word or words (`Mean`, `minimum value`), not letters (`x`, `AB`, `S_n`)."""
    return " " in name.strip() or (name.isalpha() and len(name) >= 3)


def _chain(node) -> list | None:
    """`b < a < d < c`: an ordering of named quantities, the same as the list `b, a, d, c`."""
    if node[0] != "rel" or len(node[1]) < 5:
        return None
    parts = node[1]
    if all(op in ("<", "≤") for op in parts[1::2]) and all(t[0] == "sym" for t in parts[0::2]):
        return list(parts[0::2])
    return None


def _chain_ops(node) -> list:
    """The chain's relations read smallest first: strict (`<`) or not (`≤`)."""
    ops = ["<" if op in ("<", ">") else "≤" for op in node[1][1::2]]
    return ops[::-1] if node[1][1] in (">", "≥") else ops


_MIRROR = {"<": ">", ">": "<", "≤": "≥", "≥": "≤", "=": "=", "≠": "≠"}


def _mirror(rel):
    """The relation read right to left (`b < a` -> `a > b`), or None when an operator has no mirror (`∈`)."""
    parts = rel[1][::-1]
    if any(op not in _MIRROR for op in parts[1::2]):
        return None
    return Rel([_MIRROR[x] if i % 2 else x for i, x in enumerate(parts)])


def _ordering(node) -> list | None:
    """A chain in either direction, smallest first: `c > d > a` is `a < d < c`. Only for chain-vs-chain: a bare
    list written from the largest down is not an ascending list, so `>` chains stay out of `_chain`."""
    if node[0] == "rel" and len(node[1]) >= 5 and all(op in (">", "≥") for op in node[1][1::2]):
        flipped = _chain(Rel([t if i % 2 == 0 else "<" for i, t in enumerate(node[1])]))
        return flipped[::-1] if flipped is not None else None
    return _chain(node)


def _compare_seq(gi: list, ai: list, ctx: Ctx, ordered: bool, by_label: bool = True) -> Result:
    if any(x[0] == "ellipsis" for x in gi + ai):
        return Outcome.UNSURE, "list", "a list with an ellipsis"
    if len(gi) > _MAX_ITEMS or len(ai) > _MAX_ITEMS:
        return Outcome.UNSURE, "list", "list too long to compare"
    method = "tuple" if ordered else "set"
    gk, ak = (_label_keys(gi), _label_keys(ai)) if by_label else (None, None)
    if by_label and ak is None and _word_labels(ai) and _symbol_labels(ai):
        # `\\text{minimum} = 1, \\text{minimum} = 2`: one name given two values (a letter may be, `x = 1, x = 2`)
        words = [" ".join(x[1]).lower() if x[0] == "label" else " ".join(x[1][0][1]).lower()
                 for x in ai if x[0] == "label" or x[1][0][0] == "text"]
        if len(set(words)) < len(words):
            return Outcome.UNSURE, "label", "one name given several values"
    unordered_unsure = False
    if ak and _extremes_inverted(ak, ai):
        # `\\text{minimum} = 5, \\text{maximum} = 1`: whatever the gold, the answer contradicts itself
        return Outcome.DIFFERENT, "label", "the named minimum exceeds the named maximum"
    g_ranks, a_ranks = (extreme_ranks(gk), extreme_ranks(ak)) if gk and ak else ((), ())
    if gk and ak and set(gk) == set(ak):
        # both sides name their values (a = 2, b = 3): match by name, whatever the order
        pos = {k: i for i, k in enumerate(ak)}
        ai = [ai[pos[k]] for k in gk]
        ordered, method = True, "label"
    elif g_ranks and None not in g_ranks + a_ranks and sorted(g_ranks) == sorted(a_ranks) == [0, 1]:
        # the least and the greatest value named two ways (`\\text{maximum } 5, \\text{ minimum } -3` and
        # `f_{\\max} = 5, f_{\\min} = -3`, `\\text{max} = 5`): matched by what they name, compared bare
        ai = [_labelled_value(ai[a_ranks.index(r)]) for r in g_ranks]
        gi = [_labelled_value(x) for x in gi]
        ordered, method = True, "label"
    elif ak and not gk and all("(" in k for k in ak):
        # `f(2) = 10, f(3) = 5`, `P(X=2) = ...`: values at points, in the order the question asks them (written
        # there); never matched by value alone, which would let two values trade places
        order = _point_order(ak, ctx.question)
        if order is None:
            return Outcome.UNSURE, "label", "values at points in no order the question gives"
        ai = [ai[i] for i in order]
        ordered, method = True, "label"
    elif ak and not gk and _symbol_labels(ai) and _word_labels(ai) and _ascending(gi):
        # word labels against a gold sorted ascending: the gold's order is its sorting, not the question's. Names
        # of extremes sort themselves (`Maximum = 2, Minimum = 1` for `1, 2`; `maximum = 1, minimum = 2` is
        # wrong); other names (`Paolo = 14, Qing = 18, Rayna = 7` for `7, 14, 18`) cannot be matched to
        # positions: equal only in the question's order, and the same values otherwise are undecided
        ranks = extreme_ranks(ak)
        if None not in ranks and len(set(ranks)) == len(ranks):
            # (the names of extremes describe themselves: `\\text{max}` needs no word of the question)
            ai = [_labelled_value(ai[i]) for i in sorted(range(len(ai)), key=lambda i: ranks[i])]
        else:
            order = _question_order(ak, ctx.question)
            if order is None:
                return Outcome.UNSURE, "label", "named values against a gold sorted by value, in no order the question gives"
            ai = [ai[i] for i in order]
            unordered_unsure = True
        ordered, method = True, "label"
    elif ak and not gk and _symbol_labels(ai):
        # `a = 2, b = 5` against a bare gold list or tuple: the gold lists the unknowns in the order the question
        # names them; without a question, the order as written decides and a mere permutation stays UNSURE.
        # Against a tuple without that order, names written out of alphabetical order (`y = 1, x = 2` for
        # `(1, 2)`) may mean (x, y) = (2, 1): undecided
        ranks = extreme_ranks(ak)
        if not ordered and len(ranks) == len(gi) == 2 and set(ranks) == {0, 1}:
            # `\\text{min} = 1, \\text{max} = 5` against a bare `5, 1`: the names sort their own values (a named
            # minimum above the maximum is already wrong), so the gold's two values are matched as a set
            return _compare_seq(gi, [_labelled_value(x) for x in ai], ctx, ordered=False, by_label=False)
        if ctx.question and _ascending(gi) and len(ai) > 1 and _initials_of_names(ak, ctx.question):
            # `P = 7, Q = 14, R = 18` for Paolo, Qing and Rayna against a gold sorted by value: the initials name
            # people, and a gold sorted by value cannot say who is 7 (as with the names written out)
            return Outcome.UNSURE, "label", "initials of names against a gold sorted by value"
        asked = asked_tuple_order(ak, ctx.question, point=ordered)
        order = _question_order(ak, ctx.question) if asked is None else asked
        if asked is None and not ordered and _numbered_roots(ak, ctx.question):
            # `\\lambda_1 = 5, \\lambda_2 = 2` for "Find the eigenvalues": the subscripts number the solutions of
            # one unknown, a set (the question names no order of them)
            return _compare_seq(gi, [_labelled_value(x) for x in ai], ctx, ordered=False, by_label=False)
        if asked is not None:
            # the labels are the names of the tuple asked: they placed the values, which are compared bare (each
            # label alone would be "a letter of what is asked" against the question's `(x, y)`)
            ai = [_labelled_value(ai[i]) for i in asked]
        elif order is not None:
            ai = [ai[i] for i in order]
        elif ordered and ak != sorted(ak):
            return Outcome.UNSURE, "label", "named values in an order the gold's tuple does not show"
        else:
            unordered_unsure = True
        ordered, method = True, "label"
    elif gk and not ak and _symbol_labels(gi) and len(gi) == len(ai) and len({k.split("_")[0] for k in gk}) > 1:
        # a labelled gold (`x = 3, y = -1`) against bare values: they are read in the order the question names
        # the unknowns, else in the gold's order; the values in another order may be under swapped names.
        # (`x_1 = 2, x_2 = 5` numbers the roots of one unknown: a set, in any order)
        order = _question_order(gk, ctx.question)
        if order is not None:
            gi = [gi[i] for i in order]
        ordered, method, unordered_unsure = True, "label", True
    if not ordered and len(ai) > len(gi) and all(tuple_items(x) is not None for x in gi + ai) and \
            len({repr(x) for x in gi}) == len(gi):
        # a list of solution tuples is a set: `(1, 2), (3, 4), (1,2)` repeats a solution, it adds none (scalars
        # keep their multiplicity: `2, 2, 3` may be a triangle's sides; a gold that repeats a tuple keeps it)
        ai = list({repr(x): x for x in ai}.values())
    if len(gi) != len(ai):
        definite = all(_is_definite(x) for x in gi + ai)
        return (Outcome.DIFFERENT if definite else Outcome.UNSURE), method, f"{len(gi)} values in gold, {len(ai)} in answer"
    if ordered:
        worst = Outcome.EQUAL
        for x, y in zip(gi, ai):
            out = compare(x, y, ctx)[0]
            if out is Outcome.DIFFERENT:
                if unordered_unsure and _compare_seq(gi, ai, ctx, ordered=False, by_label=False)[0] is Outcome.EQUAL:
                    return Outcome.UNSURE, method, "the same values under other names or in another order"
                return Outcome.DIFFERENT, method, "an element differs"
            if out is Outcome.UNSURE:
                worst = Outcome.UNSURE
        return worst, method, "all elements equal in order" if worst is Outcome.EQUAL else "an element is undecided"
    used = [False] * len(ai)
    any_unsure = False
    in_order = True
    for i, x in enumerate(gi):
        found = False
        row_unsure = False
        for j, y in enumerate(ai):
            if used[j]:
                continue
            out = compare(x, y, ctx)[0]
            if out is Outcome.EQUAL:
                used[j] = found = True
                in_order &= i == j
                break
            row_unsure |= out is Outcome.UNSURE
        if not found:
            if not row_unsure:
                return Outcome.DIFFERENT, method, "a gold value has no match in the answer"
            any_unsure = True
    if any_unsure:
        return Outcome.UNSURE, method, "some values are undecided"
    if not in_order:
        ctx.note("order")
    return Outcome.EQUAL, method, "same values" + ("" if in_order else " in another order")


def _solution_groups(node, ctx: Ctx):
    """`p=5,q=2; p=7,q=2` lists two solutions: the tuples (5, 2), (7, 2). Only when every `;`-group assigns the
    same letters in the same order, and that order is the question's (or, without one, alphabetical: `q=2, p=5`
    must never become the tuple (2, 5) of a question about (p, q)). Anything else is left as the flat list."""
    if node[0] != "list" or ";" not in node[2] or "," not in node[2] or len(node[2]) != len(node[1]) - 1:
        return node
    groups, cur = [], [node[1][0]]
    for sep, item in zip(node[2], node[1][1:]):
        if sep == ";":
            groups.append(cur)
            cur = [item]
        else:
            cur.append(item)
    groups.append(cur)
    keys = [_label_keys(grp) for grp in groups]
    if any(k is None or len(k) < 2 or k != keys[0] for k in keys) or not all(_symbol_labels(grp) for grp in groups):
        return node
    order = _question_order(keys[0], ctx.question)
    if order is None:
        if keys[0] != sorted(keys[0]):
            return node
        order = list(range(len(keys[0])))
    return List([Group("(", ")", [grp[i][1][2] for i in order]) for grp in groups], (",",) * (len(groups) - 1))


def _letter_and_word(x: str, y: str) -> bool:
    """One name is a single letter, the other a word (`r`, `radius`)."""
    return {len(x) == 1, len(y) == 1} == {True, False} and (x if len(x) > 1 else y).isalpha()


def _declared_set(node) -> tuple[str, str] | None:
    r"""The set a declaration qualifier ranges over and its letter (`... , k \in \mathbb{Z}` -> ("integers", "k")),
    under labels."""
    for _ in range(4):
        if node[0] == "qual":
            q = node[2]
            return (q[3], q[1]) if len(q) == 4 and q[0] == "for" and q[2] == "∈" and isinstance(q[3], str) else None
        if node[0] == "label":
            node = node[2]
        elif node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=":
            node = node[1][2]
        else:
            return None
    return None


# the segment a question asks for: "Find AB", "the length of $\\overline{AB}$", "compute BC"
_ASKED_SEGMENT = re.compile(r"(?i:find|determine|compute|calculate|length\s+of|what\s+is|value\s+of)\s+(?:(?i:the)\s+)?"
                            r"(?:(?i:length\s+of)\s+)?(?:(?i:side|segment)\s+)?\$?\s*(?:\\overline\s*\{\s*)?"
                            r"([A-Z]{2,3})(?![A-Za-z])")


_SEGMENT_NAME = re.compile(r"(?<![A-Za-z\\])[A-Z]{2,3}(?![A-Za-z])")


def _asked_segments(question: str) -> set[str]:
    """Every segment named in an asking sentence, from the asking word to the sentence's end ("Find AB and CD.")."""
    out: set[str] = set()
    for m in _ASKED_SEGMENT.finditer(question):
        end = re.search(r"[.?!](?:\s|$)|\b(?:if|where|given|such that)\b", question[m.start(1):])
        stop = m.start(1) + end.start() if end else len(question)
        out |= set(_SEGMENT_NAME.findall(question, m.start(1), stop))
    return out


def _is_definite(node) -> bool:
    """A value that rules fully understand: numbers and tuples of numbers."""
    if node[0] == "group":
        return all(_is_definite(x) for x in node[3])
    node = node[2] if node[0] == "label" else node
    if node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" and node[1][0][0] == "sym":
        node = node[1][2]  # `p = 3` names a number: as definite as the number
    if free_symbols(node) or is_textual(node):
        return False
    try:
        evaluate(node)
        return True
    except EvalError:
        return False


__all__ = ["Ctx", "QUALIFYING", "asks_order", "compare", "compare_scalar", "label_like", "rename"]
