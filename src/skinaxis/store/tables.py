"""The store's layout: every table, the layout's version, and the shapes of the rows it hands out.

Only the store package reads or writes these tables (write.py fills them, read.py queries them).
A change to a table, or to what an index holds, bumps SCHEMA_VERSION, so an old store is rebuilt
rather than misread.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

SCHEMA_VERSION = 55  # 7: model shape, Python in the key; 8: the store package; 9: normalise keeps all scripts;
# 10: the text channel of match, English words, who a condition is for; 11: sign words once per sign;
# 12: marks of non-Latin scripts kept; 13: names people type (name_label, name_word)
# 14: JSON instead of pickle and marshal; 15: each entry's origin, for the marks in search and match;
# 16: phrase.words, so match reads only the phrases a text can complete; 17: lend, the links search
# lends score through, in the order it shows them, and text_term.weight; 18: the text channel reads
# tests, treatments and caveats; 19: HPO term names among the sign phrases; 20: the text channel
# reads each condition's whole page; 21: the lexicon's rewrites and the page documents changed after 20;
# 22: the faint and "cold sore" rewrites change the stored phrase stems
# 23: "worse than it looks" is read as one word in the stored phrases too
# 24: words that name nothing alone (cries, drains) and "sore throat" as one word
# 25: rewrites: out of proportion said more ways, a small mark in agony, a severe itch, every inch,
#     a growing dark spot, a sore that never goes away, floppy things; words that name nothing alone
# 26: signs said otherwise (text-speak, a big tongue, a glass the rash stays under) rewrite the stored phrases
# 27: breathing through the nose is one word ("can't breathe through my nose" is not a struggle to breathe)
# 28: more words that name nothing alone (bare, extremely, random, speak, emphysema)
# 29: review G: lips swelling beside an allergic cue, recent faints, floppy ears and skin, black skin somewhere
# 30: review G: "not fading" under a glass, a condition "not responding to" treatment, "clammy" names nothing alone
# 31: one negated helping verb (lexicon.NEG_AUX) for the rewrites and the glass rule: "hasn't gone" stays
# 32: "dressing" is not DRESS; a strong trigger's everyday names are in its conditions' text documents
# 33: a colour said after its patch ("patches that have gone white"), hair out in a patch, "fell" is "fall"
# 34: "a rash decision", "nothing on the skin", an animal's fur and skin, a thing that left a rash; red flags
# 35: one insect bite ranks nothing; a denied severity word ("no cracks or bleeding") is not severe
# 36: a typo goes to the stem more signs use; person.acute (a condition said to last months is not acute)
# 37: red team G: bites, animals, clauses split at commas, animal-bite flag, warnings out of scope
# 38: not_skin.py (idioms, things, cooking); feeling very unwell out of scope only after a bite or in a baby
# 39: audit H: bites and stings (a trigger of their own), snake and person bites, a medicine's duration
# 40: review H: clauses lose a leading "and", pronouns after an animal, colour rewrite beside cold or pain
# 41: blind6 triage: burns and scalds, heavy bleeding, asthma words, skin signs said of things leave triage
# 42: red team I: bites without an article, a misspelt person, stings with faintness or chest tightness
# 43: a pronoun after an animal is a person when the clause says what only a person has (PERSON_CUES)
# 44: a thing that names a place on the body ("my laptop wrist area") is no thing
# 45: "sleepy" keeps its own stem (drowsy), apart from "sleep"
# 46: the insect names and determiners written once; clauses split by CLAUSE_JOINS before words()
# 47: burns by what was hot, blackish skin, "can't feel it", stings in the allergic or the mouth,
#     hot babies, a hive of activity
# 48: a lump in the throat beside an allergic cue, a mouth that has wounds, swollen face or eyes
# 49: itch with its rash denied further on is itch without a rash
# 50: itch with its rash denied is one word (itchnorash); a misspelt pregnancy keeps its weeks
# 51: an old man, an old lady, a granny, a care home: an older adult
# 52: scaldedlook; burns named as wounds; a hot son or toddler; boiling is heat
# 53: a Black person's skin tone is no blackening skin
# 54: review J: narrower sting allergy, throat lump, burns and misspelt pregnancy
# 55: the sting allergy's denial is NEG_AUX's, and reads "don't think I'm"
APPLICATION_ID = 0x534B5841  # "SKXA" in the SQLite header: a store file skinaxis wrote
LENDING_KINDS = ("manifestation", "site", "trigger")  # the links through which search lends a score
LEND_PART = 64  # rows per part of a lend group: search shows at most 100 per kind
CHUNK = 500  # ids per IN (...) query: SQLite allows 999 parameters in older builds

# Package files the store is built from besides the catalogue (the HPO term table and English words
# of the match vocabulary, the look-alike letters names are folded with): a digest of their bytes is
# in the store key, so a regenerated table is a new store without a SCHEMA_VERSION bump. Their bytes,
# not their stat: an installed copy and the source tree must share one store (about 0.6 ms a look-up).
_PACKAGE = Path(__file__).resolve().parents[1]
PACKAGE_DATA = tuple(
    _PACKAGE / name for name in ("match/hpo-terms.tsv", "match/english-words.txt.gz", "confusables-latin.txt")
)


def package_data_stamp() -> str:
    digest = hashlib.blake2b(digest_size=12)
    for path in PACKAGE_DATA:
        try:
            with open(path, "rb") as data_file:
                digest.update(data_file.read())
        except OSError:
            digest.update(b"-")
        digest.update(b"\0")
    return digest.hexdigest()


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE source(path TEXT PRIMARY KEY, size INT, mtime_ns INT, ctime_ns INT, ino INT, digest TEXT,
                    checked_ns INT) WITHOUT ROWID;
CREATE TABLE entry(section TEXT, id TEXT, seq INT, name TEXT, parent TEXT, rid INT, origin TEXT,
                   PRIMARY KEY(section, id)) WITHOUT ROWID;
CREATE TABLE body(rid INTEGER PRIMARY KEY, data BLOB);
CREATE INDEX entry_parent ON entry(section, parent);
CREATE INDEX entry_seq ON entry(section, seq);
CREATE TABLE backlink(rid INTEGER PRIMARY KEY, kind TEXT, target TEXT, cseq INT, condition TEXT, name TEXT,
                      ord INT, grade TEXT, via TEXT, detail BLOB);
CREATE TABLE posting(kind TEXT, target TEXT, rows BLOB, PRIMARY KEY(kind, target)) WITHOUT ROWID;
CREATE TABLE lend(kind TEXT, target TEXT, grade TEXT, part INT, rows BLOB,
                  PRIMARY KEY(kind, target, grade, part)) WITHOUT ROWID;
CREATE TABLE profile(condition TEXT PRIMARY KEY, cseq INT, name TEXT, data BLOB) WITHOUT ROWID;
CREATE TABLE search_label(lid INTEGER PRIMARY KEY, norm TEXT, stems TEXT);
CREATE TABLE search_term(stem TEXT, lid INT, PRIMARY KEY(stem, lid)) WITHOUT ROWID;
CREATE TABLE search_owner(lid INT, section TEXT, id TEXT, seq INT, pos INT, text TEXT);
CREATE INDEX search_owner_lid ON search_owner(lid);
CREATE TABLE phrase(gid INTEGER PRIMARY KEY, type TEXT, stems TEXT, words INT, owners BLOB);
CREATE TABLE phrase_stem(stem TEXT, gid INT, PRIMARY KEY(stem, gid)) WITHOUT ROWID;
CREATE TABLE implies(sign TEXT, broader TEXT, PRIMARY KEY(sign, broader)) WITHOUT ROWID;
CREATE INDEX implies_broader ON implies(broader);
CREATE TABLE text_term(stem TEXT, cseq INT, weight REAL, PRIMARY KEY(stem, cseq)) WITHOUT ROWID;
CREATE TABLE person(condition TEXT PRIMARY KEY, ages TEXT, sex TEXT, pregnancy_only INT, acute INT) WITHOUT ROWID;
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
    data: str  # JSON of (ages, signs as (id, frequency, sites), triggers as (id, strength))


class PersonRow(NamedTuple):
    """Who a condition is for (the person table): usual ages, the sex it favours or "", whether
    it happens only in pregnancy, and whether it runs its course in days to weeks."""

    ages: tuple[str, ...] = ()
    sex: str = ""
    pregnancy_only: bool = False
    acute: bool = False


class Lender(NamedTuple):
    """A condition a matched sign, site or trigger lends search score to (table lend)."""

    name: str  # the condition's name
    cseq: int
    order: int  # the link's place within the condition
    condition: str
    via: str  # for a site: the sign it was named with


class SearchOwner(NamedTuple):
    """An entry that carries a search label."""

    lid: int
    section: str
    id: str
    seq: int
    pos: int  # the label's place among the entry's labels
    text: str  # the label as written
    name: str  # the entry's name


# Data only, never code: what the store holds is JSON, and records come back only as the model
# classes named here (pickle and marshal would run or crash on a forged byte string). A record is
# an object {"@": class, field: value, ...}; a plain mapping is {"@": "", "items": [[key, value]]},
# so every JSON object in a body is one of ours and anything else is damage (ValueError).


def _record_classes() -> dict[str, Any]:
    from skinaxis import model

    classes = [getattr(model, name) for name in dir(model)]
    return {
        cls.__name__: cls
        for cls in classes
        if isinstance(cls, type) and cls.__module__ == model.__name__ and hasattr(cls, "__record_fields__")
    }


_RECORDS: dict[str, tuple[Any, frozenset[str]]] = {}


def _plain(value: Any) -> Any:
    fields = getattr(type(value), "__record_fields__", None)
    if fields is not None:
        return {"@": type(value).__name__, **{name: _plain(getattr(value, name)) for name, _, _ in fields}}
    if isinstance(value, dict):
        return {"@": "", "items": [[_plain(k), _plain(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"the store cannot hold a {type(value).__name__}")


def _revive(obj: dict[str, Any]) -> Any:
    if not _RECORDS:
        _RECORDS.update((n, (c, frozenset(f[0] for f in c.__record_fields__))) for n, c in _record_classes().items())
    tag = obj.pop("@", None)
    if tag == "" and set(obj) == {"items"} and isinstance(obj["items"], list):
        return dict(obj["items"])
    known = _RECORDS.get(tag) if isinstance(tag, str) else None
    if known is None or set(obj) != known[1]:
        raise ValueError("a stored record of no known class")
    made = known[0].__new__(known[0])
    made.__dict__.update(obj)
    return made


class DamagedStore(sqlite3.DatabaseError):
    """A stored value that does not decode: the command discards the store and runs again on a
    fresh build (cli.run treats it as it treats any SQLite database error)."""


def dump(value: object) -> str:
    """A value of the model (records, lists, mappings, text, numbers) as data-only JSON."""
    return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def load(text: str | bytes) -> Any:
    """What dump wrote, records restored only as the model's own classes; ValueError if damaged."""
    try:
        return json.loads(text, object_hook=_revive)
    except (RecursionError, TypeError, ValueError) as exc:
        raise DamagedStore("a damaged store value") from exc


def dump_plain(value: object) -> str:
    """Lists, mappings, text and numbers (no records) as JSON: postings, profiles, summaries."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def load_plain(text: str | bytes | None) -> Any:
    """What dump_plain wrote; DamagedStore if it does not decode."""
    try:
        return json.loads(text)  # type: ignore[arg-type]
    except (RecursionError, TypeError, ValueError) as exc:
        raise DamagedStore("a damaged store value") from exc


def in_chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def placeholders(items: list[Any]) -> str:
    return ",".join("?" * len(items))
