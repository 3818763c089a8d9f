"""The `skinaxis` command group: global options, the root help, `help [COMMAND]`, and the commands.

cli.py imports this only when Typer is needed (not for a Tab press: see skinaxis.completion).
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from skinaxis import __version__

from . import axis, compare, condition, listing, manifestation, match, search, therapy, trigger, validate
from .common import EXIT_USAGE, Command, examples, fail

# SPEC's exit codes, as the root help lists them.
EXIT_CODES = (
    "0 answered (also when search or match found nothing)",
    "1 named entry not found, or a name that fits several",
    "2 usage error",
    "3 catalogue unreadable or invalid",
    "70 internal error (SKINAXIS_DEBUG=1 shows the traceback)",
    "74 output could not be written",
    "130 interrupted",
    "143 terminated",
)
GLOBAL_FLAGS = ("--no-pager",)
GLOBAL_VALUE_OPTIONS = ("--catalogue",)


class Group(TyperGroup):
    """Global options are accepted after the command too (`condition psoriasis --no-pager`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options found after the command (and `--catalogue DIR` anywhere, so that its
    value is never taken for the command) to the front; `--` ends the search."""
    hoisted: list[str] = []
    rest: list[str] = []
    command_seen = False
    words = iter(args)
    for word in words:
        if word == "--":
            rest += [word, *words]
            break
        is_global = word in GLOBAL_FLAGS or word.partition("=")[0] in GLOBAL_VALUE_OPTIONS
        if is_global and (command_seen or word in GLOBAL_VALUE_OPTIONS):
            hoisted.append(word)
            if word in GLOBAL_VALUE_OPTIONS:
                hoisted += [value for value in [next(words, None)] if value is not None]
            continue
        command_seen = command_seen or not word.startswith("-")
        rest.append(word)
    return hoisted + rest


app = typer.Typer(
    name="skinaxis",
    cls=Group,
    help=(
        "Offline explorer of autoimmune and immune-mediated skin conditions. "
        "Educational only: not a diagnosis and not a substitute for a clinician."
    ),
    epilog=examples(
        "skinaxis condition psoriasis",
        'skinaxis match "itchy scaly patches on my elbows"',
        "skinaxis list therapies --kind class",
        "skinaxis help match",
    )
    + "\n\n\b\nGlobal options (--catalogue DIR, --no-pager) go before or after the command.\n\n\b\nExit codes:\n"
    + "\n".join(f"  {line}" for line in EXIT_CODES),
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
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never page long output (on a terminal PAGER is used).")
    ] = False,
) -> None:
    if catalogue is not None and not catalogue.strip():  # as `validate ""`: never the shipped layer alone unsaid
        raise typer.BadParameter(
            "must not be empty (leave it out for the shipped catalogue alone)", param_hint="'--catalogue'"
        )
    ctx.obj = {"clinic": catalogue, "no_pager": no_pager}


for module in (condition, therapy, search, match, manifestation, trigger, compare, axis, listing, validate):
    app.add_typer(module.app)


@app.command("help", cls=Command, epilog=examples("skinaxis help", "skinaxis help match"))
def help_command(
    ctx: typer.Context,
    command: Annotated[
        str | None, typer.Argument(metavar="COMMAND", help="A command to explain.", show_default=False)
    ] = None,
) -> None:
    """Show the help of skinaxis, or of one command."""
    root = ctx.find_root()
    group = root.command
    if command is None:
        sys.stdout.write(group.get_help(root) + "\n")
        return
    chosen = group.get_command(root, command) if isinstance(group, TyperGroup) else None
    if chosen is None:
        fail(f"no command called '{command}' (try 'skinaxis help')", EXIT_USAGE)
    with chosen.make_context(command, [], parent=root, resilient_parsing=True) as sub:
        sys.stdout.write(chosen.get_help(sub) + "\n")
