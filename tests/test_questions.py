"""The questions match asks, the answers it takes, and the interview's refusal without a terminal."""

from __future__ import annotations

from skinaxis.match import match, rank, recognise
from skinaxis.match.questions import NO_FLOOR, YES_CHANCE, answer_likelihoods, next_questions
from skinaxis.match.results import Ranked, Recognised
from skinaxis.match.vocabulary import stored


def test_questions_separate_the_leaders_and_never_ask_what_was_said(shipped):
    result = match(shipped, "itchy blisters")
    asked = [q.id for q in result.questions]
    assert 1 <= len(asked) <= 3
    assert "blisters" not in asked and "pruritus" not in asked
    for q in result.questions:
        assert q.text.endswith("?") and q.type == "manifestation"
        assert q.yes and q.no and not set(q.yes) & set(q.no)
    gains = [q.gain for q in result.questions]
    assert gains == sorted(gains, reverse=True)


def test_an_answer_moves_the_ranking_the_way_the_question_said(shipped):
    first = match(shipped, "itchy blisters")
    question = first.questions[0]
    after_yes = match(shipped, "itchy blisters", yes=[question.id])
    after_no = match(shipped, "itchy blisters", no=[question.id])
    assert after_yes.conditions[0].id in question.yes
    assert after_no.conditions[0].id in question.no
    assert question.id not in [q.id for q in after_yes.questions]
    said = [r for r in after_yes.recognised if r.id == question.id]
    assert said and said[0].text.startswith("you said yes")


def test_an_unsure_answer_is_not_asked_again(shipped):
    first = match(shipped, "itchy blisters")
    question = first.questions[0]
    again = match(shipped, "itchy blisters", unsure=[question.id])
    assert question.id not in [q.id for q in again.questions]


def test_a_no_is_weaker_evidence_than_a_yes(shipped):
    # Bullous pemphigoid's hallmark is tense blisters: a "yes" multiplies its share by that chance,
    # a "no" by no less than the floor (people miss signs they have), so one "no" cannot rule it out.
    yes = answer_likelihoods(shipped, ["bullous-pemphigoid"], [("tense-blisters", True)])
    no = answer_likelihoods(shipped, ["bullous-pemphigoid"], [("tense-blisters", False)])
    assert yes["bullous-pemphigoid"] == YES_CHANCE["hallmark"]
    assert no["bullous-pemphigoid"] == NO_FLOOR
    denied = [r for r in match(shipped, "itchy blisters", no=["tense-blisters"]).recognised if r.id == "tense-blisters"]
    assert denied[0].negated and denied[0].confidence < 1
    # ... and ranking weighs a denial by its confidence: an answered "no" argues against less.
    readings = recognise(shipped, "itchy blisters and red welts on my thighs, I am 80")

    def score(confidence: float) -> float:
        denial = Recognised("manifestation", "tense-blisters", "Tense blisters", "no", True, confidence)
        return next(r.score for r in rank(shipped, [*readings, denial]) if r.id == "bullous-pemphigoid")

    assert score(0.5) > score(1.0)


def test_no_questions_without_two_candidates(shipped):
    assert next_questions(shipped, [], set()) == []
    assert match(shipped, "my car makes a noise").questions == []


def test_cli_answers_and_json(cli):
    run = cli("match", "itchy blisters", "--json", shipped=True)
    data = run.json()
    assert data["questions"] and data["answers"] == []
    ask = data["questions"][0]["id"]
    run = cli("match", "itchy blisters", "--yes", ask, "--json", shipped=True)
    assert run.code == 0
    assert run.json()["answers"] == [{"id": ask, "answer": "yes"}]


def test_cli_an_unknown_answer_id_is_a_usage_error_naming_close_ids(cli):
    run = cli("match", "itchy blisters", "--yes", "tense-blistrs", shipped=True)
    assert run.code == 2
    assert "tense-blisters" in run.err


def test_cli_ask_without_a_terminal_is_a_usage_error(cli):
    run = cli("match", "itchy blisters", "--ask", shipped=True)
    assert run.code == 2
    assert "--yes" in run.err


def test_a_site_question_is_asked_in_everyday_words_and_once_at_most(mini):
    ranked = match(mini, "blisters").conditions
    assert {"pemphigus-vulgaris", "bullous-pemphigoid"} <= {c.id for c in ranked[:3]}
    # With every sign settled only the places are left: pemphigus shows in the mouth, pemphigoid
    # on the arms, so a site tells them apart, asked in everyday words, at most once.
    signs = set(mini.manifestations)
    asked = next_questions(mini, ranked, signs)
    assert [q.type for q in asked] == ["site"]
    assert asked[0].text in {"Is it in your mouth?", "Is it on your arms?", "Is it on your trunk?"}
    assert "pemphigus-vulgaris" in (asked[0].yes if asked[0].id == "mouth" else asked[0].no)
    # A sign that tells them apart comes first: a hallmark shown or not is surer than a place.
    mixed = next_questions(mini, ranked, signs - {"flaccid-blisters"})
    assert mixed[0].id == "flaccid-blisters"
    assert [q.type for q in mixed].count("site") <= 1


def test_a_site_answer_moves_the_ranking_as_its_question_said_and_shows_as_an_answer(mini):
    said = match(mini, "blisters", yes=["mouth"])
    assert said.conditions[0].id == "pemphigus-vulgaris"
    assert ("mouth", True) in said.answers
    site = next(r for r in said.recognised if r.type == "site")
    assert (site.id, site.text, site.negated) == ("mouth", "you said yes: in your mouth", False)
    likelihood = answer_likelihoods(mini, ["pemphigus-vulgaris", "bullous-pemphigoid"], [("mouth", True)])
    assert likelihood["pemphigus-vulgaris"] > likelihood["bullous-pemphigoid"]
    denied = match(mini, "blisters", no=["mouth"])
    assert denied.conditions[0].id == "bullous-pemphigoid"
    assert all(q.id != "mouth" for q in denied.questions)  # never asked again


def test_cli_takes_a_site_id_and_names_close_site_ids_for_an_unknown_one(cli):
    run = cli("match", "blisters", "--yes", "mouth", "--json")
    assert run.code == 0, run.err
    assert {"id": "mouth", "answer": "yes"} in run.json()["answers"]
    run = cli("match", "blisters", "--yes", "mouht")
    assert run.code == 2
    assert "mouth" in run.err and "sign, site or person id" in run.err


def test_the_interview_asks_a_site_question_and_takes_its_answer(mini, monkeypatch):
    from skinaxis import render
    from skinaxis.commands.match import _interview

    asked: list[str] = []

    def answer(question: str, _stream: object) -> str:
        asked.append(question)
        return "y" if question == "Is it in your mouth?" else "n"

    monkeypatch.setattr(render, "ask", answer)
    monkeypatch.setattr(render, "say_line", lambda *_args: None)
    # Every sign already answered "no" but the blisters: only places are left to ask.
    signs = [s for s in mini.manifestations if s != "blisters"]
    result = _interview(mini, "blisters", [], signs)
    assert any(q.startswith("Is it") for q in asked), asked
    assert any(answer_id in mini.sites for answer_id, _ in result.answers)


def test_on_the_shipped_catalogue_a_place_can_be_among_the_best_questions(shipped):
    # The ranking is given (what match gave for "ring-shaped patches and small bumps" when this
    # test was written), so that this judges the questions, not the fusion's current scores.
    leaders = [
        ("granuloma-annulare", 1.0),
        ("neonatal-lupus", 0.75),
        ("guttate-psoriasis", 0.67),
        ("erythema-multiforme", 0.627),
        ("subacute-cutaneous-lupus", 0.514),
        ("cholinergic-urticaria", 0.417),
        ("linear-iga-disease", 0.4),
        ("sweet-syndrome", 0.267),
    ]
    settled = {"annular-lesions", "papules", "spots"}
    settled |= {wider for sign in list(settled) for wider in stored(shipped).implies.broader(sign)}
    asked = next_questions(shipped, [Ranked(c, c, score) for c, score in leaders], settled)
    sites = [q for q in asked if q.type == "site"]
    assert len(sites) == 1 and sites[0].id in shipped.sites
    assert sites[0].text.startswith("Is it ") and sites[0].yes and sites[0].no


# Questions about the person: age group and pregnancy (vocab.PERSON_QUESTIONS).

STRETCH_MARKS = "itchy bumps in the stretch marks on my tummy"


def test_the_person_questions_are_one_per_age_group_and_pregnancy_in_plain_words():
    import sys
    from pathlib import Path

    from skinaxis.vocab import AGE_GROUPS, PERSON_ANSWERS, PERSON_QUESTIONS

    sys.path.insert(0, str(Path(__file__).parent))
    from readability import grade

    assert set(PERSON_QUESTIONS) == {f"age-{group}" for group in AGE_GROUPS} | {"pregnancy"}
    assert set(PERSON_ANSWERS) == set(PERSON_QUESTIONS)
    assert all(text.endswith("?") and grade(text) <= 8 for text in PERSON_QUESTIONS.values())


def test_pregnancy_is_asked_when_a_condition_of_pregnancy_is_below_the_leaders(shipped):
    first = match(shipped, STRETCH_MARKS)
    asked = {q.id: q for q in first.questions}
    assert "pregnancy" in asked and asked["pregnancy"].type == "context"
    assert "polymorphic-eruption-of-pregnancy" in asked["pregnancy"].yes
    assert "polymorphic-eruption-of-pregnancy" not in [c.id for c in first.conditions[:3]]
    after = match(shipped, STRETCH_MARKS, yes=["pregnancy"])
    assert after.conditions[0].id == "polymorphic-eruption-of-pregnancy"
    said = [r for r in after.recognised if r.id == "pregnancy"]
    assert said and said[0].text == "you said yes: pregnant or just given birth" and not said[0].negated
    assert "pregnancy" not in [q.id for q in after.questions]


def test_a_no_to_pregnancy_puts_the_conditions_of_pregnancy_far_down_and_says_why(shipped):
    after = match(shipped, STRETCH_MARKS, no=["pregnancy"])
    ranked = {c.id: c for c in after.conditions}
    assert "polymorphic-eruption-of-pregnancy" not in ranked
    from skinaxis.match import plausible

    who = plausible.person(STRETCH_MARKS, after.recognised)
    assert who.not_pregnant and not who.pregnant
    reason = plausible.factors(shipped, who, ["polymorphic-eruption-of-pregnancy"])
    assert reason["polymorphic-eruption-of-pregnancy"] == (
        plausible.PREGNANCY_ONLY_IMPOSSIBLE,
        "it happens only in pregnancy or just after birth, and you said you are not pregnant",
    )


def test_saying_not_pregnant_in_words_is_not_a_pregnancy(shipped):
    from skinaxis.match import plausible

    text = "itchy bumps in my stretch marks, I am not pregnant"
    who = plausible.person(text, match(shipped, text).recognised)
    assert who.not_pregnant and not who.pregnant


def test_pregnancy_is_not_asked_of_a_man_a_child_or_a_pregnancy_already_said(shipped):
    for text in (
        "my husband has itchy bumps in the stretch marks on his tummy",
        "my 6 year old has itchy bumps in the stretch marks on her tummy",
        STRETCH_MARKS + ", I am 30 weeks pregnant",
    ):
        assert "pregnancy" not in [q.id for q in match(shipped, text).questions], text


def test_an_age_answer_is_read_as_an_age_and_a_no_is_not(shipped):
    older = match(shipped, "itchy tense blisters", yes=["age-older-adult"])
    assert ("age-older-adult", False) in {(r.id, r.negated) for r in older.recognised}
    assert older.conditions[0].id == "bullous-pemphigoid"
    assert "usual age (older adult)" in [s.text for s in older.conditions[0].supporting]
    not_older = match(shipped, "itchy tense blisters", no=["age-older-adult"])
    for condition in not_older.conditions:
        assert "usual age (older adult)" not in [s.text for s in condition.supporting]
    assert not_older.conditions[0].score > [c for c in not_older.conditions if c.id == "bullous-pemphigoid"][0].score
    assert not [q for q in older.questions + not_older.questions if q.id.startswith("age-")]


def test_an_age_question_weighs_as_plausibility_moves_the_ranking():
    from skinaxis.match.plausible import FAR_AGE, OTHER_AGE
    from skinaxis.match.questions import _age_factor

    assert _age_factor("child", ("child", "teen")) == 1.0
    assert _age_factor("child", ("teen", "adult")) == OTHER_AGE
    assert _age_factor("infant", ("older-adult",)) == FAR_AGE


def test_cli_takes_a_person_id_as_an_answer(cli):
    run = cli("match", STRETCH_MARKS, "--yes", "pregnancy", "--no", "age-child", "--json", shipped=True)
    assert run.code == 0
    assert run.json()["answers"] == [{"id": "pregnancy", "answer": "yes"}, {"id": "age-child", "answer": "no"}]
    wrong = cli("match", STRETCH_MARKS, "--yes", "age-olderadult", shipped=True)
    assert wrong.code == 2 and "age-older-adult" in wrong.err
