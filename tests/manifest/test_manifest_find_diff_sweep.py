"""find-member, diff and sweep summaries over synthetic run dirs."""

from __future__ import annotations

import json

import pytest

from trainer.errors import UserError
from trainer.manifest.diff import diff_runs, differs
from trainer.manifest.find import find_member
from trainer.manifest.sweep import summarize_sweep


@pytest.fixture
def runs(make_run, tmp_path):
    make_run("outputs/a", members=["m1", "m2", "m3", "m4"])
    make_run("outputs/dry", members=["m1"], dry_run=True)
    make_run("multirun/s/0", members=["m2", "m5"], job_num=0)
    return tmp_path


def test_find_included_member_in_every_run(runs):
    hits = find_member("m1", [runs / "outputs", runs / "multirun"])
    assert [(h["run_dir"], h["match"], h["role"]) for h in hits] == [
        (str(runs / "outputs/a"), "included", "train"),
        (str(runs / "outputs/dry"), "included", "dry run"),
    ]
    assert hits[0]["adapters"] == [str(runs / "outputs/a/adapter/adapter_config.json"),
                                   str(runs / "outputs/a/adapter/adapter_model.safetensors")]
    assert hits[0]["epsilon"] == pytest.approx(2.10137, abs=1e-5)
    assert hits[1]["adapters"] == [] and hits[1]["epsilon"] is None


def test_find_eval_multirun_excluded_and_unknown(runs):
    assert [(h["run_dir"], h["role"]) for h in find_member("m5", [runs])] == [
        (str(runs / "multirun/s/0"), "eval")]
    assert find_member("m6", [runs]) == []  # excluded from every run: not in any list
    assert find_member("nobody", [runs]) == []


def test_find_reports_a_tampered_list_as_unverifiable(runs):
    (runs / "outputs/a/included_members.txt").write_text("m2\nm3\nm4\n")  # m1 "removed"
    hits = find_member("m1", [runs])
    assert [(h["run_dir"], h["match"], h["reason"]) for h in hits] == [
        (str(runs / "outputs/a"), "unverifiable", "included_members.txt: sha256 mismatch"),
        (str(runs / "outputs/dry"), "included", None),
    ]
    # also for ids that the tampered list does not mention:
    assert [h["match"] for h in find_member("nobody", [runs])] == ["unverifiable"]


def test_find_reports_an_edited_manifest_as_unverifiable(runs):
    path = runs / "outputs/a/manifest.json"
    m = json.loads(path.read_text())
    m["data"]["included_members"]["count"] = 3
    path.write_text(json.dumps(m))
    assert [(h["match"], h["reason"]) for h in find_member("zzz", [runs])] == [
        ("unverifiable", "manifest.json: sha256 mismatch")]


def test_find_missing_root(tmp_path):
    with pytest.raises(UserError, match="nope: no such directory"):
        find_member("m1", [tmp_path / "nope"])


def test_diff_runs_with_different_snapshots(make_run):
    a = make_run("a", members=["m1", "m2", "m3"], posts=["p1", "p2", "p3"])
    b = make_run("b", members=["m2", "m3", "m4", "m5"], posts=["p2", "p3", "p4"],
                 snapshot_at="2026-02-01T00:00:00Z",
                 config={"seed": 0, "train": {"lr": 0.002}, "new": {"x": 1}})
    d = diff_runs(a, b)
    why = d["members"].pop("removed_reasons")
    assert d["members"] == {"added": ["m4", "m5"], "removed": ["m1"], "unchanged": 2}
    assert list(why) == ["m1"] and why["m1"]["reasons"] is None  # b's sources are not there
    assert d["posts"] == {"added": ["p4"], "removed": ["p1"], "unchanged": 2}
    assert d["consent"] == {"snapshot_at": {"a": "2026-01-01T00:00:00Z",
                                            "b": "2026-02-01T00:00:00Z"}}
    assert d["config"]["train.lr"] == {"a": 0.001, "b": 0.002}
    assert d["config"]["new.x"] == {"a": "(absent)", "b": 1}
    assert d["config"]["privacy.delta"] == {"a": 1e-05, "b": "(absent)"}
    assert d["data"] == {"included_members": {"a": 3, "b": 4}}  # same post count, other posts
    assert d["privacy"] == {"num_units": {"a": 2, "b": 3}}
    assert d["warnings"] == []


def test_diff_against_a_dry_run(make_run):
    d = diff_runs(make_run("a"), make_run("b", dry_run=True))
    assert d["privacy"] == {"": {"a": "(recorded)", "b": "(not recorded)"}}
    assert d["members"] == {"added": [], "removed": [], "unchanged": 4, "removed_reasons": {}}


def test_two_job_sweep(make_run, tmp_path):
    sweep = tmp_path / "multirun/2026-01-02/10-00-00"
    make_run(f"{sweep.relative_to(tmp_path)}/0", job_num=0, history=[[1.0, 0.01, 1000]],
             overrides=["privacy.noise_multiplier=1.0"], eval_loss=3.2)
    make_run(f"{sweep.relative_to(tmp_path)}/1", job_num=1, history=[[0.8, 0.01, 1000]],
             overrides=["privacy.noise_multiplier=0.8"], eval_loss=3.0)
    (sweep / "multirun.yaml").write_text("hydra: {}\n")
    s = summarize_sweep(sweep)
    rows = [{k: r[k] for k in ("job", "overrides", "status", "eval_loss")} for r in s["jobs"]]
    assert rows == [
        {"job": 0, "overrides": ["privacy.noise_multiplier=1.0"], "status": "completed",
         "eval_loss": 3.2},
        {"job": 1, "overrides": ["privacy.noise_multiplier=0.8"], "status": "completed",
         "eval_loss": 3.0},
    ]
    eps = [r["epsilon"] for r in s["jobs"]]
    assert eps == pytest.approx([2.101365, 3.695429], abs=1e-6)
    [total] = s["privacy_total"]
    assert total["jobs"] == [0, 1] and total["delta"] == 1e-5
    assert max(eps) < total["epsilon"] <= sum(eps) == pytest.approx(total["epsilon_sum"])
    assert total["epsilon"] == pytest.approx(4.137, abs=1e-3)
    assert total["composition"].startswith("RDP accountant over the 2 concatenated history")
    png = (sweep / "privacy_utility.png").read_bytes()
    assert s["plot"] == str(sweep / "privacy_utility.png") and png[:8] == b"\x89PNG\r\n\x1a\n"
    assert s["warnings"] == []


def test_sweep_with_different_deltas_and_a_failed_job(make_run, tmp_path):
    make_run("sw/0", job_num=0, delta=1e-5)
    make_run("sw/1", job_num=1, delta=1e-6)
    make_run("sw/2", job_num=2, status="failed")
    s = summarize_sweep(tmp_path / "sw", plot_path=tmp_path / "plot.png")
    [total] = s["privacy_total"]
    assert total["delta"] == pytest.approx(1.1e-5)
    assert "the jobs' deltas differ, so their sum is used" in total["composition"]
    assert s["warnings"] == ["job 2: failed with no privacy record; any privacy it spent before "
                             "stopping is not counted below"]
    assert (tmp_path / "plot.png").is_file()


def test_sweep_errors(tmp_path):
    with pytest.raises(UserError, match="no such sweep directory"):
        summarize_sweep(tmp_path / "nope")
    with pytest.raises(UserError, match="no job folders with a manifest.json"):
        summarize_sweep(tmp_path)


def test_sweep_composes_under_the_jobs_own_accountant():
    from trainer.manifest.sweep import _compose
    from trainer.privacy.accounting import PrivacyAccountant

    jobs = [({"job": 0}, {"delta": 1e-5, "epsilon": 2.0, "accountant": "prv",
                          "history": [[1.2, 0.01, 100]]}),
            ({"job": 1}, {"delta": 1e-5, "epsilon": 8.0, "accountant": "prv",
                          "history": [[0.6, 0.01, 100]]})]  # fmt: skip
    total = _compose("abc", jobs)
    ref = PrivacyAccountant(kind="prv")
    ref.step(noise_multiplier=1.2, sample_rate=0.01, num_steps=100)
    ref.step(noise_multiplier=0.6, sample_rate=0.01, num_steps=100)
    assert total["accountant"] == "prv"
    assert total["epsilon"] == ref.epsilon(delta=1e-5)
    mixed = _compose("abc", [jobs[0], ({"job": 1}, {**jobs[1][1], "accountant": "rdp"})])
    assert mixed["accountant"] == "rdp"


def test_find_checks_the_signature_when_a_key_is_given(make_run, tmp_path):
    make_run("signed", key="k")
    make_run("unsigned")
    stale = make_run("stale", key="k")
    m = json.loads((stale / "manifest.json").read_text())
    m["data"]["included_members"]["count"] = 5  # edited, digest recomputed, signature stale
    from trainer.manifest.io import manifest_digest

    m["integrity"]["sha256"] = manifest_digest(m)
    (stale / "manifest.json").write_text(json.dumps(m))
    assert [h["match"] for h in find_member("m1", [tmp_path])] == ["included"] * 3  # no key
    got = [(h["run_dir"], h["match"], h["reason"]) for h in find_member("m1", [tmp_path],
                                                                         key="k")]
    assert got == [
        (str(tmp_path / "signed"), "included", None),
        (str(tmp_path / "stale"), "unverifiable",
         "manifest.json: signature mismatch (stale or forged)"),
        (str(tmp_path / "unsigned"), "unverifiable", "manifest.json: unsigned"),
    ]


def test_find_follows_symlinked_run_directories(make_run, tmp_path):
    run = make_run("store/run1")
    (tmp_path / "outputs").mkdir()
    (tmp_path / "outputs" / "latest").symlink_to(run, target_is_directory=True)
    (tmp_path / "outputs" / "loop").symlink_to(tmp_path / "outputs", target_is_directory=True)
    hits = find_member("m1", [tmp_path / "outputs"])
    assert [(h["run_dir"], h["role"]) for h in hits] == [
        (str(tmp_path / "outputs" / "latest"), "train")]


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_diff_says_which_rule_removed_each_member(make_run, tmp_path):
    """Run b re-run on its own sources: m2 moved to an excluded region, m3 has no consent,
    m5 has no posts left."""
    from trainer.data.prepare import parse_snapshot, select_eligible
    from trainer.manifest.io import read_manifest, write_manifest
    from trainer.manifest.why_removed import describe

    src = tmp_path / "data"
    src.mkdir()
    _write_jsonl(src / "members.jsonl", [
        {"member_id": m, "display_name": m.upper(), "region": r}
        for m, r in (("m1", "US"), ("m2", "DE"), ("m3", "CA"), ("m4", "US"), ("m5", "US"))])
    _write_jsonl(src / "consent.jsonl", [
        {"member_id": m, "setting": "generative_ai_training", "value": True,
         "at": "2025-06-01T00:00:00Z", "policy_version": "v1"} for m in ("m1", "m2", "m4", "m5")])
    _write_jsonl(src / "posts.jsonl", [
        {"post_id": f"p{i}", "member_id": m, "kind": "post", "text": "hello there",
         "created_at": "2025-07-01T00:00:00Z", "deleted_at": None}
        for i, m in enumerate(["m1", "m1", "m2", "m3", "m4"])])
    sel = select_eligible(
        members_path=src / "members.jsonl", consent_path=src / "consent.jsonl",
        posts_path=src / "posts.jsonl",
        snapshot_at=parse_snapshot("2026-01-01T00:00:00Z", now=None),
        read_at=parse_snapshot("2026-01-02T10:00:00Z", now=None),
        setting="generative_ai_training", allowed_kinds=["post"], excluded_regions=["DE"])
    r = sel.result
    a = make_run("a", members=["m1", "m2", "m3", "m4", "m5"])
    b = make_run("b", members=r.included_member_ids, posts=r.included_post_ids,
                 excluded=r.excluded)
    m = read_manifest(b)
    m["data"]["sources"] = [{"table": s.table, "path": str(s.path), "format": s.format,
                             "sha256": s.sha256, "rows": s.rows} for s in sel.sources]
    m["consent"].update(excluded_regions=["DE"], allowed_kinds=["post"])
    write_manifest(b, m)
    why = diff_runs(a, b)["members"]["removed_reasons"]
    assert {i: e["reasons"] for i, e in why.items()} == {
        "m2": {"excluded_region": 1}, "m3": {"no_consent": 1}, "m5": {}}
    assert describe(why["m2"]) == ("excluded_region (1 post) at snapshot 2026-01-01T00:00:00Z, "
                                   "data read at 2026-01-02T10:00:00Z")
    assert describe(why["m5"]).startswith("no posts left in the later run's data (deleted) at ")
    with open(src / "consent.jsonl", "a") as f:  # the data changed since run b
        f.write(json.dumps({"member_id": "m3", "setting": "generative_ai_training",
                            "value": True, "at": "2025-06-01T00:00:00Z",
                            "policy_version": "v1"}) + "\n")
    why = diff_runs(a, b)["members"]["removed_reasons"]
    assert why["m3"] == {"reasons": None, "unknown": f"run B's consent source "
                                                     f"{src / 'consent.jsonl'} changed since "
                                                     "that run"}


def test_sweep_json_plot_axis_and_digests(make_run, tmp_path):
    from trainer.manifest.io import canonical_json, file_sha256
    from trainer.manifest.sweep import varying_override

    for job, sigma in enumerate((1.0, 0.8, 1.2)):
        make_run(f"sw/{job}", job_num=job, history=[[sigma, 0.01, 1000]], eval_loss=3 + job / 10,
                 overrides=[f"privacy.noise_multiplier={sigma}", "train.lr=0.001"])
    s = summarize_sweep(tmp_path / "sw")
    assert s["varying"] == {"key": "privacy.noise_multiplier",
                            "values": {0: 1.0, 1: 0.8, 2: 1.2}}
    saved = json.loads((tmp_path / "sw/sweep.json").read_text())
    digest = saved.pop("integrity")["sha256"]
    import hashlib

    assert hashlib.sha256(canonical_json(saved)).hexdigest() == digest
    assert saved["plot_sha256"] == file_sha256(tmp_path / "sw/privacy_utility.png")
    assert [(j["job"], round(j["epsilon"], 3), j["eval_loss"], j["base_eval_loss"])
            for j in saved["jobs"]] == [(0, 2.101, 3.0, 3.5), (1, 3.695, 3.1, 3.5),
                                        (2, 1.455, 3.2, 3.5)]
    for job in saved["jobs"]:
        m = json.loads((tmp_path / f"sw/{job['job']}/manifest.json").read_text())
        assert job["manifest_sha256"] == m["integrity"]["sha256"]
    [total] = saved["privacy_total"]
    assert total["epsilon"] < total["epsilon_sum"] == pytest.approx(2.101 + 3.695 + 1.455,
                                                                    abs=2e-3)
    # Several overrides vary, or a non-number: the x axis falls back to epsilon.
    rows = [{"job": 0, "overrides": ["a=1", "b=x"]}, {"job": 1, "overrides": ["a=2", "b=y"]}]
    assert varying_override(rows) is None
    assert varying_override([{"job": 0, "overrides": ["m=tiny"]},
                             {"job": 1, "overrides": ["m=smol"]}]) is None
    assert varying_override([{"job": 0, "overrides": ["+x=1"]},
                             {"job": 1, "overrides": ["+x=2"]}])["key"] == "x"


def test_diff_names_a_change_of_redaction_rules(make_run):
    # Same engine version, one rule file edited: the digest over the shipped files tells them
    # apart, and the diff says so instead of calling the runs identical.
    def rules(digest: str):
        def edit(m):
            m["redaction"]["config"] = {"engine_version": "1.12.0",
                                        "rule_files": f"108 files, sha256 {digest}"}
        return edit

    same = diff_runs(make_run("a", edit=rules("a" * 64)), make_run("b", edit=rules("a" * 64)))
    assert same["redaction"] == {} and not differs(same)
    d = diff_runs(make_run("c", edit=rules("a" * 64)), make_run("d", edit=rules("b" * 64)))
    assert d["redaction"] == {"config.rule_files": {"a": f"108 files, sha256 {'a' * 64}",
                                                    "b": f"108 files, sha256 {'b' * 64}"}}
    assert differs(d)
