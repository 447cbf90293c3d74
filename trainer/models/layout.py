"""Where the parts of a Hugging Face causal LM are: the decoder body and the output head."""

from __future__ import annotations

from torch import nn

from trainer.errors import UserError


def decoder_and_head(model: nn.Module) -> tuple[nn.Module, nn.Module]:
    """(body returning last_hidden_state, output head) of an HF causal LM, peft-wrapped or not."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    cfg = getattr(base, "config", None)
    for attr in ("final_logit_softcapping", "logit_scale"):
        if getattr(cfg, attr, None) not in (None, 1.0):
            raise UserError(
                f"model config sets {attr}; per_sequence_loss applies the output head directly "
                "and does not support it: use a model without logit post-processing"
            )
    if not (hasattr(base, "get_decoder") and hasattr(base, "get_output_embeddings")):
        raise UserError("per_sequence_loss needs a Hugging Face causal LM (get_decoder/lm_head)")
    head = base.get_output_embeddings()
    if head is None:
        raise UserError("per_sequence_loss: the model has no output head (lm_head)")
    return base.get_decoder(), head
