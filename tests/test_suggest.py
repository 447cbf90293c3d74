"""Suggestions from a run dir: the manifest and adapter checked first, base + adapter rebuilt from
the manifest; refusals that matter; the click command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from click.testing import CliRunner

from trainer.errors import UserError
from trainer.manifest.io import describe_outputs, manifest_digest, sign
from trainer.models import load_base, wrap_lora
from trainer.suggest import MAX_NEW_TOKENS_CAP, cli, load_run_model, main, suggest

ADAPTER_FILES = ["adapter/adapter_config.json", "adapter/adapter_model.safetensors"]


def _write_manifest(run_dir: Path, m: dict, *, key: str | None = None) -> None:
    m["integrity"] = {"sha256": manifest_digest(m), "hmac_sha256": sign(m, key) if key else None}
    (run_dir / "manifest.json").write_text(json.dumps(m))


def _make_run(
    run_dir: Path, *, seed: int = 0, sha256: str | None = None, key: str | None = None
) -> dict[str, torch.Tensor]:
    """Fake a finished run (tiny base, LoRA with non-zero B, a manifest listing the adapter's
    digests); return the LoRA weights."""
    model, _, info = load_base(kind="tiny", seed=seed)
    peft_model = wrap_lora(model, r=4, alpha=8, dropout=0.0, target_modules=["q_proj", "v_proj"])
    torch.manual_seed(7)
    lora = {}
    for name, param in peft_model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(param, std=0.5)  # fresh B is zero; make the adapter matter
        if param.requires_grad:
            lora[name] = param.detach().clone()
    peft_model.save_pretrained(run_dir / "adapter")
    manifest = {
        "schema_version": "1.0",
        "run": {"id": "run-x", "status": "completed"},
        "model": {
            "base": {**info, "sha256": sha256 or info["sha256"]},
            "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"]},
        },
        "config": {"resolved": {"model": {"kind": "tiny", "name_or_path": None}, "seed": seed}},
        "outputs": describe_outputs(run_dir, ADAPTER_FILES),
    }
    _write_manifest(run_dir, manifest, key=key)
    return lora


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="python -m trainer.suggest")
    return result.exit_code, result.output  # stdout and stderr as a terminal shows them


def test_suggest_end_to_end_returns_num_reproducible_continuations(tmp_path):
    _make_run(tmp_path)
    first = suggest(run_dir=tmp_path, prompt="Hello team,", num=4, max_new_tokens=12, seed=1)
    assert len(first) == 4 and all(isinstance(s, str) for s in first)
    assert (
        suggest(run_dir=tmp_path, prompt="Hello team,", num=4, max_new_tokens=12, seed=1) == first
    )
    assert (
        suggest(run_dir=tmp_path, prompt="Hello team,", num=4, max_new_tokens=12, seed=2) != first
    )


def test_load_run_model_applies_the_saved_adapter_to_the_recorded_base(tmp_path):
    lora = _make_run(tmp_path, seed=5)
    model, _ = load_run_model(run_dir=tmp_path)
    params = dict(model.named_parameters())
    assert all(torch.equal(params[name], value) for name, value in lora.items())


def test_a_tampered_adapter_is_refused_before_loading(tmp_path):
    _make_run(tmp_path)
    weights = tmp_path / "adapter" / "adapter_model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 1
    weights.write_bytes(bytes(data))
    with pytest.raises(UserError, match=r"adapter_model\.safetensors: does not match the sha256 "
                                        r"in the manifest \(changed after the run\)"):
        load_run_model(run_dir=tmp_path)


def test_an_adapter_the_manifest_does_not_list_is_refused(tmp_path):
    _make_run(tmp_path)
    m = json.loads((tmp_path / "manifest.json").read_text())
    m["outputs"] = [o for o in m["outputs"] if o["path"] != "adapter/adapter_model.safetensors"]
    _write_manifest(tmp_path, m)
    with pytest.raises(UserError, match="not listed in the manifest's outputs"):
        load_run_model(run_dir=tmp_path)
    _make_run(tmp_path)
    (tmp_path / "adapter" / "adapter_model.bin").write_bytes(b"pickle")
    with pytest.raises(UserError, match="a pickled adapter could run code and is never loaded"):
        load_run_model(run_dir=tmp_path)


def test_an_edited_manifest_is_refused(tmp_path):
    _make_run(tmp_path)
    m = json.loads((tmp_path / "manifest.json").read_text())
    m["outputs"][1]["sha256"] = "0" * 64  # pointed at another adapter, digest not recomputed
    (tmp_path / "manifest.json").write_text(json.dumps(m))
    with pytest.raises(UserError, match="manifest.json: sha256 mismatch: the manifest was edited"):
        load_run_model(run_dir=tmp_path)


def test_with_a_key_the_signature_must_match(tmp_path, monkeypatch):
    _make_run(tmp_path, key="k")
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "k")
    load_run_model(run_dir=tmp_path)
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "other")
    with pytest.raises(UserError, match="signature mismatch although TRAINER_MANIFEST_KEY is set"):
        load_run_model(run_dir=tmp_path)
    monkeypatch.delenv("TRAINER_MANIFEST_KEY")  # signed, but nothing here can check it
    with pytest.raises(UserError, match="signed but TRAINER_MANIFEST_KEY is not set"):
        load_run_model(run_dir=tmp_path)
    monkeypatch.setenv("TRAINER_MANIFEST_KEY", "k")
    _make_run(tmp_path)  # unsigned, digest fine: a forger can always recompute a sha256
    with pytest.raises(UserError, match="unsigned although TRAINER_MANIFEST_KEY is set"):
        load_run_model(run_dir=tmp_path)


def test_digest_mismatch_of_the_base_is_refused(tmp_path):
    _make_run(tmp_path, sha256="f" * 64)
    with pytest.raises(UserError, match="the adapter was trained on another base model"):
        suggest(run_dir=tmp_path, prompt="Hi")


def test_missing_run_pieces_are_one_line_errors(tmp_path):
    with pytest.raises(UserError, match="is not a directory"):
        suggest(run_dir=tmp_path / "nope", prompt="Hi")
    with pytest.raises(UserError, match=r"manifest\.json is missing"):
        suggest(run_dir=tmp_path, prompt="Hi")
    _make_run(tmp_path)
    (tmp_path / "adapter" / "adapter_config.json").unlink()
    with pytest.raises(UserError, match="holds no peft adapter"):
        suggest(run_dir=tmp_path, prompt="Hi")
    _write_manifest(tmp_path, {"schema_version": "1.0", "model": None})
    with pytest.raises(UserError, match="records no base model"):
        suggest(run_dir=tmp_path, prompt="Hi")


def test_cli_prints_numbered_drafts(tmp_path, capsys):
    _make_run(tmp_path)
    code, out = invoke(str(tmp_path), "--prompt", "Draft:", "--num", "2",
                       "--max-new-tokens", "5")
    lines = [ln for ln in out.splitlines() if not ln.startswith("   ")]
    assert code == 0 and [ln[:9] for ln in lines] == ["1. Draft:", "2. Draft:"]


@pytest.mark.parametrize("args, message", [
    (["--max-new-tokens", "1000"], f"Error: --max-new-tokens 1000 must be between 1 and "
                                   f"{MAX_NEW_TOKENS_CAP}: suggestions are short drafts\n"),
    (["--num", "0"], "Error: --num 0 must be between 1 and 20\n"),
    (["--temperature", "0"], "Error: --temperature 0.0 must be a finite number > 0\n"),
    (["--temperature", "nan"], "Error: --temperature nan must be a finite number > 0\n"),
    (["--prompt", "  "], "Error: --prompt must be a non-empty draft to continue\n"),
])
def test_cli_refuses_bad_settings_in_one_line(tmp_path, args, message):
    code, out = invoke(str(tmp_path), "--prompt", "Hi", *args)
    assert (code, out) == (1, message)


def test_cli_usage_errors_and_help(tmp_path):
    code, out = invoke(str(tmp_path), "--prompt", "x", "--colour", "blue")
    assert code == 2 and out.endswith("Error: No such option '--colour'.\n")
    assert "Usage: python -m trainer.suggest [OPTIONS] RUN_DIR" in out
    code, out = invoke(str(tmp_path))
    assert code == 2 and out.endswith("Error: Missing option '--prompt'.\n")
    code, out = invoke(str(tmp_path), "--prompt", "x", "--num", "two")
    assert code == 2 and "'two' is not a valid integer" in out
    code, out = invoke("--help")
    assert code == 0 and out.startswith("Usage: python -m trainer.suggest [OPTIONS] RUN_DIR")
    for option in ("--prompt", "--num", "--max-new-tokens", "--allow-retired", "Example:"):
        assert option in out
    code, out = invoke(str(tmp_path / "nope"), "--prompt", "Hi")
    assert (code, out) == (1, f"Error: RUN_DIR {tmp_path / 'nope'} is not a directory\n")


def test_main_is_the_module_entry_point(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([str(tmp_path), "--prompt", "Hi", "--max-new-tokens", "999"])
    assert exit_info.value.code == 1
    assert capsys.readouterr().err == (
        f"Error: --max-new-tokens 999 must be between 1 and {MAX_NEW_TOKENS_CAP}: suggestions are "
        "short drafts\n")
