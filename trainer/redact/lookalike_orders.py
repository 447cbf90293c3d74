"""Order, invoice and shipment numbers after the cues of pl cs sk ro da nb sv fi tr ms id hu hr sl.

``references.reference_before`` keeps a number after an order cue of the seven languages it
was written for; this adds how marketplace and shop texts name an order, an invoice, a parcel
or a booking in Polish, Czech, Slovak, Romanian, Danish, Norwegian, Swedish, Finnish, Turkish,
Malay, Indonesian, Hungarian, Croatian and Slovenian ("zamówienie nr ...", "objednávka č. ...",
"comanda nr. ...", "ordrenr. ...", "tilausnumero ...", "sipariş no ...", "no. pesanan ...",
"rendelés ...", "narudžba ...", "naročilo št. ..."), and the Turkish postposed form, where the
number comes first and "numaralı" (numbered) or "nolu" ties it to the noun ("... numaralı
sipariş"), and the Hungarian one, the number before its noun ("A 4512345678 megrendelés").

Fail closed, as ``reference_before`` does: the number stays only when it is no phone as its
plan writes it, no card and no checked id (``personal_numbers.personal_number``, and the
national ids of these countries: ``national_id``), no valid
phone of the countries whose language the cue is in (a Polish mobile is nine digits with no
trunk 0, a Danish or Norwegian number eight; a Czech cue does not ask the Turkish plan), and no
contact word follows it on its line. A number that is the subject of a negated delivery verb
("... still hasn't shipped", "... belum dikirim": ``delivered_after``) is an order's even when it is
a valid phone: no phone ships; a card or a checked id stays redacted there too.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from trainer.redact import prefilter
from trainer.redact.checksums import cpf_ok
from trainer.redact.checksums_intl import nif_pt_ok, sa_id_ok, sv_nummer_ok, valid_date
from trainer.redact.checksums_nordic_east import hetu_ok, personnummer_ok, pesel_ok, tckn_ok
from trainer.redact.folding import fold
from trainer.redact.ids_checks import cnp_ok, fnr_ok, nric_ok
from trainer.redact.ids_structured import emso_ok
from trainer.redact.personal_numbers import (
    CONTACT_WORD_AFTER,
    checked_id,
    parsed,
    personal_number,
)

# Cue nouns by language, folded (lower case, no accents: "zamówienie" -> "zamowienie",
# "sipariş" -> "siparis"), with the inflections that stand before a number ("nr zamówienia"),
# and the regions whose phones a customer writing that language would give.
_CUES_BY_LANGUAGE = {
    # pl: order, invoice, parcel, shipment, booking, receipt
    ("PL",): "zamowienie|zamowienia|zamowieniu|faktura|faktury|fakturze|przesylka|przesylki|"
    "paczka|paczki|zlecenie|zlecenia|rezerwacja|rezerwacji|paragon|numer nadania",
    # cs, sk (the same nouns, and Slovak's own spellings)
    ("CZ", "SK"): "objednavka|objednavky|objednavce|objednavke|faktura|faktury|zasilka|zasilky|"
    "zasilku|zasielka|zasielky|balik|baliku|rezervace|rezervacia|uctenka",
    # ro
    ("RO",): "comanda|comenzii|comanzii|factura|facturii|coletul|coletului|colet|rezervarea|"
    "rezervare|bon fiscal",
    # da, nb
    ("DK", "NO"): "ordre|ordrenr|ordrenummer|bestilling|bestillingen|bestillingsnr|"
    "bestillingsnummer|faktura|fakturanr|fakturanummer|pakke|pakken|pakkenr|pakkenummer|"
    "forsendelse|forsendelsen|forsendelsesnummer|sendingsnummer|sendingen|sporingsnummer|"
    "kvittering",
    # sv
    ("SE",): "ordernr|ordernummer|bestallning|bestallningen|bestallningsnummer|faktura|fakturan|"
    "fakturanr|fakturanummer|paket|paketet|kolli|kollinummer|forsandelse|forsandelsen|"
    "sparningsnummer|kvitto|kvittot|bokningsnummer",
    # fi
    ("FI",): "tilaus|tilauksen|tilausnumero|tilausnro|lasku|laskun|laskunumero|lahetys|"
    "lahetyksen|lahetysnumero|seurantanumero|paketti|paketin|kuitti|varaus|varausnumero",
    # tr
    ("TR",): "siparis|siparisi|siparisin|siparis numarasi|kargo|kargonun|kargo takip|takip|"
    "gonderi|gonderinin|rezervasyon|paket",
    # ms, id (Malay and Indonesian share "pesanan", order)
    ("MY", "ID"): "pesanan|invois|resit|penghantaran|penjejakan|tempahan|bungkusan|faktur|"
    "resi|pengiriman|kiriman|paket|reservasi|struk",
    # hu: order, parcel, shipment, booking, receipt ("számla", invoice, also names a bank
    # account: no cue)
    ("HU",): "rendeles|rendelesszam|megrendeles|megrendelesszam|csomag|csomagszam|"
    "szallitmany|foglalas|foglalasszam|nyugta",
    # hr: order, order form, parcel, booking ("račun", invoice, also names a bank account:
    # ``_ACCOUNT_NOUNS``)
    ("HR",): "narudzba|narudzbe|narudzbu|narudzbenica|posiljka|posiljke|posiljku|paket|"
    "rezervacija|rezervacije|racun|racuna",
    # sl: order, parcel, booking, invoice ("račun" as in hr)
    ("SI",): "narocilo|narocila|narocilu|posiljka|posiljke|posiljko|paket|paketa|rezervacija|"
    "rezervacije|racun|racuna",
}
# Invoice nouns that also name a bank account ("številka računa", "broj računa"): a cue only for
# a number in the year-serial layout (``_YEAR_SERIAL``), which no bank account number has (a
# Slovenian or Croatian account is 5-7 digits, a hyphen and up to ten; a Hungarian one 8-8-8).
_ACCOUNT_NOUNS = frozenset(("racun", "racuna"))
# noun -> the regions of every language that uses it ("faktura", "paket" are several's)
_REGIONS_OF: dict[str, tuple[str, ...]] = {}
for _regions, _nouns in _CUES_BY_LANGUAGE.items():
    for _noun in _nouns.split("|"):
        _REGIONS_OF[_noun] = tuple(dict.fromkeys(_REGIONS_OF.get(_noun, ()) + _regions))
_CUE_NOUNS = "|".join(sorted(_REGIONS_OF, key=len, reverse=True))
# "nr", "č." (folded "c."), "no", "nro", "numer", "numero", "numarası", "sz." (szám), "nomor",
# "št." (številka), "br." (broj), "#", ":" between the cue and the number, or "nr zamówienia"/
# "nombor pesanan" with the mark first.
_MARK = r"(?:nr|nro|no|n|c|sz|st|br|numer|numero|nummer|numarasi|numara|nombor|nomor|num|broj)\.?"
_CUE_BEFORE = re.compile(
    rf"\b(?:{_MARK}\s)?(?P<noun>{_CUE_NOUNS})(?:\s?{_MARK})?(?:-\s?|\s?[#:]?\s?)$"
)
# Turkish: "6977... numaralı sipariş", "... nolu fatura" (folded: "numarali", "nolu").
_CUE_AFTER = re.compile(
    r"\s(?:numarali|nolu|no\.?lu)\s(?:siparis|fatura|kargo|gonderi|paket|rezervasyon|"
    r"takip|iade)"
)
# Hungarian puts the number before its noun as an attribute ("A 4512345678 megrendelés még
# nyitott", the order; folded): the noun right after the number.
_CUE_AFTER_HU = re.compile(r"\s(?:megrendeles|rendeles|szallitmany|foglalas)\b")
_WORDS = frozenset(
    w for cue in _REGIONS_OF for w in cue.split() if w not in ("bon", "numer")
) | {"numarali", "nolu"}
prefilter.register("ref_cue_intl", _WORDS)

_NUMBER = re.compile(r"[A-Za-z]{0,4}-?\d[\d .\-/]*\d|[A-Za-z]{0,4}-?\d")
_LETTER_LED = re.compile(r"[A-Za-z].*|.*/.*")
# Poland, Czechia, Slovakia, Denmark and Norway have no trunk prefix; Turkish numbers are written
# with or without theirs ("532 ...", "0532 ..."); Romania, Sweden, Finland, Malaysia, Indonesia,
# Hungary ("06"), Croatia and Slovenia write the trunk 0 (a run without it is no national number
# there; with a country code ``personal_number`` already asks every plan).
_TRUNKLESS = frozenset(("PL", "CZ", "SK", "DK", "NO", "TR"))
_TRUNK_ZERO = frozenset(("RO", "SE", "FI", "MY", "ID", "HU", "HR", "SI", "TR"))


# Danish CPR "DDMMYY-NNNN" and Malaysian MyKad "YYMMDD-PB-NNNN": no check digit, so the layout
# with a valid birth date is enough (review R1).
_CPR = re.compile(r"(\d\d)(\d\d)\d\d-\d{4}")
_MYKAD = re.compile(r"\d\d(\d\d)(\d\d)-\d\d-\d{4}")


# A year, a hyphen and a serial of 3-5 digits ("2024-0815", "2025-31337"): how shops and
# invoicing software number documents by year. None of the ids ``checked_id`` or the NIF
# checks is printed so (BSN 9 or 4.2.3, SIN and TFN 3-3-3, NIF 9 or 3-3-3, Aadhaar 4-4-4,
# Medicare 4-5-1, DNI 8+letter, PPS 7+letters), and 7-9 digits pass one of those weak checks
# about one time in three; the birth-date schemes below still apply to it.
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d-\d{3,5}")


# Brazil's nota fiscal (invoice) cue right before a number (review 15: "NF: <CPF>").
_NOTA_FISCAL = re.compile(r"(?:\bNF(?:-?e)?|(?i:\bnota\sfiscal))[\s#:.nº°o]{0,6}$").search


def national_id(text: str, start: int, value: str, *, any_checked: bool = True) -> bool:
    """The number passes a national id's check (PESEL, EMŠO, T.C. Kimlik No, personnummer, HETU,
    fødselsnummer, CNP, NRIC, ... and ``checked_id``'s) or has the CPR or MyKad layout with a
    valid date: no order number then, whatever cue stands before it (review R1). Without
    ``any_checked``, only the schemes that carry a birth date, not every check digit
    ``checked_id`` knows nor the Portuguese NIF (the older order cues keep "PO 4515754014" and
    "Bestellnummer 123456789", which pass one)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    n = len(digits)
    if any_checked and _YEAR_SERIAL.fullmatch(value):
        any_checked = False  # the weak checks' ids are never printed as a year and a serial
    if any_checked and checked_id(value):
        return True
    if n == 11 and (pesel_ok(digits) or tckn_ok(digits) or fnr_ok(digits)):
        return True
    # eleven solid digits with both CPF check digits (1 in 100 of random runs) are an id after
    # any order cue (fail closed: "Pedido nº <CPF>"); grouped otherwise, only after the nota
    # fiscal's cue, where the customer's CPF is printed
    if n == 11 and cpf_ok(digits):
        if value == digits or _NOTA_FISCAL(text, max(0, start - 24), start):
            return True
    if n == 10 and (personnummer_ok(digits) or sv_nummer_ok(digits)):
        return True
    if n == 12 and digits[:2] in ("19", "20") and personnummer_ok(digits[2:]):
        return True
    if n == 13 and (cnp_ok(digits) or sa_id_ok(digits) or emso_ok(digits)):
        return True
    if any_checked and n == 9 and nif_pt_ok(digits):
        return True
    if hetu_ok(text[start : start + 11]) or nric_ok(text[start : start + 9]):
        return True  # the check letter ends them, outside the digit run
    if (m := _CPR.fullmatch(value)) and valid_date(m[1], m[2]):
        return True
    return bool((m := _MYKAD.fullmatch(value)) and valid_date(m[2], m[1]))


@lru_cache(maxsize=1024)
def _local_phone(digits: str, regions: tuple[str, ...]) -> bool:
    """A valid phone of one of ``regions`` (the cue's languages') as their people write it."""
    if not 7 <= len(digits) <= 13:
        return False
    written = _TRUNK_ZERO if digits[0] == "0" else _TRUNKLESS
    for region in regions:
        if region not in written:
            continue
        number = parsed(digits, region)
        if number is not None and phonenumbers.is_valid_number(number):
            return True
    if digits[0] != "0":  # the country code written without "+" ("6281234567890")
        try:
            number = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return False
        region = phonenumbers.region_code_for_number(number)
        return region in regions and phonenumbers.is_valid_number(number)
    return False


# After the number, a negated verb of the order's delivery ("order ... still hasn't shipped",
# "pedido ... ainda não chegou", "pedido ... sigue sin llegar", "ordre ... er fortsatt ikke
# sendt", "pesanan ... belum dikirim", Czech "... ještě nedorazila"): the number is the subject
# of a complaint that something has not shipped or arrived, which only an order or a parcel is.
# A bare "Pedido ... enviado" proves less and stays with the phone checks (folded stems).
_NEGATION = (
    r"(?:not|\w+n't|no|nao|sin|ikke|ikkje|inte|ei|nicht|niet|pas|non|belum|tidak|nie|nije|nu|"
    r"nem|ne|hala|henuz|hanuz)"
)
_DELIVERY_STEMS = (
    r"(?:ship|arriv|deliver|dispatch|come|llega|llego|envia|entreg|despach|cheg|spedit|consegn|"
    r"expedi|livre|arriv|angekommen|ankommen|versandt|versendet|verschickt|geliefert|"
    r"zugestellt|aangekomen|verzonden|geleverd|bezorgd|sendt|levert|leveret|kommet|ankommet|"
    r"skickad|levererad|kommit|dotarl|wyslan|dostarcz|doszl|doraz|odeslan|odoslan|dorucen|"
    r"sosit|livrat|expediat|ajuns|erkez|kiszallit|feladt|stigl|poslan|isporucen|saapu|"
    r"lahetet|toimitet|ulas|gonderil|kargoland|teslim|dihantar|dikirim|sampai|tiba|diterima)"
)
_DELIVERY_AFTER = re.compile(
    rf"[ \t,(]{{1,2}}(?:[\w']+[ \t]+){{0,3}}(?:{_NEGATION}[ \t]+(?:[\w']+[ \t]+){{0,2}}"
    rf"{_DELIVERY_STEMS}|ne{_DELIVERY_STEMS})"
)


# Words that ask to be contacted, folded, anywhere on the number's line ("... not shipped?
# whatsapp me", "... belum sampai? WA aja", "... pas encore livrée ? écris-moi"): then the
# number may be the writer's phone, and the delivery verb proves nothing.
_CONTACT_ON_LINE = re.compile(
    r"\b(?:phone|tel|telp|telpon|telepon|telefon\w*|telefoon|telefone|mobile?|mob|cell|celular|"
    r"cellulare|movil|portable|handy|gsm|hp|fax|whatsapp|wa|sms|text|texte|txt|call|ring|bel|"
    r"bellen|ruf|anrufen|appel\w*|appelle\w*|ecri[st]\w*|llama\w*|chiama\w*|liga\w*|"
    r"hubungi|arayin|ara|zadzwon\w*|dzwon\w*|soita|ring\w*|contact\w*|kontak\w*|dm)\b"
)


def delivered_after(text: str, end: int) -> bool:
    """A delivery verb follows the number that ends at ``end`` on its line (``_DELIVERY_AFTER``)
    and no contact word stands anywhere on that line (``_CONTACT_ON_LINE``)."""
    line_end = text.find("\n", end, end + 60)
    tail = fold(text[end : line_end if line_end >= 0 else end + 60])
    if _DELIVERY_AFTER.match(tail) is None or CONTACT_WORD_AFTER.match(text, end) is not None:
        return False
    return _CONTACT_ON_LINE.search(line_window(text, end)) is None


_LINE_WINDOW = 120


def line_window(text: str, end: int) -> str:
    """The number's line, folded and lower-cased, at most ``_LINE_WINDOW`` characters either
    side of ``end``: the cost per number stays bounded on a very long line."""
    line_start = max(text.rfind("\n", max(0, end - _LINE_WINDOW), end) + 1, end - _LINE_WINDOW)
    full_end = text.find("\n", end, end + _LINE_WINDOW)
    return fold(text[line_start : full_end if full_end >= 0 else end + _LINE_WINDOW]).lower()


def order_reference(text: str, start: int) -> bool:
    """The number at ``start`` follows (or, in Turkish, precedes) an order, invoice, parcel or
    booking cue of pl cs ro da nb sv fi tr ms, and is no phone, card or id."""
    found = prefilter.keywords(text).get("ref_cue_intl")
    if not found:
        return False  # most texts: one dictionary lookup
    run = _NUMBER.match(text, start)
    if run is None:
        return False
    value = run.group().rstrip(" .-/")
    end = start + len(value)
    before = any(s >= start - 32 and e <= start for s, e in found) and _CUE_BEFORE.search(
        fold(text[max(0, start - 32) : start])
    )
    if before:
        regions = _REGIONS_OF[before.group("noun")]
        if before.group("noun") in _ACCOUNT_NOUNS and not _YEAR_SERIAL.fullmatch(value):
            return False  # "račun 0510..." may be a bank account
    elif any(s >= end and e <= end + 24 for s, e in found) and _CUE_AFTER.match(
        fold(text[end : end + 24])
    ):
        regions = ("TR",)
    elif any(s >= end and e <= end + 16 for s, e in found) and _CUE_AFTER_HU.match(
        fold(text[end : end + 16])
    ):
        regions = ("HU",)
    else:
        return False
    if CONTACT_WORD_AFTER.match(text, end):
        return False  # "zamówienie 601234567 to mój telefon"
    if national_id(text, start, value):
        return False  # "Zamówienie nr 90010112349": a PESEL (review R1)
    letter_led = _LETTER_LED.fullmatch(value) is not None
    if personal_number(value, layout_ok=True, as_written=True):
        return False  # a card number
    digits = "".join(ch for ch in value if ch.isdigit())
    local = not letter_led and _local_phone(digits, regions)
    if not local and delivered_after(text, end):
        return True  # "pesanan ... belum dikirim": no phone ships (a local phone may: R6)
    if personal_number(value, layout_ok=letter_led, as_written=True):
        return False
    return not local
