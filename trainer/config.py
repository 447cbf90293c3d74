"""Structured configs: one dataclass per concern, registered in Hydra's ConfigStore.

A typo in an override fails at once (structured configs are closed), and every cross-field
rule is checked in ``validate`` before any data is read.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from hydra.core.config_store import ConfigStore
from omegaconf import MISSING, DictConfig, OmegaConf

from trainer.data.policy import ACKNOWLEDGEMENTS
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.errors import UserError
from trainer.privacy.plan import PRIVACY_ACKNOWLEDGEMENTS

REPO_ROOT = Path(__file__).resolve().parent.parent

# `${repo_root:}` in a config value expands to the checkout's root, so defaults work from any cwd.
if not OmegaConf.has_resolver("repo_root"):
    OmegaConf.register_new_resolver("repo_root", lambda: str(REPO_ROOT))
# `${run_suffix:}` makes run directories unique even for runs started in the same second.
if not OmegaConf.has_resolver("run_suffix"):
    OmegaConf.register_new_resolver("run_suffix", lambda: secrets.token_hex(3), use_cache=True)


@dataclass
class DataConfig:
    """Where the three input tables live and which instant the consent state is read at."""

    members: str = "${repo_root:}/data/demo/members.jsonl"
    consent: str = "${repo_root:}/data/demo/consent.jsonl"
    posts: str = "${repo_root:}/data/demo/posts.jsonl"
    # ISO 8601; no zone means UTC; null means the run's start time (recorded in the manifest).
    snapshot_at: str | None = None
    # Fraction of eligible members held out for evaluation (split by member, never by post).
    eval_fraction: float = 0.1


@dataclass
class PolicyConfig:
    """Which consent setting counts, which kinds of content and which regions are allowed."""

    setting: str = "generative_ai_training"
    allowed_kinds: list[str] = field(default_factory=lambda: ["post", "article", "comment"])
    excluded_regions: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDED_REGIONS))
    # Regions (or group aliases such as EEA) excluded on top of excluded_regions.
    extra_excluded_regions: list[str] = field(default_factory=list)
    # Explicit, recorded acknowledgements of settings that weaken the policy or the guarantee,
    # e.g. [fewer_excluded_regions]; a weakening setting without its acknowledgement is refused.
    acknowledge: list[str] = field(default_factory=list)


@dataclass
class RedactionConfig:
    """Which PII types are removed and the placeholder each becomes."""

    # null = every type the engine knows. Disabling a type is recorded in the manifest.
    enabled_types: list[str] | None = None
    # Overrides of the default placeholders, e.g. {EMAIL: "<email>"}.
    placeholders: dict[str, str] = field(default_factory=dict)


@dataclass
class ModelConfig:
    """The base causal LM."""

    kind: str = MISSING  # smollm2-135m | tiny | hf (set by each conf/model/*.yaml)
    name_or_path: str | None = None  # required for kind=hf
    max_seq_len: int = 48  # tokens per post; longer posts are truncated; cost is linear in it
    dtype: str = "auto"  # auto (bf16 autocast on GPUs that support it, else fp32) | fp32 | bf16


@dataclass
class LoraConfig:
    """LoRA adapter settings (peft)."""

    r: int = 8  # rank: more capacity, more coordinates for the DP noise to cover
    alpha: int = 16  # scale alpha / r of the LoRA update
    dropout: float = 0.0  # on the LoRA input; rows stay independent, so per-unit clipping holds
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "v_proj"])


@dataclass
class PrivacyConfig:
    """DP-SGD settings; the member is the privacy unit by default."""

    unit: str = "member"  # member (user-level DP) | post
    target_epsilon: float | None = 8.0  # noise is calibrated to reach this after the planned steps
    delta: float = 1e-5  # must be below 1 / (number of privacy units)
    max_grad_norm: float = 1.0  # per-unit clipping bound C
    max_posts_per_member: int = 1  # a sampled member contributes at most this many posts
    accountant: str = "prv"  # prv | rdp
    noise_multiplier: float | None = None  # set instead of target_epsilon to fix sigma directly
    # false = the NON-PRIVATE baseline (same loop, no clipping, no noise, no guarantee); for
    # measuring what privacy costs. The manifest then says "not differentially private".
    enabled: bool = True
    # true = noise and sampling seeded from `seed` (tests, debugging): anyone can regenerate the
    # noise, so the run carries NO DP guarantee and `manifest verify` fails it by default.
    reproducible_noise: bool = False


@dataclass
class TrainConfig:
    """Optimisation and loop settings."""

    expected_batch_units: int = 16  # expected units per step; sample_rate = this / train units
    epochs: float = 1.0  # planned steps = ceil(epochs / sample_rate) when steps is null
    steps: int | None = 15  # planned steps; the noise is calibrated for exactly these
    max_steps: int | None = None  # stop early; epsilon is reported for the steps actually taken
    lr: float = 5e-3  # AdamW on the noised gradient (post-processing: no privacy cost)
    weight_decay: float = 0.0
    physical_batch_rows: int = 64  # rows per forward/backward; a step may take several
    eval_max_members: int = 32  # held-out members evaluated (base and trained)
    checkpoint_every: int = 0  # also checkpoint every this many steps (0 = by time only)
    checkpoint_every_s: float = 60.0  # checkpoint when this many seconds passed since the last
    # (and at the end); a killed run resumes from the last one. 0 = only at the end
    device: str = "auto"  # auto | cpu | cuda
    fixed_shapes: bool | None = None  # pad every micro-batch to physical_batch_rows x max_seq_len
    # (one shape: compiled graphs are reused and the host never waits for the GPU; costs padding
    # compute). null = on for cuda, off for cpu
    pack_posts: bool = False  # pack a member's posts into shared rows (each post attends only to
    # itself; same loss and gradient, far less padding). No effect under privacy.unit=post
    compile: bool = False  # torch.compile each decoder layer (slow first steps; needs a C compiler)
    progress: bool = True  # progress bar with loss and epsilon spent (stderr)


@dataclass
class RunConfig:
    """The root config of `python -m trainer.train`."""

    data: DataConfig = field(default_factory=DataConfig)
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    redaction: RedactionConfig = field(default_factory=RedactionConfig)
    model: ModelConfig = MISSING
    lora: LoraConfig = field(default_factory=LoraConfig)
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    # LoRA init, the train/eval split, the per-member post choice; never the DP noise or
    # sampling (OS entropy), unless privacy.reproducible_noise=true.
    seed: int = 0
    dry_run: bool = False  # stop after data preparation (the manifest is still written)
    resume: str | None = None  # a run directory whose checkpoint to continue
    replaces: str | None = None  # id of a run this one retrains (recorded as run.replaces)
    cache_dir: str = "${oc.env:TRAINER_CACHE,${repo_root:}/.cache}"


_SECTIONS: dict[str, type] = {
    "data": DataConfig, "policy": PolicyConfig, "redaction": RedactionConfig,
    "model": ModelConfig, "lora": LoraConfig, "privacy": PrivacyConfig, "train": TrainConfig,
}


def register_configs() -> None:
    """Register the schema so `conf/config.yaml` is validated against it."""
    cs = ConfigStore.instance()
    cs.store(name="run_schema", node=RunConfig)
    cs.store(group="model", name="model_schema", node=ModelConfig)


_CHOICES: dict[str, tuple[str, ...]] = {
    "model.kind": ("smollm2-135m", "tiny", "hf"),
    "model.dtype": ("auto", "fp32", "bf16"),
    "privacy.unit": ("member", "post"),
    "privacy.accountant": ("prv", "rdp"),
    "train.device": ("auto", "cpu", "cuda"),
}


def _get(cfg: Any, dotted: str) -> Any:
    node = cfg
    for part in dotted.split("."):
        node = getattr(node, part)
    return node


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
            f"unknown option {unknown[0]}: it is not in the schema (trainer/config.py), so it "
            "would be ignored; check its spelling (`python -m trainer.train --help` lists them)")
    unknown_acks = sorted(set(cfg.policy.acknowledge) - set(ACKNOWLEDGEMENTS)
                          - set(PRIVACY_ACKNOWLEDGEMENTS))
    if unknown_acks:
        raise UserError(f"policy.acknowledge: unknown name(s) {', '.join(unknown_acks)}; known: "
                        f"{', '.join(ACKNOWLEDGEMENTS + PRIVACY_ACKNOWLEDGEMENTS)}")
    for option, value in _numbers(cfg):
        if isinstance(value, float) and not math.isfinite(value):
            raise UserError(f"{option}={value} is not a finite number")
    for option, choices in _CHOICES.items():
        if _get(cfg, option) not in choices:
            raise UserError(f"{option}={_get(cfg, option)!r} is not one of {', '.join(choices)}")
    if cfg.model.kind == "hf" and not cfg.model.name_or_path:
        raise UserError("model=hf needs model.name_or_path=PATH_OR_HUB_ID")
    if not 0.0 < cfg.data.eval_fraction < 1.0:
        raise UserError("data.eval_fraction must be between 0 and 1 (exclusive)")
    if "message" in cfg.policy.allowed_kinds:
        raise UserError(
            "policy.allowed_kinds contains 'message': private messages are never eligible "
            "for training; remove it"
        )
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
    for section, schema in _SECTIONS.items():
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
