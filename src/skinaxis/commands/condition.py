from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, catalogue, complete_conditions, emit, joined, not_found, resolve_format

app = typer.Typer()


@app.command()
def condition(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            autocompletion=complete_conditions,
            help="Condition id, name or synonym, e.g. psoriasis.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A condition: overview, mechanism, signs, triggers, gut link, tests, treatments, red flags."""
    from skinaxis.views import condition_json, condition_page

    query = joined(name, "a condition name")
    cat = catalogue(ctx)
    entry = cat.find("conditions", query)
    if entry is None:
        not_found(ctx, "conditions", "condition", query)
    emit(ctx, condition_page(cat, entry), condition_json(cat, entry), resolve_format(fmt, as_json))
