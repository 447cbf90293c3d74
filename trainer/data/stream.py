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

Where it lives: ``stream_source`` opens the source and reads its batches; this module holds
passes 1 and 2 (``repeat_candidates``, ``rank_batches``); ``stream_decision`` holds pass 3
(``StreamDecision``).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data import columns
from trainer.data.stream_decision import StreamDecision
from trainer.data.stream_source import BATCH_ROWS, ParquetSource, batches, open_parquet
from trainer.data.tables import MALFORMED_COLUMN, POST_COLUMNS
from trainer.polyhash import power_table

__all__ = ["BATCH_ROWS", "BUCKET_ROWS", "Owners", "ParquetSource", "StreamDecision", "batches",
           "hash64", "open_parquet", "owner_rank", "rank_batches", "repeat_candidates"]

BUCKET_ROWS = 1 << 22  # post ids hashed per pass of the repeated-id scan (~40 bytes each)


def owner_rank(member_id: str, world_size: int) -> int:
    """The rank that owns a member (``prepare.PARTITION_RULE``)."""
    digest = hashlib.sha256(member_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % world_size


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
