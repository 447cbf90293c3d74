"""Checks on the thirtyfourth scoring set itself (never on a redactor)."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtyfourth as T
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtyfourth_ids import (
    IBAN_LEN,
    IBAN_LOCALES,
    POSTCODE_RE,
    che_ok,
    digits,
    email_ok,
    iban_ok,
    ip_ok,
    isbn13_ok,
    luhn_ok,
    phone_valid,
    url_ok,
)
from trainer_dev.redaction_sets.thirtyfourth_items import (
    BOX,
    frag_matches,
    id_ok,
    normalise,
    slug,
)
from trainer_dev.redaction_sets.thirtyfourth_looks import s10_ok

FORMS = {
    "EMAIL": {"plain", "angle", "obfuscated", "mailto"},
    "PHONE": {"intl", "national", "compact", "dotted", "dashed", "trunk", "slashed", "intl_zero",
              "local", "intl00", "compact_e164", "paren", "intl_dashed"},
    "URL": {"https_host", "https_slug", "www", "bare"},
    "IP": {"v4", "v4_private", "v4_port", "v6", "v6_full"},
    "CARD": {"visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
             "mc_compact", "amex", "amex_dashed", "amex_compact"},
    "IBAN": {"iban_print", "iban_compact"},
    "PERSON": {"full", "title", "lower", "initial", "surname_given", "given"},
    "MEMBER": {"full", "given", "surname", "initial", "handle", "possessive", "lower", "folded",
               "title"},
    "ADDRESS": {"one", "multi", "street_town", "box"},
}  # fmt: skip
ID_FORMS = {
    "en_US": {"ssn", "ein", "routing_account"}, "en_IE": {"ppsn"}, "de_CH": {"ahv"},
    "it_CH": {"ahv"}, "fr_CA": {"sin", "bank_ca"}, "pt_BR": {"cpf", "cnpj"}, "nl_BE": {"rrn"},
    "ro_MD": {"idnp"}, "es_HN": {"dni", "rtn", "cuenta"}, "pt_MZ": {"nuit", "bi", "nib"},
    "vi_VN": {"cccd", "stk"}, "bs_BA": {"jmbg"},
}  # fmt: skip
BOX_WORDS_ALL = BOX


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_thirtyfourth_set()
    return members, posts, time.process_time() - t0


def test_build_time(built):
    assert built[2] < 15


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(T.LOCALES) == 12 and len(set(T.LOCALES)) == 12
    assert len(members) == 96 and len(posts) == 12 * 450
    for loc in T.LOCALES:
        lp = [p for p in posts if p.locale == loc]
        lab = [p for p in lp if not p.pii_free]
        free = [p for p in lp if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        assert all(1 <= len(p.items) <= 3 for p in lab)
        cycle = [k for k in T.KINDS if k != "IBAN" or loc in IBAN_LOCALES]
        assert [p.items[0][0] for p in lab] == [cycle[j % len(cycle)] for j in range(375)]
        if loc not in IBAN_LOCALES:
            assert all(k != "IBAN" for p in lab for k, _, _ in p.items)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "d8cdedbbb10f1111"


def test_check_post_and_fragments(built):
    _, posts, _ = built
    for p in posts:
        assert T.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalike_kinds) == len(p.lookalikes)
        assert p.genre in T.GENRES
        text = normalise(p.text)
        for kind, frags, value in p.items:
            assert kind in T.KINDS and value in p.text
            assert frags and all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)
            bg = text.replace(normalise(value), " ")
            for f in frags:
                assert frag_matches(f, normalise(value)), (f, value)
                assert not frag_matches(f, bg), (f, p.text)
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)
            if kind in ("PHONE", "CARD", "IBAN", "ID"):
                assert any(f.startswith(("d:", "s:")) for f in frags)
            if kind == "IP":
                assert [f[:2] for f in frags] == ["p:"]


def test_forms_coverage(built):
    _, posts, _ = built
    seen = {k: set() for k in T.KINDS}
    ids_seen = {loc: set() for loc in T.LOCALES}
    for p in posts:
        for (kind, _, _), form in zip(p.items, p.item_forms, strict=True):
            seen[kind].add(form)
            if kind == "ID":
                ids_seen[p.locale].add(form.removesuffix("_nocue"))
    for kind, forms in FORMS.items():
        assert forms <= seen[kind] | {"intl_zero", "slashed", "paren"}, (kind, forms - seen[kind])
        assert seen[kind] <= forms, (kind, seen[kind] - forms)
    assert {"intl_zero", "slashed", "paren", "trunk"} <= seen["PHONE"]
    assert any(f.endswith("_nocue") for f in seen["ID"])
    assert any(not f.endswith("_nocue") for f in seen["ID"])
    for loc, want in ID_FORMS.items():
        got = {f.removesuffix("_compact").removesuffix("_spaced").removesuffix("_dash")
               for f in ids_seen[loc]}  # fmt: skip
        assert want <= got, (loc, want - got)


def test_every_value_revalidated(built):
    _, posts, _ = built
    n_v6 = 0
    for p in posts:
        for (kind, frags, value), form in zip(p.items, p.item_forms, strict=True):
            d = digits(value)
            if kind == "PHONE":
                assert phone_valid(p.locale, value), (p.locale, value)
            elif kind == "IP":
                core = value.rsplit(":", 1)[0] if form == "v4_port" else value
                ip = ipaddress.ip_address(core)
                assert ip_ok(value, form), value
                if form.startswith("v6"):
                    n_v6 += 1
                    assert ip.version == 6
                    assert "::" in value or len(value.split(":")) == 8, value
                    assert ipaddress.ip_address(value) == ip
            elif kind == "CARD":
                assert luhn_ok(d), value
                if form.startswith("amex"):
                    assert len(d) == 15 and d[:2] in ("34", "37")
                elif form.startswith("visa"):
                    assert len(d) == 16 and d[0] == "4"
                else:
                    assert len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)
            elif kind == "IBAN":
                assert p.locale in IBAN_LOCALES and iban_ok(value), value
                assert len(value.replace(" ", "")) == IBAN_LEN[value[:2]]
            elif kind == "ID":
                assert id_ok(p.locale, form.removesuffix("_nocue"), value), (p.locale, form, value)
            elif kind == "EMAIL":
                if form == "obfuscated":
                    local, rest = value.split(" [at] ")
                    value = local + "@" + rest.replace(" [dot] ", ".")
                assert email_ok(value), value
            elif kind == "URL":
                assert url_ok(value), value
            elif kind == "ADDRESS":
                pcs = [f[2:] for f in frags if f.startswith("p:")]
                if form == "box":
                    box = pcs.pop(0)
                    words = [w.lower() for w in BOX_WORDS_ALL[p.locale]]
                    assert any(f"{w} {box}" in value.lower() for w in words), value
                for pc in pcs:
                    pat = r"(?<![A-Za-z0-9])(" + POSTCODE_RE[p.locale] + r")(?![A-Za-z0-9])"
                    found = [normalise(m[1]) for m in re.finditer(pat, value)]
                    assert pc in found, (p.locale, pc, value)
    assert n_v6 > 100


def test_lookalikes_are_not_pii(built):
    _, posts, _ = built
    kinds = Counter()
    for p in posts:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            kinds[kind] += 1
            d = digits(lk)
            if kind == "isbn":
                assert isbn13_ok(d), lk
            elif kind == "tracking":
                assert s10_ok(lk), lk
            elif 13 <= len(d) <= 19:
                assert not luhn_ok(d), lk
            if kind in ("eponym", "nameword"):
                assert not re.search(r"\d", lk)
            if lk.startswith("CHE-"):
                assert che_ok(d)
    assert len(kinds) >= 14 and min(kinds.values()) > 300, kinds
    assert sum(1 for p in posts for lk, k in zip(p.lookalikes, p.lookalike_kinds, strict=True)
               if k == "order" and len(digits(lk)) == 16) > 50  # fmt: skip


def test_plain_free_posts_have_no_digits(built):
    _, posts, _ = built
    for p in posts:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", p.text), p.text


def test_members_and_persons(built):
    members, posts, _ = built
    for i, loc in enumerate(T.LOCALES):
        roster = members[i * 8 : (i + 1) * 8]
        assert all(len(m.split(" ", 1)) == 2 for m in roster)
        toks = {normalise(t) for m in roster for t in re.split(r"[\s-]+", m)}
        toks |= {slug(t) for m in roster for t in re.split(r"[\s-]+", m)}
        for p in posts:
            if p.locale != loc:
                continue
            for kind, frags, _ in p.items:
                names = {normalise(f[2:]) for f in frags if f.startswith("t:")}
                if kind == "PERSON":
                    assert names and not names & toks, (loc, names)
                if kind == "MEMBER":
                    assert names and names <= toks, (names, toks)


def test_leaked_rules():
    assert T.leaked("call [PHONE] or 0612 34", ["d:0612"], "")
    assert not T.leaked("call [PHONE]", ["d:0612"], "")
    assert T.leaked("ask Anna", ["t:anna"], "") and not T.leaked("ask Annabel", ["t:anna"], "")
    assert not T.leaked("ask Anna", ["t:anna"], "Anna")
    assert T.leaked("Herr Muller", ["t:müller"], "") and T.leaked("Müller", ["t:muller"], "")
    assert T.leaked("at MD-2001 now", ["p:md-2001"], "")
    assert not T.leaked("x171000 Sarajevo", ["p:71000"], "")
    assert T.leaked("+41 (0)79 1234", ["d:4107"], "")
    assert T.leaked("\u0661\u0662\u0663\u0664", ["d:1234"], "")
    assert T.leaked("anh Hùng", ["t:hung"], "") and T.leaked("Nguyen", ["t:nguyễn"], "")


def test_phrase_breadth():
    counts = T.piece_counts()
    assert set(counts) == set(T.LANGS)
    assert min(counts.values()) >= 250, counts
    for lang in T.LANGS:
        b = T.bank(lang)
        plain = b["OPEN"] + b["FILL"] + b["CLOSE"] + [h for v in b["HEAD"].values() for h in v]
        assert not any(re.search(r"\d", s) for s in plain), lang
        assert all("{x}" in t for key in ("LEAD", "LOOK") for v in b[key].values() for t in v)
        assert set(b["LEAD"]) == set(T.KINDS) and set(b["HEAD"]) == set(T.GENRES)
