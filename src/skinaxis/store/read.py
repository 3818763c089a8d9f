"""The compiled catalogue as commands read it: sections, look-ups by name, links both ways, indexes.

Every query of the store lives here (write.py fills the tables of tables.py). A look-up reads the
rows it needs (one entry, the names it links to) instead of unpickling every entry, so its cost
does not grow with the catalogue. Search and match ask this module their questions (labels
sharing a stem, phrase groups using a word, the signs a sign implies) and never see the SQL.

This is the hot path: it imports no parser, no matcher and no renderer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from skinaxis import model
from skinaxis.record import record
from skinaxis.vocab import SECTION_KIND

from . import tables
from .tables import CHUNK, Backlink, Lender, PersonRow, Profile, SearchOwner, in_chunks, load, load_plain, placeholders
from .text_queries import TextChannelQueries

T = TypeVar("T")

# Words a name given in part may carry that say nothing about which entry is meant.
_PARTIAL_STOPWORDS = frozenset({"a", "an", "and", "in", "of", "on", "the", "with", "skin", "my"})
# British and American spellings meet in a loose key: "oe" and "ae" become "e" ("morphoea" and
# "morphea"), and these endings take their British form ("generalized").
_ENDINGS = (("ized", "ised"), ("ize", "ise"), ("izing", "ising"), ("ization", "isation"))


def name_labels(entry: model.Entry) -> list[tuple[int, str]]:
    """(rank, label) of the names an entry is found by: its id and name (0), its synonyms and
    any of these without its parenthesis, "Morphoea" for "Morphoea (localised scleroderma)" (1)."""
    found = [(0, entry.id.replace("-", " ")), (0, entry.name), *((1, s) for s in entry.synonyms)]
    found += [(1, label.split("(")[0]) for _, label in found[1:] if "(" in label and label.split("(")[0].strip()]
    return found


def loose_key(label: str) -> str:
    """A label's words stemmed and with spellings folded: "Behcets" and "Behcet's" meet."""
    from skinaxis.text import stem, words

    out = []
    for word in words(label):
        word = word.replace("oe", "e").replace("ae", "e")
        for american, british in _ENDINGS:
            if word.endswith(american):
                word = word[: -len(american)] + british
                break
        out.append(stem(word))
    return " ".join(out)


@record
class NameMatch:
    """What a name look-up found: one entry id, several equally good (ambiguous), or none;
    `partial` when the name was only part of the entry's name."""

    ids: list[str]
    partial: bool = False


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
        value: T = load(row[0])
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
            self._loaded = {key: loaded[key] if key in loaded else load(body) for key, body in rows}
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


class StoredCatalogue(TextChannelQueries):
    """The catalogue as commands read it: sections, look-ups by name, links both ways, indexes."""

    def __init__(self, db: sqlite3.Connection, path: Path | None = None) -> None:
        self.db = db
        self.path = path  # the store file, or None for a store in memory
        self.sections: dict[str, Section[Any]] = {section: Section(db, section) for section in SECTION_KIND}
        self._names: dict[tuple[str, str], str | None] = {}
        # Profiles read once: ranking, the answers' weights and the questions all ask for them.
        self._profiles: dict[str, Profile] = {}

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
        value: model.Axis | None = load(self.meta("axis") or "null")
        return value

    def meta(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else row[0]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = load_plain(self.meta("counts"))
        return counts

    def find(self, section: str, name: str) -> Any | None:
        """The one entry whose id, name or synonym is `name` (ignoring case, accents, punctuation
        and spelling variants), else None: a name that fits several, or only part of a name, is
        for `lookup`."""
        found = self.lookup(section, name)
        return self.sections[section].get(found.ids[0]) if len(found.ids) == 1 and not found.partial else None

    def lookup(self, section: str, name: str) -> NameMatch:
        """The entries a typed name fits best: by exact label (ids and names before synonyms),
        then by loose spelling, then as part of a name. Several at the best level is ambiguous."""
        from skinaxis.text import normalise

        if name in self.sections[section]:  # an exact id always opens its own entry
            return NameMatch([name])
        for key in (normalise(name), loose_key(name)):
            rows = self.db.execute(
                "SELECT id, rank FROM name_label WHERE section=? AND key=?", (section, key)
            ).fetchall()
            if rows:
                best = min(rank for _, rank in rows)
                return NameMatch(list(dict.fromkeys(i for i, rank in rows if rank == best)))
        words = set(loose_key(name).split())
        words = words - _PARTIAL_STOPWORDS or words
        labels: set[int] | None = None
        owner: dict[int, str] = {}
        for word in words:
            query = "SELECT lid, id FROM name_word WHERE section=? AND word=?"
            found = dict(self.db.execute(query, (section, word)).fetchall())
            owner.update(found)
            labels = set(found) if labels is None else labels & set(found)
        ids = sorted({owner[lid] for lid in labels or ()}, key=lambda i: self.name(section, i) or i)
        return NameMatch(ids, partial=True)

    def suggest(self, section: str, name: str, limit: int = 3) -> list[str]:
        """Ids of entries whose labels are closest to `name`, best first, for "did you mean".

        The score is the edit similarity of the whole label, or of the label's words as long as
        the name, so 'sjogren' ranks "Sjogren's disease" first; one entry is offered once."""
        from rapidfuzz import fuzz

        from skinaxis.text import normalise

        query = normalise(name)
        if not query:
            return []
        size = len(query.split())
        best: dict[str, float] = {}
        for key, entry_id in self.db.execute("SELECT key, id FROM name_label WHERE section=? AND rank < 2", (section,)):
            parts = key.split()
            windows = [" ".join(parts[i : i + size]) for i in range(max(1, len(parts) - size + 1))]
            score = max(fuzz.ratio(query, key), *(fuzz.ratio(query, w) - 5 for w in windows))
            if score >= 60 and score > best.get(entry_id, 0):
                best[entry_id] = score
        return sorted(best, key=lambda i: (-best[i], i))[:limit]

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

    def origins(self, section: str, entry_ids: Iterable[str]) -> dict[str, str]:
        """Which of these entries a clinic layer added or overrides: id -> model.CLINIC or
        model.OVERRIDE; shipped and unknown ids are left out. One query per CHUNK ids by primary
        key, so the cost follows the ids asked about, not the size of the catalogue."""
        found: dict[str, str] = {}
        for part in in_chunks(sorted(set(entry_ids))):
            query = f"SELECT id, origin FROM entry WHERE section=? AND id IN ({placeholders(part)}) AND origin != ?"
            found.update(self.db.execute(query, (section, *part, model.SHIPPED)).fetchall())
        return found

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

    def backlinks(self, kind: str, targets: Iterable[str], ordered: bool = True) -> list[Backlink]:
        """The reverse links of this kind to any of `targets`, in catalogue order and, within a
        condition, in its own order (or in no particular order with ordered=False). `links()`
        turns their row ids into link objects."""
        wanted = sorted(set(targets))
        rows: list[Backlink] = []
        make = Backlink._make
        try:
            for part in in_chunks(wanted):
                query = f"SELECT rows FROM posting WHERE kind=? AND target IN ({placeholders(part)})"
                for (blob,) in self.db.execute(query, (kind, *part)):
                    rows += map(make, load_plain(blob))
            if ordered and len(wanted) > 1:
                # Each list is stored in (cseq, order) order and rows lead with cseq, so the natural
                # tuple order (compared in C) is catalogue order, then link order.
                rows.sort()
        except TypeError as exc:  # rows of another shape than Backlink's: damage the seal cannot see
            raise tables.DamagedStore("a damaged posting") from exc
        return rows

    def linkers(self, kind: str, targets: Iterable[str]) -> dict[str, set[str]]:
        """target -> the ids of the conditions that link it: what backlinks() gives, without
        making a row object per link (match asks this of thousands of links at each call)."""
        found: dict[str, set[str]] = {}
        condition = Backlink._fields.index("condition")
        for part in in_chunks(sorted(set(targets))):
            query = f"SELECT target, rows FROM posting WHERE kind=? AND target IN ({placeholders(part)})"
            for target, blob in self.db.execute(query, (kind, *part)):
                try:
                    found[target] = {row[condition] for row in load_plain(blob)}
                except (IndexError, KeyError, TypeError) as exc:  # rows of another shape: damage
                    raise tables.DamagedStore("a damaged posting") from exc
        return found

    def links(self, row_ids: Iterable[int]) -> dict[int, Any]:
        """The link objects (TreatmentLink, RedFlag, ...) of these reverse-link rows."""
        found: dict[int, Any] = {}
        wanted = set(row_ids)
        try:
            for part in in_chunks(sorted(wanted)):
                query = f"SELECT rid, detail FROM backlink WHERE rid IN ({placeholders(part)})"
                found.update((rid, load(detail)) for rid, detail in self.db.execute(query, part))
        except TypeError as exc:  # row ids that do not sort: a damaged posting
            raise tables.DamagedStore("a damaged posting") from exc
        if len(found) != len(wanted):  # a posting names rows that are not there
            raise tables.DamagedStore("a posting names missing links")
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
        Only the links kept are decoded."""
        rows = self.backlinks(kind, targets)
        if order is not None:
            rows.sort(key=lambda row: order(row.name, row.grade))
        kept = rows if limit is None else rows[:limit]
        links = self.links(row.rid for row in kept)
        return [(Named(row.condition, row.name), links[row.rid]) for row in kept], len(rows)

    def profiles(self, condition_ids: Iterable[str]) -> list[Profile]:
        """The ranking profiles of the given conditions, in catalogue order."""
        wanted = set(condition_ids)
        for part in in_chunks(sorted(wanted - self._profiles.keys())):
            query = f"SELECT cseq, condition, name, data FROM profile WHERE condition IN ({placeholders(part)})"
            for row in map(Profile._make, self.db.execute(query, part)):
                self._profiles[row.condition] = row
        return sorted(self._profiles[c] for c in wanted if c in self._profiles)

    # What search asks: labels by the stems they contain, and the entries that carry them.

    def lenders(self, kind: str, targets: Iterable[str], part: int = 0) -> dict[tuple[str, str], list[Lender]]:
        """(target, grade) -> that part of the conditions linking the target with that grade,
        sorted by name, catalogue place and link place (see write._lend_rows)."""
        found: dict[tuple[str, str], list[Lender]] = {}
        make = Lender._make
        for chunk in in_chunks(sorted(set(targets))):
            query = "SELECT target, grade, rows FROM lend WHERE kind=? AND part=? AND target IN "
            query += f"({placeholders(chunk)})"
            for target, grade, blob in self.db.execute(query, (kind, part, *chunk)):
                found[target, grade] = list(map(make, load_plain(blob)))
        return found

    def search_stems(self) -> list[str]:
        """Every stem of every search label, sorted (what a typo in a query is compared with)."""
        return str(self.meta("search-stems") or "").split("\n")

    def search_labels(self, stems: list[str]) -> list[tuple[int, str, tuple[str, ...]]]:
        """(label id, normalised label, its stems) of the labels using any of these stems."""
        found: list[tuple[int, str, tuple[str, ...]]] = []
        for part in in_chunks(stems):
            rows = self.db.execute(
                "SELECT DISTINCT l.lid, l.norm, l.stems FROM search_term t JOIN search_label l ON l.lid = t.lid "
                f"WHERE t.stem IN ({placeholders(part)})",
                part,
            )
            found += [(lid, norm, tuple(label_stems.split())) for lid, norm, label_stems in rows]
        return found

    def search_owners(self, label_ids: list[int]) -> list[SearchOwner]:
        """The entries carrying any of these labels, each with its name."""
        found: list[SearchOwner] = []
        for part in in_chunks(label_ids):
            rows = self.db.execute(
                "SELECT o.lid, o.section, o.id, o.seq, o.pos, o.text, e.name FROM search_owner o "
                f"JOIN entry e ON e.section = o.section AND e.id = o.id WHERE o.lid IN ({placeholders(part)})",
                part,
            )
            found += map(SearchOwner._make, rows)
        return found

    # What match asks: its vocabulary's phrase groups by word, and the broader-sign closure.

    def phrase_groups(self, stems: set[str]) -> list[tuple[int, str, tuple[str, ...], list[str]]]:
        """(group id, type, stems, owner ids) of every phrase group that these words complete, or
        complete but for one word (match reads no phrase missing more), in vocabulary order."""
        found: dict[int, tuple[int, str, tuple[str, ...], list[str]]] = {}
        # Counting in SQL which of a group's words are present keeps out the many phrases that
        # merely share a word with the text (a clinic catalogue repeats "itch" thousands of times).
        # Counts per chunk are only a lower bound, so with more words than one chunk every
        # group sharing a word is read and recognise.py does the filtering alone.
        whole = len(stems) <= CHUNK
        for part in in_chunks(sorted(stems)):
            rows = self.db.execute(
                "SELECT p.gid, p.type, p.stems, p.owners FROM phrase p JOIN "
                "(SELECT gid, count(*) AS present FROM phrase_stem "
                f"WHERE stem IN ({placeholders(part)}) GROUP BY gid) h "
                "ON p.gid = h.gid WHERE h.present >= p.words - 1 OR ?",
                (*part, not whole),
            )
            for gid, kind, words, owners in rows:
                if gid not in found:
                    found[gid] = (gid, kind, tuple(words.split()), load_plain(owners))
        return [found[gid] for gid in sorted(found)]

    def broader_signs(self, sign: str) -> list[str]:
        """The broader signs a sign implies (tense blisters -> blisters), not itself."""
        return [broader for (broader,) in self.db.execute("SELECT broader FROM implies WHERE sign=?", (sign,))]

    def narrower_signs(self, signs: set[str]) -> dict[str, set[str]]:
        """For each sign, the signs that imply it (its narrower forms)."""
        out: dict[str, set[str]] = {}
        for part in in_chunks(sorted(signs)):
            rows = self.db.execute(f"SELECT sign, broader FROM implies WHERE broader IN ({placeholders(part)})", part)
            for sign, broader in rows:
                out.setdefault(broader, set()).add(sign)
        return out

    def people(self, condition_ids: Iterable[str]) -> dict[str, PersonRow]:
        """condition id -> who it is for (tables.PersonRow)."""
        found: dict[str, PersonRow] = {}
        columns = "condition, ages, sex, pregnancy_only, acute"
        for part in in_chunks(sorted(set(condition_ids))):
            query = f"SELECT {columns} FROM person WHERE condition IN ({placeholders(part)})"
            for condition, ages, sex, pregnancy_only, acute in self.db.execute(query, part):
                found[condition] = PersonRow(tuple(ages.split()), sex, bool(pregnancy_only), bool(acute))
        return found

    def is_english(self, word: str) -> bool:
        """Whether a word is an ordinary English word (which typo correction leaves alone)."""
        return self.db.execute("SELECT 1 FROM english WHERE word=?", (word,)).fetchone() is not None

    def text_stats(self) -> tuple[int, float] | None:
        """(number of documents, mean length) of the text channel, or None in an empty store."""
        value = self.meta("text-stats")
        if not value:
            return None
        total, average = load_plain(value)
        return (int(total), float(average)) if total else None
