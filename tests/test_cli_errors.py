"""One case per former traceback or silent acceptance of `python -m trainer.train` (the fail-closed
audit): each must end in ONE line `Error: ...` naming the option, exit status 1, no traceback,
and no run directory left behind when the config itself was wrong.

The CLI runs in-process (Hydra's real entry point with a patched argv): the same code path as the
shell, without paying a torch import per case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_cli

from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
SMOKE = ("+experiment=smoke", "data.snapshot_at=2026-06-30T00:00:00Z", "train.progress=false")


@pytest.fixture(scope="module", autouse=True)
def demo_data():
    ensure_demo_data(REPO / "data" / "demo")


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


CONFIG_ERRORS = [
    (("train.lr=inf",), "train.lr"),
    (("privacy.target_epsilon=null", "privacy.noise_multiplier=nan"), "privacy.noise_multiplier"),
    (("privacy.max_grad_norm=inf",), "privacy.max_grad_norm"),
    (("train.steps=null", "train.epochs=0"), "train.epochs"),
    (("train.steps=null", "train.epochs=-1"), "train.epochs"),
    (("train.steps=null", "train.epochs=nan"), "train.epochs"),
    (("+privacy.target_epsilom=4",), "privacy.target_epsilom"),  # a typo never becomes a default
    (("+foo=1",), "foo"),
    (("+train.stepz=3",), "train.stepz"),
    (("model=model_schema",), "model"),
    (("privacy.enabled=false",), "non_private"),  # the baseline is never reached by accident
    (("policy.acknowledge=[few_unitz]",), "few_unitz"),
]


@pytest.mark.parametrize(("overrides", "needle"), CONFIG_ERRORS,
                         ids=[" ".join(o) for o, _ in CONFIG_ERRORS])
def test_config_errors_are_one_line_and_leave_no_run_dir(tmp_path, overrides, needle):
    run_dir = tmp_path / "run"
    code, _, err = run_cli(*SMOKE, *overrides, f"hydra.run.dir={run_dir}")
    assert_one_line_error(code, err, needle)
    assert not run_dir.exists()


DATA_ERRORS = [
    (("data.snapshot_at=0001-01-01T00:00:00+01:00",), "data.snapshot_at"),
    (("data.snapshot_at=9999-12-31T23:59:59-01:00",), "data.snapshot_at"),
    (("policy.excluded_regions=[]",), "fewer_excluded_regions"),
    (("policy.setting=marketing_emails",), "non_default_setting"),
    (("data.snapshot_at=2099-01-01",), "future_snapshot"),
    (("redaction.enabled_types=[EMAIL]",), "redaction_types_disabled"),
    (("privacy.target_epsilon=null", "privacy.noise_multiplier=0.05"), "privacy.noise_multiplier"),
    (("privacy.delta=0.001",), "privacy.delta"),
    (("privacy.delta=0.5",), "privacy.delta"),
]


@pytest.mark.parametrize(("overrides", "needle"), DATA_ERRORS,
                         ids=[" ".join(o) for o, _ in DATA_ERRORS])
def test_policy_and_budget_errors_are_one_line_and_recorded_as_failed(tmp_path, overrides,
                                                                       needle):
    run_dir = tmp_path / "run"
    code, _, err = run_cli(*SMOKE, *overrides, f"hydra.run.dir={run_dir}")
    assert_one_line_error(code, err, needle)
    m = json.loads((run_dir / "manifest.json").read_text())
    assert m["run"]["status"] == "failed" and needle in m["run"]["error"]
    assert m["checkpoint"] is None and not (run_dir / "adapter").exists()  # nothing trained


def test_a_table_path_that_is_a_directory_is_one_line(tmp_path):
    code, _, err = run_cli(*SMOKE, f"data.posts={tmp_path}", f"hydra.run.dir={tmp_path / 'r'}")
    assert_one_line_error(code, err, str(tmp_path))


def test_resume_errors_are_one_line(tmp_path):
    code, _, err = run_cli(*SMOKE, f"resume={tmp_path / 'nope'}", f"hydra.run.dir={tmp_path / 'a'}")
    assert_one_line_error(code, err, "no such run directory")

    dry = tmp_path / "dry"
    assert run_cli(*SMOKE, "dry_run=true", f"hydra.run.dir={dry}")[0] == 0
    code, _, err = run_cli(f"resume={dry}", f"hydra.run.dir={tmp_path / 'b'}")
    assert_one_line_error(code, err, "before its first checkpoint", "start a new run")

    first = tmp_path / "first"
    assert run_cli(*SMOKE, "train.max_steps=1", f"hydra.run.dir={first}")[0] == 0
    code, _, err = run_cli(f"resume={first}", "privacy.accountant=rdp",
                           f"hydra.run.dir={tmp_path / 'c'}")
    assert_one_line_error(code, err, "privacy.accountant cannot change when resuming")
    assert not (tmp_path / "c").exists()

    # resume=X into X itself: refused before anything in X is touched
    before = (first / "manifest.json").read_bytes()
    code, _, err = run_cli(f"resume={first}", f"hydra.run.dir={first}")
    assert_one_line_error(code, err, "already holds a run's manifest")
    assert (first / "manifest.json").read_bytes() == before
