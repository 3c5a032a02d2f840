"""Train your own judge: labelled pairs (`data`), LoRA fine-tuning on the judge's own prompt (`lora`), and a
threshold picked on the held-out split (`calibrate`). Nothing heavy is imported here; torch/peft load lazily.

    verigrade train-judge --synthetic 6000 --steps 200 --out my_judge/
"""
from __future__ import annotations

__all__: list[str] = []
