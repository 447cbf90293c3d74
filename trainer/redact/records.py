"""Personal data written as the VALUES of records pasted into a post.

A record names its fields: a CSV header, a JSON or YAML key, a form label ("Last name:"), a
mail header ("From:", "Von:", "De :"), a vCard property, an iCalendar parameter, an airline
name element. When the key names a personal field (``record_keys``), its value is redacted
whole, typed by the key (``record_values``), whatever the detectors make of it: a surname
alone, a name in lower case, a phone written any way, a card or id in a column.
Keys that name nothing personal (order_id, sku, total, created_at, city) leave their values to
the ordinary detectors, which run as before; these hits are merged with theirs by the engine.

Also here: the speaker of a timestamped transcript line ("[00:04:12] Name: ...").
``find_records`` is gated on characters a record cannot do without (``:``, ``=``, a quote
before a colon, a delimiter repeated over lines, ``BEGIN:V``, ``/`` after capitals), so plain
prose costs a few substring tests.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.quantities import MONEY_BEFORE, UNIT_AFTER
from trainer.redact.record_cards import find_calendar, find_name_elements, find_vcards
from trainer.redact.record_handles import handle_values
from trainer.redact.record_keys import generic_person_key, key_kind, key_words, names_a_name
from trainer.redact.record_mail import MAIL_KEYS, find_attributions, header_context, mailbox_hits
from trainer.redact.record_roles import job_title
from trainer.redact.record_tables import find_tables
from trainer.redact.record_values import (
    COMPANY_KEYS,
    NOT_ADDRESS,
    REFERENCE_WORD,
    name_shaped,
    prose,
    trim,
    value_hits,
)

# A "Key: value" line: optional indentation, quote marks ("> ") and a bullet, a key of up to
# six words led by a letter, ":" or "=" (not "://"), the rest of the line.
_KV = re.compile(
    r"[ \t>]*(?:[-*•·][ \t]+)?(?P<key>[^\W\d_][^\n:=;{}\"<>\[\]|]{0,45}?)[ \t]*[:=](?![/\\])"
    r"[ \t]*(?P<val>[^\n]*)"
)
_KV_INNER = re.compile(r"(?P<key>[^\W\d_][^\n:=;{}\"<>\[\]|]{0,45}?)[ \t]*:[ \t]*(?P<val>[^\n]*)")
_BULLET = re.compile(r"[ \t>]*[-*•·][ \t]+(?P<val>[^\n]*)")
_SPEAKER = re.compile(
    r"[ \t>]*\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?\][ \t]+"
    r"(?P<label>[^\W\d_][^:\n\[\]]{0,40}?):\s"
)
# Transcript roles in our seven languages: a label that is one of them names nobody.
_ROLE_WORDS = (
    "interviewer|interviewerin|intervieweuse|intervieweur|entrevistador|entrevistadora|"
    "intervistatore|intervistatrice|interviewster|moderator|moderatorin|moderateur|"
    "moderatrice|moderador|moderadora|moderatore|presenter|narrator|audience|publikum|public|"
    "publico|pubblico|publiek|q|a|f|all|everyone|alle|tous|todos|tutti|iedereen|agent|support|"
    "system|bot|assistant|user|admin|operator|staff|team|unknown|speaker|sprecher|sprecherin|"
    "orateur|oratrice|ponente|relatore|relatrice|spreker|orador|candidate|candidato|candidata|"
    "candidat|kandidaat|kandidat|kandidatin|interviewee|entrevistado|entrevistada|intervistato|"
    "intervistata|geinterviewde|befragter|befragte|patient|paciente|paziente|cliente|client"
)
ROLE_WORDS = frozenset(_ROLE_WORDS.split("|"))  # public: person_senders reads it
# Labels that name nobody only as the whole label (a role word inside a longer label may be a
# surname: "Anna Gast"): the writer's own label in our eleven languages ("Ich:", "Jag:", "Minä:";
# Turkish "Ben" is an English given name and is left out), service desks, hosts and guests, and
# named bots (a closed list: "-bot" alone would keep "Talbot:", "Cabot:", review R19).
SELF_AND_ROLE_LABELS = frozenset(
    "me|ich|moi|yo|io|ik|eu|ja|jag|mina|"
    "wsparcie|pomoc|obsluga|kundtjanst|kundservice|tuki|asiakaspalvelu|destek|helpdesk|"
    "host|guest|gosc|prowadzacy|prowadzaca|gast|vard|vieras|juontaja|misafir|sunucu|"
    "slackbot|deploybot|dependabot|renovatebot|chatbot|standupbot|jira|github|gitlab".split("|")
)
# Self labels that are names when written without their marks: "Minä:" is "I", "Mina:" a
# person; "Värd:" is a host, "Vard:" a person.
_MARKED_SELF_LABELS = frozenset({"mina", "vard"})


def _name_without_marks(label: str, key: str) -> bool:
    return key in _MARKED_SELF_LABELS and label.lower() == key


_JSON = re.compile(
    r'"(?P<key>[^"\\\n]{1,60})"\s*:\s*(?:"(?P<sval>(?:[^"\\\n]|\\.)*)"|(?P<nval>[-+(]?\d[^,}\]\n]*)|(?P<arr>\[))'
)
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_REPLY_VERBS = ("wrote:", "schrieb", "écrit", "escribió", "scritto:", "schreef", "escreveu:")


def find_records(text: str) -> list[Hit]:
    """Hits over the personal values of every record in ``text`` (normalised)."""
    hits: list[Hit] = []
    lines = "\n" in text
    if "/" in text and _caps_slash(text):
        hits += find_name_elements(text)
    if lines and _delimited(text):
        hits += find_tables(text)
    if ":" not in text:
        if "=" in text:
            hits += _key_value_lines(text)
            hits += handle_values(text)  # "user=erik_larsen" (record_handles)
        return hits
    # every other record form needs a colon
    hits += _key_value_lines(text)
    hits += handle_values(text)  # "handle: wthorsen", "username": "lbrandt88"
    if '":' in text:
        hits += _json_pairs(text)
    if not lines:
        return hits
    if "BEGIN:V" in text:
        hits += find_vcards(text, nested=_inner_line)
    if "] " in text:
        hits += _speakers(text)
    if "ATTENDEE" in text or "ORGANIZER" in text:
        hits += find_calendar(text)
    if ":\n" in text and any(verb in text for verb in _REPLY_VERBS):
        hits += find_attributions(text)
    return hits


def _caps_slash(text: str) -> bool:
    """A "/" between letters with a capital after it ("SMITH/ANNA", "Smith/Anna")."""
    i = text.find("/")
    while i > 0:
        if i + 1 < len(text) and text[i + 1].isupper() and text[i - 1].isalpha():
            return True
        i = text.find("/", i + 1)
    return False


def _delimited(text: str) -> bool:
    return "," in text or ";" in text or "\t" in text or "|" in text


def _key_value_lines(text: str) -> list[Hit]:
    hits: list[Hit] = []
    headers: bool | None = None  # whether the post has other mail header lines
    for m in key_value_lines(text):
        key = m["key"].strip()
        start, end = m.span("val")
        words = key_words(key)
        if " ".join(words) in MAIL_KEYS:
            if headers is None:
                headers = header_context(text)
            if headers or "@" in m["val"] or "<" in m["val"]:
                hits += mailbox_hits(text, start, end)
                continue
            if key_kind(key) is None:
                continue
            # not a mail header: a person key that is also a header name ("Sender: …" on a parcel
            # or form) is read as the record key it is (fail closed)
        kind = key_kind(key)
        if kind is None:
            hits += _inner_line(text, start, end)
            continue
        vs, ve = trim(text, start, end)
        if vs == ve:
            hits += _list_after(text, m.end(), kind=kind)
        else:
            hits += value_hits(
                text,
                start,
                end,
                kind=kind,
                strict=not names_a_name(key),
                generic=generic_person_key(key),
                company_key=" ".join(words) in COMPANY_KEYS,
            )
        if kind == "ADDRESS":
            if "@" not in text[vs:ve] and "://" not in text[vs:ve]:  # mail, web: one line
                hits += _address_lines(text, m.end(), block=vs == ve)
    return hits


_POSTCODE_TOKEN = re.compile(
    r"(?<![\w#/.-])(?:\d{3,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w/-])"
)
_DIGIT = re.compile(r"\d")
_BULLET_LEAD = re.compile(r"[ \t>]*[-*•·][ \t]+")


def _address_lines(text: str, pos: int, *, block: bool) -> list[Hit]:
    """An address written over lines under its key: the lines after the key's value that are
    no key line of their own and name no order, invoice or ticket. After a value, only a
    postcode line continues it (a 3-6 digit group or a British/Canadian code beside the town:
    "1015 CX Amsterdam", "Leeds LS2 9JT"); after an empty value, up to four short lines are
    the block. A blank line, a sentence (prose ending in "." "!" "?") or a line with a date, a
    time or a price ends it."""
    hits: list[Hit] = []
    for _ in range(4 if block else 2):
        if pos >= len(text) or text[pos] != "\n":
            break
        start, end = pos + 1, text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        bullet = _BULLET_LEAD.match(text, start, end)
        ls, le = trim(text, bullet.end() if bullet else start, end)
        line = text[ls:le]
        if not line or _KV.match(text, start, end) or len(line.split()) > 8:
            break
        if REFERENCE_WORD.search(line) or not _DIGIT.search(line):
            break
        if line.endswith((".", "!", "?")) and prose(line) or NOT_ADDRESS.search(text, ls, le):
            break  # a sentence ("We moved to build 4417 last week."), a date, time or price
        if _quantity_line(text, ls, le):
            break  # "Workload 100 %", "Lejlighed på 131 m2", "bis CHF 5'000": an amount
        if not block and not _POSTCODE_TOKEN.search(line):
            break
        hits.append(("ADDRESS", ls, le))
        pos = end
    return hits


_NUMBER_IN_LINE = re.compile(r"\d+(?:['’.,]\d+)*")
_AREA_AFTER = re.compile(r"(?i)[^\S\n]?(?:m2|m²|qm|sqm|sq\.?\s?ft|sq\.?\s?m)\b")
# A metric unit in lower case ("Das Paket wog 750 g.", "500 ml"); a town after a postcode is
# capitalised, and Poland's flat "12 m. 3" (mieszkanie) is no unit here.
_METRIC_AFTER = re.compile(r"[^\S\n]?(?:mg|g|kg|ml|cl|dl|l|mm|cm|km)\b")


def _quantity_line(text: str, start: int, end: int) -> bool:
    """A number on the line carries a unit, a percent sign or an area after it, or a currency
    before it (``quantities``): the line states an amount, not a house number or postcode."""
    for m in _NUMBER_IN_LINE.finditer(text, start, end):
        after = m.end()
        if UNIT_AFTER.match(text, after) or _AREA_AFTER.match(text, after):
            return True
        if _METRIC_AFTER.match(text, after):
            return True
        if MONEY_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            return True
    return False


def key_value_lines(text: str) -> list[re.Match]:
    """Each ``Key: value`` line of ``text`` as a match with groups ``key`` and ``val``: ``_KV``
    tried at each line start only (a multiline ``^`` would test every position)."""
    out = []
    pos = 0
    while pos >= 0:
        # a key is at most ~50 characters: no ":" or "=" that near the line start, no record
        if text.find(":", pos, pos + 56) >= 0 or text.find("=", pos, pos + 56) >= 0:
            m = _KV.match(text, pos)
            if m is not None:
                out.append(m)
        pos = text.find("\n", pos)
        pos = pos if pos < 0 else pos + 1
    return out


def _speakers(text: str) -> list[Hit]:
    """The speaker of a timestamped transcript or chat line ("[00:04:12] Ana Lima: ..."): a
    label written like a name that names no role ("Interviewer", "Candidate"), is no self
    label, desk, host or listed bot as a whole ("Jag", "Tuki", "Gäst", "Deploybot") and no job
    title ("Support Engineer")."""
    hits: list[Hit] = []
    pos = 0
    while pos >= 0:
        m = _SPEAKER.match(text, pos)
        if m is not None:
            label = m["label"].strip()
            words = key_words(label)
            key = " ".join(words)
            if (
                label[0].isupper()
                and key_kind(label) is None
                and not any(w in ROLE_WORDS for w in words)
                and (key not in SELF_AND_ROLE_LABELS or _name_without_marks(label, key))
                and name_shaped(label)
                and not job_title(label)
            ):
                hits.append(("NAME", m.start("label"), m.start("label") + len(label)))
        pos = text.find("\n", pos)
        pos = pos if pos < 0 else pos + 1
    return hits


def _inner_line(text: str, start: int, end: int) -> list[Hit]:
    """A ``Key: value`` opening another value ("NOTE:Family name: Murphy" in a vCard,
    "Ref 12: Surname: Okafor"): the inner key decides, as on a line of its own."""
    m = _KV_INNER.match(text, start, end) if 0 <= text.find(":", start, start + 56) else None
    if m is None:
        return []
    kind = key_kind(m["key"].strip())
    if kind is None:
        return []
    company_key = " ".join(key_words(m["key"])) in COMPANY_KEYS
    return value_hits(
        text, m.start("val"), m.end("val"), kind=kind, strict=True, company_key=company_key
    )


def _list_after(text: str, pos: int, *, kind: str) -> list[Hit]:
    """Bullet items on the lines after a personal key with no value ("Guests:" / "- ...")."""
    hits: list[Hit] = []
    while pos < len(text) and text[pos] == "\n":
        b = _BULLET.match(text, pos + 1)
        if b is None:
            break
        hits += value_hits(text, *b.span("val"), kind=kind, strict=True)
        pos = b.end()
    return hits


def _json_pairs(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _JSON.finditer(text):
        kind = key_kind(m["key"])
        if kind is None:
            continue
        if m["arr"] is not None:  # "guests": ["...", "..."]
            close = text.find("]", m.end())
            close = len(text) if close < 0 else close
            for s in _JSON_STRING.finditer(text, m.end(), close):
                hits += value_hits(text, *s.span(1), kind=kind, strict=False)
            continue
        group = "sval" if m["sval"] is not None else "nval"
        generic = generic_person_key(m["key"])
        hits += value_hits(text, *m.span(group), kind=kind, strict=False, generic=generic)
    return hits
