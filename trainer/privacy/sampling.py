"""Poisson sampling of privacy units: the sampling the accountant's epsilon assumes.

Every step, each unit joins the batch independently with probability `sample_rate`, so batch
sizes vary (and may be zero). A fixed-size or shuffled batch would not match the
Poisson-subsampled Gaussian mechanism that `trainer.privacy.accounting` bounds.

The randomness comes from the `torch.Generator` it is given. In training that generator is
re-seeded every step from OS entropy (`trainer.privacy.randomness`), so which units were sampled
is a secret that no recorded seed reveals; the sampler's state on disk is only its draw count.
"""

from __future__ import annotations

import numbers
from typing import Any

import torch


class PoissonSampler:
    """Iterator of sorted LongTensors of unit indices, each unit kept with prob. `sample_rate`."""

    def __init__(self, *, num_units: int, sample_rate: float, generator: torch.Generator) -> None:
        if not isinstance(num_units, numbers.Integral) or isinstance(num_units, bool):
            raise ValueError(f"num_units must be an integer >= 1, got {num_units!r}")
        if num_units < 1:
            raise ValueError(f"num_units must be an integer >= 1, got {num_units!r}")
        if (
            not isinstance(sample_rate, numbers.Real)
            or isinstance(sample_rate, bool)
            or not 0.0 < sample_rate <= 1.0
        ):
            raise ValueError(f"sample_rate must be in (0, 1], got {sample_rate!r}")
        if not isinstance(generator, torch.Generator):
            raise ValueError("generator must be a torch.Generator (see trainer.privacy.randomness)")
        self.num_units = int(num_units)
        self.sample_rate = float(sample_rate)
        self.generator = generator
        self.draws = 0  # batches drawn so far (for checkpoints and sanity checks on resume)

    def sample(self) -> torch.Tensor:
        """Draw one Poisson batch: a sorted (k,) int64 CPU tensor of distinct unit indices."""
        u = torch.rand(self.num_units, generator=self.generator, device=self.generator.device)
        self.draws += 1
        return torch.nonzero(u < self.sample_rate).flatten().to("cpu", torch.long)  # (k,)

    def __iter__(self) -> PoissonSampler:
        return self

    def __next__(self) -> torch.Tensor:
        return self.sample()

    def state_dict(self) -> dict[str, Any]:
        """Units, rate and draw count; never the generator's state (the draws are secret)."""
        return {"num_units": self.num_units, "sample_rate": self.sample_rate, "draws": self.draws}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        """Restore the draw count; ValueError if the state is for other units or another rate."""
        keys = {"num_units", "sample_rate", "draws"}
        if not isinstance(state, dict) or set(state) != keys:
            raise ValueError(f"sampler state must be a dict with exactly {sorted(keys)}")
        if state["num_units"] != self.num_units or state["sample_rate"] != self.sample_rate:
            raise ValueError(
                f"sampler state is for {state['num_units']} units at rate {state['sample_rate']}, "
                f"not {self.num_units} at {self.sample_rate}: resuming would change the sampling "
                "the accountant assumes"
            )
        draws = state["draws"]
        if not isinstance(draws, numbers.Integral) or isinstance(draws, bool) or draws < 0:
            raise ValueError(f"sampler state 'draws' must be an integer >= 0, got {draws!r}")
        self.draws = int(draws)
