# ruff: noqa: E501  (hand-written data tables: one country per line)
"""Streets, towns and real postcode/town pairs per locale; address writing."""
from __future__ import annotations

from .twentyfirst_people import PARTICLES


def _p(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def _towns(s: str) -> list[tuple[str, str]]:
    out = []
    for x in _p(s):
        pc, town = x.split("=")
        out.append((pc.strip(), town.strip()))
    return out


STREETS = {
    "en_US": _p("Maple Ave; Oak Street; Elm St; Cedar Lane; Washington Blvd; Lincoln Ave; Magnolia Dr; Sycamore Ct; Willow Way; Hawthorne Rd; Juniper St; Birchwood Dr; Chestnut St; Pleasant Hill Rd; Riverside Dr; Ridgewood Ave; Spruce St; Lakeview Ter"),
    "en_GB": _p("Belvoir Road; Hawthorn Close; Victoria Street; Albert Terrace; Mill Lane; Chatsworth Avenue; Kingsley Road; Marlborough Crescent; Ashgrove Drive; Cromwell Road; Denmark Hill; Elmwood Gardens; Station Road; Fernbank Close; Grosvenor Place; Heathfield Road; Larkspur Way; Thornton Grove"),
    "en_MT": _p("Triq il-Kbira; Triq San Pawl; Triq il-Wied; Triq Tal-Ħriereb; Triq il-Kappillan; Triq Ġużè Ellul Mercer; Triq il-Merħba; Triq is-Salib; Triq Birbal; Triq il-Qasam; Triq Manwel Dimech; Triq it-Torri; Triq Sant'Anna; Triq il-Mitħna; Triq Villabianca; Triq Tumas Fenech"),
    "de_DE": _p("Lindenstraße; Kastanienallee; Hauptstraße; Gartenweg; Schillerstraße; Am Mühlbach; Bergstraße; Rosenweg; Friedrichstraße; Eichendorffstraße; Parkstraße; Waldstraße; Weidenweg; Lessingstraße; Ahornweg; Bahnhofstraße; Goethestraße; Am Sonnenhang; Kirchgasse; Uhlandstraße"),
    "fr_FR": _p("rue des Lilas; rue de la Paix; avenue Jean Jaurès; boulevard Voltaire; rue Victor Hugo; impasse des Tilleuls; rue du Moulin; allée des Peupliers; rue de la République; chemin des Vignes; rue Pasteur; rue des Acacias; avenue de la Gare; rue Saint-Exupéry; quai des Chartrons; rue Lamartine; place des Marronniers"),
    "fr_CH": _p("rue de Lausanne; avenue de la Gare; chemin des Pâquerettes; rue du Simplon; avenue Dickens; rue de Carouge; chemin de Bellevue; rue des Alpes; avenue de Morges; route de Chêne; rue du Temple; chemin des Vergers; rue de la Dent-Blanche; avenue Léopold-Robert; rue Centrale; chemin du Levant"),
    "es_MX": _p("Calle Durango; Av. Insurgentes Sur; Calle Tonalá; Av. Álvaro Obregón; Calle Colima; Calle Río Lerma; Av. Revolución; Calle Jalapa; Calle Ámsterdam; Av. Chapultepec; Calle Morelos; Av. Vallarta; Calle Hidalgo; Calle Tamaulipas; Av. Constitución; Calle Zacatecas"),
    "es_CL": _p("Av. Providencia; Calle Los Aromos; Av. Irarrázaval; Pasaje Las Camelias; Av. Apoquindo; Calle Suecia; Av. Grecia; Calle Los Leones; Av. Libertad; Calle Almirante Montt; Av. Pedro de Valdivia; Calle Lautaro; Av. Colón; Calle Caupolicán; Pasaje Los Maitenes; Calle Baquedano"),
    "es_UY": _p("Bv. Artigas; Av. Brasil; Calle Ellauri; Av. Rivera; Calle Benito Blanco; Calle Juan Paullier; Av. 18 de Julio; Calle Canelones; Calle Colonia; Calle Gaboto; Calle Tacuarembó; Av. Italia; Calle Arocena; Rambla República del Perú; Calle Maldonado; Calle Soriano"),
    "it_IT": _p("Via Garibaldi; Via Roma; Via dei Mille; Corso Vittorio Emanuele; Via Mazzini; Viale Monza; Via Cavour; Via della Spiga; Via San Donato; Piazza Bologna; Via Tiburtina; Via Nizza; Via dei Serragli; Viale Marconi; Via Solferino; Via Toledo; Via del Pratello"),
    "sl_SI": _p("Celovška cesta; Trubarjeva ulica; Slovenska cesta; Prešernova ulica; Cankarjeva ulica; Gosposvetska cesta; Ulica heroja Staneta; Tržaška cesta; Kidričeva ulica; Partizanska cesta; Aškerčeva cesta; Ulica Vita Kraigherja; Dunajska cesta; Koroška cesta; Ljubljanska cesta; Vegova ulica"),
    "nl_BE": _p("Kerkstraat; Stationsstraat; Molenstraat; Kapelstraat; Lange Nieuwstraat; Veldstraat; Dorpsstraat; Nieuwstraat; Brugsesteenweg; Overpoortstraat; Tiensestraat; Grote Markt; Meir; Koningin Astridlaan; Bredabaan; Zavelstraat; Lindenlaan; Sint-Pietersnieuwstraat"),
}

STREET_TYPES = {
    "street", "st", "ave", "avenue", "blvd", "lane", "dr", "drive", "ct", "way", "rd", "road", "ter",
    "close", "terrace", "crescent", "gardens", "place", "grove", "hill",
    "triq", "rue", "boulevard", "impasse", "allée", "chemin", "quai", "route", "calle", "av.", "av", "pasaje", "bv.", "rambla", "via", "viale", "corso", "piazza",
    "cesta", "ulica", "laan", "steenweg", "am", "markt",
}

TOWNS = {
    "en_US": _towns("10011=New York, NY; 60614=Chicago, IL; 78704=Austin, TX; 98103=Seattle, WA; 80202=Denver, CO; 02116=Boston, MA; 43215=Columbus, OH; 30309=Atlanta, GA; 97205=Portland, OR; 94110=San Francisco, CA; 55401=Minneapolis, MN; 27601=Raleigh, NC; 19103=Philadelphia, PA; 37203=Nashville, TN; 15213=Pittsburgh, PA; 53703=Madison, WI; 48104=Ann Arbor, MI; 84101=Salt Lake City, UT"),
    "en_GB": _towns("SW9 8BH=London; E8 3RL=London; N1 9GU=London; M14 5TQ=Manchester; BS6 5DQ=Bristol; LS6 2AB=Leeds; B15 2TT=Birmingham; EH9 1PR=Edinburgh; G12 8QQ=Glasgow; CF24 4HQ=Cardiff; OX4 1DE=Oxford; CB1 2LA=Cambridge; S10 2TN=Sheffield; NG7 2RD=Nottingham; BN2 1TW=Brighton; YO10 5DD=York; NE1 7RU=Newcastle upon Tyne; L8 7SH=Liverpool"),
    "en_MT": _towns("BKR 4012=Birkirkara; SLM 1549=Sliema; VLT 1117=Valletta; MSD 1751=Msida; STJ 3141=St Julian's; GZR 1015=Gżira; NXR 2206=Naxxar; MST 4012=Mosta; ATD 1410=Attard; QRM 2456=Qormi; HMR 1542=Ħamrun; SGN 2010=San Ġwann; ZBR 2211=Żabbar; RBT 1231=Rabat; VCT 2543=Victoria; SPB 3512=St Paul's Bay"),
    "de_DE": _towns("10245=Berlin; 10961=Berlin; 12043=Berlin; 20095=Hamburg; 22765=Hamburg; 80469=München; 81667=München; 50667=Köln; 50823=Köln; 60316=Frankfurt am Main; 70173=Stuttgart; 40210=Düsseldorf; 04109=Leipzig; 04277=Leipzig; 01067=Dresden; 30159=Hannover; 90402=Nürnberg; 28195=Bremen; 79098=Freiburg im Breisgau; 48143=Münster; 69117=Heidelberg; 53111=Bonn; 52062=Aachen"),
    "fr_FR": _towns("75011=Paris; 75018=Paris; 75014=Paris; 75020=Paris; 69003=Lyon; 69007=Lyon; 13006=Marseille; 31000=Toulouse; 33000=Bordeaux; 44000=Nantes; 59000=Lille; 67000=Strasbourg; 34000=Montpellier; 35000=Rennes; 06000=Nice; 38000=Grenoble; 21000=Dijon; 49000=Angers; 37000=Tours; 63000=Clermont-Ferrand"),
    "fr_CH": _towns("1201=Genève; 1205=Genève; 1207=Genève; 1003=Lausanne; 1004=Lausanne; 1006=Lausanne; 1700=Fribourg; 2000=Neuchâtel; 1950=Sion; 1400=Yverdon-les-Bains; 1820=Montreux; 1800=Vevey; 1260=Nyon; 1110=Morges; 2300=La Chaux-de-Fonds; 2800=Delémont; 1227=Carouge; 1020=Renens; 1920=Martigny"),
    "es_MX": _towns("06700=Roma Norte, Cuauhtémoc, CDMX; 06140=Condesa, Cuauhtémoc, CDMX; 03100=Del Valle, Benito Juárez, CDMX; 03020=Narvarte, Benito Juárez, CDMX; 04100=Del Carmen, Coyoacán, CDMX; 11560=Polanco, Miguel Hidalgo, CDMX; 06600=Juárez, Cuauhtémoc, CDMX; 44160=Americana, Guadalajara, Jal.; 44100=Centro, Guadalajara, Jal.; 64000=Centro, Monterrey, N.L.; 72000=Centro, Puebla, Pue.; 76000=Centro, Querétaro, Qro.; 97000=Centro, Mérida, Yuc.; 68000=Centro, Oaxaca de Juárez, Oax."),
    "es_CL": _towns("7500000=Providencia, Santiago; 7550000=Las Condes, Santiago; 7750000=Ñuñoa, Santiago; 8320000=Santiago Centro; 2340000=Valparaíso; 2520000=Viña del Mar; 4030000=Concepción; 1700000=La Serena; 4780000=Temuco; 1240000=Antofagasta; 5480000=Puerto Montt; 5090000=Valdivia; 2820000=Rancagua; 3460000=Talca"),
    "es_UY": _towns("11300=Montevideo; 11200=Montevideo; 11100=Montevideo; 11000=Montevideo; 11500=Montevideo; 11400=Montevideo; 15000=Ciudad de la Costa; 20000=Maldonado; 20100=Punta del Este; 50000=Salto; 60000=Paysandú; 70000=Colonia del Sacramento; 40000=Rivera; 90200=Las Piedras; 45000=Tacuarembó; 30000=Minas"),
    "it_IT": _towns("00184=Roma (RM); 00153=Roma (RM); 20121=Milano (MI); 20135=Milano (MI); 20144=Milano (MI); 10121=Torino (TO); 10138=Torino (TO); 80134=Napoli (NA); 40126=Bologna (BO); 50122=Firenze (FI); 16121=Genova (GE); 35121=Padova (PD); 37121=Verona (VR); 70121=Bari (BA); 90133=Palermo (PA); 34121=Trieste (TS); 38122=Trento (TN); 56126=Pisa (PI); 43121=Parma (PR)"),
    "sl_SI": _towns("1000=Ljubljana; 2000=Maribor; 3000=Celje; 4000=Kranj; 6000=Koper; 8000=Novo mesto; 5000=Nova Gorica; 2250=Ptuj; 3320=Velenje; 9000=Murska Sobota; 1230=Domžale; 4220=Škofja Loka; 6310=Izola; 6330=Piran; 1241=Kamnik; 4270=Jesenice"),
    "nl_BE": _towns("2000=Antwerpen; 2018=Antwerpen; 9000=Gent; 1000=Brussel; 3000=Leuven; 8000=Brugge; 2800=Mechelen; 3500=Hasselt; 8500=Kortrijk; 9300=Aalst; 9100=Sint-Niklaas; 3600=Genk; 8400=Oostende; 8800=Roeselare; 2300=Turnhout; 2500=Lier; 1050=Elsene"),
}

FLAT = {
    "en_US": ["Apt {n}", "Unit {n}", "#{n}"], "en_GB": ["Flat {n}"], "en_MT": ["Flat {n}"],
    "de_DE": ["{n}. OG", "Whg. {n}"], "fr_FR": ["appt {n}", "bât. B"], "fr_CH": ["app. {n}"],
    "es_MX": ["int. {n}", "depto. {n}"], "es_CL": ["depto. {n}{m}", "of. {n}{m}"], "es_UY": ["apto. {n}{m}"],
    "it_IT": ["int. {n}", "scala B"], "sl_SI": ["stanovanje {n}"], "nl_BE": ["bus {n}"],
}


HOUSE_NUMBERS = {"en_US": (100, 4999), "es_MX": (10, 2999), "es_CL": (100, 3999), "es_UY": (100, 3999)}
SAINTS = {"san", "santa", "sant", "saint", "sainte", "st", "sint", "sveti"}


def street_tokens(street: str) -> list[str]:
    out = []
    for w in street.replace("-", " ").split():
        w = w.strip(".,")
        low = w.lower()
        for pre in ("l'", "d'", "sant'", "l’", "d’"):
            if low.startswith(pre):
                w, low = w[len(pre):], low[len(pre):]
        if "-" in low:
            continue
        if low in STREET_TYPES or low in PARTICLES or low in ("il", "is", "it", "tal", "of") or low in SAINTS or w.isdigit() or len(w) <= 2:
            continue
        if low.startswith(("il-", "is-", "it-", "tal-")):
            w = w.split("-", 1)[1]
        out.append(w)
    return out


def make_address(locale: str, rng, form: str) -> tuple[str, list[str]]:
    """Return (address text, fragments)."""
    street = rng.choice(STREETS[locale])
    pc, town = rng.choice(TOWNS[locale])
    lo, hi = HOUSE_NUMBERS.get(locale, (1, 160))
    n = str(rng.choice([rng.randint(lo, max(lo + 20, min(hi, 40))), rng.randint(lo, hi)]))
    flat = rng.choice(FLAT[locale]).format(n=rng.randint(1, 24), m=rng.choice("0123"))
    en_like = locale in ("en_US", "en_GB", "fr_FR")
    if locale == "en_MT":
        line = f"{n}, {street}"
    elif en_like:
        line = f"{n} {street}"
    elif locale.startswith("es"):
        line = f"{street} {n}" if locale != "es_MX" else f"{street} {n}"
    else:
        line = f"{street} {n}"
    if form == "with_flat":
        line = f"{flat}, {line}" if locale in ("en_GB", "en_MT") else f"{line}, {flat}"
    if locale == "en_US":
        city, state = town.split(", ")
        tail = f"{city}, {state} {pc}"
    elif locale in ("en_GB", "en_MT"):
        tail = f"{town} {pc}"
    elif locale == "es_MX":
        col, mun, st = town.split(", ")
        tail = f"Col. {col}, {pc} {mun}, {st}"
    elif locale == "es_CL":
        tail = f"{town}" if rng.random() < 0.4 and form != "full" else f"{town}, {pc}" if rng.random() < 0.5 else f"{pc} {town}"
    else:
        tail = f"{pc} {town}"
    sep = "\n" if form == "multiline" else ", "
    if form == "street_only":
        text = line
    else:
        text = line + sep + tail
    frags = ["t:" + t for t in street_tokens(street)]
    if form != "street_only" and pc in text:
        frags.append("p:" + pc)
    return text, frags


ADDRESS_FORMS = ["full", "full", "with_flat", "multiline", "street_only"]


def cities(locale: str) -> list[str]:
    out = []
    for _, t in TOWNS[locale]:
        if locale == "es_MX":
            t = t.split(", ")[1]
        elif locale == "en_US":
            t = t.split(", ")[0]
        elif locale == "it_IT":
            t = t.split(" (")[0]
        elif locale == "es_CL":
            t = t.split(", ")[0]
        if t not in out:
            out.append(t)
    return out
