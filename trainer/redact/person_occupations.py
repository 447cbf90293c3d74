"""A name in apposition to a trade or a role: "The handyman Sichone fixed it", "El electricista,
Nelly, viene el martes", "L'ancien locataire, Marc, a laissé les clés", "O corretor é Farias",
"Our broker Tendai was great", "Der Hausmeister Brandvold kommt".

A determined noun of a trade or a household or association role (the electrician, the broker,
the previous tenant, the treasurer: a closed class in every language) is followed by the
person who holds it in three shapes of every language we redact: close apposition ("the
handyman X"), loose apposition between commas ("the electrician, X,"), and a copula ("the
broker is X"). The name is read as ``person_relation`` reads the slot after a relation noun
(``name_after``: capitalised tokens that are no sentence, company, month or place word, or a
lower-case given name of the gazetteer); close apposition requires a listed given name
(not a word-like one) or a name-shaped word no language holds (not "the agent Orange").

Gate: the nouns are prefilter keywords ("occupation_noun"); posts without one pay nothing.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_relation import name_after
from trainer.redact.person_words import COMMON, GIVEN

# Trades and roles, by language (singular; both genders where the language marks them).
_NOUNS = """
handyman electrician plumber broker realtor agent landlord landlady tenant caretaker
concierge janitor technician contractor builder painter locksmith carpenter mechanic gardener
cleaner mover surveyor treasurer secretary coordinator organiser organizer
électricien électricienne plombier plombière bricoleur bricoleuse agente locataire gardien
gardienne technicien technicienne peintre serrurier menuisier jardinier déménageur trésorier
trésorière secrétaire coordinateur coordinatrice
electricista fontanero fontanera plomero plomera corredor corredora inquilino inquilina
conserje portero portera técnico técnica pintor cerrajero carpintero jardinero tesorero tesorera
secretario secretaria coordinador coordinadora casero casera albañil
eletricista encanador canalizador corretor corretora senhorio senhoria porteiro porteira
zelador zeladora serralheiro carpinteiro jardineiro tesoureiro tesoureira secretário secretária
coordenador coordenadora
elettricista idraulico idraulica portiere portinaio tecnico tecnica fabbro falegname
giardiniere tesoriere segretario segretaria coordinatore coordinatrice
elektriker elektrikerin klempner installateur hausmeister hausmeisterin makler maklerin
vermieter vermieterin techniker technikerin handwerker schlosser tischler kassenwart
kassenwartin schatzmeister schatzmeisterin
lampista llogater llogatera tècnic tècnica tresorer tresorera
elektricien loodgieter makelaar verhuurder huurder conciërge klusjesman penningmeester
driver chauffeur guide pilot photographer journalist reporter interpreter translator
receptionist producer presenter
pilote photographe journaliste réceptionniste interprète traducteur traductrice
conductor conductora chofer chófer guía piloto fotógrafo fotógrafa periodista recepcionista
intérprete traductor traductora motorista jornalista tradutor tradutora
autista fotografo fotografa giornalista interprete traduttore traduttrice
fahrer fahrerin reiseleiter reiseleiterin fotograf fotografin dolmetscher dolmetscherin
gids fotograaf tolk föraren guiden kierowca przewodnik przewodniczka sofőr idegenvezető
engineer installer fitter holder owner titular titulaire titolare intestatario intestataria
ingénieur ingénieure installatrice ingeniero ingeniera instalador instaladora engenheiro
engenheira instaladora ingegnere installatore installatrice ingenieur ingenieurin monteur
monteurin inhaber inhaberin eigentümer eigentümerin houder eigenaar montör montören
teknikern tekniker elektrikern installatör installatören innehavare ägare ägaren innehaver
indehaver eier ejer asentaja haltija omistaja technik technička montér instalatér držitel
držitelka držitelem držitelkou majitel majitelka serwisant instalator monter właściciel
właścicielka posiadacz posiadaczka inginer instalator titularul titulara deținător
deținătoare proprietar teknisyen sahibi teknisi pemilik fundi mmiliki
"""
NOUNS = frozenset(_NOUNS.split())
prefilter.register("occupation_noun", NOUNS)

# A determiner right before the noun (an article or a possessive), with up to one modifier
# ("the previous tenant", "l'ancien locataire", "our new broker").
_DETERMINED = re.compile(
    r"(?:^|(?<=[^\w]))(?i:the|our|my|your|their|el|la|los|las|nuestro|nuestra|mi|su|le|l['’]|"
    r"notre|mon|ma|votre|son|sa|o|a|os|as|nosso|nossa|meu|minha|il|lo|nostro|vostro|der|die|"
    r"den|dem|unser|unsere|unserem|unseren|mein|meine|de|het|onze|mijn|el nostre|la nostra)"
    r"(?:[ \t]+|(?<=['’]))(?:(?i:previous|former|old|new|ancien|ancienne|nouveau|nouvelle|"
    r"antiguo|antigua|nuevo|nueva|antigo|antiga|novo|nova|vecchio|nuovo|nuova|alte|neue|"
    r"neuer|frühere|vorige|nieuwe|oude)[ \t]+)?$"
)
# After the noun: a modifier after it ("el inquilino anterior"), then the slot's opening.
_AFTER_NOUN = re.compile(
    r"(?:[ \t]+(?i:anterior|précédent|précédente|precedente|anterieur|antérieur|antérieure))?"
    r"(?P<open>,[ \t]*|[ \t]+(?i:is|was|est|était|es|era|é|era|è|ist|war|is|was)(?=[ \t])|"
    r"(?=[ \t]))"
)
# What closes a slot opened by a comma: a comma, or the clause's end.
_CLOSES = re.compile(r"[ \t]*(?:,|[.;!?](?:\s|$)|$)")


def occupation_names(text: str, found: dict) -> list[Hit]:
    """NAME hits in apposition to a determined trade or role noun (see the module doc)."""
    hits: list[Hit] = []
    for start, end in found.get("occupation_noun", ()):
        if _DETERMINED.search(text, max(0, start - 24), start) is None:
            continue
        slot = _AFTER_NOUN.match(text, end)
        if slot is None:
            continue
        opened = slot["open"]
        at = slot.end() - 1 if opened.startswith(",") and opened.endswith((" ", "\t")) else None
        if opened.startswith(","):
            if not opened.endswith((" ", "\t")):
                continue
            hit = name_after(text, at)
            if hit is None or _CLOSES.match(text, hit[2]) is None:
                continue  # "the tenant, Maria and I ..." is read by the pair rules
        else:
            hit = name_after(text, slot.end())
            close = not opened.strip()  # "the handyman X": no comma, no copula
            if hit is None or (close and not _named(text[hit[1] : hit[2]].split()[0])):
                continue
        hits.append(hit)
    return hits


def _named(word: str) -> bool:
    """The first word of a close apposition is a listed given name or a word that no language
    we redact holds ("Sichone"), not a word-like name ("the agent Orange")."""
    title = word.title() if word.isupper() or word.islower() else word
    return title in GIVEN or word.lower() not in COMMON
