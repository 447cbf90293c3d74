"""Cryptocurrency wallet addresses: they identify a person's funds, as an IBAN does, and are
redacted as one (type IBAN).

Anywhere when the address's own checksum proves it:
- Bitcoin P2PKH/P2SH and Tron (USDT-TRC20): base58check, a version byte (0x00 "1...", 0x05
  "3...", 0x41 "T...") and the first four bytes of a double SHA-256 of the payload;
- Bitcoin segwit: bech32 (BIP 173) or bech32m (BIP 350), "bc1..." with its six-character
  checksum;
- Ethereum (and every EVM chain): "0x" and 40 hex digits in EIP-55 mixed case, whose case
  pattern is the Keccak-256 of the lower-case address.
After a cue ("BTC", "ETH", "USDT", "wallet", "bitcoin", "metamask" ...) within a few words, the
shape alone is enough (an all-lower or all-upper 0x address has no case checksum; a typo'd
address is still the person's). A 64-hex transaction hash or a longer token is not one.
"""

from __future__ import annotations

import hashlib
import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_CUES = frozenset(
    """btc eth usdt usdc bitcoin ethereum tether litecoin crypto wallet wallets metamask erc20
    trc20 bep20 binance coinbase carteira billetera cartera portefeuille""".split()
)
prefilter.register("crypto_cue", _CUES)
_CUE_REACH = 40  # characters from the end of a cue to the start of its address

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
_BASE58 = re.compile(r"(?<![\w/.=+-])[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w/+=-])")
_BECH32 = re.compile(r"(?<![\w/.=+-])(?:bc|BC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87}(?![\w/+=-])")
# at most 40 ahead: enough to tell a 26-35 character address from "3pm", and linear on a
# long base58 run (read to its end at every letter-digit contact, it cost quadratic time)
_B58_TAIL = re.compile(r"[1-9A-HJ-NP-Za-km-z]{0,40}")
_ETH = re.compile(r"(?<![\w/.=+-])0[xX][0-9a-fA-F]{40}(?![\w/+=-])")
_VERSIONS = {0x00: "1", 0x05: "3", 0x41: "T"}


def find_crypto_wallets(text: str) -> list[Hit]:
    """IBAN hits on wallet addresses, tried only at the letter-digit contacts ``prefilter``
    found: "0x", "bc1" and a base58 address each hold one (most posts have none)."""
    hits: list[Hit] = []
    seen = -1
    for digit, _ in prefilter.letter_digit_contacts(text):
        if digit < seen:
            continue
        if text[digit : digit + 2] in ("0x", "0X"):
            m, ok = _ETH.match(text, digit), _eip55_ok
        elif text[digit] == "1" and text[max(0, digit - 2) : digit] in ("bc", "BC"):
            m, ok = _BECH32.match(text, digit - 2), _bech32_ok
        else:
            end = _B58_TAIL.match(text, digit).end()
            if end - max(0, digit - 35) < 26:
                seen = end  # "3pm", "A4": no run of 26 base58 characters can hold it
                continue
            start = digit
            while start > 0 and digit - start < 35 and text[start - 1] in _B58_INDEX:
                start -= 1
            m = _BASE58.match(text, start) if text[start] in "13T" else None
            ok = _base58check_ok
        seen = m.end() if m else digit + 1
        if m and (ok(m.group()) or _after_cue(text, m.start())):
            hits.append(("IBAN", m.start(), m.end()))
    return hits


def _after_cue(text: str, start: int) -> bool:
    cue_ends = (end for _, end in prefilter.keywords(text).get("crypto_cue", ()))
    return any(0 <= start - end <= _CUE_REACH for end in cue_ends)


def _base58check_ok(address: str) -> bool:
    """A base58check address of a known version: 25 bytes, checksum = SHA-256d[:4]."""
    n = 0
    for c in address:
        n = n * 58 + _B58_INDEX[c]
    try:
        raw = n.to_bytes(25, "big")
    except OverflowError:
        return False
    if _VERSIONS.get(raw[0]) != address[0]:
        return False
    digest = hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()
    return digest[:4] == raw[21:]


_BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _bech32_ok(address: str) -> bool:
    """BIP 173 / BIP 350: the polymod of the expanded hrp and data is 1 or 0x2bc830a3."""
    if address != address.lower() and address != address.upper():
        return False
    hrp, _, data = address.lower().rpartition("1")
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32_CHARS.index(c) for c in data]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= _BECH32_GEN[i] if (top >> i) & 1 else 0
    return chk in (1, 0x2BC830A3)


def _eip55_ok(address: str) -> bool:
    """EIP-55: mixed case only, a letter upper case exactly where the Keccak-256 nibble of
    the lower-case address is 8 or more. All-lower/all-upper carries no check: False."""
    hex40 = address[2:]
    if hex40 == hex40.lower() or hex40 == hex40.upper():
        return False
    digest = _keccak256(hex40.lower().encode()).hex()
    return all(
        c.isdigit() or c.isupper() == (int(d, 16) >= 8)
        for c, d in zip(hex40, digest[:40], strict=True)
    )


_RC = (
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808A,
    0x8000000080008000,
    0x000000000000808B,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008A,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000A,
    0x000000008000808B,
    0x800000000000008B,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800A,
    0x800000008000000A,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
)
_ROT = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_M = (1 << 64) - 1


def _keccak256(data: bytes) -> bytes:
    """Keccak-256 as Ethereum uses it (the original padding 0x01, not SHA3's 0x06); the
    standard library has only SHA3-256. Addresses are 40 bytes: one 136-byte block."""
    rate = 136
    padded = bytearray(data) + b"\x01" + bytes(-(len(data) + 1) % rate)
    padded[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for off in range(0, len(padded), rate):
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            state[x][y] ^= int.from_bytes(padded[off + 8 * i : off + 8 * i + 8], "little")
        for rc in _RC:
            c = [s[0] ^ s[1] ^ s[2] ^ s[3] ^ s[4] for s in state]
            d = [c[x - 1] ^ ((c[(x + 1) % 5] << 1 | c[(x + 1) % 5] >> 63) & _M) for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    v, r = state[x][y] ^ d[x], _ROT[x][y]
                    b[y][(2 * x + 3 * y) % 5] = (v << r | v >> (64 - r)) & _M if r else v
            for x in range(5):
                for y in range(5):
                    state[x][y] = b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y])
            state[0][0] ^= rc
    out = b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out
