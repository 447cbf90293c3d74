"""Round 5 address classes, from the postal standards, with made-up addresses.

1. The locality joined to the street line by a place preposition, the postcode after it or in
   brackets (La Poste: "12 rue X à Ville (code)", "... dans le 75011"; Australia Post: the
   locality in capitals, "NEWTOWN 2042", where the four digits may read as a year).
2. A postcode every standard writes last (Royal Mail, An Post, India Post, Poste Italiane's
   "code TOWN (PR)") closes the address: a flight, a model or an order reference on the next
   line or after it stays.
3. PostNL place names with the old article ("'s-Hertogenbosch", "'s-Gravenhage"), two spaces
   after the code, the code on its own line.
4. The day of a date is no house number ("VERGADERING 3-9-2026", "POINT MENSUEL 4 mars").
5. A numberless street after a preposition of going through or an article is a place in prose
   ("girato per Piazza X.", "caminhamos pela Avenida Y.", "por la calle Z.\\n").
"""

from __future__ import annotations

import pytest

GONE = [
    # 1. La Poste: the locality after "à", the code in brackets; the code after "dans le"
    ("Envoyez au 18 bis rue des Tanneurs à Vierzon (18100), merci.", ["18100", "Vierzon"]),
    ("Livraison : 7 impasse du Moulin à AUBAGNE (13400)", ["13400", "AUBAGNE"]),
    ("Rendez-vous au 64 ter avenue Jean Moulin à Quimper (29000).", ["29000"]),
    ("On habite au 9 chemin des Vignes dans le 84120 depuis mai.", ["84120"]),
    ("Nouvelle adresse : 31 boulevard Carnot dans le 06400", ["06400"]),
    # Australia Post: the locality in capitals, the postcode may look like a year
    ("Drop it at 14 Banksia Street, MARRICKVILLE 2204 please", ["2204", "MARRICKVILLE"]),
    ("We live at 3 Wattle Cres in ASHFIELD (2131) now", ["2131"]),
    ("Send mail to 77 Kookaburra Road over in TOOWONG, 4066, thanks", ["4066", "TOOWONG"]),
    ("Home: 5 Grevillea Close over in MOUNT LAWLEY 6050", ["6050", "LAWLEY"]),
    ("Office is 210 Tasman Parade, ROSEBERY 2018", ["2018", "ROSEBERY"]),
    # other place links: "out in", "up in", "just outside", "près de", "a", "em", "bij"
    ("Post it to 6 Lyrebird Rd out in BERRIMA 2577", ["2577", "BERRIMA"]),
    ("Post it to 6 Lyrebird Rd just outside BENDIGO, 3550", ["3550"]),
    ("On vit au 14 rue Basse près de Douai (59500).", ["59500"]),
    ("Abito in Via Manzoni 5 a Lecco (23900).", ["23900"]),
    ("Wij wonen op Kerkstraat 5 bij Breda, 4811 AB", ["4811 AB"]),
    # PostNL: the town after "in", the code in brackets
    ("Wij wonen op Lindengracht 12 in Zwolle (8011 AB), kom langs", ["8011 AB", "Zwolle"]),
]

KEPT_AFTER = [
    # 2. a flight, a model, an order number after a complete postcode
    ("Ship to 4 Quay Street, Cork, T12 AB34 Flight KL 4411 lands at 9:10", "KL 4411"),
    ("Unit 3, 40 Elm Road\nLeeds\nLS6 2QT\nOrder ABC-2026-55120 shipped", "ABC-2026-55120"),
    ("12 MG Road\nIndiranagar\nBengaluru, Karnataka 560038\nFlight UK 2815 boards at 6", "UK 2815"),
    ("Sede: VIA DEI GELSI, 14/B - 37121 VERONA (VR)\nIndicate GTX 3060 al supporto", "GTX 3060"),
    ("Adres: 2514 GK Den Haag, Prinsestraat 44 Referentie KL-5521 meesturen", "KL-5521"),
    ("we are at 96 maple ct.\nQuote REF-2027-40412 when you call", "REF-2027-40412"),
]

DUTCH_ARTICLE_TOWNS = [
    ("Adres: Vughterweg 17-2, 5211 CK 's-Hertogenbosch", ["5211 CK", "Hertogenbosch", "17-2"]),
    ("Woonadres:  Laan van Meerdervoort 88\n2517AN  's-Gravenhage\nTel:", ["2517AN", "88"]),
    ("Wij zitten op Parkweg 3, 7031 DL 's-Heerenberg", ["7031 DL", "Heerenberg"]),
    ("Groet uit Kerkstraat 9 in 's-Hertogenbosch (5211 BL), tot snel", ["5211 BL"]),
]

DATES_KEPT = [
    ("NOTULEN LEDENVERGADERING 3-9-2026\nAanwezig: iedereen", "3-9-2026"),
    ("Verslag jaarvergadering 12-11-2025", "12-11-2025"),
    ("COMPTE RENDU DU POINT MENSUEL 4 mars 2026\nPrésents : tous", "4 mars 2026"),
    ("Rendez-vous Place Kléber 12 octobre à midi.", "12 octobre"),
    ("Ci vediamo in Piazza Duomo 21 giugno per la festa.", "21 giugno"),
]

PLACES_KEPT = [
    "Domenica abbiamo girato per Piazza Cavour in bici.",
    "No sábado corremos pela Avenida Brasil.",
    "Depois do jantar andamos pela Rua Direita.\n\nFoi ótimo.",
    "Después de cenar paseamos por la calle Sierpes.\nHabía mucha gente.",
    "On a flâné par la rue Mouffetard.",
    "Wir sind durch die Rue Saint-Denis gelaufen.",
    # named after a person, still walked through
    "No sábado corremos pela Rua Teresa Mota Lobo",
    "Domenica abbiamo pedalato lungo Viale Carlo Mazzini.",
]

ADDRESSES_STILL_GONE = [
    # a numberless street given as where someone lives or where to send, not a walk
    ("Moramos na Rua Joana Lopes.", "Joana Lopes"),
    ("Envie para a Rua Pedro Dias.", "Pedro Dias"),
    ("Il habite rue Gravier.", "Gravier"),
    # the number and postcode after a street with a place preposition still go
    ("Venez au 5 rue Haute à Lens (62300).", "62300"),
]

# a count after the number that a place preposition leads to: the street goes, the count stays
COUNT_AFTER_LINK = [
    ("Fest in der Lindenstraße 5 bei 30000 Besuchern.", "30000 Besuchern"),
    ("On était au 4 rue Basse dans le 15000 personnes", "15000 personnes"),
    ("Meet at 5 Reef St, CAIRNS 4000 people came", "4000 people"),
]

LOOKALIKES_KEPT = [
    # a place preposition and four digits that are no postcode
    "We met at 12 Main Street in 2024 and again later.",
    "We met at 12 Main Street over 2000 times, it seems.",
    "Rendez-vous au 4 rue Haute à 1930 mètres d'altitude.",
    "Flight QF 2042 to Sydney leaves at 10:15",
    "Meet at 12 Main St just 10000 steps from here",
    "Abito in Via Roma 5 a 10000 passi dal mare",
]


@pytest.mark.parametrize(("text", "fragments"), GONE)
def test_locality_after_place_preposition_goes(redactor, text, fragments):
    out = redactor.redact(text).text
    assert "[ADDRESS]" in out
    for fragment in fragments:
        assert fragment not in out, out


@pytest.mark.parametrize(("text", "kept"), KEPT_AFTER)
def test_reference_after_a_closing_postcode_stays(redactor, text, kept):
    out = redactor.redact(text).text
    assert "[ADDRESS]" in out and kept in out, out


@pytest.mark.parametrize(("text", "fragments"), DUTCH_ARTICLE_TOWNS)
def test_dutch_article_towns(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out


@pytest.mark.parametrize(("text", "kept"), DATES_KEPT)
def test_day_of_a_date_is_no_house_number(redactor, text, kept):
    out = redactor.redact(text).text
    assert kept in out and "[ADDRESS]" not in out, out


@pytest.mark.parametrize("text", PLACES_KEPT)
def test_numberless_street_walked_through_is_kept(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


@pytest.mark.parametrize(("text", "fragment"), ADDRESSES_STILL_GONE)
def test_numberless_address_still_goes(redactor, text, fragment):
    out = redactor.redact(text).text
    assert fragment not in out, out


@pytest.mark.parametrize("text", LOOKALIKES_KEPT)
def test_numbers_after_a_place_preposition_kept(redactor, text):
    out = redactor.redact(text).text
    for token in ("2024", "2000", "1930", "QF 2042", "10000"):
        if token in text:
            assert token in out, out


@pytest.mark.parametrize(("text", "kept"), COUNT_AFTER_LINK)
def test_count_after_place_link_kept(redactor, text, kept):
    out = redactor.redact(text).text
    assert "[ADDRESS]" in out and kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Passeamos pela Rua Helena Prado Lima ontem.",
        "Anoche paseamos por la Calle Pedro Almagro.",
    ],
)
def test_walked_street_named_after_a_person_is_no_name(redactor, text):
    """A street named after a person and walked through is a place: neither an address nor a
    person (``address_places.street_place``, which ``find_people`` asks)."""
    assert redactor.redact(text).text == text
