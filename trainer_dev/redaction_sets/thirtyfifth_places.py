"""Thirty-fifth set: streets, towns with real postcode ranges, box words and address forms,
written by hand per locale; postcodes are checked against each country's pattern."""

from __future__ import annotations

import re

# locale -> streets ("|"), towns as "postcode-stem:Town[:extra]" ("|")
STREETS = {
    "en_US": "Maple Avenue|Sycamore Street|Larkspur Lane|Quincy Boulevard|Hawthorne Drive|"
    "Cedar Ridge Road|Magnolia Court|Juniper Way|Pinecrest Parkway|Tamarack Trail|"
    "Chestnut Hill Road|Bluebonnet Drive",
    "en_GB": "Beech Grove|Wharfedale Road|Honeysuckle Close|Tannery Lane|Cromwell Terrace|"
    "Kingfisher Way|Mulberry Crescent|Foxglove Avenue|Ravensworth Gardens|"
    "Chapel Fold|Heathfield Drive|Saxonbury Mews",
    "de_DE": "Lindenstraße|Kastanienallee|Am Mühlenteich|Schillerstraße|Birkenweg|"
    "Hohenzollernring|Rosenthaler Straße|Weidendamm|Eichendorffstraße|Hasenheide|"
    "Kirschgartenweg|Brunnenstraße",
    "fr_BE": "Rue des Alliés|Avenue Brugmann|Rue Vanderkindere|Chaussée de Waterloo|"
    "Rue du Mouton Blanc|Boulevard d'Avroy|Rue des Tanneurs|Avenue des Celtes|"
    "Rue Fonds-Pirette|Place Verte|Rue de la Station|Rue Gretry",
    "es_ES": "Calle de Alcalá|Carrer de Mallorca|Avenida de Blasco Ibáñez|Calle Sierpes|"
    "Paseo de Zorrilla|Calle del Almirante|Carrer de Verdi|Avenida de la Constitución|"
    "Calle Fuencarral|Rúa do Franco|Calle Larios|Calle Alfonso I",
    "pt_BR": "Rua Augusta|Avenida Afonso Pena|Rua Haddock Lobo|Rua dos Andradas|"
    "Avenida Boa Viagem|Rua Voluntários da Pátria|Rua Padre Chagas|Rua Oscar Freire|"
    "Avenida Getúlio Vargas|Rua Marechal Deodoro|Rua das Laranjeiras|Rua Teodoro Sampaio",
    "it_IT": "Via Giuseppe Verdi|Corso Buenos Aires|Via dei Mille|Viale Monza|Via Toledo|"
    "Via San Vitale|Corso Vittorio Emanuele|Via delle Ginestre|Via Nazionale|"
    "Borgo Pinti|Via Sparano|Via Etnea",
    "nl_NL": "Prinsengracht|Oudegracht|Witte de Withstraat|Vismarkt|Lange Voorhout|"
    "Biltstraat|Koemarkt|Haarlemmerdijk|Stratumseind|Nieuwe Binnenweg|Herestraat|"
    "Vrijthof",
    "en_ZA": "Jacaranda Street|Main Road|Voortrekker Road|Long Street|Jan Smuts Avenue|"
    "Protea Crescent|Kloof Street|Florida Road|Church Street|Disa Close|"
    "Umgeni Road|Bree Street",
    "tr_TR": "Bağdat Caddesi|İstiklal Caddesi|Moda Caddesi|Atatürk Bulvarı|Kızılay Sokak|"
    "Gazi Mustafa Kemal Bulvarı|Cumhuriyet Caddesi|Talatpaşa Bulvarı|Akasya Sokak|"
    "Lale Sokak|Bahariye Caddesi|Şair Nedim Caddesi",
    "en_KE": "Ngong Road|Kindaruma Road|Argwings Kodhek Road|Moi Avenue|Kenyatta Avenue|"
    "Oginga Odinga Street|Lenana Road|Muthithi Road|Nyerere Road|Kaunda Street|"
    "Waiyaki Way|Mama Ngina Street",
    "es_UY": "Avenida 18 de Julio|Bulevar Artigas|Calle Sarandí|Avenida Brasil|Calle Ellauri|"
    "Rambla República de México|Calle Constituyente|Avenida Italia|Calle Maldonado|"
    "Calle Gaboto|Avenida Rivera|Calle Juan Paullier",
}
TOWNS = {
    "en_US": "43215:Columbus:OH|97205:Portland:OR|30309:Atlanta:GA|78704:Austin:TX|"
    "55403:Minneapolis:MN|02139:Cambridge:MA|27701:Durham:NC|85004:Phoenix:AZ|"
    "98103:Seattle:WA|60614:Chicago:IL",
    "en_GB": "LS6:Leeds|M14:Manchester|BS7:Bristol|G12:Glasgow|CF24:Cardiff|NR2:Norwich|"
    "YO31:York|NG7:Nottingham|EH9:Edinburgh|B15:Birmingham",
    "de_DE": "10115:Berlin|10437:Berlin|20095:Hamburg|22765:Hamburg|80331:München|50667:Köln|"
    "04109:Leipzig|60311:Frankfurt am Main|70173:Stuttgart|28195:Bremen",
    "fr_BE": "1050:Ixelles|1190:Forest|1060:Saint-Gilles|4000:Liège|5000:Namur|6000:Charleroi|"
    "7000:Mons|1300:Wavre|1348:Louvain-la-Neuve|6700:Arlon",
    "es_ES": "28009:Madrid|28004:Madrid|08008:Barcelona|46010:Valencia|41004:Sevilla|"
    "47001:Valladolid|15704:Santiago de Compostela|29015:Málaga|50001:Zaragoza|"
    "48001:Bilbao",
    "pt_BR": "01304:São Paulo:SP|05414:São Paulo:SP|30130:Belo Horizonte:MG|90010:Porto Alegre:RS|"
    "51020:Recife:PE|22240:Rio de Janeiro:RJ|80010:Curitiba:PR|40015:Salvador:BA|"
    "60060:Fortaleza:CE|70040:Brasília:DF",
    "it_IT": "20121:Milano:MI|20124:Milano:MI|00184:Roma:RM|80134:Napoli:NA|40126:Bologna:BO|"
    "50122:Firenze:FI|10121:Torino:TO|70122:Bari:BA|95124:Catania:CT|35122:Padova:PD",
    "nl_NL": "1016:Amsterdam|3511:Utrecht|3014:Rotterdam|2514:Den Haag|9711:Groningen|"
    "5611:Eindhoven|6211:Maastricht|2311:Leiden|1811:Alkmaar|6511:Nijmegen",
    "en_ZA": "0083:Hatfield:Pretoria|7700:Rondebosch:Cape Town|2196:Sandton:Johannesburg|"
    "4001:Morningside:Durban|2092:Melville:Johannesburg|7800:Wynberg:Cape Town|"
    "0181:Brooklyn:Pretoria|9301:Westdene:Bloemfontein|6001:Central:Gqeberha|"
    "7600:Stellenbosch Central:Stellenbosch",
    "tr_TR": "34710:Kadıköy:İstanbul|34433:Beyoğlu:İstanbul|06420:Çankaya:Ankara|"
    "35220:Konak:İzmir|16040:Osmangazi:Bursa|07100:Muratpaşa:Antalya|"
    "34349:Beşiktaş:İstanbul|42060:Selçuklu:Konya|01120:Seyhan:Adana|"
    "55200:Atakum:Samsun",
    "en_KE": "00100:Kilimani:Nairobi|00200:Upper Hill:Nairobi|00800:Westlands:Nairobi|"
    "80100:Nyali:Mombasa|40100:Milimani:Kisumu|20100:Milimani:Nakuru|"
    "30100:Elgon View:Eldoret|10100:Ruringu:Nyeri|01000:Thika:Thika|"
    "00606:Sarit:Nairobi",
    "es_UY": "11200:Montevideo|11300:Montevideo|11100:Montevideo|11600:Montevideo|"
    "20000:Maldonado|50000:Salto|60000:Paysandú|45000:Tacuarembó|70000:Colonia del "
    "Sacramento|37000:Melo",
}
# words that are not fragments of a street: street types and articles
STREET_STOP = set(
    """avenue street lane boulevard drive road court way parkway trail hill grove close
terrace crescent gardens fold mews am straße strasse allee weg ring damm rue
chaussee chaussée place
boulevard de des du la le calle carrer avenida paseo del rua rúa do dos das da avenida via
corso viale borgo dei delle della di straat gracht markt dijk weg caddesi bulvarı sokak bulvari
avenida bulevar rambla""".split()
)

POSTCODE_RE = {
    "en_US": r"\d{5}(-\d{4})?", "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "de_DE": r"\d{5}", "fr_BE": r"[1-9]\d{3}", "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "pt_BR": r"\d{5}-\d{3}", "it_IT": r"\d{5}", "nl_NL": r"[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}",
    "en_ZA": r"\d{4}", "tr_TR": r"(0[1-9]|[1-7]\d|8[01])\d{3}", "en_KE": r"\d{5}",
    "es_UY": r"\d{5}",
}  # fmt: skip


def postcode_ok(locale: str, pc: str) -> bool:
    return re.fullmatch(POSTCODE_RE[locale], pc) is not None


def street_tokens(street: str) -> list[str]:
    out = []
    for w in street.replace("-", " ").split():
        lw = w.lower()
        if lw in STREET_STOP or w.isdigit() or len(w) < 2:
            continue
        if lw.startswith("d'") and len(w) > 2:
            out.append(w[2:])
            continue
        # German compounds: the whole word is the name ("Lindenstraße")
        out.append(w)
    return out


_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def draw_postcode(rng, locale: str, stem: str) -> str:
    n = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
    if locale == "en_GB":
        return f"{stem} {rng.randrange(1, 10)}{rng.choice(_GB_INWARD)}{rng.choice(_GB_INWARD)}"
    if locale == "pt_BR":
        return f"{stem}-{n(3)}"
    if locale == "nl_NL":
        while True:
            pair = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCEGHJKLMNPRTVWXZ")
            if pair not in ("SA", "SD", "SS"):
                return f"{stem} {pair}"
    if locale == "en_US" and rng.random() < 0.25:
        return f"{stem}-{n(4)}"
    return stem


def towns(locale: str) -> list[list[str]]:
    return [t.split(":") for t in TOWNS[locale].split("|")]


def streets(locale: str) -> list[str]:
    return STREETS[locale].split("|")


BOX = {
    "en_US": "PO Box {b}", "en_GB": "PO Box {b}", "de_DE": "Postfach {b}", "fr_BE": "BP {b}",
    "es_ES": "Apartado de Correos {b}", "pt_BR": "Caixa Postal {b}", "it_IT": "Casella Postale {b}",
    "nl_NL": "Postbus {b}", "en_ZA": "PO Box {b}", "tr_TR": "PK {b}", "en_KE": "P.O. Box {b}",
    "es_UY": "Casilla de Correo {b}",
}  # fmt: skip
ADDRESS_FORMS = ["one", "multi", "street_town", "box"]


def draw_address(rng, locale: str, form: str):
    """(text, fragments). Street tokens t:, postcode and box p:."""
    street = rng.choice(streets(locale))
    town = rng.choice(towns(locale))
    stem, name = town[0], town[1]
    extra = town[2] if len(town) > 2 else ""
    pc = draw_postcode(rng, locale, stem)
    no = str(rng.randrange(2, 240))
    box = str(rng.randrange(120, 9900))
    if locale in ("en_US", "en_GB", "en_ZA"):
        line1 = f"{no} {street}"
    elif locale == "tr_TR":
        line1 = f"{street} No: {no}"
    elif locale == "en_KE":
        line1 = f"{street}, {rng.choice(['Plaza House', 'Mirage Towers', 'Nyayo House'])}"
    elif locale in ("pt_BR", "fr_BE") and rng.random() < 0.5:
        line1 = f"{street}, {no}"
    else:
        line1 = f"{street} {no}"
    if locale == "en_US":
        place = f"{name}, {extra} {pc}"
    elif locale == "en_GB":
        place = f"{name} {pc}"
    elif locale == "pt_BR":
        place = f"{name} - {extra}, {pc}"
    elif locale == "it_IT":
        place = f"{pc} {name} ({extra})"
    elif locale == "en_ZA":
        place = f"{name}, {extra}, {pc}"
    elif locale == "tr_TR":
        place = f"{pc} {name}/{extra}"
    elif locale == "en_KE":
        place = f"{extra} {pc}" if form == "box" else f"{name}, {extra} {pc}"
    else:
        place = f"{pc} {name}"
    frags = ["t:" + t for t in street_tokens(street)]
    town_only = place.replace(pc, "").strip(" ,-") if form == "street_town" else ""
    if form == "one":
        text = f"{line1}, {place}"
    elif form == "multi":
        text = f"{line1}\n{place}"
    elif form == "street_town":
        text = f"{line1}, {town_only or name}"
        return text, frags, pc, ""
    else:
        b = BOX[locale].format(b=box)
        if locale == "en_KE":
            b = f"P.O. Box {box}-{pc}"
            place = extra
        text = f"{line1}, {b}, {place}"
        frags.append("p:" + box)
    frags.append("p:" + pc)
    return text, frags, pc, box
