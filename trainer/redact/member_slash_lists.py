"""Roster names joined by slashes ("Owners: Rohan/Priya/Léa", "Review: Baker/Hunter"): a
slash list whose every part is a roster given name or surname names those members.

``joined`` (``member_context``) skips a name glued to a slash, since a path or a link holds
words so ("/users/mark/", "docs/will/"); a free-standing run of two or more parts that are all
roster names is a list of people instead. The run must stand alone: nothing but a space, an
opening bracket, a quote or a colon before it and no slash, letter or digit after it, so
paths and links ("example.org/Rohan/Priya", "/Rohan/Priya/") keep their parts. A part that
is a frequent word ("Mark", "Will") must be capitalised.
"""

from __future__ import annotations

from trainer.redact.hits import Hit
from trainer.redact.member_words import common_keys, word_key, word_keys

_OPEN_BEFORE = frozenset(" \t\n([{\"'“‘:")


def _roster_part(
    text: str, folded: str, start: int, end: int, given: frozenset[str], surnames: frozenset[str]
) -> bool:
    key = folded[start:end]
    if not key.isalnum():
        key = word_key(key)
    if key not in given and key not in surnames:
        return False
    return text[start].isupper() or (key not in common_keys() and key not in word_keys())


def slash_listed(
    text: str,
    folded: str,
    spans: list[tuple[int, int]],
    given: frozenset[str],
    surnames: frozenset[str],
) -> list[Hit]:
    """NAME hits for the roster names (folded ``given`` names and ``surnames``) among the
    keyword ``spans`` that form a free-standing slash list of roster names only."""
    chains: list[list[tuple[int, int]]] = []
    for start, end in sorted(set(spans)):
        if chains and text[chains[-1][-1][1] : start] == "/":
            chains[-1].append((start, end))
        else:
            chains.append([(start, end)])
    hits: list[Hit] = []
    n = len(text)
    for chain in chains:
        if len(chain) < 2:
            continue
        first, last = chain[0][0], chain[-1][1]
        if first and text[first - 1] not in _OPEN_BEFORE:
            continue
        if last < n and (text[last] in "/\\@_" or text[last].isalnum()):
            continue
        if all(_roster_part(text, folded, s, e, given, surnames) for s, e in chain):
            hits += [("NAME", s, e) for s, e in chain]
    return hits
