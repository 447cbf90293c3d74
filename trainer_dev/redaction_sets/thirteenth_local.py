# ruff: noqa: E501  (hand-written data lists and templates are kept one entry-group per line)
"""Per-locale phones, addresses, e-mails, personal URLs and IPs for the `thirteenth` set (hand-written).

Phone patterns: '#' any digit, 'N' 2-9, '@' an area/prefix from the locale's list. Every phone is
checked with `phonenumbers.is_valid_number` (validation only; formatting is by hand).
Address towns: (town, region, postcode pattern); streets: (street pattern, name tokens).
"""

from __future__ import annotations

import random

import phonenumbers

from .thirteenth_ids import ascii_fold, rd

REGION = {"en_US": "US", "en_GB": "GB", "en_AU": "AU", "en_IN": "IN", "de_DE": "DE", "fr_FR": "FR",
          "it_IT": "IT", "pt_BR": "BR", "pl_PL": "PL", "sv_SE": "SE", "tr_TR": "TR", "fi_FI": "FI"}

PHONES: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "en_US": ("212 312 415 503 617 713 206 404 512 614 919 303 720 612 314 801 207 802".split(),
              [("national", "(@) N##-####"), ("national", "@-N##-####"), ("national", "@.N##.####"),
               ("international", "+1 @ N##-####"), ("international", "+1-@-N##-####")]),
    "en_GB": ("74 75 77 78 79".split(),
              [("mobile_national", "0@## ######"), ("mobile_international", "+44 @## ######"),
               ("landline_national", "020 7### ####"), ("landline_national", "0113 4## ####"),
               ("landline_international", "+44 161 4## ####"), ("mobile_national", "0@### #####")]),
    "en_AU": ("400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 419 421 422 423 "
              "424 425 426 427 428 429 430 431 432 433 434 435 437 438 439 447 448 449 450 451 452 455 456 457 "
              "458 459 466 467 468 469 470 473 474 475 476 477 478 479 481 482 487 488 490 491 493 497 498 499"
              .split(),
              [("mobile_national", "0@ ### ###"), ("mobile_international", "+61 @ ### ###"),
               ("landline_national", "(02) 9### ####"), ("landline_national", "(03) 9### ####"),
               ("landline_international", "+61 7 3### ####")]),
    "en_IN": ("98 99 97 96 94 93 91 90 88 87 86 85 84 82 81 80 79 78 77 76 75 74 73 72 70 63 62".split(),
              [("mobile_national", "0@### #####"), ("mobile_international", "+91 @### #####"),
               ("mobile_international", "+91-@###-#####"), ("mobile_national", "@###-#####"),
               ("landline_national", "080-2### ####"), ("landline_national", "022-2### ####")]),
    "de_DE": ("151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179".split(),
              [("mobile_national", "0@ #######"), ("mobile_national", "0@/#######"),
               ("mobile_international", "+49 @ #######"), ("landline_national", "030 ########"),
               ("landline_national", "0221 #######"), ("landline_international", "+49 89 #######")]),
    "fr_FR": ("6 7".split(),
              [("mobile_national", "0@ ## ## ## ##"), ("mobile_international", "+33 @ ## ## ## ##"),
               ("mobile_national", "0@.##.##.##.##"), ("landline_national", "01 4# ## ## ##"),
               ("landline_international", "+33 4 7# ## ## ##")]),
    "it_IT": ("320 328 329 333 334 335 338 339 340 342 345 346 347 348 349 366 380 388 389 392 393".split(),
              [("mobile_national", "@ ### ####"), ("mobile_international", "+39 @ ### ####"),
               ("mobile_national", "@ #######"), ("landline_national", "02 #### ####"),
               ("landline_international", "+39 06 #### ####")]),
    "pt_BR": ("11 21 31 41 51 61 71 81 85 48 62 92 19 27".split(),
              [("mobile_national", "(@) 9####-####"), ("mobile_international", "+55 @ 9####-####"),
               ("mobile_national", "(@) 9 ####-####"), ("landline_national", "(@) 3###-####")]),
    "pl_PL": ("500 501 502 503 504 505 506 507 508 509 510 511 512 513 514 515 516 517 518 519 530 531 532 533 "
              "534 535 536 537 538 539 600 601 602 603 604 605 606 607 608 609 660 661 662 663 664 665 666 667 "
              "668 669 690 691 692 693 694 695 696 697 698 720 721 722 723 724 725 726 727 728 729 780 781 782 "
              "783 784 785 786 787 788 789 790 791 792 793 794 795 796 797 798 799 880 881 882 883 884 885 886 "
              "887 888 889".split(),
              [("mobile_national", "@ ### ###"), ("mobile_national", "@-###-###"),
               ("mobile_international", "+48 @ ### ###"), ("landline_national", "22 ### ## ##"),
               ("landline_international", "+48 12 ### ## ##")]),
    "sv_SE": ("70 72 73 76 79".split(),
              [("mobile_national", "0@-### ## ##"), ("mobile_national", "0@ ### ## ##"),
               ("mobile_international", "+46 @ ### ## ##"), ("landline_national", "08-### ### ##"),
               ("landline_international", "+46 31 ### ## ##")]),
    "tr_TR": ("501 505 506 507 530 531 532 533 534 535 536 537 538 539 541 542 543 544 545 546 551 552 553 554 "
              "555".split(),
              [("mobile_national", "0@ ### ## ##"), ("mobile_national", "0 (@) ### ## ##"),
               ("mobile_international", "+90 @ ### ## ##"), ("landline_national", "0 (212) N## ## ##"),
               ("landline_international", "+90 312 N## ## ##")]),
    "fi_FI": ("40 41 44 45 50".split(),
              [("mobile_national", "0@ ### ####"), ("mobile_international", "+358 @ ### ####"),
               ("mobile_national", "0@-### ####"), ("landline_national", "09 ### ####"),
               ("landline_international", "+358 2 ### ####")]),
}


def _fill(pat: str, rng: random.Random, areas: list[str]) -> str:
    out = []
    for c in pat:
        if c == "#":
            out.append(rd(rng, 1))
        elif c == "N":
            out.append(str(rng.randint(2, 9)))
        elif c == "@":
            out.append(rng.choice(areas))
        else:
            out.append(c)
    return "".join(out)


def phone_valid(v: str, locale: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[locale]))
    except phonenumbers.NumberParseException:
        return False


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    areas, pats = PHONES[locale]
    form, pat = rng.choice(pats)
    for _ in range(200):
        v = _fill(pat, rng, areas)
        if "555-01" not in v and phone_valid(v, locale):
            return v, form
    raise AssertionError(f"no valid phone for {locale} {pat}")


# ----------------------------------------------------------------------------- e-mail / URL / IP

MAIL_DOMAINS = {
    "en_US": "gmail.com yahoo.com outlook.com icloud.com comcast.net aol.com",
    "en_GB": "gmail.com btinternet.com outlook.com yahoo.co.uk hotmail.co.uk icloud.com",
    "en_AU": "gmail.com bigpond.com outlook.com optusnet.com.au icloud.com",
    "en_IN": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "de_DE": "gmail.com web.de gmx.de t-online.de posteo.de mailbox.org",
    "fr_FR": "gmail.com orange.fr free.fr laposte.net sfr.fr outlook.fr",
    "it_IT": "gmail.com libero.it virgilio.it alice.it outlook.it tiscali.it",
    "pt_BR": "gmail.com uol.com.br bol.com.br hotmail.com terra.com.br",
    "pl_PL": "gmail.com wp.pl onet.pl o2.pl interia.pl",
    "sv_SE": "gmail.com telia.com hotmail.se outlook.com bredband.net",
    "tr_TR": "gmail.com hotmail.com yandex.com outlook.com.tr",
    "fi_FI": "gmail.com luukku.com outlook.com elisanet.fi kolumbus.fi",
}
TLD = {"en_US": "com", "en_GB": "co.uk", "en_AU": "com.au", "en_IN": "in", "de_DE": "de", "fr_FR": "fr",
       "it_IT": "it", "pt_BR": "com.br", "pl_PL": "pl", "sv_SE": "se", "tr_TR": "com.tr", "fi_FI": "fi"}
FIRM_WORDS = ("nordlys bluegate kestrel quarry lumen fenwick brightpath tallow cobalt harbourline veldt "
              "ardent sequoia mistral juniperlabs tessera halcyon marlow corvid").split()


def _slug(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, list[str]]:
    """Return (address, form, extra fragment strings beyond the local part)."""
    g, s = _slug(given), _slug(surname)
    r = rng.random()
    if r < 0.55:
        local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}{rng.randint(70, 99)}", f"{s}.{g}",
                            f"{g}{s[:1]}{rng.randint(1, 99)}", f"{g}.{s}.{rd(rng, 2)}"])
        return f"{local}@{rng.choice(MAIL_DOMAINS[locale].split())}", "webmail", []
    if r < 0.85:
        firm = rng.choice(FIRM_WORDS) + rng.choice(["-consulting", "labs", "partners", "-studio", "works"])
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}"])
        return f"{local}@{firm}.{TLD[locale]}", "work", [f"{local}@"] if local == g else []
    dom = f"{s}.{rng.choice(['dev', 'me', 'studio', TLD[locale], 'io'])}"
    local = rng.choice(["hello", "contact", g, "mail"])
    return f"{local}@{dom}", "personal_domain", [dom]


def url(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, str]:
    """Return (url, form, identifying slug)."""
    g, s = _slug(given), _slug(surname)
    r = rng.random()
    if r < 0.4:
        slug = f"{g}-{s}-{rd(rng, 3)}{rng.choice('abcdef')}{rd(rng, 2)}"
        pre = rng.choice(["https://www.linkedin.com/in/", "linkedin.com/in/", "www.linkedin.com/in/"])
        return pre + slug, "profile", slug
    if r < 0.6:
        slug = rng.choice([f"{g}{s}", f"{g[0]}{s}", f"{s}-{g}", f"{g}-{s}"])
        return f"https://github.com/{slug}", "code_profile", slug
    if r < 0.75:
        slug = rng.choice([f"{g}{s}", f"{g}.{s}", f"{s}{g[0]}"])
        site = rng.choice(["medium.com/@", "behance.net/", "dribbble.com/", "about.me/"])
        return f"https://{site}{slug}", "portfolio", slug
    slug = rng.choice([f"{g}{s}", f"{g}-{s}", f"{s}"])
    dom = f"{slug}.{rng.choice([TLD[locale], 'com', 'net', 'design'])}"
    return rng.choice([f"https://{dom}", f"www.{dom}", f"https://www.{dom}/about", dom]), "personal_site", dom


IP_FIRST = [5, 31, 37, 46, 62, 78, 79, 81, 83, 84, 86, 87, 88, 90, 91, 92, 93, 94, 95, 109, 151, 176, 178, 185,
            188, 212, 213, 217]


def ip(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.8:
        return (f"{rng.choice(IP_FIRST)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}",
                "ipv4")
    groups = [rng.choice(["2a02", "2a01", "2001", "2a00"]), f"{rng.randint(0x100, 0xffff):x}",
              f"{rng.randint(0x10, 0xffff):x}", f"{rng.randint(0x100, 0xffff):x}"]
    tail = [f"{rng.randint(0x100, 0xffff):x}" for _ in range(2)]
    return ":".join(groups) + "::" + ":".join(tail), "ipv6"
