"""A pipeline Verifier whose rule stage is slow for responses containing "SLOW", the way a hostile item is: the
time is spent in one C call that holds the GIL (a catastrophic regex, a huge integer power), here libc `sleep`
called through ctypes.PyDLL, which does not release the GIL. A thread cannot keep the event loop going around
it; a worker process can. Importable by name so that `spawn` workers can unpickle the class."""
from __future__ import annotations

import ctypes

from verigrade.pipeline import Verifier

_LIBC = ctypes.PyDLL(None)  # PyDLL: the GIL stays held during the call


class SlowVerifier(Verifier):
    slow_s = 3

    def _rule_stage(self, item):
        if "SLOW" in str(item.get("response") or ""):
            _LIBC.sleep(self.slow_s)
        return super()._rule_stage(item)
