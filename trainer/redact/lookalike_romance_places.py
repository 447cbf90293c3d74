"""A Romance place noun heading a name without an article: "vinieron compañeros de Estadio ...",
"lo compré en aeropuerto ...": the name names the place.

Pattern (the grammars of Spanish, Portuguese, Italian, French and Romanian): a common noun
takes an article or a determiner ("en el aeropuerto", "all'aeroporto", "na escola"); a place
noun standing bare right before a capitalised name is in apposition with it and heads the
place's proper name, which is how these languages name airports, stadiums, museums and
foundations after people. ``lookalike_places._capital_mid_sentence`` already reads a
capitalised place noun after a lower-case word; this adds the two forms it leaves out, each
only with positive evidence that a place is named (review 15: a role before the noun, "Soy
Catedrático de Universidad ...", "la direttrice scuola ...", is a person's title):

- a capitalised noun after "de" ("reunión de Colegio ...", "entrada de Estadio ..."), which
  that rule refuses as the Dutch article: only for a noun of these languages, which no Dutch
  sentence puts after its "de", and only when the word before "de" is a lower-case event noun,
  a part of a place or a plural group of people; a group not before a school or a hospital
  ("compañeros de Colegio ..." are schoolmates, and a person may follow). Any other word is
  no proof ("llamada de Hospital Carlos ...", "trabaja de Colegio ...": review 19);
- a lower-case noun right after a preposition of place that these languages never put before
  a bare noun ("en aeropuerto ...", "em escola ...", "à hôpital ...", "în parcul ...").

Both need a full name after the noun (two capitalised words, particles allowed): a given name
may stand alone. Fail closed: never after a role, an article, a contraction, a determiner, a
possessive or any other word; never after a preposition with which these languages put a bare
noun idiomatically ("in ospedale", "a scuola", "de colegio"); never for a noun that is also an
English word ("in hospital ..."). ``place_before`` still refuses a house number, a role or a
relative clause about a person.
"""

from __future__ import annotations

import re

from trainer.redact.eponym_evidence import person_apposition
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

# The lower-case route: prepositions of place that take an article before a common noun in
# es/fr ("en"), pt ("em"), fr ("à") and ro ("în"); not "in"/"a"/"de"/"di" ("in ospedale").
_LOCATIVE = frozenset("en em à în".split())
# The capital "de" route, the word before "de" (folded): an event held at the place, a part of
# it, or a plural group of people (not one person's title); no other word.
_EVENTS = frozenset(
    """reunion reuniones fiesta fiestas acto actos evento eventos jornada jornadas partido
    partidos concierto conciertos visita visitas excursion excursiones inauguracion gala torneo
    feria festival reuniao reunioes festa festas jogo jogos excursao inauguracao torneio feira
    fete evenement match concert visite sortie tournoi kermesse""".split()
)
_PARTS = frozenset(
    """puerta entrada salida sala aula patio cafeteria comedor gimnasio sede campus porta saida
    cantina porte entree salle cour""".split()
)
_GROUPS = frozenset(
    """companeros companeras colegas alumnos alumnas estudiantes padres familias vecinos
    aficionados socios voluntarios alunos alunas estudantes pais vizinhos torcedores
    collegues eleves etudiants parents camarades supporters benevoles""".split()
)
# "compañeros de Colegio ...": schoolmates or workmates, and one of them may follow.
_MATES_OF = frozenset(
    """colegio escuela instituto universidad liceo escola universidade ecole lycee universite
    hospital""".split()
)
_PARTICLE = r"(?:de|da|del|della|di|do|dos|das|du|la|le|y|e)"
_WORD = r"[^\W\d_][\w'’-]*"
_FULL_NAME = re.compile(
    rf"[ \t]+(?P<first>{_WORD})(?:[ \t]+{_PARTICLE}){{0,2}}[ \t]+(?P<last>{_WORD})"
)


def romance_place(noun: str, before: list[str], text: str, start: int) -> bool:
    """``noun`` heads the name at ``start`` as described above; ``before``: the words before the
    noun on its line (their last one or two are read)."""
    if not before or not _full_name_after(noun, text, start):
        return False
    key = fold(noun)
    if noun[:1].isupper():
        return key in _AFTER_DE and before[-1] == "de" and _place_word(before[:-1], key)
    return key in _ROMANCE and before[-1] in _LOCATIVE


def _place_word(before: list[str], key: str) -> bool:
    """The word before "de" names a place's event, part or people (see above): a positive list,
    never any other word (a verb or an adverb, "llamada de Hospital ...", "mucho de Instituto
    ...", "trabaja de Colegio ...", may have a person after the noun; rev19 F6)."""
    if not before or not (before[-1].isalpha() and before[-1].islower()):
        return False
    word = fold(before[-1])
    return word in _EVENTS or word in _PARTS or (word in _GROUPS and key not in _MATES_OF)


def _full_name_after(noun: str, text: str, start: int) -> bool:
    """Two capitalised words follow ``noun`` (the hit at ``start`` may begin inside them)."""
    at = text.rfind(noun, 0, start)
    m = _FULL_NAME.match(text, at + len(noun)) if at >= 0 else None
    return (
        m is not None and m.end() > start and m["first"][:1].isupper() and m["last"][:1].isupper()
    ) and not person_apposition(text, m.end())  # "Pablo Ruiz, mi primo": a person (rev16 F11)
