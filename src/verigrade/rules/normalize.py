"""String-level clean-up before parsing: repair escape damage, map unicode and HTML to LaTeX, drop markup.

Every rewrite here is meaning-preserving for math answers (taxonomy 1.1-1.3: whitespace, symbol
representation, markup). Nothing here decides equality; it only makes two spellings of the same thing
look alike to the parser.
"""
from __future__ import annotations

import functools
import re
from math import gcd as _gcd

from . import notation

# Commands whose leading backslash is often lost to JSON escapes (\f -> form feed, \t -> tab, ...).
# We only repair a control character when the letters after it spell one of these commands.
_ESCAPE_DAMAGE = {
    "\x0c": ("f", ("frac",)),
    "\x08": ("b", ("beta", "binom", "bigg", "big", "boxed", "bar")),
    "\x07": ("a", ("alpha", "approx", "arcsin", "arccos", "arctan")),
    "\x0b": ("v", ("varepsilon", "vec", "varphi")),
    "\t": ("t", ("times", "theta", "tan", "text", "tau", "tfrac", "to")),
    "\r": ("r", ("right", "rho", "rangle")),
    "\n": ("n", ("neq", "notin", "nabla")),
}

# Commands people double-escape (`\\frac`); collapse `\\name` to `\name` only for these names, because
# `\\` followed by a space or digit is a matrix row separator.
_KNOWN_CMDS = (
    "frac|dfrac|tfrac|sqrt|pi|left|right|bigg|Bigg|big|Big|cdot|times|infty|sin|cos|tan|cot|sec|csc|ln|log|"
    "exp|text|mathrm|le|ge|leq|geq|leqslant|geqslant|neq|pm|mp|cup|cap|in|alpha|beta|gamma|theta|lambda|"
    "mu|sigma|phi|omega|circ|arcsin|arccos|arctan|boxed|binom|dbinom"
)
_DOUBLE_BACKSLASH = re.compile(r"\\\\(?=(?:" + _KNOWN_CMDS + r")(?![a-zA-Z]))")

_UNICODE = {
    "∞": r"\infty ", "≤": r"\le ", "≥": r"\ge ", "≠": r"\ne ", "√": r"\sqrt ", "π": r"\pi ", "×": r"\times ",
    "÷": r"\div ", "−": "-", "–": "-", "—": "-", "·": r"\cdot ", "⋅": r"\cdot ", "∪": r"\cup ", "∩": r"\cap ",
    "∈": r"\in ", "±": r"\pm ", "∓": r"\mp ", "°": r"^\circ ", "＞": ">", "＜": "<", "＝": "=", "，": ",",
    "（": "(", "）": ")", "：": ":", "；": ";", "∀": r"\forall ", "∃": r"\exists ", "⩽": r"\le ", "⩾": r"\ge ",
    "θ": r"\theta ", "α": r"\alpha ", "β": r"\beta ", "λ": r"\lambda ", "ℓ": "l", "∅": r"\emptyset ",
    # (the other Greek letters models type as characters: each the command it stands for, so `2 Ω` is `2 \Omega`;
    # case kept, `Δ` is not `δ`; not μ, which units write for micro)
    "γ": r"\gamma ", "δ": r"\delta ", "ε": r"\epsilon ", "ρ": r"\rho ", "σ": r"\sigma ",
    "τ": r"\tau ", "φ": r"\phi ", "ω": r"\omega ", "Ω": r"\Omega ", "Δ": r"\Delta ", "Σ": r"\Sigma ",
    "Φ": r"\Phi ", "Γ": r"\Gamma ", "Λ": r"\Lambda ", "Θ": r"\Theta ",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "′": "'", "∖": r"\setminus ", "≈": r"\approx ",
    "ℝ": r"\mathbb{R}", "ℤ": r"\mathbb{Z}", "ℕ": r"\mathbb{N}", "½": r"\frac{1}{2}", "¼": r"\frac{1}{4}",
    "¾": r"\frac{3}{4}", "²": "^2", "³": "^3",
}
_UNICODE_RE = re.compile("|".join(map(re.escape, _UNICODE)))

_ALIASES = [
    (re.compile(r"\\[dtc]frac(?![a-zA-Z])"), r"\\frac"),
    # `21{:}55`: LaTeX's unspaced colon (as `2{,}5` is its unspaced comma) is the colon of a time or a ratio
    (re.compile(r"(?<=\d)\{\s*:\s*\}(?=\d\d(?!\d))"), ":"),  # (minutes: two digits; `1{:}2` stays unread)
    # `\complement_U A`, `∁_U A`: the complement of one set A in the universe U, written `A^{c_U}` (the universe kept;
    # a complement of anything but one capital is left unread)
    (re.compile(r"(?:\\complement|∁)\s*_\s*\{?\s*([A-Z])\s*\}?\s*\{?\s*([A-Z])\s*\}?(?![A-Za-z_^])"), r"\2^{c_\1}"),
    (re.compile(r"\\[dt]binom(?![a-zA-Z])"), r"\\binom"),
    # the upright constants of ISO 80000-2: `\mathrm{e}` is Euler's number, `\mathrm{i}` the imaginary unit
    (re.compile(r"\\(?:mathrm|operatorname)\s*\{\s*([ei])\s*\}"), r" \1"),  # (spaced: `\pm\mathrm{i}` is not `\pmi`)
    # `\langle 1, 2 \rangle`: a vector written in angle brackets is the tuple
    (re.compile(r"(?:\\left\s*)?\\langle(?![a-zA-Z])"), "("),
    (re.compile(r"(?:\\right\s*)?\\rangle(?![a-zA-Z])"), ")"),
    # TeX's infix `{n \choose k}` is `\binom{n}{k}` (one brace level: the operands hold no braces of their own)
    (re.compile(r"\{([^{}]*)\\choose(?![a-zA-Z])([^{}]*)\}"), r"\\binom{\1}{\2}"),
    (re.compile(r"\\(?:leqslant|leqq|leq)(?![a-zA-Z])"), r"\\le"),
    (re.compile(r"\\(?:geqslant|geqq|geq)(?![a-zA-Z])"), r"\\ge"),
    (re.compile(r"\\neq(?![a-zA-Z])"), r"\\ne"),
    (re.compile(r"\\(?:lt)(?![a-zA-Z])"), "<"),
    (re.compile(r"\\(?:gt)(?![a-zA-Z])"), ">"),
    (re.compile(r"\\(?:varepsilon)(?![a-zA-Z])"), r"\\epsilon"),
    (re.compile(r"\\(?:varphi)(?![a-zA-Z])"), r"\\phi"),
    (re.compile(r"\\(?:ell)(?![a-zA-Z])"), "l"),
    (re.compile(r"\\(?:degree|textdegree)(?![a-zA-Z])"), r"^\\circ"),
    (re.compile(r"\\textcirc(?![a-zA-Z])"), r"\\circ"),
    # `15^\\prime`, `30^{\\prime\\prime}`: primes written as superscripts are the same marks as `'` and `''`
    (re.compile(r"\^\s*\{\s*\\prime\s*\\prime\s*\}|″"), "''"),
    (re.compile(r"(\d'\s?\d{1,2})\""), r"\1''"),  # `21°14'24"`: seconds after minutes
    (re.compile(r"\^\s*(?:\{\s*\\prime\s*\}|\\prime(?![a-zA-Z]))"), "'"),
    # `\\mathrm{km}/\\mathrm{h}`, `\\text{ m}/\\text{s}`: one compound unit written in two pieces (a letter-only text on
    # each side of the slash, so `\\text{a}/\\text{b}` of words stays two texts only when they are no units: units.py)
    (re.compile(r"\\(text|mathrm)\s*\{\s*([A-Za-z]{1,8})\s*\}\s*/\s*\\(?:text|mathrm)\s*\{\s*([A-Za-z]{1,8})\s*\}"),
     r"\\\1{\2/\3}"),
    (re.compile(r"\\(?:mid|vert)(?![a-zA-Z])"), "|"),
    (re.compile(r"\\(?:colon)(?![a-zA-Z])"), ":"),
    (re.compile(r"\\(?:lbrace)(?![a-zA-Z])"), r"\\{"),
    (re.compile(r"\\(?:rbrace)(?![a-zA-Z])"), r"\\}"),
    (re.compile(r"\\(?:land|wedge)(?![a-zA-Z])"), " and "),
    (re.compile(r"\\(?:lor|vee)(?![a-zA-Z])"), " or "),
    (re.compile(r"\\(?:dots|ldots|cdots)(?![a-zA-Z])"), r"\\cdots"),
    (re.compile(r"\\(?:emptyset|varnothing)(?![a-zA-Z])"), r"\\emptyset"),
    (re.compile(r"\\(?:infin|infinity)(?![a-zA-Z])"), r"\\infty"),
]

# Pure presentation: sizing, spacing, style switches.
_DROP = re.compile(
    r"\\(?:left|right|middle|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|bigg|Bigg|big|Big)(?![a-zA-Z])"
    r"|\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits|quad|qquad|hfill|enspace|medspace|thickspace|thinspace)(?![a-zA-Z])"
    r"|(?<!\\)\\[,;:!> ]|~"
)
# `\left[\begin{matrix} ... \end{matrix}\right]` is a bmatrix, `( \begin{array}{cc} ... )` a pmatrix: the brackets
# around a plain matrix or array environment are its delimiters, not a one-element list (applied after _DROP). An
# array whose column spec has a bar (`{cc|c}`, an augmented matrix) is left alone.
_BRACKETED_MATRIX = re.compile(r"([\[(])\s*\\begin\{(?:matrix|array\}\s*\{[lcr ]{1,40})\}"
                               r"((?:(?!\\begin\{|\\end\{).){0,2000}?)\\end\{(?:matrix|array)\}\s*([\])])", re.S)
# `€5`, `5€`, `£5`: a currency sign is a unit (units.py compares currencies), written after the number
_CURRENCY = {"€": "EUR", "£": "GBP", "¥": "JPY"}
# (a comma only as a thousands group: `\\$20, \\$40`, `€20, €40` are two amounts)
_CURRENCY_BEFORE = re.compile(r"([€£¥])\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.])")
_DOLLAR_BEFORE = re.compile(r"\\\$\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.])")
_CURRENCY_AFTER = re.compile(r"(\d)\s*([€£¥])")
_SIZED_DOT = re.compile(r"\\(?:left|right)\.")  # \left. \right. are invisible delimiters
# `[^<]*`, not `.*?`: an unclosed `<sup>` x 4000 made the lazy scan quadratic
_HTML_SUP = re.compile(r"<sup>([^<]*)</sup>")
_HTML_SUB = re.compile(r"<sub>([^<]*)</sub>")
_HTML_TAG = re.compile(r"</?(?:b|i|em|strong|span|p|br)\s*/?>", re.I)
# ^{\circ} / ^\text{\circ} (braces balanced, so `\frac{R}{\sin 36^\circ}` keeps its closing brace) / ^\circ / \circ
_DEGREE = re.compile(r"\^\s*(?:\\text\s*)?\{\s*\\circ\s*\}|\^\s*\\circ|\\circ")
# `25°C`, `212 °F`: the degree of a temperature scale, its letter written plain (as `25^\\circ\\text{C}` writes it in
# a text): one unit, never a degree times a letter C (only after a number, the letter standing alone)
_DEGREE_SCALE = re.compile(r"(\d)\s*°\s*([CF])(?![A-Za-z0-9_^{(])")
_WS = re.compile(r"\s+")
# `\\quadx_{2}`: a spacing command glued to the next letters (text pipelines drop the space) is the command and
# then those letters; `\\quadx` is no command of its own
_GLUED_SPACE = re.compile(r"\\(q?quad)(?=[A-Za-z])")
# Ordinals: 12^{th}, 12^{\text{th}}, 15th -> the number (taxonomy 1.4/1.6).
# no two `\s*` meet across an optional item (that backtracked polynomially on long space runs)
_ORDINAL = re.compile(r"(\d)\s*(?:\^\s*(?:\{\s*)?(?:\\(?:text|mathrm)\s*\{\s*)?(?:st|nd|rd|th)(?:\s*\})?(?:\s*\})?|(?:st|nd|rd|th)(?![a-zA-Z]))")


# Words for symbols (taxonomy 1.2 / 1.4): "45 degrees", "25 percent", "all real numbers", "no solution".
_WORD_FORMS = [
    # (the word may follow the number's closing math delimiter: `$28$ percent`)
    (re.compile(r"(\d)\s*(?:\$\s*)?(?:\\text\{\s*)?(?:degrees?|deg)\b\s*\}?", re.I), r"\1°"),
    # ("28 percentage" too, as models write it; never "percentage points", a difference of percentages)
    (re.compile(r"(\d)\s*(?:\$\s*)?(?:\\text\{\s*)?(?:percent|per cent|pct|percentage(?!\s*points?\b))\b\s*\}?", re.I),
     r"\1%"),
    (re.compile(r"(?:\\text\{\s*)?\b(?:all|any) real numbers?\b\s*\}?", re.I), r"\\mathbb{R}"),
    # "no solution", "There is no solution", "there are no real roots", "No solution exists" (a whole claim of
    # emptiness; "no solution in integers" keeps its qualifier words and stays unreadable)
    (re.compile(r"(?:\\text\{\s*)?(?:\bthere (?:is|are|exists?) |\b(?:it|the equation) has )?\bno (?:real )?"
                r"(?:solutions?|roots?)\b(?: exists?\b)?\s*\.?\s*\}?", re.I), r"\\emptyset"),
]
# "either 7 or -5": the word before the first of the listed values adds nothing to "7 or -5" (only at the start,
# and only with an "or" after it; "either" alone stays a word the rules cannot read)
_EITHER = re.compile(r"\A\s*(?:\\text\{\s*)?either\b\s*(?:\}\s*)?(?=.{1,300}?\bor\b)", re.I | re.S)
# Digit groups written with LaTeX thin spaces: 1\,000\,000.
# a repeating decimal, `0.\overline{6}`, `1.2\overline{45}`: the bar marks the period, so the
# value is an exact fraction (`\frac{2}{3}`); written out instead of dropped (the bar changes the value)
_REPEATING = re.compile(r"(?<![\w.}])(\d{0,20})\.(\d{0,20})\\overline\s*\{\s*(\d{1,20})\s*\}")


def _repeating(m: re.Match) -> str:
    whole, fixed, period = m.group(1) or "0", m.group(2), m.group(3)
    num = int(whole + fixed + period) - int(whole + fixed)
    den = 10 ** len(fixed) * (10 ** len(period) - 1)
    g = _gcd(num, den)
    return f"\\frac{{{num // g}}}{{{den // g}}}"


# thin-space and brace-comma digit groups: `10\,000`, `32,\! 349`; `14{,}916` also spaced as models type it,
# `14 {, }916` (a brace comma is LaTeX's grouping comma: never a list separator)
_THIN_GROUP = re.compile(r"(?<=\d)(?:\\,|\\ |\s?\{\s?,\s?\}\s?|\\;|,\\!\s?)(?=\d{3}(?!\d))")

_RUNS = re.compile(r"\s{2,}")


def _collapse(s: str) -> str:
    return _RUNS.sub(lambda m: "\n" if "\n" in m.group() else " ", s)


_CACHED_CHARS = 2_000  # texts up to this long are memoised (bounded memory: 8192 x 2 000 chars)


def normalize(text: str) -> str:
    """Return a canonical spelling of a math answer (still LaTeX-ish text, not yet parsed). A pure function of
    the text, memoised for short texts: an RL batch repeats each gold over its group, and answers repeat."""
    if len(text) <= 40 and _PLAIN_NUMBER.fullmatch(text):
        return text  # the common gold, read in one match: no pattern below changes a plain number (test_rules checks)
    return _normalize_cached(text) if len(text) <= _CACHED_CHARS else _normalize(text)


# a plain integer or decimal without leading zeros (`007`, `.5`, `5.` and `1,000` take the full path)
_PLAIN_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?")


@functools.lru_cache(maxsize=8192)
def _normalize_cached(text: str) -> str:
    return _normalize(text)


# "approximately 0.507" (only before a decimal: "about 18" for an integer gold is vague, not a rounding)
_APPROX_WORD = re.compile(r"(?i)(?:approximately|approx\.|roughly|around)\s+(?=\$?\s*-?\d*\.\d)")
_LEADING_APPROX = re.compile(r"\A(?:\\approx(?![A-Za-z])|≈)\s*(?=-?\s*\d|\.\d)")
_EXTREME_NAME = re.compile(r"\\(max|min)\b(?=\s*[=:])")


def _normalize(text: str) -> str:
    # Whitespace runs become one space (one newline if they hold one) first and again before the later patterns:
    # the value is the same, and no `\s*` below can then backtrack over a long run (`1^` + 3000 spaces + `x` took
    # minutes in _ORDINAL).
    s = _collapse(_repair_escapes(text))
    if "{" in s:
        s = notation.brace_decimals(s)
    if "\\" in s:
        s = notation.unit_vectors(s)
    s = _THIN_GROUP.sub("", s)
    if notation.FRENCH_HINT.search(s):
        s = notation.french_intervals(s)
    if "dots" in s or "..." in s or "…" in s:
        s = notation.trailing_repeats(s)
    if "overline" in s:
        s = _REPEATING.sub(_repeating, s)
    s = _GLUED_SPACE.sub(r"\\\1 ", s)
    for pat, rep in _WORD_FORMS:
        s = pat.sub(rep, s)
    if "ither" in s[:20]:
        s = _EITHER.sub("", s)
    s = _DOUBLE_BACKSLASH.sub(r"\\", s)
    s = _HTML_SUP.sub(r"^{\1}", s)
    s = _HTML_SUB.sub(r"_{\1}", s)
    s = _HTML_TAG.sub(" ", s)
    s = _UNICODE_RE.sub(lambda m: _UNICODE[m.group(0)], s)
    if not s.isascii():
        s = _CURRENCY_BEFORE.sub(lambda m: f"{m.group(2)}{m.group(1)}", s)
        s = _CURRENCY_AFTER.sub(lambda m: f"{m.group(1)} \\text{{ {_CURRENCY[m.group(2)]}}}", s)
    if "\\$" in s:  # `\$5` is 5 dollars (a unit, so `\$5` vs `5€` differ), not a math delimiter
        s = _DOLLAR_BEFORE.sub(r"\1 \\text{ USD}", s)
    s = s.replace("$", " ").replace(r"\(", " ").replace(r"\)", " ")
    s = _strip_display(s)
    s = _SIZED_DOT.sub(" ", s)
    s = _DROP.sub(" ", s)
    if "{matrix}" in s or "{array}" in s:
        s = _BRACKETED_MATRIX.sub(_delimited_matrix, s)
    for pat, rep in _ALIASES:
        s = pat.sub(rep, s)
    if "mod" in s:
        s = _congruences(s)
    if "\\m" in s:  # `\max = 2, \min = 1`: the operators written as the names of two values
        s = _EXTREME_NAME.sub(r"\\text{\1}", s)
    s = _collapse(s)
    s = _DEGREE.sub("°", s)
    if "°" in s:
        s = _DEGREE_SCALE.sub(r"\1° \\text{\2}", s)
    s = _ORDINAL.sub(r"\1", s)
    s = s.replace(r"\%", "%").replace(r"\$", " ")
    s = _unwrap_boxed(s)
    s = _WS.sub(" ", s).strip()
    s = _drop_unmatched_closing(s)
    if s.startswith("=") and not s.startswith("=="):  # "= 5": the left side was cut off
        s = s[1:]
    if s[:1] in "aArR" and _APPROX_WORD.match(s):
        s = _APPROX_WORD.sub(r"\\approx ", s, count=1)  # "approximately $21.95\\%$": the sign in words (below)
    if s.startswith(("\\approx", "≈")):
        # `\approx 0.507`: a value stated as approximate; the rounding policy judges it as it is written
        s = _LEADING_APPROX.sub("", s)
    # A sentence-final period is punctuation, not math ("(-1/2, \sqrt 2.]", "y + 1 = -(2x-1)^2.").
    s = re.sub(r"(?<=[^\d\s])\.(?=\s*[\])]?\s*$)", "", s)
    s = re.sub(r"(?<=[\w}])\.\s*(?=[\])])", "", s)
    # Trailing punctuation only: a leading `.` is a decimal point (`.5` is 0.5, not 5) and a leading `,` or `;`
    # is kept so the answer fails to parse (UNSURE) rather than silently becoming the gold.
    return s.rstrip(" .,;").lstrip()


# A residue class: `x \\equiv 3 \\pmod{7}`, `x \\equiv 3 \\ (\\bmod\\ 7)`, `x ≡ 3 (mod 7)`, `3 \\pmod 7` (integer residue
# and modulus only). Written out as the family it is, `x = 7k + 3, k \\in \\mathbb{Z}` (k: a letter the text does not
# use), so it meets `x = 7n + 3`, `3 + 7k` and `x \\equiv 10 \\pmod 7` as families over the integers (scalar.py).
_MOD_WORD = r"(?:\\bmod|\\mod|(?:\\text|\\operatorname|\\mathrm)\s*\{\s*mod\s*\}|mod)"
_CONGRUENCE = re.compile(
    r"(?P<eq>\\equiv|≡)?\s*(?P<r>-?\s*\d{1,12})\s*(?:\\[ ,;]\s*)*"
    r"(?:\\pmod\s*(?:\{\s*(?P<m1>\d{1,12})\s*\}|(?P<m2>\d{1,12}))"
    r"|\(\s*" + _MOD_WORD + r"\s*(?P<m3>\d{1,12})\s*\)"
    r"|" + _MOD_WORD + r"\s*(?P<m4>\d{1,12})(?![\d.]))")
_FREE_LETTERS = ("k", "n", "m", "t", "j")


# a congruence of one number (`2^{100} \\equiv 2 \\pmod 7`): a constant on the left, no class of numbers
_CONSTANT_LHS = re.compile(r"\A\s*(?:[\d\s^{}()+\-*!]|\\cdot|\\times)+\Z")


def _congruences(s: str) -> str:
    m = _CONGRUENCE.search(s)
    if m and m["eq"] and _CONSTANT_LHS.match(s[:m.start()]):
        return s  # a claim about one number (`2^{100} \\equiv 2 \\pmod 7`): left unread (its modulus and left side
        # would have to be the question's, which this text does not know)
    letter = next((c for c in _FREE_LETTERS if not re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z])", s)), None)
    if letter is None:
        return s

    def family(m: re.Match) -> str:
        mod = m["m1"] or m["m2"] or m["m3"] or m["m4"]
        r = m["r"].replace(" ", "")
        return f"{'= ' if m['eq'] else ''}{mod}{letter} {'- ' + r[1:] if r.startswith('-') else '+ ' + r}"

    out, n = _CONGRUENCE.subn(family, s)
    return f"{out}, {letter} \\in \\mathbb{{Z}}" if n else s


def _delimited_matrix(m: re.Match) -> str:
    env = {("[", "]"): "bmatrix", ("(", ")"): "pmatrix"}.get((m.group(1), m.group(3)))
    return f"\\begin{{{env}}}{m.group(2)}\\end{{{env}}}" if env else m.group(0)


def _drop_unmatched_closing(s: str) -> str:
    """A stray `}` at the end (`a right prism}`, `150^\\circ}`) is a copy artefact, not structure."""
    depth = 0
    for i, c in enumerate(s):
        if c == "{" and (i == 0 or s[i - 1] != "\\"):
            depth += 1
        elif c == "}" and (i == 0 or s[i - 1] != "\\"):
            depth -= 1
    while depth < 0 and s.endswith("}") and not s.endswith("\\}"):
        s = s[:-1].rstrip()
        depth += 1
    return s


def _repair_escapes(s: str) -> str:
    if not any(c in s for c in _ESCAPE_DAMAGE):
        return s
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        fix = _ESCAPE_DAMAGE.get(c)
        if fix is not None:
            letter, names = fix
            tail = s[i + 1 : i + 12]
            if any(tail.startswith(name[1:]) and not tail[len(name) - 1 : len(name)].isalpha() for name in names):
                out.append("\\" + letter)
                i += 1
                continue
            out.append(" " if c in "\t\r\n" else "")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _strip_display(s: str) -> str:
    t = s.strip()
    if t.startswith(r"\[") and t.endswith(r"\]"):
        return t[2:-2]
    return s


def _unwrap_boxed(s: str) -> str:
    """`\\boxed{X}` anywhere in a gold answer means X."""
    for cmd in (r"\boxed", r"\fbox"):
        while True:
            i = s.find(cmd + "{")
            if i < 0:
                break
            j = i + len(cmd)
            depth, k = 0, j
            while k < len(s):
                if s[k] == "{" and s[k - 1] != "\\":
                    depth += 1
                elif s[k] == "}" and s[k - 1] != "\\":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= len(s):
                s = s[:i] + s[j:]
                break
            s = s[:i] + s[j + 1 : k] + s[k + 1 :]
    return s


# Compatibility characters that read as other characters: fullwidth forms, mathematical alphanumerics, circled
# and parenthesised numbers, super- and subscript digits. `３/５1` must be read as 3/51 (what NFKC says), never
# as 3/5 by an eye or a judge that skips the odd glyphs. Letter-like symbols (ℝ, ℓ) are left to _UNICODE.
_SUPERSCRIPTS = {ord(c): d for c, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")}
_SUBSCRIPTS = {ord(c): d for c, d in zip("₀₁₂₃₄₅₆₇₈₉₊₋", "0123456789+-")}
_COMPAT_RANGES = ((0xFF01, 0xFF5E), (0x3000, 0x3000), (0x1D400, 0x1D7FF), (0x2460, 0x24FF), (0x2776, 0x2793))
_SCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+|[₀₁₂₃₄₅₆₇₈₉₊₋]+")


def _compat(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _COMPAT_RANGES)


def fold_compat(text: str) -> str:
    """Fullwidth / mathematical / circled characters -> their NFKC reading; `x²` -> `x^{2}`, `a₁` -> `a_{1}`.
    Returns `text` itself when there is nothing to fold (the common case costs one scan)."""
    if text.isascii() or not any(_compat(ch) or ord(ch) in _SUPERSCRIPTS or ord(ch) in _SUBSCRIPTS for ch in text):
        return text
    from .statements import circled_only

    if circled_only(text):
        return text  # `①③` names statements (rules/statements.py), it is not the number 13
    import unicodedata

    def script(m: re.Match[str]) -> str:
        run = m.group(0)
        if run in ("²", "³"):
            return run  # normalize() reads these two already (and units such as km² rely on it)
        if ord(run[0]) in _SUPERSCRIPTS:
            return "^{" + run.translate(_SUPERSCRIPTS) + "}"
        return "_{" + run.translate(_SUBSCRIPTS) + "}"

    s = _SCRIPT_RUN.sub(script, text)
    return "".join(unicodedata.normalize("NFKC", ch) if _compat(ch) else ch for ch in s)
