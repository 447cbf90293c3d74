"""`resume=RUN`: continue RUN's training with RUN's own settings, verified, in a new run directory.

The data, snapshot, policy, model, LoRA and privacy settings all come from RUN's `config.yaml`
(checked against RUN's verified manifest), so nothing has to be retyped. Only settings that do
not change the DP mechanism may be overridden; any other override is refused by name.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from omegaconf import DictConfig, OmegaConf

from trainer.checkpoint import verified_entry, verified_manifest
from trainer.config import RunConfig
from trainer.errors import UserError
from trainer.manifest.io import config_sha256

# Options a resumed run may change: how long, where and how fast it runs; never what it learns
# from or how much privacy each step costs.
RESUMABLE = (
    "resume", "cache_dir", "train.max_steps", "train.progress", "train.device", "train.compile",
    "train.checkpoint_every", "train.checkpoint_every_s", "train.physical_batch_rows",
    "train.fixed_shapes", "train.pack_posts",
)


def config_for_resume(cfg: DictConfig, overrides: list[str]) -> DictConfig:
    """RUN's verified config, with the allowed overrides of `cfg` applied on top."""
    run_dir = Path(cfg.resume)
    manifest = verified_manifest(run_dir)
    verified_entry(run_dir)  # a run without a checkpoint cannot be resumed: say so first
    path = run_dir / "config.yaml"
    if path.is_symlink() or not path.is_file():
        raise UserError(f"resume={run_dir}: config.yaml is missing")
    try:
        saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise UserError(f"resume={run_dir}: config.yaml cannot be read ({err})") from err
    if config_sha256(saved) != (manifest.get("config") or {}).get("sha256"):
        raise UserError(f"resume={run_dir}: config.yaml does not match the manifest's config "
                        "digest; it was changed after the run")
    consent = manifest.get("consent") or {}
    if consent.get("snapshot_at"):  # a run_start snapshot must stay the same instant
        saved.setdefault("data", {})["snapshot_at"] = consent["snapshot_at"]
    merged = OmegaConf.merge(OmegaConf.structured(RunConfig), saved)
    for override in overrides:
        key = override.split("=", 1)[0].lstrip("+~")
        if key in RESUMABLE or key.startswith("hydra."):
            continue
        if OmegaConf.select(cfg, key) != OmegaConf.select(merged, key):
            raise UserError(
                f"resume={run_dir}: {key} cannot change when resuming (the run used "
                f"{OmegaConf.select(merged, key)!r}); drop the override, or start a new run. "
                f"Allowed: {', '.join(RESUMABLE[2:])}")
    for key in RESUMABLE:
        OmegaConf.update(merged, key, OmegaConf.select(cfg, key), merge=False)
    return merged
