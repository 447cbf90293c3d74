"""A bare number handed over with no name for it: "Here you go: ...", "the number is ...",
"For the invoice: ...", "HR needs my number for the contract: ..." (``national_ids`` calls
this).

Pattern (general, not a set's phrasing): when people send a personal number they often name
it nowhere in the sentence. They hand it over with a deictic phrase ("here you go", "ahí va",
"voilà", "izvolite", "ecco"), point back to a number asked for ("the number is", "el número
es", "številka je"), or say what it is needed for: an invoice is made out to a tax number
("for the invoice:", "para la factura:"), so the number given for one is the payer's tax or
identity number; or call it theirs ("my number", "mi número" and a phrase up to a colon).
Right after such a phrase, seven to thirteen digits written solid or dotted in groups of three
(the lengths of the identity and tax numbers of every plan we redact; six after a phrase that
copies it out of a paper: "Pasted from the intake sheet: ...", or there a passport's layout
of one or two capitals and six to nine digits) are a NATIONAL_ID, fail closed:
no check is asked, as the number may be any country's. Kept: an amount (a currency or unit
beside it) and a number a reference cue names ("order no. ..." reads as a reference,
``gives_way``). A solid run that spells a date is not kept: handed over bare, it may be a birth
date (fail closed).
Phrases are matched as the keyword pass folds them, so a post without one pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.quantities import CURRENCY_AFTER, MONEY_BEFORE, UNIT_AFTER

# Folded as ``prefilter.keywords`` folds them: lower case, accents stripped.
_HANDOVER_PHRASES = frozenset(
    {
        # handing over: en, es, fr, it, sl, pt, de, nl, pl
        "here you go", "here it is", "ahi va", "aqui va", "aqui tienes", "aqui tienen", "voila",
        "ecco", "izvolite", "aqui esta", "hier bitte", "alsjeblieft", "prosze",
        "le voici", "la voici", "hier ist sie", "hier ist er", "hier ist es", "oto on", "oto ona",
        "itt is van", "eccolo", "eccola", "hier is het",
        # as the reader asked: en, es, pt, fr, de, it, nl, pl, hu
        "as requested", "as asked", "como pidieron", "como pediste", "como me pidieron",
        "como pediram", "como pediu", "comme demande", "wie gewunscht", "come richiesto",
        "zoals gevraagd", "zgodnie z prosba", "ahogy kertetek", "ahogy kerted",
        # pointing back to the number asked for
        "the number is", "el numero es", "le numero est", "il numero e", "o numero e",
        "die nummer ist", "het nummer is", "stevilka je", "numer to",
        "the number they wanted was", "the number you asked for was", "number given was",
        "the number given is", "el numero que pedian era", "el numero que pidieron es",
        "o numero que pediram era", "le numero demande etait", "le numero donne est",
        "die gesuchte nummer war", "il numero richiesto era",
        # the number the writer used or gave on a form or at a desk
        "number used", "the number i used", "el numero que puse", "el numero que use",
        "le numero utilise", "numero utilise", "o numero que usei", "o numero que coloquei",
        "il numero che ho usato", "die angegebene nummer", "het nummer dat ik gebruikte",
        # read out from the writer's own papers or card, or as a form was filled in: "copied
        # from my papers:", "the number on my card reads", "it should be ..., if I read it
        # right", "they wrote ... on the form"
        "copied from my papers", "copied from my documents", "the number on my card reads",
        "on my card it says", "it should be", "they wrote", "copiado de mis papeles",
        "copiado de mis documentos", "deberia ser", "en el formulario pusieron",
        "recopie de mes papiers", "ca devrait etre", "copiato dai miei documenti",
        "dovrebbe essere", "sulla tessera c e scritto", "sul modulo hanno messo",
        "przepisane z moich papierow", "powinno byc", "na karcie mam", "w formularzu wpisali",
        "copiado dos meus papeis", "copiado dos meus documentos", "deveria ser",
    }
)  # fmt: skip
# What it is for: an invoice is made out to the holder's tax number. Only with a colon ("Para
# la factura: ..."): "pago para la factura 12345678" names the invoice, a reference.
_INVOICE_PHRASES = frozenset(
    {
        "for the invoice", "for invoicing", "para la factura", "para facturar", "pour la facture",
        "per la fattura", "para a fatura", "fur die rechnung", "voor de factuur", "do faktury",
        "za racun",
        # for the papers or a check of who the writer is (a form's purpose, as an invoice's)
        "for the paperwork", "for the papers", "para los papeles", "para a papelada",
        "pour les papiers", "fur die unterlagen", "per le pratiche", "voor de papieren",
        "do dokumentow", "a papirokhoz", "for verification", "para verificacion",
        "pour verification", "zur verifizierung", "para verificacao", "per verifica",
        "ter verificatie", "do weryfikacji",
    }
)  # fmt: skip
# The writer's own number ("HR needs my number for the contract: ..."): a possessive and the
# word "number" in each language, then up to four words of the phrase and a colon; the value
# is personal whatever it is (an identity number, a phone).
_MY_NUMBER_PHRASES = frozenset(
    {
        "my number", "mi numero", "mon numero", "il mio numero", "o meu numero", "meine nummer",
        "mijn nummer", "moj numer", "moja stevilka", "mans numurs", "manu numuru", "minu number",
        "minu numbri", "mano numeris", "mano numeri",
    }
)  # fmt: skip
# Copied or read out from a paper: a verb of copying or pasting, or an "aloud" phrase, up to
# five words naming the source, then a colon (or "as"): "Pasted from the intake sheet: ...",
# "Copiado da ficha: ...", "Copy this exactly: ...", "She read it out as ...", "Lo leyó en voz
# alta: ...". en, es, pt, fr, de, nl, it, pl.
_COPIED_WORDS = frozenset(
    {
        "copied", "pasted", "copy", "copying", "pasting", "copiado", "copiada", "copiar", "pego",
        "colo", "incollo", "wklejam", "plak",
        "copie", "recopie", "copiee", "colle", "kopiert", "kopiere", "geplakt", "gekopieerd",
        "copiato", "copiata", "incollato", "przepisane", "skopiowane", "wklejone",
        "read it out", "read out", "aloud", "out loud", "en voz alta", "em voz alta",
        "a voix haute", "ad alta voce", "hardop", "na glos",
    }
)  # fmt: skip
# what the writer gave at a desk ("... they asked, I gave them ..."): the number ends its clause
# ("I gave them 1234567 reasons" is a count)
_GAVE_PHRASES = frozenset(
    {
        "i gave them", "les di", "le di", "je leur ai donne", "j ai donne", "eu lhes dei",
        "dei lhes", "ich gab ihnen", "ho dato loro", "gaf ik hun", "gaf ik",
    }
)  # fmt: skip
prefilter.register("id_handover", _HANDOVER_PHRASES)
prefilter.register("id_gave", _GAVE_PHRASES)
prefilter.register("id_copied", _COPIED_WORDS)
prefilter.register("id_invoice_for", _INVOICE_PHRASES)
prefilter.register("id_my_number", _MY_NUMBER_PHRASES)
HANDOVER_CATEGORIES = frozenset(
    {"id_handover", "id_invoice_for", "id_my_number", "id_copied", "id_gave"}
)

# the phrase's end, an optional colon or dash, then the digits alone: solid, or in groups of
# three parted by dots as many countries print an identity number ("1.234.567.890")
_DIGITS = r"(?P<value>\d{7,13}|\d{1,3}(?:\.\d{3}){2,3})(?![\w-]|[.,/:]\d)"
# copied out of a paper, six digits too (Belize's social security and São Tomé's identity
# card numbers have six): the phrase says it was read off a document, not counted ("Here you
# go: 123456" is as often a code sent by text message, and stays)
_DIGITS_HANDED = (
    r"(?P<value>\d{6,13}|\d{1,3}(?:\.\d{3}){2,3}"
    # or a passport's or an alien number's layout: one or two capitals, six to nine digits
    r"|[A-Z]{1,2}\d{6,9})(?![\w-]|[.,/:]\d)"
)
_VALUE = re.compile(r"[ \t]*[:\-–,]?[ \t]*" + _DIGITS)
_GAVE_VALUE = re.compile(r"[ \t]*:?[ \t]*" + _DIGITS + r"(?=[ \t]*(?:[.,;!?)\]]|$))", re.M)
_COPIED_VALUE = re.compile(
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,5}?(?:[ \t]*:|[ \t]+as)[ \t]*" + _DIGITS_HANDED
)
_INVOICE_VALUE = re.compile(r"[ \t]?:[ \t]*" + _DIGITS)
# one to four words and a colon, then the digits alone ("my number is ...", "my number: ..."
# are the phone cue's)
_MY_NUMBER_VALUE = re.compile(
    r"(?:[ \t]+[^\W\d_][\w'’.-]{0,20}){1,4}[ \t]?:"
    r"[ \t]*(?P<value>\d{7,13})(?![\w-]|[.,/:]\d)"
)
# ... or two to four words and "is" ("mi número para el trámite es ...", "my number for the
# customs file is ..."): the phrase names a purpose, so it has a preposition of purpose; one
# that names an order, invoice, booking or parcel is a reference's ("mi número de pedido es")
_MY_NUMBER_IS = re.compile(
    r"[ \t]+(?:for|para|pour|per|f[üu]r|voor|dla)(?:[ \t]+[^\W\d_][\w'’.-]{0,20}){1,3}"
    r"[ \t]+(?:is|es|est|è|é|ist|je|jest)[ \t]+(?P<value>\d{7,13})(?![\w-]|[.,/:]\d)"
)
_REFERENCE_WORD = re.compile(
    r"(?i)\b(?:order|orden|pedido|commande|ordine|bestellung|invoice|factura|facture|fattura|"
    r"rechnung|booking|reserva|r[ée]servation|prenotazione|tracking|seguimiento|suivi|ticket|"
    r"parcel|paquete|colis|env[ií]o|shipment|account|cuenta|compte|conto|konto)\b"
)


def find_handed_over(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits: a bare number right after a hand-over phrase (see above)."""
    found = prefilter.keywords(text)
    hits: list[Hit] = []
    for _, end in found.get("id_handover", ()):
        m = _VALUE.match(text, end)
        if m is not None and not _money(text, *m.span("value")) and not gives_way(text, m.start(1)):
            hits.append(("NATIONAL_ID", *m.span("value")))
    for _, end in found.get("id_gave", ()):
        m = _GAVE_VALUE.match(text, end)
        if m is not None and not _money(text, *m.span("value")) and not gives_way(text, m.start(1)):
            hits.append(("NATIONAL_ID", *m.span("value")))
    for _, end in found.get("id_copied", ()):
        m = _COPIED_VALUE.match(text, end)
        if m is not None and not _money(text, *m.span("value")) and not gives_way(text, m.start(1)):
            hits.append(("NATIONAL_ID", *m.span("value")))
    for _, end in found.get("id_invoice_for", ()):
        # the invoice word is the phrase's own, so no reference cue is asked about
        m = _INVOICE_VALUE.match(text, end)
        if m is not None and not _money(text, *m.span("value")):
            hits.append(("NATIONAL_ID", *m.span("value")))
    for _, end in found.get("id_my_number", ()):
        m = _MY_NUMBER_VALUE.match(text, end)
        if m is None and (m := _MY_NUMBER_IS.match(text, end)) is not None:
            if _REFERENCE_WORD.search(text, end, m.start("value")):
                continue  # "my number for the order is ...": the order's
        # "mi número de pedido: ...": an order word in the phrase makes it a reference
        if m is not None and not _money(text, *m.span("value")) and not gives_way(text, m.start(1)):
            hits.append(("NATIONAL_ID", *m.span("value")))
    return hits


def _money(text: str, start: int, stop: int) -> bool:
    """A currency or unit beside the number: an amount."""
    return bool(
        MONEY_BEFORE.search(text, max(0, start - 8), start)
        or CURRENCY_AFTER.match(text, stop)
        or UNIT_AFTER.match(text, stop)
    )
