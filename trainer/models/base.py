"""`load_base`: one entry point for every kind of base model: model, tokenizer and identity."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import torch

from trainer.errors import UserError
from trainer.models import smollm2, tiny
from trainer.models.digest import files_sha256, state_dict_sha256, weight_files

log = logging.getLogger(__name__)

BaseKind = Literal["smollm2-135m", "tiny", "hf"]
BASE_KINDS: tuple[str, ...] = ("smollm2-135m", "tiny", "hf")
REPO_ROOT = Path(__file__).resolve().parents[2]


def default_cache_dir() -> Path:
    """The cache root: ``$TRAINER_CACHE`` if set, else ``<repo root>/.cache``."""
    env = os.environ.get("TRAINER_CACHE")
    return Path(env) if env else REPO_ROOT / ".cache"


def load_base(
    *,
    kind: BaseKind,
    name_or_path: str | None = None,
    cache_dir: Path | None = None,
    device: str | torch.device = "cpu",
    dtype: torch.dtype = torch.float32,
    seed: int = 0,
) -> tuple[torch.nn.Module, Any, dict[str, str]]:
    """Load a base causal LM (eval mode), its tokenizer (pad/eos set) and ``{id, kind, sha256}``.

    ``sha256`` identifies the weights whatever ``device`` and ``dtype``: for checkpoints it is the
    digest of the weight files (sorted by name, concatenated), for ``tiny`` that of its float32
    state dict. ``seed`` only affects ``tiny``; ``cache_dir`` (default `default_cache_dir`) only
    ``smollm2-135m``.
    """
    if kind not in BASE_KINDS:
        raise UserError(f"model.kind={kind!r} is not one of {', '.join(BASE_KINDS)}")
    if not dtype.is_floating_point:
        raise ValueError(f"dtype must be a floating point torch dtype, got {dtype}")
    if kind != "hf" and name_or_path:
        log.warning("model.name_or_path=%r is ignored for model.kind=%s", name_or_path, kind)
    with _no_loading_bar():
        if kind == "smollm2-135m":
            model, tokenizer, info = _load_smollm2(
                cache_dir=cache_dir or default_cache_dir(), dtype=dtype
            )
        elif kind == "tiny":
            model, tokenizer, info = _load_tiny(seed=seed)
        else:
            if not name_or_path:
                raise UserError("model=hf needs model.name_or_path=PATH_OR_HUB_ID")
            model, tokenizer, info = _load_hf(name_or_path=name_or_path, dtype=dtype)
    _ensure_special_tokens(tokenizer, model=model, source=info["id"])
    model = model.to(device=device, dtype=dtype).eval()
    return model, tokenizer, info


@contextlib.contextmanager
def _no_loading_bar() -> Iterator[None]:
    """transformers draws a "Loading weights" bar on stderr; the run prints its own stage line."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def _load_smollm2(*, cache_dir: Path, dtype: torch.dtype) -> tuple[Any, Any, dict[str, str]]:
    """Load the converted checkpoint from the cache (fetched if missing); verify its digest."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model_dir = smollm2.smollm2_dir(cache_dir=cache_dir)
    source = smollm2.read_source(model_dir)
    if source is None:
        log.warning("SmolLM2 is not in the cache %s yet: fetching it now", cache_dir)
        smollm2.fetch_smollm2(cache_dir=cache_dir)
        source = smollm2.read_source(model_dir)
    digest = files_sha256(weight_files(model_dir))
    if digest != source["weights_sha256"]:
        raise UserError(
            f"the cached weights in {model_dir} do not match its source.json (corrupted?); "
            f"delete that directory and run `{smollm2.FETCH_COMMAND}`"
        )
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(
        model_dir, dtype=dtype, attn_implementation="sdpa", local_files_only=True
    )
    return model, tokenizer, {"id": smollm2.MODEL_ID, "kind": "smollm2-135m", "sha256": digest}


def _load_tiny(*, seed: int) -> tuple[Any, Any, dict[str, str]]:
    """Build the tiny model; its digest is taken before any cast, so it depends on ``seed`` only."""
    model = tiny.build_tiny_model(seed=seed)
    info = {"id": tiny.tiny_id(seed), "kind": "tiny", "sha256": state_dict_sha256(model)}
    return model, tiny.build_tiny_tokenizer(), info


def _load_hf(*, name_or_path: str, dtype: torch.dtype) -> tuple[Any, Any, dict[str, str]]:
    """Load a local checkpoint or hub id (transformers picks sdpa attention where supported)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(name_or_path)
        model = AutoModelForCausalLM.from_pretrained(name_or_path, dtype=dtype)
    except (OSError, ValueError, KeyError, TypeError) as err:
        reason = (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
        raise UserError(
            f"model.name_or_path={name_or_path!r} could not be loaded as a causal LM ({reason}); "
            "give a local checkpoint directory or a hub id"
        ) from err
    files = weight_files(_checkpoint_dir(name_or_path))
    digest = files_sha256(files) if files else state_dict_sha256(model)
    return model, tokenizer, {"id": name_or_path, "kind": "hf", "sha256": digest}


def _checkpoint_dir(name_or_path: str) -> Path:
    """The directory holding the weight files: the path itself, or a hub id's cached snapshot."""
    path = Path(name_or_path)
    if path.is_dir():
        return path
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(name_or_path, local_files_only=True))
    except Exception:  # no snapshot to hash: the caller falls back to the state dict
        return path


def _ensure_special_tokens(tokenizer: Any, *, model: Any, source: str) -> None:
    """Require an eos token; use it as pad when the tokenizer has none, and tell the config."""
    if tokenizer.eos_token is None:
        raise UserError(
            f"the tokenizer of {source!r} has no eos token; it cannot mark the end of a post"
        )
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    if getattr(model.config, "pad_token_id", None) is None:
        model.config.pad_token_id = tokenizer.pad_token_id
    if tokenizer.bos_token is None:
        log.info("the tokenizer of %r has no bos token", source)
