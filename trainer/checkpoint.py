"""Training state on disk, for resume: LoRA weights, AdamW moments, the plan and the ledger.

Two files, neither of which can execute code when read: `state.safetensors` (tensors) and
`state.json` (the step, the privacy plan, the accountant's history, the sampler's draw count and
the optimizer's hyper-parameters). No random-generator state is ever stored: the noise and
sampling are re-seeded from OS entropy (`trainer.privacy.randomness`).

Both files are written 0600 and listed with their sha256 in the manifest, which is digested and
signed with them; `load` trusts them only after checking the resumed run's manifest (digest, and
signature when TRAINER_MANIFEST_KEY is set) and the files against it. The AdamW moments are
functions of noised gradients only, so a leaked checkpoint is covered by the DP guarantee; it is
still internal (it is not the released artifact).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from peft import get_peft_model_state_dict, set_peft_model_state_dict
from safetensors import SafetensorError
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors

from trainer.errors import UserError
from trainer.fileio import atomic_write, bytes_sha256
from trainer.manifest.io import key_from_env, read_trusted_manifest
from trainer.privacy.plan import PrivacyPlan

DIR = "checkpoint"
TENSORS_FILE = "state.safetensors"
STATE_FILE = "state.json"
FORMAT = "consent-trainer-checkpoint/2"
KEEP = 2  # checkpoints kept: the one the manifest lists may be the older of the two


def save(run_dir: Path, *, step: int, plan: PrivacyPlan, model: torch.nn.Module,
         optimizer: torch.optim.Optimizer, sampler, accountant) -> dict[str, Any]:
    """Write the state after `step` steps into its own folder; returns the manifest's entry.

    Each checkpoint gets a new folder (`checkpoint/step-NNNNNNN/`), so a run killed while writing
    one still has the previous, complete one that its manifest lists."""
    folder = f"{DIR}/step-{int(step):07d}"
    tensors: dict[str, torch.Tensor] = {}
    for name, t in get_peft_model_state_dict(model).items():
        tensors[f"lora/{name}"] = t.detach().to("cpu").contiguous()
    opt = optimizer.state_dict()
    scalars: dict[str, dict[str, Any]] = {}
    for idx, slots in opt["state"].items():
        for key, value in slots.items():
            if isinstance(value, torch.Tensor):
                tensors[f"optimizer/{idx}/{key}"] = value.detach().to("cpu").contiguous()
            else:
                scalars.setdefault(str(idx), {})[key] = value
    state = {
        "format": FORMAT,
        "step": int(step),
        "plan": plan.to_dict(),
        "accountant": accountant.state_dict(),
        "sampler": sampler.state_dict(),
        "optimizer": {"param_groups": opt["param_groups"], "scalars": scalars},
    }
    data = save_tensors(tensors)
    text = json.dumps(state, sort_keys=True, indent=1).encode()
    files = []
    for name, payload in ((TENSORS_FILE, data), (STATE_FILE, text)):
        atomic_write(run_dir / folder / name, payload, root=run_dir)
        files.append({"path": f"{folder}/{name}", "sha256": bytes_sha256(payload),
                      "bytes": len(payload)})
    return {"step": int(step), "files": files}


def prune(run_dir: Path, *, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` checkpoint folders (call after the manifest lists the
    newest one)."""
    root = run_dir / DIR
    if root.is_symlink() or not root.is_dir():
        return
    folders = sorted(p for p in root.glob("step-*") if p.is_dir() and not p.is_symlink())
    for old in folders[:-keep]:
        for f in old.iterdir():
            f.unlink()
        old.rmdir()


def load(run_dir: Path, *, plan: PrivacyPlan, model: torch.nn.Module,
         optimizer: torch.optim.Optimizer, sampler, accountant) -> int:
    """Verify, then restore a checkpoint into the given objects; returns the step to continue from.

    Refuses (UserError, nothing restored) when the resumed run's manifest or checkpoint does not
    verify, or when the resumed run would not be the same DP mechanism.
    """
    entry = verified_entry(run_dir)
    tensors_bytes = _read_checked(run_dir, entry, TENSORS_FILE)
    state_bytes = _read_checked(run_dir, entry, STATE_FILE)
    try:
        state = json.loads(state_bytes)
        tensors = load_tensors(tensors_bytes)
    except (ValueError, SafetensorError) as err:
        raise UserError(f"resume={run_dir}: the checkpoint cannot be parsed ({err})") from err
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise UserError(f"resume={run_dir}: not a {FORMAT} checkpoint")
    if state["step"] != entry["step"]:
        raise UserError(f"resume={run_dir}: the checkpoint's step {state['step']} differs from "
                        f"the manifest's {entry['step']}")
    differs = plan.mismatches(state["plan"])
    if differs:
        raise UserError(
            f"resume={run_dir}: this run is not the same DP mechanism as the checkpoint: "
            f"{'; '.join(differs)}. Resume with the resumed run's data, snapshot and privacy "
            "settings (they are taken from its config.yaml unless you override them)")
    try:
        accountant.load_state_dict(state["accountant"])
        sampler.load_state_dict(state["sampler"])
    except ValueError as err:
        raise UserError(f"resume={run_dir}: {err}") from err
    if accountant.steps != state["step"]:
        raise UserError(f"resume={run_dir}: the ledger holds {accountant.steps} steps but the "
                        f"checkpoint is at step {state['step']}; the checkpoint is inconsistent")
    set_peft_model_state_dict(model, {k[len("lora/"):]: v for k, v in tensors.items()
                                      if k.startswith("lora/")})
    opt_state: dict[int, dict[str, Any]] = {}
    for key, value in tensors.items():
        if key.startswith("optimizer/"):
            _, idx, slot = key.split("/", 2)
            opt_state.setdefault(int(idx), {})[slot] = value
    for idx, slots in state["optimizer"]["scalars"].items():
        opt_state.setdefault(int(idx), {}).update(slots)
    optimizer.load_state_dict({"state": opt_state,
                               "param_groups": state["optimizer"]["param_groups"]})
    return int(state["step"])


def verified_entry(run_dir: Path) -> dict[str, Any]:
    """The resumed run's `checkpoint` entry, from a manifest whose digest (and signature, when a
    key is set) checks out."""
    manifest = verified_manifest(run_dir)
    entry = manifest.get("checkpoint")
    if not entry:
        run = manifest.get("run") or {}
        what = "a dry run" if run.get("dry_run") else f"this run ({run.get('status')})"
        raise UserError(f"resume={run_dir}: {what} stopped before its first checkpoint, so "
                        "there is nothing to resume; start a new run")
    return entry


def verified_manifest(run_dir: Path) -> dict[str, Any]:
    """The manifest of `run_dir`, refused unless its digest (and, when TRAINER_MANIFEST_KEY is
    set, its signature) checks out; a signed manifest needs the key."""
    return read_trusted_manifest(run_dir, key=key_from_env(), require_key_if_signed=True,
                                 refusing=f"to resume from {run_dir}")


def _read_checked(run_dir: Path, entry: dict[str, Any], name: str) -> bytes:
    listed = {Path(f["path"]).name: f for f in entry.get("files", [])}
    if name not in listed:
        raise UserError(f"resume={run_dir}: the manifest lists no checkpoint {name}")
    rel = listed[name]["path"]
    if Path(rel).is_absolute() or ".." in Path(rel).parts:
        raise UserError(f"resume={run_dir}: checkpoint path {rel!r} leaves the run directory")
    path = run_dir / rel
    if path.is_symlink() or not path.is_file():
        raise UserError(f"resume={run_dir}: {rel} is missing (or a symlink)")
    data = path.read_bytes()
    if bytes_sha256(data) != listed[name]["sha256"]:
        raise UserError(f"resume={run_dir}: {rel} does not match the digest in the manifest; "
                        "the checkpoint was changed after the run wrote it")
    return data

