"""Hostile clinic layers, second part (test_hostile.py is near its size limit): an override that
takes another entry's name, or weakens shipped safety content; names that only look alike."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINI
from skinaxis import loader


def problems_of(clinic: Path, base: Path = MINI) -> list[tuple[str, str]]:
    layers = [loader.read_layer(base, shipped=True), loader.read_layer(clinic, shipped=False)]
    _, problems = loader.assemble(layers)
    return [(p.code, p.message) for p in problems]


def layered(clinic: Path, base: Path = MINI):
    layers = [loader.read_layer(base, shipped=True), loader.read_layer(clinic, shipped=False)]
    return loader.assemble(layers)[0]


def clinic_file(tmp_path: Path, text: str) -> Path:
    clinic = tmp_path / "clinic"
    clinic.mkdir(exist_ok=True)
    (clinic / "c.yaml").write_text(text, encoding="utf-8")
    return clinic


def shipped_entry(section: str, entry_id: str, base: Path = MINI, **changes: object) -> str:
    """A shipped entry of the base catalogue as clinic YAML, with `override: true` and changes
    (a value of None removes the field)."""
    import yaml

    for path in sorted(base.glob("*.yaml")):
        for entry in (yaml.safe_load(path.read_text()) or {}).get(section) or []:
            if entry.get("id") == entry_id:
                entry = {**entry, "override": True, **changes}
                entry = {key: value for key, value in entry.items() if value is not None}
                return yaml.safe_dump({section: [entry]}, allow_unicode=True, sort_keys=False)
    raise LookupError(entry_id)


# F1: an override keeps its own names only.


def test_an_override_cannot_take_another_shipped_entrys_name(tmp_path, cli):
    text = shipped_entry("conditions", "pemphigus-vulgaris", name="Psoriasis", synonyms=["psoriasis"])
    clinic = clinic_file(tmp_path, text)
    problems = problems_of(clinic)
    assert [code for code, _ in problems] == ["SKX025"], problems
    assert "'Psoriasis' is the shipped entry 'psoriasis'" in problems[0][1]
    assert "an override may keep only the names of the entry it replaces" in problems[0][1]
    checked = cli("--catalogue", str(clinic), "validate")
    assert checked.code == 3 and "SKX025 error" in checked.out
    assert cli("--catalogue", str(clinic), "condition", "psoriasis").code == 3  # fails closed


def test_an_override_cannot_take_another_entrys_synonym_by_a_look_alike(tmp_path):
    text = shipped_entry("conditions", "psoriasis", synonyms=["Pemphigus vulgar\u0456s"])  # Cyrillic i
    assert [code for code, _ in problems_of(clinic_file(tmp_path, text))] == ["SKX025"]


def test_an_override_keeps_its_own_names_and_a_new_entry_still_cannot_take_them(tmp_path):
    override = shipped_entry("conditions", "psoriasis", name="Psoriasis (clinic wording)")
    clinic = clinic_file(tmp_path, override)
    assert problems_of(clinic) == []
    newcomer = shipped_entry("conditions", "psoriasis", id="clinic-rash", override=None, name="Psoriasis")
    (clinic / "d.yaml").write_text(newcomer, encoding="utf-8")
    # the override has replaced psoriasis, but its shipped names are still the shipped entry's
    assert [code for code, _ in problems_of(clinic)] == ["SKX025"]


def test_an_exact_id_opens_its_own_entry_even_when_another_entry_answers_to_it(tmp_path, cli):
    base = tmp_path / "base"
    shutil.copytree(MINI, base)
    conditions = base / "conditions.yaml"
    text = conditions.read_text()
    assert "    name: Pemphigus vulgaris\n" in text
    conditions.write_text(text.replace("    name: Pemphigus vulgaris\n", "    name: Psoriasis\n"))  # shipped: no SKX025
    done = cli("condition", "psoriasis", "--json", env={"SKINAXIS_DATA": str(base)})
    assert done.code == 0 and done.json()["id"] == "psoriasis"


# F2: a global red flag keeps its urgency and triggers; a condition's emergency flag its signs.


GLOBAL_FLAG_DOWNGRADE = """red_flags:
  - id: angioedema-airway
    override: true
    text: Swelling of the lips, tongue or throat
    urgency: routine
    advice: Mention it at your next appointment.
"""


def test_a_global_red_flag_downgrade_is_warned_and_the_shipped_level_stays(tmp_path, cli):
    clinic = clinic_file(tmp_path, GLOBAL_FLAG_DOWNGRADE)
    problems = problems_of(clinic)
    assert [code for code, _ in problems] == ["SKX026", "SKX026"], problems
    assert "lowers the global red flag from emergency to routine; the shipped urgency stays in force" in problems[0][1]
    assert "drops triggers of the global red flag; the shipped triggers stay in force" in problems[1][1]
    flag = layered(clinic).sections["red_flags"]["angioedema-airway"]
    assert (flag.urgency, flag.when) == ("emergency", [["lips"]])
    assert flag.phrases == ["throat is swelling", "tongue swelling"]
    assert flag.advice == "Mention it at your next appointment."  # the clinic's wording is kept
    for words in ("my lips are swollen", "my throat is swelling"):
        done = cli("--catalogue", str(clinic), "match", words, "--json")
        triage = done.json()["triage"]
        assert triage["level"] == "emergency", (words, triage)
        assert all(reason.get("id") for reason in triage["reasons"]), triage
    checked = cli("--catalogue", str(clinic), "validate")
    assert checked.code == 0 and checked.out.count("SKX026 warning") == 2


def test_a_global_red_flag_may_be_raised_or_given_more_triggers_without_a_warning(tmp_path):
    text = GLOBAL_FLAG_DOWNGRADE.replace("urgency: routine", "urgency: emergency") + (
        "    when: [[lips], [pruritus]]\n    phrases: [throat is swelling, tongue swelling, cannot swallow]\n"
    )
    clinic = clinic_file(tmp_path, text)
    assert problems_of(clinic) == []
    assert layered(clinic).sections["red_flags"]["angioedema-airway"].when == [["lips"], ["pruritus"]]


def test_an_override_that_drops_the_signs_of_an_emergency_flag_is_warned(tmp_path):
    catalogue = layered(clinic_file(tmp_path, "sites: []\n"))
    flags = catalogue.sections["conditions"]["psoriasis"].red_flags
    assert any(f.urgency == "emergency" and f.signs for f in flags), "the mini psoriasis has a flag raised by signs"
    kept = [{"text": f.text, "urgency": f.urgency} for f in flags]
    text = shipped_entry("conditions", "psoriasis", red_flags=kept)
    problems = problems_of(clinic_file(tmp_path, text))
    assert problems and all(code == "SKX026" for code, _ in problems), problems
    assert "drops the signs" in problems[0][1]


def test_an_override_cannot_lower_a_conditions_triage_floor(tmp_path, cli):
    shipped = loader.shipped_dir()
    text = shipped_entry("conditions", "stevens-johnson-syndrome", base=shipped, min_triage="routine")
    clinic = clinic_file(tmp_path, text)
    problems = problems_of(clinic, base=shipped)
    assert [m for c, m in problems if c == "SKX026" and "triage floor" in m] == [
        "conditions 'stevens-johnson-syndrome': the override lowers the triage floor from emergency to routine; "
        "the shipped floor stays in force"
    ], problems
    assert layered(clinic, base=shipped).sections["conditions"]["stevens-johnson-syndrome"].min_triage == "emergency"
    # Left out altogether, the floor stays too.
    text = shipped_entry("conditions", "stevens-johnson-syndrome", base=shipped, min_triage=None)
    assert (
        layered(clinic_file(tmp_path, text), base=shipped).sections["conditions"]["stevens-johnson-syndrome"].min_triage
        == "emergency"
    )


# A clinic override cannot quietly weaken the shipped triage data either.


def skx026(clinic: Path, base: Path = MINI) -> list[str]:
    return [message for code, message in problems_of(clinic, base) if code == "SKX026"]


def test_an_override_that_turns_off_a_signs_urgency_is_warned_and_the_shipped_one_stays(tmp_path):
    shipped = loader.shipped_dir()
    text = shipped_entry("manifestations", "fever", base=shipped, urgent_with_rash=False, urgent_today=None)
    clinic = clinic_file(tmp_path, text)
    assert skx026(clinic, shipped) == [
        "manifestations 'fever': the override turns off urgent_with_rash; the shipped setting stays in force",
        "manifestations 'fever': the override turns off urgent_today; the shipped setting stays in force",
    ]
    fever = layered(clinic, base=shipped).sections["manifestations"]["fever"]
    assert (fever.origin, fever.urgent_with_rash, fever.urgent_today) == ("override", True, True)


def test_an_override_that_turns_off_fevers_urgency_still_gives_the_shipped_triage(tmp_path, cli):
    text = shipped_entry(
        "manifestations", "fever", base=loader.shipped_dir(), urgent_with_rash=False, urgent_today=False
    )
    clinic = clinic_file(tmp_path, text)
    words = "spots on my face and a fever"
    shipped_triage = cli("match", words, "--json", shipped=True).json()["triage"]
    assert shipped_triage["level"] == "urgent" and shipped_triage["reasons"][0]["id"] == "fever", shipped_triage
    done = cli("--catalogue", str(clinic), "match", words, "--json", shipped=True)
    assert done.code == 0 and done.json()["triage"] == shipped_triage


def test_an_override_cannot_turn_on_self_care(tmp_path):
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "psoriasis", self_care=True))
    assert skx026(clinic) == [
        "conditions 'psoriasis': the override turns on self_care, which the shipped entry does not have; "
        "the shipped setting stays in force"
    ]
    assert layered(clinic).sections["conditions"]["psoriasis"].self_care is False


def test_an_override_may_turn_self_care_off_without_a_warning(tmp_path):
    shipped = loader.shipped_dir()
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "acne", base=shipped, self_care=False))
    assert skx026(clinic, shipped) == []
    assert layered(clinic, base=shipped).sections["conditions"]["acne"].self_care is False


def test_an_override_cannot_empty_the_signs_that_rule_self_care_out(tmp_path):
    shipped = loader.shipped_dir()
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "acne", base=shipped, not_self_care_with=["pruritus"]))
    assert skx026(clinic, shipped) == [
        "conditions 'acne': the override drops signs (nodules, cysts, scarring, lumps, medicines, low-mood) "
        "from not_self_care_with; the shipped signs stay in force"
    ]
    acne = layered(clinic, base=shipped).sections["conditions"]["acne"]
    assert acne.not_self_care_with == ["nodules", "cysts", "scarring", "lumps", "medicines", "low-mood", "pruritus"]
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "atopic-eczema", base=shipped, not_self_care_with=None))
    assert skx026(clinic, shipped) == [
        "conditions 'atopic-eczema': the override drops signs (oozing, crusting, blisters, erosions, fever) "
        "from not_self_care_with; the shipped signs stay in force"
    ]
    eczema = layered(clinic, base=shipped).sections["conditions"]["atopic-eczema"]
    assert eczema.not_self_care_with == ["oozing", "crusting", "blisters", "erosions", "fever"]


def test_an_override_that_drops_or_lowers_a_non_emergency_red_flag_is_warned(tmp_path):
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "bullous-pemphigoid", red_flags=[]))
    assert skx026(clinic) == [
        "conditions 'bullous-pemphigoid': the override drops the shipped urgent red flag 'Blisters with fever'"
    ]
    lowered = [{"text": "Blisters with fever", "urgency": "routine"}]
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "bullous-pemphigoid", red_flags=lowered))
    assert skx026(clinic) == [
        "conditions 'bullous-pemphigoid': the override lowers the red flag 'Blisters with fever' from urgent to routine"
    ]
    raised = [{"text": "Blisters with fever", "urgency": "emergency"}]
    assert skx026(clinic_file(tmp_path, shipped_entry("conditions", "bullous-pemphigoid", red_flags=raised))) == []


def test_an_override_that_lowers_an_emergency_red_flag_is_warned(tmp_path):
    lowered = [{"text": "Widespread raw skin", "urgency": "urgent"}]
    clinic = clinic_file(tmp_path, shipped_entry("conditions", "pemphigus-vulgaris", red_flags=lowered))
    assert skx026(clinic) == [
        "conditions 'pemphigus-vulgaris': the override lowers the red flag 'Widespread raw skin' "
        "from emergency to urgent"
    ]


# F3: boxed warnings stay shown; a dropped risk is warned.


@pytest.fixture
def boxed_base(tmp_path: Path) -> Path:
    base = tmp_path / "base"
    shutil.copytree(MINI, base)
    therapies = base / "therapies.yaml"
    text = therapies.read_text()
    marker = "    atc: L04AC10\n"
    assert marker in text
    therapies.write_text(text.replace(marker, marker + "    boxed_warning: Serious infections and cancers.\n"))
    return base


def test_an_override_that_drops_a_boxed_warning_and_risks_is_warned_and_the_warning_stays(tmp_path, boxed_base, cli):
    text = shipped_entry("therapies", "secukinumab", base=boxed_base, boxed_warning=None, risks=["Well tolerated."])
    clinic = clinic_file(tmp_path, text)
    problems = problems_of(clinic, boxed_base)
    assert problems == [
        (
            "SKX026",
            "therapies 'secukinumab': the override drops the shipped boxed warning; the shipped one stays shown",
        ),
        ("SKX026", "therapies 'secukinumab': the override drops the risk 'Infections'"),
    ]
    done = cli("--catalogue", str(clinic), "therapy", "secukinumab", "--json", env={"SKINAXIS_DATA": str(boxed_base)})
    assert done.code == 0 and done.json()["boxed_warning"] == "Serious infections and cancers."


def test_an_override_that_rewords_a_boxed_warning_is_warned(tmp_path, boxed_base):
    text = shipped_entry("therapies", "secukinumab", base=boxed_base, boxed_warning="Infections.")
    problems = problems_of(clinic_file(tmp_path, text), boxed_base)
    assert [code for code, _ in problems] == ["SKX026"] and "rewords the shipped boxed warning" in problems[0][1]


# F4: look-alike letters from UTS #39 confusables, and invisible code points.


@pytest.mark.parametrize(
    "name",
    [
        "Ps\u0585riasis",  # Armenian oh
        "Psori\u0251sis",  # Latin alpha
        "\u13e2soriasis",  # Cherokee TLV
        "P\ua731oriasis",  # small capital s
        "Psoriasis\u3164",  # Hangul filler
        "Psor\u115fiasis",  # Hangul choseong filler
        "Psoria\uffa0sis",  # halfwidth Hangul filler
        "Pso\u2800riasis",  # blank braille pattern
        "Ps\U000e0041oriasis",  # tag letter
        "Ps0riasis",  # digit zero
    ],
    ids=["armenian", "alpha", "cherokee", "small-capital", "hangul", "choseong", "halfwidth", "braille", "tag", "zero"],
)
def test_look_alike_and_invisible_spellings_of_a_shipped_name_are_refused(tmp_path, name):
    text = shipped_entry("conditions", "psoriasis", id="clinic-rash", override=None, name=name, synonyms=None)
    problems = problems_of(clinic_file(tmp_path, text))
    assert [code for code, _ in problems] == ["SKX025"], (name, problems)


def test_the_confusables_table_names_its_source_and_licence():
    from skinaxis import layering

    table = Path(layering.__file__).with_name("confusables-latin.txt").read_text(encoding="utf-8")
    assert "# Version: 12.1.0" in table and "Unicode-3.0" in table
    assert "Unicode, Inc." in Path(layering.__file__).with_name("confusables-latin.LICENSE").read_text("utf-8")
    assert layering.label_key("Lichen planus") == "lichenplanus" and layering.label_key("Ps\u0585riasis") == "psoriasis"


# F8, F13: links in a clinic catalogue are reported, never followed, never quoted.


LINK_MESSAGE = "a symbolic link: catalogue files are read where they are, never through a link"


@pytest.mark.skipif(not hasattr(loader.os, "symlink"), reason="symbolic links")
def test_a_linked_directory_and_a_linked_file_are_reported_and_never_read(tmp_path, cli):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "extra.yaml").write_text("sites: []\n")
    secret = tmp_path / "secret"
    secret.write_text("root:*:19000:0:99999:7:::\n")
    clinic = clinic_file(tmp_path, "sites: []\n")
    (clinic / "more").symlink_to(elsewhere, target_is_directory=True)
    (clinic / "shadow.yaml").symlink_to(secret)
    problems = problems_of(clinic)
    assert problems == [("SKX020", LINK_MESSAGE), ("SKX020", LINK_MESSAGE)]
    checked = cli("--catalogue", str(clinic), "validate")
    assert checked.code == 3 and "root:" not in checked.out + checked.err
    assert f"{clinic / 'more'}: SKX020 error" in checked.out and f"{clinic / 'shadow.yaml'}: SKX020" in checked.out
    done = cli("--catalogue", str(clinic), "condition", "psoriasis")
    assert done.code == 3 and done.out == "" and "root:" not in done.err  # fails closed


# F7: a field has a size limit, checked before anything else reads it.


@pytest.mark.parametrize(
    ("field", "size", "message"),
    [
        ("name", 201, "conditions[clinic-rash].name: 201 characters, over the limit of 200 for a name"),
        ("summary", 4001, "conditions[clinic-rash].summary: 4001 characters, over the limit of 4000 for a text"),
        ("name", 4 * 2**20, f"conditions[clinic-rash].name: {4 * 2**20} characters, over the limit of 200 for a name"),
    ],
    ids=["name", "paragraph", "4-MiB-name"],
)
def test_a_field_over_its_size_limit_is_skx027_at_its_line(tmp_path, field, size, message):
    import time

    changes = {"name": "Clinic rash", "synonyms": None, field: "x" * size}
    text = shipped_entry("conditions", "psoriasis", id="clinic-rash", override=None, **changes)
    clinic = clinic_file(tmp_path, text)
    started = time.monotonic()
    found = [(code, text) for code, text in problems_of(clinic) if code == "SKX027"]
    assert time.monotonic() - started < 20  # was about 2 s per MiB of name, past validate's whole run
    assert found == [("SKX027", message)]
    layer = loader.read_layer(clinic, shipped=False)
    assert str(layer.problems[0]).startswith(f"{clinic / 'c.yaml'}:") and layer.problems[0].line >= 2


def test_many_unknown_fields_are_each_reported_but_only_the_first_get_a_suggestion(tmp_path):
    lines = ["sites:", "  - id: a", "    name: A", *(f"    nam{i}: v" for i in range(300))]
    clinic = clinic_file(tmp_path, "\n".join(lines) + "\n")
    problems = loader.read_layer(clinic, shipped=False).problems
    assert [p.code for p in problems] == ["SKX003"] * 300
    assert "did you mean 'name'?" in problems[0].message and "did you mean" not in problems[-1].message
