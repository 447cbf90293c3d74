"""Delimited tables pasted into a post: CSV (RFC 4180), semicolon, tab and pipe separated,
Markdown tables. A header row of keys, at least one of them personal (``record_keys``), maps
the columns; every following row with at least as many fields has its personal fields
redacted, until a row with fewer fields (prose, a blank line) ends the table.

A row with more fields than the header has an unquoted separator inside some value ("£4,186.57"
written without quotes): its fields cannot be told apart, so a personal column takes every
field it may have shifted into (fail closed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trainer.redact.hits import Hit
from trainer.redact.record_keys import generic_person_key, key_kind
from trainer.redact.record_name_columns import NAME_PART, name_part_columns, not_name_part
from trainer.redact.record_values import has_function_word, value_hits

DELIMITERS = (",", ";", "\t", "|")
_KEYLIKE = re.compile(r"[^\W\d][\w .#()/'’\-]{0,40}")
_RULE = re.compile(r"^[\s|:+\-]+$")  # a Markdown rule row "|---|:--|"
_MAX_HEADER = 400


def split_fields(text: str, start: int, end: int, delim: str) -> list[tuple[int, int]]:
    """RFC 4180 fields of ``text[start:end]`` as offsets of their content (inside quotes
    when quoted; a doubled quote inside stays part of it). Pipe rows lose their outer pipes."""
    if delim == "|":
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        if start < end and text[start] == "|":
            start += 1
        if end > start and text[end - 1] == "|":
            end -= 1
    fields: list[tuple[int, int]] = []
    i = start
    while True:
        j = i
        while j < end and text[j] in " \t" and delim != "\t":
            j += 1
        if j < end and text[j] == '"':
            k = j + 1
            while k < end:
                if text[k] == '"':
                    if k + 1 < end and text[k + 1] == '"':
                        k += 2
                        continue
                    break
                k += 1
            fields.append((j + 1, k))
            nxt = text.find(delim, k, end)
        else:
            nxt = text.find(delim, i, end)
            fields.append((i, end if nxt < 0 else nxt))
        if nxt < 0:
            return fields
        i = nxt + 1


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


Column = tuple[str, bool] | None  # (kind, generic person key) of a personal column
Row = list[tuple[int, int]]  # the offsets of a row's fields


def _header(text: str, start: int, end: int, delim: str) -> list[Column] | None:
    """The personal columns of a header row, or None when the row is no header with one."""
    fields = split_fields(text, start, end, delim)
    if len(fields) < 2 or text[start:end].rstrip().endswith((".", "!", "?", ":")):
        return None
    columns: list[Column] = []
    keys: list[str] = []
    for fs, fe in fields:
        key = text[fs:fe].strip()
        if not _KEYLIKE.fullmatch(key) or len(key.split()) > 3 or has_function_word(key):
            return None
        kind = key_kind(key)
        keys.append(key)
        columns.append(None if kind is None else (kind, generic_person_key(key)))
    columns = name_part_columns(keys, columns)  # "| First | Last |": a name over two columns
    return columns if any(columns) else None


def _vertical(text: str, rows: list[Row]) -> bool:
    """A two-column table whose first column holds keys ("| Name | Ana |", "| Email | ... |"):
    each row is a key and its value, not a row of a name column."""
    return all(len(r) == 2 for r in rows) and any(
        key_kind(text[s:e].strip()) is not None for s, e in (r[0] for r in rows[1:4])
    )


def tables(text: str) -> Iterator[tuple[str, list[Column], list[Row]]]:
    """Each delimited table of ``text`` with a personal column: ``(delim, header, rows)``, the
    header's columns and every row's field offsets (``rows[0]`` is the header row)."""
    if "\n" not in text:
        return
    lines = _lines(text)
    i = 0
    while i < len(lines) - 1:
        start, end = lines[i]
        row = text[start:end]
        header = None
        if end - start <= _MAX_HEADER:
            for delim in DELIMITERS:
                if delim in row:
                    header = _header(text, start, end, delim)
                    if header is not None:
                        break
        if header is None:
            i += 1
            continue
        rows = [split_fields(text, start, end, delim)]
        i += 1
        while i < len(lines):
            rs, re_ = lines[i]
            if delim == "|" and _RULE.match(text[rs:re_]):
                i += 1
                continue
            fields = split_fields(text, rs, re_, delim) if delim in text[rs:re_] else []
            if len(fields) < len(header):
                break
            rows.append(fields)
            i += 1
        yield delim, header, rows


def find_tables(text: str) -> list[Hit]:
    """Hits over the personal columns of every delimited table in ``text``."""
    hits: list[Hit] = []
    for _, header, rows in tables(text):
        if len(header) == 2 and _vertical(text, rows):
            hits += _pair_hits(text, rows)
        else:
            for fields in rows[1:]:
                hits += _row_hits(text, fields, header)
    return hits


def _pair_hits(text: str, rows: list[list[tuple[int, int]]]) -> list[Hit]:
    hits: list[Hit] = []
    for (ks, ke), (vs, ve) in rows:
        key = text[ks:ke].strip()
        kind = key_kind(key)
        if kind is not None:
            generic = generic_person_key(key)
            hits += value_hits(text, vs, ve, kind=kind, strict=False, generic=generic)
    return hits


def _row_hits(text: str, fields: list[tuple[int, int]], header: list[Column]) -> list[Hit]:
    extra = len(fields) - len(header)
    hits: list[Hit] = []
    for col, column in enumerate(header):
        if column is None:
            continue
        kind, generic = column
        if kind == NAME_PART:  # "| First | Last |": a name part, unless a number or a date
            if not extra and not_name_part(text[fields[col][0] : fields[col][1]]):
                continue
            kind = "NAME"
        # with extra fields the value lies somewhere in fields col .. col+extra: take them all
        start, end = fields[col][0], fields[col + extra][1]
        hits += value_hits(
            text, start, end, kind=kind, strict=False, generic=generic, whole=extra > 0
        )
    return hits


def csv_field_end(text: str, start: int, end: int) -> int:
    """Where a value found at ``[start, end)`` ends in a CSV row: at the first comma inside it
    when the row, cut at every comma, has as many fields as the first row of its block (the
    header) and that row holds no URL. Then each comma is a field delimiter (RFC 4180 quotes a
    field that holds one), and "https://example.org/u/ab,Leeds" is a URL and a town."""
    comma = text.find(",", start, end)
    if comma < 0:
        return end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    block = text.rfind("\n\n", 0, line_start)
    head_start = 0 if block < 0 else block + 2
    head_end = text.find("\n", head_start)
    if head_start == line_start or head_end < 0 or '"' in text[line_start:line_end]:
        return end
    header = text[head_start:head_end]
    commas = header.count(",")
    if not commas or "://" in header or text.count(",", line_start, line_end) != commas:
        return end
    return comma

