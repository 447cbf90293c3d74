"""Personal identifiers of any country python-stdnum knows, by their layout and check digits.

python-stdnum (LGPL-2.1+, offline) carries the format and check of national ids, tax numbers of
persons and social-security numbers of some sixty countries. A run of capitals and digits with
the separators ids are written with is compacted, and each person's scheme whose compact length
fits is asked whether the number is valid (``_SCHEMES``). A valid number is an id when one of
these also holds, since a short check passes a random number 1 time in 10 or 11:

- the number is written solid and the check is strong alone (``bare``): a random run of that
  length passes it at most 1 time in 200 (a birth date and a mod-11 or mod-97 check: be.nn,
  no.fodselsnummer, ro.cnp, za.idnr ...; measured on random digits, see the table), or the
  scheme has letters in fixed places (mx.curp, mu.nid); an EAN-13 that passes its own GS1
  check is not taken so;
- it is written exactly as the standard prints it, separators included (stdnum's ``format``:
  "F-123456-G" for Andorra's NRT, "756.1234.5678.97" for the Swiss AHV number);
- an id cue stands before it in its sentence, with no other number between: any cue
  ``national_ids`` knows (``ids_cues``), or the scheme's own names from stdnum's description
  ("NRT", "EGN", "AMKA", "Kennitala" ...).

A number that is a phone with its trunk 0 (``personal_numbers.phone_digits``) is left to the
phone detector; equal groups behind one separator ("1234 5678 9012") are no layout of
a scheme's own (orders and cards are grouped so), and a run of digit groups is never split.

Company, VAT, bank and product numbers are not asked (look-alikes, ``lookalike_*``), and a
scheme shared by firms and persons counts only for a person's number where the number says which
(Argentina's CUIT types 20-27, Andorra's NRT letters E and F, Chile's RUT below 50 million).
A number after an order, invoice or reference cue gives way (``gives_way``), as every id does.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from trainer.redact import prefilter
from trainer.redact.checksums import gs1_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_cues import UPPER_ONLY
from trainer.redact.personal_numbers import phone_digits
from trainer.redact.phone_layouts import national_layout


@dataclass(frozen=True, slots=True)
class _Scheme:
    """One stdnum module read as a person's id: the compact lengths it is asked about, whether
    its check is strong alone, and which valid numbers are a person's (None: all)."""

    name: str
    lengths: frozenset[int]
    bare: bool = False
    personal: Callable[[str], bool] | None = None

    @property
    def module(self) -> ModuleType:
        return _module(self.name)


def _cuit_person(number: str) -> bool:
    return number[:2] in ("20", "23", "24", "27")


def _rut_person(number: str) -> bool:
    return number[:-1].isdigit() and int(number[:-1]) < 50_000_000


def _nrt_person(number: str) -> bool:
    return number[:1] in ("E", "F")


def _nif_person(number: str) -> bool:
    return number[:1] in "123" or number[:2] == "45"


def _rif_person(number: str) -> bool:
    return number[:1] in ("V", "E")


def _kennitala_person(number: str) -> bool:
    return int(number[:2]) <= 31


# Measured: share of random digit runs of the length that stdnum accepts (3,000 draws each):
# bare = at most 1 in 200 (be.nn .0023, be.bis .0030, ee.ik .0030, gr.amka .0023,
# no.fodselsnummer .0013, ro.cnp .0013, si.emso .0043, za.idnr .0013, kr.rrn .0050,
# de.idnr .0020); the rest 1 in 10 to 1 in 60 (se.personnummer: 10 digits .0067, not bare).
_SCHEMES: tuple[_Scheme, ...] = (
    _Scheme("ad.nrt", frozenset({8}), personal=_nrt_person),
    _Scheme("ar.cuit", frozenset({11}), personal=_cuit_person),
    _Scheme("at.vnr", frozenset({10})),
    _Scheme("be.nn", frozenset({11}), bare=True),
    _Scheme("be.bis", frozenset({11}), bare=True),
    _Scheme("bg.egn", frozenset({10})),
    _Scheme("bg.pnf", frozenset({10})),
    _Scheme("br.cpf", frozenset({11})),
    _Scheme("ca.bc_phn", frozenset({10})),
    _Scheme("ca.sin", frozenset({9})),
    _Scheme("ch.ssn", frozenset({13}), bare=True),  # 756 and an EAN-13 check
    _Scheme("cl.rut", frozenset({8, 9}), personal=_rut_person),
    _Scheme("cn.ric", frozenset({18}), bare=True),  # region, birth date, ISO 7064 check
    _Scheme("cr.cpf", frozenset({10})),
    _Scheme("cr.cr", frozenset({11, 12})),
    _Scheme("cu.ni", frozenset({11})),
    _Scheme("cz.rc", frozenset({10})),
    _Scheme("de.idnr", frozenset({11}), bare=True),
    _Scheme("dk.cpr", frozenset({10})),
    _Scheme("do.cedula", frozenset({11})),
    _Scheme("ec.ci", frozenset({10})),
    _Scheme("ee.ik", frozenset({11}), bare=True),
    _Scheme("fr.nir", frozenset({15})),
    _Scheme("gb.nhs", frozenset({10})),
    _Scheme("gb.upn", frozenset({13})),  # a pupil's number: a check letter and twelve digits
    _Scheme("gr.amka", frozenset({11}), bare=True),
    _Scheme("hr.oib", frozenset({11})),
    _Scheme("id.nik", frozenset({16})),
    _Scheme("il.idnr", frozenset({9})),
    _Scheme("in_.aadhaar", frozenset({12})),
    _Scheme("in_.epic", frozenset({10})),  # a voter's card: three letters, seven digits
    _Scheme("in_.vid", frozenset({16})),
    _Scheme("is_.kennitala", frozenset({10}), personal=_kennitala_person),
    _Scheme("jp.in_", frozenset({12})),
    _Scheme("kr.rrn", frozenset({13}), bare=True),
    _Scheme("lt.asmens", frozenset({11})),
    _Scheme("mu.nid", frozenset({14}), bare=True),  # surname letter, birth date, mod-17 check
    _Scheme("mx.curp", frozenset({18}), bare=True),  # letters, birth date, sex, state, check
    _Scheme("my.nric", frozenset({12})),
    _Scheme("no.fodselsnummer", frozenset({11}), bare=True),
    _Scheme("nz.ird", frozenset({8, 9})),
    _Scheme("pk.cnic", frozenset({13})),
    _Scheme("pl.pesel", frozenset({11})),
    _Scheme("pt.cc", frozenset({12})),
    _Scheme("pt.nif", frozenset({9}), personal=_nif_person),
    _Scheme("ro.cnp", frozenset({13}), bare=True),
    _Scheme("se.personnummer", frozenset({10, 12})),
    _Scheme("si.emso", frozenset({13}), bare=True),
    _Scheme("sk.rc", frozenset({10})),
    _Scheme("th.pin", frozenset({13})),
    _Scheme("tr.tckimlik", frozenset({11})),
    _Scheme("ua.rntrc", frozenset({10})),
    _Scheme("us.itin", frozenset({9})),
    _Scheme("ve.rif", frozenset({10}), personal=_rif_person),
    _Scheme("za.idnr", frozenset({13}), bare=True),
)
_BY_LENGTH: dict[int, tuple[_Scheme, ...]] = {
    n: tuple(s for s in _SCHEMES if n in s.lengths)
    for n in sorted({n for s in _SCHEMES for n in s.lengths})
}
_BARE: dict[int, tuple[_Scheme, ...]] = {
    n: tuple(s for s in schemes if s.bare) for n, schemes in _BY_LENGTH.items()
}
# A written number's shape: each digit "9", each capital "A", separators as they are.
_SHAPE = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "9" * 10 + "A" * 26)
# Numbers with letters in fixed places, to read each scheme's printed layout from
_LETTERED_SAMPLES = {"ad.nrt": ("F123456G",), "pt.cc": ("123456789ZZ1",), "cl.rut": ("1234567K",)}


@cache
def _module(name: str) -> ModuleType:
    return importlib.import_module(f"stdnum.{name}")


_GROUPS = re.compile(r"[-./ ]")


def _generic(printed: str) -> bool:
    """Equal groups behind one repeated separator ("1234 5678 9012", "123-456-789") are how
    any long number is grouped, orders and cards included: no scheme's own layout."""
    groups = _GROUPS.split(printed)
    return len(set(map(len, groups))) == 1 and len(set(_GROUPS.findall(printed))) == 1


def _layouts() -> dict[str, tuple[_Scheme, ...]]:
    """Shape -> the schemes stdnum prints in that layout ("A-999999-A": ad.nrt,
    "999999-99-9999": my.nric), read from each scheme's ``format`` of a sample of every length
    it is asked about; a scheme printed without separators has no layout here."""
    found: dict[str, list[_Scheme]] = {}
    for scheme in _SCHEMES:
        fmt = getattr(scheme.module, "format", None)
        if fmt is None:
            continue
        samples = [("1234567890" * 2)[:n] for n in sorted(scheme.lengths)]
        samples += [x[:-1] + "K" for x in samples if scheme.name == "cl.rut"]
        for sample in samples + list(_LETTERED_SAMPLES.get(scheme.name, ())):
            try:
                printed = fmt(sample)
            except Exception:  # noqa: BLE001 - a format that needs a valid number: no layout
                continue
            if printed != sample and printed.translate(_SEPARATORS) == sample:
                if not _generic(printed):
                    found.setdefault(printed.translate(_SHAPE), []).append(scheme)
    return {shape: tuple(dict.fromkeys(schemes)) for shape, schemes in found.items()}


# an English gloss in the bracket, not a local name ("Lithuanian, personal numbers", "Swiss
# social security number", "Mauritian national identifier")
_ENGLISH_GLOSS = re.compile(r"(?i)number|identifier|\bcode\b|ian$")


def _names(name: str) -> set[str]:
    """The scheme's own names, from the first line of stdnum's description: the acronyms
    before the bracket ("VNR, SVNR, VSNR (Versicherungsnummer, ...)") and the local name that
    opens it ("Versicherungsnummer"); names of two letters are words too often ("CC", "IN")."""
    doc = (_module(name).__doc__ or "").strip()
    first = doc.splitlines()[0] if doc else ""
    head, _, rest = first.partition(" (")
    names = {part.strip() for part in head.split(",")}
    local = rest.split(",")[0].strip(' .)"')
    if local and not local[0].islower() and not _ENGLISH_GLOSS.search(local):
        names.add(local)
    return {n for n in names if len(n.replace(".", "").replace(" ", "")) > 2}


_SCHEME_NAMES: frozenset[str] = frozenset(n for s in _SCHEMES for n in _names(s.name))
# names of up to four letters count in capitals only ("EGN", "NRT", "AMKA"); longer in any case
_UPPER_NAMES = frozenset(
    " ".join(prefilter.spaced(n).split()) for n in _SCHEME_NAMES if len(n) <= 4
)
prefilter.register("stdnum_cue", _SCHEME_NAMES)

# Capitals and digits in groups joined by one separator ids are written with: "F-124356-G",
# "756.1234.5678.97", "640907-90-3185", "12345678 9 ZZ1"; not after "#" (a ticket's, an order's).
_RUN = re.compile(r"(?<![\w.,/+:#-])[A-Z0-9]+(?:[-./ ][A-Z0-9]+){0,7}(?![\w]|[-./,+:][A-Z0-9])")
_SEPARATORS = str.maketrans("", "", "-./ ")
_CHUNK = re.compile(r"[^ ]+")
_LAYOUTS = _layouts()
_CUE_REACH = 48  # characters before the value a cue may end in (its line, its sentence)


def find_stdnum_ids(
    text: str,
    *,
    runs: tuple[tuple[int, int], ...],
    mixed: tuple[tuple[int, int], ...],
    gives_way: Callable[[str, int], bool],
) -> list[Hit]:
    """NATIONAL_ID hits: a person's id of a scheme stdnum validates, strong alone, written in
    its standard layout, or after an id cue (see the module doc). ``runs`` and ``mixed`` are the
    text's digit runs and letter-digit contacts (``prefilter``): the scan is limited to them."""
    regions = prefilter.windows(text, sorted(runs + mixed), before=12, after=12)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_RUN, text, regions):
        hits += _in_run(text, m.start(), m.group(), gives_way)
    return hits


def _in_run(text: str, start: int, run: str, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """The id in one run: the run from its first chunk with a digit to its last (a cue word
    in capitals before it, "NRT F-123456-G", is no part of it), else one of its chunks alone.
    A run of digit groups is never split: "4321 8765 2109 6543" is one number (an order's),
    whose last twelve digits are no id of their own."""
    if sum(ch.isdigit() for ch in run) < 6:
        return []
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(run)]
    numbered = [(a, b) for a, b in chunks if any(ch.isdigit() for ch in run[a:b])]
    first, last = numbered[0][0], numbered[-1][1]
    for a, b in [(first, last)] + (numbered if len(numbered) > 1 else []):
        written = run[a:b]
        compact = written.translate(_SEPARATORS)
        if len(compact) not in _BY_LENGTH or sum(ch.isdigit() for ch in compact) < 6:
            continue
        at = start + a
        if _accepted(text, at, written, compact) and not gives_way(text, at):
            return [("NATIONAL_ID", at, at + len(written))]
    return []


def _accepted(text: str, start: int, written: str, compact: str) -> bool:
    """A scheme validates ``compact`` as a person's and its check is strong alone, the number
    is written in the scheme's own layout, or a cue stands before it. stdnum is asked only
    about the schemes each of these leaves (its checks cost 5-20 us each)."""
    n = len(compact)
    if compact[0] == "0" and compact.isdigit() and phone_digits(compact):
        return False  # a phone with its trunk 0, as written, stays the phone's
    if written == compact and _any_valid(_BARE.get(n, ()), compact):
        return not (n == 13 and gs1_ok(compact))  # an EAN-13 or ISBN-13: no id without more
    layout = _LAYOUTS.get(written.translate(_SHAPE), ()) if written != compact else ()
    if layout and _any_valid(layout, compact) and not national_layout(written):
        return True  # (a scheme's layout that some plan writes its phones in is no proof)
    return _cued(text, start) and _any_valid(_BY_LENGTH.get(n, ()), compact)


def _any_valid(schemes: tuple[_Scheme, ...], compact: str) -> bool:
    return any(_person_valid(s, compact) for s in schemes)


@lru_cache(maxsize=8192)
def _person_valid(scheme: _Scheme, compact: str) -> bool:
    """``scheme`` validates ``compact`` (capitals and digits) as a person's number."""
    try:
        valid = bool(scheme.module.is_valid(compact))
    except Exception:  # noqa: BLE001 - a scheme's parser may raise on odd input: not its id
        return False
    return valid and (scheme.personal is None or scheme.personal(compact))


def _lower_short_cue(word: str) -> bool:
    """A short cue that is also a word, not in capitals ("nuit", "sin", "pan"; ``ids_cues``)."""
    return len(word) <= 4 and word.lower() in UPPER_ONLY and not word.isupper()


def _cued(text: str, start: int) -> bool:
    """An id cue (``ids_cues``) or a scheme's own name ends within ``_CUE_REACH`` characters
    before ``start``, on its line."""
    lo = max(0, start - _CUE_REACH, text.rfind("\n", 0, start) + 1, text.rfind(". ", 0, start) + 1)
    for i in range(start - 1, lo - 1, -1):
        if text[i].isdigit():
            lo = i + 1  # a cue before another number is that number's
            break
    found = prefilter.keywords(text)
    for a, b in found.get("id_cue", ()):
        if lo <= a and b <= start and not _lower_short_cue(text[a:b]):
            return True
    for a, b in found.get("stdnum_cue", ()):
        if lo <= a and b <= start:
            word = text[a:b]
            if " ".join(prefilter.spaced(word).split()) not in _UPPER_NAMES or word.isupper():
                return True
    return False
