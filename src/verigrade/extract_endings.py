"""Responses that end without an answer marker on a block of math of their own: a display (`$$ ... $$`, `\\[ ... \\]`),
a closing alignment block read as a worked chain, or a concluding line of plain-text math (`So x = 5`). Used by
extract.py after the marker readers of extract_markers.py (whose acceptance test, _accept, every reading passes)."""
from __future__ import annotations

import re

from .extract_markers import _ASKING, _BOX, _HEDGE_SENTENCE, _MAX_ANSWER, _NOT_PLAIN_STATEMENT, _accept, _lead_in

def _display_end(w: str, question: str | None = None) -> tuple[str, int] | None:
    """A response that ends on a display block of its own lines (`...\n$$\\mathbf{M} = ...$$`, `\\[ x = 2 \\]`)
    states its answer there. Not when the sentence that leads into it hedges ("It is not", "maybe") or asks ("Is
    it"), nor after another display block (two values); the rules read what is inside."""
    s = w.rstrip()
    aligned = _ALIGN_END.search(s, max(0, len(s) - 40))
    if aligned:
        return _aligned_end(s, aligned, question)
    # (also one inline span alone on the last line, `$\\theta = 45^\\circ$`, `\\( x = 2 \\)`: a display in all but name)
    for op, cl in (("\\[", "\\]"), ("$$", "$$"), ("$", "$"), ("\\(", "\\)")):
        if not s.endswith(cl) or (op == "$" and (s.endswith("$$") or s.endswith("\\$"))):
            continue
        start = s.rfind(op, max(0, len(s) - _MAX_ANSWER), len(s) - len(cl))
        if op == "$" and (start <= 0 or s[start - 1] != "\n" and s.rfind("\n", 0, start) + 1 != start):
            return None  # an inline span closing a sentence, not a line of its own
        if op in ("$", "\\(") and ("$" in s[start + len(op):len(s) - len(cl)] or s[start + len(op):].lstrip()[:1] in
                                   "=<>≤≥" or s[:start].rstrip().endswith(("$", "\\)", "\\]"))):
            return None  # (`$x = 4$` then `$= 5$`: a chain of math lines, the last continuing the one above)
        if start < 0 or s[s.rfind("\n", 0, start) + 1:start].strip():
            return None  # no opening, or the block does not start its own line
        lead = _lead_in(s, start)
        # (a lead-in that is a finished sentence of its own, "... hence $q = 1$ or $q = -2$.", only frames the block:
        # there only words that doubt or set aside what follows count, not its `or` between values or its `not`)
        hedge = _HEDGE_SENTENCE if lead.rstrip().endswith((".", "!")) else _NOT_PLAIN_STATEMENT
        if hedge.search(lead) or _ASKING.match(lead) or "\\]" in lead or "$$" in lead or _BOX.search(s, start):
            return None  # a hedge, a question, or another display block just before: not one stated value
        got = _accept(s[start + len(op):len(s) - len(cl)], question=question)
        return (got, len(s)) if got else None
    return _plain_math_end(s, question)


# a last line of plain-text math, no delimiters: `∴ h = 19.6 m`, `So x ∈ {−4, 7}`, `Therefore, P = 2/15`, `E(X) = 7/2 =
# 3.5`, `Ratio ≈ 3.14`, `So gcd(84, 126) = 42`, `So sin 75° = (√6 + √2)/4`. A short name (a letter, with a subscript
# or an argument, `f⁻¹(x)`, a common function at its argument, or a capitalised word), a relation,
# then only numbers and operators (no letter: `5 or 6` has words; no range dash or tilde), a unit word at most at the
# end. Without a concluding word, only under a finished sentence of prose: a bare line under other math, or under a
# lead-in ("Random:", "x = 3\nx = 4\nx = 5"), may be one candidate of many
_PLAIN_CUE = r"(?:∴|\\therefore|So,?|Thus,?|Hence,?|Therefore,?)"  # (the concluding words both line shapes take)
_PLAIN_MATH_LINE = re.compile(r"[ \t]*(?P<cue>" + _PLAIN_CUE + r"[ \t]+)?"
                              r"(?P<m>(?P<name>(?:gcd|lcm|sin|cos|tan|cot|log|ln)[ \t]*(?:\([A-Za-z0-9., ]{1,20}\)|"
                              r"\d{1,4}(?:\.\d+)?°?)|[A-Za-z](?:⁻¹)?(?:_\{?[A-Za-z0-9]{1,3}\}?|\([A-Za-z0-9=, ]{1,12}\))?|"
                              r"(?P<word>[A-Z][a-z]{2,11}))[ \t]*(?:=|≈|∈)[ \t]*[^A-Za-z\n$\\?–—~…]{1,120}?"
                              r"(?:[ \t]+[A-Za-z]{1,6}(?:\^?[23²³])?)?)[ \t]*\.?")
_MATH_LINE = re.compile(r"[ \t]*(?:[-*•]\s*)?\$?[A-Za-z][^\n]{0,40}?(?:=|≈|∈)")
# (the solutions of one letter joined by "or", after a concluding word: `So x = π/3 or x = 5π/3`)
_PLAIN_OR_LINE = re.compile(r"(?P<cue>[ \t]*" + _PLAIN_CUE + r"[ \t]+)(?P<m>(?P<n>[a-z])[ \t]*=[ \t]*"
                            r"[^A-Za-z\n$\\?–—~…=]{1,60}?(?:[ \t]+or[ \t]+(?P=n)[ \t]*=[ \t]*[^A-Za-z\n$\\?–—~…=]{1,60}?)+)"
                            r"[ \t]*\.?")


def _plain_math_end(s: str, question: str | None) -> tuple[str, int] | None:
    """A response that ends on a concluding line of plain-text math (_PLAIN_MATH_LINE, _PLAIN_OR_LINE) states its
    answer there, as a display does; not after a lead-in that hedges or asks, nor under another line of math (one
    candidate of several)."""
    start = s.rfind("\n") + 1
    line = s[start:]
    if start == 0 or len(line) > 200 or "..." in line:
        return None
    solutions = _PLAIN_OR_LINE.fullmatch(line)
    m = None if solutions else _PLAIN_MATH_LINE.fullmatch(line)
    if solutions:  # `So x = π/3 or x = 5π/3`: the solutions of one letter, read as the list they are
        cue, name, word = solutions.group("cue"), solutions.group("n"), None
        value = re.sub(r"[ \t]+or[ \t]+", ", ", solutions.group("m"))
    elif m:
        cue, name, word, value = m.group("cue"), m.group("name"), m.group("word"), m.group("m")
    else:
        return None
    if not _DIGIT_OR_SET.search(value):
        return None
    above = s[s.rfind("\n", 0, start - 1) + 1:start].strip()
    if _MATH_LINE.match(above) and not above.endswith((".", "!")):
        return None  # (`x = 3\nSo x = 5`: a stack of values, the last one of them)
    if not cue and (not _derived(s[:start], above, name or word) or _NOT_PLAIN_STATEMENT.search(above) or
                    _HEDGE_SENTENCE.search(above)):
        return None  # (no concluding word: only the name of a derivation above, under a finished sentence that
        # neither doubts nor denies: "Not x = 3.\nx = 5" is no plain statement)
    lead = _lead_in(s, start)
    # (as for a display: a finished lead-in sentence hedges only by its doubt words; an unfinished one, "We get $x=3$
    # or", leads into the line)
    hedge = _HEDGE_SENTENCE if lead.rstrip().endswith((".", "!")) else _NOT_PLAIN_STATEMENT
    if hedge.search(lead) or _ASKING.match(lead) or lead.rstrip().endswith(("=", "\\", "$$", "\\]", ":")):
        return None
    if word:  # (`Ratio ≈ 3.14`: the word names the value, as `\\text{Ratio}` does)
        value = f"\\text{{{word}}}" + value[len(word):]
    if "∈" in value and "{" in value:  # (`x ∈ {−4, 7}`: plain-text braces after ∈ are a set's, not LaTeX grouping)
        value = value.replace("{", "\\{").replace("}", "\\}")
    got = _accept(value, question=question)
    return (got, len(s)) if got else None


_DIGIT_OR_SET = re.compile(r"\d")


def _derived(before: str, above: str, name: str) -> bool:
    """A bare last line `P = 2/15` restates a derivation: the line above is a finished sentence, and the work above
    names the same quantity in its math (`P(both red) = ...`, `5h = 24`, "Ratio = circumference ÷ diameter"). A line
    that names nothing worked out before ("I give up.\nx = 5") is a guess, not read."""
    if not above.endswith((".", "!")):
        return False
    base = re.escape(name.split("(")[0].split("_")[0])
    earlier = before[:max(0, len(before) - len(above) - 1)] + " " + above
    return bool(re.search(rf"(?<![A-Za-z\\]){base}(?![a-z])[^\n]{{0,80}}?(?:=|≈)|(?:=|≈)[^\n]{{0,80}}?(?<![A-Za-z\\]){base}(?![a-z])",
                          earlier))


# an alignment environment closing the response (bare, or inside `\\[ \\]` / `$$ $$`)
_ALIGN_END = re.compile(r"\\end\{(align\*?|aligned|eqnarray\*?|split)\}\s*(?:\\\]|\$\$)?\Z")
_ROW_BREAK = re.compile(r"\\\\(?:\[[^\]\n]{0,20}\])?")
_ROW_MARKS = re.compile(r"\\(?:nonumber|notag)\b|\\tag\*?\{[^{}A-Za-z]{0,20}\}|&")  # (a tag with words is kept: read)
_CONTINUES = ("=", "\\approx", "≈")


def _aligned_end(s: str, end: re.Match, question: str | None) -> tuple[str, int] | None:
    """An alignment block that closes the response is a worked chain when every row after the first continues it
    (`A &= B \\\\ &= C`): read as `A = B = C`, whose value the rules take only when every step provably holds
    (alternatives._chain_value). Rows that start equations of their own are several statements: no answer. The block must
    start its own line, after a lead-in that does not hedge (as for any display block)."""
    env = end.group(1)
    begin = s.rfind("\\begin{" + env + "}", max(0, end.start() - 4 * _MAX_ANSWER), end.start())
    if begin < 0:
        return None
    start = begin
    opener = s[:begin].rstrip()
    if opener.endswith(("\\[", "$$")):
        start = len(opener) - 2
    if s[s.rfind("\n", 0, start) + 1:start].strip():
        return None  # the block does not start its own line
    lead = _lead_in(s, start)
    hedge = _HEDGE_SENTENCE if lead.rstrip().endswith((".", "!")) else _NOT_PLAIN_STATEMENT
    if hedge.search(lead) or _ASKING.match(lead) or "\\]" in lead or "$$" in lead or _BOX.search(s, start):
        return None
    rows = [_ROW_MARKS.sub(" ", r).strip().rstrip(".,;").strip() for r in _ROW_BREAK.split(
        s[begin + len(env) + 8:end.start()])]
    rows = [r for r in rows if r]
    if not rows or any(not r.startswith(_CONTINUES) or "\\tag" in r for r in rows[1:]) or "\\tag" in rows[0]:
        return None
    got = _accept(" ".join(rows), question=question)
    return (got, len(s)) if got else None
