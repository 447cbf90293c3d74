"""Numbers as people say them, in every language the project covers: the word lists that let
``spoken_numbers`` read "oh seven nine, double five ..." as the digits a phone, card or id has.

Dictated values are read digit by digit, in pairs ("zéro six, quarante-deux"), with a repeat
word ("double five", "dubbel vier"), a "then" between groups ("…998 then 7572") and "plus" for
the international prefix ("plus four four …"). Words are keyed folded (``folding.fold``: lower
case, accents stripped), as ``prefilter`` keys its keywords.
"""

from __future__ import annotations

from trainer.redact import prefilter
from trainer.redact.folding import fold

# Digit words 0-9 per language (also the counting forms used in dictation: "zwo", "oh",
# "nought", Brazilian "meia" for six). Articles that are also "one" ("un", "een", "ett", "bir")
# count only inside a run of number words (see ``spoken_numbers``).
_DIGITS = {
    "en": "zero|oh|nought one two three four five six seven eight nine",
    "de": "null eins zwei|zwo drei vier fünf sechs sieben acht neun",
    "es": "cero uno|un dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zéro un|une deux trois quatre cinq six sept huit neuf",
    "it": "zero uno|un due tre quattro cinque sei sette otto nove",
    "nl": "nul een|één twee drie vier vijf zes zeven acht negen",
    "pt": "zero um|uma dois|duas três quatro cinco seis|meia sete oito nove",
    "pl": "zero jeden|jedna dwa|dwie trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
}
# 10-19 (Turkish "on" = ten is left out: it is the English preposition before a number).
_TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "fr": "dix onze douze treize quatorze quinze seize",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
    "diciannove",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "pt": "dez onze doze treze catorze|quatorze quinze dezasseis|dezesseis "
    "dezassete|dezessete dezoito dezanove|dezenove",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
    "siedemnaście osiemnaście dziewiętnaście",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    "fi": "kymmenen yksitoista kaksitoista kolmetoista neljätoista viisitoista kuusitoista "
    "seitsemäntoista kahdeksantoista yhdeksäntoista",
}
# 20, 30, ... 90.
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "fr": "vingt|vingts trente quarante cinquante soixante septante huitante|octante nonante",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt "
    "siedemdziesiąt osiemdziesiąt dziewięćdziesiąt",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
    "fi": "kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä "
    "seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä",
    "tr": "yirmi otuz kırk elli altmış yetmiş seksen doksan",
}
# Words that repeat the next digit: "double five" = 55, "triple oh" = 000.
_REPEATS = {
    2: "double doppel doble doppio dubbel duplo podwójne tupla çift",
    3: "triple dreifach triplo tripel trippel potrójne",
}
# "then" between two groups of a dictated number, and the "and" that may come before it.
THEN_WORDS = frozenset(
    fold(w)
    for w in "then dann luego después puis ensuite poi dopo dan daarna depois então potem "
    "następnie sen sedan sitten sonra ardından".split()
)
AND_WORDS = frozenset("and und y et e en och ja ve i a".split())
# The international prefix said as a word ("plus", "más", "più", "mais", "artı").
PLUS_WORDS = frozenset(fold(w) for w in "plus más più mais artı".split())


def _compounds() -> dict[str, str]:
    """Tens written as one word with their unit: German/Dutch unit first ("einundzwanzig",
    "tweeëntwintig"), Swedish/Finnish/Italian tens first ("tjugoett", "kaksikymmentäyksi",
    "ventuno", the tens' last vowel dropped before "uno"/"otto"), Spanish "veintiuno"."""
    out: dict[str, str] = {}
    units = {lang: [w.split("|")[0] for w in words.split()] for lang, words in _DIGITS.items()}
    for lang, joiner, unit_first in (("de", "und", True), ("nl", "en", True),
                                      ("sv", "", False), ("fi", "", False), ("it", "", False)):
        for t, tens in enumerate(_TENS[lang].split(), start=2):
            tens = tens.split("|")[0]
            for u, unit in enumerate(units[lang][1:], start=1):
                if lang == "de" and u == 1:
                    unit = "ein"
                if unit_first:
                    word = unit + ("ën" if lang == "nl" and unit.endswith("e") else joiner) + tens
                elif lang == "it" and unit[0] in "uo":
                    word = tens[:-1] + unit
                else:
                    word = tens + unit
                out[fold(word)] = f"{t}{u}"
    for u, unit in enumerate("uno dos tres cuatro cinco seis siete ocho nueve".split(), start=1):
        out[fold("veinti" + unit)] = f"2{u}"
    return out


def _lexicon() -> dict[str, str]:
    """Folded word -> the digits it stands for ("five" -> "5", "forty" -> "40")."""
    out: dict[str, str] = {}
    for table, first in ((_DIGITS, 0), (_TEENS, 10), (_TENS, 20)):
        for words in table.values():
            for i, alternatives in enumerate(words.split()):
                value = first + i if first < 20 else 10 * (i + 2)
                for word in alternatives.split("|"):
                    out.setdefault(fold(word), str(value))
    return out | _compounds()


NUMBER_WORDS: dict[str, str] = _lexicon()
REPEAT_WORDS: dict[str, int] = {
    fold(w): times for times, words in _REPEATS.items() for w in words.split()
}
# Digit words only ("five", "cinq"): what gates the scanner. Tens and teens are read inside a
# run but never start one.
DIGIT_WORDS = frozenset(
    fold(w) for words in _DIGITS.values() for alts in words.split() for w in alts.split("|")
)
prefilter.register("spoken_digit", DIGIT_WORDS)
