"""Writing the compiled store: the checked catalogue and every index, into an empty database.

This is the cold path, run once per change to the catalogue. The index builders of search and
match are pure: they return rows, and only this module inserts them, so every table has one
writer. Nothing on the read path imports this module.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from skinaxis import model, search
from skinaxis.match import text, vocabulary

from .read import StoredCatalogue, loose_key, name_labels
from .tables import APPLICATION_ID, LEND_PART, LENDING_KINDS, SCHEMA, SCHEMA_VERSION, dump, dump_plain


def write(db: sqlite3.Connection, catalogue: model.Catalogue, sources: Iterable[tuple[Any, ...]] = ()) -> None:
    """Write the validated catalogue and its indexes into an empty database."""
    db.executescript(SCHEMA)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # what pruning checks before it removes a store
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
        "INSERT INTO entry VALUES (?,?,?,?,?,?,?)",
        (
            (section, entry.id, seq, entry.name, getattr(entry, "parent", None), rid, entry.origin)
            for rid, (section, seq, entry) in enumerate(everything, start=1)
        ),
    )
    put("INSERT INTO body VALUES (?,?)", ((rid, dump(entry)) for rid, (_, _, entry) in enumerate(everything, start=1)))
    _write_names(db, catalogue)
    links = [(rid, *link) for rid, link in enumerate(_backlinks(catalogue), start=1)]
    put("INSERT INTO backlink VALUES (?,?,?,?,?,?,?,?,?,?)", links)
    # The same links without their link objects (the row id stands in for it), one JSON
    # list per target: search and match read thousands of them for a common sign, and one blob
    # reads far faster than rows. The tuples are in the field order of tables.Backlink.
    postings: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for rid, kind, target, cseq, condition, name, order, grade, via, _detail in links:
        postings.setdefault((kind, target), []).append((cseq, condition, name, order, grade, via, target, rid))
    put("INSERT INTO posting VALUES (?,?,?)", ((k, t, dump_plain(rows)) for (k, t), rows in postings.items()))
    put("INSERT INTO lend VALUES (?,?,?,?,?)", _lend_rows(links))
    put(
        "INSERT INTO profile VALUES (?,?,?,?)",
        (
            (
                c.id,
                cseq,
                c.name,
                dump_plain(
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
    _write_search_index(db, catalogue)
    _write_match_vocabulary(db, catalogue)
    _write_text_index(db, catalogue)
    put(
        "INSERT INTO person VALUES (?,?,?,?,?)",
        (
            (c.id, " ".join(c.ages), c.sex or "", int(c.pregnancy_only), int(c.acute))
            for c in catalogue.conditions.values()
        ),
    )
    db.executemany("INSERT OR IGNORE INTO english VALUES (?)", ((w,) for w in vocabulary.english_words()))
    meta = {
        "schema": str(SCHEMA_VERSION),
        "build": os.urandom(8).hex(),  # ties the side file of re-stamps to this build
        "axis": dump(catalogue.axis),
        "counts": dump_plain(catalogue.counts()),
    }
    put("INSERT OR REPLACE INTO meta VALUES (?,?)", meta.items())
    db.commit()


def _write_names(db: sqlite3.Connection, catalogue: model.Catalogue) -> None:
    """The names people type (read.StoredCatalogue.lookup): every label by its exact and its loose
    key with a rank (0 id or name, 1 synonym or name without its parenthesis, 2 loose spelling),
    and the loose words of every label, for a name given in part ("lichen", "contact dermatitis")."""
    from skinaxis.text import normalise

    labels: list[tuple[str, str, str, int, int]] = []
    words: set[tuple[str, str, int, str]] = set()
    for section, entries in catalogue.sections.items():
        for entry in entries.values():
            for rank, label in name_labels(entry):
                lid = len(labels)
                labels.append((section, normalise(label), entry.id, rank, lid))
                labels.append((section, loose_key(label), entry.id, max(rank, 2), lid))
                words.update((section, word, lid, entry.id) for word in loose_key(label).split())
    db.executemany("INSERT INTO name_label VALUES (?,?,?,?,?)", labels)
    db.executemany("INSERT INTO name_word VALUES (?,?,?,?)", words)


def _write_search_index(db: sqlite3.Connection, catalogue: model.Catalogue) -> None:
    """Every search label once by its normalised text, the stems that find it, and who owns it."""
    index = search.index_rows(catalogue)
    db.executemany("INSERT INTO search_label VALUES (?,?,?)", index.labels)
    db.executemany("INSERT INTO search_owner VALUES (?,?,?,?,?,?)", index.owners)
    db.executemany("INSERT INTO search_term VALUES (?,?)", index.terms)
    db.execute("INSERT INTO meta VALUES ('search-stems', ?)", ("\n".join(index.stems),))


def _write_match_vocabulary(db: sqlite3.Connection, catalogue: model.Catalogue) -> None:
    """The match vocabulary grouped by wording, the words of each group, and the sign closure."""
    rows = vocabulary.index_rows(catalogue)
    db.executemany(
        "INSERT INTO phrase VALUES (?,?,?,?,?)",
        ((gid, kind, " ".join(stems), len(set(stems)), dump_plain(owners)) for gid, kind, stems, owners in rows.groups),
    )
    db.executemany("INSERT INTO phrase_stem VALUES (?,?)", rows.group_words)
    db.executemany("INSERT INTO implies VALUES (?,?)", rows.implies)
    db.execute("INSERT INTO meta VALUES ('vocabulary', ?)", (dump_plain(rows.summary),))


def _write_text_index(db: sqlite3.Connection, catalogue: model.Catalogue) -> None:
    """Each condition's own words as weighted stem counts, and each document's length."""
    rows = text.index_rows(catalogue)
    db.executemany("INSERT INTO text_term VALUES (?,?,?)", rows.terms)
    db.executemany("INSERT INTO text_document VALUES (?,?,?,?)", rows.documents)
    lengths = [length for *_, length in rows.documents]
    stats = (len(lengths), sum(lengths) / len(lengths)) if lengths else (0, 0.0)
    db.execute("INSERT INTO meta VALUES ('text-stats', ?)", (dump_plain(stats),))


def _lend_rows(links: list[tuple[Any, ...]]) -> Iterator[tuple[str, str, str, int, str]]:
    """The sign, site and trigger links again, grouped by what they lend in search (kind, target,
    grade), each group sorted as search shows conditions (name, catalogue place, link place) and
    cut into parts: search reads a group's first part and more only while it still needs them."""
    groups: dict[tuple[str, str, str], list[tuple[Any, ...]]] = {}
    for _rid, kind, target, cseq, condition, name, order, grade, via, _detail in links:
        if kind in LENDING_KINDS:
            groups.setdefault((kind, target, grade), []).append((name, cseq, order, condition, via))
    for (kind, target, grade), rows in groups.items():
        rows.sort()
        for part in range(0, len(rows), LEND_PART):
            yield (kind, target, grade, part // LEND_PART, dump_plain(rows[part : part + LEND_PART]))


def _backlinks(catalogue: model.Catalogue) -> Iterator[tuple[Any, ...]]:
    """Reverse links, ordered within a condition as the condition lists them (`ord`)."""
    for cseq, c in enumerate(catalogue.conditions.values()):
        for i, sign in enumerate(c.manifestations):
            yield ("manifestation", sign.id, cseq, c.id, c.name, i * 1000, sign.frequency, "", dump(sign))
            for j, site in enumerate(sign.sites):
                yield ("site", site, cseq, c.id, c.name, i * 1000 + 1 + j, sign.frequency, sign.id, None)
        for k, trigger in enumerate(c.triggers):
            yield ("trigger", trigger.id, cseq, c.id, c.name, 10**7 + k, trigger.strength, "", dump(trigger))
        for k, treatment in enumerate(c.treatments):
            yield ("therapy", treatment.therapy, cseq, c.id, c.name, k, treatment.line, "", dump(treatment))
        if c.gut is not None:
            yield ("gut", "", cseq, c.id, c.name, 0, c.gut.strength, "", dump(c.gut))
        for k, flag in enumerate(c.red_flags):
            for sign_id in dict.fromkeys(flag.signs):
                yield ("red-flag", sign_id, cseq, c.id, c.name, k, flag.urgency, "", dump(flag))


def memory(catalogue: model.Catalogue) -> StoredCatalogue:
    """A store in memory, for runs without a cache directory (and for tests)."""
    db = sqlite3.connect(":memory:")
    write(db, catalogue)
    return StoredCatalogue(db)
