"""Look-alikes: strings that resemble PII but are not, per locale. Each must survive."""

from __future__ import annotations

import random

from .twentysecond_checks import s10_digit
from .twentysecond_ids import alnum, order_number

LOOK_KINDS = ["ORDER", "INVOICE", "TICKET", "TRACKING", "PRICE", "DATE", "TIME", "VERSION",
              "ISBN", "FLIGHT", "ROOM", "MEASURE", "PERCENT", "DOI", "GRANT", "COMPANY"]

COMPANIES = {
    "en_US": ["Johns Hopkins University", "the Ford Foundation", "Carnegie Mellon",
              "the Walt Disney Concert Hall", "Lincoln Center", "the Gates Foundation"],
    "en_IN": ["Tata Institute of Fundamental Research", "Indira Gandhi International Airport",
              "Chhatrapati Shivaji Maharaj Terminus", "Jawaharlal Nehru University",
              "Birla Institute of Technology", "Mahindra"],
    "pt_PT": ["Fundação Calouste Gulbenkian", "Aeroporto Humberto Delgado",
              "Ponte Vasco da Gama", "Fundação Champalimaud", "Casa da Música",
              "Centro Cultural de Belém"],
    "pl_PL": ["Lotnisko Chopina", "Centrum Nauki Kopernik", "Uniwersytet Adama Mickiewicza",
              "Politechnika Warszawska", "Uniwersytet Jagielloński",
              "Teatr im. Juliusza Słowackiego"],
    "sv_SE": ["Karolinska Institutet", "Chalmers", "Ericsson", "Nobelprismuseet",
              "Knut och Alice Wallenbergs Stiftelse", "Stockholmsmässan"],
    "tr_TR": ["Sabiha Gökçen Havalimanı", "Koç Üniversitesi", "Sabancı Üniversitesi",
              "Mimar Sinan Güzel Sanatlar Üniversitesi", "Atatürk Kültür Merkezi",
              "Boğaziçi Üniversitesi"],
    "es_PE": ["Aeropuerto Internacional Jorge Chávez", "Universidad Peruana Cayetano Heredia",
              "Universidad Nacional Mayor de San Marcos", "Museo Larco",
              "Gran Teatro Nacional", "Universidad Ricardo Palma"],
    "en_KE": ["Jomo Kenyatta International Airport", "Kenyatta University", "Moi University",
              "Aga Khan University Hospital", "Kenyatta International Convention Centre",
              "Strathmore University"],
    "fr_BE": ["Institut Jules Bordet", "Fondation Roi Baudouin", "Solvay",
              "Palais des Beaux-Arts", "Hôpital Erasme", "Flagey"],
    "fr_CH": ["Nestlé", "Fondation Louis-Jeantet", "Musée Ariana", "Institut Henri Dunant",
              "Fondation Jean Monnet pour l'Europe", "SwissTech Convention Center"],
    "es_UY": ["Teatro Solís", "Palacio Salvo", "Hospital Pereira Rossell",
              "Aeropuerto Internacional de Carrasco", "Estadio Centenario", "Torre Antel"],
    "en_MT": ["Manoel Theatre", "Fort Manoel", "Mater Dei Hospital",
              "the Mediterranean Conference Centre", "Palazzo Parisio", "Casa Rocca Piccola"],
}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}

PRICE = {
    "en_US": ["${a},{b:03d}", "${a}", "USD {a}"], "en_IN": ["₹{a},{b:03d}", "Rs. {a},{b:03d}"],
    "pt_PT": ["{a}.{b:03d} €", "{a} €", "€{a}"], "pl_PL": ["{a}\u00a0{b:03d} zł", "{a} PLN"],
    "sv_SE": ["{a}\u00a0{b:03d} kr", "{a} kr", "SEK {a}"], "tr_TR": ["{a}.{b:03d} TL", "₺{a}"],
    "es_PE": ["S/ {a}", "S/ {a},{b:03d}", "USD {a}"], "en_KE": ["KES {a},{b:03d}", "Ksh {a}"],
    "fr_BE": ["{a}\u202f€", "{a}\u00a0{b:03d} €", "€ {a}"],
    "fr_CH": ["CHF {a}.–", "CHF {a}.-", "{a} francs"], "es_UY": ["$U {a}.{b:03d}", "USD {a}"],
    "en_MT": ["€{a},{b:03d}", "€{a}", "EUR {a}"],
}
ISBN_GROUP = {"en_US": "0", "en_IN": "81", "pt_PT": "972", "pl_PL": "83", "sv_SE": "91",
              "tr_TR": "605", "es_PE": "612", "en_KE": "9966", "fr_BE": "2", "fr_CH": "2",
              "es_UY": "9974", "en_MT": "99932"}
AIRLINES = {"en_US": ["UA", "DL", "AA", "B6"], "en_IN": ["AI", "6E", "UK"], "pt_PT": ["TP"],
            "pl_PL": ["LO"], "sv_SE": ["SK", "DY"], "tr_TR": ["TK", "PC"],
            "es_PE": ["LA", "H2"], "en_KE": ["KQ"], "fr_BE": ["SN"], "fr_CH": ["LX"],
            "es_UY": ["LA", "AR"], "en_MT": ["KM"]}
ROOM = {"en": "Room", "mt": "Hall", "pt": "sala", "pl": "sala", "sv": "sal", "tr": "Salon",
        "es": "aula", "fr": "salle"}
S10_CC = {"en_US": "US", "en_IN": "IN", "pt_PT": "PT", "pl_PL": "PL", "sv_SE": "SE",
          "tr_TR": "TR", "es_PE": "PE", "en_KE": "KE", "fr_BE": "BE", "fr_CH": "CH",
          "es_UY": "UY", "en_MT": "MT"}
GRANT = {"en_US": ["NSF award {d}{n6}", "R01 grant {n6}"],
         "en_IN": ["CRG/{yy}/{n6}", "SERB {yy}/{n5}"], "pt_PT": ["{yy}.{n5}.PTDC", "FCT {n5}"],
         "pl_PL": ["{yy}/{nd}/B/HS{d}/{n5}", "NCN {yy}/{nd}/ST{d}/{n5}"],
         "sv_SE": ["{yy}-{n5}", "VR {yy}-{n5}"], "tr_TR": ["{d}2{d}K{d}{nd}{d}", "BAP {n5}"],
         "es_PE": ["PE{n6}-{yy}", "{n3}-{yy}-FONDECYT"],
         "en_KE": ["NRF/{yy}/{n5}", "NACOSTI/P/{yy}/{n5}"],
         "fr_BE": ["T.{n4}.{d}{d}", "FNRS {n5}"], "fr_CH": ["200021_{n6}", "SNSF {n6}"],
         "es_UY": ["FCE_1_{yy}_1_{n6}", "ANII {n6}"], "en_MT": ["R&I-{yy}-{n3}T", "MCST {n5}"]}


def _n(rng: random.Random, k: int) -> str:
    return str(rng.randint(10 ** (k - 1), 10 ** k - 1))


def _isbn(rng: random.Random, locale: str) -> str:
    grp = ISBN_GROUP[locale]
    rest = 9 - len(grp)
    pub_len = rng.randint(2, max(2, rest - 2))
    body = "978" + grp + "".join(str(rng.randint(0, 9)) for _ in range(rest))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    pub, title = body[3 + len(grp):3 + len(grp) + pub_len], body[3 + len(grp) + pub_len:]
    return f"978-{grp}-{pub}-{title}-{c}"


def lookalike(rng: random.Random, locale: str, lang: str, kind: str) -> str:
    y = rng.choice([2025, 2026, 2027])
    dec = "." if locale in ("en_US", "en_IN", "en_KE", "en_MT") else ","
    if kind == "ORDER":
        return rng.choice(["#", "", "PO-"]) + order_number(rng, rng.randint(7, 14))
    if kind == "INVOICE":
        return rng.choice([f"INV-{y}-{_n(rng, 4)}", f"FV/{y}/{rng.randint(1, 12):02d}/{_n(rng, 3)}",
                           f"{y}/{_n(rng, 4)}", f"F{_n(rng, 6)}"])
    if kind == "TICKET":
        return rng.choice([f"#{_n(rng, 5)}", f"OPS-{_n(rng, 4)}", f"INC{_n(rng, 7)}",
                           f"AV-{_n(rng, 3)}"])
    if kind == "TRACKING":
        serial = _n(rng, 8)
        return f"{rng.choice(['RR', 'CP', 'EE', 'LX'])}{serial}{s10_digit(serial)}" \
               f"{S10_CC[locale]}"
    if kind == "PRICE":
        return rng.choice(PRICE[locale]).format(a=rng.randint(2, 990), b=rng.randint(0, 999))
    if kind == "DATE":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        month = _MONTHS["en" if lang == "mt" else lang].split()[m - 1]
        opts = [f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}"]
        opts.append(f"{m}/{d}/{y}" if locale == "en_US" else f"{d:02d}.{m:02d}.{y}")
        if locale == "en_US":
            opts.append(f"{month} {d}, {y}")
        return rng.choice(opts)
    if kind == "TIME":
        h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45])
        if locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return rng.choice([f"{h}:{mi:02d}", f"{h}h{mi:02d}" if lang == "fr" else f"{h}.{mi:02d}"])
    if kind == "VERSION":
        return rng.choice(["v", "", "v"]) + \
            f"{rng.randint(1, 5)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
    if kind == "ISBN":
        return _isbn(rng, locale)
    if kind == "FLIGHT":
        return f"{rng.choice(AIRLINES[locale])}{rng.choice(['', ' '])}{rng.randint(100, 2999)}"
    if kind == "ROOM":
        word = ROOM[lang]
        return rng.choice([f"{word} {rng.randint(0, 4)}.{rng.randint(1, 40):02d}",
                           f"{word} {rng.choice('ABCD')}{rng.randint(1, 3)}"
                           f"{rng.randint(1, 30):02d}"])
    if kind == "MEASURE":
        return rng.choice([f"{rng.randint(1, 9)}{dec}{rng.randint(1, 9)} km",
                           f"{rng.choice([20, 25, 30, 45, 50, 90])} min",
                           f"{rng.choice([70, 84, 90, 100, 118])} x "
                           f"{rng.choice([100, 120, 150])} cm"])
    if kind == "PERCENT":
        sep = "\u00a0" if lang == "fr" else ""
        return f"{rng.randint(2, 87)}{dec}{rng.randint(1, 9)}{sep}%"
    if kind == "DOI":
        pre = rng.choice(["1016", "1145", "1371", "1007", "1093", "1080"])
        tail = rng.choice([f"j.respol.{y}.{_n(rng, 6)}", f"{_n(rng, 7)}.{_n(rng, 7)}",
                           f"journal.pone.{_n(rng, 7)}",
                           f"s{_n(rng, 5)}-0{_n(rng, 2)}-{_n(rng, 5)}-{rng.randint(0, 9)}"])
        return f"10.{pre}/{tail}"
    if kind == "GRANT":
        tpl = rng.choice(GRANT[locale])
        return tpl.format(y=y, yy=y - rng.randint(0, 3), n3=_n(rng, 3), n4=_n(rng, 4),
                          n5=_n(rng, 5), n6=_n(rng, 6), d=rng.randint(1, 9), nd=_n(rng, 2))
    if kind == "COMPANY":
        return rng.choice(COMPANIES[locale])
    raise ValueError(kind)


def booking_code(rng: random.Random) -> str:
    return alnum(rng, 6)
