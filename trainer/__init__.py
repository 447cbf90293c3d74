"""Consent-first, privacy-preserving fine-tuning of writing-suggestion models."""

import warnings

__version__ = "0.1.0"

# Deprecation notices from the libraries we drive say nothing a user of ours can act on.
for _module in ("transformers", "peft", "torch", "opacus", "datasets", "hydra"):
    warnings.filterwarnings("ignore", category=FutureWarning, module=rf"{_module}(\.|$)")
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=rf"{_module}(\.|$)")
