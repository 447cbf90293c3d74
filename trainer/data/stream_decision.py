"""Pass 3 of streaming (``stream``): eligibility judged batch by batch, with the same
``EligibilityResult`` as ``eligibility.decide`` on the whole table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data import columns, consent_rules
from trainer.data import eligibility as el
from trainer.data.tables import CONSENT_COLUMNS, MEMBER_COLUMNS, POST_COLUMNS

OUTCOMES = len(el.REASONS) + 1  # every exclusion reason, then "included"


class StreamDecision:
    """``eligibility.decide`` fed batch by batch: ``add`` each batch of posts, then ``result``.

    Members and consent are judged once, as ``decide`` judges them; each post row is judged by
    eligibility's own per-row rules (``post_reasons``). ``add`` returns the batch's included
    rows (the shape of ``EligibilityResult.included``) for the caller to keep or consume."""

    def __init__(self, *, members: pa.Table, consent: pa.Table, snapshot_at: datetime,
                 read_at: datetime, setting: str, allowed_kinds: Sequence[str],
                 excluded_regions: Sequence[str]) -> None:
        kinds, regions = el.check_policy_args(
            setting=setting, allowed_kinds=allowed_kinds, excluded_regions=excluded_regions,
            snapshot_at=snapshot_at, read_at=read_at)
        columns.require_columns("members", members, MEMBER_COLUMNS)
        columns.require_columns("consent", consent, CONSENT_COLUMNS)
        self.kinds = kinds
        self.snapshot_us = columns.datetime_to_us(snapshot_at, option="data.snapshot_at")
        self.read_us = columns.datetime_to_us(read_at, option="read_at")
        (self.roster_ids, self.region_status, self.members_bad,
         self.members_bad_ids) = el.roster(members, frozenset(regions))
        self.consents = consent_rules.consent_state(
            consent, self.roster_ids, setting=setting, snapshot_us=self.snapshot_us,
            read_us=self.read_us)
        self.counts = np.zeros(len(el.REASONS) + 1, dtype=np.int64)
        self.posts_read = 0
        self.included_members = np.zeros(len(self.roster_ids), dtype=bool)
        self.post_ids: list[pa.Array] = []  # included post ids, batch by batch
        # (member * OUTCOMES + reason, count): one key per (member, outcome) pair
        self._pairs: list[tuple[np.ndarray, np.ndarray]] = []

    def add(self, posts: pa.Table) -> pa.Table:
        """Judge one batch of post rows; returns its included rows."""
        columns.require_columns("posts", posts, POST_COLUMNS)
        reason, member_idx, created_us = el.post_reasons(
            posts, self.roster_ids, self.region_status, self.consents.status,
            kinds=self.kinds, snapshot_us=self.snapshot_us, read_us=self.read_us)
        keep = reason == len(el.REASONS)
        self.counts += np.bincount(reason, minlength=len(el.REASONS) + 1)
        self.posts_read += posts.num_rows
        self.included_members[member_idx[keep]] = True
        known = member_idx >= 0
        keys, counts = np.unique(member_idx[known].astype(np.int64) * OUTCOMES + reason[known],
                                 return_counts=True)
        self._pairs.append((keys, counts.astype(np.int64)))
        if len(self._pairs) >= 16:  # bounded by the distinct (member, reason) pairs
            self._merged_pairs()
        included = el.included_table(posts, keep, created_us)
        self.post_ids.append(included.column("post_id").combine_chunks())
        return included

    def _merged_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """The per-(member, reason) row counts so far, merged into one sorted pair of arrays."""
        if len(self._pairs) != 1:
            keys = np.concatenate([k for k, _ in self._pairs]) if self._pairs else np.zeros(
                0, np.int64)
            counts = np.concatenate([c for _, c in self._pairs]) if self._pairs else np.zeros(
                0, np.int64)
            uniq, inverse = np.unique(keys, return_inverse=True)
            self._pairs = [(uniq, np.bincount(inverse, weights=counts,
                                               minlength=len(uniq)).astype(np.int64))]
        return self._pairs[0]

    def result(self, included: list[pa.Table] | None = None) -> el.EligibilityResult:
        """The ``EligibilityResult`` of every row added. ``included`` is the list of what
        ``add`` returned (emptied here; the rows are sorted as ``decide`` sorts them); leave it
        out when the caller consumed the included rows batch by batch (``result.included`` is
        then empty)."""
        included = _sorted_included(included) if included else _empty_included()
        post_ids = (pa.chunked_array(self.post_ids, pa.string()) if self.post_ids
                    else pa.chunked_array([], pa.string()))
        member_ids = self.roster_ids.filter(pa.array(self.included_members))
        counts = self.counts
        return el.EligibilityResult(
            posts_read=self.posts_read,
            excluded={name: int(counts[i]) for i, name in enumerate(el.REASONS)},
            included=included,
            included_post_ids=sorted(post_ids.to_pylist()),
            included_member_ids=sorted(member_ids.to_pylist()),
            policy_versions=el.policy_versions(self.consents, self.included_members),
            quarantined={"members": self.members_bad, "consent": self.consents.quarantined},
            invalid_ids={"members": self.members_bad_ids, "consent": self.consents.invalid_ids,
                         "posts": int(counts[el.REASONS.index("invalid_id")])},
            near_misses=self.consents.near_misses,
            consent_basis=el.consent_basis(self.consents, self.included_members,
                                            self.roster_ids),
            excluded_members=self._excluded_members(),
        )

    def _excluded_members(self) -> dict[str, int]:
        """As ``eligibility.excluded_members``, from the merged (member, reason) counts."""
        keys, counts = self._merged_pairs()
        members, reasons = keys // OUTCOMES, keys % OUTCOMES
        out = ~self.included_members[members] if len(keys) else np.zeros(0, dtype=bool)
        members, reasons, counts = members[out], reasons[out], counts[out]
        order = np.lexsort((reasons, -counts, members))
        members, reasons = members[order], reasons[order]
        first = np.r_[True, members[1:] != members[:-1]] if len(members) else np.zeros(0, bool)
        totals = np.bincount(reasons[first], minlength=len(el.REASONS))
        return {name: int(totals[i]) for i, name in enumerate(el.REASONS)}


def _sorted_included(parts: list[pa.Table]) -> pa.Table:
    """The parts concatenated and sorted by (member_id, post_id) as ``decide`` sorts them,
    column by column, so that the peak is the rows plus one sorted column, not twice the rows."""
    table = pa.concat_tables(parts)
    parts.clear()
    order = pc.sort_indices(table, sort_keys=[("member_id", "ascending"),
                                              ("post_id", "ascending")])
    columns = {}
    for name in list(table.column_names):
        columns[name] = table.column(name).take(order)
        table = table.drop_columns([name])
    return pa.table(columns)


def _empty_included() -> pa.Table:
    columns = {c: pa.array([], pa.string()) for c in el.INCLUDED_COLUMNS[:4]}
    columns["created_at"] = pa.array([], pa.timestamp("us", tz="UTC"))
    return pa.table(columns)
