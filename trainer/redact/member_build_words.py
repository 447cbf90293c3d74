"""Rebuild ``member_proper_names.txt``: the shipped given names and surnames that the frequent-
word list (``common_words.txt``) holds although no dictionary writes them in lower case.

    apt-get install hunspell-en-us hunspell-fr hunspell-de-de hunspell-nl hunspell-es \
        hunspell-it hunspell-pt-br hunspell-pt-pt     # build time only, not at run time
    python -m trainer.redact.member_build_words

``common_words.txt`` keeps a frequent word when some Hunspell dictionary holds it after an
inflection is stripped, so it also holds many names ("Teresa", "Charles", "Joshi"); the member
rules read such a name as a word and ask for a person cue before they redact it alone. Hunspell
writes proper names capitalised, so a name that no dictionary holds as a lower-case headword is
a name only (general knowledge of the dictionaries' convention), with one caution: outside the
English, French, German and Dutch dictionaries (which count alone) many dictionaries hold given
names in lower case too ("teresa/S" in es_ES), so there a headword counts as a word only when a
second language holds it as well ("abril": es, pt; "luka": hr, pl, cs). The dictionaries are
those of every language we redact that Debian packages.

Names are compared folded (case and accents aside, as the member rules key them): a name counts
as a word when any lower-case headword folds to it ("cesar" for "César"), fail closed on the
side of keeping the old, cue-asking treatment.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from trainer.redact.folding import fold
from trainer.redact.member_lists import word_list

HUNSPELL = Path("/usr/share/hunspell")
OUT = Path(__file__).resolve().parent / "member_proper_names.txt"
# Dictionaries that write every proper name capitalised: a lower-case headword is a word.
_STRICT = {"en_US": "en", "fr": "fr", "de_DE": "de", "nl": "nl"}
# Dictionaries that also hold given names in lower case ("teresa/S" in es_ES, "hanne" in
# sv_SE): a headword there counts when a second of these languages holds it too ("luka": hr,
# pl, cs harbour or bow; "abril": es, pt).
_LENIENT = {
    "es_ES": "es", "it_IT": "it", "pt_BR": "pt", "pt_PT": "pt", "ca": "ca", "pl_PL": "pl",
    "cs_CZ": "cs", "sk_SK": "sk", "sl_SI": "sl", "hr_HR": "hr", "bs_BA": "bs",
    "sr_Latn_RS": "sr", "hu_HU": "hu", "ro_RO": "ro", "sv_SE": "sv", "da_DK": "da",
    "nb_NO": "nb", "lt_LT": "lt", "lv_LV": "lv", "tr_TR": "tr", "id_ID": "id", "sw_KE": "sw",
}  # fmt: skip


def _lower_headwords(path: Path) -> frozenset[str]:
    """The folded lower-case headwords of one Hunspell ``.dic`` (plural -s stripped too)."""
    if not path.exists():
        raise SystemExit(f"{path}: missing; apt-get install the hunspell dictionaries")
    words = set()
    for line in path.read_text("utf-8", errors="replace").splitlines()[1:]:
        head = line.split("/", 1)[0].split("\t", 1)[0].strip()
        if head[:1].islower():
            words.add(fold(head))
    return frozenset(words)


def lower_words(folder: Path = HUNSPELL) -> frozenset[str]:
    """Folded keys that are lower-case words by the rule of the module docstring."""
    strict = frozenset().union(*(_lower_headwords(folder / f"{n}.dic") for n in _STRICT))
    by_language: dict[str, set[str]] = {}
    for name, language in _LENIENT.items():
        by_language.setdefault(language, set()).update(_lower_headwords(folder / f"{name}.dic"))
    seen: dict[str, int] = {}
    for words in by_language.values():
        for word in words:
            seen[word] = seen.get(word, 0) + 1
    return strict | frozenset(word for word, count in seen.items() if count >= 2)


def proper_names(folder: Path = HUNSPELL) -> list[str]:
    """The folded one-word given names and surnames in ``common_words.txt`` that are no
    lower-case word (an -s plural of a word is a word too: "rivers")."""
    common = {fold(word) for word in word_list("common_words.txt")}
    names = {fold(n) for f in ("given_names.txt", "surnames.txt") for n in word_list(f)}
    words = lower_words(folder)
    keep = (
        key
        for key in names & common
        if key.isalpha() and key not in words and not (key[-1] == "s" and key[:-1] in words)
    )
    return sorted(keep)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hunspell", type=Path, default=HUNSPELL, help="Hunspell .dic folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    names = proper_names(args.hunspell)
    header = [
        "# Given names and surnames (given_names.txt, surnames.txt) that common_words.txt holds "
        "but no Hunspell dictionary writes in lower case (en_US fr de_DE nl alone; es_ES it_IT "
        "pt_BR/pt_PT two of three): names only, folded.",
        "# Source: Hunspell dictionaries (Debian bookworm hunspell-en-us, -fr, -de-de, -nl, -es, "
        f"-it, -pt-br, -pt-pt); built {datetime.now(UTC):%Y-%m-%d} by python -m "
        "trainer.redact.member_build_words.",
    ]
    args.out.write_text("\n".join([*header, *names]) + "\n", "utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
