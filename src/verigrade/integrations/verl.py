"""verl custom reward function backed by verigrade.

Three entry points (pick one with `custom_reward_function.name`):

  compute_score        sync, one rollout per call. verl runs it in the reward worker's thread pool.
  compute_score_async  `async def`, one rollout per call; concurrent calls on a reward-loop worker are micro-batched
                       into shared `verify_batch` calls (one judge batch, dedup + cache across the n rollouts of a
                       prompt). verl detects it with inspect.iscoroutinefunction and awaits it. Best with a judge.
  compute_score_batch  the legacy `reward_model.reward_manager=batch` signature (verl <= 0.7 with
                       `reward_model.use_reward_loop=False`): lists in, list of dicts out.

Every call returns the same keys (verl stacks `reward_extra_info` per key and fails on a missing one):
  score (float), acc (0/1), vg_stage (0 extract/input, 1 rule, 2 judge, -1 routed), vg_p_true (-1.0 when no
  judge), vg_unsure (rules were unsure), vg_no_answer (no final answer in the response), vg_bad_input (the row
  has no usable ground truth), vg_judge_unavailable, vg_missing_question, vg_routed (all 0/1).

data_source routing: rows whose `data_source` matches `math_sources` (a regex searched case-insensitively; reward
kwarg `math_sources`, env VERIGRADE_MATH_SOURCES; default DEFAULT_MATH_SOURCES: math, gsm8k, aime, amc, numina,
big_math, deepscaler, olympiad, ...; "*" = every row) are scored by verigrade; every other row goes to verl's own
`verl.utils.reward_score.default_compute_score` (code, QA, ... scorers) and is counted in vg_routed. A row with no
data_source is scored by verigrade. A non-math source verl does not know raises verl's NotImplementedError, with
the option to set.

Input checks: a row without a usable ground truth scores 0 with vg_bad_input=1; when the first rows a reward
worker sees have none at all (VERIGRADE_FAIL_FAST_ROWS, default 16), the call raises BadInputError: a parquet
without reward_model.ground_truth must stop the run, not train on zeros. GSM8K-style golds (`... #### 72`) and
`\\boxed{}` solutions are reduced to their answer.

One judge service for all reward workers: `+reward.custom_reward_function.reward_kwargs.verigrade_url=http://host:8000`
(or env VERIGRADE_URL) sends every rollout to `verigrade serve`, which dedups, micro-batches and caches the judge
calls across all workers; then no worker builds a judge (see verigrade.integrations.remote).

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

import asyncio
import os
import re
from functools import lru_cache
from typing import Any, Mapping, Sequence

from verigrade.integrations._common import (
    OPTION_KEYS,
    REWARD_KEYS,
    Rollout,
    averify_rollouts,
    registry,
    reward_dict,
    split_options,
    verify_rollouts,
)

__all__ = ["compute_score", "compute_score_async", "compute_score_batch", "DEFAULT_MATH_SOURCES", "VERL_KEYS"]

VERL_KEYS = REWARD_KEYS + ("vg_routed",)
# data_source names of math datasets (verl's own presets and common RL math sets), searched case-insensitively.
DEFAULT_MATH_SOURCES = (r"math|gsm8k|gsm|aime|amc|numina|big_?math|deepscaler|olympiad|omni|hardverify|minerva|"
                        r"theoremqa|svamp|asdiv|mawps|dapo|polaris|skywork|openr1|competition")
_ROUTING_KEYS = frozenset({"math_sources"})
# Framework kwargs that are not ours and need no warning.
_KNOWN_FOREIGN = frozenset({"reward_router_address", "reward_model_tokenizer", "sandbox_fusion_url",
                            "concurrent_semaphore", "memory_limit_mb"})


def _options(kwargs: Mapping[str, Any]) -> tuple[dict[str, Any], Any]:
    opts, rest = split_options(kwargs)
    for k in rest:
        if k not in _KNOWN_FOREIGN and k not in _ROUTING_KEYS:
            registry().warn_once(
                "verl_kwarg:" + k,
                f"verigrade (verl): ignoring reward kwarg {k!r}; "
                f"options are: {', '.join(sorted(OPTION_KEYS | _ROUTING_KEYS))}",
                stacklevel=4,
            )
    return opts, rest.get("math_sources")


@lru_cache(maxsize=64)
def _matcher(pattern: str) -> "re.Pattern[str] | None":
    if pattern.strip() in ("*", "all"):
        return None
    try:
        return re.compile(pattern, re.I)
    except re.error as exc:
        raise ValueError(f"verigrade (verl): math_sources {pattern!r} is not a valid regex: {exc}") from None


def is_math_source(data_source: Any, math_sources: Any = None) -> bool:
    """Whether verigrade scores rows of this data_source (see the module docstring)."""
    if math_sources is None:
        math_sources = os.environ.get("VERIGRADE_MATH_SOURCES") or DEFAULT_MATH_SOURCES
    if not isinstance(math_sources, str):  # a list (an OmegaConf ListConfig from Hydra) of names
        math_sources = "|".join(re.escape(str(x)) for x in math_sources)
    pat = _matcher(math_sources)
    name = "" if data_source is None else str(data_source)
    return pat is None or not name or pat.search(name) is not None


def _question(extra_info: Any) -> Any:
    # Read only: verl shares one extra_info between the n rollouts of a prompt.
    return extra_info.get("question") if isinstance(extra_info, Mapping) else None


def _ours(result: tuple) -> dict[str, float]:
    return {**reward_dict(*result), "vg_routed": 0.0}


def _routed(data_source: Any, solution_str: Any, ground_truth: Any, extra_info: Any) -> dict[str, float]:
    """A non-math row: verl's own default scorer, reported with the same key set (verl needs fixed keys)."""
    from verl.utils.reward_score import default_compute_score  # only on routed rows: verl is there then

    registry().count("routed")
    try:
        res = default_compute_score(data_source, solution_str, ground_truth, extra_info)
    except NotImplementedError as exc:
        raise NotImplementedError(
            f"{exc}. verigrade routed data_source {data_source!r} to verl's default_compute_score because it does "
            "not match math_sources; if it is a math dataset, add it: "
            "+reward.custom_reward_function.reward_kwargs.math_sources='<regex>' or VERIGRADE_MATH_SOURCES") from exc
    if isinstance(res, dict):
        score, acc = float(res["score"]), res.get("acc")
    elif isinstance(res, (list, tuple)):
        score, acc = float(res[0]), None
    else:
        score, acc = float(res), None
    out = dict.fromkeys(VERL_KEYS, 0.0)
    out.update(score=score, acc=float(bool(acc)) if acc is not None else float(score > 0), vg_stage=-1.0,
               vg_p_true=-1.0, vg_routed=1.0)
    return out


def compute_score(data_source: Any, solution_str: Any, ground_truth: Any, extra_info: Any = None,
                  **kwargs: Any) -> dict[str, float]:
    """verl's single-sample reward function (sync)."""
    opts, sources = _options(kwargs)
    if not is_math_source(data_source, sources):
        return _routed(data_source, solution_str, ground_truth, extra_info)
    (result,) = verify_rollouts(opts, [Rollout(ground_truth, solution_str, _question(extra_info))], "verl")
    return _ours(result)


async def compute_score_async(data_source: Any, solution_str: Any, ground_truth: Any, extra_info: Any = None,
                              **kwargs: Any) -> dict[str, float]:
    """The async twin: awaited on the reward-loop worker's event loop, micro-batched with concurrent calls."""
    opts, sources = _options(kwargs)
    if not is_math_source(data_source, sources):  # verl's scorers block (sandboxes, math_verify): a thread
        return await asyncio.to_thread(_routed, data_source, solution_str, ground_truth, extra_info)
    (result,) = await averify_rollouts(opts, [Rollout(ground_truth, solution_str, _question(extra_info))], "verl")
    return _ours(result)


def compute_score_batch(data_sources: Sequence[Any], solution_strs: Sequence[Any], ground_truths: Sequence[Any],
                        extra_infos: Sequence[Any] | None = None, **kwargs: Any) -> list[dict[str, float]]:
    """verl's batched signature (`reward_manager=batch`): one verify_batch call for the math rows."""
    n = len(solution_strs)
    if len(ground_truths) != n or len(data_sources) != n:
        raise ValueError(f"compute_score_batch: {n} solution_strs but {len(ground_truths)} ground_truths and "
                         f"{len(data_sources)} data_sources")
    opts, sources = _options(kwargs)
    infos = list(extra_infos) if extra_infos is not None else [None] * n
    out: list[dict[str, float] | None] = [None] * n
    math = [i for i in range(n) if is_math_source(data_sources[i], sources)]
    for i in sorted(set(range(n)) - set(math)):
        out[i] = _routed(data_sources[i], solution_strs[i], ground_truths[i], infos[i])
    if math:
        rollouts = [Rollout(ground_truths[i], solution_strs[i], _question(infos[i])) for i in math]
        for i, result in zip(math, verify_rollouts(opts, rollouts, "verl")):
            out[i] = _ours(result)
    return [o for o in out if o is not None]
