"""Shared plumbing for the RL adapters and the reward service.

- `registry()`: one lazily created, lock-protected cache of Verifiers keyed by configuration, so that every call
  with the same options (verl's reward_kwargs, a TRL factory's options, env-only defaults) shares one Verifier,
  one judge client and one judge cache per process. Also one MicroBatcher per (configuration, event loop).
- text helpers that pull the question and the response out of what each framework passes.
- `reward_dict()`: the fixed, all-numeric key set every adapter reports (verl requires the same keys for every
  sample; numbers so that verl/TRL/OpenRLHF can average them).

Imports are absolute (`verigrade.…`) on purpose: verl and OpenRLHF load adapter files by path under a made-up
module name, and the registry must still be this one shared module.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
import threading
import warnings
import weakref
from dataclasses import dataclass, field, fields
from typing import Any, Iterable, Mapping, Sequence

from verigrade.config import VerifierConfig
from verigrade.microbatch import MicroBatcher
from verigrade.types import Outcome, Verdict

CONFIG_KEYS = frozenset(f.name for f in fields(VerifierConfig))
# vg_bad_input: the row itself is unusable (no gold, an empty label, a malformed response); vg_no_answer: the row is
# fine but the response states no final answer. Kept apart so a data bug never reads as a model failure.
METRIC_KEYS = ("vg_stage", "vg_p_true", "vg_unsure", "vg_no_answer", "vg_bad_input", "vg_judge_unavailable",
               "vg_missing_question")
REWARD_KEYS = ("score", "acc") + METRIC_KEYS
_STAGE_CODE = {"input": 0, "extract": 0, "rule": 1, "guard": 1, "judge": 2}
_MAX_QUESTION_CHARS = 8000


# ------------------------------------------------------------------------------------------ options
# Integration options that are not VerifierConfig fields. verigrade_url (env VERIGRADE_URL): send every rollout to a
# `verigrade serve` service instead of building a Verifier (and a judge) in this process.
SERVICE_KEYS = frozenset({"verigrade_url"})
OPTION_KEYS = CONFIG_KEYS | SERVICE_KEYS


def split_options(kwargs: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(verifier options, everything else). None values mean 'not given' (env/defaults apply)."""
    opts = {k: _plain(v) for k, v in kwargs.items() if k in OPTION_KEYS and v is not None}
    rest = {k: v for k, v in kwargs.items() if k not in OPTION_KEYS}
    return opts, rest


def service_url(options: Mapping[str, Any]) -> str | None:
    """The verigrade service to use: the verigrade_url option, else VERIGRADE_URL, else None (score locally)."""
    url = options.get("verigrade_url") or os.environ.get("VERIGRADE_URL") or None
    return str(url) if url else None


def _plain(v: Any) -> Any:
    """numpy / OmegaConf scalars -> Python scalars, so configs hash and compare as expected."""
    item = getattr(v, "item", None)
    if callable(item) and not isinstance(v, (str, bytes)):
        try:
            return item()
        except (TypeError, ValueError):
            return v
    return v


# ------------------------------------------------------------------------------------------ registry
class VerifierRegistry:
    """Thread-safe: verl calls sync reward functions from a ThreadPoolExecutor inside each Ray actor."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._verifiers: dict[tuple, Any] = {}
        self._batchers: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, MicroBatcher]]" = (
            weakref.WeakKeyDictionary())
        self._warned: set[str] = set()
        self._guards: dict[str, "InputGuard"] = {}
        self.counters: dict[str, int] = {"missing_question": 0, "rollouts": 0, "bad_input": 0, "routed": 0}

    @staticmethod
    def key(options: Mapping[str, Any]) -> tuple:
        return tuple(sorted((k, repr(v)) for k, v in options.items()))

    def verifier(self, options: Mapping[str, Any]):
        """The Verifier for these options; with a service URL (option or VERIGRADE_URL) a RemoteVerifier that
        sends the items to `verigrade serve`: then no rule pool, judge client or model is built here."""
        url = service_url(options)
        k = ("remote", url) if url else self.key(options)
        with self._lock:
            v = self._verifiers.get(k)
            if v is None:
                if url:
                    from verigrade.integrations.remote import RemoteVerifier

                    v = self._verifiers[k] = RemoteVerifier(url)
                else:
                    from verigrade.pipeline import Verifier  # lazy: nothing heavy at import time

                    v = self._verifiers[k] = Verifier(**dict(options))
                    v.warm_up()  # a local judge loads once, here, before the first batch is judged
        if url:
            local = sorted(set(options) - SERVICE_KEYS)
            if local:
                self.warn_once("remote_options:" + ",".join(local),
                               f"verigrade: {', '.join(local)} ignored: scoring is done by the verigrade service at "
                               f"{url}, configured by its own flags (verigrade serve --mode ... --judge-url ...)")
        return v

    def guard(self, where: str) -> "InputGuard":
        with self._lock:
            g = self._guards.get(where)
            if g is None:
                g = self._guards[where] = InputGuard(where)
            return g

    def reset_guards(self) -> None:
        with self._lock:
            self._guards.clear()

    def batcher(self, options: Mapping[str, Any]) -> MicroBatcher:
        """The MicroBatcher for these options on the running event loop (call from a coroutine)."""
        loop = asyncio.get_running_loop()
        verifier = self.verifier(options)
        k = self.key(options)
        with self._lock:
            per_loop = self._batchers.setdefault(loop, {})
            b = per_loop.get(k)
            if b is None:
                b = per_loop[k] = MicroBatcher(verifier.verify_batch)
            return b

    def count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counters[name] = self.counters.get(name, 0) + n

    def warn_once(self, key: str, message: str, stacklevel: int = 3) -> None:
        with self._lock:
            if key in self._warned:
                return
            self._warned.add(key)
        warnings.warn(message, RuntimeWarning, stacklevel=stacklevel)

    def close(self) -> None:
        with self._lock:
            verifiers, self._verifiers = list(self._verifiers.values()), {}
        for v in verifiers:
            v.close()


_REGISTRY: VerifierRegistry | None = None
_REGISTRY_LOCK = threading.Lock()


def registry() -> VerifierRegistry:
    global _REGISTRY
    if _REGISTRY is None:
        with _REGISTRY_LOCK:
            if _REGISTRY is None:
                _REGISTRY = VerifierRegistry()
    return _REGISTRY


# ------------------------------------------------------------------------------------------ text helpers
def as_text(x: Any) -> str | None:
    """str / numpy str / bytes / numbers -> str; None and containers -> None."""
    if x is None:
        return None
    if isinstance(x, str):
        return str(x)  # np.str_ -> str
    if isinstance(x, bytes):
        return x.decode("utf-8", "replace")
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, (int, float)):
        return repr(x) if isinstance(x, float) else str(x)
    x = _plain(x)  # numpy scalar / 0-d array
    if isinstance(x, (str, int, float)):
        return as_text(x)
    return None


def gold_list(gold: Any) -> list[str | None]:
    """One gold answer, or several acceptable ones (a list / numpy array from parquet)."""
    if isinstance(gold, (list, tuple)) or (hasattr(gold, "tolist") and getattr(gold, "ndim", 0) >= 1):
        seq = gold.tolist() if hasattr(gold, "tolist") else gold
        golds = [as_text(g) for g in seq]
        return [g for g in golds if g] or [None]
    return [as_text(gold)]


def message_text(content: Any) -> str:
    """A chat message's content: a string, or a list of parts ({"type": "text", "text": ...})."""
    if isinstance(content, str):
        return content
    if isinstance(content, (list, tuple)):
        return "".join(p.get("text") or "" if isinstance(p, Mapping) else str(p) for p in content)
    return "" if content is None else str(content)


def last_content(messages: Any, role: str | None = None) -> str | None:
    """Content of the last message (with `role`, if given) of a chat conversation; None if there is none."""
    if not isinstance(messages, (list, tuple)):
        return None
    for m in reversed(messages):
        if isinstance(m, Mapping) and (role is None or m.get("role") == role):
            return message_text(m.get("content"))
    return None


_SPECIAL = r"<\|[^<>|\n]{1,40}\|>|<｜[^<>｜\n]{1,40}｜>|</?s>|<eos>|<pad>|<(?:start|end)_of_turn>"
_END_SPECIAL = re.compile(rf"(?:{_SPECIAL})$")
_ANY_SPECIAL = re.compile(_SPECIAL)
_SCAN_CHARS = 16_384  # prompts are parsed from their tail only: bounded regex work on any input
# The last user turn in the chat templates that ship with common math RL models.
_USER_TURNS = (
    re.compile(r"<\|im_start\|>user\s*(.*?)<\|im_end\|>", re.S),  # ChatML (Qwen)
    re.compile(r"<\|start_header_id\|>user<\|end_header_id\|>\s*(.*?)<\|eot_id\|>", re.S),  # Llama 3
    re.compile(r"<start_of_turn>user\s*(.*?)<end_of_turn>", re.S),  # Gemma
    re.compile(r"<｜User｜>(.*?)<｜Assistant｜>", re.S),  # DeepSeek
    re.compile(r"\[INST\](.*?)\[/INST\]", re.S),  # Mistral / Llama 2
)


def question_from_prompt(prompt: Any) -> str | None:
    """The question inside a prompt: chat messages (last user turn), a chat-templated string, or plain text."""
    if isinstance(prompt, (list, tuple)):
        text = last_content(prompt, "user")
        return text.strip() or None if text else None
    text = as_text(prompt)
    if not text:
        return None
    text = text[-_SCAN_CHARS:]
    for pat in _USER_TURNS:
        found = pat.findall(text)
        if found:
            text = found[-1]
            break
    text = _ANY_SPECIAL.sub(" ", text).strip()
    return text[-_MAX_QUESTION_CHARS:] or None


def strip_trailing_special(text: str) -> str:
    """`...\\boxed{2}<|im_end|><|endoftext|>` -> `...\\boxed{2}` (OpenRLHF decodes with special tokens)."""
    end = len(text)
    while True:  # short searches at a moving end index: no backtracking regex, no copies of a long text
        while end and text[end - 1].isspace():
            end -= 1
        m = _END_SPECIAL.search(text, max(0, end - 64), end)
        if m is None:
            return text[:end]
        end = m.start()


def response_from_query(query: str, prompt: str | None) -> str:
    """OpenRLHF sends prompt+response as one string: the response is `query[len(prompt):]` when the prompt is a
    prefix (as its examples/python/math_reward_func.py does); else the text after the prompt's last occurrence;
    else the whole query (extraction looks at the end of the text anyway)."""
    if prompt:
        if query.startswith(prompt):
            query = query[len(prompt):]
        else:
            at = query.rfind(prompt)
            if at >= 0:
                query = query[at + len(prompt):]
    return strip_trailing_special(query)


# ------------------------------------------------------------------------------------------ scoring
@dataclass(frozen=True)
class Rollout:
    gold: Any
    response: Any
    question: Any = None


def gold_answer(gold: str | None) -> str | None:
    """A gold that is a worked solution (GSM8K `... #### 72`, or a `\\boxed{}` one) -> its final answer, so the
    rules and the judge (and the judge's dedup and cache keys) see the answer itself."""
    if not gold or not gold.strip():
        return None
    from verigrade.pipeline import reference_answer  # lazy: nothing heavy at import time

    return reference_answer(gold)


def expand(rollouts: Sequence[Rollout]) -> tuple[list[dict[str, Any]], list[int], list[bool]]:
    flat: list[dict[str, Any]] = []
    owners: list[int] = []
    missing: list[bool] = []
    for i, r in enumerate(rollouts):
        q = as_text(r.question)
        q = q if q and q.strip() else None
        missing.append(q is None)
        resp = as_text(r.response) if not isinstance(r.response, str) else r.response
        for g in gold_list(r.gold):
            flat.append({"gold": gold_answer(g), "response": resp, "question": q})
            owners.append(i)
    return flat, owners, missing


def bad_gold(rollout: Rollout) -> bool:
    """No usable gold answer: None, empty, or not text (a dict, a nested list)."""
    return all(not g or not g.strip() for g in gold_list(rollout.gold))


# ------------------------------------------------------------------------------------------ input checks
class BadInputError(ValueError):
    """The data layout would score every rollout 0 (no gold column, every label empty, a label key not set)."""


_HINTS = {
    "verl": "verl reads it from each row's reward_model['ground_truth'] in the parquet files (data.train_files); "
            "check that column",
    "trl": "the gold column is given by make_trl_reward(gold_column=...) or is one of ground_truth/answer/solution",
    "openrlhf": "pass --data.label_key <gold column> (OpenRLHF sends an empty label when it is not set)",
    "slime": "slime fills sample.label from --label-key <gold column>; set it",
    "service": "the reward service needs a gold answer per rollout",
}
FAIL_FAST_ROWS = 16  # per process: this many rows with no usable gold, and none with one, is a layout problem
log = logging.getLogger("verigrade")


@dataclass
class InputGuard:
    """Fails the run loudly when the first rows one process sees have no gold at all.

    Frameworks that call once per rollout (verl, OpenRLHF, slime) never show a whole batch, so the check is over
    the first rows: `limit` rows without a usable gold before any row with one raises BadInputError (env
    VERIGRADE_FAIL_FAST_ROWS, 0 disables). A call with several rollouts (TRL, slime --group-rm, verl's batch
    signature) raises at once when none of them has a gold. After the first good row, bad rows (and whole groups
    of one bad prompt) are only flagged (vg_bad_input)."""

    where: str
    seen_good: bool = False
    bad_rows: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def observe(self, rollouts: Sequence[Rollout]) -> None:
        bad = sum(bad_gold(r) for r in rollouts)
        if bad:
            registry().count("bad_input", bad)
        limit = _fail_fast_rows()
        with self.lock:
            if self.seen_good:
                return
            if bad < len(rollouts):
                self.seen_good = True
                return
            self.bad_rows += bad
            n = self.bad_rows
        whole_batch = len(rollouts) > 1
        if limit and (whole_batch or n >= limit):
            sample = next((r.gold for r in rollouts), None)
            what = f"all {len(rollouts)} rollouts of this batch" if whole_batch else f"the first {n} rollouts"
            msg = (f"verigrade ({self.where}): {what} have no gold answer (got {sample!r}), so every reward would be "
                   f"0. {_HINTS.get(self.where, '')}.")
            log.error(msg)  # also logged: OpenRLHF swallows reward-function exceptions into an INFO line
            raise BadInputError(msg)


def _fail_fast_rows() -> int:
    raw = os.environ.get("VERIGRADE_FAIL_FAST_ROWS")
    try:
        return max(0, int(raw)) if raw else FAIL_FAST_ROWS
    except ValueError:
        raise ValueError(f"VERIGRADE_FAIL_FAST_ROWS={raw!r} is not an integer") from None


def collapse(verdicts: Sequence[Verdict], owners: Sequence[int], n: int) -> list[Verdict]:
    """Several acceptable golds: keep the best verdict (correct first, then the higher score)."""
    best: list[Verdict | None] = [None] * n
    for v, i in zip(verdicts, owners):
        b = best[i]
        if b is None or (v.correct, v.score) > (b.correct, b.score):
            best[i] = v
    return [b for b in best if b is not None]


def _note_missing(missing: Sequence[bool], where: str) -> None:
    reg = registry()
    reg.count("rollouts", len(missing))
    n = sum(missing)
    if n:
        reg.count("missing_question", n)
        reg.warn_once(
            "missing_question:" + where,
            f"verigrade ({where}): no question given for some rollouts; scoring them anyway, but the judge sees "
            "only gold and answer (and the vg_missing_question metric is 1). " + _QUESTION_HINTS.get(where, ""),
            stacklevel=5,
        )


_QUESTION_HINTS = {
    "verl": "Put the question in extra_info['question'] (see examples/verl/prepare_data.py).",
    "trl": "Add a 'question' column, pass question_column=..., or use conversational prompts.",
}


def verify_rollouts(options: Mapping[str, Any], rollouts: Sequence[Rollout], where: str) -> list[tuple[Verdict, bool]]:
    """Blocking: one verify_batch for all rollouts. Returns (verdict, missing_question) per rollout."""
    registry().guard(where).observe(rollouts)
    flat, owners, missing = expand(rollouts)
    _note_missing(missing, where)
    verdicts = registry().verifier(options).verify_batch(flat)
    return list(zip(collapse(verdicts, owners, len(rollouts)), missing))


async def averify_rollouts(
    options: Mapping[str, Any], rollouts: Sequence[Rollout], where: str, *, microbatch: bool = True
) -> list[tuple[Verdict, bool]]:
    """Non-blocking twin. `microbatch=True` joins concurrent callers on this loop into shared batches (for
    frameworks that score one rollout per call); False runs this call's batch directly in a worker thread."""
    reg = registry()
    reg.guard(where).observe(rollouts)
    flat, owners, missing = expand(rollouts)
    _note_missing(missing, where)
    if microbatch:
        verdicts = await reg.batcher(options).submit(flat)
    else:
        verifier = await asyncio.to_thread(reg.verifier, options)  # first build may load a model
        verdicts = await asyncio.to_thread(verifier.verify_batch, flat)
    return list(zip(collapse(verdicts, owners, len(rollouts)), missing))


def metrics(v: Verdict, missing_question: bool) -> dict[str, float]:
    bad = "bad_input" in v.flags
    return {
        "vg_stage": float(_STAGE_CODE.get(v.stage, 1)),
        "vg_p_true": float(v.p_true) if v.p_true is not None else -1.0,
        "vg_unsure": 1.0 if v.outcome is Outcome.UNSURE else 0.0,
        "vg_no_answer": 1.0 if v.answer is None and not bad else 0.0,
        "vg_bad_input": 1.0 if bad else 0.0,
        "vg_judge_unavailable": 1.0 if "judge_unavailable" in v.flags else 0.0,
        "vg_missing_question": 1.0 if missing_question else 0.0,
    }


def reward_dict(v: Verdict, missing_question: bool) -> dict[str, float]:
    """The fixed key set (REWARD_KEYS), all floats."""
    return {"score": float(v.score), "acc": 1.0 if v.correct else 0.0, **metrics(v, missing_question)}


def columns(results: Iterable[Mapping[str, float]], keys: Sequence[str] = METRIC_KEYS) -> dict[str, list[float]]:
    """Per-item dicts -> {key: [values]} (OpenRLHF's extra_logs shape)."""
    rows = list(results)
    return {k: [r[k] for r in rows] for k in keys}
