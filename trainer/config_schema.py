"""The run's schema: one structured-config dataclass per concern, registered in Hydra's ConfigStore.

A typo in an override fails at once (structured configs are closed) and every field documents itself
(`metadata={"help": ...}`, listed by ``trainer.config_options``). Choices are imported from the
module that owns them (accountants, units, devices, model kinds), never restated here; cross-field
rules are checked by ``trainer.config_checks``.
"""

from __future__ import annotations

import secrets
from dataclasses import MISSING as NO_DEFAULT
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from hydra.core.config_store import ConfigStore
from omegaconf import MISSING, OmegaConf

from trainer.data.eligibility import KINDS as CONTENT_KINDS
from trainer.data.eligibility import NEVER_ELIGIBLE_KINDS
from trainer.data.policy import ACKNOWLEDGEMENTS, ROSTER_ACKNOWLEDGEMENTS
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.device import DEVICES, DTYPES
from trainer.models.base import BASE_KINDS
from trainer.privacy.accounting import KINDS as ACCOUNTANT_KINDS
from trainer.privacy.plan import PRIVACY_ACKNOWLEDGEMENTS, UNITS
from trainer.redact import TYPES as REDACTION_TYPES

REPO_ROOT = Path(__file__).resolve().parent.parent

# `${repo_root:}` in a config value expands to the checkout's root, so defaults work from any cwd.
if not OmegaConf.has_resolver("repo_root"):
    OmegaConf.register_new_resolver("repo_root", lambda: str(REPO_ROOT))
# `${run_suffix:}` makes run directories unique even for runs started in the same second.
if not OmegaConf.has_resolver("run_suffix"):
    OmegaConf.register_new_resolver("run_suffix", lambda: secrets.token_hex(3), use_cache=True)


class Choice(StrEnum):
    """A typed choice: OmegaConf accepts a member's NAME in YAML and overrides, so names equal
    values; it compares, hashes, formats and JSON-encodes as its plain string."""

    def __repr__(self) -> str:
        return repr(self.value)


def _choice(name: str, values: tuple[str, ...]) -> type[Choice]:
    return Choice(name, [(v, v) for v in values], module=__name__)


Unit = _choice("Unit", UNITS)
Accountant = _choice("Accountant", ACCOUNTANT_KINDS)
Device = _choice("Device", DEVICES)
Dtype = _choice("Dtype", DTYPES)
# Kinds of content a policy may allow (private messages never are: trainer/data/eligibility.py).
ELIGIBLE_KINDS: tuple[str, ...] = tuple(sorted(CONTENT_KINDS - NEVER_ELIGIBLE_KINDS))


def _opt(default: Any = NO_DEFAULT, *, help: str, factory: Any = NO_DEFAULT,  # noqa: A002
         choices: tuple[str, ...] | None = None) -> Any:
    """A dataclass field with its documentation (and, for str options, its allowed values)."""
    meta: dict[str, Any] = {"help": help}
    if choices is not None:
        meta["choices"] = choices
    if factory is not NO_DEFAULT:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class DataConfig:
    """Where the three input tables live and which instant the consent state is read at."""

    members: str = _opt("${repo_root:}/data/demo/members.jsonl",
                        help="Members table: member_id, display_name, region. Any table form "
                        "(.jsonl[.gz], .csv, .parquet, a directory or glob of Parquet shards).")
    consent: str = _opt("${repo_root:}/data/demo/consent.jsonl",
                        help="Consent events table (any table form); events after snapshot_at "
                        "do not count, withdrawals up to the run's start do.")
    posts: str = _opt("${repo_root:}/data/demo/posts.jsonl",
                      help="Posts table (any table form); only eligible posts reach training, "
                      "and only redacted.")
    snapshot_at: str | None = _opt(
        None, help="Instant the consent state is read at (ISO 8601; no zone means UTC). null = "
        "the run's start time; either way the manifest records it.")
    eval_fraction: float = _opt(
        0.1, help="Fraction of eligible members held out for evaluation (split by member, never "
        "by post): more gives a steadier eval loss, fewer members to train on.")


@dataclass
class PolicyConfig:
    """Which consent setting counts, which kinds of content and which regions are allowed."""

    setting: str = _opt("generative_ai_training",
                        help="The consent setting a member must have opted into; any other needs "
                        "policy.acknowledge=[non_default_setting].")
    allowed_kinds: list[str] = _opt(
        factory=lambda: ["post", "article", "comment"], choices=ELIGIBLE_KINDS,
        help="Kinds of content that may be trained on; private messages never are.")
    excluded_regions: list[str] = _opt(
        factory=lambda: list(DEFAULT_EXCLUDED_REGIONS),
        help="Regions (ISO codes or group aliases such as EEA) whose members are never used; "
        "fewer than the default needs policy.acknowledge=[fewer_excluded_regions].")
    extra_excluded_regions: list[str] = _opt(
        factory=list, help="Regions (or group aliases such as EEA) excluded on top of "
        "excluded_regions.")
    acknowledge: list[str] = _opt(
        factory=list,
        choices=ACKNOWLEDGEMENTS + ROSTER_ACKNOWLEDGEMENTS + PRIVACY_ACKNOWLEDGEMENTS,
        help="Explicit, recorded acknowledgements of settings or data that weaken the policy or "
        "the guarantee (unkeyed_member_names: roster display names that yield no name key); a "
        "weakening without its acknowledgement is refused.")


@dataclass
class RedactionConfig:
    """Which PII types are removed and the placeholder each becomes."""

    enabled_types: list[str] | None = _opt(
        None, choices=REDACTION_TYPES,
        help="PII types to remove; null = every type the engine knows. Disabling one needs "
        "policy.acknowledge=[redaction_types_disabled] and is recorded in the manifest.")
    placeholders: dict[str, str] = _opt(
        factory=dict, help='Overrides of the default placeholders, e.g. {EMAIL: "<email>"}.')
    name_tagger: bool = _opt(
        True, help="Also redact what a learned name tagger (redact/name_tagger.py, sha256-pinned "
        "weights) tags as a name. Off or a higher threshold redacts fewer names: needs "
        "policy.acknowledge=[weaker_name_redaction], recorded in the manifest.")
    name_tagger_threshold: float = _opt(
        0.7, help="P(name) from which the tagger redacts a token, in (0, 1): lower redacts more. "
        "0.7 is v9's operating point (raw 0.75, chosen on held-out sets); above it needs "
        "policy.acknowledge=[weaker_name_redaction].")


@dataclass
class ModelConfig:
    """The base causal LM (each conf/model/*.yaml sets these)."""

    kind: str = _opt(MISSING, choices=BASE_KINDS,
                     help="Which base model; set by the model=... group, never by hand.")
    name_or_path: str | None = _opt(
        None, help="Local checkpoint directory (or hub id, with network) for model=hf; "
        "ignored otherwise.")
    max_seq_len: int = _opt(48, help="Tokens per post; longer posts are truncated. Cost is "
                            "linear in it.")
    dtype: Dtype = _opt(Dtype.auto, help="auto = bf16 autocast on GPUs that support it, else "
                        "fp32. LoRA weights, clipping and noise stay fp32 either way.")


@dataclass
class LoraConfig:
    """LoRA adapter settings (peft)."""

    r: int = _opt(1, help="Rank: more capacity, and more coordinates for the DP noise to cover "
                  "(rank 1 kept 25 % of the non-private gain at eps 8 on the main job, rank 8 "
                  "17 %: docs/audit.md).")
    alpha: int = _opt(16, help="The LoRA update is scaled by alpha / r.")
    dropout: float = _opt(0.0, help="Dropout on the LoRA input; rows stay independent, so "
                          "per-unit clipping still holds.")
    target_modules: list[str] = _opt(factory=lambda: ["q_proj", "v_proj"],
                                     help="Linear layers that get an adapter: more layers, more "
                                     "capacity and more noise to cover.")


@dataclass
class PrivacyConfig:
    """DP-SGD settings; the member is the privacy unit by default."""

    unit: Unit = _opt(Unit.member, help="member = user-level DP (a member's whole history is "
                      "protected); post = only single posts are (weaker, for comparisons).")
    target_epsilon: float | None = _opt(
        8.0, help="Noise is calibrated to reach this epsilon after the planned steps; lower = "
        "more private, noisier model. Set this or noise_multiplier.")
    delta: float = _opt(1e-5, help="The DP delta; must be <= 1 / (10 x training units) unless "
                        "policy.acknowledge=[large_delta].")
    max_grad_norm: float = _opt(1.0, help="Per-unit clipping bound C: lower clips more signal, "
                                "higher needs more noise for the same epsilon.")
    max_posts_per_member: int = _opt(
        1, help="A sampled member contributes at most this many posts: more data per step, "
        "same per-member bound.")
    accountant: Accountant = _opt(Accountant.prv, help="prv = tight epsilon (Opacus PRV); "
                                  "rdp = the looser, classic Renyi bound.")
    noise_multiplier: float | None = _opt(
        None, help="Set instead of target_epsilon to fix sigma directly; epsilon is then "
        "computed from it.")
    enabled: bool = _opt(True, help="false = the NON-PRIVATE baseline (same loop, no clipping, "
                         "no noise, no guarantee) for measuring what privacy costs; needs "
                         "policy.acknowledge=[non_private].")
    reproducible_noise: bool = _opt(
        False, help="true = noise and sampling seeded from `seed` (tests, debugging): anyone can "
        "regenerate the noise, so the run carries NO DP guarantee.")


@dataclass
class TrainConfig:
    """Optimisation and loop settings."""

    expected_batch_units: int = _opt(
        16, help="Expected units per step (sample rate = this / training units): larger "
        "batches average the noise away, at more compute per step.")
    epochs: float = _opt(1.0, help="When steps is null: planned steps = ceil(epochs / sample "
                         "rate). More epochs, more epsilon (or more noise).")
    steps: int | None = _opt(15, help="Planned steps; the noise is calibrated for exactly "
                             "these. null = derived from epochs.")
    max_steps: int | None = _opt(None, help="Stop early; epsilon is reported for the steps "
                                 "actually taken.")
    lr: float = _opt(5e-3, help="AdamW learning rate on the noised gradient (post-processing: "
                     "no privacy cost).")
    weight_decay: float = _opt(0.0, help="AdamW weight decay.")
    physical_batch_rows: int = _opt(64, help="Rows per forward/backward (memory); a step may "
                                    "take several. Does not change the result.")
    eval_max_members: int = _opt(32, help="Held-out members evaluated (base and trained): more "
                                 "is steadier and slower.")
    checkpoint_every: int = _opt(0, help="Also checkpoint every this many steps (0 = by time "
                                 "only).")
    checkpoint_every_s: float = _opt(
        60.0, help="Checkpoint when this many seconds passed since the last (and at the end); "
        "a killed run resumes from the last one. 0 = only at the end.")
    device: Device = _opt(Device.auto, help="auto = cuda when visible, else cpu.")
    fixed_shapes: bool | None = _opt(
        None, help="Pad every micro-batch to physical_batch_rows x max_seq_len: compiled graphs "
        "are reused and the host never waits, at the cost of padding. null = on for cuda only.")
    pack_posts: bool = _opt(
        False, help="Pack a member's posts into shared rows (each post attends only to itself; "
        "same loss and gradient, far less padding). No effect under privacy.unit=post.")
    compile: bool = _opt(False, help="torch.compile each decoder layer: faster steps after slow "
                         "first ones; needs a C compiler.")
    shard_base: bool = _opt(
        False, help="Under torchrun: shard the frozen base's weights over the ranks with FSDP2 "
        "(each holds 1/N), for a base that does not fit one device; LoRA weights and the DP step "
        "unchanged (docs/distributed.md).")
    progress: bool = _opt(True, help="Progress bar with loss and epsilon spent (stderr).")


@dataclass
class RunConfig:
    """The root config of `python -m trainer.train`."""

    data: DataConfig = _opt(factory=DataConfig, help="Input tables and the consent snapshot.")
    policy: PolicyConfig = _opt(factory=PolicyConfig, help="The consent policy.")
    redaction: RedactionConfig = _opt(factory=RedactionConfig, help="PII redaction.")
    model: ModelConfig = _opt(MISSING, help="The base model (pick with model=...).")
    lora: LoraConfig = _opt(factory=LoraConfig, help="The LoRA adapter.")
    privacy: PrivacyConfig = _opt(factory=PrivacyConfig, help="DP-SGD.")
    train: TrainConfig = _opt(factory=TrainConfig, help="The training loop.")
    seed: int = _opt(0, help="LoRA init, the train/eval split, the per-member post choice; never "
                     "the DP noise or sampling (OS entropy) unless privacy.reproducible_noise.")
    dry_run: bool = _opt(False, help="Stop after eligibility and redaction (the manifest is "
                         "still written): check the consent funnel before training.")
    resume: str | None = _opt(None, help="A run directory whose last checkpoint to continue, "
                              "with that run's settings.")
    replaces: str | None = _opt(None, help="Id of a run this one retrains (recorded as "
                                "run.replaces).")
    cache_dir: str = _opt("${oc.env:TRAINER_CACHE,${repo_root:}/.cache}",
                          help="Converted models and the tiny tokenizer ($TRAINER_CACHE wins).")


SECTIONS: dict[str, type] = {
    "data": DataConfig, "policy": PolicyConfig, "redaction": RedactionConfig,
    "model": ModelConfig, "lora": LoraConfig, "privacy": PrivacyConfig, "train": TrainConfig,
}


def register_configs() -> None:
    """Register the schema so `conf/config.yaml` is validated against it. The model group's
    YAMLs are typed by RunConfig.model; the schema itself is no `model=` choice."""
    ConfigStore.instance().store(name="run_schema", node=RunConfig)
