"""DATA CARD: twentyfifth, an independent labelled scoring set for a PII redactor.

How written: by hand for this set, without looking at the redactor, its tuning sets or any other
scoring set, and without any fake-data library. Name pools, streets, town/postcode pairs,
phrasing and look-alikes were written from knowledge of each country's naming, postal and
numbering standards; check digits are computed here (Luhn, IBAN mod 97, French RIB key, Spanish
CCC control digits, Italian CIN and codice fiscale check, German Steuer-ID ISO 7064, French NIR
key, Spanish DNI/NIE letter, Lithuanian/Estonian mod-11 personal codes, Latvian personas kods,
Icelandic kennitala mod 11, US ABA routing). Phones are validated with `phonenumbers` only.

Seed: SEED = 2525. One random.Random(f"{seed}:{i}:{locale}") per locale (i = index in LOCALES);
the roster is drawn first from it, then the posts. A different seed gives different texts.

Locales (12, all given by the brief): en_US en_GB de_DE fr_FR es_ES it_IT lt_LT lv_LV et_EE
is_IS en_JM es_CR. Languages: English (en_US/en_GB/en_JM, Jamaican posts may open with a line of
patois), German, French, Spanish (es_ES, es_CR with a few Costa Rican openers), Italian,
Lithuanian, Latvian, Estonian, Icelandic, each written in its own language.

Genres (8): work anniversaries, promotions, farewells and retirement tributes, alumni reunions,
sports clubs and charity runs, fundraising and volunteering drives, mentoring circles, local
meetups and their logistics (venues, sign-up contacts, entry-fee payment details).

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. Written forms per kind
(Post.item_forms):
  EMAIL plain, angle-bracketed, spelled "(at)/(dot)" or "[at]", capitalised local part.
  PHONE national, international with spaces, E.164, compact, dotted (US/FR), dashed (CR),
        US/JM "(876) ..." parentheses; every number valid for its region in phonenumbers.
  URL   profile link (with or without scheme), fundraiser page with a personal slug, personal
        homepage, bare www host.
  IP    public IPv4, IPv4 with port, private IPv4, IPv6.
  CARD  Visa / Mastercard / Amex, spaced, dashed or compact, Luhn-valid.
  IBAN  print groups or compact, mod-97 valid with valid national parts (FR RIB key, ES control
        digits, IT CIN, EE 7-3-1 account check, IS IBAN carrying a valid kennitala); IBAN only in
        IBAN countries (GB DE FR ES IT LT LV EE IS CR). en_US and en_JM get a local bank value
        instead (US routing+account with ABA check, Jamaican bank account), labelled ID.
  ID    US SSN (dashed/spaced/compact), UK NINO, German Steuer-ID, French NIR, Spanish DNI/NIE,
        Italian codice fiscale, Lithuanian asmens kodas, Latvian personas kods (old DDMMYY-CNNNN
        and new 32-prefixed, with and without hyphen), Estonian isikukood, Icelandic kennitala
        (with and without hyphen), Jamaican TRN, Costa Rican cedula (1-0234-0567, compact,
        spaced); several carrier sentences give the id with no cue word at all.
  PERSON/MEMBER full, given only, surname only, initial + surname, title + surname, lower case,
        accent-folded, @handle, English possessive / German genitive -s (only in {v:poss}
        slots), declined forms (form name suffixed _gen/_dat/_acc/_ins/_loc/_voc/_part/_all/
        _com/_ade/_abl/_ela/_tra) in Lithuanian, Latvian, Estonian (only the last word of a
        full name declines) and Icelandic (given names and -son/-dottir patronymics
        decline); the value is the form as written and the fragments are the inflected tokens.
  ADDRESS street-only or full with postcode; Icelandic dative street forms after "a",
        Latvian locative street forms ("...iela" -> "...ielā"), Jamaican "Kingston 10" style
        districts and parishes without postcodes, Costa Rican "de ... 200 metros al norte"
        directions with residencial/barrio names and optional 5-digit postcode; LT-NNNNN,
        LV-NNNN, Estonian/German/French/Spanish/Italian 5-digit, Icelandic 3-digit, US ZIP and
        UK postcodes on real town/postcode pairs.

Fragment rule: "t:" whole token (name tokens without titles/initials/particles, street-name
tokens without the type word or number, e-mail local part, URL host label or personal slug);
"s:" substring (whole codice fiscale); "p:" postcode or IP not touching other letters/digits;
"d:" every 4-digit window of the digit runs of phones, cards, IBANs and ids. Both texts are
normalised first (Unicode digits -> ASCII, spaces/line breaks -> " ", dashes -> "-").
check_post rejects a post unless every value occurs, no value contains another, every fragment
matches the text but neither the background (value replaced by " ") nor the fully masked text,
and every look-alike survives in the masked text; failing posts are regenerated.

Sizes: per locale 375 labelled posts (1-3 items; the first item's kind cycles through KINDS,
so each kind leads >= 37 posts per locale, IBAN leading only in IBAN countries) and 75 PII-free
posts (30 with no look-alikes and no digits, 45 with 1-3 look-alikes): 4,500 + 900 = 5,400
posts, about 8,000 items and 4,500 look-alikes. Build time about 4 s.

Roster: 8 members per locale (96 "Given Surname" names), no name token shared inside a locale;
PERSON items never share any name token (in any declined or folded form) with any roster name
of any locale, and look-alikes never contain a roster token.

Phrase banks: one module per language (twentyfifth_bank_<lang>.py) of openers per genre, item
carrier sentences per kind (with grammatical case marked where names decline), look-alike
carriers per look-alike kind, fillers and closers, combined in random order into many thousands
of frames. Distinct sentence pieces per language (twentyfifth_build.phrase_counts()):
en 323, de 303, fr 302, es 308, it 302, lt 305, lv 305, et 306, is 305 (floor 250, all >= 300).

Look-alikes (16 kinds, must survive verbatim): order, invoice, ticket and tracking numbers
(no digit run of 13-19 passes Luhn), prices in local currency, dates, times, app versions,
ISBN-13 with a valid check, flight numbers, room numbers, distances and volumes, percentages,
booking references, companies named after people (e.g. brands carrying a founder's name) and
landmarks named after people, declined where the sentence needs it.

Deliberately hard: surnames that are common words (English, German, Italian, Estonian animal
and tree names), compound and particle surnames, names with diacritics and their folded forms,
lower-case mentions, declined names whose token differs from the roster spelling, Icelandic
patronymics, street names that are people's names (Garibaldi, Mazzini, Grettisgata) beside
person-named landmarks and companies that must survive, ids written without any cue word,
phones in local typing habits, IBANs with letters inside the BBAN, IPv6, and look-alike numbers
of the same length and shape as real values in the same post.
"""

from __future__ import annotations

from .twentyfifth_build import GENRES, KINDS, locale_posts, locale_roster
from .twentyfifth_core import Post, check_post, leaked
from .twentyfifth_people import all_forms

SEED = 2525
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "lt_LT", "lv_LV", "et_EE",
           "is_IS", "en_JM", "es_CR"]

__all__ = ["GENRES", "KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked",
           "make_twentyfifth_set"]


def make_twentyfifth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(members, posts): 8 roster members and 450 posts per locale."""
    drawn = [locale_roster(seed, i, locale) for i, locale in enumerate(LOCALES)]
    banned: set[str] = set()
    for locale, (_, people) in zip(LOCALES, drawn, strict=True):
        for person in people:
            banned |= all_forms(locale, person)
    posts: list[Post] = []
    for locale, (rng, people) in zip(LOCALES, drawn, strict=True):
        posts += locale_posts(rng, locale, people, banned)
    return [p.full for _, people in drawn for p in people], posts
