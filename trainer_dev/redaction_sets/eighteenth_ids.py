"""National identifiers and local bank/account values (labelled ID) with their checks."""
# ruff: noqa: E501  (data tables: name pools, streets, per-language clauses)

from __future__ import annotations

from .eighteenth_core import (
    DNI_LETTERS,
    cf_check,
    digit_windows,
    fold,
    nit_check,
    nuban_check,
    verhoeff_complete,
    weighted_mod11,
)


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _cf_part(word: str, is_name: bool) -> str:
    w = fold(word).upper().replace("'", "").replace(" ", "")
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vow + ["X", "X", "X"])[:3]


def codice_fiscale(rng, given: str, sur: str) -> str:
    female = rng.random() < 0.5
    y, m, d = (
        rng.randint(60, 99),
        rng.choice("ABCDEHLMPRST"),
        rng.randint(1, 28) + (40 if female else 0),
    )
    comune = rng.choice(
        ["F205", "H501", "L219", "A944", "D612", "F839", "L781", "G224", "D969", "A662"]
    )
    first = f"{_cf_part(sur, False)}{_cf_part(given, True)}{y:02d}{m}{d:02d}{comune}"
    return first + cf_check(first)


def national_id(rng, loc: str, given: str = "Luca", sur: str = "Verdi"):
    r = rng.randint
    if loc == "en_US":
        a = r(1, 899)
        a = 700 if a == 666 else a
        v = f"{a:03d}-{r(1, 99):02d}-{r(1, 9999):04d}"
        return (v, "ssn") if rng.random() < 0.8 else (v.replace("-", " "), "ssn_spaced")
    if loc == "en_IN":
        if rng.random() < 0.7:
            n = verhoeff_complete(str(r(2, 9)) + _d(rng, 10))
            return rng.choice(
                [
                    (f"{n[:4]} {n[4:8]} {n[8:]}", "aadhaar"),
                    (n, "aadhaar_compact"),
                    (f"{n[:4]}-{n[4:8]}-{n[8:]}", "aadhaar_dashed"),
                ]
            )
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return "".join(rng.choice(L) for _ in range(3)) + "P" + fold(sur)[0].upper() + _d(
            rng, 4
        ) + rng.choice(L), "pan"
    if loc == "es_ES":
        if rng.random() < 0.75:
            n = r(10**6, 79999999)
            v = f"{n:08d}{DNI_LETTERS[n % 23]}"
            return rng.choice(
                [
                    (v, "dni"),
                    (f"{v[:8]}-{v[8]}", "dni_dash"),
                    (f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}", "dni_dotted"),
                ]
            )
        p, n = rng.choice("XYZ"), r(0, 9999999)
        return f"{p}{n:07d}{DNI_LETTERS[int('XYZ'.index(p) * 10**7 + n) % 23]}", "nie"
    if loc == "it_IT":
        v = codice_fiscale(rng, given, sur)
        return (v, "codice_fiscale") if rng.random() < 0.85 else (v.lower(), "codice_fiscale_lower")
    if loc == "pt_BR":
        b = _d(rng, 9)
        while len(set(b)) == 1:
            b = _d(rng, 9)
        for n in (9, 10):
            s = sum(int(b[i]) * (n + 1 - i) for i in range(n))
            b += str((s * 10 % 11) % 10)
        return rng.choice([(f"{b[:3]}.{b[3:6]}.{b[6:9]}-{b[9:]}", "cpf"), (b, "cpf_plain")])
    if loc == "nb_NO":
        while True:
            dd, mm, yy = r(1, 28), r(1, 12), r(50, 99)
            b = f"{dd:02d}{mm:02d}{yy:02d}{r(0, 499):03d}"
            k1 = 11 - weighted_mod11(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            b += str(k1)
            k2 = 11 - weighted_mod11(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
            k2 = 0 if k2 == 11 else k2
            if k2 < 10:
                b += str(k2)
                return rng.choice(
                    [(b, "fodselsnummer"), (f"{b[:6]} {b[6:]}", "fodselsnummer_spaced")]
                )
    if loc == "ms_MY":
        v = f"{r(70, 99):02d}{r(1, 12):02d}{r(1, 28):02d}-{rng.choice(['01', '05', '07', '08', '10', '12', '13', '14'])}-{_d(rng, 4)}"
        return rng.choice([(v, "mykad"), (v.replace("-", ""), "mykad_compact")])
    if loc == "es_AR":
        while True:
            dni = f"{r(20, 45)}{_d(rng, 6)}"
            pre = rng.choice(["20", "27"])
            k = 11 - weighted_mod11(pre + dni, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
            k = 0 if k == 11 else k
            if k < 10:
                break
        return rng.choice(
            [
                (f"{pre}-{dni}-{k}", "cuil"),
                (f"{dni[:2]}.{dni[2:5]}.{dni[5:]}", "dni_dotted"),
                (f"{pre}{dni}{k}", "cuil_plain"),
            ]
        )
    if loc == "en_NG":
        return rng.choice([(str(r(1, 9)) + _d(rng, 10), "nin"), ("22" + _d(rng, 9), "bvn")])
    if loc == "en_PH":
        return rng.choice(
            [
                (f"{r(1, 34):02d}-{_d(rng, 7)}-{r(0, 9)}", "sss"),
                (f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}-000", "tin"),
                (f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", "philsys_pcn"),
            ]
        )
    if loc == "id_ID":
        female = rng.random() < 0.5
        nik = f"{rng.choice(['31', '32', '33', '34', '35', '51', '12'])}{r(1, 20):02d}{r(1, 30):02d}{r(1, 28) + (40 if female else 0):02d}{r(1, 12):02d}{r(70, 99):02d}{r(1, 2999):04d}"
        if rng.random() < 0.75:
            return nik, "nik"
        return f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}.{r(0, 9)}-{_d(rng, 3)}.000", "npwp"
    # es_CO
    if rng.random() < 0.7:
        n = r(10_000_000, 1_099_999_999)
        s = f"{n:,}".replace(",", ".")
        return rng.choice([(s, "cedula_dotted"), (str(n), "cedula_plain")])
    base = str(r(800_000_000, 901_999_999))
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{nit_check(base)}", "nit"


def bank_account(rng, loc: str):
    """Local bank/account value for countries without IBAN (labelled ID)."""
    r = rng.randint
    if loc == "en_US":
        while True:
            p = rng.choice(["0210", "1110", "0260", "0710", "1210", "0430"]) + _d(rng, 4)
            for c in "0123456789":
                d = [int(x) for x in p + c]
                if (
                    3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
                ) % 10 == 0:
                    return f"routing {p + c}, acct {_d(rng, 10)}", "aba_routing_account"
    if loc == "en_IN":
        return (
            f"A/c {_d(rng, 12)}, IFSC {rng.choice(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0{_d(rng, 6)}",
            "account_ifsc",
        )
    if loc == "ms_MY":
        return rng.choice(
            [
                (f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", "maybank_grouped"),
                (_d(rng, 14), "cimb_plain"),
            ]
        )
    if loc == "es_AR":
        w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
        a = rng.choice(["0170", "0072", "0110", "0150", "0285"]) + _d(rng, 3)
        a += str((10 - sum(int(x) * y for x, y in zip(a, w1, strict=False)) % 10) % 10)
        b = _d(rng, 13)
        b += str((10 - sum(int(x) * y for x, y in zip(b, w2, strict=False)) % 10) % 10)
        return rng.choice([(a + b, "cbu"), (f"{a} {b}", "cbu_split")])
    if loc == "en_NG":
        bank = rng.choice(["058", "044", "011", "033", "057", "232", "035"])
        s = _d(rng, 9)
        return s + nuban_check(bank, s), "nuban"
    if loc == "en_PH":
        return rng.choice(
            [
                (f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}", "bdo_account"),
                (_d(rng, 10), "bpi_account"),
            ]
        )
    if loc == "id_ID":
        return rng.choice(
            [
                (_d(rng, 10), "bca_rekening"),
                (f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}-{r(0, 9)}", "bri_rekening"),
            ]
        )
    return rng.choice(
        [
            (f"{_d(rng, 3)}-{_d(rng, 6)}-{_d(rng, 2)}", "bancolombia_ahorros"),
            (_d(rng, 11), "cuenta_plain"),
        ]
    )


def id_frags(v: str) -> list[str]:
    w = digit_windows(v)
    if sum(c.isalpha() for c in v) >= 3 or len(w) < 2:
        core = v.split(", ")[-1] if v.startswith(("routing", "A/c")) else v
        w = w + ["s:" + core.replace("acct ", "").replace("IFSC ", "")]
    return w
