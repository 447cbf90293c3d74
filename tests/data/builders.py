"""Small builders for eligibility tests: rows in, Arrow tables and a decided result out."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa

from trainer.data.eligibility import EligibilityResult, decide
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.data.tables import (
    CONSENT_COLUMNS,
    MALFORMED_COLUMN,
    MEMBER_COLUMNS,
    POST_COLUMNS,
    RAW_ID_COLUMN,
)

SNAP = datetime(2026, 6, 30, tzinfo=UTC)
SETTING = "generative_ai_training"
BEFORE = "2026-01-01T00:00:00Z"
AFTER = "2026-07-01T00:00:00Z"


def member(mid: str = "m1", region: object = "US", name: str = "Ana García") -> dict:
    return {"member_id": mid, "display_name": name, "region": region}


def event(mid="m1", value=True, at=BEFORE, setting=SETTING, version="v1") -> dict:
    return {
        "member_id": mid,
        "setting": setting,
        "value": value,
        "at": at,
        "policy_version": version,
    }


def post(pid="p1", mid="m1", kind="post", text="Shipped v2 today", created=BEFORE, deleted=None):
    return {
        "post_id": pid,
        "member_id": mid,
        "kind": kind,
        "text": text,
        "created_at": created,
        "deleted_at": deleted,
    }


def table(rows: list[dict], columns: tuple[str, ...]) -> pa.Table:
    """Rows to Arrow as a reader would: text columns as strings, consent value as bool.

    A value of the wrong type becomes null and sets the row's malformed flag, as the JSONL
    reader does; a consent member_id given as a number is kept as text in ``RAW_ID_COLUMN``.
    """
    out: dict[str, list] = {c: [] for c in columns}
    flags, raw_ids = [], []
    for row in rows:
        bad = False
        for c in columns:
            v = row.get(c)
            want = bool if c == "value" else str
            if c == "member_id":
                raw_ids.append(str(v) if type(v) is int else None)
            if v is not None and type(v) is not want:
                v, bad = None, True
            out[c].append(v)
        flags.append(bad)
    arrays = {c: pa.array(out[c], pa.bool_() if c == "value" else pa.string()) for c in columns}
    if columns == CONSENT_COLUMNS:
        arrays[RAW_ID_COLUMN] = pa.array(raw_ids, pa.string())
    return pa.table({**arrays, MALFORMED_COLUMN: pa.array(flags, pa.bool_())})


def run(
    members,
    consent,
    posts,
    *,
    snapshot=SNAP,
    read_at=None,
    kinds=("post", "article", "comment"),
    regions=DEFAULT_EXCLUDED_REGIONS,
    setting=SETTING,
) -> EligibilityResult:
    return decide(
        members=table(members, MEMBER_COLUMNS),
        consent=table(consent, CONSENT_COLUMNS),
        posts=table(posts, POST_COLUMNS),
        snapshot_at=snapshot,
        read_at=snapshot if read_at is None else read_at,
        setting=setting,
        allowed_kinds=list(kinds),
        excluded_regions=list(regions),
    )


def nonzero(result: EligibilityResult) -> dict[str, int]:
    """The exclusion reasons that occurred, with their counts."""
    return {reason: n for reason, n in result.excluded.items() if n}


def reason_of(members, consent, posts, **kwargs) -> str:
    """The single outcome for a one-post world: a reason, or "included"."""
    result = run(members, consent, posts, **kwargs)
    assert result.posts_read == 1
    if result.included_post_ids:
        return "included"
    (reason,) = nonzero(result)
    return reason
