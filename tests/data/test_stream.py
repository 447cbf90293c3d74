"""Streaming the posts table (trainer/data/stream.py): the same rows, results and errors as
reading it whole, on 1-3 ranks, with repeated post ids across members and shards, unreadable
ids, hash collisions and the Arrow types the reader accepts."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from trainer.data import stream
from trainer.data.eligibility import decide
from trainer.data.prepare import owner_rank, posts_of_rank, select_eligible
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS, resolve_excluded_regions
from trainer.data.tables import MALFORMED_COLUMN, POST_COLUMNS, read_table
from trainer.errors import UserError
from trainer.redact import Redactor
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "data" / "demo"
SNAP = datetime(2026, 6, 30, tzinfo=UTC)
READ_AT = datetime(2026, 12, 1, tzinfo=UTC)
POLICY = dict(snapshot_at=SNAP, read_at=READ_AT, setting="generative_ai_training",
              allowed_kinds=["post", "article", "comment"],
              excluded_regions=resolve_excluded_regions(list(DEFAULT_EXCLUDED_REGIONS), []))


def _rules(display_names):
    """The rules alone (the tests below compare against a rules-only redactor)."""
    return Redactor.from_members(display_names, name_tagger=False)


@pytest.fixture(scope="module")
def tables():
    ensure_demo_data(DEMO)
    members, _ = read_table("members", DEMO / "members.jsonl")
    consent, _ = read_table("consent", DEMO / "consent.jsonl")
    posts, _ = read_table("posts", DEMO / "posts.jsonl")
    return members, consent, posts.drop_columns([MALFORMED_COLUMN]).slice(0, 2400)


def _tricky(posts: pa.Table) -> pa.Table:
    """Demo posts plus rows that test the cross-row rule and unreadable ids: post ids repeated
    by other members (near and far, across shards), null post and member ids, empty ids."""
    rows = posts.to_pylist()
    n = len(rows)

    def at(k: int) -> int:  # positions laid out for 2,400 rows, scaled to the table
        return k * n // 2400

    extra = []
    for i, j in ((3, 5), (10, 2000), (17, 2300), (17, 1200), (400, 401), (900, 2399)):
        i, j = at(i), at(j)
        extra.append((j, {**rows[j], "post_id": rows[i]["post_id"]}))  # repeats an earlier id
    extra.append((at(50), {**rows[at(50)], "member_id": None}))
    extra.append((at(60), {**rows[at(60)], "post_id": None}))
    extra.append((at(70), {**rows[at(70)], "post_id": ""}))
    extra.append((at(71), {**rows[at(71)], "post_id": ""}))
    extra.append((at(80), {**rows[at(80)], "member_id": None, "post_id": rows[at(10)]["post_id"]}))
    extra.append((at(1500), {**rows[at(1500)], "member_id": None, "post_id": "lonely-no-member"}))
    extra.append((at(1501), {**rows[at(1501)], "post_id": "lonely-no-member"}))  # follows rank 0
    for at, row in sorted(extra, key=lambda e: -e[0]):
        rows.insert(at, row)
    return pa.Table.from_pylist(rows, schema=posts.schema)


def _write_shards(table: pa.Table, root: Path, sizes: list[int], casts=None) -> Path:
    root.mkdir(parents=True)
    start = 0
    for i, size in enumerate(sizes):
        part = table.slice(start, size)
        if casts and i in casts:
            part = casts[i](part)
        pq.write_table(part, root / f"part-{i:03d}.parquet")
        start += size
    assert start == table.num_rows
    return root


def _whole(members, consent, posts_path, rank, size):
    """Today's path: the whole table read, filtered by posts_of_rank, decided at once."""
    posts, _ = read_table("posts", posts_path)
    if size > 1:
        posts = posts_of_rank(posts, rank=rank, world_size=size)
    return decide(members=members, consent=consent, posts=posts, **POLICY)


def _streamed(members, consent, posts_path, rank, size, *, batch_rows=97, bucket_rows=700):
    src = stream.open_parquet("posts", posts_path, POST_COLUMNS)
    decision = stream.StreamDecision(members=members, consent=consent, **POLICY)
    kept = [decision.add(b) for b in stream.rank_batches(
        src, rank=rank, world_size=size, batch_rows=batch_rows, bucket_rows=bucket_rows,
        known_ids=decision.roster_ids)]
    return decision.result(kept)


def _assert_same(got, want):
    for field in want.__dataclass_fields__:
        if field == "included":
            assert got.included.equals(want.included), "included"
        else:
            assert getattr(got, field) == getattr(want, field), field


@pytest.mark.parametrize("size", [1, 2, 3])
def test_streamed_shards_judge_exactly_what_the_whole_table_judges(tables, tmp_path, size):
    members, consent, posts = tables
    table = _tricky(posts)
    root = _write_shards(table, tmp_path / "posts", [700, 1, 999, table.num_rows - 1700])
    for rank in range(size):
        _assert_same(_streamed(members, consent, root, rank, size),
                     _whole(members, consent, root, rank, size))
    if size == 1:  # and the fixture does exercise the rules
        result = _whole(members, consent, root, 0, 1)
        assert result.excluded["malformed"] >= 8 and result.excluded["invalid_id"] >= 2


def test_rank_batches_are_the_rows_of_posts_of_rank_with_repeats_flagged(tables, tmp_path):
    _, _, posts = tables
    table = _tricky(posts)
    root = _write_shards(table, tmp_path / "posts", [1000, table.num_rows - 1000])
    src = stream.open_parquet("posts", root, POST_COLUMNS)
    for rank in range(3):
        got = pa.concat_tables(stream.rank_batches(src, rank=rank, world_size=3, batch_rows=64))
        want = posts_of_rank(table, rank=rank, world_size=3)
        assert got.drop_columns([MALFORMED_COLUMN]).equals(want)
        ids = want.column("post_id").to_pylist()
        seen, repeats = set(), []
        for pid in ids:
            repeats.append(pid is not None and pid in seen)
            seen.add(pid)
        assert got.column(MALFORMED_COLUMN).to_pylist() == repeats


def test_every_hash_colliding_changes_nothing(tables, tmp_path, monkeypatch):
    """Equal hashes are only candidates: the strings decide what is a repeat."""
    members, consent, posts = tables
    table = _tricky(posts.slice(0, 600))
    root = _write_shards(table, tmp_path / "posts", [300, table.num_rows - 300])
    monkeypatch.setattr(stream, "hash64", lambda ids: np.zeros(len(ids), dtype=np.uint64))
    src = stream.open_parquet("posts", root, POST_COLUMNS)
    assert len(stream.repeat_candidates(src, bucket_rows=10**9)) == pc.count(
        pc.cast(table.column("post_id"), pa.string())).as_py()  # every readable id a candidate
    for rank in range(2):
        _assert_same(_streamed(members, consent, root, rank, 2),
                     _whole(members, consent, root, rank, 2))


def test_hash64_is_stable_and_sees_every_byte():
    ids = pa.array(["p1", "p2", "1p", "", "p1", "p10", "é", None, "a" * 300], pa.string())
    h = stream.hash64(ids)
    assert h[0] == h[4] and len({int(x) for x in h[[0, 1, 2, 3, 5, 6, 8]]}) == 7
    assert (stream.hash64(ids.slice(4, 2)) == h[4:6]).all()  # offsets of a slice respected
    assert (stream.hash64(ids.cast(pa.large_string()))[:7] == h[:7]).all()
    assert stream.hash64(pa.array([], pa.string())).shape == (0,)


def _typed(part: pa.Table, text=None, ids=None, ts=None, bad_id_row=None) -> pa.Table:
    """A shard as other writers store it: another string type for text, binary ids (one not
    UTF-8), Arrow timestamps of some unit and zone, an all-null column of type null."""
    out = {}
    for name in part.column_names:
        col = part.column(name)
        if name in ("created_at", "deleted_at") and ts is not None:
            if name == "deleted_at" and pc.count(col).as_py() == 0:
                col = pa.nulls(len(col))  # a writer that saw only nulls: type null
            else:
                col = pc.cast(pc.strptime(pc.utf8_slice_codeunits(col, 0, 19),
                                          format="%Y-%m-%dT%H:%M:%S", unit="s"), ts)
        elif name in ("post_id", "member_id") and ids is not None:
            values = col.to_pylist()
            if name == "member_id" and bad_id_row is not None:
                values[bad_id_row] = "\udcff"
            col = pa.array([None if v is None else v.encode("utf-8", "surrogateescape")
                            for v in values], ids)
        else:
            col = col.cast(text or pa.string())
        out[name] = col
    return pa.table(out)


def test_shards_of_other_types_stream_like_they_concatenate(tables, tmp_path):
    members, consent, posts = tables
    table = _tricky(posts.slice(0, 900))
    table = table.set_column(5, "deleted_at", pc.if_else(  # no deletions in the first shard
        pa.array(np.arange(table.num_rows) < 200), pa.scalar(None, pa.string()),
        table.column("deleted_at")))
    casts = {0: lambda p: _typed(p, ts=pa.timestamp("s")),
             1: lambda p: _typed(p, pa.large_string(), ts=pa.timestamp("ms")),
             2: lambda p: _typed(p, ids=pa.binary(), ts=pa.timestamp("ns"), bad_id_row=3),
             3: lambda p: _typed(p, ts=pa.timestamp("us"))}
    root = _write_shards(table, tmp_path / "posts", [200, 250, 200, table.num_rows - 650],
                         casts=casts)
    assert pq.read_schema(root / "part-000.parquet").field("deleted_at").type == pa.null()
    views = {0: lambda p: _typed(p, pa.string_view(), ts=pa.timestamp("ns", tz="Asia/Tokyo")),
             1: lambda p: _typed(p, pa.string_view(), ts=pa.timestamp("ns", tz="Asia/Tokyo"))}
    view_root = _write_shards(table, tmp_path / "views", [450, table.num_rows - 450],
                              casts=views)
    wide = {i: lambda p: _typed(p, pa.large_string(), ts=pa.timestamp("ns", tz="Asia/Tokyo"))
            for i in (0, 1)}  # the same values: Arrow cannot filter views, so the whole-table
    wide_root = _write_shards(table, tmp_path / "wide", [450, table.num_rows - 450],  # path
                              casts=wide)  # is compared on large strings
    for path, same in ((root, root), (view_root, wide_root)):
        for rank in range(2):
            _assert_same(_streamed(members, consent, path, rank, 2),
                         _whole(members, consent, same, rank, 2))


def test_select_eligible_streams_parquet_with_the_same_sources_and_result(tables, tmp_path):
    members, consent, posts = tables
    table = _tricky(posts.slice(0, 900))
    root = _write_shards(table, tmp_path / "posts", [400, table.num_rows - 400])
    pq.write_table(table, tmp_path / "posts.parquet")
    paths = dict(members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl")
    for source in (root, tmp_path / "posts.parquet", str(root / "part-*.parquet")):
        for rank, size in ((0, 1), (1, 2)):
            got = select_eligible(**paths, posts_path=source, **POLICY, rank=rank,
                                  world_size=size, batch_rows=128)
            want = _whole(members, consent, source, rank, size)
            _assert_same(got.result, want)
            _, info = read_table("posts", source)
            assert got.sources[2] == info  # same path, format, sha256, rows, shards


def test_streaming_refuses_what_reading_whole_refuses(tables, tmp_path):
    _, _, posts = tables
    part = posts.slice(0, 10)
    cases = {}
    bad = tmp_path / "bad"
    bad.mkdir()
    pq.write_table(part, bad / "a.parquet")
    pq.write_table(part.set_column(0, "post_id", pa.array(range(10))), bad / "b.parquet")
    cases["disagree"] = bad
    nocol = tmp_path / "nocol.parquet"
    pq.write_table(part.drop_columns(["kind"]), nocol)
    cases["missing"] = nocol
    empty = tmp_path / "empty.parquet"
    pq.write_table(part.slice(0, 0), empty)
    cases["no rows"] = empty
    broken = tmp_path / "broken"
    broken.mkdir()
    pq.write_table(part, broken / "a.parquet")
    (broken / "b.parquet").write_bytes(b"not parquet")
    cases["unreadable"] = broken
    for name, path in cases.items():
        with pytest.raises(UserError) as whole:
            read_table("posts", path)
        with pytest.raises(UserError) as streamed:
            stream.open_parquet("posts", path, POST_COLUMNS)
        assert str(streamed.value) == str(whole.value), name
    assert stream.open_parquet("posts", DEMO / "posts.jsonl", POST_COLUMNS) is None


def test_a_shard_that_changes_between_passes_is_refused(tables, tmp_path, monkeypatch):
    members, consent, posts = tables
    root = _write_shards(posts.slice(0, 200), tmp_path / "posts", [100, 100])
    real = stream.repeat_candidates

    def candidates_then_change(src, **kw):
        out = real(src, **kw)
        pq.write_table(posts.slice(100, 99), root / "part-001.parquet")
        return out

    monkeypatch.setattr(stream, "repeat_candidates", candidates_then_change)
    with pytest.raises(UserError, match="changed while it was being read"):
        select_eligible(members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl",
                        posts_path=root, **POLICY)


def test_owner_rank_is_the_partition_rule():
    digest = hashlib.sha256(b"m00042").digest()
    assert stream.owner_rank("m00042", 5) == int.from_bytes(digest[:8], "big") % 5
    assert owner_rank is stream.owner_rank


def test_ranks_without_rows_give_the_empty_result_decide_gives(tables, tmp_path):
    members, consent, posts = tables
    root = _write_shards(posts.slice(0, 2), tmp_path / "posts", [1, 1])
    empty = [r for r in range(5) if posts_of_rank(posts.slice(0, 2), rank=r, world_size=5)
             .num_rows == 0]
    assert empty
    for rank in empty:
        _assert_same(_streamed(members, consent, root, rank, 5),
                     _whole(members, consent, root, rank, 5))


def test_parquet_posts_are_never_read_whole(tables, tmp_path, monkeypatch):
    """select_eligible streams Parquet posts; batches stay near batch_rows rows."""
    from trainer.data import prepare

    _, _, posts = tables
    root = _write_shards(posts.slice(0, 1000), tmp_path / "posts", [500, 500])
    real = prepare.read_table

    def no_whole_posts(name, path):
        assert name != "posts", "the posts table was read whole"
        return real(name, path)

    monkeypatch.setattr(prepare, "read_table", no_whole_posts)
    sizes = []
    real_add = stream.StreamDecision.add
    monkeypatch.setattr(stream.StreamDecision, "add",
                        lambda self, b: sizes.append(b.num_rows) or real_add(self, b))
    got = select_eligible(members_path=DEMO / "members.jsonl",
                          consent_path=DEMO / "consent.jsonl", posts_path=root, **POLICY,
                          rank=1, world_size=2, batch_rows=64)
    assert got.result.posts_read == sum(sizes) and max(sizes) < 2 * 64


@pytest.mark.parametrize("collide", [False, True])
def test_owners_route_every_id_exactly_as_owner_rank(monkeypatch, collide):
    """The vectorised router is owner_rank: for ids in the members table, ids outside it,
    unreadable ids (rank 0), and when every hash collides (the strings decide)."""
    if collide:
        monkeypatch.setattr(stream, "hash64", lambda ids: np.zeros(len(ids), dtype=np.uint64))
    known = pa.array([f"m{i:05d}" for i in range(500)] + [None])
    rows = pa.array([f"m{i:05d}" for i in range(0, 1000, 3)] + [None, "", "é", "m00003"] * 2)
    for size in (2, 3, 7):
        got = stream.Owners(known, size)(rows)
        want = [0 if m is None else owner_rank(m, size) for m in rows.to_pylist()]
        assert got.tolist() == want
        assert stream.Owners(None, size)(rows).tolist() == want  # no table: hashed one by one
    assert len(set(stream.Owners(known, 3)(rows).tolist())) == 3  # the rule does spread them


@pytest.mark.parametrize("shape", ["shards", "jsonl"])
def test_select_eligible_redacts_each_batch_as_it_reads(tables, tmp_path, monkeypatch, shape):
    """With a redactor, the included rows come without raw text and with their redacted texts,
    row for row what redacting the plain result's text gives; streamed Parquet is redacted batch
    by batch, never the rank's whole share at once."""
    from trainer.data import prepare
    from trainer.redact import Redactor
    from trainer.redact.redacted import redact_texts

    members, consent, posts = tables
    table = _tricky(posts.slice(0, 900))
    if shape == "shards":
        source = _write_shards(table, tmp_path / "posts", [400, table.num_rows - 400])
    else:
        source = tmp_path / "posts.jsonl"
        source.write_text("".join(__import__("json").dumps(r) + "\n" for r in table.to_pylist()))
    calls = []
    real = prepare.redact_texts

    def counted(redactor, texts):
        texts = list(texts)
        calls.append(len(texts))
        return real(redactor, texts)

    monkeypatch.setattr(prepare, "redact_texts", counted)
    paths = dict(members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl")
    for rank, size in ((0, 1), (0, 2), (1, 2)):
        calls.clear()
        plain = select_eligible(**paths, posts_path=source, **POLICY, rank=rank,
                                world_size=size, batch_rows=64)
        got = select_eligible(**paths, posts_path=source, **POLICY, rank=rank, world_size=size,
                              batch_rows=64, make_redactor=_rules)
        assert plain.redaction is None and "text" not in got.result.included.column_names
        assert got.result.included.equals(plain.result.included.drop_columns(["text"]))
        _assert_same(replace(got.result, included=plain.result.included), plain.result)
        texts, counts = redact_texts(Redactor.from_members(plain.display_names, name_tagger=False),
                                     plain.result.included.column("text").to_pylist())
        assert got.redaction.texts == texts and got.redaction.counts == counts
        assert sum(counts.values()) > 0 and len(texts) == plain.result.included.num_rows
        assert got.redaction.config == Redactor.from_members(plain.display_names,
                                                             name_tagger=False).config_summary()
        if shape == "shards":
            assert len(calls) > 2 and max(calls) < 2 * 64  # one batch of raw text at a time
        else:
            assert calls == [len(texts)]


def test_a_rank_without_rows_redacts_nothing_and_counts_every_type_at_zero(tables, tmp_path):
    from trainer.redact import TYPES

    _, _, posts = tables
    root = _write_shards(posts.slice(0, 2), tmp_path / "posts", [1, 1])
    empty = next(r for r in range(5)
                 if posts_of_rank(posts.slice(0, 2), rank=r, world_size=5).num_rows == 0)
    got = select_eligible(members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl",
                          posts_path=root, **POLICY, rank=empty, world_size=5,
                          make_redactor=_rules)
    assert got.redaction.texts == () and got.result.included.num_rows == 0
    assert dict(got.redaction.counts) == {t: 0 for t in TYPES}
    assert "text" not in got.result.included.column_names
