"""Cards, IBANs, local bank values and national ids for the twentyseventh set (own check digits)."""

from .twentyseventh_values import (
    DNI,
    REGION,
    aba_ok,
    cf_ok,
    cin_letter,
    digs,
    dni_ok,
    es_ctrl,
    iban_ok,
    jmbg_check,
    jmbg_ok,
    kennitala,
    kt_ok,
    luhn_digit,
    mod97,
    nhs_check,
    nhs_ok,
    nir_ok,
    steuer_check,
    steuer_ok,
)


# ---------------------------------------------------------------- cards / IBAN / bank
def card(rng):
    kind = rng.random()
    if kind < 0.2:
        body = rng.choice(["34", "37"]) + digs(rng, 12)
        n = body + luhn_digit(body)
        return rng.choice([(f"{n[:4]} {n[4:10]} {n[10:]}", "amex-spaced"), (n, "amex-compact")])
    body = ("4" + digs(rng, 14)) if kind < 0.6 else (str(rng.randrange(51, 56)) + digs(rng, 13))
    n = body + luhn_digit(body)
    q = [n[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice(
        [
            (" ".join(q), "spaced"),
            ("-".join(q), "dashed"),
            (n, "compact"),
            ("\u2009".join(q), "thin-spaced"),
        ]
    )


def _bban(rng, reg):
    if reg == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digs(rng, 14)
    if reg == "DE":
        return rng.choice(
            ["10010010", "37040044", "50010517", "70150000", "20050550", "12030000"]
        ) + digs(rng, 10)
    if reg == "FR":
        b, g, a = (
            rng.choice(["30004", "20041", "30003", "10278", "16606"]),
            digs(rng, 5),
            digs(rng, 11),
        )
        return b + g + a + f"{97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97:02d}"
    if reg == "ES":
        b, o, a = (
            rng.choice(["2100", "0049", "0182", "2085", "0081", "1465"]),
            digs(rng, 4),
            digs(rng, 10),
        )
        return b + o + es_ctrl("00" + b + o) + es_ctrl(a) + a
    if reg == "IT":
        rest = (
            rng.choice(["03069", "02008", "05034", "03062", "01030"]) + digs(rng, 5) + digs(rng, 12)
        )
        return cin_letter(rest) + rest
    if reg == "IS":
        return (
            rng.choice(["0101", "0111", "0133", "0515", "0301"])
            + "26"
            + digs(rng, 6)
            + kennitala(rng)
        )
    if reg == "CR":
        return "0" + rng.choice(["151", "152", "102", "104", "161"]) + digs(rng, 14)
    if reg == "RS":
        b = rng.choice(["160", "265", "205", "170", "155", "340"]) + digs(rng, 13)
        return b + f"{98 - int(b) * 100 % 97:02d}"
    raise KeyError(reg)


def iban(rng, locale):
    reg = REGION[locale]
    bban = _bban(rng, reg)
    chk = 98 - mod97(bban + reg + "00")
    s = f"{reg}{chk:02d}{bban}"
    assert iban_ok(s), s
    spaced = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return rng.choice(
        [
            (spaced, "spaced"),
            (spaced, "spaced"),
            (s, "compact"),
            (spaced.lower(), "spaced-lower")
            if rng.random() < 0.3
            else (s[:4] + " " + s[4:], "split-after-check"),
        ]
    )


def bank_local(rng, locale):
    """A non-IBAN bank value (US, JM, TT) labelled ID."""
    if locale == "en_US":
        while True:
            r = rng.choice(["0", "1", "2", "3"]) + digs(rng, 7)
            for c in "0123456789":
                if aba_ok(r + c):
                    return rng.choice(
                        [
                            (f"routing {r + c}, account {digs(rng, 10)}", "aba-routing+account"),
                            (f"ABA {r + c} / acct {digs(rng, 9)}", "aba-routing+account"),
                        ]
                    )
    if locale == "en_JM":
        return rng.choice(
            [
                (
                    f"{rng.choice(['NCB', 'Scotia', 'JN Bank'])}"
                    f" account {digs(rng, 3)}-{digs(rng, 3)}-{digs(rng, 3)}",
                    "bank-account",
                ),
                (
                    f"account no. {digs(rng, 9)}"
                    f", branch {rng.choice(['Half Way Tree', 'New Kingston', 'Montego Bay'])}",
                    "bank-account",
                ),
            ]
        )
    return rng.choice(
        [
            (
                f"{rng.choice(['Republic Bank', 'First Citizens', 'RBC'])} account {digs(rng, 12)}",
                "bank-account",
            ),
            (f"acct {digs(rng, 3)}-{digs(rng, 6)}-{digs(rng, 3)}", "bank-account"),
        ]
    )


# ---------------------------------------------------------------- national ids
CF_COMUNI = ["H501", "F205", "F839", "L219", "D612", "A944", "G273", "L736", "D969", "L424"]


def _cf_part(word, given):
    w = (
        word.upper()
        .replace("À", "A")
        .replace("È", "E")
        .replace("É", "E")
        .replace("Ì", "I")
        .replace("Ò", "O")
        .replace("Ù", "U")
    )
    w = "".join(c for c in w if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X"] * 3)[:3])


def national_id(rng, locale, names=("Rossi", "Marco")):
    if locale == "en_US":
        a, g, s = (
            rng.choice([rng.randrange(1, 666), rng.randrange(667, 900)]),
            rng.randrange(1, 100),
            rng.randrange(1, 10000),
        )
        return rng.choice(
            [
                (f"{a:03d}-{g:02d}-{s:04d}", "ssn-dashed"),
                (f"{a:03d} {g:02d} {s:04d}", "ssn-spaced"),
                (f"{a:03d}{g:02d}{s:04d}", "ssn-compact"),
            ]
        )
    if locale == "en_GB":
        if rng.random() < 0.5:
            p = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            d = digs(rng, 6)
            return rng.choice(
                [
                    (f"{p} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}", "nino-spaced"),
                    (f"{p}{d}{rng.choice('ABCD')}", "nino-compact"),
                ]
            )
        while True:
            d = str(rng.randrange(4, 7)) + digs(rng, 8)
            c = nhs_check(d)
            if c:
                n = d + c
                return rng.choice([(f"{n[:3]} {n[3:6]} {n[6:]}", "nhs-spaced"), (n, "nhs-compact")])
    if locale == "de_DE":
        while True:
            ds = rng.sample("0123456789", 9)
            ds.insert(rng.randrange(1, 10), rng.choice(ds))
            if ds[0] != "0":
                n = "".join(ds)
                n += steuer_check(n)
                return rng.choice(
                    [
                        (n, "steuer-id-compact"),
                        (f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", "steuer-id-spaced"),
                    ]
                )
    if locale == "fr_FR":
        body = (
            f"{rng.choice('12')}{rng.randrange(60, 100):02d}{rng.randrange(1, 13):02d}"
            f"{rng.choice(['75', '69', '13', '31', '33', '59', '44', '67'])}"
            f"{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
        )
        k = f"{97 - int(body) % 97:02d}"
        sp = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k}"
        return rng.choice(
            [(sp, "nir-spaced"), (body + k, "nir-compact"), (body + " " + k, "nir-key-apart")]
        )
    if locale in ("es_ES", "ca_ES", "es_CR") and locale != "es_CR":
        if rng.random() < 0.7:
            n = rng.randrange(10**6, 10**8)
            d = f"{n:08d}{DNI[n % 23]}"
            return rng.choice(
                [
                    (d, "dni"),
                    (d[:8] + "-" + d[8], "dni-dashed"),
                    (f"{d[:2]}.{d[2:5]}.{d[5:8]}-{d[8]}", "dni-dotted"),
                ]
            )
        p, n = rng.choice("XYZ"), rng.randrange(10**7)
        let = DNI[int(str("XYZ".index(p)) + f"{n:07d}") % 23]
        return rng.choice([(f"{p}{n:07d}{let}", "nie"), (f"{p}-{n:07d}-{let}", "nie-dashed")])
    if locale == "es_CR":
        p, a, b = rng.randrange(1, 8), rng.randrange(100, 10000), rng.randrange(1, 10000)
        return rng.choice(
            [
                (f"{p}-{a:04d}-{b:04d}", "cedula-dashed"),
                (f"{p}{a:04d}{b:04d}", "cedula-compact"),
                (f"{p} {a:04d} {b:04d}", "cedula-spaced"),
            ]
        )
    if locale == "it_IT":
        sur, giv = names
        yy, m, dd = (
            rng.randrange(60, 100),
            rng.choice("ABCDEHLMPRST"),
            rng.randrange(1, 29) + rng.choice([0, 40]),
        )
        s = (
            _cf_part(sur, False)
            + _cf_part(giv, True)
            + f"{yy:02d}{m}{dd:02d}"
            + rng.choice(CF_COMUNI)
        )
        s += cin_letter(s)
        return rng.choice(
            [(s, "codice-fiscale"), (s, "codice-fiscale"), (s.lower(), "codice-fiscale-lower")]
        )
    if locale == "is_IS":
        k = kennitala(rng)
        return rng.choice(
            [
                (k[:6] + "-" + k[6:], "kennitala-dashed"),
                (k, "kennitala-compact"),
                (k[:6] + " " + k[6:], "kennitala-spaced"),
            ]
        )
    if locale == "sr_RS":
        while True:
            y = rng.randrange(955, 1006) % 1000
            d12 = (
                f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{y:03d}"
                f"{rng.choice([71, 72, 73, 76, 78, 79, 80, 85, 86, 91]):02d}"
                f"{rng.randrange(0, 1000):03d}"
            )
            c = jmbg_check(d12)
            if c:
                return rng.choice([(d12 + c, "jmbg"), (d12 + c, "jmbg")])
    if locale == "en_JM":
        t = "1" + digs(rng, 8)
        return rng.choice(
            [
                (f"{t[:3]}-{t[3:6]}-{t[6:]}", "trn-dashed"),
                (t, "trn-compact"),
                (f"{t[:3]} {t[3:6]} {t[6:]}", "trn-spaced"),
            ]
        )
    if locale == "en_TT":
        if rng.random() < 0.5:
            return (
                f"{rng.randrange(1960, 2005)}"
                f"{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digs(rng, 3)}",
                "birth-pin",
            )
        b = digs(rng, 9)
        return rng.choice([(b, "bir-number"), (f"{b[:3]}-{b[3:6]}-{b[6:]}", "bir-dashed")])
    raise KeyError(locale)


ID_OK = {
    "en_GB": lambda s: nhs_ok(s) if s.replace(" ", "").isdigit() else True,
    "de_DE": steuer_ok,
    "fr_FR": nir_ok,
    "es_ES": dni_ok,
    "ca_ES": dni_ok,
    "it_IT": lambda s: cf_ok(s.upper()),
    "is_IS": lambda s: kt_ok(s.replace(" ", "")),
    "sr_RS": jmbg_ok,
}
