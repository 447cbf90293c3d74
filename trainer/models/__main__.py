"""`python -m trainer.models fetch smollm2-135m [--cache-dir DIR]`: download + convert once."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import NoReturn

from trainer.errors import UserError, exit_on_user_error
from trainer.models.base import default_cache_dir
from trainer.models.smollm2 import fetch_smollm2


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors print as ``Error: ...`` with exit status 1."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (try --help)")


def _parser() -> argparse.ArgumentParser:
    """The command line: one ``fetch`` subcommand for now."""
    parser = _Parser(
        prog="python -m trainer.models",
        description="Manage cached base models.",
        epilog="example: python -m trainer.models fetch smollm2-135m",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser(
        "fetch", help="download and convert a base model into the cache (idempotent)"
    )
    fetch.add_argument("model", choices=["smollm2-135m"])
    fetch.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="cache root (default: $TRAINER_CACHE or <repo>/.cache)",
    )
    return parser


@exit_on_user_error
def main(argv: list[str] | None = None) -> None:
    """Parse the command line, fetch, and print the checkpoint directory."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = fetch_smollm2(cache_dir=args.cache_dir or default_cache_dir())
    size_mb = sum(p.stat().st_size for p in path.iterdir() if p.is_file()) / 1e6
    print(f"{path} ({size_mb:.0f} MB)")


if __name__ == "__main__":
    main()
