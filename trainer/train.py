"""`python -m trainer.train`: consent-checked, redacted, DP-SGD LoRA fine-tuning.

`train(cfg)` reads top to bottom: eligibility -> redaction -> model -> units -> privacy plan ->
the DP loop -> evaluation -> adapter -> manifest. Every stage reports into the manifest; nothing
reads the manifest back to decide anything.
"""

from __future__ import annotations

import signal
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import hydra
import torch
from omegaconf import DictConfig, OmegaConf
from tqdm import tqdm

from trainer import checkpoint, config, distributed, sharding
from trainer.batching import Units, build_units, chunks_by_rows, collate, split_members
from trainer.data.policy import check_policy, check_roster_names
from trainer.data.prepare import Redaction, Selection, parse_snapshot, select_eligible
from trainer.data.regions import resolve_excluded_regions
from trainer.device import autocast, autocast_dtype, pick_device
from trainer.errors import UserError
from trainer.evaluate import evaluate
from trainer.losses import per_sequence_loss
from trainer.manifest.io import write_consent_basis, write_id_list
from trainer.models import load_base, wrap_lora
from trainer.models.card import save_adapter
from trainer.models.compile import compile_layers
from trainer.privacy.accounting import (
    NOT_COVERED,
    PrivacyAccountant,
    calibrate_noise_multiplier,
    privacy_statement,
)
from trainer.privacy.dp_step import DPLoRAGradient
from trainer.privacy.plan import PRIVACY_ACKNOWLEDGEMENTS, PrivacyPlan, make_plan
from trainer.privacy.randomness import StepRandomness
from trainer.redact import TYPES as REDACTION_TYPES
from trainer.redact import Redactor
from trainer.redact.redacted import RedactedTexts
from trainer.registry import register_run
from trainer.resume import config_for_resume
from trainer.run_record import RunRecord
from trainer.runlog import RunLog
from trainer.signals import signals_handled

config.register_configs()

SHOW_EVERY_S = 10.0  # loss, epsilon and metrics.jsonl are read from the device at most this often


class Stopped(KeyboardInterrupt):
    """SIGINT, SIGTERM or SIGHUP: the run stops, records what it spent, and exits 130."""


def train(cfg: DictConfig, *, run_dir: Path, overrides: list[str] | None = None) -> dict[str, Any]:
    """Run one training job into `run_dir` (a new directory); returns the final manifest.

    From a notebook: `train(compose(...), run_dir=Path("outputs/nb-1"), overrides=[...])`; the
    overrides are recorded in the manifest as given.
    """
    overrides = list(overrides or [])
    if cfg.resume:
        cfg = config_for_resume(cfg, overrides)
    config.validate(cfg)  # before anything is written
    world = distributed.join(cfg.train.device)  # one process unless launched by torchrun
    record = distributed.start_record(  # rank 0 writes; the other ranks write nothing
        world, run_dir, start=lambda: RunRecord.start(run_dir, cfg=cfg, overrides=overrides))
    try:
        log = RunLog(run_dir) if world.main else distributed.QuietLog(world.rank)
    except UserError as err:
        record.finish(status="failed", error=str(err))
        raise
    status, error = "completed", None
    try:
        with _signals_stop_the_run():
            _train(cfg, run_dir, record, log, world)
    except KeyboardInterrupt as err:
        status, error = "interrupted", str(err) or "interrupted by the user (SIGINT)"
        raise
    except UserError as err:
        status, error = "failed", str(err)
        raise
    except Exception as err:  # a bug: record it, then let the traceback through
        status, error = "failed", f"{type(err).__name__}: {err}"
        if peer := world.peer_error():  # another rank failed first: its error, one line
            raise UserError(peer) from err
        raise
    finally:
        status, error = distributed.settle(world, status=status, error=error)  # any rank's error
        with distributed.shielded(world):  # torchrun's SIGTERM waits for the final manifest
            manifest = (_finish(record, log, status=status, error=error) if world.main
                        else record.manifest)
        world.close()
    return manifest


def _train(cfg: DictConfig, run_dir: Path, record: RunRecord, log: RunLog,
           world: distributed.World) -> None:
    torch.manual_seed(cfg.seed)  # LoRA init only; the DP randomness never comes from a seed
    snapshot_at = parse_snapshot(cfg.data.snapshot_at, now=record.started_at)
    log.info(f"run {record.run_id} in {run_dir}")
    log.info(f"  snapshot {snapshot_at:%Y-%m-%d %H:%M:%S}Z, model {cfg.model.kind}, "
             f"{_target(cfg.privacy)}")

    if cfg.train.shard_base:  # refused before any data is read (one process, compile)
        sharding.check(world, compile=cfg.train.compile)

    # 1. Eligibility: consented at the snapshot, not withdrawn since, outside excluded regions.
    # 2. Redaction: the only door through which post text moves on. Each included post is
    #    redacted as soon as it is judged; its raw text goes no further than that batch.
    log.stage("eligibility")
    selection, id_lists = _select_eligible(cfg, snapshot_at=snapshot_at,
                                           read_at=record.started_at, record=record,
                                           run_dir=run_dir, world=world)
    result, redaction = selection.result, selection.redaction
    log.end_stage(f"{len(result.included_post_ids):,} posts from "
                  f"{len(result.included_member_ids):,} members included, "
                  f"{result.posts_read - len(result.included_post_ids):,} excluded",
                  less_s=redaction.seconds)
    counts = _record_redaction(redaction, len(result.included), record, world)
    log.done_stage("redaction", redaction.seconds, f"{sum(counts.values()):,} items redacted")
    redacted = (redaction.texts, result.included.column("member_id").to_pylist())
    if cfg.dry_run:
        _print_funnel(log, result)
        return

    # 3. Model, LoRA and device.
    log.stage("model")
    device = pick_device(cfg.train.device)
    dtype = autocast_dtype(cfg.model.dtype, device)
    model, tokenizer, base_info = load_base(
        kind=cfg.model.kind, name_or_path=cfg.model.name_or_path, cache_dir=Path(cfg.cache_dir),
        device="cpu" if cfg.train.shard_base else device, seed=cfg.seed)  # sharded: to device
    model = wrap_lora(model, r=cfg.lora.r, alpha=cfg.lora.alpha, dropout=cfg.lora.dropout,
                      target_modules=list(cfg.lora.target_modules))
    sharded = (sharding.shard_base(model, world, record, device=device)
               if cfg.train.shard_base else None)
    record.set_model(base=base_info, lora=OmegaConf.to_container(cfg.lora, resolve=True))
    log.end_stage(f"{base_info.get('name', cfg.model.kind)} on {device}")

    # 4. Units: members split into train and held-out eval, redacted posts tokenized.
    #    Under torchrun each rank holds its own members' units; the plan counts all of them.
    train_units, eval_units, split = _units(cfg, redacted, result, tokenizer, run_dir, record,
                                            world)
    num_units, posts_capped, posts_trained = world.sum_ints(
        [train_units.num_units, train_units.posts_capped, len(train_units.rows)])

    # 5. The privacy plan: rate, steps, noise calibrated to the target, budget checks.
    plan = make_plan(
        enabled=cfg.privacy.enabled, unit=cfg.privacy.unit, num_units=num_units,
        expected_batch_units=cfg.train.expected_batch_units, steps=cfg.train.steps,
        epochs=cfg.train.epochs, target_epsilon=cfg.privacy.target_epsilon,
        noise_multiplier=cfg.privacy.noise_multiplier, max_grad_norm=cfg.privacy.max_grad_norm,
        delta=cfg.privacy.delta, accountant=cfg.privacy.accountant,
        reproducible_noise=cfg.privacy.reproducible_noise,
        max_posts_per_member=cfg.privacy.max_posts_per_member, seed=cfg.seed,
        train_members_sha256=split["train_members"]["sha256"],
        included_posts_sha256=id_lists["included_posts"]["sha256"],
        acknowledge=list(cfg.policy.acknowledge))
    _warn_about_plan(log, plan, cfg.privacy)

    # 6. The loop.
    loop = Loop(cfg, plan, model, tokenizer, device, dtype, record, log, world=world,
                local_units=train_units.num_units, posts_capped=posts_capped,
                posts_trained=posts_trained, sharded=sharded)
    with model.disable_adapter():
        base_metrics = loop.evaluate(eval_units)
    loop.run(train_units)

    # 7. Evaluation, then the adapter (only if every weight is finite).
    log.stage("evaluation")
    trained_metrics = loop.evaluate(eval_units)
    record.set_metrics(base=base_metrics, trained=trained_metrics)
    log.end_stage(f"eval loss {base_metrics['eval_loss']:.3f} -> "
                  f"{trained_metrics['eval_loss']:.3f} on {len(split['eval_ids'])} held-out "
                  "members")
    loop.check_finite()
    if world.main:
        files = save_adapter(model, tokenizer, run_dir=run_dir, manifest=record.manifest,
                             plan=plan)
        record.set_outputs(files)


class Loop:
    """The DP-SGD loop, written out: sample -> clipped per-unit grads -> noise -> step -> account.

    Holds what the loop needs between steps; built once per run."""

    def __init__(self, cfg, plan: PrivacyPlan, model, tokenizer, device, dtype, record, log, *,
                 world: distributed.World, local_units: int, posts_capped: int,
                 posts_trained: int, sharded: sharding.ShardedBase | None = None):
        self.cfg, self.plan, self.model, self.device, self.dtype = cfg, plan, model, device, dtype
        self.world = world
        self.record, self.log, self.run_dir = record, log, record.run_dir
        self.posts_capped, self.posts_trained = posts_capped, posts_trained
        self.steps = 0  # steps taken, resumed ones included (the ledger's count under DP)
        t = cfg.train
        self.pad_id, self.max_len = tokenizer.pad_token_id, cfg.model.max_seq_len
        self.rows_cap = max(t.physical_batch_rows, cfg.privacy.max_posts_per_member)
        self.fixed = t.fixed_shapes if t.fixed_shapes is not None else device.type == "cuda"
        self.pad_to = dict(pad_to_rows=self.rows_cap, pad_to_len=self.max_len) if self.fixed else {}
        self.pack = t.pack_posts
        trainable = [q for q in model.parameters() if q.requires_grad]
        self.optimizer = torch.optim.AdamW(trainable, lr=t.lr, weight_decay=t.weight_decay,
                                           fused=device.type == "cuda")
        self.random = StepRandomness(  # OS entropy, drawn by each rank for itself
            device=device,
            reproducible_seed=distributed.rank_seed(world, cfg.seed)
            if plan.reproducible_noise else None)
        self.sampler = distributed.sampler(  # this rank's units, at the global rate
            world, local_units=local_units, num_units=plan.num_units,
            sample_rate=plan.sample_rate, generator=self.random.sampling)
        self.accountant = PrivacyAccountant(kind=plan.accountant)
        self.sharded = sharded
        reduce = world.all_reduce_sum if world.is_distributed else None
        if sharded:  # first every rank runs as many base passes as the busiest (all-gathers)
            reduce = sharded.wrap_all_reduce(reduce)
        self.dp = DPLoRAGradient(  # several ranks: clipped sums all-reduced, noise from rank 0
            model, max_grad_norm=plan.max_grad_norm, noise_multiplier=plan.noise_multiplier,
            generator=self.random.noise, clipping=plan.dp,
            all_reduce=reduce,
            adds_noise=world.main)
        world.same_weights(self.dp.params)
        if t.compile:
            compile_layers(model)  # after the DP layers are in place; compiled on first use

    def evaluate(self, units: Units) -> dict[str, float]:
        metrics = evaluate(self.model, units, pad_id=self.pad_id, max_seq_len=self.max_len,
                           rows_per_batch=self.rows_cap, device=self.device,
                           autocast_dtype=self.dtype, fixed_shapes=self.fixed)
        if self.sharded:  # every rank as many base passes as the busiest (all-gathers)
            self.sharded.catch_up(backward=False)
        return distributed.combine_eval(self.world, metrics)  # this rank's eval members + others

    def run(self, units: Units) -> None:
        cfg, plan = self.cfg, self.plan
        start = 0
        if cfg.resume:
            distributed.check_resume_world(self.world, checkpoint.verified_manifest(
                Path(cfg.resume)), run=cfg.resume)
            start = checkpoint.load(Path(cfg.resume), plan=plan, model=self.model,
                                    optimizer=self.optimizer, sampler=self.sampler,
                                    accountant=self.accountant)
            resumed = checkpoint.verified_manifest(Path(cfg.resume))["run"]["id"]
            self.record.set_resumed_from(cfg.resume, step=start, run_id=resumed)
            self.steps = start
            self.log.info(f"  resumed from {cfg.resume} at step {start}")
        stop_at = plan.planned_steps
        if cfg.train.max_steps is not None:
            stop_at = min(stop_at, start + cfg.train.max_steps)
        self.record_privacy()
        self.log.stage("training")
        pending: list[dict[str, Any]] = []  # per-step rows; device values read in batches
        shown_at = saved_at = time.monotonic()
        bar = tqdm(range(start, stop_at), initial=start, total=plan.planned_steps,
                   disable=not cfg.train.progress, desc="dp-sgd" if plan.dp else "NON-PRIVATE",
                   file=sys.stderr)
        try:
            for step in bar:
                began = time.monotonic()
                pending.append(self.step(step, units) | {"started": began})
                now = time.monotonic()
                last = step + 1 == stop_at
                if last or now - shown_at >= SHOW_EVERY_S:
                    self.flush_metrics(pending, bar)
                    pending, shown_at = [], now
                every, every_s = cfg.train.checkpoint_every, cfg.train.checkpoint_every_s
                if not last and ((every and (step + 1) % every == 0)
                                 or (every_s and now - saved_at >= every_s)):
                    self.save_checkpoint()
                    saved_at = time.monotonic()
        finally:
            bar.close()
            self.record_privacy()  # a failed or interrupted run still declares what it spent
        self.check_finite()
        self.save_checkpoint()
        self.log.end_stage(f"{self.steps} steps, {self._spent()}")

    def step(self, step: int, units: Units) -> dict[str, Any]:
        """One logical DP-SGD step; returns its (still on-device) operator metrics."""
        plan, dp = self.plan, self.dp
        self.random.begin_step(step)  # fresh OS entropy for this step's sampling and noise
        unit_indices = self.sampler.sample()  # Poisson: each unit in with prob. sample_rate
        loss_sum, posts, tokens = torch.zeros((), device=self.device), 0, 0
        for chunk in chunks_by_rows(units, unit_indices, self.rows_cap, pack=self.pack,
                                    max_seq_len=self.max_len):
            batch = collate(units, chunk, pad_id=self.pad_id, max_seq_len=self.max_len,
                            pack=self.pack, **self.pad_to)
            tokens += int(batch.loss_mask.sum())  # host tensor: no device wait
            inputs = batch.to(self.device)  # asynchronous on CUDA; unit_index stays on the host
            with dp.rows(batch.num_rows), autocast(self.device, self.dtype):
                losses = per_sequence_loss(
                    self.model, input_ids=inputs.input_ids, attention_mask=inputs.attention_mask,
                    loss_mask=inputs.loss_mask, segment_ids=inputs.segment_ids,
                    position_ids=inputs.position_ids, static_shapes=self.fixed,
                )  # (R,) each row's sum over its posts of the post's mean token loss
            dp.accumulate(losses=losses, unit_index=batch.unit_index, num_units=batch.num_units)
            loss_sum += losses.detach().sum()
            posts += sum(len(units.unit_rows[u]) for u in chunk.tolist())
        dp.finalize(expected_units=plan.sample_rate * plan.num_units)  # noise once, sets .grad
        sampled, posts, tokens, loss_sum = distributed.sum_step(
            self.world, len(unit_indices), posts, tokens, loss_sum)  # every rank's share
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        if plan.dp:
            self.accountant.step(noise_multiplier=plan.noise_multiplier,
                                 sample_rate=plan.sample_rate)
        self.steps += 1
        return {"step": step + 1, "units": sampled, "posts": posts, "tokens": tokens,
                "loss_sum": loss_sum}

    def flush_metrics(self, pending: list[dict[str, Any]], bar) -> None:
        """Read the pending steps' losses from the device (one wait) and log them."""
        if not pending:
            return
        sums = torch.stack([p.pop("loss_sum") for p in pending]).tolist()
        ends = [p["started"] for p in pending[1:]] + [time.monotonic()]
        eps = self.accountant.epsilon(delta=self.plan.delta) if self.plan.dp else None
        rows = []
        for p, s, end in zip(pending, sums, ends, strict=True):
            took = end - p.pop("started")
            rows.append({**p, "loss": s / p["posts"] if p["posts"] else None,
                         "step_s": round(took, 4),
                         "tokens_per_s": round(p["tokens"] / took, 1) if took > 0 else None})
        rows[-1]["epsilon"] = eps
        self.log.metrics(rows)
        last = next((r["loss"] for r in reversed(rows) if r["loss"] is not None), None)
        if last is not None and last != last:  # NaN: the run diverged
            raise UserError(f"the training loss became NaN at step {rows[-1]['step']}; lower "
                            f"train.lr (now {self.cfg.train.lr:g}); no adapter is written")
        if self.cfg.train.progress:
            bar.set_postfix(loss="nan" if last is None else f"{last:.3f}",
                            eps="-" if eps is None else f"{eps:.2f}")

    def check_finite(self) -> None:
        """Refuse to save non-finite weights: no NaN adapter or checkpoint is ever written."""
        for p in self.dp.params:
            if not bool(torch.isfinite(p).all()):
                raise UserError("training diverged (non-finite LoRA weights); lower train.lr "
                                f"(now {self.cfg.train.lr:g}); no adapter is written")

    def save_checkpoint(self) -> None:
        """A new checkpoint and the privacy spent so far, in one signed manifest write."""
        self.check_finite()
        if not self.world.main:
            return  # rank 0 writes the checkpoint (every rank holds the same weights)
        entry = checkpoint.save(self.run_dir, step=self.steps, plan=self.plan, model=self.model,
                                optimizer=self.optimizer, sampler=self.sampler,
                                accountant=self.accountant)
        self.record.set_checkpoint(entry, **self.privacy_section())
        checkpoint.prune(self.run_dir)

    def record_privacy(self) -> None:
        self.record.set_privacy(**self.privacy_section())

    def privacy_section(self) -> dict[str, Any]:
        """The guarantee for the steps taken so far (as the manifest states it)."""
        plan = self.plan
        eps = self.accountant.epsilon(delta=plan.delta) if plan.dp else None
        return dict(
            dp=plan.dp, reproducible_noise=plan.reproducible_noise, unit=plan.unit, epsilon=eps,
            delta=plan.delta, accountant=plan.accountant, noise_multiplier=plan.noise_multiplier,
            max_grad_norm=plan.max_grad_norm, sample_rate=plan.sample_rate,
            steps=self.steps,
            planned_steps=plan.planned_steps,
            max_posts_per_member=plan.max_posts_per_member if plan.unit == "member" else None,
            target_epsilon=plan.target_epsilon, num_units=plan.num_units,
            posts_capped=self.posts_capped, posts_trained=self.posts_trained,
            history=[list(h) for h in self.accountant.history],
            acknowledgements=list(plan.acknowledgements),
            statement=privacy_statement(epsilon=eps, delta=plan.delta, unit=plan.unit,
                                        dp=plan.dp, reproducible_noise=plan.reproducible_noise),
            not_covered=[{"item": item, "why": why} for item, why in NOT_COVERED],
        )

    def _spent(self) -> str:
        if not self.plan.dp:
            return "NOT differentially private"
        eps = self.accountant.epsilon(delta=self.plan.delta)
        return f"epsilon {eps:.3f} at delta {self.plan.delta:g}"


# --- stages -------------------------------------------------------------------------------


def _select_eligible(cfg, *, snapshot_at, read_at, record: RunRecord, run_dir: Path,
                     world: distributed.World) -> tuple[Selection, dict[str, dict]]:
    """Eligibility at the snapshot (withdrawals up to read_at), policy acknowledgements checked.

    Under torchrun each rank judges its own members' posts; counts and ids are then combined."""
    excluded = resolve_excluded_regions(list(cfg.policy.excluded_regions),
                                        list(cfg.policy.extra_excluded_regions))
    policy_acks = [a for a in cfg.policy.acknowledge if a not in PRIVACY_ACKNOWLEDGEMENTS]
    acknowledgements = check_policy(
        setting=cfg.policy.setting, excluded_regions=excluded, snapshot_at=snapshot_at,
        read_at=read_at, disabled_redaction_types=_disabled_types(cfg.redaction),
        name_tagger=cfg.redaction.name_tagger,
        name_tagger_threshold=cfg.redaction.name_tagger_threshold,
        acknowledgements=policy_acks)
    redaction_cfg = cfg.redaction
    roster_acknowledgements: list[dict[str, str]] = []

    def make_redactor(display_names: list[str]) -> Redactor:
        with warnings.catch_warnings():  # unkeyed names are refused or acknowledged just below
            warnings.filterwarnings("ignore", category=UserWarning,
                                    message=r".* roster display name\(s\) yield no name key")
            redactor = Redactor.from_members(
                display_names, placeholders=dict(redaction_cfg.placeholders) or None,
                enabled_types=list(redaction_cfg.enabled_types) if redaction_cfg.enabled_types
                else None, name_tagger=redaction_cfg.name_tagger,
                name_tagger_threshold=redaction_cfg.name_tagger_threshold)
        roster_acknowledgements[:] = check_roster_names(
            unkeyed=redactor.member_names_without_keys,
            members_path=str(cfg.data.members), acknowledgements=policy_acks)
        return redactor

    selection = select_eligible(
        members_path=cfg.data.members, consent_path=cfg.data.consent, posts_path=cfg.data.posts,
        snapshot_at=snapshot_at, read_at=read_at, setting=cfg.policy.setting,
        allowed_kinds=list(cfg.policy.allowed_kinds), excluded_regions=excluded,
        rank=world.rank, world_size=world.size, make_redactor=make_redactor)
    selection = distributed.combine_selection(world, selection)  # the posts stay on this rank
    result = selection.result
    acknowledgements = acknowledgements + roster_acknowledgements
    record.set_consent(
        snapshot_at=snapshot_at, read_at=read_at,
        snapshot_source="config" if cfg.data.snapshot_at else "run_start",
        setting=cfg.policy.setting, policy_versions=result.policy_versions,
        excluded_regions=list(excluded), allowed_kinds=list(cfg.policy.allowed_kinds),
        acknowledgements=acknowledgements)
    id_lists = world.from_main(lambda: dict(
        included_posts=write_id_list(run_dir, "included_posts.txt", result.included_post_ids),
        included_members=write_id_list(run_dir, "included_members.txt",
                                       result.included_member_ids)))
    basis = world.from_main(lambda: write_consent_basis(run_dir, "consent_basis.tsv",
                                                        result.consent_basis))
    record.set_data(sources=selection.sources, result=result, consent_basis=basis, **id_lists)
    return selection, id_lists


def _disabled_types(redaction_cfg) -> list[str]:
    if not redaction_cfg.enabled_types:
        return []
    return sorted(set(REDACTION_TYPES) - set(redaction_cfg.enabled_types))


def _record_redaction(redaction: Redaction, texts: int, record: RunRecord,
                      world: distributed.World) -> dict[str, int]:
    """Sum this rank's redaction counts over all ranks and record them in the manifest."""
    counts, total = distributed.sum_counts(world, redaction.counts, texts)  # over all ranks
    record.set_redaction(counts=counts, texts=total, config=redaction.config)
    return dict(counts)


def _units(cfg, redacted: tuple[RedactedTexts, list[str]], result, tokenizer, run_dir: Path,
           record: RunRecord, world: distributed.World) -> tuple[Units, Units, dict[str, Any]]:
    """Split members (never posts) into train and held-out eval; tokenize redacted posts."""
    if len(result.included_member_ids) < 2:
        raise UserError(f"only {len(result.included_member_ids)} member(s) passed the consent "
                        "checks; training needs many members (see data.excluded in the manifest)")
    train_ids, eval_ids = split_members(result.included_member_ids,
                                        eval_fraction=cfg.data.eval_fraction, seed=cfg.seed)
    eval_ids = eval_ids[: cfg.train.eval_max_members]
    split = world.from_main(lambda: dict(
        train_members=write_id_list(run_dir, "train_members.txt", train_ids),
        eval_members=write_id_list(run_dir, "eval_members.txt", eval_ids)))
    record.set_split(**split)
    texts, member_ids = redacted
    kw = dict(tokenizer=tokenizer, max_seq_len=cfg.model.max_seq_len, seed=cfg.seed,
              max_posts_per_member=cfg.privacy.max_posts_per_member)

    def units_of(members: set[str], unit: str) -> Units:
        idx = [i for i, m in enumerate(member_ids) if m in members]
        return build_units(texts=texts.select(idx), member_ids=[member_ids[i] for i in idx],
                           unit=unit, **kw)

    train_units = units_of(set(train_ids), cfg.privacy.unit)
    eval_units = units_of(set(eval_ids), "member")  # the training cap also bounds eval cost
    return train_units, eval_units, {**split, "eval_ids": eval_ids}


def _warn_about_plan(log: RunLog, plan: PrivacyPlan, privacy_cfg) -> None:
    if not plan.dp:
        log.warning("privacy.enabled=false: this run is NOT differentially private (a baseline)")
    elif plan.reproducible_noise:
        log.warning("privacy.reproducible_noise=true: the noise can be regenerated from the seed; "
                    "this run carries NO DP guarantee")
    elif plan.accountant == "rdp" and privacy_cfg.target_epsilon is not None:
        prv = calibrate_noise_multiplier(target_epsilon=privacy_cfg.target_epsilon,
                                         delta=plan.delta, sample_rate=plan.sample_rate,
                                         steps=plan.planned_steps, accountant="prv")
        log.warning(f"privacy.accountant=rdp calibrated noise multiplier "
                    f"{plan.noise_multiplier:.4g}; the tight PRV accountant needs {prv:.4g} for "
                    f"the same epsilon ({plan.noise_multiplier / prv - 1:+.0%} noise); prefer prv")
    log.info(f"  privacy plan: {plan.num_units:,} units, sample rate {plan.sample_rate:.4g}, "
             f"{plan.planned_steps} steps, noise multiplier {plan.noise_multiplier:.4g}")


def _print_funnel(log: RunLog, result) -> None:
    log.info(f"consent funnel: {result.posts_read:,} posts read")
    for reason, n in result.excluded.items():
        if n:
            log.info(f"  - {n:>8,} {reason}")
    log.info(f"  = {len(result.included_post_ids):,} posts included from "
             f"{len(result.included_member_ids):,} members (dry run: no training)")


def _target(privacy_cfg) -> str:
    if not privacy_cfg.enabled:
        return "NOT differentially private (baseline)"
    if privacy_cfg.target_epsilon is not None:
        return f"target epsilon {privacy_cfg.target_epsilon:g}, delta {privacy_cfg.delta:g}"
    return f"noise multiplier {privacy_cfg.noise_multiplier:g}, delta {privacy_cfg.delta:g}"


def _finish(record: RunRecord, log: RunLog, *, status: str, error: str | None) -> dict[str, Any]:
    """Close the manifest, register the run, print the summary. Never masks the run's error."""
    try:
        manifest = record.finish(status=status, error=error)
    except Exception as err:  # e.g. the disk filled up: the original error matters more
        print(f"Error: could not write the final manifest ({err})", file=sys.stderr)
        log.close()
        return record.manifest
    register_run(record.run_dir, manifest)
    p = manifest.get("privacy") or {}
    m = manifest.get("metrics") or {}
    log.info(f"{status}: {record.run_dir}")
    if p:
        spent = ("NOT differentially private" if not p.get("dp") else
                 f"epsilon {p['epsilon']:.3f}, delta {p['delta']:g} after {p['steps']} steps")
        log.info(f"  privacy   {spent}")
    if m:
        log.info(f"  eval loss {m['base']['eval_loss']:.3f} -> {m['trained']['eval_loss']:.3f}")
    if status == "completed" and not manifest["run"]["dry_run"]:
        log.info(f"  adapter   {record.run_dir / 'adapter'}")
    log.info(f"  manifest  {record.run_dir / 'manifest.json'}")
    log.info(f"  next      python -m trainer.manifest show {record.run_dir}")
    log.close()
    return manifest


def _signals_stop_the_run():
    """SIGTERM and SIGHUP stop the run like Ctrl-C: the manifest records what was spent."""
    def stop(signum, _frame):
        raise Stopped(f"stopped by {signal.Signals(signum).name}")

    return signals_handled(stop)


@config.one_line_errors  # Hydra's composition errors too end in one `Error: ...` line
@hydra.main(version_base="1.3", config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    from hydra.core.hydra_config import HydraConfig

    hc = HydraConfig.get()
    run_dir = Path(hc.runtime.output_dir)
    try:
        train(cfg, run_dir=run_dir, overrides=list(hc.overrides.task))
    except UserError as err:
        _remove_if_untouched(run_dir)
        print(f"Error: {err}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt as err:
        print(f"Interrupted ({err or 'SIGINT'}): the manifest in {run_dir} records the steps "
              "taken and the privacy spent", file=sys.stderr)
        sys.exit(130)


def _remove_if_untouched(run_dir: Path) -> None:
    """Hydra creates the run directory before validation; remove it if the run wrote nothing."""
    try:
        if run_dir.is_dir() and not any(run_dir.iterdir()):
            run_dir.rmdir()
    except OSError:
        pass


if __name__ == "__main__":
    main()
