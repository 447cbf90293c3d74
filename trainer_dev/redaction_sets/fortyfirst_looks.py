"""Forty-first set: look-alikes (strings that must survive verbatim), 16 kinds; those with a
public check (ISBN-13, ISSN, company registers with one) pass it."""

from __future__ import annotations

from trainer_dev.redaction_sets import fortyfirst_checks as ck
from trainer_dev.redaction_sets.fortyfirst_places import LOCALES
from trainer_dev.redaction_sets.fortyfirst_values import rnd

LOOK_KINDS = ["order", "price", "date", "time", "version", "isbn", "issn", "isrc", "percent",
              "orgreg", "ticket", "timecode", "seat", "bic", "episode", "spec", "eponym",
              "nameword"]

CURRENCY = {
    "en_US": "${a:,}.{c:02d}", "en_CA": "CA${a:,}", "de_DE": "{a_dot},{c:02d} €",
    "fr_CA": "{a_sp},{c:02d} $", "es_CO": "COP {a_dot}", "pt_BR": "R$ {a_dot},{c:02d}",
    "pl_PL": "{a_sp},{c:02d} zł", "en_NZ": "NZ${a:,}.{c:02d}", "hu_HU": "{a_sp} Ft",
    "fr_ML": "{a_sp} FCFA", "en_SL": "NLe {a:,}", "es_PR": "${a:,}.{c:02d}",
}
DATE = {"en_US": "{m:02d}/{d:02d}/{y}", "es_PR": "{d:02d}/{m:02d}/{y}",
        "de_DE": "{d:02d}.{m:02d}.{y}", "pl_PL": "{d:02d}.{m:02d}.{y}",
        "hu_HU": "{y}. {m:02d}. {d:02d}.", "en_CA": "{y}-{m:02d}-{d:02d}",
        "fr_CA": "{y}-{m:02d}-{d:02d}"}
ISBN_GROUP = {"en": ["0", "1"], "de": ["3"], "fr": ["2"], "es": ["84", "958"], "pt": ["85", "65"],
              "pl": ["83"], "hu": ["963"]}
ISBN_LOCAL = {"es_CO": ["958"], "es_PR": ["1", "84"], "fr_ML": ["2"], "en_NZ": ["0", "1"],
              "pt_BR": ["85", "65"]}
BICS = {
    "en_US": ["BOFAUS3N", "CHASUS33", "CITIUS33", "WFBIUS6S"],
    "en_CA": ["ROYCCAT2", "TDOMCATTTOR", "BOFMCAM2", "CIBCCATT"],
    "fr_CA": ["BNDCCAMMINT", "CCDQCAMM", "ROYCCAT2", "BOFMCAM2"],
    "de_DE": ["DEUTDEFF", "COBADEFFXXX", "GENODEM1GLS", "INGDDEFFXXX"],
    "es_CO": ["COLOCOBM", "BBVACOBB", "DAVICOBB"], "pt_BR": ["ITAUBRSP", "BRASBRRJ", "BBDEBRSP"],
    "pl_PL": ["PKOPPLPW", "BREXPLPW", "INGBPLPW", "PPABPLPK"],
    "en_NZ": ["ANZBNZ22", "BKNZNZ22", "WPACNZ2W", "ASBBNZ2A"],
    "hu_HU": ["OTPVHUHB", "GIBAHUHB", "OKHBHUHB", "CIBHHUHB"],
    "fr_ML": ["BDMAMLBA", "ECOCMLBA", "BMSMMLBA"], "en_SL": ["RCBKSLFR", "ECOCSLFR"],
    "es_PR": ["BPPRPRSX", "FBPRPRSJ"],
}
SEAT = {
    "en": "Sec {s}, Row {r}, Seat {n}", "de": "Block {s}, Reihe {r}, Platz {n}",
    "fr": "section {s}, rangée {r}, siège {n}", "es": "Sección {s}, fila {r}, asiento {n}",
    "pt": "Setor {s}, fila {r}, cadeira {n}", "pl": "sektor {s}, rząd {r}, miejsce {n}",
    "hu": "{s}. szektor, {r} sor, {n}. szék",
}
EPISODE = {"en": ["Ep. {n}", "episode {n}", "S{s:02d}E{e:02d}"],
           "de": ["Folge {n}", "S{s:02d}E{e:02d}"], "fr": ["épisode {n}", "S{s:02d}E{e:02d}"],
           "es": ["episodio {n}", "T{s}E{e:02d}"], "pt": ["episódio {n}", "T{s:02d}E{e:02d}"],
           "pl": ["odcinek {n}", "S{s:02d}E{e:02d}"], "hu": ["{n}. epizód", "S{s:02d}E{e:02d}"]}

# venues, prizes and places named after people (some share a token with a pool name)
EPONYMS = {
    "en_US": ["Madison Square Garden", "Carnegie Hall", "Lincoln Center", "the Ryman Auditorium",
              "the Kennedy Center", "the Hollywood Bowl", "the Pulitzer Prize", "the Grammy Awards",
              "Red Rocks Amphitheatre", "the Fitzgerald Theater", "Washington Square Park"],
    "en_CA": ["Massey Hall", "Roy Thomson Hall", "Rogers Centre", "the Juno Awards",
              "the Giller Prize", "the Macdonald-Cartier Bridge", "Scotiabank Arena",
              "the Jack Singer Concert Hall", "the Orpheum", "Sinclair Centre"],
    "de_DE": ["die Elbphilharmonie", "das Schauspielhaus", "der Bachmann-Preis",
              "die Max-Schmeling-Halle", "der Grimme-Preis", "die Beethovenhalle",
              "das Goethe-Institut", "der Kessler-Zwillinge-Abend", "die Lanxess Arena",
              "der Friedrichstadt-Palast", "die Kühne-Logistik-Halle"],
    "fr_CA": ["la salle Wilfrid-Pelletier", "le Théâtre Maisonneuve", "le Centre Bell",
              "le prix Félix", "la Côte-Nord", "le Gala Artis", "la salle André-Mathieu",
              "le Grand Théâtre de Québec", "le parc Jean-Drapeau", "la place des Festivals"],
    "es_CO": ["el Teatro Colón", "el Estadio El Campín", "el Premio Simón Bolívar",
              "el Teatro Jorge Eliécer Gaitán", "el Festival Petronio Álvarez",
              "el Estadio Atanasio Girardot", "la Biblioteca Luis Ángel Arango",
              "el Teatro Pablo Tobón Uribe", "el Festival Vallenato", "el Parque Simón Bolívar"],
    "pt_BR": ["o Maracanã", "o Theatro Municipal", "o Prêmio Jabuti", "o Teatro Amazonas",
              "a Sala São Paulo", "o Parque Ibirapuera", "o Estádio Mané Garrincha",
              "o Festival de Parintins", "o Prêmio da Música Brasileira", "o Circo Voador"],
    "pl_PL": ["Teatr im. Juliusza Słowackiego", "Filharmonia Narodowa", "Nagroda Nike",
              "Spodek", "Festiwal Chopinowski", "Hala Stulecia", "Teatr Wielki",
              "Stadion im. Kazimierza Górskiego", "Fryderyki", "Kino Kijów"],
    "en_NZ": ["the Michael Fowler Centre", "the Aotea Centre", "the Civic", "Te Papa",
              "the Ockham Book Awards", "the Aotearoa Music Awards", "Spark Arena",
              "the Isaac Theatre Royal", "the Regent on Broadway", "Eden Park"],
    "hu_HU": ["a Papp László Sportaréna", "az Erkel Színház", "a Müpa", "a Kossuth-díj",
              "a Liszt Ferenc Zeneakadémia", "a Vígszínház", "a Sziget Fesztivál",
              "a Petőfi Csarnok", "a Bartók Béla Emlékház", "a Puskás Aréna"],
    "fr_ML": ["le Stade Modibo Keïta", "le Palais de la Culture Amadou Hampaté Bâ",
              "le Festival sur le Niger", "le Centre international de conférences",
              "le Musée national", "le Palais des sports Salamatou Maïga",
              "les Rencontres de Bamako", "le Festival au Désert", "l'Institut français"],
    "en_SL": ["the Siaka Stevens Stadium", "the National Stadium", "the Freetown Cotton Tree",
              "the Bintumani Hotel", "the Sierra Leone Music Awards", "the British Council",
              "Lumley Beach", "the Bai Bureh Memorial", "Fourah Bay College"],
    "es_PR": ["el Coliseo José Miguel Agrelot", "el Centro de Bellas Artes Luis A. Ferré",
              "el Teatro Tapia", "el Choliseo", "el Anfiteatro Tito Puente",
              "el Premio Lo Nuestro", "el Estadio Hiram Bithorn", "la Casa Blanca",
              "el Festival Casals", "el Paseo de la Princesa"],
}
# pool names used as common words
NAMEWORDS = {
    "en": ["rose gold", "frank feedback", "a grace period", "summer lineup", "hunter green",
           "a baker's dozen", "hope for sun", "the salt marsh",
           "Patience, please", "a blessing in disguise", "autumn tour"],
    "de": ["im Ernst", "schlau wie ein Fuchs", "der Wolf im Schafspelz", "viele Köche",
           "ein Kessler-Moment", "der Jäger-Chor", "ein echter Schmied"],
    "fr": ["la Côte-Nord", "un olivier en pot", "le style normand", "Jacques a dit",
           "la côte est", "une pointe de normand"],
    "es": ["luz verde", "paz y salvo", "la Cruz Roja", "un rosario de quejas",
           "esperanza de vida", "en blanco y negro", "toro bravo", "aurora boreal",
           "coral de voces"],
    "pt": ["de graça", "rocha firme", "coelho da Páscoa", "pinto no lixo", "luz do palco",
           "leão de chácara", "a Luz do dia"],
    "pl": ["róża wiatrów", "wilk morski", "chytry lis", "król strzelców", "zając wielkanocny",
           "baran na rożnie", "sikora na parapecie"],
    "hu": ["fekete doboz", "fehér zaj", "nagy öröm", "egy szép virág", "nagy szünet",
           "egy szabó műhelye", "vörös szőnyeg"],
}
EN_LOCAL = {"en_NZ": ["kia kaha, aroha nui", "the moana at dusk", "a tui in the flax",
                      "rangi and papa"]}


def _isbn(rng, loc):
    lang = LOCALES[loc][2]
    group = rng.choice(ISBN_LOCAL.get(loc, ISBN_GROUP[lang]))
    pub = rnd(rng, rng.choice([2, 3, 4]))
    title = rnd(rng, 9 - len(group) - len(pub))
    body = "978" + group + pub + title
    for c in "0123456789":
        if ck.isbn13_ok(body + c):
            return f"978-{group}-{pub}-{title}-{c}"
    raise AssertionError


def _issn(rng):
    ds = rnd(rng, 7)
    r = sum(int(c) * w for c, w in zip(ds, range(8, 1, -1), strict=False)) % 11
    c = (11 - r) % 11
    return f"ISSN {ds[:4]}-{ds[4:]}{'X' if c == 10 else c}"


def _orgreg(rng, loc):
    cc = LOCALES[loc][0]
    if cc in ("US", "PR"):
        return f"EIN {rng.choice(['12', '20', '27', '45', '46', '47', '81', '83', '66'])}-" \
               f"{rnd(rng, 7)}"
    if cc == "CA":
        b = str(rng.randint(1, 9)) + rnd(rng, 7)
        return f"{b}{ck.luhn_digit(b)} RT0001" if loc == "en_CA" or rng.random() < 0.5 else \
            f"NEQ 11{rnd(rng, 8)}"
    if cc == "DE":
        b = str(rng.randint(1, 9)) + rnd(rng, 7)
        return f"DE{b}{ck.mod11_10(b)}"
    if cc == "CO":
        b = rng.choice(["800", "830", "860", "890", "900", "901"]) + rnd(rng, 6)
        return f"NIT {b[:3]}.{b[3:6]}.{b[6:]}-{ck.nit_dv(b)}"
    if cc == "BR":
        d = rnd(rng, 8) + "0001"
        for _n, w in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)),
                     (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):
            r = sum(int(a) * b for a, b in zip(d, w, strict=False)) % 11
            d += str(0 if r < 2 else 11 - r)
        return f"CNPJ {d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"
    if cc == "PL":
        while True:
            d = str(rng.randint(1, 9)) + rnd(rng, 8)
            r = sum(int(a) * b for a, b in zip(d, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
            if r < 10:
                d += str(r)
                return f"NIP {d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"
    if cc == "NZ":
        b = "9429" + rnd(rng, 8)
        for c in "0123456789":
            if ck.gs1_ok(b + c):
                return f"NZBN {b}{c}"
    if cc == "HU":
        b = str(rng.randint(1, 2)) + rnd(rng, 6)
        return f"{b}{ck.weighted10(b, (9, 7, 3, 1, 9, 7, 3))}-{rng.randint(1, 5)}-" \
               f"{rng.choice(['41', '42', '43', '13', '07', '19'])}"
    if cc == "ML":
        return f"NIF {rnd(rng, 9)}{rng.choice('ABCDEFGHJKLMNP')}"
    return f"TIN {rnd(rng, 10)}"


def check_look(kind: str, loc: str, v: str) -> bool:
    """The public checks of the look-alikes that carry one."""
    if kind == "isbn":
        return ck.isbn13_ok(v)
    if kind == "issn":
        return ck.issn_ok(v.removeprefix("ISSN "))
    if kind == "orgreg":
        cc = LOCALES[loc][0]
        if cc == "CA" and v.endswith("RT0001"):
            return ck.luhn_ok(v[:9])
        if cc == "DE":
            return ck.ust_id_ok(v)
        if cc == "CO":
            return ck.nit_ok(v.removeprefix("NIT "))
        if cc == "BR":
            return ck.cnpj_ok(v)
        if cc == "PL":
            return ck.nip_ok(v)
        if cc == "NZ":
            return ck.gs1_ok(ck.digits(v))
        if cc == "HU":
            return ck.hu_adoszam_ok(v)
    if kind == "order" and len(ck.digits(v)) == 16:
        return not ck.luhn_ok(v)
    return True


def lookalike(rng, loc: str, kind: str) -> str:
    lang = LOCALES[loc][2]
    if kind == "order":
        r = rng.random()
        if r < 0.25:
            while True:
                d = str(rng.randint(1, 9)) + rnd(rng, 15)
                if not ck.luhn_ok(d):
                    return d
        if r < 0.6:
            return f"{rng.choice(['INV', 'PO', 'ORD', 'FAC', 'SP'])}-{rng.randint(2023, 2027)}-" \
                   f"{rnd(rng, 5)}"
        return f"#{rng.choice('ABCKMP')}{rnd(rng, 6)}"
    if kind == "price":
        a = rng.choice([rng.randint(5, 999), rng.randint(1000, 250000)])
        c = rng.choice([0, 0, 50, 99, 25])
        return CURRENCY[loc].format(a=a, c=c, a_dot=f"{a:,}".replace(",", "."),
                                    a_sp=f"{a:,}".replace(",", "\u00a0"))
    if kind == "date":
        fmt = DATE.get(loc, "{d:02d}/{m:02d}/{y}")
        return fmt.format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(2024, 2027))
    if kind == "time":
        h, m = rng.randint(8, 23), rng.choice([0, 15, 30, 45])
        if lang == "en":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"
        if lang == "fr":
            return f"{h} h {m:02d}" if m else f"{h} h"
        if lang == "de":
            return f"{h}.{m:02d} Uhr" if rng.random() < 0.5 else f"{h}:{m:02d} Uhr"
        return f"{h}:{m:02d}"
    if kind == "version":
        app = rng.choice(["v", "OBS ", "firmware ", "build ", "app "])
        return f"{app}{rng.randint(1, 31)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "isbn":
        return _isbn(rng, loc)
    if kind == "issn":
        return _issn(rng)
    if kind == "isrc":
        cc = {"es_PR": "US", "en_SL": "GB", "fr_ML": "FR"}.get(loc, LOCALES[loc][0])
        reg = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ0123456789") for _ in range(3))
        return f"{cc}-{reg}-{rng.randint(20, 26)}-{rnd(rng, 5)}" if rng.random() < 0.5 else \
            f"{cc}{reg}{rng.randint(20, 26)}{rnd(rng, 5)}"
    if kind == "percent":
        n = rng.randint(2, 95)
        return f"{n} %" if lang in ("fr", "de", "pl", "hu") else f"{n}%"
    if kind == "orgreg":
        return _orgreg(rng, loc)
    if kind == "ticket":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(rng.choice(chars) for _ in range(8))
        return f"{rng.choice(['TKT', 'BK', 'REF', 'GA', 'VIP'])}-{code[:4]}-{code[4:]}"
    if kind == "timecode":
        h, m, s = rng.randint(0, 2), rng.randint(0, 59), rng.randint(0, 59)
        return f"{h:02d}:{m:02d}:{s:02d}:{rng.randint(0, 24):02d}" if rng.random() < 0.4 else \
            f"{h:02d}:{m:02d}:{s:02d}"
    if kind == "seat":
        return SEAT[lang].format(s=rng.choice(["A", "B", "C", "D", str(rng.randint(101, 330))]),
                                 r=rng.choice("ABCDEFGHJKLMN"), n=rng.randint(1, 40))
    if kind == "bic":
        return rng.choice(BICS[loc])
    if kind == "episode":
        return rng.choice(EPISODE[lang]).format(n=rng.randint(2, 240), s=rng.randint(1, 9),
                                                e=rng.randint(1, 24))
    if kind == "spec":
        return rng.choice(["1920×1080", "3840×2160", "1080x1920", "48 kHz / 24-bit", "4K60",
                           "320 kbps", "25 fps", "2.39:1", "f/2.8", "ISO 3200", "50 mm",
                           "96 kHz", "-14 LUFS", "24-70 mm", "1/250 s"])
    if kind == "eponym":
        return rng.choice(EPONYMS[loc])
    if kind == "nameword":
        return rng.choice(NAMEWORDS[lang] + EN_LOCAL.get(loc, []))
    raise ValueError(kind)
