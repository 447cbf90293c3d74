"""The whole story on the demo data with the tiny model: two runs at two snapshots, a member
withdraws, consent-changes names them in the right run, the run is retired, suggest refuses it,
a dry-run retrain shows them gone, and the retrained run does not list them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.errors import UserError
from trainer.registry.cli import cli
from trainer.train import train
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "data" / "demo"
EARLY, SNAPSHOT = "2026-01-01T00:00:00Z", "2026-06-30T00:00:00Z"
WITHDRAWN_AT, LATER = "2026-07-15T00:00:00Z", "2026-08-01T00:00:00Z"
SMOKE = ("+experiment=smoke", "train.steps=2", "train.expected_batch_units=8",
         "train.eval_max_members=8", "train.progress=false", "privacy.target_epsilon=4",
         "privacy.accountant=rdp")


def invoke(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


def ids(path: Path) -> set[str]:
    return set(path.read_text().split())


def quiet_after(consent: Path, instant: str) -> set[str]:
    """Members with no consent event after `instant` (or an unreadable one) in the demo data."""
    busy = set()
    for line in consent.read_text().splitlines():
        row = json.loads(line)
        at = row.get("at")
        if not (isinstance(at, str) and at[:4].isdigit() and at <= instant):
            busy.add(row.get("member_id"))
    return busy


@pytest.mark.slow
def test_a_withdrawal_reaches_every_run_that_trained_on_the_member(compose_cfg, tmp_path):
    ensure_demo_data(DEMO)
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)  # the platform's live tables, which change below
    tables = [f"data.{t}={data / f'{t}.jsonl'}" for t in ("members", "consent", "posts")]
    outputs = tmp_path / "outputs"

    # 1. Two runs at two snapshots.
    for name, snapshot in (("early", EARLY), ("june", SNAPSHOT)):
        overrides = [*SMOKE, *tables, f"data.snapshot_at={snapshot}"]
        manifest = train(compose_cfg(*overrides), run_dir=outputs / name, overrides=overrides)
        assert manifest["run"]["status"] == "completed"
    june_id = json.loads((outputs / "june" / "manifest.json").read_text())["run"]["id"]
    candidates = ids(outputs / "june" / "train_members.txt") \
        - ids(outputs / "early" / "included_members.txt") \
        - quiet_after(data / "consent.jsonl", SNAPSHOT)
    member = sorted(candidates)[0]  # trained in June only, opted in between the snapshots
    invoke("index", str(outputs))
    assert len(invoke("find-member", member).splitlines()) == 2  # the June run, the summary

    # 2. The member withdraws.
    with open(data / "consent.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"member_id": member, "setting": "generative_ai_training",
                             "value": False, "at": WITHDRAWN_AT,
                             "policy_version": "2024-11"}) + "\n")

    # 3. consent-changes names them in the June run, and not in the early one.
    changes = json.loads(invoke(
        "consent-changes", "--consent", str(data / "consent.jsonl"), "--members",
        str(data / "members.jsonl"), "--posts", str(data / "posts.jsonl"), "--at", LATER,
        "--format", "json"))
    named = {r["run_id"]: dict(zip(r["members"], r["reasons"], strict=True))
             for r in changes["runs"]}
    assert named[june_id][member] == "consent_withdrawn"
    assert all(member not in lost for run, lost in named.items() if run != june_id)

    # 4. Retire the June run; 5. suggest refuses its adapter.
    invoke("retire", june_id, "--reason", "consent withdrawn")
    from trainer.suggest import suggest

    with pytest.raises(UserError, match=f"run {june_id} was retired"):
        suggest(run_dir=outputs / "june", prompt="Hello team,", num=1, max_new_tokens=2)
    assert "RETIRED" in invoke("find-member", member)

    # 6. A dry-run retrain shows them gone, with the epsilon the new run would report.
    plan = json.loads(invoke("retrain", june_id, "--at", LATER, "--dry-run",
                             "--format", "json"))
    assert {"id": member, "reason": "consent_withdrawn"} in plan["removed"]
    assert 0 < plan["privacy_after"]["epsilon"] <= 4.0
    assert not (outputs / "retrained").exists()  # nothing trained

    # 7. The retrained run does not list them; it records which run it replaces.
    invoke("retrain", june_id, "--at", LATER, "--out", str(outputs / "retrained"))
    new = json.loads((outputs / "retrained" / "manifest.json").read_text())
    assert new["run"]["status"] == "completed" and new["run"]["replaces"] == june_id
    assert new["consent"]["snapshot_at"] == LATER
    assert member not in ids(outputs / "retrained" / "included_members.txt")
    found = json.loads(invoke("find-member", member, "--format", "json"))
    assert [h["run_id"] for h in found["hits"]] == [june_id]
    assert found["hits"][0]["retired"]["reason"] == "consent withdrawn"
    stayed = sorted(ids(outputs / "retrained" / "train_members.txt")
                    & ids(outputs / "june" / "train_members.txt"))[0]
    hits = json.loads(invoke("find-member", stayed, "--format", "json"))["hits"]
    assert {h["run_id"]: h["replaces"] for h in hits}[new["run"]["id"]] == june_id
