"""What follows a response's answer and is not part of it, cut before any extraction source is read (extract.py):
  - chat special tokens (`<|im_start|>`, `<|im_end|>`, `<|endoftext|>`, `<|eot_id|>`, `</s>`, DeepSeek's
    `<｜end▁of▁sentence｜>`, Gemma's `<end_of_turn>`, Mistral's `[INST]`): the turn ended there; whatever follows
    (a new turn, padding, a fake continuation) is not the response;
  - a next turn a base model invents ("Question: ...", "Problem 2:", "User: ...", "### Instruction:",
    "### Response:", `<|user|>`) after some text of its own: what follows answers another turn, never this one (a
    header that opens the response, "Problem: ... Solution: ...", starts it);
  - the few-shot sign-off "I hope it is correct." (Minerva-style prompts end every answer with it), and the closing
    remarks chat models end on (cut_closing): "Hope this helps!", "Let me know if you'd like more detail.", "Feel free
    to ask if anything is unclear.", "Good luck!". A hope is the whole remark; the others hold no digit, no math, and
    no word that doubts, turns or names a value (a copula, a number word, "answer", "correct", "otherwise": "Let me
    know if this is wrong.", "Let me know if you agree that it's nine." are no remarks), and only whole sentences at
    the very end are cut.
"""
from __future__ import annotations

import re

# chat special tokens of the common model families: ChatML / Llama-3 (`<|im_end|>`, `<|eot_id|>`), DeepSeek
# (`<｜end▁of▁sentence｜>`, full-width bars), Gemma (`<end_of_turn>`, `<start_of_turn>`), Mistral (`[INST]`), `</s>`
_SPECIAL = re.compile(r"<\|(?:im_start|im_end|endoftext|eot_id|end|end_of_text|start_header_id)\|>|</s>"
                      r"|<[|｜](?:end▁of▁sentence|begin▁of▁sentence|User|Assistant)[|｜]>"
                      r"|<(?:end|start)_of_turn>|\[/?INST\]")
# a base model that goes on past its answer invents the next turn ("\n\nQuestion: What is 3 + 4? ...",
# "\nUser: ...", "### Instruction:"): what it says there answers another question
_HEADER_LINE = re.compile(r"[ \t]*(?:#{1,4}[ \t]*)?(?:\*\*)?(?:Question|Q|Problem|Example|User|Human|Instruction|Input|"
                          r"Response)[ \t]*\d*[ \t]*(?:\*\*)?[ \t]*")
_HEADER_AT = re.compile(r"\n[ \t#*]*[QPEUHIR][A-Za-z]{0,10}[ \t]*\d*[ \t*]*[:：]")  # a candidate, then _HEADER_LINE
_SPECIAL_HINTS = ("<|", "</s>", "<｜", "_of_turn>", "INST]")
_ROLE = re.compile(r"<\|(?:user|assistant|system)\|>")


def cut_trailers(text: str) -> str:
    """`text` up to the first chat special token or invented next turn (see the module docstring)."""
    # the earliest trailer with text of the response's own before it ends the response (a leading
    # `<|im_start|>assistant` or a header that opens the response starts it, it does not end it)
    cut = len(text)
    if ("<" in text and any(h in text for h in _SPECIAL_HINTS)) or "INST]" in text:  # (literal prefilters first)
        for m in _SPECIAL.finditer(text):
            if _OWN_TEXT.search(text, 0, m.start()):
                cut = m.start()
                break
    turn = _next_turn(text, cut)
    return text[:min(cut, turn)] if min(cut, turn) < len(text) else text


# closing remarks (see the module docstring): how the sentence starts, then anything without a digit, math or doubt
_HOPE_WORDS = (r"(?:i\s+)?hope\s+(?:this|it|that)\s+(?:helps|is\s+(?:correct|helpful|clear)|clarifies|"
               r"was\s+helpful)")
# an offer of more help, a question to the user ("Would you like the same count for an icosahedron?", "Would you like
# me to explain any step?"): only an offer to do more, never one that doubts, redoes or replaces the answer
_OFFER_WORDS = r"(?:(?:would|do)\s+you\s+(?:like|want)|shall\s+i|should\s+i|(?:do\s+)?you\s+want\s+me\s+to)"
_OFFER = re.compile(r"(?i)" + _OFFER_WORDS + r"\b[^?]*\?\Z")
_OFFER_DOUBT = re.compile(r"(?i)\b(?:check|verify|validate|test|whether|not|confirm|re-?\w+|double|sure|if\s+it|is\s+it|it\s+is|"
                          r"true|actual|real|correct\w*|right|other|another|second|alternative|different|swap\w*|"
                          r"retract\w*|wrong|flaw\w*|mistake\w*|errors?|astray|unconvinced|doubt\w*|safe|again|"
                          r"fix|patch|instead|may|might|could|possibl\w*|maybe|perhaps|better|properly|start|over|"
                          r"unlikely|suspicious|justify|why|doubt\w*)\b")
_CLOSING = re.compile(
    r"(?i)(?:" + _HOPE_WORDS + r"|(?:please\s+)?(?:let\s+me\s+know|feel\s+free|don'?t\s+hesitate)|"
    r"if\s+you\s+have\s+(?:any\s+)?(?:other\s+|more\s+|further\s+)?questions|" + _OFFER_WORDS + r"|"
    r"(?:good\s+luck|happy\s+(?:learning|studying|solving)|thanks?(?:\s+you)?(?:\s+for\s+\w+)?|cheers)(?=\W*\Z))\b")
# a hope is the whole remark ("Hope this helps!"); the others may go on, in words that name no value and doubt
# nothing: no copula, number word, value word or turn ("Let me know if you agree that it's nine." is no remark)
_HOPE = re.compile(r"(?i)" + _HOPE_WORDS + r"(?:\s+you)?\W*")
_CLOSING_DOUBT = re.compile(r"(?i)\b(?:wrong|incorrect|mistakes?|errors?|unsure|not\s+(?:sure|certain|confident)|doubt\w*|"
                            r"uncertain|maybe|perhaps|probably|possibly|likely|guess|might|could|or|but|however|unless|"
                            r"though|although|otherwise|actually|instead|rather|before|now|it'?s|"
                            r"that'?s|equals?|gives?|gave|get|got|answer|result|total|value|correct\w*|agree\w*|use|"
                            r"fits?|better|off|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
                            r"half|yes|no)\b|[?;:]")
_CLOSING_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)|\n")


def cut_closing(text: str) -> str:
    """`text` without the closing remarks it ends on (see the module docstring). Only the last 400 characters are
    read (a prefilter on the remark's words first: most responses end without one)."""
    tail = text[-400:].rstrip()
    last = max(tail.rfind(". "), tail.rfind("! "), tail.rfind("? "), tail.rfind("\n"))
    if not _CLOSING.match(tail.lstrip(" \t*_#") if last < 0 else tail[last + 1:].lstrip(" \t\n*_#")):
        return text  # (the last sentence is no remark: most responses; one regex match decides)
    end = len(tail)
    while end:
        cuts = [m.end() for m in _CLOSING_SPLIT.finditer(tail, 0, end) if m.end() < end]
        start = cuts[-1] if cuts else 0
        sentence = tail[start:end].strip(" \t*_#")  # (a remark may be bold or italic)
        # (an offer is a question: its `?` is no doubt; one that checks or doubts the answer is)
        plain = sentence[:-1] if _OFFER.match(sentence) and not _OFFER_DOUBT.search(sentence) else sentence
        if (not _CLOSING.match(sentence) or _DIGIT.search(sentence) or "$" in sentence or "\\" in sentence
                or not (_HOPE.fullmatch(sentence) or not _CLOSING_DOUBT.search(plain))):
            break
        end = len(tail[:start].rstrip())
        if not cuts:
            break
    if end == len(tail) or not tail[:end].strip():
        return text  # nothing cut, or nothing but remarks (a remark is then no answer, and none is read)
    return text[:len(text) - len(text[-400:]) + end]


# an answer given before an invented turn header (a box, a GSM8K marker, "answer")
_PREAMBLE = 300  # a problem restated opens the response: after a few words of preamble, no number in them
_DIGIT = re.compile(r"\d")
_RESTATES_PROBLEM = re.compile(r"[ \t#*]*(?:Problem|Example)[ \t]*1?[ \t*]*[:：]")  # ("Problem 2:" is a next one)
_ANSWERED = re.compile(r"\\boxed|####|(?i:\banswer\b)")


def _next_turn(text: str, end: int) -> int:
    """Where an invented next turn starts before `end` (a header line "Question:", "### Response:", or a role
    token `<|user|>`, after text of the response's own), else `end`. One linear scan for header-like lines."""
    best = end
    # ("Problem:" / "Example:" only after an answer: "Let's work through this.\nProblem: ..." restates the problem
    # before answering it; a turn header, "Question:", "### Instruction:", ends the response wherever it stands.
    # Those two checks look at the first _PREAMBLE characters only, so the scan stays linear)
    for m in _HEADER_AT.finditer(text, 0, end):
        if _OWN_TEXT.search(text, 0, m.start()) and _HEADER_LINE.fullmatch(text, m.start() + 1, m.end() - 1) and (
                not _RESTATES_PROBLEM.match(text, m.start() + 1) or m.start() > _PREAMBLE
                or _DIGIT.search(text, 0, m.start()) or _ANSWERED.search(text, 0, m.start())):
            best = m.start()
            break
    role = _ROLE.search(text, 0, best) if "<|" in text else None
    while role is not None and not _OWN_TEXT.search(text, 0, role.start()):
        role = _ROLE.search(text, role.end(), best)
    return min(best, role.start()) if role else best


_OWN_TEXT = re.compile(r"\S")
