"""Adapters for RL frameworks. Each is a thin wrapper over `verigrade.integrations._common`:

  verigrade.integrations.verl      compute_score / compute_score_async / compute_score_batch (custom_reward_function)
  verigrade.integrations.trl       verigrade_reward / make_trl_reward (GRPOTrainer reward_funcs)
  verigrade.integrations.openrlhf  reward_func(queries, prompts, labels) (--reward.remote_url path/to/openrlhf.py)
  verigrade.integrations.slime     reward_func(args, sample) (--custom-rm-path)
  verigrade.server                 HTTP reward service (OpenRLHF /get_reward, slime remote_rm, /verify)

Nothing is imported or built here: frameworks load these modules by path or dotted name, and the first call
builds one Verifier per distinct configuration (see `_common.registry()`).
"""
