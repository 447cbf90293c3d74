"""A Hydra multirun at a glance: one row per job, the privacy spent across it, and a plot.

Jobs trained on the same members (same `included_members.txt` digest) compose: we concatenate
their accountants' histories under the jobs' own accountant (PRV or RDP; RDP when they differ),
which is valid for adaptive composition on the same data, and also give the naive sum of
epsilons (basic composition).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from trainer.errors import UserError
from trainer.manifest.io import MANIFEST_FILE, json_safe, read_manifest
from trainer.manifest.verify import recompute_epsilon

PLOT_FILE = "privacy_utility.png"


def job_dirs(sweep_dir: Path) -> list[Path]:
    """Job folders (`0/`, `1/`, ...) holding a manifest, in job order."""
    jobs = [p for p in sweep_dir.iterdir() if p.is_dir() and p.name.isdigit()
            and (p / MANIFEST_FILE).is_file()]
    return sorted(jobs, key=lambda p: int(p.name))


def summarize_sweep(
    sweep_dir: Path | str, *, plot_path: Path | str | None = None
) -> dict[str, Any]:
    """Rows per job, the composed privacy per data set, and the privacy-utility PNG.

    The plot goes to `plot_path` (default `SWEEP_DIR/privacy_utility.png`); `plot` in the result is
    None when no job has both an epsilon and an eval loss.
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
    summary = {"sweep_dir": str(sweep_dir), "jobs": rows, "common_overrides": common,
               "privacy_total": json_safe(totals), "warnings": warnings, "plot": None}
    points = [r for r in rows if r["epsilon"] is not None and r["eval_loss"] is not None]
    if points:
        path = Path(plot_path or sweep_dir / PLOT_FILE)
        summary["plot"] = str(plot_privacy_utility(points, path))
    return summary


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


def plot_privacy_utility(rows: list[dict[str, Any]], path: Path) -> Path:
    """Scatter epsilon vs eval loss, each point labelled with its job number; writes a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    try:
        ax.scatter([r["epsilon"] for r in rows], [r["eval_loss"] for r in rows])
        bases = {r.get("base_eval_loss") for r in rows} - {None}
        if len(bases) == 1:
            ax.axhline(bases.pop(), linestyle="--", color="grey", label="base model (no adapter)")
            ax.legend(loc="best")
        for r in rows:
            ax.annotate(str(r["job"]), (r["epsilon"], r["eval_loss"]),
                        textcoords="offset points", xytext=(4, 4))
        ax.set_xlabel("epsilon (per-unit privacy loss)")
        ax.set_ylabel("eval loss (held-out members)")
        ax.set_title("privacy vs utility")
        ax.grid(alpha=0.3)
        fig.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path
