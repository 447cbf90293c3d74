"""Vietnamese addresses as Vietnam Post (VNPost) and the administrative units write them, small
to large and comma-separated: house number ("số 12", "12/3A"), lane ("ngõ 45", "ngách 6",
"hẻm 7", "kiệt 3"), street ("đường Lê Lợi", "phố Huế"), a PO box ("Hộp thư số 123"), ward
("phường Bến Nghé", "phường 25", "xã", "thị trấn"), district ("quận 1", "huyện", "thị xã"),
city or province ("TP. Hồ Chí Minh", "thành phố", "tỉnh", or the bare name) and the five-digit
postcode. The unit words are matched in any case and with or without diacritics ("duong Le Loi,
phuong Ben Nghe, quan 1"); the names after them must be capitalised.

A match needs a frame: a house number or lane before a street, or two units in a row ("phường
Dịch Vọng, quận Cầu Giấy"). It never crosses a full stop into the next sentence nor takes a
hashtag.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

# Every upper-case Latin letter Vietnamese writes (precomposed, as text usually holds it).
_UPPER = "".join(
    ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha() and ch < "\u0250"
    or "\u1ea0" <= ch <= "\u1ef9" and ch.isupper()
)
_LOWER = r"[^\W\d_A-Z]"
_NAME_WORD = rf"[{_UPPER}][^\W_]*"  # "Hoàng", "Đằng", "HÀ"
_NAME = rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,4}}"
_NUMBER = r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,3}"
_CODE = r"(?:[ \t,]{1,2}\d{5,6})?(?![\w-])"

_HOUSE = rf"(?i:số|so|nhà|nha|số nhà|so nha)[ \t]{_NUMBER}|{_NUMBER}"
_LANE = rf"(?i:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|hẻm số|hem so)[ \t]{_NUMBER}"
# a numbered street ("đường số 7") or one named for a date ("đường 3 Tháng 2")
_STREET = (
    rf"(?i:đường|duong|phố|pho)[ \t](?:(?i:số|so)[ \t]\d{{1,3}}(?!\w)"
    rf"|(?:\d{{1,2}}[ \t](?=[{_UPPER}]))?{_NAME}(?:[ \t]\d{{1,2}}(?!\w))?)"
)
_BOX = r"(?i:hộp[ \t]thư|hop[ \t]thu)(?:[ \t](?i:số|so))?[ \t]\d{1,6}"
# (the abbreviations "P." and "Q." in capitals only: "see p. 12, p. 14" are pages)
_UNIT_NAME = rf"(?:{_NAME}|\d{{1,2}}(?!\w))"  # "phường Bến Nghé", "quận 1"
_WARD = rf"(?:(?i:phường|phuong|xã|xa|thị[ \t]trấn|thi[ \t]tran)[ \t]|P\.[ \t]?){_UNIT_NAME}"
_DISTRICT = rf"(?:(?i:quận|quan|huyện|huyen|thị[ \t]xã|thi[ \t]xa)[ \t]|Q\.[ \t]?){_UNIT_NAME}"
_CITY = rf"(?i:thành[ \t]phố|thanh[ \t]pho|tỉnh|tinh|TP\.?|T\.P\.)[ \t]?{_NAME}"
_SEP = r"(?:,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t]-[ \t]|[ \t])"
_UNIT = rf"(?:{_BOX}|{_WARD}|{_DISTRICT}|{_CITY})"
# A frame opens the match: house number (or lane) and street, lane and street, street and a
# unit, or two units.
_ADDRESS = re.compile(
    rf"(?<![\w#])(?:(?:(?:{_HOUSE}){_SEP})?(?:(?:{_LANE}){_SEP}){{0,2}}{_STREET}"
    rf"|(?:{_HOUSE}){_SEP}(?:{_LANE})"
    rf"|{_UNIT}(?={_SEP}{_UNIT}))"
    # then every further unit, a bare city or province after a comma, and the postcode
    rf"(?:{_SEP}{_UNIT})*(?:,[ \t]*(?:\r?\n[ \t]*)?(?!(?i:số|so)\b){_NAME})?{_CODE}"
)
# A match that is a street line alone, without a unit after it: "(12) đường Láng"
_STREET_ONLY = re.compile(
    rf"(?P<house>(?P<marked>(?i:số|so|nhà|nha|ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet))?"
    rf"[^,\n]*?{_SEP})?(?P<street>{_STREET})"
)
prefilter.register(
    "vn_unit",
    {"duong", "pho", "ngo", "ngach", "hem", "kiet", "phuong", "quan", "huyen", "thi tran",
     "thi xa", "hop thu"},
)


def vietnamese_addresses(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Vietnamese address lines around the unit words at ``spans``."""
    regions = prefilter.windows(text, spans, before=30, after=220)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_ADDRESS, text, regions):
        if _street_alone(m):
            continue
        hits.append(("ADDRESS", *m.span()))
    return hits


def _street_alone(m: re.Match[str]) -> bool:
    """A street line with no unit after it is an address only with its house number or lane:
    "đường Láng" alone is a street in prose. Typed without diacritics ("duong", "pho", also a
    soup), a bare number before it needs its marker ("so 12 duong Le Loi"): "3 pho Bo" is an
    order."""
    line = _STREET_ONLY.fullmatch(m.group().strip())
    if line is None:
        return False  # a unit follows
    if line.group("house") is None:
        return True
    keyword = line.group("street").split(None, 1)[0].lower()
    return keyword in ("duong", "pho") and line.group("marked") is None
