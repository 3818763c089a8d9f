"""The loader, model and indexes over the tiny fixture catalogue."""

from pathlib import Path

import pytest

from conftest import MINI, load_mini
from skinaxis import loader, store
from skinaxis.model import CLINIC, OVERRIDE, Condition
from skinaxis.store.write import memory


def test_fixture_loads_with_every_kind(mini):
    assert mini.counts() == {
        "conditions": 3,
        "therapies": 5,
        "manifestations": 8,
        "sites": 7,
        "triggers": 2,
        "assessments": 2,
        "red_flags": 1,
    }
    assert mini.axis is not None and [m.id for m in mini.axis.mechanisms] == ["dysbiosis", "systemic-inflammation"]


def test_links_keep_their_qualifiers(mini):
    psoriasis = mini.conditions["psoriasis"]
    assert isinstance(psoriasis, Condition)
    plaques = psoriasis.manifestations[0]
    assert (plaques.id, plaques.frequency, plaques.sites) == ("scaly-plaques", "hallmark", ["elbows", "scalp"])
    micro = next(t for t in psoriasis.treatments if t.therapy == "microneedling")
    assert (micro.line, micro.evidence) == ("adjunct", "very low")
    assert psoriasis.gut is not None and psoriasis.gut.evidence == "low"
    assert psoriasis.source == "data/conditions.yaml:3"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("psoriasis", "psoriasis"),
        ("PSORIASIS VULGARIS", "psoriasis"),
        ("Pemphigus-Vulgaris", "pemphigus-vulgaris"),
        ("pemphigoid", "bullous-pemphigoid"),
        ("  bullous   pemphigoid ", "bullous-pemphigoid"),
    ],
)
def test_find_ignores_case_accents_and_punctuation(mini, name, expected):
    assert mini.find("conditions", name).id == expected


def test_find_never_silently_picks_a_near_miss(mini):
    assert mini.find("conditions", "psoriasys") is None
    assert mini.suggest("conditions", "psoriasys") == ["psoriasis"]  # ids, best first
    assert mini.suggest("conditions", "zzzz") == []


def test_therapy_hierarchy(mini):
    assert mini.find("therapies", "cosentyx").id == "secukinumab"
    assert mini.ancestors("therapies", "secukinumab") == ["il17-inhibitors", "biologics"]
    assert mini.descendants("therapies", "biologics") == ["il17-inhibitors", "secukinumab"]


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


CLINIC_CONDITION = """conditions:
  - id: {id}
    name: {name}
    group: other
    codes: {{icd10: L98.8}}
    summary: A clinic's own entry.
    mechanism: Unknown.
    epidemiology: Anyone.
    ages: [adult]
    manifestations: [{{id: pruritus, frequency: common}}]
    treatments: [{{therapy: topical-corticosteroids, line: first, evidence: low}}]
    red_flags: [{{text: Spreading fast, urgency: urgent}}]
    distinguishing: [Only in this clinic]
    references: [{{title: Clinic notes, url: "https://example.org/notes"}}]
    reviewed: "2026-11-01"
{extra}"""


def test_clinic_layer_adds_and_marks_entries(tmp_path):
    write(tmp_path, "extra.yaml", CLINIC_CONDITION.format(id="clinic-rash", name="Clinic rash", extra=""))
    catalogue, problems = load_mini(tmp_path)
    assert problems == []
    assert catalogue.conditions["clinic-rash"].origin == CLINIC
    assert memory(catalogue).find("conditions", "clinic rash").id == "clinic-rash"


def test_clinic_reusing_a_shipped_id_needs_override(tmp_path):
    write(tmp_path, "extra.yaml", CLINIC_CONDITION.format(id="psoriasis", name="Psoriasis (clinic)", extra=""))
    _, problems = load_mini(tmp_path)
    assert [p.code for p in problems] == ["SKX016"]
    assert problems[0].line == 2 and str(tmp_path) in problems[0].file


def test_clinic_override_replaces_and_is_marked(tmp_path):
    write(
        tmp_path,
        "extra.yaml",
        CLINIC_CONDITION.format(id="psoriasis", name="Psoriasis (clinic)", extra="    override: true\n"),
    )
    catalogue, problems = load_mini(tmp_path)
    # replaced, with a warning for what the clinic's version leaves out of the shipped one
    assert [(p.code, p.is_warning) for p in problems] == [("SKX026", True), ("SKX026", True)]
    assert catalogue.conditions["psoriasis"].origin == OVERRIDE
    assert catalogue.conditions["psoriasis"].name == "Psoriasis (clinic)"


def test_broken_link_names_file_line_and_column(tmp_path):
    text = CLINIC_CONDITION.format(id="clinic-rash", name="Clinic rash", extra="").replace(
        "therapy: topical-corticosteroids", "therapy: unicorn-cream"
    )
    write(tmp_path, "extra.yaml", text)
    _, problems = load_mini(tmp_path)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.code, problem.line) == ("SKX007", 11)
    assert "unicorn-cream" in problem.message and "treatments" in problem.message


def test_missing_clinic_directory_is_a_catalogue_error(tmp_path):
    with pytest.raises(Exception) as info:
        store.open_catalogue(tmp_path / "nope")
    assert "SKX020" in str(info.value)


def test_stale_reviews_are_warnings(mini):
    import datetime

    stale = loader.stale_reviews(mini, 365, today=datetime.date(2026, 11, 21))
    assert [(p.code, p.is_warning) for p in stale] == [("SKX017", True)]
    assert "bullous-pemphigoid" in stale[0].message


def test_fixture_directory_is_what_tests_use():
    assert (MINI / "conditions.yaml").is_file()


def test_unknown_link_suggests_the_close_id(tmp_path):
    write(
        tmp_path,
        "extra.yaml",
        CLINIC_CONDITION.format(id="clinic-rash", name="Clinic rash", extra="").replace(
            "{id: pruritus, frequency: common}", "{id: pruritis, frequency: common}"
        ),
    )
    _, problems = load_mini(tmp_path)
    assert [p.code for p in problems] == ["SKX007"]
    assert "did you mean 'pruritus'?" in problems[0].message


def test_a_tab_in_indentation_is_named(tmp_path):
    write(tmp_path, "tabs.yaml", "sites:\n\t- id: navel\n")
    _, problems = load_mini(tmp_path)
    assert [p.code for p in problems] == ["SKX001"]
    assert "tab" in problems[0].message and problems[0].line == 2


def test_a_name_in_another_script_finds_its_entry_and_nothing_else(tmp_path):
    # Before keys kept every script, "зуд" folded to the empty key, which any name made only
    # of punctuation also folds to: "!!!" then showed the clinic's entry.
    (tmp_path / "signs.yaml").write_text(
        "manifestations:\n  - {id: clinic-itch, name: Clinic itch, synonyms: [зуд], description: An itch.}\n",
        encoding="utf-8",
    )
    catalogue, problems = load_mini(tmp_path)
    assert not [p for p in problems if not p.is_warning], problems
    stored = memory(catalogue)
    assert stored.find("manifestations", "Зуд").id == "clinic-itch"
    assert stored.find("manifestations", "!!!") is None
    assert stored.find("manifestations", "") is None
