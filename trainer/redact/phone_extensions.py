"""An extension written after a phone (rev22 #18): "+1 (415) 555-0132 x123 or ext. 45",
"01 42 68 53 00 poste 12", "+33 1 23 45 67 89 (poste 214)", "030 1234567 Durchwahl -12",
"02 1234567 interno 3".

An extension is a direct line inside a known switchboard, so it goes with the phone: the
phone's span is extended over it (its label and any brackets). Read only at the end of a
phone found by ``phones`` (one anchored match per phone), never on its own: "ext. 45" alone
is no phone.
"""

from __future__ import annotations

import re

# Extension labels: en x/ext/extn/extension, fr poste, de Durchwahl/DW/App., it interno/int.,
# es extensión/anexo, pt ramal, nl toestel/tst., pl wew.
_LABEL = (
    r"(?:x|ext|extn|extension|extensi[oó]n|poste|durchwahl|dw|app|interno|int|anexo|ramal|"
    r"toestel|tst|wew)"
)
_NUMBER = r"\.?[ \t]*[:#]?[ \t]*[-–]?[ \t]*\d{1,6}"
_EXTENSION = re.compile(
    rf"(?i)[ \t]*\([ \t]*{_LABEL}{_NUMBER}[ \t]*\)"  # "(poste 214)"
    rf"|[ \t]*(?:[,;/][ \t]*|(?:or|oder|ou|o|of|y|e|und|and)[ \t]+)?{_LABEL}{_NUMBER}"
    r"(?![\w]|[.,]\d)"
)
_MAX_EXTENSIONS = 2  # "x123 or ext. 45"


def with_extension(text: str, end: int) -> int:
    """The end of the extension(s) written right after a phone that ends at ``end``, or
    ``end`` when there is none."""
    for _ in range(_MAX_EXTENSIONS):
        m = _EXTENSION.match(text, end)
        if m is None:
            break
        end = m.end()
    return end
