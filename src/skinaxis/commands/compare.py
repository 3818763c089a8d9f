from __future__ import annotations

from typing import Annotated

import typer

from .common import (
    EXIT_USAGE,
    Command,
    Format,
    FormatOption,
    JsonOption,
    catalogue,
    complete_conditions,
    emit,
    examples,
    fail,
    not_found,
    resolve_format,
)

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples(
        "skinaxis compare pemphigus-vulgaris bullous-pemphigoid",
        'skinaxis compare psoriasis "atopic eczema" seborrhoeic-dermatitis',
        "skinaxis compare discoid-lupus lichen-planus --json",
    ),
)
def compare(
    ctx: typer.Context,
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME NAME...",
            autocompletion=complete_conditions,
            help="Two or more conditions (quote names with spaces).",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Conditions side by side, distinguishing features first."""
    from skinaxis.views import compare_json, compare_page

    shown = resolve_format(fmt, as_json)
    cat = catalogue(ctx)
    chosen = []
    for name in names:
        entry = cat.find("conditions", name)
        if entry is None:
            not_found(ctx, "conditions", "condition", name, shown is Format.json)
        if entry not in chosen:
            chosen.append(entry)
    if len(chosen) < 2:
        fail("compare needs at least two different conditions", EXIT_USAGE)
    emit(ctx, compare_page(cat, chosen), compare_json(cat, chosen), shown)
