"""Addresses and URLs of the thirty-seventh development set's classes (public services), with
made-up values of the same shape: Poste Haïti's "HT" codes, boxes with their post's code and
town (Nicaragua, Bosnia, Poland, Mexico, Haiti), Nicaraguan landmark lines, Central American
"casa N" house numbers, Port-au-Prince's numbered roads, Kenyan street-and-town lines after a
delivery cue, address values that stop at a sentence or a hashtag, and hyphenated ".pl" sites.
Each leak has its neighbouring look-alike or ordinary sentence beside it."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact(redactor: Redactor):
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Poste Haïti writes "HT" and four digits after the commune
        (
            "La convocation est partie au 57, rue Lamarre, Jacmel HT9110. Merci.",
            "La convocation est partie au [ADDRESS]. Merci.",
        ),
        (
            "Notre nouvelle adresse : 31, avenue Pouplard\nPétion-Ville HT6140. Merci.",
            "Notre nouvelle adresse : [ADDRESS]. Merci.",
        ),
        (
            "J'habite maintenant au BP 4812, Les Cayes HT8110. Merci.",
            "J'habite maintenant au [ADDRESS]. Merci.",
        ),
        # an unlisted commune after a comma
        ("Adresse : 12, rue Capois, Limbé HT1210. Merci.", "Adresse : [ADDRESS]. Merci."),
        # the same letters after a brand, before a model or after an article cue are a product code
        (
            "J'ai acheté une barre de son Sony HT5000 hier.",
            "J'ai acheté une barre de son Sony HT5000 hier.",
        ),
        ("Le modèle HT4410 est en panne.", "Le modèle HT4410 est en panne."),
        ("Référence article HT6110 en rupture.", "Référence article HT6110 en rupture."),
        # a box and its commune after a comma, no code
        ("Le logement concerné : BP 51234, Jacmel.", "Le logement concerné : [ADDRESS]."),
        # the code closes the street line's block; the next line's thanks stay
        (
            "Notre nouvelle adresse : 12, impasse Lavaud\nPétion-Ville HT6140\nMerci.",
            "Notre nouvelle adresse : [ADDRESS]\nMerci.",
        ),
        # a numbered road of Port-au-Prince and its "#" house number
        ("J'habite Tabarre 41, #7, Port-au-Prince.", "J'habite [ADDRESS]."),
    ],
)
def test_haiti(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the box, then the town and Correos de Nicaragua's five digits
        (
            "Escríbanme al Apartado Postal 57731, Rivas 48000. Gracias.",
            "Escríbanme al [ADDRESS]. Gracias.",
        ),
        ("En Managua 10000 personas marcharon.", "En Managua 10000 personas marcharon."),
        # "casa N" numbers the house on a road named by where it goes or by Managua's "Pista"
        (
            "Mi dirección es Carretera a Tipitapa, casa 88\nMasaya 41000",
            "Mi dirección es [ADDRESS]",
        ),
        (
            "Mi dirección es Pista El Mayoreo, casa 12, Managua 11001.",
            "Mi dirección es [ADDRESS].",
        ),
        ("La pista 3 está cerrada hoy.", "La pista 3 está cerrada hoy."),
        # landmark, distance and direction; the house, neighbourhood and town after them
        (
            "Mi casa queda de donde fue el cine Darío 3 cuadras al lago, Granada.",
            "Mi casa queda [ADDRESS].",
        ),
        (
            "Mi dirección: del Colegio La Salle 1 c. arriba, 2 c. al sur, casa #17, León.",
            "Mi dirección: [ADDRESS].",
        ),
        (
            "Estamos costado norte de la iglesia El Calvario, Barrio San Felipe, casa 21.",
            "Estamos [ADDRESS].",
        ),
        # the way to a shop names no home: no residence cue, no house or neighbourhood
        (
            "El restaurante queda del Teatro Rubén Darío 2 cuadras al lago.",
            "El restaurante queda del Teatro Rubén Darío 2 cuadras al lago.",
        ),
        # directions with no landmark before the distance are prose
        (
            "El mercado queda a dos cuadras al sur del parque central.",
            "El mercado queda a dos cuadras al sur del parque central.",
        ),
        (
            "Caminamos tres cuadras al lago y luego dos arriba.",
            "Caminamos tres cuadras al lago y luego dos arriba.",
        ),
        # a kilometre post is an address with a residence cue or an estate after it
        (
            "Mi dirección es km 7 carretera a Masaya, Residencial Santo Domingo, casa 9.",
            "Mi dirección es [ADDRESS].",
        ),
        (
            "El choque fue en el km 12 carretera a León, según el mapa.",
            "El choque fue en el km 12 carretera a León, según el mapa.",
        ),
        # a roundabout named for a poet is a landmark
        (
            "La audiencia es en la Rotonda Rubén Darío.",
            "La audiencia es en la Rotonda Rubén Darío.",
        ),
    ],
)
def test_nicaragua(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pošaljite na poštanski pretinac 2231, 88000 Mostar. Hvala.",
            "Pošaljite na [ADDRESS]. Hvala.",
        ),
        # "bb" (bez broja) and a town: no digit in the post at all
        ("Adresa: Maršala Tita bb, Sarajevo", "Adresa: [ADDRESS]"),
        ("Titova bb je poznata ulica.", "Titova bb je poznata ulica."),
        # the town, then the code; the verb and its preposition stay
        ("Pošaljite na Titova 9, Mostar 88000.", "Pošaljite na [ADDRESS]."),
        (
            "Proszę słać na skrytka pocztowa 1207, 31-042 Kraków. Dziękuję.",
            "Proszę słać na [ADDRESS]. Dziękuję.",
        ),
        # Correos de México closes the town with the state's abbreviation
        (
            "Manden la correspondencia a Apartado Postal 51822, 58000 Morelia, Mich. Gracias.",
            "Manden la correspondencia a [ADDRESS]. Gracias.",
        ),
    ],
)
def test_boxes_with_code_and_town(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing notice went to Moi Avenue, Nakuru.", "The hearing notice went to [ADDRESS]."),
        (
            "We walked down Abbey Road, London. It was lovely.",
            "We walked down Abbey Road, London. It was lovely.",
        ),
        ("We went to Abbey Road, London.", "We went to Abbey Road, London."),
    ],
)
def test_street_and_town_after_a_delivery_cue(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nouvelle adresse : 12, rue Capois, Jacmel HT9110. Merci beaucoup #entraide",
            "Nouvelle adresse : [ADDRESS]. Merci beaucoup #entraide",
        ),
        (
            "Adresse : 8, ruelle Nazon, Jacmel HT9110 #entraide",
            "Adresse : [ADDRESS] #entraide",
        ),
    ],
)
def test_address_value_stops_at_sentence_and_hashtag(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Termin zarezerwowałem przez kowalczyk-notariusz.pl. Dzięki.",
            "Termin zarezerwowałem przez [URL]. Dzięki.",
        ),
        ("Pliki na ANNA-NOWAK.PL", "Pliki na [URL]"),
        # a name under NASK's functional or regional domains, or a subdomain of a name
        ("Wszystko jest na podatki.gov.pl. Dzięki.", "Wszystko jest na [URL]. Dzięki."),
        ("Strona: kancelaria-nowak.com.pl", "Strona: [URL]"),
        ("Pliki są na biuro.kowalska.pl", "Pliki są na [URL]"),
        # scripts named by dictionary words, or with two dots in a module's name, stay
        (
            "Run build-index.pl then check-disk.pl again.",
            "Run build-index.pl then check-disk.pl again.",
        ),
        (
            "Run Module.Helper.pl and config.local.pl now.",
            "Run Module.Helper.pl and config.local.pl now.",
        ),
    ],
)
def test_hyphenated_polish_sites(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Venezuelan line: the building ("Edif."), its floor, then the town and its four digits
        (
            "Parada: Avenida Urdaneta, Edif. Torre Sol, piso 4\nMaracay 2101, Aragua. Nos vemos.",
            "Parada: [ADDRESS]. Nos vemos.",
        ),
        # a year after a town that opens the next line is no postcode when prose follows it
        (
            "Meet me at 12 Main Street\nSpringfield 2024 was a great year.",
            "Meet me at [ADDRESS]\nSpringfield 2024 was a great year.",
        ),
    ],
)
def test_building_line_and_town_code(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain street name, its number and a listed town after a dwelling word
        ("- Het gaat om de woning Kouter 18, Gent.", "- Het gaat om de woning [ADDRESS]."),
        ("- Wir wohnen jetzt Zeil 12, Frankfurt.", "- Wir wohnen jetzt [ADDRESS]."),
        # or after a place preposition, or on a line of its own (a signature's last line)
        (
            "Technikereinsatz gebucht für Hasenheide 45, Köln. Danke.",
            "Technikereinsatz gebucht für [ADDRESS]. Danke.",
        ),
        ("Das Update für Windows 11, Berlin ist da.", "Das Update für Windows 11, Berlin ist da."),
        ("Disposition\nHolzhafen 58, Duisburg", "Disposition\n[ADDRESS]"),
        # without either, or with a dictionary word, a version or a sprint before a town stays
        ("Ergebnis\nSprint 14, Gent\nklaar", "Ergebnis\nSprint 14, Gent\nklaar"),
        (
            "- Het team van Sprint 14, Gent, is klaar.",
            "- Het team van Sprint 14, Gent, is klaar.",
        ),
    ],
)
def test_plain_street_and_town_after_a_dwelling_word(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare Moldovan site after a Romanian web cue
        ("Portal: acoperis-codru.md", "Portal: [URL]"),
        ("Fișele tehnice sunt pe betoncahul.md.", "Fișele tehnice sunt pe [URL]."),
        # Markdown files: no cue, or a documentation file's name
        (
            "Vezi instalare.md și changelog.md pentru detalii.",
            "Vezi instalare.md și changelog.md pentru detalii.",
        ),
        ("Citește pe changelog.md, apoi roadmap.md.", "Citește pe changelog.md, apoi roadmap.md."),
    ],
)
def test_moldovan_sites(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plot in an Indian industrial area, then the box line
        (
            "Delivery address:\nPlot 159, Whitefield Industrial Area\nPost Box No. 7418\n"
            "Hyderabad 500037",
            "Delivery address:\n[ADDRESS]\n[ADDRESS]",
        ),
        # the block runs into the next sentence: the plot line is found on its own keyword
        (
            "Delivery address:\nPlot 152, Bommasandra Industrial Area\nPost Box No. 7411\n"
            "Hyderabad 500031 air freight is on AI 995.",
            "Delivery address:\n[ADDRESS]\n[ADDRESS] air freight is on AI 995.",
        ),
        ("Plot 12, Rural Area is a chart.", "Plot 12, Rural Area is a chart."),
    ],
)
def test_indian_industrial_area(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Correus: "dels" inside the name, the floor ("baixos", "àtic") before the code
        (
            "Adreça: Carrer dels Tallers, 152, baixos, 08301 Mataró",
            "Adreça: [ADDRESS]",
        ),
        (
            "Punt de recollida: Carrer dels Àngels, 170, àtic, 08301 Mataró La llista avança.",
            "Punt de recollida: [ADDRESS] La llista avança.",
        ),
    ],
)
def test_catalan_lines(redact, text, expected):
    assert redact(text) == expected
