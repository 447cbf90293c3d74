"""The numbers of ships, barges, freight containers and traded goods, as their standards print
them: they name a vessel, a box or a class of goods, not a person, so ``keep_named_codes`` drops
the hits (a phone read in nine digits, an id or an address read in a container's code) lying
inside one. Read only around the hits a rule already made that hold a digit.

- MMSI (ITU-R M.585), after its label: nine digits whose maritime identification digits (MID,
  201-775) stand where the number's kind puts them: a ship's "MIDxxxxxx", a group's "0MID...",
  a coast station's "00MID...", a SAR aircraft's "111MID...", a craft's "98MID...", an aid to
  navigation's "99MID...", or an AIS device's "970", "972" or "974" ("MMSI 235076543");
- IMO ship number (SOLAS XI-1/3), after "IMO": seven digits and their check (python-stdnum
  ``imo``: weights 7 to 2, mod 10);
- ENI (the European vessel number of inland waterways), after "ENI", "EuNo" or
  "Europanummer": eight digits whose first three are an issuing office's (001-019 the Rhine
  states', 020-999 the others');
- a freight container's ISO 6346 code, with or without a label: three owner letters, the
  category letter (U, J or Z), six digits and the check digit (python-stdnum ``iso6346``),
  spaced as owners print it ("CSQU 305438 3", "MSKU 907032-3");
- a customs tariff code, after a label naming the tariff (HS, HTS, CN, TARIC, "tariff code",
  "commodity code", "Zolltarifnummer", "nomenclature douanière" ...): the Harmonized System's
  chapter (01-97, not 77), heading and subheadings, 6 to 10 digits, grouped 4-2-2-2 by dots or
  spaces or solid ("HS 0402.10.19", "CN code 8703 23 19");
- a DOI (ISO 26324), "10." and a registrant code of four or more digits, "/" and a suffix:
  after "doi" or as a doi.org link, or bare where the suffix holds a letter
  ("10.1038/nature12373"); a bare "10.1000/182" stays redacted (its digits alone could be a
  number written with separators).

Fail closed: a personal or possessive word in an MMSI's or an ENI's sentence ("my boat's MMSI",
"our barge"): a pleasure craft's number names its owner, and stays redacted; a check that fails
keeps the value redacted; a hit reaching outside the label and value is never dropped here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stdnum import imo, iso6346

from trainer.redact.hits import Hit
from trainer.redact.lookalike_company_words import PERSONAL_WORD
from trainer.redact.sentence_window import sentence_start, sentence_stop

_GAP = r"(?:[ \t-]?(?i:no\.?|nr\.?|n[°º]\.?|number|nummer|num[ée]ro|code|#))?[ \t]*[:#]?[ \t]*"
_STANDARD = re.compile(
    r"(?:\bMMSI" + _GAP + r"(?P<mmsi>\d{9})"
    r"|\bIMO" + _GAP + r"(?P<imo>\d{7})"
    r"|\b(?:ENI|EuNo|Europanummer)" + _GAP + r"(?P<eni>\d{8})"
    r"|(?:(?i:container|conteneur|contenedor|contentor|contenitore)" + _GAP + r")?"
    r"(?<![\w-])(?P<box>[A-Z]{3}[UJZ][ \t]?\d{6}[ \t-]?\d)"
    r"|\b(?:HS|HTS|CN|TARIC|(?i:tariff|commodity|customs|zolltarif|warentarif|nomenclature"
    r"(?:[ \t]douani[èe]re)?|arancel\w*|tarif))" + _GAP
    + r"(?P<hs>(?:0[1-9]|[1-8]\d|9[0-7])\d\d(?:[. ]\d\d){1,3}|(?:0[1-9]|[1-8]\d|9[0-7])\d{4}"
    r"(?:\d\d){0,2})"
    r"|(?:\b(?i:doi)[ \t]*:?[ \t]*|(?i:(?:dx\.)?doi\.org/))"
    r"(?P<doi>10\.\d{4,9}(?:\.\d+)*/[^\s\"'<>]*[^\s\"'<>.,;:!?)])"
    r"|(?<![\w./])(?P<bare_doi>10\.\d{4,9}(?:\.\d+)*/(?=[^\s]*[A-Za-z])[^\s\"'<>]*[^\s\"'<>.,;:!?)])"
    r")(?![\w-]|[.,/]\d)"
)
# What each form of ``_STANDARD`` must hold: its label as written (the capitals' labels), in any
# case (the words' labels), a container's owner code and category letter, or a DOI's "10.": a
# text with none of them has no such number, whatever its hits (substring tests, then one
# search, before any window is read)
_CASED_LABELS = ("MMSI", "IMO", "ENI", "EuNo", "Europanummer", "HS", "HTS", "CN", "TARIC", "10.")
_FOLDED_LABELS = ("tarif", "commodity", "customs", "nomenclature", "arancel", "doi")
_BOX_GATE = re.compile(r"[A-Z]{3}[UJZ]")


def _may_hold(text: str) -> bool:
    if any(label in text for label in _CASED_LABELS):
        return True
    low = text.lower()
    return any(label in low for label in _FOLDED_LABELS) or _BOX_GATE.search(text) is not None

_VESSEL_KINDS = frozenset({"mmsi", "eni"})
_NEVER_DROPPED = frozenset({"NAME", "MEMBER"})
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_REACH = 40  # characters before a hit where a label and its value may start


def mmsi_ok(digits: str) -> bool:
    """Nine digits laid out as ITU-R M.585 assigns them, the MID in 201-775."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    if digits[:3] in ("970", "972", "974"):  # AIS-SART, man overboard, EPIRB-AIS
        return True
    if digits.startswith("111"):
        mid = digits[3:6]
    elif digits.startswith(("98", "99")):
        mid = digits[2:5]
    elif digits.startswith("00"):
        mid = digits[2:5]
    elif digits.startswith("0"):
        mid = digits[1:4]
    else:
        mid = digits[:3]
    return 201 <= int(mid) <= 775


def _value_ok(kind: str, value: str) -> bool:
    compact = re.sub(r"[ \t.\-]", "", value)
    if kind == "mmsi":
        return mmsi_ok(compact)
    if kind == "imo":
        return imo.is_valid(compact)
    if kind == "eni":
        return compact[:3] != "000"
    if kind == "box":
        return iso6346.is_valid(compact)
    if kind == "hs":
        return compact[:2] != "77" and len(compact) in (6, 8, 10)
    return True  # a DOI: its layout is the proof


def transport_number_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, int]]:
    """(start, end, value start) of each vessel, container, tariff or DOI number holding a hit
    that is not a name, passing its standard's check (see the module)."""
    spans: list[tuple[int, int, int]] = []
    if not hits or not _may_hold(text):
        return spans
    for kind, start, end in hits:
        if kind in _NEVER_DROPPED or any(lo <= start and end <= hi for lo, hi, _ in spans):
            continue
        if not any(c.isdigit() for c in text[start:end]):
            continue
        for m in _STANDARD.finditer(text, max(0, start - _REACH), min(len(text), end + 24)):
            if not (m.start() <= start and end <= m.end()):
                continue
            name = m.lastgroup
            if name is None or not _value_ok(name, m.group(name)):
                continue
            if name in _VESSEL_KINDS:
                lo = sentence_start(text, m.start(), ends=_SENTENCE_END, reach=120)
                hi = sentence_stop(text, m.end(), ends=_SENTENCE_END, reach=120)
                if PERSONAL_WORD.search(text, lo, hi):
                    continue  # a pleasure craft's number names its owner (fail closed)
            spans.append((m.start(), m.end(), m.start(name)))
            break
    return spans
