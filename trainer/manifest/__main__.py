"""`python -m trainer.manifest`: see `trainer.manifest.cli`."""

from trainer.manifest.cli import cli

if __name__ == "__main__":
    cli(prog_name="python -m trainer.manifest")
