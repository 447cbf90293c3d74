"""Values said or typed one piece at a time: digits as words ("oh seven nine five ..."), words
and digits mixed, groups joined by "then", and digit runs cut into odd groups or single spaced
characters ("N L 3 9 R A B O ...", "+ 3 5 2 ...", "52 07 33 619 ...").

A run of number units (digits, number words of every project language, single capitals) is read
with its character offsets and squeezed to the value it spells ("+447...", "GB29NWBK..."). The
squeezed value is handed, with the words around it, to the detectors that already know the
formats, cues, checksums and look-alikes (phones, cards, IBANs, SSNs, national ids): whatever
they claim in it is redacted over the run's offsets. A run of digit words no detector claims is
a dictated value when it is long enough (seven digits): no date, time, price or count is said
digit by digit that long. A labelled order or ticket number stays, as ``references`` keeps it,
unless it would be a phone, card or id (``personal_numbers``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from trainer.redact import prefilter
from trainer.redact.cards import find_cards
from trainer.redact.checksums import isbn_ok
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.national_ids import find_national_ids
from trainer.redact.numbers import find_ibans, find_ssns
from trainer.redact.personal_numbers import valid_phone
from trainer.redact.phones import find_phones
from trainer.redact.quantities import all_years, calendar_date
from trainer.redact.references import reference_before
from trainer.redact.spoken_cues import phone_cue_before
from trainer.redact.spoken_words import (
    AND_WORDS,
    NUMBER_WORDS,
    PLUS_WORDS,
    REPEAT_WORDS,
    THEN_WORDS,
)

prefilter.register("spoken_then", THEN_WORDS)
# "number" in each language: before a said or regrouped value it may name a phone ("my number
# is ..."); the detectors' phone rules, references included, then decide.
prefilter.register("number_cue", frozenset(
    "number nummer numéro número numero numer numara numaram numarası numeroni".split()
))  # fmt: skip
_PHONE_CUES = ("phone_cue", "number_cue")
_CUES = ("phone_cue", "number_cue", "id_cue")

_TOKEN = re.compile(r"[^\W\d_]+|\d+|\+")
# What may stand between two units: spaces, one comma, hyphen, dash, slash or dot ("5-5-5",
# "five, five", "GB3.0BAR"); a dot followed by a space ends a sentence and so a run.
_GAP = re.compile(r"[ \t\u00a0]{0,2}(?:[,\-–—/·][ \t\u00a0]{0,2}|\.)?")
_DIGIT_GROUP = re.compile(r"\d+")
_WORD_AFTER = re.compile(r" [^\W\d_]")
_DICTATED_DIGITS = 7  # a phone's national number is at least this long
# Detectors that know number-shaped values; they read the squeezed run with its context.
# A squeezed run of bare digits is read as a phone only when said, led by "+" or after a phone
# cue: the phone rules for an unseparated run ("valid in some region") would take many of them.
_CHECKED = (find_ibans, find_cards, find_ssns, find_national_ids)
_BEFORE, _AFTER = 48, 24  # context handed to them: the cue words sit before a value


@dataclass
class _Run:
    """Units read so far: the squeezed value, each character's source span, and counts."""

    chars: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    digit_words: int = 0  # "five", "oh" (tens and teens are not counted: times, years)
    digit_groups: int = 0  # groups typed in digits ("3 208 774")
    words: int = 0
    tens_open: bool = False  # the last unit was a tens word ("forty"): a unit word may join it
    joined_by_then: bool = False
    and_before: bool = False  # an "and" was glued after the last unit
    listed: bool = False  # "six and seven": an "and" between units that no tens word joins
    commas: bool = False

    def add(self, chars: str, start: int, end: int) -> None:
        self.chars += chars
        self.spans += [(start, end)] * len(chars)

    @property
    def value(self) -> str:
        return "".join(self.chars)

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.chars if ch.isdigit())

    def groups(self) -> list[str]:
        """The value cut where the source has a separator: one piece per unit ("GB3", "0")."""
        return ["".join(self.chars[a:b]) for a, b in self.units()]

    def units(self) -> list[tuple[int, int]]:
        """[start, end) of each unit's characters in ``chars``."""
        bounds: list[tuple[int, int]] = []
        for i in range(len(self.chars)):
            if i and self.spans[i] == self.spans[i - 1]:
                bounds[-1] = (bounds[-1][0], i + 1)
            else:
                bounds.append((i, i + 1))
        return bounds


def find_spoken_numbers(text: str, *, claimed: Sequence[Hit] = ()) -> list[Hit]:
    """Number-shaped PII written out in words, spaced or oddly grouped (see the module doc).
    ``claimed``: what the typed detectors found; a digit run inside one of their hits is theirs."""
    regions = _regions(text, claimed)
    if not regions:
        return []
    hits: list[Hit] = []
    for lo, hi in regions:
        for run in _runs(text, lo, hi):
            hits += _claim(text, run)
    return hits


def _regions(text: str, claimed: Sequence[Hit]) -> list[tuple[int, int]]:
    """Where runs can be: three digit words within 40 characters of each other, a "then" or
    a digit word beside digits, or a digit run no hit holds that is glued to letters or cut
    into odd groups (``_odd_anchor``). Most posts have none of them: no regex runs."""
    found = prefilter.keywords(text)
    anchors: list[tuple[int, int]] = []
    words = found.get("spoken_digit", ())
    for i in range(len(words) - 2):
        if words[i + 2][0] - words[i][1] <= 40:
            anchors.append((words[i][0], words[i + 2][1]))
    runs = prefilter.digit_runs(text)
    if runs:
        for start, end in found.get("spoken_then", ()):
            near = text[max(0, start - 3) : end + 3]
            if any(ch.isdigit() for ch in near):
                anchors.append((start, end))
    for start, end in runs:
        if words and any(start - 3 <= b <= start or end <= a <= end + 3 for a, b in words):
            anchors.append((start, end))  # digit words beside digits: "five-one 3 208 774"
        elif _odd_anchor(text, start, end, claimed):
            anchors.append((start, end))
    if not anchors:
        return []
    anchors.sort()
    return prefilter.windows(text, anchors, before=40, after=40)


def _runs(text: str, lo: int, hi: int) -> list[_Run]:
    """Maximal runs of number units in ``text[lo:hi]``."""
    runs: list[_Run] = []
    run, repeat = _Run(), 1
    prev_end = -1  # end of the last unit or glue word; -1 after a word that ends a run
    for m in _TOKEN.finditer(text, lo, hi):
        token, start, end = m.group(), m.start(), m.end()
        word = fold(token)
        if run.chars and (prev_end < 0 or _GAP.fullmatch(text, prev_end, start) is None):
            runs.append(run)
            run, repeat = _Run(), 1
        if token.isdigit() and text[end : end + 1] == ":" and text[end + 1 : end + 2].isdigit():
            if run.chars:  # "... 1234 9:15": the hour of a clock time is no part of a value
                runs.append(run)
            run, repeat, prev_end = _Run(), 1, -1
            continue
        if token == "+" or word in PLUS_WORDS:
            if run.chars:
                runs.append(run)
            run, repeat = _Run(), 1
        elif run.chars and (word in THEN_WORDS or word in AND_WORDS) and not token.isupper():
            if word in THEN_WORDS:
                run.joined_by_then, run.tens_open = True, False
                run.add(" ", start, end)  # the groups stay apart for the detectors' rules
            run.and_before = word in AND_WORDS
            prev_end = end
            continue
        elif word in REPEAT_WORDS:
            repeat = REPEAT_WORDS[word]
            prev_end = end
            continue
        elif not _is_unit(token, word, run):
            if run.chars:
                runs.append(run)
            run, repeat, prev_end = _Run(), 1, -1
            continue
        run.commas |= bool(run.chars) and "," in text[run.spans[-1][1] : start]
        if word in NUMBER_WORDS:
            _add_word(run, NUMBER_WORDS[word] * repeat, start, end)
        else:  # digits, "+", or capitals: a country code, a bank code, an id's letter
            run.add("+" if token == "+" or word in PLUS_WORDS else token * repeat, start, end)
            run.tens_open = False
            run.digit_groups += token.isdigit()
        repeat, prev_end = 1, end
    if run.chars:
        runs.append(run)
    for run in runs:  # a "then" after the last unit is no part of the run
        while run.chars[-1] == " ":
            del run.chars[-1], run.spans[-1]
    return runs


def _is_unit(token: str, word: str, run: _Run) -> bool:
    """Digits, a number word, or capitals: up to four inside a run ("AIBK"), two to start one
    ("GB", "N"): "IBAN" or "SSN" before a value is its cue, not a part of it."""
    if token.isdigit() or word in NUMBER_WORDS:
        return True
    return token.isupper() and len(token) <= (4 if run.chars else 2)


def _add_word(run: _Run, digits: str, start: int, end: int) -> None:
    """Append a number word, joining tens with their unit ("forty two", "treinta y dos",
    "soixante-treize", "quatre-vingt-dix") into the two digits they say."""
    run.words += 1
    tens = run.value[-2:] if run.tens_open else ""
    run.tens_open = False
    teen = len(digits) == 2 and digits[0] == "1"
    joins = tens and (len(digits) == 1 or (tens in ("60", "80") and teen))
    run.listed |= run.and_before and not joins
    run.and_before = False
    if joins:
        run.chars[-2:] = list(str(int(tens) + int(digits)))
        run.spans[-2:] = [(run.spans[-1][0], end)] * 2
        return
    if digits == "20" and run.chars and run.chars[-1] == "4" and run.digit_words:
        run.chars[-1:] = ["8", "0"]  # "quatre-vingt(s)": four twenties
        run.spans[-1:] = [(run.spans[-1][0], end)] * 2
        run.digit_words -= 1
        run.tens_open = True
        return
    if len(digits) == 1:
        run.digit_words += 1
    run.tens_open = len(digits) == 2 and digits[1] == "0" and digits[0] != "1"
    run.add(digits, start, end)


def _claim(text: str, run: _Run) -> list[Hit]:
    """Hits over the run's source offsets: what a validator claims in its squeezed value, or
    the whole run as a dictated number (see the module doc)."""
    mixed = run.digit_words >= 2 and run.digit_groups >= 1  # "five-one 3 208 774"
    spoken = run.words >= 3 or run.joined_by_then or mixed
    if not spoken:
        run = _typed_part(text, run)
    value, digits = run.value, run.digits
    if not spoken and not _odd_layout(text, run, value, digits):
        return []
    start, end = run.spans[0][0], run.spans[-1][1]
    prefix = text[max(0, start - _BEFORE) : start]
    if prefix and not prefix[-1].isspace():
        prefix += " "
    view = f"{prefix}{value} {text[end : end + _AFTER]}"
    lo, hi = len(prefix), len(prefix) + len(value)
    hits: list[Hit] = []
    phone = spoken or value[0] == "+" or _cue_before(text, start, _PHONE_CUES)
    for detector in (*_CHECKED, find_phones) if phone else _CHECKED:
        for kind, a, b in detector(view):
            if a < hi and b > lo and (spoken or kind != "CARD" or _printed_network(digits)):
                a, b = max(a, lo) - lo, min(b, hi) - lo
                hits.append((kind, run.spans[a][0], run.spans[b - 1][1]))
    if hits and spoken:  # a said run is one value: what a validator claims in it, it all is
        kind = max(hits, key=lambda hit: hit[2] - hit[1])[0]
        return [(kind, start, end)]
    if hits or not spoken or len(digits) < _DICTATED_DIGITS:
        return hits
    if run.digit_words < (2 if mixed else 3) and not (
        run.joined_by_then and _then_phone(run, digits)
    ):
        return []  # "ten thirty, then eleven fifteen": times and years, not a dictated value
    if (run.listed or _counting(run)) and not phone_cue_before(text, start):
        return []  # "tables one, two, three ... and seven", "five six seven eight": no number
    if reference_before(view, lo):
        return []  # "ticket one two three ...": a labelled reference, kept as its digits would be
    return [("PHONE", start, end)]


def _odd_anchor(text: str, start: int, end: int, claimed: Sequence[Hit]) -> bool:
    """A digit run of 12 characters or more glued to letters (an IBAN cut anywhere), or one
    cut into odd groups, no date or ISBN, after a "+", a capital or a cue or of 13 digits or
    more; never one that a hit of the typed detectors holds."""
    long = end - start >= 12
    glued = long and _glued(text, start)
    led = glued or _led(text, start)
    if not (led or long) or any(a <= start and end <= b for _, a, b in claimed):
        return False
    if glued:
        return True
    groups = _DIGIT_GROUP.findall(text, start, end)
    return (
        (led or sum(map(len, groups)) >= 13)
        and _odd_groups(groups, text[start:end])
        and not _typed_lookalike(text[start:end], "".join(groups))
    )


def _typed_part(text: str, run: _Run) -> _Run:
    """A run of digits without three number words, less number words at its ends ("... 032
    twee keer") and, unless letters lead it (an IBAN), a last group of one or two digits set
    off by one space after a longer group and before a word ("... 4410 3 rooms"): a count,
    which the typed detectors keep."""
    units = run.units()
    first, last = 0, len(units)
    while first < last and _is_word(text, run, units[first]):
        first += 1
    while last > first and _is_word(text, run, units[last - 1]):
        last -= 1
    if last - first >= 2 and not run.chars[units[first][0]].isalpha():
        (p, q), (a, b) = units[last - 2], units[last - 1]
        (_, gap_start), (gap_end, end) = run.spans[q - 1], run.spans[a]
        if (
            b - a <= 2 < q - p
            and text[gap_start:gap_end] == " "
            and run.chars[a].isdigit()
            and _WORD_AFTER.match(text, end)
        ):
            last -= 1
    if last <= first:
        return _Run()
    a, b = units[first][0], units[last - 1][1]
    return _Run(run.chars[a:b], run.spans[a:b], commas=run.commas)


def _is_word(text: str, run: _Run, unit: tuple[int, int]) -> bool:
    start, end = run.spans[unit[0]]
    return fold(text[start:end]) in NUMBER_WORDS


def _odd_layout(text: str, run: _Run, value: str, digits: str) -> bool:
    """A digit run no detector reads whole (``_odd_groups``), led by "+" or letters (a phone,
    an IBAN, an id), thirteen digits or more (a card) or after a phone or id cue ("SSN: 123 -
    4 - 567 - 8 - 9"); never a list with commas or a typed look-alike."""
    if run.commas or len(digits) < 6:
        return False
    start, end = run.spans[0][0], run.spans[-1][1]
    if not _odd_groups(run.groups(), text[start:end]):
        return False
    if _typed_lookalike(text[start:end], digits):
        return False
    return value[0] == "+" or value[0].isalpha() or len(digits) >= 13 or _led(text, start)


def _odd_groups(groups: list[str], source: str) -> bool:
    """Three groups or more, one after the first of one or two characters ("52 07 33 619",
    "+ 3 5 2", "AT6 11 90") or set apart by spaced dashes ("612 - 408 - 337"); not a layout
    the typed detectors read and keep as they decide ("702-4418305-1196620", "1 000 000")."""
    if len(groups) < 3:
        return False
    return any(len(group) <= 2 for group in groups[1:]) or " - " in source or " – " in source


def _typed_lookalike(source: str, digits: str) -> bool:
    """A date ("2026-03-01 2026-03-08") or an ISBN by its check digit ("0-306-40615-2"),
    whose groups are odd too."""
    if len(digits) in (10, 13) and isbn_ok(digits):
        return True
    return any(calendar_date(token) for token in source.split())


def _glued(text: str, start: int) -> bool:
    """Letters touch the digit run ("PT5-0002-...", "BE4 - 7XY - Z - Q803"): a value that
    mixes letters and digits (an IBAN, an id) may be cut anywhere."""
    before = text[max(0, start - 2) : start]
    return before[-1:].isalpha() or (before[-1:] in ("-", ".") and before[:1].isalnum())


def _led(text: str, start: int) -> bool:
    """A "+", a capital ("SSN: ", "IBAN ") or a phone or id cue just before a digit run."""
    before = text[max(0, start - 6) : start]
    return "+" in before or before.lower() != before or _cue_before(text, start, _CUES)


def _cue_before(text: str, start: int, kinds: tuple[str, ...]) -> bool:
    """A cue word of ``kinds`` ("call", "Tel", "BSN", "Steuer-ID": the cue words ``phones`` and
    ``national_ids`` register; "number" in each language) ends in the 40 characters before
    ``start``."""
    found = prefilter.keywords(text)
    return any(start - 40 <= end <= start for kind in kinds for _, end in found.get(kind, ()))


def _counting(run: _Run) -> bool:
    """Most steps between the run's numbers go up or down by one ("one two three four",
    "sei, sette, otto, nove, dieci"): counting or scores, not a value someone dictates."""
    values = [int(group) for group in run.groups() if group.isdigit()]
    steps = sum(abs(b - a) == 1 for a, b in zip(values, values[1:], strict=False))
    return len(values) >= 4 and steps >= 0.6 * (len(values) - 1)


def _printed_network(digits: str) -> bool:
    """Bare digits regrouped into a card only as the big networks number them: 16 digits of
    Visa, Mastercard, Discover or Troy, 15 of Amex. Other runs of 13-19 digits in odd groups are
    mostly national numbers in their own print ("2 84 11 63 512 208 41"), which pass Luhn 1 in
    10 and which ``national_ids`` reads by their check."""
    return (len(digits) == 16 and (digits[0] in "2456" or digits[:4] == "9792")) or (
        len(digits) == 15 and digits[:2] in ("34", "37")
    )


def _then_phone(run: _Run, digits: str) -> bool:
    """Digits joined by "then" ("0161 then 496 0733") are a phone when valid in a common plan
    and not a list of years ("2019 then 2021")."""
    groups = [group for group in run.groups() if group.isdigit()]
    return valid_phone(digits) and not all_years(groups)
