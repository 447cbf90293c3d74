"""Thirty-ninth set: the phrase-bank format and its parser (banks in thirtyninth_bank_*.py).

A bank is written as "[section]" headers followed by one piece per line. Sections: subject,
greet, open, ctx, close, sign, team, roles, fields, lead.<KIND> (one per kind, "{v}" is the
value), poss (possessive name frames), bare (id frames without a cue word), bank (local bank
account frames), look (look-alike frames), label ("KEY=Label" for kinds and look-alike kinds).
"""

from __future__ import annotations


def parse_bank(text: str) -> dict:
    bank: dict = {"label": {}}
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section != "label":
                bank.setdefault(section, [])
            continue
        if section == "label":
            key, _, val = line.partition("=")
            bank["label"][key] = val
        else:
            bank[section].append(line)
    return bank


def pieces(bank: dict) -> list[str]:
    """Every distinct piece of a bank, in order."""
    out: list[str] = []
    for val in bank.values():
        items = [f"{k}={v}" for k, v in val.items()] if isinstance(val, dict) else val
        for item in items:
            if item not in out:
                out.append(item)
    return out
