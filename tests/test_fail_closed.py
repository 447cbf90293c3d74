"""What resumes, what is written and what is trusted fails closed (the fail-closed audit, items
4, 5, 10-13, 16, 17): each test did the wrong thing on the old code."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from omegaconf import OmegaConf

from trainer.errors import UserError
from trainer.fileio import file_sha256
from trainer.manifest.io import manifest_digest
from trainer.train import train
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SNAPSHOT = "2026-06-30T00:00:00Z"
SMOKE = ("+experiment=smoke", f"data.snapshot_at={SNAPSHOT}", "train.progress=false",
         "train.eval_max_members=4")


@pytest.fixture(scope="module", autouse=True)
def demo_data():
    ensure_demo_data(DEMO)


def _run(compose_cfg, run_dir: Path, *overrides: str) -> dict:
    return train(compose_cfg(*SMOKE, *overrides), run_dir=run_dir, overrides=list(overrides))


def _resume(compose_cfg, src: Path, dst: Path, *overrides: str) -> dict:
    args = (f"resume={src}", *overrides)
    return train(compose_cfg(*SMOKE, *args), run_dir=dst, overrides=list(args))


def _state_json(run_dir: Path) -> Path:
    m = json.loads((run_dir / "manifest.json").read_text())
    return run_dir / next(f["path"] for f in m["checkpoint"]["files"]
                          if f["path"].endswith("state.json"))


def _relist(run_dir: Path, path: Path) -> None:
    """An attacker without the key: update the manifest's listing and recompute its digest."""
    m = json.loads((run_dir / "manifest.json").read_text())
    for f in m["checkpoint"]["files"]:
        if run_dir / f["path"] == path:
            f["sha256"], f["bytes"] = file_sha256(path), path.stat().st_size
    body = {k: v for k, v in m.items() if k != "integrity"}
    m["integrity"]["sha256"] = manifest_digest(body)
    (run_dir / "manifest.json").write_text(json.dumps(m))


def test_epsilon_cannot_be_laundered_through_the_checkpoint(compose_cfg, tmp_path, monkeypatch):
    """Audit item 4: emptying the checkpoint's ledger gave 'epsilon 0 ... steps 0' and OK."""
    first = tmp_path / "first"
    _run(compose_cfg, first, "train.max_steps=2")
    state_path = _state_json(first)
    state = json.loads(state_path.read_text())
    state["accountant"]["history"] = []
    state_path.write_text(json.dumps(state))
    with pytest.raises(UserError, match="does not match the digest in the manifest"):
        _resume(compose_cfg, first, tmp_path / "a")
    _relist(first, state_path)  # digests now agree, but the ledger does not
    with pytest.raises(UserError, match="ledger holds 0 steps"):
        _resume(compose_cfg, first, tmp_path / "b")


def test_with_a_key_a_relisted_checkpoint_is_refused(compose_cfg, tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "k" * 32)
    first = tmp_path / "first"
    _run(compose_cfg, first, "train.max_steps=2")
    state_path = _state_json(first)
    state_path.write_text(state_path.read_text().replace('"step": 2', '"step": 2 '))
    _relist(first, state_path)
    with pytest.raises(UserError, match="signature mismatch although TRAINER_MANIFEST_KEY"):
        _resume(compose_cfg, first, tmp_path / "b")


def test_a_signed_checkpoint_is_not_resumed_without_the_key(compose_cfg, tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "k" * 32)
    first = tmp_path / "first"
    _run(compose_cfg, first, "train.max_steps=1")
    monkeypatch.delenv("TRAINER_MANIFEST_KEY")
    with pytest.raises(UserError, match="signed but TRAINER_MANIFEST_KEY is not set"):
        _resume(compose_cfg, first, tmp_path / "b")


class _Payload:
    def __reduce__(self):
        return (os.system, (f"touch {MARKER}",))


MARKER = Path("/tmp/consent-trainer-pickle-ran")


def test_resume_never_unpickles(compose_cfg, tmp_path):
    """Audit item 5: torch.load(weights_only=False) ran a payload planted in state.pt."""
    MARKER.unlink(missing_ok=True)
    first = tmp_path / "first"
    _run(compose_cfg, first, "train.max_steps=1")
    folder = _state_json(first).parent
    (folder / "state.pt").write_bytes(pickle.dumps(_Payload()))
    tensors = folder / "state.safetensors"
    tensors.write_bytes(pickle.dumps(_Payload()))
    _relist(first, tensors)
    with pytest.raises(UserError, match="cannot be parsed"):
        _resume(compose_cfg, first, tmp_path / "b")
    assert not MARKER.exists()


def test_a_run_directory_holds_one_run(compose_cfg, tmp_path):
    """Audit items 10 and 11: runs in the same second shared a directory and clobbered it."""
    run = tmp_path / "run"
    _run(compose_cfg, run, "dry_run=true")
    before = (run / "manifest.json").read_bytes()
    with pytest.raises(UserError, match="already holds a run's manifest"):
        _run(compose_cfg, run, "dry_run=true")
    assert (run / "manifest.json").read_bytes() == before
    dirs = {OmegaConf.create({"d": "x-${run_suffix:}"}).d for _ in range(20)}
    assert len(dirs) == 20  # the default hydra.run.dir is unique even within one second


def test_writes_never_follow_planted_symlinks(compose_cfg, tmp_path):
    """Audit item 13: symlinks for config.yaml or checkpoint files made us overwrite others."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").symlink_to(victim)
    (run / "checkpoint").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UserError, match="symlink"):
        _run(compose_cfg, run, "train.max_steps=1")
    assert victim.read_text() == "precious"
    assert list(elsewhere.iterdir()) == []
    assert not (run / "config.yaml").is_symlink()  # replaced, not written through


def test_a_diverging_run_fails_and_releases_no_adapter(compose_cfg, tmp_path):
    """Audit item 16: train.lr=inf gave a NaN adapter that crashed suggest."""
    run = tmp_path / "run"
    with pytest.raises(UserError, match="lower train.lr"):
        _run(compose_cfg, run, "train.lr=1e30", "train.steps=3")
    m = json.loads((run / "manifest.json").read_text())
    assert m["run"]["status"] == "failed" and not (run / "adapter").exists()
    assert m["privacy"]["steps"] >= 1  # what was spent is still declared


def test_resume_refuses_another_post_selection(compose_cfg, tmp_path):
    """Audit item 17: resume accepted other posts when the members were the same."""
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    paths = (f"data.members={data / 'members.jsonl'}", f"data.consent={data / 'consent.jsonl'}",
             f"data.posts={data / 'posts.jsonl'}")
    first = tmp_path / "first"
    _run(compose_cfg, first, *paths, "train.max_steps=1", "privacy.max_posts_per_member=2")
    included = set((first / "included_posts.txt").read_text().split("\n"))
    by_member: dict[str, list[str]] = {}
    lines = (data / "posts.jsonl").read_text().splitlines()
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and row.get("post_id") in included:
            by_member.setdefault(row["member_id"], []).append(row["post_id"])
    drop = next(posts[0] for posts in by_member.values() if len(posts) >= 3)
    kept = [ln for ln in lines if f'"post_id": "{drop}"' not in ln and f'"{drop}"' not in ln]
    assert len(kept) == len(lines) - 1
    (data / "posts.jsonl").write_text("\n".join(kept) + "\n")
    with pytest.raises(UserError, match="included_posts_sha256"):
        _resume(compose_cfg, first, tmp_path / "second")


def _start(run_dir: Path, *overrides: str) -> subprocess.Popen:
    env = {**os.environ, "TRAINER_CACHE": str(REPO / ".cache")}
    return subprocess.Popen(
        [sys.executable, "-m", "trainer.train", *SMOKE, "train.steps=400",
         "train.checkpoint_every=2", f"hydra.run.dir={run_dir}", *overrides],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_for_checkpoint(run_dir: Path, proc: subprocess.Popen, step: int) -> dict:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        try:
            m = json.loads((run_dir / "manifest.json").read_text())
        except (OSError, ValueError):
            m = {}
        if (m.get("checkpoint") or {}).get("step", 0) >= step:
            return m
        time.sleep(0.2)
    raise AssertionError("no checkpoint in time")


@pytest.mark.slow
def test_a_killed_run_declares_its_spend_and_resumes(compose_cfg, tmp_path):
    """Audit item 12 and the resume issue: after kill -9 the manifest said running/privacy null,
    and a run interrupted before its end had no checkpoint to resume from."""
    run = tmp_path / "killed"
    proc = _start(run)
    _wait_for_checkpoint(run, proc, step=4)
    proc.kill()
    proc.wait()
    m = json.loads((run / "manifest.json").read_text())
    assert m["run"]["status"] == "running"  # killed: it could not say more
    assert m["privacy"]["steps"] == m["checkpoint"]["step"] >= 4  # but the spend is recorded
    assert m["privacy"]["epsilon"] > 0
    resumed = _resume(compose_cfg, run, tmp_path / "resumed", "train.max_steps=3")
    assert resumed["run"]["status"] == "completed"
    assert resumed["run"]["resumed_from"]["step"] == m["checkpoint"]["step"]
    assert resumed["privacy"]["steps"] == m["checkpoint"]["step"] + 3


@pytest.mark.slow
def test_sigterm_stops_like_ctrl_c(tmp_path):
    run = tmp_path / "term"
    proc = _start(run)
    _wait_for_checkpoint(run, proc, step=2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "SIGTERM" in err
    m = json.loads((run / "manifest.json").read_text())
    assert m["run"]["status"] == "interrupted" and "SIGTERM" in m["run"]["error"]
    assert m["privacy"]["steps"] >= 2 and m["privacy"]["epsilon"] > 0
