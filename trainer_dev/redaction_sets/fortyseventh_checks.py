"""Forty-seventh set: matching (normalise, fragments, leaked) and every check-digit rule.

Each rule is written here from its published definition; the values module draws with them and
the self-test re-runs them on every written value.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

# ----------------------------------------------------------------------------- matching


def normalise(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped, dotless i to i."""
    text = unicodedata.normalize("NFKC", text)
    chars = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            try:
                ch = str(unicodedata.digit(ch))
            except (TypeError, ValueError):
                pass
        chars.append(ch)
    text = "".join(chars).replace("ı", "i").casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


_SEP = re.compile(r"(?<=\d)[ \-./()+]+(?=\d)")


def collapse(text: str) -> str:
    """Separators (space - . / ( ) +) between two digits removed."""
    return _SEP.sub("", text)


def _whole(body: str) -> re.Pattern:
    inner = " ?".join(re.escape(c) for c in body if c != " ")
    return re.compile(r"(?<![0-9a-z])" + inner + r"(?![0-9a-z])")


def frag_matches(text: str, fragment: str, _norm: str | None = None) -> bool:
    """Does one fragment occur in text? t: whole word; p:/s: whole, spaces optional; d: digits
    with separators ignored. Both sides normalised."""
    norm = _norm if _norm is not None else normalise(text)
    kind, body = fragment[:2], normalise(fragment[2:])
    if kind == "t:":
        return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", norm) is not None
    if kind in ("p:", "s:"):
        return _whole(body).search(norm) is not None
    if kind == "d:":
        return body in collapse(norm)
    raise ValueError(fragment)


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and is not in the background."""
    red, back = normalise(redacted_text), normalise(background)
    return any(frag_matches("", f, red) and not frag_matches("", f, back) for f in fragments)


def digit_windows(value: str) -> list[str]:
    """d: fragments: every 4-digit window of each digit run (separators ignored)."""
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for k in range(len(run) - 3):
            w = "d:" + run[k:k + 4]
            if w not in out:
                out.append(w)
    return out


# ----------------------------------------------------------------------------- generic checks


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if k % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(c for c in "0123456789" if luhn_ok(body + c))


def iban_check(country: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - num % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def mod97_10_key(digits: str) -> str:
    """ISO 7064 MOD 97-10 national key (Portuguese NIB, Timor-Leste BBAN): 98 - n*100 mod 97."""
    return f"{98 - int(digits) * 100 % 97:02d}"


def rib_key(bank: str, branch: str, account: str) -> str:
    """French/Monegasque RIB key over digits: 97 - (89 bank + 15 branch + 3 account) mod 97."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def ean13_digit(body12: str) -> str:
    s = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body12))
    return str((10 - s % 10) % 10)


def ean13_ok(code: str) -> bool:
    d = re.sub(r"\D", "", code)
    return len(d) == 13 and ean13_digit(d[:12]) == d[12]


def phone_valid(text: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(num, region)


def email_ok(value: str) -> bool:
    pattern = r"[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}"
    return re.fullmatch(pattern, value) is not None


def url_ok(value: str) -> bool:
    return re.fullmatch(r"(https://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/[a-z0-9-]+)*/?",
                        value) is not None


def ip_ok(value: str) -> bool:
    host = value
    if value.startswith("["):
        host = value[1:value.index("]")]
    elif value.count(":") == 1:
        host = value.split(":")[0]
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# ----------------------------------------------------------------------------- national ids

PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # index = remainder mod 23


def pps_check(seven: str, second: str = "") -> str:
    """Irish PPS number: weights 8..2 over seven digits, the second letter x 9 (A=1 ... W=0)."""
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True))
    if second:
        s += (0 if second == "W" else ord(second) - 64) * 9
    return PPS_LETTERS[s % 23]


def tfn_ok(digits: str) -> bool:
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(digits) == 9 and sum(int(a) * b for a, b in zip(digits, w, strict=True)) % 11 == 0


def medicare_digit(eight: str) -> str:
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    return str(sum(int(a) * b for a, b in zip(eight, w, strict=True)) % 10)


def abn_ok(digits: str) -> bool:
    w = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    d = [int(c) for c in digits]
    d[0] -= 1
    return len(digits) == 11 and sum(a * b for a, b in zip(d, w, strict=True)) % 89 == 0


def nir_key(thirteen: str) -> str:
    return f"{97 - int(thirteen) % 97:02d}"


def siren_ok(digits: str) -> bool:
    return len(digits) in (9, 14) and luhn_ok(digits)


def cpf_digits(nine: str) -> str:
    out = nine
    for n in (10, 11):
        s = sum(int(d) * w for d, w in zip(out, range(n, 1, -1), strict=True))
        r = 11 - s % 11
        out += "0" if r >= 10 else str(r)
    return out[9:]


def cnpj_digits(twelve: str) -> str:
    out = twelve
    for w in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        s = sum(int(d) * k for d, k in zip(out, w, strict=True))
        r = s % 11
        out += "0" if r < 2 else str(11 - r)
    return out[12:]


def cns_ok(digits: str) -> bool:
    """Brazilian Cartao Nacional de Saude: 15 digits, sum of d_i x (15 - i) divisible by 11."""
    return len(digits) == 15 and sum(int(d) * (15 - i) for i, d in enumerate(digits)) % 11 == 0


def bb_agency_digit(four: str) -> str:
    """Banco do Brasil agency check digit: weights 5 4 3 2, 11 - r; 10 -> X, 11 -> 0."""
    r = 11 - sum(int(d) * w for d, w in zip(four, (5, 4, 3, 2), strict=True)) % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def nif_pt_digit(eight: str) -> str:
    r = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1), strict=True)) % 11
    return "0" if r < 2 else str(11 - r)


def niss_digit(ten: str) -> str:
    w = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)
    return str(9 - sum(int(d) * k for d, k in zip(ten, w, strict=True)) % 10)


def steuer_id_ok(digits: str) -> bool:
    """German tax id: 11 digits, first not 0, ISO 7064 MOD 11,10 check digit."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    p = 10
    for d in digits[:10]:
        s = (int(d) + p) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(digits[10])


def steuer_id_digit(ten: str) -> str:
    p = 10
    for d in ten:
        s = (int(d) + p) % 10 or 10
        p = s * 2 % 11
    return str((11 - p) % 10)


def rvnr_digit(eleven: str) -> str:
    """German pension insurance number: area(2) birth date(6) letter serial(2); the letter as
    its two-digit place in the alphabet; weights 2 1 2 5 7 1 2 1 2 1 2 1, digit sums, mod 10."""
    digits = eleven[:8] + f"{ord(eleven[8]) - 64:02d}" + eleven[9:]
    w = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    s = 0
    for d, k in zip(digits, w, strict=True):
        p = int(d) * k
        s += p // 10 + p % 10
    return str(s % 10)


def svnr_digit(serial3: str, date6: str) -> str | None:
    """Austrian social insurance number: weights 3 7 9 (check) 5 8 4 2 1 6, mod 11 (10 unused)."""
    d = serial3 + date6
    w = (3, 7, 9, 5, 8, 4, 2, 1, 6)
    r = sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11
    return None if r == 10 else str(r)


def atu_ok(value: str) -> bool:
    """Austrian VAT id ATU + 8 digits: the last is the check digit."""
    d = value.removeprefix("ATU")
    if not re.fullmatch(r"\d{8}", d):
        return False
    s = 0
    for k, c in enumerate(d[:7]):
        p = int(c) * (2 if k % 2 else 1)
        s += p // 10 + p % 10
    return (10 - (s + 4) % 10) % 10 == int(d[7])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(number: int) -> str:
    return DNI_LETTERS[number % 23]


def nie_letter(prefix: str, seven: str) -> str:
    return dni_letter(int(str("XYZ".index(prefix)) + seven))


def es_account_dc(bank: str, branch: str, account: str) -> str:
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(ten: str) -> str:
        r = 11 - sum(int(a) * b for a, b in zip(ten, w, strict=True)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return one("00" + bank + branch) + one(account)


def cif_control(letter: str, seven: str) -> str:
    """Spanish company CIF: odd places doubled (digit sums), even places added; 10 - units."""
    even = sum(int(seven[k]) for k in (1, 3, 5))
    odd = sum(sum(divmod(int(seven[k]) * 2, 10)) for k in (0, 2, 4, 6))
    d = (10 - (even + odd) % 10) % 10
    return "JABCDEFGHI"[d] if letter in "KPQRSNW" else str(d)


def nuss_check(prov_and_number: str) -> str:
    """Spanish social security number: (province x 10^8 + number) mod 97."""
    return f"{int(prov_and_number) % 97:02d}"


def sin_ok(digits: str) -> bool:
    return len(digits) == 9 and digits[0] not in "08" and luhn_ok(digits)
