"""Table headers that split a name over columns: "| First | Last |", "Given,Family",
"Imię;Nazwisko", "Ad | Soyad", "Họ | Tên".

Every cell under such a column is a part of a name (review rev22 #8: tagged cell by cell, one
part of each row survived). "First", "Last", "Given", "Family", "Middle" name nothing on their
own ("| Lap | First | Last |" holds times), so a column counts only beside its partner: a
header with a given-name column and a surname column. Such a column has the kind ``NAME_PART``:
``record_tables`` reads its cells as a name's, except a cell with a digit ("| 1 | 10 | 20 |").
"""

from __future__ import annotations

from trainer.redact.record_keys import key_words

# Folded header words (``key_words`` joined by a space) that name the given-name part ...
_GIVEN_PART = frozenset(
    "first|given|forename|forenames|christian name|first names|given names|"
    "imie|imiona|ad|adi|isim|fornavn|fornamn|etunimi|ten|keresztnev|jmeno|krestni jmeno|"
    "prenom|prenoms|vorname|vornamen|voornaam|voornamen|nombre|nombres|nome|nomi".split("|")
)
# ... and the surname part ("middle" joins them when both are there).
_FAMILY_PART = frozenset(
    "last|family|surname|surnames|nazwisko|soyad|soyadi|efternavn|etternavn|efternamn|"
    "sukunimi|ho|vezeteknev|prijmeni|nom|nom de famille|nachname|familienname|achternaam|"
    "apellido|apellidos|cognome|sobrenome|apelido|apelidos".split("|")
)
_MIDDLE_PART = frozenset({"middle", "middle name", "middle initial", "tussenvoegsel"})

Column = tuple[str, bool] | None  # (kind, generic person key), as ``record_tables`` reads it
NAME_PART = "NAME_PART"


def name_part_columns(keys: list[str], columns: list[Column]) -> list[Column]:
    """``columns`` with each unmapped given-name, middle and surname column of a header that
    has both a given-name and a surname column mapped to a ``NAME_PART`` column."""
    parts = [" ".join(key_words(key)) for key in keys]
    if not any(p in _GIVEN_PART for p in parts) or not any(p in _FAMILY_PART for p in parts):
        return columns
    return [
        (NAME_PART, False)
        if column is None and (p in _GIVEN_PART or p in _FAMILY_PART or p in _MIDDLE_PART)
        else column
        for p, column in zip(parts, columns, strict=True)
    ]
