"""Final statement readers: find the answer a marker introduces ("Final Answer: X", "the answer is X", "#### X",
"Answer: X"), or the one a closing bold line, display block or short bare response states, and read the value a
final statement states ("The largest $n$ is 34" -> `34`).

Kept apart from extract.py, which picks the source that wins and applies the hedge policy: these readers only read
one place of the text, and extract.py calls them both for the answer and for the text after it.
"""
from __future__ import annotations

import collections
import re

from .extract_clauses import _RELATION
from .extract_sentence import _doubting_lead, conclusion, marker_number, there_are
from .extract_stated import _unasked_subject, other_quantity
from .extract_subjects import derived, names_its_letter, other_points as _other_points
from .extract_text import clean, open_braces, sentence_end
from .extract_values import _DIGIT, _MATH_SPAN, _NAME
from .rules.context import COMMAND, in_asking_sentence
from .rules.labels import _GENERIC_NAMES
from .rules.extremes import other_extreme

_NEAR_END = 3_000  # "the answer is" must start this close to the end: earlier ones are mid-reasoning talk
_BARE_MAX = 300  # a bare answer is at most this long (HardVerify-Math answers reach ~200)
_MAX_ANSWER = 2_000  # a marker followed by more than this is prose, not an answer
_MAX_MARKERS = 16  # markers of one kind tried, from the last back (see _last)

_BOX = re.compile(r"\\(?:boxed|fbox)(?![A-Za-z])\s*(?:(\{)|(\\[A-Za-z]+|[^\s${}\\]+))?")
_FINAL = re.compile(r"(?i)\bfinal\s+answer\b(?:[ \t]*\*\*)?(?:[ \t]+is\b)?(?:[ \t]*[:：])?(?:[ \t]*\*\*)?")
# "the answer is 12"; "The answer: 12" only where a sentence starts (mid-sentence "we want the answer: ..." is prose)
# ("the correct answer is", and for a choice "the correct option / choice is")
# (in Chinese: 答案是 / 答案为 "the answer is", 故答案为 "so the answer is", 最终答案 "final answer", a line opening 答:,
# 故选 B "so choose B")
_THE_ANSWER = re.compile(r"(?im)\bthe\s+(?:(?:correct|right)\s+(?:answer|option|choice)|answer)\s+is\b(?:[ \t]*[:：])?|"
                         r"(?:^|(?<=[.!?] ))[ \t*]*the\s+answer[ \t]*[:：]|"
                         r"答案(?:是|为|為|應為|应为)[ \t]*[:：]?|最终答案[ \t]*(?:是|为)?[ \t]*[:：]?|^[ \t]*答[ \t]*[:：]|"
                         # a concluding sentence: 故 / 所以 / 因此 / 综上 ("therefore") + a subject of words only (no
                         # math, no number, no negation 不是 / 不能 ..., no question particle) that names the answer
                         # (答案 answer, 解集 solution set, 结果 result, 所求 what is sought, 范围 range, 值 value, 解
                         # solution; "the common difference" may be a step's) + 为 / 是 / 等于 ("is")
                         r"(?:^|(?<=[.!?] ))[ \t]*(?:故|所以|因此|综上所述?|从而)[ \t]*,?[ \t]*"
                         r"(?P<zh>(?:(?!不(?:是|为|等于|能|可|存在|对|正确|会))[^$\d\n.!?吗呢\\]){0,24}?"
                         r"(?:答案|解集|结果|所求|范围|值|解))?(?:为|是|等于)[ \t]*[:：]?|"
                         # a choice concluded: 故选 B / 所以选 C / 因此应选 A ("so choose B"), an option letter alone after
                         r"(?:^|(?<=[.!?。] ))[ \t]*(?:故|所以|因此|综上所述?)[ \t]*,?[ \t]*应?选择?[ \t]*[:：]?"
                         r"(?=[ \t]*[(（]?[A-H][)）]?[ \t]*[.。]?\s*\Z)")  # (the response's last line: a check
                         # or a correction after it, "不对，应该是 D", leaves it unread)
_ZH_CHOICES = re.compile(r"(?:故|所以|因此|综上所述?)[ \t]*,?[ \t]*应?选(?!项)")
_HEDGE = re.compile(r"(?i)\b(?:if|whether|suppose|assume|assuming|check|verify|sure|say)\s+\Z")
_GSM8K = re.compile(r"(?m)^[ \t]*####(?!#)[ \t]*(.*)$")
# "... so she has 72 apples. #### 72": the GSM8K marker at the end of a prose line (verl's own gsm8k scorer reads
# it). Only a plain number that ends the line: mid-line "####" in prose or markdown is no answer marker.
_GSM8K_INLINE = re.compile(r"(?m)(?<=\S)[ \t]+####[ \t]*(-?\$?\d[\d,]*(?:\.\d+)?)[ \t]*(?:\.[ \t]*)?$")
_GSM8K_HEADER = re.compile(r"(?i)(?:step|part|case|problem|question|solution|method|approach|section)\b")
# (and a claim reported or denied: "It is false that ...", "a common misconception that ...", "A student thinks ...")
_DOUBT = re.compile(r"(?i)\b(?:doubt|doubtful|not|cannot|can't|isn't|never|except|unsure|maybe|perhaps|possibly|might|"
                    r"wonder|guess|unless|whether|false|wrong|incorrect|misconception|mistaken|mistakenly|myth|claims?|"
                    r"claimed|believes|thinks|supposes?|suppose|supposedly|assumes?|alleged|allegedly)\b")
_SENT_START = re.compile(r"(?s).*(?:[.!?;]\s|\n)")
_PROSE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")
# the words a concluding statement wraps its one math span in ("Therefore $x \\geq 3$ is the solution.")
_FILLER = frozenset(
    "therefore thus so hence we i find get have obtain conclude that is are the a an final answer answers solution "
    "solutions result our this these gives give yields which it follows and then required desired set of all "
    "values value us only unique".split())
# a modal doubts the statement it stands in ("The answer could be 5.", "So that could be 5.", "That could mean ..."),
# not a relative clause of its subject: "the largest number of points that could be in the domain is 19" states 19.
# Exempt only after "<noun> that" (not "so/and/but/... that"), with the main verb still to come and a value right
# after it, and no judgement of the value in the clause ("the value that might be correct is 5" doubts it)
_MODAL = (r"(?:(?:(?<![a-z]{3} that )|(?<=\b(?:so|as) that )|(?<=\b(?:and|but|now|all) that )|"
          r"(?<=\b(?:thus|then|also) that )|(?<=\bhence that ))(?:might|could)|"
          r"(?:might|could)(?!(?![^.\n]*?\b(?:correct|right|wrong|true|false|valid|work|works|answer|solution)\b)"
          r"[^.\n]*?\b(?:is|are|was|were|equals)\s+(?:\$|-?\d|[.!]|\Z)))")  # (`is .`: the value's span read apart)
# "between" bounds a value ("The root is between 2 and 3."), except where it names what the subject measures between
# things the question names: "The distance between the points is 5.", "the angle between them" (a generic reference;
# "between B and C" may be other points than the question's A and C)
_BETWEEN = (r"(?:(?<!\bdistance )(?<!\bdistances )(?<!\bangle )(?<!\bangles )(?<!\bdifference )(?<!\bgap )between|"
            r"between(?!\s+(?:the|them|these|those|its|their|both|each|two)\b))")
_NOT_PLAIN_STATEMENT = re.compile(
    r"(?i)\b(?:not|no|never|cannot|can't|isn't|aren't|except|impossible|invalid|excluded|extraneous|rejected|"
    r"approximately|about|around|roughly|nearly|almost|"
    r"least|most|more|less|fewer|greater|smaller|" + _BETWEEN + r"|or|either|maybe|perhaps|possibly|probably|if|unless|"
    r"doubt|wrong|incorrect|false|guess(?:e[sd])?|think|tentative(?:ly)?|hypothetical(?:ly)?|unverified|placeholder|"
    r"speculat\w*|" + _MODAL + r"|"
    # a value assumed, rejected or set aside ("We assume the value is $5$.", "The domain excludes", "A common mistake
    # gives", "The previous answer was"): a second red-team pass found each read as the answer
    r"assume[sd]?|assuming|suppose[sd]?|supposing|conjectured?|claimed|naive|previous|previously|earlier|initially|"
    r"ignoring|guessing|would|should|excludes?|reject|discard(?:ed)?|neither|mistake|alternatively|candidates?|"
    r"option\s*\d)\b|\?")
# a finished sentence that doubts or sets aside what follows it ("This might be wrong.", "Another candidate:")
_HEDGE_SENTENCE = re.compile(
    r"(?i)\b(?:maybe|perhaps|possibly|probably|doubt|wrong|incorrect|false|guess|think|" + _MODAL + r"|would|should|"
    r"unsure|sure|mistake|assume[sd]?|assuming|suppose[sd]?|alternatively|candidates?|either|neither|instead|"
    r"previous|previously|earlier|initially|naive|claimed|conjectured?|approximately|roughly|about|nearly|almost|"
    r"reject|discard(?:ed)?|excludes?|extraneous|invalid|ignoring|wait|option\s*\d)\b|\?")
# "... is 34", "... is $\\frac12$", "... equals 7": the value at the end of the statement
# (also a plain-text assignment, "The eccentricity is e = 3/5.": the rules then check the letter)
_IS_VALUE = re.compile(r"(?i)\b(?:is|are|equals|=)\s+((?:\$[^$]{1,300}\$|\\\(.{1,300}?\\\)|-?\d[\d,]*(?:\.\d+)?|"
                       r"(?-i:[a-z])\s*=\s*-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?))\s*[.!]?\s*\Z")
# a value, then words that only say it is the answer: "x = 2 is the only solution.", `x=2 \text{ is the solution}`
_VALUE_IS_SOLUTION = re.compile(r"(?P<v>[^\n]{1,200}?)\s*(?:\\text\s*\{\s*)?(?:is|are)\s+(?:the\s+)?(?:only\s+|unique\s+|"
                                r"required\s+|final\s+)?(?:solutions?|answers?|roots?|results?)\s*\}?\s*[.!]?\s*")
# "Answer: 7", "**Answer:** 7", and "Answer $ 9 $" / "Answer \\[ 9 \\]" (no colon, math follows)
_ANSWER_COLON = re.compile(r"(?im)^[ \t>#*]*answer(?:[ \t]*\*\*)?[ \t]*(?:[:：](?:[ \t]*\*\*)?|(?=\$|\\[(\[]))")
_NONWS = re.compile(r"\S")
_BOLD_EDGE = re.compile(r"\A\*\*(?=\S)|(?<=\S)\*\*\Z")
_ASKING = re.compile(r"(?i)\s*(?:is|are|was|were|what|which|how|could|should|does|do|did|can|will|why)\b")
_MARKER_WORD = re.compile(r"(?i)\banswer\b")
_BOLD_LINE = re.compile(r"[ \t]*\*\*([^*\n]{1,300})\*\*[ \t.]*")
_LAST_WORD = re.compile(r"(?:^|(?<=\s))([a-z]+)[\s.,;:]*\Z")  # a plain word, not \cmd or {a}
_PROSE_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")  # a word, not a \\command
_DANGLING_END = re.compile(r"(?<!\\)[:=,]\s*\Z")
_DANGLING_WORDS = frozenset(
    "so we get is are was were the a an of to and or then thus therefore hence that which with by for as be "
    "from in on at this let gives equals obtain find have has since because where when if".split()
)


def _doubted(w: str, pos: int) -> bool:
    """The sentence before a marker doubts it: "I doubt the answer is 5", "maybe the final answer is"."""
    before = w[max(0, pos - 120):pos]
    m = _SENT_START.match(before)
    return _DOUBT.search(before, m.end() if m else 0) is not None


def _final_answer(w: str, after: int = 0, question: str | None = None) -> tuple[str, int] | None:
    """The last "Final Answer: X" (that starts at or after `after`): an explicit final statement after the last
    box outranks the boxes, which were intermediate results."""
    for m in _last(_FINAL.finditer(w, after)):
        if _doubted(w, m.start()) or w[w.rfind("\n", 0, m.start()) + 1:m.start()].rstrip().endswith(
                ("$", "\\[", "\\(")):
            continue  # (doubted; or inside math, `$$ Final answer: ... $$`: the words of a formula, no marker)
        marked = any(t in m.group() for t in (":", "：", "*")) or m.group().lower().rstrip().endswith("is")
        eol = w.find("\n", m.end())
        tail = w[m.end():eol if eol >= 0 else len(w)].strip()
        if marked or tail in ("", "**"):  # not "to get the final answer, we ..."
            got = _take_after(w, m.end(), question)
            if got:
                return got
    return None


# "3 more than the answer is 17", "twice the answer is 10", "the square of the answer is 49": the value of something
# computed from the answer, not the answer
_RELATIVE = re.compile(r"(?i)\b(?:than|of|twice|thrice|double|triple|half|times|plus|minus|and)\s+\Z")


# Chinese words that doubt, reject or suppose what follows (guess, estimate, maybe, assume, wrong, does not fit,
# invalid, discarded, is not, a question particle)
_ZH_DOUBT = re.compile(r"猜|估计|估算|可能|也许|或许|大概|不确定|假设|假定|错|不合|不妥|无效|舍去|舍掉|排除|不是|不为|"
                       r"不等于|吗|呢")
# a concluding sentence's subject that names no quantity of its own ("the answer", "the solution set", "what is sought")
_ZH_GENERIC = re.compile(r"(?:原?(?:不等式|方程)的)?(?:答案|结果|所求的?(?:值|结果)?|解集?|原式的?值?)")


def _zh_subject_ok(subject: str | None, question: str | None) -> bool:
    """The subject of a Chinese concluding sentence (故 <subject> 为 ...) names what the question asks: nothing, a
    generic word, or the asked part's own words (after its last 求 / 计算) with its asked math as written ("m 的取值范围"
    for 求实数 $m$ 的取值范围), never another quantity ("所以最小值为5" for a maximum, "a 的值" for 求 $a^2+b^2$ 的值)."""
    subject = (subject or "").strip(" ,的")
    if not subject or _ZH_GENERIC.fullmatch(subject):
        return True
    if not question:
        return False
    asks = [m.end() for m in re.finditer(r"求|计算", question)]
    if not asks:
        return False
    tail = question[asks[-1]:]
    runs = [r for r in re.split(r"[^\u4e00-\u9fff]+|的|之", subject) if r]
    math = re.sub(r"\s+", "", "".join(re.findall(r"[^\u4e00-\u9fff]+", subject)).replace("$", ""))
    spans = {re.sub(r"\s+", "", x) for x in re.findall(r"\$([^$]+)\$", tail)}
    return all(r in tail for r in runs) and (not math or math in spans)


def _the_answer_is(w: str, question: str | None = None) -> tuple[str, int] | None:
    for m in _last(_THE_ANSWER.finditer(w, max(0, len(w) - _NEAR_END))):
        if m.group().isascii() is False:
            line = w.rfind("\n", 0, m.start())
            start = w.rfind("\n", 0, line) + 1 if line > 0 else 0  # (from the line before: "这是错的：\n所以答案为6。")
            if _ZH_DOUBT.search(w, start) or not _zh_subject_ok(m.group("zh"), question) or (
                    "选" in m.group() and len(_ZH_CHOICES.findall(w)) > 1):
                continue  # ("所以，我猜答案为5。", "所以最小值为5。" for a maximum, "所以答案为6。\n错误。"; two choices
                # concluded, "当 a>0 时：故选 C ... 当 a<0 时：故选 D", are cases, not one answer)
        if not _HEDGE.search(w, max(0, m.start() - 20), m.start()) and not _doubted(w, m.start()) and not \
                _RELATIVE.search(w, max(0, m.start() - 20), m.start()):
            got = _take_after(w, m.end(), question)
            if got:
                return got
    return None


def _gsm8k(w: str) -> tuple[str, int] | None:
    for m in _last(_GSM8K.finditer(w)):
        body = m.group(1).strip()
        if ":" in body or _GSM8K_HEADER.match(body) or not any(ch.isdigit() for ch in body):
            continue  # a markdown "#### Step 1: ..." header, not a GSM8K answer
        got = _accept(body)
        if got:
            return got, m.end()
    last = None
    for last in _GSM8K_INLINE.finditer(w):
        pass
    got = _accept(last.group(1)) if last is not None else None
    return (got, last.end()) if got else None


def _answer_colon(w: str, question: str | None = None) -> tuple[str, int] | None:
    last = None
    for last in _ANSWER_COLON.finditer(w):
        pass
    return _take_after(w, last.end(), question) if last else None


# "Solution: $x > 5$", "**Result:** $2(k+1)$", "Final result: 42" on the response's last line: a heading that names the
# result, with the value after it on the same line (a "Solution:" that opens the reasoning is never the last line)
_RESULT_COLON = re.compile(r"[ \t>#*-]*(?:final[ \t]+)?(?:result|solution|conclusion)(?:[ \t]*\*\*)?[ \t]*[:：]"
                           r"(?:[ \t]*\*\*)?[ \t]*(?=\S)", re.I)


def _result_colon(w: str, question: str | None = None) -> tuple[str, int] | None:
    s = w.rstrip()
    line = s.rfind("\n") + 1
    m = _RESULT_COLON.match(s, line)
    if m is None or sentence_end(s[m.end():]) < len(s[m.end():].rstrip(" .")):
        return None  # ("Solution: Let x = 3. Then y = 4.": sentences of working, not a value)
    return _take_after(s, m.end(), question)


def _bold_line(w: str, question: str | None = None) -> tuple[str, int] | None:
    """A response whose last line is bold text alone (`**73**`, `**$x = 2$**`) states its answer there (markdown
    chat models end so). The bold text is read as a final statement: a hedge or words stay in it."""
    s = w.rstrip()
    m = _BOLD_LINE.fullmatch(s, s.rfind("\n") + 1)
    if m is None or _MARKER_WORD.search(m.group(1)):
        return None  # `**Final Answer**` as the last line is a marker with nothing after it
    lead = _lead_in(s, m.start())
    if _NOT_PLAIN_STATEMENT.search(_MATH_SPAN.sub(" ", lead)) or _ASKING.match(lead):
        return None  # "Suppose\n**x = 2**": the line leading into it hedges or asks
    if _doubting_lead(s, s[m.start():], _NOT_PLAIN_STATEMENT):
        return None  # ("Avoid:\n\n**...**", a bold line of a value under another one: two answers)
    # (a whole statement in bold, "**Janet has 11 apples left.**": read as the concluding sentence it is, or not at all)
    if _PROSE.search(_MATH_SPAN.sub(" ", m.group(1))) and _DIGIT.search(m.group(1)) and _SENTENCE_VERB.search(m.group(1)):
        got = conclusion(m.group(1).strip(), _MATH_SPAN, _NOT_PLAIN_STATEMENT, question)
    else:
        got = _accept(m.group(1), question=question)
    return (got, len(s)) if got else None


# a verb that makes a bold line a sentence ("**Janet has 11 apples left.**"), not a value with words ("**12 apples**")
_SENTENCE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|gets?|got|earns?|pays?|makes?|needs?|sells?|sold|"
                            r"buys?|bought|costs?|takes?|took|will)\b")


# a last line that is a bold heading and one math span: `**Distance** $= \\sqrt{117}$`, `**Roots:** $-5, 0, \\tfrac12$`
_BOLD_LABEL = re.compile(r"[ \t>*-]*\*\*([A-Za-z][A-Za-z ]{0,30}?)[ \t]*:?[ \t]*\*\*[ \t]*:?[ \t]*"
                         r"(?:\$([^$\n]{1,300})\$|\\\(([^\n]{1,300}?)\\\))[ \t]*\.?")
_HAS_RELATION = re.compile(r"[=<>≤≥]|\\(?:le|ge|leq|geq|neq|in)(?![A-Za-z])")
_NAMED_MEMBER = re.compile(r"[A-Za-z]")


def _bold_label(w: str, question: str | None = None) -> tuple[str, int] | None:
    """The value of a bold heading line (_BOLD_LABEL): the heading's words are kept as the value's label
    (`\\text{Distance} = \\sqrt{117}`; a span that starts with `=` continues the label: a chain), for the label rules
    to read against the question; a span with a relation of its own (`**Check:** $2 + 3 = 5$`) states no value."""
    s = w.rstrip()
    m = _BOLD_LABEL.fullmatch(s, s.rfind("\n") + 1)
    if m is None or _MARKER_WORD.search(m.group(1)) or _NOT_PLAIN_STATEMENT.search(m.group(1)):
        return None
    raw = (m.group(2) if m.group(2) is not None else m.group(3)).strip()
    inner = clean(raw[1:] if raw.startswith("=") else raw).strip()
    if not inner:
        return None
    words = " ".join(m.group(1).split())
    if not _asked_heading(words, question):
        return None  # (`**Radius** $= 10$` for "Find the diameter": a heading names another quantity)
    if _HAS_RELATION.search(inner) and (not raw.startswith("=") or _NAMED_MEMBER.search(
            COMMAND.sub(" ", _HAS_RELATION.split(inner, 1)[0]))):
        # (`**Check:** $2 + 3 = 5$`: a heading over an equation of its own names no value; `**Result** $= F(x) = 9$`:
        # a heading over another name. Only a worked value continues it: `**Distance** $= \\sqrt{6^2+9^2} = \\sqrt{117}$`)
        return None
    value = f"\\text{{{words}}} = {inner}"
    got = _accept(value, question=question)
    return (got, len(s)) if got else None


# a markdown table whose last row names the result: `| **Total** | **$694** |`, `| Answer | 12 cm |`,
# `| Average speed | | 40 km/h | |` (the question's own words), `| **Total** | 64 | **$132** |` (the one bold value)
_TABLE_ROW = re.compile(r"[ \t]*\|([^\n]{1,400})\|?[ \t]*")
_EMPTY_CELL = re.compile(r"[\s*—–-]*")
_BOLD_CELL = re.compile(r"\s*\*\*([^*]+)\*\*\s*")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_NUMBER_CELL = re.compile(r"\s*\\?\$?-?[\d,]+(?:\.\d+)?\s*")
_TENTATIVE_WORDS = re.compile(r"(?i)\b(?:guess\w*|made\s+up|wrong|incorrect|random|placeholder|unverified|no\s+idea)\b")
_TENTATIVE = re.compile(r"(?i)guess|estimat|assum|approx|tried|trial|attempt|initial|first|wrong|check")


def _table_total(w: str, question: str | None = None) -> tuple[str, int] | None:
    """The value of a table's last row whose first cell names the result: a generic heading ("Total", "Answer",
    "Result") or the asking sentence's own words ("Average speed", "Median (3rd value)"). The row holds one value, or
    several of which one is bold; read as a statement of that cell (its words and units kept for the rules). Other
    rows name steps."""
    s = w.rstrip()
    last = s.rfind("\n") + 1
    m = _TABLE_ROW.fullmatch(s, last)
    above = s[s.rfind("\n", 0, max(last - 1, 0)) + 1:last].strip()
    if m is None or not above.startswith("|"):
        return None  # (a table: the row above is one too; `|x| > 1` alone is an absolute value)
    cells = m.group(1).split("|")
    if any(c.count("**") % 2 for c in cells) or "~~" in m.group(1):
        return None  # a bar inside a value (`**|x - 1| < 2**`) split it; a struck-out value is withdrawn
    raw = cells[0].replace("**", "")
    head = _PARENTHETICAL.sub("", raw).strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z ]{0,30}", head) or _TENTATIVE.search(raw) or _HEDGE_SENTENCE.search(raw) or any(
            len(x) < 3 for x in head.split()) or not (
            all(x.lower() in _GENERIC_HEADINGS for x in head.split()) or in_asking_sentence(
                [x.lower() for x in head.split()], question)):
        return None  # (a row headed "Guessed" or "Speed (probably wrong)" holds no result; its words, whole, the question's)
    table = s[:last]
    top = max(table.rfind("\n\n"), 0)  # the table (and the paragraph just before it): no doubt there, no other row so named
    if _HEDGE_SENTENCE.search(s[max(0, top - 300):last]) or _TENTATIVE_WORDS.search(s[max(0, top - 300):last]) or re.search(
            r"(?im)^[ \t]*\|[ \t]*(?:\*\*)?[ \t]*" + re.escape(head) + r"\b", table[top:]):
        return None
    values = [c for c in cells[1:] if not _EMPTY_CELL.fullmatch(c)]
    marked = [c for c in values if c.strip().startswith("**")]  # (`**\\mathbb{R}^***` is bold too)
    bold = _BOLD_CELL.fullmatch(marked[0]) if len(marked) == 1 else None
    if bold and any(c is not marked[0] and not _NUMBER_CELL.fullmatch(c) for c in values):
        return None  # beside the bold value only plain numbers (`| 64 | **$132** |`), never words or a hedge
    cell = (values[0] if len(values) == 1 else bold.group(1) if bold else "").replace("**", "").strip()
    if not cell or _NOT_PLAIN_STATEMENT.search(cell) or re.search(r"(?i)\bor\b", cell):
        return None  # ("| Total | 5 or 6 |": two values, whatever the rules would make of them)
    cell = "\\" + cell if cell.startswith("$") and cell.count("$") == 1 else cell  # (`$694`: a currency sign)
    got = _accept(cell, question=question)
    return (got, len(s)) if got else None


# (the label rules' generic names of the answer itself, and two more a heading uses)
_GENERIC_HEADINGS = _GENERIC_NAMES | {"results", "value"}


def _asked_heading(words: str, question: str | None) -> bool:
    """A bold heading names the value asked: its words are generic ("Result", "Total") or all in the question's asking
    sentence (its last, rules/context.last_sentence): "**Distance**" for "... Find the distance between ...", not
    "**Radius**" where only the data name a radius."""
    ws = [w.lower() for w in words.split()]
    return all(w in _GENERIC_HEADINGS for w in ws) or in_asking_sentence(ws, question, whole=False)


def _lead_in(s: str, pos: int) -> str:
    """The sentence (or line) that leads into what starts at `pos`."""
    lead = s[:pos].rstrip()
    return lead[max(lead.rfind(". "), lead.rfind("\n"), lead.rfind("? ")) + 1:]


def _bare(text: str, question: str | None = None) -> str | None:
    s = text.strip()
    if len(s) > _BARE_MAX or _BOX.search(s) or _DANGLING_END.search(s) or open_braces(s) > 0:
        return None
    word = _LAST_WORD.search(s)
    if word and word.group(1) in _DANGLING_WORDS and _PROSE.search(s, 0, word.start()):
        # "... so we get": cut off mid-sentence (but `b < a` is a relation, not an article)
        return None
    s = clean(s)
    if not s or sum(1 for ln in s.split("\n") if ln.strip()) > 2 or sentence_end(s) < len(s):
        return None  # several lines or several sentences: reasoning, not an answer
    return _statement_value(s, question=question)


# a short answer that denies one number and states another: "the number is not 10 which is 1,000.99€",
# "not 10 but 12", "It's not 5, it is 6." The denied number comes right after `not`; the stated one ends the answer
# (a currency sign or unit glued to it stays with it); nothing else but filler words may stand around them.
_NUM_TOKEN = r"\$?-?\d[\d,]*(?:\.\d+)?\$?"
_CORRECTION = re.compile(
    r"(?i)^(?P<pre>[A-Za-z' ,]*?)\bnot\s+" + _NUM_TOKEN + r"\s*[,;]?\s*"
    r"(?:but\s+(?:rather\s+)?(?:it'?s\s+|it\s+is\s+)?|rather\s+|(?:which|it|that)\s+is\s+|it'?s\s+)"
    r"(?P<val>" + _NUM_TOKEN + r"[^\s\d.,;!?]{0,3})\s*[.!]?\s*$")
_CORRECTION_HEDGE = re.compile(r"(?i)\b(?:maybe|perhaps|possibly|probably|think|guess|or|either|could|might)\b")


def _corrected(answer: str) -> str | None:
    """The number a correction states (see _CORRECTION), or None."""
    m = _CORRECTION.match(answer.strip())
    if m is None or _CORRECTION_HEDGE.search(m.group("pre")):
        return None
    return m.group("val").strip("$")


# ---------------------------------------------------------------- helpers
def _last(matches, k: int = _MAX_MARKERS) -> list:
    """The last `k` marker matches, last first: a later marker supersedes earlier ones, and trying every one of
    thousands (`Final Answer: \\boxed{ ` x 950) would make extraction quadratic."""
    return list(collections.deque(matches, maxlen=k))[::-1]


def _take_after(w: str, pos: int, question: str | None = None) -> tuple[str, int] | None:
    """(answer, end): the rest of the marker's line; if empty, the next non-empty line (or a whole \\[...\\] /
    $$...$$ block). A line is read to at most _MAX_ANSWER + 1 characters: a longer one is prose anyway."""
    eol = w.find("\n", pos, pos + _MAX_ANSWER + 1)
    eol = min(len(w), pos + _MAX_ANSWER + 1) if eol < 0 else eol
    line = w[pos:eol]
    first = _NONWS.search(w, pos)
    if first is not None and w.startswith(("\\[", "$$"), first.start()):
        eol = pos  # a display block opens on the marker's line: take the whole block below
    if line.strip() in ("", "**") or eol == pos:
        nxt = _NONWS.search(w, eol)
        if nxt is None:
            return None
        p = nxt.start()
        for op, cl in (("\\[", "\\]"), ("$$", "$$")):
            q = w.find(cl, p + 2) if w.startswith(op, p) else -1
            if q >= 0:
                rest = w[q + 2:w.find("\n", q + 2) if "\n" in w[q + 2:] else len(w)]
                if rest.strip(" \t.,;"):
                    return None  # `$$5$$ or more than 5`: the line goes on past the block, which is not all it says
                got = _accept(w[p:q + 2], marker=True, question=question)
                return (got, q + 2) if got else None
        pos = p
        eol = w.find("\n", p, p + _MAX_ANSWER + 1)
        line = w[p:eol if eol >= 0 else p + _MAX_ANSWER + 1]
    lead = len(line) - len(line.lstrip())
    line = line.strip()
    cut = sentence_end(line)
    got = _accept(line[:cut], marker=True, question=question)
    return (got, pos + lead + cut) if got else None


def _accept(s: str, marker: bool = False, question: str | None = None) -> str | None:
    s = _BOLD_EDGE.sub("", clean(s))  # `**Answer: 12**`: the closing bold mark is markdown, not the answer
    if not s or len(s) > _MAX_ANSWER or _BOX.search(s):  # a box left here is an unterminated one
        return None
    return _statement_value(s, marker, question)


_PLAIN_NUM = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def _question_numbers(text: str, question: str | None) -> bool:
    """`text` has numbers, each written in the question too (the problem's data, not a value of the answer's)."""
    nums = _PLAIN_NUM.findall(text)
    return bool(nums and question and len(_DIGIT.findall(text)) == sum(len(n.replace(".", "")) for n in nums)
                and all(re.search(rf"(?<![\w.]){re.escape(n)}(?![\w.]|\.\d)", question) for n in nums))


def _statement_value(s: str, marker: bool = False, question: str | None = None) -> str:
    """The value a final statement states. "Therefore $x \\geq 3$ is the solution." -> `x \\geq 3` (its one math
    span); "The largest $n$ is 34" -> `34` (the value after its last "is"). Only for a plain statement: a hedge,
    negation or comparison word, a second value, or words inside the math leave the text as it is (the rules then
    see the words and stay UNSURE)."""
    outside = _MATH_SPAN.sub(" ", s)
    counted = there_are(s, _NOT_PLAIN_STATEMENT, question)
    if counted:
        return counted  # "There are 12 ways.": the count and its noun
    named = _VALUE_IS_SOLUTION.fullmatch(s)
    if named and not _NOT_PLAIN_STATEMENT.search(s) and not _PROSE.search(
            _MATH_SPAN.sub(lambda m: next(g for g in m.groups() if g), named["v"])):
        return clean(named["v"])  # "x = 2 is the only solution.", `x=2 \text{ is the solution}`: the value named
    if not _PROSE.search(outside) or _NOT_PLAIN_STATEMENT.search(s) or other_extreme(outside, question):
        return s  # ("The maximum value is 3." for a question asking the minimum: another quantity, left whole)
    spans = _MATH_SPAN.findall(s)
    if len(spans) == 1 and not _DIGIT.search(outside) and "\\" not in outside and all(
            w.lower() in _FILLER for w in _PROSE_WORD.findall(outside)):
        inner = clean(next(g for g in spans[0] if g))
        return inner if len(inner.replace(" ", "")) > 1 else s  # a lone letter is a name in a sentence, not a value
    m = _IS_VALUE.search(s)
    if m:
        before, value = s[:m.start()], clean(m.group(1))
        spans_before = [next(g for g in sp if g) for sp in _MATH_SPAN.findall(before)]
        # (a number in the subject only as the question's own datum: "The smallest prime factor of 221 is 13.", and
        # then only a subject of the asking sentence's words: "The product of the divisors of 28 is 56." for their sum)
        data = not spans_before and _question_numbers(_MATH_SPAN.sub(" ", before), question)
        if other_quantity(s, m.start() + 1, question) or (data and _unasked_subject(s, m.start() + 1, question)):
            return s  # (a subject in other words than what is asked: "The area of the square is 24." for "If the area
            # of a square is 36, what is its perimeter?", "The product of the divisors of 28 is 56." for their sum)
        if value and (data or not _DIGIT.search(_MATH_SPAN.sub(" ", before))) and not any(
                map(_DIGIT.search, spans_before)) and not derived(before, question) and not _other_points(
                _MATH_SPAN.sub(" ", before), question):
            names = [clean(sp).strip() for sp in spans_before]
            # (a value that is a relation itself is no value of the name: "The range of $a$ is $a < \\frac32$.")
            if len(names) == 1 and _NAME.fullmatch(names[0]) and not _RELATION.search(value):
                if not names_its_letter(_MATH_SPAN.sub(" ", before), names[0], question):
                    return s  # ("The smallest prime factor of $n$ is $3$.": another quantity of n, not n)
                return f"{names[0]} = {value}"  # "The value of $m$ is $229$.": m = 229 (the rules check m is asked)
            if len(names) == 1 and not _RELATION.search(names[0] + value) and all(
                    w.lower() in _FILLER for w in _PROSE_WORD.findall(_MATH_SPAN.sub(" ", before))):
                # "So $ABC$ equals $113$.", "Thus $a + b$ is $10$.": the subject is math of its own, kept as the
                # equation's left side for the rules to check it is what the question asks (parse, don't delete)
                return f"{names[0]} = {value}"
            return value
    # after an answer marker, a prose sentence states its one number (never a bare answer: `x < 3/2 and x \\neq -6`)
    return (marker_number(s, _NOT_PLAIN_STATEMENT, question) if marker else None) or s
