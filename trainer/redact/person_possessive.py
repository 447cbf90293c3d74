"""A lone name written as the owner of something: the possessive and genitive forms that name
lists alone do not anchor, in every language we redact.

1. English "'s" and "s'" before the owned noun ("Oskar's notes", "McCall's review").
2. The German genitive -s before the noun it governs, which German writes with a capital
   ("Wiebkes Vortrag").
3. The Romance and Dutch "noun of NAME": a noun said of what a person owns, gives or leads (a
   talk, a team, an idea, a template, a family) before "de", "di", "da", "do", "van" and the
   name ("la presentación de Carmen", "het voorstel van Jansen"); nouns said of companies too
   ("progetto", "report") are left out.

The name must be a gazetteer given name (not one that is also a word), a census surname that
is no word in any language we redact, or a Gaelic patronymic; after "de", "van" never a listed
town. Companies named after people ("McDonald's", "Kellogg's") stay (``eponyms``). Each scan
runs only when its cheap character or keyword gate holds.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_towns import towns
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    ORTHOGRAPHIC_CAPITALS,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    patronymic,
    surname_like,
)

_LOWER = "a-zà-öø-ÿß"
# "Oskar's notes", "Haverkamp's draft": the name, "'s" (or, after a final s, "'" alone) and the
# noun it owns. Without a noun the possessive names a shop or a home ("at Jacob's", "lunch at
# Sainsbury's"), and before a verb or a preposition a business as often ("Levi's is hiring").
_EN_POSSESSIVE = re.compile(
    rf"(?<![\w@#.'’&-])(?P<name>{CAP})(?P<s>['’]s|(?<=s)['’])[ \t]+(?P<noun>[a-zà-öø-ÿ][\w-]*)"
)
_NO_NOUN = frozenset(
    "is was are were has had have will would can could may might should must and or but in on "
    "at to for with from by of as than that which who says said".split()
)
# "Wiebkes Vortrag", "Brandhorsts Entwurf": a capitalised genitive before a capitalised noun.
_GENITIVE = re.compile(
    rf"(?<![\w@#.'’&-])(?P<name>[{UPPER}][{_LOWER}]{{2,}})s[ \t](?P<noun>[{UPPER}][{_LOWER}]+)"
    r"(?![\w@'’-])"
)
_GERMAN_WORDS = tuple(
    f" {w} " for w in "der die das und ist war hat mit von für auf den dem ein eine nicht".split()
)
# The same words as keywords: " der " in a text is the whole word "der" of the keyword pass, so
# without one of them no substring test can pass (speed: most posts skip all 17 tests).
prefilter.register("german_common", {w.strip() for w in _GERMAN_WORDS})
# Nouns said of what a person owns, gives or leads, before "of" and a name (Romance and Dutch).
OWNED_NOUNS = frozenset(
    """
    team intervento presentazione squadra idea proposta discorso messaggio commento domanda modello
    compleanno famiglia moglie marito figlio figlia ufficio scrivania relazione tesi
    charla ponencia presentación equipo propuesta trabajo mensaje comentario pregunta plantilla
    discurso cumpleaños familia esposa marido hijo hija despacho
    palestra apresentação equipe time ideia mensagem comentário pergunta aniversário
    família filho filha mesa
    intervention présentation équipe idée proposition travail message commentaire question
    modèle discours anniversaire famille femme mari fils fille bureau exposé conférence
    presentatie idee voorstel bericht vraag sjabloon verjaardag familie vrouw man zoon dochter
    lezing
    """.split()
)
prefilter.register("owned_noun", OWNED_NOUNS)
# The name alone: a capitalised word after it makes a full name, the other rules' job (and
# "il team di Giorgio Armani" a company they keep).
_OF_NAME = re.compile(
    rf"[ \t](?:de|di|da|do|du|van|d['’])[ \t]?(?<=[ \t'’])(?P<name>{CAP})"
    rf"(?![\w@'’-]|[ \t]+[{UPPER}])"
)


def _owner_name(word: str, *, of_phrase: bool = False) -> bool:
    """A word that names a person when it owns something: a plain given name, a census surname
    that is no word, a Gaelic patronymic ("McCall"). After "de", "di", "van" a listed town is
    a place ("la charla de Santander"), whatever the name lists hold."""
    if word in NOT_SURNAME or word in ORTHOGRAPHIC_CAPITALS or word in STREET_WORDS:
        return False
    if of_phrase and word.casefold() in towns():
        return False
    if word in GIVEN:
        return True
    if patronymic(word):
        return True
    return (
        word in SURNAMES
        and word not in SURNAME_WORDS
        and word not in PLACE_SURNAMES
        and word.lower() not in TOP
        and word.lower() not in COMMON
        and surname_like(word)
    )


_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[ \t]$")


def _after_street_word(text: str, start: int) -> bool:
    """A street type or place opener right before the name ("Rua Augusta", "Via Roma")."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group("word").title() in STREET_WORDS


def possessive_names(text: str, found: dict) -> list[Hit]:
    """NAME hits for lone names in a possessive or genitive (see the module docstring)."""
    hits: list[Hit] = []
    if "'" in text or "’" in text:
        for m in _EN_POSSESSIVE.finditer(text):
            # "McDonald's", "Kellogg's": the listed name spells the possessive out.
            if (
                m.group("noun") not in _NO_NOUN
                and _owner_name(m.group("name"))
                and not is_eponymous_company(text, m.start(), m.end("s"))
                and not _after_street_word(text, m.start())  # "Rua Augusta's shops"
            ):
                hits.append(("NAME", m.start("name"), m.end("name")))
    # German only: a few of its commonest words gate the scan (substring tests cost nothing).
    german = "german_common" in found and any(word in text for word in _GERMAN_WORDS)
    for m in _GENITIVE.finditer(text) if german else ():
        name, noun = m.group("name"), m.group("noun")
        whole = f"{name}s"  # "Williams Street", "Andrews Road": a name of its own
        if (
            noun.lower() in COMMON
            and noun not in GIVEN
            and noun not in STREET_WORDS
            and whole.lower() not in COMMON
            and whole not in SURNAMES
            and whole not in GIVEN
            and whole not in GIVEN_AMBIGUOUS
            and _owner_name(name)
        ):
            hits.append(("NAME", m.start("name"), m.end("name") + 1))
    for _, end in found.get("owned_noun", ()):
        m = _OF_NAME.match(text, end)
        if m is not None and _owner_name(m.group("name"), of_phrase=True):
            hits.append(("NAME", m.start("name"), m.end("name")))
    return hits
