"""Column lookup: dotted paths into nested rows (verl parquet layout or flat files)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


# ------------------------------------------------------------------------------------------------ columns
@dataclass(frozen=True)
class Columns:
    """Dotted paths tried in order for each field; the first present (non-null) value wins."""

    gold: tuple[str, ...] = ("reward_model.ground_truth", "ground_truth", "gold")
    response: tuple[str, ...] = ("response", "responses", "completion", "candidate")
    question: tuple[str, ...] = ("extra_info.question", "question", "problem", "prompt")
    source: tuple[str, ...] = ("data_source",)

    def describe(self) -> dict:
        return {"gold": list(self.gold), "response": list(self.response), "question": list(self.question),
                "source": list(self.source)}


_MISSING = object()


def get_path(row: Any, path: str) -> Any:
    """`reward_model.ground_truth` -> row["reward_model"]["ground_truth"]; a flat key with dots wins."""
    if not isinstance(row, dict):
        return _MISSING
    if path in row:
        return row[path]
    cur: Any = row
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.lstrip("-").isdigit() and -len(cur) <= int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return _MISSING
    return cur


def first_of(row: dict, paths: tuple[str, ...]) -> tuple[str | None, Any]:
    for p in paths:
        v = get_path(row, p)
        if v is not _MISSING and v is not None:
            return p, v
    return None, None


def chat_text(value: Any) -> str | None:
    """A verl `prompt` (a chat list) -> the last user message; a plain string stays as it is."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        for msg in reversed(value):
            if isinstance(msg, dict) and msg.get("role", "user") == "user" and isinstance(msg.get("content"), str):
                return msg["content"]
    return None


@dataclass
class Resolved:
    gold: str | None = None
    response: str | list | None = None
    question: str | None = None
    source: str | None = None
    error: str | None = None


def resolve(row: dict, cols: Columns) -> Resolved:
    """Find gold, response(s), question and data source in one row; `error` says what is missing."""
    out = Resolved()
    _, q = first_of(row, cols.question)
    out.question = chat_text(q)
    _, s = first_of(row, cols.source)
    out.source = None if s is None else str(s)
    _, g = first_of(row, cols.gold)
    if isinstance(g, bool) or g is None:
        out.error = f"no gold answer (tried {', '.join(cols.gold)})"
    elif isinstance(g, (int, float)):
        out.gold = str(g)
    elif isinstance(g, str) and g.strip():
        out.gold = g
    else:
        out.error = f"gold answer must be a non-empty string, got {type(g).__name__} {str(g)[:40]!r}"
    _, r = first_of(row, cols.response)
    if r is None:
        out.error = out.error or f"no response (tried {', '.join(cols.response)})"
    elif isinstance(r, str) or (isinstance(r, list) and r and all(isinstance(x, str) for x in r)):
        out.response = r
    else:
        out.error = out.error or f"response must be a string or a list of strings, got {type(r).__name__}"
    return out


