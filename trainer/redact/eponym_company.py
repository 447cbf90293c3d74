"""Positive evidence that a listed company's name names the company, not a person (review rev16
F4): the tagger's name hit on a listed company is dropped only with it (``name_tagger``)."""

from __future__ import annotations

from trainer.redact.eponym_evidence import COMPANY_AFTER, COMPANY_BEFORE, GOODS_FROM
from trainer.redact.eponyms import in_corporate_context


def company_evidence(text: str, start: int, end: int) -> bool:
    """Positive evidence that ``text[start:end]`` names the company: corporate phrases
    (``in_corporate_context``), an article, shopping verb or "at" before, a product, shop or
    legal-form word after."""
    line = text.rfind("\n", 0, start) + 1
    return bool(
        COMPANY_AFTER.match(text, end)
        or COMPANY_BEFORE.search(text, max(line, start - 20), start)
        or GOODS_FROM.search(text, max(line, start - 50), start)
        or in_corporate_context(text, start, end)
    )
