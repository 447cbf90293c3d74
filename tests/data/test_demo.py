"""Demo data: deterministic, exercising every rule, rich in planted personal data; and the
command-line faces of the demo generator and the eligibility benchmark."""

import importlib.util
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest

from trainer.data.prepare import parse_snapshot, select_eligible
from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer_dev.demo import DEMO_SNAPSHOT, FILES, ensure_demo_data, generate

from .builders import SETTING

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    ensure_demo_data(out, seed=0)
    return out


@pytest.fixture(scope="module")
def demo_selection(demo_dir):
    return select_eligible(
        members_path=demo_dir / "members.jsonl",
        consent_path=demo_dir / "consent.jsonl",
        posts_path=demo_dir / "posts.jsonl",
        snapshot_at=parse_snapshot(DEMO_SNAPSHOT, now=None),
        read_at=parse_snapshot(DEMO_SNAPSHOT, now=None),
        setting=SETTING,
        allowed_kinds=["post", "article", "comment"],
        excluded_regions=DEFAULT_EXCLUDED_REGIONS,
    )


def test_generation_is_deterministic_per_seed():
    small = dict(members=200, posts=1000)
    assert generate(seed=0, **small) == generate(seed=0, **small)
    assert generate(seed=0, **small) != generate(seed=1, **small)


def test_ensure_demo_data_writes_once_and_fills_gaps(demo_dir):
    first = {name: (demo_dir / name).read_bytes() for name in FILES}
    (demo_dir / "posts.jsonl").write_text("kept\n")
    ensure_demo_data(demo_dir)  # all present: untouched
    assert (demo_dir / "posts.jsonl").read_text() == "kept\n"
    (demo_dir / "consent.jsonl").unlink()
    ensure_demo_data(demo_dir)  # one missing: all regenerated, the same bytes as before
    assert {name: (demo_dir / name).read_bytes() for name in FILES} == first
    assert not list(demo_dir.glob(".*.tmp"))


def test_demo_outcome_at_the_reference_snapshot_is_pinned(demo_selection):
    result = demo_selection.result
    assert [s.rows for s in demo_selection.sources] == [3202, 6244, 30045]
    assert len(result.included_post_ids) == 12385
    assert len(result.included_member_ids) == 1237
    assert result.excluded == {
        "invalid_id": 0, "malformed": 17, "unknown_member": 215, "disallowed_kind": 3034,
        "after_snapshot": 2315, "deleted": 1312, "deleted_since_snapshot": 0, "empty": 279,
        "unknown_region": 329, "excluded_region": 6732, "consent_unverifiable": 49,
        "no_consent": 1819, "consent_withdrawn": 1559, "withdrawn_since_snapshot": 0,
    }  # fmt: skip
    assert result.quarantined == {"members": 12, "consent": 16}
    assert result.policy_versions == ["2023-06", "2024-11", "2025-09"]
    assert result.posts_read == len(result.included_post_ids) + sum(result.excluded.values())


READ_AT = datetime(2026, 12, 1, 16, tzinfo=UTC)  # a run started after the reference snapshot


def test_demo_outcome_read_months_after_the_snapshot_drops_who_left_since(demo_dir, demo_selection):
    later = select_eligible(
        members_path=demo_dir / "members.jsonl",
        consent_path=demo_dir / "consent.jsonl",
        posts_path=demo_dir / "posts.jsonl",
        snapshot_at=parse_snapshot(DEMO_SNAPSHOT, now=None),
        read_at=READ_AT,
        setting=SETTING,
        allowed_kinds=["post", "article", "comment"],
        excluded_regions=DEFAULT_EXCLUDED_REGIONS,
    ).result
    at_snapshot = demo_selection.result
    assert len(later.included_post_ids) == 12062
    assert len(later.included_member_ids) == 1182
    left = set(at_snapshot.included_member_ids) - set(later.included_member_ids)
    assert len(left) == 55  # the members who opted out between the snapshot and the run start
    assert set(later.included_post_ids) < set(at_snapshot.included_post_ids)
    assert later.excluded["withdrawn_since_snapshot"] == 271
    assert later.excluded["deleted_since_snapshot"] == 105
    assert later.posts_read == len(later.included_post_ids) + sum(later.excluded.values())


def luhn_ok(number):
    digits = [int(d) for d in number][::-1]
    return sum(d if i % 2 == 0 else sum(divmod(2 * d, 10)) for i, d in enumerate(digits)) % 10 == 0


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1


def test_demo_texts_plant_every_kind_of_personal_data(demo_dir):
    posts = []
    for line in (demo_dir / "posts.jsonl").open():
        try:
            posts.append(json.loads(line))
        except ValueError:
            continue  # the deliberately broken lines
    text = "\n".join(
        p["text"] for p in posts if isinstance(p, dict) and isinstance(p.get("text"), str)
    )
    patterns = {
        "email": r"[\w.]+@[\w.]+\.\w+",
        "obfuscated email": r"\w+ \[at\] [\w.]+ \[dot\] \w+",
        "phone": r"\+44 20 7946 0958|\+49 30 \d+|\+1 \(415\)",
        "linkedin": r"linkedin\.com/in/[\w-]+",
        "url": r"https?://[\w./?=-]+",
        "ipv4": r"\b203\.0\.113\.42\b",
        "ipv6": r"2001:db8::1",
        "ssn": r"\b\d{3}-\d{2}-\d{4}\b",
        "us address": r"\d+ [A-Z]\w+ (Street|Avenue|Parkway)",
        "german address": r"\w+(straße|allee) \d+a?, \d{5} \w+",
        "mention": r"@[a-z]{4,}",
    }
    for kind, pattern in patterns.items():
        assert re.search(pattern, text), kind
    cards = re.findall(r"booking: ((?:\d{4}[ -]?){3}\d{4}),", text)
    assert cards and all(luhn_ok(re.sub(r"\D", "", c)) for c in cards)
    ibans = re.findall(r"\b(?:DE|GB|FR)\d{2}(?: ?[A-Z0-9]{4}){3,6}(?: ?[A-Z0-9]{1,3})?\b", text)
    assert ibans and all(iban_ok(i) for i in ibans)
    kinds = {p["kind"] for p in posts if isinstance(p, dict) and "kind" in p}
    assert kinds == {"post", "comment", "article", "message"}


def test_make_demo_data_cli(tmp_path, capsys):
    main = load_script("make_demo_data").main
    main(["--out", str(tmp_path), "--seed", "1", "--members", "50", "--posts", "300"])
    assert "posts" in capsys.readouterr().out
    assert all((tmp_path / name).stat().st_size > 0 for name in FILES)
    with pytest.raises(SystemExit) as exit_info:
        main(["--out", str(tmp_path), "--members", "5"])
    assert exit_info.value.code == 1
    assert capsys.readouterr().err.startswith("Error: --members must be >= 20")


def test_bench_data_cli(tmp_path, capsys):
    out = tmp_path / "bench.json"
    threads = pa.cpu_count()
    try:
        load_script("bench_data").main(["--posts", "20000", "--repeats", "1", "--json", str(out)])
    finally:
        pa.set_cpu_count(threads)  # the script pins Arrow to one core for the whole process
    report = json.loads(out.read_text())
    assert report["posts"] == 20000 and report["posts_per_second"] > 0
    assert sum(report["excluded"].values()) + report["included"] == 20000
    assert "posts/s (best)" in capsys.readouterr().out
