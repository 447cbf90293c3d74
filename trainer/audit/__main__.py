"""`python -m trainer.audit`: train with canaries, then write audit.json (trainer/audit/run.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import hydra
from omegaconf import DictConfig

from trainer.audit.config import register_audit_configs
from trainer.audit.report import audit_lines
from trainer.audit.run import audit
from trainer.errors import UserError

register_audit_configs()


@hydra.main(version_base="1.3", config_path="../conf", config_name="audit")
def main(cfg: DictConfig) -> None:
    from hydra.core.hydra_config import HydraConfig

    hc = HydraConfig.get()
    out = Path(hc.runtime.output_dir)
    try:
        audit(cfg, audit_dir=out, overrides=list(hc.overrides.task))
    except UserError as err:
        print(f"Error: {err}", file=sys.stderr)
        sys.exit(1)
    print("\n".join(audit_lines(out)))


if __name__ == "__main__":
    main()
