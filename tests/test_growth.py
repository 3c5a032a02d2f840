"""The growth fuzzer (tests/growth.py) on a bounded sample: every hostile piece in every slot at sizes 10^2..10^4,
and the worst ones seen so far at 10^5. The whole fuzzer: scripts/growth_fuzz.py."""
from __future__ import annotations

import time

import pytest

from growth import PIECES, SLOTS, failures, measure

from verigrade import Verifier

V = Verifier(mode="rule")


@pytest.fixture(scope="module", autouse=True)
def _warm():
    V.verify("1", "\\boxed{1}")  # the units registry loads once per process; that is not the item's time


@pytest.mark.parametrize("slot", SLOTS)
def test_growth_is_linear_and_inside_the_deadline(slot):
    points = [measure(V, piece, slot, n) for piece in PIECES for n in (100, 1_000, 10_000)]
    assert failures(points, V.config.deadline_s) == []


@pytest.mark.parametrize("piece,slot", [("final_box", "gold"), ("sup", "gold"), ("digits", "gold"),
                                        ("caret_space", "boxed"), ("final_box", "response"), ("newlines", "question")])
def test_known_worst_cases_at_full_size(piece, slot):
    points = [measure(V, piece, slot, n) for n in (10_000, 100_000)]
    assert failures(points, V.config.deadline_s) == []


def test_caret_spaces_case_of_issue_16():
    t = time.perf_counter()
    d = V.verify("1", "\\boxed{1^" + " " * 2990 + "x}")
    assert time.perf_counter() - t < 1.5 and "deadline" not in d.flags  # (1^x is 1: equal is right)


def test_a_huge_number_is_unsure_not_an_error():
    d = V.verify("7" * 20_000, "\\boxed{1}")
    assert not d.correct and "engine_error" not in d.flags
