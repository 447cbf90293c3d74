"""DATA CARD -- "twentyeighth" PII scoring set (SEED 2828).

How written: by hand, from scratch, for this set only.  No fake-data library;
name pools, streets, towns/postcodes, phrase banks and look-alikes were
written from knowledge of each country's naming, postal and numbering
conventions.  `phonenumbers` is used only to validate generated phones.
All check digits are computed in twentyeighth_ids.py.

Locales (12): core en_US en_IN de_DE fr_FR pt_BR nl_NL; seen once before
fr_SN en_UG es_PY; new fr_CI (Côte d'Ivoire), es_GT (Guatemala), en_ZM (Zambia).

Genres (9): quote/proposal, contract, payment reminder & remittance,
delivery/pickup, supplier directory, testimonial, coworking/venue booking,
"looking for a contractor", onboarding/intake form -- posts by freelancers
and small businesses on a professional network.

Kinds and written forms (item_forms):
  EMAIL   plain, obfuscated "[at] [dot]", "(at)"; personal and trade domains
  PHONE   national, national_alt, intl, compact_or_alt (per-country grouping)
  URL     own_domain, own_domain_path, linkedin, calendly, instagram, behance
  IP      ipv4, ipv4_port, ipv4_cidr (/32), ipv6
  CARD    visa/mc/mc2(2-series)/elo/rupay spaced, dashed, compact; amex 4-6-5
  IBAN    grouped, compact (DE FR NL BR SN CI: mod-97; FR with RIB key);
          in US IN UG PY GT ZM a local bank account is labelled ID (bank_account)
  ID      ssn, ein, aadhaar (Verhoeff), pan, upi_vpa, steuer_id (MOD 11,10),
          ausweis (ICAO 7-3-1), nir (key 97), cpf, cnpj_mei, pix_random_key,
          bsn (11-proof), cni_sn, nin_ug, cedula_py, ruc_py (DV), cni_ci,
          cui_dpi (mod 11 + dept/muni), nit_gt (mod 11, K), nrc, tpin;
          ids appear with and without cue words (form lines, "Pix {v}", "Number {v}")
  PERSON  full, given, surname_title, initial_surname, lower, folded
  MEMBER  same forms plus handle_dot, handle_joined (@handles)
  ADDRESS us_line, in_flat_area_pin, de_line, fr_line, br_line_cep, nl_line,
          sn_quartier_villa / sn_cite_lot / sn_bp, ci_quartier_villa /
          ci_ilot_lot / ci_bp, ug_plot_road / ug_po_box / ug_plot_landmark,
          zm_plot_road_area / zm_house_area / zm_po_box, py_calle_esquina,
          gt_nomenclatura_zona

Fragment rule: t: whole-word token (name tokens without particles, titles or
initials; street/quartier tokens, not type words or house numbers; e-mail
local part; URL host label or slug); s: substring (handles, PAN, UUID,
compact IBAN bank part, full e-mail); p: bounded substring (postcode, P.O./B.P.
box, Guatemalan nomenclature number, IP); d: every 4-digit window of the
digits of phones, cards, IBANs and ids.  Texts are normalised first
(Unicode digits, spaces, dashes).

Sizes: per locale 375 labelled posts (1-3 items; the first item's kind cycles
through KINDS, so each kind >= 37 per locale) + 75 PII-free posts (30 with no
digits and no look-alikes, 45 with 1-3 look-alikes) = 4,500 + 900 posts.
Roster: 8 members per locale ("Given Surname"), 96 in all, drawn per seed;
PERSON names never share a token with the roster.

Phrase banks: twentyeighth_bank_{en,de,fr,pt,nl,es}.py, distinct sentence
pieces per language: en 302, de 301, fr 301, pt 300, nl 301, es 300
(openers per genre, closers, lead sentences per kind, form labels, look-alike
sentences, PII-free sentences, titles), combined through 6 layouts into
many hundreds of frames.

Deliberately hard: names that are common words (Hope, Grace, Given, Memory,
Precious, Mercy, Faith, Patience, Winter, Sommer, Vos, Fall, Us), particle
and compound surnames (van den Berg, de La Rochefoucauld, da Silva, de León),
lower-case and accent-folded mentions, @handles; PIX keys of every type
(CPF, CNPJ, e-mail, phone, random UUID) and mobile-money numbers next to
wallet names; UPI handles that look like e-mails; ids without cue words;
addresses without postcodes (villa/lot/B.P., plot/P.O. Box, calle c/ esquina,
zona + colonia); look-alikes beside real values: BIC/SWIFT codes beside
IBANs, valid ABA routing numbers and IFSC codes beside account numbers,
valid ISBN-13, 16-digit order numbers that fail Luhn, tracking numbers,
prices in local formats, dates, times, versions, flights, rooms, measures,
percentages, and companies/landmarks named after people.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .twentyeighth_build import GENRES, Maker, roster_for

SEED = 2828
LOCALES = [
    "en_US",
    "en_IN",
    "de_DE",
    "fr_FR",
    "pt_BR",
    "nl_NL",
    "fr_SN",
    "en_UG",
    "es_PY",
    "fr_CI",
    "es_GT",
    "en_ZM",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
N_LABELLED = 375
N_PLAIN = 30
N_LOOK = 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def _table() -> dict[int, str]:
    tab: dict[int, str] = {}
    for cp in range(0x20000):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat == "Nd" and not ch.isascii():
            tab[cp] = str(unicodedata.decimal(ch))
        elif ch != " " and (ch.isspace() or cat in ("Zs", "Zl", "Zp")):
            tab[cp] = " "
        elif ch != "-" and (cat == "Pd" or ch == "\u2212"):
            tab[cp] = "-"
    return tab


_TABLE = _table()


def normalise(text: str) -> str:
    """Unicode digits -> ASCII, any space/line break -> " ", hyphens/dashes -> "-"."""
    return text.translate(_TABLE)


_WB_L, _WB_R = r"(?<![^\W_])", r"(?![^\W_])"


@lru_cache(maxsize=65536)
def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalise(frag[2:])
    if kind in ("t:", "p:"):
        return re.compile(_WB_L + re.escape(body) + _WB_R, re.IGNORECASE)
    if kind == "s:":
        return re.compile(re.escape(body), re.IGNORECASE)
    if kind == "d:":
        return re.compile(r"\W*".join(body))
    raise ValueError(frag)


def frag_in(frag: str, text: str) -> bool:
    return _pattern(frag).search(normalise(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    return any(frag_in(f, redacted_text) and not frag_in(f, background) for f in fragments)


def mask(text: str, values: list[str]) -> str:
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, " ")
    return text


def check_post(post: Post) -> bool:
    vals = [v for _, _, v in post.items]
    if len(post.item_forms) != len(vals) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    if any(v not in post.text for v in vals):
        return False
    for i, a in enumerate(vals):
        if any(i != j and a in b for j, b in enumerate(vals)):
            return False
    masked = mask(post.text, vals)
    n_text, n_masked = normalise(post.text), normalise(masked)
    for _, frags, v in post.items:
        if not frags:
            return False
        n_bg = normalise(post.text.replace(v, " "))
        for f in frags:
            pat = _pattern(f)
            if not pat.search(n_text) or pat.search(n_bg) or pat.search(n_masked):
                return False
    return all(lk in masked for lk in post.lookalikes)


def _labelled(mk: Maker, loc: str, j: int) -> Post:
    r = mk.r
    for _ in range(200):
        first = KINDS[j % len(KINDS)]
        others = r.sample([k for k in KINDS if k != first], r.choice([0, 0, 1, 1, 2]))
        its = [mk.item(k) for k in [first] + others]
        lks = mk.looks(r.choice([0, 1, 1, 2]))
        genre = r.choice(GENRES)
        text = mk.compose(genre, its, lks)
        post = Post(
            loc,
            text,
            [(it[0], list(it[3]), it[1]) for it in its],
            [it[2] for it in its],
            [v for _, v in lks],
            [k for k, _ in lks],
            genre,
        )
        if check_post(post):
            return post
    raise RuntimeError(f"cannot build labelled post {loc} {j}")


def _free(mk: Maker, loc: str, n_looks: int) -> Post:
    r = mk.r
    for _ in range(200):
        genre = r.choice(GENRES)
        lks = mk.looks(n_looks)
        text = mk.free_text(genre, lks)
        post = Post(loc, text, [], [], [v for _, v in lks], [k for k, _ in lks], genre)
        if check_post(post) and (n_looks or not re.search(r"\d", normalise(text))):
            return post
    raise RuntimeError(f"cannot build free post {loc}")


def make_twentyeighth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{i}:{loc}")
        roster, pg, ps = roster_for(rng, loc)
        members += [f"{g} {s}" for g, s in roster]
        mk = Maker(rng, loc, roster, pg, ps)
        for j in range(N_LABELLED):
            posts.append(_labelled(mk, loc, j))
        for _ in range(N_PLAIN):
            posts.append(_free(mk, loc, 0))
        for _ in range(N_LOOK):
            posts.append(_free(mk, loc, rng.randint(1, 3)))
    return members, posts
