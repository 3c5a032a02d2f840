"""A private asyncio event loop in a daemon thread, so async HTTP clients can be driven by plain blocking calls
that are safe from any thread and from inside a caller's running event loop (no `asyncio.run` nesting)."""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
from typing import Any, Coroutine, TypeVar

T = TypeVar("T")


class LoopThread:
    """Started on first use; after a fork the child starts a fresh one (`generation` changes: objects bound to
    the old loop, such as an HTTP client, must be rebuilt)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.generation = 0
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = 0

    def ensure(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is not None and self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
                return self._loop
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                loop.run_forever()

            thread = threading.Thread(target=run, name=self.name, daemon=True)
            thread.start()
            ready.wait(timeout=5.0)
            self._loop, self._thread, self._pid = loop, thread, os.getpid()
            self.generation += 1
            return loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float) -> T:
        """Run `coro` on the loop and wait at most `timeout` s (TimeoutError, the coroutine cancelled)."""
        try:
            fut = asyncio.run_coroutine_threadsafe(coro, self.ensure())
        except BaseException:
            coro.close()
            raise
        try:
            return fut.result(timeout=timeout)
        except concurrent.futures.TimeoutError:
            fut.cancel()
            raise TimeoutError(f"{self.name}: no result within {timeout:.1f} s") from None

    def close(self, final: Coroutine[Any, Any, Any] | None = None) -> None:
        """Run `final` (e.g. a client's aclose, at most 2 s), then stop the loop and join its thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or self._pid != os.getpid() or not loop.is_running():
            if final is not None:
                final.close()
            return
        if final is not None:
            try:
                asyncio.run_coroutine_threadsafe(final, loop).result(timeout=2.0)
            except Exception:
                pass
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout=2.0)
        if not loop.is_running():
            loop.close()
