"""Configuration errors, early and in one line: cross-field validation of a composed config, and
Hydra's own composition errors turned into `Error: ...` and exit status 1."""

from __future__ import annotations

import functools
import math
import os
import sys
from dataclasses import fields
from typing import Any

from hydra.errors import CompactHydraException
from omegaconf import DictConfig, ListConfig, OmegaConf

from trainer.config_options import options
from trainer.config_schema import SECTIONS, RunConfig
from trainer.data.policy import ACKNOWLEDGEMENTS, ROSTER_ACKNOWLEDGEMENTS
from trainer.errors import UserError
from trainer.privacy.plan import PRIVACY_ACKNOWLEDGEMENTS


def one_line_errors(hydra_main: Any) -> Any:
    """Wrap a `@hydra.main` function so Hydra's own composition errors (a value outside an
    option's choices, a wrong type, a key not in the schema, an unknown group option) end in one
    `Error: ...` line and exit status 1, like every other user error. HYDRA_FULL_ERROR=1 set by
    the user still shows Hydra's full report."""

    @functools.wraps(hydra_main)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before = os.environ.get("HYDRA_FULL_ERROR")
        if before == "1":
            return hydra_main(*args, **kwargs)
        os.environ["HYDRA_FULL_ERROR"] = "1"  # Hydra then raises instead of printing a report
        try:
            return hydra_main(*args, **kwargs)
        except CompactHydraException as err:
            print(f"Error: {config_error_line(err)}", file=sys.stderr)
            sys.exit(1)
        finally:
            if before is None:
                os.environ.pop("HYDRA_FULL_ERROR", None)
            else:
                os.environ["HYDRA_FULL_ERROR"] = before

    return wrapper


def config_error_line(err: BaseException) -> str:
    """One line from Hydra's error and its OmegaConf cause (their `full_key`/`object_type`
    detail lines dropped)."""
    parts = []
    for e in (err, err.__cause__):
        if e is None:
            continue
        text, listing = "", False  # after "...:" lines are items: "a, b, c"
        for line in str(e).splitlines():
            line = line.strip()
            if line.startswith(("full_key:", "reference_type=", "object_type=", "Config search")):
                break
            if not line:
                text, listing = (text + ";" if text and text[-1] not in ".:;" else text), False
            elif not line.startswith("To append to your config"):
                text += (", " if listing and not text.endswith(":") else " ") + line
                listing = listing or line.endswith(":")
        parts.append(text.strip().removeprefix("Error merging override ").rstrip("."))
    return ": ".join(p for p in parts if p) + (
        " (`python -m trainer.train --help` lists every option and its choices)")


def _get(cfg: Any, dotted: str) -> Any:
    node = cfg
    for part in dotted.split("."):
        node = getattr(node, part)
    return node


def _str_choices() -> dict[str, tuple[str, ...]]:
    """Options typed `str` (or `list[str]`) whose values are checked against a tuple."""
    return {o.name: o.choices for o in options() if o.choices and o.type != "choice"}


def validate(cfg: Any) -> None:
    """Fail early, with the option's name, on settings that cannot work together."""
    missing = sorted(OmegaConf.missing_keys(cfg))
    if missing:
        hint = " (pick a model: model=smollm2-135m, model=tiny or model=hf)" if any(
            k.startswith("model.") for k in missing) else ""
        raise UserError(f"{missing[0]} has no value{hint}")
    unknown = unknown_keys(cfg)
    if unknown:
        raise UserError(
            f"unknown option {unknown[0]}: it is not in the schema (trainer/config_schema.py), "
            "so it would be ignored; check its spelling (`python -m trainer.train --help` lists "
            "them)")
    known_acks = ACKNOWLEDGEMENTS + ROSTER_ACKNOWLEDGEMENTS + PRIVACY_ACKNOWLEDGEMENTS
    unknown_acks = sorted(set(cfg.policy.acknowledge) - set(known_acks))
    if unknown_acks:
        raise UserError(f"policy.acknowledge: unknown name(s) {', '.join(unknown_acks)}; known: "
                        f"{', '.join(known_acks)}")
    for option, value in _numbers(cfg):
        if isinstance(value, float) and not math.isfinite(value):
            raise UserError(f"{option}={value} is not a finite number")
    if "message" in cfg.policy.allowed_kinds:
        raise UserError(
            "policy.allowed_kinds contains 'message': private messages are never eligible "
            "for training; remove it"
        )
    for option, choices in _str_choices().items():
        value = _get(cfg, option)
        if value is None:  # e.g. redaction.enabled_types=null: every type
            continue
        bad = [v for v in value if v not in choices] if isinstance(value, ListConfig) else (
            [] if value in choices else [value])
        if bad:
            raise UserError(f"{option}={bad[0]!r} is not one of {', '.join(choices)}")
    if cfg.model.kind == "hf" and not cfg.model.name_or_path:
        raise UserError("model=hf needs model.name_or_path=PATH_OR_HUB_ID")
    if not 0.0 < cfg.data.eval_fraction < 1.0:
        raise UserError("data.eval_fraction must be between 0 and 1 (exclusive)")
    p = cfg.privacy
    if p.enabled and (p.target_epsilon is None) == (p.noise_multiplier is None):
        raise UserError(
            "set exactly one of privacy.target_epsilon (noise calibrated for you) and "
            "privacy.noise_multiplier (epsilon computed from it)"
        )
    if p.enabled and "non_private" in cfg.policy.acknowledge:
        raise UserError("policy.acknowledge has non_private but privacy.enabled=true; remove it")
    if not p.enabled and "non_private" not in cfg.policy.acknowledge:
        raise UserError(
            "privacy.enabled=false trains WITHOUT differential privacy (a baseline for "
            "comparisons, never to be released); add policy.acknowledge=[non_private] to confirm")
    if not p.enabled and p.reproducible_noise:
        raise UserError("privacy.reproducible_noise has no meaning with privacy.enabled=false")
    if p.target_epsilon is not None and p.target_epsilon <= 0:
        raise UserError("privacy.target_epsilon must be > 0")
    if p.noise_multiplier is not None and p.noise_multiplier <= 0:
        raise UserError("privacy.noise_multiplier must be > 0; zero noise gives no privacy")
    if p.max_grad_norm <= 0:
        raise UserError("privacy.max_grad_norm must be > 0")
    if not 0.0 < p.delta < 1.0:
        raise UserError("privacy.delta must be between 0 and 1 (exclusive)")
    if p.max_posts_per_member < 1:
        raise UserError("privacy.max_posts_per_member must be >= 1")
    t = cfg.train
    if t.expected_batch_units < 1 or t.physical_batch_rows < 1:
        raise UserError("train.expected_batch_units and train.physical_batch_rows must be >= 1")
    if t.steps is not None and t.steps < 1:
        raise UserError("train.steps must be >= 1 (or null to derive it from train.epochs)")
    if t.steps is None and not t.epochs > 0:
        raise UserError("train.epochs must be > 0 when train.steps is null")
    if t.max_steps is not None and t.max_steps < 0:
        raise UserError("train.max_steps must be >= 0")
    if t.lr <= 0:
        raise UserError("train.lr must be > 0")
    if t.weight_decay < 0:
        raise UserError("train.weight_decay must be >= 0")
    if t.checkpoint_every < 0 or t.checkpoint_every_s < 0:
        raise UserError("train.checkpoint_every and train.checkpoint_every_s must be >= 0")
    if t.eval_max_members < 1:
        raise UserError("train.eval_max_members must be >= 1")
    if cfg.lora.r < 1 or cfg.model.max_seq_len < 2:
        raise UserError("lora.r must be >= 1 and model.max_seq_len >= 2")


def unknown_keys(cfg: Any) -> list[str]:
    """Dotted names in `cfg` that the schema does not define (e.g. an appended `+train.stepz`)."""
    out = [str(k) for k in cfg if k not in {f.name for f in fields(RunConfig)}]
    for section, schema in SECTIONS.items():
        node = cfg.get(section)
        if isinstance(node, DictConfig):
            names = {f.name for f in fields(schema)}
            out += [f"{section}.{k}" for k in node if k not in names]
    return out


def _numbers(cfg: Any, prefix: str = "") -> list[tuple[str, Any]]:
    out = []
    for key, value in cfg.items():
        if isinstance(value, DictConfig):
            out += _numbers(value, f"{prefix}{key}.")
        elif isinstance(value, float):
            out.append((f"{prefix}{key}", value))
    return out
