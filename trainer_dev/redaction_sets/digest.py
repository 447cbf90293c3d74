"""One digest of a built redaction set, so a self-test can pin it instead of building twice.

A pinned digest is a stronger determinism check than two builds in one process: it also fails
when a build depends on the process (hash seed, dict order from a set), and when anyone edits a
frozen set's generator, which would silently change every score read from it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    return value


def set_digest(members, posts) -> str:
    """sha256 (first 16 hex) over the roster and every field of every post, in order."""
    blob = json.dumps([_plain(list(members)), _plain(list(posts))], ensure_ascii=False,
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
