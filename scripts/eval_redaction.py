"""Evaluate the redaction engine on seeded, labelled sets: its own and two held-out ones.

    python scripts/eval_redaction.py --n 3000 --seed 7 --heldout --standards \
        --json docs/bench/eval_redaction.json

The first set (``trainer_dev.redaction_sets.synthetic``) was written beside the rules. The
held-out set (``--heldout``, ``trainer_dev.redaction_sets.heldout``, needs the dev dependency
Faker) draws values from Faker in twelve locales. The standards set (``--standards``,
``trainer_dev.redaction_sets.standards_set``) is written from postal and numbering standards in
ten locales and scored from the redacted text alone, as a reviewer would. Both were held out at
first and have since been looked at during tuning (docs/redaction.md); both are reported per type
and per locale. The fresh set (``--fresh``, ``trainer_dev.redaction_sets.fresh``) is a third
held-out set with its own generator (eleven locales, 4,620 labelled + 990 PII-free posts),
written without reading the redactor and scored the same way with its own fragment rule; its
JSON keeps no failure examples, so that tuning never sees them. The fourth set (``--fourth``,
``trainer_dev.redaction_sets.fourth``; twelve locales, 4,800 labelled + 1,200 PII-free posts)
is a further independent one, scored exactly like the fresh set. The fifth set (``--fifth``,
``trainer_dev.redaction_sets.fifth``; twelve locales, 4,800 labelled + 1,200 PII-free posts,
hand-written templates and name lists, no Faker) is another, scored the same way. The sixth
set (``--sixth``, ``trainer_dev.redaction_sets.sixth``; twelve locales, 3,600 labelled + 1,080
PII-free posts, professional-network genres, own name lists) is another, scored the same way. The
seventh (``--seventh``; 4,500 labelled + 900 PII-free posts, 835 balanced sentence frames, each
name item with its written form, so recall is also reported per form) and the eighth (``--eighth``;
4,500 + 900 posts built from structured records by per-locale formatters) came next, and the
ninth (``--ninth``) and tenth (``--tenth``), then the eleventh (``--eleventh``) and twelfth
(``--twelfth``), then the thirteenth (``--thirteenth``: long-form professional
writing) and fourteenth (``--fourteenth``: chat exports, transcripts, spoken and obfuscated
contact details); each chose the same four locales no earlier set had (pl_PL sv_SE fi_FI tr_TR).
The fifteenth (``--fifteenth``: local community and marketplace posts; adds cs_CZ ro_RO da_DK
nb_NO) and sixteenth (``--sixteenth``: noisy, transformed, multicultural text; adds en_SG ms_MY
en_PK es_AR) came next. The seventeenth (``--seventeenth``: hiring and careers paperwork; adds
de_CH hu_HU sk_SK hr_HR) and eighteenth (``--eighteenth``: discussion threads; adds en_NG en_PH
id_ID es_CO) came next. The fresh to eighteenth sets have since been read while tuning
(``trainer_dev.redaction_failures``); only the newest sets are scored and never read.

Prints, per PII type, recall (a labelled value counts as caught only if every non-space
character of it is redacted), look-alike survival (look-alikes left untouched) and two
precision-ish numbers: the share of redacted characters outside any labelled PII span, and
the count of redaction spans that touch no labelled PII at all.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainer.redact import Redactor  # noqa: E402
from trainer_dev.redaction_sets.heldout import make_heldout  # noqa: E402
from trainer_dev.redaction_sets.synthetic import Example, make_examples  # noqa: E402

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
    """Recall per labelled type (and per locale), look-alike survival, over-redaction."""
    found, total = Counter(), Counter()
    by_locale: dict[str, Counter] = {}
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
            caught = all(mask[i] for i in range(start, end) if not ex.text[i].isspace())
            if ex.locale:
                tally = by_locale.setdefault(ex.locale, Counter())
                tally[f"{kind}:n"] += 1
                tally[f"{kind}:found"] += caught
            if caught:
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
        "recall_by_locale": {
            locale: {
                kind: tally[f"{kind}:found"] / tally[f"{kind}:n"]
                for kind in TARGETS
                if tally[f"{kind}:n"]
            }
            for locale, tally in sorted(by_locale.items())
        },
    }


STANDARDS_TARGETS = {
    "PHONE": 0.995,
    "URL": 0.995,
    "ADDRESS": 0.95,
    "PERSON": 0.90,
    "MEMBER": 0.999,
}
STANDARDS_LOOKALIKE_TARGET = 0.995
FP_PER_1000_WORDS_TARGET = 0.3


def evaluate_standards(redactor: Redactor, posts: list, leaked=None) -> dict:
    """Leak-based recall per type and locale, look-alike survival, false positives per 1,000
    words of PII-free posts; scored from the redacted text alone (``leaked``: the set's own
    fragment rule, the standards set's by default)."""
    if leaked is None:
        from trainer_dev.redaction_sets.standards_set import leaked

    total: Counter = Counter()
    caught: Counter = Counter()
    kept = lookalikes = 0
    kept_by_locale: Counter = Counter()
    looks_by_locale: Counter = Counter()
    fp_spans = free_words = 0
    misses: dict[str, list[str]] = {}
    by_form: Counter = Counter()  # (kind, written form, "n" | "caught"), for sets that record forms
    for post in posts:
        result = redactor.redact(post.text)
        forms = getattr(post, "item_forms", None) or [""] * len(post.items)
        for (kind, fragments, value), form in zip(post.items, forms, strict=True):
            total[kind, post.locale] += 1
            hit = not leaked(result.text, fragments, post.text.replace(value, " "))
            if hit:
                caught[kind, post.locale] += 1
            else:
                misses.setdefault(kind, []).append(post.text)
            if form:
                by_form[kind, form, "n"] += 1
                by_form[kind, form, "caught"] += hit
        for value in post.lookalikes:
            lookalikes += 1
            looks_by_locale[post.locale] += 1
            survived = value in result.text
            kept += survived
            kept_by_locale[post.locale] += survived
        if post.pii_free:
            fp_spans += len(result.spans)
            free_words += len(post.text.split())
    kinds = sorted({k for k, _ in total})
    locales = sorted({loc for _, loc in total})
    return {
        "posts": len(posts),
        "recall": {
            k: sum(caught[k, loc] for loc in locales) / sum(total[k, loc] for loc in locales)
            for k in kinds
        },
        "support": {k: sum(total[k, loc] for loc in locales) for k in kinds},
        "recall_by_locale": {
            loc: {k: caught[k, loc] / total[k, loc] for k in kinds if total[k, loc]}
            for loc in locales
        },
        "lookalike_survival": kept / lookalikes if lookalikes else 1.0,
        "lookalikes": lookalikes,
        "lookalike_survival_by_locale": {
            loc: kept_by_locale[loc] / looks_by_locale[loc] for loc in sorted(looks_by_locale)
        },
        "pii_free_words": free_words,
        "false_positives_per_1000_words": 1000 * fp_spans / free_words if free_words else 0.0,
        "misses": {kind: values[:30] for kind, values in sorted(misses.items())},
        # recall per written form of a name ("given name alone", "SURNAME Given", ...), where the
        # set records the form of each item; empty otherwise
        "recall_by_form": {
            f"{kind} {form}": {"recall": by_form[kind, form, "caught"] / n, "n": n}
            for (kind, form, key), n in sorted(by_form.items())
            if key == "n"
        },
    }


_CUELESS_FRAMES = [
    "Booked the offsite through {x}.",
    "Sent {x} yesterday.",
    "{x}",
    "Noted {x} here.",
]


def evaluate_cueless_phones(redactor: Redactor, *, seed: int, per_locale: int) -> dict:
    """Phones of both held-out generators (every locale) in frames with no phone cue, scored
    leak-based: what a rule that keeps cue-less numbers (ISBN-10 look-alikes) would cost.
    Both held-out sets put a cue before or after every phone, so they cannot show this."""
    import random

    from trainer_dev.redaction_sets.standards_set import LOCALES, _digit_windows, phone

    def caught(value: str, i: int) -> bool:
        out = redactor.redact(_CUELESS_FRAMES[i % len(_CUELESS_FRAMES)].format(x=value)).text
        return not any(w in out for w in _digit_windows(value))

    rng = random.Random(seed)
    report = {
        f"standards:{loc}": sum(caught(phone(rng, loc), i) for i in range(per_locale)) / per_locale
        for loc in LOCALES
    }
    try:
        from faker import Faker

        from trainer_dev.redaction_sets.heldout import LOCALES as FAKER_LOCALES
    except ImportError:
        return report
    for loc in FAKER_LOCALES:
        fake = Faker(loc)
        fake.seed_instance(seed)
        hits = sum(caught(fake.phone_number(), i) for i in range(per_locale))
        report[f"faker:{loc}"] = hits / per_locale
    return report


def evaluate_fresh(seed: int, *, make_set=None, leaked=None) -> dict:
    """The fresh set (4,620 labelled + 990 PII-free posts, eleven locales), scored like the
    standards set with its own fragment rule; adds false positives per locale and without
    look-alikes, look-alike survival per kind, and the speed of a pass over every post on one
    core (best of three). ``make_set``/``leaked``: another set with the same contract (--fourth)."""
    import time

    if make_set is None:
        from trainer_dev.redaction_sets.fresh import leaked
        from trainer_dev.redaction_sets.fresh import make_fresh_set as make_set

    members, posts = make_set(seed=seed)
    redactor = Redactor.from_members(members, **REDACTOR_OPTIONS)
    report = evaluate_standards(redactor, posts, leaked=leaked)
    spans: Counter = Counter()
    words: Counter = Counter()
    kept: Counter = Counter()
    size = sum(len(p.text.encode("utf-8")) for p in posts)
    start = time.perf_counter()
    for post in posts:
        result = redactor.redact(post.text)
        if post.pii_free:
            plain = "plain" if not post.lookalikes else "with_lookalikes"
            for key in (post.locale, plain):
                spans[key] += len(result.spans)
                words[key] += len(post.text.split())
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            kept[kind, "n"] += 1
            kept[kind, "kept"] += value in result.text
        for kind, fragments, value in post.items:
            if kind == "ADDRESS":  # street and postcode apart, as the issue reports them
                background = post.text.replace(value, " ")
                for part, prefix in (("street", "t:"), ("postcode", "p:")):
                    mine = [f for f in fragments if f.startswith(prefix)]
                    if mine:
                        kept[part, "n"] += 1
                        kept[part, "gone"] += not leaked(result.text, mine, background)
    seconds = time.perf_counter() - start
    cpu_seconds = float("inf")
    for _ in range(2):  # best of three passes: the machine is shared
        again, cpu = time.perf_counter(), time.process_time()
        for post in posts:
            redactor.redact(post.text)
        seconds = min(seconds, time.perf_counter() - again)
        cpu_seconds = min(cpu_seconds, time.process_time() - cpu)
    fp = {key: 1000 * spans[key] / words[key] for key in sorted(words)}
    report["false_positives_per_1000_words_no_lookalikes"] = fp.pop("plain")
    report["false_positives_per_1000_words_with_lookalikes"] = fp.pop("with_lookalikes")
    report["false_positives_per_1000_words_by_locale"] = fp
    parts = ("street", "postcode")
    report["lookalike_survival_by_kind"] = {
        kind: kept[kind, "kept"] / kept[kind, "n"]
        for kind, key in sorted(kept)
        if key == "n" and kind not in parts
    }
    report["address_parts_gone"] = {p: kept[p, "gone"] / kept[p, "n"] for p in parts}
    report["seed"] = seed
    report["bytes"] = size
    report["speed_mb_s"] = size / seconds / 1e6
    report["speed_mb_s_cpu_time"] = size / cpu_seconds / 1e6
    report["load_average_1m"] = os.getloadavg()[0]
    report["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    report["redactor"] = _redactor_version() | {"options": dict(REDACTOR_OPTIONS)}
    return report


# Options every redactor in this run is built with (--name-tagger sets them).
REDACTOR_OPTIONS: dict = {}

# The sets scored like the fresh one, each with its own generator and fragment rule:
# name -> (module in trainer_dev.redaction_sets, its make_* function, default seed, ordinal).
INDEPENDENT_SETS = {
    "fresh": ("fresh", "make_fresh_set", 2026, "third"),
    "fourth": ("fourth", "make_fourth_set", 4242, "fourth"),
    "fifth": ("fifth", "make_fifth_set", 5555, "fifth"),
    "sixth": ("sixth", "make_sixth_set", 6666, "sixth"),
    "seventh": ("seventh", "make_seventh_set", 7777, "seventh"),
    "eighth": ("eighth", "make_eighth_set", 8888, "eighth"),
    "ninth": ("ninth", "make_ninth_set", 9999, "ninth"),
    "tenth": ("tenth", "make_tenth_set", 1010, "tenth"),
    "eleventh": ("eleventh", "make_eleventh_set", 1111, "eleventh"),
    "twelfth": ("twelfth", "make_twelfth_set", 1212, "twelfth"),
    "thirteenth": ("thirteenth", "make_thirteenth_set", 1313, "thirteenth"),
    "fourteenth": ("fourteenth", "make_fourteenth_set", 1414, "fourteenth"),
    "fifteenth": ("fifteenth", "make_fifteenth_set", 1515, "fifteenth"),
    "sixteenth": ("sixteenth", "make_sixteenth_set", 1616, "sixteenth"),
    "seventeenth": ("seventeenth", "make_seventeenth_set", 1717, "seventeenth"),
    "eighteenth": ("eighteenth", "make_eighteenth_set", 1818, "eighteenth"),
    "nineteenth": ("nineteenth", "make_nineteenth_set", 1919, "nineteenth"),
    "twentieth": ("twentieth", "make_twentieth_set", 2020, "twentieth"),
}


def evaluate_independent(name: str, seed: int) -> dict:
    """Score one of ``INDEPENDENT_SETS`` exactly like the fresh set, with its own ``leaked``."""
    import importlib

    module_name, make_name, _, _ = INDEPENDENT_SETS[name]
    module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
    return evaluate_fresh(seed, make_set=getattr(module, make_name), leaked=module.leaked)


def _redactor_version() -> dict:
    """The last commit that touched trainer/redact, and whether the tree differs from it."""
    import subprocess

    def git(*args: str) -> str:
        try:
            out = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        except OSError:
            return ""
        return out.stdout.strip()

    return {
        "commit": git("log", "-1", "--format=%h", "--", "trainer/redact"),
        "uncommitted_changes": bool(git("status", "--porcelain", "--", "trainer/redact")),
    }


def print_standards(report: dict, title: str = "standards") -> bool:
    """Print the standards-set report per type and per locale; True when every target holds."""
    ok = True
    locales = list(report["recall_by_locale"])
    print(f"== {title}: {report['posts']} posts (leak-based, from the redacted text)")
    print(f"{'type':<10} {'all':>7} " + " ".join(f"{loc:>6}" for loc in locales) + "  target")
    for kind, recall in report["recall"].items():
        target = STANDARDS_TARGETS.get(kind)
        per = [report["recall_by_locale"][loc].get(kind) for loc in locales]
        below = target is not None and any(v is not None and v < target for v in per + [recall])
        ok &= not below
        cells = " ".join(f"{v:>6.3f}" if v is not None else f"{'-':>6}" for v in per)
        flag = "  BELOW TARGET" if below else ""
        print(f"{kind:<10} {recall:>7.4f} {cells}  {target}{flag}")
    per = [report["lookalike_survival_by_locale"].get(loc) for loc in locales]
    survival = report["lookalike_survival"]
    below = any(v is not None and v < STANDARDS_LOOKALIKE_TARGET for v in per + [survival])
    ok &= not below
    cells = " ".join(f"{v:>6.3f}" if v is not None else f"{'-':>6}" for v in per)
    print(
        f"{'LOOKALIKE':<10} {survival:>7.4f} {cells}  {STANDARDS_LOOKALIKE_TARGET}"
        + ("  BELOW TARGET" if below else "")
    )
    fp = report["false_positives_per_1000_words"]
    ok &= fp <= FP_PER_1000_WORDS_TARGET
    print(
        f"false positives on PII-free posts: {fp:.3f} per 1,000 words "
        f"({report['pii_free_words']} words; target <= {FP_PER_1000_WORDS_TARGET})"
    )
    for key, row in report.get("recall_by_form", {}).items():
        print(f"  {key:<34} {row['recall']:.4f}  (n={row['n']})")
    return ok


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


def print_locales(report: dict) -> None:
    """Recall per type (rows) and locale (columns)."""
    locales = list(report["recall_by_locale"])
    print(f"{'per locale':<12} " + " ".join(f"{loc[-5:]:>6}" for loc in locales))
    for kind in report["recall"]:
        cells = [report["recall_by_locale"][loc].get(kind) for loc in locales]
        shown = " ".join(f"{v:>6.3f}" if v is not None else f"{'-':>6}" for v in cells)
        print(f"{kind:<12} {shown}")


def markdown_tables(reports: dict, command: str) -> str:
    """Per-type, per-locale tables of the held-out sets, ready for the docs."""
    lines = [f"Command: `{command}`", ""]
    titles = {
        "heldout": "Faker held-out set (character coverage: every character of the value)",
        "standards": "Standards set (leak-based: no fragment survives)",
    }
    for name, (_, _, _, ordinal) in INDEPENDENT_SETS.items():
        titles[name] = (
            f"{name.capitalize()} set ({ordinal} held-out set, leak-based: no fragment survives)"
        )
    for name, title in titles.items():
        if name not in reports:
            continue
        report = reports[name]
        locales = list(report["recall_by_locale"])
        lines += [f"**{title}**", ""]
        lines.append("| type | all | " + " | ".join(loc for loc in locales) + " |")
        lines.append("|---" * (len(locales) + 2) + "|")
        for kind, recall in report["recall"].items():
            cells = [report["recall_by_locale"][loc].get(kind) for loc in locales]
            shown = " | ".join(f"{v:.3f}" if v is not None else "-" for v in cells)
            lines.append(f"| {kind} | {recall:.3f} | {shown} |")
        survival = report["lookalike_survival"]
        per = report.get("lookalike_survival_by_locale")
        if per:
            shown = " | ".join(f"{per[loc]:.3f}" for loc in locales)
            lines.append(f"| look-alikes kept | {survival:.3f} | {shown} |")
        else:
            lines.append(f"| look-alikes kept | {survival:.4f} |" + " |" * len(locales))
        if "false_positives_per_1000_words_by_locale" in report:  # the fresh set
            per = report["false_positives_per_1000_words_by_locale"]
            shown = " | ".join(f"{per[loc]:.2f}" for loc in locales)
            fp = report["false_positives_per_1000_words"]
            lines.append(f"| false positives per 1,000 words | {fp:.2f} | {shown} |")
            parts = report["address_parts_gone"]
            kinds = report["lookalike_survival_by_kind"]
            lines += [
                "",
                f"Address parts removed: street {parts['street']:.3f}, postcode "
                f"{parts['postcode']:.3f}. Look-alikes kept by kind: "
                + ", ".join(f"{k} {v:.3f}" for k, v in kinds.items())
                + ". False positives per 1,000 words on PII-free posts without look-alikes "
                f"{report['false_positives_per_1000_words_no_lookalikes']:.2f}, with "
                f"{report['false_positives_per_1000_words_with_lookalikes']:.2f}. Speed "
                f"{report['speed_mb_s']:.2f} MB/s wall, {report['speed_mb_s_cpu_time']:.2f} MB/s "
                f"per CPU second, one core, load average {report['load_average_1m']:.1f}.",
            ]
        if "false_positives_per_1000_words" in report:
            fp = report["false_positives_per_1000_words"]
            lines += [
                "",
                f"False positives on PII-free posts: {fp:.3f} per 1,000 words "
                f"({report['pii_free_words']} words).",
            ]
        lines.append("")
    if "cueless_phones" in reports:
        lines += ["**Phones written with no cue (both generators; report only)**", ""]
        lines += ["| generator | caught per locale |", "|---|---|"]
        by_generator: dict[str, list[str]] = {}
        for key, recall in reports["cueless_phones"].items():
            generator, locale = key.split(":")
            by_generator.setdefault(generator, []).append(f"{locale} {recall:.3f}")
        lines += [f"| {gen} | {', '.join(cells)} |" for gen, cells in by_generator.items()]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="number of synthetic posts")
    parser.add_argument("--seed", type=int, default=7, help="generator seed")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--heldout", action="store_true", help="also run the Faker held-out set")
    parser.add_argument(
        "--standards", action="store_true", help="also run the postal/numbering-standards set"
    )
    for name, (module_name, _, seed, ordinal) in INDEPENDENT_SETS.items():
        parser.add_argument(
            f"--{name}",
            action="store_true",
            help=f"also run the {ordinal} held-out set "
            f"(trainer_dev.redaction_sets.{module_name}; own seed)",
        )
        parser.add_argument(
            f"--{name}-seed", type=int, default=seed, help=f"seed of the {name} set"
        )
    parser.add_argument(
        "--name-tagger", action="store_true",
        help="build every redactor with the opt-in learned name tagger (redaction.name_tagger)",
    )
    parser.add_argument(
        "--name-tagger-threshold", type=float, default=0.7, help="its threshold (default 0.7)"
    )
    parser.add_argument("--show-misses", action="store_true", help="print missed values (fake)")
    parser.add_argument("--markdown", type=Path, help="write per-locale tables (Markdown) here")
    parser.add_argument(
        "--cueless-phones",
        type=int,
        default=0,
        metavar="N",
        help="also score N phones per locale of both generators written with no phone cue",
    )
    args = parser.parse_args(argv)
    if args.name_tagger:
        REDACTOR_OPTIONS.update(
            name_tagger=True, name_tagger_threshold=args.name_tagger_threshold
        )
    sets = {"synthetic": make_examples}
    if args.heldout:
        sets["heldout"] = make_heldout
    reports: dict[str, dict] = {}
    ok = True
    for name, make in sets.items():
        members, examples = make(seed=args.seed, n=args.n)
        reports[name] = evaluate(Redactor.from_members(members, **REDACTOR_OPTIONS), examples)
        ok &= print_table(reports[name], name)
        if args.show_misses:
            print(json.dumps(reports[name]["misses"], ensure_ascii=False, indent=1))
        if name == "heldout":
            print_locales(reports[name])
    if args.standards:
        from trainer.redact.tlds import delegated_tlds
        from trainer_dev.redaction_sets.standards_set import make_standards_set

        tlds = sorted(t for t in delegated_tlds() if t.isascii() and not t.startswith("xn--"))
        members, posts = make_standards_set(seed=args.seed, n=args.n, tlds=tlds)
        redactor = Redactor.from_members(members, **REDACTOR_OPTIONS)
        reports["standards"] = evaluate_standards(redactor, posts)
        ok &= print_standards(reports["standards"])
        if args.show_misses:
            print(json.dumps(reports["standards"]["misses"], ensure_ascii=False, indent=1))
    # fresh to eighteenth: development sets; the newest: scoring only (no misses kept)
    for name in INDEPENDENT_SETS:
        if not getattr(args, name):
            continue
        report = reports[name] = evaluate_independent(name, getattr(args, f"{name}_seed"))
        ok &= print_standards(report, name)
        print(
            f"speed: {report['speed_mb_s']:.2f} MB/s wall, "
            f"{report['speed_mb_s_cpu_time']:.2f} MB/s of CPU time, one core "
            f"(load average {report['load_average_1m']:.1f})"
        )
        if args.show_misses:
            print(json.dumps(report["misses"], ensure_ascii=False, indent=1))
        else:  # the set stays unseen by tuning: no failure examples in the JSON
            report.pop("misses")
    if args.cueless_phones:
        reports["cueless_phones"] = evaluate_cueless_phones(
            Redactor.from_members([], **REDACTOR_OPTIONS),
            seed=args.seed,
            per_locale=args.cueless_phones,
        )
        print("== phones with no cue (report only; the held-out sets always cue them)")
        for key, recall in reports["cueless_phones"].items():
            print(f"{key:<16} {recall:.4f}")
    if args.markdown:
        command = "python scripts/eval_redaction.py " + " ".join(argv or sys.argv[1:])
        args.markdown.write_text(markdown_tables(reports, command) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
