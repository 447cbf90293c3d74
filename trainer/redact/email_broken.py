"""E-mail addresses whose domain does not parse: the local part still names a person.

Review rev22 #2: "lukas.brandt@gmail,com", "lukas.brandt@gmailcom", "lukas.brandt@gmail .com",
"lukas.brandt @gmail. com", "lukas.brandt🙂@gmail.com", "lukas.brandt@firma·de",
"lukas@[192.168.0.1]" and "lukas.brandt at gmail" kept their "first.last" local part, because
every e-mail rule (``detectors``) wants a whole domain and a TLD. Here the cue is the "@" glued to
a local part (or a plain "at" before a known mail provider), and the hit runs from the local part
through what is left of the domain. To stay clear of code and package pins ("lodash.merge@4.6",
"user@host", "self.w@x"), the local part must be dotted ("." "_" "+" between its words) or the
domain a known mail provider, an IP literal or a host with a typed TLD after a broken dot; and
the domain must start with a letter ("icon.svg@2x" stays).
"""

from __future__ import annotations

import re
import unicodedata

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_upi import upi_address_at
from trainer.redact.tlds import delegated_tlds

# Free-mail and ISP mail providers people name without their TLD ("… at gmail").
MAIL_PROVIDERS = frozenset(
    """gmail googlemail yahoo ymail hotmail outlook msn icloud aol gmx posteo protonmail proton
    tutanota tuta yandex freenet wanadoo libero virgilio tiscali ziggo hetnet onet interia
    seznam rediffmail hanmail naver zoho fastmail laposte orange web wp live sfr""".split()
)
prefilter.register("mail_provider", MAIL_PROVIDERS)
_TLDS = delegated_tlds()
_COMMON_GENERIC = frozenset("com net org edu gov info biz io".split())
# Tags that follow a package name's "@" ("lodash.merge@latest").
_PACKAGE_TAGS = frozenset(
    "latest next main master head stable beta alpha canary dev nightly lts".split()
)
_GLUED_TLDS = ("com", "net", "de", "fr", "it", "es", "nl", "pl", "ru")

_LOCAL = re.compile(r"(?<![\w.+-])[\w+-]{1,64}(?:[._+][\w+-]{1,64}){0,4}\Z")
_DOTTED = re.compile(r"\w[._+]\w")
# After the "@": an IP literal, or a host that starts with a letter, then perhaps a TLD after a
# broken dot (",", "·", " .", ". ") or a whole dotted tail the strict rule refused.
_DOMAIN = re.compile(
    r" ?(?:(?P<literal>\[[0-9a-fA-F:.]{3,45}\])|(?P<host>[^\W\d_][\w-]{0,62})"
    r"(?:(?P<sep>\.|[,·]|\s\.\s?|\.\s)(?P<tld>[^\W\d_]{2,24})(?![\w-]))?)"
)
# "lukas.brandt at gmail", "lukas.brandt (at) gmail . com": a dotted local part before the word.
_AT_WORD_BEFORE = re.compile(
    r"(?<![\w.+-])(?P<local>[\w+-]{1,64}(?:[._+][\w+-]{1,64}){1,4})"
    r"\s+(?:at|\(at\)|\[at\]|\{at\})\s+\Z",
    re.IGNORECASE,
)
_TAIL = re.compile(r"(?:\s?[.,·]\s?|\s+dot\s+)(?P<tld>[a-z]{2,24})(?![\w-])", re.IGNORECASE)


def find_broken_emails(text: str, found: list[Hit]) -> list[Hit]:
    """EMAIL hits on addresses with a broken domain; ``found`` are the hits of the strict e-mail
    rules (an "@" inside one is done)."""
    hits: list[Hit] = []
    if "@" in text:
        pos = text.find("@")
        while pos != -1:
            if not any(s <= pos < e for _, s, e in found):
                hit = _around_at(text, pos)
                if hit is not None:
                    hits.append(hit)
            pos = text.find("@", pos + 1)
    for start, end in prefilter.keywords(text).get("mail_provider", ()):
        m = _AT_WORD_BEFORE.search(text, max(0, start - 90), start)
        if m is not None and not any(s <= start < e for _, s, e in found):
            tail = _TAIL.match(text, end)
            if tail is not None and tail.group("tld").lower() in _TLDS:
                end = tail.end()
            hits.append(("EMAIL", m.start(), end))
    return hits


def _around_at(text: str, at: int) -> Hit | None:
    """The address around the "@" at ``at`` when its local part and what follows read as one."""
    q = at
    spaced = q > 0 and text[q - 1] == " "
    if spaced:
        q -= 1
    else:  # an emoji or symbol typed between the local part and the "@" ("brandt🙂@")
        skipped = 0
        while q > 0 and skipped < 2 and unicodedata.category(text[q - 1]) == "So":
            q -= 1
            skipped += 1
    local = _LOCAL.search(text, max(0, q - 90), q)
    d = _DOMAIN.match(text, at + 1)
    if local is None or d is None or not any(c.isalpha() for c in local.group()):
        return None
    if d.group("literal"):
        return ("EMAIL", local.start(), d.end()) if not spaced else None
    host, tld = d.group("host").lower(), (d.group("tld") or "").lower()
    sep = d.group("sep") or ""
    # "gmail,com", "firma·de"; spaced ("gmail .com", "gmail. com") only a lower-case country or
    # common generic TLD, so that "@acme. Today ..." does not take the next sentence's word
    typed_tld = sep != "." and tld in _TLDS and (sep in ",·" or _plain_tld(d.group("tld")))
    provider = host in MAIL_PROVIDERS or any(  # "gmailcom", "gmxde"
        host.endswith(glued) and host[: -len(glued)] in MAIL_PROVIDERS for glued in _GLUED_TLDS
    )
    if len(local.group()) < 3 or len(host) < 2:
        return None  # "X.T@W": a matrix product in code
    if host in _PACKAGE_TAGS or text.startswith(("+", "/"), d.end("host")):
        return None  # "lodash.merge@latest", "pkg.name@git+https://..."
    if text[at + 1] == " " and not (provider or typed_tld):
        return None  # "me @ home": a spaced "@" before a plain word
    if spaced and not (provider or typed_tld):
        return None  # "report.pdf @anna" is a file and a mention
    if not (_DOTTED.search(local.group()) or provider or typed_tld):
        return None  # "root@server", "pkg@next"
    end = d.end() if tld in _TLDS and (sep == "." or typed_tld) else d.end("host")
    if end == d.end("host") and not provider and upi_address_at(text, at):
        return None  # "name@okicici": a UPI payment address, typed by ``ids_upi``
    return ("EMAIL", local.start(), end)


def _plain_tld(tld: str) -> bool:
    return tld.islower() and (len(tld) == 2 or tld in _COMMON_GENERIC)
