"""Guards: which extracted answers the judge must never see.

A small judge can be talked into "True" by an empty symbol, a bare "Correct", an instruction to the grader,
a hedge listing several values, or gibberish (arXiv 2505.22203, 2507.08794). The judge may only upgrade
well-formed math or a short natural-language phrase; for anything else `guard()` returns a flag and the verdict
stays the rule verdict (incorrect).

Every check runs on at most a few hundred characters (length is checked first), with simple linear regexes.
"""
from __future__ import annotations

import re

from ..deadline import Deadline, DeadlineExceeded
from ..rules import check
from ..rules.normalize import fold_compat
from ..types import Outcome
from .magnitude import far_apart

MAX_ANSWER_CHARS = 300
_MAX_QUESTION_SCAN = 8000

# Formatting-only LaTeX: removed before asking "is there any content at all?".
_FORMAT_CMDS = re.compile(
    r"\\(?:boxed|fbox|text|textbf|textit|textrm|mathrm|mathbf|mathit|mbox|displaystyle|left|right|big|Big|bigg|Bigg"
    r"|quad|qquad|hspace|vspace|phantom|ldots|cdots|dots|,|;|:|!| )"
)
_NON_WORD_MATH_SYMBOLS = "∅∞"

_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")

_CODE = re.compile(
    r"\blambda\b|__\w+__|\b(?:eval|exec)\s*\(|\b(?:getattr|setattr|popen|compile|breakpoint|globals|locals)\("
    r"|\bos\.(?:system|popen|remove|environ|\w+\()|\bsys\.(?:exit|modules|argv)"
    r"|\bsubprocess\b|\bimport\s+[A-Za-z_]|\bfrom\s+[A-Za-z_][\w.]*\s+import\b|\bdef\s+[A-Za-z_]\w*\s*\("
    r"|\\(?:def|edef|gdef|xdef|let|input|include|includeonly|usepackage|newcommand|renewcommand|providecommand"
    r"|DeclareMathOperator|catcode|write\d*|immediate|openout|openin|read|csname|endcsname|expandafter|makeatletter"
    r"|directlua|special|loop|repeat)(?![A-Za-z])"
    r"|```|<\s*(?:script|iframe|img|svg|object|embed|style)\b|javascript:|\bon(?:error|load)\s*=|;\s*rm\s+-",
    re.I,
)

_INJECTION = re.compile(
    # chat-format special tokens and role markers
    r"<\s*\|[^<>]{0,40}\|\s*>|</?s>|\[/?INST\]|<</?SYS>>|<\s*/?\s*(?:start|end)_of_turn\b"
    r"|<\s*/?\s*(?:think|answer|question|system|user|assistant|solution|response|verdict|judgement|judgment"
    r"|ground_truth\w*|model_answer|student_answer|reference\w*|output|input|tool\w*)\s*>"
    r"|(?:^|[\s\"'(\[])(?:system|assistant|user|human|developer|grader|judge)\s*:"
    # the judge template's own section markers
    r"|#{2,}|\bground[\s_-]*truth\b|\bstudent(?:'s)?\s+answer\b|\bmodel(?:'s)?\s+answer\b|\breference\s+answer\b"
    r"|\bfalse\s+negatives?\b"
    # instructions to the grader
    r"|\b(?:ignore|disregard|forget|override)\b[^.]{0,40}\b(?:instruction|previous|prior|above|rules?|prompt|everything)"
    r"|\bas\s+an?\s+(?:ai|assistant|language\s+model|llm|grader|judge|expert|evaluator)\b|\blanguage\s+model\b"
    r"|\b(?:grade|mark|score|rate|label|classify|judge|evaluate|treat|consider|count)\s+(?:this|it|me|my|the\s+(?:answer|response|solution))\b"
    r"|\b(?:output|return|respond|reply|answer|say|print|write|print)\s+(?:with\s+)?[\"'`]?(?:true|yes|correct)\b"
    r"|\b(?:answer|response|solution|this|it|that|mine)\s+(?:is|are|was|should\s+be|must\s+be)\s+(?:\w+\s+)?(?:correct|right|true|valid|equivalent|accepted|acceptable)"
    r"(?=\s*(?:$|[.!,;:)]|and\b|so\b|because\b|since\b|as\b|output|return|please))"
    r"|\b(?:i|we)\s+(?:know|am\s+sure|are\s+sure|confirm|guarantee)\b|\binstructions?\b|\bprompt\b|\bverifier\b|\bgrader\b"
    r"|\byour\s+(?:task|job)\b|\bnew\s+rules?\b|\bjailbreak",
    re.I,
)

# Bare agreement: every word of the answer is one of these.
_AGREE_WORDS = frozenset(
    "true correct yes yeah yep yup right ok okay agree agreed i affirmative confirmed valid accepted exactly indeed "
    "sure absolutely definitely certainly same equivalent matches match it is that's thats this the answer as well "
    "fine good perfect verified approve approved pass passed".split()
)
_AGREE_CORE = frozenset("true correct yes yeah yep yup right ok okay agree agreed affirmative confirmed valid accepted "
                        "exactly indeed sure absolutely definitely certainly same equivalent matches match fine good "
                        "perfect verified approve approved pass passed".split())
_YESNO_WORDS = frozenset("yes no true false".split())
_YESNO_QUESTION = re.compile(
    r"(?:^|[.!?:;][ \t]+|\n)[ \t]*(?:is|are|does|do|can|could|will|would|should|has|have|was|were|did|may|might|must|shall)\b[^?]{0,400}\?"
    r"|\byes\s+or\s+no\b|\btrue\s+or\s+false\b|\bwhether\b|\bprove\s+or\s+disprove\b|\bis\s+it\s+(?:true|possible)\b",
    re.I,
)

_HEDGE_PHRASES = re.compile(
    r"\beither\b|\bmaybe\b|\bperhaps\b|\bpossibly\b|\bprobably\b|\bi\s+(?:think|guess|believe|suppose)\b|\bnot\s+sure\b"
    r"|\b(?:might|could)\s+be\b|\bor\s+something\b|\betc\b|\bet\s+cetera\b|\b(?:all|any|one|some)\s+of\s+the\s+above\b"
    r"|\b(?:any|every|one\s+of\s+the)\s+(?:options?|choices?|answers?)\b|\b(?:and|or)\s*/\s*(?:or|and)\b",
    re.I,
)
_ANY_VALUE = re.compile(
    r"\b(?:any|arbitrary|every)\s+(?:real|number|value|integer|positive|negative|natural|rational|complex|x)\b"
    r"|\bwhatever\b|\banything\b|\ball\s+(?:values|numbers)\b",
    re.I,
)
_OR = re.compile(r"\\text\s*\{\s*or\s*\}|\\(?:lor|vee)(?![A-Za-z])|\bor\b", re.I)
_UNIVERSAL_GOLD = re.compile(r"\b(?:all|any|every|arbitrary|real|reals|integers?|infinitely)\b|\\mathbb|\\forall|\\in\b|ℝ|ℤ|\\infty|∞", re.I)

# Separators between listed values (top level, outside brackets).
_SEPARATORS = re.compile(r"\\text\s*\{\s*(?:or|and)\s*\}|\\(?:lor|vee|quad|qquad)(?![A-Za-z])|\bor\b|\band\b|[,;]", re.I)
_MULTI_GOLD = re.compile(r"[,;]|\bor\b|\band\b|\\pm|±|\\mp|\\cup|\\lor|\\vee|\\{|\\text\s*\{\s*(?:or|and)\s*\}", re.I)
_THOUSANDS = re.compile(r"^\$?\s*[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*\$?$")
_MATH_WORDS = frozenset(
    "sin cos tan cot sec csc log ln exp sqrt frac dfrac tfrac pi infty cdot times div le ge leq geq neq ne lt gt pm mp "
    "arcsin arccos arctan sinh cosh tanh max min gcd lcm mod bmod pmod text mathrm boxed left right circ deg degree "
    "degrees cm mm km kg sec min hours hour minutes".split()
)

_CONDITION = re.compile(r"\\in(?![A-Za-z])|∈|\\forall|\\mid|\bwhere\b|\bfor\b|\bif\b|\\(?:ge|le|geq|leq|neq|ne)(?![A-Za-z])|[<>≤≥≠]")
_RESTATE = re.compile(
    r"^(?:the\s+)?(?:final\s+)?(?:answer|solution|result|value|number|unknown|expression|quantity|output)"
    r"(?:\s+is)?(?:\s+(?:of\s+)?[a-z])?\s*[.:]?$"
    r"|^(?:[a-z]|[a-z]_\w+|[a-z]\s*\(\s*[a-z]\s*\)|[a-z]\s*=)$|^\?+$",
    re.I,
)
_OPTIONS_IN_QUESTION = re.compile(r"(?:^|\s)\(?[A-Ea-e][).:]\s", re.M)

# Structure without content of its own: removed before "is anything there?" (symbol commands such as \pi stay).
_STRUCTURE_CMDS = re.compile(
    r"\\(?:frac|dfrac|tfrac|cfrac|sqrt|binom|dbinom|tbinom|overline|underline|hat|bar|vec|tilde|mathbb|mathcal"
    r"|operatorname|pmatrix|bmatrix|begin|end)(?![A-Za-z])|[\[\]()^_&]"
)
# LaTeX that hides, recolours, overlaps or moves text: what the judge reads is not what a reader sees.
_HIDDEN = re.compile(
    r"\\(?:[hv]?phantom|color|textcolor|colorbox|fcolorbox|mathcolor|pagecolor|smash|[lrc]lap|math[lrc]lap|raisebox"
    r"|scalebox|resizebox|rotatebox|reflectbox|kern|mkern|mskip|hskip|vskip|hspace\*?\s*\{\s*-|vspace|href|url"
    r"|html\w*|class|style|cssId|tag|label|ensuremath|tiny|scriptsize|footnotesize|ooalign|not)(?![A-Za-z])"
)
# HTML markup: a closing tag, or an opening tag with attributes (`a<b>c` stays an inequality).
_MARKUP = re.compile(r"</\s*[A-Za-z][\w-]*\s*>|<\s*[A-Za-z][\w-]*\s+[\w-]+\s*=|<\s*br\s*/?\s*>|&(?:lt|gt|nbsp|amp|#\d+);", re.I)
# A set that contains every candidate answer, as the whole answer: "x \\in \\mathbb{R}", "(-\\infty, \\infty)",
# "all real numbers". (A qualifier such as "k\\pi, k \\in \\mathbb{Z}" is not one.)
_UNIVERSE = re.compile(
    r"^(?:[a-z]\s*(?:\\in|∈)\s*)?(?:\\mathbb\s*\{?\s*[RCZNQ]\s*\}?|[ℝℂℤℕℚ]|\(\s*-\s*\\infty\s*,\s*\+?\s*\\infty\s*\))"
    r"\s*(?:\^\s*\{?\s*[+*]\s*\}?)?\s*\.?$"
)
_UNIVERSE_PHRASE = re.compile(
    r"\b(?:all|any|every)\s+(?:real|complex|rational|natural|integers?\b|numbers?\b|values?\b|positive|negative)", re.I
)


def _is_universal(a: str) -> bool:
    s = _FORMAT_CMDS.sub(" ", a).replace("$", " ").strip()
    s = re.sub(r"^\{\s*(.*?)\s*\}$", r"\1", s)
    if _UNIVERSE.match(s):
        return True
    return bool(_UNIVERSE_PHRASE.search(s)) and not re.search(r"\d", s) and len(s.split()) <= 8


_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half "
    "halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths eighth eighths "
    "ninth ninths tenth tenths point minus negative".split()
)
_NUMERIC_GOLD = re.compile(
    r"^[\s$+\-]*(?:\d|\\(?:frac|dfrac|tfrac|sqrt)\b)[\d\s.,+\-*/^{}()\[\]$%]*"
    r"(?:\\(?:frac|dfrac|tfrac|sqrt|cdot|times|pi|left|right|,)[\d\s.,+\-*/^{}()\[\]$%]*)*$"
)
_RELATION = re.compile(r"=|\\(?:le|ge|leq|geq|lt|gt|ne|neq)(?![A-Za-z])|[<>≤≥≠]")
_SIMPLE_ASSIGN = re.compile(r"^[A-Za-z](?:_\{?\w+\}?)?=[-+]?[\d.,/]+$")
_BOX = re.compile(r"^\s*\\boxed\s*\{(.*)\}\s*\.?\s*$", re.S)


# "One Token to Fool LLM-as-a-Judge" (arXiv 2507.08794): reasoning openers and section labels, in any language,
# make judges say True. They introduce an answer; they never are one.
_MASTER_KEYS = frozenset(
    "solution solutions answer answers thought thoughts thinking reasoning analysis explanation proof step steps "
    "problem hint note result final lösung losung antwort lösungsweg solución solucion respuesta réponse reponse "
    "résolution resolution raisonnement решение ответ 解 解答 解析 答 答案 思路 分析 步骤 证明 过程 解題 解答过程 "
    "答え 解説 回答 풀이 답 해설".split()
)
_OPENER = re.compile(
    r"\b(?:let'?s|let\s+(?:me|us)|we\s+(?:will|need\s+to|can|start|begin|first)|i\s+(?:will|need\s+to|can|start))\b"
    r"|\bstep[\s-]+by[\s-]+step\b|\bthought\s+process\b|\bsolution\s+process\b|\bproblem[\s-]+solving\b"
    r"|\b(?:here\s+is|here's|the\s+following\s+is)\s+(?:the|my|a)\s+(?:solution|reasoning|answer|thought)",
    re.I,
)


def _is_master_key(a: str, g: str) -> bool:
    s = _FORMAT_CMDS.sub(" ", a)
    s = re.sub(r"[{}$]", " ", s).strip()
    if re.search(r"[:：]\s*[.。]?$", s):
        return True  # a label with nothing after it: "Thought process:", "解："
    if _OPENER.search(s) and not _OPENER.search(g):
        return True
    words = re.findall(r"[^\W\d_]+", s.lower())
    gold_words = set(re.findall(r"[^\W\d_]+", g.lower()))
    return bool(words) and len(words) <= 3 and all(w in _MASTER_KEYS for w in words) and not set(words) <= gold_words


def _strip_box(s: str) -> str:
    m = _BOX.match(s)
    return m.group(1) if m else s


def _compact(s: str) -> str:
    s = _FORMAT_CMDS.sub("", s)
    return re.sub(r"[\s${}]|\\[,;!]", "", s).lower().rstrip(".")


def _is_tautology(a: str) -> bool:
    """`y = y`, `0 = 0`, `x + 1 = 1 + x`: an identity states nothing about the unknown."""
    s = _strip_box(a)
    if "=" not in s or re.search(r"[<>]|\\(?:le|ge|ne)", s):
        return False
    parts = [p.strip() for p in re.split(r"(?<![<>!\\])=", s)]
    if len(parts) < 2 or not all(parts) or len(parts) > 4:
        return False
    if len({_compact(p) for p in parts}) == 1:
        return True
    try:
        dl = Deadline(0.2)
        return all(check(parts[0], p, None, dl, "never").outcome is Outcome.EQUAL for p in parts[1:])
    except (DeadlineExceeded, Exception):  # undecided within its budget: not shown to be a tautology
        return False


def _restates_question(a: str, q: str, g: str) -> bool:
    """The question's own equation or expression copied back (`2x + 3 = 11` for "Solve 2x + 3 = 11")."""
    ca = _compact(_strip_box(a))
    if len(ca) < 5 or not _RELATION.search(ca) or _SIMPLE_ASSIGN.match(ca):
        return False
    return ca in _compact(q) and ca != _compact(g)


def _no_value(a: str, g: str) -> bool:
    """A numeric gold and an answer of prose with no number in it (a description of the answer, not the answer)."""
    if re.search(r"\d", a) or not _NUMERIC_GOLD.match(g):
        return False
    words = [w for w in _words(a) if len(w) >= 3 and w not in _MATH_WORDS]
    if len(words) < 2:
        return False
    numeric = sum(1 for w in _words(a) if w in _NUMBER_WORDS)
    return numeric * 2 < len(words)


def guard(answer: str, question: str | None, gold: str) -> str | None:
    """Return a flag name when the judge must not be asked about `answer`, else None."""
    a = (answer or "").strip()
    q = (question or "")[:_MAX_QUESTION_SCAN]
    g = (gold or "").strip()
    if _is_empty(a):
        return "guard_empty"
    if len(a) > MAX_ANSWER_CHARS:
        return "guard_too_long"
    if _INVISIBLE.search(a) or any(not ch.isprintable() and ch not in "\n\t" for ch in a):
        return "guard_gibberish"
    if _MIXED_SCRIPT.search(a):
        return "guard_lookalike"  # "Тrue" with a Cyrillic Т: a lookalike of a word, not the word
    if fold_compat(a) != a:
        return "guard_compat"  # the pipeline folds these before the rules; a raw one here is never judged
    if _CODE.search(a):
        return "guard_code"
    if _HIDDEN.search(a):
        return "guard_hidden"
    if _INJECTION.search(a):
        return "guard_injection"
    if _MARKUP.search(a):
        return "guard_markup"
    if _is_master_key(a, g):
        return "guard_master_key"
    if _is_agreement(a, q, g):
        return "guard_agreement"
    if _is_gibberish(a):
        return "guard_gibberish"
    if not _braces_balanced(a):
        return "guard_malformed"
    if _is_tautology(a) and not _is_tautology(g):
        return "guard_tautology"
    if _restates(a, q, g):
        return "guard_restates"
    if _is_hedge(a, g):
        return "guard_hedge"
    if _no_value(a, g):
        return "guard_no_value"
    if far_apart(_strip_box(a), _strip_box(g)):
        return "guard_magnitude"
    return None


def _content(a: str) -> str:
    s = _FORMAT_CMDS.sub(" ", a)
    s = _STRUCTURE_CMDS.sub(" ", s)  # `\\frac{}{}`, `\\sqrt{\\sqrt{}}`: structure with nothing inside
    return re.sub(r"\\[{}$]", " ", s)


def _is_empty(a: str) -> bool:
    if not a:
        return True
    s = _content(a)
    if re.search(r"\\[A-Za-z]", s):
        return False  # a symbol command is content: \\pi, \\infty, \\emptyset
    return not any(ch.isalnum() or ch in _NON_WORD_MATH_SYMBOLS for ch in s)


def _words(s: str) -> list[str]:
    s = _FORMAT_CMDS.sub(" ", s)
    return re.findall(r"[a-z']+", s.lower())


def _is_agreement(a: str, q: str, g: str) -> bool:
    if re.search(r"\d", a):
        return False
    words = _words(a)
    if not words or len(words) > 8 or not all(w in _AGREE_WORDS for w in words):
        return False
    if not any(w in _AGREE_CORE for w in words):
        return False  # e.g. "it is", "the answer": left to the restatement check
    gold_words = set(_words(g))
    if set(words) & _AGREE_CORE <= gold_words:
        return False  # the gold itself says it ("right", "same", "True"): a genuine answer
    if len(words) <= 3 and set(words) <= _YESNO_WORDS and _YESNO_QUESTION.search(q):
        return False  # "Yes" to "Is it possible ...?"
    return True


def _is_gibberish(a: str) -> bool:
    compact = re.sub(r"\s+", "", a)
    if len(compact) >= 16:
        alnum = sum(ch.isalnum() for ch in compact)
        if alnum / len(compact) < 0.2:
            return True
    if re.search(r"[A-Za-z]{26,}", a):  # no real word is this long; LaTeX commands are backslash-separated
        return True
    if re.search(r"([^\d\s])\1{7,}", a):  # "!!!!!!!!", "aaaaaaaa", "........" (digit runs are numbers)
        return True
    toks = a.lower().split()
    if len(toks) >= 4 and len(set(toks)) == 1:
        return True
    if len(toks) >= 8 and len(set(toks)) <= len(toks) // 4:
        return True
    return False


def _norm(s: str) -> str:
    s = _FORMAT_CMDS.sub(" ", s)
    s = re.sub(r"\s+", " ", re.sub(r"[${}]", "", s))
    return s.strip().lower().rstrip(".")


def _restates(a: str, q: str, g: str) -> bool:
    na, ng = _norm(a), _norm(g)
    if not na:
        return False
    if _RESTATE.match(na):
        # A single letter is a real answer when the gold is one too (multiple choice "B", or "x").
        if len(ng) <= 3 and not re.search(r"\d", ng):
            return False
        return True
    if q and _restates_question(a, q, g):
        return True
    if len(na) > 20 and q:
        nq = _norm(q)
        if na in nq and not _OPTIONS_IN_QUESTION.search(q):  # copying a multiple-choice option is fine
            return True
    return False


def _split_top_level(a: str, sep: re.Pattern[str]) -> list[str]:
    """Split on separators that are outside (), [], {} (so "(1, 2)" and "[0, 1)" stay whole)."""
    level, depth = [], 0
    for ch in a:
        depth += (ch in "([{") - (ch in ")]}")
        level.append(depth)
    parts, last = [], 0
    for m in sep.finditer(a):
        s = m.start()
        if level[s] <= 0 and (s == 0 or level[s - 1] <= 0):
            parts.append(a[last:s])
            last = m.end()
    parts.append(a[last:])
    return [p.strip() for p in parts if p.strip()]


def _value_like(seg: str) -> bool:
    """A segment that states a value: has a digit or is short math, and no prose words."""
    if _CONDITION.search(seg):
        return False  # "k \\in \\mathbb{Z}", "n \\ge 1": a condition on a value, not another value
    s = re.sub(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*=", "", seg)  # "x = 3" -> "3"
    words = [w for w in re.findall(r"(?<!\\)\b[A-Za-z]{3,}\b", s) if w.lower() not in _MATH_WORDS]
    if words:
        return False
    return bool(re.search(r"\d", s)) or bool(re.search(r"\\[A-Za-z]+|[A-Za-z]", s))


def _is_hedge(a: str, g: str) -> bool:
    if _HEDGE_PHRASES.search(a) and not _HEDGE_PHRASES.search(g):
        return True
    if (_ANY_VALUE.search(a) or _is_universal(a)) and not _UNIVERSAL_GOLD.search(g):
        return True  # "x is any real", "t \in \mathbb{C}" against a specific value
    boxed = re.findall(r"\\boxed\s*\{([^{}]*)\}", a)
    if len({b.strip() for b in boxed}) >= 2:
        return True  # several boxed finals: pick-one-of-many
    if _MULTI_GOLD.search(g) and not _THOUSANDS.match(g):
        return False  # the gold lists several values itself: listing is legitimate
    if _THOUSANDS.match(a):
        return False  # "1,000"
    if re.search(r"\\pm|±|\\mp|∓", a):
        return True
    if len(_split_top_level(a, _OR)) >= 2:
        return True  # "3 or 4", "odd or even": a pick-one-of-many answer
    vals = [p for p in _split_top_level(a, _SEPARATORS) if _value_like(p)]
    return len({re.sub(r"\s+", "", v) for v in vals}) >= 2


def _braces_balanced(a: str) -> bool:
    depth = 0
    s = re.sub(r"\\[{}]", "", a)
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
