"""The redaction engine: normalise, run every enabled detector, merge overlaps, replace.

Spans are detected on a normalised view of the text (NFKC, invisible characters removed; see
``normalize``), mapped back to offsets in the caller's input and replaced there: every character
outside a redacted span comes out exactly as written ("3º" stays "3º", a non-breaking space stays
one), while an invisible character inside a value cannot split it.
"""

from __future__ import annotations

import hashlib
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from operator import attrgetter

from trainer.errors import UserError
from trainer.redact import name_tagger, prefilter
from trainer.redact.addresses import find_addresses
from trainer.redact.card_security import find_card_security
from trainer.redact.confusables import fold_confusables
from trainer.redact.credentials import find_credentials
from trainer.redact.crypto_wallets import find_crypto_wallets
from trainer.redact.detectors import find_emails, find_ips, find_mentions, find_urls
from trainer.redact.eponyms import company_list_summary
from trainer.redact.gc_lists import freeze_loaded_lists
from trainer.redact.geo_locations import find_geo_locations
from trainer.redact.hits import Hit
from trainer.redact.lookalike_named_codes import keep_named_codes
from trainer.redact.member_given import find_members
from trainer.redact.member_inflections import declined_forms_summary
from trainer.redact.member_roster import genitive_forms
from trainer.redact.name_runs import extend_name_runs
from trainer.redact.names import MemberNames, given_names, list_source, name_list_source
from trainer.redact.national_ids import find_national_ids
from trainer.redact.normalize import Normalized, normalize
from trainer.redact.numbers import (
    find_cards,
    find_ibans,
    find_phones_and_bare_numbers,
    find_ssns,
)
from trainer.redact.people import find_people
from trainer.redact.records import find_records
from trainer.redact.rule_files import rule_files_summary
from trainer.redact.spoken import find_spoken
from trainer.redact.tlds import tld_list_version

# What each version added: docs/redaction.md, 'Engine versions at a glance'.
ENGINE_VERSION = "1.35.0"
# When overlapping detections disagree on the type, the longest wins; on a tie, the earlier here.
TYPES: tuple[str, ...] = (
    "EMAIL",
    "URL",
    "IBAN",
    "CARD",
    "SSN",
    "NATIONAL_ID",
    "SECRET",
    "IP",
    "PHONE",
    "ADDRESS",
    "MENTION",
    "NAME",
)
DEFAULT_PLACEHOLDERS: dict[str, str] = {t: f"[{t}]" for t in TYPES} | {"NATIONAL_ID": "[ID]"}
_PRIORITY = {t: i for i, t in enumerate(TYPES)}

# (type, detector); the member-name dictionary is added per Redactor.
_DETECTORS: tuple[tuple[str, Callable[[str], list[Hit]]], ...] = (
    ("EMAIL", find_emails),
    ("URL", find_urls),
    ("IP", find_ips),
    ("MENTION", find_mentions),
    ("PHONE", find_phones_and_bare_numbers),  # and bare unnamed digit runs (``ids_bare_runs``)
    ("CARD", find_cards),
    ("CARD", find_card_security),  # a card's security code and expiry after their label
    ("IBAN", find_ibans),
    ("IBAN", find_crypto_wallets),  # wallet addresses by checksum or cue (``crypto_wallets``)
    ("SSN", find_ssns),
    ("SECRET", find_credentials),  # passwords after their label, API keys (``credentials``)
    ("NATIONAL_ID", find_national_ids),
    ("ADDRESS", find_addresses),
    ("ADDRESS", find_geo_locations),  # coordinates, what3words, plus codes (``geo_locations``)
    ("NAME", find_people),
)
# Detectors that search only around runs of six or more digits (``prefilter.digit_windows``):
# skipped without a call when a text has none, as most posts do. National IDs also have
# cue-led and letter forms (a fully omocodic codice fiscale has no digit), so they always run.
_LONG_DIGIT_DETECTORS = frozenset(
    {find_phones_and_bare_numbers, find_cards, find_ssns, find_ibans}
)
_NOTHING: frozenset = frozenset()
_SPAN_TYPE = attrgetter("type")
_TAGGED_GROUP = 128  # texts per group of redact_batch: each rule stage, one tagger numpy pass


def _skipped_detectors(text: str) -> frozenset:
    """Digit detectors that cannot fire on ``text``, from cheap cached signatures: no run of
    six digits skips all four; a card needs a run of 12 digits, an SSN one of 9, and an IBAN
    ("DE89 ...") a letter touching a digit."""
    if not prefilter.digit_runs(text):
        return _LONG_DIGIT_DETECTORS
    longest = prefilter.longest_run_digits(text)
    if longest >= 12 and prefilter.letter_digit_contacts(text):
        return _NOTHING
    skip = set()
    if longest < 12:
        skip.add(find_cards)
    if longest < 9:
        skip.add(find_ssns)
    if not prefilter.letter_digit_contacts(text):
        skip.add(find_ibans)
    return frozenset(skip)


@dataclass(frozen=True, slots=True)
class Span:
    """One redacted region: ``type`` over ``[start, end)`` of the input text."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """The redacted text (the input with each span replaced) and the merged spans over it."""

    text: str
    spans: list[Span]


def merge_hits(hits: Iterable[Hit]) -> list[Span]:
    """Union overlapping hits so no fragment survives; each union takes its dominant type."""
    merged: list[Span] = []
    best: Hit | None = None
    start = end = -1
    for hit in sorted(hits, key=lambda h: (h[1], -h[2])):
        if hit[1] >= hit[2]:
            continue
        if best is not None and hit[1] < end:
            end = max(end, hit[2])
            if _dominates(hit, best):
                best = hit
            continue
        if best is not None:
            merged.append(Span(best[0], start, end))
        best, start, end = hit, hit[1], hit[2]
    if best is not None:
        merged.append(Span(best[0], start, end))
    return merged


def _merge_mapped(spans: Iterable[Span]) -> list[Span]:
    """Spans mapped back to the input may touch one input character from both sides (a
    ligature "ﬁ" is two normalised letters); such spans are joined and the type is chosen
    as ``merge_hits`` chooses it: the longer wins, on a tie the earlier in ``TYPES``."""
    merged: list[Span] = []
    best: Span | None = None  # the span whose type the current union carries
    for span in spans:
        if merged and best is not None and span.start < merged[-1].end:
            if _dominates((span.type, span.start, span.end), (best.type, best.start, best.end)):
                best = span
            merged[-1] = Span(best.type, merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
            best = span
    return merged


def _dominates(a: Hit, b: Hit) -> bool:
    return (a[2] - a[1], -_PRIORITY[a[0]]) > (b[2] - b[1], -_PRIORITY[b[0]])


class Redactor:
    """Removes PII from post text; build one with ``Redactor.from_members``. Picklable."""

    def __init__(
        self,
        *,
        members: MemberNames,
        placeholders: Mapping[str, str],
        enabled: frozenset[str],
        name_tagger_threshold: float | None = None,
    ) -> None:
        self._members = members
        # the opt-in learned name tagger's threshold; None = off (the default, rules only)
        self._tagger_threshold = name_tagger_threshold
        self._placeholders = dict(placeholders)
        self._enabled = enabled
        self._detectors = [fn for kind, fn in _DETECTORS if kind in enabled]
        self._all_enabled = enabled == frozenset(TYPES)

    @classmethod
    def from_members(
        cls,
        display_names: Iterable[str] | None,
        *,
        placeholders: Mapping[str, str] | None = None,
        enabled_types: Collection[str] | None = None,
        name_tagger: bool = True,
        name_tagger_threshold: float = name_tagger.DEFAULT_THRESHOLD,
    ) -> Redactor:
        """A redactor that knows the members' names. ``enabled_types=None`` means every type.
        ``name_tagger=True`` (the default, as in the product's config) adds the learned name
        tagger's NAME hits (``name_tagger.py``) to the rules': higher recall, more false
        positives; its weights are verified here. ``name_tagger=False`` is the rules alone."""
        enabled = _validate_types(enabled_types)
        threshold = _validate_tagger(name_tagger, name_tagger_threshold)
        merged = dict(DEFAULT_PLACEHOLDERS)
        for key, value in (placeholders or {}).items():
            if key not in DEFAULT_PLACEHOLDERS:
                raise UserError(
                    f"redaction.placeholders: unknown type {key!r}; known: {', '.join(TYPES)}"
                )
            if not isinstance(value, str) or not value.strip() or "\n" in value:
                raise UserError(
                    f"redaction.placeholders.{key}: must be a non-empty one-line string"
                )
            merged[key] = value
        members = MemberNames(display_names)
        if members.unkeyed:  # never silent: such a member's name stays in the training text
            warnings.warn(
                f"{members.unkeyed} roster display name(s) yield no name key", stacklevel=2
            )
        redactor = cls(
            members=members,
            placeholders=merged,
            enabled=enabled,
            name_tagger_threshold=threshold,
        )
        freeze_loaded_lists()  # full collections skip the lists from now on (gc_lists)
        return redactor

    def detect(self, text: str) -> list[Span]:
        """Merged spans over ``text`` (which must already be normalised)."""
        hits = self._rule_hits_many((text,))[0]
        if self._tagger_threshold is not None and "NAME" in self._enabled:
            hits += self._tagged([text], [hits])[0]
        # a drug code, lot number or company register after its cue survives
        # (``lookalike_named_codes``)
        return self._merged(keep_named_codes(text, extend_name_runs(text, hits)))

    def _rule_hits_many(self, texts: Sequence[str]) -> list[list[Hit]]:
        """Each text's rule hits, stage by stage: a detector runs on every text before the next
        one starts, its tables kept in the CPU's caches (the same hits as text by text)."""
        each = list(zip(texts, found := [[] for _ in texts], strict=True))  # (text, its hits)
        todo = [(text, hits, _skipped_detectors(text)) for text, hits in each]
        for fn in self._detectors:
            for text, hits, skip in todo:  # no zip per stage: redact() has one text
                if fn not in skip:
                    hits += fn(text)
        for text, hits in each:
            hits += find_records(text)  # values of personal keys in pasted records (records.py)
        for text, hits in each:  # values spelled out, spaced or dictated (spoken.py); a digit
            # run inside an enabled type's hit is not read again (a disabled type's covers none)
            covered = hits if self._all_enabled else [h for h in hits if h[0] in self._enabled]
            hits += find_spoken(text, claimed=covered)
        if "NAME" in self._enabled:
            for text, hits in each:
                hits += find_members(text, self._members)
        return found

    def _tagged(self, texts: list[str], found: list[list[Hit]]) -> list[list[Hit]]:
        """The tagger's NAME hits of each text, scored in one pass; tokens inside what is
        redacted anyway are not scored (same union, cheaper)."""
        if not self._all_enabled:
            found = [[h for h in hits if h[0] in self._enabled] for hits in found]
        return name_tagger.find_tagged_names_many(
            texts, threshold=self._tagger_threshold, covered=found
        )

    def _merged(self, hits: list[Hit]) -> list[Span]:
        if self._all_enabled:
            return merge_hits(hits)
        return merge_hits(h for h in hits if h[0] in self._enabled)

    def redact(self, text: str) -> RedactionResult:
        """Redact one text. Detection runs on a normalised view (``normalize``); the output is
        the input with only the redacted spans replaced, every other character as written."""
        if not isinstance(text, str):
            raise TypeError(f"redact() takes a str, not {type(text).__name__}")
        norm = normalize(text)
        return self._result(text, norm, self.detect(fold_confusables(norm.text)))

    def _result(self, text: str, norm: Normalized, spans: list[Span]) -> RedactionResult:
        if not spans:  # most posts: the input as it came
            return RedactionResult(text, spans)
        if norm.starts is not None:
            spans = _merge_mapped(Span(s.type, *norm.span_in_input(s.start, s.end)) for s in spans)
        pieces: list[str] = []
        pos = 0
        for span in spans:
            pieces += [text[pos : span.start], self._placeholders[span.type]]
            pos = span.end
        pieces.append(text[pos:])
        return RedactionResult("".join(pieces), spans)

    def redact_batch(self, texts: Iterable[str]) -> tuple[list[str], Counter[str]]:
        """Redact many texts; the counter has every enabled type (zero where none was found)."""
        counts: Counter[str] = Counter({t: 0 for t in TYPES if t in self._enabled})
        out: list[str] = []
        found: list[str] = []  # every span's type, counted once at the end (one C pass)
        for result in self._redact_groups(texts):
            out.append(result.text)
            if result.spans:  # most posts have none
                found += map(_SPAN_TYPE, result.spans)
        counts.update(found)
        return out, counts

    def _redact_groups(self, texts: Iterable[str]) -> Iterator[RedactionResult]:
        """``redact`` of each text, a group at a time: rules stage by stage, the tagger in one
        numpy pass (its per-call cost paid once per group); the same hits as text by text."""
        tagger = self._tagger_threshold is not None and "NAME" in self._enabled
        texts = iter(texts)
        while group := list(islice(texts, _TAGGED_GROUP)):
            for text in group:
                if not isinstance(text, str):
                    raise TypeError(f"redact() takes a str, not {type(text).__name__}")
            norms = [normalize(text) for text in group]
            folded = [fold_confusables(norm.text) for norm in norms]
            found = self._rule_hits_many(folded)
            tagged = self._tagged(folded, found) if tagger else [[] for _ in group]
            for text, norm, hits, more, seen in zip(
                group, norms, found, tagged, folded, strict=True
            ):
                kept = keep_named_codes(seen, extend_name_runs(seen, hits + more))
                yield self._result(text, norm, self._merged(kept))

    @property
    def member_names_without_keys(self) -> int:
        """Roster display names no member rule can find (training refuses them unless
        acknowledged: ``trainer.data.policy.check_roster_names``)."""
        return self._members.unkeyed

    def config_summary(self) -> dict:
        """JSON-able description of this redactor for the manifest (no names, only sizes)."""
        return {
            "engine_version": ENGINE_VERSION,
            "enabled_types": [t for t in TYPES if t in self._enabled],
            "disabled_types": [t for t in TYPES if t not in self._enabled],
            "placeholders": {t: self._placeholders[t] for t in TYPES if t in self._enabled},
            "normalization": "detection on NFKC with default-ignorable code points (zero-width, "
            "bidi, variation selectors, tags) and Hangul fillers removed; "
            "output keeps input characters outside spans",
            "member_names": self._members.members,
            "member_name_keys": len(self._members.keys),
            # roster names in scripts without spaces (Han, Kana, Hangul, Thai), as substrings
            "member_glued_keys": len(self._members.glued),
            # roster display names that yield no key: those members are never found by name
            "member_names_without_keys": self.member_names_without_keys,
            # given names that may be redacted written alone (member_given); a count, no names
            "member_given_names": len(self._members.given),
            # surnames that may be redacted written alone (member_given: "Blackwood asks"), as
            # keys (each spelling: "van der berg", "berg"); a count, no names
            "member_surnames_alone": len(self._members.surnames),
            # their German/Dutch genitive -s forms, matched as the name ("Brauckmanns Team")
            "member_genitive_forms": len(genitive_forms(self._members)),
            # declined forms of one-word roster names (cs sk pl hr hu ro case endings), read
            # back at match time for any roster size (member_inflections); no cap
            "member_declined_forms": declined_forms_summary(self._members),
            "given_name_gazetteer": len(given_names()),
            # hand-written AU/NZ given names the gazetteer's source lacks
            "given_name_supplement": shipped_file_summary("given_names_oceania.txt"),
            "name_lists": name_list_source(),
            "common_word_list": list_source("common_words.txt"),
            # A keep-list weakens redaction: a reviewer must see which one was used.
            "company_keep_list": company_list_summary(),
            "tld_list": tld_list_version(),
            # Reference keep-rules (numbers kept as order/record references) weaken redaction
            # as the company keep-list does: the manifest pins the code that holds them and
            # the "is this number personal" checks they ask before keeping.
            "reference_keep_rules": "; ".join(
                shipped_file_summary(f) for f in ("references.py", "personal_numbers.py")
            ),
            "name_tagger": _tagger_summary(self._tagger_threshold),
            "rule_files": rule_files_summary(),  # every shipped module, list and weight file
        }


def shipped_file_summary(filename: str) -> str:
    """``NAME: N lines, sha256 DIGEST`` of a list or rule module shipped in trainer.redact
    (lines that are neither empty nor comments)."""
    data = resources.files("trainer.redact").joinpath(filename).read_bytes()
    text = data.decode("utf-8")
    lines = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
    return f"{filename}: {lines} lines, sha256 {hashlib.sha256(data).hexdigest()}"


def _validate_tagger(enabled: bool, threshold: float) -> float | None:
    """The tagger's threshold when it is on (weights verified now, not mid-run), else None."""
    if not isinstance(enabled, bool):
        raise UserError(f"redaction.name_tagger: must be true or false, not {enabled!r}")
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not 0.0 < threshold < 1.0
    ):
        raise UserError(
            f"redaction.name_tagger_threshold: must be a number in (0, 1), not {threshold!r} "
            f"(lower redacts more, higher keeps more; default {name_tagger.DEFAULT_THRESHOLD})"
        )
    if not enabled:
        return None
    name_tagger.load_tagger()
    return float(threshold)


def _tagger_summary(threshold: float | None) -> dict:
    if threshold is None:
        return {"enabled": False}
    return {
        "enabled": True,
        "threshold": threshold,
        "weights": name_tagger.weights_summary(),
        "trained_on": list(name_tagger.TRAINED_ON),
        # the word lists are features: a list edited since training shifts the measured model
        "lexicon": name_tagger.lexicon_status(),
    }


def _validate_types(enabled_types: Collection[str] | None) -> frozenset[str]:
    if enabled_types is None:
        return frozenset(TYPES)
    if isinstance(enabled_types, str):
        raise UserError("redaction.enabled_types: must be a list of types, not one string")
    unknown = sorted(set(enabled_types) - set(TYPES))
    if unknown:
        raise UserError(
            f"redaction.enabled_types: unknown type(s) {', '.join(unknown)}; "
            f"known: {', '.join(TYPES)}"
        )
    return frozenset(enabled_types)


def redaction_config_summary(redactor: Redactor) -> dict:
    """Module-level alias of ``Redactor.config_summary`` (the manifest's ``redaction.config``)."""
    return redactor.config_summary()


def redact_examples(batch: dict[str, list], *, redactor: Redactor, column: str = "text") -> dict:
    """``datasets.Dataset.map(batched=True)`` function: replaces ``column`` by its redaction."""
    texts, _ = redactor.redact_batch(batch[column])
    return {column: texts}
