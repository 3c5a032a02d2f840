"""Render an audit (the JSON from `core.audit_json`) as a self-contained HTML page or a Markdown summary.

The HTML has no external resources: CSS inline, plots as base64 PNGs drawn with matplotlib's Agg backend
(the `audit` extra). Markdown needs nothing beyond the standard library.
"""
from __future__ import annotations

import base64
import html
import io
from typing import Any

_COLORS = {"1": "#4e79a7", "2": "#f28e2b", "3": "#e15759", "4": "#76b7b2", "5": "#59a14f", "6": "#edc948",
           "7": "#b07aa1", "u": "#9c9c9c"}
_KIND_COLORS = {"all_zero": "#d9534f", "mixed": "#5cb85c", "all_one": "#337ab7", "uniform_other": "#bbbbbb"}
_KIND_LABELS = {"all_zero": "all-zero", "mixed": "mixed", "all_one": "all-one", "uniform_other": "uniform (other)"}
MAX_SOURCES_PLOTTED = 10


# ------------------------------------------------------------------------------------------------ plots
def _plt():
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError("the HTML report draws plots with matplotlib: pip install -e '.[audit]' "
                           "(or use --format md)") from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 9, "axes.spines.top": False, "axes.spines.right": False})
    return plt


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plot_categories(data: dict) -> str | None:
    subs = data["categories"]["subcategories"]
    if not subs:
        return None
    plt = _plt()
    labels = [s["sub"] for s in subs][::-1]
    counts = [s["count"] for s in subs][::-1]
    colors = [_COLORS.get(s["code"].split(".")[0], _COLORS["u"]) for s in subs][::-1]
    fig, ax = plt.subplots(figsize=(7.5, 0.3 * max(len(labels), 3) + 0.9))
    bars = ax.barh(range(len(labels)), counts, color=colors, height=0.7)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(-0.5 - max(0, 3 - len(labels)) / 2, len(labels) - 0.5 + max(0, 3 - len(labels)) / 2)
    for b, c in zip(bars, counts):
        ax.text(b.get_width(), b.get_y() + b.get_height() / 2, f" {c}", va="center", fontsize=8)
    _integer_x(ax)
    ax.set_xlabel("recovered false negatives")
    ax.set_title("Recovered false negatives by taxonomy sub-category", loc="left", fontsize=10)
    ax.margins(x=0.12)
    tops = list(dict.fromkeys(s["category"] for s in subs))
    from matplotlib.patches import Patch

    ax.legend([Patch(color=_COLORS.get(t.split(" ")[0], _COLORS["u"])) for t in tops], tops, loc="best",
              frameon=False, fontsize=8)
    return _png(fig)


def _integer_x(ax) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def _top_sources(by_source: dict, key) -> list[str]:
    names = sorted(by_source, key=key, reverse=True)
    return names[:MAX_SOURCES_PLOTTED]


def plot_sources(data: dict) -> str | None:
    by = data["by_source"]
    names = [s for s in _top_sources(by, lambda s: by[s]["baseline_rejected"]) if by[s]["baseline_rejected"]]
    if not names or list(by) == ["(none)"]:  # no data source column: the totals say it all
        return None
    plt = _plt()
    rates = [100 * by[s]["fn_rate"] for s in names]
    fig, ax = plt.subplots(figsize=(7.5, 0.3 * max(len(names), 3) + 1.0))
    bars = ax.barh(range(len(names)), rates[::-1], color="#4e79a7", height=0.7)
    ax.set_yticks(range(len(names)), names[::-1])
    ax.set_ylim(-0.5 - max(0, 3 - len(names)) / 2, len(names) - 0.5 + max(0, 3 - len(names)) / 2)
    for b, s in zip(bars, names[::-1]):
        ax.text(b.get_width(), b.get_y() + b.get_height() / 2,
                f" {by[s]['recovered']}/{by[s]['baseline_rejected']}", va="center", fontsize=8)
    ax.set_xlim(0, max(100, max(rates) * 1.15))
    ax.set_xlabel("% of baseline rejections that verigrade accepts (recovered / rejected)")
    ax.set_title("False-negative rate of the baseline, by data source", loc="left", fontsize=10)
    return _png(fig)


def plot_signal(data: dict) -> str:
    plt = _plt()
    sig = data["signal"]
    by = sig["by_source"]
    scopes = [("overall", sig["overall"])]
    if len(by) > 1:
        scopes += [(s, by[s]) for s in _top_sources(by, lambda s: by[s]["groups"])]
    fig, ax = plt.subplots(figsize=(1.1 * len(scopes) + 2.6, 3.6))
    width, xs, ticks = 0.38, [], []
    for i, (name, blk) in enumerate(scopes):
        for j, side in enumerate(("baseline", "verigrade")):
            x = i + (j - 0.5) * (width + 0.04)
            n = blk["groups"] or 1
            bottom = 0.0
            for kind in ("all_zero", "mixed", "all_one", "uniform_other"):
                share = 100 * blk[side][kind] / n
                if share:
                    ax.bar(x, share, width, bottom=bottom, color=_KIND_COLORS[kind],
                           label=_KIND_LABELS[kind] if (i, j) == (0, 0) else None)
                    if share >= 8:
                        ax.text(x, bottom + share / 2, f"{blk[side][kind]}", ha="center", va="center",
                                fontsize=7, color="white")
                bottom += share
            ax.text(x, 101, "B" if side == "baseline" else "V", ha="center", va="bottom", fontsize=7)
        xs.append(i)
        ticks.append(f"{name}\n({blk['groups']} groups)")
    ax.set_xticks(xs, ticks, fontsize=8)
    ax.set_xlim(-0.7, len(scopes) - 0.3)
    ax.set_ylabel("% of groups")
    ax.set_ylim(0, 108)
    ax.set_title("GRPO groups by reward pattern: B = baseline, V = verigrade", loc="left", fontsize=10)
    handles, labels = ax.get_legend_handles_labels()
    seen = {}
    for h, lab in zip(handles, labels):
        seen.setdefault(lab, h)
    ax.legend(seen.values(), seen.keys(), loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return _png(fig)


# ------------------------------------------------------------------------------------------------ HTML
_CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1100px;
color:#222;padding:0 16px;font-size:14px;line-height:1.4}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.sub{color:#666;margin-bottom:16px}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:140px;background:#fafafa}
.card .v{font-size:20px;font-weight:600}.card .k{color:#666;font-size:12px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ddd;padding:3px 8px;
text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:Menlo,Consolas,monospace;font-size:12px;background:#f6f6f6;padding:0 2px;word-break:break-word}
img{max-width:100%;display:block;margin:8px 0}.rec{color:#2e7d32;font-weight:600}.rej{color:#c62828;font-weight:600}
.small{font-size:12px;color:#555}details summary{cursor:pointer;color:#555}.dis td{max-width:260px}
"""


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x))


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def _img(b64: str | None, alt: str) -> str:
    return f'<img src="data:image/png;base64,{b64}" alt="{_e(alt)}">' if b64 else f'<p class="small">({_e(alt)}: nothing to plot; no data source column or no rejections)</p>'


def _table(head: list[str], rows: list[list[Any]], num_cols: set[int] = frozenset(), cls: str = "") -> str:
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{c}</td>' if i in num_cols else f"<td>{c}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _signal_rows(data: dict, esc=_e) -> list[list[Any]]:
    sig = data["signal"]
    by = sig["by_source"]
    scopes = [("overall", sig["overall"])] + (list(by.items()) if len(by) > 1 or "(none)" not in by else [])
    rows = []
    for name, b in scopes:
        bs, vs = b["baseline"], b["verigrade"]
        rows.append([esc(name), b["groups"], f"{bs['all_zero']} → {vs['all_zero']}", f"{bs['mixed']} → {vs['mixed']}",
                     f"{bs['all_one']} → {vs['all_one']}", b["zero_to_mixed"],
                     f"{bs['reward_mean']:.3f} → {vs['reward_mean']:.3f}",
                     f"{bs['mean_group_variance']:.4f} → {vs['mean_group_variance']:.4f}"])
    return rows


def render_html(data: dict, plots: bool = True) -> str:
    t, sig = data["totals"], data["signal"]["overall"]
    where = next((k for d in data["disagreements"] for k in ("line", "row") if k in d), "line")
    cards = [
        ("responses", f"{t['responses']}"), ("groups", f"{sig['groups']}"),
        ("baseline accuracy", _pct(t["baseline_accuracy"])), ("verigrade accuracy", _pct(t["verigrade_accuracy"])),
        ("recovered false negatives", f"{t['recovered']} ({_pct(t['fn_rate'])} of rejections)"),
        ("newly rejected", f"{t['rejected']}"),
        ("all-zero → mixed groups", f"{sig['zero_to_mixed']}"),
        ("mixed groups", f"{sig['baseline']['mixed']} → {sig['verigrade']['mixed']}"),
    ]
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>verigrade audit: {_e(data['input'])}</title>"
             f"<style>{_CSS}</style></head><body>",
             f"<h1>verigrade audit</h1><div class='sub'><code>{_e(data['input'])}</code> · baseline "
             f"<b>{_e(data['baseline'])}</b> vs verigrade mode <b>{_e(data['verigrade_mode'])}</b>"
             + (f" · {len(data['bad_rows'])} bad rows skipped" if data["bad_rows"] else "") + "</div>",
             "<div class='cards'>" + "".join(
                 f"<div class='card'><div class='v'>{_e(v)}</div><div class='k'>{_e(k)}</div></div>" for k, v in cards)
             + "</div>"]
    cats = data["categories"]
    parts.append(f"<h2>Recovered false negatives by category ({cats['recovered']})</h2>")
    if plots:
        parts.append(_img(plot_categories(data), "category bars"))
    parts.append(_table(["category", "sub-category", "count", "share"],
                        [[_e(s["category"]), _e(s["sub"]), s["count"], _pct(s["share"])] for s in cats["subcategories"]],
                        {2, 3}))
    parts.append("<h2>By data source</h2>")
    if plots:
        parts.append(_img(plot_sources(data), "per-source FN rates"))
    parts.append(_table(
        ["source", "responses", "baseline acc.", "verigrade acc.", "baseline rejected", "recovered", "FN rate",
         "newly rejected"],
        [[_e(s), c["responses"], _pct(c["baseline_accuracy"]), _pct(c["verigrade_accuracy"]), c["baseline_rejected"],
          c["recovered"], _pct(c["fn_rate"]), c["rejected"]] for s, c in data["by_source"].items()],
        {1, 2, 3, 4, 5, 6, 7}))
    parts.append("<h2>GRPO learning signal</h2><p class='small'>A group (one prompt's responses) whose rewards are "
                 "all equal has zero advantage in GRPO and teaches nothing; mixed groups carry the gradient. "
                 "Cells read baseline → verigrade.</p>")
    if plots:
        parts.append(_img(plot_signal(data), "group signal before/after"))
    parts.append(_table(["scope", "groups", "all-zero", "mixed", "all-one", "all-zero → mixed", "reward mean",
                         "mean group variance"], _signal_rows(data), {1, 2, 3, 4, 5, 6, 7}))
    dis = data["disagreements"]
    parts.append(f"<h2>Disagreements ({len(dis)})</h2><p class='small'><span class='rec'>recovered</span>: verigrade "
                 "accepts what the baseline rejected (a false negative of the baseline, categorised); "
                 "<span class='rej'>rejected</span>: verigrade rejects what the baseline accepted.</p>")
    rows = []
    for d in dis:
        v, b, c = d["verigrade"], d["baseline"], d["category"]
        bdesc = f"{b['score']:g}" + (f" <span class='small'>{_e(b.get('method'))}</span>" if b.get("method") else "")
        vdesc = (f"{'✔' if v['correct'] else '✘'} <code>{_e(v['method'])}</code><br><span class='small'>"
                 f"{_e(v['reason'])}</span>")
        q = (f"<details><summary>question</summary><span class='small'>{_e(d['question'])}</span></details>"
             if d.get("question") else "")
        rows.append([d.get(where, ""), f"<span class='{d['direction'][:3]}'>{_e(d['direction'])}</span>",
                     _e(d["source"]) + q, f"<code>{_e(d['gold'])}</code>", f"<code>{_e(d['answer'])}</code>", bdesc,
                     vdesc, _e(c["sub"]) if c else "—"])
    parts.append(_table([where, "direction", "source", "gold", "answer", "baseline", "verigrade", "category"], rows,
                        {0}, cls="dis"))
    if data["bad_rows"]:
        parts.append("<h2>Bad rows (skipped)</h2>" + _table(
            [where, "why"], [[r.get(where, r.get("line", r.get("row"))), _e(r["why"])] for r in data["bad_rows"]], {0}))
    parts.append("</body></html>")
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------------ Markdown
def _md_table(head: list[str], rows: list[list[Any]]) -> str:
    def cell(x: Any) -> str:
        return str(x).replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render_md(data: dict, max_disagreements: int = 20) -> str:
    t, sig = data["totals"], data["signal"]["overall"]
    lines = [f"# verigrade audit: {data['input']}", "",
             f"baseline **{data['baseline']}** vs verigrade mode **{data['verigrade_mode']}** · "
             f"{t['responses']} responses in {sig['groups']} groups"
             + (f" · {len(data['bad_rows'])} bad rows skipped" if data["bad_rows"] else ""), "",
             _md_table(["", "baseline", "verigrade"], [
                 ["accuracy", _pct(t["baseline_accuracy"]), _pct(t["verigrade_accuracy"])],
                 ["correct", t["baseline_correct"], t["verigrade_correct"]],
                 ["mixed groups", sig["baseline"]["mixed"], sig["verigrade"]["mixed"]],
                 ["all-zero groups", sig["baseline"]["all_zero"], sig["verigrade"]["all_zero"]],
                 ["all-one groups", sig["baseline"]["all_one"], sig["verigrade"]["all_one"]],
                 ["reward mean", f"{sig['baseline']['reward_mean']:.3f}", f"{sig['verigrade']['reward_mean']:.3f}"],
                 ["mean group variance", f"{sig['baseline']['mean_group_variance']:.4f}",
                  f"{sig['verigrade']['mean_group_variance']:.4f}"],
             ]), "",
             f"Recovered false negatives: **{t['recovered']}** of {t['baseline_rejected']} baseline rejections "
             f"({_pct(t['fn_rate'])}); newly rejected: **{t['rejected']}**; all-zero → mixed groups: "
             f"**{sig['zero_to_mixed']}**.", ""]
    subs = data["categories"]["subcategories"]
    if subs:
        lines += ["## Recovered false negatives by category", "",
                  _md_table(["sub-category", "count", "share"], [[s["sub"], s["count"], _pct(s["share"])] for s in subs]),
                  ""]
    lines += ["## By data source", "", _md_table(
        ["source", "responses", "baseline rejected", "recovered", "FN rate", "newly rejected"],
        [[s, c["responses"], c["baseline_rejected"], c["recovered"], _pct(c["fn_rate"]), c["rejected"]]
         for s, c in data["by_source"].items()]), "",
        "## GRPO learning signal (baseline → verigrade)", "",
        _md_table(["scope", "groups", "all-zero", "mixed", "all-one", "all-zero → mixed", "reward mean", "mean var"],
                  _signal_rows(data, str)), ""]
    dis = data["disagreements"]
    if dis:
        where = next((k for k in ("line", "row") if k in dis[0]), "line")
        shown = dis[:max_disagreements]
        lines += [f"## Disagreements ({len(dis)}" + (f", first {len(shown)}" if len(shown) < len(dis) else "") + ")",
                  "", _md_table([where, "direction", "gold", "answer", "verigrade", "category"], [
                      [d.get(where, ""), d["direction"], f"`{d['gold']}`", f"`{d['answer']}`",
                       f"{d['verigrade']['method']}: {d['verigrade']['reason']}",
                       d["category"]["sub"] if d["category"] else "—"] for d in shown]), ""]
    return "\n".join(lines)
