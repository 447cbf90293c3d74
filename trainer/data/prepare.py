"""Read the input tables and decide eligibility: the I/O edge around ``eligibility.decide``.

Used by ``train.py`` and by ``manifest verify --data`` so that both select posts identically.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data import stream
from trainer.data.columns import is_string, parse_timestamps, plain, text_column
from trainer.data.eligibility import EligibilityResult, decide
from trainer.data.stream import owner_rank
from trainer.data.tables import POST_COLUMNS, SourceInfo, read_table
from trainer.errors import UserError
from trainer.redact.redacted import RedactedTexts, concat_redacted, redact_texts

PARTITION_RULE = "sha256(member_id UTF-8)[:8] big-endian mod world_size; unreadable ids: rank 0"


@dataclass(frozen=True)
class Redaction:
    """The included posts' redacted texts, row for row with ``EligibilityResult.included``
    (which then has no ``text`` column), the PII found per type, the redactor's manifest
    summary and the seconds spent redacting."""

    texts: RedactedTexts
    counts: Counter[str]
    config: dict
    seconds: float


@dataclass(frozen=True)
class Selection:
    """The eligibility outcome plus the provenance of the tables it was computed from.

    ``display_names`` lists every readable display name in the members table (sorted, distinct),
    eligible or not, so redaction can remove mentions of any member. ``redaction`` is set when
    ``select_eligible`` was given a redactor: the raw text is then already gone.
    """

    sources: list[SourceInfo]
    result: EligibilityResult
    display_names: list[str]
    redaction: Redaction | None = None


def select_eligible(
    *,
    members_path: str | Path,
    consent_path: str | Path,
    posts_path: str | Path,
    snapshot_at: datetime,
    read_at: datetime,
    setting: str,
    allowed_kinds: Sequence[str],
    excluded_regions: Sequence[str],
    rank: int = 0,
    world_size: int = 1,
    batch_rows: int = stream.BATCH_ROWS,
    make_redactor: Callable[[list[str]], object] | None = None,
) -> Selection:
    """Read members, consent and posts, and apply the eligibility rules: consent as of
    ``snapshot_at``, withdrawals and deletions up to ``read_at`` (the run start).

    With ``make_redactor`` (display names -> a ``Redactor``), every included post is redacted
    as soon as it is judged and its raw text dropped (``Selection.redaction``): a process never
    holds more raw text than one record batch, and what it keeps for training is the redacted
    text only.

    With ``world_size`` > 1, only the posts of rank ``rank`` are judged (``posts_of_rank``);
    members and consent are read whole (near-miss consent rows compare ids across members).
    Parquet posts (a file, a directory or a glob of shards) are streamed in record batches
    (``trainer.data.stream``): a process holds one batch and what it includes of its own share,
    never the whole table; the result is the same as reading the table whole. JSON Lines and
    CSV posts are read whole."""
    members, members_src = read_table("members", members_path)
    consent, consent_src = read_table("consent", consent_path)
    source = stream.open_parquet("posts", posts_path, POST_COLUMNS)
    if source is not None:
        names = _display_names(members.column("display_name"), members_src.path)
        decision = stream.StreamDecision(
            members=members, consent=consent, snapshot_at=snapshot_at, read_at=read_at,
            setting=setting, allowed_kinds=allowed_kinds, excluded_regions=excluded_regions)
        del members, consent  # the decision keeps what it needs (roster, consent state)
        batches = stream.rank_batches(source, rank=rank, world_size=world_size,
                                      batch_rows=batch_rows, known_ids=decision.roster_ids)
        if make_redactor is None:
            kept = [decision.add(batch) for batch in batches]
            source.check_unchanged()
            return Selection([members_src, consent_src, source.info()], decision.result(kept),
                             names)
        result, redaction = _judge_and_redact(decision, batches, make_redactor(names))
        source.check_unchanged()
        return Selection([members_src, consent_src, source.info()], result, names, redaction)
    posts, posts_src = read_table("posts", posts_path)
    if world_size > 1:
        posts = posts_of_rank(posts, rank=rank, world_size=world_size)
    result = decide(
        members=members,
        consent=consent,
        posts=posts,
        snapshot_at=snapshot_at,
        read_at=read_at,
        setting=setting,
        allowed_kinds=allowed_kinds,
        excluded_regions=excluded_regions,
    )
    sources = [members_src, consent_src, posts_src]
    names = _display_names(members.column("display_name"), members_src.path)
    if make_redactor is None:
        return Selection(sources, result, names)
    result, redaction = _redact_included(result, make_redactor(names))
    return Selection(sources, result, names, redaction)


_ROW = "__row"  # each kept row's place in redaction order, to follow decide's sort


def _judge_and_redact(decision: stream.StreamDecision, batches, redactor,
                      ) -> tuple[EligibilityResult, Redaction]:
    """Judge each batch, redact its included posts at once and keep them without raw text."""
    kept, parts, counts, seconds, rows = [], [], Counter(), 0.0, 0
    for batch in batches:
        included = decision.add(batch)
        t0 = time.perf_counter()
        texts, found = redact_texts(redactor, included.column("text").to_pylist())
        seconds += time.perf_counter() - t0
        parts.append(texts)
        counts.update(found)
        n = included.num_rows
        kept.append(included.drop_columns(["text"]).append_column(
            _ROW, pa.array(np.arange(rows, rows + n, dtype=np.int64))))
        rows += n
        del included, batch
    if not kept:  # no rows for this rank: the result's empty table, without text
        result = decision.result()
        counts.update(redact_texts(redactor, [])[1])  # every type, at zero
        return (replace(result, included=result.included.drop_columns(["text"])),
                Redaction(concat_redacted([]), counts, redactor.config_summary(), seconds))
    result = decision.result(kept)  # sorted as decide sorts; ROW says where each row was
    order = result.included.column(_ROW).to_numpy().tolist()
    texts = concat_redacted(parts).select(order)
    del parts
    result = replace(result, included=result.included.drop_columns([_ROW]))
    return result, Redaction(texts, counts, redactor.config_summary(), seconds)


def _redact_included(result: EligibilityResult, redactor,
                     ) -> tuple[EligibilityResult, Redaction]:
    """Redact the included posts of a table read whole (JSON Lines, CSV) and drop their text."""
    t0 = time.perf_counter()
    texts, counts = redact_texts(redactor, result.included.column("text").to_pylist())
    seconds = time.perf_counter() - t0
    result = replace(result, included=result.included.drop_columns(["text"]))
    return result, Redaction(texts, counts, redactor.config_summary(), seconds)


def posts_of_rank(posts: pa.Table, *, rank: int, world_size: int) -> pa.Table:
    """The rows of ``posts`` that rank ``rank`` judges, in table order.

    A row goes to the owner of its member_id. Rows sharing a post_id all go with the FIRST such
    row (only that row is judged, the rest are ``malformed``, as on one process), so every rank
    decides exactly what one process would. Rows without a readable member id go to rank 0.
    """
    member_id, _ = text_column(posts, "member_id")
    post_id, _ = text_column(posts, "post_id")
    members = pc.dictionary_encode(member_id)
    owners = np.array([owner_rank(m, world_size) for m in members.dictionary.to_pylist()]
                      + [0], dtype=np.int64)  # last slot: no readable id
    codes = pc.fill_null(members.indices, -1).to_numpy(zero_copy_only=False)
    owner = owners[np.where(codes >= 0, codes, len(owners) - 1)]  # (rows,)
    pcodes = pc.fill_null(pc.dictionary_encode(post_id).indices, -1).to_numpy(
        zero_copy_only=False)
    has = pcodes >= 0
    _, first, inverse = np.unique(pcodes[has], return_index=True, return_inverse=True)
    owner[has] = owner[np.flatnonzero(has)[first]][inverse]  # repeats follow the first row
    return posts.filter(pa.array(owner == rank))


def read_display_names(members_path: str | Path) -> list[str]:
    """The member display names redaction removes, read exactly as ``select_eligible`` reads
    them (used by the ``python -m trainer.redact`` preview, so it redacts as training does)."""
    members, source = read_table("members", members_path)
    return _display_names(members.column("display_name"), source.path)


def _display_names(column: pa.ChunkedArray, where: str) -> list[str]:
    """Every distinct text display name, sorted. A column of another type is refused (fail
    closed): read as no names, every member's name would stay in the training text."""
    values = plain(column)  # any string type; binary read as UTF-8
    if not is_string(values.type):
        if values.null_count == len(values):
            return []  # no names at all: nothing a key could be built from
        raise UserError(
            f"{where}: the members table's display_name column holds {values.type}, not text; "
            "members' names must be text so that redaction can remove them: fix the export"
        )
    names = pc.unique(pc.drop_null(values.cast(pa.string()))).to_pylist()
    return sorted(name for name in names if name.strip())


def parse_snapshot(value: str | datetime | None, *, now: datetime) -> datetime:
    """The snapshot instant as a UTC datetime: ``value`` (ISO 8601, no zone = UTC) or ``now``.

    Uses the same timestamp rules as the consent and post tables, so the snapshot and the
    events it is compared with can never be read differently.
    """
    if value is None:
        if not isinstance(now, datetime) or now.utcoffset() is None:
            raise ValueError("now must be a timezone-aware datetime")
        return now.astimezone(UTC)
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise UserError("data.snapshot_at has no time zone; add one, e.g. 2026-06-30T00:00:00Z")
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise UserError(
                f"data.snapshot_at={value.isoformat()} is outside the years 1-9999 in UTC; "
                "use e.g. 2026-06-30T00:00:00Z"
            ) from None
    micros, valid = parse_timestamps(pa.array([value if isinstance(value, str) else None]))
    shown = str(value)[:40]
    if not valid[0]:
        raise UserError(
            f"data.snapshot_at={shown!r} is not an ISO 8601 time; use e.g. 2026-06-30T00:00:00Z"
        )
    try:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=int(micros[0]))
    except OverflowError:  # e.g. 9999-12-31T23:00:00-05:00 is in the year 10000 in UTC
        raise UserError(
            f"data.snapshot_at={shown!r} is outside the years 1-9999 in UTC; "
            "use e.g. 2026-06-30T00:00:00Z"
        ) from None
