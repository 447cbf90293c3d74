"""Canonical hashing, signing, schema validation and atomic writing of manifests."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re

import pytest

from trainer.errors import UserError
from trainer.manifest.io import (
    canonical_json,
    config_sha256,
    describe_outputs,
    file_sha256,
    key_from_env,
    manifest_digest,
    read_manifest,
    run_environment,
    schema_errors,
    sign,
    write_id_list,
    write_manifest,
)


def test_canonical_json_is_sorted_compact_utf8():
    assert canonical_json({"b": 1, "a": ["é", {"d": None, "c": 1.5}]}) == (
        '{"a":["é",{"c":1.5,"d":null}],"b":1}'.encode()
    )
    with pytest.raises(ValueError):
        canonical_json({"x": math.nan})


def test_digest_ignores_integrity_and_key_order():
    a = {"schema_version": "1.0", "run": {"id": "x", "seed": 1}, "integrity": {"sha256": "0"}}
    b = {"run": {"seed": 1, "id": "x"}, "schema_version": "1.0"}
    expected = hashlib.sha256(b'{"run":{"id":"x","seed":1},"schema_version":"1.0"}').hexdigest()
    assert manifest_digest(a) == manifest_digest(b) == expected


def test_sign_is_hmac_sha256_over_the_digested_bytes():
    m = {"schema_version": "1.0", "integrity": {"hmac_sha256": "ignored"}}
    expected = hmac.new(b"k", b'{"schema_version":"1.0"}', hashlib.sha256).hexdigest()
    assert sign(m, "k") == sign(m, b"k") == expected
    assert sign(m, "other") != expected


def test_empty_key_is_refused(monkeypatch):
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "")
    with pytest.raises(UserError, match="TRAINER_MANIFEST_KEY is set but empty"):
        key_from_env()
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "s3cret")
    assert key_from_env() == "s3cret"


def test_round_trip(make_run):
    run = make_run("a")
    m = read_manifest(run)
    assert schema_errors(m) == []
    assert m["integrity"] == {"sha256": manifest_digest(m), "hmac_sha256": None}
    assert read_manifest(run / "manifest.json") == m
    again = dict(m)
    write_manifest(run, again)
    assert read_manifest(run) == m
    assert sorted(p.name for p in run.iterdir() if p.name.startswith(".")) == []  # no temp files


def test_write_signs_with_the_env_key(make_run, monkeypatch):
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "s3cret")
    m = read_manifest(make_run("a"))
    assert m["integrity"]["hmac_sha256"] == sign(m, "s3cret")


def test_schema_violation_names_the_field_and_writes_nothing(make_run):
    run = make_run("a")
    before = (run / "manifest.json").read_bytes()
    m = read_manifest(run)
    m["privacy"]["epsilon"] = "small"
    with pytest.raises(ValueError, match=r"privacy\.epsilon: 'small' is not of type 'number'"):
        write_manifest(run, m)
    m = read_manifest(run)
    del m["data"]["excluded"]["no_consent"]
    with pytest.raises(ValueError, match=r"data\.excluded: 'no_consent' is a required property"):
        write_manifest(run, m)
    m = read_manifest(run)
    m["unexpected"] = 1
    with pytest.raises(ValueError, match="Additional properties are not allowed"):
        write_manifest(run, m)
    assert (run / "manifest.json").read_bytes() == before


def test_nullable_sections_follow_the_run_status(make_run):
    dry = read_manifest(make_run("dry", dry_run=True))
    assert (dry["privacy"], dry["model"], dry["metrics"]) == (None, None, None)
    assert schema_errors(dry) == []
    failed = read_manifest(make_run("failed", status="failed"))
    failed["consent"] = failed["data"] = failed["redaction"] = None
    assert schema_errors(failed) == []
    completed = read_manifest(make_run("done"))
    completed["privacy"] = None
    assert schema_errors(completed) == ["privacy: None is not of type 'object'"]
    failed["run"]["error"] = None
    assert schema_errors(failed) == ["run.error: None is not of type 'string'"]


def test_nan_becomes_null(make_run):
    run = make_run("a")
    m = read_manifest(run)
    m["metrics"]["train_loss_last"] = math.nan
    write_manifest(run, m)
    assert read_manifest(run)["metrics"]["train_loss_last"] is None


def test_write_id_list(tmp_path):
    entry = write_id_list(tmp_path, "ids.txt", ["m3", "m1", "m2"])
    data = (tmp_path / "ids.txt").read_bytes()
    assert data == b"m1\nm2\nm3\n"
    assert entry == {"count": 3, "sha256": hashlib.sha256(data).hexdigest(), "file": "ids.txt"}
    assert write_id_list(tmp_path, "none.txt", [])["count"] == 0
    assert (tmp_path / "none.txt").read_bytes() == b""
    with pytest.raises(ValueError, match="line break"):
        write_id_list(tmp_path, "bad.txt", ["a\nb"])


def test_describe_outputs_is_sorted_and_relative(tmp_path):
    (tmp_path / "adapter").mkdir()
    (tmp_path / "adapter" / "b.bin").write_bytes(b"xyz")
    (tmp_path / "a.json").write_text("{}")
    assert describe_outputs(tmp_path, ["adapter/b.bin", "a.json"]) == [
        {"path": "a.json", "sha256": file_sha256(tmp_path / "a.json"), "bytes": 2},
        {"path": "adapter/b.bin", "sha256": hashlib.sha256(b"xyz").hexdigest(), "bytes": 3},
    ]
    with pytest.raises(ValueError, match="relative"):
        describe_outputs(tmp_path, ["../x"])


def test_config_sha256_ignores_key_order():
    assert config_sha256({"a": 1, "b": {"c": 2}}) == config_sha256({"b": {"c": 2}, "a": 1})
    assert config_sha256({"a": 1}) == hashlib.sha256(b'{"a":1}').hexdigest()


def test_run_environment():
    env = run_environment()
    assert set(env) == {"host", "git", "packages"}
    commit = env["git"]["commit"]
    assert commit is None or re.fullmatch("[0-9a-f]{40}", commit)
    assert env["packages"]["torch"] and "consent-trainer" in env["packages"]


def test_read_manifest_errors(tmp_path):
    with pytest.raises(UserError, match=f"^{tmp_path}/nope: no such run directory$"):
        read_manifest(tmp_path / "nope")
    with pytest.raises(UserError, match="no manifest.json here; is this a run directory"):
        read_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text("{not json")
    with pytest.raises(UserError, match="manifest.json: not valid JSON"):
        read_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text(json.dumps({"a": 1}))
    with pytest.raises(UserError, match="not a consent-trainer manifest"):
        read_manifest(tmp_path)
