"""A card's security code and expiry date after their label (rev22 #14): "cvv 123", "CVC: 4821",
"exp 12/27" beside a card, "Kartenprüfnummer 123", "date d'expiration : 09/2027".

The card number has its own detector (``cards``); the code and the expiry complete it for a
fraudster, so they go as [CARD] too. A security code is three or four digits right after its
own label, which names nothing else. An expiry label ("exp", "valid thru", "gültig bis") is also
written on food and documents, so its MM/YY or MM/YYYY counts only with a card word or a
security-code label within ``_REACH`` characters. The labels are registered keywords: a post
without one pays nothing but the shared keyword pass.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_SECURITY_WORDS = {
    "cvv", "cvv2", "cvc", "cvc2", "csc", "cvn", "security code", "card code",
    "card security code", "card verification code", "card verification value",
    "sicherheitscode", "prufnummer", "kartenprufnummer", "prufziffer", "cryptogramme",
    "cryptogramme visuel", "code de securite", "codigo de seguridad", "codigo de seguranca",
    "codice di sicurezza", "codice cvv", "beveiligingscode", "kod cvv", "kod cvc",
}  # fmt: skip
_EXPIRY_WORDS = {
    "exp", "expiry", "expiration", "expires", "exp date", "expiry date", "expiration date",
    "valid thru", "valid through", "valid until", "good thru", "gultig bis", "ablaufdatum",
    "ablauf", "date d'expiration", "expire", "expire le", "date d'exp", "validade",
    "vencimento", "vencimiento", "caducidad", "fecha de caducidad", "fecha de vencimiento",
    "scadenza", "data di scadenza", "vervaldatum", "geldig tot",
}  # fmt: skip
prefilter.register("card_security", _SECURITY_WORDS)
prefilter.register("card_expiry", _EXPIRY_WORDS)

# after the label: its dot, then ":", "#", "=", "is", "no." before the value
_LINK = r"\.?[ \t]*(?:[:#=]|is\b|ist\b|est\b|es\b|n[°º.o]\.?)?[ \t]*"
_SECURITY_VALUE = re.compile(r"(?i)" + _LINK + r"(\d{3,4})(?![\d/.,:]?\d)")
_EXPIRY_VALUE = re.compile(
    r"(?i)" + _LINK + r"((?:0?[1-9]|1[0-2])[ \t]?[/.-][ \t]?(?:20\d\d|\d\d))(?![\d/.,:]?\d)"
)
# a card, its network or a security-code label near an expiry
_CARD_WORD = re.compile(
    r"(?i)\b(?:card|cards|visa|mastercard|amex|american\sexpress|maestro|discover|diners|jcb|"
    r"cvv2?|cvc2?|csc|kreditkarte|karte|carte|tarjeta|cart[ãa]o|carta|kaart|creditcard|"
    r"kart[aąy]?)(?!\w)"
)
_REACH = 80


def find_card_security(text: str) -> list[Hit]:
    """Security codes after their label; card expiry dates after theirs, beside a card word."""
    found = prefilter.keywords(text)
    security = found.get("card_security", ())
    expiry = found.get("card_expiry", ())
    if not (security or expiry) or not prefilter.has_digit(text):
        return []
    hits: list[Hit] = []
    for _, end in security:
        if m := _SECURITY_VALUE.match(text, end):
            hits.append(("CARD", *m.span(1)))
    for start, end in expiry:
        if (m := _EXPIRY_VALUE.match(text, end)) is None:
            continue
        lo, hi = max(0, start - _REACH), min(len(text), m.end() + _REACH)
        if _CARD_WORD.search(text, lo, hi) is not None:
            hits.append(("CARD", *m.span(1)))
    return hits
