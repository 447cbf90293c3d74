"""What a text shows of the languages some name drops read, each sign read once per text.

The learned tagger's hits pass nine drops (``name_tagger._kept``); four of them ask whether the
whole text is Turkish, German or Vietnamese before dropping a hit, and a text with many hits
asked again for each. ``LanguageEvidence`` holds one text's answers: each is searched on its
first use and kept (most hits never need one: the drops test the hit itself first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from trainer.redact import prefilter
from trainer.redact.language_words import text_languages

# Evidence of a Turkish text: letters of no other language we read (not ç ö ü, which German and
# French share: "Grüße, kaya demir" is a name), or Turkish function words that no other language
# we read writes ("ve" is Czech and Slovak, "ama" Spanish and Italian, "ile" French without its
# accent: "Petr Dvořák Holding ve Brně" is a name).
TURKISH = re.compile(
    r"[ğıŞşİĞ]|\b(?:bir|[Bb]u|şu|için|gibi|değil|veya|daha|sonra|yarın|bugün|dün)\b"
)
# ç ö ü: weaker evidence, enough only for two clinic or clock words in a row ("teslim saat").
TURKISH_WEAK = re.compile(r"[çöüÇÖÜ]")
# Evidence of a German text: its letters, or function words English does not share ("die",
# "am", "um", "in" are English too).
GERMAN = re.compile(
    r"[äöüßÄÖÜ]|\b(?:der|das|und|ist|nicht|mit|für|ein|eine|einen|zum|zur|auf|von|bei|wir|ich"
    r"|Sie|Uhr|bitte|Danke|heute|morgen)\b"
)
# Letters of Vietnamese and no other language we read (ơ ư đ, and the dotted and hooked vowels).
VIETNAMESE = re.compile(r"[ơưđƠƯĐ\u1ea0-\u1ef9]")


def vietnamese_text(text: str) -> bool:
    """``text`` holds a letter only Vietnamese writes here; an ASCII text holds none (that
    test is free: Python marks ASCII strings)."""
    return not text.isascii() and VIETNAMESE.search(text) is not None


@dataclass(frozen=True)
class LanguageEvidence:
    """One text's language evidence; build one per text and pass it to every drop."""

    text: str

    @cached_property
    def turkish(self) -> bool:
        """A letter only Turkish uses here (ı ğ ş İ) or a Turkish function word."""
        return TURKISH.search(self.text) is not None

    @cached_property
    def turkish_weak(self) -> bool:
        """ç ö ü (German and French write them too)."""
        return TURKISH_WEAK.search(self.text) is not None

    @cached_property
    def german(self) -> bool:
        return GERMAN.search(self.text) is not None

    @cached_property
    def vietnamese(self) -> bool:
        return vietnamese_text(self.text)

    @cached_property
    def languages(self) -> frozenset[str]:
        """The languages whose frequent words the text uses most (``language_words``)."""
        return text_languages(self.text)

    @cached_property
    def keywords(self) -> dict[str, list[tuple[int, int]]]:
        """The prefilter's keywords (person cues among them), read once per text."""
        return prefilter.keywords(self.text)
