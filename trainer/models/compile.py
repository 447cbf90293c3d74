"""`torch.compile` for training: each decoder layer compiled in place, for one fixed shape.

Per layer rather than the whole model (as torchtune does): the layers share one code object and
dynamo reuses its graph across them (two graphs in training, for any depth: layer 0's input does
not require grad, the others' does), and the embedding, mask building and loss stay eager (the
loss has its own fused, chunked path). The DP step's per-row LoRA weights are ordinary autograd
inputs (see `trainer.privacy.per_sample`), so the layers compile without graph breaks (tested in
tests/privacy/test_fixed_shapes.py).
"""

from __future__ import annotations

import importlib.util
import shutil

from torch import nn

from trainer.errors import UserError
from trainer.models.layout import decoder_and_head


def compile_layers(model: nn.Module) -> int:
    """Compile every decoder layer of an HF causal LM (peft-wrapped or not); returns how many.

    Checks first that the code generator can run on the model's device (a C++ compiler on CPU,
    Triton on CUDA): a missing one would otherwise fail with a traceback at the first step.
    """
    device = next(model.parameters()).device
    if device.type == "cpu" and not any(shutil.which(c) for c in ("g++", "c++", "clang++")):
        raise UserError("train.compile=true on CPU needs a C++ compiler (g++ or clang++) on PATH; "
                        "install one or set train.compile=false")
    if device.type == "cuda" and importlib.util.find_spec("triton") is None:
        raise UserError("train.compile=true on CUDA needs Triton (pip install triton); "
                        "or set train.compile=false")
    body, _ = decoder_and_head(model)
    layers = getattr(body, "layers", None)
    if not isinstance(layers, nn.ModuleList) or not len(layers):
        raise UserError("train.compile=true needs a decoder with a .layers list (Llama-style); "
                        "set train.compile=false for this model")
    for layer in layers:
        layer.compile(dynamic=False)  # fixed shapes: one graph per (grad mode, shape)
    return len(layers)
