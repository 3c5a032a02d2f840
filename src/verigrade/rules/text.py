"""Short natural-language answers, compared conservatively (taxonomy 5.1 / 5.3).

Rules, in order:
1. Same words after lower-casing, dropping punctuation, articles and LaTeX text wrappers -> EQUAL.
2. Yes/no/true/false answers: equal when the polarity matches, DIFFERENT when it is the opposite.
3. A one-word answer contained in a gold sentence ("odd" in "Any odd number of participants";
   "Petya" in "Petya will receive the last token.") is EQUAL only when the gold has no negation and
   names no competing value: no other word of the answer's vocabulary class (odd/even, increasing/
   decreasing, ...) and, for a capitalised name, no other capitalised name. Opposite class members
   (gold says "odd", answer "even") are DIFFERENT.
Everything else is UNSURE: rules do not paraphrase.
"""
from __future__ import annotations

import re

from ..types import Outcome
from .context import asked_tail, last_sentence

_CLASSES = [
    {"odd", "even"}, {"increasing", "decreasing", "constant"}, {"yes", "no"}, {"true", "false"},
    {"possible", "impossible"}, {"convergent", "divergent", "converges", "diverges"}, {"finite", "infinite"},
    {"rational", "irrational"}, {"prime", "composite"}, {"acute", "obtuse", "right"}, {"positive", "negative", "zero"},
    {"maximum", "minimum"}, {"first", "second"}, {"win", "lose", "wins", "loses", "draw"}, {"always", "never", "sometimes"},
    {"exists", "none"}, {"inside", "outside", "on"}, {"parallel", "perpendicular", "intersecting"},
]
_NEGATIONS = {"not", "no", "never", "neither", "nor", "cannot", "can't", "isn't", "doesn't", "don't", "won't", "except", "without", "non"}
# pairs with nothing between them: one is the other's negation (words read in their _FORMS: convergent is converges)
_PAIRS = (("rational", "irrational"), ("possible", "impossible"), ("finite", "infinite"), ("converges", "diverges"),
          ("true", "false"))
_COMPLEMENT = {a: b for x, y in _PAIRS for a, b in ((x, y), (y, x))}
# a question that asks whether something can be done ("Can the board be tiled?", "Is it possible to ...?")
_CAN_Q = re.compile(r"(?i)\s*(?:can|could|is\s+it\s+possible|is\s+this\s+possible)\b")


_MONOTONY = ("increasing", "decreasing")
_MONOTONE = frozenset({"monotonically", "monotone", "monotonic", "strictly"})
# nouns that name the kind of answer ("an odd *function*", "a sufficient *condition*"), not a value
_KIND_NOUNS = {"function", "condition", "sequence", "series"}
# (and the existential "there": "There are infinitely many" states "infinitely many")
_STOP = {"a", "an", "the", "is", "are", "will", "be", "of", "it", "its", "this", "that", "answer", "final", "there"}
_TEXT_CMD = re.compile(r"\\(?:text|textbf|textit|textrm|mathrm|mbox|operatorname)\s*\{([^{}]*)\}")
_MATH = re.compile(r"[\d\\^=<>+\-*/()\[\]{}|]")
# (a run of CJK characters is a word too: Chinese prose is words the rules cannot read, never nothing)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]+(?:'[a-z]+)?|\d+(?:\.\d+)?|[\u3040-\u30ff\u3400-\u9fff]+")


def _article(ws: list[str], i: int) -> bool:
    """A lower-case `a` before a word of three letters or more that is no verb or joint ("a Wednesday", "a right
    triangle") is the article; `a` alone, before a letter or before "is" / "and" ("a and b") names something."""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    return ws[i] == "a" and len(nxt) >= 3 and nxt.isalpha() and nxt.lower() not in _STOP | _NOT_NOUNS


_NOT_NOUNS = {"and", "equals", "has", "have", "was", "were", "can", "must", "lies", "plus", "minus", "times"}


def words(s: str) -> list[str]:
    s = _TEXT_CMD.sub(r" \1 ", s)
    return _WORD.findall(s)


def compare_text(gold: str, answer: str, question: str | None = None) -> tuple[Outcome, str] | None:
    gw, aw = words(gold), words(answer)
    if not gw or not aw:
        return None
    gl = [_FORMS.get(w.lower(), w.lower()) for w in gw if w.lower() not in _STOP]
    al = [_FORMS.get(w.lower(), w.lower()) for w in aw if w.lower() not in _STOP]
    quadrants = _quadrant(gl, question, gold), _quadrant(al, question, answer)
    if None not in quadrants:
        if quadrants[0] == quadrants[1]:
            return Outcome.EQUAL, "the same quadrant"
        return Outcome.DIFFERENT, "another quadrant"
    if (gl and gl == al and gold.count("'") == answer.count("'")  # `B'` is not `B`
            and not (_MATH.search(_TEXT_CMD.sub(" ", gold)) or _MATH.search(_TEXT_CMD.sub(" ", answer)))):
        # case is ignored in prose words only: a one-letter word is a name (`R, h` is not `r, h`; `a` too, though
        # a stop word); longer stop words may stand on one side only ("the second quadrant", "Second quadrant")
        gk = [w for i, w in enumerate(gw) if (len(w) == 1 and not _article(gw, i)) or w.lower() not in _STOP]
        ak = [w for i, w in enumerate(aw) if (len(w) == 1 and not _article(aw, i)) or w.lower() not in _STOP]
        if _polarity(gl) is not None and len(gw) != len(aw):
            return None  # "No, it is." for "No": a clause of stop words may still claim the opposite (engine's to read)
        if len(gk) == len(ak) and all(x == y or len(x) > 1 for x, y in zip(gk, ak)):
            return Outcome.EQUAL, "same words"
        return Outcome.UNSURE, "letters differ in case"
    gk, ak = [w for w in gl if w not in _KIND_NOUNS], [w for w in al if w not in _KIND_NOUNS]
    if gk and gk == ak and gl != al and not (_MATH.search(_TEXT_CMD.sub(" ", gold)) or _MATH.search(
            _TEXT_CMD.sub(" ", answer))):
        # "a necessary but not sufficient condition" for "necessary but not sufficient": the noun only says what
        # kind of answer it is
        return Outcome.EQUAL, "same words, the kind of answer named"
    polar = _polarity(gl), _polarity(al)
    if polar[0] is not None and polar[1] is not None and (len(aw) == 1 or set(al[1:]) <= _ECHO) and _ends_clause(
            gold) and _ends_clause(answer):
        # (a bare yes/no, or one that only echoes itself, "No, it cannot": a clause with a claim may claim the
        # opposite, "Yes, it diverges." for "Does it converge?"; the engine reads reasons in math)
        if polar[0] == polar[1]:
            return Outcome.EQUAL, "same yes/no answer"
        return Outcome.DIFFERENT, "opposite yes/no answer"
    if polar[0] is not None and _ends_clause(gold) and question and _CAN_Q.match(last_sentence(question)) and not \
            _Q_NEGATION.search(last_sentence(question)):
        able = {("possible",): True, ("impossible",): False, ("not", "possible"): False}.get(tuple(al))
        if able is not None:
            # "Impossible" answers "Can the board be tiled?" with no; "possible", yes
            same = able == polar[0]
            return (Outcome.EQUAL, "same yes/no answer, as a possibility") if same else (
                Outcome.DIFFERENT, "opposite yes/no answer, as a possibility")
    if len(gl) == 1 and len(al) == 2 and al[0] == "not" and al[1] in _COMPLEMENT and gl[0] in (al[1], _COMPLEMENT[al[1]]):
        # "not rational" is "irrational" (a complement pair: nothing lies between the two)
        if gl[0] == _COMPLEMENT[al[1]]:
            return Outcome.EQUAL, f"'not {al[1]}' is '{gl[0]}'"
        return Outcome.DIFFERENT, f"the gold says '{gl[0]}', the answer 'not {al[1]}'"
    if polar[0] is not None and _ends_clause(gold):
        exists = _existence(answer, question)
        if exists is not None:
            same = exists == polar[0]
            return (Outcome.EQUAL, "same yes/no answer, restated as existence") if same else (
                Outcome.DIFFERENT, "opposite yes/no answer, restated as existence")
    if len(gl) == 1 and len(al) == 2 and al[0] in _MONOTONE and gl[0] in _MONOTONY and al[1] in _MONOTONY:
        # "monotonically decreasing", "strictly increasing" for `\text{decreasing}` / `\text{increasing}`: the adverb
        # only says how (a school text's increasing is strictly so); the other direction is another answer
        if al[1] == gl[0]:
            return Outcome.EQUAL, f"the gold's key word is '{gl[0]}'"
        return Outcome.DIFFERENT, f"the gold says '{gl[0]}', the answer '{al[1]}'"
    if len(al) > 1 and len(gl) == 1:
        return _answer_restates(gl[0], gw, al, aw, question)
    if len(gl) > 1 and len(al) > len(gl) and question and all(len(w) > 1 and w.isalpha() for w in gl) and not (
            _MATH.search(_TEXT_CMD.sub(" ", gold)) or _MATH.search(_TEXT_CMD.sub(" ", answer))):
        return _phrase_restated(gl, al, question)  # (prose only: `f(x) = 4x-3` is no sentence around `4x-3`)
    if len(al) != 1 or len(gl) < 2 or _value_with_words(gold):
        return None  # (`2.45 \times 10^6 \, \text{N}` is a value: its unit is no name)
    word = al[0]
    if any(w in _NEGATIONS or w.endswith("n't") for w in gl):
        return None
    cls = next((c for c in _CLASSES if word in c), None)
    if cls is not None:
        present = {w for w in gl if w in cls}
        if present == {word}:
            return Outcome.EQUAL, f"the gold's key word is '{word}'"
        if present and word not in present and len(present) == 1:
            return Outcome.DIFFERENT, f"the gold says '{present.pop()}', the answer '{word}'"
        return None
    original = next((w for w in aw if w.lower() == word), word)
    if original[:1].isupper() and word.isalpha():
        names = {w for i, w in enumerate(gw) if w[:1].isupper() and w.lower() not in _STOP}
        if names == {original}:
            return Outcome.EQUAL, f"the gold names '{original}'"
        if names and original not in names and question and original in question and len(names) == 1:
            other = next(iter(names))
            if other in question:
                return Outcome.DIFFERENT, f"the gold names '{other}', the answer '{original}'"
    return None


# a quadrant of the plane named alone: "Second quadrant", "the 2nd quadrant", "Quadrant II", "in the fourth quadrant";
# a lone ordinal or numeral ("II", "fourth") only when the question asks about quadrants. Nothing else may stand
# there (a negation, a second quadrant, a condition keep the text unreadable).
_ORDINAL = r"(?P<n>first|1 st|i|second|2 nd|ii|third|3 rd|iii|fourth|4 th|iv)"
_QUADRANT_WORDS = re.compile(rf"(?:(?:lies|located|in)\s+)*(?:{_ORDINAL}\s+quadrant|quadrant\s+{_ORDINAL.replace('n>', 'm>')}|"
                             rf"{_ORDINAL.replace('n>', 'k>')})")
_QUADRANT_NUMBER = {"first": 1, "1 st": 1, "i": 1, "second": 2, "2 nd": 2, "ii": 2, "third": 3, "3 rd": 3, "iii": 3,
                    "fourth": 4, "4 th": 4, "iv": 4}


# "The point corresponding to $z$ lies in the second quadrant.": a subject (the question's words, a letter, or words
# that name a point of the plane) and a verb that places it, before the quadrant
_PLACED = re.compile(r"(?:^|\s)(?:lies|lie|is|located|falls|situated)\s+in\s+(?=\S+\s+quadrant$)")
_POINT_WORDS = frozenset("point corresponding correspond corresponds to represented representing by on plane complex "
                         "number its of which".split())
# words that make the subject another point (its conjugate, its opposite, ...), even where the question uses them
_OTHER_POINT = frozenset("conjugate opposite negative reciprocal square inverse reflection symmetric image midpoint "
                         "sum difference product quotient".split())


def _quadrant(ws: list[str], question: str | None, raw: str = "") -> int | None:
    text = " ".join(ws)
    m = _QUADRANT_WORDS.fullmatch(text)
    # (its math only lone letters: `$-z$`, `$\\bar z$`, `$|z|$` are other points than z)
    placed = _PLACED.search(text) if m is None and question and all(
        re.fullmatch(r"\s*[A-Za-z]\s*", x) for x in re.findall(r"\$([^$]*)\$", raw)) and not re.search(
        r"\\(?!text)[A-Za-z]|[-^'|*]", re.sub(r"\$[^$]*\$", " ", raw)) else None
    if placed:
        asked = {w.lower() for w in words(question) if len(w) > 1}
        # (a letter only as the point the question names: "the complex number $z = ...$", "point $P$"; not its data)
        named = {m.group(1).lower() for m in re.finditer(r"(?i)\b(?:number|point)\s+\$?\s*([A-Za-z])(?![A-Za-z])",
                                                         question)}
        subject = text[:placed.start()].split()
        if subject and all(w in _POINT_WORDS or w in asked or w in named for w in subject) and not _OTHER_POINT & set(
                subject) and \
                not any(w in _NEGATIONS or w.endswith("n't") for w in subject):
            m = _QUADRANT_WORDS.fullmatch(text[placed.end():])
    if m is None or (m["k"] and not (question and "quadrant" in question.lower())):
        return None
    return _QUADRANT_NUMBER[m["n"] or m["m"] or m["k"]]


# words that only echo a yes/no ("Yes, it can.", "No, it is not possible."): no claim of their own
_ECHO = frozenset({"can", "cannot", "possible", "impossible", "not", "does", "do", "exists", "exist", "there", "indeed"})
_PLAIN_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}")


def _value_with_words(gold: str) -> bool:
    """Math with at most one plain word outside its text commands (`2.45 \\times 10^6 \\, \\text{N}`): a value
    and its unit, not a sentence ("The transformed function $f(x+1)-1$ is odd.")."""
    bare = _TEXT_CMD.sub(" ", gold)
    return bool(_MATH.search(bare)) and len(_PLAIN_WORD.findall(bare)) < 2


# Generic nouns a restatement may add ("Anna wins the game"); anything else must come from the question.
_GENERIC = {"game", "match", "round", "player", "winner", "person", "one", "answer", "result", "solution", "case"}


def _answer_restates(key: str, gw: list[str], al: list[str], aw: list[str], question: str | None):
    """Gold `Bob`, answer `Bob wins the game` (taxonomy 5.1, explanatory text around the answer): EQUAL when the
    answer names the gold word once, names no competing value (no other capitalised name, no other member of the
    gold's vocabulary class), has no negation or number, and any other vocabulary-class word it uses ("wins")
    comes from the question: every other word does, i.e. it only restates what was asked."""
    if al.count(key) != 1 or len(al) > 8 or any(w in _NEGATIONS or w.endswith("n't") or not w.isalpha() for w in al):
        return None
    if key in ("yes", "no", "true", "false"):
        return None  # a yes/no and a clause: the polarity rules read what the clause claims (engine, _polarity)
    extra = [w for w in al if w != key]
    q = {w.lower() for w in words(asked_tail(question))}  # (the asked part's words: not its data's, "The harmonic
    # series diverges. Does the series of squares converge?")
    if any(w not in q and w not in _GENERIC and w not in _KIND_NOUNS for w in extra):
        return None  # a word the question did not use ("more than P", "Possible is wrong"): not a restatement
    own = next((c for c in _CLASSES if key in c), set())
    for w in extra:
        if w in own or (any(w in c for c in _CLASSES) and w not in q):
            return None  # a competing value ("odd and even"), or a claim the question did not make
    if gw[0][:1].isupper():
        names = {w for w in aw if w[:1].isupper() and w.lower() not in _STOP and w.lower() != key}
        if names - {"The", "It", "So", "Thus", "Therefore", "Hence"}:
            return None
    elif not any(key in c for c in _CLASSES):
        return None  # only names and class words (odd, even, ...) are safe to find inside a sentence
    return Outcome.EQUAL, f"the answer names '{gw[0]}' and only restates the question around it"


# words that doubt or judge a statement: never a restatement, whatever the question says ("perhaps", "is wrong")
_DOUBT_WORDS = frozenset("perhaps maybe possibly probably likely unlikely guess think believe doubt unsure wrong incorrect "
                         "false true correct right might could would should seems seem apparently".split())
_AUXILIARY = frozenset({"has", "have", "does", "do"})
_JOINTS = frozenset({"or", "and", "nor", "either", "both", "neither", "versus", "vs", "plus", "also"})  # ("The system has infinitely many solutions": no claim of its own)
# one word in its other forms (a series "is convergent" / "converges")
_FORMS = {"convergent": "converges", "converge": "converges", "divergent": "diverges", "diverge": "diverges"}


def _phrase_restated(gl: list[str], al: list[str], question: str) -> tuple[Outcome, str] | None:
    """Gold `does not exist`, answer "The limit does not exist." (taxonomy 5.1): the gold's words in a row inside the
    answer, and every other word the question's own (a LaTeX command's name counts as its word's start: `\\lim` for
    "limit") or a generic noun: the answer only restates the subject asked. No other negation, number or vocabulary
    class word may be added."""
    n = len(gl)
    at = next((i for i in range(len(al) - n + 1) if al[i:i + n] == gl), None)
    if at is None or len(al) > n + 6:
        return None
    extra = al[:at] + al[at + n:]
    if any(w.endswith("ly") for w in al[at + n:]):
        return None  # (an adverb after the gold's words changes them: "converges conditionally absolutely")
    q = {w.lower() for w in words(asked_tail(question))}
    commands = {c.lower() for c in re.findall(r"\\([A-Za-z]{3,})", asked_tail(question))}
    for w in extra:
        if w in _NEGATIONS or w in _DOUBT_WORDS or w in _JOINTS or w.endswith("n't") or not w.isalpha() or any(
                w in c for c in _CLASSES):
            return None  # (a joint brings in another value: "infinitely many solutions or exactly one solution")
        if w not in q and w not in _GENERIC and w not in _KIND_NOUNS and w not in _AUXILIARY and not any(
                w.startswith(c) for c in commands):
            return None
    return Outcome.EQUAL, "the answer states the gold's words and only restates the question around them"


# An existence question ("Is there an integer n such that ...?", "Does there exist a triangle ...?") answered by
# a yes/no restated as existence: "No, such an integer does not exist.", "No, there is no such integer.", "Yes, such
# a triangle exists." (_existence). The noun must be one the question uses; nothing else may stand in the clause.
_EXISTS_Q = re.compile(r"(?i)\b(?:(?:is|are)\s+there|do(?:es)?\s+there\s+exists?)\s+(?:an?|any|some)?\s*(?!only\b|exactly\b|"
                       r"one\b|two\b|three\b|more\b|less\b|fewer\b|infinitely\b|finitely\b|many\b|several\b|at\b|unique)"
                       r"[a-z]")
# how many exist, not whether one does ("only one", "exactly one", "unique", "infinitely many", "more than one"): a
# "no such X exists" then claims more than the question's "no"
_COUNTED_Q = re.compile(r"(?i)\b(?:only|exactly|unique(?:ly)?|infinitely|finitely|many|several|multiple|more\s+than|"
                        r"at\s+(?:least|most)|two|three|four)\b")
_Q_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|nothing|neither|nor|without)\b|n't\b")
_NOUN = r"(?P<noun>[a-z]{3,20}(?:\s+(?!exists?\b|does\b|do\b)[a-z]{3,20})?)"
_EXISTENCE_NO = re.compile(
    r"no\s*[,.;:]?\s+(?:(?:there\s+(?:is|are|exists?)\s+)?no\s+such\s+" + _NOUN + r"(?:\s+exists?)?"
    r"|such\s+(?:an?\s+)?" + _NOUN.replace("noun", "noun2") + r"\s+(?:does|do)\s+not\s+exist"
    r"|(?:it|they|this|that)\s+(?:does|do)\s+not\s+exist|(?:there\s+is|there\s+are)\s+none)")
_EXISTENCE_YES = re.compile(
    r"yes\s*[,.;:]?\s+(?:such\s+(?:an?\s+)?" + _NOUN + r"\s+exists?"
    r"|there\s+(?:is|are|exists?)\s+such\s+(?:an?\s+)?" + _NOUN.replace("noun", "noun2") + r")")


def _existence(answer: str, question: str | None) -> bool | None:
    """The yes/no of an answer that restates an existence question (see _EXISTS_Q), or None. Only for a question
    without a negation of its own ("Is there no ...?" would turn the restatement around)."""
    if not question or not _EXISTS_Q.search(question) or _Q_NEGATION.search(question) or _COUNTED_Q.search(
            _EXISTS_Q.split(question, 1)[-1] if _EXISTS_Q.search(question) else question):
        return None
    text = " ".join(w.lower() for w in words(answer) if not w[0].isdigit())
    if len(words(answer)) != len(text.split()):
        return None  # a number in the clause: a claim of its own
    for polarity, pat in ((False, _EXISTENCE_NO), (True, _EXISTENCE_YES)):
        m = pat.fullmatch(text)
        if m is None:
            continue
        noun = m.groupdict().get("noun") or m.groupdict().get("noun2")
        q = {w.lower() for w in words(question)}
        if noun and not all(w in q or w.rstrip("s") in q for w in noun.split()):
            return None  # a noun the question does not use ("No, such a tiling does not exist" for "Can it be tiled?")
        return polarity
    return None


# After the first word, any of these makes a yes/no answer a hedge or a qualified claim.
_NOT_PLAIN = {"yes", "no", "true", "false", "or", "maybe", "either"} | _NEGATIONS


# the negations that restate a `no` ("No, it cannot"); `except` / `without` / `nor` qualify it instead
_RESTATE_NEG = {"not", "cannot", "can't", "isn't", "doesn't", "don't", "won't", "aren't", "impossible"}
# an affirmative claim after `no` with no negation of its own contradicts it
_AFFIRM = {"possible", "can", "could", "exists", "exist", "does", "do", "will", "has", "have", "true", "yes"}

# predicates a clause may claim of its subject ("prime", "even", "convergent"): after a bare `no` they contradict it
_PREDICATES = frozenset().union(*_CLASSES) - {"yes", "no", "true", "false", "none"}

# words that make a clause a claim about the yes/no itself (polarity.justified_polarity leaves such reasons here)
CLAIM_WORDS = _RESTATE_NEG | _AFFIRM | {"impossible", "possible", "exists", "prime", "composite", "false"}

_POLAR_WORD = re.compile(r"(?i)\b(?:yes|no|true|false)\b(?!')\s*(?P<next>.?)")


def _ends_clause(s: str) -> bool:
    """The yes/no word answers (`No.`, `No, because ...`, `\\text{No}`, `Yes it can`): `no longer valid`, `no one`,
    `no solution`, `true for n > 2` use the word inside a phrase and answer nothing."""
    m = _POLAR_WORD.search(_TEXT_CMD.sub(lambda t: t.group(1), s))
    if m is None:
        return False
    # "yes" is never a determiner: `Yes it can` answers; `no` / `true` / `false` must end their clause
    return m.group().lower().startswith("yes") or m.group("next") in ("", ",", ".", ";", ":", "!", ")", "}", "$")


def _polarity(ws: list[str]) -> bool | None:
    """The yes/no of a short answer; None for a hedge (`yes or no`, `no, yes`) or a qualified one (`yes, not ...`).
    A `no` may be restated by one negated clause (`No, it cannot`, `No, it is not possible`): the negation agrees
    with it; two negations, or any after `yes`, make the claim unclear."""
    if not ws:
        return None
    rest = ws[1:]
    if ws[0] in ("no", "false"):
        if sum(w in _RESTATE_NEG for w in rest) == 1:
            rest = [w for w in rest if w not in _RESTATE_NEG]
        elif any(w in _AFFIRM or w in _PREDICATES for w in rest):
            return None  # `No, it is possible`, `No, 221 is prime`: the clause claims the opposite
    elif any(w in _RESTATE_NEG for w in rest):
        return None  # `Yes, it is impossible`: a negated clause after a yes
    if any(w in _NOT_PLAIN for w in rest):
        return None
    if ws[0] in ("yes", "true") and len(ws) <= 6:
        return True
    if ws[0] in ("no", "false") and len(ws) <= 6:
        return False
    return None
