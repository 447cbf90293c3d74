"""The signer after a signing verb: "Smlouvu podepsal Petr Dvořák Holding", "signed by Jan
Novak Consulting", "unterschrieben von Anna Weber GmbH" (dev38 rv2, regression of tagger v9).

A person's given name and surname before a company word read as a firm named after its
founder ("Vincent Germain et Fils"), and the rules keep such a run. Right after a verb of
signing, though, the run is who signed: a contract is signed by a person, on the company's
behalf, so the name is redacted and the company word after it stays.
"""

from __future__ import annotations

import re

# Signing verbs and their "by", as the languages write them right before the signer.
_SIGNING = re.compile(
    r"(?i:signed\sby|countersigned\sby|signed|signé\spar|signée\spar|firmado\spor|"
    r"firmada\spor|firmato\sda|firmata\sda|assinado\spor|assinada\spor|unterschrieben\svon|"
    r"unterzeichnet\svon|ondertekend\sdoor|getekend\sdoor|podepsal|podepsala|podepsáno|"
    r"podpísal|podpísala|podpisał|podpisała|podpisane\sprzez|podpisao|podpisala|semnat\sde|"
    r"underskrevet\saf|undertecknat\sav|allekirjoittanut|aláírta|imzalayan)"
    r"[ \t]+$"
)


def after_signing_verb(text: str, start: int) -> bool:
    """``text[start:]`` opens right after a signing verb (module docstring)."""
    return _SIGNING.search(text, max(0, start - 24), start) is not None
