"""Scoring for scripts/eval_redaction.py: run a redactor over a labelled set and count what it
caught, what it left of the look-alikes and what it redacted that was no PII (no printing here).

``evaluate`` scores the synthetic and Faker sets by character coverage; ``evaluate_standards``
scores from the redacted text alone (leak-based), and ``evaluate_fresh`` adds speed and false
positives per locale for the independent sets (``INDEPENDENT_SETS``).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from trainer.redact import Redactor  # noqa: E402
from trainer_dev.redaction_sets.synthetic import Example  # noqa: E402

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


CUELESS_FRAMES = [
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
        out = redactor.redact(CUELESS_FRAMES[i % len(CUELESS_FRAMES)].format(x=value)).text
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
REDACTOR_OPTIONS: dict = {"name_tagger": False}

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
    "twentyfirst": ("twentyfirst", "make_twentyfirst_set", 2121, "twenty-first"),
    "twentysecond": ("twentysecond", "make_twentysecond_set", 2222, "twenty-second"),
    "twentythird": ("twentythird", "make_twentythird_set", 2323, "twenty-third"),
    "twentyfourth": ("twentyfourth", "make_twentyfourth_set", 2424, "twenty-fourth"),
    "twentyfifth": ("twentyfifth", "make_twentyfifth_set", 2525, "twenty-fifth"),
    "twentysixth": ("twentysixth", "make_twentysixth_set", 2626, "twenty-sixth"),
    "twentyseventh": ("twentyseventh", "make_twentyseventh_set", 2727, "twenty-seventh"),
    "twentyeighth": ("twentyeighth", "make_twentyeighth_set", 2828, "twenty-eighth"),
    "twentyninth": ("twentyninth", "make_twentyninth_set", 2929, "twenty-ninth"),
    "thirtieth": ("thirtieth", "make_thirtieth_set", 3030, "thirtieth"),
    "thirtyfirst": ("thirtyfirst", "make_thirtyfirst_set", 3131, "thirty-first"),
    "thirtysecond": ("thirtysecond", "make_thirtysecond_set", 3232, "thirty-second"),
    "thirtythird": ("thirtythird", "make_thirtythird_set", 3333, "thirty-third"),
    "thirtyfourth": ("thirtyfourth", "make_thirtyfourth_set", 3434, "thirty-fourth"),
    "thirtyfifth": ("thirtyfifth", "make_thirtyfifth_set", 3535, "thirty-fifth"),
    "thirtysixth": ("thirtysixth", "make_thirtysixth_set", 3636, "thirty-sixth"),
    "thirtyseventh": ("thirtyseventh", "make_thirtyseventh_set", 3737, "thirty-seventh"),
    "thirtyeighth": ("thirtyeighth", "make_thirtyeighth_set", 3838, "thirty-eighth"),
    "thirtyninth": ("thirtyninth", "make_thirtyninth_set", 3939, "thirty-ninth"),
    "fortieth": ("fortieth", "make_fortieth_set", 4040, "fortieth"),
    "fortyfirst": ("fortyfirst", "make_fortyfirst_set", 4141, "forty-first"),
    "fortysecond": ("fortysecond", "make_fortysecond_set", 4242, "forty-second"),
    "fortythird": ("fortythird", "make_fortythird_set", 4343, "forty-third"),
    "fortyfourth": ("fortyfourth", "make_fortyfourth_set", 4444, "forty-fourth"),
    "fortyfifth": ("fortyfifth", "make_fortyfifth_set", 4545, "forty-fifth"),
    "fortysixth": ("fortysixth", "make_fortysixth_set", 4646, "forty-sixth"),
    "fortyseventh": ("fortyseventh", "make_fortyseventh_set", 4747, "forty-seventh"),
    "fortyeighth": ("fortyeighth", "make_fortyeighth_set", 4848, "forty-eighth"),
    "fortyninth": ("fortyninth", "make_fortyninth_set", 4949, "forty-ninth"),
    "fiftieth": ("fiftieth", "make_fiftieth_set", 5050, "fiftieth"),
    "fiftyfirst": ("fiftyfirst", "make_fiftyfirst_set", 5151, "fifty-first"),
    "fiftysecond": ("fiftysecond", "make_fiftysecond_set", 5252, "fifty-second"),
    "fiftythird": ("fiftythird", "make_fiftythird_set", 5353, "fifty-third"),
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
