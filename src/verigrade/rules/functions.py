"""Function labels an answer adds (`f'(x) =`, `f^{-1}(x) =`, `y(x) =`): whether they name what the question asks,
or claim more than the value shows (a constant function where a value is asked)."""
from __future__ import annotations

import re

from .evaluate import free_symbols

_FUNCTIONS_ASKED = re.compile(r"(?i)\ball\s+(?:such\s+)?functions|\bdetermine\s+(?:all\s+|the\s+)?functions?\b|"
                              r"\bfind\s+(?:all\s+|the\s+|a\s+)?functions?\b")


def function_value_off(lhs, value, gold, question: str) -> str | None:
    """`f'(x) = -3` for a number gold (a constant function claimed where a value is asked: "f'(0) = ____"; not when
    the question asks for functions, where `f(x) = 0` is the zero function), or `x(t) = e^{2x}` (a function of t
    written in another letter): the label says more than the value shows."""
    args = {x[1] for x in lhs[2] if x[0] == "sym" and x[1].islower()}
    if len(args) != len(lhs[2]):
        return None  # (`P(A) = \\frac12`: the probability of an event, a value)
    used = free_symbols(value)
    if not used & args and not free_symbols(gold) and not _FUNCTIONS_ASKED.search(question):
        return f"a function {lhs[1]} of {', '.join(sorted(args))} that is constant, for a value"
    if used and not used & args:
        return f"a function of {', '.join(sorted(args))} written in {', '.join(sorted(used))}"
    return None


def _defines(name: str, question: str) -> bool:
    """The question defines the function itself (`Let $f(x) = x^3$`) and does not ask for it (`Find $f(x)$`)."""
    n = re.escape(name)
    return bool(re.search(rf"(?<![A-Za-z\\]){n}\s*\(\s*[a-z]\s*\)\s*=", question)) and not re.search(
        rf"(?i)\b(?:find|determine|what\s+is|give|write)\b[^.?]{{0,40}}?(?<![A-Za-z\\]){n}\s*\(\s*[a-z]\s*\)\s*\$?\s*"
        rf"(?:[.?]|\Z|\$)", question)


def function_label_off(name: str, lhs, question: str) -> str | None:
    """Why a function label the gold does not carry (`f'(x) =`, `f^{-1}(x) =`, `f(x) =`) names something else than the
    question asks: the function where the question asks its value at a number ("Find $f'(0)$"), a derivative of
    another order than asked, an inverse not asked."""
    asked_at = re.finditer(r"(?i)\b(?:find|determine|compute|calculate|evaluate|what\s+is)\b([^.?]{0,40}?)" +
                           re.escape(name) + r"\s*(?:\\left)?\(\s*-?\d", question) if all(
        x[0] == "sym" for x in lhs[2]) else ()
    if any(not re.search(re.escape(name) + r"\s*(?:\\left)?\(\s*[A-Za-z]\s*(?:\\right)?\)", at.group(1))
           for at in asked_at):
        # (an asking verb before it: `y(0) = 3` in "Solve ..., $y(0) = 3$" is data, not asked; so is `p(0) = 1` after
        # the function itself is asked: "Find the polynomial $p(x)$ with $p(0) = 1$")
        return f"the answer defines {name}, the question asks for its value at a number"
    if all(x[0] == "sym" for x in lhs[2]) and _defines(name, question):
        # `f(x) = 3x^2` for "Let $f(x) = x^3$. Find $f'(x)$." (or f(x+1), f(f(x)), the inverse): the question's own f
        # is another function than the one the answer writes
        return f"labelled {name}, a function the question defines otherwise"
    if (name.endswith("'") or name.endswith("^{-1}")) and all(x[0] == "sym" for x in lhs[2]) and not asks_derived(
            name, question):
        # (a value at a number, `f'(2) = 3`, is read against the question by labels._asked_value)
        return f"labelled {name}, not the function the question asks for"
    primes = len(name) - len(name.rstrip("'"))
    if primes:
        second = re.search(r"(?i)(?:second|2nd)[\s-]*(?:order\s+)?derivative|\w''", question)
        if (primes == 1 and (second or not re.search(r"(?i)derivative|'", question))) or (primes == 2 and not second) or (
                primes > 2):
            return f"labelled {name}, another derivative than the question asks for"
    if name.endswith("^{-1}") and not re.search(r"(?i)inverse|\^\{-1\}", question):
        return f"labelled {name}, an inverse the question does not ask for"
    return None


_NOT_NESTED = r"(?<![A-Za-z\\(])"


def asks_derived(name: str, question: str) -> bool:
    """The question asks for the derivative or the inverse that `name` writes (`f'`, `f''`, `y'`, `f^{-1}`) of its
    own function: it writes that name applied to one letter itself, not inside another call (`Find $f'(x)$`; not
    `f^{-1}(f^{-1}(x))`), or asks for "the derivative of" / "the inverse (function) of" the function by its name (`f`,
    `f(x)`, `y = ...`), right after those words. Another function's derivative (`g'(x)` for "Find $f'(x)$"), an
    antiderivative's, or a derivative of another order is not asked."""
    base, inverse = (name[:-5], True) if name.endswith("^{-1}") else (name.rstrip("'"), False)
    primes = 0 if inverse else len(name) - len(base)
    if not base.isalpha() or len(base) != 1:
        return False
    if primes == 1 and _HIGHER.search(question) or primes > 2:
        return False  # "Find the 2nd derivative", "an anti-derivative": not the first derivative
    q = question.replace(" ", "").replace(r"\left", "").replace(r"\right", "").replace("^{\\prime}", "'")
    b = re.escape(base)
    written = rf"{b}\^\{{-1\}}" if inverse else b + "'" * primes + "(?!')"
    # written in the asking words ("Find $f'(x)$.", "... $f^{-1}(x) = $ ____"; not "$g(x) = f^{-1}(x) + 1$. Find $g(x)$.")
    if re.search(_ASKING + _NOT_NESTED + written + r"\([a-z]\)", q) or re.search(
            _NOT_NESTED + written + r"\([a-z]\)\$?=?\$?(?:_{2,}|\\_)", q):
        return True
    if not inverse and re.search(_ASKING + _NOT_NESTED + written + r"(?![(A-Za-z])", q):
        return True  # `y'` written on its own ("Find $y'$.")
    words = r"inverse(?:function)?of(?:thefunction)?" if inverse else (
        r"derivative(?:function)?of(?:thefunction)?" if primes == 1 else
        r"(?:second|2nd)(?:-?order)?derivative(?:function)?of(?:thefunction)?")
    return bool(re.search(rf"(?i){words}\$?{b}(?:\(|=|\$)", q))


# another derivative than the first: a higher order, an antiderivative (any spelling)
_HIGHER = re.compile(r"(?i)(?:second|2nd|third|3rd|higher|n-?th)[\s-]*(?:-?order\s+)?derivative|anti[\s-]*derivative|"
                     r"\bprimitive\b|integral")
# an asking verb, then at most a few words, before the name (the question's text with spaces removed)
_ASKING = r"(?i:(?:find|determine|compute|calculate|evaluate|whatis|write|give|obtain|express)[^.?]{0,30}?\$?)"
