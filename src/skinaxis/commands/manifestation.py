from __future__ import annotations

from typing import Annotated

import typer

from .common import (
    FormatOption,
    JsonOption,
    catalogue,
    complete_manifestations,
    emit,
    joined,
    not_found,
    resolve_format,
)

app = typer.Typer()


@app.command()
def manifestation(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            autocompletion=complete_manifestations,
            help="A sign or symptom, clinical or everyday (itching, bald patch).",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A sign or symptom: which conditions show it and how characteristic it is in each."""
    from skinaxis.views import manifestation_json, manifestation_page

    query = joined(name, "a sign or symptom")
    cat = catalogue(ctx)
    entry = cat.find("manifestations", query)
    if entry is None:
        not_found(ctx, "manifestations", "manifestation", query)
    emit(ctx, manifestation_page(cat, entry), manifestation_json(cat, entry), resolve_format(fmt, as_json))
