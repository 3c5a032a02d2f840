"""OpenRLHF reward function (the `.py` option of `--reward.remote_url`) and the `/get_reward` payload helpers.

    --reward.remote_url $(python -c 'import verigrade.integrations.openrlhf as m; print(m.__file__)') --data.label_key answer
    (OpenRLHF < 0.10.2: --remote_rm_url ... --label_key answer)

OpenRLHF (>= 0.9.1) calls `reward_func([query], [prompt], [label])` once per rollout, in a worker thread
(`asyncio.to_thread`). `query` is prompt + response decoded with special tokens; the response is recovered as
`query[len(prompt):]` and trailing special tokens (`<|im_end|>`, `</s>`...) are dropped. The question is the last
user turn of the chat-templated prompt. GSM8K `... #### 72` and `\\boxed{}` labels are reduced to the answer.
Configure with VERIGRADE_* env vars in the OpenRLHF processes (OpenRLHF passes no options); VERIGRADE_URL sends
every rollout to one `verigrade serve` service (one judge front for all vLLM engines). Or point
--reward.remote_url at the service itself (POST /get_reward, same protocol).

Labels: without --data.label_key OpenRLHF sends "" for every row. A row with no label scores 0 with
vg_bad_input=1 (not vg_no_answer); when the first rows all have none (VERIGRADE_FAIL_FAST_ROWS, default 16) the
call raises BadInputError and logs it at ERROR (OpenRLHF itself only logs a failed reward call at INFO and keeps
reward=None, which then stops the step).

Returns {"rewards": Tensor, "scores": Tensor, "extra_logs": {"vg_stage": Tensor, ...}}; scores are in [0, 1]
(OpenRLHF's dynamic filtering reads them).
"""
from __future__ import annotations

from typing import Any, Sequence

from verigrade.integrations._common import (
    METRIC_KEYS,
    Rollout,
    as_text,
    columns,
    question_from_prompt,
    response_from_query,
    reward_dict,
    split_options,
    verify_rollouts,
)

__all__ = ["reward_func", "rollouts_from_payload", "payload_from_results"]


def rollouts_from_payload(queries: Sequence[Any], prompts: Sequence[Any] | None,
                          labels: Sequence[Any]) -> list[Rollout]:
    """OpenRLHF's (query, prompt, label) lists -> rollouts. Raises ValueError on a shape problem."""
    n = len(queries)
    if len(labels) != n:
        raise ValueError(f"'labels' has {len(labels)} entries but 'query' has {n}")
    if prompts is not None and len(prompts) != n:
        raise ValueError(f"'prompts' has {len(prompts)} entries but 'query' has {n}")
    out = []
    for i, q in enumerate(queries):
        if not isinstance(q, (str, bytes)):
            raise ValueError(f"query[{i}] must be a string, got {type(q).__name__}")
        query = as_text(q) or ""
        prompt = as_text(prompts[i]) if prompts is not None else None
        out.append(Rollout(labels[i], response_from_query(query, prompt), question_from_prompt(prompt)))
    return out


def payload_from_results(results: Sequence[tuple[Any, bool]]) -> dict[str, Any]:
    """(verdict, missing_question) pairs -> {"rewards", "scores", "extra_logs"} as plain lists."""
    dicts = [reward_dict(v, m) for v, m in results]
    rewards = [d["score"] for d in dicts]
    return {"rewards": rewards, "scores": [min(1.0, max(0.0, r)) for r in rewards],
            "extra_logs": columns(dicts, ("acc",) + METRIC_KEYS)}


def reward_func(queries: Sequence[Any], prompts: Sequence[Any], labels: Sequence[Any], **kwargs: Any) -> dict[str, Any]:
    """OpenRLHF's custom reward function signature. Extra kwargs that are Verifier options configure it."""
    options, _ = split_options(kwargs)
    rollouts = rollouts_from_payload(queries, prompts, labels)
    payload = payload_from_results(verify_rollouts(options, rollouts, "openrlhf"))
    try:
        import torch  # lazily: OpenRLHF always has it, verigrade does not need it
    except ImportError:  # pragma: no cover - outside OpenRLHF
        return payload
    return {
        "rewards": torch.tensor(payload["rewards"], dtype=torch.float32),
        "scores": torch.tensor(payload["scores"], dtype=torch.float32),
        "extra_logs": {k: torch.tensor(v, dtype=torch.float32) for k, v in payload["extra_logs"].items()},
    }
