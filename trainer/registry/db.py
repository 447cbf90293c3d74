"""The registry database: where it lives, its versioned schema and the migrations between versions.

SQLite, one file per output root. `PRAGMA user_version` holds the schema version; `open_registry`
applies every migration above it in one transaction, and refuses a file written by newer code.
The registry is an index: every row can be rebuilt from the run directories (`index`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from trainer.errors import UserError
from trainer.registry.bitmaps import CHUNK_BITS

REGISTRY_ENV = "TRAINER_REGISTRY"
DEFAULT_REGISTRY = Path("outputs") / "registry.sqlite"

ROLE_TRAIN, ROLE_EVAL, ROLE_INCLUDED = 1, 2, 3  # included: not split (dry run, early stop)
ROLES = {ROLE_TRAIN: "train", ROLE_EVAL: "eval", ROLE_INCLUDED: "included"}


def default_registry_path() -> Path:
    """`TRAINER_REGISTRY` if set, else `outputs/registry.sqlite` (relative to the cwd)."""
    value = os.environ.get(REGISTRY_ENV)
    return Path(value) if value else DEFAULT_REGISTRY


def _v1(db: sqlite3.Connection) -> None:
    """Runs, integer member keys, and per-(chunk, run, role) member containers."""
    _script(db, f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('chunk_bits', '{CHUNK_BITS}');
        CREATE TABLE runs (
            run_key INTEGER PRIMARY KEY,
            run_dir TEXT NOT NULL UNIQUE,     -- absolute path
            run_id TEXT,
            manifest_sha256 TEXT,             -- as recorded in the manifest
            verified INTEGER NOT NULL,        -- 1: verify_run passed; 0: unverifiable
            problem TEXT,                     -- why unverifiable (first failed checks)
            members_known INTEGER NOT NULL,   -- 1: the member lists were read into containers
            status TEXT, dry_run INTEGER, snapshot_at TEXT, started_at TEXT, ended_at TEXT,
            config_sha256 TEXT, sweep_id TEXT, job_num INTEGER,
            privacy TEXT,                     -- JSON: dp, epsilon, delta, accountant, unit, ...
            policy TEXT,                      -- JSON: setting, allowed_kinds, excluded_regions
            adapter_path TEXT, adapter_sha256 TEXT,
            checkpoint INTEGER NOT NULL DEFAULT 0,
            n_included INTEGER, n_train INTEGER, n_eval INTEGER,
            indexed_at TEXT NOT NULL
        );
        CREATE INDEX runs_run_id ON runs(run_id);
        CREATE TABLE members (member_key INTEGER PRIMARY KEY, member_id TEXT NOT NULL UNIQUE);
        CREATE TABLE containers (
            chunk INTEGER NOT NULL, run_key INTEGER NOT NULL, role INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (chunk, run_key, role)
        ) WITHOUT ROWID;
        CREATE INDEX containers_run ON containers(run_key);
    """)


def _v2(db: sqlite3.Connection) -> None:
    """Retraining: the run id a run replaces (manifest `run.replaces`)."""
    _script(db, """
        ALTER TABLE runs ADD COLUMN replaces TEXT;
        CREATE INDEX runs_replaces ON runs(replaces);
    """)


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run `;`-separated statements one by one (executescript would commit our transaction)."""
    lines = [line.split("--")[0] for line in sql.splitlines()]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def open_registry(path: Path | str | None = None, *, create: bool = True,
                  upgrade_to: int = SCHEMA_VERSION) -> sqlite3.Connection:
    """Open (creating or migrating as needed) the registry at `path` or the default path."""
    path = Path(path) if path is not None else default_registry_path()
    if not create and not path.is_file():
        raise UserError(f"{path}: no registry here; build one with "
                        f"`python -m trainer.registry index ROOT --registry {path}`")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=60, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except (OSError, sqlite3.Error) as err:
        raise UserError(f"{path}: cannot open the registry ({err}); is it a registry file?") \
            from err
    if version > SCHEMA_VERSION:
        db.close()
        raise UserError(f"{path}: registry schema v{version} is newer than this code "
                        f"(v{SCHEMA_VERSION}); upgrade consent-trainer")
    if version < upgrade_to:
        migrate(db, version, upgrade_to)
    return db


def migrate(db: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Apply migrations from_version+1 .. to_version in one transaction (all or nothing)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        current = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have
        for step in range(max(current, from_version), to_version):
            MIGRATIONS[step](db)
        db.execute(f"PRAGMA user_version = {max(current, to_version)}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
