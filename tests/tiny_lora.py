"""Shared by loss and DP tests: a tiny random Llama with LoRA on q,v, and packed batches."""

from __future__ import annotations

import torch
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

VOCAB = 97


def tiny_lora_model(dtype=torch.float64, layers=2):
    torch.manual_seed(0)
    cfg = LlamaConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=layers,
                      num_attention_heads=4, num_key_value_heads=2, vocab_size=VOCAB,
                      max_position_embeddings=64, tie_word_embeddings=True)
    base = LlamaForCausalLM(cfg).to(dtype)
    lora = LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0, target_modules=["q_proj", "v_proj"],
                      init_lora_weights=False)  # B != 0, so both A and B get gradients
    return get_peft_model(base, lora)


def make_batch(rows=7, seq=10, seed=3):
    """Random rows; row 1 is right-padded after 6 tokens."""
    g = torch.Generator().manual_seed(seed)
    input_ids = torch.randint(0, VOCAB, (rows, seq), generator=g)
    attention_mask = torch.ones_like(input_ids)
    attention_mask[1, 6:] = 0
    loss_mask = attention_mask.clone()
    loss_mask[:, 0] = 0
    return dict(input_ids=input_ids, attention_mask=attention_mask, loss_mask=loss_mask)


def separate_and_packed():
    """Three posts as three rows, and the same posts packed as two rows: [p0 p1], [p2]."""
    g = torch.Generator().manual_seed(5)
    posts = [torch.randint(1, VOCAB, (n,), generator=g) for n in (5, 4, 7)]
    sep = torch.zeros(3, 7, dtype=torch.long)
    sep_mask = torch.zeros(3, 7, dtype=torch.long)
    for i, p in enumerate(posts):
        sep[i, : len(p)], sep_mask[i, : len(p)] = p, 1
    sep_loss = sep_mask.clone()
    sep_loss[:, 0] = 0
    separate = dict(input_ids=sep, attention_mask=sep_mask, loss_mask=sep_loss)
    ids = torch.zeros(2, 9, dtype=torch.long)
    seg = torch.zeros(2, 9, dtype=torch.long)
    pos = torch.zeros(2, 9, dtype=torch.long)
    for row, parts in ((0, (0, 1)), (1, (2,))):
        start = 0
        for s, i in enumerate(parts, start=1):
            n = len(posts[i])
            ids[row, start:start + n] = posts[i]
            seg[row, start:start + n] = s
            pos[row, start:start + n] = torch.arange(n)
            start += n
    loss = (seg > 0).long()
    loss[:, 1:] &= (seg[:, 1:] == seg[:, :-1]).long()  # no target at a segment's first token
    loss[:, 0] = 0
    packed = dict(input_ids=ids, attention_mask=(seg > 0).long(), loss_mask=loss,
                  segment_ids=seg, position_ids=pos)
    return separate, packed
