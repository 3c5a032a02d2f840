"""Judge prompt templates: TinyV's own two, verigrade's sectioned default, a short one for CPU, safe field insertion.

A template is plain text with three placeholders, `{question}`, `{ground_truth}` and `{model_answer}`. They are
substituted with `str.replace`, not `str.format`, because templates (and fields) are full of LaTeX braces.
Every field is escaped first, so a policy's answer cannot close the template's sections, fake a heading or a
chat-role tag, or push the instructions out of the context window.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass

PLACEHOLDERS = ("{question}", "{ground_truth}", "{model_answer}")

_TINYV_TAIL = """

<question>{question}</question>

<ground_truth_answer>{ground_truth}</ground_truth_answer>

<model_answer>{model_answer}</model_answer>

Return "True" if the model's answer is correct, otherwise return "False"."""

TINYV_15B_TEXT = (
    "You are an AI tasked with identifying false negatives in answer verification. A false negative occurs when a "
    "model's answer is essentially correct but is marked as incorrect due to minor discrepancies or formatting "
    "issues. Your job is to analyze the given question, ground truth answer, and model answer to determine if the "
    "model's answer is actually correct despite appearing different from the ground truth." + _TINYV_TAIL
)
TINYV_QWEN3_TEXT = (
    "You are an AI tasked with identifying if the model's answer is correct compared to the ground truth answer "
    "despite appearing different from the ground truth." + _TINYV_TAIL
)

# verigrade's default for judges it does not know: TinyV's false-negative framing in sectioned form (not TinyV's
# own prompt: a TinyV model gets its exact text through the registry, judge/registry.py).
TINYV_TEMPLATE = """You are an AI tasked with identifying false negatives in answer verification. A false negative \
occurs when a student's answer is essentially correct but is marked as incorrect due to minor discrepancies or \
formatting issues. Your job is to analyze the given question, ground truth answer, and student answer to determine \
if the student's answer is actually correct despite appearing different from the ground truth.

### Question:
{question}

### Ground Truth Answer:
{ground_truth}

### Student Answer:
{model_answer}

Return 'True' if the student's answer is correct, otherwise 'False'. Answer with only 'True' or 'False'."""

# CPU cost grows with prompt length, so the short template keeps the instruction to one line. The fixed
# instruction comes first so every prompt in a batch shares the longest possible prefix.
SHORT_TEMPLATE = """Is the student answer mathematically equivalent to the reference answer? Reply True or False.
Question: {question}
Reference: {ground_truth}
Student: {model_answer}"""

BUILTIN = {"default": TINYV_TEMPLATE, "short": SHORT_TEMPLATE, "tinyv": TINYV_15B_TEXT, "tinyv-1.5b": TINYV_15B_TEXT,
           "tinyv-qwen3": TINYV_QWEN3_TEXT}

# Field limits (characters). Long fields are cut in the middle-out sense: keep the head, mark the cut.
MAX_QUESTION = 2000
MAX_GOLD = 400
MAX_ANSWER = 400
SHORT_MAX_QUESTION = 400


@dataclass(frozen=True)
class Template:
    text: str
    name: str
    max_question: int = MAX_QUESTION
    max_gold: int = MAX_GOLD
    max_answer: int = MAX_ANSWER

    @property
    def digest(self) -> str:
        """Short content hash: part of the judge's cache key, so editing a template invalidates old verdicts."""
        raw = f"{self.text}\x00{self.max_question}\x00{self.max_gold}\x00{self.max_answer}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def render(self, question: str | None, ground_truth: str, model_answer: str) -> str:
        q = escape_field(question, self.max_question) if question else "(not given)"
        fields = {
            "{question}": q,
            "{ground_truth}": escape_field(ground_truth, self.max_gold),
            "{model_answer}": escape_field(model_answer, self.max_answer),
        }
        # One pass over the template so a field that contains "{model_answer}" is never substituted again.
        return re.sub(r"\{question\}|\{ground_truth\}|\{model_answer\}", lambda m: fields[m.group(0)], self.text)


def load_template(spec: str | None) -> Template:
    """None -> the default; a BUILTIN name -> that text; an existing file path -> its text; else the text itself."""
    if spec is None or spec.strip().lower() in BUILTIN:
        name = "default" if spec is None else spec.strip().lower()
        name = "tinyv-1.5b" if name == "tinyv" else name
        if name == "short":
            return Template(SHORT_TEMPLATE, "short", max_question=SHORT_MAX_QUESTION)
        return Template(BUILTIN[name], name)
    text, name = spec, "custom"
    if "{model_answer}" not in spec and len(spec) < 4096 and os.path.isfile(os.path.expanduser(spec)):
        with open(os.path.expanduser(spec), encoding="utf-8") as fh:
            text, name = fh.read(), "file:" + os.path.basename(spec)
    missing = [p for p in ("{ground_truth}", "{model_answer}") if p not in text]
    if missing:
        raise ValueError(
            f"judge_template must be one of {', '.join(BUILTIN)}, a file path, or template text containing "
            f"{{question}} {{ground_truth}} {{model_answer}}; missing {', '.join(missing)}"
        )
    return Template(text, name)


# Chat-role and special-token markers of common chat formats (ChatML, Llama, Gemma, Mistral, DeepSeek).
_SPECIAL = re.compile(r"<\s*\|[^|<>]{0,40}\|\s*>|<\s*/?\s*s\s*>|\[/?INST\]|<</?SYS>>|<\s*/?\s*(?:start|end)_of_turn\s*>", re.I)
# Anything that looks like an XML/HTML tag: "</answer>", "<question>", "<think>", "<script src=...>". Attributes
# are only accepted on HTML element names, so an inequality such as "0<x and y>2" is left alone.
_TAG = re.compile(
    r"<\s*/?\s*[A-Za-z_][\w:.\-]*\s*/?\s*>"
    r"|<\s*(?:script|img|iframe|a|div|span|style|svg|object|embed|link|meta|body|html|form|input)\s[^<>]{0,200}>",
    re.I,
)
_HEADINGS = re.compile(r"#{2,}")
_ROLE_PREFIX = re.compile(r"\b(system|assistant|user|human|developer)\s*:", re.I)
_WS = re.compile(r"\s+")


def escape_field(value: str | None, limit: int) -> str:
    """Make a field inert inside any template: one line, no section markers, no tags, bounded length."""
    if not value:
        return ""
    s = value[: limit * 4]  # bound the regex work before the exact cut below
    s = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in s)  # control/zero-width chars
    s = _WS.sub(" ", s).strip()  # newlines collapsed: a field can never start a line of its own
    s = _SPECIAL.sub(lambda m: _defang(m.group(0)), s)
    s = _TAG.sub(lambda m: _defang(m.group(0)), s)
    s = _HEADINGS.sub("#", s)
    s = _ROLE_PREFIX.sub(lambda m: m.group(1) + " -", s)
    if len(s) > limit:
        s = s[: max(0, limit - 12)].rstrip() + " [truncated]"
    return s


def _defang(tag: str) -> str:
    # Angle brackets become lookalike-free parentheses-with-bars, keeping the text readable for the judge.
    return tag.replace("<", "(").replace(">", ")").replace("|", "/")
