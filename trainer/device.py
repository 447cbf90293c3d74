"""The device a run trains on and its mixed-precision policy (one home for both)."""

from __future__ import annotations

import contextlib

import torch

from trainer.errors import UserError

# train.device and model.dtype choices (trainer/config_schema.py types its options with them).
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda")
DTYPES: tuple[str, ...] = ("auto", "fp32", "bf16")


def pick_device(name: str) -> torch.device:
    """`auto` is CUDA when visible, else the CPU; `cuda` without a GPU is a user error."""
    if name == "cuda" and not torch.cuda.is_available():
        raise UserError("train.device=cuda but no CUDA device is visible; use train.device=auto")
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    return torch.device(name)


def autocast_dtype(dtype: str, device: torch.device) -> torch.dtype | None:
    """bf16 autocast (fp32 LoRA weights, fp32 clipping and noise) where the device supports it."""
    if dtype == "fp32":
        return None
    supported = device.type == "cuda" and torch.cuda.is_bf16_supported()
    if dtype == "bf16" and not supported and device.type != "cpu":
        raise UserError(f"model.dtype=bf16 is not supported on {device}; use model.dtype=fp32")
    if dtype == "bf16":
        return torch.bfloat16
    return torch.bfloat16 if supported else None


def autocast(device: torch.device, dtype: torch.dtype | None):
    """The autocast context for `dtype` on `device` (a no-op when dtype is None)."""
    if dtype is None:
        return contextlib.nullcontext()
    return torch.autocast(device.type, dtype=dtype)
