"""`torch.compile` for training: each decoder layer compiled in place, for one fixed shape.

Per layer rather than the whole model (as torchtune does): identical layers give identical
graphs, which inductor's cache compiles once, and the embedding, mask building and loss stay
eager (the loss has its own fused, chunked path). The DP step's per-row LoRA weights are ordinary
autograd inputs (see `trainer.privacy.per_sample`), so the layers compile without graph breaks
(tested in tests/privacy/test_compile.py).
"""

from __future__ import annotations

from torch import nn

from trainer.errors import UserError
from trainer.losses import decoder_and_head


def compile_layers(model: nn.Module) -> int:
    """Compile every decoder layer of an HF causal LM (peft-wrapped or not); returns how many."""
    body, _ = decoder_and_head(model)
    layers = getattr(body, "layers", None)
    if not isinstance(layers, nn.ModuleList) or not len(layers):
        raise UserError("train.compile=true needs a decoder with a .layers list (Llama-style); "
                        "set train.compile=false for this model")
    for layer in layers:
        layer.compile(dynamic=False)  # fixed shapes: one graph per (grad mode, shape)
    return len(layers)
