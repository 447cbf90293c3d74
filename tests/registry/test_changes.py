"""consent-changes judges by the training rules: the same eligible set as `decide`, on the demo."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner
from registry_helpers import build_run

from trainer.data.tables import read_table
from trainer.registry.changes import decide_at, judge, probe_posts
from trainer.registry.cli import cli
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "data" / "demo"
POLICY = {"setting": "generative_ai_training", "allowed_kinds": ["post", "article", "comment"],
          "excluded_regions": ["DE", "FR", "GB"]}


@pytest.fixture(scope="module")
def demo_tables() -> dict[str, pa.Table]:
    ensure_demo_data(DEMO)
    return {name: read_table(name, DEMO / f"{name}.jsonl")[0]
            for name in ("members", "consent", "posts")}


@pytest.mark.parametrize("at", ["2025-01-01T00:00:00Z", "2026-06-30T00:00:00Z"])
def test_judge_finds_exactly_the_members_decide_includes(demo_tables, at):
    snapshot = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(UTC)
    judged = judge(demo_tables, snapshot, POLICY)
    expected = decide_at(demo_tables, snapshot, POLICY, demo_tables["posts"])
    assert sorted(judged.eligible.to_pylist()) == expected.included_member_ids
    roster = demo_tables["members"].column("member_id").combine_chunks()
    no_posts = {k: v for k, v in demo_tables.items() if k != "posts"}
    member_level = judge(no_posts, snapshot, POLICY).eligible.to_pylist()
    probed = decide_at(demo_tables, snapshot, POLICY, probe_posts(roster, POLICY))
    assert sorted(member_level) == probed.included_member_ids
    assert set(expected.included_member_ids) <= set(member_level)


def test_every_excluded_member_gets_a_reason_of_the_eligibility_rules(demo_tables):
    from trainer.data.eligibility import REASONS

    snapshot = datetime(2026, 6, 30, tzinfo=UTC)
    judged = judge(demo_tables, snapshot, POLICY)
    roster = set(demo_tables["members"].column("member_id").to_pylist()) - {None}
    out = sorted(roster - set(judged.eligible.to_pylist()))[:300]
    reasons = judged.reasons(out + ["m-never-existed"])
    assert reasons["m-never-existed"] == ("unknown_member", ["unknown_member"])
    assert {r for r, _ in reasons.values()} <= {*REASONS, "no_posts"}
    assert {"no_consent", "consent_withdrawn", "excluded_region"} <= {
        r for r, _ in reasons.values()}


def test_retrain_refuses_a_run_that_does_not_verify(tmp_path):
    run = build_run(tmp_path / "outputs" / "a", members=["m1", "m2", "m3"])
    m = json.loads((run / "manifest.json").read_text())
    m["config"]["resolved"]["privacy"]["target_epsilon"] = 50.0  # a weaker privacy target
    (run / "manifest.json").write_text(json.dumps(m))
    result = CliRunner().invoke(cli, ["retrain", str(run), "--dry-run"])
    assert result.exit_code == 1
    assert "the run does not verify (" in result.output
    assert "its config cannot be trusted for a retrain" in result.output
