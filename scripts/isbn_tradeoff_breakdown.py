import collections
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
import eval_redaction_scoring as scoring  # noqa: E402

from trainer.redact import Redactor, phones  # noqa: E402
from trainer.redact.tlds import delegated_tlds  # noqa: E402
from trainer_dev.redaction_sets.standards_set import (  # noqa: E402
    _digit_windows,
    make_standards_set,
)

tlds = sorted(t for t in delegated_tlds() if t.isascii() and not t.startswith("xn--"))
members, posts = make_standards_set(seed=8, n=12000, tlds=tlds)
r = Redactor.from_members(members, name_tagger=False)
lost = collections.Counter()
lost_kind = collections.Counter()
for p in posts:
    if not p.lookalikes:
        continue
    out = r.redact(p.text).text
    for v in p.lookalikes:
        if v not in out:
            d = re.sub(r"\D", "", v)
            lost_kind[("isbn10-solid" if re.fullmatch(r"\d{9}[\dX]", v) else "other")] += 1
            if re.fullmatch(r"\d{9}[\dX]", v):
                lost[(p.locale, d[0])] += 1
print("lost look-alikes by kind", dict(lost_kind))
print("lost ISBN-10 by (locale, first digit)", sorted(lost.items()))
# cue-less phones that V1 would leak: solid-written 10-digit ISBN-valid ones
phones._BOOK_CONTEXT = re.compile(r"")
r0 = Redactor.from_members([], name_tagger=False)
from faker import Faker  # noqa: E402

from trainer_dev.redaction_sets.heldout import LOCALES as FL  # noqa: E402

leak = collections.Counter()
for loc in FL:
    fake = Faker(loc)
    fake.seed_instance(8)
    for i in range(2000):
        v = fake.phone_number()
        out = r0.redact(scoring.CUELESS_FRAMES[i % 4].format(x=v)).text
        if any(w in out for w in _digit_windows(v)) and re.sub(r"\D", "", v)[:1]:
            leak[(loc, re.sub(r"\D", "", v)[0])] += 1
print("cue-less phones leaked under keep-all, by (locale, first digit)", sorted(leak.items()))
