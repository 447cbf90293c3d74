"""A tiny random Llama with LoRA on q,v (B initialised non-zero): shared by loss and DP tests."""

from __future__ import annotations

import torch
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

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
