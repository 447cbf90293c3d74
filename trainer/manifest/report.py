"""`report RUN --html OUT`: one self-contained HTML page a reviewer can read or file.

The consent funnel as an inline SVG bar chart, the privacy statement in plain words with a
glossary, the redaction counts, the split, the outputs with their digests and the result of
`verify`. No scripts, fonts or images are fetched: everything is inline. Every value from the
manifest is HTML-escaped; a manifest holds ids, counts and digests, never post text.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path
from typing import Any

from trainer.fileio import atomic_write
from trainer.manifest import show, verify
from trainer.manifest.io import read_manifest

# Colours the screenshot test looks for: kept (green), excluded (red), read (grey).
KEPT, EXCLUDED, READ = "#16a34a", "#dc2626", "#6b7280"
OK_BG, FAIL_BG, WARN_BG = "#dcfce7", "#fee2e2", "#fef3c7"

GLOSSARY = (
    ("Privacy unit", "Whose data the guarantee protects as one: with unit = member, all of one "
                     "member's posts together, so adding or removing a whole member is covered."),
    ("Sample rate (q)", "The chance that each unit is picked for a training step (Poisson "
                        "sampling); each step sees about q times the number of units."),
    ("Noise multiplier (σ)", "How much Gaussian noise is added to each step's summed gradient, "
                             "relative to the clipping bound. More noise: more privacy, "
                             "less accuracy."),
    ("Clipping bound (max grad norm)", "The most any one unit can move the model in one step; "
                                       "the noise is scaled to it."),
    ("Epsilon (ε)", "The privacy loss: any one unit changes the probability of any outcome of "
                    "training by at most a factor e^ε. Smaller is stronger; ε ≤ 1 is strong, "
                    "ε ≈ 8 is a common upper limit."),
    ("Delta (δ)", "The small probability that the ε bound does not hold. It should be far "
                  "below 1 / number of units."),
    ("Accountant", "The method that adds up the privacy lost over all steps (PRV is tight, "
                   "RDP a slightly looser upper bound)."),
)

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:24px auto;max-width:960px;color:#111827;
background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid
#e5e7eb}
table{border-collapse:collapse}td,th{padding:3px 10px 3px 0;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px;word-break:break-all}
.box{padding:10px 14px;border-radius:6px;margin:10px 0}
.ok{background:OK_BG}.fail{background:FAIL_BG}.warn{background:WARN_BG;font-weight:600}
dt{font-weight:600}dd{margin:0 0 6px 16px}.muted{color:#6b7280}
""".replace("OK_BG", OK_BG).replace("FAIL_BG", FAIL_BG).replace("WARN_BG", WARN_BG)


def render_html(run_dir: Path | str, *, key: str | None) -> str:
    """The report page for the run in `run_dir`; verification as `verify` would run it."""
    run_dir = Path(run_dir)
    m = read_manifest(run_dir)
    s = show.summarize(m)
    report = verify.verify_run(run_dir, key=key, check_data=False)
    run = s["run"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Run {_e(run.get('id'))}: consent and privacy report</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Run {_e(run.get('id'))}</h1>",
        f'<p class="muted">status {_e(run.get("status"))} · started {_e(run.get("started_at"))}'
        f' · ended {_e(run.get("ended_at") or "-")}'
        + (" · dry run (no training)" if run.get("dry_run") else "") + "</p>",
    ]
    parts += [f'<div class="box warn">{_e(w)}</div>' for w in show.warnings(s)]
    parts += _verification(report)
    parts += _funnel(s)
    parts += _privacy(s)
    parts += _redaction(s)
    parts += _outputs(s)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_html(run_dir: Path | str, out: Path | str, *, key: str | None) -> Path:
    """Render the report of `run_dir` into the file `out` (mode 0644: it is meant to be shared)."""
    return atomic_write(Path(out), render_html(run_dir, key=key), mode=0o644)


def _n(value: Any) -> str:
    """Counts with thousands separators, for people."""
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _verification(report: verify.VerifyReport) -> list[str]:
    failed = report.by_status("failed")
    checked = len(report.checks) - len(report.by_status("skipped"))
    if failed:
        head = f"Verification FAILED: {len(failed)} of {checked} checks"
    else:
        head = f"Verification OK: {checked} checks passed ({verify.proves(report)})"
    items = [c.message for c in failed]
    items += [f"WARNING: {c.message}" for c in report.by_status("warning")]
    items += [f"not checked: {c.message}" for c in report.by_status("skipped")]
    body = "".join(f"<li>{_e(i)}</li>" for i in items)
    return ["<h2>Verification</h2>",
            f'<div class="box {"fail" if failed else "ok"}" id="verification">'
            f"<strong>{_e(head)}</strong>" + (f"<ul>{body}</ul>" if body else "") + "</div>"]


def funnel_svg(f: dict[str, Any]) -> str:
    """Horizontal bars: posts read, each exclusion reason with posts, posts eligible."""
    rows = [("posts read", f["posts_read"] or 0, READ)]
    order = [r for r in verify.REASONS if r in f["excluded"]]
    order += sorted(f["excluded"].keys() - set(order))
    rows += [(f"excluded: {r}", f["excluded"][r], EXCLUDED) for r in order if f["excluded"][r]]
    rows.append(("eligible posts", f["included_posts"] or 0, KEPT))
    top = max(1, max(n for _, n, _ in rows))
    label_w, bar_w, row_h = 260, 560, 26
    height = row_h * len(rows) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" '
           f'height="{height}" role="img" aria-label="consent funnel">']
    for i, (label, n, colour) in enumerate(rows):
        y = 5 + i * row_h
        w = max(2, round(bar_w * n / top)) if n else 0
        out += [f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13">'
                f"{_e(label)}</text>",
                f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" '
                f'fill="{colour}"/>',
                f'<text x="{label_w + w + 6}" y="{y + 17}" font-size="13">{n:,}</text>']
    out.append("</svg>")
    return "".join(out)


def _funnel(s: dict[str, Any]) -> list[str]:
    f = s["funnel"]
    if not f:
        return ["<h2>Consent funnel</h2>", f"<p>{_e(show.absent('data', s['run']))}</p>"]
    parts = ["<h2>Consent funnel</h2>",
             "<p>Every post read, the rule that excluded it (first failing rule), and the posts "
             "left eligible: consented at the snapshot and not withdrawn or deleted by the time "
             "the data was read.</p>", funnel_svg(f)]
    members = f.get("included_members")
    split = s.get("split")
    facts = [("members with eligible posts", members)]
    if split:
        facts += [("trained on (members)", split["train_members"]),
                  ("held out for evaluation (members)", split["eval_members"])]
    q = f.get("quarantined") or {}
    facts += [(f"quarantined {k} rows", v) for k, v in q.items()]
    parts.append("<table>" + "".join(f"<tr><td>{_e(k)}</td><td class=n>{_e(_n(v))}</td></tr>"
                                     for k, v in facts) + "</table>")
    consent = s.get("consent") or {}
    if consent:
        parts.append(f'<p class="muted">consent as of {_e(consent.get("snapshot_at"))}; data '
                     f'read at {_e(consent.get("read_at", "(not recorded)"))}; setting '
                     f'{_e(consent.get("setting"))}</p>')
    return parts


def plain_statement(p: dict[str, Any], no_guarantee: str | None) -> str:
    """The guarantee in plain words, or why there is none."""
    if no_guarantee:
        return show.WARNINGS[no_guarantee]
    eps, delta, unit = p.get("epsilon"), p.get("delta"), p.get("unit")
    if eps is None:
        return "Unbounded epsilon: this run gives no meaningful privacy guarantee."
    who = "member (all of a member's posts together)" if unit == "member" else str(unit)
    factor = math.exp(eps) if eps < 700 else math.inf
    shown = f"{factor:,.0f}" if 100 <= factor < math.inf else f"{factor:.3g}"
    return (f"Whether or not any one {who} was in the training data, the probability of any "
            f"adapter (and of any suggestion generated from it) changed by at most a factor "
            f"of {shown} (e^ε, ε = {eps:.3g}), except with probability δ = {delta:g}.")


def _privacy(s: dict[str, Any]) -> list[str]:
    p = s["privacy"]
    parts = ["<h2>Privacy</h2>"]
    if not p:
        return parts + [f"<p>{_e(show.absent('privacy', s['run']))}</p>"]
    parts.append(f'<p id="statement"><strong>{_e(plain_statement(p, s["guarantee"]))}'
                 "</strong></p>")
    rows = [(label, value) for label, value in show.privacy_rows(p, s["guarantee"])]
    parts.append("<table>" + "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>"
                                     for k, v in rows) + "</table>")
    not_covered = p.get("not_covered") or []
    if not_covered:
        parts.append("<p>Released without differential privacy (not covered above):</p><ul>"
                     + "".join(f"<li>{_e(n.get('item'))}: {_e(n.get('why'))}</li>"
                               for n in not_covered if isinstance(n, dict)) + "</ul>")
    parts.append("<h2>Glossary</h2><dl>" + "".join(f"<dt>{_e(t)}</dt><dd>{_e(d)}</dd>"
                                                     for t, d in GLOSSARY) + "</dl>")
    return parts


def _redaction(s: dict[str, Any]) -> list[str]:
    r = s["redaction"]
    parts = ["<h2>Redaction</h2>"]
    if not r:
        return parts + [f"<p>{_e(show.absent('redaction', s['run']))}</p>"]
    counts = sorted((r.get("counts") or {}).items())
    rows = [("texts scanned", r.get("texts"))] + [(f"{k} replaced", v) for k, v in counts]
    rows += [(label, r[key]) for key, label in (("engine_version", "redaction engine"),
                                                ("rule_files", "rule files"),
                                                ("name_tagger", "name tagger")) if r.get(key)]
    return parts + ["<table>" + "".join(f"<tr><td>{_e(k)}</td><td class=n>{_e(_n(v))}</td></tr>"
                                        for k, v in rows) + "</table>"]


def _outputs(s: dict[str, Any]) -> list[str]:
    outputs = s["outputs"]
    integrity = s["integrity"]
    parts = ["<h2>Outputs</h2>"]
    if outputs:
        parts.append("<table><tr><th>file</th><th>bytes</th><th>sha256</th></tr>" + "".join(
            f"<tr><td>{_e(o['path'])}</td><td class=n>{_e(o['bytes'])}</td>"
            f"<td><code>{_e(o['sha256'])}</code></td></tr>" for o in outputs) + "</table>")
    else:
        parts.append("<p>none</p>")
    signed = "signed (HMAC)" if integrity.get("hmac_sha256") else \
        "unsigned: integrity only, not authenticity"
    parts.append(f"<p>manifest sha256 <code>{_e(integrity.get('sha256'))}</code> · {signed}</p>")
    return parts
