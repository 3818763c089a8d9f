"""The text channel: each condition's own page, ranked with BM25, beside the structured ranking.

The structured ranking reads only what the phrase list recognises; a description in other words
("milky-white", "it usually starts...") would rank nothing. This channel reads every word. Each
condition is one document: the words of its own page, as `condition ID` shows them (name,
synonyms, short summary, summary, mechanism, who gets it, its signs with their notes and sites,
triggers and notes, gut link, tests and what they show, treatments and notes, red flags,
distinguishing features, caveats, reference titles), each of its signs' everyday words and
synonyms once per sign (a person says "hives" where the page says urticaria), and the everyday
words for its sites once per site ("chin" where the page says face). The documents are
built once, at store build time, as stems with weighted counts; a query reads only the postings
of its own stems.

The two rankings are fused by a weighted sum: the structured fit (how much of what was recognised
a condition's signs explain: about 0 to 1, not capped, so a clear lead stays clear) plus
TEXT_WEIGHT times the text score relative to the text leader's. Scores, not ranks: a structured
leader far ahead of its runner-up keeps its lead, and a long passage of which the phrase list
recognised little (low fits all round) leans on its words. Tuned on
benchmarks/match_descriptions.yaml, match_phenotypes.yaml, benchmarks/blind/ and
benchmarks/blind2/dev/, never on benchmarks/blind2/heldout/ or benchmarks/blind3/heldout/, which
judge it.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from skinaxis.text import stem as _stem
from skinaxis.text import stems

if TYPE_CHECKING:
    from skinaxis import model
    from skinaxis.store import StoredCatalogue

K1 = 1.6  # more than the usual 1.2: a word a page repeats is what the page is about
B = 0.75
TEXT_DEPTH = 20  # how many conditions the text channel names to the fusion
TEXT_WEIGHT = 1.25  # what the text leader adds to the fused score; a structured fit of 1 adds 1


class TextRows(NamedTuple):
    """What the store keeps of the text channel."""

    terms: list[tuple[str, int, float]]  # (stem, condition's place in the catalogue, weighted count)
    documents: list[tuple[int, str, str, float]]  # (place, condition id, name, document length)


def document(catalogue: model.Catalogue, condition: model.Condition) -> Counter[str]:
    """One condition's words as stem counts: its page, and its signs' and sites' everyday words."""
    c = condition
    parts = [c.name, *c.synonyms, c.in_short, c.summary, c.mechanism, c.epidemiology, *c.distinguishing]
    counts: Counter[str] = Counter()
    for link in c.manifestations:
        sign = catalogue.manifestations[link.id]
        parts += [sign.name, link.note] + [catalogue.sites[site_id].name for site_id in link.sites]
        # The words a person uses for a sign count once per sign, however many of its synonyms
        # use them: a sign with ten synonyms saying "hives" is not ten times more about hives.
        counts.update({stem for text in (sign.everyday, *sign.synonyms) for stem in stems(text)})
    # ... and so do the words people use for its sites ("chin", "bum", "tummy"), once per site.
    sites = {site_id for link in c.manifestations for site_id in link.sites}
    counts.update({stem for site_id in sites for text in catalogue.sites[site_id].synonyms for stem in stems(text)})
    for trigger_link in c.triggers:
        parts += [catalogue.triggers[trigger_link.id].name, trigger_link.note]
    if c.gut is not None:
        parts.append(c.gut.summary)
    for assessment_link in c.assessments:
        parts += [catalogue.assessments[assessment_link.id].name, assessment_link.note]
    # What helps is part of how people describe it ("antihistamines only help a bit").
    for treatment in c.treatments:
        therapy = catalogue.therapies.get(treatment.therapy)
        parts += [therapy.name if therapy is not None else "", treatment.note]
    parts += [flag.text for flag in c.red_flags] + c.caveats + [reference.title for reference in c.references]
    for text in parts:
        counts.update(stems(text))
    return counts


def trigger_words(catalogue: model.Catalogue, condition: model.Condition) -> set[str]:
    """The everyday names of a condition's strong triggers ("watch strap", "wound dressing"), as
    stems. A lesser link's ("bracelet" for mouth lichen planus, whose link is dental metal) would
    pull its conditions up at every mention."""
    names = (catalogue.triggers[link.id].synonyms for link in condition.triggers if link.strength == "strong")
    return {stem for synonyms in names for text in synonyms for stem in stems(text)}


def index_rows(catalogue: model.Catalogue) -> TextRows:
    counted: list[tuple[int, Counter[str]]] = []
    documents: list[tuple[int, str, str, float]] = []
    for cseq, condition in enumerate(catalogue.conditions.values()):
        counts = document(catalogue, condition)
        # A trigger's names count once each, and not in the page's length: a long list of
        # medicine names would otherwise make every other word of the page count for less.
        length = float(sum(counts.values()))
        counts.update(trigger_words(catalogue, condition))
        counted.append((cseq, counts))
        documents.append((cseq, condition.id, condition.name, length))
    # Each term's BM25 weight in its document (how often, against how long the document is) is
    # fixed once the catalogue is: stored, so that a query needs no document lengths.
    average = sum(length for *_, length in documents) / len(documents) if documents else 0.0
    terms: list[tuple[str, int, float]] = []
    for (place, counted_stems), (*_, length) in zip(counted, documents, strict=True):
        norm = K1 * (1 - B + B * length / average) if average else K1
        terms += [(stem, place, float(n) * (K1 + 1) / (float(n) + norm)) for stem, n in counted_stems.items()]
    return TextRows(terms, documents)


NUMBER_WORDS = frozenset(
    _stem(w)
    for w in """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred""".split()
)


class TextHit(NamedTuple):
    condition: str
    name: str
    score: float
    matched: tuple[str, ...]  # the words of the description that the condition's own words hold


def affirmed_words(text: str) -> list[tuple[str, str]]:
    """(word, stem) of the words a description affirms: a word within NEGATION_WINDOW words after
    "no", "not", "without"... (little words not counted) is denied, until a comma, a clause
    break, "but", or "and" before a new subject."""
    from skinaxis.text import stem, words

    from .lexicon import BREAKS, CLAUSE, COMMA, NEGATION_WINDOW, NEGATIONS, NEW_SUBJECT, NEW_SUBJECT_JOINS, STOPWORDS

    found: list[tuple[str, str]] = []
    for clause in CLAUSE.split(text):
        for piece in COMMA.split(clause):
            left = 0
            said = words(piece)
            for index, word in enumerate(said):
                nxt = said[index + 1] if index + 1 < len(said) else ""
                if word in NEGATIONS:
                    left = NEGATION_WINDOW
                    continue
                if word in BREAKS:
                    left = 0
                if left and word in NEW_SUBJECT_JOINS and nxt in NEW_SUBJECT:
                    left = 0
                if left:
                    # Only words that say something use up the window: "no swelling of my lips
                    # and tongue" denies the tongue too.
                    if word not in STOPWORDS:
                        left -= 1
                    continue
                found.append((word, stem(word)))
    return found


def rank_text(
    catalogue: StoredCatalogue, text: str, ignore: frozenset[str] = frozenset(), limit: int = TEXT_DEPTH
) -> list[TextHit]:
    """The `limit` best conditions by BM25 over their own words; denied words and `ignore`
    (stopwords, the words of denied signs) are not read."""
    words: dict[str, str] = {}
    for raw, stem in affirmed_words(text):
        # Numbers are ages and durations ("my 8 month old"), which plausibility reads; on a page
        # they are doses, percentages and years.
        if stem not in ignore and not stem.isdigit() and stem not in NUMBER_WORDS:
            words.setdefault(stem, raw)
    if not words:
        return []
    stats = catalogue.text_stats()
    if not stats:
        return []
    total, average = stats
    frequency = catalogue.text_frequencies(list(words))
    idf = {stem: math.log(1 + (total - n + 0.5) / (n + 0.5)) for stem, n in frequency.items()}
    # Only the best `limit` are named: a clinic catalogue can hold thousands of pages with a word.
    best = catalogue.text_best(idf, limit)
    scores = dict(best)
    ordered = [cseq for cseq, _ in best]
    kept = set(ordered)
    matched: dict[int, list[str]] = {}
    for stem, cseq in sorted(catalogue.text_matched(list(idf), kept)):
        matched.setdefault(cseq, []).append(words[stem])
    documents = catalogue.text_documents(kept)
    return [TextHit(documents[c][0], documents[c][1], scores[c], tuple(dict.fromkeys(matched[c]))) for c in ordered]


def fuse(structured: list[tuple[str, float]], text: list[tuple[str, float]]) -> dict[str, float]:
    """Two rankings of (condition id, score) as one: the structured fit plus TEXT_WEIGHT times the
    text score relative to the text leader's. Equal inputs give equal sums, so conditions neither
    channel can tell apart stay tied."""
    fused = dict(structured)
    if text and text[0][1] > 0:
        leader = text[0][1]
        for condition, score in text[:TEXT_DEPTH]:
            fused[condition] = fused.get(condition, 0.0) + TEXT_WEIGHT * score / leader
    return fused
