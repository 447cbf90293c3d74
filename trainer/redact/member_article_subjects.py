"""A roster name that is also a frequent word, opening a sentence before a finite verb and
the determiner, preposition or adverb after it: "Fortunato è nel consiglio", "Victoria
atiende hoy los reportes", "Schäfer sitzt dieses Jahr im Vorstand" (dev44 N).

Romance languages, Dutch and German put an article before a singular common noun that is a
sentence's subject ("La victoria llegó", "Der Schäfer sitzt"), so a bare capitalised word
before a verb and its complement is a name; the roster says whose. Position, not wording:
the verb is any lower-case word, the word after it one of a closed class per language. German
writes bare plurals ("Schäfer hüten die Herde"), so after a German determiner the verb must
have the third person singular "-t". English is left out (bare mass nouns: "Hope is the
key") and so are the languages without articles or with a definite suffix (Nordic, Slavic,
Romanian).
"""

from __future__ import annotations

import re

# Words that open a verb's complement, in Spanish, Portuguese, Italian, French, Catalan, Dutch.
ROMANCE_AFTER = tuple(
    """el la los las lo un una unos unas al del hoy ya también le les une des du au
    aujourd'hui déjà aussi il gli nel nella nei nelle della dello alla allo oggi già anche
    o os as um uma no na nos nas ao à hoje já também els avui het de een vandaag ook""".split()
)
# The same for German, after a verb in "-t" (third person singular).
GERMAN_AFTER = tuple(
    """der die das den dem des ein eine einen einem im am heute schon dieses diese diesen
    dieser auch noch jetzt""".split()
)
_LOWER = r"[^\W\d_A-ZÀ-ÞĀ-Ž]"
# The verb: a word of three letters or more that is no English object pronoun ("Mark him as
# absent" is an imperative), or a short auxiliary no other language writes ("è", "é", "ha").
_VERB = rf"(?:è|é|ha|est|ist|(?!(?:him|her|them|you|me|us|it|the)[ \t]){_LOWER}[^\W\d_]{{2,}})"
_ROMANCE = re.compile(rf"[ \t]+{_VERB}[ \t]+(?:{'|'.join(ROMANCE_AFTER)})(?![\w'’-])")
_GERMAN = re.compile(rf"[ \t]+{_LOWER}[^\W\d_]*t[ \t]+(?:{'|'.join(GERMAN_AFTER)})(?![\w'’-])")


def opens_before_complement(text: str, end: int) -> bool:
    """Whether a finite verb and the opening of its complement follow the sentence-initial
    roster word that ends at ``end`` (module doc)."""
    return _ROMANCE.match(text, end) is not None or _GERMAN.match(text, end) is not None
