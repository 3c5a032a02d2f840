"""Placeholder: replaced by the real extractor."""
from __future__ import annotations

from .types import Extraction


def extract_answer(response: str) -> Extraction:
    return Extraction(response.strip() or None, "bare")
