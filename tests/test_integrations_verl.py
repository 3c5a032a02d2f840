"""verigrade.integrations.verl loaded the way verl loads a custom reward function.

1. Always: verl's `load_extern_object` contract, replicated (import the file by path under a made-up module name
   with importlib.util.spec_from_file_location, then getattr the name). This is how the module must work: with
   absolute imports, and sharing one Verifier registry with the normally imported package.
2. When verl imports here (`pip install verl --no-deps` plus ray, tensordict, omegaconf, aiohttp, codetiming,
   orjson; CPU is fine): verl's own `get_custom_reward_fn` for both config styles, built from verl's own YAML
   defaults, and verl's own reward-loop `NaiveRewardManager.run_single` on a DataProto, sync and async.
"""
from __future__ import annotations

import asyncio
import importlib.util
import os
from pathlib import Path

import numpy as np
import pytest

import verigrade.integrations.verl as verl_mod
from verigrade.integrations._common import REWARD_KEYS, registry

MODULE_PATH = verl_mod.__file__


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for k in [k for k in os.environ if k.startswith("VERIGRADE_")]:
        monkeypatch.delenv(k)


def load_like_verl(path: str, name: str):
    """verl/utils/import_utils.py::load_module + load_extern_object (0.7-0.9), file-path branch."""
    spec = importlib.util.spec_from_file_location(f"custom_module_{hash(os.path.abspath(path))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def test_replicated_loader_contract():
    fn = load_like_verl(MODULE_PATH, "compute_score")
    afn = load_like_verl(MODULE_PATH, "compute_score_async")
    assert fn is not verl_mod.compute_score  # a second copy of the module...
    import inspect

    assert inspect.iscoroutinefunction(afn) and not inspect.iscoroutinefunction(fn)
    out = fn(data_source="math", solution_str="\\boxed{3}", ground_truth="3", extra_info={"question": "q"}, mode="rule")
    assert tuple(out) == verl_mod.VERL_KEYS and out["acc"] == 1.0
    # ...but the same Verifier: the registry lives in verigrade.integrations._common, imported normally.
    v_before = registry().verifier({"mode": "rule"})
    verl_mod.compute_score("math", "\\boxed{3}", "3", {"question": "q"}, mode="rule")
    assert registry().verifier({"mode": "rule"}) is v_before
    assert asyncio.run(afn(data_source="math", solution_str="\\boxed{4}", ground_truth="3", extra_info=None,
                           mode="rule"))["acc"] == 0.0


# ------------------------------------------------------------------------------------------- real verl
def _verl():
    try:
        import verl  # noqa: F401
        from omegaconf import OmegaConf
        from verl.experimental.reward_loop.reward_loop import migrate_legacy_reward_impl
        from verl.trainer.ppo.reward import get_custom_reward_fn
    except Exception as exc:  # ImportError, or a missing transitive dependency
        pytest.skip(f"verl is not importable here ({type(exc).__name__}: {exc}); the replicated loader test covers it")
    return OmegaConf, get_custom_reward_fn, migrate_legacy_reward_impl


def _verl_config(overrides: list[str]):
    """verl's default reward config (its own YAML files) plus command-line style overrides."""
    OmegaConf, _, _ = _verl()
    import verl

    cfg_dir = Path(verl.__file__).parent / "trainer" / "config"
    base = OmegaConf.load(cfg_dir / "legacy_reward_impl.yaml")  # top-level custom_reward_function / reward_model
    base.reward = OmegaConf.load(cfg_dir / "reward" / "reward.yaml")
    return OmegaConf.merge(base, OmegaConf.from_dotlist(overrides))


@pytest.mark.parametrize("name", ["compute_score", "compute_score_async"])
def test_verl_new_style_config(name):
    """verl >= 0.8: reward.custom_reward_function.* (+reward_kwargs merged into every call)."""
    _, get_custom_reward_fn, _ = _verl()
    cfg = _verl_config([f"reward.custom_reward_function.path={MODULE_PATH}", f"reward.custom_reward_function.name={name}",
                        "reward.custom_reward_function.reward_kwargs.mode=rule"])
    fn = get_custom_reward_fn(cfg)
    kwargs = dict(data_source="math", solution_str="so \\boxed{\\frac{1}{2}}", ground_truth="0.5",
                  extra_info={"question": "q"})
    out = asyncio.run(fn(**kwargs)) if name.endswith("async") else fn(**kwargs)
    assert tuple(out) == verl_mod.VERL_KEYS and out["acc"] == 1.0


def test_verl_legacy_top_level_config_and_the_09_pitfall():
    """verl <= 0.7 style: top-level custom_reward_function.*. verl 0.8's main_ppo migrates it (as below); verl
    0.9.x's main_ppo does not, so there the function is silently not loaded (get_custom_reward_fn -> None)."""
    _, get_custom_reward_fn, migrate = _verl()
    overrides = [f"custom_reward_function.path={MODULE_PATH}", "custom_reward_function.name=compute_score",
                 "custom_reward_function.reward_kwargs.mode=rule"]
    assert get_custom_reward_fn(_verl_config(overrides)) is None  # 0.9.x without migration: ignored
    cfg = _verl_config(overrides)
    migrate(cfg)
    fn = get_custom_reward_fn(cfg)
    assert fn(data_source="math", solution_str="\\boxed{7}", ground_truth="7", extra_info={"question": "q"})["acc"] == 1.0


def _tiny_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    words = ["<pad>", "<eos>", "<unk>", "The", "answer", "is", "\\boxed{2}", "\\boxed{3}", "\\boxed{the", "first",
             "player}", "What", "?"]
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.decoder = decoders.WordPiece(prefix="##")  # joins words with spaces
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<eos>", unk_token="<unk>")


@pytest.mark.parametrize("name", ["compute_score", "compute_score_async"])
def test_verl_naive_reward_manager_end_to_end(name):
    """verl's reward-loop NaiveRewardManager.run_single on real DataProto rows, then the RewardLoopWorker-style
    aggregation `np.array([info[key] for info in infos])` over `reward_extra_info` keys."""
    _, get_custom_reward_fn, _ = _verl()
    import torch
    from verl import DataProto
    from verl.experimental.reward_loop.reward_manager.naive import NaiveRewardManager

    cfg = _verl_config([f"reward.custom_reward_function.path={MODULE_PATH}", f"reward.custom_reward_function.name={name}",
                        "reward.custom_reward_function.reward_kwargs.mode=rule"])
    tok = _tiny_tokenizer()
    texts = ["The answer is \\boxed{2}", "The answer is \\boxed{3}", "The answer is", "\\boxed{2}"]
    ids = [tok(t)["input_ids"] + [tok.eos_token_id] for t in texts]
    width = max(map(len, ids)) + 1
    responses = torch.tensor([x + [tok.pad_token_id] * (width - len(x)) for x in ids])
    prompts = torch.tensor([[11, 12]] * len(texts))
    attention = torch.cat([torch.ones_like(prompts), (responses != tok.pad_token_id).long()], dim=1)
    shared = {"question": "What ?", "index": np.int64(0)}  # one dict shared by the rollouts of a prompt
    extra = np.array([shared, shared, shared, {"index": np.int64(1)}], dtype=object)
    data = DataProto.from_dict(
        tensors={"responses": responses, "prompts": prompts, "attention_mask": attention},
        non_tensors={"data_source": np.array(["math"] * 4, dtype=object),
                     "reward_model": np.array([{"ground_truth": "2"}] * 4, dtype=object), "extra_info": extra})

    async def go():
        mgr = NaiveRewardManager(cfg, tok, get_custom_reward_fn(cfg))
        assert mgr.is_async_reward_score == name.endswith("async")
        return await asyncio.gather(*(mgr.run_single(data[i:i + 1]) for i in range(len(texts))))

    outs = asyncio.run(go())
    assert [o["reward_score"] for o in outs] == [1.0, 0.0, 0.0, 1.0]
    infos = [o["reward_extra_info"] for o in outs]
    keys = list(infos[0].keys())
    agg = {k: np.array([info[k] for info in infos]) for k in keys}  # KeyError if any row lacked a key
    assert tuple(keys) == verl_mod.VERL_KEYS and agg["vg_missing_question"].tolist() == [0.0, 0.0, 0.0, 1.0]
    assert agg["vg_no_answer"][2] == 1.0


def test_prepare_data_adds_extra_info_question(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    spec = importlib.util.spec_from_file_location(
        "vg_prepare_data", Path(__file__).resolve().parents[1] / "examples" / "verl" / "prepare_data.py")
    prep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prep)
    rows = [
        {"prompt": [{"role": "system", "content": "s"}, {"role": "user", "content": "What is 2+2? Think step by step."}],
         "reward_model": {"ground_truth": "4", "style": "rule"}, "extra_info": {"index": 0, "split": "train"}},
        {"prompt": [{"role": "user", "content": "Other?"}], "reward_model": {"ground_truth": "1", "style": "rule"},
         "extra_info": {"index": 1, "split": "train", "question": "kept"}},
    ]
    src, dst = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    assert prep.main([str(src), str(dst), "--strip", r"\s*Think step by step\.$"]) == 0
    out = pq.read_table(dst).to_pylist()
    assert [r["extra_info"]["question"] for r in out] == ["What is 2+2?", "kept"]
    assert out[0]["extra_info"]["index"] == 0 and out[0]["reward_model"]["ground_truth"] == "4"
    # and verl's reward function now sees the question
    assert verl_mod.compute_score("math", "\\boxed{4}", "4", out[0]["extra_info"], mode="rule")["vg_missing_question"] == 0.0
