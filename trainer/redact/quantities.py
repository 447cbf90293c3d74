"""Years, money and counted nouns: what makes a number a quantity rather than PII, in one place.

Every detector that must keep "1999", "€367.418.253" or "688.593.995 Einwohner" asks here, so
a unit word added for one language reaches the phone, id and address rules at once. The
patterns keep the exact alternatives each rule had before they moved here (the redactor's
output did not change); the word lists below are what they are built from.
"""

from __future__ import annotations

import re

CURRENCY_SYMBOLS = "$€£¥₹"

# Counted nouns in the languages we redact ("367 418 253 inwoners", "12 000 utenti").
_PEOPLE_COUNTS = (
    "einwohner|inwoners|habitants|habitantes|abitanti|besucher|bezoekers|visiteurs|visitantes|"
    "visitatori|personen|personas|persone|pessoas|mitglieder|leden|membres|miembros|membri|"
    "nutzer|gebruikers|utilisateurs|usuarios|utenti|usu[áa]rios"
)
_PIECE_COUNTS = "st[üu]ck|stuks|unidades|unit[àa]|unit[ée]s|tonnen|toneladas|tonnes"


def is_year(token: str) -> bool:
    """Exactly four digits from 1900 to 2099 ("2024"); "2024a" or "19-99" is not."""
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


def year_like(number: str) -> bool:
    """The digits of ``number`` make a year ("2024", "20-24"): never a house number or an id."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return len(digits) == 4 and digits[:2] in ("19", "20")


def all_years(groups: list[str]) -> bool:
    """Two or more groups that are all years: a year range ("1999-2004"), not a phone."""
    return len(groups) > 1 and all(is_year(g) for g in groups)


# A calendar date as the locales we redact write it, one separator throughout: ISO 8601 and the
# year-first form of South Africa and East Asia ("2026-11-30", "2026/11/30"), and day-month-year
# or month-day-year (US) with a four-digit year ("30/11/2026", "11/30/2026", "06.10.2026",
# "25-3-2027"). Only four-digit years: "12.03.26" is also how a French phone is grouped.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d\d"
CALENDAR_DATE = re.compile(
    rf"{_YEAR}(?P<iso>[-/.]){_MONTH}(?P=iso){_DAY}"
    rf"|(?P<a>{_DAY})(?P<sep>[-/.])(?P<b>{_DAY})(?P=sep){_YEAR}"
)


def calendar_date(token: str) -> bool:
    """``token`` is exactly one calendar date (month 1-12 on one side of a day-month pair)."""
    m = CALENDAR_DATE.fullmatch(token)
    return m is not None and (m.group("a") is None or min(int(m["a"]), int(m["b"])) <= 12)


# Currencies of the other locales we redact, as written beside amounts: złoty, Nordic kroner/
# kronor, koruna, lira, ringgit, pesos ("7 500–11 000 zł", "31 000 kr.", "Rs. 44,000"), and
# ISO 4217 codes in capitals only, as whole words ("TRY", "RON" and "COP" are words or names
# in lower case; Italian "lei" is a pronoun, so the Romanian leu goes by "RON").
_CURRENCY_CODES = r"PLN|SEK|NOK|DKK|CZK|RON|TRY|MYR|PKR|ARS|MXN|ZAR|SGD|HUF|CHF|COP|CLP|TL"
_CURRENCY_AFTER = (
    r"(?i:z[łl]\b|z[łl]otych|kr\b|kr\.|kronor\b|kroner\b|kč|korun\b|₺|ringgit\b|pesos?\b|"
    r"lira\b)|(?-i:(?:" + _CURRENCY_CODES + r")\b)"
)
# A currency written after an amount, alone (a phone before one is still a phone: ``phones``).
CURRENCY_AFTER = re.compile(r"[^\S\n]?(?:" + _CURRENCY_AFTER + r")")
# Money or an ISBN label just before a digit run ("$ 1234567", "EUR 5000000", "ISBN-13: ...").
# Not the ringgit's "RM" (its code MYR counts): "RM" is also Rome's province code, which
# Italian address lines put right before a phone ("00184 Roma RM 06 ..."). Not a currency that
# itself follows an amount ("20 € 0151 2345678", "1,234.56 USD 07700 900123": rev20 F3): the
# amount is before it, and the run after it is read on its own.
_NO_AMOUNT_BEFORE = r"(?<!\d)(?<!\d[^\S\n])"
MONEY_BEFORE = re.compile(
    _NO_AMOUNT_BEFORE + r"(?:[" + CURRENCY_SYMBOLS + r"]|(?i:usd|eur|gbp|inr|brl))\s?$|"
    r"(?i:isbn(?:-1[03])?:?)\s?$|"
    r"(?<![\w.])" + _NO_AMOUNT_BEFORE + r"(?:kr\.?|Kr\.?|Rs\.?|₺|(?:" + _CURRENCY_CODES + r"))\s?$"
)
# A unit or counted noun right after a digit run ("12 500 000 users", "3.5 GB", "40%").
UNIT_AFTER = re.compile(
    r"(?i)[^\S\n]?(?:%|percent|k\b|m\b|bn\b|million|billion|users|people|downloads|views|"
    r"followers|members|rows|records|events|requests|items|lines|files|param|steps|samples|"
    r"images|words|characters|bytes|times|customers|visitors|subscribers|impressions|clicks|"
    r"transactions|orders|messages|tokens|dollars|euros|rupees|(?:km|kg|mb|gb|tb)s?\b|"
    r"euro|eur\b|reais|" + _PEOPLE_COUNTS + r"|downloads|" + _PIECE_COUNTS + r"|"
    + _CURRENCY_AFTER + r")"
)
# Before a thousands-grouped number: money, a total, a population, a version.
GROUPED_QUANTITY_BEFORE = re.compile(
    r"(?i)(?:[" + CURRENCY_SYMBOLS + r"]|r\$|\b(?:usd|eur|gbp|inr|brl|population|"
    r"bev[öo]lkerung|bevolking|revenue|umsatz|omzet|chiffre\sd['’]affaires|ingresos|fatturato|"
    r"faturamento|total|totaal|gesamt|budget|version|versie|v))\W{0,3}$"
)
# After a thousands-grouped number: a currency or a counted noun, as a whole word.
GROUPED_QUANTITY_AFTER = re.compile(
    r"(?i)\s?(?:[" + CURRENCY_SYMBOLS + r"%]|(?:euros?|eur|usd|dollars?|pounds?|reais|rupees|"
    r"francs?|units?|users?|views|people|personen|inwoners|einwohner|habitants|habitantes|"
    r"abitanti|visitors|besucher|bezoekers|visiteurs|visitantes|visitatori|downloads|followers|"
    r"members|mitglieder|leden|membres|miembros|membri|km|kg|tonnen|tons|bytes|rows|records|"
    r"items|stuks|st[üu]ck)\b)"
)
# After a short number that follows a street-type word ("Via Email 2 volte"): a counted noun.
COUNTED_AFTER = re.compile(
    r"\s(?:days?|times?|weeks?|hours?|minutes?|mins?|months?|years?|people|users|steps|x|%|"
    r"ways?|tips|things|reasons|seconds|secs|km|miles|mb|gb|k|volte|giorni|ore|anni|mesi|"
    r"settimane|minuti|persone|veces|días|dias|horas|años|anos|meses|semanas|personas|fois|"
    r"jours|heures|ans|mois|semaines|personnes|vezes|pessoas|mal|tage|stunden|jahre|monate|"
    r"wochen|personen|euros?|eur|€|\$)(?!\w)",
    re.IGNORECASE,
)
