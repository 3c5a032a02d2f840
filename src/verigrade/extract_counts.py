"""Counts stated in a final sentence, read against the question's "How many ...?": "There are 12 ways.", "360 has 24
positive divisors.", "A total of 28 games are played."; and the checks that keep other counts out ("So 8 balls are
red." for "How many balls are blue?", "Therefore, each team plays 28 games."). Used by extract_sentence.py."""
from __future__ import annotations

import functools
import re

from .extract_words import _CHANGES_VALUE, _COMMON, _ENDS, _NEXT, _NUMBER, _WORD, _stems, _words_of

# "Therefore, there are 12 ways.", "There are $5$ apples left.": a count stated with the noun counted
_THERE = re.compile(r"(?i)(?:(?:therefore|thus|hence|so|in\s+total|altogether|overall|in\s+all)\b[,:]?\s+)*there\s+"
                    r"(?:is|are|were|was|will\s+be)\s+(?:a\s+total\s+of\s+|exactly\s+)?"
                    r"(?P<n>\$?\s*\d[\d,]*(?:\.\d+)?\s*\$?)\s+(?P<adj>(?:possible|different|distinct|unique)\s+)?"  # ("56 possible
                    r"(?P<noun>[A-Za-z]{2,20})(?P<rest>[^.!?$\\]{0,80}?)\s*[.!]?\s*")  # committees": the noun is counted)


_HOW_MANY_NOUN = re.compile(r"(?i)\bhow\s+many\s+([a-z]{3,15})\b")


def _counted_after(sentence: str, end: int, question: str | None) -> bool:
    """The word right after a number is the noun the question counts ("How many days ...?": `12 days`), and it
    ends the sentence."""
    m = _HOW_MANY_NOUN.search(question or "")
    nxt = _NEXT.match(sentence, end)
    return bool(m and nxt and _stems(nxt.group(1)) & _stems(m.group(1))
                and _ENDS.fullmatch(sentence, nxt.end()) and _same_ask(sentence, question))


# "How many days earlier ...?", "How many boys can't swim?": a comparison or a negation in what is counted, which the
# statement must make too ("Lena finishes in 30 days." counts days, not days earlier)
_ASK_COMPARISON = re.compile(r"(?i)\bhow\s+many\s+[a-z]+(?:\s+[a-z]+)?\s+(earlier|later|more|less|fewer|longer|shorter|"
                             r"faster|slower|older|younger|left|remaining|extra|apart)\b")
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|neither|nor)\b|n't\b")


def _same_ask(sentence: str, question: str | None) -> bool:
    q = question or ""
    at = q.lower().rfind("how many")
    ask = q[at:] if at >= 0 else q
    comparison = _ASK_COMPARISON.search(ask)
    if comparison and not re.search(rf"(?i)\b{comparison.group(1)}\b", sentence):
        return False
    return bool(_NEGATION.search(ask)) == bool(_NEGATION.search(sentence))


def there_are(sentence: str, not_plain: re.Pattern, question: str | None) -> str | None:
    """The count a "there are N <noun> ..." sentence states, with its noun (`12 ways`: the rules check the noun is
    the question's), when every word after the number is the question's or common ("There are 12 ways to arrange
    them." for "In how many ways can the books be arranged?"); None otherwise, and without a question (a noun that
    cannot be checked), or with a hedge or a comparison word ("There are at least 12 ways.")."""
    m = _THERE.fullmatch(sentence.strip())
    if m is None or not question or not_plain.search(sentence) or _CHANGES_VALUE.search(sentence):
        return None
    if not _words_of(m["noun"] + m["rest"], question) or not _same_ask(sentence, question):
        return None
    if m["adj"] and (not re.search(r"(?i)\bhow\s+many\b", question) or re.search(r"(?i)\d|\b(?:each|per|apiece)\b",
                                                                                     m["rest"])):
        return None  # ("There are 2 distinct solutions." for "What is the smaller solution?": a count, no value asked)
    return f"{m['n'].strip('$ ')} {m['noun']}"


# a "How many ...?" clause: the counted words, then a verb ("how many positive divisors | does 360 have",
# "how many games | are played", "how many divisors of 360 | are odd")
_HOW_MANY_CLAUSE = re.compile(r"(?i)\bhow\s+many\s+(?:total\s+)?(?P<body>[^?!\n]{2,160}?)\s*\?")
_PLAIN_NUMBER = re.compile(r"(?<![\w.,/^_{\\$])\d+(?![\w.,/}%$]|\.\d)")
_PLACES = frozenset("in on at inside within among there".split())
_AUX = frozenset("does do did can could will would should must might may".split())
_BE = frozenset("are is were was have has had been be".split())


@functools.lru_cache(maxsize=512)  # (one question, many rollouts)
def _how_many(question: str) -> tuple | None:
    """The question's one "How many ...?" clause read as (counted words, words qualifying them, words after its
    verb, the predicate a statement must state (none after "does / can ..."), whether that predicate only places
    the things ("are in the park")), or None."""
    clauses = list(_HOW_MANY_CLAUSE.finditer(question))
    if len(clauses) != 1:
        return None
    body = re.sub(r"[-,()]|\.(?!\d)", " ", clauses[0].group("body").lower()).replace("’", "'").split()
    k = 0
    while k < len(body) and body[k] not in _COMMON and body[k] not in _AUX and body[k] not in _BE and not \
            _VERBISH.match(body[k]):
        k += 1
    asked, rest = body[:k], body[k:]
    verb = next((i for i, w in enumerate(rest) if w in _AUX or w in _BE), None)
    if not asked or verb is None:
        return None
    qualifier = tuple(w for w in rest[:verb] if w not in _COMMON)  # ("of 360": 360)
    after = tuple(w for w in rest[verb + 1:] if w not in _COMMON and w not in _BE)
    # (a predicate that only places the things, "are in the park", may go unsaid; "are blue", "are played" may not)
    placed = rest[verb] in _BE and verb + 1 < len(rest) and rest[verb + 1] in _PLACES
    return tuple(asked), qualifier, after, () if rest[verb] in _AUX else after, placed


def _within(words, allowed) -> bool:
    """Every word is one of `allowed` up to inflection (or "total")."""
    pool = set().union(*(_stems(w) for w in allowed)) if allowed else set()
    return all(_stems(w) & pool or w == "total" for w in words)


def _after_counted(sentence: str, end: int, asked: tuple, total: bool = False) -> list | None:
    """The words (lower case) after a number at `end` and the counted words that open them (`24 positive divisors
    ...`; with `total`, also after "total": `28 total pets`); None when they do not open them."""
    said = [w.lower() for w in _WORD.findall(sentence[end:])]
    if total and said[:1] == ["total"] and asked[:1] != ("total",):
        said = said[1:]
    if len(said) < len(asked) or not all(_stems(w) & _stems(a) for w, a in zip(said, asked)):
        return None
    return said[len(asked):]


def _counted_tail(sentence: str, end: int, asked: tuple) -> list | None:
    """_after_counted, less common words."""
    rest = _after_counted(sentence, end, asked)
    return None if rest is None else [w for w in rest if w not in _COMMON and w not in _BE]


def predicate_off(sentence: str, end: int, question: str | None) -> bool:
    """The number ending at `end` is followed by the question's counted words and then by a predicate other than
    the question's ("So 8 balls are red." for "How many balls are blue?"): another set of things counted."""
    shape = _how_many(question) if question else None
    rest = _after_counted(sentence, end, shape[0], total=True) if shape else None  # ("28 total pets")
    if rest is None:
        return False
    _, qualifier, after, predicate, _ = shape
    verb = next((i for i, w in enumerate(rest) if w in _BE), len(rest))
    # the noun's own complement ("cups of flour") may use any of the question's words; what a verb then states of
    # the things counted ("are red") must be the question's predicate
    own = [w for w in rest[:verb] if w not in _COMMON]
    stated = [w for w in rest[verb + 1:] if w not in _COMMON and w not in _BE]
    return not _within(own, tuple(w.lower() for w in _WORD.findall(question))) or not _within(
        stated, (predicate or after) + qualifier)


_ANSWER_WORDS = frozenset("result answer number value final".split())
_DISTRIBUTIVE = frozenset("each every per".split())
_PRONOUNS = frozenset("it he she they we you i".split())


def subject_off(sentence: str, start: int, end: int, question: str | None) -> bool:
    """The words of sentence[start:end] (a count's subject) name other things than the question's "How many ...?"
    clause does ("Therefore, each of the marbles has 71 points." for "How many points did he score?")."""
    if not question:
        return False
    shape = _how_many(question)
    # (a name the question uses stands for its pronoun: "Hillary has 7 nickels." for "How many nickels does she have?")
    subject = [w.lower() for w in _WORD.findall(sentence[start:end]) if not (w[:1].isupper() and re.search(
        rf"\b{re.escape(w)}\b", question))]
    clause = _HOW_MANY_CLAUSE.search(question).group("body").lower().split() if shape else question.lower().split()
    if any(w in _DISTRIBUTIVE and w not in clause for w in subject):
        return True  # "Therefore, each team plays 28 games.": a count per team, not the one asked
    subject = [w for w in subject if w not in _COMMON and w not in _BE and w not in _ANSWER_WORDS]
    if shape is None:
        return False  # (no "How many ...?" clause to read the subject against)
    words = tuple(w.lower() for w in _WORD.findall(question))
    asked, qualifier, after, _, _ = shape
    allowed = asked + qualifier + after
    if any(w in _PRONOUNS for w in clause):
        allowed += words  # ("does it produce": the question's company)
    return bool(subject) and not _within(subject, allowed)


def counted_statement(sentence: str, not_plain: re.Pattern, question: str) -> str | None:
    """A count stated with the noun the question counts ("360 has 24 positive divisors.", "A decagon has 35
    diagonals.", "A total of 28 games are played." for "How many games are played?"): the one number the question
    does not give, followed by the counted words as the question writes them after "how many". The question's clause
    decides the rest (_how_many): after "does / can / will ..." the sentence's subject may use only the words of the
    question's subject ("does a convex decagon have": "A decagon"); after "are / is ..." it states the question's
    predicate after the noun and has no subject of its own ("are played", never "are red" for "are blue"); words
    that qualify the counted noun ("divisors of 360 are odd") must all be stated. No math, hedge, value-changing
    word; the question's comparison or negation kept. Returned as `N noun` (the rules read the noun against the
    question)."""
    shape = _how_many(question)
    if shape is None or "$" in sentence or "\\" in sentence or not_plain.search(sentence) or \
            _CHANGES_VALUE.search(sentence) or not _words_of(sentence, question) or not _same_ask(sentence, question):
        return None
    if len(_NUMBER.findall(sentence)) != len(_PLAIN_NUMBER.findall(sentence)):
        return None  # a decimal, a fraction, `1,000`: not a count
    asked, qualifier, after, predicate, placed = shape
    given = set(re.findall(r"\d+(?:\.\d+)?", question))
    counts = []
    for m in _PLAIN_NUMBER.finditer(sentence):
        tail = _counted_tail(sentence, m.end(), asked)
        if tail is not None:
            counts.append((m, tail))
        elif m.group() not in given:
            return None  # another number than the question's own: a second value
    if len(counts) != 1:
        return None
    m, tail = counts[0]
    subject = [w.lower() for w in _WORD.findall(sentence[:m.start()]) if w.lower() not in _COMMON] + [
        x for x in re.findall(r"\d+", sentence[:m.start()])]
    stated = set().union(*(_stems(w) for w in _WORD.findall(sentence.lower()))) | set(re.findall(r"\d+", sentence))
    if not all(_stems(w) & stated or w in stated for w in qualifier):
        return None  # "360 has 6 positive divisors." for "How many positive divisors of 360 are odd?"
    if predicate:
        if subject and not _within(subject, ()) or not (
                _within(tail, predicate + qualifier) and (placed or _within(predicate, tail))):
            return None  # "8 balls are red." for "How many balls are blue?"; "Each team plays 28 games."
    elif not _within(subject, after + qualifier) or not _within(tail, after):
        return None  # "A nonagon has 35 diagonals." for "... does a convex decagon have?"
    return f"{m.group()} {asked[-1]}"


# a verb or particle that may follow the counted noun ("28 games are played", "12 ways to arrange them")
_VERBISH = re.compile(r"(?i)(?:are|is|were|was|can|could|will|would|to|that|which|in|on|of|for|with|left|remain\w*|"
                      r"played|needed|used|made|formed|drawn|possible)\Z")
