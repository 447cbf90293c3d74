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
from datetime import datetime, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data.regions import ALIASES, ISO_ALPHA2, validate_region_codes
from trainer.data.tables import (
    CONSENT_COLUMNS,
    MALFORMED_COLUMN,
    MEMBER_COLUMNS,
    POST_COLUMNS,
    RAW_ID_COLUMN,
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

# ISO 8601 as accepted: date, optional time (minutes, seconds, fraction), optional zone.
_ISO_RE = (
    r"^(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,9}))?)?"
    r"(?:Z|(?P<sign>[+-])(?P<oh>[01]\d|2[0-3])(?::?(?P<om>[0-5]\d))?)?)?$"
)
# Strings of the grammar that Arrow's cast may refuse: days past a short month's end, and
# fractions finer than a microsecond.
_RISKY_RE = r"^\d{4}-(?:02-(?:29|3[01])|(?:04|06|09|11)-31)|\.\d{7}"
_ZONED_RE = r":\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)$"  # a zone right after a time
# What ``str.splitlines`` splits on; an id containing one cannot live in a one-per-line list.
_LINE_BREAK_RE = "[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
_FOLD_RE = r"[\p{Cf}\p{Cc}\p{Z}]+"  # format (zero-width), control and space characters
_REGION_OK, _REGION_UNKNOWN, _REGION_EXCLUDED = 0, 1, 2
_CONSENT_IN, _UNVERIFIABLE, _NO_CONSENT, _WITHDRAWN, _WITHDRAWN_SINCE = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class _ConsentState:
    """Consent per roster member, and the events that decided it (for the policy versions)."""

    status: np.ndarray  # per roster member: one of the _CONSENT_IN ... _WITHDRAWN_SINCE codes
    at_us: np.ndarray  # every consent row's time (micros UTC; meaningless where unreadable)
    deciding_rows: np.ndarray  # consent rows at their member's latest instant <= snapshot
    deciding_members: np.ndarray  # roster index of each deciding row
    versions: pa.Array  # policy_version of every consent row
    quarantined: int
    invalid_ids: int
    near_misses: int


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
    kinds = _check_kinds(allowed_kinds) - NEVER_ELIGIBLE_KINDS
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
        _require_columns(name, table, columns)
    snapshot_us = _datetime_to_us(snapshot_at, option="data.snapshot_at")
    read_us = _datetime_to_us(read_at, option="read_at")

    roster_ids, region_status, members_bad, members_bad_ids = _roster(members, frozenset(regions))
    consents = _consent(
        consent, roster_ids, setting=setting, snapshot_us=snapshot_us, read_us=read_us
    )
    reason, member_idx, created_us = _post_reasons(
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
    included = _included_table(posts, keep, created_us)
    included_members = np.zeros(len(roster_ids), dtype=bool)
    included_members[member_idx[keep]] = True
    return EligibilityResult(
        posts_read=posts.num_rows,
        excluded={name: int(counts[i]) for i, name in enumerate(REASONS)},
        included=included,
        included_post_ids=sorted(included.column("post_id").to_pylist()),
        included_member_ids=sorted(pc.unique(included.column("member_id")).to_pylist()),
        policy_versions=_policy_versions(consents, included_members),
        quarantined={"members": members_bad, "consent": consents.quarantined},
        invalid_ids={
            "members": members_bad_ids,
            "consent": consents.invalid_ids,
            "posts": int(counts[REASONS.index("invalid_id")]),
        },
        near_misses=consents.near_misses,
        consent_basis=_consent_basis(consents, included_members, roster_ids),
        excluded_members=_excluded_members(reason, member_idx, included_members),
    )


def parse_timestamps(values: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Parse ISO 8601 text (or Arrow timestamps) to UTC microseconds; returns (micros, valid)."""
    arr = _plain(values)
    if pa.types.is_date(arr.type):  # a date alone is midnight UTC
        arr = arr.cast(pa.timestamp("s"))
    if pa.types.is_timestamp(arr.type):  # zone-less Arrow timestamps are taken as UTC
        return _timestamp_micros(arr)
    if not _is_string(arr.type):
        return np.zeros(len(arr), dtype=np.int64), np.zeros(len(arr), dtype=bool)
    text = pc.utf8_trim_whitespace(arr.cast(pa.string()))
    matches = _np(pc.match_substring_regex(text, _ISO_RE))
    # Arrow's own parser (fast) reads every form of the grammar the same way, but fails a whole
    # array on a day the month lacks or on sub-microsecond digits: such rare rows, and all rows
    # if a cast still fails, go through the exact field-by-field parser instead. Arrow needs
    # zoned and zone-less (UTC) text cast separately.
    risky = matches & _np(pc.match_substring_regex(text, _RISKY_RE))
    valid = matches & ~risky
    zoned = _np(pc.match_substring_regex(text, _ZONED_RE))
    try:
        micros = _cast_micros(text, valid & zoned, tz="UTC")
        micros = np.where(zoned, micros, _cast_micros(text, valid & ~zoned, tz=None))
    except pa.ArrowInvalid:
        return _parse_iso_parts(text)
    if risky.any():
        rows = np.flatnonzero(risky)
        micros[rows], valid[rows] = _parse_iso_parts(text.take(pa.array(rows)))
    return micros, valid


def _timestamp_micros(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """An Arrow timestamp array of any unit and zone as UTC microseconds; (micros, valid).

    Values that do not fit in int64 microseconds (seconds beyond year 292277) are invalid.
    """
    raw = pc.fill_null(arr.cast(pa.int64()), 0).to_numpy(zero_copy_only=False)
    valid = _np(pc.is_valid(arr))
    per_second = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}[arr.type.unit]
    if per_second < 1_000_000:
        scale = 1_000_000 // per_second
        valid &= np.abs(raw) <= np.iinfo(np.int64).max // scale
        return np.where(valid, raw, 0) * scale, valid
    return raw // (per_second // 1_000_000), valid


def _cast_micros(text: pa.Array, rows: np.ndarray, *, tz: str | None) -> np.ndarray:
    """Arrow's ISO 8601 cast of the selected rows to epoch microseconds (0 elsewhere)."""
    parsed = pc.cast(pc.if_else(pa.array(rows), text, None), pa.timestamp("us", tz=tz))
    return pc.fill_null(parsed.cast(pa.int64()), 0).to_numpy(zero_copy_only=False).copy()


def _parse_iso_parts(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Field-by-field parse of ``_ISO_RE`` with calendar checks (the cast's exact twin)."""
    parts = pc.extract_regex(text, _ISO_RE)
    valid = _np(pc.is_valid(parts))

    def num(field: str, width: int = 0) -> np.ndarray:
        digits = pc.fill_null(pc.struct_field(parts, field), "")
        if width:  # fraction of a second: right-pad, then keep microsecond digits
            digits = pc.utf8_slice_codeunits(pc.utf8_rpad(digits, width=width, padding="0"), 0, 6)
        return pc.cast(pc.binary_join_element_wise("0", digits, ""), pa.int64()).to_numpy()

    y, mo, d, h, mi, s = (num(f) for f in ("y", "mo", "d", "h", "mi", "s"))
    frac, oh, om = num("f", width=9), num("oh"), num("om")
    sign = np.where(_np(pc.equal(pc.struct_field(parts, "sign"), "-")), -1, 1)
    month = (y - 1970).astype("datetime64[Y]").astype("datetime64[M]") + np.clip(mo - 1, 0, 11)
    first_day = month.astype("datetime64[D]").astype(np.int64)
    month_days = (month + 1).astype("datetime64[D]").astype(np.int64) - first_day
    valid &= d <= month_days
    seconds = (((first_day + d - 1) * 24 + h) * 60 + mi) * 60 + s - sign * (oh * 60 + om) * 60
    return np.where(valid, seconds * 1_000_000 + frac, 0), valid


def _check_kinds(allowed_kinds: Sequence[str]) -> frozenset[str]:
    if isinstance(allowed_kinds, str) or not all(isinstance(k, str) for k in allowed_kinds):
        raise UserError("policy.allowed_kinds must be a list of kinds such as [post, article]")
    unknown = sorted(set(allowed_kinds) - KINDS)
    if unknown:
        raise UserError(
            f"policy.allowed_kinds has unknown kind(s) {unknown}; use some of {sorted(KINDS)}"
        )
    return frozenset(allowed_kinds)


def _require_columns(name: str, table: pa.Table, columns: Sequence[str]) -> None:
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise UserError(f"the {name} table has no column(s) {missing}; add them")


def _datetime_to_us(value: datetime, *, option: str) -> int:
    try:
        naive_utc = (value - value.utcoffset()).replace(tzinfo=None)
    except OverflowError:
        raise UserError(
            f"{option}={value.isoformat()} is outside the years 1-9999 in UTC; "
            "use a time such as 2026-06-30T00:00:00Z"
        ) from None
    return (naive_utc - datetime(1970, 1, 1)) // timedelta(microseconds=1)


def _np(mask: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A boolean Arrow array as numpy, nulls read as False."""
    if isinstance(mask, pa.ChunkedArray):
        mask = mask.combine_chunks()
    return pc.fill_null(mask, False).to_numpy(zero_copy_only=False)


def _plain(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous array: dictionary-encoded columns (e.g. pandas categoricals) decoded,
    and binary columns read as UTF-8 text (a value that is not UTF-8 becomes null)."""
    arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if _is_binary(arr.type):
        try:
            arr = arr.cast(pa.string())
        except pa.ArrowInvalid:  # some value is not UTF-8: decode row by row
            arr = pa.array([_utf8(v) for v in arr.to_pylist()], pa.string())
    return arr


def _utf8(value: bytes | None) -> str | None:
    try:
        return None if value is None else value.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _is_binary(t: pa.DataType) -> bool:
    return (
        pa.types.is_binary(t)
        or pa.types.is_large_binary(t)
        or pa.types.is_binary_view(t)
        or pa.types.is_fixed_size_binary(t)
    )


def _is_string(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


def _text(table: pa.Table, name: str) -> tuple[pa.Array, np.ndarray]:
    """Column ``name`` as strings (null where missing or wrong-typed) and its wrong-type mask."""
    col = _plain(table.column(name))
    if _is_string(col.type):
        return col.cast(pa.string()), np.zeros(len(col), dtype=bool)
    return pa.nulls(len(col), pa.string()), _np(pc.is_valid(col))


def _bad_ids(ids: pa.Array) -> np.ndarray:
    """Ids present but empty after trimming, or containing a line break of any kind."""
    empty = pc.equal(pc.utf8_trim_whitespace(ids), "")
    return _np(pc.or_(empty, pc.match_substring_regex(ids, _LINE_BREAK_RE)))


def _fold(values: pa.Array, *, punctuation: bool = False) -> pa.Array:
    """Text folded for near-miss matching: NFKC, no format/control/space characters, lower."""
    folded = pc.replace_substring_regex(pc.utf8_normalize(values, form="NFKC"), _FOLD_RE, "")
    if punctuation:
        folded = pc.replace_substring_regex(folded, r"[\p{P}\p{S}]+", "")
    return pc.utf8_lower(folded)


def _digits_key(folded: pa.Array) -> pa.Array:
    """The number in an id as text without leading zeros ("m00042" -> "42#"); null if none."""
    digits = pc.replace_substring_regex(folded, r"\D+", "")
    key = pc.binary_join_element_wise(pc.replace_substring_regex(digits, "^0+", ""), "#", "")
    return pc.if_else(pc.equal(digits, ""), pa.scalar(None, pa.string()), key)


def _row_flag(table: pa.Table) -> np.ndarray:
    if MALFORMED_COLUMN not in table.column_names:
        return np.zeros(table.num_rows, dtype=bool)
    flag = table.column(MALFORMED_COLUMN)
    if not pa.types.is_boolean(flag.type):
        raise ValueError(f"{MALFORMED_COLUMN} must be a boolean column, not {flag.type}")
    return _np(flag)


def _roster(members: pa.Table, excluded: frozenset[str]) -> tuple[pa.Array, np.ndarray, int, int]:
    """Unambiguous members: (ids, region status per id, quarantined rows, rows with bad ids)."""
    ids, bad_id = _text(members, "member_id")
    names, bad_name = _text(members, "display_name")
    region, bad_region = _text(members, "region")
    invalid = _bad_ids(ids)
    good = _np(pc.is_valid(ids)) & _np(pc.is_valid(names))
    good &= ~(bad_id | bad_name | bad_region | invalid | _row_flag(members))
    code = pc.fill_null(pc.dictionary_encode(ids).indices, -1).to_numpy() + 1  # 0: no id
    good &= np.bincount(code)[code] == 1  # an id on several rows is ambiguous: fail closed

    norm = pc.utf8_upper(pc.utf8_trim_whitespace(region.filter(pa.array(good))))
    for alias, code in ALIASES.items():
        norm = pc.if_else(pc.equal(norm, alias), code, norm)
    known = _np(pc.is_in(norm, value_set=pa.array(sorted(ISO_ALPHA2))))
    out = _np(pc.is_in(norm, value_set=pa.array(sorted(excluded), pa.string())))
    status = np.where(~known, _REGION_UNKNOWN, np.where(out, _REGION_EXCLUDED, _REGION_OK))
    bad = int((~good).sum())
    return ids.filter(pa.array(good)), status.astype(np.int8), bad, int(invalid.sum())


def _consent_values(consent: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """Consent ``value`` as (opted_in, readable): booleans, or true/false text in any case."""
    col = _plain(consent.column("value"))
    if pa.types.is_boolean(col.type):
        return _np(col), _np(pc.is_valid(col))
    if _is_string(col.type):
        word = pc.utf8_lower(pc.utf8_trim_whitespace(col))
        yes, no = _np(pc.equal(word, "true")), _np(pc.equal(word, "false"))
        return yes, yes | no
    return np.zeros(len(col), dtype=bool), np.zeros(len(col), dtype=bool)


def _consent(
    consent: pa.Table, roster_ids: pa.Array, *, setting: str, snapshot_us: int, read_us: int
) -> _ConsentState:
    """Each roster member's consent at the snapshot, and whether it still stands at read time,
    from their events for ``setting``."""
    member_id, _ = _text(consent, "member_id")
    setting_col, _ = _text(consent, "setting")
    version, _ = _text(consent, "policy_version")
    opted_in, value_ok = _consent_values(consent)
    at_us, at_ok = parse_timestamps(consent.column("at"))
    invalid = _bad_ids(member_id)
    attributable = _np(pc.is_valid(member_id)) & _np(pc.is_valid(setting_col)) & ~invalid
    relevant = attributable & _np(pc.equal(setting_col, setting))
    readable = value_ok & at_ok & _np(pc.is_valid(version)) & ~_row_flag(consent)
    broken = relevant & ~readable
    idx = pc.fill_null(pc.index_in(member_id, value_set=roster_ids), -1).to_numpy()
    idx = np.where(attributable, idx, -1)

    n = len(roster_ids)
    unverifiable = np.zeros(n, dtype=bool)
    unverifiable[idx[broken & (idx >= 0)]] = True
    exact = np.where(relevant, idx, -1)
    near, near_rows = _near_misses(consent, setting_col, roster_ids, setting=setting, exact=exact)
    unverifiable |= near
    good = relevant & readable & (idx >= 0)
    usable = np.flatnonzero(good & (at_us <= snapshot_us))
    # Sort by member, then time, then opt-ins before opt-outs: a member's last event decides,
    # and at a tie the opt-out comes last, so it wins.
    order = usable[np.lexsort((~opted_in[usable], at_us[usable], idx[usable]))]
    last = order[np.r_[idx[order][1:] != idx[order][:-1], True]] if len(order) else order
    decided_in = np.zeros(n, dtype=bool)
    decided_in[idx[last]] = opted_in[last]
    has_event = np.zeros(n, dtype=bool)
    has_event[idx[last]] = True
    decision_at = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
    decision_at[idx[last]] = at_us[last]
    deciding = usable[at_us[usable] == decision_at[idx[usable]]]
    since = good & ~opted_in & (at_us > snapshot_us) & (at_us <= read_us)
    withdrawn_since = np.zeros(n, dtype=bool)
    withdrawn_since[idx[since]] = True

    status = np.select(
        [unverifiable, ~has_event, ~decided_in, withdrawn_since],
        [_UNVERIFIABLE, _NO_CONSENT, _WITHDRAWN, _WITHDRAWN_SINCE],
        default=_CONSENT_IN,
    )
    return _ConsentState(
        status=status.astype(np.int8),
        at_us=at_us,
        deciding_rows=deciding,
        deciding_members=idx[deciding],
        versions=version,
        quarantined=int((~attributable).sum() + broken.sum()),
        invalid_ids=int(invalid.sum()),
        near_misses=near_rows,
    )


def _loose_ids(consent: pa.Table) -> tuple[pa.Array, np.ndarray]:
    """Consent member ids as text for near-miss matching, numbers included; (ids, is_number)."""
    col = _plain(consent.column("member_id"))
    if pa.types.is_integer(col.type):
        return col.cast(pa.string()), _np(pc.is_valid(col))
    ids, _ = _text(consent, "member_id")
    if RAW_ID_COLUMN in consent.column_names:  # numbers the reader could not keep as ids
        raw = _plain(consent.column(RAW_ID_COLUMN)).cast(pa.string())
        number = _np(pc.is_valid(raw)) & ~_np(pc.is_valid(ids))
        return pc.if_else(pa.array(number), raw, ids), number
    return ids, np.zeros(len(ids), dtype=bool)


def _near_misses(
    consent: pa.Table,
    setting_col: pa.Array,
    roster_ids: pa.Array,
    *,
    setting: str,
    exact: np.ndarray,
) -> tuple[np.ndarray, int]:
    """Members named by a consent row only after folding; (mask per roster member, rows).

    ``exact`` is the roster index a row names exactly (training setting, same id), else -1.
    A row that names no member exactly marks every member it names loosely. A row that names
    member m exactly marks the other members whose folded id (or number, if m's id is only
    digits) equals m's, so only such collisions inside the roster need checking for it.
    """
    n = len(roster_ids)
    marked = np.zeros(n, dtype=bool)
    if not n:
        return marked, 0
    ids, is_number = _loose_ids(consent)
    loose = _np(pc.is_valid(ids)) & _setting_matches(setting_col, setting)
    roster_keys = _fold(roster_ids)
    roster_numeric = _np(pc.match_substring_regex(roster_keys, r"^\d+$"))

    rows = np.flatnonzero(loose & (exact < 0))  # usually none or few: fold only these
    keys = _fold(ids.take(pa.array(rows)))
    marked |= _np(pc.is_in(roster_keys, value_set=keys))
    near_rows = _np(pc.is_in(keys, value_set=roster_keys))
    numeric = is_number[rows] | _np(pc.match_substring_regex(keys, r"^\d+$"))
    named = np.zeros(n, dtype=bool)
    named[exact[exact >= 0]] = True
    if numeric.any() or (named & roster_numeric).any():  # numbers: rare, so computed lazily
        roster_numbers = _digits_key(roster_keys)
        numbers = _digits_key(keys.filter(pa.array(numeric)))
        marked |= _np(pc.is_in(roster_numbers, value_set=pc.drop_null(numbers)))
        near_rows[numeric] |= _np(pc.is_in(numbers, value_set=pc.drop_null(roster_numbers)))
        marked |= _collisions(roster_numbers, named & roster_numeric)
    marked |= _collisions(roster_keys, named)
    return marked, int(near_rows.sum())


def _collisions(member_keys: pa.Array, named: np.ndarray) -> np.ndarray:
    """Members sharing a key with another member that a row names exactly."""
    encoded = pc.dictionary_encode(member_keys)
    if len(encoded.dictionary) == pc.count(member_keys).as_py():  # every key distinct
        return np.zeros(len(named), dtype=bool)
    group = pc.fill_null(encoded.indices, -1).to_numpy()
    in_group = group >= 0
    per_group = np.bincount(group[in_group], weights=named[in_group], minlength=1)
    others = np.where(in_group, per_group[np.maximum(group, 0)], 0) - named
    return in_group & (others > 0)


def _setting_matches(setting_col: pa.Array, setting: str) -> np.ndarray:
    """Rows whose setting equals ``setting`` after folding (punctuation too); computed on the
    few distinct values, not on every row."""
    encoded = pc.dictionary_encode(setting_col)
    target = _fold(pa.array([setting]), punctuation=True)[0]
    match = _np(pc.equal(_fold(encoded.dictionary, punctuation=True), target))
    codes = pc.fill_null(encoded.indices, -1).to_numpy()
    return np.where(codes >= 0, match[np.maximum(codes, 0)] if len(match) else False, False)


def _post_reasons(
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
    post_id, bad_pid = _text(posts, "post_id")
    member_id, bad_mid = _text(posts, "member_id")
    kind, bad_kind = _text(posts, "kind")
    text, bad_text = _text(posts, "text")
    created_us, created_ok = parse_timestamps(posts.column("created_at"))
    deleted_col = _plain(posts.column("deleted_at"))
    deleted_us, deleted_ok = parse_timestamps(deleted_col)
    has_deleted = _np(pc.is_valid(deleted_col))

    present = [_np(pc.is_valid(c)) for c in (post_id, member_id, kind, text)]
    malformed = ~np.logical_and.reduce(present) | bad_pid | bad_mid | bad_kind | bad_text
    malformed |= ~created_ok | (has_deleted & ~deleted_ok) | _row_flag(posts)
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
    invalid = _bad_ids(post_id)
    unknown = np.flatnonzero(idx < 0)  # roster ids are all valid: check only the others
    invalid[unknown] |= _bad_ids(member_id.take(pa.array(unknown)))
    checks = [
        invalid,
        malformed,
        idx < 0,
        ~_np(pc.is_in(kind, value_set=allowed)),
        created_us > snapshot_us,
        deleted & (deleted_us <= snapshot_us),
        deleted & (deleted_us <= read_us),
        _np(pc.equal(pc.utf8_trim_whitespace(text), "")),
        region == _REGION_UNKNOWN,
        region == _REGION_EXCLUDED,
        consent == _UNVERIFIABLE,
        consent == _NO_CONSENT,
        consent == _WITHDRAWN,
        consent == _WITHDRAWN_SINCE,
    ]
    reason = np.select(checks, np.arange(len(REASONS)), default=len(REASONS))
    return reason.astype(np.int64), idx, created_us


def _included_table(posts: pa.Table, keep: np.ndarray, created_us: np.ndarray) -> pa.Table:
    mask = pa.array(keep)
    columns = {
        c: _plain(posts.column(c)).filter(mask).cast(pa.string()) for c in INCLUDED_COLUMNS[:4]
    }
    columns["created_at"] = pa.array(created_us[keep], pa.timestamp("us", tz="UTC"))
    table = pa.table(columns)
    return table.sort_by([("member_id", "ascending"), ("post_id", "ascending")])


def _policy_versions(consents: _ConsentState, included_members: np.ndarray) -> list[str]:
    """Distinct policy versions of the opt-ins that decided each included member's consent.

    An included member opted in at their latest instant with no opt-out there, so every
    deciding event of theirs is an opt-in.
    """
    rows = consents.deciding_rows[included_members[consents.deciding_members]]
    versions = consents.versions.take(pa.array(rows, pa.int64()))
    return sorted(pc.unique(versions).to_pylist())


def _consent_basis(consents: _ConsentState, included_members: np.ndarray,
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


def _excluded_members(reason: np.ndarray, member_idx: np.ndarray,
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
