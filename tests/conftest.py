"""Shared test helpers: the tiny fixture catalogue and a CLI runner with a pinned terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from skinaxis import loader, store
from skinaxis.cli import app
from skinaxis.model import Catalogue
from skinaxis.store import StoredCatalogue
from skinaxis.store.write import memory
from skinaxis.vocab import TRIAGE_LEVELS

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
REPO = Path(__file__).resolve().parents[1]


# Triage as the tests read it: the level of a description, and the ids of the reasons given.
LEVEL_ORDER = list(reversed(TRIAGE_LEVELS))  # self-care, routine, urgent, emergency


def level(catalogue: StoredCatalogue, text: str) -> str:
    from skinaxis.match import match  # imported when used: start-up tests read sys.modules

    return match(catalogue, text).triage.level


def reason_ids(catalogue: StoredCatalogue, text: str) -> set[str | None]:
    from skinaxis.match import match

    return {r.id for r in match(catalogue, text).triage.reasons}


def load_mini(clinic: Path | None = None) -> tuple[Catalogue, list[Any]]:
    layers = [loader.read_layer(MINI, shipped=True)]
    if clinic is not None:
        layers.append(loader.read_layer(clinic, shipped=False))
    return loader.assemble(layers)


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Tests never touch the user's cache directory."""
    import os

    os.environ["SKINAXIS_CACHE_DIR"] = str(tmp_path_factory.mktemp("skinaxis-cache"))
    yield


@pytest.fixture(scope="session")
def mini() -> StoredCatalogue:
    """The fixture catalogue, checked and compiled into a store in memory."""
    catalogue, problems = load_mini()
    assert not [p for p in problems if not p.is_warning], problems
    return memory(catalogue)


@pytest.fixture(scope="session")
def shipped() -> StoredCatalogue:
    return store.open_catalogue()


class Run:
    def __init__(self, result: Any):
        self.code: int = result.exit_code
        self.out: str = result.stdout
        self.err: str = result.stderr

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    """Run the CLI over the fixture catalogue (or the shipped one with shipped=True), width 80."""

    def run(*args: str, shipped: bool = False, env: dict[str, str] | None = None, input: str | None = None) -> Run:
        environment = {"COLUMNS": "80", "NO_COLOR": "1", "SKINAXIS_CATALOGUE": ""}
        environment["SKINAXIS_DATA"] = "" if shipped else str(MINI)
        environment.update(env or {})
        runner = CliRunner()
        result = runner.invoke(app, list(args), env=environment, catch_exceptions=False, input=input)
        return Run(result)

    return run


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output (or set SKINAXIS_UPDATE_GOLDEN=1)",
    )
