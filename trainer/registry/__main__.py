"""`python -m trainer.registry`: see `trainer.registry.cli`."""

from trainer.registry.cli import cli

if __name__ == "__main__":
    cli(prog_name="python -m trainer.registry")
