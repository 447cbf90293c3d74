"""Synthetic run directories built through the real `write_manifest`, for the manifest tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from trainer.manifest.io import (
    KEY_ENV,
    config_sha256,
    describe_outputs,
    write_id_list,
    write_manifest,
)
from trainer.manifest.verify import REASONS, recompute_epsilon

ADAPTER = "adapter/adapter_model.safetensors"
ADAPTER_CONFIG = "adapter/adapter_config.json"
CKPT_STATE = "checkpoint/step-0001000/state.json"
CKPT_WEIGHTS = "checkpoint/step-0001000/state.safetensors"
CONFIG = {
    "seed": 0,
    "dry_run": False,
    "data": {"members": "data/members.jsonl", "snapshot_at": "2026-01-01T00:00:00Z"},
    "privacy": {"unit": "member", "target_epsilon": 3.0, "delta": 1e-05, "accountant": "rdp"},
    "train": {"lr": 0.001, "steps": 1000},
}


@pytest.fixture(autouse=True)
def _no_key_from_env(monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)


def build_run(
    run_dir: Path,
    *,
    members: list[str] = ("m1", "m2", "m3", "m4"),
    posts: list[str] = ("p1", "p2", "p3", "p4", "p5", "p6"),
    snapshot_at: str = "2026-01-01T00:00:00Z",
    excluded: dict[str, int] | None = None,
    history: list[list[float]] | None = None,
    delta: float = 1e-5,
    status: str = "completed",
    dry_run: bool = False,
    overrides: list[str] = (),
    job_num: int | None = None,
    eval_loss: float = 3.0,
    config: dict[str, Any] | None = None,
    key: str | None = None,
    checkpoint: bool = False,
    edit: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """A complete run dir: id lists, adapter files, config.yaml and a written manifest.

    `checkpoint` writes `checkpoint/` files listed in a `checkpoint` section; `edit(m)` changes
    the manifest before it is written (so its digest and signature cover the change).
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    excluded = {r: 0 for r in REASONS} | (excluded or {"no_consent": 3, "excluded_region": 2})
    history = history if history is not None else [[1.0, 0.01, 1000]]
    resolved = copy.deepcopy(config or CONFIG)
    (run_dir / "config.yaml").write_text(yaml.safe_dump(resolved, sort_keys=True))
    train, held_out = list(members)[:-1], list(members)[-1:]
    trained = not dry_run and status == "completed"
    m: dict[str, Any] = {
        "schema_version": "1.0",
        "run": {
            "id": f"run-{run_dir.name}", "sweep_id": "sweep" if job_num is not None else None,
            "job_num": job_num, "started_at": "2026-01-02T10:00:00Z",
            "ended_at": None if status == "running" else "2026-01-02T10:05:00Z",
            "status": status,
            "error": "boom: something broke" if status in ("failed", "interrupted") else None,
            "host": "testhost", "git": {"commit": "a" * 40, "dirty": False},
            "packages": {"torch": "2.13.0", "consent-trainer": "0.1.0"}, "seed": 0,
            "dry_run": dry_run, "command": "python -m trainer.train", "resumed_from": None,
        },
        "config": {"resolved": resolved, "overrides": list(overrides),
                   "sha256": config_sha256(resolved), "file": "config.yaml"},
        "consent": {
            "snapshot_at": snapshot_at, "snapshot_source": "config",
            "read_at": "2026-01-02T10:00:00Z",
            "setting": "generative_ai_training", "policy_versions": ["v1", "v2"],
            "excluded_regions": ["DE", "FR"], "allowed_kinds": ["article", "comment", "post"],
        },
        "data": {
            "sources": [
                {"table": t, "path": f"data/{t}.jsonl", "format": "json", "sha256": "0" * 64,
                 "rows": n} for t, n in (("members", 10), ("consent", 20), ("posts", 11))
            ],
            "posts_read": len(posts) + sum(excluded.values()),
            "excluded": excluded,
            "quarantined": {"members": 1, "consent": 0},
            "included_posts": write_id_list(run_dir, "included_posts.txt", posts),
            "included_members": write_id_list(run_dir, "included_members.txt", members),
            "split": None if dry_run else {
                "train_members": write_id_list(run_dir, "train_members.txt", train),
                "eval_members": write_id_list(run_dir, "eval_members.txt", held_out),
            },
        },
        "redaction": {"counts": {"EMAIL": 2, "PHONE": 1}, "texts": len(posts),
                      "config": {"enabled_types": ["EMAIL", "PHONE"]}},
        "privacy": None, "model": None, "metrics": None, "outputs": [],
    }
    if trained:
        eps = recompute_epsilon(accountant="rdp", history=history, delta=delta)
        m["privacy"] = {
            "unit": "member", "epsilon": eps, "delta": delta, "accountant": "rdp",
            "noise_multiplier": history[0][0], "max_grad_norm": 1.0, "sample_rate": history[0][1],
            "steps": sum(h[2] for h in history), "planned_steps": sum(h[2] for h in history),
            "max_posts_per_member": 4, "target_epsilon": 3.0, "num_units": len(train),
            "history": history, "dp": True, "reproducible_noise": False,
            "not_covered": [{"item": "eval loss", "why": "measured on held-out members"}],
            "statement": f"Any one member's posts changed the probability of any outcome by at "
                         f"most a factor e^{eps:.2f}, except with probability {delta:g}.",
        }
        m["model"] = {"base": {"id": "tiny-test", "kind": "tiny", "sha256": "b" * 64},
                      "lora": {"r": 8, "alpha": 16, "dropout": 0.05,
                               "target_modules": ["q_proj", "v_proj"]}}
        m["metrics"] = {"base": {"eval_loss": 3.5, "perplexity": 33.1},
                        "trained": {"eval_loss": eval_loss, "perplexity": 20.1},
                        "covered_by_dp": False}
        (run_dir / "adapter").mkdir(exist_ok=True)
        (run_dir / ADAPTER).write_bytes(bytes(range(256)) * 4)
        (run_dir / ADAPTER_CONFIG).write_text('{"r": 8}\n')
        m["outputs"] = describe_outputs(run_dir, [ADAPTER, ADAPTER_CONFIG])
        if checkpoint:
            (run_dir / CKPT_STATE).parent.mkdir(parents=True, exist_ok=True)
            (run_dir / CKPT_STATE).write_text('{"step": 1000}\n')
            (run_dir / CKPT_WEIGHTS).write_bytes(b"\1" * 64)
            m["checkpoint"] = {"step": m["privacy"]["steps"],
                               "files": describe_outputs(run_dir, [CKPT_STATE, CKPT_WEIGHTS])}
    if edit is not None:
        edit(m)
    write_manifest(run_dir, m, key=key)
    return run_dir


@pytest.fixture
def make_run(tmp_path):
    """`make_run("name", **kw)` -> a run dir under tmp_path (see `build_run`)."""

    def _make(name: str = "run", **kw: Any) -> Path:
        return build_run(tmp_path / name, **kw)

    return _make
