"""Handles and profile slugs after a social, gaming or payment platform's name, written with no
"@" and no URL: "LinkedIn: /in/hannah-whitfield-8a3b21", "find me on LinkedIn as hannah-w",
"IG: lukas.brandt_fotografie", "my Steam is xX_HannahW_Xx", "my PSN HannahWhitfield88",
"CashApp $DanaWhitfield" (review rev22 #3); a LinkedIn "/in/slug" path written alone.

The platform word is the cue, as a messenger's label is in ``messenger_ids``: the token right
after it is redacted as MENTION (the platform word stays). It may be followed by "ID",
"username", "handle", "name", "tag", a colon, "=", "is", "as" ("como", "comme", "als") or "-"
(then the value goes unless it is an ordinary word: "Xing: tomorrow") or by a bare space, when
the value must look like a handle (a digit, "_", ".", "$", "/" or an inner capital: "tiktok
lukas_brandt_official", never "on Instagram yesterday"). Platform names that are everyday words
("Snap", "Steam", "Threads", "Epic", "Origin") count only capitalised and before a strong
separator; no value is a number or an amount ("Steam: 20% off", "Xbox 360").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.label_values import value_after
from trainer.redact.person_words import COMMON

_PLATFORMS = frozenset(
    """linkedin xing behance dribbble instagram insta ig tiktok snapchat bereal psn xbox
    playstation gamertag twitch reddit youtube pinterest tumblr flickr vsco strava soundcloud
    spotify mastodon bluesky github gitlab facebook fb twitter venmo cashapp revolut paypal
    patreon onlyfans linktree roblox fortnite minecraft riot valorant battlenet goodreads
    letterboxd duolingo vinted depop tinder bumble hinge""".split()
) | {"cash app", "battle net"}
# Platform names that are everyday words: capitalised, before a strong separator only.
_WORD_PLATFORMS = frozenset("""snap steam threads epic origin""".split())
prefilter.register("platform_label", _PLATFORMS | _WORD_PLATFORMS)

_AFTER = re.compile(
    r"(?P<idw>[ \t]*(?:[-_ ]?(?:ID|Id|id|username|user[ -]?name|handle|name|tag|gamertag|"
    r"account|profile|slug|url))\b\.?)?"
    r"[ \t]*(?P<sep>[:：=]|[-–](?=[ \t])|"
    r"(?:is|as|ist|est|es|é|como|comme|als|come|jako)(?=[ \t]))?[ \t]*"
    r"(?P<val>[^\s,;:：()<>\[\]\"'“”|]+)"
)
# "@handle" is a mention already (``detectors``); a URL is a URL.
_HANDLE_SHAPE = re.compile(r"\d|\w[._]\w|^[$/]|[a-z][A-Z]|^_|_$|-\w+-")
_NUMBER = re.compile(r"[\d.,%$€£+-]+\w{0,3}")
# A LinkedIn profile path written alone ("my profile: /in/hannah-whitfield-8a3b21").
_IN_PATH = re.compile(r"(?<![\w/.])/in/[\w-]{3,100}")


def find_platform_handles(text: str) -> list[Hit]:
    """MENTION hits on the handle after each platform name the prefilter found."""
    hits: list[Hit] = []
    for start, end in prefilter.keywords(text).get("platform_label", ()):
        word = text[start:end]
        strict = word.lower() in _WORD_PLATFORMS
        if strict and not word[0].isupper():
            continue
        if (span := _value_after(text, end, strict=strict)) is not None:
            hits.append(("MENTION", *span))
    if "/in/" in text:
        hits += [("MENTION", *m.span()) for m in _IN_PATH.finditer(text)]
    return hits


def _value_after(text: str, end: int, *, strict: bool) -> tuple[int, int] | None:
    """The handle after a platform name ending at ``end``, or None when a word follows; a
    dash is a weak separator ("Spotify – Distansarbete har ..." is a new clause)."""
    return value_after(text, end, _AFTER, strict=strict, dash_is_weak=True, accepts=_is_handle)


def _is_handle(text: str, end: int, value: str, strong: bool, strict: bool) -> bool:
    if len(value) < 2 or not any(c.isalpha() for c in value) or value[0] == "@":
        return False  # "IG: 42", "Twitch: @jane" (found as a mention)
    if "://" in value or value.lower().startswith("www."):
        return False  # a link: ``detectors.find_urls``
    if value[:2].lower() == "r/":
        return False  # a subreddit names a forum, not a person
    if _NUMBER.fullmatch(value):
        return False  # "Steam: 20% off", "Xbox 360"
    if value.isalpha() and value.lower() in COMMON:
        return False  # "LinkedIn is great", "on Snap as well"
    return strong or _HANDLE_SHAPE.search(value) is not None
