"""Search results, grouped by kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis.page import CAVEAT, Page, Para, Table
from skinaxis.vocab import LISTED_SECTIONS, LISTED_TITLES, SECTION_KIND

from .shared import marked

if TYPE_CHECKING:
    from skinaxis.search import Hit


def search_page(query: str, hits: list[Hit]) -> Page:
    page = Page(f"Search: {query}", f"{len(hits)} result{'s' if len(hits) != 1 else ''}")
    if not hits:
        page.add(
            "No results", Para("Nothing in the catalogue matched. Try other words, or 'skinaxis list conditions'.")
        )
    for section in LISTED_SECTIONS:
        kind, title = SECTION_KIND[section], LISTED_TITLES[section]
        rows = [
            [marked(h.name, h.origin), h.id, h.matched + (f" (via {h.via})" if h.via else ""), f"{h.score:.2f}"]
            for h in hits
            if h.kind == kind
        ]
        page.add(title, Table(["Name", "Id", "Matched", "Score"], rows))
    return page


def search_json(query: str, hits: list[Hit]) -> dict[str, Any]:
    return {
        "query": query,
        "results": [
            {
                "type": h.kind,
                "id": h.id,
                "name": h.name,
                "origin": h.origin,
                "score": h.score,
                "matched": h.matched,
                "via": h.via or None,
            }
            for h in hits
        ],
        "caveats": [CAVEAT],
    }
