"""LoRA wrapping with peft, checked so that exactly the LoRA A/B matrices are trainable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from peft import LoraConfig, PeftModel, get_peft_model

from trainer.errors import UserError


def linear_layer_names(model: torch.nn.Module) -> list[str]:
    """Sorted distinct short names (last path component) of the model's ``nn.Linear`` layers."""
    return sorted(
        {
            name.rsplit(".", 1)[-1]
            for name, m in model.named_modules()
            if isinstance(m, torch.nn.Linear) and name
        }
    )


def _matches(module_name: str, target: str) -> bool:
    """peft's rule for a plain string target: the full name, or its dotted suffix."""
    return module_name == target or module_name.endswith(f".{target}")


def wrap_lora(
    model: torch.nn.Module,
    *,
    r: int,
    alpha: float,
    dropout: float,
    target_modules: Sequence[str],
) -> PeftModel:
    """Wrap ``model`` (in place) with LoRA on ``target_modules``; only the A/B weights train."""
    if not isinstance(r, int) or r < 1:
        raise UserError(f"lora.r must be a positive integer, got {r!r}")
    if alpha <= 0:
        raise UserError(f"lora.alpha must be > 0, got {alpha!r}")
    if not 0.0 <= dropout < 1.0:
        raise UserError(f"lora.dropout must be in [0, 1), got {dropout!r}")
    targets = list(target_modules)
    if not targets or not all(isinstance(t, str) and t for t in targets):
        raise UserError(
            "lora.target_modules must be a non-empty list of layer names, e.g. [q_proj,v_proj]"
        )
    linear = [name for name, m in model.named_modules() if isinstance(m, torch.nn.Linear)]
    missing = [t for t in targets if not any(_matches(name, t) for name in linear)]
    if missing:
        raise UserError(
            f"lora.target_modules: {', '.join(missing)} matches no linear layer of the base model; "
            f"available: {', '.join(linear_layer_names(model))}"
        )
    config = LoraConfig(
        task_type="CAUSAL_LM",
        r=r,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=targets,
        bias="none",
    )
    peft_model = get_peft_model(model, config)
    _check_only_lora_trainable(peft_model)
    return peft_model


def _check_only_lora_trainable(model: torch.nn.Module) -> None:
    """Raise if any non-LoRA parameter requires grad, or any LoRA A/B weight does not."""
    wrong = []
    for name, param in model.named_parameters():
        is_lora = ".lora_A." in name or ".lora_B." in name
        if param.requires_grad != is_lora:
            wrong.append(name)
    if wrong or not any(p.requires_grad for p in model.parameters()):
        raise RuntimeError(
            f"LoRA wrapping left a wrong trainable set (first offenders: {wrong[:5]})"
        )


def model_summary(peft_model: torch.nn.Module) -> dict[str, Any]:
    """Parameter counts for logs and the manifest: trainable (LoRA) and total (tied ones once)."""
    params = list(peft_model.parameters())
    return {
        "trainable_params": sum(p.numel() for p in params if p.requires_grad),
        "total_params": sum(p.numel() for p in params),
    }
