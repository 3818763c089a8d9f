"""The fused symptom explorer on the shipped catalogue: the text channel covers words the phrase
list lacks, nothing skin-related ranks nothing, who the person is re-ranks, ties are ties, and red
flags written in everyday words raise triage. Wording here is the tests' own, not the benchmarks'."""

from __future__ import annotations

import pytest

from skinaxis.match import match
from skinaxis.match import text as text_channel
from skinaxis.match.triage import leader


@pytest.mark.parametrize(
    "text",
    [
        "my car makes a grinding noise when I brake",
        "what is a good recipe for lentil soup",
        "asdkjh qwpoeiru zmxncb",
        "hello",
        "I have a headache",
    ],
)
def test_text_with_no_skin_content_ranks_nothing_and_is_self_care(shipped, text):
    result = match(shipped, text)
    assert result.conditions == []
    assert result.triage.level == "self-care"
    assert "skin conditions only" in result.triage.reasons[0].text


def test_an_ordinary_english_word_is_never_typo_corrected_into_a_sign(shipped):
    recognised = match(shipped, "the brake pedal squeaks").recognised
    assert not [r for r in recognised if r.type == "manifestation"]
    # ...while a misspelling still is.
    assert "pruritus" in {r.id for r in match(shipped, "very itchey arms").recognised}


def test_the_text_channel_finds_a_page_from_words_the_phrase_list_lacks(shipped):
    hits = text_channel.rank_text(shipped, "milky white patches that burn in the sun")
    assert hits and hits[0].condition == "vitiligo"
    assert "milky" in hits[0].matched or "white" in hits[0].matched


def test_denied_words_are_not_read_by_the_text_channel(shipped):
    assert [w for w, _ in text_channel.affirmed_words("no blisters, itchy elbows")] == ["itchy", "elbows"]
    assert [w for w, _ in text_channel.affirmed_words("not itchy but scaly")] == ["but", "scaly"]
    assert "patches" in [w for w, _ in text_channel.affirmed_words("no itching and the patches are spreading")]
    assert "tongue" not in [w for w, _ in text_channel.affirmed_words("no swelling of my lips and tongue")]


def test_a_condition_found_by_its_words_alone_says_which_words(shipped):
    result = match(shipped, "milky-white patches on my hands that burn in the sun")
    assert result.conditions[0].id == "vitiligo"
    for ranked in result.conditions:
        assert ranked.supporting, ranked.id
        for reason in ranked.supporting:
            assert reason.text and reason.type in ("manifestation", "site", "trigger", "condition", "context", "words")


def test_a_pregnancy_only_condition_goes_down_without_pregnancy_and_out_for_a_man(shipped):
    def place(text, condition_id):
        ids = [c.id for c in match(shipped, text).conditions]
        return ids.index(condition_id) + 1 if condition_id in ids else None

    pregnant = place(
        "I'm 34 weeks pregnant and have itchy red bumps in my stretch marks", "polymorphic-eruption-of-pregnancy"
    )
    assert pregnant == 1
    not_said = match(shipped, "itchy red bumps in my stretch marks on my belly")
    reasons = {r.text for c in not_said.conditions for r in c.opposing}
    if "polymorphic-eruption-of-pregnancy" in [c.id for c in not_said.conditions]:
        assert any("only in pregnancy" in r for r in reasons)
    man = [c.id for c in match(shipped, "I'm a 40 year old man with tense itchy blisters on my belly").conditions[:3]]
    assert "pemphigoid-gestationis" not in man


def test_an_old_age_condition_goes_down_for_a_child_with_the_reason(shipped):
    result = match(shipped, "my 6 year old son has big tense itchy blisters on his legs")
    ids = [c.id for c in result.conditions]
    assert "bullous-pemphigoid" not in ids[:2]
    for c in result.conditions:
        if c.id == "bullous-pemphigoid":
            assert any("another age" in r.text for r in c.opposing)


def test_equal_scores_share_a_place_and_triage_names_no_best_fit_among_equals(shipped):
    result = match(shipped, "weird rash after eating")
    scores = [c.score for c in result.conditions]
    assert scores == sorted(scores, reverse=True)
    if leader(result.conditions) is None:
        assert "No single condition leads" in result.triage.reasons[0].text
        assert "best fit" not in result.triage.reasons[0].text


@pytest.mark.parametrize(
    "text, level, flag",
    [
        ("shingles blisters on my forehead and now my eye is red, sore and watering", "emergency", None),
        ("purple rash on my eyelids, my arms are weak and food keeps going down the wrong way", "emergency", None),
        ("my mole has got bigger and darker and it bled this week", "urgent", "changing-mole"),
        ("a spot on my ear has been there for months, it crusts and never heals", "urgent", "non-healing-sore"),
        (
            "I'm having chemo and tonight I have a temperature and a new rash",
            "emergency",
            "fever-during-cancer-treatment",
        ),
        ("my lips and tongue are swelling up and my throat feels tight", "emergency", "angioedema-airway"),
        ("started new tablets two weeks ago, now my skin is peeling and my mouth is full of sores", "emergency", None),
        ("purple spots that don't fade under a glass and a high temperature", "emergency", "non-blanching-rash-fever"),
    ],
)
def test_red_flags_in_everyday_words_raise_triage(shipped, text, level, flag):
    result = match(shipped, text)
    assert result.triage.level == level, result.triage.reasons
    if flag:
        assert flag in {r.id for r in result.triage.reasons}


def test_search_reads_lent_scores_part_by_part_with_the_same_answers(monkeypatch):
    """Search merges the stored groups of sign, site and trigger links best first and reads a
    group's next part only while it needs it: with parts of 2 rows (so nearly every group spans
    several parts) every query must give exactly what whole groups give."""
    from skinaxis import loader
    from skinaxis import search as search_module
    from skinaxis.store import write

    catalogue, _ = loader.check()
    whole = write.memory(catalogue)
    monkeypatch.setattr(write, "LEND_PART", 2)
    monkeypatch.setattr(search_module, "LEND_PART", 2)
    parted = write.memory(catalogue)
    queries = ["itching", "blisters", "scalp", "sun", "stress", "red patches", "pus", "nails", "hair loss", "gluten"]
    for query in queries:
        for limit in (1, 3, 10):
            monkeypatch.setattr(search_module, "LEND_PART", 64)
            expected = search_module.search(whole, query, limit=limit)
            monkeypatch.setattr(search_module, "LEND_PART", 2)
            assert search_module.search(parted, query, limit=limit) == expected, (query, limit)
    # And a smaller limit shows the first hits of a larger one, kind by kind.
    for query in queries:
        wide = search_module.search(whole, query, limit=10)
        narrow = search_module.search(whole, query, limit=3)
        for kind in {h.kind for h in wide}:
            assert [h for h in narrow if h.kind == kind] == [h for h in wide if h.kind == kind][:3], query


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "My mouth and eyes are dry all the time, my eyes feel gritty, and the glands under my jaw swell up",
            "sjogren-disease",
        ),
        ("Two miscarriages so far, and last year a blood clot in my calf", "antiphospholipid-syndrome"),
    ],
)
def test_an_illness_of_the_catalogue_with_no_skin_sign_still_ranks(shipped, text, expected):
    ranked = [c.id for c in match(shipped, text).conditions]
    assert ranked and ranked[0] == expected, ranked[:3]


@pytest.mark.parametrize(
    "text",
    ["I have flu: a fever, chills, a headache and aching joints", "I feel dizzy and have a headache", "my knee hurts"],
)
def test_ordinary_illness_with_no_skin_sign_ranks_nothing(shipped, text):
    assert match(shipped, text).conditions == []


def test_short_lived_spots_read_as_spots_that_come_and_go(shipped):
    text = "every day new itchy lumps on my body, each one goes away after a few hours and comes again in another place"
    result = match(shipped, text)
    assert "wheals" in {r.id for r in result.recognised if not r.negated}
    assert result.conditions[0].id in {"chronic-spontaneous-urticaria", "chronic-inducible-urticaria"} | set(
        shipped.descendants("conditions", "chronic-inducible-urticaria")
    ), [c.id for c in result.conditions[:3]]
    # Without the fading, the same lumps are not hives.
    assert "wheals" not in {r.id for r in match(shipped, "itchy lumps on my body").recognised}


def test_everyday_phrasings_of_joint_signs_are_recognised(shipped):
    seen = {r.id for r in match(shipped, "my toe is swollen all the way along like a sausage").recognised}
    assert "dactylitis" in seen
    assert "enthesitis" in {r.id for r in match(shipped, "my heel hurts when I get up").recognised}


def test_a_description_opening_with_weeks_of_pregnancy_is_about_a_pregnancy(shipped):
    from skinaxis.match import plausible

    assert plausible.person("32 weeks, itchy palms at night", []).pregnant
    assert not plausible.person("32 weeks ago I got itchy palms", []).pregnant
    assert not plausible.person("for 6 weeks my palms itch", []).pregnant


def test_the_text_channel_does_not_read_little_words_of_how(shipped):
    result = match(shipped, "itchy welts that fade within hours but new ones come up")
    for ranked in result.conditions:
        for reason in ranked.supporting:
            if reason.type == "words":
                assert not {"within", "but", "up", "new"} & set(reason.text.split(": ")[1].split(", "))


def test_a_clear_structured_leader_keeps_first_place_against_a_close_text_ranking():
    text = [("b", 9.0), ("a", 8.0)]
    clear = text_channel.fuse([("a", 1.0), ("b", 0.5)], text)
    assert max(clear, key=clear.get) == "a"
    close = text_channel.fuse([("a", 1.0), ("b", 0.9)], text)
    assert max(close, key=close.get) == "b"


def test_a_word_said_twice_is_read_where_the_rest_of_its_phrase_is(shipped):
    seen = {r.id for r in match(shipped, "painful mouth ulcers every month and now a red painful eye").recognised}
    assert {"oral-ulcers", "uveitis"} <= seen


def test_in_a_pregnancy_the_baby_is_not_the_person_with_the_rash(shipped):
    result = match(shipped, "first baby, 36 weeks, itchy red bumps in the stretch marks on my tummy")
    assert not [r for r in result.recognised if r.type == "context" and r.id == "age-infant"]
    assert result.conditions[0].id == "polymorphic-eruption-of-pregnancy"
    assert "age-infant" in {r.id for r in match(shipped, "my 8 month old has a dry red rash").recognised}


def test_a_condition_of_adults_goes_far_down_for_a_baby():
    from skinaxis.match import plausible

    baby = plausible.Person({"infant"}, None, False)
    adult = plausible.Person({"adult"}, None, False)
    assert plausible.AGE_PLACE["infant"] + 2 <= plausible.AGE_PLACE["adult"]
    for who, expected in ((baby, plausible.FAR_AGE), (adult, 1.0)):
        found = plausible.factors(
            _Ages({"pemphigus-foliaceus": ("adult", "older-adult")}), who, ["pemphigus-foliaceus"]
        )
        assert found.get("pemphigus-foliaceus", (1.0, ""))[0] == expected
    teen = plausible.Person({"teen"}, None, False)
    factor, reason = plausible.factors(_Ages({"x": ("adult",)}), teen, ["x"])["x"]
    assert factor == plausible.OTHER_AGE and "another age (adult)" in reason


class _Ages:
    """A catalogue that knows only who its conditions are for."""

    def __init__(self, ages: dict[str, tuple[str, ...]]) -> None:
        self.ages = ages

    def people(self, condition_ids):
        from skinaxis.store.tables import PersonRow

        return {c: PersonRow(self.ages[c]) for c in condition_ids if c in self.ages}


def test_numbers_are_not_read_by_the_text_channel(shipped):
    hits = text_channel.rank_text(shipped, "my 8 month old has 3 red patches, for eight weeks")
    assert hits
    assert all(not word.isdigit() and word != "eight" for hit in hits for word in hit.matched)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("skin-coloured welts on my arms that fade by the evening", "wheals"),
        ("ashy patches on my elbows", "xerosis"),
        ("two patches paler than my skin on my hands", "depigmented-patches"),
    ],
)
def test_signs_in_the_words_of_brown_and_black_skin_are_read(shipped, text, sign):
    assert sign in {r.id for r in match(shipped, text).recognised if not r.negated}


def test_the_text_channel_reads_the_everyday_words_for_a_conditions_sites(shipped):
    hits = {hit.condition: hit for hit in text_channel.rank_text(shipped, "pimples on my chin")}
    assert "chin" in hits["acne"].matched


def _read(result):
    return {(r.id, r.negated) for r in result.recognised}


@pytest.mark.parametrize(
    "text",
    ["spots on my face that won't go away", "a mole on my cheek that wont go away", "my face doesnt go away"],
)
def test_a_partial_sign_phrase_needs_a_word_that_names_the_sign(shipped, text):
    # "red face that doesn't go away" without "red" is only a face and a time: no facial redness.
    assert "central-facial-erythema" not in {r.id for r in match(shipped, text).recognised}
    assert ("central-facial-erythema", False) in _read(match(shipped, "my face is red and it doesnt go away"))


def test_the_text_channel_does_not_read_words_that_deny():
    from skinaxis.match.lexicon import DENYING_WORDS

    assert {"wont", "cant", "dont", "not", "never"} <= DENYING_WORDS


def test_spots_that_will_not_go_away_on_a_teenagers_face_are_acne(shipped):
    ranked = [c.id for c in match(shipped, "spots on face wont go away im 16").conditions]
    assert ranked[0] == "acne"


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("never had spots as a teenager, now I get deep painful ones on my jaw", "spots"),
        ("the blisters I had last year healed, but now there are big ones on my legs", "blisters"),
    ],
)
def test_ones_is_the_thing_named_before_it_said_again(shipped, text, sign):
    assert (sign, False) in _read(match(shipped, text))


def test_a_word_said_twice_is_read_where_it_is_not_denied(shipped):
    result = match(shipped, "no spots on my back, spots on my jaw and chin")
    assert ("spots", False) in _read(result)


@pytest.mark.parametrize(
    "text",
    [
        "had eczema as a child, now an itchy rash in my elbow creases",
        "when I was a teenager I had bad skin, now I have red itchy patches",
        "itchy patches since I was a kid",
    ],
)
def test_an_age_word_of_another_time_of_life_is_not_the_persons_age(shipped, text):
    ages = {r.id for r in match(shipped, text).recognised if r.id.startswith("age-")}
    assert not ages & {"age-child", "age-teen", "age-infant"}


def test_an_age_word_of_now_is_still_read(shipped):
    ages = {r.id for r in match(shipped, "my child has an itchy rash").recognised if r.id.startswith("age-")}
    assert ages == {"age-child"}


@pytest.mark.parametrize(
    "text",
    [
        "pale patches, very noticeable on my dark skin",
        "I have brown skin and the patches have lost their colour",
        "with black skin the rash is hard to see",
    ],
)
def test_the_persons_own_skin_colour_is_not_a_dark_patch(shipped, text):
    assert "hyperpigmentation" not in {r.id for r in match(shipped, text).recognised}
    assert ("hyperpigmentation", False) in _read(match(shipped, "dark skin patches on my neck"))


@pytest.mark.parametrize(
    "text",
    [
        "my dog keeps scratching his ears and has bald patches",
        "my cat has a scabby rash on her neck",
        "the horse has lumps on his back from the saddle",
        "my phone screen is cracked and the battery drains",
        "I have a sore throat and a cough",
        "the baby has colic and cries every evening",
    ],
)
def test_animals_idioms_and_words_that_name_nothing_alone_rank_nothing(shipped, text):
    result = match(shipped, text)
    assert result.conditions == [], result.recognised
    assert result.triage.level == "self-care"


def test_a_person_beside_their_pet_is_still_read(shipped):
    result = match(shipped, "my dog has fleas and now I have itchy red bumps on my ankles")
    assert result.conditions and ("pruritus", False) in _read(result)


def test_lumps_that_drain_pus_are_still_sinus_tracts(shipped):
    result = match(shipped, "painful lumps in my armpits that drain pus")
    assert "sinus-tracts" in {r.id for r in result.recognised}
    assert result.conditions[0].id == "hidradenitis-suppurativa"


def test_spots_between_a_phrases_words_make_it_another_thing(shipped):
    # Many small red drops all over is guttate psoriasis, not red all over (erythroderma).
    result = match(shipped, "sore throat then a rash of small red drops all over my body")
    assert "erythroderma" not in {r.id for r in result.recognised}
    assert result.conditions[0].id == "guttate-psoriasis"
    assert "erythroderma" in {
        r.id for r in match(shipped, "my skin has gone red all over and I'm shivering").recognised
    }


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Raynaud's 2 years, tight shiny fingers", None),
        ("itchy rash for 3 years", None),
        ("I'm 34 weeks pregnant with an itchy rash", None),
        ("49F. Raynaud's, sclerodactyly", "age-adult"),
        ("45 yo with itchy elbows", "age-adult"),
        ("my 6yo has spots", "age-child"),
        ("a 40 years old man with scaly patches", "age-adult"),
    ],
)
def test_a_number_is_an_age_only_when_said_as_one(shipped, text, age):
    ages = {r.id for r in match(shipped, text).recognised if r.id.startswith("age-")}
    assert ages == ({age} if age else set())


def test_a_pregnancy_says_the_person_is_of_childbearing_age_for_the_ranking(shipped):
    text = "I'm 28 weeks pregnant and my itchy rash around my belly button has turned into blisters"
    ranked = [c.id for c in match(shipped, text).conditions]
    assert ranked[0] == "pemphigoid-gestationis"
    assert ranked.index("pemphigoid-gestationis") < ranked.index("bullous-pemphigoid")


def test_a_wound_dressing_is_not_the_drug_reaction_dress(shipped):
    # "dressing" once stemmed to "dress", the drug reaction's name; and a trigger's everyday
    # names ("wound dressing") are part of its conditions' own words.
    from skinaxis.text import stem

    assert stem("dressing") != stem("DRESS".lower())
    result = match(
        shipped, "my dad is 80, the skin around his leg ulcer under the dressing has gone red, itchy and weepy"
    )
    ranked = [c.id for c in result.conditions]
    assert ranked[0] == "allergic-contact-dermatitis"
    assert "dress" not in ranked[:3]


def test_the_text_channel_reads_a_triggers_everyday_names(shipped):
    hits = text_channel.rank_text(shipped, "itchy red patch under my bracelet")
    assert hits and hits[0].condition == "allergic-contact-dermatitis"


@pytest.mark.parametrize(
    "text",
    [
        "patches on my hands and around my lips that have gone completely white",
        "some patches of skin on my knees have just gone white",
        "areas on my face that are much paler than the rest of me",
    ],
)
def test_a_colour_said_after_its_patch_is_the_patchs_colour(shipped, text):
    result = match(shipped, text)
    assert "depigmented-patches" in {r.id for r in result.recognised if not r.negated}
    assert result.conditions[0].id == "vitiligo"


def test_the_place_between_a_patch_and_its_colour_is_still_read(shipped):
    recognised = {r.id for r in match(shipped, "patches on my hands that have gone white").recognised}
    assert {"depigmented-patches", "hands"} <= recognised


@pytest.mark.parametrize(
    "text",
    [
        "my hair fell out in a perfectly round smooth patch over my ear",
        "his beard hair is coming out in little circles",
    ],
)
def test_hair_that_came_out_in_a_patch_left_a_bald_patch(shipped, text):
    result = match(shipped, text)
    assert "patchy-hair-loss" in {r.id for r in result.recognised}
    assert result.conditions[0].id == "alopecia-areata"


def test_itchy_welts_alone_fit_chronic_spontaneous_urticaria_best_by_their_signs(shipped):
    # Itch is part of the very definition of a wheal in the urticaria guideline: the hallmark.
    from skinaxis.match.rank import rank
    from skinaxis.match.recognise import recognise

    structured = rank(shipped, recognise(shipped, "itchy welts every day for 3 months"))
    assert structured[0].id == "chronic-spontaneous-urticaria", [c.id for c in structured[:3]]
    assert "Pruritus (hallmark)" in [r.text for r in structured[0].supporting]


def test_a_typo_between_two_words_goes_to_the_one_more_signs_use(shipped):
    # "pach" is one letter from "parch" (parched lips) and from "patch": patch is in far more signs.
    recognised = {r.id for r in match(shipped, "white pachs on my hands").recognised}
    assert "depigmented-patches" in recognised


def test_an_acute_condition_goes_down_when_the_problem_has_lasted_months_with_the_reason(shipped):
    text = "blisters in my mouth for 4 months, now blisters on my chest that burst and the skin comes off"
    result = match(shipped, text)
    ranked = [c.id for c in result.conditions]
    assert ranked.index("pemphigus-vulgaris") < ranked.index("stevens-johnson-syndrome")
    sjs = next(c for c in result.conditions if c.id == "stevens-johnson-syndrome")
    assert any("days to weeks" in r.text for r in sjs.opposing)


def test_a_long_story_with_a_recent_start_keeps_the_acute_condition(shipped):
    text = "I've had psoriasis for 10 years. I started a new tablet 2 weeks ago and now my skin is peeling off"
    text += " and my mouth is full of sores"
    # The two ends of one spectrum (a tie on these words): either leads, not a lasting condition.
    assert match(shipped, text).conditions[0].id in ("stevens-johnson-syndrome", "toxic-epidermal-necrolysis")
