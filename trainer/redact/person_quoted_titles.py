"""A title quoted after the noun that announces it: "The listing headline reads a Lamb's wool
scarf", "Le titre de l'annonce dit : Fontaine à eau", "In der Artikelbeschreibung steht Brandt
Zwieback", "V názvu inzerátu stojí: Král Šumavy" (dev38 N).

A product's, a book's or a listing's title is made of words that are also surnames and given
names ("Rubio platino", "Roos van Jericho", "Coelho da Páscoa"); after a title noun and a verb
of saying or a colon, the rest of the sentence is the title, and a name found in it is the
title's word, no person's. Written for many languages at once: the title nouns and the verbs
that introduce a quotation (en fr es pt it de nl, the Nordic, Slavic and Baltic languages,
Romanian, Hungarian, Turkish, Malay, Swahili). The clause ends at the sentence's end or the
line's.

Fail closed: no title noun before the name, or a sentence end between, and the name is judged
as everywhere else; a title noun without a verb of saying or a colon after it ("the title
holder Ana Ruiz") opens no title. Nor is a name a title's word when a verb follows it: a
past in -ed, an auxiliary or a verb of saying ("Title: Kwame called", "The title reads: Anna
Kowalska signed it", "Titre : Anne a appelé"): the clause is said of a person (review rv2).
"""

from __future__ import annotations

import re

import ahocorasick

from trainer.redact.literal_gates import case_odd_for, gate_keys, has_case_odd

# The title nouns; the opener and its gate are both built from these.
TITLE_NOUNS = tuple(
    (
        "title|titles|headline|heading|product name|item name|listing name|caption|"
        "titre|intitulé|libellé|nom du produit|nom de l'article|nom de l’article|"
        "título|titular|nombre del producto|nombre del artículo|nome do produto|nome do artigo|"
        "titolo|nome del prodotto|nome dell'articolo|"
        "titel|überschrift|artikelbeschreibung|produktbeschreibung|artikelbezeichnung|"
        "produktname|artikelname|bezeichnung|productnaam|artikelnaam|kop|"
        "názvu|název|titulek|titulku|nadpis|nadpisu|tytuł|tytule|nazwa|nazwie|nagłówek|"
        "nagłówku|naslov|naslovu|titlul|titlu|titlului|denumirea|denumire|"
        "rubrik|rubriken|tittel|tittelen|overskrift|overskriften|otsikko|otsikossa|nimike|"
        "pealkiri|pealkirjas|virsraksts|pavadinimas|cím|címe|başlık|başlığı|ürün adı|"
        "judul|nama produk|kichwa"
    ).split("|")
)
_NOUNS = "|".join(TITLE_NOUNS)
# A gate: every opener holds a title noun, so a window without one (lower-cased; see
# ``literal_gates``) is not scanned. Keys that hold another key are left out (the shorter
# one is in the text whenever the longer is).
_ALL_NOUN_KEYS = gate_keys(TITLE_NOUNS)
_NOUN_KEYS = tuple(
    sorted(k for k in _ALL_NOUN_KEYS if not any(o != k and o in k for o in _ALL_NOUN_KEYS))
)
_NOUN_CASE_ODD = case_odd_for(TITLE_NOUNS)
_NOUN_AUTOMATON = ahocorasick.Automaton()  # one pass over a window for all the keys
for _key in _NOUN_KEYS:
    _NOUN_AUTOMATON.add_word(_key, _key)
_NOUN_AUTOMATON.make_automaton()
_VERBS = (
    r"reads|read|says|said|shows|is|was|dit|indique|affiche|est|dice|pone|es|diz|mostra|é|"
    r"recita|riporta|è|steht|stand|lautet|heißt|ist|staat|stond|luidt|is|zní|stojí|je|"
    r"brzmi|jest|widnieje|glasi|piše|spune|este|lyder|står|sier|er|lyder|sanoo|on|"
    r"ütleb|on|ir|yra|szól|diyor|berbunyi|bunyinya|inasema"
)
_OPENER = re.compile(
    r"(?i:(?<![\w])(?:" + _NOUNS + r"))(?![\w])[^.!?\n:]{0,60}?"
    r"(?:(?<![\w])(?i:" + _VERBS + r")(?![\w])[ \t]*:?|:)[ \t]*"
)
_SENTENCE_END = re.compile(r"[.!?](?:[ \t\n]|$)|\n")
# A verb right after the name: the name is its subject, no title's word.
_VERB_AFTER = re.compile(
    r"[ \t]+(?:[a-z]{2,}ed|will|would|has|had|said|says|wrote|writes|told|asked|can|"
    r"could|should|did|does|a|ha|hat|wird|hatte|heeft|zal|sagt|dit|dijo|disse)(?![\w'’-])"
)


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a title that a title noun and a verb of saying (or
    a colon) open on its line, before the sentence ends (module docstring)."""
    if _VERB_AFTER.match(text, end):
        return False  # "Title: Kwame called": a person does something
    line_start = text.rfind("\n", 0, start) + 1
    window = max(line_start, start - 160)
    if not may_hold_title_noun(text[window:start]):
        return False
    for m in _OPENER.finditer(text, window, start):
        if m.end() <= start and _SENTENCE_END.search(text, m.end(), start) is None:
            return True
    return False


def may_hold_title_noun(window: str) -> bool:
    """False only when no title noun of ``_OPENER`` can be in ``window`` (a gate: the same
    result)."""
    if has_case_odd(window, _NOUN_CASE_ODD):
        return True
    return next(_NOUN_AUTOMATON.iter(window.lower()), None) is not None
