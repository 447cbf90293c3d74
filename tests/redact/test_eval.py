"""The evaluation script meets its targets on a small seeded set (a regression guard)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_redaction.py"


def test_eval_script_meets_targets(tmp_path):
    spec = importlib.util.spec_from_file_location("eval_redaction", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "eval.json"
    assert module.main(["--n", "400", "--seed", "3", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["lookalike_survival"] >= 0.98
    assert min(report["recall"][k] for k in ("EMAIL", "PHONE", "URL", "CARD", "IBAN")) >= 0.99
