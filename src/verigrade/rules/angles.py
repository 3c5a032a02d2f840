"""Angles in a question: whether it asks one, in degrees or radians (scalar.py's degree rules read these).

A degree sign is a unit like any other: an answer that adds one to a bare gold states an angle, which is the gold only
where the question asks an angle (its asking sentence names one, or the question writes degrees and asks no other kind
of quantity), and, for a value under 2π, where degrees are written in the question (else it may count radians: a
sector's central angle 2 is 2 rad, and 2° is another angle).
"""
from __future__ import annotations

import math
import re

from .evaluate import EvalError, evaluate, to_complex
from .symbols import _ASY  # (a figure's code is no sentence)

# "the radian measure of the angle" asks radians, as units.asked_units' "in radians" does
_RADIAN_MEASURE = re.compile(r"(?i)\bradian\s+measure\b")
# a question that writes or asks degrees: a bare gold angle then counts degrees
_DEGREES_Q = re.compile(r"(?i)°|\\circ|\bdegrees\b|\bdeg\b")  # (not "degree": a polynomial's, a vertex's)
# (the asking sentence: the last, whatever case its first word; "... cross each other . in what time ...")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# what the asking sentence asks after its last asking verb: an angle (its measure, a rotation, a bearing), or
# another kind of quantity (a length, a time, a count, ...)
_ASKS_ANGLE = re.compile(r"(?i)angle|∠|\\angle|\bdegrees\b|\bdegree\s+measure|°|\\circ|\barcs?\b|bearing|inclin|"
                         r"\bargument\b|\\theta|θ")
_ASKS_OTHER_KIND = re.compile(r"(?i)\b(?:length|area|perimeter|volume|time|speed|distance|how\s+(?:many(?!\s+degrees)|much|long|far)|"
                              r"cost|price|number\s+of(?!\s+degrees)|radius|height|width|side|sum|product|probability|degree\s+of|"
                              r"degrees\s+of\s+freedom|percent|rotations?|revolutions?)\b|\[")
_ASK_VERB = re.compile(r"(?i)\b(?:find|compute|calculate|determine|what|how|evaluate|give)\b")
# an angle however the asking sentence goes on: "the sum of the (measures of the) interior angles" (a sum of angles
# is an angle), or the answer asked "in degrees"
# (only as what the asking verb asks, "What is the sum of the interior angles ...", never a datum of another question:
# "Find the number of sides if the sum of its interior angles is 1440°")
_ANGLE_SUM = re.compile(r"(?i)\s*(?:is\s+|are\s+)?(?:the\s+)?(?:sum|total|difference)\s+of\s+(?:the\s+)?"
                        r"(?:(?:measures?|interior|exterior|three|four|five|six|its|all|of|the)\s+){0,5}angles\b")
_IN_DEGREES = re.compile(r"(?i)\bin\s+degrees\b")


def asks_angle(question: str) -> bool:
    """The asking sentence (the last, figure code aside) asks an angle: a sum of angles or an answer "in degrees", an
    angle word after its last asking verb, before any other kind of quantity ("the length of the side opposite the 30° angle" asks a length), or degrees written in
    the question and no other kind asked ("find $x$" beside a figure's `x^\\circ`)."""
    last = _SENTENCE_END.split(_ASY.sub(" ", question).strip())[-1]
    verbs = list(_ASK_VERB.finditer(last))
    tail = last[verbs[-1].start():] if verbs else last
    angle, other = _ASKS_ANGLE.search(tail), _ASKS_OTHER_KIND.search(tail)
    if verbs and _ANGLE_SUM.match(last, verbs[-1].end()) or (_IN_DEGREES.search(tail) and not other):
        return True
    if angle and (not other or angle.start() < other.start()):
        return True  # (the angle asked first: "find the angle ...", not "the length of the side opposite the 30° angle")
    return not angle and degree_context(question) and not other


def degree_context(question: str | None) -> bool:
    return bool(question and _DEGREES_Q.search(question))


def small(node) -> bool:
    """A plain value under 2π in size (a plausible number of radians); False for anything not evaluable."""
    try:
        v = to_complex(evaluate(node))
    except EvalError:
        return False
    return v is not None and abs(v) < 2 * math.pi


def asks_radian_measure(question: str | None) -> bool:
    """"the radian measure of the angle": radians asked (units.asked_units reads "in radians")."""
    return bool(question and _RADIAN_MEASURE.search(question))
