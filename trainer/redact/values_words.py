"""The words people write for the "@" and the "." of an e-mail address or a site, in every
project language: one source for the typed and bracketed forms (``detectors``: "jane [at]
example [dot] com") and the spoken ones (``obfuscated``: "anna snabel-a telia punkt se").
"""

from __future__ import annotations

# "@" named as a word (never prose): es/pt, it, nl, de, fr.
EMAIL_AT_WORDS = ("arroba", "chiocciola", "chiocciolina", "apenstaartje", "apestaartje",
                  "klammeraffe", "arobase")  # fmt: skip
# "." named as a word: en, es/it, pt, de, nl, fr.
EMAIL_DOT_WORDS = ("dot", "punto", "ponto", "punkt", "punt", "point")
# Said aloud, also "at" (en, de "ät"), the Swedish, Polish, Finnish words and French "et".
SPOKEN_AT_WORDS = ("at", "ät", *EMAIL_AT_WORDS, "snabel-a", "snabela", "małpa", "malpa", "et",
                   "kissanhäntä", "miukumauku")  # fmt: skip
SPOKEN_DOT_WORDS = (*EMAIL_DOT_WORDS, "kropka", "piste", "nokta")
