"""Build and version numbers written dotted with no cue word ("10.0.22631.3007", "4.19.0.1234"),
told apart from a dotted phone led by its country code ("62.8.1234.5678.90"); ``phones`` asks
here before it reads a dotted number as a phone."""

from __future__ import annotations

import re

import phonenumbers

from trainer.redact.personal_numbers import PHONE_WORD_AFTER, parsed

# Word stems that name a phone or calling in our languages (an inflection may follow).
LINE_PHONE_WORD = re.compile(
    r"(?i)\b(?:phone|tel|mob|cell|call|text|sms|whatsapp|fax|ring|number|nummer|numer|numero|"
    r"numéro|número|numara|line|handy|celular|cellulare|telefo|teléfono|mobiel|gsm|hotline|"
    r"helpline|reach|contact|appel|chiam|llam|liga|bel|ruf|anruf|soit|puhelin|zadzwo|dzwo|"
    r"komórk|ara|cep|office)"
)
# A contact word shortly before the number ("hubungi ...", "joignable au ...", "reach me on").
_CONTACT_BEFORE = re.compile(
    r"(?i)\b(?:hubungi|kontak|telp|joignable|joindre|appelle[rz]?|erreichbar|anrufen|contact|"
    r"reach|call|ring|whatsapp|phone|tel|telefon|telefone|teléfono|llama|chiama|bel|zadzwoń)"
    r"\b[^\n\d]{0,16}$"
)


def dotted_build(text: str, start: int, end: int, core: str, groups: list[str]) -> bool:
    """Four dotted parts or more, the first of one or two digits, with a one-digit part inside
    ("10.0.22631.3007", "4.19.0.1234"): a version or build number (semantic versioning,
    Windows builds), unless a phone word follows on its line, a contact word stands before it,
    or the digits are a valid international number whose country code is the first part
    and whose other parts have three digits at most ("44.7.911.123.456", "33.6.12.34.56.78":
    a phone written dotted without its "+")."""
    if not (
        len(groups) >= 4
        and len(groups[0]) <= 2  # a major version; "146.1.54.626" is an id cut oddly
        and core.count(".") == len(groups) - 1
        and any(len(g) == 1 for g in groups[1:-1])
    ):
        return False
    if _phone_word_after_on_line(text, end):
        return False
    if _CONTACT_BEFORE.search(text, max(0, start - 40), start):
        return False
    if any(len(g) > 3 for g in groups[1:]):
        return True  # "49.0.2623.112", "84.8.1206.6245": a build, not a phone grouped dotted
    number = parsed("+" + "".join(groups), None)
    return not (
        number is not None
        and str(number.country_code) == groups[0]
        and phonenumbers.is_valid_number(number)
    )


def _phone_word_after_on_line(text: str, end: int) -> bool:
    """A phone word stem after the number on its line ("... es mi móvil", "... er telefonen")."""
    if PHONE_WORD_AFTER.match(text, end):
        return True
    line_end = text.find("\n", end)
    return LINE_PHONE_WORD.search(text, end, len(text) if line_end < 0 else line_end) is not None
