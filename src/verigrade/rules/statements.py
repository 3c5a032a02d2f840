"""Statement numbers: `①③` answers "Which of the following statements are true? ① ... ② ... ③ ..." (cn_k12 style).

The circled numbers name statements; together they are a set of statement indices (`①③` = `③①`, `①③` is not
`①②③`), or, where the question asks to arrange the statements, a sequence (`②①③` for "arrange ... in the order of a
syllogism"). NFKC would read `①③` as the number 13, so such a text is kept out of the compatibility fold and read here.
Against a gold of circled numbers, an answer may also number the statements plainly (`1, 3`, `(1)(3)`, `1 and 3`)."""
from __future__ import annotations

import re

_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① .. ⑳
_SEP = r"(?:\s|,|，|、|;|\\[ ,;]|~|\\text\s*\{\s*and\s*\}|\band\b|\$)*"
_CIRCLED_ONLY = re.compile(rf"{_SEP}[①-⑳](?:{_SEP}[①-⑳])*{_SEP}")
_PLAIN_INDICES = re.compile(rf"{_SEP}\(?\d{{1,2}}\)?(?:{_SEP}\(?\d{{1,2}}\)?)*{_SEP}")
# "Arrange the three sentences in the order of a syllogism", "Sort from smallest to largest", "the correct sequence of
# steps": the statements' order is the answer (any such word makes it a sequence: reading a sequence as a set would
# accept it in any order, the other mistake only leaves a right answer unsure)
_ARRANGE = re.compile(r"(?i)\barrang\w*|\border\w*|\bsequen\w*|\bsort\w*|\brank\w*|\bsteps?\b|\bsize\s+relation|"
                      r"\bfrom\s+(?:the\s+)?(?:smallest|largest|least|greatest|small|large|low|high|lowest|highest|big|"
                      r"biggest|first|last|top|bottom)\b")


def circled_only(text: str) -> bool:
    return _CIRCLED_ONLY.fullmatch(text) is not None


def indices(text: str, plain: bool = False) -> list[int] | None:
    """The statement numbers of a text of circled numbers and separators, or (with `plain`, for an answer against
    a circled gold) of small plain numbers (`1, 3`, `(1)(3)`); None for anything else."""
    if _CIRCLED_ONLY.fullmatch(text):
        return [_CIRCLED[c] for c in text if c in _CIRCLED]
    if plain and _PLAIN_INDICES.fullmatch(text):
        return [int(n) for n in re.findall(r"\d{1,2}", text)]
    return None


def as_answer(ns: list[int], question: str | None) -> str:
    """The text the rules compare: a tuple where the question asks for an arrangement, else a set."""
    body = ", ".join(str(n) for n in ns)
    if question and _ARRANGE.search(question):
        return f"({body})" if len(ns) > 1 else body
    return f"\\{{{body}\\}}"


def read(gold: str, answer: str, question: str | None) -> tuple[str, str]:
    """`gold` and `answer` with their statement numbers written as sets (or sequences), when the gold is circled
    numbers (the answer then circled or plain), or the answer is (the gold then plain); else both unchanged."""
    g = indices(gold)
    a = indices(answer, plain=g is not None)
    if g is None and a is not None:
        g = indices(gold, plain=True)
    if g is None or a is None:
        return gold, answer
    return as_answer(g, question), as_answer(a, question)
