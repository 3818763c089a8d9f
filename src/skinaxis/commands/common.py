"""What every command shares: the format options, loading the catalogue, emitting, exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand

from skinaxis.page import Page

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue

EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_CATALOGUE = 3
MAX_STDIN_BYTES = 64 * 1024  # `match -` and `search -`: a description, not a file


class Format(StrEnum):
    rich = "rich"
    plain = "plain"
    markdown = "markdown"
    json = "json"


class Command(TyperCommand):
    """Help that reads: an argument shows its metavar (NAME...), never a Python type."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument" and param.metavar:
                pieces.append(param.metavar if param.required else f"[{param.metavar}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params = [param for param in self.get_params(ctx) if not getattr(param, "hidden", False)]
        arguments = [
            (param.metavar or str(param.name).upper(), getattr(param, "help", None) or "")
            for param in params
            if param.param_type_name == "argument"
        ]
        options = [
            record
            for param in params
            if param.param_type_name == "option"
            for record in [param.get_help_record(ctx)]
            if record
        ]
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def examples(*commands: str) -> str:
    """A help epilog of commands to copy, kept line by line by the help formatter (the \\b)."""
    return "\b\nExamples:\n" + "\n".join(f"  {command}" for command in commands)


def choice(values: Sequence[str], aliases: Mapping[str, str] | None = None) -> Callable[[str | None], str | None]:
    """An option value checked against `values`, ignoring case and spacing; an alias ("condition"
    for "conditions") means its value. The message names the values, without Typer's prefixes."""
    allowed = {value.casefold(): value for value in values}
    allowed.update({alias.casefold(): value for alias, value in (aliases or {}).items()})

    def check(value: str | None) -> str | None:
        if value is None:
            return None
        key = " ".join(value.replace("_", " ").split()).casefold()
        if key in allowed:
            return allowed[key]
        from skinaxis.text import clean

        raise typer.BadParameter(f"'{clean(value)}' is not one of: {', '.join(values)}")

    return check


def offer(values: Sequence[str]) -> Callable[[str], list[str]]:
    """Tab completion of an option's values (any case typed)."""
    return lambda incomplete: [value for value in values if value.startswith(incomplete.casefold())]


FORMATS = tuple(Format)
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        callback=choice(FORMATS),
        autocompletion=offer(FORMATS),
        help="Output format: rich (terminal default), plain, markdown or json.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]


def say(message: str) -> None:
    """A message for the person, on stderr (answers go to stdout)."""
    from skinaxis.text import clean

    sys.stderr.write(clean(message) + "\n")


def fail(message: str, code: int) -> NoReturn:
    say(f"skinaxis: {message}")
    raise typer.Exit(code)


def catalogue(ctx: typer.Context) -> Catalogue:
    """The catalogue for this run (shipped plus any clinic layer); exit 3 when it is unusable."""
    from skinaxis.loader import clinic_dir
    from skinaxis.problems import CatalogueError
    from skinaxis.store import open_catalogue

    root = ctx.find_root()
    state = root.obj if isinstance(root.obj, dict) else {}
    if "catalogue" in state:
        return state["catalogue"]
    clinic = clinic_dir(state.get("clinic"))
    try:
        loaded = open_catalogue(clinic)
    except CatalogueError as exc:
        # Fail closed: a page must never silently lose a clinic's corrections.
        for problem in exc.problems[:50]:
            say(str(problem))
        if len(exc.problems) > 50:
            say(f"... and {len(exc.problems) - 50} more")
        import shlex

        command = "skinaxis validate" + (f" {shlex.quote(str(clinic))}" if clinic is not None else "")
        fail(f"the catalogue is invalid; run '{command}' for the full list", EXIT_CATALOGUE)
    state["catalogue"] = loaded
    root.obj = state
    return loaded


def resolve_format(fmt: str | None, as_json: bool) -> Format:
    if as_json:
        if fmt not in (None, Format.json):
            fail(f"--json and --format {fmt} ask for different formats: give one of them", EXIT_USAGE)
        return Format.json
    if fmt is not None:
        return Format(fmt)
    return Format.rich if sys.stdout.isatty() else Format.plain


def _color() -> bool | None:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return None


def emit(ctx: typer.Context, page: Page | None, data: Any, fmt: Format) -> None:
    """Write the page (text formats) or the data (JSON) to stdout, through a pager when wanted."""
    try:
        if page is not None and fmt is not Format.json and _pager_wanted(ctx):
            _page(page, fmt)
            return
        _write(page, data, fmt)
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly with success, and keep Python from
        # complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def _pager_wanted(ctx: typer.Context) -> bool:
    """Long pages go through a pager on a terminal, unless --no-pager or PAGER is empty/cat."""
    state = ctx.find_root().obj
    if isinstance(state, dict) and state.get("no_pager"):
        return False
    if os.environ.get("TERM") == "dumb":  # an editor's shell or a dumb terminal cannot drive less
        return False
    return sys.stdout.isatty() and sys.stdin.isatty() and os.environ.get("PAGER", "less") not in ("", "cat")


def _page(page: Page, fmt: Format) -> None:
    import io
    import shlex
    import shutil
    import subprocess

    from skinaxis import render

    buffer = io.StringIO()
    width = render.terminal_width(sys.stdout)
    if fmt is Format.rich:
        render.render_rich(page, buffer, width, False if _color() is False else True)
    elif fmt is Format.markdown:
        buffer.write(render.render_markdown(page))
    else:
        buffer.write(render.render_plain(page, width, render._ascii_only(sys.stdout)))
    text = buffer.getvalue()
    height = shutil.get_terminal_size((80, 24)).lines
    command = shlex.split(os.environ.get("PAGER") or "less -R")
    if text.count("\n") < height or not command or shutil.which(command[0]) is None:
        sys.stdout.write(text)
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # quit if it fits, keep colour, do not clear the screen
    try:
        subprocess.run(command, input=text, text=True, env=env, check=False)
    except OSError:
        sys.stdout.write(text)


def _write(page: Page | None, data: Any, fmt: Format) -> None:
    from skinaxis import render

    out = sys.stdout
    if fmt is Format.json or page is None:
        out.write(render.render_json(data))
    elif fmt is Format.markdown:
        out.write(render.render_markdown(page))
    elif fmt is Format.plain:
        out.write(render.render_plain(page, render.terminal_width(out), render._ascii_only(out)))
    else:
        render.render_rich(page, out, render.terminal_width(out), _color())
    out.flush()


def not_found(ctx: typer.Context, section: str, kind: str, name: str, as_json: bool = False) -> NoReturn:
    """Exit 1 naming close entries by id (what to type) and name; with --json, as JSON on stderr
    (docs/json/error.schema.json), so a script reads the suggestions too."""
    from skinaxis.text import clean

    cat = catalogue(ctx)
    suggestions = [{"id": i, "name": cat.name(section, i) or i} for i in cat.suggest(section, name)]
    named = [f"{s['id']} ({s['name']})" for s in suggestions]
    hint = f"; did you mean {', '.join(named[:-1])} or {named[-1]}?" if len(named) > 1 else ""
    hint = f"; did you mean {named[0]}?" if len(named) == 1 else hint
    message = clean(f"no {kind} called '{name}'{hint} (try 'skinaxis search {name}')")
    if as_json:
        from skinaxis.render import render_json

        sys.stderr.write(render_json({"error": "not-found", "message": message, "suggestions": suggestions}))
        raise typer.Exit(EXIT_NOT_FOUND)
    fail(message, EXIT_NOT_FOUND)


# An ambiguous name lists at most this many candidates (a clinic catalogue can have thousands).
CANDIDATE_LIMIT = 30


def find_entry(ctx: typer.Context, section: str, kind: str, query: str, as_json: bool = False) -> tuple[Catalogue, Any]:
    """The entry a typed name means; exit 1 listing every candidate when several fit it equally,
    or with suggestions when none does. A name that was only part of the entry's name opens it
    with a note on stderr, so it is never silently another entry."""
    cat = catalogue(ctx)
    found = cat.lookup(section, query)
    if not found.ids:
        not_found(ctx, section, kind, query, as_json)
    if len(found.ids) > 1:
        lines = [f"  {i}  {cat.name(section, i)}" for i in found.ids[:CANDIDATE_LIMIT]]
        if len(found.ids) > CANDIDATE_LIMIT:
            lines.append(f"  ... and {len(found.ids) - CANDIDATE_LIMIT} more (try 'skinaxis search {query}')")
        say(f"skinaxis: '{query}' fits {len(found.ids)} {kind} entries; give one of these ids:\n" + "\n".join(lines))
        raise typer.Exit(EXIT_NOT_FOUND)
    entry_id = found.ids[0]
    if found.partial:
        say(f"skinaxis: showing {entry_id} ({cat.name(section, entry_id)}) for '{query}'")
    return cat, cat.sections[section][entry_id]


def show_entry(
    ctx: typer.Context,
    section: str,
    kind: str,
    words: list[str],
    fmt: str | None,
    as_json: bool,
    page_view: Any = None,
) -> None:
    """The shared body of the look-up commands: find by id, name or synonym, or exit 1 with
    suggestions; then render the kind's page (or `page_view`'s, such as a brief page) or JSON
    (views.LOOKUPS)."""
    from skinaxis.views import LOOKUPS

    chosen = resolve_format(fmt, as_json)
    cat, entry = find_entry(ctx, section, kind, joined(words, f"a {kind} name"), chosen is Format.json)
    page, data = LOOKUPS[kind]
    # Only what is shown is built: a page for the text formats, the data for JSON.
    if chosen is Format.json:
        emit(ctx, None, data(cat, entry), chosen)
    else:
        emit(ctx, (page_view or page)(cat, entry), None, chosen)


def joined(words: list[str] | None, what: str) -> str:
    # Arguments that were not valid UTF-8 arrive as lone surrogates: show them as U+FFFD.
    text = " ".join(words or []).encode("utf-8", "surrogateescape").decode("utf-8", "replace").strip()
    if not text:
        fail(f"give {what}", EXIT_USAGE)
    return text


def words_or_stdin(words: list[str] | None, what: str) -> str:
    """The words given, or with the single word "-" the text on stdin (at most MAX_STDIN_BYTES)."""
    if words != ["-"]:
        return joined(words, what)
    if sys.stdin is None:  # started with stdin closed
        fail(f"'-' reads {what} from stdin, but stdin is not open", EXIT_USAGE)
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read(MAX_STDIN_BYTES + 1) if stream is not None else sys.stdin.read(MAX_STDIN_BYTES + 1).encode()
    except OSError as exc:  # a directory, a closed descriptor
        fail(f"'-' reads {what} from stdin, but stdin cannot be read: {exc.strerror or exc}", EXIT_USAGE)
    if len(data) > MAX_STDIN_BYTES:
        fail(f"{what} on stdin is longer than {MAX_STDIN_BYTES // 1024} KiB", EXIT_USAGE)
    return joined(data.decode("utf-8", "replace").split(), what)


def _completer(section: str) -> Any:
    """Shell completion of entry ids. It reads the compiled store (see skinaxis.store), so a Tab press
    does not parse the catalogue once the cache exists; any problem just offers nothing."""

    def complete(incomplete: str) -> list[str]:
        try:
            from skinaxis.completion import candidates
            from skinaxis.loader import clinic_dir
            from skinaxis.store import open_catalogue

            return candidates(section, incomplete, open_catalogue(clinic_dir(None)))
        except Exception:
            return []

    return complete


complete_conditions = _completer("conditions")
complete_therapies = _completer("therapies")
complete_manifestations = _completer("manifestations")
complete_triggers = _completer("triggers")
