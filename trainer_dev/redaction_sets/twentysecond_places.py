"""Towns with real postcode ranges, plausible streets, and address writing per country.

Each address returns (value, street-name tokens, postcode, form).
"""

from __future__ import annotations

import random

# town: postcode pattern; '#' is a random digit kept inside the town's real range.
TOWNS = {
    "en_US": [("Ann Arbor, MI", "4810#"), ("Austin, TX", "787##"), ("Seattle, WA", "981##"),
              ("Cambridge, MA", "0213#"), ("Pittsburgh, PA", "152##"), ("Madison, WI", "537##"),
              ("Durham, NC", "277##"), ("Boulder, CO", "8030#"), ("Chicago, IL", "606##"),
              ("Berkeley, CA", "9470#"), ("Atlanta, GA", "303##"), ("Brooklyn, NY", "112##")],
    "en_IN": [("Bengaluru", "5600##"), ("Mumbai", "4000##"), ("New Delhi", "1100##"),
              ("Chennai", "6000##"), ("Hyderabad", "5000##"), ("Pune", "4110##"),
              ("Kolkata", "7000##"), ("Kochi", "6820##"), ("Ahmedabad", "3800##"),
              ("Jaipur", "3020##"), ("Gurugram", "1220##"), ("Chandigarh", "1600##")],
    "pt_PT": [("Lisboa", "1[0-6]##-###"), ("Porto", "4[0-3]##-###"), ("Coimbra", "30##-###"),
              ("Braga", "47##-###"), ("Aveiro", "38##-###"), ("Faro", "80##-###"),
              ("Évora", "70##-###"), ("Setúbal", "29##-###"), ("Leiria", "24##-###"),
              ("Funchal", "90##-###"), ("Guimarães", "48##-###"), ("Oeiras", "278#-###")],
    "pl_PL": [("Warszawa", "0[0-4]-###"), ("Kraków", "3[0-1]-###"), ("Wrocław", "5[0-4]-###"),
              ("Poznań", "6[0-1]-###"), ("Gdańsk", "80-###"), ("Łódź", "9[0-4]-###"),
              ("Katowice", "40-###"), ("Lublin", "20-###"), ("Toruń", "87-1##"),
              ("Szczecin", "7[0-1]-###"), ("Białystok", "15-###"), ("Rzeszów", "35-###")],
    "sv_SE": [("Stockholm", "11[1-8] ##"), ("Göteborg", "41[1-7] ##"), ("Malmö", "21[1-7] ##"),
              ("Uppsala", "75[1-7] ##"), ("Lund", "22[2-7] ##"), ("Linköping", "58[1-3] ##"),
              ("Umeå", "90[3-7] ##"), ("Örebro", "70[2-5] ##"), ("Västerås", "72[2-6] ##"),
              ("Solna", "17[0-1] ##"), ("Luleå", "97[1-7] ##"), ("Jönköping", "55[2-6] ##")],
    "tr_TR": [("Kadıköy/İstanbul", "347##"), ("Beşiktaş/İstanbul", "343##"),
              ("Şişli/İstanbul", "343##"), ("Çankaya/Ankara", "06[5-6]##"),
              ("Konak/İzmir", "352##"), ("Bornova/İzmir", "350##"), ("Nilüfer/Bursa", "16[1-2]##"),
              ("Muratpaşa/Antalya", "07[0-1]##"), ("Tepebaşı/Eskişehir", "26[0-1]##"),
              ("Selçuklu/Konya", "42[0-1]##"), ("Ortahisar/Trabzon", "61[0-1]##"),
              ("Sarıyer/İstanbul", "344##")],
    "es_PE": [("Miraflores, Lima", "15074"), ("San Isidro, Lima", "15073"),
              ("Barranco, Lima", "15063"), ("Santiago de Surco, Lima", "15038"),
              ("La Molina, Lima", "15024"), ("Jesús María, Lima", "15072"),
              ("San Borja, Lima", "15037"), ("Pueblo Libre, Lima", "15084"),
              ("Arequipa", "04001"), ("Cusco", "08002"), ("Trujillo", "13001"),
              ("Piura", "20001")],
    "en_KE": [("Nairobi", "00100"), ("Nairobi", "00200"), ("Westlands, Nairobi", "00800"),
              ("Gigiri, Nairobi", "00621"), ("Nairobi", "00600"), ("Mombasa", "80100"),
              ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100"),
              ("Nyeri", "10100"), ("Thika", "01000"), ("Karen, Nairobi", "00502")],
    "fr_BE": [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Etterbeek", "1040"),
              ("Saint-Gilles", "1060"), ("Uccle", "1180"), ("Liège", "40[0-3]0"),
              ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Louvain-la-Neuve", "1348"), ("Wavre", "1300"), ("Tournai", "7500")],
    "fr_CH": [("Genève", "12[0-1]#"), ("Lausanne", "100[0-7]"), ("Neuchâtel", "2000"),
              ("Fribourg", "1700"), ("Sion", "1950"), ("La Chaux-de-Fonds", "2300"),
              ("Yverdon-les-Bains", "1400"), ("Montreux", "1820"), ("Morges", "1110"),
              ("Nyon", "1260"), ("Delémont", "2800"), ("Carouge", "1227")],
    "es_UY": [("Montevideo", "11[0-9]00"), ("Montevideo", "11300"), ("Punta del Este", "20100"),
              ("Maldonado", "20000"), ("Salto", "50000"), ("Paysandú", "60000"),
              ("Colonia del Sacramento", "70000"), ("Canelones", "90000"),
              ("Rivera", "40000"), ("Tacuarembó", "45000"), ("Mercedes", "75000"),
              ("Ciudad de la Costa", "15000")],
    "en_MT": [("Valletta", "VLT ####"), ("Sliema", "SLM ####"), ("Birkirkara", "BKR ####"),
              ("Msida", "MSD ####"), ("St Julian's", "STJ ####"), ("Mosta", "MST ####"),
              ("Gżira", "GZR ####"), ("Naxxar", "NXR ####"), ("Qormi", "QRM ####"),
              ("Swieqi", "SWQ ####"), ("Victoria, Gozo", "VCT ####"), ("Rabat", "RBT ####")],
}

# (street type before/after, name); name tokens are scored, the type word is not.
STREETS = {
    "en_US": ("after", ["Maple|Ave", "Packard|St", "Hoover|Blvd", "Cedar Ridge|Dr",
                        "Willowbrook|Ln", "Massachusetts|Ave", "Greenwood|Ave",
                        "Chestnut|St", "Lakeshore|Dr", "Juniper|Ct", "Prospect|Pl",
                        "Harrington|Rd", "Magnolia|Way", "Sheridan|Rd"]),
    "en_IN": ("after", ["Lodhi|Road", "Linking|Road", "Brigade|Road", "Anna Salai|",
                        "Residency|Road", "Senapati Bapat|Marg", "Hill|Road",
                        "Koramangala 5th Block, Jyoti Nivas College|Road", "Infantry|Road",
                        "Carter|Road", "Park|Street", "Banjara Hills|Road No. 12"]),
    "pt_PT": ("before", ["Rua|Augusta", "Avenida|da Liberdade", "Rua|de Santa Catarina",
                         "Rua|Ferreira Borges", "Avenida|Almirante Reis", "Rua|do Carmo",
                         "Travessa|do Almada", "Rua|Sá da Bandeira", "Avenida|dos Aliados",
                         "Rua|Cândido dos Reis", "Largo|do Paço", "Rua|Garrett"]),
    "pl_PL": ("before", ["ul.|Marszałkowska", "ul.|Piotrkowska", "al.|Jerozolimskie",
                         "ul.|Długa", "ul.|Świętokrzyska", "ul.|Karmelicka", "os.|Kościuszkowskie",
                         "ul.|Grunwaldzka", "ul.|Mickiewicza", "ul.|Lipowa", "pl.|Grunwaldzki",
                         "ul.|Wrzosowa", "ul.|Słowackiego"]),
    "sv_SE": ("fused", ["Drottninggatan", "Kungsgatan", "Storgatan", "Sveavägen",
                        "Vasagatan", "Linnégatan", "Götgatan", "Södra Förstadsgatan",
                        "Skolgatan", "Hamngatan", "Rådmansgatan", "Björkvägen"]),
    "tr_TR": ("after", ["Bağdat|Caddesi", "İstiklal|Caddesi", "Abdi İpekçi|Caddesi",
                        "Kordonboyu|Sokak", "Tunalı Hilmi|Caddesi", "Moda|Caddesi",
                        "Akasya|Sokak", "Nispetiye|Caddesi", "Gazi Mustafa Kemal|Bulvarı",
                        "Ihlamur|Sokak", "Papatya|Sokak", "Cumhuriyet|Bulvarı"]),
    "es_PE": ("before", ["Av.|José Larco", "Av.|Javier Prado", "Jr.|Huallaga",
                         "Calle|Los Pinos", "Av.|Angamos", "Jr.|Ucayali", "Av.|Benavides",
                         "Calle|Las Begonias", "Av.|Arequipa", "Av.|Salaverry", "Jr.|Junín",
                         "Calle|Alcanfores"]),
    "en_KE": ("after", ["Argwings Kodhek|Road", "Ngong|Road", "Kimathi|Street",
                        "Muthaiga|Road", "Waiyaki|Way", "Moi|Avenue", "Kenyatta|Avenue",
                        "Lenana|Road", "Nyali|Road", "Oginga Odinga|Street",
                        "Riverside|Drive", "Parklands|Road"]),
    "fr_BE": ("before", ["Rue|de la Loi", "Avenue|Louise", "Chaussée|de Wavre",
                         "Rue|Haute", "Boulevard|d'Avroy", "Rue|des Guillemins",
                         "Avenue|de Tervueren", "Rue|du Bailli", "Place|Flagey",
                         "Rue|de Fer", "Rue|Sainte-Walburge", "Rue|Neuve"]),
    "fr_CH": ("before", ["Rue|du Rhône", "Avenue|de la Gare", "Chemin|des Vignes",
                         "Rue|de Bourg", "Avenue|de Rumine", "Route|de Chêne",
                         "Rue|du Seyon", "Boulevard|Carl-Vogt", "Chemin|de Mornex",
                         "Rue|de Lausanne", "Avenue|d'Ouchy", "Rue|des Pâquis"]),
    "es_UY": ("before", ["Av.|Brasil", "Bulevar|Artigas", "Calle|Sarandí",
                         "Av.|Rivera", "Calle|Ellauri", "Rambla|Gandhi", "Calle|Colonia",
                         "Av.|Gorlero", "Calle|Canelones", "Av.|Italia", "Calle|Soriano",
                         "Calle|Maldonado"]),
    "en_MT": ("before", ["Triq|ir-Repubblika", "Triq|il-Kbira", "Triq|San Pawl",
                         "Triq|it-Torri", "Triq|Manwel Dimech", "Triq|Birkirkara",
                         "Triq|il-Merkanti", "Triq|tal-Balal", "Triq|Santa Venera",
                         "Triq|il-Wied", "Triq|Sant'Antnin", "Triq|il-Kappillan Mifsud"]),
}

_SKIP = {"de", "da", "do", "dos", "das", "la", "le", "du", "des", "los", "las", "il", "ir",
         "it", "tal", "ta", "road", "no.", "no", "5th", "block", "college", "d'", "of",
         "sant", "santa", "san", "sainte", "saint", "st"}


def _fill(rng: random.Random, pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            lo, hi = pattern[i + 1], pattern[i + 3]
            out.append(str(rng.randint(int(lo), int(hi))))
            i += 5
            continue
        out.append(str(rng.randint(0, 9)) if ch == "#" else ch)
        i += 1
    return "".join(out)


def street_tokens(name: str) -> list[str]:
    out = []
    for raw in name.replace("-", " ").replace("'", " ").replace("’", " ").split():
        t = raw.strip(".,")
        if t.lower() in _SKIP or len(t) < 3 or any(c.isdigit() for c in t):
            continue
        out.append(t)
    return out


def address(rng: random.Random, locale: str) -> tuple[str, list[str], str, str]:
    town, pat = rng.choice(TOWNS[locale])
    pc = _fill(rng, pat)
    order, streets = STREETS[locale]
    raw = rng.choice(streets)
    typ, name = ("", raw) if order == "fused" else raw.split("|")
    if order == "after":
        typ, name = name, typ
    no = str(rng.randint(2, 180))
    form = rng.choice(["line", "line", "unit", "lines"])
    sep = "\n" if form == "lines" else ", "
    if locale == "en_US":
        unit = f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}" if form == "unit" else ""
        v = f"{no}{rng.randint(0, 9)} {name} {typ}{unit}{sep}{town} {pc}"
    elif locale == "en_IN":
        flat = f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, " if form == "unit" else ""
        v = f"{flat}{no}, {name} {typ}".rstrip() + f"{sep}{town} {pc}"
    elif locale == "pt_PT":
        flo = f", {rng.randint(1, 8)}.º {rng.choice(['Esq.', 'Dto.'])}" if form == "unit" else ""
        v = f"{typ} {name} {no}{flo}{sep}{pc} {town}"
    elif locale == "pl_PL":
        flat = f"/{rng.randint(2, 60)}" if form == "unit" else ""
        v = f"{typ} {name} {no}{flat}{sep}{pc} {town}"
    elif locale == "sv_SE":
        lgh = f", lgh {rng.randint(11, 16)}0{rng.randint(1, 4)}" if form == "unit" else ""
        v = f"{name} {no}{lgh}{sep}{pc} {town}"
    elif locale == "tr_TR":
        daire = f" D: {rng.randint(1, 24)}" if form == "unit" else ""
        v = f"{name} {typ} No: {no}{daire}{sep}{pc} {town}"
    elif locale == "es_PE":
        of = f", Of. {rng.randint(2, 14)}0{rng.randint(1, 9)}" if form == "unit" else ""
        v = f"{typ} {name} {no}0{of}{sep}{town} {pc}"
    elif locale == "en_KE":
        box = f"P.O. Box {rng.randint(1000, 78000)}-{pc}"
        bld = f"{rng.choice(['Kiambere', 'Mirage', 'Delta', 'Chancery'])} House, " \
            if form == "unit" else ""
        v = f"{bld}{name} {typ}{sep}{box}, {town}"
    elif locale in ("fr_BE", "fr_CH"):
        bte = f" bte {rng.randint(1, 12)}" if form == "unit" and locale == "fr_BE" else ""
        v = f"{typ} {name} {no}{bte}{sep}{pc} {town}"
    elif locale == "es_UY":
        ap = f" apto {rng.randint(1, 12)}0{rng.randint(1, 4)}" if form == "unit" else ""
        v = f"{typ} {name} {no}{rng.randint(0, 9)}{ap}{sep}{pc} {town}"
    else:  # en_MT: house name or number, street, locality, postcode
        flat = f"Flat {rng.randint(1, 9)}, " if form == "unit" else ""
        v = f"{flat}{no}, {typ} {name}{sep}{town} {pc}"
    return v, street_tokens(name), pc, form
