from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from .common import (
    EXIT_USAGE,
    Command,
    FormatOption,
    JsonOption,
    catalogue,
    emit,
    examples,
    fail,
    resolve_format,
    words_or_stdin,
)

if TYPE_CHECKING:
    from skinaxis.match import MatchResult
    from skinaxis.store import StoredCatalogue as Catalogue

app = typer.Typer()

MAX_QUESTIONS = 8
CLEAR_LEAD = 0.6  # the interview stops when the next condition scores at most this (the first scores 1)


@app.command(
    cls=Command,
    epilog=examples(
        'skinaxis match "itchy purple flat bumps on my wrists"',
        'skinaxis match "itchy scaly patches on my elbows and scalp" --no islands-of-sparing',
        'echo "firm itchy blisters on my arms, I am 80" | skinaxis match -',
        'skinaxis match "red all over with a fever" --json',
    ),
)
def match(
    ctx: typer.Context,
    description: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="What you see and feel, in your own words, e.g. 'itchy purple bumps on my wrists'; "
            "- reads it from stdin.",
            show_default=False,
        ),
    ],
    yes: Annotated[
        list[str] | None,
        typer.Option(
            "--yes",
            metavar="ID",
            help="A sign you have, a body site it is on, or your age group or pregnancy (an id from the questions).",
        ),
    ] = None,
    no: Annotated[
        list[str] | None,
        typer.Option(
            "--no",
            metavar="ID",
            help="A sign you do not have, a body site it is not on, or an age group or pregnancy that is not you.",
        ),
    ] = None,
    ask: Annotated[bool, typer.Option("--ask", help="On a terminal: answer the questions one at a time.")] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """The symptom explorer: what was recognised, conditions that fit and why, a triage level, and the
    questions that would tell them apart. Not a diagnosis."""
    from skinaxis.match import match as run_match
    from skinaxis.views import match_json, match_page
    from skinaxis.views.match import shown_signs

    chosen = resolve_format(fmt, as_json)
    text = words_or_stdin(description, "a description of the skin problem")
    cat = catalogue(ctx)
    answered_yes, answered_no = list(yes or []), list(no or [])
    for sign in answered_yes + answered_no:
        _require_sign(cat, sign)
    if ask:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            fail("--ask needs a terminal; in a script, answer the questions with --yes ID and --no ID", EXIT_USAGE)
        result = _interview(cat, text, answered_yes, answered_no)
    else:
        result = run_match(cat, text, answered_yes, answered_no)
    emit(ctx, match_page(result, shown_signs(cat, result)), match_json(result), chosen)


def _require_sign(cat: Catalogue, sign: str) -> None:
    """An answer must name a sign, a body site or a question about the person by its id (as
    `questions` gives it); otherwise exit 2 naming the close ids."""
    from skinaxis.vocab import PERSON_QUESTIONS

    if sign in cat.manifestations or sign in cat.sites or sign in PERSON_QUESTIONS:
        return
    import difflib

    people = difflib.get_close_matches(sign, list(PERSON_QUESTIONS), n=2)
    close = list(dict.fromkeys([*cat.suggest("manifestations", sign), *cat.suggest("sites", sign), *people]))
    hint = f"; did you mean {', '.join(close)}?" if close else "; the ids are in the questions (--json: questions[].id)"
    fail(f"--yes/--no takes a sign, site or person id, and '{sign}' is not one{hint}", EXIT_USAGE)


def _interview(cat: Catalogue, text: str, yes: list[str], no: list[str]) -> MatchResult:
    """Ask the best question, re-rank, repeat (the interview talks on stderr, so the final page on
    stdout can go to a file or a pipe): until one condition clearly leads, a red flag is
    found, there is nothing left worth asking, the person stops, or MAX_QUESTIONS are asked."""
    from skinaxis.match import match as run_match
    from skinaxis.render import ask, say_line

    unsure: list[str] = []
    result = run_match(cat, text, yes, no, unsure)
    for _ in range(MAX_QUESTIONS):
        if result.triage.level in ("emergency", "urgent"):
            say_line(f"Stopping: {result.triage.level.upper()} warning sign found.", sys.stderr)
            break
        if not result.questions or (len(result.conditions) > 1 and result.conditions[1].score <= CLEAR_LEAD):
            break
        question = result.questions[0]
        answer = ask(question.text, sys.stderr).lower()
        if answer == "q":
            break
        {"y": yes, "n": no, "?": unsure}[answer].append(question.id)
        result = run_match(cat, text, yes, no, unsure)
        leading = ", ".join(f"{c.name} {c.score:.2f}" for c in result.conditions[:3])
        say_line(f"  now leading: {leading}", sys.stderr)
    return result
