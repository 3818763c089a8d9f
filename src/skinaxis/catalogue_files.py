"""Catalogue files found and read safely: a bounded walk that follows no link, and a read that
never blocks on a FIFO and never reads more than the size limit. Both the loader (which parses)
and the store (which records each file's digest) read catalogue files through here."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_DEPTH = 32  # directories below a catalogue directory (SKX024 past it)
MAX_FILE_BYTES = 64 * 2**20  # as yamlread.MAX_BYTES: a larger file is SKX021, checked before reading


class Unreadable(Exception):
    """A catalogue path that is not read: not a regular file (SKX020), too large (SKX021), too deep."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def catalogue_files(directory: Path) -> list[Path]:
    """Every *.yaml or *.yml under `directory`, sorted, walked without recursion: regular files and
    also whatever else carries the name (a FIFO, a device), and every symbolic link to a directory,
    which reading then reports: links are never followed (no cycles, nothing read from outside the
    catalogue, no part of it silently skipped). Unreadable("SKX024") past MAX_DEPTH levels."""
    found: list[Path] = []
    pending = [(directory, 0)]
    while pending:
        folder, depth = pending.pop()
        with os.scandir(folder) as listing:
            for item in listing:
                if item.is_symlink() and item.is_dir():
                    found.append(Path(item.path))
                elif item.is_dir(follow_symlinks=False):
                    if depth + 1 > MAX_DEPTH:
                        raise Unreadable("SKX024", f"directories nested deeper than {MAX_DEPTH} levels")
                    pending.append((Path(item.path), depth + 1))
                elif item.name.endswith((".yaml", ".yml")) and not item.is_dir():
                    found.append(Path(item.path))
    return sorted(found)


def read_catalogue_file(path: Path) -> tuple[bytes, os.stat_result]:
    """A catalogue file's bytes and its stat (taken first), reading no more than the size limit
    and never blocking: a FIFO or device is Unreadable("SKX020"), a large file Unreadable("SKX021")
    before a byte of it is read (a 4 GiB sparse file costs one fstat)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    if os.path.islink(path):  # O_NOFOLLOW says so too (ELOOP), where the system has it
        raise Unreadable("SKX020", "a symbolic link: catalogue files are read where they are, never through a link")
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as opened_file:
        st = os.fstat(handle)
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable("SKX020", "not a regular file (a FIFO, device or socket is never read)")
        if st.st_size > MAX_FILE_BYTES:
            raise Unreadable("SKX021", f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        data = opened_file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # grew while it was read
        raise Unreadable("SKX021", f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
    return data, st
