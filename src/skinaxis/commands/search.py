from __future__ import annotations

from typing import Annotated

import typer

from .common import Command, FormatOption, JsonOption, catalogue, emit, examples, resolve_format, words_or_stdin

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples(
        "skinaxis search itching",
        'skinaxis search "steroid cream" --limit 3',
        'echo "blisters in my mouth" | skinaxis search -',
        "skinaxis search PASI --json",
    ),
)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="Words to look for, in everyday language or clinical terms; - reads them from stdin.",
            show_default=False,
        ),
    ],
    limit: Annotated[int, typer.Option(min=1, max=100, metavar="N", help="Most results per kind.")] = 10,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Search every kind of entry; shows which name or synonym matched."""
    from skinaxis.search import search as run_search
    from skinaxis.views import search_json, search_page

    chosen = resolve_format(fmt, as_json)
    text = words_or_stdin(query, "some words to search for")
    hits = run_search(catalogue(ctx), text, limit=limit)
    emit(ctx, search_page(text, hits), search_json(text, hits), chosen)
