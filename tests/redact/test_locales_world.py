"""Postcodes of the posts in ``address_world``'s table (Poland, Sweden, Japan, Chile, Singapore,
Argentina) anchor the street lines before them; the same shapes in prose (scores, prices,
phone fragments) stay. Made-up addresses in each post's layout."""

from __future__ import annotations

import pytest

GONE = [
    ("Adres: ul. Lipowa 14/3, 31-071 Kraków", "Adres: [ADDRESS]"),
    ("Skicka till Storgatan 9, 752 20 Uppsala", "Skicka till [ADDRESS]"),
    ("Address: 2-4-1 Shibakoen, Minato-ku, 〒105-0011 Tokyo", "Address: [ADDRESS]"),
    ("Address: 5-6-7 Umeda, Kita-ku, 530-0001 Osaka", "Address: [ADDRESS]"),
    ("Dirección: Calle Los Aromos 455, depto 21, 7550000 Las Condes", "Dirección: [ADDRESS]"),
    ("Ship to: 21 Tampines Avenue 3, #05-12, Singapore 529760", "Ship to: [ADDRESS]"),
    ("Dirección: Av. Córdoba 2100, piso 4, C1120AAF CABA", "Dirección: [ADDRESS]"),
]


@pytest.mark.parametrize(("text", "expected"), GONE)
def test_world_addresses_go(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


KEPT = [
    "Wynik meczu 10-150 Punkty dla gości",  # a score before a capitalised word, no street
    "Der Preis: 123 45 Kronor",
    "Wir haben 1200000 Besucher gezählt.",
    "Singapore 2024 was hot.",
    "Model C1425 ABC ships in May",
]


@pytest.mark.parametrize("text", KEPT)
def test_world_look_alikes_stay(redactor, assert_kept, text):
    assert_kept(redactor, text)
