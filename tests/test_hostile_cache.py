"""Hostile cache and command line, second part (test_hostile.py is near its size limit)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from test_hostile import POSIX, SRC, reseal, run, the_store
from test_hostile import place as place  # a fixture: re-exported, found by its own name

# F6: damage SQLite does not see, found while decoding, discards the store like a database error.


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM backlink WHERE kind='therapy'",  # a posting names rows that are gone
        "UPDATE posting SET rows='[[1,2]]' WHERE kind='therapy'",  # rows of the wrong shape
        "UPDATE posting SET rows='[\"x\"]' WHERE kind='therapy'",
    ],
    ids=["missing-rows", "short-rows", "not-rows"],
)
def test_inconsistent_rows_in_a_sealed_store_are_rebuilt_not_an_internal_error(place, damage):
    first = run(place, "therapy", "secukinumab", "--format", "plain")
    assert first.returncode == 0
    store = the_store(place)
    db = sqlite3.connect(store)
    db.execute(damage)
    db.commit()
    db.close()
    reseal(store)  # as a bit flip after sealing would look: the seal trusts the stat
    for _ in range(2):
        again = run(place, "therapy", "secukinumab", "--format", "plain")
        assert (again.returncode, again.stderr, again.stdout) == (0, "", first.stdout)


# F12: a planted store is not hashed whole; F11/F12: a seal key others can read, or of the wrong
# length, is replaced with a warning (it sealed nothing, and made every run a cold build).


def test_a_huge_planted_store_is_never_hashed(place, monkeypatch):
    from skinaxis import store
    from skinaxis.store import files

    assert run(place, "condition", "psoriasis").returncode == 0
    path = the_store(place)
    header = bytearray(path.read_bytes()[:100])
    page_size = int.from_bytes(header[16:18], "big")
    size = 8 * 2**30
    header[28:32] = (size // page_size).to_bytes(4, "big")  # a consistent header: a whole file to SQLite
    path.unlink()
    with open(path, "wb") as planted:
        planted.write(header)
        planted.truncate(size)
    hashed: list[int] = []
    real = files._file_digest
    monkeypatch.setattr(files, "_file_digest", lambda p: hashed.append(p.stat().st_size) or real(p))
    monkeypatch.setenv("SKINAXIS_CACHE_DIR", str(place["cache"]))
    monkeypatch.setenv("SKINAXIS_DATA", str(place["base"]))
    monkeypatch.setattr(files, "opened", [])
    served = store.open_catalogue()
    assert served.conditions["psoriasis"].name == "Psoriasis"
    assert hashed and max(hashed) < 2**30, hashed  # only the fresh build's own store was hashed
    assert path.stat().st_size < 2**30


@POSIX
@pytest.mark.parametrize(
    ("key", "mode", "why"),
    [(None, 0o644, "readable by others"), (b"abc", 0o600, "not a seal key"), (b"a" * 65, 0o600, "not a seal key")],
    ids=["readable", "short", "long"],
)
def test_a_seal_key_others_can_read_or_of_the_wrong_length_is_replaced_with_a_warning(place, key, mode, why):
    first = run(place, "condition", "psoriasis")
    key_path = place["cache"] / "seal.key"
    old = key_path.read_bytes()
    if key is not None:
        key_path.write_bytes(key)
    key_path.chmod(mode)
    replaced = run(place, "condition", "psoriasis")
    assert (replaced.returncode, replaced.stdout) == (0, first.stdout)
    assert replaced.stderr == f"skinaxis: warning: {key_path} was {why}; it is replaced by a new private key\n"
    assert key_path.stat().st_mode & 0o777 == 0o600 and len(key_path.read_bytes()) == 64
    assert key_path.read_bytes() != old
    quiet = run(place, "condition", "psoriasis")
    assert (quiet.returncode, quiet.stderr, quiet.stdout) == (0, "", first.stdout)


# F9, F14: odd input from the command line is a usage error of one line.


@POSIX
def test_match_dash_with_stdin_closed_is_a_usage_error(place):
    environment = {**os.environ, "PYTHONPATH": SRC, "SKINAXIS_DATA": str(place["base"])}
    environment["SKINAXIS_CACHE_DIR"] = str(place["cache"])
    command = 'exec "$0" -m skinaxis match - 0<&-'
    done = subprocess.run(["sh", "-c", command, sys.executable], env=environment, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "skinaxis: '-' reads a description of the skin problem from stdin, but stdin is not open\n"


def test_an_empty_catalogue_option_is_a_usage_error(cli):
    for value in ("", "  "):
        done = cli("--catalogue", value, "condition", "psoriasis")
        assert done.code == 2 and done.out == "" and "must not be empty" in done.err


def test_validate_names_an_overridden_therapy_in_english(cli, tmp_path):
    from test_hostile_layers import clinic_file, shipped_entry

    clinic = clinic_file(tmp_path, shipped_entry("therapies", "secukinumab"))
    done = cli("--catalogue", str(clinic), "validate")
    assert done.code == 0 and "override therapy 'secukinumab'" in done.out and "therapie " not in done.out


# F10: a signal at the very start of run() or just after the page is written says so.


def signalled_run(place, script: str) -> tuple[int, str, str]:
    environment = {**os.environ, "PYTHONPATH": SRC, "SKINAXIS_DATA": str(place["base"])}
    environment.update(SKINAXIS_CACHE_DIR=str(place["cache"]), SKINAXIS_CATALOGUE="")
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr, done.stdout


@POSIX
def test_a_signal_as_run_begins_exits_143_with_its_line(place):
    # The first thing run() did was set up the output streams, before its handlers existed.
    script = (
        "import io, os, signal, sys\n"
        "class Out(io.TextIOWrapper):\n"
        "    def reconfigure(self, **kw):\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "        super().reconfigure(**kw)\n"
        "sys.stdout = Out(sys.stdout.detach(), encoding='utf-8')\n"
        "sys.argv = ['skinaxis', 'list']\n"
        "from skinaxis import cli\n"
        "cli.main()\n"
    )
    assert signalled_run(place, script) == (143, "skinaxis: terminated\n", "")


@POSIX
def test_a_signal_after_the_page_is_written_exits_130_with_its_line(place):
    script = (
        "import os, signal, sys\n"
        "sys.argv = ['skinaxis', 'list', 'sites']\n"
        "from skinaxis import cli\n"
        "real = cli.run\n"
        "def run():\n"
        "    try:\n"
        "        real()\n"
        "    finally:\n"  # the page is written and flushed: what is left is leaving
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "cli.run = run\n"
        "cli.main()\n"
    )
    code, err, out = signalled_run(place, script)
    assert (code, err) == (130, "skinaxis: interrupted\n") and "Elbows" in out


@pytest.mark.parametrize("rows", ['[["x"]]', '["x"]', "[1]"], ids=["short", "text", "number"])
def test_a_damaged_posting_that_match_reads_is_rebuilt_not_an_internal_error(place, rows):
    words = ("match", "itchy scaly plaques on my elbows", "--format", "plain")
    first = run(place, *words)
    assert first.returncode == 0
    store = the_store(place)
    db = sqlite3.connect(store)
    db.execute("UPDATE posting SET rows=? WHERE kind='manifestation'", (rows,))
    db.commit()
    db.close()
    reseal(store)
    again = run(place, *words)
    assert (again.returncode, again.stderr, again.stdout) == (0, "", first.stdout)
