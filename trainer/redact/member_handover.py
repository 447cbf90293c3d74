"""A person cue from the work being handed to someone: "Handing over to X for the night",
"Escalate to X", "Pairing with X", "Übergabe an X", "Je passe la main à X", "Relu par X",
"Escalem para X", "Le entrego el turno a X".

Operational writing (on-call hand-overs, incident escalation, code review, pair work) names
the person who takes a shift, a page or a review with a fixed verb phrase whose object can
only be a person or a team: one hands over, escalates, pairs with, is reviewed or signed off
by someone; community posts praise someone with a fixed idiom ("Hats off to X", "Chapeau à
X", "Hut ab vor X"). ``member_given`` asks for a person cue before a roster given name or
surname that is also a word ("Will", "Wade", "Sommer"), stands after a preposition ("à",
"para", "an") or opens its sentence; these phrases are that cue, in the languages we redact.
They are closed phrases of the verb and its preposition (one to three words), not single
prepositions, so "to", "an", "à" alone still need another cue ("Flight to Lisbon", "nach
Bern").

Structured logs and data (logfmt ``key=value``, JSON ``"key": "value"``, YAML ``key: value``)
name a person in a field whose key says so ("approved_by=X", "owner=X", "assignee=\"X\"",
"\"approvedBy\": \"X\"", "reviewer: X"; a camelCase key in any case):
``person_field_before`` reads the key.

The name must still be a roster name (``member_given`` asks this only for those); a team
named so ("Escalate to Security") is no roster name and is not touched.
"""

from __future__ import annotations

import re

# The words right before the name, lower case as written, joined by single spaces.
_PHRASES = frozenset(
    """over to|handover to|hand-over to|handoff to|hand-off to|handing off to|hand off to|
    escalate to|escalating to|escalated to|escalation to|paging|pair with|pairing with|
    paired with|pairing w/|ack by|acked by|acknowledged by|signed off by|sign-off by|
    merged by|deployed by|resolved by|closed by|triaged by|
    übergabe an|übergebe an|übergeben an|eskalation an|eskaliert an|gemeinsam mit|
    zusammen mit|geprüft von|freigegeben von|abgenommen von|reviewt von|
    la main à|le relais à|le flambeau à|binôme avec|escaladez à|escalader à|escaladé à|
    escalade à|relu par|relue par|validé par|validée par|approuvé par|approuvée par|
    vérifié par|vérifiée par|
    el turno a|la guardia a|la noche a|escalen a|escalar a|escalado a|escalada a|
    revisado por|revisada por|aprobado por|aprobada por|validado por|validada por|
    en pareja con|
    o plantão para|o turno para|escalem para|escalar para|escalonem para|escalonar para|
    aprovado por|aprovada por|pareando com|parear com|
    overdracht aan|overdragen aan|draag over aan|escaleren naar|geëscaleerd naar|
    gereviewd door|goedgekeurd door|nagekeken door|
    il turno a|passo la mano a|escalare a|revisionato da|revisionata da|approvato da|
    approvata da|in coppia con|
    hats off to|shout-out to|shoutout to|shout out to|props to|big up to|chapeau à|
    hut ab vor|complimenti a|felicitaciones a|parabéns a|parabéns para""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_LONGEST = max(phrase.count(" ") for phrase in _PHRASES) + 1  # words in the longest phrase


def handed_to(before: list[str]) -> bool:
    """Whether the words right before a name (``member_cues.words_before``) end in one of the
    hand-over, escalation, pairing or review phrases (see the module docstring)."""
    if not before:
        return False
    words = [w.lower() for w in before[-_LONGEST:]]
    return any(" ".join(words[i:]) in _PHRASES for i in range(len(words)))


# A key that holds a person, right before the value: logfmt "approved_by=", "owner=\"", JSON
# "\"approved_by\": \"", YAML "reviewer: ", camelCase "approvedBy=" (any case).
_PERSON_FIELD = re.compile(
    r"(?:^|[\s,;{(\"'])[a-z]*[_-]?(?:by|owner|assignee|reviewer|approver|author|signer|user|"
    r"username|operator|requester|oncall|on_call)[\"']?[ \t]*[=:][ \t]*[\"']?$",
    re.IGNORECASE,
)
_FIELD_REACH = 40  # characters before the name that may hold the key


def person_field_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the value of a person field of a structured log line,
    JSON or YAML ("approved_by=X", "\"approvedBy\": \"X\"", "reviewer: X"); gated on the
    "=", quote or space right before it."""
    if start == 0 or text[start - 1] not in "=\"' \t:":
        return False
    return _PERSON_FIELD.search(text, max(0, start - _FIELD_REACH), start) is not None
