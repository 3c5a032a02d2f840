"""How the subject of a closing sentence names what it states: a letter in a span of its own ("The possible values
of $k$ are $4$ and $8$."), a possessive ("Jill's annual salary is ..."), the question's own words and math ("The real
part of $z^2$ is $-2$."), or a value computed from another ("Twice the answer is 20."), or other points than asked.
Used by extract_sentence.py and extract_markers.py."""
from __future__ import annotations

import re

from .extract_words import _TEXT_COPULA, _WORD

_POINTS = re.compile(r"\b[A-Z]{2,5}\b")
# a possessive subject's owner: a pronoun, or a capitalised name's (never the contractions "It's", "Let's", "That's",
# "What's", ...); extract_sentence._SUBJECT opens a statement with it too
POSSESSOR = (r"his|her|their|(?!(?:it|let|that|what|here|there|he|she|who|where|how|why|when)['’]s)"
             r"(?-i:[A-Z][a-z]+)['’]s")
# (also a noun's after the article, "The answer's square is 10", "The rectangle's area is 12": the quantity of it
# named after the possessive is another one unless the question asks it in those words)
_POSSESSIVE = re.compile(r"(?i)(?:[a-z]+ing(?:\s+[a-z]+){0,3},\s+)?(" + POSSESSOR + r"|the\s+(?:[a-z]+\s+)?[a-z]+['’]s)\s")


_CALENDAR = frozenset("January February March April May June July August September October November December Monday "
                      "Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _possessor_asked(sentence: str, question: str | None) -> bool:
    """A possessive subject ("Her annual salary is ...", "Jill's total is ...") names what is asked only in the
    asking sentence's own words: its owner and every word up to the copula there ("Bob's salary", "Their combined
    salary", "Jill's salary before the raise" are other quantities). Other subjects: True."""
    m = _POSSESSIVE.match(sentence)
    if m is None:
        return True
    from .rules.context import in_asking_sentence, last_sentence

    cop = _TEXT_COPULA.search(sentence, m.end())
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in
             re.findall(r"[A-Za-z'’]+", sentence[m.start(1):cop.start() if cop else len(sentence)])]
    owner = re.match(r"(?-i:[A-Z][a-z]+)(?=['’]s)", m.group(1))
    others = {w for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b", question or "")} - _CALENDAR - (
        {owner.group()} if owner else set())
    if owner and question and re.search(rf"\b{owner.group()}\b", question) and not others and in_asking_sentence(
            ["his"], question) != in_asking_sentence(["her"], question) and not re.search(
            r"\b(?-i:[A-Z][a-z]+)['’]s\b", last_sentence(question)):
        # "Jake's March bill" for "How much was his March bill?": the one owner the asking sentence refers to by a
        # pronoun (his or her, not both), named in the question, which names no one else; the rest must be the asking
        # sentence's words
        words = words[1:]
    return in_asking_sentence(words, question)


_NAME_SPAN = re.compile(r"\s*(?:[A-Za-z](?:_\{?\w{1,3}\}?)?|\\angle\s*[A-Z]{1,3})\s*")  # (`$\\angle ACB$` too)
# "the ordered pair $(x, y)$ that solves the system is $(7, 6)$": a tuple of letters names the unknowns as one
_NAMES_SPAN = re.compile(r"\s*\(\s*[A-Za-z](?:\s*,\s*[A-Za-z]){1,5}\s*\)\s*")


# the words a subject may put before the letter it names: its value(s), solutions, roots, measure, an extreme (the
# extreme rules read that one); any other words name another quantity of the letter ("The smallest prime factor of
# $n$ is 3." is no value of n) unless the question asks for it in those words
_NAME_WORDS = frozenset({"the", "a", "so", "thus", "hence", "therefore", "finally", "possible", "only", "real",
                         "integer", "positive", "negative", "required", "unknown", "value", "values", "solution",
                         "solutions", "root", "roots", "number", "numbers", "measure", "length", "of", "for", "and",
                         "maximum", "minimum", "largest", "smallest", "greatest", "least", "all", "each", "both",
                         "ordered", "pair", "pairs", "triple", "triples", "angle", "unique", "exact", "final"})


def names_its_letter(words: str, span: str, question: str | None) -> bool:
    ws = [w.lower() for w in _WORD.findall(words)]
    if all(w in _NAME_WORDS for w in ws):
        return True
    phrase = _SPACES.sub(" ", f"{words.strip()} ${span.strip()}$").lower()
    phrase = phrase[_SUBJECT_LEAD.match(phrase).end():]
    return bool(question) and phrase in _SPACES.sub(" ", question).lower()


def _after_named_subject(sentence: str, spans: list, question: str | None = None) -> list:
    """"The possible values of $k$ are $4$ and $8$.": a subject that names its unknown in a span of its own (one
    letter, or a tuple of letters: `(x, y)`) before the copula, then the values: the spans after the copula are the
    ones stated, and the letter labels them (`k = 4, k = 8`: the rules check that k is what is asked). The words
    before the letter must name its values (_NAME_WORDS), or be the question's own words for it ("the expected value
    of $X$"). Any other sentence keeps all its spans."""
    if len(spans) < 2:
        return spans
    cop = _TEXT_COPULA.search(sentence)
    if cop is None:
        return spans
    lead = [m for m in spans if m.end() <= cop.start()]
    rest = [m for m in spans if m.start() >= cop.end()]
    if len(lead) != 1 or not rest or len(lead) + len(rest) != len(spans) or not all(
            _NAME_SPAN.fullmatch(next(g for g in m.groups() if g is not None))
            or _NAMES_SPAN.fullmatch(next(g for g in m.groups() if g is not None)) for m in lead):
        return spans
    if not names_its_letter(sentence[:lead[0].start()], next(g for g in lead[0].groups() if g is not None), question):
        return spans
    return rest


_SUBJECT_LEAD = re.compile(r"(?i)^(?:(?:so|thus|hence|therefore|finally)\s*,?\s+)?(?:the\s+)?")
_SPACES = re.compile(r"\s+")


def _asked_subject(sentence: str, spans: list, question: str | None) -> list | None:
    """"The real part of $z^2$ is $-2$.": a subject with math of its own before the copula, which the question asks
    in the same words and the same math ("... what is the real part of $z^2$?"): the spans after the copula are the
    value. None for any other sentence (another subject's math stays a second value)."""
    if not question or len(spans) < 2 or "$" not in question:
        return None
    cop = _TEXT_COPULA.search(sentence)
    if cop is None:
        return None
    rest = [m for m in spans if m.start() >= cop.end()]
    if not rest or len(rest) == len(spans) or any(cop.start() < m.start() < cop.end() for m in spans):
        return None
    subject = sentence[_SUBJECT_LEAD.match(sentence).end():cop.start()].strip()
    key = _SPACES.sub(" ", subject).lower()
    if not re.search(r"[A-Za-z]{3,}", re.sub(r"\$[^$]*\$", " ", subject)):
        return None  # (math alone names no quantity asked: "So $\\triangle ABC$ equals $468$." is equated_span's)
    if len(key) < 8 or " " not in key or key not in _SPACES.sub(" ", question).lower():
        return None
    return rest


# a subject that is computed from the value it names ("Twice the answer is 20.", "The square of $x$ is 49.", "3 more
# than the number is 17."): the value stated is not the one named
_DERIVED = re.compile(r"(?i)\b(?:twice|thrice|double|triple|half|reciprocal|negative|opposite|"
                      r"(?:square|cube)(?:\s+root)?\s+of|(?:more|less|fewer|greater|smaller)\s+than)\b")
_OF_ANSWER = re.compile(r"\s+(?:of\s+)?(?:the\s+|this\s+|that\s+|my\s+|our\s+)?(?:answer|number|result|value|solution|"
                        r"unknown|quantity)\b|\s+(?:of\s+)?it\b", re.I)


def derived(text: str, question: str | None) -> bool:
    """`text` states a value computed from another: always when it is computed from the answer itself ("Twice the
    answer", "the square of the number"), otherwise when the question does not use the same words ("The square root
    of 49 is 7." answers "What is the square root of 49?")."""
    for m in _DERIVED.finditer(text):
        if _OF_ANSWER.match(text, m.end()) or m.group().lower() not in (question or "").lower():
            return True
    return False

def other_points(prose: str, question: str | None) -> bool:
    """The prose names points (`BC`, `ABCD`) that the question does not ask for ("The length of BC is 10." for "Find
    AC if AB = 6, BC = 8"): the value stated is another segment's or figure's."""
    names = _POINTS.findall(prose)
    if not names or not question:
        return False
    from .rules.ast import Mul, Sym
    from .rules.asked import asked_terms

    return any(Mul([Sym(c) for c in n]) not in asked_terms(question) and not re.search(
        rf"(?i:\b(?:find|determine|compute|calculate|what\s+is)\s+(?:the\s+(?:length|measure|value|area|size)\s+of\s+)?"
        rf"(?:(?:side|segment|line|the|square|triangle|rectangle|quadrilateral|parallelogram|trapezoid|rhombus|"
        rf"polygon|pentagon|hexagon|tetrahedron|pyramid|prism|cube)\s+){{0,2}})\$?\s*(?:\\overline\{{|\\triangle\s*)?"
        rf"{n}\b", question) for n in names)
