"""Many processes, one run: `torchrun --nproc_per_node=N -m trainer.train ...`.

A `World` is this process's place in the job. On one process (plain `python -m trainer.train`)
it is `SINGLE`: no process group, and every method below returns its input unchanged.

Under torchrun (gloo on CPU, NCCL on CUDA):

- Data is partitioned by member: rank `owner_rank(member_id, N)` (sha256, see data/prepare.py)
  judges and redacts that member's posts; the posts never leave it. The members and consent
  tables are read whole by every rank (the near-miss consent rule compares ids across members).
- Counts are summed and id lists gathered, so the manifest's consent, data and redaction
  sections are those of a one-process run on the same data.
- DP-SGD: each rank Poisson-samples its own units at the global rate; the per-unit clipped sums
  are summed across ranks with rank 0's single noise draw in them (`DPLoRAGradient(all_reduce=,
  adds_noise=)`), then divided by the global expected batch size. Every rank gets the same .grad.
- Rank 0 writes everything (manifest, id lists, checkpoint, adapter); the others write nothing.
  A rank that fails leaves its one-line error in the job's store, so rank 0's manifest records
  `failed` with that error.
"""

from __future__ import annotations

import hashlib
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import torch
import torch.distributed as dist
from torch import Tensor

from trainer.data.prepare import PARTITION_RULE
from trainer.errors import UserError
from trainer.privacy.sampling import PoissonSampler
from trainer.signals import signals_handled

T = TypeVar("T")
TIMEOUT = timedelta(minutes=10)  # a rank stuck this long in a collective fails the job
ERROR_KEY = "trainer/error"


@dataclass(frozen=True)
class World:
    """This process's rank among `size` processes; `SINGLE` when not launched by torchrun."""

    rank: int = 0
    size: int = 1
    backend: str | None = None
    objects: Any = field(default=None, compare=False)  # gloo group for Python objects (ids)

    @property
    def main(self) -> bool:
        return self.rank == 0

    @property
    def is_distributed(self) -> bool:
        return self.size > 1

    def describe(self) -> dict[str, Any]:
        """The manifest's `run.world`: how the job was split."""
        return {"size": self.size, "backend": self.backend, "partition": "member",
                "hash": PARTITION_RULE}

    # -- collectives (identity on one process) ---------------------------------------------

    def sum_ints(self, values: list[int]) -> list[int]:
        if not self.is_distributed:
            return list(values)
        t = torch.tensor(values, dtype=torch.int64)
        dist.all_reduce(t, group=self.objects)
        return t.tolist()

    def all_gather(self, obj: T) -> list[T]:
        if not self.is_distributed:
            return [obj]
        out: list[Any] = [None] * self.size
        dist.all_gather_object(out, obj, group=self.objects)
        return out

    def gather_to_main(self, obj: T) -> list[T]:
        """Every rank's `obj` on rank 0 (in rank order); [] elsewhere."""
        if not self.is_distributed:
            return [obj]
        out: list[Any] | None = [None] * self.size if self.main else None
        dist.gather_object(obj, out, dst=0, group=self.objects)
        return out or []

    def from_main(self, make: Callable[[], T]) -> T:
        """Run `make` on rank 0 only and hand its result (or its UserError) to every rank."""
        if not self.is_distributed:
            return make()
        box: list[Any] = [None]
        if self.main:
            try:
                box = [("ok", make())]
            except UserError as err:
                box = [("error", str(err))]
                dist.broadcast_object_list(box, src=0, group=self.objects)
                raise
        dist.broadcast_object_list(box, src=0, group=self.objects)
        kind, value = box[0]
        if kind == "error":
            raise UserError(value)
        return value

    def all_reduce_sum(self, t: Tensor) -> None:
        """In-place sum over ranks (the DP step's clipped sums, on the params' device)."""
        dist.all_reduce(t, op=dist.ReduceOp.SUM)

    def same_weights(self, params: list[Tensor]) -> None:
        """Rank 0's LoRA initialisation on every rank (seeded alike, but make sure)."""
        if self.is_distributed:
            with torch.no_grad():
                for p in params:
                    dist.broadcast(p.data, src=0)

    # -- failures ----------------------------------------------------------------------------

    def report_error(self, error: str) -> None:
        """Leave this rank's one-line error where rank 0 can read it after we are gone."""
        if not self.is_distributed or self.main:
            return
        try:
            store = dist.distributed_c10d._get_default_store()
            store.set(f"{ERROR_KEY}/{self.rank}", error.splitlines()[0] if error else "error")
        except Exception:  # the store may be gone too; rank 0 then records its own error
            pass

    def peer_error(self) -> str | None:
        """The first other rank's reported error (`rank R: ...`), if any (rank 0 only)."""
        if not self.is_distributed or not self.main:
            return None
        try:
            store = dist.distributed_c10d._get_default_store()
            for r in range(1, self.size):
                key = f"{ERROR_KEY}/{r}"
                if store.check([key]):
                    return f"rank {r}: {store.get(key).decode()}"
        except Exception:
            return None
        return None

    def close(self) -> None:
        if self.is_distributed and dist.is_initialized():
            try:
                dist.destroy_process_group()
            except Exception:  # a peer died: nothing left to tear down cleanly
                pass


SINGLE = World()


def join(device: str) -> World:
    """This process's World: SINGLE unless torchrun set WORLD_SIZE > 1 (then a process group).

    NCCL when the run trains on CUDA (`train.device` auto/cuda with a GPU), else gloo."""
    size = int(os.environ.get("WORLD_SIZE", "1"))
    if size <= 1:
        return SINGLE
    cuda = device != "cpu" and torch.cuda.is_available()
    backend = "nccl" if cuda else "gloo"
    if cuda:
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))
    if not dist.is_initialized():
        dist.init_process_group(backend=backend, timeout=TIMEOUT)
    objects = dist.new_group(backend="gloo", timeout=TIMEOUT) if backend == "nccl" else None
    return World(rank=dist.get_rank(), size=dist.get_world_size(), backend=backend,
                 objects=objects)


# -- the run record on ranks other than 0 ----------------------------------------------------


class FollowerRecord:
    """A RunRecord that keeps its manifest in memory only: ranks > 0 write nothing."""

    def __init__(self, run_dir: Path, started_at: datetime, run_id: str) -> None:
        self.run_dir, self.started_at = run_dir, started_at
        self.manifest: dict[str, Any] = {"run": {"id": run_id}}

    @property
    def run_id(self) -> str:
        return self.manifest["run"]["id"]

    def set_data(self, **fields: Any) -> None:
        self.manifest["data"] = fields

    def set_split(self, **fields: Any) -> None:
        self.manifest.setdefault("data", {})["split"] = fields

    def __getattr__(self, name: str) -> Callable[..., None]:
        if name.startswith("set_"):
            return lambda *args, **kwargs: None
        raise AttributeError(name)


def start_record(world: World, run_dir: Path, *, start: Callable[[], Any]):
    """Rank 0 opens the real record (`start()`); the others follow its start time and id."""
    if not world.is_distributed:
        return start()
    record = None

    def open_main():
        nonlocal record
        record = start()
        record.manifest["run"]["world"] = world.describe()
        record._write()
        return str(record.run_dir), record.started_at, record.run_id

    main_dir, started_at, run_id = world.from_main(open_main)
    if world.main:
        return record
    if Path(main_dir).resolve() != run_dir.resolve():  # Hydra made this rank a folder too
        try:
            run_dir.rmdir()  # only if empty
        except OSError:
            pass
    return FollowerRecord(Path(main_dir), started_at, run_id)


@contextmanager
def shielded(world: World) -> Iterator[None]:
    """Rank 0 finishes its manifest even while torchrun stops the job (SIGTERM, then SIGKILL
    after its grace period): a peer's failure must end up recorded, not cut off."""
    if not (world.is_distributed and world.main):
        yield
        return
    with signals_handled(signal.SIG_IGN):
        yield


def settle(world: World, *, status: str, error: str | None) -> tuple[str, str | None]:
    """The run's final status across ranks: a rank's failure makes rank 0 record it.

    A failing rank leaves `rank R: <its one-line error>`; rank 0, stopped by that failure
    (a closed connection, or torchrun's SIGTERM), records `failed` with it instead."""
    if not world.is_distributed:
        return status, error
    if not world.main:
        if status != "completed":
            world.report_error(error or status)
        return status, error
    peer = world.peer_error() if status != "completed" else None
    return ("failed", peer) if peer else (status, error)


class QuietLog:
    """RunLog for ranks > 0: rank 0 logs for the job (every warning comes from shared state)."""

    def __init__(self, rank: int) -> None:
        self.rank = rank

    def warning(self, message: str) -> None: ...
    def info(self, message: str) -> None: ...
    def stage(self, name: str) -> None: ...
    def end_stage(self, detail: str = "", *, less_s: float = 0.0) -> None: ...
    def done_stage(self, name: str, seconds: float, detail: str = "") -> None: ...
    def metrics(self, rows: list[dict[str, Any]]) -> None: ...
    def close(self) -> None: ...


# -- combining the data stages ---------------------------------------------------------------


def combine_selection(world: World, selection):
    """The global eligibility result: post counts summed, ids and policy versions merged.

    `included` (the posts, with their text) stays this rank's own. Member and consent counts
    are the same on every rank (each reads those tables whole). Post ids reach rank 0 only.
    """
    if not world.is_distributed:
        return selection
    from dataclasses import replace

    r = selection.result
    reasons = list(r.excluded)
    summed = world.sum_ints([r.posts_read, r.invalid_ids["posts"], *r.excluded.values(),
                             *r.excluded_members.values()])
    members = world.all_gather((r.included_member_ids, r.policy_versions))
    post_ids = world.gather_to_main(r.included_post_ids)
    bases = world.gather_to_main(r.consent_basis)  # a member's basis lives on its own rank
    result = replace(
        r,
        posts_read=summed[0],
        excluded=dict(zip(reasons, summed[2:2 + len(reasons)], strict=True)),
        excluded_members=dict(zip(list(r.excluded_members), summed[2 + len(reasons):],
                                  strict=True)),
        consent_basis=sorted(b for rank in bases for b in rank),
        invalid_ids={**r.invalid_ids, "posts": summed[1]},
        included_member_ids=sorted(m for ids, _ in members for m in ids),
        policy_versions=sorted({v for _, vs in members for v in vs}),
        included_post_ids=sorted(p for ids in post_ids for p in ids),
    )
    return replace(selection, result=result)  # sources: every rank hashed the same files


def sum_counts(world: World, counts: dict[str, int], texts: int) -> tuple[dict[str, int], int]:
    """Redaction counts per type and texts redacted, over all ranks (keys in rank 0's order)."""
    if not world.is_distributed:
        return dict(counts), texts
    keys = list(counts)
    every = world.all_gather((keys, [counts[k] for k in keys]))
    total: Counter[str] = Counter()
    for ks, vs in every:
        total.update(dict(zip(ks, vs, strict=True)))
    order = keys + sorted(set(total) - set(keys))
    return {k: total[k] for k in order}, world.sum_ints([texts])[0]


def combine_eval(world: World, metrics: dict[str, float]) -> dict[str, float]:
    """Held-out loss over every rank's eval members: sum(loss * tokens) / sum(tokens)."""
    if not world.is_distributed:
        return metrics
    import math

    tokens = int(metrics["tokens"])
    t = torch.tensor([metrics["eval_loss"] * tokens if tokens else 0.0, float(tokens)],
                     dtype=torch.float64)
    dist.all_reduce(t, group=world.objects)
    loss_sum, tokens = float(t[0]), int(t[1])
    if tokens == 0:
        return {"eval_loss": float("nan"), "perplexity": float("nan"), "tokens": 0}
    loss = loss_sum / tokens
    return {"eval_loss": loss, "perplexity": math.exp(min(loss, 50.0)), "tokens": tokens}


# -- the DP loop -----------------------------------------------------------------------------


class RankSampler:
    """Poisson sampling of this rank's `local_units` at the global rate.

    Each unit is in or out independently, so the ranks' samples together are the global Poisson
    sample. The checkpointed state names the GLOBAL unit count (as on one process)."""

    def __init__(self, *, local_units: int, num_units: int, sample_rate: float,
                 generator: torch.Generator) -> None:
        self.state = PoissonSampler(num_units=num_units, sample_rate=sample_rate,
                                    generator=generator)  # validates; holds the draw count
        self.local_units, self.sample_rate, self.generator = local_units, sample_rate, generator

    def sample(self) -> Tensor:
        u = torch.rand(self.local_units, generator=self.generator, device=self.generator.device)
        self.state.draws += 1
        return torch.nonzero(u < self.sample_rate).flatten().to("cpu", torch.long)  # (k,)

    @property
    def draws(self) -> int:
        return self.state.draws

    def state_dict(self) -> dict[str, Any]:
        return self.state.state_dict()

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.state.load_state_dict(state)


def sampler(world: World, *, local_units: int, num_units: int, sample_rate: float,
            generator: torch.Generator):
    if not world.is_distributed:
        return PoissonSampler(num_units=num_units, sample_rate=sample_rate, generator=generator)
    return RankSampler(local_units=local_units, num_units=num_units, sample_rate=sample_rate,
                       generator=generator)


def rank_seed(world: World, seed: int) -> int:
    """privacy.reproducible_noise only: each rank its own sampling stream (rank 0: `seed`)."""
    if world.rank == 0:
        return seed
    digest = hashlib.sha256(f"{seed}:rank:{world.rank}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def sum_step(world: World, units: int, posts: int, tokens: int,
             loss_sum: Tensor) -> tuple[int, int, int, Tensor]:
    """One step's operator metrics over all ranks (the loss stays on the device)."""
    if not world.is_distributed:
        return units, posts, tokens, loss_sum
    units, posts, tokens = world.sum_ints([units, posts, tokens])
    loss_sum = loss_sum.float().clone()
    dist.all_reduce(loss_sum)
    return units, posts, tokens, loss_sum


def check_resume_world(world: World, resumed: dict[str, Any], run: str) -> None:
    """Resume only at the world size the run was trained at (absent: one process)."""
    was = (resumed["run"].get("world") or {}).get("size", 1)
    if was != world.size:
        launch = "python -m trainer.train" if was == 1 else f"torchrun --nproc_per_node={was}"
        raise UserError(
            f"resume={run}: that run trained on {was} process(es), this one has {world.size}; "
            f"resume it with {launch} (the member partition depends on the world size)")
