"""Where the compiled store lives on disk, and when it may be served: built once from the checked
YAML, served until a file changes.

The store (tables.py, written by write.py, read by read.py) lives in the user cache directory,
one file per set of catalogue directories (the shipped one, or the shipped one with a clinic's).
It records every source file's size, times, inode and BLAKE2 digest, so it is never served stale:

- a file whose stat matches the record, and whose times are older than the moment it was
  checked (by a margin wider than the file system's clock tick), is unchanged;
- any other file is read and its digest compared ("racily clean" files, as git calls them,
  are hashed rather than trusted); a match is re-stamped so later runs trust the stat again;
- a new, removed or changed file means a rebuild.

The digest is of the very bytes that were parsed, so a file that changes while the store is
built is seen as changed by the next run. A look-up costs one stat per catalogue file, not a
read of every byte (76 MiB for the 100x clinic benchmark).

A store is never modified once published: it is written to a temporary file, synced and renamed
into place (atomic: a concurrent run sees the old store or the new, never half of one), and read
with SQLite's read-only, immutable mode. Re-stamps go to a small side file, also replaced by
rename. A file that is not a whole SQLite database, or any SQLite error while opening it, means
a rebuild; a store found damaged later is removed (see `discard`); an unwritable directory
means a store in memory for this run. SKINAXIS_CACHE_DIR moves the directory;
SKINAXIS_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from skinaxis import __version__
from skinaxis.model import model_shape

from .read import StoredCatalogue
from .tables import SCHEMA_VERSION

if TYPE_CHECKING:
    from skinaxis.model import Catalogue

KEEP = 8  # store files kept; the least recently built beyond this are removed
STALE_TEMPORARY_S = 3600  # a temporary file this old was left by a build that was killed
RACY_NS = 2_000_000_000  # a file changed within this long of its check is hashed, not trusted

# (path, size, mtime_ns, ctime_ns, inode, digest, checked_ns): one row of the store's source table
Source = tuple[str, int, int, int, int, str, int]


def directory() -> Path | None:
    if os.environ.get("SKINAXIS_NO_CACHE", "").lower() not in ("", "0", "false", "no"):
        return None
    explicit = os.environ.get("SKINAXIS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no HOME and no passwd entry (a container's anonymous user)
            return None
    return Path(base) / "skinaxis"


def store_key() -> str:
    """What a store must have been built by to be served: this version of skinaxis, this store
    layout, this shape of the model (pickled entries restore the fields they were written with)
    and this Python (pickle and marshal formats may change between minor versions)."""
    python = ".".join(str(part) for part in sys.version_info[:2])
    return f"skinaxis {__version__} store {SCHEMA_VERSION} model {model_shape()} python {python}"


def store_path(folder: Path, roots: list[Path]) -> Path:
    digest = hashlib.blake2b(digest_size=12)
    digest.update(store_key().encode() + b"\0")
    for root in roots:
        digest.update(os.fsencode(os.path.abspath(root)) + b"\0")
    return folder / f"catalogue-{digest.hexdigest()}.sqlite"


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def read_sources(files: list[Path]) -> tuple[list[Source], dict[Path, bytes]] | None:
    """Each file's stat (taken first) and bytes, and the digest of those bytes: the loader parses
    exactly these bytes, so the record matches what the store holds. None if one cannot be read."""
    checked = time.time_ns()
    sources: list[Source] = []
    contents: dict[Path, bytes] = {}
    try:
        for path in files:
            st = os.stat(path)
            data = contents[path] = path.read_bytes()
            sources.append((str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, _digest(data), checked))
    except OSError:
        return None
    return sources, contents


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
        # Read-only and immutable: a published store never changes (it is only ever replaced by
        # rename, which an open connection does not see), so SQLite needs no locks or journal.
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        if db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() != (str(SCHEMA_VERSION),):
            raise LookupError
        build = db.execute("SELECT value FROM meta WHERE key='build'").fetchone()[0]
        recorded = {row[0]: row for row in db.execute("SELECT * FROM source")}
        if set(recorded) != {str(p) for p in files}:
            raise LookupError
        stamps = _read_stamps(path, build)
        restamp: dict[str, tuple[int, int, int, int, int]] = {}
        now = time.time_ns()
        for file in files:
            _, size, mtime, ctime, inode, digest, checked = recorded[str(file)]
            st = os.stat(file)
            signature = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
            stamped = stamps.get(str(file))
            if stamped is not None and stamped[:4] == signature:
                checked = max(checked, stamped[4])
            same = signature == (size, mtime, ctime, inode)
            if same and max(st.st_mtime_ns, st.st_ctime_ns) < checked - RACY_NS:
                continue
            if _digest(file.read_bytes()) != digest:
                raise LookupError
            restamp[str(file)] = (*signature, now)
        if restamp:
            _write_stamps(path, build, {**stamps, **restamp})
        opened.append(path)
        return StoredCatalogue(db, path)
    except (LookupError, OSError, sqlite3.Error, TypeError):
        db.close()
        return None


# Re-stamps: a side file next to the store, {path: (size, mtime, ctime, inode, checked_ns)},
# tied to one build of the store by its token, and replaced by rename like the store itself.


def _stamps_path(store: Path) -> Path:
    return store.with_suffix(".stamps")


def _read_stamps(store: Path, build: str) -> dict[str, tuple[int, int, int, int, int]]:
    try:
        token, stamps = marshal.loads(_stamps_path(store).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return stamps if token == build and isinstance(stamps, dict) else {}


def _write_stamps(store: Path, build: str, stamps: dict[str, tuple[int, int, int, int, int]]) -> None:
    temporary = None
    try:
        handle, name = _mkstemp(store.parent, ".stamps")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps((build, stamps)))
        os.replace(temporary, _stamps_path(store))
        temporary = None
    except OSError:
        pass  # read-only or full: the next run hashes these files again
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


# Store files this process has opened: if one proves damaged while it is read (a disk error, a
# torn write), the command removes them and runs once more on a fresh build (cli.run).
opened: list[Path] = []


def discard(store: Path | None) -> None:
    """Remove a store (and its stamps) found damaged while it was read; the next run rebuilds it."""
    if store is not None:
        for path in (store, _stamps_path(store)):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass


def build(catalogue: Catalogue, sources: list[Source] | None, roots: list[Path]) -> StoredCatalogue:
    """Write the store for this catalogue and open it; in memory when it cannot be written."""
    from .write import memory, write

    folder = directory()
    if folder is None or sources is None:
        return memory(catalogue)
    temporary = None
    db = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = store_path(folder, roots)
        handle, name = _mkstemp(folder, ".sqlite")
        os.close(handle)
        temporary = Path(name)
        db = sqlite3.connect(temporary)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        write(db, catalogue, sources)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())  # on disk before it is published, or a crash could publish garbage
        os.replace(temporary, target)
        temporary = None
        opened.append(target)
        _prune(folder)
        # This run keeps its own connection: after the rename it reads the store it built, even
        # if a concurrent run has meanwhile renamed another one into place.
        return StoredCatalogue(db, target)
    except (OSError, sqlite3.Error):
        if db is not None:
            db.close()
        return memory(catalogue)  # read-only home, full disk, no permission: no cache
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _mkstemp(folder: Path, suffix: str) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=suffix)


def _prune(folder: Path) -> None:
    stores = sorted(folder.glob("catalogue-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stores[KEEP:]:
        discard(old)
    for leftover in folder.glob("*.pickle"):  # caches of skinaxis 0.1 and earlier
        leftover.unlink(missing_ok=True)
    cutoff = time.time() - STALE_TEMPORARY_S
    for temporary in folder.glob(".tmp-*"):  # left by a build that was killed
        try:
            if temporary.stat().st_mtime < cutoff:
                temporary.unlink()
        except OSError:
            pass
