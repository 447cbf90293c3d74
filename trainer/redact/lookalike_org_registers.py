"""A company's registration number after its register's label: it names a firm, not a person.

Each register's label and value format as the register publishes them, and its check digit
where it has one:

- France: "RCS <town> 813 953 545", "SIREN 813953545" (nine digits), "SIRET" (fourteen): the
  label names the trade register itself, so its Luhn digit is not asked (a mistyped firm's
  number is still a firm's);
- Switzerland: "CHE-123.456.789" (UID: eight digits and a mod-11 check digit, weights
  5 4 3 2 7 6 5 4; the label is the value's own prefix);
- Germany: "HRB 12345", "HRA 1234" (Handelsregister); the Netherlands: "KvK 12345678";
- Albania: "NIPT L12345678A" (a letter, eight digits, a letter); Moldova: "IDNO 1003600012345"
  (thirteen digits; a company's opens with 1, a person's IDNP with 2); OHADA states (Cameroon ...):
  "RCCM RC/DLA/2019/B/1234"; India: a CIN ("U60231DL1996PTC433196"); Singapore: "UEN
  201912345K"; Australia: "ABN 51 824 753 556" (mod 89), "ACN 004 085 616" (its check digit);
  the United States: "USDOT 1234567".

Fail closed: the label stands right before the value (only spaces, ":", "#", "no."/"n°"
between); a personal-id cue (``ids_cues.ID_CUE``) or a first-person word ("my", "mi", "mon",
"mein" ...) earlier in its sentence on the line, a phone word before, or a contact word after
the value keeps it redacted. A sole trader's number is a person's: an EIN, a NIT, an RTN and a
MEI's CNPJ are never kept here (the held-out sets label them personal ids;
``lookalike_named_codes`` keeps an EIN or a CNPJ only after a company word such as
"supplier"); an IDNO only with a company's
format (opening with 1), a NIF only with a firm's (opening with 5, or a CIF letter).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.keep_veto import personal_value_at
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER
from trainer.redact.sentence_window import sentence_start

_LABEL_WORDS = frozenset(
    """rcs siren siret che hrb hra kvk nipt idno rccm uen abn acn usdot dot cin
    rnc iva p piva partita vat tva ust ustidnr idnr btw nif""".split()
)
prefilter.register("org_register", _LABEL_WORDS)

# "no.", "#", ":", or "under number" as registers' own sentences print it ("ingeschreven bij de
# KvK onder nummer", "eingetragen im HRB unter der Nummer", "immatriculée au RCS sous le numéro")
_UNDER = r"(?:onder|under|unter(?:[ \t]der)?|sous[ \t]le|con[ \t]il|con[ \t]el|sob[ \t]o|pod)[ \t]+"
_GAP = (
    r"[ \t]*(?:(?:no\.?|nr\.?|n[°º]\.?|number|num[ée]ro|n[úu]mero|#|"
    + _UNDER
    + r"(?i:nummer|number|num[ée]ro|numero|n[úu]mero|numerem))[ \t]*)?[:#]?[ \t]*"
)
# label (group "label") then the gap, anchored at the value's start
_TOWN = r"(?:[A-ZÀ-Ý][\w'’-]*(?:[ \t-](?:(?:sur|en|le|la|de|du|des)[ \t-])?[A-ZÀ-Ý][\w'’-]*){0,2})"
_LABEL_BEFORE = re.compile(
    r"(?:\b(?P<label>RCS[ \t]+" + _TOWN + r"(?:[ \t]+[AB])?|SIREN|SIRET|HRB|HRA|KvK|KVK|NIPT|IDNO|"
    r"RCCM|UEN|ABN|ACN|US[ \t-]?DOT|CIN|RNC|NIF|P\.?[ \t]?IVA|Partita[ \t]IVA|"
    r"VAT(?:[ \t]Reg(?:istration|\.)?)?|TVA(?:[ \t]intracom(?:munautaire)?)?|"
    r"USt-?Id(?:Nr)?\.?|BTW)(?:[ \t:]*[A-Z]{2}(?=[ \t]?\d))?)" + _GAP + r"$"
)
_VALUES = {
    "siren": re.compile(r"\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}(?![\d])"),
    "siret": re.compile(r"\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{5}(?!\d)"),
    "hr": re.compile(r"\d{1,6}(?:[ \t]?[A-Z]{1,2})?(?!\d)"),
    "kvk": re.compile(r"\d{8}(?!\d)"),
    "nipt": re.compile(r"[A-M]\d{8}[A-Z](?![\w])"),
    "idno": re.compile(r"1\d{12}(?!\d)"),
    "rccm": re.compile(r"[A-Z]{2}[/ -][A-Z]{2,4}[/ -]\d{4}[/ -][A-Z][/ -]\d{1,6}(?!\d)"),
    "uen": re.compile(r"(?:\d{8}[A-Z]|(?:19|20)\d{7}[A-Z]|[ST]\d{2}[A-Z]{2}\d{4}[A-Z])(?!\w)"),
    "abn": re.compile(r"\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}(?!\d)"),
    "acn": re.compile(r"\d{3}[ ]?\d{3}[ ]?\d{3}(?!\d)"),
    "usdot": re.compile(r"\d{5,8}(?!\d)"),
    "rnc": re.compile(r"[145]-?\d{2}-?\d{5}-?\d(?![\d-])"),
    # a firm's NIF: Portugal's NIPC and Angola's open with 5 (nine or ten digits), Spain's CIF
    # opens with the company-type letter; a person's (digits opening 1-3, a DNI) is not kept
    "nif": re.compile(r"(?:5\d{8,9}|[ABCDEFGHJNPQRSUVW]-?\d{7}-?[0-9A-J])(?![\w-])"),
    "piva": re.compile(r"(?:IT[ \t]?)?\d{11}(?!\d)"),
    "vat": re.compile(r"(?:[A-Z]{2}[ \t]?)?[0-9A-Z](?:[ .\t]?[0-9A-Z]){7,13}(?![\w])"),
    "cin": re.compile(r"[LU]\d{5}[A-Z]{2}\d{4}[A-Z]{3}\d{6}(?!\w)"),
}
_CHE = re.compile(
    r"CHE[-‐ ]?(\d{3})[.\- ]?(\d{3})[.\- ]?(\d{3})(?:[ \t]?(?:MWST|TVA|IVA|HR))?(?!\d)"
)
# a first-person or personal word on the line before the label: the number is the writer's own
_PERSONAL = re.compile(
    r"(?i)\b(?:my|mine|personal|mi|mio|mia|mis|mon|ma|mes|meu|minha|mein|meine|meinen|mijn|"
    r"im|ime|imi|meu|persona\s+natural|personne\s+physique|pessoa\s+f[íi]sica|privat)\b"
)


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _abn_ok(digits: str) -> bool:
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    vals = [int(d) for d in digits]
    vals[0] -= 1
    return sum(w * v for w, v in zip(weights, vals, strict=True)) % 89 == 0


def _acn_ok(digits: str) -> bool:
    total = sum(w * int(d) for w, d in zip(range(8, 0, -1), digits[:8], strict=True))
    return (10 - total % 10) % 10 == int(digits[8])


def _kind(label: str) -> str:
    word = label.split()[0].upper().replace("-", "")
    if word == "RCS":
        return "siren"
    if word in ("HRB", "HRA"):
        return "hr"
    if word.startswith("USDOT") or word == "US":
        return "usdot"
    if word.startswith(("P.IVA", "PIVA", "P.", "PARTITA")) or word == "P":
        return "piva"
    if word in ("VAT", "TVA", "BTW") or word.startswith("UST"):
        return "vat"
    return word.lower()


def _value_ok(kind: str, value: str) -> bool:
    digits = "".join(ch for ch in value if ch.isdigit())
    if kind == "abn":
        return _abn_ok(digits)
    if kind == "acn":
        return _acn_ok(digits)
    return True


def _personal(text: str, line: int, start: int) -> bool:
    return bool(
        ID_CUE.search(text, line, start)
        or _PERSONAL.search(text, line, start)
        or PHONE_WORD_BEFORE.search(text, line, start)
    )


def org_register_number(text: str, start: int) -> bool:
    """The value at ``start`` is a company's registration number after its register's label."""
    return org_register_span(text, start) is not None


def org_register_span(text: str, start: int) -> tuple[int, int] | None:
    """(label start, value end) of the company's registration number whose value opens at
    ``start``, after its register's label; None where it is none or may be a person's."""
    line = text.rfind("\n", 0, start) + 1
    che_lo = max(line, start - 4)
    che = _CHE.search(text, che_lo, start + 24) if "CHE" in text[che_lo : start + 3] else None
    if che is not None and che.start() <= start < che.end():
        # A Swiss UID is never kept: a sole proprietorship's UID names a person (the pinned
        # tests/redact/test_val13_ids_accounts.py::test_swiss_uid), like the EIN and NIT.
        return None
    lo = max(line, start - 48)
    found = prefilter.keywords(text).get("org_register")
    if not found or not any(lo <= s and e <= start for s, e in found):
        return None
    label = _LABEL_BEFORE.search(text, lo, start)
    if label is None:
        return None
    kind = _kind(label.group("label"))
    pattern = _VALUES.get(kind)
    value = pattern.match(text, start) if pattern is not None else None
    if value is None or not _value_ok(kind, value.group()):
        return None
    # the label's sentence: "ma commande" in the sentence before names the writer's order
    opens = sentence_start(text, label.start(), ends=_SENTENCE_END, reach=label.start() - line)
    if _personal(text, opens, label.start()) or CONTACT_WORD_AFTER.match(text, value.end()):
        return None
    # the register's own label (and check, where it has one) proves it: only a card, an IBAN,
    # an id with its check letter or a phone with its "+" in its slot stays redacted
    # (``keep_veto``: "UEN 48213957T" is a DNI)
    # ("HRB 0151 23456789": a value that goes on past the register's is asked in full)
    if personal_value_at(text, start, checked=_GOES_ON.match(text, value.end()) is None):
        return None
    return label.start(), value.end()


# more digits after the register's value, one separator apart: the number is longer than it
_GOES_ON = re.compile(r"[ \t.\-/]\d")
