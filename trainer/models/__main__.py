"""`python -m trainer.models fetch smollm2-135m [--cache-dir DIR]`: download + convert once."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from trainer.errors import user_errors
from trainer.models.base import default_cache_dir
from trainer.models.smollm2 import fetch_smollm2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Manage cached base models (example: python -m trainer.models fetch smollm2-135m)."""


@cli.command("fetch")
@click.argument("model", type=click.Choice(["smollm2-135m"]))
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Cache root [default: $TRAINER_CACHE or <repo>/.cache].")
@user_errors
def fetch_cmd(model: str, cache_dir: Path | None) -> None:
    """Download and convert a base model into the cache (idempotent); print its directory."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = fetch_smollm2(cache_dir=cache_dir or default_cache_dir())
    size_mb = sum(p.stat().st_size for p in path.iterdir() if p.is_file()) / 1e6
    click.echo(f"{path} ({size_mb:.0f} MB)")


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="python -m trainer.models")


if __name__ == "__main__":
    main()
