"""A compiled cache of the validated catalogue, keyed on the content of every file it came from.

Parsing and checking the YAML is the slow part of a run; the checked Catalogue is pickled to the
user cache directory under a key that hashes the skinaxis version and the path and bytes of
every catalogue file, so an edited file can never be served stale. Writes go to a temporary
file renamed into place (atomic, so concurrent runs never see half a file); an unreadable,
corrupt or truncated cache file is ignored and rebuilt; an unwritable directory just means no
cache. SKINAXIS_CACHE_DIR moves it; SKINAXIS_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import __version__
from .model import Catalogue

KEEP = 8  # cache files kept; older ones are removed when a new one is written


def directory() -> Path | None:
    if os.environ.get("SKINAXIS_NO_CACHE"):
        return None
    explicit = os.environ.get("SKINAXIS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "skinaxis"


def key(files: list[tuple[str, bytes]]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"skinaxis {__version__} cache 1\0".encode())
    for name, data in files:
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + str(len(data)).encode() + b"\0")
        digest.update(data)
    return digest.hexdigest()


def fetch(cache_key: str) -> Catalogue | None:
    folder = directory()
    if folder is None:
        return None
    try:
        data = (folder / f"{cache_key}.pickle").read_bytes()
        catalogue = pickle.loads(data)
    except Exception:
        return None
    return catalogue if isinstance(catalogue, Catalogue) else None


def store(cache_key: str, catalogue: Catalogue) -> None:
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(catalogue, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, folder / f"{cache_key}.pickle")
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        old = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for path in old:
            path.unlink(missing_ok=True)
    except OSError:
        return  # read-only home, full disk, no permission: run without a cache
