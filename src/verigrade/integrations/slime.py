"""slime custom reward model functions backed by verigrade.

    --custom-rm-path verigrade.integrations.slime.reward_func                 # a float per sample
    --custom-rm-path verigrade.integrations.slime.reward_func_with_metrics --reward-key score   # a dict
    --custom-rm-path verigrade.integrations.slime.group_reward_func --group-rm  # a list per group

slime awaits `rm(args, sample, **kwargs)` on its rollout event loop (it must be `async def`); concurrent samples
are micro-batched into shared `verify_batch` calls run in worker threads, so the loop is never blocked. The gold
answer is `sample.label`; the question is `sample.metadata["question"]` when present, else the last user turn of
`sample.prompt` (a string or chat messages). Configure with VERIGRADE_* env vars. With `--rm-type remote_rm
--rm-url http://host:8000/slime --reward-key score`, `verigrade serve` does the same over HTTP.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from verigrade.integrations._common import Rollout, averify_rollouts, question_from_prompt, reward_dict

__all__ = ["reward_func", "reward_func_with_metrics", "group_reward_func", "rollout_from_sample"]


def rollout_from_sample(sample: Any) -> Rollout:
    """A slime `Sample` (or any object / mapping with prompt, response, label[, metadata])."""
    get = sample.get if isinstance(sample, Mapping) else (lambda k, d=None: getattr(sample, k, d))
    meta = get("metadata") or {}
    question = meta.get("question") if isinstance(meta, Mapping) else None
    if question is None:
        question = question_from_prompt(get("prompt"))
    return Rollout(get("label"), get("response"), question)


async def reward_func_with_metrics(args: Any, sample: Any, **kwargs: Any) -> dict[str, float]:
    """{"score", "acc", "vg_*"} for one sample (pick the reward with --reward-key score)."""
    (verdict, missing), = await averify_rollouts({}, [rollout_from_sample(sample)], "slime")
    return reward_dict(verdict, missing)


async def reward_func(args: Any, sample: Any, **kwargs: Any) -> float:
    """The reward (verigrade score, 0..1) for one sample."""
    (verdict, _), = await averify_rollouts({}, [rollout_from_sample(sample)], "slime")
    return float(verdict.score)


async def group_reward_func(args: Any, samples: Sequence[Any], **kwargs: Any) -> list[float]:
    """`--group-rm`: one call per prompt group, scored as one batch."""
    results = await averify_rollouts({}, [rollout_from_sample(s) for s in samples], "slime", microbatch=False)
    return [float(v.score) for v, _ in results]
