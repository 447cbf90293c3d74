"""Checks on the thirty-fifth scoring set itself (never on a redactor)."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtyfifth as T
from trainer_dev.redaction_sets import thirtyfifth_ids as I
from trainer_dev.redaction_sets import thirtyfifth_looks as L
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtyfifth_build import roster_tokens
from trainer_dev.redaction_sets.thirtyfifth_contact import (
    REGION,
    email_ok,
    phone_valid,
    url_ok,
)
from trainer_dev.redaction_sets.thirtyfifth_core import collapse, frag_matches, normalise
from trainer_dev.redaction_sets.thirtyfifth_people import fold
from trainer_dev.redaction_sets.thirtyfifth_places import postcode_ok

PINNED = "1e252bb06693b318"
FORMS = {
    "EMAIL": {"plain", "angle", "mailto"},
    "PHONE": {"intl", "national", "compact", "dotted", "dashed", "intl_zero"},
    "URL": {"https_host", "https_slug", "www", "bare"},
    "IP": {"v4", "v4_private", "v4_port", "v6", "v6_full"},
    "CARD": {"visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
             "mc_compact", "amex"},
    "IBAN": {"iban_print", "iban_compact"},
    "PERSON": {"full", "title", "lower", "initial", "surname_given", "given"},
    "MEMBER": {"full", "given", "surname", "initial", "handle", "possessive", "lower", "folded",
               "title"},
    "ADDRESS": {"one", "multi", "street_town", "box"},
}  # fmt: skip
ID_OK = {
    "ssn": I.ssn_ok, "mbi": I.mbi_ok, "nino": I.nino_ok, "nhs": I.nhs_ok,
    "steuer_id": I.steuer_ok, "kvnr": I.kvnr_ok, "rrn": I.be_rrn_ok, "niss": I.be_rrn_ok,
    "dni": I.dni_ok, "nie": I.dni_ok, "nuss": I.nuss_ok, "cpf": I.cpf_ok, "cns": I.cns_ok,
    "cf": I.cf_ok, "tessera": I.tessera_ok, "bsn": I.bsn_ok, "bsn_dotted": I.bsn_ok,
    "za_id": I.za_id_ok, "za_id_spaced": I.za_id_ok, "tc": I.tc_ok,
    "ke_id": lambda v: re.fullmatch(r"[1-3]\d{7}", v) is not None, "kra_pin": I.kra_ok,
    "ci": I.uy_ci_ok, "ci_plain": I.uy_ci_ok,
    "routing_account": lambda v: I.aba_ok(v.split()[0]) and v.split()[1].isdigit(),
    "acct_za": lambda v: re.fullmatch(r"\d{6} \d{10}", v) is not None,
    "acct_ke": lambda v: re.fullmatch(r"01\d{11}|11\d{8}", v) is not None,
    "acct_uy": lambda v: re.fullmatch(r"\d{9}-\d{5}", v) is not None,
}  # fmt: skip
FLOORS = {"EMAIL": 700, "PHONE": 700, "URL": 700, "IP": 700, "CARD": 700, "IBAN": 350,
          "ID": 900, "PERSON": 700, "MEMBER": 700, "ADDRESS": 700}  # fmt: skip


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_thirtyfifth_set()
    return members, posts, time.process_time() - start


def test_build_time(built):
    assert built[2] < 15


def test_the_scored_build_is_pinned(built):
    members, posts, _ = built
    assert set_digest(members, posts) == PINNED


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    for loc in T.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        plain = [p for p in free if not p.lookalikes]
        assert len(plain) == 30
        assert all(not any(c.isdigit() for c in p.text) for p in plain)
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        for j, p in enumerate(labelled):
            assert 1 <= len(p.items) <= 3
            want = T.KINDS[j % len(T.KINDS)]
            if want == "IBAN" and loc not in T.IBAN_LOCALES:
                assert p.items[0][0] == "ID" and p.item_forms[0].startswith(("routing", "acct"))
            else:
                assert p.items[0][0] == want
        if loc not in T.IBAN_LOCALES:
            assert not any(k == "IBAN" for p in mine for k, _, _ in p.items)
    assert len({p.genre for p in posts}) == 6


def test_check_post_and_fragments(built):
    _, posts, _ = built
    for p in posts:
        assert T.check_post(p)
        values = [v for _, _, v in p.items]
        for kind, frags, value in p.items:
            assert value in p.text
            assert not any(v != value and value in v for v in values)
            bg = p.text.replace(value, " ")
            for f in frags:
                assert f[:2] in ("t:", "p:", "d:", "s:")
                assert T.leaked(p.text, [f], bg), (f, p.text)
                assert not T.leaked(bg, [f], bg)
            if kind == "ADDRESS":
                assert all(f[:2] in ("t:", "p:") for f in frags)
        masked = p.text
        for v in values:
            masked = masked.replace(v, "\x00")
        assert all(x in masked for x in p.lookalikes)


def test_forms_coverage(built):
    _, posts, _ = built
    seen: dict[str, set] = {}
    bare = total_ids = 0
    for p in posts:
        for (kind, _, _), form in zip(p.items, p.item_forms, strict=True):
            seen.setdefault(kind, set()).add(form)
            if kind == "ID" and not form.startswith(("routing", "acct")):
                total_ids += 1
                bare += form.endswith("_bare")
    for kind, forms in FORMS.items():
        assert seen[kind] == forms, kind
    assert 0.33 < bare / total_ids < 0.47


def _address_ok(locale, value, frags):
    pcs = [f[2:] for f in frags if f.startswith("p:")]
    street = [f for f in frags if f.startswith("t:")]
    return (
        street
        and all(postcode_ok(locale, pc) or pc.isdigit() for pc in pcs)
        and (not pcs or postcode_ok(locale, pcs[-1]))
    )


def test_every_value_revalidated(built):
    _, posts, _ = built
    for p in posts:
        region = REGION[p.locale]
        for (kind, frags, v), form in zip(p.items, p.item_forms, strict=True):
            if kind == "EMAIL":
                addr = v.removeprefix("mailto:").strip("<>")
                assert email_ok(addr), v
            elif kind == "PHONE":
                assert phone_valid(v, region), v
            elif kind == "URL":
                assert url_ok(v), v
            elif kind == "IP":
                addr = frags[0][2:]
                ip = ipaddress.ip_address(addr)
                assert v.startswith(addr)
                if form == "v4_private":
                    assert ip.is_private
                elif form in ("v4", "v4_port"):
                    assert ip.is_global
                elif form == "v6_full":
                    assert v == ip.exploded
                else:
                    assert v == str(ip)
            elif kind == "CARD":
                assert I.luhn_ok(v) and len(I.digits(v)) == (15 if form == "amex" else 16)
            elif kind == "IBAN":
                assert I.iban_ok(v) and v[:2] == p.locale[3:], v
            elif kind == "ID":
                assert ID_OK[form.removesuffix("_bare")](v), (form, v)
            elif kind == "ADDRESS":
                assert _address_ok(p.locale, v, frags), v


def test_lookalikes_are_valid_and_kept_apart(built):
    _, posts, _ = built
    per_kind = Counter()
    orders16 = 0
    for p in posts:
        for x, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            per_kind[kind] += 1
            if kind == "isbn":
                assert L.isbn13_ok(x), x
            if kind == "order" and x.isdigit():
                assert len(x) == 16 and not I.luhn_ok(x)
                orders16 += 1
            if kind == "orgreg":
                num = x.split()[-1]
                if x.startswith("BCE"):
                    assert L.kbo_ok(num)
                elif x.startswith("CIF"):
                    assert L.cif_ok(num)
                elif x.startswith("CNPJ"):
                    assert L.cnpj_ok(num)
                elif x.startswith("P.IVA"):
                    assert I.luhn_ok(num) and len(num) == 11
                elif x.startswith("Vergi"):
                    assert L.vergi_ok(num)
                elif x.startswith("RUT"):
                    assert I.uy_rut_ok(num)
                elif x.startswith("KRA"):
                    assert re.fullmatch(r"P\d{9}[A-Z]", num)
            if kind == "drugcode" and x.startswith("PZN"):
                assert L.pzn_ok(x)
    assert len(per_kind) == len(L.LOOK_KINDS) >= 14
    assert min(per_kind.values()) >= 250
    assert orders16 >= 100


def test_members_and_persons(built):
    members, posts, _ = built
    banned = roster_tokens()
    for p in posts:
        for kind, frags, _ in p.items:
            if kind == "PERSON":
                toks = {fold(normalise(f[2:])) for f in frags}
                assert not toks & {fold(normalise(t)) for t in banned}, frags


def test_item_floors(built):
    _, posts, _ = built
    counts = Counter(k for p in posts for k, _, _ in p.items)
    for kind, floor in FLOORS.items():
        assert counts[kind] >= floor, (kind, counts[kind])


def test_leaked_rules():
    text = "Call +44 (0)20 7946 0321 or write to Ana Núñez at 10.0.0.12, SW1A 1AA."
    assert T.leaked(text, ["d:7946"], "")
    assert T.leaked("x 79-46 y", ["d:7946"], "")
    assert T.leaked("NUNEZ", ["t:Núñez"], "")
    assert not T.leaked("Nunezz", ["t:Núñez"], "")
    assert T.leaked("at SW1A1AA.", ["p:SW1A 1AA"], "")
    assert not T.leaked("10.0.0.123", ["p:10.0.0.12"], "")
    assert not T.leaked(text, ["t:ana"], text)
    assert T.leaked("١٢٣٤", ["d:1234"], "")
    assert frag_matches("s:ab12", normalise("AB-12"), collapse(normalise("AB-12"))) is False


def test_phrase_breadth():
    counts = T.piece_counts()
    assert set(counts) == {"en", "de", "fr", "es", "pt", "it", "nl", "tr"}
    assert min(counts.values()) >= 150
