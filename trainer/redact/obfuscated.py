"""E-mail addresses and web sites said aloud or written out to dodge scrapers, in every project
language: "anna underscore berg snabel-a telia punkt se", "jan kropka nowak małpa wp kropka pl",
"bakery-jones dot co dot uk slash menu", "selin-ozkan nokta com nokta tr".

Every such address ends in a dot word and a top-level domain, so the scan starts only where a
dot word ("dot", "punto", "Punkt", "kropka", "piste", "nokta" ...) is followed by a TLD, and
reads the address backwards from there with one bounded pattern: labels joined by the words for
dot, underscore and hyphen, an optional "at" word ("at", "arroba", "snabel-a", "małpa", "et"
...) and the domain. ``detectors.find_emails`` keeps the typed and bracketed forms ("[at]",
"(dot)"); this module adds the spoken words it lacks.

Prose guards (every dot word is also a noun: "point de vue", "the red dot in the corner"): a
site's only label may be no dictionary word (unless a listed name), and a TLD that is itself a
frequent word ("de", "es", "in", "to") must end the clause.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.names import given_names
from trainer.redact.person_words import COMMON, SURNAMES, TOP, TOP_NODICT
from trainer.redact.tlds import delegated_tlds
from trainer.redact.values_words import SPOKEN_AT_WORDS as _AT_WORDS
from trainer.redact.values_words import SPOKEN_DOT_WORDS as _DOT_WORDS

_UNDERSCORE_WORDS = ("underscore", "unterstrich", "guion bajo", "guión bajo", "barra baja",
                     "tiret bas", "trattino basso", "liggend streepje", "traço inferior",
                     "sublinhado", "podkreślnik", "podkreślenie", "understreck", "alaviiva",
                     "alt çizgi")  # fmt: skip
_HYPHEN_WORDS = ("dash", "hyphen", "bindestrich", "guion", "guión", "tiret", "trattino",
                 "streepje", "hífen", "traço", "myślnik", "bindestreck", "väliviiva",
                 "tavuviiva", "tire")  # fmt: skip
_SLASH_WORDS = ("slash", "schrägstrich", "barra", "barre oblique", "schuine streep", "ukośnik",
                "snedstreck", "kauttaviiva", "eğik çizgi")  # fmt: skip
prefilter.register("spoken_dot", frozenset(_DOT_WORDS))
# Generic TLDs people say aloud; any two-letter delegated country code counts too.
_SPOKEN_GENERIC_TLDS = frozenset(
    "com net org info biz edu gov int mil eu io app dev me tv co online site shop blog".split()
)


def _words(words: tuple[str, ...]) -> str:
    return literal_alternation(reversed(words), blank=r"\s+")  # equal lengths: the last first


_LABEL = r"[^\W_](?:[\w-]{0,62}[^\W_])?"
_SEP = rf"(?:\s+(?:{_words(_DOT_WORDS + _UNDERSCORE_WORDS + _HYPHEN_WORDS)})\s+|[._-])"
_DOT = rf"\s+(?:{_words(_DOT_WORDS)})\s+"
_HYPHEN = rf"\s+(?:{_words(_HYPHEN_WORDS)})\s+"  # "bakery dash jones dot com"
_AT = (
    rf"(?:\s+(?P<at>{_words(_AT_WORDS)})\s+"
    rf"|\s*[\[(<{{]\s*(?:{_words(_AT_WORDS)}|@)\s*[\])>}}]\s*|\s+@\s+)"
)
# Read from the TLD backwards: the pattern must end where the TLD ends (``\Z`` on a slice).
_ADDRESS = re.compile(
    rf"(?<![\w.@-])(?:(?P<local>{_LABEL}(?:{_SEP}{_LABEL}){{0,4}}){_AT})?"
    rf"(?P<domain>{_LABEL}(?:(?:{_DOT}|{_HYPHEN}){_LABEL}){{0,4}}){_DOT}"
    rf"(?P<tld>[^\W\d_]{{2,12}})\Z",
    re.IGNORECASE,
)
_PATH = re.compile(rf"(?:\s+(?:{_words(_SLASH_WORDS)})\s+{_LABEL}){{1,4}}", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(\w+)")
# After a frequent-word TLD only punctuation, an opening bracket (a chat line's time stamp) or
# the line's end closes the clause: "point is 12 Harbour Road" or "dot in Berlin" runs on.
_CLAUSE_END = re.compile(r"\s*(?:$|[\n.,;:!?()\[\]\"'«»“”])")
_LOOKBACK = 200  # the longest spoken address read back from its TLD


def find_obfuscated_contacts(text: str) -> list[Hit]:
    """Spoken or written-out e-mail addresses (EMAIL) and web sites (URL); see the module doc."""
    dots = prefilter.keywords(text).get("spoken_dot")
    if not dots:
        return []
    hits: list[Hit] = []
    for dot_start, dot_end in dots:
        tld = _WORD_AFTER.match(text, dot_end)
        if tld is None or not _spoken_tld(tld.group(1)):
            continue
        if tld.group(1).isupper() and not text[dot_start:dot_end].isupper():
            continue  # "ASP dot NET": a product's name; a shouted address is capitals throughout
        end = tld.end()
        m = _ADDRESS.search(text[max(0, dot_start - _LOOKBACK) : end])
        if m is None:
            continue
        if m.group("local") is not None and _is_email(m):
            hits.append(("EMAIL", end - (m.end() - m.start()), end))
        elif _is_site(text, m, end):
            start = end - (m.end() - m.start("domain"))
            path = _PATH.match(text, end)
            hits.append(("URL", start, path.end() if path else end))
    return hits


def _spoken_tld(word: str) -> bool:
    tld = word.lower()
    if not word.isalpha() or not (word.islower() or word.isupper()):
        return False
    return tld in delegated_tlds() and (len(tld) == 2 or tld in _SPOKEN_GENERIC_TLDS)


def _is_email(m: re.Match[str]) -> bool:
    """After a plain "at" (also a word in English, French and Turkish: "lunch at", "Jean et")
    the local part must look like one: several labels, a digit, or no word of a language."""
    local, at = m.group("local"), m.group("at")
    if at is None or fold(at) not in ("at", "et"):
        return True
    return not local.isalpha() or local.lower() not in COMMON


def _is_site(text: str, m: re.Match[str], end: int) -> bool:
    """Every dot word is a noun too ("the red dot in the corner", "ein wichtiger Punkt in der
    Diskussion", "point de vue"), so: a site's only label may be no word of a language unless
    it is a listed given name or surname ("fox dot com"), and a TLD that is a frequent word
    ("in", "de", "to", "se") must end the clause or carry a path; "com", "net" and "org"
    need neither (the Portuguese "com" = "with" follows a frequent word, "o ponto com a")."""
    labels = re.split(_DOT, m.group("domain"), flags=re.IGNORECASE)
    first = labels[0]
    if len(labels) == 1 and (len(first) < 2 or _dictionary_word(first)):
        return False
    tld = fold(m.group("tld"))
    if _frequent(tld) and tld not in ("com", "net", "org"):
        return _CLAUSE_END.match(text, end) is not None or _PATH.match(text, end) is not None
    return True


def _frequent(word: str) -> bool:
    """One of the 300 commonest words of a project language (pl sv fi tr ones included)."""
    return word in TOP or fold(word) in TOP or word in TOP_NODICT


def _dictionary_word(label: str) -> bool:
    """One of a language's 300 commonest words, a dictionary word that no name list holds, or
    a compound of them ("pick-up", "drop-off": "the pick-up point is ...")."""
    if "-" in label:
        return all(_dictionary_word(part) for part in label.split("-") if part)
    word = label.lower()
    if _frequent(word):
        return True
    if word not in COMMON:
        return False
    title = word.title()
    return title not in given_names() and title not in SURNAMES
