"""Review fixes (fixA): lower-case names in a post whose writer uses capitals, a lower-case
name after a capitalised title, a person named with their role after a partnership phrase or
a place preposition, and no cache of raw posts. Each probe a review found kept is redacted
here; each guard keeps, beside it, a same-shape text it was written for. Made-up values."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor, person_lower
from trainer.redact.person_lower import capitalised_writer, name_slot, sentence_of_ours


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members([], name_tagger=True)


# --- 1. a lower-case name with no listed surname, in a post written with capitals -----------
LOWER_NAMES = [
    ("Hello. My name is maria zelvinskaite.", "Hello. My name is [NAME]."),
    ("Hello. I am peter kiprotich from Eldoret.", "Hello. I am [NAME] from Eldoret."),
    ("Call me. Best, maria zelvinskaite", "Call me. Best, [NAME]"),
    (
        "Lovely day. I went with maria kowalczykowa to the lake.",
        "Lovely day. I went with [NAME] to the lake.",
    ),
    (
        "The form was signed by maria zelvinskaite yesterday.",
        "The form was signed by [NAME] yesterday.",
    ),
    ("Photos by maria zelvinskaite. Lovely!", "Photos by [NAME]. Lovely!"),
    ("The tutor, peter kiprotich, was great.", "The tutor, [NAME], was great."),
    # "Tom" stays as before (a given name alone in a list); "Ana" was redacted before too
    ("Attendees: Tom, maria zelvinskaite and Ana.", "Attendees: Tom, [NAME] and [NAME]."),
    (
        "Hi all. Reminder that jana prokesovska is on leave until Monday.",
        "Hi all. Reminder that [NAME] is on leave until Monday.",
    ),
    # 5. a surname opening with a letter of Latin Extended-A ("ż", "ł", "š")
    ("It was agnieszka żelazowska who called.", "It was [NAME] who called."),
    ("Thanks. We met tomasz łukaszewicz there.", "Thanks. We met [NAME] there."),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_NAMES)
def test_lower_case_name_in_a_capitalised_post(redactor: Redactor, text, expected) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # the guard's own texts (test_names12_precision): sentences of languages with no
        # word list here, no cue, no name slot
        "Vi ringer varje tisdag.",
        "Byłam tam w tym miesiącu.",
        "Fajnie, ale drogo.",
        "Rado bih došla.",
        "Ovo je iskrena zahvala.",
        "Láttam az esti műsort.",
        # same shapes as the probes, in such a sentence: a comma before and a full stop
        # after is no appositive; two words of ours against three others is no sentence of ours
        "Hvala, ana lepa.",
        "Kint van az esti program.",
        "Detta är till hela gänget.",
    ],
)
def test_lower_case_phrase_in_a_capitalised_post_is_kept(redactor: Redactor, text) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("My name is maria zelvinskaite.", True),
        ("Best, maria zelvinskaite", True),
        ("Photos by maria zelvinskaite.", True),
        ("The tutor, maria zelvinskaite, was great.", True),
        ("Tom, maria zelvinskaite and Ana.", True),
        ("Fajnie, maria zelvinskaite.", False),  # a comma before, no comma or "and" after
        ("Reminder that maria zelvinskaite is on leave.", False),
    ],
)
def test_name_slot(text: str, slot: bool) -> None:
    start = text.index("maria")
    assert name_slot(text, start, start + len("maria zelvinskaite")) is slot


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("Reminder that maria zelvinskaite is on leave until Monday.", True),
        ("It was maria zelvinskaite who called.", True),
        ("Hvaležna sem maria zelvinskaite, spet.", False),  # one word of ours, two others
        ("Kint van maria zelvinskaite program.", False),  # two words of ours, one other
        ("Detta är till maria zelvinskaite.", False),  # "är": a Swedish sentence word
        ("Fajnie, maria zelvinskaite.", False),  # the opening word is none of ours
        ("Petra Turk, maria zelvinskaite v društvu.", False),  # capitalised names count not
    ],
)
def test_sentence_of_ours(text: str, ours: bool) -> None:
    start = text.index("maria")
    assert sentence_of_ours(text, start, start + len("maria zelvinskaite")) is ours


def test_lower_case_posts_keep_the_lower_case_rules(redactor: Redactor) -> None:
    # no capitalised opening: the guard never looks ("met maren lindqvist today")
    text = "hi all. reminder that jana prokesovska is on leave"
    assert redactor.redact(text).text == "hi all. reminder that [NAME] is on leave"


# --- 2. a capitalised title before a lower-case word -----------------------------------------
TITLES = [
    ("Thanks. Mr smith will call you back.", "Thanks. Mr [NAME] will call you back."),
    ("Thanks. Ms kowalczyk will call you back.", "Thanks. Ms [NAME] will call you back."),
    ("Great visit. Dr halvorsen was kind to us.", "Great visit. Dr [NAME] was kind to us."),
    ("Great visit. Dr maria zelvinskaite was kind.", "Great visit. Dr [NAME] was kind."),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_lower_case_name_after_a_capitalised_title(redactor: Redactor, text, expected) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(("text", "expected"), TITLES + LOWER_NAMES[:4])
def test_probes_with_the_name_tagger(tagged: Redactor, text: str, expected: str) -> None:
    # the tagger may take the title too ("[NAME] [NAME] will call"): every word of the name
    # that the rules redact must be gone
    out = tagged.redact(text).text
    for word in set(text.split()) - set(expected.split()):
        assert word.strip(".,!") not in out


@pytest.mark.parametrize(
    "text",
    [
        # a title that is also a sentence word ("Me": Spanish "me"), whatever follows it
        "Me avisan cuando llegue el pedido.",
        "Me cobran de más cada mes.",
        "Thanks. Miss you all already.",
        # any title before a word of ours that no list holds as a name
        "Great visit. Dr said nothing new.",
    ],
)
def test_capitalised_title_before_a_sentence_word_is_kept(redactor: Redactor, text) -> None:
    assert redactor.redact(text).text == text


# --- 3. a person named with a role after an institution ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In partnership with Museum Director Ana Pérez we opened the show.",
            "In partnership with Museum Director [NAME] we opened the show.",
        ),
        (
            "In collaboration with Hospital Manager Lucía Ferrán and her team.",
            "In collaboration with Hospital Manager [NAME] and her team.",
        ),
        (
            "En alianza con Colegio Rectora Lucía Ferrán Olazábal.",
            "En alianza con Colegio Rectora [NAME].",
        ),
        (
            "In Zusammenarbeit mit Schule Leiterin Anna Brauckmann.",
            "In Zusammenarbeit mit Schule Leiterin [NAME].",
        ),
        (
            "In partnership with Museum Lucía Ferrán, who curated it.",
            "In partnership with Museum [NAME], who curated it.",
        ),
        # the same hole after a place preposition
        ("We met near Museum Director Ana Pérez", "We met near Museum Director [NAME]"),
        ("Cerca de Museo Directora Ana Pérez.", "Cerca de Museo Directora [NAME]."),
        ("Near Hospital Dr Anna Brauckmann.", "Near Hospital Dr [NAME]."),
    ],
)
def test_person_with_a_role_after_an_institution(redactor: Redactor, text, expected) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # the guard's own texts (test_look12_lookalikes): an institution named after someone
        "In partnership with Museo Lucía Ferrán.",
        "Alianza con Universidad Andrés Molina Prieto.",
        # same shapes: a relative clause about the place ("which"), a place preposition
        "In partnership with Museo Lucía Ferrán, which opens at nine.",
        "We met near Museo Lucía Ferrán.",
    ],
)
def test_institution_named_after_a_person_is_kept(redactor: Redactor, text: str) -> None:
    # pin changed: a place noun beside a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in redactor.redact(text).text


# --- 4. no module-level cache of raw posts ------------------------------------------------------
def test_capitalised_writer_keeps_no_cache() -> None:
    assert not hasattr(capitalised_writer, "cache_info")
    assert not any(hasattr(getattr(person_lower, n), "cache_info") for n in dir(person_lower))
