from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from skinaxis.vocab import SECTION_NOUN

from .common import EXIT_CATALOGUE, Command, FormatOption, JsonOption, examples, resolve_format

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples("skinaxis validate", "skinaxis validate --max-age-days 365", "skinaxis validate --json"),
)
def validate(
    ctx: typer.Context,
    directory: Annotated[
        str | None,
        typer.Argument(
            metavar="DIR",
            help="A clinic catalogue directory to check over the shipped one (default: what --catalogue "
            "or SKINAXIS_CATALOGUE names, as every command loads).",
            show_default=False,
        ),
    ] = None,
    max_age_days: Annotated[
        int, typer.Option(min=1, metavar="N", help="Warn about entries reviewed longer ago than this many days.")
    ] = 730,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check what the commands load (the shipped catalogue and any clinic layer), or a clinic catalogue
    directory over the shipped one: every problem as file:line:column: CODE."""
    import sys

    from skinaxis.loader import check, stale_reviews
    from skinaxis.model import SHIPPED
    from skinaxis.render import render_json
    from skinaxis.text import clean

    if directory is not None and not directory.strip():
        raise typer.BadParameter("must not be empty (leave it out to check what the commands load)")
    cat, problems = check(_layer_to_check(ctx, directory))
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
            sys.stdout.write(
                clean(f"{entry.source}: {entry.origin} {SECTION_NOUN.get(section, section)} '{entry.id}'") + "\n"
            )
        counts = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in cat.counts().items())
        verdict = "invalid" if errors else "valid"
        warnings = len(problems) - len(errors)
        sys.stdout.write(f"catalogue {verdict}: {len(errors)} error(s), {warnings} warning(s); {counts}\n")
    if errors:
        raise typer.Exit(EXIT_CATALOGUE)


def _layer_to_check(ctx: typer.Context, directory: str | None) -> Path | None:
    """The clinic layer the other commands would load, unless a directory is named: the same
    resolution (--catalogue, then SKINAXIS_CATALOGUE), so validate and they always agree."""
    from skinaxis.loader import clinic_dir

    if directory is not None:
        return Path(directory)
    root = ctx.find_root()
    state = root.obj if isinstance(root.obj, dict) else {}
    return clinic_dir(state.get("clinic"))
