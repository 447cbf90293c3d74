"""Id lists are read the way they are written (issue 17, item 8): one id per "\\n"-ended line;
an id another line-break character would split never reaches a list (eligibility quarantines it)."""

import pytest

from trainer.manifest.io import id_list_bytes, read_id_list, write_id_list

from .builders import event, member, post, run

BREAKS = ["\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def test_a_list_reads_back_exactly_as_written(tmp_path):
    ids = ["m1", "m 2", "m\u00a03", "ｍ4", "m5\u200b"]
    write_id_list(tmp_path, "ids.txt", ids)
    assert read_id_list(tmp_path / "ids.txt") == sorted(ids)


def test_reading_splits_on_newline_only(tmp_path):
    path = tmp_path / "ids.txt"
    path.write_bytes("a\u2028b\nc\x85d\n".encode())
    assert read_id_list(path) == ["a\u2028b", "c\x85d"]


@pytest.mark.parametrize("brk", BREAKS)
def test_writing_refuses_an_id_that_any_line_break_would_split(brk):
    with pytest.raises(ValueError, match="ids must be single-line"):
        id_list_bytes(["m1", f"m{brk}2"])


@pytest.mark.parametrize("brk", BREAKS)
def test_eligibility_keeps_such_ids_out_of_every_list(tmp_path, brk):
    bad = f"p{brk}2"
    result = run([member()], [event()], [post("p1"), post(bad)])
    entry = write_id_list(tmp_path, "included_posts.txt", result.included_post_ids)
    assert entry["count"] == 1
    assert read_id_list(tmp_path / "included_posts.txt") == ["p1"]
