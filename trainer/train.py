"""`python -m trainer.train`: consent-checked, redacted, DP-SGD LoRA fine-tuning.

`train(cfg)` reads top to bottom: eligibility -> redaction -> model -> units -> privacy plan ->
the DP loop -> evaluation -> adapter -> manifest. Every stage reports into the manifest; nothing
reads the manifest back to decide anything.
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path
from typing import Any

import hydra
import torch
from omegaconf import DictConfig, OmegaConf
from tqdm import tqdm

from trainer import checkpoint, config
from trainer.batching import build_units, collate, split_members
from trainer.data.prepare import parse_snapshot, select_eligible
from trainer.data.regions import validate_region_codes
from trainer.errors import UserError
from trainer.evaluate import chunks_by_rows, evaluate
from trainer.losses import per_sequence_loss
from trainer.manifest.io import write_id_list
from trainer.models import load_base, wrap_lora
from trainer.models.compile import compile_layers
from trainer.privacy.accounting import (
    PrivacyAccountant,
    calibrate_noise_multiplier,
    check_delta,
    privacy_statement,
)
from trainer.privacy.dp_step import DPLoRAGradient
from trainer.privacy.sampling import PoissonSampler
from trainer.redact import Redactor
from trainer.run_record import RunRecord

config.register_configs()

SHOW_EVERY_S = 10.0  # progress bar refresh: the loss and epsilon shown, at most this often


def train(cfg: DictConfig, *, run_dir: Path, overrides: list[str] | None = None) -> dict[str, Any]:
    """Run one training job into `run_dir`; returns the final manifest."""
    record = RunRecord.start(run_dir, cfg=cfg, overrides=overrides or [])
    try:
        _train(cfg, run_dir, record)
    except KeyboardInterrupt:
        record.finish(status="interrupted", error="interrupted by the user (SIGINT)")
        raise
    except UserError as err:
        record.finish(status="failed", error=str(err))
        raise
    except Exception as err:  # a bug: record it, then let the traceback through
        record.finish(status="failed", error=f"{type(err).__name__}: {err}")
        raise
    return record.finish(status="completed")


def _train(cfg: DictConfig, run_dir: Path, record: RunRecord) -> None:
    config.validate(cfg)
    torch.manual_seed(cfg.seed)

    # 1. Eligibility: who consented, as of the snapshot, outside the excluded regions.
    snapshot_at = parse_snapshot(cfg.data.snapshot_at, now=record.started_at)
    excluded_regions = validate_region_codes(
        cfg.policy.excluded_regions, option="policy.excluded_regions"
    )
    selection = select_eligible(
        members_path=cfg.data.members,
        consent_path=cfg.data.consent,
        posts_path=cfg.data.posts,
        snapshot_at=snapshot_at,
        setting=cfg.policy.setting,
        allowed_kinds=list(cfg.policy.allowed_kinds),
        excluded_regions=excluded_regions,
    )
    result = selection.result
    record.set_consent(
        snapshot_at=snapshot_at,
        snapshot_source="config" if cfg.data.snapshot_at else "run_start",
        setting=cfg.policy.setting,
        policy_versions=result.policy_versions,
        excluded_regions=list(excluded_regions),
        allowed_kinds=list(cfg.policy.allowed_kinds),
    )
    record.set_data(
        sources=selection.sources,
        result=result,
        included_posts=write_id_list(run_dir, "included_posts.txt", result.included_post_ids),
        included_members=write_id_list(run_dir, "included_members.txt", result.included_member_ids),
    )

    # 2. Redaction: the only door through which post text moves on.
    redactor = Redactor.from_members(
        selection.display_names,
        placeholders=dict(cfg.redaction.placeholders) or None,
        enabled_types=list(cfg.redaction.enabled_types) if cfg.redaction.enabled_types else None,
    )
    texts, counts = redactor.redact_batch(result.included.column("text").to_pylist())
    record.set_redaction(counts=dict(counts), texts=len(texts), config=redactor.config_summary())
    if cfg.dry_run:
        return
    if len(result.included_member_ids) < 2:
        raise UserError(
            f"only {len(result.included_member_ids)} member(s) passed the consent checks; "
            "DP training needs many members (see data.excluded in the manifest)"
        )

    # 3. Model and device.
    device = _pick_device(cfg.train.device)
    autocast_dtype = _autocast_dtype(cfg.model.dtype, device)
    model, tokenizer, base_info = load_base(
        kind=cfg.model.kind,
        name_or_path=cfg.model.name_or_path,
        cache_dir=Path(cfg.cache_dir),
        device=device,
        seed=cfg.seed,
    )
    model = wrap_lora(
        model,
        r=cfg.lora.r,
        alpha=cfg.lora.alpha,
        dropout=cfg.lora.dropout,
        target_modules=list(cfg.lora.target_modules),
    )
    record.set_model(base=base_info, lora=OmegaConf.to_container(cfg.lora, resolve=True))

    # 4. Units: split members into train and held-out eval, then tokenize redacted posts.
    member_ids = result.included.column("member_id").to_pylist()
    train_ids, eval_ids = split_members(
        result.included_member_ids, eval_fraction=cfg.data.eval_fraction, seed=cfg.seed
    )
    record.set_split(
        train_members=write_id_list(run_dir, "train_members.txt", train_ids),
        eval_members=write_id_list(run_dir, "eval_members.txt", eval_ids),
    )
    unit_kw = dict(tokenizer=tokenizer, max_seq_len=cfg.model.max_seq_len, seed=cfg.seed)
    train_set, eval_set = set(train_ids), set(eval_ids[: cfg.train.eval_max_members])
    train_units = build_units(
        **_subset(texts, member_ids, train_set),
        unit=cfg.privacy.unit,
        max_posts_per_member=cfg.privacy.max_posts_per_member,
        **unit_kw,
    )
    eval_units = build_units(  # the same per-member cap as training, to bound eval cost
        **_subset(texts, member_ids, eval_set),
        unit="member",
        max_posts_per_member=cfg.privacy.max_posts_per_member,
        **unit_kw,
    )

    # 5. The privacy plan: Poisson rate, planned steps, noise calibrated to the target epsilon.
    p = cfg.privacy
    n_units = train_units.num_units
    check_delta(delta=p.delta, num_units=n_units)
    sample_rate = cfg.train.expected_batch_units / n_units
    if sample_rate > 1.0:
        raise UserError(
            f"train.expected_batch_units={cfg.train.expected_batch_units} exceeds the "
            f"{n_units} training units; lower it"
        )
    planned_steps = cfg.train.steps or math.ceil(cfg.train.epochs / sample_rate)
    if p.noise_multiplier is not None:
        noise_multiplier = float(p.noise_multiplier)
    else:
        noise_multiplier = calibrate_noise_multiplier(
            target_epsilon=p.target_epsilon,
            delta=p.delta,
            sample_rate=sample_rate,
            steps=planned_steps,
            accountant=p.accountant,
        )
    pad_id, max_len = tokenizer.pad_token_id, cfg.model.max_seq_len
    rows_cap = max(cfg.train.physical_batch_rows, p.max_posts_per_member)
    # Fixed shapes: every micro-batch is (rows_cap, max_len), padding rows have unit_index -1.
    fixed = cfg.train.fixed_shapes if cfg.train.fixed_shapes is not None else device.type == "cuda"
    pad_to = dict(pad_to_rows=rows_cap, pad_to_len=max_len) if fixed else {}
    pack = cfg.train.pack_posts  # a member's posts share rows as separate segments
    eval_kw = dict(
        pad_id=pad_id,
        max_seq_len=max_len,
        rows_per_batch=rows_cap,
        device=device,
        autocast_dtype=autocast_dtype,
        fixed_shapes=fixed,
    )

    # 6. The DP loop: sample -> per-unit clipped gradients -> noise once -> optimizer -> account.
    trainable = [q for q in model.parameters() if q.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=cfg.train.lr, weight_decay=cfg.train.weight_decay,
                                  fused=device.type == "cuda")
    generator = torch.Generator().manual_seed(cfg.seed)
    noise_generator = torch.Generator(device=device).manual_seed(cfg.seed + 1)
    sampler = PoissonSampler(num_units=n_units, sample_rate=sample_rate, generator=generator)
    accountant = PrivacyAccountant(kind=p.accountant)
    dp = DPLoRAGradient(
        model,
        max_grad_norm=p.max_grad_norm,
        noise_multiplier=noise_multiplier,
        generator=noise_generator,
    )
    if cfg.train.compile:
        compile_layers(model)  # after the DP layers are in place; compiled on first use
    with model.disable_adapter():
        base_metrics = evaluate(model, eval_units, **eval_kw)
    plan = {
        "noise_multiplier": noise_multiplier,
        "sample_rate": sample_rate,
        "planned_steps": planned_steps,
        "num_units": n_units,
        "train_members_sha256": record.manifest["data"]["split"]["train_members"]["sha256"],
    }
    start_step = 0
    if cfg.resume:
        start_step = checkpoint.load(
            Path(cfg.resume),
            plan=plan,
            model=model,
            optimizer=optimizer,
            sampler=sampler,
            accountant=accountant,
            noise_generator=noise_generator,
        )
        record.set_resumed_from(cfg.resume, start_step)
    stop_at = planned_steps
    if cfg.train.max_steps is not None:
        stop_at = min(planned_steps, start_step + cfg.train.max_steps)

    def record_privacy() -> None:
        """The guarantee for the steps taken so far (also written if the run stops early)."""
        epsilon = accountant.epsilon(delta=p.delta)
        record.set_privacy(
            unit=p.unit,
            epsilon=epsilon,
            delta=p.delta,
            accountant=p.accountant,
            noise_multiplier=noise_multiplier,
            max_grad_norm=p.max_grad_norm,
            sample_rate=sample_rate,
            steps=accountant.steps,
            planned_steps=planned_steps,
            max_posts_per_member=p.max_posts_per_member if p.unit == "member" else None,
            target_epsilon=p.target_epsilon,
            num_units=n_units,
            posts_capped=train_units.posts_capped,
            history=[list(h) for h in accountant.history],
            statement=privacy_statement(epsilon=epsilon, delta=p.delta, unit=p.unit),
        )

    model.train()
    last_loss = float("nan")  # mean loss per sampled post of the last step that sampled any
    last_sum, last_posts = torch.zeros((), device=device), 0
    shown_at = time.monotonic()
    bar = tqdm(
        range(start_step, stop_at),
        initial=start_step,
        total=planned_steps,
        disable=not cfg.train.progress,
        desc="dp-sgd",
        file=sys.stderr,
    )
    try:
        for step in bar:
            unit_indices = sampler.sample()  # Poisson: each unit in with prob. sample_rate
            loss_sum, loss_posts = torch.zeros((), device=device), 0  # this step's training loss
            for chunk in chunks_by_rows(train_units, unit_indices, rows_cap, pack=pack,
                                        max_seq_len=max_len):
                batch = collate(train_units, chunk, pad_id=pad_id, max_seq_len=max_len,
                                pack=pack, **pad_to)
                inputs = batch.to(device)  # asynchronous on CUDA; unit_index stays on the host
                with dp.rows(batch.num_rows), _autocast(device, autocast_dtype):
                    losses = per_sequence_loss(
                        model,
                        input_ids=inputs.input_ids,
                        attention_mask=inputs.attention_mask,
                        loss_mask=inputs.loss_mask,
                        segment_ids=inputs.segment_ids,  # None unless packed
                        position_ids=inputs.position_ids,
                        static_shapes=fixed,
                    )  # (R,) each row's sum over its posts of the post's mean token loss
                dp.accumulate(losses=losses, unit_index=batch.unit_index, num_units=batch.num_units)
                loss_sum += losses.detach().sum()  # on the device: no wait for the GPU here
                loss_posts += sum(len(train_units.unit_rows[u]) for u in chunk.tolist())
            dp.finalize(expected_units=sample_rate * n_units)  # noise once, writes .grad
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            accountant.step(noise_multiplier=noise_multiplier, sample_rate=sample_rate)
            if loss_posts:  # keep the device tensor; reading it would make the host wait
                last_sum, last_posts = loss_sum, loss_posts
            final = step + 1 == stop_at
            if final or (cfg.train.progress and time.monotonic() - shown_at >= SHOW_EVERY_S):
                # Throttled by time, not steps: reading the loss waits for the device, and a
                # PRV epsilon takes ~0.5 s, as long as several GPU steps.
                if last_posts:
                    last_loss = float(last_sum) / last_posts
                if cfg.train.progress:
                    eps = accountant.epsilon(delta=p.delta)
                    bar.set_postfix(loss=f"{last_loss:.3f}", eps=f"{eps:.2f}")
                shown_at = time.monotonic()
            if cfg.train.checkpoint_every and (step + 1) % cfg.train.checkpoint_every == 0:
                _save_checkpoint(run_dir, step + 1, plan, model, optimizer, sampler, accountant,
                                 noise_generator)
                record_privacy()
    finally:
        bar.close()
        record_privacy()  # a failed or interrupted run still declares what it spent

    # 7. Evaluation, adapter and the checkpoint to resume from.
    trained_metrics = evaluate(model, eval_units, **eval_kw)
    model.save_pretrained(run_dir / "adapter")
    _save_checkpoint(run_dir, accountant.steps, plan, model, optimizer, sampler, accountant,
                     noise_generator)
    record.set_metrics(base=base_metrics, trained=trained_metrics, train_loss_last=last_loss)
    record.set_outputs(["adapter/adapter_model.safetensors", "adapter/adapter_config.json"])


def _save_checkpoint(run_dir, step, plan, model, optimizer, sampler, accountant, noise_generator):
    checkpoint.save(
        run_dir,
        step=step,
        plan=plan,
        model=model,
        optimizer=optimizer,
        sampler=sampler,
        accountant=accountant,
        noise_generator=noise_generator,
    )


def _subset(texts: list[str], member_ids: list[str], keep: set[str]) -> dict[str, list[str]]:
    idx = [i for i, m in enumerate(member_ids) if m in keep]
    return {"texts": [texts[i] for i in idx], "member_ids": [member_ids[i] for i in idx]}


def _pick_device(name: str) -> torch.device:
    if name == "cuda" and not torch.cuda.is_available():
        raise UserError("train.device=cuda but no CUDA device is visible; use train.device=auto")
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    return torch.device(name)


def _autocast_dtype(dtype: str, device: torch.device) -> torch.dtype | None:
    """bf16 autocast (fp32 LoRA weights, fp32 clipping and noise) where the device supports it."""
    if dtype == "fp32":
        return None
    supported = device.type == "cuda" and torch.cuda.is_bf16_supported()
    if dtype == "bf16" and not supported and device.type != "cpu":
        raise UserError(f"model.dtype=bf16 is not supported on {device}; use model.dtype=fp32")
    if dtype == "bf16":
        return torch.bfloat16
    return torch.bfloat16 if supported else None


def _autocast(device: torch.device, dtype: torch.dtype | None):
    return torch.autocast(device.type, dtype=dtype, enabled=dtype is not None)


@hydra.main(version_base="1.3", config_path="../conf", config_name="config")
def main(cfg: DictConfig) -> None:
    from hydra.core.hydra_config import HydraConfig

    hc = HydraConfig.get()
    try:
        train(cfg, run_dir=Path(hc.runtime.output_dir), overrides=list(hc.overrides.task))
    except UserError as err:
        print(f"Error: {err}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print(f"Interrupted: the manifest in {hc.runtime.output_dir} records the steps taken "
              "and the privacy spent", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
