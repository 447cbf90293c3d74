"""Health-insurance numbers by their check digit beside a word of health insurance (rev22 #6):
the German KVNR ("Techniker Krankenkasse A123456780", "eGK: A123456780") and the Brazilian
Cartão Nacional de Saúde ("SUS 898 0010 0123 4563").

Their own names ("Krankenversichertennummer", "Cartão SUS", "CNS") are id cues (``ids_cues``)
before any value. Here a number of the exact shape whose check holds (``checksums_health``:
1 in 10 and 1 in 11 by chance) counts after a weaker word within ``_REACH`` characters on its
line: an insurer, "versichert", "SUS", "UBS", "paciente". Called from ``national_ids`` only
when the text has a run of nine digits or more.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums_health import cns_ok, kvnr_ok
from trainer.redact.hits import Hit

_KVNR = re.compile(r"(?<![\w-])[A-Z] ?\d{9}(?![\w-]|[.,]\d)")
_CNS = re.compile(
    r"(?<![\w.,/-])[12789]\d{2}(?P<sep>[ .]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{4}(?![\w]|[.,/-]\d)"
)
# German statutory insurers and the words of being insured, of the health card
_KVNR_WORDS = {
    "krankenkasse", "krankenversicherung", "krankenversichert", "kasse", "versichert",
    "versicherte", "versicherter", "versicherten", "versichertenkarte", "gesundheitskarte",
    "egk", "aok", "tk", "techniker", "barmer", "dak", "ikk", "bkk", "kkh", "hek", "hkk",
    "knappschaft", "kv",
}  # fmt: skip
# Brazil: the public health system, its card, clinics, patients, vaccination
_CNS_WORDS = {
    "sus", "cns", "cartao", "saude", "ubs", "posto", "paciente", "prontuario", "vacina",
    "vacinacao", "conecte",
}  # fmt: skip
prefilter.register("kvnr_word", _KVNR_WORDS)
prefilter.register("cns_word", _CNS_WORDS)
_REACH = 60


def find_health_ids(text: str, *, longest: int) -> list[Hit]:
    """KVNRs and CNS numbers whose check holds, after a health-insurance word."""
    hits: list[Hit] = []
    found = prefilter.keywords(text)
    if (words := found.get("kvnr_word")) and prefilter.letter_digit_contacts(text):
        for m in _KVNR.finditer(text):
            if kvnr_ok(m.group().replace(" ", "")) and _word_near(text, m, words):
                hits.append(("NATIONAL_ID", *m.span()))
    if longest >= 15 and (words := found.get("cns_word")):
        for m in prefilter.finditer_in(_CNS, text, prefilter.digit_windows(text)):
            digits = m.group().replace(" ", "").replace(".", "")
            if cns_ok(digits) and _word_near(text, m, words):
                hits.append(("NATIONAL_ID", *m.span()))
    return hits


def _word_near(text: str, m: re.Match[str], words: list[tuple[int, int]]) -> bool:
    """One of the keyword spans ``words`` within ``_REACH`` characters of ``m`` on its line."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, m.start() - _REACH)
    hi = min(line_end, m.end() + _REACH)
    return any(lo <= s and e <= hi and (e <= m.start() or s >= m.end()) for s, e in words)
