"""The legal basis of every included member (issue: the reviewer's experience): the opt-in that
admitted them, in a digest-checked file, and each excluded author counted once by reason."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.manifest.verify import verify_run
from trainer.train import train
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = "2026-06-30T00:00:00Z"


def test_each_included_member_has_the_opt_in_that_admitted_them(compose_cfg, tmp_path,
                                                                 fixed_clock):
    ensure_demo_data(REPO / "data" / "demo")
    run = tmp_path / "run"
    m = train(compose_cfg("+experiment=smoke", f"data.snapshot_at={SNAPSHOT}", "dry_run=true",
                          "train.progress=false"), run_dir=run)
    data = m["data"]
    rows = [line.split("\t") for line in (run / "consent_basis.tsv").read_text().splitlines()]
    members = (run / "included_members.txt").read_text().split()
    assert [r[0] for r in rows] == members == sorted(members)  # one per included member
    assert data["consent_basis"]["count"] == len(members) == 1183
    assert all(r[1] <= SNAPSHOT.replace(".000", "") for r in rows)  # consented by the snapshot
    assert {r[2] for r in rows} == set(m["consent"]["policy_versions"])
    # every known author with no included post is counted once, by their main reason
    assert data["excluded_members"]["withdrawn_since_snapshot"] == 51
    assert data["excluded_members"]["excluded_region"] == 1186
    assert verify_run(run, key=None, check_data=False).ok

    # a changed line (another policy version) is caught by verify
    text = (run / "consent_basis.tsv").read_text().replace("\t2023-06\n", "\t2025-09\n", 1)
    (run / "consent_basis.tsv").write_text(text)
    report = verify_run(run, key=None, check_data=False)
    assert not report.ok
    assert any("consent_basis.tsv" in c.name and c.status == "failed" for c in report.checks)
    assert json.loads((run / "manifest.json").read_text())["data"]["consent_basis"]["file"] == \
        "consent_basis.tsv"
