"""The compiled catalogue on disk: built once from the checked YAML, served until a file changes.

The store (see store.py) lives in the user cache directory, one file per set of catalogue
directories (the shipped one, or the shipped one with a clinic's). It records every source
file's size, times, inode and BLAKE2 digest, so it is never served stale:

- a file whose stat matches the record, and whose times are older than the moment it was
  checked (by a margin wider than the file system's clock tick), is unchanged;
- any other file is read and its digest compared ("racily clean" files, as git calls them,
  are hashed rather than trusted); a match is re-stamped so later runs trust the stat again;
- a new, removed or changed file means a rebuild.

So a look-up costs one stat per catalogue file, not a read of every byte (76 MiB for the 100x
clinic benchmark). Writes go to a temporary file renamed into place (atomic: a concurrent run
sees the old store or the new, never half of one); a file that is not a whole SQLite database,
or any SQLite error while opening it, means a rebuild; an unwritable directory means a store in
memory for this run. SKINAXIS_CACHE_DIR moves the directory; SKINAXIS_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .model import Catalogue
    from .store import StoredCatalogue

KEEP = 8  # store files kept; the least recently built beyond this are removed
RACY_NS = 2_000_000_000  # a file changed within this long of its check is hashed, not trusted

# (path, size, mtime_ns, ctime_ns, inode, digest, checked_ns): one row of the store's source table
Source = tuple[str, int, int, int, int, str, int]


def directory() -> Path | None:
    if os.environ.get("SKINAXIS_NO_CACHE"):
        return None
    explicit = os.environ.get("SKINAXIS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "skinaxis"


def store_path(folder: Path, roots: list[Path]) -> Path:
    from .store import SCHEMA_VERSION

    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"skinaxis {__version__} store {SCHEMA_VERSION}\0".encode())
    for root in roots:
        digest.update(os.fsencode(os.path.abspath(root)) + b"\0")
    return folder / f"catalogue-{digest.hexdigest()}.sqlite"


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def describe(files: list[Path]) -> list[Source] | None:
    """Stat and digest of each file, taken before it is parsed; None if one cannot be read."""
    checked = time.time_ns()
    out: list[Source] = []
    try:
        for path in files:
            st = os.stat(path)
            out.append(
                (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, _digest(path.read_bytes()), checked)
            )
    except OSError:
        return None
    return out


def _whole_sqlite_file(path: Path) -> bool:
    """The header's magic, and a file size equal to its page size times its page count."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return size == page_size * int.from_bytes(header[28:32], "big")


def open_valid(files: list[Path], roots: list[Path]) -> StoredCatalogue | None:
    """The stored catalogue if it was built from exactly these files as they are now, else None."""
    folder = directory()
    if folder is None:
        return None
    path = store_path(folder, roots)
    if not _whole_sqlite_file(path):
        return None
    try:
        db = sqlite3.connect(path)
    except sqlite3.Error:
        return None
    try:
        from .store import SCHEMA_VERSION, StoredCatalogue

        if db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() != (str(SCHEMA_VERSION),):
            raise LookupError
        recorded = {row[0]: row for row in db.execute("SELECT * FROM source")}
        if set(recorded) != {str(p) for p in files}:
            raise LookupError
        restamp: list[Source] = []
        now = time.time_ns()
        for file in files:
            _, size, mtime, ctime, inode, digest, checked = recorded[str(file)]
            st = os.stat(file)
            same = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) == (size, mtime, ctime, inode)
            if same and max(st.st_mtime_ns, st.st_ctime_ns) < checked - RACY_NS:
                continue
            if _digest(file.read_bytes()) != digest:
                raise LookupError
            restamp.append((str(file), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, digest, now))
        if restamp:
            _restamp(db, restamp)
        return StoredCatalogue(db)
    except (LookupError, OSError, sqlite3.Error):
        db.close()
        return None


def _restamp(db: sqlite3.Connection, rows: list[Source]) -> None:
    try:
        db.execute("PRAGMA busy_timeout = 100")
        with db:
            db.executemany("INSERT OR REPLACE INTO source VALUES (?,?,?,?,?,?,?)", rows)
    except sqlite3.Error:
        pass  # read-only or busy: the next run hashes these files again


def build(catalogue: Catalogue, sources: list[Source] | None, roots: list[Path]) -> StoredCatalogue:
    """Write the store for this catalogue and open it; in memory when it cannot be written."""
    from . import store

    folder = directory()
    if folder is None or sources is None:
        return store.memory(catalogue)
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = store_path(folder, roots)
        handle, name = _mkstemp(folder)
        os.close(handle)
        temporary = Path(name)
        db = sqlite3.connect(temporary)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            store.write(db, catalogue, sources)
        finally:
            db.close()
        os.replace(temporary, target)
        temporary = None
        _prune(folder)
        return store.StoredCatalogue(sqlite3.connect(target))
    except (OSError, sqlite3.Error):
        return store.memory(catalogue)  # read-only home, full disk, no permission: no cache
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _mkstemp(folder: Path) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".sqlite")


def _prune(folder: Path) -> None:
    stores = sorted(folder.glob("catalogue-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stores[KEEP:]:
        old.unlink(missing_ok=True)
    for leftover in folder.glob("*.pickle"):  # caches of skinaxis 0.1 and earlier
        leftover.unlink(missing_ok=True)
