"""A member's name written alone where no full name helps (trainer/redact/member_given.py):
lower-case chat handles and acknowledgements, surnames in capitals, surnames that a frequent-word
list holds, speaker labels, programme lines, lists of attendees, a subject before a verb.
Names and sentences are made up for these tests, in several locales."""

from __future__ import annotations

import pytest

ROSTER = [
    "Matteo Pellegrini",
    "Hélène Moreau",
    "Wouter Visser",
    "Rodrigo Pereira",
    "Klaus Bergmann",
    "Olivia Wainwright",
    "Diego Castellanos",
    "Sander Kramer",
    "Inés Ortega",
    "Bruno Navarro",
    "Paola Colombo",
    "Marisa Threlkeld",
    "Tunde Oyelaran",
    "Léonie Quennevaux",
    "Summer Oakes",
    "Rose Tillbrook",
    "Mark Ellery",
]


# A lower-case given name in chat: after a thanks, an acknowledgement or a copy line, alone in
# its message, or before a request to its reader.
CHAT = [
    ("[09:14] pixelfox: thx matteo 🙌", "[09:14] pixelfox: thx [NAME] 🙌"),
    ("[18:02] zed: ok hélène, à demain", "[18:02] zed: ok [NAME], à demain"),
    ("cc wouter pls review", "cc [NAME] pls review"),
    ("[07:30] mimi: rodrigo!", "[07:30] mimi: [NAME]!"),
    ("lunabee › olivia can you merge it?", "lunabee › [NAME] can you merge it?"),
    ("grazie matteo", "grazie [NAME]"),
    ("bedankt wouter!", "bedankt [NAME]!"),
    ("valeu rodrigo 👍", "valeu [NAME] 👍"),
    ("klaus\n", "[NAME]\n"),
    ("Thanks for the quick fix, matteo!", "Thanks for the quick fix, [NAME]!"),
    ("our intern rodrigo starts on monday", "our intern [NAME] starts on monday"),
    ("pour les badges, contactez hélène", "pour les badges, contactez [NAME]"),
]


CHAT_WORDS_KEPT = [
    "[10:00] bob: ok will do",  # a top word, even after "ok"
    "we watched the oliver musical again",  # a lower-case word with no cue
    "the summer break starts soon",
    "[11:20] ana: rose petals everywhere 🌹",  # a word, followed by more words
]


# A roster surname in capitals that no list holds as a word goes like a capitalised one.
CAPITALS = [
    ("THRELKELD is back on Monday.", "[NAME] is back on Monday."),
    ("Great to see OYELARAN here!", "Great to see [NAME] here!"),
    ("QUENNEVAUX: ticket fermé.", "[NAME]: ticket fermé."),
    ("MOREAU présentera le bilan.", "[NAME] présentera le bilan."),
    ("PELLEGRINI porterà i documenti.", "[NAME] porterà i documenti."),
]


# A name that a frequent-word list holds (those lists hold many names): inside a sentence it
# goes; opening a line it goes as a speaker label, alone on its line, or as a subject.
FREQUENT_WORDS = [
    ("Ask Wainwright about the keys.", "Ask [NAME] about the keys."),
    ("Gisteren belde Visser over de sleutels.", "Gisteren belde [NAME] over de sleutels."),
    ("Moreau: dossier transmis à la compta.", "[NAME]: dossier transmis à la compta."),
    ("Pellegrini > accesso negato", "[NAME] > accesso negato"),
    (
        "Richiesta 4471\nPellegrini\nil modulo non si apre",
        "Richiesta 4471\n[NAME]\nil modulo non si apre",
    ),
    ("Matteo è il collega migliore.", "[NAME] è il collega migliore."),
    ("Olivia was a great mentor.", "[NAME] was a great mentor."),
    ("Diego presentará el informe.", "[NAME] presentará el informe."),
    ("Sander gaat presenteren op vrijdag.", "[NAME] gaat presenteren op vrijdag."),
    ("Wainwright is out until Friday.", "[NAME] is out until Friday."),
    ("Great launch. Olivia, thank you!", "Great launch. [NAME], thank you!"),
]


WORDS_KEPT = [
    "Der Bergmann fuhr in den Schacht.",  # a German noun after its article
    "Mark your calendars for the spring meetup.",
    "Summer is here at last.",  # a word: a copula is no cue for it
    "Rose: three bunches for the tables.",  # a word: no speaker label
    "Summer\nWinter\nSpring",
]


# Lists of attendees and programme lines: a member's name that is a word goes there too.
ATTENDEES = [
    ("Present: Ortega; Navarro", "Present: [NAME]; [NAME]"),
    ("Presenti: Colombo, Pellegrini", "Presenti: [NAME], [NAME]"),
    ("Aanwezig: Visser; Kramer", "Aanwezig: [NAME]; [NAME]"),
    ("Anwesend: Navarro und Ortega", "Anwesend: [NAME] und [NAME]"),
    (
        "• 10:15 | Open data in practice / Ortega (Civic Lab)",
        "• 10:15 | Open data in practice / [NAME] (Civic Lab)",
    ),
    ("14h30 : Atelier cartographie · Navarro", "14h30 : Atelier cartographie · [NAME]"),
    ("1. 9:00 am: Budget basics, Colombo", "1. 9:00 am: Budget basics, [NAME]"),
    ("9.30 Uhr – Datenschutz im Verein / Navarro", "9.30 Uhr – Datenschutz im Verein / [NAME]"),
]


LISTS_KEPT = [
    "Wines: Navarro, Rioja and Douro.",  # no list of people
    "10:15 Navarro wines tasting",  # not the line's speaker slot
    "Menu: Colombo coffee, tea",
]


INITIALS = [
    ("Shares\nPaola C. sends the notes", "Shares\n[NAME] sends the notes"),
    (
        "Azioni della settimana: Matteo P. ha il verbale",
        "Azioni della settimana: [NAME] ha il verbale",
    ),
]


ROSTER_WORDS = [
    "Isla Marchetti",
    "Tucker Wynn",
    "Will Ortega",
    "Mark Ellery",
    "Chloé Vasseur",
    "Roos Tuinman",
    "Fleur Dekkers",
    "Ole Brandvik",
    "Diego Castellanos",
    "Paola Colombo",
    "Bruno Navarro",
    "Rose Tillbrook",
]


# A name that is also a word, with a person cue further away: an English pronoun that refers
# to it, a vocative with "you" in the clause, a contact verb, a passé composé, a list of
# references, a self-introduction in lower case.
FAR_CUES = [
    (
        "I have worked with Isla for years and she never misses a deadline.",
        "I have worked with [NAME] for years and she never misses a deadline.",
    ),
    ("Tucker is brilliant. Hire him now.", "[NAME] is brilliant. Hire him now."),
    ("Tucker - he ran the audit.", "[NAME] - he ran the audit."),
    ("Chloé a entièrement revu le budget.", "[NAME] a entièrement revu le budget."),
    (
        "Super gedaan Roos, dankzij jou ging het goed",
        "Super gedaan [NAME], dankzij jou ging het goed",
    ),
    ("super gedaan fleur, dankzij jou!", "super gedaan [NAME], dankzij jou!"),
    (
        "Per i badge contattate Paola in segreteria.",
        "Per i badge contattate [NAME] in segreteria.",
    ),
    (
        "Si tenéis dudas, llamad a diego por la tarde.",
        "Si tenéis dudas, llamad a [NAME] por la tarde.",
    ),
    ("Hallo, ich bin ole und neu hier.", "Hallo, ich bin [NAME] und neu hier."),
    ("References: Navarro, available on request.", "References: [NAME], available on request."),
]


FAR_CUES_KEPT = [
    "Will you tell him?",  # a top word: no pronoun cue
    "Mark him as absent.",  # the pronoun right after: a verb and its object
    "Rose a une couleur douce.",
    "in Navarro, you see the old walls",  # after a place preposition
    "the isla was quiet",
]


ROSTER_TEAM = [
    "Hugo Lambert",
    "Mateus Costa",
    "Lena Hoffmann",
    "Camila Rocha",
    "Oscar Lindberg",
    "Ruby Walsh",
    "Joaquín Herrera",
    "Priya Nair",
]


# Notes, tickets and chat in a team: labels and "by" phrases before a name that is also a word,
# a bracketed owner, two members joined by "&" or listed together, lower-case chat labels.
TEAM = [
    ("Notes taken by Herrera.", "Notes taken by [NAME]."),
    ("Owner: Lambert", "Owner: [NAME]"),
    ("Foto: Rocha", "Foto: [NAME]"),
    ("Action: Costa to book the room", "Action: [NAME] to book the room"),
    ("Ticket #88 assigned to Herrera", "Ticket #88 assigned to [NAME]"),
    ("TODO (Lambert): fix the wiki", "TODO ([NAME]): fix the wiki"),
    ("10:00 Keynote (Rocha)", "10:00 Keynote ([NAME])"),
    ("Thanks Lambert & Costa", "Thanks [NAME] & [NAME]"),
    ("Merci à Lindberg et Lambert !", "Merci à [NAME] et [NAME] !"),
    ("Attendees - Walsh; Costa", "Attendees - [NAME]; [NAME]"),
    ("gracias a priya y camila", "gracias a [NAME] y [NAME]"),
    ("lena: done", "[NAME]: done"),
    ("camila, grazie!", "[NAME], grazie!"),
    ("oscar any update?", "[NAME] any update?"),
    ("xx lena", "xx [NAME]"),
    ("-- \nRuby", "-- \n[NAME]"),
]


TEAM_KEPT = [
    "Ben & Jerry's for the whole team",  # a company, no member on either side
    "ruby: 3.2 is out",  # a word in lower case as a chat label
    "We drove along the Costa Brava.",
    "Foto: Costa Brava at sunset",
    "Lambert conformal projection, see the map",  # no cue
]


ROSTER_FP = ["Mark Fischer", "Rose Baker", "Serena Bravo", "Grace Costa", "Iris Herrera"]


# Words that are members' names, in posts without a person: the cues above need their shape.
CUE_SHAPES_KEPT = [
    "Mark: 5/10, could be better.",  # a score, no speaker label
    "ok mark it as done",  # an acknowledgement before a verb, not an address
    "Photo: Rose garden in May",  # a label's value that goes on
    "Foto: Serena vista sul lago",
    "We met at Bravo, she loved the food.",  # a place, then a pronoun
    "Grace: 3 days left",
]


def _params(groups):
    """pytest params (roster, *case) for each group of cases, with ids that name the group."""
    return [
        pytest.param(roster, *(case if isinstance(case, tuple) else (case,)), id=f"{name}-{i}")
        for name, (roster, cases) in groups.items()
        for i, case in enumerate(cases)
    ]


REDACTED = {
    "chat": (ROSTER, CHAT),
    "capitals": (ROSTER, CAPITALS),
    "frequent_words": (ROSTER, FREQUENT_WORDS),
    "attendees": (ROSTER, ATTENDEES),
    "initial_near_company": (ROSTER, INITIALS),
    "far_cues": (ROSTER_WORDS, FAR_CUES),
    "team": (ROSTER_TEAM, TEAM),
}
KEPT = {
    "chat_words": (ROSTER, CHAT_WORDS_KEPT),
    "words": (ROSTER, WORDS_KEPT),
    "lists": (ROSTER, LISTS_KEPT),
    "far_cues": (ROSTER_WORDS, FAR_CUES_KEPT),
    "team": (ROSTER_TEAM, TEAM_KEPT),
    "cue_shapes": (ROSTER_FP, CUE_SHAPES_KEPT),
}


@pytest.mark.parametrize(("roster", "text", "expected"), _params(REDACTED))
def test_member_name_alone_is_redacted(redactor_for, assert_exact, roster, text, expected):
    assert_exact(redactor_for(roster), text, expected)


@pytest.mark.parametrize(("roster", "text"), _params(KEPT))
def test_words_and_non_people_stay(redactor_for, assert_kept, roster, text):
    assert_kept(redactor_for(roster), text)
