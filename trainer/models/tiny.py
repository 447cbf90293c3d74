"""A tiny random Llama with a byte-level tokenizer, built offline, for tests and smoke runs."""

from __future__ import annotations

import re

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers
from transformers import AutoModelForCausalLM, LlamaConfig, PreTrainedTokenizerFast

SPECIAL_TOKENS = ("<pad>", "<s>", "</s>", "<unk>")  # ids 0..3; byte b is token 4 + b
PAD_ID, BOS_ID, EOS_ID, UNK_ID = range(4)
VOCAB_SIZE = len(SPECIAL_TOKENS) + 256
MAX_POSITIONS = 512
_ID_PREFIX = "tiny-llama-v1-seed"


def tiny_id(seed: int) -> str:
    """The base-model id recorded for the tiny model built with ``seed``."""
    return f"{_ID_PREFIX}{seed}"


def tiny_seed_from_id(model_id: str) -> int | None:
    """The seed encoded in a `tiny_id`, or None if ``model_id`` is not one."""
    match = re.fullmatch(rf"{_ID_PREFIX}(\d+)", model_id)
    return int(match.group(1)) if match else None


def _byte_alphabet() -> list[str]:
    """GPT-2's printable stand-in character for each byte value 0..255, in byte order."""
    keep = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    chars, extra = {}, 0
    for b in range(256):
        if b in keep:
            chars[b] = chr(b)
        else:
            chars[b] = chr(256 + extra)
            extra += 1
    return [chars[b] for b in range(256)]


def build_tiny_tokenizer() -> PreTrainedTokenizerFast:
    """Byte-level tokenizer (no merges): 4 specials + 256 bytes, so any text round-trips exactly."""
    vocab = {tok: i for i, tok in enumerate([*SPECIAL_TOKENS, *_byte_alphabet()])}
    backend = Tokenizer(models.BPE(vocab=vocab, merges=[], unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    backend.add_special_tokens(list(SPECIAL_TOKENS))
    return PreTrainedTokenizerFast(
        tokenizer_object=backend,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        model_max_length=MAX_POSITIONS,
    )


def tiny_config() -> LlamaConfig:
    """The fixed architecture: hidden 64, 2 layers, 4 heads (2 KV heads), MLP 128."""
    return LlamaConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=MAX_POSITIONS,
        pad_token_id=PAD_ID,
        bos_token_id=BOS_ID,
        eos_token_id=EOS_ID,
        tie_word_embeddings=False,
    )


def build_tiny_model(*, seed: int) -> torch.nn.Module:
    """Float32 CPU weights that depend only on ``seed``; the caller's RNG state is untouched."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(tiny_config(), attn_implementation="sdpa")
    return model.float().eval()
