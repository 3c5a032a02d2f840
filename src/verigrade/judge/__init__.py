"""LLM second opinion. `build_judge(config)` returns a JudgeRunner (dedup + cache + deadline) over one backend.

Backends (one module each, imported only when chosen):
  openai        any OpenAI-compatible server (vLLM, SGLang, llama.cpp): judge_url [+ judge_model]
  transformers  a local Hugging Face model or .gguf file, prefill-only scoring: judge_model
"""
from __future__ import annotations

from typing import Any

from .base import Judge, JudgeItem, JudgeScore
from .runner import JudgeRunner, RunnerStats

__all__ = ["build_judge", "Judge", "JudgeItem", "JudgeScore", "JudgeRunner", "RunnerStats"]

BACKENDS = ("openai", "transformers")


def build_judge(config: Any) -> JudgeRunner:
    """Pick and construct the backend named by `config` (a VerifierConfig), wrapped in a JudgeRunner.

    Raises ValueError/RuntimeError/ImportError with the fix in the message; the pipeline logs it once and keeps
    the rule verdicts.
    """
    from .cache import open_cache

    backend = (config.judge_backend or "").strip().lower() or None
    if backend is None:
        if config.judge_url:
            backend = "openai"
        elif config.judge_model:
            backend = "transformers"
        else:
            raise RuntimeError(
                "no judge configured: set judge_url=<OpenAI-compatible base URL, e.g. http://localhost:8000/v1> "
                "(VERIGRADE_JUDGE_URL), or judge_model=<local model dir, hub id or .gguf file> (VERIGRADE_JUDGE_MODEL), "
                "or use mode='rule'"
            )
    judge: Judge
    if backend == "openai":
        from .openai import OpenAIJudge

        judge = OpenAIJudge.from_config(config)
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
