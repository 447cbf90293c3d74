"""Structured configs: one dataclass per concern, registered in Hydra's ConfigStore.

A typo in an override fails at once (structured configs are closed), every field documents itself
(`metadata={"help": ...}`, shown by `python -m trainer.train --help`), and every cross-field rule
is checked in ``validate`` before any data is read. Choices are imported from the module that owns
them (accountants, units, devices, model kinds), never restated here.
"""

from __future__ import annotations

import functools
import math
import os
import secrets
import sys
import textwrap
import typing
from dataclasses import MISSING as NO_DEFAULT
from dataclasses import dataclass, field, fields, is_dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from hydra.core.config_store import ConfigStore
from hydra.errors import CompactHydraException
from omegaconf import MISSING, DictConfig, ListConfig, OmegaConf

from trainer.data.eligibility import KINDS as CONTENT_KINDS
from trainer.data.eligibility import NEVER_ELIGIBLE_KINDS
from trainer.data.policy import ACKNOWLEDGEMENTS
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.device import DEVICES, DTYPES
from trainer.errors import UserError
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
        factory=list, choices=ACKNOWLEDGEMENTS + PRIVACY_ACKNOWLEDGEMENTS,
        help="Explicit, recorded acknowledgements of settings that weaken the policy or the "
        "guarantee; a weakening setting without its acknowledgement is refused.")


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
        False, help="Also redact what a learned name tagger (redact/name_tagger.py, sha256-pinned "
        "weights) tags as a name. On two sets it never saw: names +0.02 and +0.10 over the "
        "rules, +1.4-1.6 false positives per 1,000 words. Only adds redactions.")
    name_tagger_threshold: float = _opt(
        0.7, help="P(name) from which the tagger redacts a token, in (0, 1): lower redacts more. "
        "0.7 is v4's precision point (the raw model's 0.9); 0.38 gives v3's recall.")


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


_SECTIONS: dict[str, type] = {
    "data": DataConfig, "policy": PolicyConfig, "redaction": RedactionConfig,
    "model": ModelConfig, "lora": LoraConfig, "privacy": PrivacyConfig, "train": TrainConfig,
}


def register_configs() -> None:
    """Register the schema so `conf/config.yaml` is validated against it. The model group's
    YAMLs are typed by RunConfig.model; the schema itself is no `model=` choice."""
    ConfigStore.instance().store(name="run_schema", node=RunConfig)


class Option(NamedTuple):
    """One leaf of the schema, as `--help` and docs/config-reference.md show it."""

    name: str  # dotted, as written in an override
    type: str
    default: Any  # the value in the composed config (or the schema's default)
    choices: tuple[str, ...] | None
    help: str


def options(cfg: Any = None) -> list[Option]:
    """Every leaf option of RunConfig with its help; defaults from `cfg` (unresolved) if given."""
    values = (OmegaConf.to_container(cfg, resolve=False, enum_to_str=True)
              if cfg is not None else None)
    return list(_options(RunConfig, "", values))


def _options(schema: type, prefix: str, values: Any) -> typing.Iterator[Option]:
    hints = typing.get_type_hints(schema)
    for f in fields(schema):
        name, tp = f"{prefix}{f.name}", hints[f.name]
        if is_dataclass(tp):
            sub = values.get(f.name) if isinstance(values, dict) else None
            yield from _options(tp, f"{name}.", sub if isinstance(sub, dict) else None)
            continue
        if isinstance(values, dict) and f.name in values:
            default = values[f.name]
        elif f.default_factory is not NO_DEFAULT:
            default = f.default_factory()
        else:
            default = f.default
        if isinstance(default, Enum):
            default = default.value
        yield Option(name, _type_name(tp), default, _choices_of(f, tp), f.metadata["help"])


def _choices_of(f: Any, tp: Any) -> tuple[str, ...] | None:
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tuple(m.name for m in tp)
    return f.metadata.get("choices")


def _type_name(tp: Any) -> str:
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "choice"
    if isinstance(tp, type):
        return tp.__name__
    return str(tp).replace("typing.", "")


def show(value: Any) -> str:
    """A value as it is written in YAML or an override."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    return str(value)


def help_text(cfg: Any = None, *, width: int = 100) -> str:
    """The options part of `--help`: each option, its type or choices, its value, its help."""
    lines = []
    for opt in options(cfg):
        kind = " | ".join(opt.choices) if opt.choices else opt.type
        if opt.choices and opt.type.startswith("list"):
            kind = f"list of {kind}"
        lines += textwrap.wrap(f"{opt.name}: {kind} = {show(opt.default)}", width=width,
                               initial_indent="  ", subsequent_indent=" " * 8,
                               break_long_words=False, break_on_hyphens=False)
        lines += textwrap.wrap(opt.help, width=width, initial_indent=" " * 6,
                               subsequent_indent=" " * 6, break_on_hyphens=False)
    return "\n".join(lines)


HELP_HEADER = """\
python -m trainer.train [group=option ...] [key=value ...]

Consent-checked, redacted, DP-SGD LoRA fine-tuning. Every option below can be overridden on the
command line (key=value; lists as key=[a,b]); a typo or a value outside the choices is refused.
Examples:
  python -m trainer.train +experiment=smoke                 (tiny model, seconds on a CPU)
  python -m trainer.train privacy.target_epsilon=4 dry_run=true
  python -m trainer.train --cfg job model=tiny              (print the composed config)
"""


def _hydra_help(*, _root_: Any) -> str:
    """`hydra.help.template` (conf/config.yaml): generated from the schema and the composed
    config, so `--help model=tiny` shows the tiny model's values. `$` is doubled for Hydra's
    string.Template; the $APP_CONFIG_GROUPS placeholder lists the groups."""
    body = help_text(_root_).replace("$", "$$")
    return (HELP_HEADER.replace("$", "$$") + "\n== Config groups (group=option) ==\n"
            "$APP_CONFIG_GROUPS\n== Options (name: type or choices = value with these "
            "overrides) ==\n" + body + "\n")


if not OmegaConf.has_resolver("trainer_help"):
    OmegaConf.register_new_resolver("trainer_help", _hydra_help)


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
