"""Views: build the Page (for rich, plain and markdown) and the JSON of each command.

Views take the stored catalogue and entries and return data; they print nothing. One module per
page family, each with a `*_page` and a `*_json`; LOOKUPS names the pair each look-up command
shows, so a command never finds its view by a string.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .axis import axis_json, axis_page
from .compare import compare_json, compare_page, compare_rows
from .condition import condition_brief, condition_json, condition_page, treatments_sorted
from .listing import list_json, list_page
from .match import match_json, match_page
from .search import search_json, search_page
from .signs import (
    manifestation_json,
    manifestation_links,
    manifestation_page,
    trigger_json,
    trigger_links,
    trigger_page,
)
from .therapy import therapy_json, therapy_links, therapy_page

# The look-up commands (`skinaxis KIND NAME`): the page and the JSON of an entry of that kind.
LOOKUPS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "condition": (condition_page, condition_json),
    "therapy": (therapy_page, therapy_json),
    "manifestation": (manifestation_page, manifestation_json),
    "trigger": (trigger_page, trigger_json),
}

__all__ = [
    "LOOKUPS",
    "axis_json",
    "axis_page",
    "compare_json",
    "compare_page",
    "compare_rows",
    "condition_brief",
    "condition_json",
    "condition_page",
    "list_json",
    "list_page",
    "manifestation_json",
    "manifestation_links",
    "manifestation_page",
    "match_json",
    "match_page",
    "search_json",
    "search_page",
    "therapy_json",
    "therapy_links",
    "therapy_page",
    "treatments_sorted",
    "trigger_json",
    "trigger_links",
    "trigger_page",
]
