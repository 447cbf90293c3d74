"""The shipped word and name lists (given names, surnames, common words ...) and where they
come from."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(filename: str) -> frozenset[str]:
    """A shipped list (one entry per line, ``#`` comments): given names, surnames ..."""
    text = resources.files("trainer.redact").joinpath(filename).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def given_names() -> frozenset[str]:
    """The shipped gazetteer of common given names (title case)."""
    return word_list("given_names.txt")


@cache
def name_list_source() -> str:
    """Where the shipped name lists come from (the "Source:" header line of the lists)."""
    return list_source("given_names.txt")


def list_source(filename: str) -> str:
    """The "Source:" header line of a shipped word or name list."""
    text = resources.files("trainer.redact").joinpath(filename).read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("# Source: "):
            return line.removeprefix("# Source: ").rstrip(".")
        if not line.startswith("#"):
            break
    return "unknown"
