"""verigrade: the reward verifier for RL on LLM reasoning."""
from .config import VerifierConfig
from .pipeline import Verifier
from .types import Extraction, Outcome, RuleResult, Verdict

__all__ = ["Verifier", "Verdict", "VerifierConfig", "Outcome", "RuleResult", "Extraction"]
__version__ = "0.1.0"
