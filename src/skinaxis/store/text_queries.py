"""What match's text channel asks the store: how many conditions hold each of a description's
stems, the best conditions by BM25 summed in SQL, which stems each holds, and document lengths (the
corpus size and mean length are the store's meta, read by StoredCatalogue.text_stats)."""

from __future__ import annotations

import heapq
import sqlite3

from .tables import CHUNK, in_chunks, placeholders


class TextChannelQueries:
    """Mixed into StoredCatalogue: the text channel's tables (text_term, text_document) and SQL."""

    db: sqlite3.Connection

    def text_frequencies(self, stems: list[str]) -> dict[str, int]:
        """stem -> how many conditions' own words hold it (a stem none holds is left out)."""
        found: dict[str, int] = {}
        for part in in_chunks(sorted(set(stems))):
            query = f"SELECT stem, count(*) FROM text_term WHERE stem IN ({placeholders(part)}) GROUP BY stem"
            found.update(self.db.execute(query, part))
        return found

    def text_best(self, weights: dict[str, float], limit: int) -> list[tuple[int, float]]:
        """The `limit` best (condition place, score) by the sum over stems of the stem's weight times
        its BM25 weight in the condition's own words; best first, ties in catalogue order. Summed in
        SQL: a clinic catalogue holds tens of thousands of postings for a description's words."""
        stems = sorted(weights)
        if not stems:
            return []
        if len(stems) * 2 <= CHUNK:
            values = ",".join("(?,?)" for _ in stems)
            query = (
                f"WITH q(stem, idf) AS (VALUES {values}) SELECT t.cseq, sum(t.weight * q.idf) AS score "
                "FROM q JOIN text_term t ON t.stem = q.stem GROUP BY t.cseq ORDER BY score DESC, t.cseq LIMIT ?"
            )
            flat = [value for stem in stems for value in (stem, weights[stem])]
            return list(self.db.execute(query, (*flat, limit)))
        scores: dict[int, float] = {}  # a description longer than a query's parameters allow
        for part in in_chunks(stems):
            query = f"SELECT stem, cseq, weight FROM text_term WHERE stem IN ({placeholders(part)})"
            for stem, cseq, weight in self.db.execute(query, part):
                scores[cseq] = scores.get(cseq, 0.0) + weights[stem] * weight
        return heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))

    def text_matched(self, stems: list[str], places: set[int]) -> list[tuple[str, int]]:
        """(stem, condition place) of each of these stems held by each of these conditions."""
        found: list[tuple[str, int]] = []
        wanted = sorted(places)
        for part in in_chunks(sorted(set(stems))):
            for chunk in in_chunks(wanted):
                query = (
                    f"SELECT stem, cseq FROM text_term WHERE stem IN ({placeholders(part)}) "
                    f"AND cseq IN ({placeholders(chunk)})"
                )
                found += self.db.execute(query, (*part, *chunk)).fetchall()
        return found

    def text_documents(self, places: set[int]) -> dict[int, tuple[str, str, float]]:
        """condition place -> (condition id, name, document length)."""
        found: dict[int, tuple[str, str, float]] = {}
        for part in in_chunks(sorted(places)):
            query = f"SELECT cseq, condition, name, length FROM text_document WHERE cseq IN ({placeholders(part)})"
            for cseq, condition, name, length in self.db.execute(query, part):
                found[cseq] = (condition, name, length)
        return found
