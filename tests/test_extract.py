"""Tests for verigrade.extract.extract_answer: every source, positive and negative, plus hostile inputs."""
from __future__ import annotations

import gc
import json
import time
from pathlib import Path

import pytest

from verigrade.extract import extract_answer
from verigrade import Verifier

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LONG_COT = "Let us work through the problem carefully.\n\n" + "We compute the next term and keep going.\n" * 40


def ext(text):
    return extract_answer(text)


def assert_fast(text, limit=0.2):
    # the extractor's own time: a full collection of the suite's heap (torch, transformers, ray imported by other
    # test modules) can pause any call for 0.2 s, which says nothing about the extractor's growth
    gc.disable()
    try:
        t = time.perf_counter()
        e = extract_answer(text)
        took = time.perf_counter() - t
    finally:
        gc.enable()
    assert took < limit
    return e


# ---------------------------------------------------------------- empty / think
@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty(text):
    e = ext(text)
    assert e.answer is None and e.source == "none" and e.flags == ("no_answer", "empty_response")


def test_unclosed_think_is_truncated():
    e = ext("<think>\nLet me see, x = 3 so \\boxed{3} is likely")
    assert e.answer is None and e.flags == ("no_answer", "unclosed_think")


def test_second_think_unclosed():
    e = ext("<think>a</think>\\boxed{2}\n<think>more reasoning \\boxed{3}")
    assert e.answer is None and "unclosed_think" in e.flags


def test_box_inside_reasoning_only_does_not_count():
    e = ext("<think>So the answer is \\boxed{3}.</think>\n\n")
    assert e.answer is None and "no_answer" in e.flags


def test_post_think_text_counts_not_reasoning():
    e = ext("<think>maybe \\boxed{3}</think>\nThe answer is $5$.")
    assert (e.answer, e.source) == ("5", "the_answer_is")


def test_box_after_think():
    e = ext("<think>try \\boxed{1}</think>\nSo the result is \\boxed{42}.")
    assert (e.answer, e.source, e.flags) == ("42", "boxed", ())


def test_last_close_think_used():
    e = ext("<think>a</think> \\boxed{1} <think>b</think> \\boxed{2}")
    assert e.answer == "2"


def test_think_tail_bare():
    e = ext("<think>long reasoning, \\boxed{7} perhaps</think>\n\n42")
    assert (e.answer, e.source) == ("42", "think_tail")


def test_long_post_think_without_marker():
    e = ext("<think>x</think>" + LONG_COT)
    assert e.answer is None and e.flags == ("no_answer",)


# ---------------------------------------------------------------- answer tag
def test_answer_tag():
    e = ext("reasoning \\boxed{3}\n<answer> 7 </answer>")
    assert (e.answer, e.source, e.flags, e.candidates) == ("7", "answer_tag", (), ("7",))


def test_answer_tag_last_and_boxed_inside():
    e = ext("<answer>1</answer> then <answer>The result is $\\boxed{\\frac{1}{2}}$</answer>")
    assert (e.answer, e.source) == ("\\frac{1}{2}", "answer_tag")


def test_unclosed_answer_tag_falls_through():
    e = ext("so \\boxed{9}\n<answer>9")
    assert (e.answer, e.source) == ("9", "boxed")


# ---------------------------------------------------------------- boxed
@pytest.mark.parametrize(
    "text, answer",
    [
        ("so \\boxed{5}.", "5"),
        ("thus $\\boxed{\\frac{1}{\\sqrt{2}}}$", "\\frac{1}{\\sqrt{2}}"),
        ("the set is \\boxed{\\{1,2\\}}", "\\{1,2\\}"),
        ("\\boxed{\\left\\{ x \\mid x>0 \\right\\}}", "\\left\\{ x \\mid x>0 \\right\\}"),
        ("\\boxed{\\begin{pmatrix} 1 \\\\ {2} \\end{pmatrix}}", "\\begin{pmatrix} 1 \\\\ {2} \\end{pmatrix}"),
        ("hence \\boxed 5", "5"),
        ("hence $\\boxed 12$.", "12"),
        ("\\fbox{7}", "7"),
        ("\\boxed {x = 2}", "x = 2"),
        ("\\boxed{\\boxed{5}}", "5"),
        ("\\boxed{\\text{Cut along the midline}}", "\\text{Cut along the midline}"),
        ("The final answer is $\\boxed{5}$. I hope it is correct.", "5"),
        ("\\boxed{= 3.}", "3"),
    ],
)
def test_boxed(text, answer):
    e = ext(text)
    assert (e.answer, e.source, e.flags) == (answer, "boxed", ())


def test_empty_box_ignored():
    e = ext("\\boxed{}\n\nThe answer is 4.")
    assert (e.answer, e.source) == ("4", "the_answer_is")


def test_multiple_boxes_same_line_flagged():
    e = ext(LONG_COT + "\n\nSo \\boxed{3} or \\boxed{4}.")
    assert e.answer == "4" and e.flags == ("multiple_answers",) and e.candidates == ("3", "4")


def test_labelled_boxes_are_one_answer_in_parts():
    # the same name before each box, joined by "or": the solutions of that name; named parts joined by "and"
    e = ext(LONG_COT + "\n\nSo $x = \\boxed{3}$ or $x = \\boxed{4}$.")
    assert e.flags == ("multiple_answers", "listed_boxes") and e.candidates == ("x = 3", "x = 4")
    e = ext("Thus $a=\\boxed{1}$ and $b=\\boxed{2}$.")
    assert "listed_boxes" in e.flags and e.candidates == ("a = 1", "b = 2")
    # different names joined by "or", or a hedge word between them: competing answers, not a list
    for resp in ("So $x = \\boxed{3}$ or $y = \\boxed{4}$.", "So $x = \\boxed{3}$ or maybe $x = \\boxed{4}$."):
        assert "listed_boxes" not in ext(resp).flags, resp
    v = Verifier(mode="rule")
    q = "Find all real x such that x^2 - 7x + 12 = 0."
    assert v.verify("3, 4", "So $x = \\boxed{3}$ or $x = \\boxed{4}$.", q).correct
    assert not v.verify("3", "So $x = \\boxed{3}$ or $x = \\boxed{4}$.", q).correct  # one-part gold: a hedge
    assert v.verify("(1,2)", "Thus $a=\\boxed{1}$ and $b=\\boxed{2}$.", "Find the ordered pair (a,b).").correct
    assert not v.verify("(2,1)", "Thus $a=\\boxed{1}$ and $b=\\boxed{2}$.", "Find the ordered pair (a,b).").correct


@pytest.mark.parametrize("tail", [
    "(a) $\\boxed{3}$ (b) $\\boxed{5}$",
    "**Part (a):** $\\boxed{3}$\n**Part (b):** $\\boxed{5}$",
    "Part 1: $\\boxed{3}$\nPart 2: $\\boxed{5}$",
    "$$\\boxed{3} \\text{ for part (a) and } \\boxed{5}$$",
    "(i) $\\boxed{3}$, (ii) $\\boxed{5}$",
    "$\\boxed{3}$ (b) $\\boxed{5}$",
])
def test_part_labelled_boxes_answer_the_parts_in_order(tail):
    e = ext(LONG_COT + "\n\n" + tail)
    assert "part_boxes" in e.flags and e.candidates == ("3", "5")
    v = Verifier(mode="rule")
    q = "(1) Find the minimum of f. (2) Find the maximum of f."
    assert v.verify("3, 5", LONG_COT + "\n\n" + tail, q).correct
    assert v.verify("3, 5", LONG_COT + "\n\n" + tail).correct
    assert not v.verify("5, 3", LONG_COT + "\n\n" + tail).correct  # the parts' order counts, question or not
    assert not v.verify("5", LONG_COT + "\n\n" + tail).correct  # a one-part gold: a hedge
    assert not v.verify("3", LONG_COT + "\n\n" + tail).correct


@pytest.mark.parametrize("tail", [
    "(b) $\\boxed{3}$ (a) $\\boxed{5}$",             # out of sequence
    "(a) $\\boxed{3}$, (a) $\\boxed{5}$",            # the same part twice
    "(a) $\\boxed{3}$ or (b) $\\boxed{5}$",          # "or" is no separator
    "(a) $\\boxed{3}$ (b) (c) $\\boxed{5}$",         # two labels between two boxes
    "(a) $\\boxed{3}$ (b) maybe $\\boxed{5}$",
    "(1) $\\boxed{3}$ (b) $\\boxed{5}$",             # two schemes
    "$\\boxed{3}$ (c) $\\boxed{5}$",                 # not the next part
])
def test_part_labelled_boxes_negative(tail):
    e = ext(LONG_COT + "\n\n" + tail)
    assert "part_boxes" not in e.flags
    assert not Verifier(mode="rule").verify("3, 5", LONG_COT + "\n\n" + tail).correct


@pytest.mark.parametrize("tail", [
    "Final answers:\n1. $-0.8$\n2. $\\frac17$",
    "**Final answers**\n- Part 1: $-0.8$\n- Part 2: $\\frac17$",
    "Summary:\n(1) $-0.8$\n(2) $\\frac17$",
    "(1) $-0.8$\n(2) $\\frac17$",
    "For part (1), the answer is $-0.8$. For part (2), the answer is $\\frac17$.",
])
def test_a_closing_list_of_the_parts_answers_them_in_order(tail):
    e = ext(LONG_COT + "\n\n" + tail)
    assert (e.answer, e.source) == ("(1) -0.8; (2) \\frac17", "part_list")
    v = Verifier(mode="rule")
    q = "(1) Find $\\cos\\alpha$; (2) find $\\tan(\\alpha + \\frac{\\pi}{4})$."
    assert v.verify("-\\frac{4}{5}; \\frac{1}{7}", LONG_COT + "\n\n" + tail, q).correct
    assert not v.verify("\\frac{1}{7}; -\\frac{4}{5}", LONG_COT + "\n\n" + tail, q).correct  # the parts swapped
    assert not v.verify("\\frac{1}{7}", LONG_COT + "\n\n" + tail, q).correct  # a one-part gold


@pytest.mark.parametrize("tail", [
    "1. $-0.8$\n2. $\\frac17$",                            # a bare numbered list: maybe steps
    "Final answers:\n1. $-0.8$\n2. $\\frac17$ or $\\frac15$",  # a part hedged
    "Final answers:\n2. $-0.8$\n1. $\\frac17$",             # out of sequence
    "Final answers:\n1. $-0.8$\n2. about $\\frac17$",       # words on a part's line
    "Final answers:\n1. $-0.8$\n2. $\\frac17$\nBut part 2 may be wrong.",
])
def test_a_closing_list_of_parts_negative(tail):
    assert ext(LONG_COT + "\n\n" + tail).source != "part_list"


def test_multiple_boxes_final_paragraph_flagged():
    e = ext(LONG_COT + "\n\nThe answer is\n\\[\\boxed{2}\\]\nor equivalently\n\\[\\boxed{3}\\]")
    assert e.flags == ("multiple_answers",) and set(e.candidates) == {"2", "3"} and e.answer == "3"


def test_repeated_same_box_not_flagged():
    e = ext("We get \\boxed{\\frac{1}{2}}, i.e. \\boxed{ \\frac{1} {2} }.")
    assert e.flags == () and e.answer == "\\frac{1} {2}" and len(e.candidates) == 1


def test_intermediate_box_far_earlier_not_flagged():
    e = ext("First, the sum is \\boxed{10}.\n\n" + LONG_COT + "\n\nTherefore the answer is \\boxed{12}.")
    assert (e.answer, e.flags, e.candidates) == ("12", (), ("12",))


def test_box_in_earlier_paragraph_not_flagged():
    e = ext("Step: \\boxed{3}\n\nTherefore \\boxed{4}")
    assert (e.answer, e.flags) == ("4", ())


def test_unterminated_only_box():
    e = ext(LONG_COT + "\nTherefore the final answer is \\boxed{\\frac{1}{2")
    assert e.answer is None and set(e.flags) == {"no_answer", "unterminated_box"}


def test_unterminated_box_does_not_hide_earlier_complete_box():
    e = ext("so \\boxed{5}\nand also \\boxed{6")
    assert (e.answer, e.source) == ("5", "boxed")


def test_unterminated_short_response_not_bare():
    e = ext("\\boxed{5")
    assert e.answer is None and "unterminated_box" in e.flags


# ---------------------------------------------------------------- final answer
@pytest.mark.parametrize(
    "text, answer",
    [
        ("work\nFinal Answer: 5", "5"),
        ("work\nFinal answer: $x = 2$.", "x = 2"),
        ("work\n**Final Answer:** 18", "18"),
        ("work\n**Final Answer**: 18", "18"),
        ("work\n**Final Answer**\n\n\\(\\frac{3}{4}\\)\n", "\\frac{3}{4}"),
        ("work\n### Final Answer\n\\[\n\\frac{3}{4}\n\\]\n", "\\frac{3}{4}"),
        ("Final Answer: The final answer is $12$. I hope it is correct.", "12"),
        ("The final answer is (0, 2), (0, -2).", "(0, 2), (0, -2)"),
    ],
)
def test_final_answer(text, answer):
    e = ext(LONG_COT + text)
    assert (e.answer, e.source) == (answer, "final_answer")


def test_final_answer_in_prose_is_not_a_marker():
    e = ext(LONG_COT + "To get the final answer, we multiply 3 by the rest and\n" + LONG_COT)
    assert e.answer is None


def test_final_answer_marker_without_content():
    assert ext(LONG_COT + "**Final Answer**\n").answer is None


# ---------------------------------------------------------------- the answer is
@pytest.mark.parametrize(
    "text, answer",
    [
        ("So the answer is 12.", "12"),
        ("Thus, The Answer Is: $\\frac{1}{2}$.", "\\frac{1}{2}"),
        ("Hence the answer is \\(x^2+1\\). Done.", "x^2+1"),
        ("the answer is 3 apples.\nthe answer is 4 apples.", "4 apples"),
        ("The correct answer is (C) 7.", "(C) 7"),
        ("The correct option is **(C)**.", "(C)"),
        ("So the right choice is B.", "B"),
    ],
)
def test_the_answer_is(text, answer):
    e = ext(LONG_COT + text)
    assert (e.answer, e.source) == (answer, "the_answer_is")


def test_the_answer_is_hedge_ignored():
    assert ext(LONG_COT + "Let us check if the answer is 5 by substituting it back into").answer is None


def test_the_answer_is_mid_reasoning_ignored():
    e = ext("I guess the answer is 5, but let us verify.\n" + LONG_COT * 3)
    assert e.answer is None and e.flags == ("no_answer",)


# ---------------------------------------------------------------- gsm8k / Answer:
@pytest.mark.parametrize("tail, answer", [("#### 42", "42"), ("####  1,000\n", "1,000"), ("#### $18", "$18")])
def test_gsm8k(tail, answer):
    e = ext("She makes 9 * 2 = $18 every day.\n" + tail)
    assert (e.answer, e.source) == (answer, "gsm8k")


def test_gsm8k_markdown_header_ignored():
    assert ext("#### Step 1: Set up the equation\n" + LONG_COT).answer is None
    assert ext(LONG_COT + "#### Step 3\n" + LONG_COT).answer is None


@pytest.mark.parametrize("tail, answer", [("Answer: 7", "7"), ("**Answer:** $7$.", "7"), ("ANSWER:\n\nx=1", "x=1")])
def test_answer_colon(tail, answer):
    e = ext(LONG_COT + tail)
    assert (e.answer, e.source) == (answer, "answer_colon")


@pytest.mark.parametrize("tail, answer", [("Solution: $x > 5$", "x > 5"), ("**Result:** $2(k+1)$.", "2(k+1)"),
                                          ("### Final result: 42", "42")])
def test_result_heading_on_the_last_line(tail, answer):
    e = ext(LONG_COT + "\n" + tail)
    assert (e.answer, e.source) == (answer, "answer_colon")


@pytest.mark.parametrize("text", [
    "Solution: Let $x = 3$. Then $y = 4$.",              # sentences of working after the heading
    "Solution: $x = 3$\nWe verify it in the equation.",  # not the last line
    "Result:",                                           # nothing after it
])
def test_result_heading_negative(text):
    assert ext(LONG_COT + "\n" + text).source != "answer_colon"


def test_marker_display_block_with_more_on_its_line_is_no_answer():
    assert ext(LONG_COT + "Answer: $$5$$ or more than 5").answer is None
    assert ext(LONG_COT + "Answer: $$5$$.").answer == "5"


@pytest.mark.parametrize("line,answer", [
    ("So P = 2/15", "P = 2/15"), ("∴ h = 19.6 m", "h = 19.6 m"), ("Thus x ∈ {−4, 7}", "x ∈ \\{−4, 7\\}"),
    ("So E(X) = 7/2 = 3.5", "E(X) = 7/2 = 3.5"), ("Therefore, x = 3", "x = 3"),
    ("So gcd(84, 126) = 42", "gcd(84, 126) = 42"), ("So sin 75° = (√6 + √2)/4", "sin 75° = (√6 + √2)/4"),
    ("So x = π/3 or x = 5π/3", "x = π/3, x = 5π/3"), ("So x = 1 or y = 2", None),
    ("So x = 5 or 6", None), ("Maybe x = 5", None), ("So x = 5?", None),
    ("So Ratio ≈ 3.14", "\\text{Ratio} ≈ 3.14"),   # a capitalised word names the value
    ("P = 2/15", None),                     # no concluding word and no derivation of P: maybe one candidate of several
    ("x = 3\nx = 4\nSo x = 5", None),        # a stack of values
    ("Random:\nSo x = 5", None), ("So x = 1–2", None), ("So x = 5...", None),
])
def test_a_last_line_of_plain_text_math_is_the_answer(line, answer):
    e = ext("We compute it step by step.\nThe first ratio is 4/10.\n" + line)
    assert e.answer == answer
    hedged = ext("We compute it step by step.\nThis might be wrong, I am not sure.\n" + line)
    assert answer is None or hedged.answer is None


@pytest.mark.parametrize("text,answer", [
    # without a concluding word: the name of a derivation above, under a finished sentence that neither doubts nor denies
    ("P(both red) = (4/10)(3/9) = 12/90.\n12/90 simplifies to 2/15.\nP = 2/15", "P = 2/15"),
    ("E(X) = (1 + 2 + 3 + 4 + 5 + 6)/6 = 21/6.\n21/6 = 7/2.\nE(X) = 7/2 = 3.5", "E(X) = 7/2 = 3.5"),
    ("Also area $= \\frac12 \\cdot 10 \\cdot h$, so $5h = 24$.\nh = 4.8", "h = 4.8"),
    ("Ratio = circumference ÷ diameter.\n157 ÷ 50 = 3.14.\nRatio ≈ 3.14", "\\text{Ratio} ≈ 3.14"),
])
def test_a_bare_last_line_restating_a_derivation(text, answer):
    assert ext(text).answer == answer


@pytest.mark.parametrize("text", [
    "I give up.\nx = 5",                    # nothing worked out
    "We try x + 1 = 6.\nx = 4\nx = 5",     # a stack of values
    "It is not x = 3.\nx = 5",              # the sentence above denies
    "Maybe x + 1 = 6.\nx = 5",              # the sentence above doubts
    "We try x + 1 = 6:\nx = 5",             # unfinished
])
def test_a_bare_last_line_restating_a_derivation_negative(text):
    from verigrade import Verifier

    assert not Verifier(mode="rule").verify("5", text, question="Find the value of $x$.").correct


@pytest.mark.parametrize("block, answer", [
    ("\\begin{align*}\nA &= 2+3 \\\\\n&= 5.\n\\end{align*}", "A = 2+3 = 5"),
    ("\\[\n\\begin{aligned} x &= 2+3 \\\\ &= 5 \\nonumber \\end{aligned}\n\\]", "x = 2+3 = 5"),
    ("$$\\begin{aligned} x &= 5 \\end{aligned}$$", "x = 5"),
])
def test_alignment_block_closing_the_response_is_a_chain(block, answer):
    e = ext(LONG_COT + "\n" + block)
    assert (" ".join(str(e.answer).split()), e.source) == (answer, "display")


@pytest.mark.parametrize("block", [
    "\\begin{align*} x &= 5 \\\\ y &= 6 \\end{align*}",           # two equations: two statements
    "Maybe it is\n\\begin{align*} x &= 5 \\end{align*}",          # a hedged lead-in
    "We have \\begin{align*} x &= 5 \\end{align*}",                # not on a line of its own
])
def test_alignment_block_negative(block):
    assert ext(LONG_COT + "\n" + block).source != "display"


@pytest.mark.parametrize("tail, answer", [
    ("**Distance** $= \\sqrt{6^2+9^2} = \\sqrt{117}$", "\\text{Distance} = \\sqrt{6^2+9^2} = \\sqrt{117}"),
    ("**Roots:** $-5, 0, \\tfrac12$", "\\text{Roots} = -5, 0, \\tfrac12"),
])
def test_bold_heading_line_keeps_its_words_as_the_label(tail, answer):
    e = extract_answer(LONG_COT + "\n" + tail, question="Find the distance and the roots.")
    assert (e.answer, e.source) == (answer, "bold")
    # (its words must be the asking sentence's, or generic: without a question only "Result", "Total", ...)
    assert ext(LONG_COT + "\n" + tail).source != "bold"
    assert extract_answer(LONG_COT + "\n" + tail, question="A circle has radius 3. Find its area.").source != "bold"


@pytest.mark.parametrize("tail", ["**Check:** $2 + 3 = 5$", "**Maybe** $= 5$", "**Final Answer** $= 5$ or $6$"])
def test_bold_heading_line_negative(tail):
    assert ext(LONG_COT + "\n" + tail).source != "bold"


def test_answer_colon_mid_line_ignored():
    assert ext(LONG_COT + "We want the answer: we keep going and\n" + LONG_COT).answer is None


# ---------------------------------------------------------------- bare answers
HARDVERIFY_STYLE = [
    "(0, 2), (0, -2)",
    "f(x) = \\frac{1}{x}",
    "w=16, d=3, a=1, b=1",
    "\\text{Cut along the midline}",
    "Petya",
    "15th Day",
    "[-2, 7]",
    "x \\in [-2,7]",
    "\\{(3, 2), (-3, 2), (3, -2), (-3, -2)\\}",
    "\\, \\left( -\\sqrt{3},\\ \\sqrt{3} \\right) \\,",
    "a right prism with a cyclic base}",
    "Paolo: 18, Qing: 14, Rayna: 7",
    "A",
    "1, 2, 3, \\ldots",
    "[\x0crac{1}{2}, 1)",  # a form feed (a JSON-mangled "\\f") is not a line break
]


@pytest.mark.parametrize("text", HARDVERIFY_STYLE)
def test_bare_unchanged(text):
    e = ext("  " + text + "\n")
    assert (e.answer, e.source, e.flags) == (text, "bare", ())


@pytest.mark.parametrize(
    "text, answer",
    [("$\\frac{1}{2}$", "\\frac{1}{2}"), ("\\(x+1\\)", "x+1"), ("$$3$$", "3"), ("= 5.", "5"), ("\\[ 7 \\]", "7"),
     ("Petya will receive the last token.", "Petya will receive the last token")],
)
def test_bare_cleaned(text, answer):
    assert ext(text).answer == answer


@pytest.mark.parametrize(
    "text",
    [
        "We need to find x, so we get",
        "First, compute the sum. Then divide by 3",
        "Step one\nStep two\nStep three\nStep four",
        "Let x be the number of apples:",
        "\\frac{1}{",
        LONG_COT,
        LONG_COT + "so x = 3 and y = 4 and then",
    ],
)
def test_not_bare(text):
    e = ext(text)
    assert e.answer is None and "no_answer" in e.flags


def test_hardverify_file_answers_unchanged():
    path = DATA / "hardverify_math_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    for line in path.read_text().splitlines():
        row = json.loads(line)
        for key in ("fn_output", "tn_output"):
            raw = row[key].strip()
            e = ext(row[key])
            assert e.answer is not None, raw
            assert e.answer == raw.strip("$") or e.answer == raw, raw


# ---------------------------------------------------------------- hostile inputs
def test_huge_response_with_box_at_end():
    e = assert_fast("blah { } \\ $ x. Y " * 120_000 + "\\boxed{3}")
    assert e.answer == "3"


def test_huge_response_without_markers():
    e = assert_fast("word " * 400_000)
    assert e.answer is None


def test_huge_think_uses_whole_string():
    e = assert_fast("<think>" + "x" * 2_000_000 + "</think>\\boxed{1}")
    assert e.answer == "1"
    assert assert_fast("<think>" + "x" * 2_000_000).flags == ("no_answer", "unclosed_think")


def test_deep_nested_unterminated_braces():
    e = assert_fast("\\boxed{" + "{" * 10_000)
    assert e.answer is None and "unterminated_box" in e.flags


def test_deep_nested_terminated_braces():
    e = assert_fast("\\boxed{" + "{" * 9_000 + "x" + "}" * 9_001)
    assert e.source == "boxed" and e.answer == "{" * 9_000 + "x" + "}" * 9_000


def test_many_unterminated_boxes():
    assert_fast("\\boxed{" * 10_000)


def test_many_nested_boxes():
    e = assert_fast("\\boxed{" * 5_000 + "5" + "}" * 5_000)
    assert e.answer == "5"


@pytest.mark.parametrize(
    "text",
    [
        "Answer" + " " * 20_000,
        "final" + " " * 20_000 + "answer",
        "#### " * 5_000,
        "#### a" + " " * 20_000 + "b",
        "the answer is " + "$" * 20_000,
        "Final Answer: " + "a. " * 10_000,
        "\\" * 50_000,
        "\\boxed " * 10_000,
        "}" * 50_000 + "\\boxed{1}",
    ],
)
def test_pathological_patterns_fast(text):
    assert_fast(text)


# ---------------------------------------------------------------- real rollouts (sanity, skipped if absent)
def test_real_rollouts_extract():
    path = DATA / "math_cot_100_rollouts.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    results = [ext(r["response"]) for r in rows]
    assert sum(e.answer is None for e in results) <= len(rows) // 100
    assert sum(e.source == "boxed" for e in results) >= len(rows) * 0.9


# ---------------------------------------------------------------- hedges (issue 11): never resolved in the answer's favour
@pytest.mark.parametrize("text", [
    "<answer>\\boxed{6} or \\boxed{5}</answer>",
    "<answer>6</answer> or <answer>5</answer>",
    "<answer>5</answer>\nOn second thought, \\boxed{6}",
    "<answer>5</answer>\n\\boxed{6}",
    "The answer is $5$. Alternatively, it could be $6$.",
    "So \\boxed{5}. Wait, that is wrong, it's 6.",
    "So \\boxed{5}. Actually, the value is 6.",
])
def test_hedged_final_answers_are_flagged(text):
    e = ext(LONG_COT + text)
    assert "multiple_answers" in e.flags or "hedged" in e.flags, e


@pytest.mark.parametrize("text", ["I doubt the answer is 5. The correct value is 6.", "Maybe the answer is 5, or 6"])
def test_doubted_marker_is_no_answer(text):
    assert ext(LONG_COT + text).answer is None


@pytest.mark.parametrize("text", [
    "So \\boxed{5}. This is correct since 2+3=5.",
    "Thus the amount is \\(\\boxed{5}\\) gallons.\n\nAlternatively, in general M f^d with \\(M = 2\\) gives \\(2 + 3 = 5\\).",
    "The final answer is $\\boxed{5}$. I hope it is correct.",
    "<answer>5</answer>",
])
def test_explanation_after_the_answer_is_no_hedge(text):
    e = ext(LONG_COT + text)
    assert e.answer == "5" and e.flags == (), e


def test_digit_split_is_a_different_candidate():
    e = ext("<answer>\\boxed{7,1 4,18} or \\boxed{7,14,18}</answer>")
    assert e.flags == ("multiple_answers",) and len(e.candidates) == 2


# ---------------------------------------------------------------- conclusion sentence, trailers, late final answer
@pytest.mark.parametrize("text,answer", [
    ("We count the divisors of 90.\nTherefore, there are 12 distinct sequences that meet the conditions.", "12"),
    ("So the total is 40 cents. Thus the box holds $\\frac{3}{4}$ of the marbles.", "\\frac{3}{4}"),
    ("Adding up. Hence the required sum is 1,250. I hope it is correct.", "1,250"),
    ("Work. In conclusion, $x = 7$ is the solution.", "x = 7"),
    ("Work. Therefore, the result is $5$.", "5"),                          # a copula states the span
    ("Work. So the count is $5$ apples.", "5"),                            # a counted noun leaves it alone
    ("Work. Thus the roots are $3 \\text{ or } 4$.", "3 \\text{ or } 4"),  # `or` inside the math is the rules'
    ("Work. Therefore, the result is $B$.", "B"),                        # a copula states one letter (a choice)
    ("Compare them. Therefore, the result is $>$.", ">"),                 # a comparison sign is a value
    ("Work. Therefore, the average is $\\$1377.30$.", "\\$1377.30"),      # an escaped dollar inside the span
    # no concluding word: the strict shape (a subject, a copula, the value ending the sentence)
    ("We add them up.\n\nThe minimum value is $-3$.", "-3"),
    ("We add them up.\n\nThe total number of ways is 14.", "14"),
    ("We add them up.\nWe get $x = 2$.", "x = 2"),
    ("We add them up.\nThe probability is 1/6.", "1/6"),                # a slash fraction is one number
    # a list written a span per part, joined by commas / "and" only
    ("Work. Therefore, the result is $8$, $4$.", "8, 4"),
    ("We add them up.\nThe solutions are $a=2$ and $a=-6$.", "a=2, a=-6"),
    # no math and no number: the text after the first copula, all of it
    ("Work. Therefore, the winner is the second player.", "the second player"),
    ("We add them up.\nThe triangle is equilateral.", "equilateral"),
    ("Work. Therefore, the result is five.", "five"),
    # a plain-text currency sign (one `$` on the line) opens no math span
    ("Work. Therefore, the total is $22.40.", "\\$22.40"),
    # a name's or pronoun's verb states the number (GSM8K's answer style); never a hedge, a scale or a second value
    ("Work.\nWe have 5 cases to check.", None),                        # a step, not a statement about a name
    ("Work.\nJanet makes $18 or $20.", None),
    ("Work.\nPerhaps Janet makes $18.", None),
    ("Work.\nJanet makes 18 thousand dollars.", None),
    ("Work.\nJanet makes 18 more dollars than Bob.", None),
    ("Work.\nIn summary, Janet earns 18 dollars daily.", "18 \\text{ dollars}"),  # a summary cue, the unit kept
    ("Work.\nSo, in total, 16 dollars are needed.", None),             # the number opens the clause: no copula
    ("We add them up.\nThe number of solutions is **4**.", "4"),        # bold inside the sentence only emphasises
    # a short response that is one statement reads like a concluding sentence, not as a bare answer
    ("The number is even.", "even"),
    ("The cost is $\\$1.50$.", "\\$1.50"),
    # a unit after the number stays with it (read by units.lookup, marked as text); a verb that states a quantity
    # stands for the copula after a concluding word
    ("Therefore, the length is 74 cm.", "74 \\text{ cm}"),
    ("Therefore, the length is $74$ cm.", "74 \\text{ cm}"),            # a unit after the span is kept with it
    ("Work.\nSo the trains travel at approximately $85.7$ km/h.", "85.7 \\text{ km/h}"),
    ("Work.\nSo the car's average speed is 60 km/h.", "60 \\text{ km/h}"),
    ("Work.\nSo Lena sold 72 cupcakes in total.", "72"),
    ("Work.\nSo it takes 5 hours more.", None),                        # a comparison word
    # a percent after the one number is kept with it (12% is not 12); a change stated by its amount
    ("Work.\nTherefore, the share is 12\\%.", "12 \\%"),
    ("Work.\nTherefore, the error increases by 100%.", "100 \\%"),
    ("Work.\nTherefore, the price rose by 20 dollars.", "20 \\text{ dollars}"),
    ("Work.\nTherefore, the price is 20% of 16.", None),               # two numbers
    ("Work.\nTherefore, the error increases by 100% or 50%.", None),
    ("Work.\nTherefore, the result is $30$%.", None),                  # a percent outside the span: more than it
    # sentences run together (line breaks lost): a math span closing before a capitalised word ends a sentence;
    # a subject naming its unknowns as a tuple of letters labels the value
    ("Work. $y = 8.8 - 2.8 = 6$ So, the ordered pair $(x, y)$ that solves the system is $(7, 6)$.",
     "(x, y) = (7, 6)"),
    ("Work.\nWe solve: $y = 6$ So, the pair $(x, y)$ is $(7, 6)$ or $(6, 7)$.", None),
    ("Work.\nWe solve: $y = 6$ So, the pairs $(x, y)$ and $(a, b)$ are $(7, 6)$.", None),
    # "the only solution"; a leading reason clause; solutions of one letter joined by "or" (a list, no choice)
    ("Work.\nThus $x = 6$ is the only solution.", "x = 6"),
    ("Work.\nThus $x = 6$ is not the only solution.", None),
    ("Work.\nSince $x > y$, we get $x = 7, y = 3$.", "x = 7, y = 3"),
    ("Work.\nAs the area is positive, the side is $4$.", "4"),
    ("Work.\nSince $5$ is extraneous, maybe we get $4$.", None),
    ("Work.\nTherefore $x = 3$ or $x = -2$.", "x = 3, x = -2"),
    ("Work.\nTherefore $x = 3$ or $y = -2$.", None),               # two letters: a choice
    ("Work.\nTherefore $3$ or $-2$.", None),
    # bounds on one letter joined by "or": one union, handed to the rules with its `or`
    ("Work.\nTherefore $x<2$ or $x>3$.", "x<2 \\text{ or } x>3"),
    ("We need $x^2-5x+6>0$, so $x<2$ or $x \\ge 3$.", "x<2 \\text{ or } x \\ge 3"),
    ("Work.\nTherefore $x = 1$ or $x>3$.", "x = 1 \\text{ or } x>3"),
    ("Work.\nTherefore $x<2$ or $y>3$.", None),                   # two letters: a choice
    ("Work.\nTherefore $x<2$ or $3$.", None),
    # closing remarks after the statement are cut (extract_trailers.cut_closing)
    ("Work.\nThe sum is $2k$. Let me know if you'd like me to verify with an example.", "2k"),
    ("Work.\nTherefore, the total is 28. Hope this helps! Good luck!", "28"),
    ("Work.\nTherefore, the total is 28.\n\n*Feel free to ask if anything is unclear.*", "28"),
    ("Work.\nTherefore, the total is 28. Let me know if this is wrong.", None),    # a remark that doubts
    ("Work.\nTherefore, the total is 28. Let me know if you get 29 instead.", None),  # a value in it
    ("Work.\nTherefore, the total is 28. I hope this helps, but it might be off.", None),
    # a possessive subject; one value restated after "which is" (both read: strictly one value, or a hedge)
    ("Work.\nJill's annual salary is $57,500.", None),
    ("Work.\nHer total is $12$.", None),  # (a possessive reads only in the asking sentence's words: no question here)
    ("Work.\nLet's say the total is $12$.", None),
    ("Work.\nIt's total is $12$.", None),
    # a bold value of math is its span; a leading phrase saying how the value was found (not a condition)
    ("Work.\nThe solution set is **(2, +∞)**.", "(2, +∞)"),
    ("Work.\nThe total increase is **12.36%**", "12.36\\%"),
    ("Work.\nClaire will eat **7 dozen** eggs.", None),
    ("Work.\nThe number of apples left is **5-6**", None),      # a range, not 5 minus 6
    ("Work.\nThe number of apples left is **4!**", "4"),         # an exclamation, never 4 factorial
    ("Work.\nThe number of apples left is **~5**", None),
    ("Work.\nUsing Vieta's formulas, the sum is $5$.", "5"),
    ("Work.\nBy contrast, the other triangle's area is $24$.", None),
    ("Work.\nUsing $h = 6$ (unverified), the area is $24$.", None),
    ("Work.\nCombined with the domain $[-1, 1]$, the solution is $x \\in [-1, 0)$.", "x \\in [-1, 0)"),
    ("Work.\nIf $a = 2$, the sum is $5$.", None),
    ("Work.\nTherefore, the result is 7 packs are green.", None),  # the number is the subject of another clause
    ("Work.\nTherefore, the result is Each of the marbles has 3 values.", None),  # another clause's number
    # the therefore sign reads as the word (extract._therefore)
    ("Squaring, $8x = 27x - 9$.\n$\\therefore x = \\dfrac{9}{19}$", "x = \\dfrac{9}{19}"),
    ("We try.\nMaxima satisfy $a = b$, $\\therefore t = \\frac{2\\pi}{\\omega}$.", None),  # mid-line: left alone
    ("We try.\nEither $x = 3$ or\n$\\therefore x = 5$.", None),                      # the line above leads into it
    ("We try.\nWrong approach:\n$\\therefore x = 5$.", None),
    ("Work.\n∴ $x = 5$", "x = 5"),
    ("Work.\n$\\therefore x = 5$ or maybe $x = 6$.", None),
    # a modal in a relative clause of the subject does not doubt the statement; one in its own clause does
    ("Work.\nThe number of points that could be in the domain is 19.", "19"),
    ("Work.\nThus the number of coins that might fit in the box is 12.", "12"),
    ("Work.\nSo that could be 19.", None),
    ("Work.\nThus the value that could be $19$ is one.", None),  # the span is the clause's, no value after the verb
    # "between" names what the subject measures ("the distance between"), or bounds the value (no answer)
    ("Work.\nThe distance between the points is 5.", "5"),
    ("Work.\nThus the angle between the two lines is $45^\\circ$.", "45^\\circ"),
    ("Work.\nThe distance is between 5 and 6.", None),
    ("Work.\nThe root lies between 2 and 3.", None),
    # a statement may end on its value's unit (and the dimension the question asks: "how high")
    ("Work.\nThe stored energy is 1 J.", None),  # (no question to confirm its subject: a unit statement unread)
    ("Work.\nThe wall is 3 m wider.", None),
    ("Work.\nSo the value is π.", "π"),  # Unicode symbols closing the statement: a math span
    ("Work.\nThe smallest positive period is π.", None),  # (a subject that only a question could confirm)
    ("Work.\nThe period is π or 2π.", None),
    # a run-on line: a capitalised concluding word starts the last sentence
    ("Work.\nSo P(A) = (1/2) / (3/4) P(A) = 2/3 Therefore, the probability that Alice wins is 2/3.", "2/3"),
    ("Work.\nP(A) = 2/3 Therefore, the probability that Alice wins is 2/3 or 1/3.", None),
    # full-width stops and commas end sentences as ASCII ones do
    ("Work。\nTherefore，$a_5 = 31$。", "a_5 = 31"),
    ("Work。\nTherefore，the result is $31$ or $32$。", None),
    ("Work.\nThe answer could be 19.", None),
    ("Work.\nTherefore the total is 19, but that might be 20.", None),
])
def test_conclusion_sentence(text, answer):
    if answer is None:
        assert ext(text).answer is None
        return
    e = ext(text)
    assert e.answer == answer and e.source == "conclusion"


@pytest.mark.parametrize("text, answer", [
    # Chinese answer markers (答案是 / 答案为 / 故答案为 / 答:) and concluding sentences whose subject names the answer
    ("解：由 $a_3 = 8$ 得 $d = 3$。\n答案是 14。", "14"),
    ("所以 $a_5 = 14$，故答案为 $14$。", "14"),
    ("所以 $-2<x<4$。\n故不等式的解集为 $\\{x \\mid -2<x<4\\}$。", "\\{x \\mid -2<x<4\\}"),
    ("解：逐一检验。\n综上所述，不等式的解集为 $(1, 3)$。", "(1, 3)"),
])
def test_chinese_markers(text, answer):
    assert ext(text).answer == answer


def test_chinese_conclusion_subject_is_the_questions():
    # a subject of its own words only where the question asks it: m's range for 求实数 m 的取值范围, never another
    # quantity (最小值 for a maximum) or another letter
    text = "综上所述，m 的取值范围是 $(1, 3)$。"
    assert extract_answer(text, question="已知函数 $f(x)=x^2-mx+1$，求实数 $m$ 的取值范围。").answer == "(1, 3)"
    assert extract_answer("所以最小值为5。", question="求函数 $f(x)=-x^2+4x+1$ 的最大值。").answer != "5"
    assert extract_answer("所以 b 的值为 6。", question="已知 $a = 2b$，且 $b = 3$，求 $a$ 的值。").answer != "6"


@pytest.mark.parametrize("text, gold", [
    # a question particle or a doubt word hedges; a negation, or a subject that names a step, states no answer
    ("答案是 14 吗？", "14"),
    ("答案是 \\boxed{14} 吗？", "14"),
    ("答案是 \\boxed{14}。也许是 15。", "14"),
    ("故所求的值不是 $5$。", "5"),
    ("所以公差为 3。", "3"),
    ("解：逐一检验。\n故所求的值不是 $P$。", "P"),  # (Chinese words are words: never read as nothing around `P`)
])
def test_chinese_markers_negative(text, gold):
    from verigrade import Verifier

    assert not Verifier(mode="rule").verify(gold, text).correct


def test_therefore_sign_inside_a_span_leaves_it_whole():
    text = "Work $a = 3 \\therefore b = 4$"
    assert ext(text).answer == text  # a short bare response, its span not cut in two


@pytest.mark.parametrize("text", [
    "Therefore, there are 12 or 13 sequences.",               # two values
    "Therefore, there are not 12 sequences.",                 # negation
    "Therefore, there are at least 12 sequences.",            # comparison
    "There are 12 distinct sequences.",                       # no concluding word
    "Therefore, the sum of the 3 numbers is 12.",             # two numbers
    "Therefore, there are 12 distinct sequences that",        # cut off mid-sentence
    "Therefore, we have found $x$.",                          # a lone letter is a name
    "Therefore, $x$ is it.",                                  # framed by filler only: still a name
    "Therefore x = 3. Let me double-check the first step by expanding it.",  # not the last sentence
    "Therefore, is it 12?",                                   # a question
    "Therefore, the result is minus 96.",                     # an operation states it, not a copula
    "Therefore, the result is half of 12.",
    "Therefore, the result is 5040 thousandths.",             # a fraction word after it
    "Therefore, the total is 5 thousand.",                    # a scale word
    "Therefore, the result is 8 squared.",                    # a qualifying word of the rules
    # one math span, but the words around it change its value: the sentence states another number
    "Therefore, the result is $5$ thousand.",
    "Therefore, the result is $\\$5$ thousand.",
    "Therefore, the result is twice $5$.",
    "Therefore, the result is minus $5$.",
    "Therefore, the result is $5$ squared.",
    "Therefore, half of the total is $5$.",
    "Therefore, the result is $5$ percent.",
    "Therefore, the result is $5$ times $3$.",
    "Therefore, the result is the reciprocal of $5$.",
    # without a concluding word only the strict shape counts
    "The count is 14 apples.",                                # a word after the value
    "Let x be 5.",                                            # no subject: a step
    "I doubt the answer is 5. The correct value is 6.",       # a hedge earlier on the line
    "The value is twice $5$.",
    "The area is 5 thousand.",
    "The sum of the 3 numbers is 12.",
    "The value is 3/4 of 12.",
    "The value is 1/2/3.",
    "Therefore, the result is $8$ or $4$.",                   # spans joined by `or`: a hedge
    "Therefore, the result is $8$, $4$ thousand.",            # a word changes the last part
    "Therefore, the result is not possible.",                 # a negated text value
    "Therefore, the result is probably even.",                # a hedged one
    "Therefore, Petya wins.",                                 # no copula: no text value
    "Therefore, the total is $22.40 per hour.",               # the currency amount is a rate
    "Therefore, the total is $5 thousand.",
    "Therefore, the total is twice $5.",
    "The number of solutions is **4** or **5**.",
    "The number of solutions is not **4**.",
])
def test_conclusion_sentence_negative(text):
    assert ext("We count the cases one by one.\n" + text).answer is None


@pytest.mark.parametrize("last,answer", [
    ("**73**", "73"), ("**$x = 2$**.", "x = 2"), ("  **\\frac{1}{2}**  ", "\\frac{1}{2}"),
])
def test_bold_last_line(last, answer):
    e = ext("We count the cases one by one.\nThe total comes out below.\n\n" + last)
    assert e.answer == answer and e.source == "bold"


@pytest.mark.parametrize("last", [
    "So we get **73** apples.",        # bold inside a sentence is emphasis, not the answer line
    "**73** or **74**",                # two bold values: no answer
    "**73**\nLet me double-check.",    # not the last line
])
def test_bold_last_line_negative(last):
    assert ext("We count the cases one by one.\n\n" + last).source != "bold"


@pytest.mark.parametrize("last", ["**Maybe 73**", "**Not 73**", "**73 thousand**"])
def test_bold_last_line_hedge_is_rejected(last):
    from verigrade import Verifier

    assert not Verifier(mode="rule").verify("73", "We count the cases one by one.\n\n" + last).correct


@pytest.mark.parametrize("text", ["The answer: $12$.", "**Answer: 12**", "**Answer:** 12"])
def test_answer_marker_forms(text):
    assert ext("We count the cases one by one.\n" + text).answer == "12"


@pytest.mark.parametrize("text", ["If the answer: $12$ holds, we are done.", "**Answer: not 12**"])
def test_answer_marker_forms_negative(text):
    from verigrade import Verifier

    assert not Verifier(mode="rule").verify("12", "We count the cases one by one.\n" + text).correct


@pytest.mark.parametrize("last,answer", [
    ("The matrix is\n$$\\mathbf{M} = \\begin{pmatrix}1 \\\\ 2\\end{pmatrix}$$",
     "\\mathbf{M} = \\begin{pmatrix}1 \\\\ 2\\end{pmatrix}"),
    ("Thus:\n\\[\n2\n\\]\n", "2"),
])
def test_display_block_ends_the_response(last, answer):
    e = ext("We count the cases one by one.\n" + last)
    assert (e.answer, e.source) == (answer, "display")


@pytest.mark.parametrize("last", [
    "It is not\n\\[ x = 2 \\]",            # a hedge leads into it
    "Is it\n\\[ 2 \\]",                    # a question
    "The values are\n\\[ 2 \\]\n\\[ 3 \\]",  # two blocks: two values
    "We have $$2$$",                         # inline in a sentence: not a block of its own
    "\\[ 2 \\] or \\[ 3 \\]",
])
def test_display_block_negative(last):
    assert ext(LONG_COT + last).source != "display"  # (`We have $$2$$` is a plain statement)


def test_conclusion_hedge_outside_the_math_is_rejected():
    from verigrade import Verifier

    v = Verifier(mode="rule").verify("5", "We count the cases one by one.\nTherefore, the answer is not $5$.")
    assert not v.correct


def test_chat_special_token_ends_the_response():
    e = ext("... so the answer is \\boxed{4}.<|im_end|>\n<|im_start|>user\nNow \\boxed{5}")
    assert e.answer == "4"
    e = ext("Therefore, there are 12 distinct sequences. I hope it is correct. <|im_start|>user")
    assert e.answer == "12"
    assert ext("<|im_start|>assistant\nThe answer is \\boxed{3}").answer == "3"  # a leading token opens the turn


def test_final_answer_after_the_boxes_wins():
    text = ("Interest: $0.04 \\cdot 10,000 \\cdot \\frac12 = \\boxed{200}$. Then $\\boxed{255}$ more, so $10,455. "
            "Final Answer: The final answer is $10,455$. I hope it is correct.")
    e = ext(text)
    assert e.answer == "10,455" and e.source == "final_answer" and e.candidates == ("10,455",)
    # a final-answer phrase BEFORE the box does not outrank it
    e = ext("The final answer is 7, no wait. Recomputing: \\boxed{8}")
    assert e.answer == "8" and e.source == "boxed"


def test_conclusion_is_linear_on_hostile_input():
    assert_fast("Therefore " + "1. " * 20000 + "I hope it is correct.")
    assert_fast("So " + " " * 50000 + "I hope it is correct")


@pytest.mark.parametrize("text,answer", [
    ("So $\\boxed{28}$ pct", "28\\%"),
    ("The share is $\\boxed{20}$ percent.", "20\\%"),
    ("The angle is \\boxed{30} degrees.", "30^\\circ"),
    ("The angle is \\boxed{30}.", "30"),
    ("\\boxed{28} people", "28"),  # any other word is not attached: the rules never see it
])
def test_percent_or_degree_word_after_a_box_is_part_of_it(text, answer):
    assert ext(text).answer == answer


# ---------------------------------------------------------------- inline GSM8K marker (issue 14)
@pytest.mark.parametrize("text, answer", [
    ("She sold 48 + 24 = 72 clips. #### 72", "72"),
    ("So the total is 10 #### 10.", "10"),
    ("It costs 1,000 dollars in all #### 1,000", "1,000"),
    ("The change is negative #### -3", "-3"),
    (LONG_COT + "\nSo she has 18 left. #### 18", "18"),
])
def test_gsm8k_inline_marker(text, answer):
    e = ext(text)
    assert (e.answer, e.source) == (answer, "gsm8k")


@pytest.mark.parametrize("text", [
    LONG_COT + "\nI scored #### points in the game, more than before.",  # no number after it
    LONG_COT + "\nThe code is C#### 5 in the manual, see above.",  # glued to a word: not a marker
    LONG_COT + "\nPerhaps #### 72 or 73 would fit, I cannot tell yet.",  # not at the end of the line
    LONG_COT + "\nCount the apples #### 7 apples and then the pears too.",  # words follow
    LONG_COT + "\nThe heading ###### 5 is a markdown level six header.",
])
def test_gsm8k_inline_marker_negatives(text):
    assert ext(text).source != "gsm8k"


def test_gsm8k_gold_solution_is_reduced():
    from verigrade.pipeline import Verifier, reference_answer

    gold = "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\nNatalia sold 48+24 = <<48+24=72>>72 clips.\n#### 72"
    assert reference_answer(gold) == "72" and reference_answer("He has 5 apples #### 5") == "5"
    assert reference_answer("72") == "72"
    v = Verifier(mode="rule")
    assert v.verify(gold, "so \\boxed{72}").correct and not v.verify(gold, "\\boxed{24}").correct
    assert v.verify("5", "He had 2 and got 3 more, 2 + 3 = 5. #### 5").correct


def test_a_correction_states_its_second_number():
    # "not A, it is B": the denied number is not the answer, the stated one is (a sign glued to it stays)
    v = Verifier(mode="rule")
    assert v.verify("1000.99", "the number is not 10 which is 1,000.99€").correct
    assert v.verify("12", "not 10 but 12").correct and not v.verify("10", "not 10 but 12").correct
    assert v.verify("6", "It's not 5, it is 6.").correct and not v.verify("5", "It's not 5, it is 6.").correct
    # a hedge around it, or two stated values: no answer
    assert not v.verify("6", "maybe not 5, it is 6.").correct
    assert not v.verify("6", "not 5, it is 6 or 7.").correct


def test_statement_after_a_participle_clause():
    # "Solving, we find that $k = -2$.": a subject after a short participle clause, "find that" as the copula
    v = Verifier(mode="rule")
    assert v.verify("-2", "We solve it.\nSolving, we find that $k = -2$.", "Find k.").correct
    assert v.verify("5", "Solving the equation, we get $x = 5$.").correct
    assert not v.verify("5", "Solving, we find that $x = 5$ is not a solution.").correct
    assert not v.verify("5", "Solving, we find that $x = 4$.").correct


def test_boxes_in_inline_math_delimiters_list_one_answer():
    v = Verifier(mode="rule")
    r = "**Final Answer**\nThe solutions are \\(\\boxed{2}\\) and \\(\\boxed{5}\\)."
    assert v.verify("2, 5", r).correct and not v.verify("2", r).correct
    assert not v.verify("2, 5", "The solutions are \\(\\boxed{2}\\) or \\(\\boxed{5}\\).").correct


def test_a_value_named_after_the_box_competes_with_it():
    v = Verifier(mode="rule")
    for tail in (" Actually, \\textbf{6}.", " Alternatively, 6.", " Or $6$.", "\n\nThe answer is 6.", "\n#### 6",
                 " Nope, 6."):
        assert not v.verify("5", "So \\boxed{5}." + tail).correct, tail
    # the same value restated (words, a currency sign, a label aside) and checks that name no answer do not compete
    for tail in (" The answer is 5 apples.", "\n\nAnswer: 5", " We verify: 5 + 1 = 6, which matches.",
                 " But we should double check: 2+3 = 5."):
        assert v.verify("5", "So \\boxed{5}." + tail).correct, tail
    assert v.verify("x = 2", "So \\boxed{x = 2}. The answer is $x = 2$.").correct
    assert v.verify("16386.20", "worth $\\boxed{\\$16,\\!386.20}$. The answer is $16,\\!386.20$.").correct


def test_a_tail_that_revises_or_qualifies_ends_on_the_value_it_commits_to():
    v = Verifier(mode="rule")
    for tail in ("\n\nWait, she sells 8 eggs. So it's 16.", "\n\nHmm, I made an arithmetic slip; redoing it gives $16$.",
                 " (or 16, depending on whether the first day counts)", " if she eats none, and 16 otherwise.",
                 "\n\nBut if we include the boundary case, it becomes $16$.", "\n\nLet me recompute: 9 * 2 = 16.",
                 "\n\nTherefore, Janet makes 16 dollars every day.", "\n\n**16**", "\n\n$$18 - 2 = 16$$"):
        assert not v.verify("18", "So \\boxed{18}" + tail).correct, tail
    assert not v.verify("18", "<answer>18</answer>\n\nHmm, recounting gives 16.").correct
    # a second method or a check that ends on the same value, a closing statement restating it: no hedge
    for tail in ("\n\nAlternatively, every multiple of 6 is a multiple of 3, so the count is 18 again.",
                 "\n\nTherefore, Janet makes 18 dollars every day.", "\n\nWait, let me double-check: 9 * 2 = 18.",
                 "\n\n$$9 \\times 2 = 18$$"):
        assert v.verify("18", "So \\boxed{18}" + tail).correct, tail
    assert v.verify("x = 2", "So \\boxed{x = 2}.\n\nBut if we check, then $x = 2$.").correct


def test_a_reference_solution_gold_is_not_read_for_revisions():
    # the gold's own explanation after its box ("but ... between $6$ and $7$") is no hedge of the gold
    gold = ("So the sum lies between $\\boxed{12\\text{ and }13}$. To be more precise, $\\sqrt{50}>7$, but the "
            "difference between $6$ and $\\sqrt{30}$ is greater than between $\\sqrt{50}$ and $7$.")
    assert extract_answer(gold, reference=True).candidates == ("12\\text{ and }13",)
    assert extract_answer(gold + " So it is $7$.").candidates[0] == "7"  # as a response, a stated value competes


def test_a_reference_with_several_boxes_lists_its_parts():
    v = Verifier(mode="rule")
    gold = "So she needs \\boxed{1} paper and \\boxed{2} bins."
    assert v.verify(gold, "$\\boxed{1, 2}$").correct
    assert not v.verify(gold, "$\\boxed{2}$").correct and not v.verify(gold, "$\\boxed{1, 3}$").correct
    # a negation between the boxes: the gold is left as written (and reads as no list)
    assert not v.verify("\\boxed{1} no no no \\boxed{2}", "$\\boxed{1,2}$").correct


def test_one_quantity_restated_in_another_unit_is_one_answer():
    v = Verifier(mode="rule")
    q = "How far does the cart roll, in meters?"
    assert v.verify("50\\text{ m}", "Work. The answer is 50 m, i.e. 0.05 km.", q).correct
    assert not v.verify("50\\text{ m}", "Work. The answer is 50 m, i.e. 0.5 km.", q).correct  # two quantities
    q = "How many hours does the walk take?"
    assert v.verify("\\frac{3}{4}", "Work. The answer is 0.75 hours (45 minutes).", q).correct
    assert not v.verify("\\frac{3}{4}", "Work. The answer is 0.75 hours (40 minutes).", q).correct
    assert not v.verify("5", "Work. The answer is 5 apples (6 apples).").correct


@pytest.mark.parametrize("tail,answer", [
    ("So it has 12 edges. Would you like the same count for an icosahedron?", "12"),
    ("So the trip needs 28 liters.\nWould you like me to work out the cost if you tell me the fuel price?",
     "28 \\text{ liters}"),
    ("So it has 12 edges. Would you like me to check whether it is 14?", None),   # a value in it: no remark
    ("So it has 12 edges. Do you want me to verify it?", None),                 # an offer to check doubts it
])
def test_an_offer_of_more_help_closing_the_response_is_cut(tail, answer):
    assert ext("Work.\n" + tail).answer == answer


def test_a_statement_ends_on_its_value_and_unit():
    v = Verifier(mode="rule")
    assert v.verify("1 \\text{ J}", "Work.\nThe stored energy is 1 J.", "How much energy is stored in it?").correct
    assert v.verify("122.5 \\text{ m}", "Work.\nThe cliff is 122.5 m high.", "How high is the cliff?").correct
    assert not v.verify("122.5 \\text{ m}", "Work.\nThe cliff is 122.5 m wide.", "How high is the cliff?").correct
    assert v.verify("80", "Work.\nThe largest angle is 80°.", "What is the measure, in degrees, of the largest angle?").correct


def test_a_reference_solutions_doubt_after_its_answer_retracts_nothing():
    # generated reference solutions trail off into notes ("Note: The solution provided is incorrect. ..."): the gold
    # is what it states; a response with the same tail is doubting its own answer and has none
    gold = ("On Monday it keeps $90\\%$ of its value, on Tuesday $80\\%$ of that, so $0.9 \\cdot 0.8 = 0.72$ of it is "
            "left. The loss is $100 - 72 = 28$ percent. Final Answer: The final answer is $28 \\%$. I hope it is correct. "
            "Note: The solution provided is incorrect. The correct approach is as follows:")
    assert extract_answer(gold, reference=True).answer == "28 \\%"
    assert "hedged" in extract_answer(gold).flags
    v = Verifier(mode="rule")
    assert v.verify(gold, "a total loss of $\\boxed{28\\%}$").correct
    assert not v.verify(gold, "a total loss of $\\boxed{27\\%}$").correct
    assert not v.verify("28\\%", gold).correct


def test_other_chat_tokens_and_an_invented_next_turn_end_the_response():
    v = Verifier(mode="rule")
    for tail in ("<｜end▁of▁sentence｜>", "<end_of_turn>\n<start_of_turn>user\nNow 20 eggs?", " [INST] and now?",
                 "\n\nQuestion: What is 3 + 4?\nAnswer: 3 + 4 = 7. The answer is 7.",
                 "\n\nUser: Thanks! What if she had 20 eggs?\nAssistant: Then the answer is 26.",
                 "\n### Instruction:\nSolve 2x = 8.\n### Response:\nThe answer is 4."):
        assert v.verify("18", "So she makes 9 * 2 = 18 dollars. The answer is 18." + tail).correct, tail
    # the gold said only in an invented turn is not the response's answer
    assert not v.verify("7", "The answer is 18.\n\nQuestion: What is 3 + 4?\nAnswer: The answer is 7.").correct
    # a problem header that opens the response starts it; after the response's own text it is a new task
    assert v.verify("4", "Problem: solve 2x = 8.\nDividing, x = 4.\nThe answer is 4.").correct
    assert not v.verify("5", "The answer is $\\boxed{6}$.\n\nProblem: What is 2+3?\nSolution: $\\boxed{5}$").correct


@pytest.mark.parametrize("text,answer", [
    ("Work.\nThe probability is approximately $0.458$.", "0.458"),   # the rounding policy judges it
    ("Work.\nThe answer is approximately 5 or 6.", "approximately 5 or 6"),  # a hedge stays unread
    ("Work.\nThe possible values of $k$ are $4$ and $8$.", "k = 4, k = 8"),  # the subject's letter labels them
    ("Work.\nThe value of $k$ is $4$ or $8$.", None),
    ("Work.\nThe value of $k+1$ is $4$.", None),                     # not a name: two values in the sentence
])
def test_approximate_and_named_statements(text, answer):
    assert extract_answer(text).answer == answer


def test_approximately_stated_values_meet_the_rounding_policy():
    v = Verifier(mode="rule")
    assert v.verify("\\frac{11}{24}", "Work.\nThe probability is approximately $0.458$.").correct
    assert not v.verify("\\frac{11}{24}", "Work.\nThe probability is approximately $0.46$.").correct  # 2 digits
    assert not v.verify("5.4", "Work.\nSo the total is approximately 5.").correct  # an integer never rounds
    assert not v.verify("4, 8", "Work.\nThe possible values of $k$ are $4$ and $8$.",
                        question="Find all $m$ such that $m + k = 3$.").correct  # k is not what is asked


@pytest.mark.parametrize("text,answer", [
    ("Work.\nFinal Answer: Jane started growing Sphere 3 hours ago. I hope it is correct.", "3 \\text{ hours}"),
    ("Work.\n**Final Answer:** Janet makes **$18** every day.", "\\$18"),
    ("Work.\nFinal Answer: In 2 years she is 10.", "In 2 years she is 10"),        # two numbers: unread
    ("Work.\nFinal Answer: she has 5 more apples.", "she has 5 more apples"),      # a comparison word
    ("Work.\nAnswer: Janet makes $18 per day.", "Janet makes $18 per day"),         # `per` changes the quantity
])
def test_a_sentence_after_an_answer_marker_states_its_one_number(text, answer):
    assert extract_answer(text).answer == answer


@pytest.mark.parametrize("text,answer", [
    ("Work.\nThe minimum value is $1$ and the maximum value is $5$.",
     "\\text{minimum value} = 1, \\text{maximum value} = 5"),
    ("Work.\nRayna is $7$, Qing is $14$, and Paolo is $18$.", "\\text{Rayna} = 7, \\text{Qing} = 14, \\text{Paolo} = 18"),
    ("Work.\nTherefore $x$ is $1$ and $y$ is $2$.", "x = 1, y = 2"),
    ("Work.\nThe minimum is 1 and the maximum is maybe 5.", None),       # a hedge in a clause
    ("Work.\nThe width is 4 and the length is 3 thousand.", None),      # a word that changes a value
])
def test_a_closing_sentence_of_named_clauses_states_named_values(text, answer):
    assert extract_answer(text).answer == answer


def test_a_bare_answer_is_never_read_as_a_marker_sentence():
    # the one-number reading is for prose after an answer marker; a bare relation keeps all it says
    assert extract_answer("x < \\frac32 \\text{ and } x \\neq -6").answer == "x < \\frac32 \\text{ and } x \\neq -6"
    assert extract_answer("Work.\nFinal Answer: x < 3/2 and x is not -6.").answer != "-6"


def test_one_value_restated_in_another_form_is_both_candidates():
    v = Verifier(mode="rule")
    assert v.verify("\\frac12", "Work.\nThe answer is $\\frac{1}{2}$, or $0.5$.").correct
    assert v.verify("\\frac54", "Work.\nThe final answer is $1.25$, i.e. $\\frac{5}{4}$.").correct
    for wrong in ("$\\frac{1}{2}$, or $0.6$", "$299.94029994$, i.e. $299.94$", "$6.67$, or approximately $6.6$"):
        assert not v.verify("0.5" if "frac" in wrong else wrong.split("$")[-2], f"Work.\nThe answer is {wrong}.").correct
    assert extract_answer("Work.\nThe answer is 5 or 6.").answer == "5 or 6"  # two integers: a hedge, kept whole


JANET = ("Janet's ducks lay 16 eggs per day. She sells the remainder at the farmers' market daily for $2 per egg. "
         "How much in dollars does she make every day at the farmers' market?")


@pytest.mark.parametrize("last,answer", [
    ("Janet makes $18 every day at the farmers' market.", "\\$18"),
    ("She makes $18 every day.", "\\$18"),
    ("Janet makes $18 every week.", None),          # a word the question does not use: another quantity
    ("Janet spends $18 every day.", None),          # another verb
    ("Tom makes $18 every day.", None),             # another subject
    ("Janet makes 18 cents every day.", "18 \\text{ cents every day}"),  # unit and rate stay: 18 cents != $18
    ("Janet makes about $18 every day.", None),     # vague: no rounding of an integer
])
def test_a_name_statement_must_use_the_question_words(last, answer):
    assert extract_answer("Work.\n" + last, question=JANET).answer == answer
    assert extract_answer("Work.\n" + last).answer is None  # without a question, never read
    assert Verifier(mode="rule").verify("18", "Work.\n" + last, question=JANET).correct == (answer == "\\$18")


def test_a_marker_sentence_checks_its_words_against_the_question():
    q = "How many hours ago did Jane start growing Sphere?"
    assert extract_answer("Work.\nFinal Answer: Jane started growing Sphere 3 hours ago.", question=q).answer \
        == "3 \\text{ hours}"
    assert extract_answer("Work.\nFinal Answer: Jane will water Sphere in 3 hours.", question=q).answer != \
        "3 \\text{ hours}"


@pytest.mark.parametrize("text,answer", [
    ("The speed is $\\boxed{45}$ m/s.", "45 \\text{ m/s}"),
    ("$\\boxed{4}$ inches per second.", "4 \\text{ inches/second}"),
    ("She has $\\boxed{12}$ pounds of apples.", "12 \\text{ pounds}"),
    ("He worked $\\boxed{12}$ overtime minutes.", "12 \\text{ overtime minutes}"),
    ("$\\boxed{50}$ square feet", "50 \\text{ feet}^2"),
    ("The answer is $\\boxed{12}$ dozen.", "12 \\text{ dozen}"),
    ("$\\boxed{5}$ is the answer", "5"),
    ("\\boxed{7} in total", "7"),
])
def test_a_unit_or_scale_word_after_the_box_stays_with_the_value(text, answer):
    assert extract_answer(text).answer == answer


def test_a_noun_after_a_stated_number_is_read_against_the_question():
    q = "How many marbles does Tom have in total?"
    v = Verifier(mode="rule")
    assert not v.verify("40", "Work.\nIn summary, Tom has 40 bags of marbles.", question=q).correct
    assert not v.verify("40", "Work.\nIn summary, Tom has 40 red marbles.", question=q).correct
    assert v.verify("40", "Work.\nIn summary, Tom has 40 marbles.", question=q).correct
    assert not v.verify("4, 8", "Work.\nThe impossible values of $k$ are $4$ and $8$.",
                        question="Find all possible values of $k$.").correct
    assert not v.verify("229", "Work.\nThe value of $m$ is $229$.", question="Find $m+n$.").correct


def test_plain_text_dollars_before_the_stated_amount_are_currency_signs():
    q = "How much does Janet make every day at the farmers' market?"
    assert extract_answer("Work.\nEggs cost $2 each. So she makes $18 every day.", question=q).answer == "\\$18"
    assert extract_answer("Work.\nJanet pays $18 for feed. She makes $20 every day.", question=q).answer == "\\$20"
    assert extract_answer("Work.\nSo the answer is $5$.").answer == "5"  # a pair around math stays math


@pytest.mark.parametrize("text,candidates", [
    # a value restated ("that is", "i.e."): both kept, the pipeline accepts them only when strictly one value
    ("Work.\nThus the solution set is all $x < 4$, that is, $(-\\infty, 4)$.", ("x < 4", "(-\\infty, 4)")),
    ("Work.\nSo the probability is $\\frac78$, i.e. $0.875$.", ("\\frac78", "0.875")),
    ("Work.\nSo the probability is $\\frac78$, i.e. about $0.875$ or more.", None),
])
def test_conclusion_restated(text, candidates):
    e = ext(text)
    if candidates is None:
        assert e.answer is None or len(e.candidates) == 1
        return
    assert e.source == "conclusion" and e.candidates == candidates


def test_word_labelled_boxes():
    # a word before the math names each box: the names are kept, so their order against the question still counts
    e = ext("Work.\nMean $= \\boxed{5}$, median $= \\boxed{4}$.")
    assert e.candidates == ("\\text{Mean} = 5", "\\text{median} = 4") and "listed_boxes" in e.flags


@pytest.mark.parametrize("text,question,answer", [
    # the number opening a concluding clause, every other word the question's: its noun kept for the rules
    ("Work.\nSo 4.5 cups of sugar are needed.", "How many cups of sugar are needed for 6 batches?", "4.5 \\text{ cups}"),
    ("Work.\nSo 4.5 more cups of sugar are needed.", "How many cups of sugar are needed for 6 batches?", None),
    ("Work.\nSo 4.5 cups of flour are needed.", "How many cups of sugar are needed for 6 batches?", None),
    ("Work.\nSo 4.5 thousand cups of sugar are needed.", "How many cups of sugar are needed?", None),
])
def test_conclusion_number_first(text, question, answer):
    assert extract_answer(text, question=question).answer == answer


@pytest.mark.parametrize("text,answer", [
    # the clause a concluding word opens after a comma; "each ... measures"; a generic unit names no unit
    ("Work.\nThe integers are 23, 24 and 25, so the largest is 25.", "25"),
    ("Work.\nThe integers are 23, 24 and 25, so the largest is 25 or 24.", None),
    ("Work.\nWe get 5, so maybe 6.", None),
    ("Work.\nEach interior angle measures $120°$.", "120°"),
    ("Work.\nTherefore, the area is $35$ square units.", "35"),
    ("Work.\nTherefore, the area is $35$ square meters.", None),          # a unit: read by the rules, not here
])
def test_conclusion_late_cue_and_generic_units(text, answer):
    e = ext(text)
    if answer is None:
        assert e.answer is None or e.source != "conclusion"
    else:
        assert e.answer == answer and e.source == "conclusion"


def test_boxes_named_by_a_word_and_is():
    e = ext("Work.\nThe center is $\\boxed{(2, -3)}$ and the radius is $\\boxed{4}$.")
    assert e.candidates == ("\\text{center} = (2, -3)", "\\text{radius} = 4")
    e = ext("Work.\nThe answer is $\\boxed{4}$ and the answer is $\\boxed{5}$.")   # a generic word names no part
    assert e.candidates == ("4", "5") and "listed_boxes" not in e.flags


_LADDER = ("A ladder 10 feet long leans against a wall with its foot 6 feet from the wall. How high up the wall does "
           "the ladder reach?")
_PENCILS = "Pencils are sold at 3 for \\$0.75. How much do 12 pencils cost, in dollars?"


@pytest.mark.parametrize("text,question,answer", [
    # a thing of the question and a verb stating a quantity, every word the question's
    ("Work.\nThe ladder reaches 8 feet up the wall.", _LADDER, "8 \\text{ feet}"),
    ("Work.\nThe ladder reaches 8 feet up the roof.", _LADDER, None),       # a word the question does not use
    ("Work.\nThe ladder reaches 8 or 9 feet up the wall.", _LADDER, None),
    ("Work.\nThe ladder is 8 feet long.", _LADDER, None),                   # a copula: the strict shape only
    # the question's own quantity restated as the subject; the other number is the value
    ("Work.\nSo 12 pencils cost \\$3.00.", _PENCILS, "\\$3.00"),
    ("Work.\nSo 13 pencils cost \\$3.00.", _PENCILS, None),                 # 13 pencils are not the question's
    ("Work.\nSo 12 pencils cost \\$3.00 or \\$4.00.", _PENCILS, None),
])
def test_statements_about_the_question(text, question, answer):
    assert extract_answer(text, question=question).answer == answer


_WIDGETS = "A company produces 2,475 widgets per day. How many widgets does it produce in 3,000 days in total?"


@pytest.mark.parametrize("text,question,answer", [
    # more value verbs, "a total of" between the verb and the number (every word the question's); a place stated
    # with "is at", a leading "In ... form," phrase, a generic unit after a span: not read (each may name another
    # thing than asked: "So the focus is at $(2, 3)$." for the vertex)
    ("Work.\nSo the vertex is at $(2, 3)$.", None, None),
    ("Work.\n\nIn standard form, this is $2x - y + 3 = 0$.", None, None),
    ("Work.\nThe volume is $20\\pi$ cubic units.", None, None),
    ("Work.\nThe company produces **7,425,000** widgets.", _WIDGETS, "7,425,000 \\text{ widgets}"),
    ("Work.\nThe company produces a total of 7,425,000 widgets.", _WIDGETS, "7,425,000 \\text{ widgets}"),
    ("Work.\nThe company produces 7,425,000 gadgets.", _WIDGETS, None),      # a word the question does not use
    ("Work.\nThe company produces 2,475 widgets or 7,425,000 widgets.", _WIDGETS, None),
    # numbers of the question restated in the subject, before the copula: the value after it is the answer
    ("Work.\nThe sum of all positive divisors of 28 is 56.", "Find the sum of all positive divisors of $28$.", "56"),
    ("Work.\nTherefore, 15% of 240 is **36**.", "What is $15\\%$ of $240$?", "36"),
    ("Work.\nSo 2.5 meters is **250 centimeters**.", "How many centimeters are in $2.5$ meters?",
     "250 \\text{ centimeters}"),
    ("Work.\nThe sum of all positive divisors of 27 is 56.", "Find the sum of all positive divisors of $28$.", None),
    ("Work.\nThe sum of all divisors of 28 is 56 or 57.", "Find the sum of all positive divisors of $28$.", None),
    ("Work.\nThe sum is 56 and 28 is perfect.", "Find the sum of all positive divisors of $28$.", None),
    # a time of day a sentence ends on, for a question that asks one; the other words the question's
    ("Work.\nJenna finishes at 6:25 PM.", "Jenna starts at 4:35 PM. At what time does she finish?", "6:25 PM"),
    ("Work.\nThat's 6:25 PM.", "Jenna starts at 4:35 PM. At what time does she finish?", "6:25 PM"),
    ("Work.\nJenna started at 6:25 PM.", "Jenna starts at 4:35 PM. At what time does she finish?", None),
    ("Work.\nBob finishes at 6:25 PM.", "Jenna starts at 4:35 PM. At what time does she finish?", None),
    ("Work.\nJenna finishes at 6:25 PM or 6:35 PM.", "Jenna starts at 4:35 PM. At what time does she finish?", None),
    # a whole statement in bold is read as the sentence it is; a preposition after the value is no unit ("in" is no
    # inch); a guessed value is no statement of the answer
    ("Work.\n\n**Janet has 11 apples left.**", "Janet has 24 apples and eats 13. How many apples does Janet have left?",
     "11 \\text{ apples}"),
    ("Work.\nThe guessed value is 21.93.", "What is the total pay?", None),
    # a number word after the verb and before the noun the question counts
    ("Work.\nTom has twenty-seven marbles left.", "Tom has 40 marbles and gives 13 away. How many marbles does Tom have left?",
     "27 \\text{ marbles}"),
    ("Work.\nTom has twenty-seven more marbles.", "Tom has 40 marbles and gives 13 away. How many marbles does Tom have left?",
     None),
    ("Work.\nTom has twenty-seven bags left.", "Tom has 40 marbles and gives 13 away. How many marbles does Tom have left?",
     None),
    # "Each <thing> <verb>s" as a thing's statement; a possessive name the asking sentence calls "his" / "her"
    ("Work.\nEach friend pays $12.50.", "Three friends split a bill of $37.50 equally. How much does each friend pay?",
     "\\$12.50"),
    ("Work.\nEach waiter pays $12.50.", "Three friends split a bill of $37.50 equally. How much does each friend pay?",
     None),
    ("Work.\nJake's March bill was $59.00.", "In March, Jake sent 340 texts. How much was his March bill, in dollars?",
     "\\$59.00"),
    ("Work.\nAnna's March bill was $59.00.", "In March, Jake sent 340 texts. How much was his March bill, in dollars?",
     None),
    # a measure's dimension word or its noun asked ("long" for "the length")
    ("Work.\nThe side is 12 cm long.", "A square has perimeter $48$ cm. What is the length of one side?",
     "12 \\text{ cm}"),
    ("Work.\nThe side is 12 cm wide.", "A square has perimeter $48$ cm. What is the length of one side?", None),
])
def test_statement_shapes(text, question, answer):
    assert extract_answer(text, question=question).answer == answer


def test_a_bold_statement_that_hedges_is_no_answer():
    from verigrade import Verifier

    v = Verifier(mode="rule")
    q = "Janet has 24 apples and eats 13. How many apples does Janet have left?"
    assert not v.verify("11", "Work.\n\n**Janet has 11 or 12 apples left.**", question=q).correct
    assert not v.verify("11", "Work.\n\n**Janet has maybe 11 apples left.**", question=q).correct


def test_yes_no_last_sentence() -> None:
    q = "Is 221 a prime number?"
    assert extract_answer("221 = 13 × 17.\nNo, 221 is not prime.", question=q).answer == "No, 221 is not prime"
    assert extract_answer("221 = 13 × 17.\nI doubt it. No, 221 is not prime.", question=q).answer is None
    assert extract_answer("221 = 13 × 17.\nNo, 221 is not prime.", question="Find 221 / 13.").answer is None


@pytest.mark.parametrize("text,answer", [
    # an end-of-proof mark after the answer
    ("Work.\nThus, the answer is $80$. $\\blacksquare$", "80"),
    ("Work.\nThus, the answer is $80$. ∎", "80"),
    # a problem restated at the start is no invented next turn; one after the response's own value is
    ("Let's work through this.\nProblem: find x.\nWe get $2x = 14$.\n\nThe answer is: 7", "7"),
    ("The value is 6.\n\nProblem: What is 3+4? The answer is 7.", None),
    ("The value is 6.\n\nProblem 2: What is 3+4? The answer is 7.", None),
])
def test_end_marks_and_restated_problems(text, answer):
    e = ext(text)
    assert e.answer == answer if answer is not None else e.answer != "7"


_SUMMARY = ("We expand the product and collect the terms.\nThen we compare both sides of the equation carefully.\n"
            "Each step above can be checked directly.\n")


@pytest.mark.parametrize("after,answer,hedged", [
    # the summary after </think> states no answer: the reasoning's box, with the summary as the text after it
    ("", "5", False),
    ("Wait, the sum is actually 6.", "5", True),
    ("It could be 5 or 6, depending on the reading.", "5", True),
    ("The answer is 6.", "6", False),
])
def test_reasoning_box_when_the_summary_states_none(after, answer, hedged):
    e = ext("<think>\nWe compute.\nSo \\boxed{5}.\n</think>\n\n" + _SUMMARY + after)
    assert e.answer == answer
    assert (len(e.candidates) > 1 or "hedged" in e.flags) is hedged


@pytest.mark.parametrize("text,question,answer", [
    # an angle named by the subject is kept as its label, the unit with the value
    ("The measure of $\\angle ACB$ is $45$ degrees.", "Determine the measure of $\\angle ACB$.",
     "\\angle ACB = 45 \\text{ degrees}"),
    ("Angle $C$ measures $44$ degrees.", "Compute the degree measure of angle $C$.", "\\angle C = 44 \\text{ degrees}"),
])
def test_angle_statements(text, question, answer):
    assert extract_answer(text, question=question).answer == answer


def test_possessive_subject_reads_in_the_asking_sentence_words():
    q = "Jill gets paid $20 per hour. What is Jill's annual salary?"
    assert extract_answer("Work.\nJill's annual salary is $57,500.", question=q).answer == "\\$57,500"
    for other in ("Bob's salary is $57,500.", "Jill's salary before the raise is $57,500.", "Their salary is $57,500."):
        assert extract_answer("Work.\n" + other, question=q).answer is None, other


def test_value_restated_after_which_is():
    e = ext("Work.\nSo the largest value of $x$ is $\\frac{11}{2}$, which is $5.5$.")
    assert e.candidates == ("\\frac{11}{2}", "5.5") and "multiple_answers" in e.flags


_TABLE = "We add the items.\n\n| Item | Count | Value |\n|---|---|---|\n| Cupcakes | 24 | $72 |\n"


@pytest.mark.parametrize("row,question,answer", [
    ("| **Total** | **$694** |", None, "\\$694"),
    ("| **Total** | 64 | **$132** |", None, "\\$132"),                              # the one bold value
    ("| Average speed | | 40 km/h | |", "What is the average speed for the trip?", "40 km/h"),  # the question's words
    ("| Median (3rd value) | 88 |", "What is the median of the scores?", "88"),
    ("| **Total** | **64** | **$132** |", None, None),                             # two bold values
    ("| Total | 64 | $132 |", None, None),                                         # two values
    ("| Guessed | 88 |", "How many were guessed correctly?", None),                # a tentative row
    ("| Speed | 40 km/h |", "How long does the trip take?", None),                 # a row the question does not ask
    ("| **Total** | **|x - 1| < 2** |", None, None),                               # a bar inside the value
])
def test_a_tables_last_row_names_the_result(row, question, answer):
    e = extract_answer(_TABLE + row, question=question)
    assert (e.answer if e.source == "bold" else None) == answer


def test_a_count_with_an_adjective_before_its_noun():
    v = Verifier(mode="rule")
    q = "A club of 8 students must choose a committee of 3 members. How many different committees are possible?"
    assert v.verify("56", "Work.\nThere are 56 possible committees.", q).correct
    assert not v.verify("56", "Work.\nThere are 56 possible members.", q).correct
    assert not v.verify("56", "Work.\nThere are 56 possible thousand committees.", q).correct


def test_an_absolute_value_line_is_no_table_row():
    q = "Find all real $x$ for which $\\ln(x^2-1)$ is defined."
    assert extract_answer("|x|>1", question=q).answer == "|x|>1"
    assert Verifier(mode="rule").verify("(-\\infty,-1)\\cup(1,\\infty)", "|x|>1", q).correct


def test_a_letter_glued_to_a_word_is_no_label():
    """"The $y$-intercept is $(0, 4)$.": `$y$` is part of the word, not the value's name (extract_sentence)."""
    q = "Find the point where the line $x + 2y = 8$ crosses the $y$-axis."
    assert extract_answer("Work.\n\nThe $y$-intercept is $(0, 4)$.", question=q).answer == "(0, 4)"
    # (a letter that names the value still does: "The value of $k$ is $4$ or $8$." keeps `k`)
    e = extract_answer("Work.\n\nThe value of $k$ is $4$ or $8$.", question="Find all values of $k$.")
    assert e.answer is None or "k" in e.answer


def test_the_extreme_named_on_the_boxs_own_line():
    """The lead-in of a box is its own line: list items above it ("local maximum") name other extremes."""
    q = "Find the $x$-coordinate of the local minimum of $f(x) = x^3 - 3x$."
    r = ("$f''(x) = 6x$.\n- $f''(-1) = -6 < 0$: local maximum.\n- $f''(1) = 6 > 0$: local minimum.\n\n$$\\boxed{x=1}$$")
    assert extract_answer(r, question=q).answer == "x=1"
    wrong = "Work.\nSo the local maximum is at\n$$\\boxed{x=-1}$$"
    assert extract_answer(wrong, question=q).answer == "\\text{maximum} = x=-1"


def test_boxes_of_lettered_parts_against_a_lettered_gold():
    v = Verifier(mode="rule")
    q = "Let $f(x) = 2x + 1$. (a) Find $f(2)$. (b) Find $f^{-1}(7)$."
    gold = "\\text{(a) } 5;\\ \\text{(b) } 3"
    assert v.verify(gold, "Work.\n\n(a) $\\boxed{5}$ (b) $\\boxed{3}$", q).correct
    assert not v.verify(gold, "Work.\n\n(a) $\\boxed{3}$ (b) $\\boxed{5}$", q).correct
    assert not v.verify(gold, "Work.\n\n(a) $\\boxed{5}$ (b) $\\boxed{4}$", q).correct


def test_the_chinese_choice_conclusion():
    """故选 B ("so choose B") ends a Chinese choice solution; a hedge between two letters, or 故选项 ("so option ...")
    with more words, is no such conclusion."""
    q = "下列函数中是奇函数的是（　　）\nA. $y=x^2$　B. $y=x^3$　C. $y=|x|$　D. $y=2^x$"
    body = "A 是偶函数；B 是奇函数；C、D 不是奇函数。\n\n"
    assert extract_answer(body + "故选 B.", question=q).answer == "B"
    assert extract_answer(body + "所以选：C", question=q).answer == "C"
    v = Verifier(mode="rule")
    assert v.verify("B", body + "故选 B.", question=q).correct
    assert not v.verify("B", body + "故选 B 或 C.", question=q).correct
    assert not v.verify("B", body + "故选项B正确.", question=q).correct
    assert not v.verify("C", body + "故选 B.", question=q).correct
