"""Tokenizer for normalised answers (LaTeX and plain math, with words mixed in).

Tokens are (kind, value) pairs. Kinds: NUM, ID (one-letter or Greek variable), CONST (pi, e, i, inf),
FUNC (sin, log, ...), CMD (frac, sqrt, binom, text-like, begin/end), WORD (English or unit word), SEP (and/or),
OP (single symbols and relations), ELLIPSIS, SETSYM (\\mathbb{R} and friends).
The lexer is linear in the input and never evaluates anything.
"""
from __future__ import annotations

import re

from ..deadline import Deadline

Token = tuple[str, str]


class LexError(ValueError):
    pass


FUNCS = {
    "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "arccot", "sinh", "cosh", "tanh",
    "ln", "log", "lg", "exp", "sqrt", "gcd", "lcm",
}
_GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
    "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda",
    "Xi", "Sigma", "Phi", "Psi", "Omega",
}
_OPS_CMD = {
    "cdot": "*", "times": "*", "ast": "*", "div": "/", "pm": "±", "mp": "∓", "le": "≤", "ge": "≥", "ne": "≠",
    "approx": "≈", "equiv": "=", "sim": "≈", "in": "∈", "notin": "∉", "cup": "∪", "cap": "∩",
    "setminus": "∖", "backslash": "∖", "to": "→", "rightarrow": "→", "Rightarrow": "⇒", "implies": "⇒",
    "cdots": "…", "circ": "°", "prime": "'", "subset": "⊂", "subseteq": "⊂", "cupdot": "⊍",
}
_TEXT_CMDS = {"text", "textbf", "textit", "textrm", "mbox", "mathrm", "textnormal", "texttt", "textsf", "hbox"}
_STYLE_CMDS = {"mathbf", "mathit", "boldsymbol", "bm", "mathsf", "pmb", "vec", "overline", "bar", "hat", "tilde", "widehat"}
_MARK_CMDS = {"overline": "\u0304", "bar": "\u0304", "hat": "\u0302", "widehat": "\u0302", "tilde": "\u0303",
              "widetilde": "\u0303"}  # the combining mark each one puts over a letter
_SET_LETTERS = {"R": "reals", "Z": "integers", "N": "naturals", "Q": "rationals", "C": "complexes"}
# `\mathbb{N}^*`, `\mathbb{Z}_+`, `\mathbb{R}^{+}`: the marked sets read as one name (the mark changes the set, so
# it is never dropped). `^*` is "without 0" (N* = positive integers, R* = nonzero reals), `+` is "positive".
_SET_MARK = re.compile(r"\s*[\^_]\s*(?:([*+])|\{\s*(\*|\+|\\ast)\s*\})")
_MARKED_SETS = {("naturals", "*"): "positive-integers", ("naturals", "+"): "positive-integers",
                ("naturals", "\\ast"): "positive-integers", ("integers", "+"): "positive-integers",
                ("integers", "*"): "nonzero-integers", ("integers", "\\ast"): "nonzero-integers",
                ("reals", "+"): "positive-reals", ("reals", "*"): "nonzero-reals", ("reals", "\\ast"): "nonzero-reals"}
# Short letter runs that are words, not products of one-letter variables (units, English, names of functions).
SHORT_WORDS = {
    "cm", "mm", "km", "kg", "mg", "ml", "hr", "hrs", "ft", "yd", "mph", "lb", "lbs", "oz", "day", "days", "yr",
    "yrs", "the", "is", "are", "an", "of", "to", "for", "all", "any", "not", "no", "yes", "odd", "th", "st",
    "nd", "rd", "deg", "rad", "per", "one", "two", "six", "ten", "sum", "max", "min", "gcd", "lcm", "mod", "cup",
    "at", "be", "by", "if", "it", "on", "so", "we", "as", "has", "its", "out", "but", "can", "was", "who", "win",
    "wins", "and", "or", "in", "km²", "sq", "cu", "ms", "kj", "usd", "rs", "cents", "min", "sec", "s", "g", "m",
    "mi", "pt", "qt", "gal", "kw", "kwh", "hz", "mol", "val", "nor", "yes", "set", "box", "cat", "dog", "men",
    "boy", "son", "age", "old", "new", "red", "end",
}
SEPWORDS = {"and", "or"}
_CONST_WORDS = {"pi": "pi", "inf": "inf", "infty": "inf", "infinity": "inf"}
MAX_TOKENS = 4000
_DIGITS = frozenset("0123456789")  # ASCII only: str.isdigit() also accepts ② and ³, which Fraction cannot read


def tokenize(s: str, deadline: Deadline | None = None, text: bool = False) -> list[Token]:
    """`text=True` reads letter runs as words (inside \\text{...})."""
    toks: list[Token] = []
    i, n = 0, len(s)
    while i < n:
        if deadline is not None:
            deadline.check()
        if len(toks) > MAX_TOKENS:
            raise LexError("answer too long to parse")
        c = s[i]
        if c.isspace():
            i += 1
            continue
        if c in _DIGITS or (c == "." and i + 1 < n and s[i + 1] in _DIGITS):
            j = i
            while j < n and s[j] in _DIGITS:
                j += 1
            if j < n - 1 and s[j] == "." and s[j + 1] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
            toks.append(("NUM", s[i:j]))
            i = j
            # `2e3`, `1.5E-4`: `e` between digits is scientific notation, not 2*e*3. Only when the exponent's digits
            # are not followed by a letter (`2e3x` stays a product) and not a power of e (`2e^3`).
            k = i + 1 if i < n and s[i] in "eE" else -1
            if k > 0 and k < n and s[k] in "+-":
                k += 1
            if k > 0 and k < n and s[k] in _DIGITS:
                m = k
                while m < n and s[m] in _DIGITS:
                    m += 1
                if m >= n or not (s[m].isalpha() or s[m] in "^."):
                    toks += [("OP", "*"), ("NUM", "10"), ("OP", "^"), ("OP", "{")]
                    if s[i + 1] == "-":
                        toks.append(("OP", "-"))
                    toks += [("NUM", s[k:m]), ("OP", "}")]
                    i = m
            continue
        if c.isalpha():
            j = i
            while j < n and s[j].isalpha():
                j += 1
            _word(s[i:j], toks, text)
            i = j
            continue
        if c == "\\":
            i = _command(s, i, toks)
            continue
        two = s[i : i + 2]
        if two in ("<=", ">=", "!=", "=>", "->", ":="):
            toks.append(("OP", {"<=": "≤", ">=": "≥", "!=": "≠", "=>": "⇒", "->": "→", ":=": "="}[two]))
            i += 2
            continue
        if s.startswith("...", i):
            toks.append(("ELLIPSIS", "…"))
            i += 3
            continue
        if text and c == "/":  # "km/h" inside \text{} is one unit
            toks.append(("WORD", "/"))
            i += 1
            continue
        if c in "+-*/^_!,;:|=<>()[]{}%°'&≤≥≠≈∈∪∩±∓→…⇒":
            toks.append(("ELLIPSIS", c) if c == "…" else ("OP", c))
            i += 1
            continue
        if c in "\"`":
            i += 1  # quotes never change a math value (a `?` does: it makes a claim a question; kept, so parsing fails)
            continue
        # Any other symbol (unicode letters are caught by isalpha above): keep it so parsing fails loudly.
        toks.append(("OP", c))
        i += 1
    return toks


def _word(w: str, toks: list[Token], text: bool = False) -> None:
    lw = w.lower()
    if lw in FUNCS and w == lw:
        toks.append(("FUNC", lw))
    elif lw in _CONST_WORDS:
        toks.append(("CONST", _CONST_WORDS[lw]))
    elif lw in SEPWORDS:
        toks.append(("SEP", lw))
    elif len(w) == 1 and not text:
        toks.append(_letter(w))
    elif len(w) <= 3 and lw not in SHORT_WORDS and w.isascii() and not text and not (len(w) == 3 and w[0].isupper() and w[1:].islower()):
        for ch in w:  # "xy", "abc": a product of one-letter variables, as in LaTeX math mode
            toks.append(_letter(ch))
    else:
        toks.append(("WORD", w))


def _letter(ch: str) -> Token:
    if ch == "e":
        return ("CONST", "e")
    return ("ID", ch)


def _command(s: str, i: int, toks: list[Token]) -> int:
    n = len(s)
    if i + 1 >= n:
        return i + 1
    nxt = s[i + 1]
    if not nxt.isalpha():
        sym = {"{": ("OP", "\\{"), "}": ("OP", "\\}"), "|": ("OP", "|"), "\\": ("OP", "\\\\"), "%": ("OP", "%")}
        toks.append(sym.get(nxt, ("OP", nxt)))
        return i + 2
    j = i + 1
    while j < n and s[j].isalpha():
        j += 1
    name = s[i + 1 : j]
    if name in _TEXT_CMDS or name in _STYLE_CMDS or name in ("mathbb", "mathcal", "operatorname", "begin", "end"):
        k = j
        while k < n and s[k] == " ":
            k += 1
        one_letter = name in ("mathbb", "mathcal") and k < n and s[k].isalpha() and k > j
        if (k < n and s[k] == "{") or one_letter:
            # (`\\mathbb R`: TeX takes one token as the argument when no brace follows the space)
            end = k + 1 if one_letter else _match_brace(s, k)
            inner = s[k:end] if one_letter else s[k + 1 : end]
            j = end if one_letter else end + 1
            if name in _TEXT_CMDS:
                toks.extend(tokenize(inner, text=True))
            elif name in _MARK_CMDS and not re.fullmatch(r"\s*(?:[A-Z]{2,})?\s*", inner):
                # `\overline{AB}` names a segment (the bar is style); over anything else a bar, hat or tilde
                # (`\bar{A}`, one capital: the complement of event A, not a segment)
                # makes another value (`\bar{z}` is the conjugate of z, `\overline{3+4i}` = 3 - 4i): one letter
                # becomes a marked name of its own, more is not read
                letter = inner.strip().lstrip("\\")
                if not (len(letter) == 1 or letter in _GREEK):
                    raise LexError(f"\\{name} over an expression")
                toks.append(("ID", letter + _MARK_CMDS[name]))
            elif name in _STYLE_CMDS:
                toks.extend(tokenize(inner))
            elif name == "mathbb":
                setname = _SET_LETTERS.get(inner.strip(), inner.strip())
                m = _SET_MARK.match(s, j)
                if m and (setname, m.group(1) or m.group(2)) in _MARKED_SETS:
                    setname, j = _MARKED_SETS[setname, m.group(1) or m.group(2)], m.end()
                toks.append(("SETSYM", setname))
            elif name == "mathcal":
                toks.append(("ID", inner.strip()))
            elif name == "operatorname":
                _word(inner.strip(), toks)
            else:
                toks.append(("CMD", name + ":" + inner.strip()))
            return j
    if name == "angle":
        # `\\angle ACB`: the angle's name is one identifier (∠ACB), so `\\angle A = 60^\\circ` is a labelled value
        # and `\\angle B` another label; a bare `\\angle` is kept as an operator (parsing fails)
        k = j
        while k < n and s[k] == " ":
            k += 1
        m = k
        while m < n and (s[m].isupper() or s[m] == " ") and m - k < 8:
            m += 1
        letters = s[k:m].replace(" ", "")
        if letters and (m >= n or not s[m].isalpha()):
            if len(letters) == 3:
                letters = min(letters, letters[::-1])  # ∠ACB is ∠BCA: the vertex is the middle letter
            toks.append(("ID", "∠" + letters))
            return m
        toks.append(("OP", "∠"))
        return j
    if name in FUNCS or name in ("arccot",):
        toks.append(("FUNC", name))
    elif name in _OPS_CMD:
        op = _OPS_CMD[name]
        toks.append(("ELLIPSIS", op) if op == "…" else ("OP", op))
    elif name == "pi":
        toks.append(("CONST", "pi"))
    elif name == "infty":
        toks.append(("CONST", "inf"))
    elif name in _GREEK:
        toks.append(("ID", name))
    elif name in ("frac", "sqrt", "binom", "emptyset"):
        toks.append(("CMD", name))
        # LaTeX reads one digit as an argument: \frac12 = 1/2, \sqrt3 = sqrt(3).
        if j < n and s[j] in _DIGITS and name != "emptyset":
            count = 2 if name in ("frac", "binom") else 1
            k = j
            while k < n and count and s[k] in _DIGITS:
                toks.append(("NUM", s[k]))
                k += 1
                count -= 1
            return k
    elif name in ("forall", "exists", "quad", "text", "iff", "land", "lor"):
        toks.append(("WORD", name))
    else:
        toks.append(("CMD", name))
    return j


def _match_brace(s: str, k: int) -> int:
    depth = 0
    for m in range(k, len(s)):
        ch = s[m]
        if ch == "{" and (m == 0 or s[m - 1] != "\\"):
            depth += 1
        elif ch == "}" and (m == 0 or s[m - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return m
    raise LexError("unbalanced braces")
