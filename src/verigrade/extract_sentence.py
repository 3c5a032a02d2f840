"""The last-resort extraction source: a response that ends in a concluding sentence instead of a marked answer.

"Therefore, there are 12 distinct sequences that meet the conditions." commits to 12 as clearly as a box does;
Math-Verify reads such endings (it takes the last number anywhere), verigrade only this narrow shape:
  - the response's last sentence (after the trailers below) starts with a concluding word (therefore, thus,
    hence, so, in conclusion, consequently, finally), or, without one, has the strict statement shape: it
    starts with a subject (the, this, our, its, we, which) and ends on its value right after a copula ("The
    minimum value is $-3$.", "The total number of ways is 14.", "We get $x = 2$."); the filler-only framing
    ("$x = 7$ is the solution") and a word after the value need the concluding word, and a hedge earlier on
    the same line ("I doubt the answer is 5. The correct value is 6.") leaves no answer;
  - it holds exactly one value: one math span (or a list written a span per part, joined only by commas and
    "and": `$8$, $4$`), or one number and no math span. No word outside the math may
    change a value wherever it stands (_CHANGES_VALUE: `$5$ thousand`, `twice $5$`, `the reciprocal of $5$`,
    `half of the total is $5$`). A math span is taken when every other word only frames it ("In conclusion,
    $x = 7$ is the solution.") or when it is stated like a bare number below ("the count is $5$ apples");
    `$74$ cm` is not (the unit is outside the span). A bare number must be
    stated by a copula ("there are 12 ...", "the total is 40.", "we find that 12"; after a concluding word
    also by a verb that states a quantity: "So Lena sold 72 cupcakes."), not by an operation ("minus 96",
    "half of 12", "twice 5"), and the word after it must not change its value or meaning: a scale or fraction
    word ("5 thousand", "5040 thousandths"), a qualifying word of the rules ("5 times", "5 squared") or a
    percent. A unit after it stays with it ("74 cm" -> `74 \text{ cm}`: the unit rules compare it).
    Otherwise no answer, never a part of the phrase;
  - a sentence with no math and no number states a text value: all after its first copula (is, are, was,
    were, equals), the whole rest ("Therefore, the winner is the second player." -> `the second player`);
  - one `$` on the last line, before a number ("The total is $22.40."), is a currency sign (plain-text answers);
  - it is a plain statement: no hedge, negation or comparison word (extract_markers._NOT_PLAIN_STATEMENT) outside the
    math, no question (`$3 \\text{ or } 4$` is one answer: the rules read the `or` inside it).
  - a count with the question's counted words ("There are 12 ways.", "360 has 24 positive divisors.") is read
    against its "How many ...?" clause in extract_counts.py; the word helpers both use are in extract_words.py.
Anything else stays "no final answer": a number is never guessed out of the reasoning.
What follows the answer and is not part of it (chat tokens, invented turns, closing remarks) is cut first, in
extract_trailers.py; how a subject names what it states (a letter, a possessive, the question's own words) is
read in extract_subjects.py.
"""
from __future__ import annotations

import re

from .extract_clauses import (_CUE, _OR_JOINT, _RELATION, _equated, _given_numbers, _main_clause, _one_letter,
                              _restatement, _without_where)
from .extract_counts import _counted_after, counted_statement, predicate_off, subject_off, there_are
from .extract_subjects import _POSSESSIVE, POSSESSOR, _after_named_subject, _asked_subject, _possessor_asked, derived, other_points
from .extract_text import clean
from .extract_stated import (_BE_LATER, _COPULA, _GENERIC_UNITS, _NAMED, other_quantity, stated_in_asked, _THING, _UNIT_AFTER, _plainly_stated, _stated_unit,
                             _unasked_subject, _unit_after, _unit_ends)
from .extract_words import (_BOLD, _CHANGES_VALUE, _ENDS, _LETTERS, _NUMBER, _TEXT_COPULA, _WORD,
                            _words_of)
from .rules.context import COMMAND
from .rules.extremes import other_extreme

_SIGN_OFF = re.compile(r"(?i)\bI\s+hope\s+(?:it|this)\s+is\s+correct\s*[.!]?\Z")
# the strict shape's subject: a statement about the result, not an instruction or a step ("Let x be 5.")
# between the spans of a list written a span per part: a comma, "and", or both
_JOINT = re.compile(r"\s*(?:,|,?\s*and)\s*")
_MAX_TEXT = 200
_LONE_DIGITS = re.compile(r"(?<![A-Za-z])\d+(?![A-Za-z\d])")
# (after a leading participle clause of a few words: "Solving, we find that ...", "Simplifying the sum, the ...")
# (a possessive is a subject too: "Her annual salary is ...", "Jill's total is ..." — a capitalised name's, never the
# contractions "It's", "Let's", "That's", "What's", ...)
_SUBJECT = re.compile(r"(?i)(?:[a-z]+ing(?:\s+[a-z]+){0,3},\s+)?(?:the|this|our|its|we|which|each|angle|" + POSSESSOR +
                      r")\s")
# a sentence ends at `. ` / `! ` / `? ` or a newline, and where a math span closes and a capitalised word follows:
# responses whose line breaks were lost run "... $y = 6$ So, the ordered pair ..." together (a name or a unit after
# a span, "$5$ Apples", is rare; a lone capital `$x$ A` is no word and stays inside)
# (and before a capitalised concluding word right after a value: plain-text responses run "... P(A) = 2/3 Therefore,
# the probability ..." together the same way; after words, "Do not conclude So ...", it is no new sentence)
_BOUNDARY = re.compile(r"(?<!\bi\.e)(?<!\be\.g)[.!?]\s+|\n|(?:(?<=\$)|(?<=\\\)))[ \t]+(?=[A-Z][a-z]+[\s,])|"
                       r"(?<=[\d)\]}$])[ \t]+(?=(?:Therefore|Thus|Hence|So|Finally|Consequently)\b,?\s)")
_MAX_SENTENCE = 400
_BARE_SENTENCE = 160  # a one-line text this short is a whole answer, even without a full stop
_OPTION_MARK = re.compile(r"\(?[A-H]\)?\s*[:：.)]\s|\([A-H]\)")
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had)\b")
_DIGIT = re.compile(r"\d")


# (math a bold value may be: numbers, brackets, commas, a sign, infinity, a percent, a power or a fraction bar; no
# range `5-6`, no `~5` / `≈5`, no `4!`, no arrow)
_BOLD_MATH = re.compile(r"[\d\s.,()\[\]+∞%^/-]+")
_RANGE = re.compile(r"\d\s*-\s*\d")


def _glued_in_question(letter: str, question: str | None) -> bool:
    """The question glues `letter` to a word too (`$y$-axis`, `y-intercept`, `\\(x\\)-coordinate`)."""
    if not question or not re.fullmatch(r"[A-Za-z]", letter):
        return False
    return re.search(r"(?<![A-Za-z\\])" + letter + r"(?:\s*\$|\s*\\\))?-[A-Za-z]", question) is not None


def _subject_asked(sentence: str, question: str | None) -> bool:
    """The sentence has a copula and every word of its subject is the asking sentence's (_unasked_subject)."""
    return bool(_BE_LATER.search(sentence)) and not _unasked_subject(sentence, len(sentence), question)


# (`π`, `2π`, `π/3`, `√3`, `3√2`, `-√2/2` closing the sentence)
_UNICODE_VALUE = re.compile(r"(?<![\w$])(-?(?:\d+(?:\.\d+)?)?(?:π|√\d+)(?:/\d+)?)(?=\s*[.!]?\s*\Z)")
_PLAIN_FIGURE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")  # (a plain number stays plain text: its noun is read after it)


def _bold_value(m: re.Match) -> str:
    inner = m.group(1).strip()
    if _BOLD_MATH.fullmatch(inner) and _DIGIT.search(inner) and not _PLAIN_FIGURE.fullmatch(inner) and not _RANGE.search(
            inner):
        return "$" + re.sub(r"(?<!\\)%", r"\\%", inner) + "$"
    return m.group(1)


# a lead-in that sets aside what its line introduces ("A common mistake gives:", "Do not say", "Avoid:")
_SETS_ASIDE = re.compile(r"(?i)\b(?:mistake|mistaken|wrong|incorrect|careless|avoid|not|never|maybe|perhaps|might|"
                         r"guess|would|error|false|bad|naive|tempting)\b|n't\b")


def _doubting_lead(s: str, sentence: str, not_plain: re.Pattern) -> bool:
    """The sentence opens its own line under a line that leads into it (ends with `:`, or without a full stop) and
    sets it aside, or a bold last line stands under another bold line that states a value (two bold answers)."""
    at = s.rfind(sentence[:40])
    if at < 0:
        return False
    head = s[:at]
    line_start = head.rfind("\n") + 1
    if head[line_start:].strip(" \t*"):
        return False  # (the sentence does not open its line)
    lines = [ln.strip() for ln in head[:line_start].split("\n") if ln.strip()]
    if not lines:
        return False
    above = lines[-1]
    if _BOLD_ONLY.fullmatch(above) and _DIGIT.search(above) and s.rstrip().endswith("**"):
        return True
    if above.endswith(":") or not above.endswith((".", "!", "?", "$", "**", "\\]")):
        return bool(_SETS_ASIDE.search(above) or not_plain.search(above))
    return False


_BOLD_ONLY = re.compile(r"\*\*[^*\n]{1,200}\*\*")


def _line_before(s: str, sentence: str) -> str:
    """The text on the sentence's own line before it (the last occurrence of the sentence in `s`)."""
    at = max(s.rfind(sentence), 0)
    return s[s.rfind("\n", 0, at) + 1:at]


def conclusion(text: str, math_span: re.Pattern, not_plain: re.Pattern, question: str | None = None) -> str | None:
    """The one value the response's concluding last sentence states, or None (see the module docstring).
    `math_span` and `not_plain` are extract's own, so both modules read math spans the same way."""
    s = text.rstrip()
    off = _SIGN_OFF.search(s, max(0, len(s) - 60))  # searched in the last characters only: linear on any input
    if off:
        s = s[:off.start()].rstrip()
    if not s.endswith((".", "!", "$", "**")) and (len(s) > _BARE_SENTENCE or "\n" in s or not _FINITE.search(s)):
        return None  # cut off mid-sentence (a bold value may end it: "... as a decimal is **0.15**"); a short line
        # alone with a verb is a whole answer written as a sentence ("The area is 12 square units"): nothing was cut
    if not s.endswith((".", "!", "$", "**")):
        s += "."
    s = _currency_sign(s)
    sentence = _last_sentence(s)
    if sentence is None:
        return None
    if _doubting_lead(s, sentence, not_plain):
        return None  # ("A common mistake gives:\n\n**Janet has 11 apples left.**", two bold lines of values)
    # "The number of solutions is **4**.": bold only emphasises; a bold value of math (no word in it: `**(2, +∞)**`,
    # `**12.36%**`) is read as the math span it stands for
    sentence = _BOLD.sub(_bold_value, sentence)
    if "$" not in sentence and ("π" in sentence or "√" in sentence) and _subject_asked(sentence, question):
        # "The smallest positive period is π.": a value typed in Unicode symbols ends the sentence; read as the math
        # span it stands for (where every word of the subject is the asking sentence's: "the period of cos x" or "the
        # period we guessed" state something else)
        sentence = _UNICODE_VALUE.sub(r"$\1$", sentence)
    # "The probability is approximately $0.458$.": the stated value is an approximation, which the rules judge by
    # the rounding policy (an integer never passes for a non-integer gold): the word right before it goes
    sentence = _APPROX_BEFORE.sub("", sentence)
    if _POLAR_START.match(sentence) and question and _YES_NO_QUESTION.match(question.strip().split("\n")[-1]) and \
            not not_plain.search(math_span.sub(" ", _line_before(s, sentence))):
        # "No, 221 is not prime." answers "Is 221 a prime number?": the whole sentence, for the rules to read its
        # yes/no and what the clause after it claims
        return sentence.rstrip(" .!")
    sentence = _main_clause(sentence, math_span)
    sentence = _without_where(sentence, math_span, not_plain, question)
    clock = _clock_statement(sentence, not_plain, question)
    if clock:
        return clock
    sentence = _spelled_count(sentence, question)
    counted = there_are(sentence, not_plain, question)
    if counted:
        return counted
    prose = math_span.sub(" ", sentence)
    if other_extreme(prose, question):
        return None  # "The maximum value is 3." answers no question that asks for the minimum
    if derived(prose, question):
        return None  # "The square of the answer is 49.": another quantity than the one asked
    if other_points(prose, question):
        return None  # "The length of BC is 10." for "Find AC ...": another segment's value
    cue = _CUE.match(sentence)
    equated = _equated(sentence, cue.end() if cue else 0, math_span, question)
    if equated:
        return equated
    listed = _clause_list(sentence[cue.end():] if cue else sentence, math_span, not_plain)
    if listed:
        return listed
    # (a name's statement only against a question whose words it uses: "Janet makes $18 every week." does not answer
    # "How much does Janet make every day?", nor "Tom has 40 marbles." a question about Janet)
    named = None if cue or not question else _NAMED.match(sentence)
    if named is None and not cue and question:
        thing = _THING.match(sentence)  # (unless every word is the question's, the strict shape reads it, as before)
        named = thing if thing and _words_of(sentence, question) else None
    if named is not None and not (_words_of(sentence, question) and _asked_words(sentence, math_span, question)):
        return None  # (every word the question's, and those of its asked part: "Janet has 13 apples left." does not
        # answer "How many apples did Janet eat?", "Each worker earns $120 each hour." not "... per day?")
    if named is None and question:
        counted = counted_statement(sentence[cue.end():] if cue else sentence, not_plain, question)
        if counted:
            return counted
    # without a concluding word, only the strict statement shape: "The minimum value is $-3$." (see docstring),
    # or a number a name's verb states ("Janet makes $18 every day.")
    strict = cue is None and named is None
    if named is not None and math_span.search(sentence):
        # "Hillary has $7$ nickels.": a number set as math is still the plain number of a name's statement
        unwrapped = _NUMBER_SPAN.sub(r"\1", sentence)
        sentence = sentence if math_span.search(unwrapped) else unwrapped
    before = _line_before(s, sentence) if named is not None or strict else ""
    if named is not None and (math_span.search(sentence) or not_plain.search(before)):
        return None
    if strict and (not _SUBJECT.match(sentence) or not_plain.search(math_span.sub(" ", before))
                   or not _possessor_asked(sentence, question)
                   or (not _POSSESSIVE.match(sentence)  # (a possessive is _possessor_asked's)
                       and other_quantity(sentence, len(sentence), question))):
        return None  # "I doubt the answer is 5. The correct value is 6.": the line hedges; "The area of the square is
        # 24." for "If the area of a square is 36, what is its perimeter?": its subject is no word of what is asked
    spans = list(math_span.finditer(sentence))
    all_spans = spans
    spans = _after_named_subject(sentence, spans, question)
    name = None
    restated = _asked_subject(sentence, spans, question) if len(spans) == len(all_spans) else None
    if restated is not None:
        spans = all_spans = restated  # "The real part of $z^2$ is $-2$." for "... what is the real part of $z^2$?"
    if len(spans) < len(all_spans) and re.match(r"-[A-Za-z]", sentence[all_spans[0].end():]) and _glued_in_question(
            clean(next(g for g in all_spans[0].groups() if g is not None)).strip(), question):
        pass  # "The $y$-intercept is $(0, 4)$." for "... crosses the $y$-axis": the letter is part of a word the
        # question writes with it too (`$y$-axis`), not the value's name; "The $x$-intercept is $4$." for "Find the
        # $y$-intercept" keeps the x as its name (another quantity)
    elif len(spans) < len(all_spans):  # the subject's one letter names the values: `k = 4, k = 8`
        name = clean(next(g for g in all_spans[0].groups() if g is not None)).strip()
        if re.search(r"(?i)\bangle\s*\Z", sentence[:all_spans[0].start()]) and len(name) <= 3 and name.isalpha():
            name = "\\angle " + name  # "Angle $C$ measures $44$ degrees.": the letters name an angle
    outside = math_span.sub(" ", sentence)
    # `$x = 3$ or $x = -2$`: the solutions of one letter (a list, not a choice between values); its `or` is no hedge
    # (`$x<2$ or $x>3$`: bounds joined by "or", one union; the parts are joined so, for the rules to read)
    solutions = _one_letter(spans) if len(spans) > 1 and all(
        _OR_JOINT.fullmatch(sentence, a.end(), b.start()) for a, b in zip(spans, spans[1:])) else None
    if solutions:
        outside = math_span.sub(" ", sentence[:spans[0].start()]) + " " + sentence[spans[-1].end():]
    # hedges are read outside the math only: `$3 \text{ or } 4$` is one answer, the rules read its `or`
    # (a percent right after the one plain number is that number's own, kept with it below: "increases by 100%.")
    if not_plain.search(outside) or _CHANGES_VALUE.search(outside if spans else _OWN_PERCENT.sub(r"\1", outside)):
        return None
    numbers = _NUMBER.findall(outside)
    begin = end = value = None
    restated = _restatement(sentence, spans, math_span)
    if restated is not None and not numbers:
        return restated
    # one span, or `$8$, $4$` / `$a=2$ and $a=-6$`: one list written a span per part (never equal to a one-part gold)
    if spans and (solutions or all(_JOINT.fullmatch(sentence, a.end(), b.start()) for a, b in zip(spans, spans[1:]))):
        parts = [clean(next(g for g in sp.groups() if g is not None)) for sp in spans]
        if len(parts) > 1 and any(not p.strip() for p in parts):
            return None
        begin, end = spans[0].start(), spans[-1].end()
        value = parts[0] if len(parts) == 1 else (" \\text{ or } " if solutions == "<" else ", ").join(
            p.strip() for p in parts)
    if value is not None and not numbers:
        unit = _stated_unit(sentence, begin, end, verbs=not strict, question=question) if len(spans) == 1 else None
        if unit and _ENDS.fullmatch(sentence, _UNIT_AFTER.match(sentence, end).end()) and _unit_value(
                value.strip()):
            # "The trains travel at $85.7$ km/h.": a number span, its unit after it, the end of the sentence (the
            # subject's name kept: "The measure of $\\angle ACB$ is $45$ degrees." names the angle); a value of
            # numbers and constants (`$\\frac{\\pi}{6}$ radians`) or one letter's (`$R = 13$ cm`) carries it the same way
            return f"{name} = {value.strip()}{unit}" if name else value.strip() + unit
        stated = _plainly_stated(sentence, begin, end)
        if strict and not (stated and _ENDS.fullmatch(sentence, end)):
            return None  # the strict shape: a copula, the value, the end of the sentence
        framing = math_span.sub(" ", sentence[cue.end() if cue else 0:])
        if not (stated or _only_filler(re.sub(r"\bor\b", " ", framing) if solutions else framing)):
            return None  # `$5$ thousand`, `$74$ cm`, `the reciprocal of $5$`: more than the value
        if len(value.strip()) == 1 and value.strip().isalpha() and not stated:
            return None  # a lone letter framed by filler is a name ("we have found $x$"), not a stated choice
        if name and value.strip():
            # (a part that is itself a relation states it on its own: "The range of $a$ is $a < \\frac32$." is
            # `a < \\frac32`, never `a = a < \\frac32`)
            return ", ".join(p.strip() if _RELATION.search(p) else f"{name} = {p.strip()}" for p in parts)
        return value if value.strip() else None  # `the result is $A$.` (a choice), `$>$` (a comparison)
    given = _given_numbers(sentence, question) if not spans and 2 <= len(numbers) <= 4 else set()
    if not spans and len(numbers) - len(given) == 1:
        # ("So 12 pencils cost $3.00." for "How much do 12 pencils cost?": the question's own "12 pencils" is the
        # subject restated, the other number the value)
        m = next((x for x in _NUMBER.finditer(sentence) if x.start() not in given), None)
        generic = bool(m and _GENERIC_UNITS.match(sentence, m.end()))
        if m and strict and not (_ENDS.fullmatch(sentence, m.end()) or _unit_ends(sentence, m.end(), question)
                                 or generic):
            return None  # (the strict shape ends on its value: a unit after it, "is 1 J.", "is 122.5 m high.", "is 12
            # square units.": a generic unit names no unit)
        if m and (given or generic) and _unasked_subject(sentence, m.start(), question):
            return None  # (numbers of the question in the subject, or a generic unit, only where every word of the
            # subject is the asking sentence's: "The area of the 8 by 6 rectangle is 28." for its perimeter)
        begin = m.start() - 2 if m and sentence[max(0, m.start() - 2):m.start()] == "\\$" else m.start() if m else 0
        unit = _stated_unit(sentence, begin, m.end(), verbs=not strict, question=question) if m else None
        if unit is None and m and cue and begin == cue.end() and question and _words_of(sentence, question):
            # "So 4.5 cups of sugar are needed.": the number opens the concluding clause, every other word the
            # question's (its noun kept for the rules to read against it)
            unit = _unit_after(sentence, m.end(), question)
        if unit is None and m and named is not None and _counted_after(sentence, m.end(), question):
            # "Lena will finish the book in 12 days." for "How many days ...?": the number carries the noun the
            # question counts, every word is the question's (checked above); its unit kept for the rules
            unit = _unit_after(sentence, m.end(), question)
        if unit is not None and m and _COPULA.search(sentence, 0, m.start()) and _BE_LATER.search(sentence, m.end()):
            return None  # "the result is 7 packs are green.": the number is the subject of another clause
        if unit is not None and m and len(_FINITE.findall(sentence, 0, m.start())) > 1:
            return None  # "the result is Each of the marbles has 3 values.": the number is another clause's
        if unit is not None and m and (predicate_off(sentence, m.end(), question) or subject_off(
                sentence, cue.end() if cue else 0, m.start(), question)):
            return None  # "So 8 balls are red." for "How many balls are blue?": other things counted
        return None if unit is None else sentence[begin:m.end()] + unit
    if not spans and not numbers and named is None:
        if question and _unasked_subject(sentence, len(sentence), question):
            return None  # (a text value of another subject: "The function g is increasing." for a question about f)
        return _stated_text(sentence, cue.end() if cue else 0)
    return None


# "Jenna finishes at 6:25 PM.", "That's 6:25 PM.": the one time of day a sentence ends on, for a question that asks a
# time (rules/clock.py compares it)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s*[Mm]\b\.?)?")
_TIME_END = re.compile(r"(?i)(?:\bat|\bis|\bwas|\bwill\s+be|['’]s|\bby)\s+(\d{1,2}:\d{2}(?:\s*[AP]\.?\s*M\b\.?)?)\s*[.!]?\s*\Z")


# "Tom has twenty-seven marbles left.": a number word right after a verb and before a noun the question counts ("How
# many marbles ...?") is that number, for the statement readers below
_SPELLED_BEFORE_NOUN = re.compile(r"(?i)\b(has|have|had|is|are|was|were|makes?|made|gets?|got|needs?|needed|sold|"
                                  r"bought|owns?|holds?|contains?)\s+([a-z]+(?:-[a-z]+)?)\s+([a-z]{3,15})\b")


def _spelled_count(sentence: str, question: str | None) -> str:
    if not question or "how many" not in question.lower():
        return sentence
    from .rules.engine import _SPELLED
    from .rules.units import counted_nouns

    nouns = counted_nouns(question)

    def digits(m: re.Match) -> str:
        n = _SPELLED.get(m.group(2).lower())
        return m.group() if n is None or m.group(3).lower() not in nouns else f"{m.group(1)} {n} {m.group(3)}"

    return _SPELLED_BEFORE_NOUN.sub(digits, sentence)


def _asked_words(sentence: str, math_span: re.Pattern, question: str) -> bool:
    """extract_stated.stated_in_asked on the sentence's prose words, its units aside (`km`, `dollars`); the words
    before its first number may restate the subject."""
    from .rules.units import lookup

    prose = math_span.sub(" 0 ", sentence)
    first = _NUMBER.search(prose)
    tokens = re.findall(r"[A-Za-z]+|\d", prose)
    before = next((i for i, t in enumerate(tokens) if t.isdigit()), len(tokens)) if first else None
    words, cut = [], None
    for i, t in enumerate(tokens):
        if t.isdigit():
            continue
        if before is not None and cut is None and i > before:
            cut = len(words)
        if len(t) == 1 or lookup(t) is None or t.lower() in _COMMON_WORDS:
            words.append(t)
    return stated_in_asked(words, question, cut if cut is not None else len(words))


_COMMON_WORDS = frozenset({"in", "at", "a", "are", "each", "per", "every", "day", "hour", "week", "minute", "year"})


def _clock_statement(sentence: str, not_plain: re.Pattern, question: str | None) -> str | None:
    from .rules.clock import asks_time

    if not question or ":" not in sentence or not asks_time(question):
        return None
    m = _TIME_END.search(sentence)
    if m is None or len(_TIME_OF_DAY.findall(sentence)) != 1 or not_plain.search(sentence[:m.start(1)]):
        return None
    # every other word what is asked (extract_stated.stated_in_asked): "Jenna finishes at" for "At what time does she
    # finish?", never "Jenna started at", nor "Tom arrives at" for "At what time does Jerry arrive?"
    words = re.findall(r"[A-Za-z]+", sentence[:m.start(1)])
    if not stated_in_asked(words, question, 1):  # (only the subject may be the question's, the verb the asked one)
        return None
    return m.group(1).rstrip(".")


_POLAR_START = re.compile(r"(?i)(?:yes|no)\s*,\s+\S")
# a question that asks yes or no: its (last) sentence opens with an auxiliary verb
_YES_NO_QUESTION = re.compile(r"(?i)(?:.*[.!]\s+)?(?:is|are|was|were|can|could|does|do|did|will|would|has|have|"
                              r"must|should|may)\b[^?]*\?\s*\Z", re.S)
_OWN_PERCENT = re.compile(r"(\d)\s*\\?%(?!\w)")
_NUMBER_SPAN = re.compile(r"(?<!\\)\$\s*(-?\d+(?:\.\d+)?)\s*\$")
_NOT_PROSE = re.compile(r"[\\<>=^_{}|*/+]")
_DIGIT_ONLY = re.compile(r"-?\d+(?:\.\d+)?")
# a value a unit word after its span belongs to: numbers and commands only (`\\frac{\\pi}{6}`, `2\\sqrt{3}`), or one
# letter equated to such a value (`R = 13`); never letters of its own (`$x$ cm` may be x times a length)
_UNIT_VALUE_LABEL = re.compile(r"\s*[A-Za-z]\s*=")


def _unit_value(value: str) -> bool:
    body = COMMAND.sub(" ", value[_UNIT_VALUE_LABEL.match(value).end():] if _UNIT_VALUE_LABEL.match(value) else value)
    return bool(_DIGIT.search(body)) and not re.search(r"[A-Za-z=<>]|\\text", body)


# (only before a decimal value: "about $18" for an integer gold is no rounding, it is vague)
_APPROX_BEFORE = re.compile(r"(?i)\b(?:approximately|approx\.|roughly|about|around)\s+(?=(?:\$|\\\(|\\\$)?\s*-?\d*\.\d)")
def marker_number(statement: str, not_plain: re.Pattern, question: str | None = None) -> str | None:
    """The one number a sentence after an answer marker states ("Final Answer: Jane started growing Sphere 3 hours
    ago." -> `3 \\text{ hours}`, "Answer: Janet makes $18 every day." -> `\\$18`): the marker makes the sentence the
    answer, so no copula is needed; still only a plain statement (no hedge, comparison or value-changing word, no
    math, no second number), its unit kept."""
    s = _BOLD.sub(r"\1", _currency_sign(statement.strip()))
    if len(s) > _MAX_SENTENCE or "$" in s.replace("\\$", "") or _NOT_PROSE.search(s.replace("\\$", "")) or \
            not_plain.search(s) or _CHANGES_VALUE.search(s):
        return None  # prose only: no math, no command, no relation
    nums = list(_NUMBER.finditer(s))
    if len(nums) != 1 or (question and not _words_of(s, question)) or _OPTION_MARK.match(s):
        return None  # (`B: 1 line`, `(C) 12 apples`: an option named with its text, read whole by the choice rules)
    m = nums[0]
    begin = m.start() - 2 if s[max(0, m.start() - 2):m.start()] == "\\$" else m.start()
    if not _WORD.search(s, 0, begin):
        return None  # `4 apples`: a value with its words, which the rules read (the noun must be the question's)
    from .rules.quantity import QUALIFYING

    if any(w.lower() in QUALIFYING for w in _LETTERS.findall(s)):
        return None  # "the square of 192.28", "more than 5": the number is not the value stated
    unit = _unit_after(s, m.end(), question)
    if unit is not None and (predicate_off(s, m.end(), question) or subject_off(s, 0, m.start(), question)):
        return None  # "Answer: 8 balls are red." for "How many balls are blue?"
    if unit is None or (not unit and _NAME_BEFORE.search(s, 0, begin)):
        return None  # "Player 2 loses": a number in a name (a unit after it, "Sphere 3 hours ago", is a quantity)
    return s[begin:m.end()] + unit


_CLAUSE_SPLIT = re.compile(r"\s*,\s*and\s+|\s*;\s*|\s*,\s*|\s+and\s+")
_CLAUSE = re.compile(r"(?i)(?:the\s+)?(?P<name>[A-Za-z][A-Za-z ]{0,30}?|\$[A-Za-z](?:_\{?\w{1,3}\}?)?\$)\s+"
                     r"(?:is|are|was|were|equals|=)\s+(?P<value>\$[^$]{1,200}\$|-?\d+(?:\.\d+)?)\s*[.!]?")


def _clause_list(sentence: str, math_span: re.Pattern, not_plain: re.Pattern) -> str | None:
    """"The minimum value is $1$ and the maximum value is $5$.", "Rayna is $7$, Qing is $14$, and Paolo is $18$.":
    two or more clauses, each naming one value, read as named values (`\\text{minimum value} = 1, ...`; a letter
    name as itself: `x = 1`), which the rules match by name. Every clause must have that shape; no hedge."""
    outside = math_span.sub(" ", sentence)
    if not_plain.search(outside) or _CHANGES_VALUE.search(outside):
        return None
    parts = _CLAUSE_SPLIT.split(sentence.strip().rstrip(".!").strip())
    if len(parts) < 2 or len(parts) > 8:
        return None
    out, names = [], set()
    for part in parts:
        m = _CLAUSE.fullmatch(part.strip())
        if m is None:
            return None
        name, value = m.group("name").strip(), m.group("value").strip()
        if value.startswith("$"):
            value = clean(value[1:-1]).strip()
            if not value or "=" in value:
                return None
        key = name.strip("$").lower()
        if key in names:
            return None
        names.add(key)
        out.append(f"{name.strip('$')} = {value}" if name.startswith("$") else f"\\text{{{name}}} = {value}")
    return ", ".join(out)


_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]*\s*\Z")
def _stated_text(sentence: str, start: int) -> str | None:
    """A sentence without math or numbers states a text value: all that follows its first plain copula
    ("Therefore, the result is Petya wins." -> `Petya wins`, "The triangle is equilateral." -> `equilateral`).
    The whole rest, never a part of it: the rules read its words (an extra word leaves it unequal)."""
    m = _TEXT_COPULA.search(sentence, start)
    if m is None:
        return None
    value = sentence[m.end():].rstrip(" .!")
    if not value or len(value) > _MAX_TEXT or "\\" in value or _LONE_DIGITS.search(value) or not _WORD.search(value):
        return None  # words only (`15th day` is one): lone digits are a number _NUMBER did not read (`1/2/3`)
    return value


def _currency_sign(s: str) -> str:
    """A plain-text response's last line uses `$` before a number as a currency sign, not as math ("The total is
    $22.40.", "Eggs cost $2 each. So she makes $18 every day."): such a sign is escaped (`\\$22.40`) so that it opens
    no math span. A `$` counts as currency when it stands before a digit and no closing `$` follows, or the text up to
    the next one is prose (two words or more): `$2 each. So she makes $` is no formula. Other `$` are left as they
    are (they may pair as math, `$x = 2$`)."""
    start = s.rfind("\n") + 1
    line = s[start:]
    signs = [i for i, c in enumerate(line) if c == "$" and (i == 0 or line[i - 1] != "\\")]
    if not signs or len(signs) > 8:
        return s
    currency, k = [], 0
    while k < len(signs):
        at = signs[k]
        nxt = signs[k + 1] if k + 1 < len(signs) else None
        if line[at + 1:at + 2].isdigit() and (nxt is None or len(_PROSE_RUN.findall(line, at + 1, nxt)) >= 2):
            currency.append(at)
            k += 1
        else:
            k += 2  # a pair of signs around math
    for at in reversed(currency):
        line = line[:at] + "\\" + line[at:]
    return s[:start] + line


_PROSE_RUN = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")


def _only_filler(outside: str) -> bool:
    """Every word outside the math only frames it ("Therefore $x \\geq 3$ is the solution.")."""
    from .extract_markers import _FILLER  # extract_markers' own list, so both final-statement readers agree

    return all(w.lower() in _FILLER for w in _WORD.findall(outside))


def _last_sentence(s: str) -> str | None:
    """The last sentence of `s`: after the last sentence end (`. `, `! `, `? `, a newline) that is outside math
    (an even number of unescaped `$` follows it: the `.` of `$1. 5$` is no end). At most _MAX_SENTENCE chars."""
    tail = s[-_MAX_SENTENCE - 1:]
    ends = [m.end() for m in _BOUNDARY.finditer(tail, 0, len(tail) - 1)]
    for pos in reversed(ends):
        if (tail.count("$", pos) - tail.count("\\$", pos)) % 2 == 0:
            return tail[pos:].strip()
    return tail.strip() if len(s) <= _MAX_SENTENCE else None
