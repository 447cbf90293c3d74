"""Street lines and postcodes of the four-digit posts and of Latin America (session addr13):
flat and box parts before the postcode (Pošta Slovenije, bpost), year-like four-digit codes
before a listed town or lower-case prose, lower-case "route de"/"avenue du" (Swiss Post),
bulevar and jirón with their abbreviations, a street line after an address label, a listed
town that proves the line before it, a Czech street line closed by its PSČ, and a numberless
Kenyan street after an unrelated digit.
Values are made up; each rule has a same-shape look-alike that stays."""

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pošta Slovenije: the flat between the street and the postcode
        ("Moj naslov: Trubarjeva ulica 12, stanovanje 4, 3320 Velenje", "Moj naslov: [ADDRESS]"),
        # bpost: the box "bte" written bare
        ("Adresse : Rue des Tanneurs 9 bte 2, 4000 Liège", "Adresse : [ADDRESS]"),
        # a year-like code before a town and lower-case prose
        (
            "Rendez-vous au Rue des Alpes 94, 1920 Martigny dès huit heures.",
            "Rendez-vous au [ADDRESS] dès huit heures.",
        ),
        # a year-like code before a listed town, whatever follows
        (
            "Kom langs op Lindelei 12, 2060 Antwerpen Tot dan!",
            "Kom langs op [ADDRESS] Tot dan!",
        ),
        # Swiss Post writes "route de" in lower case
        ("Écrivez-moi à route de Fully 18, 1920 Martigny.", "Écrivez-moi à [ADDRESS]."),
        # a year-like house number after an address cue
        (
            "Mi dirección para el contrato: Calle Morelos 1985\n- Cuenta",
            "Mi dirección para el contrato: [ADDRESS]\n- Cuenta",
        ),
        # bulevar and jirón
        (
            "Manden el paquete a Bulevar Batlle 174, 60000 Paysandú, ¡gracias!",
            "Manden el paquete a [ADDRESS], ¡gracias!",
        ),
        ("Dirección: Bv. Batlle 455", "Dirección: [ADDRESS]"),
        ("Pasen por Jr. Callao 208\nBreña, Lima 15083", "Pasen por [ADDRESS]"),
        # a street with no type word after an address label
        (
            "Mijn adres voor het contract: Ravelijn 39\nOverschrijving",
            "Mijn adres voor het contract: [ADDRESS]\nOverschrijving",
        ),
        # a listed town on the next line proves the street line before it
        ("Brieven naar Ravelijn 22\n8000 Brugge", "Brieven naar [ADDRESS]"),
        # Česká pošta's PSČ after the town closes a Czech street line with no keyword
        (
            "Nové místo: Jungmannova 1203/41, Olomouc 779 00. Díky",
            "Nové místo: [ADDRESS]. Díky",
        ),
        # a numberless street before a box, with a time earlier on its line
        (
            "Lunch at 12:30. Post it to Ngong Road, P.O. Box 4521-00100, Nairobi.",
            "Lunch at 12:30. Post it to [ADDRESS].",
        ),
    ],
)
def test_street_lines_are_redacted(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count after a unit and a comma, not a code and its town
        "Level 3, 2024 Users and more",
        # "Jr." after a name is its suffix, no jirón
        "Watched Iron Man 3 with Rob Downey Jr. Iron Man 3 was fun.",
        # English "route" before no French particle
        "Take route Alpha 12 to the east.",
        # a year after a typed street with no address cue
        "Piazza Affari 2024: i migliori titoli",
        # an address label that names no postal address
        "My email address: Jane 2",
        # the town's code in prose with no street line before it
        "Sprint 14 was slow.",
        # three digits and two after a word in lower case or a score: no PSČ
        "We scored 112 to 98 and Level 3 had 450 12 people.",
        "Final score: Tigers 102 98, Lions 101 95.",
    ],
)
def test_look_alikes_stay(redactor, text):
    out = redactor.redact(text).text
    assert "[ADDRESS]" not in out
