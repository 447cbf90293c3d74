"""The label after its value: "sent 1234567890 as the settlement account" (review rev17 F8).

A number followed by "as/como/comme/als ... account" is the account only when a verb of
sending, paying or using comes before it ("sent", "paid", "wired", "use", "mandó", "envié",
"pagué", "überwiesen" ...) and the account word ends the phrase ("as the settlement account.",
"como cuenta", "as my account for the rent"). Without them it is any count or date the text
measures "as the account" grew or was created ("Downloads reached 1250000 as the account base
grew", "We logged 20240115 as the account creation date"). German puts the verb last ("als
Konto angegeben"). Calendar dates (also written
solid, YYYYMMDD or DDMMYYYY), amounts with a currency before them and round amounts (a run
without a leading 0 that ends in 000) are quantities, not accounts.
"""

from __future__ import annotations

import re

from trainer.redact.quantities import MONEY_BEFORE, calendar_date

_VERBS = (
    # English
    r"sen[dt]|sending|paid|pay|paying|transferred|transfer|wired?|deposited|deposit|"
    r"use[ds]?|using|enter(?:ed)?|add(?:ed)?|registered|gave|give|put|"
    # Spanish and Portuguese
    r"mand[óoée]|mandaron|mandei|mandou|envi[éeóo]|enviaron|enviei|enviou|envía|pagu[ée]|"
    r"pag[óo]|pagaron|paguei|pagou|transfer[íi]|transfiri[óo]|depositei|deposit[éó]|"
    r"us[aeé]|usei|usou|usar|utiliz[ae]|ingres[éeo]|registr[ée]|cadastrei|puse|pon|coloquei|"
    # French, German, Dutch, Italian
    r"envoy[ée]|pay[ée]|vir[ée]|vers[ée]|utilise[zr]?|utilis[ée]|indiqu[ée]|"
    r"überwiesen|überweise[n]?|gezahlt|bezahlt|gesendet|geschickt|nutze[n]?|verwende[n]?|"
    r"angegeben|hinterlegt|eingetragen|gestuurd|betaald|overgemaakt|gebruik|"
    r"inviato|pagato|bonificato|usa(?:te)?"
)
# the verb, up to two short words ("the", "el", "this number"), the value, "as" and up to three
# words before the account word ("the settlement", "my")
_VALUE_AS = re.compile(
    rf"(?i:\b(?:{_VERBS}))(?:[ \t]+[^\W\d_]{{1,12}}){{0,2}}[ \t]*:?[ \t]+"
    r"(?<![\w.,/-])(\d{7,22})[ \t]+(?i:as|como|comme|als|come)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}$"
)
# what may follow the account word: the phrase's end, a preposition or conjunction, its number
_PHRASE_END = re.compile(
    r"(?i)[ \t]*(?:$|[\n.,;:!?)\]\"'’”…]|(?:for|to|at|with|in|on|of|and|or|please|thanks|"
    r"number|no|nr|nummer|n[úu]mero|details|por|para|en|de|del|con|y|e|pour|à|au|et|für|bei|"
    r"und|per|da|na|op|van|voor)\b)"
)
# German puts the verb last: "Ich habe 12345678 als Konto angegeben"
_VALUE_ALS = re.compile(r"(?<![\w.,/-])(\d{7,22})[ \t]+(?i:als)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}$")
_PARTICIPLE_AFTER = re.compile(
    r"(?i)[ \t]+(?:angegeben|hinterlegt|eingetragen|überwiesen|genutzt|verwendet|angelegt|"
    r"geschickt|gesendet)\b"
)
_SOLID_DATE = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"
    r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
)
_ROUND_AMOUNT = re.compile(r"[1-9]\d{0,8}000")


def value_as_account(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the value before the account word at ``start:end`` ("sent 1234567890 as
    the settlement account"), or None: no verb of sending or paying, the account word does not
    end the phrase ("as the account base grew"), or the value is a date or an amount."""
    if _PARTICIPLE_AFTER.match(text, end):
        m = _VALUE_ALS.search(text, max(0, start - 80), start)
    elif _PHRASE_END.match(text, end):
        m = _VALUE_AS.search(text, max(0, start - 80), start)
    else:
        return None
    if m is None:
        return None
    value = m.group(1)
    if calendar_date(value) or _SOLID_DATE.fullmatch(value) or _ROUND_AMOUNT.fullmatch(value):
        return None
    if MONEY_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
        return None
    return m.span(1)
