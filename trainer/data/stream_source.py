"""A Parquet posts source opened for streaming: its shards' metadata, then record batches in
table order, each cast to the shards' unified schema (views as large strings and binaries), with
the same UserErrors ``tables.read_table`` raises for the same defects. Used by ``stream``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from trainer.data.tables import (
    MALFORMED_COLUMN,
    RAW_ID_COLUMN,
    SourceInfo,
    files_digest,
    locate_source,
)
from trainer.errors import UserError

BATCH_ROWS = 65_536  # rows per record batch read, and per batch judged
_READER_COLUMNS = (MALFORMED_COLUMN, RAW_ID_COLUMN)


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
