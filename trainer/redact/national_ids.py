"""National identifiers: found by shape plus check digit, or after a cue word.

Shapes follow each issuer's published rules, in the separators people actually type:
UK NINO, Brazilian CPF and CNPJ, Indian Aadhaar (Verhoeff) and PAN, French NIR (mod 97),
Spanish DNI and NIE (mod-23 letter), Dutch BSN (11-proef), German Steuer-ID (ISO 7064),
Personalausweis (7-3-1) and Versicherungsnummer (DRV), Italian codice fiscale (check letter,
omocodia letters, any case), Australian Medicare, Irish PPS number (mod-23 letter), Canadian SIN
(Luhn) and Australian TFN (mod 11) in their printed 3-3-3 grouping; the Polish, Swedish,
Finnish and Turkish personal numbers and the US ITIN (``ids_nordic_east``), passport MRZ
lines (``ids_mrz``), German KVNR and Brazilian CNS beside a health word (``ids_health``). Any other
identifier (passport, licence,
Steuernummer ...) and any of these written another way is caught after its cue ("DNI:",
"Personalausweisnummer lautet", "codice fiscale", "PPS number").
A number after an order/invoice cue ("Bestellnummer 123456782") is a reference, not an id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.redact import prefilter
from trainer.redact.checksums import (
    NIR_OPENING,
    ausweis_ok,
    bsn_ok,
    cnpj_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    iso7064_mod11_10_ok,
    medicare_ok,
    pps_ok,
    rvnr_ok,
    steuer_id_ok,
)
from trainer.redact.hits import Hit
from trainer.redact.ids_accounts import bridge, bridged_value_ok, find_accounts
from trainer.redact.ids_acronym_number import acronym_number_ends
from trainer.redact.ids_al_ao_cm import find_al_ao_cm_ids
from trainer.redact.ids_bank_layouts import find_bank_layouts
from trainer.redact.ids_bare_runs import find_bare_codes, handed_over
from trainer.redact.ids_bo_tz import find_bo_tz_ids
from trainer.redact.ids_ch_id import find_ch_id_ids
from trainer.redact.ids_country_shapes import find_country_shapes, find_lettered_shapes
from trainer.redact.ids_cues import ID_CUE as _ID_CUE
from trainer.redact.ids_cues import ID_LINK as _LINK
from trainer.redact.ids_cues import UPPER_ONLY as _UPPER_ONLY
from trainer.redact.ids_czpl import find_czpl_accounts
from trainer.redact.ids_gates import find_gated_ids
from trainer.redact.ids_gh_lu_ec import find_gh_lu_ec_ids
from trainer.redact.ids_handover import HANDOVER_CATEGORIES, find_handed_over
from trainer.redact.ids_health import find_health_ids
from trainer.redact.ids_intl import find_intl_ids
from trainer.redact.ids_letter_codes import find_letter_codes
from trainer.redact.ids_mbi import find_mbi
from trainer.redact.ids_mrz import find_mrz
from trainer.redact.ids_mt_si_uy import find_mt_si_uy_ids
from trainer.redact.ids_mz_bi import find_mz_bi
from trainer.redact.ids_nhi import find_nhis
from trainer.redact.ids_ni_ve_dz_ht import find_ni_ve_dz_ht_ids
from trainer.redact.ids_nordic_east import find_nordic_east_ids
from trainer.redact.ids_pay_into import find_paid_into, find_used_for
from trainer.redact.ids_payment_flows import find_payment_flows
from trainer.redact.ids_pl_it_cards import find_pl_it_cards
from trainer.redact.ids_reference_checked import find_checked_after_reference
from trainer.redact.ids_stdnum import find_stdnum_ids
from trainer.redact.ids_structured import find_structured_ids
from trainer.redact.ids_us_anumber import find_a_numbers
from trainer.redact.ids_world import find_world_ids
from trainer.redact.keep_veto import gtin_with_cue, personal_value_at
from trainer.redact.lookalike_creditor_refs import creditor_reference
from trainer.redact.lookalike_grants import grant_number
from trainer.redact.lookalike_keyed_standards import keyed_standard_number
from trainer.redact.lookalike_org_registers import org_register_number
from trainer.redact.lookalike_parcels import parcel_number
from trainer.redact.personal_numbers import aadhaar_ok, nine_digit_id, written_phone
from trainer.redact.quantities import GROUPED_QUANTITY_AFTER, GROUPED_QUANTITY_BEFORE
from trainer.redact.references import cue_before, product_before, record_number
from trainer.redact.tracking import inside_tracking_number

_END = r"(?![\w]|[.,/-]\d)"
# Shapes made of digits and separators (searched around runs of six or more digits).
_NUMERIC_IDS = re.compile(
    r"(?P<nino>\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ -]?\d{2}[ -]?\d{2}"
    r"[ -]?\d{2}[ -]?[A-D]\b)"
    # typed in lower case, compact ("ab123456c"): the same prefix rules
    r"|(?P<nino_lc>\b(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]\b)"
    r"|(?<![\w.,/-])(?:"
    r"(?P<nie>[XYZxyz][ .-]?\d{7}[ .-]?[A-Za-z])"
    r"|(?P<dni>\d{2}(?P<dsep>\.?)\d{3}(?P=dsep)\d{3}[ .-]?[A-Za-z])"
    r"|(?P<cnpj>\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2})"
    r"|(?P<cpf>\d{3}(?P<csep>[. ]?)\d{3}(?P=csep)\d{3}[-. ]?\d{2})"
    r"|(?P<steuer>[1-9]\d(?P<ssep>[ ./]?)\d{3}(?P=ssep)\d{3}(?P=ssep)\d{3})"
    r"|(?P<bsn>\d{3}(?P<bsep>[ .]?)\d{3}(?P=bsep)\d{3}|\d{4}(?P<bsep2>[ .])\d{2}(?P=bsep2)\d{3})"
    r"|(?P<sin>\d{3}-\d{3}-\d{3})"  # a Canadian SIN or Australian TFN written with hyphens
    r"|(?P<aadhaar>[2-9]\d{3}(?P<asep>[ -]?)\d{4}(?P=asep)\d{4})"
    r"|(?P<pps>\d{7} ?[A-W][ABHWTX]?)"  # Irish PPS number: 7 digits, check letter (+ letter)
    r"|(?P<rvnr>\d{2} ?\d{6} ?[A-Z] ?\d{3})"  # German Versicherungsnummer: "12 150385 M 123"
    r"|(?P<medicare>[2-6]\d{3} \d{5} \d(?:[ /-]?\d)?)"
    r"|(?P<nir>[1-478] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?"
    r"(?P<key>\d{2}))"
    r")" + _END
)
# Shapes that mix letters and digits (searched around letter-digit contacts).
_OMO = "[0-9LMNP-V]"  # a codice fiscale digit, or its omocodia letter
_LETTER_IDS = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<cf>(?ai:[A-Z]{3} ?[A-Z]{3} ?"
    + _OMO
    + r"{2} ?[A-EHLMPR-T]"
    + _OMO
    + r"{2} ?[A-Z]"
    + _OMO
    + r"{3} ?[A-Z]))"
    r"|(?P<pan>[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])"
    r"|(?P<ausweis>[CFGHJ-NPRTV-Z][CFGHJ-NPRTV-Z0-9]{8}\d)"
    r")(?![\w-])"
)
# A codice fiscale whose seven digits were all replaced (omocodia) has no digit left; written in
# capitals, it is searched on its own (the scan skips lower-case text quickly).
_CF_NO_DIGIT = re.compile(
    r"[A-Z](?<![\w-][A-Z])[A-Z]{2} ?[A-Z]{3} ?[LMNP-V]{2} ?[A-EHLMPR-T][LMNP-V]{2} ?"
    r"[A-Z][LMNP-V]{3} ?[A-Z](?![\w-])"
)
# ``_CF_NO_DIGIT``'s capitals and optional spaces over a mask of the text's UTF-8 bytes (A-Z
# "U", a space " ", any other byte "."): where the mask has no such run the scan finds nothing.
_CAPITALS_MASK = bytes(85 if 65 <= c <= 90 else 32 if c == 32 else 46 for c in range(256))
_CF_MASK = re.compile(rb"UUU ?UUU ?UU ?UUU ?UUUU ?U")

_CHUNK = re.compile(r"[A-Za-z0-9]+")
# A bare "CPR" is also cardiopulmonary resuscitation ("the CPR 2024-11 course"): a cue only
# before the Danish layout DDMMYY-NNNN; "CPR-nummer", "CPR nr" are cues before any value.
_BARE_CPR = re.compile(r"(?i)cpr\b(?![-\s]?n(?:r|ummer))")
_CPR_LAYOUT = re.compile(r"\d{6}[-\s]?\d{4}")


def find_national_ids(text: str) -> list[Hit]:
    """National identifiers reliable by checksum, by format (NINO, PAN) or after a cue."""
    hits: list[Hit] = []
    for start, end in prefilter.keywords(text).get("id_cue", ()):
        if (
            end - start <= 4
            and text[start:end].lower() in _UPPER_ONLY
            and not text[start:end].isupper()
        ):
            continue  # "sin", "pan", "nie", "cf" are words; only "SIN", "PAN" ... are cues
        if text[start:end] == "ID" and (
            _word_before_id(text, start)
            or not (_BARE_ID_VALUE.match(text, end) or _ID_BRIDGE.match(text, end))
        ):
            continue  # "Order ID 123456", "Meeting-ID ...", "ID de reunión: ...": a thing's id
        hyphenated = text[start + 2 : start + 3] == "-" and text[start : start + 2].lower() == "id"
        if hyphenated and _word_before_id(text, start):
            continue  # "Order ID-nummer ...": the order's, as a bare "ID" after a thing word
        if (
            (span := _after_cue(text, start))
            and not (_BARE_CPR.match(text, start) and not _CPR_LAYOUT.fullmatch(text, *span))
            and not org_register_number(text, span[0])
            and not court_docket(text, span[0])
        ):
            hits.append(("NATIONAL_ID", *span))
    # an unknown scheme's acronym beside the number word: "FNPF number: ...", "número de DIP
    # es ..." (``ids_acronym_number``)
    for end in acronym_number_ends(text):
        if span := _acronym_value(text, end):
            hits.append(("NATIONAL_ID", *span))
    # A numeric id contains its run of digits, give or take a letter prefix or check letter.
    if runs := prefilter.digit_runs(text):
        regions = prefilter.windows(text, runs, before=4, after=3)
        for m in prefilter.finditer_in(_NUMERIC_IDS, text, regions):
            if (
                _numeric_id_ok(text, m)
                and not _gives_way(text, m)
                and not _grouped_quantity(text, m)
            ):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    if mixed := prefilter.letter_digit_contacts(text):
        # the first letter-digit contact of a codice fiscale is at most 10 characters in
        regions = prefilter.windows(text, mixed, before=11, after=12)
        for m in prefilter.finditer_in(_LETTER_IDS, text, regions):
            if _letter_id_ok(m) and not _gives_way(text, m):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
        # a code of capitals and digits handed over bare: fail closed (``ids_bare_runs``)
        hits += find_bare_codes(text, gives_way=is_reference)
        # US Medicare Beneficiary Identifiers by their CMS layout (``ids_mbi``)
        hits += find_mbi(text, mixed, gives_way=is_reference)
        # Mozambique's BI, twelve digits and a letter (``ids_mz_bi``)
        hits += find_mz_bi(text, mixed, gives_way=is_reference)
        # New Zealand's NHI by its mod-11 check, cue or none (``ids_nhi``)
        hits += find_nhis(text, gives_way=is_reference)
    # The shared gate of the detectors below: each needs a run of six digits or more (a CURP's
    # or RFC's date and an NRIC's seven digits are one too; most posts have none).
    if runs:
        # passport-layout numbers handed over bare, Quebec's RAMQ by its date (``ids_letter_codes``)
        hits += find_letter_codes(text, gives_way=is_reference, handed=handed_over)
        # CURP, RFC, CLABE, SV-Nummer, NIF, IRD, SA identity number (``ids_intl``)
        hits += find_intl_ids(text, gives_way=is_reference)
        # PESEL, personnummer, henkilötunnus, T.C. Kimlik No, ITIN (``ids_nordic_east``)
        hits += find_nordic_east_ids(text, gives_way=is_reference)
        # NRIC/FIN, CNP, dotted DNI, CBU (``ids_world``)
        hits += find_world_ids(text, gives_way=is_reference)
        # EMŠO/JMBG, rodné číslo, Belgian RRN, RUT/RUN, RUC, KRA PIN (``ids_structured``)
        hits += find_structured_ids(text, gives_way=is_reference)
        # Swiss AHV/AVS number, Indonesian NIK and NPWP (``ids_ch_id``)
        hits += find_ch_id_ids(text, gives_way=is_reference)
        # Maltese id card, Slovenian tax number as "SI" + 8, Uruguayan cédula (``ids_mt_si_uy``)
        hits += find_mt_si_uy_ids(text, gives_way=is_reference)
        # Ghana Card, Luxembourg matricule, Ecuadorian RUC (``ids_gh_lu_ec``); Canadian,
        # Peruvian (CCI) and Uruguayan (BROU) account layouts, fourteen digits at least
        # (``ids_bank_layouts``); gated here, as most posts have neither
        longest = prefilter.longest_run_digits(text)
        if longest >= 13 or "GHA" in text or "gha" in text or "Gha" in text:
            hits += find_gh_lu_ec_ids(text, runs)
        if longest >= 14:
            hits += find_bank_layouts(text, runs, gives_way=is_reference)
        # Moldovan IDNP, Moroccan RIB, Honduran RTN, Indian IFSC + account (``ids_country_shapes``)
        # German KVNR, Brazilian CNS by their checks beside a health-insurance word (``ids_health``)
        if longest >= 9:
            hits += find_country_shapes(text, longest=longest, gives_way=is_reference)
            hits += find_health_ids(text, longest=longest, gives_way=is_reference)
        # Albanian NID, Angolan BI, Cameroonian NIU, CEMAC RIB (``ids_al_ao_cm``); Bolivian
        # cédula by its department code, Tanzanian NIDA (``ids_bo_tz``)
        if longest >= 8:
            hits += find_al_ao_cm_ids(text, runs, longest=longest, gives_way=is_reference)
        hits += find_bo_tz_ids(text, runs, longest=longest, gives_way=is_reference)
        # Nicaraguan cédula, Venezuelan cédula and RIF, Algerian NIN and RIB, Haitian CIN
        # (``ids_ni_ve_dz_ht``)
        hits += find_ni_ve_dz_ht_ids(text, runs, gives_way=is_reference)
        # a bare number after "here you go:", "the number is", "for the invoice:" (``ids_handover``)
        if HANDOVER_CATEGORIES & prefilter.keywords(text).keys():
            hits += find_handed_over(text, gives_way=is_reference)
        # Polish NRB and Czech "prefix-number/bank" accounts by their checks (``ids_czpl``)
        hits += find_czpl_accounts(text)
        # account numbers after an account label, with their bank codes (``ids_accounts``)
        hits += find_accounts(text)
        # the account a payment goes into ("Pay the fee into 12-3456-7890123-00"; ``ids_pay_into``)
        hits += find_paid_into(text, gives_way=is_reference)
        # the number a payment is to use ("Use ... for the advance"; ``ids_pay_into``)
        hits += find_used_for(text, gives_way=is_reference)
        # the US Alien Registration Number, cued or grouped (``ids_us_anumber``)
        hits += find_a_numbers(text, gives_way=is_reference)
        # the account a flow of money goes into or comes from (``ids_payment_flows``)
        hits += find_payment_flows(text, gives_way=is_reference)
    # Panamanian lettered cédula; Moroccan CIN where a personal record is named
    hits += find_lettered_shapes(text, mixed=bool(mixed), gives_way=is_reference)
    # Polish dowód osobisty and passport, Italian CIE (``ids_pl_it_cards``)
    if runs or mixed:
        hits += find_pl_it_cards(text, runs, mixed, gives_way=is_reference)
    # Pix random keys, Ugandan NINs, Ghanaian SSNIT numbers, each behind its own gate
    hits += find_gated_ids(text, gives_way=is_reference)
    # passport and identity card MRZ lines, whole (``ids_mrz``; gated on "<<")
    hits += find_mrz(text)
    # an NHI or a person's CUIL after a bare "Reference:" (``ids_reference_checked``)
    if runs or mixed:
        hits += find_checked_after_reference(text)
        # a person's id of any scheme python-stdnum checks, strong alone, in its standard
        # layout or after a cue (``ids_stdnum``)
        hits += find_stdnum_ids(text, runs=runs, mixed=mixed, gives_way=is_reference)
    for m in _cf_without_digits(text):
        if codice_fiscale_ok(m.group().replace(" ", "")):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def _cf_without_digits(text: str) -> Iterable[re.Match[str]]:
    """``_CF_NO_DIGIT.finditer(text)``, scanned only where its sixteen capitals can be: the
    text has that many, and its capitals' mask the layout's run of capitals and single spaces
    (a search that jumps to "UUU" in C). Most posts skip the scan, which tests every character
    (about 7 us on a post of 540 characters)."""
    if prefilter.ascii_upper_count(text) < 16:
        return ()
    if _CF_MASK.search(text.encode("utf-8", "surrogatepass").translate(_CAPITALS_MASK)) is None:
        return ()
    return _CF_NO_DIGIT.finditer(text)


# A French court's répertoire général number, "RG n° 23/01234" (the year's two digits, a slash,
# the serial): a case reference, where the Brazilian RG (an identity card) has no such slash.
_RG_BEFORE = re.compile(r"\bRG(?:[ \t]*(?:n[°º]\.?|no\.?))?[ \t]*:?[ \t]*$")
_RG_DOCKET = re.compile(r"\d{2}/\d{4,6}(?![\w/-]|[.,]\d)")


def court_docket(text: str, start: int) -> bool:
    """The number at ``start`` is a French court's RG number, right after "RG (n°)"."""
    return (
        _RG_DOCKET.match(text, start) is not None
        and _RG_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# A bare "ID" right before its value ("my ID 12345678", "ID: 12345678", "Patient ID ...",
# "scan of ID ...") is a person's identity number; only after a word naming a thing ("Order
# ID", "Transaction ID", "Meeting-ID") is it that thing's id, and so it is before one ("ID
# della riunione: ..."). Fail closed: a person's word (patient, student, employee, member,
# customer, user, voter, passenger, tax, photo ...) or any word not listed is a cue.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t-]*$")
# its value right after it, or after ":", "#", "is", "no."
_BARE_ID_VALUE = re.compile(r"(?:[ \t]*(?:[:#]|is\b|no\b\.?))*[ \t]*\d")
_THING_WORDS = frozenset(
    """order orders transaction transactions txn tx trx payment invoice receipt bill booking
    reservation confirmation ticket tracking shipment parcel package delivery meeting webinar
    conference zoom call room session device product item listing sku article part model
    asset request req case job build task issue bug incident event message msg post thread
    chat channel group video file image report batch lot process container instance server
    node app project workspace run commit release query trace error crash log campaign ad
    cart coupon voucher promo reference ref quote appointment game lobby match
    bestell auftrags rechnungs sendungs sitzungs transaktions besprechungs termin produkt
    artikel vorgangs anfrage geräte vergader bestel transactie zending sessie
    anzeige inserat advertentie annonce anuncio anúncio aviso ogłoszenie oglas""".split()
)  # the last line: a listing or an ad in German, Dutch, French, Spanish/Portuguese, Polish, Slovene


def _word_before_id(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in _THING_WORDS


def _gives_way(text: str, m: re.Match[str]) -> bool:
    """Whether the cue before an id-shaped number makes it a reference (issue #10, fail
    closed). An id that passes its check is an id after an order, invoice or record word
    ("Bestellnummer 123456782" passes the BSN 11-proef); a single check digit or letter (1 in 10
    to 1 in 23) gives way only to a product's own identifier cue ("Modell T220001293"); a check
    a reference passes at most 1 time in 97 never does: the NIR (mod 97), a CPF or CNPJ with its
    separators (two check digits), a codice fiscale. Ids with no check (NINO, PAN) give way to
    any reference cue."""
    if org_register_number(text, m.start()):
        return True  # "CHE-123.456.789", "IDNO 1003600012345": a firm's (lookalike_org_registers)
    kind = m.lastgroup
    if kind in ("nir", "cf") or (kind in ("cpf", "cnpj") and not m.group().isdigit()):
        return False
    if kind == "pan":
        return _is_reference(text, m.start())
    if kind in ("nino", "nino_lc"):
        # the prefix rules and the A-D suffix are HMRC's; a bare "Reference (no.)" is how a
        # NINO is asked for on forms, so only an order's or product's cue keeps one
        return _is_reference(text, m.start()) and not _GENERIC_REFERENCE.search(
            text, max(0, m.start() - 20), m.start()
        )
    return product_before(text, m.start()) and not personal_value_at(text, m.start())


# "Reference no.: AB123456C", "Reference AB123456C": the word alone, no word before it
# ("Order reference ...", "your booking reference ..." stay references)
_GENERIC_REFERENCE = re.compile(
    r"(?<![^\W\d_][ \t])\b(?i:reference)(?:[ \t]+(?i:no\.?|number))?[ \t]*:?[ \t]*$"
)


def _after_cue(text: str, start: int) -> tuple[int, int] | None:
    """The value after an id cue (``_value_at``), right after its link words or after a few
    words and a colon."""
    m = _ID_CUE.match(text, start)
    if not m:
        return None
    pos = _LINK.match(text, m.end()).end()
    if text[pos : pos + 1] in ('"', "'") and text[pos - 1 : pos] in ("=", ":"):
        pos += 1  # a quoted field value: id_number="..."
    if span := _value_at(text, pos):
        return span
    # a few words then a colon: "ID number as printed: ...", "CPR-nummer for arbejdsgiveren:
    # ..."; the value is the label's, when it has six digits at least and is no date or time
    words = BRIDGE.match(text, m.end()) or _COPULA_BRIDGE.match(text, m.end())
    after_link = pos
    while after_link > m.end() and text[after_link - 1] in " \t":
        after_link -= 1
    if words is None and after_link > m.end() and text[after_link - 1].isalnum():
        # or after the cue's link words, which end no sentence: "bilhete de identidade n.º da
        # cliente é ..."
        words = BRIDGE.match(text, after_link) or _COPULA_BRIDGE.match(text, after_link)
    span = _value_at(text, words.end()) if words else None
    if span and (sum(ch.isdigit() for ch in text[slice(*span)]) >= 6 or _coded(text, *span)):
        return span if bridged_value_ok(text, *span) else None
    return None


def _acronym_value(text: str, end: int) -> tuple[int, int] | None:
    """The value after an acronym-and-number-word label ending at ``end`` and its link words:
    six digits at least, no date or time, no register's, docket's or reference's number."""
    span = _value_at(text, _LINK.match(text, end).end())
    if span is None or sum(ch.isdigit() for ch in text[slice(*span)]) < 6:
        return None
    if not bridged_value_ok(text, *span) or org_register_number(text, span[0]):
        return None
    return None if is_reference(text, span[0]) else span


# one token of six to twenty letters and digits, two digits (one from eight characters) and
# two letters at least, in capitals ("9MHEDKX5", "SJDVS8RX"): an id's code, whatever its
# country, after a cue
_CODED = re.compile(r"(?=(?:[A-Z]*\d){2}|[A-Z0-9]{8})(?=[A-Z]*\d)(?=(?:\d*[A-Z]){2})[A-Z0-9]{6,20}")


def _coded(text: str, start: int, end: int) -> bool:
    return _CODED.fullmatch(text, start, end) is not None


# A NIR's key after its 13 digits: two digits, no percentage, decimal or longer number.
_NIR_KEY = re.compile(r" \d\d(?![\w%‰]|[.,]\d| ?[%‰])")
_WORD_GOES_ON = re.compile(r"[^\W\d_]|['’]")


def _nir_body(value: str) -> bool:
    return NIR_OPENING.match(value) is not None  # sex, year and month (``checksums``)


# Words of letters on the cue's line, then a colon (the cue's own phrase goes on).
BRIDGE = re.compile(bridge(4))
# ... or then a copula or "reads": "national ID no. on the form reads ...", "C.I. del paciente
# es ...", "Steuer-ID des Mitarbeiters lautet ..." (six digits at least, as after a colon)
_COPULA_BRIDGE = re.compile(
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,20}){1,4}[ \t]+"
    r"(?i:reads|is|es|est|ist|lautet|è|é|figura[ \t]como|consta[ \t]como|"
    # the value a record's id is changed to: "update the ID on the record to ...", "wijzig
    # het ID-nummer in het dossier naar ...", "changer le numéro ... en ..."
    r"to|naar|auf|in|en|para|para[ \t]o|na)(?![\w])[ \t]*:?[ \t]*"
)
# after a bare "ID": up to four words of its phrase, a copula or "to", then a digit or a code
# ("the ID on the payroll record to ..."); a colon there may end a thing's label ("ID
# riunione: ...", a meeting's), so it is no bridge here
_ID_BRIDGE = re.compile(
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,20}){1,4}[ \t]+(?i:is|to|es|est|ist|naar)"
    r"[ \t]*(?=\d|[A-Z0-9]{6})"
)


def _value_at(text: str, pos: int) -> tuple[int, int] | None:
    """Chunks of letters and digits from ``pos`` joined by single separators, with at least two
    digits (or a valid all-letter codice fiscale)."""
    chunks: list[tuple[int, int]] = []
    while c := _CHUNK.match(text, pos):
        value = c.group()
        if not (any(ch.isdigit() for ch in value) or (value.isupper() and len(value) <= 6)):
            if not (len(value) == 16 and codice_fiscale_ok(value)):
                break
        nxt = c.end()
        if chunks and text[nxt : nxt + 1] == ":" and text[nxt + 1 : nxt + 2].isdigit():
            break  # "... 9:15": a clock time after the value is none of it
        chunks.append(c.span())
        if (
            len(chunks) == 1
            and len(value) >= 9
            and value.isdigit()
            and text[nxt : nxt + 1] == " "
            and not (len(value) == 13 and _nir_body(value) and _NIR_KEY.match(text, nxt))
        ):
            break  # nine solid digits or more are a whole id: "OIB: 12345678903 u 10:00"
            # (but a NIR's 13 digits and its key: "n° de sécu 2690549588157 12")
        if nxt + 1 < len(text) and text[nxt] in " .-/" and text[nxt + 1].isalnum():
            pos = nxt + 1
        else:
            break
    # A trailing letters-only chunk counts only as a single check letter ("12345678 Z").
    while chunks and not any(ch.isdigit() for ch in text[slice(*chunks[-1])]):
        s, e = chunks[-1]
        if e - s == 1 and len(chunks) > 1 and not _WORD_GOES_ON.match(text, e):
            break  # not the initial of a word: "... 921 63 Bérénice", "... 20 L'épicerie"
        if e - s == 16 and len(chunks) == 1:
            break
        chunks.pop()
    if not chunks:
        return None
    lo, hi = chunks[0][0], chunks[-1][1]
    value = text[lo:hi]
    if sum(ch.isdigit() for ch in value) < 2 and not (
        codice_fiscale_ok(value) or _CODED.fullmatch(value)
    ):
        return None
    if sum(ch.isalnum() for ch in value) < 5:
        return None  # "CF 2024", "ID card 12": too short to identify anyone
    return lo, hi


def _numeric_id_ok(text: str, m: re.Match[str]) -> bool:
    kind, value = m.lastgroup, m.group()
    digits = re.sub(r"\D", "", value)
    if kind in ("nino", "nino_lc"):
        return True
    if kind in ("nie", "dni"):
        return dni_ok(re.sub(r"[ .-]", "", value))
    if kind == "cnpj":
        return cnpj_ok(digits) and ("/" in value or "." in value or _cue_before(text, m))
    if kind == "cpf":
        if cpf_ok(digits) and ("." in value or "-" in value or _cue_before(text, m)):
            return True
        if (
            value.isdigit()
            and cpf_ok(digits)
            and not written_phone(digits, solid=True)  # the phone detector's, as before
            and not is_reference(text, m.start())
        ):
            return True  # two check digits (1 in 100): an id with no cue, but not an order's
        if (
            value.isdigit()
            and iso7064_mod11_10_ok(digits)
            and not written_phone(digits, solid=True)
            and not is_reference(text, m.start())
        ):
            return True  # a Croatian OIB (ISO 7064 MOD 11,10) written solid, not an order's
        return value.isdigit() and steuer_id_ok(digits)  # 11 digits written solid
    if kind == "steuer":
        # in the official spaced layout (2-3-3-3) the check digit alone decides: the rule on
        # repeated digits has changed over the years (2016), the check digit has not
        spaced = m.group("ssep") == " "
        return steuer_id_ok(digits) or (spaced and iso7064_mod11_10_ok(digits))
    if kind == "bsn":
        if bsn_ok(digits):
            return True
        # "046 454 286" is also how Canada prints a SIN and Australia a TFN; not the tail of a
        # longer spaced number ("1 000 000 000") nor one digit repeated
        return (
            m.group("bsep") == " "
            and len(set(digits)) > 1
            and not _SPACED_GROUP_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and nine_digit_id(digits)  # (no BSN: checked above)
        )
    if kind == "sin":
        return nine_digit_id(digits)
    if kind == "pps":
        # upper case as issued; a lower-case letter needs a cue, and so does a space before a
        # lone letter that a word may follow ("1234567 A Rivera": the article "A")
        return pps_ok(value.replace(" ", "")) and (
            (value.isupper() and (" " not in value or _PPS_SPACED_END.match(text, m.end())))
            or _cue_before(text, m)
        )
    if kind == "aadhaar":
        return aadhaar_ok(digits) and bool(m.group("asep") or _cue_before(text, m))
    if kind == "medicare":
        return medicare_ok(digits)
    if kind == "rvnr":
        return rvnr_ok(value)
    body = re.sub(r"\s", "", value)[:-2].upper().replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(m.group("key"))


_SPACED_GROUP_BEFORE = re.compile(r"\d[ \u00a0]$")
# after a PPS number spaced before its letters ("1234567 TA", "1234567 T"): the end of the
# sentence, a line or a cell, or punctuation, not a further word
_PPS_SPACED_END = re.compile(r"(?<=[A-Z]{2})|[ \t]*(?:[.,;:)|]|$)", re.MULTILINE)


def _letter_id_ok(m: re.Match[str]) -> bool:
    value = m.group().replace(" ", "")
    if m.lastgroup == "cf":
        # one case throughout ("RSSMRA85T10A562S" or "rssmra85t10a562s")
        return (value.isupper() or value.islower()) and codice_fiscale_ok(value)
    if m.lastgroup == "ausweis":
        return sum(ch.isdigit() for ch in value) >= 4 and ausweis_ok(value)
    return True  # PAN: five letters (fourth = holder type), four digits, a letter


# A number grouped in thousands is a count or an amount when money or a unit is beside it
# ("€367.418.253", "367 418 253 inwoners", "Umsatz: 12.345.678.901 Euro", "Version 1.234.567").
# Decided per id type (issue #10: fail closed where an id is in its canonical separated form):
# a 3-3-3 BSN/SIN/TFN grouping is also how counts of hundreds of millions are written, so a
# unit or money beside it keeps it; a Steuer-ID in its official spacing ("86 095 742 719": no
# population or everyday amount has eleven digits), a CPF (its "-09" tail is no thousands
# group) and a hyphenated SIN are ids whatever stands beside them.
def _grouped_quantity(text: str, m: re.Match[str]) -> bool:
    kind = m.lastgroup
    if m.group().isdigit() or not (kind == "bsn" or (kind == "steuer" and m.group("ssep") in "./")):
        return False
    if _cue_before(text, m):
        return False
    return bool(
        GROUPED_QUANTITY_BEFORE.search(text, max(0, m.start() - 30), m.start())
        or GROUPED_QUANTITY_AFTER.match(text, m.end())
    )


def _cue_before(text: str, m: re.Match[str]) -> bool:
    return _ID_CUE.search(text, max(0, m.start() - 40), m.start()) is not None


def is_reference(text: str, start: int) -> bool:
    """An order, invoice, tracking or product number (its cue sits right before ``start``), or
    a record's number after the record's title (``references``), unless an id cue stands in
    the line before it ("BSN in het dossier: ..."), or a digit run inside a check-valid parcel
    tracking number (``tracking``: "1Z 999 AA1 01 2345 6784"). A card, IBAN, checked id or
    phone as written at ``start`` is never one, whatever the cue (``keep_veto``): the tracking
    number's own check digit proves the thing, and a firm's register and a creditor reference
    ask the veto themselves (their own checks spare them the weak id and layout checks:
    ``lookalike_org_registers``, ``lookalike_creditor_refs``)."""
    if inside_tracking_number(text, start) or org_register_number(text, start):
        return True
    if creditor_reference(text, start):
        return True  # "RFcc ...": its mod 97 proves it (``lookalike_creditor_refs`` asks the veto)
    if keyed_standard_number(text, start):
        return True  # "ISSN <checked>", "ts=<epoch>": their check or range after the key
        # (``lookalike_keyed_standards``; neither shape holds a card, an IBAN or a "+" phone)
    if not _cued_reference(text, start):
        return False
    # "UPC 086983345338": a GTIN's check digit after its cue proves it (``keep_veto``)
    return gtin_with_cue(text, start) or not personal_value_at(text, start)


def _cued_reference(text: str, start: int) -> bool:
    """A cue before ``start`` that makes the number a reference; the firm's register and the
    creditor reference, which ``is_reference`` asks first, are not asked again."""
    if cue_before(text, start):
        return True
    if parcel_number(text, start) or grant_number(text, start):
        return True  # a carrier's tracking number, a grant's number (``lookalike_parcels``,
        # ``lookalike_grants``)
    if court_docket(text, start):
        return True  # "RG n° 23/01234": a court's case number
    if not record_number(text, start):
        return False
    lo = max(0, start - 48, text.rfind("\n", 0, start) + 1)
    return _ID_CUE.search(text, lo, start) is None


_is_reference = is_reference
