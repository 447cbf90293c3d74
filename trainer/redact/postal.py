"""Postal blocks: a postcode and the address lines written before and after it.

Every national post orders an address the same way (Universal Postal Union, S42): recipient or
building, street line, locality, then a postcode line, possibly a country line, on separate lines
or separated by commas, often in capitals. So a validated postcode is the anchor, and the lines
before it are taken back while they look like address lines (capitalised words, house numbers,
street-type abbreviations, particles), never across a sentence end or a lower-case word of prose.

Postcode formats: Deutsche Post / La Poste / Correos / Poste Italiane (5 digits, before a
locality), Correios CEP (01310-100), USPS (state + ZIP or ZIP+4), Australia Post (state + 4
digits), PostNL (1234 AB), India Post (PIN 560034 or 560 034); UK and Canada Post codes are
found by ``addresses`` and passed in. A bare 5-digit number (and a written-out Australian state)
counts only where the lines before it carry a street or unit word; a bare 6-digit PIN after a
place name also takes a house number on an earlier line or a road word on its own line.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_intl import four_digit_code
from trainer.redact.address_lines import walk_back
from trainer.redact.address_numbers import count_after
from trainer.redact.address_tail_codes import town_closing_code_line as _closing
from trainer.redact.address_towns import nl_town_after, postal_towns, town_after
from trainer.redact.address_words import CAPITALS
from trainer.redact.address_world import cpa_codes, world_postcode
from trainer.redact.hits import Hit
from trainer.redact.names import word_list
from trainer.redact.postal_formats import lettered_code_at
from trainer.redact.postal_refs import glued_reference
from trainer.redact.quantities import GROUPED_QUANTITY_AFTER, UNIT_AFTER, is_year

# USPS state and territory codes (Publication 28, appendix B).
_US_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI AA AE
    AP""".split()
)
AU_POSTCODE_RANGES = {  # Australia Post: the postcode ranges of each state and territory
    "NSW": ((1000, 2599), (2619, 2899), (2921, 2999)),
    "ACT": ((200, 299), (2600, 2618), (2900, 2920)),
    "VIC": ((3000, 3999), (8000, 8999)),
    "QLD": ((4000, 4999), (9000, 9999)),
    "SA": ((5000, 5999),),
    "WA": ((6000, 6999),),
    "TAS": ((7000, 7999),),
    "NT": ((800, 999),),
}
# PostNL letter pairs that are common abbreviations after a number ("2024 AI Summit", "500 GB").
NOT_NL_LETTERS = frozenset(
    "AI AM PM GB MB KB TB GW MW KW HP US UK EU UN HR IT QA UX UI ML VR AR CV PR TV PC OS DB BC AD "
    "CE ET PT CT ST OK NO ID IP FX EV HQ KM CM MM KG LB FT HZ".split()
)
_NL_LETTERS = re.compile(r" ?(?!SA|SD|SS)[A-Z]{2}\b").match
_PIN = re.compile(r"[1-9]\d{2} ?\d{3}").fullmatch
_PIN_SECOND_HALF = re.compile(r" \d{3}(?!\d)").match
_DIGITS3 = re.compile(r"\d{3}").match


def _country_prefix(text: str, letter: int, e: int) -> bool:
    """ "D-10115 Berlin": a country letter before a postcode (the old European style) stands
    alone and has the locality after the code; "#A-51364-14" is a reference."""
    alone = letter == 0 or not (text[letter - 1].isalnum() or text[letter - 1] in "#-/_")
    return alone and text[e : e + 1] != "-" and _locality_follows(text, e)


def _in_digit_chain(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is one group of a longer hyphenated digit chain (ISBN, ids)."""
    return (s >= 2 and text[s - 1] == "-" and text[s - 2].isdigit()) or (
        text[e : e + 1] == "-" and text[e + 1 : e + 2].isdigit()
    )


_AFTER_PLACE = re.compile(r"[A-Za-z][,-]? ?-? ?$").search  # "Pune 411001", "Erode-638001"
# Postcode labels: "D-10115", "F-75008", "CP 28013", "PIN 560001".
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:PIN|Pin|pin|PIN\s?[Cc]ode|Pin\s?[Cc]ode|Pincode|PLZ|CP|C\.P\.|CAP|CEP|Postcode|"
    r"Postal [Cc]ode|ZIP|Zip)\s?[:.-]?\s?|\b[DFIEAB]-)$"
)
# A place name may open with the old Dutch article: "'s-Hertogenbosch", "'s-Gravenhage", "'t Zandt".
# (Central European capitals too: "93-154 Łódź", "787 01 Šumperk", "35210 İzmir")
_CITY_WORD = rf"(?:['’][st][- ])?[{CAPITALS}][\w'’.-]*"
_CITY_LINK = (
    r"(?:am|an|der|dem|den|im|in|bei|sur|sous|en|lès|les|le|la|de|del|della|di|do|da|dos|das|d'|l')"
)
# After a postcode: the locality (1-4 words), a CEDEX, a province ("(MI)", "/SP"), a country.
_COUNTRIES = (
    r"Deutschland|Germany|France|España|Espanya|Spain|Italia|Italy|Nederland|Netherlands|"
    r"The Netherlands|India|Bharat|Brasil|Brazil|United Kingdom|UK|U\.K\.|Great Britain|England|"
    r"Scotland|Wales|Northern Ireland|USA|U\.S\.A\.|United States(?: of America)?|Canada|"
    r"Australia|Österreich|Austria|Schweiz|Suisse|Svizzera|Switzerland|Belgique|België|Belgium|"
    r"Portugal|Luxembourg|Monaco|México|Mexico|New Zealand|Aotearoa|South Africa|Polska|"
    r"Poland|Sverige|Sweden|Argentina|Chile|Colombia|Singapore|Japan|Danmark|Norge|Suomi"
)
_IN_STATES = (
    r"Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|"
    r"Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|"
    r"Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|"
    r"Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Jammu and Kashmir|Ladakh|"
    r"Puducherry|Chandigarh"
)
# "(MI)", "(Madrid)", "(Québec)"; not "(DM for details)".
_PROVINCE_IN_BRACKETS = r"\([A-ZÀ-Þ][\w'-]{1,24}(?: [A-ZÀ-Þ][\w'-]*)?\)"
_LOCALITY_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*-[ \t]*)(?!(?:{_COUNTRIES})\b){_CITY_WORD}"
    rf"(?:[ -](?:{_CITY_LINK}[ -]?)?{_CITY_WORD}){{0,3}}"
    r"(?:[ \t]+CEDEX(?:[ \t]+\d{1,2})?)?"
    rf"(?:[ \t]*{_PROVINCE_IN_BRACKETS}|[ \t]*(?:/|[ \t]-[ \t]?)[A-Z]{{2}}\b|[ \t]+[A-Z]{{2}}\b)?"
)
# The locality alone, when prose follows it ("10115 Berlin yesterday", "Frankfurt am Main").
_PLACE_LEAD = (
    r"(?:San|Santa|Santo|São|Saint|Sainte|St\.?|Ste\.?|Sankt|Bad|Den|New|Nova|Novo|Rio|"
    r"Porto|Ciudad|Villa|Vila|Castel|Monte|Mont|Port|Fort|Groß|Klein|Alt|Neu|Nieuw|Oud|La|Le|"
    r"Les|Los|Las|El|Il|Lo|Het|De|Navi|Greater|North|South|East|West)"
)
_LOCALITY_ONE = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*-[ \t]*)(?!(?:{_COUNTRIES})\b)"
    rf"(?:{_PLACE_LEAD} (?:{_CITY_LINK} )?)?{_CITY_WORD}(?: {_CITY_LINK} {_CITY_WORD})*"
    r"(?:[ \t]+CEDEX(?:[ \t]+\d{1,2})?)?"
    rf"(?:[ \t]*{_PROVINCE_IN_BRACKETS}|[ \t]+[A-Z]{{2}}\b)?"
)
_COUNTRY_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t\r]*\n[ \t]*|[ \t]+)(?i:{_COUNTRIES}|{_IN_STATES})\b"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t\r]*\n[ \t]*|[ \t]+)(?i:{_COUNTRIES})\b)?"
)
_LINE_END = re.compile(r"[ \t]*(?:$|[\n.,;:!?)]|\s[#@])")

_YEAR = is_year


def postal_blocks(text: str, anchors: list[tuple[int, int, bool]]) -> list[Hit]:
    """ADDRESS hits for every postcode in ``text`` plus ``anchors`` ((start, end, strong) of
    postcodes found elsewhere), each widened to its address block."""
    hits: list[Hit] = []
    last = len(anchors)
    for i, (start, end, strong) in enumerate(anchors + _numeric_postcodes(text) + cpa_codes(text)):
        back, number, word, word_joined = walk_back(text, start, strong=strong)
        # A bare 5-digit code needs a street or unit word; a 6-digit PIN also takes a house number.
        pin = _PIN(text, start, end) is not None
        if not strong and not (word or (pin and (number or word_joined))):
            if number and _nl_code_opens_line(text, start, end):
                # "Lindeboom 42\n5211 AM  BREDA": letters that are an abbreviation ("AM") count
                # when the code opens the line after a street line with a house number
                hits.append(("ADDRESS", back, _walk_forward(text, end, closing=i < last)))
                continue
            if number and (town := _listed_town_block(text, start, end)):
                hits.append(("ADDRESS", back, town))  # "Ravelijn 12\n2000 Antwerpen"
                continue
            if town := _postcode_town(text, start, end):
                hits.append(("ADDRESS", start, town))  # "wohne in 10115 Berlin"
            continue
        if _state_led(text, start):
            # USPS and Australia Post end the address with "STATE CODE": only a country follows
            country = _COUNTRY_AFTER.match(text, end)
            hits.append(("ADDRESS", back, country.end() if country else end))
            continue
        hits.append(("ADDRESS", back, _walk_forward(text, end, closing=i < last)))
    return hits


def _listed_town_block(text: str, start: int, end: int) -> int | None:
    """End of the town after the code ``text[start:end]`` when the town is listed for the code's
    digits (``address_towns``) and the pair opens its line or closes its clause, or any town
    closes the code's own line (``address_tail_codes``): then the line before it with a house
    number is its street line (UPU S42): "Ravelijn 12\n2000 Antwerpen"; not "Sprint 14, ..."."""
    town = town_after(text, start, end)
    if town is None:
        return _closing(text, start, end)  # "Pikk 12\n10123 Tallinn"
    opens = text[max(0, start - 3) : start].rstrip(" \t").endswith("\n")
    return town if opens or _LINE_END.match(text, town) else None


def state_code_end(text: str, code: int, end: int) -> int | None:
    """End of an address whose postcode ``text[code:end]`` follows a US or Australian state
    ("NY 10118", "TAS 7005"): a country line at most follows it. None without such a state."""
    if (
        _state_before(text, code, AU_POSTCODE_RANGES) is None
        and _state_before(text, code, _US_STATES) is None
    ):
        return None
    country = _COUNTRY_AFTER.match(text, end)
    return country.end() if country else end


def _state_led(text: str, start: int) -> bool:
    """The postcode at ``start`` is led by a US or Australian state ("NY 10118", "TAS 7005")."""
    word = text[start : start + 4].split(" ")[0].rstrip(",")
    return word in AU_POSTCODE_RANGES or word in _US_STATES


def _nl_code_opens_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a PostNL "1234 AB" at the start of a line."""
    return (
        end - start in (6, 7)
        and text[start : start + 4].isdigit()
        and not _YEAR(text[start : start + 4])  # "Sprint 14\n2024 AI Summit"
        and text[end - 2 : end].isalpha()
        and text[max(0, start - 4) : start].rstrip(" \t").endswith("\n")
    )


# "in 10115 Berlin": a preposition makes a code and town an address ("to 12000 Visitors" stays).
_TOWN_PREPOSITION = re.compile(
    r"(?:^|\s)(?:in|to|from|at|near|a|en|em|no|na|nach|aus|von|bei|à|au|de|da|di|naar|uit|"
    r"van|vers|desde|para|per|presso)\s$"
)
# The town, with the article or title that may lead its name ("Le Bugue", "'s-Heerenberg").
_TOWN = re.compile(
    r"[ \t]+(?:(?:Le|La|Les|L'|L’|El|Los|Las|Il|Lo|De|Den|Het|Bad|Sankt|St\.|Saint|Sainte|"
    r"San|Santa|Santo|São|Nieuw|Oud|Groß|Klein|Alt|Neu)[ -]|['’][st][- ])?"
    r"[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*(?:[ -](?:am|an|im|sur|de|del|di|la)[ -][A-ZÀ-Þ][\w'’-]*)?"
)


def _postcode_town(text: str, start: int, end: int) -> int | None:
    """End of "10115 Berlin" after a preposition, or None."""
    if end - start not in (5, 9) or not _TOWN_PREPOSITION.search(text, max(0, start - 8), start):
        return None
    town = _TOWN.match(text, end)
    if town is None or UNIT_AFTER.match(text, end) or GROUPED_QUANTITY_AFTER.match(text, end):
        return None
    if town.group().strip().casefold() in postal_towns():
        return town.end()  # a listed town wins over a counted noun of the same spelling
    if count_after(text, end):
        return None  # "in 12000 Jahren": a count, not a postcode
    return town.end()


def _lettered(text: str, s: int) -> tuple[int, int] | None:
    """A country-lettered postcode around the digit run at ``s`` (``postal_formats``); the
    cheap test first: a capital, or a capital and a digit ("KY1-1100"), right before the run
    or before a blank or hyphen there."""
    j = s - 1 if text[s - 1] in " -" else s
    if j < 1:
        return None
    c = text[j - 1]
    if not ("A" <= c <= "Z" or (c.isdigit() and j > 1 and "A" <= text[j - 2] <= "Z")):
        return None
    return lettered_code_at(text, s)


def _numeric_postcodes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of postcodes with three or more digits in a row."""
    found: list[tuple[int, int, bool]] = []
    n = len(text)
    done = -1
    for m in prefilter.triples(text):  # [0-9][0-9][0-9], over the class mask on ASCII text
        s = m.start()
        if s < done:
            continue
        e = m.end()
        while e < n and "0" <= text[e] <= "9":  # NFKC leaves some digits ("፩") non-ASCII
            e += 1
        done = e
        if s > 1 and (lettered := _lettered(text, s)):
            found.append((*lettered, True))  # "AD500", "BB11000", "FO-100" (``postal_formats``)
            continue
        if s and (text[s - 1].isalnum() or text[s - 1] in "_.,/+€$£%#"):
            continue
        if e < n and text[e] in "%€$£." and not text[e + 1 : e + 2].isspace() and e + 1 < n:
            continue
        anchor = _classify(text, s, e)
        if anchor:
            found.append(anchor)
    return found


# The labels of company registers (Austria's Firmenbuch "FN", Germany's Handelsregister "HRA",
# "HRB", the Vereinsregister "VR", Austria's "ZVR", the Dutch "KvK").
_REGISTER_BEFORE = re.compile(
    r"(?<![\w-])(?:FN|HRA|HRB|VR|ZVR|KvK)[ \t]?(?:(?i:nr)\.?[ \t]?)?:?[ \t]?$"
).search


def _classify(text: str, s: int, e: int) -> tuple[int, int, bool] | None:
    """The postcode starting at the digit run ``text[s:e]``, as (start, end, strong), or None."""
    length = e - s
    nxt = text[e : e + 1]
    if length == 4:  # Australia Post "VIC 3121", PostNL "1234 AB"
        state = _state_before(text, s, AU_POSTCODE_RANGES)
        # "Hawthorn VIC 3122", and any 4 digits after "Town, VIC" (Australia Post, found once)
        if state is not None and (
            _in_state(text[state:s].strip(" ,"), int(text[s:e]))
            or re.match(r"[A-Za-z], $", text[max(0, state - 3) : state])
            # out of range after a capitalised locality ("Sandy Bay TAS 1234"), not a year
            or (
                text[state:s].strip(" ,") in ("NSW", "VIC", "QLD", "TAS")  # not SA, WA, NT, ACT
                and not _YEAR(text[s:e])
                and _au_locality_before(text, state)
            )
        ):
            return (state, e, True)
        # "Melbourne, Victoria 3000"; the regexes run only after a state's name or abbreviation
        named = None
        if text.endswith(_AU_NAME_TAILS, 0, s):
            named = _AU_STATE_NAME(text, max(0, s - 32), s)
        if named and _in_state(_AU_STATE_NAMES[named.group(1)], int(text[s:e])):
            # weak ("Victoria 3000 runners") unless a locality before and a line end after
            closes = _LINE_END.match(text, e) is not None
            locality = _AU_LOCALITY_BEFORE(text, max(0, named.start() - 40), named.start())
            return (named.start(), e, closes and locality is not None)
        title = None
        if text.endswith(_AU_TITLE_TAILS, 0, s):  # "Fitzroy Vic 3065"
            title = _AU_STATE_TITLE(text, max(0, s - 40), s)
        if title and _in_state(title.group(1).upper(), int(text[s:e])):
            return (title.start(1), e, True)
        m = _NL_LETTERS(text, e)
        if m and _locality_follows(text, m.end()):
            # "2501 CE Den Haag"; "2024 AI Summit", "2023 NL Tour" (a year) need a street line
            plain = m.group().strip() not in NOT_NL_LETTERS and not _YEAR(text[s:e])
            # before a town whose codes start so ("2031 BK Haarlem") it is one whatever it reads
            town = nl_town_after(text, m.end() + 1 + (text[m.end()] == ","), text[s:e])
            return (s, m.end(), plain or town is not None)
        # Austria, Switzerland, Belgium, New Zealand, South Africa ..., Portugal's "1234-567"
        return four_digit_code(text, s, e, locality_follows=_locality_follows)
    if length == 3 and text[s] != "0" and _PIN_SECOND_HALF(text, e):
        e += 4  # India Post writes the PIN as "560 034" too
        length = 6
    if length in (3, 6, 7) and (world := world_postcode(text, s, e, locality_follows=_lf)):
        return world  # Poland, Sweden, Japan, Chile, Singapore (``address_world``)
    if length not in (5, 6) or (nxt.isalnum() or nxt == "_"):
        return None
    before = text[max(0, s - 16) : s]
    if _REGISTER_BEFORE(before):
        return None  # "FN 100773 b", "HRB 12345": a company register's number, no postcode
    label = _LABEL_BEFORE.search(before)
    if label and label.group().endswith("-") and not _country_prefix(text, s - 2, e):
        label = None  # "Order #A-51364-14", "Ref D-53699 arrived": a reference, no postcode
    start = s - len(label.group()) if label else s
    if length == 5 and nxt == "-" and _DIGITS3(text, e + 1):
        tail = e + 4
        while tail < len(text) and text[tail].isdigit():
            tail += 1
        if tail - e - 1 == 3 and not text[tail : tail + 1].isalnum():  # Correios CEP
            if _in_digit_chain(text, s, tail):  # "978-4-38872-944-9": an ISBN, no CEP
                return None
            return (start, tail, True)
        if tail - e - 1 == 4 and (state := _state_before(text, s, _US_STATES)) is not None:
            return (state, tail, True)  # ZIP+4
        return None
    if length == 5:
        if (state := _state_before(text, s, _US_STATES)) is not None:
            return (state, e, True)
        if label:
            return (start, e, True)
        if _locality_follows(text, e):
            return (s, e, False)
        if text[max(0, s - 2) : s] == ", " and _LINE_END.match(text, e):  # "Ávila, 32125"
            return (s, e, False)
        return None
    if text[s] == "0":  # India Post: no PIN starts with 0
        return None
    if label:
        return (start, e, True)
    if _AFTER_PLACE(before) and not glued_reference(text, s):  # not "order ORD-481516"
        return (s, e, False)
    return None


_AU_STATE_NAMES = {
    "New South Wales": "NSW",
    "Victoria": "VIC",
    "Queensland": "QLD",
    "Tasmania": "TAS",
    "Australian Capital Territory": "ACT",
    "South Australia": "SA",
    "Western Australia": "WA",
    "Northern Territory": "NT",
}
_AU_STATE_NAME = re.compile(rf"\b({'|'.join(_AU_STATE_NAMES)}),? $").search
# The tails ``_AU_STATE_NAME`` matches ("$" matches before a final "\n": "Victoria \n3000").
_AU_NAME_TAILS = tuple(
    f"{name}{sep} {brk}" for name in _AU_STATE_NAMES for sep in ("", ",") for brk in ("", "\n")
)
# The state abbreviations also written in title case after a locality ("Fitzroy Vic 3065").
_AU_STATE_TITLE = re.compile(r"[A-Z][a-z'’-]+,? (Vic|Qld|Tas),? $").search
_AU_TITLE_TAILS = tuple(f"{state}{sep} " for state in ("Vic", "Qld", "Tas") for sep in ("", ","))
_AU_LOCALITY_WORD = re.compile(r"(?:^|[\s,])([A-Z][A-Za-z'’-]+),? $").search


def _au_locality_before(text: str, state: int) -> bool:
    """A capitalised place word (no frequent word: "The SA 3000 series") before the state."""
    m = _AU_LOCALITY_WORD(text, max(0, state - 30), state)
    return m is not None and m.group(1).lower() not in word_list("common_words_top.txt")
_AU_LOCALITY_BEFORE = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?, $").search


def _in_state(state: str, number: int) -> bool:
    return any(lo <= number <= hi for lo, hi in AU_POSTCODE_RANGES[state])


def _state_before(text: str, s: int, states: frozenset[str] | dict) -> int | None:
    """Start of "NY " / "VIC, " right before ``s`` when it names a state, else None."""
    if s < 3 or text[s - 1] != " ":
        return None
    j = s - 2 if text[s - 2] == "," else s - 1
    i = j
    while i > 0 and j - i < 3 and "A" <= text[i - 1] <= "Z":
        i -= 1
    if text[i:j] in states and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "-")):
        return i
    return None


def _locality_follows(text: str, e: int) -> bool:
    """A capitalised place name after the postcode, on the same line."""
    return text[e : e + 1] in (" ", "\t", ",") and _LOCALITY_ONE.match(text, e) is not None


_lf = _locality_follows


def _walk_forward(text: str, end: int, *, closing: bool = False) -> int:
    """End of the locality, province and country lines after a postcode. A ``closing`` code
    (Royal Mail, Canada Post, An Post: the town comes before it) takes a locality after it
    only when it ends the line or is in capitals ("SW1A 2AA LONDON"), not the next sentence's
    first word ("... K67 CD82 Our team")."""
    m = _LOCALITY_AFTER.match(text, end)
    if m and _LINE_END.match(text, m.end()):
        end = m.end()
    elif (m := _LOCALITY_ONE.match(text, end)) and (not closing or m.group().isupper()):
        end = m.end()
    if m := _COUNTRY_AFTER.match(text, end):
        end = m.end()
    return end
