"""Training state on disk: LoRA weights, optimizer, sampler, noise RNG and the accountant.

The accountant and the sampler travel with every checkpoint, so a resumed run continues the
same privacy ledger: epsilon is never reset by resuming.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import torch
from peft import get_peft_model_state_dict, set_peft_model_state_dict

from trainer.errors import UserError

CHECKPOINT_FILE = "checkpoint/state.pt"

# Plan entries that must match exactly for a resume to continue the same DP mechanism.
_PLAN_KEYS_EXACT = ("planned_steps", "num_units", "train_members_sha256")
_PLAN_KEYS_FLOAT = ("noise_multiplier", "sample_rate")


def save(
    run_dir: Path,
    *,
    step: int,
    plan: dict[str, Any],
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    sampler,
    accountant,
    noise_generator: torch.Generator,
) -> Path:
    """Write the state needed to continue the run after `step` steps (atomically)."""
    path = run_dir / CHECKPOINT_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {
        "step": step,
        "plan": plan,
        "lora": get_peft_model_state_dict(model),
        "optimizer": optimizer.state_dict(),
        "sampler": sampler.state_dict(),
        "accountant": accountant.state_dict(),
        "noise_rng": noise_generator.get_state(),
        "torch_rng": torch.get_rng_state(),
    }
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    tmp.replace(path)
    return path


def load(
    run_dir: Path,
    *,
    plan: dict[str, Any],
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    sampler,
    accountant,
    noise_generator: torch.Generator,
) -> int:
    """Restore a checkpoint into the given objects; returns the step to continue from.

    Refuses when the resumed run would not be the same DP mechanism (other members, other
    noise, other sampling rate): continuing then would make the recorded epsilon wrong.
    """
    path = run_dir / CHECKPOINT_FILE
    if not path.is_file():
        raise UserError(
            f"resume={run_dir}: no checkpoint at {path}; point resume at a run directory"
        )
    state = torch.load(path, map_location="cpu", weights_only=False)
    saved = state["plan"]
    for key in _PLAN_KEYS_EXACT:
        if saved.get(key) != plan.get(key):
            raise UserError(
                f"resume={run_dir}: {key} differs from the checkpoint ({saved.get(key)} vs "
                f"{plan.get(key)}); resume with the same data, snapshot, split and privacy settings"
            )
    for key in _PLAN_KEYS_FLOAT:
        if not math.isclose(saved[key], plan[key], rel_tol=1e-9):
            raise UserError(
                f"resume={run_dir}: {key} differs from the checkpoint ({saved[key]:.6g} vs "
                f"{plan[key]:.6g}); resume with the same privacy settings"
            )
    set_peft_model_state_dict(model, state["lora"])
    optimizer.load_state_dict(state["optimizer"])
    sampler.load_state_dict(state["sampler"])
    accountant.load_state_dict(state["accountant"])
    noise_generator.set_state(state["noise_rng"])
    torch.set_rng_state(state["torch_rng"])
    return int(state["step"])
