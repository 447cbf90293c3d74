"""Tokenized privacy units and padded batches: token ids in, tensors out (no privacy math here).

A *unit* is what DP protects: a member (user-level DP, all of a member's kept posts) or a single
post. Each post is one row of token ids. Two properties matter for the DP guarantee:

- Stability: which posts a capped member keeps, and which side of the train/eval split a member
  lands on, depend only on (seed, that member), never on other members. Adding or removing one
  member therefore changes exactly one unit, as add/remove adjacency requires.
- Contiguity: a unit's rows are adjacent in every batch and tagged with its batch-local index,
  so the DP step can clip the unit's whole contribution as one.

Packing (`collate(..., pack=True)`) puts several posts of one unit into one physical row, each
post a *segment* with its own positions (from 0) that attends only to itself. Segments never
mix units, so a unit is still a set of whole rows; the model computes exactly what it would on
separate rows, with far less padding (see `trainer.losses` for the per-segment loss).
"""

from __future__ import annotations

import hashlib
import numbers
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import torch

from trainer.redact.redacted import RedactedTexts


@dataclass(frozen=True)
class Units:
    """Tokenized rows (one per post) grouped into privacy units."""

    rows: list[list[int]]  # token ids per row: [BOS] + post + [EOS], cut to max_seq_len
    row_unit: np.ndarray  # (num_rows,) int64: the unit each row belongs to
    unit_rows: list[list[int]]  # unit -> its row indices (contiguous, ascending)
    unit_keys: list[str]  # unit -> member id (unit=member) or input post index (unit=post)
    posts_capped: int  # posts dropped by max_posts_per_member (0 under unit=post)
    rows_truncated: int  # rows cut at max_seq_len

    @property
    def num_units(self) -> int:
        """Number of privacy units (the N in sample_rate = expected batch / N)."""
        return len(self.unit_rows)

    def physical_rows(self, unit: int, *, pack: bool, max_seq_len: int) -> list[list[int]]:
        """The unit's rows as physical rows: one post each, or packed in order (next fit)."""
        rows = self.unit_rows[unit]
        if not pack:
            return [[r] for r in rows]
        groups: list[list[int]] = []
        used = max_seq_len  # forces a new group for the first post
        for r in rows:
            n = min(len(self.rows[r]), max_seq_len)
            if used + n > max_seq_len:
                groups.append([])
                used = 0
            groups[-1].append(r)
            used += n
        return groups


@dataclass(frozen=True)
class Batch:
    """Right-padded rows of some units; every tensor has R rows and T columns (or R entries).

    `loss_mask` is over *targets*: `loss_mask[r, t] = 1` exactly when `input_ids[r, t]` is a real
    token with t >= 1, i.e. a next-token target predicted from positions < t (the logit at t - 1).
    So `loss_mask[:, 0]` is always 0, a per-row loss is `CE(logits[:, :-1], input_ids[:, 1:])`
    weighted by `loss_mask[:, 1:]` (the convention of `trainer.losses`), and a row's mask sums
    to its number of targets, row length - 1.
    """

    input_ids: torch.Tensor  # (R, T) int64, pad_id after each row's end
    attention_mask: torch.Tensor  # (R, T) int64, 1 on real tokens
    loss_mask: torch.Tensor  # (R, T) int64, 1 on real tokens that are targets (t >= 1)
    unit_index: torch.Tensor  # (R,) int64, 0..k-1 in the order of unit_indices; -1 = padding row
    num_units: int  # k, units in this batch (padding rows belong to none)
    # Packed batches only: segment s >= 1 of a row is its s-th post, 0 is padding; positions
    # restart at 0 in each segment. None when every row holds one post.
    segment_ids: torch.Tensor | None = None  # (R, T) int64
    position_ids: torch.Tensor | None = None  # (R, T) int64

    @property
    def num_rows(self) -> int:
        """R, rows in the batch including padding rows."""
        return int(self.input_ids.shape[0])

    def to(self, device: torch.device | str) -> Batch:
        """The model inputs on `device` (unit_index stays on the host, where the DP step reads it).

        To a CUDA device the copies are asynchronous from pinned memory: the host does not wait.
        """
        device = torch.device(device)
        cuda = device.type == "cuda"

        def move(t: torch.Tensor) -> torch.Tensor:
            return (t.pin_memory() if cuda else t).to(device, non_blocking=cuda)

        return Batch(
            input_ids=move(self.input_ids),
            attention_mask=move(self.attention_mask),
            loss_mask=move(self.loss_mask),
            unit_index=self.unit_index,
            num_units=self.num_units,
            segment_ids=None if self.segment_ids is None else move(self.segment_ids),
            position_ids=None if self.position_ids is None else move(self.position_ids),
        )


def build_units(
    *,
    texts: RedactedTexts,
    member_ids: Sequence[str],
    tokenizer,
    max_seq_len: int,
    unit: Literal["member", "post"],
    max_posts_per_member: int,
    seed: int,
) -> Units:
    """Tokenize posts (in one batched call) and group them into privacy units.

    Under unit=member, a member with more than `max_posts_per_member` posts keeps a subset chosen
    by a generator seeded from (seed, member id) alone; under unit=post every post is its own unit
    and `max_posts_per_member` is ignored. A row longer than `max_seq_len` is cut there, losing
    its EOS (a cut post does not end there, so the model should not learn that it does).
    """
    if not isinstance(texts, RedactedTexts):
        raise TypeError("build_units takes RedactedTexts (trainer.redact.redacted): only redacted "
                        "text may reach the tokenizer")
    if len(texts) != len(member_ids):
        raise ValueError(f"{len(texts)} texts but {len(member_ids)} member ids")
    if unit not in ("member", "post"):
        raise ValueError(f"unit must be 'member' or 'post', got {unit!r}")
    _check_int(max_seq_len, "max_seq_len", minimum=2)  # one input and one target at least
    _check_int(max_posts_per_member, "max_posts_per_member", minimum=1)
    _check_int(seed, "seed", minimum=-(2**63))

    if unit == "post":
        groups = [[i] for i in range(len(texts))]
        keys = [str(i) for i in range(len(texts))]
        capped = 0
    else:
        by_member: dict[str, list[int]] = {}
        for i, m in enumerate(member_ids):
            by_member.setdefault(str(m), []).append(i)
        keys = sorted(by_member)
        groups = [_cap(by_member[m], max_posts_per_member, seed=seed, member=m) for m in keys]
        capped = len(texts) - sum(len(g) for g in groups)

    kept = [i for g in groups for i in g]  # rows in unit order
    rows, truncated = _tokenize([texts[i] for i in kept], tokenizer, max_seq_len)
    unit_rows, row_unit, start = [], np.empty(len(kept), dtype=np.int64), 0
    for u, g in enumerate(groups):
        unit_rows.append(list(range(start, start + len(g))))
        row_unit[start : start + len(g)] = u
        start += len(g)
    return Units(
        rows=rows,
        row_unit=row_unit,
        unit_rows=unit_rows,
        unit_keys=keys,
        posts_capped=capped,
        rows_truncated=truncated,
    )


def collate(
    units: Units,
    unit_indices: torch.Tensor | Sequence[int],
    *,
    pad_id: int,
    max_seq_len: int,
    pad_to_rows: int | None = None,
    pad_to_len: int | None = None,
    pack: bool = False,
) -> Batch:
    """Right-pad the rows of `unit_indices` (units kept whole, in the given order) into a Batch.

    T is the longest row (at least 1) unless `pad_to_len` fixes it; `pad_to_rows` appends empty
    rows with unit_index -1 up to a fixed R (for reusable shapes). Overflow of either is an error,
    never a silent truncation or drop: dropping a sampled unit would break the accounting.
    `pack` packs each unit's posts into as few rows of `max_seq_len` tokens as fit (segments).
    """
    idx = torch.as_tensor(unit_indices, dtype=torch.long).reshape(-1).tolist()
    if len(set(idx)) != len(idx):
        raise ValueError("unit_indices repeats a unit; each unit may appear once per batch")
    if idx and not 0 <= min(idx) <= max(idx) < units.num_units:
        raise ValueError(f"unit_indices out of range for {units.num_units} units")
    _check_int(max_seq_len, "max_seq_len", minimum=1)
    rows, owner = [], []  # each physical row: its posts' token ids (segments), and its unit
    for k, u in enumerate(idx):
        for group in units.physical_rows(u, pack=pack, max_seq_len=max_seq_len):
            rows.append([units.rows[r][:max_seq_len] for r in group])
            owner.append(k)
    num_rows = len(rows) if pad_to_rows is None else pad_to_rows
    if num_rows < len(rows):
        raise ValueError(f"{len(rows)} rows do not fit pad_to_rows={pad_to_rows}")
    longest = max((sum(map(len, r)) for r in rows), default=0)
    width = max(longest, 1) if pad_to_len is None else pad_to_len
    if width < longest or width < 1:
        raise ValueError(f"a row of {longest} tokens does not fit pad_to_len={pad_to_len}")

    input_ids = torch.full((num_rows, width), pad_id, dtype=torch.long)  # (R, T)
    segment_ids = torch.zeros((num_rows, width), dtype=torch.long)  # (R, T) 0 = padding
    position_ids = torch.zeros((num_rows, width), dtype=torch.long)  # (R, T)
    loss_mask = torch.zeros((num_rows, width), dtype=torch.long)  # (R, T)
    for r, segments in enumerate(rows):
        start = 0
        for s, ids in enumerate(segments, start=1):
            end = start + len(ids)
            input_ids[r, start:end] = torch.tensor(ids, dtype=torch.long)
            segment_ids[r, start:end] = s
            position_ids[r, start:end] = torch.arange(len(ids))
            loss_mask[r, start + 1 : end] = 1  # every real token but a segment's first is a target
            start = end
    unit_index = torch.full((num_rows,), -1, dtype=torch.long)  # (R,)
    unit_index[: len(owner)] = torch.tensor(owner, dtype=torch.long)
    return Batch(
        input_ids=input_ids,
        attention_mask=(segment_ids > 0).long(),
        loss_mask=loss_mask,
        unit_index=unit_index,
        num_units=len(idx),
        segment_ids=segment_ids if pack else None,
        position_ids=position_ids if pack else None,
    )


def chunks_by_rows(units: Units, unit_indices: torch.Tensor, max_rows: int, *,
                   pack: bool = False, max_seq_len: int | None = None):
    """Split unit indices into consecutive groups of at most `max_rows` physical rows (units kept
    whole); with `pack`, a unit's rows are its packed rows of `max_seq_len` tokens."""
    if pack and max_seq_len is None:
        raise ValueError("pack=True needs max_seq_len")
    group: list[int] = []
    rows = 0
    for u in unit_indices.tolist():
        if pack:
            n = len(units.physical_rows(u, pack=True, max_seq_len=max_seq_len))
        else:
            n = len(units.unit_rows[u])
        if group and rows + n > max_rows:
            yield torch.tensor(group, dtype=torch.long)
            group, rows = [], 0
        group.append(u)
        rows += n
    if group:
        yield torch.tensor(group, dtype=torch.long)


def split_members(
    member_ids: Sequence[str], *, eval_fraction: float, seed: int
) -> tuple[list[str], list[str]]:
    """Split members (never posts) into sorted (train, eval) by a seeded hash of each member id.

    A member goes to eval when its hash falls in the lowest `eval_fraction` of the hash range, so
    its side depends on (seed, member) alone. Only when that leaves a side empty (>= 2 members)
    does the lowest-hashing member move to eval, or the highest-hashing one back to train.
    """
    if not 0.0 < eval_fraction < 1.0:
        raise ValueError(f"eval_fraction must be in (0, 1), got {eval_fraction!r}")
    _check_int(seed, "seed", minimum=-(2**63))
    ids = sorted(set(map(str, member_ids)))
    score = {m: _hash_unit(seed, "split", m) for m in ids}
    eval_set = {m for m in ids if score[m] < eval_fraction}
    by_score = sorted(ids, key=lambda m: (score[m], m))
    if len(ids) >= 2 and not eval_set:
        eval_set = {by_score[0]}
    if len(ids) >= 2 and len(eval_set) == len(ids):
        eval_set.discard(by_score[-1])
    return [m for m in ids if m not in eval_set], [m for m in ids if m in eval_set]


def _cap(posts: list[int], cap: int, *, seed: int, member: str) -> list[int]:
    """At most `cap` of one member's posts, chosen by a generator seeded from (seed, member)."""
    if len(posts) <= cap:
        return posts
    digest = hashlib.sha256(f"{seed}\x00cap\x00{member}".encode()).digest()
    rng = np.random.default_rng(int.from_bytes(digest[:16], "little"))
    chosen = rng.choice(len(posts), size=cap, replace=False)
    return [posts[j] for j in sorted(chosen.tolist())]


def _hash_unit(seed: int, purpose: str, key: str) -> float:
    """A number in [0, 1) fixed by (seed, purpose, key): a per-member coin independent of others."""
    digest = hashlib.sha256(f"{seed}\x00{purpose}\x00{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _tokenize(texts: list[str], tokenizer, max_seq_len: int) -> tuple[list[list[int]], int]:
    """[BOS] + ids + [EOS] per text (each special token only if the tokenizer has one), cut."""
    bos = [tokenizer.bos_token_id] if tokenizer.bos_token_id is not None else []
    eos = [tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else []
    if not texts:
        return [], 0
    # Cut early: a row longer than max_seq_len + 1 tokens is truncated no matter what.
    encoded = tokenizer(
        texts, add_special_tokens=False, truncation=True, max_length=max_seq_len + 1
    )["input_ids"]
    rows, truncated = [], 0
    for ids in encoded:
        full = bos + list(ids) + eos
        truncated += len(full) > max_seq_len
        rows.append(full[:max_seq_len])
    return rows, truncated


def _check_int(value, name: str, *, minimum: int) -> None:
    if not isinstance(value, numbers.Integral) or isinstance(value, bool) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
