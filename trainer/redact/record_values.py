"""The span of a personal record value and its type, for a key ``record_keys`` recognised.

Fail closed: a personal key redacts its whole value, unless the value is empty, a placeholder
("N/A", "null", "***"), or plainly not of the key's kind (a phone, card or id key over a value
with no digit: "Card: loyalty card"). The value ends where a record value ends: the line end,
a closing quote, or a column gap (a tab, two spaces, " | "); a bracketed remark after it
("(needed for payroll)") and an address in angle brackets (``Name <mail>``, the mail
detector's) are not part of it. An address value ends before a reference word ("Ref KL-55"),
lower-case words after its postcode, and a title-case town alone after the street (a town is
no personal datum on its own, as the address detector has it). A mail key needs "@" or an
at-word, else the value is left to the detectors ("Mail: 500 W 2nd St").

``strict`` is for ``Key: value`` lines, which also open prose ("Candidate: best number is
...", a speaker label in a transcript): there a name value must be written like one or more
names (at most six words each, no digit, no function word of our seven languages), and no
company named after a person that ``eponyms`` lists ("Client: Johnson & Johnson"; "Client: Mr
Ford" is a person; a generic key, "Name:" or "Contact:", keeps redacting). In
CSV, JSON and vCard fields the value is the field, and is taken whole. ``generic`` is for
person keys that technical records use too ("name", "host"): see ``record_names``.
"""

from __future__ import annotations

import re

from trainer.redact.address_lines import is_abbreviation, token_kind
from trainer.redact.companies import is_company_token
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.lookalike_places import place_after
from trainer.redact.member_lists import given_names, word_list
from trainer.redact.name_business import business_name
from trainer.redact.person_tagger_drops import salutation_line
from trainer.redact.record_card_shapes import card_value_ok
from trainer.redact.record_keys import KIND_TYPE, NUMBER_KINDS, is_placeholder
from trainer.redact.record_names import name_items, names_nobody, organisation

# Where a value ends inside its line: a bracketed remark (a bracket before a letter: "(503)"
# is part of a phone), a mailbox in <...>, a column gap, a spaced dash before a lower-case
# word ("Norwich NR3 4QT - good luck").
_CUT = re.compile(r"\s?\((?=[^\W\d_])|\s<|\t|\s{2,}|\s\|\s?|\s//\s|\s·\s|\s[-–—]\s(?=[a-zß-ÿ])")
_QUOTES = "\"'“”„«»‘’`"
_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_SHORT_CAPS = re.compile(r"[A-Z+]{1,4}")
_CHECK_LETTER = re.compile(r"[A-Z]")
# Function words of en/de/fr/es/it/nl/pt (folded). Name particles (de, van, von, da, di, du,
# del, der, den, la, le, ter, y, e, bin, el ...) are deliberately absent, and so are words that
# are common given names (Will, May, Mark, Bill).
_FUNCTION_WORDS = frozenset(
    "i|me|my|you|your|we|our|he|she|it|is|are|was|were|be|been|am|does|did|have|has|had|"
    "would|can|could|should|must|not|no|yes|the|a|an|and|or|but|if|then|than|that|this|these|"
    "those|there|here|what|which|who|how|why|when|where|to|for|with|from|into|at|by|on|in|of|"
    "out|up|about|after|before|all|any|some|each|as|so|too|very|just|also|only|please|thanks|"
    "thank|hi|hello|hey|ok|okay|let|see|call|send|sent|get|got|go|know|think|it's|i'm|"
    "ich|er|sie|es|wir|ihr|mich|mir|dich|dir|uns|ist|sind|war|hat|haben|wird|kann|"
    "soll|muss|nicht|kein|keine|ja|nein|die|dem|ein|eine|einen|und|oder|aber|wenn|dann|"
    "als|dass|hier|dort|wer|wie|wann|wo|fur|mit|aus|bei|nach|vor|uber|auf|im|um|bitte|"
    "danke|hallo|je|tu|il|elle|nous|vous|ils|mon|ma|mes|est|sont|suis|ont|pas|ne|non|oui|"
    "un|une|et|ou|mais|si|que|qui|quoi|comment|pourquoi|quand|pour|avec|sans|sur|dans|par|"
    "merci|bonjour|salut|yo|ella|mi|mis|tus|sus|era|soy|esta|estoy|fue|ha|han|"
    "puede|los|las|pero|quien|como|por|para|con|sin|sobre|en|gracias|hola|io|lui|"
    "noi|voi|loro|ti|ci|mio|sono|hanno|gli|uno|se|cosa|perche|quando|dove|"
    "senza|grazie|ciao|ik|jij|hij|zij|wij|mijn|jouw|ons|zijn|heeft|hebben|zal|moet|"
    "niet|geen|nee|het|een|maar|dat|dit|deze|wat|hoe|waar|voor|met|zonder|op|"
    "naar|bij|bedankt|hoi|eu|ele|nos|eles|elas|meu|minha|seu|sua|sao|sou|foi|tem|os|"
    "uma|mas|entao|quem|porque|onde|com|sem|em|obrigado|obrigada".split("|")
)
_MAX_NAME_WORDS = 6
_MAX_WORDS = {"NAME": 12, "ADDRESS": 16, "EMAIL": 10}
_MAX_LIST_WORDS = 40  # a list of people on a form line ("Attendees: ...")
_MAIL_TOKEN = re.compile(r"[^\s<>\"']*@[^\s<>\"',;!?]*[^\s<>\"',;!?.]")
_AT = re.compile(r"@|\b(?:at|arroba|chiocciola)\b|[\[({]at[\])}]", re.IGNORECASE)
# Words that open a reference after an address on its line ("Referentie KL-5521 meesturen").
REFERENCE_WORD = re.compile(
    r"(?i)\b(?:order|invoice|ticket|ref|reference|booking|tracking|isbn|case|po|total|"
    r"bestellung|rechnung|referenz|summe|commande|facture|reference|pedido|factura|referencia|"
    r"ordine|fattura|riferimento|bestelling|factuur|referentie|encomenda|fatura|referência|"
    r"faktura|zamówienie|zamowienie|rezerwacja|beställning|bokning|lasku|tilaus|varaus|"
    r"sipariş|siparis|rezervasyon)\b"
)
# A date, a time or a price is no part of an address ("Lieferadresse: ... 11.02.2027").
NOT_ADDRESS = re.compile(
    r"(?<=\s)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|\(?\d{1,2}:\d{2}\b|[$€£₹¥])"
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÀ-Þ])")
# A hashtag is two letters or more and no comma after it: "#B" and "#PH," are a flat's number
_HASHTAG = re.compile(r"(?<=\s)#(?=[^\W\d_]{2}\w*(?![\w,]))")
_POSTCODE_THEN_WORDS = re.compile(r"\b\d{4,6}\b(?=,?\s+[a-zà-ÿ])")
_TRAILING_TOWN = re.compile(r",\s*[A-ZÀ-Þ][a-zß-ÿ'’\-]+$")  # "Zwolle"; a state code "CDMX" stays


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces, quotes and a trailing , or ;."""
    while start < end and (text[start].isspace() or text[start] in _QUOTES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTES + ",;"):
        end -= 1
    return start, end


def cut(text: str, start: int, end: int, *, kind: str) -> tuple[int, int]:
    """The value proper: up to a bracketed remark, a ``<mailbox>`` or a column gap."""
    if kind != "EMAIL":
        m = _CUT.search(text, start, end)
        if m is not None and m.start() > start:
            end = m.start()
    return trim(text, start, end)


def value_hits(
    text: str,
    start: int,
    end: int,
    *,
    kind: str,
    strict: bool,
    generic: bool = False,
    whole: bool = False,
    company_key: bool = False,
) -> list[Hit]:
    """Hits over the personal value in ``text[start:end]`` for a key of ``kind``; ``generic``
    for a person key that technical records use too ("name", "host": ``names_nobody``);
    ``company_key`` for a key whose value may be a company ("Client", "Kunde": ``COMPANY_KEYS``)."""
    start, end = trim(text, start, end)
    if start >= end or is_placeholder(text[start:end]):
        return []
    start, end = cut(text, start, end, kind=kind)
    while end > start and text[end - 1] in ".,;!?":
        end -= 1
    if kind == "ADDRESS":
        start, end = _address_value(text, start, end)
    value = text[start:end]
    if start >= end or is_placeholder(value):
        return []
    if kind == "EMAIL" and not _AT.search(value):
        return []  # "Mail: 500 W 2nd St ..." is a postal address: the detectors' call
    mail = _MAIL_TOKEN.search(text, start, end) if kind == "EMAIL" and "@" in value else None
    if mail is not None:  # the address itself, not the words after it
        start, end = mail.span()
        value = text[start:end]
    tokens = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(value)]
    digits = len(_DIGIT.findall(value))
    if kind == "CARD_OR_ID":
        kind = "CARD" if digits >= 13 else "ID"
    if kind == "CARD" and not card_value_ok(value):
        return []  # "Figura en la carta: 24/07/2027": a letter's date (``record_card_shapes``)
    if kind == "NAME":
        return _name_hits(
            text, tokens, digits=digits, strict=strict, generic=generic, company_key=company_key
        )
    if kind in NUMBER_KINDS:
        if not digits:
            return []
        if whole or kind == "DOB":  # shifted CSV fields; a date written with words
            return [(KIND_TYPE[kind], start, end)]
        return [(KIND_TYPE[kind], *_number_bounds(text, tokens, kind))]
    if len(tokens) > _MAX_WORDS.get(kind, 12) or not _LETTER.search(value) and not digits:
        return []
    if kind == "ADDRESS" and strict and not digits and has_function_word(value):
        return []  # "Address: same as above"
    return [(KIND_TYPE[kind], start, end)]


def _unit_first(words: str) -> bool:
    """The first of ``words`` is a street or unit word ("Unit", "Bâtiment", "Escalier")."""
    first = words.split(None, 1)[0].strip(",;") if words.strip() else ""
    return bool(first) and token_kind(first) == "word"


def _address_value(text: str, start: int, end: int) -> tuple[int, int]:
    """An address value without what follows it on its line: a reference ("Referentie KL-5521"), a
    date, time (a chat line's "(14:05)" too) or price, the next sentence when it is prose ("...
    H91 X2Y3. The order is late") or holds no digit after a full stop that ends no abbreviation
    ("... HT9110. Merci beaucoup"), a hashtag ("#entraide"), lower-case words after its postcode
    ("59000 merci beaucoup"), and a town alone after the street ("Kring 4, Zwolle": a town is no
    personal datum on its own)."""
    for stop in (REFERENCE_WORD, NOT_ADDRESS):
        m = stop.search(text, start, end)
        if m is not None and m.start() > start:
            end = m.start()
    if (tag := _HASHTAG.search(text, start, end)) is not None and tag.start() > start:
        end = tag.start()  # "... Jacmel HT9110 #entraide": the post's tag, no address line
    m = _SENTENCE_END.search(text, start, end)
    if m is not None and _DIGIT.search(text, start, m.start()):
        after = text[m.end() : end]
        word = text[start : m.start() + 1].rsplit(None, 1)[-1]
        # "... Jacmel HT9110. Merci beaucoup": a sentence after it ("Hauptstr. 5" goes on, and
        # so does a unit or building word: "12 Elm Road. Unit C", "... Paix. Bâtiment B")
        if prose(after) or (
            not _DIGIT.search(after) and not is_abbreviation(word) and not _unit_first(after)
        ):
            end = m.start()
    post = _POSTCODE_THEN_WORDS.search(text, start, end)
    if post is not None:
        end = post.end()
    town = _TRAILING_TOWN.search(text, start, end)
    if town is not None and _DIGIT.search(text, start, town.start()):
        end = town.start()
    return trim(text, start, end)


# The most digits a number of each kind holds (an E.164 phone, an ISO/IEC 7812
# card, ISO 13616 IBAN's digits, ids, a date): a number token past it starts another number.
_MAX_DIGITS = {"PHONE": 15, "CARD": 19, "IBAN": 32, "SSN": 9, "ID": 20, "DOB": 8, "IP": 32}
# Tokens that continue a number's layout: digit groups ("7946", "(503)", "617-4558"); an IBAN
# also has letter-digit groups of up to four ("WEST", "0532"). A time or a code with letters
# (a flight, a product, a tracking number) starts something else.
_NUMBER_TOKEN = re.compile(r"[+(]?\d[\d()\-./]*")
_IBAN_GROUP = re.compile(r"[A-Z0-9]{1,4}")


def _number_bounds(text: str, tokens: list[tuple[int, int]], kind: str) -> tuple[int, int]:
    """The number itself: from the first token with a digit through the tokens of its layout
    ("DE89 3704 0044 ...", "+44 20 7946 0958"), with a short capital-letter token before or
    after ("AB 12 34 56 C"), until a word, or a token that would give more digits than the
    kind holds (a look-alike after it: "4111 ... 1111 978-3-648-30307-8")."""
    idx = [i for i, (s, e) in enumerate(tokens) if _DIGIT.search(text, s, e)]
    lo = hi = idx[0]
    digits = len(_DIGIT.findall(text, *tokens[lo]))
    while hi + 1 < len(tokens):
        s, e = tokens[hi + 1]
        more = len(_DIGIT.findall(text, s, e))
        inner_caps = (  # a bank code inside an IBAN ("GB82 WEST 1234 ...")
            kind == "IBAN"
            and not more
            and _SHORT_CAPS.fullmatch(text, s, e) is not None
            and hi + 2 < len(tokens)
            and _DIGIT.search(text, *tokens[hi + 2]) is not None
        )
        in_layout = _NUMBER_TOKEN.fullmatch(text, s, e) is not None or (
            kind == "IBAN" and _IBAN_GROUP.fullmatch(text, s, e) is not None
        )
        if not (more or inner_caps) or not in_layout:
            break
        if text.count("-", s, e) >= 2:  # a hyphenated number of its own (ISBN, order number)
            break
        if digits + more > _MAX_DIGITS[kind]:
            break
        digits += more
        hi += 1
    if lo > 0 and _SHORT_CAPS.fullmatch(text, *tokens[lo - 1]):
        lo -= 1
    if hi < len(tokens) - 1 and _CHECK_LETTER.fullmatch(text, *tokens[hi + 1]):
        hi += 1  # a control letter after the digits ("AB 12 34 56 C", "X 1234567 L")
    end = tokens[hi][1]
    while end > tokens[hi][0] + 1 and text[end - 1] in ",;:.!?":
        end -= 1  # the punctuation after the number is the sentence's ("12AB34567, permis")
    return tokens[lo][0], end


# Person keys whose value may as well be a company (a firm is a client or a customer), folded,
# in our languages: there a listed company named after a person stays when it is written as a
# company (``_company_written``). Recipients and senders (a parcel's) are people: not listed;
# nor are guests, patients, tenants, employees, passengers.
COMPANY_KEYS = frozenset(
    """customer client kunde kundin klient auftraggeber cliente committente klant
    opdrachtgever contratante zakaznik ugyfel klijent narucitelj zleceniodawca kund bestallare
    asiakas musteri pelanggan""".split()
)


def _company_written(value: str) -> bool:
    """A client's value written as a company, not a person of the same name: it has "&", a
    legal form or trade word ("Ltd", "Bakery"), or its first word is no listed given name
    ("Goldman Sachs"; "Paul Smith", "John Lewis" may be the people)."""
    words = value.split()
    if "&" in value or any(is_company_token(w) for w in words[1:]):
        return True
    first = words[0].strip(".,'’").title() if words else ""
    # Any case ("PAUL SMITH"), and a given name that is also a word ("Ted Baker"): a person.
    return bool(first) and first not in given_names() | word_list("given_names_ambiguous.txt")


def _name_hits(
    text: str,
    tokens: list[tuple[int, int]],
    *,
    digits: int,
    strict: bool,
    generic: bool,
    company_key: bool = False,
) -> list[Hit]:
    start, end = tokens[0][0], tokens[-1][1]
    value = text[start:end]
    if "@" in value and len(tokens) == 1:
        return [("EMAIL", start, end)]
    letters = len(_LETTER.findall(value))
    if digits >= 6 and letters <= 3:
        return [("PHONE", start, end)]
    if len(tokens) > (_MAX_LIST_WORDS if strict else _MAX_WORDS["NAME"]):
        return []
    if strict and (digits or not name_shaped(value)):
        return []
    if (
        company_key
        and strict
        and (
            place_after(text, start, end)  # "Client: Linnea Dahl Institutet": an institution
            or is_eponymous_company(text, start, end) and _company_written(value)
        )
    ):
        return []  # "Client: Goldman Sachs", "Kunde: Dr. Oetker": a listed company (eponyms)
    if salutation_line(text, start, end):
        return []  # "Kundin: Guten Morgen,": the customer's greeting, no name (dev53 F)
    items = name_items(text, start, end)
    if strict and any(organisation(text[s:e]) for s, e in items):
        return []
    if generic and (not name_shaped(value) or any(names_nobody(text[s:e]) for s, e in items)):
        return []
    # "Kontakt: Hundesalon Wuschelkopf": a business after its trade noun (name_business)
    return [("NAME", s, e) for s, e in items if not business_name(text, s, e)]


def has_function_word(value: str) -> bool:
    """True when a word of ``value`` is a function word of our seven languages (prose)."""
    return any(fold(w.strip(".,'’\"!?")) in _FUNCTION_WORDS for w in value.split())


def prose(value: str) -> bool:
    """True when ``value`` has a function word written in lower case ("is", "am", "to"): a
    sentence, not an address line ("The Old Mill", "allée des Sorbiers Bleus" have none)."""
    return any(
        w.islower() and fold(w.strip(".,'’\"!?")) in _FUNCTION_WORDS for w in value.split()
    )


def name_shaped(value: str) -> bool:
    """One or more names as a record writes them: items split by , ; & or "and" of at most
    six words, each word led by a letter, none a function word, no sentence end."""
    if value.endswith(("!", "?", ":")):
        return False
    for item in re.split(r"[,;&]| and | und | et | y | e | en ", value):
        words = item.split()
        if len(words) > _MAX_NAME_WORDS:
            return False
        for word in words:
            if (
                not _LETTER.match(word.lstrip("'’\"("))
                or fold(word.strip(".,'’")) in _FUNCTION_WORDS
            ):
                return False
            if any(c in word for c in "#@=:{}[]<>"):
                return False
    return True
