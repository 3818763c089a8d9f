from skinaxis.text import clean, normalise, stem, stems


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
