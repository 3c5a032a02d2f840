"""Rule families: each with positive (equal) AND negative (not equal) cases. Items are written for these
tests (not taken from HardVerify-Math)."""
import pytest

from verigrade import Outcome, Verifier

V = Verifier(mode="rule")


def verdict(gold, answer, question=None):
    return V.verify(gold, answer, question)


EQUAL = [
    # numbers: separators, decimal comma, scientific notation, percent, mixed numbers
    ("numbers", "1200000", "1,200,000", None),
    ("numbers", "14916", "14 {, }916", None),  # LaTeX's brace comma, spaced as models type it
    ("numbers", "2500000", "2{,}500 {,} 000", None),
    ("units", "20, 40, 60", "\\$20, \\$40, \\$60", None),   # amounts in a list: a comma after one is no digit group
    ("units", "20, 40", "€20, €40", None),
    ("complex", "1+i,1-i", "1\\pm\\mathrm{i}", "Find all complex solutions of $z^2-2z+2=0$."),  # upright i after \\pm
    ("calculus", "\\sin^2 x + C", "-\\cos^2 x + C", "Find $\\int 2\\sin x\\cos x\\,dx$."),  # families differing by 1
    ("calculus", "\\ln|x| + C", "\\ln|2x| + C", None),
    ("numbers", "0.\\overline{7}", "0.777\\ldots", None),          # a repeating block written out, trailing off
    ("numbers", "\\frac{1}{6}", "0.1666...", None),
    ("numbers", "\\frac{4}{33}", "0.12121\\ldots", None),
    ("intervals", "(-2,\\infty)", "]-2,+\\infty[", None),           # French interval brackets
    ("intervals", "[1,3) \\cup (4,5]", "[1, 3[ \\cup ]4, 5]", None),
    ("intervals", "(-\\sqrt{3}, \\sqrt{3})", "]-\\sqrt{3}, \\sqrt{3}[", None),
    ("vectors", "\\langle -3,6,-3\\rangle", "-3\\mathbf{i}+6\\mathbf{j}-3\\mathbf{k}", None),  # unit vectors
    ("vectors", "(1, 4)", "\\hat{i} + 4\\hat{j}", None),
    ("vectors", "(3, 0, 2)", "3\\mathbf{i} + 2\\mathbf{k}", None),
    ("time", "10:15 \\text{ PM}", "10:15 p.m", None),        # clock times (rules/clock.py)
    ("time", "10:15 \\text{ PM}", "22:15", "The film started at 8:00 PM. At what time did it end?"),
    ("time", "9:45 a.m.", "09:45", "At what time did she finish?"),
    ("numbers", "34650", "\\dfrac{11!}{4!\\,4!\\,2!}", None),   # factorials side by side are a product
    ("pm", "-\\frac{1}{2}\\pm\\frac{\\sqrt{3}}{2}i", "\\frac{-1\\pm\\sqrt{3}i}{2}", None),  # one ± inside a fraction
    ("algebra", "p^3-3pq", "p(p^2-3q)", None),   # a function letter in its own argument is a factor: p times ...
    ("numbers", "2.5", "2{,}5", None),            # LaTeX's decimal comma: a brace comma that cannot group thousands
    ("numbers", "0.125", "0{,}125", None),
    ("numbers", "2{,}5", "\\frac{5}{2}", None),
    ("numbers", "2.5", "2,5", "Ein Stab ist 1,5 m lang. Wie lang ist er nach 2,5 Stunden?"),
    ("numbers", "0.00035", "3.5 \\times 10^{-4}", None),
    ("numbers", "\\frac{3}{8}", "37.5\\%", None),
    ("numbers", "25\\%", "0.25", None),
    ("numbers", "40\\%", "40", "What percent of the class passed?"),
    ("numbers", "\\frac{29}{8}", "3\\frac{5}{8}", None),
    ("numbers", "-2.25", "-2\\frac14", None),
    ("numbers", "3.5", "3,5", None),  # the decimal comma on the answer side of a point-decimal gold
    ("numbers", "28\\%", "28", None),  # the gold's percent sign dropped
    ("numbers", "28\\%", "28 percentage", None),  # the sign as a word, as models write it
    # gcd / lcm of integers, TeX's infix binomial
    ("functions", "6", "\\gcd(12, 18)", None),
    ("functions", "12", "\\operatorname{lcm}(4, 6) = 12", None),
    ("functions", "10", "{5 \\choose 2}", None),
    # inequalities joined by "and" in one variable: their intersection
    ("intervals", "(2, 5)", "x > 2 \\text{ and } x < 5", None),
    # latex vs plain, unicode
    ("latex", "\\dfrac{7}{4}", "\\frac74", None),
    ("latex", "\\frac{\\sqrt{3}}{2}", "√3/2", None),
    ("latex", "2\\pi", "2π", None),
    ("latex", "\\left( 2, 3 \\right)", "(2,3)", None),
    ("latex", "5", "\\text{5}", None),
    # algebra
    ("algebra", "x^2", "x \\cdot x", None),      # a product of letters is math when the other side is
    # the letter i as the imaginary unit: the only letter, or a question about complex numbers
    ("labels", "\\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}", "Here is the matrix: \\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}", None),  # a lead-in
    ("choice", "C", "(C) 12", None),             # parentheses mark an option even without the question's list
    ("choice", "(C)", "\\textbf{(C) } 12", None),
    ("complex", "-1", "i^2", None),
    ("complex", "-i", "\\frac{1}{i}", None),
    ("complex", "i", "\\sqrt{-1}", None),
    ("complex", "2i", "(1+i)^2", "Simplify $(1+i)^2$."),
    ("complex", "1+\\sqrt{3}i", "2e^{i\\pi/3}", "Rewrite $2e^{i\\pi/3}$ in the form $x + yi$."),
    ("algebra", "2x^2", "x \\cdot 2x", None),
    ("algebra", "\\frac{x+1}{2}", "\\frac{x}{2}+\\frac12", None),
    ("algebra", "(a+b)^2", "a^2+2ab+b^2", None),
    ("algebra", "\\sqrt[3]{5}", "5^{1/3}", None),
    ("algebra", "\\frac{1}{\\sqrt{2}}", "\\frac{\\sqrt2}{2}", None),
    ("algebra", "\\sin^2 x + \\cos^2 x", "1", None),
    ("algebra", "\\ln(xy)", "\\ln x + \\ln y", None),
    # sets and lists
    ("sets", "\\{2, 7\\}", "7, 2", "Find all x such that"),
    ("sets", "3, 9", "9 \\text{ and } 3", "Find all values of k."),
    ("sets", "(1,2),(3,4)", "(3, 4), (1, 2)", "Find all pairs."),
    ("sets", "3, 5", "5, 3", "Given f(1) = 2 and f(2) = 4, find all roots of f."),  # `f(1)` numbers no part
    ("sets", "3, 5", "3; 5", "(1) Find the minimum of f. (2) Find the maximum of g."),
    # intervals / inequalities / set-builder
    ("intervals", "(-\\infty, 4)", "x < 4", None),
    ("intervals", "[1, 6)", "1 \\le t < 6", None),
    ("intervals", "\\{x \\mid x > 2\\}", "(2, +\\infty)", None),
    ("intervals", "x \\in [0, 1]", "[0,1]", None),
    ("intervals", "(-\\infty, -1) \\cup (2, \\infty)", "x < -1 \\text{ or } x > 2", None),
    ("intervals", "(-\\infty, 3] \\cup \\{5\\}", "a \\le 3 \\text{ or } a = 5", None),
    ("intervals", "\\{x | x < 4\\} - \\{1\\}", "(-\\infty, 1) \\cup (1, 4)", None),
    # plus-minus
    ("pm", "1 \\pm \\sqrt{5}", "1+\\sqrt5, 1-\\sqrt5", None),
    # matrices / vectors
    ("matrix", "\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}", "(1, -2)", None),
    ("matrix", "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", None),
    # equations and labelled values
    ("labels", "7", "x = 7", None),
    ("labels", "12, 5", "p=12, q=5", None),
    ("labels", "g(t)=t^2+1", "g(u) = u^2 + 1", None),
    ("labels", "h(x) = 3x", "3x", None),
    ("labels", "9, 4", "Alice: 9, Bob: 4", None),
    ("equation", "y = 2x + 1", "2x - y + 1 = 0", None),
    ("equation", "2y = x^2", "\\frac{x^2}{2}", None),
    # arbitrary constants
    ("constants", "x = 2k\\pi", "2n\\pi", "Solve sin x = 0 on the reals."),
    ("constants", "(m, 2m)", "(t, 2t) \\text{ for some integer } t", "Find all pairs (a, b)."),
    # units and ordinals
    ("units", "12", "12 \\text{ cm}", None),
    ("units", "1000.99", "1,000.99€", None),                          # a currency sign is a unit
    ("units", "\\$5", "500 cents", None),
    ("labels", "x = y = z = 2", "x=2, y=2, z=2", None),             # one value per name
    ("labels", "x=1, x=2", "x \\in \\{1, 2\\}", None),
    ("labels", "x \\in \\{1,2\\}", "1, 2", None),
    ("relations", "a > b", "b < a", None),                            # read from the other side
    ("relations", "a > b > c", "c < b < a", None),
    ("matrices", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}",
     "\\left[\\begin{matrix}1 & 2 \\\\ 3 & 4\\end{matrix}\\right]", None),  # brackets around a plain matrix
    ("matrices", "\\begin{pmatrix}6 & 8 \\\\ 10 & 12\\end{pmatrix}",    # a sum of matrices written out
     "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} + \\begin{pmatrix}5 & 6 \\\\ 7 & 8\\end{pmatrix}", None),
    ("matrices", "(-1, 3)", "\\begin{pmatrix}1 \\\\ 1\\end{pmatrix} - 2\\begin{pmatrix}1 \\\\ -1\\end{pmatrix}", None),
    # absolute-value inequalities as sets of reals
    ("abs", "-1 < x < 1", "|x| < 1", None),
    ("abs", "(-\\infty,-1)\\cup(1,\\infty)", "|x|>1", None),
    ("abs", "(-1, 5)", "|x-2|<3", None),
    ("abs", "1\\leq|z|\\leq \\frac{3}{2}", "z \\in \\left[-\\frac{3}{2}, -1\\right] \\cup \\left[1, \\frac{3}{2}\\right]", None),
    # notation: a factorisation with its factors side by side, degrees-minutes-seconds, floor and ceiling
    ("notation", "504", "2^3 3^2 7", None),
    ("notation", "2^3 \\cdot 3^2 \\cdot 7", "2^{3} 3^{2} 7", None),
    ("notation", "35.25^\\circ", "35^\\circ 15'", None),
    ("notation", "35^\\circ 15'", "35^{\\circ} 15^{\\prime}", None),
    ("notation", "21.24^\\circ", "21°14'24\"", None),
    ("notation", "\\lfloor 2.5\\rfloor", "2", None),
    ("notation", "\\lceil \\frac{7}{2} \\rceil", "4", None),
    ("notation", "\\lfloor \\frac{n}{2} \\rfloor", "\\lfloor n/2 \\rfloor", None),
    # numbers in a base: either subscript notation; the subscript left off when the question names the base
    ("base", "1302_5", "1302_{5}", None),
    ("base", "66_{(8)}", "66_8", None),
    ("base", "4210_{5}", "4210", "Express $555_{10}$ in base $5$."),
    ("base", "4343_6", "4343", "What is the base six equivalent of $999_{10}$?"),
    # powers of a unit: area and volume, converted with the power
    ("units", "120 \\mbox{ feet}^2", "120", None),
    ("units", "15 cm^2", "15", "What is the area in square centimeters?"),
    ("units", "15 \\text{ cm}^2", "1500 \\text{ mm}^2", None),
    ("units", "15 \\, \\text{cm}^{3}", "15 \\text{ mL}", None),
    # a unit on one side only, and the question asks in another unit of its dimension: converted to that unit
    ("units", "40", "40 \\text{ km}", "How far is it, in km?"),
    # an angle's name is one label
    ("angles", "\\angle ACB = 75^\\circ", "75^\\circ", "Find the measure of angle ACB."),
    ("angles", "\\angle ACB = 75^\\circ", "\\angle BCA = \\frac{5\\pi}{12}", None),
    # a leading ± of a product: two values (`y = \\pm 2x` is two lines)
    ("pm", "y=\\pm 2x", "y = 2x, y = -2x", None),
    ("pm", "y = 2x, y = -2x", "y=\\pm 2x", None),
    ("pm", "y=\\pm \\frac{\\sqrt{3}}{3}x", "y=\\pm \\frac{1}{\\sqrt{3}}x", None),
    # one quantity in several units, largest first
    ("units", "1.5 \\text{ hours}", "1 \\text{ hour } 30 \\text{ minutes}", None),
    ("units", "9 hours and 6 minutes", "546 \\text{ minutes}", None),
    ("units", "63 \\text{ inches}", "5 \\text{ feet } 3 \\text{ inches}", None),
    # repeating decimals: the bar marks the period
    ("numbers", "\\frac{2}{3}", "0.\\overline{6}", None),
    ("numbers", "\\frac{137}{110}", "1.2\\overline{45}", None),
    ("numbers", "0.1\\overline{6}", "\\frac16", None),
    # compound units: a `/` or `per` between two units, dimension and factor combined
    ("units", "5 \\, \\text{m/s}", "5", None),
    ("units", "5 \\, \\text{m/s}", "18 \\text{ km/h}", None),
    # SI notation: a negative power puts the unit below (`m s^{-1}` is m/s)
    ("units", "25 \\mathrm{~m/s}", "25\\,\\text{m}\\,\\text{s}^{-1}", None),
    ("units", "5 \\, \\text{m/s}", "18\\ \\mathrm{km\\,h^{-1}}", None),
    ("units", "9.8 \\text{ m/s}^2", "9.8\\ \\mathrm{m\\,s^{-2}}", None),
    ("units", "1000 \\text{ kg/m}^3", "1\\ \\mathrm{g\\,cm^{-3}}", None),
    ("units", "10 \\text{ meters per second}", "36 \\text{ km/h}", None),
    ("units", "30 \\text{ miles per hour}", "30 \\text{ mph}", None),
    ("units", "2 \\text{ g/cm}^3", "2000 \\text{ kg/m}^3", None),   # the power is the last unit's
    ("units", "3 \\text{ apples per box}", "3", "How many apples per box?"),
    ("units", "48.5", "48.5 grams", None),
    ("units", "7", "7^{th}", None),
    ("units", "21st day", "21", None),
    # degrees and radians
    ("angles", "60^\\circ", "60", None),
    ("angles", "\\frac{\\pi}{4}", "45^\\circ", "Find the angle."),
    ("angles", "1080", "1080^\\circ", "What is the sum of the measures of the interior angles of an octagon?"),
    ("angles", "1080", "1080 degrees", "Find the total, in degrees, of the octagon's turns."),
    # decimal approximations
    ("approx", "\\frac{2}{3}", "0.667", None),
    ("approx", "\\frac{100}{3}", "33.33", None),
    ("approx", "14.29", "\\frac{100}{7}", None),
    ("approx", "41.67\\%", "\\frac{5}{12}", None),
    ("approx", "\\sqrt{2} \\approx 1.414", "\\sqrt2", None),
    # ratios
    ("ratio", "3:4", "\\frac34", None),
    ("ratio", "0.75", "3:4", None),
    # text
    ("text", "\\text{even}", "even", None),
    ("text", "The sequence is increasing.", "increasing", None),
    ("text", "Anna wins the game", "Anna", None),
    ("text", "Yes", "yes, it is possible", "Is it possible?"),
    # ordering
    ("order", "p < r < q", "p, r, q", None),
    # labelled values matched by name, words for symbols, digit groups, stated approximations
    ("labels", "a = 2, b = 3", "b = 3, a = 2", None),
    ("tuple", "(3, 4)", "x = 3, y = 4", None),
    ("units", "5", "5 \\text{ km per hour}", None),
    ("words", "\\frac{\\pi}{3}", "60 degrees", "Find the angle."),
    ("words", "0.3", "30 percent", None),
    ("words", "(-\\infty, \\infty)", "\\text{all real numbers}", None),
    ("words", "\\emptyset", "no solution", None),
    ("numbers", "2500000", "2\\,500\\,000", None),
    ("approx", "\\frac{5}{6}", "\\frac{5}{6} \\approx 0.833", None),
    ("numbers", "-\\infty", "-\\infty", None),
    ("ratio", "16:7", "y = 16:7", None),
    ("labels", "5, 2", "b = 2, a = 5", "Find $a$ and $b$ if $a+b=7$ and $a-b=3$."),
    ("text", "Anna", "Anna wins the game", "Who wins with perfect play?"),
    ("text", "odd", "The function is odd", "Is the function odd or even?"),
    ("latex", "150^\\textcirc}", "150^\\circ", None),
    ("latex", "= -e^{\\pi/2}", "-e^{\\pi/2}", None),
    ("angles", "35^\\text{\\circ} \\text{ or } 55^\\text{\\circ}", "55, 35", "Find all angles."),
    ("angles", "\\frac{R}{\\sin 36^\\circ}", "\\frac{R}{\\sin(\\pi/5)}", None),
    # disjoint union: a union whose parts do not meet
    ("intervals", "(-\\infty, 1) \\cup [4, \\infty)", "(-\\infty, 1) \\cupdot [4, +\\infty)", None),
    ("intervals", "x < 0 \\text{ or } x = 7", "(-\\infty, 0) \\cupdot \\{7\\}", None),
    # orderings of named quantities, either direction
    ("order", "q < p < s", "s > p > q", None),
    ("order", "y < z < x", "x > z > y", None),  # strict vs non-strict differ: tests/test_rules_precision.py
    # labelled values against a bare gold list, in the question's order
    ("labels", "7, 2", "m = 7, n = 2", "Find $m$ and $n$."),
    # an option letter of a multiple-choice question, however it is written
    ("choice", "C", "(C)", "Which is largest? (A) 1 (B) 2 (C) 3 (D) 4"),
    ("choice", "\\text{(C)}", "\\textbf{(C) } 3", "Which is largest? (A) 1 (B) 2 (C) 3 (D) 4"),
    ("choice", "B", "B. 12", "Pick one.\nA. 10\nB. 12\nC. 14"),
    # a worked chain commits to its last value when every step holds; a courtesy approximation may follow
    ("chain", "x = 11", "x = 5+5+1 = 11", None),
    ("chain", "11", "5+5+1 = 11", None),
    ("chain", "x = \\frac{1}{3}", "x = \\frac13 \\approx 0.33", None),
    ("chain", "\\frac{2}{3}", "\\frac23 \\approx 0.66", None),
    ("chain", "z = 1 + 1 = 2", "z = 2", None),
    ("chain", "11", "x \\approx 11", "Find $x$."),
    ("labels", "a_n=2n-1", "a_k=2k-1", None),                     # the general term with another index letter
    ("labels", "n^2+1", "a_n=n^{2}+1", "Write a general term formula for the sequence $2,5,10,17,\\ldots$."),
    ("angles", "70", "70^\\circ", "In triangle $ABC$, $\\angle A=50^\\circ$, $\\angle B=60^\\circ$. What is the number of degrees in $\\angle C$?"),
    ("labels", "-2", "x=-2", "Given $\\vec a=(1,2)$, $\\vec b=(x,1)$, $\\vec a \\perp \\vec b$, then $x=$ \\_\\_\\_\\_\\_\\_."),
    ("labels", "\\pm\\sqrt{3}", "k=\\sqrt{3} \\text{ or } k=-\\sqrt{3}",
     "If the line $y=kx+2$ is tangent to the circle $x^2+y^2=1$, then $k=$ ______."),   # the letter before the blank
    ("labels", "S_n = n^2", "S_{m} = m^2", "Find the sum of the first $n$ terms."),
    # a named chain opening with its formula in letters, then numbers whose steps hold
    ("chain", "20", "a_{10} = a_1 + 9d = 2 + 18 = 20", "In an arithmetic sequence $a_1 = 2$, $d = 2$. Find $a_{10}$."),
    ("chain", "-\\frac{3}{4}", "\\tan\\theta = \\frac{\\sin\\theta}{\\cos\\theta} = \\frac{3/5}{-4/5} = -\\frac{3}{4}",
     "Given $\\sin\\theta = \\frac35$ with $\\theta$ in the second quadrant, find $\\tan\\theta$."),
    ("latex", "\\frac 59", "\\frac{5}{9}", None),
    # a linear inequality is solved for its one variable; a function's values bounded are a set of reals
    ("latex", "x_1 = 2,\\quadx_2 = 3", "x_1 = 2, x_2 = 3", None),  # a spacing command glued to a letter
    ("choice", "\\text{(A)}", "A", None),  # the same lone letter, without a question too
    ("numbers", "4", "four", None),  # a whole answer that is one number word
    ("units", "500 \\text{ cm}", "5 m", None),  # bare unit letters, read as a unit because the gold has one
    ("units", "5 \\text{ km/h}", "5 km/h", None),
    ("units", "7200 \\text{ s}", "2 h", None),
    ("text", "\\emptyset", "There are no real roots.", None),
    ("text", "\\text{Wednesday}", "It will be a Wednesday.", None),  # the article `a` before a word
    ("compare", "3^{20}", "3^{20} \\text{ is larger}", "Which is larger, $2^{30}$ or $3^{20}$?"),  # the value picked
    ("polar", "\\text{Yes}", "\\text{yes, it is prime}", "Is $97$ a prime number?"),   # the question's claim restated
    ("polar", "\\text{No}", "No, it is not prime.", "Is $221$ a prime number?"),
    # the gold's words in a sentence that only restates the question's subject
    ("text", "\\text{does not exist}", "\\text{The limit does not exist.}", "Evaluate $\\lim_{x\\to\\infty}\\sin x$."),
    ("text", "\\text{infinitely many}", "The system has infinitely many solutions",
     "How many solutions does the system $x+y=2$, $2x+2y=4$ have?"),
    ("text", "\\text{Converges}", "The series is convergent", "Does the series $\\sum 1/n^2$ converge or diverge?"),
    ("numbers", "21", "\\text{Twenty-one}", None),
    # a number word followed only by the words the question counts
    ("numbers", "3", "three real roots", "How many real roots does $x^3-3x+1=0$ have?"),
    ("numbers", "12", "Twelve roots.", "How many roots does the equation have?"),
    ("qualifier", "\\frac{\\pi}{6} + 2k\\pi, k \\in \\mathbb{Z}", "\\frac{\\pi}{6} + 2k\\pi", None),  # a declaration
    ("qualifier", "\\frac{\\pi}{6} + 2k\\pi", "\\frac{\\pi}{6} + 2k\\pi (k \\in \\mathbb{Z})", None),
    # the declaration ends a negated last term; a marked set (N*, Z+, N_+) declares as its plain set does
    ("qualifier", "\\frac{1}{2} - \\frac{1}{n+2}", "\\frac{1}{2} - \\frac{1}{n+2} (n \\in \\mathbb{N}^*)", "Find S_n."),
    ("qualifier", "2n+1", "2n+1, n \\in \\mathbb{N}_+", "Find a_n."),
    ("qualifier", "3n-1", "3n-1 (n \\in \\mathbb{Z}^{+})", "Find a_n."),
    ("sets", "\\mathbb{N}^*", "\\mathbb{Z}^+", None),
    ("text", "Yes", "Yes it can", "Can it?"),
    ("groups", "p=5,q=2;p=7,q=2", "(5,2),(7,2)", None),  # `;` separates solutions
    ("groups", "(5,2),(7,2)", "p=5,q=2; p=7,q=2", None),
    ("groups", "(5,2),(7,2)", "q=5,p=2; q=7,p=2", "Find all pairs $(q, p)$ of primes such that ..."),
    ("inequality", "x < 1", "-x > -1", None),
    ("inequality", "(-1, 2]", "1 < 2x + 3 \\le 7", None),
    ("inequality", "x > 3", "3 - x < 0", None),
    ("inequality", "(-\\infty, 2)", "-3x > -6", None),
    ("inequality", "0<f(x)<1", "(0,1)", None),
    ("inequality", "0<f(x)<1", "f(x) \\in (0,1)", None),
    # intervals of monotonicity (context.asks_monotonic): an end the gold includes may be left open
    ("monotonic", "[k\\pi - \\frac{5\\pi}{12}, k\\pi + \\frac{\\pi}{12}]",
     "\\left(-\\frac{5\\pi}{12} + k\\pi, \\frac{\\pi}{12} + k\\pi\\right)",
     "Given f(x) = sin(2x + φ), the monotonically increasing interval of f(x) is ____."),
    ("monotonic", "[-1, 1]", "(-1, 1]", "Find the interval on which f(x) = x^3 - 3x is decreasing."),
    ("monotonic", "(-\\infty, -1] \\cup [1, \\infty)", "(1, \\infty) \\cup (-\\infty, -1)",
     "Find the intervals of monotonicity of f."),
    # a list of solution tuples is a set: one written twice adds nothing
    ("tuples", "(37,3,3,13),(17,3,3,7),(3,3,2,3)", "(3, 3, 2, 3), (17,3,3,7), (17, 3, 3, 7), (37,3,3,13)", None),
    # the forms a question asks for, met (rules/form.py); no form asked: the value decides
    ("form", "x(x-2)(x+2)", "x(x+2)(x-2)", "Factor completely: $x^3 - 4x$."),
    ("form", "x^3+3x^2+3x+1", "1 + 3x + 3x^2 + x^3", "Expand $(x+1)^3$."),
    ("form", "7\\times 17^2", "17^2 \\cdot 7", "Write the prime factorization of $2023$."),
    ("form", "\\frac{2}{3}", "\\frac{6}{9}", "Find the probability."),
    ("form", "2\\sqrt{2}", "\\sqrt{8}", "Compute the length of the diagonal."),
    ("units", "40", "40 \\text{ km}", "How far is it, in kilometers?"),
    ("units", "40000 \\text{ m}", "40", "How far is it, in kilometers?"),   # the bare answer is in the unit asked
]

NOT_EQUAL = [
    ("pm", "-\\frac{1}{2}\\pm\\frac{\\sqrt{3}}{2}i", "\\frac{-1\\pm\\sqrt{5}i}{2}", None),
    ("algebra", "p^3-3pq", "p(p^2-2q)", None),
    ("algebra", "p^3-3pq", "p(p^2-3q) + 1", None),
    ("numbers", "34650", "\\dfrac{11!}{4!\\,4!}", None),
    ("time", "15:20", "3:20 PM", "Write the ratio of 15 boys to 20 girls without simplifying."),  # a ratio
    ("polar", "\\text{No}", "No, 221 is prime.", "Is $221$ a prime number?"),      # contradicts itself
    ("polar", "\\text{Yes}", "Yes, it is composite.", "Is $97$ a prime number?"),   # another claim
    ("polar", "\\text{Yes}", "Yes, it is prime, I think.", "Is $97$ a prime number?"),
    ("polar", "\\text{Yes}", "Yes, it is even.", "Is the function even or odd?"),  # no yes/no question
    ("compare", "3^{20}", "3^{20} is smaller", "Which is larger, $2^{30}$ or $3^{20}$?"),
    ("compare", "3^{20}", "3^{20} \\text{ is not larger}", "Which is larger, $2^{30}$ or $3^{20}$?"),
    ("text", "\\text{does not exist}", "\\text{The derivative does not exist.}", "Evaluate $\\lim_{x\\to 0} 1/x$."),
    ("text", "\\text{infinitely many}", "The system has not infinitely many solutions", "How many solutions are there?"),
    ("text", "\\text{Converges}", "The series is divergent", "Does the series converge or diverge?"),
    ("vectors", "(3, 1, 2)", "3\\mathbf{i} + 2\\mathbf{k}", None),
    ("vectors", "(1, 4)", "4\\hat{i} + \\hat{j}", None),
    ("vectors", "1+i", "1+\\mathbf{j}", None),
    ("time", "10:15 \\text{ PM}", "10:15 AM", None),
    ("time", "10:15 \\text{ PM}", "10:15", None),            # morning or evening: unsure
    ("time", "12:15", "12:15 \\text{ PM}", "At what time does the train arrive?"),
    ("time", "4:5", "12:16", None),
    ("numbers", "0.\\overline{7}", "0.7778\\ldots", None),         # the pattern broken: no repeating decimal
    ("numbers", "\\frac{1}{3}", "0.3...", None),                   # one copy shows no block
    ("intervals", "(0,1)", "]0, 1]", None),
    ("intervals", "[1,3)", "]1, 3[", None),
    ("calculus", "\\sin^2 x + C", "\\cos^2 x + C", None),           # the difference is no constant
    ("calculus", "\\sin^2 x + C", "-\\cos^2 x + 2x + C", None),
    ("calculus", "x^2 + C", "x^2 + 5", None),                     # one family against one function
    ("labels", "n^2+1", "a_{n+1}=n^{2}+1", "Write a general term formula for the sequence $2,5,10,17,\\ldots$."),
    ("labels", "n^2+1", "a_n=n^{2}+1", "The sequence $\\{b_n\\}$ is $2, 5, 10$. Find its general term."),  # its own name
    ("labels", "-2", "y=-2", "Given $\\vec b=(x,y)$ with $x + y = 0$, then $x=$ \\_\\_\\_\\_\\_\\_."),  # another letter
    ("text", "\\text{Thursday}", "It will be a Wednesday.", None),
    ("text", "\\text{b is larger}", "\\text{a is larger}", None),   # `a` before a verb names something
    ("units", "20, 40", "\\$20, \\$41", None),
    ("labels", "a_n=2n-1", "a_k=2n-1", None),    # the label's index renamed, not the formula's
    ("labels", "a_n=2n-1", "a_n=2k-1", None),
    ("labels", "a_n=2n-1", "b_k=2k-1", None),    # another sequence
    ("labels", "a_n=2n-1", "a_k=2k+1", None),
    ("angles", "1080", "1080^\\circ", "What is the sum of the side lengths of the octagon?"),  # a sum of lengths
    ("numbers", "125", "0{,}125", None),           # after 0 a brace comma is a decimal comma, never a group
    ("numbers", "2.5", "2{,}05", None),
    ("numbers", "25", "2{,}5", None),
    ("numbers", "28\\%", "28 percentage points", None),  # a difference of percentages
    ("numbers", "14916", "1 {, }4916", None),  # a brace comma before four digits groups nothing
    ("numbers", "14916", "14 {, }961", None),
    ("functions", "7", "\\gcd(12, 18)", None),
    ("functions", "6", "\\gcd(a, b)", None),
    ("functions", "11", "{5 \\choose 2}", None),
    ("intervals", "(2, 5)", "x > 2 \\text{ and } x \\le 5", None),
    ("units", "\\$5", "5€", None),                                   # another currency
    ("units", "5 \\text{ EUR}", "£5", None),
    ("labels", "x = y = z = 2", "x=2, y=2, w=2", None),
    ("labels", "x = y = z = 2", "x=2, y=2, z=3", None),
    ("labels", "x \\in \\{1,2\\}", "y=1, y=2", None),              # another unknown
    ("labels", "x \\in \\{1,2\\}", "y \\in \\{1,2\\}", None),
    ("relations", "a > b", "b > a", None),
    ("relations", "a \\ge b", "b < a", None),
    ("matrices", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}",
     "\\left[\\begin{matrix}1 & 2 \\\\ 3 & 5\\end{matrix}\\right]", None),
    ("matrices", "\\begin{pmatrix}6 & 8 \\\\ 10 & 12\\end{pmatrix}",    # the sum has another entry
     "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} + \\begin{pmatrix}5 & 6 \\\\ 7 & 9\\end{pmatrix}", None),
    ("matrices", "\\begin{pmatrix}6 & 8 \\\\ 10 & 12\\end{pmatrix}",    # shapes that do not add
     "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} + \\begin{pmatrix}5 & 6\\end{pmatrix}", None),
    ("matrices", "\\begin{pmatrix}2 & 3\\end{pmatrix}", "\\begin{pmatrix}1 & 2\\end{pmatrix} + 1", None),  # plus a number
    ("abs", "[-1,1]", "|x|<1", None),
    ("abs", "(-\\infty,-1]\\cup[1,\\infty)", "|x|>1", None),
    ("abs", "(-1, 5)", "|x-2|<4", None),
    ("abs", "1\\leq|z|\\leq \\frac{3}{2}", "z \\in [1, \\frac{3}{2}]", None),   # one band of two
    ("notation", "505", "2^3 3^2 7", None),
    ("notation", "2^{33}", "2^3 3", None),                  # only the factorisation reading, never a glued exponent
    ("notation", "12", "1 2", None),                        # two plain numbers side by side stay unreadable
    ("notation", "35.15^\\circ", "35^\\circ 15'", None),     # minutes are sixtieths, not decimals
    ("notation", "35^\\circ 15'", "35^\\circ 16'", None),
    ("notation", "\\lfloor 2.5\\rfloor", "3", None),
    ("notation", "\\lfloor x \\rfloor", "\\lceil x \\rceil", None),
    ("notation", "\\lfloor x \\rfloor", "x", None),
    ("base", "1302_5", "1303_5", None),
    ("base", "1302_5", "1302_6", None),                          # another base
    ("base", "1302_5", "1302", None),                            # no base named: 1302 is a decimal number
    ("base", "1302_5", "1303", "Express 202 in base 5."),
    ("base", "1302_5", "202", "Express 202 in base 5."),         # the decimal value: a format the rules leave
    ("units", "15 \\text{ cm}^2", "150 \\text{ mm}^2", None),   # converted with the linear factor
    ("units", "15 \\text{ cm}^2", "15 \\text{ cm}", None),      # a length is no area
    ("units", "15 \\text{ cm}^2", "15 \\text{ cm}^3", None),
    ("units", "15 \\text{ cm}^2", "15 \\text{ m}^2", None),
    ("units", "12 \\text{ cm}", "0.12", None),                  # a unit that changes the value
    ("units", "40", "40 \\text{ cm}", "How far is it, in kilometers?"),     # the number, in another unit
    ("units", "30", "30 \\text{ minutes}", "How long does it take, in hours?"),
    ("units", "5", "5 \\text{ dollars}", "How many cents does it cost?"),
    ("angles", "30", "30^\\circ", "Find the angle in radians."),          # 30 rad is not 30 degrees
    ("angles", "\\angle A = 60^\\circ", "\\angle B = 60^\\circ", None),      # another angle
    ("angles", "\\angle ACB = 75^\\circ", "\\angle ABC = 75^\\circ", None),  # another vertex
    ("pm", "y=\\pm 2x", "y = 2x", None),
    ("pm", "y=\\pm 2x", "y = 2x, y = 2x", None),
    ("pm", "y=\\pm 2x", "x = 2y, x = -2y", None),
    ("units", "9 hours and 6 minutes", "9.6 \\text{ hours}", None),  # digits run together
    ("units", "9 hours and 6 minutes", "546", None),                 # a bare total names no unit
    ("units", "90 \\text{ minutes}", "30 \\text{ minutes } 1 \\text{ hour}", None),  # not largest first
    ("units", "90 \\text{ minutes}", "1 \\text{ hour } 30 \\text{ seconds}", None),
    ("numbers", "\\frac{2}{3}", "0.6", None),                       # the bar dropped
    ("numbers", "\\frac{1}{6}", "0.\\overline{16}", None),           # the bar over the wrong digits
    ("numbers", "\\frac{2}{3}", "0.\\overline{7}", None),
    ("units", "5 \\, \\text{m/s}", "5 \\text{ km/s}", None),
    ("units", "5 \\, \\text{m/s}", "5 \\text{ m/h}", None),
    ("units", "5 \\, \\text{m/s}", "5 \\text{ s/m}", None),         # inverted
    ("units", "5 \\, \\text{m/s}", "5 \\text{ m}", None),           # a length is no speed
    ("units", "5 \\, \\text{m/s}", "5 \\text{ m/s}^2", None),       # an acceleration
    ("units", "5 \\, \\text{m/s}", "5 \\text{ apples/s}", None),    # not a unit: never dropped
    ("units", "5 \\, \\text{m/s}", "5\\,\\text{m}\\,\\text{s}^{-2}", None),   # m s^-2: an acceleration
    ("units", "5 \\, \\text{m/s}", "5\\,\\text{s}\\,\\text{m}^{-1}", None),   # inverted
    ("units", "5 \\, \\text{m/s}", "5\\,\\text{m}\\,\\text{s}", None),        # a product, not m/s
    ("units", "9.8 \\text{ m/s}^2", "9.8\\ \\mathrm{m\\,s^{-1}}", None),
    ("units", "1000 \\text{ kg/m}^3", "1000\\ \\mathrm{kg\\,m^{-2}}", None),
    ("units", "5", "5\\ \\text{apples}^{-1}", None),                  # `/ apples`: no unit, never dropped
    ("units", "2", "2\\ \\text{s}^{-1}", "How often does it tick?"),   # a rate with nothing above it: not read
    ("units", "90 \\text{ km/h}", "90 \\text{ mph}", None),
    ("units", "2 \\text{ g/cm}^3", "2 \\text{ kg/m}^3", None),
    ("units", "5 \\text{ dollars per hour}", "5 \\text{ dollars}", None),
    ("numbers", "1200000", "1,200", None),
    ("numbers", "2.5", "2,6", None),
    ("numbers", "0.00035", "3.5 \\times 10^{-5}", None),
    ("numbers", "\\frac{3}{8}", "38\\%", None),
    ("numbers", "0.5", "0.5\\%", None),
    ("numbers", "\\frac{29}{8}", "3\\frac{3}{8}", None),
    ("latex", "\\dfrac{7}{4}", "\\frac47", None),
    ("latex", "\\frac{\\sqrt{3}}{2}", "√2/2", None),
    ("algebra", "\\frac{x+1}{2}", "\\frac{x}{2}+1", None),
    ("algebra", "(a+b)^2", "a^2+b^2", None),
    ("algebra", "\\sqrt{x^2}", "x", None),
    ("algebra", "\\ln(x+y)", "\\ln x + \\ln y", None),
    ("sets", "\\{2, 7\\}", "2, 7, 9", "Find all x such that"),
    # a question in numbered parts answers them in order: a reversed list swaps the parts
    ("sets", "3, 5", "5, 3", "(1) Find the minimum of f. (2) Find the maximum of g."),
    ("sets", "3, 5", "5, 3", "Let f(x) = x^2 - 8x + 15.\n(Ⅰ) Find the smaller root; (Ⅱ) find the larger root."),
    ("sets", "-1, 2", "2, -1", "(a) Solve for x. (b) Solve for y."),
    ("sets", "(1,2),(3,4)", "(2, 1), (3, 4)", "Find all pairs."),
    ("sets", "3, 9", "3", "Find all values of k."),
    ("order", "3, 9", "9, 3", "List a and b in that order."),
    ("intervals", "(-\\infty, 4)", "x \\le 4", None),
    ("intervals", "[1, 6)", "1 < t < 6", None),
    ("intervals", "(-\\infty, -1) \\cup (2, \\infty)", "x < -1", None),
    ("intervals", "[0, +\\infty)", "[0, 1)", None),
    ("pm", "1 \\pm \\sqrt{5}", "1+\\sqrt5", None),
    ("matrix", "\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}", "(-2, 1)", None),
    ("labels", "7", "x = 8", None),
    ("labels", "g(t)=t^2+1", "g(u) = u^2 - 1", None),
    ("equation", "y = 2x + 1", "2x - y - 1 = 0", None),
    ("equation", "x^2 = 4", "2", None),
    ("constants", "x = 2k\\pi", "n\\pi", "Solve sin x = 0 on the reals."),
    ("constants", "2k", "2n", "For each positive integer k, find the sum."),
    ("qualifier", "f(n) = n", "f(n) = n \\text{ where } n \\text{ has no prime factor above } 7", None),
    ("units", "12", "13 \\text{ cm}", None),
    ("angles", "60^\\circ", "30", None),
    ("angles", "\\frac{\\pi}{4}", "30^\\circ", "Find the angle."),
    ("approx", "\\frac{2}{3}", "0.67", None),
    ("approx", "\\frac{2}{3}", "0.7", None),
    ("approx", "14.29", "\\frac{100}{6}", None),
    ("approx", "420", "420.4", None),
    ("approx", "2.5", "\\frac{13}{5}", None),
    ("ratio", "3:4", "\\frac43", None),
    ("text", "\\text{even}", "odd", None),
    ("text", "The sequence is not increasing.", "increasing", None),
    ("text", "Anna wins the game", "Boris", None),
    ("text", "Anna and Boris tie", "Anna", None),
    ("text", "Yes", "no", "Is it possible?"),
    ("order", "p < r < q", "p, q, r", None),
    ("empty", "5", "", None),
    ("labels", "a = 2, b = 3", "a = 3, b = 2", None),
    ("words", "\\frac{\\pi}{3}", "30 degrees", "Find the angle."),
    ("words", "0.3", "3 percent", None),
    ("numbers", "6", "2 3", None),
    ("units", "5", "at least 5", None),
    ("units", "5", "not 5 \\text{ apples}", None),
    ("units", "5", "more than 5 cm", None),
    ("tuple", "(3, 4)", "x = 4, y = 3", None),
    ("approx", "\\frac{5}{6}", "\\frac{5}{6} \\approx 0.9", None),
    ("numbers", "\\infty", "-\\infty", None),
    ("intervals", "(3, 2)", "[3, 2)", None),
    ("approx", "\\binom{4030}{2015}", "53.33", None),
    ("ratio", "1:1", "1:1:1", None),
    ("numbers", "e^{700} e^{700}", "e^{1000} e^{1000}", None),
    ("angles", "\\frac{R}{\\sin 36^\\circ}", "\\frac{R}{\\sin(\\pi/4)}", None),
    ("intervals", "[2, 3)", "(2, 3)", None),
    ("ratio", "16:7", "y = 7:16", None),
    ("labels", "5, 2", "a = 2, b = 5", "Find $a$ and $b$ if $a+b=7$ and $a-b=3$."),
    ("labels", "5, 2", "a = 2, b = 5", None),
    ("text", "Anna", "Anna loses", "Who wins with perfect play?"),
    ("text", "Anna", "Boris beats Anna", "Who wins with perfect play?"),
    ("text", "Anna", "Anna does not win", "Who wins with perfect play?"),
    ("text", "odd", "The function is not odd", "Is the function odd or even?"),
    ("text", "odd", "odd and even", "Is the function odd or even?"),
    ("intervals", "(-\\infty, 1) \\cup [4, \\infty)", "(-\\infty, 1] \\cupdot [4, +\\infty)", None),
    ("intervals", "x < 0 \\text{ or } x = 7", "(-\\infty, 0) \\cupdot \\{-7\\}", None),
    # a "disjoint" union whose parts overlap is never read as the plain union
    ("intervals", "(-\\infty, 5)", "(-\\infty, 3) \\cupdot [2, 5)", None),
    ("order", "q < p < s", "p < q < s", None),
    ("order", "q < p < s", "q > p > s", None),
    ("labels", "7, 2", "m = 7, n = 3", "Find $m$ and $n$."),
    ("labels", "7, 2", "m = 7, n = 3", None),
    ("choice", "A", "C", "Provide the correct letter (A, B, C, D, or E) answer."),
    ("choice", "C", "(D) 4", "Which is largest? (A) 1 (B) 2 (C) 3 (D) 4"),
    ("choice", "C", "(C) or (D)", "Which is largest? (A) 1 (B) 2 (C) 3 (D) 4"),  # a hedge over two options
    ("chain", "x = 11", "x = 5+5+1 = 7 = 11", None),        # a false step on the way: it could hedge
    ("chain", "x = 11", "x = 5+5+1 = 12", None),
    ("chain", "20", "a_{10} = a_1 + 9d = 2 + 19 = 20", "Find $a_{10}$ given $a_1 = 2$, $d = 2$."),  # a false number step
    ("chain", "20", "a_{10} = a_1 + 9d = 2 + 18 = 21", "Find $a_{10}$ given $a_1 = 2$, $d = 2$."),
    ("chain", "20", "a_{10} = 20 = a_1 + 9d = 22", "Find $a_{10}$ given $a_1 = 2$, $d = 2$."),  # letters between numbers
    ("chain", "-\\frac{3}{4}", "\\cos\\theta = \\frac{\\sin\\theta}{\\tan\\theta} = -\\frac{3}{4}",
     "Given $\\sin\\theta = \\frac35$, find $\\tan\\theta$."),                   # another function's chain
    ("chain", "x = 11", "y = 5+5+1 = 11", None),            # another name
    ("chain", "11", "5+5 = 11", None),                      # a false statement
    ("chain", "x = \\frac{1}{3}", "x = \\frac13 \\approx 11", None),  # the approximation contradicts
    ("chain", "z = 1 + 1 = 2", "z = 3+3 = 2", None),
    ("chain", "x \\approx 1.36", "x", None),                  # the name is not the value
    ("latex", "\\frac 59", "59", None),
    ("latex", "x_1 = 2,\\quadx_2 = 3", "x_1 = 2, x_2 = 4", None),
    # a qualifier around a labelled answer must not hide the label (was accepted before issue 11's follow-up)
    ("qualifier", "x = 2k \\text{ for } k \\in \\mathbb{Z}", "y = 2k \\text{ for } k \\in \\mathbb{Z}", None),
    ("qualifier", "k = m\\pi, \\quad m \\in \\mathbb{Z}", "maybe k = m\\pi, \\quad m \\in \\mathbb{Z}", None),
    ("units", "5 \\text{ cm}", "5 m", None),
    ("units", "2 \\text{ s}", "2 h", None),
    ("units", "5", "5 m", None),  # no unit in the gold: m may be a variable
    ("units", "5 \\text{ years}", "5 a", None),
    ("text", "\\emptyset", "no solution in integers", None),
    ("numbers", "4", "five", None),
    ("numbers", "4", "four thousand", None),
    ("numbers", "3", "three complex roots", "How many real roots does $x^3-3x+1=0$ have?"),  # words not counted
    ("numbers", "3", "four real roots", "How many real roots does $x^3-3x+1=0$ have?"),
    ("numbers", "3", "three real roots", None),        # nothing counted without a question: words stay words
    ("numbers", "1", "one or two", None),
    ("qualifier", "\\frac{\\pi}{6} + 2k\\pi", "\\frac{\\pi}{6} + k\\pi, k \\in \\mathbb{Z}", None),
    ("qualifier", "\\frac{\\pi}{6} + 2k\\pi", "\\frac{\\pi}{6} + 2q\\pi, k \\in \\mathbb{Z}", None),  # declares another letter
    ("qualifier", "\\frac{1}{2} - \\frac{1}{n+2}", "\\frac{1}{2} - \\frac{1}{n+3} (n \\in \\mathbb{N}^*)", "Find S_n."),
    ("qualifier", "\\frac{1}{2} - \\frac{1}{n+2}", "\\frac{1}{2} + \\frac{1}{n+2} (n \\in \\mathbb{N}^*)", "Find S_n."),
    ("qualifier", "2n+1", "2k+1 (k \\in \\mathbb{N}^*)", "Find a_n."),  # the question's n is not renamed
    ("sets", "\\mathbb{N}^*", "\\mathbb{N}", None),                   # the mark changes the set
    ("sets", "\\mathbb{R}", "\\mathbb{R}^+", None),
    ("text", "AB", "BA", None),                  # two products of letters: names or words, not math
    ("text", "\\text{no}", "on", None),
    ("algebra", "x^2", "x y", None),
    ("choice", "C", "(D) 12", None),
    ("labels", "AB=4, CD=5", "The required value is I guess AB=4,CD=5", None),  # a hedged sentence, no label
    ("labels", "A:B=1", "The required value is perhaps A:B=1", None),
    ("choice", "C", "(C) 12 or (D) 13", None),
    ("choice", "C", "C 12", None),               # no parentheses: C may be a variable
    ("complex", "2i", "(1-i)^2", "Simplify $(1+i)^2$."),
    ("complex", "3+4i", "3-4i", None),                                     # the conjugate
    ("complex", "-1", "i^2", "Let $a_i = i$ for each i. Find $a_1 - 2$."),   # i is an index there
    ("complex", "2", "i+1", None),
    ("text", "No", "no longer valid", "Is it valid?"),                    # `no` inside a phrase answers nothing
    ("text", "No", "no one", "Can anyone?"),
    ("text", "True", "true for n > 2", None),
    ("choice", "(A)", "B", None),
    ("choice", "(A)", "a", None),
    ("choice", "(A)", "(A) or (B)", None),
    ("groups", "(5,2),(7,2)", "q=5,p=2; q=7,p=2", None),   # not alphabetical, no question: no tuple order
    ("groups", "(5,2),(7,2)", "q=5,p=2; q=7,p=2", "Find all pairs $(p, q)$ of primes."),  # that is (2,5),(2,7)
    ("groups", "(5,2),(7,2)", "p=5,q=2; p=7,q=3", None),
    ("groups", "(5,2),(7,2)", "p=5,q=2; q=2,p=7", None),   # the groups name their letters differently
    ("inequality", "x < 1", "-x < -1", None),             # the flip forgotten
    ("inequality", "x < 1", "2x < 1", None),
    ("inequality", "(-1, 2]", "1 < 2x + 3 < 7", None),
    ("inequality", "x > 3", "x^2 > 9", None),             # not linear: not solved
    ("inequality", "0<f(x)<1", "0<x<1", None),            # bounds x, not f(x)
    ("inequality", "0<f(x)<1", "0<g(x)<1", None),
    ("inequality", "0<f(x)<1", "(0,1]", None),
    # the same quantity in a unit the question does not ask: the conversion asked for is not done
    ("units", "40", "40000 \\text{ m}", "How far is it, in kilometers?"),
    ("units", "0.5", "30 \\text{ minutes}", "How long does it take, in hours?"),
    ("units", "3", "180 \\text{ minutes}", "How many hours does it take?"),
    ("units", "\\frac{5\\pi}{6}", "150^\\circ", "Convert $150^\\circ$ to radians."),
    # a form the question asks for (rules/form.py): the value alone does not answer it
    ("form", "x(x-2)(x+2)", "x(x^2-4)", "Factor completely: $x^3 - 4x$."),
    ("form", "x^3+3x^2+3x+1", "(x+1)^3", "Expand $(x+1)^3$."),
    ("form", "\\frac{\\sqrt{3}+1}{2}", "\\frac{1}{\\sqrt{3}-1}", "Rationalize the denominator of $\\frac{1}{\\sqrt{3}-1}$."),
    ("form", "\\frac{2}{3}", "\\frac{6}{9}", "Express $0.\\overline{6}$ as a common fraction in lowest terms."),
    ("form", "7\\times 17^2", "7\\times289", "Write the prime factorization of $2023$."),
    ("form", "2\\sqrt{2}", "\\sqrt{8}", "Express the length in simplest radical form."),
    # intervals of monotonicity: an end the gold leaves open may not be closed; no convention elsewhere
    ("monotonic", "(0, 2)", "[0, 2]", "Find the interval where f(x) = x ln x - x is increasing."),
    ("monotonic", "[-1, 1]", "(-1, 2)", "Find the decreasing interval of f(x) = x^3 - 3x."),
    ("monotonic", "[-1, 1]", "(-1, 1)", "If f is decreasing on the interval [a, b], find the range of a."),
    ("monotonic", "[-1, 1]", "(-1, 1)", "Find the interval where f is positive, in increasing order."),
    ("monotonic", "[-1, 1]", "(-1, 1)", None),
    ("monotonic", "[1, 2) \\cup (3, 4]", "(3, 4] \\cup [1, 2]", "Find the intervals where f is increasing."),
    # a list of solution tuples: a repeat adds nothing, but never stands in for another; scalars keep multiplicity
    ("tuples", "(1,2),(3,4)", "(1, 2), (1,2)", None),
    ("tuples", "(1,2),(3,4)", "(1, 2), (1,2), (3,5)", None),
    ("tuples", "2, 3", "2, 2, 3", None),
]


@pytest.mark.parametrize("family,gold,answer,question", EQUAL)
def test_equal(family, gold, answer, question):
    d = verdict(gold, answer, question)
    assert d.correct, (family, gold, answer, d)
    assert d.outcome is Outcome.EQUAL and d.score == 1.0 and d.method.startswith("rule:")


@pytest.mark.parametrize("family,gold,answer,question", NOT_EQUAL)
def test_not_equal(family, gold, answer, question):
    d = verdict(gold, answer, question)
    assert not d.correct, (family, gold, answer, d)
    assert d.score == 0.0


@pytest.mark.parametrize(
    "gold,answer",
    [("3.4", "\\frac72"), ("5", "Petya"), ("7,2", "m = 7, n = 3"), ("6", "u = 6, v = 1"), ("q < p < s", "s < p < q"), ("(1, 2)", "(1, 3)"), ("[0, 1]", "[0, 2]"), ("2, 3", "2, 4"), ("x+1", "x+2")],
)
def test_definite_mismatch_is_different_not_unsure(gold, answer):
    assert verdict(gold, answer).outcome is Outcome.DIFFERENT


@pytest.mark.parametrize(
    "gold,answer",
    [("\\text{a cyclic quadrilateral}", "a quadrilateral inscribed in a circle"),
     ("a, d, c", "\\boxed{c > d > a}")],  # a bare list does not say whether it runs up or down
)
def test_undecidable_is_unsure(gold, answer):
    assert verdict(gold, answer).outcome is Outcome.UNSURE


@pytest.mark.parametrize("gold,answer,question", [
    # a letter before a parenthesis may be a function's value, `y(x) = ...`: a failed substitution of the product
    # proves nothing (these were DIFFERENT: correct answers no judge would see in addon mode)
    ("y=3e^{2x}", "y(x)=3\\exp(2x)", "Solve the initial value problem $\\frac{dy}{dx}=2y$, $y(0)=3$."),
])
def test_function_value_labels_are_unsure_not_different(gold, answer, question):
    assert verdict(gold, answer, question).outcome is Outcome.UNSURE


@pytest.mark.parametrize("gold,answer,question", [
    ("x = \\log 5", "x = \\lg 5", "Solve $10^x = 5$."), ("\\lg 2", "\\log 2", "Compute $\\lg 2$."),
    ("\\ln x + 1", "\\log x + 1", "Find the derivative of $x \\ln x$.")])
def test_a_logarithm_without_a_base_takes_the_questions_base(gold, answer, question):
    assert verdict(gold, answer, question).correct  # base 10 where the question works in it, else ln


@pytest.mark.parametrize("gold,answer", [("\\lg 2", "\\log 2"), ("2", "\\log 100"), ("\\lg x", "\\log x")])
def test_a_logarithm_without_a_base_is_unsure_where_base_ten_makes_it_equal(gold, answer):
    # `\\log` is ln in analysis and log10 in school texts: never DIFFERENT when one reading agrees
    assert verdict(gold, answer).outcome is Outcome.UNSURE


def test_evidence_names_the_normalisation():
    assert "units" in verdict("12", "12 \\text{ cm}").evidence
    assert "interval" in verdict("(-\\infty, 4)", "x < 4").evidence
    assert "label" in verdict("7", "x = 7").evidence


def test_option_letters_decide_only_when_the_question_offers_options():
    mc = "Which is largest? (A) 1 (B) 2 (C) 3 (D) 4"
    assert verdict("C", "(D)", mc).outcome is Outcome.DIFFERENT and verdict("C", "(D)", mc).method == "rule:choice"
    # without lettered options a bare letter may be a point or a variable: not decided by this rule
    assert verdict("A", "C", "In triangle ABC, which vertex is farthest from the origin?").method != "rule:choice"
    assert verdict("A", "C", None).method != "rule:choice"
    # a value no option has, or a hedge over two options, is left to other stages
    assert verdict("C", "7", mc).method != "rule:choice"
    assert verdict("C", "(C) or (D)", mc).method != "rule:choice"


def test_an_option_value_counts_as_its_letter_when_the_options_are_readable():
    amc = ("What is $1+2$? $\\textbf{(A) } 1 \\qquad \\textbf{(B) } 2 \\qquad \\textbf{(C) } 3 \\qquad "
           "\\textbf{(D) } \\frac{7}{2} \\qquad \\textbf{(E) } 4$\nGive the letter.")
    lines = "Pick one.\nA. 10 cm\nB. 12 cm\nC. 14 cm"
    assert verdict("C", "3", amc).outcome is Outcome.EQUAL and verdict("D", "3.5", amc).outcome is Outcome.EQUAL
    assert verdict("B", "3", amc).outcome is Outcome.DIFFERENT  # the value of option C
    assert verdict("B", "12", lines).outcome is Outcome.EQUAL and verdict("B", "14 cm", lines).outcome is Outcome.DIFFERENT
    # no option matches, letters out of order, or two options with one value: not decided by this rule
    assert verdict("C", "7", amc).method != "rule:choice"
    assert verdict("C", "3", "Points (A) and (C) lie on a line; find (C)").method != "rule:choice"
    assert verdict("B", "2", "Choose: (A) 2 (B) 2 (C) 3").method != "rule:choice"


def test_a_letter_used_as_a_variable_is_not_an_option():
    q = "Find A. (A) 3 (B) 5 (C) 7"
    wrong, right = verdict("C", "A = 5", q), verdict("C", "A = 7", q)
    assert wrong.outcome is Outcome.DIFFERENT and "value of option B" in wrong.reason  # not "option A"
    assert right.outcome is Outcome.EQUAL and "value of option C" in right.reason


# Rules of the session of 2026-12-07, one table: (gold, answer or whole response, question, accepted?)
_LADDER_M = "A 10 m ladder leans against a wall with its foot 3 m from the wall. How high up the wall does it reach?"
_COLON_OPTIONS = "The length of the chord is ( ) A: $1$  B: $\\sqrt{3}$  C: $2\\sqrt{3}$  D: $4$"

Q_LARGEST = ("If the difference between the largest and the smallest of 7 integers is 20, what is the maximum value "
             "possible for the largest?")
Q_WAYS = "In how many ways can 3 books be arranged on 2 shelves?"
Q_STATEMENTS = "Which of the following propositions are true? ① ... ② ... ③ ... ④ ..."
Q_PARTS = "Let $f(x) = x^2 - 2x + 3$. (1) Find $f(2)$. (2) Find the minimum value of $f$."
Q_DAYS = "How many days will it take Lena to finish the book?"
Q_EXISTS = "Is there an integer $n$ such that $n^2+n+1$ is divisible by $9$?"

Q_TILED = "Two opposite corners are removed from a chessboard. Can the remaining board be tiled by dominoes?"
Q_INCLINE = "Find the angle of inclination of the tangent to $y = x^2$ at $M(\\frac12, \\frac14)$. Express your answer in degrees."
Q_COINS = "Hillary has eleven coins, all dimes and nickels, worth 75 cents. How many nickels does she have?"
Q_QUADRANT = "Given $x=3+4i$, find the quadrant in which the complex number $z=x-|x|-(1-i)$ is located on the complex plane."
VERDICTS = [
    # --- names placing values
    # labelled values against a point: the question's written tuple orders them, else x, y for a point
    ("(2, 3)", "x=2, y=3", "Find the point of intersection of $y = x + 1$ and $y = 3x - 3$.", True),
    ("(3, 2)", "x=2, y=3", "Find the point of intersection of $y = x + 1$ and $y = 3x - 3$.", False),
    ("(4, -1)", "b = -1, a = 4", "Find the ordered pair $(a, b)$ such that $a + b = 3$ and $a - b = 5$.", True),
    ("(-1, 4)", "a = 4, b = -1", "Find the ordered pair $(b, a)$ such that $a + b = 3$ and $a - b = 5$.", True),
    ("(4, -1)", "a = -1, b = 4", "Find the ordered pair $(a, b)$ such that $a + b = 3$ and $a - b = 5$.", False),
    ("(2, 5)", "p = 2, q = 5", "Find the ordered pair $(a, b)$.", False),  # names the question does not use
    ("3, 2", "x = 3, y = 2", "Find y and x.", False),  # a bare list: the question's order
    # a value written before the one letter it names
    ("4", "4 = k", "Solve for $k$: $2k + 1 = 9$.", True),
    ("4", "4 = y", "Solve for $k$: $2k + 1 = 9$.", False),
    ("x = 2", "2 = y", None, False),
    # a matrix as code writes it, against a matrix gold only
    ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "[[1, 2], [3, 4]]", None, True),
    ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "[[1, 3], [2, 4]]", None, False),
    ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "[1, 2], [3, 4]", None, False),
    # --- restated and solution sentences
    # a restated value counts only when both forms are strictly one value (an inequality and its interval are)
    ("(-\\infty, 4)", "Work.\nThus the solution set is all $x < 4$, that is, $(-\\infty, 4)$.", None, True),
    ("(-\\infty, 4)", "Work.\nThus the solution set is all $x < 4$, that is, $(-\\infty, 4]$.", None, False),
    ("(-\\infty, 4]", "Work.\nThus the solution set is all $x < 4$, that is, $(-\\infty, 4]$.", None, False),
    ("\\frac78", "Work.\nSo the probability is $\\frac78$, i.e. $0.875$.", None, True),
    ("\\frac78", "Work.\nSo the probability is $\\frac78$, i.e. $0.88$.", None, False),  # a rounding is no restatement
    ("-2, 3", "Work.\nTherefore $x = 3$ or $x = -2$.", None, True),
    ("3", "Work.\nTherefore $x = 3$ or $x = -2$.", None, False),
    # --- labels naming another tuple are not accepted
    # x, y are not the names of the tuple asked: the question writes another one
    ("(3, -1)", "x = 3, y = -1", "The line $y = mx + n$ passes through $(1, 2)$ and $(2, 5)$. Find the ordered pair $(m, n)$.", False),
    # no point asked: the first-named order, with each label checked against the question
    ("(3, -1)", "x = 3, y = -1", "Given $y = 2x - 7$ and the parameters, find $(m, n)$ such that m + n = 2.", False),
    # --- exact value asked
    # a question asking for the exact value takes no decimal for an exact gold (the rounding policy aside)
    ("\\frac{\\sqrt{2}}{2}", "0.707", "Find the exact value of $\\cos(\\pi/4)$.", False),
    ("\\frac{\\sqrt{2}}{2}", "0.707", "Find $\\cos(\\pi/4)$.", True),  # the "stated" rounding policy
    ("10\\pi", "31.4", "Express the circumference in terms of $\\pi$.", False),
    ("\\frac{1}{3}", "0.333", "Express your answer as a common fraction.", False),
    ("0.707", "\\frac{\\sqrt{2}}{2}", "Find the exact value of $\\cos(\\pi/4)$.", True),  # a rounded gold
    ("\\frac{\\sqrt{2}}{2}", "0.707", "Find the exact value, then round it to 3 decimal places.", True),
    # --- counted things and kinds
    # "how many <things>": a noun of the question next to the answer must be the counted one
    ("40", "40 \\text{ marbles}", "Tom has 5 bags with 8 marbles each. How many marbles does Tom have?", True),
    ("40", "40 \\text{ bags}", "Tom has 5 bags with 8 marbles each. How many marbles does Tom have?", False),
    ("12", "12 \\text{ customers}", "A waiter had 13 customers. How many new customers did he get?", True),
    ("\\frac92", "4.5 \\text{ cups}", "A recipe needs 3/4 cup of sugar per batch. How many cups of sugar are "
     "needed for 6 batches?", True),
    ("\\frac92", "4.5 \\text{ batches}", "A recipe needs 3/4 cup of sugar per batch. How many cups of sugar are "
     "needed for 6 batches?", False),
    # degrees (an angle or a temperature) for another kind of quantity asked; "In how many days" asks in days
    ("75", "75^\\circ", "The coffee cools by 65 degrees. How many milliliters weaker is it?", False),
    ("4", "4 \\text{ degrees}", "The pipes freeze below 0 degrees. How many logs does Carson need?", False),
    ("40", "40^\\circ", "How many degrees is the angle?", True),
    ("12", "12 \\text{ inches}", "The bamboo grows 30 inches a day. In how many days will it be 600 inches?", False),
    ("12", "12 \\text{ days}", "The bamboo grows 30 inches a day. In how many days will it be 600 inches?", True),
    # --- polar reasons and plain mixed numbers
    # a yes/no answer with a plain reason after it; a reason that hedges or turns it is no answer
    ("No", "No, $91 = 7 \\times 13$", None, True),
    ("Yes", "No, $91 = 7 \\times 13$", None, False),
    ("True", "True, since every term is positive.", None, False),  # a reason in words may claim anything: unread
    ("True", "True, since $a_n > 0$ for every $n$.", None, False),
    ("No", "No, but maybe yes", None, False),
    ("No", "No, yes.", None, False),
    ("No", "No: or yes, depending on n.", None, False),
    # a mixed number in plain text is a sum, never a product
    ("\\frac72", "3 1/2", None, True),
    ("\\frac32", "3 1/2", None, False),
    ("-\\frac72", "-3 1/2", None, True),
    ("\\frac72", "3 3/2", None, False),
    # --- numbered roots
    # numbered labels of one letter for the roots / eigenvalues asked: a set
    ("2, 5", "\\lambda_1 = 5, \\lambda_2 = 2", "Find the eigenvalues of the matrix.", True),
    ("2, 5", "x_1 = 5, x_2 = 2", "Find the roots of $x^2 - 7x + 10$.", True),
    ("2, 5", "\\lambda_1 = 5, \\lambda_2 = 3", "Find the eigenvalues of the matrix.", False),
    ("2, 5", "a_1 = 5, a_2 = 2", "Find the first two terms of the sequence.", False),  # terms have an order
    ("2, 5", "x_1 = 5, y_2 = 2", "Find the roots of $x^2 - 7x + 10$.", False),
    # --- ratios equations and numbered parts
    # ratios of three or more parts: proportional by a positive factor
    ("1:\\sqrt{3}:2", "\\frac12:\\frac{\\sqrt3}{2}:1", "Find $a : b : c$.", True),
    ("3:4:5", "6:8:10", None, True),
    ("3:4:5", "6:8:11", None, False),
    ("3:4:5", "5:4:3", None, False),
    ("3:4:5", "-3:-4:-5", None, False),
    # a relation written two ways is one equation, whatever its letters name
    ("3x-y-2=0", "y=3x-2", "Find the equation of the tangent line to $y = x^3$ at $(1, 1)$.", True),
    ("y=-1", "y+1=0", "Find the equation of the directrix of the parabola.", True),
    ("3x-y-2=0", "y=3x+2", "Find the equation of the tangent line.", False),
    ("y = 2x+1", "x = \\frac{y-1}{2}", "Express y in terms of x.", False),  # two labels: the label rules decide
    # numbered parts answer the parts in order
    ("\\text{(1) } 2;\\ \\text{(2) } 3", "2, 3", None, True),
    ("\\text{(1) } 2;\\ \\text{(2) } 3", "3, 2", None, False),
    ("\\text{(1) } 2;\\ \\text{(2) } 3", "(1) 2; (2) 3", None, True),
    ("2, 3", "(1) 3; (2) 2", "Given $a_2 = 5$, $a_5 = 14$. (1) Find $a_1$. (2) Find $d$.", False),
    ("(1)(3)", "(1)(3)", "Which of the statements (1), (2), (3) are true?", True),
    # --- word labels and periodic families
    # words before a value name it (checked against the question like any label)
    ("5", "\\text{The hypotenuse is } 5", "Find the length of the hypotenuse.", True),
    ("5", "\\text{The radius is } 5", "Find the length of the hypotenuse.", False),
    ("(2,-3)", "\\text{center } (2,-3)", "Find the coordinates of the center of the circle.", True),
    ("5", "\\text{perhaps } 5", "Find the length of the hypotenuse.", False),
    ("\\text{maximum } 2,\\ \\text{minimum } -2", "2,\\ -2", "Find the maximum and minimum values of $f$.", True),
    ("2, -2", "\\text{minimum } 2,\\ \\text{maximum } -2", "Find the maximum and minimum values of $f$.", False),
    # families of angles over the integers: offsets a whole number of periods apart
    ("\\frac{\\pi}{3}+2k\\pi,\\ k\\in\\mathbb{Z}", "x=\\frac{7\\pi}{3}+2k\\pi,\\ k\\in\\mathbb{Z}",
     "Find all $x$ such that $\\cos(x - \\frac{\\pi}{3}) = 1$.", True),
    ("\\frac{k\\pi}{2}-\\frac{\\pi}{6}", "\\frac{k\\pi}{2}+\\frac{\\pi}{3}", None, True),
    ("\\frac{\\pi}{3}+2k\\pi", "\\frac{4\\pi}{3}+2k\\pi", None, False),
    ("\\frac{\\pi}{3}+2k\\pi", "\\frac{\\pi}{3}+k\\pi", None, False),
    ("2k+1", "2k+3", None, False),  # no family of angles: the letters decide
    # --- kind nouns in text answers
    # a noun that only names the kind of answer ("condition", "function") around the gold's words
    ("\\text{necessary but not sufficient}", "\\text{a necessary but not sufficient condition}",
     "What kind of condition is $p$ for $q$?", True),
    ("\\text{necessary but not sufficient}", "\\text{a sufficient but not necessary condition}",
     "What kind of condition is $p$ for $q$?", False),
    ("\\text{odd}", "f(x) \\text{ is an odd function}", "Determine whether $f(x) = x^3 + x$ is odd, even, or neither.",
     True),
    ("\\text{odd}", "f(x) \\text{ is not an odd function}", "Determine whether $f(x) = x^3 + x$ is odd, even, or neither.",
     False),
    ("\\text{odd}", "f(x) \\text{ is an even function}", "Determine whether $f(x) = x^3 + x$ is odd, even, or neither.",
     False),
    # --- leading plus minus
    # a leading ± signs its term: `±π/3 + 2kπ` is two families, `±2√2 + 3` two values
    ("x=\\pm\\frac{\\pi}{3}+2k\\pi,\\ k\\in\\mathbb{Z}", "2k\\pi\\pm\\frac{\\pi}{3}", None, True),
    ("x=\\pm\\frac{\\pi}{3}+2k\\pi,\\ k\\in\\mathbb{Z}", "2k\\pi+\\frac{\\pi}{3}", None, False),
    ("3 \\pm 2\\sqrt{2}", "\\pm 2 \\sqrt{2} + 3", None, True),
    ("3 \\pm 2\\sqrt{2}", "2 \\sqrt{2} + 3", None, False),
    ("\\pm\\frac{\\pi}{3}+2k\\pi", "2k\\pi\\pm\\frac{\\pi}{6}", None, False),
    # --- cents against dollar amounts
    # cents for a bare amount when the question's amounts are in dollars
    ("18", "18 \\text{ cents}", "She sells eggs at \\$2 each. How much does Janet make every day?", False),
    ("18", "18 \\text{ dollars}", "She sells eggs at \\$2 each. How much does Janet make every day?", True),
    ("18", "18 \\text{ cents}", "A pencil costs 3 cents. How much do 6 pencils cost?", True),
    # --- extremes and initials
    # names of extremes sort their own values, also as operators and against a gold written largest first
    ("1,2", "\\max = 2,\\ \\min = 1", "Find the minimum and maximum.", True),
    ("1,2", "\\max = 1,\\ \\min = 2", "Find the minimum and maximum.", False),
    ("5,1", "\\text{min} = 1,\\ \\text{max} = 5", "What are the minimum and maximum values of $f(x)$?", True),
    ("5,1", "\\text{min} = 2,\\ \\text{max} = 5", "What are the minimum and maximum values of $f(x)$?", False),
    # the extremes named two ways (words, `f_{\\max}`): matched by what they name; an argument's letter, or two
    # functions' letters, name no function's least and greatest value
    ("\\text{maximum } 5, \\text{ minimum } -3", "f_{\\max} = 5,\\ f_{\\min} = -3", "Find the maximum and minimum values of $f$.", True),
    ("\\text{maximum } 5, \\text{ minimum } -3", "\\text{min} = -3, \\text{max} = 5", "Find the maximum and minimum values of $f$.", True),
    ("\\text{maximum } 5, \\text{ minimum } -3", "f_{\\min} = 5,\\ f_{\\max} = -3", "Find the maximum and minimum values of $f$.", False),
    ("\\text{maximum } 5, \\text{ minimum } -3", "f_{\\max} = 5,\\ f_{\\min} = -2", "Find the maximum and minimum values of $f$.", False),
    ("\\text{maximum } 5, \\text{ minimum } -3", "x_{\\max} = 5,\\ x_{\\min} = -3", "Find the maximum and minimum values of $f$.", False),
    ("5, -3", "f_{\\max} = 5,\\ g_{\\min} = -3", "Find the maximum and minimum values of $f$.", False),
    ("5, -3", "y_{max} = 5,\\ y_{min} = -3", "Find the maximum and minimum values of $f$.", True),
    # initials of the question's names against a gold sorted by value: who is 7 cannot be told
    ("7,14,18", "P = 7,\\ Q = 14,\\ R = 18",
     "Qing is twice as old as Rayna. The average age of Paolo, Qing and Rayna is 13. Determine their ages.", False),
    ("2, 5", "a = 2, b = 5", "Find two numbers whose sum is 7 and product 10.", True),
    # --- angles named in words
    # "angle $C$" in the question asks for the angle C: its label is the angle's
    ("44^{\\circ}", "\\angle C = 44^\\circ", "Compute the degree measure of angle $C$.", True),
    ("44^{\\circ}", "\\angle B = 44^\\circ", "Compute the degree measure of angle $C$.", False),
    ("44^{\\circ}", "Angle $C$ measures $44$ degrees.", "Compute the degree measure of angle $C$.", True),
    ("44^{\\circ}", "Angle $B$ measures $44$ degrees.", "Compute the degree measure of angle $C$.", False),
    # --- "either ... or", eccentricity named e
    ("7, -5", "either 7 or -5", None, True),
    ("7, -5", "\\text{either } x = 7 \\text{ or } x = -5", None, True),
    ("7, -5", "either 7 or -4", None, False),
    ("7", "either 7", None, False),  # "either" with nothing to choose from stays a word
    ("\\frac{1}{2}", "e = 0.5", "Find the eccentricity of the ellipse.", True),
    ("\\frac{1}{2}", "e = 0.6", "Find the eccentricity of the ellipse.", False),
    ("\\frac{1}{2}", "e = 0.5", "Find the slope of the line.", False),  # Euler's number elsewhere
    # --- quadrants named as ordinals or numerals; longer stop words on one side only
    ("\\text{Second quadrant}", "\\text{Quadrant II}", None, True),
    ("\\text{Second quadrant}", "\\text{the second quadrant}", None, True),
    ("\\text{Second quadrant}", "\\text{II}", "In which quadrant does the point lie?", True),
    ("\\text{Second quadrant}", "\\text{II}", None, False),  # a numeral alone names no quadrant
    ("\\text{Second quadrant}", "\\text{Quadrant III}", None, False),
    ("\\text{Second quadrant}", "\\text{not the second quadrant}", None, False),
    ("\\text{Second quadrant}", "\\text{second or third quadrant}", None, False),
    ("a, b", "A, b", None, False),  # a one-letter stop word is still a name
    # --- pieces of a symbolic union in another order (no such gold in the shared data: no harness kind)
    ("n = 6k+1 \\text{ or } n = 6k+2", "n = 6k+2 \\text{ or } n = 6k+1", None, True),
    ("n = 6k+1 \\text{ or } n = 6k+2", "n = 6k+3 \\text{ or } n = 6k+1", None, False),
    ("(-\\infty, a) \\cup (b, +\\infty)", "(b, \\infty) \\cup (-\\infty, a)", None, True),
    ("(-\\infty, a) \\cup (b, +\\infty)", "(b, \\infty) \\cup (-\\infty, a]", None, False),
    # --- residue classes as families over the integers
    ("x \\equiv 3 \\pmod{7}", "x = 7k + 3", None, True),
    ("x \\equiv 3 \\pmod{7}", "x \\equiv 10 \\pmod 7", None, True),
    ("x \\equiv 3 \\pmod{7}", "x \\equiv 3 \\ (\\bmod\\ 7)", None, True),
    ("x \\equiv 3 \\pmod{7}", "x = 3 + 7t \\text{ for some integer } t", None, True),
    ("x \\equiv 3 \\pmod{7}", "x \\equiv 4 \\pmod{7}", None, False),
    ("x \\equiv 3 \\pmod{7}", "x \\equiv 3 \\pmod{14}", None, False),
    ("x \\equiv 3 \\pmod{7}", "x = 3", None, False),
    ("x \\equiv 3 \\pmod{7}", "x = 7k + 3, k \\in \\mathbb{N}", None, False),
    ("n \\equiv 1 \\pmod{6} \\text{ or } n \\equiv 2 \\pmod{6}", "n \\equiv 2 \\pmod 6 \\text{ or } n \\equiv 1 \\pmod 6", None,
     True),
    ("x = 7k + 3, k \\in \\mathbb{Z}", "x = 7k + 10", None, True),
    ("x = 7k + 3, k \\in \\mathbb{Z}", "x = 14k + 3", None, False),
    # --- a derivative's and an inverse's names (`f'(x) =`, `f^{-1}(x) =`) label what the question asks for; y names the
    # value of the function the gold names; a solution's `y(x) =` is not read as a label
    ("\\ln x + 1", "f'(x) = 1 + \\ln x", "Find the derivative of $f(x) = x \\ln x$.", True),
    ("\\ln x + 1", "f'(x) = \\ln x", "Find the derivative of $f(x) = x \\ln x$.", False),
    ("f^{-1}(x) = \\frac{x-3}{2}", "y = \\frac{1}{2}x - \\frac{3}{2}", "Find the inverse function of $f(x)=2x+3$.", True),
    ("f^{-1}(x) = \\frac{x-3}{2}", "y = 2x + 3", "Find the inverse function of $f(x)=2x+3$.", False),
    ("f^{-1}(x) = \\frac{x-3}{2}", "g(x) = \\frac{x-3}{2}", "Find the inverse function of $f(x)=2x+3$.", False),
    # --- a named point; an inverse trigonometric value against degrees
    ("(2,0)", "F(2,0)", "The coordinates of the focus of the parabola $y^2=8x$ are ______.", True),
    ("(2,0)", "F(2,0)", "The coordinates of the focus $F$ of the parabola $y^2=8x$ are ______.", False),  # F, F_1, F_2: which is meant is not read
    ("(2,0)", "A(2,0)", "The coordinates of the focus $F$ of the parabola $y^2=8x$ are ______.", False),
    ("(2,0)", "F(0,2)", "The coordinates of the focus of the parabola $y^2=8x$ are ______.", False),
    ("63.43^{\\circ}", "\\arccos\\frac{\\sqrt{5}}{5}", "Find the angle between the vectors $(1,0)$ and $(1,2)$.", True),
    ("63.44^{\\circ}", "\\arccos\\frac{\\sqrt{5}}{5}", "Find the angle between the vectors $(1,0)$ and $(1,2)$.", False),
    ("60^\\circ", "\\arccos\\frac{1}{2}", None, True),
    ("60^\\circ", "\\arcsin\\frac{1}{2}", None, False),
    # --- options printed inline after a colon; a gold that gives its option's text after the letter
    ("C: 2\\sqrt{3}", "C", _COLON_OPTIONS, True),
    ("C: 2\\sqrt{3}", "2\\sqrt{3}", _COLON_OPTIONS, True),
    ("C: 2\\sqrt{3}", "B", _COLON_OPTIONS, False),
    ("C: 2\\sqrt{3}", "\\sqrt{3}", _COLON_OPTIONS, False),
    ("C: 2\\sqrt{3}", "C: \\sqrt{3}", _COLON_OPTIONS, False),   # the letter and the text claim two options
    ("C: 3\\sqrt{3}", "C", _COLON_OPTIONS, False),                # the gold's text is no option's: unread
    ("A", "\\text{A: } 1", _COLON_OPTIONS, True),
    ("A", "\\text{B: } \\sqrt{3}", _COLON_OPTIONS, False),
    # --- nouns that only name the kind of number ("ways", "units", "square units")
    ("48", "48 \\text{ ways}", "The number of different arrangements is ______.", True),
    ("48", "48 \\text{ ways}", "How many students are in the class?", False),
    ("96", "96 \\text{ ways}", "How many more tickets were sold on Saturday?", False),
    ("2\\sqrt{3}", "2\\sqrt{3}\\text{ units}", "What is the length of a space diagonal?", True),
    ("12", "12 \\text{ square units}", "What is the area?", True),
    ("12", "12 \\text{ thousand units}", "What is the area?", False),
    # --- a parameter's letter in a set of solutions; "for all x" restating the domain
    ("x=1 \\text{ or } x=a", "\\{a, 1\\}", "Solve $x^2-(a+1)x+a=0$ in $x$, where $a$ is a real parameter.", True),
    ("x=1 \\text{ or } x=a", "\\{a, 2\\}", "Solve $x^2-(a+1)x+a=0$ in $x$, where $a$ is a real parameter.", False),
    ("x=1 \\text{ or } x=a", "y=1 \\text{ or } y=a", None, False),
    ("x > 2a", "y > 2a", None, False),
    ("f(x)=2x", "f(x) = 2x \\text{ for all } x>0", "Find all $f:\\mathbb{R}^+\\to\\mathbb{R}^+$ with $f(f(x))+f(x)=6x$ for all $x>0$.",
     True),
    ("f(x)=2x", "f(x) = 2x \\text{ for all } x>1", "Find all $f:\\mathbb{R}^+\\to\\mathbb{R}^+$ with $f(f(x))+f(x)=6x$ for all $x>0$.",
     False),
    ("f(x)=2x", "f(x) = 2x \\text{ for all } x", None, True),
    ("f(x)=2x", "f(x) = 2y \\text{ for all } y", None, False),
    # --- a family as a set-builder set, or declared after its name's value
    ("x = k\\pi + \\frac{\\pi}{4}, k\\in\\mathbb{Z}", "\\{x\\mid x=\\frac{\\pi}{4}+k\\pi,\\ k\\in\\mathbb{Z}\\}", None, True),
    ("x = k\\pi + \\frac{\\pi}{4}, k\\in\\mathbb{Z}", "\\{x\\mid x=\\frac{\\pi}{4}+2k\\pi,\\ k\\in\\mathbb{Z}\\}", None, False),
    ("x=\\frac{\\pi}{6}+\\frac{k\\pi}{2}, k\\in\\mathbb{Z}", "x=\\frac{k\\pi}{2}+\\frac{\\pi}{6}\\ (k\\in\\mathbb{Z})", None, True),
    ("x=\\frac{\\pi}{6}+\\frac{k\\pi}{2}, k\\in\\mathbb{Z}", "x=\\frac{k\\pi}{2}+\\frac{\\pi}{3}\\ (k\\in\\mathbb{Z})", None, False),
    # --- degrees on both sides: the numbers of degrees under the rounding policy (no decimal-degree gold in the
    # shared data, so no harness kind)
    ("63.43^\\circ", "63.4^\\circ", None, True),
    ("63.47^\\circ", "63.4^\\circ", None, False),        # a truncation
    ("37.78^\\circ\\text{C}", "\\frac{340}{9}\\,^\\circ\\mathrm{C}", None, True),
    ("37.78^\\circ\\text{C}", "\\frac{341}{9}\\,^\\circ\\mathrm{C}", None, False),
    # --- a leading approximation sign: the value as written, under the rounding policy
    ("\\approx 0.507", "50.7\\%", "What is the probability that two of them share a birthday?", True),
    ("\\approx 0.507", "0.508", None, False),
    ("5.3", "\\approx 5", None, False),      # an integer states no precision
    # --- the imaginary / real part named: not read (the part's argument and the question's other parts unchecked)
    ("\\frac{3}{2}", "\\operatorname{Im} z=\\frac{3}{2}", "The imaginary part of $z=\\frac{2+i}{1-i}$ is ______.", False),
    ("\\frac{3}{2}", "\\mathrm{Im}(z) = 1.5", "The imaginary part of $z=\\frac{2+i}{1-i}$ is ______.", False),
    ("\\frac{3}{2}", "\\operatorname{Re}(z)=\\frac{3}{2}", "The imaginary part of $z=\\frac{2+i}{1-i}$ is ______.", False),
    ("\\frac{3}{2}", "\\operatorname{Im} z=\\frac{1}{2}", "The imaginary part of $z=\\frac{2+i}{1-i}$ is ______.", False),
    # --- a gold's unit written without markup, read as the unit the question states its data in
    ("9.54 m", "\\sqrt{91}\\text{ m}", _LADDER_M, True),
    ("9.54 m", "9.54", _LADDER_M, True),
    ("9.54 m", "9.54 \\text{ cm}", _LADDER_M, False),
    ("5 m", "5", "Let $m$ be a positive integer with $m + 3 = 8$; a rod is 5 m long.", False),  # m names a number
    # --- yes / no with the question's claim restated: read only when the clause is the question's own words, negated
    # once after no and never after yes, the question itself unnegated (polarity.restated_polarity; a third review had
    # found such clauses' negation and scope unreliable: "No, 1 is composite." for "Is 1 prime?" is still not read)
    ("\\text{No}", "No, 221 is not prime", "Is 221 a prime number?", True),
    ("\\text{No}", "No, 1 is composite.", "Is 1 prime?", False),
    ("\\text{No}", "No, it is not prime.", "Is it true that 5 is not prime?", False),   # a negated question
    ("\\text{No}", "No, 221 is prime", "Is 221 a prime number?", False),        # the clause contradicts its "no"
    ("\\text{Yes}", "Yes, 221 is not prime", "Is 221 a prime number?", False),
    ("\\text{No}", "Yes, 221 is prime", "Is 221 a prime number?", False),
    ("\\text{No}", "No, 221 is not even", "Is 221 a prime number?", False),     # another claim than the question's
    # the other side of the question's alternative: not read either (the pairs are not exhaustive)
    ("No", "No, it diverges.", "Does the harmonic series $\\sum 1/n$ converge?", False),
    ("Yes", "Yes, it diverges.", "Does the series $\\sum 1/n^2$ converge?", False),
    ("No", "No, it is odd.", "Is $f(x) = x^3$ an even function?", False),
    ("Yes", "Yes, it is odd.", "Is $f(x) = x^2$ an even function?", False),
    ("No", "No, it is.", "Is 50 a perfect square?", False),                 # a clause of stop words, still a claim
    ("No", "No, it is not.", "Is 50 a perfect square?", True),  # an echo of the no
    # a reason in math must hold
    ("No", "No, $50 = 7^2$.", "Is 50 a perfect square?", False),
    ("No", "No, $91 = 7 \\times 12$.", "Is 91 prime?", False),
    ("Yes", "Yes, $2^5 = 32 > 30$.", "Is $2^5 > 30$?", False),  # an inequality may point either way
    ("Yes", "Yes, 0.999... < 1.", "Is $0.999\\ldots$ equal to $1$?", False),
    # conditions in a union: on the letter asked, one letter
    ("(-\\infty, 1) \\cup (3, \\infty)", "x > 3 \\text{ or } x < 1", "Solve $|x - 2| > 1$.", True),
    ("(-\\infty, 1) \\cup (3, \\infty)", "x > 3 \\text{ or } y < 1", "Solve $|x - 2| > 1$.", False),
    ("(-\\infty, 1) \\cup (3, \\infty)", "y > 3 \\text{ or } y < 1", "Solve $|x - 2| > 1$.", False),
    # --- a number's congruence is read as its remainder only on the question's dividend and divisor (eighth session:
    # rules/remainder.py; a residue out of range is none); a letter bounded in the asking sentence is asked
    ("2", "2^{100}\\equiv 2 \\pmod 7", "Find the remainder when $2^{100}$ is divided by $7$.", True),
    ("2", "2^{100}\\equiv 2 \\pmod 7", "Find the remainder when $2^{100}$ is divided by $5$.", False),
    ("2", "2^{100}\\equiv 9 \\pmod 7", "Find the remainder when $2^{100}$ is divided by $7$.", False),
    ("\\frac{7\\pi}{6},\\frac{11\\pi}{6}", "x=\\frac{11\\pi}{6}\\text{ or }x=\\frac{7\\pi}{6}",
     "Find all $x \\in [0, 2\\pi)$ such that $\\sin x = -\\dfrac{1}{2}$.", True),
    ("\\frac{7\\pi}{6},\\frac{11\\pi}{6}", "y=\\frac{11\\pi}{6}\\text{ or }y=\\frac{7\\pi}{6}",
     "Find all $x \\in [0, 2\\pi)$ such that $\\sin x = -\\dfrac{1}{2}$.", False),
    # --- a word label against a letter: the same name when the letter is the word's conventional symbol and the
    # question has no such letter of its own (symbols.py), else unsure, never DIFFERENT; `y(x) =` names a solution
    ("\\text{Center } (2,-3), \\text{ radius } 4", "(2,-3),\\ r=4", "Find the center and the radius of the circle.", True),
    ("\\text{Center } (2,-3), \\text{ radius } 4", "(2,-3),\\ r=4", "Find the center and the radius of the circle. Let $r$ be the distance from the origin to its center.", False),
    ("\\text{radius } 4", "h=4", "Find the radius.", False),
    ("\\text{radius } 4, \\text{height } 6", "r=6, h=4", "Find the radius and the height.", False),
    ("\\text{radius } 4, \\text{height } 6", "h=6, r=4", "Find the radius and the height.", True),
    # a letter that names the question's data, when it asks for another quantity by name (symbols.names_data)
    ("4", "r = 4", "What is the area of the circle of radius $r$?", False),
    ("4", "s = 4", "A square has side length s. What is its area?", False),
    ("4", "A = 4", "What is the area of the circle of radius $r$?", True),
    ("4", "r = 4", "What is the radius $r$ of the circle?", True),
    ("4", "r = 4", "The circle $x^2 + y^2 - 4x + 6y - 3 = 0$ has what radius?", True),  # "what" before the quantity
    ("4", "h = 4", "The circle $x^2 + y^2 - 4x + 6y - 3 = 0$ has what radius?", False),
    ("y=3e^{2x}", "y(x)=3\\exp(2x)", "Solve $y' = 2y$, $y(0) = 3$.", False),
    ("y=3e^{2x}", "y(x)=3e^{2x}+1", "Solve $y' = 2y$, $y(0) = 3$.", False),
    ("6", "a(b) = 6", None, False),
    # a function the question defines is another than the one an answer writes under its name
    ("3x^2", "f(x) = 3x^2", "Let $f(x) = x^3$. Find $f'(x)$.", False),
    ("4x-3", "f(x) = 4x-3", "Let $f(x) = 2x - 1$. Find $f(f(x))$.", False),
    ("2x+1", "f(x) = 2x+1", "Given $f(x+1) = 2x + 3$, find $f(x)$.", True),
    ("10", "S_{5} = 10", "Find the sum of the first five terms, S_5.", True),  # a subscripted name the text writes
    # a letter the question does not write, ordered where it names that letter's quantity (S for "the area")
    ("(1) \\sqrt{7}\\quad (2) \\frac{3\\sqrt{3}}{2}", "c=\\sqrt{7},\\ S=\\frac{3}{2}\\sqrt{3}",
     "In $\\triangle ABC$, $a=2$, $b=3$, $C=60^\\circ$. (1) Find $c$; (2) Find the area of $\\triangle ABC$.", True),
    ("(1) \\sqrt{7}\\quad (2) \\frac{3\\sqrt{3}}{2}", "c=\\frac{3}{2}\\sqrt{3},\\ S=\\sqrt{7}",
     "In $\\triangle ABC$, $a=2$, $b=3$, $C=60^\\circ$. (1) Find $c$; (2) Find the area of $\\triangle ABC$.", False),
    # a quantity asked in a list has its conventional letter
    ("(2,-3), \\sqrt{13}", "\\text{center } (2,-3),\\ r=\\sqrt{13}", "Find the center and radius of the circle $x^2+y^2-4x+6y=0$.", True),
    ("(2,-3), \\sqrt{13}", "\\text{center } (2,-3),\\ h=\\sqrt{13}", "Find the center and radius of the circle $x^2+y^2-4x+6y=0$.", False),
    # the letter asked after an earlier ask word of the same sentence ("... values on $[2, 4]$, find $a$")
    ("2 \\text{ or } \\frac{1}{2}", "a = 2 \\text{ or } a = \\frac12", "If $f(x) = \\log_a x$ has a difference of $1$ "
     "between its maximum and minimum values on $[2, 4]$, find $a$.", True),
    ("2 \\text{ or } \\frac{1}{2}", "x = 2 \\text{ or } x = \\frac12", "If $f(x) = \\log_a x$ has a difference of $1$ "
     "between its maximum and minimum values on $[2, 4]$, find $a$.", False),
    ("f(n)=n", "f(n) = n \\text{ for all } n \\in \\mathbb{Z}^+", "Find all functions $f:\\mathbb{Z}^+\\to\\mathbb{Z}^+$ with ...", True),
    ("f(x)=x", "f(x) = x \\text{ for all } x \\in \\mathbb{Z}^+", "Find all functions $f:\\mathbb{R}\\to\\mathbb{R}$ with ...", False),
    ("\\pm 2", "x=2 \\text{ and } x=-2", "Find all real solutions of $x^4=16$.", True),  # the equation's one unknown
    ("2", "c=2", "Find all real solutions of $x^4=c$ where $c > 0$.", False),  # a parameter is no unknown
    ("\\frac{3}{8}", "P(X=2) = \\frac38", "Let $X$ be the number of heads. Find $P(X = 2)$.", True),  # the event asked
    ("\\frac{3}{8}", "P(X=1) = \\frac38", "Let $X$ be the number of heads. Find $P(X = 2)$.", False),
    ("2\\ \\Omega", "2 Ω", None, True),   # a Greek character is its command, case kept
    ("2\\ \\Omega", "2 ω", None, False),
    # a unit's plural name where the gold carries that unit; a noun of the question's story is no unit
    ("58.8\\text{ J}", "58.8 \\text{ joules}", None, True),
    ("58.8\\text{ J}", "58.8 \\text{ watts}", None, False),
    ("12 \\text{ km}", "12 sections", "They walk 3 km/h on the flat sections of the road. How far apart are the homes?", False),
    # the existential "there are" frames a text answer; a negation in it says the opposite
    ("\\text{infinitely many}", "\\text{There are infinitely many}", "How many integer solutions are there?", True),
    ("\\text{infinitely many}", "\\text{There are not infinitely many}", "How many integer solutions are there?", False),
    # textbook counting symbols where the question counts (rules/counting.py); elsewhere a name
    ("60", "A_5^3", "In how many ways can 3 of 5 students stand in a row?", True),
    ("36", "C_4^2 A_3^3", "In how many ways can the 4 books be arranged?", True),
    ("48", "2A_4^4", "How many arrangements are there?", True),
    ("10", "\\mathrm{C}_{5}^{3}", "In how many ways can 3 of 5 people be chosen?", True),
    ("60", "C_5^3", "In how many ways can 3 of 5 students stand in a row?", False),
    ("60", "A_5^3", "The sequence A has terms A_n. Find A_5 cubed.", False),
    ("60", "A_5^3", None, False),
    # a degree sign added to a bare gold: a number under 2π may count radians unless the question speaks of degrees
    ("2", "2^\\circ", "A sector has arc length 4 and radius 2. Find its central angle.", False),
    ("2", "2^\\circ", "A sector has arc length 4 and radius 2. Find the radian measure of its central angle.", False),
    ("2", "2^\\circ", None, False),
    ("5", "5^\\circ", "In triangle ABC, angle A is 85° and angle B is 90°. Find angle C.", True),
    ("30", "30^\\circ", "Find angle A.", True),
    ("2^\\circ", "2", "Find angle A.", True),  # the gold's own degrees
    # the function at the point of the one extreme asked states that extreme (labels._extreme_at)
    ("3", "f(2) = 3", "Find the minimum value of the function $f(x) = x^2 - 4x + 7$.", True),
    ("3", "g(2) = 3", "Find the minimum value of the function $f(x) = x^2 - 4x + 7$.", False),
    ("3", "f(2) = 3", "Find the maximum and minimum values of the function $f(x) = x^2 - 4x + 7$.", False),
    ("169", "S_{13} = 169", "In the arithmetic sequence $\\{a_n\\}$, $a_1 = 25$ and $S_9 = S_{17}$. Find the maximum value of $S_n$.", True),
    ("169", "a_{13} = 169", "In the arithmetic sequence $\\{a_n\\}$, $a_1 = 25$ and $S_9 = S_{17}$. Find the maximum value of $S_n$.", False),
    # `S_N` is the textbook name of "the sum of the first N terms" (symbols.names_partial_sum)
    ("210", "S_{10} = 210", "For the sequence $3, 7, 11, \\ldots$, find the sum of the first $10$ terms.", True),
    ("210", "S_{9} = 210", "For the sequence $3, 7, 11, \\ldots$, find the sum of the first $10$ terms.", False),
    ("210", "a_{10} = 210", "For the sequence $3, 7, 11, \\ldots$, find the sum of the first $10$ terms.", False),
    ("210", "S_{10} = 210", "Let $S$ be the set of primes. Find the sum of the first 10 terms.", False),
    # --- forms asked: scientific notation, a mixed number, a ratio in simplest form
    ("5.2\\times 10^{-4}", "5.2 \\cdot 10^{-4}", "Express 0.00052 in scientific notation.", True),
    ("5.2\\times 10^{-4}", "0.00052", "Express 0.00052 in scientific notation.", False),
    ("5.2\\times 10^{-4}", "52\\times 10^{-5}", "Express 0.00052 in scientific notation.", False),
    ("3\\frac{1}{2}", "3\\frac12", "Express $\\frac{7}{2}$ as a mixed number.", True),
    ("3\\frac{1}{2}", "\\frac{7}{2}", "Express $\\frac{7}{2}$ as a mixed number.", False),
    ("2:3", "12:18", "What is the ratio of boys to girls in simplest form?", False),
    ("2:3", "2:3", "What is the ratio of boys to girls in simplest form?", True),
    ("2:3", "1:1.5", "Express the ratio in its simplest form.", False),
    ("3\\frac{1}{2}", "3.5", "Express $\\frac{7}{2}$ as a mixed number.", False),
    ("\\frac{37}{73}", "0.507", "Find the probability. Express your answer as a fraction.", False),
    ("\\frac{37}{73}", "\\frac{74}{146}", "Find the probability. Express your answer as a fraction.", False),
    ("\\frac{37}{73}", "\\frac{37}{73}", "Find the probability. Express your answer as a fraction.", True),
    ("\\frac{1}{4}", "25\\%", "Express your answer as a fraction.", False),
    ("\\frac{1}{4}", "2^{-2}", "Express your answer as a common fraction.", False),
    ("2\\frac{1}{3}", "2\\frac{2}{6}", "Express your answer as a mixed number.", False),
    ("2:3", "4:6", "Simplify the ratio 8:12.", False),
    ("(1, 2)", "1 < x < 2", "Solve $x + y = 3$, $2x - y = 0$.", False),
    ("12", "12 \\text{ units}", "Find the area of the triangle.", False),
    # --- `\\mathbb R` without braces (TeX's one-token argument); the named sets of reals as intervals
    ("\\mathbb{R}", "\\mathbb R", "Find the domain.", True),
    ("x = k\\pi, k \\in \\mathbb{Z}", "x = n\\pi \\ (n\\in\\mathbb Z)", "Find all $x$ with $\\sin x = 0$.", True),
    ("x = k\\pi, k \\in \\mathbb{Z}", "x = n\\pi \\ (n\\in\\mathbb N)", "Find all $x$ with $\\sin x = 0$.", False),
    ("(0, +\\infty)", "\\mathbb{R}^+", "Find the range of $2^x$.", True),
    ("(0, +\\infty)", "\\mathbb R^+", "Find the range of $2^x$.", True),
    ("(-\\infty,0)\\cup(0,+\\infty)", "\\mathbb{R}^*", "Find the domain of $1/x$.", True),
    ("[0, +\\infty)", "\\mathbb{R}^+", "Find the range of $x^2$.", False),    # 0 is no positive real
    ("(1, +\\infty)", "\\mathbb{R}^+", "Find the range of $2^x + 1$.", False),
    ("(-\\infty,0)\\cup(0,+\\infty)", "\\mathbb{R}^+", "Find the domain of $1/x$.", False),
    ("\\mathbb{Z}", "\\mathbb Q", "Which set?", False),
    # --- a plain capital after "in" for the number set (`k \\in Z`), unless the question makes it a set of its own
    ("x = k\\pi, k \\in \\mathbb{Z}", "x=k\\pi (k\\in Z)", "Find all $x$ with $\\sin x = 0$.", True),
    ("a_n = 2n-1", "a_n=2n-1 (n\\in N^*)", "Find the general term formula of $\\{a_n\\}$.", True),
    ("x = k\\pi, k \\in \\mathbb{Z}", "x=k\\pi (k\\in N)", "Find all $x$ with $\\sin x = 0$.", False),
    ("x \\in N", "x \\in \\mathbb{N}", "Let $M=\\{1,2\\}$ and $N=\\{x \\mid x>0\\}$. Find the set.", False),
    # --- a statement's subject: the question's own numbers may name it; a value computed from the answer may not
    ("13", "The smallest prime factor of 221 is 13.", "What is the smallest prime factor of 221?", True),
    ("155", "The sum of the first 10 terms is 155.", "Find the sum of the first 10 terms.", True),
    ("7", "The square root of 49 is 7.", "What is the square root of 49?", True),
    ("155", "The sum of the first 10 terms is 155.", "Find the sum of the first 12 terms.", False),
    ("17", "3 more than the answer is 17.", "Compute 14.", False),
    ("20", "Twice the answer is 20.", "Compute 10.", False),
    ("49", "The square of the answer is 49.", "Compute 7.", False),
    # --- a name's statement with the counted noun after its number ("How many days ...?": "... in 12 days.")
    ("12", "Lena reads 35 pages a day.\n\nLena will finish the book in 12 days.", Q_DAYS, True),
    ("13", "Work.\n\nLena will finish the book in 12 days.", Q_DAYS, False),
    ("12", "Work.\n\nLena will finish the book in 12 weeks.", Q_DAYS, False),
    ("12", "Work.\n\nLena will finish the book in 12 days or less.", Q_DAYS, False),
    ("12", "Work.\n\nLena will finish half the book in 12 days.", Q_DAYS, False),
    ("12", "Work.\n\nTom will finish the book in 12 days.", Q_DAYS, False),
    # --- a letter inside a word label must be one the question asks for
    ("140", "\\text{The value is } x = 140", "What is the value of $x$?", True),
    ("140", "\\text{The value is } y = 140", "What is the value of $x$?", False),
    ("\\frac{3}{5}", "The eccentricity is e = 3/5.", "Find the eccentricity of the ellipse $\\frac{x^2}{25}+\\frac{y^2}{16}=1$.", True),
    # --- a word label's case names nothing (a letter's does)
    ("\\text{mean } 4, \\text{ median } 3", "\\text{Mean} = 4, \\text{Median} = 3", "Find the mean and the median of 7, 3, 2, 5, 3.", True),
    ("\\text{mean} = 4", "\\text{Mean} = 4", "Find the mean.", True),
    ("\\text{mean} = 4, \\text{median} = 3", "\\text{Median} = 4, \\text{Mean} = 3", "Find the mean and the median.", False),
    ("x = 4", "X = 4", "Find x.", False),
    # --- a percentage asked in so many words: a bare answer counts percents, the share is another answer
    ("60\\%", "60", "What percent of the 20 students are girls if 12 are girls?", True),
    ("0.5\\%", "0.5", "What percent of the budget is spent on paper?", True),
    ("60\\%", "0.6", "What fraction of the 20 students are girls if 12 are girls?", True),  # a share asked
    ("60\\%", "0.6", "What percent of the 20 students are girls if 12 are girls?", False),
    ("25\\%", "\\frac{1}{4}", "Express $\\frac{1}{4}$ as a percentage.", False),
    ("0.5\\%", "0.005", "What percent of the budget is spent on paper?", False),
    # --- numbered parts: `f(2)` is no part mark; a mark inside a text that goes on keeps the text for its part
    ("\\text{(1) } 3;\\ \\text{(2) } 2", "\\text{(1) } f(2)=3;\\ \\text{(2) minimum value } 2", Q_PARTS, True),
    ("\\text{(1) } 3;\\ \\text{(2) } 2", "\\text{(1) } 3;\\ \\text{(2) minimum value } 2", Q_PARTS, True),
    ("\\text{(1) } 3;\\ \\text{(2) } 2", "\\text{(1) } f(2)=2;\\ \\text{(2) } 3", Q_PARTS, False),
    ("\\text{(1) } 3;\\ \\text{(2) } 2", "\\text{(1) } 3;\\ \\text{(2) maximum value } 2", Q_PARTS, False),
    ("\\text{(1) } 3;\\ \\text{(2) } 2", "\\text{(1) } f(3)=3;\\ \\text{(2) } 2", Q_PARTS, False),
    # --- circled statement numbers: a set of statements, a sequence where the question asks to arrange them
    ("①③", "③①", Q_STATEMENTS, True),
    ("①③", "1, 3", Q_STATEMENTS, True),
    ("①③", "(1)(3)", Q_STATEMENTS, True),
    ("①\\ \\text{and}\\ ②", "②①", Q_STATEMENTS, True),
    ("②", "2", Q_STATEMENTS, True),
    ("②①③", "②①③", "Arrange the three sentences ①, ②, ③ in the order of a syllogism.", True),
    ("①③", "①②③", Q_STATEMENTS, False),
    ("②③④", "②④", Q_STATEMENTS, False),
    ("①③", "13", Q_STATEMENTS, False),
    ("②①③", "①②③", "Arrange the three sentences ①, ②, ③ in the order of a syllogism.", False),
    # --- a value, then words that only say it is the answer ("x = 2 is the only solution.")
    ("x=2", "x = 2 \\text{ is the only solution}", "Solve $2x+1=5$.", True),
    ("2", "x = 2 is the only solution.", "Solve $2x+1=5$.", True),
    ("1, 2", "x = 1, 2 are the roots", "Solve $x^2-3x+2=0$.", True),
    ("2", "x = 3 is the only solution.", "Solve $2x+1=5$.", False),
    ("2", "y = 2 is the only solution.", "Solve $2x+1=5$.", False),
    ("2", "x = 2 is not the only solution.", "Solve $2x+1=5$.", False),
    ("2", "Maybe x = 2 is the solution.", "Solve $2x+1=5$.", False),
    ("2", "x = 2 or x = 3 is the solution.", "Solve $2x+1=5$.", False),
    # --- "There are N <noun>.": the count with its noun, the noun checked against the question (there_are)
    ("12", "There are 12 ways.", Q_WAYS, True),
    ("12", "We count 3 choices for each of 4 places.\n\nTherefore, there are $12$ ways to arrange them.", Q_WAYS, True),
    ("5", "There are 5 apples left.", "How many apples are left?", True),
    ("13", "There are 12 ways.", Q_WAYS, False),
    ("12", "There are 12 apples.", Q_WAYS, False),
    ("12", "There are at least 12 ways.", Q_WAYS, False),
    ("12", "There are 12 more ways.", Q_WAYS, False),
    ("12000", "There are 12 thousand ways.", Q_WAYS, False),
    ("12", "There are 12 ways.", None, False),   # no question to check the noun against
    ("5", "There are 5 boys.", "How many girls are in the class of 12 boys?", False),
    # --- units: symbol prefixes read by pint (kPa, MHz), one unit under two names, power words, currencies
    ("1.2 \\times 10^{5} \\text{ Pa}", "120 \\text{ kPa}", "Find the pressure.", True),
    ("1.2 \\times 10^{5} \\text{ Pa}", "12 \\text{ kPa}", "Find the pressure.", False),
    ("50 \\text{ Hz}", "0.05 \\text{ kHz}", "Find the frequency.", True),
    ("37^\\circ \\text{C}", "37 \\text{ degrees Celsius}", "Find the temperature.", True),
    ("37^\\circ \\text{C}", "37 \\text{ degrees Fahrenheit}", "Find the temperature.", False),
    ("8 \\text{ m}^2", "8 \\text{ square meters}", "Find the area.", True),
    ("8 \\text{ m}^2", "8 \\text{ sq m}", "Find the area.", True),
    ("8 \\text{ m}^2", "8 \\text{ meters squared}", "Find the area.", True),
    ("8 \\text{ m}^2", "80000 \\text{ square centimeters}", "Find the area.", True),
    ("8 \\text{ m}^2", "8 \\text{ cubic meters}", "Find the area.", False),
    ("8 \\text{ m}^2", "8 \\text{ square feet}", "Find the area.", False),
    ("8 \\text{ m}^2", "8 \\text{ square}", "Find the area.", False),
    ("64", "8 \\text{ squared}", "Find the area.", False),
    ("120 \\text{ yuan}", "120", "How much does it cost?", True),
    ("120 \\text{ yuan}", "120 \\text{ dollars}", "How much does it cost?", False),
    ("120", "120 \\text{ yuan}", "The pen costs 5 dollars. How much do 24 pens cost?", False),
    ("2", "18 \\text{ cents}", "Apples cost €2 each. How much does one cost?", False),
    # --- one ± anywhere in an equation: the two equations (multi.items)
    ("y=\\pm\\frac{4}{3}x", "4x\\pm 3y=0", "Find the asymptotes of the hyperbola $\\frac{x^2}{9}-\\frac{y^2}{16}=1$.", True),
    ("x=2 \\text{ or } x=4", "x - 3 = \\pm 1", "Solve $(x-3)^2=1$.", True),
    ("y = \\pm \\frac{4}{3}x", "3x \\pm 4y = 0", "Find the asymptotes.", False),
    ("y = \\pm \\frac{4}{3}x", "4x \\pm 3y = 1", "Find the asymptotes.", False),
    ("y = \\pm \\frac{4}{3}x", "4x + 3y = 0", "Find the asymptotes.", False),
    ("x=2 \\text{ or } x=5", "x = 3 \\pm 1", "Solve.", False),
    # --- numbered roots of an equation solved ("Solve $x^2 - 4x + 1 = 0$."): a set, in any order (rules/named.py)
    ("2 \\pm \\sqrt{3}", "x_1 = 2-\\sqrt{3}, x_2 = 2+\\sqrt{3}", "Solve $x^2-4x+1=0$.", True),
    ("1, 3", "x_1=3, x_2=1", "Solve $x^2-4x+3=0$.", True),
    ("2 \\pm \\sqrt{3}", "x_1 = 2+\\sqrt{3}, x_2 = 2+\\sqrt{3}", "Solve $x^2-4x+1=0$.", False),
    ("1, 3", "x_1=3, x_2=1", "Solve the system $x_1+x_2=4$, $x_1-x_2=2$.", False),
    ("3, 1", "x_1=1, x_2=3", "Solve for $x_1, x_2$: $x_1+x_2=4$ and $x_1-x_2=2$.", False),  # two named unknowns
    ("1, 3", "x_1=3, x_2=1", "Solve $x^2 \\geq 4x-3$.", False),
    # --- a statement or label naming the other extreme than the one asked (rules/extremes.py)
    ("3", "The minimum value is 3", "Find the minimum value of $f(x)=x^2-2x+4$.", True),
    ("3", "The maximum value is 3", "Find the minimum value of $f(x)=x^2-2x+4$.", False),
    ("3", "So the maximum value is $3$.", "Find the minimum value of $f(x)=x^2-2x+4$.", False),
    ("3", "The maximum value is 3", "Find the maximum and minimum values of $f$.", True),
    ("21", "The maximum value is 21.", Q_LARGEST, True),
    ("21", "The smallest value is 21.", Q_LARGEST, False),   # "smallest" is in the data, not asked
    ("21", "\\text{Smallest value} = 21", Q_LARGEST, False),
    ("21", "\\text{Largest} = 21", Q_LARGEST, True),
    ("4", "The least value is 4.", "What is the largest $n$ such that $n$ divides 12 at least twice?", False),
    # --- an existence question answered by a yes/no restated as existence (text._existence)
    ("\\text{No}", "No, such an integer does not exist.", Q_EXISTS, True),
    ("No", "No, there is no such integer.", Q_EXISTS, True),
    ("No", "No, no such integers exist.", Q_EXISTS, True),
    ("Yes", "Yes, such a triangle exists.", "Does there exist a triangle with sides 3, 4, 5?", True),
    ("Yes", "Yes, there is such an integer.", Q_EXISTS, True),
    ("No", "Yes, such an integer exists.", Q_EXISTS, False),
    ("No", "No, such an integer exists.", Q_EXISTS, False),        # the clause says the opposite
    ("No", "No, no such integer does exist.", Q_EXISTS, False),
    ("No", "No, such a prime does not exist.", Q_EXISTS, False),   # a noun the question does not use
    ("No", "No, such a tiling does not exist.", "Is it possible to tile the board?", False),  # no existence asked
    ("No", "No, there is no such integer.", "Is there no integer $n$ with $9 \\mid n^2+n+1$?", False),  # its own no
    ("No", "No, there is no such integer, maybe.", Q_EXISTS, False),
    ("No", "No, such an integer n = 3 does not exist.", Q_EXISTS, False),
    ("\\text{No}", "No, such an integer does not exist", "Is there an integer $n$ such that $9 \\mid n^2+n+1$?", True),
    # --- names sharing a value, one chain: each name has that value (engine._spread_names)
    ("(x,y,z)=(1,1,0)", "x=y=1,\\ z=0", "Find all real triples $(x,y,z)$ with $x+y=2$ and $xy-z^2=1$.", True),
    ("(1,1,0)", "x=y=1, z=0", "Find all real triples $(x,y,z)$ with $x+y=2$ and $xy-z^2=1$.", True),
    ("(2,2,2)", "x=y=z=2", "Find all real triples $(x,y,z)$ with $x+y+z=6$ and $x=y=z$.", True),
    ("(1,0,1)", "x=z=1, y=0", "Find all real triples $(x,y,z)$.", True),
    ("x=y=1, z=0", "(x,y,z)=(1,1,0)", "Find all real triples $(x,y,z)$.", True),
    ("(x,y,z)=(1,1,0)", "x=z=1,\\ y=0", "Find all real triples $(x,y,z)$.", False),
    ("(x,y,z)=(1,1,0)", "x=y=2,\\ z=0", "Find all real triples $(x,y,z)$.", False),
    ("(1,1,0)", "x=x=1, z=0", "Find all real triples $(x,y,z)$.", False),
    ("(2,2,2)", "x=y=z=3", "Find all real triples $(x,y,z)$.", False),
    ("(1,0,1)", "x=z=1, y=0", "Find all real triples.", False),  # no order of the names to read the tuple in
    # --- a point asked: a gold (1, 2) is no interval
    ("(1,2)", "1<x<2", "Find the coordinates of the vertex of the parabola.", False),
    ("(1,2)", "1<x<2", "Find the range of $x$ for which $f(x) < 0$.", True),
    ("(1,a)", "\\{x\\mid 1<x<a\\}", "Let $a>1$. Solve the inequality $x^2-(a+1)x+a<0$.", True),
    ("(1,a)", "\\{x\\mid 1<x\\le a\\}", "Let $a>1$. Solve the inequality $x^2-(a+1)x+a<0$.", False),
    # --- conventional symbols for a quantity asked by name (rules/symbols.py); derivative and inverse labels
    ("4", "r = 4", "Find the radius of the circle $x^2+y^2-4x+6y-3=0$.", True),
    ("4", "R = 4", "What is the radius of the circumscribed circle of the square with side $2\\sqrt{2}$?", True),
    ("12", "V = 12", "A box measures 3 by 4 by 1. Then the volume of the box is ______.", True),
    ("8", "s^2 = 8", "Find the population variance of the data set 2, 4, 6, 8, 10.", True),
    ("8", "\\sigma^2 = 8", "Find the variance of the data set 2, 4, 6, 8, 10.", True),
    ("6", "S = 6", "In the right triangle $ABC$, $AC = 3$ and $BC = 4$. Find the area of the triangle.", True),
    ("\\text{center } (2,-3), \\text{ radius } 4", "(2,-3),\\ r=4", "Find the center and the radius of the circle $x^2+y^2-4x+6y-3=0$.", True),
    ("4", "r = 5", "Find the radius of the circle $x^2+y^2-4x+6y-3=0$.", False),
    ("4", "h = 4", "Find the radius of the circle $x^2+y^2-4x+6y-3=0$.", False),
    ("4", "d = 4", "Find the radius of the circle $x^2+y^2-4x+6y-3=0$.", False),
    ("4", "r = 4", "The sequence $a_n$ has common ratio $r$. Find the radius of the circle $x^2+y^2=16$.", False),
    ("4", "r = 4", "Find the ratio of the radius of the larger circle to that of $x^2+y^2=1$ when $x + y = 4$.", False),
    ("8", "s = 8", "Find the variance of the data $x_1, x_2, x_3$ with mean $\\bar{x}$.", False),
    ("\\text{center } (2,-3), \\text{ radius } 4", "(2,-3),\\ d=4", "Find the center and the radius of the circle $x^2+y^2-4x+6y-3=0$.", False),
    ("\\ln x+1", "f'(x)=1+\\ln x", "Find the derivative of $f(x)=x\\ln x$.", True),
    ("\\ln x+1", "y'=1+\\ln x", "Find the derivative of $y=x\\ln x$.", True),
    ("f^{-1}(x)=\\frac{x-3}{2}", "y=\\frac{1}{2}x-\\frac{3}{2}", "Find the inverse function of $f(x)=2x+3$.", True),
    ("\\frac{x-3}{2}", "f^{-1}(x)=\\frac{x-3}{2}", "Find the inverse function of $f(x)=2x+3$.", True),
    ("\\ln x+1", "f'(x)=1-\\ln x", "Find the derivative of $f(x)=x\\ln x$.", False),
    ("\\ln x+1", "f''(x)=1+\\ln x", "Find the derivative of $f(x)=x\\ln x$.", False),
    ("\\ln x+1", "y'=1+\\ln x", "Find the second derivative of $y=x\\ln x$.", False),
    ("\\ln x+1", "z'=1+\\ln x", "Find the derivative of $y=x\\ln x$.", False),
    ("x^2+1", "f'(x)=x^2+1", "Given $f(0)=1$ and $f'(x)=2x$, find $f(x)$.", False),
    ("f^{-1}(x)=\\frac{x-3}{2}", "y=\\frac{1}{2}x+\\frac{3}{2}", "Find the inverse function of $f(x)=2x+3$.", False),
    ("f^{-1}(x)=\\frac{x-3}{2}", "y=\\frac{1}{2}x-\\frac{3}{2}", "Find the inverse function of $f(x)=2x+3$ where $y > 0$.", False),
    ("\\frac{x-3}{2}", "f^{-1}(x)=\\frac{x-3}{2}", "Find $g(x)$ where $f(x)=2x+3$ and $g = f - 1$.", False),
    ("3", "f'(1)=3", "Find $f'(2)$ for $f(x)=x^2-x$.", False),
    # --- a count stated with the question's counted words, whatever the subject (extract_sentence.counted_statement)
    ("24", "360 has 24 positive divisors.", "How many positive divisors does 360 have?", True),
    ("24", "Thus 360 has 24 positive divisors.", "How many positive divisors does 360 have?", True),
    ("28", "A total of 28 games are played.", "Each pair of the 8 teams plays once. How many games are played?", True),
    ("35", "A decagon has 35 diagonals.", "How many diagonals does a convex decagon have?", True),
    ("24", "360 has 25 positive divisors.", "How many positive divisors does 360 have?", False),
    ("24", "360 has 24 prime divisors.", "How many positive divisors does 360 have?", False),
    ("24", "360 has 24 divisors.", "How many positive divisors does 360 have?", False),  # a word of the ask dropped
    ("24", "360 has at least 24 positive divisors.", "How many positive divisors does 360 have?", False),
    ("24", "720 has 24 positive divisors.", "How many positive divisors does 360 have?", False),
    ("24", "360 has 24 positive divisors and 6 prime ones.", "How many positive divisors does 360 have?", False),
    ("24", "360 does not have 24 positive divisors.", "How many positive divisors does 360 have?", False),
    ("28", "A total of 28 games are not played.", "Each pair of the 8 teams plays once. How many games are played?", False),
    ("28", "A total of 28 thousand games are played.", "Each pair of the 8 teams plays once. How many games are played?", False),
    ("35", "A nonagon has 35 diagonals.", "How many diagonals does a convex decagon have?", False),
    ("35", "A decagon has 35 more diagonals.", "How many diagonals does a convex decagon have?", False),
    ("35", "A decagon has 35 diagonals.", None, False),
    # --- an extreme stated with where it is reached (extract_sentence._without_where)
    ("4", "The minimum value is 4, attained at $x=2$.", "For $x>0$, find the minimum value of $x+\\frac{4}{x}$.", True),
    ("4", "The minimum value is $4$, which is attained when $x = 2$.", "For $x>0$, find the minimum value of $x+\\frac{4}{x}$.", True),
    ("25", "The maximum area is 25, achieved by a 5 by 5 square.", "A rectangle has a perimeter of 20. What is the maximum possible area of the rectangle?", True),
    ("4", "The maximum value is 4, attained at $x=2$.", "For $x>0$, find the minimum value of $x+\\frac{4}{x}$.", False),
    ("4", "The minimum value is 4, attained at $x=2$, or maybe 5.", "For $x>0$, find the minimum value of $x+\\frac{4}{x}$.", False),
    ("4", "The value is 4, attained at $x=2$.", "For $x>0$, find the minimum value of $x+\\frac{4}{x}$.", False),
    ("2", "The minimum value is 4, attained at $x=2$.", "For $x>0$, find the $x$ at which $x+\\frac{4}{x}$ attains its minimum.", False),
    # --- a bare unit symbol with its power, in the unit the question asks for (engine._bare_unit)
    ("300", "300 m^2", "A garden measures 20 m by 15 m. What is its area in square meters?", True),
    ("300", "300 m^{2}", "A garden measures 20 m by 15 m. What is its area in square meters?", True),
    ("300", "300 cm^2", "A garden measures 20 m by 15 m. What is its area in square meters?", False),
    ("300", "300 m^3", "A garden measures 20 m by 15 m. What is its area in square meters?", False),
    ("300", "300 m^2", "A garden measures 20 m by 15 m. What is its area?", False),  # no unit asked: m may be a letter
    ("1250", "1,250 m", "How far apart are the towns, in meters?", True),  # thousands grouped before the unit
    ("1250.5", "1,250.5 m", "How far apart are the towns, in meters?", True),
    ("1250", "1,250 km", "How far apart are the towns, in meters?", False),
    ("1250", "12,50 m", "How far apart are the towns, in meters?", False),  # no grouping: a list or a decimal comma
    ("1250", "1,250 m", "How far apart are the towns?", False),  # no unit asked: m may be a letter
    ("100", "100 pc", "How far away is the star, in parsecs?", True),  # a plural unit name asked
    ("100", "100 kpc", "How far away is the star, in parsecs?", False),
    ("300000000", "3 \\times 10^8 m/s", "What is the speed of light in meters/second?", True),
    ("300000000", "3 \\times 10^9 m/s", "What is the speed of light in meters/second?", False),
    ("300000000", "3 \\times 10^8 km/s", "What is the speed of light in meters/second?", False),
    # --- the solutions of one letter written with ± in a list (multi.items)
    ("x=\\pm7, x=\\pm3", "\\{-7,-3,3,7\\}", None, True),
    ("-7,-3,3,7", "x = \\pm 7, x = \\pm 3", None, True),
    ("x=\\pm7, x=\\pm3", "\\{-7,3,7\\}", None, False),
    ("x=\\pm7, y=\\pm3", "\\{-7,-3,3,7\\}", None, False),  # two letters: which value is whose is lost
    # --- a compound unit asked with its second unit's power (units.asked_units)
    ("0.006", "0.006\\ \\text{m/s}^2", "Give your answer in meters per second squared.", True),
    ("0.006", "0.006 \\text{ m/s}", "Give your answer in meters per second squared.", False),
    ("9.8", "9.8 \\text{ m/s}", "What is the acceleration in m/s^2?", False),
    # --- a gold that gives its option's text, the question showing no options (choice._told_option)
    ("A: -37", "-37", None, True),
    ("C: \\sqrt{2}", "\\frac{2}{\\sqrt{2}}", "Find the minimum of $|PQ|$.", True),
    ("A: -37", "A", None, True),
    ("A: -37", "B", None, False),
    ("A: -37", "-36", None, False),
    ("A: -37", "B: -37", None, False),
    ("C: 1 line", "The required value is B: 1 line.", "Find the number of lines.", False),  # another option named
    # --- a worked answer commits to its last implied step (engine._implied)
    ("-\\frac{1}{5}", "-5A = 1 \\Rightarrow A = -\\frac{1}{5}", "Find $A$.", True),
    ("3", "2x = 6 \\implies x = 3", "Solve $2x = 6$ for $x$.", True),
    ("3", "x = 3 \\implies 2x = 6", "Solve $2x = 6$ for $x$.", False),  # the gold is a step
    ("\\pm 2", "x^2 = 4 \\Rightarrow x = 2", "Solve $x^2 = 4$.", False),
    ("3", "x = 4 \\Leftarrow x = 3", "Find $x$.", False),  # the arrow points back: not read
    # --- how a function is monotone: an adverb only says how (rules/text.py)
    ("\\text{decreasing}", "monotonically decreasing", "Is $f(x)=\\frac{1}{x}$ increasing or decreasing on $(0,+\\infty)$?", True),
    ("\\text{increasing}", "The sequence is strictly increasing.", "Is the sequence $a_n=\\frac{n}{n+1}$ increasing or decreasing?", True),
    ("\\text{decreasing}", "monotonically increasing", "Is $f(x)=\\frac{1}{x}$ increasing or decreasing on $(0,+\\infty)$?", False),
    ("\\text{increasing}", "not monotonically increasing", "Is the sequence increasing or decreasing?", False),
    ("\\text{increasing}", "eventually increasing", "Is the sequence increasing or decreasing?", False),
    # --- K for an integration constant, when the question has no K of its own
    ("\\sin x+C", "\\sin x + K", "Find $\\int\\cos x\\,dx$.", True),
    ("\\sin x+C", "\\sin x + K", "Let $K=2$. Find $\\int\\cos x\\,dx$.", False),
    ("\\sin x+C", "\\cos x + K", "Find $\\int\\cos x\\,dx$.", False),
    ("\\frac{\\pi}{4} + \\pi k", "\\frac{\\pi}{4} + \\pi K", "Solve $\\tan x = 1$.", False),  # K names no integers
    # --- the question's own asked span equated to a value; a subject of math kept as the equation's left side
    ("120", "So $\\dbinom{10}{3}$ equals $120$.", "Compute $\\dbinom{10}{3}$.", True),
    ("120", "$\\binom{10}{3}$ is $120$.", "Compute $\\dbinom{10}{3}$.", True),
    ("120", "So $\\dbinom{10}{3}$ equals $121$.", "Compute $\\dbinom{10}{3}$.", False),
    ("120", "So $\\dbinom{10}{4}$ equals $120$.", "Compute $\\dbinom{10}{3}$.", False),
    ("120", "I guess $\\dbinom{10}{3}$ equals $120$.", "Compute $\\dbinom{10}{3}$.", False),
    ("10", "So $f(2)$ equals $10$.", "Given $f(2)=5$ and $g(x)=2x$, find $g(f(2))$.", False),
    ("113", "So $ABC$ equals $113$.", "Let $ABC$ be a triangle with $AB=5$. $AP$ is $\\frac{m}{n}$ in lowest terms. Find $m + n$.", False),
    ("113", "So $\\frac{m}{n}$ equals $113$.", "Let $ABC$ be a triangle with $AB=5$. $AP$ is $\\frac{m}{n}$ in lowest terms. Find $m + n$.", False),
    ("104", "So $ABCD$ equals $104$.", "Let $ABCD$ be a tetrahedron with volume $\\frac{m}{n}$. Find $m+n$.", False),
    ("-1", "So $a_n$ equals $-1$.", "A sequence $(a_n)$ has $a_{i+1} = \\frac{1}{1-a_i}$. If $a_3 = a_1$, compute $(a_9)^9$.", False),
    ("10", "AB = 10", "Find the length of AB.", True),
    # --- a name's value that is a relation itself; a figure's quantity by its symbol
    ("a < \\dfrac{3}{2}", "The range of the real number $a$ is $a < \\frac{3}{2}$.", "If $|2x-1|+|x+1| > a$ for all real $x$, find the range of the real number $a$.", True),
    ("a < \\dfrac{3}{2}", "The range of the real number $a$ is $b < \\frac{3}{2}$.", "If $|2x-1|+|x+1| > a$ for all real $x$, find the range of the real number $a$.", False),
    ("a < \\dfrac{3}{2}", "The range of the real number $a$ is $a \\le \\frac{3}{2}$.", "If $|2x-1|+|x+1| > a$ for all real $x$, find the range of the real number $a$.", False),
    ("6", "S_{\\triangle ABC} = 6", "In $\\triangle ABC$, $a = 3$, $b = 4$ and $C = 90^\\circ$. Find the area of $\\triangle ABC$.", True),
    ("6", "S_{\\triangle ABD} = 6", "In $\\triangle ABC$, $a = 3$, $b = 4$ and $C = 90^\\circ$. Find the area of $\\triangle ABC$.", False),
    ("6", "V_{\\triangle ABC} = 6", "In $\\triangle ABC$, $a = 3$, $b = 4$ and $C = 90^\\circ$. Find the area of $\\triangle ABC$.", False),
    # --- an extreme as a subscript of the question's function (or y)
    ("2", "f(x)_{\\max}=2", "Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.", True),
    ("2", "y_{\\max}=2", "Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.", True),
    ("2", "f_{\\min}=2", "Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.", False),
    ("2", "g_{\\max}=2", "Find the maximum value of the function $f(x)=\\sin x+\\sqrt{3}\\cos x$.", False),
    ("2", "f_{\\max}=2", "Find the value of $f(1)$ for $f(x)=2x$.", False),
    # --- a point placed in a quadrant, its subject the question's words or its named point
    ("Second quadrant", "The point corresponding to $z$ lies in the second quadrant.", Q_QUADRANT, True),
    ("Second quadrant", "$z$ is located in the second quadrant.", Q_QUADRANT, True),
    ("Second quadrant", "The point corresponding to $z$ lies in the third quadrant.", Q_QUADRANT, False),
    ("Second quadrant", "The point does not lie in the second quadrant.", Q_QUADRANT, False),
    ("Second quadrant", "The point of $x$ lies in the second quadrant.", Q_QUADRANT, False),
    ("Second quadrant", "The midpoint lies in the second quadrant.", Q_QUADRANT, False),
    # --- "Possible" / "Impossible" answering "Can ...?"; a complement pair's other word negated
    ("No", "\\text{Impossible}", Q_TILED, True),
    ("No", "not possible", Q_TILED, True),
    ("Yes", "possible", "Is it possible to tile the board with dominoes?", True),
    ("No", "possible", Q_TILED, False),
    ("No", "\\text{Impossible}", "Is 221 a prime number?", False),  # not a question of possibility
    ("No", "\\text{Impossible}", "Can't the board be tiled by dominoes?", False),
    ("\\text{Irrational}", "\\text{not rational}", "Determine whether $\\sqrt{2}+\\sqrt{3}$ is rational or irrational.", True),
    ("\\text{divergent}", "not convergent", "Does the series $\\sum 1/n$ converge or diverge?", True),
    ("\\text{Irrational}", "not irrational", "Determine whether $\\sqrt{2}+\\sqrt{3}$ is rational or irrational.", False),
    ("\\text{even}", "not odd", "Is the function $x^2 + 1$ odd, even, or neither?", False),  # neither lies between
    # --- a count followed by another predicate than the question's: other things counted
    ("8", "So 8 balls are red.", "A bag has 20 red and blue balls, 4 more red than blue. How many balls are blue?", False),
    ("8", "Answer: 8 balls are red.", "A bag has 20 red and blue balls, 4 more red than blue. How many balls are blue?", False),
    ("8", "So 8 balls are blue.", "A bag has 20 red and blue balls, 4 more red than blue. How many balls are blue?", True),
    ("8", "So the result is 8 balls.", "A bag has 20 red and blue balls, 4 more red than blue. How many balls are blue?", True),
    # --- a closing display block after a finished sentence: its `or` between values is no hedge
    ("1, -\\frac{1}{2}", "Work.\n$(2q + 1)(q - 1) = 0$, hence $q = -\\frac12$ or $q = 1$.\n$$q = -\\tfrac{1}{2} \\ \\text{or}\\ q = 1$$", "Find the common ratio $q$.", True),
    ("3, 5, 7", "Work.\nSo $x = 3$, $x = 7$, or $x = 5$.\n$$x \\in \\{3, 5, 7\\}$$", "Solve for $x$.", True),
    ("3, 5, 7", "Work.\nThis might be wrong.\n$$x \\in \\{3, 5, 7\\}$$", "Solve for $x$.", False),
    ("3, 5, 7", "Work.\nMaybe it is\n$$x \\in \\{3, 5, 7\\}$$", "Solve for $x$.", False),
    # --- one inline span alone on the last line; "approximately" before a decimal; a name's statement with `$7$`
    ("45^\\circ", "Work.\nThe angle satisfies $\\tan\\theta = 1$.\n$\\theta = 45^\\circ$", Q_INCLINE, True),
    ("45^\\circ", "Work.\nThe angle satisfies $\\tan\\theta = 1$.\n$\\theta = 135^\\circ$", Q_INCLINE, False),
    ("45^\\circ", "Work.\n$\\beta = 45^\\circ$", Q_INCLINE, False),  # not the inclination's usual letters
    ("5", "$x = 4$\n$= 5$", "Find $x$ if $2x + 3 = 13$.", False),  # a chain of math lines
    ("4\\pi", "Work.\n\\[ T = \\frac{2\\pi}{1/2} = 4\\pi \\]", "Find the period of $f(x)=\\sin(\\frac{x}{2})$. Express your answer in radians.", True),
    ("21.95\\%", "The answer is approximately $21.95\\%$.", "x is what % less than w?", True),
    ("21.95\\%", "The answer is approximately $22\\%$.", "x is what % less than w?", False),
    ("18", "The answer is about 18.", "How many?", False),  # vague: an integer states no rounding
    ("7", "Work.\nHillary has $7$ nickels.", Q_COINS, True),
    ("7", "Work.\nHillary has $7$ dimes.", Q_COINS, False),
    ("7", "Work.\nHillary has $8$ nickels.", Q_COINS, False),
    ("0.15", "Work.\nSo $\\frac{3}{20}$ written as a decimal is $0.15$.", "Write $\\frac{3}{20}$ as a decimal.", True),
    ("0.15", "Work.\nSo $\\frac{3}{20}$ written as a decimal is $0.16$.", "Write $\\frac{3}{20}$ as a decimal.", False),
    ("5<r<8", "Work.\nTherefore the radius must satisfy $5 < r < 8$.", "A is 5 from the center and B is 8. Find the range of the radius $r$.", True),
    ("5<r<8", "Work.\nTherefore the radius must satisfy $5 < r \\le 8$.", "A is 5 from the center and B is 8. Find the range of the radius $r$.", False),
    # --- eighth session
    # options printed inline with a full stop, cn_k12 style (choice._dot_run): a run of three or more from A
    ("C", "7", "The sum of the roots of $x^2 - 7x + 3 = 0$ is ( ) A. $-7$  B. $3$  C. $7$  D. $-3$", True),
    ("C", "c = 7", "The sum of the roots of $x^2 - 7x + 3 = 0$ is ( ) A. $-7$  B. $3$  C. $7$  D. $-3$", False),  # (the
    # option's value is read with the question: a letter it does not ask for names another quantity)
    ("A", "q = 2", "In the geometric sequence $\\{a_n\\}$, $a_2 = 2$ and $a_5 = 16$. The common ratio is ( ) A. 2  B. $-2$  C. 4  D. 8", True),
    ("C", "3", "The sum of the roots of $x^2 - 7x + 3 = 0$ is ( ) A. $-7$  B. $3$  C. $7$  D. $-3$", False),
    ("C", "B", "The sum of the roots of $x^2 - 7x + 3 = 0$ is ( ) A. $-7$  B. $3$  C. $7$  D. $-3$", False),
    ("B", "7", "Point A. Then point B. Which is 7?", False),  # (a lone "A." in prose offers no options)
    # temperatures: "in degrees Fahrenheit" asks the scale, whose degree sign is no angle (units.asked_units)
    ("59^\\circ \\text{F}", "59", "A room is at $15^\\circ$C. What is its temperature in degrees Fahrenheit?", True),
    ("59", "59 °F", "A room is at $15^\\circ$C. What is its temperature in degrees Fahrenheit?", True),
    ("59", "59^\\circ\\text{F}", "A room is at $15^\\circ$C. What is its temperature in degrees Fahrenheit?", True),
    ("59", "59^\\circ\\text{C}", "A room is at $15^\\circ$C. What is its temperature in degrees Fahrenheit?", False),
    ("59", "15 °C", "A room is at $15^\\circ$C. What is its temperature in degrees Fahrenheit?", False),
    ("59", "58^\\circ\\text{F}", "A room is at $15^\\circ$C. What is its temperature in degrees Fahrenheit?", False),
    ("-10", "-10°C", "Convert $14^\\circ$F to degrees Celsius.", True),
    ("-10", "10°C", "Convert $14^\\circ$F to degrees Celsius.", False),
    ("-10", "263.15 K", "Convert $14^\\circ$F to degrees Celsius.", False),
    # a function at numbers only is the value asked (labels._asked_expression): never another argument
    ("10", "g(g(1))=10", "Let $g(x) = 3x + 1$. Find $g(g(1))$.", True),
    ("10", "g(g(2))=10", "Let $g(x) = 3x + 1$. Find $g(g(1))$.", False),
    ("10", "g(g(1))=13", "Let $g(x) = 3x + 1$. Find $g(g(1))$.", False),
    # a yes/no answered with the claim's predicate, negated at most once (polarity.predicate_polarity)
    ("\\text{Yes}", "converges", "Does the series $\\sum_{k=1}^\\infty \\frac{1}{k^3}$ converge?", True),
    ("\\text{No}", "does not converge", "Does the series $\\sum_{k=1}^\\infty \\frac{1}{k}$ converge?", True),
    ("\\text{No}", "converges", "Does the series $\\sum_{k=1}^\\infty \\frac{1}{k}$ converge?", False),
    ("\\text{Yes}", "converges", "Does the series $S$ converge absolutely?", False),  # (part of the predicate)
    ("Yes", "prime", "Is $101$ prime or composite?", False),  # (alternatives: no yes/no question)
    ("No", "not prime", "Is 91 prime?", True),
    ("No", "prime", "Is 91 prime?", False),
    # a set of real x written with its domain (parser._set): the reals only
    ("(-3,3)", "\\{x\\in\\mathbb{R} : |x|<3\\}", "Solve $x^2 < 9$.", True),
    ("(-3,3)", "\\{x\\in\\mathbb{R} \\mid |x|\\le 3\\}", "Solve $x^2 < 9$.", False),
    ("(-3,3)", "\\{x\\in\\mathbb{Z} \\mid |x|<3\\}", "Solve $x^2 < 9$.", False),
    # the function itself asked, its values at numbers the data (functions.function_label_off)
    ("2x+3", "q(x)=3+2x", "Find the linear function $q(x)$ with $q(0)=3$ and $q(1)=5$.", True),
    ("2x+3", "q(x)=3+3x", "Find the linear function $q(x)$ with $q(0)=3$ and $q(1)=5$.", False),
    ("5", "q(x)=5", "Let $q(x)=2x+3$. Find $q(1)$.", False),
    # part marks in letters, one scheme, in order (engine._numbered_parts)
    ("\\text{(a) } 12;\\ \\text{(b) } -1", "12, -1", None, True),
    ("\\text{(a) } 12;\\ \\text{(b) } -1", "-1, 12", None, False),
    ("(a) 12; (II) -1", "12, -1", None, False),
    # a point written with its name (alternatives._named_point)
    ("(4, -1)", "P(4, -1)", "Find the midpoint of the segment from $(1, 2)$ to $(7, -4)$.", True),
    ("(4, -1)", "P(4, 1)", "Find the midpoint of the segment from $(1, 2)$ to $(7, -4)$.", False),
    ("(5, 2)", "C(5, 2)", "In how many ways can we choose 2 books from 5?", False),
    ("(1, 2)", "M(1, 2)", "Let $M(t) = (t, 2t)$. Find the point at $t = 1$.", False),
    # a remainder stated as a true congruence on the question's dividend and divisor (rules/remainder.py)
    ("5", "3^{5} \\equiv 5 \\pmod{7}", "What is the remainder when $3^{5}$ is divided by $7$?", True),
    ("5", "3^{5} \\equiv 5 \\ (\\text{mod}\\ 7)", "What is the remainder when $3^{5}$ is divided by $7$?", True),
    ("5", "3^{5} \\equiv 12 \\pmod{7}", "What is the remainder when $3^{5}$ is divided by $7$?", False),
    ("5", "3^{6} \\equiv 5 \\pmod{7}", "What is the remainder when $3^{5}$ is divided by $7$?", False),
    ("5", "3^{5} \\equiv 5 \\pmod{9}", "What is the remainder when $3^{5}$ is divided by $7$?", False),
    ("5", "3^{5} \\equiv 4 \\pmod{7}", "What is the remainder when $3^{5}$ is divided by $7$?", False),
    ("2", "3^{5} \\equiv 2 \\pmod{7}", "What is the remainder when $3^{5}$ is divided by $7$?", False),  # (false)
    ("5", "3^{5} \\equiv 5 \\pmod{7}", "Let $r$ be the remainder when $3^{5}$ is divided by $7$. Find $r^2$.", False),
    ("1", "3^{20} \\equiv 1 \\pmod{10}", "Find $3^{20} \\bmod 10$.", True),
    # the complement asked in words, labelled `A^c` or `\\complement_U A` (labels._complement_asked)
    ("\\{2, 5\\}", "A^c = \\{2, 5\\}", "Let $U = \\{1, 2, 3, 4, 5\\}$, $A = \\{1, 3, 4\\}$. Find the complement of $A$ in $U$.", True),
    ("\\{2, 5\\}", "\\complement_U A = \\{2, 5\\}", "Let $U = \\{1, 2, 3, 4, 5\\}$, $A = \\{1, 3, 4\\}$. Find the complement of $A$ in $U$.", True),
    ("\\{2, 5\\}", "B^c = \\{2, 5\\}", "Let $U = \\{1, 2, 3, 4, 5\\}$, $A = \\{1, 3, 4\\}$. Find the complement of $A$ in $U$.", False),
    ("\\{2, 5\\}", "A^c = \\{2, 4\\}", "Let $U = \\{1, 2, 3, 4, 5\\}$, $A = \\{1, 3, 4\\}$. Find the complement of $A$ in $U$.", False),
    # read from p32 / p33: a zero is a value of f's variable; ± points in an "or" union; "the first $n$ terms" counts
    ("\\{-2, 4\\}", "x = -2 \\text{ and } x = 4", "Find the zeros of $g(x) = x^2 - 2x - 8$.", True),
    ("\\{-2, 4\\}", "x = -2 \\text{ and } x = 5", "Find the zeros of $g(x) = x^2 - 2x - 8$.", False),
    ("\\{-2, 4\\}", "t = -2, t = 4", "Find the zeros of $g(x) = x^2 - 2x - 8$.", False),
    ("x = 1 \\text{ or } x = \\pm 3", "\\{-3, 1, 3\\}", "Solve $(x-1)(x^2-9) = 0$.", True),
    ("x = 1 \\text{ or } x = \\pm 3", "\\{1, 3\\}", "Solve $(x-1)(x^2-9) = 0$.", False),
    ("-3,-1,1,3", "x = \\pm 1, \\pm 3", "Solve $x^4 - 10x^2 + 9 = 0$.", True),
    ("-3,-1,1,3", "x = \\pm 1, \\pm 2", "Solve $x^4 - 10x^2 + 9 = 0$.", False),
    ("\\frac{2n}{n+1}", "S_n = 2 - \\frac{2}{n+1}", "Find the sum of the first $n$ terms of $a_n = \\frac{2}{n(n+1)}$.", True),
    ("\\frac{2n}{n+1}", "T_n = 2 - \\frac{2}{n+1}", "Find the sum of the first $n$ terms of $a_n = \\frac{2}{n(n+1)}$.", False),
    ("10:05 PM", "22{:}05", "A show starts at 8:20 PM and lasts 105 minutes. When does it end?", True),
    ("10:05 PM", "22{:}15", "A show starts at 8:20 PM and lasts 105 minutes. When does it end?", False),
    # options after "Then"; a closing "Answer yes or no." asks nothing itself (context.last_sentence)
    ("B", "y < x < z", "Let $x = 2^{0.3}$, $y = 0.3^2$, $z = \\log_{0.3} 2$. Then A. $z<y<x$ B. $y<x<z$ C. $x<z<y$ D. $y<z<x$", True),
    ("B", "z < y < x", "Let $x = 2^{0.3}$, $y = 0.3^2$, $z = \\log_{0.3} 2$. Then A. $z<y<x$ B. $y<x<z$ C. $x<z<y$ D. $y<z<x$", False),
    ("No", "\\text{Impossible}", "Can a $5 \\times 5$ board be tiled by $1 \\times 2$ dominoes? Answer yes or no.", True),
    ("No", "\\text{Possible}", "Can a $5 \\times 5$ board be tiled by $1 \\times 2$ dominoes? Answer yes or no.", False),
    # λ names eigenvalues (symbols._SYMBOLS)
    ("2, 4", "\\lambda = 4, 2", "Find the eigenvalues of $\\begin{pmatrix}3&1\\\\1&3\\end{pmatrix}$.", True),
    ("2, 4", "\\lambda = 4, 3", "Find the eigenvalues of $\\begin{pmatrix}3&1\\\\1&3\\end{pmatrix}$.", False),
    # a form verb asks for the compound after it (asked._ASK_STRICT): `Q = A` restates it, the form judged on A
    ("x^2 + 4x - 12", "(x+6)(x-2) = x^2 + 4x - 12", "Expand $(x+6)(x-2)$.", True),
    ("x^2 + 4x - 12", "(x+6)(x-2) = x^2 + 4x + 12", "Expand $(x+6)(x-2)$.", False),
    ("x^2 + 4x - 12", "(x+6)(x-2) = (x-2)(x+6)", "Expand $(x+6)(x-2)$.", False),
    ("(x-4)(x+4)", "x^2 - 16 = (x-4)(x+4)", "Factor $x^2 - 16$.", True),
    ("(x-4)(x+4)", "x^2 - 16 = x^2 - 16", "Factor $x^2 - 16$.", False),
    # (only in the asking sentence: here the simplified value is a step, A+B+C+D the answer)
    ("13", "So $\\frac{1+\\sqrt{2}}{2+\\sqrt{3}}$ equals $13$.", "Simplify $\\frac{1+\\sqrt{2}}{2+\\sqrt{3}}$. Your "
     "solution can be converted to the form $A(1+\\sqrt{B})-(\\sqrt{C}+\\sqrt{D})$, where $A$, $B$, $C$, and $D$ are "
     "positive integers. What is $A+B+C+D$?", False),
]


def test_an_empty_list_has_no_items():
    from verigrade.rules.ast import List
    from verigrade.rules.multi import items

    assert items(List([], [])) == []


@pytest.mark.parametrize("gold,answer,question,want", VERDICTS)
def test_verdict(gold, answer, question, want):
    assert verdict(gold, answer, question).correct is want


def test_plain_number_fast_path_is_the_full_normaliser():
    """normalize() returns a plain number as it is without running the patterns: that must be what they return."""
    import random

    from verigrade.rules.normalize import _normalize, normalize

    rng = random.Random(7)
    texts = ["0", "-0", "0.0", "10", "1000", "2024", "-3.75", "0.5", "1000000000000"]
    for _ in range(2000):
        t = rng.choice(["", "-"]) + str(rng.randint(0, 10 ** rng.randint(1, 14)))
        if rng.random() < 0.5:
            t += "." + str(rng.randint(0, 10 ** rng.randint(1, 8))).zfill(rng.randint(1, 6))
        texts.append(t)
    for t in texts:
        assert normalize(t) == _normalize(t) == t, t
    # not plain: the full path runs (and may change them)
    assert normalize("1,000") == _normalize("1,000") and normalize(".5") == _normalize(".5")


def test_form_prefilter_misses_no_form():
    """asked_form() scans for its hint words first: every phrase a form pattern reads must hold one of them."""
    from verigrade.rules import form

    phrases = ["Express in scientific notation.", "Write as a mixed number.", "Find the prime factorization of 84.",
               "Write 84 as a product of its primes.", "Factor completely: x^2-1", "completely factor x^2-1",
               "Expand (x+1)^2", "Give the expanded form", "Multiply out", "in simplest radical form",
               "Rationalize the denominator", "in lowest terms", "as a common fraction", "in simplest form",
               "as a reduced fraction", "as a fraction", "in fractional form", "Simplify the ratio 8:12",
               "in factored form", "Factor each", "Factor over the reals", "Factor: x^2-4", "Find x."]
    for p in phrases:
        assert form.asked_form(p) == next((n for n, pat in form._FORMS if pat.search(p)), None), p


def test_rule_results_are_cached_per_verifier_and_bounded(monkeypatch):
    """A GRPO group repeats its (gold, answer) pairs: the rules run once per distinct pair, and the cache stays
    within its bound."""
    import verigrade.pipeline as pipeline

    calls = []
    real = pipeline.check
    monkeypatch.setattr(pipeline, "check", lambda *a, **k: calls.append(a[:2]) or real(*a, **k))
    monkeypatch.setattr(pipeline, "_RULE_CACHE_SIZE", 3)
    v = Verifier(mode="rule")
    first = [v.verify("\\frac12", f"so the answer is \\boxed{{{x}}}") for x in ("0.5", "0.5", "1/2", "0.5")]
    assert [d.correct for d in first] == [True] * 4 and len(calls) == 2
    for n in range(10):
        v.verify("7", f"\\boxed{{{n}}}")
    assert len(v._rule_cache) <= 3
    assert not Verifier(mode="rule").verify("\\frac12", "\\boxed{0.6}").correct  # (another verifier: its own cache)
