"""Cooperative per-item deadlines.

Reward functions run in threads, Ray actors and forked workers, so `signal.alarm` is not an option. Instead
every loop in the parser and evaluator calls `Deadline.check()`, and every arithmetic step is size-bounded,
so no single step can run long. Crossing the deadline raises `DeadlineExceeded`, which the pipeline turns
into a flagged UNSURE verdict.

What the deadline measures: the CPU time the item's own thread spends on it (`time.thread_time`), not wall
time. Under 32 threads sharing the GIL a 0.3 s item waits most of its wall time for the interpreter; counting
wall time made the same item pass in one run and time out in a busier one (issue 16). CPU time is the item's own
work, so a verdict does not depend on how busy the machine is. A wall-clock cap of WALL_FACTOR x the budget
(plus a second) still ends an item on a machine so overloaded that it would otherwise stall its caller; the
hard bound against runaway work is the service's worker processes, which are killed at their deadline.
A Deadline checked from another thread than the one that made it (no CPU clock to share) uses wall time.
"""
from __future__ import annotations

import threading
import time

WALL_FACTOR = 20.0


class DeadlineExceeded(Exception):
    """Raised inside the engine when an item ran past its time budget."""


class Deadline:
    __slots__ = ("budget", "cpu_start", "wall_start", "wall_cap", "owner", "_n")

    def __init__(self, seconds: float) -> None:
        self.budget = max(0.0, seconds)
        self.wall_start = time.monotonic()
        self.wall_cap = self.wall_start + WALL_FACTOR * self.budget + 1.0
        self.cpu_start = time.thread_time()
        self.owner = threading.get_ident()
        self._n = 0

    def check(self) -> None:
        # Reading a clock costs ~100 ns; still, only look every few calls on hot paths.
        self._n += 1
        if self._n & 7 == 0 and self.expired():
            raise DeadlineExceeded()

    def used(self) -> float:
        """Seconds of the budget spent: this thread's CPU time since the start (wall time from another thread)."""
        if threading.get_ident() == self.owner:
            return time.thread_time() - self.cpu_start
        return time.monotonic() - self.wall_start

    def expired(self) -> bool:
        return self.used() > self.budget or time.monotonic() > self.wall_cap

    def remaining(self) -> float:
        return max(0.0, min(self.budget - self.used(), self.wall_cap - time.monotonic()))
