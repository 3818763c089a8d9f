"""Tab completion of entry ids, answered before Typer is imported (gh's `__complete` is the model).

Importing Typer costs more than the 100 ms a Tab press may take, so `cli.run` asks `answer()`
first: when the shell asks for an entry id (`skinaxis condition pso<Tab>`, every name of
`compare`), the ids come straight from the compiled store's entry table. Anything else (command
names, options, their values) is left to Typer's own completion, which the same installed script
reaches through the same environment variables. `skinaxis __complete WORDS... PREFIX` prints the
answer one id a line, for debugging a shell set-up.

This module imports no Typer and no Rich; the store is opened only if it is current (never built:
a missing or stale store falls back to Typer's completion, which builds it).
"""

from __future__ import annotations

import os
import shlex
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

COMPLETE_VAR = "_SKINAXIS_COMPLETE"  # what Typer's completion scripts set for this program
FAST_COMMAND = "__complete"

# Commands whose positional words are entry names, and the section each names.
ENTRY_ARGUMENTS = {
    "condition": "conditions",
    "therapy": "therapies",
    "manifestation": "manifestations",
    "trigger": "triggers",
    "axis": "conditions",
    "compare": "conditions",
}
SEVERAL_NAMES = {"compare"}  # every positional word is another name
# Options before or after the command that take a value: the word after one is not a name.
VALUE_OPTIONS = {"--catalogue", "--format", "-f", "--limit"}
LIMIT = 200


def candidates(section: str, prefix: str, catalogue: StoredCatalogue, exclude: set[str] | None = None) -> list[str]:
    """Entry ids starting with `prefix`, ignoring case, accents and punctuation (`Pso` -> psoriasis)."""
    from skinaxis.text import normalise

    key = normalise(prefix).replace(" ", "-") if prefix.strip() else ""
    return [entry_id for entry_id in catalogue.ids(section, key, LIMIT) if entry_id not in (exclude or set())]


def entry_position(args: list[str], incomplete: str) -> tuple[str, set[str], str | None] | None:
    """(section, ids already named, the clinic directory given) when the word being completed is
    an entry name; None when it is anything else (a command, an option or an option's value)."""
    if incomplete.startswith("-"):
        return None
    clinic = None
    command = None
    names: list[str] = []
    words = iter(args)
    for word in words:
        if word == "--":
            continue
        name, _, inline = word.partition("=")
        if name in VALUE_OPTIONS:
            value = inline if inline or word.endswith("=") else next(words, None)
            if value is None:
                return None  # completing this option's value
            if name == "--catalogue":
                clinic = value
            continue
        if word.startswith("-"):
            continue
        if command is None:
            command = word
        else:
            names.append(word)
    if command not in ENTRY_ARGUMENTS:
        return None
    if names and command not in SEVERAL_NAMES:
        # One name per command; its further words would only repeat it ("bullous pemphigoid").
        return ENTRY_ARGUMENTS[command], {"*"}, clinic
    return ENTRY_ARGUMENTS[command], set(names), clinic


def _open(clinic: str | None) -> StoredCatalogue | None:
    """The compiled store if it is current; never a build (that is Typer's slower path)."""
    from skinaxis import loader
    from skinaxis.store import files, source_files

    layer = loader.clinic_dir(clinic)
    roots = [loader.shipped_dir(), *([layer] if layer is not None else [])]
    found = source_files(roots)
    return None if found is None else files.open_valid(found, roots)


def complete(args: list[str], incomplete: str) -> list[str] | None:
    """The entry ids for this position, or None when Typer's completion must answer."""
    position = entry_position(args, incomplete)
    if position is None:
        return None
    section, named, clinic = position
    if "*" in named:
        return []
    try:
        catalogue = _open(clinic)
        return None if catalogue is None else candidates(section, incomplete, catalogue, named)
    except Exception:
        return None  # a damaged store or an odd directory: Typer's path rebuilds or offers nothing


def _shell_words() -> tuple[str, list[str], str] | None:
    """(shell, words before the one being completed, that word) from the completion script's
    environment, for the shells whose scripts this fast path answers; None for the others."""
    mode = os.environ.get(COMPLETE_VAR, "")
    if mode == "complete_bash":
        words = _split(os.environ.get("COMP_WORDS", ""))
        try:
            current = int(os.environ.get("COMP_CWORD", ""))
        except ValueError:
            return None
        return "bash", words[1:current], words[current] if current < len(words) else ""
    if mode == "complete_zsh":
        line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
        words = _split(line)[1:]
        if words and not line.endswith(" "):
            return "zsh", words[:-1], words[-1]
        return "zsh", words, ""
    return None


def _split(line: str) -> list[str]:
    """Shell words, tolerating an unclosed quote (a name being typed)."""
    lexer = shlex.shlex(line, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    out: list[str] = []
    try:
        for token in lexer:
            out.append(token)
    except ValueError:
        out.append(lexer.token)
    return out


def _format(shell: str, ids: list[str]) -> str:
    if shell == "zsh":
        # Typer's zsh script evals this. -U: the ids replace the word typed even when its case
        # differs (zsh would otherwise drop "psoriasis" for "Pso"); ids are slugs, safe unquoted.
        return f"compadd -U -- {' '.join(ids)}\n" if ids else ""
    return "".join(f"{entry_id}\n" for entry_id in ids)


def answer(argv: list[str]) -> bool:
    """Answer a completion request without Typer; True if it was answered (the caller exits).

    `skinaxis __complete WORDS... PREFIX` that is not an entry position is handed to Typer by
    setting the environment its bash script would set."""
    if argv[:1] == [FAST_COMMAND]:
        words, incomplete = argv[1:-1], (argv[-1] if len(argv) > 1 else "")
        ids = complete(words, incomplete)
        if ids is None:
            os.environ.update(
                {
                    COMPLETE_VAR: "complete_bash",
                    "COMP_WORDS": " ".join(shlex.quote(word) for word in ["skinaxis", *argv[1:]]),
                    "COMP_CWORD": str(len(argv) - 1 if len(argv) > 1 else 1),
                }
            )
            return False
        sys.stdout.write(_format("bash", ids))
        return True
    asked = _shell_words()
    if asked is None:
        return False
    shell, words, incomplete = asked
    ids = complete(words, incomplete)
    if ids is None:
        return False
    sys.stdout.write(_format(shell, ids))
    return True
