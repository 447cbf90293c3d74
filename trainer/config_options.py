"""The schema's options as a list and as `--help` text (also docs/config-reference.md's source).

Each leaf of ``RunConfig`` becomes an ``Option`` (dotted name, type, value, choices, help); the
``trainer_help`` resolver renders them for Hydra's help template, so `--help model=tiny` shows the
tiny model's values.
"""

from __future__ import annotations

import textwrap
import typing
from dataclasses import MISSING as NO_DEFAULT
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any, NamedTuple

from omegaconf import OmegaConf

from trainer.config_schema import RunConfig


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
