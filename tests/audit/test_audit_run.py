"""`trainer.audit` end to end on the tiny model: a DP run's lower bound stays below its claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.audit.report import audit_lines, read_audit
from trainer.audit.run import CANARY_FILE, audit
from trainer.manifest.cli import cli as manifest_cli
from trainer.redact import Redactor
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def compose_audit():
    from hydra import compose, initialize_config_dir

    from trainer.audit.config import register_audit_configs

    register_audit_configs()

    def _compose(*overrides: str):
        with initialize_config_dir(config_dir=str(REPO / "conf"), version_base="1.3"):
            return compose(config_name="audit", overrides=list(overrides))

    return _compose


def test_small_dp_audit_stays_below_the_claimed_epsilon(compose_audit, tmp_path):
    ensure_demo_data(REPO / "data" / "demo")
    overrides = ["+experiment=smoke", "data.snapshot_at=2026-06-30T00:00:00Z",
                 "train.progress=false", "privacy.accountant=rdp", "privacy.target_epsilon=2",
                 "audit.canaries=24", "audit.candidates=15", "audit.extraction_samples=1"]
    cfg = compose_audit(*overrides)
    result = audit(cfg, audit_dir=tmp_path, overrides=overrides)

    assert result["differentially_private"] and result["claimed_epsilon"] <= 2.0 + 1e-9
    assert 0.0 <= result["epsilon_lower_bound"] <= result["claimed_epsilon"]
    assert result["confidence"] == 0.95 and not result["bound_exceeds_claim"]
    assert result["canaries"]["in"] + result["canaries"]["out"] == 24
    # PII secrets never survive; a passphrase survives unless the redactor takes one of its
    # words (none of the 256 today: test_canaries checks each), so the count is checked against
    # the redactor itself, for this run's own draw
    private = json.loads((tmp_path / CANARY_FILE).read_text())
    redactor = Redactor.from_members([c["display_name"] for c in private["canaries"]])
    kept = sum(c["secret"] in redactor.redact(f'{c["prefix"]} {c["secret"]}').text
               for c in private["canaries"] if c["format"] == "passphrase")
    for fmt, e in result["exposure"].items():
        assert e["secrets_surviving_redaction"] == (0 if e["pii"] else kept), fmt
        for group in ("in", "out"):
            if e[group]["count"]:
                assert 0.0 <= e[group]["mean_bits"] <= e[group]["max_bits"] <= 4.0
    assert kept >= 5  # six passphrases: more than one taken would be a redaction regression
    # audit.json names this run's manifest; the training saw exactly the included canaries
    on_disk = read_audit(tmp_path)
    assert on_disk["manifest_matches"] and on_disk["run_id"] == result["run_id"]
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert "audit" not in manifest["config"]["resolved"]
    trained = set((tmp_path / "train_members.txt").read_text().split())
    for c in private["canaries"]:
        assert (c["member_id"] in trained) == c["included"]
    # the secrets live only in the private canary file, never in the manifest or audit.json
    secrets = [c["secret"] for c in private["canaries"]]
    public = (tmp_path / "manifest.json").read_text() + (tmp_path / "audit.json").read_text()
    assert not any(s in public for s in secrets)
    assert private["seed_source"] == "os_entropy"
    assert not (tmp_path / "data").exists()  # the table copies (post text) are removed
    lines = audit_lines(tmp_path)
    assert lines[0].startswith("audit: epsilon >= ") and "claimed 2.00" in lines[0]
    assert audit_lines(tmp_path / "adapter") == []
    shown = CliRunner().invoke(manifest_cli, ["show", str(tmp_path)])
    assert shown.exit_code == 0 and "\nAUDIT\n  audit: epsilon >= " in shown.output


def test_audit_lines_flag_a_manifest_that_changed(compose_audit, tmp_path):
    manifest = {"schema_version": "1.0", "run": {"id": "r"}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    audit_json = {
        "manifest": {"digest": "0" * 64}, "claimed_epsilon": None, "epsilon_lower_bound": 1.5,
        "confidence": 0.95, "bound_exceeds_claim": False,
        "canaries": {"in": 3, "out": 2}, "exposure_chance_mean_bits": 1.3,
        "exposure": {"passphrase": {"in": {"count": 3, "mean_bits": 5.0, "max_bits": 7.0}}},
        "extraction": {"successes_in": 1},
    }
    (tmp_path / "audit.json").write_text(json.dumps(audit_json))
    lines = audit_lines(tmp_path)
    assert "NOT differentially private" in lines[0] and "MISMATCH" in lines[0]
    assert "passphrase 5.00/7.00" in lines[1] and "1 of 3" in lines[2]
