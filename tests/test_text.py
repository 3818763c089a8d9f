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
