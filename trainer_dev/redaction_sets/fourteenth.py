"""Fourteenth independent redaction scoring set: conversation exports and spoken/obfuscated text.

Data card
---------
Written without reading the redactor, its tests, docs or other scoring sets. All names, streets,
towns, templates and formats are hand-written (fourteenth_names / _places / _lang); no fake-data
library. `phonenumbers` is used only to check that each generated phone is a valid mobile number
for its region.

Generator: `make_fourteenth_set(seed=1414)` -> (members, posts). One `random.Random` per locale,
seeded with the string f"{seed}:{locale_index}" (str seeds are hashed with SHA-512 by `random`,
never with `hash()`); the roster uses f"roster:{seed}". Builds in a few seconds.

Locales (12): en_US en_GB en_IE en_CA de_DE es_ES nl_NL fr_FR sv_SE pl_PL fi_FI tr_TR.

Genres: whatsapp, telegram, slack, teams, signal (chat exports with "[date, time] Sender: msg"
and similar layouts), sms (transcribed screenshot), minutes (attendee list, action items with
owners), transcript (timecoded "Name: ..." lines), voice_note (dictated note), ticket (help-desk
thread), voicemail (transcription), show_notes (podcast guests).

Chat lines that carry an item are written by "me" (the poster) or by the named sender; the
other party is a role label (Agent/Support/Helpdesk ...), never a name. Look-alikes include the
export's own dates, times and timecodes, order/ticket/invoice numbers, prices, flight numbers,
versions, episode numbers, product models, landmarks and companies named after people.

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. Forms (`item_forms`):
- PHONE `national|international[:style]`, CARD `visa|mastercard|amex|discover[:style]`,
  IBAN `grouped|compact[:style]`, ID `<scheme>[:style]` (SSN NINO PPSN SIN STEUER DNI NIE BSN NIR
  PNR PESEL HETU TCKN); style (about a third of number items; ~60% in voice notes and
  voicemail, where dictated styles dominate, ~27% elsewhere) is one of words (digits spelled
  in the post's language, English also "oh"), spaced, odd_groups, then ("06 then 12 34 ..."),
  mixed (first digits as words, then digits).
- EMAIL plain, bracket_at ("x [at] y [dot] com"), paren_at, caps_at, spoken ("x dot y at ...").
- URL profile, social, site, spoken_site. IP ipv4, ipv6. ADDRESS full, street, unit.
- PERSON/MEMBER: full given title_surname initial_surname caps lower possessive (English)
  nickname mention (chat apps), or `<role>_<form>` when the name is a header: sender (chat),
  attendee (minutes / show-notes guests; may be surname_given), speaker (transcript), caller
  (voicemail / ticket).

Fragment rule (`leaked`): n:/t: token as a whole word (case-insensitive); s: substring
(case-insensitive); p:/i: substring not touching other letters/digits; d: four digits in a row,
any non-word characters allowed between them; w: four number units (digit or number word as a
whole word) in a row, non-word characters between. Number windows cover the whole value (phones:
last 8 units; IBAN: last 10). A spelled-out value leaks when any four consecutive number words
survive; an obfuscated email leaks when its local part as written survives. Name tokens skip
particles and titles. An item leaked when a fragment is in the redacted text and not in the
background (the post with the value replaced by " "). The generator rejects posts where a
fragment also occurs in the background or survives replacing every value with "[X]".

Sizes: per locale 375 labelled posts (1-3 items; first kind cycles KINDS) and 75 PII-free
(30 without look-alikes or digits, 45 with 1-3 look-alikes): 4,500 labelled + 900 PII-free.
Roster: 8 members per locale; PERSON names share no token with any roster name.
Names: per locale 30-38 female and 30-38 male given names and 80-91 surnames (particles,
compound and double Spanish surnames, Irish-language forms, feminised Polish surnames).
Helpers: fourteenth_names, _lang, _lang2, _places, _looks, _phones, _ids, _values.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass

from trainer_dev.redaction_sets import fourteenth_looks as pl
from trainer_dev.redaction_sets import fourteenth_values as va
from trainer_dev.redaction_sets.fourteenth_lang import LANG_OF, L
from trainer_dev.redaction_sets.fourteenth_names import name_lists

SEED = 1414
LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_CA",
    "de_DE",
    "es_ES",
    "nl_NL",
    "fr_FR",
    "sv_SE",
    "pl_PL",
    "fi_FI",
    "tr_TR",
)
KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
GENRES = (
    "whatsapp",
    "telegram",
    "slack",
    "teams",
    "signal",
    "sms",
    "minutes",
    "transcript",
    "voice_note",
    "ticket",
    "voicemail",
    "show_notes",
)
CHAT = ("whatsapp", "telegram", "slack", "teams", "signal", "sms")
N_LABELLED, N_PLAIN, N_LOOK = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]]
    item_forms: list[str]
    lookalikes: list[str]
    lookalike_kinds: list[str]
    genre: str

    @property
    def pii_free(self) -> bool:
        return not self.items


@functools.lru_cache(maxsize=200_000)
def _frag_re(frag: str) -> re.Pattern:
    kind, body = frag[:2], frag[2:]
    if kind in ("n:", "t:"):
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind in ("p:", "i:"):
        return re.compile(r"(?<![0-9A-Za-z])" + re.escape(body) + r"(?![0-9A-Za-z])", re.I)
    if kind in ("d:", "w:"):
        units = body.split("|") if kind == "w:" else list(body)
        parts = [
            re.escape(u) if u.isdigit() else r"(?<![^\W\d_])" + re.escape(u) + r"(?![^\W\d_])"
            for u in units
        ]
        return re.compile(r"[^\w]*".join(parts), re.I)
    raise ValueError(f"bad fragment {frag!r}")


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in `redacted_text` and is absent from `background`."""
    for f in fragments:
        rx = _frag_re(f)
        if rx.search(redacted_text) and not rx.search(background):
            return True
    return False


# ---------------------------------------------------------------- roster
def _roster(seed: int) -> dict[str, list[tuple[str, str, bool]]]:
    rng = random.Random(f"roster:{seed}")
    out: dict[str, list[tuple[str, str, bool]]] = {}
    used: set[str] = set()
    for loc in LOCALES:
        fem, mal, sur = name_lists(loc)
        got: list[tuple[str, str, bool]] = []
        while len(got) < 8:
            female = rng.random() < 0.5
            g = rng.choice(fem if female else mal)
            s = va.surname_for(loc, rng.choice(sur), female)
            toks = {t.lower() for t in va.name_tokens(f"{g} {s}")}
            if toks & used:
                continue
            used |= toks
            got.append((g, s, female))
        out[loc] = got
    return out


# ---------------------------------------------------------------- frames
def _stamp(rng, loc, stamps):
    return (pl.fmt_date(rng, loc), pl.fmt_time(rng, loc)) if stamps else (None, None)


def _frame(rng, loc, lang, genre, msgs, headers, stamps):
    """msgs: [(sender or None, text)]; headers: names for attendee/guest/caller lines.
    Returns text and [(lookalike, kind)] for the timestamps used."""
    looks: list[tuple[str, str]] = []
    me, other = lang["me"], lang["agent"]
    lines: list[str] = []
    if genre in CHAT:
        date = pl.fmt_date(rng, loc) if stamps else None
        if date and genre not in ("slack", "teams"):
            looks.append((date, "date"))
        if genre == "sms":
            lines.append(f"{lang['sms']}" + (f" · {date}" if date else ""))
        times = sorted((rng.randint(7, 22), rng.randint(0, 59)) for _ in msgs)
        for i, (snd, msg) in enumerate(msgs):
            if not snd:  # "" marks a message that carries an item: written by me
                snd = me if snd == "" or i % 2 == 0 else other
            tm = pl.clock(loc, *times[i]) if stamps else None
            if tm:
                looks.append((tm, "time"))
            if genre == "whatsapp":
                lines.append(f"[{date}, {tm}] {snd}: {msg}" if stamps else f"{snd}: {msg}")
            elif genre == "telegram":
                lines.append(f"{snd}, [{date} {tm}]\n{msg}" if stamps else f"{snd}\n{msg}")
            elif genre == "slack":
                lines.append(f"{snd}  {tm}\n{msg}" if stamps else f"{snd}\n{msg}")
            elif genre == "teams":
                lines.append(f"[{tm}] {snd}: {msg}" if stamps else f"{snd}: {msg}")
            elif genre == "signal":
                lines.append(f"{snd} ({date} {tm}): {msg}" if stamps else f"{snd}: {msg}")
            else:
                lines.append(f"{snd}: {msg}" + (f" ({tm})" if tm else ""))
        sep = "\n\n" if genre in ("telegram", "slack") else "\n"
        return sep.join(lines), looks
    if genre in ("minutes", "show_notes"):
        date = pl.fmt_date(rng, loc) if stamps else None
        if date:
            looks.append((date, "date"))
        title = lang["minutes"] if genre == "minutes" else lang["shownotes"]
        lines.append(title + (f" {date}" if date else ""))
        if headers:
            lab = lang["attendees"] if genre == "minutes" else lang["guests"]
            lines.append(f"{lab}: " + ", ".join(headers))
        if genre == "minutes":
            half = max(1, len(msgs) // 2)
            lines += [f"- {m}" for _, m in msgs[:half]]
            lines.append(f"{lang['actions']}:")
            lines += [f"- {m}" for _, m in msgs[half:]]
        else:
            lines += [f"* {m}" for _, m in msgs]
        return "\n".join(lines), looks
    if genre == "transcript":
        secs = sorted(rng.randint(0, 5399) for _ in msgs)
        for i, (snd, msg) in enumerate(msgs):
            snd = snd or f"{lang['speaker']} {'AB'[i % 2] if snd is None else 'A'}"
            if stamps:
                t = secs[i]
                tc = f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
                looks.append((tc, "timecode"))
                lines.append(f"[{tc}] {snd}: {msg}")
            else:
                lines.append(f"{snd}: {msg}")
        return "\n".join(lines), looks
    body = " ".join(m[0].upper() + m[1:] + ("" if m[-1] in ".!?" else ".") for _, m in msgs)
    if genre == "voice_note":
        return f"{lang['note']}: {body}", looks
    if genre == "voicemail":
        tm = pl.fmt_time(rng, loc) if stamps else None
        if tm:
            looks.append((tm, "time"))
        who = f" – {headers[0]}" if headers else ""
        return f"{lang['voicemail']}{who}" + (f" ({tm})" if tm else "") + f': "{body}"', looks
    # ticket
    ref = pl.lookalike(rng, loc, "ticket") if stamps else None
    if ref:
        looks.append((ref, "ticket"))
    who = f" ({headers[0]})" if headers else ""
    out = [
        f"{lang['ticket']}" + (f" {ref}" if ref else ""),
        f"{lang['customer']}{who}: {body}",
        f"{lang['agent']}: {rng.choice(lang['filler'])}",
    ]
    return "\n".join(out), looks


ROLE = {
    "minutes": "attendee",
    "show_notes": "attendee",
    "transcript": "speaker",
    "voicemail": "caller",
    "ticket": "caller",
}


def _item(rng, loc, lang, lc, kind, genre, lists, banned, roster, header_ok):
    """-> (value, form, frags, message-or-None, header-role-or-None)."""
    if kind in ("PERSON", "MEMBER"):
        if kind == "MEMBER":
            g, s, fem = rng.choice(roster[loc])
        else:
            g, s, fem = va.random_person(rng, loc, lists, banned)
        header = header_ok and rng.random() < 0.45
        wf = va.pick_wform(rng, lc, g, header, genre)
        v = va.write_name(rng, loc, lc, g, s, fem, wf)
        frags = ["n:" + t for t in va.name_tokens(v)]
        if header:
            role = "sender" if genre in CHAT else ROLE[genre]
            return v, f"{role}_{wf}", frags, None, role
        key = "PERSON_POSS" if wf == "possessive" else "PERSON"
        return v, wf, frags, rng.choice(lang["phrases"][key]).format(v=v), None
    if genre in ("voice_note", "voicemail"):
        lang = {**lang, "_spoken": True}
    if kind in ("EMAIL", "URL"):
        g, s, _ = va.random_person(rng, loc, lists, set())
        mk = va.make_email if kind == "EMAIL" else va.make_url
        v, form, frags = mk(rng, loc, lang, g, s)
    else:
        mk = {
            "PHONE": va.make_phone,
            "CARD": va.make_card,
            "IBAN": va.make_iban,
            "ID": va.make_nid,
            "IP": va.make_ip,
            "ADDRESS": va.make_address,
        }[kind]
        v, form, frags = mk(rng, loc, lang)
    tpl = rng.choice(lang["phrases"][kind])
    scheme = lang["schemes"].get(form.split(":")[0], form.split(":")[0])
    return v, form, frags, tpl.format(v=v, scheme=scheme), None


def _check(text, items, looks) -> bool:
    for _, frags, v in items:
        if text.count(v) != 1 or not frags:
            return False
        bg = text.replace(v, " ")
        if any(_frag_re(f).search(bg) for f in frags):
            return False
    masked = text
    for _, _, v in sorted(items, key=lambda it: -len(it[2])):
        masked = masked.replace(v, "[X]")
    for _, frags, v in items:
        if leaked(masked, frags, text.replace(v, " ")):
            return False
        if any(_frag_re(f).search(lk) for f in frags for lk in looks):
            return False
    return all(lk in text for lk in looks)


def _labelled(rng, loc, lists, banned, roster, first_kind) -> Post:
    lc = LANG_OF[loc]
    lang = L[lc]
    for _ in range(60):
        genre = rng.choice(GENRES)
        n = rng.choices([1, 2, 3], [4, 3.5, 2.5])[0]
        kinds = [first_kind] + [rng.choice(KINDS) for _ in range(n - 1)]
        items, forms, msgs, headers = [], [], [], []
        for k in kinds:
            header_ok = (
                genre in CHAT
                or genre in ("minutes", "show_notes", "transcript")
                or (genre in ROLE and not headers)
            )
            v, form, frags, msg, role = _item(
                rng, loc, lang, lc, k, genre, lists, banned, roster, header_ok
            )
            items.append((k, frags, v))
            forms.append(form)
            if role in ("sender", "speaker"):
                msgs.append((v, rng.choice(lang["filler"])))
                headers.append(v)
            elif role:
                headers.append(v)
            else:
                msgs.append(("", msg))
        for _ in range(rng.randint(0, 2)):
            msgs.insert(rng.randint(0, len(msgs)), (None, rng.choice(lang["filler"])))
        looks: list[tuple[str, str]] = []
        for _ in range(rng.choices([0, 1, 2], [5, 3, 1])[0]):
            lk_kind = rng.choice(pl.LOOK_KINDS)
            lk = pl.lookalike(rng, loc, lk_kind)
            looks.append((lk, lk_kind))
            msgs.insert(rng.randint(0, len(msgs)), (None, lang["look"][lk_kind].format(v=lk)))
        if not msgs:
            msgs.append((None, rng.choice(lang["filler"])))
        hdr = [h for h in headers if not any(h == m[0] for m in msgs)]
        text, stamp_looks = _frame(rng, loc, lang, genre, msgs, hdr, rng.random() < 0.8)
        looks += stamp_looks
        if _check(text, items, [lk for lk, _ in looks]):
            return Post(
                loc, text, items, forms, [lk for lk, _ in looks], [k for _, k in looks], genre
            )
    raise RuntimeError(f"could not build a {first_kind} post for {loc}")


def _pii_free(rng, loc, n_looks) -> Post:
    lang = L[LANG_OF[loc]]
    while True:
        genre = rng.choice(GENRES)
        msgs = [(None, m) for m in rng.sample(lang["filler"], rng.randint(2, 4))]
        looks = []
        for _ in range(n_looks):
            k = rng.choice(pl.LOOK_KINDS)
            lk = pl.lookalike(rng, loc, k)
            looks.append((lk, k))
            msgs.insert(rng.randint(0, len(msgs)), (None, lang["look"][k].format(v=lk)))
        text, _ = _frame(rng, loc, lang, genre, msgs, [], False)
        if n_looks == 0 and any(c.isdigit() for c in text):
            continue
        if len({lk for lk, _ in looks}) == len(looks) and all(lk in text for lk, _ in looks):
            return Post(loc, text, [], [], [lk for lk, _ in looks], [k for _, k in looks], genre)


def make_fourteenth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    roster = _roster(seed)
    members = [f"{g} {s}" for loc in LOCALES for g, s, _ in roster[loc]]
    banned = {t.lower() for m in members for t in va.name_tokens(m)}
    posts: list[Post] = []
    for li, loc in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{li}")
        lists = name_lists(loc)
        for j in range(N_LABELLED):
            posts.append(_labelled(rng, loc, lists, banned, roster, KINDS[j % len(KINDS)]))
        for j in range(N_PLAIN + N_LOOK):
            posts.append(_pii_free(rng, loc, 0 if j < N_PLAIN else rng.randint(1, 3)))
    return members, posts
