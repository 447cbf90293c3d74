"""Which posts may be used for training at a snapshot instant, and why each other post may not.

Pure and vectorised (Arrow compute + numpy, no loop per row): no files, no clock, no logging.
The rules are checked in ``REASONS`` order and the first failing rule is a post's reason.
Two instants are given: ``snapshot_at`` decides what was consented; ``read_at`` (when the data
was read, i.e. the run start) decides who has left since. A post eligible at the snapshot is
still refused if, by ``read_at``, it was deleted (``deleted_since_snapshot``) or its author
opted out (``withdrawn_since_snapshot``, even if they opted in again later: their consent at
the snapshot no longer holds). A member deleted from the members table is ``unknown_member``
and a member's region is their current one, so leaving or moving needs no history.

Input tables carry the columns in ``*_COLUMNS``. A column of an unexpected Arrow type makes its
non-null values wrong-typed; an optional boolean ``MALFORMED_COLUMN`` marks rows in which the
reader already found a wrong-typed value (it keeps the well-typed fields of such a row, so a
malformed consent event can still be attributed to its member). Decisions taken here:

- Ids: an id that is empty (after trimming) or contains a line break (anything
  ``str.splitlines`` splits on, such as U+2028, NEL, VT, FF, FS) could not be written to or read
  back from an id list: a members or consent row with one is quarantined, a post ``invalid_id``.
- Members: a row whose member_id or display_name is missing, or any field wrong-typed, is
  quarantined. A member_id on more than one row is ambiguous (which region?): all its rows are
  quarantined. Either way the member's posts are ``unknown_member`` (fail closed). A missing or
  null region is kept and leads to ``unknown_region``.
- Posts: of rows sharing a post_id, the first in table order is judged; later ones are
  ``malformed``. ``message`` is never eligible, even when listed in ``allowed_kinds``.
- Consent: rows whose member_id or setting is unreadable cannot be attributed: quarantined.
  Rows for other settings are ignored entirely. A row for the training setting whose value,
  time or policy_version is unreadable is quarantined and makes its member
  ``consent_unverifiable``, whatever its date says.
- Near misses fail closed: a consent row (of any date and value) whose member_id names a member,
  or whose setting names the training setting, only after folding (NFKC, format, control and
  space characters removed, lower case; for the setting also punctuation removed) makes that
  member ``consent_unverifiable``. So does a row whose id is a number, or only digits, equal to
  the number in a member's id (``0`` and ``"00000"`` name ``m00000``). One exact row for a
  member never marks that member itself. ``value`` is a boolean; a text column
  (CSV) may hold true/false in any case.
- Timestamps: ``YYYY-MM-DD``, optionally ``T`` or a space and ``hh:mm[:ss[.fraction]]``, then
  optionally ``Z`` or ``+hh[:mm]``/``-hh[:mm]``. No zone means UTC; a date alone is midnight.
  Precision is microseconds (further digits are truncated); anything else is unreadable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data.columns import (
    as_bools,
    bad_ids,
    datetime_to_us,
    parse_timestamps,
    plain,
    require_columns,
    row_flag,
    text_column,
)
from trainer.data.consent_rules import (
    NO_CONSENT,
    UNVERIFIABLE,
    WITHDRAWN,
    WITHDRAWN_SINCE,
    ConsentState,
    consent_state,
)
from trainer.data.regions import ALIASES, ISO_ALPHA2, validate_region_codes
from trainer.data.tables import (
    CONSENT_COLUMNS,
    MEMBER_COLUMNS,
    POST_COLUMNS,
)
from trainer.errors import UserError

REASONS: tuple[str, ...] = (
    "invalid_id",
    "malformed",
    "unknown_member",
    "disallowed_kind",
    "after_snapshot",
    "deleted",
    "deleted_since_snapshot",
    "empty",
    "unknown_region",
    "excluded_region",
    "consent_unverifiable",
    "no_consent",
    "consent_withdrawn",
    "withdrawn_since_snapshot",
)
KINDS = frozenset({"post", "article", "comment", "message"})
NEVER_ELIGIBLE_KINDS = frozenset({"message"})  # private messages, whatever the config says
INCLUDED_COLUMNS = ("post_id", "member_id", "kind", "text", "created_at")
_REGION_OK, _REGION_UNKNOWN, _REGION_EXCLUDED = 0, 1, 2



@dataclass(frozen=True)
class EligibilityResult:
    """Outcome of ``decide``; ``posts_read == len(included) + sum(excluded.values())``.

    ``invalid_ids`` counts, per table, the rows quarantined (members, consent) or excluded
    (posts) for an empty or multi-line id; ``near_misses`` the consent rows that matched a
    member or the setting only after folding (each made its member(s) unverifiable).
    """

    posts_read: int
    excluded: dict[str, int]
    included: pa.Table
    included_post_ids: list[str]
    included_member_ids: list[str]
    policy_versions: list[str]
    quarantined: dict[str, int]
    invalid_ids: dict[str, int]
    near_misses: int
    # The legal basis of each included member: the opt-in that admitted them (member_id,
    # consent_at as ISO 8601 UTC, policy_version), sorted by member.
    consent_basis: list[tuple[str, str, str]]
    # Authors with posts but none included, counted once each by the reason most of their posts
    # were excluded for (ties: the earlier rule).
    excluded_members: dict[str, int]


def check_policy_args(*, setting: str, allowed_kinds: Sequence[str],
                      excluded_regions: Sequence[str], snapshot_at: datetime,
                      read_at: datetime) -> tuple[frozenset[str], frozenset[str]]:
    """Validate the policy arguments of `decide` (and of the streamed decision); returns the
    eligible kinds and the excluded regions."""
    kinds = check_kinds(allowed_kinds) - NEVER_ELIGIBLE_KINDS
    regions = validate_region_codes(excluded_regions, option="policy.excluded_regions")
    if not isinstance(setting, str) or not setting.strip():
        raise UserError("policy.setting must be a non-empty consent setting name")
    for name, value in (("snapshot_at", snapshot_at), ("read_at", read_at)):
        if not isinstance(value, datetime) or value.utcoffset() is None:
            raise ValueError(f"{name} must be a timezone-aware datetime")
    return kinds, regions


def decide(
    *,
    members: pa.Table,
    consent: pa.Table,
    posts: pa.Table,
    snapshot_at: datetime,
    read_at: datetime,
    setting: str,
    allowed_kinds: Sequence[str],
    excluded_regions: Sequence[str],
) -> EligibilityResult:
    """Apply the eligibility rules to every post as consented at ``snapshot_at`` and still
    standing at ``read_at`` (both tz-aware; a ``read_at`` before the snapshot adds nothing)."""
    kinds, regions = check_policy_args(setting=setting, allowed_kinds=allowed_kinds,
                                       excluded_regions=excluded_regions,
                                       snapshot_at=snapshot_at, read_at=read_at)
    for name, table, columns in (
        ("members", members, MEMBER_COLUMNS),
        ("consent", consent, CONSENT_COLUMNS),
        ("posts", posts, POST_COLUMNS),
    ):
        require_columns(name, table, columns)
    snapshot_us = datetime_to_us(snapshot_at, option="data.snapshot_at")
    read_us = datetime_to_us(read_at, option="read_at")

    roster_ids, region_status, members_bad, members_bad_ids = roster(members, frozenset(regions))
    consents = consent_state(
        consent, roster_ids, setting=setting, snapshot_us=snapshot_us, read_us=read_us
    )
    reason, member_idx, created_us = post_reasons(
        posts,
        roster_ids,
        region_status,
        consents.status,
        kinds=kinds,
        snapshot_us=snapshot_us,
        read_us=read_us,
    )

    keep = reason == len(REASONS)
    counts = np.bincount(reason, minlength=len(REASONS) + 1)
    included = included_table(posts, keep, created_us)
    included_members = np.zeros(len(roster_ids), dtype=bool)
    included_members[member_idx[keep]] = True
    return EligibilityResult(
        posts_read=posts.num_rows,
        excluded={name: int(counts[i]) for i, name in enumerate(REASONS)},
        included=included,
        included_post_ids=sorted(included.column("post_id").to_pylist()),
        included_member_ids=sorted(pc.unique(included.column("member_id")).to_pylist()),
        policy_versions=policy_versions(consents, included_members),
        quarantined={"members": members_bad, "consent": consents.quarantined},
        invalid_ids={
            "members": members_bad_ids,
            "consent": consents.invalid_ids,
            "posts": int(counts[REASONS.index("invalid_id")]),
        },
        near_misses=consents.near_misses,
        consent_basis=consent_basis(consents, included_members, roster_ids),
        excluded_members=excluded_members(reason, member_idx, included_members),
    )

def check_kinds(allowed_kinds: Sequence[str]) -> frozenset[str]:
    if isinstance(allowed_kinds, str) or not all(isinstance(k, str) for k in allowed_kinds):
        raise UserError("policy.allowed_kinds must be a list of kinds such as [post, article]")
    unknown = sorted(set(allowed_kinds) - KINDS)
    if unknown:
        raise UserError(
            f"policy.allowed_kinds has unknown kind(s) {unknown}; use some of {sorted(KINDS)}"
        )
    return frozenset(allowed_kinds)



def roster(members: pa.Table, excluded: frozenset[str]) -> tuple[pa.Array, np.ndarray, int, int]:
    """Unambiguous members: (ids, region status per id, quarantined rows, rows with bad ids)."""
    ids, bad_id = text_column(members, "member_id")
    names, bad_name = text_column(members, "display_name")
    region, bad_region = text_column(members, "region")
    invalid = bad_ids(ids)
    good = as_bools(pc.is_valid(ids)) & as_bools(pc.is_valid(names))
    good &= ~(bad_id | bad_name | bad_region | invalid | row_flag(members))
    code = pc.fill_null(pc.dictionary_encode(ids).indices, -1).to_numpy() + 1  # 0: no id
    good &= np.bincount(code)[code] == 1  # an id on several rows is ambiguous: fail closed

    norm = pc.utf8_upper(pc.utf8_trim_whitespace(region.filter(pa.array(good))))
    for alias, code in ALIASES.items():
        norm = pc.if_else(pc.equal(norm, alias), code, norm)
    known = as_bools(pc.is_in(norm, value_set=pa.array(sorted(ISO_ALPHA2))))
    out = as_bools(pc.is_in(norm, value_set=pa.array(sorted(excluded), pa.string())))
    status = np.where(~known, _REGION_UNKNOWN, np.where(out, _REGION_EXCLUDED, _REGION_OK))
    bad = int((~good).sum())
    return ids.filter(pa.array(good)), status.astype(np.int8), bad, int(invalid.sum())



def post_reasons(
    posts: pa.Table,
    roster_ids: pa.Array,
    region_status: np.ndarray,
    consent_status: np.ndarray,
    *,
    kinds: frozenset[str],
    snapshot_us: int,
    read_us: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per post: (reason index, ``len(REASONS)`` if included; roster index; created_at micros)."""
    post_id, bad_pid = text_column(posts, "post_id")
    member_id, bad_mid = text_column(posts, "member_id")
    kind, bad_kind = text_column(posts, "kind")
    text, bad_text = text_column(posts, "text")
    created_us, created_ok = parse_timestamps(posts.column("created_at"))
    deleted_col = plain(posts.column("deleted_at"))
    deleted_us, deleted_ok = parse_timestamps(deleted_col)
    has_deleted = as_bools(pc.is_valid(deleted_col))

    present = [as_bools(pc.is_valid(c)) for c in (post_id, member_id, kind, text)]
    malformed = ~np.logical_and.reduce(present) | bad_pid | bad_mid | bad_kind | bad_text
    malformed |= ~created_ok | (has_deleted & ~deleted_ok) | row_flag(posts)
    codes = pc.fill_null(pc.dictionary_encode(post_id).indices, -1).to_numpy()
    _, first = np.unique(codes, return_index=True)
    repeat = codes >= 0
    repeat[first] = False  # the first row of each post_id is judged; later ones are malformed
    malformed |= repeat

    idx = pc.fill_null(pc.index_in(member_id, value_set=roster_ids), -1).to_numpy()
    safe_idx = np.maximum(idx, 0)
    region = region_status[safe_idx] if len(roster_ids) else np.zeros(len(idx), np.int8)
    consent = consent_status[safe_idx] if len(roster_ids) else np.zeros(len(idx), np.int8)
    allowed = pa.array(sorted(kinds), pa.string())
    deleted = has_deleted & ~malformed
    invalid = bad_ids(post_id)
    unknown = np.flatnonzero(idx < 0)  # roster ids are all valid: check only the others
    invalid[unknown] |= bad_ids(member_id.take(pa.array(unknown)))
    checks = [
        invalid,
        malformed,
        idx < 0,
        ~as_bools(pc.is_in(kind, value_set=allowed)),
        created_us > snapshot_us,
        deleted & (deleted_us <= snapshot_us),
        deleted & (deleted_us <= read_us),
        as_bools(pc.equal(pc.utf8_trim_whitespace(text), "")),
        region == _REGION_UNKNOWN,
        region == _REGION_EXCLUDED,
        consent == UNVERIFIABLE,
        consent == NO_CONSENT,
        consent == WITHDRAWN,
        consent == WITHDRAWN_SINCE,
    ]
    reason = np.select(checks, np.arange(len(REASONS)), default=len(REASONS))
    return reason.astype(np.int64), idx, created_us


def included_table(posts: pa.Table, keep: np.ndarray, created_us: np.ndarray) -> pa.Table:
    mask = pa.array(keep)
    columns = {
        c: plain(posts.column(c)).filter(mask).cast(pa.string()) for c in INCLUDED_COLUMNS[:4]
    }
    columns["created_at"] = pa.array(created_us[keep], pa.timestamp("us", tz="UTC"))
    table = pa.table(columns)
    return table.sort_by([("member_id", "ascending"), ("post_id", "ascending")])


def policy_versions(consents: ConsentState, included_members: np.ndarray) -> list[str]:
    """Distinct policy versions of the opt-ins that decided each included member's consent.

    An included member opted in at their latest instant with no opt-out there, so every
    deciding event of theirs is an opt-in.
    """
    rows = consents.deciding_rows[included_members[consents.deciding_members]]
    versions = consents.versions.take(pa.array(rows, pa.int64()))
    return sorted(pc.unique(versions).to_pylist())


def consent_basis(consents: ConsentState, included_members: np.ndarray,
                   roster_ids: pa.Array) -> list[tuple[str, str, str]]:
    """(member_id, consent_at, policy_version) of the opt-in that admitted each included member
    (the first row at their deciding instant; all of them are opt-ins)."""
    keep = included_members[consents.deciding_members]
    rows, members = consents.deciding_rows[keep], consents.deciding_members[keep]
    if not len(rows):
        return []
    order = np.lexsort((rows, members))
    rows, members = rows[order], members[order]
    first = np.r_[True, members[1:] != members[:-1]]
    rows, members = rows[first], members[first]
    ids = roster_ids.take(pa.array(members, pa.int64())).to_pylist()
    versions = consents.versions.take(pa.array(rows, pa.int64())).to_pylist()
    at = consents.at_us[rows].astype("datetime64[us]")
    return sorted((m, f"{np.datetime_as_string(t, unit='s')}Z", v)
                  for m, t, v in zip(ids, at, versions, strict=True))


def excluded_members(reason: np.ndarray, member_idx: np.ndarray,
                      included_members: np.ndarray) -> dict[str, int]:
    """Each known author with no included post, counted once under their posts' main reason
    (the reason most of their posts got; ties go to the earlier rule). Vectorised."""
    known = member_idx >= 0
    known[known] = ~included_members[member_idx[known]]
    if not known.any():
        return {name: 0 for name in REASONS}
    pairs, counts = np.unique(np.stack([member_idx[known], reason[known]]), axis=1,
                              return_counts=True)
    members, reasons = pairs
    order = np.lexsort((reasons, -counts, members))  # per member: most posts, then earliest rule
    members, reasons = members[order], reasons[order]
    first = np.r_[True, members[1:] != members[:-1]]
    totals = np.bincount(reasons[first], minlength=len(REASONS))
    return {name: int(totals[i]) for i, name in enumerate(REASONS)}
