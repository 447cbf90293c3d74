"""`python -m trainer.manifest`: exact output of every command, including errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from trainer.manifest.cli import cli
from trainer.manifest.verify import REASONS


@pytest.fixture
def here(tmp_path, monkeypatch, make_run):
    """Runs under tmp_path, which is also the current directory (paths print relative)."""
    monkeypatch.chdir(tmp_path)
    make_run("outputs/a")
    make_run("outputs/dry", dry_run=True)
    make_run("outputs/b", members=["m2", "m3", "m4", "m5"], snapshot_at="2026-02-01T00:00:00Z")
    return tmp_path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


DRY_RUN_SHOW = """\
RUN
  run        run-dry
  status     completed
  mode       dry run (stops after redaction; no training)
  started    2026-01-02T10:00:00Z
  ended      2026-01-02T10:05:00Z
  git        aaaaaaaaaaaa
  host       testhost
  seed       0
  overrides  (none)

CONSENT
  snapshot          2026-01-01T00:00:00Z (from config): consent as of
  data read at      2026-01-02T10:00:00Z: withdrawals and deletions up to here
  setting           generative_ai_training
  policy versions   v1, v2
  allowed kinds     article, comment, post
  excluded regions  2: DE, FR

{funnel}
REDACTION
  texts  6
  EMAIL  2
  PHONE  1

PRIVACY
  not run (dry run)

MODEL
  not run (dry run)

METRICS
  not run (dry run)

OUTPUTS
  none

INTEGRITY
  sha256  {digest} (matches the manifest)
  hmac    unsigned: integrity only, not authenticity (anyone can recompute a sha256)
"""


def test_show_dry_run(here):
    digest = json.loads((here / "outputs/dry/manifest.json").read_text())["integrity"]["sha256"]
    code, out = invoke("show", "outputs/dry")
    funnel = out.split("CONSENT FUNNEL\n")[1].split("\n\n")[0]
    assert (code, out) == (0, DRY_RUN_SHOW.format(digest=digest, funnel="CONSENT FUNNEL\n"
                                                  + funnel + "\n"))
    rows = [" ".join(line.split()) for line in funnel.splitlines()]
    assert rows[0] == "posts read 11"
    assert [r for r in rows[1:] if r.startswith("- ") and not r.endswith(" 0")] == [
        "- excluded_region 2", "- no_consent 3"]
    assert [r[2:].split()[0] for r in rows if r.startswith("- ")] == list(REASONS)
    assert rows[len(REASONS) + 1:len(REASONS) + 4] == [
        "= eligible posts 6", "included members 4", "quarantined rows members 1, consent 0"]


def test_show_trained_run_privacy_and_outputs(here):
    code, out = invoke("show", "outputs/a")
    assert code == 0
    privacy = out.split("PRIVACY\n")[1].split("\n\n")[0]
    assert privacy == """\
  epsilon           2.101 at delta 1e-05, per member (target 3)
  accountant        rdp
  noise multiplier  1
  max grad norm     1
  sample rate       0.01
  steps             1000 of 1000 planned
  units             3
  max posts/member  4
  statement         Any one member's posts changed the probability of any outcome by at most \
a factor e^2.10, except with probability 1e-05."""
    assert ("  adapter/adapter_model.safetensors  1024 bytes  sha256 "
            "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9\n") in out
    assert "train 3 members, eval 1 (held out)\n" in out


def test_show_json_and_markdown(here):
    code, out = invoke("show", "outputs/a", "--format", "json")
    s = json.loads(out)
    assert code == 0 and s["funnel"]["excluded"]["no_consent"] == 3
    assert "history" not in s["privacy"]
    code, out = invoke("show", "outputs/dry", "--format", "markdown")
    assert out.startswith("# Run run-dry\n\n## Run\n\n| | |\n|---|---|\n| run | run-dry |\n")
    assert "## Privacy\n\n_not run (dry run)_\n" in out
    (here / "outputs/dry/manifest.json").write_text(
        (here / "outputs/dry/manifest.json").read_text().replace('"texts": 6', '"texts": 7'))
    code, out = invoke("show", "outputs/dry")
    assert "(DOES NOT MATCH: edited after writing; run verify)\n" in out


UNSIGNED = ("not checked: signature: unsigned manifest: integrity only, not authenticity (anyone "
            "who can write the run dir can recompute a sha256)")


def test_verify_ok_and_failed(here):
    assert invoke("verify", "outputs/a") == (0, UNSIGNED + "\n"
                                              "OK: 27 checks passed (integrity only, not "
                                              "authenticity: unsigned manifest)\n")
    (here / "outputs/a/eval_members.txt").write_text("m4\nm9\n")
    (here / "outputs/a/adapter/adapter_model.safetensors").write_bytes(b"\0" * 1024)
    assert invoke("verify", "outputs/a") == (1, UNSIGNED + """
eval_members.txt: sha256 mismatch
eval_members.txt: manifest says 1 ids, file has 2
adapter/adapter_model.safetensors: sha256 mismatch
FAILED: 3 of 26 checks
""")


def test_verify_with_key_from_env(here, monkeypatch, make_run):
    monkeypatch.setenv("REVIEW_KEY", "k1")
    make_run("outputs/signed", key="k1")
    assert invoke("verify", "outputs/signed", "--key-env", "REVIEW_KEY") == (
        0, "OK: 28 checks passed (integrity and authenticity: HMAC signature valid)\n")
    monkeypatch.setenv("REVIEW_KEY", "k2")
    assert invoke("verify", "outputs/signed", "--key-env", "REVIEW_KEY") == (1, (
        "signature: mismatch: the manifest was changed after signing, or signed with another "
        "key\nFAILED: 1 of 28 checks\n"))


def test_diff(here):
    assert invoke("diff", "outputs/a", "outputs/b") == (0, f"""\
a: outputs/a (run-a, completed)
b: outputs/b (run-b, completed)
consent
  snapshot_at: "2026-01-01T00:00:00Z" -> "2026-02-01T00:00:00Z"
members: 1 added, 1 removed, 3 in both
  removed because: unknown 1
  reason unknown: run B's members source cannot be read: {here}/data/members.jsonl: members \
table not found; check data.members
posts: 0 added, 0 removed, 6 in both
""")
    code, out = invoke("diff", "outputs/a", "outputs/b", "--ids")
    assert "  + m5\n  - m1: unknown (run B's members source cannot be read: " in out
    code, out = invoke("diff", "outputs/a", "outputs/b", "--format", "json")
    assert json.loads(out)["members"] == {
        "added": 1, "removed": 1, "unchanged": 3, "removed_because": {"unknown": 1},
        "reasons_unknown": [f"run B's members source cannot be read: {here}/data/members.jsonl: "
                            "members table not found; check data.members"]}
    assert invoke("diff", "outputs/a", "outputs/b", "--exit-code")[0] == 1
    assert invoke("diff", "outputs/a", "outputs/a", "--exit-code") == (0, """\
a: outputs/a (run-a, completed)
b: outputs/a (run-a, completed)
members: 0 added, 0 removed, 4 in both
posts: 0 added, 0 removed, 6 in both
""")


def test_find_member(here):
    assert invoke("find-member", "m1") == (0, """\
outputs/a  completed  included (train)  adapter: outputs/a/adapter
outputs/dry  completed  included (dry run)  adapter: none
member m1: found in 2 runs
""")
    assert invoke("find-member", "m5", "outputs/b") == (0, """\
outputs/b  completed  included (eval)  adapter: outputs/b/adapter
member m5: found in 1 run
""")
    assert invoke("find-member", "m9") == (0, "member m9: found in no run\n")
    (here / "outputs/b/included_members.txt").write_text("m2\n")
    assert invoke("find-member", "m9") == (0, (
        "outputs/b  completed  UNVERIFIABLE (included_members.txt: sha256 mismatch)  "
        "adapter: outputs/b/adapter\n"
        "member m9: found in no run; 1 run could not be verified\n"))


def test_sweep(here, make_run):
    make_run("multirun/s/0", job_num=0, overrides=["privacy.noise_multiplier=1.0"], eval_loss=3.2)
    make_run("multirun/s/1", job_num=1, overrides=["privacy.noise_multiplier=0.8"],
             history=[[0.8, 0.01, 1000]], eval_loss=3.0)
    code, out = invoke("sweep", "multirun/s", "--plot", "eps.png")
    assert (code, out.splitlines()[:3]) == (0, [
        "job  status     epsilon  eval_loss  base_loss  overrides",
        "0    completed  2.101    3.2        3.5        privacy.noise_multiplier=1.0",
        "1    completed  3.695    3          3.5        privacy.noise_multiplier=0.8",
    ])
    assert ("  epsilon 4.137 at delta 1e-05 (RDP composition); "
            "naive sum 5.797 at delta 2e-05\n") in out
    assert out.endswith("plot: eps.png (x: privacy.noise_multiplier)\n"
                        "summary: multirun/s/sweep.json\n") and (here / "eps.png").is_file()


@pytest.mark.parametrize("args, message", [
    (["show", "nope"], "Error: nope: no such run directory\n"),
    (["verify", "outputs"], "Error: outputs: no manifest.json here; is this a run directory?\n"),
    (["diff", "outputs/a", "nope"], "Error: nope: no such run directory\n"),
    (["find-member", "m1", "nope"], "Error: nope: no such directory\n"),
    (["sweep", "outputs"], "Error: outputs: no job folders with a manifest.json (expected a Hydra "
                           "multirun dir: 0/, 1/, ... and multirun.yaml)\n"),
])
def test_errors_are_one_line(here, args, message):
    assert invoke(*args) == (1, message)


def test_not_a_manifest(here):
    (here / "x").mkdir()
    (here / "x/manifest.json").write_text("[1]")
    assert invoke("show", "x") == (
        1, "Error: x/manifest.json: not a consent-trainer manifest (no schema_version)\n")
    (here / "x/manifest.json").write_text("{")
    assert invoke("verify", "x") == (
        1, "Error: x/manifest.json: not valid JSON; is it a manifest?\n")


def test_find_member_without_default_roots(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert invoke("find-member", "m1") == (1, "Error: no ROOT given and neither outputs/ nor "
                                              "multirun/ exists here; pass the folders that hold "
                                              "the runs\n")


def test_every_command_has_help_with_an_example():
    for command in ("show", "verify", "report", "diff", "find-member", "sweep"):
        code, out = invoke(command, "--help")
        assert code == 0 and "Example:" in out and "python -m trainer.manifest " + command in out


def test_show_a_broken_manifest(here):
    path = here / "outputs/a/manifest.json"
    m = json.loads(path.read_text())
    m["privacy"]["epsilon"] = "tiny"
    path.write_text(json.dumps(m))
    assert invoke("show", "outputs/a") == (1, (
        "Error: outputs/a: manifest does not match its schema and cannot be shown (ValueError); "
        "run `verify` to see what is wrong\n"))


def test_diff_rounds_floats_for_people(here, make_run):
    make_run("outputs/c", eval_loss=3.123456789)
    code, out = invoke("diff", "outputs/a", "outputs/c")
    assert "metrics\n  trained.eval_loss: 3 -> 3.123\n" in out
    code, out = invoke("diff", "outputs/a", "outputs/c", "--format", "json")
    assert json.loads(out)["metrics"] == {"trained.eval_loss": {"a": 3.0, "b": 3.123456789}}


def test_show_says_posts_trained_on_and_acknowledgements(make_run):
    def edit(m):
        m["privacy"].update(posts_trained=4, posts_capped=2, acknowledgements=["small_delta"])
        m["consent"]["acknowledgements"] = [
            {"name": "excluded_regions", "detail": "policy.excluded_regions drops CH"}]

    code, out = invoke("show", str(make_run("a", edit=edit)))
    assert "  posts trained on  4 (of the training members' eligible posts; 2 more dropped by " \
           "the per-member cap)\n" in out
    assert "  ACKNOWLEDGED excluded_regions  policy.excluded_regions drops CH\n" in out
    assert "  ACKNOWLEDGED      small_delta\n" in out
    assert "included posts" not in out


def test_show_names_the_redaction_rules(make_run):
    digest = "c" * 64

    def edit(m):
        m["redaction"]["config"] = {"engine_version": "1.12.0",
                                    "rule_files": f"108 files, sha256 {digest}"}

    code, out = invoke("show", str(make_run("a", edit=edit)))
    assert code == 0
    assert "  engine      1.12.0\n" in out
    assert f"  rule files  108 files, sha256 {digest}\n" in out
    code, out = invoke("show", str(make_run("b", edit=edit)), "--format", "json")
    facts = json.loads(out)["redaction"]
    assert facts["engine_version"] == "1.12.0" and facts["rule_files"].endswith(digest)
    assert "declined member names" not in invoke("show", str(make_run("c", edit=edit)))[1]


def test_show_names_the_name_tagger_setting(make_run):
    weights = "name_tagger.npz: sha256 " + "d" * 64

    def tagger(setting):
        def edit(m):
            m["redaction"]["config"] = {"engine_version": "1.14.0", "name_tagger": setting}
        return edit

    code, out = invoke("show", str(make_run("a", edit=tagger({"enabled": False}))))
    assert code == 0 and "  name tagger  off (rules only)\n" in out
    on = {"enabled": True, "threshold": 0.7, "weights": weights, "lexicon": "as trained"}
    code, out = invoke("show", str(make_run("b", edit=tagger(on))))
    assert code == 0
    assert f"  name tagger  on, threshold 0.7; {weights}; word lists as trained\n" in out
    code, out = invoke("show", str(make_run("c", edit=tagger(on))), "--format", "json")
    assert json.loads(out)["redaction"]["name_tagger"].startswith("on, threshold 0.7; ")
    # a manifest written before the tagger existed says nothing about it
    code, out = invoke("show", str(make_run("d", edit=tagger(None))))
    assert code == 0 and "name tagger" not in out


def test_show_says_when_a_large_roster_got_no_declined_forms(make_run):
    off = "off: 12000 one-word roster names > 10000 (memory); other rules only"

    def edit(m):
        m["redaction"]["config"] = {"engine_version": "1.13.0", "member_declined_forms": off}

    code, out = invoke("show", str(make_run("a", edit=edit)))
    assert code == 0 and f"declined member names  {off}\n" in out


def test_find_member_names_each_output_folder_once(tmp_path, monkeypatch, make_run):
    from trainer.manifest.io import describe_outputs

    monkeypatch.chdir(tmp_path)

    def with_tokenizer(m):
        (tmp_path / "outputs/t/adapter/tokenizer").mkdir(parents=True)
        (tmp_path / "outputs/t/adapter/tokenizer/tokenizer.json").write_text("{}")
        m["outputs"] += describe_outputs(tmp_path / "outputs/t",
                                         ["adapter/tokenizer/tokenizer.json"])

    make_run("outputs/t", edit=with_tokenizer)
    assert invoke("find-member", "m1") == (0, (
        "outputs/t  completed  included (train)  adapter: outputs/t/adapter\n"
        "member m1: found in 1 run\n"))
