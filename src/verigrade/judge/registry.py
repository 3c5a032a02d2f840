"""Judge model registry: a judge model's name decides how it is prompted and how its reply is read.

A judge fine-tuned on one prompt must be sent that prompt, byte for byte: the four released TinyV judges
(zhangchenxu/TinyV-*, MIT; texts from the TinyV repository's verl/utils/reward_score/tinyv_config.json) use
XML-tagged fields and "model's answer" wording. `lookup(model)` matches the model's basename or hub id,
case-insensitively (a quantised file such as `TinyV-1.5B-Q4_K_M.gguf` matches too); a directory written by
`verigrade train-judge` brings its own template and calibrated threshold (verigrade_judge.json); anything else
gets the default. An explicit `judge_template` overrides the entry's template and nothing else.

Think-mode judges reason before the verdict: they generate up to `max_tokens` and the verdict is the text after
the marker (`Answer:` for TinyV-1.5B-Think, `</think>` for the Qwen3 -Think); no verdict found -> not correct.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from typing import Any

from .prompt import TINYV_15B_TEXT, TINYV_QWEN3_TEXT, Template, load_template

NON_THINK_MAX_TOKENS = 8
THINK_MAX_TOKENS = 512


@dataclass(frozen=True)
class JudgeSpec:
    """How to prompt one judge model and read its reply."""

    name: str  # the registry entry ("tinyv-1.5b", "trained", "default")
    template: Template
    api: str = "chat"  # "chat": the rendered text is one user message; "completions": it is the whole prompt
    max_tokens: int = 1  # completion tokens; a non-think verdict is its first token
    temperature: float = 0.0
    think: bool = False
    verdict_marker: str | None = None  # think mode: the verdict is the text after the last marker
    threshold: float | None = None  # calibrated P(True) threshold (None: the pipeline's 0.5)

    @property
    def key(self) -> str:
        """Part of a judge's cache key: anything that changes a verdict changes this."""
        return f"{self.name}|{self.template.digest}|{self.api}|{self.max_tokens}|{self.think}|{self.verdict_marker}"


def _tinyv(name: str, text: str, think_marker: str | None) -> JudgeSpec:
    t = Template(text, name)
    if think_marker is None:
        return JudgeSpec(name, t, max_tokens=NON_THINK_MAX_TOKENS)
    return JudgeSpec(name, t, max_tokens=THINK_MAX_TOKENS, think=True, verdict_marker=think_marker)


KNOWN: dict[str, JudgeSpec] = {
    "tinyv-1.5b": _tinyv("tinyv-1.5b", TINYV_15B_TEXT, None),
    "tinyv-1.5b-think": _tinyv("tinyv-1.5b-think", TINYV_15B_TEXT, "Answer:"),
    "tinyv-qwen3-1.7b": _tinyv("tinyv-qwen3-1.7b", TINYV_QWEN3_TEXT, None),
    "tinyv-qwen3-1.7b-think": _tinyv("tinyv-qwen3-1.7b-think", TINYV_QWEN3_TEXT, "</think>"),
}
DEFAULT = JudgeSpec("default", load_template(None))


def _basename(model: str) -> str:
    m = model.strip().rstrip("/\\")
    return re.split(r"[/\\]", m)[-1].lower()


def match(model: str | None) -> str | None:
    """The KNOWN entry a model name or path stands for, or None. Longest name first, so `-Think` wins."""
    if not model:
        return None
    base = _basename(model)
    for key in sorted(KNOWN, key=len, reverse=True):
        if base == key or (base.startswith(key) and not base[len(key)].isalnum()):
            return key
    return None


def lookup(model: str | None, template: str | None = None, trained: dict[str, Any] | None = None) -> JudgeSpec:
    """The spec for `model` (a served model name, hub id, local dir or .gguf path). `template`: an explicit
    judge_template, which replaces the entry's template. `trained`: the model's verigrade_judge.json, if any."""
    if trained is not None:
        t = trained["template"]
        spec = JudgeSpec(
            "trained",
            Template(t["text"], t.get("name", "trained"), max_question=int(t["max_question"]),
                     max_gold=int(t["max_gold"]), max_answer=int(t["max_answer"])),
            threshold=float(trained["threshold"]),
        )
    else:
        key = match(model)
        spec = KNOWN[key] if key is not None else DEFAULT
    if template:
        spec = replace(spec, template=load_template(template))
    return spec


def read_trained_meta(model: str | None) -> dict[str, Any] | None:
    """verigrade_judge.json of a trained-judge directory (no adapter hashing), else None. Reads one small file."""
    if not model or model.lower().endswith(".gguf"):
        return None
    path = os.path.join(os.path.expanduser(model), "verigrade_judge.json")
    if not os.path.isfile(path):
        return None
    import json

    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# ------------------------------------------------------------------------------------------------ verdict parsing
_LABEL = re.compile(r"[^\W_]+", re.U)


def verdict_text(text: str, marker: str | None) -> str | None:
    """The part of a think-mode reply that holds the verdict: after the last `marker` (None: the whole text).
    None when the marker is missing (the judge ran out of tokens while thinking)."""
    if marker is None:
        return text
    k = text.rfind(marker)
    return None if k < 0 else text[k + len(marker):]


def parse_verdict(text: str | None) -> bool | None:
    """'True' / ' **true**.' / '\\boxed{True}' -> True; same for False; anything else (both, neither) -> None."""
    if not text:
        return None
    words = [w.lower() for w in _LABEL.findall(text[:200])]
    words = [w for w in words if w not in ("boxed", "text", "textbf", "answer", "the", "is", "verdict", "final")]
    if not words:
        return None
    return True if words[0] == "true" else False if words[0] == "false" else None
