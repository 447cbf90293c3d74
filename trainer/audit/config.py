"""The audit's structured config: the training config (the run being audited) plus `audit`."""

from __future__ import annotations

from dataclasses import dataclass, field

from hydra.core.config_store import ConfigStore

from trainer.audit.canaries import FORMATS
from trainer.config import RunConfig, register_configs
from trainer.errors import UserError


@dataclass
class AuditConfig:
    """Canaries, the one-run audit's confidence, and the exposure and extraction attacks."""

    canaries: int = 128  # m: more canaries = a tighter lower bound, and more training units
    formats: list[str] = field(default_factory=lambda: list(FORMATS))  # cycled over canaries
    repeats: int = 1  # copies of each canary's post (kept only up to privacy.max_posts_per_member)
    candidates: int = 127  # secrets each one is ranked among: exposure is at most log2(n+1) bits
    confidence: float = 0.95  # of the epsilon lower bound
    extraction_samples: int = 4  # continuations sampled per canary prefix
    extraction_temperature: float = 0.5
    seed: int | None = None  # null = OS entropy (recorded in the private canary file)
    keep_tables: bool = False  # keep the input tables copied with canaries (post text!) after


@dataclass
class AuditRunConfig(RunConfig):
    """The root config of `python -m trainer.audit`: a training config plus `audit`."""

    audit: AuditConfig = field(default_factory=AuditConfig)


def register_audit_configs() -> None:
    register_configs()
    ConfigStore.instance().store(name="audit_schema", node=AuditRunConfig)


def validate_audit(a) -> None:
    """Fail before training on audit settings that cannot work."""
    if a.canaries < 2:
        raise UserError("audit.canaries must be >= 2 (the one-run audit needs several canaries)")
    unknown = [f for f in a.formats if f not in FORMATS]
    if unknown or not a.formats:
        raise UserError(f"audit.formats: {unknown or 'empty'}; use some of {', '.join(FORMATS)}")
    if a.repeats < 1 or a.candidates < 1 or a.extraction_samples < 0:
        raise UserError("audit.repeats and audit.candidates must be >= 1, "
                        "audit.extraction_samples >= 0")
    if not 0.5 <= a.confidence < 1.0:
        raise UserError("audit.confidence must be in [0.5, 1), e.g. 0.95")
    if not a.extraction_temperature > 0:
        raise UserError("audit.extraction_temperature must be > 0")
