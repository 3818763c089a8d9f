"""The wheel carries the catalogue: a non-editable install works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("skinaxis-*.whl"))


def test_wheel_contains_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for data_file in sorted((REPO / "data").glob("*.yaml")):
        assert f"skinaxis/data/{data_file.name}" in names, f"{data_file.name} is not shipped in the wheel"


def test_installed_wheel_answers_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKINAXIS_")}
    env.update(PYTHONPATH=str(site), COLUMNS="80")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], cwd=elsewhere, env=env, capture_output=True, text=True)

    where = run("-c", "import skinaxis; print(skinaxis.__file__)").stdout
    assert where.startswith(str(site)), f"imported the source tree, not the wheel: {where}"
    result = run("-m", "skinaxis", "condition", "psoriasis")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Psoriasis\n")
    assert "Educational information only" in result.stdout
    assert "\x1b" not in result.stdout
    data = run("-m", "skinaxis", "therapy", "biologics", "--json")
    assert data.returncode == 0, data.stderr
    assert '"kind": "category"' in data.stdout
