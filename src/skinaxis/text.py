"""Text normalisation shared by look-up, search and match.

Names match ignoring case, accents and punctuation (SPEC), and people type plurals, verb forms
and full-width letters, so every comparison goes through `normalise` and, for words, `stem`.
The stemmer is a small suffix stripper tuned to everyday symptom words ("itchy", "itching" and
"itches" all become "itch"); it only has to map both sides of a comparison to the same key.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHE_S = re.compile(r"['\u2019]s\b")
# Anything that is not a letter or a digit of any script separates words; "_" too.
# Letters that have no Unicode decomposition to strip an accent from, written as a reader of
# English would type them ("Łódź" -> "lodz", "Øresund" -> "oresund"). Other letters, of any
# script (Cyrillic, Greek, ...), are kept as they are: a key never loses a letter.
_FOLD = str.maketrans(
    {"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "þ": "th", "ð": "d"}
)
# Control characters (C0 except tab/newline, DEL, C1) and bidi/format marks that could move the
# cursor, recolour the terminal or reorder what a reader sees.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

# Irregular forms a suffix stripper cannot reach.
_IRREGULAR = {
    "swollen": "swell",
    "feet": "foot",
    "teeth": "tooth",
    "children": "child",
    "women": "woman",
    "men": "man",
    "worse": "bad",
    "worst": "bad",
    "lumpy": "lump",
    "bumpy": "bump",
    "scabby": "scab",
    "spotty": "spot",
    "bled": "bleed",
    "bleeding": "bleed",
    "hives": "hive",
    "knees": "knee",
    "eyes": "eye",
    "toes": "toe",
    "shoes": "shoe",
    "lying": "lie",
    "dying": "die",
    "peeling": "peel",
    "peely": "peel",
    "patches": "patch",
    "rashes": "rash",
    "blotches": "blotch",
    "blotchy": "blotch",
    "crusty": "crust",
    "crusted": "crust",
    "loss": "los",
    "lost": "los",
    "lose": "los",
    "losing": "los",
    "bigger": "big",
    "biggest": "big",
    "redness": "red",
    "reddish": "red",
    "whitish": "whit",
    "purplish": "purpl",
    "yellowish": "yellow",
    "brownish": "brown",
    "shiny": "shine",
    "shinier": "shine",
    "coming": "come",
    "comes": "come",
    "came": "come",
    "goes": "go",
    "going": "go",
    "tired": "tire",
    "tiredness": "tire",
    "tiring": "tire",
    "fell": "fall",
    "fallen": "fall",
    # Sleepy (drowsy) is not sleep: "I sleep a lot", "my dog sleeps on my bed".
    "sleepy": "sleepy",
    "sleepier": "sleepy",
    "sleepiness": "sleepy",
    # A wound dressing (or getting dressed) is not DRESS, the drug reaction.
    "dressing": "dressing",
    "dressings": "dressing",
    "dressed": "dressed",
}
# American spellings meet British ones (the catalogue is written in British English).
_SPELLING = {
    "color": "colour",
    "colored": "coloured",
    "discolored": "discoloured",
    "discoloration": "discolouration",
    "gray": "grey",
    "diarrhea": "diarrhoea",
    "edema": "oedema",
    "anemia": "anaemia",
    "tumor": "tumour",
    "hemorrhage": "haemorrhage",
    "esophagus": "oesophagus",
    "pediatric": "paediatric",
    "center": "centre",
    "behavior": "behaviour",
    "odor": "odour",
    "labia": "vulva",
    "seborrheic": "seborrhoeic",
    "myxedema": "myxoedema",
    "hematuria": "haematuria",
}


def clean(text: str) -> str:
    """Drop control and bidi characters so data can never drive the terminal."""
    return _UNSAFE.sub("", text)


def normalise(text: str) -> str:
    """Fold case, width, accents and punctuation: "Behçet's Disease" -> "behcet disease".

    The key of a name that has no letter or digit at all ("!!!") is the name itself, folded:
    never the empty key, which would make such a name find whatever else folded to nothing.
    """
    return _fold_words(text) or " ".join(unicodedata.normalize("NFKC", text).casefold().split()) or text


def _fold_words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()  # casefold turns "ß" into "ss"
    text = _APOSTROPHE_S.sub("", text).replace("'", "").replace("\u2019", "")
    text = "".join(_strip_accents(unicodedata.normalize("NFKD", text))).translate(_FOLD)
    # Words are letters, digits and the marks that belong to them; everything else separates.
    return " ".join("".join(c if c.isalnum() or _is_mark(c) else " " for c in text).split())


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


# Accents come off Latin, Greek and Cyrillic letters ("é" -> "e"); in other scripts a combining
# mark is part of the letter (Devanagari vowel signs: "हिन्दी" must stay one word).
_ACCENTED_SCRIPTS_END = 0x0530


def _strip_accents(text: str) -> list[str]:
    kept: list[str] = []
    for char in text:
        if _is_mark(char):
            base = kept[-1] if kept else ""
            if not base or ord(base) < _ACCENTED_SCRIPTS_END:
                continue
            kept.append(char)
            continue
        kept.append(char)
    return kept


def words(text: str) -> list[str]:
    """Normalised words of `text`: only its letters and digits (punctuation alone is no word)."""
    return _fold_words(text).split()


def typo_allowance(word: str) -> int:
    """How many edits a word may be away from the word it was meant to be: none below four
    letters (too many short words are a letter apart), one up to seven, two from eight."""
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


def near(word: str, candidates: list[str]) -> list[tuple[str, int]]:
    """The candidates (of four letters or more) within `typo_allowance(word)` edits of `word`,
    with their distance (a swap of two letters is one edit). The one rule for typos in search
    and match."""
    allowed = typo_allowance(word)
    if not allowed or not candidates:
        return []
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    found = process.extract(word, candidates, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=None)
    return [(candidate, int(distance)) for candidate, distance, _ in found if len(candidate) >= 4]


def stem(word: str) -> str:
    """Reduce an English word to a comparison key: plurals, -ing, -ed, -y, -ness, -ly."""
    word = _SPELLING.get(word, word)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in (
        ("iness", "y"),
        ("ness", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
        ("ing", ""),
        ("edly", ""),
        ("ed", ""),
        ("ly", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "ly" else 3):
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: len(word) - len(suffix)] + replacement
            break
    # "itchy" -> "itch", "flaky" -> "flak", "scaly" -> "scal"; a final "e" goes so that
    # "flake" and "flaky" meet.
    if len(word) > 4 and word.endswith("y"):
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    # Doubled final consonant left by -ing/-ed: "scratchting" no, "rubbing" -> "rubb" -> "rub".
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]
