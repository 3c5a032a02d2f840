"""The clauses of a final sentence (for extract_sentence.conclusion): which clause states the answer (after a reason
or a method, `_main_clause`), a trailing "attained at ..." left out, the numbers a sentence takes from the question, a
value equated to the asked expression, one letter's solutions joined by "or", and one value restated in another form
("$\\frac78$, i.e. $0.875$")."""
from __future__ import annotations

import re

from .extract_stated import _BE_LATER
from .extract_text import clean
from .extract_words import _ENDS, _NEXT, _NUMBER
from .rules.extremes import extreme_word, names_extreme, other_extreme

_CUE = re.compile(r"(?i)^(?:(?:therefore|thus|hence|so|in\s+conclusion|consequently|finally|in\s+summary|to\s+summarize|"
                  r"overall|altogether|all\s+in\s+all|in\s+total)\b[,:]?\s+)+")
# a relation inside a value: `a < \\frac32`, `x \\in (0, 1)`
_RELATION = re.compile(r"[=<>≤≥≠]|\\(?:le|ge|leq|geq|neq|ne|lt|gt|in|leqslant|geqslant)(?![A-Za-z])")
# a leading subordinate clause ("Since $x > y$, we get ...", "As the area is positive, ...") states a reason: the main
# clause after its comma is the statement
# (and a leading phrase that says by which method the value was found: "Combined with the domain $[-1, 1]$, the
# solution is ...", "Using the formula, ..."; never a condition, a case or a comparison: "If ...", "From case 1, ...",
# "By contrast, ...", "After doubling, ..." — those words, a parenthesis or a doubt in the phrase leave it whole)
_REASON_WORDS = r"since|as|because|given\s+that"
_SUBORDINATE = re.compile(r"(?i)^(?:" + _REASON_WORDS + r"|(?:combined|together|intersect(?:ed|ing))\s+with|"
                          r"using|applying|substituting|solving|simplifying)\s")
_REASON = re.compile(r"(?i)^(?:" + _REASON_WORDS + r")\s")
_NOT_METHOD = re.compile(r"(?i)\b(?:case|cases|only|other|another|contrast|comparison|compared|unverified|assum\w*|"
                         r"suppos\w*|if|unless|when|maybe|perhaps|not|first|second|instead)\b|[()?]")
_LATE_CUE = re.compile(r"(?i),\s+(?:so|thus|hence|therefore)\b")
_OR_JOINT = re.compile(r"\s*,?\s*or\s*")
_SOLUTION = re.compile(r"\s*([A-Za-z])\s*=\s*[^=<>]+")
# `x < 2`, `x \geq 3`: a bound on one letter (`$x<2$ or $x>3$` is the union of their solution sets)
_BOUND = re.compile(r"\s*([A-Za-z])\s*(?:<|>|≤|≥|\\(?:le|ge|leq|geq|lt|gt|leqslant|geqslant)(?![A-Za-z]))\s*[^=<>≤≥\\]"
                    r"[^=<>≤≥]*")
# one value restated in another form: "all $x < 4$, that is, $(-\infty, 4)$"; "$\frac78$, i.e. $0.875$"; "$\frac{11}{2}$,
# which is $5.5$" (the pipeline accepts the pair only when both are strictly one value)
_RESTATES = re.compile(r"\s*,?\s*(?:that\s+is|i\.e\.|in\s+other\s+words|or\s+equivalently|equivalently|which\s+is)"
                       r"\s*,?\s*")


def _main_clause(sentence: str, math_span: re.Pattern) -> str:
    """The clause of a final sentence that states its answer: after a late concluding word, or after a leading
    reason clause; else the whole sentence."""
    masked = math_span.sub(lambda m: "_" * len(m.group()), sentence)
    if not _CUE.match(sentence):
        # "The integers are 23, 24 and 25, so the largest is 25.": the clause a concluding word opens after a comma
        # concludes (the last such clause; what comes before it is the reasoning)
        # (only a clause that states a value: ", so the result is consistent." states no answer)
        later = list(_LATE_CUE.finditer(masked))
        rest = sentence[later[-1].start() + 1:].strip() if later else ""
        if rest and (_NUMBER.search(rest) or math_span.search(rest)):
            return rest
    if not _SUBORDINATE.match(sentence):
        return sentence
    comma = masked.find(",")
    if comma > 0 and not _REASON.match(sentence) and _NOT_METHOD.search(masked[:comma]):
        return sentence
    return sentence[comma + 1:].strip() if comma > 0 else sentence


# "The minimum value is $4$, attained at $x = 2$.", "The maximum area is 25, achieved by a 5 by 5 square.": a clause
# after the value that says where an extreme is reached
_WHERE = re.compile(r"(?i)\s*,\s*(?:which\s+(?:is\s+)?|and\s+(?:it\s+is\s+|this\s+is\s+)?)?(?:attained|achieved|reached|"
                    r"obtained|occurring|occurs)\s+(?:at|when|for|by|if|with|where)\b")
# the where-clause names a point only: a few words, no second clause, no turn ("; rechecking, the maximum is ...",
# ", but this point violates ...", ", which gives 5 instead")
_WHERE_TAIL = re.compile(r"(?i)[;,—–]|\s-\s|\b(?:but|although|though|however|actually|instead|correct\w*|recheck\w*|"
                         r"gives?|true|value|maximum|minimum|outside|violat\w*|provided|only|not|no|if|unless|except|"
                         r"hmm|wait|wrong|mistake|so|then|therefore|thus|hence)\b|n't\b")
# a question that asks where the extreme is reached too (its answer names the point as well)
_ASKS_WHERE = re.compile(r"(?i)\b(?:attain|achiev|reach|occur)\w*|\bat\s+which\b|\bwhen\b|\bcorresponding\b")


def _without_where(sentence: str, math_span: re.Pattern, not_plain: re.Pattern, question: str | None) -> str:
    """The sentence without a where-clause after its value (_WHERE), when its subject names the extreme the question
    asks for (extremes.py) and the question does not ask where it is reached; the clause must hold no hedge. Any
    other sentence is returned as it is."""
    if not question or "," not in sentence:
        return sentence
    masked = math_span.sub(lambda m: "_" * len(m.group()), sentence)
    m = _WHERE.search(masked)
    if m is None or _ASKS_WHERE.search(question) or not names_extreme(question):
        return sentence
    head = math_span.sub(" ", sentence[:m.start()])
    tail = math_span.sub(" x ", sentence[m.end():]).strip(" .!")
    if extreme_word(head) is None or other_extreme(head, question) or not_plain.search(tail) or _WHERE_TAIL.search(
            tail) or len(tail.split()) > 8:
        return sentence
    return sentence[:m.start()] + "."


def _given_numbers(sentence: str, question: str | None) -> set[int]:
    """Starts of the numbers of `sentence` that the question states with the same word after them ("12 pencils"),
    or that stand in the subject, before the first copula, as numbers the question writes ("The sum of the divisors of
    28 is 56.", "15% of 240 is 36."): quantities the problem gives, restated as the sentence's subject."""
    if not question:
        return set()
    out = set()
    cop = _BE_LATER.search(sentence)
    for m in _NUMBER.finditer(sentence):
        word = _NEXT.match(sentence, m.end())
        if word and word.group(1).isalpha() and re.search(
                rf"(?<![\d.,]){re.escape(m.group())}\s+{re.escape(word.group(1))}\b", question, re.I):
            out.add(m.start())
        elif cop and m.end() <= cop.start() and re.search(rf"(?<![\d.,]){re.escape(m.group())}(?![\d]|[.,]\d)", question):
            out.add(m.start())
    return out


_EQUATES = re.compile(r"(?i)\s*(?:(?:written|expressed|converted|rounded)\s+(?:as|to|in)\s+(?:a\s+|an\s+)?[a-z]+"
                      r"(?:\s+[a-z]+)?\s+)?(?:is|equals|is\s+equal\s+to|=)\s*")  # ("... written as a decimal is $0.15$")
_LETTER_NAME = re.compile(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])")  # a letter in a value: a name, not a number
_ASKS_SPAN = re.compile(r"(?i)\b(?:compute|calculate|evaluate|find|determine|simplify|what\s+is|write|express|convert)\s+"
                        r"(?:the\s+value\s+of\s+)?\Z")
_TEX_VARIANT = re.compile(r"(?<=\\)[dt](?=frac|binom)|\\left|\\right|\s+")


def _equated(sentence: str, start: int, math_span: re.Pattern, question: str | None) -> str | None:
    """"So $\\dbinom{10}{3}$ equals $120$.": after a concluding word (or none), the question's own math, a copula and
    one value ending the sentence, as the equation `\\dbinom{10}{3} = 120` (the rules check that its left side is what
    the question asks and that the equation holds). Only math the question writes as it is (up to `\\dfrac` /
    `\\frac` and spacing)."""
    if not question or "$" not in sentence:
        return None
    spans = list(math_span.finditer(sentence))
    if len(spans) != 2 or sentence[start:spans[0].start()].strip(" ,") or not _EQUATES.fullmatch(
            sentence, spans[0].end(), spans[1].start()) or not _ENDS.fullmatch(sentence, spans[1].end()):
        return None
    left, right = (clean(next(g for g in sp.groups() if g is not None)).strip() for sp in spans)
    key = _TEX_VARIANT.sub("", left)
    if len(key) < 3 or not right or _RELATION.search(left + right) or _LETTER_NAME.search(right) or \
            key in _TEX_VARIANT.sub("", right):
        return None  # (`$\\binom{10}{3}$ is $N$.`: a name for the value, not the value; nor the span restated)
    # the very span the question asks for: right after its asking verb ("Compute $\\dbinom{10}{3}$."; never a given
    # datum, "Given $f(2) = 5$, find $g(f(2))$.", nor a part of the asked span)
    asked = any(_TEX_VARIANT.sub("", next(g for g in m.groups() if g is not None)) == key and _ASKS_SPAN.search(
        question, max(0, m.start() - 40), m.start()) for m in math_span.finditer(question))
    return f"{left} = {right}" if asked else None


def _one_letter(spans: list) -> str | None:
    """"=" when every span is `x = value`, "<" when every span is `x = value` or a bound `x < value` (one at least),
    all for the same letter; else None."""
    texts = [next(g for g in sp.groups() if g is not None) for sp in spans]
    parts = [_SOLUTION.fullmatch(t) or _BOUND.fullmatch(t) for t in texts]
    if not all(parts) or len({p.group(1) for p in parts}) != 1:
        return None
    return "=" if all(p.re is _SOLUTION for p in parts) else "<"


def _restatement(sentence: str, spans: list, math_span: re.Pattern) -> str | None:
    """Two spans, the second restating the first ("that is", "i.e."), ending the sentence: both are returned in
    the form extract_values._restated reads, so the pipeline accepts them only when they are strictly one value."""
    if len(spans) != 2 or not _RESTATES.fullmatch(sentence, spans[0].end(), spans[1].start()) or not _ENDS.fullmatch(
            sentence, spans[1].end()):
        return None
    a, b = (next(g for g in sp.groups() if g is not None).strip() for sp in spans)
    return f"${a}$, that is, ${b}$" if a and b and "$" not in a + b else None
