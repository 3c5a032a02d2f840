"""Build labelled cases from golds and run them through verigrade's rule mode, counting accepts per kind.

Shared by scripts/precision.py (all golds, two processes) and tests/test_precision.py (a fixed sample).
Only this module touches verigrade (the Verifier, the API under test); the generators and the oracle do not.
"""
from __future__ import annotations

import contextlib
import random
import re
import signal
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import oracle as O
from .golds import Gold
from .hedges import hedges, plant_equivalent, plant_gold_hedge, plant_gold_words, plant_wrong
from .mutations import Ctx, Mut, generate, is_prose

SEED = 20240611
_SOLUTION = re.compile(r"\\boxed|\bthe (?:final )?answer is\b", re.I)


@dataclass(frozen=True)
class Case:
    kind: str
    wrong: bool
    gold: str
    question: str
    response: str
    detail: str = ""
    base: str = ""  # for planted cases: the kind of the planted answer


@dataclass
class Tally:
    generated: Counter = field(default_factory=Counter)  # candidates before the oracle
    kept: Counter = field(default_factory=Counter)       # cases sent to the verifier
    accepted: Counter = field(default_factory=Counter)   # verdict.correct
    detail_kept: Counter = field(default_factory=Counter)
    detail_accepted: Counter = field(default_factory=Counter)
    wrong: dict = field(default_factory=dict)            # kind -> True (wrong answers) / False (equivalents)
    examples: dict = field(default_factory=dict)         # kind -> [(gold, question, response, detail)]
    timeouts: list = field(default_factory=list)         # golds whose generation/labelling ran past the limit

    def merge(self, other: "Tally", show: int) -> None:
        for name in ("generated", "kept", "accepted", "detail_kept", "detail_accepted"):
            getattr(self, name).update(getattr(other, name))
        self.wrong.update(other.wrong)
        self.timeouts.extend(other.timeouts)
        for k, ex in other.examples.items():
            mine = self.examples.setdefault(k, [])
            mine.extend(ex[:max(0, show - len(mine))])


# wrong kinds whose answer has the gold's value in a form or unit the question does not take
_SAME_VALUE_KINDS = frozenset({"form_wrong", "asked_unit_converted", "numbered_parts_wrong", "word_label_wrong"})


def keep(ctx: Ctx, m: Mut) -> bool:
    """The oracle's decision: wrong kept only when proven different (or by construction and not proven equal);
    equivalent kept only when proven equal (or by construction and not proven different)."""
    if m.text.strip() == ctx.gold.strip() or not m.text.strip():
        return False
    if ctx.value is None:
        return m.by_construction
    verdict = O.equal(ctx.value, O.parse(m.oracle_text if m.oracle_text is not None else m.text))
    if m.by_construction:
        return verdict is not m.wrong  # wrong: not proven equal; equivalent: not proven different
    return verdict is (not m.wrong)


def _wordy(s: str) -> bool:
    return bool(re.search(r"(?<!\\)\b[A-Za-z]{3,}\b", re.sub(r"\\[A-Za-z]+(\{[^{}]*\})?", "", s)))


def _wanted(kind: str, kinds: set[str] | None) -> bool:
    return kinds is None or kind in kinds or any(k.endswith("*") and kind.startswith(k[:-1]) for k in kinds)


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float):
    """A per-gold bound on the oracle's sympy work (SIGALRM; only in a main thread, else unbounded)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def _raise(*_: object) -> None:
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def build(gold: Gold, tally: Tally, *, limit_s: float = 10.0, **kw) -> list[Case]:
    """`_build` under a time limit: a gold the oracle cannot label quickly is skipped and recorded."""
    sub = Tally()
    try:
        with _time_limit(limit_s):
            cases = _build(gold, sub, **kw)
    except _Timeout:
        tally.timeouts.append(gold.gold)
        return []
    tally.generated.update(sub.generated)
    return cases


def _build(gold: Gold, tally: Tally, *, hedges_per_gold: int = 12, plant_per_gold: int = 6,
          kinds: set[str] | None = None) -> list[Case]:
    """All kept cases for one gold (deterministic: the rng is seeded from the gold and its question)."""
    q = gold.question or ""
    rng = random.Random(f"{SEED}|{gold.gold}|{q}")
    ctx = Ctx(gold.gold, q, O.parse(gold.gold))
    cands = generate(ctx, rng)
    alt = next((m.text for m in cands if m.wrong and m.kind in ("off_by_one", "digit_change", "sign_flip",
                                                                 "text_antonym") and keep(ctx, m)), None)
    cands += list(hedges(ctx, rng, alt, hedges_per_gold))
    cases: list[Case] = []
    seen: set[str] = set()
    kept_wrong: list[Mut] = []
    kept_equiv: list[Mut] = []
    solution = bool(_SOLUTION.search(gold.gold))
    for m in cands:
        if not _wanted(m.kind, kinds) and not kinds_need_planting(kinds):
            continue
        if solution and m.kind.startswith(("text_", "hedge_")):
            continue  # words changed in a reference solution's prose do not change its final answer
        tally.generated[m.kind] += 1
        if m.text in seen or not keep(ctx, m):
            continue
        seen.add(m.text)
        (kept_wrong if m.wrong else kept_equiv).append(m)
        if _wanted(m.kind, kinds):
            cases.append(Case(m.kind, m.wrong, gold.gold, q if m.question is None else m.question, m.text, m.detail))
    prose_gold = is_prose(ctx)
    planted: list[tuple[str, bool, str, str, str]] = []  # kind, wrong, response, detail, base
    if solution:
        kept_wrong = []  # a whole reference solution planted inside a sentence is no response anyone writes
    kept_wrong = [m for m in kept_wrong if m.question is None]  # (one asked with its own question: not planted)
    # (a wrong form or unit of the gold's own value is no other value: the hedge frames pair W with the gold as two
    # values, so such W are not planted there)
    kept_wrong = [m for m in kept_wrong if m.kind not in _SAME_VALUE_KINDS]
    for m in rng.sample(kept_wrong, min(plant_per_gold, len(kept_wrong))):
        for kind, resp in plant_wrong(m.text, gold.gold, prose_gold or _wordy(m.text), q):
            planted.append((kind, True, resp, m.kind, m.kind))
    if ctx.number is not None and ctx.number != 0:
        kind, resp = plant_gold_hedge(gold.gold)
        planted.append((kind, True, resp, "", "gold"))
        for kind, resp in plant_gold_words(gold.gold, ctx.number):
            planted.append((kind, True, resp, "", "gold"))
    for kind, resp in plant_equivalent(gold.gold, prose_gold, q):
        planted.append((kind, False, resp, "", "gold"))
    kept_equiv = [m for m in kept_equiv if m.question is None]  # (planted with the gold's own question)
    if kept_equiv:
        e = rng.choice(kept_equiv)
        planted.append(("eq_resp_equiv", False, f"So the final answer is \\boxed{{{e.text.strip('$')}}}.", e.kind,
                        e.kind))
    for kind, wrong, resp, detail, base in planted:
        if _wanted(kind, kinds):
            tally.generated[kind] += 1
            cases.append(Case(kind, wrong, gold.gold, q, resp, detail, base))
    return cases


def kinds_need_planting(kinds: set[str] | None) -> bool:
    """Planted kinds draw on every bare kind, so a --kinds filter naming one keeps generating them all."""
    return kinds is not None and any(k.startswith(("resp_", "eq_resp")) for k in kinds)


def run(golds: Sequence[Gold], *, show: int = 3, hedges_per_gold: int = 12, plant_per_gold: int = 6,
        kinds: Iterable[str] | None = None, batch: int = 1024) -> Tally:
    from verigrade import Verifier  # the API under test

    kset = set(kinds) if kinds else None
    v = Verifier(mode="rule")
    tally = Tally()
    cases: list[Case] = []
    for g in golds:
        cases.extend(build(g, tally, hedges_per_gold=hedges_per_gold, plant_per_gold=plant_per_gold, kinds=kset))
    for i in range(0, len(cases), batch):
        chunk = cases[i:i + batch]
        verdicts = v.verify_batch([{"gold": c.gold, "response": c.response, "question": c.question or None}
                                   for c in chunk])
        for c, d in zip(chunk, verdicts):
            tally.wrong[c.kind] = c.wrong
            tally.kept[c.kind] += 1
            dk = f"{c.kind}:{c.detail}" if c.detail else ""
            if dk:
                tally.detail_kept[dk] += 1
            # a false accept for wrong kinds; a (wanted) accept for equivalents; examples show the failures
            if d.correct:
                tally.accepted[c.kind] += 1
                if dk:
                    tally.detail_accepted[dk] += 1
            if bool(d.correct) == c.wrong:
                ex = tally.examples.setdefault(c.kind, [])
                if len(ex) < show:
                    ex.append((c.gold, c.question[:100], c.response, c.detail or c.base))
    return tally
