"""A firm's register number in a register slot: a register label right before the value, and a
company holding it ("The agency is registered as RUC 0123456789001", "Our company number:
123456789 RT0001", "Nuestro registro tributario: NIT 800.123.456-7", "Adószámunk: 12345678-2-41",
"Notre numéro d'entreprise : NIF 123456789A"). It names a firm, not a person, so
``keep_named_codes`` drops the hits (a phone, an id) lying inside one.

No country list: the slot is read from its structure, for any scheme. The label is a register
noun written for many languages at once ("company number", "registro tributario", "cadastro",
"organisationsnummer", "adószám" ...) or a register's acronym of two to five capitals (a personal
id's cue, "SSN", "DNI", "CPF", is not one); the value is a register's shape (six to fifteen
digits in groups, an optional letter block before or after: "RT0001", "D"). The company is
either named by the label itself ("company number", "numéro d'entreprise", "Firmenbuch") or
stands in the sentence (a company word or legal form, ``lookalike_company_words``), or the
label is the writer's organisation's ("our", "nuestro", "nosso", "notre", "unser", "-unk").

Fail closed: a personal or possessive word in the sentence ("my", "his", "her", "self-employed",
"su" ...), a personal id's cue or a phone word before the label, a person's name hit in the
sentence, or the worker the value belongs to after it ("of the new employee") keeps it redacted.
The keep is read only around the hits a rule already made (no scan of a post without one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact.checksums_registers import CUIT_ENTITY_TYPES, register_value_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.lookalike_company_words import (
    COMPANY_NOUNS,
    WORKER_AFTER,
    firm_in_sentence,
    governed_by_person,
)
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.sentence_window import sentence_start, sentence_stop

# Register nouns that name a company themselves: the slot needs no other company word.
COMPANY_REGISTER_NOUNS = (
    "company number", "company no", "company registration", "company reg", "company id",
    "business number", "business registration", "business reg", "business id",
    "corporate number", "firm number", "registered number", "commercial register",
    "trade register", "numéro d'entreprise", "numéro d’entreprise", "numéro de société",
    "registre du commerce", "registre de commerce", "número de empresa", "registro mercantil",
    "registro de empresa", "registro comercial", "registro empresarial", "número da empresa",
    "registro da empresa", "numero di impresa", "registro delle imprese", "registro imprese",
    "handelsregister", "handelsregisternummer", "firmenbuch", "firmenbuchnummer",
    "unternehmensnummer", "firmennummer", "ondernemingsnummer", "bedrijfsnummer", "kvk-nummer",
    "organisationsnummer", "organisasjonsnummer", "organisationsnr", "org.nr", "orgnr",
    "virksomhedsnummer", "yritystunnus", "y-tunnus", "cégjegyzékszám", "cégszám",
    "numer firmy", "numer rejestrowy", "registrační číslo firmy", "număr de înregistrare",
    "ticaret sicil", "mã số doanh nghiệp",
)  # fmt: skip
# Register nouns of any taxpayer or registrant: a company word or "our" must say a firm's.
TAX_REGISTER_NOUNS = (
    "tax number", "tax no", "tax id", "tax identification number", "tax registration",
    "taxpayer number", "vat number", "vat no", "vat id", "registration number",
    "registration no", "reg. no", "reg no", "registro tributario", "registro fiscal",
    "número tributario", "número fiscal", "identificación tributaria", "registro único",
    "cadastro", "cadastro nacional", "número de contribuinte", "inscrição", "numéro fiscal",
    "identifiant fiscal", "numéro d'identification fiscale", "numéro d'immatriculation",
    "immatriculation", "steuernummer", "umsatzsteuer-id", "ust-idnr", "ust-id",
    "registernummer", "partita iva", "numero di registrazione", "btw-nummer", "btw-nr",
    "momsnummer", "momsregistreringsnummer", "mva-nummer", "alv-numero", "adószám",
    "adószámunk", "adószáma", "numer nip", "daňové číslo", "cod fiscal", "vergi numarası",
    "vergi no", "mã số thuế",
)  # fmt: skip
# The acronyms of firms' registers and tax numbers (a closed list: an unknown acronym may be a
# personal id's, "OHIP", "NAS"); several name a person's number too ("TIN", "NIF"), so a company
# or "our" must still hold it.
REGISTER_ACRONYMS = (
    "EIN", "TIN", "NIF", "NIT", "CNPJ", "NIP", "CUIT", "RFC", "RUT", "RUC", "CUI", "CIF", "TPIN",
    "NUIT", "BN", "ABN", "UEN", "CRN", "GST", "VAT", "BIN", "NINEA", "RCCM", "IFU", "NIU", "KRA",
    "VKN", "MST", "NRC", "NIRE", "DUNS", "LEI", "SIREN", "SIRET", "KVK", "BCE", "KBO", "CVR",
    "HRB", "HRA", "REA", "UID", "IČO", "ICO", "DIČ", "DIC", "NIPT", "NUIS", "REGON", "KRS", "NIPC",
    "NUI", "CR", "CRO",
)  # fmt: skip
_ACRONYMS = frozenset(REGISTER_ACRONYMS)
# labels whose scheme has a published checksum (``checksums_registers``): a value failing it is
# no such register and stays redacted. Not the EIN's list of IRS campus prefixes in use (no
# checksum: the IRS opens new prefixes), so an EIN in a company's slot passes on its shape.
_CHECKED = {
    "vkn": "vergi", "vergi": "vergi", "bce": "kbo", "kbo": "kbo", "nip": "nip",
    "regon": "regon", "cnpj": "cnpj", "cuit": "cuit", "ičo": "ico", "ico": "ico", "cui": "cui",
    "nipc": "nipc", "cif": "cif",
}  # fmt: skip
_OUR = (
    r"(?i:\b(?:our|nuestr[oa]s?|noss[oa]s?|notre|nos|unser\w*|onze|ons|nostr[oa]|nostri|vår|"
    r"vårt|vores|vort|meidän|nasz\w*|náš\w*|naš\w*|nostru|nostr[ăa]|bizim)[ \t]+(?:\w+[ \t]+){0,2})"
)


_GAP = (
    r"(?:[ \t]*(?i:no\b\.?|nr\b\.?|n[°º]\.?|number|num[ée]ro|n[úu]mero|#|:|is|es|é|est|ist|"
    r"är|er|on|as|como|comme|als))*[ \t]*"
)
# the label: a register noun, an acronym, or a noun then an acronym ("company number: TIN")
_COMPANY_NOUNS = literal_alternation(set(COMPANY_REGISTER_NOUNS), apostrophe=True)
_TAX_NOUNS = literal_alternation(set(TAX_REGISTER_NOUNS), apostrophe=True)
# the firm that holds the number, named after the label ("NIPC do fornecedor é", "numéro
# d'entreprise du fournisseur est", "NIF empresa") or before it ("the supplier's registration")
_OWNER_PREP = (
    r"(?:of[ \t]+the|of|del|de[ \t]+la|de[ \t]+l['’]|do|da|du|des|de|der|della|dello|"
    r"van[ \t]+de|van|von)"
)
_OWNER_WORDS = r"[ \t]+(?:" + _OWNER_PREP + r"[ \t]+)?(?i:" + COMPANY_NOUNS + r")\b"
# only after a label or an acronym (alone, "Our company number:" would match from its " company")
_OWNER = (
    r"(?:(?(acronym)" + _OWNER_WORDS + r"|(?(tax)" + _OWNER_WORDS
    + r"|(?(company)" + _OWNER_WORDS + r"|(?!)))))?"
)
_LABEL = re.compile(
    r"(?:\b(?P<company>(?i:" + _COMPANY_NOUNS + r"))\.?"
    r"|\b(?P<owners>(?i:" + COMPANY_NOUNS + r"))['’]s[ \t]+(?i:registration)"
    r"|\b(?P<tax>(?i:" + _TAX_NOUNS + r"))\.?)?"
    + _GAP + r"(?P<acronym>\b(?:" + literal_alternation(_ACRONYMS) + r")\b"
    r"(?:[ \t]?(?:No\.?|Nr\.?))?)?" + _OWNER + _GAP + r"$"
)
# a register's value: digits in groups, an optional letter block glued before ("J0310...") or
# one after ("RT0001", "D")
_VALUE = re.compile(
    r"(?<![\w.-])(?:[A-Z]{1,2}-?)?\d[\d.\-/ \t]{4,22}\d(?:[ \t-]?[A-Z]{1,3}\d{0,4})?(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# a chat line's speaker ("me: ...", "agent: ...", "[18:34] Associado: ..." after its time):
# the line's author, not the value's owner
_SPEAKER = re.compile(r"[ \t]*(?:\[\d{1,2}:\d\d\][ \t]*)?[^\W\d_]{1,12}[ \t]?:[ \t]")
_NEVER_DROPPED = frozenset({"NAME", "MEMBER"})


def _personal_cue(text: str, lo: int, hi: int) -> bool:
    """A personal id's cue in [lo, hi) other than a register's acronym ("SSN", "OHIP number",
    "numer dowodu osobistego"; not "TIN" or "NIF" in a register slot)."""
    return any(
        _WORD.match(text, m.start()).group().upper() not in _ACRONYMS  # "CNP" of "CNPJ"
        for m in ID_CUE.finditer(text, lo, hi)
    )


_WORD = re.compile(r"[\w-]*")


def _value_fails(label: re.Match[str], value: str) -> bool:
    """The value fails its scheme's checksum, or its own type digits say a person's (a CUIT of
    type 20-27, a Colombian NIT that is a cédula: ten digits at most, no firm's 8 or 9)."""
    name = ((label.group("acronym") or label.group("tax") or "").split() or [""])[0].lower()
    name = "vergi" if name.startswith("vergi") else name
    if name in _CHECKED and not register_value_ok(_CHECKED[name], value):
        return True
    digits = "".join(ch for ch in value if ch.isdigit())
    if name in ("cuit", "cuil"):
        return digits[:2] not in CUIT_ENTITY_TYPES
    return name == "nit" and len(digits) <= 10 and not digits.startswith(("8", "9"))


def _digit_count(value: str) -> int:
    return sum(map(str.isdigit, value))


# The gate of ``_LABEL``, derived from the same tuples and the gap's words: the word right
# before a value in a slot is one of these
_GAP_WORDS = frozenset(
    "no nr number numero número numéro is es é est ist är er on as como comme als".split()
)
# a label's words less the gap's ("company", "registro", "tin"; not "number")
_LABEL_WORDS = frozenset(
    word
    for phrase in (*COMPANY_REGISTER_NOUNS, *TAX_REGISTER_NOUNS, *REGISTER_ACRONYMS)
    for word in re.split(r"[ .'’]+", phrase.lower())
    if len(word) > 1
) - _GAP_WORDS
_GATE_WORD = re.compile(r"[^\W\d_][\w-]*")


def _slot(text: str, value_start: int) -> re.Match[str] | None:
    """The register label ending right before ``value_start`` (within 60 characters)."""
    lo = max(0, value_start - 60)
    words = [w.lower() for w in _GATE_WORD.findall(text, lo, value_start)[-6:]]
    while words and words[-1] in _GAP_WORDS:
        words.pop()  # "company number: is": the gap's words
    # the label's word ends the words, or comes before the owner ("NIPC do fornecedor")
    if not words or not any(w in _LABEL_WORDS for w in words[-4:]):
        return None  # no label's word right before the value: the label search is skipped
    line = text.rfind("\n", lo, value_start)
    m = _LABEL.search(text, line + 1 if line >= 0 else lo, value_start)
    if m is None or not (
        m.group("company") or m.group("owners") or m.group("tax") or m.group("acronym")
    ):
        return None
    return m


def _owned_by_company(text: str, label: re.Match[str], lo: int, hi: int) -> bool:
    if label.group("company") or label.group("owners"):
        return True
    if re.search(_OUR + r"$", text[max(lo, label.start() - 40) : label.start()]):
        return True
    if label.group("tax") and label.group("tax").lower().endswith("unk"):
        return True  # Hungarian "adószámunk": our tax number
    return firm_in_sentence(text, lo, hi)


def register_slot_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, int]]:
    """(label start, value end, value start) of each firm's register number in a register
    slot that a rule's hit reaches; read only around those hits."""
    people = [(h[1], h[2]) for h in hits if h[0] in _NEVER_DROPPED]
    spans: list[tuple[int, int, int]] = []
    for hit in sorted(hits, key=lambda h: h[1]):
        if hit[0] in _NEVER_DROPPED or (spans and hit[1] < spans[-1][1]):
            continue
        if _digit_count(text[hit[1] : hit[2]]) < 6:
            continue
        for value in _VALUE.finditer(text, max(0, hit[1] - 12), min(len(text), hit[2] + 12)):
            if not (value.start() <= hit[1] + 12 and hit[2] <= value.end() + 1):
                continue
            if not 6 <= _digit_count(value.group()) <= 15:
                continue
            label = _slot(text, value.start())
            if label is None or label.start() == value.start():
                continue
            lo = sentence_start(text, label.start(), ends=_SENTENCE_END, reach=160)
            if (speaker := _SPEAKER.match(text, lo)) and speaker.end() <= label.start():
                lo = speaker.end()
            hi = sentence_stop(text, value.end(), ends=_SENTENCE_END, reach=160)
            if governed_by_person(text, lo, hi, people):
                continue  # "my tax number", "REGON ... mojej firmy", a sole trader's name
            if _personal_cue(text, lo, value.start()) or _value_fails(label, value.group()):
                continue  # "asks for the SSN", a CUIT of a person's type
            if WORKER_AFTER.match(text, value.end()):
                continue  # "... of the new employee"
            if PHONE_WORD_BEFORE.search(text, lo, label.start()):
                continue  # "Telefone no cadastro do fornecedor: ...": a phone in the slot
            if not _owned_by_company(text, label, lo, hi):
                continue
            spans.append((label.start(), value.end(), value.start()))
            break
    return sorted(set(spans))
