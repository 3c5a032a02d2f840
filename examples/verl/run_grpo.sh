#!/usr/bin/env bash
# GRPO with verl (>= 0.8; required form on 0.9.x) and verigrade as the reward, with a small LLM judge served by
# vLLM for the answers the rules cannot decide. See README.md in this folder for verl <= 0.7 and the options.
#
#   bash examples/verl/run_grpo.sh                       # rules + judge at $JUDGE_URL
#   JUDGE_URL= bash examples/verl/run_grpo.sh            # rules only
set -euo pipefail

DATA=${DATA:-$HOME/data/bigmath}                    # train.parquet / test.parquet in verl's layout
MODEL=${MODEL:-Qwen/Qwen2.5-Math-1.5B}
JUDGE_URL=${JUDGE_URL-http://127.0.0.1:8001/v1}      # an OpenAI-compatible server with logprobs (vLLM, SGLang)
JUDGE_MODEL=${JUDGE_MODEL:-zhangchenxu/TinyV-1.5B}

# 1. The question must reach the reward function: verl passes only extra_info, so copy it there once.
python examples/verl/prepare_data.py "$DATA/train.parquet" "$DATA/train_vg.parquet"
python examples/verl/prepare_data.py "$DATA/test.parquet" "$DATA/test_vg.parquet"

# 2. The judge (skip when JUDGE_URL is empty). A small slice of a GPU is plenty for a 1.5B judge:
#    vllm serve "$JUDGE_MODEL" --port 8001 --gpu-memory-utilization 0.15 --max-model-len 4096 &
if [ -n "$JUDGE_URL" ]; then
    JUDGE_ARGS=(+reward.custom_reward_function.reward_kwargs.mode=addon
                +reward.custom_reward_function.reward_kwargs.judge_url="$JUDGE_URL"
                +reward.custom_reward_function.reward_kwargs.judge_model="$JUDGE_MODEL"
                +reward.custom_reward_function.reward_kwargs.cache_path=/tmp/verigrade_judge.sqlite)
else
    JUDGE_ARGS=(+reward.custom_reward_function.reward_kwargs.mode=rule)
fi

# 3. verl loads the adapter file by path; compute_score_async micro-batches the rollouts of each reward worker.
VG_FILE=$(python -c 'import verigrade.integrations.verl as m; print(m.__file__)')

python3 -m verl.trainer.main_ppo \
    algorithm.adv_estimator=grpo \
    data.train_files="$DATA/train_vg.parquet" \
    data.val_files="$DATA/test_vg.parquet" \
    data.train_batch_size=256 \
    data.max_prompt_length=1024 \
    data.max_response_length=3072 \
    actor_rollout_ref.model.path="$MODEL" \
    actor_rollout_ref.actor.optim.lr=1e-6 \
    actor_rollout_ref.actor.ppo_mini_batch_size=64 \
    actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8 \
    actor_rollout_ref.actor.use_kl_loss=True \
    actor_rollout_ref.rollout.name=vllm \
    actor_rollout_ref.rollout.n=8 \
    actor_rollout_ref.rollout.gpu_memory_utilization=0.6 \
    actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8 \
    actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8 \
    reward.custom_reward_function.path="$VG_FILE" \
    reward.custom_reward_function.name=compute_score_async \
    "${JUDGE_ARGS[@]}" \
    trainer.n_gpus_per_node=8 \
    trainer.nnodes=1 \
    trainer.total_epochs=1 \
    trainer.logger='["console"]' \
    "$@"
