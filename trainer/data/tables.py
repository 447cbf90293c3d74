"""Read the members, consent and posts tables (JSONL, Parquet or CSV) into Arrow.

A table that cannot be used at all (missing file, unknown format, missing column, nothing
readable) is a UserError. A bad row inside a good table is kept, with its wrong-typed fields set
to null and ``MALFORMED_COLUMN`` set, so that eligibility counts it instead of the reader dying.

Parquet and CSV go through ``datasets`` (CSV with every column read as text, so nothing is
guessed: ``NA`` stays a member id and ``TRUE`` stays text for eligibility to judge). JSON Lines
are parsed line by line: ``datasets`` fails a whole file on one bad line and re-encodes
mixed-type columns as JSON text, which would blur ``true`` and ``"true"``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from trainer.data.eligibility import (
    CONSENT_COLUMNS,
    MALFORMED_COLUMN,
    MEMBER_COLUMNS,
    POST_COLUMNS,
)
from trainer.errors import UserError

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": MEMBER_COLUMNS,
    "consent": CONSENT_COLUMNS,
    "posts": POST_COLUMNS,
}
FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".parquet": "parquet", ".csv": "csv"}
_NULLABLE = {"region", "deleted_at"}  # an empty CSV cell here means "no value"
_BOOLEAN = {("consent", "value")}


@dataclass(frozen=True)
class SourceInfo:
    """Where a table came from, for the manifest: a run can be tied to exact input bytes."""

    table: str
    path: str
    format: str
    sha256: str
    rows: int


def read_table(name: str, path: str | Path) -> tuple[pa.Table, SourceInfo]:
    """Read table ``name`` (members, consent or posts) from ``path``; returns (table, source)."""
    if name not in REQUIRED_COLUMNS:
        raise ValueError(f"unknown table {name!r}; expected one of {sorted(REQUIRED_COLUMNS)}")
    file = Path(path).expanduser().resolve()
    fmt = FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise UserError(
            f"{file}: unknown format {file.suffix or '(no extension)'!r} for the {name} table; "
            "use .jsonl, .json (JSON Lines), .parquet or .csv"
        )
    if not file.is_file():
        raise UserError(f"{file}: {name} table not found; check data.{name}")
    columns = REQUIRED_COLUMNS[name]
    digest = _sha256(file)
    if fmt == "jsonl":
        table = _read_jsonl(file, name, columns)
    elif fmt == "parquet":
        table = _read_parquet(file, name)
    else:
        table = _read_csv(file, name)
    if _sha256(file) != digest:
        raise UserError(f"{file}: the {name} table changed while it was being read; try again")
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise UserError(
            f"{file}: the {name} table has no column(s) {', '.join(missing)}; "
            f"it needs {', '.join(columns)}"
        )
    extra = [MALFORMED_COLUMN] if MALFORMED_COLUMN in table.column_names else []
    table = table.select([*columns, *extra])
    if fmt == "csv":
        table = _empty_cells_to_null(table)
    return table, SourceInfo(name, str(file), fmt, _sha256(file), table.num_rows)


def _sha256(file: Path) -> str:
    with file.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _read_jsonl(file: Path, name: str, columns: tuple[str, ...]) -> pa.Table:
    """One JSON object per non-blank line; a line that is not one is a malformed row.

    A key absent from every object is a missing column, except for the nullable ``region`` and
    ``deleted_at``, which exporters often leave out when they are null.
    """
    values: dict[str, list] = {c: [] for c in columns}
    seen: set[str] = set()
    flags: list[bool] = []
    with file.open("rb") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                row = None
            if not isinstance(row, dict):
                row, bad = {}, True
            else:
                seen.update(row.keys() & set(columns))
                bad = False
            for column in columns:
                value = row.get(column)
                if value is not None and not _well_typed(name, column, value):
                    value, bad = None, True
                values[column].append(value)
            flags.append(bad)
    if flags and not seen:
        raise UserError(
            f"{file}: no line of the {name} table is a JSON object with its columns; "
            "expected JSON Lines (one object per line)"
        )
    present = [c for c in columns if c in seen or c in _NULLABLE or not flags]
    types = {c: pa.bool_() if (name, c) in _BOOLEAN else pa.string() for c in present}
    arrays = {c: pa.array(values[c], types[c]) for c in present}
    return pa.table({**arrays, MALFORMED_COLUMN: pa.array(flags, pa.bool_())})


def _well_typed(name: str, column: str, value: object) -> bool:
    if (name, column) in _BOOLEAN:
        return isinstance(value, bool)
    return isinstance(value, str)


def _datasets_table(loader: str, file: Path, **kwargs) -> pa.Table:
    """Load one file through ``datasets`` into memory, leaving no cache behind."""
    import datasets

    bars, verbosity = datasets.is_progress_bar_enabled(), datasets.logging.get_verbosity()
    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    try:
        with tempfile.TemporaryDirectory(prefix="consent-trainer-") as cache:
            dataset = getattr(datasets.Dataset, loader)(
                str(file), cache_dir=cache, keep_in_memory=True, **kwargs
            )
            table = dataset.data.table.combine_chunks()
    finally:  # leave the library as we found it
        datasets.logging.set_verbosity(verbosity)
        if bars:
            datasets.enable_progress_bars()
    # Only our readers flag rows: a column of that name in the file itself means nothing.
    return table.drop_columns([c for c in table.column_names if c == MALFORMED_COLUMN])


def _read_parquet(file: Path, name: str) -> pa.Table:
    try:
        return _datasets_table("from_parquet", file)
    except Exception as err:  # any failure here means the file as a whole is unusable
        raise UserError(
            f"{file}: the {name} table is not a readable Parquet file ({type(err).__name__}); "
            "re-export it"
        ) from None


def _read_csv(file: Path, name: str) -> pa.Table:
    """Every CSV column as text, through ``datasets`` when every row has the header's shape.

    A row with too many or too few fields (``datasets`` would fail, or silently pad it) is kept
    as a malformed row instead, so the table is then built from Python's ``csv`` reading.
    """
    from datasets import Features, Value

    header, rows = _csv_rows(file, name)
    if any(len(row) != len(header) for row in rows):
        return _table_from_rows(header, rows)
    features = Features({column: Value("string") for column in header})
    try:
        return _datasets_table(
            "from_csv", file, features=features, keep_default_na=False, na_filter=False
        )
    except Exception:  # e.g. bytes that are not UTF-8: keep the rows as Python read them
        return _table_from_rows(header, rows)


def _csv_rows(file: Path, name: str) -> tuple[list[str], list[list[str]]]:
    """(header, non-blank rows); a UserError if there is no usable header."""
    text = file.read_bytes().decode("utf-8", errors="replace")
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline="")) if row]
    except csv.Error:
        rows = []
    header = rows[0] if rows else []
    if not header or len(set(header)) != len(header) or "\ufffd" in "".join(header):
        raise UserError(
            f"{file}: the {name} table has no readable CSV header line with distinct column "
            "names; the first line must name the columns"
        )
    return header, rows[1:]


def _table_from_rows(header: list[str], rows: list[list[str]]) -> pa.Table:
    """A table of text columns; a row with the wrong number of fields becomes a malformed row."""
    flags = [len(row) != len(header) for row in rows]
    columns = {  # a header column named like the flag is overwritten by the real flags below
        column: pa.array(
            [None if bad else row[i] for row, bad in zip(rows, flags, strict=True)], pa.string()
        )
        for i, column in enumerate(header)
    }
    return pa.table({**columns, MALFORMED_COLUMN: pa.array(flags, pa.bool_())})


def _empty_cells_to_null(table: pa.Table) -> pa.Table:
    for column in _NULLABLE & set(table.column_names):
        col = table.column(column)
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            empty = pc.equal(pc.utf8_trim_whitespace(col), "")
            cleared = pc.if_else(empty, pa.scalar(None, col.type), col)
            table = table.set_column(table.column_names.index(column), column, cleared)
    return table
