"""The store's layout: every table, the layout's version, and the shapes of the rows it hands out.

Only the store package reads or writes these tables (write.py fills them, read.py queries them).
A change to a table, or to what an index holds, bumps SCHEMA_VERSION, so an old store is rebuilt
rather than misread.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any, NamedTuple

SCHEMA_VERSION = 13  # 7: model shape, Python in the key; 8: the store package; 9: normalise keeps all scripts;
# 10: the text channel of match, English words, who a condition is for; 11: sign words once per sign;
# 12: marks of non-Latin scripts kept; 13: names people type (name_label, name_word)
CHUNK = 500  # ids per IN (...) query: SQLite allows 999 parameters in older builds

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE source(path TEXT PRIMARY KEY, size INT, mtime_ns INT, ctime_ns INT, ino INT, digest TEXT,
                    checked_ns INT) WITHOUT ROWID;
CREATE TABLE entry(section TEXT, id TEXT, seq INT, name TEXT, parent TEXT, rid INT,
                   PRIMARY KEY(section, id)) WITHOUT ROWID;
CREATE TABLE body(rid INTEGER PRIMARY KEY, data BLOB);
CREATE INDEX entry_parent ON entry(section, parent);
CREATE INDEX entry_seq ON entry(section, seq);
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
CREATE TABLE text_term(stem TEXT, cseq INT, count REAL, PRIMARY KEY(stem, cseq)) WITHOUT ROWID;
CREATE TABLE person(condition TEXT PRIMARY KEY, ages TEXT, sex TEXT, pregnancy_only INT) WITHOUT ROWID;
CREATE TABLE english(word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE name_label(section TEXT, key TEXT, id TEXT, rank INT, lid INT);
CREATE INDEX name_label_key ON name_label(section, key);
CREATE TABLE name_word(section TEXT, word TEXT, lid INT, id TEXT, PRIMARY KEY(section, word, lid)) WITHOUT ROWID;
CREATE TABLE text_document(cseq INTEGER PRIMARY KEY, condition TEXT, name TEXT, length REAL);
"""


class Backlink(NamedTuple):
    """One reverse link: a condition that names `target` (a sign, site, trigger, therapy, ...).

    Posting lists store these as plain tuples in this field order, sorted by (cseq, order): the
    natural tuple order is catalogue order, then the order the condition lists its links."""

    cseq: int  # the condition's place in the catalogue
    condition: str
    name: str  # the condition's name
    order: int  # the link's place within the condition
    grade: str  # frequency, strength, line or urgency, by the kind of link
    via: str  # for a site: the sign it was named with
    target: str
    rid: int  # the row of the backlink table that holds the link object


class Profile(NamedTuple):
    """What ranking needs of one condition, without loading it."""

    cseq: int
    condition: str
    name: str
    data: bytes  # marshalled (ages, signs as (id, frequency, sites), triggers as (id, strength))


class SearchOwner(NamedTuple):
    """An entry that carries a search label."""

    lid: int
    section: str
    id: str
    seq: int
    pos: int  # the label's place among the entry's labels
    text: str  # the label as written
    name: str  # the entry's name


def dump(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def in_chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def placeholders(items: list[Any]) -> str:
    return ",".join("?" * len(items))
