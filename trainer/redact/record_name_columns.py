"""Table headers that split a name over columns: "| First | Last |", "Given,Family",
"Imię;Nazwisko", "Ad | Soyad", "Họ | Tên".

Every cell under such a column is a part of a name (review rev22 #8: tagged cell by cell, one
part of each row survived). "First", "Last", "Given", "Family", "Middle" name nothing on their
own ("| Lap | First | Last |" holds times), so a column counts only beside its partner: a
header with a given-name column and a surname column. Such a column has the kind ``NAME_PART``:
``record_tables`` reads its cells as a name's, except a number or a date (``not_name_part``).
"""

from __future__ import annotations

from trainer.redact.person_calendar import CALENDAR
from trainer.redact.record_keys import key_words

# Folded header words (``key_words`` joined by a space) naming the given-name part, each with
# the surname words it pairs with: "Ad" (Turkish) is a name only beside "Soyad", "Ten"
# (Vietnamese) only beside "Họ"; the English words pair with each other.
_ENGLISH_GIVEN = "first|given|forename|forenames|christian name|first name|first names|given name"
_ENGLISH_FAMILY = "last|last name|family|family name|surname|surnames|lname"
_PAIR_WORDS = {
    **dict.fromkeys((*_ENGLISH_GIVEN.split("|"), "fname"), _ENGLISH_FAMILY),
    "imie": "nazwisko", "imiona": "nazwisko", "ad": "soyad", "adi": "soyadi|soyad",
    "isim": "soyisim|soyad", "ten": "ho", "fornavn": "efternavn|etternavn",
    "fornamn": "efternamn", "etunimi": "sukunimi", "keresztnev": "vezeteknev",
    "jmeno": "prijmeni", "krestni jmeno": "prijmeni", "prenom": "nom|nom de famille",
    "prenoms": "nom|nom de famille", "vorname": "nachname|familienname",
    "voornaam": "achternaam", "nombre": "apellido|apellidos|primer apellido",
    "nome": "cognome|sobrenome|apelido|apelidos",
}
_PAIRS = {given: frozenset(family.split("|")) for given, family in _PAIR_WORDS.items()}
_FAMILY_PART = frozenset().union(*_PAIRS.values())
_MIDDLE_PART = frozenset(
    {"middle", "middle name", "middle initial", "tussenvoegsel", "segundo apellido"}
)

Column = tuple[str, bool] | None  # (kind, generic person key), as ``record_tables`` reads it
NAME_PART = "NAME_PART"


def name_part_columns(keys: list[str], columns: list[Column]) -> list[Column]:
    """``columns`` with each unmapped given-name, middle and surname column mapped to a
    ``NAME_PART`` column, when the header pairs a given-name column with a surname column."""
    parts = [" ".join(key_words(key)) for key in keys]
    families = [p for p in parts if p in _FAMILY_PART]
    if not families:
        return columns
    paired = {p for p in parts if p in _PAIRS and not _PAIRS[p].isdisjoint(families)}
    if not paired:
        return columns
    names = paired | _FAMILY_PART | _MIDDLE_PART
    return [
        (NAME_PART, False) if column is None and p in names else column
        for p, column in zip(parts, columns, strict=True)
    ]


def not_name_part(cell: str) -> bool:
    """A cell under a ``NAME_PART`` column that holds no name: a digit ("10:02", "2021") or a
    weekday or month ("| Ad | First | Last |" may hold the days a campaign ran)."""
    return any(c.isdigit() for c in cell) or cell.strip() in CALENDAR
