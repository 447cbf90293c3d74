"""audit.json read back against the manifest it names; a few lines of it for `manifest show`."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.errors import UserError
from trainer.manifest.io import manifest_digest, read_manifest

AUDIT_FILE = "audit.json"  # beside the audited run's manifest.json


def read_audit(run_dir: Path | str) -> dict:
    """`run_dir/audit.json`, with `manifest_matches`: does it name this run's manifest digest?"""
    path = Path(run_dir) / AUDIT_FILE
    if not path.is_file():
        raise UserError(f"{path}: no audit here; run `python -m trainer.audit`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise UserError(f"{path}: not readable JSON") from err
    recorded = (data.get("manifest") or {}).get("digest")
    data["manifest_matches"] = recorded == manifest_digest(read_manifest(run_dir))
    return data


def audit_lines(run_dir: Path | str) -> list[str]:
    """Lines summarising `run_dir/audit.json`; [] when the run was not audited."""
    if not (Path(run_dir) / AUDIT_FILE).is_file():
        return []
    a = read_audit(Path(run_dir))
    claimed = a["claimed_epsilon"]
    claim = f"claimed {claimed:.2f}" if claimed is not None else "NOT differentially private"
    ok = "" if a["manifest_matches"] else "  (MISMATCH: audit.json is not about this manifest)"
    flag = "  EXCEEDS THE CLAIM: a privacy bug" if a["bound_exceeds_claim"] else ""
    exp = ", ".join(f"{f} {e['in']['mean_bits']:.2f}/{e['in']['max_bits']:.2f}"
                    for f, e in a["exposure"].items() if e["in"]["count"])
    return [
        f"audit: epsilon >= {a['epsilon_lower_bound']:.2f} at {a['confidence']:.0%} "
        f"({claim}){flag}{ok}",
        f"  canaries: {a['canaries']['in']} in, {a['canaries']['out']} out; "
        f"exposure bits mean/max (chance {a['exposure_chance_mean_bits']:.2f}): {exp}",
        f"  extracted: {a['extraction']['successes_in']} of {a['canaries']['in']} in-canaries",
    ]
