"""The command line over the fixture catalogue: pages, formats, JSON, exit codes."""

import pytest

from conftest import MINI
from skinaxis.page import CAVEAT

CAVEAT_START = CAVEAT.split(":")[0]  # "Educational information only"
COMMANDS = [
    ("condition", "psoriasis"),
    ("therapy", "biologics"),
    ("search", "itching"),
    ("match", "firm itchy blisters on my arms"),
    ("manifestation", "itchy"),
    ("trigger", "stress"),
    ("compare", "pemphigus-vulgaris", "bullous-pemphigoid"),
    ("axis",),
    ("list", "conditions"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("fmt", ["rich", "plain", "markdown"])
def test_every_view_carries_the_caveat_in_every_format(cli, args, fmt):
    run = cli(*args, "--format", fmt)
    assert run.code == 0, run.err
    assert CAVEAT_START in " ".join(run.out.split())
    assert "\x1b" not in run.out  # NO_COLOR and no terminal: no escape codes


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_view_has_json_with_caveats(cli, args):
    data = cli(*args, "--json").json()
    if isinstance(data, dict):
        assert any(CAVEAT_START in c for c in data["caveats"])


def test_condition_page_shows_red_flags_treatments_and_references(cli):
    out = cli("condition", "psoriasis", "--format", "plain").out
    assert out.index("IN SHORT") < out.index("WHEN TO GET HELP") < out.index("HOW IT SHOWS")  # a patient's part first
    assert out.index("WHAT HELPS") < out.index("FOR CLINICIANS") < out.index("IMMUNE MECHANISM")
    assert out.index("FOR CLINICIANS") < out.index("CODES") < out.index("REFERENCES")
    assert out.count("EMERGENCY: call your local emergency number") == 1  # said once for its group
    flat = " ".join(out.split())
    assert "Microneedling: add-on, helps (very low certainty). Sources disagree; Koebner risk." in flat
    assert "Itch (pruritus): common." in flat
    assert "Certainty says how sure the research is" in flat
    assert "https://dermnetnz.org/topics/psoriasis" in out
    assert "Last reviewed: 2026-11-21" in out


def test_condition_json_follows_the_spec(cli):
    data = cli("condition", "Psoriasis Vulgaris", "--json").json()
    assert data["id"] == "psoriasis"
    assert set(data) >= {
        "id",
        "name",
        "codes",
        "manifestations",
        "triggers",
        "treatments",
        "red_flags",
        "references",
        "reviewed",
        "caveats",
    }
    assert data["codes"]["icd10"] == "L40.0"
    assert data["treatments"][0] == {
        "therapy": "topical-corticosteroids",
        "name": "Topical corticosteroids",
        "line": "first",
        "evidence": "high",
        "note": "",
    }
    assert [t["line"] for t in data["treatments"]] == ["first", "third", "adjunct"]
    assert data["red_flags"] == [{"text": "Red skin over most of the body with fever", "urgency": "emergency"}]


def test_therapy_category_gathers_its_members_links(cli):
    data = cli("therapy", "biologics", "--json").json()
    assert data["kind"] == "category"
    assert data["members"] == ["il17-inhibitors"]
    assert {(c["id"], c["therapy"], c["line"]) for c in data["conditions"]} == {
        ("psoriasis", "secukinumab", "third"),
        ("pemphigus-vulgaris", "secukinumab", "not recommended"),
    }


def test_agent_page_shows_class_wide_risks(cli):
    out = " ".join(cli("therapy", "cosentyx", "--format", "plain").out.split())
    assert "Risks shared by all IL-17 inhibitors" in out and "may worsen inflammatory bowel disease" in out


def test_search_shows_what_matched_grouped_by_kind(cli):
    data = cli("search", "itching", "--json").json()
    assert data["query"] == "itching"
    first = data["results"][0]
    assert (first["type"], first["id"], first["matched"]) == ("manifestation", "pruritus", "itching")
    conditions = [r["id"] for r in data["results"] if r["type"] == "condition"]
    assert conditions[0] == "bullous-pemphigoid"  # itch is a hallmark there, only common in psoriasis


def test_search_with_no_result_still_answers(cli):
    run = cli("search", "xylophone")
    assert run.code == 0
    assert cli("search", "xylophone", "--json").json()["results"] == []


def test_unknown_name_exits_1_with_suggestion_on_stderr(cli):
    run = cli("condition", "psoriasys")
    assert run.code == 1
    assert run.out == ""
    assert "did you mean psoriasis (Psoriasis)?" in run.err
    assert "Traceback" not in run.err


def test_usage_errors_exit_2(cli):
    assert cli("condition").code == 2
    assert cli("list", "wizards").code == 2
    assert cli("condition", "psoriasis", "--format", "pdf").code == 2
    assert cli("search", "   ").code == 2
    assert cli("compare", "psoriasis").code == 2


def test_invalid_catalogue_exits_3_naming_file_and_line(cli, tmp_path):
    (tmp_path / "bad.yaml").write_text("sites:\n  - {id: Bad Id, name: x}\n")
    run = cli("condition", "psoriasis", env={"SKINAXIS_CATALOGUE": str(tmp_path)})
    assert run.code == 3
    assert f"{tmp_path / 'bad.yaml'}:2:" in run.err and "SKX006" in run.err


def test_catalogue_option_layers_a_clinic_entry_marked_as_such(cli, tmp_path):
    (tmp_path / "sites.yaml").write_text("sites:\n  - {id: navel, name: Navel, synonyms: [belly button]}\n")
    run = cli("--catalogue", str(tmp_path), "list", "sites", "--json")
    entry = next(e for e in run.json() if e["id"] == "navel")
    assert entry["origin"] == "clinic"


def test_validate_lists_problems_and_clinic_entries(cli, tmp_path):
    (tmp_path / "sites.yaml").write_text("sites:\n  - {id: navel, name: Navel}\n  - {id: navel, name: Again}\n")
    run = cli("validate", str(tmp_path))
    assert run.code == 3
    assert f"{tmp_path / 'sites.yaml'}:3:5: SKX008 error" in run.out
    ok = tmp_path / "ok"
    ok.mkdir()
    (ok / "sites.yaml").write_text("sites:\n  - {id: navel, name: Navel}\n")
    run = cli("validate", str(ok))
    assert run.code == 0
    assert "clinic site 'navel'" in run.out


def test_list_filters(cli):
    by_trigger = cli("list", "conditions", "--trigger", "stressed", "--json").json()
    assert [c["id"] for c in by_trigger] == ["psoriasis"]
    by_condition = cli("list", "therapies", "--condition", "psoriasis", "--kind", "agent", "--json").json()
    assert [t["id"] for t in by_condition] == ["microneedling", "secukinumab"]
    assert cli("list", "therapies", "--trigger", "stress").code == 2


def test_markdown_handout_escapes_catalogue_text(cli):
    out = cli("condition", "psoriasis", "--format", "markdown").out
    assert out.startswith('---\ntitle: "Psoriasis"\n---\n\n# Psoriasis\n')
    assert "## When to get help" in out and "## For clinicians" in out and "### References" in out
    assert "- **Topical corticosteroids**: first line, helps (high certainty).\n" in out
    assert ".;" not in out


def test_markdown_escapes_every_character_markdown_would_read():
    from skinaxis.page import Page, Para, Table
    from skinaxis.render import render_markdown

    page = Page("A *bold* title", "see [this](https://evil.example)")
    page.add("Section", Para("under_score `code` <b>html</b> # not a heading !"), Table(["Sign"], [["a | b"]]))
    out = render_markdown(page)
    assert "# A \\*bold\\* title" in out
    assert "\\[this\\](https://evil.example)" in out
    assert "under\\_score \\`code\\` \\<b\\>html\\</b\\> \\# not a heading \\!" in out
    assert "| a \\| b |" in out


@pytest.mark.parametrize("command", [["condition", "psoriasis"], ["therapy", "biologics"], ["axis"]])
def test_markdown_handout_tables_fit_a_printed_page(cli, command):
    # Wide tables become lists (one item per row) so that a printed handout wraps them.
    from skinaxis.render import MARKDOWN_TABLE_WIDTH

    out = cli(*command, "--format", "markdown", shipped=True).out
    tables = [line for line in out.splitlines() if line.startswith("|")]
    assert all(len(line) <= MARKDOWN_TABLE_WIDTH for line in tables), max(tables, key=len)
    if command[0] == "condition":
        assert "\n- **Thick scaly patches (scaly plaques)**: the typical sign" in out


def test_validate_reports_a_bad_review_date_instead_of_crashing(cli, tmp_path):
    for value in ['""', '"2026-11-31"', "soon"]:
        (tmp_path / "c.yaml").write_text(
            "conditions:\n  - id: clinic-rash\n    name: Clinic rash\n    group: other\n"
            "    codes: {icd10: L98.8}\n    summary: s\n    mechanism: m\n    epidemiology: e\n"
            "    manifestations: [{id: pruritus, frequency: common}]\n"
            "    treatments: [{therapy: topical-corticosteroids, line: first, evidence: low}]\n"
            "    red_flags: [{text: Spreading fast, urgency: urgent}]\n    distinguishing: [d]\n"
            '    references: [{title: t, url: "https://example.org"}]\n'
            f"    reviewed: {value}\n"
        )
        run = cli("validate", str(tmp_path), "--max-age-days", "30")
        assert run.code == 3, (value, run.out, run.err)
        assert f"{tmp_path / 'c.yaml'}:14:" in run.out and "reviewed" in run.out


def test_version_and_help(cli):
    assert cli("--version").out.startswith("skinaxis ")
    for command in [
        "condition",
        "therapy",
        "search",
        "match",
        "list",
        "validate",
        "compare",
        "axis",
        "manifestation",
        "trigger",
    ]:
        for flag in ("-h", "--help"):
            run = cli(command, flag)
            assert run.code == 0 and "Usage" in run.out


def test_rich_output_fits_the_pinned_width(cli):
    out = cli("condition", "psoriasis", "--format", "rich").out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "╭" in out


def test_completion_offers_entry_ids(monkeypatch):
    from skinaxis.commands.common import complete_conditions, complete_therapies

    monkeypatch.setenv("SKINAXIS_DATA", str(MINI))
    monkeypatch.delenv("SKINAXIS_CATALOGUE", raising=False)
    assert complete_conditions("pso") == ["psoriasis"]
    assert complete_conditions("Bullous P") == ["bullous-pemphigoid"]
    assert complete_therapies("") == sorted(
        ["biologics", "il17-inhibitors", "microneedling", "secukinumab", "topical-corticosteroids"]
    )
    monkeypatch.setenv("SKINAXIS_DATA", "/nonexistent")
    assert complete_conditions("pso") == []  # a broken catalogue offers nothing, never a traceback
