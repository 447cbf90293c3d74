"""The postcode after a street line: "12 Main St, Springfield 62704", "Via dei Mille 12/A, 80121
Napoli", "8 Seaview Terrace, Salthill, Galway H91 C9F2", "77 Birch Cres\\nSaskatoon SK S7N 2K5".

A street found by another rule often ends before its locality and postcode lines, and a postcode
after a town is the address's most identifying part. So from the end of each street hit the
following tokens are read while they look like address lines (``address_lines.token_kind``: place
names, house and unit parts, province codes, particles); the first postcode of any national
format among them extends the hit, with its locality. Prose, a sentence end or a blank line stops
the walk, so "12 Main Street and 12345 people" keeps its number.

The walk also reads place links when a place name follows them ("12 rue X à Lille (59000)",
"... dans le 75011", "12 Smith St over in GLENELG, 5045"), takes four digits that read as a
year when Australia Post's conventions make them the postcode (a locality in capitals, a state
before or after, a comma-set locality closing the line), PostNL codes typed in lower case and
five-digit codes grouped like a number ("35 000 Rennes"). It never takes a second code after a
hit that holds one (a postcode is written last: "..., Galway H91 XXXX Flight AZ 1234"), a code
glued to a reference ("INV-2025-61778"), four digits after a short code in capitals ("Flight AZ
9464") or a number that a counted noun follows ("bei 30000 Besuchern").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_lettered import held_lettered_code
from trainer.redact.address_lines import is_abbreviation, token_kind
from trainer.redact.address_lower import NOT_NL_PAIRS
from trainer.redact.address_lower_tail import lower_town_code_end
from trainer.redact.address_numbers import count_after, quantity_after
from trainer.redact.address_street_above import street_line_above
from trainer.redact.address_tail_codes import unit_number_end, year_like_code_ok
from trainer.redact.address_three_digit import three_digit_code_end
from trainer.redact.address_town_after import town_after_number
from trainer.redact.address_towns import lower_town_after
from trainer.redact.address_westafrica import held_box
from trainer.redact.address_words import CAPITALS, ROMANCE_TYPES
from trainer.redact.hits import Hit
from trainer.redact.postal import NOT_NL_LETTERS, _walk_forward, state_code_end
from trainer.redact.postal_boxes import BOX_NAMES
from trainer.redact.quantities import UNIT_AFTER, is_year

_SEPARATOR = re.compile(r"[ \t]*(?:[,;/|·–—-][ \t]*)?(?:\r?\n[ \t]*)?")
_TOKEN = re.compile(r"[^\s,;|·-]+(?:-(?!\d)[^\s,;|·-]+)*")
_POSTCODE = re.compile(
    r"(?:(?i:PLZ|CP|C\.P\.|CAP|CEP|PIN|ZIP|Postcode|Post code|Postal code|Eircode|"
    r"Code postal)[ \t]?[:.-]?[ \t]?)?(?:[DFIE]-(?=\d{5})|[AB]-(?=\d{4}(?!\d))|NL-)?"
    r"(?P<code>\d{5}-\d{3}|\d{5}(?:-\d{4})?|\d{2}-\d{3}|[1-9]\d{2} \d{3}|\d{6,8}|"
    r"\d{4}(?: ?[A-Z]{2}\b)?|"
    r"[1-9]\d{3} ?[a-z]{2}\b|"  # PostNL typed in lower case ("1234 ab"), after a street line only
    r"\d{2} \d{3}(?= [A-ZÀ-Þ])|"  # a five-digit code grouped like a number: "35 000 Rennes"
    r"(?i:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d)|"
    r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|(?:[A-Z]\d\d|D6W) ?[0-9A-Z]{4})"
    r"(?![\w-]|[.,]\d)"
)
_MAX_TOKENS = 7
_MAX_REACH = 100
# Floor and door parts between a street line and its postcode that address_lines.token_kind does not
# read as address words: Correos "2.º 1.ª" (NFKC: "2.o 1.a"), "ático", "izda."; Deutsche Post
# "2. Etage links", "3. OG rechts"; La Poste "1er étage"; Correios "ap. 180", "fundos".
_FLOOR_WORDS = frozenset(
    """ático atico entresuelo entlo principal pral izda izqda izquierda dcha drcha derecha
    centro ctro etage stock og eg dg hinterhaus vorderhaus seitenflügel links rechts mitte
    étage etg ap apto sobreloja fundos loja bloco porta scala piano int planta pta escalera
    portal bloque local piso edif edificio torre baixos baixa entresòl entresol àtic atic
    pis piętro pietro patro emelet etaj kerros sprat""".split()
)  # the building of a Venezuelan line ("Edif. Torre Alfa, piso 2"), Correus' "baixos", "àtic";
# the floor of Poczta Polska's, Česká pošta's, Magyar Posta's, Poșta Română's, Posti's and
# Hrvatska pošta's lines ("Lipowa 35 piętro 1, 93-154 Łódź")
_ORDINAL = re.compile(r"\d{1,2}\.?[oa]\.?|\d{1,2}(?:er|e|re|ème)").fullmatch


def _floor_part(word: str) -> bool:
    """A floor or door part ("1.a", "ático", "links", "ap.") inside an address line."""
    return bool(_ORDINAL(word)) or word.lower().rstrip(".") in _FLOOR_WORDS


_YEAR = is_year
_STATE_BEFORE = re.compile(r"(?:\b[A-Z]{2,3}|\b(?:[A-Z]\.){2,3}),?[ \t]+$")  # "NSW", "N.S.W."
# The state after the code ("Surry Hills 2010 NSW"): the order turned round, still Australia Post's.
_AU_STATE_AFTER = re.compile(r"[ \t,]+(?:NSW|VIC|QLD|TAS|ACT|SA|WA|NT)\b")


def extend_to_postcode(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with every ADDRESS hit widened to a postcode that follows it, or that precedes
    it with its town ("20121 Milano, Via Roma 12", "Berlin 10115, Hauptstraße 5"), and a
    postcode-and-town hit widened to the street line after it ("3046 DM Rotterdam, Heerenveld
    18-2")."""
    return [
        (kind, _head_start(text, start, end), _street_after(text, start, _tail(text, start, end)))
        if kind == "ADDRESS"
        else (kind, start, end)
        for kind, start, end in hits
    ]


def _tail(text: str, start: int, end: int) -> int:
    """``_tail_end``; where no postcode follows, the town after a closing house or box number
    (``address_town_after``: "Chaussée de Wavre 182, Wavre"); then a three-digit code beside
    the town (``address_three_digit``: "PO Box 12, Lae 411")."""
    tail = _tail_end(text, start, end)
    if tail == end:
        tail = town_after_number(text, start, end)
    if _HELD_CODE.search(text, start, tail) is not None:
        return tail  # a postcode is written once ("..., NC 27601\nFlying AA 197.")
    return three_digit_code_end(text, start, tail)  # "..., Boroko 111" (``address_three_digit``)


# UPU S42 allows the locality line first; posts often write "postcode town, street number".
_ENDS_IN_TOWN = re.compile(
    r"(?:^|(?<=[\s,(]))(?:[DFIEAB]-|NL-)?(?:\d{5}(?:-\d{3})?|[1-9]\d{3} ?[A-Z]{2}|"
    r"[1-9]\d{2} ?\d{3})(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){1,3}$"
)
_STREET_LINE = re.compile(
    r"(?:[ \t]*[,;–—-][ \t]*|[ \t]*\r?\n[ \t]*)"
    r"(?:[A-ZÀ-Þ][\w'’.-]*[ \t]|(?:de|del|della|dei|di|da|do|dos|das|du|des|la|le|van|der|den|"
    r"von|am|an|im|zum|zur)[ \t]){0,4}?"
    r"[A-ZÀ-Þ][\w'’.-]*,?[ \t](?P<num>\d{1,5})(?:[ \t]?(?:[A-Za-z]{1,3}|bis|BIS|hs|ter)\b)?"
    r"(?:[-/](?:\d{1,4}[a-zA-Z]?|[IVX]{1,4}\b))?(?![\w.,]\d|[\w-])"
)


def _street_after(text: str, start: int, end: int) -> int:
    """End of a street line right after a hit that ends in a postcode and its town, else
    ``end``; a year or a counted noun after the number is no house number."""
    if end + 4 > len(text) or text[end] not in ",;–—- \t\r\n":
        return end
    if _ENDS_IN_TOWN.search(text, max(start, end - 60), end) is None:
        return end
    m = _STREET_LINE.match(text, end)
    if m is None or _YEAR(m.group("num")) or UNIT_AFTER.match(text, m.end("num")):
        return end
    prose = _PROSE_AFTER(text, m.end())  # "Team 12 Leute", "Top 10 places"
    if prose and not _floor_part(prose.group(1)) and m.end() == m.end("num"):
        return end  # (an addition, "397-2", "12a", "8 bis", makes it a house number anyway)
    return m.end()


_PROSE_AFTER = re.compile(r"[ \t]+([^\W\d_]{3,})\b").match


_CODE = (  # (Poczta Polska's "NN-NNN" too: "90-001 Łódź, ulica X 12")
    r"(?:\d{5}(?:-\d{3,4})?|\d{2}-\d{3}|[1-9]\d{3} ?[A-Z]{2}|"
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d|"
    r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|(?:[A-Z]\d\d|D6W) ?[0-9A-Z]{4})"
)
_TOWN_WORD = rf"[{CAPITALS}][\w'’.-]*"
_HEAD = re.compile(
    rf"(?<![\w-])(?:(?P<first>{_CODE})(?:[ \t]+{_TOWN_WORD}){{1,3}}|"
    rf"{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}[ \t]+(?P<last>{_CODE}))"
    r"[ \t]*(?:[,;|·–—-]|\r?\n)[ \t]*$"
)


# The street line before a hit that opens with a box ("Hasenheide 37, Postfach 2134, 80331
# München"): UPU S42 puts the street line above the box line.
_STREET_BEFORE_BOX = re.compile(
    r"(?<![\w-])[A-ZÀ-Þ][\w'’.-]+(?:[ \t][A-ZÀ-Þ][\w'’.-]*){0,2}[ \t]\d{1,4}[a-zA-Z]?"
    r"(?:[-/]\d{1,4})?(?:,[ \t]*|[ \t]*\r?\n[ \t]*)$"
).search


# Or a street line with no number, led by its type word, and the quarter after it: the posts
# that deliver to boxes (La Poste's francophone African partners, Correos' Central American
# ones) write the street only to find the office ("boulevard X, quartier Y, BP 12, Libreville").
# (a hit may open at the quarter's name: "..., quartier |Louis, BP 12, ...")
_TYPED_BEFORE_BOX = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(ROMANCE_TYPES)}|avenue|route)[ \t]"
    r"(?:(?:de|du|des|del|la|le|l['’]|d['’])[ \t]?)*[A-ZÀ-Þ][\w'’-]*(?:[ \t][A-ZÀ-Þ][\w'’-]*){0,2}"
    r"(?:,[ \t]*(?i:quartier|quarter|barrio|bairro|colonia|zone)[ \t](?:[A-ZÀ-Þ][\w'’-]*"
    r"(?:[ \t][A-ZÀ-Þ][\w'’-]*)?,[ \t]*)?|,[ \t]*)$"
).search


def _head_start(text: str, start: int, end: int) -> int:
    """Start of a postcode-and-town line right before an address line, of the street line
    before a box, or of a number-first street line above a postcode line
    (``address_street_above``), else ``start``."""
    if start < 8 or not text[max(0, start - 60) : start].strip():
        return start
    if text[start - 1] == "\n" and (above := street_line_above(text, start, end)) is not None:
        return above
    if _BOX_AT(text, start) and (street := _STREET_BEFORE_BOX(text, max(0, start - 60), start)):
        if not is_year(street.group().rstrip(", \t\r\n").rsplit(None, 1)[-1]):
            return street.start()
    if _BOX_IN(text, start, min(end, start + 40)) and (
        typed := _TYPED_BEFORE_BOX(text, max(0, start - 90), start)
    ):
        return typed.start()
    m = _HEAD.search(text, max(0, start - 60), start)
    if m is None:
        return start
    code = m.group("first") or m.group("last")
    if m.group("first") and UNIT_AFTER.match(text, m.end("first")):
        return start  # "10000 Users, 12 Main St"
    if code.isdigit() and len(code) == 4:
        return start
    return m.start()


# A postcode every national standard writes last (or last before its town): Royal Mail, An
# Post, Canada Post, India Post's PIN, a five-digit code (+ZIP+4, CEP) or PostNL's. A hit that
# already holds one never takes a second code after it ("..., Galway H91 XXXX Flight AZ 1234").
_HELD_CODE = re.compile(
    r"(?<![\w-])(?:\d{5}(?:-\d{3,4})?|\d{6,7}|[1-9]\d{3} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|"
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d|(?:[A-Z]\d\d|D6W) [0-9A-Z]{4}|"
    r"(?:(?<=, )|(?<=\n))[1-9]\d{3}(?= [A-ZÀ-Þ][a-zß-ÿ]))(?![\w-])"  # "..., 2000 Maribor"
)
# Place prepositions between a street line and its locality that are no address-line words
# ("12 rue X à Lille (59000)", "... dans le 75011", "12 Smith St over in GLENELG, 5045"): read
# through only on the way to a postcode, which the walk needs before it extends anything.
# Each must lead to a place name ("out in KATOOMBA", "près de Lens", "a Bologna") or, for
# "dans", to "le" and the code ("dans le 75011").
_PLACE_LINKS = frozenset(
    "à over out up down just outside near by dans près pres vers bei nahe bij nabij em a".split()
)
_LINK_LEADS_TO_PLACE = re.compile(
    r"(?:[ \t]+(?:in|de|of|the|d'|l'|out|outside|up|down|near|by))*[ \t]+(?:['’][st]-)?[A-ZÀ-Þ]|"
    r"[ \t]+l[ea][ \t]+\d{5}\b"
).match
# Australia Post and PostNL write the locality in capitals ("NEWTOWN 2042"): after one, four
# digits that read as a year are still the postcode.
_CAPITALS = re.compile(r"(?:^|[\s(,])[A-Z][A-Z'’-]{2,}(?:[ \t][A-Z][A-Z'’-]+)*,?[ \t]\(?$")


_SPLIT_CODE_REST = re.compile(r" \d{3}(?= [A-ZÀ-Þ])")
_DIGIT_SPACE = frozenset(f"{d} " for d in "0123456789")


# A hit that ends in a post-office box: a box number is no postcode, and the post's own code
# may still follow, four digits before the town (La Poste Tunisienne: "B.P. 12, 2080 Ariana")
# or after its label behind the town (Correos de El Salvador: "Apartado Postal 12, Santa Ana,
# CP 2201"), five before it (BH Pošta: "poštanski pretinac 12, 71000 Sarajevo") or five (Correos
# de Nicaragua) or Poste Haïti's "HT" and four after it ("Apartado Postal 12, León 21000",
# "BP 12, Jacmel HT9110"), Poczta Polska's "NN-NNN" before it ("skrytka pocztowa 12, 90-001
# Łódź"), or six before it (Poșta Română, India Post: "Căsuța poștală 12, 200705 Craiova").
_BOX_WORDS = (
    r"(?i:apartado[ \t]postal|apdo\.?|b\.[ \t]?p\.?|bp|p\.?[ \t]?o\.?[ \t]?box|"
    r"casilla(?:[ \t]de[ \t]correos?)?|casella[ \t]postale|case[ \t]postale|postfach|"
    r"caixa[ \t]postal|po[šs]tanski[ \t](?:pretinac|fah)|po[šs]tni[ \t]predal|"
    rf"skrytka[ \t]pocztowa|skr\.[ \t]?poczt\.|{BOX_NAMES})"
    r"[ \t]?(?:n[°º]\.?[ \t]?)?\d{1,6}"
)
_BOX_LAST = re.compile(rf"(?<![\w.]){_BOX_WORDS}$").search
_BOX_AT = re.compile(_BOX_WORDS).match
_BOX_IN = re.compile(_BOX_WORDS).search
# A box line right after a street line ("Via Ciseri 24\nCasella postale 12\n6512 Giubiasco").
_BOX_LINE_AFTER = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*){_BOX_WORDS}(?![\w-])").match
_BOX_TOWN = rf"[{CAPITALS}][\w'’-]*(?:[ \t][{CAPITALS}][\w'’-]*){{0,2}}"
# Correos de México closes the town with its state's abbreviation ("58000 Morelia, Mich.").
_MX_STATE = r"(?:,[ \t]?(?:[A-Z][a-zé]{1,4}\.|[A-Z]\.[ \t]?[A-Z]\.))?"
_CODE_AFTER_BOX = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*)"
    rf"(?:(?:{_BOX_TOWN},[ \t]*)?(?i:CP|C\.P\.)[ \t]?\d{{4,5}}"
    rf"|(?:\d{{4,6}}|\d{{2}}-\d{{3}})[ \t]+(?:[LD]['’])?{_BOX_TOWN}{_MX_STATE}"
    rf"|{_BOX_TOWN},?[ \t]+(?:\d{{5}}|HT\d{{4}}))"
    r"(?![\w-]|[.,]\d)"
).match


def _code_after_box(text: str, pos: int) -> re.Match[str] | None:
    """The post's code and town after a box that ends at ``pos`` (``_CODE_AFTER_BOX``); a counted
    noun after digits that close it makes them a count ("Apdo. 12, Managua 10000 personas")."""
    m = _CODE_AFTER_BOX(text, pos)
    if m is None or quantity_after(text, m.end()):
        return None
    return m


def _tail_end(text: str, start: int, end: int) -> int:
    if end + 4 > len(text) or text[end : end + 2] in (". ", ".\n", "! ", "? "):
        return end  # nothing, or a sentence, follows
    if (box := _BOX_LINE_AFTER(text, end)) and (code := _code_after_box(text, box.end())):
        return code.end()
    # "B.P. 56169, 2080 L'Ariana", "Apdo. 50472, Santa Ana, CP 2201", and a box number too short
    # for a code: "skrytka pocztowa 120, 90-001 Łódź", "Apartado Postal 518, 58000 Morelia, Mich."
    if _BOX_LAST(text, max(start, end - 32), end) and (after := _code_after_box(text, end)):
        return after.end()
    if _has_code(text, start, end):
        return _lower_town(text, end)
    if text[end - 3 : end - 2] == " " and text[end - 2 : end].isdigit():
        split = _SPLIT_CODE_REST.match(text, end)  # "... rue des Lilas 35 000 Rennes"
        if split and not count_after(text, split.end()):
            return _walk_forward(text, split.end())
    if text[end - 2 : end].islower() and (
        text[end - 3 : end - 2].isdigit() or text[end - 4 : end - 2] in _DIGIT_SPACE
    ):  # the hit ends in a lower-case PostNL code ("..., 1012 nx"): its town after it
        for back in (6, 7):
            m = LOWER_NL_TOWN.match(text, end - back)
            if m and m.end("code") == end and _lower_nl(text, m):
                return m.end()
    # "..., Mascot 2020" reads as a postcode only after a street line that holds no code yet
    # ("10115 Berlin, Sommer 2024." keeps its year)
    town_line = _HELD_CODE.search(text, start, end) is None
    pos = end
    limit = min(len(text), end + _MAX_REACH)
    for _ in range(_MAX_TOKENS + 1):
        sep = _SEPARATOR.match(text, pos)
        p = sep.end()
        if p >= limit or "\n\n" in text[pos:p]:
            return end
        if text[p : p + 1] == "(":  # "Madrid (28013)", "(1017 GC) Amsterdam"
            p += 1
        if text[p : p + 1].isdigit() or text[p : p + 1].isalpha():
            code = _POSTCODE.match(text, p)
            if code and code.group("code")[-1:].islower():
                code = _lower_nl(text, code)
            if code and _glued(text, p):
                return end  # "INV-2025-61778", "HR-6293": part of a reference, not a code
            if code and (UNIT_AFTER.match(text, code.end()) or count_after(text, code.end())):
                return end  # "... bei 30000 Besuchern", "..., SYDNEY 2000 people": a count
            if code and _postcode_ok(text, p, code.group("code"), town_line=town_line):
                stop = code.end()
                box = _BOX_LAST(text, max(0, stop - 32), stop) and _code_after_box(text, stop)
                if box:
                    return box.end()  # the box's number, then the post's code and town
                if (
                    code.group("code")[-2:].isalpha()
                    and code.group("code")[-2:] in NOT_NL_LETTERS
                    and not _nl_town_follows(text, code)
                ):
                    stop = code.start("code") + 4  # "2501 US": a number, not a PostNL code
                if stop != code.end():
                    return stop
                if text[p - 1 : p] == "(" and text[stop : stop + 1] == ")":
                    stop += 1  # the bracket closes with the code
                elif text[p - 1 : p] == "(":
                    close = _walk_forward(text, stop)  # "(28013 Madrid)": with the town
                    return close + 1 if text[close : close + 1] == ")" else close
                if (closed := state_code_end(text, code.start("code"), stop)) is not None:
                    return closed  # "... Sandy Bay TAS 7005": USPS and Australia Post end so
                # a code led by a letter (Royal Mail, Canada Post, An Post) closes the address
                after = _walk_forward(text, stop, closing=code.group("code")[:1].isalpha())
                return _lower_town(text, after) if after == stop else after
        token = _TOKEN.match(text, p)
        if token is None:
            return end
        word = token.group()
        unit = unit_number_end(text, word, token.end())  # "apto 1502": the unit's number
        if unit or _floor_part(word) or (
            word in _PLACE_LINKS and _LINK_LEADS_TO_PLACE(text, token.end()) is not None
        ):
            pos = unit or token.end()
            continue
        if (
            word.endswith(".")
            and text[token.end() : token.end() + 1] in (" ", "\n", "")
            and (not is_abbreviation(word))
        ):
            return end  # a sentence end
        if token_kind(word) is None:  # "..., durban 4001": a locality in lower case and its code
            tail = lower_town_code_end(text, p) if "," in text[pos:p] else None
            return tail or end
        pos = token.end()
    return end


def _postcode_ok(text: str, p: int, code: str, *, town_line: bool = True) -> bool:
    """Four bare digits that read as a year ("Springfield 2024 was fun") need a state before them,
    a locality in capitals (Australia Post: "NEWTOWN 2042"), a line of their own ("Sydney\n2000")
    or a locality after a comma with the digits closing the line ("..., Mascot 2020.").
    Four digits after a word and a short code in capitals are a flight or a model ("Flight AZ
    9464", "Indicate RTX 4070"), unless that code is a state ("Sydney NSW 2000")."""
    if len(code) == 4 and code.isdigit():
        short = _SHORT_CAPS(text, max(0, p - 24), p)
        if short and short.group(1) not in _AU_STATES:
            return False
        if _YEAR(code):
            own_line = text[p - 1 : p] == "\n" and text[p + 4 : p + 5] in ("", "\n", " ", ".")
            return (
                own_line
                or _STATE_BEFORE.search(text, max(0, p - 6), p) is not None
                or _CAPITALS.search(text, max(0, p - 40), p) is not None
                or _AU_STATE_AFTER.match(text, p + 4) is not None
                or year_like_code_ok(text, p)  # "Dorpsstraat 12, 2050 <town>"
                or (
                    town_line
                    and _TOWN_LINE_BEFORE.search(text, max(0, p - 40), p) is not None
                    and _CODE_CLOSES.match(text, p + 4) is not None
                )
            )
    return True


# "Flight AZ 9464", "Indicate RTX 4070": a word in lower case, then the short code, then the digits.
# "..., Mascot 2020", "... in Bondi, 2026", "...\nValencia 2077, Carabobo": a locality set off
# from the street line by a comma, "in" or a line break, with four digits that close the line or
# sentence: its postcode, not a year.
_TOWN_LINE_BEFORE = re.compile(
    r"(?:(?:,|\bin)[ \t]+|\n[ \t]*)[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2},?[ \t]\(?$"
)
_CODE_CLOSES = re.compile(r"\)?(?:[ \t]*$|[ \t]*[\r\n|]|[.,;:!?)](?:\s|$))")  # "|": a table cell
_SHORT_CAPS = re.compile(r"(?<![\w'’-])[A-Za-z]*[a-z][A-Za-z]*[ \t]([A-Z]{2,3})[ \t]$").search
_AU_STATES = frozenset("NSW VIC QLD TAS ACT SA WA NT".split())


def _lower_nl(text: str, code: re.Match[str]) -> re.Match[str] | None:
    """A PostNL code typed in lower case ("1012 ab") counts when its letters are no word ("2040
    is", "3000 by"), its digits no year, and a town ends the line or sentence after it ("1012 nx
    amsterdam", "1234ef Ergens"); the match then covers the town too."""
    value = code.group("code")
    if value[-2:] in NOT_NL_PAIRS or _YEAR(value[:4]):
        return None
    return LOWER_NL_TOWN.match(text, code.start())


LOWER_NL_TOWN = re.compile(
    r"(?P<code>[1-9]\d{3} ?[a-z]{2})[ \t]{1,2}(?:['’]s-|['’]t )?"
    r"[A-Za-z][a-z'’-]+(?:[ -][A-Za-z][a-z'’-]+)?"
    r"(?=[ \t]*(?:$|[\r\n,.;:!?)]))"
)


def _nl_town_follows(text: str, code: re.Match[str]) -> bool:
    """Letters of a PostNL code that are also an abbreviation ("5011 BC", "2501 CE") are the
    code's after a street line when a place name or the closing bracket follows them."""
    value = code.group("code")
    if _YEAR(value[:4]) or not value[:4].isdigit():
        return False
    return _TOWN_OR_BRACKET.match(text, code.end()) is not None


_TOWN_OR_BRACKET = re.compile(r"\)|[ \t]{1,2}(?:['’][st][- ])?[A-Z][a-z]")


def _lower_town(text: str, end: int) -> int:
    """``end`` widened over a listed town typed in lower case after a five-digit code that ends
    there ("..., 59800 lille"), else ``end``."""
    if end < 5 or not text[end - 5 : end].isdigit() or text[end : end + 1] != " ":
        return end
    return lower_town_after(text, end - 5, end) or end


def _glued(text: str, p: int) -> bool:
    """The code's first character is glued by a hyphen to the token before it ("INV-2025-61778")."""
    return p >= 2 and text[p - 1] == "-" and text[p - 2].isalnum()


def _has_code(text: str, start: int, end: int) -> bool:
    """The hit ``text[start:end]`` already holds a postcode after its first character (the walk
    stops: see ``_HELD_CODE``), a lettered code or a box ("BP 12 Thiès"); a leading number is a
    house number ("10250 Main Street")."""
    m = _HELD_CODE.search(text, start + 1, end)
    held = held_lettered_code(text, start, end) or held_box(text, start, end)
    return (m is not None and m.start() > start) or held


# A postcode after the word that names it ("PLZ 10115", "postal code: m5v 2t6", "CEP
# 01310-100", "Postcode 3000"): the label makes it one in any case and on its own.
_LABEL_WORDS = {
    *"postcode|post code|postal code|zip|zip code|zipcode|plz|postleitzahl|cep|cap|pin".split("|"),
    *"pin code|pincode|code postal|codigo postal|codice postale|eircode|cp|c p|c a p".split("|"),
}
prefilter.register("postcode_label", _LABEL_WORDS)
_LABELLED = re.compile(
    r"(?i:post ?code|postal code|zip ?code|zip|plz|postleitzahl|cep|cap|pin ?code|pin|"
    r"code postal|c[óo]digo postal|codice postale|eircode|c\.p\.|c\.a\.p\.|cp)"
    r"[ \t]?[:#.-]?[ \t]?(?:(?i:is|was|ist|est|é|es|è)[ \t])?"
    r"(?P<code>\d{5}-\d{3}|\d{7,8}|\d{5}(?:-\d{4})?|[1-9]\d{2} ?\d{3}|\d{4}(?: ?[A-Z]{2}\b)?|"
    r"(?i:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d)|"
    r"(?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})|(?i:(?:[A-Z]\d\d|D6W) ?[0-9A-Z]{4}))"
    r"(?![\w-]|[.,]\d)"
)
# Four digits are a postcode only after a word that means postcode ("PIN 1234" is a PIN).
_FOUR_DIGIT_LABELS = ("post", "plz", "postleitzahl", "code", "codigo", "código", "codice", "zip")


def labelled_postcodes(text: str, labels: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for postcodes written after their label, with the locality after them."""
    hits: list[Hit] = []
    for start, _ in labels:
        m = _LABELLED.match(text, start)
        if m is None:
            continue
        code = m.group("code")
        digits = code.replace(" ", "")
        if digits.isdigit() and len(digits) == 4:
            if not m.group().lower().startswith(_FOUR_DIGIT_LABELS) or _YEAR(digits):
                continue
        if digits.isdigit() and len(digits) == 6 and m.group()[:3].lower() in ("cap", "cp ", "cp:"):
            continue
        if len(digits) == 8 and not m.group()[:3].lower() == "cep":
            continue  # eight bare digits are a postcode only as Correios' CEP
        if len(digits) == 7 and not m.group()[:1].lower() == "c":
            continue  # seven only as Correos de Chile's, after "CP" or "código postal"
        hits.append(("ADDRESS", m.start("code"), _walk_forward(text, m.end())))
    return hits
