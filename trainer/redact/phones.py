"""Phone numbers, national and international, told apart from the numbers that look like them.

Candidates come from one bounded regex (no nested quantifiers, so no catastrophic backtracking),
searched only around long digit runs; each is then cut at sentence ends and spaced slashes and
checked against look-alikes that must survive: dates, years and year ranges, money,
percentages, thousands-grouped counts, ISBNs and EANs, decimals, references after their cue.
What makes a number a phone without a cue word is ``personal_numbers.cueless_phone``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from trainer.redact import prefilter
from trainer.redact.cards import card_lead
from trainer.redact.checksums import gs1_ok, isbn_ok
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_bare_runs import find_bare_runs
from trainer.redact.keep_veto import personal_value
from trainer.redact.lookalike_draws import lottery_draw
from trainer.redact.national_ids import is_reference
from trainer.redact.personal_numbers import PHONE_WORD_AFTER, cueless_phone, parsed, phone_digits
from trainer.redact.personal_numbers import valid_international as _valid_international
from trainer.redact.personal_numbers import valid_phone as _valid_somewhere
from trainer.redact.phone_builds import LINE_PHONE_WORD, dotted_build
from trainer.redact.phone_extensions import with_extension
from trainer.redact.phone_labels import label_cue
from trainer.redact.phone_pieces import sentence_pieces as _sentence_pieces
from trainer.redact.phone_pieces import slash_pieces, spaced_hyphen_runs
from trainer.redact.phone_reach import named_after, reach_cue
from trainer.redact.phone_regions import regional_number
from trainer.redact.phone_runs import split_run, ticket_number, wrapped_phones
from trainer.redact.phone_words import PHONE_CUE_WORDS
from trainer.redact.phone_words_baltic_nordic import is_lv_et_cue
from trainer.redact.quantities import (
    CURRENCY_AFTER,
    MONEY_BEFORE,
    UNIT_AFTER,
    all_years,
    calendar_date,
)

_PHONE = re.compile(
    # "Tel.+34 ...", "tel.612..." start after an abbreviation's dot; "3.14159..." does not.
    # A comma after a digit is a decimal or thousands comma ("3,14159265"); after a field of a
    # CSV row ("Wendt,Tobias,+4915123456789", "7,+49...") it opens the phone (review rev20 F1).
    # A currency sign glued on is an amount's, unless a trunk 0 and eight digits follow
    # ("$07700900123": no amount is written so; ``_money_before`` decides, rev20 F18).
    r"(?<![\w+/-])(?:(?<![$€£¥₹])|(?=0\d{8}))"
    r"(?:(?<!\d,)|(?=\+))(?<![\w/&#]#)(?<![\d:]\.)(?<!\d:)"  # "#0151 ...": rev16 F2
    r"(?:(?P<intl>\+|00(?=[1-9]))[ ]?(?:\d{1,4}[ .\-]?(?=\())?|"
    r"1[ .\-]?(?=\(\d{3}\)))?"
    # a bracket may hold the trunk prefix and the area code: Hungary's "(06 1)", "(06 62)"
    r"(?:\(\s?(?:\+?\d{1,5}|0\d{0,2} [1-9]\d{0,3})\s?\)|\d{1,15})"
    r"(?:(?:[ .\-–/\u00a0]{1,2}| / |(?<=\))|(?=\(0\)))(?:\(0\)|\d{1,12})){0,7}"
    r"(?:[ ,]{0,2}(?:x|ext\.?|extn\.?|extension|#)[ ]?\d{1,6})?"
    r"(?![\w%]|[.,:/-]\d)",
    re.IGNORECASE,
)
_PHONE_CUE = re.compile(
    r"(?i)\b(?:phone|ph|t[ée]l|mobile|mobil|mob|cell|call|text|sms|whatsapp|fax|ring|nummer|t[ée]l[ée]phone|"
    r"portable|handy|celular|contato|hotline|helpline|telefon|telefone|tel[ée]fono|m[óo]vil|"
    r"n[uú]mero|num[ée]ro|dial|tlf|tfno|telf|cel|fone|"
    # "llámame al", "chiamami al", "appelle-moi au", "bel me op", "ruf mich an unter", "ligue"
    r"ll[aá]m(?:a|ame|anos|ar)|chiam(?:a|ami|ateci|are)|appel(?:le|ez|er)(?:-(?:moi|nous))?|"
    r"bel(?:len)?|ruf|rufen|anrufen|ligue(?:-me)?|escr[ií]beme|joindre|"
    # Estonian, Latvian, Lithuanian, Maltese: "call", "by phone", "at the number" (``phone_words``)
    r"helista(?:ge|da|n|me)?|numbri(?:l|le)|mobiili?l?|whatsappi|(?:pie|sa)?zvan(?:i|iet|īt)|"
    r"tālr(?:unis|uni|uņa|\.)?|telefon(?:s|u|as|il)|(?:pa)?skambin(?:k|kite|ti)|numeriu|"
    r"ċempel|"
    # Norwegian/Danish/Swedish definite "the number (mine) is", "leave a message at"
    r"nummeret(?:\s(?:mitt|mit|min|vårt|vort))?|numret(?:\s(?:mitt|vårt))?|"
    r"(?:beskjed|besked|meddelande)(?=\s(?:på|til))|message\s(?:on|at)|"
    # "my number is", "best number is": the writer's own number (an id's has its id word)
    r"(?:my|our|best|direct|his|her|their)\s(?:(?:mobile|cell|phone|contact|work|home|personal)\s)?"
    r"number\sis|"
    # the direct line: es "mi línea directa es", ro "numărul meu (direct) e"
    r"(?:mi|su|nuestra)\sl[ií]nea(?:\sdirecta)?\ses|num[ăa]rul\s(?:meu|nostru)(?:\sdirect)?\s(?:e|este)|"
    r"(?:my|our)\s(?:mobile|cell|phone|cellphone|handy)\sis|"  # the device word for the number
    # a mobile-money wallet is the holder's phone number (M-Pesa, MTN MoMo, Airtel/Orange/Tigo/
    # Moov Money, EcoCash, bKash, GCash, Nequi, Yape); "send me a message at": es it pt fr
    r"(?:m-?)?pesa|momo|(?:airtel|orange|tigo|moov|mtn|wave)\s(?:money|pesa|momo)|ecocash|"
    r"bkash|gcash|nequi|daviplata|yape|"
    r"(?:mensaje|messaggio|mensagem)(?:\sde\stexto|\sdi\stesto|\sde\stexto)?\s(?:al|para|no)|"
    r"message\sau|"
    # "mi número por si acaso:", "mon numéro au besoin :": the writer's own number, a colon
    # after up to three words (no "de"/"di"/"do"/"da": "número de pedido" is an order's)
    r"(?:mi|tu|su|nuestro|meu|seu|mon|notre)\sn[uú]m[ée]ro(?:\s(?!d[eiao]\b)\w+){1,3}\s?:|"
    # Spanish "atiende(n)/atendemos en el": a desk answering its phone
    r"(?:atiend(?:e|en)|atendemos)\sen\sel)"
    r"(?:\s(?:me|us|mich|uns|nous|moi)(?:\s(?:an\sunter|op|at|on|au|al|unter))?|"
    # Danish/Norwegian/Swedish "ring på", "sms til", "nummer er/är" (on, to, is)
    # "WhatsApp on", "text me at": English "on"/"at" after the phone word itself too
    # Icelandic "í" (at), Spanish/Portuguese "es"/"é" (is): "WhatsApp í ...", "mi número es ..."
    r"\s(?:al|au|op|unter|il|no\.?|nr\.?|number|nummer|på|til|er|är|on|at|í|es(?:\sel)?|é))?"
    r"\W{0,12}$|"
    # "reach the desk on", "contact our office at", "call Maria on"
    r"\b(?:reach(?:ed)?|contact|call|ring)(?:\s[\w'’]+){0,3}\s(?:on|at|via)\W{0,3}$|"
    # "llamad a la clienta al", "sună-mă la", "fie sunat la": es/ro calling, up to three words,
    # then the preposition of the number ("al", "la")
    r"\b(?:ll[aá]m(?:a|ad|ada|en|e|ar)(?:\s[\w'’-]+){1,3}\sal|"
    r"sun(?:a|ă|ați|ati|at)(?:-m[ăa])?(?:\s[\w'’-]+){0,3}\sla)\W{0,3}$|"
    # reached or dialled at: fr "joignable au", "j'ai appelé le", es "marqué (dos veces) al"
    r"\b(?:joignable(?:\s[\w'’-]+){0,2}\s(?:au|à)|appel[ée]e?s?(?:\s[\w'’-]+){0,2}\s(?:le|au)|"
    r"marqu[ée](?:\s[\w'’-]+){0,2}\sal|"
    # called from: es "llamó desde el", pt "ligou do/de", fr "a appelé du"
    r"llam[óo](?:\s[\w'’-]+){0,2}\sdesde\sel|ligou(?:\s[\w'’-]+){0,2}\sd[oe]|"
    # the number to call back on: "para devolver la llamada es", "to call back is", "pour
    # rappeler :", "per richiamare è"
    r"(?:devolver\sla\sllamada|call\s(?:\w+\s)?back|rappeler|richiamare|"
    r"retornar\sa\sliga[çc][ãa]o)(?:\s[\w'’-]+){0,2}\s?(?:es|is|est|è|é|al|au|on|at|:))\W{0,3}$|"
    # where to leave a message or to dial, and the best line: es "dejar recado en el",
    # "márquenme al", "en horario de oficina mejor al"; fr "le mieux est le"; pl "najlepiej pod"
    r"\b(?:recado(?:\s[\w'’-]+){0,2}\s(?:en\sel|al)|"
    r"m[áa]r(?:c(?:a|ame|anos|ar|alo)|qu(?:e|en|eme|enme|enos))(?:\s[\w'’-]+){0,2}\sal|"
    r"mejor\s(?:al|en\sel)|le\smieux(?:\s[\w'’,-]+){0,2}\s(?:le|au)|najlepiej\spod)\W{0,3}$"
)
# A phone noun, whose phone it is ("of the adjuster") and a copula: "El teléfono del ajustador
# es", "the phone of the site office is"; or up to four words and a colon ("Portable indiqué
# sur la demande :"). Only the device's own nouns: "número de" may be an order's. Searched in
# the 48 characters before the number (``_phone_cue``).
_PHONE_NOUN_CUE = re.compile(
    r"(?i)\b(?:phone|t[ée]l[ée]phone|tel[ée]fono|telefone|portable|mobile|celular|m[óo]vil|"
    r"handy|telefon)(?:\s(?:del?|de\sla|du|de\sl['’]|of\sthe|do|da)\s?[\w'’-]+(?:\s[\w'’-]+)?"
    r"\s(?:es|est|is|é|ist)(?:\sle|\sel|\sthe)?"
    # (not the device's software or model: "Mobile app build: 20241203")
    r"|(?:\s(?!(?:app|apps|version|build|release|model|firmware|update|os)\b)[\w'’-]+){1,4}\s?:)"
    r"\W{0,3}$"
)
PHONE_CUE = _PHONE_CUE  # shared with ``spoken_numbers`` (a bare "number" is no phone cue)
prefilter.register("phone_cue", PHONE_CUE_WORDS)
_EXTENSION = re.compile(r"(?i)[ ,]*(?:x|ext|extn|extension|#)")
_DIGIT_GROUP = re.compile(r"\d+")
_NON_DIGIT = re.compile(r"\D")
_ASCII_NON_DIGITS = bytes(c for c in range(128) if not 48 <= c <= 57)


def core_digits(raw: str) -> tuple[str, str]:
    """``raw`` less an extension (``_EXTENSION.split(raw, maxsplit=1)[0]``), and its digits
    (``_NON_DIGIT.sub("", core)``): every form of ``_EXTENSION`` holds an "x" of either case or
    a "#", and an ASCII core's digits are kept by one bytes table (0.5 us a post less)."""
    core = _EXTENSION.split(raw, maxsplit=1)[0] if "x" in raw or "X" in raw or "#" in raw else raw
    if core.isascii():
        return core, core.encode().translate(None, _ASCII_NON_DIGITS).decode()
    return core, _NON_DIGIT.sub("", core)


def _phone_cue(text: str, start: int) -> bool:
    """A phone word ("tel", "móvil", "call me at" ...) ends just before ``start``."""
    lo = start - 24
    cues = prefilter.keywords(text).get("phone_cue", ())
    if not any(s >= lo and e <= start for s, e in cues):
        if any(s >= start - 48 and e <= start for s, e in cues):  # "El teléfono del ... es"
            return _PHONE_NOUN_CUE.search(text, max(0, start - 48), start) is not None or (
                label_cue(text, start) or is_lv_et_cue(text, start) or _reached(text, start)
            )
        # "Emergency contact: ...", "O telemóvel dele para a chamada: ..." (``phone_reach``)
        return label_cue(text, start) or is_lv_et_cue(text, start) or _reached(text, start)
    return (
        _PHONE_NOUN_CUE.search(text, max(0, start - 48), start) is not None
        or _PHONE_CUE.search(text, max(0, lo), start) is not None
        or label_cue(text, start)
        or is_lv_et_cue(text, start)  # "sendið SMS í ...": ``phone_words_baltic_nordic``
        or _reached(text, start)
    )


def _reached(text: str, start: int) -> bool:
    """A phone word a few words of its clause before the number (``phone_reach``), where no
    reference cue names the number itself and the number is no year, year range or amount
    ("Contact us for the 2024-2025 season")."""
    if not reach_cue(text, start) or is_reference(text, start):
        return False
    m = _NUMBER_AT.match(text, start)
    if m is None:
        return True
    groups = _DIGIT_GROUP.findall(m.group())
    return not (
        all_years(groups)
        or _round(_NON_DIGIT.sub("", m.group()))
        or calendar_date(m.group())
        or MONEY_BEFORE.search(text, max(0, start - 8), start)
        or UNIT_AFTER.match(text, m.end())
    )


_NUMBER_AT = re.compile(r"\+?\d(?:[ .\-/]?\d)*")


# Invoices are numbered within a year ("501/2025", Italian law requires it); a slash phone
# layout opens with a trunk 0 ("0221/123456") or has more than four digits after the slash.
_SERIAL_OF_YEAR = re.compile(r"[1-9]\d{0,5}/(?:19|20)\d\d")
# ... and legal acts by year and number ("Regulation (EU) 2016/679", "Ley 3/2018" above): no
# national plan writes a phone as a year, a slash and up to four digits.
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d/\d{1,4}")
_ISBN_X_AFTER = re.compile(r"[- ]?[Xx]\b")
_BOOK_CONTEXT = re.compile(
    r"(?i)\b(?:book|books|read|reading|edition|novel|author|paperback|hardcover|publisher|"
    r"published|library|isbn|textbook|title)\b"
)
# A reading label right before the number, in every language we redact ("Lektüre: ", "Leestip:
# ", "Leitura: ", "Kitap: "): the number is the label's book, unless a phone word of any of our
# languages stands anywhere on its line ("Kirja: ... soita illalla"; review R9). Book words
# elsewhere in the text prove nothing outside English ("Vendo libri, scrivetemi al ..." is a
# phone), nor do labels that are other words too (en "lecture", pl "bok" = side).
_BOOK_LABEL = re.compile(
    r"(?i)\b(?:reading(?: list)?|book|buch|buchtipp|lesetipp|leseliste|lektüre|livre|libro|"
    r"lectura|lettura|boek|leestip|leeslijst|livro|leitura|książka|lektura|boktips|läsning|"
    r"kirja|lukulista|kitap|okuma listesi|à lire|a lire|zu lesen|para leer|da leggere|te lezen|"
    r"para ler|do przeczytania|att läsa|luettavaa|okunacak)[ \t]?:[ \t]?$"
)
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}(?: \d{1,2})?")  # "2024-03-15 10":30
# no date opens with a zero and two more digits and ends in three: "0676-59-624" is a trunk 0
# and a Moldovan mobile prefix ("0901.38.84", a customs tariff code, ends in two and stays)
_TRUNK_FIRST = re.compile(r"0\d{2,3}[-.]\d{1,2}[-.]\d{3}")
# no date opens with a group of three digits (days and months have one or two, years two or
# four): "230.34.82", "974-75-72" are a phone's 3-2-2 grouping (Cape Verde, Portugal, Belgium,
# Francophone Africa), with or without a cue
_THREE_FIRST = re.compile(r"\d{3}[-.]\d{2}[-.]\d{2}$")
_THOUSANDS = re.compile(r"\d{1,3}(?P<sep>[ ,.\u00a0])\d{3}(?:(?P=sep)\d{3})*")


def _in_windows(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer`` restricted to the regions around long digit runs."""
    return prefilter.finditer_in(pattern, text, prefilter.digit_windows(text))


def find_phones(text: str) -> list[Hit]:
    """National and international phone numbers, validated against look-alikes."""
    hits: list[Hit] = []
    for m in _in_windows(_PHONE, text):
        # ". " ends a sentence, never a phone: "612 345 678. 699 111 222" is two numbers.
        pieces = slash_pieces(text, _sentence_pieces(text, m.start(), m.end()))
        for start, end in _date_pieces(text, pieces):
            if text[start] == " ":
                start += 1
            # An ISBN written with its hyphens is complete: what follows a space after it
            # ("0-306-40615-2 1) ...", "... 0-306-40615-2 0612345678") is read on its own.
            start = _isbn_lead(text, start, end) or start
            intl = text[start] == "+" or text.startswith("00", start)
            phone = end - start > 1 and _is_phone(text, start, end, intl=intl)
            if phone and _counted_after(text, start, end):
                # "+31 40 971 3209 5 lanen": the count before a word is no digit of the phone
                if _is_phone(text, start, end - 2, intl=intl):
                    end -= 2
            if phone:
                hits.append(("PHONE", start, end))
            elif (
                end - start >= 20  # a card's 13 digits, a space, a cued phone's 6
                and (lead := card_lead(text, start, end))
                and _is_phone(text, lead, end, intl=False)
            ):
                hits.append(("PHONE", lead, end))  # "4111 1111 1111 1111 0612 345 678"
            else:  # "030 1234567 0151 2345678", "PLZ 10115 0151 2345678" (``phone_runs``)
                hits += [("PHONE", *p) for p in split_run(text, start, end, _is_phone)]
    if " - " in text:  # "07 - 5454 - 873 - 59" after a phone word (``phone_pieces``)
        for start, end in spaced_hyphen_runs(text):
            intl = text[start] == "+" or text.startswith("00", start)
            if (intl or _phone_cue(text, start)) and _is_phone(text, start, end, intl=intl):
                hits.append(("PHONE", start, end))
    hits += [("PHONE", *p) for p in wrapped_phones(text, _phone_cue, _is_phone)]  # phone_runs
    if any(sep in text for sep in _ODD_CHARS) and _ODD_GATE.search(text):
        hits += _odd_separated(text)
    # "... 555-0132 x123 or ext. 45", "... 53 00 poste 12": the extension goes with the phone
    return [(kind, start, with_extension(text, end)) for kind, start, end in hits]


def find_phones_and_bare_numbers(text: str) -> list[Hit]:
    """``find_phones``, and the bare runs of 7-13 digits that nothing names and no phone took:
    personal numbers, fail closed (``ids_bare_runs``; read here so that a phone keeps its
    type). The engine's detector; readers of a squeezed or joined view (``spoken_numbers``,
    ``values_wrapped``) call ``find_phones`` alone."""
    hits = find_phones(text)
    bare = find_bare_runs(text, prefilter.digit_runs(text), gives_way=is_reference)
    return hits + [h for h in bare if not any(s < h[2] and h[1] < e for _, s, e in hits)]


# Digit groups parted by a tab, "_", "|", "~", or a middle dot or bullet ("07700\t900\t123",
# "07700 · 900 · 123"), which ``_PHONE`` does not join (rev20 F4): after a phone word they are a
# phone (fail closed); without one only dots or bullets, and only a valid phone. A table row
# ("| 12 | 4.99 | 1200 |") is never joined: a spaced bar is no group separator.
_ODD_CHARS = ("\t", "_", "|", "~", "·", "•")  # substring tests first: most texts have none
_ODD_GATE = re.compile(r"\d(?:[\t_|~]| ?[·•~] ?)\d")
_ODD_RUN = re.compile(
    r"(?<![\w+.,/-])(?:\+|00(?=[1-9]))?\d{1,8}(?:(?:[\t_|]| ?[·•~] ?)\d{1,8}){1,5}"
    r"(?![\w.,/-]?\d|\w)"
)
_ODD_SEPARATORS = re.compile(r"[\t_|~·• ]")


def _odd_separated(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _ODD_RUN.finditer(text):
        start, end = m.span()
        core = m.group()
        digits = _NON_DIGIT.sub("", core)
        intl = core[0] == "+" or core.startswith("00")
        if _phone_cue(text, start):
            phone = _is_phone(text, start, end, intl=intl)
        elif set(_ODD_SEPARATORS.findall(core)) <= {"·", "•", " "} and len(digits) >= 9:
            national = digits[2 * (core[0] == "0") :] if intl else ""
            phone = _valid_international(national) if intl else _valid_somewhere(digits)
        else:
            phone = False
        if phone:
            hits.append(("PHONE", start, end))
    return hits


def _counted_after(text: str, start: int, end: int) -> bool:
    """The number ends in a lone digit before a lower-case word ("... 3209 5 lanen", "70251-017
    3 caminhos"): a count of the word, which no phone layout ends with."""
    return (
        end - start > 8
        and text[end - 2] == " "
        and text[end - 1].isdigit()
        and text[end - 3].isdigit()
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].islower()
    )


_HYPHEN_ISBN = re.compile(r"(?:97[89]-)?\d{1,5}-\d{1,7}-\d{1,7}-[\dX](?= )")


def _isbn_lead(text: str, start: int, end: int) -> int | None:
    """The start of what follows a hyphen-grouped, check-valid ISBN that opens the piece."""
    m = _HYPHEN_ISBN.match(text, start, end)
    if m is None:
        return None
    digits = m.group().replace("-", "")
    if len(digits) not in (10, 13) or not isbn_ok(digits):
        return None
    return m.end() + 1 if m.end() + 1 < end else None


_SPACED_TOKEN = re.compile(r"\S+")


def _date_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A whole calendar date between spaces is no group of a phone: "Flight 2718  11/30/2026",
    "Zug 812 06.10.2026": the number and the date are read apart (and the date is dropped).
    Fail closed (review R2): a run that opens with a trunk 0 or a "+", or follows a phone word,
    is also read whole ("Tel. +49 30 12.03.2026", "Ruf mich an: 0171 12.05.1985")."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = text[start:end]
        if " " not in piece or piece.count("/") + piece.count(".") + piece.count("-") < 2:
            out.append((start, end))  # a date has two separators and stands between spaces
            continue
        tokens = list(_SPACED_TOKEN.finditer(text, start, end))
        lead = tokens[0].start()
        if not any(calendar_date(t.group()) for t in tokens):
            out.append((start, end))
            continue
        if text[lead] in "+0" or _phone_cue(text, lead):
            out.append((start, end))  # and its pieces below: whichever is a phone goes
        run: list[re.Match[str]] = []
        for token in [*tokens, None]:
            if token is None or calendar_date(token.group()):
                if run:
                    out.append((run[0].start(), run[-1].end()))
                run = []
            else:
                run.append(token)
    return out


def _is_phone(text: str, start: int, end: int, *, intl: bool) -> bool:
    """Whether ``text[start:end]`` is a phone. Decided by its digit count and shape first, the
    context after: a phone word before it (``_cued``) and a reference cue (``is_reference``)
    cost a regex search each and are read only where the verdict still depends on them."""
    core, digits = core_digits(text[start:end])
    n = len(digits)
    if intl:
        if not 8 <= n <= 15 or UNIT_AFTER.match(text, end):
            return False
        return _cued(text, start, end) or not (
            ticket_number(text, start, core)  # "Ticket #28374651994" (``phone_runs``)
            or _intl_lookalike(text, start, end, core, digits)
        )
    if not 6 <= n <= 15:
        return False  # too few or too many digits for a national number, phone word or none
    # after a phone word only a calendar date is kept: "llamen al 2478-93-40" has the shape of
    # a date but no month 93
    dated = _DATE.fullmatch(core) is not None and _date_like(core)
    if dated and _date_quantity(core):
        return False  # a date as written: a quantity, phone word or none
    if n > 13 or (n >= 7 and _looks_like_quantity(text, start, end, core, digits)):
        return not dated and _cued(text, start, end)
    if n < 7:
        return not dated and (
            _cued(text, start, end) or _of_post_region(text, start, end, core, digits)
        )
    # "Ticket #28374651994": a solid number after "#" with no phone word (``phone_runs``)
    return (
        (cueless_phone(core, digits) and not ticket_number(text, start, core))
        or _cued(text, start, end)
        or (not dated and _of_post_region(text, start, end, core, digits))
    )


def _of_post_region(text: str, start: int, end: int, core: str, digits: str) -> bool:
    """A six-to-eight-digit national number of a country the post names elsewhere (its
    ccTLD, another number's country code, an IBAN: ``phone_regions``), no quantity or
    reference; asked last, after every cheaper test failed."""
    return (
        len(digits) <= 8
        and text[start - 1 : start] != "#"  # "#892210": a ticket's or an order's number
        and not _GROUP_BEFORE.search(text, max(0, start - 2), start)
        and not _GROUP_AFTER.match(text, end)
        and regional_number(text=text, written=core, digits=digits)
        and not _looks_like_quantity(text, start, end, core, digits)
    )


# a piece of a longer run of digit groups ("8553 6194 7022 7251", an order's) is no number of
# its own: its neighbour group touches it across one separator
_GROUP_BEFORE = re.compile(r"\d[ .\-]$")
_GROUP_AFTER = re.compile(r"[ .\-]\d")


def _cued(text: str, start: int, end: int) -> bool:
    """A phone word before the number, or a phone noun after it naming it too ("... as the best
    number", ``phone_reach``)."""
    return _phone_cue(text, start) or (named_after(text, end) and not is_reference(text, start))


def _intl_lookalike(text: str, start: int, end: int, core: str, digits: str) -> bool:
    """What "+"/"00" and eight digits or more may also be, with no phone word before them."""
    n = len(digits)
    if (
        n in (13, 14)
        and core.isdigit()
        and gs1_ok(digits)
        and not _valid_international(digits[2:])
    ):
        return True  # "0036000291452": a GTIN of a US/Canadian product, not 00 + a number
    if text[start] == "0" and is_reference(text, start):
        return True  # "Bestellnummer 0020125740": a reference that starts with 00
    return (
        n == 10
        and core.isdigit()
        and isbn_ok(digits)
        and _book(text, start, end)
        and not PHONE_WORD_AFTER.match(text, end)
    )  # "Reading list: 0006546852": ISBN group 0 opens with 00 too


def _date_like(core: str) -> bool:
    """A calendar date, or a date with a two-digit year whose day and month are valid."""
    if calendar_date(core):
        return True
    parts = re.split(r"[./-]", core)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    day, month = (int(parts[0]), int(parts[1])) if len(parts[0]) <= 2 else (0, 0)
    return len(parts[2]) == 2 and (day_of_month_ok(day, month) or day_of_month_ok(month, day))


# A thousands-grouped amount whose first group has one or two digits, or a range of two amounts.
_GROUPED = r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+"
_AMOUNT = re.compile(rf"\d{{1,2}}(?:[ .\u00a0\u202f]\d{{3}})+|{_GROUPED}\s?[–-]\s?{_GROUPED}")


# An amount grouped in thousands by spaces with two decimals ("67 432.18", "1 234 567,89"): no
# phone plan writes a last group of two after a dot or comma behind groups of three.
_SPACED_AMOUNT = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+[.,]\d{2}")


def _looks_like_quantity(text: str, start: int, end: int, core: str, digits: str) -> bool:
    """Dates, year ranges, money, counts, decimals, ISBNs and order/reference numbers are kept,
    not read as phones. The reference cue ("PO 4515754014", "invoice #20240117", "order no.
    112-...") is read last: it costs the most, and every test here is a pure test of the number
    and its text, so their order changes no verdict."""
    return _quantity_shape(text, start, end, core, digits) or is_reference(text, start)


def _date_quantity(core: str) -> bool:
    """A whole date ("2024-03-15", "15.03.2024") in a layout no phone plan shares: not a trunk 0
    and a mobile prefix ("0676-59-624"), not three digits first ("974-75-72")."""
    return (
        _DATE.fullmatch(core) is not None
        and not _TRUNK_FIRST.fullmatch(core)
        and not _THREE_FIRST.match(core)
    )


def _quantity_shape(text: str, start: int, end: int, core: str, digits: str) -> bool:
    """``_looks_like_quantity`` but for the reference cue."""
    if _money_before(text, start, end, digits):
        return True
    if _SPACED_AMOUNT.fullmatch(core) or lottery_draw(text, start, core):
        return True  # "67 432.18 USD", "Lotto numbers 04 11 23 35 42 49" (rev22 #23)
    if UNIT_AFTER.match(text, end) and not (
        # "Swish 0701234567 kr 300", "Blik 601234567 zł 50": the currency belongs to the amount
        # after a payment app's number; a valid phone there stays a phone (fail closed), unless
        # it is written as an amount ("8 000–12 000 zł", "1 250 000 kr"; not "601 234 567")
        CURRENCY_AFTER.match(text, end)
        and (digits[0] == "0" or _valid_somewhere(digits))
        and not _AMOUNT.fullmatch(core)
    ) and not (core[0] in "0+(" and personal_value(core)):
        return True  # but "06 12 34 56 78 kg": no amount opens with a trunk 0 (``keep_veto``)
    if len(digits) == 10 and _isbn10_shaped(core) and isbn_ok(digits):
        # An ISBN-10 check digit holds for 1 in 11 random numbers, so one that is also a valid
        # phone is kept only in a book context and with no phone word after it ("... is the
        # hotline"); a cue before it makes ``_is_phone`` redact it anyway. Keeping every
        # cue-less one would leak up to 3% of phones written solid (docs/redaction.md).
        # Grouped the ISBN way (group-registrant-title-check, "0-306-40615-2": a single check
        # character last), it is no phone layout of any plan, so no book word is needed.
        book = not core.isdigit() or _book(text, start, end)
        if (book and not PHONE_WORD_AFTER.match(text, end)) or not _valid_somewhere(digits):
            return True
    if len(digits) == 13 and gs1_ok(digits) and _ean_layout(core):
        return True  # an EAN-13 barcode, written solid or 1-6-6 as printed under the bars
    if len(digits) == 9 and _ISBN_X_AFTER.match(text, end) and isbn_ok(digits + "X"):
        return True  # "2-266-11156-X": an ISBN-10 whose check character is X
    if _SERIAL_OF_YEAR.fullmatch(core) or _YEAR_SERIAL.fullmatch(core):
        return True  # "n. 501/2025": an invoice's number within its year, no phone layout
    if _date_quantity(core) or _round(digits):
        return True  # dates and round numbers (10000000, 1 000 000 000)
    groups = _DIGIT_GROUP.findall(core)
    if dotted_build(text, start, end, core, groups):
        return True  # "10.0.22631.3007": a build number, dotted with a one-digit inner part
    if all_years(groups):
        return True
    thousands = _THOUSANDS.fullmatch(core)
    # no count or amount opens with a zero ("031.572.425" is a trunk 0 and a 2-digit code)
    if thousands and core[0] == "0" and len(groups[0]) > 1:
        thousands = None
    if thousands and (len(groups[0]) < 3 or thousands.group("sep") in ",."):
        # "994.879.724": a number of the Spanish plan (9 digits from 6-9) written dotted 3-3-3,
        # not 994 million (counts carry a unit or currency, checked above).
        return not (core.count(".") == 2 and len(digits) == 9 and digits[0] in "6789")
    if len(groups) == 2 and "." in core and "-" not in core and " " not in core:
        # a decimal number; "074114.60249" (a trunk 0 before several digits) is not one, nor
        # "347.1234567": an Italian mobile (32x-39x, then 6-7 digits) written with a dot
        if (
            len(groups[0]) == 3
            and groups[0][0] == "3"
            and groups[0][1] >= "2"
            and len(groups[1]) in (6, 7)
        ):
            return not _italian_mobile(digits)
        return not (groups[0][0] == "0" and len(groups[0]) > 1)
    # 978/979 open an ISBN-13 only; ten digits starting so are a Massachusetts or Texas number.
    isbn_context = (len(digits) == 13 and digits[:3] in ("978", "979")) or "isbn" in text[
        max(0, start - 12) : start
    ].lower()
    return len(digits) in (10, 13) and isbn_context and isbn_ok(digits)


def _money_before(text: str, start: int, end: int, digits: str) -> bool:
    """A currency or an ISBN label right before the run keeps it (``MONEY_BEFORE``), unless the
    run is no such thing (rev20 F3, F18): after "ISBN" only an ISBN's length and check digit;
    after a currency no valid phone with its trunk 0 or country code ("€ 0151 2345678")."""
    m = MONEY_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return False
    if m.group()[:4].lower() == "isbn":  # "ISBN", "isbn-13:" (not "INR")
        n = len(digits)
        x_check = n == 9 and _ISBN_X_AFTER.match(text, end) is not None
        return (n in (10, 13) and isbn_ok(digits)) or (x_check and isbn_ok(digits + "X"))
    return not phone_digits(digits)


def _book(text: str, start: int, end: int) -> bool:
    """A book around the number: a reading label before it, or an English book word near it."""
    return _book_label(text, start, end) or bool(
        _BOOK_CONTEXT.search(text, max(0, start - 80), min(len(text), end + 80))
    )


def _book_label(text: str, start: int, end: int) -> bool:
    """A reading label right before the number and no phone word on its line."""
    if _BOOK_LABEL.search(text, max(0, start - 20), start) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not (
        LINE_PHONE_WORD.search(text, line_start, start)
        or LINE_PHONE_WORD.search(text, end, line_end)
    )


def _italian_mobile(digits: str) -> bool:
    number = parsed(digits, "IT")
    mobile = phonenumbers.PhoneNumberType.MOBILE
    return (
        number is not None
        and phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) == mobile
    )


def _ean_layout(core: str) -> bool:
    groups = re.split(r"[ -]", core)
    return len(groups) == 1 or [len(g) for g in groups] == [1, 6, 6]


def _round(digits: str) -> bool:
    """10000000, 1 000 000 000, 12500000: a few leading digits, then zeros. Not a phone that
    ends in 0000 ("0161 496 0000", "212-555-0000": a trunk 0 or more than four leading digits)."""
    return digits.endswith("0000") and digits[0] != "0" and len(digits.rstrip("0")) <= 4


def _isbn10_shaped(core: str) -> bool:
    """Ten digits written solid, or in the four hyphen/space groups of an ISBN (0-306-40615-2)."""
    groups = re.split(r"[ -]", core)
    if not all(group.isdigit() for group in groups):
        return False  # 212.555.0123, 0221/123456, (089) 1234567: phone layouts
    return len(groups) == 1 or (len(groups) == 4 and len(groups[-1]) == 1)
