"""Bank accounts in a national layout that no other number shares, found bare (no cue):

- New Zealand (Payments NZ's bank account number standard): bank (two digits, the registered
  banks 01-38 and 88), branch (four), account (seven) and suffix (two or three), printed with
  hyphens or single spaces between the four parts ("12-3456-7890123-00", "12 3456 7890123
  001"); the parts' lengths and the bank's range decide.
- South Africa (the Banking Association's universal branch codes): one of the major banks'
  universal branch codes (six digits), a slash or space, then the account (nine to eleven);
  the code's published value decides (any other six digits need an account cue:
  ``ids_accounts``, ``ids_pay_into``).
- Canada (Payments Canada, a cheque's MICR line) printed with spaces: transit (five digits), a
  major institution's number (three: the big six banks, HSBC, Laurentian, ATB, Tangerine, the
  Desjardins and credit-union centrals) and the account (seven to twelve); the hyphenated
  layout takes any institution (``ids_bank_layouts``).

``ids_bank_layouts`` calls this on runs of fourteen digits or more; an order or invoice cue
right before the run keeps it (``gives_way``), as for any number without a check.
"""

from __future__ import annotations

import re

_NZ = re.compile(
    r"(?<![\w.,/+#-])(?P<bank>\d{2})(?P<sep>[- ])\d{4}(?P=sep)\d{7}(?P=sep)\d{2,3}"
    r"(?![\w-]|[.,/]\d| \d)"
)
_NZ_BANKS = frozenset(f"{n:02d}" for n in range(1, 39)) | {"88"}
_ZA = re.compile(r"(?<![\w.,/+#-])(?P<branch>\d{6})[ /]\d{9,11}(?![\w-]|[.,/]\d| \d)")
# ABSA, Capitec, FNB, Nedbank, Standard Bank, Investec, African Bank, Bidvest, Discovery,
# TymeBank, Mercantile, Postbank, Sasfin, Grindrod
_ZA_BRANCHES = frozenset(
    "632005 470010 250655 198765 051001 580105 430000 462005 679000 678910 450105 460005 "
    "683000 584000".split()
)

_CA = re.compile(r"(?<![\w.,/+#-])\d{5} (?P<institution>\d{3}) \d{7,12}(?![\w-]|[.,/]\d| \d)")
_CA_INSTITUTIONS = frozenset(
    "001 002 003 004 006 010 016 030 039 219 614 809 815 828 829 837 865 879 899".split()
)


def national_layout(text: str, start: int, end: int) -> bool:
    """The digit run ``text[start:end]`` is whole a New Zealand, South African or Canadian
    account."""
    if (m := _NZ.match(text, start)) is not None and m.end() == end:
        return m.group("bank") in _NZ_BANKS
    if (m := _ZA.match(text, start)) is not None and m.end() == end:
        return m.group("branch") in _ZA_BRANCHES
    if (m := _CA.match(text, start)) is not None and m.end() == end:
        return m.group("institution") in _CA_INSTITUTIONS
    return False
