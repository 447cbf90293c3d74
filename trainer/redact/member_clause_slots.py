"""A roster given name or surname written alone in a clause position that only a person fills,
whatever word or place it also is (dev42 N: members are known, so every written form must go):

1. the subject opening a clause (a sentence, a list item, a line after a speaker label "me: "),
   read by its verb's frame, not by a verb list: a reflexive clitic ("Palacios se reúne",
   "Steeve s'occupe") or a word followed by its object's article ("Pagán maneja la lista",
   "Simon brings the tent"), also past a "with" phrase ("Róża z zespołem zajmie się"); a noun
   after the name is followed by a verb or a preposition instead and stays ("Rose garden in
   May", "Grace notes are welcome"), and so does a capitalised word after it ("Costa Rica");
2. the subject of a question opened by a modal or an auxiliary ("Can Washington confirm",
   "Kan Lore de ... bevestigen", "Peut Amandine venir");
3. the object of a verb in three grammatical frames that take a person: the Romance dative
   doubled by a clitic ("Pregúntenle a Valencia", "Dile a Ángel"), the French "à X de" before
   an infinitive ("demandé à Amandine de vérifier"), and the Dutch and German perfect with the
   object between the auxiliary and the participle ("Ik heb Lore gevraagd", "Ich habe Rose
   gefragt").

The frames are grammar, not wording: they are written once for the languages we redact and
apply to every country's names. Only the roster's own words are read (``MemberNames.given`` and
``.surnames``, folded), so the rule names nobody the roster does not hold; the cost, a place
that shares a member's surname opening a sentence ("Valencia es preciosa"), is the fail-closed
reading.
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_follows
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.names import MemberNames

# Lower-case words after a clause-opening name that make it no subject: articles, prepositions,
# conjunctions and object pronouns of the languages we redact ("Campos de fútbol", "Mark the
# date", "Will you", "Bill me later", "Rocha do miradouro"). Reflexive clitics stay out: they
# open a verb ("Palacios se reúne", "Róża się spóźni").
_NOT_VERB = frozenset(
    """the a an of in on at to for from with by and or but nor as than me you him her us them it
    this that these those my your his its our their
    de del della dello dei degli delle da dal dalla do dos das du des di la le les el los las lo
    il gli un una uno une y e et o ou en em na no nas nos por para con com sin sem sur sous
    pour avec dans entre sobre tra fra per al au aux à
    der die den dem ein eine einen einem einer eines und oder im am vom zum zur von mit
    für bei aus nach zu über unter
    het een van voor met op uit naar bij
    och att av för till från på med om som eller
    z w we od po za przy dla i oraz lub ze
    és az egy meg""".split()
)
# Modals and auxiliaries that open a question before its subject (capitalised, clause-initial).
_INVERTING = frozenset(
    """Can Could Will Would Should Must Might Shall May Does Did Has Have Is Was
    Kann Könnte Wird Soll Sollte Muss Darf Hat Ist Kan Kun Kunnen Zal Moet Mag Heeft Wil
    Peut Pourrait Pourra Doit Va Puede Podría Podrá Pode Poderia Poderá Può Potrebbe Potrà
    Ska Skulle Vill Kommer Skal Vil Må""".split()
)
# Reflexive clitics: they open a verb ("Palacios se reúne", "Steeve s'occupe", "Róża się spóźni").
_REFLEXIVE = frozenset("se s si sich sig seg sej się sa".split())
# Articles after a verb open its object ("maneja la lista"); possessives stay out ("annonce ses").
_ARTICLES = frozenset(
    "the a an la le les el los las lo il gli un una uno une der die das den dem ein eine einen "
    "het een o os as um uma".split()
)
# "with" before a companion phrase between the subject and its verb ("Róża z zespołem zajmie").
_WITH = frozenset("with con com avec mit met med z ze s sa cu".split())
_CAP = r"[^\W\d_a-z][^\W\d_]*"
_LOWER_WORD = re.compile(r"[ \t]+(?P<word>[a-zß-öø-ÿą-žș-ț][^\W\d_]*)(?P<elided>['’])?")
# the companion phrase: "with", up to two lower-case words, then the verb
_COMPANION = re.compile(
    r"((?:[ \t]+[a-zß-öø-ÿą-žș-ț][^\W\d_]*){1,2}?)[ \t]+(?P<verb>[a-zß-öø-ÿą-žș-ț][^\W\d_]*)"
    r"[ \t]+[^\W\d_]"
)
# A list marker, a numbered item or a speaker label before a clause: "- ", "3. ", "me: ".
_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·>]|\d{1,2}[.)]|[^\W\d_][\w .'’-]{0,24}:)?[ \t]*$")
_CLAUSE_END = ".!?…\n"
_OPENERS = " \t\"“«(¡¿"
_MODAL_BEFORE = re.compile(rf"(?P<modal>{_CAP})[ \t]+$")
# 3. the object frames (the name's start is the match's end)
_DATIVE_CLITIC = re.compile(r"(?<![\w'’])[^\W\d_]{3,}(?:le|les|lhe|lhes)[ \t]+a[ \t]+$")
_A_DE = re.compile(r"(?<![\w'’])à[ \t]+$")
_DE_INFINITIVE = re.compile(r"[ \t]+d(?:e[ \t]+|['’])[a-zß-ÿ]+(?:er|ir|re)\b")
_PERFECT_AUX = re.compile(
    r"(?<![\w'’])(?:heb|hebt|heeft|hebben|had|hadden|habe|hast|hat|haben|hatte|hatten)[ \t]+$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"[ \t]+ge[a-zß-ÿ]{3,}(?:d|t|en)\b")
_CAPITAL_AFTER = re.compile(r"[ \t]+[^\W\d_a-z]")


def _clause_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a list item or a line after a speaker label."""
    i = start
    while i and text[i - 1] in _OPENERS:
        i -= 1
    if i == 0 or text[i - 1] in _CLAUSE_END:
        return True
    line = text.rfind("\n", 0, i) + 1
    return _ITEM.search(text, max(0, line - 1), i) is not None


def _subject(text: str, start: int, end: int) -> bool:
    """1. the name opens a clause before its verb (``_verb_at``), perhaps past a companion
    phrase ("Róża z zespołem zajmie się")."""
    m = _LOWER_WORD.match(text, end)
    if m is None or not _clause_start(text, start):
        return False
    if not m["elided"] and m["word"].lower() in _WITH:
        after = _COMPANION.match(text, m.end())
        return after is not None and _verb_at(text, after.end(1))
    return _verb_at(text, end)


def _verb_at(text: str, pos: int) -> bool:
    """A finite verb at ``pos`` by its frame, not its spelling: a reflexive clitic before a
    lower-case word ("se reúne", "s'occupe", "się spóźni"), or a lower-case word that is no
    function word followed by an article ("maneja la lista", "attendra le car", "encontra a
    jornalista"). A noun after a name is followed by a verb or a preposition instead ("Rose
    garden in May", "Grace notes are welcome", "Max capacity is 20")."""
    m = _LOWER_WORD.match(text, pos)
    if m is None:
        return False
    word = m["word"].lower()
    if m["elided"]:
        return word in _REFLEXIVE  # "Steeve s'occupe"; not "Campos d'altura"
    if word in _REFLEXIVE:
        return _LOWER_WORD.match(text, m.end()) is not None
    if word in _NOT_VERB or word in _WITH:
        return False
    after = _LOWER_WORD.match(text, m.end())
    # the object's article ("l'agenda"), or a reflexive after its verb ("zajmie się")
    if after is None:
        return False
    if after["elided"]:
        return after["word"] == "l"
    return after["word"] in _ARTICLES or after["word"] in _REFLEXIVE


def _inverted(text: str, start: int, end: int) -> bool:
    """2. a clause-opening modal or auxiliary, the name, a lower-case word."""
    m = _MODAL_BEFORE.search(text, max(0, start - 16), start)
    return (
        m is not None
        and m["modal"] in _INVERTING
        and _LOWER_WORD.match(text, end) is not None
        and _clause_start(text, m.start())
    )


def _object(text: str, start: int, end: int) -> bool:
    """3. the name in one of the three object frames of the docstring."""
    before = max(0, start - 40)
    return bool(
        _DATIVE_CLITIC.search(text, before, start)
        or (_A_DE.search(text, before, start) and _DE_INFINITIVE.match(text, end))
        or (_PERFECT_AUX.search(text, before, start) and _PARTICIPLE.match(text, end))
    )


def roster_clause_names(
    text: str, spans: list[tuple[int, int]], members: MemberNames, covered: list[Hit]
) -> list[Hit]:
    """NAME hits over roster words alone (``spans``: the name-word spans ``find_members`` read)
    in the clause positions of the docstring; a span inside a ``covered`` hit is left."""
    hits: list[Hit] = []
    for start, end in spans:
        if not text[start : start + 1].isupper():
            continue  # most spans are lower-case words: the cheapest test first (speed)
        if any(s <= start and end <= e for _, s, e in covered):
            continue
        word = text[start:end]
        if word.isupper() or (start and text[start - 1] in "@#-'’"):
            continue
        key = fold(word)
        if key not in members.given and key not in members.surnames:
            continue
        if text[end : end + 1] in "-'’" and text[end + 1 : end + 2].isalpha():
            continue  # joined to a longer word: the full-name rules judge it
        if (
            _CAPITAL_AFTER.match(text, end)
            or company_follows(text, end)
            or is_eponymous_company(text, start, end)
        ):
            continue  # "Costa Rica", "Campos Ltda.", "Desjardins annonce un partenariat"
        if _object(text, start, end) or _inverted(text, start, end) or _subject(text, start, end):
            hits.append(("NAME", start, end))
    return hits
