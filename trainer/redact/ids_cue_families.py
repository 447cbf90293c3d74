"""Cue-word families of identity documents, each written once for many languages at once: the
passport, the driving licence and the health-insurance card by their own names in the
languages of Europe, the Americas, Africa and South-East Asia. Read by ``ids_cues``, which
adds each word to its keyword gate and its cue pattern from this one list.

Pattern (general, not one set's phrasing): an identity document is asked for by its name
("número de pasaporte", "paszport", "útlevél", "licencia de conducir", "NHI number"), and its
value, whatever the country's format, comes right after (``national_ids._after_cue`` reads it).
A word is written here folded (lower case, no accents, as ``prefilter.keywords`` folds text);
``family_pattern`` turns it back into a pattern that takes every accented spelling of it.
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact.folding import fold
from trainer.redact.literal_alternation import literal_alternation

# "passport" in es/tl, pt, ro/tr, sq, pl, ca, hr/bs, sl, cs/sk, hu, id/ms,
# vi, sw; and the number of one ("número de pasaporte", "numer paszportu")
PASSPORT_WORDS = (
    "pasaporte", "passaporte", "pasaport", "pasaporta", "paszport", "paszportu", "passaport",
    "putovnica", "putovnice", "potni list", "cestovni pas", "cestovneho pasu", "utlevel",
    "utlevelszam", "paspor", "ho chieu", "pasipoti",
    "numero de pasaporte", "numero do passaporte", "numero de passaporte", "numer paszportu",
    "numar de pasaport", "numero de passaport",
)  # fmt: skip
# the driving licence in es, pt, pl, cs/sk, hu, fi, sv, da/no, tr, ro (the South Slavic
# "vozačka dozvola" is read with its permit rule, ``lookalike_named_codes``)
LICENCE_WORDS = (
    "licencia de conducir", "licencia de manejo", "licencia de conduccion",
    "permiso de conducir", "carnet de conducir", "carta de conducao", "carteira de habilitacao",
    "prawo jazdy", "ridicsky prukaz", "jogositvany", "ajokortti",
    "korkort", "korekort", "forerkort", "ehliyet", "permis de conducere",
)  # fmt: skip
# a health-insurance or health-service number by its scheme's plain name: en (NZ's NHI, any
# "health card"), fr (Quebec's RAMQ and "assurance maladie" of every francophone scheme), es,
# pt (Portugal's "número de utente"), nl, pl
HEALTH_WORDS = (
    "nhi", "nhi number", "national health index", "health card", "health card number",
    "health insurance number", "health number", "ramq", "assurance maladie",
    "numero d'assurance maladie", "carte d'assurance maladie", "carte sante",
    "tarjeta sanitaria", "seguro de salud", "numero de afiliacion", "numero de utente",
    "cartao de utente", "zorgverzekeringsnummer", "numer ubezpieczenia",
)  # fmt: skip
# Of the words above, the acronyms that count only in capitals ("Nhi" is a Vietnamese given
# name)
UPPER_ONLY_WORDS = frozenset({"nhi", "ramq"})

FAMILY_WORDS = PASSPORT_WORDS + LICENCE_WORDS + HEALTH_WORDS


@cache
def _variants() -> dict[str, str]:
    """Each folded letter -> the lower-case letters that fold to it ("a" -> "aáàâãäåāăą...")."""
    found: dict[str, set[str]] = {}
    for cp in range(0x2100):
        ch = chr(cp)
        if ch.islower() and len(key := fold(ch)) == 1 and key.isascii() and key.isalpha():
            found.setdefault(key, set()).add(ch)
    return {key: "".join(sorted(chars)) for key, chars in found.items()}


def _letters(word: str) -> str:
    parts = []
    for ch in word:
        if ch == " ":
            parts.append(r"[\s_]")
        elif ch == "'":
            parts.append("['’]")
        elif ch.isalpha():
            parts.append(f"[{_variants().get(ch, ch)}]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def family_pattern(words: tuple[str, ...]) -> str:
    """One alternation (for a case-insensitive pattern) of ``words`` in any accented spelling,
    longest first, each a whole word."""
    return "(?:" + literal_alternation(set(words), spell=_letters) + r")(?![\w])"
