"""Rebuild ``member_proper_names.txt``: the shipped given names and surnames that the frequent-
word list (``common_words.txt``) holds although no dictionary writes them in lower case, neither
as a headword nor as a form its affix rules derive ("rather", "younger", "slowly", "weniger").

    apt-get install hunspell-en-us hunspell-fr-classical hunspell-de-de hunspell-nl \
        hunspell-es hunspell-it hunspell-pt-br hunspell-pt-pt hunspell-ca hunspell-pl \
        hunspell-cs hunspell-sk hunspell-sl hunspell-hr hunspell-bs hunspell-sr hunspell-hu \
        hunspell-ro hunspell-sv hunspell-da hunspell-no hunspell-lt hunspell-lv hunspell-tr \
        hunspell-id hunspell-sw          # build time only, not at run time; all 26 are needed
    python -m trainer.redact.member_build_words

``common_words.txt`` keeps a frequent word when some Hunspell dictionary holds it after an
inflection is stripped, so it also holds many names ("Teresa", "Charles", "Joshi"); the member
rules read such a name as a word and ask for a person cue before they redact it alone. Hunspell
writes proper names capitalised, so a name that no dictionary holds as a lower-case headword is
a name only (general knowledge of the dictionaries' convention), with one caution: outside the
English, French, German and Dutch dictionaries (which count alone) many dictionaries hold given
names in lower case too ("teresa/S" in es_ES), so there a headword counts as a word only when a
second language holds it as well ("abril": es, pt; "luka": hr, pl, cs). The dictionaries are
those of every language we redact that Debian packages: en_US fr de_DE nl (``_STRICT``) and
es_ES it_IT pt_BR pt_PT ca pl_PL cs_CZ sk_SK sl_SI hr_HR bs_BA sr_Latn_RS hu_HU ro_RO sv_SE da_DK
nb_NO lt_LT lv_LV tr_TR id_ID sw_KE (``_LENIENT``); the build stops if one is missing. Derived
forms come from the suffix rules (``SFX``) applied once to a headword that carries their flag,
its condition checked; prefixes and two-step derivations are not expanded.

Names are compared folded (case and accents aside, as the member rules key them): a name counts
as a word when any lower-case headword folds to it ("cesar" for "César"), fail closed on the
side of keeping the old, cue-asking treatment.
"""

from __future__ import annotations

import argparse
import re
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


def _encoding(aff: Path) -> str:
    """The ``SET`` encoding of a Hunspell ``.aff`` (UTF-8 when none is given)."""
    for line in aff.read_text("latin-1").splitlines():
        if line.startswith("SET "):
            return line.split()[1].replace("microsoft-cp", "cp")
    return "utf-8"


def _flags(text: str, kind: str) -> set[str]:
    """The affix flags of one headword, by the ``.aff``'s ``FLAG`` type."""
    if kind == "long":
        return {text[i : i + 2] for i in range(0, len(text), 2)}
    if kind == "num":
        return set(text.split(","))
    return set(text)


def _dictionary(folder: Path, name: str) -> tuple[dict[str, set[str]], dict[str, list[tuple]]]:
    """One Hunspell dictionary, folded: lower-case headword -> its flags, and the suffix rules by
    the ending they add: (flag, strip, condition) derive inflected forms from a headword."""
    dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
    if not dic.exists() or not aff.exists():
        raise SystemExit(f"{dic}: missing; apt-get install the hunspell dictionaries")
    encoding = _encoding(aff)
    lines = aff.read_text(encoding, errors="replace").splitlines()
    kind = next((ln.split()[1] for ln in lines if ln.startswith("FLAG ")), "char")
    aliases = [ln.split()[1] for ln in lines if ln.startswith("AF ") and len(ln.split()) > 1]
    aliases = aliases[1:]  # the first "AF" line gives their count: "AF 5": flag "3" is the 3rd
    rules: dict[str, list[tuple]] = {}
    for line in lines:
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            strip = "" if parts[2] == "0" else parts[2]
            add = parts[3].split("/", 1)[0]
            add = "" if add == "0" else add
            try:
                cond = re.compile(f"(?:{fold(parts[4])})$") if parts[4] != "." else None
            except re.error:
                cond = None  # a condition we cannot read: the rule applies (fail closed)
            rules.setdefault(fold(add), []).append((parts[1], fold(strip), cond))
    heads: dict[str, set[str]] = {}
    for line in dic.read_text(encoding, errors="replace").splitlines()[1:]:
        head, _, flags = line.split("\t", 1)[0].split(" ", 1)[0].strip().partition("/")
        if aliases and flags.isdigit() and 0 < int(flags) <= len(aliases):
            flags = aliases[int(flags) - 1]
        if head[:1].islower():
            heads.setdefault(fold(head), set()).update(_flags(flags, kind))
    return heads, rules


def _words_of(folder: Path, name: str, keys: set[str]) -> set[str]:
    """The ``keys`` one dictionary accepts in lower case: a headword, or a headword with one of
    its suffix rules applied ("rather", "younger", "slowly": derived forms have no headword)."""
    heads, rules = _dictionary(folder, name)
    found = keys & heads.keys()
    for key in keys - found:
        for cut in range(1, len(key) + 1):  # the ending a rule added: "" up to all but 1 letter
            for flag, strip, cond in rules.get(key[cut:], ()):
                stem = key[:cut] + strip
                if flag in heads.get(stem, ()) and (cond is None or cond.search(stem)):
                    found.add(key)
    return found


def lower_words(keys: set[str], folder: Path = HUNSPELL) -> frozenset[str]:
    """Those of the folded ``keys`` that are lower-case words by the rule of the module
    docstring (each with its -s plural stripped too)."""
    keys = keys | {key[:-1] for key in keys if key.endswith("s")}
    strict = set().union(*(_words_of(folder, n, keys) for n in _STRICT))
    by_language: dict[str, set[str]] = {}
    for name, language in _LENIENT.items():
        by_language.setdefault(language, set()).update(_words_of(folder, name, keys))
    seen: dict[str, int] = {}
    for words in by_language.values():
        for word in words:
            seen[word] = seen.get(word, 0) + 1
    return frozenset(strict) | frozenset(word for word, count in seen.items() if count >= 2)


def proper_names(folder: Path = HUNSPELL) -> list[str]:
    """The folded one-word given names and surnames in ``common_words.txt`` that are no
    lower-case word (an -s plural of a word is a word too: "rivers")."""
    common = {fold(word) for word in word_list("common_words.txt")}
    names = {fold(n) for f in ("given_names.txt", "surnames.txt") for n in word_list(f)}
    words = lower_words(names & common, folder)
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
        "but no Hunspell dictionary writes in lower case, as a headword or a suffix-derived form "
        "(en_US fr de_DE nl alone; es_ES it_IT pt_BR pt_PT ca pl_PL cs_CZ sk_SK sl_SI hr_HR "
        "bs_BA sr_Latn_RS hu_HU ro_RO sv_SE da_DK nb_NO lt_LT lv_LV tr_TR id_ID sw_KE: two "
        "languages of these): names only, folded.",
        "# Source: the Hunspell dictionaries of 26 Debian bookworm packages (hunspell-en-us, "
        "-fr-classical, -de-de, -nl, -es, -it, -pt-br, -pt-pt, -ca, -pl, -cs, -sk, -sl, -hr, "
        "-bs, -sr, -hu, -ro, -sv, -da, -no, -lt, -lv, -tr, -id, -sw); "
        f"built {datetime.now(UTC):%Y-%m-%d} by python -m trainer.redact.member_build_words.",
    ]
    args.out.write_text("\n".join([*header, *names]) + "\n", "utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
