"""The command line: parses arguments and hands over to the library. No work happens here."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from . import __version__
from .commands import axis, compare, condition, listing, manifestation, match, search, therapy, trigger, validate

app = typer.Typer(
    name="skinaxis",
    help=(
        "Offline explorer of autoimmune and immune-mediated skin conditions. "
        "Educational only: not a diagnosis and not a substitute for a clinician."
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"skinaxis {__version__}\n")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    catalogue: Annotated[
        str | None,
        typer.Option(
            "--catalogue",
            metavar="DIR",
            help="A clinic catalogue directory layered over the shipped one (or SKINAXIS_CATALOGUE).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never page long output (on a terminal PAGER is used).")
    ] = False,
) -> None:
    ctx.obj = {"clinic": catalogue, "no_pager": no_pager}


for module in (condition, therapy, search, match, manifestation, trigger, compare, axis, listing, validate):
    app.add_typer(module.app)


def _run_once_more_if_the_store_is_damaged() -> None:
    try:
        app(prog_name="skinaxis")
    except Exception as exc:
        # The compiled store was damaged on disk (it is checked at open, but a torn page can
        # only show when read): remove it and answer from a fresh build. sqlite3 is looked up,
        # not imported: a run that never opened a store (--version, --help) cannot have this.
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is None or not isinstance(exc, sqlite3.DatabaseError):
            raise
        from .store import files

        for store in files.opened:
            files.discard(store)
        files.opened.clear()
        app(prog_name="skinaxis")


def run() -> None:
    """Entry point: the exit codes of SPEC, and no traceback for a closed pipe or an internal fault."""
    # An ASCII-only or odd output encoding must not crash the page: replace what cannot be shown.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    try:
        _run_once_more_if_the_store_is_damaged()
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("skinaxis: interrupted\n")
        sys.exit(130)
    except RecursionError:
        _traceback_if_debugging()
        sys.stderr.write("skinaxis: internal error: input nested too deeply\n")
        sys.exit(70)
    except Exception as exc:
        _traceback_if_debugging()
        sys.stderr.write(f"skinaxis: internal error: {type(exc).__name__}: {exc}\n")
        sys.stderr.write("Please report this with the command you ran (SKINAXIS_DEBUG=1 shows the traceback).\n")
        sys.exit(70)


def _traceback_if_debugging() -> None:
    """SKINAXIS_DEBUG=1 prints the whole traceback of an internal error, for a bug report."""
    if os.environ.get("SKINAXIS_DEBUG", "").lower() not in ("", "0", "false", "no"):
        import traceback

        traceback.print_exc()
