"""Thirty-sixth set: look-alikes (strings that must survive verbatim), with their checks."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets.thirtysixth_ids import (
    _mst_check,
    _rif_check,
    aba,
    luhn_complete,
    luhn_ok,
    mst,
    rif,
)

LOOK_KINDS = ["order", "price", "date", "time", "version", "isbn", "grade", "course", "room",
              "orgreg", "ticket", "bankcode", "eponym", "nameword", "class"]


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---- checks --------------------------------------------------------------------------------
def isbn13_ok(v: str) -> bool:
    s = v.replace("-", "")
    if not re.fullmatch(r"97[89]\d{10}", s):
        return False
    return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10 == 0


def _cnpj_dv(body: str) -> str:
    w = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2][13 - len(body):]
    r = sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11
    return "0" if r < 2 else str(11 - r)


def cnpj_ok(v: str) -> bool:
    s = re.sub(r"\D", "", v)
    return len(s) == 14 and _cnpj_dv(s[:12]) == s[12] and _cnpj_dv(s[:13]) == s[13]


def _cif_control(body7: str) -> int:
    even = sum(int(c) for c in body7[1::2])
    odd = sum(sum(divmod(int(c) * 2, 10)) for c in body7[0::2])
    return (10 - (even + odd) % 10) % 10


def cif_ok(v: str) -> bool:
    m = re.fullmatch(r"([ABCDEFGHJUV])(\d{7})(\d)", v.replace("-", ""))
    return bool(m) and _cif_control(m.group(2)) == int(m.group(3))


def nipc_ok(v: str) -> bool:
    from trainer_dev.redaction_sets.thirtysixth_ids import nif_pt_ok

    return nif_pt_ok(v.replace(" ", ""), first="5")


def siren_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return len(s) in (9, 14) and s.isdigit() and luhn_ok(s[:9]) and (len(s) == 9 or luhn_ok(s))


ORGREG_OK = {
    "ein": lambda v: re.fullmatch(r"(0[1-6]|[1-9]\d)-\d{7}", v.split()[-1]) is not None,
    "ch": lambda v: re.fullmatch(r"(\d{8}|SC\d{6})", v.split()[-1]) is not None,
    "hrb": lambda v: re.fullmatch(r"HRB \d{5,6}( B)?", v) is not None,
    "siren": lambda v: siren_ok(re.sub(r"^\D+", "", v)),
    "cif": lambda v: cif_ok(v.split()[-1]),
    "cnpj": lambda v: cnpj_ok(v.split()[-1]),
    "cin": lambda v: re.fullmatch(r"U\d{5}[A-Z]{2}\d{4}PTC\d{6}", v.split()[-1]) is not None,
    "nipc": lambda v: nipc_ok(v.split()[-1]),
    "mst_co": lambda v: _mst_check(v.split()[-1][:9]) == int(v.split()[-1][9]),
    "rif_j": lambda v: (m := re.fullmatch(r"J-(\d{8})-(\d)", v.split()[-1])) is not None and
    _rif_check("J", m.group(1)) == m.group(2),
    "zw_co": lambda v: re.fullmatch(r"\d{3,5}/(19|20)\d{2}", v.split()[-1]) is not None,
    "dz_rc": lambda v: re.fullmatch(r"\d{2}/00-\d{7} B \d{2}", v.split(": ")[-1]) is not None,
}


# ---- generators ----------------------------------------------------------------------------
_ISBN_GROUP = {"en_US": ["0", "1"], "en_GB": ["0", "1"], "en_ZW": ["0", "1"], "en_IN": ["81", "93"],
               "de_DE": ["3"], "fr_FR": ["2"], "fr_DZ": ["2", "9947"], "es_ES": ["84"],
               "es_VE": ["980"], "pt_BR": ["85", "65"], "pt_PT": ["972", "989"],
               "vi_VN": ["604"]}


def isbn(rng, locale: str) -> str:
    g = rng.choice(_ISBN_GROUP[locale])
    pub_len = rng.choice([2, 3, 4])
    rest = 9 - len(g)
    pub, title = _d(rng, pub_len), _d(rng, rest - pub_len)
    body = "978" + g + pub + title
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"978-{g}-{pub}-{title}-{check}"


def _orgreg(rng, locale: str) -> tuple[str, str]:
    if locale == "en_US":
        return "ein", f"EIN {rng.choice(['04', '13', '26', '36', '47', '52', '74', '94'])}-" \
            + _d(rng, 7)
    if locale == "en_GB":
        num = rng.choice(["0", "1"]) + _d(rng, 7) if rng.random() < 0.7 else "SC" + _d(rng, 6)
        return "ch", "Company No. " + num
    if locale == "de_DE":
        return "hrb", f"HRB {rng.randint(10000, 299999)}" + (" B" if rng.random() < 0.3 else "")
    if locale in ("fr_FR",):
        s = luhn_complete(rng.choice("3456789") + _d(rng, 7))
        if rng.random() < 0.5:
            return "siren", f"SIREN {s[:3]} {s[3:6]} {s[6:]}"
        siret = luhn_complete(s + _d(rng, 4))
        return "siren", f"SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
    if locale == "es_ES":
        b = _d(rng, 7)
        return "cif", f"CIF {rng.choice('ABGV')}{b}{_cif_control(b)}"
    if locale == "pt_BR":
        b = _d(rng, 8) + "0001"
        b += _cnpj_dv(b)
        b += _cnpj_dv(b)
        return "cnpj", f"CNPJ {b[:2]}.{b[2:5]}.{b[5:8]}/{b[8:12]}-{b[12:]}"
    if locale == "en_IN":
        st = rng.choice(["KA", "MH", "TN", "DL", "TG", "WB", "KL"])
        return "cin", f"CIN U80{rng.randint(100, 904)}{st}{rng.randint(1995, 2022)}PTC" + \
            _d(rng, 6)
    if locale == "pt_PT":
        from trainer_dev.redaction_sets.thirtysixth_ids import _nif_pt_check

        b = "5" + _d(rng, 7)
        return "nipc", f"NIPC {b}{_nif_pt_check(b)}"
    if locale == "vi_VN":
        return "mst_co", f"MST {mst(rng, first='0' + rng.choice('1234'))}"
    if locale == "es_VE":
        return "rif_j", f"RIF {rif(rng, 'J')}"
    if locale == "en_ZW":
        return "zw_co", f"Company Reg. No. {rng.randint(100, 99999)}/{rng.randint(1985, 2023)}"
    return "dz_rc", f"RC n° : {rng.choice(['16', '31', '25', '09', '19'])}/00-" + \
        _d(rng, 7) + f" B {rng.randint(0, 24):02d}"


_BIC = {
    "en_US": ["CHASUS33", "BOFAUS3N", "CITIUS33", "WFBIUS6S"],
    "en_GB": ["BARCGB22", "NWBKGB2L", "LOYDGB2L", "HBUKGB4B", "MIDLGB22"],
    "de_DE": ["DEUTDEFF", "COBADEFF", "INGDDEFF", "GENODEF1M04", "HYVEDEMM"],
    "fr_FR": ["BNPAFRPP", "SOGEFRPP", "PSSTFRPPPAR", "CRLYFRPP", "AGRIFRPP"],
    "es_ES": ["CAIXESBBXXX", "BSCHESMM", "BBVAESMM", "BSABESBB", "CAZRES2Z"],
    "pt_BR": ["BRASBRRJ", "ITAUBRSP", "CEFXBRSP", "BBDEBRSP", "BSCHBRSP"],
    "en_IN": ["SBININBB", "HDFCINBB", "ICICINBB", "UTIBINBB", "PUNBINBB"],
    "pt_PT": ["CGDIPTPL", "BCOMPTPL", "BBPIPTPL", "TOTAPTPL", "BESCPTPL"],
    "vi_VN": ["BFTVVNVX", "VTCBVNVX", "BIDVVNVX", "ICBVVNVX", "ASCBVNVX"],
    "es_VE": ["BVENVECA", "UNIOVECA", "BAMRVECA", "PROVVECA", "BNCXVECA"],
    "en_ZW": ["COBZZWHA", "SBICZWHX", "FBCPZWHA", "SCBLZWHX", "ZBCOZWHA"],
    "fr_DZ": ["BNALDZAL", "BEXADZAL", "CPADDZAL", "BADRDZAL", "SOGEDZAL"],
}


def _bankcode(rng, locale: str) -> str:
    x = rng.random()
    if locale == "en_US" and x < 0.5:
        return "ABA " + aba(rng)
    if locale == "en_GB" and x < 0.5:
        return f"sort code {rng.choice(['20', '40', '30', '60', '09', '11'])}-{_d(rng, 2)}-" \
            + _d(rng, 2)
    if locale == "en_IN" and x < 0.5:
        return rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "CNRB"]) + "0" + _d(rng, 6)
    return rng.choice(_BIC[locale])


_PRICE = {
    "en_US": lambda r: f"${r.randint(12, 4800):,}.{r.choice(['00', '50', '99', '25'])}",
    "en_GB": lambda r: f"£{r.randint(9, 9250):,}" + r.choice(["", ".00", ".50"]),
    "de_DE": lambda r: f"{r.randint(15, 1500)},{r.choice(['00', '50', '90'])} €",
    "fr_FR": lambda r: f"{r.randint(15, 3700)},{r.choice(['00', '50'])} €",
    "es_ES": lambda r: f"{r.randint(15, 2500)},{r.choice(['00', '50', '95'])} €",
    "pt_BR": lambda r: f"R$ {r.randint(40, 4800)},{r.choice(['00', '90', '50'])}",
    "en_IN": lambda r: f"₹{r.randint(1, 95)},{r.randint(0, 999):03d}",
    "pt_PT": lambda r: f"{r.randint(15, 1200)},{r.choice(['00', '50'])} €",
    "vi_VN": lambda r: f"{r.randint(150, 9500):,}.000 đ".replace(",", "."),
    "es_VE": lambda r: f"Bs. {r.randint(120, 9800)},{r.choice(['00', '50'])}",
    "en_ZW": lambda r: f"US${r.randint(15, 900)}" + r.choice(["", ".00", ".50"]),
    "fr_DZ": lambda r: f"{r.randint(2, 95)} {r.randint(0, 999):03d} DA",
}


def _date(rng, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2027])
    if locale == "en_US":
        return f"{m}/{d}/{y}" if rng.random() < 0.6 else f"{m:02d}/{d:02d}/{y}"
    if locale == "de_DE":
        return f"{d:02d}.{m:02d}.{y}"
    if locale == "vi_VN":
        return f"{d:02d}/{m:02d}/{y}" if rng.random() < 0.6 else f"ngày {d} tháng {m} năm {y}"
    if locale in ("pt_PT", "fr_DZ") and rng.random() < 0.3:
        return f"{d:02d}-{m:02d}-{y}"
    if locale == "en_IN" and rng.random() < 0.4:
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def _time(rng, locale: str) -> str:
    h, mi = rng.randint(7, 18), rng.choice([0, 10, 15, 30, 45, 50])
    if locale in ("en_US", "en_IN", "en_ZW") or (locale == "en_GB" and rng.random() < 0.5):
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}" \
            if locale == "en_US" else f"{(h - 1) % 12 + 1}:{mi:02d}{'am' if h < 12 else 'pm'}"
    if locale in ("fr_FR", "fr_DZ"):
        return f"{h}h{mi:02d}"
    if locale == "vi_VN":
        return f"{h}g{mi:02d}" if rng.random() < 0.5 else f"{h}:{mi:02d}"
    return f"{h}:{mi:02d}" + (" Uhr" if locale == "de_DE" else "")


_GRADE = {
    "en_US": lambda r: r.choice([f"GPA {r.randint(20, 40) / 10:.1f}", f"SAT {r.randint(98, 160)}0",
                                 f"ACT {r.randint(18, 36)}", f"{r.randint(60, 99)}%"]),
    "en_GB": lambda r: r.choice([f"grade {r.randint(4, 9)}", "A*AA", "AAB", "2:1", "BTEC D*D*",
                                 f"{r.randint(55, 98)}%"]),
    "de_DE": lambda r: f"Note {r.choice(['1,0', '1,3', '1,7', '2,0', '2,3', '2,7', '3,0'])}",
    "fr_FR": lambda r: f"{r.randint(8, 19)},{r.choice(['0', '5', '25', '75'])}/20",
    "es_ES": lambda r: f"nota {r.randint(5, 13)},{r.randint(0, 99):02d}",
    "pt_BR": lambda r: f"nota {r.randint(5, 9)},{r.randint(0, 9)}" if r.random() < .5 else
    f"ENEM {r.randint(520, 840)},{r.randint(0, 9)}",
    "en_IN": lambda r: r.choice([f"CGPA {r.randint(60, 99) / 10:.1f}",
                                 f"{r.randint(70, 99)}.{r.randint(0, 9)}%",
                                 f"JEE rank {r.randint(1200, 98000)}"]),
    "pt_PT": lambda r: f"média {r.randint(10, 19)},{r.randint(0, 9)}",
    "vi_VN": lambda r: f"điểm {r.randint(5, 9)}.{r.choice([0, 25, 5, 75])}",
    "es_VE": lambda r: f"{r.randint(10, 20)}/20 pts",
    "en_ZW": lambda r: r.choice([f"{r.randint(5, 15)} points", f"{r.randint(3, 8)} units",
                                 "5 As", "grade B"]),
    "fr_DZ": lambda r: f"moyenne {r.randint(10, 18)},{r.randint(0, 99):02d}",
}

_COURSE = {
    "en_US": lambda r: f"{r.choice(['MATH', 'CHEM', 'ENGL', 'HIST', 'CS', 'BIOL'])} "
                       f"{r.randint(101, 499)}",
    "en_GB": lambda r: f"{r.choice(['AQA', 'OCR', 'Edexcel'])} {r.randint(7000, 9700)}/"
                       f"{r.randint(1, 3)}",
    "de_DE": lambda r: f"Modul {r.choice(['INF', 'MAT', 'PHY', 'BWL'])}-{r.randint(100, 399)}",
    "fr_FR": lambda r: f"UE {r.choice(['MAT', 'INF', 'HIS', 'LET'])}{r.randint(101, 699)}",
    "es_ES": lambda r: f"asignatura {r.randint(100000, 899999)}",
    "pt_BR": lambda r: f"disciplina {r.choice(['MAC', 'FIS', 'LET', 'EDU'])}{r.randint(100, 999)}0",
    "en_IN": lambda r: f"{r.choice(['CS', 'EC', 'ME', 'MA'])}{r.randint(101, 499)}",
    "pt_PT": lambda r: f"UC {r.randint(10000, 99999)}",
    "vi_VN": lambda r: f"mã học phần {r.choice(['IT', 'MA', 'EN', 'PH'])}{r.randint(1000, 4999)}",
    "es_VE": lambda r: f"código {r.choice(['MAT', 'FIS', 'QUI', 'EDU'])}-{r.randint(100, 499)}",
    "en_ZW": lambda r: f"ZIMSEC {r.randint(4000, 6200)}/{r.randint(1, 3)}",
    "fr_DZ": lambda r: f"module {r.choice(['MATH', 'INFO', 'PHYS'])} {r.randint(101, 499)}",
}

_ROOM = {
    "en_US": lambda r: f"Room {r.randint(100, 499)}",
    "en_GB": lambda r: f"Room {r.choice('ABCDS')}{r.randint(1, 3)}{r.randint(1, 40):02d}",
    "de_DE": lambda r: f"Raum {r.choice('ABCH')} {r.randint(0, 4)}.{r.randint(1, 60):02d}",
    "fr_FR": lambda r: f"salle {r.choice('ABCE')}{r.randint(100, 450)}",
    "es_ES": lambda r: f"aula {r.randint(0, 3)}.{r.randint(1, 30):02d}",
    "pt_BR": lambda r: f"sala {r.randint(101, 420)}", "en_IN": lambda r: f"LH-{r.randint(1, 30)}",
    "pt_PT": lambda r: f"sala {r.randint(0, 3)}.{r.randint(1, 40)}",
    "vi_VN": lambda r: f"phòng {r.choice('ABCD')}{r.randint(1, 9)}-{r.randint(101, 509)}",
    "es_VE": lambda r: f"aula {r.choice(['A', 'B', 'C'])}-{r.randint(10, 45)}",
    "en_ZW": lambda r: f"Block {r.choice('ABCDE')} Room {r.randint(1, 40)}",
    "fr_DZ": lambda r: f"amphi {r.randint(1, 12)}",
}

_CLASS = {
    "en_US": ["Grade 7", "Grade 9", "Grade 11", "Grade 12", "class of 2027", "Grade 10"],
    "en_GB": ["Year 7", "Year 9", "Year 11", "Year 13", "Year 12", "Year 10"],
    "de_DE": ["Klasse 5a", "Klasse 7b", "Klasse 9c", "Q1", "Jahrgang 11", "Klasse 10d"],
    "fr_FR": ["classe de 6e", "classe de 4e", "la 3e B", "terminale 2", "1re S", "CM2"],
    "es_ES": ["3º de ESO", "1º de Bachillerato", "2º B", "4º de ESO", "6º de Primaria", "1º A"],
    "pt_BR": ["9º ano", "3º ano do ensino médio", "turma 201", "6º ano B", "1º ano", "8º ano"],
    "en_IN": ["Class XII", "Class X", "Std 8", "Class IX-B", "Class XI", "Std 5"],
    "pt_PT": ["12.º ano", "9.º B", "10.º ano", "5.º ano", "11.º C", "7.º ano"],
    "vi_VN": ["lớp 10A3", "lớp 12A1", "lớp 9B", "lớp 6A2", "lớp 11C4", "khối 12"],
    "es_VE": ["5to año", "4to año sección B", "1er año", "6to grado", "3er año", "2do año"],
    "en_ZW": ["Form 4", "Form 6", "Lower 6", "Grade 7", "Form 2", "Upper 6"],
    "fr_DZ": ["3e AS", "4e AM", "5e AP", "1re AS", "2e AS", "terminale"],
}

_EPONYM = {
    "en": ["Pythagoras' theorem", "the Fulbright programme", "the Rhodes Scholarship",
           "Montessori classroom", "Newton's laws", "the Nobel lecture", "Bloom's taxonomy",
           "the Dewey Decimal shelves", "Boyle's law", "Harvard referencing",
           "the Duke of Edinburgh award", "Oxford commas", "Darwin College", "Shakespeare week",
           "Fibonacci sequence", "the Cambridge syllabus", "Mandela Day", "Tagore Hall",
           "Gandhi Jayanti", "the Victoria Falls trip", "Macbeth mock", "Pascal's triangle",
           "Sir Seretse Khama lecture", "the Erasmus exchange"],
    "de": ["Goethe-Institut", "Humboldt-Universität", "Waldorfschule", "Montessori-Kita",
           "Satz des Pythagoras", "Max-Planck-Gymnasium", "Schiller-Jahr", "Ohmsches Gesetz",
           "Gauß-Wettbewerb", "Erasmus-Semester", "Bunsenbrenner", "Fraunhofer-Praktikum",
           "Einstein-Tag", "Kepler-Gymnasium", "Dürer-Ausstellung", "Lessing-Schule"],
    "fr": ["théorème de Thalès", "lycée Henri-IV", "la Sorbonne", "collège Jean-Moulin",
           "programme Erasmus", "loi de Coulomb", "Institut Pasteur", "prix Goncourt",
           "lycée Victor-Duruy", "école Montessori", "université Paris-Saclay",
           "université Houari-Boumediene", "lycée Descartes", "Molière au programme",
           "Alliance française", "centre Pompidou"],
    "es": ["teorema de Pitágoras", "beca Erasmus", "Instituto Cervantes",
           "Universidad Simón Bolívar", "colegio Montessori", "ley de Ohm",
           "liceo Andrés Bello", "premio Cervantes", "Universidad de Salamanca",
           "instituto Ramiro de Maeztu", "Fe y Alegría", "Don Quijote en clase",
           "Universidad Rafael Urdaneta", "biblioteca Miguel de Unamuno"],
    "pt": ["teorema de Pitágoras", "método Paulo Freire", "Universidade de Coimbra",
           "prémio Camões", "colégio Pedro II", "Instituto Butantan", "lei de Ohm",
           "escola Montessori", "Liceu Camões", "programa Erasmus", "Fuvest Machado de Assis",
           "Museu Gulbenkian", "Universidade Mackenzie", "Escola Secundária Eça de Queirós"],
    "vi": ["định lý Pythagoras", "trường Chu Văn An", "Đại học Bách khoa",
           "trường Lê Hồng Phong", "giải Fields", "học bổng Fulbright", "trường Marie Curie",
           "định luật Ohm", "trường Trần Đại Nghĩa", "Văn Miếu", "Quốc Tử Giám",
           "trường Lương Thế Vinh", "học bổng Chevening", "thư viện Tạ Quang Bửu"],
}

_NAMEWORD = {
    "en": ["the summer term", "high hope", "in good faith", "the autumn timetable",
           "a baker's dozen", "destiny of the cohort", "a carpenter's rule", "the winter ball",
           "the hunter's moon", "marsh fieldwork", "precious little time", "a blessing in disguise",
           "with patience", "mercy rule", "a gift voucher", "talent show", "trust fund",
           "memory lane", "chase the deadline", "the bishop's move", "a bell schedule",
           "shepherd's pie", "in brooks and rivers"],
    "de": ["im Ernst", "im Sommer", "im Winter", "ein Engel von Lehrkraft", "Fuchs und Hase",
           "Adler im Wappen", "Kaiserwetter", "Specht am Fenster", "Kranich-Origami",
           "Bäcker um die Ecke", "Sommerferien", "Winterpause", "Engelsgeduld"],
    "fr": ["la fontaine du parc", "le renard du conte", "esprit sauvage", "le chevalier noir",
           "marchand de sable", "le boulanger du coin", "Noël approche", "la rose des vents",
           "un berger allemand", "le poirier de la cour", "l'aube et l'aurore", "la violette"],
    "es": ["luz verde", "paz social", "con esperanza", "consuelo de tontos", "soledad del corredor",
           "lobo de mar", "pastor alemán", "la fuente del patio", "bravo por el equipo",
           "en el campo", "flor de montaña", "estrella fugaz", "la blanca paloma",
           "el pino del patio"],
    "pt": ["luz verde", "pinto de galinha", "rocha firme", "coelho da Páscoa", "graça divina",
           "a glória do time", "o leão da turma", "o prado verde", "a fonte da praça",
           "uma vitória suada", "o falcão peregrino", "o raposo da fábula"],
    "vi": ["hoa mai ngày Tết", "mùa xuân", "trăng rằm", "nam châm", "hương vị quê nhà",
           "ngọc trai", "con sông Hồng", "bảo tàng", "thảo luận nhóm", "phong trào thi đua",
           "lộc xuân", "an ninh", "bình an"],
}

_ORDER_PREFIX = ["PO-", "INV-", "ORD-", "FAC-", "REF "]
_TICKET = ["INC", "REQ", "CHG", "SR-", "#", "TKT-"]


def lookalike(rng, locale: str, kind: str, lang: str) -> str:
    if kind == "order":
        if rng.random() < 0.2:
            while True:
                s = rng.choice("3456") + _d(rng, 15)
                if not luhn_ok(s):
                    return s
        return rng.choice(_ORDER_PREFIX) + rng.choice(["", "2025-", "2026-"]) + \
            _d(rng, rng.choice([4, 5, 6]))
    if kind == "price":
        return _PRICE[locale](rng)
    if kind == "date":
        return _date(rng, locale)
    if kind == "time":
        return _time(rng, locale)
    if kind == "version":
        return f"v{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "isbn":
        return isbn(rng, locale)
    if kind == "grade":
        return _GRADE[locale](rng)
    if kind == "course":
        return _COURSE[locale](rng)
    if kind == "room":
        return _ROOM[locale](rng)
    if kind == "orgreg":
        return _orgreg(rng, locale)[1]
    if kind == "ticket":
        return rng.choice(_TICKET) + _d(rng, rng.choice([5, 6, 7]))
    if kind == "bankcode":
        return _bankcode(rng, locale)
    if kind == "eponym":
        return rng.choice(_EPONYM[lang])
    if kind == "nameword":
        return rng.choice(_NAMEWORD[lang])
    return rng.choice(_CLASS[locale])


def orgreg_ok(locale: str, value: str) -> bool:
    kind = {"en_US": "ein", "en_GB": "ch", "de_DE": "hrb", "fr_FR": "siren", "es_ES": "cif",
            "pt_BR": "cnpj", "en_IN": "cin", "pt_PT": "nipc", "vi_VN": "mst_co",
            "es_VE": "rif_j", "en_ZW": "zw_co", "fr_DZ": "dz_rc"}[locale]
    return ORGREG_OK[kind](value)
