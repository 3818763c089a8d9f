"""One failing fixture per problem code (tests/fixtures/problems/SKXnnn/), layered over the mini catalogue."""

from pathlib import Path

import pytest

from conftest import FIXTURES, load_mini
from skinaxis import yamlread
from skinaxis.problems import CODES

PROBLEMS = FIXTURES / "problems"
# Codes whose fixture cannot be a small file in git, or that need no file: tested below instead.
SPECIAL = {"SKX017", "SKX020", "SKX021", "SKX024"}


def test_every_code_has_a_fixture_or_a_special_test():
    fixtures = {p.name for p in PROBLEMS.iterdir() if p.is_dir()}
    assert fixtures | SPECIAL == set(CODES), "add tests/fixtures/problems/<CODE>/ for a new code"


# How many times each fixture reports its code, when more than once. A fixture reports its own
# code and nothing else ("only this code, this many times", as tldr-lint's specs say): an extra
# code is a cascade a person would find misleading, so it is fixed, not tolerated.
COUNTS: dict[str, int] = {}


@pytest.mark.parametrize("code", sorted(p.name for p in PROBLEMS.iterdir() if p.is_dir()))
def test_fixture_raises_exactly_its_code_with_a_position(code):
    _, problems = load_mini(PROBLEMS / code)
    assert [p.code for p in problems] == [code] * COUNTS.get(code, 1), f"{code} fixture produced {problems}"
    for problem in problems:
        assert problem.file.endswith(".yaml")
        assert problem.line >= 1 and problem.column >= 1
        assert str(problem).startswith(f"{problem.file}:{problem.line}:{problem.column}: {code}")


def test_a_bad_value_in_a_required_field_is_not_also_reported_missing(tmp_path):
    # The checker's cascade guard: a required field whose value was refused is reported once.
    (tmp_path / "c.yaml").write_text(
        (PROBLEMS / "SKX012" / "bad-choice.yaml").read_text().replace("group: other", "group: nonsense")
    )
    _, problems = load_mini(tmp_path)
    assert sorted(p.code for p in problems) == ["SKX012", "SKX012"], problems


def test_too_large_file_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlread, "MAX_BYTES", 1000)
    (tmp_path / "big.yaml").write_text("sites:\n" + "  - {id: a, name: b}\n" * 100)
    _, problems = load_mini(tmp_path)
    assert [p.code for p in problems if p.file.endswith("big.yaml")] == ["SKX021"]


def test_missing_directory_is_skx020(tmp_path):
    _, problems = load_mini(tmp_path / "absent")
    assert [p.code for p in problems] == ["SKX020"]


def test_implicit_typing_message_says_how_to_fix():
    _, problems = load_mini(PROBLEMS / "SKX005")
    message = next(p.message for p in problems if p.code == "SKX005")
    assert "would be read as a date" in message and 'quote it ("2026-11-01")' in message


def test_unknown_field_suggests_the_right_one():
    _, problems = load_mini(PROBLEMS / "SKX003")
    assert "did you mean 'summary'?" in next(p.message for p in problems if p.code == "SKX003")


def test_problems_are_data_not_code(tmp_path):
    # A python tag must never run: the marker file would appear if it did.
    marker = tmp_path / "ran"
    (tmp_path / "evil.yaml").write_text(f"sites: !!python/object/apply:os.system ['touch {marker}']\n")
    _, problems = load_mini(tmp_path)
    assert [p.code for p in problems] == ["SKX013"]
    assert not marker.exists()


def test_codes_are_documented():
    doc = (Path(__file__).parents[1] / "CONTRIBUTING.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if code not in doc]
    assert not missing, f"document {missing} in CONTRIBUTING.md"


# The checker's problems for one file with a mistake of every kind, in the order they are found:
# each message names the field and says what was expected, at the value's position.
EVERYTHING_WRONG = [
    "everything-wrong.yaml:5:11: SKX004 error: conditions[clinic-a].name: expected text, found a list",
    (
        "everything-wrong.yaml:7:34: SKX018 error: conditions[clinic-a].codes.icd11: 'bad code' is not a"
        " well-formed icd11 value"
    ),
    "everything-wrong.yaml:11:11: SKX004 error: conditions[clinic-a].ages: expected a list",
    "everything-wrong.yaml:12:63: SKX004 error: conditions[clinic-a].manifestations[0].sites: expected a list",
    "everything-wrong.yaml:12:72: SKX004 error: conditions[clinic-a].manifestations[1]: expected a mapping of fields",
    (
        "everything-wrong.yaml:14:49: SKX012 error: conditions[clinic-a].red_flags[0].urgency: 'soon' is not"
        " one of: emergency, urgent, routine"
    ),
    (
        "everything-wrong.yaml:16:38: SKX018 error: conditions[clinic-a].references[0].url:"
        " 'ftp://example.org/notes' is not a well-formed url value"
    ),
    (
        "everything-wrong.yaml:17:15: SKX018 error: conditions[clinic-a].reviewed: '2026-13-01' is not a"
        " date written YYYY-MM-DD"
    ),
    "everything-wrong.yaml:18:5: SKX003 error: conditions[clinic-a]: unknown field 'sumary'; did you mean 'summary'?",
    "everything-wrong.yaml:19:15: SKX004 error: conditions[clinic-a].override: expected true or false",
    "everything-wrong.yaml:4:5: SKX011 error: conditions[clinic-a]: required field 'summary' is missing or empty",
    "everything-wrong.yaml:4:5: SKX011 error: conditions[clinic-a]: required field 'red_flags' is missing or empty",
    "everything-wrong.yaml:4:5: SKX011 error: conditions[clinic-a]: required field 'references' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'id' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'group' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'codes' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'summary' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'mechanism' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'epidemiology' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'ages' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'manifestations' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'treatments' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'red_flags' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'distinguishing' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'references' is missing or empty",
    "everything-wrong.yaml:20:5: SKX011 error: conditions[1]: required field 'reviewed' is missing or empty",
    "everything-wrong.yaml:22:52: SKX004 error: sites[clinic-site].synonyms: expected a list",
    "everything-wrong.yaml:23:5: SKX004 error: sites[1]: expected a mapping of fields",
    "everything-wrong.yaml:24:12: SKX004 error: therapies: expected a list of entries",
]


def test_the_checker_reports_every_mistake_with_its_code_position_and_message():
    _, problems = load_mini(FIXTURES / "checker")
    assert [str(p).replace(str(FIXTURES / "checker") + "/", "") for p in problems] == EVERYTHING_WRONG
