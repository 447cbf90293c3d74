"""Suggestions from a run dir: base + adapter rebuilt from the manifest; refusals that matter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from trainer.errors import UserError
from trainer.models import load_base, wrap_lora
from trainer.suggest import load_run_model, main, parse_args, read_run_base, suggest


def _make_run(
    run_dir: Path, *, seed: int = 0, sha256: str | None = None
) -> dict[str, torch.Tensor]:
    """Fake a finished run (tiny base, LoRA with non-zero B, a manifest); return LoRA weights."""
    model, _, info = load_base(kind="tiny", seed=seed)
    peft_model = wrap_lora(model, r=4, alpha=8, dropout=0.0, target_modules=["q_proj", "v_proj"])
    torch.manual_seed(7)
    lora = {}
    for name, param in peft_model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(
                param, std=0.5
            )  # fresh B is zero; make the adapter change the output
        if param.requires_grad:
            lora[name] = param.detach().clone()
    peft_model.save_pretrained(run_dir / "adapter")
    manifest = {
        "model": {
            "base": {**info, "sha256": sha256 or info["sha256"]},
            "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"]},
        },
        "config": {"resolved": {"model": {"kind": "tiny", "name_or_path": None}, "seed": seed}},
    }
    (run_dir / "manifest.json").write_text(json.dumps(manifest))
    return lora


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
    base_digest = load_base(kind="tiny", seed=5)[2]["sha256"]
    assert (
        json.loads((tmp_path / "manifest.json").read_text())["model"]["base"]["sha256"]
        == base_digest
    )


def test_suggest_cli_prints_numbered_drafts(tmp_path, capsys):
    _make_run(tmp_path)
    main([f"run_dir={tmp_path}", "prompt=Draft:", "num=2", "max_new_tokens=5"])
    lines = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("   ")]
    assert [ln[:9] for ln in lines] == ["1. Draft:", "2. Draft:"]


def test_digest_mismatch_is_refused(tmp_path):
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
    (tmp_path / "manifest.json").write_text(json.dumps({"model": None}))
    with pytest.raises(UserError, match="records no base model"):
        suggest(run_dir=tmp_path, prompt="Hi")


def test_config_yaml_is_the_fallback_for_the_model_settings(tmp_path):
    (tmp_path / "config.yaml").write_text("model:\n  kind: hf\n  name_or_path: /models/mine\n")
    manifest = {"model": {"base": {"id": "/models/mine", "kind": "hf", "sha256": "0" * 64}}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    assert read_run_base(tmp_path).name_or_path == "/models/mine"


def test_parse_args_types_defaults_and_errors():
    assert parse_args(["run_dir=r", "prompt=a=b", "num=2"]) == {
        "run_dir": "r",
        "prompt": "a=b",
        "num": 2,
        "max_new_tokens": 40,
        "temperature": 0.8,
        "seed": 0,
    }
    with pytest.raises(UserError, match="unknown option 'nmu'"):
        parse_args(["run_dir=r", "prompt=x", "nmu=2"])
    with pytest.raises(UserError, match="num='two' is not a valid int"):
        parse_args(["run_dir=r", "prompt=x", "num=two"])
    with pytest.raises(UserError, match="missing prompt=..."):
        parse_args(["run_dir=r"])


def test_cli_unknown_key_exits_1_with_one_line_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["run_dir=r", "prompt=x", "colour=blue"])
    assert exit_info.value.code == 1
    assert capsys.readouterr().err == (
        "Error: unknown option 'colour'; expected one of run_dir, prompt, num, max_new_tokens, "
        "temperature, seed\n"
    )


def test_cli_help(capsys):
    main(["--help"])
    assert capsys.readouterr().out.startswith("usage: python -m trainer.suggest run_dir=RUN")


def test_bad_sampling_settings_are_refused(tmp_path):
    with pytest.raises(UserError, match="temperature must be > 0"):
        suggest(run_dir=tmp_path, prompt="Hi", temperature=0)
    with pytest.raises(UserError, match="prompt must be a non-empty draft"):
        suggest(run_dir=tmp_path, prompt="  ")
