"""The nouns of letter closings and greetings ("Beste Grüße", "Met vriendelijke groeten",
"Best wishes", "Saludos cordiales"): the noun a closing formula is built on, in the languages
we redact, written from general knowledge of letter writing, not from any evaluation set.

An adjective before one of them can be a given name as well ("Beste", "Liebe", "Herzliche" are
crowd-listed as names), but the noun is never a surname, so the pair is a closing, not a full
name. Nouns that are also surnames ("Gruss", "Salam") stay out: fail closed.
"""

from __future__ import annotations

CLOSING_NOUNS = frozenset(
    """Grüße Grüsse Gruß Wünsche Groeten Regards Wishes Greetings Saludos Saluti Salutations
    Cumprimentos Saudações Hälsningar Hilsen Hilsener Terveisin Terveiset Pozdrowienia Pozdravi
    Pozdravy Selamlar""".split()
)
