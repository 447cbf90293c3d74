"""dev42 N: members in clause positions, name false positives (exact outputs, both directions).

Values are made up in the shapes of the classes fixed; each class also carries a case from a
country that no development set holds (named in its comment).
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

# Roster words that are also words or places: "Lore" (en lore), "Valencia" (a city), "Campos"
# (pt/es fields), "Palacios" (palaces), "Rose"; and two from countries no development set holds:
# "Sèna" (Benin), "Nsue" (Equatorial Guinea), "Marxer" (Liechtenstein).
ROSTER = [
    "Lore Dewaele",
    "Hernán Valencia",
    "Thaís Campos",
    "Luis Palacios",
    "Rose Ammann",
    "Sèna Houngbo",
    "Teodora Nsue",
    "Anja Marxer",
    "Amandine Lebrun",
    "Róża Kwiek",
]


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


# (input, exact output, rules alone: the member rule is the rules' own)
MEMBER_CASES = [
    # member_clause_slots 1: a roster word opening a clause before its verb
    (
        "El video llegó. Palacios se reúne con la prensa.",
        "El video llegó. [NAME] se reúne con la prensa.",
    ),
    ("- Campos encontra a jornalista.", "- [NAME] encontra a jornalista."),
    ("yo: Valencia maneja la lista de invitados.", "yo: [NAME] maneja la lista de invitados."),
    (
        "Avant le départ\n- Amandine s'occupe du groupe.",
        "Avant le départ\n- [NAME] s'occupe du groupe.",
    ),
    ("Rose garden in May.", "Rose garden in May."),
    # ... past a companion phrase ("with the team")
    ("Róża z zespołem zajmie się listą.", "[NAME] z zespołem zajmie się listą."),
    # ... and the same word as no subject stays: a function word or a capital after it
    ("Campos de fútbol llenos.", "Campos de fútbol llenos."),
    ("Campos con vistas al mar.", "Campos con vistas al mar."),
    ("Valencia CF ganó ayer.", "Valencia CF ganó ayer."),
    ("Viajamos a Valencia en tren.", "Viajamos a Valencia en tren."),
    # Equatorial Guinea (no development set): a Fang surname opening a Spanish clause
    ("- Nsue lleva las credenciales.", "- [NAME] lleva las credenciales."),
    # 2. the subject of a question opened by a modal
    ("Can Lore confirm the seats?", "Can [NAME] confirm the seats?"),
    ("Kan Lore de zitplaatsen bevestigen?", "Kan [NAME] de zitplaatsen bevestigen?"),
    ("Can you check the lore of the castle?", "Can you check the lore of the castle?"),
    # Liechtenstein (no development set): a German question
    ("Kann Marxer das Programm prüfen?", "Kann [NAME] das Programm prüfen?"),
    # 3. the object frames: a doubled dative, French "à X de" + infinitive, the perfect
    ("Pregúntenle a Valencia por las credenciales.", "Pregúntenle a [NAME] por las credenciales."),
    ("J'ai demandé à Amandine de vérifier.", "J'ai demandé à [NAME] de vérifier."),
    (
        "Ik heb Lore gevraagd de hotels na te kijken.",
        "Ik heb [NAME] gevraagd de hotels na te kijken.",
    ),
    ("Ich habe Rose gefragt, ob es passt.", "Ich habe [NAME] gefragt, ob es passt."),
    ("Nous allons à Valencia de nuit.", "Nous allons à Valencia de nuit."),
    # Benin (no development set): a Fon given name, French object frame
    ("On a demandé à Sèna de confirmer.", "On a demandé à [NAME] de confirmer."),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_CASES)
def test_member_clause_slots(rules: Redactor, text: str, expected: str) -> None:
    assert rules.redact(text).text == expected


@pytest.fixture(scope="module")
def default_path() -> Redactor:
    return Redactor.from_members(["Ilse Varnhagen"], name_tagger=True)


# (input, exact output on the default path)
DEFAULT_CASES = [
    # person_greetings: Hungarian salutations and "everyone" after one (person_tagger_drops)
    (
        "Kedves Mindenki,\nA koncert 20 órakor kezdődik.",
        "Kedves Mindenki,\nA koncert 20 órakor kezdődik.",
    ),
    ("Kedves Kovács Anna,\nKöszönöm.", "Kedves [NAME],\nKöszönöm."),
    ("Drodzy Wszyscy,\nKoncert o 20.", "Drodzy Wszyscy,\nKoncert o 20."),
    # Albania (no development set): a salutation and "everyone"
    ("Të dashur Gjithë,\nFaleminderit.", "Të dashur Gjithë,\nFaleminderit."),
    # person_function_words: Hungarian closed-class words are no names (tagger hits dropped)
    ("Még vannak jegyek a koncertre.", "Még vannak jegyek a koncertre."),
    ("A fellépés csak 20 órakor kezdődik.", "A fellépés csak 20 órakor kezdődik."),
    # Estonian (no development set): a lower-case name after a function word still goes
    ("Tänan, mina ja mari tamm tuleme.", "Tänan, mina ja [NAME] tuleme."),
    # person_occupations: travel and media roles before a name in apposition
    ("The driver, Crystal, waited two hours.", "The driver, [NAME], waited two hours."),
    ("Our guide Garmai met us at arrivals.", "Our guide [NAME] met us at arrivals."),
    ("The guide posts updates on the site.", "The guide posts updates on the site."),
    ("The driver was late.", "The driver was late."),
    # Fiji (no development set): a driver's name in close apposition
    ("Our driver Sefanaia met us.", "Our driver [NAME] met us."),
    # person_shapes._determiner_before: a capitalised article opening the sentence makes the
    # lower-case pair after it a noun phrase; a lower-case pair after a verb stays a name
    ("La guida conosceva ogni vicolo.", "La guida conosceva ogni vicolo."),
    ("Ho parlato con giulia ferraris ieri.", "Ho parlato con [NAME] ieri."),
    # person_tagger_drops._company_word_after: a full name before a company or institution
    # word is the institution's, as the rules read it; a lone given name before one is a person
    (
        "We flew into Harry Reid International at night.",
        "We flew into Harry Reid International at night.",
    ),
    (
        "We flew into Wolfgang Amadeus Mozart Airport.",
        "We flew into Wolfgang Amadeus Mozart Airport.",
    ),
    ("I met Anna Hall yesterday.", "I met [NAME] yesterday."),
    # Fiji (no development set): an airport named after a person, and a person
    ("We landed at Ratu Sukuna International.", "We landed at Ratu Sukuna International."),
    ("Ask Mere Tuilagi about the transfer.", "Ask [NAME] about the transfer."),
]


@pytest.mark.parametrize(("text", "expected"), DEFAULT_CASES)
def test_default_path(default_path: Redactor, text: str, expected: str) -> None:
    assert default_path.redact(text).text == expected
