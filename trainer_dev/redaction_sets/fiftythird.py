"""The fifty-third independent labelled redaction set: arts, music, theatre and film production.

DATA CARD
- How it was written: by hand, by an outside reviewer who never opened the redaction engine,
  its tests, its docs or any other set. Every pool (names, streets, towns, companies, venues,
  phrases, templates) was typed for this set from the writer's own knowledge; no Faker and no
  text copied from the repository. ``phonenumbers`` only checks the phones drawn here; every
  check digit is computed in ``fiftythird_checks``.
- Seed 5353; one ``random.Random(f"{seed}:{i}:{locale}")`` per post; no hash(), no set order,
  no clock (the self-test compares a digest under another PYTHONHASHSEED). Generation takes
  about 7 s on a shared core.
- Domain: casting calls and auditions, session musicians and crew bookings, gallery
  consignments, festival line-ups and ticketing, royalties and rights, touring logistics and
  visas, box office and subscriptions, film location permits, instrument repair and rental,
  arts grants and residencies.
- Locales and languages (12): en_GB, en_US, en_CA (English); de_DE (German); fr_BE (Belgian
  French); es_MX (Mexican Spanish); sv_SE (Swedish); cs_CZ (Czech, with dative forms of
  members' names); fy_NL (West Frisian, 30 % of posts with Dutch sentences, Frisian town names
  such as Ljouwert, Snits, Harns); rm_CH (Rumantsch Grischun, 30 % of posts in Swiss German
  with ss for ß; Swiss numbers, AHV ids); sw_KE (Swahili, 35 % in Kenyan office English;
  P.O. Box / S.L.P. nnnnn-ppppp addresses); az_AZ (Azerbaijani in Latin script, +994 numbers,
  AZ nnnn and AZnnnn postcodes, genitive suffixes on members' names).
- Genres: notes, threads with quoted lines, forms ("Label: value"), markdown tables, e-mails
  with subject, greeting and signature block (names, phones, e-mails and addresses may sit in
  the signature), chat lines with role tags, bulleted lists. Per language 8-18 general domain
  frames, 3-4 payment frames (cards, IBANs), 2-3 technical frames (IPs), 3-4 id frames, 5-14
  PII-free sentences and 7-12 look-alike frames; cue phrases per kind (about half the values
  are written with their cue phrase, the rest bare inside the frame).
- Kinds (ten) and written forms (``item_forms``):
  EMAIL name / initial / role local parts; PHONE national / intl / dotted / bare (each checked
  valid with phonenumbers); URL https / www / bare host with paths, and slugs on platform hosts;
  IP v4 and v6; CARD grouped / compact / dashed (Visa, Mastercard, Amex; Luhn); IBAN grouped /
  compact (mod 97; Belgian BBAN with its own mod 97; US, CA, MX and KE posts carry foreign
  IBANs of partners abroad); ID per locale, "+cue" or "+bare" (about 40 % without a cue
  word): GB NINO and passport, US SSN and passport, CA SIN (Luhn) and passport, DE Steuer-IdNr
  (MOD 11,10) and Personalausweis number (7-3-1), BE national register number (mod 97, 2000+
  rule) and bank account (mod 97), MX CURP (its check digit) and CLABE (3-7-1), SE
  personnummer (Luhn) and passport, CZ rodné číslo (mod 11) and ID-card number, NL BSN
  (11-proof) and passport, CH AHV (EAN-13) and passport, KE national ID and KRA PIN, AZ FIN
  and ID-card number; PERSON full / title+full / title+surname / SURNAME given / lower /
  given+initial; MEMBER full / given / surname / initial+surname / lower / handle / folded /
  possessive / inflected; ADDRESS oneline / multiline / nopostcode / pobox in each country's
  postal format.
- Fragment rule (``leaked``): ``t:`` a whole-word name or street token as written (inflected
  where the language inflects; no titles, no street-type words); ``s:`` an e-mail local part, a
  URL host or a platform slug; ``p:`` a postcode, box number, IP or short id, whole, spaces
  optional (a PO box number is one fragment, "Postfach 72 32 12" included); ``d:`` every
  4-digit window of a digit run, separators ignored. Matching is on text
  normalised by NFKC, case-folding, accent stripping and Unicode digits to ASCII. A post is
  redrawn while a fragment of an item occurs in its background or in another value, or a
  look-alike overlaps a value or contains a fragment.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds; the first item's kind
  cycles through the ten kinds) and 75 PII-free posts (about half plain, the rest with 1-3
  look-alikes): 4,500 + 900 posts. Roster: 8 members per locale (96).
- Look-alike kinds: isbn (13 and 10, valid), ismn, ean (EAN-13/UPC-A with the locale's GS1
  prefix), isrc, iswc (valid), container (ISO 6346, valid), company (GB VAT, DE USt-IdNr,
  BE enterprise number, SE organisationsnummer, CZ IČO, CH UID with valid check digits; US EIN,
  CA BN, MX RFC, NL KvK, KE company PIN, AZ VÖEN format-only), ref (PO numbers, booking,
  order and invoice numbers), date, time, amount, measure, seat, work (opus, BWV, Köchel...),
  venue (venues and makers named after people: Royal Albert Hall, Steinway, Musée Magritte,
  Heydər Əliyev Mərkəzi...), word (words that are also names: grace notes, Frank und frei...).
  They appear in labelled posts as well as PII-free ones.
- Language quality: the Romansh, West Frisian, Swahili and Azerbaijani sentences are the
  writer's own and may carry mistakes a native speaker would not make; they use the words,
  names, towns and formats people there use at work, which is what a redactor meets.
- Left out, and why: no names in non-Latin scripts (the locales write in Latin script); no
  street numbers as fragments (too short to score); no dative/genitive forms for non-members
  (only members carry the inflected forms); KE national ids, KRA PINs, AZ FIN and ID-card
  numbers, Swedish, Czech, Swiss, Canadian and US passports, UK passport and NINO are
  format-only (no check digit in the standard, or one the writer does not know); the Romansh
  term "chascha postala" for a PO box, the AZ "Poçt qutusu" box form and the AZ VÖEN format
  are written from memory and are format-only; non-Belgian BBANs carry no national internal
  check digits (only the IBAN's mod 97); no US/CA IBANs (those countries have none).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fiftythird_build as b
from trainer_dev.redaction_sets.fiftythird_build import KINDS, leaked, norm, occurs
from trainer_dev.redaction_sets.fiftythird_locales import LOCALES, POOLS
from trainer_dev.redaction_sets.fiftythird_looks import look

__all__ = ["Post", "leaked", "make_fiftythird_set", "LOCALES", "KINDS", "norm", "occurs"]

LABELLED, FREE = 375, 75


@dataclass(frozen=True)
class Post:
    text: str
    locale: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    pii_free: bool = False
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)


def roster_names() -> list[str]:
    return [f"{g} {s}" for loc in LOCALES for g, s in b.roster(loc)]


def _look_sentence(rng: random.Random, lang: dict, value: str, kind: str, avoid: list) -> str:
    if kind in ("date", "time", "amount", "measure", "seat", "work", "venue", "word"):
        host = rng.choice([f for f in lang["free"] if f not in avoid] or lang["free"])
        avoid.append(host)
        return f"{host.rstrip('.')} ({value})."
    return rng.choice(lang["look"]).format(l=value)


def _sentence(rng: random.Random, lang: dict, item: dict) -> str:
    if "\n" in item["written"]:
        return f"{item['label']}:\n{item['phrase']}"
    phrase = item["phrase"] if item["kind"] == "ID" or rng.random() < 0.5 else item["written"]
    own = {"CARD": "pay", "IBAN": "pay", "IP": "tech", "ID": "idf"}.get(item["kind"])
    frames = lang[own] if own and rng.random() < 0.75 else lang["frames"]
    return rng.choice(frames).format(x=phrase).replace("..", ".")


def _compose(
    rng: random.Random, lang: dict, items: list[dict], looks: list[tuple[str, str]]
) -> str:
    genre = rng.choice(b.GENRES)
    free = rng.sample(lang["free"], rng.randint(0 if items else 2, 2 if items else 4))
    used = list(free)
    look_lines = [_look_sentence(rng, lang, v, k, used) for v, k in looks]
    if genre in ("form", "table"):
        rows = [(i["label"], i["written"]) for i in items if i["cued"] and "\n" not in i["written"]]
        rest = [
            _sentence(rng, lang, i) for i in items if not (i["cued"] and "\n" not in i["written"])
        ]
        if genre == "form" or not rows:
            body = [f"{k}: {v}" for k, v in rows]
        else:
            h1, h2 = lang["table"]
            body = [f"| {h1} | {h2} |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
        lines = free[:1] + body + rest + look_lines + free[1:]
        return "\n".join(lines)
    sentences = [_sentence(rng, lang, i) for i in items] + look_lines + free
    rng.shuffle(sentences)
    if genre == "note":
        return (
            " ".join(sentences) if not any("\n" in s for s in sentences) else "\n".join(sentences)
        )
    if genre == "bullets":
        mark = rng.choice(["- ", "• ", "* "])
        return "\n".join(mark + s.replace("\n", "\n  ") for s in sentences)
    if genre == "chat":
        out, h, m = [], rng.randint(8, 22), rng.randint(0, 50)
        for s in sentences:
            out.append(f"[{h:02d}:{m:02d}] {rng.choice(b.ROLES)}: {s}")
            m = min(59, m + rng.randint(1, 4))
        return "\n".join(out)
    if genre == "thread":
        if len(sentences) == 1:
            sentences.append(rng.choice([f for f in lang["free"] if f not in used] or lang["free"]))
        cut = max(1, len(sentences) // 2)
        quoted = "\n".join("> " + line for s in sentences[:cut] for line in s.split("\n"))
        who = rng.choice(["@prodoffice", "@stage_mgmt", "@boxoffice", "@tourdesk"])
        return f"{who} {rng.choice(lang['quote_intro'])}\n{quoted}\n\n" + "\n".join(sentences[cut:])
    # e-mail with a signature block: names, phones, e-mails and addresses may sit there
    sig_kinds = ("PERSON", "MEMBER", "PHONE", "EMAIL", "ADDRESS")
    in_sig = [i for i in items if i["kind"] in sig_kinds and rng.random() < 0.5]
    body = [_sentence(rng, lang, i) for i in items if i not in in_sig] + look_lines + free
    sig = [
        i["written"] if i["kind"] in ("PERSON", "MEMBER", "ADDRESS") else i["phrase"]
        for i in in_sig
    ] or [rng.choice(["@prodoffice", "@boxoffice", "@tourdesk"])]
    return "\n".join(
        [
            rng.choice(lang["subject"]),
            "",
            rng.choice(lang["hello"]),
            "",
            " ".join(body),
            "",
            rng.choice(lang["bye"]),
            "--",
            *sig,
        ]
    )


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], text.find(value)
    while start >= 0:
        out.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return out


def _valid(text: str, items: list[dict], looks: list[tuple[str, str]]) -> bool:
    values = [i["value"] for i in items]
    if any(v not in text for v in values) or len(set(values)) != len(values):
        return False
    for i in items:
        background = text.replace(i["value"], " ")
        others = [v for v in values if v != i["value"]] + [v for v, _ in looks]
        if any(occurs(f, background) or any(occurs(f, o) for o in others) for f in i["frags"]):
            return False
    taken = [s for v in values for s in _spans(text, v)]
    for v, _ in looks:
        spans = _spans(text, v)
        if not spans or any(a < d and c < bb for a, bb in spans for c, d in taken):
            return False
        if any(v in x or x in v for x in values):
            return False
    return True


def _post(seed: int, i: int, loc: str, roster_tokens: set[str]) -> Post:
    rng = random.Random(f"{seed}:{i}:{loc}")
    labelled = i < LABELLED
    for _ in range(200):
        lang = b.language(rng, loc)
        items: list[dict] = []
        if labelled:
            first = KINDS[i % len(KINDS)]
            others = [k for k in KINDS if k != first]
            kinds = [first] + rng.sample(others, rng.choice([0, 1, 1, 2]))
            items = [b.make_item(rng, loc, k, lang) for k in kinds]
            if any(i2["kind"] == "PERSON" and _tokens(i2["value"]) & roster_tokens for i2 in items):
                continue
            n_look = rng.choice([0, 1, 1, 2])
        else:
            n_look = 0 if i % 2 == 0 else rng.randint(1, 3)
        looks: list[tuple[str, str]] = []
        while len(looks) < n_look:
            v, k = look(rng, loc)
            if all(v != x for x, _ in looks):
                looks.append((v, k))
        text = _compose(rng, lang, items, looks)
        if _valid(text, items, looks):
            return Post(
                text=text,
                locale=loc,
                items=[(it["kind"], it["frags"], it["value"]) for it in items],
                item_forms=[it["form"] for it in items],
                pii_free=not labelled,
                lookalikes=[v for v, _ in looks],
                lookalike_kinds=[k for _, k in looks],
            )
    raise RuntimeError(f"no valid draw for post {i} of {loc}")


def _tokens(name: str) -> set[str]:
    import re

    return {norm(t) for t in re.split(r"[\s\-]+", name) if t}


def make_fiftythird_set(*, seed: int = 5353) -> tuple[list[str], list[Post]]:
    """(members, posts): 96 roster names and 5,400 posts (4,500 labelled, 900 PII-free)."""
    members = roster_names()
    roster_tokens = set().union(*(_tokens(m) for m in members))
    posts = [_post(seed, i, loc, roster_tokens) for loc in LOCALES for i in range(LABELLED + FREE)]
    return members, posts


assert all(
    len(POOLS[loc].get("roster", POOLS[loc].get("roster_forms", []))) == 8 for loc in LOCALES
)
