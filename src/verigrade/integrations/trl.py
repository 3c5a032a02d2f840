"""TRL GRPOTrainer reward functions backed by verigrade.

    from verigrade.integrations.trl import make_trl_reward, verigrade_reward
    trainer = GRPOTrainer(..., reward_funcs=[verigrade_reward])                      # env-configured (VERIGRADE_*)
    trainer = GRPOTrainer(..., reward_funcs=[make_trl_reward(gold_column="answer", mode="addon",
                                                             judge_url="http://localhost:8000/v1")])

TRL passes `prompts`, `completions` and every dataset column (lists aligned with the completions), plus
`log_metric`/`log_extra` (TRL >= 1.0). Completions are strings or conversations (`[{"role": "assistant",
"content": ...}]`, the last message's content is scored). The gold answer comes from a dataset column
(`ground_truth`, else `answer`, else `solution`, or `gold_column=`); a gold that is a worked solution (GSM8K's
`... #### 72`, or one with a `\\boxed{}` answer) is reduced to that answer. No gold column raises KeyError; a
batch in which no row has a gold raises BadInputError (the run would learn nothing); a single row without one
gets None and counts in verigrade/bad_input_rate. The question comes from `question_column=`, else a `question`
column, else the last user message of a conversational prompt, else the prompt string.

The functions are `async def`: TRL awaits them on its own event-loop thread alongside other async reward
functions, and the verifier runs in a worker thread (`asyncio.to_thread`) so that loop is never blocked.
`verigrade_reward_sync` is the plain-function twin. Rewards are floats in [0, 1]; a row without a gold answer
gets None (TRL: not applicable -> NaN). Logged: rewards/<name>/mean (by TRL) plus verigrade/* rates via
log_metric and vg_answer / vg_stage columns in the completions table via log_extra.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable, Mapping, Sequence

from verigrade.integrations._common import (
    METRIC_KEYS,
    Rollout,
    averify_rollouts,
    bad_gold,
    last_content,
    question_from_prompt,
    reward_dict,
    split_options,
    verify_rollouts,
)
from verigrade.types import Verdict

__all__ = ["make_trl_reward", "verigrade_reward", "verigrade_reward_sync"]

GOLD_COLUMNS = ("ground_truth", "answer", "solution")
RewardFn = Callable[..., Awaitable[list[float | None]]]


def _completion_text(c: Any) -> Any:
    if isinstance(c, (list, tuple)):  # conversational: score the last message
        return last_content(c) or ""
    if isinstance(c, Mapping):
        return last_content([c]) or ""
    return c


class _Columns:
    def __init__(self, gold_column: str | None, question_column: str | None) -> None:
        self.gold_column = gold_column
        self.question_column = question_column

    def rollouts(self, prompts: Sequence[Any], completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[Rollout]:
        n = len(completions)
        gold_col = self.gold_column or next((c for c in GOLD_COLUMNS if c in kwargs), None)
        if gold_col is None or gold_col not in kwargs:
            cols = sorted(k for k in kwargs if k not in ("trainer_state", "log_metric", "log_extra", "environments"))
            want = repr(gold_col) if gold_col else f"one of {list(GOLD_COLUMNS)}"
            raise KeyError(f"verigrade reward: the dataset needs a gold-answer column ({want}); got columns {cols}. "
                           "Pass make_trl_reward(gold_column=...).")
        golds = list(kwargs[gold_col])
        q_col = self.question_column or ("question" if "question" in kwargs else None)
        if q_col is not None and q_col not in kwargs:
            raise KeyError(f"verigrade reward: question_column {q_col!r} is not a dataset column")
        questions = list(kwargs[q_col]) if q_col else [question_from_prompt(p) for p in prompts]
        if not (len(golds) == len(questions) == n):
            raise ValueError(f"verigrade reward: {n} completions but {len(golds)} golds / {len(questions)} questions")
        return [Rollout(g, _completion_text(c), q) for g, c, q in zip(golds, completions, questions)]


def _finish(results: list[tuple[Verdict, bool]], rollouts: list[Rollout],
            kwargs: Mapping[str, Any]) -> list[float | None]:
    # No usable gold: None (TRL: not applicable -> NaN, left out of the group's mean), never a silent 0.
    rewards: list[float | None] = [None if bad_gold(r) else v.score for (v, _), r in zip(results, rollouts)]
    dicts = [reward_dict(v, m) for v, m in results]
    log_metric, log_extra = kwargs.get("log_metric"), kwargs.get("log_extra")
    if callable(log_metric) and dicts:
        n = len(dicts)
        log_metric("verigrade/judged_rate", sum(d["vg_stage"] == 2 for d in dicts) / n)
        for key in METRIC_KEYS[2:]:  # unsure, no_answer, judge_unavailable, missing_question
            log_metric(f"verigrade/{key[3:]}_rate", sum(d[key] for d in dicts) / n)
    if callable(log_extra):
        log_extra("vg_answer", [v.answer or "" for v, _ in results])
        log_extra("vg_stage", [v.stage for v, _ in results])
    return rewards


def make_trl_reward(gold_column: str | None = None, question_column: str | None = None, *,
                    name: str = "verigrade_reward", **verifier_config: Any) -> RewardFn:
    """An async TRL reward function. `verifier_config` are Verifier options (mode, judge_url, ...); `name` is
    its `__name__`, which TRL uses in `rewards/<name>/mean`."""
    options, unknown = split_options(verifier_config)
    if unknown:
        raise TypeError(f"make_trl_reward: unknown Verifier option(s): {', '.join(sorted(unknown))}")
    cols = _Columns(gold_column, question_column)

    async def reward(prompts: Sequence[Any], completions: Sequence[Any], completion_ids: Any = None,
                     **kwargs: Any) -> list[float | None]:
        rollouts = cols.rollouts(prompts, completions, kwargs)
        # The whole batch arrives at once: one verify_batch in a worker thread, no micro-batching needed.
        results = await averify_rollouts(options, rollouts, "trl", microbatch=False)
        return _finish(results, rollouts, kwargs)

    reward.__name__ = reward.__qualname__ = name
    return reward


def make_trl_reward_sync(gold_column: str | None = None, question_column: str | None = None, *,
                         name: str = "verigrade_reward", **verifier_config: Any) -> Callable[..., list[float | None]]:
    """The sync twin of make_trl_reward (TRL runs sync reward functions inline in the training loop)."""
    options, unknown = split_options(verifier_config)
    if unknown:
        raise TypeError(f"make_trl_reward_sync: unknown Verifier option(s): {', '.join(sorted(unknown))}")
    cols = _Columns(gold_column, question_column)

    def reward(prompts: Sequence[Any], completions: Sequence[Any], completion_ids: Any = None,
               **kwargs: Any) -> list[float | None]:
        rollouts = cols.rollouts(prompts, completions, kwargs)
        return _finish(verify_rollouts(options, rollouts, "trl"), rollouts, kwargs)

    reward.__name__ = reward.__qualname__ = name
    return reward


_DEFAULT_COLUMNS = _Columns(None, None)


async def verigrade_reward(prompts: Sequence[Any], completions: Sequence[Any], completion_ids: Any = None,
                           **kwargs: Any) -> list[float | None]:
    """Async reward configured by VERIGRADE_* env vars (usable as `trl grpo --reward_funcs
    verigrade.integrations.trl.verigrade_reward`)."""
    rollouts = _DEFAULT_COLUMNS.rollouts(prompts, completions, kwargs)
    return _finish(await averify_rollouts({}, rollouts, "trl", microbatch=False), rollouts, kwargs)


def verigrade_reward_sync(prompts: Sequence[Any], completions: Sequence[Any], completion_ids: Any = None,
                          **kwargs: Any) -> list[float | None]:
    """Sync twin of `verigrade_reward`."""
    rollouts = _DEFAULT_COLUMNS.rollouts(prompts, completions, kwargs)
    return _finish(verify_rollouts({}, rollouts, "trl"), rollouts, kwargs)
