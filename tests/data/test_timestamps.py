"""ISO 8601 parsing used for consent times, post times and the snapshot."""

from datetime import UTC, datetime, timedelta, timezone

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.data.columns import parse_iso_parts, parse_timestamps

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def parse_one(text):
    micros, valid = parse_timestamps(pa.array([text], pa.string()))
    return EPOCH + timedelta(microseconds=int(micros[0])) if valid[0] else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-06-30T00:00:00Z", datetime(2026, 6, 30, tzinfo=UTC)),
        ("2026-06-30T00:00:00", datetime(2026, 6, 30, tzinfo=UTC)),  # no zone: UTC
        ("2026-06-30 02:00:00+02:00", datetime(2026, 6, 30, tzinfo=UTC)),
        ("2026-06-29T19:00:00-05:00", datetime(2026, 6, 30, tzinfo=UTC)),
        ("2026-06-30T05:30:00+0530", datetime(2026, 6, 30, tzinfo=UTC)),
        ("2026-06-30T09:00+09", datetime(2026, 6, 30, tzinfo=UTC)),
        ("2026-06-30", datetime(2026, 6, 30, tzinfo=UTC)),
        ("  2026-06-30T00:00:00Z\n", datetime(2026, 6, 30, tzinfo=UTC)),
        ("2026-06-30T00:00:00.5Z", datetime(2026, 6, 30, 0, 0, 0, 500000, tzinfo=UTC)),
        ("2024-02-29T23:59:59.123456789Z", datetime(2024, 2, 29, 23, 59, 59, 123456, tzinfo=UTC)),
        ("2026-01-01T00:30:00+01:00", datetime(2025, 12, 31, 23, 30, tzinfo=UTC)),
    ],
)
def test_accepted_forms(text, expected):
    assert parse_one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "2026-13-01",
        "2026-00-10",
        "2025-02-29",
        "2026-04-31",
        "2026-06-30T24:00",
        "2026-06-30T23:59:60Z",
        "2026-06-30T12:00:00+24:00",
        "2026-06-30t00:00:00z",
        "26-06-30",
        "2026-06-30T00:00:00Z junk",
        "2026/06/30",
        "1782777600",
        "2026-06-30T00:00:00.Z",
    ],
)
def test_rejected_forms(text):
    assert parse_one(text) is None


def test_nulls_and_non_text_columns_are_invalid():
    micros, valid = parse_timestamps(pa.array([None, "2026-01-01"]))
    assert valid.tolist() == [False, True]
    assert parse_timestamps(pa.array([1, 2]))[1].tolist() == [False, False]


def test_arrow_timestamp_columns_naive_is_utc_and_zones_are_respected():
    moment = datetime(2026, 6, 30, tzinfo=UTC)
    tokyo = pa.array([moment], pa.timestamp("s", tz="Asia/Tokyo"))
    naive = pa.array([datetime(2026, 6, 30), None], pa.timestamp("ns"))
    assert parse_timestamps(tokyo)[0].tolist() == [int(moment.timestamp() * 1e6)]
    micros, valid = parse_timestamps(naive)
    assert micros[0] == int(moment.timestamp() * 1e6) and valid.tolist() == [True, False]


def test_one_bad_date_does_not_change_how_the_others_parse():
    good = ["2026-01-01T10:00:00+02:00", "2026-03-01", "2026-06-30T00:00:00.25Z"]
    alone = parse_timestamps(pa.array(good))
    mixed = parse_timestamps(pa.array([*good, "2026-02-30"]))  # forces the exact path
    assert mixed[0][:3].tolist() == alone[0].tolist()
    assert mixed[1].tolist() == [True, True, True, False]


@st.composite
def iso_texts(draw):
    """Strings in the accepted grammar, including impossible days such as 31 April."""
    y, mo, d = draw(st.integers(1, 9999)), draw(st.integers(1, 12)), draw(st.integers(1, 31))
    text = f"{y:04d}-{mo:02d}-{d:02d}"
    if draw(st.booleans()):
        h, mi, s = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
        text += draw(st.sampled_from("T ")) + f"{h:02d}:{mi:02d}"
        if draw(st.booleans()):
            text += f":{s:02d}"
            if draw(st.booleans()):
                text += "." + draw(st.text("0123456789", min_size=1, max_size=6))
        sign, oh, om = (
            draw(st.sampled_from("+-")),
            draw(st.integers(0, 23)),
            draw(st.integers(0, 59)),
        )
        text += draw(
            st.sampled_from(["", "Z", f"{sign}{oh:02d}:{om:02d}", f"{sign}{oh:02d}{om:02d}",
                             f"{sign}{oh:02d}"])
        )  # fmt: skip
    return text


def reference(text):
    """Python's own ISO parser, no zone read as UTC: a datetime, "invalid" or "out of range"."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return "invalid"
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return "out of range"


@settings(max_examples=300, deadline=None)
@given(st.lists(iso_texts(), min_size=1, max_size=8))
def test_fast_and_exact_paths_agree_with_python(texts):
    arr = pa.array(texts)
    fast = parse_timestamps(arr)
    exact = parse_iso_parts(arr)
    assert fast[1].tolist() == exact[1].tolist()
    assert fast[0][fast[1]].tolist() == exact[0][exact[1]].tolist()
    for text, micros, ok in zip(texts, *exact, strict=True):
        expected = reference(text)
        if expected == "invalid":
            assert not ok, text
            continue
        if expected == "out of range":
            continue  # a valid instant, but before year 1 or after 9999 in UTC
        assert ok, text
        assert EPOCH + timedelta(microseconds=int(micros)) == expected, text


def test_zone_offsets_shift_to_utc():
    assert parse_one("2026-06-30T00:00:00+14:00") == datetime(2026, 6, 29, 10, tzinfo=UTC)
    assert parse_one("2026-06-30T00:00:00-00:00") == datetime(2026, 6, 30, tzinfo=UTC)
    assert parse_one("2026-06-30T00:00:00-09:30") == datetime(
        2026, 6, 30, tzinfo=timezone(timedelta(hours=-9, minutes=-30))
    )


def test_only_rows_arrow_may_refuse_take_the_slow_exact_parser(monkeypatch):
    import trainer.data.columns as columns

    seen = []

    def spy(text):
        seen.append(text.to_pylist())
        return parse_iso_parts(text)

    monkeypatch.setattr(columns, "parse_iso_parts", spy)
    texts = ["2026-06-30", "2026-06-30T10:00", "2026-06-30 10:00:00.5", "2026-06-30T05:30+0530",
             "2026-06-30T05:00:00+05", "2026-06-30T00:00:00Z", "2026-02-30", "junk", None,
             "2026-06-30T00:00:00.1234567Z", "2024-02-29T12:00:00-03:00"]  # fmt: skip
    micros, valid = parse_timestamps(pa.array(texts))
    assert seen == [["2026-02-30", "2026-06-30T00:00:00.1234567Z", "2024-02-29T12:00:00-03:00"]]
    assert valid.tolist() == [True] * 6 + [False, False, False, True, True]
    assert micros.tolist() == parse_iso_parts(pa.array(texts))[0].tolist()
