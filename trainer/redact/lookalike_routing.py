"""A US bank routing number after its cue: it names a bank, not a person.

Standard: the ABA routing transit number (RTN). Nine digits; the first two are a Federal
Reserve district (01-12), a thrift's (21-32), an electronic one's (61-72) or the traveller's
cheque code 80, or 00 (government); the ninth is a check digit: weights 3, 7, 1 repeated
over the nine digits sum to a multiple of 10.

A routing number is printed beside the account number it routes to ("account 1234567 (routing
...)"): the account is personal, the routing number is the bank's and stays. Fail closed: the
number is kept only right after a routing cue ("routing", "routing number", "routing no.",
"ABA", "RTN", with ":" or "#"), as one nine-digit token with nothing digit-like glued to it,
with its district and check digit valid, and with no contact word after it (a random number
passes the check one time in ten; a phone in a routing slot would have to pass it too, and a
US phone has ten digits). Nine-digit phones written solid do fall in the districts: Spanish,
Polish and Czech mobiles (6xx, 7xx) in the electronic ones 61-72, which a bank customer seldom
prints, so there a valid phone of Spain, Portugal, Poland, Czechia or Slovakia after a bare
"routing" ("call routing: 612345678") is kept by no cue but one naming the number ("routing
number", "ABA", "RTN"). Landlines of Kraków, Lisbon, Warsaw or Prague (12, 21-32) are the
districts of most banks' numbers and stay kept after "routing": the cue right before and the
check digit make a phone there unlikely. Anything else is left to the phone and id rules.
"""

from __future__ import annotations

import re

import phonenumbers

from trainer.redact import prefilter
from trainer.redact.ids_checks import aba_ok as checked_aba
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER, parsed

# Reference cues: ``references`` asks here only after its own gate found one of its cue words
# (these among them) before the number, so a number with no cue word before it pays nothing
# for this rule, and the regex below is the only cue check left here.
prefilter.register("ref_cue", frozenset({"routing", "aba", "rtn", "bank code"}))

_CUE_BEFORE = re.compile(
    r"(?i:\b(?:routing(?:/(?:branch|transit))?(?:\s(?:transit\s)?(?:number|no\.?|nr\.?|code|#))?|"
    r"aba(?:\s(?:number|no\.?|#))?|rtn|bank\scode))\s?[:#]?\s?$"
)
_TOKEN = re.compile(r"\d{9}(?![\d\-./]\d)(?!\w)")
_DISTRICTS = frozenset(
    [f"{n:02d}" for n in range(0, 13)] + [str(n) for n in range(21, 33)]
    + [str(n) for n in range(61, 73)] + ["80"]
)  # fmt: skip


def aba_ok(digits: str) -> bool:
    """Nine digits with the 3-7-1 check digit (``ids_checks.aba_ok``) and a valid district."""
    return checked_aba(digits) and digits[:2] in _DISTRICTS


def routing_number(text: str, start: int) -> bool:
    """The number at ``start`` is a valid ABA routing number right after a routing cue."""
    cue = _CUE_BEFORE.search(text, max(0, start - 28), start)
    if cue is None:
        return False
    m = _TOKEN.match(text, start)
    if m is None or not aba_ok(m.group()):
        return False
    if "61" <= m.group()[:2] <= "72" and re.sub(r"[\s:]", "", cue.group()).lower() == "routing":
        if _nine_digit_phone(m.group()):
            return False  # "call routing: 612345678": a Spanish mobile passing the check
    return CONTACT_WORD_AFTER.match(text, m.end()) is None


_NINE_DIGIT_PHONES = ("ES", "PT", "PL", "CZ", "SK")  # national numbers of nine digits, no trunk


def _nine_digit_phone(digits: str) -> bool:
    """A valid phone of a country whose numbers are nine digits written solid."""
    for region in _NINE_DIGIT_PHONES:
        number = parsed(digits, region)
        if number is not None and phonenumbers.is_valid_number(number):
            return True
    return False
