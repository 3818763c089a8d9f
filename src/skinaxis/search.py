"""Free-text search over every kind of entry, tolerant of word forms, typos and accents.

Each entry has labels (name, synonyms, id, codes). A query scores against each label by exact
match, shared word stems, containment either way and per-word fuzzy similarity; the best label
is reported as what matched. Signs, triggers and body sites then lend a share of their score to
the conditions that show them, so "itching" also finds the conditions where itch is a hallmark.
"""

from __future__ import annotations

from .model import FREQUENCY_WEIGHT, STRENGTH_WEIGHT, Catalogue
from .record import record
from .text import normalise, stem

MAX_QUERY_WORDS = 64
SEARCH_SECTIONS = ("conditions", "therapies", "manifestations", "triggers", "assessments", "sites")
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
        from rapidfuzz.distance import DamerauLevenshtein

        for candidate in label_stems:
            if candidate.startswith(query_stem):
                best = max(best, 0.8)
                continue
            if abs(len(candidate) - len(query_stem)) > 2 or len(candidate) < 4:
                continue
            distance = DamerauLevenshtein.distance(query_stem, candidate, score_cutoff=2)
            allowed = 1 if len(query_stem) < 7 else 2
            if distance <= allowed:
                best = max(best, 0.85 if distance == 1 else 0.7)
    return best


def score_label(query_norm: str, query_stems: tuple[str, ...], label: Label) -> float:
    if query_norm == label.norm:
        return 1.0
    if not query_stems or not label.stems:
        return 0.0
    if set(query_stems) == set(label.stems):
        return 0.95
    sims = [_token_similarity(s, label.stems) for s in query_stems]
    matched = sum(sims)
    if matched == 0:
        return 0.0
    # How much of the query the label explains, and how much of the label the query covers.
    query_cover = matched / len(query_stems)
    label_cover = min(1.0, matched / len(label.stems))
    return 0.9 * (0.55 * query_cover + 0.45 * label_cover) * (1.0 if min(sims) > 0 or len(query_stems) > 1 else 0.0)


def best_label(query_norm: str, query_stems: tuple[str, ...], labels: list[Label]) -> tuple[float, str]:
    best, text = 0.0, ""
    for label in labels:
        score = score_label(query_norm, query_stems, label)
        if score > best:
            best, text = score, label.text
    return best, text


def search(catalogue: Catalogue, query: str, limit: int = 10) -> list[Hit]:
    query_norm = " ".join(normalise(query).split()[:MAX_QUERY_WORDS])
    query_stems = tuple(stem(w) for w in query_norm.split())
    if not query_stems:
        return []
    hits: dict[tuple[str, str], Hit] = {}
    for section in SEARCH_SECTIONS:
        for entry in catalogue.sections[section].values():
            score, matched = best_label(query_norm, query_stems, labels_of(entry))
            if score >= MIN_SCORE:
                hits[section, entry.id] = Hit(section, entry.kind, entry.id, entry.name, round(score, 3), matched)
    _propagate(catalogue, hits)
    ranked = sorted(hits.values(), key=lambda h: (-h.score, h.section != "conditions", h.name))
    per_kind: dict[str, int] = {}
    out = []
    for hit in ranked:
        per_kind[hit.kind] = per_kind.get(hit.kind, 0) + 1
        if per_kind[hit.kind] <= limit:
            out.append(hit)
    return out


def _propagate(catalogue: Catalogue, hits: dict[tuple[str, str], Hit]) -> None:
    """A matched sign, trigger or site lends part of its score to the conditions linked to it."""
    signs = {h.id: h for (s, _), h in hits.items() if s == "manifestations"}
    triggers = {h.id: h for (s, _), h in hits.items() if s == "triggers"}
    sites = {h.id: h for (s, _), h in hits.items() if s == "sites"}
    if not (signs or triggers or sites):
        return
    for condition in catalogue.conditions.values():
        best: tuple[float, str, str] | None = None
        for link in condition.manifestations:
            source = signs.get(link.id)
            if source is not None:
                score = source.score * 0.75 * (0.5 + 0.5 * FREQUENCY_WEIGHT[link.frequency])
                if best is None or score > best[0]:
                    best = (score, source.matched, f"{source.name}, {link.frequency}")
            for site in link.sites:
                if site in sites:
                    score = sites[site].score * 0.5 * (0.5 + 0.5 * FREQUENCY_WEIGHT[link.frequency])
                    if best is None or score > best[0]:
                        best = (
                            score,
                            sites[site].matched,
                            f"{sites[site].name}: {catalogue.manifestations[link.id].name}",
                        )
        for trigger_link in condition.triggers:
            source = triggers.get(trigger_link.id)
            if source is not None:
                score = source.score * 0.7 * (0.5 + 0.5 * STRENGTH_WEIGHT[trigger_link.strength])
                if best is None or score > best[0]:
                    best = (score, source.matched, f"{source.name}, {trigger_link.strength} trigger")
        if best is None or best[0] < MIN_SCORE * 0.8:
            continue
        key = ("conditions", condition.id)
        existing = hits.get(key)
        if existing is None or existing.score < best[0]:
            hits[key] = Hit(
                "conditions", condition.kind, condition.id, condition.name, round(best[0], 3), best[1], via=best[2]
            )
