"""Brazil's Pix random key (chave aleatória) after a payment or id word on its line.

Standards: the Banco Central do Brasil's Pix rules (Resolução BCB 1/2020, DICT) give a
receiver five key types: CPF, CNPJ, phone (+55), e-mail, and the random key (EVP), a UUID
version 4 (RFC 4122: 8-4-4-4-12 hex digits, the version nibble 4, the variant nibble 8, 9, a
or b). CPF/CNPJ, phone and e-mail keys are found by their own rules; a UUID is also a request,
trace or session id in every log, so one is a key only after a word of paying, of an account
or of an identity earlier on its line (within ``_REACH`` characters): "chave Pix", "conta",
"CPF/CNPJ:", "transfiram para", "national_id=". Fail closed there: any such word will do.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_UUID4 = re.compile(
    r"(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-"
    r"[0-9a-fA-F]{12}(?![\w-])"
)
_REACH = 80
# Portuguese and English words of paying, of an account, of a receiver or of an identity
_PAY_CUE = re.compile(
    r"(?i)\b(?:pix|chave|conta|cpf|cnpj|national[_ ]id|id[_ ]number|favorecid[oa]|"
    r"benefici[aá]ri[oa]|destinat[aá]ri[oa]|recebedor|transfi\w*|transfer\w*|dep[oó]sit\w*|"
    r"pague\w*|pagar|pagamento|sinal|account|payee)\b"
)


# the version and variant of a UUID v4, from its third group on: a literal "-4" leads it, so the
# scan skips ahead fast; the whole UUID is then matched from 13 characters before
_MARK = re.compile(r"-4[0-9a-fA-F]{3}-[89abAB]")


def find_pix_keys(text: str) -> list[Hit]:
    """Random Pix keys (UUID v4) after a payment, account or id word on their line."""
    hits: list[Hit] = []
    for mark in _MARK.finditer(text):
        m = _UUID4.match(text, mark.start() - 13) if mark.start() >= 13 else None
        if m is None:
            continue
        lo = max(0, m.start() - _REACH, text.rfind("\n", 0, m.start()) + 1)
        if _PAY_CUE.search(text, lo, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
