"""`verify_run`: a clean run passes; every kind of tampering is caught and named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.manifest.io import read_manifest, write_manifest
from trainer.manifest.verify import recompute_epsilon, verify_run


def failures(run: Path, *, key: str | None = None, check_data: bool = False) -> list[str]:
    return [c.message for c in verify_run(run, key=key, check_data=check_data).checks
            if c.status == "failed"]


def edit_manifest(run: Path, change) -> None:
    """Edit manifest.json in place without recomputing its digest (an attacker's edit)."""
    m = json.loads((run / "manifest.json").read_text())
    change(m)
    (run / "manifest.json").write_text(json.dumps(m))


def test_clean_run_passes(make_run):
    report = verify_run(make_run("a"), key=None, check_data=False)
    assert report.ok
    assert [c.name for c in report.checks if c.status == "skipped"] == ["signature"]
    assert {"manifest", "config", "config.yaml", "included_members.txt", "split",
            "data.posts_read", "adapter/adapter_model.safetensors", "privacy.epsilon"} <= {
        c.name for c in report.checks}


def test_dry_run_passes_and_a_failed_run_only_when_allowed(make_run):
    assert failures(make_run("dry", dry_run=True)) == []
    failed = make_run("failed", status="failed")
    assert failures(failed) == [
        "run.status: failed, not completed: the manifest may not record everything the run "
        "spent or wrote; pass --allow-incomplete to check it anyway"]
    report = verify_run(failed, key=None, check_data=False, allow_incomplete=True)
    assert report.ok and [c.message for c in report.by_status("warning")] == [
        "run.status: failed, not completed: the manifest may not record everything the run "
        "spent or wrote (accepted by --allow-incomplete)"]


def test_edited_excluded_count(make_run):
    run = make_run("a")
    edit_manifest(run, lambda m: m["data"]["excluded"].update(no_consent=12))
    got = failures(run)
    assert got[0].startswith("manifest: sha256 mismatch (recorded ")
    assert got[1:] == ["data.posts_read: manifest says 11, but included 6 + excluded 14 = 20"]


def test_edited_count_with_recomputed_digest_is_caught_by_the_signature(make_run):
    run = make_run("a", key="right")
    assert failures(run, key="right") == []
    m = read_manifest(run)
    m["data"]["excluded"]["no_consent"] += 1
    m["data"]["posts_read"] += 1
    write_manifest(run, m, key="")  # digest recomputed, signature dropped
    assert failures(run) == []  # without the key the edit is invisible...
    assert failures(run, key="right") == [
        "signature: unsigned, but a key was given: the manifest carries no HMAC, so its origin "
        "cannot be confirmed"]
    write_manifest(run, m, key="wrong")
    assert failures(run, key="right") == [
        "signature: mismatch: the manifest was changed after signing, or signed with another key"]
    assert failures(run, key="wrong") == []


def test_signed_manifest_without_key_is_reported_unchecked(make_run):
    report = verify_run(make_run("a", key="k"), key=None, check_data=False)
    assert report.ok
    assert report.signature == "not_checked"
    assert [c.message for c in report.by_status("skipped")] == [
        "signature: the manifest is signed but no key was given, so its origin is NOT CHECKED "
        "(set TRAINER_MANIFEST_KEY or pass --key-env)"]


def test_tampered_id_list(make_run):
    run = make_run("a")
    with open(run / "included_members.txt", "a") as f:
        f.write("m9\n")
    assert failures(run) == [
        "included_members.txt: sha256 mismatch",
        "included_members.txt: manifest says 4 ids, file has 5",
    ]
    (run / "eval_members.txt").write_text("m3\nm4\n")
    assert "eval_members.txt: sha256 mismatch" in failures(run)


def test_unsorted_id_list_is_flagged(make_run):
    run = make_run("a")
    (run / "included_posts.txt").write_text("p2\np1\n")
    assert failures(run)[-1] == (
        "included_posts.txt: not sorted unique ids one per line with a trailing newline")


def test_tampered_adapter_byte(make_run):
    run = make_run("a")
    path = run / "adapter" / "adapter_model.safetensors"
    data = bytearray(path.read_bytes())
    data[100] ^= 1
    path.write_bytes(bytes(data))
    assert failures(run) == ["adapter/adapter_model.safetensors: sha256 mismatch"]
    path.write_bytes(bytes(data[:-1]))
    assert failures(run) == [
        "adapter/adapter_model.safetensors: size mismatch (manifest 1024, file 1023 bytes)"]
    path.unlink()
    assert failures(run) == ["adapter/adapter_model.safetensors: missing from the run dir"]


def test_tampered_config(make_run):
    run = make_run("a")
    text = (run / "config.yaml").read_text()
    (run / "config.yaml").write_text(text.replace("lr: 0.001", "lr: 0.01"))
    assert failures(run) == ["config.yaml: differs from config.resolved at train.lr"]
    edit_manifest(run, lambda m: m["config"]["resolved"]["privacy"].update(delta=1e-3))
    assert failures(run)[1:] == [
        "config: resolved config digest mismatch (config.sha256 does not match config.resolved)",
        "config.yaml: differs from config.resolved at privacy.delta, train.lr",
    ]


def test_understated_epsilon(make_run):
    run = make_run("a")
    m = read_manifest(run)
    m["privacy"]["epsilon"] = 0.5
    write_manifest(run, m)
    assert failures(run) == [
        "privacy.epsilon: manifest says 0.5, the rdp accountant gives 2.10137 for "
        "privacy.history at delta=1e-05"]


def test_recompute_epsilon_pins_opacus():
    assert recompute_epsilon(accountant="rdp", history=[[1.0, 0.01, 1000]], delta=1e-5) == (
        pytest.approx(2.1013652716, rel=1e-9))
    assert recompute_epsilon(accountant="prv", history=[], delta=1e-5) == 0.0


# -- verify --data: re-run eligibility on the recorded sources ------------------------------

def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


@pytest.fixture
def data_run(make_run, tmp_path):
    prepare = pytest.importorskip("trainer.data.prepare")
    src = tmp_path / "data"
    src.mkdir()
    _write_jsonl(src / "members.jsonl", [
        {"member_id": "m1", "display_name": "A", "region": "US"},
        {"member_id": "m2", "display_name": "B", "region": "DE"},
        {"member_id": "m3", "display_name": "C", "region": "CA"},
        {"member_id": "m4", "display_name": "D", "region": "us"},
    ])
    _write_jsonl(src / "consent.jsonl", [
        {"member_id": m, "setting": "generative_ai_training", "value": True,
         "at": "2025-06-01T00:00:00Z", "policy_version": "v1"} for m in ("m1", "m2", "m4")
    ])
    _write_jsonl(src / "posts.jsonl", [
        {"post_id": f"p{i}", "member_id": m, "kind": "post", "text": "hello there",
         "created_at": "2025-07-01T00:00:00Z", "deleted_at": None}
        for i, m in enumerate(["m1", "m1", "m2", "m3", "m4"])
    ])
    policy = dict(snapshot_at="2026-01-01T00:00:00Z", setting="generative_ai_training",
                  allowed_kinds=["article", "comment", "post"], excluded_regions=["DE", "FR"])
    sel = prepare.select_eligible(
        members_path=src / "members.jsonl", consent_path=src / "consent.jsonl",
        posts_path=src / "posts.jsonl",
        snapshot_at=prepare.parse_snapshot(policy["snapshot_at"], now=None),
        read_at=prepare.parse_snapshot("2026-01-02T10:00:00Z", now=None),
        **{k: v for k, v in policy.items() if k != "snapshot_at"})
    r = sel.result
    assert (r.included_member_ids, r.included_post_ids) == (["m1", "m4"], ["p0", "p1", "p4"])
    run = make_run("a", members=r.included_member_ids, posts=r.included_post_ids,
                   excluded=r.excluded)
    m = read_manifest(run)
    m["data"]["sources"] = [{"table": s.table, "path": str(s.path), "format": s.format,
                             "sha256": s.sha256, "rows": s.rows} for s in sel.sources]
    m["consent"]["policy_versions"] = r.policy_versions
    write_manifest(run, m)
    return run, src


def test_verify_data_reproduces_the_selection(data_run):
    run, _ = data_run
    assert failures(run, check_data=True) == []


def test_verify_data_detects_a_changed_source(data_run):
    run, src = data_run
    with open(src / "consent.jsonl", "a") as f:
        f.write(json.dumps({"member_id": "m3", "setting": "generative_ai_training",
                            "value": True, "at": "2025-06-01T00:00:00Z",
                            "policy_version": "v1"}) + "\n")
    assert failures(run, check_data=True) == [
        f"data.sources.consent: {src}/consent.jsonl: sha256 mismatch: the source file changed "
        "since the run",
        "data.sources.consent: manifest says 3 rows, re-run reads 4",
        "data.excluded.no_consent: manifest says 1, re-run gives 0",
        "included_posts.txt: re-run selects a different set (4 ids, manifest says 3)",
        "included_members.txt: re-run selects a different set (3 ids, manifest says 2)",
    ]


def test_malformed_manifest_is_reported_not_crashed_on(make_run):
    run = make_run("a")

    def break_it(m):
        m["outputs"] = ["adapter/adapter_model.safetensors"]
        m["data"]["excluded"] = [3, 2]

    edit_manifest(run, break_it)
    got = failures(run)
    assert got[0].startswith("schema: data.excluded: [3, 2] is not of type 'object'; outputs.0: ")
    assert "data: malformed, cannot be checked (AttributeError); see the schema check" in got
    assert "outputs: malformed, cannot be checked (AttributeError); see the schema check" in got
