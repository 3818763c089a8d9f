"""Therapy pages, brief pages and therapy lists: boxed warning first, inherited condition links
marked, only the class risks that apply, licences by region, --condition reaching a class's agents
and --evidence applied to the condition named."""

from __future__ import annotations

import pytest

from conftest import FIXTURES

LAYER = ("--catalogue", str(FIXTURES / "inherit"))


def sections(text: str) -> list[str]:
    """The headings of a plain page, in order."""
    return [line for line in text.splitlines() if line.isupper() and line.strip() and not line.startswith(" ")]


def section(text: str, title: str) -> str:
    """The body of one section of a plain page."""
    body = text.split(f"\n{title}\n", 1)[1]
    following = [h for h in sections(body) if h != title]
    return body.split(f"\n{following[0]}\n", 1)[0] if following else body


def flat(text: str) -> str:
    """A page with its wrapping undone, to find phrases that may break across lines."""
    return " ".join(text.split())


# ---------------------------------------------------------------- fixture catalogues


def test_the_boxed_warning_comes_first_then_in_short(cli):
    out = cli(*LAYER, "therapy", "ixekizumab", "-f", "plain").out
    assert sections(out)[:2] == ["BOXED WARNING", "IN SHORT"]
    assert "!! Boxed warning (US label)\n   ! A test boxed warning about serious infections." in out
    markdown = cli(*LAYER, "therapy", "ixekizumab", "-f", "markdown").out
    assert (
        markdown.index("Boxed warning (US label)") < markdown.index("## In short") < markdown.index("## How it works")
    )


def test_a_therapy_without_a_boxed_warning_shows_none(cli):
    out = cli(*LAYER, "therapy", "secukinumab", "-f", "plain").out
    assert "BOXED WARNING" not in out and "Boxed warning" not in out
    assert cli(*LAYER, "therapy", "secukinumab", "--json").json()["boxed_warning"] == ""


def test_json_carries_in_short_boxed_warning_and_licences_by_region(cli):
    data = cli(*LAYER, "therapy", "ixekizumab", "--json").json()
    assert data["in_short"] == "A test summary of the medicine in plain words."
    assert data["boxed_warning"] == "A test boxed warning about serious infections."
    assert [(a["region"], a["year"]) for a in data["approvals"]] == [("US", "2016"), ("EU", "2016"), ("UK", None)]


def test_the_licences_section_lists_each_region(cli):
    licences = section(cli(*LAYER, "therapy", "ixekizumab", "-f", "plain").out, "LICENCES")
    assert "US (2016): Plaque psoriasis in adults. First licence." in licences
    assert licences.index("US (2016)") < licences.index("EU (2016)") < licences.index("UK: Plaque")


def test_inherited_condition_links_are_marked_on_the_page_and_in_json(cli):
    out = flat(cli(*LAYER, "therapy", "secukinumab", "-f", "plain").out)
    assert "Clinic hidradenitis; Line: second; Evidence: +++- moderate; Note: from the class IL-17 inhibitors." in out
    rows = {c["id"]: c for c in cli(*LAYER, "therapy", "secukinumab", "--json").json()["conditions"]}
    assert rows["clinic-hidradenitis"]["inherited_from"] == "il17-inhibitors"
    assert rows["clinic-hidradenitis"]["therapy"] == "il17-inhibitors"
    assert "inherited_from" not in rows["psoriasis"]


def test_an_agent_s_own_link_wins_on_its_page(cli):
    rows = cli(*LAYER, "therapy", "ixekizumab", "--json").json()["conditions"]
    assert [(c["id"], c["line"], "inherited_from" in c) for c in rows] == [
        ("clinic-hidradenitis", "not recommended", False)
    ]


def test_class_risks_reach_only_the_members_they_apply_to(cli):
    ixe = section(cli(*LAYER, "therapy", "ixekizumab", "-f", "plain").out, "RISKS")
    secu = section(cli(*LAYER, "therapy", "secukinumab", "-f", "plain").out, "RISKS")
    assert "Risks shared by all IL-17 inhibitors:" in ixe and "Candida infections" in ixe
    assert "Only ixekizumab's risk" in ixe
    assert "Risks shared by all IL-17 inhibitors:" in secu and "Only ixekizumab's risk" not in secu
    groups = cli(*LAYER, "therapy", "secukinumab", "--json").json()["ancestor_risks"]
    assert [(g["from"], g["named"]) for g in groups] == [("il17-inhibitors", []), ("biologics", [])]


def test_a_class_page_lists_its_member_risks_with_their_members(cli):
    out = cli(*LAYER, "therapy", "il17-inhibitors", "-f", "plain").out
    assert "Only ixekizumab's risk (applies to: Ixekizumab)" in section(out, "RISKS OF SOME MEMBERS")
    data = cli(*LAYER, "therapy", "il17-inhibitors", "--json").json()
    assert data["member_risks"] == [{"text": "Only ixekizumab's risk", "members": ["ixekizumab"]}]


def test_list_therapies_for_a_condition_includes_the_agents_of_a_linked_class(cli):
    listed = cli(*LAYER, "list", "therapies", "--condition", "clinic-hidradenitis", "--kind", "agent", "--json").json()
    by_id = {t["id"]: t for t in listed}
    assert set(by_id) == {"ixekizumab", "secukinumab"}
    assert by_id["secukinumab"]["through_class"] == "il17-inhibitors" and by_id["secukinumab"]["line"] == "second"
    assert "through_class" not in by_id["ixekizumab"] and by_id["ixekizumab"]["line"] == "not recommended"
    page = cli(*LAYER, "list", "therapies", "--condition", "clinic-hidradenitis", "--kind", "agent", "-f", "plain").out
    assert "Line: second (through IL-17 inhibitors)" in flat(page)


def test_evidence_with_a_condition_applies_that_condition_s_link(cli):
    # Secukinumab has high evidence for psoriasis but very low for pemphigus vulgaris.
    assert cli("list", "therapies", "--condition", "pemphigus-vulgaris", "--evidence", "low", "--json").json() == []
    kept = cli(*LAYER, "list", "therapies", "--condition", "clinic-hidradenitis", "--evidence", "moderate", "--json")
    assert [t["id"] for t in kept.json()] == ["il17-inhibitors", "secukinumab"]
    # Without --condition: the best evidence over any condition, as before.
    assert "secukinumab" in [t["id"] for t in cli("list", "therapies", "--evidence", "high", "--json").json()]


def test_list_conditions_by_therapy_matches_its_page(cli):
    listed = cli(*LAYER, "list", "conditions", "--therapy", "secukinumab", "--json").json()
    page = cli(*LAYER, "therapy", "secukinumab", "--json").json()["conditions"]
    assert (
        {c["id"] for c in listed}
        == {c["id"] for c in page}
        == {"clinic-hidradenitis", "pemphigus-vulgaris", "psoriasis"}
    )


def test_brief_page_of_a_fixture_therapy(cli):
    out = cli(*LAYER, "therapy", "ixekizumab", "--brief", "-f", "plain").out
    assert sections(out) == [
        "BOXED WARNING",
        "IN SHORT",
        "WHAT IT IS USED FOR",
        "MAIN RISKS",
        "QUESTIONS TO ASK YOUR TEAM",
        "CAVEAT",
    ]
    assert "Not advised for: Clinic hidradenitis" in out
    assert "Only ixekizumab's risk" in section(out, "MAIN RISKS")
    assert "Who to ask:" in out
    # JSON is always the whole entry.
    assert cli(*LAYER, "therapy", "ixekizumab", "--brief", "--json").json()["approvals"]


# ---------------------------------------------------------------- shipped catalogue


def test_shipped_risankizumab_shows_the_psoriasis_conditions_it_treats(cli):
    out = cli("therapy", "risankizumab", "-f", "plain", shipped=True).out
    conditions = section(out, "CONDITIONS")
    assert "Plaque psoriasis" in conditions and "Psoriatic arthritis" in conditions
    assert "from the class IL-23 inhibitors" in flat(conditions)


def test_shipped_upadacitinib_shows_its_boxed_warning_before_anything_else(cli):
    out = cli("therapy", "upadacitinib", "-f", "plain", shipped=True).out
    assert sections(out)[0] == "BOXED WARNING"
    assert out.index("Boxed warning (US label)") < out.index("IN SHORT")
    assert "blood clots" in section(out, "BOXED WARNING")
    brief = cli("therapy", "upadacitinib", "--brief", "-f", "plain", shipped=True).out
    assert sections(brief)[0] == "BOXED WARNING"


@pytest.mark.parametrize("agent", ["apremilast", "roflumilast-cream"])
def test_shipped_pde4_inhibitors_show_no_boxed_warning_and_no_jak_warning(cli, agent):
    out = cli("therapy", agent, "-f", "plain", shipped=True).out
    assert "BOXED WARNING" not in out and "Janus kinase" not in out
    assert cli("therapy", agent, "--json", shipped=True).json()["boxed_warning"] == ""


@pytest.mark.parametrize("agent", ["omalizumab", "nemolizumab", "tralokinumab"])
def test_shipped_non_immunosuppressive_biologics_show_no_tuberculosis_risk(cli, agent):
    risks = section(cli("therapy", agent, "-f", "plain", shipped=True).out, "RISKS")
    assert "tuberculosis" not in risks.casefold()


def test_no_shipped_page_shows_a_class_risk_meant_for_other_members(shipped):
    from skinaxis.views import therapy_json

    for therapy_id, therapy in shipped.therapies.items():
        data = therapy_json(shipped, therapy)
        shown = {risk for group in data["ancestor_risks"] for risk in group["named"]}
        for ancestor_id in shipped.ancestors("therapies", therapy_id):
            for risk in shipped.therapies[ancestor_id].member_risks:
                reaches = {m for member in risk.members for m in (member, *shipped.descendants("therapies", member))}
                assert (risk.text in shown) == (therapy_id in reaches), f"{therapy_id}: {risk.text[:50]}"


BOXED = [
    *("upadacitinib", "abrocitinib", "baricitinib", "ritlecitinib", "deuruxolitinib", "ruxolitinib-cream"),
    *("tacrolimus-ointment", "pimecrolimus-cream"),
    *("adalimumab", "etanercept", "infliximab", "certolizumab-pegol"),
    *("rituximab", "ivig", "omalizumab", "ciclosporin", "mycophenolate", "azathioprine", "methotrexate"),
    *("acitretin", "isotretinoin", "brodalumab"),
]


@pytest.mark.parametrize("agent", BOXED)
def test_shipped_agents_with_a_us_boxed_warning_carry_it_in_json_and_first_on_the_page(cli, agent):
    data = cli("therapy", agent, "--json", shipped=True).json()
    assert data["boxed_warning"], f"{agent}: its US label has a boxed warning"
    assert sections(cli("therapy", agent, "-f", "plain", shipped=True).out)[0] == "BOXED WARNING"


def test_shipped_list_for_psoriasis_includes_the_biologics_of_linked_classes(cli):
    listed = cli("list", "therapies", "--condition", "psoriasis", "--kind", "agent", "--json", shipped=True).json()
    ids = {t["id"] for t in listed}
    assert {"risankizumab", "guselkumab", "secukinumab", "ixekizumab", "adalimumab"} <= ids
    by_id = {t["id"]: t for t in listed}
    assert by_id["risankizumab"]["through_class"] == "il23-inhibitors"


def test_every_shipped_brief_page_fits_60_lines_at_80_columns(shipped):
    from skinaxis.render import render_plain
    from skinaxis.views.therapy_brief import BRIEF_LINES, therapy_brief_page

    lengths = {
        therapy_id: render_plain(therapy_brief_page(shipped, therapy), 80).count("\n")
        for therapy_id, therapy in shipped.therapies.items()
    }
    over = {k: v for k, v in lengths.items() if v > BRIEF_LINES}
    assert not over, f"brief pages over {BRIEF_LINES} lines: {over}"


def test_shipped_brief_pages_keep_the_boxed_warning_whole(shipped):
    from skinaxis.render import render_plain
    from skinaxis.views.therapy_brief import therapy_brief_page

    for therapy in shipped.therapies.values():
        if therapy.boxed_warning:
            text = " ".join(render_plain(therapy_brief_page(shipped, therapy), 80).split())
            assert " ".join(therapy.boxed_warning.split()) in text, therapy.id
