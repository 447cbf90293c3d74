"""`python -m trainer.redact INPUT.jsonl OUTPUT.jsonl [--members MEMBERS]`: preview redaction.

Reads rows with a ``text`` field and writes the same rows with ``text`` redacted and
``redactions`` = ``[{type, start, end}]`` over the input text (Python string offsets, i.e.
code points). The members table (JSONL, Parquet or CSV) is read by the same code as training
(``trainer.data.prepare.read_display_names``), so the preview redacts exactly as a run would.
A per-type count summary goes to stderr, with the lines skipped as unreadable (named by number and
problem, never by their text; training quarantines such rows the same way). Example:

    python -m trainer.redact data/demo/posts.jsonl /tmp/redacted.jsonl \
        --members data/demo/members.jsonl
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from trainer.data.prepare import read_display_names
from trainer.errors import UserError, user_errors
from trainer.redact import name_tagger
from trainer.redact.engine import TYPES, Redactor


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, object, None) per non-blank line, or (line number, None, problem)."""
    try:
        handle = path.open("rb")  # decoded line by line, so a bad byte names its own line
    except OSError as err:
        raise UserError(f"{path}: cannot open ({err.strerror or 'unreadable'})") from None
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield lineno, None, "not valid UTF-8"
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                yield lineno, None, f"not valid JSON ({err.msg} at column {err.colno})"
                continue
            if not isinstance(row, dict):
                yield lineno, None, "expected a JSON object"
                continue
            yield lineno, row, None


def member_names(path: Path) -> list[str]:
    """The display names of a members table, read by training's own reader (any format)."""
    return read_display_names(path)


def redact_file(redactor: Redactor, src: Path,
                dst: Path) -> tuple[int, Counter[str], list[str]]:
    """Redact every readable row of ``src`` into ``dst`` (written atomically).

    Returns (rows written, counts per type, skipped lines). A line that is not a JSON object
    with a string ``text`` is skipped and named (line number and problem, never its text), as
    training quarantines bad rows instead of stopping.
    """
    counts: Counter[str] = Counter()
    rows = 0
    skipped: list[str] = []
    if dst.is_dir():
        raise UserError(f"{dst}: is a directory; give a file path for the redacted JSONL")
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.", suffix=".tmp")
    except OSError as err:
        raise UserError(f"{dst}: cannot write ({err.strerror or 'unwritable'})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for lineno, row, problem in iter_jsonl(src):
                text = row.get("text") if row is not None else None
                if problem is None and not isinstance(text, str):
                    what = "missing" if "text" not in row else "not a string"
                    problem = f"field 'text' is {what}"
                if problem is not None:
                    skipped.append(f"line {lineno}: {problem}")
                    continue
                result = redactor.redact(text)
                counts.update(span.type for span in result.spans)
                row["text"] = result.text
                row["redactions"] = [
                    {"type": s.type, "start": s.start, "end": s.end} for s in result.spans
                ]
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                rows += 1
        try:
            os.replace(tmp, dst)
        except OSError as err:
            raise UserError(f"{dst}: cannot write ({err.strerror or 'unwritable'})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return rows, counts, skipped


@click.command(context_settings={"help_option_names": ["-h", "--help"]},
               epilog="example: python -m trainer.redact data/demo/posts.jsonl /tmp/out.jsonl "
                      "--members data/demo/members.jsonl")
@click.argument("src", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("dst", metavar="OUTPUT", type=click.Path(path_type=Path))
@click.option("--members", type=click.Path(path_type=Path), default=None,
              help="Members table (any table form), read as training reads it; every "
                   "display_name is redacted.")
@click.option("--types", default=None,
              help=f"Comma-separated types to redact [default: all of {','.join(TYPES)}].")
@click.option("--name-tagger/--no-name-tagger", default=True, show_default=True,
              help="Also redact what the learned name tagger tags (redaction.name_tagger; on "
                   "by default, as in training).")
@click.option("--name-tagger-threshold", type=float, default=name_tagger.DEFAULT_THRESHOLD,
              show_default=True,
              help="P(name) from which the tagger redacts, in (0, 1); lower redacts more.")
@user_errors
def cli(src: Path, dst: Path, members: Path | None, types: str | None, name_tagger: bool,
        name_tagger_threshold: float) -> None:
    """Redact PII from the 'text' field of a JSONL file (preview for reviewers)."""
    if src.resolve() == dst.resolve():
        raise UserError(f"{dst}: output must differ from the input file")
    # The same reader and name list as training (trainer.train -> select_eligible).
    names = member_names(members) if members else []
    enabled = [t.strip().upper() for t in types.split(",")] if types else None
    redactor = Redactor.from_members(names, enabled_types=enabled, name_tagger=name_tagger,
                                     name_tagger_threshold=name_tagger_threshold)
    rows, counts, skipped = redact_file(redactor, src, dst)
    if skipped and not rows:
        dst.unlink(missing_ok=True)
        raise UserError(f"{src}: no readable row ({skipped[0]}); is it JSONL with a "
                        "'text' field?")
    summary = ", ".join(f"{t} {counts[t]}" for t in TYPES if counts[t]) or "nothing found"
    click.echo(f"redacted {rows} rows -> {dst}: {summary}", err=True)
    if skipped:
        shown = "; ".join(skipped[:3]) + (f"; and {len(skipped) - 3} more" if len(skipped) > 3
                                          else "")
        click.echo(f"skipped {len(skipped)} unreadable rows ({shown})", err=True)


def main(argv: list[str] | None = None) -> None:
    """The command line, returning normally on success (tests call it in-process)."""
    try:
        cli.main(args=argv, prog_name="python -m trainer.redact", standalone_mode=False)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
