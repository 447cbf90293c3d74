"""Forty-fourth set: look-alikes (strings that must survive), written by hand per locale; those
with a public check (ABN, SIREN, CIF, partita IVA, CNPJ, ISBN-13, Brazilian CNJ case number)
are computed and re-checked."""

from __future__ import annotations

import re

LOOK_KINDS = ["casenum", "statute", "fee", "date", "time", "orgreg", "isbn", "fileref",
              "courtroom", "bic", "casename", "nameword", "percent", "formno"]
LANG = {"en_US": "en", "en_AU": "en", "en_IE": "en", "en_BZ": "en", "de_DE": "de",
        "fr_FR": "fr", "fr_TG": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl",
        "pt_BR": "pt", "pt_ST": "pt"}


def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- checked registers
def abn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 11:
        return False
    d[0] -= 1
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    return sum(a * b for a, b in zip(d, w, strict=True)) % 89 == 0


def make_abn(rng) -> str:
    while True:
        d = str(rng.randrange(1, 10)) + _d(rng, 10)
        if abn_ok(d):
            return f"ABN {d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def make_siren(rng) -> str:
    while True:
        d = str(rng.randrange(3, 9)) + _d(rng, 8)
        if luhn_ok(d):
            town = rng.choice(["Paris", "Lyon", "Nantes", "Bordeaux", "Lille"])
            return f"RCS {town} {d[:3]} {d[3:6]} {d[6:]}"


CIF_LETTERS = "JABCDEFGHI"


def cif_control(body7: str) -> tuple[int, str]:
    even = sum(int(c) for c in body7[1::2])
    odd = 0
    for c in body7[0::2]:
        v = int(c) * 2
        odd += v // 10 + v % 10
    digit = (10 - (even + odd) % 10) % 10
    return digit, CIF_LETTERS[digit]


def cif_ok(s: str) -> bool:
    m = re.fullmatch(r"CIF ([ABCDEFGHJNPQRSUVW])-?(\d{7})([0-9A-J])", s)
    if not m:
        return False
    digit, letter = cif_control(m.group(2))
    if m.group(1) in "PQRSNW":
        return m.group(3) == letter
    if m.group(1) in "ABEH":
        return m.group(3) == str(digit)
    return m.group(3) in (str(digit), letter)


def make_cif(rng) -> str:
    first = rng.choice("ABBBBEGHJ")
    body = _d(rng, 7)
    digit, _ = cif_control(body)
    return f"CIF {first}{body}{digit}"


def piva_ok(s: str) -> bool:
    d = s.replace("P.IVA ", "").replace("P. IVA ", "")
    if not (len(d) == 11 and d.isdigit()):
        return False
    return luhn_ok(d)


def make_piva(rng) -> str:
    while True:
        d = _d(rng, 7) + rng.choice(["001", "015", "058", "063", "037"]) + _d(rng, 1)
        if luhn_ok(d):
            return f"P.IVA {d}"


def cnpj_digits(d12: str) -> str:
    s = d12
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
        s += "0" if r < 2 else str(11 - r)
    return s


def cnpj_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 14 and cnpj_digits(d[:12]) == d


def make_cnpj(rng) -> str:
    d = cnpj_digits(_d(rng, 8) + "0001")
    return f"CNPJ {d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


def isbn13_ok(s: str) -> bool:
    d = re.sub(r"[^\d]", "", s.replace("ISBN", ""))
    return len(d) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3)
                                for i, c in enumerate(d)) % 10 == 0


ISBN_GROUP = {"en_US": ["0", "1"], "en_AU": ["0", "1"], "en_IE": ["1", "0"], "en_BZ": ["0"],
              "de_DE": ["3"], "fr_FR": ["2"], "fr_TG": ["2"], "es_ES": ["84"],
              "it_IT": ["88"], "nl_NL": ["90", "94"], "pt_BR": ["85", "65"],
              "pt_ST": ["972", "989"]}


def make_isbn(rng, locale: str) -> str:
    group = rng.choice(ISBN_GROUP[locale])
    pub = _d(rng, 3 if len(group) < 3 else 2)
    title = _d(rng, 12 - 3 - len(group) - len(pub))
    body = "978" + group + pub + title
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"ISBN 978-{group}-{pub}-{title}-{check}"


def cnj_ok(s: str) -> bool:
    m = re.search(r"(\d{7})-(\d{2})\.(\d{4})\.(\d)\.(\d{2})\.(\d{4})", s)
    if not m:
        return False
    n, dd, a, j, tr, o = m.groups()
    return 98 - int(n + a + j + tr + o + "00") % 97 == int(dd)


def make_cnj(rng) -> str:
    n, a = _d(rng, 7), str(rng.randrange(2015, 2026))
    j, tr = "8", rng.choice(["26", "19", "13", "05", "16"])
    o = f"{rng.randrange(1, 700):04d}"
    dd = 98 - int(n + a + j + tr + o + "00") % 97
    return f"Processo nº {n}-{dd:02d}.{a}.{j}.{tr}.{o}"


CHECKED = {"ABN ": abn_ok, "RCS ": lambda s: luhn_ok(re.sub(r"\D", "", s)), "CIF ": cif_ok,
           "P.IVA ": piva_ok, "CNPJ ": cnpj_ok, "ISBN ": isbn13_ok, "Processo nº ": cnj_ok}


def look_check(value: str) -> bool:
    """True when a look-alike carrying a public check passes it (others: True)."""
    for head, check in CHECKED.items():
        if value.startswith(head):
            return check(value)
    return True


# ---------------------------------------------------------------- hand-written lists
CASENAMES = {
    "en_US": ["Miranda v. Arizona", "Gideon v. Wainwright", "Marbury v. Madison",
              "Brown v. Board of Education", "Loving v. Virginia", "Obergefell v. Hodges"],
    "en_AU": ["Mabo v Queensland", "Donoghue v Stevenson", "the Tasmanian Dam case",
              "Wik Peoples v Queensland", "the High Court of Australia", "Dietrich v The Queen"],
    "en_IE": ["Donoghue v Stevenson", "McGee v Attorney General", "the Four Courts",
              "Crotty v An Taoiseach", "the Residential Tenancies Board", "Byrne v Ireland"],
    "en_BZ": ["the Caribbean Court of Justice", "Maya Leaders Alliance v Attorney General",
              "the Privy Council", "Donoghue v Stevenson", "the Belize Supreme Court",
              "Salomon v Salomon"],
    "de_DE": ["Lüth-Urteil", "Bundesgerichtshof", "Bundesverfassungsgericht",
              "Solange-Beschluss", "Elfes-Urteil", "Kammergericht"],
    "fr_FR": ["arrêt Blanco", "Cour de cassation", "arrêt Jand'heur", "Conseil d'État",
              "arrêt Perruche", "arrêt Nicolo"],
    "fr_TG": ["Cour suprême du Togo", "CCJA d'Abidjan", "Acte uniforme OHADA",
              "Cour de cassation", "arrêt Blanco", "Cour d'appel de Lomé"],
    "es_ES": ["Tribunal Supremo", "caso Aziz", "Audiencia Nacional", "Tribunal Constitucional",
              "caso Mohamed Aziz", "Juzgado de Primera Instancia"],
    "it_IT": ["Corte di Cassazione", "sentenza Francovich", "Consiglio di Stato",
              "Corte costituzionale", "caso Costa contro ENEL", "Tribunale di Milano"],
    "nl_NL": ["Hoge Raad", "Lindenbaum/Cohen-arrest", "Haviltex-arrest",
              "Raad van State", "Urgenda-zaak", "Centrale Raad van Beroep"],
    "pt_BR": ["Supremo Tribunal Federal", "Superior Tribunal de Justiça", "Lei Maria da Penha",
              "Tribunal de Justiça de São Paulo", "Súmula Vinculante 11", "Lei do Inquilinato"],
    "pt_ST": ["Supremo Tribunal de Justiça", "Tribunal Constitucional",
              "Tribunal Judicial da Região Autónoma do Príncipe", "Código de Processo Civil",
              "Ordem dos Advogados", "Tribunal de Primeira Instância"],
}
NAMEWORDS = {
    "en": ["a grace period", "hope for a settlement", "the summer list", "a fair hearing",
           "the rose garden", "the earl grey in the kitchen", "the bishop of the diocese",
           "a stone wall", "in the autumn sittings", "amber warning", "the hunter's moon",
           "a misty morning", "a young tenant", "the bond is in"],
    "de": ["im Ernst", "der Vogel ist ausgeflogen", "im Winter", "beim Bauer um die Ecke",
           "schlau wie ein Fuchs", "Klage mit Köpfchen", "Vogel friss oder stirb",
           "ein frommer Wunsch", "die Lange Nacht der Kanzleien", "der Kluge gibt nach"],
    "fr": ["la marine marchande", "aux aurores", "le palais de justice", "la rose des vents",
           "un bon juge", "le noël du cabinet", "pâques au tribunal", "la fontaine du hall",
           "le garnier de la cour", "un vrai olivier"],
    "es": ["con esperanza", "en soledad", "luz verde", "paz social", "los dolores de cabeza",
           "mucho consuelo", "vino blanco", "un buen pilar", "la paloma de la paz",
           "el rocío de la mañana"],
    "it": ["con gioia", "in serena attesa", "una testa dura", "la villa comunale",
           "grazie mille", "con fortuna", "il leone di San Marco", "la vittoria in appello",
           "un greco antico", "la chiara evidenza"],
    "nl": ["de roos in de tuin", "een kok in de kantine", "de prins op het witte paard",
           "de bakker op de hoek", "het zwart op wit", "een koster in de kerk",
           "de visser aan de kade", "een blom in de vaas", "het noorden kwijt", "de smit erbij"],
    "pt": ["sinal de luz", "a glória do acordo", "uma rocha firme", "o pinto no quintal",
           "o coelho da páscoa", "de graça", "um leal parceiro", "a seca do verão",
           "o neto da vizinha", "um dia de campos"],
}
BICS = {
    "en_US": ["BOFAUS3N", "CHASUS33", "CITIUS33", "WFBIUS6S"],
    "en_AU": ["CTBAAU2S", "NATAAU3303M", "WPACAU2S", "ANZBAU3M"],
    "en_IE": ["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"],
    "en_BZ": ["BBZLBZBZ", "ATBKBZBZ", "HSBCGB2L", "CITIUS33"],
    "de_DE": ["DEUTDEFF", "COBADEFFXXX", "GENODEF1M04", "SSKMDEMMXXX"],
    "fr_FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP"],
    "fr_TG": ["ECOCTGTG", "BSAHTGTG", "ORBKTGTG", "BNPAFRPP"],
    "es_ES": ["CAIXESBBXXX", "BSCHESMM", "BBVAESMM", "SABBESBB"],
    "it_IT": ["BCITITMM", "UNCRITMM", "BPMOIT22", "PASCITMM"],
    "nl_NL": ["INGBNL2A", "ABNANL2A", "RABONL2U", "TRIONL2U"],
    "pt_BR": ["BRASBRRJ", "ITAUBRSP", "BRADBRSP", "CEFXBRSP"],
    "pt_ST": ["BISTSTST", "ECOCSTST", "AFBASTST", "CGDIPTPL"],
}
FORMNOS = {
    "en_US": ["Form I-130", "Form I-485", "DS-160", "Form I-765", "Form N-400", "Form 1040"],
    "en_AU": ["Form 80", "subclass 482", "subclass 820", "Form 1229", "subclass 500",
              "Form 956"],
    "en_IE": ["Form AP1", "Stamp 4", "Form RTB 1", "Form 11", "Stamp 1G", "Form CT1"],
    "en_BZ": ["Form 7", "Form N1", "Form 42", "Form A", "Form 12", "Form 3"],
    "de_DE": ["Formular ZP 1", "Anlage V", "Vordruck AR 13", "Formular VV 1",
              "Anlage KAP", "Formblatt 11"],
    "fr_FR": ["Cerfa n° 15692*01", "Cerfa n° 12100*03", "Cerfa n° 16041*01",
              "formulaire 2042", "Cerfa n° 11527*03", "Cerfa n° 13955*03"],
    "fr_TG": ["formulaire A1", "formulaire 204", "imprimé n° 12", "formulaire B3",
              "imprimé n° 7", "formulaire C2"],
    "es_ES": ["Modelo 790 código 012", "Modelo EX-15", "Modelo EX-17", "Modelo 100",
              "Modelo 600", "Modelo EX-10"],
    "it_IT": ["Mod. F23", "Mod. F24", "Mod. 730", "Mod. 209", "Mod. 69", "Mod. RLI"],
    "nl_NL": ["formulier M35-H", "formulier 7517", "formulier 7113", "formulier M14",
              "formulier 7524", "formulier 3025"],
    "pt_BR": ["Formulário 1.049", "Anexo III", "Modelo 20", "Formulário DS-160",
              "Modelo 5", "Anexo IV"],
    "pt_ST": ["Modelo 10", "Formulário 3", "Modelo 22", "Anexo B", "Formulário 7",
              "Modelo 4"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}
ROOMS = {"en": ["Courtroom {n}", "Court {n}", "Hearing room {n}", "Level {n}, Room {m}"],
         "de": ["Saal {n}", "Sitzungssaal {n}", "Raum {m}", "Zimmer {m}"],
         "fr": ["salle {n}", "salle d'audience {n}", "bureau {m}", "chambre {n}"],
         "es": ["Sala {n}", "sala de vistas {n}", "despacho {m}", "planta {n}"],
         "it": ["aula {n}", "aula udienze {n}", "stanza {m}", "piano {n}"],
         "nl": ["zaal {n}", "zittingszaal {n}", "kamer {m}", "verdieping {n}"],
         "pt": ["sala {n}", "sala de audiências {n}", "vara {n}", "gabinete {m}"]}
FILEREF = {"en": ["Our ref: {a}/{y}/{n}", "Your ref {a}-{n}", "File {a}{n}", "Matter {y}-{n}"],
           "de": ["Unser Zeichen: {a}/{y}/{n}", "Ihr Zeichen {a}-{n}", "Akte {n}/{y}"],
           "fr": ["Réf. : {a}/{y}/{n}", "Notre réf. {a}-{n}", "Dossier {n}/{y}"],
           "es": ["Ref.: {a}/{y}/{n}", "Nuestra ref. {a}-{n}", "Expte. {n}/{y}"],
           "it": ["Rif.: {a}/{y}/{n}", "Ns. rif. {a}-{n}", "Pratica {n}/{y}"],
           "nl": ["Ons kenmerk: {a}/{y}/{n}", "Uw kenmerk {a}-{n}", "Dossier {n}/{y}"],
           "pt": ["Ref.: {a}/{y}/{n}", "Nossa ref. {a}-{n}", "Pasta {n}/{y}"]}


def _date(rng, locale: str) -> str:
    lang = LANG[locale]
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2024, 2027)
    name = MONTHS[lang][m - 1]
    style = rng.randrange(3)
    if locale == "en_US":
        return [f"{m}/{d}/{y}", f"{name} {d}, {y}", f"{y}-{m:02d}-{d:02d}"][style]
    if lang == "en":
        return [f"{d}/{m:02d}/{y}", f"{d} {name} {y}", f"{d:02d}.{m:02d}.{y}"][style]
    if lang == "de":
        return [f"{d:02d}.{m:02d}.{y}", f"{d}. {name} {y}", f"{y}-{m:02d}-{d:02d}"][style]
    if lang == "nl":
        return [f"{d}-{m}-{y}", f"{d} {name} {y}", f"{d:02d}-{m:02d}-{y}"][style]
    de = " de " if lang in ("es", "pt") else " "
    return [f"{d:02d}/{m:02d}/{y}", f"{d}{de}{name}{de}{y}", f"{d}/{m}/{y}"][style]


def _time(rng, locale: str) -> str:
    lang = LANG[locale]
    h, mi = rng.randrange(8, 18), rng.choice([0, 15, 30, 45])
    if lang == "en":
        if locale == "en_US" or rng.random() < 0.5:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        return f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr"])
    if lang == "fr":
        return f"{h}h{mi:02d}" if mi else f"{h} h"
    if lang == "nl":
        return f"{h}.{mi:02d} uur"
    if lang == "it":
        return f"ore {h}:{mi:02d}"
    if lang == "pt":
        return f"às {h}h{mi:02d}" if mi else f"às {h}h"
    return f"a las {h}:{mi:02d}"


def _fee(rng, locale: str) -> str:
    a = rng.randrange(80, 9000)
    c = rng.choice(["00", "50", "00", "99"])
    big = f"{a:,}"
    if locale in ("en_US",):
        return f"${big}.{c}"
    if locale == "en_AU":
        return f"A${big}"
    if locale == "en_IE":
        return f"€{big}.{c}"
    if locale == "en_BZ":
        return f"BZ${big}.{c}"
    dot = big.replace(",", ".")
    if locale == "de_DE":
        return f"{dot},{c} €"
    if locale == "fr_FR":
        return f"{big.replace(',', ' ')},{c} €"
    if locale == "fr_TG":
        return f"{a * 100:,} FCFA".replace(",", " ")
    if locale == "es_ES":
        return f"{dot} €"
    if locale == "it_IT":
        return f"€ {dot},{c}"
    if locale == "nl_NL":
        return f"€ {dot},-"
    if locale == "pt_BR":
        return f"R$ {dot},{c}"
    return f"{dot} dobras"


def _percent(rng, locale: str) -> str:
    v = rng.choice(["2.5", "3", "4.25", "5", "8", "10", "12.5", "1.75", "0.5", "15"])
    lang = LANG[locale]
    if lang != "en":
        v = v.replace(".", ",")
    if lang in ("de", "fr", "nl") or locale == "pt_ST":
        return f"{v} %"
    return f"{v}%"


def _casenum(rng, locale: str) -> str:
    y, yy = rng.randrange(2019, 2027), rng.randrange(19, 27)
    n = rng.randrange(100, 999)
    if locale == "en_US":
        return rng.choice([f"Case No. {rng.randrange(1, 4)}:{yy}-cv-{_d(rng, 5)}",
                           f"Index No. L&T {_d(rng, 5)}/{yy}"])
    if locale == "en_AU":
        return rng.choice([f"VCAT R{y}/{_d(rng, 5)}/00", f"NCAT file {yy}/{_d(rng, 5)}"])
    if locale == "en_IE":
        return rng.choice([f"Record No. {y}/{n}P", f"RTB case TR{_d(rng, 4)}-{_d(rng, 6)}"])
    if locale == "en_BZ":
        return f"Claim No. {n} of {y}"
    if locale == "de_DE":
        return rng.choice([f"Az. {rng.randrange(1, 40)} C {n}/{yy}",
                           f"Az. VIII ZR {n}/{yy}", f"Az. {rng.randrange(2, 30)} O {n}/{yy}"])
    if locale == "fr_FR":
        return rng.choice([f"RG n° {yy}/{_d(rng, 5)}", f"pourvoi n° {yy}-{_d(rng, 2)}.{n}"])
    if locale == "fr_TG":
        return f"RG n° {n}/{y}"
    if locale == "es_ES":
        return rng.choice([f"Procedimiento {n}/{y}", f"autos n.º {_d(rng, 4)}/{y}"])
    if locale == "it_IT":
        return f"R.G. n. {_d(rng, 4)}/{y}"
    if locale == "nl_NL":
        return rng.choice([f"zaaknummer C/13/{_d(rng, 6)}", f"ECLI:NL:HR:{y}:{n}"])
    if locale == "pt_BR":
        return make_cnj(rng)
    return f"Processo n.º {n}/{y}"


def _statute(rng, locale: str) -> str:
    n = rng.randrange(2, 400)
    opts = {
        "en_US": [f"42 U.S.C. § {rng.randrange(1981, 1989)}",
                  f"8 U.S.C. § {rng.randrange(1101, 1400)}"],
        "en_AU": [f"s {n} of the Residential Tenancies Act 1997 (Vic)",
                  f"s {n} Migration Act 1958"],
        "en_IE": [f"section {n} of the Residential Tenancies Act 2004", f"s. {n} Courts Act"],
        "en_BZ": [f"section {n} of the Landlord and Tenant Act", f"s. {n} Immigration Act"],
        "de_DE": [f"§ {rng.randrange(535, 580)} BGB", f"§ {n} ZPO", f"§ {n} AufenthG"],
        "fr_FR": [f"article {rng.randrange(1100, 2300)} du Code civil", f"art. {n} du CPC"],
        "fr_TG": [f"article {n} du Code des personnes et de la famille",
                  f"art. {n} de l'Acte uniforme OHADA"],
        "es_ES": [f"artículo {n} LEC", f"art. {rng.randrange(1, 40)} de la LAU"],
        "it_IT": [f"art. {rng.randrange(1100, 2900)} c.c.", f"art. {n} c.p.c."],
        "nl_NL": [f"artikel 7:{rng.randrange(200, 310)} BW", f"artikel {n} Rv"],
        "pt_BR": [f"art. {n} do Código Civil", f"art. {rng.randrange(1, 90)} da Lei 8.245/91"],
        "pt_ST": [f"artigo {n}.º do Código Civil", f"art. {n}.º do CPC"],
    }  # fmt: skip
    return rng.choice(opts[locale])


def _orgreg(rng, locale: str) -> str:
    if locale == "en_US":
        return f"EIN {rng.randrange(10, 99)}-{_d(rng, 7)}"
    if locale == "en_AU":
        return make_abn(rng)
    if locale == "en_IE":
        return f"CRO {rng.randrange(100000, 799999)}"
    if locale == "en_BZ":
        return f"IBC No. {rng.randrange(10000, 199999)}"
    if locale == "de_DE":
        return f"HRB {rng.randrange(1000, 250000)} {rng.choice(['B', 'HH', 'M', 'K'])}"
    if locale == "fr_FR":
        return make_siren(rng)
    if locale == "fr_TG":
        return f"RCCM TG-LOM {rng.randrange(2005, 2026)} B {rng.randrange(100, 9999)}"
    if locale == "es_ES":
        return make_cif(rng)
    if locale == "it_IT":
        return make_piva(rng)
    if locale == "nl_NL":
        return f"KvK {rng.randrange(10000000, 99999999)}"
    if locale == "pt_BR":
        return make_cnpj(rng)
    return f"NIF empresa 5{_d(rng, 8)}"


def make_look(rng, locale: str, kind: str) -> str:
    lang = LANG[locale]
    if kind == "casenum":
        return _casenum(rng, locale)
    if kind == "statute":
        return _statute(rng, locale)
    if kind == "fee":
        return _fee(rng, locale)
    if kind == "date":
        return _date(rng, locale)
    if kind == "time":
        return _time(rng, locale)
    if kind == "orgreg":
        return _orgreg(rng, locale)
    if kind == "isbn":
        return make_isbn(rng, locale)
    if kind == "fileref":
        a = rng.choice(["JS", "MK", "AB", "LT", "RV", "CD", "PN", "EW"])
        return rng.choice(FILEREF[lang]).format(a=a, y=rng.randrange(2020, 2027),
                                                n=rng.randrange(10, 999))
    if kind == "courtroom":
        return rng.choice(ROOMS[lang]).format(n=rng.randrange(1, 19), m=rng.randrange(101, 420))
    if kind == "bic":
        return rng.choice(BICS[locale])
    if kind == "casename":
        return rng.choice(CASENAMES[locale])
    if kind == "nameword":
        return rng.choice(NAMEWORDS[lang])
    if kind == "percent":
        return _percent(rng, locale)
    return rng.choice(FORMNOS[locale])
