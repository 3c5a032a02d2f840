"""The extreme a question asks for, and a statement that names the other one.

"The maximum value is 3." does not answer "Find the minimum value of f." (nor `\\text{largest value} = 3`): the value
may be right, but the statement is about another quantity. Extraction reads such a sentence as no plain statement, and
the rules do not drop such a label (UNSURE either way)."""
from __future__ import annotations

import functools
import re

# the two extremes a question may ask for; a statement naming one answers no question that asks only the other
_EXTREMES = (re.compile(r"(?i)\b(?:max(?:imum|imal|ima)?|largest|greatest|biggest|highest|most|longest)\b"),
             re.compile(r"(?i)\b(?:min(?:imum|imal|ima)?|smallest|least|lowest|fewest|shortest)\b"))


# where a question asks (its sentences with "what ...", "find ...": the data may name other extremes, "the difference
# between the largest and the smallest ..."), and bounds that name no extreme asked ("at least once")
_ASK = re.compile(r"(?i)\b(?:what|which|find|determine|compute|calculate|evaluate|give|state)\b")
_BOUND_WORDS = re.compile(r"(?i)\bat\s+(?:least|most)\b")


def extreme_word(words: str) -> str | None:
    """The first extreme word of `words` (`maximum`, `smallest`, ...), or None."""
    m = next((m for m in (p.search(words) for p in _EXTREMES) if m), None)
    return m.group() if m else None


def names_extreme(question: str) -> bool:
    """The question names an extreme anywhere (cached): without one, no statement can name the other."""
    return any(_asked_extremes(question)[1])


def other_extreme(words: str, question: str | None) -> bool:
    """`words` name an extreme (maximum, largest, ...) where the question asks only for the other one (minimum,
    smallest, ...), or names only the other one: "The maximum value is 3." for "Find the minimum value of f."
    states another quantity."""
    if not question:
        return False
    asked, named = _asked_extremes(question)  # (cached per question)
    if not any(named) or not _ANY_EXTREME.search(words):
        return False  # (the common case: the question or the statement names no extreme)
    for i, this in enumerate(_EXTREMES):
        if this.search(words) and ((not asked[i] and asked[1 - i]) or (not named[i] and named[1 - i])):
            return True
    return False


_ANY_EXTREME = re.compile("|".join(p.pattern.replace("(?i)", "") for p in _EXTREMES), re.I)


@functools.lru_cache(maxsize=1024)  # (a GRPO group asks one question 8-16 times)
def _asked_extremes(question: str) -> tuple[tuple[bool, bool], tuple[bool, bool]]:
    """(max, min) in the sentences that ask, from their "what" / "find" ... on (the data before them may name other
    extremes), and (max, min) anywhere in the question; bounds ("at least once") aside."""
    if not _ANY_EXTREME.search(question):
        return (False, False), (False, False)  # (most questions: one scan)
    asking = [x[m.start():] for x in re.split(r"(?<=[.?!])\s+", question) for m in [_ASK.search(x)] if m]
    ask = _BOUND_WORDS.sub(" ", " ".join(asking) if asking else question)
    whole = _BOUND_WORDS.sub(" ", question)
    return (tuple(bool(p.search(ask)) for p in _EXTREMES), tuple(bool(p.search(whole)) for p in _EXTREMES))
