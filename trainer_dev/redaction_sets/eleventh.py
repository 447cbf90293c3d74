"""The ELEVENTH redaction set: a scoring set of short, informal professional-network writing.

Generator
    `make_eleventh_set(seed=1111)` -> (members, posts). Deterministic for a seed (random.Random
    seeded from seed and the locale's index; no hash(), no clock). Builds in a few seconds.
    For each of 12 locales (en_US en_GB en_IE en_IN en_AU en_CA de_DE fr_FR es_ES it_IT nl_NL
    pt_BR): a roster of 8 members ("Given Surname") and 450 posts: 375 labelled (1-3 items; the
    first item's kind cycles EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS, so each kind
    leads 37-38 posts; later items are drawn at random) and 75 PII-free (30 plain: no look-alike and
    no digit at all; 45 with 1-3 look-alikes). `members` is the union of the 12 rosters.

Genres
    Comments, DMs, group-chat lines, congratulations and thank-you notes, event and meetup
    announcements, job offers/referrals, recommendations, "looking for" posts, marketplace and
    lost-and-found posts, quick intros. Informal habits on the frame text: lower case, ALL CAPS,
    typos (swapped letters), missing diacritics, abbreviations (tel, mob, WA, pls, DM, PN, MP, zap),
    emoji (also glued to names), hashtags, line breaks and odd separators between clauses, and
    code-switching (a fifth of non-English posts take English openers and closers; some en_CA
    posts are written in French, en_IN posts use Indian English openers and closers).

Kinds and forms (`item_forms`)
    MEMBER (a roster member): full, given, surname, initial_surname, title_surname, caps, lower,
    no_accents, possessive, surname_given, nickname, handle, hashtag (#GivenSurname), emoji (an
    emoji glued to the name).
    PERSON (non-member; never shares a name token with the roster): full, title_surname,
    title_full, initial_surname, caps, lower, no_accents, possessive, surname_given, handle,
    hashtag, emoji.
    Names and addresses in lower-case or ALL-CAPS posts mostly follow the post: their form is then
    "lower"/"caps" (from full) or "<form>_lower"/"<form>_caps" (e.g. street_lower, given_caps).
    Forms are drawn only where they fit (nickname: a known short form; no_accents: the name has
    accents; possessive: English locales).
    EMAIL: plain, personal_domain, obfuscated ("x [at] y [dot] z"), caps, mailto.
    URL: linkedin, github, calendly, instagram, personal_site. IP: ipv4 (public ranges), ipv6.
    PHONE: national, international, dotted, compact, trunk, odd_spacing, wa; each locale's
    numbering plan (NANP, Ofcom, ComReg, TRAI, ACMA, BNetzA, ARCEP, CNMC, AGCOM, ACM, Anatel).
    CARD: the brand (Visa, Mastercard, Amex; Luhn-valid). IBAN: iban_<country> (mod 97 valid,
    national keys for FR RIB, ES CCC, IT CIN; foreign IBANs in locales without IBAN).
    ID: the scheme: SSN, NINO, NHS, PPSN, Aadhaar (Verhoeff), PAN, TFN, Medicare, SIN (Luhn),
    Steuer-ID (ISO 7064 11,10), Personalausweis (7-3-1), NIR (key 97), DNI, NIE, codice_fiscale,
    BSN (11-proef), CPF.
    ADDRESS: full, full_multiline, street (street + number, with unit where local), postcode_town,
    po_box (PO Box, Postfach, BP, Apartado de Correos, Casella Postale, Postbus, Caixa Postal,
    then the town line);
    each country's postal format (ZIP+4, UK postcode, Eircode, PIN, AU state+postcode, CA FSA LDU,
    PLZ, CP, CAP + province, NL 1234 AB, CEP 01234-567).

Look-alikes (`lookalike_kinds`)
    order, po (also invoices), tracking, isbn (valid ISBN-13), flight, version, date, time, amount,
    model, eponym (companies, streets, buildings, places and prizes named after people), ticket,
    room. At most one look-alike of each kind per post.

Fragments (tag:body); `leaked(redacted, fragments, background)` is True when a fragment hits the
redacted text and not the background (the post with the item's value replaced by one space).
    d:NNNN  4 consecutive digits; matched in the text's digit runs, digits separated by at most two
            of " .-/()" join. Windows at stride 4 plus the last window, over: a phone's national
            significant number, a card, an IBAN's digit runs after the check digits, a numeric id.
    a:XXXXXX  6 characters of an alphanumeric id (stride 5 plus the last), case-sensitive, matched
            in the text with spaces, hyphens and dots removed (NINO, PPSN, PAN, Ausweis, CF).
    i:...   an IPv4 (whole, first three and last three octets) or two IPv6 group pairs; matched
            case-insensitively with no hex digit on either side.
    s:...   an e-mail local part, personal domain label, URL slug or host label, or a name token
            inside a handle; case-insensitive (accent-folded) substring.
    n:...   a name token of >= 3 letters (particles left out) or a handle body; accent-folded,
            case-insensitive whole word (a possessive 's or ' after it still matches).
    t:...   a street token: the house number or a street word of >= 3 letters (street types,
            particles and roman numerals left out); accent-folded whole token. A PO box number
            is a t: token below 4 digits, else d: windows.
    p:...   a postcode part (NL: the digits and the compact form); whole token. Towns never.
A post is kept only when every value occurs exactly once, values do not nest, no fragment of an
item hits the post with that item's value removed, every look-alike occurs outside the values and
no roster name token occurs outside MEMBER values; otherwise it is drawn again.
"""

from __future__ import annotations

from trainer_dev.redaction_sets.eleventh_build import KINDS, Post, build_locale
from trainer_dev.redaction_sets.eleventh_leak import hit, leaked

LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_AU",
    "en_CA",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pt_BR",
)
SEED = 1111

__all__ = ["KINDS", "LOCALES", "Post", "hit", "leaked", "make_eleventh_set"]


def make_eleventh_set(
    seed: int = SEED, locales: tuple[str, ...] = LOCALES
) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    for locale in locales:
        index = LOCALES.index(locale)
        m, p = build_locale(locale, seed, index)
        members.extend(m)
        posts.extend(p)
    return members, posts
