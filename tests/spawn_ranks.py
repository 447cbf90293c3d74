"""Run a function on N spawned processes joined into one gloo process group; results via files.

Used by the multi-process tests (`test_distributed.py`, `test_sharding.py`). `fn(rank, size,
*args)` runs in each child with MASTER_ADDR/PORT, RANK, LOCAL_RANK and WORLD_SIZE set, one thread.
"""

from __future__ import annotations

import os
import socket
import traceback
from pathlib import Path

import pytest
import torch
import torch.multiprocessing as mp


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _entry(fn, rank: int, size: int, port: int, out: str, args: tuple) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank),
                      LOCAL_RANK=str(rank), WORLD_SIZE=str(size), OMP_NUM_THREADS="1")
    torch.set_num_threads(1)
    try:
        result = {"ok": fn(rank, size, *args)}
    except BaseException as err:  # noqa: BLE001 - reported to the test, which fails on it
        result = {"raised": f"{type(err).__name__}: {err}", "trace": traceback.format_exc()}
    torch.save(result, Path(out) / f"rank-{rank}.pt")


def launch(fn, size: int, tmp_path: Path, *args, timeout: float = 300) -> list[dict]:
    """Run fn(rank, size, *args) on `size` spawned processes; each rank's {"ok"|"raised"}."""
    out = tmp_path / f"results-{fn.__name__}-{size}-{len(list(tmp_path.glob('results-*')))}"
    out.mkdir()
    ctx = mp.get_context("spawn")
    port = free_port()
    procs = [ctx.Process(target=_entry, args=(fn, r, size, port, str(out), args))
             for r in range(size)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout)
    for p in procs:
        if p.is_alive():
            p.kill()
            pytest.fail(f"{fn.__name__}: a rank did not finish in {timeout} s")
    return [torch.load(out / f"rank-{r}.pt", weights_only=False) for r in range(size)]


def ok(results: list[dict]) -> list:
    """Every rank's return value; fails the test with the first rank's traceback otherwise."""
    for r in results:
        assert "ok" in r, r.get("trace")
    return [r["ok"] for r in results]
