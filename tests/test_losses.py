"""per_sequence_loss: equals cross-entropy on the full logits, per row, value and gradient."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

from trainer.errors import UserError
from trainer.losses import per_sequence_loss

VOCAB = 97


def tiny_lora_model(dtype=torch.float64):
    torch.manual_seed(0)
    cfg = LlamaConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, vocab_size=VOCAB,
                      max_position_embeddings=64, tie_word_embeddings=True)
    base = LlamaForCausalLM(cfg).to(dtype)
    lora = LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0, target_modules=["q_proj", "v_proj"],
                      init_lora_weights=False)  # B != 0, so both A and B get gradients
    return get_peft_model(base, lora)


def batch(rows=5, seq=12):
    g = torch.Generator().manual_seed(3)
    input_ids = torch.randint(0, VOCAB, (rows, seq), generator=g)
    attention_mask = torch.ones_like(input_ids)
    attention_mask[1, 8:] = 0  # right padding
    loss_mask = attention_mask.clone()
    loss_mask[:, 0] = 0
    loss_mask[2, :6] = 0  # a prompt: only the tail is a target
    loss_mask[4] = 0  # a row without targets
    return dict(input_ids=input_ids, attention_mask=attention_mask, loss_mask=loss_mask)


def reference_loss(model, b):
    """Mean CE over each row's targets, from the full (R, T, V) logits."""
    logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits
    ce = F.cross_entropy(logits[:, :-1].transpose(1, 2), b["input_ids"][:, 1:],
                         reduction="none")  # (R, T-1)
    mask = b["loss_mask"][:, 1:].to(ce.dtype)
    return (ce * mask).sum(1) / mask.sum(1).clamp(min=1)


@pytest.mark.parametrize("chunk_size", [1, 7, None])
def test_equals_full_logits_cross_entropy(chunk_size):
    model, b = tiny_lora_model(), batch()
    got = per_sequence_loss(model, **b, chunk_size=chunk_size)
    want = reference_loss(model, b)
    assert got.shape == (5,) and got.dtype == torch.float64
    torch.testing.assert_close(got, want, rtol=1e-12, atol=1e-12)
    assert got[4] == 0.0


def test_gradient_equals_full_logits_gradient():
    model, b = tiny_lora_model(), batch()
    params = [p for p in model.parameters() if p.requires_grad]
    weights = torch.tensor([0.3, -1.0, 2.0, 0.5, 7.0], dtype=torch.float64)
    got = torch.autograd.grad((per_sequence_loss(model, **b, chunk_size=4) * weights).sum(),
                              params)
    want = torch.autograd.grad((reference_loss(model, b) * weights).sum(), params)
    for g, w in zip(got, want, strict=True):
        torch.testing.assert_close(g, w, rtol=1e-10, atol=1e-12)


def test_row_without_targets_has_zero_gradient():
    model, b = tiny_lora_model(), batch()
    params = [p for p in model.parameters() if p.requires_grad]
    loss = per_sequence_loss(model, **b)
    grads = torch.autograd.grad(loss[4], params, allow_unused=True)
    assert all(g is None or bool((g == 0).all()) for g in grads)


def test_trainable_head_uses_plain_autograd_and_agrees():
    torch.manual_seed(0)
    cfg = LlamaConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=2, vocab_size=VOCAB,
                      tie_word_embeddings=False)
    model, b = LlamaForCausalLM(cfg).double(), batch()
    got = per_sequence_loss(model, **b, chunk_size=5)
    torch.testing.assert_close(got, reference_loss(model, b), rtol=1e-12, atol=1e-12)
    (g_head,) = torch.autograd.grad(got.sum(), [model.lm_head.weight])
    (w_head,) = torch.autograd.grad(reference_loss(model, b).sum(), [model.lm_head.weight])
    torch.testing.assert_close(g_head, w_head)


def test_no_grad_evaluation_works():
    model, b = tiny_lora_model(), batch()
    with torch.no_grad():
        got = per_sequence_loss(model, **b)
    assert not got.requires_grad
    torch.testing.assert_close(got, reference_loss(model, b).detach())


def test_rejects_bad_masks():
    model, b = tiny_lora_model(), batch()
    first = dict(b, loss_mask=b["loss_mask"].clone())
    first["loss_mask"][0, 0] = 1
    with pytest.raises(ValueError, match="first token"):
        per_sequence_loss(model, **first)
    pad = dict(b, loss_mask=b["loss_mask"].clone())
    pad["loss_mask"][1, 10] = 1  # attention_mask is 0 there
    with pytest.raises(ValueError, match="padding"):
        per_sequence_loss(model, **pad)
    with pytest.raises(ValueError, match="shape"):
        per_sequence_loss(model, **dict(b, loss_mask=b["loss_mask"][:, :-1]))


def test_refuses_logit_postprocessing():
    model, b = tiny_lora_model(), batch()
    model.get_base_model().config.final_logit_softcapping = 30.0
    with pytest.raises(UserError, match="final_logit_softcapping"):
        per_sequence_loss(model, **b)
