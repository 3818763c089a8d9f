"""The reverse look-ups: a sign or a trigger, and the conditions that show it or that it affects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.page import CAVEAT, Bullets, Page, Para, Table
from skinaxis.vocab import FREQUENCY_WEIGHT, FREQUENCY_WORDS, STRENGTH_MEANING, STRENGTH_WEIGHT, STRENGTH_WORDS

from .shared import (
    ROW_LIMIT,
    as_sentence,
    badges,
    more,
    references_block,
    references_json,
    sign_name,
    where_words,
)

if TYPE_CHECKING:
    from skinaxis.store import Named
    from skinaxis.store import StoredCatalogue as Catalogue


def manifestation_page(catalogue: Catalogue, m: model.Manifestation) -> Page:
    page = Page(sign_name(catalogue, m.id), "Everyday words: " + ", ".join(m.synonyms) if m.synonyms else "", badges(m))
    page.add("What it is", Para(m.description), Para(m.hpo or "", label="HPO"))
    links, total = manifestation_links(catalogue, m, ROW_LIMIT)
    rows = [[c.name, FREQUENCY_WORDS[link.frequency], where_words(catalogue, link.sites)] for c, link in links]
    page.add(
        "Conditions that show it",
        Table(
            ["Condition", "How typical", "Where"],
            rows,
            prose=[(name, f"{how}, {where}." if where else f"{how}.") for name, how, where in rows],
        ),
        more(total, len(links), f"skinaxis list conditions --manifestation {m.id}"),
    )
    page.add("Argues against", Bullets([sign_name(catalogue, x) for x in m.contrasts]))
    page.add("A form of", Bullets([sign_name(catalogue, x) for x in m.broader]))
    return page


def manifestation_links(
    catalogue: Catalogue, m: model.Manifestation, limit: int | None = None
) -> tuple[list[tuple[Named, model.ManifestationLink]], int]:
    return catalogue.linked_from(
        "manifestation", [m.id], order=lambda name, frequency: (-FREQUENCY_WEIGHT[frequency], name), limit=limit
    )


def manifestation_json(catalogue: Catalogue, m: model.Manifestation) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "everyday": m.everyday,
        "question": m.question,
        "synonyms": m.synonyms,
        "hpo": m.hpo,
        "description": m.description,
        "origin": m.origin,
        "conditions": [
            {"id": c.id, "name": c.name, "frequency": link.frequency, "sites": link.sites}
            for c, link in manifestation_links(catalogue, m)[0]
        ],
        "contrasts": m.contrasts,
        "caveats": [CAVEAT],
    }


def trigger_links(
    catalogue: Catalogue, t: model.Trigger, limit: int | None = None
) -> tuple[list[tuple[Named, model.TriggerLink]], int]:
    return catalogue.linked_from(
        "trigger", [t.id], order=lambda name, strength: (-STRENGTH_WEIGHT[strength], name), limit=limit
    )


def trigger_page(catalogue: Catalogue, t: model.Trigger) -> Page:
    page = Page(t.name, f"{t.trigger_kind}" + (f". Also: {', '.join(t.synonyms)}" if t.synonyms else ""), badges(t))
    page.add("How it acts", Para(t.mechanism))
    links, total = trigger_links(catalogue, t, ROW_LIMIT)
    page.add(
        "Conditions it affects",
        Table(
            ["Condition", "Link", "Note"],
            [[c.name, STRENGTH_WORDS[link.strength], link.note] for c, link in links],
            prose=[(c.name, f"{STRENGTH_WORDS[link.strength]}. {as_sentence(link.note)}".strip()) for c, link in links],
        ),
        more(total, len(links), f"skinaxis list conditions --trigger {t.id}"),
        Para(STRENGTH_MEANING if links else ""),
    )
    page.add("References", references_block(t.references))
    return page


def trigger_json(catalogue: Catalogue, t: model.Trigger) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.trigger_kind,
        "synonyms": t.synonyms,
        "mechanism": t.mechanism,
        "origin": t.origin,
        "conditions": [
            {"id": c.id, "name": c.name, "strength": link.strength, "note": link.note}
            for c, link in trigger_links(catalogue, t)[0]
        ],
        "references": references_json(t.references),
        "caveats": [CAVEAT],
    }
