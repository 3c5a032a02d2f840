"""verigrade's reward keys as verl *training* metrics.

verl 0.9.1 turns `reward_extra_info` keys into validation metrics only; during training they go into the batch
(`batch.non_tensor_batch["vg_stage"]`, ...) and the rollout dumps, but `compute_data_metrics` never reads them.
`install()` wraps verl's `compute_data_metrics` so every training step also logs `verigrade/<key>_rate` (and the
mean judge P(True)). The trainer runs in verl's TaskRunner Ray actor, so install it there with Ray's worker setup
hook, which verl passes through from its config:

    +ray_kwargs.ray_init.runtime_env.worker_process_setup_hook=verigrade.integrations.verl_metrics.install

Nothing happens at import time; `install()` is idempotent and does nothing where verl is not installed.
"""
from __future__ import annotations

import functools
import sys
from typing import Any, Callable

__all__ = ["install", "training_metrics"]

_RATES = ("vg_unsure", "vg_no_answer", "vg_bad_input", "vg_judge_unavailable", "vg_missing_question", "vg_routed")


def training_metrics(batch: Any) -> dict[str, float]:
    """verigrade/* metrics from a verl DataProto's non_tensor_batch (empty when the keys are not there)."""
    import numpy as np

    nt = getattr(batch, "non_tensor_batch", None) or {}
    out: dict[str, float] = {}
    if "vg_stage" in nt:
        stage = np.asarray(nt["vg_stage"], dtype=np.float64)
        if stage.size:
            out["verigrade/judged_rate"] = float(np.mean(stage == 2.0))
    for key in _RATES:
        if key in nt:
            vals = np.asarray(nt[key], dtype=np.float64)
            if vals.size:
                out[f"verigrade/{key[3:]}_rate"] = float(np.mean(vals))
    if "vg_p_true" in nt:
        p = np.asarray(nt["vg_p_true"], dtype=np.float64)
        p = p[p >= 0]  # -1.0: no judge verdict for that rollout
        if p.size:
            out["verigrade/p_true_mean"] = float(np.mean(p))
    return out


def install() -> None:
    """Wrap verl's compute_data_metrics (in metric_utils and, if already imported, in ray_trainer)."""
    try:
        from verl.trainer.ppo import metric_utils
    except ImportError:  # a Ray worker of a job without verl: nothing to do
        return
    current = metric_utils.compute_data_metrics
    if getattr(current, "__verigrade__", False):
        return
    wrapped = _wrap(current)
    metric_utils.compute_data_metrics = wrapped
    trainer = sys.modules.get("verl.trainer.ppo.ray_trainer")  # imported it by name before us: patch that name
    if trainer is not None and getattr(trainer, "compute_data_metrics", None) is current:
        trainer.compute_data_metrics = wrapped


def _wrap(orig: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    @functools.wraps(orig)
    def compute_data_metrics(batch: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        metrics = orig(batch, *args, **kwargs)
        metrics.update(training_metrics(batch))
        return metrics

    compute_data_metrics.__verigrade__ = True  # type: ignore[attr-defined]
    return compute_data_metrics
