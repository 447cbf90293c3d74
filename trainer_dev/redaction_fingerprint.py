"""A digest of the redactor's output on the tuning sets, to show a refactor changed nothing.

    python -m trainer_dev.redaction_fingerprint            # one line per set, then speed

Runs the synthetic, Faker held-out and standards sets (never the independent scoring sets) and
prints the SHA-256 of every redacted text in order, plus the bytes per CPU second of the pass.
Two commits that print the same digests redact those ~9,000 posts identically.
"""

from __future__ import annotations

import hashlib
import time

from trainer.redact import Redactor
from trainer.redact.tlds import delegated_tlds
from trainer_dev.redaction_sets.heldout import make_heldout
from trainer_dev.redaction_sets.standards_set import make_standards_set
from trainer_dev.redaction_sets.synthetic import make_examples


def _sets() -> list[tuple[str, list[str], list[str]]]:
    tlds = sorted(t for t in delegated_tlds() if t.isascii() and not t.startswith("xn--"))
    members, examples = make_examples(seed=7, n=3000)
    h_members, held = make_heldout(seed=7, n=3000)
    s_members, posts = make_standards_set(seed=7, n=1000, tlds=tlds)
    return [
        ("synthetic", members, [e.text for e in examples]),
        ("heldout", h_members, [e.text for e in held]),
        ("standards", s_members, [p.text for p in posts]),
    ]


def main() -> None:
    for name, members, texts in _sets():
        redactor = Redactor.from_members(members, name_tagger=False)
        redactor.redact("Warm up: Maria Lopez, Via Roma 1, 00184 Roma, +39 06 1234 5678.")
        digest = hashlib.sha256()
        start = time.process_time()
        for text in texts:
            digest.update(redactor.redact(text).text.encode("utf-8") + b"\x00")
        seconds = time.process_time() - start
        size = sum(len(t.encode("utf-8")) for t in texts)
        print(
            f"{name:10s} {len(texts):5d} posts  {digest.hexdigest()[:16]}  "
            f"{size / seconds / 1e6:.2f} MB/s CPU"
        )


if __name__ == "__main__":
    main()
