"""The wall between raw posts and the tokenizer, checked on a real run: a spy on the tokenizer
records every string it is given, and no raw text of a post that held personal data is among
them (the wall in code is `RedactedTexts`; this checks the whole run uses it)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from transformers import PreTrainedTokenizerBase

from trainer.data.prepare import select_eligible
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.redact import Redactor
from trainer.train import train
from trainer_dev.demo import ensure_demo_data

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SNAPSHOT = "2026-06-30T00:00:00Z"


def test_no_raw_post_text_reaches_the_tokenizer(compose_cfg, tmp_path, monkeypatch, fixed_clock):
    ensure_demo_data(DEMO)
    seen: list[str] = []
    real_call, real_encode = PreTrainedTokenizerBase.__call__, PreTrainedTokenizerBase.encode

    def record(value) -> None:
        if isinstance(value, str):
            seen.append(value)
        elif isinstance(value, list | tuple):
            seen.extend(v for v in value if isinstance(v, str))

    def spy_call(self, text=None, *args, **kwargs):
        record(text)
        return real_call(self, text, *args, **kwargs)

    def spy_encode(self, text, *args, **kwargs):
        record(text)
        return real_encode(self, text, *args, **kwargs)

    monkeypatch.setattr(PreTrainedTokenizerBase, "__call__", spy_call)
    monkeypatch.setattr(PreTrainedTokenizerBase, "encode", spy_encode)
    cfg = compose_cfg("+experiment=smoke", f"data.snapshot_at={SNAPSHOT}", "train.progress=false",
                      "privacy.max_posts_per_member=4", "train.eval_max_members=64")
    train(cfg, run_dir=tmp_path / "run")

    selection = select_eligible(
        members_path=DEMO / "members.jsonl", consent_path=DEMO / "consent.jsonl",
        posts_path=DEMO / "posts.jsonl", snapshot_at=datetime(2026, 6, 30, tzinfo=UTC),
        read_at=fixed_clock, setting="generative_ai_training",
        allowed_kinds=["post", "article", "comment"],
        excluded_regions=list(DEFAULT_EXCLUDED_REGIONS))
    redactor = Redactor.from_members(selection.display_names, name_tagger=False)
    raw = selection.result.included.column("text").to_pylist()
    with_pii = {t for t in raw if redactor.redact(t).text != t}
    assert len(with_pii) > 1000  # the demo data plants PII in many eligible posts
    assert len(seen) > 100  # the spy saw the run's texts
    assert any("[EMAIL]" in s or "[NAME]" in s for s in seen)  # ... and they were redacted
    assert with_pii.isdisjoint(seen)
