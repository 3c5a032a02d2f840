"""LoRA fine-tuning of a judge on its own prompt, with the loss on the one label token.

The model is loaded and prompted exactly as `judge.transformers_backend.TransformersJudge` does at run time
(same chat template, same field escaping, same label tokens), so what is trained is what is scored. The loss is
the 2-way cross-entropy over the logits of the "True" and "False" tokens at the last prompt position: that is the
softmax the judge reads P(True) from. Works on CPU for a small base (the SmolLM2-135M GGUF) and on GPU for a real
one (a hub id such as Qwen/Qwen2.5-1.5B-Instruct); torch and peft are imported on call only.

The output directory holds the adapter (fp16 safetensors, a few MB), `verigrade_judge.json` (base, template,
label tokens, calibrated threshold, seed, metrics, data manifest) and the data manifest itself.
"""
from __future__ import annotations

import json
import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..judge.base import JudgeItem
from ..judge.prompt import SHORT_TEMPLATE, Template
from . import calibrate
from .data import Pair

log = logging.getLogger("verigrade.train")

META_FILE = "verigrade_judge.json"
ADAPTER_FILE = "adapter_model.safetensors"
# Short questions keep CPU prompts short; the instruction and the answer matter more than the question's tail.
TRAIN_MAX_QUESTION = 200
# SmolLM2/Llama/Qwen/Gemma module names; everything but down_proj keeps r=8 on SmolLM2-135M under 4 MB in fp16.
DEFAULT_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj")


@dataclass
class TrainConfig:
    base: str
    out: str
    steps: int = 200
    batch_size: int = 16
    lr: float = 2e-4
    lora_r: int = 8
    lora_alpha: int = 16
    seed: int = 0
    device: str | None = None
    time_budget_s: float | None = None  # stop early (CPU) once this much wall time is spent training
    stop_after: int | None = None  # run only the first N steps of the `steps` schedule (reproduces a budget stop)
    targets: tuple[str, ...] = DEFAULT_TARGETS
    min_specificity: float = 0.99
    max_question: int = TRAIN_MAX_QUESTION


def template(max_question: int = TRAIN_MAX_QUESTION) -> Template:
    return Template(SHORT_TEMPLATE, "short", max_question=max_question)


def seed_everything(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _items(pairs: Sequence[Pair]) -> list[JudgeItem]:
    return [JudgeItem(p.question, p.gold, p.answer) for p in pairs]


def train(cfg: TrainConfig, train_pairs: Sequence[Pair], val_pairs: Sequence[Pair], manifest: dict[str, Any],
          progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Train, calibrate on `val_pairs`, write `cfg.out`; returns the metadata written to verigrade_judge.json."""
    import torch
    from peft import LoraConfig, get_peft_model

    from ..judge.transformers_backend import TransformersJudge

    seed_everything(cfg.seed)
    tpl = template(cfg.max_question)
    judge = TransformersJudge(cfg.base, template=tpl, device=cfg.device, batch_size=cfg.batch_size, prefix_cache=False)
    t0 = time.time()
    judge.load()
    progress(f"loaded {cfg.base} in {time.time() - t0:.1f}s; labels {judge.label_ids}")
    model = get_peft_model(judge._model, LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=0.0,
                                                    target_modules=list(cfg.targets), bias="none"))
    judge._model = model
    dev = judge._device
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=0.0)
    texts = [judge.format(it) for it in _items(train_pairs)]
    labels = [0 if p.label else 1 for p in train_pairs]  # class index into (True, False)
    rng = random.Random(cfg.seed)
    order: list[int] = []
    warmup = max(1, cfg.steps // 20)
    t_train = time.time()
    steps_done = 0
    model.train()
    for step in range(cfg.steps):
        if cfg.time_budget_s is not None and time.time() - t_train > cfg.time_budget_s:
            progress(f"time budget reached after {step} steps (reproduce with --steps {cfg.steps} --stop-after {step})")
            break
        if cfg.stop_after is not None and step >= cfg.stop_after:
            break
        if len(order) < cfg.batch_size:
            more = list(range(len(texts)))
            rng.shuffle(more)
            order += more
        idx, order = order[: cfg.batch_size], order[cfg.batch_size :]
        lr = cfg.lr * min(1.0, (step + 1) / warmup) * max(0.05, 1.0 - step / cfg.steps)  # warmup, linear decay
        for g in opt.param_groups:
            g["lr"] = lr
        enc = judge._encode([texts[i] for i in idx])
        ids, mask = enc["input_ids"].to(dev), enc["attention_mask"].to(dev)
        pos = (mask.long().cumsum(-1) - 1).clamp(min=0)  # left padding: same positions as at run time
        out = model(input_ids=ids, attention_mask=mask, position_ids=pos, use_cache=False, logits_to_keep=1)
        pair = out.logits[:, -1, list(judge.label_ids)].float()
        loss = torch.nn.functional.cross_entropy(pair, torch.tensor([labels[i] for i in idx], device=dev))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        steps_done = step + 1
        if step % 10 == 0 or step == cfg.steps - 1:
            progress(f"step {step + 1}/{cfg.steps} loss {loss.item():.4f} lr {lr:.2e} "
                     f"({(time.time() - t_train) / (step + 1):.2f}s/step)")
    train_s = time.time() - t_train
    model.eval()
    t1 = time.time()
    scores = score_pairs(judge, val_pairs)
    val_s = time.time() - t1
    vlabels = [p.label for p in val_pairs]
    chosen = calibrate.pick_threshold(scores, vlabels, cfg.min_specificity)
    table = calibrate.sweep(scores, vlabels)
    progress(calibrate.format_sweep(table, chosen))
    meta = {
        "format": "verigrade-judge/1",
        "base": cfg.base,
        "adapter": ADAPTER_FILE,
        "template": {"name": tpl.name, "text": tpl.text, "max_question": tpl.max_question,
                     "max_gold": tpl.max_gold, "max_answer": tpl.max_answer},
        "label_words": ["True", "False"],
        "label_ids": list(judge.label_ids or ()),
        "threshold": round(chosen.threshold, 6),
        "min_specificity": cfg.min_specificity,
        "seed": cfg.seed,
        "training": {"steps": steps_done, "schedule_steps": cfg.steps, "batch_size": cfg.batch_size, "lr": cfg.lr, "lora_r": cfg.lora_r,
                     "lora_alpha": cfg.lora_alpha, "targets": list(cfg.targets), "train_seconds": round(train_s, 1),
                     "device": str(dev), "n_train": len(train_pairs)},
        "validation": {"n": len(val_pairs), "recall_at_threshold": round(chosen.recall, 4),
                       "specificity_at_threshold": round(chosen.specificity, 4),
                       "items_per_s": round(len(val_pairs) / max(val_s, 1e-9), 2),
                       "sweep": [vars(p) for p in table]},
        "data_manifest": "data_manifest.json",
        "data_sha256": manifest.get("sha256", {}),
    }
    save(model, cfg.out, meta, manifest)
    return meta


def score_pairs(judge: Any, pairs: Sequence[Pair]) -> list[float]:
    """P(True) per pair through the judge's own batching (not its cache: every item is scored)."""
    scores = judge.score(_items(pairs))
    if any(s.p_true is None for s in scores):
        raise RuntimeError(f"the judge could not score {sum(s.p_true is None for s in scores)} validation items")
    return [float(s.p_true) for s in scores]  # type: ignore[arg-type]


def save(model: Any, out: str, meta: dict[str, Any], manifest: dict[str, Any]) -> None:
    """Adapter weights in fp16 (half the bytes; merged into the fp32 base at load, the loss is ~1e-3 relative)."""
    import torch
    from peft import get_peft_model_state_dict
    from safetensors.torch import save_file

    os.makedirs(out, exist_ok=True)
    state = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in get_peft_model_state_dict(model).items()}
    save_file(state, os.path.join(out, ADAPTER_FILE), metadata={"format": "pt"})
    model.peft_config["default"].save_pretrained(out)  # adapter_config.json
    cfg_path = os.path.join(out, "adapter_config.json")
    with open(cfg_path, encoding="utf-8") as fh:
        acfg = json.load(fh)
    acfg["base_model_name_or_path"] = meta["base"]  # not a local absolute path of the training machine
    with open(cfg_path, "w", encoding="utf-8") as fh:
        json.dump(acfg, fh, indent=1, sort_keys=True)
    with open(os.path.join(out, "data_manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
    with open(os.path.join(out, META_FILE), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=1, sort_keys=True)
