from hypothesis import given
from hypothesis import strategies as st

from skinaxis.text import clean, near, normalise, stem, stems, typo_allowance, words


def test_normalise_folds_case_accents_width_and_punctuation():
    assert normalise("Behçet's Disease") == "behcet disease"
    assert normalise("ＰＳＯＲＩＡＳＩＳ") == "psoriasis"
    assert normalise("Sjögren’s  disease!") == "sjogren disease"
    assert normalise("IL-17 inhibitors") == "il 17 inhibitors"


def test_normalise_folds_ligatures_and_letters_without_a_decomposition():
    assert normalise("Straße") == "strasse"
    assert normalise("Cæsar") == "caesar"
    assert normalise("cœliac") == "coeliac"
    assert normalise("Øresund") == "oresund"
    assert normalise("ﬁnger") == "finger"


def test_stem_meets_everyday_word_forms():
    assert stem("itchy") == stem("itching") == stem("itches") == stem("itch") == stem("itchiness")
    assert stem("flaky") == stem("flakes") == stem("flake")
    assert stem("blisters") == stem("blistering") == stem("blister")
    assert stem("patches") == stem("patch")
    assert stem("swollen") == stem("swelling")
    assert stem("scaly") == stem("scales")


def test_stem_keeps_words_that_only_look_plural():
    assert stem("psoriasis") == "psoriasis"
    assert stem("abscess") == "abscess"
    assert stems("pus") == ["pus"]


def test_clean_removes_terminal_control_and_bidi_characters():
    assert clean("a\x1b[31mred\x07\u202eb") == "a[31mredb"
    assert clean("tab\tand\nnewline") == "tab\tand\nnewline"


def test_normalise_keeps_the_letters_of_every_script():
    assert normalise("Łódź rash") == "lodz rash"
    assert normalise("Đuro Ħal") == "duro hal"
    assert normalise("Зуд кожи") == "зуд кожи"
    assert normalise("Έλκος") == "ελκοσ"  # accent folded, letters kept (final sigma casefolds)
    assert normalise("µg") == "μg"


def test_a_name_without_letters_keeps_a_key_of_its_own():
    assert normalise("!!!") == "!!!"
    assert normalise("") == ""
    assert words("!!!") == []


@given(st.text(min_size=1))
def test_normalise_never_yields_an_empty_key_for_a_non_empty_name(text):
    assert normalise(text) != ""


@given(st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"]))
def test_normalise_never_drops_a_letter(letter):
    assert any(c.isalpha() for c in normalise(letter)), (letter, normalise(letter))


def test_one_typo_rule():
    assert [typo_allowance(w) for w in ("itc", "itch", "blister", "blisters")] == [0, 1, 1, 2]
    assert near("ithc", ["itch", "inch", "rash"]) == [("itch", 1)]  # a swap is one edit
    assert near("blistrs", ["blister", "blisters"]) == [("blisters", 1)]
    assert near("blisetrs", ["blister"]) == [("blister", 2)]
    assert near("bumpz", ["bum"]) == []  # candidates shorter than four letters are never typos


def test_each_suffix_rule_of_the_stemmer():
    # One word per rule, chosen so that no later rule would give the same key by accident.
    assert stem("itchiness") == stem("itchy")  # -iness
    assert stem("soreness") == stem("sore")  # -ness
    assert stem("allergies") == stem("allergy")  # -ies
    assert stem("worried") == stem("worry")  # -ied
    assert stem("abscesses") == stem("abscess")  # -sses
    assert stem("scratching") == stem("scratch")  # -ing
    assert stem("markedly") == stem("mark")  # -edly
    assert stem("cracked") == stem("crack")  # -ed
    assert stem("suddenly") == stem("sudden")  # -ly
    assert stem("rubbing") == stem("rub") == "rub"  # a doubled consonant left by -ing
    assert stem("swelling") == "swell"  # ... but a doubled l stays
    assert [stem(w) for w in ("scaly", "flaky", "itchy")] == ["scal", "flak", "itch"]


def test_american_spellings_meet_british_ones():
    assert stem("color") == stem("colour")
    assert stem("diarrhea") == stem("diarrhoea")
    assert stem("1000") == "1000"


def test_near_finds_every_close_word_however_many():
    candidates = [f"itc{c}" for c in "abdefghijk"]
    assert len(near("itch", candidates)) == len(candidates)


def test_apostrophes_go_without_a_trace():
    assert normalise("don't") == normalise("don’t") == "dont"
    assert normalise("! !") == "! !"  # a name without letters keeps its own key, spaces folded


def test_the_stemmer_at_its_length_limits():
    assert [stem(w) for w in ("legs", "arms", "mildly", "stopped")] == ["leg", "arm", "mild", "stop"]
    assert [stem(w) for w in ("virus", "fungus", "achy", "sore")] == ["virus", "fungus", "achy", "sore"]


def test_marks_that_belong_to_a_letter_stay_and_accents_go():
    # Devanagari vowel signs are combining marks, but part of the word: it must not break apart.
    from skinaxis.text import normalise, words

    assert words("हिन्दी त्वचा") == ["हिन्दी", "त्वचा"]
    assert normalise("Crème brûlée") == "creme brulee"
    assert normalise("Έλκος") == "ελκοσ"
