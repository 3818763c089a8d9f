from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, complete_conditions, emit, find_entry, joined, resolve_format, show_entry

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
    brief: Annotated[
        bool, typer.Option("--brief", help="The short patient page: in short, when to get help, main treatments.")
    ] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A condition: in short, when to get help, signs, treatments; then the clinician detail."""
    chosen = resolve_format(fmt, as_json)
    if not brief or chosen.value == "json":
        show_entry(ctx, "conditions", "condition", name, fmt, as_json)
        return
    from skinaxis.views import condition_brief

    cat, entry = find_entry(ctx, "conditions", "condition", joined(name, "a condition name"))
    emit(ctx, condition_brief(cat, entry), None, chosen)
