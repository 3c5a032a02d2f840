"""The rule engine's entry point: cheap string checks first (same text, option letters), then parse + structural
compare, then text.

`check()` answers EQUAL, DIFFERENT or UNSURE with a method and evidence. It never raises for bad input
(the pipeline still guards against that) and checks the item's deadline cooperatively.
"""
from __future__ import annotations

import re

from ..deadline import Deadline
from ..types import Outcome, RuleResult
from .alternatives import answer_alternatives, gold_alternatives
from .choice import compare_choice
from .polarity import justified_polarity, predicate_polarity, restated_polarity
from .compare import Ctx, compare
from .counting import counted
from .context import COMMAND, last_sentence
from .asked import _Q_MATH  # (the question's math spans, read the same way everywhere)
from .evaluate import EvalError, evaluate, free_symbols
from .lexer import LexError, tokenize
from .normalize import normalize
from .numeric import rename, renamings
from .parser import ParseError, parse
from .quantity import read_mixed
from .remainder import remainder
from . import statements
from .clock import compare_times
from .form import asked_form, off_form
from .text import compare_text

MAX_ANSWER_CHARS = 3000
_SPACES = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:,\d{3})+)(?![\d,])")  # `0,111` is the list 0, 111
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?: \d{3})+)(?![\d,]| \d)")
# `3,5`, and with the European group marks before it: `1.000,99`, `1 000,99`
_DECIMAL_COMMA = re.compile(r"^(-?\d+|-?\d{1,3}(?:\.\d{3})+|-?\d{1,3}(?: \d{3})+),(\d+)$")
_EURO_DECIMAL = re.compile(r"(?<![\d,])\d+,\d{1,2}(?![\d,])(?!\s*\d)")  # `2,5 kg`, not `2, 5` or `1,000`
_POINT_DECIMAL = re.compile(r"-?\d+\.\d+")
_HAS_MATH = re.compile(r"[\d\\^=<>+\-*/()\[\]]")


def check(gold: str, answer: str, question: str | None, deadline: Deadline | None = None,
          rounding: str = "stated") -> RuleResult:
    """`rounding`: the approximation policy, "stated" | "asked" | "never" (rules/numeric.py)."""
    if len(answer) > MAX_ANSWER_CHARS:
        return RuleResult(Outcome.UNSURE, "rule:none", f"answer longer than {MAX_ANSWER_CHARS} characters", flags=("too_long",))
    if answer != gold and ("\\" in answer or "⇒" in answer):
        answer = _implied(answer)
    if "\u2460" <= max(gold + answer) and any("\u2460" <= c <= "\u2473" for c in gold + answer):
        gold, answer = statements.read(gold, answer, question)  # `①③`: statement numbers (rules/statements.py)
    g0 = counted(_spelled(normalize(gold), question), question)
    g = _numbered_parts(g0)
    a0 = g0 if answer == gold else counted(_spelled(normalize(answer), question), question)
    a1 = g if answer == gold else _numbered_parts(a0)
    a = a1 if answer == gold else _bare_unit(g, _plain_sets(_picked(a1, question), question), question)
    g = g if answer == gold else _bare_unit(a, _plain_sets(g, question), question, data=True)  # (`9.54 m` as a
    # dataset's gold writes it)
    if not a:
        return RuleResult(Outcome.DIFFERENT, "rule:none", "empty answer", flags=("no_answer",))
    if answer != gold and ("\\equiv" in a or "≡" in a):
        a = remainder(a, question) or a  # `2^{100} \\equiv 2 \\pmod 7` for the remainder asked (rules/remainder.py)
    if _QUESTION_END.search(a) and not _QUESTION_END.search(g):  # (`\\text{infinitely many?}` too)
        return RuleResult(Outcome.UNSURE, "rule:none", "the answer is a question, not a claim", flags=("hedge",))
    if _squash(g) == _squash(a):
        return RuleResult(Outcome.EQUAL, "rule:exact", "same text after normalisation")
    why = justified_polarity(g, a, question) or restated_polarity(g, a, question) or predicate_polarity(
        g, a, question)
    if why is not None:
        return RuleResult(why[0], "rule:text", why[1], evidence=("text",))
    if ":" in g and ":" in a and (clock := compare_times(g, a, question)) is not None:
        return RuleResult(clock[0], "rule:time", clock[1])  # `10:15 p.m.` vs `22:15` (rules/clock.py)
    # (an option's value is compared with the question: `y = 2` is no value of "x = ( ) A. 1  B. 2")
    choice = compare_choice(g, a, question, lambda opt, ans: check(opt, ans, question, deadline, rounding).outcome
                            is Outcome.EQUAL)
    if choice is not None:
        return RuleResult(choice[0], "rule:choice", choice[1])
    ctx = Ctx.build(question, deadline, rounding)
    if a1 != a0 and g == g0 and _ONE_VALUE_GOLD.fullmatch(g.strip()):
        # `(1) 3; (2) 5` against one value (`[3, 5]`, `8`): answers to two parts are no one answer
        return RuleResult(Outcome.DIFFERENT, "rule:tuple", "the answer answers several parts, the gold is one value")
    if g != g0 or a1 != a0:
        # numbered parts answer the problem's parts (1), (2), ... in that order, the gold's or the answer's (a question
        # in parts orders a bare list too: context.asks_order)
        ctx.ordered = True
        if re.match(r"\s*\\\{", a if g != g0 else g):
            # `\{12, 5\}` for `(a) 5; (b) 12`: a set says no part's value
            return RuleResult(Outcome.UNSURE, "rule:set", "a set against the answers of numbered parts")
    best: tuple | None = None
    euro = bool(question and _EURO_DECIMAL.search(question))
    gold_trees = _parse_variants(g, deadline, euro)
    # an answer `3,5` against the point decimal gold `3.5` can only mean that decimal (a list of two numbers is
    # never the one-number gold); the gold side is never re-read: gold `5,1` is the list 5, 1
    ans_trees = _parse_variants(a, deadline, euro or bool(_POINT_DECIMAL.fullmatch(g)))
    gold_trees, ans_trees = read_mixed(gold_trees, ans_trees)  # `1 hour 30 minutes` as `90 minutes`
    form = asked_form(question)
    for gt in gold_alternatives(gold_trees, ctx):
        for at in answer_alternatives(ans_trees, ctx):
            for mapping in renamings(gt, at, question):
                res = compare(gt, rename(at, mapping), ctx)
                off = off_form(form, gt, at) if form and res[0] is Outcome.EQUAL else None
                if off:
                    # the value is the gold's, the form the question asks for is not (rules/form.py)
                    res = (Outcome.UNSURE, "form", f"the question asks for a form the answer is not in: {off}")
                if res[0] is Outcome.EQUAL:
                    ev = tuple(ctx.evidence) + (("renamed constant",) if mapping else ())
                    why = res[2] + (" after renaming " + ", ".join(f"{k}->{v}" for k, v in mapping.items()) if mapping else "")
                    return RuleResult(Outcome.EQUAL, "rule:" + res[1], why, evidence=ev)
                if not mapping and (best is None or _rank(res[0]) > _rank(best[0])):
                    best = res
    text = compare_text(g, a, question) if best is None or best[0] is Outcome.UNSURE else None
    if text is not None:
        return RuleResult(text[0], "rule:text", text[1], evidence=("text",))
    if (best is None or best[0] is Outcome.UNSURE) and gold_trees and _is_number(gold_trees[0]):
        if not _HAS_MATH.search(a) and len(a) < 200 and not _number_word(a):
            return RuleResult(Outcome.DIFFERENT, "rule:numeric", "the gold is a number and the answer holds none")
    if best is None:
        why = "could not parse the gold answer" if not gold_trees else "could not parse the answer"
        return RuleResult(Outcome.UNSURE, "rule:none", why, flags=("unparsed",))
    return RuleResult(best[0], "rule:" + best[1], best[2], evidence=tuple(ctx.evidence))


_IMPLIES = re.compile(r"\\(?:Rightarrow|implies|Longrightarrow|iff|Leftrightarrow|Longleftrightarrow)(?![A-Za-z])|[⇒⟹⇔]")


def _implied(answer: str) -> str:
    """`-5A = 1 \\Rightarrow A = -\\frac{1}{5}`: a worked answer whose steps imply (or are equivalent to) the next one
    commits to its last step; the steps before it are its reasoning. Only plain math (no words, `\\text` or `$`),
    arrows outside braces, every step a relation (`3 \\Rightarrow 5`, `A \\Rightarrow B` name two answers) and no
    step before the last a solved value or a denial (`x = 3 \\Rightarrow x = 5`, `x \\neq 5 \\Rightarrow ...` assert
    something else on the way): anything else is left as it is, for the rules to leave unread."""
    cuts, depth, pos = [], 0, 0
    for m in _IMPLIES.finditer(answer):  # (brace depth counted once along the string: linear in its length)
        depth += answer.count("{", pos, m.start()) - answer.count("}", pos, m.start())
        pos = m.start()
        if depth == 0:
            cuts.append(m)
    if not cuts or "$" in answer or "\\text" in answer or _PROSE_RUN.search(COMMAND.sub(" ", answer)):
        return answer
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(answer)]
    steps = [answer[a:b].strip(" \t\n.,;") for a, b in zip(bounds[::2], bounds[1::2])]
    if any(not st or not _STEP_RELATION.search(st) or _DENIES.search(st) for st in steps) or any(
            _SOLVED.fullmatch(st) for st in steps[:-1]):
        return answer
    return steps[-1]


_PROSE_RUN = re.compile(r"[A-Za-z]{2,}")
_STEP_RELATION = re.compile(r"[=<>≤≥]|\\(?:le|ge|leq|geq|lt|gt)(?![A-Za-z])")
_DENIES = re.compile(r"≠|\\(?:neq|ne|not)(?![A-Za-z])")
_SOLVED = re.compile(r"[A-Za-z](?:_\{?\w{1,3}\}?)?\s*=\s*-?\d+(?:\.\d+)?")


def _rank(o: Outcome) -> int:
    # when no reading is EQUAL, keep the most cautious verdict: UNSURE beats DIFFERENT
    return 1 if o is Outcome.UNSURE else 0


_INNER_SPACE = re.compile(r"(?<![\w])\s+|\s+(?![\w])")


def _squash(s: str) -> str:
    """Whitespace-insensitive text, but case and a space between two word characters are kept: `1 2` is not `12`,
    `X^{-3}` is not `x^{-3}`, `5 mW` is not `5 MW`."""
    return _INNER_SPACE.sub("", _SPACES.sub(" ", s))


_PLAIN_MIXED = re.compile(r"\s*(-?\d+)[ \t]+(\d+)\s*/\s*(\d+)((?:[ \t]+[A-Za-z][A-Za-z ]{0,30})?)\s*\Z")


# `\text{(1) } 2; \text{(2) } 3`, `(1) 2; (2) 3`, `(I) 5, (II) 7`, `(a) 5; (b) 3`: the answers of a problem's numbered
# parts, in order: the list `2, 3` (the markers only number the parts; two or more, from (1) / (I) / (a) on, in
# sequence, one scheme)
# (not the argument of a function, `f(2)`; a mark inside a text that goes on, `\\text{(2) minimum value } 2`, leaves
# the text open for the part: `\\text{minimum value } 2`)
_PART_MARK = re.compile(r"(?P<text>\\text\s*\{\s*)?(?<![A-Za-z0-9_}\]])\(\s*(\d|I{1,3}|IV|V|[a-f])\s*\)\s*(?P<close>\})?\s*")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def _numbered_parts(s: str) -> str:
    marks = list(_PART_MARK.finditer(s))
    if len(marks) < 2 or marks[0].start() != 0:
        return s
    marked = [m.group(2) for m in marks]
    nums = [int(x) if x.isdigit() else _ROMAN[x] if x in _ROMAN else ord(x) - 96 for x in marked]
    if nums != list(range(1, len(nums) + 1)) or len(
            {"digit" if x.isdigit() else "letter" if x.islower() else "roman" for x in marked}) > 1:
        return s  # (in order from the first part, in one scheme: (1) (2), (I) (II) or (a) (b))
    parts = [("\\text{" if m["text"] and not m["close"] else "") + s[m.end():n.start() if n else len(s)]
             for m, n in zip(marks, marks[1:] + [None])]
    parts = [re.sub(r"[\s;,.]*(?:\\[ ,;]|~)?[\s;,.]*\Z", "", p.strip()) for p in parts]
    # (a part that is itself a list, `(1) 1, 2; (2) 3`, would lose its bounds in the joined list: left as written)
    return s if any(not p or _top_comma(p) for p in parts) else ", ".join(parts)


_QUESTION_END = re.compile(r"\?[\s}$.]*\Z")
# a gold that is one value: a number or an interval (`[3, 5]` is no list of two)
_ONE_VALUE_GOLD = re.compile(r"-?\d+(?:\.\d+)?|(?:\\left)?[\[(][^,;()\[\]]+,[^,;()\[\]]+(?:\\right)?[\])]")


def _top_comma(s: str) -> bool:
    """A comma outside brackets and braces (a list), in one linear pass."""
    depth = 0
    for c in s:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            return True
    return False


# `k \\in Z`, `x ∈ R`: a plain capital after "in" written for the number set (`\\mathbb{Z}`), unless the question
# uses that letter otherwise (`N = \\{x \\mid ...\\}`, `M \\cap N`, "Let $Z$ be the set of even integers")
_PLAIN_SET = re.compile(r"(\\in(?![A-Za-z])|∈)\s*([RZNQ])(?![A-Za-z0-9({\\])")
# a membership in a number set, `\\in Z`, `∈ \\mathbb{R}`: the one use of the bare letter a question may make
_MEMBERSHIP = re.compile(r"(?:\\in(?![A-Za-z])|∈)\s*(?:\\mathbb\s*\{?\s*)?[RZNQ]")


# "Which is larger, $2^{30}$ or $3^{20}$?": the comparative the asking sentence asks, and an answer that names one
# value with it ("$3^{20}$ is larger", `3^{20} \text{ is larger}`)
_WHICH = re.compile(r"(?i)\bwhich\s+(?:one\s+|number\s+|value\s+|of\s+(?:the|these)\s+\w+\s+)?is\s+(?:the\s+)?"
                    r"(larger|greater|bigger|smaller|less|lesser|largest|greatest|biggest|smallest|least)\b")
_IS_ADJ = re.compile(r"^(?P<v>[^\s].{0,80}?)\s*(?:\\text\s*\{\s*)?is\s+(?:the\s+)?(?P<adj>[a-z]+)\s*\.?\s*\}?\s*\.?$")


def _picked(a: str, question: str | None) -> str:
    """The value an answer picks with the question's own comparative, or the answer as it is."""
    if not question or "is" not in a:
        return a
    asked = _WHICH.search(question)
    m = _IS_ADJ.match(a.strip()) if asked else None
    if m is None or m["adj"].lower() != asked.group(1).lower() or re.search(r"(?i)\b(?:not|or|than)\b", m["v"]):
        return a
    return m["v"].strip()


def _plain_sets(s: str, question: str | None) -> str:
    if "\\in" not in s and "∈" not in s:
        return s

    def standard(m: re.Match) -> str:
        x = m.group(2)
        # (any other bare use of the letter may make it a set of its own: "Let $Z$ be the set of even integers",
        # `R := (0, 1]`, `M \\cap N`)
        if question and re.search(rf"(?<![A-Za-z\\{{]){x}(?![A-Za-z}}])", _MEMBERSHIP.sub(" ", question)):
            return m.group(0)
        return f"{m.group(1)} \\mathbb{{{x}}}"

    return _PLAIN_SET.sub(standard, s)


def _parse_variants(s: str, deadline: Deadline | None, euro: bool = False) -> list:
    """The parse of `s`, plus readings of digit groups: `1,000` is also 1000; `3,5` is also 3.5, but only when the
    question writes decimals with a comma itself (`5,1` is otherwise the list 5, 1, as in "min and max")."""
    texts = [s]
    if _THOUSANDS.search(s):
        texts.append(_THOUSANDS.sub(lambda m: m.group(1).replace(",", ""), s))
    if _SPACE_THOUSANDS.search(s):  # `1 000`, `7 425 000`: groups of exactly three digits (never `1 2`)
        texts.append(_SPACE_THOUSANDS.sub(lambda m: m.group(1).replace(" ", ""), s))
    mixed = _PLAIN_MIXED.match(s)
    if mixed and 0 < int(mixed.group(2)) < int(mixed.group(3)):
        # `3 1/2` (plain text) is the mixed number 3 + 1/2, as `3\\frac{1}{2}` is: never 3 times 1/2
        texts = [f"{mixed.group(1)}\\frac{{{mixed.group(2)}}}{{{mixed.group(3)}}}{mixed.group(4) or ''}"]
    m = _DECIMAL_COMMA.match(s) if euro else None
    if m and len(m.group(2)) != 3:
        texts.append(f"{m.group(1).replace('.', '').replace(' ', '')}.{m.group(2)}")
    out = []
    for t in texts:
        try:
            out.append(parse(tokenize(t, deadline), deadline))
        except (ParseError, LexError):
            continue
    return out


_UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SPELLED = {w: i for i, w in enumerate(_UNITS_WORDS)}
_SPELLED.update({t: 20 + 10 * i for i, t in enumerate(_TENS_WORDS)})
_SPELLED.update({f"{t}-{u}": 20 + 10 * i + j for i, t in enumerate(_TENS_WORDS) for j, u in enumerate(_UNITS_WORDS[1:10], 1)})
_TEXT_WRAP = re.compile(r"^\\(?:text|textbf|mathrm)\s*\{\s*([A-Za-z-]+)\s*\}$")


# a number word and the words a question counts: "three real roots" for "How many real roots ...?"
_SPELLED_COUNT = re.compile(r"^([A-Za-z-]+)((?:\s+[A-Za-z]{2,15}){1,3})\.?$")


def _spelled(s: str, question: str | None = None) -> str:
    """A whole answer that is one number word (`four`, `Twenty-one`, `\\text{twelve}`) is that number, and so is one
    followed only by words of the question's "how many" ("three real roots" is `3 real roots`, whose nouns the unit
    rules then read). Only there: inside a sentence a number word is prose ("one of the roots") and stays words."""
    m = _TEXT_WRAP.match(s)
    word = (m.group(1) if m else s).lower()
    n = _SPELLED.get(word)
    if n is None and question and (c := _SPELLED_COUNT.match(s)) and c[1].lower() in _SPELLED:
        from . import units

        nouns = units.counted_nouns(question)
        if all(w.lower() in nouns for w in c[2].split()):
            return f"{_SPELLED[c[1].lower()]}{c[2]}"
    return str(n) if n is not None else s


# (the number may group thousands, `1,000 m`: a comma before exactly three digits, never a list there; or be in
# scientific notation, `3 \times 10^8 m/s`)
_BARE_UNIT = re.compile(r"^(?P<num>-?(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
                        r"(?:\s*(?:\\times|\\cdot|×)\s*10\s*\^\s*(?:\{\s*-?\d+\s*\}|-?\d+))?)\s*(?P<u>[A-Za-z]{1,5}(?:/[A-Za-z]{1,5})?)(?P<pow>\^\{?[23]\}?)?$")
_GOLD_UNIT = re.compile(r"\\(?:text|mathrm)\s*\{\s*([A-Za-z]{1,5}(?:/[A-Za-z]{1,5})?)\s*\}(\^\{?[23]\}?)?\s*$")


def _bare_unit(g: str, a: str, question: str | None, data: bool = False) -> str:
    """`5 m`, `90 km/h` written without \\text: letters the lexer would read as variables. When the gold ends in a
    unit of the same dimension (`500 \\text{ cm}`, `25 \\text{ km/h}`), or the question asks for the answer in a
    unit of that dimension ("What is the speed in km/h?"), the answer's letters are read as that kind of unit too
    (`5 \\text{m}`), and the unit rules compare them. Never without either: `5 a` may be 5a. With `data` (the gold
    read against the answer: `9.54 m`), also when the question writes its own data in that unit ("a 10 m ladder")
    and never uses the letters as a name in its math."""
    m = _BARE_UNIT.match(a)
    if m is None:
        return a
    if data and question and _names_letters(m.group("u"), question):
        return a  # ("a block of mass m": the gold's `3 m` may be 3 times m)
    if data and question and not m.group("pow") and _data_unit(m.group("u"), question):
        return f"{m.group('num')} \\text{{ {m.group('u')}}}"
    gm = _GOLD_UNIT.search(g)
    if gm is not None:
        if (m.group("pow") or "").strip("^{}") != (gm.group(2) or "").strip("^{}"):
            return a
        dim = _dimension(m.group("u"))
        if dim is None or dim != _dimension(gm.group(1)):
            return a
    elif question:
        from . import units

        # (`300 m^2` where the question's asking sentence asks "in square meters": the power read with the unit)
        power = (m.group("pow") or "").strip("^{}")
        unit = units.lookup(m.group("u") + (f"^{power}" if power else ""))
        asked = units.asked_units(question)
        if power:  # (only where every unit the question asks is of that kind, the last sentence asking one)
            last = units.asked_units(last_sentence(question))
            asked = last if unit is not None and all(units.same_dim(unit, u) for u in asked) else ()
        if unit is None or not any(units.same_dim(unit, u) for u in asked):
            return a
    else:
        return a
    return f"{m.group('num')} \\text{{ {m.group('u')}}}{m.group('pow') or ''}"


_WRAPPED = re.compile(r"\\(?:text|mathrm|rm|mbox)\s*\{[^{}]*\}")


def _data_unit(u: str, question: str) -> bool:
    """The question states its data in unit `u` (or, for `m/s`, in each of its parts' dimensions) and never writes
    the unit's letters as a name (`$m$`, `$s + 1$`, "a block of mass m": there `5 m` may be 5 times m)."""
    from . import units

    dims = _dimension(u)
    if dims is None:
        return False
    data = units.data_units(question)
    if not any(_dimension(d.name) == dims or (len(dims) > 1 and d.dim == dims[0]) for d in data):
        return False
    return not _names_letters(u, question)


def _names_letters(u: str, question: str) -> bool:
    """The question writes a unit's letters alone somewhere but right after a number ("a block of mass m", `$m + 3$`):
    there they name something."""
    text = _WRAPPED.sub(" ", question)
    math = " ".join(next((x for x in sp.groups() if x), "") for sp in _Q_MATH.finditer(text))
    prose = _Q_MATH.sub(" ", text)
    # (in math a letter next to another is a product, `mx`; in prose a word)
    return any(re.search(rf"(?<![A-Za-z\\\d.])(?<!\d )(?<!\d~){re.escape(p)}(?![A-Za-z])", prose) or
               re.search(rf"(?<![\\\d.])(?<!\d )(?<!\d~){re.escape(p)}(?![a-z]{{2}})", math) for p in u.split("/"))


def _dimension(u: str) -> tuple | None:
    from .units import lookup

    parts = [lookup(p) for p in u.split("/")]
    return None if any(p is None for p in parts) else tuple(p.dim for p in parts)


def _is_number(tree) -> bool:
    if free_symbols(tree):
        return False
    try:
        evaluate(tree)
        return True
    except EvalError:
        return False


_NUMBER_WORDS = re.compile(r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|half|third|quarter|none|infinitely|infinite)\b", re.I)


def _number_word(a: str) -> bool:
    return _NUMBER_WORDS.search(a) is not None
