"""The held-out file of ``trainer_dev.tagger_recipe`` (a set's rules spans, rules report and
candidates' spans and feature ids) as a plain ``.npz`` read with ``allow_pickle=False``.

Why not pickle: the cache folder defaults to a shared place under /tmp, and its file names are
predictable (``tagger_cache.heldout_key``), so anyone who can write there could plant a file;
unpickling it would run their code. A planted ``.npz`` read without pickle can at worst give wrong
numbers (an object array is refused by numpy), never run code. The report travels as JSON text;
spans and candidates as flat integer arrays with per-post counts.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def _flat(per_post: list[list[tuple]], width: int) -> tuple[np.ndarray, np.ndarray]:
    """(rows [n, width] of the items, per-post counts) of a list of lists of tuples."""
    counts = np.array([len(p) for p in per_post], dtype=np.int64)
    rows = [tuple(item) for p in per_post for item in p]
    return np.array(rows, dtype=object).reshape(len(rows), width), counts


def write_heldout(path: Path, held: dict) -> None:
    """Write ``held`` ({"rules": dict, "spans": [[(kind, start, end)]], "cands": [[(start,
    end)]], "ids": [n, WIDTH] uint}) whole, then rename: a killed run leaves no half file."""
    spans, span_counts = _flat(held["spans"], 3)
    cands, cand_counts = _flat(held["cands"], 2)
    arrays = {
        "rules_json": np.array(json.dumps(held["rules"], sort_keys=True)),
        "span_kind": np.array([str(k) for k in spans[:, 0]], dtype=str),
        "span_at": spans[:, 1:].astype(np.int64).reshape(-1, 2),
        "span_counts": span_counts,
        "cand_at": cands.astype(np.int64).reshape(-1, 2),
        "cand_counts": cand_counts,
        "ids": np.asarray(held["ids"]),
    }
    part = path.with_name(path.stem + ".part.npz")
    np.savez(part, **arrays)
    part.replace(path)


def _split(rows: list, counts: np.ndarray) -> list[list]:
    out, at = [], 0
    for n in counts.tolist():
        out.append(rows[at : at + n])
        at += n
    return out


def read_heldout(path: Path) -> dict:
    """The dict ``write_heldout`` wrote (spans and candidates as lists of tuples), read with
    ``allow_pickle=False``: a file holding an object array raises ValueError."""
    with np.load(path, allow_pickle=False) as npz:
        rules = json.loads(str(npz["rules_json"]))
        kinds = npz["span_kind"].tolist()
        span_at = npz["span_at"].tolist()
        cand_at = npz["cand_at"].tolist()
        span_counts, cand_counts = npz["span_counts"], npz["cand_counts"]
        ids = npz["ids"]
    spans = [(k, s, e) for k, (s, e) in zip(kinds, span_at, strict=True)]
    cands = [(s, e) for s, e in cand_at]
    return {"rules": rules, "spans": _split(spans, span_counts),
            "cands": _split(cands, cand_counts), "ids": ids}
