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
from skinaxis import loader, store
from skinaxis.problems import CatalogueError
from skinaxis.store import files


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
    first = store.open_catalogue()
    assert len(cache_files(workspace)) == 1
    monkeypatch.setattr(loader, "check", lambda *args: pytest.fail("parsed again despite a valid cache"))
    second = store.open_catalogue()
    assert second.conditions.keys() == first.conditions.keys()


def test_any_change_to_a_catalogue_file_rebuilds(workspace):
    store.open_catalogue()
    path = workspace / "conditions.yaml"
    path.write_text(path.read_text().replace("name: Psoriasis\n", "name: Psoriasis (edited)\n", 1))
    assert store.open_catalogue().conditions["psoriasis"].name == "Psoriasis (edited)"
    assert len(cache_files(workspace)) == 1  # the same store, rebuilt


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(workspace):
    path = workspace / "conditions.yaml"
    for file in workspace.iterdir():
        age(file)
    store.open_catalogue()
    before = os.stat(path)
    text = path.read_text()
    path.write_text(text.replace("name: Psoriasis\n", "name: Psoriasiz\n", 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as if within one clock tick
    assert os.stat(path).st_size == before.st_size
    assert store.open_catalogue().conditions["psoriasis"].name == "Psoriasiz"


def test_a_file_added_or_removed_rebuilds(workspace):
    store.open_catalogue()
    extra = workspace / "extra.yaml"
    extra.write_text("sites:\n  - id: extra-site\n    name: Extra site\n")
    assert "extra-site" in store.open_catalogue().sites
    extra.unlink()
    assert "extra-site" not in store.open_catalogue().sites


def test_a_file_is_hashed_until_its_stat_can_be_trusted(workspace, monkeypatch):
    # Files changed within RACY_NS of the moment they were checked are hashed ("racily clean");
    # once checked again later they are restamped, and from then on their stat is enough. The
    # clock is the test's, so the outcome does not depend on how fast the machine is.
    written = max(max(os.stat(f).st_mtime_ns, os.stat(f).st_ctime_ns) for f in workspace.iterdir())
    clock = [written + 10_000_000]
    monkeypatch.setattr(files.time, "time_ns", lambda: clock[0])
    hashed: list[int] = []
    real = files._digest
    monkeypatch.setattr(files, "_digest", lambda data: hashed.append(1) or real(data))
    store.open_catalogue()  # builds 10 ms after the files were written: every file hashed once
    clock[0] = written + 1_000_000_000
    hashed.clear()
    assert store.open_catalogue().conditions["psoriasis"]
    assert hashed  # checked within RACY_NS of the write: hashed, found unchanged, restamped
    clock[0] = written + 5_000_000_000
    hashed.clear()
    assert store.open_catalogue().conditions["psoriasis"]
    assert hashed  # the restamp was still within RACY_NS of the write: hashed once more
    hashed.clear()
    assert store.open_catalogue().conditions["psoriasis"]
    assert not hashed  # now the stat proves them unchanged: nothing is read


def test_the_record_is_of_the_bytes_that_were_parsed(workspace, monkeypatch):
    # A file that changes while the store is built (and perhaps changes back) must not leave a
    # store that claims to match the file on disk.
    real = files.read_sources

    def read_while_being_edited(paths):
        sources, contents = real(paths)
        path = workspace / "conditions.yaml"
        contents[path] = contents[path].replace(b"name: Psoriasis\n", b"name: Psoriasis DRAFT\n", 1)
        digest = files._digest(contents[path])
        sources = [(*row[:5], digest, row[6]) if row[0] == str(path) else row for row in sources]
        return sources, contents

    monkeypatch.setattr(files, "read_sources", read_while_being_edited)
    assert store.open_catalogue().conditions["psoriasis"].name == "Psoriasis DRAFT"
    monkeypatch.setattr(files, "read_sources", real)
    assert store.open_catalogue().conditions["psoriasis"].name == "Psoriasis"


def test_a_store_damaged_inside_is_removed_and_the_command_still_answers(workspace):
    store.open_catalogue()
    (path,) = cache_files(workspace)
    # Damage the pages of the tables a look-up reads, not those checked when the store is opened:
    # the damage shows only mid-command.
    db = sqlite3.connect(path)
    try:
        pages = [n for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name IN ('label', 'entry', 'body')")]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * size : page * size] = b"\xff" * size
    path.write_bytes(bytes(data))
    sources = store.source_files([workspace]) or []
    assert files.open_valid(sources, [workspace]) is None  # its digest no longer matches its seal
    reseal(path)  # as if the damage came after the check (a failing disk): it shows only mid-command
    assert files.open_valid(sources, [workspace]) is not None  # opens fine
    env = {**os.environ, "SKINAXIS_DATA": str(workspace), "SKINAXIS_CACHE_DIR": str(workspace.parent / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "skinaxis", "condition", "psoriasis"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "Psoriasis" in done.stdout
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def reseal(path: Path) -> None:
    """Seal a store as it is now, as a build would (what only this user's key can do)."""
    seal = files._read_seal(path.parent, path)
    assert seal is not None
    seal.update(store=files._signature(path.stat()), digest=files._file_digest(path))
    files._write_seal(path.parent, path, seal)


def test_no_home_directory_means_no_cache_not_an_error(monkeypatch):
    monkeypatch.delenv("SKINAXIS_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(files.Path, "home", staticmethod(no_home))
    assert files.directory() is None


def test_temporary_files_left_by_a_killed_build_are_removed(workspace):
    folder = workspace.parent / "cache"
    folder.mkdir(mode=0o700)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        old = folder / f"{files.TEMPORARY_PREFIX}{running.pid}-old.sqlite"
        old.write_bytes(b"half a store, by a pid reused since")
        age(old, seconds=2 * files.STALE_TEMPORARY_S)
        fresh = folder / f"{files.TEMPORARY_PREFIX}{running.pid}-now.sqlite"
        fresh.write_bytes(b"another run is writing this")
        store.open_catalogue()
        assert not old.exists() and fresh.exists()
    finally:
        running.kill()
        running.wait()
    store.open_catalogue()  # its process is gone: removed at the next run, without waiting an hour
    assert not fresh.exists()


def test_invalid_catalogue_is_never_cached(workspace):
    (workspace / "broken.yaml").write_text("sites:\n  - {id: Bad Id, name: x}\n")
    with pytest.raises(CatalogueError):
        store.open_catalogue()
    assert cache_files(workspace) == []


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_corrupt_or_truncated_cache_is_ignored_and_rebuilt(workspace, damage):
    store.open_catalogue()
    (path,) = cache_files(workspace)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage is None else damage)
    assert store.open_catalogue().conditions["psoriasis"].name == "Psoriasis"
    assert files._whole_sqlite_file(path)  # rebuilt whole
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_unwritable_cache_directory_is_not_an_error(workspace, monkeypatch):
    blocker = workspace.parent / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("SKINAXIS_CACHE_DIR", str(blocker / "cache"))
    assert store.open_catalogue().conditions["psoriasis"]


def test_no_cache_setting(workspace, monkeypatch):
    monkeypatch.setenv("SKINAXIS_NO_CACHE", "1")
    store.open_catalogue()
    assert cache_files(workspace) == []
    monkeypatch.setenv("SKINAXIS_NO_CACHE", "0")
    store.open_catalogue()
    assert len(cache_files(workspace)) == 1


def test_concurrent_runs_do_not_corrupt_the_cache(workspace):
    env_script = (
        "import sys; from skinaxis import store; "
        "c = store.open_catalogue(); assert 'psoriasis' in c.conditions; print(len(c.conditions))"
    )
    processes = [subprocess.Popen([sys.executable, "-c", env_script], stdout=subprocess.PIPE) for _ in range(6)]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert set(outputs) == {b"3\n"}
    (path,) = cache_files(workspace)
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list((workspace.parent / "cache").glob(".tmp-*"))
    assert store.open_catalogue().conditions["psoriasis"]


def test_a_field_added_to_a_model_record_changes_the_store_key(monkeypatch):
    from skinaxis import model

    before = files.store_key()
    fields = model.Condition.__record_fields__
    monkeypatch.setattr(model.Condition, "__record_fields__", (*fields, ("see_also", None, list)))
    monkeypatch.setitem(model.Condition.__annotations__, "see_also", "list[str]")
    added = files.store_key()
    assert added != before
    monkeypatch.setitem(model.Condition.__annotations__, "see_also", "list[int]")
    assert files.store_key() not in (before, added)  # a changed type changes it too


def test_a_regenerated_package_data_file_changes_the_store_key(monkeypatch, tmp_path):
    # The HPO term table feeds the store's vocabulary: a regenerated table with no SCHEMA_VERSION
    # bump must not be served from a store built with the old one.
    from skinaxis.store import tables

    assert any(path.name == "hpo-terms.tsv" and path.is_file() for path in tables.PACKAGE_DATA)
    table = tmp_path / "hpo-terms.tsv"
    table.write_text("HP:0000001\tAll\n")
    monkeypatch.setattr(tables, "PACKAGE_DATA", (table,))
    before, stored_at = files.store_key(), files.store_path(tmp_path, [tmp_path])
    assert files.store_key() == before  # stable while the file is unchanged
    table.write_text("HP:0000001\tAll\nHP:0000002\tMore\n")
    os.utime(table, ns=(1, 1))
    assert files.store_key() != before
    assert files.store_path(tmp_path, [tmp_path]) != stored_at  # a new store, built afresh


def test_the_python_version_is_in_the_store_key(monkeypatch):
    before = files.store_key()
    monkeypatch.setattr(files.sys, "version_info", (3, 99, 0, "final", 0))
    assert files.store_key() != before


# Run a look-up in a fresh process whose model has one more field on Condition, shown on no page:
# it must build a store of its own, not read entries pickled without that field.
WITH_A_NEW_FIELD = """
import sys
from skinaxis import model
from skinaxis.record import field, record

Base = model.Condition
Base.__annotations__["see_also"] = "list[str]"
Base.see_also = field(default_factory=list)
model.Condition = record(Base)
from skinaxis import store
catalogue = store.open_catalogue()
assert catalogue.conditions["psoriasis"].see_also == [], "an entry from a store of the old model"
"""


def test_a_changed_model_builds_a_new_store_on_the_next_run(workspace):
    store.open_catalogue()
    assert len(cache_files(workspace)) == 1
    env = {**os.environ, "SKINAXIS_DATA": str(workspace), "SKINAXIS_CACHE_DIR": str(workspace.parent / "cache")}
    done = subprocess.run([sys.executable, "-c", WITH_A_NEW_FIELD], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert len(cache_files(workspace)) == 2


def test_the_same_package_data_elsewhere_gives_the_same_store_key(monkeypatch, tmp_path):
    # An installed copy and the source tree hold the same bytes at other paths and times: one store.
    from skinaxis.store import tables

    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    first.write_text("HP:0000001\tAll\n")
    second.write_text("HP:0000001\tAll\n")
    os.utime(second, ns=(1, 1))
    monkeypatch.setattr(tables, "PACKAGE_DATA", (first,))
    key = files.store_key()
    monkeypatch.setattr(tables, "PACKAGE_DATA", (second,))
    assert files.store_key() == key
