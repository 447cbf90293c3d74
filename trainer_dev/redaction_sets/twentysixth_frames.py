"""Frames of the twenty-sixth set: combine phrase-bank pieces, structured blocks
(log excerpts, YAML snippets, small tables, onboarding forms, rosters) and values
into one post. Structured templates are language-neutral code/field syntax; the
human words around them come from the per-language banks.
"""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets.twentysixth_ids import BANK_LABELS
from trainer_dev.redaction_sets.twentysixth_looks import make_look

GENRES = ["incident", "release", "review", "log", "helpdesk", "oncall", "data", "vendor"]
SLOT = re.compile(r"\{(\w+)\}")
SECTION = re.compile(r"^## (\w+)$")


def parse_bank(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    cur = None
    for line in text.strip().splitlines():
        m = SECTION.match(line)
        if m:
            cur = m.group(1)
            out[cur] = []
        elif line.strip():
            out[cur].append(line.strip())
    return out


def count_pieces(bank: dict[str, list[str]]) -> int:
    return len({p for k, v in bank.items() for p in v})


LOG = {
    "EMAIL": [
        '{ts} WARN {host} password reset requested user="{V}" req={uuid}',
        "{ts} INFO mailer-03 queued notification to={V} template=incident_update",
        "{ts} ERROR {host} bounce rcpt=<{V}> reason={err}",
    ],
    "PHONE": [
        "{ts} INFO sms-gw-02 OTP sent msisdn={V} status=delivered",
        '{ts} WARN {host} callback_number="{V}" retries=3',
    ],
    "IP": [
        "{ts} WARN {host} failed login client_ip={V} attempts=5",
        "{ts} INFO {host} session opened from {V} port {port}",
        '{V} - - [{ts}] "POST /api/v2/login HTTP/1.1" 401 512',
    ],
    "URL": [
        '{ts} INFO {host} referrer="{V}" status=200',
        "{ts} DEBUG {host} fetch profile url={V}",
    ],
    "CARD": [
        "{ts} ERROR {host} payment declined pan={V} code={err}",
        '{ts} DEBUG {host} request body: {{"card_number": "{V}", "amount": "{amount}"}}',
    ],
    "IBAN": [
        "{ts} INFO payout-svc transfer queued iban={V} amount={amount}",
        "{ts} WARN {host} sepa validation ok for {V} ref={ref}",
    ],
    "ID": [
        '{ts} INFO kyc-svc check id_number="{V}" result=match',
        "{ts} WARN {host} duplicate national_id={V}",
    ],
    "PERSON": [
        '{ts} INFO {host} customer_name="{V}" order={order}',
        '{ts} WARN {host} signer="{V}" doc={uuid}',
    ],
    "MEMBER": [
        "{ts} INFO deploy-bot approved_by={V} build={build}",
        "{ts} INFO {host} ack by {V} after {dur}",
    ],
    "ADDRESS": ['{ts} INFO {host} shipping_address="{V}" order={order}'],
}
NOISE = [
    "{ts} INFO {host} healthcheck ok latency={dur}",
    "{ts} WARN {host} retrying in {dur} ({err})",
    "{ts} DEBUG {host} cache miss key={commit}",
    "{ts} INFO {host} build {build} started",
    "{ts} ERROR {host} upstream returned {err}",
    "{ts} INFO {host} request_id={uuid} done in {dur}",
    "{ts} INFO {host} listening on port {port}",
    "{ts} WARN {host} disk usage {pct}",
]
YAML_KEY = {
    "EMAIL": "notify",
    "PHONE": "oncall_phone",
    "IP": "allow_from",
    "URL": "homepage",
    "CARD": "test_card",
    "IBAN": "payout_iban",
    "ID": "tax_id",
    "PERSON": "contact_name",
    "MEMBER": "owner",
    "ADDRESS": "ship_to",
}
YAML_NOISE = [
    "image: registry.internal/{host}:{ver}",
    "port: {port}",
    "timeout: {dur}",
    "max_body: {size}",
    "ticket: {ticket}",
    "commit: {commit}",
    "id: {uuid}",
]


class Builder:
    def __init__(self, rng: random.Random, loc: str, bank: dict[str, list[str]]):
        self.rng, self.loc, self.bank = rng, loc, bank
        self.looks: list[tuple[str, str]] = []

    def fill(self, piece: str, value: str = "", idl: str = "") -> str:
        def rep(m: re.Match) -> str:
            k = m.group(1)
            if k == "V":
                return value
            if k == "IDL":
                return idl
            txt, kind = make_look(self.rng, k, self.loc)
            if txt not in [x for x, _ in self.looks]:
                self.looks.append((txt, kind))
            return txt

        return (
            SLOT.sub(rep, piece.replace("{{", "\x01").replace("}}", "\x02"))
            .replace("\x01", "{")
            .replace("\x02", "}")
        )

    def pick(self, key: str, plain: bool = False) -> str:
        pool = self.bank[key]
        if plain:
            pool = [p for p in pool if "{" not in p and not any(c.isdigit() for c in p)]
        return self.rng.choice(pool)

    def label(self, kind: str) -> str:
        return self.rng.choice(self.bank[f"label_{kind}"])

    # ------------------------------------------------------------ blocks
    def log_block(self, items: list) -> str:
        lines = [self.fill(self.rng.choice(NOISE))]
        for kind, value, idl in items:
            lines.append(self.fill(self.rng.choice(LOG[kind]), value, idl))
        if self.rng.random() < 0.6:
            lines.append(self.fill(self.rng.choice(NOISE)))
        fence = self.rng.choice(["```", "```text", "```log"])
        return fence + "\n" + "\n".join(lines) + "\n```"

    def yaml_block(self, items: list) -> str:
        lines = [self.fill(self.rng.choice(YAML_NOISE)) for _ in range(self.rng.randrange(1, 3))]
        for kind, value, _ in items:
            q = '"' if kind in ("PHONE", "CARD", "ID", "ADDRESS", "PERSON") else ""
            lines.append(f"{YAML_KEY[kind]}: {q}{value}{q}")
        self.rng.shuffle(lines)
        return "```yaml\n" + "\n".join(lines) + "\n```"

    def table_block(self, items: list) -> str:
        head = ["ticket"] + [self.label(kind) for kind, _, _ in items] + ["amount"]
        rows = [f"| {' | '.join(head)} |", "|" + "---|" * len(head)]
        vals = [self.fill("{ticket}")] + [value for _, value, _ in items] + [self.fill("{amount}")]
        filler = [
            [self.fill("{ticket}")] + ["—"] * len(items) + [self.fill("{amount}")]
            for _ in range(self.rng.randrange(0, 3))
        ]
        body = filler + [vals]
        self.rng.shuffle(body)
        rows += [f"| {' | '.join(r)} |" for r in body]
        return "\n".join(rows)

    def form_block(self, items: list) -> str:
        lines = []
        for kind, value, idl in items:
            lab = idl if kind == "ID" and idl and self.rng.random() < 0.6 else self.label(kind)
            lines.append(f"{lab}: {value}")
        extra = self.rng.choice(
            ["PO: {order}", "Ref: {ref}", "{date}", "Quote: {amount}", "Ticket: {ticket}"]
        )
        lines.insert(self.rng.randrange(len(lines) + 1), self.fill(extra))
        bullet = self.rng.choice(["", "- ", "• "])
        return "\n".join(bullet + x for x in lines)

    def roster_block(self, items: list) -> str:
        lines = []
        for kind, value, _idl in items:
            lines.append(f"{self.fill('{date}')} — {self.label(kind)}: {value}")
        return "\n".join(lines)


def render(b: Builder, genre: str, items: list, allow_block: bool = True) -> str:
    """items: list of (kind, value, id_label). Returns the post text."""
    rng = b.rng
    parts = [b.fill(b.pick(f"open_{genre}"))]
    ctx = [b.fill(b.pick(f"ctx_{genre}")) for _ in range(rng.choice([0, 1, 1, 2]))]
    prose, structured = [], []
    block_kind = {
        "log": "log",
        "review": rng.choice(["yaml", "log"]),
        "data": "table",
        "vendor": "form",
        "oncall": "roster",
        "incident": "log",
    }.get(genre)
    for it in items:
        if allow_block and block_kind and "\n" not in it[1] and rng.random() < 0.55:
            structured.append(it)
        else:
            sec = "item_BANK" if it[2] in BANK_LABELS and "item_BANK" in b.bank else f"item_{it[0]}"
            prose.append(b.fill(b.pick(sec), it[1], it[2]))
    if rng.random() < 0.4:
        parts.append(b.fill(b.pick("plain")))
    if rng.random() < 0.35:
        parts.append(b.pick("aside"))
    body = prose + ctx
    rng.shuffle(body)
    parts += body
    if structured:
        maker = {
            "log": b.log_block,
            "yaml": b.yaml_block,
            "table": b.table_block,
            "form": b.form_block,
            "roster": b.roster_block,
        }[block_kind]
        parts.insert(rng.randrange(1, len(parts) + 1), "\x00" + maker(structured).strip())
    if rng.random() < 0.7:
        parts.append(b.fill(b.pick("close")))
    _flavour(b, parts)
    sep = rng.choice([" ", "\n", "\n\n"])
    out = []
    for p in parts:
        if p.startswith("\x00") or "\n" in p:
            out.append("\n" + p.lstrip("\x00") + "\n")
        else:
            out.append(p)
    text = re.sub(r" +\n", "\n", re.sub(r"\n +", "\n", sep.join(out).strip()))
    return re.sub(r"\n{3,}", "\n\n", text)


def _flavour(b: Builder, parts: list[str]) -> None:
    """Locale colour: Luxembourgish, Wolof, Guaraní, Ghanaian, Ugandan, Indian greetings."""
    pool = b.bank.get(f"flavour_{b.loc}")
    if pool and b.rng.random() < 0.45:
        piece = b.rng.choice(pool)
        if piece.endswith((",", ":")):
            parts.insert(0, piece)
        else:
            parts.append(piece)


def render_free(b: Builder, genre: str, n_looks: int) -> str:
    rng = b.rng
    if n_looks == 0:
        parts = [b.pick(f"open_{genre}", plain=True)]
        if rng.random() < 0.5:
            parts.append(b.pick("aside", plain=True))
        parts += [b.pick("plain", plain=True) for _ in range(rng.randrange(1, 4))]
        if rng.random() < 0.6:
            parts.append(b.pick("close", plain=True))
        _flavour(b, parts)
        return rng.choice([" ", "\n"]).join(dict.fromkeys(parts))
    parts = [b.pick(f"open_{genre}", plain=True)]
    pool = [p for p in b.bank[f"ctx_{genre}"] + b.bank["ctx_" + rng.choice(GENRES)]]
    while len(b.looks) < n_looks:
        piece = rng.choice(pool)
        if len(SLOT.findall(piece)) + len(b.looks) <= 3:
            parts.append(b.fill(piece))
    if rng.random() < 0.5:
        parts.insert(1, b.pick("plain", plain=True))
    if rng.random() < 0.5:
        parts.append(b.pick("close", plain=True))
    _flavour(b, parts)
    return rng.choice([" ", "\n"]).join(parts)
