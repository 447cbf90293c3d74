"""Reads tenth_data.txt: the tenth set's own name, street, town and street-type lists."""

from __future__ import annotations

from pathlib import Path

DATA_FILE = Path(__file__).with_name("tenth_data.txt")


def _load() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        section, locale, rest = line.split("|", 2)
        out.setdefault(section, {})[locale] = rest.split("|")
    return out


DATA = _load()
