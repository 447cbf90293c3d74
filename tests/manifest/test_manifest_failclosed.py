"""verify fails closed: incomplete or no-DP runs, unchecked signatures, paths leaving the run dir,
checkpoints outside the digest, and privacy ledgers that do not add up (issues 11, 15, 17)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.manifest.cli import cli
from trainer.manifest.io import manifest_digest
from trainer.manifest.verify import verify_run

ADAPTER = "adapter/adapter_model.safetensors"  # as in conftest.build_run
CKPT_STATE = "checkpoint/step-0001000/state.json"


def failures(run: Path, **kw) -> list[str]:
    kw.setdefault("key", None)
    kw.setdefault("check_data", False)
    return [c.message for c in verify_run(run, **kw).checks if c.status == "failed"]


def rewrite(run: Path, change) -> None:
    """Edit the manifest and recompute its digest, skipping the schema (a forger's edit)."""
    m = json.loads((run / "manifest.json").read_text())
    change(m)
    m["integrity"] = {"sha256": manifest_digest(m), "hmac_sha256": None}
    (run / "manifest.json").write_text(json.dumps(m))


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_a_run_that_did_not_complete_fails_unless_allowed(make_run):
    for status in ("running", "interrupted"):
        run = make_run(status, status=status)
        assert failures(run) == [
            f"run.status: {status}, not completed: the manifest may not record everything the "
            "run spent or wrote; pass --allow-incomplete to check it anyway"]
        assert failures(run, allow_incomplete=True) == []


def _reproducible(m):
    m["privacy"]["reproducible_noise"] = True


def test_reproducible_noise_fails_verify_and_show_says_no_guarantee_first(make_run):
    run = make_run("r", edit=_reproducible)
    message = ("privacy.reproducible_noise: true: the noise was derived from the recorded seed "
               "(tests only), so this run carries NO differential-privacy guarantee")
    assert failures(run) == [f"{message}; pass --allow-reproducible to accept it"]
    code, out = invoke("verify", str(run), "--allow-reproducible")
    assert code == 0 and f"WARNING: {message} (accepted by --allow-reproducible)\n" in out
    code, out = invoke("show", str(run))
    assert out.startswith("NO DP GUARANTEE: privacy.reproducible_noise is true: ")
    assert "  statement         NONE: reproducible noise (tests only) voids the guarantee\n" in out


def _non_private(m):
    p = m["privacy"]
    p.update(dp=False, epsilon=None, noise_multiplier=0.0, history=[], steps=0,
             statement="No differential privacy: the non-private baseline.")


def test_non_private_baseline_is_said_first_and_fails_verify_unless_allowed(make_run, tmp_path):
    run = make_run("np", edit=_non_private)
    assert failures(run) == [
        "privacy.dp: false: this run is NOT differentially private (no clipping, no noise); its "
        "adapter may reveal any member's posts; pass --allow-non-private to accept it"]
    assert failures(run, allow_non_private=True) == []
    code, out = invoke("show", str(run))
    assert out.splitlines()[0] == (
        "NOT DIFFERENTIALLY PRIVATE: privacy.dp is false (no clipping, no noise); the adapter "
        "may reveal any member's posts")
    assert "  epsilon  none: not differentially private (privacy.dp: false)\n" in out
    # An epsilon claimed for a non-private run is a lie that verify names.
    rewrite(run, lambda m: m["privacy"].update(epsilon=1.0))
    assert ("privacy.epsilon: 1.0 claimed for a run without DP (privacy.dp: false); it must be "
            "null") in failures(run, allow_non_private=True)


def test_signature_is_proven_only_with_the_key(make_run, monkeypatch):
    signed = make_run("signed", key="k")
    unsigned = make_run("unsigned")
    loud = ("NOT CHECKED: signature: the manifest is signed but no key was given, so its origin "
            "is NOT CHECKED (set TRAINER_MANIFEST_KEY or pass --key-env)")
    code, out = invoke("verify", str(signed))
    assert (code, out.splitlines()[0]) == (0, loud)
    assert out.endswith("checks passed (integrity only, not authenticity: signature NOT "
                        "CHECKED)\n")
    code, out = invoke("verify", str(signed), "--require-signature")
    assert code == 1 and out.splitlines()[0] == loud.removeprefix("NOT CHECKED: ") + (
        "; --require-signature was given")
    code, out = invoke("verify", str(unsigned), "--require-signature")
    assert code == 1 and out.startswith("signature: unsigned manifest: integrity only, not "
                                        "authenticity")
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "k")
    code, out = invoke("verify", str(signed), "--require-signature")
    assert code == 0 and out.endswith("(integrity and authenticity: HMAC signature valid)\n")


@pytest.mark.parametrize("bad", ["../../etc/passwd", "/etc/passwd"])
def test_verify_never_follows_a_path_out_of_the_run_dir(make_run, bad):
    run = make_run("a")
    rewrite(run, lambda m: m["outputs"].append({"path": bad, "sha256": "0" * 64, "bytes": 1}))
    got = failures(run)
    assert got[0].startswith("schema: outputs.2.path: ")
    assert got[1:] == [f"{bad}: path outside the run dir (absolute or with ..); not followed"]
    run = make_run("b")
    rewrite(run, lambda m: m["data"]["included_members"].update(file=bad))
    assert f"{bad}: path outside the run dir (absolute or with ..); not followed" in failures(run)
    assert not any("passwd: sha256" in f or "ids, file has" in f for f in failures(run))


def test_verify_refuses_symlinks_that_leave_the_run_dir(make_run, tmp_path):
    run = make_run("a")
    outside = tmp_path / "elsewhere.bin"
    outside.write_bytes((run / ADAPTER).read_bytes())  # same bytes: the digest would match
    (run / ADAPTER).unlink()
    os.symlink(outside, run / ADAPTER)
    (tmp_path / "members.txt").write_bytes((run / "included_members.txt").read_bytes())
    (run / "included_members.txt").unlink()
    os.symlink(tmp_path / "members.txt", run / "included_members.txt")
    assert failures(run) == [
        "included_members.txt: a symlink leads outside the run dir; not followed",
        f"{ADAPTER}: a symlink leads outside the run dir; not followed"]
    inner = make_run("b")  # a symlink that stays inside is fine
    (inner / "copy.txt").write_bytes((inner / "included_posts.txt").read_bytes())
    (inner / "included_posts.txt").unlink()
    os.symlink("copy.txt", inner / "included_posts.txt")
    assert failures(inner) == []


def test_checkpoint_files_are_checked_like_outputs(make_run):
    run = make_run("a", checkpoint=True)
    assert failures(run) == []
    (run / CKPT_STATE).write_text('{"step": 0}\n')  # the accountant history emptied
    assert failures(run) == [f"{CKPT_STATE}: size mismatch (manifest 15, file 12 bytes)"]
    run = make_run("b", checkpoint=True)
    (run / "checkpoint" / "state.pt").write_bytes(b"planted pickle")
    (run / "checkpoint" / "step-0001000" / "extra.pt").write_bytes(b"planted pickle")
    assert failures(run) == [
        "checkpoint: checkpoint/state.pt, checkpoint/step-0001000/extra.pt not listed in the "
        "manifest: not covered by its digest or signature, so a resume from it would be "
        "unchecked"]
    # The older of the two kept checkpoints is superseded: resume never reads it.
    run = make_run("c", checkpoint=True)
    (run / "checkpoint" / "step-0000900").mkdir()
    (run / "checkpoint" / "step-0000900" / "state.json").write_text("{}")
    assert failures(run) == []


def test_checkpoint_without_a_manifest_record_fails(make_run):
    run = make_run("a")
    (run / "checkpoint" / "step-0000005").mkdir(parents=True)
    (run / "checkpoint" / "step-0000005" / "state.json").write_text("{}")
    assert failures(run) == [
        "checkpoint: checkpoint/step-0000005/state.json not listed in the manifest: not covered "
        "by its digest or signature, so a resume from it would be unchecked"]


def test_the_ledger_covers_the_resume_and_the_checkpoint(make_run):
    def laundered(m):  # resumed at step 5 with the carried-over history emptied
        m["run"]["resumed_from"] = {"run_dir": "/runs/old", "step": 1500}
        m["checkpoint"]["step"] = 2000

    run = make_run("a", checkpoint=True, edit=laundered)
    assert failures(run) == [
        "run.resumed_from.step: 1500 steps carried over, but the privacy ledger holds only 1000: "
        "privacy spent before the resume was dropped",
        "checkpoint.step: the checkpoint is at step 2000, but the privacy ledger holds only 1000 "
        "steps: privacy spent was not recorded"]
    honest = make_run("b", checkpoint=True,
                      edit=lambda m: m["run"].update(resumed_from={"run_dir": "/x", "step": 400}))
    assert failures(honest) == []


def test_every_sigma_is_the_calibrated_one_and_epsilon_within_target(make_run):
    run = make_run("a", history=[[1.0, 0.01, 500], [0.9, 0.01, 500]])
    assert failures(run) == [
        "privacy.history: noise multiplier 0.9 differs from privacy.noise_multiplier 1.0: the "
        "steps were not all taken with the calibrated noise"]
    run = make_run("q", history=[[1.0, 0.01, 500], [1.0, 0.02, 500]])
    assert failures(run)[0] == (
        "privacy.history: sample rate 0.02 differs from privacy.sample_rate 0.01: the steps were "
        "not all taken at the planned rate")
    run = make_run("b", history=[[0.8, 0.01, 1000]])  # epsilon 3.695 against a target of 3
    assert failures(run) == [
        "privacy.epsilon: 3.69543 exceeds privacy.target_epsilon 3: the run spent more than its "
        "budget"]
    run = make_run("c", history=[[0.8, 0.01, 1000]],
                   edit=lambda m: m["privacy"].update(target_epsilon=None))
    assert failures(run) == []


def test_the_config_flags_a_run_that_stopped_before_its_privacy_section(make_run):
    config = {"seed": 0, "privacy": {"reproducible_noise": True}}
    failed = make_run("f", status="failed", config=config)
    assert "pass --allow-reproducible to accept it" in failures(failed, allow_incomplete=True)[0]
    assert failures(make_run("dry", dry_run=True, config=config)) == []  # trains nothing
