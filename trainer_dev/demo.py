"""A seeded synthetic professional network: members, consent histories and posts (JSON Lines).

Deterministic (one ``random.Random(seed)``, no clock). Built to exercise every eligibility rule
at ``DEMO_SNAPSHOT`` (regions in and out of scope, odd region spellings, opt-ins, opt-outs,
re-opt-ins, ties, events after the snapshot, other settings, malformed rows) and to plant many
kinds of personal data in the texts for redaction: emails (some obfuscated), phone numbers,
URLs and profile links, IPs, Luhn-valid card numbers, IBANs, US SSNs, street addresses, names
and @mentions of other members. All of it is invented.
"""

from __future__ import annotations

import json
import os
import random
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS

DEMO_SNAPSHOT = "2026-06-30T00:00:00Z"  # the reference snapshot the demo is tuned for
SETTING = "generative_ai_training"
FILES = ("members.jsonl", "consent.jsonl", "posts.jsonl")
_SNAP = datetime(2026, 6, 30, tzinfo=UTC)
_START = datetime(2022, 1, 1, tzinfo=UTC)
_END = datetime(2026, 12, 31, tzinfo=UTC)
_POLICIES = ("2023-06", "2024-11", "2025-09")


def _split(text: str) -> tuple[str, ...]:
    """Vocabulary written compactly: items separated by "|" (line breaks also separate)."""
    return tuple(item.strip() for item in text.replace("\n", "|").split("|") if item.strip())


_FIRST = """Ana María José Zoë Björn Søren Łukasz Chloé Nguyễn Oluwaseun Siddharth Wei Fatima
Mateo Aoife Jürgen Ingrid Priya Kwame Sakura Hamid Elif Lucía Tomás Amara Noémie Dmitri Ayşe
Rafael Mei Kofi Ines Joaquín Hana Arjun Leilani Yusuf Camille Emeka Astrid Thabo Marta Ravi
Olga Diego Nadia Kenji Grace Omar Sione Valentina Henrik Ngozi Pedro Anh Jae-won Zainab""".split()
_LAST = """García López Ångström Wiśniewski Dubois Adeyemi Rao Zhang Al-Sayed Müller Ó_Briain
Hansen Kowalski Okafor Tanaka Haddad Yılmaz Fernández Novák Mensah Lefèvre Ivanova Şahin Costa
Chen Boateng Sørensen Pérez Kim Patel Kahale Demir Moreau Eze Lindqvist Dlamini Nowak Iyer
Petrova Herrera Rahman Sato Osei Khoury Tupou Rossi Berg Nwosu Silva Tran Park Bello""".split()
_PARTICLES = ("van der", "de la", "dos", "von", "bin", "Mac")
_OTHER_REGIONS = """US US US US CA CA BR BR IN IN IN JP AU SG ZA NG MX KE AE KR AR CO EG TR ID PH
NZ IL CL PE VN TH MY PK BD SA MA GH UA RS""".split()
_ODD_REGIONS = ("us", " ca ", "UK", "uk ", "EL", "", None, "XX", "Germany", "U.S.", 42)

_COMPANIES = """Northwind Contoso Fabrikam Initech Globex Umbrella Hooli Acme Vandelay Wayfinder
Lumen Kestrel Orbital Brightline Tidewater Quantix Meridian Halcyon Paperclip Redwood""".split()
_ROLES = _split(
    """
Senior Data Engineer|Product Manager|Head of Design|Staff ML Engineer|VP of Sales|
Engineering Manager|UX Researcher|Site Reliability Engineer|Chief Financial Officer|
Developer Advocate|Security Analyst|Recruiter
"""
)
_TOPICS = _split(
    """
observability|data contracts|LLM evaluation|zero-trust networking|design systems|
remote onboarding|FinOps|accessibility|privacy engineering|supply-chain analytics|
platform teams|differential privacy
"""
)
_CONFS = _split(
    """
KubeCon|PyCon|NeurIPS|Web Summit|re:Invent|Strange Loop|QCon|Data Council|SREcon|CHI
"""
)
_CITIES = _split(
    """
Austin|Toronto|São Paulo|Bengaluru|Tokyo|Sydney|Lagos|Nairobi|Singapore|Mexico City|Seoul|Dubai|
Cape Town|Buenos Aires
"""
)
_TAGS = _split(
    """
#hiring|#leadership|#opentowork|#ai|#data|#careers|#productmanagement|#devops|#startups|
#privacy|#engineering|#mentoring
"""
)

_POSTS = (
    "Excited to share that I've started a new position as {role} at {company}! {tag}",
    "After {n} wonderful years at {company}, today is my last day. Next: {role} at {company2}.",
    "We're hiring! {company} is looking for a {role} in {city}. DM me or apply at {url} {tag}",
    "Proud of the team: {product} {version} is live. {pct}% faster builds, half the config. {tag}",
    "I'll be speaking at {conf} {year} about {topic}. Slides will be up afterwards. {tag}",
    "Lessons learned from migrating {n} services to {topic}: start small, measure, then scale.",
    "Q{q} {year} results: revenue up {pct}% to {money}, {n} new customers. Thank you all! {tag}",
    "Hot take: {topic} is a people problem before it is a tooling problem. Agree? {tag}",
    "Celebrating {n} years at {company} today. Grateful for every mentor along the way.",
    "Just closed our Series {series} of {money} led by {company2} Ventures. Onwards!",
    "Reading list for anyone getting into {topic}: three books and a podcast in the comments.",
    "Our {product} {version} release notes are out: {n} fixes, dark mode and SSO. {url}",
    "Looking for recommendations: who runs great workshops on {topic} in {city}?",
    "Thrilled to welcome {name} to the {company} family as our new {role}! {tag}",
    "Spent the week at {conf} in {city}. Best talk: {name} on {topic}. {tag} {tag2}",
    "Open to work: {role} with {n} years in {topic}. Reach me at {contact}. {tag}",
)
_COMMENTS = (
    "Congratulations, {name}! Well deserved.",
    "Great insights, thanks for sharing.",
    "Couldn't agree more about {topic}.",
    "Looking forward to your talk at {conf}!",
    "This is gold. Saving it for my team.",
    "Congrats {mention}! {company} is lucky to have you.",
    "Interesting numbers. Was the {pct}% measured before or after the {version} upgrade?",
    "Happy to help, send me a note at {contact}.",
    "+1, we saw the same at {company}.",
)
_MESSAGES = (
    "Hi {name}, thanks for connecting! Could you send your CV to {contact}?",
    "Hey, my new number is {phone}. Let's catch up next week.",
    "Here are my bank details for the invoice: {iban}. Thanks!",
    "Card for the conference booking: {card}, exp 09/28. Please delete after use.",
    "For the background check they need my SSN, {ssn}. Is that normal?",
    "Can you ship the laptop to {address}? Cheers.",
)
_PARAGRAPHS = (
    "When we started the {topic} initiative at {company} in {year}, nobody owned the problem. "
    "Teams shipped quickly, but every incident review ended with the same question: who knew?",
    "The first change was cultural. We wrote down what 'done' meant, agreed on {n} metrics and "
    "published them weekly. Within a quarter, lead time dropped by {pct}%.",
    "The second change was technical. We moved to {product} {version}, retired {n} scripts and "
    "put the rest behind one interface. Costs fell from {money} to well under half.",
    "Not everything worked. Our first rollout in {city} overloaded support, and we paused for "
    "two sprints. {name} rewrote the runbook, and the second attempt was uneventful.",
    "If you are starting out: pick one workflow, instrument it, and talk to the people who live "
    "with it every day. Tools come later. Questions? Reach out at {contact} or {url}.",
    "Looking ahead to {year2}, we will open-source parts of {product} and share what we learn at "
    "{conf}. {tag} {tag2}",
)
_STREETS = _split(
    """
1600 Amphitheatre Parkway, Mountain View, CA 94043|221B Baker Street, London NW1 6XE|
742 Evergreen Terrace, Springfield, IL 62704|Hauptstraße 12, 10115 Berlin|
10 Downing Street, London SW1A 2AA|Königsallee 92a, 40212 Düsseldorf|
350 Fifth Avenue, New York, NY 10118|48 Leicester Square, London WC2H 7LU
"""
)
_PHONES = _split(
    """
+1 (415) 555-0134|415-555-0199|+44 20 7946 0958|07700 900123|+49 30 12345678|030 1234567|
+33 1 42 68 53 00|+91 98765 43210|+55 11 91234-5678|+81 3-1234-5678|+234 803 123 4567
"""
)
_IPS = ("192.168.1.24", "10.0.0.7", "203.0.113.42", "198.51.100.17", "2001:db8::1")
_EXTRAS = _split(
    "Contact: {contact}|Call {phone}|Office: {address}|Profile: {profile}|"
    "Server {ip} is down again|cc {mention} {name}|Refunds go to {iban}, not my old account|"
    "Oops, paid the booking with my card {card} instead of the company one|"
    "Why does the new portal show my SSN {ssn} in full?"
)
_VOCABULARY = {
    "role": _ROLES, "company": _COMPANIES, "company2": _COMPANIES, "city": _CITIES,
    "conf": _CONFS, "topic": _TOPICS, "tag": _TAGS, "tag2": _TAGS, "phone": _PHONES,
    "address": _STREETS, "ip": _IPS, "product": ("Atlas", "Beacon", "Relay", "Forge"),
    "series": "ABC",
}  # fmt: skip


def ensure_demo_data(out_dir: str | Path, *, seed: int = 0) -> None:
    """Write the demo tables into ``out_dir`` unless all three files are already there."""
    out = Path(out_dir)
    if all((out / name).is_file() for name in FILES):
        return
    write_demo_data(out, seed=seed)


def write_demo_data(
    out_dir: str | Path, *, seed: int = 0, members: int = 3200, posts: int = 30_000
) -> dict[str, int]:
    """Generate and write the three JSONL files, each atomically; returns the row counts."""
    out_dir = Path(out_dir)
    tables = generate(seed=seed, members=members, posts=posts)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in zip(FILES, tables.values(), strict=True):
        tmp = out_dir / f".{name}.{os.getpid()}.tmp"
        with tmp.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(row if isinstance(row, str) else json.dumps(row, ensure_ascii=False))
                fh.write("\n")
        tmp.replace(out_dir / name)
    return {name: len(rows) for name, rows in tables.items()}


def generate(*, seed: int, members: int, posts: int) -> dict[str, list]:
    """The three tables as lists of rows (dicts, or raw strings for deliberately broken lines)."""
    rng = random.Random(seed)
    people = [_member(rng, i) for i in range(members)]
    member_rows: list = [dict(p) for p in people]
    member_rows[rng.randrange(members)]["region"] = 42  # wrong type: quarantined
    member_rows.append({**people[7], "region": "US"})  # duplicate id: fails closed
    member_rows.append('{"member_id": "m99990", "display_name": ')  # truncated line
    consent_rows = [e for p in people for e in _consent_history(rng, p["member_id"])]
    post_rows = [_post(rng, people, i) for i in range(posts)]
    _break_some(rng, post_rows, consent_rows, people)
    return {"members": member_rows, "consent": consent_rows, "posts": post_rows}


def _member(rng: random.Random, i: int) -> dict:
    parts = [rng.choice(_FIRST)]
    if rng.random() < 0.15:
        parts.append(rng.choice(_FIRST))
    if rng.random() < 0.08:
        parts.append(rng.choice(_PARTICLES))
    parts.append(rng.choice(_LAST).replace("_", " "))
    if rng.random() < 0.12:
        parts.append(rng.choice(_LAST).replace("_", " "))
    roll = rng.random()
    if roll < 0.02:
        region = rng.choice(_ODD_REGIONS)
    elif roll < 0.42:
        region = rng.choice(DEFAULT_EXCLUDED_REGIONS[:8] + ("DE", "FR", "GB", "NL", "ES", "IT"))
    else:
        region = rng.choice(_OTHER_REGIONS)
    row = {"member_id": f"m{i:05d}", "display_name": " ".join(parts), "region": region}
    if region is None and rng.random() < 0.5:
        del row["region"]  # a missing key, not just a null
    return row


def _ts(moment: datetime, rng: random.Random) -> str:
    """An ISO 8601 text for ``moment`` in one of the spellings real exports use."""
    roll = rng.random()
    if roll < 0.8:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if roll < 0.9:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")  # no zone: UTC
    zone = timedelta(hours=rng.choice((-5, 2, 5.5, 9)))
    return (moment + zone).replace(tzinfo=None).isoformat() + _offset(zone)


def _offset(zone: timedelta) -> str:
    minutes = int(zone.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


def _consent_history(rng: random.Random, member_id: str) -> list[dict]:
    b = sorted(_between(rng, _START, _SNAP) for _ in range(3))  # instants before the snapshot
    after = _between(rng, _SNAP + timedelta(seconds=1), _END)
    histories = [  # (share, [(value, when)]); about 70% end opted in at the snapshot
        (52, [(True, b[0])]),  # opted in
        (10, [(True, b[0]), (False, b[1]), (True, b[2])]),  # withdrew, then opted in again
        (4, [(True, b[0]), (False, after)]),  # withdrew only after the snapshot
        (12, [(True, b[0]), (False, b[1])]),  # withdrew
        (4, [(False, b[0])]),  # only ever said no
        (3, [(True, after)]),  # opted in too late
        (1, [(True, b[1]), (False, b[1])]),  # same instant: the opt-out wins
        (14, []),  # never answered
    ]
    shares, choices = zip(*histories, strict=True)
    events = [
        _event(rng, member_id, SETTING, v, when) for v, when in rng.choices(choices, shares)[0]
    ]
    for _ in range(rng.choice((0, 0, 1, 2))):  # other settings never matter
        setting = rng.choice(("marketing_emails", "profile_visibility", "ads_personalisation"))
        events.append(
            _event(rng, member_id, setting, rng.random() < 0.5, _between(rng, _START, _END))
        )
    return events


def _event(
    rng: random.Random, member_id: str | None, setting: str, value: object, when: datetime
) -> dict:
    return {"member_id": member_id, "setting": setting, "value": value, "at": _ts(when, rng),
            "policy_version": _policy(when)}  # fmt: skip


def _policy(when: datetime) -> str:
    return _POLICIES[0] if when.year < 2024 else _POLICIES[1] if when.year < 2025 else _POLICIES[2]


def _post(rng: random.Random, people: list[dict], i: int) -> dict:
    author = people[
        min(int(rng.paretovariate(1.2)) - 1, len(people) - 1)
        if rng.random() < 0.3
        else rng.randrange(len(people))
    ]
    kind = rng.choices(("post", "comment", "article", "message"), (55, 25, 10, 10))[0]
    created = _between(rng, _START, _END - timedelta(days=30))
    text = _text(rng, kind, people)
    roll = rng.random()
    deleted = None
    if roll < 0.06:
        deleted = _ts(created + timedelta(days=rng.randrange(1, 400)), rng)
    elif roll < 0.07:
        text = rng.choice(("", "   ", "\n\t "))
    return {"post_id": f"p{i:06d}", "member_id": author["member_id"], "kind": kind, "text": text,
            "created_at": _ts(created, rng), "deleted_at": deleted}  # fmt: skip


def _text(rng: random.Random, kind: str, people: list[dict]) -> str:
    fill = _Slots(rng, people)
    if kind == "article":
        title = f"{rng.choice(_TOPICS).title()}: what {rng.randrange(3, 12)} years taught me"
        body = [p.format_map(fill) for p in rng.sample(_PARAGRAPHS, rng.randrange(3, 6))]
        return "\n\n".join([title, *body])
    templates = {"post": _POSTS, "comment": _COMMENTS, "message": _MESSAGES}[kind]
    text = rng.choice(templates).format_map(fill)
    if rng.random() < 0.12:  # extra personal data in an otherwise ordinary text
        text += " " + rng.choice(_EXTRAS).format_map(fill)
    return text


class _Slots(dict):
    """Fills template slots lazily, each with a fresh random value."""

    def __init__(self, rng: random.Random, people: list[dict]):
        super().__init__()
        self.rng, self.people = rng, people

    def __missing__(self, key: str) -> str:
        r = self.rng
        if key in _VOCABULARY:
            return r.choice(_VOCABULARY[key])
        other = r.choice(self.people)["display_name"]
        value = {
            "n": lambda: str(r.randrange(2, 40)),
            "q": lambda: str(r.randrange(1, 5)),
            "pct": lambda: str(r.choice((12, 18, 23.5, 37, 40, 64))),
            "year": lambda: str(r.randrange(2022, 2027)),
            "year2": lambda: str(r.randrange(2025, 2028)),
            "money": lambda: r.choice(("$4.2M", "€1.8 million", "£750k", "$120,000", "USD 3.1bn")),
            "version": lambda: f"v{r.randrange(1, 6)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}",
            "url": lambda: r.choice(
                (
                    f"https://www.{r.choice(_COMPANIES).lower()}.com/careers",
                    "http://blog.example.org/posts/2024/03/lessons?ref=feed",
                    "www.example.com/jobs/4711",
                )
            ),
            "name": lambda: other,
            "mention": lambda: "@" + _slug(other, sep=""),
            "profile": lambda: (
                r.choice(("https://www.linkedin.com/in/", "linkedin.com/in/"))
                + _slug(other, sep="-")
                + f"-{r.randrange(10, 999)}"
            ),
            "contact": lambda: _email(r, other),
            "card": lambda: _card(r),
            "iban": lambda: _iban(r),
            "ssn": lambda: _ssn(r),
        }[key]()
        return value


def _slug(name: str, *, sep: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return sep.join(w.lower() for w in ascii_name.replace("-", " ").split() if w.isalpha())


def _email(rng: random.Random, name: str) -> str:
    user = _slug(name, sep=".") or "someone"
    domain = rng.choice(("example.com", "mail.example.org", "northwind.io", "contoso.co.uk"))
    host, dot, tld = domain.rpartition(".")
    return rng.choice((f"{user}@{domain}", f"{user} [at] {host} [dot] {tld}",
                       f"{user}(at){domain}", f"{user.upper()}@{domain.upper()}"))  # fmt: skip


def _card(rng: random.Random) -> str:
    digits = [rng.choice((4, 5))] + [rng.randrange(10) for _ in range(14)]
    total = sum(d if i % 2 else sum(divmod(2 * d, 10)) for i, d in enumerate(reversed(digits)))
    number = "".join(map(str, digits)) + str(-total % 10)  # Luhn check digit
    sep = rng.choice((" ", "-", ""))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _iban(rng: random.Random) -> str:
    country, bban = rng.choice((
        ("DE", "".join(str(rng.randrange(10)) for _ in range(18))),
        ("GB", "NWBK" + "".join(str(rng.randrange(10)) for _ in range(14))),
        ("FR", "".join(str(rng.randrange(10)) for _ in range(23))),
    ))  # fmt: skip
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.5 else iban


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _break_some(rng: random.Random, posts: list, consent: list, people: list[dict]) -> None:
    """Plant the broken and borderline rows that eligibility must catch."""
    for i in rng.sample(range(len(posts)), 12):
        broken = dict(posts[i])
        fault = i % 4
        if fault == 0:
            del broken["text"]
        elif fault == 1:
            broken["created_at"] = "last Tuesday"
        elif fault == 2:
            broken["member_id"] = 12345
        else:
            broken = '{"post_id": "p-broken", "member_id": '  # not JSON
        posts[i] = broken
    intact = [i for i, row in enumerate(posts) if isinstance(row, dict) and "text" in row]
    posts.extend(dict(posts[i]) for i in rng.sample(intact, 5))  # repeated post ids
    posts.extend(
        {**posts[i], "post_id": f"p-ghost-{i}", "member_id": "m99999"}
        for i in rng.sample(intact, 40)
    )  # unknown author
    for person in rng.sample(people, 15):  # unreadable events: consent unverifiable
        bad = _event(rng, person["member_id"], SETTING, True, _between(rng, _START, _SNAP))
        if rng.random() < 0.5:
            bad["value"] = rng.choice(("yes", 1, None))
        else:
            bad["at"] = rng.choice(("soon", "2025-13-01T00:00:00Z", None))
        consent.append(bad)
    consent.append(_event(rng, None, SETTING, True, _START))  # unattributable: quarantined
    noise = _event(rng, people[3]["member_id"], "marketing_emails", "maybe", _START)
    consent.append({**noise, "at": "whenever", "policy_version": 7})  # other setting: never read
