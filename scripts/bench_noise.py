"""Cost of the noise draw in the DP step: one Gaussian draw per coordinate vs the four-draw
(secure-mode) sum, at a LoRA size, paired in one process. Prints a table, writes JSON.

    .venv/bin/python scripts/bench_noise.py --params 460800 --json docs/bench/noise_cpu.json
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from datetime import UTC, datetime

import torch

from trainer.privacy.randomness import StepRandomness


def draw(summed: torch.Tensor, gen: torch.Generator, draws: int) -> None:
    for _ in range(draws):
        noise = torch.randn(summed.shape, generator=gen, dtype=summed.dtype, device=summed.device)
        summed.add_(noise, alpha=1.0 / draws**0.5)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--params", type=int, default=460_800,
                    help="LoRA coordinates (SmolLM2 r=8 q,v)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--json", required=True)
    args = ap.parse_args()
    device = torch.device(args.device)
    randomness = StepRandomness(device=device)
    summed = torch.zeros(args.params, device=device)
    times: dict[int, list[float]] = {1: [], 4: []}
    for r in range(args.rounds):
        for draws in ((1, 4) if r % 2 == 0 else (4, 1)):  # alternate the order
            randomness.begin_step(r)  # includes the per-step OS-entropy re-seed
            if device.type == "cuda":
                torch.cuda.synchronize()
            t = time.perf_counter()
            draw(summed, randomness.noise, draws)
            if device.type == "cuda":
                torch.cuda.synchronize()
            times[draws].append(time.perf_counter() - t)
    med = {d: statistics.median(v) * 1e3 for d, v in times.items()}
    print(f"{'draws':>6} {'median ms':>10}")
    for d in (1, 4):
        print(f"{d:>6} {med[d]:>10.3f}")
    print(f"ratio 4/1: {med[4] / med[1]:.2f}  (P = {args.params:,} coordinates, {device})")
    out = {"date": datetime.now(UTC).isoformat(), "device": str(device),
           "machine": platform.processor() or platform.machine(), "torch": torch.__version__,
           "params": args.params, "rounds": args.rounds, "median_ms": med,
           "ratio_4_over_1": med[4] / med[1]}
    with open(args.json, "w") as f:
        json.dump(out, f, indent=2)


if __name__ == "__main__":
    main()
