"""Printing for scripts/eval_redaction.py: the per-type (and per-locale) tables of each set with
their targets, and the Markdown tables written for the docs."""

from __future__ import annotations

from eval_redaction_scoring import (
    FP_PER_1000_WORDS_TARGET,
    INDEPENDENT_SETS,
    LOOKALIKE_TARGET,
    STANDARDS_LOOKALIKE_TARGET,
    STANDARDS_TARGETS,
    TARGETS,
)


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
