from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, catalogue, complete_triggers, emit, joined, not_found, resolve_format

app = typer.Typer()


@app.command()
def trigger(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            autocompletion=complete_triggers, help="A trigger, e.g. stress, sunlight, gluten.", show_default=False
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A trigger: how it acts, which conditions it affects and how strongly."""
    from skinaxis.views import trigger_json, trigger_page

    query = joined(name, "a trigger")
    cat = catalogue(ctx)
    entry = cat.find("triggers", query)
    if entry is None:
        not_found(ctx, "triggers", "trigger", query)
    emit(ctx, trigger_page(cat, entry), trigger_json(cat, entry), resolve_format(fmt, as_json))
