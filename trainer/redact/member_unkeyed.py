"""Roster display names that yield no key at all: such a member would never be found in a
post, so the pipeline refuses the run on them unless someone acknowledges it (fail closed).

A name counts as keyed when any member rule can find it: a full-name key (``name_keys``), a
glued key of a Han, Hangul or Thai name (``member_glued``), or a given name or surname that
the rule for a name written alone looks up (``name_keys.given_keys``, ``surname_keys``).
"""

from __future__ import annotations

from collections.abc import Iterable

from trainer.redact.member_glued import glued_keys
from trainer.redact.name_keys import given_keys, name_keys, surname_keys


def has_key(display_name: str) -> bool:
    """Whether some member rule can find ``display_name`` in a post."""
    return bool(
        name_keys(display_name)
        or glued_keys(display_name)
        or given_keys(display_name)
        or surname_keys(display_name)
    )


def names_without_keys(*, display_names: Iterable[str]) -> list[str]:
    """The roster display names (in roster order, each once) that yield no key at all: a
    blank name, initials only ("J."), or punctuation; the run must not go ahead on these
    without an acknowledgement, since their posts would keep the name."""
    seen: set[str] = set()
    unkeyed = []
    for name in display_names:
        if not isinstance(name, str):
            raise TypeError("display names must be strings")
        if name not in seen and not has_key(name):
            unkeyed.append(name)
        seen.add(name)
    return unkeyed
