"""Hostile cache and command line, second part (test_hostile.py is near its size limit)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from test_hostile import POSIX, place, reseal, run, the_store  # noqa: F401 (place is a fixture)

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
