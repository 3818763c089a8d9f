from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, catalogue, complete_therapies, emit, joined, not_found, resolve_format

app = typer.Typer()


@app.command()
def therapy(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            autocompletion=complete_therapies,
            help="A category (biologics), class (IL-17 inhibitors) or agent.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A therapy: mechanism, members, conditions with line and evidence, risks, monitoring."""
    from skinaxis.views import therapy_json, therapy_page

    query = joined(name, "a therapy name")
    cat = catalogue(ctx)
    entry = cat.find("therapies", query)
    if entry is None:
        not_found(ctx, "therapies", "therapy", query)
    emit(ctx, therapy_page(cat, entry), therapy_json(cat, entry), resolve_format(fmt, as_json))
