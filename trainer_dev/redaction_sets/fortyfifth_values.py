"""Value generators of the forty-fifth set: phones, cards, IBANs and bank values, ids, IPs,
e-mails, URLs, addresses. Each returns (value, form); check digits come from fortyfifth_checks.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import fortyfifth_checks as C
from trainer_dev.redaction_sets.fortyfifth_places import (
    BOX_WORDS,
    DOMAIN_TLDS,
    STEMS,
    STREETS,
    TOWNS,
    postcode,
)

REGION = {"en_GB": "GB", "en_NZ": "NZ", "en_ZA": "ZA", "de_AT": "AT", "fr_CA": "CA",
          "es_AR": "AR", "pt_PT": "PT", "da_DK": "DK", "hu_HU": "HU", "fr_MG": "MG",
          "en_PG": "PG", "de_LU": "LU"}
IBAN_COUNTRIES = {"en_GB", "de_AT", "pt_PT", "da_DK", "hu_HU", "fr_MG", "de_LU"}

PHONE_PLANS = {
    "GB": ["7[4-9]xxxxxxxx", "114[2-9]xxxxxx", "1332[2-9]xxxxx", "247[6-7]xxxxxx",
           "1274[2-9]xxxxx", "1782[2-9]xxxxx", "1952[2-9]xxxxx"],
    "NZ": ["21[2-9]xxxxx", "27[2-9]xxxxxx", "22[2-9]xxxxxx", "9[2-9]xxxxxx", "3[3-4]xxxxxx",
           "7[8-9]xxxxxx", "6[3-8]xxxxxx"],
    "ZA": ["8[2-4]xxxxxxx", "7[1-3]xxxxxxx", "6[0-1]xxxxxxx", "11[2-9]xxxxxx", "31[2-9]xxxxxx",
           "41[2-9]xxxxxx", "16[2-9]xxxxxx"],
    "AT": ["664xxxxxxx", "676xxxxxxx", "650xxxxxxx", "732[2-9]xxxxx", "1[2-9]xxxxxx",
           "316[2-9]xxxxx", "7252[2-9]xxxx"],
    "CA": ["514[2-9]xxxxxx", "438[2-9]xxxxxx", "418[2-9]xxxxxx", "450[2-9]xxxxxx",
           "819[2-9]xxxxxx", "581[2-9]xxxxxx"],
    "AR": ["911[2-9]xxxxxxx", "9351[2-9]xxxxxx", "9341[2-9]xxxxxx", "11[4-6]xxxxxxx",
           "341[4-5]xxxxxx", "351[4-5]xxxxxx", "261[4-5]xxxxxx"],
    "PT": ["91xxxxxxx", "93xxxxxxx", "96xxxxxxx", "92[1-7]xxxxxx", "22[0-9]xxxxxx",
           "234xxxxxx", "244xxxxxx", "253xxxxxx", "21[0-9]xxxxxx"],
    "DK": ["2xxxxxxx", "3[0-1]xxxxxx", "4[0-9]xxxxxx", "5[0-3]xxxxxx", "6[0-5]xxxxxx",
           "7[0-6]xxxxxx", "8[6-9]xxxxxx", "9[6-9]xxxxxx"],
    "HU": ["20[2-9]xxxxxx", "30[2-9]xxxxxx", "70[2-9]xxxxxx", "1[2-9]xxxxxx",
           "96[2-9]xxxxx", "76[2-9]xxxxx", "52[2-9]xxxxx", "46[2-9]xxxxx"],
    "MG": ["32xxxxxxx", "33xxxxxxx", "34xxxxxxx", "38xxxxxxx", "2022[0-9]xxxxx"],
    "PG": ["7[0-9]xxxxxx", "7[0-9]xxxxxx", "3[0-3]xxxxx", "472xxxx", "542xxxx"],
    "LU": ["621xxxxxx", "661xxxxxx", "691xxxxxx", "2[2-9]xxxxxx", "4[0-9]xxxx",
           "5[0-9]xxxx"],
}
TRUNK_ZERO = {"GB", "NZ", "ZA", "AT", "PT"}  # PT has no trunk, kept out of intl_zero below
PHONE_FORMS = ["intl", "national", "compact", "dotted", "dashed", "intl_zero", "spaced_cc"]


def expand(rng, template: str) -> str:
    out = []
    for part in re.findall(r"\[[^\]]+\]|.", template):
        if part == "x":
            out.append(str(rng.randint(0, 9)))
        elif part.startswith("["):
            lo, hi = part[1], part[3]
            out.append(str(rng.randint(int(lo), int(hi))))
        else:
            out.append(part)
    return "".join(out)


def phone(rng, locale: str, form: str) -> str:
    region = REGION[locale]
    while True:
        nsn = expand(rng, rng.choice(PHONE_PLANS[region]))
        num = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{nsn}")
        if phonenumbers.is_valid_number(num) and \
                phonenumbers.region_code_for_number(num) == region:
            break
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if form == "intl":
        return intl
    if form == "compact":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if form == "dotted":
        return re.sub(r"[ \-()]+", ".", nat).strip(".")
    if form == "dashed":
        return re.sub(r"[ ()]+", "-", nat).strip("-").replace("--", "-")
    if form == "intl_zero":
        cc, rest = intl.split(" ", 1)
        if region in TRUNK_ZERO - {"PT"} and nat.startswith("0"):
            return f"{cc} (0){rest}"
        return f"00{cc[1:]} {rest}"
    if form == "spaced_cc":
        cc, rest = intl.split(" ", 1)
        return f"({cc}) {rest}"
    return nat


def phone_valid(value: str, locale: str) -> bool:
    v = value.replace("(0)", "")
    if v.startswith("00"):
        v = "+" + v[2:]
    v = v.replace("(+", "+").replace(")", " ", 1) if v.startswith("(+") else v
    return C.phone_ok(v, REGION[locale])


# ---- cards --------------------------------------------------------------------------------

CARD_FORMS = ["visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
              "mc_compact", "amex"]


def card(rng, form: str) -> str:
    if form == "amex":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
        d = body + C.luhn_digit(body)
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    head = "4" if form.startswith("visa") else rng.choice(["51", "52", "53", "54", "55",
                                                           "2221", "2720", "23"])
    body = head + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(head)))
    d = body + C.luhn_digit(body)
    groups = [d[i:i + 4] for i in range(0, 16, 4)]
    if form.endswith("grouped"):
        return " ".join(groups)
    if form.endswith("dashed"):
        return "-".join(groups)
    return d


# ---- IBANs and local bank values ----------------------------------------------------------

def _n(rng, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "YORK", "SCBL"]
AT_BLZ = ["20111", "12000", "32000", "34000", "15000", "19043", "20320", "38000"]
PT_BANKS = ["0035", "0007", "0033", "0010", "0018", "0036", "0045", "0023"]
DK_REG = ["3001", "0040", "5301", "9570", "7600", "1551", "2211", "6880"]
HU_BANKS = ["117", "104", "116", "120", "107", "109", "101", "103"]
MG_BANKS = ["00005", "00006", "00008", "00011"]
LU_BANKS = ["001", "002", "003", "014", "019", "030", "060", "141"]


def iban(rng, locale: str) -> str:
    cc = REGION[locale]
    if cc == "GB":
        bban = rng.choice(GB_BANKS) + _n(rng, 6) + _n(rng, 8)
    elif cc == "AT":
        bban = rng.choice(AT_BLZ) + _n(rng, 11)
    elif cc == "PT":
        body = rng.choice(PT_BANKS) + _n(rng, 4) + _n(rng, 11)
        bban = body + C.pt_nib_key(body)
    elif cc == "DK":
        bban = rng.choice(DK_REG) + _n(rng, 10)
    elif cc == "HU":
        b1 = rng.choice(HU_BANKS) + _n(rng, 4)
        b2 = _n(rng, 15)
        bban = b1 + C.hu_block_key(b1) + b2 + C.hu_block_key(b2)
    elif cc == "MG":
        bank, branch, acct = rng.choice(MG_BANKS), _n(rng, 5), _n(rng, 11)
        bban = bank + branch + acct + C.mg_rib_key(bank, branch, acct)
    else:  # LU
        bban = rng.choice(LU_BANKS) + _n(rng, 13)
    value = cc + C.iban_digits(cc, bban) + bban
    assert C.iban_ok(value), value
    return value


def iban_form(value: str, form: str) -> str:
    if form == "iban_compact":
        return value
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def cbu_ok(s: str) -> bool:
    d = C.digits(s)
    if len(d) != 22:
        return False
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    k1 = (10 - sum(int(c) * x for c, x in zip(d[:7], w1, strict=False)) % 10) % 10
    k2 = (10 - sum(int(c) * x for c, x in zip(d[8:21], w2, strict=False)) % 10) % 10
    return k1 == int(d[7]) and k2 == int(d[21])


def _cbu(rng) -> str:
    while True:
        d = rng.choice(["011", "007", "017", "072", "285", "191"]) + _n(rng, 4) + "0"
        d += _n(rng, 13) + "0"
        d = list(d)
        w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
        d[7] = str((10 - sum(int(c) * x for c, x in zip(d[:7], w1, strict=False)) % 10) % 10)
        d[21] = str((10 - sum(int(c) * x for c, x in zip(d[8:21], w2, strict=False)) % 10) % 10)
        s = "".join(d)
        if cbu_ok(s):
            return s


BANK_FORMS = {
    "en_NZ": ["nz_account", "nz_account_spaced"], "en_ZA": ["za_branch_account"],
    "fr_CA": ["ca_transit", "ca_transit_spaced"], "es_AR": ["cbu", "cbu_spaced"],
    "en_PG": ["pg_bsp_account"],
}


def bank_value(rng, locale: str, form: str) -> str:
    if locale == "en_NZ":
        b = rng.choice(["01", "02", "03", "06", "12", "38"])
        parts = [b, _n(rng, 4), _n(rng, 7), _n(rng, 2 if rng.random() < .7 else 3)]
        return "-".join(parts) if form == "nz_account" else " ".join(parts)
    if locale == "en_ZA":
        branch = rng.choice(["250655", "632005", "470010", "051001", "198765", "679000"])
        return f"{branch} {_n(rng, 10)}" if rng.random() < .5 else f"{branch}/{_n(rng, 10)}"
    if locale == "fr_CA":
        inst = rng.choice(["001", "002", "003", "004", "006", "815"])
        parts = [_n(rng, 5), inst, _n(rng, 7)]
        return "-".join(parts) if form == "ca_transit" else " ".join(parts)
    if locale == "es_AR":
        v = _cbu(rng)
        return v if form == "cbu" else f"{v[:8]} {v[8:]}"
    return rng.choice(["1000", "1001", "1010"]) + _n(rng, 6)


def bank_valid(value: str, form: str) -> bool:
    d = C.digits(value)
    if form.startswith("nz"):
        return len(d) in (15, 16) and d[:2] in {"01", "02", "03", "06", "12", "38"}
    if form.startswith("za"):
        return len(d) == 16
    if form.startswith("ca"):
        return len(d) == 15 and d[5:8] in {"001", "002", "003", "004", "006", "815"}
    if form.startswith("cbu"):
        return cbu_ok(d)
    return len(d) == 10 and d.startswith("10")


# ---- national ids -------------------------------------------------------------------------

ID_TYPES = {
    "en_GB": ["nino", "nhs"], "en_NZ": ["ird", "nhi"], "en_ZA": ["za_id", "za_id_spaced"],
    "de_AT": ["svnr", "at_stnr"], "fr_CA": ["sin", "ramq"], "es_AR": ["dni", "cuil"],
    "pt_PT": ["nif", "niss"], "da_DK": ["cpr", "cpr_plain"], "hu_HU": ["adoazonosito", "taj"],
    "fr_MG": ["mg_cin", "mg_cin_spaced"], "en_PG": ["pg_nid", "pg_tin"],
    "de_LU": ["lu_matricule", "lu_matricule_spaced"],
}
ID_CHECK = {
    "nino": C.nino_ok, "nhs": C.nhs_ok, "ird": C.ird_ok, "nhi": C.nhi_ok, "za_id": C.za_id_ok,
    "za_id_spaced": C.za_id_ok, "svnr": C.svnr_ok,
    "at_stnr": lambda s: bool(re.fullmatch(r"\d\d \d{3}/\d{4}", s)),
    "sin": C.sin_ok, "ramq": C.ramq_ok, "dni": C.dni_ar_ok, "cuil": C.cuil_ok,
    "nif": C.nif_pt_ok, "niss": C.niss_ok, "cpr": C.cpr_ok, "cpr_plain": C.cpr_ok,
    "adoazonosito": C.adoazon_ok, "taj": C.taj_ok, "mg_cin": C.mg_cin_ok,
    "mg_cin_spaced": C.mg_cin_ok, "pg_nid": C.pg_nid_ok, "pg_tin": C.pg_tin_ok,
    "lu_matricule": C.lu_matricule_ok, "lu_matricule_spaced": C.lu_matricule_ok,
}


def _date(rng, lo=1962, hi=2004):
    while True:
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 31)
        if C.date_ok(y, m, d):
            return y, m, d


def ascii_fold(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def national_id(rng, kind: str, name=("Tremblay", "Marie")) -> str:
    while True:
        v = _national_id(rng, kind, name)
        if ID_CHECK[kind](v):
            return v


def _national_id(rng, kind, name):
    if kind == "nino":
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        d = _n(rng, 6)
        if rng.random() < .6:
            return f"{a} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"
        return f"{a}{d}{rng.choice('ABCD')}"
    if kind == "nhs":
        body = str(rng.randint(4, 9)) + _n(rng, 8)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        c = 0 if c == 11 else c
        d = body + str(c % 10)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if kind == "ird":
        d = str(rng.randint(10_000_001, 149_999_999)).zfill(9)
        for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            r = sum(int(c) * x for c, x in zip(d[:8], w, strict=False)) % 11
            ck = 0 if r == 0 else 11 - r
            if ck != 10:
                break
        d = d[:8] + str(ck % 10)
        if d[0] == "0":
            return f"{d[1:3]}-{d[3:6]}-{d[6:]}"
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if kind == "nhi":
        head = "".join(rng.choice(C.NHI_LETTERS) for _ in range(3)) + _n(rng, 3)
        vals = [C.NHI_LETTERS.index(c) + 1 for c in head[:3]] + [int(c) for c in head[3:]]
        r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=False)) % 11
        return head + str((11 - r) % 10)
    if kind.startswith("za_id"):
        y, m, dd = _date(rng)
        body = f"{y % 100:02d}{m:02d}{dd:02d}{_n(rng, 4)}{rng.choice('0001')}8"
        d = body + C.luhn_digit(body)
        return f"{d[:6]} {d[6:10]} {d[10:]}" if kind.endswith("spaced") else d
    if kind == "svnr":
        y, m, dd = _date(rng)
        head = str(rng.randint(1, 9)) + _n(rng, 2)
        tail = f"{dd:02d}{m:02d}{y % 100:02d}"
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        ck = sum(int(c) * x for c, x in zip(head + tail, w, strict=False)) % 11
        return f"{head}{ck} {tail}"
    if kind == "at_stnr":
        return f"{rng.choice(['46', '51', '54', '68', '72', '03', '09'])} {_n(rng, 3)}/{_n(rng, 4)}"
    if kind == "sin":
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _n(rng, 7)
        d = body + C.luhn_digit(body)
        sep = rng.choice([" ", "-"])
        return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
    if kind == "ramq":
        sur, giv = (ascii_fold(x).upper().replace(" ", "").replace("-", "") for x in name)
        y, m, dd = _date(rng)
        m += 50 if rng.random() < .5 else 0
        s = f"{(sur + 'XXX')[:3]}{giv[0]}{y % 100:02d}{m:02d}{dd:02d}{_n(rng, 2)}"
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if kind == "dni":
        d = str(rng.randint(14_000_000, 46_999_999))
        return f"{d[:2]}.{d[2:5]}.{d[5:]}" if rng.random() < .7 else d
    if kind == "cuil":
        head = rng.choice(["20", "27", "23"]) + str(rng.randint(14_000_000, 46_999_999))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        ck = 11 - sum(int(c) * x for c, x in zip(head, w, strict=False)) % 11
        ck = 0 if ck == 11 else ck
        return f"{head[:2]}-{head[2:]}-{ck % 10}" if ck != 10 else "00"
    if kind == "nif":
        body = rng.choice("123") + _n(rng, 7)
        ck = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        d = body + str(0 if ck >= 10 else ck)
        return f"{d[:3]} {d[3:6]} {d[6:]}" if rng.random() < .4 else d
    if kind == "niss":
        body = rng.choice("12") + _n(rng, 9)
        w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
        ck = 9 - sum(int(c) * x for c, x in zip(body, w, strict=False)) % 10
        return body + str(ck)
    if kind.startswith("cpr"):
        y, m, dd = _date(rng, 1960, 2005)
        s = f"{dd:02d}{m:02d}{y % 100:02d}"
        serial = _n(rng, 4)
        return f"{s}-{serial}" if kind == "cpr" else s + serial
    if kind == "adoazonosito":
        body = "8" + str(rng.randint(30000, 50000)) + _n(rng, 3)
        ck = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        return body + str(ck) if ck != 10 else "0"
    if kind == "taj":
        body = _n(rng, 8)
        ck = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
        d = body + str(ck)
        return f"{d[:3]} {d[3:6]} {d[6:]}" if rng.random() < .6 else d
    if kind.startswith("mg_cin"):
        d = str(rng.randint(1, 6)) + _n(rng, 4) + rng.choice("12") + _n(rng, 6)
        return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}" if kind.endswith("spaced") else d
    if kind == "pg_nid":
        return str(rng.randint(1, 9)) + _n(rng, 9)
    if kind == "pg_tin":
        d = str(rng.randint(5, 9)) + _n(rng, 8)
        return f"{d[:3]}-{d[3:6]}-{d[6:]}" if rng.random() < .6 else d
    if kind.startswith("lu_matricule"):
        y, m, dd = _date(rng)
        body = f"{y}{m:02d}{dd:02d}{_n(rng, 3)}"
        d = body + C.luhn_digit(body) + C.verhoeff_digit(body)
        return f"{d[:4]} {d[4:8]} {d[8:11]} {d[11:]}" if kind.endswith("spaced") else d
    raise KeyError(kind)


# ---- IPs ----------------------------------------------------------------------------------

IP_FORMS = ["v4", "v4_private", "v4_port", "v6", "v6_full"]


def ip(rng, form: str) -> str:
    import ipaddress

    while True:
        if form == "v4":
            v = ".".join(str(x) for x in (rng.randint(11, 223), rng.randint(0, 255),
                                          rng.randint(0, 255), rng.randint(1, 254)))
        elif form in ("v4_private", "v4_port"):
            r = rng.random()
            if r < .4:
                v = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
            elif r < .7:
                v = f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
            else:
                v = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
            if form == "v4_port":
                v += ":" + str(rng.choice([502, 4840, 44818, 102, 1883, 8080, 8443, 20000]))
        else:
            groups = [rng.choice(["2a01", "2a02", "2a00", "2001", "2c0f", "2404", "2800"]),
                      f"{rng.randint(0x100, 0xffff):x}"] + \
                     [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
            z = rng.randint(2, 5)
            for k in range(z, min(8, z + rng.randint(0, 3))):
                groups[k] = "0"
            a = ipaddress.ip_address(":".join(groups))
            v = a.exploded if form == "v6_full" else str(a)
        if C.ip_ok(v, form):
            return v


def ip_core(value: str, form: str) -> str:
    return value.rsplit(":", 1)[0] if form == "v4_port" else value


# ---- e-mail, URL --------------------------------------------------------------------------

ROLE_LOCALS = {
    "en": ["purchasing", "maintenance", "hse", "quality", "stores", "shiftlead", "apprentices",
           "accounts.payable", "recalls"],
    "de": ["einkauf", "instandhaltung", "arbeitssicherheit", "qualitaet", "lager", "lehrlinge",
           "schichtleitung", "buchhaltung"],
    "fr": ["achats", "entretien", "sst", "qualite", "magasin", "apprentissage", "production",
           "comptabilite"],
    "es": ["compras", "mantenimiento", "seguridad", "calidad", "deposito", "pasantias",
           "produccion", "tesoreria"],
    "pt": ["compras", "manutencao", "seguranca", "qualidade", "armazem", "formacao",
           "producao", "contabilidade"],
    "da": ["indkoeb", "vedligehold", "arbejdsmiljoe", "kvalitet", "lager", "laerlinge",
           "produktion", "bogholderi"],
    "hu": ["beszerzes", "karbantartas", "munkavedelem", "minoseg", "raktar", "gyakornok",
           "termeles", "konyveles"],
}


def email_local(rng, lang: str, given: str, surname: str) -> str:
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower())
    s = re.sub(r"[^a-z]", "", ascii_fold(surname).lower())
    r = rng.random()
    if r < .25:
        return rng.choice(ROLE_LOCALS[lang])
    if r < .55:
        return f"{g}.{s}"
    if r < .7:
        return f"{g[0]}.{s}"
    if r < .85:
        return f"{g[0]}{s}"
    return f"{g}.{s}{rng.randint(1, 99)}"


def domain(rng, locale: str) -> str:
    return f"{rng.choice(STEMS[locale])}.{rng.choice(DOMAIN_TLDS[locale])}"


EMAIL_FORMS = ["plain", "angle", "mailto"]
URL_FORMS = ["https_host", "https_slug", "www", "bare"]

SLUGS = {
    "en": ["supplier-portal", "recall-notice", "shift-roster", "safety-alert", "apprenticeships",
           "trade-fair-stand", "batch-trace", "service-log"],
    "de": ["lieferantenportal", "rueckruf-info", "schichtplan", "sicherheitshinweis",
           "lehrstellen", "messestand", "chargen-suche", "wartungsprotokoll"],
    "fr": ["portail-fournisseurs", "avis-rappel", "horaire-quarts", "alerte-securite",
           "apprentis", "salon-kiosque", "tracabilite-lots", "journal-entretien"],
    "es": ["portal-proveedores", "aviso-retiro", "grilla-turnos", "alerta-seguridad",
           "aprendices", "stand-feria", "trazabilidad-lotes", "registro-mantenimiento"],
    "pt": ["portal-fornecedores", "aviso-recolha", "escala-turnos", "alerta-seguranca",
           "aprendizes", "stand-feira", "rastreio-lotes", "registo-manutencao"],
    "da": ["leverandoerportal", "tilbagekaldelse", "vagtplan", "sikkerhedsvarsel",
           "laerepladser", "messestand", "batch-sporing", "servicelog"],
    "hu": ["beszallitoi-portal", "visszahivas", "muszakbeosztas", "biztonsagi-riasztas",
           "szakmunkas-kepzes", "kiallitasi-stand", "tetel-nyomkovetes", "karbantartasi-naplo"],
}


def url(rng, locale: str, lang: str, form: str) -> tuple[str, list[str]]:
    host = domain(rng, locale)
    slug = rng.choice(SLUGS[lang])
    if form == "https_host":
        return f"https://{host}", [f"t:{host}"]
    if form == "https_slug":
        return f"https://www.{host}/{slug}", [f"t:{host}", f"t:{slug}"]
    if form == "www":
        return f"www.{host}", [f"t:{host}"]
    return f"{host}/{slug}", [f"t:{host}", f"t:{slug}"]


def url_host(value: str) -> str:
    v = re.sub(r"^https?://", "", value)
    v = v[4:] if v.startswith("www.") else v
    return v.split("/", 1)[0]


# ---- addresses ----------------------------------------------------------------------------

ADDRESS_FORMS = ["one_line", "multi_line", "street_town", "box"]


def address(rng, locale: str, form: str) -> tuple[str, str, str]:
    """(value, street name or "", postcode or box number joined as 'pc|box')."""
    town, spec = rng.choice(TOWNS[locale])
    pc = postcode(locale, spec, rng)
    street = rng.choice(STREETS[locale])
    n = str(rng.randint(1, 180))
    if locale == "es_AR":
        n = str(rng.randint(100, 4999))
    if form == "box":
        box = rng.choice(BOX_WORDS[locale])
        num = str(rng.randint(10, 9999))
        if locale in ("de_AT", "da_DK", "es_AR", "pt_PT", "de_LU", "hu_HU"):
            v = f"{box} {num}, {pc} {town}"
        elif locale == "fr_CA":
            v = f"{box} {num}, succ. Bureau-chef, {town} (Québec) {pc}"
        else:
            v = f"{box} {num}, {town} {pc}"
        return v, "", f"{pc}|{num}"
    if locale in ("en_GB", "en_NZ", "en_PG"):
        line1, line2 = f"{n} {street}", f"{town} {pc}"
    elif locale == "en_ZA":
        line1, line2 = f"{n} {street}", f"{town}, {pc}"
    elif locale == "fr_CA":
        line1, line2 = f"{n}, {street}", f"{town} (Québec) {pc}"
    elif locale in ("fr_MG", "de_LU"):
        line1, line2 = f"{n}, {street}", f"{pc} {town}"
    elif locale == "pt_PT":
        line1, line2 = f"{street}, {n}", f"{pc} {town}"
    elif locale == "hu_HU":
        line1, line2 = f"{street} {n}.", f"{pc} {town}"
    else:
        line1, line2 = f"{street} {n}", f"{pc} {town}"
    if form == "street_town":
        return f"{line1}, {town}", street, ""
    if locale == "hu_HU" and form == "one_line":
        return f"{pc} {town}, {line1}", street, pc
    sep = "\n" if form == "multi_line" else ", "
    return f"{line1}{sep}{line2}", street, pc
