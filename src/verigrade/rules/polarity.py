"""Yes/no answers with more than the word: a reason in math after it ("No, $91 = 7 \\times 13$.") or a clause that
restates the question's claim ("No, it is not prime." for "Is 221 prime?"). Either reading is EQUAL or DIFFERENT only
when every part of the answer is read; anything else is left to the text rules (None)."""
from __future__ import annotations

import re

from ..types import Outcome
from .context import last_sentence
from .evaluate import EvalError, evaluate, free_symbols, to_complex
from .lexer import LexError, tokenize
from .normalize import normalize
from .parser import ParseError, parse
from .text import CLAIM_WORDS, words

# "No, $91 = 7 \\times 13$.", "Yes: every term is positive.": a yes/no answer with its reason after a comma, colon
# or full stop. The reason may not carry another polarity, a negation or a hedge (`No, it is yes`, `No, but ...`).
_POLAR_GOLD = re.compile(r"(?i)\s*(?:\\text\s*\{\s*)?(yes|no|true|false)\s*\}?\s*[.!]?\s*\Z")
_POLAR_REASON = re.compile(r"(?i)\s*(yes|no|true|false)\s*[,.:;]\s+(\S.{0,200})\Z", re.S)
_AFFIRMS = {"yes": True, "true": True, "no": False, "false": False}  # (each polar word: does it affirm?)
_TEXT = re.compile(r"\\text\s*\{([^{}]*)\}")  # (a text wrapper around the words, read as the words)
_REASON_BLOCKS = re.compile(r"(?i)\b(?:yes|no|true|false|not|never|cannot|can't|isn't|aren't|doesn't|don't|won't|"
                            r"maybe|perhaps|possibly|probably|either|or|but|however|unless|except|although|unclear|"
                            r"depends|sometimes)\b|n't\b|\?")


_CONNECTIVES = frozenset("since because as so thus hence therefore and by we get have has which is are the it "
                         "then from".split())


def _stem(w: str) -> str:
    return w.lower()[:5]


def justified_polarity(g: str, a: str, question: str | None = None) -> tuple[Outcome, str] | None:
    gm, am = _POLAR_GOLD.fullmatch(g), _POLAR_REASON.fullmatch(a)
    if gm is None or am is None or _REASON_BLOCKS.search(am.group(2)):
        return None
    if {w.lower() for w in words(am.group(2))} & CLAIM_WORDS:
        return None  # `No, it is possible`: a clause that restates or contradicts the claim is text.py's to read
    prose = [w.lower() for w in re.findall(r"(?<![\\A-Za-z])[A-Za-z]{2,}", re.sub(r"\$[^$]*\$", " ", am.group(2)))]
    if any(w not in _CONNECTIVES for w in prose) or not re.search(r"[\d$\\=<>]", am.group(2)):
        # `Yes, it diverges.` for "Does it converge?": a reason in words may claim the opposite; only a reason in math
        # (`No, $91 = 7 \\times 13$`) joined by connectives is read here
        return None
    if question and {_stem(w) for w in words(am.group(2)) if len(w) >= 4 and w.isalpha()} & {
            _stem(w) for w in words(question) if len(w) >= 4 and w.isalpha()}:
        return None  # `No, the series converges.` for "Does the series converge?": the claim itself, said again
        # (a restatement of the question's claim is not read: its negation and scope are not checked)
    if not _reason_holds(am.group(2)):
        return None  # `No, $50 = 7^2$.`: a reason that is false, or that the rules cannot read, backs nothing
    same = _AFFIRMS[gm.group(1).lower()] == _AFFIRMS[am.group(1).lower()]
    return (Outcome.EQUAL, "the same yes/no answer, with its reason") if same else (
        Outcome.DIFFERENT, "the opposite yes/no answer, with a reason")


# a yes/no question's asking sentence: it opens with an auxiliary and offers no alternatives ("Is 97 prime?", not "Is
# f even or odd?")
_YES_NO_ASK = re.compile(r"(?i)^(?:is|are|was|were|does|do|did|can|could|will|would|has|have|must|should)\b[^?]*\?\s*\Z")
_CLAIM_FILLER = frozenset("it is are the a an this that number indeed so".split())
_CLAIM_NEGATIONS = frozenset({"not", "isn't", "aren't", "doesn't", "don't", "cannot", "can't", "won't", "wasn't"})


_UNASKED_CLAIM = re.compile(r"(?i)\b(?:or|not|no|never|neither|nor|none|nothing|without|except|only)\b|n't\b|[=<>≠≤≥]|"
                            r"\\(?:neq|ne|le|ge|leq|geq|lt|gt|approx)(?![A-Za-z])")


def _yes_no_claim(question: str | None) -> str | None:
    """The asking sentence of a plain yes/no question ("Is 97 prime?"), or None: alternatives, a negated claim whose
    "no" would mean the opposite, or a relation in math that words cannot restate ("Is $\\sqrt{4} \\neq 2$?")."""
    if not question:
        return None
    asked = last_sentence(question).strip()
    scripts = re.sub(r"[_^]\s*\{[^{}]*\}", " ", asked)  # (`\\sum_{n=1}`: a sum's limits state no relation)
    return asked if _YES_NO_ASK.match(asked) and not _UNASKED_CLAIM.search(scripts) else None


def _inflected(w: str, base: str) -> bool:
    """`w` is `base` or an inflection of it (`converges` / `converge`, `increased` / `increase`): a plain suffix
    only, so `convergent`, `convex` and `conversely` are other words."""
    short, long_ = sorted((w, base), key=len)
    return long_ == short or (long_.startswith(short) and long_[len(short):] in ("s", "es", "d", "ed")) or (
        short.endswith("e") and long_ == short[:-1] + "ing")


# the answer's shape: [it] [is | does] [not] [a | an | the] word [number]: one negation, before the word
_PREDICATE_ANSWER = re.compile(r"(?:it\s+)?(?:is\s+|does\s+|do\s+)?(?P<neg>(?:not|isn't|doesn't|don't|cannot)\s+)?"
                               r"(?:a\s+|an\s+|the\s+)?(?P<w>[a-z]+)(?:\s+number)?")


def predicate_polarity(g: str, a: str, question: str | None) -> tuple[Outcome, str] | None:
    """"converges" / "does not converge" for "Does the series $\\sum 1/n^2$ converge?", "prime" for "Is 97 prime?": an
    answer that is only the claim's predicate, negated at most once before it, is the yes (or, negated, the no). The
    predicate is the one word (articles aside) after the claim's subject, which must be a math span or a number
    right after the auxiliary ("Is 97 ..."); the answer's word is that word or a plain inflection of it. Two words
    ("converge absolutely", "always even", "even and composite"), another word ("convex", "composite", "convergent")
    or a subject that goes on after its number ("the first 10 primes even") are left to the other readers."""
    gm = _POLAR_GOLD.fullmatch(g)
    asked = _yes_no_claim(question) if gm is not None else None
    if asked is None:
        return None
    plain = _TEXT.sub(r"\1", a).strip().rstrip(" .!")
    if not re.fullmatch(r"[A-Za-z' ]{1,40}", plain):
        return None
    subject = list(re.finditer(r"\$[^$]*\$|\\\(.*?\\\)|(?<![\w.])\d+(?:\.\d+)?(?![\w.])", asked))
    if not subject or (not subject[-1].group().startswith(("$", "\\(")) and not re.fullmatch(
            r"(?i)\s*\w+\s*", asked[:subject[-1].start()])):
        return None  # (a bare number is the subject only right after the auxiliary: "Is 97 prime?")
    predicate = [w.lower() for w in re.findall(r"[A-Za-z]+", asked[subject[-1].end():])
                 if w.lower() not in ("a", "an", "the", "number")]
    m = _PREDICATE_ANSWER.fullmatch(plain.lower())
    if len(predicate) != 1 or m is None or not _inflected(m.group("w"), predicate[0]):
        return None
    negs = 1 if m.group("neg") else 0
    same = _AFFIRMS[gm.group(1).lower()] == (negs == 0)
    return (Outcome.EQUAL, "the same yes/no answer: the question's claim, said") if same else (
        Outcome.DIFFERENT, "the opposite yes/no answer: the question's claim, said")


def restated_polarity(g: str, a: str, question: str | None) -> tuple[Outcome, str] | None:
    """"Yes, it is prime." / "No, it is not prime." for "Is 97 a prime number?": the yes/no and a clause that only
    restates the question's claim, negated once after no and never after yes ("No, 221 is prime." contradicts itself,
    "Yes, it is composite" claims something the question did not say: both left to the other readers)."""
    gm = _POLAR_GOLD.fullmatch(g)
    am = _POLAR_REASON.fullmatch(_TEXT.sub(r"\1", a))
    asked = _yes_no_claim(question) if gm is not None and am is not None else None
    if asked is None:
        return None
    clause = am.group(2).rstrip(" .!")
    ws = re.findall(r"[A-Za-z']+|\d+", clause)
    if not ws or len(ws) > 8 or re.search(r"[^\w\s']|\b(?:and|but)\b", clause):
        return None  # (one short clause of words: math, symbols or a second clause are the other readers' job)
    negs = sum(w.lower() in _CLAIM_NEGATIONS for w in ws)
    yes = am.group(1).lower() in ("yes", "true")
    if negs != (0 if yes else 1):
        return None
    # its other words are the whole claim of the asking sentence, in its order, or the claim's end after a pronoun for
    # its subject ("it is not prime"): "No, 7 is not greater than 5." for "Is 5 greater than 7?" swaps what the claim is
    # about, "No, 17 is not prime." for "Is 17 prime and even?" claims a part (and a falsehood)
    content = [w.lower() for w in ws if w.lower() not in _CLAIM_FILLER and w.lower() not in _CLAIM_NEGATIONS]
    claim = [w.lower() for w in re.findall(r"[A-Za-z]+|\d+", asked)[1:] if w.lower() not in _CLAIM_FILLER]
    pronoun = any(w.lower() in ("it", "they", "this", "that") for w in ws)
    if not content or not (content == claim or (pronoun and len(content) < len(claim) and
                                                claim[-len(content):] == content)):
        return None
    same = _AFFIRMS[gm.group(1).lower()] == yes
    return (Outcome.EQUAL, "the same yes/no answer, the question's claim restated") if same else (
        Outcome.DIFFERENT, "the opposite yes/no answer, the question's claim restated")


def _reason_holds(reason: str) -> bool:
    """The math of a yes/no's reason is equalities between numbers, all true (`91 = 7 \\times 13`)."""
    spans = re.findall(r"\$([^$]+)\$", reason) or [re.sub(r"(?i)\b(?:since|because|as|so|thus|hence|therefore|by)\b|"
                                                       r"[.!;:]+\s*\Z", " ", reason)]
    for span in spans:
        try:
            node = parse(tokenize(normalize(span)))
        except (ParseError, LexError, RecursionError):
            return False
        if node[0] != "rel" or free_symbols(node) or any(op != "=" for op in node[1][1::2]):
            return False  # (a relation with letters or an inequality may point either way: `f(-x) = -f(x)` for
            # "Is x^2 even?", `2^{10} > 1000` for "Is 2^10 less than 1000?"; only a worked equality is a reason)
        parts = node[1]
        try:
            vals = [to_complex(evaluate(x)) for x in parts[0::2]]
        except (EvalError, OverflowError, ValueError, TypeError, ZeroDivisionError):
            return False
        for x, y in zip(vals, vals[1:]):  # (every operator is `=`, checked above)
            if abs(x.imag) > 1e-12 or abs(y.imag) > 1e-12 or abs(x.real - y.real) > 1e-12 * max(1.0, abs(x.real),
                                                                                               abs(y.real)):
                return False
    return True
