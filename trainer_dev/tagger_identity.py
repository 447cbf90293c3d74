"""Whether a change to the name tagger's code changes what the tagger path redacts: for speed
steps of ``trainer.redact.name_tagger*`` (outputs must stay byte-identical).

    python -m trainer_dev.tagger_identity --out /tmp/a.json       # before the change
    python -m trainer_dev.tagger_identity --out /tmp/b.json       # after
    python -m trainer_dev.redaction_identity --compare /tmp/a.json /tmp/b.json

One hash per post of ``Redactor.from_members(members, name_tagger=True).redact(text)`` (text
and spans), over the benchmark's posts and the first ``--n`` posts of every development set
that ``redaction_failures`` may open; and, per benchmark post, the tagger's own NAME hits
without the rules' spans (``find_tagged_names``, no ``covered``), so a change in the tagger is
seen even where the rules' spans hide it, and of its P(NAME) rows (``Tagger.probs``: every
token's class probabilities, bytes); and one hash per post of ``redact_batch`` (the batch path,
whose tagger scores many posts in one numpy pass).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from pathlib import Path

from trainer.redact import Redactor, name_tagger
from trainer_dev.redaction_failures import DEVELOPMENT_SETS
from trainer_dev.redaction_identity import _bench_module


def _hash(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def redact_hashes(members: list[str], texts: list[str]) -> list[str]:
    redactor = Redactor.from_members(members, name_tagger=True)
    out = []
    for text in texts:
        result = redactor.redact(text)
        spans = ";".join(f"{s.type},{s.start},{s.end}" for s in result.spans)
        out.append(_hash(f"{result.text}\x00{spans}"))
    return out


def batch_hashes(members: list[str], texts: list[str]) -> list[str]:
    redacted, _counts = Redactor.from_members(members, name_tagger=True).redact_batch(texts)
    return [_hash(text) for text in redacted]


def probs_hashes(texts: list[str]) -> list[str]:
    tagger = name_tagger.load_tagger()
    return [hashlib.sha256(tagger.probs(t)[1].tobytes()).hexdigest()[:16] for t in texts]


def tagger_hashes(texts: list[str]) -> list[str]:
    threshold = name_tagger.DEFAULT_THRESHOLD
    return [_hash(repr(name_tagger.find_tagged_names(t, threshold=threshold))) for t in texts]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=300, help="posts per development set")
    parser.add_argument("--bench-posts", type=int, default=3000)
    args = parser.parse_args()
    hashes: dict[str, list[str]] = {}
    for name, (members, texts) in _bench_module().bench_sets(args.bench_posts).items():
        hashes[f"bench {name}"] = redact_hashes(members, texts)
        hashes[f"bench {name} tagger"] = tagger_hashes(texts)
        hashes[f"bench {name} probs"] = probs_hashes(texts)
        hashes[f"bench {name} batch"] = batch_hashes(members, texts)
        print(f"bench {name:10s} {len(texts):6d} posts", file=sys.stderr)
    for name, (module_name, make_name, seed) in DEVELOPMENT_SETS.items():
        module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
        members, posts = getattr(module, make_name)(seed=seed)
        texts = [p.text for p in posts[: args.n]]
        hashes[name] = redact_hashes(members, texts)
        hashes[f"{name} tagger"] = tagger_hashes(texts)
        hashes[f"{name} batch"] = batch_hashes(members, texts)
        print(f"{name:16s} {len(texts):6d} posts", file=sys.stderr)
    args.out.write_text(json.dumps(hashes) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
