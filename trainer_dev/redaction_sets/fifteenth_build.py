"""Post assembly for the fifteenth set: look-alikes, rosters, labelled and PII-free posts."""

from __future__ import annotations

import random
import string

from . import fifteenth_num as num
from .fifteenth_core import KINDS, Post, post_ok
from .fifteenth_items import build_item

N_LABELLED = 375
N_FREE_PLAIN = 30
N_FREE_LA = 45

LA_KINDS = ["price", "price", "price", "date", "time", "hours", "order_no", "tracking", "model",
            "serial", "isbn", "dimension", "measure", "plate", "bus", "room", "version", "flight",
            "company", "product", "place", "year", "invoice", "ticket"]


def split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def _amount(loc, rng) -> str:
    a = rng.choice([rng.randint(2, 99), rng.randint(10, 400), rng.randint(100, 4000) // 10 * 10,
                    rng.randint(1, 30) * 50, rng.randint(1000, 25000) // 50 * 50])
    if a >= 1000 and rng.random() < 0.6:
        return f"{a:,}".replace(",", loc["thou"])
    if a < 100 and rng.random() < 0.25:
        return f"{a}{loc['dec']}{rng.choice(['50', '99', '00', '90'])}"
    return str(a)


def _pattern(rng, pat: str) -> str:
    return "".join(rng.choice(string.ascii_uppercase.replace("I", "").replace("O", ""))
                   if c == "L" else rng.choice(string.digits) if c == "D" else c for c in pat)


def la_value(loc, rng, kind: str) -> str:
    if kind == "price":
        return rng.choice(loc["cur"]).format(a=_amount(loc, rng))
    if kind in ("date", "year"):
        y = rng.choice([2024, 2025, 2026]) if kind == "date" else rng.randint(1998, 2023)
        if kind == "year":
            return str(y)
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(loc["datef"]).format(d=d, m=m, y=y, dd=f"{d:02d}", mm=f"{m:02d}",
                                               mon=loc["months"][m - 1])
    if kind == "time":
        h = rng.randint(6, 21)
        return rng.choice(loc["timef"]).format(h=h, mm=rng.choice(["00", "15", "30", "45"]),
                                               h12=(h - 1) % 12 + 1)
    if kind == "hours":
        a, b = rng.randint(6, 10), rng.randint(15, 20)
        return rng.choice(["{a}:00–{b}:00", "{a}:00-{b}:30", "{a}–{b}"]).format(a=a, b=b)
    if kind == "order_no":
        return _pattern(rng, rng.choice(["#DDDDDDD", "DDD-DDDDDDD-DDDDDDD", "LL-DDDDDD",
                                         "DDDDDDDDDD", "#DDDDD"]))
    if kind == "tracking":
        return _pattern(rng, rng.choice(["1Z LLD LLD DD DDDD DDDD", "JJDDDDDDDDDDDDDDDDDD",
                                         "LLDDDDDDDDDLL", "DDDDDDDDDDDDDD"]))
    if kind == "model":
        return rng.choice(loc.get("models", []) + MODELS)
    if kind == "serial":
        return _pattern(rng, rng.choice(["SN LLDDLDDDDLL", "DDLLDDDDDD", "LDDD-DDDD-LLDD"]))
    if kind == "isbn":
        return num.isbn13(rng)
    if kind == "dimension":
        a, b = rng.randint(4, 24) * 10, rng.randint(4, 20) * 5
        return rng.choice(["{a} x {b} cm", "{a}x{b} cm", "{a} × {b} × {c} cm", "{a}x{b}x{c}"]) \
            .format(a=a, b=b, c=rng.randint(3, 12) * 5)
    if kind == "measure":
        return rng.choice(loc["measures"]).format(n=rng.randint(2, 140))
    if kind == "plate":
        return _pattern(rng, rng.choice(loc["plates"]))
    if kind == "bus":
        return str(rng.choice([rng.randint(1, 99), rng.randint(100, 299)])) + \
            (rng.choice(["", "", "A", "N"]) if rng.random() < 0.3 else "")
    if kind == "room":
        return str(rng.randint(1, 6)) + f"{rng.randint(1, 40):02d}"
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}" + (f".{rng.randint(0, 20)}"
                                                            if rng.random() < 0.5 else "")
    if kind == "flight":
        return rng.choice(loc["flights"]) + rng.choice([" ", ""]) + str(rng.randint(100, 9899))
    if kind in ("company", "product", "place"):
        return rng.choice(split(loc[kind + "s"]))
    if kind == "invoice":
        return _pattern(rng, rng.choice(["INV-2025-DDDD", "FV/DDD/2025", "RE-DDDDDD", "DDDD/25"]))
    if kind == "ticket":
        return _pattern(rng, rng.choice(["#DDDDD", "TCK-DDDDD", "DDDDDDD"]))
    raise ValueError(kind)


MODELS = ["SM-A546B", "KX-TG6821", "WH-1000XM4", "iPhone 13 Pro", "iPhone 12 mini", "EOS 250D",
          "Galaxy S21 FE", "Pixel 7a", "PS5 CFI-1216A", "Thinkpad T480", "MacBook Air M1",
          "Dyson V11", "Vespa GTS 300", "Golf VII 1.6 TDI", "Yaris 1.5 Hybrid", "Octavia III",
          "Brompton M6L", "Bosch WAN28281", "Miele G 7100", "Nespresso EN85", "KALLAX 77x147",
          "HEMNES 8", "Switch OLED", "XC90 D5", "Clio IV 0.9 TCe", "Fiat 500 1.2"]


def pick_la(loc, rng, exclude_digits: bool = False) -> tuple[str, str, str]:
    frames = loc["la"]
    kinds = [k for k in LA_KINDS if k in frames]
    if exclude_digits:
        kinds = [k for k in kinds if k in ("company", "product", "place")]
    kind = rng.choice(kinds)
    value = la_value(loc, rng, kind)
    return kind, value, rng.choice(split(frames[kind])).format(v=value)


def pair(loc, given: str, surname: str) -> tuple[str, str]:
    """A given name and a surname, with the feminine surname form where the language has one."""
    if "fem" in loc and given in loc["female"]:
        return given, loc["fem"](surname)
    return given, surname


def make_roster(loc, rng) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    given = loc["given"].split()
    sur = [s.strip() for s in loc["surnames"].split(",") if s.strip()]
    base = list(zip(rng.sample(given, 8), rng.sample(sur, 8), strict=True))
    roster = [pair(loc, g, s) for g, s in base]
    used = {w.lower() for g, s in roster + base
            for w in (g + " " + s).replace("-", " ").split()}
    free_g = [g for g in given if g.lower() not in used]
    free_s = [s for s in sur if not {w.lower() for w in s.replace("-", " ").split()} & used]
    return roster, free_g, free_s


def _join(rng, parts: list[str], digits_ok: bool = True) -> str:
    """Lay a post out: prose, lines, paragraphs, a bulleted or numbered list (sign-up lists,
    item lists), or a reply quoting the post it answers ("> ...")."""
    parts = [p for p in parts if p]
    head, body = parts[0], parts[1:]
    layout = rng.choices(["prose", "lines", "para", "bullets", "numbered", "quoted"],
                         weights=[40, 15, 12, 12, 11 if digits_ok else 0, 10])[0]
    if layout == "bullets" and body:
        mark = rng.choice(["- ", "* ", "• ", "– "])
        return head + "\n" + "\n".join(mark + b for b in body)
    if layout == "numbered" and body:
        fmt = rng.choice(["{i}. ", "{i}) ", "{i} - "])
        return head + "\n" + "\n".join(fmt.format(i=i) + b for i, b in enumerate(body, 1))
    if layout == "quoted" and body:
        return "> " + head + "\n\n" + " ".join(body)
    sep = {"prose": " ", "lines": "\n", "para": "\n\n"}.get(layout, " ")
    return sep.join(parts)


def labelled_post(loc, rng, first_kind, roster, free_g, free_s) -> Post:
    genre = rng.choice(list(loc["genres"]))
    n = rng.choices([1, 2, 3], weights=[45, 35, 20])[0]
    kinds = [first_kind] + [rng.choice(KINDS) for _ in range(n - 1)]
    items, forms, parts = [], [], []
    used: set[str] = set()
    for kind in kinds:
        if kind == "MEMBER":
            person = rng.choice(roster)
        else:
            person = pair(loc, rng.choice(free_g), rng.choice(free_s))
        k, frags, value, form = build_item(loc, rng, kind, person, bool(loc.get("poss")))
        tpl_key = "POSS" if form == "possessive" else kind
        options = [t for t in split(loc["phr"][tpl_key]) if t not in used]
        tpl = rng.choice(options or split(loc["phr"][tpl_key]))
        used.add(tpl)
        parts.append(tpl.format(v=value))
        items.append((k, frags, value))
        forms.append(form)
    las, la_kinds = [], []
    for _ in range(rng.choices([0, 1, 2, 3], weights=[20, 35, 30, 15])[0]):
        kind, value, phrase = pick_la(loc, rng)
        if kind in la_kinds:
            continue
        las.append(value)
        la_kinds.append(kind)
        parts.append(phrase)
    rng.shuffle(parts)
    opener = rng.choice(split(loc["genres"][genre]))
    closer = rng.choice(split(loc["closers"])) if rng.random() < 0.6 else ""
    text = _join(rng, [opener] + parts + [closer])
    return Post(loc["code"], text, items, forms, las, la_kinds, genre)


def free_post(loc, rng, with_la: bool) -> Post:
    genre = rng.choice(list(loc["genres"]))
    parts = rng.sample(split(loc["free"]), rng.randint(1, 2))
    las, la_kinds = [], []
    if with_la:
        for _ in range(rng.randint(1, 3)):
            kind, value, phrase = pick_la(loc, rng)
            if value in las or kind in la_kinds:
                continue
            las.append(value)
            la_kinds.append(kind)
            parts.append(phrase)
    rng.shuffle(parts)
    opener = rng.choice(split(loc["genres"][genre]))
    closer = rng.choice(split(loc["closers"])) if rng.random() < 0.5 else ""
    text = _join(rng, [opener] + parts + [closer], digits_ok=with_la)
    return Post(loc["code"], text, [], [], las, la_kinds, genre)


def _la_ok(post: Post) -> bool:
    return all(post.text.count(v) >= 1 for v in post.lookalikes) and \
        len(set(post.lookalikes)) == len(post.lookalikes)


def build_locale(loc, seed: int, index: int) -> tuple[list[str], list[Post]]:
    rng = random.Random(f"fifteenth:{seed}:{index}:{loc['code']}")
    roster, free_g, free_s = make_roster(loc, rng)
    posts: list[Post] = []
    for i in range(N_LABELLED):
        for _ in range(400):
            p = labelled_post(loc, rng, KINDS[i % len(KINDS)], roster, free_g, free_s)
            if post_ok(p) and _la_ok(p):
                posts.append(p)
                break
        else:
            raise AssertionError(f"{loc['code']}: could not build labelled post {i}")
    for i in range(N_FREE_PLAIN + N_FREE_LA):
        with_la = i >= N_FREE_PLAIN
        for _ in range(400):
            p = free_post(loc, rng, with_la)
            if with_la and not p.lookalikes:
                continue
            if not with_la and any(c.isdigit() for c in p.text):
                continue
            if _la_ok(p):
                posts.append(p)
                break
        else:
            raise AssertionError(f"{loc['code']}: could not build PII-free post {i}")
    return [f"{g} {s}" for g, s in roster], posts
