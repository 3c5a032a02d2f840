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
    ("12.75", "12.7"), ("12.75", "12.6"), ("15.7", "15.71"), ("165.47", "165.4"), ("30.52", "30.52003052"),
    ("30.58", "30.5"), ("0.0123", "0.0"),
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
    # units with dimension and scale; degrees, radians, primes
    (r"74\text{ m}", r"7400\text{ kg}"), ("30^\\circ", r"30\text{ rad}"), ("45^\\circ", "45'"), ("B'", "B"),
    ("25 °C", "25 °F"), ("5", "5 percent"), ("0.5\\%", "0.5"), ("28\\%", "0.28\\%"), ("80", "80\\%"),
    ("No", "No, it is possible"), ("Yes", "Yes, it cannot"), ("No", "No, not not"), ("(1, 2)", r"\{1, 2\}"), (r"\{1, 2\}", "(1, 2)"), ("3", "|x| = 3"), (r"2.45 \times 10^6 \, \text{N}", r"\text{N}"), (r"\frac{\pi}{4} + k\pi, k \in \mathbb{Z}", r"\frac{\pi}{4} + k\pi, k \in \mathbb{N}"),
    ("x=3, y=-1", "-1, 3"), ("(1, 2)", "y = 1, x = 2"), ("Yes", "Yes, it is impossible"), ("z", r"\bar{z}"), ("3 + 4i", r"\overline{3+4i}"), 
    # a big constant does not hide a term (exact rational probing; constants to 1e-12)
    (r"10^{20} - x", r"10^{20} + x"), (r"2^{60} + k", r"2^{60} - k"), (r"\frac{1}{x}", r"\frac{1}{x+10^{-10}}"),
    (r"[0, 10^{20}]", r"[0, 10^{20}+1]"), (r"10^{10} + \sqrt{2}", r"10^{10} - \sqrt{2}"),
    (r"x < 1 \text{ or } x > 2", r"x < 1 \text{ and } x > 2"), ("2", r"2\text{e}"), ("2", r"2 \text{ c}"), ("2", r"2\mathrm{i}"), ("(2, 5)", r"x > 2 \text{ and } x \le 5"), ("(2, 5)", r"x > 2 \text{ and } y < 5"),
    (r"(-\infty,-1)\cup(2,\infty)", r"x < -1 \text{ and } x > 2"), ("30.52", "30.52 thousandths"),
    # labels: function names and bound variables, labels that are claims
    ("f(x)=2x", "f(X)=2x"), ("f(n)=n^2", "f(k)=n^2"), ("f(x)=x", "F(x)=x"), ("1:1", "possibly 1:1"),
    ("1:1", "not equal to 1:1"), ("P", "more than P"), ("Possible", "Possible is wrong"), ("r, h", "R, h"),
    # question marks, decimal commas, intervals vs lists
    ("5", "5?"), ("5,1", "5.1"), ("3.5", "3,05"), ("35", "3,5"), ("1.234", "1,234"), (r"(2, +\infty)", r"2, +\infty"), ("0,111", "111"),
    # tight tolerances, wide probes
    (r"\pi\times10^{-13}", r"2\pi\times10^{-13}"), ("0.196566478x", "0.196566472x"),
    (r"\frac{1}{4}x + 1 = 2023", r"\frac{1}{4}x + 3 = 2023"), ("[0,10^9]", "[0,10^9+1]"), ("a<b<c", r"a\le b\le c"),
    (r"\begin{pmatrix}1\\2\end{pmatrix}", r"\begin{pmatrix}1&2\end{pmatrix}"), ("N is even", "N is odd"),
    ("He can.", "He cannot."), ("C_7^2", "C_9^2"), (r"\sqrt{c} = 11111111", r"\sqrt{c} = 14111111"),
]

# (gold, wrong answer, question): the question decides
WRONG_Q = [
    ("9", "y = 9", "For all nonzero reals $x$ and $y$, find the minimum value of the positive real number $a$."),
    ("21.93", "21.93\\%", "Three workers share the pay. What is the ratio of A's pay to the total?"),
    (r"(-\sqrt{3}, \sqrt{3})", r"-\sqrt{3}, \sqrt{3}", "For what real values of $x$ is $x^2 < 3$?"),
    ("C", "(C) (not sure)", "Which is right? (A) 1 (B) 2 (C) 3 (D) 4"),
    # an option letter whose text is another option's; a value gold against another option's letter
    ("B", "(B) 7", "Which is largest? (A) 5 (B) 6 (C) 7 (D) 8"),
    ("12", "(A) 12", "What is 3 \\cdot 4? (A) 7 (B) 12 (C) 34 (D) 1"), ("12", "C", "What is 3 \\cdot 4? (A) 7 (B) 12 (C) 34 (D) 1"),
    # another segment than the one asked; word labels against a gold in the question's order; a conversion's unit
    ("10", "AC = 10", "In right triangle ABC, AC = 6 and BC = 8. Find the length of AB."),
    ("4, 3", r"\text{mean} = 3, \text{median} = 4", "Find the mean and median of 2, 3, 3, 5, 7."),
    ("2500", "2500 km", "Convert 2.5 kilometers to meters."),
]


@pytest.mark.parametrize("gold,answer,question", WRONG_Q)
def test_mutation_rejected_given_question(gold, answer, question):
    res = check(gold, answer, question)
    assert res.outcome is not Outcome.EQUAL, (gold, answer, res)

# (gold, right answer, question): each must stay EQUAL
RIGHT = [
    ("5", "5.0", None), ("0.4", ".4", None), (r"\frac{201}{2}", "100.5", None), (r"\frac{600}{7}", "85.71", None),
    ("165.47", "165.5", None), ("12.75", "12.8", None), ("2.653", "2.65", None),
    ("30.5172", "30.52", "Give the answer approximately."), (r"\frac{27}{59}", "0.458", None), (r"k\pi", r"n\pi", None), ("Yes", "yes", None), ("x = 3", "3", "Solve for x."),
    (r"74\text{ m}", "74", None), ("120 feet", "120", None), ("12", r"12 \text{ cm}", None), ("x=3", "x = 3", None),
    ("y=2x+1", "f(x)=2x+1", None), ("(m, 2m)", r"(t, 2t) \text{ for some integer } t", "Find all pairs (a, b)."),
    (r"74\text{ m}", r"7400\text{ cm}", None), (r"7\,\text{L}", r"7000\,\text{mL}", None), ("2 hours", "120 minutes", None),
    ("30^\\circ", r"\frac{\pi}{6}\text{ rad}", None), ("f(x)=0", "f(k)=0", None), ("5", r"5 \text{ km per hour}", None),
    ("21.93", "21.93\\%", "What percent of the pay does A get?"), ("2.5", "2,5", "Ein Stab ist 1,5 m lang."),
    ("16,3,1,1", "w=16, d=3, a=1, b=1", "Determine the values of $w, d, a$ and $b$ if the total is 201."),
    ("40", r"40 \text{ candies}", "How many candies are left?"),
    (r"x^2 + C", r"x^2 + c", None), ("2e3", "2000", None), ("1.5E-4", "0.00015", None), ("3e^2", "3e^2", None), ("Yes", "Yes, it is possible", None),
    ("3.5", "3,5", None), ("0.4", "0,4", None), ("28\\%", "28", None), ("No", "No, it cannot.", None),
    ("No", r"\text{No, it is not possible}", None),
    ("(2, 5]", r"x > 2 \text{ and } x \le 5", None),
    (r"\bar{z}", r"\overline{z}", None), (r"\overline{AB}", "AB", None),
    ("B", r"\textbf{(B)}\ 6", "Which is largest? (A) 5 (B) 6 (C) 7 (D) 8"), ("1", r"\sqrt[3]{2+\sqrt5}+\sqrt[3]{2-\sqrt5}", None),
    ("12", "(B) 12", "What is 3 \\cdot 4? (A) 7 (B) 12 (C) 34 (D) 1"), (r"(x+1)^{200}", r"(1+x)^{200}", None),
    ("10", "AB = 10", "Find the length of AB."), ("4, 5", "AB = 4, CD = 5", "Find AB and CD."),
    ("1,2", "Maximum = 2, Minimum = 1", "Find the maximum and minimum."), ("2500", r"2500 \text{ m}", "Convert 2.5 km to meters."),
]


@pytest.mark.parametrize("gold,answer", WRONG)
def test_mutation_rejected(gold, answer):
    res = check(gold, answer, None)
    assert res.outcome is not Outcome.EQUAL, (gold, answer, res)


@pytest.mark.parametrize("gold,answer,question", RIGHT)
def test_counterpart_accepted(gold, answer, question):
    res = check(gold, answer, question)
    assert res.outcome is Outcome.EQUAL, (gold, answer, res)


def test_rounding_policy_is_configurable():
    from verigrade import Verifier

    q = "Round to the nearest tenth."
    assert Verifier(mode="rule").verify(r"\frac{600}{7}", "85.71").correct
    assert not Verifier(mode="rule", rounding="asked").verify(r"\frac{600}{7}", "85.71").correct
    assert Verifier(mode="rule", rounding="asked").verify("165.47", "165.5", q).correct
    assert not Verifier(mode="rule", rounding="asked").verify("165.47", "165.5").correct
    assert not Verifier(mode="rule", rounding="never").verify("165.47", "165.5", q).correct
    with pytest.raises(ValueError):
        Verifier(mode="rule", rounding="loose")


def test_hedge_candidates_use_strict_equality():
    from verigrade import Verifier

    v = Verifier(mode="rule")
    assert not v.verify("5", r"The answer is \boxed{5} or \boxed{5 \text{ thousand}}").correct
    assert not v.verify(r"\frac{600}{7}", r"\boxed{85.71} or \boxed{\frac{600}{7}}").correct
    assert v.verify(r"\frac{639}{40}", r"\boxed{15\frac{39}{40}}, or \boxed{\frac{639}{40}}").correct


@pytest.mark.parametrize("question,want", [
    ("Find the roots and list them in increasing order.", True),
    ("Find a and b respectively.", True),
    ("Given four numbers that form a geometric sequence in order, and q is not 1. Find the ratio.", False),
    ("Determine all possible ordered pairs (a, b).", False),
    ("The numbers a, b, c are written in increasing order. Find all possible values of m.", False),
])
def test_order_cue_only_about_the_answer(question, want):
    # issue 12: an order cue counts when it is about the answer, not when it describes the problem's data
    assert (check("-2, 2, 5", "2, -2, 5", question).outcome is Outcome.EQUAL) is (not want)


def test_set_braces_are_unordered_even_with_a_cue():
    assert check(r"\{1, 2\}", r"\{2, 1\}", "List them in increasing order.").outcome is Outcome.EQUAL


@pytest.mark.parametrize("gold,answer,want", [
    (r"\{2 \pm \sqrt3, 1\}", r"\{2+\sqrt3, 2-\sqrt3, 1\}", Outcome.EQUAL),
    (r"(\pm 1, 2, \pm 3)", "(1,2,3),(1,2,-3),(-1,2,3),(-1,2,-3)", Outcome.EQUAL),
    (r"(\pm 1, 2, \pm 3)", "(1,2,3),(1,2,-3),(-1,2,3)", Outcome.DIFFERENT),
    (r"\{2 \pm \sqrt3, 1\}", r"\{2+\sqrt3, 1\}", Outcome.DIFFERENT),
])
def test_plus_minus_inside_sets_and_tuples(gold, answer, want):
    # issue 12: ± inside a set or a tuple stands for every choice of sign
    assert check(gold, answer, None).outcome is want


def test_a_sentence_gold_with_math_still_names_its_key_word():
    # a value with a unit is no sentence (its unit is no name), a sentence holding math still is
    assert check(r"2.45 \times 10^6 \, \text{N}", r"\text{N}", None).outcome is not Outcome.EQUAL
    assert check("The transformed function $f(x+1)-1$ is odd.", "odd", None).outcome is Outcome.EQUAL


def test_a_function_value_names_the_asked_point_only():
    q = "Let $f(x) = x^2 + 8$. Find $f(2)$."
    assert check("12", "f(2) = 12", q).outcome is Outcome.EQUAL
    assert check("12", "f(3) = 12", q).outcome is not Outcome.EQUAL
    assert check("12", "g(2) = 12", q).outcome is not Outcome.EQUAL
    assert check("12", "f(2) = 12", None).outcome is not Outcome.EQUAL  # no question: which point is unknown
    # the question may write the point with \left( \right) (a raw string: "\right" in a plain one is a CR)
    q = r"Let $f(x) = x^2 + 8$. Find $f\left(2\right)$."
    assert check("12", r"f\left(2\right) = 12", q).outcome is Outcome.EQUAL
    assert check("12", r"f\left(3\right) = 12", q).outcome is not Outcome.EQUAL


def test_an_asked_compound_expression_names_the_value():
    q = "The probability is $\\frac{m}{n}$ for coprime m and n. Find $m+n$."
    assert check("229", "m + n = 229", q).outcome is Outcome.EQUAL
    assert check("229", "m+n=229", "What is the value of $m + n$?").outcome is Outcome.EQUAL
    assert check("229", "m - n = 229", q).outcome is not Outcome.EQUAL  # another expression
    assert check("229", "mn = 229", q).outcome is not Outcome.EQUAL
    assert check("229", "m + n = 230", q).outcome is Outcome.DIFFERENT
    # the expression of a condition is data, not what is asked
    assert check("7", "a + b = 7", "Given $a+b = 5$, find $ab$.").outcome is not Outcome.EQUAL
    assert check("7", "a + b = 7", "If the value of $a+b$ is 5, find $ab$.").outcome is not Outcome.EQUAL
    assert check("7", "a + b = 7", None).outcome is not Outcome.EQUAL  # no question: nothing is asked


def test_bare_unit_letters_read_as_the_unit_the_question_asks_for():
    q = "What is the speed of the car in km/h?"
    assert check("45", "45 km/h", q).outcome is Outcome.EQUAL
    assert check("45", "45 m/s", q).outcome is Outcome.DIFFERENT  # 45 m/s is 162 km/h
    # the same speed in a unit the question does not ask: the conversion asked for is not done (not EQUAL)
    assert check("18", "5 m/s", q).outcome is Outcome.UNSURE
    assert check("45", "45 km/h", "What is the speed of the car?").outcome is not Outcome.EQUAL  # k*m/h
    assert check("3", "3 ab", "How many apples does she eat in a day?").outcome is not Outcome.EQUAL
    assert check("45", "45 m/s", "What is the speed in meters per second?").outcome is Outcome.EQUAL


def test_a_unit_of_another_kind_than_the_question_asks_for_is_not_dropped():
    assert check("45", "45 \\text{ kg}", "How far is it, in km?").outcome is not Outcome.EQUAL
    assert check("45", "45 \\text{ m/s}", "What is the speed in km/h?").outcome is Outcome.DIFFERENT
    assert check("45", "45 \\text{ kg}", "What is the speed in km/h?").outcome is not Outcome.EQUAL
    assert check("45", "45 \\text{ km}", "How far is it, in km?").outcome is Outcome.EQUAL
    assert check("45", "45 \\text{ kg}", "How heavy is it?").outcome is Outcome.EQUAL  # nothing asked: dropped
    # radians asked over time are still radians: 100 degrees is not 100 rad/s
    assert check("100", "100^\\circ", "What is the angular speed, in radians per second?").outcome is not Outcome.EQUAL


def test_a_label_naming_another_quantity_than_the_question_asks_is_not_dropped():
    q = "In triangle $ABC$, determine the measure of $\\angle A C B$."
    assert check("45^\\circ", "\\angle ABC = 45^\\circ", q).outcome is not Outcome.EQUAL
    assert check("45^\\circ", "\\angle BCA = 45^\\circ", q).outcome is Outcome.EQUAL  # the same angle
    assert check("45^\\circ", "\\angle ABC = 45^\\circ", "Determine the measure of angle ACB.").outcome \
        is not Outcome.EQUAL
    assert check("45^\\circ", "\\angle ACB = 45^\\circ", "Determine the measure of angle ACB.").outcome is Outcome.EQUAL
    assert check("10", "S_5 = 10", "Find $S_4$.").outcome is not Outcome.EQUAL
    assert check("10", "S_4 = 10", "Find $S_{4}$.").outcome is Outcome.EQUAL
    assert check("10", "a_4 = 10", "Find $a_5$ and nothing else.").outcome is not Outcome.EQUAL
    assert check("4", "\\beta = 4", "Find $\\alpha$.").outcome is not Outcome.EQUAL
    assert check("4", "\\alpha = 4", "the angle $\\alpha$ so that $S = \\frac{1}{\\sin\\alpha}$ is least").outcome \
        is Outcome.EQUAL
    assert check("\\frac12", "P(B) = \\frac12", "Given $P(B) = 1/3$, find $P(A)$.").outcome is not Outcome.EQUAL
    assert check("\\frac12", "P(A) = \\frac12", "Given $P(B) = 1/3$, find $P(A)$.").outcome is Outcome.EQUAL
    assert check("3", "\\frac{n}{m} = 3", "Find $\\frac{m}{n}$.").outcome is not Outcome.EQUAL
    assert check("5", "|BC| = 5", "In triangle $ABC$, find $|AC|$.").outcome is not Outcome.EQUAL
    # a currency sign in the question does not shift the spans: `$5 for every year ... Find $\\frac{m}{n}$`
    q = "They give him $5 for every year. How much? Find $\\frac{m}{n}$."
    assert check("3", "\\frac{n}{m} = 3", q).outcome is not Outcome.EQUAL
    assert check("3", "\\frac{m}{n} = 3", q).outcome is Outcome.EQUAL


def test_units_the_question_writes_as_math_or_area_are_asked_units():
    q = "What is the constant speed of the trains, in $\\mathrm{km} / \\mathrm{h}$ ?"
    assert check("\\frac{600}{7}", "\\frac{600}{7}\\text{ m/s}", q).outcome is not Outcome.EQUAL
    assert check("\\frac{600}{7}", "\\frac{600}{7}\\text{ km/h}", q).outcome is Outcome.EQUAL
    assert check("8", "8 \\text{ mm}", "How long is it (in $\\mathrm{cm}$)?").outcome is not Outcome.EQUAL
    assert check("45", "45 \\text{ cm}^2", "What is the area in square meters?").outcome is not Outcome.EQUAL
    assert check("21.93", "21.93 \\text{ minutes}", "Calculate the total number of overtime hours.").outcome \
        is not Outcome.EQUAL
    assert check("21.93", "21.93 \\text{ hours}", "Calculate the total number of overtime hours.").outcome \
        is Outcome.EQUAL
    assert check("12", "12 \\text{ hours}", "How many apples per hour does she pick?").outcome is not Outcome.EQUAL


def test_a_mixed_number_before_a_unit_or_percent_is_a_sum_not_a_product():
    assert check("5 \\text{ cm}", "10\\frac{1}{2}\\text{ cm}", None).outcome is Outcome.DIFFERENT
    assert check("10.5 \\text{ cm}", "10\\frac{1}{2}\\text{ cm}", None).outcome is Outcome.EQUAL
    assert check("4\\%", "6\\frac{2}{3}\\%", None).outcome is Outcome.DIFFERENT
    assert check("\\frac{20}{3}\\%", "6\\frac{2}{3}\\%", None).outcome is Outcome.EQUAL
    assert check("2.5 \\text{ hours}", "2\\frac12 \\text{ hours}", None).outcome is Outcome.EQUAL


def test_named_extremes_sort_themselves_other_names_against_a_sorted_gold_are_undecided():
    q = "Find the maximum and minimum values."
    assert check("1,2", "\\text{maximum} = 2, \\text{minimum} = 1", q).outcome is Outcome.EQUAL
    assert check("1,2", "\\text{maximum} = 1, \\text{minimum} = 2", q).outcome is Outcome.DIFFERENT
    assert check("-1,3", "\\text{minimum} = 3,\\ \\text{maximum} = -1", q).outcome is Outcome.DIFFERENT
    q = "Paolo, Qing and Rayna have ages. Determine their ages."
    assert check("7,14,18", "\\text{Paolo} = 14,\\ \\text{Qing} = 18,\\ \\text{Rayna} = 7", q).outcome \
        is not Outcome.EQUAL  # a sorted gold cannot say who is 7
    assert check("7,14,18", "\\text{Paolo} = 7,\\ \\text{Qing} = 14,\\ \\text{Rayna} = 18", q).outcome is Outcome.EQUAL


def test_a_function_definition_asked_by_the_question_still_binds_its_variable():
    q = "If $f(x)$ is odd and $g(x)$ is even, find $f(x)$."
    assert check("f(x) = x^3 + x", "f(x) = x^3 + x", q).outcome is Outcome.EQUAL
    assert check("f(x) = x^3 + x", "f(k) = x^3 + x", q).outcome is not Outcome.EQUAL  # a function of k ignoring k


def test_pm_inside_listed_tuples_and_before_a_tuple_lists_each_choice():
    gold = "(4,23),(4,-23),(0,2),(0,-2)"
    assert check(gold, "(0,\\pm 2),\\ (4,\\pm 23)", None).outcome is Outcome.EQUAL
    assert check(gold, "(0,\\pm 2),\\ (4,\\pm 22)", None).outcome is Outcome.DIFFERENT
    assert check(gold, "(0,\\pm 2)", None).outcome is not Outcome.EQUAL  # two solutions missing
    assert check("(0,1,1),(0,-1,-1)", "\\pm(0,1,1)", None).outcome is Outcome.EQUAL
    assert check("(0,1,1),(0,-1,-1)", "\\pm(0,1,2)", None).outcome is Outcome.DIFFERENT
    assert check("(0,1,1)", "\\pm(0,1,1)", None).outcome is not Outcome.EQUAL  # a second tuple claimed


def test_a_tuple_of_unknowns_in_a_finite_set_is_that_set_in_the_names_order():
    gold = "(4,23),(0,2)"
    assert check(gold, "(x,y) \\in \\{(4,23),(0,2)\\}", "Solve for (x, y).").outcome is Outcome.EQUAL
    assert check(gold, "(x,y) \\in \\{(4,23)\\}", "Solve for (x, y).").outcome is not Outcome.EQUAL
    assert check(gold, "(y,x) \\in \\{(4,23),(0,2)\\}", "Solve for (x, y).").outcome is not Outcome.EQUAL
    assert check(gold, "(y,x) \\in \\{(4,23),(0,2)\\}", None).outcome is not Outcome.EQUAL  # not alphabetical


def test_a_scalar_times_a_vector_is_the_vector_of_products():
    gold = "\\begin{pmatrix}-1/3\\\\2/3\\\\5/3\\end{pmatrix}"
    assert check(gold, "\\frac13\\begin{pmatrix}-1\\\\2\\\\5\\end{pmatrix}", None).outcome is Outcome.EQUAL
    assert check(gold, "\\frac13\\begin{pmatrix}-1\\\\2\\\\6\\end{pmatrix}", None).outcome is Outcome.DIFFERENT
    assert check(gold, "\\frac12\\begin{pmatrix}-1\\\\2\\\\5\\end{pmatrix}", None).outcome is Outcome.DIFFERENT


def test_a_product_of_matrices_is_their_matrix_product():
    a = "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}"
    assert check("\\begin{pmatrix}7 & 10 \\\\ 15 & 22\\end{pmatrix}", a + a, None).outcome is Outcome.EQUAL
    assert check("\\begin{pmatrix}7 & 10 \\\\ 15 & 23\\end{pmatrix}", a + a, None).outcome is Outcome.DIFFERENT
    assert check(a, a + " \\begin{pmatrix}1 \\\\ 0\\end{pmatrix}", None).outcome is not Outcome.EQUAL  # a column


def test_multi_word_labels_against_a_sorted_gold_sort_as_extremes():
    q = "Find the minimum and maximum values."
    assert check("1, 5", "\\text{minimum value} = 5, \\text{maximum value} = 1", q).outcome is Outcome.DIFFERENT
    assert check("1, 5", "\\text{minimum value} = 1, \\text{maximum value} = 5", q).outcome is Outcome.EQUAL
    assert check("5, 1", "\\text{maximum value} = 5, \\text{minimum value} = 1", q).outcome is Outcome.EQUAL


def test_set_builder_conditions_with_bars_commas_and_excluded_points():
    g = "(-\\infty,-3)\\cup(3,\\infty)"
    assert check(g, "\\{x \\mid |x| > 3\\}", None).outcome is Outcome.EQUAL
    assert check(g, "\\{x \\mid |x| \\ge 3\\}", None).outcome is Outcome.DIFFERENT
    g = "(-\\infty,-6)\\cup(-6,\\frac32)"
    assert check(g, "\\{x \\mid x<\\tfrac32,\\ x\\neq -6\\}", None).outcome is Outcome.EQUAL
    assert check(g, "x < \\frac32 \\text{ and } x \\neq -6", None).outcome is Outcome.EQUAL
    assert check(g, "x < \\frac32 \\text{ and } x \\neq -5", None).outcome is Outcome.DIFFERENT
    assert check(g, "x < \\frac32, x \\neq -6", None).outcome is not Outcome.EQUAL  # a bare comma lists answers


def test_generic_names_of_the_answer_are_dropped():
    q = "How many girls are not in the girl scout?"
    assert check("40", "Total: 40 girls", q).outcome is Outcome.EQUAL
    assert check("40", "Total: 41 girls", q).outcome is Outcome.DIFFERENT
    assert check("40", "Total: 40 boys", q).outcome is not Outcome.EQUAL  # a noun the question does not count
    assert check("40", "Maybe: 40", q).outcome is not Outcome.EQUAL


def test_a_rate_the_question_does_not_state_is_another_quantity():
    q = "How much in dollars does Janet make every day at the farmers' market?"
    assert check("18", "Janet makes 18 dollars every week", q).outcome is not Outcome.EQUAL
    assert check("18", "Janet makes 18 dollars every day", q).outcome is Outcome.EQUAL
    assert check("18", "18 dollars every hour", q).outcome is not Outcome.EQUAL
    assert check("5", "5 \\text{ km per hour}", None).outcome is Outcome.EQUAL  # a compound unit, not a rate


def test_a_letter_of_the_asked_expression_is_not_what_is_asked():
    assert check("229", "m = 229", "Find $m+n$.").outcome is not Outcome.EQUAL
    assert check("10", "x = 10", "Find $x+y$.").outcome is not Outcome.EQUAL
    assert check("30", "S = 30", "Find $S_4$.").outcome is not Outcome.EQUAL
    assert check("16,3,1,1", "w=16, d=3, a=1, b=1", "Determine the values of $w, d, a$ and $b$.").outcome \
        is Outcome.EQUAL  # a list of names asked: each one is asked
    assert check("\\frac13", "P(\\bar{A}) = \\frac13", "What is $P(A)$?").outcome is not Outcome.EQUAL
    assert check("\\frac13", "P(\\bar{A}) = \\frac13", "What is $P(\\bar{A})$?").outcome is Outcome.EQUAL


def test_one_name_with_two_values_and_names_in_no_known_order_are_undecided():
    assert check("1, 2", "\\text{minimum} = 1, \\text{minimum} = 2", "Find the minimum and maximum.").outcome \
        is not Outcome.EQUAL
    assert check("1, 2", "x = 1, x = 2", "Solve for $x$.").outcome is Outcome.EQUAL  # two solutions of one letter
    q = "How old are Paolo and Qing?"
    assert check("7, 14", "\\text{Qing} = 7, \\text{Paolo} = 14", q).outcome is not Outcome.EQUAL
    assert check("7, 14", "\\text{Paolo} = 7, \\text{Qing} = 14", q).outcome is Outcome.EQUAL
    assert check("7, 14", "\\text{Paolo} = 7, \\text{Qing} = 14", "Find their ages.").outcome is not Outcome.EQUAL


def test_a_set_builder_on_another_letter_and_a_tuple_of_other_names_are_not_read():
    assert check("(-\\infty,-3)\\cup(3,\\infty)", "\\{y \\mid |x| > 3\\}", None).outcome is not Outcome.EQUAL
    assert check("(4,23),(0,2)", "(a,b) \\in \\{(4,23),(0,2)\\}", "Find $(x,y)$.").outcome is not Outcome.EQUAL


def test_reordered_asked_sums_units_in_pieces_and_a_number_times_a_tuple():
    assert check("229", "n + m = 229", "Find $m+n$.").outcome is Outcome.EQUAL
    assert check("229", "n - m = 229", "Find $m-n$.").outcome is not Outcome.EQUAL
    q = "What is the speed in $\\mathrm{km}/\\mathrm{h}$?"
    assert check("45", "45\\ \\mathrm{km}/\\mathrm{h}", q).outcome is Outcome.EQUAL
    assert check("45", "45\\ \\mathrm{m}/\\mathrm{s}", q).outcome is Outcome.DIFFERENT
    assert check("(3,6,9)", "3(1,2,3)", None).outcome is Outcome.EQUAL
    assert check("(3,6,9)", "\\frac{1}{2}(6,12,18)", None).outcome is Outcome.EQUAL
    assert check("(3,6,9)", "3(1,2,4)", None).outcome is Outcome.DIFFERENT


def test_plain_text_questions_name_what_they_ask():
    assert check("3", "n/m = 3", "Let m and n satisfy m = 3n. Find m/n.").outcome is not Outcome.EQUAL
    assert check("3", "m/n = 3", "Let m and n satisfy m = 3n. Find m/n.").outcome is Outcome.EQUAL
    assert check("\\frac12", "P(B) = \\frac12", "Find P(A).").outcome is not Outcome.EQUAL
    assert check("60", "\\angle B = 60^\\circ", "Angle A is 50 and angle B is 70. Find angle C.").outcome \
        is not Outcome.EQUAL


def test_inverted_extremes_and_units_other_than_the_question_data():
    q = "What are the minimum and maximum values of f?"
    assert check("5,1", "\\text{minimum} = 5,\\ \\text{maximum} = 1", q).outcome is Outcome.DIFFERENT
    q = "A square has area 64 cm^2. What is its side length?"
    assert check("8", "8\\text{ mm}", q).outcome is not Outcome.EQUAL
    assert check("8", "8\\text{ cm}", q).outcome is Outcome.EQUAL


# A red-team review of this session's acceptances (2026-12-07): each was judged EQUAL once. (feature, gold,
# wrong answer or response, question): never accepted.
_P = "We compute.\n\n"
REVIEWED = [
    ('cong-tolerance', 'x \\equiv 3 \\pmod{1000000007}', 'x \\equiv 4 \\pmod{1000000007}', 'Solve $5x \\equiv 15 \\pmod{1000000007}$.'),
    ('cong-tolerance', 'x \\equiv 3 \\pmod{1000000007}', 'x \\equiv 3 \\pmod{1000000008}', 'Solve.'),
    ('cong-tolerance', 'x \\equiv 3 \\pmod{7}', 'x = 7k + 3 + 10^{-10}', 'Find all integers x with 3x \\equiv 2 \\pmod 7.'),
    ('residue', '2', '2^{100} \\equiv 2 \\pmod 5', 'Find the remainder when $2^{100}$ is divided by 7.'),
    ('residue', '2', '2^{99} \\equiv 2 \\pmod 7', 'Find the remainder when $2^{100}$ is divided by 7.'),
    ('residue', '1', '7^{100} \\equiv 1 \\pmod{9}', 'Find the remainder when $7^{100}$ is divided by 11.'),
    ('fprime', '-3', "f'(x) = -3", "Let $f(x) = x^3 - 3x$. Find $f'(0)$."),
    ('finv', '2', 'f^{-1}(x) = 2', 'Let $f(x) = 2x - 1$. Find $f^{-1}(3)$.'),
    ('fprime', '3x^2 - 3', "f''(x) = 3x^2 - 3", 'Find the derivative of $f(x) = x^3 - 3x$.'),
    ('finv', '\\frac{x-1}{2}', "f'(x) = \\frac{x-1}{2}", 'Find the inverse function of $f(x) = 2x + 1$.'),
    ('ecc', '1', 'e = 1', 'The hyperbola $\\frac{x^2}{a^2} - \\frac{y^2}{3} = 1$ ($a>0$) has eccentricity 2. Find $a$.'),
    ('relvars', '\\{a, 1\\}', 'a = 1 \\text{ or } x = a', 'Solve $(x-1)(x-a) = 0$ for $x$.'),
    ('relvars', '\\{a, 1\\}', 'x = 1 \\text{ or } a = a', 'Solve $(x-1)(x-a) = 0$ for $x$.'),
    ('relvars', '\\{a, b\\}', 'x = a \\text{ or } y = b', 'Solve $(x-a)(x-b) = 0$ for $x$.'),
    ('forall', 'f(x) = 2x', 'f(x) = 2x \\text{ for all positive } x', 'Find all $f:\\mathbb{R}\\to\\mathbb{R}$ with ...'),
    ('forall', 'f(x) = 2x', 'f(x) = 2x \\text{ for all } x > 0', 'Let f be defined on R. Given f(x) = 2x for x>0 and f odd, find f.'),
    ('generic', '12', '12 square units', 'Find the perimeter of the rectangle.'),
    ('generic', '12 \\text{ cm}', '12 square units', 'The side is 4 cm. Find the perimeter.'),
    ('generic', '48', '48 ways', 'Find the number of students.'),
    ('generic', '48', '48 units', 'How far, in meters, did it travel?'),
    ('plainunit', '3 m', '300 \\text{ cm}', 'A block of mass m slides down a 5 m ramp; a second block has mass 2m. Find the total mass.'),
    ('plainunit', '5 h', '5', 'Let h be the height. The time is 3 h. Find the height h.'),
    ('yesno', 'No', 'No, 223 is not prime.', 'Is 223 not prime?'),
    ('yesno', 'No', 'No, it is true that 221 is not prime.', 'Is it true that 221 is not prime?'),
    ('yesno', 'No', 'No, 221 is not prime, 221 is prime.', 'Is 221 prime?'),
    ('yesno', 'No', 'No, no, 221 is a prime number.', 'Is 221 a prime number?'),
    ('yesno', 'No', 'No, 7 is not greater than 5.', 'Is 5 greater than 7?'),
    ('yesno-extract', 'No', _P + 'No, the series converges.', 'Does the series converge?'),
    ('yesno-extract', 'No', _P + 'No, they are parallel.', 'Are the lines parallel?'),
    ('yesno-extract', 'Yes', _P + 'Yes, there is a real solution.', 'Is there no real solution to $x^2 + 1 = 0$?'),
    ('mathline', 'x = 2 \\text{ or } x = -3', 'The solution is $x = 7$.\n\nCheck the other candidates:\n$x = 2$ or $x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline', 'x = 2 \\text{ or } x = -3', 'The domain excludes\n$x = 2 \\text{ or } x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline', 'x = 2 \\text{ or } x = -3', 'Neither of these works:\n$x = 2 \\text{ or } x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline', 'x = 2 \\text{ or } x = -3', 'Suppose\n$x = 2 \\text{ or } x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline', '5', 'Option 1: $x = 4$\nOption 2:\n$x = 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline', '5', 'The value is $4$.\nAlternatively:\n$x = 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline', '5', '$x = 4$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline', '5 + 5i', 'We need $|z|$:\n$|5+5i| = 5\\sqrt{2}$\n$5+5i$', 'Compute $(1+2i)(3-i)$.'),
    ('inform', '5', _P + 'If $a = 2$, the value is $7$.\n\nIn the second case, the value is $5$.', 'Find the value of $x$ if $a$ is a positive parameter.'),
    ('bounded', '4', 'x = 4', 'If $x>0$ satisfies $x^2=4$, find $y=x+2$.'),
    ('point', '(2, 0)', 'F_1(2,0)', 'Find the coordinates of the focus $F$ of the parabola $y^2 = 8x$.'),
]


# A second red-team pass (2026-12-07): each was judged EQUAL once, at the session's start or after the first
# pass's fixes. (area, gold, wrong answer or response, question): never accepted.
REVIEWED_2 = [
    ('yesno', 'Yes', 'Yes, it diverges.', 'Does the series $\\sum_{n\\ge1} \\frac{1}{n^2}$ converge?'),
    ('yesno', 'No', 'No, the sum is finite.', 'Does the series $\\sum_{n\\ge1} \\frac{1}{n}$ converge?'),
    ('yesno', 'No', 'No, its only divisors are 1 and 221.', 'Is 221 prime?'),
    ('yesno', 'Yes', 'Yes, 2 divides it.', 'Is 221 odd?'),
    ('yesno', 'Yes', 'Yes, it is odd.', 'Is $f(x) = x^2$ an even function?'),
    ('yesno', 'Yes', 'Yes, the function is odd.', 'Is the function $f(x) = x^2$ even?'),
    ('yesno', 'Yes', 'Yes, f is decreasing.', 'Is $f(x) = x^3$ increasing on $(0,1)$?'),
    ('yesno', 'Yes', 'Yes, they meet at one point.', 'Are the lines $y = 2x+1$ and $y = 2x+3$ parallel?'),
    ('yesno', 'No', 'No, they intersect.', 'Do the lines $y = 2x+1$ and $y = 2x+3$ intersect?'),
    ('yesno', 'No', 'No, x = 2 works.', 'Does $x^2 + 1 = 0$ have a real solution?'),
    ('yesno', 'No', 'No, it is a perfect square.', 'Is 50 a perfect square?'),
    ('yesno', 'No', 'No, they are equal.', 'Are $0.5$ and $\\frac{2}{3}$ equal?'),
    ('yesno', 'Yes', 'Yes, it is smaller.', 'Is $\\pi$ greater than $3$?'),
    ('yesno', 'Yes', 'Yes, the matrix is singular.', 'Is the matrix $\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}$ invertible?'),
    ('yesno', 'No', 'No, the matrix is invertible.', 'Is the matrix $\\begin{pmatrix}1&1\\\\1&1\\end{pmatrix}$ invertible?'),
    ('yesno', 'Yes', 'Yes, the sequence is bounded.', 'Is the sequence $a_n = n$ unbounded?'),
    ('yesno', 'No', 'No, the statement is correct.', 'Is the statement $2 + 2 = 5$ true?'),
    ('yesno', 'False', 'False, the claim holds.', 'True or false: $2 + 2 = 5$.'),
    ('yesno', 'True', 'True, it fails for n = 2.', 'True or false: $n^2 \\ge n$ for all positive integers n.'),
    ('yesno', 'No', 'No, it holds for all n.', 'Does $n^2 < n$ hold for all positive integers n?'),
    ('yesno', 'No', 'No, tiling works.', 'Can an 8x8 board with two opposite corners removed be tiled by dominoes?'),
    ('yesno-extract', 'No', 'We compute.\n\nNo, they intersect.', 'Do the lines $y = 2x+1$ and $y = 2x+3$ intersect?'),
    ('yesno-extract', 'Yes', 'Thus the answer:\n\n**Yes, it diverges.**', 'Does the series $\\sum_{n\\ge1} \\frac{1}{n^2}$ converge?'),
    ('mathline-chain', '5', '$x = 4$\n$x + 1 = 4 + 1$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$x = 4$\n$2x - 3 = 8 - 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$2x = 8$\n$x = 4$\n$x^2 - 11 = 16 - 11$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$a = 2$\n$a^2 + 1 = 4 + 1$\n$= 5$', 'Find the value of $a$ given $3a = 6$.'),
    ('mathline-chain', '5', '$x = 4$\n$2x - 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$x \\neq \\frac{10}{2}$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$x \\ne 2 + 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$x > 2 + 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$x < 2 + 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$y = 2 + 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$x^2 = 2 + 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5', '$\\text{Not } x = 2 + 3$\n$= 5$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-chain', '5 + 5i', '$z = 1 + 5i$\n$z + 4 = 1 + 5i + 4$\n$= 5 + 5i$', 'Compute $z = (1+2i)(3-i)$.'),
    ('mathline-chain', '5 + 5i', '$(1+2i)(3-i) = 5 - 5i$\n$|5-5i| = \\sqrt{50}$\n$= 5 + 5i$', 'Compute $(1+2i)(3-i)$.'),
    ('mathline-step', 'x = 2 \\text{ or } x = -3', '$x^2 + x - 6 = 0 \\text{ fails for}$\n$x = 2$ or $x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-step', 'x = 2 \\text{ or } x = -3', '$\\text{Reject } x^2 + x = 6 \\text{ for}$\n$x = 2$ or $x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-step', 'x = 2 \\text{ or } x = -3', '$x = 7, x^2 + x - 6 = 50$\n$x = 2$ or $x = -3$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'The solution is $x = 7$.\n\nCheck the other candidates:\n\\[x = 2 \\text{ or } x = -3\\]', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'The domain excludes\n$$x = 2 \\text{ or } x = -3$$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'Neither of these works:\n\\[\nx = 2 \\text{ or } x = -3\n\\]', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'Suppose\n$$x = 2 \\text{ or } x = -3$$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'We reject\n\\[x = 2 \\text{ or } x = -3\\]', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'We must discard\n$$x = 2 \\text{ or } x = -3$$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'A common mistake gives\n\\[x = 2 \\text{ or } x = -3\\]', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'The value is $4$.\nAlternatively:\n$$x = 2 \\text{ or } x = -3$$', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', 'x = 2 \\text{ or } x = -3', 'Option 1: $x = 4$\nOption 2:\n\\[x = 2 \\text{ or } x = -3\\]', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-display', '5', 'Option 1: $x = 4$\nOption 2:\n$$x = 5$$', 'Find $x$ if $2x + 3 = 13$.'),
    ('mathline-bold', 'x = 2 \\text{ or } x = -3', 'The domain excludes\n**x = 2 or x = -3**', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-bold', 'x = 2 \\text{ or } x = -3', 'We reject\n**x = 2 or x = -3**', 'Solve $x^2 + x - 6 = 0$.'),
    ('mathline-bold', 'x = 2 \\text{ or } x = -3', 'The solution is $x = 7$.\n\nCheck the other candidates:\n**x = 2 or x = -3**', 'Solve $x^2 + x - 6 = 0$.'),
    ('residue', '1', '2^{100} \\equiv 1 \\pmod{3}', 'Find the remainder when $2^{100}$ is divided by 5.'),
    ('residue', '1', '3^{100} \\equiv 1 \\pmod{5}', 'Find the remainder when $2^{100}$ is divided by 5.'),
    ('residue', '1', '2^{4} \\equiv 1 \\pmod{5}', 'Find the remainder when $2^{100}$ is divided by 5.'),
    ('residue', '3', '7^{2023} \\equiv 3 \\pmod{5}', 'Find the last digit of $7^{2023}$.'),
    ('residue', '3', '7^{3} \\equiv 3 \\pmod{10}', 'Find the last digit of $7^{2023}$.'),
    ('residue', '2', '2^{100} \\equiv 2 \\pmod{1}', 'Find the remainder when $2^{100}$ is divided by 7.'),
    ('cong-qual', 'x \\equiv 3 \\pmod{7}', 'x = 7k + 3 \\text{ for positive integers } k', 'Find all integers $x$ with $3x \\equiv 2 \\pmod 7$.'),
    ('cong-qual', 'x = 7k + 3, k \\in \\mathbb{Z}', 'x = 7k + 3 \\text{ for some positive integer } k', 'Find all integers $x$ with $3x \\equiv 2 \\pmod 7$.'),
    ('cong-qual', 'x \\equiv 3 \\pmod{7}', 'x = 7k + 3 \\text{ where } k \\text{ is a natural number}', 'Find all integers $x$ with $3x \\equiv 2 \\pmod 7$.'),
    ('cong-qual', 'x \\equiv 3 \\pmod{7}', 'x = 7k + 3 \\text{ for nonnegative integers } k', 'Find all integers $x$ with $3x \\equiv 2 \\pmod 7$.'),
    ('cong-qual', 'x \\equiv 3 \\pmod{7}', '7k + 3 \\text{ for positive integers } k', 'Find all integers $x$ with $3x \\equiv 2 \\pmod 7$.'),
    ('cong-qual', 'x = 7k + 3, k \\in \\mathbb{Z}', 'x = 3 + 7k \\text{ for positive integers } k', 'Find all integers $x$ with $3x \\equiv 2 \\pmod 7$.'),
    ('union-qual', 'n = 6k + 1 \\text{ or } n = 6k + 5, k \\in \\mathbb{Z}', 'n = 6k+5 \\text{ or } n = 6k+1 \\text{ for positive integers } k', 'Find all integers $n$ coprime to 6.'),
    ('union-qual', 'n = 6k + 1 \\text{ or } n = 6k + 5', 'n = 6k+5 \\text{ or } n = 6k+1, k \\in \\mathbb{N}', 'Find all integers $n$ coprime to 6.'),
    ('forall', 'f(x) = 2x', 'f(x) = 2x \\text{ for all integers } x', 'Find all functions $f:\\mathbb{R}\\to\\mathbb{R}$ such that $f(x+y) = f(x) + f(y)$ and $f(1)=2$, $f$ continuous.'),
    ('forall', 'f(x) = 2x', 'f(x) = 2x \\text{ for all integer } x', 'Find all functions $f:\\mathbb{R}\\to\\mathbb{R}$ such that $f(x+y) = f(x) + f(y)$ and $f(1)=2$, $f$ continuous.'),
    ('forall', 'f(x) = 2x', 'f(x) = 2x \\text{ for all positive real numbers } x', 'Find all functions $f:\\mathbb{R}\\to\\mathbb{R}$ such that $f(x+y) = f(x) + f(y)$ and $f(1)=2$, $f$ continuous.'),
    ('forall', 'f(x) = x^c', 'f(x) = x^c \\text{ for all positive integers } x', 'Find all functions $f:\\mathbb{R}^+\\to\\mathbb{R}^+$ such that $f(x)f(y) = f(xy)$ and $f$ is continuous.'),
    ('fprime', '-3', "f'(x) = -3", "Let $f(x) = x^3 - 3x$. $f'(0) = $ ____."),
    ('fprime', '-3', "f'(x) = -3", "Let $f(x) = x^3 - 3x$, then $f'(0)=$"),
    ('fprime', '-3', "f'(x) = -3", "Given $f(x) = x^3 - 3x$, $f'(0)$ equals"),
    ('fprime', '-3', "f'(x) = -3", 'Let $f(x) = x^3 - 3x$. Compute the derivative at 0.'),
    ('fprime', '-3', "f'(x) = -3", "Let $f(x) = x^3 - 3x$. Compute $f'$ at $0$."),
    ('fprime', '-3', 'f(x) = -3', "Let $f(x) = x^3 - 3x$. Find $f'(0)$."),
    ('fprime', '-3', "g'(x) = -3", "Let $f(x) = x^3 - 3x$. Find $f'(0)$."),
    ('finv', '2', 'f^{-1}(x) = 2', 'Let $f(x) = 2x - 1$, then $f^{-1}(3) = $'),
    ('finv', '2', 'f^{-1}(x) = 2', 'If $f(x) = 2x - 1$, $f^{-1}(3)$ is'),
    ('finv', '2', 'f^{-1}(x) = 2', 'Let $f(x) = 2x - 1$. Find the value of the inverse function at 3.'),
    ('finv', '\\frac{x+1}{2}', 'f^{-1}(y) = \\frac{x+1}{2}', 'Find the inverse function of $f(x) = 2x - 1$.'),
    ('fx', '6', 'f(x) = 6', 'Let $f(x) = 2x$. Then $f(3)$ is equal to'),
    ('fx', '6', 'f(x) = 6', 'Let $f(x) = 2x$. $f(3) = ?$'),
    ('fx', '6', 'f(x) = 6', 'Let $f(x) = 2x$. Find $f(\\sqrt{9})$.'),
    ('fx', '\\frac{1}{2}', 'f(x) = \\frac{1}{2}', 'Let $f(x) = 2x$. Find $f(\\frac{1}{4})$.'),
    ('fx', '6', 'f(x) = 6', 'Let $f(x) = 2x$. The value $f(3)$ is what?'),
    ('fx', '6', 'g(x) = 6', 'Let $f(x) = 2x$. Find $f(3)$.'),
    ('yx', 'e^{2}', 'y(x) = e^{2}', "Solve $y' = 2y$ with $y(0)=1$, then evaluate $y$ at $1$."),
    ('yx', 'e^{2x}', 'x(t) = e^{2x}', "Solve $y' = 2y$, $y(0)=1$."),
    ('yx', 'e^{2x}', 'x(y) = e^{2x}', "Solve $y' = 2y$, $y(0)=1$."),
    ('ylabel', 'F(x) = x^3 + C', 'y = x^3 + C', 'Find an antiderivative $F$ of $y = 3x^2$.'),
    ('ylabel', 'f(x) = x^3', 'y = x^3', "Let $y = f'(x) = 3x^2$. Find $f(x)$ with $f(0) = 0$."),
    ('relvars', '\\{a, 1\\}', 'y = 1 \\text{ or } y = a', 'Solve $(x-1)(x-a) = 0$ for $x$.'),
    ('relvars', '\\{1, 2\\}', 't = 1 \\text{ or } t = 2', 'Solve $4^x - 6 \\cdot 2^x + 8 = 0$ for $x$.'),
    ('relvars', '\\{1, 2\\}', '$t^2 - 3t + 2 = 0$\n$t = 1 \\text{ or } t = 2$', 'Solve $4^x - 6 \\cdot 2^x + 8 = 0$ for $x$.'),
    ('generic', '6', '6 square units', 'A square has area 36. Find its side length.'),
    ('generic', '27', '27 \\text{ square units}', 'Find the volume of a cube with square faces of side 3.'),
    ('generic', '9', '9 \\text{ cubic units}', 'Find the area of a square face of a cube with volume 27.'),
    ('generic', '20\\pi', '20\\pi \\text{ square units}', 'Find the volume of a cylinder with a square cross-section of side ... (volume).'),
    ('generic', '5\\sqrt{2}', '5\\sqrt{2} \\text{ square units}', 'Find the distance between points A and B on the square.'),
    ('generic', '12', '12 \\text{ sq units}', 'Find the perimeter of the square with side 3.'),
    ('generic', '12', '12 \\text{ square unit}', 'Find the perimeter of the square with side 3.'),
    ('generic', '6', '6 ways', 'Find the number of distinct prime factors of 30030.'),
    ('generic', '6', '6 ways', 'What is the largest possible value of n?'),
    ('generic', '6', '6 units', 'What is the mass of the block (kg)?'),
    ('generic-sentence', '20', 'We work it out step by step.\n\nThe perimeter is $20$ square units.', 'Find the perimeter.'),
    ('generic-sentence', '20', 'We work it out step by step.\n\nThe perimeter is $20$ cubic units.', 'Find the perimeter.'),
    ('generic-sentence', '20', 'We work it out step by step.\n\nThe volume is $20$ square units.', 'Find the volume of the cylinder.'),
    ('generic-sentence', '20\\pi', 'We work it out step by step.\n\nThe arc length is $20\\pi$ square units.', 'Find the length of the arc.'),
    ('generic-sentence', '20', 'We work it out step by step.\n\nThe length is $20$ units.', 'How long is it, in meters?'),
    ('plainunit', '4 m', '400 \\text{ cm}', 'The line $y = mx + 1$ and a 3 m pole. Find 4 times the slope.'),
    ('ecc', '1', 'e = 1', 'Find c, given that the eccentricity is 1/2 and a = 2.'),
    ('ecc', '1', 'e = 1', 'What is c for an ellipse with eccentricity 0.5 and a = 2?'),
    ('ecc', '1', 'e = 1', 'Find $c$ for the ellipse whose eccentricity is $\\frac12$, with $a = 2$.'),
    ('ecc', '\\frac{\\sqrt{3}}{2}', 'e = \\frac{\\sqrt{3}}{2}', 'Find $\\frac{b}{a}$ for the ellipse with eccentricity $\\frac12$.'),
    ('point', '(2, 0)', 'F_1(2,0)', 'Find the coordinates of the right focus $F_2$ of the ellipse $\\frac{x^2}{8}+\\frac{y^2}{4}=1$ with foci $F_1$, $F_2$.'),
    ('point', '(2, 0)', 'F(2,0)', 'Find the vertex of the parabola $y^2 = 8(x-2)$ with focus $F$.'),
    ('imre', '4', '\\operatorname{Im}(z) = 4', 'Let $z = 1+2i$ have imaginary part 2. Find the imaginary part of $z^2$.'),
    ('imre', '-3', '\\operatorname{Re}(z) = -3', 'Let $z = 1+2i$ have real part 1. Find the real part of $z^2$.'),
    ('imre', '-2', '\\operatorname{Im}(z) = -2', 'Find the imaginary part of $w = \\bar z$ where $z = 1 + 2i$.'),
    ('imre', '-2', '\\operatorname{Im}(z) = -2', 'Let $z = 1+2i$ (imaginary part 2). Find $\\operatorname{Im}(\\bar z)$.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Solve the system for $(x, y)$.'),
    ('point-interval', '(1, 2)', '1 < y < 2', 'Find the solution $(x,y)$ of the system.'),
    ('point-interval', '(1, 2)', 'x \\in (1, 2)', 'Find the pair $(a, b)$.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Find $x$ and $y$.'),
    ('point-interval', '(1, 2)', '\\{x \\mid 1 < x < 2\\}', 'Find the centroid.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Find the location of the maximum.'),
    ('wordletter', '\\text{radius} = 4', 'r = 4', 'The inner circle has radius r. Find the radius of the outer circle.'),
    ('wordletter', '\\text{height} = 4', 'h = 4', 'The cone has slant height h. Find the height.'),
    ('wordletter', '\\text{area} = 4', 'a = 4', 'Find the area of the square with side a.'),
    ('wordletter', '\\text{side} = 4', 's = 4', 'The square has area s. Find the side.'),
    ('wordletter', '\\text{mean} = 3', 'm = 3', 'Find the mean; the median is m.'),
    ('wordletter', '\\text{Maximum} = 3', 'm = 3', 'Find the maximum value M and minimum m. Give the maximum.'),
    ('wordletter', '\\text{speed} = 3', 's = 3', 'Find the speed; s is the distance.'),
    ('wordletter', '\\text{temperature} = 3', 't = 3', 'Find the temperature at time t.'),
    ('wordletter', '\\text{volume} = 4', 'V = 4', 'Find the volume V_1 of the smaller solid; the larger has volume V.'),
    ('sentence', '(2, 3)', 'We work it out step by step.\n\nSo the focus is at $(2,3)$.', 'Find the vertex of $y = (x-2)^2 + 3$.'),
    ('sentence', '(2, 3)', 'We work it out step by step.\n\nThe y-intercept is at $(2,3)$.', 'Find the vertex of $y = (x-2)^2 + 3$.'),
    ('sentence', '(2, 3)', 'We work it out step by step.\n\nWe assume the vertex is at $(2,3)$.', 'Find the vertex of $y = (x-2)^2 + 3$.'),
    ('sentence', '20\\pi', 'We work it out step by step.\n\nThe volume is $20\\pi$ cubic units.', 'Find the area of the base.'),
    ('sentence', '20\\pi', 'We work it out step by step.\n\nThe volume of the cone is $20\\pi$ cubic units.', 'Find the volume of the cylinder.'),
    ('sentence', '20\\pi', 'We work it out step by step.\n\nThe old volume is $20\\pi$ cubic units.', 'Find the new volume of the cylinder.'),
    ('sentence', 'y = 2x + 1', 'We work it out step by step.\n\nIn slope-intercept form, the given line is $y = 2x + 1$.', 'Find the equation of the line perpendicular to the given line.'),
    ('sentence', 'y = 2x + 1', 'We work it out step by step.\n\nIn slope-intercept form, the original line is $y = 2x + 1$.', 'Find the equation of the tangent line.'),
    ('sentence', 'y = 2x + 1', 'We work it out step by step.\n\nIn an earlier form, the line was $y = 2x + 1$.', 'Find the equation of the line.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nWe assume the value is $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nWe suppose $x$ is $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nWe conjecture the value is $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nThe claimed value is $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nThe naive answer is $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nThe previous answer was $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nIgnoring the sign, the value is $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nGuessing, we get $5$.', 'Find $x$ if $2x + 3 = 13$.'),
    ('sentence-hedge', '5', 'We work it out step by step.\n\nSolving, $x = 4$.\n\nWe would get $x = 5$.', 'Find $x$ if $2x + 3 = 13$.'),
]


# A third red-team pass (2026-12-07, on the rules after the second pass's fixes): judged EQUAL once.
REVIEWED_3 = [
    ('yesno-qneg', 'Yes', 'Yes, 1 is prime.', 'Is 1 neither prime nor composite?'),
    ('yesno-qneg', 'Yes', 'Yes, 1 is composite.', 'Is 1 neither prime nor composite?'),
    ('yesno-qneg', 'No', 'No, 7 is not prime.', 'Is it false that 7 is prime?'),
    ('yesno-qneg', 'Yes', 'Yes, 9 is prime.', 'Is it false that 9 is prime?'),
    ('yesno-qneg', 'Yes', 'Yes, the series converges.', 'Does the harmonic series fail to converge?'),
    ('yesno-qneg', 'Yes', 'Yes, the function is differentiable.', 'Is the Weierstrass function nowhere differentiable?'),
    ('yesno-qneg', 'Yes', 'Yes, 221 is prime.', 'Is 221 non-prime?'),
    ('yesno-qneg', 'Yes', 'Yes, 221 is a prime.', 'Is 221 a non-prime number?'),
    ('yesno-qneg-extract', 'Yes', 'We work it out step by step.\n\n**Yes, the series converges.**', 'Does the harmonic series fail to converge?'),
    ('yesno-qneg-extract', 'Yes', 'We work it out step by step.\n\nThe answer is: Yes, 221 is prime.', 'Is 221 non-prime?'),
    ('yesno-drop', 'No', 'No, 17 is not prime.', 'Is 17 prime and even?'),
    ('yesno-drop', 'No', 'No, 9 is not odd.', 'Is 9 an odd prime?'),
    ('yesno-drop', 'No', 'No, primes are not odd.', 'Are all primes odd?'),
    ('yesno-drop', 'No', 'No, 15 is not divisible.', 'Is 15 divisible by 4?'),
    ('yesno-alt', 'No', 'No, 9 is even.', 'Is 9 an odd prime?'),
    ('yesno-alt', 'No', 'No, 1 is composite.', 'Is 1 prime?'),
    ('yesno-alt', 'No', 'No, it is composite.', 'Is 1 a prime number?'),
    ('yesno-alt', 'No', 'No, it is odd.', 'Is $f(x) = x^2 + x$ an even function?'),
    ('yesno-alt', 'No', 'No, f is even.', 'Is $f(x) = x^2 + x$ odd?'),
    ('yesno-alt', 'No', 'No, it is decreasing.', 'Is $f(x) = x^2$ increasing on $\\mathbb{R}$?'),
    ('yesno-alt', 'No', 'No, they intersect.', 'Are the skew lines $L_1$ and $L_2$ parallel?'),
    ('yesno-alt', 'No', 'No, they are parallel.', 'Do the lines $L_1: (t, 0, 0)$ and $L_2: (0, t, 1)$ intersect?'),
    ('yesno-alt', 'No', 'No, it is unbounded.', 'Is $f(x) = \\sin x$ bounded below by 2?'),
    ('yesno-alt', 'No', 'No, it is irrational.', 'Is $\\sqrt{-1}$ rational?'),
    ('yesno-math', 'Yes', 'Yes, $f(-x) = -f(x)$.', 'Is $f(x) = x^2$ an even function?'),
    ('yesno-math', 'No', 'No, $f(-x) = f(x)$.', 'Is $f(x) = x^3$ an even function?'),
    ('yesno-math', 'Yes', 'Yes, $2^{10} = 1024 > 1000$.', 'Is $2^{10}$ less than $1000$?'),
    ('yesno-math', 'No', 'No, $2^{10} > 1000$.', 'Is $2^{10}$ greater than $1000$?'),
    ('yesno-math', 'No', 'No, $1000 < 2^{10}$.', 'Is $2^{10}$ greater than $1000$?'),
    ('form-fraction', '\\frac{1}{4}', '25\\%', 'Express your answer as a fraction.'),
    ('form-fraction', '\\frac{1}{4}', '\\frac{0.5}{2}', 'Express your answer as a fraction.'),
    ('form-fraction', '\\frac{1}{4}', '2^{-2}', 'Express your answer as a common fraction.'),
    ('form-mixed', '2\\frac{1}{3}', '2\\frac{2}{6}', 'Express your answer as a mixed number.'),
    ('form-ratio', '2:3', '4:6', 'Simplify the ratio 8:12.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Where do the two lines meet?'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Solve $x + y = 3$, $2x - y = 0$.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Find the solution of $x + y = 3$ and $y = 2x$.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Find the foot of the perpendicular.'),
    ('point-interval', '(1, 2)', '1 < x < 2', 'Find the reflection of A over the line.'),
    ('generic', '12', '12 units', 'Find the area of the triangle.'),
    ('flabel', '3x^2', 'f(x) = 3x^2', "Let $f(x) = x^3$. Find $f'(x)$."),
    ('flabel', '2x', 'F(x) = 2x', "Let $F(x) = x^2$. Find $F'(x)$."),
    ('flabel', '2e^{2x}', 'y(x) = 2e^{2x}', "Solve $y' = 2y$, $y(0) = 1$, then find $y'(x)$."),
    ('flabel', 'x^2', "F'(x) = x^2", 'Find the antiderivative $F$ of $2x$ with $F(0) = 0$.'),
    ('flabel', '3x^2', "g'(x) = 3x^2", "Let $f(x) = x^3$ and $g(x)=x^3+5x$. Find $f'(x)$."),
    ('flabel', '3x^2', "h'(x) = 3x^2", 'Let $f(x) = x^3$, $h(x) = x^2$. Find the derivative of $f$.'),
    ('flabel', '\\frac{x+1}{2}', 'f(x) = \\frac{x+1}{2}', 'Find the inverse function of $f(x) = 2x - 1$.'),
    ('flabel', '\\frac{x+1}{2}', 'g^{-1}(x) = \\frac{x+1}{2}', 'Let $f(x) = 2x - 1$, $g(x) = 3x$. Find $f^{-1}(x)$.'),
    ('flabel', '\\frac{x+3}{4}', 'f^{-1}(x) = \\frac{x+3}{4}', 'Let $f(x) = 2x - 1$. Find $f^{-1}(f^{-1}(x))$.'),
    ('flabel', '2x+1', 'f(x) = 2x+1', 'Let $f(x) = 2x - 1$. Find $f(x+1)$.'),
    ('flabel', '4x-3', 'f(x) = 4x-3', 'Let $f(x) = 2x - 1$. Find $f(f(x))$.'),
    ('flabel', 'x^2+1', 'g(x) = x^2+1', 'Let $f(x) = x^2$ and $g(x) = x + 1$. Find $g(f(x))$.'),
    ('flabel', 'e^{2t}', 'x(t) = e^{2t}', "Solve $y' = 2y$, $y(0) = 1$ for $y(t)$, with $x(t) = e^{t}$ given."),
]

# A fourth red-team pass (2026-12-07, third session): wrong answers against this session's SI unit powers and name
# chains, and the label / chain cases near them (29 from the session's rules, 8 from before it).
REVIEWED_4 = [
    ('si-units', '5\\,\\text{m}^{-1}', '500\\,\\text{cm}^{-1}', 'What is the wavenumber?'),
    ('si-units', '2\\,\\text{s}^{-1}', '\\frac{1}{30}\\,\\text{min}^{-1}', 'What is the rate constant k?'),
    ('si-units', '1\\,\\text{m}^{-3}', '10^{6}\\,\\text{cm}^{-3}', 'What is the number density?'),
    ('si-units', '0.5\\,\\text{s}^{-1}', '500\\,\\text{ms}^{-1}', 'What is the decay constant?'),
    ('si-units', '3\\,\\text{h}^{-1}', '180\\,\\text{min}^{-1}', 'What is the rate?'),
    ('si-units', '5\\,\\text{m}^{-2}', '50000\\,\\text{cm}^{-2}', 'What is the areal density?'),
    ('si-units', '6.022\\times10^{23}\\,\\text{mol}^{-1}', '6.022\\times10^{26}\\,\\text{mmol}^{-1}', "What is Avogadro's constant?"),
    ('si-units', '0.003\\,\\text{K}^{-1}', '3\\,\\text{mK}^{-1}', 'What is the expansion coefficient?'),
    ('si-units', '9.8\\,\\mathrm{ms^{-2}}', '9.8\\times10^{-6}\\,\\mathrm{s^{-2}}', 'What is the acceleration?'),
    ('si-units', '25\\,\\text{ms}^{-1}', '0.025\\,\\text{s}^{-1}', 'What is the speed of the car?'),
    ('si-units', '12\\,\\text{cookies}\\,\\text{h}^{-1}', '720\\,\\text{cookies}\\,\\text{min}^{-1}', 'How many cookies does Ann bake?'),
    ('si-units', '6\\,\\text{apples}\\,\\text{s}^{-1}', '0.1\\,\\text{apples}\\,\\text{min}^{-1}', 'How many apples per second?'),
    ('si-units', '5\\,\\text{trees}\\,\\text{m}^{-2}', '50000\\,\\text{trees}\\,\\text{cm}^{-2}', 'What is the density of trees?'),
    ('si-units', '5\\,\\text{m}^{-1}\\,\\text{s}^{-1}', '0.5\\,\\text{cm}^{-1}\\,\\text{ms}^{-1}', 'What is the coefficient?'),
    ('si-units', '2\\,\\text{s}^{-1}', '2\\,\\text{apples}^{-1}', 'How quickly does she eat apples?'),
    ('si-units', '25', '25\\,\\text{km}\\,\\text{h}^{-1}', 'What is the speed of the car in $\\mathrm{m\\,s^{-1}}$?'),
    ('si-units', '25', '25\\,\\text{km}\\,\\text{h}^{-1}', 'What is the speed of the car (in $\\text{m}\\,\\text{s}^{-1}$)?'),
    ('si-units', '100', '100\\,\\text{N}\\,\\text{cm}^{-1}', 'What is the spring constant in $\\mathrm{N\\,m^{-1}}$?'),
    ('si-units', '2700', '2700\\,\\mathrm{g\\,cm^{-3}}', 'What is the density in $\\mathrm{kg\\,m^{-3}}$?'),
    ('si-units', '5', '5\\,\\text{g}\\,\\text{m}\\,\\text{s}^{-1}', 'What is the momentum of the ball, in kg m/s?'),
    ('si-units', '10', '10\\,\\text{g}\\,\\text{cm}\\,\\text{s}^{-2}', 'What is the force in N?'),
    ('si-units', '90\\,\\text{km/h}', '25\\,(\\text{m}\\,\\text{s})^{-1}', 'What is the speed?'),
    ('si-units', '25\\,\\text{m}\\,\\text{s}^{-1}', '25\\,(\\text{m}\\,\\text{s})^{-1}', 'What is the speed?'),
    ('name-chain', 'x = y = 1, z = 0', '(z, y, x) = (1, 1, 0)', 'Solve the system of equations.'),
    ('name-chain', 'x = y = 1, z = 0', '(z, x, y) = (1, 1, 0)', 'Solve the system of equations.'),
    ('name-chain', 'x = y = 1, z = 0', '(z, y, x) = (1, 1, 0)', 'Find the triple $(x, y, z)$.'),
    ('name-chain', 'a = b = 3, c = 0', '(c, b, a) = (3, 3, 0)', 'Solve for a, b, c.'),
    ('name-chain', 'x = 1, y = 2', '(y, x) = (1, 2)', 'Solve the system of equations.'),
    ('name-chain', 'x = 1, y = 1, z = 2', 'x = y = 1 \\text{ or } z = 2', 'Find $x$, $y$, $z$.'),
    ('name-chain', '(1, 1, 2)', 'x = y = 1 \\text{ or } z = 2', 'Find $x$, $y$, $z$.'),
    ('name-chain', 'x = 1, y = 1, z = 2', 'z = 2 \\text{ or } x = y = 1', 'Find $x$, $y$, $z$.'),
    ('name-chain', 'x = y = 2', 'x = 2 \\text{ or } y = 2', 'Solve the system of equations.'),
    ('name-chain', 'x = 1, y = 2', 'x = y = 1, y = 2', 'Find $x$ and $y$.'),
    ('name-chain', 'x = 1, y = 2', 'x = y = 1, 2', 'Find $x$ and $y$.'),
    ('name-chain', 'x = y = 1, z = 0', '(1, 0)', 'Find all real solutions $(x, y, z)$ of the system.'),
    ('name-chain', 'x = y = 2', 'x = 2', 'Find $x$ and $y$.'),
    ('name-chain', 'x = 2', 'y = z = 2', 'Find $x$.'),
]

# A fifth red-team pass (same session), on the session's other rules: statement numbers read as a set where the
# question asks for an order, numbered roots of a renamed unknown, existence restated for 'only one' / 'infinitely
# many', set letters the question defines, 'minimum at', statements that count another group, split extremes,
# currencies by sign (32 from the session's rules, the rest from before it).
REVIEWED_5 = [
    ('existence', 'No', 'No, such an integer does not exist.', 'Is there only one integer $n$ with $n^2 = 4$?'),
    ('existence', 'No', 'No, such a solution does not exist.', 'Is there exactly one real solution of $x^2 = 4$?'),
    ('existence', 'No', 'No, there is no such function.', "Is there a unique function $f$ with $f' = f$?"),
    ('existence', 'No', 'No, there is no such prime.', 'Are there infinitely many primes $p$ such that $p^2+2$ is prime?'),
    ('existence', 'No', 'No, such a prime does not exist.', 'Is there more than one even prime?'),
    ('existence', 'No', 'No, such a triangle does not exist.', 'Is there exactly one triangle with sides $a=5$, $b=7$ and angle $A=30^\\circ$?'),
    ('extremes', '2', 'So the maximum is \\boxed{2}.', 'Find the minimum value of $f(x) = x^2 + 2$.'),
    ('extremes', '\\frac{1}{2}', 'The maximum value is $\\frac{1}{2}$.', 'The maximum of $g$ is 4. Find the minimum of $f(x) = x^2 - x + \\frac34$. Give your answer as a fraction.'),
    ('extremes', '2', 'Work...\n\nThe maximum value is\n$$2$$', 'Find the minimum value of $f(x) = x^2 - 2x + 3$.'),
    ('extremes', '2', 'Work...\n\nThus the largest value is:\n\n$$\\boxed{2}$$', 'Find the minimum value of $f(x) = x^2 - 2x + 3$.'),
    ('extremes', '2', 'Work...\n\nThe greatest value is therefore\n\\[ 2 \\]', 'Find the minimum value of $f(x) = x^2 - 2x + 3$.'),
    ('plain_sets', 'x = 2k, k \\in \\mathbb{Z}', 'x = 2k, k \\in Z', 'Let $Z$ be the set of even integers. Find all real $x$ with $\\cos(\\pi x) = 1$.'),
    ('plain_sets', 'x \\in \\mathbb{R}', 'x \\in R', 'Let $R$ be the set of all $x$ with $x > 0$. Find the domain of $f(x) = x^2 + 1$.'),
    ('plain_sets', 'x \\in \\mathbb{R}', 'x \\in R', 'Let $R:=(0, 1]$. Find the domain of $f(x)=x^2$.'),
    ('plain_sets', 'x \\in \\mathbb{Q}', 'x \\in Q', 'Let $P$ and $Q$ be the sets $\\{1,2\\}$ and $\\{2,3\\}$. For which real $x$ is the decimal expansion of $x$ eventually periodic?'),
    ('numbered_roots', 't = 2, t = 3', 'x_1 = 2, x_2 = 3', 'Solve $t^2 - 5t + 6 = 0$, where $t = x + 1$.'),
    ('numbered_roots', '2, 3', 'x_1 = 2, x_2 = 3', 'Let $t = 2^x$. Solve $t^2 - 5t + 6 = 0$ for $t$.'),
    ('numbered_roots', 'y = 2, y = 3', 'x_1 = 2, x_2 = 3', 'Solve $y^2 - 5y + 6 = 0$ where $y = x - 1$.'),
    ('numbered_roots', 'x = 1, x = 2', 'y_1 = 1, y_2 = 2', 'Solve $x^2 - 3x + 2 = 0$ where $y = x + 1$.'),
    ('statements', '③①②', '①②③', 'Sort the numbers from smallest to largest: ① $\\sqrt{2}$ ② $1.5$ ③ $1$'),
    ('statements', '③①②', '①②③', 'Order the following from least to greatest: ① $\\sqrt{2}$ ② $1.5$ ③ $1$'),
    ('statements', '③②①', '①②③', 'The size relationship is ___ (from large to small). ① $1$ ② $\\sqrt{2}$ ③ $1.5$'),
    ('statements', '③①②', '①②③', 'What is the correct order of the steps? ① heat the water ② pour the tea ③ boil the kettle'),
    ('statements', '③①②', '①②③', 'The correct sequence of operations is ___. ① heat the water ② pour the tea ③ boil the kettle'),
    ('statements', '③①②', '1, 2, 3', 'The correct order of the steps is: ① heat the water ② pour the tea ③ boil the kettle'),
    ('statements', '③①②', '①②③', 'Which ordering of the steps is correct? ① heat the water ② pour the tea ③ boil the kettle'),
    ('statements', '③①②', '①②③', 'The order of the steps should be ① heat the water ② pour the tea ③ boil the kettle'),
    ('statements', '③①②', '①②③', 'The steps of the proof, in sequence, are: ① heat the water ② pour the tea ③ boil the kettle'),
    ('there_are', '6', 'There are 6 boys who can swim.', "Of the 10 boys in a class, 4 can swim. How many boys can't swim?"),
    ('there_are', '3', 'There are 3 students who passed.', 'Of 10 students, 7 passed the test and the rest did not. How many students did not pass?'),
    ('counted_after', '30', 'Lena will finish the book in 30 days.', 'Tom needs 45 days to finish the book. Lena reads three times as fast as Tom. How many days earlier than Tom does Lena finish the book?'),
    ('counted_after', '30', 'Lena finished the book in 30 days.', 'Tom needs 45 days to finish the book. Lena reads three times as fast as Tom. How many days earlier than Tom does Lena finish the book?'),
    ('counted_after', '30', 'Lena reads the book for 30 days.', 'Tom needs 45 days to finish the book. Lena reads three times as fast as Tom. How many days earlier than Tom does Lena finish the book?'),
    ('numbered_parts', '(1) 3; (2) 2', '\\text{(1) } f(2)=3;\\ \\text{(2) minimum at } x = 2', 'Let $f(x) = x^2 - 2x + 3$. (1) Find $f(2)$. (2) Find the minimum value of $f$.'),
    ('numbered_parts', '(1) 3; (2) 2', '\\text{(1) } f(2)=3;\\ \\text{(2) minimum at } 2', 'Let $f(x) = x^2 - 2x + 3$. (1) Find $f(2)$. (2) Find the minimum value of $f$.'),
    ('currency', '120', '\\$120', 'Each pen costs €12. How much do 10 pens cost?'),
    ('currency', '120', '\\$120', 'Each pen costs ₹12. How much do 10 pens cost?'),
    ('log-base', 'x = \\log 5', 'x = \\ln 5', 'Solve $10^x = 5$.'),
    ('log-base', '\\log 2', '\\ln 2', 'Compute $\\lg 2$.'),
]


# Red-team pass 6 (2026-12-07, the conventional-symbol / counted-statement / where-clause / equated-span / quadrant
# commit): wrong answers it accepted, each fixed (some accepted before it too: `The length of BC is 10.`)
REVIEWED_6 = [
    ('symbols', '1', '\\sigma^2 = 1', 'A population has standard deviation σ = 2. Find the variance of the mean of a random sample of 4 observations.'),
    ('symbols', '3', 'S_{\\triangle ABC} = 3', 'In $\\triangle ABC$, $AB = 3$, $AC = 4$, $\\angle A = 90^\\circ$, and $D$ is the midpoint of $BC$. Find the area of $\\triangle ABD$.'),
    ('labels', '5, 1', 'f_{\\min}=5, f_{\\max}=1', 'Find the maximum and minimum values of $f(x)=x^2-4x+5$ on $[0,4]$.'),
    ('labels', '5, 1', 'y_{\\min}=5, y_{\\max}=1', 'Find the maximum and minimum values of $f(x)=x^2-4x+5$ on $[0,4]$.'),
    ('labels', '5, 1', 'f(x)_{\\min}=5,\\ f(x)_{\\max}=1', 'Find the maximum and minimum values of $f(x)=x^2-4x+5$ on $[0,4]$.'),
    ('labels', '1', 'g_{\\max}=1', 'Let $f(x)=\\sin x$ and $g(x)=2\\cos x$. Find the maximum value of $f(x)$.'),
    ('labels', '1', 'g(x)_{\\max}=1', 'Let $f(x)=\\sin x$ and $g(x)=2\\cos x$. Find the maximum value of $f(x)$.'),
    ('labels', '1', 'y_{\\max} = 1', 'Let $y=2\\cos x$ and $f(x)=\\sin x$. Find the maximum value of $f(x)$.'),
    ('labels', '2', 'x_{\\max} = 2', 'Find the maximum value of $f(x)=-x^2+4x-2$.'),
    ('labels', '6x', "f'(x) = 6x", 'Find the 2nd derivative of $f(x)=x^3$.'),
    ('labels', '6x', "y' = 6x", 'Find the second-order derivative of $y=x^3$.'),
    ('labels', 'x^2 + C', "f'(x) = x^2 + C", 'Find an anti-derivative of $f(x) = 2x$.'),
    ('labels', '\\frac{x-1}{2}', 'f^{-1}(x)=\\frac{x-1}{2}', 'Let $f(x)=2x+3$ and $g(x)=f^{-1}(x)+1$. Find $g(x)$.'),
    ('labels', "f'(x)=2x", 'y = 2x', 'Find the derivative of $f(x) = x^2 + 3$.'),
    ('counted', '8', '8 balls are red.', 'A bag holds 20 red and blue balls. There are 4 more red balls than blue balls. How many balls are blue?'),
    ('counted', '15', '15 students are on both teams.', 'Of 40 students, 25 are on the soccer team, 20 are on the chess team, and 10 are on both teams. How many students are only on the soccer team?'),
    ('counted', '5', '5 coins are dimes.', 'Jo has 12 coins, all nickels and dimes, worth 95 cents. How many coins are nickels?'),
    ('counted', '12', '12 students are girls.', 'A class has 30 students. There are 6 more girls than boys. How many students are boys?'),
    ('counted', '28', 'Each team plays 28 games.', 'Each of the 8 teams plays every other team once. How many games are played?'),
    ('counted', '28', '28 games are played by each team.', 'Each of the 8 teams plays every other team once. How many games are played?'),
    ('counted', '6', '360 has 6 positive divisors.', 'How many positive divisors of 360 are odd?'),
    ('where', '2', 'The maximum value is 2, attained at $x=\\frac{\\pi}{6}$; rechecking, the maximum value is actually $\\sqrt{3}$.', 'Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.'),
    ('where', '2', 'The maximum value is $2$, attained at $x=\\frac{\\pi}{6}$, although a closer look gives $\\sqrt{3}$.', 'Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.'),
    ('where', '2', 'The maximum value is $2$, attained at $x=\\frac{\\pi}{6}$; on second thought it is $1 + \\sqrt{3}$.', 'Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.'),
    ('where', '2', 'The maximum value is $2$, attained at $x=\\frac{\\pi}{6}$ — hmm, that gives $\\sqrt{3}$ instead.', 'Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.'),
    ('where', '4', 'The minimum value is 4, attained at $x=2$, but this point violates $x>3$; the true minimum is $\\frac{13}{3}$.', 'For $x>0$, find the minimum value of $x+\\frac{4}{x}$.'),
    ('where', '4', 'The minimum value is 4, attained at $x=2$; since $x$ must exceed $3$, the true minimum is $\\frac{13}{3}$.', 'For $x>0$, find the minimum value of $x+\\frac{4}{x}$.'),
    ('where', '4', 'The minimum value is $4$, achieved when $x=2$, which gives a value of $5$ instead.', 'For $x>0$, find the minimum value of $x+\\frac{4}{x}$.'),
    ('where', '4', 'The minimum value is 4, reached at $x=2$; correction: $5$.', 'For $x>0$, find the minimum value of $x+\\frac{4}{x}$.'),
    ('where', '4', 'The minimum value is 4, attained at $x=2$, which is outside the domain.', 'For $x>0$, find the minimum value of $x+\\frac{4}{x}$.'),
    ('where', '4', 'The minimum value is 4, achieved by taking $x = 2$, provided $x$ is an integer.', 'For $x>0$, find the minimum value of $x+\\frac{4}{x}$.'),
    ('equated', '120', 'So $\\dbinom{10}{3}$ equals $x$.', 'Compute $\\dbinom{10}{3}$.'),
    ('equated', '120', '$\\binom{10}{3}$ is $N$.', 'Compute $\\dbinom{10}{3}$.'),
    ('equated', '1023', 'So $2^{10}-1$ equals $N$.', 'Compute $2^{10}-1$.'),
    ('equated', '5', 'So $\\log_2 8 + \\log_3 9$ equals $k$.', 'Evaluate $\\log_2 8 + \\log_3 9$.'),
    ('equated', '4', 'So $\\sqrt{16}$ is $a$.', 'Find the value of $\\sqrt{16}$.'),
    ('equated', '7', 'Hence $3+4$ is $t$.', 'What is $3+4$?'),
    ('equated', 'x+1', 'So $\\frac{x^2-1}{x-1}$ equals $y$.', 'Simplify $\\frac{x^2-1}{x-1}$.'),
    ('equated', '120', 'So $\\dbinom{10}{3}$ equals $\\dbinom{10}{3}$.', 'Compute $\\dbinom{10}{3}$.'),
    ('markers', '10', '\\text{BC} = 10', 'Find AC if AB = 6, BC = 8 and angle B is a right angle.'),
    ('markers', '10', '\\text{BC: } 10', 'Find AC if AB = 6, BC = 8 and angle B is a right angle.'),
    ('markers', '10', 'The length of BC is 10.', 'Find AC if AB = 6, BC = 8 and angle B is a right angle.'),
    ('quadrant', 'Second quadrant', 'The point corresponding to $-z$ lies in the second quadrant.', 'Given $x=3+4i$, find the quadrant in which the complex number $z=x-|x|-(1-i)$ is located on the complex plane.'),
    ('quadrant', 'Second quadrant', 'The point corresponding to $z^*$ lies in the second quadrant.', 'Given $x=3+4i$, find the quadrant in which the complex number $z=x-|x|-(1-i)$ is located on the complex plane.'),
    ('quadrant', 'Second quadrant', "The point corresponding to $z'$ lies in the second quadrant.", 'Given $x=3+4i$, find the quadrant in which the complex number $z=x-|x|-(1-i)$ is located on the complex plane.'),
    ('quadrant', 'Second quadrant', 'The point corresponding to $|z|$ lies in the second quadrant.', 'Given $x=3+4i$, find the quadrant in which the complex number $z=x-|x|-(1-i)$ is located on the complex plane.'),
    ('quadrant', 'Fourth quadrant', 'The point corresponding to the conjugate of $z$ lies in the fourth quadrant.', 'Let $\\bar z$ denote the conjugate of the complex number $z$. If $\\bar z = 1 + i$, in which quadrant does the point corresponding to $z$ lie?'),
    ('units', '70', '70 m^2', 'A garden measures 20 m by 15 m. What is its perimeter in meters? Give its area in square meters too.'),
]


# Red-team pass 7 (2026-12-07, fifth session), on the session's whole-response readers: 59 false accepts (closing
# remarks that retract or name another value, a therefore sign after a hedge, implication chains through a false or
# solved step, a hedge in an align tag, bold headings and possessives naming another quantity, leading phrases that
# set a case or a comparison, bold ranges), all fixed; the other attempts were already rejected. KEPT_7: answers the
# first version of the closing-remark cut broke ("This is the final answer: Yes.").
REVIEWED_7 = [
    ('closing', '7', 'Adding everything up, the total is $7$. Hope this helps, though the true total is nine.', 'What is the total?'),
    ('closing', '7', "Adding everything up, the total is $7$. Hope it is correct; otherwise it's nine.", 'What is the total?'),
    ('closing', '7', "Adding everything up, the total is $7$. Let me know if you agree that it's nine.", 'What is the total?'),
    ('closing', '7', 'Adding everything up, the total is $7$.\nFeel free to use nine, which my other method gave.', 'What is the total?'),
    ('closing', '7', 'Adding everything up, the total is $7$.\nThis was my answer before rechecking; now I get nine.', 'What is the total?'),
    ('closing', '7', "Adding everything up, the total is $7$. Don't hesitate to correct me to nine.", 'What is the total?'),
    ('closing', '7', 'So the total is $7$. Let me know if nine fits better.', 'What is the total?'),
    ('closing', '5', 'Eating 3 of 8 leaves 5 apples? No, she ate 2 more.\nSo there are 5 apples left.\nThis is the final answer: three.', 'How many apples are left?'),
    ('closing', '\\text{No}', 'At first glance the answer is no.\nThis is the final answer: yes, on reflection.', 'Is 91 prime?'),
    ('closing', '5', 'So the count is 5.\nThat was my answer before; the final answer is three.', 'How many apples are left?'),
    ('closing', '7', "Adding everything up, the total is $7$.\nLet me know if that's off; the correct total is likely nine.", 'What is the total?'),
    ('closing', '7', 'Adding everything up, the total is $7$. Thanks for reading; the total is really nine!', 'What is the total?'),
    ('closing', '5', 'Maybe there are 5 apples left.\nThis is the final answer: three.', 'How many apples are left?'),
    ('therefore', '5', 'Either $x = 3$ or $\\therefore x = 5$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'I am not sure at all, maybe $\\therefore x = 5$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'Case $a<0$: $x=-5$. Case $a>0$: $\\therefore x = 5$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'x could be 3, or\n∴ $x = 5$', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', "It's not the case that\n∴ $x = 5$.", 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'Wrong approach:\n$\\therefore x = 5$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'Suppose, for contradiction, that\n∴ $x = 5$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'We would get $x=3$ if $a=1$; otherwise $\\therefore x = 5$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '(3,\\infty)', 'Thus $x<2$ or $\\therefore x > 3$.', 'Solve $(x-2)(x-3)>0$ for $x > 0$.'),
    ('therefore', '5', 'My first guess was $\\therefore x = 5$ but then I got $x=4$.', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'Is it true that $\\therefore x = 5$?', 'Solve for x: 2x - 10 = 0.'),
    ('therefore', '5', 'We get $x=3$ or\n∴ x = 5.', 'Solve for x: 2x - 10 = 0.'),
    ('or_union', '(-\\infty, 3)', 'After working it out, the solution is $x < 2$ or $x < 3$.', 'Solve $x - 3 < 0$.'),
    ('or_union', '(2,\\infty)', 'Thus $x > 2$ or $x > 5$.', 'Solve $x-2>0$'),
    ('or_union', '(-\\infty,2)\\cup(3,\\infty)', 'Thus $x<2$ or $x>3 \\text{ (not sure)}$.', 'Solve $(x-2)(x-3)>0$.'),
    ('or_union', '(-\\infty,2)\\cup(3,\\infty)', 'Thus $x<2$ or $x>3$ or $x>5$.', 'Solve $(x-2)(x-3)>0$.'),
    ('or_union', '(-\\infty,2)\\cup(3,\\infty)', 'If $a>0$, then $x<2$ or $x>3$.', 'Solve $(x-2)(x-3)>0$.'),
    ('or_union', '(2,3)', 'Thus $x>2$ or $x<3$.', 'Solve $(x-2)(x-3)<0$'),
    ('or_union', 'x<2', 'Thus $x<2$ or $y>3$.', 'Solve'),
    ('implied', '5', 'The answer is $\\boxed{x = 3 \\Rightarrow x = 5}$.', 'Solve for x: 2x - 10 = 0.'),
    ('implied', '5', 'The answer is $\\boxed{3 \\Rightarrow 5}$.', 'Solve for x: 2x - 10 = 0.'),
    ('implied', '5', '$\\boxed{x = 7 \\text{ or } x = 3 \\Rightarrow x = 5}$', 'Solve for x: 2x - 10 = 0.'),
    ('implied', '5', '$\\boxed{x \\neq 5 \\Rightarrow 5}$', 'Solve for x: 2x - 10 = 0.'),
    ('implied', 'B', 'The answer is $\\boxed{A \\Rightarrow B}$.', 'Which is correct? (A) ... (B) ...'),
    ('implied', '5', '$\\boxed{6 \\Leftrightarrow 5}$', 'What is 2+3?'),
    ('implied', '5', '$\\boxed{x = -5 \\Rightarrow x^2 = 25 \\Rightarrow 5}$', 'Solve for x: 2x - 10 = 0.'),
    ('implied', '\\text{True}', '$\\boxed{\\text{False} \\Rightarrow \\text{True}}$', 'Is it true?'),
    ('implied', '6', 'Maybe 5 or 6 $\\Rightarrow 6$', 'Find x.'),
    ('implied', '6', 'I am not sure: 5? $\\Rightarrow$ 6', 'Find x.'),
    ('implied', '6', 'We have a lot of work above.\nSo the answer is either $5$ or $\\Rightarrow 6$.', 'Find x.'),
    ('implied', '6', 'We solved it.\nThe answer is $5 \\text{ or } 7 \\Rightarrow 6$.', 'Find x.'),
    ('implied', '6', 'Final Answer: $\\boxed{5 \\text{ if } a>0 \\implies 6}$', 'Find x.'),
    ('implied', '\\{1,2\\}', '$\\boxed{\\{1,2,3\\} \\Rightarrow \\{1,2\\}}$', 'Find the set.'),
    ('implied', '5', 'We guessed.\n**Distance** $= 7 \\Rightarrow 5$', 'Find the distance.'),
    ('implied', '6', 'We subtract the eaten ones.\nThe number of apples left is **5 ⇒ 6**', 'How many apples are left?'),
    ('implied', '5', 'Final: $\\boxed{x > 0 \\Rightarrow f(x) = 5}$.', 'Find f(2) where ...'),
    ('implied', '5', '$\\boxed{x = 2 \\implies y = 5}$', 'Find x if y = 2x + 1 = 5'),
    ('implied', '5', '$\\boxed{x = -5 \\Rightarrow |x| = 5}$', 'Solve for x: 2x - 10 = 0.'),
    ('result_colon', '5', 'Let me compute the discriminant and the roots.\nResult: $5$ or $6$', 'Solve'),
    ('result_colon', '5', 'Let me check a few cases.\nResult: $5$ (for the case $a>0$ only)', 'Find x'),
    ('result_colon', '5', 'Let me check a few cases.\nSolution: $x = 5$ is extraneous', 'Find x'),
    ('result_colon', '5', 'Step 1 solves for y.\nResult: $y = 5$', 'Find x given that y=5 and x=2y'),
    ('result_colon', '5', 'We try x=5 in the first equation.\nResult: 5, not the final answer', 'Find x'),
    ('result_colon', '5', 'We try x=5 in the first equation.\nResult: 5 if a=1, else 6', 'Find x'),
    ('result_colon', '5', 'We try x=5 in the first equation.\nResult: $5$ (unverified)', 'Find x'),
    ('result_colon', '5', 'We try x=5.\nConclusion: 5 fails', 'Find x'),
    ('result_colon', '5', 'We try x=5.\nResult: $5 \\ne x$', 'Find x'),
    ('aligned', '5', 'We compute.\n\\begin{align*}\nx &= 2.6 + 2.4 \\\\\n&= 5 \\tag{maybe 6}\n\\end{align*}', 'Find x.'),
    ('aligned', '5', 'We compute.\n\\begin{align*}\nx &= \\sqrt{26} \\\\\n&\\approx 5\n\\end{align*}', 'Find the positive x with x^2 = 25.'),
    ('aligned', '5', 'We compute.\n\\begin{align*}\nx &= 3 + 2 \\\\\n&= 5 \\quad \\text{or } 6\n\\end{align*}', 'Find x.'),
    ('aligned', '5', 'We compute.\n\\begin{align*}\ny &= 3 + 2 \\\\\n&= 5\n\\end{align*}', 'Find x.'),
    ('aligned', '5', 'We compute.\n\\begin{align*}\nx &= 4 \\\\\n&= 5\n\\end{align*}', 'Find x.'),
    ('aligned', '5', 'We compute.\n\\begin{align*}\nx &= 4.6 \\\\\n&\\approx 5\n\\end{align*}', 'Find x.'),
    ('aligned', '20', 'The side is 5.\n\\begin{align*}\n\\text{Area} &= 4 \\cdot 5 \\\\\n&= 20\n\\end{align*}', 'A square has side length 5. What is its perimeter?'),
    ('bold_label', '8', 'The width is 5 so the length is 13 - 5 = 8 ... wait.\n**Width** $= 8$', 'A rectangle has width 5 and perimeter 26. Find its length.'),
    ('bold_label', '10', 'We guessed.\n**Radius** $= 10$', 'A circle has radius 5. Find its diameter.'),
    ('bold_label', '20', 'The side is 5.\n**Side length** $= 20$', 'A square has side length 5. What is its perimeter?'),
    ('bold_label', '5', 'We guessed.\n**Lower bound** $= 5$', 'Find the least value of x.'),
    ('bold_label', '5', 'We guessed.\n**Attempt** $= 5$', 'Solve for x.'),
    ('bold_label', '5', 'We guessed.\n**Half the distance** $= 5$', 'Find the distance.'),
    ('bold_label', '5', 'We guessed.\n**Distance in miles** $= 5$', 'Find the distance in kilometers.'),
    ('bold_label', '20', 'The side is 5.\n**Area** $= 20$', 'A square has side length 5. What is its perimeter?'),
    ('statement', '57500', "Jill gets 7,500 more.\nBob's salary is $57,500.", "Jill earns $50,000 a year and gets a 15% raise. Her husband Bob earns $57,500. What is Jill's new salary?"),
    ('statement', '57500', 'Jill gets 7,500 more.\nHis salary is $57,500.', "Jill earns $50,000 a year and gets a 15% raise. Her husband Bob earns $57,500. What is Jill's new salary?"),
    ('statement', '57500', 'Jill gets 7,500 more.\nTheir combined salary is $57,500.', "Jill earns $50,000 a year and gets a 15% raise. Her husband Bob earns $57,500. What is Jill's new salary?"),
    ('statement', '57500', "Jill gets 7,500 more.\nJill's salary before the raise is $57,500.", "Jill earns $50,000 a year and gets a 15% raise. Her husband Bob earns $57,500. What is Jill's new salary?"),
    ('statement', '8', 'Maria gives 4 away.\nHis total is 8.', 'Maria has 12 marbles and John has 7. How many marbles does Maria have after giving John 4?'),
    ('statement', '20', 'The side is 5.\nHis answer is $20$.', 'A square has side length 5. What is its perimeter?'),
    ('statement', '24', "Work.\nBy contrast, the other triangle's area is $24$.", 'Find the area of the triangle.'),
    ('statement', '24', "Work.\nBy comparison, the rectangle's area is $24$.", 'Find the area of the triangle.'),
    ('statement', '24', 'Work.\nFrom case 1, the area is $24$.', 'Find the area of the triangle.'),
    ('statement', '24', 'Work.\nBy the first case only, the area is $24$.', 'Find the area of the triangle.'),
    ('statement', '24', 'Work.\nUsing $h = 6$ (unverified), the area is $24$.', 'Find the area of the triangle.'),
    ('statement', '24', 'Work.\nAfter doubling, the area is $24$.', 'A triangle has area 12. It is then doubled. What was its original area?'),
    ('statement', '20', 'The side is 5.\nFrom the side length, the diagonal is $20$.', 'A square has side length 5. What is its perimeter?'),
    ('statement', '20', 'The side is 5.\nBy contrast, the perimeter of the other square is $20$.', 'A square has side length 5. What is its perimeter?'),
    ('statement', '24', 'Work.\nBy a rough guess, the area is $24$.', 'Find the area of the triangle.'),
    ('statement', '24', 'Work.\nUsing the wrong formula, the area is $24$.', 'Find the area of the triangle.'),
    ('statement', '5', 'We subtract the eaten ones.\nThe number of apples left is **~5**', 'How many apples are left?'),
    ('statement', '5', 'We subtract the eaten ones.\nThe number of apples left is **≈5**', 'How many apples are left?'),
    ('statement', '24', 'We subtract the eaten ones.\nThe number of apples left is **4!**', 'How many apples are left?'),
    ('statement', '-1', 'We subtract the eaten ones.\nThe number of apples left is **5-6**', 'How many apples are left?'),
    ('statement', '-1', 'We subtract the eaten ones.\nThe number of apples left is **5–6**', 'How many apples are left?'),
    ('statement', '5', 'We subtract the eaten ones.\nThe number of apples left is **5 (?)**', 'How many apples are left?'),
    ('statement', '1/2', 'We work it out. The probability is **1/2** or **1/3**.', 'Find the probability.'),
    ('statement', '5.5', 'We work it out. Thus $x = \\frac{11}{2}$, which is $6$.', 'Find x.'),
    ('statement', '5.5', 'We work it out. The value is $5.5$, which is $y$.', 'Find x.'),
    ('statement', '5.5', 'We work it out. Thus $x = 5.5$, which is $\\approx 6$.', 'Find x.'),
    ('units', '1.25', 'So the answer is 1,250 m', 'How far, in kilometers?'),
    ('units', '1', 'So the answer is 1,000 mm', 'How long, in meters?'),
    ('units', '1000', 'So the answer is 1 \\times 10^3 km', 'How far, in meters?'),
    ('units', '300000000', 'So the answer is 3 \\times 10^8 m/h', 'What is the speed in m/s?'),
    ('units', '300000', 'So the answer is 3 \\times 10^8 m/s', 'What is the speed in km/s?'),
    ('units', '1250', 'So the answer is 1,250 min', 'How many seconds?'),
    ('units', '1.25', 'So the answer is 1,250 ms', 'How long in seconds?'),
    ('units', '12.5', 'So the answer is 1,250 cm', 'How far, in meters?'),
    ('units', '3', '\\boxed{3 \\text{ ly}}', 'How long is the trip in parsecs?'),
    ('units', '3', '\\boxed{3 \\text{ turns}}', 'How many rotations is that in turns?'),
]
# Red-team pass 8 (2026-12-07, sixth session): 40 false accepts found against the rules added that day (part lists
# and part boxes, restated forms, relative-clause modals, 'between', 'the correct option is', mid-line concluding
# words, label order by quantity words, labels of function values and events, ask lists) and older ones (a unit
# word after a box, degrees for a length, a question in text); all fixed.
REVIEWED_8 = [
    ('parts boundary boxes', '(1) 1, 2; (2) 3', '(1) $\\boxed{1}$ (2) $\\boxed{2, 3}$', '(1) Find all roots of $x^2-3x+2=0$. (2) Find the root of $x-3=0$.'),
    ('parts boundary list', '(1) 1, 2; (2) 3', 'Final answers:\n1. $1$\n2. $2, 3$', '(1) Find all roots of $x^2-3x+2=0$. (2) Find the root of $x-3=0$.'),
    ('parts boundary sentences', '(1) 1, 2; (2) 3', 'For part (1), the answer is $1$. For part (2), the answer is $2, 3$.', '(1) Find all roots of $x^2-3x+2=0$. (2) Find the root of $x-3=0$.'),
    ('parts boundary 2', '(1) 2; (2) 1, 3', '(1) $2, 1$\n(2) $3$', '(1) Find a. (2) Find the roots of (x-1)(x-3)=0.'),
    ('interval vs parts', '[3, 5]', '(1) $3$\n(2) $5$', 'Find the range of $f(x)$ on $[0, 2]$.'),
    ('hedge heading', '3, 5', 'Possible answers (I am unsure):\n(1) $3$\n(2) $5$', '(1) Find a. (2) Find b.'),
    ('restated wrong unit', '12 \\text{ miles}', 'The answer is 12 km (12).', 'How far did he walk?'),
    ('restated wrong unit 2', '12 \\text{ miles}', 'The answer is 12, i.e. 12 km.', 'How far did he walk?'),
    ('restated seconds', '30 \\text{ minutes}', 'The answer is 30 (30 seconds).', 'How long does it take?'),
    ('restated cents', '\\$20', 'The answer is 20 (20 cents).', 'How much does it cost?'),
    ('modal bare', '5', 'The number that might be correct is 5.', 'Find x.'),
    ('modal final', '5', 'Final Answer: The value that might be correct is 5.', 'Find x.'),
    ('modal could be right', '5', 'So the value that could be right is $5$.', 'Find x.'),
    ('modal demonstrative', '5', 'That could mean the value is $5$.', 'Find x.'),
    ('modal tag', '5', '<answer>The value that might work is 5</answer>', 'Find x.'),
    ('between other points', '4', 'The distance between B and C is 4.', 'Find the distance between A and C.'),
    ('between other points final', '4', 'Final Answer: The distance between B and C is 4.', 'Find the distance between A and C.'),
    ('correct option negated', 'B', 'It is false that the correct option is B.', 'Which is right? (A) 1 (B) 2 (C) 3 (D) 4'),
    ('misconception', 'B', "It's a common misconception that the correct option is B.", 'Which is right? (A) 1 (B) 2 (C) 3 (D) 4'),
    ('actually C', 'B', 'The correct option is B. Actually C.', 'Which is right? (A) 1 (B) 2 (C) 3 (D) 4'),
    ('box actually C', 'B', '\\boxed{B}. Actually, C.', 'Which is right? (A) 1 (B) 2 (C) 3 (D) 4'),
    ('No, C', 'B', 'The correct option is B. No, C.', 'Which is right? (A) 1 (B) 2 (C) 3 (D) 4'),
    ("answer's square", '10', "We work it out.\n\nThe correct answer's square is 10.", 'Find x.'),
    ('boundary false to claim', '2/3', 'We compute P(A) from the table.\nIt is false to claim So the probability is 2/3.', 'A bag has 3 balls. Find the probability that a red ball is drawn.'),
    ('boundary do not conclude', '2/3', 'We compute P(A) from the table.\nDo not conclude So the probability is 2/3.', 'A bag has 3 balls. Find the probability that a red ball is drawn.'),
    ('named_by_word data mention', '(1) 4; (2) 2', '\\boxed{b = 2, S = 4}', 'In triangle $ABC$, the area is $6$ and $c = 3$. (1) Find $b$. (2) Find the area of its circumcircle.'),
    ('named_by_word radius', '(1) 3; (2) 2', '\\boxed{d = 2, r = 3}', 'A circle has radius 5 and a chord of length 8. (1) Find $d$, the distance from the center to the chord. (2) Find the radius of the inscribed circle of the triangle formed.'),
    ('P labels ignored', '\\frac{3}{8}, \\frac{1}{8}', '\\boxed{P(X=2) = \\frac{1}{8}, P(X=3) = \\frac{3}{8}}', 'A coin is tossed 3 times and X is the number of heads. Find $P(X = 2)$ and $P(X = 3)$.'),
    ('f labels ignored', '5, 10', '\\boxed{f(2) = 10, f(3) = 5}', 'Let $f(x) = x^2 + 1$. Find $f(2)$ and $f(3)$.'),
    ('asks_for value ask word', '3', '\\boxed{b = 3}', 'Find $a$ given that the value of $b$ is $3$ and $a + b = 6$.'),
    ('ask list between', '5', '\\boxed{r = 5}', 'Find the difference between the area and radius of the circle.'),
    ('ask list given', '5', '\\boxed{h = 5}', 'Find the volume, given the base area and height.'),
    ('kilojoules after box', '58.8 \\text{ J}', 'The work done is \\boxed{58.8} kilojoules.', 'How much work is done?'),
    ('ms after box', '5 \\text{ s}', 'It takes \\boxed{5} milliseconds.', 'How long?'),
    ('joules after box vs kJ', '58.8 \\text{ kJ}', 'The work done is \\boxed{58.8} joules.', 'How much work is done?'),
    ('sections after box', '12 \\text{ km}', 'The road is \\boxed{12} sections long.', 'A road is split into flat sections. How long is the road?'),
    ('degree context length', '2', '\\boxed{2^\\circ}', 'Triangle ABC has angle A = 30°. Find the length of BC.'),
    ('length in degrees', '7', '\\boxed{7^\\circ}', 'Find the length of side $AB$.'),
    ('there question', 'infinitely many', '\\boxed{\\text{Are there infinitely many?}}', 'How many integer solutions does the equation have?'),
    ('? inside text', 'infinitely many', '\\boxed{\\text{infinitely many?}}', 'How many integer solutions does the equation have?'),
]
# Red-team pass 9 (2026-12-07, sixth session): 241 false accepts found against the rules added later that day
# (plain-math last lines, offers cut as remarks, table rows, unit-ending statements, Unicode values, full-width
# punctuation, counts with adjectives, values at points) and older ones (degrees, words after a box); the 231
# here are fixed; the 10 left are listed in the closing note.
REVIEWED_9 = [
    ('pm-multiline-shotgun', '5', 'x = 3\nx = 4\nx = 5', 'Find the value of x.'),
    ('pm-possible-values-2', '5', 'Possible values:\nx = 3\nx = 5', 'Find the value of x.'),
    ('pm-oneofthese', '5', 'One of these:\nx = 1\nx = 2\nx = 3\nx = 4\nx = 5', 'Find the value of x.'),
    ('pm-either', '5', 'Either\nx = 3\nx = 5', 'Find the value of x.'),
    ('pm-comma-cont', '5', 'x = 3, x = 4,\nx = 5', 'Find the value of x.'),
    ('pm-checkmarks', '5', 'x = 3 ✗\nx = 4 ✗\nx = 5', 'Find the value of x.'),
    ('pm-checkmarks-2', '3', 'x = 3 ✗\nx = 5 ✓\nx = 3', 'Find the value of x.'),
    ('pm-lead-random', '5', 'I have no idea how to solve this. Random:\nx = 5', 'Find the value of x.'),
    ('pm-lead-giveup', '5', 'I give up.\nx = 5', 'Find the value of x.'),
    ('pm-lead-stab', '5', 'This is a wild stab.\nx = 5', 'Find the value of x.'),
    ('pm-lead-unverified', '5', 'Unverified:\nx = 5', 'Find the value of x.'),
    ('pm-lead-hypothesis', '5', 'Hypothesis:\nx = 5', 'Find the value of x.'),
    ('pm-lead-placeholder', '5', 'The value below is a placeholder.\nx = 5', 'Find the value of x.'),
    ('pm-lead-possibility', '5', 'One possibility:\nx = 5', 'Find the value of x.'),
    ('pm-lead-option', '5', 'Another option:\nx = 5', 'Find the value of x.'),
    ('pm-lead-tentative', '5', 'Tentatively,\nx = 5', 'Find the value of x.'),
    ('pm-lead-contradict', '5', 'It is not 5.\nx = 5', 'Find the value of x.'),
    ('pm-lead-try', '5', 'Try\nx = 5', 'Find the value of x.'),
    ('pm-lead-example', '5', 'For example,\nx = 5', 'Find the value of x.'),
    ('pm-lead-let', '5', 'Let\nx = 5', 'Find the value of x.'),
    ('pm-lead-counter', '5', 'Counterexample:\nx = 5', 'Find the value of x.'),
    ('pm-lead-assumption', '5', 'Assumption:\nx = 5', 'Find the value of x.'),
    ('pm-lead-unclear', '5', "It's unclear.\nx = 5", 'Find the value of x.'),
    ('pm-notconfident', '5', "I'm not confident in this.\nx = 5", 'Find the value of x.'),
    ('pm-lowconf', '5', 'Low confidence:\nx = 5', 'Find the value of x.'),
    ('pm-conf10', '5', 'Confidence 10%.\nx = 5', 'Find the value of x.'),
    ('pm-randomnumber', '5', 'The following is a random number.\nx = 5', 'Find the value of x.'),
    ('pm-common-error', '5', 'Below is a common error.\nx = 5', 'Find the value of x.'),
    ('pm-error-gives', '5', 'A common error gives\nx = 5', 'Find the value of x.'),
    ('pm-student', '5', 'A student got\nx = 5', 'Find the value of x.'),
    ('pm-textbook', '5', 'Textbook says\nx = 5', 'Find the value of x.'),
    ('pm-unknown', '5', 'Unknown.\nx = 5', 'Find the value of x.'),
    ('pm-cannot', '5', 'Cannot be determined.\nx = 5', 'Find the value of x.'),
    ('pm-nosolution', '5', 'The problem has no solution.\nx = 5', 'Find the value of x.'),
    ('pm-not-x3', '5', 'Not x = 3.\nx = 5', 'Find the value of x.'),
    ('pm-bad', '5', 'Bad:\nx = 5', 'Find the value of x.'),
    ('pm-dontwrite', '5', "Don't write\nx = 5", 'Find the value of x.'),
    ('pm-avoid', '5', 'Avoid\nx = 5', 'Find the value of x.'),
    ('pm-5050', '5', '50/50 between 3 and 5.\nx = 5', 'Find the value of x.'),
    ('pm-coinflip', '5', 'Coin flip.\nx = 5', 'Find the value of x.'),
    ('pm-pick', '5', "I'll just pick one.\nx = 5", 'Find the value of x.'),
    ('pm-pickrandom', '5', 'Picking at random.\nx = 5', 'Find the value of x.'),
    ('pm-untested', '5', 'Untested.\nx = 5', 'Find the value of x.'),
    ('pm-needscheck', '5', 'Needs checking.\nx = 5', 'Find the value of x.'),
    ('pm-tbc', '5', 'To be confirmed:\nx = 5', 'Find the value of x.'),
    ('pm-given', '5', 'Given\nx = 5', 'Find the value of x.'),
    ('pm-hint', '5', 'Hint:\nx = 5', 'Find the value of x.'),
    ('pm-iteration1', '5', 'Iteration 1:\nx = 5', 'Find the value of x.'),
    ('pm2-bestattempt', '5', "I'm not sure. Here's my best attempt.\nx = 5", 'Find the value of x.'),
    ('pm2-cantdecide', '5', "So either x = 3 or x = 5. Hmm, I can't decide.\nx = 5", 'Find the value of x.'),
    ('pm2-doubt-prev', '5', "This is my answer, though I doubt it's right. Final line:\nx = 5", 'Find the value of x.'),
    ('pm2-doubt-2lines', '5', 'I doubt it.\nNevertheless:\nx = 5', 'Find the value of x.'),
    ('pm2-checkfailed', '5', 'Sanity check failed.\nx = 5', 'Find the value of x.'),
    ('pm2-verif-fails', '5', 'Verification: 2(5) + 1 = 12 ≠ 11.\nx = 5', 'Find the value of x.'),
    ('pm2-check-cross', '5', 'Check: 2·5 + 1 = 11 ✗\nx = 5', 'Find the value of x.'),
    ('pm2-contradiction', '5', 'Plugging back gives a contradiction.\nx = 5', 'Find the value of x.'),
    ('pm-endash-range', '-1', 'Steps.\nx = 1–2', 'Find the value of x.'),
    ('pm-thou', '5', 'Steps.\nx = 5 thou', 'Find the value of x.'),
    ('pm-ellipsis', '5', 'Steps.\nx = 5...', 'Find the value of x.'),
    ('pm-tilde', '5', 'Steps.\nx = 5 ~', 'Find the value of x.'),
    ('offer0-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to reconsider this?', 'How many edges does a dodecahedron have?'),
    ('offer3-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to fix the count?', 'How many edges does a dodecahedron have?'),
    ('offer5-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like to see the other possible count?', 'How many edges does a dodecahedron have?'),
    ('offer6-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nDo you want the alternative count too?', 'How many edges does a dodecahedron have?'),
    ('offer7-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nShall I try again?', 'How many edges does a dodecahedron have?'),
    ('offer8-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nShall I rework the problem from scratch?', 'How many edges does a dodecahedron have?'),
    ('offer9-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nShould I recount?', 'How many edges does a dodecahedron have?'),
    ('offer10-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nShould I start over?', 'How many edges does a dodecahedron have?'),
    ('offer13-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to show the right approach?', 'How many edges does a dodecahedron have?'),
    ('offer14-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like the true count?', 'How many edges does a dodecahedron have?'),
    ('offer15-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to compute it properly?', 'How many edges does a dodecahedron have?'),
    ('offer19-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like to know the actual count?', 'How many edges does a dodecahedron have?'),
    ('offer20-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nShall I go through it again more carefully?', 'How many edges does a dodecahedron have?'),
    ('offer21-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to try a different interpretation?', 'How many edges does a dodecahedron have?'),
    ('offer24-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to explain why this is unlikely?', 'How many edges does a dodecahedron have?'),
    ('offer31-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to explain where I went astray?', 'How many edges does a dodecahedron have?'),
    ('offer33-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to justify the suspicious step?', 'How many edges does a dodecahedron have?'),
    ('offer34-stmt', '30', "Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to rederive it because I'm shaky on it?", 'How many edges does a dodecahedron have?'),
    ('offer35-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to patch the flawed step?', 'How many edges does a dodecahedron have?'),
    ('offer36-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to retry?', 'How many edges does a dodecahedron have?'),
    ('offer37-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nShall I take another shot at it?', 'How many edges does a dodecahedron have?'),
    ('offer38-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like a second opinion?', 'How many edges does a dodecahedron have?'),
    ('offer40-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nDo you want me to argue the other side?', 'How many edges does a dodecahedron have?'),
    ('offer42-stmt', '30', "Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to reconcile this with Euler's formula, which I haven't done?", 'How many edges does a dodecahedron have?'),
    ('offer43-stmt', '30', 'Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to validate it?', 'How many edges does a dodecahedron have?'),
    ('offer44-stmt', '30', "Counting edges: each of 12 faces has 5 edges, each shared by 2 faces, so there are 30 edges.\n\nWould you like me to test it against Euler's formula?", 'How many edges does a dodecahedron have?'),
    ('off2-0-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nWould you like to see the second solution?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-0-plain', '5', 'Factoring, (x-3)(x-5) = 0.\nx = 5\n\nWould you like to see the second solution?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-1-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nWould you like me to show the alternative solution as well?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-4-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nDo you want me to solve it again since I may have swapped the roots?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-4-plain', '5', 'Factoring, (x-3)(x-5) = 0.\nx = 5\n\nDo you want me to solve it again since I may have swapped the roots?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-6-stmt', '5', "Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nWould you like me to redo this, since I'm unconvinced?", 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-8-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nWould you like me to redo this, since the factoring looks suspect?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-10-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nShould I rework it with the quadratic formula to be safe?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-11-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nShould I rework it, since my factoring may be flawed?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-11-plain', '5', 'Factoring, (x-3)(x-5) = 0.\nx = 5\n\nShould I rework it, since my factoring may be flawed?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-13-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nWould you like me to reconsider which root is larger?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-15-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nWould you like me to fix this?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-16-stmt', '5', 'Factoring, (x-3)(x-5) = 0.\n\nThe larger root is 5.\n\nShall I retract this?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('off2-16-plain', '5', 'Factoring, (x-3)(x-5) = 0.\nx = 5\n\nShall I retract this?', 'Solve x^2 - 8x + 15 = 0 for the larger root.'),
    ('tbl2-paren-guess', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed (guess) | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-paren-probwrong', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed (probably wrong) | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-head-qparen', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed(?) | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-head-qq', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed (??) | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-head-likelyoff', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed (my guess; likely off) | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl-area-wrongformula-paren', '20', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area (using wrong formula) | 20 |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl-area-notsure-paren', '20', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area (half base × height? not sure) | 20 |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl2-bold-or', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed | **40** | or 50 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-bold-notsure', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed | **40** | (not sure) |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-bold-q', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed | **40** | ? |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-bold-spans', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed | **40** | not **50**? |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-italic-maybe-cell', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed | **40** | *maybe* |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl-bold-wrongcell', '20', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area | **20** | wrong |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl-bold-actual', '20', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area | **20** | incorrect, actual is 40 |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl-bold-vs-correct', '20', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area | **20** | 40 (correct) |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl-attempt-header', '20', '| Attempt | Area |\n|---|---|\n| Area | **20** | ✗ |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl2-madeup-lead', '40', 'I have no idea; these numbers are made up.\n\n| Item | Value |\n|---|---|\n| Average speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-wrong-lead', '40', 'These are wrong, I know:\n| Item | Value |\n|---|---|\n| Average speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-candidates', '40', 'Candidate speeds:\n| Item | Value |\n|---|---|\n| Average speed | 30 |\n| Average speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-two-rows', '40', '| Item | Value |\n|---|---|\n| Average speed | 30 |\n| Average speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-guess-colhead', '40', '| Guess | Speed |\n|---|---|\n| Average speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-guesses-col', '40', '| Guesses | Speed |\n|---|---|\n| Speed | 30 |\n| Speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-wrong-answers-col', '40', '| Wrong answers | |\n|---|---|\n| Speed | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-val-strike', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Average speed | ~~40~~ |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl-strike-only', '20', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area | ~~20~~ |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl-strike-bold-wrong', '40', '| Step | Value |\n|---|---|\n| Base | 8 |\n| Height | 5 |\n| Area | **~~40~~** | 20 |', 'Find the area of the triangle with base 8 and height 5.'),
    ('tbl2-head-A', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| A | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-head-In', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| In | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl2-head-km', '40', '| Quantity | Value |\n|---|---|\n| Distance | 120 |\n| Time | 3 |\n| Km | 40 |', 'A car travels 120 km in 3 hours. Find the average speed in km/h.'),
    ('tbl-probably-wrong-lead', '40', 'This is probably wrong:\n| Item | Value |\n|---|---|\n| Total | 40 |', 'A car travels 120 km in 3 hours. Find the average speed.'),
    ('ue-wrongunit', '122.5', 'Using h = g t^2 / 2.\n\nThe cliff is 122.5 s high.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-kg', '122.5', 'Using h = g t^2 / 2.\n\nThe cliff is 122.5 kg.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-J', '122.5', 'Using h = g t^2 / 2.\n\nThe cliff is 122.5 J.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-speed-subject', '122.5', 'Using h = g t^2 / 2.\n\nThe speed is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-time-subject', '122.5', 'Using h = g t^2 / 2.\n\nThe time is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-guessed', '122.5', 'Using h = g t^2 / 2.\n\nThe cliff I guessed is 122.5 m high.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-estimated', '122.5', 'Using h = g t^2 / 2.\n\nThe height I estimated is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-eyeballed', '122.5', 'Using h = g t^2 / 2.\n\nThe height I eyeballed is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-hoped', '122.5', 'Using h = g t^2 / 2.\n\nThe height we hoped for is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-firstgot', '122.5', 'Using h = g t^2 / 2.\n\nThe height I first got is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-flawed', '122.5', 'Using h = g t^2 / 2.\n\nThe height in my flawed attempt is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-expected', '122.5', 'Using h = g t^2 / 2.\n\nThe expected height is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-guessedheight', '122.5', 'Using h = g t^2 / 2.\n\nThe guessed height is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-estimatedheight', '122.5', 'Using h = g t^2 / 2.\n\nThe estimated height is 122.5 m.', 'A stone dropped from a cliff takes 5 s to hit the ground. How high is the cliff? (g = 9.8 m/s^2)'),
    ('ue-charge', '1', 'E = C V^2/2.\n\nThe stored charge is 1 J.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-C-unit', '1', 'E = C V^2/2.\n\nThe stored energy is 1 C.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-kJ', '1', 'E = C V^2/2.\n\nThe stored energy is 1 kJ.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-mJ', '1', 'E = C V^2/2.\n\nThe stored energy is 1 mJ.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-eV', '1', 'E = C V^2/2.\n\nThe stored energy is 1 eV.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-cal', '1', 'E = C V^2/2.\n\nThe stored energy is 1 cal.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-min', '1', 'E = C V^2/2.\n\nThe stored energy is 1 min.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-at', '1', 'E = C V^2/2.\n\nThe stored energy is 1 at.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-ha', '1', 'E = C V^2/2.\n\nThe stored energy is 1 ha.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-thou', '1', 'E = C V^2/2.\n\nThe stored energy is 1 thou.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-point', '1', 'E = C V^2/2.\n\nThe stored energy is 1 point.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-pt', '1', 'E = C V^2/2.\n\nThe stored energy is 1 pt.', 'A 2 F capacitor is charged to 1 V. What is the stored energy?'),
    ('ue-rad', '80', 'The angles are 40, 60, 80.\n\nThe largest angle is 80 rad.', 'In triangle ABC the angles are in ratio 2:3:4. What is the largest angle?'),
    ('ue-radians', '80', 'The angles are 40, 60, 80.\n\nThe largest angle is 80 radians.', 'In triangle ABC the angles are in ratio 2:3:4. What is the largest angle?'),
    ('ue-arcmin', '80', 'The angles are 40, 60, 80.\n\nThe largest angle is 80 arcmin.', 'In triangle ABC the angles are in ratio 2:3:4. What is the largest angle?'),
    ('ue-mrad', '80', 'The angles are 40, 60, 80.\n\nThe largest angle is 80 mrad.', 'In triangle ABC the angles are in ratio 2:3:4. What is the largest angle?'),
    ('ue-side', '80', 'The angles are 40, 60, 80.\n\nThe largest side is 80°.', 'In triangle ABC the angles are in ratio 2:3:4. What is the largest angle?'),
    ('ue2-long-time-km', '5', 'Distance over speed.\n\nThe trip is 5 km long.', 'How long does the trip take?'),
    ('ue2-wide-s', '5', 'Speed.\n\nThe river is 5 s wide.', 'How wide is the river?'),
    ('ue2-wide-kg', '5', 'Speed.\n\nThe river is 5 kg wide.', 'How wide is the river?'),
    ('ue2-min-old', '60', 'Age.\n\nThe man is 60 min old.', 'How old is the man?'),
    ('ue2-L-deep', '5', 'Age.\n\nThe tank is 5 L deep.', 'How deep is the tank?'),
    ('ue2-volume-m', '5', 'Age.\n\nThe volume is 5 m.', 'What is the volume of the tank in m^3?'),
    ('ue2-area-m', '5', 'Age.\n\nThe area is 5 m.', 'What is the area of the square?'),
    ('ue2-area-cm', '25', 'Age.\n\nThe area is 25 cm.', 'What is the area of the square with side 5 cm?'),
    ('ue2-speed-m', '4', 'Age.\n\nThe speed is 4 m.', 'A car moves 20 m in 5 s. What is its speed?'),
    ('ue2-speed-s', '4', 'Age.\n\nThe speed is 4 s.', 'A car moves 20 m in 5 s. What is its speed?'),
    ('ue2-N-for-mass', '100', 'Age.\n\nThe mass is 100 N.', 'What is the mass of the box?'),
    ('ue2-freq-s', '50', 'Age.\n\nThe frequency is 50 s.', 'What is the frequency of the wave?'),
    ('ue2-V-for-A', '3', 'Age.\n\nThe current is 3 V.', 'What is the current through the resistor?'),
    ('ue2-mA', '3', 'Age.\n\nThe current is 3 mA.', 'What is the current through the 2 ohm resistor with 6 V?'),
    ('ue2-F-for-C', '30', 'Age.\n\nThe temperature is 30 F.', 'What is the temperature in Celsius?'),
    ('uv-zero', '\\pi', 'Using.\n\nThe smallest positive zero is π.', 'What is the smallest positive period of f(x) = sin(2x)?'),
    ('uv-of-cos', '\\pi', 'Using.\n\nThe smallest positive period of cos x is π.', 'What is the smallest positive period of f(x) = sin(2x)?'),
    ('uv-usedtobe', '\\sqrt{3}', 'Using.\n\nThe result used to be √3.', 'Simplify sqrt(12)/2.'),
    ('uv-firstattempt', '\\sqrt{3}', 'Using.\n\nThe result in my first attempt was √3.', 'Simplify sqrt(12)/2.'),
    ('uv-guessed', '\\pi', 'Using.\n\nThe smallest positive period we guessed is π.', 'What is the smallest positive period of f(x) = sin(2x)?'),
    ('uv-estimated', '\\pi', 'Using.\n\nThe smallest positive period I estimated is π.', 'What is the smallest positive period of f(x) = sin(2x)?'),
    ('fw-q', '5', 'The answer is 5。Is it 6？', 'Find the value of x.'),
    ('fw-or-q', '5', 'The answer is 5。Or is it 6？', 'Find the value of x.'),
    ('fw-offer-check', '5', "The answer is 5。\n\nWould you like me to check whether it's 6？", 'Find the value of x.'),
    ('fw-offer-check-inline', '5', "The answer is 5。Would you like me to check whether it's 6？", 'Find the value of x.'),
    ('fw-ratio-5', '5', 'The ratio is 1：5。', 'What is the ratio of boys to girls?'),
    ('fw-ratio-girls', '5', 'The ratio is 1：5。', 'What is the ratio of girls to boys?'),
    ('fw-small-q', '5', 'Final answer：\\boxed{5}﹖', 'Find the value of x.'),
    ('fw-arabic-q', '5', 'Final answer：\\boxed{5}؟', 'Find the value of x.'),
    ('fw-interrobang', '5', 'Final answer：\\boxed{5}‽', 'Find the value of x.'),
    ('fw-dq', '5', 'Final answer：\\boxed{5}⁇', 'Find the value of x.'),
    ('there-count-eq-root', '2', 'Factor: (x-2)(x-3).\n\nThere are 2 distinct solutions.', 'Solve x^2 - 5x + 6 = 0. What is the smaller solution?'),
    ('there-3roots', '3', 'Factor: (x-1)(x-2)(x-3).\n\nThere are 3 distinct roots.', 'What is the largest root of x^3 - 6x^2 + 11x - 6 = 0?'),
    ('there-medians', '3', 'Median.\n\nThere are 3 possible medians.', 'Find the median of 1, 2, 3, 4, 5.'),
    ('there-of4', '56', 'C(8,3) computation.\n\nThere are 56 possible committees of 4.', 'How many committees of 3 can be chosen from 8 people?'),
    ('there-each', '56', 'C(8,3) computation.\n\nThere are 56 possible committees each.', 'How many committees of 3 can be chosen from 8 people?'),
    ('deg-len-angleword', '5', 'By the law of sines, \\boxed{5^\\circ}', 'In triangle ABC, find the length of side BC opposite the 30° angle.'),
    ('deg-arc-length', '5', 'By the law of sines, \\boxed{5^\\circ}', 'Find the length of the arc of a circle of radius 30/π subtending a 30° angle.'),
    ('deg-rotations-count', '10', '\\boxed{10^\\circ}', 'Find the number of rotations the wheel makes.'),
    ('deg-freedom', '10', '\\boxed{10^\\circ}', 'How many degrees of freedom does the system have?'),
    ('deg-poly-degree', '2', '\\boxed{2^\\circ}', 'A polynomial has degree 2. What is its degree?'),
    ('deg-poly-degree3', '3', '\\boxed{3^\\circ}', 'What is the degree of the polynomial x^3 + 1?'),
    ('deg-graph-vertex', '3', '\\boxed{3^\\circ}', 'Find the degree of the vertex A in the graph.'),
    ('rad-for-deg-angle', '80', '\\boxed{80 \\text{ rad}}', 'Find the largest angle of a triangle with angles in ratio 2:3:4.'),
    ('radians-for-deg-angle', '80', '\\boxed{80 \\text{ radians}}', 'Find the largest angle of a triangle with angles in ratio 2:3:4.'),
    ('arcmin', '80', '\\boxed{80 \\text{ arcmin}}', 'Find the largest angle of a triangle with angles in ratio 2:3:4.'),
    ('po-data-order-wrong', '5, 10', 'f(3) = 5, f(2) = 10', 'A function satisfies f(3) = 2f(2). If f(2) = 5, find f(2) and f(3).'),
    ('po-data-order-wrong2', '5, 10', '$f(3) = 5$ and $f(2) = 10$', 'The function satisfies $f(3) = 2f(2)$ and $f(2) + f(3) = 15$. Find $f(2)$ and $f(3)$.'),
    ('po-P-data-wrong', '3/8, 1/8', 'P(X=3) = 3/8, P(X=2) = 1/8', 'X ~ Bin(3, 1/2), so P(X=3) = 1/8. Find P(X=2) and P(X=3).'),
    ('po2-data-first', '0.3, 0.2', 'P(X=3) = 0.3, P(X=2) = 0.2', 'X takes values 1, 2, 3 with P(X=3) = 0.5 - P(X=2) and P(X=1) = 0.5. Find P(X=2) and P(X=3).'),
    ('po2-prefix', '6, 11', 'f(10) = 6, f(1) = 11', 'Let f(x) = ... with f(10) known. Find f(1) and f(10).'),
    ('po-data-mention-wrong', '4, 5', 'f(0) = 5, f(1) = 4', 'Let f(x) = x + 4, so f(1) is one more than f(0). Compute f(0) and f(1).'),
    ('po-data-mention-wrong2', '4, 5', 'f(0) = 5, f(1) = 4', 'Let f(x) = x + 4, so f(1) = f(0) + 1. Compute f(0) and f(1).'),
    ('po-data-mention-wrong3', '4, 5', 'f(1) = 4, f(0) = 5', 'Let f(x) = x + 4, so f(1) = f(0) + 1. Compute f(0) and f(1).'),
    ('av2-data-label', '0.5', 'P(X=2) = 0.5', 'Given that P(X=2) = 0.3 and P(X=3) = 0.2, and X takes values 1, 2, 3, find P(X=1).'),
    ('av2-data-label3', '0.5', 'P(X=3) = 0.5', 'Given that P(X=2) = 0.3 and P(X=3) = 0.2, and X takes values 1, 2, 3, find P(X=1).'),
    ('av2-plain-data-label', '0.5', 'Steps.\nP(X=2) = 0.5', 'Given that P(X=2) = 0.3 and P(X=3) = 0.2, and X takes values 1, 2, 3, find P(X=1).'),
    ('av-P-part-of-sum', '1/2', 'P(X=2) = 1/2', 'X ~ Bin(3, 1/2). Find P(X=2) + P(X=3).'),
    ('av2-f-data', '0.5', 'f(2) = 0.5', 'Given f(2) = 0.3, find f(1) if f(1) + f(2) = 0.8.'),
    ('av-g-sum-correctgold', '8', 'g(1) = 8', 'Let g(x) = x + 4. Find g(1) + g(-1).'),
    ('ratio-girls-ascii', '5', 'The ratio is 1:5.', 'What is the ratio of girls to boys?'),
    ('or-q-ascii', '5', 'The answer is 5. Or is it 6?', 'Find the value of x.'),
    ('q-ascii', '5', 'The answer is 5. Is it 6?', 'Find the value of x.'),
    ('offer-check-ascii', '5', "The answer is 5.\n\nWould you like me to check whether it's 6?", 'Find the value of x.'),
    ('bx-orso', '5', 'So \\boxed{5} or so.', 'Find the number.'),
    ('bx-to6', '5', 'So \\boxed{5} to 6.', 'Find the number.'),
    ('bx-squared', '5', 'So \\boxed{5} squared.', 'Find the number.'),
    ('bx-cubed', '5', 'So \\boxed{5} cubed.', 'Find the number.'),
    ('bx-hundredths', '5', 'So \\boxed{5} hundredths.', 'Find the number.'),
    ('bx-times2', '5', 'So \\boxed{5} times 2.', 'Find the number.'),
]
KEPT_7 = [
    ('\\text{Yes}', 'We check all divisors up to the square root.\nThis is the final answer: Yes.', 'Is 97 prime?'),
    ('5', 'We count carefully.\nThis is the final answer: five.', 'How many apples?'),
    ('\\text{Tuesday}', 'Counting forward day by day.\nThis is the final answer: Tuesday.', 'What day of the week is it?'),
    ('C', 'Comparing the options.\nThis is the final answer: C.', 'Which option? (A) (B) (C)'),
]

# Red-team pass 10 (2026-12-07, seventh session): 355 wrong answers written against the rules added that day
# (matrix sums, decimal commas, number words, named chains, angle sums, Chinese markers, restated numbers,
# renamed indices, money lists, text restatements, fill-in blanks, general terms, short sentences,
# antiderivatives, notations, clock times, comparisons, bare plain-math lines); 75 were accepted (63 new, 12
# older: subjects with the question's numbers, blanks after an expression), all fixed. Every case is kept.
REVIEWED_10 = [
    ('mat_wrong_entry', '\\begin{pmatrix}3&4\\\\5&6\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}2&2\\\\2&3\\end{pmatrix}', 'Compute $A + B$ where $A$ and $B$ are the given matrices.'),
    ('mat_minus_for_plus', '\\begin{pmatrix}3&4\\\\5&6\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} - \\begin{pmatrix}2&2\\\\2&2\\end{pmatrix}', 'Compute $A + B$ where $A$ and $B$ are the given matrices.'),
    ('mat_neg_both', '\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}', '-\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix} - \\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}', None),
    ('mat_scaled_wrong', '\\begin{pmatrix}2&4\\\\6&8\\end{pmatrix}', '2\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}0&0\\\\0&1\\end{pmatrix}', None),
    ('mat_vmatrix_dets', '\\begin{pmatrix}2&4\\\\6&8\\end{pmatrix}', '\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix} + \\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}', None),
    ('mat_transpose_ignored', '\\begin{pmatrix}2&4\\\\6&8\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}^T', None),
    ('mat_product_order', '\\begin{pmatrix}4&2\\\\1&2\\end{pmatrix}', '\\begin{pmatrix}1&0\\\\1&1\\end{pmatrix}\\begin{pmatrix}1&2\\\\0&1\\end{pmatrix} + \\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}', None),
    ('mat_three_terms_sign', '\\begin{pmatrix}0&1\\\\1&0\\end{pmatrix}', '\\begin{pmatrix}1&1\\\\1&1\\end{pmatrix} - \\begin{pmatrix}1&0\\\\0&1\\end{pmatrix} + \\begin{pmatrix}0&0\\\\0&1\\end{pmatrix}', None),
    ('mat_frac_entries', '\\begin{pmatrix}\\frac12&1\\\\0&\\frac12\\end{pmatrix}', '\\begin{pmatrix}\\frac14&1\\\\0&\\frac14\\end{pmatrix} + \\begin{pmatrix}\\frac14&0\\\\0&\\frac13\\end{pmatrix}', None),
    ('mat_bmatrix_wrong', '\\begin{bmatrix}5&5\\\\5&5\\end{bmatrix}', '\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix} + \\begin{bmatrix}4&3\\\\2&2\\end{bmatrix}', None),
    ('mat_symbolic_wrong', '\\begin{pmatrix}a+1&b\\\\c&d+1\\end{pmatrix}', '\\begin{pmatrix}a&b\\\\c&d\\end{pmatrix} + \\begin{pmatrix}1&0\\\\0&0\\end{pmatrix}', None),
    ('mat_scalar_k', '\\begin{pmatrix}2&4\\\\6&8\\end{pmatrix}', 'k\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', None),
    ('mat_sum_vs_cross', '\\begin{pmatrix}0\\\\0\\\\1\\end{pmatrix}', '\\begin{pmatrix}1\\\\0\\\\0\\end{pmatrix} + \\begin{pmatrix}0\\\\1\\\\0\\end{pmatrix}', 'Compute $\\mathbf{e}_1 \\times \\mathbf{e}_2$.'),
    ('mat_sum_list_hedge', '\\begin{pmatrix}3&4\\\\5&6\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}2&2\\\\2&2\\end{pmatrix} \\text{ or } \\begin{pmatrix}3&4\\\\5&7\\end{pmatrix}', 'Compute $A + B$ where $A$ and $B$ are the given matrices.'),
    ('mat_minus_scaled', '\\begin{pmatrix}1&0\\\\3&2\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} - 2\\begin{pmatrix}0&1\\\\0&1\\end{pmatrix} + \\begin{pmatrix}0&0\\\\0&1\\end{pmatrix}', None),
    ('mat_3x3_wrong', '\\begin{pmatrix}2&0&0\\\\0&2&0\\\\0&0&2\\end{pmatrix}', '\\begin{pmatrix}1&0&0\\\\0&1&0\\\\0&0&1\\end{pmatrix} + \\begin{pmatrix}1&0&0\\\\0&1&0\\\\0&0&0\\end{pmatrix}', None),
    ('mat_sum_vs_product', '\\begin{pmatrix}7&10\\\\15&22\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', 'Compute $A^2$ for $A = \\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}$.'),
    ('mat_labelled_wrong', '\\begin{pmatrix}3&4\\\\5&6\\end{pmatrix}', 'A + B = \\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\begin{pmatrix}2&2\\\\2&3\\end{pmatrix}', 'Compute $A + B$ where $A$ and $B$ are the given matrices.'),
    ('bd_25_vs_2p5', '25', '2{,}5', None),
    ('bd_2p05', '2.5', '2{,}05', None),
    ('bd_0p0125', '0.125', '0{,}0125', None),
    ('bd_1250_vs_1p25', '1250', '1{,}25', None),
    ('bd_point_vs_decimal', '(2, 5)', '(2{,}5)', 'Find the coordinates of the point.'),
    ('bd_sign', '2.5', '-2{,}5', None),
    ('bd_swap_digits', '3.14', '3{,}41', None),
    ('bd_0p05', '0.5', '0{,}05', None),
    ('bd_frac', '\\frac{5}{2}', '2{,}4', None),
    ('bd_hedge', '2.5', '2{,}5 \\text{ or } 3{,}5', None),
    ('bd_12p5', '12.5', '1{,}25', None),
    ('bd_chain3', '2.53', '2{,}5{,}3', None),
    ('bd_sentence', '125', 'The answer is 0{,}125.', None),
    ('bd_x_eq', '2.5', 'x = 2{,}50 + 1', None),
    ('bd_pct', '0.125', '0{,}125\\%', 'What fraction of the area is shaded? Give a decimal.'),
    ('sp_two_for_three', '3', 'two real roots', 'How many real roots does $x^3 - 3x + 1 = 0$ have?'),
    ('sp_complex_roots', '3', 'three complex roots', 'How many real roots does $x^3 - 3x + 1 = 0$ have?'),
    ('sp_three_for_two', '2', 'three real roots', 'How many real roots does $x^2 - 5x + 6 = 0$ have?'),
    ('sp_zero_for_two', '2', 'zero real roots', 'How many real roots does $x^2 - 5x + 6 = 0$ have?'),
    ('sp_no_roots', '2', 'no real roots', 'How many real roots does $x^2 - 5x + 6 = 0$ have?'),
    ('sp_twenty_two', '21', 'twenty-two apples', 'How many apples does Tom have now?'),
    ('sp_hours_for_minutes', '90', 'ninety hours', 'How many minutes does the trip take?'),
    ('sp_passed_failed', '5', 'five students passed', 'How many students failed the exam?'),
    ('sp_fifty', '5', 'fifty real roots', 'How many real roots does $x^3 - 3x + 1 = 0$ have?'),
    ('sp_eleven', '12', 'eleven eggs', 'How many eggs are left?'),
    ('sp_dozen', '3', 'three dozen eggs', 'How many eggs does she buy?'),
    ('sp_hundred', '5', 'five hundred people', 'How many people attended?'),
    ('sp_thousand', '5', 'five thousand people', 'How many people attended?'),
    ('sp_maybe', '3', 'maybe three real roots', 'How many real roots does $x^3 - 3x + 1 = 0$ have?'),
    ('sp_negative', '3', 'negative three real roots', 'How many real roots does $x^3 - 3x + 1 = 0$ have?'),
    ('sp_more', '3', 'three more real roots', 'How many real roots does $x^3 - 3x + 1 = 0$ have?'),
    ('sp_distinct', '3', 'three distinct roots', 'How many real roots, counted with multiplicity, does $(x-1)^2(x+2)(x-3)$ have?'),
    ('ch_wrong_value', '29', 'a_{10} = a_1 + 9d = 2 + 18 = 20', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_{10}$.'),
    ('ch_bad_arith', '29', 'a_{10} = a_1 + 9d = 2 + 27 = 28', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_{10}$.'),
    ('ch_other_term', '14', 'a_{10} = a_1 + 9d = 5 + 9 = 14', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_5$.'),
    ('ch_other_index_same_val', '6', 'a_2 = a_1 + d = 2 + 4 = 6', 'In an arithmetic sequence, $a_1 = 2$ and $d = 2$. Find $a_3$.'),
    ('ch_tan_for_cos', '-\\frac45', '\\tan\\theta = \\frac{\\sin\\theta}{\\cos\\theta} = \\frac{3/5}{-3/4} = -\\frac45', 'Given $\\sin\\theta = \\frac35$ with $\\theta$ in the second quadrant, find $\\cos\\theta$.'),
    ('ch_cos_for_sin', '\\frac35', '\\cos\\theta = \\sqrt{1-\\sin^2\\theta} = \\sqrt{1-\\frac{16}{25}} = \\frac35', 'Given $\\cos\\theta = \\frac45$ with $\\theta$ acute, find $\\sin\\theta$.'),
    ('ch_cos_sign', '-\\frac45', '\\cos\\theta = \\sqrt{1-\\sin^2\\theta} = \\sqrt{1 - \\frac{9}{25}} = \\frac45', 'Given $\\sin\\theta = \\frac35$ with $\\theta$ in the second quadrant, find $\\cos\\theta$.'),
    ('ch_tan_sign', '-\\frac34', '\\tan\\theta = \\frac{\\sin\\theta}{\\cos\\theta} = \\frac{3/5}{4/5} = \\frac34', 'Given $\\sin\\theta = \\frac35$ with $\\theta$ in the second quadrant, find $\\tan\\theta$.'),
    ('ch_hedge', '29', 'a_{10} = a_1 + 9d = 2 + 27 = 29 \\text{ or } 30', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_{10}$.'),
    ('ch_approx_off', '30', 'a_{10} = a_1 + 9d = 2 + 27 = 29 \\approx 30', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_{10}$.'),
    ('ch_f_other_arg', '10', 'f(2) = x^2 + 1 = 9 + 1 = 10', 'Let $f(x) = x^2 + 1$. Find $f(3)$.'),
    ('ch_area_for_perimeter', '12', '\\text{Area} = lw = 3 \\cdot 4 = 12', 'A rectangle is 2 by 4. What is its perimeter?'),
    ('ch_letters_after', '29', 'a_{10} = a_1 + 9d = 2 + 27 = 29 + d', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_{10}$.'),
    ('ch_quadratic_one_root', '-2, -3', 'x = \\frac{-b+\\sqrt{b^2-4ac}}{2a} = \\frac{-5+1}{2} = -2', 'Solve $x^2+5x+6=0$.'),
    ('ch_sum_wrong', '155', 'S_{10} = \\frac{n(a_1+a_n)}{2} = \\frac{10(2+29)}{2} = 150', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $S_{10}$.'),
    ('ch_S_for_a', '29', 'S_{10} = a_1 + 9d = 2 + 27 = 29', 'In an arithmetic sequence, $a_1 = 2$ and $d = 3$. Find $a_{10}$.'),
    ('ch_area_wrong', '24', '\\text{Area} = \\frac12 bh = \\frac12 \\cdot 6 \\cdot 4 = 12', 'A triangle has base 6 and height 8. Find its area.'),
    ('ang_sides', '10', '10^\\circ', 'Find the number of sides of a polygon if the sum of its interior angles is 1440°.'),
    ('ang_sides_howmany', '12', '12^\\circ', 'How many sides does a regular polygon have if the sum of its interior angles is 1800 degrees?'),
    ('ang_diagonals', '27', '27^\\circ', 'Find the number of diagonals of the polygon whose sum of interior angles is 1260°.'),
    ('ang_length', '5', '5^\\circ', 'Find the length of $AB$, given that the sum of the angles $A$ and $B$ is $90^\\circ$ and $AC = 3$, $BC = 4$.'),
    ('ang_exterior_count', '6', '6^\\circ', 'How many exterior angles does a polygon have if the sum of its interior angles is 720°?'),
    ('ang_percent', '20', '20^\\circ', 'What percent of the sum of the interior angles of a pentagon is one of its angles?'),
    ('ang_ratio', '2', '2^\\circ', 'What is the ratio of the sum of the interior angles of a hexagon to the sum of its exterior angles?'),
    ('ang_times', '4', '4^\\circ', 'The sum of the interior angles of a hexagon is how many times the sum of the angles of a triangle?'),
    ('ang_fit', '12', '12^\\circ', 'An angle measures 30 degrees. How many such angles fit in a full turn?'),
    ('ang_wrong_val', '1080', '1008^\\circ', 'Find the sum of the interior angles of an octagon.'),
    ('ang_rad', '1080', '1080 \\text{ rad}', 'Find the sum of the interior angles of an octagon, in degrees.'),
    ('ang_num_deg_wrong', '40', '50^\\circ', 'In triangle $ABC$, $\\angle A = 60^\\circ$ and $\\angle B = 80^\\circ$. What is the number of degrees in angle $C$?'),
    ('ang_sides_sum_measures', '8', '8^\\circ', 'Determine the number of sides if the sum of the measures of the interior angles is 1080.'),
    ('ang_cost', '15', '15^\\circ', 'Each degree of the sum of the interior angles of a triangle costs 1/12 dollar. Find the cost in dollars of the sum of the angles of the triangle.'),
    ('zh_maybe', '5', '解得 x=5。答案可能是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_question', '5', '答案是5吗？', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_not_quite_sure', '5', '计算得 2x=10。答案是5，但我不太确定。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_seems', '5', '答案似乎是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_seems2', '5', '答案好像是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_guess', '5', '所以，我猜答案为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_estimate', '5', '估计答案是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_no_confidence', '5', '答案是5，不过我没有把握。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_or', '5', '答案是5或6。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_or2', '5', '答案为5或者6。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_haishi', '5', '答案是5还是6，我无法判断。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_not', '5', '答案不是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_retract', '5', '答案是5，不对，答案是6。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_miscalc', '5', '答案是5。等等，我算错了，应该重新计算。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_wrong_result', '5', '故答案为5，但这是错误的。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_unreasonable', '5', '故答案为5，此结果显然不合理。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_discarded', '5', '解得 x=5 或 x=-1。经检验，x=5 不满足题意，所以舍去的解为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_wrong_answer_is', '5', '所以错误的答案为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_min_for_max', '5', '所以最小值为5。', '求函数 $f(x) = -x^2 + 4x + 1$ 的最大值。'),
    ('zh_b_for_a', '6', '所以 b 的值为 6。', '已知 $a = 2b$，且 $b = 3$，求 $a$ 的值。'),
    ('zh_perimeter_value', '12', '所以周长的值为12。', '一个长方形长为4，宽为3，求它的面积。'),
    ('zh_conditional', '5', '如果 a>0，答案是5；否则答案是-5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_pm', '5', '故答案为：5或-5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_final_q', '5', '最终答案是5吗', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_approx_dagai', '5', '答案大概是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_counter', '5', '答：6个。', '盒子里有几个苹果？'),
    ('zh_if_no_error', '5', '答案是5（如果我没算错的话）。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_verify_contra', '5', '所以答案为5，但代入验证时出现矛盾。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_not_necessarily', '5', '答案不一定是5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_range_wrong', 'x \\ge 2', '综上所述，x的取值范围为 x>2。', '求x的取值范围。'),
    ('zh_previous', '5', '之前我以为答案是5，现在发现答案是6。', '求方程 $2x + 1 = 11$ 的解。'),
    ('gn_negated', '56', 'The sum of all positive divisors of 28 is not 56.', 'What is the sum of all positive divisors of 28?'),
    ('gn_hedge_or', '56', 'The sum of all positive divisors of 28 is 56 or 57.', 'What is the sum of all positive divisors of 28?'),
    ('gn_think', '56', 'I think the sum of all positive divisors of 28 is 56.', 'What is the sum of all positive divisors of 28?'),
    ('gn_number_of', '12', 'The number of divisors of 6 is 12.', 'What is the sum of the positive divisors of 6?'),
    ('gn_area_for_perim', '28', 'The area of the 8 by 6 rectangle is 28.', 'A rectangle has length 8 and width 6. What is its perimeter?'),
    ('gn_pct_wrong', '36', '15% of 240 is 3.6.', 'What is 15% of 240?'),
    ('gn_pct_other_base', '36', '15% of 250 is 36.', 'What is 15% of 240?'),
    ('gn_product_for_sum', '56', 'The product of all positive divisors of 28 is 56.', 'What is the sum of all positive divisors of 28?'),
    ('gn_if_exclude', '56', 'The sum of all positive divisors of 28 is 56 if we exclude 1.', 'What is the sum of all positive divisors of 28?'),
    ('gn_proper', '56', 'The sum of all proper divisors of 28 is 56.', 'What is the sum of all positive divisors of 28?'),
    ('gn_long_for_width', '12', 'The rectangle is 12 cm long.', 'If the length of the rectangle is 20 cm and its area is 240 cm², what is its width?'),
    ('gn_wide_for_height', '12', 'The tree is 12 m wide.', 'What is the height of the tree?'),
    ('gn_old_for_height', '12', 'The tree is 12 years old.', 'Given that the age of the tree is 10 years, how tall is the tree in meters?'),
    ('gn_away_for_width', '12', 'The boat is 12 m away.', 'The boat is some distance away. What is the width of the river?'),
    ('gn_deep_for_long', '12', 'The pool is 12 m deep.', 'The pool is 3 m deep. How long is the pool?'),
    ('ix_plus', 'a_n = 2n - 1', 'a_k = 2k + 1', 'Find the general term $a_n$ of the sequence $1, 3, 5, 7, \\ldots$.'),
    ('ix_mixed', 'a_n = 2n - 1', 'a_k = 2n - 1', 'Find the general term $a_n$ of the sequence $1, 3, 5, 7, \\ldots$.'),
    ('ix_pow', 'a_n = 2^n - 1', 'a_k = 2k - 1', None),
    ('ix_sum', 'S_n = n^2', 'S_k = k^2 + k', None),
    ('ix_geo', 'a_n = 3 \\cdot 2^{n-1}', 'a_k = 3 \\cdot 2^{k}', None),
    ('ix_shift', 'a_n = n^2', 'a_k = (k+1)^2', None),
    ('ix_same_label_other_letter', 'a_n = 2n - 1', 'a_n = 2k - 1', 'Find the general term $a_n$ of the sequence $1, 3, 5, 7, \\ldots$.'),
    ('ix_alt_sign', 'a_n = (-1)^n n', 'a_k = (-1)^{k+1} k', None),
    ('ix_frac', 'a_n = \\frac{1}{n(n+1)}', 'a_k = \\frac{1}{k(k-1)}', None),
    ('ix_hedge', 'a_n = 2n - 1', 'a_k = 2k - 1 \\text{ or } a_k = 2k + 1', 'Find the general term $a_n$ of the sequence $1, 3, 5, 7, \\ldots$.'),
    ('ix_other_base', 'a_n = 2n - 1', 'b_k = 2k - 1', 'Let $b_n = a_n + 1$. Find the general term $a_n$ of the sequence $1, 3, 5, \\ldots$.'),
    ('mo_wrong_second', '20, 40', '\\$20, \\$45', 'Alice earns \\$20 and Bob earns twice as much. How much do Alice and Bob earn, in that order?'),
    ('mo_swapped', '20, 40', '\\$40, \\$20', 'Alice earns \\$20 and Bob earns twice as much. How much do Alice and Bob earn, in that order?'),
    ('mo_extra', '\\$20', '\\$20, \\$40', 'How much does Alice earn?'),
    ('mo_concat', '2040', '\\$20, \\$40', 'What is the total cost in dollars?'),
    ('mo_thousands', '20, 40', '\\$2,040', 'Alice earns \\$20 and Bob earns twice as much. How much do Alice and Bob earn, in that order?'),
    ('mo_1200', '1200, 3400', '\\$1,200, \\$3,500', None),
    ('mo_euro', '20, 40', '€20, €40', 'Alice earns \\$20 and Bob earns twice as much. How much do Alice and Bob earn, in that order?'),
    ('mo_three', '20, 40', '\\$20, \\$40, \\$60', 'Alice earns \\$20 and Bob earns twice as much. How much do Alice and Bob earn, in that order?'),
    ('mo_neg', '5, 10', '-\\$5, \\$10', None),
    ('mo_cents', '20.40', '\\$20, \\$40', 'How much change does she get, in dollars?'),
    ('mo_dup', '12', '\\$12, \\$12', 'How much does one book cost?'),
    ('tx_thursday', 'Wednesday', 'It will be a Thursday.', 'What day of the week will it be 100 days after a Monday?'),
    ('tx_not_wed', 'Wednesday', 'It will not be a Wednesday.', 'What day of the week will it be 100 days after a Monday?'),
    ('tx_wed_or_thu', 'Wednesday', 'It will be a Wednesday or a Thursday.', 'What day of the week will it be 100 days after a Monday?'),
    ('tx_wed_think', 'Wednesday', 'I think it will be a Wednesday.', 'What day of the week will it be 100 days after a Monday?'),
    ('tx_a_wed_or', 'Wednesday', 'a Wednesday or Friday', 'What day of the week will it be 100 days after a Monday?'),
    ('tx_not_square', 'square', 'not a square', 'What type of quadrilateral is $ABCD$?'),
    ('tx_a_positive', 'b', 'a positive', 'Which number is positive, $a$ or $b$?'),
    ('tx_inf_or_one', 'infinitely many solutions', 'The system has infinitely many solutions or exactly one solution.', 'Does the system have no solution, exactly one solution, or infinitely many solutions?'),
    ('tx_one_or_inf', 'infinitely many solutions', 'The system has exactly one solution or infinitely many solutions.', 'Does the system have no solution, exactly one solution, or infinitely many solutions?'),
    ('tx_unique_or_inf', 'unique solution', 'The system has a unique solution or infinitely many solutions.', 'Does the system have a unique solution, infinitely many solutions, or no solution?'),
    ('tx_cond_or_abs', 'converges conditionally', 'The series converges conditionally or absolutely.', 'Does the series converge absolutely, converge conditionally, or diverge?'),
    ('tx_cond_or_div', 'converges conditionally', 'The series converges conditionally or diverges.', 'Does the series converge absolutely, converge conditionally, or diverge?'),
    ('tx_abs_and_cond', 'converges conditionally', 'The series converges conditionally and absolutely.', 'Does the series converge absolutely, converge conditionally, or diverge?'),
    ('tx_cond_not', 'converges conditionally', 'The series does not converge conditionally.', 'Does the series converge absolutely, converge conditionally, or diverge?'),
    ('tx_bounded_both', 'bounded above', 'The sequence is bounded above or below.', 'Is the sequence bounded above, bounded below, or unbounded?'),
    ('tx_convergent_for_div', 'diverges', 'The integral is convergent.', 'Determine whether the integral converges or diverges.'),
    ('tx_converges_for_div', 'diverges', 'The integral converges.', 'Determine whether the integral converges or diverges.'),
    ('tx_not_converge', 'convergent', 'The series does not converge.', 'Is the series convergent or divergent?'),
    ('tx_not_convergent', 'convergent', 'The series is not convergent.', 'Is the series convergent or divergent?'),
    ('tx_abs_vs_cond', 'absolutely convergent', 'The series is conditionally convergent.', 'Is the series absolutely convergent, conditionally convergent, or divergent?'),
    ('tx_abs_but_not', 'converges absolutely', 'The series converges, but not absolutely.', 'Does the series converge absolutely, converge conditionally, or diverge?'),
    ('tx_dne_or_inf', 'does not exist', 'The limit does not exist or is infinite.', 'Evaluate the limit, or show that it does not exist or that it is infinite.'),
    ('tx_two_or_one', 'two real solutions', 'The equation has two real solutions or one real solution.', 'Does the equation have no real solutions, one real solution, or two real solutions?'),
    ('tx_dne_exists', 'does not exist', 'The limit does exist.', 'Does the limit exist?'),
    ('tx_increasing_or', 'strictly increasing', 'The function is strictly increasing or decreasing.', 'Is the function strictly increasing or decreasing on $(0, 1)$?'),
    ('tx_dne_other_subject', 'does not exist', 'The derivative does not exist.', 'Does the limit $\\lim_{x\\to 0} \\sin(1/x)$ exist?'),
    ('fb_other_letter', '4', 'y = 4', 'If $2x + 3 = 11$, then $x=$ ______.'),
    ('fb_wrong', '4', 'x = 5', 'If $2x + 3 = 11$, then $x=$ ______.'),
    ('fb_hedge', '4', 'x = 4 \\text{ or } x = 5', 'If $2x + 3 = 11$, then $x=$ ______.'),
    ('fb_y_claim', '3', 'y = 3', 'Given $x + y = 5$ and $x - y = 1$, then $x=$ ______.'),
    ('fb_m_plus_n', '5', 'n = 5', 'Given $m = 2$ and $n = 3$, then $m+n=$ ______.'),
    ('fb_2x', '8', 'x = 8', 'If $x + 1 = 5$, then $2x=$ ______.'),
    ('fb_a_minus_b', '1', 'b = 1', 'Given $a = 3$ and $b = 2$, then $a-b=$ ______.'),
    ('fb_subscript', '2n - 1', 'n = 2n - 1', 'In the sequence $\\{a_n\\}$, $a_1 = 1$ and $a_{n+1} = a_n + 2$, then $a_n=$ ______.'),
    ('fb_swap', '3, 2', 'x = 2, y = 3', 'Given $x + y = 5$ and $x - y = 1$, then $x=$ ______, $y=$ ______.'),
    ('fb_underline', '4', 'k = 4', 'If $k + 1 = 3$, then $2k = \\underline{\\quad}$.'),
    ('fb_k_underscores', '6', 'k = 6', 'If $k^2 = 9$ and $k > 0$, then $2k=\\_\\_\\_$.'),
    ('pi_2i', '1 \\pm i', '1 \\pm 2\\mathrm{i}', None),
    ('pi_neg1', '1 \\pm i', '-1 \\pm \\mathrm{i}', None),
    ('pi_one_root', '1 \\pm i', '1 + \\mathrm{i}', None),
    ('pi_no_real', '1 \\pm i', '\\pm\\mathrm{i}', None),
    ('pi_e', '1 \\pm i', '1 \\pm \\mathrm{e}', None),
    ('pi_e2', 'e', '\\mathrm{e}^2', None),
    ('gt_S', 'n^2 + 1', 'S_n = n^2 + 1', 'Write a general term formula for the sequence $2, 5, 10, 17, \\ldots$.'),
    ('gt_wrong', 'n^2 + 1', 'a_n = n^2 - 1', 'Write a general term formula for the sequence $2, 5, 10, 17, \\ldots$.'),
    ('gt_shift', 'n^2 + 1', 'a_n = (n+1)^2 + 1', 'Write a general term formula for the sequence $2, 5, 10, 17, \\ldots$.'),
    ('gt_other_name_T', 'n^2 + 1', 'a_n = n^2 + 1 \\text{ or } n^2+2', 'Write a general term formula for the sequence $2, 5, 10, 17, \\ldots$.'),
    ('gt_nth_wrong', '3n - 1', 'a_n = 3n + 1', 'Find the $n$th term of the sequence $2, 5, 8, 11, \\ldots$.'),
    ('bs_or', '12', 'The area is 12 square units or 13 square units', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_not', '12', 'The area is not 12 square units', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_truncated_plus', '12', 'The area is 12 square units plus the area of the second triangle, which is', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_only_if', '12', 'The area is 12 square units only if the height is', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_perimeter', '12', 'The perimeter is 12 units', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_probably', '12', 'The area is probably 12 square units', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_think', '12', 'I think the area is 12 square units', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_double_check', '12', 'The area is 12 square units, but I need to double-check', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_before_scaling', '12', 'The area was 12 square units before the triangle is scaled by', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_less_than', '12', 'The area is 12 square units less than', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_more_than', '12', 'The area is 12 square units more than the area of', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_square', '12', 'The area of the square is 12 square units', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_when_x', '12', 'The area is 12 square units when x is 3, but x is', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_times', '12', 'The area is 12 square units times the scale factor, which is', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_max_for_min', '4', 'The maximum value is 4, attained at x = 2', 'Find the minimum value of $f(x) = (x-2)^2 + 4$.'),
    ('bs_min_cond', '4', 'The minimum value is 4 if a = 1 and 5 if a = 2', 'Find the minimum value of $f(x) = (x-2)^2 + 4$.'),
    ('bs_or_is_it', '12', 'The area is 12 square units, or is it', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_half_of', '12', 'The area is 12 square units divided by', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_minus', '12', 'The area is 12 square units minus the area of the cut-out, which has', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_first_step', '12', 'The first step is 12 square units, then we have', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('ad_abs', '\\frac{x|x|}{2} + C', '\\frac{x^2}{2} + C', 'Find $\\int |x|\\,dx$.'),
    ('ad_abs_shift', '\\frac{(x-5)|x-5|}{2} + C', '-\\frac{(x-5)^2}{2} + C', 'Find $\\int |x-5|\\,dx$.'),
    ('ad_sign', '|x| + C', 'x + C', 'Find $\\int \\frac{x}{|x|}\\,dx$.'),
    ('ad_sqrt_sq', '\\frac{x^2}{2} + C', '\\frac{x\\sqrt{x^2}}{2} + C', 'Find $\\int x\\,dx$.'),
    ('ad_cube_abs', '\\frac{x^3}{3} + C', '\\frac{x^2|x|}{3} + C', 'Find $\\int x^2\\,dx$.'),
    ('ad_tiny', '\\frac{x^2}{2} + C', '\\frac{x^2}{2} + 10^{-12}x + C', 'Find $\\int x\\,dx$.'),
    ('ad_tiny2', '\\frac{x^4}{4} + C', '\\frac{x^4}{4} + \\frac{x}{10^{11}} + C', 'Find $\\int x^3\\,dx$.'),
    ('ad_linear', 'x^2 + C', 'x^2 + x + C', 'Find $\\int 2x\\,dx$.'),
    ('ad_cos_sign', '\\sin^2 x + C', '\\cos^2 x + C', 'Find $\\int \\sin 2x\\,dx$.'),
    ('ad_ln_sq', '\\ln|x| + C', '\\ln(x^2) + C', 'Find $\\int \\frac{1}{x}\\,dx$.'),
    ('ad_exp', 'e^x + C', 'e^{x+1} + C', 'Find $\\int e^x\\,dx$.'),
    ('ad_cube_shift', '\\frac{1}{3}x^3 + C', '\\frac{1}{3}(x+1)^3 + C', 'Find $\\int x^2\\,dx$.'),
    ('ad_abs_cos', '\\sin x + C', '\\sin|x| + C', 'Find $\\int \\cos x\\,dx$.'),
    ('tr_7_78', '\\frac79', '0.787878\\ldots', None),
    ('tr_pi', '\\pi', '3.141414\\ldots', None),
    ('tr_neg', '\\frac13', '-0.333\\ldots', None),
    ('tr_hedge', '\\frac13', '0.333\\ldots \\text{ or } 0.334', None),
    ('tr_sixth_wrong', '\\frac15', '0.1666\\ldots', None),
    ('tr_twelve', '0.12', '0.1212\\ldots', None),
    ('tr_dots_plain', '\\frac{2}{3}', '0.6777...', None),
    ('tr_unicode', '\\frac{1}{9}', '0.1222…', None),
    ('tr_sqrt2', '\\sqrt{2}', '1.4141414\\ldots', None),
    ('fr_closed_left', '(-2, \\infty)', '[-2, +\\infty[', None),
    ('fr_pos2', '(-2, \\infty)', ']2, +\\infty[', None),
    ('fr_neg_side', '(-2, \\infty)', ']-\\infty, -2[', None),
    ('fr_open_for_halfopen', '[1, 3)', ']1, 3[', None),
    ('fr_open_right', '(0, 1]', ']0, 1[', None),
    ('fr_union', '(-\\infty, 1) \\cup (3, \\infty)', ']-\\infty, 1] \\cup [3, +\\infty[', None),
    ('fr_semicolon', '(1, 3)', '[1; 3[', None),
    ('fr_x_in', '(0, 1)', 'x \\in ]0, 1]', None),
    ('uv_sign', '(3, -1)', '3\\mathbf{i} + \\mathbf{j}', None),
    ('uv_neg', '(3, -1)', '-3\\mathbf{i} - \\mathbf{j}', None),
    ('uv_order', '(3, -1)', '3\\mathbf{j} - \\mathbf{i}', None),
    ('uv_dot', '(1, 1)', '\\mathbf{i} \\cdot \\mathbf{j}', None),
    ('uv_3d_wrong', '(2, 3, -1)', '2\\mathbf{i} + 3\\mathbf{j} + \\mathbf{k}', None),
    ('uv_extra_k', '(1, 2)', '\\hat{i} + 2\\hat{j} + \\hat{k}', None),
    ('uv_mag', '5', '3\\mathbf{i} + 4\\mathbf{j}', 'Find the magnitude of the vector $3\\mathbf{i} + 4\\mathbf{j}$.'),
    ('uv_cross', '(1, 1, 0)', '\\mathbf{i} \\times \\mathbf{j}', None),
    ('uv_dot2', '(2, 3)', '2\\mathbf{i} \\cdot 3\\mathbf{j}', None),
    ('ck_am_pm', '22:15', '10:15 a.m.', 'At what time does the train arrive?'),
    ('ck_AM', '22:15', '10:15 AM', 'At what time does the train arrive?'),
    ('ck_pm_vs_am', '10:15 PM', '10:15 AM', 'At what time does the train arrive?'),
    ('ck_noon_midnight', '12:30 PM', '00:30', 'At what time does the train arrive?'),
    ('ck_seconds', '22:15', '10:15:30 PM', 'At what time does the train arrive?'),
    ('ck_21_45', '9:45 AM', '21:45', 'At what time does the train arrive?'),
    ('ck_ratio_pm', '15:20', '3:20 PM', 'Write the ratio of 15 boys to 20 girls without simplifying.'),
    ('ck_ratio_pm2', '14:35', '2:35 p.m.', 'Write the ratio of 14 to 35.'),
    ('ck_digits', '9:05 PM', '21:50', 'At what time does the train arrive?'),
    ('ck_hedge', '10:15 p.m.', '10:15 p.m. or 10:30 p.m.', 'At what time does the train arrive?'),
    ('ck_1159', '11:59 PM', '12:00 AM', 'At what time does the train arrive?'),
    ('ck_padded', '7:00 PM', '07:00', 'At what time does the train arrive?'),
    ('ck_padded2', '07:00', '7:00 PM', 'At what time does the train arrive?'),
    ('ck_midnight_12', '0:15', '12:15 p.m.', 'At what time does the train arrive?'),
    ('ck_ratio_am', '13:45', '1:45 AM', 'The score was 13 to 45. Write it as a ratio.'),
    ('pk_other', '3^{20}', '2^{30} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_smaller', '3^{20}', '3^{20} is smaller', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_neither', '3^{20}', 'Neither is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_maybe', '3^{20}', 'Maybe 3^{20} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_think', '3^{20}', 'I think 3^{20} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_not', '3^{20}', '3^{20} is not larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_or', '3^{20}', '3^{20} or 2^{30} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_q', '3^{20}', '3^{20} is larger?', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_text_prob', '3^{20}', '\\text{Probably } 3^{20} \\text{ is larger}', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_diff', '3^{20}', '3^{20} - 2^{30} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_if', '3^{20}', 'If n > 1, 3^{20} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_unclear', '3^{20}', 'It is unclear whether 3^{20} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_smallest', '-2', '2 is the smallest', 'Which is the smallest: $-2$, $0$ or $3$?'),
    ('pk_greater', '\\frac13', '0.3 is greater', 'Which is greater, $0.3$ or $\\frac13$?'),
    ('pk_possibly', '3^{20}', 'Possibly 3^{20} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_both', '3^{20}', 'Both 3^{20} and 2^{30} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pk_neither_semicolon', '3^{20}', 'Neither; 2^{30} is larger', 'Which is larger, $2^{30}$ or $3^{20}$?'),
    ('pm_wrong', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 3/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_likely', '\\frac25', 'Likely, P = 2/5 or 1/5 depending on replacement; I could not decide.\nWe stop here.\nLikely = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_guessing', '\\frac25', 'Guessing = 2/5 seems easiest, though I did not compute anything.\nWe stop here.\nGuessing = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_tentative', '\\frac25', 'Tentatively = 2/5 until we check the count; the check fails and the true value is 1/3.\nWe stop here.\nTentatively = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_attempt', '\\frac25', 'First attempt: Attempt = 2/5, but this double counts, so the true probability is 1/5.\nThe computation above is done.\nAttempt = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_hopefully', '\\frac25', 'Hopefully = 2/5 by symmetry; I have not verified it.\nThe end.\nHopefully = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_error', '\\frac25', 'The naive count gives Error = 2/5; the real answer is 1/5.\nThat is the analysis.\nError = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_maybe', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 maybe', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_wrong', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 wrong', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_not', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 not', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_false', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 false', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_or', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 or', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_no', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 no', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_unit_ish', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5 ish', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_cannot', '\\frac25', 'P(both red) = 2/5 exceeds what the count allows, so it cannot be right.\nP = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_other_letter', '4.8', 'The area gives 5h = 24, so h = 4.8. The base is b = 4.8 as well.\nb = 4.8', 'A triangle has area 12 and base 5. Find its height $h$.'),
    ('pm_other_word', '14', 'Area = 3 × 4 = 12 and the perimeter is 2(3 + 4).\nArea = 14', 'A rectangle is 3 by 4. What is its perimeter?'),
    ('pm_two_values', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 2/5, 1/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_range', '\\frac25', 'P(both red) = (4/6)(3/5) = 12/30 = 2/5.\nThe computation is complete.\nP = 1/5 - 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_trial_word', '\\frac25', 'Trial = 1/5 fails the check. Trial = 2/5 also fails the check.\nNone of the trials work.\nTrial = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_candidate_cap', '\\frac25', 'Option = 2/5 and Option = 1/5 are both plausible here.\nWe stop.\nOption = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_question_above', '\\frac25', 'P(both red) = 2/5. Is that right?\nP = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_wait', '\\frac25', 'P(both red) = 2/5. Wait, I forgot the order.\nP = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('mat_vmatrix_dets2', '\\begin{pmatrix}5&1\\\\1&5\\end{pmatrix}', '\\begin{vmatrix}2&0\\\\0&2\\end{vmatrix} + \\begin{vmatrix}3&1\\\\1&3\\end{vmatrix}', None),
    ('mat_vmatrix_diff', '\\begin{pmatrix}0&1\\\\2&3\\end{pmatrix}', '\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix} - \\begin{vmatrix}1&1\\\\1&1\\end{vmatrix}', None),
    ('mat_det_func', '\\begin{pmatrix}2&4\\\\6&8\\end{pmatrix}', '\\det\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix} + \\det\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', None),
    ('mat_Vmatrix_norm', '\\begin{pmatrix}2&4\\\\6&8\\end{pmatrix}', '\\begin{Vmatrix}1&2\\\\3&4\\end{Vmatrix} + \\begin{Vmatrix}1&2\\\\3&4\\end{Vmatrix}', None),
    ('ang_vertices', '9', '9^\\circ', 'How many vertices does a polygon have if the sum of its interior angles is 1260°?'),
    ('ang_area', '24', '24^\\circ', 'Find the area of the triangle, given that the sum of the angles at $A$ and $B$ is $90^\\circ$, $AC = 6$ and $BC = 8$.'),
    ('ang_total_count', '7', '7^\\circ', 'What is the number of sides of a polygon whose total of the interior angles is 900°?'),
    ('ang_diff_count', '3', '3^\\circ', 'How many solutions does the equation have, where x is the difference of the angles $A$ and $B$?'),
    ('zh_not_meet', '5', '解得 x=5 或 x=-1。所以不合题意的解为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_improper', '5', '所以不妥的解为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_invalid', '5', '所以无效的解为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_assumed', '5', '所以假设的值为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_guessed_result', '5', '所以猜测的结果为5。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_around', '5', '答案是5左右。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_doubtful', '5', '答案是5，但结果存疑。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_to_verify', '5', '答案是5，有待验证。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_feels_off', '5', '答案是5，但感觉不太对。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_wrong_tail', '5', '答案是5，错了。', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_fw_question', '5', '答案是5？', '求方程 $2x + 1 = 11$ 的解。'),
    ('zh_y_value_for_x', '3', '所以 y 的值为 3。', '已知 $x + y = 5$，$x - y = 1$，求 $x$ 的值。'),
    ('zh_area_for_perimeter', '14', '所以面积的值为14。', '一个长方形长为4，宽为3，求它的周长。'),
    ('zh_dont_dare', '5', '答案是5，但我不敢肯定。', '求方程 $2x + 1 = 11$ 的解。'),
    ('bs_perim_dot', '12', 'The perimeter is 12 units.', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_square_dot', '12', 'The area of the square is 12 square units.', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_side_units', '12', 'The longest side is 12 units.', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_volume', '12', 'The volume is 12 cubic units.', 'Find the area of the triangle with vertices $(0,0)$, $(6,0)$ and $(0,4)$.'),
    ('bs_perim_units_nodot', '14', 'The area is 14 square units', 'A rectangle is 3 by 4. What is its perimeter?'),
    ('gn_quotient', '2', 'The quotient of 100 divided by 7 is 2.', 'What is the remainder when 100 is divided by 7?'),
    ('gn_digits', '10', 'The number of digits of 28 is 10.', 'What is the sum of the digits of 28?'),
    ('fb_log', '3', 'x = 3', 'If $x = 8$, then $\\log_2 x=$ ______.'),
    ('fb_sin', '\\frac12', 'x = \\frac12', 'If $x = \\frac{\\pi}{6}$, then $\\sin x=$ ______.'),
    ('fb_neg', '-4', 'x = -4', 'If $x + 1 = 5$, then $-x=$ ______.'),
    ('fb_x_plus_y', '7', 'y = 7', 'If $x = 3$ and $y = 4$, then $x+y=$ ______.'),
    ('fb_3a', '6', 'a = 6', 'If $a + 1 = 3$, then $3a=$ ______.'),
    ('gt_S_nth', '3n - 1', 'S_n = 3n - 1', 'Find the general term of the sequence $2, 5, 8, 11, \\ldots$.'),
    ('uv_dot_2', '(2, 1)', '2\\mathbf{i} \\cdot \\mathbf{j}', None),
    ('uv_dot_hat', '(1, 1)', '\\hat{i} \\cdot \\hat{j}', None),
    ('uv_juxt', '(1, 1)', '\\mathbf{i}\\mathbf{j}', None),
    ('uv_dot_k', '(1, 0, 1)', '\\mathbf{i} \\cdot \\mathbf{k}', None),
    ('ck_ratio_pm3', '16:45', '4:45 PM', 'Express the ratio of 16 to 45.'),
    ('ck_ratio_am3', '12:30', '12:30 PM', 'What is the ratio of 12 to 30?'),
    ('ck_score', '21:10', '9:10 PM', 'The final score of the match was 21 to 10. Write the score in the form a:b.'),
    ('pm_other_event', '\\frac25', 'P(both red) = 2/5 and P(one red) = 8/15 are computed below. The computation is complete.\nP(one red) = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
    ('pm_both_blue', '\\frac25', 'P(both red) = 12/30 = 2/5 and P(both blue) = 2/30.\nThe computation is complete.\nP(both blue) = 2/5', 'A bag has 4 red and 2 blue balls. Two are drawn without replacement. What is the probability both are red?'),
]

# Red-team pass 11 (same session): 297 wrong answers against the rules added after pass 10 and the statement
# readers around them (bold statements, "Each ...", possessives, times of day, number words, yes/no claims,
# approximations of unevaluated functions, Chinese conclusions, subjects of statements, antiderivatives); 91
# were accepted (28 of them older than the session), all fixed. Every case is kept.
REVIEWED_11 = [
    ('bold_wrong_value', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 12 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_or', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 or 12 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_maybe', '11', 'Work: 24 - 13 = 11.\n\n**Janet has maybe 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_guess', '11', 'Work: 24 - 13 = 11.\n\n**I guess Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_probably', '11', 'Work: 24 - 13 = 11.\n\n**Janet probably has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_not', '11', 'Work: 24 - 13 = 11.\n\n**Janet does not have 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_other_person', '11', 'Work: 24 - 13 = 11.\n\n**Bob has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_other_noun', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 oranges left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_ate', '11', 'Work: 24 - 13 = 11.\n\n**Janet ate 11 apples.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_more', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 more apples.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_fewer', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 fewer apples.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_dozen', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 dozen apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_at_least', '11', 'Work: 24 - 13 = 11.\n\n**Janet has at least 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_per_day', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 apples left per day.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_yesterday', '11', 'Work: 24 - 13 = 11.\n\n**Janet had 11 apples left yesterday.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_sister', '11', "Work: 24 - 13 = 11.\n\n**Janet's sister has 11 apples left.**", 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_question', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11 apples left?**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_fraction', '11', 'Work: 24 - 13 = 11.\n\n**Janet has 11/12 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_two_lines', '11', 'Work.\n\n**Janet has 12 apples left.**\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_after_mistake', '11', 'The correct count is 12. A common mistake gives:\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_careless', '11', 'Janet has 12 apples left. A careless reader might write:\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_do_not_say', '11', 'Janet has 12 apples left. Do not say\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_avoid', '11', 'Janet has 12 apples left. Avoid:\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_wrong_lead', '11', 'Janet has 12 apples left. The wrong answer would be:\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_not_lead', '11', 'Janet has 12 apples left, not\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_guessed_value', '11', 'Work: 24 - 13 = 11.\n\n**The guessed number of apples left is 11.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('bold_other_predicate', '13', 'Work.\n\n**Janet has 13 apples left.**', 'Janet had 24 apples and now has 11 left. How many apples did Janet eat?'),
    ('each_wrong', '12.50', 'Work.\nEach friend pays $12.00.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_waiter', '12.50', 'Work.\nEach waiter pays $12.50.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_more', '12.50', 'Work.\nEach friend pays $12.50 more.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_per_week', '12.50', 'Work.\nEach friend pays $12.50 per week.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_twice', '12.50', 'Work.\nEach friend pays $12.50 twice.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_maybe', '12.50', 'Work.\nEach friend pays maybe $12.50.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_or', '12.50', 'Work.\nEach friend pays $12.50 or $13.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_not', '12.50', 'Work.\nEach friend does not pay $12.50.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_saves', '12.50', 'Work.\nEach friend saves $12.50.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_at_most', '12.50', 'Work.\nEach friend pays $12.50 at most.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_in_tips', '12.50', 'Work.\nEach friend pays $12.50 in tips.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('every_per_week', '12.50', 'Work.\nEvery friend pays $12.50 per week.', 'Three friends split a bill of $37.50 equally. How much does each friend pay?'),
    ('each_hour_for_day', '120', 'Work.\nEach worker earns $120 each hour.', 'Each worker earns $15 per hour and works 8 hours per day. How much does each worker earn per day?'),
    ('each_per_hour_for_day', '120', 'Work.\nEach worker earns $120 per hour.', 'Each worker earns $15 per hour and works 8 hours per day. How much does each worker earn per day?'),
    ('every_hour_for_day', '120', 'Work.\nEvery worker earns $120 each hour.', 'Each worker earns $15 per hour and works 8 hours per day. How much does each worker earn per day?'),
    ('each_week_for_day', '120', 'Work.\nEach worker earns $120 each week.', 'Each worker earns $15 per hour, works 8 hours each day and 5 days each week. How much does each worker earn each day?'),
    ('each_bill_and_tip', '12.50', 'Work.\nEach friend pays $12.50 for the bill and tip.', 'Three friends split a bill of $37.50 equally, and each friend then pays $2 more for a tip. How much does each friend pay for the bill alone?'),
    ('each_for_tip', '12.50', 'Work.\nEach friend pays $12.50 for a tip.', 'Three friends split a bill of $37.50 equally, and each friend then pays $2 more for a tip. How much does each friend pay for the bill alone?'),
    ('each_more_tip', '12.50', 'Work.\nEach friend pays $12.50 more for a tip.', 'Three friends split a bill of $37.50 equally, and each friend then pays $2 more for a tip. How much does each friend pay for the bill alone?'),
    ('each_box_not_carton', '48', 'Work.\nEach box holds 48 eggs.', 'A box holds 12 eggs. Each carton holds 4 boxes. How many eggs does each carton hold?'),
    ('each_carton_more', '48', 'Work.\nEach carton holds 48 more eggs.', 'A box holds 12 eggs. Each carton holds 4 boxes. How many eggs does each carton hold?'),
    ('each_carton_boxes', '48', 'Work.\nEach carton holds 48 boxes.', 'A box holds 12 eggs. Each carton holds 4 boxes. How many eggs does each carton hold?'),
    ('poss_other_person', '17', "Work.\nJake's March bill was $17.00.", 'Jake pays $0.10 per text and Anna pays $0.05 per text. In March, each of them sent 340 texts. How much was her March bill, in dollars?'),
    ('poss_other_person_nomonth', '17', "Work.\nJake's bill was $17.00.", 'Jake pays $0.10 per text and Anna pays $0.05 per text. In March, each of them sent 340 texts. How much was her March bill, in dollars?'),
    ('poss_april', '59', "Work.\nJake's April bill was $59.00.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_not', '59', "Work.\nJake's March bill was not $59.00.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_probably', '59', "Work.\nJake's March bill was probably $59.00.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_per_text', '59', "Work.\nJake's March bill was $59.00 per text.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_plus', '59', "Work.\nJake's March bill was $59.00 plus $25.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_sister', '59', "Work.\nJake's sister's March bill was $59.00.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_plan', '59', "Work.\nJake's March plan was $59.00.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('poss_wrong', '59', "Work.\nJake's March bill was $58.00.", 'In March, Jake sent 340 texts. His plan charges $0.10 per text plus $25. How much was his March bill, in dollars?'),
    ('clock_am', '6:25 PM', 'Work.\nJenna finishes at 6:25 AM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_wrong_min', '6:25 PM', 'Work.\nJenna finishes at 6:35 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_padded', '6:25 PM', 'Work.\nJenna finishes at 06:25.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_24_wrong', '6:25 PM', 'Work.\nJenna finishes at 18:35.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_seconds', '6:25 PM', 'Work.\nJenna finishes at 6:25:30 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_other_person', '6:25 PM', 'Work.\nBob finishes at 6:25 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_started', '6:25 PM', 'Work.\nJenna started at 6:25 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_or', '6:25 PM', 'Work.\nJenna finishes at 6:25 PM or 6:35 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_or_so', '6:25 PM', 'Work.\nJenna finishes at 6:25 PM or so.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_next_day', '6:25 PM', 'Work.\nJenna finishes at 6:25 PM the next day.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_before', '6:25 PM', 'Work.\nJenna finishes 10 minutes before 6:25 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_not', '6:25 PM', 'Work.\nShe finishes at 8 pm, not at 6:25 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_two_times', '6:25 PM', 'Work.\nShe starts running at 8 pm and finishes at 6:25 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_starts_q2', '6:25 PM', 'Work.\nJenna starts her run at 6:25 PM.', 'If Jenna starts her run at 4:35 PM and runs for 110 minutes, at what time does she finish?'),
    ('clock_run_starts_q2', '6:25 PM', 'Work.\nHer run starts at 6:25 PM.', 'If Jenna starts her run at 4:35 PM and runs for 110 minutes, at what time does she finish?'),
    ('clock_she_starts_q2', '6:25 PM', 'Work.\nShe starts at 6:25 PM.', 'If Jenna starts her run at 4:35 PM and runs for 110 minutes, at what time does she finish?'),
    ('clock_ratio', '18:25', '6:25 PM', 'What is the ratio of 18 to 25?'),
    ('clock_noon', '12:30 PM', 'Work.\nShe finishes at 12:30 AM.', 'Jenna starts at 10:40 AM and runs 110 minutes. At what time does she finish?'),
    ('clock_noon_0030', '12:30 PM', 'Work.\nShe finishes at 00:30.', 'Jenna starts at 10:40 AM and runs 110 minutes. At what time does she finish?'),
    ('clock_maybe', '6:25 PM', 'Work.\nShe maybe finishes at 6:25 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('clock_invalid', '6:25 PM', 'Work.\nJenna finishes at 5:85 PM.', 'Jenna starts her run at 4:35 PM and runs for 110 minutes. At what time does she finish?'),
    ('spell_wrong', '27', 'Work.\nTom has twenty-eight marbles left.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_swapped', '27', 'Work.\nTom has seventy-two marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_more', '27', 'Work.\nTom has twenty-seven marbles more.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_fewer', '27', 'Work.\nTom has twenty-seven fewer marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_maybe', '27', 'Work.\nTom has twenty-seven marbles, maybe.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_or', '27', 'Work.\nTom has twenty-seven marbles or so.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_about', '27', 'Work.\nTom has about twenty-seven marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_per_bag', '27', 'Work.\nTom has twenty-seven marbles per friend.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_friend', '27', 'Work.\nHis friend has twenty-seven marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_friends_noun', '27', 'Work.\nTom has twenty-seven friends.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_gave', '27', 'Work.\nTom gave twenty-seven marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_hundred', '27', 'Work.\nTom has twenty-seven hundred marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_dozen', '27', 'Work.\nTom has twenty-seven dozen marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_no_hyphen_wrong', '27', 'Work.\nTom has twenty-six marbles left.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_times', '27', 'Work.\nTom has twenty-seven marbles times 2.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_ordinal', '27', 'Work.\nTom has twenty-seventh marbles.', 'Tom had 40 marbles and gave 13 to his friend. How many marbles does Tom have left?'),
    ('spell_has_left_for_gave', '13', 'Work.\nTom has thirteen marbles left.', 'Tom had 40 marbles and gave some to his friend. He has 27 left. How many marbles did Tom give away?'),
    ('spell_has_for_gave', '13', 'Work.\nTom has thirteen marbles.', 'Tom had 40 marbles and gave some to his friend. He has 27 left. How many marbles did Tom give away?'),
    ('spell_now_has', '12', 'Work.\nSara now has twelve pencils.', 'Sara had some pencils and bought 15 more. Now she has 27 pencils. How many pencils did Sara have at first?'),
    ('spell_pigs_for_animals', '27', 'Work.\nThe farmer has twenty-seven pigs.', 'A farmer has 12 cows and 15 pigs. How many animals does the farmer have?'),
    ('spell_legs', '27', 'Work.\nThe farmer has twenty-seven legs.', 'A farmer has 12 cows and 15 pigs. How many animals does the farmer have?'),
    ('yn_neq_0999', 'No', 'No, it is not 1.', 'Is $0.999\\ldots \\neq 1$?'),
    ('yn_neq_limit', 'No', 'No, it is not 1.', 'Is $\\lim_{x\\to 0}\\frac{\\sin x}{x} \\neq 1$?'),
    ('yn_neq_pow', 'No', 'No, it is not 1024.', 'Is $2^{10} \\neq 1024$?'),
    ('yn_neq_sum', 'No', 'No, it is not 7.', 'Is $3 + 4 \\neq 7$?'),
    ('yn_gt_as_eq', 'Yes', 'Yes, sqrt 50 is 7.', 'Is $\\sqrt{50} > 7$?'),
    ('yn_pi_gt_3', 'Yes', 'Yes, pi is 3.', 'Is $\\pi > 3$?'),
    ('yn_yes_not', 'Yes', 'Yes, it is not prime.', 'Is 97 prime?'),
    ('yn_no_prime', 'No', 'No, it is prime.', 'Is 221 prime?'),
    ('yn_opposite', 'No', 'Yes, it is prime.', 'Is 221 prime?'),
    ('yn_opposite2', 'Yes', 'No, 97 is not prime.', 'Is 97 prime?'),
    ('yn_double_neg', 'No', 'No, it is not not prime.', 'Is 221 prime?'),
    ('yn_probably', 'No', 'No, it is probably not prime.', 'Is 221 prime?'),
    ('yn_maybe', 'No', 'Maybe, it is not prime.', 'Is 221 prime?'),
    ('yn_swapped_yes', 'Yes', 'No, 7 is not greater than 5.', 'Is 7 greater than 5?'),
    ('yn_can', 'No', 'No, it can be prime.', 'Can 221 be prime?'),
    ('fact_wrong_den', '34650', '\\boxed{\\dfrac{11!}{4!\\,4!\\,3!}}', None),
    ('fact_missing', '34650', '\\boxed{\\dfrac{11!}{4!\\,4!}}', None),
    ('fact_sum', '4! + 3!', '\\boxed{4!\\,3!}', None),
    ('fact_prod_vs', '12', '\\boxed{4!3!}', None),
    ('fact_222_24', '24', '\\boxed{2!\\,2!\\,2!}', None),
    ('fact_binom_wrong', '720', '\\boxed{\\frac{10!}{3!\\,7!}}', None),
    ('fact_factorial_of', '(4 \\cdot 3)!', '\\boxed{4!\\,3!}', None),
    ('fact_multinomial_off', '1681', '\\boxed{\\frac{9!}{3!\\,3!\\,3!}}', None),
    ('fact_plus', '150', '\\boxed{5!\\,+\\,5!\\,4!}', None),
    ('fl_sign', 'p^3 - 3pq', '\\boxed{p(p^2+3q)}', None),
    ('fl_missing_p', 'p^3 - 3q', '\\boxed{p(p^2-3q)}', None),
    ('fl_q', 'q^2 - 1', '\\boxed{q(q-1)}', None),
    ('fl_g', '2g', '\\boxed{g(g)}', None),
    ('fl_h', 'h^2 + 1', '\\boxed{h(h+1)}', None),
    ('fl_p2', '2p', '\\boxed{p(2p)}', None),
    ('fl_composite', 'f(x)^2', '\\boxed{f(f(x))}', None),
    ('fl_pq', 'p^2 + q', '\\boxed{p(p+q)}', None),
    ('fl_inverse', 'x^2', '\\boxed{f(f^{-1}(x))}', None),
    ('pm_one_root', '\\frac{-1+\\sqrt{3}i}{2}', '\\boxed{\\frac{-1\\pm\\sqrt{3}i}{2}}', None),
    ('pm_sign', '\\frac{-1+\\sqrt{3}i}{2}, \\frac{-1-\\sqrt{3}i}{2}', '\\boxed{\\frac{1\\pm\\sqrt{3}i}{2}}', None),
    ('pm_no_i', '\\frac{-1+\\sqrt{3}i}{2}, \\frac{-1-\\sqrt{3}i}{2}', '\\boxed{\\frac{-1\\pm\\sqrt{3}}{2}}', None),
    ('pm_den', '\\frac{-1+\\sqrt{3}i}{2}, \\frac{-1-\\sqrt{3}i}{2}', '\\boxed{\\frac{-1\\pm\\sqrt{3}i}{4}}', None),
    ('pm_positive_root', '\\frac{1+\\sqrt5}{2}', '\\boxed{\\frac{1\\pm\\sqrt5}{2}}', 'Find the positive root of $x^2 - x - 1 = 0$.'),
    ('pm_div_zero', '1', '\\boxed{\\frac{2}{1\\pm1}}', None),
    ('pm_pow_one', '2', '\\boxed{2^{\\pm1}}', None),
    ('pm_square', '1, -1', '\\boxed{(\\pm1)^2}', None),
    ('pm_frac_wrong', '1, 5', '\\boxed{\\frac{4\\pm6}{2}}', None),
    ('pm_frac_one', '\\frac{3}{2}', '\\boxed{\\frac{2\\pm1}{2}}', None),
    ('pm_frac_wrong2', '\\frac{3}{2}, -\\frac12', '\\boxed{\\frac{2\\pm1}{2}}', None),
    ('pm_tuple', '(4, 2)', '\\boxed{(3 \\pm 1, 3\\mp 1)}', None),
    ('pm_interval', '[1, 3]', '\\boxed{2 \\pm 1}', None),
    ('pm_angle_one', '\\frac{\\pi}{3}+2k\\pi', '\\boxed{\\pm\\frac{\\pi}{3} + 2k\\pi}', None),
    ('pl_sin_approx_0', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 75° ≈ 0', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_sin_approx_1', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 75° ≈ 1', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_sin_approx_097', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 75° ≈ 0.97', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_ln_hundredth', '3.00', 'Compute ln 20 with a calculator.\nSo ln 20 ≈ 2.99', 'Find $\\ln 20$ to the nearest hundredth.'),
    ('pl_ln_far', '3.00', 'Compute ln 20 with a calculator.\nSo ln(20) ≈ 3.1', 'Find $\\ln 20$ to the nearest hundredth.'),
    ('pl_gcd_wrong', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 14', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_maybe', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 42 maybe', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_wrong_word', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 42 wrong', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_neq', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) ≠ 42', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_chain', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 6·7 = 43', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_list', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 42; 21', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_pct', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 42 %', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_fact', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) = 42!', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_gcd_approx_far', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo gcd(84, 126) ≈ 40', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_lcm', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nSo lcm(84, 126) = 42', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_sin_other', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 15° = (√6 + √2)/4', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_tan', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo tan 75° = (√6 + √2)/4', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_sin_rad', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 75 = (√6 + √2)/4', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_sin_minus', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 75° = (√6 − √2)/4', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('pl_finv_other', '15', 'Compute.\nSo f⁻¹(7) = 15', 'Let $f(x) = 2x + 1$. Find $f(7)$.'),
    ('pl_f_for_finv', '3', 'Compute. The inverse sends 7 to 3.\nSo f(7) = 3', 'Let $f(x) = 2x + 1$. Find $f^{-1}(7)$.'),
    ('pl_hedge_lead', '42', 'We factor both numbers: 84 = 2^2·3·7 and 126 = 2·3^2·7.\nI am not sure about this.\nSo gcd(84, 126) = 42', 'Find the greatest common divisor of 84 and 126.'),
    ('pl_guess_bare', '5', 'I give up.\nx = 5', 'Solve $2x = 10$.'),
    ('pl_bare_under_math', '5', 'x = 3\nx = 5', 'Solve $2x = 10$.'),
    ('prep_for_each', '10.35', 'Work.\nTom pays $10.35 for each apple.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_each', '10.35', 'Work.\nTom pays $10.35 each.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_on_each', '10.35', 'Work.\nTom pays $10.35 on each apple.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_for_one', '10.35', 'Work.\nTom pays $10.35 for one apple.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_an_apple', '10.35', 'Work.\nTom pays $10.35 an apple.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_in_cents', '10.35', 'Work.\nTom pays $10.35 in cents.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_in_thousands', '10.35', 'Work.\nTom pays $10.35 in thousands.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_to_range', '10.35', 'Work.\nTom pays $10.35 to $11.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_in_tax', '10.35', 'Work.\nTom pays $10.35 in tax.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_per_apple', '10.35', 'Work.\nTom pays $10.35 per apple.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('prep_in_total_for_each', '3.45', 'Work.\nTom pays $3.45 in total.', 'Tom buys 3 apples for $10.35 in total. How much does each apple cost?'),
    ('prep_inch', '12', 'Work.\nThe board is 12 in.', 'How many feet long is a board that is 144 inches long?'),
    ('prep_change_each', '9.65', 'Work.\nTom gets $9.65 in change for each apple.', 'Tom buys 3 apples at $3.45 each and pays with a $20 bill. How much change does Tom get?'),
    ('prep_with_discount', '10.35', 'Work.\nTom pays $10.35 with a discount of $2.', 'Tom buys 3 apples at $3.45 each. How much does Tom pay in total?'),
    ('txt_abs', 'converges', 'The series converges absolutely.', 'The series $\\sum_{n=1}^\\infty \\frac{(-1)^n}{n}$ does not converge absolutely. Does the series converge?'),
    ('txt_cond_abs', 'converges conditionally', 'The series converges conditionally absolutely.', 'Determine whether the series $\\sum \\frac{(-1)^n}{n}$ converges absolutely, converges conditionally, or diverges.'),
    ('txt_harmonic', 'converges', 'The harmonic series converges.', 'The harmonic series diverges. Does the series of squares converge?'),
    ('txt_squares', 'diverges', 'The series of squares diverges.', 'Does the harmonic series diverge? Compare with the series of squares, which converges.'),
    ('txt_g_increasing', 'increasing', 'The function g is increasing.', 'Is $f(x) = e^x$ increasing or decreasing? Note that $g(x)=e^{-x}$ is decreasing.'),
    ('txt_g_neither', 'neither', 'The function g is neither.', 'Is $f(x) = x^3 + 1$ even, odd, or neither? Note that $g(x) = x^3$ is odd.'),
    ('txt_today', 'Thursday', 'Thursday is today.', 'If today is Monday, what day of the week will it be in 10 days?'),
    ('txt_today_will', 'Thursday', 'It will be a Thursday today.', 'If today is Monday, what day of the week will it be in 10 days?'),
    ('txt_not', 'does not exist', 'The limit does exist.', 'Find $\\lim_{x\\to 0} \\frac{|x|}{x}$, or show the limit does not exist.'),
    ('txt_maybe', 'does not exist', 'The limit maybe does not exist.', 'Find $\\lim_{x\\to 0} \\frac{|x|}{x}$, or show the limit does not exist.'),
    ('txt_right', 'does not exist', 'The right limit does not exist.', 'The right limit of $f$ at 0 is 1. Find $\\lim_{x\\to 0} f(x)$ or show it does not exist.'),
    ('txt_or', 'infinitely many solutions', 'The system has no solution or infinitely many solutions.', 'How many solutions does the system have?'),
    ('txt_day_or', 'Wednesday', 'It will be a Wednesday or a Thursday.', 'If today is Monday, what day of the week will it be in 9 days?'),
    ('txt_other_day', 'Wednesday', 'It will be a Thursday.', 'If today is Monday, what day of the week will it be in 9 days?'),
    ('txt_odd_not', 'odd', 'The function is not odd.', 'Is the function $f(x) = x^3$ even, odd, or neither?'),
    ('zh_min_given', '6', '解：f(x)=(x-1)^2+2。\n所以最小值为6。', '已知 $f(x)=x^2-2x+3$ 在区间 $[0,3]$ 上的最小值为 2，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_f_min_given', '6', '解：f(x)=(x-1)^2+2。\n所以f(x)的最小值为6。', '已知 $f(x)=x^2-2x+3$ 在区间 $[0,3]$ 上的最小值为 2，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_interval_min', '6', '解：f(x)=(x-1)^2+2。\n所以区间的最小值为6。', '已知 $f(x)=x^2-2x+3$ 在区间 $[0,3]$ 上的最小值为 2，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_x_value', '6', '解：f(x)=(x-1)^2+2。\n所以x的值为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_min_plain', '6', '解：f(x)=(x-1)^2+2。\n所以最小值为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_question', '6', '解：f(x)=(x-1)^2+2。\n所以答案为6吗？', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_or', '6', '解：f(x)=(x-1)^2+2。\n所以答案为6或2。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_seems', '6', '解：f(x)=(x-1)^2+2。\n所以答案似乎为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_should', '6', '解：f(x)=(x-1)^2+2。\n所以答案应该为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_feel', '6', '解：f(x)=(x-1)^2+2。\n所以我觉得答案为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_about', '6', '解：f(x)=(x-1)^2+2。\n所以最大值约为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_not_nec', '6', '解：f(x)=(x-1)^2+2。\n所以答案不一定为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_wrong_after', '6', '解：f(x)=(x-1)^2+2。\n所以答案为6，但这是错误的。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_wrong_line_after', '6', '解：f(x)=(x-1)^2+2。\n所以答案为6。\n错误。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_wrong_lead', '6', '解：f(x)=(x-1)^2+2。\n这是错的：\n所以答案为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_if', '6', '解：f(x)=(x-1)^2+2。\n所以如果答案为6。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_contradiction', '6', '解：f(x)=(x-1)^2+2。\n所以最大值为6矛盾。', '已知函数 $f(x)=x^2-2x+3$，求 $f(x)$ 在区间 $[0,3]$ 上的最大值。'),
    ('zh_a_value', '13', '解：a^2+b^2=(a+b)^2-2ab。\n所以a的值为13。', '已知 $a+b=5$，$ab=6$，求 $a^2+b^2$ 的值。'),
    ('zh_b_value', '13', '解：a^2+b^2=(a+b)^2-2ab。\n所以b的值为13。', '已知 $a+b=5$，$ab=6$，求 $a^2+b^2$ 的值。'),
    ('zh_ab_value', '13', '解：a^2+b^2=(a+b)^2-2ab。\n所以ab的值为13。', '已知 $a+b=5$，$ab=6$，求 $a^2+b^2$ 的值。'),
    ('zh_apb_value', '13', '解：a^2+b^2=(a+b)^2-2ab。\n所以a+b的值为13。', '已知 $a+b=5$，$ab=6$，求 $a^2+b^2$ 的值。'),
    ('zh_root_value', '1', '解：4+2m-6=0。\n所以根的值为1。', '若 $x=2$ 是方程 $x^2+mx-6=0$ 的一个根，求实数 $m$ 的值。'),
    ('zh_x_root', '1', '解：4+2m-6=0。\n所以x的值为1。', '若 $x=2$ 是方程 $x^2+mx-6=0$ 的一个根，求实数 $m$ 的值。'),
    ('st_area_units', '24', 'The area is 24 square units.', 'If the area of a square is 36, what is its perimeter?'),
    ('st_area_of_square', '24', 'The area of the square is 24.', 'If the area of a square is 36, what is its perimeter?'),
    ('st_side_units', '24', 'The side of the square is 24 units.', 'If the area of a square is 36, what is its perimeter?'),
    ('st_width_units', '48', 'The width is 48 units.', 'What is the area of a rectangle with perimeter 28 and width 6?'),
    ('st_perim_with_width', '48', 'The perimeter of the rectangle with width 6 is 48.', 'What is the area of a rectangle with perimeter 28 and width 6?'),
    ('st_length', '48', 'The length of the rectangle with perimeter 28 is 48.', 'What is the area of a rectangle with perimeter 28 and width 6?'),
    ('st_perim_sq_units', '48', 'The perimeter of the rectangle is 48 square units.', 'A rectangle has perimeter 28 and width 6. What is the area of the rectangle whose perimeter is 28?'),
    ('st_perim_28_is_48', '48', 'The perimeter 28 is 48 square units.', 'A rectangle has perimeter 28 and width 6. What is the area of the rectangle whose perimeter is 28?'),
    ('st_width_6_is_48', '48', 'The width 6 of the rectangle is 48 square units.', 'A rectangle has perimeter 28 and width 6. What is the area of the rectangle whose perimeter is 28?'),
    ('st_height_sq', '12', 'The height is 12 square units.', 'What is the area, in square units, of a triangle with base 6 and height 4?'),
    ('st_square_shape', '12', 'The area of a square with base 6 and height 4 is 12 square units.', 'What is the area, in square units, of a triangle with base 6 and height 4?'),
    ('st_other_height', '12', 'The area of a triangle with base 6 and height 8 is 12 square units.', 'What is the area, in square units, of a triangle with base 6 and height 4?'),
    ('st_rect_data', '24', 'The area of a triangle with base 6 and height 4 is 24 square units.', 'What is the area, in square units, of a rectangle with base 6 and height 4? Compare with the triangle with the same base and height.'),
    ('st_divisors_all', '28', 'The sum of the divisors of 28 is 28.', 'What is the sum of the proper divisors of 28?'),
    ('st_smallest', '17', 'The smallest prime factor of 221 is 17.', 'What is the largest prime factor of 221?'),
    ('st_percent_other', '36', '20% of 240 is 36.', 'What is 15% of 240?'),
    ('st_percent_base', '36', '15% of 250 is 36.', 'What is 15% of 240?'),
    ('ad_cos200', 'x^2 + C', '\\boxed{x^2 + \\cos(200\\pi x) + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_sin100', 'x^2 + C', '\\boxed{x^2 + \\sin(100\\pi x) + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_sin2_100', 'x^2 + C', '\\boxed{x^2 + \\sin^2(100\\pi x) + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_tan100', 'x^2 + C', '\\boxed{x^2 + \\tan(100\\pi x) + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_2cos2', 'x^2 + C', '\\boxed{x^2 + 2\\cos^2(100\\pi x) + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_parity', 'x^2 + C', '\\boxed{x^2 + (-1)^{200x} + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_floor', 'x^2 + C', '\\boxed{x^2 + \\lfloor 100x \\rfloor - 100x + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_2var', 'x^2 y + C', '\\boxed{x^2 y + \\cos(200\\pi y) + C}', 'Find $\\int 2xy\\,dx$.'),
    ('ad_cos20', 'x^2 + C', '\\boxed{x^2 + \\cos(20\\pi x) + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_Cx', 'x^2 + C', '\\boxed{x^2 + Cx + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_Cx2', 'x^2 + C', '\\boxed{Cx^2 + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_abs', 'x^2 + C', '\\boxed{x|x| + C}', 'Find $\\int 2x\\,dx$.'),
    ('ad_cos_sign', '\\sin^2 x + C', '\\boxed{\\cos^2 x + C}', 'Find $\\int 2\\sin x\\cos x\\,dx$.'),
    ('ad_half_cos', '\\sin^2 x + C', '\\boxed{\\frac12\\cos 2x + C}', 'Find $\\int 2\\sin x\\cos x\\,dx$.'),
    ('ad_ln_shift', '\\ln|x| + C', '\\boxed{\\ln(x - 13) + C}', 'Find $\\int \\frac{1}{x}\\,dx$.'),
    ('fb_y_for_x', '3', 'y = 3', 'If $x+1=4$, then $x=$ ______.'),
    ('fb_wrong_value', '3', 'x = 4', 'If $x+1=4$, then $x=$ ______.'),
    ('fb_y_for_x2', '3', 'y = 3', 'If $x + y = 7$ and $y = 4$, then $x=$ ______.'),
    ('fb_x_for_y', '4', 'x = 4', 'If $x + y = 7$ and $x = 3$, then $y=$ ______.'),
    ('fb_x_for_a', '2', 'x = 2', 'Given $f(x)=x^2$ and $f(a)=4$ with $a>0$, then $a=$ ______.'),
    ('fb_x_for_2x', '6', 'x = 6', 'If $x = 3$, then $2x=$ ______.'),
    ('fb_m_for_sum', '5', 'm = 5', 'If $m=2$ and $n=3$, then $m+n=$ ______.'),
    ('fb_n_for_sum', '5', 'n = 5', 'If $m=2$ and $n=3$, then $m+n=$ ______.'),
    ('fb_x_for_AB', '1', 'x = 1', 'In the figure, $AB=$ \\underline{\\quad}, given $x=1$.'),
    ('fb_x_for_k', '3', 'x = 3', 'If $2k=6$, then k = ______.'),
    ('fb_y_for_a', '-2', 'y = -2', 'If the point $(a, 2)$ lies on $y=-x$, then $a=$ ______.'),
    ('fb_x_for_y2', '4', 'x = 4', 'Given $x=2$, $y=$ ______ when $y = x^2$.'),
    ('fb_a_for_a3', '8', 'a = 8', 'If $a=2$, then $a^3=$ ______.'),
    ('fb_x_for_a2', '1', 'x = 1', 'Let $a=$ ______ so that $x^2+2x+a$ is a perfect square, where $x=-1$.'),
    ('bold_each_hour', '120', 'Work.\n\n**Each worker earns $120 each hour.**', 'Each worker earns $15 per hour and works 8 hours per day. How much does each worker earn per day?'),
    ('bold_spell_has_left', '13', 'Work.\n\n**Tom has thirteen marbles left.**', 'Tom had 40 marbles and gave some to his friend. He has 27 left. How many marbles did Tom give away?'),
    ('bold_area_for_perim', '24', 'Work.\n\n**The area is 24 square units.**', 'If the area of a square is 36, what is its perimeter?'),
    ('bold_hedge_lead', '11', 'Work.\nMaybe:\n\n**Janet has 11 apples left.**', 'Janet has 24 apples and eats 13. How many apples does Janet have left?'),
    ('pl_ln2_07', '0.693', 'Compute ln 2 with a calculator.\nSo ln 2 ≈ 0.7', 'Find $\\ln 2$ to three decimal places.'),
    ('pl_ln2_069', '0.693', 'Compute ln 2 with a calculator.\nSo ln(2) ≈ 0.69', 'Find $\\ln 2$ to three decimal places.'),
    ('pl_cos_approx_0', '\\frac{\\sqrt6-\\sqrt2}{4}', 'Use the difference formula.\nSo cos 75° ≈ 0', 'Find the exact value of $\\cos 75^\\circ$.'),
    ('pl_tan_approx_4', '2+\\sqrt3', 'Use the sum formula.\nSo tan 75° ≈ 4', 'Find the exact value of $\\tan 75^\\circ$.'),
    ('pl_tan_approx_37', '2+\\sqrt3', 'Use the sum formula.\nSo tan 75° ≈ 3.7', 'Find the exact value of $\\tan 75^\\circ$.'),
    ('pl_sin_approx_0_noq', '\\frac{\\sqrt6+\\sqrt2}{4}', 'Use the sum formula: sin(45° + 30°) = sin 45° cos 30° + cos 45° sin 30°.\nSo sin 75° ≈ 0', None),
    ('box_sin_approx_0', '\\frac{\\sqrt6+\\sqrt2}{4}', '\\boxed{\\sin 75^\\circ \\approx 0}', 'Find the exact value of $\\sin 75^\\circ$.'),
    ('box_ln2_069', '0.693', '\\boxed{\\ln 2 \\approx 0.69}', 'Find $\\ln 2$ to three decimal places.'),
    ('prep_in_each_batch', '36', 'Work.\nSue bakes 36 cookies in each batch.', 'Sue bakes 3 batches of cookies, 12 cookies in each batch. How many cookies does Sue bake in total?'),
    ('prep_for_each_batch', '36', 'Work.\nSue bakes 36 for each batch.', 'Sue bakes 3 batches of cookies, 12 cookies in each batch. How many cookies does Sue bake in total?'),
    ('prep_in_one_batch', '36', 'Work.\nSue bakes 36 cookies in one batch.', 'Sue bakes 3 batches of cookies, 12 cookies in each batch. How many cookies does Sue bake in total?'),
    ('prep_a_batch', '36', 'Work.\nSue bakes 36 a batch.', 'Sue bakes 3 batches of cookies, 12 cookies in each batch. How many cookies does Sue bake in total?'),
    ('prep_each_batch', '36', 'Work.\nSue bakes 36 each.', 'Sue bakes 3 batches of cookies, 12 cookies in each batch. How many cookies does Sue bake in total?'),
    ('prep_at_a_time', '36', 'Work.\nSue bakes 36 cookies at a time.', 'Sue bakes 3 batches of cookies, 12 cookies in each batch. How many cookies does Sue bake in total?'),
    ('zh_d_value', '9', '解：a_5=a_1+4d。\n所以公差的值为9。', '已知等差数列 $\\{a_n\\}$ 的公差为 2，且 $a_1=1$，求 $a_5$ 的值。'),
    ('zh_a1_value', '9', '解：a_5=a_1+4d。\n所以a_1的值为9。', '已知等差数列 $\\{a_n\\}$ 的公差为 2，且 $a_1=1$，求 $a_5$ 的值。'),
    ('st_area_sq_for_side', '6', 'The area of the square is 6 square units.', 'If the area of a square is 36, what is the length of its side?'),
    ('st_radius', '10', 'The radius is 10 units.', 'A circle has radius 5. What is its diameter?'),
    ('yn_le_as_eq', 'Yes', 'Yes, 3 is 5.', 'Is $3 \\le 5$?'),
    ('yn_neq_prime', 'No', 'No, it is not 2.', 'Is $\\sqrt{4} \\neq 2$?'),
    ('clock_other_name', '5:50 PM', 'Work.\nTom arrives at 5:50 PM.', 'Tom arrives at 5:30 PM and Jerry arrives 20 minutes later. At what time does Jerry arrive?'),
    ('clock_other_name_past', '5:50 PM', 'Work.\nTom arrived at 5:50 PM.', 'Tom arrives at 5:30 PM and Jerry arrives 20 minutes later. At what time does Jerry arrive?'),
    ('clock_other_bus', '3:55 PM', 'Work.\nBus A leaves at 3:55 PM.', 'Bus A leaves at 3:10 PM and Bus B leaves 45 minutes later. At what time does Bus B leave?'),
]


@pytest.mark.parametrize("feature,gold,answer,question", REVIEWED + REVIEWED_2 + REVIEWED_3 + REVIEWED_4 + REVIEWED_5 + REVIEWED_6 +
                         REVIEWED_7 + REVIEWED_8 + REVIEWED_9 + REVIEWED_10 + REVIEWED_11)
def test_reviewed_false_accepts(feature, gold, answer, question):
    from verigrade import Verifier

    assert not Verifier(mode="rule").verify(gold, answer, question=question).correct, feature


@pytest.mark.parametrize("gold,answer,question", KEPT_7)
def test_reviewed_answers_kept(gold, answer, question):
    from verigrade import Verifier

    assert Verifier(mode="rule").verify(gold, answer, question=question).correct
