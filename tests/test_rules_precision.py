"""Issue 11 (precision under pressure): wrong answers made by small mutations of a gold are never accepted, and the
correct counterpart still is. Examples are our own renderings of the mechanisms the precision audit found."""
import pytest

from verigrade.rules import check
from verigrade.types import Outcome

# (gold, wrong answer): each must be DIFFERENT or UNSURE, never EQUAL
WRONG = [
    # leading punctuation is not stripped: `.5` is 0.5
    ("5", ".5"), ("5", ".05"), ("5", ",5"), ("5", ";5"), ("25", ".25"), ("5", r".5\%"),
    # case and whitespace matter in the exact-text shortcut
    ("x^{-3}", "X^{-3}"), (r"\Omega", r"\omega"), (r"5\text{ MW}", r"5\text{ mW}"), ("21/2", "2 1/2"), ("12", "1 2"),
    # words next to numbers that change the value are never dropped as units
    ("5", "5 thousand"), ("5", "negative 5"), ("5", "minus 5"), ("5", "twice 5"), ("5", "half of 5"),
    ("5", "5 squared"), ("5", "reciprocal of 5"), ("5", "cannot be 5"), ("5", "5 is wrong"), ("5", "5 million"),
    # different words or units on both sides
    (r"74\text{ m}", r"74\text{ cm}"), (r"7\,\text{L}", r"7\,\text{mL}"), ("20 minutes", "20 hours"),
    ("Player 2 wins", "Player 2 loses"),
    # rounding: never truncated, never an integer answer
    ("12.75", "12.7"), ("12.75", "12.8"), ("15.7", "15.71"), ("165.47", "165.5"), ("30.52", "30.52003052"), ("30.52", "30.5"),
    (r"\frac{201}{2}", "100"), (r"\frac{201}{2}", "101"), (r"96\pi", "301"),
    (r"\frac{1000}{7}", "142"),
    # renaming only for arbitrary constants
    ("y^2=4x", "y^2=4k"), ("2a", "2b"), ("0.2N", "0.2c"),
    # labels compared by name
    ("x = 3", "y = 3"), (r"\text{Maximum} = 2", r"\text{Minimum} = 2"), (r"\text{Paolo}: 18", r"\text{Anna}: 18"),
    # yes/no hedges
    # e between digits is scientific notation
    ("2e3", "3e2"), ("1e5", "5e1"), ("2e3x", "2000"),
    ("Yes", "Yes or no"), ("No", "No, yes"), ("Yes", "yes, or maybe no"), ("Bob", "Bob loses"),
]

# (gold, right answer, question): each must stay EQUAL
RIGHT = [
    ("5", "5.0", None), ("0.4", ".4", None), (r"\frac{201}{2}", "100.5", None), (r"\frac{600}{7}", "85.71", None),
    ("165.47", "165.5", "How much heavier is it? Round to the nearest tenth."),
    ("30.5172", "30.52", "Give the answer approximately."), (r"\frac{27}{59}", "0.458", None), (r"k\pi", r"n\pi", None), ("Yes", "yes", None), ("x = 3", "3", "Solve for x."),
    (r"74\text{ m}", "74", None), ("120 feet", "120", None), ("12", r"12 \text{ cm}", None), ("x=3", "x = 3", None),
    ("y=2x+1", "f(x)=2x+1", None), ("(m, 2m)", r"(t, 2t) \text{ for some integer } t", "Find all pairs (a, b)."),
    (r"x^2 + C", r"x^2 + c", None), ("2e3", "2000", None), ("1.5E-4", "0.00015", None), ("3e^2", "3e^2", None), ("Yes", "Yes, it is possible", None),
]


@pytest.mark.parametrize("gold,answer", WRONG)
def test_mutation_rejected(gold, answer):
    res = check(gold, answer, None)
    assert res.outcome is not Outcome.EQUAL, (gold, answer, res)


@pytest.mark.parametrize("gold,answer,question", RIGHT)
def test_counterpart_accepted(gold, answer, question):
    res = check(gold, answer, question)
    assert res.outcome is Outcome.EQUAL, (gold, answer, res)
