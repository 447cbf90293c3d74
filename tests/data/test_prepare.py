"""select_eligible end to end over files, parse_snapshot, and the same result in every format."""

import gzip
import json
from datetime import UTC, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest

from trainer.data.prepare import parse_snapshot, select_eligible
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.errors import UserError

from .builders import AFTER, BEFORE, SETTING, SNAP, event, member, post

NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
MEMBERS = [member("m1", "us "), member("m2", "UK", name="Łukasz Wiśniewski"), member("m3", "BR")]
CONSENT = [
    event("m1", version="2024-11"),
    event("m2"),
    event("m3", value=False),
    event("m3", at=AFTER),
]
POSTS = [
    post("p1", "m1"),
    post("p2", "m1", kind="message"),
    post("p3", "m2"),
    post("p4", "m3"),
    post("p5", "m1", created=AFTER),
    post("p6", "m1", deleted=BEFORE),
]


def modern(table):
    """The table as pandas >= 3 and other writers store it: large strings, Arrow timestamps
    in nanoseconds in a local zone (or plain dates), binary ids."""
    columns = {}
    for column in table.column_names:
        values = table.column(column)
        if column in ("created_at", "at", "deleted_at"):
            text = pc.if_else(
                pc.equal(values, ""), None, values
            )  # an all-null column types as null
            stamps = pc.cast(text.cast(pa.string()), pa.timestamp("s", tz="UTC"))
            unit = pa.timestamp("ns", tz="Europe/Berlin") if column != "at" else pa.timestamp("ms")
            columns[column] = stamps.cast(unit)
        elif column in ("post_id", "member_id"):
            columns[column] = values.cast(pa.large_binary())
        elif pa.types.is_string(values.type):
            columns[column] = values.cast(pa.large_string())
        else:
            columns[column] = values
    return pa.table(columns)


def write(tmp_path, fmt):
    paths = {}
    for name, rows in (("members", MEMBERS), ("consent", CONSENT), ("posts", POSTS)):
        suffix = {"csv-bom": "csv", "parquet-modern": "parquet"}.get(fmt, fmt)
        path = tmp_path / f"{name}.{suffix}"
        table = pa.Table.from_pylist(rows)
        if fmt == "jsonl":
            path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        elif fmt == "jsonl.gz":
            path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
        elif fmt == "parquet":
            pq.write_table(table, path)
        elif fmt == "parquet-modern":
            pq.write_table(modern(table), path)
        elif fmt == "parquet-shards":
            path = tmp_path / name
            path.mkdir()
            for i in range(table.num_rows):
                pq.write_table(modern(table.slice(i, 1)), path / f"part-{i:03d}.parquet")
        else:
            pcsv.write_csv(table, path)
            if fmt == "csv-bom":
                path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        paths[f"{name}_path"] = path
    return paths


FORMS = ["jsonl", "jsonl.gz", "parquet", "parquet-modern", "parquet-shards", "csv", "csv-bom"]


@pytest.mark.parametrize("fmt", FORMS)
def test_select_eligible_gives_the_same_answer_in_every_format(tmp_path, fmt):
    selection = select_eligible(
        **write(tmp_path, fmt),
        snapshot_at=SNAP,
        read_at=SNAP,
        setting=SETTING,
        allowed_kinds=["post", "article", "comment"],
        excluded_regions=DEFAULT_EXCLUDED_REGIONS,
    )
    result = selection.result
    assert result.included_post_ids == ["p1"]
    assert result.included_member_ids == ["m1"]
    assert result.policy_versions == ["2024-11"]
    assert {k: v for k, v in result.excluded.items() if v} == {
        "disallowed_kind": 1,
        "after_snapshot": 1,
        "deleted": 1,
        "excluded_region": 1,
        "consent_withdrawn": 1,
    }
    assert [s.table for s in selection.sources] == ["members", "consent", "posts"]
    assert [s.rows for s in selection.sources] == [3, 4, 6]
    assert {s.format for s in selection.sources} == {fmt.split("-")[0].removesuffix(".gz")}
    assert selection.display_names == ["Ana García", "Łukasz Wiśniewski"]


def test_display_names_from_any_string_binary_and_dictionary_column(tmp_path):
    paths = write(tmp_path, "parquet")
    members = pa.Table.from_pylist([*MEMBERS, member("m9", name="  ")])
    names = members.column("display_name")
    for column in (
        names.cast(pa.large_string()),
        names.cast(pa.string_view()),
        names.cast(pa.large_binary()),
        names.dictionary_encode(),
    ):
        pq.write_table(members.set_column(1, "display_name", column), paths["members_path"])
        selection = select_eligible(**paths, snapshot_at=SNAP, read_at=SNAP, setting=SETTING,
                                    allowed_kinds=["post"], excluded_regions=[])  # fmt: skip
        assert selection.display_names == ["Ana García", "Łukasz Wiśniewski"]
        assert selection.result.included_post_ids == ["p1", "p3"]


def test_select_eligible_reports_a_missing_table(tmp_path):
    paths = write(tmp_path, "jsonl")
    paths["consent_path"].unlink()
    with pytest.raises(UserError, match=r"consent.jsonl: consent table not found"):
        select_eligible(
            **paths,
            snapshot_at=SNAP,
            read_at=SNAP,
            setting=SETTING,
            allowed_kinds=["post"],
            excluded_regions=[],
        )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-06-30T00:00:00Z", SNAP),
        ("2026-06-30", SNAP),
        ("2026-06-30T02:00:00+02:00", SNAP),
        ("2026-06-30 00:00:00", SNAP),
        (SNAP.astimezone(timezone(timedelta(hours=-3))), SNAP),
        (None, NOW),
    ],
)
def test_parse_snapshot(value, expected):
    parsed = parse_snapshot(value, now=NOW)
    assert parsed == expected and parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize("value", ["", "tomorrow", "2026-02-30", "30/06/2026", 20260630])
def test_parse_snapshot_errors_name_the_option(value):
    with pytest.raises(UserError, match=r"^data\.snapshot_at=.* is not an ISO 8601 time; use e"):
        parse_snapshot(value, now=NOW)


def test_parse_snapshot_refuses_naive_datetimes():
    with pytest.raises(UserError, match=r"data\.snapshot_at has no time zone"):
        parse_snapshot(datetime(2026, 6, 30), now=NOW)
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_snapshot(None, now=datetime(2026, 6, 30))


@pytest.mark.parametrize(
    "value",
    [
        "0000-01-01",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:00:00-05:00",
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))),
        datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_snapshots_past_the_ends_of_the_calendar_are_one_line_errors(value):
    with pytest.raises(UserError, match=r"^data\.snapshot_at=.* is outside the years 1-9999"):
        parse_snapshot(value, now=NOW)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31T23:59:59.999999Z"])
def test_snapshots_at_the_ends_of_the_calendar_work(tmp_path, value):
    snap = parse_snapshot(value, now=NOW)
    paths = write(tmp_path, "jsonl")
    selection = select_eligible(
        **paths, snapshot_at=snap, read_at=snap, setting=SETTING, allowed_kinds=["post"],
        excluded_regions=[],
    )  # fmt: skip
    assert selection.result.posts_read > 0
