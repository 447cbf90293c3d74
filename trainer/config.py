"""The run's configuration, as callers import it: the schema, its option listing, its checks.

Three modules, one job each: ``config_schema`` (the structured-config dataclasses, registered in
Hydra's ConfigStore), ``config_options`` (every option with its help, for `--help` and
docs/config-reference.md) and ``config_checks`` (cross-field validation before any data is read,
and one-line errors). Hydra's `conf/` folder sits next to this file.
"""

from __future__ import annotations

from trainer.config_checks import config_error_line, one_line_errors, validate
from trainer.config_options import Option, options, show
from trainer.config_schema import (
    ELIGIBLE_KINDS,
    SECTIONS,
    Accountant,
    Device,
    Dtype,
    ModelConfig,
    PolicyConfig,
    RunConfig,
    Unit,
    register_configs,
)

__all__ = [
    "ELIGIBLE_KINDS", "SECTIONS", "Accountant", "Device", "Dtype", "ModelConfig", "Option",
    "PolicyConfig", "RunConfig", "Unit", "config_error_line", "one_line_errors", "options",
    "register_configs", "show", "validate",
]
