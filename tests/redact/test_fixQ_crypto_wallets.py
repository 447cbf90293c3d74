"""Crypto wallet addresses (``crypto_wallets``) are redacted as [IBAN]: anywhere when their
checksum holds (base58check, bech32/bech32m, EIP-55), after a cue on their shape alone. The
addresses are made up (payload bytes 11..30 and the like) with computed checksums."""

from __future__ import annotations

import pytest

P2PKH = "121QsRpnveZ4bCtDGM4pTK8r3Fqcs93MKu"
P2SH = "35MNGPgm2ywdvBZkC1J64ByH2jmWx9oSUw"
TRON = "TGNohGnKFMgYcUY1fLy1gKGvdenaZTUq2g"
BECH32 = "bc1qv3jkvemgd94xkmrddehhqutjwd682anh7raxua"
BECH32M = "bc1p0puh57mu04l8lqyps2pcfpvxs7ygnz5t3jxcarusjxff89y4j6tscvqdxg"
ETH = "0x7a3b9C2D4e5F60718293a4B5C6d7e8F901234ABC"


@pytest.mark.parametrize("address", [P2PKH, P2SH, TRON, BECH32, BECH32M, ETH])
def test_checksum_valid_address_goes_anywhere(redactor, assert_exact, address):
    assert_exact(redactor, f"send it to {address} please", "send it to [IBAN] please")


@pytest.mark.parametrize(
    "text",
    [
        f"BTC {P2PKH[:-1]}v",  # checksum broken, still the person's typed address
        f"ETH: {ETH.lower()}",
        f"USDT (TRC20) wallet: {TRON[:-1]}h",
        f"my bitcoin address {BECH32[:-1]}q",
    ],
)
def test_shape_after_a_cue_goes(redactor, values, text):
    assert [t for t, _ in values(text)] == ["IBAN"]


@pytest.mark.parametrize(
    "text",
    [
        f"see {P2PKH[:-1]}v for details",  # same shape, checksum fails, no cue
        f"commit {ETH.lower()} fixed it",  # lower-case hex carries no checksum
        f"hash {ETH[:-1]}c is stale",  # mixed case that fails EIP-55
        "tx 0x" + "ab" * 32,  # a 64-hex transaction hash
        f"id {BECH32[:-1]}q here",
    ],
)
def test_same_shape_without_checksum_or_cue_is_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)
