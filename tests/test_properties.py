"""Property tests (Hypothesis): any query answers; any loadable catalogue round-trips; the
loader and validator turn any bytes into problems, never exceptions."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI, load_mini
from skinaxis import loader, yamlread
from skinaxis.match import match
from skinaxis.match.lexicon import SKIN_WORDS
from skinaxis.match.text import affirmed_words
from skinaxis.page import Page
from skinaxis.render import render_plain
from skinaxis.search import search
from skinaxis.store.write import memory
from skinaxis.views import match_page, search_page

CATALOGUE = memory(load_mini()[0])
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(st.text(max_size=300))
def test_any_query_answers_and_plain_output_has_no_escape(query):
    hits = search(CATALOGUE, query)
    result = match(CATALOGUE, query)
    assert result.triage.level in {"emergency", "urgent", "routine", "self-care"}
    # Nothing recognised and no word of the skin's own ("blister", "rash"): nothing is ranked.
    skin_word = any(stem in SKIN_WORDS for _, stem in affirmed_words(query))
    if not skin_word and not any(r.type == "manifestation" and not r.negated for r in result.recognised):
        assert result.conditions == []
    for page in (search_page(query, hits), match_page(result)):
        text = render_plain(page, 60)
        assert "\x1b" not in text and "\x9b" not in text


@QUICK
@given(st.text(max_size=120), st.integers(min_value=1, max_value=500))
def test_plain_rendering_never_emits_control_characters(text, width):
    page = Page(text, text)
    page.add("Section", *[])
    out = render_plain(page, width)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)


NAMES = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\u2028\u2029\ufeff\x85"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and not yamlread._CONTROL.search(s))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5})?", fullmatch=True), NAMES, st.lists(NAMES, max_size=3)
        ),
        min_size=1,
        max_size=5,
        unique_by=lambda t: t[0],
    )
)
def test_any_loadable_clinic_catalogue_round_trips_through_json(tmp_path_factory, entries):
    directory = tmp_path_factory.mktemp("clinic")
    sites = [{"id": f"c-{i}", "name": name, "synonyms": synonyms} for i, name, synonyms in entries]
    (directory / "sites.yaml").write_text(yaml.safe_dump({"sites": sites}, allow_unicode=True), encoding="utf-8")
    catalogue, problems = load_mini(directory)
    if [p for p in problems if not p.is_warning]:
        return  # not loadable: the property is about catalogues that load
    from skinaxis.views import list_json

    listed = json.loads(json.dumps(list_json("sites", list(catalogue.sites.values()))))
    by_id = {item["id"]: item for item in listed}
    for site in sites:
        assert by_id[site["id"]]["name"] == site["name"]
        assert by_id[site["id"]]["origin"] == "clinic"


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=400))
def test_reader_turns_any_bytes_into_data_or_a_problem(data):
    try:
        yamlread.read(data, "fuzz.yaml")
    except yamlread.ReadError as exc:
        assert exc.problem.code.startswith("SKX")


SEED_LINES = (MINI / "conditions.yaml").read_text(encoding="utf-8").splitlines()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(SEED_LINES) - 1),
            st.sampled_from(["drop", "dup", "indent", "dedent", "tab", "colon", "quote", "junk"]),
        ),
        max_size=6,
    ),
    st.text(max_size=8),
)
def test_validator_turns_mutated_catalogues_into_problems(tmp_path_factory, mutations, junk):
    lines = list(SEED_LINES)
    for index, how in mutations:
        index %= len(lines)
        line = lines[index]
        lines[index] = {
            "drop": "",
            "dup": line + "\n" + line,
            "indent": "  " + line,
            "dedent": line.lstrip(),
            "tab": "\t" + line,
            "colon": line.replace(":", "", 1),
            "quote": line.replace('"', "", 1) + '"',
            "junk": line + junk,
        }[how]
    directory = tmp_path_factory.mktemp("mutant")
    (directory / "conditions.yaml").write_text("\n".join(lines).replace("- id: ", "- id: m-"), encoding="utf-8")
    _, problems = load_mini(directory)  # never raises
    for problem in problems:
        assert problem.code.startswith("SKX") and problem.file


def test_loader_check_never_raises_on_the_problem_fixtures():
    for directory in sorted((Path(__file__).parent / "fixtures" / "problems").iterdir()):
        loader.assemble([loader.read_layer(MINI, True), loader.read_layer(directory, False)])
