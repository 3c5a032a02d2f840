"""slime custom reward model functions backed by verigrade.

    --custom-rm-path verigrade.integrations.slime.reward_func                 # a float per sample
    --custom-rm-path verigrade.integrations.slime.reward_func_with_metrics --reward-key score   # a dict
    --custom-rm-path verigrade.integrations.slime.group_reward_func --group-rm  # a list per group

slime awaits `rm(args, sample, **kwargs)` on its rollout event loop (it must be `async def`); concurrent samples
are micro-batched into shared `verify_batch` calls run in worker threads, so the loop is never blocked. With
`--group-rm` (or a custom generate function) slime's `batched_async_rm` awaits `rm(args, samples)` with a list and
zips the returned list with the samples: every function here accepts a list too and then returns a list.

The gold answer is `sample.label` (GSM8K `... #### 72` and `\\boxed{}` solutions are reduced to the answer); the
question is `sample.metadata["question"]` when present, else the last user turn of `sample.prompt` (a string or
chat messages). A sample whose label is None or empty scores 0 with vg_bad_input=1 (reward_func_with_metrics);
when the first samples all have none (VERIGRADE_FAIL_FAST_ROWS, default 16), or a whole group has none, the call
raises BadInputError (set --label-key). Configure with VERIGRADE_* env vars; VERIGRADE_URL sends every sample to
a `verigrade serve` service (one judge front for all rollout workers). Over HTTP instead:
`--rm-type remote_rm --rm-url http://host:8000/slime --reward-key score`.
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


def _is_group(sample: Any) -> bool:
    return isinstance(sample, (list, tuple))


async def _score(samples: Sequence[Any], microbatch: bool) -> list[dict[str, float]]:
    results = await averify_rollouts({}, [rollout_from_sample(s) for s in samples], "slime", microbatch=microbatch)
    return [reward_dict(v, m) for v, m in results]


async def reward_func_with_metrics(args: Any, sample: Any, **kwargs: Any) -> Any:
    """{"score", "acc", "vg_*"} for one sample (pick the reward with --reward-key score); a list of them for a
    list of samples."""
    if _is_group(sample):
        return await _score(sample, microbatch=False)
    return (await _score([sample], microbatch=True))[0]


async def reward_func(args: Any, sample: Any, **kwargs: Any) -> Any:
    """The reward (verigrade score, 0..1) for one sample; a list of rewards for a list of samples."""
    if _is_group(sample):
        return [d["score"] for d in await _score(sample, microbatch=False)]
    return (await _score([sample], microbatch=True))[0]["score"]


async def group_reward_func(args: Any, samples: Sequence[Any], **kwargs: Any) -> list[float]:
    """`--group-rm`: one call per prompt group, scored as one batch (a single sample gets a float)."""
    return await reward_func(args, samples)
