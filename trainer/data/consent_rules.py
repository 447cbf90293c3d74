"""Each roster member's consent at the snapshot, and whether it still stands at read time.

The consent rules of ``trainer.data.eligibility`` (its docstring states them): the last readable
event at or before the snapshot decides, an opt-out wins a tie, an opt-out after the snapshot and
by read time withdraws, and an unreadable row or a near miss makes its member unverifiable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data.columns import (
    as_bools,
    bad_ids,
    digits_key,
    fold,
    is_string,
    parse_timestamps,
    plain,
    row_flag,
    text_column,
)
from trainer.data.tables import RAW_ID_COLUMN

CONSENT_IN, UNVERIFIABLE, NO_CONSENT, WITHDRAWN, WITHDRAWN_SINCE = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class ConsentState:
    """Consent per roster member, and the events that decided it (for the policy versions)."""

    status: np.ndarray  # per roster member: one of the CONSENT_IN ... WITHDRAWN_SINCE codes
    at_us: np.ndarray  # every consent row's time (micros UTC; meaningless where unreadable)
    deciding_rows: np.ndarray  # consent rows at their member's latest instant <= snapshot
    deciding_members: np.ndarray  # roster index of each deciding row
    versions: pa.Array  # policy_version of every consent row
    quarantined: int
    invalid_ids: int
    near_misses: int



def _consent_values(consent: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """Consent ``value`` as (opted_in, readable): booleans, or true/false text in any case."""
    col = plain(consent.column("value"))
    if pa.types.is_boolean(col.type):
        return as_bools(col), as_bools(pc.is_valid(col))
    if is_string(col.type):
        word = pc.utf8_lower(pc.utf8_trim_whitespace(col))
        yes, no = as_bools(pc.equal(word, "true")), as_bools(pc.equal(word, "false"))
        return yes, yes | no
    return np.zeros(len(col), dtype=bool), np.zeros(len(col), dtype=bool)


def consent_state(
    consent: pa.Table, roster_ids: pa.Array, *, setting: str, snapshot_us: int, read_us: int
) -> ConsentState:
    """Each roster member's consent at the snapshot, and whether it still stands at read time,
    from their events for ``setting``."""
    member_id, _ = text_column(consent, "member_id")
    setting_col, _ = text_column(consent, "setting")
    version, _ = text_column(consent, "policy_version")
    opted_in, value_ok = _consent_values(consent)
    at_us, at_ok = parse_timestamps(consent.column("at"))
    invalid = bad_ids(member_id)
    attributable = as_bools(pc.is_valid(member_id)) & as_bools(pc.is_valid(setting_col)) & ~invalid
    relevant = attributable & as_bools(pc.equal(setting_col, setting))
    readable = value_ok & at_ok & as_bools(pc.is_valid(version)) & ~row_flag(consent)
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
        [UNVERIFIABLE, NO_CONSENT, WITHDRAWN, WITHDRAWN_SINCE],
        default=CONSENT_IN,
    )
    return ConsentState(
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
    col = plain(consent.column("member_id"))
    if pa.types.is_integer(col.type):
        return col.cast(pa.string()), as_bools(pc.is_valid(col))
    ids, _ = text_column(consent, "member_id")
    if RAW_ID_COLUMN in consent.column_names:  # numbers the reader could not keep as ids
        raw = plain(consent.column(RAW_ID_COLUMN)).cast(pa.string())
        number = as_bools(pc.is_valid(raw)) & ~as_bools(pc.is_valid(ids))
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
    loose = as_bools(pc.is_valid(ids)) & _setting_matches(setting_col, setting)
    roster_keys = fold(roster_ids)
    roster_numeric = as_bools(pc.match_substring_regex(roster_keys, r"^\d+$"))

    rows = np.flatnonzero(loose & (exact < 0))  # usually none or few: fold only these
    keys = fold(ids.take(pa.array(rows)))
    marked |= as_bools(pc.is_in(roster_keys, value_set=keys))
    near_rows = as_bools(pc.is_in(keys, value_set=roster_keys))
    numeric = is_number[rows] | as_bools(pc.match_substring_regex(keys, r"^\d+$"))
    named = np.zeros(n, dtype=bool)
    named[exact[exact >= 0]] = True
    if numeric.any() or (named & roster_numeric).any():  # numbers: rare, so computed lazily
        roster_numbers = digits_key(roster_keys)
        numbers = digits_key(keys.filter(pa.array(numeric)))
        marked |= as_bools(pc.is_in(roster_numbers, value_set=pc.drop_null(numbers)))
        near_rows[numeric] |= as_bools(pc.is_in(numbers, value_set=pc.drop_null(roster_numbers)))
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
    target = fold(pa.array([setting]), punctuation=True)[0]
    match = as_bools(pc.equal(fold(encoded.dictionary, punctuation=True), target))
    codes = pc.fill_null(encoded.indices, -1).to_numpy()
    return np.where(codes >= 0, match[np.maximum(codes, 0)] if len(match) else False, False)

