"""Member containers and the registry schema: round trips, boundaries, migrations."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from trainer.errors import UserError
from trainer.registry import bitmaps
from trainer.registry.db import SCHEMA_VERSION, open_registry, schema_version


@pytest.mark.parametrize("n", [0, 1, bitmaps.ARRAY_MAX - 1, bitmaps.ARRAY_MAX, 4096])
def test_a_container_holds_exactly_its_keys_as_array_or_bitmap(n):
    rng = np.random.default_rng(n)
    lows = np.sort(rng.choice(bitmaps.CHUNK_SIZE, size=n, replace=False))
    data = bitmaps.encode(lows)
    assert len(data) == (2 * n if n < bitmaps.ARRAY_MAX else bitmaps.BITMAP_BYTES)
    assert np.array_equal(bitmaps.decode(data), lows)
    probe = np.arange(bitmaps.CHUNK_SIZE)
    expected = np.isin(probe, lows)
    assert np.array_equal(bitmaps.contains_many(data, probe), expected)
    assert [bitmaps.contains(data, int(i)) for i in probe[::97]] == list(expected[::97])


def test_split_and_join_round_trip_across_chunks():
    keys = np.array([0, 1, 4095, 4096, 4097, 10 * 4096 + 5, 2**31], dtype=np.int64)
    parts = list(bitmaps.split(keys[::-1]))  # any order in, sorted chunks out
    assert [chunk for chunk, _ in parts] == [0, 1, 10, 2**31 >> bitmaps.CHUNK_BITS]
    back = np.concatenate([bitmaps.join(chunk, data) for chunk, data in parts])
    assert np.array_equal(back, keys)
    with pytest.raises(ValueError):
        list(bitmaps.split(np.array([-1])))


def test_a_new_registry_is_at_the_current_schema(registry):
    db = open_registry(registry)
    assert schema_version(db) == SCHEMA_VERSION == 2
    assert "replaces" in {row[1] for row in db.execute("PRAGMA table_info(runs)")}


def test_migration_from_v1_keeps_the_rows_and_adds_replaces(registry):
    db = open_registry(registry, upgrade_to=1)
    assert schema_version(db) == 1
    db.execute("INSERT INTO runs (run_dir, run_id, verified, members_known, indexed_at) "
               "VALUES ('/r', 'run-1', 1, 1, 'now')")
    db.execute("INSERT INTO members (member_id) VALUES ('m1')")
    db.close()
    db = open_registry(registry)
    assert schema_version(db) == 2
    assert db.execute("SELECT run_id, replaces FROM runs").fetchall() == [("run-1", None)]
    assert db.execute("SELECT member_id FROM members").fetchall() == [("m1",)]


def test_a_failed_migration_leaves_the_old_schema(registry, monkeypatch):
    open_registry(registry, upgrade_to=1).close()

    def broken(db):
        db.execute("ALTER TABLE runs ADD COLUMN replaces TEXT")
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr("trainer.registry.db.MIGRATIONS", [None, broken])
    with pytest.raises(sqlite3.OperationalError):
        open_registry(registry)
    db = sqlite3.connect(registry)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "replaces" not in {row[1] for row in db.execute("PRAGMA table_info(runs)")}


def test_a_registry_from_newer_code_is_refused(registry):
    open_registry(registry).execute("PRAGMA user_version = 99")
    with pytest.raises(UserError, match="v99 is newer than this code"):
        open_registry(registry)


def test_a_missing_registry_is_a_one_line_error_when_not_creating(tmp_path):
    with pytest.raises(UserError, match="no registry here; build one with"):
        open_registry(tmp_path / "none.sqlite", create=False)


def test_members_in_runs_matches_a_plain_set_test_for_bitmaps_and_arrays(registry):
    from trainer.registry.query import members_in_runs

    db = open_registry(registry)
    rng = np.random.default_rng(0)
    held = {1: rng.choice(20_000, 5_000, replace=False),  # dense: bitmap containers
            2: rng.choice(20_000, 300, replace=False),  # sparse: array containers
            3: rng.choice(20_000, 5_000, replace=False)}  # not asked about
    for run_key, keys in held.items():
        db.executemany("INSERT INTO containers VALUES (?, ?, 1, ?)",
                       ((chunk, run_key, data) for chunk, data in bitmaps.split(keys)))
    asked = rng.choice(20_000, 2_000, replace=False)
    found = members_in_runs(db, asked, {1, 2})
    assert set(found) == {1, 2}
    for run_key in (1, 2):
        assert np.array_equal(np.sort(found[run_key]),
                              np.sort(asked[np.isin(asked, held[run_key])]))
