"""Tab completion: entry ids from the fast path (no Typer), everything else from Typer's, through
the very scripts `--show-completion` prints for bash and zsh."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINI, REPO
from skinaxis import completion, store


@pytest.fixture
def warm(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> store.StoredCatalogue:
    """The fixture catalogue compiled into a store in a private cache (the fast path never builds)."""
    monkeypatch.setenv("SKINAXIS_DATA", str(MINI))
    monkeypatch.setenv("SKINAXIS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SKINAXIS_CATALOGUE", raising=False)
    return store.open_catalogue()


def test_entry_ids_by_prefix_in_any_case(warm):
    assert completion.complete(["condition"], "pso") == ["psoriasis"]
    assert completion.complete(["condition"], "Pso") == ["psoriasis"]
    assert completion.complete(["condition"], "BULLOUS P") == ["bullous-pemphigoid"]
    assert completion.complete(["--no-pager", "therapy"], "") == sorted(
        ["biologics", "il17-inhibitors", "microneedling", "secukinumab", "topical-corticosteroids"]
    )
    assert completion.complete(["trigger"], "str") == ["stress"]


def test_compare_completes_its_second_and_later_names(warm):
    assert completion.complete(["compare", "psoriasis"], "") == ["bullous-pemphigoid", "pemphigus-vulgaris"]
    assert completion.complete(["compare", "psoriasis", "bullous-pemphigoid"], "") == ["pemphigus-vulgaris"]
    assert completion.complete(["condition", "psoriasis"], "") == []  # one name is all a look-up takes


@pytest.mark.parametrize(
    ("args", "incomplete"),
    [([], "cond"), (["list"], "con"), (["condition"], "--f"), (["condition", "--format"], ""), (["--catalogue"], "")],
)
def test_everything_but_an_entry_name_is_left_to_typer(warm, args, incomplete):
    assert completion.complete(args, incomplete) is None


def test_a_missing_store_is_left_to_typer_which_builds_it(monkeypatch, tmp_path):
    monkeypatch.setenv("SKINAXIS_DATA", str(MINI))
    monkeypatch.setenv("SKINAXIS_CACHE_DIR", str(tmp_path / "empty"))
    assert completion.complete(["condition"], "pso") is None


# ---------------------------------------------------------------- in a real shell


def environment(cache: Path, bin_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SKINAXIS_", "_SKINAXIS", "COMP_"))}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(REPO / "src"),
        SKINAXIS_DATA=str(MINI),
        SKINAXIS_CACHE_DIR=str(cache),
    )
    return env


@pytest.fixture
def installed(tmp_path: Path) -> dict[str, str]:
    """A `skinaxis` program on PATH running this checkout, with a warm store."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "skinaxis"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m skinaxis "$@"\n')
    program.chmod(0o755)
    env = environment(tmp_path / "cache", bin_dir)
    subprocess.run(["skinaxis", "list", "sites"], env=env, check=True, capture_output=True)
    return env


def script(env: dict[str, str], shell: str, tmp_path: Path) -> str:
    """What `skinaxis --show-completion` prints when run from this shell (detected from the parent
    process's name, as Typer does: a bash started under the name zsh is taken for zsh)."""
    named = tmp_path / "shells" / shell
    named.parent.mkdir(exist_ok=True)
    named.symlink_to(shutil.which("bash") or "/bin/bash")
    done = subprocess.run(
        [str(named), "-c", "skinaxis --show-completion; true"], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def bash_tab(env: dict[str, str], source: str, words: list[str]) -> list[str]:
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = (
        f"{source}\nCOMP_WORDS=({quoted})\nCOMP_CWORD={len(words) - 1}\n"
        '_skinaxis_completion skinaxis\nprintf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(["bash", "--norc", "-c", program], env=env, capture_output=True, text=True, check=True)
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_through_the_installed_script(installed, tmp_path):
    source = script(installed, "bash", tmp_path)
    assert "_SKINAXIS_COMPLETE=complete_bash" in source and "complete -o default -F _skinaxis_completion" in source
    assert bash_tab(installed, source, ["skinaxis", "condition", "Pso"]) == ["psoriasis"]
    assert bash_tab(installed, source, ["skinaxis", "compare", "psoriasis", ""]) == [
        "bullous-pemphigoid",
        "pemphigus-vulgaris",
    ]
    # Typer's own completion answers the rest: commands, options and their values.
    assert bash_tab(installed, source, ["skinaxis", "li"]) == ["list"]
    assert bash_tab(installed, source, ["skinaxis", "list", "con"]) == ["conditions"]
    assert bash_tab(installed, source, ["skinaxis", "condition", "psoriasis", "--format", "j"]) == ["json"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash to stand in for zsh")
def test_zsh_completion_through_the_installed_script(installed, tmp_path):
    source = script(installed, "zsh", tmp_path)
    assert source.startswith("#compdef skinaxis")
    call = re.search(r"eval \$\((env _TYPER_COMPLETE_ARGS=\"\$\{words\[1,\$CURRENT\]\}\" .*)\)", source)
    assert call, source

    def zsh_tab(words: list[str]) -> str:
        # zsh joins words[1,CURRENT] with spaces; compadd and _arguments print what they were given.
        line = call.group(1).replace("${words[1,$CURRENT]}", " ".join(words))
        program = (
            'compadd() { echo "compadd $*"; }\n_arguments() { echo "_arguments $*"; }\n_files() { echo _files; }\n'
            f"eval $({line})\n"
        )
        done = subprocess.run(["bash", "--norc", "-c", program], env=installed, capture_output=True, text=True)
        return done.stdout.strip()

    assert zsh_tab(["skinaxis", "condition", "Pso"]) == "compadd -U -- psoriasis"
    assert zsh_tab(["skinaxis", "compare", "psoriasis", "pem"]) == "compadd -U -- pemphigus-vulgaris"
    assert zsh_tab(["skinaxis", "li"]).startswith('_arguments *: :(("list":')  # Typer's answer


PROBE = """
import json, sys
from skinaxis.cli import run
sys.argv = ["skinaxis", *json.loads(sys.argv[1])]
run()
sys.stdout.flush()
sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def test_the_fast_path_imports_neither_typer_nor_rich(installed):
    env = dict(installed, _SKINAXIS_COMPLETE="complete_bash", COMP_WORDS="skinaxis condition pso", COMP_CWORD="2")
    done = subprocess.run([sys.executable, "-c", PROBE, "[]"], env=env, capture_output=True, text=True, check=True)
    assert done.stdout == "psoriasis\n"
    modules = json.loads(done.stderr.split("MODULES ", 1)[1])
    assert not [m for m in modules if m.split(".")[0] in ("typer", "click", "rich", "pydantic", "yaml", "rapidfuzz")]


def test_double_underscore_complete_answers_like_gh(installed):
    def run(*words: str) -> list[str]:
        done = subprocess.run(["skinaxis", "__complete", *words], env=installed, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert run("condition", "Pso") == ["psoriasis"]
    assert run("compare", "psoriasis", "") == ["bullous-pemphigoid", "pemphigus-vulgaris"]
    assert run("cond") == ["condition"]  # not an entry name: Typer's completion answers
