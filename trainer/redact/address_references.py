"""A number led by a word that points to a record is no street line: "Ver 176 600 ECV para mais
detalhes", "Voir 164 550 €", "Týká se: Případ CS-481504", "Betreft Klacht CS-240474".

A street name is a name; a verb that sends the reader elsewhere ("see" in many languages) or a
noun that names a case, ticket or complaint is not, so a hit that is only such a word and a
number or code (nothing else: no comma, no line break, no second name word) is a reference or
an amount, and goes. The words are written for many languages at once.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_POINTERS = (
    # "see" / "cf."
    r"see|voir|ver|vea|veja|vedi|siehe|zie|vezi|zobacz|viz|pozri|lihat|katso|bkz|cf|"
    # case, ticket, complaint, file, reference
    r"ticket|tiket|tichet|case|caso|fall|zaak|dossier|případ|prípad|sprawa|dosar|ügy|vaka|kes|"
    r"klacht|plainte|reclamo|reclamação|reklamace|reklamácia|reklamacja|reklamation|reclamație|"
    r"ref|réf|referencia|referência|riferimento|referenz|referentie|referință|"
    r"zgłoszenie|incident|incidente|issue|request|demande|solicitud|pedido"
)
_REFERENCE_LED = re.compile(
    rf"(?i:{_POINTERS})\.?[ \t\u00a0]+[A-Z]{{0,5}}-?\d[\d \t\u00a0\u202f.,/-]*"
)


def reference_led(text: str, hit: Hit) -> bool:
    """The ADDRESS hit ``hit`` is only a pointer word and a number or code (``_REFERENCE_LED``)."""
    return hit[0] == "ADDRESS" and _REFERENCE_LED.fullmatch(text, hit[1], hit[2]) is not None
