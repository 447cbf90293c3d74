"""A build or version number after its cue word ("build 10.0.22631.3296", "versjon 2.4.1"):
a reference, no phone; ``references.reference_before`` asks here."""

from __future__ import annotations

import re

from trainer.redact import prefilter

# A build or version number after its cue word in any language we redact ("build 10.0.22631.
# 3296", "compilación ...", "versjon ...", "sürüm ..."), in a dotted version layout (semantic
# versioning's MAJOR.MINOR.PATCH with up to two more parts, Windows' major.minor.build.revision):
# three to five dotted groups, one of them after the first a single digit or five digits or more.
# No plan writes a phone so (dotted phones group two to four digits: "06.12.34.56.78",
# "91.123.45.67", "555.123.4567"), so a dotted phone after such a word stays a phone.
_VERSION_CUES = (
    "build|builds|version|versions|versao|versie|versione|versjon|versjonen|versionen|"
    "compilacion|compilacao|compilazione|compilation|kompilace|bygg|bygget|byg|firmware|kernel|"
    "surum|wersja|wersji|verze|verzi|verzio|verzija|versiunea|versiune|versi|rilis|release"
)
prefilter.register("version_cue", frozenset(_VERSION_CUES.split("|")))
_VERSION_BEFORE = re.compile(rf"\b(?:{_VERSION_CUES})(?:\s?(?:no\.?|nr\.?|#|:))?\s?v?$")
# A phone word's stem in the next three words ("er telefonen min", "es mi móvil"): a phone.
_CALL_STEM_AFTER = re.compile(
    r"(?i)[ \t,:;()\-]{0,3}(?:[\w'’]+[ \t]){0,3}(?:phone|tel|mobil|m[óo]vil|cell|whatsapp|sms|fax|"
    r"handy|gsm|ring|call|llam|chiam|liga|bel|ruf|appel|nummer|n[uú]mero|num[ée]ro)"
)
_VERSION_LAYOUT = re.compile(r"(\d{1,4})((?:\.\d{1,6}){2,4})(?!\w|[.,/-]\d)")


def version_number(text: str, start: int) -> bool:
    """A dotted version or build number (``_VERSION_LAYOUT``) right after its cue word, with no
    contact word after it."""
    lo = start - 24
    if not any(s >= lo and e <= start for s, e in prefilter.keywords(text).get("version_cue", ())):
        return False
    m = _VERSION_LAYOUT.match(text, start)
    if m is None or _CALL_STEM_AFTER.match(text, m.end()) is not None:
        return False
    rest = m.group(2)[1:].split(".")
    if len(rest) == 3 and all(int(g) <= 255 for g in (m.group(1), *rest)):
        return False  # four parts of at most 255: an IPv4 address ("firmware 81.2.69.142")
    if not any(len(g) == 1 or len(g) >= 5 for g in rest) and len(m.group(1)) < 5:
        return False
    return _VERSION_BEFORE.search(prefilter.folded(text[max(0, lo) : start])) is not None
