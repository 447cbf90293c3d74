"""Indonesian street lines, as Pos Indonesia writes them: "Jl."/"Jalan"/"Gg."/"Gang" and the
street's name, the house number ("No. 12", "No 12A", "Kav. 5"), then the parts of the
neighbourhood ("Blok D", "RT 02/RW 04", "Kel. Sukamaju", "Kelurahan ...", "Kec. ...",
"Kecamatan ...", "Kab. ..."), the town and the five-digit kode pos.

The type word anchors the rule (``address_keyed``); a match needs the house number, so a
street named in prose ("macet di Jalan Kenari") stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_words import CAPITALS
from trainer.redact.hits import Hit

_UP = CAPITALS
_WORD = rf"[{_UP}][\w'’.-]*"
_NUMBER = r"(?:No\.?|Nomor|Kav\.?|Kavling)[ \t]?\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?(?![\w])"
# The neighbourhood: block, RT/RW, village, district, regency, floor.
_PART = (
    r"(?:Blok[ \t][\w-]{1,4}(?:[ \t]?No\.?[ \t]?\d{1,4})?|RT\.?[ \t]?\d{1,3}(?:[ \t]?/[ \t]?"
    r"RW\.?[ \t]?\d{1,3})?|RW\.?[ \t]?\d{1,3}|Lt\.?[ \t]?\d{1,2}|Lantai[ \t]\d{1,2}|"
    r"(?:Kel\.|Kelurahan|Desa|Kec\.|Kecamatan|Kab\.|Kabupaten|Kota)"
    rf"[ \t]{_WORD}(?:[ \t]{_WORD}){{0,2}})"
)
_TOWN = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}"
_ID_LINE = re.compile(
    rf"(?<![\w.])(?:Jl\.?|Jln\.?|Jalan|Gg\.?|Gang)[ \t]{_WORD}(?:[ \t]{_WORD}){{0,3}}?"
    rf",?[ \t]{_NUMBER}(?:,?[ \t]{_PART})*"
    # the town, with its kode pos or closing the line or sentence (not the next sentence)
    rf"(?:,[ \t]?{_TOWN}(?:,?[ \t]\d{{5}}(?![\d,.-]\d)|(?=[ \t]*(?:$|[\n.,;!?)]))))?"
)
prefilter.register("id_street", {"jl", "jln", "jalan", "gg", "gang"})


def indonesian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Indonesian street lines near the type words at ``spans``."""
    regions = prefilter.windows(text, spans, before=0, after=150)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_ID_LINE, text, regions)]
