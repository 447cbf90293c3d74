"""A firm's tax or trade register number named by its scheme and held by a company named in
the same sentence: "The landlord's agency is registered as EIN 12-3456789", "Biuro
nieruchomości ma NIP 123-456-32-18", "La inmobiliaria tiene RUC J0310000012345". It names a
firm, not a person, so the engine keeps it (``lookalike_named_codes.keep_named_codes`` drops
the hits lying inside one).

The schemes, each by its issuer's format and check:

- US EIN (an IRS campus prefix), French SIREN (nine digits, 3-3-3), Indian CIN, Kenyan KRA PIN
  of a non-individual ("P" + nine digits + a letter) after "company PIN" or "KRA PIN";
- Polish NIP (ten digits, "NNN-NNN-NN-NN", "NNN-NN-NN-NNN" or solid, its mod-11 check), REGON
  (nine or fourteen digits, mod 11) and KRS (ten digits);
- Argentine CUIT of a legal entity (its type 30, 33 or 34 and its check: kept with no company
  word; a person's type never), Cuban REEUP code and NIT, Czech and Slovak IČO (mod 11),
  Romanian CUI/CIF (its check), a NIF, the LEI (ISO 17442, mod 97: legal entities only);
- Nicaraguan RUC of a legal person ("J" + thirteen digits), Haitian patente (its number),
  Algerian registre du commerce of a legal person ("16/00-1234567 B 05": wilaya, 00, serial,
  B for a société, the year; an "A" register is a trader's, a person's), Vietnamese MST (ten
  digits, a branch's "-NNN"), Brazilian CNPJ (its two check digits).

Fail closed: nearly every one of these can be a person's (a sole trader's EIN, a NIP, a MST,
a MEI's CNPJ), so the value is kept only when a company word (``lookalike_company_words``:
"agency", "loja", "Impressum", "Empleador", "GmbH" ...) stands in its sentence (registers only
legal entities enter, KRS, REEUP and LEI, and a CUIT whose type says a legal entity need none),
no personal id cue stands before the label in it ("PESEL" ...) and no personal word, first
person or sole trader's business stands anywhere in it ("my", "I", "of my sole proprietorship",
"mojej firmy", "działalność gospodarcza", "hộ kinh doanh", "is mine", "osobisty"), nor a
person's name (``keep_named_codes`` passes the name hits: a Polish sole trader's firm is its
owner's name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact import prefilter
from trainer.redact.checksums_registers import CUIT_ENTITY_TYPES, register_value_ok
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.lookalike_company_words import (
    PERSONAL_WORD,
    WORKER_AFTER,
    firm_in_sentence,
)
from trainer.redact.sentence_window import sentence_start, sentence_stop

prefilter.register(
    "company_register",
    frozenset(
        """ein siren cin nip regon krs ruc patente rc mst cnpj cuit cuil reeup ico cui cif
        nit nif lei""".split()
    )
    | {"company pin", "kra pin"},
)

_GAP = r"(?:[ \t]*(?i:no\b\.?|nr\b\.?|n[°º]\.?|number|num[ée]ro|n[úu]mero|#|:))*[ \t]*"
_END = r"(?![\w-]|[.,/]\d)"
_REGISTER = re.compile(
    r"(?:"
    r"EIN" + _GAP + r"(?P<ein>\d{2}-\d{7})"
    r"|SIREN" + _GAP + r"(?P<siren>\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})"
    r"|CIN" + _GAP + r"(?P<cin>[LU]\d{5}[A-Z]{2}\d{4}[A-Z]{3}\d{6})"
    r"|(?:(?i:company)|KRA)[ \t]+PIN" + _GAP + r"(?P<kra>P\d{9}[A-Z])"
    r"|NIP" + _GAP + r"(?P<nip>\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{10})"
    r"|REGON" + _GAP + r"(?P<regon>\d{9}(?:\d{5})?)"
    r"|KRS" + _GAP + r"(?P<krs>\d{10})"
    r"|RUC" + _GAP + r"(?P<ruc>J\d{13})"
    r"|(?i:patente)" + _GAP + r"(?P<patente>\d{4,9})"
    r"|RC" + _GAP + r"(?P<rc>\d{2}/\d{2}-\d{7}[ \t]?B[ \t]?\d{2})"
    r"|MST" + _GAP + r"(?P<mst>\d{10}(?:-\d{3})?)"
    r"|CNPJ" + _GAP + r"(?P<cnpj>\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2})"
    r"|CUI[TL]" + _GAP + r"(?P<cuit>\d{2}-?\d{8}-?\d)"
    r"|(?:(?i:c[óo]digo)[ \t]+)?REEUP" + _GAP + r"(?P<reeup>\d{8,11})"
    r"|I[ČC]O" + _GAP + r"(?P<ico>\d{8})"
    r"|(?:CUI|CIF|C\.U\.I\.)" + _GAP + r"(?P<cui>(?:RO[ \t]?)?\d{2,10})"
    r"|NIT" + _GAP + r"(?P<nit>\d{3}\.\d{3}\.\d{3}-\d|\d{6,14}(?:-\d)?)"
    r"|NIF" + _GAP + r"(?P<nif>\d{9})"
    r"|LEI" + _GAP + r"(?P<lei>[0-9A-Z]{18}\d{2})"
    r")" + _END
)
_POLISH = frozenset({"nip", "regon", "krs"})
# Registers only a legal entity is entered in (the Polish court register, Cuba's state register
# of enterprises, the LEI): kept without a company word, unless the text says a person's.
_ENTITY_REGISTERS = frozenset({"krs", "reeup", "lei"})


def _entity_by_value(kind: str, value: str) -> bool:
    """The value's own type digits say a legal entity holds it (a CUIT of type 30, 33, 34)."""
    return kind == "cuit" and value[:2] in CUIT_ENTITY_TYPES


def _person_by_value(kind: str, value: str) -> bool:
    """The value's own shape says a person holds it, whatever company word stands near: a
    CUIT/CUIL of type 20, 23, 24 or 27, a Colombian person's NIT (a cédula: ten digits at
    most, not a firm's 8 or 9 opening)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if kind == "cuit":
        return not _entity_by_value(kind, value)
    if kind == "nit":
        return len(digits) <= 10 and not digits.startswith(("8", "9"))
    return False


def _personal_word(kind: str, text: str, lo: int, hi: int) -> bool:
    """A personal word in the sentence [lo, hi); a Polish register's sentence is read by the
    Polish list ("ma" is "has") and by the other languages' words less their Polish homographs
    (an English "sole trader" beside a Polish NIP)."""
    if kind not in _POLISH:
        return PERSONAL_WORD.search(text, lo, hi) is not None
    if _PERSONAL_PL.search(text, lo, hi):
        return True
    return any(
        m.group().lower() not in _PL_HOMOGRAPHS for m in PERSONAL_WORD.finditer(text, lo, hi)
    )


_PL_HOMOGRAPHS = frozenset({"ma", "mi", "tu", "je", "su", "me", "moi"})


# Polish: "ma" is "has" ("Biuro ma NIP ..."); its possessives and a sole trader's business
_PERSONAL_PL = re.compile(
    r"(?i)(?<!\w)(?:m[óo]j|moj[aeiy]\w*|jego|jej|ich|tw[óo]j|twoj\w*|wasz\w*|osobist\w*|"
    r"prywatn\w*|jednoosobow\w*|ja|mnie|mi|dzia[łl]alno[śs]\w*[ \t]+gospodarcz\w*|JDG)(?!\w)"
)
# after the value: the text says the number is the person's
_PERSONAL_AFTER = re.compile(
    r"(?i)\b(?:is[ \t]+(?:mine|his|hers|theirs|personal)|belongs[ \t]+to[ \t]+(?:me|him|her)|"
    r"personal|personnel(?:le)?|osobist\w*|prywatn\w*|c[ủu]a[ \t]t[ôo]i)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def company_register_spans(
    text: str, people: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, int]]:
    """(label start, value end, value start) of each company's register number in ``text``;
    ``people``, the (start, end) of the name hits: a sentence holding one is a person's."""
    found = prefilter.keywords(text).get("company_register")
    if not found:
        return []
    spans: list[tuple[int, int, int]] = []
    for start, _ in found:
        if spans and start < spans[-1][1]:
            continue
        m = _REGISTER.match(text, start)
        if m is None or m.lastgroup is None:
            continue
        kind = m.lastgroup
        if not register_value_ok(kind, m.group(kind)):
            continue
        lo = sentence_start(text, start, ends=_SENTENCE_END, reach=160)
        hi = sentence_stop(text, m.end(), ends=_SENTENCE_END, reach=160)
        if _personal_word(kind, text, lo, hi) or ID_CUE.search(text, lo, start):
            continue  # "of my sole proprietorship", "REGON ... mojej firmy": the whole sentence
        if _PERSONAL_AFTER.search(text, m.end(), hi) or WORKER_AFTER.match(text, m.end()):
            continue  # "NIF 212345672 do trabalhador": the worker's, beside the firm's word
        if _person_by_value(kind, m.group(kind)):
            continue  # "CUIT 20-...", "NIF 2..." (Portugal): a person's, whoever mentions it
        by_itself = kind in _ENTITY_REGISTERS or _entity_by_value(kind, m.group(kind))
        if not by_itself and not firm_in_sentence(text, lo, hi):
            continue
        if any(
            lo < p_end and p_start < hi and not (m.start() <= p_start and p_end <= m.end())
            for p_start, p_end in people  # a hit on the label alone ("MST") is the label's
        ):
            continue  # "Firma: [Jan Kowalski], NIP ...": a sole trader's firm is their name
        spans.append((m.start(), m.end(), m.start(kind)))
    return spans


# A Brazilian CNPJ as the register prints it: root, the establishment's number ("/0001" the head
# office, "/0002" a branch), two check digits. A person's CPF is "NNN.NNN.NNN-NN": the
# establishment block is a firm's alone, so no label is asked, only its check digits.
_CNPJ_PRINTED = re.compile(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}")


def printed_cnpj_spans(
    text: str, hits: Sequence[tuple[str, int, int]], people: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, int]]:
    """(value start, value end, value start) of each printed CNPJ a rule's hit covers exactly,
    with valid check digits, in a sentence with no personal word (a MEI's, "meu CNPJ"), no
    personal id cue and no person's name."""
    if "/" not in text:  # the gate: every printed CNPJ has its slash
        return []
    spans: list[tuple[int, int, int]] = []
    for kind, start, end in hits:
        if kind in ("NAME", "MEMBER") or text[start:end].count("/") != 1:
            continue
        m = _CNPJ_PRINTED.fullmatch(text, start, end)
        if m is None or not register_value_ok("cnpj", m.group()):
            continue
        lo = sentence_start(text, start, ends=_SENTENCE_END, reach=160)
        hi = sentence_stop(text, end, ends=_SENTENCE_END, reach=160)
        if PERSONAL_WORD.search(text, lo, hi) or ID_CUE.search(text, lo, start):
            continue
        if _PERSONAL_AFTER.search(text, end, hi) or WORKER_AFTER.match(text, end):
            continue
        if any(lo < p_end and p_start < hi for p_start, p_end in people):
            continue
        spans.append((start, end, start))
    return sorted(set(spans))
