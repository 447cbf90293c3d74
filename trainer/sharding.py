"""`train.shard_base=true`: the frozen base sharded over the job's ranks with FSDP2 (`fully_shard`).

For a base too large for one device. Under torchrun each decoder layer becomes one FSDP2 unit on a
1-D mesh over all ranks: each rank keeps 1/N of every frozen weight of the layer (a `DTensor`
shard), and the layer's full weights are all-gathered just before its forward and again before its
backward, then freed. The decoder body is the root unit: it holds the token embedding and the final
norm, sharded the same way, unless the output head shares the embedding's weight (tied embeddings,
e.g. SmolLM2): the loss reads the head's weight directly (`trainer.losses`), so then embedding,
final norm and head stay whole on every rank.

What stays exactly as without sharding (so the DP step is unchanged and exact):

- Every trainable LoRA weight is passed to `fully_shard` as an ignored parameter: it is a plain,
  whole tensor on every rank, and the per-row leaves of `trainer.privacy.per_sample` (expanded
  views of it) are built from it as before. FSDP2 never sees their gradients (no reduce-scatter);
  the clipped per-unit sums are all-reduced by the DP step itself, with rank 0's single noise draw.
- The all-gathered weights are bit-for-bit the unsharded ones (a copy), so each row's forward,
  loss and per-row gradient are those of the unsharded model.

The one new rule: an all-gather is a collective, so every rank must run the same passes through
the decoder body, while under DP each rank Poisson-samples its own units (a different number of
micro-batches, maybe none) and evaluates its own members. Before each real body pass a rank
all-reduces a flag (1); a rank that has finished waits in `ShardedBase.catch_up` (called before the
DP step's all-reduce and before the evaluation's), answering each 1 with a dummy pass on a
one-token zero embedding: a forward (and, in training, a backward to that dummy input only) whose
result is discarded; when every rank sends 0, all are at the same point. A dummy pass touches no
LoRA gradient and no clipped sum, so the step's result is unchanged (tested to rtol 1e-10 in
fp64, and byte-identical adapters from a whole run).

Refused: one process (nothing to shard across); `train.compile=true` (compiling FSDP2 units is not
tested here); a decoder without a `.layers` list.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.distributed as dist
from torch import nn

from trainer.errors import UserError
from trainer.models.layout import decoder_and_head

SHARDING_RULE = ("FSDP2 fully_shard per decoder layer (root: the decoder body), 1-D mesh over all "
                 "ranks, dim-0 shards; LoRA weights ignored (whole on every rank)")


def check(world: Any, *, compile: bool = False) -> None:
    """Refuse, in one line, what `train.shard_base=true` cannot do (before any data is read)."""
    if not world.is_distributed:
        raise UserError("train.shard_base=true shards the base over several processes; on one "
                        "process there is nothing to shard across: launch with torchrun "
                        "--nproc_per_node=N (N >= 2) or set train.shard_base=false")
    if compile:
        raise UserError("train.shard_base=true with train.compile=true is not supported "
                        "(compiling FSDP2-sharded layers is untested here): set "
                        "train.compile=false")


def shard_base(model: nn.Module, world: Any, record: Any, *,
               device: torch.device | None = None) -> ShardedBase:
    """Shard `model`'s frozen base in place (after `wrap_lora`) and record it in the manifest's
    `run.world.sharded_base` (rank 0). `device`: where the shards go (default: where the model
    is); load the model on the CPU, so that only one weight at a time is whole on the device."""
    sharded = ShardedBase(model, world, device=device)
    world_entry = record.manifest["run"].get("world")
    if world.main and world_entry is not None:  # written with the record's next update
        world_entry["sharded_base"] = sharded.describe()
    return sharded


class ShardedBase:
    """The frozen base of `model` sharded over `world`'s ranks; LoRA weights stay whole.

    `catch_up(backward=)` must be called by every rank at the same points (the DP step's
    all-reduce, the evaluation's): there a rank runs a dummy pass for each real pass another
    rank still runs, so every rank's all-gathers pair up."""

    def __init__(self, model: nn.Module, world: Any, *, device: torch.device | None = None,
                 compile: bool = False) -> None:
        check(world, compile=compile)
        from torch.distributed.device_mesh import init_device_mesh
        from torch.distributed.fsdp import fully_shard

        body, head = decoder_and_head(model)
        layers = getattr(body, "layers", None)
        if not isinstance(layers, nn.ModuleList) or not len(layers):
            raise UserError("train.shard_base=true needs a decoder with a .layers list "
                            "(Llama-style); set train.shard_base=false for this model")
        params = list(model.parameters())
        self.device = torch.device(device) if device is not None else params[0].device
        self.dtype = next(p.dtype for p in params if not p.requires_grad)
        self.world_size = world.size
        trainable = {p for p in params if p.requires_grad}  # the LoRA A/B weights
        head_weight = getattr(head, "weight", None)
        self.tied = any(head_weight is p for p in body.parameters())
        whole = set(trainable)
        if self.tied:  # the loss reads head.weight outside any FSDP unit's forward
            whole |= {p for n, p in body.named_parameters() if not n.startswith("layers.")}
        mesh = init_device_mesh(self.device.type, (world.size,))
        for layer in layers:
            fully_shard(layer, mesh=mesh, reshard_after_forward=True, ignored_params=whole)
        # explicit reshard_after_forward: FSDP2 would otherwise keep the root unsharded
        fully_shard(body, mesh=mesh, reshard_after_forward=True, ignored_params=whole)
        _move_the_rest(model, self.device)  # ignored (whole) weights, head, buffers
        self.body, self.hidden = body, int(body.config.hidden_size)
        self.dummy_passes = 0  # all catch-ups together (tests, diagnostics)
        self._dummy = False  # inside a catch-up pass (no handshake of its own)
        # first in line: the handshake must precede the root unit's own all-gather
        body.register_forward_pre_hook(self._handshake, prepend=True)
        self.shards = self._describe(model)

    def _handshake(self, _module: nn.Module, _args: Any) -> None:
        """Before each real body pass: tell the ranks waiting in `catch_up` to run one too."""
        if not self._dummy:
            self._flag(1)

    def catch_up(self, *, backward: bool) -> int:
        """Wait here for the other ranks, running a dummy pass for each real pass any of them
        still runs; returns when all ranks are here. Returns the number of dummy passes."""
        dummies = 0
        while self._flag(0):
            self._dummy_pass(backward=backward)
            dummies += 1
        self.dummy_passes += dummies
        return dummies

    def wrap_all_reduce(self, all_reduce):
        """The DP step's all-reduce, preceded by the training catch-up (forward + backward)."""
        def catch_up_then_reduce(t: torch.Tensor) -> None:
            self.catch_up(backward=True)
            all_reduce(t)

        return catch_up_then_reduce

    def describe(self) -> dict[str, Any]:
        """The manifest's `run.world.sharded_base`."""
        return {"rule": SHARDING_RULE, **self.shards}

    # -- internals ----------------------------------------------------------------------------

    def _dummy_pass(self, *, backward: bool) -> None:
        """One forward (and backward to its own input) of a one-token zero embedding: the same
        all-gathers as a real pass; the result is thrown away, no weight's .grad is touched."""
        x = torch.zeros(1, 1, self.hidden, dtype=self.dtype, device=self.device,
                        requires_grad=backward)
        devices = [self.device] if self.device.type == "cuda" else []
        self._dummy = True
        try:
            with torch.random.fork_rng(devices=devices), torch.set_grad_enabled(backward):
                # fork_rng: LoRA dropout in a dummy pass must not move the real passes' masks
                out = self.body(inputs_embeds=x, use_cache=False).last_hidden_state
                if backward:
                    torch.autograd.grad(out.sum(), [x])
        finally:
            self._dummy = False

    def _flag(self, value: int) -> int:
        """Sum over ranks of `value` (1: I am about to run a pass; 0: I am waiting)."""
        t = torch.tensor([value], dtype=torch.int64, device=self.device)
        dist.all_reduce(t)
        return int(t.item())

    def _describe(self, model: nn.Module) -> dict[str, Any]:
        from torch.distributed.tensor import DTensor

        sharded = whole = 0
        for p in model.parameters():
            if isinstance(p, DTensor):
                sharded += p.numel()
            elif not p.requires_grad:
                whole += p.numel()
        return {"world_size": self.world_size, "sharded_params": sharded,
                "whole_params": whole, "tied_head": self.tied}


def _move_the_rest(model: nn.Module, device: torch.device) -> None:
    """`fully_shard` moved its units' weights and buffers to the mesh's device; move the rest
    (LoRA weights, a head outside the body, tied embeddings) in place, keeping each Parameter."""
    from torch.distributed.tensor import DTensor

    with torch.no_grad():
        for p in model.parameters():
            if not isinstance(p, DTensor) and p.device != device:
                p.data = p.data.to(device)
        for module in model.modules():
            for name, buf in module._buffers.items():
                if buf is not None and buf.device != device:
                    module._buffers[name] = buf.to(device)


def local_param_bytes(model: nn.Module) -> int:
    """Bytes of parameters this rank holds (a DTensor's local shard, else the whole tensor)."""
    from torch.distributed.tensor import DTensor

    total = 0
    for p in model.parameters():
        t = p.to_local() if isinstance(p, DTensor) else p
        total += t.numel() * t.element_size()
    return total
