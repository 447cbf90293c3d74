"""Streets, towns and postcode patterns for the forty-ninth set, written by hand for it.

Town entries are "Town|pattern": '#' a digit, '@' a letter allowed in that country's
postcodes, '*' an Eircode character; other characters stand as written. An empty pattern:
the country has no postcodes (Curaçao).
"""

from __future__ import annotations

import random

STREETS = {
    "en_AU": "Wattle Street|Banksia Crescent|Jacaranda Avenue|Currawong Road|Waratah Parade|"
             "Bellbird Lane|Ironbark Drive|Kookaburra Court|Myall Terrace|Boronia Close|"
             "Grevillea Way|Tallowwood Place|Mulga Road|Corella Street",
    "en_CA": "Maple Avenue|Birchmount Road|Tamarack Drive|Larchwood Crescent|Muskoka Street|"
             "Chickadee Lane|Spadina Avenue|Saskatoon Berry Way|Portage Road|Kinnear Place|"
             "Dunvegan Drive|Beothuk Street|Loyalist Court|Cedarvale Boulevard",
    "nl_NL": "Kerkstraat|Molenweg|Lindelaan|Zwanenburgwal|Kastanjelaan|Prinsengracht|"
             "Populierenstraat|Hoefsmidstraat|Bloemendaalseweg|Wilgenhof|Vlasakker|"
             "Rietgors|Dorpsstraat|Koekoeksbloem",
    "sv_SE": "Storgatan|Björkvägen|Kvarnbacken|Tallstigen|Hagagatan|Ringvägen|Sjöviksvägen|"
             "Lönnrotsgatan|Linnégatan|Klövervägen|Aspuddsvägen|Fjällgatan|Rönnbärsvägen|Granbacken",
    "fi_FI": "Hämeenkatu|Koivukuja|Puistotie|Kalevankatu|Mäntytie|Kirkkokatu|Sammonkatu|"
             "Pihlajatie|Rantakatu|Vellamonkatu|Kuusitie|Tehtaankatu|Katajanokanranta|Louhentie",
    "es_MX": "Calle Río Nazas|Avenida Tlaxcala|Calle Jacarandas|Calle Fresno|Privada Cedros|"
             "Calle Tonalá|Avenida Chapultepec|Calle Ahuehuetes|Calzada Tlalpan|Calle Mixcoac|"
             "Calle Amapolas|Avenida Lázaro Cárdenas|Calle Tepeyac|Calle Citlaltépetl",
    "fr_BE": "rue des Tanneurs|avenue Louise|rue de la Station|chaussée de Waterloo|"
             "rue des Glycines|rue du Moulin|avenue des Acacias|rue Saint-Gilles|"
             "rue des Fripiers|chaussée de Louvain|rue de Fragnée|rue des Wallons|"
             "avenue des Nerviens|rue Haute",
    "de_CH": "Bahnhofstrasse|Seefeldstrasse|Kirchweg|Lindenhofweg|Rosenbergstrasse|"
             "Schützenmattstrasse|Hohlstrasse|Weinbergstrasse|Aeschenvorstadt|Dorfstrasse|"
             "Gerechtigkeitsgasse|Spitalgasse|Obstgartenweg|Mattenhofstrasse",
    "nl_CW": "Kaya Flamboyan|Kaya Grandi|Schottegatweg Oost|Kaya Kadushi|Santa Rosaweg|"
             "Kaya Watapana|Caracasbaaiweg|Kaya Palu di Lechi|Jan Noorduynweg|Kaya Seru Fortuna|"
             "Kaya Kibra Hacha|Brakkeput Abou|Kaya Yerba Bon|Dokweg",
    "en_LS": "Kingsway|Pioneer Road|Lerotholi Street|Constitution Road|Parliament Road|"
             "Kofi Annan Road|Mabile Road|Palace Road|Motsamai Street|Linare Road|"
             "Moshoeshoe Road|Bowker Road|Maluti Road|Caledon Road",
    "af_ZA": "Kerkstraat|Andringastraat|Dorpstraat|Bloekomlaan|Eikelaan|Hoofweg|"
             "Rivierstraat|Protealaan|Vredenburglaan|Skoolstraat|Langstraat|Meulstraat|"
             "Wingerdstraat|Jakarandastraat",
    "ga_IE": "Bóthar na Trá|Sráid an Mhargaidh|Bóthar an Chaisleáin|Ascaill na Coille|"
             "Strand Street|Church Road|Sráid Doiminic|Bóthar Bhearna|Ardán an Ghleanna|"
             "Lána an Mhuilinn|Sráid na Siopaí|Bóthar an Phiarsaigh|Seafield Road|"
             "Cnoc na Gréine",
}

# Street-type words and articles: never fragments (fused types stay in their token).
STREET_TYPES = {
    "street", "st", "road", "rd", "avenue", "ave", "crescent", "cres", "parade", "lane", "drive",
    "court", "terrace", "close", "way", "place", "boulevard", "calle", "avenida", "av", "privada",
    "calzada", "rue", "chaussée", "chaussee", "de", "des", "du", "la", "le", "kaya", "di",
    "bóthar", "sráid", "ascaill", "ardán", "lána", "cnoc", "an", "na", "oost", "saint", "santa",
    "río", "rio",
}

TOWNS = {
    "en_AU": "Fitzroy VIC|3065;Newtown NSW|2042;Fremantle WA|6160;Paddington QLD|4064;"
             "Glenelg SA|5045;Sandy Bay TAS|7005;Braddon ACT|2612;Parap NT|0820;Geelong VIC|3220;"
             "Toowoomba QLD|4350;Ballarat VIC|3350;Wollongong NSW|2500",
    "en_CA": "Toronto ON|M#@ #@#;Ottawa ON|K1@ #@#;Vancouver BC|V#@ #@#;Calgary AB|T#@ #@#;"
             "Halifax NS|B3@ #@#;Winnipeg MB|R#@ #@#;Regina SK|S4@ #@#;Victoria BC|V8@ #@#;"
             "Moncton NB|E1@ #@#;St. John's NL|A1@ #@#;Saskatoon SK|S7@ #@#",
    "nl_NL": "Amsterdam|10## @@;Rotterdam|30## @@;Utrecht|35## @@;Eindhoven|56## @@;"
             "Groningen|97## @@;Zwolle|80## @@;Haarlem|20## @@;Tilburg|50## @@;"
             "Nijmegen|65## @@;Leeuwarden|89## @@;Breda|48## @@;Maastricht|62## @@",
    "sv_SE": "Stockholm|11# ##;Göteborg|41# ##;Malmö|21# ##;Uppsala|75# ##;Umeå|90# ##;"
             "Linköping|58# ##;Örebro|70# ##;Västerås|72# ##;Luleå|97# ##;Jönköping|55# ##",
    "fi_FI": "Helsinki|00#10;Espoo|02#00;Tampere|33#00;Turku|20#00;Oulu|90#00;"
             "Jyväskylä|40#00;Kuopio|70#00;Lahti|15#00;Vaasa|65#00;Rovaniemi|96#00",
    "es_MX": "Ciudad de México, CDMX|0#### ;Guadalajara, Jal.|44###;Monterrey, N.L.|64###;"
             "Puebla, Pue.|72###;Querétaro, Qro.|76###;Mérida, Yuc.|97###;Toluca, Edo. Méx.|50###;"
             "León, Gto.|37###;Tijuana, B.C.|22###;Oaxaca, Oax.|68###",
    "fr_BE": "Bruxelles|1000;Ixelles|1050;Liège|4000;Namur|5000;Charleroi|6000;Mons|7000;"
             "Louvain-la-Neuve|1348;Wavre|1300;Tournai|7500;Arlon|6700;Verviers|4800;"
             "Nivelles|1400",
    "de_CH": "Zürich|80##;Bern|30##;Basel|40##;Luzern|6003;Winterthur|8400;St. Gallen|9000;"
             "Zug|6300;Chur|7000;Aarau|5000;Thun|3600;Schaffhausen|8200;Olten|4600",
    "nl_CW": "Willemstad|;Otrobanda|;Pietermaai|;Julianadorp|;Santa Rosa|;Saliña|;"
             "Sint Willibrordus|;Barber|;Mahaai|;Westpunt|",
    "en_LS": "Maseru|100;Teyateyaneng|200;Hlotse|300;Butha-Buthe|400;Mokhotlong|500;"
             "Qacha's Nek|600;Quthing|700;Mohale's Hoek|800;Mafeteng|900;Roma|180",
    "af_ZA": "Stellenbosch|7600;Paarl|7646;Bloemfontein|9301;Pretoria|0181;Worcester|6850;"
             "George|6529;Potchefstroom|2531;Upington|8801;Kimberley|8301;Bellville|7530;"
             "Durbanville|7550;Oudtshoorn|6625",
    "ga_IE": "Gaillimh|H91 ****;An Daingean, Co. Chiarraí|V92 ****;Baile Átha Cliath 8|D08 ****;"
             "Corcaigh|T12 ****;Leitir Ceanainn|F92 ****;Luimneach|V94 ****;"
             "Cill Chainnigh|R95 ****;Dún Dealgan|A91 ****;Gaoth Dobhair, Co. Dhún na nGall|"
             "F92 ****;Sligeach|F91 ****",
}

PO_BOX = {
    "en_AU": "PO Box {n}", "en_CA": "PO Box {n}, Stn Main", "nl_NL": "Postbus {n}",
    "sv_SE": "Box {n}", "fi_FI": "PL {n}", "es_MX": "Apartado Postal {n}",
    "fr_BE": "Boîte postale {n}", "de_CH": "Postfach {n}", "nl_CW": "Postbus {n}",
    "en_LS": "P.O. Box {n}", "af_ZA": "Posbus {n}", "ga_IE": "Bosca Poist {n}",
}

CA_LETTERS = "ABCEGHJKLMNPRSTVXY"
NL_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"


def streets(locale: str) -> list[str]:
    return STREETS[locale].split("|")


def towns(locale: str) -> list[tuple[str, str]]:
    return [tuple(t.split("|")) for t in TOWNS[locale].split(";")]  # type: ignore[misc]


def postcode(rng: random.Random, locale: str, pattern: str) -> str:
    out = []
    for c in pattern.strip():
        if c == "#":
            out.append(str(rng.randrange(10)))
        elif c == "@":
            out.append(rng.choice(CA_LETTERS if locale == "en_CA" else NL_LETTERS))
        elif c == "*":
            out.append(rng.choice(EIR_CHARS))
        else:
            out.append(c)
    code = "".join(out)
    if locale == "nl_NL" and code[-2:] in ("SA", "SD", "SS"):
        return postcode(rng, locale, pattern)
    return code


POSTCODE_RE = {
    "en_AU": r"\d{4}", "en_CA": r"[ABCEGHJKLMNPRSTVXY]\d[A-Z] \d[A-Z]\d",
    "nl_NL": r"[1-9]\d{3} [A-Z]{2}", "sv_SE": r"[1-9]\d{2} \d{2}", "fi_FI": r"\d{5}",
    "es_MX": r"\d{5}", "fr_BE": r"[1-9]\d{3}", "de_CH": r"[1-9]\d{3}", "nl_CW": r"",
    "en_LS": r"\d{3}", "af_ZA": r"\d{4}",
    "ga_IE": r"[ACDEFHKNPRTVWXY]\d{2} [0-9ACDEFHKNPRTVWXY]{4}",
}


def street_tokens(street: str) -> list[str]:
    """Fragment tokens of a street name: every word except the street-type words."""
    toks = street.replace("-", " ").split()
    return [t for t in toks if t.lower() not in STREET_TYPES and len(t) > 1]
