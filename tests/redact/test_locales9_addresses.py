"""Addresses of the four locales added last (Poland, Sweden, Finland, Turkey), written from each
post's addressing rules (Poczta Polska, PostNord, Posti, PTT) with made-up streets and numbers;
and look-alikes that must survive. Each case names the fragments that would leak."""

from __future__ import annotations

import pytest


def _left(redactor, text: str, fragments: list[str]) -> list[str]:
    out = redactor.redact(text).text
    return [f for f in fragments if f in out]


ADDRESSES = [
    # Poczta Polska: type first (ul., al., pl., os.), flat after "/" or "m.", "NN-NNN Town"
    ("Proszę pisać na ul. Jodłowa 12 m. 4, 31-222 Kraków, dziękuję.", ["Jodłowa", "31-222"]),
    ("Mieszkam przy al. Jana Pawła II 15/3 od roku.", ["Pawła", "15/3"]),
    ("Correspondence: ul. Topolowa 8 lok. 2, 02-511 Warszawa. Thanks", ["Topolowa", "02-511"]),
    ("Dostawa: pl. Wolności 3\n61-738 Poznań", ["Wolności", "61-738"]),
    ("Spotkanie na os. Kopernika 44 o 18.", ["Kopernika"]),
    ("Send it to ul. gen. Józefa Bema 21/7 please", ["Bema"]),
    # PostNord: one-word street with its ending, entrance letter or "lgh NNNN", "NNN NN Town"
    ("Skicka till Rosenvägen 14 lgh 1201, 412 63 Göteborg tack.", ["Rosenvägen", "412 63"]),
    ("Vi bor på Majorsgatan 3 B sedan i våras.", ["Majorsgatan"]),
    ("Adress: Ekstigen 71\n791 31 Falun", ["Ekstigen", "791 31"]),
    ("Leverans till Västra Hamngatan 9, SE-416 64 Göteborg.", ["Hamngatan", "416 64"]),
    # Posti: staircase + flat ("B 12") or "as. 4", "NNNNN Town"
    ("Osoite: Pajukuja 3 B 12, 33720 Tampere.", ["Pajukuja", "33720"]),
    ("Asun osoitteessa Haapatie 21 as. 3 nykyään.", ["Haapatie"]),
    ("Lähetä Orvokkipolku 6 A 2\n40640 Jyväskylä", ["Orvokkipolku", "40640"]),
    ("My flat is at Tervakaari 19, 90570 Oulu.", ["Tervakaari", "90570"]),
    # PTT: neighbourhood, street with type after its name, "No:", "D:", "NNNNN District/City"
    ("Yeni adresim Gül Mah. Nar Sok. No: 14 D: 3 oldu.", ["Nar Sok", "No: 14"]),
    ("Kargo: Şirinevler Mah. Begonya Sokak No:8/2, 34107 Bakırköy/İstanbul", ["Begonya"]),
    ("Ofis: İnönü Cad. No 52 Kat: 4\n35210 Konak/İzmir", ["İnönü", "35210"]),
    ("Toplantı Kuşadası Yolu No: 7 adresinde.", ["Kuşadası Yolu No: 7"]),
    # a numbered street ("1203. Sokak" is an ordinal, no sentence end), district/province alone
    ("Adresim Kazımdirik Mah. 7318. Sokak No: 5 D: 2 Bornova/İzmir", ["7318", "No: 5", "Bornova"]),
    ("Yeni ev: Gül Mah. Nar Sok. No: 14, Konak / İzmir tamam", ["Konak"]),
]


# Typed in lower case in a chat: the abbreviations that are no other word, the plain endings.
ADDRESSES += [
    ("wyślij na ul. leśna 5 m. 2 dzięki", ["leśna 5"]),
    ("mieszkam na os. złote 12 teraz", ["złote 12"]),
    ("skicka till rosenvägen 14 tack", ["rosenvägen"]),
    ("tuu käymään, tervakatu 8 c 3", ["tervakatu"]),
]

# A postcode with its listed town and no street (the code's leading digits are the town's).
ADDRESSES += [
    ("Biuro przeniesione do 00-950 Warszawa w maju.", ["00-950"]),
    ("Vi flyttar till 114 55 Stockholm i höst.", ["114 55"]),
    ("Toimisto on nyt 00100 Helsinki alueella.", ["00100"]),
    # PTT: the code opens with its province's plate code ("34" İstanbul, "06" Ankara)
    ("Yeni ofisimiz 34710 Kadıköy/İstanbul adresinde.", ["34710"]),
    ("Kargo 35210 Izmir'e gitti.", ["35210"]),
]

# The class that fails everywhere: a street name with no type word, framed by a house number
# (and its flat part) before and a postcode with its town after, in each post's code format.
ADDRESSES += [
    ("Ring me at Solrosen 3, 752 37 Uppsala tomorrow.", ["Solrosen", "752 37"]),
    ("Mieszkam Krzywa 5, 60-118 Poznań od lat.", ["Krzywa", "60-118"]),
    ("Write to Łąkowa 9/2, 85-791 Bydgoszcz please.", ["Łąkowa", "85-791"]),
    ("Osoite Kauppatori 12 B 4, 00162 Helsinki nyt.", ["Kauppatori", "00162"]),
    ("Mi trovate Moscova 8, 20141 Milano ogni giorno.", ["Moscova", "20141"]),
    ("Moro em Rossio 12, 1100-200 Lisboa desde março.", ["Rossio", "1100-200"]),
]


@pytest.mark.parametrize(("text", "fragments"), ADDRESSES)
def test_addresses_of_the_new_locales_are_removed(redactor, text, fragments):
    assert _left(redactor, text, fragments) == []


KEPT = [
    ("Kowalski et al. Nature 12 shows the same effect.", "et al. Nature 12"),  # "al." of "et al."
    ("Katie 3 was late again.", "3 was late"),  # a given name ending in "-tie"
    ("Stortorget 2024 var fullt av folk.", "Stortorget 2024"),  # a year after a square's name
    ("İstiklal Caddesi is busy on Sundays.", "İstiklal Caddesi"),  # a famous street, no door
    ("Os 3 melhores livros do ano.", "Os 3 melhores"),  # Portuguese article "Os"
    ("Wynik meczu 2-1, bilety 40-120 zł.", "40-120 zł"),  # score and a price range
    ("Gruppen var 114 55 personer totalt.", "114 55 personer"),  # a count, no street line
    # endings that also end words of prose, unframed (review R5)
    ("Prenez la Sortie 7 puis à gauche.", "Sortie 7"),
    ("Siehe Partie 4 im Anhang.", "Partie 4"),
    ("Aula 3, Laboratori 5 e Auditori 2", "Laboratori 5"),
    ("Ingången 4 är stängd idag.", "Ingången 4"),
    ("Dachrinne 2 ist kaputt.", "Dachrinne 2"),
    ("Başarı Yolu 7 adımda anlatılıyor.", "Yolu 7 adımda"),  # a count after a way word
    ("Plac Zabaw 2 jest nowy.", "Plac Zabaw 2"),  # a playground, not a square's address
    ("vi har partie 2 idag", "partie 2"),  # lower case: only the plain endings
    ("We met in 2024. Sokak is a Turkish word.", "2024. Sokak"),  # a year ends the sentence
    ("Score 10-120 Stockholm won.", "10-120"),  # a Polish-shaped code before a Swedish town
    ("Wynik 12-345 Warszawa wygrała.", "12-345"),  # not Warszawa's leading digits
    ("The 12345 Euro/Dollar rate moved.", "12345 Euro/Dollar"),  # no province
    ("Sold 34710 units in Ankara.", "34710 units"),
    # a one-letter chat speaker is no flat label (review R10)
    ("K: Rappelle au 438 555-0177 demain.", "K: Rappelle au"),
    ("[09:14:05] D: call me on 514 555-0123 later", "[09:14:05] D: call me on"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_lookalikes_of_the_new_locales_survive(redactor, text, kept):
    assert kept in redactor.redact(text).text
