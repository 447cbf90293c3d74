"""The registry CLI on synthetic runs: index, find, retire, verify, consent changes, erasure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from registry_helpers import build_run, write_jsonl

from trainer.errors import UserError
from trainer.manifest.io import KEY_ENV
from trainer.registry import refuse_if_retired, register_run, retirement_note
from trainer.registry.cli import cli
from trainer.registry.retire import log_path


def invoke(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture
def runs(tmp_path) -> Path:
    """Run a trains m1-m3 (m4 held out); run b trains m3-m5 (m6 held out); a failed run."""
    root = tmp_path / "outputs"
    build_run(root / "a", members=["m1", "m2", "m3", "m4"])
    build_run(root / "b", members=["m3", "m4", "m5", "m6"], snapshot_at="2026-02-01T00:00:00Z")
    build_run(root / "f", members=["m3", "m7"], status="failed")
    invoke("index", str(root))
    return root


def test_index_records_every_run_and_is_incremental(runs, registry):
    assert "0 added, 0 updated, 3 unchanged" in invoke("index", str(runs))
    out = invoke("index", str(runs), "--rebuild", "--registry", str(registry))
    assert "0 added, 3 updated" in out


def test_find_member_lists_role_status_snapshot_model_and_exits_0(runs):
    out = invoke("find-member", "m3").splitlines()
    assert out[0].startswith(f"{runs / 'a'}  run run-a  completed  snapshot "
                             "2026-01-01T00:00:00Z  role train  adapter ")
    assert "snapshot 2026-02-01T00:00:00Z  role train" in out[1]
    assert out[2].endswith("failed  snapshot 2026-01-01T00:00:00Z  role train  "
                           "model: none (stopped before training)")
    assert out[3] == "member m3: found in 3 runs"
    held_out = json.loads(invoke("find-member", "m6", "--format", "json"))
    assert [(h["run_id"], h["role"]) for h in held_out["hits"]] == [("run-b", "eval")]


def test_find_member_exits_1_and_says_which_table_knows_the_id(runs, tmp_path):
    table = write_jsonl(tmp_path / "members.jsonl",
                        [{"member_id": "m9", "display_name": "N", "region": "US"}])
    out = invoke("find-member", "m9", "--members", str(table), code=1)
    assert out.splitlines() == [
        "member m9: found in no run (no indexed run ever listed this id)",
        f"members table {table}: knows the id"]
    out = invoke("find-member", "m1", "--members", str(table))
    assert out.splitlines()[-1] == f"members table {table}: does not know the id (deleted, " \
                                   "or never a member)"


def test_an_unverifiable_run_is_recorded_and_still_found(runs):
    manifest = runs / "b" / "manifest.json"
    m = json.loads(manifest.read_text())
    m["run"]["seed"] = 7  # edited after writing: the digest no longer matches
    manifest.write_text(json.dumps(m))
    out = invoke("index", str(runs))
    assert f"UNVERIFIABLE {runs / 'b'}: manifest: sha256 mismatch" in out
    line = [x for x in invoke("find-member", "m5").splitlines() if "run-b" in x][0]
    assert "role train, UNVERIFIED: manifest: sha256 mismatch" in line
    (runs / "b" / "train_members.txt").unlink()  # now even its lists cannot be read
    invoke("index", str(runs))
    out = invoke("find-member", "m5", code=1)
    assert f"{runs / 'b'}  UNVERIFIABLE (" in out and "it may include the member" in out


def test_a_deleted_run_dir_leaves_the_registry_on_the_next_index(runs):
    import shutil

    shutil.rmtree(runs / "f")
    assert f"removed {runs / 'f'} (its directory is gone)" in invoke("index", str(runs))
    assert "found in 2 runs" in invoke("find-member", "m3")


def test_retire_marks_the_run_and_the_adapter_is_refused(runs, registry):
    out = invoke("retire", "run-a", "--reason", "consent withdrawn")
    assert out.startswith("retired run run-a at ") and out.rstrip().endswith("unsigned")
    line = invoke("find-member", "m1").splitlines()[0]
    assert line.endswith("(consent withdrawn)") and "RETIRED 20" in line
    with pytest.raises(UserError, match="run run-a was retired at .* pass allow_retired=true"):
        refuse_if_retired(runs / "a", allow_retired=False)
    refuse_if_retired(runs / "a", allow_retired=True)  # a warning only
    refuse_if_retired(runs / "b", allow_retired=False)
    assert retirement_note({"run": {"id": "run-a"}})["reason"] == "consent withdrawn"
    assert retirement_note({"run": {"id": "run-b"}}) is None
    invoke("retire", str(runs / "a"), "--reason", "again", code=1)  # already retired


def test_verify_checks_the_chain_and_catches_edits_and_truncation(runs, registry):
    invoke("retire", "run-a", "--reason", "consent withdrawn")
    invoke("retire", "run-b", "--reason", "erasure request")
    assert "retirement log of 2 entries chained" in invoke("verify")
    log = log_path(registry)
    lines = log.read_text().splitlines()
    edited = json.loads(lines[0])
    edited["reason"] = "routine"
    log.write_text(json.dumps(edited) + "\n" + lines[1] + "\n")
    out = invoke("verify", code=1)
    assert "sha256 mismatch: the entry was edited" in out
    assert "prev_sha256 does not match" in out
    with pytest.raises(UserError, match="cannot tell which runs are retired"):
        refuse_if_retired(runs / "b", allow_retired=False)  # fail closed
    log.write_text(lines[0] + "\n")  # the last entry dropped: only the registry head knows
    assert "entries were removed" in invoke("verify", code=1)


def test_entries_are_signed_with_the_key_and_checked(runs, registry, monkeypatch):
    monkeypatch.setenv(KEY_ENV, "secret")
    assert invoke("retire", "run-a", "--reason", "consent withdrawn").rstrip().endswith("signed")
    assert "chained" in invoke("verify")
    monkeypatch.setenv(KEY_ENV, "another")
    assert "signature mismatch" in invoke("verify", code=1)


def test_register_run_records_a_run_and_never_raises(tmp_path, capsys):
    run = build_run(tmp_path / "outputs" / "r", members=["m1", "m2"])
    register_run(run, {}, registry=tmp_path / "reg.sqlite")
    assert "found in 1 run" in invoke("find-member", "m1", "--registry",
                                      str(tmp_path / "reg.sqlite"))
    (tmp_path / "bad").mkdir()
    register_run(run, {}, registry=tmp_path / "bad")  # a directory, not a database
    assert "warning: run " in capsys.readouterr().err


def _tables(tmp_path: Path) -> dict[str, Path]:
    """The platform a month later: m2 withdrew, m4 left, m5 moved to DE, m6 deleted its post."""
    ids = ["m1", "m2", "m3", "m5", "m6", "m7"]
    members = [{"member_id": m, "display_name": m.upper(), "region": "DE" if m == "m5" else "US"}
               for m in ids]
    consent = [{"member_id": m, "setting": "generative_ai_training", "value": True,
                "at": "2025-01-01T00:00:00Z", "policy_version": "v1"} for m in [*ids, "m4"]]
    consent.append({"member_id": "m2", "setting": "generative_ai_training", "value": False,
                    "at": "2026-02-15T00:00:00Z", "policy_version": "v1"})
    posts = [{"post_id": f"p-{m}", "member_id": m, "kind": "post", "text": "hello",
              "created_at": "2025-06-01T00:00:00Z",
              "deleted_at": "2026-02-20T00:00:00Z" if m == "m6" else None} for m in ids]
    return {"members": write_jsonl(tmp_path / "members.jsonl", members),
            "consent": write_jsonl(tmp_path / "consent.jsonl", consent),
            "posts": write_jsonl(tmp_path / "posts.jsonl", posts)}


def test_consent_changes_names_members_per_run_with_eligibility_reasons(runs, tmp_path):
    t = _tables(tmp_path)
    out = json.loads(invoke("consent-changes", "--consent", str(t["consent"]), "--members",
                            str(t["members"]), "--posts", str(t["posts"]), "--at",
                            "2026-03-01T00:00:00Z", "--format", "json"))
    assert out["active_runs"] == 2 and out["posts_checked"]  # the failed run has no model
    lost = {r["run_id"]: list(zip(r["members"], r["reasons"], strict=True)) for r in out["runs"]}
    assert lost == {"run-a": [("m2", "consent_withdrawn")],
                    "run-b": [("m4", "unknown_member"), ("m5", "excluded_region")]}
    text = invoke("consent-changes", "--consent", str(t["consent"]), "--members",
                  str(t["members"]), "--at", "2026-03-01T00:00:00Z")
    assert "(posts not checked: give --posts)" in text.splitlines()[0]
    assert "  m2  consent_withdrawn" in text and "hello" not in text
    invoke("retire", "run-a", "--reason", "consent withdrawn")
    out = json.loads(invoke("consent-changes", "--consent", str(t["consent"]), "--members",
                            str(t["members"]), "--at", "2026-03-01T00:00:00Z", "--format", "json"))
    assert [r["run_id"] for r in out["runs"]] == ["run-b"]  # retired runs are not active


def test_a_member_whose_posts_are_all_deleted_is_named_with_that_reason(tmp_path):
    root = tmp_path / "outputs"
    build_run(root / "c", members=["m6", "m1", "m3"])  # trains m1, m6
    invoke("index", str(root))
    t = _tables(tmp_path)
    out = json.loads(invoke("consent-changes", "--consent", str(t["consent"]), "--members",
                            str(t["members"]), "--posts", str(t["posts"]), "--at",
                            "2026-03-01T00:00:00Z", "--format", "json"))
    [run] = out["runs"]
    assert (run["members"], run["reasons"]) == (["m6"], ["deleted"])
    assert out["all_reasons"] == {"m6": ["deleted"]}


def test_erasure_lists_runs_files_and_actions(runs):
    out = invoke("erasure", "m3")
    assert out.splitlines()[0] == "erasure of member m3: 3 run(s)"
    assert "files naming the id: included_members.txt, train_members.txt" in out
    assert "retire: `python -m trainer.registry retire run-a" in out
    assert "registry: the registry's members table names the id" in out
    held_out = invoke("erasure", "m6")
    assert "only measured the model (held out)" in held_out and "retire:" not in held_out


def test_a_run_without_a_readable_policy_is_flagged_not_skipped(runs, tmp_path):
    manifest = runs / "b" / "manifest.json"
    m = json.loads(manifest.read_text())
    m["consent"] = None  # edited: unverifiable, and its consent policy is gone
    manifest.write_text(json.dumps(m))
    invoke("index", str(runs))
    t = _tables(tmp_path)
    out = invoke("consent-changes", "--consent", str(t["consent"]), "--members",
                 str(t["members"]), "--at", "2026-03-01T00:00:00Z")
    line = [x for x in out.splitlines() if x.startswith("run-b")][0]
    assert "ERROR: no consent policy recorded (the manifest does not verify)" in line
    assert "  m2  consent_withdrawn" in out  # run a is still judged
