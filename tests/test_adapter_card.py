"""The adapter as a product: a model card that says what it is, its tokenizer, a portable base."""

from __future__ import annotations

import json
from pathlib import Path

from transformers import AutoTokenizer

from trainer.train import train
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent


def test_the_adapter_ships_a_card_its_tokenizer_and_a_portable_base(compose_cfg, tmp_path):
    ensure_demo_data(REPO / "data" / "demo")
    run = tmp_path / "run"
    m = train(compose_cfg("+experiment=smoke", "data.snapshot_at=2026-06-30T00:00:00Z",
                          "train.steps=2", "train.progress=false"), run_dir=run)
    card = (run / "adapter" / "README.md").read_text()
    p, consent, base = m["privacy"], m["consent"], m["model"]["base"]
    assert f"epsilon = {p['epsilon']:.3f}, delta = {p['delta']:g}" in card
    assert "**member** as the privacy unit" in card
    assert consent["snapshot_at"] in card and consent["read_at"] in card
    assert base["id"] in card and base["sha256"] in card and m["run"]["id"] in card
    assert "Intended use and limits" in card and "eval loss" in card
    config = json.loads((run / "adapter" / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == base["id"]  # no local cache path
    assert str(tmp_path) not in (run / "adapter" / "adapter_config.json").read_text()
    tokenizer = AutoTokenizer.from_pretrained(run / "adapter" / "tokenizer")
    assert tokenizer("hello").input_ids
    listed = {o["path"] for o in m["outputs"]}
    assert "adapter/README.md" in listed and any(x.startswith("adapter/tokenizer/") for x in listed)
