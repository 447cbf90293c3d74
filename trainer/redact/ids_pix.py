"""Brazil's Pix random key (chave aleatória) after a payment or id word.

Standards: the Banco Central do Brasil's Pix rules (Resolução BCB 1/2020, DICT) give a
receiver five key types: CPF, CNPJ, phone (+55), e-mail, and the random key (EVP), a UUID
version 4 (RFC 4122: 8-4-4-4-12 hex digits, the version nibble 4, the variant nibble 8, 9, a
or b). CPF/CNPJ, phone and e-mail keys are found by their own rules; a UUID is also a request,
trace or session id in every log, so one is a key only after a word of paying, of an account
or of an identity (within ``_REACH`` characters): "chave Pix", "conta", "CPF/CNPJ:",
"transfiram para", "national_id=". Fail closed there: any such word will do.

The word stands earlier on the key's line, or on the previous non-empty line when that line
ends in ":" or holds only the word and the key opens its own line ("minha chave:\\n<key>", rev17
F3; "chave Pix\\nTrace <uuid>" is a trace id). After an explicit "pix" or "chave" the key may
also be written without hyphens (its 32 hex digits, version and variant in place, as banking
apps copy it). Another UUID version is no random key (DICT issues v4 only).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UUID4 = re.compile(
    r"(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-"
    r"[0-9a-fA-F]{12}(?![\w-])"
)
# the UUID v4 without its hyphens: a key only after "pix"/"chave"
_HEX32 = re.compile(r"(?<![\w-])[0-9a-fA-F]{12}4[0-9a-fA-F]{3}[89abAB][0-9a-fA-F]{15}(?![\w-])")
_REACH = 80
# Portuguese and English words of paying, of an account, of a receiver or of an identity
_PAY_WORDS = (
    r"pix|chave|conta|cpf|cnpj|national[_ ]id|id[_ ]number|favorecid[oa]|"
    r"benefici[aá]ri[oa]|destinat[aá]ri[oa]|recebedor|transfi\w*|transfer\w*|dep[oó]sit\w*|"
    r"pague\w*|pagar|pagamento|sinal|account|payee"
)
_PAY_CUE = re.compile(rf"(?i)\b(?:{_PAY_WORDS})\b")
_LONGER_WORD = re.compile(r"[^\W\d_]{3}")
_PIX_CUE = re.compile(r"(?i)\b(?:pix|chave)\b")
# a line that holds only the word (a possessive, "pix"/"aleatória" and punctuation around it)
_ONLY_PAY = re.compile(
    rf"(?i)\W*(?:(?:minha|meu|nossa|nosso|a|o|my|our)\s+)?(?:{_PAY_WORDS})"
    r"(?:\s+(?:pix|aleat[oó]ria|key|do\s+pix))*\W*"
)
_ONLY_PIX = re.compile(
    r"(?i)\W*(?:(?:minha|meu|nossa|nosso|a|o|my|our)\s+)?(?:pix|chave)"
    r"(?:\s+(?:pix|aleat[oó]ria|key|do\s+pix))*\W*"
)
prefilter.register("pix_cue", frozenset({"pix", "chave"}))

# the version and variant of a UUID v4, from its third group on: a literal "-4" leads it, so the
# scan skips ahead fast; the whole UUID is then matched from 13 characters before
_MARK = re.compile(r"-4[0-9a-fA-F]{3}-[89abAB]")


def pix_gate(text: str) -> bool:
    """A UUID v4 may be in ``text`` ("-4"), or a "pix"/"chave" word is (cached keyword pass)."""
    return "-4" in text or "pix_cue" in prefilter.keywords(text)


def find_pix_keys(text: str) -> list[Hit]:
    """Random Pix keys: a UUID v4 after a payment, account or id word, or its 32 hex digits
    after "pix"/"chave". The word is on the key's line or ends the line before."""
    hits: list[Hit] = []
    if "-4" in text:
        for mark in _MARK.finditer(text):
            m = _UUID4.match(text, mark.start() - 13) if mark.start() >= 13 else None
            if m is not None and _cued(text, m.start(), _PAY_CUE, _ONLY_PAY):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    if "pix_cue" in prefilter.keywords(text):
        for m in _HEX32.finditer(text):
            if _cued(text, m.start(), _PIX_CUE, _ONLY_PIX):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def _cued(text: str, start: int, cue: re.Pattern[str], only: re.Pattern[str]) -> bool:
    """``cue`` earlier on the line of ``start`` (within ``_REACH``), or, when nothing but
    punctuation and words of up to two letters ("é") opens the key's line, on the previous
    non-empty line when that line ends in ":" or is only the cue (``only``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if cue.search(text, max(0, start - _REACH, line_start), start):
        return True
    if _LONGER_WORD.search(text, line_start, start):
        return False  # "Trace <uuid>": the line names what the value is
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            if line.endswith(":") and cue.search(line[-_REACH:]):
                return True
            return only.fullmatch(line) is not None
        end = begin - 1
    return False
