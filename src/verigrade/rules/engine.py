"""The rule engine's entry point: cheap string checks first (same text, option letters), then parse + structural
compare, then text.

`check()` answers EQUAL, DIFFERENT or UNSURE with a method and evidence. It never raises for bad input
(the pipeline still guards against that) and checks the item's deadline cooperatively.
"""
from __future__ import annotations

import re

from ..deadline import Deadline
from ..types import Outcome, RuleResult
from .choice import compare_choice
from .compare import Ctx, compare
from .evaluate import EvalError, evaluate, free_symbols
from .lexer import LexError, tokenize
from .normalize import normalize
from .numeric import rename, renamings
from .parser import ParseError, parse
from .text import compare_text

MAX_ANSWER_CHARS = 3000
_SPACES = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:,\d{3})+)(?![\d,])")  # `0,111` is the list 0, 111
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?: \d{3})+)(?![\d,]| \d)")
_DECIMAL_COMMA = re.compile(r"^(-?\d+),(\d+)$")
_EURO_DECIMAL = re.compile(r"(?<![\d,])\d+,\d{1,2}(?![\d,])(?!\s*\d)")  # `2,5 kg`, not `2, 5` or `1,000`
_HAS_MATH = re.compile(r"[\d\\^=<>+\-*/()\[\]]")


def check(gold: str, answer: str, question: str | None, deadline: Deadline | None = None,
          rounding: str = "stated") -> RuleResult:
    """`rounding`: the approximation policy, "stated" | "asked" | "never" (rules/numeric.py)."""
    if len(answer) > MAX_ANSWER_CHARS:
        return RuleResult(Outcome.UNSURE, "rule:none", f"answer longer than {MAX_ANSWER_CHARS} characters", flags=("too_long",))
    g, a = normalize(gold), normalize(answer)
    if not a:
        return RuleResult(Outcome.DIFFERENT, "rule:none", "empty answer", flags=("no_answer",))
    if a.endswith("?") and not g.endswith("?"):
        return RuleResult(Outcome.UNSURE, "rule:none", "the answer is a question, not a claim", flags=("hedge",))
    if _squash(g) == _squash(a):
        return RuleResult(Outcome.EQUAL, "rule:exact", "same text after normalisation")
    choice = compare_choice(g, a, question, lambda opt, ans: check(opt, ans, None, deadline, rounding).outcome is Outcome.EQUAL)
    if choice is not None:
        return RuleResult(choice[0], "rule:choice", choice[1])
    ctx = Ctx.build(question, deadline, rounding)
    best: tuple | None = None
    euro = bool(question and _EURO_DECIMAL.search(question))
    gold_trees = _parse_variants(g, deadline, euro)
    ans_trees = _parse_variants(a, deadline, euro)
    for gt in _gold_alternatives(gold_trees):
        for at in _answer_alternatives(ans_trees, ctx):
            for mapping in renamings(gt, at, question):
                res = compare(gt, rename(at, mapping), ctx)
                if res[0] is Outcome.EQUAL:
                    ev = tuple(ctx.evidence) + (("renamed constant",) if mapping else ())
                    why = res[2] + (" after renaming " + ", ".join(f"{k}->{v}" for k, v in mapping.items()) if mapping else "")
                    return RuleResult(Outcome.EQUAL, "rule:" + res[1], why, evidence=ev)
                if not mapping and (best is None or _rank(res[0]) > _rank(best[0])):
                    best = res
    text = compare_text(g, a, question) if best is None or best[0] is Outcome.UNSURE else None
    if text is not None:
        return RuleResult(text[0], "rule:text", text[1], evidence=("text",))
    if (best is None or best[0] is Outcome.UNSURE) and gold_trees and _is_number(gold_trees[0]):
        if not _HAS_MATH.search(a) and len(a) < 200 and not _number_word(a):
            return RuleResult(Outcome.DIFFERENT, "rule:numeric", "the gold is a number and the answer holds none")
    if best is None:
        why = "could not parse the gold answer" if not gold_trees else "could not parse the answer"
        return RuleResult(Outcome.UNSURE, "rule:none", why, flags=("unparsed",))
    return RuleResult(best[0], "rule:" + best[1], best[2], evidence=tuple(ctx.evidence))


def _rank(o: Outcome) -> int:
    # when no reading is EQUAL, keep the most cautious verdict: UNSURE beats DIFFERENT
    return 1 if o is Outcome.UNSURE else 0


_INNER_SPACE = re.compile(r"(?<![\w])\s+|\s+(?![\w])")


def _squash(s: str) -> str:
    """Whitespace-insensitive text, but case and a space between two word characters are kept: `1 2` is not `12`,
    `X^{-3}` is not `x^{-3}`, `5 mW` is not `5 MW`."""
    return _INNER_SPACE.sub("", _SPACES.sub(" ", s))


def _parse_variants(s: str, deadline: Deadline | None, euro: bool = False) -> list:
    """The parse of `s`, plus readings of digit groups: `1,000` is also 1000; `3,5` is also 3.5, but only when the
    question writes decimals with a comma itself (`5,1` is otherwise the list 5, 1, as in "min and max")."""
    texts = [s]
    if _THOUSANDS.search(s):
        texts.append(_THOUSANDS.sub(lambda m: m.group(1).replace(",", ""), s))
    if _SPACE_THOUSANDS.search(s):  # `1 000`, `7 425 000`: groups of exactly three digits (never `1 2`)
        texts.append(_SPACE_THOUSANDS.sub(lambda m: m.group(1).replace(" ", ""), s))
    m = _DECIMAL_COMMA.match(s) if euro else None
    if m and len(m.group(2)) != 3:
        texts.append(f"{m.group(1)}.{m.group(2)}")
    out = []
    for t in texts:
        try:
            out.append(parse(tokenize(t, deadline), deadline))
        except (ParseError, LexError):
            continue
    return out


def _gold_alternatives(trees: list) -> list:
    """A gold written `X \\approx 1.36` accepts X or its stated approximation."""
    out = []
    for t in trees:
        if t[0] == "rel" and len(t[1]) == 3 and t[1][1] == "≈":
            out += [t[1][0], t[1][2]]
        else:
            out.append(t)
    return out


def _answer_alternatives(trees: list, ctx: Ctx) -> list:
    """An answer `X \\approx Y` counts as X, but only when Y is a fair approximation of X."""
    out = []
    for t in trees:
        if t[0] == "rel" and len(t[1]) == 3 and t[1][1] == "≈":
            if compare(t[1][0], t[1][2], Ctx.build(None, ctx.deadline, ctx.rounding))[0] is Outcome.EQUAL:
                out.append(t[1][0])
        else:
            out.append(t)
    return out


def _is_number(tree) -> bool:
    if free_symbols(tree):
        return False
    try:
        evaluate(tree)
        return True
    except EvalError:
        return False


_NUMBER_WORDS = re.compile(r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|half|third|quarter|none|infinitely|infinite)\b", re.I)


def _number_word(a: str) -> bool:
    return _NUMBER_WORDS.search(a) is not None
