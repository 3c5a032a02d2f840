"""verl custom reward function backed by verigrade.

Three entry points (pick one with `custom_reward_function.name`):

  compute_score        sync, one rollout per call. verl runs it in the reward worker's thread pool.
  compute_score_async  `async def`, one rollout per call; concurrent calls on a reward-loop worker are micro-batched
                       into shared `verify_batch` calls (one judge batch, dedup + cache across the n rollouts of a
                       prompt). verl detects it with inspect.iscoroutinefunction and awaits it. Best with a judge.
  compute_score_batch  the legacy `reward_model.reward_manager=batch` signature (verl <= 0.7 with
                       `reward_model.use_reward_loop=False`): lists in, list of dicts out.

Every call returns the same keys (verl stacks `reward_extra_info` per key and fails on a missing one):
  score (float), acc (0/1), vg_stage (0 extract/input, 1 rule, 2 judge), vg_p_true (-1.0 when no judge),
  vg_unsure (rules were unsure), vg_no_answer, vg_judge_unavailable, vg_missing_question (all 0/1).

Configuration: verl merges `custom_reward_function.reward_kwargs` into every call, so VerifierConfig fields
given there (mode, judge_url, judge_model, judge_backend, judge_threshold, cache_path, ...) configure the verifier;
anything not given falls back to VERIGRADE_* env vars of the reward worker, then the defaults. One Verifier is
built per distinct configuration on first use and reused. The question comes from `extra_info["question"]`
(written by examples/verl/prepare_data.py); without it the rollout is still scored and vg_missing_question=1.

verl >= 0.8 (and required on 0.9.x):
    reward.custom_reward_function.path=$(python -c 'import verigrade.integrations.verl as m; print(m.__file__)')
    reward.custom_reward_function.name=compute_score_async
    +reward.custom_reward_function.reward_kwargs.judge_url=http://judge-host:8000/v1
verl <= 0.7:
    custom_reward_function.path=... custom_reward_function.name=compute_score +custom_reward_function.reward_kwargs.mode=rule
Pitfall: verl 0.9.0/0.9.1's main_ppo never migrates the top-level keys, so `custom_reward_function.path=...` is silently
ignored there and verl's default scorer runs instead. See examples/verl/README.md.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from verigrade.integrations._common import (
    CONFIG_KEYS,
    Rollout,
    averify_rollouts,
    registry,
    reward_dict,
    split_options,
    verify_rollouts,
)

__all__ = ["compute_score", "compute_score_async", "compute_score_batch"]

# Framework kwargs that are not ours and need no warning.
_KNOWN_FOREIGN = frozenset({"reward_router_address", "reward_model_tokenizer", "sandbox_fusion_url",
                            "concurrent_semaphore", "memory_limit_mb"})


def _options(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    opts, rest = split_options(kwargs)
    for k in rest:
        if k not in _KNOWN_FOREIGN:
            registry().warn_once(
                "verl_kwarg:" + k,
                f"verigrade (verl): ignoring reward kwarg {k!r}; "
                f"verifier options are: {', '.join(sorted(CONFIG_KEYS))}",
                stacklevel=4,
            )
    return opts


def _question(extra_info: Any) -> Any:
    # Read only: verl shares one extra_info between the n rollouts of a prompt.
    return extra_info.get("question") if isinstance(extra_info, Mapping) else None


def compute_score(data_source: Any, solution_str: Any, ground_truth: Any, extra_info: Any = None,
                  **kwargs: Any) -> dict[str, float]:
    """verl's single-sample reward function (sync). `data_source` is accepted and ignored: one verifier for all."""
    (verdict, missing), = verify_rollouts(
        _options(kwargs), [Rollout(ground_truth, solution_str, _question(extra_info))], "verl")
    return reward_dict(verdict, missing)


async def compute_score_async(data_source: Any, solution_str: Any, ground_truth: Any, extra_info: Any = None,
                              **kwargs: Any) -> dict[str, float]:
    """The async twin: awaited on the reward-loop worker's event loop, micro-batched with concurrent calls."""
    (verdict, missing), = await averify_rollouts(
        _options(kwargs), [Rollout(ground_truth, solution_str, _question(extra_info))], "verl")
    return reward_dict(verdict, missing)


def compute_score_batch(data_sources: Sequence[Any], solution_strs: Sequence[Any], ground_truths: Sequence[Any],
                        extra_infos: Sequence[Any] | None = None, **kwargs: Any) -> list[dict[str, float]]:
    """verl's batched signature (`reward_manager=batch`): one verify_batch call for the whole batch."""
    n = len(solution_strs)
    if len(ground_truths) != n:
        raise ValueError(f"compute_score_batch: {n} solution_strs but {len(ground_truths)} ground_truths")
    infos = list(extra_infos) if extra_infos is not None else [None] * n
    rollouts = [Rollout(g, s, _question(e)) for g, s, e in zip(ground_truths, solution_strs, infos)]
    return [reward_dict(v, m) for v, m in verify_rollouts(_options(kwargs), rollouts, "verl")]
