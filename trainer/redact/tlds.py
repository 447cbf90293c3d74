"""Every delegated top-level domain, from the Public Suffix List inside ``publicsuffixlist``.

The list is read from the package's bundled snapshot (``public_suffix_list.dat``), offline: no
network fetch, ever. Only the ICANN section counts (delegated TLDs); the private section holds
registrable names such as ``github.io``, which are domains, not TLDs. Updating the package
updates the list; ``tld_list_version()`` names the snapshot for the manifest.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata, resources

# TLDs that are far more often file extensions or words glued to a full stop than domains:
# a bare "main.py" or "notes.md" is a file. With a scheme, "www." or a path they still count.
FILE_EXTENSION_TLDS = frozenset(
    "py sh md rs pl pm ps so cc ml mk am zip mov txt csv json yaml yml cfg ini log".split()
)


@cache
def delegated_tlds() -> frozenset[str]:
    """Lower-case TLDs of the ICANN section (IDN TLDs in Unicode and in ``xn--`` form)."""
    text = resources.files("publicsuffixlist").joinpath("public_suffix_list.dat").read_text("utf-8")
    # The markers sit in "// ===BEGIN ICANN DOMAINS===" comment lines: start after the line, or
    # its tail would be read as a TLD.
    start = text.index("\n", text.index("===BEGIN ICANN DOMAINS==="))
    end = text.index("===END ICANN DOMAINS===")
    tlds: set[str] = set()
    for line in text[start:end].splitlines():
        entry = line.strip()
        if not entry or entry.startswith("//"):
            continue
        tld = entry.rsplit(".", 1)[-1].lower()  # "co.za": .za itself has no line of its own
        tlds.add(tld)
        if not tld.isascii():
            tlds.add(tld.encode("idna").decode("ascii"))
    return frozenset(tlds)


def bare_domain_tlds() -> frozenset[str]:
    """TLDs a bare domain (no scheme, no ``www.``) may end in."""
    return delegated_tlds() - FILE_EXTENSION_TLDS


def tld_list_version() -> str:
    """``publicsuffixlist`` version: its date suffix names the bundled snapshot."""
    return f"publicsuffixlist {metadata.version('publicsuffixlist')}"
