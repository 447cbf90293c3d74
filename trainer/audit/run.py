"""`audit(cfg, audit_dir=...)`: train with canaries, then measure what the adapter remembers.

Reads top to bottom: canaries -> input tables copied with the included canaries -> the
ordinary `train()` into `audit_dir` -> membership scores and the one-run epsilon lower bound ->
exposure and extraction -> `audit.json` (counts and bits, no secrets) beside the run's
manifest, whose digest it records. The secrets, the coins and the seed of their randomness go
to `audit_canaries.json` in the same directory, never into the manifest.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from omegaconf import DictConfig, OmegaConf

from trainer.audit.canaries import PII_FORMATS, Canary, chance_mean_bits, make_canaries, table_rows
from trainer.audit.config import validate_audit
from trainer.audit.one_run import epsilon_lower_bound
from trainer.audit.report import AUDIT_FILE
from trainer.audit.score import exposures, extractions, membership_scores
from trainer.batching import split_members
from trainer.config import RunConfig
from trainer.data.regions import validate_region_codes
from trainer.errors import UserError
from trainer.manifest.io import manifest_digest
from trainer.redact import Redactor
from trainer.redact.redacted import redact_texts
from trainer.suggest import load_run_model
from trainer.train import train

CANARY_FILE = "audit_canaries.json"  # private: the secrets and the coins
TABLES = ("members", "consent", "posts")
REGIONS = ("US", "CA", "IN", "JP", "BR", "AU", "SG", "MX")  # a canary's region: first allowed


def audit(cfg: DictConfig, *, audit_dir: Path, overrides: list[str] | None = None) -> dict:
    """Run the audit into `audit_dir`; returns the contents of audit.json."""
    a = cfg.audit
    validate_audit(a)
    audit_dir.mkdir(parents=True, exist_ok=True)
    seed = a.seed if a.seed is not None else secrets.randbits(63)
    rng = random.Random(seed)

    # 1. Canaries on the training side of the run's split, each in by a fair coin.
    canaries = make_canaries(
        m=a.canaries, formats=list(a.formats), rng=rng,
        in_training_split=lambda ids: split_members(
            ids, eval_fraction=cfg.data.eval_fraction, seed=cfg.seed)[0],
    )
    _write_json(audit_dir / CANARY_FILE, {
        "note": "PRIVATE to the audit: the canaries' secrets and coins; never publish",
        "seed": seed, "seed_source": "config" if a.seed is not None else "os_entropy",
        "canaries": [c.to_dict() for c in canaries],
    })

    # 2. The input tables, copied with the included canaries appended; then the ordinary run.
    tables = _tables_with_canaries(cfg, audit_dir / "data", canaries, repeats=a.repeats)
    train_cfg = _training_config(cfg, tables)
    try:
        manifest = train(train_cfg, run_dir=audit_dir,
                         overrides=[o for o in overrides or [] if not o.startswith("audit.")])
    finally:
        if not a.keep_tables:
            shutil.rmtree(audit_dir / "data", ignore_errors=True)
    if manifest["run"]["status"] != "completed" or cfg.dry_run:
        raise UserError(f"{audit_dir}: the audited run did not complete; nothing to audit")

    # 3. The adapter as `suggest` loads it; each canary scored as training saw it (redacted).
    model, tokenizer = load_run_model(run_dir=audit_dir, cache_dir=Path(cfg.cache_dir))
    redactor = Redactor.from_members(
        [c.display_name for c in canaries],
        placeholders=dict(cfg.redaction.placeholders) or None,
        enabled_types=list(cfg.redaction.enabled_types) if cfg.redaction.enabled_types else None,
        name_tagger=cfg.redaction.name_tagger,
        name_tagger_threshold=cfg.redaction.name_tagger_threshold,
    )
    trained_texts, _ = redact_texts(redactor, [c.text for c in canaries])
    _check_fits(tokenizer, trained_texts, cfg.model.max_seq_len)
    scores = membership_scores(model, tokenizer, trained_texts, max_seq_len=cfg.model.max_seq_len)
    included = [c.included for c in canaries]
    bound = epsilon_lower_bound(scores, included, confidence=a.confidence,
                                delta=cfg.privacy.delta)

    # 4. Exposure (rank among candidates) and extraction (sampling as suggest does).
    bits = exposures(model, tokenizer, canaries, candidates=a.candidates, rng=rng)
    extracted = extractions(model, tokenizer, canaries, samples=a.extraction_samples,
                            temperature=a.extraction_temperature,
                            seed=rng.randrange(2**31)) if a.extraction_samples else [False] * len(
                                canaries)
    survived = [c.secret in t for c, t in zip(canaries, trained_texts, strict=True)]
    base_exposure = _base_exposure(model, tokenizer, canaries, a, rng)

    per_canary = [{"index": c.index, "score": float(s), "exposure_bits": b, "extracted": e,
                   "secret_survived_redaction": v}
                  for c, s, b, e, v in zip(canaries, scores, bits, extracted, survived,
                                           strict=True)]
    private = json.loads((audit_dir / CANARY_FILE).read_text())
    _write_json(audit_dir / CANARY_FILE, {**private, "results": per_canary})

    result = _summary(cfg, audit_dir, manifest, canaries, bound, bits, extracted, survived,
                      scores)
    result["base_exposure"] = base_exposure
    _write_json(audit_dir / AUDIT_FILE, result)
    return result


def _summary(cfg, audit_dir, manifest, canaries, bound, bits, extracted, survived,
             scores) -> dict[str, Any]:
    """audit.json: counts, bits and the bound; no secret, no post text."""
    p = manifest.get("privacy") or {}
    dp = p.get("dp", True) is not False and p.get("epsilon") is not None
    a = cfg.audit
    exposure: dict[str, Any] = {}
    for fmt in dict.fromkeys(c.format for c in canaries):
        rows = [i for i, c in enumerate(canaries) if c.format == fmt]
        exposure[fmt] = {
            group: _stats([bits[i] for i in rows if canaries[i].included == flag],
                          [extracted[i] for i in rows if canaries[i].included == flag])
            for group, flag in (("in", True), ("out", False))
        }
        exposure[fmt]["pii"] = fmt in PII_FORMATS
        exposure[fmt]["secrets_surviving_redaction"] = sum(survived[i] for i in rows)
    s_in = [float(s) for s, c in zip(scores, canaries, strict=True) if c.included]
    s_out = [float(s) for s, c in zip(scores, canaries, strict=True) if not c.included]
    claimed = p.get("epsilon") if dp else None
    return {
        "schema": "consent-trainer/audit/1",
        "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "run_dir": str(audit_dir.resolve()),
        "run_id": manifest["run"]["id"],
        "manifest": {"file": "manifest.json",
                     "sha256": hashlib.sha256((audit_dir / "manifest.json").read_bytes())
                     .hexdigest(),
                     "digest": manifest_digest(manifest)},
        "differentially_private": dp,
        "claimed_epsilon": claimed,
        "delta": cfg.privacy.delta,
        "epsilon_lower_bound": bound.epsilon_lower_bound,
        "confidence": bound.confidence,
        "bound_exceeds_claim": bool(claimed is not None and bound.epsilon_lower_bound > claimed),
        "one_run": {"guesses": bound.guesses, "correct": bound.correct, "k_in": bound.k_in,
                    "k_out": bound.k_out, "tests": bound.tests,
                    "score": "loss reduction (base - base+adapter) of the canary's post",
                    "mean_score_in": _mean(s_in), "mean_score_out": _mean(s_out)},
        "canaries": {"total": len(canaries), "in": len(s_in), "out": len(s_out),
                     "formats": list(a.formats), "repeats": a.repeats},
        "exposure": exposure,
        "exposure_candidates": a.candidates,
        "exposure_chance_mean_bits": chance_mean_bits(a.candidates),
        "exposure_max_bits": float(np.log2(a.candidates + 1)),
        "extraction": {"samples": a.extraction_samples,
                       "temperature": a.extraction_temperature,
                       "successes_in": sum(e for e, c in zip(extracted, canaries, strict=True)
                                           if c.included),
                       "successes_out": sum(e for e, c in zip(extracted, canaries, strict=True)
                                            if not c.included)},
        "metrics": manifest.get("metrics"),
    }


def _base_exposure(model, tokenizer, canaries, a, rng) -> dict[str, Any]:
    """The included canaries' exposure and extraction under the base model alone (no adapter):
    the level that owes nothing to training."""
    chosen = [c for c in canaries if c.included]
    with model.disable_adapter():
        bits = exposures(model, tokenizer, chosen, candidates=a.candidates, rng=rng)
        found = extractions(model, tokenizer, chosen, samples=a.extraction_samples,
                            temperature=a.extraction_temperature,
                            seed=rng.randrange(2**31)) if a.extraction_samples else []
    out: dict[str, Any] = {}
    for fmt in dict.fromkeys(c.format for c in chosen):
        rows = [i for i, c in enumerate(chosen) if c.format == fmt]
        out[fmt] = _stats([bits[i] for i in rows], [found[i] for i in rows if found])
    return out


def _stats(bits: list[float], extracted: list[bool]) -> dict[str, Any]:
    return {"count": len(bits), "mean_bits": _mean(bits),
            "max_bits": max(bits) if bits else None, "extracted": sum(extracted)}


def _mean(xs: list[float]) -> float | None:
    return float(np.mean(xs)) if xs else None


def _tables_with_canaries(cfg, out: Path, canaries: list[Canary], *, repeats: int) -> dict:
    """Copies of the three JSON Lines tables with the included canaries' rows appended."""
    excluded = set(validate_region_codes(cfg.policy.excluded_regions,
                                         option="policy.excluded_regions"))
    region = next((r for r in REGIONS if r not in excluded), None)
    if region is None:
        raise UserError("policy.excluded_regions excludes every region the audit's canaries "
                        f"can use ({', '.join(REGIONS)}); allow one of them")
    rows = table_rows(canaries, setting=cfg.policy.setting, region=region, repeats=repeats)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in TABLES:
        src = Path(cfg.data[name]).expanduser()
        if src.suffix.lower() not in (".jsonl", ".json"):
            raise UserError(f"data.{name}={src}: the audit copies JSON Lines tables only; "
                            "convert it to .jsonl")
        if not src.is_file():
            raise UserError(f"data.{name}={src}: not found")
        dst = out / f"{name}.jsonl"
        shutil.copyfile(src, dst)
        with dst.open("a", encoding="utf-8") as fh:
            if dst.stat().st_size and not src.read_bytes().endswith(b"\n"):
                fh.write("\n")
            for row in rows[name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths[name] = str(dst)
    return paths


def _training_config(cfg: DictConfig, tables: dict[str, str]) -> DictConfig:
    """The config of the audited run: everything but `audit`, reading the canary tables."""
    container = OmegaConf.to_container(cfg, resolve=True)
    container.pop("audit")
    container["data"].update(tables)
    return OmegaConf.merge(OmegaConf.structured(RunConfig), container)


def _check_fits(tokenizer, texts: list[str], max_seq_len: int) -> None:
    longest = max(len(ids) + 2 for ids in tokenizer(texts, add_special_tokens=False)["input_ids"])
    if longest > max_seq_len:
        raise UserError(f"canary posts take up to {longest} tokens but model.max_seq_len="
                        f"{max_seq_len} cuts them: raise model.max_seq_len to {longest}")


def _write_json(path: Path, obj: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    tmp.replace(path)
