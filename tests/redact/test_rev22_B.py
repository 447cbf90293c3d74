"""Review rev22 (docs/reviews/rev22_default_path_2026-12-04.md), group B: findings #1, #2, #3, #7
and #11 on the default path (the review's roster, name tagger on), with exact outputs; then the
look-alikes each rule must keep."""

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
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=True)


# #1: every Default_Ignorable_Code_Point and the Hangul fillers are folded before detection; the
# output keeps them outside a value and never inside one.
INVISIBLE = [
    (
        "New number, save it: +44\u20637700\u2063900123 — Dana",
        "New number, save it: [PHONE] — [NAME]",
    ),
    (
        "Reach me: dana.whitfield\u2062@outlook.com",
        "Reach me: [EMAIL]",
    ),
    (
        "Thanks Kw\u2063ame Boateng for hosting!",
        "Thanks [NAME] for hosting!",
    ),
    (
        "Ma\ufe0fren Oyelaran 🎉 congrats",
        "[NAME] 🎉 congrats",
    ),
    (
        "mail lukas.brandt\u2061@gmail.com | call +49 171\u20612345678 | Lukas "
        "Bra\u2061ndt came | Kwa\u2061me Boateng came",
        "mail [EMAIL] | call [PHONE] | [NAME] came | [NAME] came",
    ),
    (
        "mail lukas.brandt\u3164@gmail.com | call +49 171\u31642345678 | Kwa\u3164me "
        "Boateng came",
        "mail [EMAIL] | call [PHONE] | [NAME] came",
    ),
    (
        "Ruf an: +49 171\u115f2345678 oder +49 160\uffa09988776",
        "Ruf an: [PHONE] oder [PHONE]",
    ),
    (
        "correo: ana.ruiz\U000e0020@yahoo.es, tel +34 612\u034f345\u17b4678",
        "correo: [EMAIL], tel [PHONE]",
    ),
    (
        "Jan Kow\u2064alski dzwonił: +48 601\u206f234\u2065567",
        "[NAME] dzwonił: [PHONE]",
    ),
    (
        "Elif\u180b Yildirim schrieb an elif\ufe00.y@posteo.de",
        "[NAME] schrieb an [EMAIL]",
    ),
    (
        "Kwame Boateng\u2063 ist da; Kwame\u2063 Boateng auch",
        "[NAME]\u2063 ist da; [NAME] auch",
    ),
]

# #2: the local part before a broken domain goes, with what is left of the domain (email_broken).
EMAIL = [
    (
        "mail lukas.brandt@gmail,com",
        "mail [EMAIL]",
    ),
    (
        "mail lukas.brandt@gmailcom",
        "mail [EMAIL]",
    ),
    (
        "mail lukas.brandt@gmail .com",
        "mail [EMAIL]",
    ),
    (
        "mail lukas.brandt @gmail. com",
        "mail [EMAIL]",
    ),
    (
        "mail lukas.brandt🙂@gmail.com",
        "mail [EMAIL]",
    ),
    (
        "mail lukas.brandt@firma·de",
        "mail [EMAIL]",
    ),
    (
        "lukas.brandt at gmail",
        "[EMAIL]",
    ),
    (
        "mail lukas@[192.168.0.1]",
        "mail [EMAIL]",
    ),
    (
        "schreib an anna_schmidt@web,de oder an j.kowalczyk@wp .pl bitte",
        "schreib an [EMAIL] oder an [EMAIL] bitte",
    ),
    (
        "maria.garcia@hotmail, gracias por todo",
        "[EMAIL], gracias por todo",
    ),
    (
        "contact: priya+news@outlookcom today",
        "contact: [EMAIL] today",
    ),
    (
        "écrivez à marie.dubois (at) orange . fr ou marie.dubois at yahoo",
        "écrivez à [EMAIL] ou [EMAIL]",
    ),
    (
        "ping jan@gmail,com or tom.okafor@[2001:db8::1]",
        "ping [EMAIL] or [EMAIL]",
    ),
    (
        "scrivimi: giulia.romano🌸@libero.it",
        "scrivimi: [EMAIL]",
    ),
]

# #3: handles after a platform's name, no "@" and no URL (platform_handles).
HANDLE = [
    (
        "LinkedIn: /in/hannah-whitfield-8a3b21",
        "LinkedIn: [MENTION]",
    ),
    (
        "linkedin: hannah-whitfield-8a3b21",
        "linkedin: [MENTION]",
    ),
    (
        "find me on LinkedIn as hannah-whitfield-8a3b21",
        "find me on LinkedIn as [MENTION]",
    ),
    (
        "Xing: Hannah_Whitfield2 | Behance: hwhitfield_design",
        "Xing: [MENTION] | Behance: [MENTION]",
    ),
    (
        "Snap: hannah.whit22, BeReal: hwhit",
        "Snap: [MENTION], BeReal: [MENTION]",
    ),
    (
        "my Steam is xX_HannahW_Xx and my PSN HannahWhitfield88",
        "my Steam is [MENTION] and my PSN [MENTION]",
    ),
    (
        "IG: lukas.brandt_fotografie (DM me)",
        "IG: [MENTION] (DM me)",
    ),
    (
        "insta lukasbrandt.photo / tiktok lukas_brandt_official",
        "insta [URL] / tiktok [MENTION]",
    ),
    (
        "Venmo @Dana-Whitfield-3 / CashApp $DanaWhitfield / Revolut @danaw12",
        "Venmo [MENTION] / CashApp [MENTION] / Revolut [MENTION]",
    ),
    (
        "Folgt mir auf Instagram: marta_kowal.art und TikTok marta.kowal",
        "Folgt mir auf Instagram: [MENTION] und TikTok [MENTION]",
    ),
    (
        "Xbox gamertag: SirLancelot77, Twitch: dana_plays, Venmo: tomas-okafor-7",
        "Xbox gamertag: [MENTION], Twitch: [MENTION], Venmo: [MENTION]",
    ),
    (
        "Sígueme en Instagram como ana_ruiz.foto",
        "Sígueme en Instagram como [MENTION]",
    ),
    (
        "my profile: /in/hannah-whitfield-8a3b21 thanks",
        "my profile: [MENTION] thanks",
    ),
]

# #7: coordinates after a home or location cue or in degree notation, what3words, plus codes
# (geo_locations).
GEO = [
    (
        "home coords 51.5033, -0.1276 if you want to drop by",
        "home coords [ADDRESS] if you want to drop by",
    ),
    (
        "GPS of my house: 48.85661, 2.35222 (come by!)",
        "GPS of my house: [ADDRESS] (come by!)",
    ),
    (
        "Adresse secrète: 48.8566° N, 2.3522° E (chez moi)",
        "Adresse secrète: [ADDRESS] (chez moi)",
    ),
    (
        "what3words ///filled.count.soap is my front door",
        "what3words [ADDRESS] is my front door",
    ),
    (
        "Plus code 8FW4V75V+8Q is our farm",
        "Plus code [ADDRESS] is our farm",
    ),
    (
        "Unser Haus: 52.52001,13.40495 – kommt vorbei",
        "Unser Haus: [ADDRESS] – kommt vorbei",
    ),
    (
        "Mi casa está en 40°25′01″N 3°42′14″W, cerca del parque",
        "Mi casa está en [ADDRESS], cerca del parque",
    ),
    (
        "w3w: index.home.raft, plus code: V75V+8Q Paris, 9C3XGV4C+2V",
        "w3w: [ADDRESS], plus code: [ADDRESS] Paris, [ADDRESS]",
    ),
    (
        "Standort: N 47.3769°, E 8.5417° (Wohnung)",
        "Standort: [ADDRESS] (Wohnung)",
    ),
    (
        "lat: 51.5033, lon: -0.1276 is where I live",
        "lat: [ADDRESS] is where I live",
    ),
    (  # nothing names whose position it is: redacted (a place's is kept: test_dev55_C.py)
        "Latitude 48.8566 Longitude 2.3522",
        "Latitude [ADDRESS]",
    ),
    (
        "La nostra casa: 41.90278, 12.49636 – venite!",
        "La nostra casa: [ADDRESS] – venite!",
    ),
]

# #11: passwords after their label, API keys and tokens in their formats (credentials).
SECRET = [
    (
        "Wi-Fi: FRITZ!Box 7590 Brandt, Passwort: sommer2024",
        "Wi-Fi: FRITZ!Box 7590 [NAME], Passwort: [SECRET]",
    ),
    (
        "api_key = sk-proj-3xAmPlEkEy0123456789abcdefABCDEF",
        "api_key = [SECRET]",
    ),
    (
        "AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS [SECRET] / [SECRET]",
    ),
    (
        "mot de passe : soleil123, merci",
        "mot de passe : [SECRET], merci",
    ),
    (
        "contraseña: Perro_2023 y usuario lukas",
        "contraseña: [SECRET] y usuario lukas",
    ),
    (
        "pwd=Xy!9kq and password is hunter2",
        "pwd=[SECRET] and password is [SECRET]",
    ),
    (
        "Das WLAN-Passwort lautet Zitrone!77 – viel Spaß",
        "Das WLAN-Passwort lautet [SECRET] – viel Spaß",
    ),
    (
        "Passwort: sommer",
        "Passwort: [SECRET]",
    ),
    (
        "token ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8 and xoxb-123456789012-"
        "abcdefABCDEF and AIzaSyD1234567890abcdefghijklmnopqrstuv",
        "token [SECRET] and [SECRET] and [SECRET]",
    ),
    (
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3"
        "I9PlFUP0THsR8U",
        "jwt [SECRET]",
    ),
    (
        "Authorization: Bearer abcDEF123456ghiJKL789 ok",
        "Authorization: Bearer [SECRET] ok",
    ),
    (
        "stripe sk_live_51HxYzAbCdEfGhIjKlMn0123 and client_secret: a1b2c3d4e5f6g7h8i9j0",
        "stripe [SECRET] and client_secret: [SECRET]",
    ),
    (
        "Hasło do wifi: Kot!2024, şifre: Deniz_99",
        "Hasło do wifi: [SECRET], şifre: [SECRET]",
    ),
    (
        "wachtwoord = Fiets#42 en senha: banana77",
        "wachtwoord = [SECRET] en senha: [SECRET]",
    ),
    (
        "ASIAY34FZKBOKMUTVV7A then aws_secret_access_key=je7MtGbClwBF/2Zp9Utk/"
        "h3yCo8nvbEXAMPLEKEY",
        "[SECRET] then aws_secret_access_key=[SECRET]",
    ),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234\nabcd\n-----END "
        "RSA PRIVATE KEY-----\nthanks",
        "[SECRET]\nthanks",
    ),
    (
        "Das Passwort für das Gäste-WLAN: Zitrone!77",
        "Das Passwort für das Gäste-WLAN: [SECRET]",
    ),
    (
        "password for the guest wifi: hunter22 ok",
        "password for the guest wifi: [SECRET] ok",
    ),
    (
        "mot de passe du réseau : soleil123",
        "mot de passe du réseau : [SECRET]",
    ),
]

# Values other rules type keep their type: an e-mail in a log line after "password reset", a
# mention after "key=", a UPI address (ids_upi) with no TLD.
TYPED = [
    (
        'password reset requested user="[brandon.bishop5@yahoo.com](mailto:brandon.'
        'bishop5@yahoo.com)" req=b95',
        'password reset requested user="[[EMAIL]](mailto:[EMAIL])" req=b95',
    ),
    (
        "17/12/2026 04:19 INFO deploy-bot approved_by=@eschneider build=b01800",
        "17/12/2026 04:19 INFO deploy-bot approved_by=[MENTION] build=b01800",
    ),
    (
        "pay me via UPI lakshmi.sing@okicici please",
        "pay me via [ID] please",
    ),
    (
        "tip jar: arjun_dsou@okicici",
        "tip jar: [ID]",
    ),
]

# Look-alikes: code and package pins, platform words in prose, measurements, prices, versions,
# hashes, password words in prose: kept as written.
KEPT = [
    "I ❤\ufe0f this 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f "
    "team, version 1.2.3",
    "npm i lodash.merge@4.6.2 and react@18, icon.svg@2x, root@server, pkg@next,"
    " X.T@W, lodash.merge@latest",
    "see notes.md and me @ home, meet at 5",
    "I worked at gmail for years; e.g. at gmail; meet at yahoo HQ",
    "LinkedIn is great, I use Instagram daily, Steam: 20% off, Xbox 360 and "
    "Xbox One, GitHub Actions",
    "Snap a photo, steam the milk, on Snap as well, Reddit: r/python, YouTube: 1.2M views",
    "ig that is fine; Steam sale starts Thursday; Threads is new; Epic Games store; $AAPL up 3%",
    "cd /usr/in/bin; the input/in/out folder",
    "values 0.1234, 0.5678 and 12.345, 67.890 in the table; pi 3.14159, e 2.71828",
    "Price 1,299.00 USD; version 2.4.1, 3.10.12; temp 20°C, angle 45° to the N",
    "Order 12345678+12; 22222222+22; C++ and A+B",
    "lat 12.3456789, lon 190.123456; home 1-0 away",
    "The password is wrong. Password: required. password: ******. Forgot "
    "your password? Reset password: click here",
    "Password manager tips: use a passphrase. My password is too long.",
    "sk-learn is a typo, the token is ready, secret: family recipe, version 1.2.3, order 123456",
    "git commit abcdef1234567890abcdef1234567890abcdef12, sha256 e3b0c44298fc1c149afbf4"
    "c8996fb92427ae41e4649b934ca495991b7852b855",
    "I lost my password again; password reset done; the token economy; a secret recipe",
    "near Spotify – Distansarbete har förändrat hur vi arbetar",
]


@pytest.mark.parametrize(("text", "expected"), INVISIBLE + EMAIL + HANDLE + GEO + SECRET + TYPED)
def test_rev22_group_b_value_is_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_rev22_group_b_look_alike_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
