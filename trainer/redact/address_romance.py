"""Streets written type first, the Romance and French way: "rue Bourdon", "Via dei Coronari 12",
"C/ Mayor, 12, 3º B", "Rua Augusta, 1500 - Consolação, São Paulo - SP, 01305-100".

Split from ``addresses`` (which calls ``romance_streets`` when a street-type keyword is in the
post). A type needs a house number or a postcode, except non-English types before a
capitalised name and streets named after a person; a numberless street used as a place in
prose ("Investors in Piazza Affari cheered") is kept.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_mentions import prose_street, walked_street
from trainer.redact.address_numbers import not_house_number, residence_before
from trainer.redact.address_words import (
    CA_POSTCODE,
    HOUSE_SUFFIX,
    ROMANCE_TYPES,
    abbreviation_pattern,
    by_first_letter,
    month_after,
)
from trainer.redact.hits import Hit
from trainer.redact.names import given_names, word_list
from trainer.redact.quantities import year_like as _year_like

# Street types written first. Words that are also English are matched only capitalised.
# The shared Romance types (``address_words.ROMANCE_TYPES``), these, and three abbreviations.
_TYPE_ANY_CASE_WORDS = tuple(
    """rúa praza camiño venelle voie cité hameau lieu-dit rond-point montée promenade quai
    lungarno chaussée allee allé plaça urbanización viela bd avenue pasadizo cañada
    condomínio loteamento chácara passarela esplanada viaduto jirón""".split()
)  # Serpost: "Jr." / "Jirón" (a street of Peru's towns), "Psje." / "Pje." (pasaje)
_TYPE_ANY_CASE = "|".join(
    ROMANCE_TYPES
    + _TYPE_ANY_CASE_WORDS
    + (abbreviation_pattern(("prom", "avda", "av", "psje", "pje")),)
)
# Brazilian, Spanish and Italian street types that are also ordinary words ("Parque", "Lago",
# "Vale") count only capitalised and, like every type here, only with a number or a postcode.
_TYPE_CAPITALISED = (
    r"Via|Place|Route|Plaza|Alameda|Vial|Corso|Largo|Strada|Borgo|Rotonda|Incrocio|Canale|Lagoa|"
    r"Vereda|Setor|Quadra|Trecho|Sítio|Praia|Colônia|Ladeira|Ronda|Quai|Cours|Stretto|"
    r"Salita|Traversa|Lungomare|Jardim|Calçada|Cuesta|Rambla|Pasaje|Acceso|Parque|Favela|"
    r"Aeroporto|Conjunto|Núcleo|Lago|Pátio|Área|Feira|Fazenda|Estação|Recanto|Morro|Distrito|"
    r"Vale|Vila|Campo|Trevo|Residencial|Jr\.|R\.|C\.|C/"
)
_WORDLIKE_TYPES = frozenset(
    """Acceso Parque Favela Aeroporto Conjunto Núcleo Lago Pátio Área Feira Fazenda Estação
    Recanto Morro Distrito Vale Vila Campo Trevo Residencial""".split()
)
# Types that name a street even without a number ("rue Bourdon", "Rua Siqueira"): words that
# are not English. "avenue"/"boulevard" count only in lower case, the French way.
_NUMBERLESS = frozenset(
    """rue chemin allée impasse calle rua avenida travessa praça piazza viale vicolo pasadizo
    glorieta cañada callejón sítio avenue boulevard rodovia passarela loteamento estrada trecho
    viela""".split()
)
_PARTICLE = (
    r"(?:(?:de|del|della|delle|dello|dei|degli|di|dal|dalla|da|do|dos|das|la|las|los|el|le|les|"
    # (Correus: Catalan "dels"; "de les", "d'en" read as their parts)
    r"du|des|sur|sous|aux|au|en|ai|agli|alla|alle|allo|al|dels)\b|l'|d'|dell'|l’|d’|dell’|"
    r"all'|all’)"
)
# French street types that are also English words: lower case and only after a house number
# ("4 square Max Hymans", "9 parc des Chênes"; not "3 square meters").
_ITALIAN_VIA = r"via|viale|vicolo|corso|largo"
_TYPE_LOWER_NUMBERED = r"square|place|parc|passage|villa|mail|port|route|côte|cours|esplanade|rang"
# Correios: the 27 units of the federation, and the words before a house number.
_BR_UF = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
# The number mark before the house number, either case: "nº 12", "n.º 12" (Angola, Portugal),
# "N° 1361" (Bolivia, Peru), "No. 12" and "#86" (the Dominican Republic, Central America).
_NUMBER_WORD = r"(?:(?:[nN][o°]\.?|[nN]\.[o°]\.?|[nN]\.|[nN]r\.?|[nN]úmero|#)\s?)"
# A street named after a date, the Latin American custom ("Av. 27 de Febrero", "Rua 25 de
# Março", "Calle 9 de Julio"): the day and "de" before the capitalised month.
_DATE_NAME = (
    r"\d{1,2}[ \t]de[ \t](?=(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|"
    r"Setiembre|Octubre|Noviembre|Diciembre|Janeiro|Fevereiro|Março|Maio|Junho|Julho|Setembro|"
    r"Outubro|Novembro|Dezembro)\b)"
)
_ROMANCE_STREET = re.compile(
    rf"(?<![\w.,-])(?:(?P<num>\d{{1,5}}{HOUSE_SUFFIX}?),?\s)?"
    rf"(?P<type>(?i:{by_first_letter(_TYPE_ANY_CASE.split('|'), ignore_case=True)})|"
    rf"{by_first_letter(_TYPE_CAPITALISED.split('|'))}|{_TYPE_LOWER_NUMBERED}|{_ITALIAN_VIA})\s"
    # The name and its house number share a line; a clock time ("10:30") is no house number.
    # No name, only the number mark (rev21 F10: "Avenida N° 12 casa 3"): the mark and the house
    # number go with the street type ("N°" is no name: "[ADDRESS]° 12" was a half value).
    rf"(?P<name>(?:{_DATE_NAME})?(?:{_PARTICLE}[ \t]?|(?!N°)[A-ZÀ-Þ][\w'’.-]*[ \t]?){{1,6}}"
    r"|(?=[nN](?:[o°º]|\.[o°º])\.?[ \t]?\d))"
    # Correios: "nº 1500" (NFKC: "no 1500"), "s/n" (sem número), "km 12" on a rodovia/estrada.
    rf"(?:,?[ \t]?{_NUMBER_WORD}?(?P<after>\d{{1,4}}[a-zA-Z]?|[sS]/[nN]|km\s?\d{{1,4}})"
    r"\b(?![-.,:]?\d))?"
    r"(?:(?:,?\s|\s-\s)(?:(?i:Piso|Puerta|Piano|Appartamento|Apto\.?|Apt\.?|Apartamento|Sala|"
    r"Bloco|Interno|Esc\.?|Suite|App\.?|Bureau|Unit|Casa|Lote|Quadra|Loja|Conjunto|Cj\.?|"
    # Correios' abbreviations of the complement: conjunto, apartamento, bloco, sala, loja
    r"Conj\.?|Ap\.?|Bl\.?|Sl\.?|Lj\.?)"
    r"\s?\w{1,4}(?!\w)|"
    # Correos floor and door: "3º A", "2.º izq.", "bajo" (NFKC has turned º, ª into o, a)
    r"\d{1,2}\.?\s?[ºª°oa]\b\s?(?:[A-Z]\b|izq(?:da)?\.?|dcha\.?|dr(?:ta)?\.?|andar)?|bajo)){0,2}"
    # Correios separates district and city with " - " and city and UF with " - " or "/":
    # "123 - Boa Vista, Recife - PE, 50000-000", "Curitiba/PR, CEP 80020-320".
    r"(?P<tail>(?:,?\s?|\s-\s)(?:[A-ZÀ-Þ][\w'’ -]{1,30}(?:,\s?|\s-\s|/)){0,3}(?:[A-Z]{2},?\s)?"
    rf"(?:CEP:?\s?)?(?:\d{{5}}-\d{{3}}|\d{{8}}|\d{{5}}|(?:[A-Z]{{2}}\s)?{CA_POSTCODE})(?![\dA-Z])"
    r"(?:,?\s(?:d[aeo]s?\s)?[A-ZÀ-Þ][\w'’-]*(?:/[A-Z]{2}\b)?"
    r"(?:[ \t](?:[A-ZÀ-Þ][\w'’-]*|\([A-Z]{2}\)|"
    rf"/\s?[A-Z]{{2}}\b|-\s(?:{_BR_UF})\b|d[aeiou]s?|del|la|le|les)){{0,4}})?|"
    # No CEP: the address ends with the unit of the federation ("Centro, Rio de Janeiro - RJ").
    rf"(?:,\s?|\s-\s)(?:[A-ZÀ-Þ][\w'’ ]{{1,30}}(?:,\s?|\s-\s)){{0,2}}[A-ZÀ-Þ][\w'’ ]{{0,30}}?"
    rf"(?:\s?-\s?|/)(?:{_BR_UF})(?![\w-]))?"
)
_LOWER_NUMBERED = frozenset(_TYPE_LOWER_NUMBERED.split("|"))
_ITALIAN_LOWER = frozenset(_ITALIAN_VIA.split("|"))
_ITALIAN_PARTICLES = frozenset("dei degli della delle dello del di dell' dell’ d' d’".split())
# Prefilter keywords: every type word, the abbreviations without their full stop, "c" and "r"
# (the prefilter reads "C/" and "R." as those) and Correios' "trecho".
_TYPE_WORDS = [
    *ROMANCE_TYPES,
    *_TYPE_ANY_CASE_WORDS,
    *"prom avda av psje pje c r trecho".split(),
    *_TYPE_LOWER_NUMBERED.split("|"),
]
prefilter.register("street_type", set(_TYPE_WORDS) | set(_TYPE_CAPITALISED.split("|")[:-3]))


def romance_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """Type-first streets near the ``street_type`` keyword ``spans`` (the prefilter's)."""
    regions = prefilter.windows(text, spans, before=12, after=160)
    return [
        ("ADDRESS", m.start(), _strip_end(text, m.start(), _uf_end(text, m)))
        for m in prefilter.finditer_in(_ROMANCE_STREET, text, regions)
        if _romance_ok(text, m)
    ]


_CODE_DIGITS = re.compile(r"\d{5}-?\d{3}|\d{5}")
_UF_MARK = re.compile(rf"(?:/[ \t]?|[ \t]-[ \t]|\()(?:{_BR_UF})\b\)?")


def _uf_end(text: str, m: re.Match[str]) -> int:
    """End of the match, or of the unit of the federation after its postcode: Correios closes
    the locality line with it ("CEP 40000-000, Salvador/BA"), so capitalised words after it
    belong to the next sentence ("... Salvador/BA Giorgio Armani anuncia ...")."""
    if not m.group("tail"):
        return m.end()
    codes = list(_CODE_DIGITS.finditer(text, m.start("tail"), m.end()))
    if not codes:
        return m.end()
    uf = _UF_MARK.search(text, codes[-1].end(), m.end())
    return uf.end() if uf else m.end()


# "au 34 cours ...": the French place preposition before a house number.
_AU_BEFORE = re.compile(r"(?<![\w'’])(?i:au|aux)[ \t]+$").search


def _elided(word: str) -> str:
    """``word`` after an elided article or particle ("l'Intendance" -> "Intendance")."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]


def _romance_ok(text: str, m: re.Match[str]) -> bool:
    """A street type needs a number or a postcode, unless it is a non-English type followed by
    a capitalised name; "C." (calle) needs a house number and no capitalised word before it
    ("Arthur C. Clarke 2001" is a person)."""
    kind = m.group("type")
    capitalised = sum(word[:1].isupper() for word in m.group("name").split())
    if m.group("after") and not m.group("tail") and month_after(text, m.end("after")):
        return False  # "Place Bellecour 7 septembre": the day of a date, no house number
    if m.group("num") and not m.group("tail") and not_house_number(text, m.start(), m.group("num")):
        return False  # "Les 10 rue Mouffetard incontournables": a count
    if kind == "R.":  # Correios abbreviation: "R. dos Tamoios, 12" (not "R. Kelly 2")
        particle = m.group("name").split()[0] in ("da", "das", "do", "dos", "de")
        # "R. Marechal Deodoro, 450": two capitalised words and a number after a comma.
        comma_number = capitalised >= 2 and _after_comma(text, m)
        return bool(m.group("tail")) or (bool(m.group("after")) and (particle or comma_number))
    if kind == "Jr.":  # Serpost's jirón, not "Sammy Davis Jr." or "a Jr. Developer 2"
        return bool(m.group("tail")) or (
            bool(m.group("after")) and _JR_LINE_GOES_ON(text, m.end("after")) is not None
        )
    if kind in _LOWER_NUMBERED:
        # after an elided article the name is capitalised ("34 cours de l'Intendance"); such a
        # type is also a plural noun ("3 cours de l'Université"), so a residence cue must lead
        au = _AU_BEFORE(text, max(0, m.start() - 8), m.start()) is not None
        cued = au or residence_before(text, m.start())
        elided = cued and any(_elided(word)[:1].isupper() for word in m.group("name").split())
        return bool(m.group("num")) and (capitalised > 0 or elided)
    if kind in _ITALIAN_LOWER:  # "via dei Coronari 12" (not "via Zoom 2 days ago")
        italian = m.group("name").split()[0] in _ITALIAN_PARTICLES
        return capitalised > 0 and (bool(m.group("tail")) or (italian and bool(m.group("after"))))
    if kind == "C.":
        before = text[max(0, m.start() - 24) : m.start()].split()
        return (
            bool(m.group("after") or m.group("tail"))
            and capitalised >= 2
            and not (before and before[-1][:1].isupper())
        )
    if m.group("num") or m.group("tail"):
        return True
    if after := m.group("after"):
        if _year_like(after) and not _after_comma(text, m) and not _marked(text, m):
            return False  # "Piazza Affari 2024: i migliori titoli": a year, no house number
        # Word-like types ("Parque", "Vila") take the number Brazilian-style, after a comma,
        # so "Vila Madalena 5 stars" and "Lago Vista 2024" are kept.
        return kind not in _WORDLIKE_TYPES or (_after_comma(text, m) and not _year_like(after))
    if walked_street(text, m.start()):
        return False  # "corremos pela Rua Tomás Ribeiro": walked through, no address
    if kind.lower() not in _NOT_HOMAGE and _homage(m.group("name")):
        return True
    # the name may have taken the sentence's full stop ("... por la calle Larios.\nHay")
    name_end = m.start("name") + len(m.group("name").rstrip())
    if text[name_end - 1 : name_end] == "." and text[name_end - 2 : name_end - 1].islower():
        name_end -= 1
    if prose_street(text, m.start(), name_end):
        return False  # "Investors in Piazza Affari cheered": a place, not an address
    if kind.lower() not in _NUMBERLESS or (kind in ("Avenue", "Boulevard")):
        return False
    return capitalised > 0


# Types that are also English words (or abbreviations) never take a street without a number
# from the homage rule below: "Place Jane Doe", "Route John Smith" are not streets; a "Rotonda
# Rubén Darío" is a roundabout named for a poet, a landmark, no street one lives on.
_NOT_HOMAGE = frozenset(
    "via place route plaza vial r. c. c/ avenue boulevard bd av. promenade prom. quai cours "
    "square parc passage villa mail port côte esplanade rang rotonda".split()
)
_TITLE_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þa-zß-ÿ]+)?").fullmatch
_BR_PARTICLES = frozenset("de da do dos das d' d’ del di della dei degli".split())


def _homage(name: str) -> bool:
    """A street named after a person, without a number (Correios lists such logradouros by
    type and name alone): the type before a given name and a surname ("Ladeira Maria Clara
    Marques"), or before a particle and a surname that is not a word ("Vereda de Teixeira")."""
    words = name.split()
    second = words[1].rstrip(",.") if len(words) >= 2 else ""
    if words and words[0] in given_names() and _TITLE_WORD(second):
        return second not in _NOT_SURNAME_WORDS  # not "Camino Andres S.L.N.E."
    rest = [w.rstrip(",.") for w in words]
    if not rest or rest[0] not in _BR_PARTICLES:
        return False
    while rest and rest[0] in _BR_PARTICLES:
        rest = rest[1:]
    return (
        bool(rest)
        and rest[0] in word_list("surnames.txt")
        and rest[0] not in word_list("surnames_words.txt")
    )


# Capitalised words after a given name that make it a place, not a person ("Jardim Paulista").
_NOT_SURNAME_WORDS = frozenset(
    "Paulista Central Norte Sul Leste Oeste Nova Novo Velho Velha".split()
)


# After the jirón's number: a unit or a district, set off by a comma ("Jr. Junín 12, of. 3").
_JR_LINE_GOES_ON = re.compile(r",[ \t]?(?:(?i:dpto|depto|of|int|interior)\b|[A-ZÀ-Þ])").match
_COMMA_NUMBER_WORD = re.compile(rf",\s?{_NUMBER_WORD}?$")


def _after_comma(text: str, m: re.Match[str]) -> bool:
    """The house number follows a comma, Correios-style ("Parque Oliveira, nº 10")."""
    return (
        _COMMA_NUMBER_WORD.search(text, max(0, m.start("after") - 12), m.start("after")) is not None
    )


# ("#2024" after a place name may be a hashtag: not a mark here)
_MARK_BEFORE = re.compile(r"(?:[nN][o°]\.?|[nN]\.[o°]\.?|[nN]r\.?|[nN]úmero)\s?$")


def _marked(text: str, m: re.Match[str]) -> bool:
    """A number mark stands right before the house number ("Av. América N° 2039"): four digits
    that read as a year are the house number then."""
    return _MARK_BEFORE.search(text, max(0, m.start("after") - 8), m.start("after")) is not None


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,":
        end -= 1
    return end
