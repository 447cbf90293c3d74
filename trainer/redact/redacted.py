"""The one type of text the tokenizer may see: text that went through the Redactor.

`build_units` accepts only `RedactedTexts`, and only this module mints them: from a `Redactor`
(`redact_texts`), or from text our own code generated and that holds no member's data
(`synthetic_texts`: audit canaries' candidates, tests, benchmarks). Raw post text therefore
cannot reach the tokenizer by accident: passing a plain list fails at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

_MINT = object()


class RedactedTexts(tuple):
    """An immutable sequence of texts, each redacted (or synthetic, never a member's)."""

    def __new__(cls, texts: Iterable[str], *, _mint: object = None) -> RedactedTexts:
        if _mint is not _MINT:
            raise TypeError("RedactedTexts come only from trainer.redact.redacted.redact_texts "
                            "(or synthetic_texts for text our code generated)")
        return super().__new__(cls, texts)

    def select(self, indices: Sequence[int]) -> RedactedTexts:
        """The texts at `indices`, still marked as redacted."""
        return RedactedTexts((self[i] for i in indices), _mint=_MINT)


def redact_texts(redactor, texts: Iterable[str]) -> tuple[RedactedTexts, Counter[str]]:
    """Redact every text with `redactor`; returns the redacted texts and counts per PII type."""
    out, counts = redactor.redact_batch(texts)
    return RedactedTexts(out, _mint=_MINT), counts


def concat_redacted(parts: Sequence[RedactedTexts]) -> RedactedTexts:
    """Several ``RedactedTexts`` as one, in order; anything else is refused."""
    for part in parts:
        if not isinstance(part, RedactedTexts):
            raise TypeError("concat_redacted joins RedactedTexts only")
    return RedactedTexts((text for part in parts for text in part), _mint=_MINT)


def synthetic_texts(texts: Iterable[str]) -> RedactedTexts:
    """Mark text that OUR code generated (no member's post) as safe to tokenize."""
    return RedactedTexts(texts, _mint=_MINT)
