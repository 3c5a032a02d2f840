"""Every framework one-liner in the README's "In the RL loop" table is a command a test runs (issue 14).

The tests keep each line as a constant and run exactly that (shell-expanded by bash where it has `$(...)`); here
the table is read back and every command in it must be one of those constants, character for character.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, str]:
    svc = pytest.importorskip("test_integrations_service")
    trl_tests = pytest.importorskip("test_integrations_trl")
    inputs = pytest.importorskip("test_integrations_inputs")
    return {
        "verl": svc.VERL_ONE_LINER, "verl service": svc.VERL_SERVICE_FLAG, "serve": svc.SERVE_ONE_LINER,
        "verl metrics": svc.VERL_METRICS_FLAG,
        "trl": f"GRPOTrainer(..., {trl_tests.TRL_ONE_LINER})", "openrlhf": inputs.OPENRLHF_ONE_LINER,
        "openrlhf service": inputs.OPENRLHF_SERVICE_LINER, "slime": inputs.SLIME_ONE_LINER,
        "slime group": inputs.SLIME_GROUP_LINER, "slime service": inputs.SLIME_SERVICE_LINER,
    }


def _table_commands() -> list[str]:
    section = README[README.index("## In the RL loop"):]
    table = section[section.index("| framework | one line |"):]
    table = table[:table.index("\n\n")]
    spans = re.findall(r"`([^`]+)`", table)
    return [s for s in spans if re.match(r"(--|\+?reward\.|\+?ray_kwargs\.|verigrade serve|GRPOTrainer\()", s)]


def test_every_table_command_is_a_tested_command():
    tested = set(_commands().values())
    found = _table_commands()
    assert len(found) >= 10
    untested = [c for c in found if c not in tested]
    assert not untested, f"README commands no test runs: {untested}"
    assert set(found) == tested  # and every tested command is in the table


def test_the_trl_line_is_run_as_written():
    import inspect

    trl_tests = pytest.importorskip("test_integrations_trl")
    src = inspect.getsource(trl_tests.test_readme_line_after_plain_import_with_gsm8k_golds)
    assert trl_tests.TRL_ONE_LINER in src and "import verigrade\n" in src


def test_install_hints_name_the_clone_not_an_index():
    root = Path(__file__).resolve().parents[1]
    offenders = [str(p.relative_to(root)) for p in [root / "README.md", *(root / "src").rglob("*.py")]
                 if "pip install 'verigrade[" in p.read_text(encoding="utf-8")]
    assert not offenders
