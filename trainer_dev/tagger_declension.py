"""Training-time augmentation of the name tagger with DECLINED name forms (tagger v8's recipe).

Icelandic, Baltic, Finnic, Hungarian and Slavic text inflects a person's name for its case
("hjá Sigurði", "Jānim", "su Jonu", "Novákovi", "Kowalskiego"); a generator that writes names in
the nominative alone never shows the tagger those endings. A copy of a training post of such a
locale gets every PERSON/MEMBER value rewritten with each word in one case of its language
(labels follow the rewritten value). The endings are the languages' textbook case suffixes, not
any set's wording; a fixed seed picks posts and cases (reproducible weights, not privacy noise).
"""

from __future__ import annotations

import random

from trainer_dev.tagger_augment import NAME_ITEMS, Variant

# language -> (word ending, its case forms' endings), longest ending first; "" = any word.
# The first matching ending wins; a form is the word less the ending plus one of the endings.
ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "is": (
        ("dóttir", ("dóttur",)), ("son", ("syni", "sonar")), ("ur", ("", "i", "s", "ar")),
        ("ún", ("únar", "úni")), ("ís", ("ísar", "ísi")), ("a", ("u",)), ("", ("s", "i")),
    ),
    "lv": (
        ("š", ("ša", "šam", "šu")), ("is", ("a", "im", "i")), ("s", ("a", "am", "u")),
        ("a", ("as", "ai", "u")), ("e", ("es", "ei", "i")),
    ),
    "lt": (
        ("as", ("o", "ui", "ą", "u")), ("is", ("io", "iui", "į")), ("ys", ("io", "iui", "į")),
        ("us", ("aus", "ui", "ų")), ("a", ("os", "ai", "ą")), ("ė", ("ės", "ei", "ę")),
    ),
    "et": (("", ("ga", "le", "lt", "l", "i")),),
    "fi": (("", ("n", "lle", "lta", "lla")),),
    "hu": (("", ("nak", "nek", "t", "val", "hoz")),),
    "cs": (
        ("ová", ("ové", "ovou")), ("a", ("y", "e", "u", "ou")), ("e", ("i",)),
        ("", ("a", "ovi", "em")),
    ),
    "pl": (
        ("ski", ("skiego", "skiemu", "skim")), ("cki", ("ckiego", "ckiemu", "ckim")),
        ("ska", ("skiej", "ską")), ("cka", ("ckiej", "cką")), ("a", ("y", "ę", "ą")),
        ("", ("a", "owi", "em")),
    ),
    "hr": (("a", ("e", "i", "u", "om")), ("", ("a", "u", "om"))),
}
ENDINGS |= {"sk": ENDINGS["cs"], "sl": ENDINGS["hr"], "sr": ENDINGS["hr"], "bs": ENDINGS["hr"]}
P_DECLINED = 0.5  # a post of a declining language with names gets a declined copy
P_OTHER = 0.15  # a post of another language, with any_locale


def decline_word(word: str, lang: str, rng: random.Random) -> str:
    """``word`` in a random case of ``lang`` (unchanged when it is short or not a word)."""
    if len(word) < 3 or not word.isalpha():
        return word
    for ending, forms in ENDINGS[lang]:
        if word.lower().endswith(ending):
            stem = word[: len(word) - len(ending)] if ending else word
            out = stem + rng.choice(forms)
            return out.upper() if word.isupper() else out
    return word


def declined(post, rng: random.Random, *, any_locale: bool = False) -> list[Variant]:
    """Zero or one copy of ``post`` with its names declined in its locale's language, or
    (``any_locale``, a post of another language) in a declining language drawn at random:
    a language no training set writes (Icelandic held out) still shows its endings."""
    lang = getattr(post, "locale", "").split("_")[0]
    if lang not in ENDINGS:
        if not any_locale or rng.random() >= P_OTHER:
            return []
        lang = rng.choice(sorted(ENDINGS))
    elif rng.random() >= P_DECLINED:
        return []
    text, items, changed = post.text, [], False
    for kind, fragments, value in post.items:
        if kind in NAME_ITEMS and value and value in text:
            new = " ".join(decline_word(w, lang, rng) for w in value.split())
            text, value, changed = text.replace(value, new), new, changed or new != value
        items.append((kind, fragments, value))
    return [Variant(text, items)] if changed else []


ONSETS = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st", "")
VOWELS = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "u", "ai", "au")
CODAS = ("", "", "", "n", "l", "r", "s", "m", "k")
P_NOVEL = 0.25  # a post with names gets a copy whose names are made-up words


def novel_word(word: str, rng: random.Random) -> str:
    """A made-up word of 2-3 syllables, cased as ``word``: a name no list holds, so the
    tagger must read its context (names of a people no generator here has written)."""
    made = "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
        for _ in range(rng.randint(2, 3))
    )
    if word.isupper():
        return made.upper()
    return made.capitalize() if word[:1].isupper() else made


def novel(post, rng: random.Random) -> list[Variant]:
    """Zero or one copy of ``post`` with every word of its names made up (``novel_word``)."""
    names = [v for k, _f, v in post.items if k in NAME_ITEMS and v and v in post.text]
    if not names or rng.random() >= P_NOVEL:
        return []
    text, items = post.text, []
    for kind, fragments, value in post.items:
        if kind in NAME_ITEMS and value and value in text:
            new = " ".join(novel_word(w, rng) if w.isalpha() else w for w in value.split())
            text, value = text.replace(value, new), new
        items.append((kind, fragments, value))
    return [Variant(text, items)]
