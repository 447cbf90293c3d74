"""The secret randomness of DP-SGD: Poisson sampling and Gaussian noise.

The guarantee assumes an adversary who reads everything we write (config, manifest, logs,
adapter, a leaked checkpoint) and knows our code and defaults. If the noise could be regenerated
it could be subtracted, and epsilon would protect nobody. So, by default, both generators are
re-seeded **every step** with 64 fresh bits from the operating system's CSPRNG (`secrets`), which
are never stored: not in the config, the manifest, the logs or the checkpoint. Resuming needs no
generator state; it simply draws fresh entropy.

`reproducible_seed` (config `privacy.reproducible_noise=true`) derives each step's seeds from the
run's recorded seed instead. That is for tests and debugging only: anyone can then regenerate the
noise, and the manifest states that the run carries **no DP guarantee**.

Per-step re-seeding keeps the noise secret even from someone who sees many of the generator's
outputs, since each step's state is independent of the others. Floating-point weaknesses of the
Gaussian sampler itself (Mironov 2012) are mitigated in `dp_step.add_noise` (Opacus' secure-mode
recipe: the sum of four draws, halved).
"""

from __future__ import annotations

import hashlib
import numbers
import secrets

import torch

SEED_BITS = 63  # torch seeds are unsigned 64-bit; 63 bits keep every backend happy


class StepRandomness:
    """One CPU generator for Poisson sampling and one on `device` for noise, seeded per step."""

    def __init__(self, *, device: torch.device, reproducible_seed: int | None = None) -> None:
        if reproducible_seed is not None and (
            not isinstance(reproducible_seed, numbers.Integral)
            or isinstance(reproducible_seed, bool)
        ):
            raise ValueError(f"reproducible_seed must be an int or None, got {reproducible_seed!r}")
        self.reproducible = reproducible_seed is not None
        self._seed = None if reproducible_seed is None else int(reproducible_seed)
        self.sampling = torch.Generator()  # Poisson draws are made on the host
        self.noise = torch.Generator(device=device)
        self.begin_step(0)  # never use a generator's default (public, fixed) seed

    def begin_step(self, step: int) -> None:
        """Re-seed both generators for `step` (OS entropy unless reproducible)."""
        if not isinstance(step, numbers.Integral) or step < 0:
            raise ValueError(f"step must be an int >= 0, got {step!r}")
        self.sampling.manual_seed(self._draw("sampling", int(step)))
        self.noise.manual_seed(self._draw("noise", int(step)))

    def _draw(self, stream: str, step: int) -> int:
        if self._seed is None:
            return secrets.randbits(SEED_BITS)
        digest = hashlib.sha256(f"{self._seed}:{stream}:{step}".encode()).digest()
        return int.from_bytes(digest[:8], "big") >> (64 - SEED_BITS)
