"""Locale pools of the fifty-first set, northern and English-speaking half: en_AU, en_NZ, nl_BE,
nl_AW, da_DK, nb_NO, fo_FO. Names, streets, towns, postcodes, phones, ids, hosts, typed by hand."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fiftyfirst_numbers as n

R = random.Random


def _pick(rng: R, seq):
    return seq[rng.randrange(len(seq))]


def _intl(cc: str, national: str, groups: list[int], trunk: str = "0") -> str:
    body = national[len(trunk) :] if trunk and national.startswith(trunk) else national
    return f"+{cc} " + n.group(body, groups)


# --- phones ---------------------------------------------------------------------------------


def phone_au(rng: R) -> tuple[str, str]:
    if rng.random() < 0.55:
        nat = "04" + n.digits(rng, 8, "01236")
        if rng.random() < 0.5:
            return n.group(nat, [4, 3, 3]), "national"
        return _intl("61", nat, [3, 3, 3]), "intl"
    area, lead = _pick(rng, [("02", "98"), ("03", "95"), ("07", "34"), ("08", "89"), ("03", "6")])
    nat = area + lead + n.digits(rng, 8 - len(lead))
    if rng.random() < 0.5:
        return f"({area}) {nat[2:6]} {nat[6:]}", "national"
    return _intl("61", nat, [1, 4, 4]), "intl"


def phone_nz(rng: R) -> tuple[str, str]:
    if rng.random() < 0.5:
        pre = _pick(rng, ["021", "022", "027"])
        nat = pre + n.digits(rng, 7, "23456789")
        if rng.random() < 0.5:
            return n.group(nat, [3, 3, 4]), "national"
        return _intl("64", nat, [2, 3, 4]), "intl"
    area, lead = _pick(rng, [("09", "3"), ("04", "4"), ("03", "3"), ("03", "5"), ("06", "8"),
                             ("07", "5")])
    nat = area + lead + n.digits(rng, 6)
    if rng.random() < 0.5:
        return n.group(nat, [2, 3, 4]), "national"
    return _intl("64", nat, [1, 3, 4]), "intl"


def phone_be(rng: R) -> tuple[str, str]:
    if rng.random() < 0.5:
        nat = "04" + _pick(rng, ["7", "8", "9"]) + n.digits(rng, 7, "0123456789")
        if rng.random() < 0.5:
            return n.group(nat, [4, 2, 2, 2]), "national"
        return _intl("32", nat, [3, 2, 2, 2]), "intl"
    area, lead = _pick(rng, [("03", "2"), ("09", "2"), ("059", "7"), ("050", "4"), ("058", "2")])
    nat = area + lead + n.digits(rng, 9 - len(area) - 1)
    g = [2, 3, 2, 2] if len(area) == 2 else [3, 2, 2, 2]
    if rng.random() < 0.6:
        return n.group(nat, g), "national"
    return _intl("32", nat, [g[0] - 1] + g[1:]), "intl"


def phone_aw(rng: R) -> tuple[str, str]:
    nat = _pick(rng, ["56", "59", "73", "74", "582", "583", "585", "52"])
    nat += n.digits(rng, 7 - len(nat))
    style = rng.random()
    if style < 0.4:
        return f"+297 {nat[:3]} {nat[3:]}", "intl"
    if style < 0.7:
        return f"{nat[:3]}-{nat[3:]}", "local"
    return f"(297) {nat[:3]}-{nat[3:]}", "intl"


def phone_dk(rng: R) -> tuple[str, str]:
    nat = _pick(rng, ["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "51", "53",
                      "60", "61", "75", "76", "97", "98", "86", "33"])
    nat += n.digits(rng, 6, "123456789")
    if rng.random() < 0.55:
        return n.group(nat, [2, 2, 2, 2]), "national"
    if rng.random() < 0.5:
        return "+45 " + n.group(nat, [2, 2, 2, 2]), "intl"
    return "+45" + nat, "compact"


def phone_no(rng: R) -> tuple[str, str]:
    if rng.random() < 0.55:
        nat = _pick(rng, ["4", "9"]) + n.digits(rng, 7, "01234")
        nat = nat[0] + {"2": "6", "3": "7", "4": "8"}.get(nat[1], nat[1]) + nat[2:]
        g = [3, 2, 3]
    else:
        nat = _pick(rng, ["51", "55", "77", "22", "71", "70"]) + n.digits(rng, 6)
        g = [2, 2, 2, 2]
    if rng.random() < 0.55:
        return n.group(nat, g), "national"
    return "+47 " + n.group(nat, g), "intl"


def phone_fo(rng: R) -> tuple[str, str]:
    nat = _pick(rng, ["21", "22", "23", "25", "28", "29", "51", "52", "55", "31", "32", "35",
                      "41", "45", "47", "61"]) + n.digits(rng, 4)
    style = rng.random()
    if style < 0.45:
        return n.group(nat, [2, 2, 2]), "national"
    if style < 0.75:
        return "+298 " + n.group(nat, [2, 2, 2]), "intl"
    return nat, "compact"


# --- addresses: (value, street name, postcodes, form) ------------------------------------

AU_STREETS = [("Marlin", "Parade"), ("Cuttlefish", "Lane"), ("Barramundi", "Crescent"),
              ("Pelican", "Terrace"), ("Mangrove", "Street"), ("Banksia", "Road"),
              ("Kingfisher", "Drive"), ("Casuarina", "Avenue"), ("Boronia", "Close"),
              ("Tamarind", "Street"), ("Gannet", "Esplanade"), ("Wattlebird", "Way")]
AU_TOWNS = [("Port Lincoln", "SA", "5606"), ("Fremantle", "WA", "6160"), ("Cairns", "QLD",
            "4870"), ("Eden", "NSW", "2551"), ("Devonport", "TAS", "7310"), ("Bowen", "QLD",
            "4805"), ("Geraldton", "WA", "6530"), ("Ulladulla", "NSW", "2539"), ("Portland",
            "VIC", "3305"), ("Darwin", "NT", "0800")]


def address_au(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    name, typ = _pick(rng, AU_STREETS)
    town, state, pc = _pick(rng, AU_TOWNS)
    num = str(rng.randint(1, 240))
    if rng.random() < 0.18:
        box = str(rng.randint(100, 9999))
        return f"PO Box {box}, {town} {state} {pc}", "", [box, pc], "pobox"
    unit = f"Unit {rng.randint(1, 12)}, " if rng.random() < 0.25 else ""
    street = f"{unit}{num} {name} {typ}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{town.upper()} {state} {pc}", name, [pc], "multiline"
    if rng.random() < 0.2:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {town} {state} {pc}", name, [pc], "oneline"


NZ_STREETS = [("Tarakihi", "Road"), ("Kahawai", "Place"), ("Rangitoto", "Terrace"),
              ("Pōhutukawa", "Avenue"), ("Moana", "Crescent"), ("Tāwhiri", "Lane"),
              ("Kōwhai", "Street"), ("Karaka", "Road"), ("Toroa", "Esplanade"),
              ("Mātai", "Street"), ("Te Awa", "Parade")]
NZ_TOWNS = [("Whangārei", "0110"), ("Napier", "4110"), ("Nelson", "7010"), ("Picton", "7220"),
            ("Tauranga", "3110"), ("Lyttelton", "8082"), ("Bluff", "9814"), ("Timaru", "7910"),
            ("Gisborne", "4010"), ("Westport", "7825")]
NZ_SUBURBS = {"Whangārei": "Onerahi", "Napier": "Ahuriri", "Nelson": "Port Nelson",
              "Tauranga": "Mount Maunganui", "Picton": "Waikawa", "Timaru": "Parkside"}


def address_nz(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    name, typ = _pick(rng, NZ_STREETS)
    town, pc = _pick(rng, NZ_TOWNS)
    if rng.random() < 0.18:
        box = str(rng.randint(100, 9999))
        kind = _pick(rng, ["PO Box", "Private Bag"])
        return f"{kind} {box}, {town} {pc}", "", [box, pc], "pobox"
    flat = f"Flat {rng.randint(1, 9)}, " if rng.random() < 0.2 else ""
    street = f"{flat}{rng.randint(1, 300)} {name} {typ}"
    if multiline and rng.random() < 0.5:
        suburb = f"{NZ_SUBURBS[town]}\n" if town in NZ_SUBURBS else ""
        return f"{street}\n{suburb}{town} {pc}", name, [pc], "multiline"
    if rng.random() < 0.2:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {town} {pc}", name, [pc], "oneline"


BE_STREETS = ["Vismijnstraat", "Visserskaai", "Zeedijk", "Kaaistraat", "Havenlaan",
              "Brugsesteenweg", "Loodsenstraat", "Dokstraat", "Scheepvaartkaai",
              "Vuurtorenstraat", "Sluisweg", "Oosthelling", "Hangaartstraat", "Schipperskaai",
              "Noordzeelaan", "Garnalenstraat"]
BE_TOWNS = [("Oostende", "8400"), ("Zeebrugge", "8380"), ("Nieuwpoort", "8620"), ("Antwerpen",
            "2000"), ("Gent", "9000"), ("Blankenberge", "8370"), ("Knokke-Heist", "8300"),
            ("De Panne", "8660"), ("Brugge", "8000")]


def address_be(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pc = _pick(rng, BE_TOWNS)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        return f"Postbus {box}, {pc} {town}", "", [box, pc], "pobox"
    name = _pick(rng, BE_STREETS)
    street = f"{name} {rng.randint(1, 180)}"
    if rng.random() < 0.2:
        street += f" bus {rng.randint(1, 30)}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pc} {town}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pc} {town}", name, [pc], "oneline"


AW_STREETS = [("Caya", "Punta Brabo"), ("Caya", "Boroncana"), ("Caya", "Seroe Colorado"),
              ("Caya", "Sabana Basora"), ("", "Havenstraat"), ("", "Schotlandstraat"),
              ("", "Zoutmanstraat"), ("", "Bernhardstraat"), ("Caya", "Dakota"), ("", "Weststraat"),
              ("Caya", "Watapana"), ("Caya", "Kibrahacha")]
AW_AREAS = ["Oranjestad", "Noord", "Paradera", "Santa Cruz", "San Nicolas", "Savaneta",
            "Tanki Leendert", "Pos Chiquito"]


def address_aw(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    area = _pick(rng, AW_AREAS)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        return f"{_pick(rng, ['P.O. Box', 'Postbus'])} {box}, {area}, Aruba", "", [box], "pobox"
    typ, name = _pick(rng, AW_STREETS)
    street = f"{typ} {name} {rng.randint(1, 90)}".strip()
    if multiline and rng.random() < 0.5:
        return f"{street}\n{area}\nAruba", name, [], "multiline"
    return f"{street}, {area}", name, [], "oneline"


DK_STREETS = ["Havnegade", "Fiskerihavnsgade", "Strandvejen", "Kajgade", "Sluseholmen",
              "Bådehavnsvej", "Mågevej", "Skudehavnen", "Trawlergade", "Dokvej", "Fyrvej",
              "Sildegade", "Vestre Havnepromenade", "Nordre Strandvej"]
DK_TOWNS = [("Esbjerg", "6700"), ("Hirtshals", "9850"), ("Skagen", "9990"), ("Thyborøn", "7680"),
            ("Frederikshavn", "9900"), ("Hanstholm", "7730"), ("Svendborg", "5700"), ("Rønne",
            "3700"), ("Hvide Sande", "6960"), ("Marstal", "5960")]


def address_dk(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pc = _pick(rng, DK_TOWNS)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        return f"Postboks {box}, {pc} {town}", "", [box, pc], "pobox"
    name = _pick(rng, DK_STREETS)
    floor = _pick(rng, ["", "", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3."])
    street = f"{name} {rng.randint(1, 140)}{floor}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pc} {town}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pc} {town}", name, [pc], "oneline"


NO_STREETS = ["Strandkaien", "Øvre Holmegate", "Sjøgata", "Fiskebrygga", "Havnegata", "Kaigata",
              "Skippergata", "Nordre Skansevei", "Notveien", "Båthavnveien", "Fyrlykta",
              "Torgallmenningen",
              "Reperbanen", "Lystbåtveien"]
NO_TOWNS = [("Stavanger", "4005"), ("Bergen", "5003"), ("Ålesund", "6002"), ("Tromsø", "9008"),
            ("Bodø", "8006"), ("Kristiansund", "6509"), ("Hammerfest", "9600"), ("Egersund",
            "4370"), ("Måløy", "6700"), ("Svolvær", "8300")]


def address_no(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pc = _pick(rng, NO_TOWNS)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        return f"Postboks {box} Sentrum, {pc} {town}", "", [box, pc], "pobox"
    name = _pick(rng, NO_STREETS)
    street = f"{name} {rng.randint(1, 90)}{_pick(rng, ['', '', 'B', 'A'])}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pc} {town.upper()}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pc} {town}", name, [pc], "oneline"


FO_STREETS = ["Bryggjubakki", "Tinghúsvegur", "Dalavegur", "Vágsbotnur", "Heykavegur",
              "Klaksvíksvegur", "Ólavsvegur", "Skálavegur", "Havnarvegur", "Sjógøta", "Garðavegur",
              "Fjarðavegur", "Norðari Ringvegur", "Bakkavegur"]
FO_TOWNS = [("Tórshavn", "100"), ("Klaksvík", "700"), ("Runavík", "620"), ("Tvøroyri", "800"),
            ("Vágur", "900"), ("Fuglafjørður", "530"), ("Vestmanna", "350"), ("Sørvágur", "380"),
            ("Miðvágur", "370"), ("Hoyvík", "188"), ("Sandur", "210"), ("Eiði", "470")]


def address_fo(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pc = _pick(rng, FO_TOWNS)
    pre = _pick(rng, ["FO-", "FO ", "FO-", ""])
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        word = _pick(rng, ["Postsmoga", "Postboks"])
        return f"{word} {box}, {pre}{pc} {town}", "", [box, pc], "pobox"
    name = _pick(rng, FO_STREETS)
    street = f"{name} {rng.randint(1, 60)}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pre}{pc} {town}\nFøroyar", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pre}{pc} {town}", name, [pc], "oneline"


# --- ids: (id name, generator, cue words) ---------------------------------------------------


def _nz_bank(rng: R) -> str:
    return f"{_pick(rng, ['01', '02', '03', '06', '12', '38'])}-{n.digits(rng, 4)}-" + (
        f"{n.digits(rng, 7)}-{n.digits(rng, 2, '0')}"
    )


def _aw_person(rng: R) -> str:  # format only: date of birth + two digits, as we recall it
    y, m, d = n.birth(rng)
    return f"{y}{m:02d}{d:02d}{n.digits(rng, 2)}"


def _nl_passport(rng: R) -> str:  # format only: 9 characters, letters (no O) and digits
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    mid = "".join(_pick(rng, letters + "0123456789") for _ in range(6))
    return _pick(rng, ["N", "B"]) + _pick(rng, letters) + mid + str(rng.randint(0, 9))


IDS = {
    "en_AU": [("tfn", lambda r: n.group(n.tfn(r), [3, 3, 3]), ["TFN", "tax file no."]),
              ("medicare", lambda r: n.group(n.medicare(r), [4, 5, 1]), ["Medicare no."]),
              ("passport", lambda r: _pick(r, ["PA", "PB", "N", "E"]) + n.digits(r, 7),
               ["passport"]),
              ("bsb", lambda r: f"{n.digits(r, 3, '0')}-{n.digits(r, 3)} {n.digits(r, 8, '1')}",
               ["BSB/acct"])],
    "en_NZ": [("ird", lambda r: n.group(n.ird(r), [3, 3, 3]), ["IRD number", "IRD no."]),
              ("passport", lambda r: _pick(r, ["LA", "LH", "RA"]) + n.digits(r, 6), ["passport"]),
              ("licence", lambda r: _pick(r, ["DA", "EB", "FK", "HZ"]) + n.digits(r, 6),
               ["driver licence"]),
              ("bank", _nz_bank, ["bank acct"])],
    "nl_BE": [("rrn", lambda r: (lambda v: f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}")(
               n.be_rrn(r)), ["rijksregisternummer", "RRN"]),
              ("passport", lambda r: _pick(r, ["EM", "EN", "EP"]) + n.digits(r, 6), ["paspoort"]),
              ("account", lambda r: (lambda v: f"{v[:3]}-{v[3:10]}-{v[10:]}")(n.be_account(r)),
               ["oud rekeningnummer"])],
    "nl_AW": [("persoonsnummer", _aw_person, ["persoonsnummer"]),
              ("passport", _nl_passport, ["paspoort", "passport"]),
              ("crib", lambda r: n.digits(r, 8, "123456789"), ["CRIB-nummer", "crib nr"]),
              ("bank", lambda r: n.digits(r, 8, "123456789"), ["rekeningnummer", "cuenta"])],
    "da_DK": [("cpr", lambda r: (lambda v: f"{v[:6]}-{v[6:]}")(n.cpr(r)), ["CPR-nr.", "cpr"]),
              ("passport", lambda r: n.digits(r, 9, "1234"), ["pasnr."]),
              ("bank", lambda r: f"{n.digits(r, 4, '123456789')} {n.digits(r, 10, '0')}",
               ["reg.nr. og konto"])],
    "nb_NO": [("fnr", lambda r: (lambda v: f"{v[:6]} {v[6:]}")(n.fnr(r)), ["fødselsnr.",
               "personnummer"]),
              ("dnr", lambda r: n.fnr(r, True), ["D-nummer"]),
              ("account", lambda r: (lambda v: f"{v[:4]}.{v[4:6]}.{v[6:]}")(n.no_account(r)),
               ["kontonr."]),
              ("passport", lambda r: _pick(r, ["FH", "FK", "PD"]) + n.digits(r, 7), ["passnr."])],
    "fo_FO": [("ptal", lambda r: (lambda y, m, d: f"{d:02d}{m:02d}{y % 100:02d}-" +
               n.digits(r, 3))(*n.birth(r)), ["p-tal", "P-tal"]),
              ("passport", lambda r: n.digits(r, 9, "1234"), ["pass nr.", "passnummar"]),
              ("bank", lambda r: f"{_pick(r, ['6460', '9181', '7600'])} {n.digits(r, 10, '0')}",
               ["kontonummar", "reg. og konto"])],
}
