"""Verifier configuration: one typed dataclass, filled from keyword arguments, then VERIGRADE_* env vars.

Nothing is read at import time; `VerifierConfig.from_env()` is called when a Verifier is built.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Sequence

MODES = ("rule", "addon", "judge", "mixed")
ROUNDING = ("stated", "asked", "never")  # approximation policies: rules/numeric.py


@dataclass(frozen=True)
class VerifierConfig:
    mode: str = "addon"
    deadline_s: float = 1.0  # per-item budget for extraction + rules
    # approximations the rules accept: "stated" (an answer rounded at its own stated precision, see
    # rules/numeric.py), "asked" (only when the question asks to round or approximate), "never" (exact only)
    rounding: str = "stated"
    # --- judge (the LLM second opinion) ---
    # None and no judge_url / judge_model: no judge at all (rules + guards; addon keeps the rule verdicts and says
    # once how to add one). "embedded" = the shipped CPU judge, never the default: it lowered specificity on data
    # it was not trained on (README). "openai" | "transformers" | "embedded" | "none"
    judge_backend: str | None = None
    # one OpenAI-compatible base URL, several (a list, or "http://a/v1,http://b/v1"): replicas of one judge model,
    # served as a pool (judge/pool.py: affinity routing, least outstanding, per-endpoint circuit breakers)
    judge_url: str | tuple[str, ...] | None = None
    judge_model: str | None = None
    judge_api_key: str | None = None
    judge_threshold: float | None = None  # None: the judge's own calibrated threshold, else 0.5
    judge_template: str | None = None  # a builtin name, a path or the text; None = the judge model's registry entry
    judge_symmetric: bool = False  # also judge with gold and answer swapped; accept only when both clear the threshold
    judge_timeout_s: float = 30.0  # per request
    judge_concurrency: int = 16
    judge_retries: int = 2
    judge_breaker_failures: int = 5  # consecutive failures/timeouts of one endpoint that open its circuit breaker
    judge_breaker_cooldown_s: float = 5.0  # an open breaker lets one probe request through after this
    batch_deadline_s: float = 120.0  # a whole batch's judge budget; late items fall back to the rule verdict
    judge_batch_size: int = 8  # local (transformers) backend forward-pass batch
    judge_device: str | None = None
    cache_path: str | None = None  # SQLite judge cache; None = in-memory only, "" disables
    mixed_weight: float = 0.5  # mode="mixed": score = w * rule + (1 - w) * P(True)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {self.mode!r}")
        if self.rounding not in ROUNDING:
            raise ValueError(f"rounding must be one of {ROUNDING}, got {self.rounding!r}")
        if self.judge_threshold is not None and not (0.0 <= self.judge_threshold <= 1.0):
            raise ValueError(f"judge_threshold must be in [0, 1], got {self.judge_threshold}")
        if self.deadline_s <= 0:
            raise ValueError(f"deadline_s must be > 0, got {self.deadline_s}")
        if isinstance(self.judge_url, list):  # frozen and hashable: a list becomes a tuple
            object.__setattr__(self, "judge_url", tuple(self.judge_url))
        if self.judge_breaker_failures < 1 or self.judge_breaker_cooldown_s < 0:
            raise ValueError("judge_breaker_failures must be >= 1 and judge_breaker_cooldown_s >= 0")

    @property
    def judge_endpoints(self) -> tuple[str, ...]:
        """judge_url as a tuple of URLs: a list/tuple, or a comma-separated string; empty entries dropped."""
        return judge_endpoints(self.judge_url)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "VerifierConfig":
        """Defaults < VERIGRADE_<FIELD> env vars < explicit keyword overrides (None means 'not given')."""
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get("VERIGRADE_" + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _coerce(f.type, raw, f.name)
        unknown = set(overrides) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown Verifier option(s): {', '.join(sorted(unknown))}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes) -> "VerifierConfig":
        return replace(self, **changes)


def judge_endpoints(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = value.split(",") if isinstance(value, str) else [str(v) for v in value]
    return tuple(p.strip() for p in parts if p and p.strip())


def _coerce(type_name: str, raw: str, name: str):
    t = str(type_name)
    if t.startswith("bool"):
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"VERIGRADE_{name.upper()}={raw!r} is not a boolean (1/0, true/false)")
    try:
        if t.startswith("float"):
            return float(raw)
        if t.startswith("int"):
            return int(raw)
    except ValueError:
        raise ValueError(f"VERIGRADE_{name.upper()}={raw!r} is not a number") from None
    return raw
