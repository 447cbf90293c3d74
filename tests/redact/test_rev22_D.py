"""rev22 group D (over-redaction and records) on the default path (rules and the name tagger):
F21 greetings and holiday phrases, F22 breeds, seasons and eponymous venues, F23 counts and
prices read as streets, F24 titles and the role line under a signature, F25 neighbouring words
taken into a span, F16 handle values of records. The review's exact inputs, variants of our
own (made-up names and values) and the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

ROSTER = [
    "Maren Oyelaran",
    "Kwame Boateng",
    "Jan Kowalski",
    "Nguyen Thi Lan",
    "Sofia Marchetti",
    "Ahmed Benali",
    "Elif Yildirim",
    "Pieter de Vries",
]


@pytest.fixture(scope="module")
def default_path() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=True)


# (input, exact expected output)
F21_GREETINGS = [
    ("Mutlu Yıllar! İyi Bayramlar.", "Mutlu Yıllar! İyi Bayramlar."),
    ("Bayramınız mübarek olsun! Hayırlı Cumalar.", "Bayramınız mübarek olsun! Hayırlı Cumalar."),
    ("Chúc Mừng Năm Mới! An Khang Thịnh Vượng.", "Chúc Mừng Năm Mới! An Khang Thịnh Vượng."),
    ("Chuc Mung Nam Moi! Van Su Nhu Y.", "Chuc Mung Nam Moi! Van Su Nhu Y."),
    (
        "Eid Mubarak! Ramadan Kareem to all. Insha Allah we meet soon.",
        "Eid Mubarak! Ramadan Kareem to all. Insha Allah we meet soon.",
    ),
    (
        "Jumma Mubarak everyone. Masha Allah, what a view.",
        "Jumma Mubarak everyone. Masha Allah, what a view.",
    ),
    (
        "Selamat Hari Raya! Minal Aidin Wal Faizin, Mohon Maaf Lahir dan Batin.",
        "Selamat Hari Raya! Minal Aidin Wal Faizin, Mohon Maaf Lahir dan Batin.",
    ),
    (
        "Heri ya Krismasi na Mwaka Mpya! Asante Sana.",
        "Heri ya Krismasi na Mwaka Mpya! Asante Sana.",
    ),
    (
        "Shubh Deepavali! Jai Shri Ram. Sat Sri Akal ji.",
        "Shubh Deepavali! Jai Shri Ram. Sat Sri Akal ji.",
    ),
    (
        "Hope you all have a Merry Christmas! See you next year.",
        "Hope you all have a Merry Christmas! See you next year.",
    ),
    ("Happy Mother's Day! Thank you Mom.", "Happy Mother's Day! Thank you Mom."),
    ("Love you Dad, see you soon.", "Love you Dad, see you soon."),
    ("Mutlu Bayramlar! Hayırlı Ramazanlar.", "Mutlu Bayramlar! Hayırlı Ramazanlar."),
    ("Kurban Bayramı mübarek! Geçmiş Olsun.", "Kurban Bayramı mübarek! Geçmiş Olsun."),
    ("Ramadan Mubarak to you and your family.", "Ramadan Mubarak to you and your family."),
    ("Selamat Idul Fitri! Selamat Tahun Baru.", "Selamat Idul Fitri! Selamat Tahun Baru."),
    ("Krismasi Njema na Mwaka Mpya!", "Krismasi Njema na Mwaka Mpya!"),
    (
        "Happy Diwali! Shubh Navratri and Jai Mata Di.",
        "Happy Diwali! Shubh Navratri and Jai Mata Di.",
    ),
    ("Happy Father's Day, love you Daddy!", "Happy Father's Day, love you Daddy!"),
    ("Shabbat Shalom and Mazel Tov!", "Shabbat Shalom and Mazel Tov!"),
    ("Gong Xi Fa Cai! Cung Chúc Tân Xuân.", "Gong Xi Fa Cai! Cung Chúc Tân Xuân."),
    ("Vạn Sự Như Ý, Sức Khỏe Dồi Dào!", "Vạn Sự Như Ý, Sức Khỏe Dồi Dào!"),
    (
        "Excited about Christmas Eve and Grand Canyon this year.",
        "Excited about Christmas Eve and Grand Canyon this year.",
    ),
]
# A name beside a greeting is still a name; a greeting word alone is not a greeting.
F21_NAMES_KEPT_OUT = [
    ("Eid Mubarak Ahmed Benali and Karim Haddad!", "Eid Mubarak [NAME] and [NAME]!"),
    ("Merry Christmas, Lukas Brandt!", "Merry Christmas, [NAME]!"),
    ("Thanks Mubarak Hussain for the slides.", "Thanks [NAME] for the slides."),
    ("Mutlu Yıllar Elif Yildirim!", "Mutlu Yıllar [NAME]!"),
]
F22_WORDS = [
    (
        "Jack Russell terrier for adoption. Golden Retriever puppies.",
        "Jack Russell terrier for adoption. Golden Retriever puppies.",
    ),
    (
        "Our Gordon Setter and a King Charles Spaniel.",
        "Our Gordon Setter and a King Charles Spaniel.",
    ),
    (
        "Sunny day, Summer vibes, Autumn leaves, Winter is coming.",
        "Sunny day, Summer vibes, Autumn leaves, Winter is coming.",
    ),
    ("Summer is here! Spring has arrived.", "Summer is here! Spring has arrived."),
    ("Winter is here, Summer is over.", "Winter is here, Summer is over."),
    (
        "Parson Russell Terrier and Gordon Setters for sale.",
        "Parson Russell Terrier and Gordon Setters for sale.",
    ),
    ("Our Jack Russell Terrier Max", "Our Jack Russell Terrier Max"),
    (
        "Rosa es mi color favorito. Blanca Navidad. Luz y Paz para todos. Sol y playa.",
        "Rosa es mi color favorito. Blanca Navidad. Luz y Paz para todos. Sol y playa.",
    ),
    (
        "Both Doberman Pinschers were rescued by Anna Kowalczyk.",
        "Both Doberman Pinschers were rescued by [NAME].",
    ),
]
# One rule for a person's name before a venue word: the venue's name, kept whole, both words,
# when an article names it as a place (dev37 N and the lead's narrowing: "the Maria Callas
# Hall" survives; with no article the name is a person's, whole; "[NAME] Pavarotti Arena" never).
F22_VENUES = [
    # no article before the name: read as a person's (Hall, Park, House are surnames too)
    ("Maria Callas Hall, Luciano Pavarotti Arena", "[NAME] Hall, [NAME] Arena"),
    (
        "Concerts at the Maria Callas Hall and the Luciano Pavarotti Arena",
        "Concerts at the Maria Callas Hall and the Luciano Pavarotti Arena",
    ),
    # ... but a member's name is the member dictionary's whatever stands around it
    ("Meet me near the Kwame Boateng Stadium.", "Meet me near the [NAME] Stadium."),
    ("Tickets for the Giuseppe Verdi Auditorium", "Tickets for the Giuseppe Verdi Auditorium"),
    # made-up names (1.33.0: a listed public namesake, "Rosa Parks Center", is kept by
    # namesake_places)
    ("Rosa Pilkington Center and Arthur Ashworth Stadium", "[NAME] Center and [NAME] Stadium"),
    (
        "We played at the Rosa Parks Center and the Arthur Ashe Stadium.",
        "We played at the Rosa Parks Center and the Arthur Ashe Stadium.",
    ),
    (
        "Royal Albert Hall and Madison Square Garden.",
        "Royal Albert Hall and Madison Square Garden.",
    ),
    ("Concert at the City Music Hall tonight.", "Concert at the City Music Hall tonight."),
]
F23_NOT_ADDRESSES = [
    (
        "Price drop: 1299 -> 999 USD. Year range 1990-2024.",
        "Price drop: 1299 -> 999 USD. Year range 1990-2024.",
    ),
    ("Sale: 450 EUR. Model range 2019-2023.", "Sale: 450 EUR. Model range 2019-2023."),
    ("He ran 42 km. Then 5 Miles Road race.", "He ran 42 km. Then 5 Miles Road race."),
    ("We did 10 Miles Run and 3 Days Walk.", "We did 10 Miles Run and 3 Days Walk."),
    ("Then 12 Miles Road run in the hills.", "Then 12 Miles Road run in the hills."),
    ("Now 1250 GBP. Size range L to XL.", "Now 1250 GBP. Size range L to XL."),
]
F23_ADDRESSES = [
    ("I live at 12 Miles Road.", "I live at [ADDRESS]."),
    ("Send it to 42 Oak Street please.", "Send it to [ADDRESS] please."),
    ("Our office: 221 Baker Street, London NW1 6XE", "Our office: [ADDRESS]"),
    ("I live at 12 Miles Road, Leeds LS6 2AB", "I live at [ADDRESS]"),
]
F24_TITLES = [
    (
        "Saludos,\nLic. Rodrigo Alberto Sánchez Villanueva\nGerente de Ventas\nCel. 55 1234 5678",
        "Saludos,\nLic. [NAME]\nGerente de Ventas\nCel. [PHONE]",
    ),
    (
        "Atentamente,\nIng. María Fernanda López Herrera\nDirectora de Operaciones\n"
        "Tel. 55 9876 5432",
        "Atentamente,\nIng. [NAME]\nDirectora de Operaciones\nTel. [PHONE]",
    ),
    (
        "Best,\nDr. Hannah Whitfield\nSenior Product Manager\nM: +44 7700 900123",
        "Best,\nDr. [NAME]\nSenior Product Manager\nM: [PHONE]",
    ),
    (
        "Bewerbung von Frau Dr. med. Hannelore Kleinschmidt-Ostermann",
        "Bewerbung von Frau Dr. med. [NAME]",
    ),
    (
        "Termin bei Herrn Prof. Dr. rer. nat. Joachim Oberländer",
        "Termin bei Herrn Prof. Dr. rer. nat. [NAME]",
    ),
    ("Caro Prof. Avv. Pierluigi Castellaneta,", "Caro Prof. Avv. [NAME],"),
    ("Gentile Dott. Giancarlo Bevilacqua,", "Gentile Dott. [NAME],"),
    (
        "Best regards,\nProf. Dr. Ingrid Halvorsen\nHead of Research\nTel. +47 912 34 567",
        "Best regards,\nProf. Dr. [NAME]\nHead of Research\nTel. [PHONE]",
    ),
    ("Sehr geehrte Frau Dr. Wiebke Thorsen,", "Sehr geehrte Frau Dr. [NAME],"),
    (
        "Cordiali saluti,\nAvv. Lucia Ferraresi\nStudio Legale\nTel. 06 1234 5678",
        "Cordiali saluti,\nAvv. [NAME]\nStudio Legale\nTel. [PHONE]",
    ),
    ("Estimado Lic. Ernesto Zavaleta Ruiz:", "Estimado Lic. [NAME]:"),
    ("Dear Ms Okafor and Mr Lindqvist,", "Dear Ms [NAME] and Mr [NAME],"),
    ("Ms Oyelaran called Mr Boateng", "Ms [NAME] called Mr [NAME]"),
    ("Mrs Whitfield met Dr Okafor today.", "Mrs [NAME] met Dr [NAME] today."),
    ("TC Kimlik No: 10000000146", "TC Kimlik No: [ID]"),
    ("T.C. Kimlik Numarası: 10000000146", "T.C. Kimlik Numarası: [ID]"),
]
F24_KEPT = [
    ("Dr Pepper and Mr. Robot are fine.", "Dr Pepper and Mr. Robot are fine."),
    ("Herr Kowalski und Frau Oyelaran kommen.", "Herr [NAME] und Frau [NAME] kommen."),
    ("Gen. Okafor and Sir Lindqvist arrived.", "Gen. [NAME] and Sir [NAME] arrived."),
    ("Version 2.3.1 released on 2024-05-01, order 12345.", None),
    ("thanks Doc, see you Monday", "thanks [NAME], see you Monday"),  # fail closed: a nickname
]
F25_EDGES = [
    ("maren said she'd come, kwame too", "[NAME] said she'd come, [NAME] too"),
    ("jan will bring cake, maren also", "[NAME] will bring cake, [NAME] also"),
    ("sofia said she'd help, ahmed too", "[NAME] said she'd help, [NAME] too"),
    ("Hi Sofia, quick one", "Hi [NAME], quick one"),
    ("Hi Jan, quick question", "Hi [NAME], quick question"),
    ("Hi Lukas, quick question", "Hi [NAME], quick question"),
    ("Hey Wiebke, are you coming?", "Hey [NAME], are you coming?"),
    ("Hallo Lukas,\nkurze Frage.", "Hallo [NAME],\nkurze Frage."),
    ("Hai Nguyen joined the team today.", "[NAME] joined the team today."),
    ("ping me or @kwame.boateng.official", "ping me or [MENTION]"),
    ("write me or @dana.whitfield.studio", "write me or [MENTION]"),
    ("mail me: dana.whitfield@outlook.com or @danaw", "mail me: [EMAIL] or [MENTION]"),
    (
        "SELECT * FROM users WHERE email='wiebke.thorsen@posteo.de' AND name='Wiebke Thorsen';",
        "SELECT * FROM users WHERE email='[EMAIL]' AND name='[NAME]';",
    ),
    (
        "UPDATE accounts SET email='lukas.brandt@gmail.com' WHERE id=7;",
        "UPDATE accounts SET email='[EMAIL]' WHERE id=7;",
    ),
    ("login=jan.novak@seznam.cz", "login=[EMAIL]"),
    # a word before "=" that names no field is the local part's own: it goes with the address
    ("reply to maren=oyelaran@gmail.com", "reply to [EMAIL]"),
    ("mail me: john=smith@x.de", "mail me: [EMAIL]"),
    (
        "INSERT INTO t (email) VALUES ('x'); UPDATE t SET mail='hannah.whitfield@web.de';",
        "INSERT INTO t (email) VALUES ('x'); UPDATE t SET mail='[EMAIL]';",
    ),
    ("mail me: o'brien.kate@example.com", "mail me: [EMAIL]"),
    ("jane @ example.com", "[EMAIL]"),
]
F16_HANDLES = [
    (
        "user:\n  name: Wiebke Thorsen\n  handle: wthorsen\n  phone: '+49 160 9988776'",
        "user:\n  name: [NAME]\n  handle: [MENTION]\n  phone: '[PHONE]'",
    ),
    (
        '{"first_name": "Lukas", "last_name": "Brandt", "username": "lbrandt88", '
        '"email": "lukas@x.de"}',
        '{"first_name": "[NAME]", "last_name": "[NAME]", "username": "[MENTION]", '
        '"email": "[EMAIL]"}',
    ),
    (
        '{"screen_name": "hannah_w", "user_id": 4412, "verified": false}',
        '{"screen_name": "[MENTION]", "user_id": 4412, "verified": false}',
    ),
    ("login: kasia.wrobel", "login: [MENTION]"),
    ("nick: kasia99, gamertag: xXHannahXx", "nick: [MENTION], gamertag: [MENTION]"),
    ("login failed for user=erik_larsen from host", "login failed for user=[MENTION] from host"),
    ("GET /api?user=jdoe&token=abc", "GET /api?user=[MENTION]&token=abc"),
    ("user_name: hwhitfield\nrole: editor", "user_name: [MENTION]\nrole: editor"),
    ('{"login": "okafor_t", "active": true}', '{"login": "[MENTION]", "active": true}'),
    ("uname=kasia.w ip=10.0.0.1", "uname=[MENTION] ip=[IP]"),
]
F16_KEPT = [
    ("user: root\nhost: db.internal", "user: root\nhost: db.internal"),
    ('{"userName": "admin", "login": true, "user_id": 12345}',) * 2,
    ("Login: please retry later.", "Login: please retry later."),
    ("The username: is required.", "The username: is required."),
    ("user: null\nlogin: 1234", "user: null\nlogin: 1234"),
    ("User: thanks\nAssistant: you are welcome", "User: thanks\nAssistant: you are welcome"),
]

# None: the text comes out as it went in.
CASES_RAW = (
    F21_GREETINGS
    + F21_NAMES_KEPT_OUT
    + F22_WORDS
    + F22_VENUES
    + F23_NOT_ADDRESSES
    + F23_ADDRESSES
    + F24_TITLES
    + F24_KEPT
    + F25_EDGES
    + F16_HANDLES
    + F16_KEPT
)
CASES = [(text, text if expected is None else expected) for text, expected in CASES_RAW]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rev22_group_d(default_path: Redactor, text: str, expected: str) -> None:
    assert default_path.redact(text).text == expected
