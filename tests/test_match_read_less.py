"""Match reads less of a big catalogue without changing its answer: rank stops reading profiles
once no other condition can enter the top (its bounds must hold), and the text channel sums BM25
in SQL, with a Python path for descriptions longer than one query's parameters allow."""

from __future__ import annotations

import importlib
import math

import pytest

from skinaxis.match import recognise
from skinaxis.match import text as text_channel
from skinaxis.store import text_queries

# The package's name `rank` is the function; the module holds the knobs.
rank_module = importlib.import_module("skinaxis.match.rank")

# The tests' own wordings: common and rare signs together, sites, ages, a trigger, a denial.
DESCRIPTIONS = [
    "itchy purple flat bumps on my wrists",
    "itchy red scaly patches on my elbows and knees, not on my face",
    "blisters that burst easily and raw sores in my mouth",
    "my 70 year old dad has big tense itchy blisters on his thighs",
    "white patches on my hands that burn in the sun",
    "a rash on my cheeks after being in the sun, and sore joints",
    "hives every day for months, no swelling of the lips",
    "itchy skin everywhere, no rash",
    "painful lumps in my armpits that leak and scar",
    "red hot swollen painful lower leg",
]


def condition_texts(catalogue) -> list[str]:
    """One description per shipped condition in its own terms: a sign where it usually is, with
    two more of its signs (where the site bonus and common signs decide who else could lead)."""
    texts = []
    for condition in catalogue.conditions.values():
        signs = [catalogue.name("manifestations", m.id) for m in condition.manifestations[:3]]
        sited = [m for m in condition.manifestations if m.sites]
        where = f" on the {catalogue.name('sites', sited[0].sites[0])}" if sited else ""
        texts.append(f"{signs[0]}{where}, " + ", ".join(signs[1:]))
    return texts


def test_reading_profiles_best_bound_first_gives_the_ranking_of_reading_them_all(shipped, monkeypatch):
    for text in DESCRIPTIONS + condition_texts(shipped):
        _same_ranking_read_either_way(shipped, monkeypatch, text)


def _same_ranking_read_either_way(shipped, monkeypatch, text):
    monkeypatch.undo()
    recognised = recognise(shipped, text)
    asked: list[int] = []
    real_profiles = shipped.profiles

    def counting(ids):
        ids = list(ids)
        asked.append(len(ids))
        return real_profiles(ids)

    monkeypatch.setattr(shipped, "profiles", counting)
    monkeypatch.setattr(rank_module, "_BATCH", 1)  # stop as early as the bounds allow
    pruned = rank_module.rank(shipped, recognised)
    read_pruned = sum(asked)
    asked.clear()
    monkeypatch.setattr(rank_module, "_upper_bounds", lambda candidates, *rest: dict.fromkeys(candidates, math.inf))
    everything = rank_module.rank(shipped, recognised)
    assert pruned == everything, text
    assert read_pruned <= sum(asked)


def test_the_bounds_do_spare_reading_some_profiles(shipped, monkeypatch):
    asked: list[int] = []
    real_profiles = shipped.profiles
    monkeypatch.setattr(shipped, "profiles", lambda ids: asked.append(len(list(ids))) or real_profiles(ids))
    monkeypatch.setattr(rank_module, "_BATCH", 1)
    spared = 0
    for text in DESCRIPTIONS:
        asked.clear()
        recognised = recognise(shipped, text)
        rank_module.rank(shipped, recognised)
        read = sum(asked)
        asked.clear()
        monkeypatch.setattr(rank_module, "_upper_bounds", lambda candidates, *rest: dict.fromkeys(candidates, math.inf))
        rank_module.rank(shipped, recognised)
        spared += sum(asked) - read
        monkeypatch.undo()
        monkeypatch.setattr(shipped, "profiles", lambda ids: asked.append(len(list(ids))) or real_profiles(ids))
        monkeypatch.setattr(rank_module, "_BATCH", 1)
    assert spared > 0


@pytest.mark.parametrize("text", DESCRIPTIONS)
def test_the_text_channel_summed_in_python_agrees_with_sql(shipped, monkeypatch, text):
    in_sql = text_channel.rank_text(shipped, text)
    monkeypatch.setattr(text_queries, "CHUNK", 2)  # every description is "too long" for one query
    in_python = text_channel.rank_text(shipped, text)
    assert in_sql
    assert [(h.condition, h.matched) for h in in_sql] == [(h.condition, h.matched) for h in in_python]
    assert [h.score for h in in_sql] == pytest.approx([h.score for h in in_python])
