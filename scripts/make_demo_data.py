"""Write the seeded synthetic demo network (members, consent, posts as JSON Lines).

python scripts/make_demo_data.py --out data/demo --seed 0
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.errors import UserError, exit_on_user_error  # noqa: E402
from trainer_dev.demo import DEMO_SNAPSHOT, write_demo_data  # noqa: E402


@exit_on_user_error
def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data/demo"), help="output folder")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same bytes")
    parser.add_argument("--members", type=int, default=3200, help="number of members")
    parser.add_argument("--posts", type=int, default=30_000, help="number of posts (before faults)")
    args = parser.parse_args(argv)
    if args.members < 20 or args.posts < 100:
        raise UserError("--members must be >= 20 and --posts >= 100 (the planted faults need room)")
    t0 = time.perf_counter()
    counts = write_demo_data(args.out, seed=args.seed, members=args.members, posts=args.posts)
    elapsed = time.perf_counter() - t0
    for table, rows in counts.items():
        print(f"{table:<8} {rows:>7,} rows  {args.out / (table + '.jsonl')}")
    print(f"done in {elapsed:.1f} s; reference snapshot {DEMO_SNAPSHOT}")


if __name__ == "__main__":
    main()
