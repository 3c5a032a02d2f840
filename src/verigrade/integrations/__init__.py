"""Adapters for RL frameworks. Each is a thin wrapper over `verigrade.integrations._common`:

  verigrade.integrations.verl      compute_score / compute_score_async / compute_score_batch (custom_reward_function)
  verigrade.integrations.trl       verigrade_reward / make_trl_reward (GRPOTrainer reward_funcs)
  verigrade.integrations.openrlhf  reward_func(queries, prompts, labels) (--reward.remote_url path/to/openrlhf.py)
  verigrade.integrations.slime     reward_func(args, sample) (--custom-rm-path)
  verigrade.integrations.remote    RemoteVerifier: any of the above with verigrade_url / VERIGRADE_URL set
  verigrade.server                 HTTP reward service (OpenRLHF /get_reward, slime remote_rm, /verify)

Nothing is imported or built here: frameworks load these modules by path or dotted name, and the first call
builds one Verifier per distinct configuration (see `_common.registry()`). The submodules are imported on first
attribute access, so `import verigrade; verigrade.integrations.trl.make_trl_reward(...)` works.
"""
_ADAPTERS = ("verl", "trl", "openrlhf", "slime", "remote")


def __getattr__(name: str):
    if name in _ADAPTERS:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
