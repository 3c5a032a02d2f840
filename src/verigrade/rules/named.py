"""Named values in a list (`x = 2, y = 5`, `\\text{minimum} = 1`, `AB = 4`): what names an item, the order the
question names them in, and the names of extremes, which sort themselves (a least and a greatest value). Used by
compare.py's list comparison."""
from __future__ import annotations

import re
from fractions import Fraction

from .ast import Label, Rel
from .evaluate import EvalError, evaluate, free_symbols
from .labels import _arg_text, spaceless
from .symbols import named_by_word


def _segment(node) -> str | None:
    """`AB` (a product of capital letters): the name of a segment or a point pair, as a label."""
    if node[0] == "mul" and 2 <= len(node[1]) <= 3 and all(f[0] == "sym" and len(f[1]) == 1 and f[1].isupper()
                                                          for f in node[1]):
        return "".join(f[1] for f in node[1])
    return None


def _word_labels(items: list) -> bool:
    return any(x[0] == "label" or (x[0] == "rel" and x[1][0][0] == "text") for x in items)


_MIN_WORD = re.compile(r"(?i)\b(?:min|minimum|smallest|least|lowest)\b")
_MAX_WORD = re.compile(r"(?i)\b(?:max|maximum|largest|greatest|highest)\b")


# `f_{\\max}`, `y_{min}`, `S_{\\max}`: a function's (or a quantity's) extreme value under its letter; never the letter of
# an argument (`x_{\\min}` is where the minimum is, not its value)
_EXTREME_SUB = re.compile(r"^[fghyzFGHSVAPE]_(?:(?P<lo>min)|(?P<hi>max))$")


def _extremum_rank(key: str) -> int | None:
    """0 for a name of the least value (`minimum`, `smallest value`, `f_min`), 1 for the greatest, else None."""
    sub = _EXTREME_SUB.match(key)
    if sub:
        return 0 if sub.group("lo") else 1
    lo, hi = bool(_MIN_WORD.search(key)), bool(_MAX_WORD.search(key))
    return 0 if lo and not hi else 1 if hi and not lo else None


def extreme_ranks(keys: list[str]) -> list[int | None]:
    """_extremum_rank per key; none where the keys write extremes of different letters (`f_{\\max}` and `g_{\\min}` are
    two functions' extremes, not one's least and greatest value)."""
    bases = {k[0] for k in keys if _EXTREME_SUB.match(k)}
    return [None] * len(keys) if len(bases) > 1 else [_extremum_rank(k) for k in keys]


def _extremes_inverted(keys: list[str], items: list) -> bool:
    """Names of a least and a greatest value whose numbers say the least is greater."""
    ranks = extreme_ranks(keys)
    if None in ranks or set(ranks) != {0, 1}:
        return False
    vals = []
    for x in items:
        rhs = x[2] if x[0] == "label" else x[1][2] if x[0] == "rel" and len(x[1]) == 3 else None
        try:
            v = evaluate(rhs) if rhs is not None else None
        except EvalError:
            return False
        if not isinstance(v, Fraction):
            return False
        vals.append(v)
    lo = max(v for v, r in zip(vals, ranks) if r == 0)
    hi = min(v for v, r in zip(vals, ranks) if r == 1)
    return lo > hi


def _ascending(items: list) -> bool:
    """Plain numbers in ascending order (a gold list sorted by value)."""
    try:
        vals = [evaluate(x) for x in items]
    except EvalError:
        return False
    if not all(isinstance(v, Fraction) for v in vals):
        return False
    return all(a <= b for a, b in zip(vals, vals[1:]))


def _symbol_labels(items: list) -> bool:
    """Every item names its value: `x = 2`, `AB = 4`, `\\text{mean} = 4` (a word label)."""
    return all((x[0] == "rel" and (x[1][0][0] in ("sym", "text") or _segment(x[1][0])))
               or (x[0] == "label" and 1 <= len(x[1]) <= 4 and all(str(w).isalpha() for w in x[1])) for x in items)


# a tuple of letters the question writes: `(x, y)`, `\\left(a, b, c\\right)`
_WRITTEN_TUPLE = re.compile(r"(?:\(|\\left\()\s*([A-Za-z](?:\s*,\s*[A-Za-z]){1,5})\s*(?:\)|\\right\))")


_POINT = re.compile(r"(?i)\b(?:points?|coordinates|intersect\w*|vertex|vertices|cent(?:er|re)|focus|midpoint)\b")


def _mention(name: str, text: str, flags: int = 0) -> re.Match | None:
    """Where `text` writes `name` as a name of its own (not inside a word or a `\\command`)."""
    return re.search(r"(?<![A-Za-z\\])" + re.escape(name) + r"(?![A-Za-z])", text, flags)


def _mentions(k: str, question: str) -> bool:
    return _mention(k, question) is not None


def asked_tuple_order(keys: list[str], question: str | None, point: bool) -> list[int] | None:
    """Indices of the labels `keys` in the tuple the question asks for, when they are its names: the tuple of
    letters the question writes (`the ordered pair $(a, b)$`), or, for a `point` (a tuple gold) of a question about a
    point and writing no tuple of letters, coordinates x, y, z in that order (whatever it names first: "the
    intersection of $y = x + 1$ and ..."). None otherwise, also when the question writes a tuple of other letters
    (`$(m, n)$`: the labels x, y name something else)."""
    if not question or len(keys) < 2 or not all(len(k) == 1 for k in keys):
        return None
    written = [[n.strip() for n in m.group(1).split(",")] for m in _WRITTEN_TUPLE.finditer(question)]
    for names in written:
        if sorted(names) == sorted(keys):
            return [keys.index(n) for n in names]
    if point and not written and set(keys) <= {"x", "y", "z"} and _POINT.search(question) and all(
            _mentions(k, question) for k in keys):
        return sorted(range(len(keys)), key=lambda i: keys[i])
    return None


def _question_order(keys: list[str], question: str | None) -> list[int] | None:
    """Indices of `keys` sorted by where the question names each (None if it does not name them all): in the last
    sentence that asks ("Find $a$ and $b$.") when it names them all, else where the question first names each
    (the data may name them in another order: "$x^2 + ax + b$" hides a in `ax`, "the roots b and a ...")."""
    if not question:
        return None
    asks = _ASK_SENTENCE.findall(question)
    for sent in reversed(asks):
        order = _first_order(keys, sent)
        if order is not None:
            return order
    # the asking sentences together ("(1) Find $c$; (2) Find the area ..."): there a letter may also be placed by the
    # word of its quantity (S at "the area"), never in the data, which may name that quantity first
    if len(asks) > 1:
        order = _first_order(keys, " ".join(asks), by_word=True)
        if order is not None:
            return order
    return _first_order(keys, question)


_ASK_SENTENCE = re.compile(r"[^.?!;]*\b(?:[Ff]ind|[Dd]etermine|[Cc]ompute|[Cc]alculate|[Ww]hat|[Gg]ive|[Ll]ist|"
                           r"[Hh]ow\s+(?:old|many|much|long|far|tall|heavy))\b[^.?!;]*")


def _first_order(keys: list[str], text: str, by_word: bool = False) -> list[int] | None:
    pos = []
    for k in keys:
        # (a word label is a name whatever its case: `\\text{Paolo}` is keyed "paolo"; a letter keeps its case)
        m = _mention(k.split("_")[0], text, re.I if len(k.split("_")[0]) > 1 else 0)
        # (a letter the text does not write may be the conventional symbol of a quantity it names: S for "the area")
        at = m.start() if m is not None else (named_by_word(k, text) if by_word and len(k) == 1 else None)
        if at is None:
            return None
        pos.append(at)
    return sorted(range(len(keys)), key=lambda i: pos[i])


_ROOTS_Q = re.compile(r"(?i)\b(?:roots|solutions|zeros|zeroes|eigenvalues|x-intercepts)\b|\bsolve\s+the\s+equation\b")
# "Solve $x^2 - 4x + 1 = 0$.": "solve" and an equation in the same sentence, no "system" of them
_SUBSTITUTES = re.compile(r"(?i)\b(?:where|let|put|substitut\w*|denote\w*|set)\b")
_SOLVE_EQUATION = re.compile(r"(?i)\bsolve\b(?![^.?!]*\bsystem\b)(?=[^.?!<>]{0,80}?(?<![<>!\\])=)")


def _numbered_roots(keys: list[str], question: str | None) -> bool:
    """Labels `x_1, x_2, ...` (one letter, numbered) and a question that asks for roots / solutions / eigenvalues,
    or solves an equation whose unknowns are not those numbered letters themselves ("Solve for $x_1, x_2$: ..."
    names two unknowns, each with its own value)."""
    bases = {k.split("_")[0] for k in keys}
    if not (len(bases) == 1 and all("_" in k and k.split("_", 1)[1].strip("{}").isdigit() for k in keys) and question):
        return False
    if _ROOTS_Q.search(question):
        return True
    base = next(iter(bases))
    named = re.search(rf"(?<![A-Za-z\\]){re.escape(base)}_\{{?\d", question)
    # (not where the question renames its unknown, "Solve $t^2 - 5t + 6 = 0$, where $t = x + 1$": x_1, x_2 are not
    # t's roots; and the letter must be one the question writes)
    return (named is None and _SOLVE_EQUATION.search(question) is not None and not _SUBSTITUTES.search(question)
            and re.search(rf"(?<![A-Za-z\\]){re.escape(base)}(?![A-Za-z_])", question) is not None)


def _name_first(node):
    """`4 = k` is `k = 4`: a value written before the one letter it names, read name first so the label checks see
    it (only a constant on the left: `x + 1 = y` is a relation, left as it is)."""
    if node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" and node[1][2][0] == "sym" and \
            node[1][0][0] != "sym" and not free_symbols(node[1][0]):
        return Rel([node[1][2], "=", node[1][0]])
    return node


def _labelled_value(node):
    """The value of `x = 2` or `\\text{Paolo}: 18`."""
    return node[2] if node[0] == "label" else node[1][2]


_COPULAS = frozenset({"is", "are", "was", "were", "equals", "="})
_ARTICLES = frozenset({"the", "a", "an", "its"})


def text_label(node):
    """`\\text{center } (2, -3)`, `\\text{The hypotenuse is } 5`, `\\text{minimum } -2`: words written before a
    value name it, as `\\text{Paolo}: 18` does (the label rules then check the name against the question). One to
    three words once a leading article and a trailing copula go; anything else is left as it is."""
    if node[0] == "mul" and len(node[1]) == 2 and node[1][0][0] == "text" and node[1][1][0] != "text":
        words, value = node[1][0][1], node[1][1]
    elif node[0] == "add" and len(node[1]) == 2 and node[1][0][0] == "text" and node[1][1][0] == "neg":
        words, value = node[1][0][1], node[1][1]  # `\\text{minimum } -2` is read as a difference
    else:
        return node
    ws = list(words)
    while ws and ws[0].lower() in _ARTICLES:
        ws.pop(0)
    while ws and ws[-1].lower() in _COPULAS:
        ws.pop()
    if not 1 <= len(ws) <= 3 or not all(w.isalpha() for w in ws):
        return node
    return Label(tuple(ws), value)


def _initials_of_names(keys: list[str], question: str) -> bool:
    """Every key a capital letter the question never writes alone, but the initial of a capitalised name it uses
    (`P`, `Q`, `R` for Paolo, Qing and Rayna)."""
    for k in keys:
        if len(k) != 1 or not k.isupper() or _mentions(k, question):
            return False
        if not re.search(rf"\b{k}[a-z]{{2,}}", question):
            return False
    return True


def _eq_lhs(node):
    """The left side of `lhs = rhs` (one equals sign), else None."""
    return node[1][0] if node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" else None


def _point_order(keys: list[str], question: str | None) -> list[int] | None:
    """Indices of `keys` (`f(2)`, `P(X=2)`) sorted by where the question writes each (spaces aside); None if not all."""
    if not question:
        return None
    # (in the asking sentences only: the data may name the points first, "f(3) = 2f(2) ... Find f(2) and f(3).")
    q = spaceless(" ".join(_ASK_SENTENCE.findall(question)))
    pos = [q.find(k) for k in keys]
    return None if -1 in pos else sorted(range(len(keys)), key=lambda i: pos[i])


def _label_keys(items: list) -> list[str] | None:
    keys = []
    for x in items:
        lhs = _eq_lhs(x)
        if x[0] == "label":
            keys.append(" ".join(x[1]).lower())
        elif lhs is not None and lhs[0] == "apply" and lhs[2] and None not in (args := [_arg_text(x) for x in lhs[2]]):
            keys.append(f"{lhs[1]}({','.join(args)})")  # `f(2)`, `P(X=2)`: a value at a point is named by the point too
        elif lhs is not None and lhs[0] in ("sym", "apply"):
            keys.append(lhs[1])
        elif lhs is not None and _segment(lhs):
            keys.append(_segment(lhs))
        elif lhs is not None and lhs[0] == "text":
            keys.append(" ".join(lhs[1]).lower())  # `\text{mean} = 4`
        else:
            return None
    return keys if len(set(keys)) == len(keys) else None
