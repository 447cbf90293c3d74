"""Detectors for structured PII written with letters: emails, URLs, IP addresses, @mentions.

Each ``find_*`` takes the normalised text and returns ``(type, start, end)`` hits. Cheap
substring pre-filters skip a regex entirely when its anchor character cannot be present.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_left

from trainer.redact import prefilter
from trainer.redact.email_broken import find_broken_emails
from trainer.redact.hits import Hit
from trainer.redact.lookalike_dotted_amounts import dotted_amount
from trainer.redact.messenger_ids import find_messenger_ids
from trainer.redact.names import given_names
from trainer.redact.person_words import COMMON
from trainer.redact.platform_handles import find_platform_handles
from trainer.redact.record_tables import csv_field_end
from trainer.redact.references import meeting_link
from trainer.redact.tlds import bare_domain_tlds, delegated_tlds
from trainer.redact.values_words import EMAIL_AT_WORDS as _AT_WORDS
from trainer.redact.values_words import EMAIL_DOT_WORDS as _DOT_WORDS

# A bare domain (no scheme, no www.) may end in any delegated TLD except those that are mostly
# file extensions ("main.py"); see ``tlds``. With a scheme or www. any TLD counts.
_BARE_TLDS = bare_domain_tlds()
_ALL_TLDS = delegated_tlds()
# Product and framework names that are spelt like domains.
_DOTTED_TECH_NAMES = frozenset({"asp.net", "vb.net", "ado.net", "socket.io", "ml.net"})
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# A subdomain label may hold "_" (DNS allows it; platforms put handles there:
# "jo_ann.substack.com"); the registrable label before the TLD may not ("data_loader.py").
_SUB_LABEL = r"[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?"
_TRAILING = ".,;:!?'\"»”’>"

_IDN_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"  # internationalised domain labels (exämple.de)
# RFC 5321/6531 local parts: any letter or digit of any script, the RFC's specials and the
# apostrophe people type in names (o'brien@, o’connor@); or a quoted string ("jan jansen"@).
# Backticks, braces and bars are left out: they wrap addresses in code and chat more often
# than they sit in one. Any delegated TLD: letters of any script (.рф) or punycode (xn--p1ai).
_EMAIL = re.compile(
    r"(?:(?<![\w.+-])[\w!#$%&*+=?^~-][\w.!#$%&'’*+/=?^~-]{0,63}|\"[^\"\n@]{1,62}\")"
    r"@(?:" + _IDN_LABEL + r"\.)+(?:xn--[a-z0-9-]{1,59}|[^\W\d_]{2,24})(?!\w)",
    re.IGNORECASE,
)
_AT_SIGN = re.compile("@")
# The "@" and "." written as words, in the languages we redact: "jane [at] example [dot] com",
# "mario chiocciola libero punto it", "juan arroba gmail punto com", "hans at web Punkt de",
# "jan apenstaartje ziggo punt nl", "marie (at) orange (point) fr".
prefilter.register("email_at", frozenset(_AT_WORDS))
prefilter.register("email_dot", frozenset(_DOT_WORDS))
_AT_WORD = r"(?:at|ät|" + "|".join(_AT_WORDS) + ")"
_DOT_WORD = "(?:" + "|".join(_DOT_WORDS) + ")"
_DOT_WORD_RE = re.compile(r"\b" + _DOT_WORD + r"\b", re.IGNORECASE)
_AT = r"(?:\s*[\[({<]\s*(?:" + _AT_WORD + r"|@)\s*[\])}>]\s*|\s+" + _AT_WORD + r"\s+|\s+@\s*|@\s+)"
_DOT = r"(?:\s*[\[({<]\s*(?:" + _DOT_WORD + r"|\.)\s*[\])}>]\s*|\s+" + _DOT_WORD + r"\s+|\.)"
_OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w.+-]{1,64}(?:"
    + _DOT
    + r"[\w+-]{1,64}){0,3})"
    + _AT
    + r"(?P<domain>"
    + _IDN_LABEL
    + r"(?:"
    + _DOT
    + _IDN_LABEL
    + r")*)"
    + _DOT
    + r"(?P<tld>[a-z]{2,12})(?![\w-])",
    re.IGNORECASE,
)
# Where an obfuscated "at" may sit; the full pattern is only tried from the local part before it.
_BRACKET_AT = re.compile(r"[\[({<]\s*(?:" + _AT_WORD + r"|@)\s*[\])}>]", re.IGNORECASE)
_DOTTED_LOCAL_BEFORE = re.compile(
    r"(?<![\w.+-])[\w+-]{1,64}(?:\s*[\[({<]\s*"
    + _DOT_WORD
    + r"\s*[\])}>]\s*|\s+"
    + _DOT_WORD
    + r"\s+)$",
    re.IGNORECASE,
)
# Words that precede a plain " at " in prose ("I work at acme dot com"), never an address.
_PROSE_BEFORE_AT = frozenset(
    """work works worked working me us them him her home look looking looked meet meeting
    stay staying live lives living arrive arrived based job office here there it this that be
    is am are was were hired intern interning engineer manager developer student lead team
    available online great good best or and und oder ou et og och eller via""".split()
)
# Words before an address in each language: "mail", "Kontakt", "correo", "écrivez", "scrivimi".
_EMAIL_CUE = re.compile(
    r"(?i)e-?mail|mail|contact|reach|write|ping|message|address|kontakt|schreib|correo|"
    r"escr[ií]b|escrev|[ée]cri|courriel|adresse|scriv|contatt|contato|stuur|indirizzo|posta"
)

# Words that introduce a web address: a bare domain on a file-extension TLD counts after them
# ("visit atelier.md", "more at kanzlei.so"), a file name rarely follows them.
_WEB_CUE = re.compile(
    r"(?i)\b(?:visit|website|site|homepage|web|url|link|domain|(?:more|online|available|live|"
    r"us|me|them|it)\s(?:at|on)|go\sto|head\sover\sto|head\sto|check\sout)\W{0,3}$"
)
_URL_ANCHOR = re.compile(r"://|www\.")
_URL_SCHEME = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`]+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(
    r"(?<![\w@.-])(?:"
    + _SUB_LABEL
    + r"\.)*"
    + _LABEL
    + r"\.(?P<tld>[a-z]{2,63}|xn--[a-z0-9-]{1,59})\b(?![.-]?\w)"
    r"(?::\d{2,5})?(?:/[^\s<>\"'`]*)?",
    re.IGNORECASE,
)

# The lookbehind sits after the first digit so the engine can skip to digits quickly.
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?:/\d{1,2})?(?![\w]|\.\d)")
_IPV6_HINT = re.compile(r"::|(?:[0-9a-fA-F]{1,4}:){2}")
_IPV6 = re.compile(
    # RFC 4291 2.2 text forms (RFC 5952 case): groups, "::", an IPv4 tail, a zone id, a prefix.
    # It may start after a label's colon ("IP:2001:db8::1", "inet6 addr:fe80::1": a non-hex
    # letter) or glued to a word ("ip2001:db8::1"; ``find_ips`` asks more of a glued one) by a
    # first group of two or more digits ("IPv6:2001:db8::1" is a label's "6"), never inside a
    # digit run or after a colon or dot (the middle of a longer colon run).
    # (the first lookahead fails most positions before the lookbehinds are tried)
    r"(?=[0-9a-f:])(?:(?<![0-9a-z:.])|(?<=[g-z]:)|(?<=v6:)|(?<=[^\W\d_])(?=[0-9a-f]{2,4}:))"
    # up to eight colons: eight groups and a bare ":port" (``find_ips`` splits the port off)
    r"(?:[0-9a-f]{0,4}:){2,8}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4})?"
    # a colon after the address ends a clause ("desde 2a01:db8::1: ¿fuiste tú?"), never a group;
    # a non-hex letter after it is a glued word ("2001:db8::1ok"), a hex digit a longer group
    r"(?:%[\w.]+)?(?:/\d{1,3})?(?![0-9a-f]|:[\w:]|\.\d)",
    re.IGNORECASE,
)
# EUI-48 (MAC) addresses, "00:1a:2b:3c:4d:5e" or "00-1A-2B-3C-4D-5E": device identifiers,
# redacted as IP, also after a label's colon ("MAC:", "BSSID:"). Six two-digit groups and no
# more (longer runs are key fingerprints).
# three of its groups, the cheap gate (the separator first lets the engine skip ahead)
_MAC_HINT = re.compile(r"[:-][0-9a-f]{2}[:-][0-9a-f]{2}[:-]", re.IGNORECASE)
_MAC = re.compile(
    r"(?:(?<![\w:.-])|(?<=[^\W\d_]{3}:))[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}(?!\w|[:-]\w)",
    re.IGNORECASE,
)
# A MAC cue just before the address ("MAC", "Wi-Fi", "BSSID", "Ethernet", "hardware address",
# "adresse MAC"): then any six groups go. Without one (rev21 F9) the groups must show a hex letter
# and a digit and at least four distinct octets, so a timecode "01:02:03:04:05:06", a list
# "10:20:30:40:50:60" or a colour run "ff:ff:ff:00:00:00" stays.
_MAC_CUE = re.compile(
    r"(?i)(?:\bmac(?:[ -]?(?:address|addr|adresse|adres))?|\bwi-?fi|\bwlan|\bbssid|\bethernet|"
    r"\bether|\bhardware[ -]address|\bphysical[ -]address|\beui-?48|\badresse[ -]mac|"
    r"\bdirecci[oó]n[ -]mac|\bindirizzo[ -]mac|\bendere[cç]o[ -]mac)\W{0,3}$"
)
_MAX_VERSION_MAJOR = 30  # majors of four-part versions after these words (kernel 6, iOS 17, ...)
_VERSION_BEFORE = re.compile(
    r"(?i)(?:\bv|version|release|build|update|firmware|python|node|java|app|sdk|api|ios|android|"
    r"macos|windows|chrome|firefox|kernel|driver)\s*$"
)

# "@jane", "@jane-doe", "@jane.doe": any handle, member or not. Not the domain of an email.
_MENTION = re.compile(r"(?<![\w.@+-])@\w(?:[\w.-]*\w)?")
# Mentions that address a whole group, which chat platforms reserve ("@all", "@here",
# "@channel", "@everyone"), and "everyone" in languages where no name list holds the word
# ("@iedereen", "@tutti"): no one's handle (dev53 F).
_BROADCAST = frozenset(
    "@all @here @channel @everyone @everybody @team @iedereen @tutti @kaikki @wszyscy @herkes "
    "@semua".split()
)


# An address typed with spaces around the "@" and around its dots, so that it is not a link:
# "jane.doe @ example . com", "x_y @ uni . ac . uk". Each dot is " . " or "." (never ". " or
# " .", which end sentences); the last label must be a delegated TLD, written in one case.
_SPACED_EMAIL = re.compile(
    r"(?<![\w.+@-])(?P<local>[^\W_][\w.+-]{0,63}) @ (?P<domain>(?:"
    + _IDN_LABEL
    + r"(?: \. |\.))+)(?P<tld>[^\W\d_]{2,24}|xn--[a-z0-9-]{1,59})(?![\w-])",
)
# Generic TLDs that prose does not put after " . " (others, "live", "now", "today", need a cue).
_COMMON_GENERIC_TLDS = frozenset("com net org edu gov info biz io co".split())


def _spaced_emails(text: str) -> list[Hit]:
    """'name @ gmail . com' (see _SPACED_EMAIL); '@ mentions' and 'meet @ 5 . 30' stay."""
    hits: list[Hit] = []
    for m in _SPACED_EMAIL.finditer(text):
        tld, local = m.group("tld"), m.group("local")
        if not (tld.islower() or tld.isupper()) or tld.lower() not in _ALL_TLDS:
            continue
        if local.lower() in _PROSE_BEFORE_AT or local.rstrip(".") != local:
            continue
        plain = local.isalpha() and m.group("domain").count(".") == 1
        if plain and len(tld) > 2 and tld.lower() not in _COMMON_GENERIC_TLDS:
            # "see you @ office . live": a plain word before a word TLD needs a mail cue.
            if not _EMAIL_CUE.search(text, max(0, m.start() - 40), m.start()):
                continue
        hits.append(("EMAIL", m.start(), m.end()))
    return hits


def find_emails(text: str) -> list[Hit]:
    """Plain emails (any case), common obfuscations ("jane [at] example [dot] com") and local
    parts before a broken domain ("jane.doe@gmail,com": ``email_broken``)."""
    hits = _strict_emails(text)
    if "@" in text or prefilter.keywords(text).get("mail_provider"):
        hits += find_broken_emails(text, hits)
    return hits


def _strict_emails(text: str) -> list[Hit]:
    """Plain emails (any case) and common obfuscations ("jane [at] example [dot] com")."""
    hits: list[Hit] = []
    if "@" in text:  # the local part is at most 64 characters before an "@"
        ats = [(m.start(), m.end()) for m in _AT_SIGN.finditer(text)]
        regions = prefilter.windows(text, ats, before=64, after=260)
        hits += [_after_assignment(m) for m in prefilter.finditer_in(_EMAIL, text, regions)]
        if " @ " in text:
            hits += _spaced_emails(text)
    letter_dots = prefilter.dotted(text)[0]
    if not letter_dots and "email_dot" not in prefilter.keywords(text):
        if "." not in text or not any(bracket in text for bracket in "[({<"):
            return hits  # no domain can follow an obfuscated "at" (see _domain_may_follow)
    for at_start, at_end in _at_anchors(text):
        after = text[at_end : at_end + 80].lower()
        if not _domain_may_follow(after, letter_dots, at_end):
            continue
        start = _local_part_start(text, at_start)
        m = _OBFUSCATED_EMAIL.match(text, start) if start is not None else None
        if m and not _plain_at_is_ambiguous(m, text):
            hits.append(("EMAIL", m.start(), m.end()))
    return hits


# A key and "=" (and a quote) glued before an address: "email='jo.doe@x.de'", "login=jo@x.de".
_KEY_ASSIGNED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=['’]?")
# Keys read as a field's name without a quote or "_" after them; any other word before "=" may
# be part of the local part ("maren=oyelaran@…" is RFC-valid), so it goes with the address.
_FIELD_KEYS = frozenset(
    """email mail login user username userid to from cc bcc sender recipient owner author contact
    address account reviewer assignee by""".split()
)


def _after_assignment(m: re.Match[str]) -> Hit:
    """An email hit less a key assigned to it: in "WHERE email='jo.doe@x.de'" the key and the
    quote stay (review rev22 F25) when the key reads as a field: quoted, snake_case or a field
    word (``_FIELD_KEYS``). RFC specials allow "=" in a local part, so any other word before it
    ("maren=oyelaran@…") stays in the hit: fail closed."""
    start, end = m.span()
    if m.string[start] != '"' and (key := _KEY_ASSIGNED.match(m.string, start)) is not None:
        name = key.group().rstrip("='’")
        field = key.group()[-1] != "=" or "_" in name or name.lower() in _FIELD_KEYS
        if field and m.string[key.end() : key.end() + 1] not in ("@", ""):
            start = key.end()  # a key of code or a log; else the word is the address's own
    return ("EMAIL", start, end)


def _domain_may_follow(after: str, letter_dots: tuple[int, ...], at_end: int) -> bool:
    """A domain after an obfuscated "at" ends in "x.tld" (no space), "dot tld" (in any of our
    languages) or a bracketed dot; prose ("at the office. We ...") has none of them."""
    if _DOT_WORD_RE.search(after):
        return True
    i = bisect_left(letter_dots, at_end)
    if i < len(letter_dots) and letter_dots[i] < at_end + 80:
        return True
    return "." in after and any(bracket in after for bracket in "[({<")


def _at_anchors(text: str) -> list[tuple[int, int]]:
    """Where an obfuscated "@" may sit: " at ", " @ ", " arroba ", "[at]", "(chiocciola)",
    "{ at }", "<@>" ..."""
    folded = prefilter.folded(text)  # same length as text, lower case
    spans: list[tuple[int, int]] = []
    for needle in (" at ", " @", "@ "):  # "jane @ x.com", "jane @x.com", "jane@ x.com"
        pos = folded.find(needle)
        while pos != -1:
            spans.append((pos, pos + len(needle)))
            pos = folded.find(needle, pos + 1)
    at_words = prefilter.keywords(text).get("email_at", ())
    spans += at_words  # "(arroba)" is found here too; the bracket search below adds its span
    if "at" in folded or "@" in folded or at_words:
        for bracket in "[({<":
            if bracket in text:
                spans += [m.span() for m in _BRACKET_AT.finditer(text)]
                break
    return spans


def _local_part_start(text: str, pos: int) -> int | None:
    """Start of the would-be local part that ends just before ``pos`` (spaces skipped)."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    end = pos
    while pos > 0 and end - pos < 64 and (text[pos - 1].isalnum() or text[pos - 1] in "._+-"):
        pos -= 1
    if pos == end:
        return None
    # "jane dot doe at ...": the local part itself may be written with "dot".
    while m := _DOTTED_LOCAL_BEFORE.search(text, max(0, pos - 80), pos):
        pos = m.start()
    return pos


def _plain_at_is_ambiguous(m: re.Match[str], text: str) -> bool:
    """'meet at acme.com' is not an email; 'jane.doe at acme.com' or 'x at y dot com' is."""
    between = text[m.end("local") : m.start("domain")]
    if "[" in between or "(" in between or "{" in between or "<" in between:
        return False
    if between.startswith(" ") and between.endswith(" ") and between.strip() == "@":
        return False  # "jane @ example.com"
    if between.strip().lower() not in ("at", "@"):
        return False  # "arroba", "chiocciola", "apenstaartje" ... name the sign, never prose
    local = m.group("local")
    if local.lower() in _PROSE_BEFORE_AT:
        return True  # "I work at acme dot com"
    if _DOT_WORD_RE.search(text, m.end("domain"), m.start("tld")):
        return False
    if any(ch in local for ch in "._+") or any(ch.isdigit() for ch in local):
        return False
    return not _EMAIL_CUE.search(text, max(0, m.start() - 40), m.start())


def find_urls(text: str) -> list[Hit]:
    """URLs with a scheme or www., and bare domains on any delegated TLD (profile links too)."""
    hits: list[Hit] = []
    matches: list[re.Match[str]] = []
    lowered = prefilter.lowered(text)
    if "://" in text or "www." in lowered:
        anchors = [(m.start(), m.end()) for m in _URL_ANCHOR.finditer(lowered)]
        regions = prefilter.windows(text, anchors, before=6, after=0)
        matches += prefilter.finditer_in(_URL_SCHEME, text, regions)
    letter_dots = prefilter.dotted(text)[0]
    if letter_dots:  # bare domains: only around an "x.y" with a letter after the dot
        regions = prefilter.windows(text, ((i, i + 3) for i in letter_dots), before=64, after=8)
        matches += prefilter.finditer_in(_BARE_DOMAIN, text, regions)
    for m in matches:
        start, end = m.start(), m.end()
        end = _trim_url_end(text, start, end)
        if "," in text[start:end]:  # in a CSV row the field's comma ends it (record_tables)
            end = _trim_url_end(text, start, csv_field_end(text, start, end))
        if (
            end > start
            and not _not_a_domain(m, text[start:end])
            and not meeting_link(text, start, end)  # a Meet code names a meeting (references)
        ):
            hits.append(("URL", start, end))
    return hits


def _not_a_domain(m: re.Match[str], url: str) -> bool:
    """Framework names (ASP.NET) and "cs.CL"-style codes: a bare domain with an upper-case TLD
    after a lower-case label is an abbreviation, not an address."""
    if url.lower() in _DOTTED_TECH_NAMES:
        return True
    if m.re is _URL_SCHEME:
        return False
    tld = m.group("tld").lower()
    if tld not in _BARE_TLDS and not (
        tld in _ALL_TLDS
        and ("/" in url or _WEB_CUE.search(m.string, max(0, m.start() - 24), m.start()))
    ):
        # "main.py" is a file; "notes.md/team" or "visit notes.md" is a site
        return not (_polish_site(m, url, tld) or _moldovan_site(m, url, tld))
    host = url.split("/")[0].split(":")[0]
    label, tld = host.rsplit(".", 1)
    if tld[0].isupper() and tld[1:].islower() and label[-1].islower():
        return True  # "here.Next": a missing space after a full stop
    if len(label) == 1 and label.isupper() and url == host:  # "S.Com." in a company form
        return True
    return tld.isupper() and not host.isupper()


def _polish_site(m: re.Match[str], url: str, tld: str) -> bool:
    """A bare ".pl" name (Poland's TLD, also Perl's file extension) whose label is one run of
    six or more letters, or such runs joined by hyphens ("biuro-kowalska.pl"), in one case and
    not all of them dictionary words (joined runs: none a dictionary word but a given name): a
    person's or a shop's site ("annanowak.pl", "ANNA-NOWAK.PL"); a script is named by words
    ("install.pl", "check-disk.pl"; joined runs with a dictionary word only after a script cue:
    "run mysql-backup.pl") or with "_" or digits. A name under one
    of NASK's functional or regional domains ("kancelaria.com.pl", "podatki.gov.pl",
    "nowak.waw.pl") or a subdomain of such a label ("biuro.kowalska.pl") is a site too: a file
    name has one dot."""
    if tld.lower() != "pl" or "/" in url or ":" in url:
        return False
    labels = url.split(".")[:-1]
    if len(labels) > 1 and labels[-1].lower() in _PL_SECOND_LEVEL:
        return all(_LABEL_WORDS(label) for label in labels)
    label = labels[-1]
    parts = label.split("-")
    if len(label) < 6 or not all(len(part) >= 2 and part.isalpha() for part in parts):
        return False
    if not (label.islower() or label.isupper() and url.endswith(".PL")):
        return False
    if len(labels) > 2 or not all(_LABEL_WORDS(sub) for sub in labels[:-1]):
        return False
    if label.lower() == "makefile":  # Perl's "Makefile.PL", also in capitals
        return False
    if len(parts) > 1 and any(_word_not_name(part) for part in parts) and _script_cue(m):
        return False  # a script named by a word: "run mysql-backup.pl", "perl fix-perms.pl"
    return not all(part.lower() in COMMON for part in parts)


# Words that make a hyphenated ".pl" name a Perl script rather than a site, just before it;
# with none, a name such as "serwis-kowalski.pl" stays a site (fail closed).
_SCRIPT_CUE = re.compile(
    r"(?i)\b(?:perl|scripts?|skrypt\w*|run|runs|ran|running|execute[sd]?|exec|edit(?:ed)?|"
    r"wrote|use[sd]?|using|install(?:ed)?|deploy(?:ed)?|cron(?:tab)?|chmod|bin|uruchom\w*)\b"
    r"[^.!?\n]{0,24}$"
)


def _script_cue(m: re.Match[str]) -> bool:
    return _SCRIPT_CUE.search(m.string, max(0, m.start() - 40), m.start()) is not None


def _word_not_name(part: str) -> bool:
    """``part`` is a dictionary word and no given name ("backup", "fix"; not "anna", "jan")."""
    return part.lower() in COMMON and part.title() not in given_names()


def _moldovan_site(m: re.Match[str], url: str, tld: str) -> bool:
    """A bare ".md" name (Moldova's TLD, also Markdown's file extension) after a web cue of
    Romanian ("Portal: betoncahul.md", "e pe fatade-orhei.md"): a lower-case label of six or more
    letters, or letter runs joined by hyphens, not all dictionary words and no documentation
    file's name ("changelog.md", "roadmap.md")."""
    if tld != "md" or url.count(".") != 1:
        return False
    label = url[:-3]
    parts = label.split("-")
    if len(label) < 6 or not label.islower():
        return False
    if not all(len(part) >= 2 and part.isalpha() for part in parts):
        return False
    if label in _DOC_FILES or all(part in COMMON for part in parts):
        return False
    return _RO_WEB_CUE.search(m.string, max(0, m.start() - 24), m.start()) is not None


_RO_WEB_CUE = re.compile(r"(?i)\b(?:portal|pe|site(?:-ul)?|pagina|adresa|web)\W{0,3}$")
_DOC_FILES = frozenset(
    "readme changelog roadmap faq todo contributing license notes authors history".split()
)


# NASK's functional second-level domains and the larger regional ones.
_PL_SECOND_LEVEL = frozenset(
    """com net org gov edu info biz mil waw krakow wroclaw poznan gda gdansk lodz szczecin
    lublin katowice bialystok torun olsztyn rzeszow opole""".split()
)
_LABEL_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z0-9]+(?:-[A-Z0-9]+)*").fullmatch


def _trim_url_end(text: str, start: int, end: int) -> int:
    """Drop trailing punctuation and an unbalanced closing bracket from a URL match."""
    while end > start:
        ch = text[end - 1]
        if ch in _TRAILING:
            end -= 1
        elif ch == ")" and text.count("(", start, end) < text.count(")", start, end):
            end -= 1
        elif ch == "]" and text.count("[", start, end) < text.count("]", start, end):
            end -= 1
        else:
            break
    return end


def find_ips(text: str) -> list[Hit]:
    """IPv4 (octets 0-255, not a version number) and IPv6 (validated by ``ipaddress``)."""
    hits: list[Hit] = []
    digit_dots = prefilter.dotted(text)[1]
    # an IPv4 address has three dots between digits; ASCII text with fewer has none ("v2.4",
    # "3.14"); other text may write digits of another script beside one
    if len(digit_dots) >= 3 or (digit_dots and not text.isascii()):
        regions = prefilter.windows(text, ((i, i + 3) for i in digit_dots), before=12, after=16)
        for m in prefilter.finditer_in(_IPV4, text, regions):
            address = m.group().split("/")[0]
            parts = [int(part) for part in address.split(".")]
            # after a version word only a small major number is a version ("firmware 2.1.0.4");
            # "firmware 81.2.69.142" is an address whatever the word says (fail closed)
            version = parts[0] <= _MAX_VERSION_MAJOR and _VERSION_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            )
            amount = dotted_amount(text, m.start(), m.end())  # "Rp 1.250.000.000" (VND, IDR)
            if all(part <= 255 for part in parts) and not version and not amount:
                hits.append(("IP", m.start(), m.end()))
    colons = text.count(":") >= 2 and _ipv6_hint(text)
    if colons:
        for m in _IPV6.finditer(text):
            hit = _ipv6_hit(text, m.start(), m.end())
            if hit:
                hits.append(hit)
    if colons or text.count("-") >= 5:  # a MAC holds five colons (then the hint holds) or dashes
        hints = [(m.start(), m.end()) for m in _MAC_HINT.finditer(text)]
        regions = prefilter.windows(text, hints, before=15, after=17)
        for m in prefilter.finditer_in(_MAC, text, regions):
            cue = _MAC_CUE.search(text, max(0, m.start() - 40), m.start())
            if cue or _mac_like(m.group(), m.group(1)):
                hits.append(("IP", m.start(), m.end()))
    return hits


def _mac_like(value: str, separator: str) -> bool:
    """Six groups that read as a MAC with no cue: a hex letter, a digit and four distinct octets.
    Dashes also join phone digits ("06-12-34-56-78-90") and colons timecodes or lists
    ("01:02:03:04:05:06"); repeated octets are colour or mask runs ("ff:ff:ff:00:00:00")."""
    groups = value.lower().split(separator)
    return (
        any(c in "abcdef" for c in value.lower())
        and any(c.isdigit() for c in value)
        and len(set(groups)) >= 4
    )


def _ipv6_hit(text: str, start: int, end: int) -> Hit | None:
    """The IPv6 address in ``text[start:end]`` (an ``_IPV6`` match), if it is one."""
    if text[end - 1] == ":" and text[end - 2] != ":":
        end -= 1  # the clause's colon, not the address's
    address = text[start:end].split("/")[0].split("%")[0]
    groups = re.findall(r"[0-9a-fA-F]+", address)
    if len(groups) < 2:
        return None  # "::" (slices, C++ scopes) and "::1" identify no one
    glued = _word_char(text, start - 1) or _word_char(text, end)
    if glued and (len(groups) < 3 or not re.search(r"\d", address)):
        return None  # "Base::Add", "Vec::F32": scopes glued to a word; "ip2001:db8::1" stays
    if not _is_ipv6(address):
        # a bare ":port" after the address (RFC 5952 6 wants "[...]:port"), fail closed:
        # "2001:db8:a:b:c:d:e:f:443", "2001:db8:1:2:3:4::5:8080" lose the port and are found
        head, _, port = address.rpartition(":")
        if port.isdigit() and len(port) <= 5 and int(port) <= 65535 and _is_ipv6(head):
            end = start + len(head)
        elif not _truncated_ipv6(address, groups):
            return None
    return ("IP", start, end)


def _truncated_ipv6(address: str, groups: list[str]) -> bool:
    """Five to seven hex groups with no "::", one of them with a hex letter and one of three
    or four digits: an IPv6 address cut short or mistyped ("2001:db8:91d:4366:5f56:1c1a:6a51",
    seven groups where RFC 4291 2.2 wants eight or a "::"). Its prefix still points at a
    network and a host, so it is redacted (fail closed). Clock times and timecodes hold no
    hex letter, words joined by colons ("bad:cafe:face:fade:bead") no digit; MAC addresses
    (six two-digit groups) are IP anyway; key fingerprints hold more groups than an address."""
    return (
        "::" not in address
        and 5 <= len(groups) <= 7
        and len(groups) == address.count(":") + 1
        and any(len(group) >= 3 for group in groups)
        and any(c in "abcdefABCDEF" for c in address)
        and any(c.isdigit() for c in address)
    )


def _is_ipv6(address: str) -> bool:
    try:
        ipaddress.IPv6Address(address)
    except ValueError:
        return False
    return True


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _ipv6_hint(text: str) -> bool:
    """``_IPV6_HINT`` tried only just before each colon (a few per post) instead of
    everywhere, and only where the next colon is at most five characters on: each of its
    forms ("::", "h:h:" with one to four hex digits) holds two such colons."""
    pos = text.find(":")
    while pos != -1:
        following = text.find(":", pos + 1)
        if following == -1:
            return False
        if following - pos <= 5 and _IPV6_HINT.search(text, max(0, pos - 5), pos + 7):
            return True
        pos = following
    return False


def find_mentions(text: str) -> list[Hit]:
    """Every @handle, whether or not it belongs to a member, messenger ids after their label
    ("Skype: live:...", "微信: ...": ``messenger_ids``) and handles after a platform's name
    ("IG: jane.doe", "CashApp $JaneDoe": ``platform_handles``)."""
    hits = find_messenger_ids(text) + find_platform_handles(text)
    if "@" not in text:
        return hits
    # every handle opens with its only "@": tried there alone, not at every character
    ats = prefilter.char_offsets(text, "@")
    return hits + [
        ("MENTION", m.start(), m.end())
        for m in prefilter.finditer_at(_MENTION, text, ats)
        if m.end() - m.start() > 10 or m.group().lower() not in _BROADCAST
    ]
