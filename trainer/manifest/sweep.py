"""A Hydra multirun at a glance: one row per job, the privacy spent across it, and a plot.

Jobs trained on the same members (same `included_members.txt` digest) compose: we concatenate
their accountants' histories under the jobs' own accountant (PRV or RDP; RDP when they differ),
which is valid for adaptive composition on the same data, and also give the naive sum of
epsilons (basic composition). The plot's x axis is the override that varies across the jobs
(epsilon when several vary or it is not a number); `sweep.json` keeps the summary with the
digests of every job's manifest and of the plot.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

from trainer.errors import UserError
from trainer.fileio import atomic_write
from trainer.manifest.io import MANIFEST_FILE, canonical_json, file_sha256, json_safe, read_manifest
from trainer.manifest.verify import recompute_epsilon

PLOT_FILE = "privacy_utility.png"
SUMMARY_FILE = "sweep.json"


def job_dirs(sweep_dir: Path) -> list[Path]:
    """Job folders (`0/`, `1/`, ...) holding a manifest, in job order."""
    jobs = [p for p in sweep_dir.iterdir() if p.is_dir() and p.name.isdigit()
            and (p / MANIFEST_FILE).is_file()]
    return sorted(jobs, key=lambda p: int(p.name))


def summarize_sweep(
    sweep_dir: Path | str, *, plot_path: Path | str | None = None,
    json_path: Path | str | None = None,
) -> dict[str, Any]:
    """Rows per job, the composed privacy per data set, the privacy-utility PNG and `sweep.json`.

    The plot goes to `plot_path` (default `SWEEP_DIR/privacy_utility.png`); `plot` in the result is
    None when no job has both an epsilon and an eval loss. The summary, with the digests of each
    job's manifest and of the plot, goes to `json_path` (default `SWEEP_DIR/sweep.json`).
    """
    sweep_dir = Path(sweep_dir)
    if not sweep_dir.is_dir():
        raise UserError(f"{sweep_dir}: no such sweep directory")
    jobs = job_dirs(sweep_dir)
    if not jobs:
        raise UserError(f"{sweep_dir}: no job folders with a {MANIFEST_FILE} "
                        "(expected a Hydra multirun dir: 0/, 1/, ... and multirun.yaml)")
    rows, warnings = [], []
    histories: dict[str | None, list[tuple[dict, dict]]] = {}
    for job in jobs:
        m = read_manifest(job)
        run, privacy = m.get("run") or {}, m.get("privacy")
        row = {
            "job": int(job.name),
            "overrides": (m.get("config") or {}).get("overrides", []),
            "status": run.get("status"),
            "epsilon": privacy.get("epsilon") if privacy else None,
            "delta": privacy.get("delta") if privacy else None,
            "eval_loss": ((m.get("metrics") or {}).get("trained") or {}).get("eval_loss"),
            "base_eval_loss": ((m.get("metrics") or {}).get("base") or {}).get("eval_loss"),
            "included_members_sha256": ((m.get("data") or {}).get("included_members")
                                        or {}).get("sha256"),
            "manifest_sha256": (m.get("integrity") or {}).get("sha256"),
        }
        rows.append(row)
        if privacy:
            histories.setdefault(row["included_members_sha256"], []).append((row, privacy))
        elif not run.get("dry_run") and run.get("status") != "completed" and m.get("data"):
            warnings.append(f"job {row['job']}: {row['status']} with no privacy record; any "
                            "privacy it spent before stopping is not counted below")
    totals = [_compose(members, entries) for members, entries in histories.items()]
    if len(totals) > 1:
        warnings.append("jobs used different member sets; each set's privacy is composed "
                        "separately (a member in several sets spends in each)")
    common = [o for o in rows[0]["overrides"] if all(o in r["overrides"] for r in rows)]
    varying = varying_override(rows)
    summary = {"sweep_dir": str(sweep_dir), "jobs": rows, "common_overrides": common,
               "varying": varying, "privacy_total": json_safe(totals), "warnings": warnings,
               "plot": None, "plot_sha256": None, "summary": None}
    points = [r for r in rows if r["epsilon"] is not None and r["eval_loss"] is not None]
    if points:
        path = plot_privacy_utility(points, Path(plot_path or sweep_dir / PLOT_FILE),
                                    varying=varying)
        summary["plot"], summary["plot_sha256"] = str(path), file_sha256(path)
    summary["summary"] = str(write_summary(summary, Path(json_path or sweep_dir / SUMMARY_FILE)))
    return summary


def override_values(overrides: list[str]) -> dict[str, str]:
    """`["a.b=1", "+c=x"]` -> `{"a.b": "1", "c": "x"}` (Hydra's +/++/~ prefixes dropped)."""
    out = {}
    for o in overrides:
        key, sep, value = o.partition("=")
        if sep:
            out[key.lstrip("+~")] = value
    return out


def varying_override(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one override whose value differs across jobs, with each job's value as a number
    (`{"key", "values": {job: float}}`); None when none or several vary, or one is not numeric."""
    per_job = {r["job"]: override_values(r["overrides"]) for r in rows}
    keys = sorted({k for v in per_job.values() for k in v})
    differing = [k for k in keys if len({v.get(k) for v in per_job.values()}) > 1]
    if len(differing) != 1:
        return None
    key = differing[0]
    try:
        values = {job: float(v[key]) for job, v in per_job.items()}
    except (KeyError, ValueError):
        return None
    if not all(math.isfinite(x) for x in values.values()):
        return None
    return {"key": key, "values": values}


def write_summary(summary: dict[str, Any], path: Path) -> Path:
    """`sweep.json`: the summary and a sha256 over its canonical JSON (as for manifests)."""
    body = json_safe({k: v for k, v in summary.items() if k != "summary"})
    body["varying"] = body["varying"] and {
        "key": body["varying"]["key"],
        "values": {str(j): x for j, x in body["varying"]["values"].items()}}
    body["integrity"] = {"sha256": hashlib.sha256(canonical_json(body)).hexdigest()}
    return atomic_write(path, json.dumps(body, indent=2, sort_keys=True) + "\n", mode=0o644)


def _compose(members: str | None, entries: list[tuple[dict, dict]]) -> dict[str, Any]:
    """Privacy of the jobs in `entries` together: their accountant over the joined histories,
    and the sum."""
    deltas = sorted({p["delta"] for _, p in entries})
    delta = deltas[0] if len(deltas) == 1 else sum(p["delta"] for _, p in entries)
    history = [h for _, p in entries for h in p.get("history") or []]
    kinds = {p.get("accountant") for _, p in entries}
    kind = kinds.pop() if len(kinds) == 1 and kinds <= {"prv", "rdp"} else "rdp"
    eps_joint = recompute_epsilon(accountant=kind, history=history, delta=delta)
    eps_sum = sum(math.inf if p["epsilon"] is None else p["epsilon"] for _, p in entries)
    delta_sum = sum(p["delta"] for _, p in entries)
    jobs = ", ".join(str(r["job"]) for r, _ in entries)
    how = (f"{kind.upper()} accountant over the {len(history)} concatenated history entries of "
           f"jobs {jobs} (adaptive composition on the same data), converted at delta={delta:g}")
    if len(deltas) > 1:
        how += " (the jobs' deltas differ, so their sum is used)"
    how += f"; naive sum of the jobs' epsilons (basic composition) at delta={delta_sum:g}"
    return {
        "included_members_sha256": members,
        "jobs": [r["job"] for r, _ in entries],
        "epsilon": eps_joint,
        "delta": delta,
        "accountant": kind,
        "epsilon_sum": eps_sum,
        "delta_sum": delta_sum,
        "composition": how,
    }


def plot_privacy_utility(rows: list[dict[str, Any]], path: Path, *,
                         varying: dict[str, Any] | None = None) -> Path:
    """Eval loss against the override that varies (each point labelled with its value and
    epsilon), or against epsilon (labelled with the job's overrides); writes a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    try:
        if varying:
            xs = [varying["values"][r["job"]] for r in rows]
            labels = [f"{_fmt(x)} (ε={r['epsilon']:.3g})" for x, r in zip(xs, rows, strict=True)]
            ax.set_xlabel(varying["key"])
        else:
            xs = [r["epsilon"] for r in rows]
            labels = [f"job {r['job']}" + (f": {' '.join(r['overrides'])}" if r["overrides"]
                                           else "") for r in rows]
            ax.set_xlabel("epsilon (per-unit privacy loss)")
        ax.scatter(xs, [r["eval_loss"] for r in rows])
        bases = {r.get("base_eval_loss") for r in rows} - {None}
        if len(bases) == 1:
            ax.axhline(bases.pop(), linestyle="--", color="grey", label="base model (no adapter)")
            ax.legend(loc="best")
        for x, r, label in zip(xs, rows, labels, strict=True):
            ax.annotate(label, (x, r["eval_loss"]), textcoords="offset points", xytext=(4, 4),
                        fontsize=8)
        ax.margins(x=0.3, y=0.1)  # room for the labels
        ax.set_ylabel("eval loss (held-out members)")
        ax.set_title("privacy vs utility")
        ax.grid(alpha=0.3)
        fig.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path


def _fmt(x: float) -> str:
    return f"{x:g}"
