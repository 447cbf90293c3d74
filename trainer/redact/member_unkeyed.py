"""Roster display names that yield no key at all: such a member would never be found in a
post, so the pipeline refuses the run on them unless someone acknowledges it (fail closed).

A name counts as keyed when any member rule can find it: a full-name key (``name_keys``), a
glued key of a Han, Hangul or Thai name (``member_glued``), or a given name or surname that
the rule for a name written alone looks up (``name_keys.given_keys``, ``surname_keys``).
``MemberNames`` works those keys out once per display name and asks ``has_key`` of them, so
the test exists once; ``keyed`` asks it of one display name (tests, diagnostics).
"""

from __future__ import annotations

from collections.abc import Collection

from trainer.redact.member_glued import glued_keys
from trainer.redact.name_keys import given_keys, name_keys, surname_keys


def has_key(
    keys: Collection[str],
    glued: Collection[str],
    given: Collection[str],
    surnames: Collection[str],
) -> bool:
    """Whether some member rule can find a display name, from its precomputed keys: full-name
    ``keys``, ``glued`` keys, ``given`` keys and ``surnames`` keys (any one suffices)."""
    return bool(keys or glued or given or surnames)


def keyed(display_name: str) -> bool:
    """Whether some member rule can find ``display_name`` in a post (``has_key`` of its keys)."""
    return has_key(
        name_keys(display_name),
        glued_keys(display_name),
        given_keys(display_name),
        surname_keys(display_name),
    )
