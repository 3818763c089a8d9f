from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import EXIT_CATALOGUE, FormatOption, JsonOption, resolve_format

app = typer.Typer()


@app.command()
def validate(
    directory: Annotated[
        Path | None,
        typer.Argument(help="A clinic catalogue directory to check over the shipped one.", show_default=False),
    ] = None,
    max_age_days: Annotated[int, typer.Option(min=1, help="Warn about entries reviewed longer ago than this.")] = 730,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check the shipped catalogue, or a clinic catalogue over it: every problem as file:line:column: CODE."""
    import sys

    from skinaxis.loader import check, stale_reviews
    from skinaxis.model import SHIPPED
    from skinaxis.render import render_json
    from skinaxis.text import clean

    cat, problems = check(directory)
    problems = sorted(problems + stale_reviews(cat, max_age_days))
    errors = [p for p in problems if not p.is_warning]
    layered = [
        (section, entry)
        for section, entries in cat.sections.items()
        for entry in entries.values()
        if entry.origin != SHIPPED
    ]
    if resolve_format(fmt, as_json).value == "json":
        sys.stdout.write(
            render_json(
                {
                    "valid": not errors,
                    "problems": [
                        {
                            "file": p.file,
                            "line": p.line,
                            "column": p.column,
                            "code": p.code,
                            "severity": "warning" if p.is_warning else "error",
                            "message": p.message,
                        }
                        for p in problems
                    ],
                    "clinic_entries": [
                        {"section": s, "id": e.id, "origin": e.origin, "source": e.source} for s, e in layered
                    ],
                    "counts": cat.counts(),
                }
            )
        )
    else:
        for problem in problems:
            sys.stdout.write(clean(str(problem)) + "\n")
        for section, entry in layered:
            sys.stdout.write(clean(f"{entry.source}: {entry.origin} {section.rstrip('s')} '{entry.id}'") + "\n")
        counts = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in cat.counts().items())
        verdict = "invalid" if errors else "valid"
        warnings = len(problems) - len(errors)
        sys.stdout.write(f"catalogue {verdict}: {len(errors)} error(s), {warnings} warning(s); {counts}\n")
    if errors:
        raise typer.Exit(EXIT_CATALOGUE)
