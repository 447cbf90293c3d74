"""Round-2 name classes (issue 10), each written from naming conventions, with made-up
people: elided and Irish surnames (O'/D', Ó, Ní, Mac), Dutch "van 't", "Surname, Given" after
a greeting or a person word, lower-case names after a cue; and plain Romance-language prose
that must stay (a lower-case given name that is a word before a verb form is no name).
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor(redactor_for) -> Redactor:
    return redactor_for(("Greta Solvangen",))  # shared with test_names6_classes.py


NAMES = [
    ("Thanks to Síle O'Dorrian for this.", "Thanks to [NAME] for this."),
    ("Ornella D'Aquilante entra a far parte del team.", "[NAME] entra a far parte del team."),
    ("come dice sempre Arch. Noemi D'Avanzetti.", "come dice sempre Arch. [NAME]."),
    ("— Siobhán Ní Bhraonáin", "— [NAME]"),
    ("Congrats to Pádraig Ó Corráin!", "Congrats to [NAME]!"),
    ("Welkom in het team, M. van 't Kruisweg!", "Welkom in het team, [NAME]!"),
    ("Mooi gesprek met Sanne in 't Velderink over AI.", "Mooi gesprek met [NAME] over AI."),
    ("Foto: Caoimhe Mac Giolla Bhríde", "Foto: [NAME]"),
    ("Photo: Oisín Ó Ceallacháin", "Photo: [NAME]"),
    ("Kudos to Tadhg O'Sullivane and Róisín McCarthaigh!", "Kudos to [NAME] and [NAME]!"),
    ("Thanks Lachlan Fitzgerald-Hume and Bronwyn O'Loughlane", "Thanks [NAME] and [NAME]"),
    # "Surname, Given" after a greeting, a lower-case word or a person word.
    ("Welkom in het team, Kuipers, Lotte!", "Welkom in het team, [NAME]!"),
    ("Congratulazioni, Lo Russo, Ludovica!", "Congratulazioni, [NAME]!"),
    ("talk to Marshbury, Ximena; she is looking", "talk to [NAME]; she is looking"),
    ("Reference from Kalinowski, Thanh, my manager.", "Reference from [NAME], my manager."),
    ("Ter Horst, Wietske versterkt ons team.", "[NAME] versterkt ons team."),
    ("zegt Bakker, Sanne altijd.", "zegt [NAME] altijd."),
    ("Medeiros, Bruna chega este mês.", "[NAME] chega este mês."),
    # Lower case after a person cue, even when the surname is also a given name or a word.
    ("obrigada a iago yamaguchi pelo feedback", "obrigada a [NAME] pelo feedback"),
    ("huge thanks to bronwyn morton for the notes", "huge thanks to [NAME] for the notes"),
    ("thanks to maren lindqvist for the talk", "thanks to [NAME] for the talk"),
    # Honorifics: a given name that is also a word opens the name; Dutch meneer/mevrouw/ir.
    ("Congratulations, Ms Sienna Colworth!", "Congratulations, Ms [NAME]!"),
    ("Gefeliciteerd, meneer Bouzidi!", "Gefeliciteerd, meneer [NAME]!"),
    (
        "Referenties via mevrouw Jansema, mijn leidinggevende.",
        "Referenties via mevrouw [NAME], mijn leidinggevende.",
    ),
    ("Samen met ir. Kuipgraaf aan het platform.", "Samen met ir. [NAME] aan het platform."),
    # All caps: particles and second surnames belong to the name.
    ("FEMKE DE VRIESMA versterkt ons team", "[NAME] versterkt ons team"),
    ("Benvenuto in squadra, LORENZO LO RUSSINO!", "Benvenuto in squadra, [NAME]!"),
    ("Gracias a MACARENA GARRBURU FERNÁNDEZ por todo", "Gracias a [NAME] por todo"),
    ("Gracias a BEGOÑA FERNÁNDEZ DE LA VEGA por todo", "Gracias a [NAME] por todo"),
    ("PEPIJN VAN 'T HOFSTEDE versterkt ons team", "[NAME] versterkt ons team"),
    # A given name that is a word, after a greeting or before a quote or "and I".
    ("Last week Cooper Kilwater and I presented", "Last week [NAME] and I presented"),
    (
        "Congratulations, Bailey Holbrooke-Tate! Well deserved.",
        "Congratulations, [NAME]! Well deserved.",
    ),
    ("as Sienna Vella likes to say", "as [NAME] likes to say"),
    ("Welcome aboard Sienna Darlingford!", "Welcome aboard [NAME]!"),
    # French: N'/M' prefixes, "Pr" without a full stop, particles after an honorific.
    ("Merci à Éloïse N'Guessanou et C. N'Diayeba !", "Merci à [NAME] et [NAME] !"),
    ("N'Dourane, Margaux rejoint l'équipe.", "[NAME] rejoint l'équipe."),
    ("Merci au Pr Grenetier pour sa conférence.", "Merci au Pr [NAME] pour sa conférence."),
    ("Bienvenue dans l'équipe, Pr de La Salle !", "Bienvenue dans l'équipe, Pr [NAME] !"),
    # Welcome-to-the-team phrases and "auprès de" before a given name that is also a word.
    ("Bienvenue dans l'équipe, Benoît Valfortin !", "Bienvenue dans l'équipe, [NAME] !"),
    (
        "Références auprès de Benoît Keretonne, mon ancienne responsable.",
        "Références auprès de [NAME], mon ancienne responsable.",
    ),
    ("comme dit souvent Montierre, Ségolène.", "comme dit souvent [NAME]."),
    ("Hier, gwenaël beauvillard et moi avons présenté.", "Hier, [NAME] et moi avons présenté."),
    # A particle makes a word-like surname after a given name that is a word.
    ("Referenties via Lotte ter Horstink, mijn manager.", "Referenties via [NAME], mijn manager."),
    ("Shoutout to tanner bourinet for the workshop", "Shoutout to [NAME] for the workshop"),
]

KEPT = [
    "in Paris, Anna met us.",
    "flew to Paris, Anna and I",
    "Canada, Germany, France",
    "Offices: Madrid, Barcelona, Valencia, Sevilla",
    # Lower-case Romance prose: a given name that is a word, a verb form after it.
    "a lua cheia e o sol nascente, que manhã linda",
    "minha filha nasceu hoje, gratidão imensa",
    "renata, fernanda e juliana lideraram o projeto com maestria.",
    "Dinner at L'Oréal Paris with the team",
    "WE ARE HIRING IN MADRID DE LA CASA",
    "Congratulations to Real Madrid and Apple Music!",
    "Welcome aboard Amazon Prime Video!",
    "Our PR Manager joined.",
    "Thanks to will power and grace",
    "thanks to hunter valley wines",
    "Die Fotos vom Gipfel in Leipzig sind jetzt online.",
    "Die Bilder vom Treffen in Berlin.",
    "ave maria and anna maria sang",
    # A saint's or place word before a given name: a place.
    "A Prefeitura de São José dos Campos apoia a iniciativa.",
    "Nos vemos en San Sebastián y en Santa Cruz de Tenerife.",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_name_classes(redactor: Redactor, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_plain_text_kept(redactor: Redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)
