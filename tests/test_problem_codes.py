"""One failing fixture per problem code (tests/fixtures/problems/SKXnnn/), layered over the mini catalogue."""

from pathlib import Path

import pytest

from conftest import FIXTURES, load_mini
from skinaxis import yamlread
from skinaxis.problems import CODES

PROBLEMS = FIXTURES / "problems"
# Codes whose fixture cannot be a small file in git, or that need no file: tested below instead.
SPECIAL = {"SKX017", "SKX020", "SKX021"}


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
