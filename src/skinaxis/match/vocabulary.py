"""The match vocabulary: built from the checked catalogue into rows for the store, read back by word.

Phrases of manifestations (with the HPO term names of hpo-terms.tsv), sites, triggers, condition
names and red-flag wording are grouped by
their words; the store keeps the groups, the words that find them, each sign's broader signs and
the signs' specificity. A run reads only the groups that share a word with the description.
"""

from __future__ import annotations

import math
import weakref
from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.record import record
from skinaxis.text import stem, words
from skinaxis.vocab import FREQUENCY_WEIGHT

from .lexicon import GENERIC, KNOWN_WORDS, LOCATIVE, MODIFIERS, NEGATIONS, STOPWORDS
from .rewrites import rewrite

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue


@record
class _Phrase:
    type: str
    id: str
    stems: tuple[str, ...]  # content stems, order-free
    text: str


class Vocabulary:
    """Phrases of manifestations, sites, triggers and red-flag wording, indexed by stem.

    Built from the checked catalogue when the store is written; runs read it back through
    StoredVocabulary."""

    def __init__(self, catalogue: model.Catalogue):
        self.phrases: list[_Phrase] = []
        self.by_stem: dict[str, list[int]] = {}
        for section, kind in (
            ("manifestations", "manifestation"),
            ("sites", "site"),
            ("triggers", "trigger"),
            ("conditions", "condition"),
        ):
            for entry in catalogue.sections[section].values():
                for label in entry.labels:
                    self._add(kind, entry.id, label)
        for flag in catalogue.red_flags.values():
            for phrase in flag.phrases:
                self._add("red-flag", flag.id, phrase)
        # A condition's name counts only when it is not also everyday sign vocabulary ("spots").
        sign_words = {w for kept in self.phrases if kept.type != "condition" for w in kept.stems}
        self.phrases = [p for p in self.phrases if p.type != "condition" or not set(p.stems) <= sign_words]
        hpo = _hpo_terms(catalogue, {p.stems for p in self.phrases if p.type == "manifestation"})
        self.by_stem = {}
        for index, kept in enumerate(self.phrases):
            for word in set(kept.stems):
                self.by_stem.setdefault(word, []).append(index)
        # Each sign with the broader signs it implies: used by recognition and by ranking.
        self.implies = _broader(catalogue)
        # Distinctive words: a word that names one sign only ("sausage" in "sausage finger") is
        # evidence for it on its own, at lower confidence, when no whole phrase matched.
        owners: dict[str, set[str]] = {}
        other_kinds: set[str] = set()
        carrying: set[str] = set()  # words that carry a short phrase (two words at most)
        for entry in self.phrases:
            for word in entry.stems:
                if entry.type == "manifestation":
                    owners.setdefault(word, set()).add(entry.id)
                    if len(entry.stems) <= 2:
                        carrying.add(word)
                else:
                    other_kinds.add(word)
        # How many signs use each word: a partial match must rest on a word few signs share.
        self.sign_count = {word: len(ids) for word, ids in owners.items()}
        self.distinctive = {
            word: next(iter(ids))
            for word, ids in owners.items()
            if len(ids) == 1
            and word in carrying
            and len(word) >= 4
            and word not in other_kinds
            and word not in MODIFIERS
            and word not in LOCATIVE
            and word not in GENERIC
            and word not in KNOWN_WORDS
            and not word.isdigit()
            and word not in hpo.unreportable
        }
        # HPO's term names last: they read as their signs but change no word's standing above.
        for sign, name in hpo.phrases:
            self._add("manifestation", sign, name)
        self.stems = set(self.by_stem)

    def _add(self, kind: str, entry_id: str, label: str) -> None:
        content = _content(label)
        if all(s in GENERIC for s in content):
            return
        index = len(self.phrases)
        self.phrases.append(_Phrase(kind, entry_id, content, label))
        for s in set(content):
            self.by_stem.setdefault(s, []).append(index)


def _content(label: str) -> tuple[str, ...]:
    """A phrase's content stems, order-free. Negation words inside a phrase ("spots that don't
    fade") become one token, "not", as they do in a description, so the phrase can match."""
    return tuple(
        dict.fromkeys(
            "not" if w in NEGATIONS else s
            for w, s in ((w, stem(w)) for w in words(rewrite(label)))
            if s not in STOPWORDS and w not in STOPWORDS
        )
    )


@record
class _HpoTerms:
    phrases: list[tuple[str, str]]  # (sign id, HPO term name) to read as that sign
    unreportable: set[str]  # words of histology and laboratory findings: never a sign on their own


def _hpo_terms(catalogue: model.Catalogue, own: set[tuple[str, ...]]) -> _HpoTerms:
    """The shipped table of HPO term names (tools/make_hpo_terms.py). A row counts only while its
    sign still carries the HPO id the table was written for (a clinic layer may change it), and
    never where the catalogue's own wording already says the same words (it wins)."""
    from importlib.resources import files

    text = files("skinaxis.match").joinpath("hpo-terms.tsv").read_text(encoding="utf-8")
    phrases: list[tuple[str, str]] = []
    unreportable: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _term, name, sign, sign_hpo, _steps = line.split("\t")
        if not sign:
            unreportable.update(_content(name))
            continue
        entry = catalogue.manifestations.get(sign)
        if entry is not None and entry.hpo == sign_hpo and _content(name) not in own:
            phrases.append((sign, name))
    return _HpoTerms(phrases, unreportable)


@record
class _Group:
    """Phrases with the same type and words, and the entries that use them (in catalogue order)."""

    gid: int
    type: str
    stems: tuple[str, ...]
    ids: list[str]


@record
class IndexRows:
    """The vocabulary as rows for the store (written by store.write)."""

    groups: list[tuple[int, str, tuple[str, ...], list[str]]]  # (group id, type, stems, owner ids)
    group_words: list[tuple[str, int]]  # (stem, group id): the words that find each group
    implies: list[tuple[str, str]]  # (sign, a broader sign it implies)
    summary: dict[str, Any]  # read whole by every match: stems, sign counts, distinctive words, idf


def index_rows(catalogue: model.Catalogue) -> IndexRows:
    vocabulary = Vocabulary(catalogue)
    gids: dict[tuple[str, tuple[str, ...]], int] = {}
    owners: dict[int, list[str]] = {}
    for phrase in vocabulary.phrases:
        gid = gids.setdefault((phrase.type, phrase.stems), len(gids) + 1)
        ids = owners.setdefault(gid, [])
        if phrase.id not in ids:
            ids.append(phrase.id)
    return IndexRows(
        groups=[(gid, kind, stems, owners[gid]) for (kind, stems), gid in gids.items()],
        group_words=sorted({(word, gid) for (_kind, stems), gid in gids.items() for word in stems}),
        implies=[
            (sign, broader) for sign, closure in vocabulary.implies.items() for broader in closure if broader != sign
        ],
        summary={
            "stems": sorted(vocabulary.stems),
            "sign_count": vocabulary.sign_count,
            "distinctive": vocabulary.distinctive,
            "idf": _specificity(catalogue, vocabulary.implies),
            "contrasts": {m.id: list(m.contrasts) for m in catalogue.manifestations.values() if m.contrasts},
        },
    )


class _Implies:
    """Each sign with the broader signs it implies (itself included), read on demand."""

    def __init__(self, catalogue: StoredCatalogue) -> None:
        self._catalogue = catalogue
        self._known: dict[str, frozenset[str]] = {}
        self._sorted: dict[str, tuple[str, ...]] = {}

    def get(self, sign: str) -> frozenset[str]:
        closure = self._known.get(sign)
        if closure is None:
            closure = self._known[sign] = frozenset([sign, *self._catalogue.broader_signs(sign)])
        return closure

    def broader(self, sign: str) -> tuple[str, ...]:
        """The broader signs only, sorted."""
        found = self._sorted.get(sign)
        if found is None:
            found = self._sorted[sign] = tuple(sorted(self.get(sign) - {sign}))
        return found

    def narrower(self, signs: set[str]) -> dict[str, set[str]]:
        """For each sign, the signs that imply it (its narrower forms)."""
        return self._catalogue.narrower_signs(signs)


class StoredVocabulary:
    """The match vocabulary as written into the store: phrases are fetched by the words of a query."""

    def __init__(self, catalogue: StoredCatalogue) -> None:
        from skinaxis.store.tables import load_plain

        data = load_plain(catalogue.meta("vocabulary"))
        self._catalogue = catalogue
        self.stems: set[str] = set(data["stems"])
        self.sorted_stems: list[str] = data["stems"]  # stored sorted: what typos are compared with
        self.sign_count: dict[str, int] = data["sign_count"]
        self.distinctive: dict[str, str] = data["distinctive"]
        self.idf: dict[str, float] = data["idf"]
        self.contrasts: dict[str, list[str]] = data["contrasts"]
        self.implies = _Implies(catalogue)

    def is_english(self, word: str) -> bool:
        """An ordinary English word, not a misspelling: "brake" is never read as "break"."""
        return self._catalogue.is_english(word)

    def groups(self, stems: set[str]) -> list[_Group]:
        """Every phrase group using one of these words, in vocabulary order."""
        return [_Group(gid, kind, words, owners) for gid, kind, words, owners in self._catalogue.phrase_groups(stems)]


# One vocabulary per open catalogue, read on its first match and kept while the catalogue is
# (a benchmark matches hundreds of descriptions against one catalogue).
_STORED: weakref.WeakKeyDictionary[StoredCatalogue, StoredVocabulary] = weakref.WeakKeyDictionary()


def english_words() -> list[str]:
    """The shipped list of ordinary English words (see tools/make_english_words.py)."""
    import gzip
    from importlib.resources import files

    data = files("skinaxis.match").joinpath("english-words.txt.gz").read_bytes()
    return gzip.decompress(data).decode("ascii").split()


def stored(catalogue: StoredCatalogue) -> StoredVocabulary:
    vocabulary = _STORED.get(catalogue)
    if vocabulary is None:
        vocabulary = _STORED[catalogue] = StoredVocabulary(catalogue)
    return vocabulary


def _specificity(catalogue: model.Catalogue, implies: dict[str, set[str]]) -> dict[str, float]:
    """Inverse document frequency of each sign over the conditions that show it (or a narrower form)."""
    counts: dict[str, float] = {}
    for condition in catalogue.conditions.values():
        best: dict[str, float] = {}
        for link in condition.manifestations:
            for sign in implies.get(link.id, {link.id}):
                best[sign] = max(best.get(sign, 0.0), FREQUENCY_WEIGHT[link.frequency])
        for sign, weight in best.items():
            counts[sign] = counts.get(sign, 0.0) + weight
    total = max(1, len(catalogue.conditions))
    return {m: math.log(1 + total / (1 + c)) for m, c in counts.items()}


def _broader(catalogue: model.Catalogue) -> dict[str, set[str]]:
    """For each manifestation, itself and every broader sign it implies (tense blisters -> blisters)."""
    out: dict[str, set[str]] = {}
    for entry in catalogue.manifestations.values():
        seen = {entry.id}
        stack = list(entry.broader)
        while stack:
            item = stack.pop()
            if item not in seen:
                seen.add(item)
                parent = catalogue.manifestations.get(item)
                stack.extend(parent.broader if parent else [])
        out[entry.id] = seen
    return out
