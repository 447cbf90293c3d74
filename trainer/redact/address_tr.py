"""Turkish address lines, as PTT writes them: the neighbourhood ("Gül Mah.", "Mahallesi"),
the street with its type after the name ("Nar Sok.", "Sokağı", "Cad.", "Caddesi", "Blv.",
"Bulvarı", "Yolu", "Meydanı"), the door number ("No: 12", "No:12/3"), flat and floor ("D: 4",
"Daire 4", "Kat: 2"), then "NNNNN District/Province".

A street type alone names a famous street as often as an address ("İstiklal Caddesi is busy"), so
a line counts with its neighbourhood, with a postcode after it, or with a door number: labelled
("No: 5"), or bare after the post's abbreviation ("Cad. 12") when no word of prose follows it
("Başarı Yolu 5 adımda", "İpek Yolu 2023 projesi" are a count and a year).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_UPPER = "A-ZÇĞİÖŞÜ"
_WORD = rf"[{_UPPER}0-9][\wçğıöşü'’-]*"
_NEIGHBOURHOOD = r"(?:Mahallesi|Mahalle|Mah\.|Mh\.|MAHALLESİ|MAH\.)"
_WAY = (
    r"(?:Caddesi|Cadde|Cad\.|Cd\.|Sokağı|Sokak|Sok\.|Sk\.|Bulvarı|Blv\.|Bul\.|Meydanı|Yolu|"
    r"CADDESİ|CAD\.|SOKAĞI|SOKAK|SOK\.|BULVARI|BLV\.)"
)
_DOOR = r"(?:(?:No|NO|no|Numara)\s?[:.]?\s?)?\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w.,]\d)"
_FLAT = r"(?:,?\s(?:(?:Daire|D|Kat|K|Blok)\b|Apt\.?)\s?[:.]?\s?\w{1,4}\b)"
_TR_LINE = re.compile(
    rf"(?:(?P<hood>(?:{_WORD}\s){{1,3}}{_NEIGHBOURHOOD}),?\s)?"
    rf"(?P<way>(?:(?:{_WORD}|\d{{1,5}}\.)\s){{1,3}}{_WAY})"  # "Lâle Sok.", "1203. Sokak"
    rf"(?:,?\s?(?P<door>{_DOOR}){_FLAT}*)?"
    # the postcode line: "35220 Konak/İzmir", "34000 Fatih / İstanbul"
    rf"(?P<code>(?:,[ \t]?|[ \t]*\n[ \t]*|[ \t])\d{{5}}[ \t]+{_WORD}(?:[ \t]?/[ \t]?{_WORD})?)?"
    # or the district and province alone: "Konak/İzmir"
    rf"(?P<district>(?:,[ \t]?|[ \t])[{_UPPER}][\w'’-]*[ \t]?/[ \t]?[{_UPPER}][\w'’-]*)?"
)
# Neighbourhood alone with a door number: "Gül Mah. No: 5" (a village street line)
_HOOD_DOOR = re.compile(rf"(?:{_WORD}\s){{1,3}}{_NEIGHBOURHOOD},?\s(?:No|NO)\s?[:.]?\s?\d{{1,4}}")
_KEYS = {
    "mah", "mahallesi", "mahalle", "mh", "cad", "cadde", "caddesi", "cd", "sok", "sokak",
    "sokagi", "sk", "bulvari", "blv", "bul", "meydani", "yolu",
}  # fmt: skip
_NEED_STOP = frozenset({"mah", "mh", "cad", "cd", "sok", "sk", "blv", "bul"})
prefilter.register("tr_street", _KEYS)


def turkish_lines(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Turkish address lines around the street or neighbourhood keywords at
    ``spans``."""
    near = [
        (s, e)
        for s, e in spans
        if text[e : e + 1] == "." or text[s:e].lower() not in _NEED_STOP
    ]
    if not near:
        return []
    regions = prefilter.windows(text, near, before=90, after=90)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_TR_LINE, text, regions):
        if m.group("hood") or m.group("code") or _door_ok(text, m):
            hits.append(("ADDRESS", m.start(), m.end()))
    hits += [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_HOOD_DOOR, text, regions)]
    return hits


# The 81 provinces in their plate-code order: PTT's five-digit postcodes open with the
# province's two-digit code ("34710 Kadıköy/İstanbul", "06690 Ankara").
_PROVINCES = """Adana Adıyaman Afyonkarahisar Ağrı Amasya Ankara Antalya Artvin Aydın Balıkesir
    Bilecik Bingöl Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır Edirne Elazığ
    Erzincan Erzurum Eskişehir Gaziantep Giresun Gümüşhane Hakkari Hatay Isparta Mersin İstanbul
    İzmir Kars Kastamonu Kayseri Kırklareli Kırşehir Kocaeli Konya Kütahya Malatya Manisa
    Kahramanmaraş Mardin Muğla Muş Nevşehir Niğde Ordu Rize Sakarya Samsun Siirt Sinop Sivas
    Tekirdağ Tokat Trabzon Tunceli Şanlıurfa Uşak Van Yozgat Zonguldak Aksaray Bayburt Karaman
    Kırıkkale Batman Şırnak Bartın Ardahan Iğdır Yalova Karabük Kilis Osmaniye Düzce""".split()
_ASCII = str.maketrans("ıİğĞşŞçÇöÖüÜ", "iIgGsScCoOuU")
PROVINCE_CODES = {
    form: f"{i:02d}"
    for i, name in enumerate(_PROVINCES, 1)
    for form in (name, name.translate(_ASCII), name.upper())
}
_DISTRICT_PROVINCE = re.compile(
    rf"[ \t]+(?:(?P<district>[{_UPPER}][\w'’-]*)[ \t]?/[ \t]?)?(?P<province>[{_UPPER}][\w'’-]*)"
)


def province_after(text: str, code_end: int) -> int | None:
    """End of "District/Province" or "Province" after the five-digit code ending at ``code_end``
    when the province's plate code opens the postcode ("34710 Kadıköy/İstanbul"), else None."""
    m = _DISTRICT_PROVINCE.match(text, code_end)
    if m is None:
        return None
    province = re.split("['’]", m.group("province"))[0]  # "İzmir'e": a case suffix follows
    if PROVINCE_CODES.get(province) != text[code_end - 5 : code_end - 3]:
        return None
    return m.start("province") + len(province)


_PROSE_AFTER = re.compile(r"\s[a-zçğıöşü]").match


def _door_ok(text: str, m: re.Match[str]) -> bool:
    """A labelled door number, or a bare one after an abbreviated type with no prose after it."""
    door = m.group("door")
    if not door:
        return False
    if door[0].isalpha():
        return True  # "No: 12", "Numara 4"
    abbreviated = m.group("way").endswith(".")
    return abbreviated and not year_like(door) and not _PROSE_AFTER(text, m.end())

