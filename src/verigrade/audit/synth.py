"""Deterministic synthetic rollouts for exercising `verigrade verify` and `verigrade audit`.

From real gold answers (e.g. Big-Math's `bigmath_rl_train.parquet`), write short chain-of-thought responses that
end in `\\boxed{}` answers taking the forms of the false-negative taxonomy (docs: fn_taxonomy.md):

  correct rewrites  exact copy, units appended, `x = ` prefix, `\\dfrac`, extra spaces, decimal of a fraction,
                    fraction of a decimal, percent <-> share, interval <-> inequality, reordered / braced /
                    labelled lists
  wrong answers     off-by-one, sign flip, partial list, wrong bracket

Each prompt gets `n` responses (a GRPO group); each response is correct with a per-prompt probability. The
`reference_rule_score` column is a deliberately strict baseline (the boxed answer equals the gold after stripping
outer whitespace), so an audit has false negatives to find. `synth_form` / `synth_correct` record the truth by
construction. Everything is seeded: the same inputs and seed give the same bytes.

    python -m verigrade.audit.synth /path/bigmath_rl_train.parquet -o rollouts.jsonl --prompts 40 --n 4
"""
from __future__ import annotations

import argparse
import json
import random
import re
from fractions import Fraction
from typing import Iterable

_INT = re.compile(r"^-?\d+$")
_DEC = re.compile(r"^-?\d+\.\d+$")
_FRAC = re.compile(r"^(-?)\\[dt]?frac\s*\{(\d+)\}\s*\{(\d+)\}$")
_PCT = re.compile(r"^(\d+(?:\.\d+)?)\s*\\%$")
_NUM = r"-?\d+(?:\.\d+)?"
_INTERVAL = re.compile(r"^(\[|\()\s*(" + _NUM + r"|-\\infty)\s*,\s*(" + _NUM + r"|\+?\\infty)\s*(\]|\))$")
_INEQ = re.compile(r"^([a-z])\s*(>|<|\\geq|\\leq|\\ge|\\le|\\geqslant|\\leqslant)\s*(" + _NUM + r")$")
_LIST = re.compile(r"^" + _NUM + r"(?:\s*,\s*" + _NUM + r")+$")
_ORDER_CUE = re.compile(r"respectively|in order|ordered|ascending|descending|increasing|decreasing|from (?:smallest|largest)", re.I)

UNITS = ("\\text{ cm}", "\\text{ meters}", "\\text{ dollars}", "\\text{ apples}", "\\text{ km}", " \\text{ units}")
_LE = {">": "<", "<": ">", "\\geq": "\\leq", "\\leq": "\\geq", "\\ge": "\\le", "\\le": "\\ge",
       "\\geqslant": "\\leqslant", "\\leqslant": "\\geqslant"}
_OPENS = {"<": True, ">": True}
_STEPS = (
    "First, we restate what is given and what is asked.",
    "We set up the relation described in the problem.",
    "Simplifying the expression step by step keeps the algebra manageable.",
    "Substituting the known values gives a single equation.",
    "We check the result against the conditions of the problem.",
    "Collecting like terms and solving yields the value we need.",
)


def _num(s: str) -> Fraction:
    return Fraction(s)


def _fmt(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    f = float(x)
    return f"{f:.6f}".rstrip("0").rstrip(".")


def _decimal_of(p: int, q: int) -> str:
    x = Fraction(p, q)
    d = q
    for k in (2, 5):
        while d % k == 0:
            d //= k
    if d == 1:  # terminates
        return _fmt(x)
    return f"{float(x):.4f}"


def _simple_fraction(s: str) -> str | None:
    x = _num(s)
    f = x.limit_denominator(16)
    if f == x and f.denominator > 1:
        sign = "-" if f < 0 else ""
        return f"{sign}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"
    return None


def shape(gold: str) -> str:
    g = gold.strip()
    for name, rx in (("int", _INT), ("dec", _DEC), ("frac", _FRAC), ("pct", _PCT), ("interval", _INTERVAL),
                     ("ineq", _INEQ), ("list", _LIST)):
        if rx.match(g):
            return name
    return "other"


def correct_forms(gold: str, question: str | None, rng: random.Random) -> dict[str, str]:
    """Every correct rewrite of `gold` this module knows, by form name (only those that change the text)."""
    g = gold.strip()
    kind = shape(g)
    forms: dict[str, str] = {"exact": g}
    if kind in ("int", "dec"):
        forms["units"] = g + " " + rng.choice(UNITS).lstrip()
        forms["prefix"] = f"x = {g}"
    if kind == "int":
        forms["prefix"] = rng.choice(("x", "n", "N")) + f" = {g}"
    if kind == "dec":
        frac = _simple_fraction(g)
        if frac:
            forms["fraction"] = frac
        x = _num(g)
        if 0 < x < 1:
            forms["percent"] = _fmt(x * 100) + "\\%"
    if kind == "frac":
        m = _FRAC.match(g)
        sign, p, q = m.group(1), int(m.group(2)), int(m.group(3))
        forms["dfrac"] = f"{sign}\\dfrac{{{p}}}{{{q}}}"
        forms["decimal"] = sign + _decimal_of(p, q)
        forms["prefix"] = f"x = {g}"
        forms["spaces"] = f"{sign}\\frac {{{p}}} {{{q}}}"
    if kind == "pct":
        forms["share"] = _fmt(_num(_PCT.match(g).group(1)) / 100)
    if kind == "interval":
        ineq = _interval_to_ineq(g, rng)
        if ineq:
            forms["inequality"] = ineq
        forms["spaces"] = re.sub(r"\s*,\s*", " , ", g)
    if kind == "ineq":
        forms["interval"] = _ineq_to_interval(g)
    if kind == "list":
        items = [x.strip() for x in g.split(",")]
        if not (question and _ORDER_CUE.search(question)):
            if items[::-1] != items:
                forms["reorder"] = ", ".join(items[::-1])
            forms["braces"] = "\\{" + ", ".join(items) + "\\}"
        forms["labelled"] = ", ".join(f"x_{i + 1} = {x}" for i, x in enumerate(items))
    if kind == "other":
        if "\\frac" in g and "\\dfrac" not in g:
            forms["dfrac"] = g.replace("\\frac", "\\dfrac")
        if "=" not in g and "<" not in g and ">" not in g and len(g) < 40 and not re.search(r"[a-zA-Z]{4,}", g):
            forms["prefix"] = f"y = {g}"
    return {k: v for k, v in forms.items() if k == "exact" or v.strip() != g}


def wrong_forms(gold: str, rng: random.Random) -> dict[str, str]:
    g = gold.strip()
    kind = shape(g)
    forms: dict[str, str] = {}
    if kind in ("int", "dec"):
        x = _num(g)
        forms["off_by_one"] = _fmt(x + rng.choice((-1, 1)))
        if x != 0:
            forms["sign_flip"] = _fmt(-x)
    elif kind == "frac":
        m = _FRAC.match(g)
        sign, p, q = m.group(1), int(m.group(2)), int(m.group(3))
        forms["off_by_one"] = f"{sign}\\frac{{{p + 1}}}{{{q}}}"
        forms["sign_flip"] = f"{'' if sign else '-'}\\frac{{{p}}}{{{q}}}"
    elif kind == "pct":
        forms["off_by_one"] = _fmt(_num(_PCT.match(g).group(1)) + 1) + "\\%"
    elif kind == "interval":
        m = _INTERVAL.match(g)
        flip = {"[": "(", "(": "[", "]": ")", ")": "]"}
        lo_open = m.group(1) if "infty" in m.group(2) else flip[m.group(1)]
        forms["wrong_bracket"] = f"{lo_open}{m.group(2)}, {m.group(3)}{m.group(4)}"
    elif kind == "ineq":
        m = _INEQ.match(g)
        forms["sign_flip"] = f"{m.group(1)} {_LE[m.group(2)]} {m.group(3)}"
    elif kind == "list":
        items = [x.strip() for x in g.split(",")]
        forms["partial_list"] = ", ".join(items[:-1])
        forms["off_by_one"] = ", ".join(items[:-1] + [_fmt(_num(items[-1]) + 1)])
    if not forms or kind == "other":
        bumped = _bump_digit(g)
        forms["off_by_one"] = bumped if bumped != g else f"-({g})"
    return {k: v for k, v in forms.items() if v.strip() != g}


def _bump_digit(g: str) -> str:
    m = re.search(r"\d", g)
    if not m:
        return g
    d = str((int(m.group()) + 1) % 10)
    return g[: m.start()] + d + g[m.end():]


def _interval_to_ineq(g: str, rng: random.Random) -> str | None:
    m = _INTERVAL.match(g)
    lb, lo, hi, rb = m.groups()
    v = rng.choice(("x", "t", "a"))
    lo_inf, hi_inf = "infty" in lo, "infty" in hi
    if lo_inf and hi_inf:
        return None
    lop = "<" if lb == "(" else "\\le"
    hop = "<" if rb == ")" else "\\le"
    if lo_inf:
        return f"{v} {hop} {hi}"
    if hi_inf:
        gop = ">" if lb == "(" else "\\ge"
        return f"{v} {gop} {lo}"
    return f"{lo} {lop} {v} {hop} {hi}"


def _ineq_to_interval(g: str) -> str:
    m = _INEQ.match(g)
    _, op, val = m.groups()
    strict = op in _OPENS
    if op in (">", "\\geq", "\\ge", "\\geqslant"):
        return f"{'(' if strict else '['}{val}, +\\infty)"
    return f"(-\\infty, {val}{')' if strict else ']'}"


def response_text(answer: str, rng: random.Random) -> str:
    steps = rng.sample(_STEPS, 2)
    return f"{steps[0]} {steps[1]}\n\nTherefore, the final answer is $\\boxed{{{answer}}}$."


def strict_baseline(answer: str, gold: str) -> bool:
    """The deliberately strict reference: exact string match after stripping outer whitespace."""
    return answer.strip() == gold.strip()


def synth_one(gold: str, question: str | None, rng: random.Random, p_correct: float,
              exact_weight: float = 0.4) -> tuple[str, str, str, bool]:
    """-> (response, boxed answer, form name, correct by construction)."""
    correct = rng.random() < p_correct
    if correct:
        forms = correct_forms(gold, question, rng)
        others = [k for k in forms if k != "exact"]
        name = "exact" if not others or rng.random() < exact_weight else rng.choice(others)
    else:
        forms = wrong_forms(gold, rng)
        name = rng.choice(sorted(forms))
    answer = forms[name]
    return response_text(answer, rng), answer, name, correct


def synth_rollouts(prompts: Iterable[dict], n: int = 4, seed: int = 0) -> list[dict]:
    """`prompts`: dicts with prompt_id, question, ground_truth and optional data_source."""
    out = []
    for p in prompts:
        rng = random.Random(f"verigrade-synth:{seed}:{p['prompt_id']}")
        p_correct = rng.choice((0.15, 0.4, 0.6, 0.8, 0.95))  # a spread of prompt difficulties
        for k in range(n):
            resp, ans, form, ok = synth_one(p["ground_truth"], p.get("question"), rng, p_correct)
            out.append({
                "prompt_id": p["prompt_id"], "sample": k, "data_source": p.get("data_source"),
                "question": p.get("question"), "ground_truth": p["ground_truth"], "response": resp,
                "reference_rule_score": strict_baseline(ans, p["ground_truth"]),
                "synth_form": form, "synth_correct": ok,
            })
    return out


def responses_for(golds: list[str], questions: list[str | None], seed: int = 0) -> list[str]:
    """One synthetic response per row (for batch tests): row i is seeded by (seed, i)."""
    out = []
    for i, (g, q) in enumerate(zip(golds, questions)):
        rng = random.Random(f"verigrade-synth-row:{seed}:{i}")
        out.append(synth_one(g, q, rng, 0.6)[0])
    return out


def bigmath_prompts(path: str, count: int, seed: int = 0, max_question_chars: int = 500,
                    max_gold_chars: int = 40) -> list[dict]:
    """Pick `count` prompts from a verl-layout parquet, spread over gold shapes (needs pyarrow)."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    cands = []
    for i, r in enumerate(rows):
        gold = (r.get("reward_model") or {}).get("ground_truth")
        q = (r.get("extra_info") or {}).get("question")
        if not isinstance(gold, str) or not gold.strip() or not q or len(q) > max_question_chars:
            continue
        if len(gold) > max_gold_chars:
            continue
        cands.append({"prompt_id": f"bigmath-{(r.get('extra_info') or {}).get('index', i)}", "question": q,
                      "ground_truth": gold.strip(), "data_source": r.get("source") or r.get("data_source")})
    rng = random.Random(f"verigrade-synth-pick:{seed}")
    by_shape: dict[str, list] = {}
    for c in cands:
        by_shape.setdefault(shape(c["ground_truth"]), []).append(c)
    order = ["int", "frac", "dec", "pct", "interval", "ineq", "list", "other"]
    quota = {"int": 0.25, "frac": 0.15, "dec": 0.1, "pct": 0.08, "interval": 0.12, "ineq": 0.1, "list": 0.1,
             "other": 0.1}
    picked: list[dict] = []
    for name in order:
        pool = by_shape.get(name, [])
        k = min(len(pool), max(1, round(quota[name] * count)))
        picked += rng.sample(pool, k)
    picked = picked[:count]
    rest = [c for c in cands if c not in picked]
    if len(picked) < count:
        picked += rng.sample(rest, min(count - len(picked), len(rest)))
    picked.sort(key=lambda c: int(c["prompt_id"].split("-")[1]))
    return picked


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m verigrade.audit.synth", description=__doc__.split("\n\n")[0])
    ap.add_argument("parquet", help="a verl-layout parquet with reward_model.ground_truth and extra_info.question")
    ap.add_argument("-o", "--output", required=True, help="JSONL file to write")
    ap.add_argument("--prompts", type=int, default=40)
    ap.add_argument("--n", type=int, default=4, help="responses per prompt (group size)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rows = synth_rollouts(bigmath_prompts(args.parquet, args.prompts, args.seed), args.n, args.seed)
    with open(args.output, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
