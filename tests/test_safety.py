"""Bounded cost and safety on hostile input: every verify() returns a Verdict within the deadline, nothing
in an answer is ever executed, and the verifier is safe to call from many threads."""
import random
import os
import threading
import time

import pytest

from verigrade import Verifier

HOSTILE = [
    ("9^{9^{9^9}}", "\\boxed{9^{9^{9^9}}}"),
    ("1", "\\boxed{" + "{" * 10_000 + "1" + "}" * 10_000 + "}"),
    ("1", "{" * 10_000),
    ("1", "\\boxed{" + "(" * 5000 + "1" + ")" * 5000 + "}"),
    ("2", "x" * 2_000_000 + " so the answer is \\boxed{2}"),
    ("2", ("1+" * 1400) + "1"),
    ("x", "\\boxed{" + "x^" * 300 + "x}"),
    ("10", "\\boxed{10^{10^{10^{10^{10}}}}}"),
    ("5", "\\boxed{1000000!}"),
    ("5", "\\boxed{\\binom{10^{9}}{5 \\cdot 10^{8}}}"),
    ("(1,2)", "\\boxed{" + ",".join(["(1,2)"] * 500) + "}"),
    ("\\{1\\}", "\\boxed{\\{x | x = 1 \\cup " * 200 + "}"),
    ("0", "\\boxed{\\sin(10^{300})}"),
    ("1", "\\boxed{\\frac{1}{0}}"),
    ("1", "\\boxed{0^{-1}}"),
    ("②", "\\boxed{2}"),
    ("①③", "\\boxed{13}"),
    ("\\emptyset", "\\boxed{-(\\quad)}"),
    ("\\{\\}", "\\boxed{-(?)}"),
    ("\\binom{4030}{2015}", "\\boxed{53.33333333333333\\%}"),  # Decimal quantize out of range, once
    # an augmented-matrix bar once made the matrix parser loop without consuming input
    ("1", "\\boxed{\\begin{bmatrix} 2 & -7 & | & -3 \\\\ 4 & -1 & | & 5 \\end{bmatrix}}"),
    ("\\begin{bmatrix} 2 & | & -3 \\end{bmatrix}", "\\boxed{\\begin{pmatrix} 1 & ) \\end{pmatrix}}"),
    # issue 16: a long space run after `1^` backtracked polynomially in the ordinal regex (106 s once)
    ("1", "\\boxed{1^" + " " * 2990 + "x}"),
    ("1", "\\boxed{1^" + "\n" * 2990 + "x}"),
    ("1", "\\boxed{1" + " \t" * 3000 + "^{ st}}"),
]


@pytest.mark.parametrize("gold,response", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_bounded(gold, response):
    v = Verifier(mode="rule", deadline_s=1.0)
    t0 = time.perf_counter()
    d = v.verify(gold, response)
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.5, f"took {elapsed:.2f}s"
    assert isinstance(d.correct, bool) and d.reason
    assert "engine_error" not in d.flags, d


def test_deadline_is_configurable_and_flagged():
    v = Verifier(mode="rule", deadline_s=0.001)
    d = v.verify("x^2+2x+1", "\\boxed{" + "+".join(f"(x+{i})^2" for i in range(300)) + "}")
    assert not d.correct
    assert "deadline" in d.flags or d.outcome.value in ("unsure", "different")


def test_code_in_answer_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    payloads = [
        f"__import__('os').system('touch {marker}')",
        f"\\boxed{{__import__('os').system('touch {marker}')}}",
        f"eval(\"open('{marker}','w')\")",
        f"exec(compile('open(\"{marker}\",\"w\")','x','exec'))",
        f"lambda: __import__('os').system('touch {marker}')",
    ]
    v = Verifier(mode="rule")
    for p in payloads:
        d = v.verify("0", p)
        assert not d.correct
    assert not marker.exists()
    assert not os.path.exists("pwned")


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"], {"a": 1}])
def test_bad_inputs_are_flagged_not_raised(bad):
    v = Verifier(mode="rule")
    d = v.verify(bad, "\\boxed{1}")
    assert not d.correct and "bad_input" in d.flags
    d = v.verify("1", bad)
    assert not d.correct and "bad_input" in d.flags


def test_no_answer_is_flagged():
    v = Verifier(mode="rule")
    d = v.verify("42", "Let me think step by step. First we compute 6 times 7 which is 42, and then we need to check the")
    assert not d.correct and "no_answer" in d.flags and d.answer is None


def test_threads_give_same_results():
    v = Verifier(mode="rule")
    cases = [("\\frac{1}{2}", "\\boxed{0.5}", True), ("[1,2)", "\\boxed{1 \\le x < 2}", True), ("3", "\\boxed{4}", False)] * 30
    results = [None] * len(cases)

    def work(i):
        g, r, _ = cases[i]
        results[i] = v.verify(g, r).correct

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(cases))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == [c[2] for c in cases]


def test_verify_batch_keeps_order_and_length():
    v = Verifier(mode="rule")
    items = [{"gold": str(i), "response": f"\\boxed{{{i if i % 2 else i + 1}}}"} for i in range(20)]
    ds = v.verify_batch(items)
    assert [d.correct for d in ds] == [bool(i % 2) for i in range(20)]


def test_parser_always_consumes_input():
    """Without any deadline, malformed environments must fail fast, not loop (this once grew memory unboundedly)."""
    from verigrade.rules.lexer import tokenize
    from verigrade.rules.normalize import normalize
    from verigrade.rules.parser import ParseError, parse

    for text in ["\\begin{bmatrix} 2 & -7 & | & -3 \\\\ 4 & -1 & | & 5 \\end{bmatrix}", "\\begin{pmatrix} 1 & ) \\end{pmatrix}",
                 "\\begin{pmatrix} ] \\end{pmatrix}"]:
        t0 = time.perf_counter()
        with pytest.raises(ParseError):
            parse(tokenize(normalize(text)))
        assert time.perf_counter() - t0 < 0.1


def test_option_lines_linear_in_blank_lines():
    # issue 16: `^\\s*` in the option-line regex crossed newlines: 30 000 blank lines took 20 s
    v = Verifier(mode="rule", deadline_s=1.0)
    t0 = time.perf_counter()
    v.verify("A", "\\boxed{A}", "Which one?" + "\n" * 30_000 + "A. 1\nB. 2")
    assert time.perf_counter() - t0 < 1.5


def _slow_item(n: int, k: int) -> tuple[str, str]:
    """A list of n symbolic items against the reversed list: ~0.2 s of work for n = 30 on one core, ~0.3 s for 40."""
    f = (lambda i: f"{i + 1}x^2+{i}x+{i + k}") if k % 2 else (lambda i: f"\\frac{{{i + 1}x+{k}}}{{x^2+{i + 2}}}")
    return ", ".join(f(i) for i in range(n)), "\\boxed{" + ", ".join(f(n - 1 - i) for i in range(n)) + "}"


def test_verdicts_do_not_depend_on_load():
    """Issue 16: 20 000 mixed items from 32 threads give the verdicts of one thread, slow items included. The
    deadline counts the item's own CPU time, so waiting for the GIL behind 31 other threads does not use it up."""
    import concurrent.futures as cf
    import json
    from pathlib import Path

    src = Path(__file__).resolve().parents[2] / "shared" / "data" / "math_cot_100_rollouts.jsonl"
    if not src.exists():
        pytest.skip(f"shared data not found at {src.parent}")
    rows = [json.loads(x) for x in open(src)]
    base = [(r["ground_truth"], r["response"][-1500:], r["question"]) for r in rows]
    fast = [base[i % len(base)] for i in range(20_000 - 40)]
    random.Random(7).shuffle(fast)
    # n = 30: ~0.2 s CPU each, so 32 at once take ~5 s of wall time on an idle machine, a quarter of the
    # deadline's wall cap (WALL_FACTOR x 1 s + 1 s). With n = 40 it was ~11 s, and a CI machine busy with
    # anything else pushed some items past the cap: a flaky failure about load, not about verdicts.
    slow = [(*_slow_item(30, k), None) for k in range(40)]
    items = slow[:32] + fast + slow[32:]  # 32 slow items at once: each waits for the GIL behind 31 others
    v = Verifier(mode="rule")
    key = lambda d: (d.correct, d.outcome.value, d.reason, d.flags)  # noqa: E731
    one = [key(v.verify(g, r, q)) for g, r, q in items]
    with cf.ThreadPoolExecutor(32) as pool:
        many = list(pool.map(lambda it: key(v.verify(*it)), items))
    assert sum("deadline" in k[3] for k in one) == 0
    assert many == one
