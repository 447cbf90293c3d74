"""Bank account numbers with no check digit of their own, found after an account label in the
language of the post, and the bank and branch codes written beside them.

Most domestic account numbers (South Africa, India, Malaysia, the US, the Nordic countries'
old formats ...) carry no check that a detector could test, and their lengths (7 to 18 digits)
are those of order numbers and phones. What tells them apart is the label a person writes
before them: "acc", "acct", "A/c", "account no.", "Kontonummer", "cuenta", "conta", "compte",
"rekening", "konto", "tilinumero", "hesap", "akaun" ..., or where money goes ("bank details:",
"transfer to", "transferencia a", "bank-in ke"). So seven to twenty-two digits (solid,
or in groups of up to six between single spaces or hyphens) right after such a label are a
bank account (typed IBAN, as ``ids_intl`` types a CLABE), whatever their check; an order or
invoice word is no account label, so "order 12345678" stays a reference as ``references``
decides.

Beside an account (within 80 characters) its bank and branch codes go too, by their published
formats: the Indian IFSC (RBI: four letters, a 0, six letters or digits), a branch code of six
digits (the South African universal branch codes), a UK sort code (NN-NN-NN), an Australian
BSB (NNN-NNN), a Swedish clearing number. A US routing number (ABA check, ``ids_checks``)
names the bank alone and is kept.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums import isbn_ok, luhn_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_destinations import CODE_THEN_ACCOUNT, prepositions_pattern
from trainer.redact.lookalike_routing import aba_ok, routing_number
from trainer.redact.quantities import (
    CURRENCY_AFTER,
    CURRENCY_SYMBOLS,
    MONEY_BEFORE,
    calendar_date,
)
from trainer.redact.value_label_after import value_as_account

# Folded as ``prefilter.keywords`` folds them ("A/c" -> "a c").
# A payment's destination: the number it "goes to" is an account ("deposito" also folds the
# Spanish, Portuguese and Italian "depósito"); a CLABE-labelled run that fails the CLABE's
# own check (``ids_intl``) is still an account number (fail closed).
_DESTINATION_WORDS = (
    "deposit", "deposito", "reembolso", "reimbursement", "remboursement", "rimborso",
    "erstattung", "clabe",
    # a refund, a payout or a transfer "to"/"on"/"into" a number, in many languages at once:
    # en, nl, fr, de, it, pl, cs, pt
    "refund", "payout", "terugbetaling", "terugstorten", "overboeking", "overschrijving",
    "uitbetaling", "virement", "versement", "uberweisung", "ueberweisung", "bonifico",
    "przelew", "prevod", "estorno",
)  # fmt: skip
_ACCOUNT_WORDS = frozenset(
    """account acct acc a/c ac bank kontonummer kontonr konto tilinumero tilinro tili
    cuenta conta compte conto rekening rekeningnummer rekeningnr hesap akaun cbu cvu c/c""".split()
    + ["a/c no", "account no", "no akaun", "nombor akaun", "numer konta", "nr konta"]
    # where money is sent: the number after it is the account it goes to
    + [
        "bank details",
        "transfer to",
        "transfers to",
        "transferencia a",
        "transferencias a",
        "transferência para",
        "bank-in",
        "bank in",
        # a transfer's details and the Peruvian interbank code (CCI)
        "transfer details",
        "wire to",
        "wired to",
        "datos para la transferencia",
        "datos de transferencia",
        # a form's bank-details field ("Datos bancarios: 1234567890"), in each language
        "bankgegevens", "rekeninggegevens", "coordonnees bancaires", "bankverbindung",
        "dati bancari", "bankovni udaje", "detalii bancare", "dane bankowe",
        "datos bancarios",
        "dados bancarios",
        "dados bancários",
        # Vietnamese "(số) tài khoản" (account number), folded
        "tai khoan",
        "cci",
        # where a payment lands ("Deposit goes to ...", "Datos para el reembolso: ...")
        *_DESTINATION_WORDS,
        # "Pay to ...", "payable to ...", "banking details/app: ..."
        "pay to",
        "payable to",
        "banking",
    ]
)
prefilter.register("account_cue", _ACCOUNT_WORDS)
_BANK_CODE_WORDS = frozenset(
    """ifsc branch sort routing aba bsb clearing clearingnummer clearingnr ag agencia""".split()
)
prefilter.register("bank_code_cue", _BANK_CODE_WORDS)

_LINK = (
    r"(?:\s*(?:[:#=,]|is|es|é|ist|est|är|on|er|ialah|adalah|saya|"
    # the plural copula: "bank details are ...", "datos bancarios son", "sont", "são", "sind"
    r"are|son|sont|s[ãa]o|sind|zijn|n[º°o]\.?|nr\.?|no\.?|"
    # what the details became: "bank details changed to ...", "sont maintenant ...", "are now"
    r"(?:ha(?:ve|s)\s)?(?:changed|updated|switched)\sto|now|maintenant|d[ée]sormais|ahora|agora|"
    r"jetzt|nu|ora|"
    # a note in brackets on how the number is written: "account (branch code first) ...";
    # one way to split its words (a word split many ways inside the outer loop backtracked
    # exponentially on an unclosed bracket)
    r"number|nummer|numero|número|num\.?|\([^\W\d_]+(?:[ \t][^\W\d_]+){0,4}[ \t]?\))(?![\w]))*"
    r"\s*[:#=]?\s?"
)
_LABEL = (
    r"(?i:(?:bank\s)?(?:account|acct|acc|a/c|ac)|konto(?:nummer|nr\.?)?|tili(?:numero|nro\.?)?|"
    # the account's type after it: savings, checking, salary ("cuenta de ahorros", "conta
    # corrente", "c/c": conta corrente)
    r"cuenta(?:\sde\sahorros?|\scorriente|\sde\scheques|\svista)?|"
    r"conta(?:\scorrente|\sde\spoupan[çc]a|\spoupan[çc]a|\ssal[áa]rio)?|c/c|"
    r"compte|conto|rekening(?:nummer|nr\.?)?|hesap|(?:no\.?\s|nombor\s)?akaun|"
    r"n(?:ume)?r\.?\skonta|cbu|cvu|bank\sdetails|transfers?\sto|transferencias?\sa|"
    r"transfer[êe]ncia\spara|bank-?\s?in(?:\s(?:ke|to))?|transfer\sdetails|wire[d]?\sto|"
    r"datos\s(?:para\sla|de)\stransferencia|datos\sbancarios|bankgegevens|rekeninggegevens|"
    r"coordonn[ée]es\sbancaires|bankverbindung|dati\sbancari|bankovn[íi]\s[úu]daje|"
    r"detalii\sbancare|dane\sbankowe|dados\sbanc[áa]rios|(?:s[ốo]\s)?t[àa]i\skho[ảa]n|cci|pay(?:able)?\sto|banking)"
)
# solid, or printed in groups of up to eight ("1234 56 78901", "193-12345678-0-12"); a solid
# run takes only groups of three digits or more after it ("021000021 4567 8901": a routing
# number glued to its account; "... 0123456789 83% of ..." is an account and a count). Tried
# first, the layouts those two cannot read whole: hyphen groups one of which has 9-12 digits
# (a branch-account-check "123456789-00001", the Peruvian CCI "002-193-123456789012-34"), and
# two long runs in a row (a bank code and the account, "021000021 1234567890"; a six-digit
# branch code first, "250655 1234567890").
_VALUE = (
    rf"(?P<value>{CODE_THEN_ACCOUNT}|"
    r"\d{9,12}(?:-\d{1,12}){1,4}|\d{1,8}(?:-\d{1,8})*-\d{9,12}(?:-\d{1,12})*"
    r"|\d{7,12} \d{7,12}|\d{6} \d{9,12}|\d{7,22}(?:[ -]\d{3,8}(?![\d%])){0,4}"
    r"|\d{1,8}(?:[ -]\d{1,8}){1,5})"
    r"(?![\w]|[.,/-]\d)"
)
_ACCOUNT = re.compile(_LABEL + _LINK + _VALUE)
_DESTINATION = (
    r"(?i:deposit|dep[oó]sito|reembolso|reimbursement|remboursement|rimborso|erstattung|clabe|"
    r"refund|payout|terugbetaling|terugstorten|overboeking|overschrijving|uitbetaling|virement|"
    r"versement|[üu]e?berweisung|bonifico|przelew|p[řr]evod|estorno)"
)
# "Deposit goes to", "El depósito va a", "refund into": the destination's verb and preposition
_GOES_TO = (
    r"(?i:[ \t]+(?:goes|go|will\sgo|va|vai|van|geht|andrà))?"
    r"(?i:[ \t]+" + prepositions_pattern() + r")[ \t]+"
)
_DESTINATION_TO = re.compile(_DESTINATION + f"(?:{_GOES_TO}|(?P<link>{_LINK}))" + _VALUE)
# a link that labels the value ("deposit no.:", "reembolso:"), not a bare copula or space
_LABELLING_LINK = re.compile(r"(?i)[:#=]|n[º°o]|nr|num")


def bridge(most: int) -> str:
    """Up to ``most`` words of letters on a label's line, then a colon: the label's own phrase
    goes on ("Akaun penaja:", "ID number as printed on the card:"); shared with ``national_ids``."""
    return rf"(?:[ \t]+[^\W\d_][\w'’-]{{0,20}}){{1,{most}}}[ \t]*:[ \t]*"


# a date (day and month of one or two digits, a year of two or four; or year first) with an
# hour, or a time; "1234.56.789" (a BSN written dotted) is no date
_DATE_OR_TIME = re.compile(
    r"(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\2\d{1,2})(?:[ T]\d{1,2})?"
    r"|\d{1,2}[:.]\d{2}"
)
_NUMBER = re.compile(r"\d+")


def bridged_value_ok(text: str, start: int, end: int) -> bool:
    """A value after a bridged phrase is the label's unless it is a date or a time ("expiry
    date: 12.03.2029", "created at: 2024-03-12 10:45"), years only ("for the year: 2024 2025"),
    or a ":" and a digit follow it (a clock time goes on)."""
    if text[end : end + 1] == ":" and text[end + 1 : end + 2].isdigit():
        return False
    value = text[start:end]
    if _DATE_OR_TIME.fullmatch(value):
        return False
    groups = _NUMBER.findall(value)
    return not all(len(g) == 4 and g[:2] in ("19", "20") for g in groups)


# the label, up to three words of its own phrase and a colon: "Rekening untuk pembayaran:",
# "Akaun penaja:", "Account for the refund:"; or a copula instead of the colon ("Mi cuenta en
# el banco es ...", "my account with them is ..."); or up to three words and a comma ("the
# same account as before, ..."); or the bank's acronym alone between the
# label and the number ("cuenta ABCD 123456789-00001")
_COPULA = (
    r"[ \t]+(?:is|are|es|son|est|sont|ist|sind|é|são|è|sono|je|jsou|är|er|on|zijn)[ \t]*:?[ \t]*"
)
_ACCOUNT_PHRASE = re.compile(
    rf"(?:(?P<label>{_LABEL})|{_DESTINATION})(?:(?P<bridge>{bridge(5)})"
    rf"|(?:[ \t]+[^\W\d_][\w'’-]{{0,20}}){{1,6}}{_COPULA}"
    # a short phrase and a comma: "refund to the same account as before, 12345678901234"
    rf"|(?P<comma>(?:[ \t]+[^\W\d_][\w'’-]{{0,20}}){{1,3}}[ \t]*,[ \t]*)"
    rf"|[ \t]+(?-i:[A-Z]{{2,6}})[ \t]+)" + _VALUE
)
_BANK_CODE = re.compile(
    r"(?i:(?P<ifsc_cue>ifsc)(?:\scode)?|branch(?:\scode)?|sort\scode|(?P<aba_cue>routing|aba)"
    r"(?:\snumber|\sno\.?)?|bsb|clearing(?:nummer|nr\.?)?|ag(?:[êe]ncia|\.))"
    + _LINK
    + r"(?P<value>[A-Za-z]{4}0[A-Za-z0-9]{6}|\d{2}-\d{2}-\d{2}|\d{3}-?\d{3}|\d{9}|"
    r"\d{4,5}(?:-\d)?)(?![\w]|[.,/-]\d)"
)
# Words that make a bridged label name an amount ("Account balance on Monday:", "Akaun baki:"):
# the number is money when the word stands right after the label (or a payment's destination
# word) and the number has under eight digits, or when a currency follows an amount-shaped
# one. An amount word further on ("Account for the fee:", "Akaun untuk jumlah:") says what the
# account is for, and eight digits or more with no currency stay an account (fail closed).
_AMOUNT_WORD = re.compile(
    r"(?i)\b(?:balance|amount|total|sum|due|owed?|limit|fee|stand|betrag|saldo|solde|montant|"
    r"importe|bedrag|kwota|bakiye|baki|jumlah)\b"
)
# a label or a payment's destination word right before the amount word ("Reembolso total:")
_LABEL_THEN_SPACE = re.compile(f"(?:{_LABEL}|{_DESTINATION})" + r"[ \t]+")
_MONEY_AFTER = re.compile(
    r"[^\S\n]?(?:[" + CURRENCY_SYMBOLS + r"]|(?i:eur|euros?|usd|dollars?|gbp|pounds?|inr|"
    r"rupees?|idr|rupiah|rp|myr|rm|brl|reais)\b)|" + CURRENCY_AFTER.pattern
)
_NEAR = 80  # a bank code this close to an account number is that account's


def find_accounts(text: str) -> list[Hit]:
    """IBAN hits: account numbers after an account label, bank codes beside them."""
    runs = prefilter.digit_runs(text)
    if not runs:
        return []
    hits = _routing_accounts(text, runs) + _routing_then_account(text, runs)
    found = prefilter.keywords(text)
    cues = found.get("account_cue")
    if not cues and not hits:
        return []
    for start, cue_end in cues or ():
        if text[start - 1 : start] in (",", "\t", "|", ";"):
            continue  # a table's column name ("isbn,email,account"): ``records`` reads its cells
        m = _ACCOUNT.match(text, start)
        if m is None and (m := _DESTINATION_TO.match(text, start)) is not None:
            m = None if _not_a_destination_account(text, m) else m  # "deposit: 2500000 pesos"
        if m is None and (m := _ACCOUNT_PHRASE.match(text, start)) is not None:
            m = m if bridged_value_ok(text, *m.span("value")) else None
            if m is not None and m.group("comma") and _counted(text, m):
                continue  # "my account was hacked, 12345678 people saw it": a count
            if m is not None and _names_amount(text, start, m):
                continue  # "account balance on Monday: 1234567": the label names an amount
            if m is not None and not (m.group("label") and m.group("bridge")):
                # the destination, copula and acronym branches only ("cuenta USD 1500000");
                # a label and its colon take any value ("Konto für die Miete: 38291045 EUR")
                value = m.group("value")
                if calendar_date(value) or (_amount_shaped(value) and _money_beside(text, m)):
                    continue
        if m is not None and _account_ok(m.group("value")):
            hits.append((_money_kind(m), m.start("value"), m.end("value")))
        elif m is None and (span := value_as_account(text, start, cue_end)):
            hits.append(("IBAN", *span))  # "sent 1234567890 as the ... account"
    if not hits:
        return []
    for start, _ in found.get("bank_code_cue", ()):
        m = _BANK_CODE.match(text, start)
        if m is None or not any(a - _NEAR <= start <= b + _NEAR for _, a, b in hits):
            continue
        value = m.group("value")
        if _bank_code_ok(m, value):
            hits.append(("IBAN", _code_start(text, m, hits), m.end("value")))
    return hits


# only a comma, semicolon or slash between an account and the IFSC that follows it
_ACCOUNT_TO_CODE = re.compile(r"[ \t]*[,;/]?[ \t]*")


def _code_start(text: str, m: re.Match[str], hits: list[Hit]) -> int:
    """Where a bank code's hit starts: at its value; but an IFSC written right after its
    account ("A/c 123456789012, IFSC HDFC0123456") is read from the account's start, label
    and all, so the pair goes as one value (an IFSC alone is a branch's code, and
    ``lookalike_labelled_codes`` keeps "IFSC" and its code when nothing reaches past them)."""
    if not m.group("ifsc_cue"):
        return m.start("value")
    for _, lo, hi in hits:
        if lo < m.start() and _ACCOUNT_TO_CODE.fullmatch(text, hi, m.start()):
            return lo
    return m.start("value")


_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _counted(text: str, m: re.Match[str]) -> bool:
    """After a phrase and a comma, a value of under nine digits or one a lower-case word
    follows is a count, not an account."""
    value = m.group("value")
    return len(value) < 9 or _WORD_AFTER.match(text, m.end("value")) is not None


# ISO 4217 codes of the currencies our posts pay in that ``quantities.CURRENCY_AFTER`` lacks
_CODE_AFTER = re.compile(r"[ \t]?(?:USD|EUR|GBP|JPY|CAD|AUD|BRL|INR|PEN|UYU|KES|NGN|IDR|PHP)\b")


_AMOUNT_SHAPE = re.compile(r"[1-9]\d{0,8}")


def _amount_shaped(value: str) -> bool:
    """A solid run of at most nine digits with no leading 0 could be an amount; a longer run,
    a leading 0 or hyphen groups is account-shaped whatever currency stands beside it."""
    return _AMOUNT_SHAPE.fullmatch(value) is not None


def _not_a_destination_account(text: str, m: re.Match[str]) -> bool:
    """After a payment's destination word the value is no account: a date ("deposit
    2024-03-15 confirmed"), an amount-shaped value with a currency beside it ("deposit:
    2500000 pesos"), or, after a bare copula or space ("The deposit is 2500000"), a solid run
    of under eight digits (an account there needs eight digits or a grouped layout)."""
    value = m.group("value")
    if calendar_date(value) or (_amount_shaped(value) and _money_beside(text, m)):
        return True
    link = m.group("link")
    bare = link is not None and _LABELLING_LINK.search(link) is None
    return bare and value.isdigit() and len(value) < 8


def _money_beside(text: str, m: re.Match[str]) -> bool:
    """A currency right before or after the value: the number is an amount, not an account."""
    start, end = m.span("value")
    return bool(
        MONEY_BEFORE.search(text, max(0, start - 8), start)
        or CURRENCY_AFTER.match(text, end)
        or _CODE_AFTER.match(text, end)
    )


def _money_kind(m: re.Match[str]) -> str:
    """IBAN (our type for bank accounts); CARD for a Luhn-valid 13-19 digits after a payment's
    destination word, or a Maestro's 12 (ISO/IEC 7812: 5 or 6 first): money is also paid back
    to a card ("reimbursement to 4111 ...", "Refund to 502084947683")."""
    if m.re is not _DESTINATION_TO:
        return "IBAN"
    digits = m.group("value").replace(" ", "").replace("-", "")
    n = len(digits)
    card = 13 <= n <= 19 or (n == 12 and digits[0] in "56")
    return "CARD" if card and luhn_ok(digits) else "IBAN"


# A valid ABA routing number (district and check digit) with digit groups glued to it
# ("021000021 4567 8901"): the groups are the account it routes to, with or without a label.
# Right after a routing cue the routing number is the bank's and stays (``lookalike_routing``);
# with none, the whole run goes.
# The account after the routing number has up to seventeen digits (the ACH field's width).
# A slash between the two is the same pair written as "routing / account" ("Direct deposit:
# 021000021 / 12345678"), the way a form's two fields are copied onto one line.
_ROUTING_AND_GROUPS = re.compile(
    r"(?<![\w.,/+-])(\d{9})((?:[ -]|[ \t]?/[ \t]?)(?P<account>\d{3,17})(?:[ -]\d{3,8}){0,3})"
    r"(?![\w%]|[.,/-]\d)"
)


def _routing_accounts(text: str, runs: tuple[tuple[int, int], ...]) -> list[Hit]:
    """IBAN hits: the account groups glued to a routing number (``_ROUTING_AND_GROUPS``)."""
    hits: list[Hit] = []
    for a, b in runs:
        if b - a < 16:
            continue  # nine digits, a separator, six digits at least
        m = _ROUTING_AND_GROUPS.match(text, a)
        if m is None or sum(ch.isdigit() for ch in m[2]) < 6 or not aba_ok(m[1]):
            continue
        hits.append(("IBAN", m.start("account") if routing_number(text, a) else a, m.end()))
    return hits


# A routing number printed with the account it routes to ("ABA ... / acct ...", "routing ...,
# account ..."): the pair is the holder's payment details and goes whole (fail closed); a
# routing number alone stays the bank's (``lookalike_routing``).
_ACCOUNT_AFTER = re.compile(
    r"\s?[/,;&]?\s?(?:and\s)?(?i:acct|account|a/c)(?:\.|\s(?:no\.?|number|#))?\s?[:#]?\s?\d"
)


def _routing_then_account(text: str, runs: tuple[tuple[int, int], ...]) -> list[Hit]:
    """IBAN hits: a cued routing number of nine digits with an account label and number after."""
    return [
        ("IBAN", a, b)
        for a, b in runs
        if b - a == 9 and _ACCOUNT_AFTER.match(text, b) and routing_number(text, a)
    ]


def _names_amount(text: str, start: int, m: re.Match[str]) -> bool:
    """The bridged label at ``start`` names an amount and its value is money (``_AMOUNT_WORD``)."""
    word = _AMOUNT_WORD.search(text, start, m.start("value"))
    if word is None:
        return False
    if _MONEY_AFTER.match(text, m.end("value")) and _amount_shaped(m.group("value")):
        return True  # "Account for the fee: 4821337 EUR" (not "... 0012345678 EUR")
    digits = sum(ch.isdigit() for ch in m.group("value"))
    return digits < 8 and _LABEL_THEN_SPACE.fullmatch(text, start, word.start()) is not None


_NUMBER_CHECK = re.compile(r"\d{5,12}-\d")


def _account_ok(value: str) -> bool:
    """Seven digits or more, and no hyphenated ISBN-13 ("978-3-16-148410-0"); or five and
    more with a check digit after a hyphen, as Brazil's banks print an account ("12345-6")."""
    digits = value.replace(" ", "").replace("-", "")
    if len(digits) < 7:
        return _NUMBER_CHECK.fullmatch(value) is not None
    return not (
        "-" in value and len(digits) == 13 and digits[:3] in ("978", "979") and isbn_ok(digits)
    )


def _bank_code_ok(m: re.Match[str], value: str) -> bool:
    """The code has its label's format: an IFSC only after "IFSC" (and no IFSC elsewhere),
    no routing number (the bank's, see below)."""
    ifsc = len(value) == 11 and value[:4].isalpha()
    if bool(m.group("ifsc_cue")) != ifsc:
        return False
    # a US routing number names the bank, not the holder: no account part (the routing
    # look-alike rule keeps it from the phone rule too)
    return not m.group("aba_cue")
