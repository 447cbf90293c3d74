"""The posts table read in record batches, one rank's rows at a time (Parquet inputs).

``select_eligible`` uses this for every Parquet posts source (one file, a directory or a glob of
shards), on one process or several, so that a process holds its members and consent tables,
one record batch of posts, and what eligibility keeps of its own share (the included rows and
a few counters), never the whole posts table. JSON Lines and CSV posts are still read whole
(``tables.read_table``): those formats have no row groups to stream.

The result is, bit for bit, what ``decide`` gives on the whole table filtered by
``prepare.posts_of_rank`` (tested in ``tests/data/test_stream.py``). Three passes:

1. **Repeated post ids** (``repeat_candidates``). Of rows sharing a ``post_id``, the first in
   table order is judged and goes to its member's rank; later rows follow it and are
   ``malformed``. That needs every row's post id, so the post_id column alone is streamed and
   each readable id hashed to 64 bits (``hash64``); ``buckets = ceil(rows / bucket_rows)``
   passes each keep only the hashes of one bucket, sort them, and note the rows whose hash
   occurs more than once: the *candidates* (true repeats, plus hash collisions, which are
   astronomically rare and harmless: see 2). Memory: ~40 bytes per row of one bucket.
2. **Routing** (``rank_batches``). All columns are streamed. A row goes to
   ``owner_rank(member_id)`` (rank 0 when its member id is unreadable; ``Owners`` computes it
   for a whole batch at once from the members table's owners), except candidates: the
   first candidate row with a given post id *string* keeps its own owner and is remembered;
   a later row with the same string is a repeat (exact comparison, so a collision of hashes
   never merges two different ids): it goes with the first row's owner and is marked
   ``malformed`` through the reader's ``MALFORMED_COLUMN``, which ``decide`` reads.
3. **Eligibility** (``StreamDecision``). Roster and consent state are computed once; each of
   the rank's batches is judged row by row by eligibility's own ``post_reasons``; counts are
   summed, included rows kept (``included``) and per-member reason counts merged for
   ``excluded_members``. Every quantity of ``EligibilityResult`` is either per row or a
   sum/union over rows, so the batched result equals the whole-table one.

Types: every batch is cast to the shards' unified (permissively promoted) schema, as
``read_table`` concatenates them, so wide strings, binary ids and timestamp units read the
same; string and binary *views* become large strings and binaries (same values; Arrow cannot
filter views, so the whole-table path fails on them with an ArrowNotImplementedError). The
source's sha256 is computed before the first pass and checked after the last, exactly as
``read_table`` does (same digest, same ``SourceInfo``).

Memory per process (measured, scripts/bench_data_prep.py; pyarrow 26): ~0.33 GB floor
(interpreter, Arrow kernels) + ~0.64 KB per member (members and consent read whole, ~2 consent
rows each, roster and consent state) + 48 B x min(posts, ``BUCKET_ROWS``) during pass 1 + ~3
batches + ~0.1 KB per included post of this rank (its ids) + 16 B per (member, reason) pair of
this rank; with several ranks ~40 B per member (``Owners``). What the caller keeps of the
included rows comes on top: ``select_eligible`` with a redactor keeps their ids and their
*redacted* texts (~0.2 KB per post as Python strings), as training needs them, and never more
raw text than one batch. Not counted here: the redactor's member-name table (~130 B per
distinct display name above 100k name keys, ``trainer.redact.names``).
Every rank still *decodes* every row of every shard (Parquet cannot skip rows inside a row
group), ~0.5 us per post; only the rank's own rows are judged, redacted and kept.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from trainer.data import columns, consent_rules
from trainer.data import eligibility as el
from trainer.data.tables import (
    CONSENT_COLUMNS,
    MALFORMED_COLUMN,
    MEMBER_COLUMNS,
    POST_COLUMNS,
    RAW_ID_COLUMN,
    SourceInfo,
    files_digest,
    locate_source,
)
from trainer.errors import UserError
from trainer.polyhash import power_table

BATCH_ROWS = 65_536  # rows per record batch read, and per batch judged
BUCKET_ROWS = 1 << 22  # post ids hashed per pass of the repeated-id scan (~40 bytes each)
_READER_COLUMNS = (MALFORMED_COLUMN, RAW_ID_COLUMN)
OUTCOMES = len(el.REASONS) + 1  # every exclusion reason, then "included"


def owner_rank(member_id: str, world_size: int) -> int:
    """The rank that owns a member (``prepare.PARTITION_RULE``)."""
    digest = hashlib.sha256(member_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % world_size


# -- the source ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParquetSource:
    """A Parquet table (one file or sorted shards) opened for streaming: metadata only."""

    name: str
    where: Path
    files: list[Path]
    schema: pa.Schema  # the shards' unified schema, reader columns dropped
    rows: int
    sha256: str

    def info(self) -> SourceInfo:
        return SourceInfo(self.name, str(self.where), "parquet", self.sha256, self.rows,
                          len(self.files))

    def check_unchanged(self) -> None:
        """Refuse a source whose bytes changed while the passes read it (as ``read_table``)."""
        if files_digest(self.where, self.files) != self.sha256:
            raise UserError(f"{self.where}: the {self.name} table changed while it was being "
                            "read; try again")


def open_parquet(name: str, path: str | Path, columns: Sequence[str]) -> ParquetSource | None:
    """``path`` opened for streaming if it names Parquet (file, directory, glob), else None.

    Raises the UserErrors ``read_table`` raises for the same defects (unreadable shard, shards
    whose types disagree, missing columns, no rows), from the files' metadata alone."""
    where, files, fmt = locate_source(name, path)
    if fmt != "parquet":
        return None
    digest = files_digest(where, files)
    schemas, rows = [], 0
    for file in files:
        try:
            meta = pq.ParquetFile(file)
            schema, count = meta.schema_arrow, meta.metadata.num_rows
        except Exception as err:  # as read_table: the file as a whole is unusable
            raise UserError(f"{file}: the {name} table is not a readable Parquet file "
                            f"({type(err).__name__}); re-export it") from None
        keep = [i for i, f in enumerate(schema) if f.name not in _READER_COLUMNS]
        schemas.append(pa.schema([schema.field(i) for i in keep]))
        rows += count
    try:
        schema = pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as err:
        raise _disagree(where, name, err) from None
    missing = [c for c in columns if c not in schema.names]
    if missing:
        raise UserError(f"{where}: the {name} table has no column(s) {', '.join(missing)}; "
                        f"it needs {', '.join(columns)}")
    if rows == 0:
        raise UserError(f"{where}: the {name} table has no rows (only a header or nothing); "
                        f"check data.{name} and the export that wrote it")
    return ParquetSource(name, where, files, schema, rows, digest)


def _disagree(where: Path, name: str, err: Exception) -> UserError:
    return UserError(f"{where}: the {name} shards disagree on column types "
                     f"({str(err).splitlines()[0][:120]}); re-export them with one schema")


def batches(src: ParquetSource, columns: Sequence[str],
            batch_rows: int = BATCH_ROWS) -> Iterator[tuple[int, pa.Table]]:
    """(first row's index in the whole table, batch of ``columns``) in table order, each batch
    cast to the unified schema (a column a shard lacks is null there, as in concatenation)."""
    start = 0
    for file in src.files:
        try:
            pf = pq.ParquetFile(file)
            present = [c for c in columns if c in pf.schema_arrow.names]
            if present:
                parts = (pa.Table.from_batches([b]) for b in pf.iter_batches(
                    batch_size=batch_rows, columns=present, use_threads=False))
            else:  # none of the columns: only the row count matters
                total = pf.metadata.num_rows
                parts = (pa.table({}).append_column("_", pa.nulls(min(batch_rows, total - s)))
                         for s in range(0, total, batch_rows))
            for part in parts:
                table = _conform(part, src, columns)
                yield start, table
                start += table.num_rows
        except UserError:
            raise
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OSError,
                ValueError) as err:
            raise UserError(f"{file}: the {src.name} table is not a readable Parquet file "
                            f"({type(err).__name__}); re-export it") from None


def _conform(part: pa.Table, src: ParquetSource, columns: Sequence[str]) -> pa.Table:
    arrays = []
    for name in columns:
        field = src.schema.field(name)
        if name not in part.column_names:
            arrays.append(pa.nulls(part.num_rows, field.type))
            continue
        column = part.column(name)
        if column.type != field.type:
            try:
                column = column.cast(field.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as err:
                raise _disagree(src.where, src.name, err) from None
        arrays.append(_unview(column))
    return pa.table(arrays, names=list(columns))


def _unview(column: pa.ChunkedArray | pa.Array):
    """String and binary views as large strings and binaries (the same values): Arrow has no
    filter or take kernels for views, which routing and ``decide`` need."""
    if pa.types.is_string_view(column.type):
        return column.cast(pa.large_string())
    if pa.types.is_binary_view(column.type):
        return column.cast(pa.large_binary())
    return column


# -- pass 1: repeated post ids ------------------------------------------------------------------

_P = 0x100000001B3  # odd, so invertible modulo 2**64
_P_INV = pow(_P, -1, 1 << 64)
_POWER_CACHE = 1 << 22  # power-table entries kept per base (32 MiB); a larger batch's are not kept
def hash64(ids: pa.Array) -> np.ndarray:
    """A 64-bit hash of each string (garbage where null), vectorised over the bytes: a
    polynomial in the bytes (mod 2**64), mixed with the length and finalised (splitmix64).
    Not collision-resistant, and need not be: equal hashes are only *candidates*, confirmed by
    comparing the strings."""
    ids = ids.cast(pa.string())
    n = len(ids)
    if n == 0:
        return np.zeros(0, dtype=np.uint64)
    _, offsets_buf, data_buf = ids.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int32, count=n + 1,
                            offset=ids.offset * 4).astype(np.int64)
    lo, hi = int(offsets[0]), int(offsets[-1])
    data = (np.frombuffer(data_buf, dtype=np.uint8, count=hi - lo, offset=lo)
            if hi > lo else np.zeros(0, dtype=np.uint8))
    starts, ends = offsets[:-1] - lo, offsets[1:] - lo
    sums = np.zeros(hi - lo + 1, dtype=np.uint64)
    power = power_table(_P, hi - lo, cache_limit=_POWER_CACHE)
    inverse = power_table(_P_INV, hi - lo, cache_limit=_POWER_CACHE)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * power[:hi - lo], out=sums[1:])
    h = (sums[ends] - sums[starts]) * inverse[starts]
    h ^= (ends - starts).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


def repeat_candidates(src: ParquetSource, *, batch_rows: int = BATCH_ROWS,
                      bucket_rows: int = BUCKET_ROWS) -> np.ndarray:
    """Sorted indices of the rows whose readable post id's hash occurs on more than one row:
    every row of a repeated post id, plus (rarely) rows that merely share a hash."""
    buckets = max(1, math.ceil(src.rows / bucket_rows))
    found = []
    for bucket in range(buckets):
        hashes, rows = [], []
        for start, table in batches(src, ("post_id",), batch_rows):
            post_id, _ = columns.text_column(table, "post_id")
            h = hash64(post_id)
            keep = columns.as_bools(pc.is_valid(post_id))
            if buckets > 1:
                keep &= h % np.uint64(buckets) == bucket
            where = np.flatnonzero(keep)
            hashes.append(h[where])
            rows.append(where + start)
        h = np.concatenate(hashes) if hashes else np.zeros(0, np.uint64)
        r = np.concatenate(rows) if rows else np.zeros(0, np.int64)
        del hashes, rows
        order = np.argsort(h, kind="stable")
        h, r = h[order], r[order]
        del order
        same = h[1:] == h[:-1]
        grouped = np.zeros(len(h), dtype=bool)
        grouped[1:] |= same
        grouped[:-1] |= same
        found.append(r[grouped])
    return np.sort(np.concatenate(found)).astype(np.int64)


# -- pass 2: this rank's rows -------------------------------------------------------------------


def rank_batches(src: ParquetSource, *, rank: int, world_size: int,
                 candidates: np.ndarray | None = None, batch_rows: int = BATCH_ROWS,
                 bucket_rows: int = BUCKET_ROWS,
                 known_ids: pa.Array | None = None) -> Iterator[pa.Table]:
    """The rows of ``src`` that rank ``rank`` judges, in table order, in batches of about
    ``batch_rows`` rows, with ``MALFORMED_COLUMN`` set on rows repeating an earlier post id.

    The same rows as ``prepare.posts_of_rank`` on the whole table (every row: owner of its
    member id, or rank 0 if unreadable; a repeated post id: owner of its first row).
    ``known_ids`` (the members table's ids) only makes routing faster (``Owners``)."""
    if candidates is None:
        candidates = repeat_candidates(src, batch_rows=batch_rows, bucket_rows=bucket_rows)
    first_owner: dict[str, int] = {}  # candidate post ids seen so far -> their first row's rank
    owners = Owners(known_ids, world_size) if world_size > 1 else None
    pending: list[pa.Table] = []
    held = 0
    for start, table in batches(src, POST_COLUMNS, batch_rows):
        n = table.num_rows
        owner = (owners(columns.text_column(table, "member_id")[0]) if owners is not None
                 else np.zeros(n, dtype=np.int64))
        repeat = np.zeros(n, dtype=bool)
        lo, hi = np.searchsorted(candidates, [start, start + n])
        if hi > lo:
            rows = candidates[lo:hi] - start
            post_id, _ = columns.text_column(table, "post_id")
            for row, pid in zip(rows.tolist(), post_id.take(pa.array(rows)).to_pylist(),
                                strict=True):
                if pid in first_owner:
                    repeat[row], owner[row] = True, first_owner[pid]
                else:
                    first_owner[pid] = int(owner[row])
        mine = owner == rank
        if not mine.any():
            continue
        part = table.filter(pa.array(mine)).append_column(
            MALFORMED_COLUMN, pa.array(repeat[mine], pa.bool_()))
        pending.append(part)
        held += part.num_rows
        if held >= batch_rows:
            yield pa.concat_tables(pending).combine_chunks()
            pending, held = [], 0
    if pending:
        yield pa.concat_tables(pending).combine_chunks()


class Owners:
    """Each post row's owner rank (``owner_rank`` of its member id; rank 0 where unreadable),
    vectorised: the owners of ``known_ids`` (the members table's ids) are computed once; a
    batch's distinct ids are found among them by a 64-bit hash and confirmed by comparing the
    strings, so only ids outside the table (or sharing a hash with one in it) are hashed with
    sha256 one by one. Exactly ``owner_rank``, at ~0.1 us per row instead of a Python call per
    distinct id and batch."""

    def __init__(self, known_ids: pa.Array | None, world_size: int) -> None:
        self.world_size = world_size
        ids = pc.drop_null(known_ids.cast(pa.string())) if known_ids is not None else pa.array(
            [], pa.string())
        keys = hash64(ids)
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.ids = ids.take(pa.array(order, pa.int64()))
        self.owner = np.fromiter((owner_rank(m, world_size) for m in self.ids.to_pylist()),
                                 dtype=np.int64, count=len(self.ids))

    def __call__(self, member_id: pa.Array) -> np.ndarray:
        encoded = pc.dictionary_encode(member_id.cast(pa.string()))
        distinct = encoded.dictionary
        owners = np.zeros(len(distinct) + 1, dtype=np.int64)  # last slot: no readable id
        if len(distinct):
            found = np.zeros(len(distinct), dtype=bool)
            if len(self.keys):
                pos = np.minimum(np.searchsorted(self.keys, hash64(distinct)), len(self.keys) - 1)
                same = pc.equal(distinct, self.ids.take(pa.array(pos)))
                found = columns.as_bools(pc.fill_null(same, False))
                owners[:-1][found] = self.owner[pos[found]]
            for j in np.flatnonzero(~found).tolist():
                owners[j] = owner_rank(distinct[j].as_py(), self.world_size)
        codes = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
        return owners[np.where(codes >= 0, codes, len(owners) - 1)]


# -- pass 3: eligibility, batch by batch --------------------------------------------------------


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
