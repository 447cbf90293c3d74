"""National ids, local bank accounts, addresses and name mentions.

ID values: US SSN (area rules; no check digit exists) and EIN, India Aadhaar
(Verhoeff) / PAN / UPI handle, German Steuer-ID (ISO 7064 MOD 11,10) and
ID-card number (ICAO 7-3-1), French NIR (key 97), Brazilian CPF / CNPJ / random
PIX key, Dutch BSN (11-proof), Senegal CNI (13 digits, no public check),
Uganda NIN (no public check), Paraguay cédula + RUC (DV mod 11), Côte d'Ivoire
CNI (no public check), Guatemala CUI/DPI (mod 11 + dept/muni) and NIT (mod 11),
Zambia NRC and TPIN (no public check).
"""

from __future__ import annotations

import random
import uuid

from . import twentyeighth_ids as ids
from . import twentyeighth_places as pl
from .twentyeighth_people import TITLES, tokens
from .twentyeighth_values import dwin, fold, group, slug

# (id name used by the bank phrase, value maker)


def national_id(rng: random.Random, loc: str, g: str = "a", s: str = "b"):
    """Returns (value, form, fragments, cue_word)."""
    d = ids.digits
    if loc == "en_US":
        if rng.random() < 0.75:
            area = rng.randrange(1, 900)
            while area == 666:
                area = rng.randrange(1, 900)
            a, b, c = (
                f"{area:03d}",
                f"{rng.randrange(1, 100):02d}",
                f"{rng.randrange(1, 10000):04d}",
            )
            v = rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", a + b + c])
            return v, "ssn", dwin(v), "SSN"
        v = f"{rng.randrange(10, 99)}-{d(rng, 7)}"
        return v, "ein", dwin(v), "EIN"
    if loc == "en_IN":
        r = rng.random()
        if r < 0.5:
            a = ids.verhoeff_complete(d(rng, 11, "23456789"))
            v = rng.choice([group(a, [4, 4, 4]), a])
            return v, "aadhaar", dwin(v), "Aadhaar"
        if r < 0.8:
            v = (
                "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
                + "P"
                + slug(s)[0].upper()
                + d(rng, 4)
                + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            )
            return v, "pan", ["s:" + v], "PAN"
        psp = rng.choice(["okhdfcbank", "oksbi", "okicici", "ybl", "paytm", "axl"])
        v = f"{slug(g)}{rng.choice(['', '.', '_'])}{slug(s)[:4]}@{psp}"
        return v, "upi_vpa", ["s:" + v.split("@")[0]], "UPI ID"
    if loc == "de_DE":
        if rng.random() < 0.7:
            while True:
                ten = d(rng, 10, "123456789")
                if max(ten.count(c) for c in set(ten)) in (2, 3):
                    break
            n = ten + str(ids.steuerid_check(ten))
            v = rng.choice([group(n, [2, 3, 3, 3]), n])
            return v, "steuer_id", dwin(v), "Steuer-ID"
        body = rng.choice("LMNPRTVWXYZ") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
        v = body + str(ids.icao_check(body))
        return v, "ausweis", ["s:" + v] + dwin(v), "Ausweisnummer"
    if loc == "fr_FR":
        sx, yy, mm = (
            rng.choice("12"),
            f"{rng.randrange(60, 100):02d}",
            f"{rng.randrange(1, 13):02d}",
        )
        dep = rng.choice(["75", "69", "13", "31", "44", "33", "59", "67", "35", "93"])
        n13 = sx + yy + mm + dep + f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
        k = f"{ids.nir_key(n13):02d}"
        v = rng.choice(
            [f"{n13[0]} {n13[1:3]} {n13[3:5]} {n13[5:7]} {n13[7:10]} {n13[10:]} {k}", n13 + k]
        )
        return v, "nir", dwin(v), "numéro de sécu"
    if loc == "pt_BR":
        r = rng.random()
        if r < 0.5:
            c = ids.cpf_digits(d(rng, 9))
            v = rng.choice([f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", c])
            return v, "cpf", dwin(v), "CPF"
        if r < 0.75:
            c = ids.cnpj_digits(d(rng, 8) + "0001")
            v = rng.choice([f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}", c])
            return v, "cnpj_mei", dwin(v), "CNPJ"
        v = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return v, "pix_random_key", ["s:" + v, "s:" + v[:8]], "chave aleatória"
    if loc == "nl_NL":
        while True:
            n = d(rng, 9, "123456789")
            if ids.bsn_ok(n):
                break
        v = rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])
        return v, "bsn", dwin(v), "BSN"
    if loc == "fr_SN":
        n = rng.choice("12") + d(rng, 3) + str(rng.randrange(1960, 2006)) + d(rng, 5)
        v = rng.choice([n, f"{n[0]} {n[1:4]} {n[4:8]} {n[8:]}"])
        return v, "cni_sn", dwin(v), "CNI"
    if loc == "en_UG":
        v = (
            "C"
            + rng.choice("MF")
            + f"{rng.randrange(70, 100):02d}"
            + d(rng, 6)
            + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(4))
        )
        return v, "nin_ug", ["s:" + v] + dwin(v), "NIN"
    if loc == "es_PY":
        base = str(rng.randrange(800000, 6500000))
        if rng.random() < 0.5:
            v = rng.choice([f"{int(base):,}".replace(",", "."), base])
            return v, "cedula_py", dwin(v), "C.I."
        v = f"{base}-{ids.ruc_py_dv(base)}"
        return v, "ruc_py", dwin(v), "RUC"
    if loc == "fr_CI":
        v = "C" + d(rng, 10) if rng.random() < 0.5 else "CI" + d(rng, 9)
        v = rng.choice([v, group(v, [len(v) - 8, 4, 4]) if v[1] != "I" else group(v, [2, 3, 3, 3])])
        return v, "cni_ci", dwin(v), "CNI"
    if loc == "es_GT":
        if rng.random() < 0.65:
            while True:
                n8 = d(rng, 8, "123")
                chk = sum(int(c) * (i + 2) for i, c in enumerate(n8)) % 11
                if chk < 10:
                    break
            cui = n8 + str(chk) + f"{rng.randrange(1, 23):02d}" + f"{rng.randrange(1, 10):02d}"
            assert ids.cui_gt_ok(cui)
            v = rng.choice([f"{cui[:4]} {cui[4:9]} {cui[9:]}", cui])
            return v, "cui_dpi", dwin(v), "DPI"
        base = d(rng, 7, "123456789")
        v = f"{base}-{ids.nit_gt_dv(base)}"
        return v, "nit_gt", dwin(v), "NIT"
    # en_ZM
    if rng.random() < 0.7:
        v = f"{d(rng, 6, '123456789')}/{rng.randrange(10, 99)}/1"
        return v, "nrc", dwin(v), "NRC"
    v = d(rng, 10, "1")
    return v, "tpin", dwin(v), "TPIN"


BANKS = {
    "en_US": ["Chase", "Wells Fargo", "Bank of America", "a credit union"],
    "en_IN": ["HDFC", "SBI", "ICICI", "Axis Bank", "Kotak"],
    "en_UG": ["Stanbic", "Centenary Bank", "Absa Uganda", "dfcu"],
    "es_PY": ["Itaú", "Banco Continental", "Ueno", "Banco Familiar", "Visión Banco"],
    "es_GT": ["Banrural", "Banco Industrial", "BAM", "G&T Continental"],
    "en_ZM": ["Zanaco", "Stanbic", "FNB", "Absa Zambia", "Indo Zambia Bank"],
    "de_DE": ["Sparkasse", "GLS Bank", "DKB", "Volksbank"],
    "fr_FR": ["Crédit Agricole", "La Banque Postale", "BNP", "Boursorama"],
    "pt_BR": ["Nubank", "Itaú", "Banco do Brasil", "Inter", "Caixa"],
    "nl_NL": ["ING", "Rabobank", "ABN AMRO", "bunq"],
    "fr_SN": ["CBAO", "Ecobank", "BHS", "Société Générale"],
    "fr_CI": ["SGCI", "NSIA Banque", "Ecobank", "BICICI"],
}


def bank_account(rng: random.Random, loc: str):
    d = ids.digits
    if loc == "en_US":
        v = d(rng, rng.choice([9, 10, 12]), "123456789")
    elif loc == "en_IN":
        v = d(rng, rng.choice([11, 12, 14]), "123456789")
    elif loc == "en_UG":
        v = rng.choice(["9030", "0140", "3100"]) + d(rng, 9)
    elif loc == "es_PY":
        v = rng.choice(
            [f"{d(rng, 1, '123')}-{d(rng, 7)}", f"{d(rng, 2)}-{d(rng, 6)}/{d(rng, 1)}", d(rng, 9)]
        )
    elif loc == "es_GT":
        v = rng.choice(
            [
                f"{d(rng, 1, '3')}-{d(rng, 3)}-{d(rng, 5)}-{d(rng, 1)}",
                f"{d(rng, 2)}-{d(rng, 7)}-{d(rng, 1)}",
            ]
        )
    else:
        v = rng.choice(["0", "1", "6"]) + d(rng, 12)
    return v, "bank_account", dwin(v)


# ---------------------------------------------------------------- ADDRESS


def _t(names: str) -> list[str]:
    return [
        "t:" + w
        for w in names.replace("-", " ").split()
        if w.lower().strip(".,") not in pl.TYPE_WORDS and len(w) > 2 and not w[0].isdigit()
    ]


def address(rng: random.Random, loc: str):
    st = rng.choice(pl.STREETS[loc])
    n = rng.randrange(2, 240)
    if loc == "en_US":
        town, state, z3 = rng.choice(pl.TOWNS[loc])
        zp = z3 + f"{rng.randrange(1, 60):02d}"
        typ = rng.choice(pl.STREET_TYPES_EN)
        apt = rng.choice(
            [
                "",
                f", Apt {rng.randrange(1, 30)}",
                f" #{rng.randrange(100, 400)}",
                f", Suite {rng.randrange(100, 500)}",
            ]
        )
        v = f"{rng.randrange(100, 9900)} {st} {typ}{apt}, {town}, {state} {zp}"
        return v, "us_line", _t(st) + ["p:" + zp]
    if loc == "en_IN":
        town, pin = rng.choice(pl.TOWNS[loc])
        typ = rng.choice(pl.STREET_TYPES_IN)
        v = rng.choice(
            [
                f"Flat {rng.randrange(101, 905)}, {rng.randrange(1, 19)}th {typ}, {st}, "
                f"{town} {pin}",
                f"#{n}, {st} {typ}, {town} - {pin}",
                f"No. {n}, {st}, near Ganesh temple, {town} {pin}",
            ]
        )
        return v, "in_flat_area_pin", _t(st) + ["p:" + pin]
    if loc == "de_DE":
        town, plz = rng.choice(pl.TOWNS[loc])
        v = rng.choice(
            [
                f"{st} {n}, {plz} {town}",
                f"{st} {n}{rng.choice('abc')}\n{plz} {town}",
                f"{st} {n} · {plz} {town}",
            ]
        )
        return v, "de_line", _t(st.replace("straße", "").replace("Straße", "")) + ["p:" + plz]
    if loc == "fr_FR":
        town, cp = rng.choice(pl.TOWNS[loc])
        bis = rng.choice(["", "", " bis", " ter"])
        v = rng.choice([f"{n}{bis} {st}, {cp} {town}", f"{n}{bis}, {st} {cp} {town.upper()}"])
        return v, "fr_line", _t(st) + ["p:" + cp]
    if loc == "pt_BR":
        town, uf, c5 = rng.choice(pl.TOWNS[loc])
        cep = f"{c5}-{rng.randrange(0, 999):03d}"
        comp = rng.choice(
            [
                "",
                f", apto {rng.randrange(11, 190)}",
                f", sala {rng.randrange(101, 1500)}",
                f", casa {rng.randrange(1, 4)}",
            ]
        )
        v = rng.choice(
            [
                f"{st}, {rng.randrange(10, 3800)}{comp} - {town}/{uf}, CEP {cep}",
                f"{st} {rng.randrange(10, 3800)}{comp}, {town} - {uf}, {cep}",
            ]
        )
        return v, "br_line_cep", _t(st) + ["p:" + cep]
    if loc == "nl_NL":
        town, pc4 = rng.choice(pl.TOWNS[loc])
        pc = (
            pc4
            + rng.choice(["", " "])
            + rng.choice("ABCEGHJKLMNPRTVWXZ")
            + rng.choice("ABCEGHJKLMNPRTVWXZ")
        )
        v = rng.choice(
            [
                f"{st} {n}, {pc} {town}",
                f"{st} {n}-{rng.choice(['I', 'II', 'hs', 'A'])}, {pc} {town}",
            ]
        )
        return v, "nl_line", _t(st.replace("straat", "").replace("gracht", "")) + ["p:" + pc]
    if loc == "fr_SN":
        town = rng.choice(pl.TOWNS[loc])
        bp = str(rng.randrange(1000, 45000))
        f = rng.randrange(3)
        v = [
            f"{st}, villa n° {rng.randrange(1, 9999)}, {town}",
            f"Cité {st}, lot {rng.randrange(1, 400)}, {town}",
            f"B.P. {bp} {town}, quartier {st}",
        ][f]
        return (
            v,
            ["sn_quartier_villa", "sn_cite_lot", "sn_bp"][f],
            _t(st) + (["p:" + bp] if f == 2 else []),
        )
    if loc == "fr_CI":
        bp = f"{rng.randrange(1, 28):02d} BP {rng.randrange(100, 9999)}"
        f = rng.randrange(3)
        v = [
            f"{st}, villa {rng.randrange(1, 300)}, Abidjan",
            f"{st}, près de la pharmacie, ilot {rng.randrange(1, 90)} lot {rng.randrange(1, 900)}",
            f"{bp} Abidjan {bp[:2]}, {st}",
        ][f]
        return (
            v,
            ["ci_quartier_villa", "ci_ilot_lot", "ci_bp"][f],
            _t(st) + (["p:" + bp] if f == 2 else []),
        )
    if loc == "en_UG":
        town = rng.choice(pl.TOWNS[loc])
        box = str(rng.randrange(1000, 39000))
        f = rng.randrange(3)
        v = [
            f"Plot {rng.randrange(1, 300)}, {st}, {town}",
            f"P.O. Box {box}, {town}",
            f"Plot {rng.randrange(1, 300)} {st}, opposite Shell, {town}",
        ][f]
        frs = _t(st) if f != 1 else ["p:" + box]
        return v, ["ug_plot_road", "ug_po_box", "ug_plot_landmark"][f], frs
    if loc == "en_ZM":
        town = rng.choice(pl.TOWNS[loc])
        road = rng.choice(pl.ZM_ROADS)
        box = str(rng.randrange(30000, 52000))
        f = rng.randrange(3)
        v = [
            f"Plot {rng.randrange(100, 9999)}, {road}, {st}, {town}",
            f"House {rng.randrange(1, 80)}, {st}, {town}",
            f"P.O. Box {box}, {town}",
        ][f]
        frs = [_t(road) + _t(st), _t(st), ["p:" + box]][f]
        return v, ["zm_plot_road_area", "zm_house_area", "zm_po_box"][f], frs
    if loc == "es_PY":
        town = rng.choice(pl.TOWNS[loc])
        st2 = rng.choice([x for x in pl.STREETS[loc] if x != st])
        typ = rng.choice(pl.PY_TYPES)
        v = rng.choice(
            [
                f"{typ} {st} {rng.randrange(100, 4800)} c/ {st2}, {town}",
                f"{st} {rng.randrange(100, 4800)} casi {st2}, {town}",
                f"{typ} {st} esq. {st2}, {town}",
            ]
        )
        return v, "py_calle_esquina", _t(st) + _t(st2)
    # es_GT
    town = rng.choice(pl.TOWNS[loc])
    nom = f"{rng.randrange(1, 25)}-{rng.randrange(10, 99)}"
    typ = rng.choice(pl.GT_TYPES)
    zona = rng.randrange(1, 19)
    v = rng.choice(
        [
            f"{rng.randrange(1, 20)}a. {typ} {nom}, zona {zona}, Colonia {st}, {town}",
            f"{typ} {rng.randrange(1, 20)} {nom} zona {zona}, Residenciales {st}, {town}",
        ]
    )
    return v, "gt_nomenclatura_zona", _t(st) + ["p:" + nom]


# ---------------------------------------------------------------- names


def mention(rng: random.Random, lang: str, loc: str, given: str, sur: str, member: bool):
    """Return (value, form, fragments) for a written mention of a person."""
    full = f"{given} {sur}"
    opts = ["full", "full", "given", "surname_title", "initial_surname", "lower", "folded"]
    if member:
        opts += ["handle_dot", "handle_joined", "given"]
    f = rng.choice(opts)
    if f == "folded" and fold(full) == full:
        f = "full"
    titles = TITLES.get(loc if loc == "en_IN" else lang, TITLES["en"])
    if f == "full":
        v = full
    elif f == "given":
        v = given
    elif f == "surname_title":
        v = f"{rng.choice(titles)} {sur}"
    elif f == "initial_surname":
        v = f"{given[0]}. {sur}"
    elif f == "lower":
        v = full.lower()
    elif f == "folded":
        v = fold(full)
    elif f == "handle_dot":
        v = "@" + slug(given.split()[0]) + "." + slug(tokens(sur)[-1])
    else:
        v = "@" + slug(given.split()[0]) + slug(tokens(sur)[-1])
        return v, f, ["s:" + v[1:]]
    tw = {w.strip(".").lower() for t in titles for w in t.split()}
    return (
        v,
        f,
        ["t:" + t for t in tokens(v.replace("@", " ").replace(".", " ")) if t.lower() not in tw],
    )
