"""One vocabulary: the schema checks, and the command line offers, exactly the values vocab.py lists."""

from __future__ import annotations

from skinaxis import schema, vocab


def test_the_schema_checks_values_against_the_vocabulary():
    conditions = schema.SECTIONS["conditions"]
    assert conditions["manifestations"].fields["frequency"].choices is vocab.FREQUENCIES
    assert conditions["treatments"].fields["line"].choices is vocab.LINES
    assert conditions["treatments"].fields["evidence"].choices is vocab.EVIDENCE
    assert conditions["triggers"].fields["strength"].choices is vocab.STRENGTHS
    assert conditions["red_flags"].fields["urgency"].choices is vocab.URGENCIES
    assert conditions["ages"].choices is vocab.AGE_GROUPS
    assert schema.SECTIONS["therapies"]["kind"].choices is vocab.THERAPY_KINDS
    assert schema.SECTIONS["therapies"]["approvals"].fields["region"].choices is vocab.REGIONS


def test_every_value_has_its_rank_weight_and_label():
    assert set(vocab.URGENCY_ADVICE) == set(vocab.URGENCIES)
    assert set(vocab.TRIAGE_ADVICE) == {*vocab.URGENCIES, "self-care"}
    assert set(vocab.EVIDENCE_STYLE) == set(vocab.EVIDENCE)
    assert set(vocab.LISTED_TITLES) == set(vocab.LISTED_SECTIONS) <= set(vocab.SECTION_KIND)
    assert [e.value for e in vocab.Evidence] == list(vocab.EVIDENCE)
    assert [k.value for k in vocab.TherapyKind] == list(vocab.THERAPY_KINDS)
    for kind, parents in vocab.THERAPY_PARENT_KINDS.items():
        assert set(parents) <= set(vocab.THERAPY_KINDS) - {kind}


def test_list_filters_take_the_vocabulary_in_any_case(cli):
    run = cli("list", "therapies", "--kind", "Agent", "--evidence", "HIGH", "--json")
    assert run.code == 0, run.err
    assert [t["id"] for t in run.json()] == ["secukinumab"]
    assert cli("list", "therapies", "--evidence", "Very Low", "--json").code == 0
    refused = cli("list", "therapies", "--kind", "drug")
    assert refused.code == 2 and "category" in refused.err
