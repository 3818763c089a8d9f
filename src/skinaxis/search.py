"""Free-text search over every kind of entry, tolerant of word forms, typos and accents.

Each entry has labels (name, synonyms, id, codes). A query scores against each label by exact
match, shared word stems, containment either way and per-word fuzzy similarity; the best label
is reported as what matched. Signs, triggers and body sites then lend a share of their score to
the conditions that show them, so "itching" also finds the conditions where itch is a hallmark.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

from .model import SHIPPED
from .record import record
from .store.tables import LEND_PART, LENDING_KINDS
from .text import near, normalise, stem
from .vocab import FREQUENCY_WEIGHT, KIND_SECTION, LISTED_SECTIONS, SECTION_KIND, STRENGTH_WEIGHT

if TYPE_CHECKING:
    from . import model
    from .store import StoredCatalogue
    from .store.tables import Lender

MAX_QUERY_WORDS = 64
MIN_SCORE = 0.45


@record
class Hit:
    section: str
    kind: str
    id: str
    name: str
    score: float
    matched: str
    via: str = ""  # for indirect hits: what linked it (e.g. "itching -> Pruritus, hallmark")
    origin: str = SHIPPED  # or model.CLINIC, model.OVERRIDE: a clinic layer's entry is marked


@record
class Label:
    text: str
    norm: str
    stems: tuple[str, ...]


def labels_of(entry: object) -> list[Label]:
    texts: list[str] = list(getattr(entry, "labels", []))
    codes = getattr(entry, "codes", None) or {}
    texts += [str(code) for code in codes.values()]
    for attr in ("atc", "hpo"):
        value = getattr(entry, attr, None)
        if value:
            texts.append(value)
    out = []
    for text in texts:
        norm = normalise(text)
        if norm:
            out.append(Label(text, norm, tuple(stem(w) for w in norm.split())))
    return out


def _token_similarity(query_stem: str, label_stems: tuple[str, ...]) -> float:
    """1.0 for the same stem, a bit less for a prefix or a small typo, else 0."""
    if query_stem in label_stems:
        return 1.0
    best = 0.0
    if len(query_stem) >= 4:
        # A label word that starts with the query word counts as a prefix, not as a typo.
        longer = [candidate for candidate in label_stems if candidate.startswith(query_stem)]
        if longer:
            best = 0.8
        for _candidate, distance in near(query_stem, [c for c in label_stems if c not in longer]):
            best = max(best, 0.85 if distance == 1 else 0.7)
    return best


def score_text(query_norm: str, query_stems: tuple[str, ...], norm: str, stems: tuple[str, ...]) -> float:
    """How well a label (its normalised text and stems) answers the query, 0 to 1."""
    if query_norm == norm:
        return 1.0
    if not query_stems or not stems:
        return 0.0
    if set(query_stems) == set(stems):
        return 0.95
    sims = [_token_similarity(s, stems) for s in query_stems]
    matched = sum(sims)
    if matched == 0:
        return 0.0
    # How much of the query the label explains, and how much of the label the query covers.
    query_cover = matched / len(query_stems)
    label_cover = min(1.0, matched / len(stems))
    return 0.9 * (0.55 * query_cover + 0.45 * label_cover) * (1.0 if min(sims) > 0 or len(query_stems) > 1 else 0.0)


@record
class IndexRows:
    """The search index as rows for the store: each distinct label once, who carries it, and
    the stems that find it."""

    labels: list[tuple[int, str, str]]  # (label id, normalised text, stems joined by spaces)
    owners: list[tuple[int, str, str, int, int, str]]  # (label id, section, entry id, seq, pos, text)
    terms: list[tuple[str, int]]  # (stem, label id)
    stems: list[str]  # every stem, sorted


def index_rows(catalogue: model.Catalogue) -> IndexRows:
    lids: dict[str, int] = {}
    labels: list[tuple[int, str, str]] = []
    owners: list[tuple[int, str, str, int, int, str]] = []
    terms: set[tuple[str, int]] = set()
    for section in LISTED_SECTIONS:
        for seq, entry in enumerate(catalogue.sections[section].values()):
            for pos, label in enumerate(labels_of(entry)):
                lid = lids.get(label.norm)
                if lid is None:
                    lid = lids[label.norm] = len(lids) + 1
                    labels.append((lid, label.norm, " ".join(label.stems)))
                    terms.update((s, lid) for s in label.stems)
                owners.append((lid, section, entry.id, seq, pos, label.text))
    return IndexRows(labels, owners, sorted(terms), sorted({s for s, _ in terms}))


def _candidate_stems(catalogue: StoredCatalogue, query_stems: tuple[str, ...]) -> set[str]:
    """Stored stems that can score against the query: the same, a prefix of it, or a small typo."""
    wanted = set(query_stems)
    if not any(len(q) >= 4 for q in wanted):
        return wanted
    known = catalogue.search_stems()
    for q in {q for q in wanted if len(q) >= 4}:
        wanted.update(s for s in known if s.startswith(q))
        wanted.update(candidate for candidate, _distance in near(q, known))
    return wanted


def search(catalogue: StoredCatalogue, query: str, limit: int = 10) -> list[Hit]:
    query_norm = " ".join(normalise(query).split()[:MAX_QUERY_WORDS])
    query_stems = tuple(stem(w) for w in query_norm.split())
    if not query_stems:
        return []
    # Only labels sharing a stem (or a near one) with the query can score: the index finds them,
    # and each distinct label text is scored once however many entries use it.
    scores: dict[int, float] = {}
    for lid, norm, label_stems in catalogue.search_labels(sorted(_candidate_stems(catalogue, query_stems))):
        if lid not in scores:
            scores[lid] = score_text(query_norm, query_stems, norm, label_stems)
    good = sorted(lid for lid, score in scores.items() if score >= MIN_SCORE)
    best: dict[tuple[str, str], tuple[float, int, int, str, str]] = {}
    order = {section: n for n, section in enumerate(LISTED_SECTIONS)}
    for owner in catalogue.search_owners(good):
        score = scores[owner.lid]
        key = (owner.section, owner.id)
        held = best.get(key)
        # The entry's best label; among equal scores its first label, as the entry lists them.
        if held is None or score > held[0] or (score == held[0] and owner.pos < held[2]):
            best[key] = (score, owner.seq, owner.pos, owner.text, owner.name)
    # Hits stay tuples until the last step: a clinic catalogue can match thousands of entries,
    # of which only `limit` of each kind are shown. A hit is (score, matched, name, via, place),
    # where place is its position in the order the entries were found.
    hits: dict[tuple[str, str], tuple[float, str, str, str, tuple[int, int, int]]] = {}
    for (section, entry_id), (score, seq, _pos, text, name) in best.items():
        hits[section, entry_id] = (round(score, 3), text, name, "", (0, order[section], seq))
    _propagate(catalogue, hits, best, limit)
    per_kind: dict[str, list[tuple[float, bool, str, tuple[int, int, int], str, str]]] = {}
    for (section, entry_id), (score, _text, name, _via, place) in hits.items():
        per_kind.setdefault(section, []).append((-score, section != "conditions", name, place, section, entry_id))
    shown = sorted(item for items in per_kind.values() for item in heapq.nsmallest(limit, items))
    # Only the hits shown are asked about (a clinic layer can have 40,000 entries), the found ones
    # and the ones a sign, site or trigger lent its score to alike.
    origins = {section: catalogue.origins(section, [i for *_, s, i in shown if s == section]) for section in per_kind}
    out = []
    for _, _, name, _, section, entry_id in shown:
        score, matched, _, via, _ = hits[section, entry_id]
        origin = origins[section].get(entry_id, SHIPPED)
        out.append(Hit(section, SECTION_KIND[section], entry_id, name, score, matched, via=via, origin=origin))
    return out


LENT_BY = {kind: KIND_SECTION[kind] for kind in LENDING_KINDS}  # the store's lend kinds, by section


def _lent(kind: str, score: float, grade: str) -> float:
    """What a matched sign, site or trigger (of this search score) lends a condition linking it."""
    if kind == "manifestation":
        return score * 0.75 * (0.5 + 0.5 * FREQUENCY_WEIGHT[grade])
    if kind == "site":
        return score * 0.5 * (0.5 + 0.5 * FREQUENCY_WEIGHT[grade])
    return score * 0.7 * (0.5 + 0.5 * STRENGTH_WEIGHT[grade])


def _propagate(
    catalogue: StoredCatalogue,
    hits: dict[tuple[str, str], tuple[float, str, str, str, tuple[int, int, int]]],
    best: dict[tuple[str, str], tuple[float, int, int, str, str]],
    limit: int,
) -> None:
    """A matched sign, trigger or site lends part of its score to the conditions linked to it.

    At most `limit` of them can be shown, and a common sign in a large clinic catalogue links
    thousands. So the stored groups of links (one per target and grade, each sorted as search
    shows conditions) are merged best first, read part by part, until `limit` conditions are
    found: a condition left out has `limit` others ahead of it whatever else it scores."""
    floor = MIN_SCORE * 0.8
    heap: list[tuple[float, str, int, float, int, int, int]] = []
    groups: list[tuple[str, str, str, float, str, str, list[Lender], int]] = []

    def push(group: int, index: int) -> None:
        kind, target, grade, value, _matched, _source, rows, part = groups[group]
        if index == len(rows) == LEND_PART * (part + 1):
            # The part is used up: read the next one of this group (its rows continue the order).
            more = catalogue.lenders(kind, [target], part + 1).get((target, grade), [])
            groups[group] = (kind, target, grade, value, _matched, _source, rows + more, part + 1)
            rows = groups[group][6]
        if index < len(rows):
            row = rows[index]
            heapq.heappush(heap, (-round(value, 3), row.name, row.cseq, -value, row.order, group, index))

    for kind, section in LENT_BY.items():
        matched = {entry_id: hits[s, entry_id] for (s, entry_id) in best if s == section}
        if not matched:
            continue
        for (target, grade), rows in sorted(catalogue.lenders(kind, matched).items()):
            score, matched_text, source, _, _ = matched[target]
            value = _lent(kind, score, grade)
            if value >= floor:
                groups.append((kind, target, grade, value, matched_text, source, rows, 0))
                push(len(groups) - 1, 0)
    found: dict[str, tuple[Lender, int]] = {}
    while heap and len(found) < limit:
        *_, group, index = heapq.heappop(heap)
        push(group, index + 1)
        row = groups[group][6][index]
        # A condition's first row out of the heap is its best reading (among equal ones, the
        # link it lists first).
        found.setdefault(row.condition, (row, group))
    for condition_id, (row, group) in found.items():
        kind, _target, grade, value, matched_text, source, _rows, _part = groups[group]
        if kind == "manifestation":
            via = f"{source}, {grade}"
        elif kind == "site":
            via = f"{source}: {catalogue.name('manifestations', row.via)}"
        else:
            via = f"{source}, {grade} trigger"
        key = ("conditions", condition_id)
        existing = hits.get(key)
        if existing is None or existing[0] < value:
            place = existing[4] if existing is not None else (1, 0, row.cseq)
            hits[key] = (round(value, 3), matched_text, row.name, via, place)
