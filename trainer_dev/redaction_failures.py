"""The redactor's failures on the fresh set, item by item, for tuning.

    python -m trainer_dev.redaction_failures [--kind PERSON] [--locale es_ES] [--limit 40]

The fresh set (``trainer_dev.redaction_sets.fresh``) was the third held-out set. Since
2026-12-02 it is a development set: its failures are read while tuning, so its scores no longer
say anything about text the redactor was not tuned on. Only it can be listed here; the fourth,
fifth and later sets stay for scoring, and this tool refuses to open them.

Prints leaked labelled items (the fragments that survived, and the redacted text around them),
redactions in PII-free posts (false positives) and look-alikes that did not survive.
"""

from __future__ import annotations

import argparse

from trainer.redact import Redactor
from trainer_dev.redaction_sets.fresh import leaked, make_fresh_set


def _surviving(redacted: str, fragments: list[str], background: str) -> list[str]:
    return [f for f in fragments if leaked(redacted, [f], background)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", help="only this labelled kind (PERSON, ADDRESS, MEMBER, ...)")
    parser.add_argument("--locale", help="only this locale (es_ES, ...)")
    parser.add_argument("--limit", type=int, default=40, help="at most this many per section")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    members, posts = make_fresh_set(seed=args.seed)
    redactor = Redactor.from_members(members)
    misses, false_pos, lost = [], [], []
    for post in posts:
        if args.locale and post.locale != args.locale:
            continue
        result = redactor.redact(post.text)
        for kind, fragments, value in post.items:
            if args.kind and kind != args.kind:
                continue
            background = post.text.replace(value, " ")
            left = _surviving(result.text, list(fragments), background)
            if left:
                misses.append(f"{post.locale} {kind} {value!r} left {left}\n    -> {result.text!r}")
        if post.pii_free and result.spans:
            found = [post.text[s.start:s.end] for s in result.spans]
            false_pos.append(f"{post.locale} redacted {found}\n    in {post.text!r}")
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            if value not in result.text:
                lost.append(f"{post.locale} {kind} {value!r}\n    -> {result.text!r}")
    for title, rows in (("leaked items", misses), ("false positives", false_pos),
                        ("look-alikes lost", lost)):
        print(f"== {title}: {len(rows)}")
        for row in rows[: args.limit]:
            print(row)


if __name__ == "__main__":
    main()
