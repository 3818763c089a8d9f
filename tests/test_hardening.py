"""Hostile catalogues, odd input and a failing environment: clear messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINI

HOSTILE = """sites:
  - id: hostile
    name: "[bold red]Evil[/bold red] :smile: http://x.test/a"
    synonyms: ["[link=http://evil.test]click[/link]"]
"""


def test_catalogue_text_is_never_markup(cli, tmp_path):
    (tmp_path / "hostile.yaml").write_text(HOSTILE)
    for fmt in ("rich", "plain"):
        out = cli("--catalogue", str(tmp_path), "list", "sites", "--format", fmt, env={"COLUMNS": "200"}).out
        assert "[bold red]Evil[/bold red] :smile:" in out
        assert "\x1b" not in out
    forced = cli(
        "--catalogue",
        str(tmp_path),
        "list",
        "sites",
        "--format",
        "rich",
        env={"FORCE_COLOR": "1", "NO_COLOR": "", "COLUMNS": "200"},
    )
    assert "\x1b[" in forced.out  # colour is on, yet the data stays literal
    assert "[bold red]Evil[/bold red] :smile:" in forced.out
    assert "\x1b]8;" not in forced.out  # no hyperlink escape from [link=...]


@pytest.mark.parametrize("escape", ["\\e[31m", "\\x1b]0;title\\x07", "\\u202e", "\\x9b"])
def test_control_characters_in_yaml_escapes_are_refused(cli, tmp_path, escape):
    (tmp_path / "esc.yaml").write_text(f'sites:\n  - id: esc\n    name: "a{escape}b"\n')
    run = cli("--catalogue", str(tmp_path), "list", "sites")
    assert run.code == 3 and "SKX015" in run.err


def test_user_text_is_shown_literally_and_safely(cli):
    query = "[bold]x[/bold] :smile: \x1b[31m \u202e itchy"
    for fmt in ("rich", "plain", "markdown"):
        out = cli("match", query, "--format", fmt).out
        assert "\x1b" not in out and "\u202e" not in out
    data = cli("match", query, "--json").out
    assert "\x1b" not in data and "\\u001b" in data  # JSON escapes, never raw control bytes
    assert json.loads(data)["query"].startswith("[bold]x[/bold] :smile:")


@pytest.mark.parametrize("width", [1, 7, 20, 33, 80, 137, 500])
def test_red_flags_and_caveat_are_never_cut_at_any_width(cli, width):
    out = cli("condition", "psoriasis", "--format", "rich", env={"COLUMNS": str(width)}).out
    flattened = " ".join("".join(ch if ch.isalnum() or ch in " ,.()" else " " for ch in out).split())
    for needle in ("Red skin over most of the body with fever", "EMERGENCY", "not a substitute for a clinician"):
        assert " ".join(needle.split()) in flattened, (width, needle)


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb", "NO_COLOR": ""}])
def test_no_colour_settings(cli, env):
    out = cli("condition", "psoriasis", "--format", "rich", env=env).out
    assert "\x1b" not in out


def test_odd_queries(cli):
    for query in ["((a+)+)$", "[", "\\", "*?", "ＰＳＯＲＩＡＳＩＳ", "pémphigus", "a" * 5000]:
        run = cli("search", query, "--json")
        assert run.code == 0, query
        json.loads(run.out)
    assert cli("condition", "ＰＳＯＲＩＡＳＩＳ").code == 0
    assert cli("match", "", "--json").code == 2
    assert cli("match", " \t ").code == 2


def test_usage_errors_go_to_stderr_with_exit_2(cli):
    run = cli("condition")
    assert run.code == 2 and run.out == "" and "Usage" in run.err


def test_internal_error_is_short_without_locals(monkeypatch, capsys):
    from skinaxis import cli as cli_module
    from skinaxis import views

    def boom(*args, **kwargs):
        secret = "local-variable-value"  # noqa: F841 - must never be printed
        raise RuntimeError("something broke")

    monkeypatch.setitem(views.LOOKUPS, "condition", (boom, boom))
    monkeypatch.setenv("SKINAXIS_DATA", str(MINI))
    monkeypatch.setattr(sys, "argv", ["skinaxis", "condition", "psoriasis"])
    with pytest.raises(SystemExit) as info:
        cli_module.run()
    err = capsys.readouterr().err
    assert info.value.code == 70
    assert "internal error: RuntimeError: something broke" in err
    assert "Traceback" not in err and "local-variable-value" not in err


# ---------------------------------------------------------------- real processes


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKINAXIS_")}
    env.update(SKINAXIS_DATA=str(MINI), COLUMNS="80")
    env.update(extra)
    return env


def _skinaxis(*args: str | bytes, **kwargs):
    return subprocess.run([sys.executable, "-m", "skinaxis", *args], capture_output=True, timeout=60, **kwargs)


def test_output_piped_into_head_is_quiet():
    for fmt in ("rich", "plain", "json"):
        result = subprocess.run(
            f"{sys.executable} -m skinaxis list manifestations --format {fmt} | head -1",
            shell=True,
            capture_output=True,
            env=_env(SKINAXIS_DATA=""),
            timeout=60,
        )
        assert result.returncode == 0
        assert result.stderr == b"", result.stderr


def test_ascii_only_output_encoding():
    result = _skinaxis("condition", "psoriasis", "--format", "rich", env=_env(PYTHONIOENCODING="ascii"))
    assert result.returncode == 0, result.stderr
    result.stdout.decode("ascii")  # every byte is ASCII
    assert b"+---" in result.stdout or b"+--" in result.stdout


def test_invalid_utf8_argument():
    result = _skinaxis("search", b"\xff\xfe itchy", "--json", env=_env())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"].startswith("\ufffd")


def test_no_terminal_and_unwritable_home(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    result = _skinaxis(
        "condition", "psoriasis", env=_env(HOME=str(home), XDG_CACHE_HOME=str(home / "cache")), stdin=subprocess.DEVNULL
    )
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout  # piped: plain by default


def test_huge_queries_answer(tmp_path: Path):
    big = ("itchy flaky red patch on my elbow " * 3000)[:100_000]
    for command in ("search", "match"):
        result = _skinaxis(command, big, "--json", env=_env())
        assert result.returncode == 0, result.stderr
        json.loads(result.stdout)


def test_billion_laughs_on_json_is_refused_fast(tmp_path: Path):
    lol = "sites: &a [" + ", ".join(["{id: a, name: b}"] * 2) + "]\n"
    lol += "".join(f"x{i}: &x{i} [" + ", ".join([f"*{'a' if i == 0 else f'x{i - 1}'}"] * 9) + "]\n" for i in range(9))
    (tmp_path / "lol.yaml").write_text(lol)
    result = _skinaxis("--catalogue", str(tmp_path), "list", "sites", "--json", env=_env())
    assert result.returncode == 3
    assert b"SKX013" in result.stderr


@pytest.mark.parametrize("debug", ["", "1"])
def test_an_internal_error_is_one_line_unless_debugging(debug):
    import subprocess
    import sys

    script = (
        "from skinaxis import cli\n"
        "def broken(**kwargs): raise AttributeError('no attribute see_also')\n"
        "cli.app = broken\n"
        "cli.run()\n"
    )
    env = {**os.environ, "SKINAXIS_DEBUG": debug}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.returncode == 70
    assert "internal error: AttributeError: no attribute see_also" in done.stderr
    assert ("Traceback (most recent call last)" in done.stderr) == bool(debug)
