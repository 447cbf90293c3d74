"""Address classes of the midday session (made-up examples, several locales and forms):

- a numberless type-first street named as a place in prose (a preposition of place before it,
  the clause going on in lower case after it) is kept; a residence, delivery, visit or
  first-person word before it, a house number or a number later in the clause, a unit word or
  an address line after it keeps it redacted;
- Australia Post (AS 4590) road-type abbreviations and the Irish/British estate types "Lawn",
  "Demesne"; a listicle-like type ("Park", "Woods", "Vale") after an address cue (a place
  preposition only before a singular type); "Vic", "Qld", "Tas" in title case before a code of
  their range, and a written-out state before a code that closes the line after a locality;
- PostNL: "plantsoen" and "burgwal" streets anywhere, the "-H" addition; a code whose digits
  read as a year before a listed town whose codes start so;
- Correios' complement abbreviations (conj., sl., bl., ap., lj.) inside the street line;
- a US or Australian "STATE CODE" ends the address (only a country may follow);
- a day and a month closed by a full stop or a line break is a date, no house number;
- English words ending in "ring" the English way ("Hiring", "Spring") are no German ring road.
"""

from __future__ import annotations

import pytest

ROSTER = ("Wilhelmina Achterberg",)


@pytest.fixture(scope="module")
def r(redactor_for):
    return redactor_for(ROSTER)


# A numberless street named in prose may be a public place or a person's home street; the
# "place mention" keep tried this session could not tell them apart (a review found home
# streets kept: a resident, a party or a visit named before or after the street), so it was
# withdrawn: such a street is redacted (fail closed).
@pytest.mark.parametrize(
    "text",
    [
        "Su casa está en la calle Alfonso Ortega, junto al parque.",
        "En la calle Larios, donde vive mi hermana, hay obras.",
        "Claire vit dans la rue Jean Moulin, porte bleue.",
        "A avó da Inês está na Rua Tomás Ribeiro, ao lado da farmácia.",
        "A Joana está na Rua Tomás Ribeiro.",
        "O jantar de anos da Sofia é na Rua Tomás Ribeiro às 20h.",
        "Die Party bei Jonas ist in der Rue Lepic um 18 Uhr.",
        "Claire est sur l'avenue Foch, au fond.",
        "Fomos à Rua Tomás Ribeiro visitar a avó.",
    ],
)
def test_numberless_street_in_prose_fails_closed(r, text):
    out = r.redact(text).text
    assert "[ADDRESS]" in out and not any(
        word in out for word in ("Ortega", "Larios", "Moulin", "Ribeiro", "Lepic", "Foch")
    ), out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # residence, delivery, pickup, visit and first-person words before the street
        ("Moro na Rua Augusta, perto do metrô.", "Moro na [ADDRESS], perto do metrô."),
        (
            "Vivo en la calle Alcalá, al lado del parque.",
            "Vivo en la [ADDRESS], al lado del parque.",
        ),
        ("J'habite rue Oberkampf, au troisième.", "J'habite [ADDRESS], au troisième."),
        ("Entrega na Rua Augusta, por favor.", "Entrega na [ADDRESS], por favor."),
        ("Retirada na Rua Augusta, perto do metrô.", "Retirada na [ADDRESS], perto do metrô."),
        ("Estamos na Rua Augusta, ao lado do banco.", "Estamos na [ADDRESS], ao lado do banco."),
        (
            "Nossa loja fica na Rua Augusta, perto do metrô.",
            "Nossa loja fica na [ADDRESS], perto do metrô.",
        ),
        ("I'm staying in Rua Augusta, near the park.", "I'm staying in [ADDRESS], near the park."),
        ("Visitez-nous boulevard Philippe Dupont demain.", "Visitez-nous [ADDRESS] demain."),
        # a house number, a unit or a number later in the clause; an address line after it
        ("Trânsito na Rua Augusta, 1500, como sempre.", "Trânsito na [ADDRESS], como sempre."),
        ("Trânsito na Rua Augusta, apto 12.", "Trânsito na [ADDRESS]."),
        (
            "Obras na Rua Augusta, entre os números 120 e 300.",
            "Obras na [ADDRESS], entre os números 120 e 300.",
        ),
        ("Obras na Rua Augusta, Centro, São Paulo.", "Obras na [ADDRESS], Centro, São Paulo."),
        ("Moramos na Rua Ana Silva.", "Moramos na [ADDRESS]."),
        (
            "Mudamos para a Rua Augusta, perto do metrô.",
            "Mudamos para a [ADDRESS], perto do metrô.",
        ),
        ("Nos mudamos a la calle Alcalá.", "Nos mudamos a la [ADDRESS]."),
        ("Entrega na Rua Augusta às 10h.", "Entrega na [ADDRESS] às 10h."),
        ("Encontro na Rua Augusta às 1500 pessoas.", "Encontro na [ADDRESS] às 1500 pessoas."),
        ("Fomos à Rua Augusta, 1500.", "Fomos à [ADDRESS]."),
        ("Envie à Rua Augusta, por favor.", "Envie à [ADDRESS], por favor."),
        (
            "J'habite sur l'avenue des Ternes, au troisième.",
            "J'habite sur l'[ADDRESS], au troisième.",
        ),
    ],
)
def test_street_with_a_cue_or_a_number_still_goes(r, assert_exact, text, expected):
    assert_exact(r, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Address: 154 Elmfield Lawn", "Address: [ADDRESS]"),
        ("Flat 2, 41 Cedarbrook Lawns, Cork", "[ADDRESS]"),
        ("Post to 7 Ballinteer Demesne please", "Post to [ADDRESS] please"),
        ("Address: 165 Warrego Cl", "Address: [ADDRESS]"),
        ("Send it to 4 Harbour Esp, Cairns QLD 4870.", "Send it to [ADDRESS]."),
        ("Unit 3, 22 Banksia Rdge, Toowoomba", "[ADDRESS]"),
        ("Viewing at 92 Kilbarrack Park from 15:00.", "Viewing at [ADDRESS] from 15:00."),
        ("Ophalen op Vondelplantsoen 14 zaterdag.", "Ophalen op [ADDRESS] zaterdag."),
        ("Ophalen op Oosterplantsoen 61-H zaterdag.", "Ophalen op [ADDRESS] zaterdag."),
        ("Adres: Kloveniersburgwal 29", "Adres: [ADDRESS]"),
        ("Stuur de monsters naar\n2031 BK Haarlem", "Stuur de monsters naar\n[ADDRESS]"),
        ("Stuur het naar 2321 CE Leiden.", "Stuur het naar [ADDRESS]."),
        (
            "Retirada na R. Tabapuã, 27, conj. 41, Campinas - SP, 13015-001 no sábado.",
            "Retirada na [ADDRESS] no sábado.",
        ),
        (
            "Entrega: Av. Brigadeiro Faria Lima, 1200, sl. 5, São Paulo - SP, 01451-001",
            "Entrega: [ADDRESS]",
        ),
        ("Rua Bahia, 88, bl. 2, ap. 31, Belo Horizonte - MG, 30160-010", "[ADDRESS]"),
        ("Ich wohne am Westring 12.", "Ich wohne am [ADDRESS]."),
        ("Wir sind am Sachsenring 4 in Köln.", "Wir sind am [ADDRESS] in Köln."),
        ("I live at 12 May Street.", "I live at [ADDRESS]."),
        ("Send to 9 Glenageary Woods.", "Send to [ADDRESS]."),
        ("Send to 8 Dartry Cottages.", "Send to [ADDRESS]."),
        ("Send to 31 Abbeyfield Vale.", "Send to [ADDRESS]."),
        ("Send it to Fitzroy Vic 3065.", "Send it to [ADDRESS]."),
        ("Send it to Fitzroy, Victoria 3065.", "Send it to [ADDRESS]."),
        ("Toowong, Qld 4066", "[ADDRESS]"),
        ("Address: 12 Wattle St, Kew VIC 3101 Australia", "Address: [ADDRESS]"),
    ],
)
def test_address_classes_go(r, assert_exact, text, expected):
    assert_exact(r, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Address: 30 Banksia Road\nSandy Bay TAS 7005 Flying QF 2977 to Sydney tomorrow.",
            "Address: [ADDRESS] Flying QF 2977 to Sydney tomorrow.",
        ),
        (
            "Ship to 350 Fifth Avenue, New York, NY 10118 Order shipped",
            "Ship to [ADDRESS] Order shipped",
        ),
        (
            "Deadline is 2 Dec.\nThe VPN gateway moved this week.",
            "Deadline is 2 Dec.\nThe VPN gateway moved this week.",
        ),
    ],
)
def test_what_follows_an_address_or_a_date_is_kept(r, assert_exact, text, expected):
    assert_exact(r, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Hiring 3 engineers in Dublin.",
        "Engineering 101 starts Monday.",
        "During 2 sprints we shipped it.",
        "Spring 3 release notes are out.",
        "Bring 25 cl of water.",
        "10 Great Parks to visit this summer.",
        "In 3 Simple Steps you are done.",
        "Our 4 Cottages are booked.",
        "Hobart Tas 2000 people came.",
        "Top 10 National Park tips.",
        "Tickets for the 2023 NL finals sold out.",
        "2024 AI Summit Amsterdam",
    ],
)
def test_lookalikes_are_kept(r, assert_kept, text):
    assert_kept(r, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ophalen op Kerkbrink 3 zaterdag.", "Ophalen op [ADDRESS] zaterdag."),
        ("Bezichtiging op Noordeinde 64 vanaf 14:00.", "Bezichtiging op [ADDRESS] vanaf 14:00."),
        ("Wij wonen op Heuvel 7.", "Wij wonen op [ADDRESS]."),
        # no cue word, a count, a date, a noun that takes a number: kept
        ("We gaan op Texel 3 dagen fietsen.", "We gaan op Texel 3 dagen fietsen."),
        ("Ophalen op Zaterdag 14.", "Ophalen op Zaterdag 14."),
        ("Ophalen op Pagina 7 staat alles.", "Ophalen op Pagina 7 staat alles."),
        ("De finale is op Centercourt 2 vanavond.", "De finale is op Centercourt 2 vanavond."),
    ],
)
def test_dutch_street_without_article_after_a_cue(r, assert_exact, text, expected):
    assert_exact(r, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send to 12 Banksia St\nSandy Bay TAS 1234", "Send to [ADDRESS]"),
        ("Send to Kew VIC 5123.", "Send to [ADDRESS]."),
        # a year, a two-letter state that is also an abbreviation, a frequent word before it
        ("Hobart TAS 2024 conference was great.", "Hobart TAS 2024 conference was great."),
        ("Galaxy SA 3000 review", "Galaxy SA 3000 review"),
        ("The SA 3000 series is out.", "The SA 3000 series is out."),
    ],
)
def test_australian_code_out_of_its_state_range(r, assert_exact, text, expected):
    assert_exact(r, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Escritório novo: Rua Chile, 20, CEP 40020-000, Salvador/BA Ambev Brasil anuncia.",
            "Escritório novo: [ADDRESS] Ambev Brasil anuncia.",
        ),
        (
            "Escritório novo: Rua Chile, 20, CEP 40020-000, Salvador/BA",
            "Escritório novo: [ADDRESS]",
        ),
        ("Rua Augusta, 1500 - Consolação, São Paulo - SP, 01305-100", "[ADDRESS]"),
        ("Rua das Flores, 12, 80020-320 Curitiba - PR Próximo meetup", "[ADDRESS] Próximo meetup"),
    ],
)
def test_correios_unit_of_the_federation_closes_the_locality(r, assert_exact, text, expected):
    assert_exact(r, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a home or a third person's possessive before a numberless street: an address
        (
            "Su casa está en la calle Alfonso Ortega, junto al parque.",
            "Su casa está en la [ADDRESS], junto al parque.",
        ),
        (
            "su casa está en la calle alfonso ortega, junto al parque.",
            "su casa está en la calle [NAME], junto al parque.",
        ),
        # the last of two type words is the street's type ("Vale Close")
        ("HER PLACE IS 5 ROSE VALE CLOSE, READING.", "HER [ADDRESS]."),
        ("Her place: 5 Rose Vale Close", "Her place: [ADDRESS]"),
        # a dictionary word ending in "ring" after an address label or a delivery word
        # (the listed town after it is the address's locality: it goes with the street)
        ("Adresse: Kring 4, Zwolle", "Adresse: [ADDRESS]"),
        ("Lieferung an Hering 3, Kleinstadt", "Lieferung an [ADDRESS]"),
    ],
)
def test_review_forms_stay_redacted(r, assert_exact, text, expected):
    assert_exact(r, text, expected)
