"""Phone words of Icelandic, Latvian and Estonian before a number.

Pattern (general, the languages' ordinary words for a phone and for calling or writing to
one): Icelandic "sími"/"síminn"/"síma" (phone), "símanúmer(ið)" (phone number), "farsími"
(mobile), "hringið/hringdu í" (call), "sendið SMS/skilaboð í" (send a text/messages to), "gsm";
Latvian "rakstiet uz" (write to), "zvani/zvaniet" (call), "sazvanāms pa" (reachable on),
"īsziņu uz" (a text to), "(telefona) numurs" (number); Estonian "kirjutage" (write), "helista(ge)"
(call), "minu number" (my number). Up to three short words may stand between the word and the
number (rev17 F1: "Síminn hjá mér er ...", "Hringdu bara í mig í ...", "zvani man uz ...",
"Helista mulle ..."), as people write them. Read only when ``prefilter.keywords`` found one of
the words in the ``_REACH`` characters before the number, so other posts pay one dictionary
lookup. A cue makes a number that passes the phone layout checks a phone (``phones._is_phone``);
dates and references still decide first where they apply.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.phone_words import IS_LV_ET_CUE_WORDS

prefilter.register("phone_cue_is_lv_et", IS_LV_ET_CUE_WORDS)  # ``phone_words``'s lexicon
# the words of calling and writing, after which other words may come ("hringdu bara í mig í")
_CALL = (
    r"s[ií]m(?:i|a|inn|ann|anum|ans|an[uú]mer\w*)|fars[ií]m(?:i|a|inn|ann|anum|an[uú]mer\w*)|"
    r"hring(?:i[ðd]|du|ja)|skilabo[ðd]|rakst(?:iet|i|[iī]t)|(?:pie)?zvan(?:i|iet|[iī]t)|"
    r"sazvan[aā]m[sa]|[iī]sziņ[ua]|(?:(?:telefona|t[aā]lru[nņ]a|mobil[aā]|mans|mūsu|manu)\s)?"
    r"numur(?:s|u|[aā])|kirjuta(?:ge|da)?|helista(?:ge|da|n|me)?|n[uú]meri[ðd]|"
    r"(?:minu|mu|meie)\s(?:number|telefoninumber|mobiil)"
)
# a short word between the cue and the number: a pronoun, adverb, copula, app name
_WORD = r"[^\W\d_][\w'’]{0,11}"
_CUE = re.compile(
    rf"(?i)\b(?:(?:{_CALL})(?:[ \t]*[,:]?[ \t]+{_WORD}){{0,3}}|gsm|sms)"
    # the preposition to the number: Icelandic "í", Latvian "uz"/"pa"
    r"(?:\s(?:[ií]|uz|pa))?\W{0,12}$"
)
_REACH = 64


def is_lv_et_cue(text: str, start: int) -> bool:
    """An Icelandic, Latvian or Estonian phone word (up to three short words and a preposition
    after it) ends before ``start``."""
    lo = start - _REACH
    found = prefilter.keywords(text).get("phone_cue_is_lv_et", ())
    return any(s >= lo and e <= start and _CUE.match(text, s, start) for s, e in found)
