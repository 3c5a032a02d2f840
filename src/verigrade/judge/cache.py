"""Judge verdict cache: P(True) keyed by sha256(judge config_key, question, gold, answer).

GRPO samples n rollouts per prompt and many reach the same final answer, and the same (question, answer) pairs
come back across epochs, so a persistent cache saves most judge calls. `open_cache(path)`:
  None -> an in-process dict (bounded),  "" -> disabled,  a path -> SQLite shared by every process using it.

The SQLite file is opened in WAL mode with a busy timeout, so many reward workers (forked pools, Ray actors) can
read and write it at once. The cache is best-effort: a locked or broken database is logged and treated as a miss,
never raised into scoring.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from typing import Iterable, Mapping, Protocol

log = logging.getLogger("verigrade.judge")

Entry = tuple[float, tuple[str, ...]]  # (p_true, flags)


def make_key(config_key: str, question: str | None, gold: str, answer: str) -> str:
    # JSON keeps field boundaries unambiguous ("ab"+"c" vs "a"+"bc"); None question stays distinct from "".
    raw = json.dumps([config_key, question, gold, answer], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class JudgeCache(Protocol):
    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]: ...

    def put_many(self, entries: Mapping[str, Entry]) -> None: ...

    def close(self) -> None: ...


class NullCache:
    """cache_path="" : caching disabled."""

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        return {}

    def put_many(self, entries: Mapping[str, Entry]) -> None:
        pass

    def close(self) -> None:
        pass


class MemoryCache:
    """cache_path=None : a bounded LRU dict for this process (dedups across batches within a run)."""

    def __init__(self, max_items: int = 200_000) -> None:
        self.max_items = max_items
        self._d: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        with self._lock:
            for k in keys:
                if k in self._d:
                    self._d.move_to_end(k)
                    out[k] = self._d[k]
        return out

    def put_many(self, entries: Mapping[str, Entry]) -> None:
        with self._lock:
            for k, v in entries.items():
                self._d[k] = v
                self._d.move_to_end(k)
            while len(self._d) > self.max_items:
                self._d.popitem(last=False)

    def __len__(self) -> int:
        return len(self._d)

    def close(self) -> None:
        pass


class SqliteCache:
    """A persistent cache file shared across processes. One connection per process, guarded by a lock."""

    _SCHEMA = "CREATE TABLE IF NOT EXISTS judge_cache (key TEXT PRIMARY KEY, p_true REAL NOT NULL, flags TEXT NOT NULL DEFAULT '', created REAL NOT NULL)"

    def __init__(self, path: str, *, busy_timeout_s: float = 10.0, attempts: int = 5) -> None:
        self.path = os.path.expanduser(path)
        self.busy_timeout_s = busy_timeout_s
        self.attempts = attempts
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        # A connection must not cross fork(): a forked worker opens its own.
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        parent = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(parent, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_s, check_same_thread=False, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_s * 1000)}")
        self._retry(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone())
        conn.execute("PRAGMA synchronous=NORMAL")
        self._retry(lambda: conn.execute(self._SCHEMA))
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _retry(self, fn):  # type: ignore[no-untyped-def]
        # busy_timeout covers most contention; WAL setup and schema creation can still see SQLITE_BUSY.
        for i in range(self.attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or i == self.attempts - 1:
                    raise
                time.sleep(0.05 * 2**i)
        return None

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        keys = list(dict.fromkeys(keys))
        out: dict[str, Entry] = {}
        if not keys:
            return out
        try:
            with self._lock:
                conn = self._connect()
                for i in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
                    chunk = keys[i : i + 500]
                    q = f"SELECT key, p_true, flags FROM judge_cache WHERE key IN ({','.join('?' * len(chunk))})"
                    for k, p, flags in self._retry(lambda: conn.execute(q, chunk).fetchall()) or []:
                        out[k] = (float(p), tuple(f for f in str(flags).split(",") if f))
        except sqlite3.Error as exc:
            log.warning("verigrade: judge cache read failed (%s): %s", self.path, exc)
        return out

    def put_many(self, entries: Mapping[str, Entry]) -> None:
        if not entries:
            return
        now = time.time()
        rows = [(k, float(p), ",".join(flags), now) for k, (p, flags) in entries.items()]
        try:
            with self._lock:
                conn = self._connect()

                def write() -> None:
                    conn.execute("BEGIN IMMEDIATE")  # take the write lock up front: no deadlock on upgrade
                    try:
                        conn.executemany("INSERT OR REPLACE INTO judge_cache (key, p_true, flags, created) VALUES (?,?,?,?)", rows)
                        conn.execute("COMMIT")
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise

                self._retry(write)
        except sqlite3.Error as exc:
            log.warning("verigrade: judge cache write failed (%s): %s", self.path, exc)

    def __len__(self) -> int:
        with self._lock:
            return int(self._connect().execute("SELECT COUNT(*) FROM judge_cache").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None


def open_cache(path: str | None) -> JudgeCache:
    if path is None:
        return MemoryCache()
    if path == "":
        return NullCache()
    return SqliteCache(path)
