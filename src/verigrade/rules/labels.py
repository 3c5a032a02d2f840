"""Labels and qualifiers around an answer: `x = 3`, `f(x) = 2x`, `\\text{Paolo}: 18`, `AB = 5`, `x = 2 for some
integer k`. Which labels name the same answer, which may be dropped, and which make two answers different."""
from __future__ import annotations

import re

from .asked import _Q_MATH, asked_expressions, asked_terms, canonical_name, mentioned_names
from .label_checks import (_complement_asked, _named_point, _nested_asked, _own_variable,
                           free_symbols_of)
from .ast import Abs, Apply, Div, Group, Label, Mul, Qual, Ratio, Rel, Set, Sym, Text, subtrees
from . import units
from .context import _SENTENCE, Ctx, last_sentence
from .extremes import extreme_word, names_extreme, other_extreme
from .functions import function_label_off
from .numeric import mentions
from .quantity import QUALIFYING
from .symbols import names_asked, names_general_term, names_partial_sum

_SAFE_QUALIFIER = re.compile(
    r"^(?:for|where|with)\s+(?:all|any|some|every|each|an?|arbitrary)?\s*(?:arbitrary\s+)?(?:(?:positive|negative|non-?negative|real|natural|whole)\s+)?"
    r"(?:integers?|reals?|real numbers?|natural numbers?|constants?|numbers?|parameters?)\s+[A-Za-z](?:_\w+)?\s*$"
    r"|^(?:for|where|with)\s+[A-Za-z](?:_\w+)?\s+(?:is\s+)?(?:an?\s+)?(?:arbitrary\s+)?(?:(?:positive|real|natural)\s+)?"
    r"(?:integer|constant|real number|real|natural number|parameter)\s*$"
    r"|^(?:for|where|with)\s+[A-Za-z](?:_\w+)?\s*∈\s*(?:(?:positive|nonzero)-)?(?:integers|reals|naturals)\s*$", re.I)


_RESTRICTS = re.compile(r"(?i)\b(?:positive|negative|non-?negative|non-?positive|natural|nonzero)\b")


def _points(node) -> bool:
    """A geometric name: `AB`, `NO`, `BO` (capital point letters), `V_1`."""
    if node[0] == "mul":
        return all(x[0] == "sym" and x[1][:1].isupper() for x in node[1])
    return node[0] == "sym" or (node[0] == "text" and all(w.isupper() for w in node[1]))


def label_like(node) -> bool:
    """The left side of `x =`, `f(x) =`, `(x, y) =`, and quantities named by points: `AB =`, `|AB| =`,
    `V_1:V_2 =`, `\\frac{NO}{BO} =` (a segment, a length, a ratio of named quantities)."""
    match node:
        case Sym() | Text():
            return True
        case Mul():
            return _points(node)
        case Abs(arg=a):
            # `|AB| =` names a length; `|x| = 3`, `|N| = 3` are a condition on one letter (x = ±3), never a name
            # for the value 3
            return _points(a) and a[0] != "sym"
        case Ratio(left=a, right=b) | Div(num=a, den=b):
            return _points(a) and _points(b)
        case Apply(args=args):
            return all(x[0] == "sym" for x in args)
        case Group(open="(", items=items):
            return all(label_like(x) for x in items)
    return False


# (and 求 / 计算, "find" / "compute", in a Chinese question)
_ASK = re.compile(r"(?i)\b(?:find|determine|compute|calculate|evaluate|solve|what|which|value|values|express|give|how)\b|"
                  r"求|计算")
_ASK_VERB_WORD = re.compile(r"find|determine|compute|calculate|evaluate|solve|求|计算")
_ASK_END = re.compile(r"(?i)\b(?:if|where|when|such that|given|so that|for which|whenever)\b")
_LETTER = re.compile(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])")
_ASK_RUN = re.compile(r"[^$]{0,80}?(?:\$[^$]{1,200}\$(?:\s*(?:,|and)?\s*))+")
_SOLVE = re.compile(r"(?i)\bsolve\s+(?:the|this|each|following|for)?\s*(?:system|equations?|inequalit)")


# a fill-in blank right after `letter =` (`$x=$ ______`, `$k=\\_\\_\\_$`, `x = \\underline{\\quad}`)
_BLANK_AFTER = r"\s*\$?\s*=\s*\$?\s*(?:\\underline|(?:\\?_\s*){3,})"
_BLANK = re.compile(r"=\s*\$?\s*(?:\\underline|(?:\\?_\s*){3,})")


def asks_for(question: str, letter: str) -> bool:
    """The question asks for `letter`: a sentence names it after an asking word and before a condition (`Solve for
    x.`, `Determine the values of $w, d, a$ and $b$ if ...`, not the `x` of `for all $x$, find $a$`), it is the
    only letter the question uses, or the question uses none (the model named its own unknown)."""
    tok = re.compile(rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])")
    if _SOLVE.search(question) and mentions(question, letter):
        return True  # "Solve the system ...": its unknowns are the answer's names
    if ("_" in question or "underline" in question) and _BLANK.search(question):
        # "then $x=$ ______.": the fill-in blank after `x =` asks for x, and only for it; a blank after an expression
        # ("then $2x=$ ______", "$m+n=$ ______") asks for the expression, not for a letter in it
        # (the letter alone before `=`: right after the math's `$`, or after "then" / a comma in plain text; never the
        # end of `\\log_2 x=` or `2x=`)
        return bool(re.search(r"(?:\$\s*|(?:^|(?<=\bthen )|(?<=, )|(?<=，)))" + re.escape(letter) + _BLANK_AFTER, question))
    for m in _SENTENCE.finditer(question):
        for i, ask in enumerate(_ASK.finditer(m.group())):
            # (the first ask word, and any later asking verb: "... minimum values on $[2, 4]$, find $a$"; a later
            # "value" or "what" is a noun or a clause about the data: "given that the value of $b$ is $3$")
            if i and not _ASK_VERB_WORD.fullmatch(ask.group().lower()):
                continue
            rest = m.group()[ask.end():]
            end = _ASK_END.search(rest)
            rest = rest[:end.start()] if end else rest
            # `$w, d, a$ and $b$ if ...`: the run of math spans right after the ask word (not `... of the graph
            # of $y = f(x)$` further on); without math, the plain words up to the condition
            run = _ASK_RUN.match(rest)
            if tok.search(run.group().replace("$", " ") if run and "$" in rest else rest):
                return True
    math = " ".join(next((x for x in m.groups() if x), "") for m in _Q_MATH.finditer(question))
    letters = set(_LETTER.findall(math)) if math else set(_LETTER.findall(question)) - {"a", "A", "I"}
    # no letters at all: `x = 5` names the model's own unknown; one letter: it is the unknown
    return not letters or letters == {letter}


def quantity_label(node):
    """The left side of `lhs = value` when it names a quantity (`x`, `AB`, `|z|`, `\\frac{c}{a}`, `V_1:V_2`), as a
    comparable tree; None otherwise."""
    if node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" and node[1][0][0] not in ("apply", "group"):
        lhs = node[1][0]
        return lhs if label_like(lhs) else None
    return None


def function_name(node) -> str | None:
    if node[0] == "rel" and len(node[1]) == 3 and node[1][1] == "=" and node[1][0][0] == "apply":
        return node[1][0][1]
    return None


_GENERIC_NAMES = frozenset({"total", "answer", "result", "final", "solution", "overall"})


# words that make a label say where a value is reached, not what it is: `\\text{minimum at } x = 2` names the minimiser
_WHERE_WORDS = frozenset({"attained", "achieved", "occurs", "occurring", "reached"})


_COPULA_WORDS = frozenset({"is", "are", "was", "were", "equals", "be"})


def droppable_label(words: tuple, ctx: Ctx) -> bool:
    """`Paolo: 18`, `Maximum = 2`, `Sequence 1: -2, -1` name what is answered and may be dropped when the question
    uses the name (or, without a question, the name is capitalised); `possibly 1:1`, `not equal to 1:1` are not
    names but claims about the value."""
    if any(a.lower() in _COPULA_WORDS and b.isdigit() for a, b in zip(words, words[1:])):
        return False  # "The ratio is 1:5": a statement of a value before the colon, no name (`Sequence 1:` is one)
    ws = [w for w in words if not w.isdigit()]
    lower = {w.lower() for w in ws}
    if not ws or lower & QUALIFYING or lower & _WHERE_WORDS or ("at" in lower and extreme_word(" ".join(ws))):
        return False  # (`\\text{minimum at } x = 2` names the minimiser; "The vertex is at" places a point, read on)
    if len(ws) == 2 and ws[1].lower() == "part" and ctx.question:
        # "imaginary part", "real part": the phrase itself, not its words anywhere ("the imaginary unit i")
        return f"{ws[0].lower()} part" in ctx.question.lower()
    if all(w.lower() in _GENERIC_NAMES for w in ws):
        return True  # `Total: 40 girls`, `Final answer: 5`: names of the answer itself
    if ctx.question:
        if any(len(w) > 1 and w.isalpha() and w.isupper() and Mul([Sym(c) for c in w]) not in asked_terms(ctx.question)
               for w in ws):
            # `ABCD = 104`, `\\text{BC} = 10` for "Find AC if BC = 8": a figure's points name the figure or another
            # segment, not the quantity asked about it (unless asked: "Find the length of AB.")
            return False
        if any(len(w) == 1 and w.isalpha() and w not in "aAI" and not asks_for(ctx.question, w) for w in ws):
            return False  # `\\text{The value is } y = 140` where the question asks for x: another letter named
        if other_extreme(" ".join(ws), ctx.question):
            return False  # `\\text{Smallest value} = 21` where the question asks for the largest (rules/extremes.py)
        return all(len(w) < 3 or units.in_question(w, ctx.nouns) for w in ws)
    return ws[0][:1].isupper()


def label_name(node) -> str | None:
    """The name of a plain label (`x =`, `\\text{Paolo}:`), or None for none or a function label (`f(x) =`,
    which may stand for `y =`)."""
    match node:
        case Label(words=words):
            return " ".join(words)
        case Rel(parts=[Sym(name=name), "=", _]):
            return name
        case Rel(parts=[Text(words=words), "=", _]):
            return " ".join(words)
        case Rel(parts=[Sym(name=name), "∈", Set()]):
            return name  # `x \\in \\{1, 2\\}`: the values of x
    return None


# words that make a label's words a hedge or a qualified claim rather than a name or a lead-in ("Maximum",
# "Paolo", "Here is the matrix:"): it is not stripped then, and the answer stays unreadable (UNSURE)
NOT_A_NAME = QUALIFYING | {"perhaps", "probably", "guess", "think", "might", "could", "doubt", "unsure",
                            "believe", "if", "unless"}


def _names_in_order(items, question: str | None) -> bool:
    """`(x, y)` names a tuple's entries in the order the question writes them (`(x, y)` there), else in
    alphabetical order: `(y, x) \\in \\{(1, 2)\\}` must not pass for x = 1, y = 2."""
    if not items or not all(x[0] == "sym" for x in items):
        return False
    names = [x[1] for x in items]
    if question:
        tuples = [[w.strip() for w in m.group(1).split(",")]
                  for m in re.finditer(r"\(\s*([A-Za-z](?:\s*,\s*[A-Za-z])+)\s*\)", question)]
        for written in tuples:
            if sorted(written) == sorted(names):
                return written == names
        if any(len(t) == len(names) for t in tuples):
            return False  # `(a, b) \\in ...` for "Find $(x, y)$": other names than the question's
    return names == sorted(names)


def unwrap(node, ctx: Ctx, side: str):
    """Strip 'x =', 'f(x) =', 'Paolo:' labels and harmless qualifiers. Returns (node, bound variable)."""
    bound = None
    for _ in range(4):
        kind = node[0]
        if kind == "label":
            if any(isinstance(w, str) and w.lower() in NOT_A_NAME for w in node[1]):
                return node, bound  # "The required value is perhaps A": a hedge, not a name
            ctx.note("label")
            node = node[2]
        elif kind == "apply" and _named_point(node, ctx):
            ctx.note("label")  # `F(2, 0)`: the point F, at (2, 0)
            node = Group("(", ")", list(node[2]))
        elif kind == "qual":
            words = " ".join(str(w) for w in node[2])
            if side == "answer" and ctx.integer_letters and _RESTRICTS.search(words):
                return node, bound  # `7k + 3 for positive integers k` against a class over all integers k: a part
            own = re.search(rf"(?<![A-Za-z]){re.escape(bound)}\s*\Z", words) if bound else None
            # (a qualifier on the function's own variable restates its domain or restricts it: _restated_domain's)
            if (_SAFE_QUALIFIER.match(words) and not own) or _restated_domain(node[2], bound, ctx):
                ctx.note("qualifier")
                node = node[1]
            else:
                return node, bound
        elif (kind == "rel" and len(node[1]) > 3 and all(op == "=" for op in node[1][1::2])
              and all(x[0] == "sym" for x in node[1][:-1:2])):
            ctx.note("label")  # `x = y = z = 2`: three names for one value
            node = node[1][-1]
        elif kind == "rel" and len(node[1]) == 3 and node[1][1] == "∈" and (node[1][0][0] == "sym" or (
                node[1][0][0] == "group" and _names_in_order(node[1][0][3], ctx.question))) and node[1][2][0] == "set":
            ctx.note("label")  # `x \\in \\{1, 2\\}`, `(x, y) \\in \\{(4, 23), (0, 2)\\}`: the finite set of values
            node = node[1][2]
        elif kind == "rel" and len(node[1]) == 3 and node[1][1] == "=" and _complement_asked(node[1][0], ctx):
            ctx.note("label")  # `A^c = \\{1, 3\\}` for "Find the complement of $A$ in $U$.": the set asked
            node = node[1][2]
        elif kind == "rel" and len(node[1]) == 3 and node[1][1] == "=" and (
                (_asked_value(node[1][0], ctx) and not _own_variable(node[1][0], node[1][2], ctx.question))
                or _asked_expression(node[1][0], ctx) or _extreme_at(node[1][0], ctx.question)):
            ctx.note("label")  # `f(2) = 12` when the question asks for f(2), `m + n = 229` for m+n: the value named
            node = node[1][2]
        elif kind == "rel" and len(node[1]) == 3 and node[1][1] == "=" and (
                label_like(node[1][0]) or _eccentricity(node[1][0], ctx) or names_asked(node[1][0], ctx.question)):
            lhs = node[1][0]
            if lhs[0] == "apply" and len(lhs[2]) == 1:
                bound = lhs[2][0][1]
            if lhs[0] == "group":
                args = [x for y in lhs[3] if y[0] == "apply" for x in y[2]]
                if args and all(x == args[0] for x in args):
                    bound = args[0][1]
            ctx.note("label")
            node = node[1][2]
        else:
            break
    return node, bound


_FOR_ALL = re.compile(r"for (?:all|every|each) (?:(real|positive|nonnegative|non-negative|natural) )?"
                      r"(?:(integers?|numbers?|reals?|real numbers?|naturals?|natural numbers?) )?([A-Za-z])(?: (.+))?")
# how a question writes the set a noun names ("for every positive integer $n$", `\\mathbb{Z}`)
_SET_WORDS = {"integer": r"\binteger|\\mathbb\s*\{?[ZN]\}?", "number": r".", "real": r"\breal|\\mathbb\s*\{?R\}?",
              "natural": r"\bnatural|\\mathbb\s*\{?N\}?|\bpositive\s+integer"}
# how a question writes the domain an adjective names (`f:\\mathbb{R}^+ \\to ...`, "for all real x")
_DOMAIN_WORDS = {"real": r"\\mathbb\s*\{?R\}?(?![\^_])|\breal\b",
                 "positive": r"\\mathbb\s*\{?R\}?\s*(?:\^\s*\{?\+|_\s*\{?\s*>\s*0)|\bpositive\b",
                 "nonnegative": r"\bnon-?negative\b|\\geq?\s*0", "non-negative": r"\bnon-?negative\b|\\geq?\s*0",
                 "natural": r"\\mathbb\s*\{?[NZ]\}?|\bnatural\b|\bpositive\s+integers?\b"}


# "∈ <set>" after the bound variable, and how a question writes each set as a function's domain
_MEMBER = re.compile(r"∈ (positive-integers|integers|reals|positive-reals|naturals)")
_MEMBER_SETS = {"positive-integers": r"\\mathbb\s*\{?[ZN]\}?\s*(?:\^\s*\{?\s*(?:\+|\*|\\ast)|_\s*\{?\s*>\s*0)\s*\}?\s*\\to",
                "integers": r"\\mathbb\s*\{?Z\}?\s*\\to", "reals": r"\\mathbb\s*\{?R\}?\s*\\to",
                "positive-reals": r"\\mathbb\s*\{?R\}?\s*(?:\^\s*\{?\s*\+|_\s*\{?\s*>\s*0)\s*\}?\s*\\to",
                "naturals": r"\\mathbb\s*\{?N\}?\s*\\to"}


def _restated_domain(words: tuple, bound: str | None, ctx: Ctx) -> bool:
    """`f(x) = 2x for all x > 0` for a question about f on the positive reals: "for all" and the function's own
    variable (`bound`, from its label), with nothing more, or with the domain the question itself states (an
    adjective it writes: "for all positive x" for `f: \\mathbb{R}^+ \\to ...`; a condition it quantifies the same
    way: "... for all $x>0$"), restate the domain; anything else (`for all x > 1`, a condition the question only
    assumes) may leave part of it out."""
    m = _FOR_ALL.fullmatch(" ".join(str(w) for w in words))
    if m is None or bound is None or m.group(3) != bound:
        return False
    q = ctx.question or ""
    if m.group(1) and not re.search(_DOMAIN_WORDS[m.group(1)], q, re.I):
        return False
    noun = m.group(2).split()[0].rstrip("s") if m.group(2) else None
    if noun and not re.search(_SET_WORDS.get(noun, r"\Z\A"), q, re.I):
        return False  # "for all integers x" for a question over the reals: part of the domain
    if not m.group(4):
        return True
    member = _MEMBER.fullmatch(m.group(4))
    if member and not m.group(1) and not m.group(2):
        # "for all n ∈ Z^+" for `f: \\mathbb{Z}^+ \\to ...`: the set the question itself maps from (written its way)
        return bool(re.search(_MEMBER_SETS[member.group(1)], q))
    cond = re.escape((m.group(3) + m.group(4)).replace(" ", ""))
    return bool(re.search(r"(?i)(?:for(?:all|every|any)|\\forall)" + cond, q.replace(" ", "").replace("$", "")))


# the eccentricity asked, not given ("... has eccentricity 2. Find a.")
_ASKS_ECCENTRICITY = re.compile(r"(?i)\b(?:find|determine|compute|calculate|what\s+is|evaluate)\s+(?:the\s+)?(?:value\s+of\s+"
                                r"the\s+)?eccentricit|eccentricit\w*(?:\s+\S+){0,6}\s+(?:is|equals|=)\s*(?:_{2,}|\(\s*\)|\$?\s*\\_)")
_ASKS_E = re.compile(r"(?i)\b(?:find|determine|compute)\s+(?:\w+\s+){0,3}\$\s*e\s*\$")  # "find a value of $e$"


def _eccentricity(lhs, ctx: Ctx) -> bool:
    """`e = \\frac{1}{2}` names the eccentricity when the question asks for one: the letter is read as Euler's
    number everywhere else (where `e = 0.5` is no name but a false equation)."""
    q = ctx.question or ""
    return lhs == ("const", "e") and bool(_ASKS_ECCENTRICITY.search(q) or (
        "eccentricit" in q.lower() and _ASKS_E.search(q)))


def _asked_value(lhs, ctx: Ctx) -> bool:
    """`f(2)`, `P(X = 2)`: a function at plain numbers (or a probability of a variable's value), named as such in the
    question (`Find f(2).`, "Find $P(X = 2)$"); at other points it is another value (`f(2) = 12` does not answer "find
    f(3)")."""
    if lhs[0] != "apply" or not ctx.question:
        return False
    if _nested_asked(ctx.question):
        return False  # ("First find $f(2)$, then find $f(f(2))$": which value is the answer is not read)
    args = [_arg_text(x) for x in lhs[2]]
    if None in args:
        return False
    written = f"{lhs[1]}({','.join(args)})"
    # (asked: after an asking word, and alone, not a term of what is asked: "Find P(X=2) + P(X=3)")
    q = spaceless(ctx.question)
    return any(re.match(r"[.,?;:$)]|and|\Z", q[m.end():]) and _ASKED_BEFORE.search(q[max(0, m.start() - 40):m.start()])
               for m in re.finditer(re.escape(written), q))


# an asking word, then (in the space-free question) only a few words or a math delimiter before the value named
_ASKED_BEFORE = re.compile(r"(?i)(?:find|determine|compute|calculate|evaluate|whatis|what's|and|,)(?:the(?:value|probability)of)?\$?\Z")


def spaceless(text: str) -> str:
    """`text` without spaces and `\\left` / `\\right`: how a value at a point is found in a question (`P(X = 2)`)."""
    return text.replace(" ", "").replace(r"\left", "").replace(r"\right", "")


def _arg_text(node) -> str | None:
    """A plain number, or a variable equal to one (`X = 2`), as a question writes it without spaces; else None."""
    match node:
        case ("num", _, text):
            return text
        case ("rel", [("sym", name), "=", ("num", _, text)]):
            return f"{name}={text}"
    return None


_GREEK = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
          "eta": "η", "theta": "θ", "vartheta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
          "xi": "ξ", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
          "omega": "ω"}


def _written(name: str, question: str) -> bool:
    """The question writes the name in its text, outside a parsed span: `\\alpha` or `α`, `S_{4}`, "angle C"."""
    if name in _GREEK:
        return bool(re.search(rf"\\{name}(?![A-Za-z])", question)) or _GREEK[name] in question
    if name.startswith("∠"):
        pts = name[1:]
        alts = {pts, pts[::-1]}
        return any(re.search(rf"(?:\\angle|∠|\bangle)\s*(?:\$\s*)?{p}(?![A-Za-z])", question) for p in alts)
    base, _, sub = name.partition("_")
    if sub:
        return bool(re.search(rf"(?<![A-Za-z\\]){re.escape(base)}_\{{?\s*{re.escape(sub)}\s*\}}?", question))
    return bool(re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", question))


_BOUNDING = frozenset({"∈", "<", ">", "≤", "≥", "≠"})  # relations that bound a letter (never `=`, which defines one)


# the asking sentence asks for the zeros themselves ("Find the zeros of ...", never "the sum of the zeros")
_ZEROS = re.compile(r"(?i)^\s*(?:find|determine|what\s+are|compute|give)\s+(?:all\s+)?(?:the\s+)?(?:real\s+)?"
                    r"(?:zeros?|zeroes|roots?)\s+of\b")


def other_name(lhs, question: str) -> str | None:
    """Why a label the gold does not carry names another quantity than the question asks, or None. A name of
    several characters (`S_5`, `\\beta`, `\\angle ABC`) must be one the asking sentence names, or (when it names
    none) one the question uses; a ratio, a value at a point or a length (`M/N`, `P(B)`, `|BC|`) must be the one
    asked when the question asks for such a compound. Single letters are `asks_for`'s."""
    # ("Find all $x \\in [0, 2\\pi)$ such that ...", "Find $x > 0$ with ...": the letter a relation bounds is asked)
    asked = tuple(t[1][0] if t[0] == "rel" and t[1][0][0] == "sym" and t[1][1] in _BOUNDING else t
                  for t in asked_terms(question))
    if lhs[0] == "sym" and len(lhs[1]) == 1:
        if any(t[0] == "rel" and "=" in t[1][1::2] and free_symbols_of(t) == {lhs[1]} for t in asked):
            return None  # `x = 2` for "Find all real solutions of $x^4 = 16$": the equation's one unknown is asked
        if _ZEROS.search(last_sentence(question)) and any(list(f[2]) == [lhs] for t in asked for f in (
                t[1][0] if t[0] == "rel" else t,) if f[0] == "apply"):
            return None  # `x = -1` for "Find the zeros of $f(x) = x^2 - 2x - 3$": a zero is a value of f's variable
        # `m = 229` for "Find $m+n$", `S = 30` for "Find $S_4$": a letter of what is asked, not what is asked
        if asked and not any(t == lhs for t in asked) and any(
                lhs[1] in free_symbols_of(t) or (t[0] == "sym" and t[1].split("_")[0] == lhs[1]) for t in asked):
            return f"labelled {lhs[1]}, the question asks for more than {lhs[1]}"
        return None
    if lhs[0] == "sym" and len(lhs[1]) > 1:
        name = canonical_name(lhs[1])
        names = {canonical_name(t[1]) for t in asked if t[0] == "sym"}
        if names and name not in names and not any(lhs == t for t in asked) and not _extreme_at(lhs, question) and not \
                names_partial_sum(lhs[1], question):
            return f"labelled {lhs[1]}, the question asks for {', '.join(sorted(names))}"
        if names_asked(lhs, question) or _derivative_of(lhs[1], question) or _extreme_of(lhs[1], question) or \
                names_partial_sum(lhs[1], question) or names_general_term(lhs[1], question):
            return None  # `S_{\\triangle ABC} = 6` for its area, `y' = ...` for the derivative asked
        if asked and not names and not any(lhs == t for t in asked) and not any(
                t[0] == "rel" and t[1][0] == lhs for t in asked):
            return f"labelled {lhs[1]}, the question asks for another quantity"  # (`a_n = -1` for "compute $(a_9)^9$")
        if not names and name not in mentioned_names(question) and not _written(lhs[1], question):
            return f"labelled {lhs[1]}, a name the question does not use"
        return None
    compound = [t for t in asked_expressions(question) if not any(x[0] == "text" for x in subtrees(t))]
    if compound and lhs[0] in ("mul", "div", "add", "pow", "ratio") and _commuted(lhs) not in {
            _commuted(t) for t in compound + list(asked)}:
        # `\\frac{m}{n} = 113`, `ABC = 113` for "Find $m + n$": another quantity named than the one the question asks
        return "the answer names another quantity than the question asks for"
    if lhs[0] in ("div", "ratio", "abs", "apply"):
        same_kind = [t for t in asked if t[0] == lhs[0]]
        if lhs[0] == "apply":  # `f(x)` vs `f(t)`: a bound variable, not another point
            same_kind = [t for t in same_kind if t[1] == lhs[1]
                         and not all(x[0] == "sym" and x[1].islower() and len(x[1]) == 1 for x in lhs[2])]
        if same_kind and lhs not in same_kind:
            return "the answer names another quantity than the question asks for"
    return None


def _derivative_of(name: str, question: str) -> bool:
    """`y' = 1 + \\ln x` for "Find the derivative of $y = x \\ln x$": one prime on a letter the question writes,
    where it asks for the (first) derivative (functions.function_label_off reads the order asked)."""
    base = name[:-1]
    return name.endswith("'") and len(base) == 1 and base.isalpha() and mentions(question, base) and \
        function_label_off(name, Apply(name, [Sym("x")]), question) is None


_EXTREME_SUB = {"max": "maximum", "min": "minimum"}


def _extreme_of(name: str, question: str) -> bool:
    """`f_{\\max} = 2`, `y_{\\min} = -1`, `f(x)_{\\max} = 2` for "Find the maximum value of $f(x) = ...$": the extreme
    of the question's function (or of y) that the question asks for (extremes.py), not the other one."""
    base, _, sub = name.partition("_")
    word = _EXTREME_SUB.get(sub)
    if not word or len(base) != 1 or not base.isalpha() or not names_extreme(question):
        return False
    other = _EXTREME_SUB["min" if sub == "max" else "max"]
    # only the one extreme asked (with both asked, which value each label names is the labels' to say), and of the
    # function whose extreme the question asks (or y, where the question has no y of its own)
    return not other_extreme(word, question) and other_extreme(other, question) and bool(
        _extreme_value_of(word, base, question) or (base == "y" and not mentions(question, "y")))


def _extreme_value_of(word: str, base: str, question: str, escaped: bool = False) -> bool:
    """The question asks for the `word` ("maximum") value of its function `base` ("the maximum value of $f(x) = ...$")."""
    name = base if escaped else re.escape(base)
    return bool(re.search(rf"(?i)\b{word}\s+(?:possible\s+)?value\s+of\s+(?:the\s+function\s+)?(?:\$|\\\(\s*)?\s*"
                          rf"{name}\s*(?:\(|=|\$|\\\))", question))


_TERM = re.compile(r"([A-Za-z])_\{?\d+\}?")


def _extreme_at(lhs, question: str | None) -> bool:
    """`f(2) = 3` for "Find the minimum value of the function $f(x) = x^2 - 4x + 7$", `S_{13} = 169` for "Find the
    maximum value of $S_n$": the function (or the sequence) where it takes the one extreme asked, so the value stated
    is that extreme (its point is the answer's own business)."""
    if not question:
        return False
    if lhs[0] == "apply" and len(lhs[1]) == 1 and all(x[0] == "num" for x in lhs[2]):
        base = re.escape(lhs[1])
    elif lhs[0] == "sym" and isinstance(lhs[1], str) and _TERM.fullmatch(lhs[1]):
        base = re.escape(lhs[1][0]) + r"_\{?n\}?"  # (the sequence's general term, `S_n`)
    else:
        return False
    words = [w for w in ("minimum", "maximum") if _extreme_value_of(w, base, question, escaped=True)]
    return len(words) == 1 and not other_extreme(words[0], question) and other_extreme(
        "maximum" if words[0] == "minimum" else "minimum", question)


def _asked_expression(lhs, ctx: Ctx) -> bool:
    """`m + n = 229` (or `n + m = 229`) when the question asks for `m+n`: the left side is what is asked, tree for
    tree up to the order of a sum's terms or a product's factors."""
    # (a function of letters, `f(x) =`, is a definition: the label rule below binds its variable; a function at
    # numbers only, `f(f(2)) = 26` for "find $f(f(2))$", is the value asked)
    if not ctx.question or (lhs[0] == "apply" and any(x[0] == "sym" for x in subtrees(lhs))):
        return False
    key, asked = _commuted(lhs), asked_expressions(ctx.question)
    if lhs[0] == "apply" and (_nested_asked(ctx.question) or sum(t[0] == "apply" for t in asked_terms(ctx.question)) > 1):
        return False  # ("Evaluate $f(g(2))$ and $g(f(2))$; give the second": which value is meant is not read)
    return any(_commuted(t) == key for t in asked)


def _commuted(t) -> str:
    """A tree's text with the terms of every sum and the factors of every product in a fixed order."""
    if isinstance(t, tuple) and t and t[0] in ("add", "mul"):
        return f"{t[0]}({','.join(sorted(_commuted(x) for x in t[1]))})"
    if isinstance(t, tuple):
        return "(" + ",".join(_commuted(x) for x in t) + ")"
    if isinstance(t, list):
        return "[" + ",".join(_commuted(x) for x in t) + "]"
    return repr(t)


def qual_inward(node):
    """`x = 2k for k \\in \\mathbb{Z}` parses as a qualifier around the labelled equation; moved inside the label
    (`x = (2k for k ...)`) the label is compared like any other: `y = 2k for k ...` is another answer, and
    `maybe x = ...` keeps its unreadable label."""
    if node[0] != "qual":
        return node
    inner = node[1]
    if inner[0] == "label":
        return Label(inner[1], Qual(inner[2], node[2]))
    if inner[0] == "rel" and len(inner[1]) == 3 and inner[1][1] == "=" and label_like(inner[1][0]):
        return Rel([inner[1][0], "=", Qual(inner[1][2], node[2])])
    return node
