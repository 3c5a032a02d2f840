"""Words around the gold ("hedge templates"), and planting answers in whole responses.

Templates come in families; each family is one kind (`hedge_<family>`), the template name goes in `detail`.
- value families (scale, op, approx) change the number the words denote: each carries the plain LaTeX the
  oracle reads instead ("{G} thousand" -> `(G)\\cdot 1000`), so a template is kept only where the oracle proves
  the value differs (`twice 0` is dropped).
- logical families (negation, choice, bound, doubt, incomplete) are wrong by construction: they deny the gold,
  offer several values, give only a bound, do not commit, or leave the expression unfinished.
"""
from __future__ import annotations

import random
import re
from typing import Iterator

from .mutations import Ctx, Mut, _spell

# (name, family, template, oracle reading or None for by-construction). {G} gold, {W} another (wrong) value.
TEMPLATES: list[tuple[str, str, str, str | None]] = [
    ("thousand", "scale", "{G} thousand", "({G})\\cdot 1000"),
    ("million", "scale", "{G} million", "({G})\\cdot 1000000"),
    ("billion", "scale", "{G} billion", "({G})\\cdot 10^{9}"),
    ("hundred", "scale", "{G} hundred", "({G})\\cdot 100"),
    ("dozen", "scale", "{G} dozen", "({G})\\cdot 12"),
    ("percent_word", "scale", "{G} percent", "({G})/100"),
    ("percent_sign", "scale", "{G}\\%", "({G})/100"),
    ("thousandths", "scale", "{G} thousandths", "({G})/1000"),
    ("negative", "op", "negative {G}", "-({G})"),
    ("minus", "op", "minus {G}", "-({G})"),
    ("the_negative_of", "op", "the negative of {G}", "-({G})"),
    ("twice", "op", "twice {G}", "2({G})"),
    ("double", "op", "double {G}", "2({G})"),
    ("triple", "op", "triple {G}", "3({G})"),
    ("half_of", "op", "half of {G}", "({G})/2"),
    ("squared", "op", "{G} squared", "({G})^{2}"),
    ("cubed", "op", "{G} cubed", "({G})^{3}"),
    ("square_of", "op", "the square of {G}", "({G})^{2}"),
    ("reciprocal", "op", "the reciprocal of {G}", "1/({G})"),
    ("reciprocal_bare", "op", "reciprocal of {G}", "1/({G})"),
    ("sqrt_of", "op", "the square root of {G}", "\\sqrt{{G}}"),
    ("plus_3", "op", "{G} plus 3", "{G}+3"),
    ("minus_1", "op", "{G} minus 1", "{G}-1"),
    ("times_2", "op", "{G} times 2", "({G})\\cdot 2"),
    ("two_times", "op", "2 times {G}", "2({G})"),
    ("divided_by_2", "op", "{G} divided by 2", "({G})/2"),
    ("over_2", "op", "{G} over 2", "({G})/2"),
    ("power_2", "op", "{G} to the power of 2", "({G})^{2}"),
    ("one_more", "op", "one more than {G}", "{G}+1"),
    ("one_less", "op", "one less than {G}", "{G}-1"),
    ("approximately", "approx", "approximately {R}", "{R}"),
    ("about", "approx", "about {R}", "{R}"),
    ("roughly", "approx", "roughly {R}", "{R}"),
    ("approx_sign", "approx", "\\approx {R}", "{R}"),
    ("around", "approx", "around {R}", "{R}"),
    ("nearly", "approx", "nearly {R}", "{R}"),
    ("cannot_be", "negation", "cannot be {G}", None),
    ("is_wrong", "negation", "{G} is wrong", None),
    ("not", "negation", "not {G}", None),
    ("not_equal_to", "negation", "not equal to {G}", None),
    ("paren_wrong", "negation", "{G} (wrong)", None),
    ("it_is_not", "negation", "It is not {G}", None),
    ("definitely_not", "negation", "definitely not {G}", None),
    ("is_incorrect", "negation", "{G} is incorrect", None),
    ("is_not_the_answer", "negation", "{G} is not the answer", None),
    ("answer_is_not", "negation", "the answer is not {G}", None),
    ("neq", "negation", "\\neq {G}", None),
    ("except", "negation", "anything except {G}", None),
    ("or", "choice", "{G} or {W}", None),
    ("either_or", "choice", "either {G} or {W}", None),
    ("or_rev", "choice", "{W} or {G}", None),
    ("and", "choice", "{G} and {W}", None),
    ("text_or", "choice", "{G} \\text{ or } {W}", None),
    ("or_possibly", "choice", "{G} or possibly {W}", None),
    ("between", "choice", "between {G} and {W}", None),
    ("pm", "choice", "{G} \\pm 1", None),
    ("at_least", "bound", "at least {G}", None),
    ("more_than", "bound", "more than {G}", None),
    ("at_most", "bound", "at most {G}", None),
    ("less_than", "bound", "less than {G}", None),
    ("greater_than", "bound", "greater than {G}", None),
    ("no_more_than", "bound", "no more than {G}", None),
    ("geq", "bound", "\\geq {G}", None),
    ("gt", "bound", "> {G}", None),
    ("lt", "bound", "< {G}", None),
    ("or_more", "bound", "{G} or more", None),
    ("or_less", "bound", "{G} or less", None),
    ("up_to", "bound", "up to {G}", None),
    ("question_mark", "doubt", "{G}?", None),
    ("maybe", "doubt", "maybe {G}", None),
    ("perhaps", "doubt", "perhaps {G}", None),
    ("possibly", "doubt", "possibly {G}", None),
    ("i_guess", "doubt", "I guess {G}", None),
    ("not_sure", "doubt", "{G} (not sure)", None),
    ("i_think", "doubt", "{G}, I think, but I am not sure", None),
    ("percent_of", "incomplete", "{G} percent of", None),
    ("times_blank", "incomplete", "{G} times", None),
    ("plus_blank", "incomplete", "{G} plus", None),
]
FAMILIES = sorted({f for _, f, _, _ in TEMPLATES})
_PROSE_FAMILIES = {"negation", "doubt", "choice"}
_SOLUTION = re.compile(r"\\boxed|\bthe (?:final )?answer is\b", re.I)
_PERCENT_Q = re.compile(r"percent|%", re.I)


def hedges(ctx: Ctx, rng: random.Random, alt: str | None, per_gold: int) -> Iterator[Mut]:
    """`per_gold` templates sampled (seeded) from those that apply to this gold; `alt` is a wrong value for {W}."""
    g = ctx.gold.strip("$ ")
    if _SOLUTION.search(g):
        return  # a whole reference solution as gold: a word put before it does not hedge its final answer
    numeric = ctx.scalar is not None
    r = None
    v = ctx.number
    if v is not None and not v.is_Integer and abs(float(v)) < 1e12:
        r = str(int(round(float(v))))
    usable = []
    for name, fam, tpl, reading in TEMPLATES:
        if reading is not None and not numeric:
            continue  # a value template needs a gold the oracle reads as a scalar
        if ctx.value is None and fam not in _PROSE_FAMILIES or name == "pm" and not numeric:
            continue  # "greater than Possible", "Solved plus", "(E) \pm 1" are nonsense, not hedges
        if fam == "approx" and r is None:
            continue  # only for non-integer golds: "approximately 5" for 5.3
        if "{W}" in tpl and alt is None:
            continue
        if name in ("percent_sign", "percent_word") and _PERCENT_Q.search(ctx.question or ""):
            continue  # 5\% for gold 5 is the same answer when the question is in percent
        usable.append((name, fam, tpl, reading))
    for name, fam, tpl, reading in rng.sample(usable, min(per_gold, len(usable))):
        text = tpl.replace("{G}", g).replace("{W}", alt or "").replace("{R}", r or "")
        oracle_text = reading.replace("{G}", g).replace("{R}", r or "") if reading else None
        yield Mut(f"hedge_{fam}", text, True, by_construction=reading is None, detail=name, oracle_text=oracle_text)


# ------------------------------------------------------------------ planting in whole responses
def _bare(x: str) -> str:
    x = x.strip()
    return x[1:-1].strip() if len(x) > 1 and x[0] == "$" and x[-1] == "$" and "$" not in x[1:-1] else x


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PLAIN_VALUE = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")  # (plain-text math: a number or a slash fraction)


def _top_parts(x: str) -> list[str]:
    """`x`'s parts at top-level commas (outside brackets and braces); [x] when there is none."""
    parts, depth, cur = [], 0, ""
    for c in x:
        depth += c in "([{" and 1 or (c in ")]}" and -1 or 0)
        if c == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += c
    return [p for p in parts + [cur.strip()] if p]


def _span_list(x: str) -> str | None:
    """`$8$, $4$`: a list written a math span per part (None for a one-part or non-math value)."""
    parts = _top_parts(x)
    if len(parts) < 2 or "$" in x or "\\text" in x or "\\!" in x:
        return None
    return ", ".join(f"${p}$" for p in parts)


def _math(x: str, prose: bool) -> str:
    """Math in $...$; prose bare, unless it carries LaTeX markup (`2 \\text{ hours}`, `\\begin{pmatrix}`): a
    model writes markup in math mode, so such a gold is planted in $...$ too (when it has no $ of its own)."""
    if re.search(r"(?<!\\)\$", x):
        return x  # `$22.40`: it brings its own (currency) dollar, as a plain-text response writes it
    return x if prose and not re.search(r"\\[A-Za-z]", x) else f"${x}$"


def _inline(x: str, prose: bool) -> str:
    """One inline span alone on a line (`$x = 2$`); a prose gold (its own words, "Answer: ...") as a display block."""
    return f"\\[ {x} \\]" if prose or re.search(r"(?<!\\)\$", x) else f"${x}$"


# a summary after </think> that states no answer of its own
_SUMMARY = ("We expand the product and collect the terms.\nThen we compare both sides of the equation carefully.\n"
            "Each step above can be checked directly.\n")


def _question_number(question: str | None) -> str | None:
    """A number the question writes (its first), for statements that restate it in their subject."""
    m = re.search(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d]|[.,]\d)", question or "")
    return m.group() if m else None


_EACH = re.compile(r"\beach\s+([a-z]{3,12})\b")


def _each_frames(w: str, g: str, lead: str, question: str | None) -> list[tuple[str, str]]:
    """"Each friend pays $12.50." for "How much does each friend pay?" (extract_stated._THING): the value the
    statement's verb states."""
    m = _EACH.search((question or "").lower())
    if m is None or not (_PLAIN_NUMBER.fullmatch(w) and _PLAIN_NUMBER.fullmatch(g)):
        return []
    n = m.group(1)
    return [("resp_statement", f"{lead}we check each case.\nEach {n} gets {w}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nEach {n} gets {g} or {w}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nEach {n} gets maybe {g}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nEach {n} gets {g} more."),
            ("resp_hedge_statement", f"{lead}we check each case.\nEach banana gets {g}.")]


def _spelled_frames(w: str, g: str, lead: str, question: str | None) -> list[tuple[str, str]]:
    """"So Tom has twenty-seven marbles." for "How many marbles ...?" (extract_sentence._spelled_count): the number
    word before the counted noun is the number."""
    noun = _counted(question or "")
    if noun is None or not (re.fullmatch(r"\d{1,2}", w) and re.fullmatch(r"\d{1,2}", g)):
        return []
    sw, sg = _spell(int(w)), _spell(int(g))
    return [("resp_statement", f"{lead}we check each case.\nSo there are {sw} {noun}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nSo there are {sg} {noun} or {sw} {noun}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nSo there are {sg} more {noun}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nSo there are maybe {sg} {noun}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nSo there are {sg} of the {noun}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nSo there are {sg} {noun} fewer.")]


def _given_frames(w: str, g: str, lead: str, question: str | None) -> list[tuple[str, str]]:
    """A statement whose subject restates a number of the question ("The sum of the divisors of 28 is 56.",
    extract_sentence._given_numbers): the value after the copula is its answer."""
    n = _question_number(question)
    if n is None or not (_PLAIN_NUMBER.fullmatch(w) and _PLAIN_NUMBER.fullmatch(g)):
        return []
    return [("resp_statement", f"{lead}we check each case.\nThe value for {n} is {w}."),
            ("resp_statement", f"{lead}we check each case.\nTherefore, {n}% of the total is **{w}**."),
            ("resp_hedge_statement", f"{lead}we check each case.\nThe value for {n} is {g} or {w}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nThe value for {n} is not {g}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nThe value for {g} is {w}."),
            ("resp_hedge_statement", f"{lead}we check each case.\nThe value for {n} is {g} more."),
            ("resp_hedge_statement", f"{lead}we check each case.\nThe value for {n} is maybe {g}.")]


def _short_frames(w: str, g: str) -> list[tuple[str, str]]:
    """A whole answer written as one short sentence without a full stop ("The area is 12 square units",
    extract_sentence._BARE_SENTENCE): read as the sentence it is, hedges and all."""
    if not (_PLAIN_NUMBER.fullmatch(w) and _PLAIN_NUMBER.fullmatch(g)):
        return []
    return [("resp_bold", f"Work.\n\n**The required value is {w}.**"),
            ("resp_hedge_bold", f"Work.\n\n**The required value is {g} or {w}.**"),
            ("resp_hedge_bold", f"Work.\n\n**The required value is maybe {g}.**"),
            ("resp_hedge_bold", f"Work.\n\n**The required value is not {g}.**"),
            ("resp_hedge_bold", f"Work.\n\n**The guessed value is {g}.**"),
            ("resp_statement", f"The required value is {w}"),
            ("resp_statement", f"The required value is {w} square units"),
            ("resp_hedge_statement", f"The required value is {g} or {w}"),
            ("resp_hedge_statement", f"The required value is not {g}"),
            ("resp_hedge_statement", f"The required value is maybe {g}"),
            ("resp_hedge_statement", f"The required value is at least {g}"),
            ("resp_hedge_statement", f"The required value is {g} thousand"),
            ("resp_hedge_statement", f"The required value is {g}, or {w}"),
            ("resp_hedge_statement", f"I think the required value is {g}, not sure")]


def plant_wrong(w: str, g: str, prose: bool, question: str | None = None) -> list[tuple[str, str]]:
    """(kind, response) for one wrong answer W. The hedge forms pair W with the gold G: whichever one a
    grader picks, the response committed to two different answers (or, for doubt, to W), so each is wrong."""
    lead = "Let me work through the problem step by step.\nAfter simplifying, "
    w, g = _bare(w), _bare(g)
    return _given_frames(w, g, lead, question) + _each_frames(w, g, lead, question) + _short_frames(w, g) + \
        _spelled_frames(w, g, lead, question) + [
        ("resp_sentence", f"{lead}so the answer is {_math(w, prose)}."),
        ("resp_boxed", f"{lead}the final answer is \\boxed{{{w}}}."),
        ("resp_tag", f"{lead}I am done.\n<answer>{w}</answer>"),
        ("resp_hedge_box_or", f"{lead}<answer>\\boxed{{{w}}} or \\boxed{{{g}}}</answer>"),
        ("resp_hedge_tag_or", f"{lead}<answer>{w}</answer> or <answer>{g}</answer>"),
        ("resp_hedge_tag_then_box", f"<answer>{g}</answer>\nOn second thought, \\boxed{{{w}}}"),
        ("resp_hedge_doubt", f"I doubt the answer is {_math(g, prose)}. The correct value is {_math(w, prose)}."),
        ("resp_hedge_alternatively", f"The answer is {_math(g, prose)}. Alternatively, it could be {_math(w, prose)}."),
        # a modal hedges its own statement ("So that could be G."); after `that` in a subject it does not, and the
        # statement's value is then the one after the main verb (W)
        ("resp_hedge_modal", f"{lead}we check each case.\nSo that could be {_math(g, prose)}."),
        ("resp_hedge_modal", f"{lead}we check each case.\nThe answer is {_math(w, prose)}, but that might be "
                             f"{_math(g, prose)}."),
        ("resp_hedge_modal", f"{lead}we check each case.\nThus the value that could be {_math(g, prose)} is "
                             f"{_math(w, prose)}."),
        ("resp_conclusion", f"{lead}we check each case.\nThus the number that could be taken here is "
                            f"{_math(w, prose)}."),
        # "between" naming what the subject measures, and bounding the value
        ("resp_conclusion", f"{lead}we check each case.\nThus the distance between the points is {_math(w, prose)}."),
        ("resp_hedge_between", f"{lead}we check each case.\nThus the distance between them is between "
                               f"{_math(g, prose)} and {_math(w, prose)}."),
        ("resp_hedge_between", f"{lead}we check each case.\nThe difference between them is {_math(g, prose)} or "
                               f"{_math(w, prose)}."),
        # a run-on line: a capitalised concluding word starts the last sentence
        ("resp_conclusion", f"{lead}at first we get {_math(g, prose)} Therefore, the result is {_math(w, prose)}."),
        ("resp_hedge_doubt", f"{lead}I doubt the result is {_math(g, prose)} Therefore, the result is {_math(w, prose)}."),
        ("resp_hedge_doubt", f"{lead}do not conclude So the result is {_math(g, prose)}."),
        ("resp_hedge_conclusion", f"{lead}we add 2 + 3 = 5 Therefore, the result is {_math(g, prose)} or "
                                  f"{_math(w, prose)}."),
        # a statement ending on a number and its unit (the strict shape), a dimension after it only when asked
        *([("resp_statement", f"{lead}we check each case.\nThe required value is {w} J."),
           ("resp_hedge_statement_unit", f"{lead}we check each case.\nThe required value is {g} m wider."),
           ("resp_hedge_statement_unit", f"{lead}we check each case.\nThe required value is {g} m or {w} m."),
           ("resp_hedge_statement_unit", f"{lead}we check each case.\nThe required value is {g} m sideways.")]
          if _PLAIN_VALUE.fullmatch(w) and _PLAIN_VALUE.fullmatch(g) else []),
        # full-width stops and commas (`Therefore，... 。`) end sentences as their ASCII forms do
        ("resp_conclusion", f"{lead}we check each case。\nTherefore，the result is {_math(w, prose)}。"),
        ("resp_hedge_conclusion", f"{lead}we check each case。\nTherefore，the result is {_math(g, prose)} or "
                                  f"{_math(w, prose)}。"),
        ("resp_hedge_doubt", f"I doubt the answer is {_math(g, prose)}。The correct value is {_math(w, prose)}。"),
        # a last line of plain-text math (`x = 5`, `∴ h = 5 m`): the value of the name
        *([("resp_plain_math", f"{lead}we check each case.\nSo x = {w}"),
           ("resp_plain_math", f"{lead}we check each case.\n∴ h = {w} m"),
           ("resp_hedge_plain_math", f"{lead}maybe it is this one, I am not sure.\nSo x = {g}"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nSo x = {g} or {w}"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nSo x = {g}?"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nx = {w}\nSo x = {g}"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nRandom:\nSo x = {g}"),
           # without a concluding word: read only as the name of a derivation above, under a finished sentence
           # that neither doubts nor denies (extract_endings._derived)
           ("resp_plain_math", f"{lead}we solve x + 0 = {w} for x.\nx = {w}"),
           ("resp_plain_math", f"{lead}the ratio is Ratio = {w} / 1.\nRatio ≈ {w}"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nx = {g}"),
           ("resp_hedge_plain_math", f"{lead}we solve x + 0 = {g} for x:\nx = {g}"),
           ("resp_hedge_plain_math", f"{lead}we solve x + 0 = {g} for x.\nx = {w}\nx = {g}"),
           ("resp_hedge_plain_math", f"{lead}I am not sure that x + 0 = {g}.\nx = {g}"),
           ("resp_hedge_plain_math", f"{lead}it is not x = {w}.\nx = {g} or {w}"),
           ("resp_hedge_plain_math", f"{lead}we solve Perhaps = {g} here.\nPerhaps ≈ {g}"),
           ("resp_hedge_plain_math", f"{lead}we solve Maybe = {g} here.\nMaybe = {g}"),
           ("resp_hedge_plain_math", f"{lead}I give up, x = {g} is a guess.\nx = {g}"),
           # a common function at its argument names the value (`So gcd(84, 126) = 42`, `So sin 75° = ...`)
           ("resp_plain_math", f"{lead}we check each case.\nSo gcd(84, 126) = {w}"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nSo sin 75° = {g} or {w}"),
           ("resp_hedge_plain_math", f"{lead}maybe it is this one.\nSo gcd(84, 126) = {g}"),
           # the solutions of one letter joined by "or" (_PLAIN_OR_LINE)
           ("resp_plain_math", f"{lead}we check each case.\nSo x = {w} or x = {w}0"),
           ("resp_hedge_plain_math", f"{lead}we check each case.\nSo x = {g} or y = {w}"),
           ("resp_hedge_plain_math", f"{lead}maybe it is this one.\nSo x = {g} or x = {g}")]
          if _PLAIN_VALUE.fullmatch(w) and _PLAIN_VALUE.fullmatch(g) else []),
        # "the correct answer / option is"
        ("resp_sentence", f"{lead}so the correct answer is {_math(w, prose)}."),
        ("resp_hedge_doubt", f"I doubt the correct answer is {_math(g, prose)}. The correct option is {_math(w, prose)}."),
        ("resp_hedge_doubt", f"{lead}maybe the correct answer is {_math(g, prose)}."),
        ("resp_conclusion", f"{lead}we check each case.\nTherefore, the result is {_math(w, prose)}."),
        ("resp_conclusion", f"{lead}we get {_math(g, prose)}.\nTherefore, the result is {_math(w, prose)}. "
                            "I hope it is correct."),
        ("resp_hedge_conclusion", f"{lead}we check each case.\nTherefore, the result is {_math(g, prose)} or "
                                  f"{_math(w, prose)}."),
        ("resp_hedge_special_token", f"{lead}the final answer is \\boxed{{{w}}}.<|im_end|>\n<|im_start|>user\n"
                                     f"\\boxed{{{g}}}"),
        ("resp_late_final", f"{lead}the final answer is \\boxed{{{g}}}. Final Answer: The final answer is "
                            f"{_math(w, prose)}."),
        ("resp_bold", f"{lead}we check each case.\n\n**{_math(w, prose)}**"),
        ("resp_display", f"{lead}we check each case. The result is\n\\[\n{w}\n\\]"),
        ("resp_hedge_display", f"{lead}we check each case. It could be\n\\[ {g} \\]\n\\[ {w} \\]"),
        ("resp_hedge_display", f"{lead}we check each case. The result is\n$$ {g} $$ or $$ {w} $$"),
        # a finished sentence, then the closing block (or one inline span on the last line)
        ("resp_display", f"{lead}we check each case, and find {_math(g, prose)} or more.\n$$ {w} $$"),
        ("resp_display", f"{lead}we check each case.\n{_inline(w, prose)}"),
        ("resp_hedge_display", f"{lead}we check each case. This might be wrong.\n$$ {g} $$"),
        ("resp_hedge_display", f"{lead}we check each case. It could be\n{_inline(g, prose)}"),
        ("resp_hedge_display", f"{lead}we check each case.\n{_inline(g, prose)}\n{_inline(w, prose)}"),
        ("resp_marker_forms", f"{lead}we check each case.\n**Answer: {_math(w, prose)}**"),
        ("resp_marker_forms", f"{lead}we check each case. The answer: {_math(w, prose)}."),
        ("resp_hedge_bold", f"{lead}we check each case.\n\n**{_math(g, prose)}** or **{_math(w, prose)}**"),
        # the strict statement shape (no concluding word): a subject, a copula, the value ending the sentence
        ("resp_statement", f"{lead}we check each case.\nThe required value is {_math(w, prose)}."),
        ("resp_statement", f"{lead}we get {_math(g, prose)}.\n\nWe obtain {_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nThe required value is {_math(g, prose)} or "
                                 f"{_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nThe required value is perhaps {_math(g, prose)}. "
                                 f"I doubt it. The value is {_math(w, prose)}."),
        # bold inside the statement; a whole (short) response that is one statement
        ("resp_statement", f"{lead}we check each case.\nThe required value is **{_math(w, prose)}**."),
        ("resp_hedge_statement", f"{lead}we check each case.\nThe required value is **{_math(g, prose)}** or "
                                 f"**{_math(w, prose)}**."),
        ("resp_statement", f"{lead}we check each case.\nSolving, we find that {_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nSolving, we find that {_math(g, prose)} or "
                                 f"{_math(w, prose)}."),
        ("resp_short_statement", f"The required value is {_math(w, prose)}."),
        ("resp_short_statement", f"The required value is {_math(g, prose)} or {_math(w, prose)}."),
        # a leading phrase that says how the value was found (extract_sentence._SUBORDINATE); never a condition
        ("resp_statement", f"{lead}we check each case.\nUsing the formula above, the required value is "
                           f"{_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nBy contrast, the other required value is {_math(g, prose)}."),
        ("resp_statement", f"{lead}we check each case.\nCombined with $t > 0$, the required value is {_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nIf $t = 2$, the required value is {_math(g, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nUsing $t = 2$, the required value is perhaps "
                                 f"{_math(g, prose)}."),
        # a bold value ending the statement without a period
        ("resp_statement", f"{lead}we check each case.\nThe required value is **{w}**"),
        # a possessive subject (extract_sentence._SUBJECT, extract_subjects._possessor_asked)
        ("resp_statement", f"{lead}we check each case.\nJanet's required value is {_math(w, prose)}."),
        ("resp_statement", f"{lead}we check each case.\nHer required value is {_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nJanet's required value is {_math(g, prose)} or "
                                 f"{_math(w, prose)}."),
        ("resp_hedge_statement", f"{lead}we check each case.\nJanet's required value is not {_math(g, prose)}."),
        # closing remarks after the answer (extract_trailers.cut_closing): cut, the answer before them is read; a
        # remark that doubts is no remark, and a value in one is not cut
        ("resp_closing", f"{lead}we check each case.\nThe required value is {_math(w, prose)}. Hope this helps!"),
        ("resp_closing", f"{_math(w, prose)}. Let me know if you'd like more detail."),
        ("resp_closing", f"{lead}we check each case.\nThe required value is {_math(w, prose)}. Would you like the same "
                         f"count for a cube?"),
        ("resp_hedge_closing", f"{lead}we check each case.\nThe required value is {_math(g, prose)}. Would you like me to "
                               f"check whether it is {_math(w, prose)}?"),
        ("resp_hedge_closing", f"{lead}we check each case.\nThe required value is {_math(g, prose)}. Do you want it to be "
                               f"wrong instead?"),
        ("resp_closing", f"{lead}the final answer is \\boxed{{{w}}}.\n\nFeel free to ask if anything is unclear. "
                         "Good luck!"),
        ("resp_hedge_closing", f"{lead}we check each case.\nThe required value is {_math(g, prose)}. Let me know if "
                               "this is wrong."),
        ("resp_hedge_closing", f"{lead}we check each case.\nThe required value is {_math(g, prose)}. I hope this "
                               f"helps, though it might be {_math(w, prose)}."),
        ("resp_hedge_closing", f"{lead}we check each case.\nThe required value is {_math(g, prose)}. Let me know if "
                               f"you get {_math(w, prose)} instead."),
        # a result heading on the last line (extract_markers._result_colon)
        ("resp_result_colon", f"{lead}we check each case.\n\nSolution: {_math(w, prose)}"),
        ("resp_result_colon", f"{lead}we check each case.\n**Final result:** {_math(w, prose)}"),
        ("resp_hedge_result_colon", f"{lead}we check each case.\n\nResult: {_math(g, prose)} or {_math(w, prose)}"),
        ("resp_hedge_result_colon", f"{lead}we check each case.\n\nResult: maybe {_math(g, prose)}"),
        ("resp_hedge_result_colon", f"Result: {_math(g, prose)}\nWait, that is wrong. It is {_math(w, prose)}."),
    ] + ([] if not (_PLAIN_NUMBER.fullmatch(g) and _PLAIN_NUMBER.fullmatch(w)) else [
        # an alignment block closing the response is a worked chain (extract_endings._aligned_end)
        ("resp_aligned", f"{lead}we check each case.\n\\begin{{align*}}\n2 \\cdot {w} &= {w} + {w} \\\\\n&= {_twice(w)}"
                         f"\n\\end{{align*}}\nSo the value is\n\\begin{{align*}}\nt &= {w}\n\\end{{align*}}"),
        ("resp_aligned", f"{lead}we check each case.\n\\[\n\\begin{{aligned}}\n{_twice(w)} \\div 2 &= {w}\n"
                         f"\\end{{aligned}}\n\\]"),
        ("resp_hedge_aligned", f"{lead}we check each case.\n\\begin{{align*}}\n{_twice(g)} \\div 2 &= {g} \\\\\n"
                               f"&= {w}\n\\end{{align*}}"),  # (a false step: no value)
        ("resp_hedge_aligned", f"{lead}we check each case.\n\\begin{{align*}}\nt &= {g} \\\\\nt &= {w}\n"
                               "\\end{align*}"),
        ("resp_hedge_aligned", f"{lead}maybe it is this:\n\\begin{{align*}}\n{_twice(g)} \\div 2 &= {g}\n"
                               "\\end{align*}"),
    ]) + ([] if prose or "$" in w + g else [
        # a table's last row headed "Total" (extract_markers._table_total); a step's row names no result
        ("resp_table", f"{lead}we check each case.\n| Step | Value |\n|---|---|\n| first | {g} |\n| **Total** | **{w}** |"),
        ("resp_hedge_table", f"{lead}we check each case.\n| Step | Value |\n|---|---|\n| **Total** | {g} or {w} |"),
        ("resp_hedge_table", f"{lead}we check each case.\n| Step | Value |\n|---|---|\n| **Total** | {w} |\n"
                             f"| **Corrected** | {g} |"),
        # several value cells: the one bold value; two bold, or none bold, are two values
        ("resp_table", f"{lead}we check each case.\n| Item | Count | Value |\n|---|---|---|\n| **Total** | 64 | **{w}** |"),
        ("resp_hedge_table", f"{lead}we check each case.\n| Item | A | B |\n|---|---|---|\n| **Total** | **{g}** | **{w}** |"),
        ("resp_hedge_table", f"{lead}we check each case.\n| Item | A | B |\n|---|---|---|\n| Total | {g} | {w} |"),
        # a heading that is no result and no word of the question names a step
        ("resp_hedge_table", f"{lead}we check each case.\n| Step | Value |\n|---|---|\n| Guessed | {g} |"),
        # a bold heading and one span on the last line (extract_markers._bold_label): the heading is the label
        ("resp_bold_label", f"{lead}we check each case.\n**Result** $= {w}$"),
        ("resp_bold_label", f"{lead}we check each case.\n**Total:** ${w}$"),
        ("resp_hedge_bold_label", f"{lead}we check each case.\n**Perhaps** $= {g}$"),
        ("resp_hedge_bold_label", f"{lead}we check each case.\n**Result** $= {g} = {w}$"),
        ("resp_hedge_bold_label", f"{lead}we check each case.\n**Check:** $t = {g}$"),
        # the therefore sign opening the closing span (extract._therefore): read as "Therefore,"
        ("resp_therefore", f"{lead}we check each case.\n$\\therefore {w}$"),
        ("resp_therefore", f"{lead}we check each case, $\\therefore {w}$."),
        ("resp_hedge_therefore", f"{lead}we check each case.\n$\\therefore {g}$ or maybe ${w}$."),
        ("resp_hedge_therefore", f"{lead}we check each case.\n$\\therefore {g}$\n$\\therefore {w}$"),
        ("resp_hedge_therefore", f"{lead}we check each case.\n∴ ${g}$, I doubt it."),
        # Chinese answer markers and concluding sentences (extract_markers._THE_ANSWER)
        ("resp_chinese", f"{lead}we check each case.\n答案是 ${w}$。"),
        ("resp_chinese", f"解：逐一检验。\n故所求的值为 ${w}$。"),
        ("resp_hedge_chinese", f"{lead}we check each case.\n答案是 ${g}$ 吗？"),
        ("resp_hedge_chinese", f"{lead}we check each case.\n答案是 \\boxed{{{g}}} 吗？"),
        ("resp_hedge_chinese", f"{lead}we check each case.\n答案可能是 ${g}$。"),
        ("resp_hedge_chinese", f"{lead}we check each case.\n答案是 ${g}$，也许是 ${w}$。"),
        ("resp_hedge_chinese", f"解：逐一检验。\n故所求的值不是 ${g}$。"),
        ("resp_hedge_chinese", f"解：逐一检验。\n所以公差为 ${g}$。"),
    ]) + _span_frames(w, g, lead) + ([("resp_currency", f"{lead}we check each case.\nTherefore, the total is ${w}."),
         # a correction that denies the gold and states W, or hedges between them
         ("resp_correction", f"The number is not {g}, it is {w}."), ("resp_correction", f"not {g} but {w}"),
         # the gold boxed, then another value: a turn that names it, or a later answer statement or marker
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}. Actually, {w}."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}. Or ${w}$."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\nThe answer is {w}."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n#### {w}"),
         # a tail that revises or qualifies anywhere ends on the value it commits to; a closing statement, bold line
         # or display block after the box states its own value
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\nWait, I misread the question. So it's {w}."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\nHmm, I made a slip above; redoing the last "
                             f"step gives ${w}$."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}} (or {w}, depending on the first day)."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}} if the first day counts, and {w} otherwise."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\nBut if we include the boundary case, it "
                             f"becomes ${w}$."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\nLet me recompute: the total is {w}."),
         ("resp_hedge_tail", f"<answer>{g}</answer>\n\nHmm, recounting gives {w}."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\nTherefore, the team sold {w} tickets in total."),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\n**{w}**"),
         ("resp_hedge_tail", f"{lead}the final answer is \\boxed{{{g}}}.\n\n$$\n{w}\n$$"),
         # an invented next turn after the answer answers another question: the gold there is no answer
         ("resp_next_turn", f"{lead}the answer is {w}.\n\nQuestion: What is the value asked above?\nAnswer: "
                            f"The answer is {g}."),
         # an unnumbered "Problem:" after the response's own value (not a restatement opening the response)
         ("resp_next_turn", f"{lead}the value is {w}.\n\nProblem: What is the value asked above? The answer is {g}."),
         ("resp_next_turn", f"The value is {w}.\n\nProblem 2: What is the value asked above? The answer is {g}."),
         ("resp_next_turn", f"{lead}the final answer is \\boxed{{{w}}}.<end_of_turn>\n<start_of_turn>user\n"
                            f"The answer is \\boxed{{{g}}}."),
         # a verb stating the quantity after a concluding word ("So the team sold 72 tickets in total.")
         ("resp_conclusion", f"{lead}we check each case.\nSo the team sold {w} tickets in total."),
         # an approximation stated in words, a subject that names its unknown in a span
         ("resp_conclusion", f"{lead}we check each case.\nTherefore, the result is approximately {w}."),
         # plain-text dollars earlier on the closing line are currency signs, not math delimiters
         ("resp_currency", f"{lead}we check each case.\nEggs cost $2 each. So the total is ${w}."),
         ("resp_conclusion", f"{lead}we check each case.\nThe value of $t$ is ${w}$."),
         ("resp_conclusion_words", f"{lead}we check each case.\nThe value of $t$ is ${g}$ thousand."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nThe values of $t$ are ${g}$ or ${w}$."),
         # one value "restated" as another: a chain that asserts a falsehood, never the first value alone
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${g}$, or ${w}$."),
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${g}$, or approximately ${w}$."),
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${w}$, i.e. ${g}$."),
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${g}$, which is ${w}$."),
         ("resp_hedge_restated", f"The answer is ${w}$, which is ${g}$."),
         # a sentence after an answer marker states its one number
         ("resp_conclusion", f"{lead}we check each case.\nFinal Answer: Janet started the job {w} hours ago."),
         ("resp_conclusion_words", f"{lead}we check each case.\nFinal Answer: Janet makes {g} thousand dollars."),
         ("resp_conclusion_words", f"{lead}we check each case.\nFinal Answer: Janet makes {g} more dollars than Bob."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nFinal Answer: Janet makes {g} or {w} dollars."),
         # a name's verb states the number (GSM8K style), without a concluding word
         ("resp_conclusion", f"{lead}we check each case.\nJanet makes {w} dollars every day."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nJanet makes {g} or {w} dollars every day."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nMaybe Janet makes {g} dollars, maybe {w}."),
         ("resp_conclusion_words", f"{lead}we check each case.\nJanet makes {g} thousand dollars every day."),
         ("resp_conclusion_words", f"{lead}we check each case.\nJanet makes {g} more dollars than Bob."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nSo the team sold {g} or {w} tickets."),
         ("resp_conclusion_words", f"{lead}we check each case.\nSo the team sold {g} thousand tickets."),
         ("resp_conclusion_words", f"{lead}we check each case.\nSo the team sold {g} fewer tickets."),
         ("resp_conclusion_words", f"{lead}we check each case.\nSo the team sold {g} tickets less than planned."),
         ("resp_hedge_correction", f"maybe not {w}, it is {g}."), ("resp_hedge_correction", f"not {w}, it is {g} or {w}."),
         # sentences run together (line breaks lost): the math span that closes before "So" ends one sentence
         ("resp_conclusion", f"{lead}we get $y = {g}$ So, the value of the sum is ${w}$."),
         ("resp_hedge_conclusion", f"{lead}we get $y = 2$ So, the pair $(x, y)$ is ${g}$ or ${w}$."),
         # "the only solution", a reason clause before the statement, solutions of one letter joined by "or", a
         # value restated ("that is", "i.e."): one value each, or a hedge between the gold and W
         ("resp_conclusion", f"{lead}we check each case.\nThus ${w}$ is the only solution."),
         ("resp_conclusion", f"{lead}we check each case.\nSince $t > 0$, we get ${w}$."),
         ("resp_conclusion", f"{lead}we check each case.\nSince ${g}$ is extraneous, we get ${w}$."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nTherefore $x = {g}$ or $x = {w}$."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nSince $t > 0$, we get ${g}$ or ${w}$."),
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${g}$, that is, ${w}$."),
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${w}$, i.e. ${g}$."),
         ("resp_hedge_restated", f"{lead}we check each case.\nThe answer is ${g}$, which is ${w}$."),
         ("resp_hedge_restated", f"The answer is ${w}$, which is ${g}$."),
         # a concluding clause after ", so"; "measures"; a generic unit ("square units")
         ("resp_conclusion", f"{lead}we check each case.\nThe values are 3, 4 and {g}, so the largest is {w}."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nThe values are 3 and 4, so the answer is {g} or {w}."),
         ("resp_conclusion", f"{lead}we check each case.\nEach angle measures ${w}$."),
         ("resp_conclusion", f"{lead}we check each case.\nTherefore, the area is ${w}$ square units."),
         ("resp_conclusion_words", f"{lead}we check each case.\nTherefore, the area is ${g}$ thousand square units."),
         # the reasoning's box when the summary after </think> states no answer; the summary's revision, hedge or
         # doubt competes with it; an end-of-proof mark; a restated "Problem:" line before the answer
         ("resp_think_box", f"<think>\nWe compute it.\nSo \\boxed{{{w}}}.\n</think>\n\n{_SUMMARY}"),
         ("resp_hedge_think_box", f"<think>\nWe compute it.\nSo \\boxed{{{g}}}.\n</think>\n\n{_SUMMARY}"
                                  f"Wait, the value is actually {w}."),
         ("resp_hedge_think_box", f"<think>\nWe compute it.\nSo \\boxed{{{g}}}.\n</think>\n\n{_SUMMARY}"
                                  f"It could be {g} or {w}, depending on the reading."),
         ("resp_hedge_think_box", f"<think>\nWe compute it.\nSo \\boxed{{{g}}}.\n</think>\n\n{_SUMMARY}"
                                  "I am not sure about the last step."),
         ("resp_conclusion", f"{lead}we check each case.\nThus, the answer is ${w}$. $\\blacksquare$"),
         ("resp_conclusion", f"Let's work through this.\nProblem: find the value asked.\n{lead}we check each case."
                             f"\n\nThe answer is: {w}"),
         # a change stated by its amount, the percent kept with it
         ("resp_conclusion", f"{lead}we check each case.\nTherefore, the error increases by {w}%."),
         ("resp_conclusion_words", f"{lead}we check each case.\nTherefore, the error increases by {g} times."),
         ("resp_hedge_conclusion", f"{lead}we check each case.\nTherefore, the error increases by {g}% or {w}%.")]
         if _PLAIN_NUMBER.fullmatch(w) and _PLAIN_NUMBER.fullmatch(g) else [])  # (`$2.1` is 2 dollars 10 cents)


def _span_frames(w: str, g: str, lead: str) -> list[tuple[str, str]]:
    """W as a list of spans; against a one-part gold, the gold and W side by side as a two-span list."""
    out = []
    listed = _span_list(w)
    if listed and not prose_like(w):
        out.append(("resp_span_list", f"{lead}we check each case.\nTherefore, the result is {listed}."))
    if len(_top_parts(w)) == 1 and len(_top_parts(g)) == 1 and "$" not in w + g and not prose_like(w + g):
        out.append(("resp_hedge_span_list", f"{lead}we check each case.\nThe required value is ${g}$, ${w}$."))
        # a labelled box per value, one-part gold: two solutions claimed, so a hedge whichever one is right
        out.append(("resp_hedge_labelled_boxes", f"{lead}so $x = \\boxed{{{g}}}$ or $x = \\boxed{{{w}}}$."))
        # bare boxes joined by "or": two values against a one-part gold
        out.append(("resp_hedge_or_boxes", f"{lead}so \\boxed{{{g}}} or \\boxed{{{w}}}."))
    gp, wp = _top_parts(g), _top_parts(w)
    if 2 <= len(gp) <= 4 and "$" not in w + g and not prose_like(w + g) and not re.search(
            r"[=<>]|\\(?:[lg]e|in|mathbb|quad)(?![A-Za-z])", g):  # (a declared part, `k \\in \\mathbb{Z}`, names no value)
        # parts boxed and joined by "or" (never listed: a choice between values): W's, the gold's with one left out,
        # the gold's with W added
        out.append(("resp_or_boxes", f"{lead}so " + " or ".join(f"\\boxed{{{p}}}" for p in wp) + "."))
        out.append(("resp_or_boxes", f"{lead}so " + " or ".join(f"\\boxed{{{p}}}" for p in gp[:-1]) + "."))
        if len(wp) == 1 and wp[0] not in gp:
            out.append(("resp_or_boxes", f"{lead}so " + " or ".join(f"\\boxed{{{p}}}" for p in gp + wp) + "."))
    out += [("resp_labelled_boxes", r) for r in _labelled_boxes(w)]
    out += _part_box_frames(w, g, lead)
    parts = _top_parts(w)
    if 2 <= len(parts) <= 3 and "$" not in w and not prose_like(w) and not re.search(r"[=<>]|\\[lg]e", w):
        # word labels before the math (`Mean $= \boxed{5}$, median $= \boxed{4}$`): W's parts under names
        words = ("Mean", "median", "mode")
        out.append(("resp_labelled_boxes", f"{lead}we check each case.\n" + ", ".join(
            f"{n} $= \\boxed{{{p}}}$" for n, p in zip(words, parts)) + "."))
        out.append(("resp_labelled_boxes", f"{lead}we check each case.\n" + " and ".join(
            f"the {n} is $\\boxed{{{p}}}$" for n, p in zip(("center", "radius", "area"), parts)) + "."))
    return out


def part_boxes(parts: list[str], style: int) -> str:
    """One box per part of a problem, each under its part label, in one of three styles a model writes."""
    if style == 0:
        return " ".join(f"({chr(97 + i)}) $\\boxed{{{p}}}$" for i, p in enumerate(parts))
    if style == 1:
        return "\n".join(f"**Part {i + 1}:** $\\boxed{{{p}}}$" for i, p in enumerate(parts))
    return "$$" + " ".join(f"\\boxed{{{p}}} \\text{{ for part ({chr(97 + i)}) and }}" for i, p in enumerate(parts[:-1])) + \
        f" \\boxed{{{parts[-1]}}}$$"


def part_list(parts: list[str], style: int) -> str:
    """One line (or sentence) per part of a problem, each under its part label, closing a response (extract_parts)."""
    if style == 0:
        return "Final answers:\n" + "\n".join(f"{i + 1}. ${p}$" for i, p in enumerate(parts))
    if style == 1:
        return "**Final answers**\n" + "\n".join(f"- Part {i + 1}: ${p}$" for i, p in enumerate(parts))
    if style == 2:
        return "Summary:\n" + "\n".join(f"({i + 1}) ${p}$" for i, p in enumerate(parts))
    return " ".join(f"For part ({i + 1}), the answer is ${p}$." for i, p in enumerate(parts))


def _part_box_frames(w: str, g: str, lead: str) -> list[tuple[str, str]]:
    """Part-labelled boxes (extract_parts): W's parts one per labelled box; the gold's parts swapped under their
    labels, or labelled out of sequence; against a one-part gold, the gold and W as parts (a hedge)."""
    if "$" in w + g or prose_like(w + g) or re.search(r"[=<>]|\\(?:[lg]e|in|mathbb|quad|text|[,;!])(?![A-Za-z])", w + g):
        return []
    gp, wp = _top_parts(g), _top_parts(w)
    head = f"{lead}we check each case.\n"
    out = []
    if 2 <= len(wp) <= 3:
        out += [("resp_part_boxes", head + part_boxes(wp, k)) for k in range(3)]
        out += [("resp_part_list", head + part_list(wp, k)) for k in range(4)]
    if 2 <= len(gp) <= 3 and len(set(gp)) == len(gp) and not g.startswith("\\{"):
        out.append(("resp_part_boxes", head + part_boxes(gp[::-1], 0)))
        out.append(("resp_part_boxes", head + " ".join(f"({l}) $\\boxed{{{p}}}$" for l, p in zip("bac", gp))))
        out += [("resp_part_list", head + part_list(gp[::-1], k)) for k in (0, 3)]
        # a part hedged, and a part list out of sequence
        out.append(("resp_hedge_part_list", head + part_list(gp, 0).rstrip("$") + f"$ or ${w}$"))
        out.append(("resp_hedge_part_list", head + "Final answers:\n" + "\n".join(
            f"{n}. ${p}$" for n, p in zip((2, 1, 3), gp))))
    if len(gp) == 1 and len(wp) == 1:
        out.append(("resp_hedge_part_boxes", head + part_boxes([g, w], 0)))
        out.append(("resp_hedge_part_boxes", head + part_boxes([w, g], 1)))
        out += [("resp_hedge_part_list", head + part_list([g, w], k)) for k in (0, 2, 3)]
    return out


# "all values of $x$", "all real $x$", "solve for $x$": the question asks for the solutions of one unknown
_ALL_OF_VAR = re.compile(r"(?i)\b(?:all\s+(?:real\s+)?(?:values\s+of\s+|solutions\s+|numbers\s+|roots\s+)?|solve\s+for\s+)"
                         r"\$\s*([a-z])\s*\$")


def _solution_boxes(x: str, question: str) -> list[str]:
    """The equivalent form: distinct one-number parts of a gold whose question asks for all values of one letter,
    each boxed after that letter and joined by "or" (`$x = \\boxed{1}$ or $x = \\boxed{4}$`)."""
    m = _ALL_OF_VAR.search(question or "")
    parts = _top_parts(x)
    if (m is None or len(parts) < 2 or len(set(parts)) != len(parts) or "$" in x or prose_like(x)
            or re.search(r"[=<>()\[\]]|\\[lg]e", x)):
        return []
    lead = "Let me work through the problem step by step.\nAfter simplifying, "
    return [f"{lead}so " + " or ".join(f"${m.group(1)} = \\boxed{{{p}}}$" for p in parts) + "."]


def _labelled_boxes(x: str) -> list[str]:
    """A multi-part value as a labelled box per part: `$x = \\boxed{1}$ or $x = \\boxed{4}$` (the solutions of one
    name) and `$a = \\boxed{1}$ and $b = \\boxed{2}$` (named parts). Parts with relations or words are skipped."""
    parts = _top_parts(x)
    if len(parts) < 2 or len(parts) > 4 or "$" in x or prose_like(x) or re.search(r"[=<>]|\\[lg]e", x):
        return []
    lead = "Let me work through the problem step by step.\nAfter simplifying, "
    same = " or ".join(f"$x = \\boxed{{{p}}}$" for p in parts)
    named = " and ".join(f"${n} = \\boxed{{{p}}}$" for n, p in zip("abcd", parts))
    return [f"{lead}so {same}.", f"{lead}thus {named}."]


def prose_like(x: str) -> bool:
    return bool(re.search(r"[A-Za-z]{3,}", re.sub(r"\\[A-Za-z]+", "", x)))


def plant_gold_words(g: str, value) -> list[tuple[str, str]]:
    """Per nonzero numeric gold G: a concluding sentence whose one math span is G but whose words change the
    value (`$G$ thousand`, `twice $G$`, `the reciprocal of $G$`, ...): each states a number other than G."""
    g = _bare(g)
    lead = "Let me work through the problem step by step.\nAfter simplifying, we check each case.\nTherefore, "
    forms = [f"the result is ${g}$ thousand.", f"the result is twice ${g}$.", f"the result is minus ${g}$.",
             f"the result is ${g}$ percent.", f"half of the total is ${g}$.", f"the result is ${g}$ times 3."]
    if abs(value) != 1:
        forms += [f"the result is the reciprocal of ${g}$.", f"the result is ${g}$ squared."]
    plain = "Let me work through the problem step by step.\nAfter simplifying, we check each case.\n"
    # plain text with a currency sign ("the total is $18 thousand."): the words still change the value
    cash = [f"the total is ${g} thousand.", f"the total is ${g} per hour.", f"the total is twice ${g}.",
            f"the total is ${g} times 3.", f"half of the total is ${g}."] if _PLAIN_NUMBER.fullmatch(g) else []
    return [("resp_conclusion_words", lead + f) for f in forms] + [
        ("resp_statement_words", plain + f[0].upper() + f[1:]) for f in forms] + [
        ("resp_currency_words", lead + f) for f in cash]


def plant_gold_hedge(g: str) -> tuple[str, str]:
    """Per numeric gold: the gold and 1000x the gold boxed side by side."""
    g = _bare(g)
    return ("resp_hedge_thousand", f"The answer is \\boxed{{{g}}} or \\boxed{{{g} \\text{{ thousand}}}}")


_ASKS_UNIT = re.compile(r"(?i)\b(?:in|how\s+many)\s+(?:\\(?:text|mathrm)\s*\{\s*)?[a-z](?:[a-z]|\s*/)")


def _counted(question: str) -> str | None:
    """The noun a question counts ("How many tickets ..." -> tickets), or None."""
    m = re.search(r"(?i)\bhow\s+many\s+([a-z]{3,})\b", question or "")
    return m.group(1) if m else None


def plant_equivalent(e: str, prose: bool, question: str = "") -> list[tuple[str, str]]:
    """Controls: the gold (or an equivalent) in the same frames must be accepted, else 0 false accepts
    in a frame would only mean the frame is unreadable."""
    lead = "Let me work through the problem step by step.\nAfter simplifying, "
    e = _bare(e)
    return [
        ("eq_resp_sentence", f"{lead}so the answer is {_math(e, prose)}."),
        ("eq_resp_boxed", f"{lead}the final answer is \\boxed{{{e}}}."),
        ("eq_resp_tag", f"{lead}I am done.\n<answer>{e}</answer>"),
        ("eq_resp_conclusion", f"{lead}we check each case.\nTherefore, the result is {_math(e, prose)}. "
                               "I hope it is correct."),
        ("eq_resp_bold", f"{lead}we check each case.\n\n**{_math(e, prose)}**"),
        ("eq_resp_display", f"{lead}we check each case. The result is\n\\[\n{e}\n\\]"),
        ("eq_resp_display", f"{lead}we check each case.\n{_inline(e, prose)}"),
        ("eq_resp_marker_forms", f"{lead}we check each case.\n**Answer: {_math(e, prose)}**"),
        ("eq_resp_marker_forms", f"{lead}we check each case. The answer: {_math(e, prose)}."),
        ("eq_resp_statement", f"{lead}we check each case.\nThe required value is {_math(e, prose)}."),
        ("eq_resp_statement", f"{lead}we check each case.\nThe required value is **{_math(e, prose)}**."),
        ("eq_resp_short_statement", f"The required value is {_math(e, prose)}."),
        ("eq_resp_statement", f"{lead}we check each case.\nThus the distance between the points is {_math(e, prose)}."),
        ("eq_resp_sentence", f"{lead}so the correct answer is {_math(e, prose)}."),
        *([("eq_resp_statement", f"{lead}we check each case.\nThe required value is {e} m.")]
          if _PLAIN_VALUE.fullmatch(e) and re.search(r"(?i)\b(?:how\s+far|distance|length)\b", question) else []),
        ("eq_resp_conclusion", f"{lead}we check each case。\nTherefore，the result is {_math(e, prose)}。"),
        # (a letter the answer names: only where the question has no letters of its own, which x might not be)
        *([("eq_resp_plain_math", f"{lead}we check each case.\nSo x = {e}"),
           ("eq_resp_plain_math", f"{lead}we check each case.\n∴ x = {e}"),
           ("eq_resp_plain_math", f"{lead}we solve x + 0 = {e} for x.\nx = {e}"),
           ("eq_resp_plain_math", f"{lead}we compute Result = {e} / 1.\nResult ≈ {e}")]
          if _PLAIN_VALUE.fullmatch(e) and not re.search(r"\$|\b[A-Za-z]\b(?<!\ba\b)(?<!\bA\b)(?<!\bI\b)", question)
          else []),
        ("eq_resp_conclusion", f"{lead}we add 2 + 3 = 5 Therefore, the result is {_math(e, prose)}."),
        # (after words the capitalised cue starts no sentence: "Do not conclude So ..." is read whole)
        ("eq_resp_conclusion", f"{lead}we check each case.\nTherefore, the result is {_math(e, prose)}."),
        ("eq_resp_statement", f"{lead}we check each case.\nThe required value that could be taken here is "
                              f"{_math(e, prose)}."),
        ("eq_resp_statement", f"{lead}we check each case.\nUsing the formula above, the required value is "
                              f"{_math(e, prose)}."),
        *([("eq_resp_statement", f"{lead}we check each case.\nThe required value is **{e}**")]
          if _PLAIN_NUMBER.fullmatch(e) else []),  # (raw LaTeX in bold is no value a model writes so)
        ("eq_resp_closing", f"{lead}we check each case.\nThe required value is {_math(e, prose)}. Hope this helps!"),
        ("eq_resp_closing", f"{lead}we check each case.\nThe required value is {_math(e, prose)}. Would you like me to "
                            f"explain any step?"),
        ("eq_resp_closing", f"{lead}the final answer is \\boxed{{{e}}}.\n\nFeel free to ask if anything is unclear. "
                            "Good luck!"),
        ("eq_resp_closing", f"The required value is {_math(e, prose)}. Let me know if you'd like more detail."),
        ("eq_resp_result_colon", f"{lead}we check each case.\n\nSolution: {_math(e, prose)}"),
        ("eq_resp_result_colon", f"{lead}we check each case.\n**Final result:** {_math(e, prose)}"),
        *([("eq_resp_aligned", f"{lead}we check each case.\n\\begin{{align*}}\n{_twice(e)} \\div 2 &= "
                                f"\\frac{{{_twice(e)}}}{{2}} \\\\\n&= {e}.\n\\end{{align*}}"),
           ("eq_resp_aligned", f"{lead}we check each case.\n\\[\n\\begin{{aligned}}\n{_twice(e)} \\div 2 &= {e}\n"
                                f"\\end{{aligned}}\n\\]")] if _PLAIN_NUMBER.fullmatch(e) else []),
        *([] if prose or "$" in e or "|" in e or _HAS_REL.search(e) else [
            ("eq_resp_table", f"{lead}we check each case.\n| Step | Value |\n|---|---|\n| **Total** | **{e}** |"),
            ("eq_resp_table", f"{lead}we check each case.\n| Item | Count | Value |\n|---|---|---|\n| **Total** | 64 | **{e}** |"),
            ("eq_resp_table", f"{lead}we check each case.\n| Item | Count | Value |\n|---|---|---|\n| Total | | {e} | |")]),
        *([] if prose or "$" in e or _HAS_REL.search(e) else [("eq_resp_bold_label", f"{lead}we check each case.\n**Result** $= {e}$"),
                                         ("eq_resp_bold_label", f"{lead}we check each case.\n**Total:** ${e}$")]),
        *([] if prose or "$" in e else [("eq_resp_chinese", f"{lead}we check each case.\n答案是 ${e}$。"),
                                         ("eq_resp_chinese", f"解：逐一检验。\n故所求的值为 ${e}$。")]),
        *([] if prose or "$" in e else [("eq_resp_therefore", f"{lead}we check each case.\n$\\therefore {e}$"),
                                         ("eq_resp_therefore", f"{lead}we check each case.\n∴ ${e}$")]),
        ("eq_resp_statement", f"{lead}we check each case.\nSolving, we find that {_math(e, prose)}."),
        # (not for "how many" questions: there a statement must name what it counts, "The required value is 20." does not)
        *([("eq_resp_statement", f"The required value is {e}"), ("eq_resp_bold", f"Work.\n\n**The required value is {e}.**")]
          if _PLAIN_NUMBER.fullmatch(e) and not re.search(r"(?i)\bhow\s+many\b", question or "") else []),
        *([("eq_resp_statement", f"{lead}we check each case.\nSo there are {_spell(int(e))} {_counted(question)}.")]
          if re.fullmatch(r"\d{1,2}", e) and _counted(question or "") else []),
        *([("eq_resp_statement", f"The area is {e} square units")]
          if _PLAIN_NUMBER.fullmatch(e) and re.search(r"(?i)\barea\b", question or "") else []),

    ] + [("eq_resp_labelled_boxes", r) for r in _solution_boxes(e, question)] + [
        ("eq_resp_part_boxes", f"{lead}we check each case.\n" + part_boxes(_top_parts(e), k)) for k in range(3)
        if 2 <= len(_top_parts(e)) <= 3 and len(set(_top_parts(e))) == len(_top_parts(e)) and not prose_like(e)
        and "$" not in e and not e.startswith("\\{") and not _HAS_REL.search(e) and not re.search(r"\\[,;!]|\\text", e)] + [
        ("eq_resp_part_list", f"{lead}we check each case.\n" + part_list(_top_parts(e), k)) for k in range(4)
        if 2 <= len(_top_parts(e)) <= 3 and len(set(_top_parts(e))) == len(_top_parts(e)) and not prose_like(e)
        and "$" not in e and not e.startswith("\\{") and not _HAS_REL.search(e) and not re.search(r"\\[,;!]|\\text", e)] + (
        [("eq_resp_span_list", f"{lead}we check each case.\nTherefore, the result is {_span_list(e)}.")]
         if _span_list(e) and not prose_like(e) else []) + (
        ([("eq_resp_currency", f"{lead}we check each case.\nTherefore, the total is ${e}.")]
         if not _ASKS_UNIT.search(question) else []) + [  # (dollars are no answer to "how many tickets")
         *([("eq_resp_currency", f"{lead}we check each case.\nEggs cost $2 each. So the total is ${e}.")]
           if not _ASKS_UNIT.search(question) else []),
         ("eq_resp_correction", f"The number is not {_other(e)}, it is {e}."),
         ("eq_resp_think_box", f"<think>\nWe compute it.\nSo \\boxed{{{e}}}.\n</think>\n\n{_SUMMARY}"),
         ("eq_resp_conclusion", f"{lead}we check each case.\nThus, the answer is ${e}$. $\\blacksquare$"),
         ("eq_resp_conclusion", f"Let's work through this.\nProblem: find the value asked.\n{lead}we check each "
                                f"case.\n\nThe answer is: {e}"),
         ("eq_resp_conclusion", f"{lead}we get $y = {_other(e)}$ So, the value of the sum is ${e}$."),
         ("eq_resp_conclusion", f"{lead}we check each case.\nThus ${e}$ is the only solution."),
         ("eq_resp_conclusion", f"{lead}we check each case.\nThe values are 3, 4 and 5, so the answer is {e}."),
         ("eq_resp_conclusion", f"{lead}we check each case.\nTherefore, the area is ${e}$ square units."),
         ("eq_resp_conclusion", f"{lead}we check each case.\nSince $t > 0$, we get ${e}$."),
         *([("eq_resp_restated", f"{lead}we check each case.\nThe answer is ${e}$, that is, ${e}$.")]
           if not re.fullmatch(r"-?\d+", e) else []),  # (two plain integers are read as a hedge, as below)
         ("eq_resp_tail", f"{lead}the final answer is \\boxed{{{e}}}.\n\nThe answer is {e} units."),
         *([("eq_resp_tail", f"{lead}the final answer is \\boxed{{\\${e}}}. The answer is ${e}$.")]
           if not _ASKS_UNIT.search(question) else []),  # (a dollar amount is no answer "in inches")
         ("eq_resp_tail", f"{lead}the final answer is \\boxed{{{e}}}.\n\nAlternatively, counting the complement "
                          f"gives {e} again."),
         ("eq_resp_tail", f"{lead}the final answer is \\boxed{{{e}}}.\n\nTherefore, the team sold {e} tickets in total."),
         ("eq_resp_next_turn", f"{lead}the answer is {e}.\n\nQuestion: What is 3 + 4?\nAnswer: 3 + 4 = 7. "
                               "The answer is 7."),
         ("eq_resp_next_turn", f"{lead}the final answer is \\boxed{{{e}}}.<｜end▁of▁sentence｜>\n\\boxed{{7}}"),
         ("eq_resp_tail", f"{lead}the final answer is \\boxed{{{e}}}.\n\nLet me verify: working backwards from {e} "
                          "reproduces the data, so the result is consistent."),
         ("eq_resp_tail", f"{lead}the final answer is \\boxed{{{e}}}.\n\nWait, let me double-check: the total is "
                          f"indeed {e}."),
         # (the noun after the number is read against the question's words: the question's own counted noun)
         *([("eq_resp_conclusion", f"{lead}we check each case.\nSo the team sold {e} {_counted(question)} in total.")]
           if _counted(question) else []),
         *([("eq_resp_conclusion", f"{lead}we check each case.\nTherefore, the result is approximately {e}.")]
           if "." in e else []),  # (an integer said to be "approximately" so is vague, and left unread)
         *([("eq_resp_restated", f"The answer is ${e}$, which is ${e}$.")] if not re.fullmatch(r"-?\d+", e) else []),
         *([("eq_resp_restated", f"{lead}we check each case.\nThe answer is ${e}$, or ${e}$.")]
           if not re.fullmatch(r"-?\d+", e) else []),  # (two plain integers side by side are a hedge, "5 or 6")
         # (a name's statement is read only in the question's own words: no generic frame here; tests/test_extract)
         ]
         if _PLAIN_NUMBER.fullmatch(e) else [])


_HAS_REL = re.compile(r"[=<>]|\\(?:le|ge|leq|geq|neq|in)(?![A-Za-z])")  # (a heading names a value, not an equation)


def _twice(n: str) -> str:
    """Twice the plain number `n`, written plainly (`2.5` -> `5`)."""
    from decimal import Decimal

    d = Decimal(n) * 2
    return format(d.normalize(), "f") if d != d.to_integral() else str(int(d))


def _other(e: str) -> str:
    """A plain number other than `e` (for a denied value)."""
    return "1000001" if e.strip() != "1000001" else "7"
