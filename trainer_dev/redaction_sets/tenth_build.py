"""Items and genres of the tenth set: each post is a document (support ticket with headers,
chat export, minutes, CV, invoice with a Markdown table, forum thread with quotes, newsletter,
agenda, bio, plain-text table) that carries labelled items and look-alikes."""

from __future__ import annotations

import random
import re

from . import tenth_numbers as num
from .tenth_checks import national_id
from .tenth_looks import LOOK_KINDS, lookalike
from .tenth_people import (
    MEMBER_FORMS,
    PERSON_FORMS,
    lang,
    name_tokens,
    person_pool,
    pt_multipart,
    write_name,
)
from .tenth_places import address
from .tenth_text import ID_LABEL, KITS

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
WEIGHTS = [10, 12, 8, 4, 4, 5, 7, 16, 14, 14]
NAME_KINDS = {"PERSON", "MEMBER"}
PLAIN_GENRES = ["chat", "newsletter", "bio", "forum", "agenda", "table"]
GENRES = [
    "ticket",
    "chat",
    "minutes",
    "cv",
    "invoice",
    "forum",
    "newsletter",
    "agenda",
    "bio",
    "table",
]
CLOSING = {
    "en": "Thanks",
    "de": "Danke und Gruß",
    "fr": "Merci d'avance",
    "es": "Gracias",
    "it": "Grazie mille",
    "nl": "Bedankt",
    "pt": "Obrigado",
}
FOREIGN = ["de_DE", "fr_FR", "nl_NL", "it_IT", "es_ES", "pt_BR"]


DIGIT_RUN = re.compile(r"\d(?:[ \-./()]{0,2}\d)*")


def digit_runs(text: str) -> list[str]:
    """Digits joined by at most two of space - . / ( ), separators dropped."""
    return [re.sub(r"\D", "", m.group()) for m in DIGIT_RUN.finditer(text)]


def digit_windows(value: str, width: int = 4) -> list[str]:
    """4-digit windows inside the value's digit runs (never across a letter)."""
    return sorted({d[i : i + width] for d in digit_runs(value) for i in range(len(d) - width + 1)})


def alnum_windows(value: str, width: int = 5) -> list[str]:
    a = "".join(c for c in value.upper() if c.isalnum())
    return sorted({a[i : i + width] for i in range(len(a) - width + 1)})


def make_item(
    rng: random.Random, locale: str, kind: str, ctx: dict
) -> tuple[str, str, list[str], str]:
    """(kind, value, fragments, written form)."""
    gs, ss = ctx["pools"][locale]
    if kind == "EMAIL":
        value, local = num.email(rng, locale, rng.choice(gs), rng.choice(ss))
        return kind, value, [f"s:{local}"], ""
    if kind == "URL":
        value, parts = num.url(rng, locale, rng.choice(gs), rng.choice(ss))
        return kind, value, [f"s:{p}" for p in parts], ""
    if kind == "PHONE":
        value = num.phone(rng, locale)
        return kind, value, [f"d:{w}" for w in digit_windows(value)], ""
    if kind == "IP":
        value = num.ip(rng)
        return kind, value, [f"s:{value}"] + [f"d:{w}" for w in digit_windows(value)], ""
    if kind in ("CARD", "IBAN"):
        value = num.card(rng) if kind == "CARD" else num.iban(rng, locale)
        return kind, value, [f"d:{w}" for w in digit_windows(value)], ""
    if kind == "ID":
        id_kind, value = national_id(rng, locale)
        frags = (
            [f"d:{w}" for w in digit_windows(value)]
            if id_kind != "CF"
            else [f"a:{w}" for w in alnum_windows(value)]
        )
        return kind, value, frags, id_kind
    if kind == "PERSON":
        if locale == "pt_BR" and rng.random() < 0.35:
            given, surname = pt_multipart(rng, gs, ss)
        else:
            given, surname = rng.choice(gs), rng.choice(ss)
        form = rng.choice(PERSON_FORMS)
        value, _ = write_name(rng, given, surname, form, locale)
        toks = name_tokens(surname)
        return kind, value, [f"w:{t}" for t in toks], form
    if kind == "MEMBER":
        same = [m for m in ctx["roster"] if m["locale"] == locale]
        m = rng.choice(same if rng.random() < 0.8 else ctx["roster"])
        form = rng.choice(MEMBER_FORMS)
        value, toks = write_name(rng, m["given"], m["surname"], form, locale)
        return kind, value, [f"w:{t}" for t in toks], form
    if kind == "ADDRESS":
        where = rng.choice(FOREIGN) if lang(locale) == "en" and rng.random() < 0.1 else locale
        value, toks, pc, shape = address(rng, where)
        return kind, value, [f"t:{t}" for t in toks] + ([f"p:{pc}"] if pc else []), shape
    raise KeyError(kind)


def fill(rng: random.Random, locale: str, template: str, looks: list[tuple[str, str]]) -> str:
    out = template
    for kind in LOOK_KINDS:
        slot = "{" + kind + "}"
        while slot in out:
            v = lookalike(rng, locale, kind)
            looks.append((v, kind))
            out = out.replace(slot, v, 1)
    return out


def fillers(rng: random.Random, locale: str, n: int, looks: list, plain: bool = False) -> list[str]:
    """``n`` filler sentences; ``plain``: sentences with no look-alike at all."""
    kit = KITS[lang(locale)]
    return [
        fill(rng, locale, t, looks) for t in rng.sample(kit["plain" if plain else "fillers"], n)
    ]


def framed(rng: random.Random, locale: str, kind: str, value: str, form: str) -> str:
    kit = KITS[lang(locale)]
    line = rng.choice(kit[kind]).replace("{k}", ID_LABEL.get(form, "ID")).replace("{x}", value)
    return line[0].upper() + line[1:] if rng.random() < 0.6 else line


def compose(
    rng: random.Random, locale: str, genre: str, items: list, looks: list, plain: bool = False
) -> str:
    """The text of one post in a genre; ``items`` are (kind, value, fragments, form)."""
    kit = KITS[lang(locale)]
    lab = kit["labels"]
    names = [it for it in items if it[0] in NAME_KINDS]
    others = [it for it in items if it[0] not in NAME_KINDS]
    lines = lambda its: [framed(rng, locale, k, v, f) for k, v, _, f in its]  # noqa: E731
    extra = fillers(rng, locale, rng.randint(1, 3), looks, plain)
    if genre == "ticket":
        email = next((it for it in others if it[0] == "EMAIL"), None)
        rest = [it for it in items if it is not email]
        head = [
            f"{lab['from']}: {email[1] if email else rng.choice(kit['roles'])}",
            f"{lab['to']}: Helpdesk",
            f"{lab['subject']}: {rng.choice(kit['subjects'])}",
            f"Ticket: {fill(rng, locale, '{TICKET}', looks)}",
            "",
        ]
        body = lines(rest) + extra
        rng.shuffle(body)
        return "\n".join(head + body + ["", CLOSING[lang(locale)]])
    if genre == "chat":
        speakers = [it[1] for it in names[:2]] or ["~ Reception"]
        body = lines(names[2:] + others) + extra
        rng.shuffle(body)
        if len(names) >= 2:
            body.append(rng.choice(["👍", "ok!", "🙏 thanks", "perfect"]))
        dd, mm = rng.randint(1, 28), rng.randint(1, 12)
        out = []
        times = sorted(rng.randint(7 * 60, 22 * 60) for _ in body)
        for i, line in enumerate(body):
            t = f"{times[i] // 60:02d}:{times[i] % 60:02d}"
            out.append(f"[{dd:02d}/{mm:02d}/2026, {t}] {speakers[i % len(speakers)]}: {line}")
        if len(speakers) > 1 and len(body) < 2:
            out.append(f"[{dd:02d}/{mm:02d}/2026, 23:01] {speakers[1]}: 👍")
        return "\n".join(out)
    if genre == "minutes":
        present = ", ".join(it[1] for it in names) or rng.choice(kit["roles"])
        acts = [f"- {line}" for line in lines(others)] + [f"- {e}" for e in extra]
        rng.shuffle(acts)
        topic = rng.choice(kit["subjects"]).split(": ")[-1]
        head = f"{lab['minutes']} – {topic}\n{lab['date']}: {fill(rng, locale, '{DATE}', looks)}"
        return f"{head}\n{lab['present']}: {present}\n\n{lab['actions']}:\n" + "\n".join(acts)
    if genre == "cv":
        top = [it[1] for it in names[:1]]
        contact = [it[1] for it in others]
        exp = fill(rng, locale, f"2019–2024  {rng.choice(kit['roles'])}, {{COMPANY}}", looks)
        body = lines(names[1:]) + extra
        return "\n".join(
            top
            + ["", f"## {lab['contact']}"]
            + contact
            + ["", f"## {lab['experience']}", exp]
            + body
        )
    if genre == "invoice":
        bill = [it[1] for it in items if it[0] in ("PERSON", "MEMBER", "ADDRESS")]
        rest = [it for it in items if it[0] not in ("PERSON", "MEMBER", "ADDRESS")]
        inv = fill(rng, locale, "{INVOICE}", looks)
        table = [f"| {lab['item']} | {lab['qty']} | {lab['price']} |", "|---|---:|---:|"]
        for _ in range(rng.randint(1, 3)):
            table.append(
                fill(rng, locale, f"| {{PRODUCT_CODE}} | {rng.randint(1, 9)} | {{AMOUNT}} |", looks)
            )
        tail = (
            [f"{lab['total']}: " + fill(rng, locale, "{AMOUNT}", looks)] + lines(rest) + extra[:1]
        )
        return "\n".join(
            [f"{lab['invoice']} {inv}", "", f"{lab['bill_to']}:"]
            + bill
            + [""]
            + table
            + [""]
            + tail
        )
    if genre == "forum":
        quoter = names[0][1] if names else rng.choice(kit["roles"])
        quoted = lines(others[: len(others) // 2 + 1]) + extra[:1]
        reply = lines(names[1:] + others[len(others) // 2 + 1 :]) + extra[1:]
        return "\n".join(
            [f"Re: {rng.choice(kit['subjects'])}", "", f"{quoter} {lab['wrote']}:"]
            + [f"> {q}" for q in quoted]
            + [""]
            + reply
        )
    if genre == "newsletter":
        body = lines(items) + extra
        rng.shuffle(body)
        bullets = [f"{rng.choice(['*', '-', '•'])} {b}" for b in body]
        return f"# {lab['news']}\n\n" + "\n".join(bullets) + "\n"
    if genre == "agenda":
        body = lines(items) + extra
        rng.shuffle(body)
        starts = sorted(rng.sample(range(8 * 4, 18 * 4), len(body)))
        slots = [f"{s // 4:02d}:{s % 4 * 15:02d}" for s in starts]
        return f"{lab['agenda']}\n" + "\n".join(
            f"{s}  {b}" for s, b in zip(slots, body, strict=True)
        )
    if genre == "bio":
        body = lines(items) + extra
        rng.shuffle(body)
        return f"{lab['about']}: " + " ".join(b.rstrip(".") + "." for b in body)
    if genre == "table":
        rows = [f"| {lab['name']} | {lab['detail']} |", "|---|---|"]
        for k, v, _, f in items:
            rows.append(f"| {k.title() if k != 'ID' else ID_LABEL.get(f, 'ID')} | {v} |")
        return "\n".join(rows + [""] + extra)
    raise KeyError(genre)


def make_pools(roster_tokens: set[str]) -> dict:
    from .tenth_people import GIVEN

    return {loc: person_pool(loc, roster_tokens) for loc in GIVEN}
