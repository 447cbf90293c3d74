"""The fiftieth independent labelled set: software, IT support and cloud operations.

DATA CARD

How it was written. By hand, by a helper acting as an outside reviewer, from its own knowledge:
every name, street, town, company, phrase and template was typed for this set (no Faker, no
copying from the repository; the redaction engine, its tests, its docs and the other sets were
not opened). The redactor was never run on it. Check digits are computed in
``fiftieth_numbers``; ``phonenumbers`` was used only to check the phone generators.

Seed. ``make_fiftieth_set(seed=5050)``; one ``random.Random(f"{seed}:{i}:{locale}")`` per post
(i = 0..449 within a locale), no hash(), no set iteration order, no clock.

Domain. Help-desk tickets, password resets and lock-outs, on-call hand-overs and incident
reviews, SaaS subscriptions and billing disputes, device enrolment and laptop returns, access
requests, vendor and contractor onboarding, data-protection requests (access, erasure) handled
by IT.

Locales and languages (12). en_US, en_GB, en_IN, en_GI (Gibraltar: English at work, a little
Llanito: "vale", "mira"), en_IM (Isle of Man), de_AT (Austrian German: "Jänner", "eingelangt",
"Servus"), fr_CH, es_AR (rioplatense: "notebook", "cadete", "porfa"), it_IT, pt_PT, cy_GB (Welsh
offices: about 6 in 10 sentences in Welsh, the rest in English, bilingual labels), lb_LU
(Luxembourg offices: Luxembourgish, French and German sentences mixed about 5:3:2 within a post).

Genres. Notes, threads with quoted lines, forms ("Label: value"), markdown tables, e-mails with
subject, greeting and signature block (contact items in the signature half the time), chat
lines with timestamps, bulleted lists.

Kinds and written forms (``Post.item_forms``).
- EMAIL: plain, angle (<...>), mailto; local parts from names in seven patterns.
- PHONE: national, intl, mobile, dotted (3-3-3 for PT and LU mobiles, US 3.3.4), dashed,
  slash (AT), bare (GI, eight digits). Numbering plans: NANP, UK (incl. Cardiff 029 20, Manx
  01624/07624), Gibraltar (+350, 200xxxxx and 5x mobiles), India (+91 mobiles, STD landlines),
  Austria (variable length), Switzerland, Argentina (+54 9 11 mobiles, area codes in brackets),
  Italy, Portugal, Luxembourg (six-digit landlines, 6x1 mobiles).
- URL: platform (slug on github.com, gitlab.com, linkedin.com/in, calendly.com, about.me,
  keybase.io, bitbucket.org, codeberg.org), bare, www, https; personal hosts on .dev .io .name
  .tel .wien .tirol .swiss .cymru .wales .gi .im .lu .com.ar and others.
- IP: private, public, with port, IPv6.
- CARD: Visa, Mastercard (51-55 and 2221-2720), Amex; spaced, bare, dashed; Luhn-valid.
- IBAN: AT CH PT (NIB check digits, so always PT50) IT LU GI GB, and foreign (DE NL IE BE) for
  the US, India and Argentina; grouped or compact; ISO 7064 check digits.
- ID: cue (a cue word before it or as its label) or bare (about 40 %). US SSN, passport,
  driver's licence (format-only), ABA routing (checked) + account; UK/Wales NI number (format
  rules), NHS number (mod 11), passport, sort code + account; Isle of Man NI numbers (some with
  MA/MW/MX prefixes), passport, sort code + account; Gibraltar ID card, social insurance and
  passport (format-only); India Aadhaar (Verhoeff), PAN (format-only: 4th letter P, 5th the
  surname's initial), passport, account + IFSC; Austria SV-Nummer (mod 11), passport, licence;
  Switzerland AHV/AVS 756 (EAN-13), passport; Argentina DNI, CUIL (mod 11), CBU (two check
  digits); Italy codice fiscale (control letter computed), passport, licence; Portugal NIF
  (mod 11), Cartão de Cidadão number (8 digits, format-only), passport; Luxembourg matricule
  (13 digits: birth date, Luhn and Verhoeff digits), passport, licence.
- PERSON (non-members; no token shared with any roster name): full, title+surname (title
  outside the value), initial+surname, "Surname, Given", "SURNAME Given", lower.
- MEMBER (8 roster names per locale): full, given, surname, initial+surname, given+initial,
  lower, "SURNAME Given", @handle, title+surname, folded accents, possessive (English 's,
  German genitive -s), article (Luxembourgish de/den/d' by the n-rule and gender, Italian
  la/il before a surname, Portuguese o/a before a given name).
- ADDRESS: oneline, multiline (forms and e-mail signatures), no-postcode, pobox (PO Box, Post
  Box No., Postfach, Case postale, Casilla de Correo, Casella Postale, Apartado, Blwch Post,
  B.P.). Postal formats: US ZIP with state, UK outward+inward, Gibraltar GX11 1AA (one code for
  the territory), Manx IM1-IM9, Welsh CF/SA/SY/LL/NP with Welsh town names, Indian PIN (also
  "560 034"), Austrian/Swiss/Luxembourg four digits (CH- and L- prefixes), Argentine CPA
  (C1414ABC), Italian CAP with province, Portuguese 4-3.

Fragment rule (``fiftieth_match``). Name tokens as written (inflected where the language
inflects; no titles, no particles, no initials); street-name tokens without the street-type
word (t:); postcode whole, spaces optional (p:); box number, IP address and short ids with no
4-digit run whole (w:); e-mail local part (e:); URL host (h:) or slug on a platform host (s:);
every 4-digit window of a digit run, separators ignored (d:). Matching is on text normalised by
NFKC, Unicode digits to ASCII, case-folding and accent stripping. A post is redrawn while a
fragment occurs in its background or in another value, or a look-alike overlaps a value or
contains a fragment.

Sizes. Per locale 375 labelled posts (1-3 items of distinct kinds; the first item's kind
cycles through the ten kinds) and 75 PII-free posts (a third plain, the rest with 1-3
look-alikes): 4,500 + 900 posts. Roster 96 names.

Look-alike kinds. ticket (INC/REQ/RITM/CHG, OPS-1234), order (10-digit PO 45...), invoice
(INV-, Factura B 0003-..., FT 2026A/...), part, serial, version (incl. Windows builds such as
10.0.22631.3447 that look like IP addresses), cve, kb, error_code (0x8...), standard (ISO/IEC),
ean (EAN-13 with the country's GS1 prefix), isbn (10 and 13), vat (ATU, CHE UID, P.IVA, NIPC,
LU, GB VAT, CUIT 30-: check digits; EIN, GSTIN, Manx and Gibraltar company numbers, FN and RCS:
format-only), date, time, amount, measure, company (named after people: Dell, Olivetti,
Swarovski, Paul Wurth, Laura Ashley, Okell's, Saccone & Speed...), place (rooms, stations,
airports named after people), word (words that are also names). They appear in labelled posts
too.

Left out, and why. Welsh soft mutation of personal names (modern office writing rarely mutates
them, and a mutated name would need its own fragment rule); Luxembourgish dative possessives
("dem Pol säi Laptop") and Welsh patronymic handles; Gibraltar ID card and social-insurance
formats, Manx NI prefixes, Manx and Gibraltar company numbers, Indian PAN and GSTIN check
characters, Italian CIN, Portuguese Cartão de Cidadão check characters: I am not sure of these
formats, so they are format-only and never claim a check digit; MAC addresses and device
hostnames (not one of the ten kinds); street names that are also town names in the same post
(redrawn); non-Latin scripts (none of the twelve locales writes them at work).

Unsure, and how it was settled. Where ``phonenumbers`` rejected ranges I had drawn, the
generators were narrowed rather than the check loosened: subscriber first digits after UK
four-digit area codes (2-4), Manx 01624 landlines (6-8) and 07624 mobiles, Luxembourg
six-digit landlines (no 20/21), Buenos Aires numbers (no leading 9), and Mar del Plata dropped.
Streets and towns are paired at random inside a locale, so a real street may sit in the wrong
town; the postcode always has the town's own outward part or prefix. Welsh and Luxembourgish
sentences were written from my own knowledge of office usage and may read unidiomatic to a
native speaker; they carry the items the same way either language does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets.fiftieth_build import KINDS, make_free, make_post
from trainer_dev.redaction_sets.fiftieth_items import name_tokens
from trainer_dev.redaction_sets.fiftieth_match import leaked, norm
from trainer_dev.redaction_sets.fiftieth_people import GIVEN, ROSTER, SURNAME

LOCALES = ["en_US", "en_GB", "en_IN", "de_AT", "fr_CH", "es_AR", "it_IT", "pt_PT", "en_GI",
           "en_IM", "cy_GB", "lb_LU"]
LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75

__all__ = ["LOCALES", "Post", "leaked", "make_fiftieth_set", "roster_tokens"]


@dataclass(frozen=True)
class Post:
    text: str
    locale: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list[str] = field(default_factory=list)
    pii_free: bool = False
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)


def roster_tokens() -> set[str]:
    return {norm(t) for entries in ROSTER.values() for g, s, _ in entries
            for t in name_tokens(f"{g} {s}")}


def _pools(locale: str, banned: set[str]) -> tuple[list[str], list[str]]:
    given = [g for g in GIVEN[locale] if not {norm(t) for t in name_tokens(g)} & banned]
    surname = [s for s in SURNAME[locale] if not {norm(t) for t in name_tokens(s)} & banned]
    return given, surname


def make_fiftieth_set(*, seed: int = 5050) -> tuple[list[str], list[Post]]:
    """(members, posts): the roster of 96 names and 4,500 labelled + 900 PII-free posts."""
    members = [f"{g} {s}" for loc in LOCALES for g, s, _ in ROSTER[loc]]
    banned = roster_tokens()
    posts: list[Post] = []
    for locale in LOCALES:
        given, surname = _pools(locale, banned)
        roster = ROSTER[locale]
        for i in range(LABELLED_PER_LOCALE + FREE_PER_LOCALE):
            rng = random.Random(f"{seed}:{i}:{locale}")
            if i >= LABELLED_PER_LOCALE:
                text, looks = make_free(rng, i, locale)
                posts.append(_post(text, locale, [], looks, pii_free=True))
                continue
            first = KINDS[i % len(KINDS)]
            n_extra = rng.choices([0, 1, 2], [45, 35, 20])[0]
            kinds = [first] + rng.sample([k for k in KINDS if k != first], n_extra)
            text, items, looks = make_post(rng, i, locale, kinds, roster, given, surname)
            posts.append(_post(text, locale, items, looks, pii_free=False))
    return members, posts


def _post(text: str, locale: str, items: list, looks: list, *, pii_free: bool) -> Post:
    seen: list[tuple[str, str]] = []
    for value, kind in looks:
        if value not in [v for v, _ in seen]:
            seen.append((value, kind))
    return Post(
        text=text,
        locale=locale,
        items=[(it.kind, list(it.fragments), it.value) for it in items],
        item_forms=[it.form for it in items],
        pii_free=pii_free,
        lookalikes=[v for v, _ in seen],
        lookalike_kinds=[k for _, k in seen],
    )
