"""Writing and hashing files safely: atomic, never through a symlink, private by default.

Every file the trainer writes into a run directory goes through `atomic_write`: a fresh
temporary file opened with O_CREAT | O_EXCL | O_NOFOLLOW (a planted symlink makes the open fail
instead of redirecting the write), fsynced, then renamed over the target (a rename replaces a
symlink at the target, it never writes through it). Files are mode 0600 unless said otherwise:
run records name members.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from trainer.errors import UserError

PRIVATE = 0o600


def atomic_write(path: Path | str, data: bytes | str, *, mode: int = PRIVATE,
                 root: Path | None = None) -> Path:
    """Write `data` to `path` atomically, never following a symlink; returns the path.

    With `root` (the run directory), no folder between `root` and the file may be a symlink."""
    path = Path(path)
    refuse_symlinks(path.parent, root=root)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(tmp, flags, mode)
    except OSError as err:
        raise UserError(f"{path}: cannot write ({err.strerror}); check the directory's "
                        "permissions and free space") from err
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # the umask may have narrowed or widened nothing we want
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write ({err.strerror}); check the directory's "
                        "permissions and free space") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def refuse_symlinks(folder: Path, *, root: Path | None = None) -> None:
    """UserError if `folder`, or any folder between `root` and it, is a symlink."""
    folder = Path(folder)
    chain = [folder]
    if root is not None:
        try:
            rel = folder.relative_to(root)
        except ValueError:
            rel = None
        if rel is not None:
            chain = [root / Path(*rel.parts[: i + 1]) for i in range(len(rel.parts))]
    for f in chain:
        if f.is_symlink():
            raise UserError(f"{f} is a symlink; refusing to write through it (was it planted?)")


def file_sha256(path: Path | str) -> str:
    """sha256 (hex) of a file's bytes, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def bytes_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
