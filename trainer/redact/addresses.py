"""Street addresses.

Styles: number-first (US, UK, India: "350 5th Avenue, Suite 3300, New York, NY 10118"),
street-then-number compounds (German, Dutch: "Hauptstraße 12, 10115 Berlin"), street-type-first
(French, Spanish, Italian, Portuguese: "12 rue de la Paix, 75002 Paris", "Via Roma, 5",
"Travessa Enrico das Neves, 74, 06213-381 Alves / AL"; non-English types also without a number:
"rue Bourdon"), US military mail ("PSC 8326, Box 4395, APO AE 27830"), Indian house numbers and
PINs ("H.No. 26, Bhavsar, Erode-165819"), PO boxes and standalone UK postcodes. Street-name
words must be capitalised so prose does not match. ``find_addresses`` runs every address rule;
the locale rules live beside it: ``address_de``, ``address_romance`` and ``street_types``,
``address_ie``, ``postal`` with ``address_lines`` (postcode blocks), ``address_mentions`` with
``address_towns``, ``address_nordic``, ``address_dkno`` and ``address_iceland`` (Nordic street
lines), ``address_keyed`` (PL, TR, CZ, MY, PK, RO), ``address_lower_line``, ``address_regional``
(Icelandic, West African, Costa Rican, Paraguayan, Ecuadorian, Vietnamese and Bosnian forms),
``address_unnumbered`` (Kenyan street, building and "off" lines), ``address_town_streets``
("Koemarkt 30, Amsterdam").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_anchors import spaced_numbers
from trainer.redact.address_breaks import broken_street_starts
from trainer.redact.address_ca import CA_POSTCODE_SOLID, CA_SOLID, ca_postcode
from trainer.redact.address_co import colombian_codes
from trainer.redact.address_cz import czech_streets
from trainer.redact.address_de import (
    POSTCODE_CITY_AFTER,
    german_preposition_streets,
    german_separate,
)
from trainer.redact.address_dkno import (
    TYPE_TAILS,
    broken_line_anchors,
    code_line_anchor,
    code_lines,
    dkno_streets,
    nordic_anchor,
)
from trainer.redact.address_en_types import LISTICLE as _LISTICLE
from trainer.redact.address_en_types import STRONG as _STRONG
from trainer.redact.address_en_types import WEAK as _WEAK
from trainer.redact.address_four_digit import (
    four_digit_code_at,
    four_digit_lines,
    line_four_digit_codes,
)
from trainer.redact.address_hr import round_code_lines
from trainer.redact.address_iceland import eth_thorn, icelandic_streets
from trainer.redact.address_ie import districts, eircodes, irish_streets
from trainer.redact.address_intl import DOOR
from trainer.redact.address_keyed import KEYED, keyed_streets
from trainer.redact.address_label_line import labelled_street_lines
from trainer.redact.address_led import led_streets
from trainer.redact.address_lettered import lettered_postcodes
from trainer.redact.address_lower import find_lowercase_addresses
from trainer.redact.address_lower_line import LOWER_LINE_ANCHOR, lower_lines
from trainer.redact.address_mentions import town_mentions
from trainer.redact.address_mt import maltese_code_at, maltese_streets
from trainer.redact.address_nl import nl_lower_line, nl_postcode
from trainer.redact.address_nordic import nordic_streets
from trainer.redact.address_numbers import (
    day_and_month,
    finish_hits,
    not_house_number,
    quantity_after,
    residence_before,
    residence_word,
    tidy_hits,
)
from trainer.redact.address_places import dutch_numbered_streets
from trainer.redact.address_references import reference_led
from trainer.redact.address_region_lines import numbered_region_lines, region_closed_streets
from trainer.redact.address_regional import regional_addresses
from trainer.redact.address_romance import romance_streets
from trainer.redact.address_tail import extend_to_postcode, labelled_postcodes
from trainer.redact.address_town_streets import town_streets
from trainer.redact.address_unnumbered import (
    cued_street_towns,
    framed_lines,
    kenyan_boxes,
    off_road_tails,
    unnumbered_streets,
)
from trainer.redact.address_words import (
    CA_POSTCODE,
    COMPOUND_ENDINGS,
    HOUSE_SUFFIX,
    STREET_CAPITALS,
    by_first_letter,
    by_last_three,
    english_ring,
)
from trainer.redact.address_world import pl_se_code_at
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first
from trainer.redact.names import given_names
from trainer.redact.postal import postal_blocks
from trainer.redact.postal_boxes import (
    BOX_KEYWORDS,
    BOX_NAMES,
    SHORT_BOX_KEYWORDS,
    SHORT_BOX_NAMES,
)
from trainer.redact.quantities import year_like as _year_like
from trainer.redact.street_types import find_typed_streets

_SUFFIX = by_first_letter(longest_first(_STRONG | _WEAK))
_WORD = r"(?:[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th))"
_UNIT = (
    r"(?:,?\s(?:(?i:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Level|Room|Rm|Bldg)\b\.?\s?#?|"
    r"#\s?(?=\d))[\w-]{1,6}(?![\w-]))"
)
_CITY = r"(?:,\s?[A-Z][a-zà-ÿ][\w'’.-]*(?:\s[A-Z][a-zà-ÿ][\w'’.-]*){0,2})"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_AU_STATE = r"(?:NSW|VIC|QLD|TAS|ACT|SA|WA|NT)"
_ZIP = (
    rf"(?:,?\s[A-Z]{{2}}\s\d{{5}}(?:-\d{{4}})?|,?\s{_UK_POSTCODE}\b|[-\s]\d{{6}}\b|,\s\d{{5}}\b|"
    rf",?\s{_AU_STATE},?\s\d{{4}}\b|,?\s(?:[A-Z]{{2}}\s)?{CA_POSTCODE}\b)"
)

_EN_STREET = re.compile(  # not after a digit group: "086775 43231 Main St" is a phone number
    # (a digit group ending the line before is no part of it: "Card: 4111...\n219 Etosha Street")
    # AS 4590 writes the unit "U5" or "U 5" before the street number ("U5 12 Smith St")
    r"(?<![\w.,/-])(?<!\d[ \t])"
    r"(?:(?P<flat>(?:(?i:Flat|Studio|Apartment|Unit|Suite|Apt\.?|Level)\s\w{1,5}|"
    r"U\s?\d{1,4}[A-Za-z]?)(?:/\d{1,5})?,?\s"
    rf"(?:\d{{1,6}}{HOUSE_SUFFIX}?(?:[-/]\d{{1,4}})?,?\s)?)|"
    rf"(?:H\.?\s?No\.?\s?)?(?P<num>\d{{1,6}}{HOUSE_SUFFIX}?(?:[-/]\d{{1,4}})?),?\s)"
    r"(?:(?:[NSEW]|North|South|East|West)\.?\s)?"
    rf"(?P<name>(?:{_WORD}\s){{1,4}}?)"
    rf"(?P<suffix>(?i:{_SUFFIX}))\b\.?(?:\s(?P<suffix2>(?i:{_SUFFIX}))\b\.?)?"
    r"(?:\s(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"
    rf"(?P<unit>{_UNIT})?(?:{_CITY}{{1,2}})?(?P<zip>{_ZIP})?"
)
# Post-office boxes by their postal names: Botswana's and South Africa's "Private Bag (X)12",
# the Spanish-speaking posts' "Apartado Postal", "Apdo." and Bolivia's "Casilla de Correo",
# Tanzania's "S.L.P." (sanduku la posta), PostNL's "Postbus", BH Pošta's and Hrvatska pošta's
# "poštanski pretinac" (also "poštanski fah"), Pošta Slovenije's "poštni predal", Poczta
# Polska's "skrytka pocztowa".
_PO_BOX = re.compile(
    r"\b(?:(?i:P\.?\s?O\.?\s?Box|Post\s?Box|Postfach|Caixa Postal|Apartado Postal|"
    r"po[šs]tanski\s(?:pretinac|fah)|po[šs]tni\spredal|skrytka\spocztowa|"
    r"Apdo\.?(?:\sPostal)?|Casilla(?:\sPostal|\sde\sCorreos?)|Sanduku la Posta|S\.L\.P\.?|"
    # BotswanaPost's bags carry their office's letters: "Private Bag BO 31", "Private Bag X12"
    r"Postbus)|(?:Private Bag|PRIVATE BAG)(?:\sX|\s[A-Z]{1,3}(?=\s\d))?|"
    # and every post's own name for its box (``postal_boxes``: "Boîte postale", "Căsuța poștală");
    # "B.P." as a box line of its own or after a street line's comma, not a blood pressure in
    # prose ("His B.P. 120 over 80") nor a reading ("B.P. 140/90")
    rf"{BOX_NAMES}|(?:(?<=,[ \t])|(?<=\n)|^)B\.[ \t]?P\.(?![ \t]?\d{{2,3}}/\d))"
    # India Post's "Post Box No. 12", "P.O. Box No. 7"; La Poste's "B.P. n° 12"
    r"(?:\s(?i:no)\.?|\s?n[°º]\.?)?\s?"
    # posts that letter their boxes by office or district write the letters before the number
    # (BahamasPost's "P.O. Box N-4821", "CB-13022"; Bermuda's "P.O. Box HM 1234")
    r"(?:(?<=\s)[A-Z]{1,3}(?:-|[ \t](?=\d))(?=\d)|(?<=\s|X|\.))\d{1,6}\b"
)

_COMPOUND_SUFFIX = "|".join(re.escape(ending) for ending in COMPOUND_ENDINGS)
_COMPOUND_BY_TAIL = by_last_three(COMPOUND_ENDINGS)  # a word is compared with its group only
_TYPE_TAILS = TYPE_TAILS | frozenset(_COMPOUND_BY_TAIL)  # every tail ``_anchored`` looks up
_NL_LEAD = (
    r"(?:Nieuwe|Oude|Korte|Lange|Hoge|Lage|Grote|Kleine|Eerste|Tweede|Derde|Noordelijke|"
    r"Zuidelijke|Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|Koningin|Graaf|Pastoor|"
    r"Generaal|Kapitein|Professor|Prof\.|Sint|Van|De|Jan|Willem|Hendrik|Pieter|Johan|Anna|Maria)"
)
# A place adjective may lead the name: "Ottenser Hauptstraße 12", "Berliner Allee 3".
_COMPOUND_STREET = re.compile(
    r"(?:\b(?:Am|An der|Auf dem|Im|In der|Zum|Zur|Alte|Alter|Neue|Neuer|Obere|Untere|"
    r"(?!(?:Unser|Euer|Ihrer|Jeder|Aber|Oder|Über|Wieder|Hier|Der|Mehr|Sehr|Immer|Weiter|"
    r"Später|Hinter|Unter|Vor|Oder|Ober|Nieder|Außer|Sommer|Winter|Oktober|November|Dezember|"
    r"September|Nummer)\s)[A-ZÄÖÜ][a-zäöüß]{2,}er)\s)?"
    # Dutch names open with an adjective, a title or a given name and particles ("Nieuwe
    # Binnenweg", "Burgemeester de Withstraat", "Prins Hendrikkade", "Van Goghlaan")
    rf"(?:\b{_NL_LEAD}\s(?:(?:van|de|der|den|het|ter|ten|'t)\s){{0,2}})?"
    rf"\b[A-ZÄÖÜ][\wäöüß.-]*?(?i:{_COMPOUND_SUFFIX})"
    # PostNL additions: "12 hs", "52-H" (huis), "197-III" (the floor), "3-2", "30/1"
    r"\s\d{1,4}(?:\s?[a-zA-Z]\b|\s(?:hs|huis|bis)\b)?(?:\s?[-/]\s?\d{1,4}[a-z]?|-[IVX]{1,4}\b|-H\b)?"
    rf"{DOOR}?"  # Austria: house/stair/door "17/2/8", "12/Top 4", ", Stiege 2"
    r"(?!\d|[\w.,]\d|[-/.]\d)"  # "14-8-2027", "7.9.2026": a date, not a house number
)
# An address label right before a street ("Anschrift: Hauptstraße 1999"): a year-like number
# after it is still the house number.
_ADDRESS_LABEL = re.compile(
    r"(?i:anschrift|adresse|adres|woonadres|address|addr|dirección|direccion|indirizzo|"
    r"endereço|wohnhaft|bezoekadres|postadres)\s?:?\s*$"
).search
_NOT_STREETS = {"notepad", "keypad", "trackpad", "touchpad", "numpad", "launchpad", "scratchpad"}
_SEAT = re.compile(r"(?i:sitz|steh|fenster|gang)platz \d{1,2}[A-K]\b").match  # IATA row + letter
# Streets without a suffix word ("Unter den Linden 77, 10117 Berlin") count when a postcode
# and city follow (not a round number: "10000 Users"); flat parts may stand between ("12 B 4",
# "9/2 m. 3"), the code may be Poland's "NN-NNN" or Sweden's "NNN NN".
_STREET_NUMBER_PLZ = re.compile(
    rf"\b[{STREET_CAPITALS}][\w.-]+(?:[ \t](?:[{STREET_CAPITALS}][\w.-]+|den|der|dem|am|an|im|zum|"
    r"zur|auf|von|de|la|del)){0,4}[ \t]\d{1,4}[a-z]?(?:[-/]\d{1,4}|\s?hs\b|\s?bis\b)?"
    r"(?:[ \t][A-H](?:[ \t]\d{1,3})?\b|[ \t](?:lgh|as\.?|m\.|lok\.)[ \t]?\d{1,4}\b)?,?\s"
    r"(?:(?!\d{2}000)\d{5}|[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2},?|\d{2}-\d{3}|\d{3} \d{2})"
    rf"\s{{1,2}}(?:['’][st][- ])?[{STREET_CAPITALS}][\w-]+"
)

_HAS_DIGIT = re.compile(r"\d").search
# PostNL's type-first streets: "Laan van Meerdervoort 77-2", "Laan der Verenigde Naties 12";
# a year after the name is no house number ("Laan van Nieuw Oost-Indië 2025" is not written).
_NL_LAAN = re.compile(
    r"(?<![\w-])Laan[ \t](?:van|der|op|ten|te|over)[ \t](?:(?:de|der|den|het|'t)[ \t])?"
    r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[ \t](?P<num>\d{1,4})"
    r"(?:[ \t]?[a-zA-Z]\b|-\d{1,3}[a-z]?|-[IVX]{1,4}\b|-H\b)?(?![\w.,/-]?\d|\w)"
)
prefilter.register("nl_laan", {"laan"})
# Anchors: every " <digit>" (``address_anchors.spaced_numbers``); around each, code checks for
# a UK postcode, a "12345 City" postcode and a compound street word.
_UK_POSTCODE_AT = re.compile(r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w-])")
# Česká pošta and Slovenská pošta: "NNN NN" after the town, closing the line or the clause.
_PSC_AT = re.compile(r"\d{3} \d{2}(?![\w-]|[.,/]\d| \d)").match
_PLZ_AT = re.compile(rf"\d{{5}}\s[{STREET_CAPITALS}]")
# A five-digit postcode opening a line after a line that ends in a house number ("12", "74a").
# (the newline leads the pattern, a literal the scan skips to; the character before is checked
# after a match)
_LINE_PLZ = re.compile(rf"\n(?=\d{{5}}[ \t][{STREET_CAPITALS}])")
prefilter.register("street_en", _STRONG | _WEAK | {"flat", "studio", "apartment", "unit", "suite"})
# Keyword categories near which a lower-case address may end in a postcode.
_LOWERCASE_GATES = ("street_word", "street_en", "street_abbr", "de_preposition", "de_type")
# "P.O. Box" reads " p o  box " (two marks, two spaces): its "p o" is the keyword
prefilter.register(
    "po_box",
    {"po box", "p o box", "p o", "pobox", "post box", "postbox", "postfach", "caixa postal",
     "private bag",
     "apartado postal", "apdo", "casilla postal", "casilla de correo", "casilla de correos",
     "sanduku la posta", "s l p", "postbus", "postanski pretinac", "postanski fah",
     "postni predal", "skrytka pocztowa", "b p"}
    | BOX_KEYWORDS,
)
prefilter.register("short_box", SHORT_BOX_KEYWORDS)
# a short box name, its number, a comma and a capitalised town that ends the clause
_SHORT_BOX_TOWN = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(name) for name in SHORT_BOX_NAMES) + r")"
    # (CTT writes its "NNNN-NNN" code before the town: "Apartado 12, 1000-001 Lisboa")
    r"[ \t]?\d{1,6},[ \t](?:\d{4}-\d{3}[ \t])?(?:[A-ZÀ-Þ][\w'’-]+)(?:[ \t][A-ZÀ-Þ][\w'’-]+)?"
    r"(?=[ \t]*(?:$|[\n.;!?)]|,[ \t]|[ \t](?-i:[a-zà-ÿ])))"
)
# libpostal's short box names (fr "BP", "CP"; pt "CP"; ca "Apartat"; es "Aptdo."; de "Pf."),
# which alone are other things too ("BP 140, Normal" a reading), count with the whole box line:
# the number, a comma, the postcode (any post's digits, its letters before them) and the town
# ("BP 9477, 98000 Monaco", "BP 12, MC 98000 Monaco", "Apartat 25, AD500 Andorra la Vella").
_BOX_CODE_TOWN = re.compile(
    r"(?<![\w.])(?:BP|B\.[ \t]?P\.|CP|C\.[ \t]?P\.|Apartat|Aptdo\.?|Apdo\.?|Pf\.)"
    r"[ \t]?\d{1,6},[ \t]"
    r"(?:[A-Z]{1,2}[- ]?)?\d{3,5}(?:-\d{3})?[ \t][A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?"
)
prefilter.register("box_code", {"bp", "b p", "cp", "c p", "apartat", "aptdo", "apdo", "pf"})
# Correios: a CEP written with its label ("CEP 01310-200", "CEP: 01310200").
_CEP = re.compile(r"\bCEP:?\s?\d{5}-?\d{3}(?![\d-])")
prefilter.register("cep", {"cep"})
# US military mail: "PSC 8326, Box 4395, APO AE 27830", "USNS Polk, FPO AP 96607".
_MILITARY = re.compile(
    r"\b(?:(?:PSC|CMR|Unit)\s\d{3,5},?\s(?:Box|BOX)\s\d{3,5}"
    r"(?:,?\s(?:APO|FPO|DPO)\s(?:AA|AE|AP)\s\d{5}(?:-\d{4})?)?|"
    r"(?:(?:USNS|USNV|USCGC|USS)\s[A-Z][\w'-]+,?\s)?(?:APO|FPO|DPO)\s(?:AA|AE|AP)\s\d{5}(?:-\d{4})?)\b"
)
prefilter.register("military", {"psc", "cmr", "apo", "fpo", "dpo"})
# India: "H.No. 26, Bhavsar" and "08/10, Sachdev, Howrah 351419" (a six-digit PIN after a city).
_IN_HOUSE = re.compile(
    r"\bH\.?\s?No\.?\s?\d{1,4}(?:/\d{1,4})?,\s[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}"
    r"(?:,\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)?[-\s][1-9]\d{5}(?!\d))?"
)
prefilter.register("in_house", {"h no", "hno"})
# Led by its first digit, with the lookbehind after it (as _IPV4 in detectors), so the engine
# skips from digit to digit instead of testing the lookbehind at every character.
_IN_PIN = re.compile(
    r"\d(?<![\w/.,-]\d)\d{0,3}(?:/\d{1,4})?,\s(?:[A-Z][\w'-]*\s){0,2}[A-Z][\w'-]*,\s"
    r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?[-\s][1-9]\d{5}(?!\d)"
)


def find_addresses(text: str) -> list[Hit]:
    """Street addresses of the supported styles, plus PO boxes and UK postcodes."""
    found = prefilter.keywords(text)
    hits: list[Hit] = []
    if "street_type" in found:
        hits += romance_streets(text, found["street_type"])
    hits += regional_addresses(text, found)  # IS, CR, PY, EC, francophone West Africa
    if not prefilter.has_digit(text):  # only "rue Bourdon"-style streets have no digit
        if "street_en" in found:  # and "Ngong Road, Nyayo House, Nairobi": a building line
            hits += unnumbered_streets(text, found["street_en"])
            hits += framed_lines(text, found["street_en"])  # "X Drive, off Y Way, Nairobi"
            hits += cued_street_towns(text, found["street_en"])  # "sent to Digo Road, Mombasa."
            hits += region_closed_streets(text, found["street_en"])  # "..., Nassau, New Providence"
        return tidy_hits(text, hits)
    if "street_en" in found:
        hits += _number_first(text, found["street_en"])
        hits += unnumbered_streets(text, found["street_en"])  # "Kaunda Street\nKitale 30200"
        hits += framed_lines(text, found["street_en"])  # "Kimathi House, Kimathi Street"
        hits += cued_street_towns(text, found["street_en"])
        hits += region_closed_streets(text, found["street_en"])  # (``address_region_lines``)
    hits += numbered_region_lines(text)  # "Kaya Palu di Lechi 14, Santa Rosa, Curaçao"
    if "lu_lead" in found or "zone_lead" in found:  # "26, Am Bongert, Mersch" (``address_led``)
        hits += led_streets(text, found)
    if "mt_street" in found:  # "12, Triq il-Ħarruba, Locality ABC 1234" (``address_mt``)
        hits += maltese_streets(text, found["mt_street"])
    # "My new address: Ravelijn 12", "Lieferadresse: Kirchrain 9" (``address_label_line``)
    if "address_label" in found or "dres" in text or "DRES" in text:
        hits += labelled_street_lines(text, found.get("address_label", []))
    anchors: list[tuple[int, int, bool]] = []  # UK and Canada Post codes, for postal_blocks
    compounds: list[tuple[int, int]] = []  # " 12" after "...straße", "...gracht" (any case)
    hits += _anchored(text, anchors, compounds)
    irish = eircodes(text)
    if irish:  # alone, a sure Eircode goes too
        hits += [("ADDRESS", start, end) for start, end, sure in irish if sure]
    hits += postal_blocks(text, anchors + irish + districts(text) + lettered_postcodes(text))
    hits += irish_streets(text)
    hits += find_typed_streets(text)
    hits += dutch_numbered_streets(text)  # "aan de Heuvelseind 71"
    hits += town_streets(text)  # "Koemarkt 30, Amsterdam" (``address_town_streets``)
    if "nl_laan" in found:  # "Laan van Meerdervoort 77-2"
        laan = prefilter.windows(text, found["nl_laan"], before=0, after=70)
        hits += [
            ("ADDRESS", *m.span())
            for m in prefilter.finditer_in(_NL_LAAN, text, laan)
            if not _year_like(m.group("num")) or m.end() > m.end("num")
        ]
    hits += town_mentions(text)  # "Siège : 75008 Paris", "Koramangala, Bengaluru 560034"
    streets = [span for key in _LOWERCASE_GATES for span in found.get(key, ())]
    if streets or compounds:
        hits += find_lowercase_addresses(text, streets, compounds)
    if "po_box" in found:
        hits += [("ADDRESS", m.start(), m.end()) for m in _PO_BOX.finditer(text)]
        hits += kenyan_boxes(text)  # "P.O. Box 1234-80100, Mombasa"
    if "short_box" in found:  # "C.P. 7633, Bissorã", "Apartado 4520, Bata"
        hits += [("ADDRESS", m.start(), m.end()) for m in _SHORT_BOX_TOWN.finditer(text)]
    if "box_code" in found:  # "BP 9477, 98000 Monaco"
        hits += [("ADDRESS", m.start(), m.end()) for m in _BOX_CODE_TOWN.finditer(text)]
    if "cep" in found:
        hits += [("ADDRESS", m.start(), m.end()) for m in _CEP.finditer(text)]
    if "postcode_label" in found:
        hits += labelled_postcodes(text, found["postcode_label"])
    if "military" in found:
        hits += [("ADDRESS", m.start(), m.end()) for m in _MILITARY.finditer(text)]
    if "in_house" in found:
        hits += [("ADDRESS", m.start(), m.end()) for m in _IN_HOUSE.finditer(text)]
    if "de_type" in found:
        hits += german_separate(text, found["de_type"])
    if "de_preposition" in found:
        hits += german_preposition_streets(text, found["de_preposition"])
    if not KEYED.isdisjoint(found):  # PL, TR, CZ, MY, PK, RO (``address_keyed``)
        hits += keyed_streets(text, found)
    # "G2C7K6": a letter between two digits touches them (the contacts are cached; the search
    # opens at the first one, as the code's first digit is one)
    if (contacts := prefilter.letter_digit_contacts(text)) and CA_SOLID(text, contacts[0][0]):
        hits += [("ADDRESS", *m.span()) for m in CA_POSTCODE_SOLID.finditer(text)]
    pin_regions = prefilter.digit_windows(text)
    if pin_regions:
        hits += colombian_codes(text)  # "Soledad 083001", "CP 110111"
        widened = prefilter.windows(text, pin_regions, before=40, after=0)
        hits += [
            ("ADDRESS", *m.span())
            for m in prefilter.finditer_in(_IN_PIN, text, widened)
            if not _year_like(m.group().split(",")[0])
        ]
    if not hits:  # most posts: every step below maps no hit to none
        return hits
    if " off " in text or " Off " in text:  # "Plot 4, Kilimani Estate, off Ngong Road"
        hits = off_road_tails(text, hits)
    hits = extend_to_postcode(text, list(dict.fromkeys(hits)))  # rules often agree
    if "\n" in text:  # "Gurruchaga\n125, C1425DQF CABA": a copy broken inside the line
        hits = broken_street_starts(text, hits)
    # "Ver 176 600 ECV", "Případ CS-481504": a pointer word and a number (``address_references``)
    return [hit for hit in finish_hits(text, hits) if not reference_led(text, hit)]


def _number_first(text: str, suffixes: list[tuple[int, int]]) -> list[Hit]:
    """US/UK/Indian streets, searched only near a suffix word with a digit shortly before."""
    if (classes := prefilter.ascii_classes(text)) is not None:  # a "d" in the class mask
        near = [(s, e) for s, e in suffixes if classes.find(b"d", max(0, s - 60), s) != -1]
    else:
        near = [(s, e) for s, e in suffixes if _HAS_DIGIT(text, max(0, s - 60), s)]
    regions = prefilter.windows(text, near, before=60, after=90)
    return [
        ("ADDRESS", m.start(), m.end())
        for m in prefilter.finditer_in(_EN_STREET, text, regions)
        if _en_street_ok(m)
    ]


def _anchored(
    text: str, anchors: list[tuple[int, int, bool]], compound: list[tuple[int, int]]
) -> list[Hit]:
    """One pass finds UK postcodes and the anchors of compound streets ("...straße 12", and the
    Swedish and Finnish "...gatan 12", "...katu 5") and of "street number, postcode city"; the
    full patterns then run only around the anchors. UK and Canada Post codes are also appended
    to ``anchors`` (start, end, strong)."""
    hits: list[Hit] = []
    nordic: list[tuple[int, int]] = []  # " 12" after "...gatan", "...katu" (``address_nordic``)
    dkno: list[tuple[int, int]] = []  # " 12" after "...vej", "...gata", "gt." (``address_dkno``)
    lower: list[tuple[int, int]] = []  # "lipowa 13, 40-085 katowice" (``address_lower_line``)
    coded: list[tuple[int, int]] = []  # ", 0553 Oslo" after a street line
    four: list[int] = []  # ", 2050 Antwerpen" after a street line with no type word
    psc: list[tuple[int, int]] = []  # "..., Plzeň 301 00" closing a line (``address_cz``)
    iceland: list[int] = []  # " 12" after "...vegur", "...stræti" (``address_iceland``)
    folded = prefilter.folded(text)
    plz: list[tuple[int, int]] = []
    lines = "\n" in text
    for space in spaced_numbers(text):  # every " " before a digit (``address_anchors``)
        word_start = text.rfind(" ", 0, space) + 1
        # a postcode on a line of its own ("London\nNW1 6XE"): the outward code is <= 4 chars
        if lines:
            word_start = max(word_start, text.rfind("\n", max(0, space - 5), space) + 1)
        digit = space + 1
        upper = "A" <= text[word_start] <= "Z"  # UK and Canada Post codes start with a capital
        if upper and (postcode := _UK_POSTCODE_AT.match(text, word_start)):
            hits.append(("ADDRESS", word_start, postcode.end()))
            anchors.append((word_start, postcode.end(), True))
        elif upper and space - word_start == 3 and (malta := maltese_code_at(text, word_start)):
            hits.append(("ADDRESS", malta[0], malta[1]))  # MaltaPost's "ABC 1234"
            anchors.append(malta)
        # (four digits first: the 5-digit, PostNL and lower-case PostNL codes all open so)
        elif (
            (d4 := text[digit : digit + 4].isdigit())
            and text[digit + 4 : digit + 5].isdigit()
            and _PLZ_AT.match(text, digit)
        ):
            plz.append((digit, digit + 8))
        elif pl_se_code_at(text, digit):  # "00-950 Warszawa", "114 55 Stockholm"
            plz.append((digit, digit + 8))
        elif d4 and (nl := nl_postcode(text, digit)):
            hits.append(("ADDRESS", digit, nl))
            plz.append((digit, digit + 8))
        elif (
            d4
            and text[digit + 4 : digit + 6].strip().islower()
            and (nl := nl_lower_line(text, digit))
        ):
            hits.append(("ADDRESS", digit, nl))
        elif upper and text[word_start + 1 : word_start + 2].isdigit():
            if hit := ca_postcode(text, word_start):
                hits.append(hit)
                anchors.append((hit[1], hit[2], True))
        prev = text[space - 1]
        if upper and text[digit + 3 : digit + 4] == " " and (prev.isalpha() or prev == ","):
            if _PSC_AT(text, digit):  # "Tylova 118/7, Opava 746 01": Česká pošta's PSČ
                psc.append((digit, digit + 6))
        if prev == "," and four_digit_code_at(text, digit):
            four.append(digit)  # "Groenplaats 12, 2050 Antwerpen" (``address_four_digit``)
        # every ending has three characters or more (``by_last_three``); a word whose last three
        # end no compound, Nordic or Icelandic type (most) can still be Iceland's postcode line
        # or a Danish or Norwegian abbreviation: only those two checks are left for it
        tail = folded[space - 3 : space]
        if tail not in _TYPE_TAILS:
            if folded[space + 4 : space + 5] == " " or folded[space - 1] == ".":
                nordic_anchor(folded, word_start, space, nordic, dkno, iceland)
        elif (
            (ends := _COMPOUND_BY_TAIL.get(tail) if space - word_start > 2 else None) is not None
            and folded.endswith(ends, word_start, space)
            and not (
                english_ring(text, folded, word_start, space)
                and not residence_before(text, word_start)
                and not _ADDRESS_LABEL(text, max(0, word_start - 24), word_start)
            )
        ):
            compound.append((space, space + 2))
        else:  # "...gatan 12", "...katu 5", "...vej 3", "Olsens gate 12"
            nordic_anchor(folded, word_start, space, nordic, dkno, iceland)
        if prev == "," and code_line_anchor(text, digit):
            coded.append((digit, digit + 4))  # "Grønnegården 58b, 0553 Oslo" (``address_dkno``)
        elif prev.islower() and LOWER_LINE_ANCHOR(text, digit):
            lower.append((space, space + 2))
        elif prev.isdigit() and folded.startswith("no:", word_start):
            if LOWER_LINE_ANCHOR(text, word_start + 3):  # PTT's "no:12 34726 ..."
                lower.append((word_start - 1, space))
    if lines:  # "Kungsportsavenyn\n27, ...": a copy broken inside the street line
        broken_line_anchors(text, folded, nordic, dkno, iceland)
        # the postcode and town on the line after the street ("Njegoševa 74a\n26000 Pančevo")
        plz += [
            (m.end(), m.end() + 8)
            for m in _LINE_PLZ.finditer(text)
            if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1].islower())
        ]
        four += line_four_digit_codes(text)  # "Smedeholm 41\n6700 Esbjerg" (``address_four_digit``)
    hits += nordic_streets(text, nordic) if nordic else []
    hits += dkno_streets(text, dkno) if dkno else []
    hits += lower_lines(text, lower) if lower else []
    hits += code_lines(text, coded) if coded else []
    hits += four_digit_lines(text, four) if four else []
    hits += czech_streets(text, psc) if psc else []
    hits += icelandic_streets(text) if iceland and not eth_thorn(text) else []
    if not compound and not plz:
        return hits
    for m in prefilter.finditer_in(
        _COMPOUND_STREET, text, prefilter.windows(text, compound, before=40, after=60)
    ):
        if m.group().split(" ")[0].lower() not in _NOT_STREETS and not _SEAT(m.group()):
            after = POSTCODE_CITY_AFTER.match(text, m.end())
            if (
                after is None
                and _year_like(m.group().rsplit(" ", 1)[-1])
                and not _ADDRESS_LABEL(text, max(0, m.start() - 24), m.start())
                and not residence_before(text, m.start())  # "Ich wohne Hauptstraße 1998"
            ):
                continue  # "Die Königsallee 2024 war voll": a year, no house number
            hits.append(("ADDRESS", m.start(), after.end() if after else m.end()))
    for m in prefilter.finditer_in(
        _STREET_NUMBER_PLZ, text, prefilter.windows(text, plz, before=70, after=0)
    ):
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits + round_code_lines(text, plz)  # "Lipovačka 18, 44000 Sisak" (``address_hr``)


def _en_street_ok(m: re.Match[str]) -> bool:
    """Strong suffixes stand alone, whatever precedes the number ("No. 10 Pembroke Street");
    listicle-like ones need a house number or context. Before a weak suffix, a number that
    belongs to the noun before it ("Top 10", "Chapter 4", "bus 73") or a year after a time
    preposition ("In 2019 Willow Creek was packed") is no house number."""
    # "5 Rose Vale Close", "22 Mill Lane End": of two type words, a strong or non-listicle one
    # decides (fail closed: either may be the street's type)
    suffixes = [s.lower() for s in (m.group("suffix"), m.group("suffix2")) if s]
    if m.group("unit") or m.group("zip") or m.group("flat"):
        return True
    if day_and_month(m.group("num"), m.group("name")):
        return False  # "Deadline is 2 Dec.\nThe VPN gateway moved": a date
    if (
        m.group("num")
        and quantity_after(m.string, m.end("num"))
        and not residence_before(m.string, m.start())  # "I live at 12 Miles Road"
    ):
        return False  # "Then 5 Miles Road race", "999 USD. Year range": a count or a price
    if any(s in _STRONG for s in suffixes):
        return True  # "No. 10 Pembroke Street", "my 14 Oak Avenue": a strong suffix wins
    num = m.group("num") or ""
    if num and not_house_number(m.string, m.start("num"), num):
        return False
    digits = "".join(ch for ch in num if ch.isdigit())
    year_like = len(digits) == 4 and digits[:2] in ("19", "20")
    if any(s not in _LISTICLE for s in suffixes) or (len(digits) >= 3 and not year_like):
        return True
    # "Viewing at 92 Kilbarrack Park", "Send to 9 Glenageary Woods": an address cue before the
    # number (a place preposition only before a singular type: "in 3 Simple Steps")
    line = max(m.string.rfind("\n", 0, m.start()) + 1, m.start() - 80)
    if residence_word(m.string, line, m.start()) or (
        not suffixes[-1].endswith("s") and residence_before(m.string, m.start())
    ):
        return True
    # "65 Norman View", "89 Blake Springs": streets are named after people, listicles are not
    # (surnames are not used here: too many are words, as in "2 Green Lights").
    names = given_names()
    return any(word in names for word in m.group("name").split())
