"""A real TRL GRPOTrainer, 2 steps on CPU, with verigrade's reward function.

The model is a randomly initialised 1-layer Qwen2 built from a config, and the tokenizer a word-level
`tokenizers` model built here (no hub, no download). Its vocabulary holds a few boxed answers, so random
generations sometimes carry a right or a wrong final answer. A recording wrapper keeps what TRL passed in and
what verigrade returned, and the test checks TRL's logged `rewards/<name>/mean` against it.
"""
from __future__ import annotations

import asyncio
import os

import pytest

pytest.importorskip("trl", reason="needs the trl extra: pip install -e '.[trl]'")

import torch  # noqa: E402

from verigrade.integrations.trl import make_trl_reward  # noqa: E402
from verigrade.judge.stub_server import StubJudgeServer  # noqa: E402

WORDS = ["<pad>", "<eos>", "<unk>", "What", "is", "1+1", "2+2", "?", "The", "answer", "\\boxed{2}", "\\boxed{4}",
         "\\boxed{two}", "\\boxed{four}", "2", "4", "so", "user", "assistant", ":"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for k in [k for k in os.environ if k.startswith("VERIGRADE_")]:
        monkeypatch.delenv(k)


def tiny_model_and_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.decoder = decoders.WordPiece(prefix="##")  # joins words with spaces
    hf_tok = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<eos>", unk_token="<unk>")
    hf_tok.chat_template = ("{% for m in messages %}{{ m['role'] }} : {{ m['content'] }} {% endfor %}"
                            "{% if add_generation_prompt %}assistant : {% endif %}")
    torch.manual_seed(0)
    cfg = Qwen2Config(vocab_size=len(WORDS), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=64, pad_token_id=0,
                      eos_token_id=1, bos_token_id=1, tie_word_embeddings=True)
    return Qwen2ForCausalLM(cfg), hf_tok


def train(tmp_path, reward_fn, rows: dict) -> list[dict]:
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    model, tok = tiny_model_and_tokenizer()
    args = GRPOConfig(output_dir=str(tmp_path / "out"), per_device_train_batch_size=4, num_generations=2,
                      max_completion_length=6, max_steps=2, logging_steps=1, report_to="none", use_cpu=True,
                      save_strategy="no", learning_rate=1e-3, seed=0)
    trainer = GRPOTrainer(model=model, reward_funcs=[reward_fn], args=args, train_dataset=Dataset.from_dict(rows),
                          processing_class=tok)
    trainer.train()
    return [h for h in trainer.state.log_history if "reward" in h]


def recording(fn, name: str):
    seen: list[tuple] = []

    async def wrapper(prompts, completions, **kwargs):
        rewards = await fn(prompts, completions, **kwargs)
        seen.append((prompts, completions, rewards))
        return rewards

    wrapper.__name__ = name
    return wrapper, seen


def test_grpo_trainer_standard_format_rule_mode(tmp_path):
    reward, seen = recording(make_trl_reward(mode="rule"), "verigrade_reward")
    logs = train(tmp_path, reward, {"prompt": ["What is 1+1 ?", "What is 2+2 ?"] * 4, "ground_truth": ["2", "4"] * 4})
    assert len(logs) == 2 and len(seen) == 2
    for log, (_, completions, rewards) in zip(logs, seen):
        assert all(isinstance(c, str) for c in completions) and len(rewards) == 4
        assert log["rewards/verigrade_reward/mean"] == pytest.approx(sum(rewards) / len(rewards))
        assert "verigrade/unsure_rate" in log and log["verigrade/judged_rate"] == 0.0  # via log_metric


def test_grpo_trainer_conversational_with_judge(tmp_path):
    rows = {"prompt": [[{"role": "user", "content": "What is 1+1 ?"}], [{"role": "user", "content": "What is 2+2 ?"}]] * 4,
            "answer": ["2", "4"] * 4}
    with StubJudgeServer("always-true") as stub:
        fn = make_trl_reward(gold_column="answer", mode="addon", judge_backend="openai", judge_url=stub.url,
                             name="math_judge")
        reward, seen = recording(fn, "math_judge")
        logs = train(tmp_path, reward, rows)
    assert len(logs) == 2
    for log, (_prompts, completions, rewards) in zip(logs, seen):
        assert isinstance(completions[0], list) and completions[0][-1]["role"] == "assistant"
        assert log["rewards/math_judge/mean"] == pytest.approx(sum(rewards) / len(rewards))
        assert 0.0 <= log["verigrade/judged_rate"] <= 1.0
    # Whatever the random model wrote, re-scoring the recorded completions gives the same rewards.
    again = make_trl_reward(gold_column="answer", mode="rule")
    for prompts, completions, rewards in seen:
        golds = ["2" if "1+1" in p[-1]["content"] else "4" for p in prompts]
        rule = asyncio.run(again(prompts, completions, answer=golds))
        assert all(r >= x for r, x in zip(rewards, rule))  # the judge only adds credit in addon mode


# The README's TRL line, verbatim (`...` there stands for the other GRPOTrainer arguments); the test below runs it
# as written (test_readme checks both).
TRL_ONE_LINER = 'reward_funcs=[verigrade.integrations.trl.make_trl_reward(gold_column="answer")]'


def test_readme_line_after_plain_import_with_gsm8k_golds(tmp_path, monkeypatch):
    """After only `import verigrade`, the README line works; GSM8K's `answer` column (a worked solution ending
    in `#### N`) is reduced to N, so the rewards equal those against the bare numbers."""
    import verigrade

    monkeypatch.setenv("VERIGRADE_MODE", "rule")
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    reward_funcs=[verigrade.integrations.trl.make_trl_reward(gold_column="answer")]  # = TRL_ONE_LINER
    reward, seen = recording(reward_funcs[0], "verigrade_reward")
    rows = {"prompt": ["What is 1+1 ?", "What is 2+2 ?"] * 4,
            "answer": ["One and one make 1+1 = <<1+1=2>>2.\n#### 2", "Two and two make 2+2 = <<2+2=4>>4.\n#### 4"] * 4}
    model, tok = tiny_model_and_tokenizer()
    args = GRPOConfig(output_dir=str(tmp_path / "out"), per_device_train_batch_size=4, num_generations=2,
                      max_completion_length=6, max_steps=1, logging_steps=1, report_to="none", use_cpu=True,
                      save_strategy="no", seed=0)
    GRPOTrainer(model=model, reward_funcs=[reward], args=args, train_dataset=Dataset.from_dict(rows),
                processing_class=tok).train()
    plain = make_trl_reward(gold_column="answer", mode="rule")
    for prompts, completions, rewards in seen:
        golds = ["2" if "1+1" in p else "4" for p in prompts]
        assert rewards == asyncio.run(plain(prompts, completions, answer=golds))


def test_grpo_trainer_stops_on_a_gold_column_of_nones(tmp_path):
    from verigrade.integrations._common import BadInputError, registry

    registry().reset_guards()
    rows = {"prompt": ["What is 1+1 ?", "What is 2+2 ?"] * 4, "answer": [None, ""] * 4}
    with pytest.raises(BadInputError, match="no gold answer"):
        train(tmp_path, make_trl_reward(gold_column="answer", mode="rule"), rows)
