"""The false-negative audit: where a baseline verifier and verigrade disagree, why, and what it does to GRPO.

  classify  evidence + method -> fn_taxonomy category
  signal    per-group reward patterns (all-zero / mixed / all-one) under both verifiers
  core      load rollouts, run both verifiers, collect disagreements, build the JSON numbers
  report    HTML (embedded plots) and Markdown renderings of those numbers
  synth     deterministic synthetic rollouts with taxonomy-shaped answers
"""
from .classify import Category, classify
from .core import AuditError, AuditResult, audit_json, run_audit
from .signal import Reward, signal_metrics

__all__ = ["AuditError", "AuditResult", "Category", "Reward", "audit_json", "classify", "run_audit",
           "signal_metrics"]
