"""A business named by a trade noun and a word that names no person ("Hundesalon Wuschelkopf",
"Tierklinik Donauufer", "Zahnarztpraxis am Markt"): a name hit there is the business's, kept.

German, Dutch and the Nordic languages write a trade as one compound whose last part is the
trade's noun ("Hunde|salon", "Zahnarzt|praxis", "Dieren|kliniek", "Fahr|schule"): a capitalised
compound that ends in a trade head (``TRADE_HEADS``, the heads of ``companies``' trade nouns
that open a business name, and the compound heads of these languages' business nouns) is read
as the trade noun itself, whatever the first part is, so the rule fires on trades no list
names.

The privacy decision (issue 10, task N): a sole trader's business name IS a person's name
("Friseursalon Anna Brandstetter", "Tierarztpraxis Kessler"), so the business is kept only when
none of its name words is a listed given name or surname (``person_words``' GIVEN, SURNAMES,
GIVEN_AMBIGUOUS): an invented or descriptive name ("Wuschelkopf", "Heidekraut", "Donauufer").
A listed name after the trade noun leaves the hit redacted (fail closed). Members are matched
by the member dictionary independently.
"""

from __future__ import annotations

import re

from trainer.redact.companies import opens_company
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS, SURNAMES

# The last part of a compound that names a trade or a business's premises, lower case: German
# (salon, praxis, klinik, pension, schule, werkstatt, laden, handel, markt, zentrum, bäckerei,
# apotheke, ...), Dutch (kliniek, praktijk, winkel, bedrijf, centrum, bakkerij, ...) and the
# Nordic languages (klinik, salong, verkstad, butik, bageri, frisør, ...). A head only counts
# inside a longer word ("Tier|klinik"): the plain word is ``companies``' trade noun, if any.
TRADE_HEADS = tuple(
    sorted(
        """salon salong praxis praktijk klinik kliniek kliniken klinikka pension schule school
        skole skola werkstatt werkplaats verkstad værksted verksted laden winkel butik butikk
        handel markt marked zentrum centrum center centre studio atelier bäckerei bakkerij bageri
        bakeri metzgerei slagerij apotheke apotheek kanzlei kantoor büro bureau druckerei
        drukkerij konditorei gärtnerei kwekerij tischlerei schreinerei zimmerei schlosserei
        autohaus bedrijf service garage frisør frisör kapsalon hotel herberge gasthof gasthaus
        wirtshaus pizzeria""".split(),
        key=len,
        reverse=True,
    )
)
_MIN_FIRST_PART = 3  # "Tier|klinik", "Hunde|salon": a compound's first part has 3+ letters
_HEADS = frozenset(TRADE_HEADS)
_HEAD_LENGTHS = tuple(sorted({len(h) for h in TRADE_HEADS}))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def trade_compound(word: str) -> bool:
    """A capitalised compound that ends in a trade head ("Hundesalon", "Kleintierpraxis",
    "Dierenkliniek"), or its all-caps form; not the head alone ("Salon")."""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha():
        return False
    # a look-up per head length, not an endswith per head: the test runs on every name hit
    return any(
        low[-n:] in _HEADS for n in _HEAD_LENGTHS if len(low) - n >= _MIN_FIRST_PART
    )


def trade_noun(word: str) -> bool:
    """A word that opens a business name: ``companies``' list or a trade compound."""
    return opens_company(word) or trade_compound(word)


def _personal(word: str) -> bool:
    """A listed given name or surname, as written or title-cased, less a possessive."""
    core = word.removesuffix("'s").removesuffix("’s")
    forms = {core, core.title()}
    return any(f in GIVEN or f in SURNAMES or f in GIVEN_AMBIGUOUS for f in forms)


def business_name(text: str, start: int, end: int) -> bool:
    """Whether the name hit ``text[start:end]`` is a business's name after a trade compound:
    the hit opens with one ("[Hundesalon Wuschelkopf]") or one stands right before it on its
    line ("Tierklinik [Donauufer]"), and no word of the name is a listed personal name."""
    words = _WORD.findall(text, start, end)
    if not words:
        return False
    if trade_compound(words[0]):
        names = words[1:]
    else:
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not trade_compound(before.group(1)):
            return False
        names = words
    return bool(names) and not any(_personal(w) for w in names)
