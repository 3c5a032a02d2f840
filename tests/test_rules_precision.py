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


@pytest.mark.parametrize("feature,gold,answer,question", REVIEWED + REVIEWED_2 + REVIEWED_3 + REVIEWED_4 + REVIEWED_5 + REVIEWED_6 +
                         REVIEWED_7 + REVIEWED_8 + REVIEWED_9)
def test_reviewed_false_accepts(feature, gold, answer, question):
    from verigrade import Verifier

    assert not Verifier(mode="rule").verify(gold, answer, question=question).correct, feature


@pytest.mark.parametrize("gold,answer,question", KEPT_7)
def test_reviewed_answers_kept(gold, answer, question):
    from verigrade import Verifier

    assert Verifier(mode="rule").verify(gold, answer, question=question).correct
