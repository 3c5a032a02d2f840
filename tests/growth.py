"""Growth fuzzer (issue 16): inputs built from one hostile piece repeated to sizes 10^2 .. 10^5, placed in the
gold, the response or the question, timed through the rule verifier. An item fails when it takes more than 1.5x
its deadline, or when its time grows worse than linearly (10x the size costing > GROWTH_LIMIT x the time, once
the time is large enough to measure). Shared by tests/test_growth.py (a bounded sample) and
scripts/growth_fuzz.py (everything)."""
from __future__ import annotations

import gc
import time
from dataclasses import dataclass

PIECES = {
    "spaces": " ", "braces": "{", "close_braces": "}", "pairs": "{}", "backslashes": "\\", "carets": "^",
    "underscores": "_", "digits": "7", "frac": "\\frac", "frac12": "\\frac{1}{2}", "sqrt": "\\sqrt{", "dollars": "$",
    "boxed": "\\boxed{", "answer_is": "the answer is ", "gsm8k": "#### ", "newlines": "\n", "unicode": "\u0301",
    "fullwidth": "\uff15", "caret_space": "1^ ", "final_box": "Final Answer: \\boxed{ ", "sup": "<sup>",
    "parens": "(", "commas": "1,", "minus": "-", "dots": ".", "think": "<think>", "answer_tag": "<answer>",
    "equals": "=", "lt": "<", "text": "\\text{a", "left": "\\left(", "percent": "\\%", "pm": "\\pm", "word": "is ",
    # the words after a box and the sentence readers: tabs, a dollar between spaces, turn words, rates, names
    "tabs": "\t", "dollar_space": " $ ", "wait": "wait ", "every": "every day ", "name": "Janet makes ",
    "question_hdr": "\nQuestion: ", "or_value": " or 5", "clause": "x is 1, ",
    # end-of-proof marks, a closed reasoning (the summary's fallback to its box), late concluding clauses
    "qed": " $\\blacksquare$", "think_close": "</think>", "so_clause": ", so the value is 2",
    # the therefore sign opening spans, closing remarks, alignment rows, bold headings, implication arrows
    "therefore": "\\(\\therefore ", "therefore_lines": "\n$\\therefore x = 1$", "hope": "Hope this helps! ",
    "align": "\\begin{align*} x &= 1 \\\\ ", "bold_heading": "\n**Total** $= 1", "implies": "x = 1 \\Rightarrow ",
}
SIZES = (100, 1_000, 10_000, 100_000)
SLOTS = ("gold", "response", "boxed", "question", "after_box")
GROWTH_LIMIT = 30.0  # linear is 10x per decade; 30x leaves room for noise, 100x (quadratic) fails
MEASURABLE_S = 0.05  # below this a time is noise, not growth


@dataclass(frozen=True)
class Point:
    piece: str
    slot: str
    size: int
    seconds: float
    flags: tuple[str, ...]


def item(piece: str, slot: str, size: int) -> dict:
    text = PIECES[piece] * max(1, size // len(PIECES[piece]))
    base = {"gold": "1", "response": "The answer is \\boxed{1}.", "question": "What is 1?"}
    if slot == "gold":
        base["gold"] = text
    elif slot == "response":
        base["response"] = "Work: " + text + " so \\boxed{1}"
    elif slot == "boxed":  # inside the final box: the answer itself (`\\boxed{1^` + spaces + `x}`)
        base["response"] = "\\boxed{1" + text + "x}"
    elif slot == "after_box":  # right after the final box: its unit, the tail's revisions, closing statements
        base["response"] = "So $\\boxed{1}$" + text + " m."
    else:
        base["question"] = text
    return base


def measure(verifier, piece: str, slot: str, size: int) -> Point:
    it = item(piece, slot, size)
    gc.disable()  # (the verifier's own time: a collection of a large test heap is no growth of the input's)
    try:
        t = time.perf_counter()
        d = verifier.verify(it["gold"], it["response"], it["question"])
        took = time.perf_counter() - t
    finally:
        gc.enable()
    return Point(piece, slot, size, took, tuple(d.flags))


def failures(points: list[Point], deadline_s: float) -> list[str]:
    """Over 1.5x the deadline, or super-linear growth between consecutive sizes of one (piece, slot)."""
    out = []
    by = {}
    for p in points:
        by.setdefault((p.piece, p.slot), []).append(p)
        if p.seconds > 1.5 * deadline_s:
            out.append(f"{p.piece}/{p.slot} size {p.size}: {p.seconds:.2f}s > 1.5x deadline")
    for (piece, slot), ps in by.items():
        ps.sort(key=lambda p: p.size)
        for a, b in zip(ps, ps[1:]):
            if b.seconds > MEASURABLE_S and b.seconds > GROWTH_LIMIT * max(a.seconds, MEASURABLE_S / 10) * (b.size / a.size) / 10:
                out.append(f"{piece}/{slot}: {a.size}->{b.size} took {a.seconds:.3f}s -> {b.seconds:.3f}s")
    return out
