from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, catalogue, emit, joined, resolve_format

app = typer.Typer()


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str], typer.Argument(help="Words to look for, in everyday language or clinical terms.", show_default=False)
    ],
    limit: Annotated[int, typer.Option(min=1, max=100, help="Most results per kind.")] = 10,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Search every kind of entry; shows which name or synonym matched."""
    from skinaxis.search import search as run_search
    from skinaxis.views import search_json, search_page

    text = joined(query, "some words to search for")
    hits = run_search(catalogue(ctx), text, limit=limit)
    emit(ctx, search_page(text, hits), search_json(text, hits), resolve_format(fmt, as_json))
