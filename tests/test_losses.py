"""per_sequence_loss: equals cross-entropy on the full logits, per row, value and gradient."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from tiny_lora import VOCAB, separate_and_packed, tiny_lora_model
from transformers import LlamaConfig, LlamaForCausalLM

from trainer.errors import UserError
from trainer.losses import per_sequence_loss


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


def padded_batch():
    """batch() plus a padding row (no real token at all), as fixed-shape collation makes."""
    b = batch()
    pad_row = dict(input_ids=torch.zeros(1, 12, dtype=torch.long),
                   attention_mask=torch.zeros(1, 12, dtype=torch.long),
                   loss_mask=torch.zeros(1, 12, dtype=torch.long))
    return {k: torch.cat([v, pad_row[k]]) for k, v in b.items()}


def test_static_shapes_path_equals_the_gathering_path_in_value_and_gradient():
    from trainer.losses import _uses_sdpa
    from trainer.models.layout import decoder_and_head

    model, b = tiny_lora_model(), padded_batch()
    assert _uses_sdpa(decoder_and_head(model)[0])  # so the 4D boolean mask is what is tested
    params = [p for p in model.parameters() if p.requires_grad]
    weights = torch.tensor([0.3, -1.0, 2.0, 0.5, 7.0, 1.0], dtype=torch.float64)
    static = per_sequence_loss(model, **b, chunk_size=7, static_shapes=True)
    gathered = per_sequence_loss(model, **b, chunk_size=7)
    assert bool(torch.isfinite(static).all()) and static[5] == 0.0 and static[4] == 0.0
    torch.testing.assert_close(static, gathered, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(static[:5], reference_loss(model, batch()), rtol=1e-12, atol=1e-12)
    got = torch.autograd.grad((static * weights).sum(), params)
    want = torch.autograd.grad((gathered * weights).sum(), params)
    for g, w in zip(got, want, strict=True):
        assert bool(torch.isfinite(g).all())
        torch.testing.assert_close(g, w, rtol=1e-10, atol=1e-12)


def test_no_attention_mask_means_no_padding():
    model, b = tiny_lora_model(), batch()
    full = dict(b, attention_mask=torch.ones_like(b["attention_mask"]))
    full["loss_mask"] = torch.ones_like(b["loss_mask"])
    full["loss_mask"][:, 0] = 0
    for static in (False, True):
        torch.testing.assert_close(
            per_sequence_loss(model, **dict(full, attention_mask=None), static_shapes=static),
            reference_loss(model, full), rtol=1e-12, atol=1e-12)


def test_static_shapes_checks_masks_without_reading_them_on_the_host():
    model, b = tiny_lora_model(), batch()
    first = dict(b, loss_mask=b["loss_mask"].clone())
    first["loss_mask"][0, 0] = 1
    with pytest.raises(RuntimeError, match="first token"):  # raised by torch._assert_async
        per_sequence_loss(model, **first, static_shapes=True)


@pytest.mark.parametrize("static", [False, True])
def test_a_packed_row_is_the_sum_of_its_posts_losses_in_value_and_gradient(static):
    model = tiny_lora_model()
    separate, packed = separate_and_packed()
    params = [p for p in model.parameters() if p.requires_grad]
    sep = per_sequence_loss(model, **separate)  # (3,)
    got = per_sequence_loss(model, **packed, static_shapes=static)  # (2,)
    torch.testing.assert_close(got, torch.stack([sep[0] + sep[1], sep[2]]), rtol=1e-12,
                               atol=1e-12)
    for row, posts in ((0, [0, 1]), (1, [2])):  # per-row gradients too (what DP clips)
        want = torch.autograd.grad(sep[posts].sum(), params, retain_graph=True)
        have = torch.autograd.grad(got[row], params, retain_graph=True)
        for h, w in zip(have, want, strict=True):
            torch.testing.assert_close(h, w, rtol=1e-10, atol=1e-12)


def test_packed_posts_do_not_see_each_other():
    model = tiny_lora_model()
    _, packed = separate_and_packed()
    before = per_sequence_loss(model, **packed)
    changed = dict(packed, input_ids=packed["input_ids"].clone())
    changed["input_ids"][0, 1:5] = (changed["input_ids"][0, 1:5] + 7) % VOCAB  # post 0 only
    after = per_sequence_loss(model, **changed)
    separate, _ = separate_and_packed()
    sep_changed = dict(separate, input_ids=separate["input_ids"].clone())
    sep_changed["input_ids"][0, 1:5] = changed["input_ids"][0, 1:5]
    # row 0's change equals post 0's change alone: post 1 (same row) is unaffected
    delta_sep = per_sequence_loss(model, **sep_changed)[0] - per_sequence_loss(model, **separate)[0]
    torch.testing.assert_close(after[0] - before[0], delta_sep, rtol=1e-10, atol=1e-12)
    assert after[1] == before[1]


def test_packed_targets_must_not_cross_segments():
    model = tiny_lora_model()
    _, packed = separate_and_packed()
    bad = dict(packed, loss_mask=packed["loss_mask"].clone())
    bad["loss_mask"][0, 5] = 1  # the first token of post 1, "predicted" from post 0
    with pytest.raises(ValueError, match="segment's first token"):
        per_sequence_loss(model, **bad)
