"""Look-alikes of the aviation domain: strings a redactor must keep verbatim.

Each maker returns (text, kind). Standard numbers carry valid check digits.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fiftysecond_checks as ck

DIG = "0123456789"
AIRLINES = ["LH", "BA", "AF", "IB", "AZ", "KL", "TP", "UA", "DL", "KX", "TN", "VT", "EW", "VY",
            "FR", "U2", "EN", "AA", "AS"]
AWB_PREFIX = ["020", "125", "057", "075", "055", "074", "047", "016", "006", "378", "244"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def flight(loc: str, rng: random.Random) -> str:
    a = {"en_KY": "KX", "fr_PF": rng.choice(["TN", "VT"]), "de_IT": "EN"}.get(
        loc, rng.choice(AIRLINES))
    n = rng.randint(1, 9999)
    return rng.choice([f"{a} {n}", f"{a}{n}", f"{a}{n:04d}"])


def awb(rng: random.Random) -> str:
    serial = rng.randint(1000000, 9999999)
    return f"{rng.choice(AWB_PREFIX)}-{serial}{serial % 7}"


def bag_tag(rng: random.Random) -> str:
    return f"{rng.choice(AIRLINES)} {_d(rng, 6)}" if rng.random() < 0.5 else f"0{_d(rng, 9)}"


def wt_file(loc: str, rng: random.Random) -> str:
    st = {"en_US": "ATL", "en_GB": "LHR", "en_KY": "GCM", "de_DE": "FRA", "de_IT": "BZO",
          "fr_FR": "CDG", "fr_PF": "PPT", "es_ES": "MAD", "eu_ES": "BIO", "it_IT": "FCO",
          "nl_NL": "AMS", "pt_PT": "LIS"}[loc]
    return f"{st}{rng.choice(AIRLINES)}{_d(rng, 5)}"


def pnr(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


REG_PREFIX = {"en_US": "N", "en_GB": "G-", "en_KY": "VP-C", "de_DE": "D-", "de_IT": "I-",
              "fr_FR": "F-", "fr_PF": "F-O", "es_ES": "EC-", "eu_ES": "EC-", "it_IT": "I-",
              "nl_NL": "PH-", "pt_PT": "CS-"}


def registration(loc: str, rng: random.Random) -> str:
    pre = REG_PREFIX[loc]
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if pre == "N":
        return f"N{rng.randint(100, 999)}{rng.choice(letters)}{rng.choice(letters)}"
    n = {"G-": 4, "VP-C": 2, "D-": 4, "I-": 4, "F-": 4, "F-O": 3, "EC-": 3, "PH-": 3, "CS-": 3}
    return pre + "".join(rng.choice(letters) for _ in range(n[pre]))


def part_number(rng: random.Random) -> str:
    return rng.choice([
        f"P/N {_d(rng, 3)}-{_d(rng, 5)}-{_d(rng, 2)}",
        f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 3)}",
        f"D{_d(rng, 5)}{rng.choice('ABC')}{_d(rng, 3)}",
        f"MS{_d(rng, 5)}-{_d(rng, 2)}",
        f"ATA {rng.randint(21, 80)}-{_d(rng, 2)}-00",
    ])


def work_order(rng: random.Random) -> str:
    return rng.choice([f"WO-2026-{_d(rng, 6)}", f"TLB {_d(rng, 5)}", f"CRS {_d(rng, 4)}/26"])


def date(loc: str, rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026])
    if rng.random() < 0.15:
        return f"{y}-{m:02d}-{d:02d}"
    return {"en_US": f"{m}/{d}/{y}", "en_KY": f"{d}/{m}/{y}", "de_DE": f"{d:02d}.{m:02d}.{y}",
            "de_IT": f"{d:02d}.{m:02d}.{y}", "nl_NL": f"{d:02d}-{m:02d}-{y}",
            "eu_ES": f"{y}/{m:02d}/{d:02d}"}.get(loc, f"{d:02d}/{m:02d}/{y}")


def time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.choice(range(0, 60, 5))
    return rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}Z", f"{h:02d}:{m:02d} UTC"])


def amount(loc: str, rng: random.Random) -> str:
    big = rng.choice([250, 400, 600, 1250, 3480, 12500, 89])
    cents = rng.choice(["00", "50", "90"])
    if loc == "en_US":
        return f"${big:,}.{cents}"
    if loc == "en_GB":
        return f"£{big:,}.{cents}"
    if loc == "en_KY":
        return rng.choice([f"CI${big:,}", f"KYD {big:,}.{cents}", f"US${big:,}"])
    if loc == "fr_PF":
        return f"{big * 119:,} XPF".replace(",", " ")
    txt = f"{big:,}".replace(",", ".")
    if loc in ("fr_FR",):
        return f"{txt.replace('.', ' ')},{cents} €"
    return rng.choice([f"{txt},{cents} €", f"€ {txt},{cents}", f"EUR {txt}"])


def weight(loc: str, rng: random.Random) -> str:
    kg = rng.choice([23, 32, 145, 480, 1250, 3400])
    if loc == "en_US":
        return f"{kg * 2} lb"
    sep = "," if loc in ("en_GB", "en_KY") else "."
    return f"{kg:,} kg".replace(",", sep)


def uld(rng: random.Random) -> str:
    return f"{rng.choice(['AKE', 'AKH', 'PMC', 'PAG'])} {_d(rng, 5)} {rng.choice(AIRLINES)}"


def ticket(rng: random.Random) -> str:
    return f"{rng.choice(['220', '125', '057', '075', '047', '378'])}-{_d(rng, 10)}"


def ean(rng: random.Random) -> str:
    return ck.ean13_complete(rng.choice(["400", "300", "800", "840", "871", "560"]) + _d(rng, 9))


def isbn(rng: random.Random) -> str:
    if rng.random() < 0.5:
        stem = "978" + rng.choice(["0", "1", "3", "2"]) + _d(rng, 8)
        full = ck.ean13_complete(stem)
        return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"
    return ck.isbn10_complete(rng.choice(["0", "1", "3"]) + _d(rng, 8))


def container(rng: random.Random) -> str:
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU"]) + _d(rng, 6)
    return f"{owner}{ck.iso6346_check(owner)}"


def company_number(loc: str, rng: random.Random) -> str:
    if loc in ("de_DE",):
        stem = _d(rng, 8)
        return f"USt-IdNr. DE{stem}{_mod11_10(stem)}"
    if loc in ("fr_FR", "fr_PF"):
        siren = ck.luhn_complete(rng.choice("3456789") + _d(rng, 7))
        return f"SIREN {siren[:3]} {siren[3:6]} {siren[6:]}" if loc == "fr_FR" else \
            f"N° TAHITI {siren[:6]}"
    if loc in ("it_IT", "de_IT"):
        return "IT" + ck.luhn_complete(_d(rng, 10))
    if loc in ("pt_PT",):
        stem = "5" + _d(rng, 7)
        return f"NIPC {stem}{ck.mod11_pt_check(stem)}"
    if loc == "nl_NL":
        return f"KvK {rng.randint(10000000, 99999999)}"
    if loc in ("es_ES", "eu_ES"):
        stem = _d(rng, 7)
        return f"CIF B{stem}{cif_control(stem)}"
    if loc == "en_GB":
        return f"Company No. {_d(rng, 8)}"
    if loc == "en_KY":
        return f"CR-{_d(rng, 6)}"
    return f"EIN {_d(rng, 2)}-{_d(rng, 7)}"


def cif_control(stem7: str) -> int:
    """Spanish CIF control digit (numeric form, used for S.L. companies)."""
    total = 0
    for i, ch in enumerate(stem7):
        v = int(ch)
        total += sum(divmod(v * 2, 10)) if i % 2 == 0 else v
    return (10 - total % 10) % 10


def _mod11_10(digits: str) -> int:
    """German USt-IdNr. check digit: ISO 7064 MOD 11,10 over the 8 digits."""
    product = 10
    for ch in digits:
        s = (int(ch) + product) % 10
        product = ((s or 10) * 2) % 11
    return (11 - product) % 10


def po_number(rng: random.Random) -> str:
    return rng.choice([f"PO {rng.choice(['45', '47'])}{_d(rng, 8)}", f"PO-{_d(rng, 7)}"])


def invoice(rng: random.Random) -> str:
    return rng.choice([f"INV-2026-{_d(rng, 5)}", f"RE{_d(rng, 8)}", f"FA{_d(rng, 6)}/26"])


NAMED_COMPANIES = {
    "en": ["Boeing", "Rolls-Royce", "Pratt & Whitney", "Lockheed Martin", "Sikorsky", "Cessna",
           "Piper", "Beechcraft", "Honeywell", "Jeppesen", "Collins Aerospace", "Goodrich"],
    "de": ["Dornier", "Junkers", "Messerschmitt", "Grob Aircraft", "Diehl Aviation", "Bölkow"],
    "fr": ["Dassault Aviation", "Latécoère", "Michelin", "Potez", "Morane-Saulnier"],
    "it": ["Piaggio Aerospace", "Leonardo", "Agusta", "Caproni", "Ferragamo"],
    "es": ["Barceló", "Loewe", "Roca", "Hispano Suiza"],
    "nl": ["Fokker", "Philips", "Albert Heijn", "Koolhoven", "Heineken"],
    "pt": ["Sonae", "Vista Alegre", "Sá Nogueira"],
}
NAMED_PLACES = {
    "en_US": ["John F. Kennedy International", "Ronald Reagan Washington National",
              "George Bush Intercontinental", "Will Rogers World Airport"],
    "en_GB": ["Liverpool John Lennon Airport", "George Best Belfast City Airport",
              "Robin Hood Airport"],
    "en_KY": ["Owen Roberts International Airport", "Charles Kirkconnell International Airport",
              "Owen Roberts International"],
    "de_DE": ["Flughafen Franz Josef Strauß", "Konrad-Adenauer-Flughafen", "BER Willy Brandt",
              "Hamburg Airport Helmut Schmidt"],
    "de_IT": ["Flughafen Franz Josef Strauß", "Aeroporto Valerio Catullo", "Marco Polo di Venezia"],
    "fr_FR": ["Paris-Charles-de-Gaulle", "Lyon-Saint-Exupéry", "Marseille Provence"],
    "fr_PF": ["Paris-Charles-de-Gaulle", "Lyon-Saint-Exupéry"],
    "es_ES": ["Adolfo Suárez Madrid-Barajas", "Josep Tarradellas Barcelona-El Prat",
              "César Manrique-Lanzarote"],
    "eu_ES": ["Adolfo Suárez Madrid-Barajas", "Josep Tarradellas Barcelona-El Prat"],
    "it_IT": ["Leonardo da Vinci di Fiumicino", "Marco Polo di Venezia", "Guglielmo Marconi",
              "Sandro Pertini di Caselle", "Cristoforo Colombo"],
    "nl_NL": ["Paris-Charles-de-Gaulle", "John F. Kennedy International",
              "Leonardo da Vinci (Fiumicino)"],
    "pt_PT": ["Aeroporto Humberto Delgado", "Aeroporto Francisco Sá Carneiro",
              "Aeroporto Cristiano Ronaldo", "Aeroporto João Paulo II"],
}
# companies named after people that belong to one locale (South Tyrol, Polynesia)
LOCAL_COMPANIES = {"de_IT": ["Loacker", "Dr. Schär", "Leitner Ropeways", "Dornier"],
                   "fr_PF": ["Paul Gauguin Cruises", "Dassault Aviation", "Michelin"]}
LANG_OF = {"en_US": "en", "en_GB": "en", "en_KY": "en", "de_DE": "de", "de_IT": "de",
           "fr_FR": "fr", "fr_PF": "fr", "es_ES": "es", "eu_ES": "es", "it_IT": "it",
           "nl_NL": "nl", "pt_PT": "pt"}


def make_look(slot: str, loc: str, rng: random.Random) -> tuple[str, str]:
    """The look-alike for a template slot, and its kind (the data card lists the kinds)."""
    if slot == "co":
        pool = LOCAL_COMPANIES.get(loc) or NAMED_COMPANIES[LANG_OF[loc]]
        return rng.choice(pool), "named-company"
    if slot == "apt":
        return rng.choice(NAMED_PLACES[loc]), "named-place"
    makers = {
        "flt": lambda: flight(loc, rng), "awb": lambda: awb(rng), "tag": lambda: bag_tag(rng),
        "file": lambda: wt_file(loc, rng), "pnr": lambda: pnr(rng),
        "reg": lambda: registration(loc, rng), "pn": lambda: part_number(rng),
        "wo": lambda: work_order(rng), "date": lambda: date(loc, rng), "time": lambda: time(rng),
        "amt": lambda: amount(loc, rng), "wt": lambda: weight(loc, rng), "uld": lambda: uld(rng),
        "ticket": lambda: ticket(rng), "ean": lambda: ean(rng), "isbn": lambda: isbn(rng),
        "cont": lambda: container(rng), "vat": lambda: company_number(loc, rng),
        "po": lambda: po_number(rng), "inv": lambda: invoice(rng),
    }
    return makers[slot](), slot
