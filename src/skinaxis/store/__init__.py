"""The compiled catalogue: the checked catalogue written once into SQLite, then read lazily.

- tables.py  the layout: every table, SCHEMA_VERSION, the row shapes (Backlink, Profile, ...)
- write.py   the cold path: the catalogue and every index into an empty database
- read.py    the hot path: StoredCatalogue, and every query search and match ask
- files.py   where a store lives on disk, its key, when it may be served, atomic publishing

`open_catalogue` is what commands call: the stored catalogue if it is current, else the YAML is
checked and compiled (an invalid catalogue is never stored). Only this package knows the SQL.
"""

from __future__ import annotations

from pathlib import Path

from skinaxis import loader
from skinaxis.problems import CatalogueError

from . import files
from .read import Named, StoredCatalogue

__all__ = ["Named", "StoredCatalogue", "open_catalogue", "source_files"]


def source_files(roots: list[Path]) -> list[Path] | None:
    """Every catalogue file the store depends on; None when a directory cannot be listed."""
    try:
        if not all(root.is_dir() for root in roots):
            return None
        return [path for root in roots for path in loader.catalogue_files(root)]
    except (OSError, loader.Unreadable):
        return None


def open_catalogue(clinic: Path | None = None) -> StoredCatalogue:
    """The usable catalogue, or CatalogueError listing every error (warnings do not block).

    A valid catalogue is compiled into a store in the cache directory and served from there
    until a file changes; an invalid one is never stored.
    """
    roots = [loader.shipped_dir(), *([clinic] if clinic is not None else [])]
    found = source_files(roots)
    if found is not None:
        cached = files.open_valid(found, roots)
        if cached is not None:
            return cached
    read = files.read_sources(found) if found is not None else None
    sources, contents = read if read is not None else (None, None)
    catalogue, problems = loader.check(clinic, contents)
    errors = [p for p in problems if not p.is_warning]
    if errors:
        raise CatalogueError(errors)
    return files.build(catalogue, sources, roots)
