"""Reading the three formats, provenance, quarantine of bad rows and whole-table errors."""

import gzip
import hashlib
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from trainer.data.tables import (
    MALFORMED_COLUMN,
    POST_COLUMNS,
    RAW_ID_COLUMN,
    read_table,
    source_digest,
)
from trainer.errors import UserError

MEMBERS = [
    {"member_id": "m1", "display_name": "Zoë Ó Briain", "region": "IE"},
    {"member_id": "m2", "display_name": "Ana García López", "region": None},
]


def write_jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".JSONL"])
def test_jsonl_reads_and_records_provenance(tmp_path, suffix):
    path = write_jsonl(tmp_path / f"members{suffix}", [*MEMBERS, ""])  # blank line: not a row
    table, source = read_table("members", path)
    assert table.column("member_id").to_pylist() == ["m1", "m2"]
    assert table.column("region").to_pylist() == ["IE", None]
    assert table.column(MALFORMED_COLUMN).to_pylist() == [False, False]
    assert source.table == "members" and source.format == "jsonl" and source.rows == 2
    assert source.path == str(path.resolve())
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_jsonl_bad_rows_are_kept_and_flagged_not_fatal(tmp_path):
    rows = [
        {
            "member_id": "c1",
            "setting": "s",
            "value": True,
            "at": "2026-01-01",
            "policy_version": "v",
        },
        {
            "member_id": "c2",
            "setting": "s",
            "value": "true",
            "at": "2026-01-01",
            "policy_version": "v",
        },
        {"member_id": 3, "setting": "s", "value": False, "at": 20260101, "policy_version": "v"},
        "{not json",
        "[1, 2]",
        "\xff\xfe",
    ]
    table, source = read_table("consent", write_jsonl(tmp_path / "consent.jsonl", rows))
    assert source.rows == 6
    assert table.column("member_id").to_pylist() == ["c1", "c2", None, None, None, None]
    assert table.column("value").to_pylist() == [True, None, False, None, None, None]
    assert table.column("at").to_pylist() == ["2026-01-01", "2026-01-01", None, None, None, None]
    assert table.column(MALFORMED_COLUMN).to_pylist() == [False, True, True, True, True, True]


def test_jsonl_a_lone_surrogate_makes_a_malformed_row_not_a_crash(tmp_path):
    # "\ud800" with no pair is valid JSON but no UTF-8 text: the row is quarantined, the rest read
    rows = [
        '{"member_id": "m1", "display_name": "Ana \\ud800 Ruiz", "region": "IE"}',
        {"member_id": "m2", "display_name": "Zoë Ó Briain", "region": "IE"},
    ]
    table, _ = read_table("members", write_jsonl(tmp_path / "members.jsonl", rows))
    assert table.column("display_name").to_pylist() == [None, "Zoë Ó Briain"]
    assert table.column(MALFORMED_COLUMN).to_pylist() == [True, False]


def test_csv_reads_every_column_as_text(tmp_path):
    path = tmp_path / "consent.csv"
    path.write_text(
        "member_id,setting,value,at,policy_version,extra\n"
        "NA,generative_ai_training,TRUE,2026-01-01T00:00:00Z,2024-11,x\n"
        '"m,2",generative_ai_training,false,2026-01-01,007,\n'
    )
    table, source = read_table("consent", path)
    assert source.format == "csv" and source.rows == 2
    assert table.column_names == ["member_id", "setting", "value", "at", "policy_version"]
    assert table.column("member_id").to_pylist() == ["NA", "m,2"]
    assert table.column("value").to_pylist() == ["TRUE", "false"]
    assert table.column("policy_version").to_pylist() == ["2024-11", "007"]


def test_csv_empty_optional_cells_are_null_and_empty_text_stays_empty(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text(
        "post_id,member_id,kind,text,created_at,deleted_at\n"
        "p1,m1,post,,2026-01-01,\n"
        "p2,m1,post,hello,2026-01-01, 2026-02-01 \n"
    )
    table, _ = read_table("posts", path)
    assert table.column("text").to_pylist() == ["", "hello"]
    assert table.column("deleted_at").to_pylist() == [None, " 2026-02-01 "]


def test_csv_ragged_rows_are_malformed_rows(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("member_id,display_name,region\nm1,Ana,US\nm2,Bo,US,extra\nm3,Cy\n\nm4,D,BR\n")
    table, source = read_table("members", path)
    assert source.rows == 4
    assert table.column("member_id").to_pylist() == ["m1", None, None, "m4"]
    assert table.column(MALFORMED_COLUMN).to_pylist() == [False, True, True, False]


def test_a_flag_column_in_the_file_itself_is_ignored(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(f"member_id,display_name,region,{MALFORMED_COLUMN}\nm1,Ana,US,true\n")
    table, _ = read_table("members", path)
    assert MALFORMED_COLUMN not in table.column_names
    pq.write_table(
        pa.table({**table.to_pydict(), MALFORMED_COLUMN: [True]}), tmp_path / "m.parquet"
    )
    table, _ = read_table("members", tmp_path / "m.parquet")
    assert MALFORMED_COLUMN not in table.column_names


def test_csv_with_bytes_that_are_not_utf8_keeps_its_rows(tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(b"member_id,display_name,region\nm1,Ana,US\nm2,B\xff\xfe,BR\n")
    table, source = read_table("members", path)
    assert source.rows == 2
    assert table.column("display_name").to_pylist() == ["Ana", "B\ufffd\ufffd"]


def test_parquet_keeps_arrow_types(tmp_path):
    path = tmp_path / "members.parquet"
    pq.write_table(pa.Table.from_pylist(MEMBERS), path)
    table, source = read_table("members", path)
    assert source.format == "parquet" and source.rows == 2
    assert table.column("display_name").to_pylist() == ["Zoë Ó Briain", "Ana García López"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("members.txt", "x", r"members.txt: unknown format '\.txt' for the members table; use "),
        ("members", "x", r"unknown format '\(no extension\)'"),
        (
            "members.jsonl",
            '{"member_id": "m1", "region": "US"}\n',
            r"members.jsonl: the members table has no column\(s\) display_name; it needs ",
        ),
        (
            "members.jsonl",
            "this is not json\nnor this\n",
            r"members.jsonl: no line of the members table is a JSON object",
        ),
        ("members.csv", "", r"members.csv: the members table has no readable CSV header"),
        ("members.csv", "member_id,member_id,region\n", r"no readable CSV header"),
        ("members.csv", "member_id,name\nm1,A\n", r"has no column\(s\) display_name, region"),
        (
            "members.parquet",
            "not parquet",
            r"members.parquet: the members table is not a readable "
            r"Parquet file",
        ),
    ],
)
def test_unusable_tables_are_one_line_user_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UserError, match=message) as err:
        read_table("members", path)
    assert "\n" not in str(err.value)


def test_missing_file_names_the_option(tmp_path):
    with pytest.raises(UserError, match=r"posts.jsonl: posts table not found; check data\.posts"):
        read_table("posts", tmp_path / "posts.jsonl")


def test_jsonl_optional_keys_may_be_absent_everywhere(tmp_path):
    rows = [{"post_id": "p1", "member_id": "m1", "kind": "post", "text": "hi", "created_at": "x"}]
    table, _ = read_table("posts", write_jsonl(tmp_path / "posts.jsonl", rows))
    assert table.column("deleted_at").to_pylist() == [None]


def test_a_table_with_no_rows_is_a_one_line_error_in_every_format(tmp_path):
    empty = {
        "posts.jsonl": b"",
        "blank.jsonl": b"\n  \n",
        "header.csv": b"post_id,member_id,kind,text,created_at,deleted_at\n",
        "bom.csv": b"\xef\xbb\xbfpost_id,member_id,kind,text,created_at,deleted_at\r\n",
        "posts.jsonl.gz": gzip.compress(b""),
    }
    pq.write_table(pa.table({c: pa.array([], pa.string()) for c in POST_COLUMNS}),
                   tmp_path / "zero.parquet")  # fmt: skip
    for file, data in empty.items():
        (tmp_path / file).write_bytes(data)
    for file in [*empty, "zero.parquet"]:
        with pytest.raises(UserError, match=r"the posts table has no rows \(only a header"):
            read_table("posts", tmp_path / file)


def test_a_file_that_changes_while_read_is_refused(tmp_path, monkeypatch):
    import trainer.data.tables as tables

    digests = iter(["before", "after"])
    monkeypatch.setattr(tables, "_sha256", lambda file: next(digests))
    with pytest.raises(UserError, match=r"members.jsonl: the members table changed while it"):
        read_table("members", write_jsonl(tmp_path / "members.jsonl", MEMBERS))


def test_csv_with_a_byte_order_mark_reads_its_first_column(tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(b"\xef\xbb\xbfmember_id,display_name,region\r\nm1,Ana,US\r\n")
    table, _ = read_table("members", path)
    assert table.column("member_id").to_pylist() == ["m1"]
    ragged = tmp_path / "ragged.csv"  # the row-by-row path reads it the same way
    ragged.write_bytes(b"\xef\xbb\xbfmember_id,display_name,region\nm1,Ana,US\nm2,Bo\n")
    table, _ = read_table("members", ragged)
    assert table.column("member_id").to_pylist() == ["m1", None]


def test_gzipped_json_lines_read_like_plain_ones(tmp_path):
    plain = write_jsonl(tmp_path / "members.jsonl", MEMBERS)
    packed = tmp_path / "members.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    table, source = read_table("members", packed)
    assert table.equals(read_table("members", plain)[0])
    assert source.format == "jsonl"
    assert source.sha256 == hashlib.sha256(packed.read_bytes()).hexdigest()
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(plain.read_bytes())[:-9])
    with pytest.raises(UserError, match=r"broken.jsonl.gz: the members table is not readable gzip"):
        read_table("members", broken)


def test_consent_ids_given_as_numbers_are_kept_as_text_for_near_miss_matching(tmp_path):
    rows = [{"member_id": m, "setting": "s", "value": False, "at": "2026-01-01",
             "policy_version": "v"} for m in ("m1", 0, 7.0, 1.5, True)]  # fmt: skip
    table, _ = read_table("consent", write_jsonl(tmp_path / "consent.jsonl", rows))
    assert table.column("member_id").to_pylist() == ["m1", None, None, None, None]
    assert table.column(RAW_ID_COLUMN).to_pylist() == [None, "0", "7", None, None]


MODERN = {  # how pandas >= 3 and other writers store text and times
    "large_string": pa.large_string(),
    "string_view": pa.string_view(),
    "large_binary": pa.large_binary(),
    "binary": pa.binary(),
}


@pytest.mark.parametrize("text_type", MODERN)
def test_parquet_with_modern_string_types_reads(tmp_path, text_type):
    rows = pa.Table.from_pylist(MEMBERS)
    path = tmp_path / "members.parquet"
    pq.write_table(rows.cast(pa.schema([(c, MODERN[text_type]) for c in rows.column_names])), path)
    table, source = read_table("members", path)
    assert table.column("member_id").type == MODERN[text_type]  # eligibility normalises it
    assert source.rows == 2


def write_shards(root, rows, sizes):
    root.mkdir()
    start = 0
    for i, size in enumerate(sizes):
        pq.write_table(pa.Table.from_pylist(rows[start : start + size]), root / f"part-{i}.parquet")
        start += size
    return root


def test_a_directory_or_glob_of_parquet_shards_is_one_table(tmp_path):
    rows = [{**MEMBERS[0], "member_id": f"m{i}"} for i in range(5)]
    root = write_shards(tmp_path / "members", rows, [2, 3])
    (root / "_SUCCESS").write_text("")  # writer markers are skipped
    (root / ".part-0.parquet.crc").write_text("")
    table, source = read_table("members", root)
    assert table.column("member_id").to_pylist() == [f"m{i}" for i in range(5)]
    assert source.format == "parquet" and source.shards == 2 and source.rows == 5
    digests = [
        hashlib.sha256((root / f"part-{i}.parquet").read_bytes()).hexdigest() for i in (0, 1)
    ]
    lines = sorted(f"part-{i}.parquet\t{digest}\n" for i, digest in enumerate(digests))
    assert source.sha256 == hashlib.sha256("".join(lines).encode()).hexdigest()
    assert source_digest(root) == source.sha256
    table, source = read_table("members", str(root / "part-*.parquet"))
    assert table.num_rows == 5 and source.sha256 == source_digest(root)
    assert source.path == str(root / "part-*.parquet")


def test_shards_that_change_change_the_digest(tmp_path):
    rows = [{**MEMBERS[0], "member_id": f"m{i}"} for i in range(4)]
    root = write_shards(tmp_path / "members", rows, [2, 2])
    before = source_digest(root)
    (root / "part-1.parquet").rename(root / "part-9.parquet")  # same bytes, another name
    assert source_digest(root) != before


def test_shards_with_widened_types_concatenate(tmp_path):
    root = tmp_path / "members"
    root.mkdir()
    first = pa.Table.from_pylist(MEMBERS[:1])
    pq.write_table(first, root / "a.parquet")
    second = pa.Table.from_pylist(MEMBERS[1:])
    pq.write_table(second.cast(pa.schema([(c, pa.large_string()) for c in second.column_names])),
                   root / "b.parquet")  # fmt: skip
    table, _ = read_table("members", root)
    assert table.column("member_id").to_pylist() == ["m1", "m2"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d.mkdir(), r"no files for the members table"),
        (lambda d: (d.mkdir(), (d / "x.csv").write_text("a\n")), r"x.csv is not a .parquet file"),
        (lambda d: (d.mkdir(), (d / "x.parquet").write_text("no")), r"not a readable Parquet"),
    ],
)
def test_bad_shard_directories_are_one_line_errors(tmp_path, make, message):
    make(tmp_path / "members")
    with pytest.raises(UserError, match=message):
        read_table("members", tmp_path / "members")
    with pytest.raises(UserError, match=r"no files for the members table"):
        read_table("members", str(tmp_path / "nothing-*.parquet"))
