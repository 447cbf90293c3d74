"""A reviewer's summary of one manifest: who was in, who was out and why, what privacy was spent.

`summarize` picks the facts (JSON-able); `render_table` and `render_markdown` lay them out.
Only ids, counts, digests and settings appear: a manifest holds no post text or names.
"""

from __future__ import annotations

import json
from typing import Any

from trainer.manifest.io import json_safe, manifest_digest
from trainer.manifest.verify import REASONS, guarantee
from trainer.registry.retire import retirement_note

FORMATS = ("table", "json", "markdown")
LATE_SECTIONS = ("privacy", "model", "metrics")


def summarize(m: dict[str, Any]) -> dict[str, Any]:
    """The facts `show` prints, as one JSON-able dict (sections None where not recorded)."""
    run, data, p = m.get("run") or {}, m.get("data"), m.get("privacy")
    config = m.get("config") or {}
    summary: dict[str, Any] = {
        "run": {k: run.get(k) for k in ("id", "status", "error", "started_at", "ended_at",
                                        "dry_run", "seed", "host", "git", "sweep_id", "job_num",
                                        "resumed_from")},
        "overrides": config.get("overrides", []),
        "consent": m.get("consent"),
        "funnel": None,
        "split": None,
        "redaction": m.get("redaction") and _redaction_facts(m["redaction"]),
        "privacy": p and {k: v for k, v in p.items() if k != "history"},
        "model": m.get("model"),
        "metrics": m.get("metrics"),
        "outputs": m.get("outputs") or [],
        "integrity": dict(m.get("integrity") or {}),
        "guarantee": guarantee(m),
        "acknowledgements": (m.get("consent") or {}).get("acknowledgements") or [],
        "retired": retirement_note(m),  # from the registry's retirement log; None if not retired
    }
    recorded = summary["integrity"].get("sha256")
    summary["integrity"]["digest_matches"] = recorded == manifest_digest(json_safe(m))
    if isinstance(data, dict):
        summary["funnel"] = {
            "posts_read": data.get("posts_read"),
            "excluded": data.get("excluded") or {},
            "included_posts": (data.get("included_posts") or {}).get("count"),
            "included_members": (data.get("included_members") or {}).get("count"),
            "quarantined": data.get("quarantined") or {},
            "sources": data.get("sources") or [],
        }
        split = data.get("split")
        if isinstance(split, dict):
            summary["split"] = {k: (split.get(k) or {}).get("count")
                                for k in ("train_members", "eval_members")}
    return summary


def absent(section: str, run: dict[str, Any]) -> str:
    """Why a section is null: a dry run skips training; a failed run stopped before the stage."""
    if run.get("dry_run") and section in LATE_SECTIONS:
        return "not run (dry run)"
    status = run.get("status")
    if status == "running":
        return "not yet recorded (run in progress)"
    if status in ("failed", "interrupted"):
        return f"not recorded (run {status} before this stage)"
    return "not recorded"


WARNINGS = {
    "non_private": "NOT DIFFERENTIALLY PRIVATE: privacy.dp is false (no clipping, no noise); the "
                   "adapter may reveal any member's posts",
    "reproducible": "NO DP GUARANTEE: privacy.reproducible_noise is true: the noise was derived "
                    "from the recorded seed (for tests only), so anyone holding this manifest "
                    "can remove it",
}


def warnings(s: dict[str, Any]) -> list[str]:
    """Lines that must come before anything else: the run disclaims its privacy guarantee."""
    return [WARNINGS[s["guarantee"]]] if s.get("guarantee") else []


def sections(s: dict[str, Any]) -> list[tuple[str, list[tuple[str, str]] | str]]:
    """Titled sections of (label, value) rows, or a one-line note where a section is absent."""
    run = s["run"]
    git = run.get("git") or {}
    commit = git.get("commit")
    code = "not a git checkout" if commit is None else (
        commit[:12] + (" (dirty)" if git.get("dirty") else ""))
    rows = [("run", str(run["id"])), ("status", str(run["status"]))]
    if s.get("retired"):
        r = s["retired"]
        rows.append(("RETIRED", r.get("error") or f"{r['retired_at']}: {r['reason']} (adapter "
                                                  "refused; see python -m trainer.registry)"))
    if run.get("dry_run"):
        rows.append(("mode", "dry run (stops after redaction; no training)"))
    if run.get("error"):
        rows.append(("error", run["error"]))
    rows += [("started", str(run["started_at"])), ("ended", str(run["ended_at"] or "-")),
             ("git", code), ("host", str(run["host"])), ("seed", str(run["seed"]))]
    if run.get("resumed_from"):
        rows.append(("resumed from", f"{run['resumed_from']['run_dir']} at step "
                                     f"{run['resumed_from']['step']}"))
    if run.get("sweep_id") is not None:
        rows.append(("sweep job", f"{run['job_num']} of {run['sweep_id']}"))
    rows.append(("overrides", " ".join(s["overrides"]) or "(none)"))
    out: list[tuple[str, list[tuple[str, str]] | str]] = [("run", rows)]
    out.append(("consent", _consent(s["consent"], s["acknowledgements"]) if s["consent"]
                 else absent("consent", run)))
    out.append(("consent funnel", _funnel(s) if s["funnel"] else absent("data", run)))
    red = s["redaction"]
    out.append(("redaction", _redaction(red) if red else absent("redaction", run)))
    out.append(("privacy", privacy_rows(s["privacy"], s["guarantee"]) if s["privacy"]
                 else absent("privacy", run)))
    out.append(("model", _model(s["model"]) if s["model"] else absent("model", run)))
    out.append(("metrics", _metrics(s["metrics"]) if s["metrics"] else absent("metrics", run)))
    outputs = [(o["path"], f"{o['bytes']} bytes  sha256 {o['sha256']}") for o in s["outputs"]]
    out.append(("outputs", outputs or "none"))
    integrity = s["integrity"] or {}
    match = ("matches the manifest" if integrity.get("digest_matches") else
             "DOES NOT MATCH: edited after writing; run verify")
    hmac = ("signed (show does not check it; run verify with the key)"
            if integrity.get("hmac_sha256") else
            "unsigned: integrity only, not authenticity (anyone can recompute a sha256)")
    out.append(("integrity", [("sha256", f"{integrity.get('sha256')} ({match})"),
                              ("hmac", hmac)]))
    return out


def _consent(c: dict[str, Any], acks: list) -> list[tuple[str, str]]:
    regions = c.get("excluded_regions") or []
    rows = [(f"ACKNOWLEDGED {a.get('name')}", str(a.get("detail"))) for a in acks
             if isinstance(a, dict)]
    rows.append(("snapshot", f"{c['snapshot_at']} (from {c['snapshot_source']}): consent as of"))
    if c.get("read_at"):
        rows.append(("data read at", f"{c['read_at']}: withdrawals and deletions up to here"))
    return rows + [
        ("setting", str(c["setting"])),
        ("policy versions", ", ".join(c.get("policy_versions") or []) or "(none)"),
        ("allowed kinds", ", ".join(c.get("allowed_kinds") or [])),
        ("excluded regions", f"{len(regions)}: {', '.join(regions)}" if regions else "none"),
    ]


def _funnel(s: dict[str, Any]) -> list[tuple[str, str]]:
    f = s["funnel"]
    width = len(str(f["posts_read"]))
    order = [r for r in REASONS if r in f["excluded"]]
    order += sorted(f["excluded"].keys() - set(REASONS))
    rows = [("posts read", str(f["posts_read"]).rjust(width))]
    rows += [(f"- {reason}", str(f["excluded"][reason]).rjust(width)) for reason in order]
    rows.append(("= eligible posts", str(f["included_posts"]).rjust(width)))
    rows.append(("included members", str(f["included_members"]).rjust(width)))
    if s["split"]:
        rows.append(("split", f"train {s['split']['train_members']} members, "
                              f"eval {s['split']['eval_members']} (held out)"))
    q = f["quarantined"]
    first = [k for k in ("members", "consent") if k in q]
    names = first + sorted(q.keys() - set(first))
    rows.append(("quarantined rows", ", ".join(f"{k} {q[k]}" for k in names) or "none"))
    rows += [(f"source {src['table']}", f"{src['path']} ({src['rows']} rows, "
                                         f"sha256 {src['sha256'][:12]})") for src in f["sources"]]
    return rows


def _redaction_facts(r: dict[str, Any]) -> dict[str, Any]:
    """Texts and counts, and which rules redacted them (engine release, digest of its files)."""
    config = r.get("config") if isinstance(r.get("config"), dict) else {}
    return {"texts": r.get("texts"), "counts": r.get("counts"),
            "engine_version": config.get("engine_version"), "rule_files": config.get("rule_files"),
            "member_declined_forms": config.get("member_declined_forms"),
            "name_tagger": _tagger_line(config.get("name_tagger"))}


def _tagger_line(tagger: Any) -> str | None:
    """One line for the learned name tagger's setting (None when the manifest predates it)."""
    if not isinstance(tagger, dict):
        return None
    if not tagger.get("enabled"):
        return "off (rules only)"
    parts = [f"on, threshold {tagger.get('threshold')}", str(tagger.get("weights") or "weights ?")]
    if tagger.get("lexicon"):
        parts.append(f"word lists {tagger['lexicon']}")
    return "; ".join(parts)


def _redaction(r: dict[str, Any]) -> list[tuple[str, str]]:
    counts = sorted((r.get("counts") or {}).items())
    width = len(str(max([r["texts"], *(v for _, v in counts)])))
    rows = [("texts", str(r["texts"]).rjust(width))]
    rows += [(k, str(v).rjust(width)) for k, v in counts] or [("found", "none")]
    if r.get("engine_version"):
        rows.append(("engine", str(r["engine_version"])))
    if r.get("rule_files"):
        rows.append(("rule files", str(r["rule_files"])))
    if r.get("name_tagger"):
        rows.append(("name tagger", str(r["name_tagger"])))
    # a weakening: say it (engines before 1.14.0 gave rosters over 10,000 names no declined forms)
    if str(r.get("member_declined_forms") or "").startswith("off"):
        rows.append(("declined member names", str(r["member_declined_forms"])))
    return rows


def privacy_rows(p: dict[str, Any], no_guarantee: str | None) -> list[tuple[str, str]]:
    acks = [str(a.get("name") if isinstance(a, dict) else a)
            for a in p.get("acknowledgements") or []]
    return ([("ACKNOWLEDGED", ", ".join(acks))] if acks else []) + _privacy_rows(p, no_guarantee)


def _privacy_rows(p: dict[str, Any], no_guarantee: str | None) -> list[tuple[str, str]]:
    target = p.get("target_epsilon")
    if no_guarantee == "non_private":
        return [("epsilon", "none: not differentially private (privacy.dp: false)"),
                ("steps", f"{p.get('steps')} of {p.get('planned_steps')} planned"),
                *_posts_trained(p)]
    rows = [
        ("epsilon", ("unbounded (no privacy guarantee)" if p["epsilon"] is None else
                     f"{p['epsilon']:.4g}") + f" at delta {p['delta']:g}, per {p['unit']}"
                    + (f" (target {target:g})" if target is not None else "")),
        ("accountant", str(p["accountant"])),
        ("noise multiplier", f"{p['noise_multiplier']:.4g}"),
        ("max grad norm", f"{p['max_grad_norm']:g}"),
        ("sample rate", f"{p['sample_rate']:.4g}"),
        ("steps", f"{p['steps']} of {p['planned_steps']} planned"),
        ("units", str(p["num_units"])),
    ]
    if p.get("max_posts_per_member") is not None:
        rows.append(("max posts/member", str(p["max_posts_per_member"])))
    rows += _posts_trained(p)
    if no_guarantee == "reproducible":
        rows.append(("statement", "NONE: reproducible noise (tests only) voids the guarantee"))
    else:
        rows.append(("statement", str(p["statement"])))
    return rows


def _posts_trained(p: dict[str, Any]) -> list[tuple[str, str]]:
    """How many posts the adapter was actually trained on, beside those the cap dropped."""
    capped = p.get("posts_capped")
    dropped = f"; {capped} more dropped by the per-member cap" if capped else ""
    if p.get("posts_trained") is not None:
        return [("posts trained on", f"{p['posts_trained']} (of the training members' eligible "
                                     f"posts{dropped})")]
    if capped is not None:
        return [("posts trained on", f"not recorded{dropped}")]
    return []


def _model(m: dict[str, Any]) -> list[tuple[str, str]]:
    base, lora = m["base"], m["lora"]
    digest = base.get("sha256")
    return [
        ("base", f"{base['id']} ({base['kind']}, sha256 {digest[:12] if digest else 'n/a'})"),
        ("lora", f"r={lora['r']} alpha={lora['alpha']} dropout={lora['dropout']} "
                 f"targets {', '.join(lora['target_modules'])}"),
    ]


def _metrics(m: dict[str, Any]) -> list[tuple[str, str]]:
    def num(v: Any) -> str:
        return "n/a" if v is None else f"{v:.4g}"

    base, trained = m["base"], m["trained"]
    return [
        ("eval loss", f"base {num(base['eval_loss'])} -> trained {num(trained['eval_loss'])}"),
        ("perplexity", f"base {num(base['perplexity'])} -> trained {num(trained['perplexity'])}"),
    ]


def render_table(s: dict[str, Any]) -> str:
    """Plain aligned text, one titled block per section."""
    lines = [*warnings(s), ""] if warnings(s) else []
    for title, body in sections(s):
        lines.append(title.upper())
        if isinstance(body, str):
            lines.append(f"  {body}")
        else:
            width = max(len(label) for label, _ in body)
            lines += [f"  {label.ljust(width)}  {value}" for label, value in body]
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def render_markdown(s: dict[str, Any]) -> str:
    """One `##` heading and a two-column table per section."""
    lines = [f"# Run {s['run']['id']}", ""]
    lines += [f"**{w}**\n" for w in warnings(s)]
    for title, body in sections(s):
        lines += [f"## {title.capitalize()}", ""]
        if isinstance(body, str):
            lines.append(f"_{body}_")
        else:
            lines += ["| | |", "|---|---|"]
            lines += [f"| {_md(label)} | {_md(value)} |" for label, value in body]
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def render(m: dict[str, Any], fmt: str) -> str:
    """The summary of manifest `m` in one of FORMATS."""
    s = summarize(m)
    if fmt == "json":
        return json.dumps(s, indent=2, sort_keys=True, ensure_ascii=False)
    return render_markdown(s) if fmt == "markdown" else render_table(s)
