"""Street corners of Paraguay and Ecuador, and Ecuador's street nomenclature.

Asunción and most Paraguayan towns write a house by its street, its number and the cross street
("Avda. Mcal. López 1234 c/ Brasil", "Tte. Vera 567 esq. España", "casi Perú": near), then the
department or neighbourhood, the town and, in brackets, the four- or six-digit postcode.
Quito's municipal nomenclature (and Ecuador's other cities that adopted it) numbers a house by
its quadrant letter (N, S, E, Oe), the cross-street index and the house ("N34-12",
"Oe5-120"), always followed by the cross street after "y": "Av. Amazonas N34-12 y Av.
República, Quito 170135" (six-digit code, Correos del Ecuador). A corner counts only with a
street-type word or a title abbreviation before the name, or a house number after it and a
corner word other than "c/" ("Colón 1234 casi Perú"), and the corner word after the number,
or with the quadrant number, so "calle 3 y 4 de la lista", "Precio 5000 c/ IVA" and "c/u" stay.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÁÉÍÓÚÑÜ"
_TITLE = (
    r"(?:Mcal|Mariscal|Tte|Teniente|Gral|General|Dr|Cnel|Coronel|Pdte|Presidente|Sgto|Cap|Cptán|"
    r"Sta|Sto|Ing|Prof|Mons|Cdte|Pte|Gdor|Lic)\.?"
)
_WORD = rf"(?:{_TITLE}|[{_UP}][\w'’-]*|\d{{1,2}}[ \t]de)"
_LINK = r"(?:(?:de|del|la|las|los|el)[ \t])"
_NAME = rf"(?:(?:de|del)[ \t](?:(?:la|las|los|el)[ \t])?)?{_WORD}(?:[ \t]{_LINK}*{_WORD}){{0,4}}"
# (Guayaquil's riverside avenue is a "Malecón": "Malecón Simón Bolívar N12-34")
_TYPE = (
    r"(?:Av\.|Avda\.|Avenida|AV\.|[Cc]alle|[Cc]\.|Pasaje|Psje\.|Ruta|Bulevar|Blvd\.|Malec[óo]n)"
)
_STREET = rf"(?:{_TYPE}[ \t]{_NAME}|{_TITLE}[ \t]{_NAME})"
_CROSS = rf"(?:{_TYPE}[ \t])?{_NAME}"
_PLACE = rf"[{_UP}][\w'’-]*(?:[ \t](?:(?:de|del|la|las|los|el)[ \t])*[{_UP}][\w'’-]*){{0,3}}"
_TAIL = rf"(?:,[ \t]{_PLACE}(?![\w'’-])){{0,3}}(?:,?[ \t]?\(\d{{4,6}}\)|,?[ \t]\d{{4,6}}(?![\w-]))?"
_CORNER = re.compile(
    rf"(?<![\w-])(?:{_STREET}(?:[ \t]\d{{1,5}}[A-Za-z]?)?[ \t](?:c/|C/|esq\.|esq|esquina|casi)|"
    # no type: "c/" is also "con" ("Precio 5000 c/ IVA"), so only the other corner words
    rf"{_NAME}[ \t]\d{{1,5}}[A-Za-z]?[ \t](?:esq\.|esq|esquina|casi))[ \t]"
    rf"{_CROSS}{_TAIL}"
)
_QUADRANT = re.compile(
    rf"(?<![\w-])(?P<street>{_STREET}[ \t])?(?:N|S|E|Oe|OE)\d{{1,3}}[A-Z]?-\d{{1,4}}[A-Za-z]?"
    rf"(?![\w-])(?P<cross>[ \t](?:y|e)[ \t]{_CROSS})?{_TAIL}"
)
_DIGIT_BEFORE = re.compile(r"\d[A-Za-z]?[ \t]+$").search
_QUADRANT_GATE = re.compile(r"(?:N|S|E|Oe|OE)\d{1,3}[A-Z]?-\d").search
prefilter.register("corner_word", {"c", "esq", "esquina", "casi"})
prefilter.register("street_type", {"malecón", "malecon"})


def corners(text: str, found: dict[str, list[tuple[int, int]]]) -> list[Hit]:
    """ADDRESS hits for Paraguayan corners (near the ``corner_word`` keywords) and for
    Ecuadorian quadrant numbers (near a ``street_type`` keyword, in text with a dash)."""
    hits: list[Hit] = []
    spans = [(s, e) for s, e in found.get("corner_word", ()) if _corner_key(text, s, e)]
    if spans:
        regions = prefilter.windows(text, spans, before=70, after=110)
        hits += [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_CORNER, text, regions)]
    # a quadrant letter glued to a digit ("N34", "Oe5"): the letter-digit contacts are cached
    if "street_type" in found and any(
        text[s - 1] in "NSEe" for s, _ in prefilter.letter_digit_contacts(text) if s
    ):
        regions = prefilter.windows(text, found["street_type"], before=4, after=70)
        if any(_QUADRANT_GATE(text, s, e) for s, e in regions):
            regions = prefilter.windows(text, found["street_type"], before=4, after=180)
            hits += [
                ("ADDRESS", *m.span())
                for m in prefilter.finditer_in(_QUADRANT, text, regions)
                if m.group("street") or m.group("cross")  # "modelo S10-5" alone is a part
            ]
    return hits


def _corner_key(text: str, s: int, e: int) -> bool:
    """Whether the corner keyword ``text[s:e]`` may join a corner: "c" is also French "c'est",
    so only "c/"; "casi" is also "almost", so only after a house number ("Colón 1234 casi")."""
    word = text[s:e].lower()
    if word == "c":
        return text[e : e + 1] == "/"
    return word != "casi" or _DIGIT_BEFORE(text, max(0, s - 8), s) is not None
