"""Map a recovered false negative to the false-negative taxonomy (fn_taxonomy.md: 7 categories, 31 sub-categories).

Deterministic and cheap: it reads the rule engine's evidence (the normalisations that made gold and answer equal,
see `rules/compare.py`), the method, and, where those say nothing, the two strings themselves. Rules are tried in
a fixed order, most specific first; the first that fires wins, and `why` says which one it was.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = {
    "1": "Formatting", "2": "Notation", "3": "Expression", "4": "Numeric", "5": "Language", "6": "Set/List",
    "7": "Symbolic",
}
SUBCATEGORIES = {
    "1.1": "whitespace", "1.2": "symbol representation", "1.3": "markup", "1.4": "units", "1.5": "context prefix",
    "1.6": "other formatting",
    "2.1": "interval vs inequality", "2.2": "ratio forms", "2.3": "± vs listed solutions",
    "2.4": "vector/matrix vs tuple", "2.5": "other notation",
    "3.1": "algebraic rearrangement", "3.2": "roots vs powers", "3.3": "log/trig identities", "3.4": "other expression",
    "4.1": "exact vs decimal", "4.2": "other exact form", "4.3": "rounding/precision", "4.4": "other numeric",
    "5.1": "explanatory text", "5.2": "labelled values vs bare list", "5.3": "paraphrase", "5.4": "separators",
    "6.1": "order", "6.2": "braces/brackets", "6.3": "delimiters", "6.4": "other set/list",
    "7.1": "renamed constant", "7.2": "sub/superscripts", "7.3": "custom symbols", "7.4": "case",
}
UNCLASSIFIED = "unclassified"
UNCLASSIFIED_JUDGE = "unclassified (judge)"


@dataclass(frozen=True)
class Category:
    code: str  # "1.4", or "unclassified" / "unclassified (judge)"
    why: str  # which rule fired, for the report

    @property
    def category(self) -> str:
        top = self.code.split(".")[0]
        return f"{top} {CATEGORIES[top]}" if top in CATEGORIES else self.code

    @property
    def sub(self) -> str:
        return f"{self.code} {SUBCATEGORIES[self.code]}" if self.code in SUBCATEGORIES else self.code

    def to_dict(self) -> dict:
        return {"code": self.code, "category": self.category, "sub": self.sub, "why": self.why}


_WS = re.compile(r"\s+")
_PM = re.compile(r"\\pm|±|\\mp|∓")
_MATRIX = re.compile(r"\\begin\{[pbvBV]?matrix\}|\\langle|⟨|\\vec|\\mathbf")
_MIXED = re.compile(r"(?<![\d.])\d+\s*\\[dt]?frac")
_DECIMAL = re.compile(r"\d\.\d")
_ROOT = re.compile(r"\\sqrt|√")
_FRAC_POWER = re.compile(r"\^\s*\{?\s*-?\s*\d+\s*/|\^\s*\{\s*\\frac|\^\s*\{?\s*0?\.5")
_LOGTRIG = re.compile(r"\\(?:log|ln|lg|sin|cos|tan|cot|sec|csc|arcsin|arccos|arctan)\b|\b(?:log|ln|sin|cos|tan)\s*\(")
_POWER = re.compile(r"\^|\\times\s*10|e[+-]?\d")
_DEGREE = re.compile(r"°|\\circ|\\degree|\^\s*\{?\s*\\text\s*\{?\s*o")
_DEGREE_SPELL = re.compile(r"\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|°|\\degree")
_AND = re.compile(r"\band\b|\\text\s*\{\s*and\s*\}|&")
_TOP_COMMA = re.compile(r",")
_MARKUP = [
    (re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])"), ""),
    (re.compile(r"\\(?:displaystyle|textstyle|limits)(?![a-zA-Z])"), ""),
    (re.compile(r"\\[dt]frac"), r"\\frac"),
    (re.compile(r"\\(?:mathrm|mathbf|mathit|text|textbf|operatorname|boxed)\s*\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\[,;:!]|\\ |~|\\quad|\\qquad"), ""),
    (re.compile(r"\$"), ""),
    (re.compile(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}"), r"(\1)/(\2)"),
    (re.compile(r"\\frac\s*(\d)\s*(\d)"), r"(\1)/(\2)"),
    (re.compile(r"[{}]"), ""),
    (re.compile(r"\(([\w.]+)\)"), r"\1"),
]
_SYMBOLS = [
    (re.compile(r"\\infty|∞"), "∞"), (re.compile(r"\+∞"), "∞"), (re.compile(r"\\geqslant|\\geq|\\ge(?![a-z])|≥"), "≥"),
    (re.compile(r"\\leqslant|\\leq|\\le(?![a-z])|≤"), "≤"), (re.compile(r"\\neq|\\ne(?![a-z])|≠"), "≠"),
    (re.compile(r"\\cdot|\\times|×|·|\*"), "×"), (re.compile(r"\\pi|π"), "π"), (re.compile(r"\\cup|∪"), "∪"),
    (re.compile(r"\\cap|∩"), "∩"), (re.compile(r"\\in(?![a-z])|∈"), "∈"), (re.compile(r"\\sqrt|√"), "√"),
    (re.compile(r"−|–"), "-"), (re.compile(r"\\%|%"), "%"), (re.compile(r"\\circ|°"), "°"),
    (re.compile(r"\\alpha|α"), "α"), (re.compile(r"\\beta|β"), "β"), (re.compile(r"\\theta|θ"), "θ"),
]


def _squash(s: str) -> str:
    return _WS.sub("", s)


def _demarkup(s: str) -> str:
    s = _squash(s)
    for _ in range(3):
        for rx, rep in _MARKUP:
            s = rx.sub(rep, s)
    return s


def _symbols(s: str) -> str:
    for rx, rep in _SYMBOLS:
        s = rx.sub(rep, s)
    return s


def _either(rx: re.Pattern, g: str, a: str) -> bool:
    return bool(rx.search(g) or rx.search(a))


def _one_side(rx: re.Pattern, g: str, a: str) -> bool:
    return bool(rx.search(g)) != bool(rx.search(a))


def classify(gold: str | None, answer: str | None, method: str | None, evidence=(), stage: str | None = None,
             flags=()) -> Category:
    """Taxonomy category of one item verigrade accepted and the baseline rejected."""
    g, a = (gold or "").strip(), (answer or "").strip()
    m = (method or "").removeprefix("rule:")
    ev = set(evidence or ())
    if stage == "judge" and not ev:
        return Category(UNCLASSIFIED_JUDGE, "accepted by the judge; the rules left no evidence")
    if "renamed constant" in ev or "renamed variable" in ev:
        return Category("7.1", "evidence: renamed constant/variable")
    if "interval" in ev:
        return Category("2.1", "evidence: interval")
    if "equation" in ev:
        return Category("3.1", "evidence: equation rearranged")
    if "ratio" in ev:
        return Category("2.2", "evidence: ratio")
    if "degrees->radians" in ev:
        return Category("4.2", "evidence: degrees vs radians")
    if "degrees" in ev:
        if _DEGREE_SPELL.search(g) and _DEGREE_SPELL.search(a):
            return Category("1.2", "evidence: degrees, both sides mark degrees differently")
        return Category("1.4", "evidence: degrees, a degree sign present on one side only")
    if "percent" in ev:
        gp, ap = (re.sub(r"\\?%", "", _demarkup(x)) for x in (g, a))
        if gp == ap:
            return Category("1.4", "evidence: percent, the % sign present on one side only")
        return Category("4.2", "evidence: percent vs share")
    if "decimal" in ev:
        if _either(_MIXED, g, a):
            return Category("4.4", "evidence: decimal of a mixed number")
        if _DECIMAL.search(g):
            return Category("4.3", "evidence: decimal, gold is a decimal too (rounding/precision)")
        return Category("4.1", "evidence: decimal of an exact gold")
    if "units" in ev:
        return Category("1.4", "evidence: units")
    if _either(_PM, g, a) and m in ("set", "tuple", "list", "structure", "exact"):
        return Category("2.3", "± on one side, listed values on the other")
    if "text" in ev or m == "text":
        return _text_category(g, a)
    if "qualifier" in ev:
        return Category("5.1", "evidence: a harmless qualifier ('for some integer k')")
    if "label" in ev:
        if m in ("set", "tuple", "list") or _TOP_COMMA.search(a):
            return Category("5.2", "evidence: label on a list")
        return Category("1.5", "evidence: label / context prefix")
    if "order" in ev:
        return Category("6.1", "evidence: order")
    if m in ("set", "tuple", "list"):
        return _list_category(g, a)
    if m in ("exact", "structure"):
        return _string_category(g, a)
    if m in ("numeric", "decimal"):
        return _numeric_category(g, a)
    if m == "symbolic":
        return _symbolic_category(g, a)
    if stage == "judge" or m == "judge":
        return Category(UNCLASSIFIED_JUDGE, "accepted by the judge; no rule pattern matches")
    return Category(UNCLASSIFIED, f"no rule for method {method!r} with evidence {sorted(ev)}")


def _text_category(g: str, a: str) -> Category:
    gl, al = _squash(_demarkup(g)).lower(), _squash(_demarkup(a)).lower()
    if (_AND.search(g) and "," in a) or (_AND.search(a) and "," in g):
        return Category("5.4", "text: 'and' vs comma")
    if gl and al and (gl in al or al in gl):
        return Category("5.1", "text: the gold inside explanatory text")
    return Category("5.3", "text: a paraphrase")


def _list_category(g: str, a: str) -> Category:
    if _one_side(_MATRIX, g, a):
        return Category("2.4", "list: vector/matrix vs tuple")
    gb, ab = re.findall(r"\\\{|\\\}|[\[\]()]", g), re.findall(r"\\\{|\\\}|[\[\]()]", a)
    if gb != ab:
        return Category("6.2", "list: braces/brackets differ")
    if (";" in g) != (";" in a):
        return Category("6.3", "list: ';' vs ','")
    if _one_side(_AND, g, a):
        return Category("5.4", "list: 'and' vs comma")
    return _string_category(g, a, default=Category("6.4", "list: same values, other difference"))


def _string_category(g: str, a: str, default: Category | None = None) -> Category:
    if _squash(g) == _squash(a):
        return Category("1.1", "whitespace only")
    if _squash(g).lower() == _squash(a).lower():
        return Category("7.4", "letter case only")
    if _decimal_comma(g, a):
        return Category("2.5", "decimal comma / digit groups")
    if _demarkup(g) == _demarkup(a):
        return Category("1.3", "markup only (\\dfrac, \\left, braces, \\text)")
    if _symbols(_demarkup(g)) == _symbols(_demarkup(a)):
        return Category("1.2", "symbol representation (unicode vs LaTeX, \\geqslant vs \\geq)")
    if _subscripts(g) == _subscripts(a) and _subscripts(g) != _squash(g):
        return Category("7.2", "sub/superscript notation")
    if _either(_MATRIX, g, a):
        return Category("2.4", "vector/matrix notation")
    return default or Category("1.6", "other formatting (equal after the engine's normalisation)")


def _decimal_comma(g: str, a: str) -> bool:
    def norm(s: str) -> str:
        s = re.sub(r"(?<=\d)\{,\}(?=\d)", ",", _squash(s))
        s = re.sub(r"(?<=\d)(?:,|\\,|\\ )(?=\d{3}(?!\d))", "", s)  # digit groups: 10,000 / 10{,}000 / 10\,000
        return re.sub(r"(?<=\d),(?=\d)", ".", s)  # decimal comma: 3,5

    return norm(g) == norm(a) and _squash(g) != _squash(a)


def _subscripts(s: str) -> str:
    return re.sub(r"[_^]\{?(\w+)\}?", r"_\1", _squash(s))


def _numeric_category(g: str, a: str) -> Category:
    if (_either(_ROOT, g, a) and _either(_FRAC_POWER, g, a)) or _one_side(_ROOT, g, a) and _either(_POWER, g, a):
        return Category("3.2", "numeric: roots vs powers")
    if _either(_LOGTRIG, g, a):
        return Category("3.3", "numeric: log/trig identity")
    if _either(_MIXED, g, a):
        return Category("4.4", "numeric: mixed number")
    if _one_side(_DECIMAL, g, a):
        return Category("4.1", "numeric: exact vs decimal")
    if _one_side(_DEGREE, g, a):
        return Category("1.4", "numeric: degree sign")
    if _either(_POWER, g, a):
        return Category("4.2", "numeric: other exact form (powers, scientific notation)")
    s = _string_category(g, a, default=Category("4.2", "numeric: other exact form"))
    return s


def _symbolic_category(g: str, a: str) -> Category:
    if _one_side(_ROOT, g, a) or (_either(_ROOT, g, a) and _either(_FRAC_POWER, g, a)):
        return Category("3.2", "symbolic: roots vs powers")
    if _either(_LOGTRIG, g, a):
        return Category("3.3", "symbolic: log/trig identity")
    if _demarkup(g) == _demarkup(a):
        return Category("1.3", "symbolic: markup only")
    return Category("3.1", "symbolic: algebraic rearrangement")


def taxonomy_rows() -> list[tuple[str, str, str]]:
    """(code, category, sub-category) for every sub-category, in order."""
    return [(code, f"{code.split('.')[0]} {CATEGORIES[code.split('.')[0]]}", f"{code} {name}")
            for code, name in SUBCATEGORIES.items()]
