"""The compiled catalogue: the validated catalogue written once into SQLite, then read lazily.

A look-up reads the rows it needs (one entry, the names it links to) instead of unpickling every
entry, so its cost does not grow with the catalogue. What search and match need is computed at
build time and stored as indexes: label stems for search, the match vocabulary grouped by wording,
the broader-sign closure, sign specificity (IDF), condition profiles, and reverse links from
signs, sites, triggers, therapies and red-flag signs to the conditions that name them.

The same store serves every run: a file in the cache directory (see cache.py), or, when there is
no usable cache directory, a database in memory built for this run only.
"""

from __future__ import annotations

import marshal
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import model
from .record import record

if TYPE_CHECKING:
    from .match import StoredVocabulary

SCHEMA_VERSION = 7  # 7: the store key holds the model's shape and the Python version
_CHUNK = 500  # ids per IN (...) query

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE source(path TEXT PRIMARY KEY, size INT, mtime_ns INT, ctime_ns INT, ino INT, digest TEXT,
                    checked_ns INT) WITHOUT ROWID;
CREATE TABLE entry(section TEXT, id TEXT, seq INT, name TEXT, parent TEXT, rid INT,
                   PRIMARY KEY(section, id)) WITHOUT ROWID;
CREATE TABLE body(rid INTEGER PRIMARY KEY, data BLOB);
CREATE INDEX entry_parent ON entry(section, parent);
CREATE INDEX entry_seq ON entry(section, seq);
CREATE TABLE label(section TEXT, norm TEXT, id TEXT, PRIMARY KEY(section, norm)) WITHOUT ROWID;
CREATE TABLE backlink(rid INTEGER PRIMARY KEY, kind TEXT, target TEXT, cseq INT, condition TEXT, name TEXT,
                      ord INT, grade TEXT, via TEXT, detail BLOB);
CREATE TABLE posting(kind TEXT, target TEXT, rows BLOB, PRIMARY KEY(kind, target)) WITHOUT ROWID;
CREATE TABLE profile(condition TEXT PRIMARY KEY, cseq INT, name TEXT, data BLOB) WITHOUT ROWID;
CREATE TABLE search_label(lid INTEGER PRIMARY KEY, norm TEXT, stems TEXT);
CREATE TABLE search_term(stem TEXT, lid INT, PRIMARY KEY(stem, lid)) WITHOUT ROWID;
CREATE TABLE search_owner(lid INT, section TEXT, id TEXT, seq INT, pos INT, text TEXT);
CREATE INDEX search_owner_lid ON search_owner(lid);
CREATE TABLE phrase(gid INTEGER PRIMARY KEY, type TEXT, stems TEXT, owners BLOB);
CREATE TABLE phrase_stem(stem TEXT, gid INT, PRIMARY KEY(stem, gid)) WITHOUT ROWID;
CREATE TABLE implies(sign TEXT, broader TEXT, PRIMARY KEY(sign, broader)) WITHOUT ROWID;
CREATE INDEX implies_broader ON implies(broader);
"""

T = TypeVar("T")


def _dump(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def in_chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def placeholders(items: list[str]) -> str:
    return ",".join("?" * len(items))


# ---------------------------------------------------------------- writing


def write(db: sqlite3.Connection, catalogue: model.Catalogue, sources: Iterable[tuple[Any, ...]] = ()) -> None:
    """Write the validated catalogue and its indexes into an empty database."""
    from . import match, search

    db.executescript(SCHEMA)
    put = db.executemany
    put("INSERT INTO source VALUES (?,?,?,?,?,?,?)", sources)
    # Names and links stay in small rows; whole entries go to a table of their own, so that
    # look-ups by id or name never page through entry bodies.
    everything = [
        (section, seq, entry)
        for section, entries in catalogue.sections.items()
        for seq, entry in enumerate(entries.values())
    ]
    put(
        "INSERT INTO entry VALUES (?,?,?,?,?,?)",
        (
            (section, entry.id, seq, entry.name, getattr(entry, "parent", None), rid)
            for rid, (section, seq, entry) in enumerate(everything, start=1)
        ),
    )
    put("INSERT INTO body VALUES (?,?)", ((rid, _dump(entry)) for rid, (_, _, entry) in enumerate(everything, start=1)))
    put(
        "INSERT INTO label VALUES (?,?,?)",
        (
            (section, norm, entry_id)
            for section, index in catalogue.name_index().items()
            for norm, entry_id in index.items()
        ),
    )
    links = [(rid, *link) for rid, link in enumerate(_backlinks(catalogue), start=1)]
    put("INSERT INTO backlink VALUES (?,?,?,?,?,?,?,?,?,?)", links)
    # The same links without their link objects (the row id stands in for it), one marshalled
    # list per target: search and match read thousands of them for a common sign, and one blob
    # reads far faster than rows.
    postings: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for rid, kind, target, cseq, condition, name, order, grade, via, _detail in links:
        postings.setdefault((kind, target), []).append((cseq, condition, name, order, grade, via, target, rid))
    put("INSERT INTO posting VALUES (?,?,?)", ((k, t, marshal.dumps(rows)) for (k, t), rows in postings.items()))
    put(
        "INSERT INTO profile VALUES (?,?,?,?)",
        (
            (
                c.id,
                cseq,
                c.name,
                marshal.dumps(
                    (
                        tuple(c.ages),
                        tuple((m.id, m.frequency, tuple(m.sites)) for m in c.manifestations),
                        tuple((t.id, t.strength) for t in c.triggers),
                    )
                ),
            )
            for cseq, c in enumerate(catalogue.conditions.values())
        ),
    )
    search.write_index(db, catalogue)
    match.write_vocabulary(db, catalogue)
    meta = {
        "schema": str(SCHEMA_VERSION),
        "build": os.urandom(8).hex(),  # ties the side file of re-stamps to this build
        "axis": _dump(catalogue.axis),
        "counts": marshal.dumps(catalogue.counts()),
    }
    put("INSERT OR REPLACE INTO meta VALUES (?,?)", meta.items())
    db.commit()


def _backlinks(catalogue: model.Catalogue) -> Iterator[tuple[Any, ...]]:
    """Reverse links, ordered within a condition as the condition lists them (`ord`)."""
    for cseq, c in enumerate(catalogue.conditions.values()):
        for i, sign in enumerate(c.manifestations):
            yield ("manifestation", sign.id, cseq, c.id, c.name, i * 1000, sign.frequency, "", _dump(sign))
            for j, site in enumerate(sign.sites):
                yield ("site", site, cseq, c.id, c.name, i * 1000 + 1 + j, sign.frequency, sign.id, None)
        for k, trigger in enumerate(c.triggers):
            yield ("trigger", trigger.id, cseq, c.id, c.name, 10**7 + k, trigger.strength, "", _dump(trigger))
        for k, treatment in enumerate(c.treatments):
            yield ("therapy", treatment.therapy, cseq, c.id, c.name, k, treatment.line, "", _dump(treatment))
        if c.gut is not None:
            yield ("gut", "", cseq, c.id, c.name, 0, c.gut.strength, "", _dump(c.gut))
        for k, flag in enumerate(c.red_flags):
            for sign_id in dict.fromkeys(flag.signs):
                yield ("red-flag", sign_id, cseq, c.id, c.name, k, flag.urgency, "", _dump(flag))


def memory(catalogue: model.Catalogue) -> StoredCatalogue:
    """A store in memory, for runs without a cache directory (and for tests)."""
    db = sqlite3.connect(":memory:")
    write(db, catalogue)
    return StoredCatalogue(db)


# ---------------------------------------------------------------- reading


@record
class Named:
    """A condition as a reverse link names it: enough to show it without loading it."""

    id: str
    name: str


class Section(Mapping[str, T], Generic[T]):
    """One section of the stored catalogue as a read-only mapping; entries load on first use."""

    def __init__(self, db: sqlite3.Connection, section: str) -> None:
        self._db = db
        self._section = section
        self._loaded: dict[str, T] = {}
        self._complete = False

    def __getitem__(self, key: str) -> T:
        try:
            return self._loaded[key]
        except KeyError:
            pass
        if self._complete:
            raise KeyError(key)
        row = self._db.execute(
            "SELECT b.data FROM entry e JOIN body b ON b.rid = e.rid WHERE e.section=? AND e.id=?", (self._section, key)
        ).fetchone()
        if row is None:
            raise KeyError(key)
        value: T = pickle.loads(row[0])
        self._loaded[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        if key in self._loaded:
            return True
        if self._complete or not isinstance(key, str):
            return False
        return (
            self._db.execute("SELECT 1 FROM entry WHERE section=? AND id=?", (self._section, key)).fetchone()
            is not None
        )

    def _all(self) -> dict[str, T]:
        if not self._complete:
            rows = self._db.execute(
                "SELECT e.id, b.data FROM entry e JOIN body b ON b.rid = e.rid WHERE e.section=? ORDER BY e.seq",
                (self._section,),
            )
            loaded = self._loaded
            self._loaded = {key: loaded[key] if key in loaded else pickle.loads(body) for key, body in rows}
            self._complete = True
        return self._loaded

    def __iter__(self) -> Iterator[str]:
        if self._complete:
            return iter(list(self._loaded))
        rows = self._db.execute("SELECT id FROM entry WHERE section=? ORDER BY seq", (self._section,))
        return iter([key for (key,) in rows])

    def __len__(self) -> int:
        if self._complete:
            return len(self._loaded)
        return int(self._db.execute("SELECT count(*) FROM entry WHERE section=?", (self._section,)).fetchone()[0])

    def values(self) -> Any:
        return self._all().values()

    def items(self) -> Any:
        return self._all().items()


class StoredCatalogue:
    """The catalogue as commands read it: sections, look-ups by name, links both ways, indexes."""

    def __init__(self, db: sqlite3.Connection, path: Path | None = None) -> None:
        self.db = db
        self.path = path  # the store file, or None for a store in memory
        self.sections: dict[str, Section[Any]] = {section: Section(db, section) for section in model.KINDS}
        self._names: dict[tuple[str, str], str | None] = {}
        self._vocabulary: StoredVocabulary | None = None

    # Typed views of the sections.
    @property
    def conditions(self) -> Section[model.Condition]:
        return self.sections["conditions"]

    @property
    def therapies(self) -> Section[model.Therapy]:
        return self.sections["therapies"]

    @property
    def manifestations(self) -> Section[model.Manifestation]:
        return self.sections["manifestations"]

    @property
    def sites(self) -> Section[model.Site]:
        return self.sections["sites"]

    @property
    def triggers(self) -> Section[model.Trigger]:
        return self.sections["triggers"]

    @property
    def assessments(self) -> Section[model.Assessment]:
        return self.sections["assessments"]

    @property
    def red_flags(self) -> Section[model.GlobalRedFlag]:
        return self.sections["red_flags"]

    @property
    def axis(self) -> model.Axis | None:
        value: model.Axis | None = pickle.loads(self.meta("axis") or _dump(None))
        return value

    def meta(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else row[0]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = marshal.loads(self.meta("counts"))
        return counts

    # Look-ups.
    def find(self, section: str, name: str) -> Any | None:
        """The entry whose id, name or synonym equals `name` once normalised, else None."""
        from .text import normalise

        row = self.db.execute("SELECT id FROM label WHERE section=? AND norm=?", (section, normalise(name))).fetchone()
        return self.sections[section].get(row[0]) if row else None

    def suggest(self, section: str, name: str, limit: int = 3) -> list[str]:
        """Names close to `name` for a "did you mean" message."""
        from rapidfuzz import fuzz, process

        from .text import normalise

        index = dict(self.db.execute("SELECT norm, id FROM label WHERE section=?", (section,)).fetchall())
        query = normalise(name)
        if not query or not index:
            return []
        found = process.extract(query, list(index), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70)
        names: list[str] = []
        for label, _score, _ in found:
            shown = self.name(section, index[label])
            if shown is not None and shown not in names:
                names.append(shown)
        return names[:limit]

    def ids(self, section: str, prefix: str = "", limit: int = 200) -> list[str]:
        """Entry ids starting with `prefix`, sorted: what shell completion offers."""
        rows = self.db.execute(
            "SELECT id FROM entry WHERE section=? AND id >= ? AND substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
            (section, prefix, len(prefix), prefix, limit),
        )
        return [key for (key,) in rows]

    def name(self, section: str, entry_id: str) -> str | None:
        key = (section, entry_id)
        if key not in self._names:
            row = self.db.execute("SELECT name FROM entry WHERE section=? AND id=?", key).fetchone()
            self._names[key] = row[0] if row else None
        return self._names[key]

    def load_names(self, section: str, entry_ids: Iterable[str]) -> None:
        """Fetch the names of many entries in one query (name() then answers from memory)."""
        wanted = sorted({i for i in entry_ids if (section, i) not in self._names})
        for part in in_chunks(wanted):
            query = f"SELECT id, name FROM entry WHERE section=? AND id IN ({placeholders(part)})"
            found = dict(self.db.execute(query, (section, *part)).fetchall())
            for entry_id in part:
                self._names[section, entry_id] = found.get(entry_id)

    def parent(self, section: str, entry_id: str) -> str | None:
        row = self.db.execute("SELECT parent FROM entry WHERE section=? AND id=?", (section, entry_id)).fetchone()
        return row[0] if row else None

    def children(self, section: str, entry_id: str) -> list[str]:
        rows = self.db.execute("SELECT id FROM entry WHERE section=? AND parent=? ORDER BY id", (section, entry_id))
        return [key for (key,) in rows]

    def descendants(self, section: str, entry_id: str) -> list[str]:
        out: list[str] = []
        stack = [entry_id]
        while stack:
            for child in self.children(section, stack.pop()):
                if child not in out:
                    out.append(child)
                    stack.append(child)
        return out

    def ancestors(self, section: str, entry_id: str) -> list[str]:
        out: list[str] = []
        parent = self.parent(section, entry_id)
        while parent and parent not in out:
            out.append(parent)
            parent = self.parent(section, parent)
        return out

    # Reverse links.
    def backlinks(self, kind: str, targets: Iterable[str], ordered: bool = True) -> list[tuple[Any, ...]]:
        """(cseq, condition id, condition name, ord, grade, via, target, link row id) of the
        conditions that link any of `targets`, in catalogue order and, within a condition, in its
        own order (or in no particular order with ordered=False). `links()` turns row ids into
        link objects."""
        wanted = sorted(set(targets))
        rows: list[tuple[Any, ...]] = []
        for part in in_chunks(wanted):
            query = f"SELECT rows FROM posting WHERE kind=? AND target IN ({placeholders(part)})"
            for (blob,) in self.db.execute(query, (kind, *part)):
                rows += marshal.loads(blob)
        if ordered and len(wanted) > 1:
            # Each list is stored in (cseq, ord) order and rows lead with cseq, so the natural
            # tuple order (compared in C) is catalogue order, then link order.
            rows.sort()
        return rows

    def links(self, row_ids: Iterable[int]) -> dict[int, Any]:
        """The link objects (TreatmentLink, RedFlag, ...) of these reverse-link rows."""
        found: dict[int, Any] = {}
        for part in in_chunks(sorted(set(row_ids))):
            query = f"SELECT rid, detail FROM backlink WHERE rid IN ({placeholders(part)})"
            found.update((rid, pickle.loads(detail)) for rid, detail in self.db.execute(query, part))
        return found

    def linked_from(
        self,
        kind: str,
        targets: Iterable[str],
        order: Callable[[str, str], Any] | None = None,
        limit: int | None = None,
    ) -> tuple[list[tuple[Named, Any]], int]:
        """The conditions linking any of `targets`, each with its link object (TreatmentLink, ...),
        sorted by order(condition name, grade) and cut to `limit`; and how many there are in all.
        Only the links kept are unpickled."""
        rows = self.backlinks(kind, targets)
        if order is not None:
            rows.sort(key=lambda row: order(row[2], row[4]))
        kept = rows if limit is None else rows[:limit]
        links = self.links(row[7] for row in kept)
        return [(Named(row[1], row[2]), links[row[7]]) for row in kept], len(rows)

    def profiles(self, condition_ids: Iterable[str]) -> list[tuple[int, str, str, bytes]]:
        """(cseq, id, name, profile) of the given conditions, in catalogue order; a profile is the
        marshalled (ages, signs as (id, frequency, sites), triggers as (id, strength))."""
        wanted = sorted(set(condition_ids))
        rows: list[tuple[int, str, str, bytes]] = []
        for part in in_chunks(wanted):
            query = f"SELECT cseq, condition, name, data FROM profile WHERE condition IN ({placeholders(part)})"
            rows += self.db.execute(query, part).fetchall()
        rows.sort()
        return rows

    def vocabulary(self) -> StoredVocabulary:
        if self._vocabulary is None:
            from .match import StoredVocabulary

            self._vocabulary = StoredVocabulary(self)
        return self._vocabulary
