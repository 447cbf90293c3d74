"""Arrow columns read the way the eligibility rules need them: text, flags, ids, timestamps.

Pure and vectorised (Arrow compute + numpy). A value of an unexpected type reads as missing and
is reported through a mask, never guessed at; timestamps follow the grammar described in
``trainer.data.eligibility``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data.tables import MALFORMED_COLUMN
from trainer.errors import UserError

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


def parse_timestamps(values: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Parse ISO 8601 text (or Arrow timestamps) to UTC microseconds; returns (micros, valid)."""
    arr = plain(values)
    if pa.types.is_date(arr.type):  # a date alone is midnight UTC
        arr = arr.cast(pa.timestamp("s"))
    if pa.types.is_timestamp(arr.type):  # zone-less Arrow timestamps are taken as UTC
        return _timestamp_micros(arr)
    if not is_string(arr.type):
        return np.zeros(len(arr), dtype=np.int64), np.zeros(len(arr), dtype=bool)
    text = pc.utf8_trim_whitespace(arr.cast(pa.string()))
    matches = as_bools(pc.match_substring_regex(text, _ISO_RE))
    # Arrow's own parser (fast) reads every form of the grammar the same way, but fails a whole
    # array on a day the month lacks or on sub-microsecond digits: such rare rows, and all rows
    # if a cast still fails, go through the exact field-by-field parser instead. Arrow needs
    # zoned and zone-less (UTC) text cast separately.
    risky = matches & as_bools(pc.match_substring_regex(text, _RISKY_RE))
    valid = matches & ~risky
    zoned = as_bools(pc.match_substring_regex(text, _ZONED_RE))
    try:
        micros = _cast_micros(text, valid & zoned, tz="UTC")
        micros = np.where(zoned, micros, _cast_micros(text, valid & ~zoned, tz=None))
    except pa.ArrowInvalid:
        return parse_iso_parts(text)
    if risky.any():
        rows = np.flatnonzero(risky)
        micros[rows], valid[rows] = parse_iso_parts(text.take(pa.array(rows)))
    return micros, valid


def _timestamp_micros(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """An Arrow timestamp array of any unit and zone as UTC microseconds; (micros, valid).

    Values that do not fit in int64 microseconds (seconds beyond year 292277) are invalid.
    """
    raw = pc.fill_null(arr.cast(pa.int64()), 0).to_numpy(zero_copy_only=False)
    valid = as_bools(pc.is_valid(arr))
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


def parse_iso_parts(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Field-by-field parse of ``_ISO_RE`` with calendar checks (the cast's exact twin)."""
    parts = pc.extract_regex(text, _ISO_RE)
    valid = as_bools(pc.is_valid(parts))

    def num(field: str, width: int = 0) -> np.ndarray:
        digits = pc.fill_null(pc.struct_field(parts, field), "")
        if width:  # fraction of a second: right-pad, then keep microsecond digits
            digits = pc.utf8_slice_codeunits(pc.utf8_rpad(digits, width=width, padding="0"), 0, 6)
        return pc.cast(pc.binary_join_element_wise("0", digits, ""), pa.int64()).to_numpy()

    y, mo, d, h, mi, s = (num(f) for f in ("y", "mo", "d", "h", "mi", "s"))
    frac, oh, om = num("f", width=9), num("oh"), num("om")
    sign = np.where(as_bools(pc.equal(pc.struct_field(parts, "sign"), "-")), -1, 1)
    month = (y - 1970).astype("datetime64[Y]").astype("datetime64[M]") + np.clip(mo - 1, 0, 11)
    first_day = month.astype("datetime64[D]").astype(np.int64)
    month_days = (month + 1).astype("datetime64[D]").astype(np.int64) - first_day
    valid &= d <= month_days
    seconds = (((first_day + d - 1) * 24 + h) * 60 + mi) * 60 + s - sign * (oh * 60 + om) * 60
    return np.where(valid, seconds * 1_000_000 + frac, 0), valid


def require_columns(name: str, table: pa.Table, columns: Sequence[str]) -> None:
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise UserError(f"the {name} table has no column(s) {missing}; add them")


def datetime_to_us(value: datetime, *, option: str) -> int:
    try:
        naive_utc = (value - value.utcoffset()).replace(tzinfo=None)
    except OverflowError:
        raise UserError(
            f"{option}={value.isoformat()} is outside the years 1-9999 in UTC; "
            "use a time such as 2026-06-30T00:00:00Z"
        ) from None
    return (naive_utc - datetime(1970, 1, 1)) // timedelta(microseconds=1)


def as_bools(mask: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A boolean Arrow array as numpy, nulls read as False."""
    if isinstance(mask, pa.ChunkedArray):
        mask = mask.combine_chunks()
    return pc.fill_null(mask, False).to_numpy(zero_copy_only=False)


def plain(values: pa.Array | pa.ChunkedArray) -> pa.Array:
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


def is_string(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


def text_column(table: pa.Table, name: str) -> tuple[pa.Array, np.ndarray]:
    """Column ``name`` as strings (null where missing or wrong-typed) and its wrong-type mask."""
    col = plain(table.column(name))
    if is_string(col.type):
        return col.cast(pa.string()), np.zeros(len(col), dtype=bool)
    return pa.nulls(len(col), pa.string()), as_bools(pc.is_valid(col))


def bad_ids(ids: pa.Array) -> np.ndarray:
    """Ids present but empty after trimming, or containing a line break of any kind."""
    empty = pc.equal(pc.utf8_trim_whitespace(ids), "")
    return as_bools(pc.or_(empty, pc.match_substring_regex(ids, _LINE_BREAK_RE)))


def fold(values: pa.Array, *, punctuation: bool = False) -> pa.Array:
    """Text folded for near-miss matching: NFKC, no format/control/space characters, lower."""
    folded = pc.replace_substring_regex(pc.utf8_normalize(values, form="NFKC"), _FOLD_RE, "")
    if punctuation:
        folded = pc.replace_substring_regex(folded, r"[\p{P}\p{S}]+", "")
    return pc.utf8_lower(folded)


def digits_key(folded: pa.Array) -> pa.Array:
    """The number in an id as text without leading zeros ("m00042" -> "42#"); null if none."""
    digits = pc.replace_substring_regex(folded, r"\D+", "")
    key = pc.binary_join_element_wise(pc.replace_substring_regex(digits, "^0+", ""), "#", "")
    return pc.if_else(pc.equal(digits, ""), pa.scalar(None, pa.string()), key)


def row_flag(table: pa.Table) -> np.ndarray:
    if MALFORMED_COLUMN not in table.column_names:
        return np.zeros(table.num_rows, dtype=bool)
    flag = table.column(MALFORMED_COLUMN)
    if not pa.types.is_boolean(flag.type):
        raise ValueError(f"{MALFORMED_COLUMN} must be a boolean column, not {flag.type}")
    return as_bools(flag)

