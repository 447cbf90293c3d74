"""A Romance place noun heading a name without an article: "vinieron compañeros de Estadio ...",
"lo compré en aeropuerto ...", "il nostro cliente aeroporto ...": the name names the place.

Pattern (the grammars of Spanish, Portuguese, Italian, French and Romanian): a common noun
takes an article or a determiner ("en el aeropuerto", "all'aeroporto", "na escola"); a place
noun standing bare right before a capitalised name is in apposition with it and heads the
place's proper name, which is how these languages name airports, stadiums, museums and
foundations after people. ``lookalike_places._capital_mid_sentence`` already reads a
capitalised place noun after a lower-case word; this adds the two forms it leaves out:

- a capitalised noun after "de" ("compañeros de Hospital ..."), which that rule refuses as
  the Dutch article: only for a noun of these languages, which no Dutch sentence puts after
  its "de";
- a lower-case noun with no article before it, followed by a full name (two capitalised words,
  particles allowed).

Fail closed: never after an article, a contraction, a determiner or possessive, nor after a
preposition with which these languages put a bare noun idiomatically ("in ospedale", "a
scuola", "compagni di scuola ...", "compañeros de colegio ...": a person
may follow); never for a noun that is also an English word ("in hospital ..."); never before a
single name (a given name may stand alone). ``place_before`` still refuses a house number, a
role or a relative clause about a person.
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold

# Place nouns of es, pt, it, fr and ro that open a place's name (folded: no accents, lower case).
_ROMANCE = frozenset(
    """aeropuerto aeroparque museo estadio colegio instituto escuela universidad liceo teatro
    parque puente biblioteca iglesia catedral basilica estacion auditorio monumento
    polideportivo sanatorio fundacion fundacio
    aeroporto museu escola universidade praca igreja estacao ginasio fundacao
    stadio scuola istituto collegio universita parco ospedale cattedrale stazione giardino
    fondazione
    aeroport musee stade ecole lycee universite hopital bibliotheque eglise cathedrale
    gymnase piscine mediatheque fondation
    aeroportul muzeul stadionul scoala liceul colegiul institutul universitatea teatrul parcul
    spitalul biserica catedrala fundatia""".split()
)
# Capitalised after "de" ("de Hospital ..."): "hospital" is Spanish and Portuguese there too.
_AFTER_DE = _ROMANCE | {"hospital"}

# Words after which a bare lower-case place noun is no name's head: articles, contractions,
# determiners and possessives, and the prepositions these languages put bare nouns after.
_NOT_BEFORE_LOWER = frozenset(
    """el la los las lo l un una uno unos unas le les une des il gli i o os as um uma umas
    al del ao aos do da dos das no na nos nas pelo pela au aux du ai agli alle allo alla
    dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla dello
    della degli delle col
    mi mis tu tus su sus nuestro nuestra este esta ese esa aquel aquella
    mio mia miei mie tuo tua suo sua nostro nostra questo questa quel quella quello ogni
    mon ma mes ton ta son sa notre votre leur ce cet cette chaque
    meu minha seu sua nosso nossa esse essa aquele aquela cada
    in a de di da chez presso dentro fuori sin senza sans sem con avec com per par por
    pe cu si spre""".split()
)
_FULL_NAME = re.compile(
    r"(?P<first>[^\W\d_][\w'’-]*)(?:[ \t]+(?:de|da|del|della|di|do|dos|das|du|la|le|y|e)){0,2}"
    r"[ \t]+(?P<last>[^\W\d_][\w'’-]*)"
)


def romance_place(noun: str, before: list[str], text: str, start: int) -> bool:
    """``noun`` heads the name at ``start`` as described above; ``before``: the words before the
    noun on its line (their last one is read)."""
    if not before:
        return False
    word = before[-1]
    if not (word.isalpha() and word.islower()):
        return False
    key = fold(noun)
    if noun[:1].isupper():
        return word == "de" and key in _AFTER_DE
    if key not in _ROMANCE or fold(word) in _NOT_BEFORE_LOWER:
        return False
    m = _FULL_NAME.match(text, start)
    return m is not None and m["first"][:1].isupper() and m["last"][:1].isupper()
