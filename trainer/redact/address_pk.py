"""Pakistani road names in the Persian izafat form, as Pakistan Post addresses write them:
"Shahrah-e-Quaideen 12, Karachi 75400" (shahrah: highway, avenue), "Khayaban-e-Rahat 4"
(khayaban: avenue), in any case and with the house number on the next line of a broken copy.
The town and the five-digit postcode after them are taken by ``address_tail``.

Izafat compounds also name parties, awards and institutions ("Nishan-e-Haider"), so only the
road heads count, and only before a house number.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_PK_ROAD = re.compile(
    r"(?<![\w-])(?i:shahrah|sharah|shahra|khayaban|khiyaban)-(?i:e|i)-[^\W\d_][\w'’]*"
    r"(?:[ \t](?i:road|avenue))?,?[ \t]*\n?[ \t]*"
    r"(?P<num>\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?)(?![\w/-])"
)
prefilter.register("pk_road", {"shahrah", "sharah", "shahra", "khayaban", "khiyaban"})


def pakistani_roads(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for izafat road lines whose head keyword is at ``spans``."""
    regions = prefilter.windows(text, spans, before=2, after=60)
    return [
        ("ADDRESS", m.start(), m.end())
        for m in prefilter.finditer_in(_PK_ROAD, text, regions)
        if not year_like(m.group("num"))
    ]
