"""The conventions of a well-made CLI (issue 17): help with examples, forgiving input, stdin,
no pager on a dumb terminal, and pages that read at any width."""

from __future__ import annotations

import re
import shlex

import pytest
import typer

from skinaxis.cli import app

COMMANDS = ["condition", "therapy", "search", "match", "manifestation", "trigger", "compare", "axis", "list"]
ALL_COMMANDS = [*COMMANDS, "validate", "help"]


def examples_of(help_text: str) -> list[str]:
    """The example command lines at the end of a help page."""
    tail = help_text.split("Examples:\n", 1)[1]
    lines = []
    for line in tail.splitlines():
        if not line.startswith("    skinaxis") and "| skinaxis" not in line:
            break
        lines.append(line.strip())
    return lines


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_every_help_ends_with_two_to_four_examples_that_work_on_the_shipped_catalogue(cli, command):
    run = cli(command, "--help", shipped=True)
    assert run.code == 0
    found = examples_of(run.out)
    assert 2 <= len(found) <= 4, run.out
    assert run.out.rstrip().endswith(found[-1])
    for example in found:
        stdin = None
        if "|" in example:  # echo "words" | skinaxis match -
            echo, example = (part.strip() for part in example.split("|"))
            stdin = shlex.split(echo)[1]
        args = shlex.split(example)[1:]
        done = cli(*args, shipped=True, input=stdin)
        assert done.code == 0, f"{example}: exit {done.code}: {done.err}"
        assert done.out


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_help_shows_readable_metavars_never_python_types(cli, command):
    out = cli(command, "--help").out
    assert not re.search(r"<[^>]*\b(str|int|list|float|bool)\b[^>]*>|\{[a-z_]+\}", out), out
    assert "Usage: skinaxis" in out


def test_allowed_values_are_listed_in_help(cli):
    out = " ".join(cli("list", "--help").out.split())
    assert "What to list: conditions, therapies, manifestations, triggers, assessments, sites." in out
    assert "--kind KIND Therapies of this kind: category, class, agent." in out
    assert "high, moderate, low, very low" in out
    assert "-f, --format FORMAT Output format: rich (terminal default), plain, markdown or json." in out
    assert "--limit N" in cli("search", "--help").out


def test_root_help_names_the_exit_codes_and_global_options(cli):
    out = cli("--help").out
    for code in ("0", "1", "2", "3", "70", "74", "130", "143"):
        assert re.search(rf"^\s+{code} \w", out, re.MULTILINE), code
    assert "--catalogue DIR" in out and "--no-pager" in out and "-V, --version" in out
    assert "before or after the command" in out


def test_help_command_and_short_version(cli):
    assert cli("help").out == cli("--help").out
    assert cli("help", "match").out.startswith("Usage: skinaxis match [OPTIONS] WORDS...")
    missing = cli("help", "nosuch")
    assert missing.code == 2 and "no command called 'nosuch'" in missing.err
    assert re.fullmatch(r"skinaxis \d+\.\d+\.\d+\n", cli("-V").out)


# ---------------------------------------------------------------- forgiving input


def test_option_values_ignore_case(cli):
    assert cli("condition", "psoriasis", "--format", "JSON").json()["id"] == "psoriasis"
    upper = cli("list", "therapies", "--kind", "AGENT", "--evidence", "Very Low", "--json").json()
    assert upper == cli("list", "therapies", "--kind", "agent", "--evidence", "very low", "--json").json()


@pytest.mark.parametrize("kind", ["conditions", "therapies", "manifestations", "triggers", "assessments", "sites"])
def test_every_list_kind_in_the_singular_and_any_case(cli, kind):
    plural = cli("list", kind, "--json").json()
    assert cli("list", kind.removesuffix("s").replace("therapie", "therapy"), "--json").json() == plural
    assert cli("list", kind.upper(), "--json").json() == plural


def test_a_wrong_value_names_the_allowed_ones_without_value_error(cli):
    wrong = (["list", "wizards"], ["condition", "psoriasis", "--format", "pdf"], ["list", "therapies", "--kind", "x"])
    for args in wrong:
        run = cli(*args)
        assert run.code == 2
        assert "Value error" not in run.err and "is not one of:" in run.err, run.err


@pytest.mark.parametrize(
    "args",
    [
        ["condition", "psoriasis", "--no-pager"],
        ["condition", "--no-pager", "psoriasis"],
        ["list", "sites", "--catalogue", "{clinic}"],
        ["list", "sites", "--catalogue={clinic}", "--no-pager"],
    ],
)
def test_global_options_after_the_command(cli, tmp_path, args):
    (tmp_path / "sites.yaml").write_text("sites:\n  - {id: navel, name: Navel}\n")
    args = [a.replace("{clinic}", str(tmp_path)) for a in args]
    run = cli(*args, "--format", "plain")
    assert run.code == 0, run.err
    if "sites" in args:
        assert "Navel" in run.out
    else:
        assert run.out.startswith("Psoriasis")


def test_a_double_dash_keeps_global_option_words_as_words(cli):
    run = cli("search", "--json", "--", "--no-pager")
    assert run.code == 0 and run.json()["query"] == "--no-pager"


def test_match_and_search_read_stdin_with_a_dash(cli):
    piped = cli("match", "-", "--json", input="itchy scaly patches\non my elbows\n").json()
    given = cli("match", "itchy scaly patches on my elbows", "--json").json()
    assert piped == given
    assert cli("search", "-", "--json", input="itching").json() == cli("search", "itching", "--json").json()
    assert cli("match", "-", input="   \n").code == 2  # nothing on stdin: a usage error
    too_long = cli("search", "-", input="itch " * 20_000)
    assert too_long.code == 2 and "longer than" in too_long.err


def test_json_with_another_format_is_a_usage_error(cli):
    run = cli("condition", "psoriasis", "--json", "--format", "plain")
    assert run.code == 2 and run.out == "" and "--json" in run.err
    assert cli("condition", "psoriasis", "--json", "--format", "json").code == 0


# ---------------------------------------------------------------- pager and width


def test_no_pager_on_a_dumb_terminal(monkeypatch):
    from skinaxis.commands import common

    class Terminal:
        def isatty(self) -> bool:
            return True

    context = typer.Context(typer.main.get_command(app))
    context.obj = {}
    monkeypatch.setattr(common.sys, "stdout", Terminal())
    monkeypatch.setattr(common.sys, "stdin", Terminal())
    monkeypatch.setenv("PAGER", "less")
    monkeypatch.setenv("TERM", "xterm")
    assert common._pager_wanted(context)
    monkeypatch.setenv("TERM", "dumb")
    assert not common._pager_wanted(context)


def widest(text: str) -> int:
    return max(len(line.rstrip()) for line in text.splitlines())


@pytest.mark.parametrize("columns", [120, 200])
def test_rich_pages_are_capped_near_100_columns(cli, columns):
    out = cli("condition", "psoriasis", "--format", "rich", shipped=True, env={"COLUMNS": str(columns)}).out
    assert 90 <= widest(out) <= 100


def test_at_80_columns_tables_that_would_squeeze_become_lists(cli):
    narrow = cli("condition", "psoriasis", "--format", "rich", shipped=True, env={"COLUMNS": "80"}).out
    wide = cli("condition", "psoriasis", "--format", "rich", shipped=True, env={"COLUMNS": "120"}).out
    assert widest(narrow) <= 80
    # At 120 columns the treatments are a table, at 80 a list reading "Header: value".
    assert "│ Treatment " in wide and "│ Line and evidence " in wide
    assert "│ Treatment " not in narrow
    assert "• Topical corticosteroids; Line and evidence: first line, helps (high" in narrow
    # The list form wraps between words: a row's note reads whole once the lines are joined.
    section = narrow.split("What helps", 1)[1].split("\n\n", 1)[0]
    joined = " ".join(line.strip() for line in section.splitlines())
    assert "Note: Potent steroids on trunk and limbs; milder ones for short periods on face, folds and" in joined


def test_narrow_tables_that_fit_stay_tables(cli):
    out = cli("list", "conditions", "--format", "rich", env={"COLUMNS": "80"}).out
    assert "│ Psoriasis          │ psoriasis          │ papulosquamous │ L40.0  │" in out
