"""The text channel: each condition's own words, ranked with BM25, beside the structured ranking.

The structured ranking reads only what the phrase list recognises; a description in other words
("milky-white", "it usually starts...") would rank nothing. This channel reads every word. Each
condition is one document: its name, synonyms, summary, who gets it, distinguishing features, the
names and everyday words of its signs (weighted by how characteristic each sign is), their sites,
its triggers, sign and trigger notes, its red flags, its short summary and caveats, its tests and
what they show, and the names of its treatments ("antihistamines only help a bit"). The documents
are built once, at store build time, as stems with weighted counts; a query reads only the
postings of its own stems.

The two rankings are fused by weighted reciprocal rank (RRF): each contributes weight / (K + rank)
for its top DEPTH conditions. RRF needs no calibration between the two kinds of score, and a
condition that both rank well wins, and a structured leader far ahead of its runner-up gains a
little more (RRF alone forgets margins). Tuned on benchmarks/match_descriptions.yaml,
match_phenotypes.yaml and a development set written blind, never on the held-out sets in
benchmarks/blind/, which judge it.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from skinaxis.text import stems
from skinaxis.vocab import FREQUENCIES

if TYPE_CHECKING:
    from skinaxis import model
    from skinaxis.store import StoredCatalogue

# How many times a sign's words count in its condition's document, by how characteristic it is.
SIGN_REPEAT = dict(zip(FREQUENCIES, (3, 2, 1, 1), strict=True))
NAME_REPEAT = 3
SYNONYM_REPEAT = 2
DISTINGUISHING_REPEAT = 2
K1 = 1.2
B = 0.75
RRF_K = 5
RRF_DEPTH = 20
STRUCTURED_WEIGHT = 1.0
TEXT_WEIGHT = 1.5
# Reciprocal ranks forget by how much a ranking leads: a structured leader this many times the
# runner-up's score (its signs fit far better) gains this much more.
CLEAR_LEAD = 1.4
LEAD_BONUS = 0.03


class TextRows(NamedTuple):
    """What the store keeps of the text channel."""

    terms: list[tuple[str, int, float]]  # (stem, condition's place in the catalogue, weighted count)
    documents: list[tuple[int, str, str, float]]  # (place, condition id, name, document length)


def document(catalogue: model.Catalogue, condition: model.Condition) -> Counter[str]:
    """One condition's words as weighted stem counts."""
    parts: list[tuple[str, int]] = [(condition.name, NAME_REPEAT)]
    parts += [(s, SYNONYM_REPEAT) for s in condition.synonyms]
    parts += [(condition.summary, 1), (condition.epidemiology, 1), (condition.mechanism, 1)]
    parts += [(d, DISTINGUISHING_REPEAT) for d in condition.distinguishing]
    counts: Counter[str] = Counter()
    for link in condition.manifestations:
        sign = catalogue.manifestations[link.id]
        # Each word of a sign's names counts once per sign, however many of its synonyms use it:
        # a sign with ten synonyms saying "hives" is not ten times more about hives.
        sign_words = {stem for text in (sign.name, sign.everyday, *sign.synonyms) for stem in stems(text)}
        for stem in sign_words:
            counts[stem] += SIGN_REPEAT[link.frequency]
        parts.append((link.note, 1))
        for site_id in link.sites:
            site = catalogue.sites[site_id]
            parts += [(site.name, 1)] + [(s, 1) for s in site.synonyms]
    for trigger_link in condition.triggers:
        trigger = catalogue.triggers[trigger_link.id]
        parts += [(trigger.name, 1), (trigger_link.note, 1)] + [(s, 1) for s in trigger.synonyms]
    parts += [(flag.text, 1) for flag in condition.red_flags]
    parts += [(condition.in_short, 1)] + [(c, 1) for c in condition.caveats]
    for assessment_link in condition.assessments:
        parts += [(catalogue.assessments[assessment_link.id].name, 1), (assessment_link.note, 1)]
    # What helps is part of how people describe it ("antihistamines only help a bit").
    for treatment in condition.treatments:
        therapy = catalogue.therapies.get(treatment.therapy)
        if therapy is not None:
            parts += [(therapy.name, 1)] + [(s, 1) for s in therapy.synonyms]
    for text, repeat in parts:
        for stem in stems(text):
            counts[stem] += repeat
    return counts


def index_rows(catalogue: model.Catalogue) -> TextRows:
    counted: list[tuple[int, Counter[str]]] = []
    documents: list[tuple[int, str, str, float]] = []
    for cseq, condition in enumerate(catalogue.conditions.values()):
        counts = document(catalogue, condition)
        counted.append((cseq, counts))
        documents.append((cseq, condition.id, condition.name, float(sum(counts.values()))))
    # Each term's BM25 weight in its document (how often, against how long the document is) is
    # fixed once the catalogue is: stored, so that a query needs no document lengths.
    average = sum(length for *_, length in documents) / len(documents) if documents else 0.0
    terms: list[tuple[str, int, float]] = []
    for (place, counted_stems), (*_, length) in zip(counted, documents, strict=True):
        norm = K1 * (1 - B + B * length / average) if average else K1
        terms += [(stem, place, float(n) * (K1 + 1) / (float(n) + norm)) for stem, n in counted_stems.items()]
    return TextRows(terms, documents)


class TextHit(NamedTuple):
    condition: str
    name: str
    score: float
    matched: tuple[str, ...]  # the words of the description that the condition's own words hold


def affirmed_words(text: str) -> list[tuple[str, str]]:
    """(word, stem) of the words a description affirms: a word within NEGATION_WINDOW words after
    "no", "not", "without"... is denied, until a comma, a clause break or "but"."""
    from skinaxis.text import stem, words

    from .lexicon import BREAKS, CLAUSE, COMMA, NEGATION_WINDOW, NEGATIONS

    found: list[tuple[str, str]] = []
    for clause in CLAUSE.split(text):
        for piece in COMMA.split(clause):
            left = 0
            for word in words(piece):
                if word in NEGATIONS:
                    left = NEGATION_WINDOW
                    continue
                if word in BREAKS:
                    left = 0
                if left:
                    left -= 1
                    continue
                found.append((word, stem(word)))
    return found


def rank_text(
    catalogue: StoredCatalogue, text: str, ignore: frozenset[str] = frozenset(), limit: int = RRF_DEPTH
) -> list[TextHit]:
    """The `limit` best conditions by BM25 over their own words; denied words and `ignore`
    (stopwords, the words of denied signs) are not read."""
    words: dict[str, str] = {}
    for raw, stem in affirmed_words(text):
        if stem not in ignore:
            words.setdefault(stem, raw)
    if not words:
        return []
    stats = catalogue.text_stats()
    if not stats:
        return []
    total, average = stats
    postings = catalogue.text_postings(list(words))
    frequency = Counter(stem for stem, _, _ in postings)
    idf = {stem: math.log(1 + (total - n + 0.5) / (n + 0.5)) for stem, n in frequency.items()}
    scores: dict[int, float] = {}
    for stem, cseq, weight in postings:
        scores[cseq] = scores.get(cseq, 0.0) + idf[stem] * weight
    # Only the best `limit` are named: a clinic catalogue can hold thousands of pages with a word.
    ordered = heapq.nsmallest(limit, scores, key=lambda c: (-scores[c], c))
    kept = set(ordered)
    matched: dict[int, list[str]] = {}
    for stem, cseq, _weight in postings:
        if cseq in kept:
            matched.setdefault(cseq, []).append(words[stem])
    documents = catalogue.text_documents(kept)
    return [TextHit(documents[c][0], documents[c][1], scores[c], tuple(dict.fromkeys(matched[c]))) for c in ordered]


def fuse(structured: list[tuple[str, float]], text: list[tuple[str, float]]) -> dict[str, float]:
    """Weighted reciprocal-rank fusion of two rankings of (condition id, score). Equal scores
    share a place (competition ranking): conditions the structured ranking cannot tell apart
    must not be told apart by the order they happened to come in."""
    fused: dict[str, float] = {}
    for ranking, weight in ((structured, STRUCTURED_WEIGHT), (text, TEXT_WEIGHT)):
        place, previous = 0, None
        for position, (condition, score) in enumerate(ranking[:RRF_DEPTH], start=1):
            if score != previous:
                place, previous = position, score
            fused[condition] = fused.get(condition, 0.0) + weight / (RRF_K + place)
    if structured and structured[0][1] > 0:
        runner_up = structured[1][1] if len(structured) > 1 else 0.0
        if structured[0][1] >= CLEAR_LEAD * max(runner_up, 0.0):
            fused[structured[0][0]] += LEAD_BONUS
    return fused
