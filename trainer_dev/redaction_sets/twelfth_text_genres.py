"""Genres of the twelfth set: semi-structured text people paste into posts.

email (reply with a quoted thread), forward (From:/To:/Cc:/Subject: headers), calendar (invite),
itinerary (booking confirmation), receipt, hr_form (key: value), vcard, json, csv, yaml,
ocr (scanned letter: address block over lines, stray hyphenation), transcript (speaker labels).
Each genre takes a Ctx that writes item values in the form a slot allows and records look-alikes.
"""

from __future__ import annotations

import json

from trainer_dev.redaction_sets.twelfth_ctx import GENERIC, Ctx
from trainer_dev.redaction_sets.twelfth_looks import amount

GREET = ("given", "nickname", "full", "title_surname", "no_accents", "lower")
SIGN = ("given", "full", "nickname", "initial_surname", "given_initial", "no_accents", "lower")
HDR = ("full", "caps", "surname_given", "no_accents", "lower", "given")
SPEAK = ("full", "caps", "given", "title_surname", "initial_surname", "given_initial")
KV = (
    "full",
    "caps",
    "surname_given",
    "initial_surname",
    "title_surname",
    "no_accents",
    "lower",
    "given_initial",
    "handle",
)
PROSE = (
    "full",
    "given",
    "surname",
    "title_surname",
    "possessive",
    "nickname",
    "handle",
    "lower",
    "no_accents",
    "initial_surname",
    "given_initial",
)


def _rest(c: Ctx, prose: bool, quote: str = "") -> list[str]:
    out = []
    for it in c.pending():
        line = c.prose(it, PROSE) if prose else c.kv(it, KV)
        out.append(quote + line)
    return out


def email(c: Ctx) -> str:
    r, L = c.r, c.L
    lines = []
    block = any(it.kind in ("PHONE", "ADDRESS", "URL") for it in c.pending())
    sig_block = block and r.random() < 0.5
    hi = c.take_name() if r.random() < 0.45 and not sig_block else None
    lines.append(c.fill(r.choice(L["say"]["hi"]), hi, GREET) if hi else GENERIC[c.lang][0])
    lines.append(r.choice(L["filler"]))
    n_reply = 0 if sig_block else r.randint(0, len(c.pending()))
    for it in c.pending()[:n_reply]:
        lines.append(c.prose(it, PROSE))
    if r.random() < 0.6:
        lines.append(
            c.look_line(
                r.choice(
                    [
                        "flight",
                        "order",
                        "booking_ref",
                        "ticket",
                        "date",
                        "amount",
                        "eponym",
                        "tracking",
                        "isbn",
                    ]
                )
            )
        )
    sig = c.take_name() if r.random() < 0.45 or sig_block else None
    lines.append(c.fill(r.choice(L["say"]["from"]), sig, SIGN) if sig else GENERIC[c.lang][1])
    if sig_block:
        for it in c.pending():
            if it.kind in ("PHONE", "ADDRESS", "URL"):
                lines.append(c.kv(it, KV))
    lines.append("")
    who = (c.take_name() or c.take("EMAIL")) if r.random() < 0.6 else None
    d, t = c.lk("date"), c.lk("time")
    if who and who.kind != "EMAIL" and r.random() < 0.5:
        mail = c.take("EMAIL")
        if mail:
            name = c.fill("{v}", who, ("full", "no_accents", "surname_given", "caps"))
            line = r.choice(L["wrote"][:2]).replace("{d}", d).replace("{t}", t)
            head = line.replace("{v}", name + " <" + c.fill("{v}", mail) + ">")
            lines.append(head)
            who = None
            d = ""
    if not d:
        pass
    elif who and r.random() < 0.3:
        h = L["hdr"]
        head = "\n".join(
            [
                L["wrote_anon"][0] if L["wrote_anon"][0].startswith("--") else L["wrote_anon"][1],
                c.fill(f"{h['from']}: {{v}}", who, HDR),
                f"{h['sent']}: {d} {t}",
                f"{h['subject']}: {r.choice(L['subjects'])}",
            ]
        )
    elif who:
        head = c.fill(r.choice(L["wrote"]).replace("{d}", d).replace("{t}", t), who, HDR)
    else:
        head = r.choice(L["wrote_anon"]).replace("{d}", d).replace("{t}", t)
    if d:
        lines.append(head)
    f1, f2 = r.sample(L["filler"], 2)
    quoted = [f1] + _rest(c, True) + [f2]
    lines += ["> " + q for q in quoted]
    return "\n".join(lines)


def forward(c: Ctx) -> str:
    r, L, h = c.r, c.L, c.L["hdr"]
    lines = [h["fwd"]]
    name, mail = c.take_name(), c.take("EMAIL")
    if name and mail:
        lines.append(f"{h['from']}: " + c.fill("{v}", name, HDR) + " <" + c.fill("{v}", mail) + ">")
    elif name or mail:
        lines.append(f"{h['from']}: " + c.fill("{v}", name or mail, HDR))
    lines.append(f"{h['date']}: {c.lk('date')} {c.lk('time')}")
    lines.append(f"{h['subject']}: {r.choice(L['subjects'])}")
    to = c.take_name() or c.take("EMAIL")
    lines.append(f"{h['to']}: " + (c.fill("{v}", to, HDR) if to else "undisclosed-recipients:;"))
    cc = c.take_name()
    if cc:
        lines.append(f"{h['cc']}: " + c.fill("{v}", cc, HDR))
    lines.append("")
    lines.append(r.choice(L["filler"]))
    lines += _rest(c, True)
    lines.append(c.look_line(r.choice(["booking_ref", "hotel_conf", "order", "amount", "eponym"])))
    return "\n".join(lines)


def _ics(c: Ctx, subj: str) -> str:
    r = c.r
    y, m, d = r.choice([2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    stamp = c.add_look(
        "date", f"{y}{m:02d}{d:02d}T{r.randint(7, 18):02d}{r.choice([0, 30]):02d}00Z"
    )
    lines = ["BEGIN:VEVENT", f"SUMMARY:{subj}", f"DTSTART:{stamp}", f"LOCATION:{c.lk('eponym')}"]
    mail, name = c.take("EMAIL"), c.take_name()
    cn = f";CN={c.fill('{v}', name, HDR)}" if name else ""
    lines.append(f"ORGANIZER{cn}:mailto:" + c.fill("{v}", mail))
    while (g := c.take_name()) is not None:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=" + c.fill("{v}", g, HDR))
    notes = _rest(c, True)
    if notes:
        lines.append("DESCRIPTION:" + " ".join(notes))
    lines.append("END:VEVENT")
    return "\n".join(lines)


def calendar(c: Ctx) -> str:
    r, L, w = c.r, c.L, c.L["words"]
    subj = r.choice(L["subjects"]).rsplit(": ", 1)[-1]
    if any(it.kind == "EMAIL" for it in c.pending()) and r.random() < 0.4:
        return _ics(c, subj)
    lines = [f"{subj} @ {c.lk('date')} {c.lk('time')} - {c.lk('time')}"]
    lines.append(f"{w['where']}: {c.lk('eponym')}, {L['look']['room'].format(v=c.lk('room'))}")
    org = c.take_name() or c.take("EMAIL")
    if org:
        lines.append(f"{w['organizer']}: " + c.fill("{v}", org, HDR))
    guests = []
    while (g := c.take_name() or c.take("EMAIL")) is not None:
        guests.append("- " + c.fill("{v}", g, HDR + ("handle",)))
    if guests:
        lines.append(f"{w['guests']}:")
        lines += guests
    lines.append(c.look_line("meeting_code"))
    lines += _rest(c, r.random() < 0.5)
    return "\n".join(lines)


def itinerary(c: Ctx) -> str:
    r, L, w = c.r, c.L, c.L["words"]
    lines = [w["itinerary"].upper(), c.look_line("booking_ref")]
    while (p := c.take_name()) is not None:
        lines.append(f"{w['passenger']}: " + c.fill("{v}", p, ("pnr", "caps", "full", "pnr")))
    leg = r.choice(["flight", "flight", "train"])
    lines.append(f"{c.look_line(leg)}  {c.lk('date')}  {c.lk('time')} -> {c.lk('time')}")
    if leg == "flight":
        lines.append(
            f"{L['look']['seat'].format(v=c.lk('seat'))} | "
            f"{L['look']['gate'].format(v=c.lk('gate'))}"
        )
    if r.random() < 0.5:
        lines.append(c.look_line("hotel_conf"))
    lines += _rest(c, False)
    lines.append(c.look_line("amount"))
    return "\n".join(lines)


def receipt(c: Ctx) -> str:
    r, L, w = c.r, c.L, c.L["words"]
    lines = [
        c.lk("eponym").upper() if r.random() < 0.5 else w["receipt"].upper(),
        f"{c.lk('date')} {c.lk('time')}",
        c.look_line(r.choice(["order", "invoice"])),
    ]
    total = 0
    for item in r.sample(L["items"], r.randint(1, 3)):
        n, cents = r.randint(1, 3), r.randint(150, 4500)
        total += n * cents
        lines.append(f"{n} x {item:<12} {c.add_look('amount', amount(r, c.loc, n * cents))}")
    lines.append(L["look"]["amount"].format(v=c.add_look("amount", amount(r, c.loc, total))))
    c.person_key = "CUSTOMER"
    lines += _rest(c, False)
    lines.append(w["thanks"])
    return "\n".join(lines)


def hr_form(c: Ctx) -> str:
    r, w = c.r, c.L["words"]
    lines = [f"== {w['form']} ==", c.look_line("ticket")]
    lines += _rest(c, False)
    lines.append(c.look_line("date"))
    if r.random() < 0.4:
        lines.append(c.look_line("room"))
    return "\n".join(lines)


def vcard(c: Ctx) -> str:
    r = c.r
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"PRODID:-//Apple Inc.//iPhone OS {c.add_look('version', _ios(r))}//EN",
    ]
    name = c.take_name()
    if name:
        lines.append("FN:" + c.fill("{v}", name, ("full", "caps", "no_accents", "lower")))
    for it in c.pending():
        k = it.kind
        if k == "PHONE":
            lines.append("TEL;TYPE=CELL:" + c.fill("{v}", it))
        elif k == "EMAIL":
            lines.append("EMAIL;TYPE=INTERNET:" + c.fill("{v}", it))
        elif k == "URL":
            lines.append("URL:" + c.fill("{v}", it))
        elif k == "ADDRESS":
            lines.append("ADR;TYPE=HOME:;;" + c.fill("{v}", it, style="vcard"))
        else:
            lines.append("NOTE:" + c.kv(it, KV))
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    lines.append(f"REV:{c.add_look('date', f'{y}-{m:02d}-{d:02d}T09:{r.randint(10, 59)}:00Z')}")
    lines.append("END:VCARD")
    if r.random() < 0.5:
        lines.insert(0, GENERIC[c.lang][0])
    return "\n".join(lines)


_KEYS = {
    "PERSON": ["name", "contact_name", "full_name", "customer"],
    "EMAIL": ["email"],
    "PHONE": ["phone", "mobile", "tel"],
    "ADDRESS": ["address", "shipping_address"],
    "URL": ["profile_url", "website"],
    "IP": ["ip", "client_ip", "remote_addr"],
    "CARD": ["card_number", "pan"],
    "IBAN": ["iban", "account"],
    "ID": ["national_id", "tax_id"],
}
_LOOKKEYS = {
    "order": "order_id",
    "date": "created_at",
    "amount": "total",
    "version": "app_version",
    "tracking": "tracking_no",
    "ticket": "ticket",
    "isbn": "isbn",
    "eponym": "merchant",
}


def _pairs(c: Ctx) -> list[tuple[str, str]]:
    r = c.r
    out = []
    lk = r.sample(list(_LOOKKEYS), r.randint(1, 3))
    out.append((_LOOKKEYS[lk[0]], c.lk(lk[0])))
    for it in c.pending():
        key = r.choice(_KEYS["PERSON" if it.kind == "MEMBER" else it.kind])
        out.append((key, c.fill("{v}", it, KV, style="line")))
    out += [(_LOOKKEYS[k], c.lk(k)) for k in lk[1:]]
    return out


def as_json(c: Ctx) -> str:
    pairs = _pairs(c)
    body = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in pairs)
    return "{\n" + body + "\n}"


def as_yaml(c: Ctx) -> str:
    pairs = _pairs(c)
    lines = ["record:"]
    for k, v in pairs:
        q = '"' if (":" in v or v[:1] in "+@#&*!%[{" or "#" in v) else ""
        lines.append(f"  {k}: {q}{v}{q}")
    return "\n".join(lines)


def as_csv(c: Ctx) -> str:
    pairs = _pairs(c)
    head = ",".join(k for k, _ in pairs)
    row = ",".join(f'"{v}"' if ("," in v or ";" in v) else v for _, v in pairs)
    return head + "\n" + row


def ocr(c: Ctx) -> str:
    r, L, w = c.r, c.L, c.L["words"]
    lines = [w["scan"], f"{w['page']} 1/2", ""]
    addr = c.take("ADDRESS")
    name = c.take_name()
    if name:
        lines.append(c.fill("{v}", name, ("caps", "full", "title_surname", "initial_surname")))
    if addr:
        lines.append(c.fill("{v}", addr, style="block"))
    lines.append("")
    lines.append(c.look_line(r.choice(["invoice", "order", "date"])))
    filler = r.choice(L["filler"])
    words = filler.split()
    long = [i for i, x in enumerate(words) if len(x) >= 8 and x.isalpha()]
    if long:
        i = r.choice(long)
        cut = len(words[i]) // 2
        words[i] = words[i][:cut] + "-\n" + words[i][cut:]
    lines.append(" ".join(words))
    lines += _rest(c, r.random() < 0.6)
    return "\n".join(lines)


def transcript(c: Ctx) -> str:
    r, L, w = c.r, c.L, c.L["words"]
    lines = [f"Transcript {c.lk('date')}", ""]
    sec = r.randint(3, 60)
    names = []
    while r.random() < 0.6 and (p := c.take_name()) is not None:
        names.append(p)
    spk = []
    for p in names[:2]:
        v = c.fill("{v}", p, SPEAK)
        spk.append(v)
    first = spk[0] if spk else w["candidate"]
    lines.append(f"[00:00:{sec:02d}] {w['interviewer']}: {r.choice(L['filler'])}")
    lines.append(f"[00:01:{sec:02d}] {first}: {r.choice(L['filler'])}")
    for it in names[2:]:
        lines.append(f"[00:02:{sec:02d}] {w['interviewer']}: " + c.prose(it, PROSE))
    who = w["candidate"] if not spk else _initials(first)
    said = [c.prose(it, PROSE) for it in c.pending()] or [r.choice(L["filler"])]
    for k, line in enumerate(said):
        lines.append(f"[00:{3 + k:02d}:{sec:02d}] {who}: {line}")
    if len(spk) > 1:
        lines.append(f"[00:04:{sec:02d}] {spk[1]}: {r.choice(L['filler'])}")
    return "\n".join(lines)


def _ios(r) -> str:
    return f"{r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(0, 2)}"


def _initials(v: str) -> str:
    parts = [p for p in v.replace(".", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:2]) or "X"


GENRES = {
    "email": email,
    "forward": forward,
    "calendar": calendar,
    "itinerary": itinerary,
    "receipt": receipt,
    "hr_form": hr_form,
    "vcard": vcard,
    "json": as_json,
    "csv": as_csv,
    "yaml": as_yaml,
    "ocr": ocr,
    "transcript": transcript,
}
