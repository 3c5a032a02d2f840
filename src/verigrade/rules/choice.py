"""Multiple-choice answers: the gold is one option letter of a question that offers lettered options.

`C`, `(C)`, `\\text{(C)}`, `\\textbf{(C) } 12` and `C. 12` all name option C. The rule applies only when
  - the gold is a bare option letter (A-H, optionally in parentheses or a text wrapper), and
  - the question offers lettered options: two or more of `(A)`, `A.`/`A)` at a line start, or it asks for
    "the letter" / "the correct option" / "which option" / "the answer choice";
then an answer that names a single option letter is EQUAL when it is the gold's letter and DIFFERENT otherwise
(another letter is another option). An answer that names a second option (`(C) or (D)`) is not decided here.

An answer that gives an option's value instead of its letter (`12` for `(C) 12`) is compared with the options
the question lists, when they can be read as one run `(A) ... (B) ...` (or `A. ...` lines) starting at A: EQUAL
when it equals the gold's option and no other, DIFFERENT when it equals another option and not the gold's;
anything else (options unreadable, two options equal, no option matched) is not decided here. Without options
in the question a bare letter may be a point or a variable (`A` vs `C` as vertices), so nothing is decided but
the same lone letter written with or without parentheses (`(A)` vs `A`), or the gold's letter in parentheses
before a value (`(C) 12`: the parentheses mark an option).
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from ..types import Outcome

_WRAP = re.compile(r"\\(?:text|textbf|textrm|mathrm|mathbf|mbox)\s*\{([^{}]*)\}")
_GOLD = re.compile(r"^\(?\s*([A-H])\s*\)?\.?$")
# The answer's leading option letter: "(C)", "C.", "C)", "C:" or a lone "C", then optionally the option's text
# (not "A = 7" or "C is ...": there the letter is a variable or a word).
_ANSWER = re.compile(r"^(?:\(\s*([A-H])\s*\)|([A-H])(?:[.):]|$|\s+(?![a-z=<>])))")
_PAREN_OPTION = re.compile(r"\(([A-H])\)")
_LINE_OPTION = re.compile(r"(?m)^[ \t]*\$?([A-H])[.)]\s")  # [ \t], not \s: linear over many blank lines
# options inline with a colon, as exam papers print them: "( ) A: $1$  B: $\\sqrt{3}$  C: $2\\sqrt{3}$" (a space or
# the math after the colon: `A:B:C = 1:2:3` is a ratio)
_COLON_OPTION = re.compile(r"(?<![A-Za-z\\$])([A-H])\s?[:：](?=\s|\$)")
# options inline with a full stop, as cn_k12 prints them on one line: "( ) A. 2  B. $-2$  C. 4  D. 8" (read only as a
# run of three or more, A first, on one line: a lone "point A. Then ..." is prose)
_DOT_OPTION = re.compile(r"(?<![A-Za-z0-9\\$_{])([A-H])\.(?=[ \t]+\S|\$)")
# what opens a run of options: an answer blank, `( )`, `\\_\\_`, or the question's "which of the following"
_BLANK_CUE = re.compile(r"\(\s*\)|（\s*）|_{2,}|\\_|\\underline|\\quad\s*\)|(?i:which\s+of\s+the\s+following)|"
                        r"(?:(?:^|[.!?。]\s+|\n\s*)Then|(?i:\bif\b[^.?!;]{0,300},\s*then)|则)\s*[:：,，]?\s*\Z")  # ("..., $c = \\log_{1/2} 3$. Then A. $a>b>c$ B. ...")
_ASKS_AFTER = re.compile(r"[?？]")  # (a question asked after the run: its letters name other things)
_ASKS_LETTER = re.compile(r"\b(?:letter|correct option|which option|answer choice)\b", re.I)
_OTHER_OPTION = re.compile(r"\(\s*[A-H]\s*\)|\b[A-H]\b")
_MARKER = re.compile(r"(?m)\\textbf\s*\{\s*\(([A-H])\)\s*\}|\(([A-H])\)|^[ \t]*([A-H])[.)]\s|"
                     r"(?<![A-Za-z\\$])([A-H])\s?[:：](?=\s|\$)")
_FILLER = re.compile(r"\\q?quad|\\[ ,;!]|\\newline|\\\\|\$")
MAX_OPTION_CHARS = 80
_HEDGE_WORDS = re.compile(r"(?i)\b(?:not|sure|think|maybe|perhaps|possibly|probably|guess|wrong|incorrect|or|unless|except)\b")


def _unwrap(s: str) -> str:
    for _ in range(3):  # \textbf{\text{(C)}}: a few levels are plenty
        s = _WRAP.sub(r"\1", s)
    return s.replace("$", "").strip()


@functools.lru_cache(maxsize=1024)  # (one question, many rollouts)
def offers_options(question: str | None) -> bool:
    if not question:
        return False
    letters = set(_PAREN_OPTION.findall(question)) | set(_LINE_OPTION.findall(question)) | set(
        _COLON_OPTION.findall(question))
    return len(letters) >= 2 or _ASKS_LETTER.search(question) is not None or bool(_dot_run(question))


def _dot_run(question: str) -> list[re.Match]:
    """The marks of a one-line run of full-stop options `A. ... B. ... C. ...` (three or more, from A on) on the
    question's last line, after an answer blank or "which of the following", else []: "Team scores: A. 12  B. 15
    C. 9. Which team scored the most?" names teams, it offers no options."""
    body = question.rstrip()
    start = body.rfind("\n") + 1
    marks = list(_DOT_OPTION.finditer(body, start))
    letters = [m.group(1) for m in marks]
    if len(letters) < 3 or letters != [chr(ord("A") + i) for i in range(len(letters))] or not _BLANK_CUE.search(
            body, 0, marks[0].start()) or _ASKS_AFTER.search(body, marks[-1].end()):
        return []
    return marks


def options(question: str) -> dict[str, str] | None:
    """{letter: text} for a run of options A, B, C, ... in the question, or None when it is not one clean run."""
    got = _options(question)
    return dict(got) if got is not None else None  # (a copy: the cached reading stays as read)


@functools.lru_cache(maxsize=1024)
def _options(question: str) -> dict[str, str] | None:
    """options(), read once per question."""
    marks = list(_MARKER.finditer(question))
    letters = [next(g for g in m.groups() if g) for m in marks]
    if len(letters) < 2 or letters != [chr(ord("A") + i) for i in range(len(letters))]:
        marks = _dot_run(question)
        letters = [m.group(1) for m in marks]
        if not marks:
            return None
    out = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(question)
        text = question[m.end():end].strip().split("\n")[0]  # an option is one line; instructions may follow
        text = _FILLER.sub(" ", text).strip().rstrip(",;.").strip()
        if not text or len(text) > MAX_OPTION_CHARS:
            return None
        out[letters[i]] = text
    return out


def compare_choice(gold: str, answer: str, question: str | None,
                   same: Callable[[str, str], bool] | None = None) -> tuple[Outcome, str] | None:
    """(EQUAL | DIFFERENT, reason) when the answer names or gives an option of a multiple-choice question whose
    gold is an option letter, else None. `same(option_text, answer)` is the rule engine's equality (optional)."""
    g = _GOLD.match(_unwrap(gold)) or _gold_with_text(gold, question, same)
    if not g and same is not None and not offers_options(question):
        told = _told_option(gold, answer, same)
        if told is not None:
            return told
    if not g:
        return _letter_for_value(gold, answer, question, same) if same and offers_options(question) else None
    if not offers_options(question):
        # `(A)` and `\\text{A}` for `A`: the same lone letter, whatever it names (an option or a point); never
        # DIFFERENT here, since without options another letter may be another name for the same thing
        same_letter = _GOLD.match(_unwrap(answer))
        if same_letter:
            return (Outcome.EQUAL, f"the letter {g.group(1)}") if same_letter.group(1) == g.group(1) else None
        # `(C) 12`: a letter in parentheses before a value marks an option, whatever the question shows
        plain = _unwrap(answer)
        a = _ANSWER.match(plain)
        if a and a.group(1) == g.group(1) and not (_OTHER_OPTION.search(plain[a.end():])
                                                   or _HEDGE_WORDS.search(plain[a.end():])):
            return Outcome.EQUAL, f"option {g.group(1)}, marked (C) and given with its value"
        return None
    plain = _unwrap(answer)
    a = _ANSWER.match(plain)
    if not a:
        return _by_value(g.group(1), answer, question, same) if same and question else None
    if _OTHER_OPTION.search(plain[a.end():]) or _HEDGE_WORDS.search(plain[a.end():]):
        return None  # "(C) or (D)", "(C) (not sure)": a hedge is not a letter match
    mine, theirs = g.group(1), a.group(1) or a.group(2)
    if _misquoted(plain[a.end():], theirs, question, same):
        return None  # `(B) 7` where option B reads 6: the letter and the text claim different options
    if mine == theirs:
        return Outcome.EQUAL, f"option {mine}"
    return Outcome.DIFFERENT, f"option {theirs}, the gold is option {mine}"


# a gold that gives its option's text after the letter: "C: 2\\sqrt{3}", "(C) 12", "B. 7"
_GOLD_TEXT = re.compile(r"^(?:\(\s*([A-H])\s*\)|([A-H])\s?[.:：)])\s*(.+)$", re.S)


class _Letter:
    """A gold's option letter read with its text (the match interface compare_choice uses: group(1))."""
    def __init__(self, letter: str) -> None:
        self.letter = letter

    def group(self, _: int) -> str:
        return self.letter


def _gold_with_text(gold: str, question: str | None, same: Callable[[str, str], bool] | None) -> _Letter | None:
    """The option letter of a gold `C: 2\\sqrt{3}` when the question offers options and that option's text is the
    gold's text (a gold whose text belongs to another option is broken: nothing decided)."""
    m = _GOLD_TEXT.match(_unwrap(gold))
    if m is None or not offers_options(question):
        return None
    letter, text = m.group(1) or m.group(2), m.group(3).strip(" .")
    opts = options(question) if question else None
    if not opts or letter not in opts or same is None:
        return None
    return _Letter(letter) if same(opts[letter], text) or _unwrap(opts[letter]).strip(" .") == text else None


_OPTION_IN = re.compile(r"(?<![A-Za-z\\])([A-H])\s*[:：)]")


def _told_option(gold: str, answer: str, same: Callable[[str, str], bool]) -> tuple[Outcome, str] | None:
    """A gold that gives its option's text (`C: \\sqrt{2}`, `A: -37`) where the question shows no options to read:
    the answer that is that text, or that letter alone, names that option (EQUAL); anything else is left to the rules
    (None: another value may still be the same option written otherwise)."""
    m = _GOLD_TEXT.match(_unwrap(gold))
    if m is None:
        return None
    letter, text = m.group(1) or m.group(2), m.group(3).strip(" .")
    if not text:
        return None
    marked = _OPTION_IN.search(_unwrap(answer))
    if marked and marked.group(1) != letter:
        return Outcome.DIFFERENT, f"option {marked.group(1)} named, the gold's is {letter}"  # ("... is B: 1 line")
    lone = _GOLD.match(_unwrap(answer))
    if lone:
        return (Outcome.EQUAL, f"the letter {letter} of the gold's option") if lone.group(1) == letter else None
    return (Outcome.EQUAL, f"the text of the gold's option {letter}") if same(text, answer) else None


def _misquoted(rest: str, letter: str, question: str, same: Callable[[str, str], bool] | None) -> bool:
    """The text after an option letter is not that option's text (when the options can be read and compared)."""
    rest = _FILLER.sub(" ", rest).strip(" .:")
    if not rest or same is None:
        return False
    opts = options(question)
    if not opts or letter not in opts:
        return False
    text = opts[letter]
    return not (same(text, rest) or _unwrap(text).strip(" .").lower() == rest.lower())


def _by_value(mine: str, answer: str, question: str, same: Callable[[str, str], bool]) -> tuple[Outcome, str] | None:
    opts = options(question)
    if not opts or mine not in opts or len(set(opts.values())) != len(opts):
        return None
    hits = [k for k, text in opts.items() if same(text, answer)]
    if hits == [mine]:
        return Outcome.EQUAL, f"the value of option {mine}"
    if hits and mine not in hits:
        return Outcome.DIFFERENT, f"the value of option {hits[0]}, the gold is option {mine}"
    return None


def _letter_for_value(gold: str, answer: str, question: str, same: Callable[[str, str], bool]) -> tuple[Outcome, str] | None:
    """Gold `12` (an option's value), answer `(B) 12` or `B`: the letter names the option whose value the gold is.
    Decided only when the options read as one clean run, the gold equals exactly one of them, and any text after
    the letter is that option's own text; another letter (with its own text or none) is another option."""
    opts = options(question)
    plain = _unwrap(answer)
    a = _ANSWER.match(plain)
    if not opts or not a or len(set(opts.values())) != len(opts):
        return None
    rest = _FILLER.sub(" ", plain[a.end():]).strip(" .")
    if _OTHER_OPTION.search(rest) or _HEDGE_WORDS.search(rest):
        return None
    hits = [k for k, text in opts.items() if same(text, gold)]
    theirs = a.group(1) or a.group(2)
    if len(hits) != 1 or theirs not in opts or (rest and not same(opts[theirs], rest)):
        return None
    if theirs == hits[0]:
        return Outcome.EQUAL, f"option {theirs}, whose value is the gold"
    return Outcome.DIFFERENT, f"option {theirs}, the gold is the value of option {hits[0]}"
