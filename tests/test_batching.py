"""Batching: exact rows and masks on a toy word-level tokenizer, units, member cap, the split."""

from __future__ import annotations

import pytest
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

from trainer.batching import build_units, collate, split_members
from trainer.redact.redacted import synthetic_texts

PAD, BOS, EOS, UNK = 0, 1, 2, 3
WORDS = "a b c d e f g h".split()  # ids 4..11


@pytest.fixture(scope="module")
def tokenizer():
    """A word-level tokenizer built offline: a=4, b=5, ..., h=11."""
    vocab = {"<pad>": PAD, "<s>": BOS, "</s>": EOS, "<unk>": UNK}
    vocab.update({w: 4 + i for i, w in enumerate(WORDS)})
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
    )


TEXTS = ["a b", "c", "d e f g h a b", "b b", "h"]
MEMBERS = ["m2", "m1", "m2", "m3", "m2"]


def _units(tokenizer, **kw):
    args = dict(
        texts=synthetic_texts(TEXTS),
        member_ids=MEMBERS,
        tokenizer=tokenizer,
        max_seq_len=6,
        unit="member",
        max_posts_per_member=5,
        seed=0,
    )
    return build_units(**{**args, **kw})


def test_member_units_group_posts_with_bos_eos_and_truncation(tokenizer):
    u = _units(tokenizer)
    assert u.unit_keys == ["m1", "m2", "m3"] and u.num_units == 3
    assert u.unit_rows == [[0], [1, 2, 3], [4]]
    assert u.row_unit.tolist() == [0, 1, 1, 1, 2]
    assert u.rows == [
        [BOS, 6, EOS],  # m1: "c"
        [BOS, 4, 5, EOS],  # m2: "a b"
        [BOS, 7, 8, 9, 10, 11],  # m2: "d e f g h a b" cut to 6 tokens: no EOS (it did not end)
        [BOS, 11, EOS],  # m2: "h"
        [BOS, 5, 5, EOS],  # m3: "b b"
    ]
    assert u.posts_capped == 0 and u.rows_truncated == 1


def test_post_units_ignore_the_member_cap(tokenizer):
    u = _units(tokenizer, unit="post", max_posts_per_member=1)
    assert u.num_units == 5 and u.unit_keys == ["0", "1", "2", "3", "4"]
    assert u.unit_rows == [[0], [1], [2], [3], [4]]
    assert u.rows[1] == [BOS, 6, EOS] and u.posts_capped == 0


def test_only_redacted_text_reaches_the_tokenizer(tokenizer):
    with pytest.raises(TypeError, match="RedactedTexts"):
        build_units(texts=list(TEXTS), member_ids=MEMBERS, tokenizer=tokenizer, max_seq_len=6,
                    unit="member", max_posts_per_member=5, seed=0)
    with pytest.raises(TypeError):
        type(synthetic_texts([]))(["raw text"])  # minted only by the redaction module


def test_member_cap_is_seeded_deterministic_and_per_member(tokenizer):
    texts = [f"{w}" for w in WORDS] * 3  # 24 posts
    members = [f"m{i % 3}" for i in range(24)]  # 8 posts each
    kw = dict(
        texts=synthetic_texts(texts),
        member_ids=members,
        tokenizer=tokenizer,
        max_seq_len=8,
        unit="member",
        max_posts_per_member=3,
    )
    a, b = build_units(**kw, seed=5), build_units(**kw, seed=5)
    assert a.rows == b.rows and a.unit_rows == b.unit_rows
    assert [len(r) for r in a.unit_rows] == [3, 3, 3] and a.posts_capped == 15
    seeds = {tuple(map(tuple, build_units(**kw, seed=s).rows)) for s in range(6)}
    assert len(seeds) > 1  # the seed matters
    # stability: m0's kept posts do not depend on whether m1 and m2 are in the data
    only_m0 = [i for i, m in enumerate(members) if m == "m0"]
    alone = build_units(
        **{**kw, "texts": synthetic_texts(texts[i] for i in only_m0), "member_ids": ["m0"] * 8},
        seed=5,
    )
    assert alone.rows == a.rows[:3]


def test_collate_masks_are_exact(tokenizer):
    u = _units(tokenizer)
    b = collate(u, torch.tensor([2, 0]), pad_id=PAD, max_seq_len=6)
    assert b.num_units == 2
    assert b.input_ids.tolist() == [[BOS, 5, 5, EOS], [BOS, 6, EOS, PAD]]
    assert b.attention_mask.tolist() == [[1, 1, 1, 1], [1, 1, 1, 0]]
    # loss_mask[t] = 1 iff input_ids[t] is a real target (t >= 1), as trainer.losses expects
    assert b.loss_mask.tolist() == [[0, 1, 1, 1], [0, 1, 1, 0]]
    assert b.unit_index.tolist() == [0, 1]  # renumbered in the order of unit_indices
    assert b.loss_mask.sum().item() == sum(len(u.rows[r]) - 1 for r in (4, 0))


def test_unit_rows_are_contiguous_and_padding_rows_belong_to_no_unit(tokenizer):
    u = _units(tokenizer)
    b = collate(u, [1, 2], pad_id=PAD, max_seq_len=6, pad_to_rows=6, pad_to_len=8)
    assert b.input_ids.shape == (6, 8) and b.num_units == 2
    assert b.unit_index.tolist() == [0, 0, 0, 1, -1, -1]
    assert b.attention_mask[4:].sum() == 0 and b.loss_mask[4:].sum() == 0
    assert (b.input_ids[4:] == PAD).all()
    with pytest.raises(ValueError, match="pad_to_rows"):
        collate(u, [1, 2], pad_id=PAD, max_seq_len=6, pad_to_rows=3)
    with pytest.raises(ValueError, match="pad_to_len"):
        collate(u, [1], pad_id=PAD, max_seq_len=6, pad_to_len=5)


def test_empty_sample_gives_an_empty_or_all_padding_batch(tokenizer):
    u = _units(tokenizer)
    empty = collate(u, torch.tensor([], dtype=torch.long), pad_id=PAD, max_seq_len=6)
    assert empty.input_ids.shape[0] == 0 and empty.num_units == 0
    padded = collate(u, [], pad_id=PAD, max_seq_len=6, pad_to_rows=2)
    assert padded.unit_index.tolist() == [-1, -1] and padded.loss_mask.sum() == 0


def test_collate_refuses_repeated_or_unknown_units(tokenizer):
    u = _units(tokenizer)
    with pytest.raises(ValueError, match="repeats"):
        collate(u, [0, 0], pad_id=PAD, max_seq_len=6)  # would double one unit's contribution
    with pytest.raises(ValueError, match="out of range"):
        collate(u, [3], pad_id=PAD, max_seq_len=6)


def test_split_members_is_deterministic_disjoint_and_by_member():
    ids = [f"member-{i:03d}" for i in range(200)]
    train, evals = split_members(ids, eval_fraction=0.2, seed=0)
    again = split_members(list(reversed(ids)), eval_fraction=0.2, seed=0)
    assert (train, evals) == again  # input order does not matter
    assert train == sorted(train) and evals == sorted(evals)
    assert set(train).isdisjoint(evals) and set(train) | set(evals) == set(ids)
    assert 25 <= len(evals) <= 55  # Binomial(200, 0.2): mean 40, sd 5.7
    assert split_members(ids, eval_fraction=0.2, seed=1) != (train, evals)
    # a member's side depends on (seed, member) alone
    sub_train, sub_eval = split_members(ids[:50], eval_fraction=0.2, seed=0)
    assert set(sub_eval) == set(evals) & set(ids[:50])


def test_split_keeps_both_sides_non_empty_for_two_members():
    for seed in range(20):
        train, evals = split_members(["x", "y"], eval_fraction=0.01, seed=seed)
        assert len(train) == 1 and len(evals) == 1
        train, evals = split_members(["x", "y"], eval_fraction=0.99, seed=seed)
        assert len(train) == 1 and len(evals) == 1


def test_packing_puts_a_units_posts_into_segments_with_their_own_positions(tokenizer):
    u = _units(tokenizer, max_seq_len=8)  # m2's rows: 4, 8 (cut), 3 tokens
    assert u.physical_rows(1, pack=True, max_seq_len=8) == [[1], [2], [3]]  # 4+8 > 8, 8+3 > 8
    u = _units(tokenizer)  # max_seq_len 6: m2's rows are 4, 6, 3 tokens
    assert u.physical_rows(1, pack=True, max_seq_len=10) == [[1, 2], [3]]
    b = collate(u, [1, 0], pad_id=PAD, max_seq_len=10, pack=True)
    assert b.input_ids.tolist() == [
        [BOS, 4, 5, EOS, BOS, 7, 8, 9, 10, 11],
        [BOS, 11, EOS, PAD, PAD, PAD, PAD, PAD, PAD, PAD],
        [BOS, 6, EOS, PAD, PAD, PAD, PAD, PAD, PAD, PAD],
    ]
    assert b.segment_ids.tolist() == [[1, 1, 1, 1, 2, 2, 2, 2, 2, 2],
                                      [1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
                                      [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]]
    assert b.position_ids[0].tolist() == [0, 1, 2, 3, 0, 1, 2, 3, 4, 5]
    # a segment's first token is never a target: it would be predicted from another post
    assert b.loss_mask[0].tolist() == [0, 1, 1, 1, 0, 1, 1, 1, 1, 1]
    assert b.unit_index.tolist() == [0, 0, 1] and b.num_units == 2
    assert b.loss_mask.sum() == sum(len(u.rows[r]) - 1 for r in (0, 1, 2, 3))
    plain = collate(u, [1, 0], pad_id=PAD, max_seq_len=10)
    assert plain.segment_ids is None and plain.input_ids.shape == (4, 6)


def test_chunks_count_packed_rows(tokenizer):
    from trainer.batching import chunks_by_rows

    u = _units(tokenizer)
    every = torch.arange(3)
    assert [c.tolist() for c in chunks_by_rows(u, every, 3)] == [[0], [1], [2]]
    packed = chunks_by_rows(u, every, 3, pack=True, max_seq_len=10)
    assert [c.tolist() for c in packed] == [[0, 1], [2]]  # m2 packs into 2 rows
