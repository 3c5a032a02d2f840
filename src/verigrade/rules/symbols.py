"""Conventional symbols: the letter a field writes for a quantity (`r` for a radius, `V` for a volume, `s^2` for a
variance), which an answer may use as its label when the question asks for that quantity by name and does not use
the letter itself: "Find the radius of the circle ..." answered `r = 4`, "What is the variance of the data?"
answered `s^2 = 8`.

Precision first: the quantity must be asked (an asking verb before it, or a blank after it: "the volume is
______"), and the letter must be free in the question (no `r` of its own, no point `A` for an area); any other
label stays what labels.py makes of it (unsure where the question does not ask for the letter). Symbols are the
common textbook ones only; a symbol that two asked quantities share is no one's.
"""
from __future__ import annotations

import functools
import re

from .context import COMMAND as _COMMAND

# quantity words (as a question names them) -> the symbols textbooks write for them
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "radius": ("r", "R"),
    "diameter": ("d", "D"),
    "area": ("A", "S"),
    "surface area": ("S", "A"),
    "volume": ("V",),
    "perimeter": ("P", "C"),  # (C: the perimeter in Chinese school texts, 周长)
    "circumference": ("C",),
    "height": ("h", "H"),
    "slope": ("k", "m"),
    "common difference": ("d",),
    "common ratio": ("q", "r"),
    "period": ("T",),
    "variance": ("s^2", "S^2", "sigma^2", "D(X)"),
    "standard deviation": ("s", "sigma"),
    "speed": ("v",),
    "velocity": ("v",),
    "acceleration": ("a",),
    "mass": ("m",),
    "force": ("F",),
    "work": ("W",),
    "frequency": ("f",),
    "wavelength": ("lambda",),
    "eigenvalues": ("lambda",),
    "eigenvalue": ("lambda",),
    "density": ("rho",),
    "angle of inclination": ("alpha", "theta"),
    "inclination angle": ("alpha", "theta"),
}
_WORDS = sorted(_SYMBOLS, key=len, reverse=True)  # longest first: "surface area" before "area"
_QUANTITY = r"(?P<q>" + "|".join(w.replace(" ", r"\s+") for w in _WORDS) + r")"
# words that may stand between "the" and the quantity without making it another one ("the maximum area", "its new
# height"); anything else ("the ratio of the areas", "the change in volume") is another quantity
_ADJ = (r"(?:(?:total|maximum|minimum|largest|smallest|greatest|least|lateral|required|resulting|new|original|exact|"
        r"possible|average|final|initial|numerical|population|sample|positive)\s+){0,2}")
# (also "what" right before the quantity: "The circle ... has what radius?", "What volume does the tank hold?")
_ASK_VERB = r"\b(?:find|determine|compute|calculate|evaluate|what\s+is|what's|what\s+are|give|obtain)\s+"
_ASKED = re.compile(r"(?i)(?:" + _ASK_VERB + r"(?:the\s+|its\s+|their\s+)?(?:value\s+of\s+the\s+)?|\bwhat\s+)" + _ADJ +
                    _QUANTITY + r"\b(?![-'])")
# a list of things asked ("Find the center and radius of ...", "Find its area, perimeter and height."): its words up
# to the first word that starts a phrase about them (of, for, in, if, ...), each quantity named there asked
_ASK_LIST = re.compile(r"(?i)" + _ASK_VERB + r"(?P<list>[a-z ,]{1,80}?)(?=,?\s+(?:of|for|in|if|when|where|such|that|on|at|"
                       r"with|to|from|by|so|given|between|knowing|using|whose|which|as)\b|\s*[.?!;:$(]|\Z)")
_LIST_ITEM = re.compile(r"(?i)(?:^|,|\band\b)\s*(?:(?:the|its|their)\s+)?" + _ADJ + _QUANTITY + r"\s*(?=,|\band\b|$)")
# a blank to fill ("then the volume of the cone is ______."), the cn_k12 way of asking
_BLANK = re.compile(r"(?i)\bthe\s+" + _ADJ + _QUANTITY + r"\b(?:\s+of\s+[^.?=]{1,60}?)?\s+(?:is|equals|=)\s*"
                    r"(?:\$\s*)?(?:_{2,}|\\_|\\underline|\(\s*\)|\\qquad|\\text\{\s*_+)")
_MATH = re.compile(r"\$\$(.{1,2000}?)\$\$|\$(.{1,2000}?)\$|\\\((.{1,2000}?)\\\)", re.S)
# a sentence end: `. ` / `? ` / `! ` then a capital (`$1.5$` and "Mr. Smith" are none)
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.?!]\s+(?=[A-Z(])")
_ASY = re.compile(r"\[asy\].*?(?:\[/asy\]|\Z)", re.S)  # a figure's code is no sentence
# a closing instruction about the answer's form, not a question
_INSTRUCTION = re.compile(r"(?i)(?:express|give|provide|write|round|enter|present|leave|put|state|simplify|answer)\b"
                          r"[^.?!]{0,80}?\b(?:answer|result|form|decimal|fraction|radicals?|terms|units?|degrees|"
                          r"radians|notation|places?|percent(?:age)?|nearest)\b")
_GREEK_CHAR = {"sigma": "σ", "lambda": "λ", "rho": "ρ"}
_SENTENCE_START = re.compile(r"(?:\A|[.!?:]\s*|\n\s*)\Z")


def symbol_text(lhs) -> str | None:
    """The label a tree writes, as _SYMBOLS spells it: `r`, `sigma`, `s^2`, `D(X)`; None for any other tree."""
    match lhs:
        case ("sym", name) if isinstance(name, str) and "_" not in name:
            return name
        case ("pow", ("sym", name), ("num", two, "2")) if two == 2 and "_" not in name:
            return f"{name}^2"
        case ("apply", name, [("sym", arg)]) if len(name) == 1:
            return f"{name}({arg})"
    return None


@functools.lru_cache(maxsize=1024)  # (one question, many rollouts)
def asked_quantities(question: str) -> frozenset:
    """The quantities of _SYMBOLS the question's last sentence asks for by name (a story's earlier "they measure to
    find the volume of the pool" is no question: "How much will it cost?" is)."""
    last = _last_sentence(question)
    found = {re.sub(r"\s+", " ", m.group("q").lower()) for rx in (_ASKED, _BLANK) for m in rx.finditer(last)}
    for m in _ASK_LIST.finditer(last):
        if re.search(r"(?i),|\band\b", m.group("list")):
            found |= {re.sub(r"\s+", " ", q.group("q").lower()) for q in _LIST_ITEM.finditer(m.group("list").strip())}
    return frozenset(found)


def _last_sentence(question: str) -> str:
    """The question's asking sentence: its last, before any closing instructions on the form of the answer
    ("Express your answer in degrees.", "Provide your answer as a fraction.")."""
    text = _ASY.sub(" ", question).rstrip()
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    while len(starts) > 1 and _INSTRUCTION.match(text, starts[-1]):
        text = text[:starts.pop()].rstrip()
    return text[starts[-1]:]


def _uses(question: str, symbol: str) -> bool:
    """The question writes the symbol's letter itself: in its math (a capital also inside a point name, `ABC`), or
    in its words as a letter of its own ("radius r", "point A"; not the article "A circle")."""
    letter = symbol.split("^")[0].split("(")[0]
    maths = [next(g for g in m.groups() if g is not None) for m in _MATH.finditer(question)]
    prose = _MATH.sub(" ", question)
    if len(letter) > 1:  # a Greek name: `\\sigma` or σ anywhere
        return letter in question or _GREEK_CHAR.get(letter, letter) in question
    for body in maths:
        body = _COMMAND.sub(" ", body)
        pattern = rf"(?<![a-z]){letter}" if letter.isupper() else rf"(?<![A-Za-z]){letter}(?![A-Za-z])"
        if re.search(pattern, body):
            return True
    if letter.isupper():
        for m in re.finditer(rf"\b[A-Z]*{letter}[A-Z]*\b", prose):
            if m.group() == "A" and _SENTENCE_START.search(prose, 0, m.start()):
                continue  # the article opening a sentence ("A cone has ...")
            return True
        return False
    return bool(re.search(rf"(?<![A-Za-z\\']){letter}(?![A-Za-z'])", prose))


_FIGURE = re.compile(r"(?:triangle|square|)([A-Z]{2,6})")


def _of_figure(name: str, question: str) -> str | None:
    """`S_{\\triangle ABC}` (parsed `S_triangleABC`), `V_{ABCD}`: a symbol for a quantity of a figure the question names
    by its points (`\\triangle ABC`, "tetrahedron ABCD"), read as the symbol alone."""
    base, _, sub = name.partition("_")
    m = _FIGURE.fullmatch(sub)
    # (the figure the asking sentence names: "Find the area of $\\triangle ABC$", not another one of the question's)
    if not m or len(base) != 1 or not re.search(rf"(?<![A-Za-z]){m.group(1)}(?![A-Za-z])", _last_sentence(question)):
        return None
    return base


def names_asked(lhs, question: str | None) -> bool:
    """`lhs` is the conventional symbol of a quantity the question asks for by name (and of no other quantity it
    asks for), and the question does not use that symbol's letter."""
    if not question:
        return False
    text = symbol_text(lhs)
    if text is None and lhs[0] == "sym" and isinstance(lhs[1], str):
        text = _of_figure(lhs[1], question)
    if text is None:
        return False
    owners = [q for q in asked_quantities(question) if text in _SYMBOLS[q]]
    return len(owners) == 1 and not _uses(question, text)


# words that name a figure's or a problem's data by a letter ("a square with side $s$", "radius $r$"): with the
# quantities of _SYMBOLS, what a question's letter may stand for instead of the quantity it asks
_DATA_WORDS = r"(?:side(?:\s+length)?|length|width|edge|leg|base|hypotenuse|time|distance|rate|angle|" + \
    "|".join(w.replace(" ", r"\s+") for w in _WORDS) + ")"


def names_data(letter: str, question: str) -> bool:
    """The question names its data with `letter` ("the circle of radius $r$", "a square with side length s") and asks
    for another quantity by name ("What is the area ...?"): an answer labelled `r = 4` states the data's value, not the
    area. (The quantity asked keeps its own symbols: names_asked.)"""
    asked = asked_quantities(question)
    if not asked:
        return False
    for m in re.finditer(rf"(?i)\b({_DATA_WORDS})\s+(?:of\s+)?\$?\s*{re.escape(letter)}\s*\$?(?![A-Za-z(])", question):
        if re.sub(r"\s+", " ", m.group(1).lower()) not in asked:
            return True
    return False


def symbol_of_word(word: str, symbol: str, question: str | None) -> bool:
    """A gold's word label and an answer's letter name the same quantity: the letter is the word's conventional
    symbol and the question does not use the letter (`\\text{radius } 4` and `r = 4`)."""
    key = re.sub(r"\s+", " ", word.strip().lower())
    return symbol in _SYMBOLS.get(key, ()) and not (question and _uses(question, symbol))


# a quantity asked as an operation on others ("the difference between the area and radius", "the sum of the radii")
_COMPOUND_ASK = re.compile(r"(?i)\b(?:difference|sum|ratio|product|quotient)\s+(?:of|between)\b")


def names_other(lhs, question: str | None) -> bool:
    """`lhs` is the conventional symbol of another quantity than the ones the question asks for by name (`h = 4` for
    "Find the radius", `r = 12` for "Find its volume"), and the question does not use its letter: the label names
    another quantity, even where the question has no letters for labels.py to check it against."""
    if not question:
        return False
    text = symbol_text(lhs)
    last = _last_sentence(question)
    if text is not None and _COMPOUND_ASK.search(last) and not _uses(question, text) and any(
            re.search(r"(?i)\b" + w.replace(" ", r"\s+") + r"\b", last) for w, syms in _SYMBOLS.items() if text in syms):
        return True  # `r = 5` for "Find the difference between the area and radius": a part of what is asked
    asked = asked_quantities(question)
    if text is None or not asked or any(text in _SYMBOLS[q] for q in asked):
        return False
    return any(text in syms for syms in _SYMBOLS.values()) and not _uses(question, text)


# "the sum of the first 10 terms", "the sum of its first $n$ terms": S_10 / S_n is that sum's textbook name
_FIRST_TERMS = re.compile(r"(?i)\bsum\s+of\s+(?:the\s+|its\s+)?first\s+\$?\s*(\w+)\s*\$?\s+terms\b")


def names_partial_sum(name: str, question: str) -> bool:
    """`S_10` (parsed `S_10`) for "Find the sum of the first 10 terms": the partial sum the question asks by its words,
    the question using no S of its own for anything else. (`S_9` there names another sum.)"""
    base, _, sub = name.partition("_")
    if base != "S" or not sub:
        return False
    asked = {m.group(1) for m in _FIRST_TERMS.finditer(_last_sentence(question))}
    return asked == {sub} and not re.search(r"(?<![A-Za-z\\])S(?!_)(?![A-Za-z])", question)


# "the general term (formula)", "the general formula", "the nth term", "the $n$-th term" of a sequence
_GENERAL_TERM = re.compile(r"(?i)\bgeneral\s+(?:term|formula)\b|\b(?:\$?\s*n\s*\$?\s*-?\s*th|n\^\{?th\}?)\s+term\b")


def names_general_term(name: str, question: str) -> bool:
    """`a_n` (a letter with a one-letter index) for "Write a general term formula for the sequence 2, 5, 10, ...":
    the general term the asking sentence asks by its words, the question naming no sequence of its own (its own
    `\\{b_n\\}` is mentioned, and read as such). Never `S_n` or `T_n`, the names of sums."""
    base, _, sub = name.partition("_")
    sub = sub.strip("{}")
    return (len(base) == 1 and base.isalpha() and base not in "ST" and len(sub) == 1 and sub.isalpha()
            and bool(_GENERAL_TERM.search(_last_sentence(question)))
            and not re.search(r"(?<![A-Za-z\\])[A-Za-z]_\{?\s*[A-Za-z]\s*\}?", question))


def named_by_word(symbol: str, text: str) -> int | None:
    """Where `text` names the one quantity whose conventional symbol is `symbol` ("the area" for S, the question not
    writing S itself): its position, for ordering labels by the question ("(1) Find $c$; (2) Find the area" orders
    `c = ..., S = ...`). None when no such word stands there, or two quantities of that symbol do."""
    if _uses(text, symbol):
        return None
    hits = [m.start() for w, syms in _SYMBOLS.items() if symbol in syms
            for m in [re.search(r"(?i)\b" + w.replace(" ", r"\s+") + r"\b", text)] if m]
    return hits[0] if len(hits) == 1 else None
