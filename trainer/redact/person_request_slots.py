"""The person a request is passed to: "Please ask X to call me back", "Pidan a X que me llame",
"Merci de demander à X de me rappeler", "Bitte richten Sie X aus", "Ask X about the crates",
"Perguntem a X sobre as caixas", "Vraag X naar de kratten" (dev44 N).

A verb of asking or telling, its object, then the word that opens what is asked (an
infinitive marker or a complementiser: "to", "que", "de", "aus", "om", "about", "sobre"):
the object between them is someone who can be asked, and a name written there goes whatever
the lists say ("Will", "Paloma", "Marco" are words too; "Tavita" is in no list), in capitals
or lower case. Written for many languages at once (the verbs in one tuple, the openers in
another); the name's words are read as in ``person_role_slots`` (``name_shaped``): a team or
an office ("ask Customer Services to") is frequent words and stays.

Gate: the verbs are prefilter keywords ("person_request").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import is_company_token
from trainer.redact.hits import Hit
from trainer.redact.person_role_slots import address_word, name_shaped

# Verbs of asking and telling, with the preposition some languages put before the person.
REQUEST_VERBS = tuple(
    (
        "ask|please ask|could you ask|can you ask|tell|please tell|remind|"
        "pidan a|pida a|pide a|pídale a|pídanle a|pregunten a|pregunte a|preguntad a|"
        "pregunta a|díganle a|dígale a|decidle a|avisen a|avise a|"
        "peçam a|peça a|pede a|perguntem a|pergunte a|pergunta a|digam a|diga a|avisem a|"
        "demander à|demandez à|demande à|dites à|dire à|prévenez|"
        "chiedete a|chieda a|chiedi a|dite a|dica a|avvisate|"
        "richten sie|fragen sie|fragt|frag|bitten sie|sagen sie|"
        "vraag|vraagt|zeg tegen|"
        "fråga|säg till|spørg|spør|"
        "poproś|poproście|zapytaj|zapytajcie|požádejte|zeptejte se|řekněte|"
        "rugați-l pe|rugați-o pe|întrebați-l pe|întrebați-o pe"
    ).split("|")
)
# Words that open what is asked, after the person.
OPENERS = tuple(
    (
        "to|about|for|que|de|d'|d’|sobre|por|para|di|per|se|aus|nach|ob|om|naar|over|att|"
        "at|o|że|żeby|aby|ať|zda|să|dacă|despre"
    ).split("|")
)
prefilter.register("person_request", set(REQUEST_VERBS))
_OPENER_SET = frozenset(OPENERS)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")


def request_names(text: str, found: dict) -> list[Hit]:
    """NAME hits for the object of a verb of asking before what is asked (module doc)."""
    hits: list[Hit] = []
    for _, end in found.get("person_request", ()):
        if text[end : end + 1] != " ":
            continue
        hit = _object(text, end + 1)
        if hit is not None:
            hits.append(hit)
    return hits


def _object(text: str, pos: int) -> Hit | None:
    """The name from ``pos`` up to an opener (``OPENERS``), a title before it left out."""
    words: list[re.Match[str]] = []
    while len(words) < 5:
        m = _WORD.match(text, pos)
        if m is None:
            return None
        word = m.group()
        if word.lower() in _OPENER_SET or (word[:2] in ("d'", "d’") and word[2:3].islower()):
            break
        if text[m.end() : m.end() + 1] != " ":
            return None
        words.append(m)
        pos = m.end() + 1
    else:
        return None
    while words and address_word(words[0].group()):
        words = words[1:]  # "demander à Mme X de": the title stays outside
    if not words:
        return None
    tokens = [w.group().rstrip(".") for w in words]
    if len(tokens) == 1 and tokens[0].islower():
        return None  # "ask bill for details": a word as often as a name
    if not name_shaped(tokens) or any(is_company_token(t) for t in tokens):
        return None
    return ("NAME", words[0].start(), words[-1].end())
