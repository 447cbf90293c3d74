"""Hydra configs of `python -m trainer.train` and `python -m trainer.audit` (package data)."""
