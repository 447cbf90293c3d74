"""Where money is paid: the prepositions of destination that put an account number after a
payment ("pay the fee into ...", "deposit goes to ...", "versez sur ...", "lipa kwa ..."), one
tuple for the two routes that read them (``ids_pay_into``: a paying verb; ``ids_accounts``: a
destination noun and "goes to").

Pattern (general): a payment names its destination with a preposition of direction, in each
language of our posts at once: en, es/pt/it, fr, de, nl, sw.
"""

from __future__ import annotations

# en "into/to/on", es/pt/it "en/a/al/na/no/para/su/sul/per", fr "sur/au", de "auf/an",
# nl "op/naar", sw "kwa"
DESTINATION_PREPOSITIONS = (
    "into", "to", "on", "en", "a", "al", "na", "no", "para", "sur", "au", "auf", "an", "op",
    "naar", "su", "sul", "kwa", "per",
)  # fmt: skip


# A bank or branch code in hyphen groups, a space, then the account: the Australian BSB and its
# account ("NNN-NNN NNNNNNNNN"), a UK sort code and its account ("NN-NN-NN NNNNNNNN"), any
# country whose account is printed after its branch's code. Read by both routes and by
# ``ids_accounts``' labels.
CODE_THEN_ACCOUNT = r"\d{2,4}(?:-\d{2,4}){1,2} \d{6,12}"


def prepositions_pattern() -> str:
    """The prepositions as one group for a pattern (match case as the caller's flags say)."""
    return "(?:" + "|".join(DESTINATION_PREPOSITIONS) + ")"
