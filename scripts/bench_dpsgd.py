"""Benchmark one LoRA training step: non-private vs Opacus (hooks, ghost) vs our DP step.

    .venv/bin/python scripts/bench_dpsgd.py --device cpu --model tiny --batch-size 8 --seq-len 64 \
        --json /tmp/bench.json

Each method gets its own copy of the same randomly initialised model (random weights from a
`LlamaConfig`, LoRA r=8 on q_proj, v_proj) and the same token batch. After warm-up the methods run
interleaved, one step each per round in a rotating order, so drift in machine speed and cache
effects of the previous method hit all of them alike. Every method gets the same loss
(`per_sequence_loss` with static shapes, no padding so SDPA may use its causal kernels), the same
optimizer (AdamW, fused on CUDA) and, with `--compile`, the same per-layer `torch.compile`
(`trainer.models.compile.compile_layers`, what `train.compile=true` does). Reported:
the median step time, `ratio_vs_nonprivate` (ratio of medians) and `ratio_paired_median` (median
over rounds of step / nonprivate step in the same round: robust on a machine shared with other
jobs). Memory is measured in separate rounds after the timed ones, as the step's own working
memory: on CUDA `max_memory_allocated` minus the memory allocated when the step starts; on CPU the
peak process RSS (sampled every ~1 ms by a thread) minus the RSS when the step starts (field
`peak_mem_kind`; see `PeakMemory`).
On CUDA, `host_syncs` counts the device synchronisations of one extra step per method
(`torch.cuda.set_sync_debug_mode("warn")`). A method that fails is recorded as an error row, not a
crash.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import ctypes
import json
import statistics
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psutil
import torch
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

from trainer.losses import per_sequence_loss
from trainer.models.compile import compile_layers
from trainer.privacy.dp_step import DPLoRAGradient

SHAPES = {
    "tiny": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                 num_attention_heads=4, num_key_value_heads=2, vocab_size=512),
    "smollm2-135m": dict(hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                         num_attention_heads=9, num_key_value_heads=3, vocab_size=49152,
                         rope_theta=100000.0),
}
METHODS = ("nonprivate", "opacus_hooks", "opacus_ghost", "trainer")
MAX_GRAD_NORM, NOISE_MULTIPLIER, LR = 1.0, 1.0, 1e-4


def build_model(shape: str, *, dtype: str, device: torch.device) -> torch.nn.Module:
    """Random-weight Llama of this shape, LoRA r=8 on q,v (base weights bf16 for --dtype bf16)."""
    cfg = LlamaConfig(**SHAPES[shape], max_position_embeddings=2048, tie_word_embeddings=True,
                      attn_implementation="sdpa")
    torch.manual_seed(0)
    base = LlamaForCausalLM(cfg).to(device)
    if dtype == "bf16":
        base = base.to(torch.bfloat16)  # peft keeps the LoRA weights in fp32
    lora = LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0, target_modules=["q_proj", "v_proj"])
    return get_peft_model(base, lora)


def make_batch(*, vocab: int, rows: int, seq_len: int, device: torch.device) -> dict:
    g = torch.Generator().manual_seed(1)
    input_ids = torch.randint(0, vocab, (rows, seq_len), generator=g)
    loss_mask = torch.ones_like(input_ids)
    loss_mask[:, 0] = 0  # nothing predicts the first token
    return dict(input_ids=input_ids.to(device), attention_mask=None,  # no padding
                loss_mask=loss_mask.to(device))


def make_step(method: str, model, batch: dict, *, autocast) -> Callable[[], None]:
    """A closure running one full training step (forward, backward, clip/noise, optimizer)."""
    rows = batch["input_ids"].shape[0]
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=LR, fused=batch["input_ids"].is_cuda)

    def loss_of(m):
        with autocast():
            return per_sequence_loss(m, **batch, static_shapes=True)  # (R,)

    if method == "nonprivate":
        def step():
            loss_of(model).sum().backward()
            opt.step()
            opt.zero_grad(set_to_none=True)
        return step

    if method == "trainer":
        gen = torch.Generator(device=batch["input_ids"].device).manual_seed(0)
        dp = DPLoRAGradient(model, max_grad_norm=MAX_GRAD_NORM,
                            noise_multiplier=NOISE_MULTIPLIER, generator=gen)
        unit_index = torch.arange(rows)  # host-side batch structure: stays on the CPU

        def step():
            with dp.rows(rows):
                losses = loss_of(model)
            dp.step(losses=losses, unit_index=unit_index, num_units=rows,
                    expected_units=float(rows))
            opt.step()
            opt.zero_grad(set_to_none=True)
        return step

    if method == "opacus_hooks":
        from opacus import GradSampleModule
        from opacus.optimizers import DPOptimizer

        gsm = GradSampleModule(model, loss_reduction="sum")
        dp_opt = DPOptimizer(opt, noise_multiplier=NOISE_MULTIPLIER, max_grad_norm=MAX_GRAD_NORM,
                             expected_batch_size=rows, loss_reduction="sum")

        def step():
            loss_of(gsm._module).sum().backward()
            dp_opt.step()
            dp_opt.zero_grad(set_to_none=True)
        return step

    if method == "opacus_ghost":
        from opacus.grad_sample import GradSampleModuleFastGradientClipping
        from opacus.optimizers import DPOptimizerFastGradientClipping
        from opacus.utils.fast_gradient_clipping_utils import DPTensorFastGradientClipping

        gsm = GradSampleModuleFastGradientClipping(
            model, max_grad_norm=MAX_GRAD_NORM, use_ghost_clipping=True, loss_reduction="sum")
        dp_opt = DPOptimizerFastGradientClipping(
            opt, noise_multiplier=NOISE_MULTIPLIER, max_grad_norm=MAX_GRAD_NORM,
            expected_batch_size=rows, loss_reduction="sum")

        def step():
            losses = loss_of(gsm._module)
            DPTensorFastGradientClipping(gsm, dp_opt, losses, "sum").backward()  # 2 backwards
            dp_opt.step()
            dp_opt.zero_grad(set_to_none=True)
        return step

    raise ValueError(f"unknown method {method}")


class PeakMemory:
    """Peak memory of one step above its starting point (CUDA allocator, or sampled CPU RSS).

    On CPU, glibc keeps freed memory, so RSS would not fall back between steps. Before the memory
    rounds (never the timed ones) we set glibc's mmap threshold to 128 KiB, so every tensor above
    it is mmap'ed and returned to the OS on free, and trim the heap before each step: the RSS
    delta then follows the live allocations of the step (to the ~1 ms sampling resolution).
    """

    def __init__(self, device: torch.device):
        self.device = device
        self.kind = "cuda_max_allocated_delta" if device.type == "cuda" else "cpu_rss_sampled_delta"
        self._libc = None
        if device.type == "cpu":
            with contextlib.suppress(OSError):
                self._libc = ctypes.CDLL("libc.so.6")
                self._libc.mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD, fixed (not dynamic)
            if self._libc is None:
                self.kind = "cpu_rss_sampled_delta_no_trim"

    @contextlib.contextmanager
    def measure(self, out: list[int]):
        if self.device.type == "cuda":
            torch.cuda.synchronize()
            start = torch.cuda.memory_allocated()
            torch.cuda.reset_peak_memory_stats()
            yield
            torch.cuda.synchronize()
            out.append(torch.cuda.max_memory_allocated() - start)
            return
        if self._libc is not None:
            self._libc.malloc_trim(0)
        proc = psutil.Process()
        start = proc.memory_info().rss
        peak = [start]
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], proc.memory_info().rss)
                time.sleep(0.001)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()
            out.append(max(peak[0], proc.memory_info().rss) - start)


def run(args: argparse.Namespace) -> list[dict]:
    device = torch.device(args.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda but CUDA is not available")
    use_bf16 = args.dtype == "bf16"

    def autocast():
        if use_bf16:
            return torch.autocast(device.type, dtype=torch.bfloat16)
        return contextlib.nullcontext()

    template = build_model(args.model, dtype=args.dtype, device=device)
    batch = make_batch(vocab=SHAPES[args.model]["vocab_size"], rows=args.batch_size,
                       seq_len=args.seq_len, device=device)
    steps: dict[str, Callable[[], None]] = {}
    errors: dict[str, str] = {}
    for method in args.methods:
        try:
            model = copy.deepcopy(template)
            if args.compile:
                compile_layers(model)
            steps[method] = make_step(method, model, batch, autocast=autocast)
            print(f"warm-up {method}", file=sys.stderr, flush=True)
            for _ in range(args.warmup):
                steps[method]()
        except Exception as err:  # recorded as an error row
            errors[method] = f"{type(err).__name__}: {err}".splitlines()[0][:300]
            steps.pop(method, None)
            if args.verbose:
                traceback.print_exc()
    del template

    # Timed rounds (no memory sampler running: on 2 cores it would perturb the timings).
    times: dict[str, list[float]] = {m: [] for m in steps}
    paired: dict[str, list[float]] = {m: [] for m in steps}  # step time / nonprivate, same round
    for i in range(args.steps):
        print(f"round {i + 1}/{args.steps}", file=sys.stderr, flush=True)
        order = list(steps)
        order = order[i % len(order):] + order[: i % len(order)]  # rotate: no fixed neighbour
        for method in order:
            step = steps[method]
            try:
                _sync(device)
                t0 = time.perf_counter()
                step()
                _sync(device)
                times[method].append(time.perf_counter() - t0)
            except Exception as err:
                errors[method] = f"{type(err).__name__}: {err}".splitlines()[0][:300]
                del steps[method]
        if "nonprivate" in steps and len(times["nonprivate"]) == i + 1:
            for method in steps:
                if len(times[method]) == i + 1:
                    paired[method].append(times[method][-1] / times["nonprivate"][-1])
    # Memory rounds, after the timed ones.
    mem = PeakMemory(device)
    peaks: dict[str, list[int]] = {m: [] for m in steps}
    for _ in range(args.mem_steps):
        for method, step in steps.items():
            with mem.measure(peaks[method]):
                step()

    syncs = {m: _count_syncs(step, device) for m, step in steps.items()}

    tokens = args.batch_size * args.seq_len
    base_ms = _median_ms(times.get("nonprivate"))
    rows = []
    for method in args.methods:
        row = dict(method=method, batch_size=args.batch_size, seq_len=args.seq_len,
                   device=_device_name(device), dtype=args.dtype, model=args.model,
                   compile=args.compile, peak_mem_kind=mem.kind)
        if method in errors:
            row.update(step_ms=None, tokens_per_s=None, peak_mem_bytes=None,
                       ratio_vs_nonprivate=None, error=errors[method])
        else:
            ms = _median_ms(times[method])
            row.update(step_ms=round(ms, 3), tokens_per_s=round(tokens / ms * 1e3, 1),
                       peak_mem_bytes=int(max(peaks[method])) if peaks[method] else None,
                       ratio_vs_nonprivate=round(ms / base_ms, 4) if base_ms else None,
                       ratio_paired_median=(round(statistics.median(paired[method]), 4)
                                            if paired.get(method) else None),
                       step_ms_min=round(min(times[method]) * 1e3, 3), steps=len(times[method]),
                       host_syncs=syncs.get(method), error=None)
        rows.append(row)
    return rows


def _count_syncs(step: Callable[[], None], device: torch.device) -> int | None:
    """Device synchronisations during one step (CUDA only; None on CPU)."""
    if device.type != "cuda":
        return None
    import warnings

    torch.cuda.synchronize()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torch.cuda.set_sync_debug_mode("warn")
        try:
            step()
        except Exception:  # the timed rounds already ran this method; report no count
            return None
        finally:
            torch.cuda.set_sync_debug_mode("default")
    return sum("synchroniz" in str(w.message) for w in caught)


def _median_ms(ts: list[float] | None) -> float | None:
    return statistics.median(ts) * 1e3 if ts else None


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def _device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    return f"cpu ({torch.get_num_threads()} threads)"


def print_table(rows: list[dict]) -> None:
    print(f"{'method':<14}{'step_ms':>10}{'min_ms':>10}{'tok/s':>11}{'peak_MiB':>10}"
          f"{'ratio':>8}{'paired':>8}{'syncs':>7}")
    for r in rows:
        if r["error"]:
            print(f"{r['method']:<14}  ERROR {r['error']}")
            continue
        print(f"{r['method']:<14}{r['step_ms']:>10.1f}{r['step_ms_min']:>10.1f}"
              f"{r['tokens_per_s']:>11.0f}{(r['peak_mem_bytes'] or 0) / 2**20:>10.1f}"
              f"{(r['ratio_vs_nonprivate'] or float('nan')):>8.3f}"
              f"{(r['ratio_paired_median'] or float('nan')):>8.3f}"
              f"{'-' if r['host_syncs'] is None else r['host_syncs']:>7}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    p.add_argument("--model", choices=sorted(SHAPES), default="tiny")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--seq-len", type=int, default=64)
    p.add_argument("--dtype", choices=["fp32", "bf16"], default="fp32")
    p.add_argument("--compile", action="store_true", help="torch.compile the transformer body")
    p.add_argument("--steps", type=int, default=10, help="timed rounds (one step per method)")
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--mem-steps", type=int, default=2, help="extra rounds measuring memory")
    p.add_argument("--methods", nargs="+", choices=METHODS, default=list(METHODS))
    p.add_argument("--json", type=Path, required=True)
    p.add_argument("--verbose", action="store_true", help="print tracebacks of failing methods")
    args = p.parse_args()
    rows = run(args)
    print(f"# {datetime.now(UTC).isoformat(timespec='seconds')} {args.model} "
          f"B={args.batch_size} T={args.seq_len} {args.dtype}{' compiled' if args.compile else ''} "
          f"on {rows[0]['device']}")
    print_table(rows)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
