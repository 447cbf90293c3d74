"""Find operations that make the host wait for the device, on any device, CPU included.

On a GPU, reading a tensor's value on the host (`.item()`, `bool(t)`, `int(t)`), or an op whose
output shape depends on tensor values (`nonzero`, boolean indexing, `unique`, ...), blocks the
Python thread until the GPU has caught up; the next kernels are then launched late and the GPU
idles. `torch.cuda.set_sync_debug_mode` finds these only on CUDA. `HostSyncProbe` finds them at
the dispatcher level, so a CPU test can prove that a code path would never wait on a GPU.

Host-side data that is meant to be read (a batch's unit_index, an optimizer's step counter) should
live in numpy or Python numbers; any op the probe sees is treated as device work.
"""

from __future__ import annotations

import traceback
from collections import Counter

import torch
from torch.utils._python_dispatch import TorchDispatchMode

_aten = torch.ops.aten
# Ops that read values on the host, or whose output shape depends on values.
SYNCING_OPS = {
    _aten._local_scalar_dense.default,  # .item(), bool(t), int(t), float(t)
    _aten.nonzero.default,
    _aten.masked_select.default,
    _aten.equal.default,
    _aten.is_nonzero.default,
    _aten._unique2.default,
    _aten.unique_dim.default,
    _aten.unique_consecutive.default,
    _aten.repeat_interleave.Tensor,
}
# Indexing ops that sync only when an index is a boolean mask (it becomes `nonzero` inside).
_INDEXING_OPS = {
    _aten.index.Tensor,
    _aten.index_put.default,
    _aten.index_put_.default,
    _aten._index_put_impl_.default,
}


class HostSyncProbe(TorchDispatchMode):
    """Context manager counting host-syncing ops, keyed by op and the caller's file:line."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: Counter[str] = Counter()

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if func in SYNCING_OPS or (func in _INDEXING_OPS and _has_bool_index(args)):
            self.hits[f"{func} at {_caller()}"] += 1
        return func(*args, **(kwargs or {}))


def _has_bool_index(args: tuple) -> bool:
    indices = args[1] if len(args) > 1 else ()
    return any(isinstance(t, torch.Tensor) and t.dtype in (torch.bool, torch.uint8)
               for t in indices or ())


def _caller() -> str:
    """The innermost frame outside torch and this module: where the sync was asked for."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        name = frame.filename
        if "/torch/" not in name and not name.endswith("host_sync.py"):
            return f"{name.rsplit('/', 2)[-2]}/{name.rsplit('/', 1)[-1]}:{frame.lineno}"
    return "?"
