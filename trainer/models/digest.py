"""Digests that identify base-model weights: over checkpoint files or an in-memory state dict."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import torch

_CHUNK = 1 << 20


def files_sha256(paths: Iterable[Path]) -> str:
    """Hex sha256 over the files' bytes concatenated in the given order.

    For a single-file checkpoint this equals ``sha256sum model.safetensors``, so an auditor can
    check it with standard tools.
    """
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
    return h.hexdigest()


def weight_files(model_dir: Path) -> list[Path]:
    """The checkpoint's weight files, sorted: safetensors if any, else PyTorch ``.bin`` files."""
    for pattern in ("*.safetensors", "*.bin"):
        found = sorted(p for p in model_dir.glob(pattern) if p.is_file())
        if found:
            return found
    return []


def state_dict_sha256(model: torch.nn.Module) -> str:
    """Hex sha256 over each state-dict entry's name, dtype, shape and bytes, sorted by name."""
    h = hashlib.sha256()
    state = model.state_dict()
    for name in sorted(state):
        tensor = state[name].detach().to("cpu").contiguous()
        h.update(f"{name}|{tensor.dtype}|{tuple(tensor.shape)}\n".encode())
        h.update(tensor.reshape(-1).view(torch.uint8).numpy().tobytes())
    return h.hexdigest()
