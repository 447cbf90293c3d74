"""Numbers beside a street: is it a house number, or a count ("Königsallee 3 Tage", "Top 10")?
And the final tidy of every address hit (``finish_hits``): no run across a full stop into the
next sentence, no trailing comma, and a count after the street's number handled here.
``addresses``, ``address_romance``, ``address_tail`` and ``postal`` ask these.
"""

from __future__ import annotations

import re

from trainer.redact.address_segments import joined_segments
from trainer.redact.address_words import ABBREVIATIONS, MONTHS
from trainer.redact.hits import Hit
from trainer.redact.names import word_list

# A plural counted noun or unit after a number (en, de, nl, fr, es, it, pt, da, no, ro, pl, cs;
# the one list of the address rules): the number is a
# quantity, not a house number ("along the Prinsengracht 2 hours", "Königsallee 3 Tage"), unless
# a number follows the word. Only plural nouns and units: a singular or a word with another
# reading ("ora" = now, "ore 21" = at 9 pm, "mal" = once/just, "ans", "hora", "keer" = turn)
# leaves the house number alone (fail closed). ``finish_hits`` also needs no residence cue
# before the street ("Ich wohne in der ...", "Moro na ...").
_COUNT_WORDS = (
    r"days|times|weeks|hours|hrs|minutes|mins|months|years|seconds|secs|km|kms|"
    r"kilometres|kilometers|miles|metres|meters|people|steps|"
    r"tage|tagen|stunden|minuten|wochen|monate|monaten|jahre|jahren|sekunden|kilometer|"
    r"leute|menschen|besucher|"
    r"uur|uren|dagen|weken|maanden|jaar|jaren|seconden|mensen|"
    r"jours|heures|semaines|mois|fois|secondes|personnes|"
    r"días|dias|semanas|meses|años|anos|veces|minutos|segundos|personas|pessoas|vezes|"
    r"giorni|settimane|mesi|anni|volte|minuti|secondi|persone|"
    r"kilómetros|kilometros|quilômetros|quilometros|chilometri|kilomètres|metros|metri|"
    r"meter|euro"  # also German nouns ("5 Meter", "12 Euro")
)
# The counted nouns of languages that write nouns in lower case: they count only so written
# (case-sensitive), since a capitalised one after a number is a place's name ("in 60400 Zile",
# a Turkish town; "a 08020 Lei", an Italian comune).
_LOWER_COUNT_WORDS = (
    # Danish and Norwegian ("Nørregade 2 dage")
    r"dage|dagen|dager|døgn|timer|minutter|uger|uker|måneder|år|stk|kr|gange|ganger|"
    r"personer|folk|mennesker|"
    # Romanian ("Calea Moșilor 5 zile"; "ore" is also Italian's hours)
    r"oameni|persoane|ani|zile|ore|secunde|săptămâni|saptamani|lei|bucăți|bucati|buc|"
    r"kilometri|copii|locuri|mașini|masini|case|etaje|"
    # Polish and Czech ("wynik 3 10999 punktów"; not Czech "let", an English verb)
    r"punktów|punkty|punktach|punktami|kroków|krokach|krokami|osób|osoby|osobach|ludzi|lat|dni|"
    r"godzin|minut|sekund|sztuk|złotych|zł|razy|metrów|kilometrów|tygodni|miesięcy|dzieci|"
    r"głosów|uczniów|pracowników|mieszkańców|dolarów|procent|wyświetleń|polubień|komentarzy|"
    r"lidí|osob|dní|hodin|kusů|korun|kč|bodů|metrů|týdnů|měsíců|dětí|hlasů|obyvatel|"
    # Croatian ("Trg je 5 minuta od hotela", "Ulica ima 20 kuća") and Hungarian ("Kék köz 4
    # percre", "Ötödik sor 12 szék"; a Hungarian count takes the singular, "Ft" its capital)
    r"minuta|sati|dana|godina|kuća|ljudi|metara|kuna|eura|bodova|korisnika|gledatelja|dinara|članova|"
    r"perc|percre|percig|percet|óra|órát|órára|órán|méter|méterre|szék|Ft|forint|"
    r"forintot|ember|embert"
)
_COUNT_AFTER = re.compile(
    rf"[ \t]?(?:(?i:{_COUNT_WORDS})|(?:{_LOWER_COUNT_WORDS}))\b(?![ \t]*\d)"
).match
_COUNT_WORD = re.compile(rf"(?i:{_COUNT_WORDS})|(?:{_LOWER_COUNT_WORDS})").fullmatch


def count_after(text: str, pos: int) -> bool:
    """A plural counted noun or unit follows the number that ends at ``pos`` ("3 Tage",
    "2 hours")."""
    return _COUNT_AFTER(text, pos) is not None


# Every active ISO 4217 code (all countries' currencies), the CFA franc as written ("FCFA") and
# two crypto tickers, in capitals after an amount ("999 USD. Year range", "750 FCFA. Bonne
# route"): money, no house number. Not the codes that are also capitalised English words
# ("ALL", "TOP", "CUP", "PEN", "SOS").
CURRENCY_CODES = tuple(
    """AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
    GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
    MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD
    SCR SDG SEK SGD SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX
    USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL FCFA CFA BTC ETH""".split()
)
_CODE_AFTER = re.compile(r"[ \t](?:" + "|".join(CURRENCY_CODES) + r")\b").match


def quantity_after(text: str, pos: int) -> bool:
    """The number that ends at ``pos`` counts or prices something: a plural unit or counted
    noun ("5 Miles Road race", "42 km") or a currency code ("999 USD") follows it (rev22 F23).
    Unlike ``count_after`` a digit may follow ("5 Miles 10 km")."""
    return _CODE_AFTER(text, pos) is not None or _UNIT_WORD(text, pos) is not None


_UNIT_WORD = re.compile(rf"[ \t](?:(?i:{_COUNT_WORDS})|(?:{_LOWER_COUNT_WORDS}))\b").match


def counted_noun(word: str) -> bool:
    """``word`` is one of the counted nouns and units of ``count_after`` (those of the
    lower-case languages only in lower case: pass ``word.lower()`` to ignore case)."""
    return _COUNT_WORD(word) is not None


def frequent_or_plural(word: str) -> bool:
    """``word`` (lower case) is a frequent word or a plural noun of the dictionary: what follows
    a number in prose ("2500 words", "12 users"), no town after a postcode."""
    return word in word_list("common_words_top.txt") or (
        word.endswith("s") and word in word_list("common_words.txt")
    )


# A residence or delivery cue before a street makes its number a house number, whatever follows
# ("I live at ...", "Ich wohne in der ...", "Abito in Via ...", "Moro na Rua ...", "J'habite ...",
# "Wij wonen op ...", "moved to ...", "Address: ..."): a verb or noun anywhere earlier on the line,
# or a place preposition right before the street (optionally with an article).
_RESIDENCE_WORD = re.compile(
    r"(?i:\b(?:live[sd]?|living|stay(?:s|ing)?|moved|moving|send|sent|deliver\w*|ship\w*|"
    r"address\w*|wohn\w*|anschrift|adresse\w*|abit\w+|indirizz\w+|viv[oe]|vivi\w+|vivemos|"
    r"mor(?:o|a|as|amos|am|ei|ava)|habit(?:e|es|ent|ons|ez|o|a|as|amos|an)|direcci[oó]n|"
    r"endere[cç]o|domicil\w*|resid\w*|woon\w*|wonen|adres\w*|verhuis\w*|envi(?:a|e|o|ar|ez|amos)|"
    # moved house (pt, es, fr, de, it)
    r"mud(?:ei|amos|ou|aram|ar|ança|é|ó|aron)|déménag\w*|umgez\w*|umzug\w*|trasferit\w*|"
    r"trasloc\w*|liefer\w*|levering\w*)\b)"
).search
_PLACE_PREPOSITION = re.compile(
    r"(?i:(?:^|[\s(,])(?:in|at|im|en|em|na|no|nella|nel|à|op)"
    r"(?:[ \t]+(?:der|dem|la|el|the|de|het|le|l['’]))?[ \t]+$)"
).search
_PREPOSITION_FIRST = re.compile(r"(?i:(?:in|im)[ \t])").match


def residence_word(text: str, lo: int, hi: int) -> bool:
    """A residence or delivery word (``_RESIDENCE_WORD``) in ``text[lo:hi]``."""
    return _RESIDENCE_WORD(text, lo, hi) is not None


def residence_before(text: str, start: int) -> bool:
    """A residence or delivery cue precedes the street that starts at ``start`` (same line,
    up to 80 characters back), or the hit itself opens with a place preposition ("in der ...")."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 80)
    return (
        _RESIDENCE_WORD(text, lo, start) is not None
        or _PLACE_PREPOSITION(text, max(0, lo - 1), start) is not None
        or _PREPOSITION_FIRST(text, start) is not None
    )


# Nouns that take the number after them ("Top 10", "Chapter 4", "bus 73", "Gate 22", "Kapitel
# 3", "quai 5", "temporada 2"): a street after such a number has no house number. Only such
# nouns: number words ("No. 10", "number 12"), articles, possessives and verbs ("my 14 Oak
# Avenue", "the 5 Park Avenue office", "walked 12 Harrow Road") precede real house numbers.
# Unit words (Flat, Suite, Level, Room) are not here: "Level 3, 100 Pitt St" is an address.
# ``addresses._en_street_ok`` asks this only for weak suffixes: a strong one ("Street") wins.
_NUMBER_TAKERS = frozenset(
    """top chapter page pages gate bus buses tram route platform track episode part season
    round stage volume vol issue act scene phase sprint grade class seat rank day week
    kapitel seite gleis bahnsteig linie folge staffel teil runde etappe tag woche
    chapitre quai ligne épisode saison partie étape jour semaine
    capítulo página andén línea linha linea episodio episódio temporada stagione puntata
    parte etapa tappa giorno día dia semana settimana capitolo pagina binario
    hoofdstuk perron spoor lijn aflevering seizoen deel dag""".split()
)
# Time prepositions before a year: "In 2019 Grafton Creek was packed", "Since 1998 High Meadows".
_TIME_BEFORE_YEAR = frozenset(
    "in by since until till before after from during around circa seit bis ab vor nach depuis "
    "avant après desde hasta antes después dal fino prima dopo até sinds tot voor na".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'’-]*)[ \t]+$")


def number_taker(word: str) -> bool:
    """``word`` is a noun that takes the number after it ("Chapter 4", "Seizoen 2")."""
    return word.lower() in _NUMBER_TAKERS


def not_house_number(text: str, start: int, number: str) -> bool:
    """The number at ``start`` (before a street) belongs to the noun before it, or is a year
    after a time preposition with no residence cue: no house number."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _NUMBER_TAKERS:
        return True
    digits = "".join(ch for ch in number if ch.isdigit())
    return (
        len(digits) == 4
        and digits[:2] in ("19", "20")
        and word in _TIME_BEFORE_YEAR
        and _RESIDENCE_WORD(text, max(text.rfind("\n", 0, start) + 1, start - 80), start) is None
    )


def day_and_month(num: str | None, name: str) -> bool:
    """The number before a street name is a day and the name's first word a month closed by a
    full stop or comma, or by a line break ("2 Dec.", "14 March\n"): a date. A street named
    after a month has its type right after it ("12 May Street")."""
    words = name.split()
    if not num or not num.isdigit() or not 1 <= int(num) <= 31 or len(words) < 2:
        return False
    first = words[0]
    return first.rstrip(".,").lower() in MONTHS and (
        first.endswith((".", ",")) or "\n" in name.split(first, 1)[1][:2]
    )


def _short_number_end(text: str, end: int) -> bool:
    """The hit ends in a number of one to four digits (a house number's length, not a code's)."""
    return text[end - 1 : end].isdigit() and not text[max(0, end - 5) : end].isdigit()


# (the word starts after a space or a full stop: tried from inside a long run of letters, each
# start would scan the whole run again, quadratic on "Calle AéAé...Aé 5")
_SENTENCE_END = re.compile(r"(?<![^\s.])([^\s.]{4,})\.\s+(?=[A-Z#@])")
# PTT's types after a numbered street; the abbreviations end in their full stop, not in \b
_ORDINAL_STREET = re.compile(
    r"(?:(?:Sokak|Sokağı|Cadde|Caddesi|Bulvar|Bulvarı)\b|(?:Sk|Cad)\.)"
).match


def _tidy_end(text: str, start: int, end: int) -> int:
    """An address never runs across a full stop into the next sentence ("... Lodge. #AI"), and
    its own trailing full stop or comma is left to the sentence."""
    for m in _SENTENCE_END.finditer(text, start, end):
        word = m.group(1).strip(",").lower()
        if word.isdigit() and _ORDINAL_STREET(text, m.end()):
            continue  # "1203. Sokak": PTT's numbered street, an ordinal, no sentence end
        if word not in ABBREVIATIONS and not word.endswith("str"):
            end = m.end(1)
            break
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return end


def tidy_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """Every hit with its end tidied (``_tidy_end``)."""
    return [(kind, start, _tidy_end(text, start, end)) for kind, start, end in hits]


def finish_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits tidied. A street whose "house number" is a count ("Königsallee 3 Tage") with no
    residence cue before it loses the count; what is left stays an address if it still holds a
    digit ("Flat 2, Keizersgracht" of "Flat 2, Keizersgracht 3 hours"), else it is a place in
    prose and goes."""
    out: list[Hit] = []
    for kind, start, end in joined_segments(text, hits):
        if _short_number_end(text, end) and count_after(text, end):
            if residence_before(text, start):
                pass  # "Ich wohne in der Lindenstraße 4 Jahre schon": a house number
            else:
                cut = end
                while cut > start and text[cut - 1].isdigit():
                    cut -= 1
                if not any(ch.isdigit() for ch in text[start:cut]):
                    continue
                end = cut
        out.append((kind, start, _tidy_end(text, start, end)))
    return [hit for hit in out if hit[2] > hit[1]]
