"""Phone words of Icelandic, Latvian and Estonian before a number.

Pattern (general, the languages' ordinary words for a phone and for calling or writing to
one): Icelandic "sími"/"síma" (phone), "farsími" (mobile), "hringið/hringdu í" (call),
"sendið SMS/skilaboð í" (send a text/messages to), "gsm"; Latvian "rakstiet uz" (write to),
"sazvanāms pa" (reachable on), "īsziņu uz" (a text to); Estonian "kirjutage" (write). Read only
when ``prefilter.keywords`` found one of them in the 24 characters before the number, so other
posts pay one dictionary lookup. A cue makes a number that passes the phone layout checks a
phone (``phones._is_phone``); dates and references still decide first where they apply.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter

# folded as ``prefilter.keywords`` folds them ("síma" -> "sima", "īsziņu" -> "iszinu")
_WORDS = frozenset(
    """simi sima simann simanum simanumer simanumerið simanumerid farsimi farsima gsm hringið
    hringid hringdu hringja skilaboð skilabod sms rakstiet raksti rakstit sazvanams sazvanama
    iszinu iszina kirjutage kirjuta kirjutada""".split()
)
prefilter.register("phone_cue_is_lv_et", _WORDS)
_CUE = re.compile(
    r"(?i)\b(?:s[ií]m(?:i|a|ann|anum|an[uú]mer\w*)|fars[ií]m[ia]|gsm|hring(?:i[ðd]|du|ja)|"
    r"skilabo[ðd]|sms|rakst(?:iet|i|[iī]t)|sazvan[aā]m[sa]|[iī]sziņ[ua]|kirjuta(?:ge|da)?)"
    # the preposition to the number: Icelandic "í", Latvian "uz"/"pa"
    r"(?:\s(?:[ií]|uz|pa))?\W{0,12}$"
)
_REACH = 24


def is_lv_et_cue(text: str, start: int) -> bool:
    """An Icelandic, Latvian or Estonian phone word (and its preposition) ends before ``start``."""
    lo = start - _REACH
    found = prefilter.keywords(text).get("phone_cue_is_lv_et", ())
    if not any(s >= lo and e <= start for s, e in found):
        return False
    return _CUE.search(text, max(0, lo), start) is not None
