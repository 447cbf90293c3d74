"""trainer_dev.redaction_leakcount: the development-set counts the docs report, and the
difference a change must keep empty or explain."""

from __future__ import annotations

import json

from trainer_dev import redaction_leakcount as lc


def test_new_entries_are_multiset_differences():
    before = {"s": {"leaks": ["1:0:ID:123"], "fps": ["2:0:4:Anna"], "lost": ["3:isbn:x"]}}
    after = {"s": {"leaks": ["1:0:ID:123", "5:1:PERSON:Bo"], "fps": ["2:0:4:Anna"] * 2,
                   "lost": []}}
    assert lc.new_entries(before, after) == {
        "leaks": [("s", "5:1:PERSON:Bo")], "fps": [("s", "2:0:4:Anna")], "lost": []
    }
    t = lc.totals(after)
    assert t["leaks"] == {"ID": 1, "PERSON": 1} and t["fps"]["spans"] == 2 and not t["lost"]


def test_counts_a_set_and_compares(tmp_path, capsys):
    out = tmp_path / "c.json"
    assert lc.main(["--out", str(out), "--sets", "fourth", "--limit", "40"]) == 0
    counts = json.loads(out.read_text(encoding="utf-8"))
    assert set(counts) == {"fourth"} and set(counts["fourth"]) == {"leaks", "fps", "lost"}
    for entry in counts["fourth"]["leaks"]:
        post, item, kind, _value = entry.split(":", 3)
        assert int(post) < 40 and int(item) >= 0 and kind.isupper()
    capsys.readouterr()
    assert lc.main(["--compare", str(out), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "new leaks: 0" in printed and "new fps: 0" in printed and "new lost: 0" in printed


def test_refuses_a_set_it_cannot_open(capsys, tmp_path):
    assert lc.main(["--out", str(tmp_path / "x.json"), "--sets", "fiftyfirst"]) == 1
    assert "not a development set: fiftyfirst" in capsys.readouterr().out
