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
with SQLite's read-only, immutable mode. A file that is not a whole SQLite database, or any SQLite
error while opening it, means a rebuild; a store found damaged later is removed (see `discard`);
an unwritable directory means a store in memory for this run. SKINAXIS_CACHE_DIR moves the
directory; SKINAXIS_NO_CACHE=1 turns it off.

The cache directory is no way in (what is read back is data, never code: see tables.dump):

- the directory is used only if it is owned by this user and writable by no one else, as ssh
  and git check theirs, and every file in it only if it is a regular file (not a link, FIFO or
  device) owned by this user and writable by no one else; anything else is ignored with a
  one-line warning and the catalogue is built in memory for the run. Side files are opened
  without following links or blocking, and read up to a bound.
- a seal next to the store (JSON, keyed with a per-user random key kept in the directory)
  records the store's digest and its stat as published. A store whose stat differs (an edit
  changes its ctime, which no user can set) is hashed whole; one whose digest differs is rebuilt.
  The seal also holds the re-stamps of racily clean source files.
- a build deletes only what skinaxis made: temporaries carry its prefix and the builder's pid
  (removed once that process is gone), stores its SQLite application id.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skinaxis import __version__, loader
from skinaxis.model import model_shape

from .read import StoredCatalogue
from .tables import APPLICATION_ID, SCHEMA_VERSION, package_data_stamp

if TYPE_CHECKING:
    from skinaxis.model import Catalogue

KEEP = 8  # store files kept; the least recently built beyond this are removed
STALE_TEMPORARY_S = 3600  # a temporary this old is removed even if its pid is alive (pid reused)
RACY_NS = 2_000_000_000  # a file changed within this long of its check is hashed, not trusted
TEMPORARY_PREFIX = ".skinaxis-tmp-"  # then the builder's pid and a dash
SIDE_FILE_LIMIT = 4 * 2**20  # bytes of a seal or key file read at most

# (path, size, mtime_ns, ctime_ns, inode, digest, checked_ns): one row of the store's source table
Source = tuple[str, int, int, int, int, str, int]


class Untrusted(Exception):
    """A cache directory or file that someone else could have written, or that is not a file."""


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


_refused: list[str] = []  # the warning given this run, so it is given once


def _refuse(why: str) -> None:
    if not _refused:
        sys.stderr.write(f"skinaxis: warning: cache not used ({why}); the catalogue is built in memory for this run\n")
    _refused.append(why)


def _check_owner(st: os.stat_result, what: str) -> None:
    if not hasattr(os, "geteuid"):
        return  # no POSIX owners (Windows): the user's profile directory is private already
    if st.st_uid != os.geteuid():
        raise Untrusted(f"{what} is owned by another user")
    if st.st_mode & 0o022:
        raise Untrusted(f"{what} is writable by group or others")


def _trusted_directory(create: bool) -> Path | None:
    """The cache directory if it may be used (created private if missing), else None."""
    folder = directory()
    if folder is None or _refused:
        return None
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.stat(folder)
    except OSError:
        return None  # missing, or cannot be made (a read-only home): no cache, nothing to warn about
    try:
        if not stat.S_ISDIR(st.st_mode):
            raise Untrusted(f"{folder} is not a directory")
        _check_owner(st, str(folder))
    except Untrusted as exc:
        _refuse(str(exc))
        return None
    return folder


def _checked_file(path: Path) -> os.stat_result | None:
    """The stat of a file in the cache directory, None if missing; Untrusted if not our file."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise Untrusted(f"{path} is not a regular file")
    _check_owner(st, str(path))
    return st


def _read_side_file(path: Path) -> bytes | None:
    """A small file of the cache directory, or None if missing; never follows a link, never
    blocks on a FIFO, never reads more than SIDE_FILE_LIMIT."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: a symbolic link
        raise Untrusted(f"{path} is not a regular file") from exc
    with os.fdopen(handle, "rb") as opened_file:
        st = os.fstat(handle)
        if not stat.S_ISREG(st.st_mode):
            raise Untrusted(f"{path} is not a regular file")
        _check_owner(st, str(path))
        return opened_file.read(SIDE_FILE_LIMIT + 1)


def store_key() -> str:
    """What a store must have been built by to be served: this version of skinaxis, this store
    layout, this shape of the model (stored records restore the fields they were written with),
    these package data files (a regenerated HPO table is a new store) and this Python."""
    python = ".".join(str(part) for part in sys.version_info[:2])
    data = package_data_stamp()
    return f"skinaxis {__version__} store {SCHEMA_VERSION} model {model_shape()} data {data} python {python}"


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
    exactly these bytes, so the record matches what the store holds. None if one cannot be read
    (the loader then reports it: not a regular file, too large, unreadable)."""
    checked = time.time_ns()
    sources: list[Source] = []
    contents: dict[Path, bytes] = {}
    try:
        for path in files:
            data, st = loader.read_catalogue_file(path)
            contents[path] = data
            sources.append((str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, _digest(data), checked))
    except (OSError, loader.Unreadable):
        return None
    return sources, contents


def _whole_sqlite_file(path: Path) -> bool:
    """The header's magic and our application id, and a file size equal to its page size times
    its page count."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(path, flags)
        with os.fdopen(handle, "rb") as opened_file:
            st = os.fstat(handle)
            if not stat.S_ISREG(st.st_mode):
                return False
            header = opened_file.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return st.st_size == page_size * int.from_bytes(header[28:32], "big")


def open_valid(files: list[Path], roots: list[Path]) -> StoredCatalogue | None:
    """The stored catalogue if it was built from exactly these files as they are now, and is
    itself as it was built; else None."""
    folder = _trusted_directory(create=False)
    if folder is None:
        return None
    path = store_path(folder, roots)
    try:
        _remove_leftovers(folder)  # one listing of a small directory: a killed run leaves nothing for long
        st = _checked_file(path)
        if st is None or not _whole_sqlite_file(path):
            return None
        seal = _read_seal(folder, path)
        if seal is None:
            return None
        checked = seal["checked"] if isinstance(seal.get("checked"), int) else 0
        if _signature(st) != seal["store"] or max(st.st_mtime_ns, st.st_ctime_ns) >= checked - RACY_NS:
            # Changed since it was sealed (copied back, touched, edited), or racily clean (an edit
            # within a clock tick of the seal keeps the stat): served only if it still has the
            # bytes it was built with.
            now = time.time_ns()
            sealed_size = seal["store"][0] if isinstance(seal["store"], list) and seal["store"] else None
            if st.st_size != sealed_size or _file_digest(path) != seal["digest"]:  # no 8 GiB plant is hashed
                return None
            seal.update(store=_signature(st), checked=now)
            _write_seal(folder, path, seal)
    except Untrusted as exc:
        _refuse(str(exc))
        return None
    except OSError:
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
        if build != seal["build"]:
            raise LookupError
        recorded = {row[0]: row for row in db.execute("SELECT * FROM source")}
        if set(recorded) != {str(p) for p in files}:
            raise LookupError
        stamps: dict[str, list[int]] = seal["files"]
        restamp: dict[str, list[int]] = {}
        now = time.time_ns()
        for file in files:
            _, size, mtime, ctime, inode, digest, checked = recorded[str(file)]
            current = os.stat(file)
            signature = [current.st_size, current.st_mtime_ns, current.st_ctime_ns, current.st_ino]
            stamped = stamps.get(str(file))
            if isinstance(stamped, list) and stamped[:4] == signature and isinstance(stamped[4], int):
                checked = max(checked, stamped[4])
            same = signature == [size, mtime, ctime, inode]
            if same and max(current.st_mtime_ns, current.st_ctime_ns) < checked - RACY_NS:
                continue
            if _digest(loader.read_catalogue_file(file)[0]) != digest:
                raise LookupError
            restamp[str(file)] = [*signature, now]
        if restamp:
            _write_seal(folder, path, {**seal, "files": {**stamps, **restamp}})
        opened.append(path)
        return StoredCatalogue(db, path)
    except (LookupError, OSError, sqlite3.Error, TypeError, ValueError, loader.Unreadable):
        db.close()
        return None


# The seal: a side file next to the store, one line of MAC then JSON
# {"build": token, "store": [size, mtime, ctime, inode], "digest": store digest, "checked": ns,
#  "files": {path: [size, mtime, ctime, inode, checked_ns]}}, replaced by rename like the store.


def _seal_path(store: Path) -> Path:
    return store.with_suffix(".seal")


def _signature(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _file_digest(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=20)
    with open(path, "rb") as store_file:
        while chunk := store_file.read(2**20):
            digest.update(chunk)
    return digest.hexdigest()


def _key(folder: Path, create: bool) -> bytes | None:
    """This user's random key for the seals (made on the first build), kept in the directory."""
    path = folder / "seal.key"
    key = _read_side_file(path)
    if key is not None and (len(key) != 64 or _readable_by_others(path)):
        # A key others may read seals nothing; one of the wrong length seals nothing either, and
        # would make every run a cold build: neither is used, and a build replaces it.
        if not create:
            return None
        why = "readable by others" if len(key) == 64 else "not a seal key"
        sys.stderr.write(f"skinaxis: warning: {path} was {why}; it is replaced by a new private key\n")
        path.unlink()
        key = None
    if key is None and create:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            handle = os.open(path, flags, 0o600)
        except FileExistsError:
            return _read_side_file(path)  # a concurrent run made it
        with os.fdopen(handle, "wb") as out:
            out.write(os.urandom(32).hex().encode())
        key = _read_side_file(path)
    return key if key is not None and len(key) == 64 else None


def _readable_by_others(path: Path) -> bool:
    return hasattr(os, "geteuid") and bool(os.lstat(path).st_mode & 0o077)


def _mac(key: bytes, body: bytes) -> str:
    return hashlib.blake2b(body, key=key[:64], digest_size=32).hexdigest()


def _read_seal(folder: Path, store: Path) -> dict[str, Any] | None:
    data = _read_side_file(_seal_path(store))
    key = _key(folder, create=False)
    if data is None or key is None or len(data) > SIDE_FILE_LIMIT:
        return None
    mac, _, body = data.partition(b"\n")
    if mac.decode("ascii", "replace") != _mac(key, body):
        return None
    try:
        seal = json.loads(body)
    except ValueError:
        return None
    if not isinstance(seal, dict) or not isinstance(seal.get("files"), dict):
        return None
    return seal if {"build", "store", "digest"} <= set(seal) else None


def _write_seal(folder: Path, store: Path, seal: dict[str, Any]) -> None:
    temporary = None
    try:
        key = _key(folder, create=True)
        if key is None:
            return
        body = json.dumps(seal, separators=(",", ":")).encode()
        handle, name = _mkstemp(folder, ".seal")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as out:
            out.write(_mac(key, body).encode() + b"\n" + body)
        os.replace(temporary, _seal_path(store))
        temporary = None
    except (OSError, Untrusted):
        pass  # read-only or full: the next run hashes the files again, or rebuilds
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


# Store files this process has opened: if one proves damaged while it is read (a disk error, a
# torn write, a body that does not decode), the command removes them and runs once more on a
# fresh build (cli.run).
opened: list[Path] = []


def discard(store: Path | None) -> None:
    """Remove a store (and its seal) found damaged while it was read; the next run rebuilds it."""
    if store is not None:
        for path in (store, _seal_path(store)):
            try:
                if _checked_file(path) is not None:
                    path.unlink()
            except (OSError, Untrusted):
                pass


def build(catalogue: Catalogue, sources: list[Source] | None, roots: list[Path]) -> StoredCatalogue:
    """Write the store for this catalogue and open it; in memory when it cannot be written."""
    from .write import memory, write

    folder = _trusted_directory(create=True) if sources is not None else None
    if folder is None:
        return memory(catalogue)
    temporary = None
    db = None
    try:
        _prune(folder)
        target = store_path(folder, roots)
        handle, name = _mkstemp(folder, ".sqlite")
        os.close(handle)
        temporary = Path(name)
        db = sqlite3.connect(temporary)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        write(db, catalogue, sources or [])
        build_token = db.execute("SELECT value FROM meta WHERE key='build'").fetchone()[0]
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())  # on disk before it is published, or a crash could publish garbage
            checked = time.time_ns()
            digest = _file_digest(temporary)
            os.replace(temporary, target)
            temporary = None
            published = os.fstat(written.fileno())  # after the rename, which changes the ctime
        _write_seal(
            folder,
            target,
            {"build": build_token, "store": _signature(published), "digest": digest, "checked": checked, "files": {}},
        )
        opened.append(target)
        # This run keeps its own connection: after the rename it reads the store it built, even
        # if a concurrent run has meanwhile renamed another one into place.
        return StoredCatalogue(db, target)
    except (OSError, sqlite3.Error, Untrusted):
        if db is not None:
            db.close()
        return memory(catalogue)  # read-only home, full disk, no permission: no cache
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _mkstemp(folder: Path, suffix: str) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(dir=folder, prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-", suffix=suffix)


def _owner_gone(name: str) -> bool:
    """Whether the process that made this temporary has ended (its pid is in the name)."""
    pid_text = name[len(TEMPORARY_PREFIX) :].partition("-")[0]
    if not pid_text.isdigit() or not pid_text.isascii():
        return False
    pid = int(pid_text)
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill(pid, 0) would end the process
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):
        return False  # alive under another user (EPERM), or no such pid on this system
    return False


def _remove_leftovers(folder: Path) -> None:
    """Remove the temporaries of killed runs (their pid is gone, or they are an hour old)."""
    cutoff = time.time() - STALE_TEMPORARY_S
    for temporary in folder.glob(f"{TEMPORARY_PREFIX}*"):
        try:
            st = _checked_file(temporary)
            if st is not None and (_owner_gone(temporary.name) or st.st_mtime < cutoff):
                temporary.unlink()
        except (OSError, Untrusted):
            pass


def _prune(folder: Path) -> None:
    """Remove leftovers, and stores beyond KEEP: only files skinaxis made."""
    _remove_leftovers(folder)
    stores = []
    for candidate in folder.glob("catalogue-*.sqlite"):
        try:
            st = _checked_file(candidate)
        except (OSError, Untrusted):
            continue
        if st is not None and _whole_sqlite_file(candidate):
            stores.append((st.st_mtime, candidate))
    for _, old in sorted(stores, reverse=True)[KEEP - 1 :]:
        discard(old)
