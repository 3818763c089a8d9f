from __future__ import annotations

from typing import Annotated

import typer

from .common import (
    Command,
    Format,
    FormatOption,
    JsonOption,
    catalogue,
    complete_conditions,
    emit,
    examples,
    not_found,
    resolve_format,
)

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples("skinaxis axis", "skinaxis axis psoriasis", "skinaxis axis dermatitis-herpetiformis --json"),
)
def axis(
    ctx: typer.Context,
    condition: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="NAME...", autocompletion=complete_conditions, help="Optionally, one condition.", show_default=False
        ),
    ] = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """The gut-skin axis: mechanism chain, markers, interventions with evidence, risks."""
    from skinaxis.views import axis_json, axis_page

    chosen = resolve_format(fmt, as_json)
    cat = catalogue(ctx)
    entry = None
    if condition and " ".join(condition).strip():
        name = " ".join(condition).strip()
        entry = cat.find("conditions", name)
        if entry is None:
            not_found(ctx, "conditions", "condition", name, chosen is Format.json)
    emit(ctx, axis_page(cat, entry), axis_json(cat, entry), chosen)
