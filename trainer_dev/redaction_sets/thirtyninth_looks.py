"""Thirty-ninth set: look-alikes (strings that must survive redaction), 16 kinds, per locale.

Look-alikes that carry a check pass it: ISBN-13, ABA routing numbers, EIN prefixes, Swiss UID
(mod 11), Belgian BCE/KBO (mod 97), Argentine CUIT (mod 11), partita IVA (Luhn), Polish NIP and
REGON (mod 11), Romanian CUI (mod 11), Cabo Verde company NIF (mod 11 on the Portuguese model).
BICs are real banks' codes written from general knowledge.
"""

from __future__ import annotations

from trainer_dev.redaction_sets import thirtyninth_checks as C

LOOK_KINDS = ("order", "salary", "date", "time", "percent", "version", "isbn", "orgreg",
              "taxform", "ticket", "grade", "room", "bic", "company", "law", "hours", "nameword")


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _w(text: str) -> list[str]:
    return [w.strip() for w in text.split(";") if w.strip()]


def order(rng, loc):
    r = rng.random()
    if r < 0.2:
        while True:
            n = rng.choice("3456") + _d(rng, 15)
            if not C.luhn_ok(n):
                return " ".join(n[k:k + 4] for k in range(0, 16, 4))
    return rng.choice([f"REQ-{rng.randint(2024, 2027)}-{_d(rng, 4)}", f"JR{_d(rng, 6)}",
                       f"INV-{_d(rng, 6)}", f"PO-{_d(rng, 5)}", f"VAC-{_d(rng, 3)}/{_d(rng, 2)}",
                       f"OFF-{_d(rng, 4)}-{rng.choice('ABCDEFGH')}"])


def _num(n: int, loc: str) -> str:
    s = f"{n:,}"
    if loc in ("de_CH",):
        return s.replace(",", "'")
    if loc in ("fr_BE", "pl_PL", "pt_CV", "es_CU"):
        return s.replace(",", "\u202f" if loc == "fr_BE" else " ")
    if loc in ("es_AR", "it_IT", "ro_RO"):
        return s.replace(",", ".")
    if loc == "en_IN":
        head, tail = str(n)[:-3], str(n)[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        return ",".join(([head] if head else []) + groups + [tail])
    return s


def salary(rng, loc):
    n = rng.randrange(1500, 180000, 50) if loc not in ("es_AR", "en_IN") else rng.randrange(
        250000, 4800000, 1000)
    v = _num(n, loc)
    return {
        "en_US": rng.choice([f"${v}", f"${v}/yr", f"USD {v}"]),
        "en_GB": rng.choice([f"£{v}", f"£{v} pro rata", f"GBP {v}"]),
        "de_CH": rng.choice([f"CHF {v}.–", f"Fr. {v}.–", f"CHF {v}.00"]),
        "fr_BE": rng.choice([f"{v} €", f"{v},00 EUR", f"€ {v}"]),
        "es_AR": rng.choice([f"$ {v}", f"ARS {v}", f"$ {v},00"]),
        "it_IT": rng.choice([f"€ {v},00", f"{v} euro", f"EUR {v}"]),
        "pl_PL": rng.choice([f"{v} zł", f"{v} PLN brutto", f"{v},00 zł"]),
        "en_IN": rng.choice([f"₹{v}", f"INR {v}", f"Rs. {v}"]),
        "ro_RO": rng.choice([f"{v} lei", f"{v} RON brut", f"{v},00 lei"]),
        "pt_CV": rng.choice([f"{v}$00", f"{v} ECV", f"CVE {v}"]),
        "es_CU": rng.choice([f"{v} CUP", f"${v} CUP", f"{v},00 pesos"]),
        "en_GY": rng.choice([f"G${v}", f"GYD {v}", f"${v} GYD"]),
    }[loc]


def date(rng, loc):
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if loc == "en_US":
        return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"])
    if loc in ("de_CH", "pl_PL", "ro_RO"):
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
    if loc == "en_IN":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])


def time(rng, loc):
    h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    if loc in ("en_US", "en_IN", "en_GY"):
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if loc == "fr_BE":
        return rng.choice([f"{h}h{mi:02d}", f"{h} h {mi:02d}"])
    if loc == "en_GB":
        half = "am" if h < 12 else "pm"
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{half}"])
    tail = f"{h}.{mi:02d} Uhr" if loc == "de_CH" else f"{h}:{mi:02d} h"
    return rng.choice([f"{h}:{mi:02d}", tail])


def percent(rng, loc):
    v = rng.choice([f"{rng.randint(1, 40)}", f"{rng.randint(1, 19)}.{rng.randint(1, 9)}"])
    if loc in ("de_CH", "fr_BE", "es_AR", "it_IT", "pl_PL", "ro_RO", "pt_CV", "es_CU"):
        v = v.replace(".", ",")
        return rng.choice([f"{v} %", f"{v}%"])
    return f"{v}%"


def version(rng, loc):
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(10, 99)}",
                       f"release {rng.randint(2024, 2027)}.{rng.randint(1, 4)}",
                       f"build {rng.randint(1000, 9999)}"])


_ISBN_GROUP = {"en_US": ("0", "1"), "en_GB": ("0", "1"), "de_CH": ("3",), "fr_BE": ("2",),
               "es_AR": ("950", "987"), "it_IT": ("88",), "pl_PL": ("83",), "en_IN": ("81", "93"),
               "ro_RO": ("973", "606"), "pt_CV": ("972", "989"), "es_CU": ("959",),
               "en_GY": ("976",)}


def isbn13_digit(body: str) -> str:
    return str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body)) % 10) % 10)


def isbn(rng, loc):
    group = rng.choice(_ISBN_GROUP[loc])
    pub = _d(rng, rng.choice([2, 3, 4]))
    title = _d(rng, 9 - len(group) - len(pub))
    body = "978" + group + pub + title
    chk = isbn13_digit(body)
    text = f"978-{group}-{pub}-{title}-{chk}"
    return rng.choice([f"ISBN {text}", text])


def isbn_ok(text: str) -> bool:
    d = "".join(c for c in text if c.isdigit())
    return len(d) == 13 and isbn13_digit(d[:12]) == d[12]


def _mod11(body: str, weights) -> int:
    return sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 11


def orgreg(rng, loc):
    while True:
        if loc == "en_US":
            prefix = rng.choice(["12", "20", "27", "45", "46", "81", "84", "95"])
            return f"EIN {prefix}-{_d(rng, 7)}"
        if loc == "en_GB":
            return rng.choice(["Company No. ", "Reg. no. ", "CRN "]) + rng.choice(
                ["0", "1", "SC", "NI"]) + _d(rng, 6 if rng.random() < 0.5 else 7)[:6].rjust(6, "0")
        if loc == "de_CH":
            body = _d(rng, 8)
            r = 11 - _mod11(body, [5, 4, 3, 2, 7, 6, 5, 4])
            if r == 10:
                continue
            v = body + str(0 if r == 11 else r)
            return f"CHE-{v[:3]}.{v[3:6]}.{v[6:]}" + rng.choice(["", " MWST", " HR"])
        if loc == "fr_BE":
            body = rng.choice("0") + rng.choice("4578") + _d(rng, 6)
            v = body + f"{97 - int(body) % 97:02d}"
            cue = rng.choice(["BCE ", "n° d'entreprise ", "TVA BE "])
            return cue + f"{v[:4]}.{v[4:7]}.{v[7:]}"
        if loc == "es_AR":
            body = rng.choice(["30", "33", "30"]) + _d(rng, 8)
            r = 11 - _mod11(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
            if r == 10:
                continue
            return f"CUIT {body[:2]}-{body[2:]}-{0 if r == 11 else r}"
        if loc == "it_IT":
            body = _d(rng, 7) + rng.choice(["001", "015", "037", "058", "063"])
            return rng.choice(["P.IVA ", "Partita IVA ", "P. IVA IT"]) + body + C.luhn_digit(body)
        if loc == "pl_PL":
            if rng.random() < 0.5:
                body = rng.choice("1235789") + _d(rng, 8)
                r = _mod11(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])
                if r == 10:
                    continue
                v = body + str(r)
                return f"NIP {v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"
            body = _d(rng, 8)
            r = _mod11(body, [8, 9, 2, 3, 4, 5, 6, 7])
            return f"REGON {body}{0 if r == 10 else r}"
        if loc == "en_IN":
            return (f"CIN {rng.choice('UL')}{_d(rng, 5)}{rng.choice(['KA', 'MH', 'TN', 'DL'])}"
                    f"{rng.randint(1995, 2022)}{rng.choice(['PTC', 'PLC'])}{_d(rng, 6)}")
        if loc == "ro_RO":
            body = rng.choice("123456789") + _d(rng, rng.choice([6, 7]))
            padded = body.rjust(9, "0")
            r = sum(int(a) * b for a, b in zip(padded, [7, 5, 3, 2, 1, 7, 5, 3, 2],
                                                strict=True)) * 10 % 11
            return rng.choice(["CUI RO", "CIF ", "CUI "]) + body + str(0 if r == 10 else r)
        if loc == "pt_CV":
            body = "2" + _d(rng, 7)
            return "NIF " + body + C.mod11_pt(body)
        if loc == "es_CU":
            return rng.choice(["NIT ", "código REEUP ", "NIT "]) + _d(rng, 11)
        return rng.choice(["Company Reg. C-", "Business Reg. BN-", "Co. No. "]) + _d(rng, 5)


def orgreg_ok(text: str, loc: str) -> bool:
    d = "".join(c for c in text if c.isdigit())
    if loc == "de_CH":
        r = 11 - _mod11(d[:8], [5, 4, 3, 2, 7, 6, 5, 4])
        return (0 if r == 11 else r) == int(d[8])
    if loc == "fr_BE":
        return int(d[8:]) == 97 - int(d[:8]) % 97
    if loc == "es_AR":
        r = 11 - _mod11(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        return (0 if r == 11 else r) == int(d[10])
    if loc == "it_IT":
        return C.luhn_ok(d) and len(d) == 11
    if loc == "pl_PL" and text.startswith("NIP"):
        return _mod11(d[:9], [6, 5, 7, 2, 3, 4, 5, 6, 7]) == int(d[9])
    if loc == "pl_PL":
        r = _mod11(d[:8], [8, 9, 2, 3, 4, 5, 6, 7])
        return (0 if r == 10 else r) == int(d[8])
    if loc == "ro_RO":
        padded = d[:-1].rjust(9, "0")
        r = sum(int(a) * b for a, b in zip(padded, [7, 5, 3, 2, 1, 7, 5, 3, 2],
                                            strict=True)) * 10 % 11
        return (0 if r == 10 else r) == int(d[-1])
    if loc == "pt_CV":
        return C.mod11_pt(d[:8]) == d[8]
    return True


_TAXFORM = {
    "en_US": _w("Form W-4; Form W-2; Form 1099-NEC; Form I-9; Schedule C; Form 941; W-9; "
                "Form 8832"),
    "en_GB": _w("tax code 1257L; tax code BR; tax code K475; P60; P45; P11D; tax code 0T; "
                "tax code S1257L"),
    "de_CH": _w("Lohnausweis Form. 11; Tarif A0N; Tarif C1Y; Formular 4a; Säule 3a; "
                "Quellensteuer-Tarif B2N; BVG-Ausweis; AHV-Formular 318.276"),
    "fr_BE": _w("fiche 281.10; formulaire C4; formulaire C131A; attestation A1; "
                "fiche 281.20; formulaire C3.2; document 274.10; formulaire C78"),
    "es_AR": _w("F.572 SIRADIG; F.649; F.931; F.1357; formulario PS.6.2; "
                "Ganancias 4.ª categoría; F.162; F.2002"),
    "it_IT": _w("CU 2026; modello 730/2026; modello F24; modello 770; Unilav; "
                "modello AA9/12; modello SR163; modello TFR2"),
    "pl_PL": _w("PIT-11; PIT-37; PIT-2; ZUS ZUA; ZUS DRA; ZUS RMUA; PIT-4R; ZUS ZWUA"),
    "en_IN": _w("Form 16; Form 12BB; Form 26AS; ITR-1; Form 11 (EPF); Form 19; Form 10C; "
                "Form 24Q"),
    "ro_RO": _w("D112; D205; formular 230; D100; D300; formular 212; D394; adeverința tip A4"),
    "pt_CV": _w("Modelo 1B do IUR; Modelo 112; declaração Modelo 1A; DUC 2026; Modelo 106; "
                "folha de remunerações M/10; Modelo 2B; Modelo 3"),
    "es_CU": _w("modelo DJ-08; modelo SC-4-08; Resolución 13; modelo DJ-20; "
                "modelo SC-2-05; anexo 3 de la ONAT; Res. 283; modelo DJ-15"),
    "en_GY": _w("Form 2 (Income Tax); Form 7B; PAYE Form 5; NIS CS3; Form G; Form 10; "
                "Form 2A; NIS C3"),
}


def taxform(rng, loc):
    return rng.choice(_TAXFORM[loc])


def ticket(rng, loc):
    return rng.choice([f"HR-{_d(rng, 4)}", f"INC{_d(rng, 7)}", f"CASE-{_d(rng, 5)}",
                       f"SR#{_d(rng, 5)}", f"PAY-{_d(rng, 3)}", f"ONB-{_d(rng, 4)}"])


_GRADE = {
    "en_US": _w("GS-12 step 4; Band L5; grade E7; pay grade 9; GS-9 step 2; Tier 3"),
    "en_GB": _w("Band 6; AfC Band 7; grade SEO; pay point 28; Grade 7; Band 5"),
    "de_CH": _w("Lohnklasse 18; Funktionsstufe 7; Lohnband C; Stufe 12; Lohnklasse 21; Band E"),
    "fr_BE": _w("barème 1.35; échelle A2; classe 3; catégorie D; niveau B1; échelon 14"),
    "es_AR": _w("categoría A2; nivel C; categoría 5 del CCT 130/75; escalafón 14; clase B; "
                "categoría Maestranza C"),
    "it_IT": _w("livello 5 CCNL; 3° livello; quadro Q1; livello B2; categoria D3; livello 6S"),
    "pl_PL": _w("grupa XII; kategoria 9; stopień 3; grupa zaszeregowania V; poziom B2; "
                "kategoria XIV"),
    "en_IN": _w("Grade M3; Band 4A; Level 7 (7th CPC); Grade E2; pay level 10; Band C1"),
    "ro_RO": _w("clasa 42; gradația 3; treapta I; grad profesional superior; clasa 38; nivel 4"),
    "pt_CV": _w("nível 3; escalão B; categoria 12; referência 14; nível IV; escalão 2"),
    "es_CU": _w("grupo escala VIII; grupo XII; categoría técnico medio; grupo IX; escala 6; "
                "grupo XIV"),
    "en_GY": _w("Scale 9; Grade 5; Band D; Scale 12; Level 3; Grade GS-6"),
}


def grade(rng, loc):
    return rng.choice(_GRADE[loc])


_ROOM = {
    "en": _w("Room 4.12; Boardroom B; Conference Room 3; Suite 210; Room 1B; Meeting Room 7"),
    "de": _w("Raum B2.07; Sitzungszimmer 3; Raum 4.11; Zimmer 214; Raum E.03; Saal 2"),
    "fr": _w("salle 2.14; local B107; salle de réunion 3; bureau 4.02; salle A12; local 1.08"),
    "es": _w("sala 3B; oficina 214; sala de reuniones 2; despacho 12; sala A4; piso 3, sala 1"),
    "it": _w("sala 2; aula 3B; stanza 214; sala riunioni 4; ufficio 1.12; sala A"),
    "pl": _w("sala 214; pokój 3.12; sala konferencyjna B; pokój 107; sala 2A; pokój 12"),
    "ro": _w("sala 214; biroul 3.12; sala de ședințe B; camera 107; sala 2A; etaj 3, sala 4"),
    "pt": _w("sala 2; gabinete 14; sala de reuniões B; sala 3A; gabinete 107; sala 1.12"),
}


def room(rng, loc):
    return rng.choice(_ROOM[LANG[loc]])


_BIC = {
    "en_US": _w("CHASUS33; BOFAUS3N; CITIUS33; WFBIUS6S"),
    "en_GB": _w("NWBKGB2L; BARCGB22; LOYDGB2L; HBUKGB4B; MIDLGB22"),
    "de_CH": _w("UBSWCHZH80A; CRESCHZZ80A; ZKBKCHZZ80A; POFICHBEXXX; RAIFCH22"),
    "fr_BE": _w("GEBABEBB; BBRUBEBB; KREDBEBB; GKCCBEBB; BPOTBEB1"),
    "es_AR": _w("NACNARBA; BSUDARBA; BFRPARBA; GABAARBA"),
    "it_IT": _w("BCITITMM; UNCRITMM; BPMOIT22; BAPPIT22; BCITITMMXXX"),
    "pl_PL": _w("BPKOPLPW; PKOPPLPW; INGBPLPW; BREXPLPW; WBKPPLPP"),
    "en_IN": _w("SBININBB; HDFCINBB; ICICINBB; UTIBINBB"),
    "ro_RO": _w("RNCBROBU; BTRLRO22; BRDEROBU; INGBROBU; RZBRROBU"),
    "pt_CV": _w("CGDICVCV; BCATCVCV"),
    "es_CU": _w("BNACCUHH; BPECCUHH"),
    "en_GY": _w("GBTIGYGE; RBGLGYGG"),
}


def bic(rng, loc):
    """Bank codes: BICs, plus ABA routing (US), sort codes (GB), IFSC (IN)."""
    r = rng.random()
    if loc == "en_US" and r < 0.5:
        while True:
            body = rng.choice(["02", "03", "04", "06", "07", "11", "12", "21", "22", "26", "31"])
            body += _d(rng, 6)
            chk = (10 - sum(int(a) * b for a, b in zip(body, [3, 7, 1, 3, 7, 1, 3, 7],
                                                       strict=True)) % 10) % 10
            return f"ABA {body}{chk}"
    if loc == "en_GB" and r < 0.5:
        return f"sort code {rng.randint(10, 99)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if loc == "en_IN" and r < 0.5:
        return f"IFSC {rng.choice(['SBIN', 'HDFC', 'ICIC', 'UTIB', 'KKBK'])}0{_d(rng, 6)}"
    return rng.choice(["BIC ", "SWIFT ", ""]) + rng.choice(_BIC[loc])


_COMPANY = {
    "en_US": _w("Johnson & Johnson; Procter & Gamble; Ben & Jerry's; Wells Fargo; Dell; "
                "Ford; Walt Disney; Goldman Sachs; Morgan Stanley; Hewlett Packard"),
    "en_GB": _w("Marks & Spencer; Sainsbury's; Boots; John Lewis; Morrisons; Greggs; "
                "Barclays; Lloyds; Rolls-Royce; Dyson"),
    "de_CH": _w("Migros; Nestlé; Lindt & Sprüngli; Hoffmann-La Roche; Victorinox; Schindler; "
                "Ricola; Sulzer; Emmi; Kuoni"),
    "fr_BE": _w("Delhaize; Solvay; Colruyt; Lotus Bakeries; Godiva; Côte d'Or; Neuhaus; "
                "Brantano; Leonidas; Galler"),
    "es_AR": _w("Mercado Libre; Arcor; Techint; Bagley; Havanna; Quilmes; Garbarino; Sancor; "
                "Molinos Río de la Plata; Grimoldi"),
    "it_IT": _w("Ferrero; Barilla; Luxottica; Benetton; Lavazza; Pirelli; Ferragamo; "
                "Olivetti; Fiat; Armani"),
    "pl_PL": _w("Orlen; Biedronka; Żabka; Wedel; Inglot; Allegro; Comarch; Wittchen; "
                "Solaris; Kruk"),
    "en_IN": _w("Tata Consultancy Services; Infosys; Wipro; Mahindra; Godrej; Bajaj; "
                "Larsen & Toubro; Birla; Hindustan Unilever; Reliance"),
    "ro_RO": _w("Dacia; Dedeman; Altex; eMAG; Farmacia Tei; Ursus; Rompetrol; Bitdefender; "
                "Petrom; Mega Image"),
    "pt_CV": _w("CV Telecom; Unitel T+; Electra; Enacol; Binter; Moave; Emprofac; "
                "Caixa Económica; Garantia; Cabnave"),
    "es_CU": _w("Havana Club; Cubana de Aviación; ETECSA; Cohiba; Gaviota; Cimex; "
                "Cubanacán; Habanos; Bucanero; Tiendas Caribe"),
    "en_GY": _w("Banks DIH; Demerara Distillers; Guyana Goldfields; GTT; Digicel; "
                "Massy Stores; Ansa McAl; Courts; Republic Bank; Bounty"),
}


def company(rng, loc):
    return rng.choice(_COMPANY[loc])


_LAW = {
    "en_US": _w("29 U.S.C. § 207; FLSA section 7; Title VII; FMLA § 825.110; 26 U.S.C. 401; "
                "COBRA"),
    "en_GB": _w("Employment Rights Act 1996 s. 86; TUPE 2006; Equality Act 2010; "
                "Working Time Regulations 1998; ERA 1996 s. 1; Pensions Act 2008"),
    "de_CH": _w("Art. 335c OR; Art. 336 OR; ArG Art. 9; Art. 329d OR; BVG Art. 7; "
                "Art. 321c OR"),
    "fr_BE": _w("loi du 3 juillet 1978; CCT n° 109; art. 37/2 de la loi; CCT n° 90; "
                "loi du 16 mars 1971; arrêté royal du 28 novembre 1969"),
    "es_AR": _w("Ley 20.744; art. 245 LCT; Ley 27.555; Ley 24.013; art. 232 LCT; CCT 130/75"),
    "it_IT": _w("art. 2103 c.c.; art. 18 L. 300/1970; D.Lgs. 81/2015; art. 2120 c.c.; "
                "L. 104/1992; D.Lgs. 66/2003"),
    "pl_PL": _w("art. 30 Kodeksu pracy; art. 36 § 1 k.p.; art. 97 KP; art. 154 k.p.; "
                "Dz.U. 2023 poz. 1465; art. 22 § 1 KP"),
    "en_IN": _w("Payment of Gratuity Act, 1972; Section 80C; Section 192; EPF Act 1952; "
                "Shops and Establishments Act; Maternity Benefit Act, 1961"),
    "ro_RO": _w("art. 55 din Codul muncii; Legea 53/2003; art. 81 CM; HG 905/2017; "
                "Legea 227/2015; art. 145 din Codul muncii"),
    "pt_CV": _w("Código Laboral, art. 214; Decreto-Legislativo n.º 5/2007; art. 183.º CL; "
                "Lei n.º 78/VIII/2014; art. 52.º do Código Laboral; Decreto-Lei 5/2004"),
    "es_CU": _w("Ley 116 Código de Trabajo; artículo 78 del Código; Decreto 326; Ley 105; "
                "Resolución 26/2021; artículo 114"),
    "en_GY": _w("Labour Act Cap. 98:01; Termination of Employment Act; NIS Act Cap. 36:01; "
                "Income Tax Act Cap. 81:01; Prevention of Discrimination Act 1997; "
                "Leave with Pay Act"),
}


def law(rng, loc):
    return rng.choice(_LAW[loc])


def hours(rng, loc):
    h = rng.choice([20, 24, 30, 32, 35, 37.5, 38, 40, 42, 42.5, 44, 45])
    hs = str(h) if loc in ("en_US", "en_GB", "en_IN", "en_GY") else str(h).replace(".", ",")
    days = rng.choice([20, 21, 22, 24, 25, 26, 28, 30])
    return {
        "en": rng.choice([f"{hs} hours a week", f"{hs} h/week", f"{days} days' leave"]),
        "de": rng.choice([f"{hs} Std./Woche", f"{hs}-Stunden-Woche", f"{days} Ferientage"]),
        "fr": rng.choice([f"{hs} h/semaine", f"{hs} heures par semaine",
                          f"{days} jours de congé"]),
        "es": rng.choice([f"{hs} h semanales", f"{hs} horas por semana",
                          f"{days} días de vacaciones"]),
        "it": rng.choice([f"{hs} ore settimanali", f"{hs} h/settimana", f"{days} giorni di ferie"]),
        "pl": rng.choice([f"{hs} h tygodniowo", f"{hs} godzin w tygodniu", f"{days} dni urlopu"]),
        "ro": rng.choice([f"{hs} ore pe săptămână", f"{hs} h/săpt.",
                          f"{days} zile de concediu"]),
        "pt": rng.choice([f"{hs} horas semanais", f"{hs} h/semana", f"{days} dias de férias"]),
    }[LANG[loc]]


# Names used as ordinary words (each word is a given name or surname in this set's pools).
_NAMEWORD = {
    "en": _w("a grace period; in good faith; we hope so; headhunter fees; the price band; "
             "staff car park; young talent; a stone's throw; the summer intake; king-size desk"),
    "de": _w("im Ernst; im Sommer; den Vogel abgeschossen; frei verfügbar; der Locher klemmt; "
             "ein Graf im Märchen; sommerliche Arbeitszeiten"),
    "fr": _w("la prime de Noël; une vieille maxime; dès l'aurore; rusé comme un renard; "
             "la vie en rose; l'olivier du patio; le congé de Noël"),
    "es": _w("luz verde; paz social; tomar sol; un pilar del equipo; una victoria rápida; "
             "la Cruz Roja; luna de miel; campos obligatorios"),
    "it": _w("fiore all'occhiello; in testa alla classifica; effetto serra; con gioia; "
             "la rosa dei finalisti; lavorare in pace; la parte del leone"),
    "pl": _w("nocna sowa; chytry lis; wilk w owczej skórze; czarny kruk; uparty baran; "
             "lis w kurniku"),
    "ro": _w("prima de Crăciun; câmp de floarea-soarelui; o doină veche; bradul de Crăciun; "
             "petrecerea de Crăciun"),
    "pt": _w("pontos fortes; com esperança; Domingo de Ramos; correia de transmissão; "
             "café com leite; sem glória"),
}


def nameword(rng, loc):
    return rng.choice(_NAMEWORD[LANG[loc]])


LANG = {"en_US": "en", "en_GB": "en", "de_CH": "de", "fr_BE": "fr", "es_AR": "es",
        "it_IT": "it", "pl_PL": "pl", "en_IN": "en", "ro_RO": "ro", "pt_CV": "pt",
        "es_CU": "es", "en_GY": "en"}

MAKERS = {"order": order, "salary": salary, "date": date, "time": time, "percent": percent,
          "version": version, "isbn": isbn, "orgreg": orgreg, "taxform": taxform,
          "ticket": ticket, "grade": grade, "room": room, "bic": bic, "company": company,
          "law": law, "hours": hours, "nameword": nameword}


def look_ok(kind: str, text: str, loc: str) -> bool:
    """Re-check look-alikes that carry a check digit or are meant to fail one."""
    if kind == "isbn":
        return isbn_ok(text)
    if kind == "orgreg":
        return orgreg_ok(text, loc)
    if kind == "bic" and text.startswith("ABA "):
        return C.aba_ok(text[4:])
    if kind == "order" and len("".join(c for c in text if c.isdigit())) == 16:
        return not C.luhn_ok(text)
    return bool(text)
