"""Review of the thirty-seventh set's address and URL change (``test_dev37_A``): the defects a
second reader found, each pinned with the look-alike that must keep its behaviour."""

from __future__ import annotations

import time

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact(redactor: Redactor):
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand and its model at the start of a text or a line is no commune and its Haitian code
        ("Sony HT5000 is great.", "Sony HT5000 is great."),
        ("Bose HT1000 is better.", "Bose HT1000 is better."),
        ("Specs:\nSony HT5000 soundbar, black", "Specs:\nSony HT5000 soundbar, black"),
        (
            "Models compared:\nYamaha HT2010\nSony HT5000",
            "Models compared:\nYamaha HT2010\nSony HT5000",
        ),
        # an unlisted commune on the line after the street line, or after a comma, still counts
        ("12, rue Capois\nLimbé HT1210", "[ADDRESS]"),
        ("Adresse : 12, rue Capois, Limbé HT1210. Merci.", "Adresse : [ADDRESS]. Merci."),
        ("Notre adresse : 31, avenue Pouplard\nPétion-Ville HT6140", "Notre adresse : [ADDRESS]"),
    ],
)
def test_haitian_code_after_a_brand_at_a_line_start(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a five-digit number after the town that a noun follows counts people, no postcode
        ("Pogledaj Titova 5, Mostar 88000 ljudi.", "Pogledaj Titova 5, Mostar 88000 ljudi."),
        # the code closing the line after its town still frames the street
        ("Adresa: Titova 5, Mostar 88000", "Adresa: [ADDRESS]"),
        ("Adresa: Titova 5, Mostar 88000.", "Adresa: [ADDRESS]."),
    ],
)
def test_bosnian_town_code_closes_its_line(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_run_of_boxes_after_commas_is_linear(redact) -> None:
    # "BP 12, BP 12, ...": each box read its comma-separated "quarters" to the end of the text
    # (quadratic: 20,000 characters took 2 s, now ~0.1 s); the quarters after a box are at most
    # four
    unit = "BP 12, "
    redact(unit * 10)
    text = unit * (20_000 // len(unit))
    t = time.process_time()
    redact(text)
    assert time.process_time() - t < 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BP 12, Jacmel HT9110", "[ADDRESS]"),
        # a box's quarter after a comma still closes the line
        ("Écrire à BP 12 Thiès, quartier Médina", "Écrire à [ADDRESS]"),
    ],
)
def test_box_quarters_after_the_bound(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_long_word_after_a_street_type_is_linear(redact) -> None:
    # ``address_numbers._tidy_end`` tried its sentence-end word from every letter of a long run
    # ("Calle AéAé...Aé 5": 20,000 characters took 2.3 s)
    # (now ~25 ms)
    redact("Calle Mayor 5")
    text = "Calle " + "Aé" * 10_000 + " 5"
    t = time.process_time()
    redact(text)
    assert time.process_time() - t < 0.6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence end after the address is still found
        ("Adresse : 5 av. Foch. Paris 75016.", "Adresse : [ADDRESS]."),
        ("Ship it to 45 Baker St. Apt. 4B, London NW1 6XE.", "Ship it to [ADDRESS]."),
        ("I live at 12 St. Kilda Rd, Melbourne VIC 3004.", "I live at [ADDRESS]."),
    ],
)
def test_sentence_end_after_the_address(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flat's "#B" inside an address value is no hashtag: the value goes on to its town
        ("Address: 45 Main St #B, Springfield, IL 62704", "Address: [ADDRESS]"),
        ("Address: 45 Main St, #B, Springfield", "Address: [ADDRESS], Springfield"),
        ("Adresse : 8, ruelle Nazon #A, Jacmel HT9110", "Adresse : [ADDRESS]"),
        # a hashtag after the address still ends it
        ("Adresse : 8, ruelle Nazon, Jacmel HT9110 #entraide", "Adresse : [ADDRESS] #entraide"),
        ("Address: 45 Main St, Springfield, IL 62704 #AI #ML", "Address: [ADDRESS] #AI #ML"),
    ],
)
def test_a_flat_number_after_a_hash_is_no_hashtag(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit or building word after the street's full stop goes on with the address value
        ("Address: 12 Elm Road. Unit C, Springfield", "Address: [ADDRESS], Springfield"),
        ("Adresse : 12 rue de la Paix. Bâtiment B, Paris", "Adresse : [ADDRESS], Paris"),
        ("Adresse: 3 Place Bellecour. Escalier B, Lyon", "Adresse: [ADDRESS], Lyon"),
        # a sentence after it still ends it
        (
            "Nouvelle adresse : 12, rue Capois, Jacmel HT9110. Merci beaucoup #entraide",
            "Nouvelle adresse : [ADDRESS]. Merci beaucoup #entraide",
        ),
        ("Mailing address: 1 Infinite Loop. Cupertino", "Mailing address: [ADDRESS]. Cupertino"),
    ],
)
def test_a_unit_after_the_street_full_stop(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a box number too short for a postcode still takes its post's code and town
        ("Skrytka pocztowa 12, 90-001 Łódź", "[ADDRESS]"),
        (
            "Proszę słać na skrytka pocztowa 120, 90-001 Łódź. Dziękuję.",
            "Proszę słać na [ADDRESS]. Dziękuję.",
        ),
        (
            "Manden la correspondencia a Apartado Postal 518, 58000 Morelia, Mich. Gracias.",
            "Manden la correspondencia a [ADDRESS]. Gracias.",
        ),
        # a count after the town's digits is no code
        (
            "Apdo. 12, Managua 10000 personas asistieron",
            "[ADDRESS], Managua 10000 personas asistieron",
        ),
    ],
)
def test_a_short_box_number_takes_its_code_and_town(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated Perl script with one dictionary word in its name is a file, no site
        ("Run mysql-backup.pl every night.", "Run mysql-backup.pl every night."),
        ("I wrote fix-perms.pl for that.", "I wrote fix-perms.pl for that."),
        ("Use nagios-check.pl on the host.", "Use nagios-check.pl on the host."),
        ("Edit cgi-bin.pl and restart.", "Edit cgi-bin.pl and restart."),
        ("perl sync-ldap.pl", "perl sync-ldap.pl"),
        ("Run MAKEFILE.PL first.", "Run MAKEFILE.PL first."),
        # names and words of no dictionary joined by hyphens stay sites
        ("Pliki na ANNA-NOWAK.PL", "Pliki na [URL]"),
        ("Odwiedź jan-kowalski.pl", "Odwiedź [URL]"),
        ("Odwiedź sklep-rowerowy.pl", "Odwiedź [URL]"),
        ("Strona: kancelaria-nowak.com.pl", "Strona: [URL]"),
        ("Visit annanowak.pl for details.", "Visit [URL] for details."),
        # a dictionary word in a hyphenated name makes a script only after a script cue (the
        # lead's read: with no cue the name is a site, fail closed)
        ("Zobacz backup-kowalski.pl dzisiaj", "Zobacz [URL] dzisiaj"),
        ("Ask about fix-perms.pl today.", "Ask about [URL] today."),
        ("Serwis: fix-kowalski.pl", "Serwis: [URL]"),
    ],
)
def test_hyphenated_perl_scripts_are_no_sites(redact, text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forum post, a reply or a song about a street names nobody's address
        ("Loved your post about Abbey Road, London.", "Loved your post about Abbey Road, London."),
        ("I saw a post on Moi Avenue, Nairobi.", "I saw a post on Moi Avenue, Nairobi."),
        (
            "Please reply with photos of Abbey Road, London.",
            "Please reply with photos of Abbey Road, London.",
        ),
        (
            "I will write a song about Abbey Road, London.",
            "I will write a song about Abbey Road, London.",
        ),
        (
            "Thanks for the notice about Moi Avenue, Nairobi.",
            "Thanks for the notice about Moi Avenue, Nairobi.",
        ),
        # the mail's destination, and a property, still frame the street and town
        ("The hearing notice went to Moi Avenue, Nakuru.", "The hearing notice went to [ADDRESS]."),
        ("Please post it to Kimathi Street, Nyeri.", "Please post it to [ADDRESS]."),
        ("Write to me at Digo Road, Mombasa.", "Write to me at [ADDRESS]."),
        ("Parcels go to Digo Road, Mombasa.", "Parcels go to [ADDRESS]."),
        ("My property is on Kenyatta Avenue, Nakuru.", "My property is on [ADDRESS]."),
    ],
)
def test_a_mail_word_cues_a_street_only_as_its_destination(redact, text, expected) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product, a game, a chapter or a chart place with a "#" rank is no Haitian road
        ("Windows 10 #1 OS in the world.", "Windows 10 #1 OS in the world."),
        ("In Game 7, #23 scored the winner.", "In Game 7, #23 scored the winner."),
        ("Chapter 3, #12 on the list, was good.", "Chapter 3, #12 on the list, was good."),
        ("Track 5 #2 on the charts.", "Track 5 #2 on the charts."),
        ("Season 2, #4 episode was best.", "Season 2, #4 episode was best."),
        ("Ticket 45 #2, Support", "Ticket 45 #2, Support"),
        # a numbered road of Port-au-Prince, or a listed commune closing the line, frames it
        ("Mwen rete Delmas 33, #12, Port-au-Prince", "Mwen rete [ADDRESS]"),
        ("Adresse : Tabarre 27 #5, Tabarre", "Adresse : [ADDRESS]"),
        ("Lakay mwen: Rue Faubert 12 #3, Pétion-Ville", "Lakay mwen: [ADDRESS]"),
    ],
)
def test_a_hash_rank_after_a_number_is_no_haitian_road(redact, text, expected) -> None:
    assert redact(text) == expected
