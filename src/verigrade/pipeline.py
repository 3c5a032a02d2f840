"""The Verifier: extraction -> rules -> (guards -> judge) -> Verdict.

Modes:
  rule   rules only; UNSURE counts as incorrect.
  addon  rules first; only items the rules call UNSURE go through the guards to the judge (a definite
         mismatch is never sent, so a hackable judge cannot overrule it).
  judge  every item with an extracted answer goes through the guards to the judge (the judge alone decides).
  mixed  score = w * rule + (1 - w) * P(True) for every item that passes the guards.
With no judge configured (no judge_backend / judge_url / judge_model) no judge is ever called: non-rule modes keep
the rule verdicts (rules + guards; flag "no_judge") and one line, once per process, says how to add a judge. When a
configured judge is down or late, items keep their rule verdict with flag "judge_unavailable". judge_symmetric:
each item is judged twice, (gold, answer) and (answer, gold), and accepted only when both clear the threshold.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import replace
from typing import Any, Iterable, Mapping, Sequence

from .config import VerifierConfig
from .deadline import Deadline, DeadlineExceeded
from .extract import extract_answer
from .rules import check
from .rules.normalize import fold_compat
from .types import Outcome, RuleResult, Verdict

log = logging.getLogger("verigrade")
_NO_JUDGE_LOGGED = threading.Event()  # the "how to add a judge" line goes out once per process

_MAX_GOLD_CHARS = 20_000
_RULE_CACHE_SIZE = 4096  # distinct (gold, answer, question) results kept per Verifier
# extraction flags about the candidates, settled here (rejected, joined or found equivalent), not shown in verdicts
_CANDIDATE_FLAGS = ("multiple_answers", "listed_boxes", "part_boxes", "worded_boxes")


class Verifier:
    """Verify model responses against ground-truth answers.

    >>> v = Verifier(mode="rule")
    >>> v.verify("\\\\frac{1}{2}", "so the answer is \\\\boxed{0.5}").correct
    True
    """

    def __init__(self, mode: str | None = None, *, config: VerifierConfig | None = None, **options: Any) -> None:
        if config is None:
            config = VerifierConfig.from_env(mode=mode, **options)
        elif mode is not None or options:
            config = config.with_(**({"mode": mode} if mode else {}), **options)
        self.config = config
        self._judge = None
        self._judge_lock = threading.Lock()
        self._judge_failed: str | None = None
        self.counters = {"items": 0, "judge_calls": 0, "judge_unavailable": 0, "no_judge": 0, "guarded": 0, "deadline": 0}
        self._count_lock = threading.Lock()  # verify() is called from many threads (verl, Ray actors, the server)
        # (gold, answer, question) -> the rules' result: a GRPO group repeats its gold and often its answers (8-16
        # samples of one prompt, many ending on the same value), so the rules run once per distinct pair. Bounded:
        # cleared when full. Only finished checks are kept (a deadline or an engine error is never cached).
        self._rule_cache: dict[tuple, RuleResult] = {}

    # ---------------------------------------------------------------- public API
    def _check(self, gold: str, answer: str, question: str | None, deadline: Deadline) -> RuleResult:
        """The rules' result, cached per (gold, answer, question)."""
        key = (gold, answer, question)
        res = self._rule_cache.get(key)
        if res is None:
            res = check(gold, answer, question, deadline, self.config.rounding)
            if len(self._rule_cache) >= _RULE_CACHE_SIZE:
                self._rule_cache.clear()
            self._rule_cache[key] = res
        return res

    def verify(self, gold: Any, response: Any, question: Any = None) -> Verdict:
        return self.verify_batch([{"gold": gold, "response": response, "question": question}])[0]

    def verify_batch(self, items: Iterable[Mapping[str, Any]]) -> list[Verdict]:
        items = list(items)
        staged = [self._rule_stage(it) for it in items]
        if self.config.mode == "rule":
            return [v for v, _ in staged]
        return self._judge_stage(staged)

    @property
    def judge_stats(self) -> dict:
        """The judge runner's counters (items, unique, cache hits, backend calls, unavailable, hit rate)."""
        stats = getattr(self._judge, "stats", None)
        return stats.as_dict() if stats is not None else {}

    def warm_rules(self) -> None:
        """Load what the rules load lazily on first use (pint's unit registry, ~0.3 s), so that cost lands at
        start-up and not on the first request that carries a word next to a number (rule workers call this before
        they report ready; a cold first item could otherwise run past the worker's hard deadline)."""
        from .rules import units

        units.preload()

    def warm_up(self) -> None:
        """Load the rules' lazy parts, build the judge now and, for a local one, load the model (a cold CPU judge
        takes 20-40 s): servers and reward functions call this at start-up so the first request does not pay."""
        self.warm_rules()
        if self.config.mode == "rule":
            return
        judge = self._get_judge()
        load = getattr(getattr(judge, "judge", None), "load", None)
        if callable(load):
            try:
                load()
            except Exception as exc:  # reported per item later (judge_load_error); say it once now
                log.warning("verigrade: judge warm-up failed: %s", exc)

    def close(self) -> None:
        if self._judge is not None:
            self._judge.close()

    # ---------------------------------------------------------------- stages
    def _count(self, key: str, n: int = 1) -> None:
        with self._count_lock:
            self.counters[key] = self.counters.get(key, 0) + n

    def _rule_stage(self, item: Mapping[str, Any]) -> tuple[Verdict, dict | None]:
        """Returns the rule verdict, and (for items with an extracted answer) what the judge stage needs."""
        self._count("items")
        gold, response, question = item.get("gold"), item.get("response"), item.get("question")
        if response is None and "candidate" in item:
            response = item.get("candidate")
        bad = _check_inputs(gold, response, question)
        if bad:
            return _verdict(None, "none", bad, ("bad_input",), Outcome.DIFFERENT, "input"), None
        deadline = Deadline(self.config.deadline_s)
        ext = None
        try:
            ext = extract_answer(response, question=question)
            if deadline.expired():  # extraction is linear and bounded, but its time counts against the item too
                raise DeadlineExceeded()
            if ext.answer is None:
                flags = ext.flags or ("no_answer",)
                return _verdict(None, "none", "no final answer found", flags, Outcome.DIFFERENT, "extract"), None
            if "hedged" in ext.flags:
                return (
                    _verdict(ext.answer, "none", "the response hedges its final answer", ext.flags, Outcome.DIFFERENT, "extract"),
                    None,
                )
            folded = fold_compat(ext.answer)
            if folded != ext.answer:  # `３/５1` is 3/51 for the rules and for the judge alike
                ext = replace(ext, answer=folded, flags=ext.flags + ("compat_folded",))
            gold_answer = fold_compat(reference_answer(gold[:_MAX_GOLD_CHARS]))
            answer_text = ext.answer
            if "multiple_answers" in ext.flags and not _all_equivalent(ext.candidates, question, deadline):
                union = _union(ext, gold_answer, question, deadline, self.config.rounding)
                if union is None:
                    return (
                        _verdict(ext.answer, "none", "several different final answers", ext.flags, Outcome.DIFFERENT, "extract"),
                        None,
                    )
                answer_text = union
                ext = replace(ext, answer=union, flags=tuple(f for f in ext.flags if f not in _CANDIDATE_FLAGS) + ("joined_boxes",))
            elif "multiple_answers" in ext.flags:
                units = [c for c in ext.candidates if _has_unit(c)]
                if units and len(units) < len(ext.candidates):
                    # one amount restated with and without its unit (`12 km (12)`): the answer is the amount with its unit
                    answer_text = units[-1]
                    ext = replace(ext, answer=answer_text)
            res = self._check(gold_answer, answer_text, question, deadline)
            if res.outcome is not Outcome.EQUAL and "multiple_answers" in ext.flags and answer_text == ext.answer and len(
                    {_has_unit(c) for c in ext.candidates}) == 1:
                # one value stated in several forms (`50 m, i.e. 0.05 km`, `0.5, or \\frac12`): the form the question asks
                # may be any of them (the candidates are strictly the same value: _all_equivalent). Not where only some
                # carry a unit: `12 km (12)` would let the bare number stand in for miles
                for c in ext.candidates[:-1]:
                    again = self._check(gold_answer, c, question, deadline)
                    if again.outcome is Outcome.EQUAL:
                        res, ext = again, replace(ext, answer=c)
                        break
        except DeadlineExceeded:
            self._count("deadline")
            res = RuleResult(Outcome.UNSURE, "rule:none", "rule check ran past its deadline", flags=("deadline",))
        except Exception as exc:  # the engine must never take the caller down
            log.exception("verigrade: rule engine error")
            res = RuleResult(Outcome.UNSURE, "rule:none", f"rule engine error: {type(exc).__name__}", flags=("engine_error",))
        answer = ext.answer if ext is not None else None
        ext_flags = tuple(f for f in (ext.flags if ext else ()) if f not in _CANDIDATE_FLAGS) + (
            ("equivalent_answers",) if ext and "multiple_answers" in ext.flags else ())
        flags = tuple(dict.fromkeys(ext_flags + res.flags))
        v = _verdict(answer, res.method, res.reason, flags, res.outcome, "rule", res.evidence)
        pending = None
        if answer is not None:
            pending = {"gold": gold, "answer": answer, "question": question}
        return v, pending

    def _judge_stage(self, staged: Sequence[tuple[Verdict, dict | None]]) -> list[Verdict]:
        from .judge.guards import guard  # lazy: rule mode never imports the judge package

        mode = self.config.mode
        out = [v for v, _ in staged]
        todo: list[int] = []
        for i, (v, pending) in enumerate(staged):
            if pending is None:
                continue
            if mode == "addon" and v.outcome is not Outcome.UNSURE:
                continue  # a rule match is exact and a definite mismatch is final
            flag = guard(pending["answer"], pending["question"], pending["gold"])
            if flag:
                self._count("guarded")
                out[i] = replace(v, flags=v.flags + (flag,), reason=f"{v.reason}; judge not asked ({flag})")
                continue
            todo.append(i)
        if not todo:
            return out
        judge = self._get_judge()
        if judge is None:
            flag = "no_judge" if self._judge_failed and self._judge_failed.startswith("no judge configured") else "judge_unavailable"
            for i in todo:
                out[i] = replace(out[i], flags=out[i].flags + (flag,))
            self._count(flag, len(todo))
            return out
        from .judge.base import JudgeItem

        jitems = [JudgeItem(staged[i][1]["question"], staged[i][1]["gold"], staged[i][1]["answer"]) for i in todo]
        symmetric = self.config.judge_symmetric
        if symmetric:  # the same items with gold and answer swapped, in the same batch (one deadline, one dedup)
            jitems += [JudgeItem(it.question, it.answer, it.gold) for it in jitems]
        scores = judge.score(jitems, deadline=time.monotonic() + self.config.batch_deadline_s)
        if symmetric:
            n = len(todo)
            self._count("judge_calls", sum(1 for s in scores[n:] if s.p_true is not None and not s.cached))
            scores = [_both(a, b) for a, b in zip(scores[:n], scores[n:])]
        thr = self.config.judge_threshold
        if thr is None:  # the judge's calibrated threshold when it has one (a trained judge), else 0.5
            thr = judge.default_threshold if getattr(judge, "default_threshold", None) is not None else 0.5
        for i, s in zip(todo, scores):
            v = out[i]
            if s.p_true is None:
                self._count("judge_unavailable")
                out[i] = replace(v, flags=tuple(dict.fromkeys(v.flags + tuple(s.flags) + ("judge_unavailable",))), threshold=thr)
                continue
            self._count("judge_calls", 0 if s.cached else 1)
            if mode == "mixed":
                w = self.config.mixed_weight
                score = w * (1.0 if v.correct else 0.0) + (1 - w) * s.p_true
                correct = score >= thr
            else:
                correct = s.p_true >= thr
                score = 1.0 if correct else 0.0
            out[i] = Verdict(
                correct=correct,
                score=score,
                answer=v.answer,
                method="judge",
                reason=f"judge P(True)={s.p_true:.3f} {'>=' if correct else '<'} {thr}" + f" (rules: {v.reason})",
                flags=v.flags + tuple(s.flags),
                outcome=v.outcome,
                stage="judge",
                p_true=s.p_true,
                threshold=thr,
                evidence=v.evidence,
            )
        return out

    def _get_judge(self):
        if self._judge is not None or self._judge_failed:
            return self._judge
        with self._judge_lock:
            if self._judge is None and not self._judge_failed:
                from .judge import NO_JUDGE_HINT, judge_configured

                if not judge_configured(self.config):  # nothing asked for: no judge, and never a default one
                    self._judge_failed = NO_JUDGE_HINT
                    if not _NO_JUDGE_LOGGED.is_set() and (self.config.judge_backend or "").lower() != "none":
                        _NO_JUDGE_LOGGED.set()
                        log.warning("verigrade: %s", NO_JUDGE_HINT)
                    return None
                try:
                    from .judge import build_judge

                    self._judge = build_judge(self.config)
                except Exception as exc:  # a missing extra or a bad model path: say so once, keep the rules
                    self._judge_failed = str(exc)
                    log.warning("verigrade: judge unavailable, falling back to rules only: %s", exc)
        return self._judge


def _both(a, b):
    """Order-swapped judging: the item clears the threshold only if both orders do, so its P(True) is the lower
    one; unavailable if either is."""
    from .judge.base import JudgeScore

    if a.p_true is None or b.p_true is None:
        return a if a.p_true is None else b
    flags = tuple(dict.fromkeys(a.flags + b.flags + ("judge_symmetric",)))
    return JudgeScore(min(a.p_true, b.p_true), flags, cached=a.cached)  # (the swapped call is counted apart)


# Methods that prove two candidates state the same answer exactly: no approximation, renaming, dropped label,
# unit or probe-based identity, which are fine against a gold but would let a hedge pick its best reading.
_STRICT = ("rule:exact", "rule:structure", "rule:numeric")


def _all_equivalent(candidates: Sequence[str], question, deadline: Deadline) -> bool:
    """`\\boxed{15\\frac{39}{40}}, or \\boxed{\\frac{639}{40}}` states one answer twice: not a hedge. Strict both ways."""
    last = candidates[-1] if candidates else None
    if last is None:
        return False
    for c in candidates[:-1]:
        for a, b in ((c, last), (last, c)):
            r = check(a, b, None, deadline)
            # (a dollar sign or a unit on one side only is the same amount restated, `\\$16,386.20` and `16,386.20`,
            # `\\frac{639}{40}` and `\\frac{639}{40}` inches, when the question allows it: `15.7 \\text{ m}` is another
            # answer than `15.7` when the question asks in centimetres, `\\$5` than `5` when it asks in cents)
            restated_unit = (set(r.evidence) == {"units"} and r.method == "rule:numeric"
                             and check(a, b, question, deadline).outcome is Outcome.EQUAL)
            # (one quantity in two units, both written: `50 m, i.e. 0.05 km`)
            converted = set(r.evidence) == {"units", "unit conversion"} and r.method == "rule:numeric" and _has_unit(a) \
                and _has_unit(b)
            restated_unit = restated_unit or converted
            # (an inequality and its interval, `x < 4` and `(-\\infty, 4)`, are one set of reals, exactly)
            same_set = r.method == "rule:interval" and set(r.evidence) <= {"interval"}
            if (r.outcome is not Outcome.EQUAL or (r.method not in _STRICT and not same_set)
                    or (r.evidence and not restated_unit and not same_set) or "decimal" in r.reason):
                return False
    return True


_UNIT_WORD = re.compile(r"\d\s*(?:\\text\s*\{\s*)?[A-Za-z]")


def _has_unit(s: str) -> bool:
    return bool(_UNIT_WORD.search(s))


def reference_answer(gold: str) -> str:
    """The answer a gold states. A whole reference solution (it has a `\\boxed{}`, a GSM8K `#### 72` or another
    final-answer marker) is reduced the way a response is; several boxes in its final region are one answer listed
    (`\\boxed{1}\\boxed{2}` is `1, 2`)."""
    if "box" not in gold and "####" not in gold and len(gold) < 200:  # "####": a GSM8K solution, short or not
        return gold
    ext = extract_answer(gold, reference=True)
    if ext.answer is None or "hedged" in ext.flags or ext.source in ("bare", "think_tail"):
        return gold
    if "multiple_answers" in ext.flags:
        # a reference lists its answer's parts in its boxes, separators or plain words between them ("\\boxed{1} papers
        # and \\boxed{2} bins"); a negation or a hedge there ("\\boxed{1} no no \\boxed{2}") leaves the gold as written
        return ", ".join(ext.candidates) if {"listed_boxes", "worded_boxes"} & set(ext.flags) else gold
    return ext.answer


def _union(ext, gold: str, question, deadline: Deadline, rounding: str) -> str | None:
    """Several different boxes in the final region that together are a multi-part gold (`\\boxed{2}` and
    `\\boxed{5}` for `2, 5`): their list, else None. Against a one-part gold different boxes stay a hedge."""
    if "listed_boxes" not in ext.flags or len(ext.candidates) < 2:  # (hedged responses never get here)
        return None
    if check(gold, ext.candidates[-1], question, deadline, rounding).outcome is Outcome.EQUAL:
        return None  # a one-part gold that one box matches: the others are competing answers
    # boxes that label the parts they answer are numbered in that order, `(1) a; (2) b`: the rules then compare them
    # in order (engine._numbered_parts), whatever the question says about order
    joined = ("; ".join(f"({i}) {c}" for i, c in enumerate(ext.candidates, 1)) if "part_boxes" in ext.flags
              else ", ".join(ext.candidates))
    if check(gold, joined, question, deadline, rounding).outcome is not Outcome.EQUAL:
        return None
    return joined


def _check_inputs(gold: Any, response: Any, question: Any) -> str | None:
    if not isinstance(gold, str) or not gold.strip():
        return f"gold answer must be a non-empty string, got {type(gold).__name__}"
    if not isinstance(response, str):
        return f"response must be a string, got {type(response).__name__}"
    if question is not None and not isinstance(question, str):
        return f"question must be a string or None, got {type(question).__name__}"
    return None


def _verdict(answer, method, reason, flags, outcome, stage, evidence=()) -> Verdict:
    ok = outcome is Outcome.EQUAL
    return Verdict(
        correct=ok, score=1.0 if ok else 0.0, answer=answer, method=method,
        reason=reason, flags=tuple(flags), outcome=outcome, stage=stage, evidence=tuple(evidence),
    )
