from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, catalogue, emit, joined, resolve_format

app = typer.Typer()


@app.command()
def match(
    ctx: typer.Context,
    description: Annotated[
        list[str],
        typer.Argument(
            help="What you see and feel, in your own words, e.g. 'itchy purple bumps on my wrists'.", show_default=False
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """The symptom explorer: what was recognised, conditions that fit and why, and a triage level. Not a diagnosis."""
    from skinaxis.match import match as run_match
    from skinaxis.views import match_json, match_page

    text = joined(description, "a description of the skin problem")
    result = run_match(catalogue(ctx), text)
    emit(ctx, match_page(result), match_json(result), resolve_format(fmt, as_json))
