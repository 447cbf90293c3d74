"""How much of the computed batch is real tokens: one post per row vs a member's posts packed.

    .venv/bin/python scripts/bench_packing.py --json docs/bench/packing_demo.json

Runs the training run's own batching (eligibility on the demo data at its reference snapshot,
the SmolLM2 tokenizer, `build_units`, `PoissonSampler`, `chunks_by_rows`, `collate`) for
`--steps` Poisson steps, without a model, and counts per step the real tokens and the tokens
the model computes: rows x width of every micro-batch, fixed shapes (physical_batch_rows x
max_seq_len, as on CUDA) or variable shapes (rows x longest row, as on CPU). The body's work is
proportional to computed tokens (attention a little more than that), so `fill` (real / computed)
is the fraction of a step's compute that trains on data.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.batching import build_units, chunks_by_rows, collate  # noqa: E402
from trainer.config import PolicyConfig  # noqa: E402
from trainer.data.prepare import parse_snapshot, select_eligible  # noqa: E402
from trainer.data.regions import validate_region_codes  # noqa: E402
from trainer.models import default_cache_dir  # noqa: E402
from trainer.privacy.sampling import PoissonSampler  # noqa: E402
from trainer.redact import Redactor  # noqa: E402
from trainer.redact.redacted import redact_texts  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = "2026-06-30T00:00:00Z"  # the demo data's reference snapshot


def load_units(*, max_seq_len: int, max_posts: int, seed: int):
    from transformers import AutoTokenizer

    policy = PolicyConfig()
    demo = REPO / "data" / "demo"
    selection = select_eligible(
        members_path=demo / "members.jsonl",
        consent_path=demo / "consent.jsonl",
        posts_path=demo / "posts.jsonl",
        snapshot_at=parse_snapshot(SNAPSHOT, now=None),
        read_at=parse_snapshot(SNAPSHOT, now=None),
        setting=policy.setting,
        allowed_kinds=list(policy.allowed_kinds),
        excluded_regions=validate_region_codes(list(policy.excluded_regions), option="regions"),
    )
    included = selection.result.included
    tokenizer = AutoTokenizer.from_pretrained(default_cache_dir() / "models" /
                                              "smollm2-135m-instruct")
    redactor = Redactor.from_members([], name_tagger=False)
    texts, _ = redact_texts(redactor, included.column("text").to_pylist())
    return build_units(texts=texts,
                       member_ids=included.column("member_id").to_pylist(),
                       tokenizer=tokenizer, max_seq_len=max_seq_len, unit="member",
                       max_posts_per_member=max_posts, seed=seed)


def simulate(units, *, expected_units: int, rows_cap: int, max_seq_len: int, pack: bool,
             fixed: bool, steps: int, seed: int) -> dict:
    sampler = PoissonSampler(num_units=units.num_units,
                             sample_rate=expected_units / units.num_units,
                             generator=torch.Generator().manual_seed(seed))
    real = computed = micro = 0
    pad_to = dict(pad_to_rows=rows_cap, pad_to_len=max_seq_len) if fixed else {}
    for _ in range(steps):
        for chunk in chunks_by_rows(units, sampler.sample(), rows_cap, pack=pack,
                                    max_seq_len=max_seq_len):
            batch = collate(units, chunk, pad_id=0, max_seq_len=max_seq_len, pack=pack, **pad_to)
            real += int(batch.attention_mask.sum())
            computed += batch.input_ids.numel()
            micro += 1
    return dict(pack=pack, fixed_shapes=fixed, real_tokens_per_step=real / steps,
                computed_tokens_per_step=computed / steps, micro_batches_per_step=micro / steps,
                fill=round(real / computed, 4))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--max-seq-len", type=int, default=256)
    p.add_argument("--max-posts", type=int, default=8)
    p.add_argument("--expected-units", type=int, default=128)
    p.add_argument("--rows", type=int, default=256, help="physical_batch_rows")
    p.add_argument("--steps", type=int, default=200)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", type=Path, required=True)
    args = p.parse_args()
    units = load_units(max_seq_len=args.max_seq_len, max_posts=args.max_posts, seed=args.seed)
    lengths = np.array([len(r) for r in units.rows])
    rows = [simulate(units, expected_units=args.expected_units, rows_cap=args.rows,
                     max_seq_len=args.max_seq_len, pack=pack, fixed=fixed, steps=args.steps,
                     seed=args.seed)
            for fixed in (True, False) for pack in (False, True)]
    print(f"# {datetime.now(UTC).isoformat(timespec='seconds')} demo data, {units.num_units} "
          f"members, {len(lengths)} posts (median {np.median(lengths):.0f} tokens), "
          f"T={args.max_seq_len}, <= {args.max_posts} posts/member, "
          f"{args.expected_units} expected members/step, {args.rows} rows per micro-batch")
    print(f"{'shapes':<10}{'packed':>8}{'real/step':>12}{'computed/step':>15}{'micro':>7}"
          f"{'fill':>8}")
    for r in rows:
        print(f"{'fixed' if r['fixed_shapes'] else 'variable':<10}{str(r['pack']):>8}"
              f"{r['real_tokens_per_step']:>12.0f}{r['computed_tokens_per_step']:>15.0f}"
              f"{r['micro_batches_per_step']:>7.2f}{r['fill']:>8.3f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(dict(args={k: str(v) for k, v in vars(args).items()},
                                         posts=int(len(lengths)), members=units.num_units,
                                         results=rows), indent=2) + "\n")


if __name__ == "__main__":
    main()
