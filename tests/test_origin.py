"""A clinic layer never hides where an entry comes from (issue 16): search, match and compare mark
a clinic entry and a clinic override on the page and say so in their JSON; shipped entries say
"shipped"."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, load_mini
from skinaxis import model
from skinaxis.store.tables import CHUNK
from skinaxis.store.write import memory

CLINIC = FIXTURES / "origin"
NEW = "[clinic entry]"
OVERRIDE = "[clinic override of a shipped entry]"
WRISTS = "itchy bumps on my wrists"
BLISTERS = "itchy firm blisters on my arms, I am 80"


def flat(text: str) -> str:
    """A plain page with its line wrapping undone, so a badge split over two lines is found."""
    return " ".join(text.split())


@pytest.fixture
def layered(cli):
    def run(*args: str):
        done = cli("--catalogue", str(CLINIC), *args)
        assert done.code == 0, done.err
        return done

    return run


@pytest.fixture(scope="module")
def store():
    catalogue, problems = load_mini(CLINIC)
    assert not problems, problems
    return memory(catalogue)


# ---------------------------------------------------------------- the store


def test_the_store_answers_which_ids_are_not_shipped(store):
    asked = ["clinic-wrist-rash", "bullous-pemphigoid", "psoriasis", "no-such-condition"]
    assert store.origins("conditions", asked) == {
        "clinic-wrist-rash": model.CLINIC,
        "bullous-pemphigoid": model.OVERRIDE,
    }
    assert store.origins("manifestations", ["wrist-bumps", "pruritus"]) == {"wrist-bumps": model.CLINIC}
    # By section: a condition id asked about as a sign is not that sign.
    assert store.origins("manifestations", ["clinic-wrist-rash"]) == {}
    assert store.origins("conditions", []) == {}


def test_the_origin_question_is_one_query_per_chunk_of_ids_asked(store):
    queries: list[str] = []
    store.db.set_trace_callback(queries.append)
    try:
        store.origins("conditions", ["clinic-wrist-rash", "psoriasis"])
        assert len(queries) == 1 and "FROM entry" in queries[0]
        queries.clear()
        many = [f"made-up-{n}" for n in range(CHUNK + 1)] + ["clinic-wrist-rash"]
        assert store.origins("conditions", many) == {"clinic-wrist-rash": model.CLINIC}
        assert len(queries) == 2
    finally:
        store.db.set_trace_callback(None)


def test_a_shipped_only_store_has_nothing_to_mark(mini):
    assert mini.origins("conditions", list(mini.conditions)) == {}


# ---------------------------------------------------------------- search


def test_search_json_gives_every_result_its_origin_found_directly_or_through_a_sign(layered):
    results = layered("search", "wrist bumps", "--json").json()["results"]
    origins = {(r["id"], r["via"] is not None): r["origin"] for r in results}
    assert origins[("wrist-bumps", False)] == "clinic"  # the clinic's own sign, found by its synonym
    assert origins[("clinic-wrist-rash", True)] == "clinic"  # its condition, found through that sign
    through_itch = layered("search", "itching", "--json").json()["results"]
    by_id = {r["id"]: r for r in through_itch}
    assert by_id["bullous-pemphigoid"]["origin"] == "override" and by_id["bullous-pemphigoid"]["via"]
    assert by_id["clinic-wrist-rash"]["origin"] == "clinic"
    assert by_id["psoriasis"]["origin"] == by_id["pruritus"]["origin"] == "shipped"


def test_search_page_shows_the_badge_beside_the_name(layered):
    page = flat(layered("search", "itching", "--format", "plain").out)
    assert f"Clinic wrist rash {NEW}" in page
    assert f"Bullous pemphigoid {OVERRIDE}" in page
    assert f"Psoriasis {NEW}" not in page and f"Psoriasis {OVERRIDE}" not in page
    for fmt in ("markdown", "rich"):  # Markdown escapes the brackets; Rich must not read them as markup
        direct = flat(layered("search", "pemphigoid", "--format", fmt).out)
        assert OVERRIDE.strip("[]") in direct.replace("\\", ""), fmt


# ---------------------------------------------------------------- match


def test_match_json_gives_each_ranked_condition_its_origin(layered):
    data = layered("match", WRISTS, "--json").json()
    origins = {c["id"]: c["origin"] for c in data["conditions"]}
    assert origins["clinic-wrist-rash"] == "clinic"
    assert origins["bullous-pemphigoid"] == "override"
    assert origins["psoriasis"] == "shipped"


@pytest.mark.parametrize(
    ("description", "best", "badge"),
    [(WRISTS, "Clinic wrist rash", NEW), (BLISTERS, "Bullous pemphigoid", OVERRIDE)],
    ids=["clinic", "override"],
)
def test_match_marks_a_clinic_best_fit_in_the_ranking_and_the_triage(layered, description, best, badge):
    data = layered("match", description, "--json").json()
    leader = data["conditions"][0]
    assert leader["name"] == best
    best_fit = [r["text"] for r in data["triage"]["reasons"] if r["id"] == leader["id"]]
    assert best_fit and f"{best} {badge}" in best_fit[0]
    page = flat(layered("match", description, "--format", "plain").out)
    triage, ranking = page.split("WHAT WAS RECOGNISED")
    assert f"best fit: {best} {badge}" in triage
    assert f"Condition: {best} {badge}" in ranking


def test_match_marks_a_clinic_sign_where_it_is_read_and_where_it_supports(layered):
    page = flat(layered("match", WRISTS, "--format", "plain").out)
    recognised, ranking = page.split("CONDITIONS THAT FIT")
    assert f"Bumps on the wrists (wrist papules) {NEW}: from your words" in recognised
    assert f"Condition: Bullous pemphigoid {OVERRIDE}" in ranking
    assert f"Bumps on the wrists (wrist papules) {NEW} (hallmark" in ranking
    assert f"Itch (pruritus) {NEW}" not in page  # a shipped sign has no badge


# ---------------------------------------------------------------- compare


def test_compare_json_and_page_carry_each_condition_s_origin(layered):
    data = layered("compare", "clinic-wrist-rash", "bullous-pemphigoid", "psoriasis", "--json").json()
    assert [c["origin"] for c in data["conditions"]] == ["clinic", "override", "shipped"]
    page = flat(layered("compare", "clinic-wrist-rash", "bullous-pemphigoid", "--format", "plain").out)
    assert NEW in page and OVERRIDE in page


# ---------------------------------------------------------------- without a clinic layer


@pytest.mark.parametrize("shipped", [False, True], ids=["mini", "shipped"])
def test_without_a_clinic_layer_everything_is_shipped_and_unmarked(cli, shipped):
    def run(*args: str):
        done = cli(*args, shipped=shipped)
        assert done.code == 0, done.err
        return done

    for query in ("itching", "blisters", "stress"):
        results = run("search", query, "--json").json()["results"]
        assert results and {r["origin"] for r in results} == {"shipped"}
        page = flat(run("search", query, "--format", "plain").out)
        assert NEW not in page and OVERRIDE not in page
    for description in (BLISTERS, "itchy scaly patches on my elbows and scalp"):
        conditions = run("match", description, "--json").json()["conditions"]
        assert conditions and {c["origin"] for c in conditions} == {"shipped"}
        page = flat(run("match", description, "--format", "plain").out)
        assert NEW not in page and OVERRIDE not in page
    compared = run("compare", "psoriasis", "bullous-pemphigoid", "--json").json()
    assert [c["origin"] for c in compared["conditions"]] == ["shipped", "shipped"]
