"""Places, institutions, streets and prizes named after a known namesake: "Aeropuerto Jorge
Chávez", "el estadio Santiago Bernabéu", "collège Jean Moulin", "Liceum im. Marii
Skłodowskiej", "Sam Nujoma Stadium", "Henrik Ibsens gate", "Sala Verdi" (task L).

``place_keep``'s privacy decision stands: a place noun beside a personal name proves nothing
("Museo Lucía Ferrán", "vicino al parco Giorgio Ferrante" stay redacted), for the same words put
a person beside a place. What tells the two apart is knowledge, not grammar: the namesake of a
place is a public figure of history (``namesakes.txt``, written by hand from general knowledge),
and a listed namesake right beside a place's head noun is the place's name. Both are needed: a
listed name alone ("Frida Kahlo called") is read as a person's by every rule.

Kept, the whole run from the head noun to the end of the namesake (or of the closing noun):
1. a head noun opens the name ("Museo", "stade", "Aeroportul", "Sala", "calle"), perhaps with
   up to two adjectives ("Teatrul Național") and a particle ("Liceum im.", "Parc de") between;
2. or a head noun closes it ("... Stadium", "... Instituttet", "... gate", "... Köprüsü"),
   perhaps after one capitalised word ("Kenneth Kaunda International Airport").

Fail closed: no role, honorific or other word may stand between the head noun and the name (a
"Hospital Dr ..." is a person working there); the hit must lie inside the run (a further
capitalised word, "Aeroparque Jorge Newbery Ana", is someone else); a house number after the run
leaves it to the address rules; a relative clause about a person (", who", ", que"), a relation
or an age in apposition, a person's verb or pronoun right after, or the namesake's surname
beside another given name in the text refuse the keep (``eponym_evidence``). Member names are
matched by the member dictionary whatever stands around them.

``in_dish`` keeps the name in a listed dish or drink named after someone, food noun and all
("pêches Melba", "bacalhau à Gomes de Sá"): without its food noun the name is anyone's.
"""

from __future__ import annotations

import re
from collections import defaultdict

from trainer.redact.eponym_evidence import person_evidence
from trainer.redact.folding import fold
from trainer.redact.lookalike_places import ADJECTIVES, TRAILERS, opens_place
from trainer.redact.names import word_list
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS, SURNAMES
from trainer.redact.thing_heads import ROOM_WORDS

_LIST = "namesakes.txt"

# Head nouns that open a name beyond ``lookalike_places``' place openers, folded: streets and
# squares, venues, rooms, prizes and foundations, in the languages we redact.
_MORE_OPENERS = frozenset(
    """calle carrer avinguda passeig via corso strada largo alameda travessa ulica ulice aleja
    jalan lebuh lorong sala salle hala dvorana aula cine cinema centro centre center anfiteatro
    amfiteatr presa premio premi prix prijs nagroda cena memorial zaduzbina listasafn stofnun
    aerodrom aeroporto aeropuerto aeroparque stadiumi stadioni spitali universiteti liceu
    policlinico clinica clinique hopital hospital maternidad maternite ponte puente pont
    plaza piazza palacio palazzo mercado place rue liceum szkola chu chru marginal""".split()
)
# Head nouns that close a name beyond ``lookalike_places``' trailers, folded: after a listed
# namesake even the words that are surnames too ("Bay", "Park", "Hall") are the place's.
_MORE_TRAILERS = frozenset(
    """bay bridge arena station square tower inn halle park parki parkı hall center centre
    huis gebouw house prize award lecture lectures scholarship medal port falls salai road
    street avenue boulevard drive way place circle platz strasse allee weg straat laan plein
    gate gata gatan gade vei veien vej vejen plass plassen plads torg torget torv alle
    building courthouse foundation fund trust school college university institute stadium
    airport museum library hospital theatre theater auditorium centrum instituttet institutet
    kopru koprusu merkezi hastanesi havalimani universitesi lisesi stadyumu
    ziekenhuis instituut stichting prijs preis stiftung varld institut gymnasium klinikum
    schule""".split()
)
_OPENERS_FOLDED = _MORE_OPENERS | ROOM_WORDS
_TRAILERS_FOLDED = TRAILERS | _MORE_TRAILERS
# Particles between the head noun and the name ("Parc de Joan Miró", "Liceum im. Marii").
_BETWEEN = frozenset("de del da do di della des du of im im. imienia i la el".split())
# Particles inside a namesake, written in lower case ("Vasco da Gama", "Costa e Silva").
_PARTICLES = frozenset(
    "de da do dos das del della di y e i van von der den la le du des cel et".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PREFIX = 4  # the index key: a word's first letters (inflected forms share them)


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace("’", "'").split())


def _index() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_key: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for name in word_list(_LIST):
        words = _words(name)
        if words:
            by_key[words[0][:_PREFIX]].add(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_key.items()}


_BY_KEY = _index()


def _same_word(written: str, listed: str) -> bool:
    """``written`` (folded) is ``listed`` or an inflected form of it ("marii", "sklodowskiej",
    "ibsens", "garrigua"): the listed word less its last letter, then up to three letters of
    ending. Fail closed: a written word that a name list holds is never read as another
    listed word's inflection ("Marta" is a given name, not "Martí" declined; "Martina" is not
    "Martí" either), so an inflected match takes only forms no list knows as a name."""
    if written == listed:
        return True
    if len(listed) < 4:
        return False  # "jan", "ion": no room for an ending that no other word has
    if not (written.startswith(listed[:-1]) and -1 <= len(written) - len(listed) <= 2):
        return False
    return not _name_word(written)


def _name_word(folded: str) -> bool:
    """Whether a name list holds the word (folded, lower case) as a given name or surname."""
    return folded in _GIVEN_FOLDED or folded in _SURNAMES_FOLDED


def _match(text: str, pos: int, limit: int) -> tuple[int, int]:
    """The end of the longest listed namesake written at ``pos`` (a word start), or -1; and the
    end of a head noun glued to its last word by a hyphen ("Robert Koch-Institut"), or -1."""
    first = _WORD.match(text, pos, limit)
    if first is None:
        return -1, -1
    entries = _BY_KEY.get(fold(first.group())[:_PREFIX].replace("’", "'"))
    if not entries:
        return -1, -1
    for entry in entries:
        at, end, glued = pos, -1, -1
        for i, listed in enumerate(entry):
            m = _WORD.match(text, at, limit)
            if m is None:
                break
            written = m.group()
            if not written[:1].isupper() and listed not in _PARTICLES and not (
                written[:2] in ("d'", "d’") and listed.startswith("d'")
            ):
                break  # a namesake's words are capitalised, its particles may not be
            word = fold(written).replace("’", "'").rstrip(".")
            if not _same_word(word, listed.rstrip(".")):
                head, _, tail = word.rpartition("-")
                if i < len(entry) - 1 or not head or tail not in _TRAILERS_FOLDED:
                    break
                if not _same_word(head, listed):
                    break
                glued = m.end()  # "Koch-Institut": the closing noun glued on
            end = m.end()
            at = end
            while at < limit and text[at] in " \t\u00a0":
                at += 1
        else:
            return (end, glued) if glued < 0 else (m.start() + len(written) - len(tail) - 1, glued)
    return -1, -1


def _opener_before(text: str, line_start: int, pos: int) -> int:
    """Where the head noun that opens the name at ``pos`` starts, or -1: the words right before
    are a place noun, perhaps followed by up to two adjectives and a particle."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(line_start, pos - 60), pos)]
    i = len(words) - 1
    if i >= 0 and fold(words[i][1]) in _BETWEEN:
        i -= 1
    adjectives = 0
    while i >= 0 and adjectives < 2 and fold(words[i][1]) in ADJECTIVES:
        i -= 1
        adjectives += 1
    if i < 0:
        return -1
    at, word = words[i]
    if (cut := max(word.rfind("'"), word.rfind("’"))) > 0 and cut <= 5:
        at, word = at + cut + 1, word[cut + 1 :]  # "l'aeroporto", "dell'ospedale"
    if text[at + len(word) : pos].strip(" \t\u00a0") != " ".join(w for _, w in words[i + 1 :]):
        return -1  # something other than words and blanks between (a comma, a bracket)
    if opens_place(word) or (fold(word) in _OPENERS_FOLDED and word[:1].isupper()):
        return at
    if fold(word) in _OPENERS_FOLDED and word.islower() and fold(word) not in ROOM_WORDS:
        return at  # "la calle Miguel Servet", "el teatro ..."
    return -1


_GIVEN_FOLDED = frozenset(fold(n) for n in GIVEN | GIVEN_AMBIGUOUS)
_SURNAMES_FOLDED = frozenset(fold(n) for n in SURNAMES)
_ADJECTIVES_FOLDED = frozenset(fold(a) for a in ADJECTIVES)
_TRAILER_AFTER = re.compile(r"[ \t\u00a0]+(?:([^\W\d_][\w'’-]*)[ \t\u00a0]+)?([^\W\d_][\w'’-]*)")


def _trailer_after(text: str, end: int) -> int:
    """The end of a head noun that closes the name ending at ``end``, or -1."""
    m = _TRAILER_AFTER.match(text, end)
    if m is None:
        return -1
    if fold(m.group(2)) in _TRAILERS_FOLDED and (
        m.group(1) is None
        or (m.group(1)[:1].isupper() and fold(m.group(1)) in _ADJECTIVES_FOLDED)
    ):
        return m.end()  # "... Stadium", "... International Airport"; not "... Zielińska Hall"
    if m.group(1) is not None and fold(m.group(1)) in _TRAILERS_FOLDED:
        return m.end(1)
    return -1


_NUMBER_AFTER = re.compile(r"[ \t\u00a0]*(?:n[º°o]\.?[ \t]*|#)?\d")
_RELATIVE_AFTER = re.compile(
    r"[ \t\u00a0]*,[ \t]+(?i:who|whom|que|quien|quienes|qui|die|der|welche|welcher|che|wie|som|"
    r"który|która|którzy|care)(?![^\W\d_])"
)


# Dishes and drinks named after people, folded, each with its food noun (without it "Melba",
# "Alfredo" or "Suzette" is anyone's given name): general knowledge of the cuisines we redact.
_DISHES = (
    "peches melba", "peche melba", "peach melba", "pesca melba", "crepes suzette",
    "crepe suzette", "fettuccine alfredo", "fettuccine all'alfredo", "eggs benedict",
    "oeufs benedicte", "beef wellington", "boeuf wellington", "bacalhau a gomes de sa",
    "bacalhau a ze do pipo", "bacalhau a bras", "pizza margherita", "tournedos rossini",
    "filetto alla rossini", "beef stroganoff", "boeuf stroganoff", "oysters rockefeller",
    "lobster newberg", "chicken tetrazzini", "bloody mary", "ensalada cesar", "caesar salad",
    "insalata caesar", "salade cesar", "nesselrode pudding", "torta sacher", "tarta sacher",
)  # fmt: skip
_DISH_WORDS = frozenset(w for dish in _DISHES for w in dish.split()[1:] if w[:1].isalpha())


def in_dish(text: str, start: int, end: int) -> bool:
    """The hit ``text[start:end]`` lies inside a listed dish or drink named after a person
    ("pêches Melba", "bacalhau à Gomes de Sá"): its last word is a listed dish's, and the dish,
    food noun and all, is written around it."""
    words = fold(text[start:end]).split()
    if not words or words[-1].strip(".,;:!?") not in _DISH_WORDS:
        return False
    lo = max(0, start - 30)
    window = fold(text[lo : end + 2]).replace("’", "'")
    for dish in _DISHES:
        at = window.find(dish)
        while at >= 0:
            if lo + at <= start and lo + at + len(dish) >= end:
                return True
            at = window.find(dish, at + 1)
    return False


def namesake_place(text: str, start: int, end: int) -> bool:
    """Whether the name hit ``text[start:end]`` lies inside a place's name made of a head noun
    and a listed namesake (module docstring), with no person evidence around it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    limit = len(text) if line_end < 0 else line_end
    # the namesake starts at the hit, or up to five words before it on the line (the hit may
    # have taken only its surname), or one word after it (the hit took the head noun too)
    starts = [m.start() for m in _WORD.finditer(text, max(line_start, start - 40), end)]
    for pos in starts[-8:]:
        stop, glued = _match(text, pos, limit)
        if stop < 0 or stop <= start:
            continue
        opened = _opener_before(text, line_start, pos)
        closed = glued if glued >= 0 else _trailer_after(text, stop) if opened < 0 else -1
        if opened < 0 and closed < 0:
            continue
        first = opened if opened >= 0 else pos
        last = max(closed, stop)
        if not first <= start or end > last:
            continue  # the hit reaches past the place's name: someone else may be in it
        if _NUMBER_AFTER.match(text, last) or _RELATIVE_AFTER.match(text, stop):
            return False
        return not person_evidence(text, pos, stop)
    return False
