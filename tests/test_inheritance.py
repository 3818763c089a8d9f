"""Agents inherit their class's condition links; class risks apply only where they are meant to."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, load_mini
from skinaxis import inheritance
from skinaxis.store.write import memory


@pytest.fixture(scope="module")
def layered():
    catalogue, problems = load_mini(FIXTURES / "inherit")
    assert not [p for p in problems if not p.is_warning], problems
    return memory(catalogue)


def by_condition(catalogue, therapy_id):
    rows, total = inheritance.condition_links(catalogue, therapy_id)
    assert total == len(rows)
    return {row.condition.id: row for row in rows}


def test_an_agent_inherits_the_class_links_it_has_none_of_its_own_for(layered):
    rows = by_condition(layered, "secukinumab")
    assert rows["clinic-hidradenitis"].inherited_id == "il17-inhibitors"
    assert rows["clinic-hidradenitis"].link.line == "second"
    assert rows["psoriasis"].inherited == "" and rows["psoriasis"].link.line == "third"


def test_an_agent_s_own_link_wins_over_its_class_s(layered):
    row = by_condition(layered, "ixekizumab")["clinic-hidradenitis"]
    assert row.inherited == "" and row.link.line == "not recommended"


def test_category_links_are_not_inherited_and_a_class_keeps_its_members_links(layered):
    # Biologics (a category) is above the class: nothing of its own is pushed down, and the class
    # page still shows the link that names one of its agents, with the agent named.
    rows = by_condition(layered, "il17-inhibitors")
    assert rows["psoriasis"].via_id == "secukinumab"
    assert inheritance.inheriting_classes(layered, "secukinumab") == ["il17-inhibitors"]


def test_links_are_sorted_by_condition_then_line_and_cut_to_the_limit(layered):
    rows, total = inheritance.condition_links(layered, "il17-inhibitors", limit=1)
    assert len(rows) == 1 and total >= 3
    everything, _ = inheritance.condition_links(layered, "il17-inhibitors")
    names = [r.condition.name.casefold() for r in everything]
    assert names == sorted(names)


def test_a_condition_linking_a_class_reaches_its_agents_and_an_agent_link_wins(layered):
    condition = layered.conditions["clinic-hidradenitis"]
    reached = inheritance.condition_therapies(layered, condition.treatments)
    assert reached["secukinumab"].therapy == "il17-inhibitors"
    assert reached["ixekizumab"].line == "not recommended"


def test_member_risks_reach_only_the_members_they_name(layered):
    ixe = inheritance.ancestor_risks(layered, "ixekizumab")
    secu = inheritance.ancestor_risks(layered, "secukinumab")
    assert ixe[0].source_id == "il17-inhibitors" and ixe[0].named == ["Only ixekizumab's risk"]
    assert secu[0].named == [] and secu[0].shared == ["Candida infections"]
    assert [g.source_id for g in secu] == ["il17-inhibitors", "biologics"]
