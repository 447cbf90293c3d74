"""Retraining a run at a new snapshot: its exact resolved config, so withdrawn members drop out.

`plan` is the dry run: eligibility at the new snapshot on the run's configured tables, the
train/eval split training would make, the diff of trained members, and the epsilon the new run
would report (noise calibrated as training calibrates it). `launch` runs `python -m
trainer.train` with the run's config and two overrides: `data.snapshot_at` and `replaces`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import yaml

from trainer.batching import split_members
from trainer.data.prepare import parse_snapshot
from trainer.data.tables import read_table
from trainer.errors import UserError
from trainer.manifest.io import key_from_env, read_id_list, read_manifest
from trainer.privacy.plan import PRIVACY_ACKNOWLEDGEMENTS, make_plan
from trainer.registry.changes import decide_at, member_reasons
from trainer.registry.index import verify_digests


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def verified_config(run_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, resolved config) of a run that verifies; retraining from an unverifiable
    config could silently change what is trained on, so it is refused."""
    report = verify_digests(run_dir, key=key_from_env())
    failed = report.by_status("failed")
    if failed:
        raise UserError(f"{run_dir}: the run does not verify ({failed[0].message}); its "
                        "config cannot be trusted for a retrain")
    m = read_manifest(run_dir)
    return m, m["config"]["resolved"]


def plan(run_dir: Path, *, at: str | None) -> dict[str, Any]:
    """What a retrain at `at` (default now) would train on, and the epsilon it would report."""
    m, cfg = verified_config(run_dir)
    snapshot = parse_snapshot(at, now=datetime.now(UTC))
    data, policy = cfg["data"], cfg["policy"]
    tables = {name: read_table(name, data[name])[0] for name in ("members", "consent", "posts")}
    result = decide_at(tables, snapshot, policy, tables["posts"])
    train, held_out = split_members(result.included_member_ids,
                                    eval_fraction=data["eval_fraction"], seed=cfg["seed"])
    split = m["data"]["split"] if isinstance(m.get("data"), dict) else None
    old_train = set(read_id_list(run_dir / split["train_members"]["file"])) if split else set()
    removed = sorted(old_train - set(train))
    reasons = member_reasons(tables, snapshot, policy,
                             sorted(set(removed) - set(result.included_member_ids)))
    for i in set(removed) & set(held_out):
        reasons[i] = ("moved_to_eval", ["moved_to_eval"])
    return {
        "run_id": m["run"]["id"], "run_dir": str(run_dir),
        "old_snapshot_at": (m.get("consent") or {}).get("snapshot_at"),
        "snapshot_at": _iso(snapshot),
        "trained_before": len(old_train), "trained_after": len(train), "eval_after": len(held_out),
        "removed": [{"id": i, "reason": reasons[i][0]} for i in removed],
        "added": sorted(set(train) - old_train),
        "privacy_before": _privacy_summary(m.get("privacy")),
        "privacy_after": expected_privacy(cfg, result, train),
    }


def _privacy_summary(p: dict | None) -> dict | None:
    return p and {k: p.get(k) for k in ("epsilon", "delta", "accountant", "noise_multiplier",
                                         "sample_rate", "steps")}


def expected_privacy(cfg: dict[str, Any], result: Any, train: list[str]) -> dict[str, Any]:
    """The privacy plan train.py would make for these members (`trainer.privacy.plan.make_plan`,
    the same code): calibrated noise, then epsilon. Digests are not known before the run."""
    p, t = cfg["privacy"], cfg["train"]
    if p.get("enabled") is False:
        return {"epsilon": None, "note": "privacy.enabled=false: no DP guarantee"}
    if p["unit"] == "member":
        n_units = len(train)
    else:  # unit=post: every included post of a training member
        owners = result.included.column("member_id")
        n_units = int(pc.sum(pc.is_in(owners, value_set=pa.array(train, pa.string())))
                      .as_py() or 0)
    try:
        plan = make_plan(
            enabled=True, unit=p["unit"], num_units=n_units,
            expected_batch_units=t["expected_batch_units"], steps=t["steps"], epochs=t["epochs"],
            target_epsilon=p["target_epsilon"], noise_multiplier=p["noise_multiplier"],
            max_grad_norm=p["max_grad_norm"], delta=p["delta"], accountant=p["accountant"],
            reproducible_noise=bool(p.get("reproducible_noise")),
            max_posts_per_member=p["max_posts_per_member"], seed=cfg["seed"],
            train_members_sha256="", included_posts_sha256="",
            acknowledge=[a for a in cfg.get("policy", {}).get("acknowledge", [])
                         if a in PRIVACY_ACKNOWLEDGEMENTS])
    except UserError as err:
        return {"epsilon": None, "units": n_units, "note": f"the retrain would refuse: {err}"}
    return {"epsilon": plan.expected_epsilon, "delta": plan.delta, "accountant": plan.accountant,
            "noise_multiplier": plan.noise_multiplier, "sample_rate": plan.sample_rate,
            "steps": plan.planned_steps, "units": n_units, "unit": plan.unit,
            "target_epsilon": plan.target_epsilon}


def launch(run_dir: Path, *, at: str | None, out: Path) -> tuple[Path, str]:
    """Train a replacement of `run_dir` into `out`; returns (out, the snapshot used)."""
    m, cfg = verified_config(run_dir)
    snapshot = _iso(parse_snapshot(at, now=datetime.now(UTC)))
    if out.exists() and any(out.iterdir()):
        raise UserError(f"{out}: already exists and is not empty; pass another --out")
    body = {k: v for k, v in cfg.items() if k != "replaces"}
    body["defaults"] = ["run_schema", "_self_"]
    body["hydra"] = {"run": {"dir": str(out.resolve())}, "job": {"chdir": False}}
    with tempfile.TemporaryDirectory(prefix="retrain-") as conf:
        (Path(conf) / "retrain.yaml").write_text(yaml.safe_dump(body, sort_keys=False))
        cmd = [sys.executable, "-m", "trainer.train", "--config-dir", conf,
               "--config-name", "retrain", f"data.snapshot_at={snapshot}",
               f"replaces={m['run']['id']}"]
        proc = subprocess.run(cmd, check=False)
    if proc.returncode != 0:
        raise UserError(f"the retrain of {m['run']['id']} failed (exit {proc.returncode}); its "
                        f"manifest in {out} says how far it got")
    return out, snapshot


def default_out() -> Path:
    """Where `python -m trainer.train` would put a run started now (Hydra's default pattern)."""
    now = datetime.now()
    out = Path("outputs") / f"{now:%Y-%m-%d}" / f"{now:%H-%M-%S}"
    return out if not out.exists() else out.with_name(out.name + "-retrain")
