"""Round-5 name classes (issue 10), from how names are written, with made-up people in several
languages and forms: a given name and a surname initial ("Ottilie K."), reported speech with
the surname alone ("said Ashworth", "laut Hollenkamp", "secondo Castellucci"), labels that
name people ("Attendees:", "Anwesend:", "Présents :", "Contact:", "Nome completo ="), words that
orthography capitalises (weekdays, months, nationalities) and German derived nouns, which open
or close no name; Australian and New Zealand given names (given_names_oceania.txt).
Look-alikes next to the same forms stay.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor(redactor_for) -> Redactor:
    return redactor_for(("Greta Solvangen",))  # shared with test_names6_classes.py


NAMES = [
    # 1. a given name and the initial of the surname
    ("Great tips from Ottilie K. in the thread.", "Great tips from [NAME] in the thread."),
    ("Reseña de Gonzalo P.: muy recomendable.", "Reseña de [NAME]: muy recomendable."),
    ("- 14:00 Keynote, Wolfgang R. (Vorstand)", "- 14:00 Keynote, [NAME] (Vorstand)"),
    ("Ticket closed by Priyanka S. yesterday", "Ticket closed by [NAME] yesterday"),
    ("Grazie a Benedetta L. per le foto", "Grazie a [NAME] per le foto"),
    # 2. reported speech: the surname alone, or a full name the gazetteer lacks
    ("“It works,” said Ashworth.", "“It works,” said [NAME]."),
    ("The plan is late, according to Okonkwo", "The plan is late, according to [NAME]"),
    ("Der Start ist im Mai, laut Heinemann.", "Der Start ist im Mai, laut [NAME]."),
    (
        "Das sei wichtig, so Heinemann, der das Team leitet.",
        "Das sei wichtig, so [NAME], der das Team leitet.",
    ),
    ("La sede apre a maggio, secondo Castellucci.", "La sede apre a maggio, secondo [NAME]."),
    (
        "Tout est prêt. Lefebvre a précisé les dates.",
        "Tout est prêt. [NAME] a précisé les dates.",
    ),
    ("«Estamos felizes», disse Gonçalves.", "«Estamos felizes», disse [NAME]."),
    ("Todo listo, explicó Aranguren ayer.", "Todo listo, explicó [NAME] ayer."),
    ("said Jarrah Wicklund, who runs the lab.", "said [NAME], who runs the lab."),
    ("Het klopt, aldus Verhoeven.", "Het klopt, aldus [NAME]."),
    # "who" is said of people: a surname that is also a word or a listed company is one there
    (
        "The launch slipped, said Baker, who leads the team.",
        "The launch slipped, said [NAME], who leads the team.",
    ),
    # a heading on its own line ("Actions", "Aktien") is no company context for the next line
    ("Actions\nBastien Morel rejoint l'équipe", "Actions\n[NAME] rejoint l'équipe"),
    # 3. labels that name people: lists and single values, any order and case
    ("Attendees: Wicklund, Ottilie; Jarrah Brackenbury", "Attendees: [NAME]; [NAME]"),
    ("In the room: OTTILIE WICKLUND, Hollenkamp", "In the room: [NAME], [NAME]"),
    (
        "Anwesend: Hollenkamp, Brackenbury und Jarrah Wicklund",
        "Anwesend: [NAME], [NAME] und [NAME]",
    ),
    ("Présents : Lefébvrier, Brambillasca", "Présents : [NAME], [NAME]"),
    ("Aanwezig: Veenstrakamp, Wicklund", "Aanwezig: [NAME], [NAME]"),
    ("Media contact:\nJarrah Wicklund\n+61 2 5550 1234", "Media contact:\n[NAME]\n[PHONE]"),
    ("* Full name = Kirrily Brackenbury", "* Full name = [NAME]"),
    ("Member = MIA HOLLENKAMP", "Member = [NAME]"),
    ("Nome completo: Brambillasca, Benedetta", "Nome completo: [NAME]"),
    # 4. a word-like given name before a surname that deep given-name lists also hold
    ("Thanks to Mia Papadakis for chairing", "Thanks to [NAME] for chairing"),
    ("Ticket 4411\nMia Papadakis\nCannot log in", "Ticket 4411\n[NAME]\nCannot log in"),
    # a particle makes a surname of a word; "Jan" is a given name, not January
    ("Het klopt, aldus De Vries.", "Het klopt, aldus [NAME]."),
    ("Naam: JAN VAN BERKEL", "Naam: [NAME]"),
    # 4b. the name slot of a programme line: after a separator, before brackets or the line end
    ("- 9:00 Opening, Callum Ashworth", "- 9:00 Opening, [NAME]"),
    ("18:30 | Q&A / ROSA CASTELLUCCI (Studio Nord)", "18:30 | Q&A / [NAME] (Studio Nord)"),
    # 6. a name in capitals on its own line: signatures, notices, ticket headers
    (
        "Met vriendelijke groet,\nWILLEM TER BEEK\nAdviseur",
        "Met vriendelijke groet,\n[NAME]\nAdviseur",
    ),
    ("Cordialement,\nMATHIS LE BRAS\nComptable", "Cordialement,\n[NAME]\nComptable"),
    ("IN MEMORIAM\n\nNOAH CÔTÉ – service on Friday", "IN MEMORIAM\n\n[NAME] – service on Friday"),
    ("Ticket 88\nLUCAS PETTERSEN > cannot log in", "Ticket 88\n[NAME] > cannot log in"),
    # a given name in capitals before a listed company's name is a person
    ("Ticket 89\nEMMA DESJARDINS > refund", "Ticket 89\n[NAME] > refund"),
    # 7. a name before its relation to the writer, in any case
    (
        "References from Callum Pettersen, my former line manager.",
        "References from [NAME], my former line manager.",
    ),
    ("ask lucas heinemann, my mentor, about it", "ask [NAME], my mentor, about it"),
    ("Falei com mariana gonçalves, minha gestora.", "Falei com [NAME], minha gestora."),
    ("Ho sentito Vittoria Castellucci, la mia collega.", "Ho sentito [NAME], la mia collega."),
    ("Merci à THÉO LEFEBVRE, mon manager.", "Merci à [NAME], mon manager."),
    # bio and visitor labels, a value in lower case, "Surname, Given" before a role
    (
        "Kurzvita: Heinemann, Jonas, Leitung Vertrieb.",
        "Kurzvita: [NAME], [NAME], Leitung Vertrieb.",
    ),
    ("Mini bio: mariana gonçalves, líder de produto.", "Mini bio: [NAME], líder de produto."),
    ("Speaker bio: Callum Pettersen, data lead.", "Speaker bio: [NAME], data lead."),
    ("Visitor: Lucas Heinemann (2 pm)", "Visitor: [NAME] (2 pm)"),
    # 8. a lower-case name that is a whole list item or line
    ("Relatori:\n- giulio castellucci\n- il nostro CTO", "Relatori:\n- [NAME]\n- il nostro CTO"),
    ("À suivre :\n1. théo lefebvre\n2. les autres", "À suivre :\n1. [NAME]\n2. les autres"),
    ("--\nlukas heinemann | freelance", "--\n[NAME] | freelance"),
    # 5. Australian and New Zealand given names the gazetteer's source lacks
    ("Wiremu Ashworth will chair the hui", "[NAME] will chair the hui"),
    ("Case 77\nKirrily Brackenridge – please escalate", "Case 77\n[NAME] – please escalate"),
    ("Great session from Lowanna Pettersen today", "Great session from [NAME] today"),
]


@pytest.mark.parametrize(("text", "want"), NAMES)
def test_structural_names(redactor: Redactor, assert_exact, text: str, want: str) -> None:
    assert_exact(redactor, text, want)


KEPT = [
    # weekdays, months, nationalities are no given names before a capitalised word
    "We meet every second Tuesday Back then it was easier",
    "Friday Drinks are cancelled this week",
    "Irish Coffee and Spanish Omelette on the menu",
    "June Bug Festival starts soon",
    # derived nouns and sentence words around a name-list token
    "* 11:00 Drei Jare Bereitschaftsplanung",
    "Anna Digitalisierung ist das Thema",
    # labels whose items are no people
    "Attendees: Marketing, Sales and Finance",
    "Present: the whole team (Harbour & Pine)",
    "Contact: Support Team",
    "Name: Project Phoenix",
    "Participants: Bluefield Logistics, Northwind Analytics",
    # reported speech about companies, places and sentence words
    "according to Google, prices fell",
    "said Microsoft in a statement",
    "Prices rose, according to the report.",
    "Sales rose, so The board met.",
    # letters that are labels, not initials
    "Plan B. Next steps follow.",
    # bio labels before no person
    "Bio: Cloud Platform Team",
    "Bio: the team behind the product",
    # lower-case list items that are phrases
    "Agenda:\n- maria said hi\n- coffee",
    "- pedro bought bread",
    # places and groups before "my ..."
    "Back in New York, my old friend called.",
    "Thanks to the whole team, my colleagues rock.",
    # capitals on a line of their own that are no name: headings of ads, programmes, shops
    "SE ALQUILA\nPiso luminoso",
    "CICLO DE CONFERENCIAS\n- 10:00 Apertura",
    "HUIS TE KOOP\nRuime woning",
    "WOHNUNG FREI\nAb Mai",
    "CORSO DI FORMAZIONE\nIscrizioni aperte",
    "ROSE GARDEN",
    "GRACE PERIOD\nThirty days.",
    "MAY DAY",
    # company context on the name's own line still keeps a listed company
    "Achat de 200 actions Michelin hier",
    # newspapers after "according to": a particle before a common word
    "according to Le Monde, prices rose",
    # a given name that is also a word (the tui, a bird) before no surname
    "Tui Ale is a beer from the North Island.",
    # places whose second word deep given-name lists hold
    "Excited about Hong Kong and Sri Lanka this year.",
    "Maria S.A. filed the report",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(redactor: Redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)
