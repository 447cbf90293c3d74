"""Keep the cycle collector off the name and word lists, which live as long as the process.

The rules read module-level lists (given names, surnames, places, words by language): about 5.4
million references in about 60 containers of over 1,000 items, loaded when ``trainer.redact``
is imported. CPython's full collection walks every tracked container, so each full collection
in a process that keeps a Redactor costs 0.2-0.8 s, and the data stage (posts redacted in
batches, outputs kept) triggers one every few thousand posts: measured 2026-12-06 over 8,000
development-set posts in batches of 1,000 (``redact_texts``), one full collection of 773 ms,
4 % of the stage at that load; after ``freeze_loaded_lists`` none.

``gc.freeze()`` moves every object tracked now into the permanent generation, which collections
skip. Why this is safe: it changes only which objects the *cycle* collector examines; reference
counting frees frozen objects as before, and no redaction output depends on it. Its cost: a
reference cycle among objects alive at the call that later becomes garbage is not reclaimed
(memory, never correctness) until ``gc.unfreeze()``; the lists, the modules and the Redactor
itself live for the process anyway. The young generations are collected first (milliseconds),
so cycles that died young are reclaimed rather than frozen; objects created later are collected
as before. Each ``from_members`` freezes again, so a large roster built later is frozen too.
"""

from __future__ import annotations

import gc


def freeze_loaded_lists() -> None:
    """Exempt every object alive now (the loaded lists among them) from cycle collections,
    after reclaiming the garbage of the young generations."""
    gc.collect(1)
    gc.freeze()
