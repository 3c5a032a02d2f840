"""Final-answer extraction: find the one answer a response commits to, or say there is none.

Sources, in priority order (the first that yields an answer wins):
  </think>       only text after the LAST </think> counts; a <think> never closed means the response was
                 truncated inside its reasoning -> None ("unclosed_think").
  answer_tag     the last <answer>...</answer> (a \\boxed{} inside it wins)
  boxed          the last top-level \\boxed{...} / \\fbox{...} (or `\\boxed 5`), braces matched
  final_answer   "Final Answer: X", "**Final Answer**", "The final answer is X"
  the_answer_is  "the answer is X", "the answer: X" (last; only near the end, never a hedge such as "if the answer is")
  gsm8k          "#### 42" on its own line, or a number after "####" ending a prose line
  answer_colon   "Answer: X" at line start; "Solution: X", "Result: X", "Final result: X" as the last line
  (a "Final Answer: X" after the last box outranks the boxes: they were intermediate results)
  bold           a last line that is bold text alone: `**73**` (markdown models end so), or a bold heading and one
                 math span: `**Distance** $= \\sqrt{117}$` (the heading kept as the value's label), or a table's last
                 row headed "Total" / "Answer" / "Result": `| **Total** | **$694** |`
  display        a response that ends on a display block (`$$...$$`, `\\[...\\]`) on its own lines, an alignment
                 block, or a concluding line of plain-text math (extract_endings.py)
  bare           a short one-statement response is itself the answer ("think_tail" when after </think>)
  conclusion     a last sentence "Therefore, there are 12 ..." with exactly one value (extract_sentence.py, its clauses in extract_clauses.py)
  none           anything else: we never guess a number out of the middle of the reasoning.
Chat special tokens end the response (`... <|im_end|> ...`: only what comes before counts); closing remarks after
the answer ("Hope this helps!") are cut (extract_trailers.cut_closing); the therefore sign (`$\\therefore x = 5$`,
`∴`) is read as the word "Therefore," opening a sentence on its own line.

Hedges (a policy: a hedge is never resolved in the answer's favour). Every final-answer source in the final
region is considered together: all <answer> tags there, every box inside them, and boxes after the last tag.
Two different candidates -> "multiple_answers" (the pipeline rejects unless they are strictly equal, or joins
boxes that only separators divide against a multi-part gold). A marker whose sentence doubts it ("I doubt the
answer is 5", "maybe the answer is") does not count. The text after the final answer (and after each earlier box
of the region) is read too: a strong hedge word within _RETRACT_CHARS ("could be", "maybe", "wrong", "second
thought", "is not the answer", a `?`) flags "hedged" (rejected); a later box competes; a sentence that turns
("Actually, ...", "Alternatively, ...", "But ...") and asserts a value ("it's 7", "the answer is 7") brings that
value in as a candidate. A tail that revises or qualifies anywhere (a revision word: "wait", "slip", "redoing",
"otherwise", "if", "but", ...; or "or 94") brings in the last value it names, and a closing statement, bold line or
display block after the answer brings in its value: the value the response ends on competes with the answer.
Explanations and second methods that end on the same value are not hedges (and a gold that is a reference
solution is read with reference=True: its explanation revises nothing).

Huge responses: markers are searched only in the last _WINDOW characters (final answers sit at the end, and
this bounds the work); only the <think> check looks at the whole string (with rfind). Every regex here is
linear (no nested or adjacent unbounded quantifiers that could backtrack), and brace matching is one
iterative pass.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .extract_markers import (_BARE_MAX, _BOX, _NONWS, _NOT_PLAIN_STATEMENT, _PROSE_WORD, _accept, _answer_colon, _bare,
                              _bold_label, _bold_line, _corrected, _final_answer, _gsm8k, _result_colon,
                              _table_total, _the_answer_is)
from .extract_endings import _display_end
from .rules.extremes import extreme_word, names_extreme, other_extreme
from .extract_sentence import conclusion
from .extract_parts import part_gaps, part_list
from .extract_trailers import cut_closing, cut_trailers
from .extract_values import (_DIGIT, _LEADS_RESULT, _MATH_SPAN, _TAIL_NUM, _box_suffix, _last_value, _restated,
                             _value_of)
from .extract_text import clean, match_braces
from .types import Extraction

# an end-of-proof mark after the answer ("Thus, the answer is $80$. $\\blacksquare$", "∎", "Q.E.D.")
_END_MARK = re.compile(r"(?:\s*\$?\s*\\(?:blacksquare|square|Box|qed)\s*\$?|\s*[∎□■]|\s*\(?Q\.?E\.?D\.?\)?)+\s*\Z")


def _strip_end_mark(text: str) -> str:
    tail = text[-200:]  # (the mark ends the text: searched in its last characters only, linear on any input)
    if not _END_HINT.search(tail):  # (a cheap prefilter: most responses end without one)
        return text
    cut = _END_MARK.search(tail)
    return text[:len(text) - len(tail) + cut.start()] if cut else text


_END_HINT = re.compile(r"square|Box|qed|[∎□■]|QED|Q\.E\.D")  # (one search: faster than a loop of substring tests)

# the therefore sign opening a line (`$\\therefore x = 5$`, `∴ $x = 5$`, `\\[ \\therefore ... \\]`) concludes like the word: it
# is read as "Therefore,", before the span. Only at a line's start, after a line that finished its sentence (not
# "Either $x = 3$ or $\\therefore x = 5$", "Suppose, for contradiction, that\n∴ ...", "Wrong approach:\n..."); inside a
# line or a span it is left alone
_THEREFORE = re.compile(r"(?m)^[ \t]*(\$\$|\$|\\\(|\\\[)?[ \t]*(?:\\therefore(?![A-Za-z])|∴)[ \t]*")
_FINISHED = re.compile(r"(?:[.!]|\$|\\\]|\\\))[ \t]*\Z")


def _therefore(text: str) -> str:
    if "\\therefore" not in text and "∴" not in text:  # (a cheap prefilter: most responses have no sign)
        return text
    out, pos = [], 0
    for m in _THEREFORE.finditer(text):
        before = text[max(0, m.start() - 200):m.start()].rstrip()  # (bounded: linear in the number of signs)
        if (before or m.start() > 200) and not _FINISHED.search(before[-5:]):
            continue  # the line above leads into it: a hedge, a supposition, a heading
        out += [text[pos:m.start()], "Therefore, " + (m.group(1) or "")]
        pos = m.end()
    return "".join(out) + text[pos:] if out else text


# sources that mark an answer (not a bare text or a concluding sentence): what the reasoning's own answer may be
_MARKED = ("answer_tag", "boxed", "final_answer", "the_answer_is", "gsm8k", "answer_colon")
# (a full-width colon stays tight: `1：5` is the ratio 1:5; the other question marks are questions too)
_FULL_WIDTH = str.maketrans({"。": ". ", "，": ", ", "：": ":", "；": "; ", "？": "? ", "！": "! ", "﹖": "? ", "؟": "? ",
                             "‽": "? ", "⁇": "? "})
_FULL_WIDTH_ANY = re.compile("[。，：；？！﹖؟‽⁇]")
_WINDOW = 20_000  # characters of the (post-think) text scanned for markers
_REGION_CHARS = 1_500  # the "final part" checked for several different boxes (see _boxed)

# After the final answer: strong words hedge by themselves; weak ones only bring in the alternatives they name.
_STRONG_CUE = re.compile(
    r"(?i)\b(?:maybe|perhaps|possibly|doubt|unsure|not\s+sure|mistake|mistaken|wrong|incorrect|"
    r"erroneous|second\s+thought|correction|could\s+(?:also\s+)?be|might\s+(?:also\s+)?be|or\s+else|"
    r"not\s+(?:fully\s+|entirely\s+|very\s+)?(?:confident|certain)|"
    r"not\s+(?:the\s+)?(?:correct\s+|right\s+|final\s+)?(?:answer|solution|result))\b|\A[\s$)\]]*\?|"
    # (in Chinese: a question particle, 吗 / 呢, or "maybe", "perhaps", "not sure", "probably")
    r"吗|呢|可能|也许|或许|不确定|大概")
_RETRACT_CHARS = 200
# a question right after the answer that offers another value ("The answer is 5. Or is it 6?")
_VALUE_QUESTION = re.compile(r"(?i)(?:^|[.!?]\s+|\n)\s*(?:or|is\s+it|could\s+it\s+be|maybe|perhaps|what\s+if|unless|"
                             r"(?:would|do)\s+you\s+(?:like|want)|shall\s+i|should\s+i)\b"
                             r"[^.!?\n]{0,120}?(?:\d|\$)[^.!?\n]{0,120}?\?")
# between boxes that list one answer's parts: separators only (`\\boxed{2}, \\boxed{5}`, `\\quad\\text{and}\\quad`, the
# math delimiters of `\\(\\boxed{2}\\) and \\(\\boxed{5}\\)`);
# never "or" (a hedge) or other words
_LISTED = re.compile(r"(?:[\s,;$&.]|\\[()])*(?:(?:\\text\s*\{\s*and\s*\}|\band\b|\\q?quad|\\[,;:! ])(?:[\s,;$&.]|\\[()])*)*")

# a sentence that turns: it starts with one of these words
_TURN = re.compile(r"(?im)(?:^|(?<=[.!?:;]\s)|(?<=[.!?:;]))\s*(?:alternatively|wait|actually|instead|or|otherwise|rather|"
                   r"however|but|no|nope|correction|oops|hmm)\b[,:]?")
_SENT_END = re.compile(r"[.!?](?:\s|$)|\n")
_ASSERTS = re.compile(r"(?i)\b(?:(?:the\s+)?(?:correct\s+|final\s+|right\s+)?(?:answer|result|value|solution)\s+"
                      r"(?:is|should\s+be|must\s+be|would\s+be|equals)|it'?s|it\s+is|(?:should|must)\s+be)\b[\s:]*")


def extract_answer(response: str, *, reference: bool = False, question: str | None = None) -> Extraction:
    """The answer `response` commits to. `reference=True` reads a gold that is a whole reference solution: its
    explanation after the answer ("To be more precise, ... between $6$ and $7$.") revises nothing. `question`, when
    given, lets the sentence readers check a statement's words against it ("Janet makes $18 every week." does not
    answer "How much does she make every day?")."""
    if not response or response.isspace():
        return Extraction(None, "none", ("no_answer", "empty_response"))
    close = response.rfind("</think>")
    if response.rfind("<think>") > close:  # reasoning opened and never closed: truncated, no answer yet
        return Extraction(None, "none", ("no_answer", "unclosed_think"))
    text, after_think = response, close >= 0
    if after_think:
        text = response[close + len("</think>"):]
        if not text or text.isspace():  # a box inside the reasoning does not count
            return Extraction(None, "none", ("no_answer", "empty_after_think"))
    if _FULL_WIDTH_ANY.search(text):  # (`Therefore，$a_5 = 31$。`: full-width stops and commas end sentences too)
        text = text.translate(_FULL_WIDTH)
    text = _therefore(cut_closing(_strip_end_mark(cut_trailers(text))))
    window = text[-_WINDOW:]
    flags: tuple[str, ...] = ()

    tag = _answer_tags(window, question)
    if tag:
        return _final(window, tag[0], "answer_tag", ("hedged",) if tag[3] else (), tag[1], tag[2], revise=not reference)
    answer, cands, unterminated, end, listed, retracted, parts, worded = _boxed(window)
    if answer is not None:
        later = _final_answer(window, after=end, question=question)
        if later:  # `... \\boxed{200} ... \\boxed{255} ... Final Answer: The final answer is $10,455$.`
            return _final(window, later[0], "final_answer", (), (later[0],), later[1], revise=not reference)
        answer = _extreme_named(window, end, answer, question)
        return _final(window, answer, "boxed", (("hedged",) if retracted else ()) + (("part_boxes",) if parts else ()) +
                      (("worded_boxes",) if worded and reference else ()), cands, end, listed, revise=not reference)
    if unterminated:
        flags = ("unterminated_box",)
    listed_parts = part_list(window)
    if listed_parts:  # "Final answers:\n1. $-0.8$\n2. $\frac17$": one value per part, in order (extract_parts.py)
        return Extraction(listed_parts, "part_list", flags, (listed_parts,))
    for source, find in (("final_answer", _final_answer), ("the_answer_is", _the_answer_is),
                         ("gsm8k", _gsm8k), ("answer_colon", _answer_colon), ("answer_colon", _result_colon)):
        got = find(window) if find is _gsm8k else find(window, question=question)
        if got:
            return _final(window, got[0], source, flags, (got[0],), got[1], revise=not reference)
    for source, find in (("bold", _bold_line), ("bold", _bold_label), ("bold", _table_total),
                         ("display", _display_end)):
        got = find(window, question)
        if got:
            value = _extreme_named(window, got[1], got[0], question) if source == "display" else got[0]
            return _final(window, value, source, flags, (got[0],), got[1], revise=not reference)
    answer = _bare(text, question) if len(text) <= 4 * _BARE_MAX else None
    if answer:
        # a short response that is one statement ("The number is even.", "The cost is $\\$1.50$.") states its
        # value the way a concluding sentence does; anything else short is the answer itself
        stated = conclusion(window, _MATH_SPAN, _NOT_PLAIN_STATEMENT, question) if _PROSE_WORD.search(answer) else None
        again = _restated(stated) if stated else None  # (one value restated: both, strictly one value or a hedge)
        if again:
            return Extraction(again[-1], "conclusion", flags + ("multiple_answers",), again)
        stated = stated or _corrected(answer)
        if stated:
            return Extraction(stated, "conclusion", flags, (stated,))
        return Extraction(answer, "think_tail" if after_think else "bare", flags, (answer,))
    answer = conclusion(window, _MATH_SPAN, _NOT_PLAIN_STATEMENT, question)
    if answer:
        again = _restated(answer)  # "$x < 4$, that is, $(-\\infty, 4)$": both, strictly one value or a hedge
        if again:
            return Extraction(again[-1], "conclusion", flags + ("multiple_answers",), again)
        return Extraction(answer, "conclusion", flags, (answer,))
    if after_think:
        # the summary after </think> states no answer ("Each step above can be checked."): the reasoning's own
        # final answer counts, read with the summary as the text after it (a revision, a hedge or another value
        # there competes with it, as after any box: "Wait, the sum is actually 6.")
        start = response.rfind("<think>", 0, close)
        inner = extract_answer(response[start + 7 if start >= 0 else 0:close] + "\n\n" + text, reference=reference,
                               question=question)
        if inner.answer is not None and inner.source in _MARKED:
            return Extraction(inner.answer, inner.source, inner.flags + ("from_think",) + flags, inner.candidates)
    return Extraction(None, "none", ("no_answer",) + flags)


def _extreme_named(w: str, end: int, answer: str, question: str | None) -> str:
    """`answer` with the extreme its lead-in names kept as its label, where that is not the extreme the question asks
    ("So the maximum is \\boxed{2}." for the minimum: `\\text{maximum} = 2`, which the rules leave unsure)."""
    if not question or not names_extreme(question):
        return answer  # (most questions name no extreme: nothing to check)
    start = max(w.rfind("\\boxed", 0, end), w.rfind("\\[", 0, end), w.rfind("$$", 0, end - 2))
    lead = w[max(0, start - 200):max(start, 0)].rstrip(" \t\n$\\[(")  # (the delimiters the box sits in)
    lead = lead[max(lead.rfind(". "), lead.rfind("? "), lead.rfind("\n\n")) + 1:]
    # (the last line of the lead-in that names an extreme decides: under "- $f''(-1) < 0$: local maximum." and
    # "- $f''(1) > 0$: local minimum." the box is the minimum's)
    lead = next((ln for ln in reversed(lead.split("\n")) if extreme_word(ln)), "")
    word = extreme_word(lead) if other_extreme(lead, question) else None
    return f"\\text{{{word}}} = {answer}" if word else answer


# ---------------------------------------------------------------- sources
def _final(w: str, answer: str, source: str, flags: tuple[str, ...], cands: tuple[str, ...], end: int,
           listed: bool = False, revise: bool = True) -> Extraction:
    """The extraction, with the hedge policy applied to the candidates and to the text after the answer."""
    again = _restated(answer)
    if again:  # "$\\frac{1}{2}$, or $0.5$": one value written twice, both candidates (strictly equal, or a hedge)
        answer, cands = again[-1], cands[:-1] + again
    hedged, more = _tail(w, end, revise)
    listed = listed and not more
    cands = _distinct(cands[:-1] + more + cands[-1:])
    flags = flags + (("multiple_answers",) if len(cands) > 1 else ()) + (("listed_boxes",) if listed else ()) + (
        ("hedged",) if hedged and "hedged" not in flags else ())
    return Extraction(answer, source, flags, cands)


def _distinct(cands: tuple[str, ...]) -> tuple[str, ...]:
    """Distinct candidates (whitespace aside), the committed answer (the last) last."""
    if len(cands) < 2:
        return cands
    key = _key(cands[-1])
    seen: dict[str, str] = {}
    for c in cands[:-1]:
        k = _key(c)
        if k != key:
            seen.setdefault(k, c)
    return tuple(seen.values()) + cands[-1:]


_INNER_WS = re.compile(r"(?<!\w)\s+|\s+(?!\w)")


def _key(c: str) -> str:
    """Whitespace aside, except between two word characters: `1 4` is not `14`."""
    return _INNER_WS.sub("", " ".join(c.split()))


def _tail(w: str, end: int, revise: bool = True) -> tuple[bool, tuple[str, ...]]:
    """(strongly hedged, competing answers) in the text after the final answer. Every later box competes. A
    retraction comes right after the answer: a strong hedge word in the next _RETRACT_CHARS characters flags the
    answer. A sentence that turns on a weak word ("Actually, ...", "But ...", "Alternatively, ...") and asserts
    a value ("the answer is 6", "it's 6") brings that value in as a candidate. Explanations, checks and second
    methods that assert no other value are not hedges (reference solutions are full of them)."""
    tail = w[end:end + _REGION_CHARS]
    if not _NONWS.search(tail):
        return False, ()
    boxes = _boxed(tail)[1] if "box" in tail else ()  # a later box is always a competing final answer
    if revise and (_STRONG_CUE.search(tail, 0, _RETRACT_CHARS) or _VALUE_QUESTION.search(tail, 0, _RETRACT_CHARS)):
        return True, boxes  # (a reference's doubt retracts nothing: it is the gold)
    alts: list[str] = list(boxes)
    for m in _TURN.finditer(tail):
        stop = _SENT_END.search(tail, m.end())
        sentence = tail[m.end():stop.start() if stop else len(tail)]
        said = _ASSERTS.search(sentence)
        if said:
            got = _take_value(sentence[said.end():])
            if got:
                alts.append(got)
        elif _ONLY_VALUE.fullmatch(sentence):  # "Actually, 6.", "Or $7$.", "Nope, **6**": the turn names a value
            got = _take_value(_BOLD_MARKS.sub("", sentence))
            if got:
                alts.append(got)
    # a tail that revises or qualifies the answer ("Wait, she sells 8 eggs. So it's 16.", "redoing the last step
    # gives $2230$", "\\boxed{91} (or 94, depending ...)", "and 11 otherwise") ends on the value it commits to: its
    # last value competes (a second method that ends on the same value, as reference solutions do, is no hedge)
    # (and a line that is only a value, `94`, `x = 94`, `- x = 94`, is one more answer whatever precedes it)
    if revise and (_REVISES.search(tail) or _OR_VALUE.search(tail) or _VALUE_LINE.search(tail)):
        got = _last_value(tail)
        if got:
            alts.append(got)
    # so does a statement, bold line or display block that closes the response after the answer ("Therefore,
    # Janet makes 16 dollars every day.", "**8**", "$$18 - 2 = 16$$"): restating the same value is no hedge
    if revise and _DIGIT.search(tail):
        for find in (_bold_line, _display_end):
            got = find(tail)
            if got and (find is _bold_line or _LEADS_RESULT.search(tail[:tail.rstrip().rfind("\n") + 1] or "\n")):
                # (a display block competes when nothing but a result word leads into it: "Note that equality occurs
                # for \\[ v = ... \\]" explains, it does not answer)
                alts.append(_value_of(got[0]))
                break
        else:
            got = conclusion(tail, _MATH_SPAN, _NOT_PLAIN_STATEMENT)
            if got:
                alts.append(_value_of(got))
    # a later final-answer statement or marker ("The answer is 6.", "Answer: 6", "#### 6") is a competing answer
    low = tail.lower()
    finders = ((_the_answer_is, _answer_colon) if "answer" in low else ()) + ((_gsm8k,) if "####" in tail else ())
    for find in finders:  # (each marker needs its word: most tails have none, and are not searched)
        got = find(tail)
        # its value: "The answer is 5 apples." states 5 (words aside); `x = 2` is kept whole
        value = (_take_value(got[0]) if _PROSE_WORD.search(_MATH_SPAN.sub(" ", got[0])) else got[0]) if got else None
        if value:
            alts.append(value)
    return False, tuple(alts)


# Words that revise or qualify a stated answer, anywhere in the text after it, "or" right before a value, and a line
# that is only a value: with any of them, the last value the tail asserts competes with the answer (_tail).
_REVISES = re.compile(
    r"(?i)\b(?:wait|actually|instead|rather|oops|correction|corrected|slip|error|mistake|mistaken|forgot|forgotten|"
    r"misread|miscounted|miscalculated|recount(?:ing|ed)?|redo(?:ing)?|re-?check(?:ing|ed)?|reconsider(?:ing)?|"
    r"re-?(?:compute|computing|computed|calculate|calculating|calculated|evaluate|evaluating|evaluated)|"
    r"err|whoops|ugh|hmm+|nah|typo|erratum|scratch|sorry|my\s+bad|mis-?[a-z]{3,}|i\s+mean|i\s+meant|meant|should\s+be|"
    r"fix(?:ing|ed)?|not\s+quite|else|also\s+possible|go\s+with|giving|gives|yields|that\s+is|"
    r"no(?=\s*[,.:;!—–-])|"
    r"on\s+reflection|otherwise|unless|depending|alternatively|however|but|if|edit)\b|\bi\.e\.")
_VALUE_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\$?[ \t]*(?:[A-Za-z](?:_\{?\w{1,3}\}?)?[ \t]*=[ \t]*)?"
                         r"-?\d[\d,]*(?:\.\d+)?[ \t]*\$?[ \t]*\.?[ \t]*$")
_OR_VALUE = re.compile(r"(?i)\bor\s+(?:\$|\\\(|-?\d)")


# a turn's sentence that is only a value: a number or one math span, bold or not (`6`, `$x = 7$`, `**6**`)
# (a lone option letter too: "The correct option is B. Actually C." turns to C)
_ONLY_VALUE = re.compile(r"\s*(?:\*\*|\\textbf\{)?\s*(?:-?\d+(?:\.\d+)?|\$[^$]{1,200}\$|\\\(.{1,200}?\\\)|\(?[A-H]\)?(?![A-Za-z]))\s*"
                         r"(?:\*\*|\})?\s*[.!]?\s*")
_OPTION_ONLY = re.compile(r"\s*(?:\*\*)?\s*\(?([A-H])\)?\s*(?:\*\*)?\s*[.!]?\s*")
_BOLD_MARKS = re.compile(r"\*\*|\\textbf\{|\}")


def _take_value(s: str) -> str | None:
    """The value a sentence asserts: its first math span, else its first number (or a lone option letter)."""
    letter = _OPTION_ONLY.fullmatch(s)
    if letter:
        return letter.group(1)
    m = _MATH_SPAN.match(s.lstrip())
    if m:
        return clean(next(g for g in m.groups() if g is not None)) or None
    n = _TAIL_NUM.search(s)
    return n.group() if n else None


def _answer_tags(w: str, question: str | None = None) -> tuple[str, tuple[str, ...], int, bool] | None:
    """(answer, candidates, end, hedged) from the <answer> tags of the final region: the last tag's answer; every
    tag there and every box inside one is a candidate, so `<answer>\\boxed{3} or \\boxed{4}</answer>` is a hedge."""
    tags: list[tuple[int, int, int]] = []  # (start, content start, content end)
    pos = 0
    while True:  # find/find, not a lazy regex: linear even with many unclosed tags
        start = w.find("<answer>", pos)
        if start < 0:
            break
        end = w.find("</answer>", start)
        if end < 0:
            break
        nxt = w.rfind("<answer>", start, end)  # <answer> a <answer> b </answer>: the inner one
        tags.append((nxt, nxt + len("<answer>"), end))
        pos = end + len("</answer>")
    if not tags:
        return None
    region = tags[-1][0] - _REGION_CHARS
    cands: list[str] = []
    answer = None
    hedged = False
    for start, cs, ce in tags:
        if start < region:
            continue
        content = w[cs:ce]
        boxed, inner, _, box_end, _, retracted, *_ = _boxed(content)
        if boxed is not None:
            # `<answer>\\boxed{5} is wrong</answer>`: the text after the box inside the tag is read like a tail
            said, more = _tail(content, box_end)
            hedged = hedged or said or retracted
            cands += inner[:-1] + more + (boxed,)
            answer = boxed
        else:
            answer = _accept(content, question=question)
            if answer:
                cands.append(answer)
    if not answer:
        return None
    return answer, tuple(cands[:-1]) + (answer,), tags[-1][2] + len("</answer>"), hedged


class _Boxes(NamedTuple):
    answer: str | None  # the last top-level box
    cands: tuple[str, ...]  # distinct boxes of the final region, the answer last
    unterminated: bool  # an unterminated box was seen
    end: int  # where the last box ends
    listed: bool  # only separators between the region's boxes (one answer in parts)
    retracted: bool  # a strong hedge right after an earlier box of the region
    parts: bool = False  # the boxes answer a problem's parts in order, a part label between each two (extract_parts)
    worded: bool = False  # plain words between them, no negation or hedge (a reference's parts: pipeline.reference_answer)


_NO_BOXES = _Boxes(None, (), False, 0, False, False)


def _boxed(w: str) -> _Boxes:
    """The boxes of `w`.

    Multiple-answer policy (conservative, because models often box intermediate results): only boxes in the
    final region count, i.e. the paragraph holding the last box (back to the last blank line), cut to that
    box's line plus the two lines before it and to _REGION_CHARS characters. Two or more boxes there that
    differ (whitespace aside, see _key) -> "multiple_answers"; the same box repeated is fine."""
    matches = list(_BOX.finditer(w))
    if not matches:
        return _NO_BOXES
    opens = {m.start(1) for m in matches if m.group(1)}
    closes = match_braces(w, opens) if opens else {}
    boxes = []  # (start, end, content_start, content_end)
    unterminated = False
    for m in matches:
        if m.group(1):
            o = m.start(1)
            if o not in closes:
                unterminated = True
                continue
            boxes.append((m.start(), closes[o] + 1, o + 1, closes[o]))
        elif m.group(2):
            boxes.append((m.start(), m.end(2), m.start(2), m.end(2)))
    found = []  # (start, cleaned content, end) of top-level boxes; nested boxes are unwrapped, not counted twice
    top_end = -1
    for i, (s, e, cs, ce) in enumerate(boxes):
        if s < top_end:
            continue
        top_end = e
        j = i  # \boxed{\boxed{x}}: descend while the content is exactly the next box (index arithmetic: linear)
        while j + 1 < len(boxes) and _spans_exactly(w, boxes[j][2], boxes[j][3], boxes[j + 1]):
            j += 1
        content = clean(w[boxes[j][2]:boxes[j][3]])
        if content:
            found.append((s, content + _box_suffix(w, e), e))
    if not found:
        return _Boxes(None, (), unterminated, 0, False, False)
    last_start, answer, last_end = found[-1]
    if len(found) == 1:  # (the common case: one box, nothing to list or weigh against it)
        return _Boxes(answer, (answer,), False, last_end, False, False)
    line = w.rfind("\n", 0, last_start) + 1
    for _ in range(2):
        line = w.rfind("\n", 0, max(line - 1, 0)) + 1 if line > 0 else 0
    para = w.rfind("\n\n", 0, last_start)
    region = max(para + 2 if para >= 0 else 0, line, last_start - _REGION_CHARS)
    inside = [f for f in found if f[2] > region]  # by its end: a multi-line box before the last one still counts
    gaps = [w[a[2]:b[0]] for a, b in zip(inside, inside[1:])]
    labelled = _labelled_boxes(w, inside, gaps, region)
    if labelled:
        inside, gaps = labelled
    cands = _distinct(tuple(c for _, c, _ in inside))
    # only separators between the boxes: one answer in several parts
    listed = len(cands) > 1 and (labelled is not None or all(_LISTED.fullmatch(g) for g in gaps))
    parts = len(cands) == len(inside) > 1 and not listed and labelled is None and part_gaps(w[region:inside[0][0]], gaps, _LISTED)
    # (plain words between the boxes, no negation or hedge: a reference's parts, `\\boxed{1} papers and \\boxed{2} bins`)
    worded = len(cands) > 1 and not listed and not any(_NOT_PLAIN_STATEMENT.search(g) for g in gaps)
    # `\\boxed{5} is wrong or \\boxed{5}`: a retraction right after an earlier box of the region
    retracted = any(_STRONG_CUE.search(g[:_RETRACT_CHARS]) for g in gaps)
    return _Boxes(answer, cands, False, last_end, listed or parts, retracted, parts, worded)


# a name and `=` right before a box: `$a = \\boxed{1}$ and $b = \\boxed{2}$`, `x = \\boxed{1}` or `x = \\boxed{4}`
# (a letter, or a word before the math: "Mean $= \\boxed{5}$, median $= \\boxed{4}$", kept as `\\text{Mean}`)
# ("The center is $\\boxed{(2, -3)}$ and the radius is $\\boxed{4}$": a word and "is"; never a generic word, which
# names no part: "the answer is $\\boxed{5}$")
_BOX_LABEL = re.compile(r"(?<![\\A-Za-z])(?:([A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?)?|[A-Za-z]{2,20}(?=\s*\$))\s*\$?\s*=|"
                        r"(?<![A-Za-z])(?:(?:the|its)\s+)?(?!(?:answer|result|value|solution|final|it|this|that)\b)"
                        r"([A-Za-z]{2,20})"
                        r"\s+(?:is|are))"
                        r"\s*\$?\s*\Z")
_OR_GAP = re.compile(r"(?:[\s,;$]|\\[()])*(?:\bor\b|\\text\s*\{\s*or\s*\})(?:[\s,;$]|\\[()])*")


def _labelled_boxes(w: str, inside: list, gaps: list[str], region: int) -> tuple[list, list[str]] | None:
    """Boxes that each follow a name and `=` (`$a = \\boxed{1}$ and $b = \\boxed{2}$`) are the parts of one labelled
    answer, `a = 1, b = 2`, when only separators stand between them; the same name before each, joined by "or"
    (`x = \\boxed{1}` or `x = \\boxed{4}`), lists the solutions for that name. The labels are kept in the parts, so
    the order of the names still counts. None unless every box of the region has such a name."""
    if len(inside) < 2:
        return None
    labels, rests = [], []
    starts = [region] + [f[2] for f in inside[:-1]]
    for (s, _, _), lo in zip(inside, starts):
        m = _BOX_LABEL.search(w, lo, s)
        if m is None:
            return None
        labels.append(m.group(1) or m.group(2))
        rests.append(w[lo:m.start()])
    seps = rests[1:]  # what stands between a box and the next one's label
    same = len(set(labels)) == 1
    if not all(_LISTED.fullmatch(g) or (same and _OR_GAP.fullmatch(g)) for g in seps):
        return None
    names = [f"\\text{{{n}}}" if n.isalpha() and len(n) > 1 else n for n in labels]
    parts = [(s, f"{name} = {content}", e) for (s, content, e), name in zip(inside, names)]
    return parts, seps


# ---------------------------------------------------------------- helpers
def _spans_exactly(w: str, cs: int, ce: int, box: tuple[int, int, int, int]) -> bool:
    first = _NONWS.search(w, cs, ce)
    if first is None or first.start() != box[0]:
        return False
    end = ce
    while end > cs and w[end - 1].isspace():
        end -= 1
    return box[1] == end
