"""The compiled store: never stale, ignores corrupt files, survives concurrent runs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MINI
from skinaxis import cache, loader
from skinaxis.problems import CatalogueError


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    base = tmp_path / "base"
    shutil.copytree(MINI, base)
    monkeypatch.setenv("SKINAXIS_DATA", str(base))
    monkeypatch.setenv("SKINAXIS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SKINAXIS_NO_CACHE", raising=False)
    return base


def cache_files(workspace: Path) -> list[Path]:
    return sorted((workspace.parent / "cache").glob("catalogue-*.sqlite"))


def age(path: Path, seconds: float = 60) -> None:
    past = time.time_ns() - int(seconds * 1e9)
    os.utime(path, ns=(past, past))


def test_second_load_comes_from_the_cache(workspace, monkeypatch):
    first = loader.load()
    assert len(cache_files(workspace)) == 1
    monkeypatch.setattr(loader, "check", lambda clinic=None: pytest.fail("parsed again despite a valid cache"))
    second = loader.load()
    assert second.conditions.keys() == first.conditions.keys()


def test_any_change_to_a_catalogue_file_rebuilds(workspace):
    loader.load()
    path = workspace / "conditions.yaml"
    path.write_text(path.read_text().replace("name: Psoriasis\n", "name: Psoriasis (edited)\n", 1))
    assert loader.load().conditions["psoriasis"].name == "Psoriasis (edited)"
    assert len(cache_files(workspace)) == 1  # the same store, rebuilt


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(workspace):
    path = workspace / "conditions.yaml"
    for file in workspace.iterdir():
        age(file)
    loader.load()
    before = os.stat(path)
    text = path.read_text()
    path.write_text(text.replace("name: Psoriasis\n", "name: Psoriasiz\n", 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as if within one clock tick
    assert os.stat(path).st_size == before.st_size
    assert loader.load().conditions["psoriasis"].name == "Psoriasiz"


def test_a_file_added_or_removed_rebuilds(workspace):
    loader.load()
    extra = workspace / "extra.yaml"
    extra.write_text("sites:\n  - id: extra-site\n    name: Extra site\n")
    assert "extra-site" in loader.load().sites
    extra.unlink()
    assert "extra-site" not in loader.load().sites


def test_a_file_is_hashed_until_its_stat_can_be_trusted(workspace, monkeypatch):
    # Files changed within RACY_NS of the moment they were checked are hashed ("racily clean");
    # once checked again later they are restamped, and from then on their stat is enough.
    monkeypatch.setattr(cache, "RACY_NS", 50_000_000)
    hashed: list[int] = []
    real = cache._digest
    monkeypatch.setattr(cache, "_digest", lambda data: hashed.append(1) or real(data))
    loader.load()  # builds: every file hashed once, just after it was written
    hashed.clear()
    assert loader.load().conditions["psoriasis"]
    assert hashed  # too recent to trust: hashed, found unchanged, restamped
    time.sleep(0.2)
    hashed.clear()
    assert loader.load().conditions["psoriasis"]
    assert hashed  # the restamp came within RACY_NS of the write: hashed once more
    hashed.clear()
    assert loader.load().conditions["psoriasis"]
    assert not hashed  # now the stat proves them unchanged: nothing is read


def test_invalid_catalogue_is_never_cached(workspace):
    (workspace / "broken.yaml").write_text("sites:\n  - {id: Bad Id, name: x}\n")
    with pytest.raises(CatalogueError):
        loader.load()
    assert cache_files(workspace) == []


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_corrupt_or_truncated_cache_is_ignored_and_rebuilt(workspace, damage):
    loader.load()
    (path,) = cache_files(workspace)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage is None else damage)
    assert loader.load().conditions["psoriasis"].name == "Psoriasis"
    assert cache._whole_sqlite_file(path)  # rebuilt whole
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_unwritable_cache_directory_is_not_an_error(workspace, monkeypatch):
    blocker = workspace.parent / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("SKINAXIS_CACHE_DIR", str(blocker / "cache"))
    assert loader.load().conditions["psoriasis"]


def test_no_cache_setting(workspace, monkeypatch):
    monkeypatch.setenv("SKINAXIS_NO_CACHE", "1")
    loader.load()
    assert cache_files(workspace) == []


def test_concurrent_runs_do_not_corrupt_the_cache(workspace):
    env_script = (
        "import sys; from skinaxis import loader; "
        "c = loader.load(); assert 'psoriasis' in c.conditions; print(len(c.conditions))"
    )
    processes = [subprocess.Popen([sys.executable, "-c", env_script], stdout=subprocess.PIPE) for _ in range(6)]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert set(outputs) == {b"3\n"}
    (path,) = cache_files(workspace)
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list((workspace.parent / "cache").glob(".tmp-*"))
    assert loader.load().conditions["psoriasis"]
