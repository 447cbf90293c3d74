"""Plot the share of the non-private gain that DP keeps, against the number of members and epsilon.

    .venv/bin/python scripts/plot_utility.py     # audit_utility.json + utility_members_*.json
    .venv/bin/python scripts/plot_utility.py --out docs/utility_gap.png FILE.json ...

Reads JSON files written by `scripts/utility_sweep.py` (each: a non-private row first, then DP
rows with `mode` = the target epsilon, `share_kept` = (base - DP) / (base - non-private)).
The number of members of a file is its `--demo-members N` (from its command); a file without
one used the default demo network (3,200 members). A command that sets
`train.expected_batch_units` is a fixed-sampling-rate point (the batch grows with the members);
otherwise the batch is the default 16 (fixed batch); `lora.r=1` in it marks a rank-1 curve.
Each DP row is a single run with secret noise: one sample, so read the trend, not a point.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MEMBERS = 3200  # data/demo (trainer_dev.demo.write_demo_data's default)


def members_of(result: dict) -> int:
    """The demo network's size from the sweep's recorded command."""
    m = re.search(r"--demo-members[ =](\d+)", result.get("command", ""))
    return int(m.group(1)) if m else DEFAULT_MEMBERS


def series_of(result: dict) -> tuple[str, list[str]]:
    """(rank label, batch regimes) of one sweep: a file at the default network with the default
    batch is the point where the fixed-batch and the fixed-rate curves meet."""
    cmd = result.get("command", "")
    rank = "r=1" if "lora.r=1" in cmd else "r=8"
    if "expected_batch_units" in cmd:
        return rank, ["fixed rate"]
    if members_of(result) == DEFAULT_MEMBERS:
        return rank, ["fixed batch", "fixed rate"]
    return rank, ["fixed batch"]


def points(files: list[Path]) -> dict[tuple[str, str, str], list[tuple[int, float]]]:
    """{(epsilon, rank, regime): [(members, share kept)]}, sorted by members."""
    curves: dict[tuple[str, str, str], list[tuple[int, float]]] = {}
    for f in files:
        result = json.loads(f.read_text())
        n = members_of(result)
        rank, regimes = series_of(result)
        for r in result["rows"]:
            if r["mode"] == "non_private" or r.get("share_kept") is None:
                continue
            for regime in regimes:
                curves.setdefault((r["mode"], rank, regime), []).append((n, r["share_kept"]))
    return {k: sorted(v) for k, v in curves.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=Path, nargs="*", help="utility_sweep JSON files (default: "
                    "docs/bench/audit_utility.json and docs/bench/utility_members_*.json)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "utility_gap.png")
    ap.add_argument("--title", default="Share of the non-private gain DP keeps\n"
                    "SmolLM2-135M, 15 steps; fixed batch: 16 members per step;\n"
                    "fixed rate: the batch grows with the members (16 at 3.2k); one run per point")
    args = ap.parse_args(argv)
    bench = REPO / "docs" / "bench"
    files = args.files or [bench / "audit_utility.json", bench / "utility_r1.json",
                           *sorted(bench.glob("utility_members_*.json"))]
    if not files:
        raise SystemExit("Error: no input files; pass utility_sweep JSON files")

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    curves = points(files)
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=100)
    styles = {("r=8", "fixed batch"): "-", ("r=8", "fixed rate"): "--",
              ("r=1", "fixed rate"): ":", ("r=1", "fixed batch"): "-."}
    colors = {"1": "tab:blue", "4": "tab:orange", "8": "tab:green"}
    for (eps, rank, regime), pts in sorted(curves.items()):
        if len(pts) < 2 and regime == "fixed rate":
            continue  # the shared default point alone is already on the fixed-batch curve
        xs, ys = zip(*pts, strict=True)
        label = f"eps={eps}, LoRA {rank}, {regime}"
        ax.plot(xs, [100 * y for y in ys], marker="o", ls=styles[rank, regime],
                color=colors.get(eps, "black") if rank == "r=8" else "tab:red", label=label)
    ax.axhline(100, color="grey", lw=0.8, ls="--")
    ax.axhline(0, color="grey", lw=0.8)
    ax.plot([DEFAULT_MEMBERS], [60], marker="*", ms=10, color="black", ls="none",
            label="target eps=8 (issue #16)")
    ax.plot([100_000], [80], marker="*", ms=10, color="black", ls="none")
    ax.set_xscale("log")
    ax.set_xlabel("members in the demo network (about 1/3 eligible)")
    ax.set_ylabel("% of the non-private gain kept\n(non-private run with the same settings)",
                  fontsize=8)
    ax.set_title(args.title, fontsize=9)
    ax.legend(fontsize=7, loc="center right")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
