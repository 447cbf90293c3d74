"""Evaluate the redaction engine on seeded, labelled sets: its own and a held-out one.

    python scripts/eval_redaction.py --n 3000 --seed 7 --heldout --json /tmp/eval_redaction.json

The first set (``trainer.redact.synthetic``) was written beside the rules; the held-out set
(``--heldout``, ``trainer.redact.heldout``, needs the dev dependency Faker) draws values from
Faker in nine locales and is never used to tune the rules.

Prints, per PII type, recall (a labelled value counts as caught only if every non-space
character of it is redacted), look-alike survival (look-alikes left untouched) and two
precision-ish numbers: the share of redacted characters outside any labelled PII span, and
the count of redaction spans that touch no labelled PII at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainer.redact import Redactor  # noqa: E402
from trainer.redact.heldout import make_heldout  # noqa: E402
from trainer.redact.synthetic import Example, make_examples  # noqa: E402

TARGETS = {
    "EMAIL": 0.99,
    "PHONE": 0.99,
    "URL": 0.99,
    "CARD": 0.99,
    "IBAN": 0.99,
    "SSN": 0.99,
    "IP": 0.99,
    "MEMBER": 0.98,
    "MENTION": 0.98,
    "ADDRESS": 0.9,
    "ADDRESS_FULL": 0.9,
    "PERSON": None,
}
LOOKALIKE_TARGET = 0.98


def covered_mask(length: int, spans) -> list[bool]:
    mask = [False] * length
    for span in spans:
        for i in range(span.start, span.end):
            mask[i] = True
    return mask


def evaluate(redactor: Redactor, examples: list[Example]) -> dict:
    """Recall per labelled type, look-alike survival and over-redaction numbers."""
    found, total = Counter(), Counter()
    survived = lookalikes = 0
    outside = redacted_chars = stray_spans = 0
    misses: dict[str, list[str]] = {}
    for ex in examples:
        spans = redactor.redact(ex.text).spans
        mask = covered_mask(len(ex.text), spans)
        labelled = [False] * len(ex.text)
        for kind, start, end in ex.pii:
            total[kind] += 1
            for i in range(start, end):
                labelled[i] = True
            if all(mask[i] for i in range(start, end) if not ex.text[i].isspace()):
                found[kind] += 1
            else:
                misses.setdefault(kind, []).append(ex.text[start:end])
        for start, end in ex.lookalikes:
            lookalikes += 1
            survived += not any(mask[start:end])
        redacted_chars += sum(mask)
        outside += sum(m and not lab for m, lab in zip(mask, labelled, strict=True))
        stray_spans += sum(not any(labelled[s.start : s.end]) for s in spans)
    return {
        "examples": len(examples),
        "recall": {kind: found[kind] / total[kind] for kind in TARGETS if total[kind]},
        "support": {kind: total[kind] for kind in TARGETS if total[kind]},
        "lookalike_survival": survived / lookalikes if lookalikes else 1.0,
        "lookalikes": lookalikes,
        "redacted_chars_outside_labels": outside / redacted_chars if redacted_chars else 0.0,
        "spans_touching_no_label": stray_spans,
        "misses": {kind: values[:40] for kind, values in sorted(misses.items())},
    }


def print_table(report: dict, title: str) -> bool:
    """Print the report; return True when every target is met."""
    ok = True
    print(f"== {title}: {report['examples']} posts")
    print(f"{'type':<12} {'recall':>8} {'target':>8} {'n':>6}")
    for kind, recall in report["recall"].items():
        target = TARGETS[kind]
        flag = "" if target is None or recall >= target else "  BELOW TARGET"
        ok &= not flag
        shown = f"{target:.2f}" if target is not None else "best-eff"
        print(f"{kind:<12} {recall:>8.4f} {shown:>8} {report['support'][kind]:>6}{flag}")
    survival = report["lookalike_survival"]
    flag = "" if survival >= LOOKALIKE_TARGET else "  BELOW TARGET"
    ok &= not flag
    print(
        f"{'LOOKALIKE':<12} {survival:>8.4f} {LOOKALIKE_TARGET:>8.2f} {report['lookalikes']:>6}"
        f"{flag}  (survival)"
    )
    print(
        f"redacted characters outside labelled spans: {report['redacted_chars_outside_labels']:.4f}"
    )
    print(f"redaction spans touching no labelled PII:   {report['spans_touching_no_label']}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="number of synthetic posts")
    parser.add_argument("--seed", type=int, default=7, help="generator seed")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--heldout", action="store_true", help="also run the Faker held-out set")
    parser.add_argument("--show-misses", action="store_true", help="print missed values (fake)")
    args = parser.parse_args(argv)
    sets = {"synthetic": make_examples}
    if args.heldout:
        sets["heldout"] = make_heldout
    reports: dict[str, dict] = {}
    ok = True
    for name, make in sets.items():
        members, examples = make(seed=args.seed, n=args.n)
        reports[name] = evaluate(Redactor.from_members(members), examples)
        ok &= print_table(reports[name], name)
        if args.show_misses:
            print(json.dumps(reports[name]["misses"], ensure_ascii=False, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
