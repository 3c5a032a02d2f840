"""Errors and constants shared by the batch modules."""
from __future__ import annotations

PREFIX = "verigrade_"
VERDICT_FIELDS = ("correct", "score", "answer", "method", "reason", "flags", "outcome", "stage", "p_true",
                  "threshold", "evidence")
SIDECAR_VERSION = 1
_INTERRUPT_EXIT = 130


class BatchError(Exception):
    """A usage or input problem (exit code 2): the message says what to do."""


