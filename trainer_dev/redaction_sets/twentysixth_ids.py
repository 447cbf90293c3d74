"""National ids and local bank/account values per locale (labelled ID).

make_id returns (value, fragments, form, label); label is the name people
give the id (written into the text by cue pieces, left out by cue-less ones).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import twentysixth_checks as ck
from trainer_dev.redaction_sets.twentysixth_values import _group, dwin

_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
BANK_LABELS = {
    "account",
    "A/c no.",
    "account number",
    "account no.",
    "cuenta de ahorros",
    "cuenta corriente",
    "conta",
    "chave Pix",
    "RIB",
}


def _bank(rng: random.Random, loc: str) -> tuple[str, str, str]:
    r = ck.rnd_digits
    if loc == "en_US":
        return f"{r(rng, 1)}{r(rng, 9)}", "acct_us", "account"
    if loc == "en_IN":
        return rng.choice([r(rng, 12), r(rng, 14), "50100" + r(rng, 9)]), "acct_in", "A/c no."
    if loc == "en_GH":
        return rng.choice(["10" + r(rng, 11), "0" + r(rng, 12)]), "acct_gh", "account number"
    if loc == "en_UG":
        return rng.choice(["90" + r(rng, 11), "01" + r(rng, 11)]), "acct_ug", "account no."
    if loc == "es_EC":
        return rng.choice(["22" + r(rng, 8), "10" + r(rng, 8)]), "acct_ec", "cuenta de ahorros"
    if loc == "es_PY":
        return (
            rng.choice([r(rng, 3) + "-" + r(rng, 6) + "-" + r(rng, 1), "6" + r(rng, 8)]),
            "acct_py",
            "cuenta corriente",
        )
    if loc == "pt_BR":
        if rng.random() < 0.5:
            return f"{r(rng, 5)}-{r(rng, 1)}", "conta", "conta"
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        k = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
        return k, "pix_random", "chave Pix"
    return f"{r(rng, 5)} {r(rng, 5)} {r(rng, 11)}", "rib", "RIB"


def make_id(
    rng: random.Random, loc: str, bank_only: bool = False
) -> tuple[str, list[str], str, str]:
    if bank_only:
        v, form, label = _bank(rng, loc)
        return v, dwin(v) + ([f"s:{v}"] if form == "pix_random" else []), form, label
    c = rng.random()
    r = ck.rnd_digits
    if loc == "en_US":
        if c < 0.6:
            v, form, label = ck.us_ssn(rng), "ssn", "SSN"
        else:
            v, form, label = _bank(rng, loc)
    elif loc == "en_IN":
        if c < 0.45:
            a = ck.aadhaar(rng)
            form = rng.choice(["aadhaar_spaced", "aadhaar_compact", "aadhaar_dashed"])
            v = {
                "aadhaar_spaced": _group(a, [4, 4, 4]),
                "aadhaar_compact": a,
                "aadhaar_dashed": _group(a, [4, 4, 4], "-"),
            }[form]
            label = "Aadhaar"
        elif c < 0.8:
            v, form, label = ck.pan(rng), "pan", "PAN"
            return v, dwin(v) + [f"s:{v}"], form, label
        else:
            v, form, label = _bank(rng, loc)
    elif loc == "de_DE":
        s = ck.de_steuer_id(rng)
        form = rng.choice(["steuer_compact", "steuer_spaced"])
        v = s if form == "steuer_compact" else _group(s, [2, 3, 3, 3])
        label = "Steuer-ID"
    elif loc == "fr_FR":
        n = ck.fr_nir(rng)
        form = rng.choice(["nir_spaced", "nir_compact"])
        v = _group(n, [1, 2, 2, 2, 3, 3, 2]) if form == "nir_spaced" else n
        label = "n° de sécu"
    elif loc == "pt_BR":
        if c < 0.5:
            d = ck.cpf(rng)
            form = rng.choice(["cpf_dotted", "cpf_compact"])
            v = f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if form == "cpf_dotted" else d
            label = "CPF"
        else:
            return make_id(rng, loc, True)
    elif loc == "nl_NL":
        b = ck.bsn(rng)
        form = rng.choice(["bsn_compact", "bsn_dotted"])
        v = b if form == "bsn_compact" else f"{b[:4]}.{b[4:6]}.{b[6:]}"
        label = "BSN"
    elif loc == "en_GH":
        if c < 0.6:
            body = r(rng, 9)
            v, form, label = f"GHA-{body}-{ck.luhn_digit(body)}", "ghana_card", "Ghana Card"
        elif c < 0.8:
            v, form, label = rng.choice("CDE") + r(rng, 12), "ssnit", "SSNIT"
            return v, dwin(v) + [f"s:{v}"], form, label
        else:
            v, form, label = _bank(rng, loc)
    elif loc == "fr_LU":
        m = ck.lu_matricule(rng)
        form = rng.choice(["matricule_compact", "matricule_spaced"])
        v = m if form == "matricule_compact" else _group(m, [4, 4, 5])
        label = "matricule"
    elif loc == "es_EC":
        ced = ck.ec_cedula(rng)
        if c < 0.55:
            v, form, label = (
                (ced if rng.random() < 0.7 else f"{ced[:9]}-{ced[9]}"),
                "cedula",
                "cédula",
            )
        elif c < 0.8:
            v, form, label = ced + "001", "ruc", "RUC"
        else:
            v, form, label = _bank(rng, loc)
    elif loc == "fr_SN":
        if c < 0.55:
            v = rng.choice("12") + r(rng, 12)
            form, label = rng.choice([("cni_compact", "CNI")] * 2 + [("cni_spaced", "CNI")]), "CNI"
            form = form[0]
            if form == "cni_spaced":
                v = _group(v, [1, 3, 4, 5])
        else:
            v = f"00{r(rng, 7)} {r(rng, 1)}{rng.choice('ABCGSVW')}{r(rng, 1)}"
            form, label = "ninea", "NINEA"
    elif loc == "en_UG":
        if c < 0.65:
            tail = "".join(rng.choice(_UP) for _ in range(4))
            v = f"C{rng.choice('MF')}{rng.randrange(70, 100)}{r(rng, 6)}{tail}"
            form, label = "nin", "NIN"
            return v, dwin(v) + [f"s:{v}"], form, label
        v, form, label = _bank(rng, loc)
    else:  # es_PY
        base = str(rng.randrange(800000, 6500000))
        if c < 0.45:
            v = f"{int(base):,}".replace(",", ".") if rng.random() < 0.6 else base
            form, label = "cedula", "C.I."
        elif c < 0.8:
            v, form, label = f"{base}-{ck.py_ruc_dv(base)}", "ruc", "RUC"
        else:
            v, form, label = _bank(rng, loc)
    return v, dwin(v), form, label
