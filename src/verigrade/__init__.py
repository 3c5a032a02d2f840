"""verigrade: the reward verifier for RL on LLM reasoning."""
from .config import VerifierConfig
from .pipeline import Verifier
from .types import Extraction, Outcome, RuleResult, Verdict

__all__ = ["Verifier", "Verdict", "VerifierConfig", "Outcome", "RuleResult", "Extraction"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # `import verigrade` then `verigrade.integrations.trl....` works: the subpackage is imported on first use
    # (never at import time: the adapters are loaded by frameworks that need only one of them).
    if name == "integrations":
        import importlib

        return importlib.import_module(".integrations", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
