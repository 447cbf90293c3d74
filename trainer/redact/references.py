"""Reference numbers that are not PII: what keeps a number from being read as a phone, card or id.

Two keep-rules, both narrow and fail closed (issue #10):

``reference_before``: a cue right before the number. After a product's own identifier cue
(``PRODUCT_BEFORE``: "EAN 4006381333931", "Seriennummer ...", "Version ...") the number is kept,
unless it is a phone with its country code or trunk 0, or a plausible payment card
(``card_schemes``: Luhn-valid, a scheme's IIN range and length; fail closed, save a GS1 key
after a barcode cue). A card opening the run after any cue is never kept ("Order 4532... 2 pcs").
After an order, invoice or shipment cue (``ORDER_BEFORE``: "PO 4515754014", "Bestellnummer
...", "n.º de pedido ...") it is kept only when it is no phone as its plan writes it, no card
and no checked id; after a business document named later (transactions, quotes, receipts, file
references, vouchers ...) only when it is no valid phone of any region, card or weak-check id
(``personal_numbers.personal_number``). Numbers that name a person's own relation with a
company (customer reference, contract, payment reference text such as "Verwendungszweck" or
"betalingskenmerk") are no cue at all: they identify the person just as a customer or account
number does.

``record_number``: a record's number after its title in header position ("Complaint 4471093825"):
the title opens the line or is marked by ':'/'#'/'No.'/'Nr.' and is a noun (never after to/will/I/a
...); the number is one token, no valid phone (unless letter-led), card or weak-check id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact import prefilter
from trainer.redact.card_schemes import gs1_key, scheme_card
from trainer.redact.checksums import gs1_ok, isbn_ok
from trainer.redact.invoice_numbers import invoice_year_serial
from trainer.redact.literal_alternation import longest_first
from trainer.redact.lookalike_creditor_refs import creditor_reference
from trainer.redact.lookalike_orders import delivered_after, national_id, order_reference
from trainer.redact.lookalike_org_registers import org_register_number
from trainer.redact.lookalike_routing import routing_number
from trainer.redact.personal_numbers import (
    CONTACT_WORD_AFTER,
    personal_number,
    phone_digits,
    valid_phone,
)
from trainer.redact.version_numbers import version_number

# Cues for reference numbers that are not PII, directly before the number, in the languages we
# redact. Two kinds (issue #10, fail closed):
# a product's own identifiers (barcodes, SKUs, serial, model, version and build numbers,
# timestamps) name a thing, never a person: the number after them is kept;
_NUMBER_WORD = (
    r"(?i:\s?(?:no\.?|number|nr\.?|num\.?|id|n[º°o]\.?|n\.\s?º|n\.|nummer|n[uú]mero|num[ée]ro|"
    r"code|c[óo]digo))?"
)
_CLOSE = r"(?:-\s?|\s?[#:.]?\s?)$"  # a hyphen only glued to the cue: "PO- 4515"
_NUMBER_TAIL = _NUMBER_WORD + _CLOSE
# No copula between an order cue and its number: it kept phones after "order ... is" (1.14.0).
PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:(?:EAN|GTIN|UPC|ISBN)(?:-?\d{1,2})?|SKU|ASIN)|(?i:\b(?:"
    r"sku|part|serial|s/n|barcode|item|article|model|modell|modelo|mod[èe]le|modello|typ|type|"
    r"lot|batch|art[íi]culo|articolo|artigo|version|versi[óo]n|versione|vers[ãa]o|versie|"
    r"release|build|codice\sa\sbarre|artikel|artikelnummer|art\.-nr|"
    r"c[óo]digo\sde\sbarras|code-barres|strichcode|"
    r"(?:serien|serie)(?:nummer|-?nr\.?)|num[ée]ro\sde\ss[ée]rie|n[uú]mero\sde\sserie|"
    r"numero\sdi\sserie|timestamp|epoch|unix\stime|zeitstempel|horodatage)))" + _NUMBER_TAIL
)
# an order, invoice or shipment cue ("PO 4515754014", "Bestellnummer ...", "n.º de pedido ...",
# "FT 12/2024", the Italian abbreviation of fattura; "NF"/"NF-e", Brazil's nota fiscal) keeps its
# number only when it is no phone as written, no card and no checked id: a phone may stand there.
ORDER_BEFORE = re.compile(
    r"(?:\b(?:PO|P\.O\.|AWB|FT|NF(?:-?e)?)|(?i:\b(?:purchase\sorder|order|invoice|inv|"
    r"ref|reference|ticket|case|tracking|track|shipment|parcel|consignment|"
    r"booking|confirmation|receipt|account\sno|"
    r"pedido|factura|albar[áa]n|env[íi]o|seguimiento|referencia|localizador|"
    r"commande|facture|colis|suivi|r[ée]f[ée]rence|bon\sde\scommande|"
    r"ordine|fattura|spedizione|riferimento|"
    r"bestellung|bestellnummer|bestell-nr|bestellnr|rechnung|rechnungsnummer|auftrag|"
    r"auftragsnummer|sendung|sendungsnummer|bestelling|bestelnummer|factuur|"
    r"factuurnummer|ordernummer|zending|encomenda|fatura|nota\sfiscal|rastreio|rastreamento|"
    # compounds: "inkooporder" (purchase order), "verkooporder", "factuurnr", "Rechnungsnr."
    r"inkooporder|verkooporder|ordernr|bestelnr|factuurnr|rechnungsnr|auftragsnr|fatt|"
    # Spanish "orden" (Latin America: "número de orden", "orden de compra")
    r"orden|orden\sde\scompra)))" + _NUMBER_WORD + _CLOSE
)
# Business documents whose number a phone could be written after ("quote 0612345678"): the
# number is a reference only when ``personal_number`` says it is no phone, card or id.
_DOCUMENT_BEFORE = re.compile(
    r"(?i:\b(?:transaction|transaktion|transacci[óo]n|transazione|transactie|transa[çc][ãa]o|txn|"
    r"quote|quotation|angebot|devis|presupuesto|preventivo|offerte|or[çc]amento|lieferschein|"
    r"livraison|beleg|recibo|ricevuta|re[çc]u|quittung|kassenbon|kassabon|aktenzeichen|kenmerk|"
    r"protocollo|prot\.?|boleto|retoure|referenz|referentie|"
    r"(?:transaktions|angebots|lieferschein|beleg|referenz|vorgangs|kassenbon|bon|offerte|"
    r"transactie|gutschein)(?:nummer|-?nr\.?)|"
    r"voucher|gutschein|gutscheincode|coupon|cup[óo]n|cupom|buono|tegoedbon|rif\.?|c[óo]d\.?))"
    + _NUMBER_TAIL
)


# Every word that can start a ``PRODUCT_BEFORE``, ``ORDER_BEFORE`` or ``_DOCUMENT_BEFORE``
# match (folded as ``prefilter`` folds them); the regexes run only when one sits in the 32
# characters before a number.
_REFERENCE_WORDS = frozenset(
    """po p o ean gtin upc isbn sku asin awb purchase order invoice inv ref reference ticket case
    tracking track shipment parcel consignment part serial s n booking confirmation receipt
    account barcode item article articulo articolo artigo version versione versao versie
    release build model modell modelo modele modello typ type lot batch pedido
    factura albaran envio seguimiento
    referencia localizador commande facture colis suivi bon ordine fattura spedizione
    riferimento codice bestellung bestellnummer bestell rechnung rechnungsnummer auftrag
    auftragsnummer bestellnr sendung sendungsnummer artikel artikelnummer art bestelling
    bestelnummer
    factuur factuurnummer ordernummer zending encomenda fatura nota rastreio rastreamento
    codigo code strichcode ft nf inkooporder verkooporder ordernr bestelnr factuurnr rechnungsnr
    auftragsnr fatt orden transaction transaktion transaccion transazione transactie transacao txn
    quote quotation angebot devis presupuesto
    preventivo offerte orcamento lieferschein livraison beleg recibo ricevuta recu quittung
    kassenbon kassabon aktenzeichen kenmerk protocollo prot boleto retoure
    referenz referentie transaktionsnummer
    angebotsnummer lieferscheinnummer belegnummer referenznummer vorgangsnummer
    kassenbonnummer bonnummer offertenummer transactienummer transaktionsnr
    angebotsnr lieferscheinnr belegnr referenznr vorgangsnr bonnr
    transaktions angebots vorgangs
    seriennummer serienummer seriennr serienr gutscheinnummer
    numero voucher gutschein gutscheincode coupon cupon cupom buono
    tegoedbon timestamp epoch unix zeitstempel horodatage rif cod serien serie""".split()
)
prefilter.register("ref_cue", _REFERENCE_WORDS)

# A video meeting's id after its label, in the layout the conferencing service prints it with:
# Zoom 9-11 digits as 3-3-3, 3-3-4 or 3-4-4 ("Meeting ID: 812 3456 7890"), Webex 4-3-4 ("Meeting
# number: 2634 123 4567"), Teams 3-3-3-3 ("Meeting ID: 123 456 789 012"), or solid; a dial-in
# "#" may close it. No service starts an id with 0 or "+" (a phone's trunk or country code). It
# names a meeting, not a person. Fail closed (review R1): a "conference number" is usually the
# dial-in phone, so it is no label; a contact word after the number on its line, or a personal
# or possessive word before the label on its line ("my meeting ID", "personal Zoom meeting ID":
# Zoom's PMI is one account's for good) keeps it a phone; and an id whose digits are a valid
# phone of a region we redact stays redacted unless it is laid out 3-4-4 (Zoom's 11 digits,
# which no plan we redact writes without its trunk 0 or country code).
_MEETING_BEFORE = re.compile(
    r"(?i:\b(?:(?:meeting|webinar)\s?(?:id|number|no\.?)|conference\s?id|"
    r"(?:besprechungs|meeting|konferenz|webinar|vergader)-?(?:id|kennung|nummer)|"
    r"(?:id|num[ée]ro|n[uú]mero)\s(?:de|du|da)\s(?:la\s)?(?:r[ée]union|reuni[óo]n|reuni[ãa]o)|"
    r"id\s(?:della\s)?riunione))\s?[:#]?\s?$"
)
_OWNER_BEFORE = re.compile(
    r"(?i)\b(?:personal|pers[öo]nliche[rns]?|personnel(?:le)?|personale|pessoal|persoonlijke?|"
    r"my|mein(?:e|er|en)?|mon|ma|mi|mio|mia|meu|minha|mijn|pmi|"
    r"m[óo]j|moja|moje|mojego|mojej|osobist[ya]|mitt|min|mina|personlig[at]?|oma|omani|minun|"
    r"henkil[öo]kohtainen|benim|ki[şs]isel)\b"
)
# Owner words that are also abbreviations: "min" right after a number is minutes ("30 min");
# "mon"/"ma"/"mi" right before a time of day are Monday (en, nl) and Wednesday (de: "Mi 14:00").
# Anywhere else they are "my" (fr, sv, es), and so is every other owner word wherever it stands.
_NUMBER_BEFORE = re.compile(r"\d[ \t]?$")
_TIME_AFTER = re.compile(r"\.?[ \t]?\d{1,2}[:.h]\d\d")


def _owner_word(text: str, lo: int, hi: int) -> bool:
    """An owner word ("my", "mein", "personal", "min" ...) in ``text[lo:hi]``."""
    for m in _OWNER_BEFORE.finditer(text, lo, hi):
        word = m.group().lower()
        if word == "min" and _NUMBER_BEFORE.search(text, max(lo, m.start() - 2), m.start()):
            continue  # "(30 min)"
        if word in ("mon", "ma", "mi") and _TIME_AFTER.match(text, m.end()):
            continue  # "Mon 10:00"
        return True
    return False


_MEETING_LAYOUT = re.compile(
    r"(?:[1-9]\d{2} \d{3} \d{3,4}|(?P<zoom11>[1-9]\d{2} \d{4} \d{4})|[1-9]\d{3} \d{3} \d{4}|"
    r"[1-9]\d{2}(?: \d{3}){3}|[1-9]\d{8,10})#?(?![\w#]|[ .,/-]\d)"
)
_MEETING_WORDS = (
    "meeting webinar conference besprechungs konferenz vergader reunion reuniao riunione"
)
prefilter.register("meeting_cue", frozenset(_MEETING_WORDS.split()))


def meeting_id(text: str, start: int) -> bool:
    """A meeting id in its service's layout right after a meeting-id label (``_MEETING_BEFORE``),
    with no owner word on its line, no contact word after it, and no valid phone unless laid out
    3-4-4."""
    lo = start - 40
    if not any(s >= lo and e <= start for s, e in prefilter.keywords(text).get("meeting_cue", ())):
        return False
    cue = _MEETING_BEFORE.search(text, max(0, lo), start)
    line_start = text.rfind("\n", 0, start) + 1
    if cue is None or _owner_word(text, line_start, cue.start()):
        return False
    m = _MEETING_LAYOUT.match(text, start)
    if m is None or CONTACT_WORD_AFTER.match(text, m.end()) is not None:
        return False
    line_end = text.find("\n", m.end())
    if _owner_word(text, m.end(), len(text) if line_end == -1 else line_end):
        return False  # "Meeting ID: 845 2231 9087 (my personal room)" (review R1b)
    return m.group("zoom11") is not None or not valid_phone(m.group().rstrip("#").replace(" ", ""))


# A Google Meet link: the service's host and a meeting code of ten letters laid out 3-4-3, as
# Meet generates them ("meet.google.com/abc-defg-hij"), alone on its line or after a join label
# ("Join:", "Beitreten:", "Dołącz:", "Katıl:"), nothing after it. It names a meeting, not a
# person. A nickname link ("meet.google.com/lookup/..."), a query ("?authuser=..."), or any other
# text on its line ("Anna's room: ...", "Mitt rum: ...": a person's standing room is a lasting
# handle on that person; review R14) keeps it redacted.
_MEET_LINK = re.compile(r"(?:https?://)?meet\.google\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}")
_JOIN_LABEL = re.compile(
    r"(?i)[ \t>*•-]*(?:(?:join|link|meeting link|video call|google meet|meet|beitreten|"
    r"teilnehmen|rejoindre|lien|unirse|enlace|partecipa|deelnemen|participar|entrar|"
    r"do[łl][aą]cz|anslut|liity|kat[ıi]l)[ \t]?:[ \t]*)?"
)


def meeting_link(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a Google Meet meeting link, alone on its line or after a join
    label, with nothing after it on its line."""
    if _MEET_LINK.fullmatch(text, start, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text.endswith("://", line_start, start):  # the bare-domain match inside "https://..."
        start = text.rfind("http", line_start, start)
    return (
        _JOIN_LABEL.fullmatch(text, line_start, start) is not None
        and not text[end:line_end].strip(" \t.,;!)")
    )


_NUMBER_RUN = re.compile(r"[A-Za-z]{0,4}\d[\d .\-/]*\d|[A-Za-z]{0,4}\d")


def product_before(text: str, start: int) -> bool:
    """A product's identifier cue (barcode, serial, model, version ...) right before ``start``,
    or a valid bank routing number after its cue (``lookalike_routing``): both name a thing,
    so an id check digit the number also passes gives way to them."""
    lo = start - 32
    if not any(s >= lo and e <= start for s, e in prefilter.keywords(text).get("ref_cue", ())):
        return False
    if routing_number(text, start):
        return True
    return PRODUCT_BEFORE.search(text, max(0, lo), start) is not None


_ISBN_CUE = re.compile(r"(?i)isbn")
_BARCODE_CUE = re.compile(r"(?i)ean|gtin|upc|barcode|barras|barres|strichcode")
_DIGIT_GROUP = re.compile(r"\d+")


def _no_product_number(text: str, cue: str, run: re.Match[str]) -> bool:
    """What a product cue does not keep (rev20 F18): after "ISBN" a run of no ISBN's length or
    check digit ("ISBN 07700900123"); a group that is a valid phone with its country code
    ("447911123456"; not a check-valid barcode after a barcode cue), or a dotted version part
    with a trunk 0 that is a valid phone ("2.0.07700900123": versions have no leading zeros)."""
    if _ISBN_CUE.search(cue):  # the whole run or its first token ("ISBN 0306406152 2nd ed.")
        return not any(_isbn(text, run.start(), end) for end in {run.end(), _token_end(run)})
    for group in _DIGIT_GROUP.finditer(run.group()):
        digits = group.group()
        if digits[0] == "0" and (group.start() == 0 or run.group()[group.start() - 1] != "."):
            continue  # a serial may open with zeros ("S/N 0612345678"); a version part may not
        if phone_digits(digits) and not (_BARCODE_CUE.search(cue) and gs1_ok(digits)):
            return True
    return False


_LEADING_DIGITS = re.compile(r"[A-Za-z]{0,4}(\d+)")
_GROUP_MARKS = re.compile(r"[ .\-/]+")


def _card_in_run(cue: str, run: re.Match[str]) -> bool:
    """The run, or the solid digits that open it ("4532015112830366 2 pcs"), is a plausible
    payment card (``card_schemes``): a card whatever cue stands before it (fail closed), save a
    GS1 key whose check digit holds after a barcode's cue ("EAN", "GTIN", "UPC", "ISBN"). A
    grouped run counts only in a card's layout: cards are printed from a group of four
    ("4532 0151 ..."), never 3-3-3-3 ("501-224-876-000")."""
    barcode = _BARCODE_CUE.search(cue) is not None or _ISBN_CUE.search(cue) is not None
    lead = _LEADING_DIGITS.match(run.group())
    candidates = {lead.group(1)}
    groups = _GROUP_MARKS.split(run.group())
    if len(groups) == 1 or len(groups[0]) == 4:
        candidates.add("".join(ch for ch in run.group() if ch.isdigit()))
    for digits in candidates:
        if scheme_card(digits) and not (barcode and gs1_key(digits)):
            return True
    return False


def _token_end(run: re.Match[str]) -> int:
    space = run.group().find(" ")
    return run.end() if space < 0 else run.start() + space


def _isbn(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is an ISBN: ten or thirteen digits, or nine and an "X" after them,
    whose check digit holds."""
    digits = "".join(ch for ch in text[start:end] if ch.isdigit())
    x_check = len(digits) == 9 and text[end : end + 1] in ("X", "x")
    return (len(digits) in (10, 13) or x_check) and isbn_ok(digits + "X" * x_check)


def reference_before(text: str, start: int) -> bool:
    """A product cue right before ``start``; or an order or business document's cue before a
    number that is no phone, card or id (``personal_number``)."""
    if creditor_reference(text, start):
        return True  # ISO 11649 "RFcc ..." whose check digits hold (lookalike_creditor_refs)
    if org_register_number(text, start):
        return True  # "RCS Lyon 813 953 545", "CHE-123.456.789": a firm's (lookalike_org_registers)
    return cue_before(text, start)


def cue_before(text: str, start: int) -> bool:
    """``reference_before`` but for the two schemes whose own check proves them (a creditor
    reference, a firm's register): for a caller that has asked those already
    (``national_ids.is_reference``)."""
    if meeting_id(text, start) or order_reference(text, start) or version_number(text, start):
        return True  # order_reference: the cues of pl cs ro da nb sv fi tr ms (lookalike_orders)
    if invoice_year_serial(text, start):
        return True  # "Rechnung 2026-0412": a year-serial after an invoice word (invoice_numbers)
    lo = start - 32
    if not any(s >= lo and e <= start for s, e in prefilter.keywords(text).get("ref_cue", ())):
        return False
    if routing_number(text, start):
        return True  # "(routing 0xxxxxxxx)": a bank's ABA number, check digit valid
    if (cue := PRODUCT_BEFORE.search(text, max(0, lo), start)) is not None:
        run = _NUMBER_RUN.match(text, start)
        if run is not None and (
            _no_product_number(text, cue.group(), run) or _card_in_run(cue.group(), run)
        ):
            return False  # a phone, or a card ("Serial 4532015112830366"), not the product's
        return run is None or CONTACT_WORD_AFTER.match(text, run.end()) is None
    if ORDER_BEFORE.search(text, max(0, lo), start) is not None:
        as_written = True  # phones only as their plan writes them
    elif _DOCUMENT_BEFORE.search(text, max(0, lo), start) is not None:
        as_written = False
    else:
        return False
    run = _NUMBER_RUN.match(text, start)
    if run is None or _card_in_run("", run):
        return False  # "Order 4532015112830366 2 pcs": a card opens the run
    value = run.group().rstrip(" .-/")
    if CONTACT_WORD_AFTER.match(text, start + len(value)):
        return False  # "order 2125551233 is my cell", "Pedido 4515754014 (WhatsApp)"
    if national_id(text, start, value, any_checked=False):
        return False  # "Order 90010112349" with a valid PESEL: an id whatever the cue says
    layout_ok = _REFERENCE_LAYOUT.fullmatch(value) is not None
    if not personal_number(value, layout_ok=layout_ok, as_written=as_written):
        return True
    # a phone-shaped order number that ships or arrives ("order ... still hasn't shipped"); a card
    # or checked id stays (review R6: never a phone as written, "Order 07912345678 not shipped")
    return not personal_number(value, layout_ok=layout_ok, as_written=True) and delivered_after(
        text, start + len(value)
    )


# Nouns that name a record at a help desk or a public administration, folded (lower case, no
# accents), from how each language names its files: requests, applications, complaints,
# objections and appeals, reports of faults or damage, claims, cases, files.
# English, German and Dutch titles end in the noun (alone, or a compound's last part:
# "Kulanzantrag", "Bezwaarschrift" is not one, "Schadenmeldung" is); Romance titles start with
# it, then at most "de/di/da" and what the record is about.
_RECORD_EN = frozenset(
    """request complaint claim enquiry inquiry incident dispute appeal application grievance
    petition objection rma""".split()
)
_RECORD_LAST = (
    # de
    "anfrage", "antrag", "beschwerde", "reklamation", "meldung", "vorgang", "widerspruch",
    "einspruch", "schadensfall", "schadenfall", "anliegen",
    # nl
    "aanvraag", "verzoek", "klacht", "melding", "bezwaar", "reclamatie", "storing",
)  # fmt: skip
_RECORD_FIRST = frozenset(
    """demande reclamation requete plainte recours litige sinistre dossier signalement
    solicitud reclamacion reclamo queja expediente denuncia recurso incidencia tramite peticion
    richiesta segnalazione pratica istanza ricorso sinistro
    chamado solicitacao reclamacao ocorrencia requerimento queixa protocolo processo""".split()
)
_PREPOSITIONS = frozenset("de di da do del della du des d dell".split())
# Words after which a record noun is a verb or a mention in a sentence, not a title.
_NOT_BEFORE_TITLE = frozenset(
    """to will would shall please pls plz any i we you he she they it a an the my your our his
    her their this that these those some can could should must may might let lets want need
    just also and or of for about with on in at from by is are was be been have has had do
    does did not never file filed make made open opened submit submitted raise raised send sent
    new ich wir du sie er es ein eine einen einem einer der die das den dem des mein meine meinen
    unser unsere ihr ihre zu um kein keine bitte und oder mit fur von et ou avec svp
    je nous vous il elle un une le la les l mon ma mes votre notre son sa ce cette pour au aux
    yo usted el los las mi mis su sus nuestro nuestra este esta por para y o con una
    io noi lei uno lo gli mio mia suo sua nostro nostra questo questa per e
    ik wij jij een het mijn uw onze dit deze om te graag en met
    eu nos voce uma os as meu minha seu nosso nossa""".split()
)
# Header labels and bullets that may open a title's line.
_HEADER_LEAD = re.compile(
    r"\s*(?:(?:re|aw|wg|fw|fwd|tr|rv|r|subject|betreff|objet|oggetto|asunto|assunto|onderwerp)"
    r"\s?:\s*|[#*•>\-–]+\s*)*"
)
# What may stand between the title and the number: ':' '#' 'No.' 'Nr.' 'n°' ...
_NUMBER_MARK = re.compile(
    r"(?:\s*(?:#|:|(?<![a-z0-9])(?:no\.?|nr\.?|n[°º.]|n\.o|number|nummer|numero|num\.))(?![a-z]))+\s*$"
)
# One token holding the number: optional letters, then digits with at most hyphens/slashes.
_RECORD_TOKEN = re.compile(r"[A-Za-z]{0,4}[-/]?\d[\d/-]*[A-Za-z]?(?=[\s.,;:!?)\]]|$)")
_REFERENCE_LAYOUT = re.compile(r"[A-Za-z].*|.*/.*|(?:19|20)\d\d-\d{3,}")
_CALL_WORDS = re.compile(
    r"(?i)call|phone|tel|mobil|bel|ruf|rappel|llamad|chiamat|liga[çc]|contact|contat|whatsapp|sms|"
    # an emergency or an information line is reached by phone
    r"urgen|emergen|notfall|nood|info|auskunft"
)
_TITLE_GATE = re.compile("|".join(longest_first(_RECORD_EN | set(_RECORD_LAST) | _RECORD_FIRST)))


@lru_cache(maxsize=8)
def _has_title(text: str) -> bool:
    """One scan per post: most posts name no record, and then no number needs the parse."""
    return _TITLE_GATE.search(prefilter.folded(text)) is not None


def _noun_last(word: str) -> bool:
    return word.rsplit("-", 1)[-1] in _RECORD_EN or word.endswith(_RECORD_LAST)


def _title_start(words: list[str]) -> int | None:
    """Index of the first word of a record title ending ``words``, or None."""
    if _noun_last(words[-1]):
        return len(words) - 1
    for i in range(max(0, len(words) - 3), len(words)):
        if words[i] in _RECORD_FIRST:
            tail = words[i + 1 :]
            if len(tail) <= 1 or (len(tail) == 2 and tail[0] in _PREPOSITIONS):
                return i
    return None


def record_number(text: str, start: int) -> bool:
    """A help-desk or administration record's number after the record's title in header
    position ("Complaint 4471093825", "Beschwerde Nr. 2024-00815", "Expediente: 77310042"):
    kept as a reference. Fails closed: not in header position, after a verb or determiner, a
    phone or call word in the title, a phone layout (not one token), a valid phone (unless
    letter-led or laid out as a reference), a card or an id that passes its check."""
    token = _RECORD_TOKEN.match(text, start)
    if token is None or sum(ch.isdigit() for ch in token.group()) < 6:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 64:
        return False
    line = prefilter.folded(text[line_start:start])
    lead = _HEADER_LEAD.match(line).end()
    mark = _NUMBER_MARK.search(line, lead)
    body = line[lead : mark.start() if mark else len(line)]
    words = body.replace("'", " ").replace("’", " ").split()
    if not words or words[-1][-1] in "?!.,;":
        return False
    first = _title_start(words)
    if first is None:
        return False
    if first == len(words) - 1 and _noun_last(words[-1]):
        # a noun-last title may carry up to two qualifiers before it ("Warranty claim")
        while (
            first > 0
            and len(words) - first < 3
            and words[first - 1] not in _NOT_BEFORE_TITLE
            and words[first - 1][-1] not in ",;:"
        ):
            first -= 1
    if first > 0:
        # not opening the line: only a marked title ("..., Reclamo n. 12345678") after a word
        # that is no verb or determiner
        if mark is None or words[first - 1] in _NOT_BEFORE_TITLE:
            return False
    if any(w in _NOT_BEFORE_TITLE for w in words[first:] if w not in _PREPOSITIONS):
        return False
    # the per-post gate runs only once a line reads as a title (rare): the checks above are
    # cheap and local, the gate scans the whole post
    if not _has_title(text) or _CALL_WORDS.search(text, line_start, start):
        return False
    value = token.group()
    if national_id(text, start, value, any_checked=False):
        return False  # "Complaint 90010112349" with a valid PESEL: an id, not a record number
    return not personal_number(value, layout_ok=_REFERENCE_LAYOUT.fullmatch(value) is not None)
