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


def _generated_texts(catalogue, count: int = 150) -> list[str]:
    """Seeded random descriptions in the catalogue's own names: signs (some denied), sites, an age,
    a trigger and sometimes a named condition, so that every term of the bound is exercised."""
    import random

    chance = random.Random(20261201)
    signs = [m.name for m in catalogue.manifestations.values()]
    sites = [s.name for s in catalogue.sites.values()]
    triggers = [t.name for t in catalogue.triggers.values()]
    conditions = [c.name for c in catalogue.conditions.values()]
    ages = ["I'm 80", "my 6 year old", "aged 30", "my baby", "a teenager", ""]
    texts = []
    for _ in range(count):
        parts = [f"{chance.choice(signs)} on my {chance.choice(sites)}" for _ in range(chance.randint(1, 3))]
        parts += [f"no {chance.choice(signs)}"] if chance.random() < 0.4 else []
        parts += [f"after {chance.choice(triggers)}"] if chance.random() < 0.4 else []
        parts += [f"I have {chance.choice(conditions)}"] if chance.random() < 0.2 else []
        parts.append(chance.choice(ages))
        texts.append(", ".join(p for p in parts if p))
    return texts


def test_no_condition_ever_scores_above_its_bound(shipped, monkeypatch):
    from skinaxis.store.tables import load_plain

    real_bounds, real_score, real_profiles = rank_module._upper_bounds, rank_module._score, shipped.profiles
    bounds: dict[str, float] = {}
    scores: dict[tuple[str, bool], float] = {}
    data_of: dict[str, str] = {}

    def recording_bounds(candidates, *rest):
        bounds.update(real_bounds(candidates, *rest))
        return dict.fromkeys(candidates, math.inf)  # read every profile

    def recording_score(profile, is_named, query):
        result = real_score(profile, is_named, query)
        scores[repr(profile), is_named] = result[0]
        return result

    def recording_profiles(ids):
        found = real_profiles(ids)
        data_of.update((p.condition, p.data) for p in found)
        return found

    monkeypatch.setattr(rank_module, "_upper_bounds", recording_bounds)
    monkeypatch.setattr(rank_module, "_score", recording_score)
    monkeypatch.setattr(shipped, "profiles", recording_profiles)
    checked = 0
    for text in _generated_texts(shipped):
        bounds.clear(), scores.clear(), data_of.clear()
        recognised = recognise(shipped, text)
        named = {r.id for r in recognised if r.type == "condition" and not r.negated}
        rank_module.rank(shipped, recognised)
        for condition, bound in bounds.items():
            score = scores.get((repr(load_plain(data_of[condition])), condition in named))
            if score is not None:
                assert score <= bound + 1e-9, (text, condition, score, bound)
                checked += 1
    assert checked > 1000
