"""Bench input: labelled (gold, response) pairs from a JSONL file or the bundled sample.

Two formats, detected per file from its first record:
  HardVerify-Math   {question, ground_truth, fn_output, tn_output}: two pairs per row (fn -> True, tn -> False)
  pairs             {gold, response | candidate, label, question?, category?}
A pairs record that carries `suggested_label` has a contested label (Math-Verify's suite pins its own behaviour on a
few items whose expectation is wrong): it is left out of the scored pairs and counted in `Dataset.contested`.
A file may be JSONL or a single JSON array (the upstream HardVerify-Math.json is an array). A bad record is
skipped and reported with its line number; loading never fails on content, only on a missing/unreadable file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

SAMPLE = "sample_pairs.jsonl"
_LABEL_STRINGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


class BenchError(Exception):
    """A user-facing problem (missing file, no pairs, missing baseline). The CLI prints it and exits 2."""


@dataclass(frozen=True)
class Pair:
    gold: str
    response: str
    label: bool  # True: the response is a correct answer
    question: str | None = None
    category: str | None = None
    line: int = 0  # 1-based line (or array index) in the source file, for error reports
    bare: bool = False  # the response is a bare final answer (HardVerify), not a whole model response


@dataclass
class Dataset:
    source: str
    format: str  # "pairs" | "hardverify"
    pairs: list[Pair]
    bad_lines: list[tuple[int, str]] = field(default_factory=list)
    contested: list[int] = field(default_factory=list)  # lines left out: their record carries `suggested_label`


def load_pairs(path: str | None = None) -> Dataset:
    """Read a bench file (or the bundled sample when `path` is None). Bad records are skipped and listed."""
    if path is None:
        text = resources.files("verigrade").joinpath("data", SAMPLE).read_text(encoding="utf-8")
        source = f"bundled sample ({SAMPLE})"
    else:
        p = Path(path)
        if not p.exists():
            raise BenchError(f"no such file: {path}")
        if p.is_dir():
            raise BenchError(f"is a directory, not a JSONL file: {path}")
        try:
            text = p.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise BenchError(f"cannot read {path}: {exc.strerror or exc}") from None
        source = path
    records, bad = _records(text)
    fmt = _detect(records)
    pairs: list[Pair] = []
    contested: list[int] = []
    for line, obj in records:
        if fmt == "pairs" and isinstance(obj, dict) and "suggested_label" in obj:
            contested.append(line)
            continue
        try:
            pairs.extend(_hardverify_pairs(obj, line) if fmt == "hardverify" else [_pair(obj, line)])
        except ValueError as exc:
            bad.append((line, str(exc)))
    bad.sort()
    return Dataset(source, fmt, pairs, bad, contested)


def _records(text: str) -> tuple[list[tuple[int, Any]], list[tuple[int, str]]]:
    """(line, parsed JSON) per record, plus (line, why) for lines that are not JSON."""
    stripped = text.lstrip()
    if stripped.startswith("["):  # one JSON array; line numbers become 1-based item numbers
        try:
            arr = json.loads(stripped)
            return [(i + 1, obj) for i, obj in enumerate(arr)], []
        except json.JSONDecodeError:
            pass  # maybe JSONL whose first record is a list; fall through and report per line
    records, bad = [], []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            records.append((n, json.loads(raw)))
        except json.JSONDecodeError as exc:
            bad.append((n, f"not valid JSON ({exc.msg} at column {exc.colno})"))
    return records, bad


def _detect(records: list[tuple[int, Any]]) -> str:
    for _, obj in records:
        if isinstance(obj, dict):
            if "ground_truth" in obj and ("fn_output" in obj or "tn_output" in obj):
                return "hardverify"
            return "pairs"
    return "pairs"


def _text(obj: dict, key: str, required: bool = True) -> str | None:
    v = obj.get(key)
    if v is None:
        if required:
            raise ValueError(f"missing field {key!r}")
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)  # numeric golds are common in JSONL; the Verifier itself only takes strings
    if not isinstance(v, str):
        raise ValueError(f"field {key!r} must be a string, got {type(v).__name__}")
    return v


def _label(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v)
    if isinstance(v, str) and v.strip().lower() in _LABEL_STRINGS:
        return _LABEL_STRINGS[v.strip().lower()]
    raise ValueError(f"label must be true/false or 0/1, got {v!r}")


def _pair(obj: Any, line: int) -> Pair:
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    if "label" not in obj:
        raise ValueError("missing field 'label'")
    response = _text(obj, "response", required=False)
    if response is None:
        response = _text(obj, "candidate", required=False)
    if response is None:
        raise ValueError("missing field 'response' (or 'candidate')")
    gold = _text(obj, "gold")
    assert gold is not None
    category = _text(obj, "category", required=False)
    return Pair(gold, response, _label(obj["label"]), _text(obj, "question", required=False), category, line)


def _hardverify_pairs(obj: Any, line: int) -> list[Pair]:
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    gold = _text(obj, "ground_truth")
    assert gold is not None
    question = _text(obj, "question", required=False)
    category = _text(obj, "category", required=False) or _text(obj, "source", required=False)
    out = []
    for key, label in (("fn_output", True), ("tn_output", False)):
        resp = _text(obj, key, required=False)
        if resp is not None:
            out.append(Pair(gold, resp, label, question, category, line, bare=True))
    if not out:
        raise ValueError("HardVerify row has neither 'fn_output' nor 'tn_output'")
    return out
