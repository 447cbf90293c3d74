"""Canary members for the audit: random secrets in the formats of real PII and as passphrases.

After Carlini et al., "The Secret Sharer" (2019). Each canary is a new member with an opt-in
consent event in an allowed region and one post ``"{w1}-{w2}: my {label} is {secret}"``: a
random, unique prefix, then a random secret. Phone numbers, emails and IBANs are what redaction
must remove (so the model never sees them: their exposure must be at chance); passphrases of
random words are what no redactor catches (their exposure measures memorisation).

Pure: a ``random.Random`` in, rows and candidates out. The caller draws its seed from OS
entropy and records it, with every canary, in the audit's private file.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

FORMATS = ("phone", "email", "iban", "passphrase")
PII_FORMATS = ("phone", "email", "iban")  # redaction removes these: exposure must be chance
LABELS = {"phone": "phone number", "email": "email", "iban": "IBAN", "passphrase": "passphrase"}
PASSPHRASE_WORDS = 4  # 4 of 256 words: 2^32 passphrases

# 256 plain lowercase words, none a first name or a place (the name redactor must not fire), and
# none that the redactor reads as an opaque password after "my passphrase is" (tests/audit
# checks every word in that spot: "easel", "igloo" and "stapler" were, and took ~1 % of draws).
WORDS = tuple(
    """acid aisle alarm amber angle ankle apron arena arrow atlas attic audio award axis bacon
badge bagel baker bamboo banjo barrel basin batch beach beard beetle bench berry bison blade
blanket blaze blender bloom board bonus boot bottle bowl brick bridge broom bubble bucket buffer
bulb bundle burger butter cabin cable cactus camel candle canoe canvas carbon carpet carrot
castle cedar cellar cement chalk cheese cherry chimney cider cinema circle clamp cliff clock
cloud clover cobalt cocoa coffee collar comet copper coral cotton cradle crane crater crayon
cricket crystal cube cushion dagger dancer denim desert dinner dolphin donkey dragon drawer
drum eagle ribbon elbow ember engine falcon fabric feather fence ferry fiddle filter flame flask
fleece flute fossil fountain fridge galaxy garlic gasket geyser ginger glacier glove goblet
granite gravel guitar hammer harbor harness helmet hinge hockey honey hornet pencil iron island
ivory jacket jaguar jelly jigsaw kayak kettle kernel kiwi ladder lagoon lantern laptop lemon
lever lizard lobster locket magnet mango maple marble meadow melon mirror mitten mortar mosaic
motor muffin nectar needle noodle nutmeg oasis olive onion orbit otter oyster paddle pancake
panda parcel pebble pepper piano pickle pillow pirate planet plum pocket pollen pony puzzle
quartz quiver rabbit radar radish raft rocket saddle salmon satchel scarf shovel silk skate
sled socket spade spiral sponge squid saucer sugar summit tablet teapot tiger timber toast
tomato torch trolley tulip tunnel turnip umbrella valley velvet violin walnut walrus wagon
whisk willow window wizard yogurt zebra zipper
anchor apple basket beacon biscuit button compass domino garden helium""".split()
)


@dataclass(frozen=True)
class Canary:
    """One canary member and its secret; `included` is the fair coin of the one-run audit."""

    index: int
    member_id: str
    display_name: str
    format: str
    prefix: str  # the text before the secret (the extraction prompt)
    secret: str
    included: bool

    @property
    def text(self) -> str:
        return f"{self.prefix} {self.secret}"

    def to_dict(self) -> dict:
        return asdict(self)


def draw_secret(fmt: str, rng: random.Random) -> str:
    """A fresh random secret of format `fmt`."""
    if fmt == "phone":  # NANP: area and exchange codes start with 2-9
        return (f"+1 ({rng.randrange(2, 10)}{rng.randrange(100):02d}) "
                f"{rng.randrange(2, 10)}{rng.randrange(100):02d}-{rng.randrange(10_000):04d}")
    if fmt == "email":
        return f"{rng.choice(WORDS)}.{rng.choice(WORDS)}{rng.randrange(10, 100)}@example.com"
    if fmt == "iban":  # German IBAN, valid ISO 13616 check digits
        bban = "".join(str(rng.randrange(10)) for _ in range(18))
        check = 98 - int(bban + "131400") % 97  # "DE" = 13 14, then "00"
        return f"DE{check:02d}{bban}"
    if fmt == "passphrase":
        return " ".join(rng.choice(WORDS) for _ in range(PASSPHRASE_WORDS))
    raise ValueError(f"unknown canary format {fmt!r}; expected one of {', '.join(FORMATS)}")


def make_canaries(
    *,
    m: int,
    formats: Sequence[str],
    rng: random.Random,
    in_training_split: Callable[[list[str]], list[str]],
) -> list[Canary]:
    """`m` canaries cycling through `formats`, each included by an independent fair coin.

    Member ids are random; `in_training_split(ids)` returns those that the run's train/eval
    split puts on the training side (a canary in the held-out split would never be trained on).
    """
    if m < 2:
        raise ValueError("need at least 2 canaries")
    for fmt in formats:
        draw_secret(fmt, random.Random(0))  # validates the name
    ids: list[str] = []
    while len(ids) < m:
        batch = [f"canary-{rng.getrandbits(48):012x}" for _ in range(4 * m)]
        ids += [i for i in in_training_split(batch) if i not in ids]
    prefixes: set[str] = set()
    canaries = []
    for i in range(m):
        fmt = formats[i % len(formats)]
        while (stem := f"{rng.choice(WORDS)}-{rng.choice(WORDS)}") in prefixes:
            pass
        prefixes.add(stem)
        canaries.append(Canary(
            index=i,
            member_id=ids[i],
            display_name=f"Canary {i:04d}",
            format=fmt,
            prefix=f"{stem}: my {LABELS[fmt]} is",
            secret=draw_secret(fmt, rng),
            included=rng.random() < 0.5,
        ))
    return canaries


def table_rows(
    canaries: Sequence[Canary], *, setting: str, region: str, repeats: int = 1
) -> dict[str, list[dict]]:
    """Rows of the members, consent and posts tables for the included canaries.

    Each included canary opted in on 2021-01-01 (before any snapshot) and wrote its post
    `repeats` times in 2021 (more repeats are only used if privacy.max_posts_per_member allows).
    """
    members, consent, posts = [], [], []
    for c in canaries:
        if not c.included:
            continue
        members.append({"member_id": c.member_id, "display_name": c.display_name,
                        "region": region})
        consent.append({"member_id": c.member_id, "setting": setting, "value": True,
                        "at": "2021-01-01T00:00:00Z", "policy_version": "canary"})
        posts += [{"post_id": f"{c.member_id}-{j}", "member_id": c.member_id, "kind": "post",
                   "text": c.text, "created_at": f"2021-01-{2 + j % 27:02d}T00:00:00Z",
                   "deleted_at": None} for j in range(repeats)]
    return {"members": members, "consent": consent, "posts": posts}


def exposure_bits(secret_score: float, candidate_scores: Sequence[float]) -> float:
    """log2(n + 1) - log2(rank) of the secret among itself and n candidates (higher score =
    more likely); ties count half. Chance gives ~1.44 bits on average, see `chance_mean_bits`."""
    above = sum(s > secret_score for s in candidate_scores)
    ties = sum(s == secret_score for s in candidate_scores)
    rank = 1 + above + ties / 2
    return math.log2(len(candidate_scores) + 1) - math.log2(rank)


def chance_mean_bits(n_candidates: int) -> float:
    """Mean exposure when the secret's rank is uniform among n + 1: what no memorisation gives."""
    n = n_candidates + 1
    return math.log2(n) - sum(math.log2(r) for r in range(1, n + 1)) / n
