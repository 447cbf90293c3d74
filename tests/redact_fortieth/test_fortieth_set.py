"""Self-test of the fortieth redaction scoring set (never calls the redactor)."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fortieth_ids as ids
from trainer_dev.redaction_sets import fortieth_places as pl
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortieth import (
    KINDS,
    Post,
    check_post,
    leaked,
    make_fortieth_set,
    norm,
)
from trainer_dev.redaction_sets.fortieth_build import (
    BANK_FORMS,
    IBAN_LOCALES,
    LOCALES,
    piece_counts,
)
from trainer_dev.redaction_sets.fortieth_checks import iban_ok, luhn_ok
from trainer_dev.redaction_sets.fortieth_looks import LOOK_CHECKS
from trainer_dev.redaction_sets.fortieth_people import (
    name_tokens,
    person_pools,
    roster,
    roster_tokens,
)

DIGEST = "2d8245fcc308dbeb"
EMAIL_RE = re.compile(r"[a-z0-9._+\-]+@([a-z0-9\-]+\.)+([a-z]+)")
URL_RE = re.compile(r"(https://)?(www\.)?([a-z0-9\-]+\.)+([a-z]+)(/[\w.@\-/]*)?", re.I)


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = make_fortieth_set()
    return members, posts, time.process_time() - start


def test_build_time_and_digest(built):
    members, posts, cpu = built
    assert cpu < 15
    assert set_digest(members, posts) == DIGEST


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(posts) == 5400
    for i, loc in enumerate(LOCALES):
        chunk = posts[i * 450:(i + 1) * 450]
        assert {p.locale for p in chunk} == {loc}
        labelled, free = chunk[:375], chunk[375:]
        for n, p in enumerate(labelled):
            want = KINDS[n % len(KINDS)]
            if want == "IBAN" and loc not in IBAN_LOCALES:
                want = "ID"
            assert 1 <= len(p.items) <= 3 and p.items[0][0] == want
            assert len(p.item_forms) == len(p.items)
        assert all(p.pii_free for p in free)
        plain = [p for p in free if not p.lookalikes]
        assert len(plain) == 30 and all(not re.search(r"\d", p.text) for p in plain)
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)


def _valid(kind, value, form, locale):
    if kind == "EMAIL":
        m = EMAIL_RE.fullmatch(value)
        return bool(m) and m.group(2) in pl.TLDS
    if kind == "URL":
        m = URL_RE.fullmatch(value)
        return bool(m) and m.group(4).lower() in pl.TLDS
    if kind == "PHONE":
        return ids.phone_ok(value, locale)
    if kind == "IP":
        host = value.rsplit(":", 1)[0] if value.count(":") == 1 else value
        ip = ipaddress.ip_address(host)
        return ip.is_private if form == "v4_private" else ip.is_global
    if kind == "CARD":
        return luhn_ok(value) and len(re.sub(r"\D", "", value)) in (15, 16)
    if kind == "IBAN":
        return iban_ok(value)
    if kind == "ID":
        base = form.removesuffix("_bare")
        if base in ids.CHECKERS:
            return ids.CHECKERS[base](value)
        return bool(re.fullmatch(ids.FORMAT_RE[base], value))
    return True


def test_every_value_validates(built):
    _, posts, _ = built
    for p in posts:
        for (kind, frags, value), form in zip(p.items, p.item_forms, strict=True):
            assert _valid(kind, value, form, p.locale), (kind, form, value)
            if kind == "ADDRESS":
                for f in frags:
                    if f.startswith("p:"):
                        body = f[2:]
                        assert re.fullmatch(pl.PC_RE[p.locale], body, re.I) or (
                            form == "box" and re.fullmatch(r"\d{2,4}", body)), (value, f)


def test_check_post_everywhere(built):
    _, posts, _ = built
    assert all(check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    allowed = {"EMAIL": "t", "URL": "t", "PERSON": "t", "MEMBER": "t", "ADDRESS": "tp",
               "IP": "p", "PHONE": "d", "CARD": "d", "IBAN": "d", "ID": "ds"}
    for p in posts:
        for kind, frags, value in p.items:
            assert frags and all(f[0] in allowed[kind] and f[1] == ":" for f in frags)
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)
            for f in frags:
                if f.startswith("d:"):
                    assert re.fullmatch(r"\d{4}", f[2:])
                if f.startswith("s:"):
                    assert not re.search(r"\d{4}", re.sub(r"[ \-./()+]", "", value))


def test_forms_per_kind(built):
    _, posts, _ = built
    forms = Counter()
    for p in posts:
        for (kind, _, _), form in zip(p.items, p.item_forms, strict=True):
            forms[kind, form] += 1
    per_kind = Counter(k for k, _ in forms)
    floors = {"EMAIL": 3, "PHONE": 7, "URL": 4, "IP": 5, "CARD": 7, "IBAN": 2, "ID": 40,
              "PERSON": 6, "MEMBER": 9, "ADDRESS": 4}
    for kind, floor in floors.items():
        assert per_kind[kind] >= floor, (kind, per_kind[kind])


def test_cueless_ids_about_forty_percent(built):
    _, posts, _ = built
    national = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
                if k == "ID" and f not in BANK_FORMS]
    share = sum(f.endswith("_bare") for f in national) / len(national)
    assert 0.33 <= share <= 0.47


def test_piece_counts():
    counts = piece_counts()
    assert set(counts) == {"en", "de", "fr", "es", "nl", "it", "pt", "sv"}
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_and_checks(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(kinds) >= 12 and min(kinds.values()) >= 250, kinds
    for p in posts:
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for value, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if kind == "isbn":
                assert LOOK_CHECKS["isbn"](value)
            if kind == "orgreg":
                for name, check in LOOK_CHECKS.items():
                    prefix = {"siren": "SIREN", "kbo": "KBO", "piva": "P.IVA", "nipc": "NIPC",
                              "ruc": "RUC"}.get(name)
                    if prefix and value.startswith(prefix + " "):
                        assert check(value), value
                if p.locale == "sv_SE":
                    assert LOOK_CHECKS["orgnr"](value)


def test_pools_and_roster_disjoint():
    bad = roster_tokens()
    for loc in LOCALES:
        fem, mal, sur = person_pools(loc)
        assert len(fem) + len(mal) >= 40 and len(sur) >= 40, loc
        assert len(fem) >= 15 and len(mal) >= 15
        for name in fem + mal + sur:
            assert not any(norm(t) in bad for t in name_tokens(name)), name
        assert len(roster(loc)) == 8


def test_person_items_share_no_roster_token(built):
    _, posts, _ = built
    bad = {"t:" + t for t in roster_tokens()}
    for p in posts:
        for kind, frags, _ in p.items:
            if kind == "PERSON":
                assert not bad & set(frags)


def test_determinism(built):
    members, posts, _ = built
    again = make_fortieth_set()
    assert again[0] == members and again[1] == posts


def test_leaked_finds_fragment_and_ignores_background():
    text = "Call me on +43 664 1234567 or see Anna Gruber at Getreidegasse 9, 5020 Salzburg."
    frags = ["d:6641", "t:gruber", "p:5020"]
    assert leaked(text, ["d:6641"], "background")
    assert leaked("ANNA GRÜBER", ["t:gruber"], "")
    assert leaked("5 0 2 0 Salzburg", ["p:5020"], "")
    assert not leaked("[PHONE] and [NAME]", frags, "")
    assert not leaked(text, ["t:gruber"], "Gruber again")
    assert not leaked("Grubers", ["t:gruber"], "")
    assert leaked("6 6 4-1 2", ["d:6641"], "") and not leaked("6a641", ["d:6641"], "")
    post = Post(locale="de_AT", text=text, items=[("PERSON", ["t:gruber"], "Anna Gruber")])
    assert check_post(post) and not post.pii_free


def test_roster_titles_follow_gender(built):
    _, posts, _ = built
    female = {"Ms", "Frau", "Mme", "Sra.", "mevrouw", "Sig.ra", "fru"}
    male = {"Mr", "Herr", "M.", "Sr.", "meneer", "Sig.", "herr"}
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind == "MEMBER" and form == "title":
                title, surname = value.split(" ", 1)
                names = [(n, g) for n, g in enumerate(roster(p.locale)) if g[1] == surname]
                assert names, value
                assert title in (female if names[0][0] % 2 == 0 else male), value
