"""The DP randomness is secret by default and reproducible only when asked (tests, debugging)."""

import pytest
import torch

from trainer.privacy.randomness import StepRandomness


def _draws(r: StepRandomness, steps: int) -> list[list[float]]:
    out = []
    for step in range(steps):
        r.begin_step(step)
        out.append(torch.rand(4, generator=r.sampling).tolist() +
                   torch.randn(4, generator=r.noise).tolist())
    return out


def test_secret_mode_never_repeats_across_runs_even_with_the_same_everything():
    cpu = torch.device("cpu")
    a, b = _draws(StepRandomness(device=cpu), 5), _draws(StepRandomness(device=cpu), 5)
    assert all(x != y for x, y in zip(a, b, strict=True))


def test_secret_mode_ignores_the_global_torch_seed():
    torch.manual_seed(0)
    a = _draws(StepRandomness(device=torch.device("cpu")), 2)
    torch.manual_seed(0)
    b = _draws(StepRandomness(device=torch.device("cpu")), 2)
    assert a != b


def test_reproducible_mode_is_a_pure_function_of_seed_and_step():
    cpu = torch.device("cpu")
    full = _draws(StepRandomness(device=cpu, reproducible_seed=7), 6)
    assert full == _draws(StepRandomness(device=cpu, reproducible_seed=7), 6)
    assert full != _draws(StepRandomness(device=cpu, reproducible_seed=8), 6)
    # resuming at step 4 needs no saved generator state
    r = StepRandomness(device=cpu, reproducible_seed=7)
    r.begin_step(4)
    assert torch.rand(4, generator=r.sampling).tolist() == full[4][:4]
    # the two streams differ from each other and from a generator seeded with the seed itself
    assert full[0][:4] != torch.rand(4, generator=torch.Generator().manual_seed(7)).tolist()
    assert full[0][:4] != torch.rand(4, generator=torch.Generator().manual_seed(8)).tolist()


@pytest.mark.parametrize("seed", [True, 1.5, "0"])
def test_reproducible_seed_is_validated(seed):
    with pytest.raises(ValueError):
        StepRandomness(device=torch.device("cpu"), reproducible_seed=seed)
