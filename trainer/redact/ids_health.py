"""Health-insurance numbers by their check digit beside a word of health insurance (rev22 #6)
(and the Italian tessera sanitaria's TEAM number by its "80380" prefix, with or without one):
the German KVNR ("Techniker Krankenkasse A123456780", "eGK: A123456780") and the Brazilian
Cartão Nacional de Saúde ("SUS 898 0010 0123 4563").

Their own names ("Krankenversichertennummer", "Cartão SUS", "CNS") are id cues (``ids_cues``)
before any value. Here a number of the exact shape whose check holds (``checksums_health``:
1 in 10 and 1 in 11 by chance) counts after a weaker word within ``_REACH`` characters on its
line: an insurer, "versichert", "SUS", "UBS", "paciente"; with no such word, in the card's own
printed form (a KVNR solid, a CNS grouped 3-4-4-4 by spaces) unless a reference cue stands
before it. Called from ``national_ids`` only when the text has a run of nine digits or more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums_health import cns_ok, kvnr_ok
from trainer.redact.hits import Hit

_KVNR = re.compile(r"(?<![\w-])[A-Z] ?\d{9}(?![\w-]|[.,]\d)")
_CNS = re.compile(
    r"(?<![\w.,/-])[12789]\d{2}(?P<sep>[ .]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{4}(?![\w]|[.,/-]\d)"
)
# The Italian health card's European (TEAM) number: twenty digits, "80" (health) and 380
# (Italy's ISO 3166 numeric code) first, printed in groups of five or solid; no other number
# opens so, and it names one insured person.
_TEAM = re.compile(
    r"(?<![\w.,/-])80380(?P<sep>[ ]?)\d{5}(?P=sep)\d{5}(?P=sep)\d{5}(?![\w]|[.,/-]\d)"
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


def find_health_ids(
    text: str, *, longest: int, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """KVNRs and CNS numbers whose check holds, after a health-insurance word; or with none,
    in the card's own printed layout (``_alone``) and after no reference cue (``gives_way``)."""
    hits: list[Hit] = []
    found = prefilter.keywords(text)
    if prefilter.letter_digit_contacts(text):
        words = found.get("kvnr_word", ())
        for m in prefilter.finditer_in(_KVNR, text, prefilter.digit_windows(text)):
            if kvnr_ok(m.group().replace(" ", "")) and (
                _word_near(text, m, words) or _alone(text, m, gives_way)
            ):
                hits.append(("NATIONAL_ID", *m.span()))
    if "80380" in text:
        hits += [("NATIONAL_ID", *m.span()) for m in _TEAM.finditer(text)]
    if longest >= 15:
        words = found.get("cns_word", ())
        for m in prefilter.finditer_in(_CNS, text, prefilter.digit_windows(text)):
            digits = m.group().replace(" ", "").replace(".", "")
            if cns_ok(digits) and (_word_near(text, m, words) or _alone(text, m, gives_way)):
                hits.append(("NATIONAL_ID", *m.span()))
    return hits


def _alone(text: str, m: re.Match[str], gives_way: Callable[[str, int], bool]) -> bool:
    """With no health word, a value counts in the card's printed form only: a KVNR solid
    (one capital, nine digits), a CNS grouped 3-4-4-4 by spaces; and no reference cue before
    it ("Bestellung A123456780")."""
    value = m.group()
    if " " in value[:2] or ("." in value):
        return False
    if value[0].isdigit() and " " not in value:
        return False  # fifteen solid digits: an IMEI or a reference as often as a CNS
    return not gives_way(text, m.start())


def _word_near(text: str, m: re.Match[str], words: list[tuple[int, int]]) -> bool:
    """One of the keyword spans ``words`` within ``_REACH`` characters of ``m`` on its line."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, m.start() - _REACH)
    hi = min(line_end, m.end() + _REACH)
    return any(lo <= s and e <= hi and (e <= m.start() or s >= m.end()) for s, e in words)
