"""Street lines and postcodes of the Baltic posts, Pošta Slovenije's type-after streets, POST
Luxembourg's "L-NNNN", GhanaPost GPS digital addresses and the Baltic address labels (session
addr14). Values are made up; each rule has a same-shape look-alike that stays."""

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lietuvos paštas: name, type abbreviation, house-flat, LT-code and town
        (
            "Siuntas prašau siųsti: Kęstučio g. 41-7, LT-44321 Tauragė.",
            "Siuntas prašau siųsti: [ADDRESS].",
        ),
        ("Susitinkame: Vytauto pr. 18\nLT-87120 Telšiai\nIki!", "Susitinkame: [ADDRESS]\nIki!"),
        ("Nauja vieta: Pušų al. 9.", "Nauja vieta: [ADDRESS]."),
        ("Biuras: M. K. Maironio g. 3, Kėdainiai.", "Biuras: [ADDRESS]."),
        # Latvijas Pasts: street, house-flat, town, LV-code
        ("Mana adrese: Ozolu iela 27-4, Kuldīga, LV-3301.", "Mana adrese: [ADDRESS]."),
        (
            "Tiekamies pie manis: Jūras prospekts 8\nTukums, LV-3105\nPaldies",
            "Tiekamies pie manis: [ADDRESS]\nPaldies",
        ),
        ("Ballīte pie manis: Kalnu iela 5 k-2, Bauska, LV-3901", "Ballīte pie manis: [ADDRESS]"),
        # Omniva: street type abbreviation, house-flat, five-digit code and town
        ("Pidu minu juures: Pikk tn 14-3, 72713 Paide.", "Pidu minu juures: [ADDRESS]."),
        ("Kohtume: Pärnu mnt 62\n79513 Rapla\nAitäh", "Kohtume: [ADDRESS]\nAitäh"),
        ("Uus kontor: Kase põik 7.", "Uus kontor: [ADDRESS]."),
        ("Asume nüüd Männi tee 31, 48309 Jõgeva", "Asume nüüd [ADDRESS]"),
        # a weak Lithuanian type with its postcode line
        ("Adresas: Rotušės kel. 4, LT-68123 Marijampolė", "Adresas: [ADDRESS]"),
        # Baltic labels: the noun's case form needs no colon
        (
            "Kaardid võib saata aadressile Vahtra 16\nAitäh!",
            "Kaardid võib saata aadressile [ADDRESS]\nAitäh!",
        ),
        ("Uue kontori aadress: Sepa 9. Tere", "Uue kontori aadress: [ADDRESS]. Tere"),
        # "at my place:" labels a residence
        ("Pidu minu juures: Vahtra 91. Kohtume", "Pidu minu juures: [ADDRESS]. Kohtume"),
        ("Ballīte pie manis: Ozolu 5.", "Ballīte pie manis: [ADDRESS]."),
        ("Vakarėlis pas mane: Pušų 7.", "Vakarėlis pas mane: [ADDRESS]."),
        # Pošta Slovenije: the type after the name, a four-digit code on the line or the next
        ("Pridite na Mlinska trg 12a\n2380 Slovenj Gradec. Hvala", "Pridite na [ADDRESS]. Hvala"),
        ("Naslov: Gallusovo nabrežje 7, 1290 Grosuplje.", "Naslov: [ADDRESS]."),
        # POST Luxembourg: L-NNNN before the locality
        ("Envoyez au 12, rue des Prés, L-3452 Dudelange.", "Envoyez au [ADDRESS]."),
        # GhanaPost GPS: labelled, and after the locality's own line
        (
            "Deliver to 14 Palm Close, Adweso, Koforidua, GPS: EN-204-8817 please",
            "Deliver to [ADDRESS] please",
        ),
        # the label stands between the locality line and the code: the lines before go too
        (
            "Viewing at\nHouse No. 16 Mango Link, Adweso\nKoforidua\nGPS: EN-027-3867\nFirst come",
            "Viewing at\n[ADDRESS]\nFirst come",
        ),
        (
            "Our place: 7 Mango Street, Adweso\nKoforidua\nEN-2045-1177\nSee you",
            "Our place: [ADDRESS]\nSee you",
        ),
        # a street line with no type word, then the postcode line closed by its town (UPU S42)
        ("Pidu minu juures: Sepa 28\n71234 Valga.\nTere", "Pidu minu juures: [ADDRESS].\nTere"),
        # Correos' lower-case "plaza" before its article; Poste Italiane's "via dell'"
        ("Despedida en mi casa: plaza del Carmen, 14.", "Despedida en mi casa: [ADDRESS]."),
        ("Ritrovo: via dell'Orto, 81 Il team", "Ritrovo: [ADDRESS] Il team"),
        # a street named for a date
        ("Oficinas en Av. 3 de Noviembre 418. Las", "Oficinas en [ADDRESS]. Las"),
        # a floor part between the house number and a year-like four-digit code
        (
            "Pot de départ chez moi : chemin des Lilas 12, 3e étage, 1950 Sion.",
            "Pot de départ chez moi : [ADDRESS].",
        ),
        # a lettered or four-digit code closes the address: no second code after it
        (
            "Office: 9 Palm Close, Adweso, Koforidua, Digital address: EN-204-8817 Lot ID 55120984",
            "Office: [ADDRESS] Lot ID 55120984",
        ),
        (
            "Prevzem: Mlinska trg 12a, 1241 Kamnik Sklic 2791 ok",
            "Prevzem: [ADDRESS] Sklic 2791 ok",
        ),
        # an India Post PIN after its place, glued by a hyphen, still goes
        ("Ship to Flat 4, Gandhi Road, Nashik-422011.", "Ship to [ADDRESS]."),
        # a postcode with its country letters and a town, no street
        ("Mūsų sandėlis: LT-44321 Tauragė.", "Mūsų sandėlis: [ADDRESS]."),
        ("Noliktava: Talsi, LV-3201.", "Noliktava: [ADDRESS]."),
    ],
)
def test_redacted(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # "g." after a name with a year and nothing else is the birth year, no street
        "Rašytojas (g. 1987) atvyko.",
        # "e.g." before a count
        "Bring snacks, e.g. 12 apples.",
        # a weak type without the postcode line
        "Kelias kel. 3 buvo uždarytas",
        # country letters in a product code, or before a lower-case word
        "Part LT-44321-B is back in stock.",
        "Ordered the model LV-3105 kit today.",
        "Replaced fuse L-3452 twice.",
        # a GhanaPost shape as a part number, without label or locality line
        "SKU EN-204-8817 is out of stock.",
        "Item: blue lamp, EN-204-8817 sold.",
        # the Baltic label's case form before a year or an e-mail
        "Saatsin aadressile Valga 2024 aastal kirja.",
        # an Estonian street with no type and no label stays to the other rules
        "Meeskond Sepa 9 võitis.",
        # a six-digit reference glued to an all-caps prefix is no India Post PIN after a place
        "Paid for order no. ORD-481516 already.",
        # the English word that is also the Lithuanian key
        "The horse has a long mane: Brown 5.",
        # a count line before a round number and a plural noun is no street and postcode
        "Sprint 14\n10000 Users joined.",
        # an English plaza, an English "via", a floor before a count
        "Meet at the plaza del Sol 2 days later.",
        "Send it via dell 5 times.",
        "Level 3, 2e étage, 2024 users",
    ],
)
def test_kept(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text
