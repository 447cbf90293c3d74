"""Case and accent folding that keeps a text's length, shared by every layer that matches words.

``fold`` lower-cases, strips accents and straightens curly apostrophes one character for one
character, so an offset into the folded copy is an offset into the text. The keyword layer
(``prefilter``) and the name layer (``name_keys``, ``names``) both read text through it; it
depends on nothing in the redactor.
"""

from __future__ import annotations

import unicodedata

_EXTRA_FOLDS = {
    "\n": " ",
    "\t": " ",
    "\r": " ",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",  # Icelandic eth, typed "d" ("Gudrun"); þ -> th and æ -> ae change the length,
    "Ð": "d",  # so they live in name_keys' transliterations (keys only), not here
    "ı": "i",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
}


def _build_fold_table() -> dict[int, str]:
    # Complete over the range (identity included): a missing key costs str.translate an
    # exception per character, which is slower than the lookup itself.
    table: dict[int, str] = {}
    for cp in range(0x2100):
        ch = chr(cp)
        low = ch.lower()
        base = "".join(
            c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != ch:
            table[cp] = base
        elif len(low) == 1:
            table[cp] = low
        else:
            table[cp] = ch
    table.update({ord(k): v for k, v in _EXTRA_FOLDS.items()})
    return table


_FOLD = _build_fold_table()
_WHITESPACE = str.maketrans("\n\t\r", "   ")


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length of ``text``."""
    if not text.isascii():
        return text.translate(_FOLD)
    lowered = text.lower()
    return lowered.translate(_WHITESPACE) if "\n" in lowered or "\t" in lowered else lowered
