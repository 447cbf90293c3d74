"""Plot the share of the non-private gain that DP keeps, against the number of members and epsilon.

    .venv/bin/python scripts/plot_utility.py     # audit_utility.json + utility_members_*.json
    .venv/bin/python scripts/plot_utility.py --out docs/utility_gap.png FILE.json ...

Reads JSON files written by `scripts/utility_sweep.py` (each: a non-private row first, then DP
rows with `mode` = the target epsilon, `share_kept` = (base - DP) / (base - non-private)).
The number of members of a file is its `--demo-members N` (from its command); a file without
one used the default demo network (3,200 members). Each DP row is a single run with secret
noise: one sample, so read the trend, not a single point.
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


def points(files: list[Path]) -> dict[str, list[tuple[int, float]]]:
    """{epsilon label: [(members, share kept)]}, sorted by members."""
    curves: dict[str, list[tuple[int, float]]] = {}
    for f in files:
        result = json.loads(f.read_text())
        n = members_of(result)
        for r in result["rows"]:
            if r["mode"] == "non_private" or r.get("share_kept") is None:
                continue
            curves.setdefault(r["mode"], []).append((n, r["share_kept"]))
    return {k: sorted(v) for k, v in sorted(curves.items(), key=lambda kv: float(kv[0]))}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=Path, nargs="*", help="utility_sweep JSON files (default: "
                    "docs/bench/audit_utility.json and docs/bench/utility_members_*.json)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "utility_gap.png")
    ap.add_argument("--title", default="Share of the non-private gain DP keeps\n"
                    "(SmolLM2-135M, 16 expected members x 15 steps, one run per point)")
    args = ap.parse_args(argv)
    bench = REPO / "docs" / "bench"
    files = args.files or [bench / "audit_utility.json",
                           *sorted(bench.glob("utility_members_*.json"))]
    if not files:
        raise SystemExit("Error: no input files; pass utility_sweep JSON files")

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    curves = points(files)
    fig, ax = plt.subplots(figsize=(6, 3.6), dpi=100)
    for eps, pts in curves.items():
        xs, ys = zip(*pts, strict=True)
        ax.plot(xs, [100 * y for y in ys], marker="o", label=f"DP eps={eps}")
    ax.axhline(100, color="grey", lw=0.8, ls="--")
    ax.axhline(0, color="grey", lw=0.8)
    ax.plot([DEFAULT_MEMBERS], [60], marker="*", ms=10, color="black", ls="none",
            label="target eps=8 (issue #16)")
    ax.plot([100_000], [80], marker="*", ms=10, color="black", ls="none")
    ax.set_xscale("log")
    ax.set_xlabel("members in the demo network (about 1/3 eligible)")
    ax.set_ylabel("% of non-private gain kept")
    ax.set_title(args.title, fontsize=9)
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
