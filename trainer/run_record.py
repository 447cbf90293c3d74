"""The run's manifest as it is being built: stages report into it, and it is rewritten atomically
after each stage so that a run that fails or is interrupted still leaves a truthful manifest."""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from omegaconf import DictConfig, OmegaConf

from trainer.errors import UserError
from trainer.fileio import atomic_write
from trainer.manifest.io import (
    MANIFEST_FILE,
    config_sha256,
    describe_outputs,
    run_environment,
    write_manifest,
)

SCHEMA_VERSION = "1.0"


def _now() -> datetime:
    """The run's start: also when its data is read (withdrawals up to here are honoured)."""
    return datetime.now(UTC)


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _sweep_info() -> tuple[str | None, int | None]:
    """Sweep id (the multirun folder) and job number when running under `-m`, else (None, None)."""
    try:
        from hydra.core.hydra_config import HydraConfig
        from hydra.types import RunMode

        hc = HydraConfig.get()
    except Exception:  # not under Hydra (a test calling train() directly)
        return None, None
    if hc.mode != RunMode.MULTIRUN:
        return None, None
    return str(Path(hc.sweep.dir).resolve()), int(hc.job.num)


@dataclass
class RunRecord:
    run_dir: Path
    started_at: datetime
    manifest: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def start(cls, run_dir: Path, *, cfg: DictConfig, overrides: list[str]) -> RunRecord:
        """Open the record: run identity, environment and the exact resolved config.

        Refuses a directory that already holds a manifest: one run, one directory."""
        if (run_dir / MANIFEST_FILE).exists() or (run_dir / MANIFEST_FILE).is_symlink():
            raise UserError(f"{run_dir} already holds a run's manifest; every run needs its own "
                            "directory (leave hydra.run.dir at its default, or pick a new one)")
        run_dir.mkdir(parents=True, exist_ok=True)
        started_at = _now()
        resolved = OmegaConf.to_container(cfg, resolve=True, enum_to_str=True)  # plain YAML
        atomic_write(run_dir / "config.yaml", yaml.safe_dump(resolved, sort_keys=True))
        sweep_id, job_num = _sweep_info()
        env = run_environment()
        manifest: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "run": {
                "id": f"{started_at:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}",
                "sweep_id": sweep_id,
                "job_num": job_num,
                "started_at": _iso(started_at),
                "ended_at": None,
                "status": "running",
                "error": None,
                "seed": int(cfg.seed),
                "dry_run": bool(cfg.dry_run),
                "command": " ".join(sys.argv),
                "resumed_from": None,
                "replaces": cfg.get("replaces"),
                **env,
            },
            "config": {
                "resolved": resolved,
                "overrides": list(overrides),
                "sha256": config_sha256(resolved),
                "file": "config.yaml",
            },
            "consent": None,
            "data": None,
            "redaction": None,
            "privacy": None,
            "model": None,
            "metrics": None,
            "outputs": [],
            "checkpoint": None,
        }
        record = cls(run_dir=run_dir, started_at=started_at, manifest=manifest)
        record._write()
        return record

    @property
    def run_id(self) -> str:
        return self.manifest["run"]["id"]

    def _write(self) -> None:
        write_manifest(self.run_dir, self.manifest)

    def set_consent(self, *, snapshot_at: datetime, read_at: datetime, **fields: Any) -> None:
        self.manifest["consent"] = {"snapshot_at": _iso(snapshot_at), "read_at": _iso(read_at),
                                    **fields}
        self._write()

    def set_data(self, *, sources, result, included_posts, included_members,
                 consent_basis) -> None:
        self.manifest["data"] = {
            "sources": [
                {"table": s.table, "path": str(s.path), "format": s.format,
                 "sha256": s.sha256, "rows": s.rows, "shards": s.shards}
                for s in sources
            ],
            "posts_read": result.posts_read,
            "excluded": dict(result.excluded),
            "quarantined": dict(result.quarantined),
            "invalid_ids": dict(result.invalid_ids),
            "near_miss_consent_rows": int(result.near_misses),
            "included_posts": included_posts,
            "included_members": included_members,
            # the opt-in that admitted each included member (time, policy version), and each
            # excluded author counted once, by their posts' main reason
            "consent_basis": consent_basis,
            "excluded_members": dict(result.excluded_members),
            "split": None,
        }
        self._write()

    def set_split(self, *, train_members: dict, eval_members: dict) -> None:
        self.manifest["data"]["split"] = {
            "train_members": train_members,
            "eval_members": eval_members,
        }
        self._write()

    def set_redaction(self, **fields: Any) -> None:
        self.manifest["redaction"] = fields
        self._write()

    def set_model(self, *, base: dict, lora: dict) -> None:
        self.manifest["model"] = {"base": base, "lora": lora}
        self._write()

    def set_resumed_from(self, run_dir: str, *, step: int, run_id: str) -> None:
        self.manifest["run"]["resumed_from"] = {"run_dir": str(Path(run_dir).resolve()),
                                                "step": step, "run_id": run_id}
        self._write()

    def set_privacy(self, **fields: Any) -> None:
        self.manifest["privacy"] = fields
        self._write()

    def set_checkpoint(self, entry: dict[str, Any], **privacy: Any) -> None:
        """A new checkpoint and the privacy spent up to it, in one signed write."""
        self.manifest["checkpoint"] = entry
        self.manifest["privacy"] = privacy
        self._write()

    def set_metrics(self, *, base: dict, trained: dict) -> None:
        """Held-out losses (NOT covered by the DP guarantee: see privacy.not_covered)."""
        self.manifest["metrics"] = {
            "base": {k: base[k] for k in ("eval_loss", "perplexity")},
            "trained": {k: trained[k] for k in ("eval_loss", "perplexity")},
            "eval_tokens": trained["tokens"],
            "covered_by_dp": False,
        }
        self._write()

    def set_outputs(self, paths: list[str]) -> None:
        self.manifest["outputs"] = describe_outputs(self.run_dir, paths)
        self._write()

    def finish(self, *, status: str, error: str | None = None) -> dict[str, Any]:
        """Close the record with the run's final status (and error, one line, no personal data)."""
        run = self.manifest["run"]
        run["status"] = status
        run["error"] = error
        run["ended_at"] = _iso(datetime.now(UTC))
        self._write()
        return self.manifest
