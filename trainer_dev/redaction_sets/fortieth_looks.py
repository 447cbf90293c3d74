"""Look-alikes of the fortieth set: strings that must survive redaction verbatim.

Checked ones (isbn, orgreg where the register has a public check) are re-checked in the self-test
through ``LOOK_CHECKS``.
"""

from __future__ import annotations

from trainer_dev.redaction_sets import fortieth_checks as ck

LOOK_KINDS = ["flight", "pnr", "eticket", "train", "price", "date", "time", "seat", "iata",
              "isbn", "orgreg", "bic", "measure", "percent", "eponym", "nameword", "version"]

AIRLINES = {
    "en_US": "UA AA DL B6 AS WN", "en_GB": "BA U2 VS LS FR", "de_AT": "OS LH EW VO",
    "fr_FR": "AF TO KL V7", "es_MX": "AM Y4 VB", "nl_BE": "SN TB HV", "it_IT": "AZ FR V7 W6",
    "pt_PT": "TP S4 NI", "sv_SE": "SK DY BT", "es_EC": "EQ AV LA", "fr_GA": "AF ET KP SS",
    "en_LR": "KP ET AT HF",
}
TRAINS = {
    "en_US": "Acela|Empire Builder|Coast Starlight|Northeast Regional",
    "en_GB": "Caledonian Sleeper|Night Riviera|Avanti service|LNER Azuma",
    "de_AT": "Railjet|Nightjet|Westbahn|REX",
    "fr_FR": "TGV INOUI|Ouigo|Intercités de nuit|TER",
    "es_MX": "Tren Maya|Chepe Express|Tren Suburbano|Tequila Express",
    "nl_BE": "IC-trein|Eurostar|P-trein|L-trein", "it_IT": "Frecciarossa|Italo|Intercity "
    "Notte|Regionale Veloce", "pt_PT": "Alfa Pendular|Intercidades|Regional|Sud Expresso",
    "sv_SE": "SJ Snabbtåg|Norrlandståget|Öresundståg|Inlandsbanan",
    "es_EC": "Tren Crucero|Tren de la Libertad|Nariz del Diablo|Tren Ecuador",
    "fr_GA": "Transgabonais|Express Owendo|omnibus de la SETRAG|train de nuit",
    "en_LR": "Bong Mines line|Yekepa ore train|Nimba railway|Buchanan line",
}
AIRPORTS = {
    "en_US": "JFK LAX ORD ATL MSY HNL DEN MIA SEA BOS", "en_GB": "LHR LGW MAN EDI GLA BRS",
    "de_AT": "VIE SZG INN GRZ LNZ KLU", "fr_FR": "CDG ORY NCE LYS BOD MRS",
    "es_MX": "MEX GDL MTY CUN OAX PVR", "nl_BE": "BRU CRL ANR OST LGG",
    "it_IT": "FCO MXP NAP VCE BLQ PMO", "pt_PT": "LIS OPO FAO FNC PDL",
    "sv_SE": "ARN GOT MMX KRN VBY UME", "es_EC": "UIO GYE CUE GPS SCY",
    "fr_GA": "LBV POG MVB OYE", "en_LR": "ROB MLW",
}
CURRENCY = {
    "en_US": "${a}", "en_GB": "£{a}", "de_AT": "{a} €", "fr_FR": "{a} €", "es_MX": "${a} MXN",
    "nl_BE": "€ {a}", "it_IT": "{a} €", "pt_PT": "{a} €", "sv_SE": "{a} kr",
    "es_EC": "USD {a}", "fr_GA": "{a} FCFA", "en_LR": "L${a}",
}
BICS = {
    "en_US": "CHASUS33 BOFAUS3N CITIUS33 WFBIUS6S", "en_GB": "NWBKGB2L BARCGB22 LOYDGB2L",
    "de_AT": "BKAUATWW RZBAATWW GIBAATWW OBKLAT2L", "fr_FR": "BNPAFRPP SOGEFRPP CRLYFRPP",
    "es_MX": "BNMXMXMM BCMRMXMM", "nl_BE": "GEBABEBB KREDBEBB BBRUBEBB",
    "it_IT": "BCITITMM UNCRITMM BPMOIT22", "pt_PT": "CGDIPTPL BCOMPTPL TOTAPTPL",
    "sv_SE": "ESSESESS HANDSESS NDEASESS SWEDSESS", "es_EC": "PICHECEQ GUAYECEG",
    "fr_GA": "BICIGALX UGBIGALX", "en_LR": "ECOCLRLM LBDILRLM",
}
EPONYMS = {
    "en_US": "John F. Kennedy International|Ronald Reagan Washington National|Louis Armstrong "
             "New Orleans|Daniel K. Inouye International|George Bush Intercontinental|O'Hare"
             "|Lincoln Memorial|Harry Reid International",
    "en_GB": "John Lennon Airport|King's Cross|St Pancras|Victoria Station|Nelson's Column"
             "|George Best Belfast City|Prince Albert Road|Queen Elizabeth Olympic Park",
    "de_AT": "Mozarts Geburtshaus|Schloss Schönbrunn|Franz-Josefs-Bahnhof|Sisi Museum"
             "|Kaiser-Franz-Josefs-Höhe|Hundertwasserhaus|Wolfgang Amadeus Mozart Airport"
             "|Stephansdom",
    "fr_FR": "Charles de Gaulle|Gare Saint-Lazare|Saint-Exupéry|Gare Montparnasse|Place "
             "Charles de Gaulle|Musée Rodin|Pont Alexandre III|Jardin Albert-Kahn",
    "es_MX": "Benito Juárez|Museo Frida Kahlo|Museo Soumaya|Palacio de Bellas Artes"
             "|Monumento a Cuauhtémoc|Estadio Azteca|Bosque de Chapultepec|Calzada Hidalgo",
    "nl_BE": "Manneken Pis|Rubenshuis|Sint-Pietersstation|Atomium|Gravensteen|Koning "
             "Albertpark|Plantin-Moretus|Belfort van Brugge",
    "it_IT": "Leonardo da Vinci|Marco Polo|Galileo Galilei|Santa Maria Novella|Cristoforo "
             "Colombo|Falcone-Borsellino|Capodichino|Caravaggio",
    "pt_PT": "Humberto Delgado|Francisco Sá Carneiro|Cristiano Ronaldo|Padrão dos "
             "Descobrimentos|Santa Apolónia|João Paulo II|Torre de Belém|Mosteiro dos Jerónimos",
    "sv_SE": "Arlanda|Landvetter|Gamla stan|Vasamuseet|Skansen|Astrid Lindgrens Värld"
             "|Liseberg|Drottningholm",
    "es_EC": "Mariscal Sucre|José Joaquín de Olmedo|Mitad del Mundo|Isla Isabela|Estación "
             "Charles Darwin|Parque Cotopaxi|Cerro Santa Ana|Basílica del Voto Nacional",
    "fr_GA": "Léon Mba|Pointe Denis|parc de la Lopé|hôpital Albert Schweitzer|parc de "
             "Loango|Mont Bouët|Cap Estérias|Omar Bongo Ondimba",
    "en_LR": "Roberts International|James Spriggs Payne|Providence Island|Ducor Hotel|Sapo "
             "National Park|Firestone|E. J. Roye Building|Centennial Pavilion",
}
NAMEWORDS = {
    "en": "the summer timetable|a grace period|the rose garden|free miles|a young crowd"
          "|the hunter's moon|an early bird fare|the grand canyon",
    "de": "im Ernst|den Sommerfahrplan|ein Wolf im Schafspelz|die Kaiserschmarrn|ein Fuchs "
          "am Waldrand|das Frühstücksbuffet|den Bergsommer|ein klein bisschen Glück",
    "fr": "la rose des vents|un petit déjeuner|le blanc de Chamonix|la grande traversée|une "
          "belle martin-pêcheur|le mont Blanc|une fontaine de jouvence|la douce France",
    "es": "luz verde|paz y tranquilidad|la sierra nevada|el lobo marino|una palma real|la "
          "cruz del sur|la flor de mayo|el rosal del patio",
    "nl": "de zomerdienstregeling|een goede vos|het ontbijtbuffet|de rode roos|een "
          "koninklijk ontvangst|de lange wachtrij|een engelengeduld|een stevig ontbijt",
    "it": "la via del mare|un leone da tastiera|la rosa dei venti|il fiore all'occhiello"
          "|un colpo di fortuna|una serra tropicale|un bel mare|la gioia di viaggiare",
    "pt": "a luz do fim de tarde|um lobo do mar|o pinto do galinheiro|a rocha do miradouro"
          "|uma aurora boreal|o coelho da Páscoa|a costa vicentina|a mota alugada",
    "sv": "en björk vid sjön|en lugn strand|fjällvandring|den blå timmen|en holme i "
          "skärgården|midsommarafton|en stark falk|en nord i kompassen",
}
ORGREG = {
    "en_US": "ein", "en_GB": "ch", "de_AT": "fn", "fr_FR": "siren", "es_MX": "rfc_moral",
    "nl_BE": "kbo", "it_IT": "piva", "pt_PT": "nipc", "sv_SE": "orgnr", "es_EC": "ruc",
    "fr_GA": "rccm", "en_LR": "lbr",
}
ISBN_GROUP = {
    "en_US": "9780", "en_GB": "9781", "de_AT": "9783", "fr_FR": "9782", "es_MX": "978607",
    "nl_BE": "97890", "it_IT": "97888", "pt_PT": "978972", "sv_SE": "97891",
    "es_EC": "9789942", "fr_GA": "9782", "en_LR": "9781",
}
VERSIONS = ["v{a}.{b}.{c}", "{a}.{b}", "version {a}.{b}.{c}", "build {a}.{b}"]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _orgreg(rng, locale):
    kind = ORGREG[locale]
    if kind == "ein":
        return f"EIN {rng.randint(10, 98)}-{_d(rng, 7)}", "ein"
    if kind == "ch":
        return f"Company No. {rng.choice(['0', 'SC', 'NI'])}{_d(rng, 6)}", "ch"
    if kind == "fn":
        return f"FN {rng.randint(10000, 599999)} {rng.choice('abdfghikmpstvwxyz')}", "fn"
    if kind == "siren":
        b = str(rng.randint(1, 9)) + _d(rng, 7)
        v = b + ck.luhn_digit(b)
        return f"SIREN {v[:3]} {v[3:6]} {v[6:]}", "siren"
    if kind == "rfc_moral":
        return ("RFC " + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(3))
                + f"{rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                + rng.choice("ABCDEFGH") + rng.choice("123456789") + rng.choice("A0123456789")
                ), "rfc_moral"
    if kind == "kbo":
        b = "0" + str(rng.randint(2, 9)) + _d(rng, 6)
        v = b + f"{97 - int(b) % 97:02d}"
        return f"KBO {v[:4]}.{v[4:7]}.{v[7:]}", "kbo"
    if kind == "piva":
        b = _d(rng, 7) + rng.choice(["001", "015", "058", "063", "037"])
        v = b + ck.luhn_digit(b)
        return f"P.IVA {v}", "piva"
    if kind == "nipc":
        b = rng.choice("5") + _d(rng, 7)
        return f"NIPC {b + ck.pt_nif_check(b)}", "nipc"
    if kind == "orgnr":
        b = "55" + str(rng.randint(6, 9)) + _d(rng, 6)
        v = b + ck.luhn_digit(b)
        return f"{v[:6]}-{v[6:]}", "orgnr"
    if kind == "ruc":
        while True:
            nine = f"{rng.randint(1, 24):02d}9{_d(rng, 6)}"
            c = ck.ec_ruc_company_digit(nine)
            if c is not None:
                return f"RUC {nine}{c}001", "ruc"
    if kind == "rccm":
        return f"RCCM GA-LBV-{rng.randint(2010, 2024)}-B-{_d(rng, 5)}", "rccm"
    return f"Business Reg. No. {rng.randint(100000, 999999)}-{rng.randint(10, 99)}", "lbr"


def _date(rng, locale):
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if locale == "en_US":
        return f"{m}/{d}/{y}"
    if locale == "sv_SE":
        return f"{y}-{m:02d}-{d:02d}"
    if locale in ("de_AT",):
        return f"{d}.{m}.{y}"
    if locale == "nl_BE":
        return f"{d}/{m}/{y}"
    if locale in ("pt_PT", "es_MX", "es_EC", "it_IT", "fr_FR", "fr_GA", "en_GB", "en_LR"):
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d}.{m}.{y}"


def _time(rng, locale):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    if locale in ("en_US", "en_LR"):
        return f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if locale in ("fr_FR", "fr_GA"):
        return f"{h}h{mi:02d}"
    if locale == "sv_SE":
        return f"kl. {h:02d}.{mi:02d}"
    return f"{h:02d}:{mi:02d}"


def make_look(rng, locale: str, lang: str, kind: str) -> tuple[str, str]:
    """(look-alike string, sub-form) of one kind."""
    if kind == "flight":
        al = rng.choice(AIRLINES[locale].split())
        n = rng.randint(1, 9899)
        return rng.choice([f"{al} {n}", f"{al}{n:04d}", f"{al}{n}"]), "flight"
    if kind == "pnr":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(rng.choice(chars) for _ in range(6)), "pnr"
    if kind == "eticket":
        return f"{rng.choice(['016', '001', '074', '057', '220', '125', '139', '047'])}-"\
               f"{_d(rng, 10)}", "eticket"
    if kind == "train":
        name = rng.choice(TRAINS[locale].split("|"))
        return f"{name} {rng.randint(2, 999)}", "train"
    if kind == "price":
        a = f"{rng.randint(12, 980)}" + (f",{rng.randint(0, 99):02d}" if lang not in ("en",)
                                         and rng.random() < 0.5 else "")
        if lang == "en" and rng.random() < 0.5:
            a = f"{rng.randint(12, 980)}.{rng.randint(0, 99):02d}"
        return CURRENCY[locale].format(a=a), "price"
    if kind == "date":
        return _date(rng, locale), "date"
    if kind == "time":
        return _time(rng, locale), "time"
    if kind == "seat":
        words = {"en": ["seat", "Gate", "room"], "de": ["Sitz", "Gate", "Zimmer"],
                 "fr": ["siège", "porte", "chambre"], "es": ["asiento", "puerta", "habitación"],
                 "nl": ["stoel", "gate", "kamer"], "it": ["posto", "gate", "camera"],
                 "pt": ["lugar", "porta", "quarto"], "sv": ["plats", "gate", "rum"]}[lang]
        w = rng.choice(words)
        if w in ("seat", "Sitz", "siège", "asiento", "stoel", "posto", "lugar", "plats"):
            return f"{w} {rng.randint(1, 48)}{rng.choice('ABCDEF')}", "seat"
        if w.lower() in ("gate", "porte", "puerta", "porta"):
            return f"{w} {rng.choice('ABCDEFK')}{rng.randint(1, 60)}", "gate"
        return f"{w} {rng.randint(1, 12)}{rng.randint(1, 40):02d}", "room"
    if kind == "iata":
        a = AIRPORTS[locale].split()
        other = rng.choice(["LHR", "CDG", "FRA", "MAD", "JFK", "IST", "ADD", "AMS", "DXB"])
        src = rng.choice(a)
        return rng.choice([f"{src}–{other}", f"{src}-{other}", f"{other} → {src}"]), "iata"
    if kind == "isbn":
        g = ISBN_GROUP[locale]
        body = g + _d(rng, 12 - len(g))
        v = body + ck.isbn13_digit(body)
        return f"{v[:3]}-{v[3:len(g)]}-{v[len(g):11]}-{v[11]}-{v[12]}", "isbn"
    if kind == "orgreg":
        return _orgreg(rng, locale)
    if kind == "bic":
        return rng.choice(BICS[locale].split()), "bic"
    if kind == "measure":
        opts = ["55 x 40 x 20 cm", "23 kg", "{a} kg", "{a} km", "{a} cm", "{a} l"]
        if lang == "en" and locale == "en_US":
            opts = ["22 x 14 x 9 in", "50 lb", "{a} lb", "{a} miles", "{a} ft"]
        return rng.choice(opts).format(a=rng.randint(2, 400)), "measure"
    if kind == "percent":
        p = rng.randint(5, 70)
        return (f"{p}%" if lang == "en" or rng.random() < 0.4 else f"{p} %"), "percent"
    if kind == "eponym":
        return rng.choice(EPONYMS[locale].split("|")), "eponym"
    if kind == "nameword":
        return rng.choice(NAMEWORDS[lang].split("|")), "nameword"
    v = rng.choice(VERSIONS).format(a=rng.randint(1, 19), b=rng.randint(0, 40),
                                    c=rng.randint(0, 9))
    return v, "version"


LOOK_CHECKS = {
    "isbn": ck.isbn13_ok, "siren": lambda v: ck.luhn_ok(v[6:]), "kbo": lambda v: ck.kbo_ok(v[4:]),
    "piva": lambda v: ck.piva_ok(v[6:]), "nipc": lambda v: ck.pt_nif_ok(v[5:]),
    "orgnr": ck.luhn_ok, "ruc": lambda v: ck.ec_ruc_ok(v[4:]),
}
