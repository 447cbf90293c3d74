"""Check digits and digit helpers of the ninth set, written from each scheme's definition
(Luhn, Verhoeff, ISO 13616 IBAN mod 97, ISO 7064 MOD 11,10, TFN, BSN elfproef, CPF, NIR, DNI,
codice fiscale, PPSN)."""

from __future__ import annotations

import random
import re
import string

# ---------------------------------------------------------------- check digits


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(body: str) -> str:
    for last in "0123456789":
        if verhoeff_ok(body + last):
            return body + last
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{country}{check:02d}{bban}"


def tfn_ok(digits: str) -> bool:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    if len(digits) != 9:
        return False
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def bsn_ok(digits: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    if len(digits) != 9:
        return False
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def cpf_ok(digits: str) -> bool:
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(digits[i]) * (n + 1 - i) for i in range(n))
        if (s * 10 % 11) % 10 != int(digits[n]):
            return False
    return True


def steuer_id_ok(digits: str) -> bool:  # ISO 7064 MOD 11,10
    if len(digits) != 11 or digits[0] == "0":
        return False
    product = 10
    for ch in digits[:10]:
        s = (int(ch) + product) % 10 or 10
        product = s * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def nir_ok(value: str) -> bool:
    digits = value.replace(" ", "")
    return len(digits) == 15 and 97 - int(digits[:13]) % 97 == int(digits[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    body = value[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return value[-1] == _DNI_LETTERS[int(body) % 23]


_CF_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def cf_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(body):
        n = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CF_ODD[n] if i % 2 == 0 else n
    return chr(65 + total % 26)


def sin_ok(digits: str) -> bool:
    return len(digits) == 9 and luhn_ok(digits)


def ppsn_check(digits: str, second: str = "") -> str:
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=False))
    if second:
        total += 9 * (ord(second) - 64)
    return "W" if total % 23 == 0 else chr(64 + total % 23)


# ---------------------------------------------------------------- helpers


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def digit_windows(number: str, size: int = 4) -> list[str]:
    """Every window of ``size`` consecutive digits of each digit run of ``number`` (digits joined
    by spaces, dots, hyphens, slashes or brackets form one run); a shorter run whole."""
    out: list[str] = []
    for run in digit_runs(number):
        if len(run) < size:
            continue
        out += [run[i : i + size] for i in range(len(run) - size + 1)]
    return list(dict.fromkeys(out))


_RUN = re.compile(r"[0-9](?:[ .\-/()]{0,2}[0-9])*")


def digit_runs(text: str) -> list[str]:
    """Runs of ASCII digits, where digits separated by at most two of ``space . - / ( )``
    belong to one run; the separators are dropped."""
    return [re.sub(r"[^0-9]", "", m) for m in _RUN.findall(text)]


def group(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)
