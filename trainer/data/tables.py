"""Read the members, consent and posts tables (JSONL, Parquet or CSV) into Arrow.

Forms: ``.jsonl``/``.json`` (JSON Lines, optionally gzipped as ``.jsonl.gz``/``.json.gz``),
``.csv`` (UTF-8, a byte-order mark is allowed), ``.parquet``, and a directory or glob of
``.parquet`` shards (read in sorted order; names starting with ``.`` or ``_`` are skipped). Any
Arrow string, binary (UTF-8), timestamp or date type is accepted; eligibility normalises them.

A table that cannot be used at all (missing file, unknown format, missing column, no rows,
nothing readable) is a UserError. A bad row inside a good table is kept, with its wrong-typed
fields set to null and ``MALFORMED_COLUMN`` set, so that eligibility counts it instead of the
reader dying. A consent member_id given as a JSON number is kept as text in ``RAW_ID_COLUMN``
so that a near-miss opt-out (``0`` for ``m00000``) can still fail closed.

Parquet is read with ``pyarrow.parquet``; CSV goes through ``datasets`` with every column read
as text, so nothing is guessed (``NA`` stays a member id and ``TRUE`` stays text for eligibility
to judge). JSON Lines are parsed line by line: ``datasets`` fails a whole file on one bad line
and re-encodes mixed-type columns as JSON text, which would blur ``true`` and ``"true"``.

``source_digest`` is the sha256 the manifest records: a file's own digest, or for shards the
digest of the sorted lines ``<relative name>\t<file sha256>\n``.
"""

from __future__ import annotations

import csv
import glob
import gzip
import hashlib
import io
import json
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from trainer.errors import UserError

# The input contract: the columns each table must have (README, "Input data contract").
MEMBER_COLUMNS = ("member_id", "display_name", "region")
CONSENT_COLUMNS = ("member_id", "setting", "value", "at", "policy_version")
POST_COLUMNS = ("post_id", "member_id", "kind", "text", "created_at", "deleted_at")
MALFORMED_COLUMN = "_malformed"  # set by a reader on rows it could not parse
RAW_ID_COLUMN = "_raw_member_id"  # consent: a member_id given as a number, as text (readers)
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": MEMBER_COLUMNS,
    "consent": CONSENT_COLUMNS,
    "posts": POST_COLUMNS,
}
FORMATS = {
    ".jsonl.gz": "jsonl",
    ".json.gz": "jsonl",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".csv": "csv",
}
_GLOB_CHARS = frozenset("*?[")
_READER_COLUMNS = (MALFORMED_COLUMN, RAW_ID_COLUMN)  # only our readers may set these
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
    shards: int = 1  # files read: more than one for a directory or glob of Parquet shards


def read_table(name: str, path: str | Path) -> tuple[pa.Table, SourceInfo]:
    """Read table ``name`` (members, consent or posts) from ``path``; returns (table, source)."""
    if name not in REQUIRED_COLUMNS:
        raise ValueError(f"unknown table {name!r}; expected one of {sorted(REQUIRED_COLUMNS)}")
    where, files, fmt = locate_source(name, path)
    columns = REQUIRED_COLUMNS[name]
    digest = files_digest(where, files)
    if fmt == "jsonl":
        table = _read_jsonl(files[0], name, columns)
    elif fmt == "parquet":
        table = _read_parquet(where, files, name)
    else:
        table = _read_csv(files[0], name)
    if files_digest(where, files) != digest:
        raise UserError(f"{where}: the {name} table changed while it was being read; try again")
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise UserError(
            f"{where}: the {name} table has no column(s) {', '.join(missing)}; "
            f"it needs {', '.join(columns)}"
        )
    if table.num_rows == 0:
        raise UserError(
            f"{where}: the {name} table has no rows (only a header or nothing); "
            f"check data.{name} and the export that wrote it"
        )
    extra = [c for c in _READER_COLUMNS if c in table.column_names]
    table = table.select([*columns, *extra])
    if fmt == "csv":
        table = _empty_cells_to_null(table)
    return table, SourceInfo(name, str(where), fmt, digest, table.num_rows, len(files))


def source_digest(path: str | Path) -> str:
    """The sha256 ``read_table`` records for ``path`` (a file, a directory or a glob of
    Parquet shards); a UserError if it names nothing readable. For ``verify --data``."""
    where, files, _ = locate_source("source", path)
    return files_digest(where, files)


def locate_source(name: str, path: str | Path) -> tuple[Path, list[Path], str]:
    """(what the path names, the files to read in order, their format)."""
    text = str(path)
    if _GLOB_CHARS & set(text):
        pattern = str(Path(text).expanduser().absolute())
        files = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
        return Path(pattern), _shards(name, pattern, files), "parquet"
    where = Path(text).expanduser().resolve()
    if where.is_dir():
        files = sorted(p for p in where.rglob("*") if p.is_file() and not _hidden(p, where))
        return where, _shards(name, str(where), files), "parquet"
    lower = where.name.lower()
    fmt = next((f for suffix, f in FORMATS.items() if lower.endswith(suffix)), None)
    if fmt is None:
        raise UserError(
            f"{where}: unknown format {where.suffix or '(no extension)'!r} for the {name} table; "
            "use .jsonl, .json, .jsonl.gz (JSON Lines), .parquet, .csv, or a directory or glob "
            "of .parquet shards"
        )
    if not where.is_file():
        raise UserError(f"{where}: {name} table not found; check data.{name}")
    return where, [where], fmt


def _hidden(file: Path, root: Path) -> bool:
    return any(part.startswith((".", "_")) for part in file.relative_to(root).parts)


def _shards(name: str, where: str, files: list[Path]) -> list[Path]:
    if not files:
        raise UserError(f"{where}: no files for the {name} table; check data.{name}")
    other = [f for f in files if not f.name.lower().endswith(".parquet")]
    if other:
        raise UserError(
            f"{where}: {other[0].name} is not a .parquet file; a directory or glob must hold "
            f"only Parquet shards of the {name} table"
        )
    return files


def files_digest(where: Path, files: list[Path]) -> str:
    """A file's sha256; for shards, the sha256 of their sorted relative names and digests."""
    if files == [where]:
        return _sha256(where)
    root = where if where.is_dir() else _glob_root(where)
    lines = sorted(f"{f.relative_to(root).as_posix()}\t{_sha256(f)}\n" for f in files)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def _glob_root(pattern: Path) -> Path:
    """The directory part of a glob before its first wildcard."""
    root = Path(pattern.anchor)
    for part in pattern.parts[1:]:
        if _GLOB_CHARS & set(part):
            break
        root /= part
    return root


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
    raw_ids: list[str | None] = []
    opener = gzip.open if file.name.lower().endswith(".gz") else open
    try:
        with opener(file, "rb") as fh:
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
                raw_ids.append(_number_text(row.get("member_id")))
                for column in columns:
                    value = row.get(column)
                    if value is not None and not _well_typed(name, column, value):
                        value, bad = None, True
                    values[column].append(value)
                flags.append(bad)
    except (OSError, EOFError, zlib.error) as err:  # a truncated or corrupt .gz
        raise UserError(
            f"{file}: the {name} table is not readable gzip ({type(err).__name__}); re-export it"
        ) from None
    if flags and not seen:
        raise UserError(
            f"{file}: no line of the {name} table is a JSON object with its columns; "
            "expected JSON Lines (one object per line)"
        )
    present = [c for c in columns if c in seen or c in _NULLABLE or not flags]
    types = {c: pa.bool_() if (name, c) in _BOOLEAN else pa.string() for c in present}
    arrays = {c: pa.array(values[c], types[c]) for c in present}
    if name == "consent":
        arrays[RAW_ID_COLUMN] = pa.array(raw_ids, pa.string())
    return pa.table({**arrays, MALFORMED_COLUMN: pa.array(flags, pa.bool_())})


def _number_text(value: object) -> str | None:
    """A whole JSON number as text ("0" for 0 or 0.0); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return str(int(value))


def _well_typed(name: str, column: str, value: object) -> bool:
    if (name, column) in _BOOLEAN:
        return isinstance(value, bool)
    return isinstance(value, str) and (value.isascii() or _valid_unicode(value))


def _valid_unicode(value: str) -> bool:
    """No lone surrogate (a JSON escape such as "\\ud800" with no pair): text no UTF-8 table
    can hold, so the row is malformed, counted and left out, not a crash."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
    return _drop_reader_columns(table)


def _drop_reader_columns(table: pa.Table) -> pa.Table:
    """Only our readers flag rows: a column of such a name in the file itself means nothing."""
    return table.drop_columns([c for c in table.column_names if c in _READER_COLUMNS])


def _read_parquet(where: Path, files: list[Path], name: str) -> pa.Table:
    """One Parquet file, or shards concatenated (types widened where they differ)."""
    tables = []
    for file in files:
        try:
            tables.append(_drop_reader_columns(pq.read_table(file)))
        except Exception as err:  # any failure here means the file as a whole is unusable
            raise UserError(
                f"{file}: the {name} table is not a readable Parquet file "
                f"({type(err).__name__}); re-export it"
            ) from None
    try:
        return pa.concat_tables(tables, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as err:
        raise UserError(
            f"{where}: the {name} shards disagree on column types "
            f"({str(err).splitlines()[0][:120]}); re-export them with one schema"
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
            "from_csv",
            file,
            features=features,
            keep_default_na=False,
            na_filter=False,
            encoding="utf-8-sig",
        )
    except Exception:  # e.g. bytes that are not UTF-8: keep the rows as Python read them
        return _table_from_rows(header, rows)


def _csv_rows(file: Path, name: str) -> tuple[list[str], list[list[str]]]:
    """(header, non-blank rows); a UserError if there is no usable header."""
    text = file.read_bytes().decode("utf-8-sig", errors="replace")
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
        if pa.types.is_string(col.type):  # CSV columns are always read as plain strings
            empty = pc.equal(pc.utf8_trim_whitespace(col), "")
            cleared = pc.if_else(empty, pa.scalar(None, col.type), col)
            table = table.set_column(table.column_names.index(column), column, cleared)
    return table
