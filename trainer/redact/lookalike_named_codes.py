"""Codes named by their cue word whose shape (and check digit) fits the named scheme: drug
codes, lot numbers and company registers. They name a product, a batch or a firm, not a person,
so the engine drops any hit lying wholly inside one (``keep_named_codes``).

Drug codes: "NDC 1234-5678-90" (US National Drug Code, 4-4-2, 5-3-2, 5-4-1 or the 11-digit
5-4-2 billing form), "ATC R03AC02" (WHO ATC: anatomical group letter, two digits, two letters,
two digits; or a shorter level), "PZN 01234567" (German Pharmazentralnummer, mod 11).
Lot numbers: "LOT A12B345", "Batch ...", "Ch.-B. ...", "Charge", "Lote", "Lotto", "Partij":
capitals and digits, both present, five to sixteen characters, and no personal id by itself.
Diagnosis codes: "ICD-10 J45.9", "CID-10 F32.1", "CIE-10", "CIM-10" (a letter, two digits, an
optional dotted extension).
Company registers whose label names a company register: Companies House ("Company No.
SC123456"), HRB/HRA, KvK, BCE/KBO/Unternehmensnummer (mod 97; Belgium's three languages), a
Canadian BN or NE with a corporation's or a charity's CRA account ("BN 123456782 RC0001": RC,
RR; Luhn), CIF (its control), partita IVA (Luhn), CIPC
("2015/123456/07"). Registers that a person can hold too are kept only when a company word
("supplier", "billing entity", "Lieferant", "fournisseur", "fornecedor", "tedarikçi", "firma"
...: a company noun, never a pronoun or possessive) stands in its sentence and no personal or
possessive word ("my", "her", "self-employed", "su", "onun" ...) does: EIN (campus prefix),
Turkish vergi no (VKN check), a Canadian BN alone or with a GST/HST, payroll or import
account (RT, RP, RM: a sole proprietor holds these too; Luhn), CNPJ (its two check digits;
never a MEI's), a KRA PIN of a non-individual ("P"), a Uruguayan RUT (mod 11), a Quebec NEQ
and RBQ licence, a Vietnamese MST.
Registers of firms alone are kept after their label: DUNS, NIRE (Brazilian company registry), a
Belizean IBC number (International Business Company), a
Bosnian JIB of a legal entity (thirteen digits opening 4), a Belgian "BE 0xxx.xxx.xxx" (mod 97),
a Panamanian legal entity's RUC ("1234567-1-123456 DV 12"), a Portuguese NIPC (opening 5-9, mod
11), a Moroccan "RC Casablanca 123456" (the town from a closed list), an Austrian "FN 123456 t",
a Mexican company's RFC (three letters: a person's has four). El Salvador's NRC needs a company
word (traders hold one too).

Building permits: "Baubewilligung BG 2024-123", "građevinska dozvola 12-34-5678/24", "building
permit 2024-0815" (a year and a serial, or the Bosnian layout), only after a label naming a
building permit: a bare "Bewilligung", "dozvola" or "permit" (residence, work, driving, a
cross-border commuter's) is a person's and stays redacted.
Service-desk tickets: a record type's prefix glued to its number ("INC0012345", "CHG1825847"),
when a rule took the whole ticket number for an id (three capitals and seven digits is also an
Indian voter id's shape: an id cue before it keeps it redacted).

Fail closed: the label stands right before the value (only "no.", "nr.", "n°", "number",
"numéro", "numarası", "code", "#", ":" between, see ``_GAP``); a first-person or personal word
before the label in its sentence, or a personal id cue, keeps the value redacted, and so does
any hit reaching outside the label and value, and any NAME or MEMBER hit reaching the value.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from stdnum import luhn

from trainer.redact import prefilter
from trainer.redact.checksums_registers import cipc_ok, register_value_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.keep_veto import personal_span
from trainer.redact.lookalike_company_registers import (
    company_register_spans,
    printed_cnpj_spans,
)
from trainer.redact.lookalike_company_words import (
    PERSONAL_WORD,
    WORKER_AFTER,
    firm_in_sentence,
)
from trainer.redact.lookalike_coordinates import keep_coordinates
from trainer.redact.lookalike_dates import keep_dates
from trainer.redact.lookalike_firm_numbers import firm_number_spans
from trainer.redact.lookalike_flights import keep_flight_numbers
from trainer.redact.lookalike_labelled_codes import labelled_code_spans
from trainer.redact.lookalike_part_numbers import part_number_spans
from trainer.redact.lookalike_quantities import keep_quantities
from trainer.redact.lookalike_ratings import rating_read_as_address
from trainer.redact.lookalike_register_slots import register_slot_spans
from trainer.redact.lookalike_standard_numbers import standard_number_spans
from trainer.redact.lookalike_thing_codes import thing_code_spans
from trainer.redact.lookalike_transport_numbers import transport_number_spans
from trainer.redact.lookalike_travel_codes import travel_code_spans
from trainer.redact.national_ids import find_national_ids
from trainer.redact.sentence_window import sentence_start, sentence_stop

prefilter.register(
    "named_code",
    frozenset(
        """ndc atc pzn lot batch charge chargennummer lote lotto partij ein company hrb hra kvk
        bce kbo ondernemingsnummer cif cnpj piva cipc vergi vkn rut icd cid cie cim be duns
        neq rbq nire mst jib iva entreprise tva btw che baubewilligung baugenehmigung baugesuch
        bn ne unternehmensnummer
        dozvola dozvolu dozvole ibc
        gradevinska gradevinsku gradevinske ruc nipc nrc rc fn rfc""".split()
    )
    | {"building permit", "construction permit", "planning permit", "permis de construire"}
    | {"licencia de obra", "licencia de obras", "alvara de construcao"}
    | {"ch", "ch b", "p iva", "partita iva", "numero d entreprise", "kra pin", "companies house"},
)

# the head of a label the keyword pass reads from its second word ("P. IVA", "n° d'entreprise")
_LABEL_HEAD = re.compile(r"(?:P\.[ \t]|n[°º][ \t]?d['’])$")
_GAP = r"(?:[ \t]*(?i:no\b\.?|nr\b\.?|n[°º]\.?|number|num[ée]ro|numarası|#|:|code))*[ \t]*"
_END = r"(?![\w-]|[.,/]\d)"
# the town of a Moroccan tribunal de commerce (a closed list: any two capitalised words after
# "RC" may be a person's name)
_MA_TOWN = (
    r"(?:Casablanca|Rabat|Marrakech|Marrakesh|F[èe]s|Tanger|Agadir|Mekn[èe]s|Oujda|K[ée]nitra|"
    r"T[ée]touan|Sal[ée]|Mohammedia|El[ \t]Jadida|Nador|Settat|Safi|B[ée]ni[ \t]Mellal|"
    r"Khouribga|La[âa]youne|Taza|Essaouira|Larache|Guelmim|Errachidia|Ouarzazate|Dakhla|"
    r"Berrechid|Khemisset|Tiznit|Taroudant|Ifrane|Al[ \t]Hoceima)(?![\w-])"
)
# The labels of a lot or batch number (English, German, Spanish, Italian, Dutch); also the
# Eircode-shaped lot codes' labels (``address_ie``). Case-insensitive where used.
LOT_LABEL = r"lot|batch|ch\.?[ \t]?-?[ \t]?b\.?|charge|chargen-?(?:nr\.?|nummer)|lote|lotto|partij"
_LOT_AT = re.compile(r"(?i:" + LOT_LABEL + r")")  # a lot number's label: no check of its own
_CODE = re.compile(
    r"(?:"
    r"NDC" + _GAP + r"(?P<ndc>\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2})"
    r"|(?:(?:ICD|CID|CIE|CIM)(?:-?1[01])?[ \t]+)?(?:ICD|CID|CIE|CIM)(?:-?1[01])?" + _GAP
    + r"(?P<icd>[A-Z]\d\d(?:\.[0-9A-Z]{1,4})?)"
    r"|ATC" + _GAP + r"(?P<atc>[ABCDGHJLMNPRSV]\d\d(?:[A-Z](?:[A-Z](?:\d\d)?)?)?)"
    r"|PZN[ \t]*-?" + _GAP + r"(?P<pzn>\d{7,8})"
    r"|(?i:" + LOT_LABEL + r")"
    + _GAP
    + r"(?P<lot>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,15})"
    r"|(?:Company|Companies[ \t]House)(?:[ \t]+Reg(?:istration|\.)?)?" + _GAP
    + r"(?P<ukco>(?:SC|NI|OC|SO|NC|FC|SE|SL|LP|R0)\d{6}|\d{8})"
    r"|HR[AB]" + _GAP + r"(?P<hr>\d{1,6}(?:[ \t][A-Z]{1,2}(?![\w-]))?)"
    r"|(?:KvK|KVK)(?:-nummer)?" + _GAP + r"(?P<kvk>\d{8})"
    # a Canadian business number (BN, in French NE) with its CRA program account: RC
    # (corporation income tax) and RR (registered charity) accounts only a corporation or a
    # charity holds; RT, RP, RM (GST/HST, payroll, import) a sole proprietor holds too
    r"|(?:BN|NE)" + _GAP + r"(?P<bncorp>\d{9}[ \t]?R[CR][ \t]?\d{4})"
    r"|(?:BN|NE)" + _GAP + r"(?P<bn>\d{9}(?:[ \t]?R[TPM][ \t]?\d{4})?)"
    r"|(?:BCE|KBO|[Oo]ndernemingsnummer|Unternehmensnummer|"
    r"(?:[Nn]um[ée]ro|n[°º])[ \t]?d['’]entreprise|"
    r"(?:TVA|BTW|BE)(?=[ \t](?:BE[ \t]?)?[01]))" + _GAP
    + r"(?P<kbo>(?:BE[ \t]?)?[01]\d{3}[ .]?\d{3}[ .]?\d{3})"
    r"|CIF" + _GAP + r"(?P<cif>[A-HJNP-SUVW]-?\d{7}-?[0-9A-J])"
    r"|(?:P\.[ \t]?IVA|P\.?IVA|[Pp]artita[ \t]IVA)" + _GAP + r"(?P<piva>(?:IT[ \t]?)?\d{11})"
    r"|CIPC" + _GAP + r"(?:(?i:reg(?:istration)?\.?)" + _GAP + r")?"
    + r"(?P<cipc>(?P<year>(?:19|20)\d\d)/\d{6}/(?P<suffix>\d\d))"
    r"|EIN" + _GAP + r"(?P<ein>\d{2}-\d{7})"
    # the Swiss UID: its CHE prefix, and the register's suffix (MWST/TVA/IVA, HR)
    r"|CHE[-‐ ]?(?P<uid>\d{3}[.\- ]?\d{3}[.\- ]?\d{3})(?:[ \t]?(?:MWST|TVA|IVA|HR)(?![\w-]))?"
    r"|(?:Vergi[ \t]+(?:Kimlik[ \t]+)?(?i:no\b\.?|numarası)|VKN)" + _GAP + r"(?P<vergi>\d{10})"
    r"|CNPJ" + _GAP + r"(?P<cnpj>\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})"
    r"|KRA[ \t]+PIN" + _GAP + r"(?P<kra>P\d{9}[A-Z])"
    r"|(?:DUNS|D-U-N-S)" + _GAP + r"(?P<duns>\d{2}-\d{3}-\d{4}|\d{9})"
    r"|NIRE" + _GAP + r"(?P<nire>[1-5]\d{10})"
    # a Belizean International Business Company's number
    r"|IBC[ \t]+(?:No\.?|Nr\.?|#)[ \t]*(?P<ibc>\d{5,6})"
    r"|JIB" + _GAP + r"(?P<jib>4\d{12})"
    r"|NEQ" + _GAP + r"(?P<neq>\d{10})"
    r"|RBQ" + _GAP + r"(?P<rbq>\d{4}-\d{4}-\d{2})"
    r"|MST" + _GAP + r"(?P<mst>\d{10}(?:-\d{3})?)"
    # a building permit's number: a year and a serial, or the Bosnian 2-2-4/2 layout
    # (a label naming a building permit: a bare "Bewilligung", "dozvola" or "permit" may be a
    # residence, work or cross-border commuter's permit)
    r"|(?:(?i:baubewilligung|baugenehmigung|baugesuch|gra[đd]evinsk[aeu][ \t]dozvol[aeu]|"
    r"(?:building|construction|planning)[ \t]permit|permis[ \t]de[ \t]construire|"
    r"licencia[ \t]de[ \t]obras?|alvar[áa][ \t]de[ \t]constru[çc][ãa]o))" + _GAP
    + r"(?P<permit>(?:BG[ \t])?(?:(?:19|20)\d\d-\d{2,6}|\d{2}-\d{2}-\d{3,4}/\d{2}))"
    # Panama's RUC of a legal entity (its registry's tomo-folio-asiento and the DV), Portugal's
    # NIPC, El Salvador's NRC, Morocco's registre du commerce, Austria's Firmenbuch, a Mexican
    # company's twelve-character RFC (a person's has thirteen)
    r"|RUC" + _GAP + r"(?P<rucpa>\d{5,9}-\d-\d{4,7}[ \t]+DV[ \t]?\d{1,2})"
    r"|NIPC" + _GAP + r"(?P<nipc>\d{9})"
    r"|NRC" + _GAP + r"(?P<nrc>\d{1,6}-\d)"
    r"|RC[ \t]+" + _MA_TOWN + _GAP + r"(?P<rcma>\d{3,7})"
    r"|FN" + _GAP + r"(?P<fn>\d{1,6}[ \t]?[a-z])"
    r"|RFC" + _GAP + r"(?P<rfc>[A-ZÑ&]{3}\d{6}[A-Z0-9]{3})"
    r"|RUT" + _GAP + r"(?P<rut>\d{2}[ .-]?\d{6}[ .-]?\d{3}[ .-]?\d|\d{12})"
    r")" + _END
)
# A register a person can hold as well: kept only after a company word in its sentence
# (``lookalike_company_words``).
_NEEDS_COMPANY = frozenset(
    {"ein", "vergi", "cnpj", "kra", "rut", "neq", "rbq", "mst", "nrc", "uid", "bn"}
)
# A first-person or personal word: the number is the writer's own (or a sole trader's).
_PERSONAL = re.compile(
    r"(?i)\b(?:my|mine|our[ \t]own|personal|private|sole[ \t]trader|self-employed|mi|mis|mon|"
    r"ma|mes|meu|minha|mein|meine|meinen|mijn|benim|mio|mia|miei|mie|m[óo]j|moj[aeiy]\w*|"
    r"m[ůu]j|mea|mele|mitt|mina|minun|kişisel|persona[ \t]f[íi]sica|"
    r"personne[ \t]physique|pessoa[ \t]f[íi]sica|MEI|privat\w*|"
    # another person's: his, her, your, their ... ("Please send her EIN ...")
    r"his|her|hers|your|yours|their|theirs|ihr|ihre|ihren|ihrem|ihrer|sein|seine|seinen|"
    r"seinem|seiner|dein\w*|su|sus|tu|tus|seu|sua|seus|suas|teu|tua|onun|kendi\w*|senin|"
    r"son|sa|ses|ton|ta|tes|leur|leurs|suo|sua|tuo|tua|zijn|haar|jouw|uw|hun|njegov\w*|"
    r"njen\w*|njihov\w*|tvoj\w*|va[šs]\w*)\b"
)
# a permit word after these is a person's licence: driving, work, residence
_PERSONAL_PERMIT = re.compile(
    r"(?i)\b(?:voza[čc]k\w*|radn\w*|borav\w*|work|residence|driving|fahr\w*|arbeits\w*|"
    r"aufenthalts\w*)[ \t]*$"
)
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|$)|\n")


def _value_ok(kind: str, m: re.Match[str]) -> bool:
    value = m.group(kind)
    if kind == "cipc":
        return cipc_ok(m.group("year"), m.group("suffix"))
    if kind == "lot":
        return not find_national_ids(value)  # a lot code that is a personal id is not kept
    if kind in ("bn", "bncorp"):  # the BN's nine digits carry a Luhn check digit
        return luhn.is_valid("".join(ch for ch in value if ch.isdigit())[:9])
    return register_value_ok(kind, value)


def named_code_spans(text: str) -> list[tuple[int, int]]:
    """(label start, value end) of each named code in ``text`` that passes its checks."""
    return [(lo, hi) for lo, hi, _ in _named_codes(text)]


def _named_codes(
    text: str, people: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, int]]:
    """(label start, value end, value start) of each named code in ``text`` that passes;
    ``people``, the (start, end) of the name hits: beside one, a register a person can hold
    too is a person's ("Store owner [Sofia Marchetti], EIN ...")."""
    found = prefilter.keywords(text).get("named_code")
    if not found:
        return []
    spans: list[tuple[int, int, int]] = []
    for start, _ in found:
        if head := _LABEL_HEAD.search(text, max(0, start - 6), start):
            start = head.start()  # "P. IVA", "n° d'entreprise": the keyword pass found "iva"
        if spans and start < spans[-1][1]:
            continue
        m = _CODE.match(text, start)
        if m is None or m.lastgroup is None:
            continue
        kind = m.lastgroup  # the outer value group closes last ("cipc", not "suffix")
        if not _value_ok(kind, m):
            continue
        lo = sentence_start(text, start, ends=_SENTENCE_END, reach=120)
        if _PERSONAL.search(text, lo, start) or ID_CUE.search(text, lo, start):
            continue
        hi = sentence_stop(text, m.end(), ends=_SENTENCE_END, reach=120)
        if kind in _NEEDS_COMPANY and (
            _PERSONAL.search(text, lo, hi) or PERSONAL_WORD.search(text, lo, hi)
        ):
            continue  # "... belongs to Maren, a self-employed plumber": anywhere in the sentence
        if kind in _NEEDS_COMPANY and WORKER_AFTER.match(text, m.end()):
            continue  # "EIN ... of the new employee": the worker's, beside the firm's word
        if kind == "permit" and _PERSONAL_PERMIT.search(text, max(lo, start - 24), start):
            continue  # "vozačka dozvola", "work permit": a person's licence
        if kind in _NEEDS_COMPANY and not firm_in_sentence(text, lo, hi):
            continue
        if kind in _NEEDS_COMPANY and any(
            lo < p_end and p_start < hi and not (m.start() <= p_start and p_end <= m.end())
            for p_start, p_end in people
        ):
            continue  # a sole trader's shop or firm is its owner's name
        spans.append((m.start(), m.end(), m.start(kind)))
    return spans


# One or two lower-case words before the label ("unter HRB ...", "afecta al LOT ..."): an
# address rule that read the code as a house number or postcode took them along.
_LEAD_WORDS = re.compile(r"(?:[a-zà-ÿ]{1,6}[ \t]+){1,2}")


class _Spans:
    """Named codes' spans sorted once, their ends for ``bisect`` and each value's start."""

    def __init__(
        self, found: list[tuple[int, int, int]], checked: frozenset[tuple[int, int]] = frozenset()
    ) -> None:
        found = sorted(found)
        self.spans = [(lo, hi) for lo, hi, _ in found]
        self.ends = [hi for _, hi, _ in found]
        self.values = [value for _, _, value in found]
        # the spans whose value passed its own scheme's check after its label (``keep_veto``)
        self.checked = [(lo, hi) in checked for lo, hi, _ in found]


def _inside(hit: Hit, spans: _Spans, text: str) -> bool:
    # spans do not overlap: the one holding the hit's end is the first ending at or after it
    i = bisect_left(spans.ends, hit[2])
    if i == len(spans.ends):
        return False
    lo, hi = spans.spans[i]
    if not (hit[2] <= hi and hit[2] > lo):
        return False
    if hit[0] in _NEVER_DROPPED:
        return lo <= hit[1] and hit[2] <= spans.values[i]
    if lo <= hit[1]:
        return True
    lead = _LEAD_WORDS.fullmatch(text, hit[1], lo)
    return lead is not None and hit[0] == "ADDRESS"


# An IT service-desk ticket as the tools number them (ServiceNow, Jira Service Management ...):
# the record type's prefix glued to its number ("INC0012345", "CHG-1825847", "RITM0042117").
_TICKET_TYPES = ("INC", "REQ", "CHG", "RITM", "TKT", "PRB", "TASK", "SCTASK")
_TICKET_MARKS = "-#"  # what may stand between the prefix and the number
_TICKET = re.compile(r"(?:" + "|".join(_TICKET_TYPES) + r")[" + _TICKET_MARKS + r"]?\d{5,8}")
# Over the ASCII class mask (``prefilter.ascii_classes``): the shortest prefix's capitals, then
# nothing or a mark's class, then a digit; every ticket holds one of these.
_TICKET_MASKS = tuple(
    b"a" * min(map(len, _TICKET_TYPES)) + (prefilter.ascii_classes(mark) or b"") + b"d"
    for mark in ("", *_TICKET_MARKS)
)


# The same test as a substring search for each of ``_TICKET_MASKS``, digit first: the engine
# jumps from digit to digit and looks back for a mask there. Three searches for "aaad"-like
# masks in a mask of mostly letters ("aaaa.aaa...") were slower than the scan they gated.
_TICKET_MASK_AT_DIGIT = re.compile(
    rb"d(?:" + b"|".join(b"(?<=" + re.escape(mask) + b")" for mask in _TICKET_MASKS) + b")"
)


def _may_hold_ticket(text: str) -> bool:
    """False only where ``_TICKET`` cannot match: ASCII text whose class mask holds none of
    ``_TICKET_MASKS`` (one digit-first search instead of a scan; other text passes)."""
    classes = prefilter.ascii_classes(text)
    return classes is None or _TICKET_MASK_AT_DIGIT.search(classes) is not None


def _ticket(text: str, hit: Hit) -> bool:
    """The hit is a service-desk ticket number alone, with no id cue before it."""
    if _TICKET.fullmatch(text, hit[1], hit[2]) is None:
        return False
    return ID_CUE.search(text, max(0, hit[1] - 40), hit[1]) is None


def _with_company_registers(
    found: list[tuple[int, int, int]], registers: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``found`` and the company registers (``lookalike_company_registers``) that overlap none
    of its spans (``_Spans`` reads spans that do not overlap)."""
    if not registers:
        return found
    return found + [r for r in registers if all(r[1] <= lo or hi <= r[0] for lo, hi, _ in found)]


# A named code is a value: a name or a member's name is a person's, never dropped (fail closed)
# save one lying wholly on the label before the value ("O CID", "P.IVA", "RC Casablanca": a
# closed vocabulary, whose capitals the name rules read as initials or a surname).
_NEVER_DROPPED = frozenset({"NAME", "MEMBER"})


def keep_named_codes(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those lying wholly inside a named code (label and value), a company's
    register (``lookalike_company_registers``) or a thing's code (``lookalike_thing_codes``),
    an address hit that starts at a rating ("230 V.": ``lookalike_ratings``), an address hit
    that reaches only one or two lower-case words before its label, and a hit that is a
    service-desk ticket's number (``_TICKET``)."""
    if not hits:
        return hits
    # a rating whose unit an address rule took for a street ("230 V.": ``lookalike_ratings``)
    if any(h[0] == "ADDRESS" for h in hits):
        hits = [h for h in hits if not rating_read_as_address(text, h)]
    # a measure or an amount whose unit or number a name or address rule read as its own
    # ("230 V. Delivery", "26 cl. The", "Bring 500 ml": ``lookalike_quantities``)
    hits = keep_quantities(text, hits)
    # a summit's, a wreck's or a survey point's coordinates or grid reference, where their
    # sentence names such a thing and no home or whereabouts word (``lookalike_coordinates``)
    hits = keep_coordinates(text, hits)
    # a calendar date a phone or address rule read as its own (``lookalike_dates``)
    hits = keep_dates(text, hits)
    # a flight number after the word for a flight (``lookalike_flights``)
    hits = keep_flight_numbers(text, hits)
    people = [(h[1], h[2]) for h in hits if h[0] in _NEVER_DROPPED]
    found = _with_company_registers(
        _named_codes(text, people), company_register_spans(text, people)
    )
    # named codes (a lot number's aside) and company registers passed their scheme's check
    checked = frozenset((lo, hi) for lo, hi, _ in found if not _LOT_AT.match(text, lo))
    # a part's, article's or machine's number after its printed label ("P/N 4711-802"), read
    # around the hits only (before the labelled codes, which hold "P/N" alone)
    found = _with_company_registers(found, part_number_spans(text, hits))
    # codes a closed noun names (a BIC, a pay grade, a statute ...): every hit inside goes,
    # a name's too (its value start is its end)
    found = _with_company_registers(found, [(lo, hi, hi) for lo, hi in labelled_code_spans(text)])
    # an e-ticket number or booking reference after its cue, read around the hits only
    found = _with_company_registers(found, travel_code_spans(text, hits))
    # a firm's number whose printed form and check say a firm's, read around the hits only
    # (before a register slot holding the same value: its check is the stronger proof)
    firms = firm_number_spans(text, hits)
    checked |= {(lo, hi) for lo, hi, _ in firms}
    found = _with_company_registers(found, firms)
    # a firm's register number in a register slot (any scheme), read around the hits only
    found = _with_company_registers(found, register_slot_spans(text, hits))
    # a thing's code after its noun (an ear tag, an order, a meter), read around the hits only
    found = _with_company_registers(found, thing_code_spans(text, hits))
    # a book's ISBN, a product's GTIN or a court's case number, read around the hits only
    standards, standards_checked = standard_number_spans(text, hits)
    checked |= standards_checked
    found = _with_company_registers(found, standards)
    # a ship's MMSI, IMO or ENI number, a container's code, a tariff code or a DOI, each
    # passing its standard's check, read around the hits only
    transport = transport_number_spans(text, hits)
    checked |= {(lo, hi) for lo, hi, _ in transport}
    found = _with_company_registers(found, transport)
    # a CNPJ printed with its establishment block ("/0001-"), read on the hits only
    cnpjs = printed_cnpj_spans(text, hits, people)
    checked |= {(lo, hi) for lo, hi, _ in cnpjs}
    found = _with_company_registers(found, cnpjs)
    tickets = _may_hold_ticket(text) and _TICKET.search(text) is not None  # most have none
    if not found and not tickets:
        return hits
    if not found:
        return [h for h in hits if h[0] in _NEVER_DROPPED or not _ticket(text, h)]
    spans = _Spans(found, checked)
    return [
        h
        for h in hits
        if not (_inside(h, spans, text) and not _personal(text, h, spans))
        and not (tickets and h[0] not in _NEVER_DROPPED and _ticket(text, h))
    ]


# The kinds of hit that hold a value a keep could be fooled by: a card, an IBAN or account, an
# id, a phone, an e-mail written where a code of a thing, a register or a ticket stands.
_VALUE_KINDS = frozenset({"CARD", "IBAN", "NATIONAL_ID", "SSN", "PHONE", "EMAIL"})


def _personal(text: str, hit: Hit, spans: _Spans) -> bool:
    """The code's whole value (the hit's text where a keep names no value start) is a card,
    IBAN, checked id, e-mail or phone as written (``keep_veto``): no cue before it proves it
    is a code, so no keep drops the hit (fail closed). A value that passed its own scheme's
    check after its label (``spans.checked``) is asked only about cards, IBANs, ids with a
    check letter and "+" phones; a hit that is only part of a longer value ("6805 7352 4332"
    of "Invoice 6805 7352 4332 7287", the digits after an ear tag's country code) is not a
    value by itself."""
    if hit[0] not in _VALUE_KINDS:
        return False
    i = bisect_left(spans.ends, hit[2])
    (label_start, value_end), value_start = spans.spans[i], spans.values[i]
    if value_start < value_end:
        return personal_span(
            text, value_start, value_end, checked=spans.checked[i], label_start=label_start
        )
    return personal_span(text, hit[1], hit[2], label_start=label_start)
