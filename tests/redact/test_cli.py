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
    members = write(tmp_path / "m.jsonl", [json.dumps({"display_name": "Jane Doe"})])
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
        (['["Jane Doe"]'], "line 1: expected a JSON object"),
        (['{"id": 1}'], "line 1: field 'text' is missing"),
        (['{"text": 42}'], "line 1: field 'text' is not a string"),
    ],
)
def test_cli_bad_line_names_the_line_without_raw_text(tmp_path, capsys, lines, message):
    src = write(tmp_path / "in.jsonl", lines)
    with pytest.raises(SystemExit) as exc:
        main([str(src), str(tmp_path / "out.jsonl")])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {src} {message}")
    assert "Jane" not in err and "secret" not in err
    assert not (tmp_path / "out.jsonl").exists()


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
    with pytest.raises(SystemExit):
        main([str(src), str(tmp_path / "out.jsonl")])
    assert capsys.readouterr().err == f"Error: {src} line 2: not valid UTF-8\n"


def test_cli_skips_malformed_member_rows_with_a_warning(tmp_path, capsys):
    src = write(tmp_path / "in.jsonl", ['{"text": "hi Jane Doe and Ann Lee"}'])
    members = write(
        tmp_path / "m.jsonl",
        ['{"display_name": "Jane Doe"}', '{"display_name": ', '{"display_name": 7}'],
    )
    main([str(src), str(tmp_path / "out.jsonl"), "--members", str(members)])
    err = capsys.readouterr().err
    assert f"warning: {members}: skipped 2 malformed member row(s) (line 2, 3)" in err
    assert json.loads((tmp_path / "out.jsonl").read_text())["text"].startswith("hi [NAME] and")
