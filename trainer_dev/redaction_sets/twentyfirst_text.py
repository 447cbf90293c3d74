"""Collects the hand-written sentence pieces of each language."""

from __future__ import annotations

from . import (
    twentyfirst_text_de,
    twentyfirst_text_en,
    twentyfirst_text_es,
    twentyfirst_text_fr,
    twentyfirst_text_it,
    twentyfirst_text_nl,
    twentyfirst_text_sl,
)


def parse(raw: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    key = None
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            key = line[3:].strip()
            out.setdefault(key, [])
        else:
            out[key].append(line)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


TEXTS = {
    m.LANG: parse(m.RAW)
    for m in (
        twentyfirst_text_en,
        twentyfirst_text_de,
        twentyfirst_text_fr,
        twentyfirst_text_es,
        twentyfirst_text_it,
        twentyfirst_text_sl,
        twentyfirst_text_nl,
    )
}
