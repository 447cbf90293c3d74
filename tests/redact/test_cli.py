"""`python -m trainer.redact`: output rows, offsets, summary and error messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from trainer.redact.__main__ import main


def write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_cli_redacts_rows_and_reports_input_offsets(tmp_path, capsys):
    text = "Ping Jane Doe at ja\u200bne@example.com or @jdoe"
    src = write(
        tmp_path / "in.jsonl",
        [json.dumps({"id": 7, "text": text}), "", json.dumps({"id": 8, "text": "nothing here"})],
    )
    members = write(
        tmp_path / "m.jsonl", [json.dumps({"member_id": "m1", "display_name": "Jane Doe"})]
    )
    main([str(src), str(tmp_path / "out.jsonl"), "--members", str(members)])
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert rows[0]["id"] == 7
    assert rows[0]["text"] == "Ping [NAME] at [EMAIL] or [MENTION]"
    assert [(r["type"], text[r["start"] : r["end"]]) for r in rows[0]["redactions"]] == [
        ("NAME", "Jane Doe"),
        ("EMAIL", "ja\u200bne@example.com"),
        ("MENTION", "@jdoe"),
    ]
    assert rows[1] == {"id": 8, "text": "nothing here", "redactions": []}
    assert capsys.readouterr().err.strip().endswith("EMAIL 1, MENTION 1, NAME 1")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"text": "ok"}', '{"text": "Jane Doe secret'], "line 2: not valid JSON"),
        (['{"text": "ok"}', '["Jane Doe"]'], "line 2: expected a JSON object"),
        (['{"id": 1}', '{"text": "ok"}'], "line 1: field 'text' is missing"),
        (['{"text": 42}', '{"text": "ok"}'], "line 1: field 'text' is not a string"),
    ],
)
def test_cli_skips_bad_lines_naming_them_without_raw_text(tmp_path, capsys, lines, message):
    """Like training's quarantine: the demo data (which has malformed rows) previews whole."""
    src = write(tmp_path / "in.jsonl", lines)
    main([str(src), str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert f"skipped 1 unreadable rows ({message}" in err
    assert "Jane" not in err and "secret" not in err
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["text"] for r in rows] == ["ok"]


def test_cli_with_no_readable_row_is_an_error(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", ['["Jane Doe"]'])
    with pytest.raises(SystemExit) as exc:
        main([str(src), str(tmp_path / "out.jsonl")])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {src}: no readable row (line 1: expected a JSON object")
    assert "Jane" not in err and not (tmp_path / "out.jsonl").exists()


def test_cli_missing_input_and_bad_types(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main([str(tmp_path / "nope.jsonl"), str(tmp_path / "out.jsonl")])
    assert "cannot open" in capsys.readouterr().err
    src = write(tmp_path / "in.jsonl", ['{"text": "x"}'])
    with pytest.raises(SystemExit):
        main([str(src), str(tmp_path / "out.jsonl"), "--types", "EMAIL,BOGUS"])
    assert "unknown type(s) BOGUS" in capsys.readouterr().err


def test_cli_as_a_module(tmp_path):
    src = write(tmp_path / "in.jsonl", ['{"text": "call 020 7946 0958"}'])
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "trainer.redact", str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text())["text"] == "call [PHONE]"
    assert "PHONE 1" in proc.stderr


def test_cli_invalid_utf8_names_its_line(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "ok"}\n{"text": "\xff\xfe"}\n')
    main([str(src), str(tmp_path / "out.jsonl")])
    assert "skipped 1 unreadable rows (line 2: not valid UTF-8)" in capsys.readouterr().err


def test_cli_reads_a_csv_members_table(tmp_path, capsys):
    """CSV members used to be skipped row by row (exit 0, names not redacted)."""
    src = write(tmp_path / "in.jsonl", ['{"text": "hi Jane Doe and Ann Lee"}'])
    members = write(
        tmp_path / "members.csv",
        ["member_id,display_name,region", "m1,Jane Doe,DE", 'm2,"Lee, Ann",FR'],
    )
    main([str(src), str(tmp_path / "out.jsonl"), "--members", str(members)])
    assert json.loads((tmp_path / "out.jsonl").read_text())["text"] == "hi [NAME] and [NAME]"


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_cli_names_are_exactly_trainings_names(tmp_path, suffix):
    """The preview builds its redactor from the names training uses (read_display_names)."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    from trainer.data.prepare import read_display_names
    from trainer.redact.__main__ import member_names

    table = pa.table(
        {
            "member_id": ["m1", "m2", "m3", "m4"],
            "display_name": ["Jane Doe", "  ", None, "Søren Müller"],
            "region": ["DE", None, "FR", "DK"],
        }
    )
    path = tmp_path / f"members{suffix}"
    if suffix == ".jsonl":
        write(path, [json.dumps(row, ensure_ascii=False) for row in table.to_pylist()])
    elif suffix == ".csv":
        pcsv.write_csv(table, path)
    else:
        pq.write_table(table, path)
    assert member_names(path) == read_display_names(path) == ["Jane Doe", "Søren Müller"]


def test_cli_members_table_without_display_name_is_an_error(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", ['{"text": "hi"}'])
    members = write(tmp_path / "m.csv", ["member_id,name", "m1,Jane Doe"])
    with pytest.raises(SystemExit) as exc:
        main([str(src), str(tmp_path / "out.jsonl"), "--members", str(members)])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "display_name" in err and len(err.splitlines()) == 1


def test_cli_output_is_a_directory_or_unwritable(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", ['{"text": "hi"}'])
    with pytest.raises(SystemExit) as exc:
        main([str(src), str(tmp_path)])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err == f"Error: {tmp_path}: is a directory; give a file path for the redacted JSONL\n"
    blocker = write(tmp_path / "file", ["x"])
    with pytest.raises(SystemExit) as exc:
        main([str(src), str(blocker / "out.jsonl")])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert (
        err.startswith(f"Error: {blocker / 'out.jsonl'}: cannot write (") and err.count("\n") == 1
    )


def test_cli_output_unwritable_as_a_module(tmp_path):
    src = write(tmp_path / "in.jsonl", ['{"text": "hi"}'])
    proc = subprocess.run(
        [sys.executable, "-m", "trainer.redact", str(src), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: ") and proc.stderr.count("\n") == 1
