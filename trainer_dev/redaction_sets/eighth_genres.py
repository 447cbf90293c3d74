"""Eighth set: genres. Each renders records into a post through a Builder (eighth_build)."""

from __future__ import annotations

from trainer_dev.redaction_sets import eighth_looks as lk
from trainer_dev.redaction_sets.eighth_build import Builder

NICKS = [
    "admin",
    "nightowl",
    "bluebird22",
    "mod_team",
    "gardengnome",
    "tech_help",
    "coffee4ever",
    "runner_99",
    "bookworm",
    "bot",
]


def _nl(b: Builder, n: int = 1) -> None:
    b.t("\n" * n)


def _bullet(b: Builder) -> None:
    b.t(b.rng.choice(["- ", "* ", "• ", "", "1. "]))


def contact_line(b: Builder, p, org: str) -> None:
    """One of the contact frames, chosen by kind."""
    rng = b.rng
    kind = rng.choice(["phone", "phone", "mail", "mail", "web", "web", "addr", "member", "person"])
    if kind == "phone":
        b.frame("phone", b.phone)
    elif kind == "mail":
        b.frame("mail", lambda: b.email(p, org))
    elif kind == "web":
        b.frame("web", lambda: b.url(p, org))
    elif kind == "addr":
        b.frame("addr", lambda: b.address(rng.choice(["line", "line", "lines", "prose", "prose"])))
    elif kind == "member":
        b.frame("member", lambda: b.name(rng.choice(b.ctx.members)))
    else:
        b.frame("person", lambda: b.name(rng.choice(b.ctx.others)), org=org)


def signature(b: Builder) -> None:
    rng = b.rng
    p, org = b.someone(), b.pick("orgs")
    b.frame("filler")
    _nl(b, 2)
    b.t(b.pick("close") + "\n")
    b.name(p, rng.choice(["full", "full", "title_full", "initial", "caps"]))
    _nl(b)
    b.t(f"{b.pick('roles')}{rng.choice([', ', ' | ', ' – ', chr(10)])}{org}\n")
    lab = rng.choice(
        [("T: ", "E: ", "W: "), ("Tel ", "Mail ", "Web "), ("📞 ", "✉️ ", "🌐 "), ("", "", "")]
    )
    b.t(lab[0])
    b.phone()
    b.t(rng.choice(["\n", " | ", " · "]) + lab[1])
    b.email(p, org)
    if rng.random() < 0.5:
        b.t("\n" + lab[2])
        b.url(p, org)
    if rng.random() < 0.45:
        b.t("\n")
        b.address("lines")


def programme(b: Builder) -> None:
    rng = b.rng
    b.h(b.pick("hdr_prog"))
    b.t(" – ")
    b.look("DATE", lk.date(rng, b.locale))
    _nl(b)
    talks = rng.sample(b.bank["talks"].split("|"), rng.randint(2, 4))
    for talk in talks:
        _bullet(b)
        b.look("TIME", lk.time(rng, b.locale))
        b.t(rng.choice([" – ", " ", " | ", ": "]) + talk + rng.choice([" — ", ", ", " / ", " · "]))
        b.name(b.someone())
        if rng.random() < 0.5:
            b.t(f" ({b.pick('orgs')})")
        _nl(b)
    if rng.random() < 0.6:
        b.frame("addr", lambda: b.address("line"))
        _nl(b)
    b.frame("filler")


def resume(b: Builder) -> None:
    rng = b.rng
    p = b.someone(0.5)
    b.h(b.pick("hdr_cv"))
    _nl(b, rng.choice([1, 2]))
    b.name(p, rng.choice(["full", "caps", "full", "title_full"]))
    _nl(b)
    b.address(rng.choice(["lines", "line"]))
    _nl(b)
    b.phone()
    b.t(rng.choice([" | ", "\n", " · ", " / "]))
    b.email(p)
    if rng.random() < (0.6 if b.locale in ("pt_BR", "it_IT", "es_ES", "en_IN") else 0.15):
        _nl(b)
        b.id_frame(p)
    if rng.random() < 0.4:
        _nl(b)
        b.url(p)
    _nl(b, 2)
    b.look("YEAR", str(rng.randint(2005, 2016)))
    b.t("–")
    b.look("YEAR", str(rng.randint(2017, 2025)))
    b.t(f" {b.pick('roles')}, {b.pick('orgs')}")


def meeting(b: Builder) -> None:
    rng = b.rng
    b.h(b.pick("hdr_meet"))
    b.t(rng.choice([" ", " – ", ", "]))
    b.look("DATE", lk.date(rng, b.locale))
    _nl(b)
    b.t(b.pick("attend") + " ")
    people = rng.sample(b.ctx.members, 2) + rng.sample(b.ctx.others, rng.randint(0, 2))
    rng.shuffle(people)
    for i, p in enumerate(people):
        if i:
            b.t(rng.choice([", ", "; ", ", "]))
        b.name(p)
    _nl(b, 2)
    b.t(b.pick("actions") + ("\n" if rng.random() < 0.7 else ": "))
    for _ in range(rng.randint(1, 3)):
        _bullet(b)
        contact_line(b, rng.choice(people), b.pick("orgs"))
        _nl(b)
    if rng.random() < 0.3:
        _bullet(b)
        b.frame("iban", b.iban)


def classified(b: Builder) -> None:
    rng = b.rng
    b.h(b.pick("hdr_ad"))
    _nl(b)
    b.frame("ad")
    b.t(" ")
    if rng.random() < 0.7:
        b.frame("phone", b.phone)
    else:
        b.frame("mail", lambda: b.email(b.someone(0.3)))
    if rng.random() < 0.6:
        b.t(rng.choice([". ", "\n", " – "]))
        b.frame("addr", lambda: b.address(rng.choice(["line", "lines"])))


def ticket(b: Builder) -> None:
    rng = b.rng
    p = b.someone(0.4)
    b.h(b.pick("hdr_ticket"))
    b.t(" ")
    b.look("ORDER", lk.order(rng))
    _nl(b)
    b.name(p)
    b.t(rng.choice([": ", " > ", " – ", "\n"]))
    b.frame("ticket")
    b.t(" ")
    kind = rng.choice(
        ["card", "card", "card", "iban", "iban", "id", "id", "ip", "ip", "ip", "email"]
    )
    if kind == "card":
        b.frame("card", b.card, brand=rng.choice(["Visa", "Mastercard", "Amex", "card"]))
    elif kind == "iban":
        b.frame("iban", b.iban)
    elif kind == "id":
        b.id_frame(p)
    elif kind == "ip":
        b.frame("ip", b.ip)
    else:
        b.frame("mail", lambda: b.email(p))
    if rng.random() < 0.35:
        b.t(rng.choice([". ", "\n"]))
        b.frame("ip" if rng.random() < 0.5 else "phone", b.ip if rng.random() < 0.5 else b.phone)
    _nl(b)
    b.t("— " + rng.choice(NICKS))


def thread(b: Builder) -> None:
    rng = b.rng
    for _ in range(rng.randint(2, 4)):
        b.t(rng.choice(NICKS) + rng.choice([": ", ":\n", " › ", "\n> "]))
        if rng.random() < 0.7:
            contact_line(b, b.someone(), b.pick("orgs"))
        else:
            b.frame("free")
        if rng.random() < 0.2:
            b.t(" " + rng.choice(["👍", "😂", "+1", "this!"]))
        _nl(b, rng.choice([1, 2]))


def chat(b: Builder) -> None:
    rng = b.rng
    b.chat = True
    for i in range(rng.randint(3, 5)):
        b.t("[")
        b.look("TIME", f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
        b.t(f"] {rng.choice(NICKS)}: ")
        r = rng.random()
        if i == 1 or r < 0.4:
            k = rng.choice(["phone", "mail", "addr", "member", "iban", "given"])
            if k == "given" and b.ctx.given_ok:
                b.t(rng.choice(["thx ", "ok ", "", "cc "]))
                b.name(rng.choice(b.ctx.given_ok), "given")
                b.t(rng.choice([" 🙏", "!", " can u check", ""]))
            elif k in ("member", "given"):
                b.frame(
                    "member",
                    lambda: b.name(
                        rng.choice(b.ctx.members), rng.choice(["lower", "lower", "folded", "full"])
                    ),
                )
            elif k == "iban":
                b.frame("iban", b.iban)
            else:
                contact_line(b, b.someone(), "")
        else:
            b.frame("chat")
        _nl(b)


def press(b: Builder) -> None:
    rng = b.rng
    org = b.pick("orgs")
    b.h(b.pick("hdr_press"))
    _nl(b, 2)
    b.fill(rng.choice(b.bank["press"].split("|")[:3]), org=org)
    b.t(" ")
    b.frame(
        "quote", lambda: b.name(b.someone(), rng.choice(["full", "full", "title_full", "surname"]))
    )
    _nl(b, 2)
    b.t(rng.choice(b.bank["press"].split("|")[-2:]) + "\n")
    p = b.someone(0.3)
    b.name(p, "full")
    b.t(rng.choice([", ", "\n"]))
    b.phone()
    b.t(rng.choice([", ", "\n", " / "]))
    b.email(p, org)


def obituary(b: Builder) -> None:
    rng = b.rng
    p = b.someone(0.35)
    b.h(b.pick("hdr_obit"))
    _nl(b, 2)
    b.name(p, rng.choice(["caps", "full", "full"]))
    b.t(rng.choice([", ", " – ", "\n"]))
    if rng.random() < 0.6:
        b.address(rng.choice(["line", "prose"]))
        b.t(", ")
    b.frame("obit")
    b.t(" ")
    b.frame("obit")
    _nl(b)
    for _ in range(rng.randint(1, 2)):
        b.name(b.someone(0.3), "full")
        b.t(rng.choice([", ", "; ", " · "]))
    if rng.random() < 0.25:
        _nl(b)
        b.frame("iban", b.iban)
