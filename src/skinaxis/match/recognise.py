"""Recognition: the manifestations, body sites, triggers, red-flag wording and context a description names.

Words match the vocabulary by stem (`text.stem`), small typos are corrected (`text.near`), the
words of a phrase may come in any order within a short window, and negation ("no blackheads")
holds for a few words or up to a comma.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import TYPE_CHECKING

from skinaxis import model
from skinaxis.record import record
from skinaxis.text import near, stem, words
from skinaxis.vocab import KIND_SECTION, as_words

from .lexicon import (
    AGE_NUMBER,
    AGE_WORDS,
    BREAKS,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CHANGE_WORDS,
    CHANGING,
    CLAUSE,
    COMMA,
    DRUG_NAME,
    FUNCTION_WORDS,
    GENERIC,
    KNOWN_WORDS,
    LESION_WORDS,
    LIST_JOINS,
    LOCATIVE,
    MEDICINES,
    MODIFIERS,
    MOLE,
    MOLE_WORDS,
    NEGATION_AFTER_JOIN,
    NEGATION_COUNTS,
    NEGATION_WINDOW,
    NEGATIONS,
    NEW_SUBJECT,
    NEW_SUBJECT_JOINS,
    NOT_DENIED_AFTER_AND,
    PARTIAL_MAX_SIGNS,
    PAST_AGE,
    PERSON_AGE,
    SPOT_WORDS,
    STOPWORDS,
    TIME_WORDS,
    TRANSIENT,
)
from .results import Recognised
from .rewrites import rewrite
from .vocabulary import StoredVocabulary, _Group, stored

WHOLE_SKIN = frozenset(stem(w) for w in "all over whole everywhere skin body widespread".split())

NOT_NAMING = MODIFIERS | LOCATIVE | GENERIC | TIME_WORDS | FUNCTION_WORDS | STOPWORDS

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

MAX_READINGS = 64  # the ways to place a phrase's repeated words looked at before taking the first
MAX_CHARS = 4000  # a description longer than this is cut: people describe, they do not paste books


def _correct(token: str, vocabulary: StoredVocabulary) -> str | None:
    """The vocabulary stem a misspelt word most likely meant (the closest; among equals the one
    more signs use, "pach" is "patch" before "parch", then the first in alphabetical order), by
    the one typo rule of `text.near`."""
    if token in vocabulary.stems or len(token) < 4 or token in STOPWORDS or token in KNOWN_WORDS or token.isdigit():
        return None
    found = near(token, vocabulary.sorted_stems)
    used = vocabulary.sign_count
    return min(found, key=lambda item: (item[1], -used.get(item[0], 0), item[0]))[0] if found else None


@record
class _Token:
    raw: str
    stem: str
    negated: bool
    corrected: bool = False


def _clauses(text: str, vocabulary: StoredVocabulary) -> list[list[_Token]]:
    text = rewrite(text)
    clauses = []
    for part in CLAUSE.split(text):
        tokens: list[_Token] = []
        negate_left = 0
        raws = [w for piece in COMMA.split(part) for w in [*words(piece), ","]]
        for at, raw in enumerate(raws):
            if raw == ",":
                negate_left = 0
                continue
            if raw in BREAKS:
                if tokens:
                    clauses.append(tokens)
                tokens, negate_left = [], 0
                continue
            if raw in NEW_SUBJECT_JOINS and raws[at + 1 : at + 2] and raws[at + 1] in NEW_SUBJECT:
                # "not itchy and my tongue swelled up": a new subject ends the denial.
                negate_left = 0
                continue
            if raw == "and" and negate_left and _names_a_rash_that_stays(raws[at + 1 :]):
                # "no fever and purple spots that don't fade": the denial is the fever's alone.
                negate_left = 0
                continue
            if raw in NEGATIONS:
                tokens.append(_Token(raw, "not", False))
                negate_left = NEGATION_WINDOW
                continue
            token_stem = stem(raw)
            if token_stem in STOPWORDS or raw in STOPWORDS:
                if raw in LIST_JOINS and tokens and tokens[-1].negated:
                    negate_left = max(negate_left, NEGATION_AFTER_JOIN)
                elif negate_left and raw in NEGATION_COUNTS:
                    negate_left -= 1
                continue
            corrected = False
            if token_stem not in vocabulary.stems and not vocabulary.is_english(raw):
                fixed = _correct(token_stem, vocabulary)
                if fixed is not None:
                    token_stem, corrected = fixed, True
            tokens.append(_Token(raw, token_stem, negate_left > 0, corrected))
            if negate_left:
                negate_left -= 1
        if tokens:
            clauses.append(tokens)
    return [_changing(clause) for clause in _short_lived(text, clauses)]


def _names_a_rash_that_stays(after: list[str]) -> bool:
    """The words after an "and", up to a comma, a break or a denial of their own, name a rash that
    does not fade, or purple spots: a warning sign a denial before the "and" never reaches."""
    for raw in after:
        if raw == "," or raw in BREAKS or raw in NEGATIONS:
            return False
        if raw in NOT_DENIED_AFTER_AND:
            return True
    return False


def _changing(clause: list[_Token]) -> list[_Token]:
    """A mole said to grow, darken, bleed or change ("a mole on my back that used to be flat has
    changed colour") reads as the catalogue's "changing mole" where the mole is, when the word of
    change is close to it (a few words before, a few more after): in "an itchy eczema patch next
    to a mole" the itch is the eczema's. A denied change ("none have changed") does not."""
    changes = [t for t in clause if t.stem in CHANGE_WORDS]
    if changes and not any(not t.negated for t in changes):
        # "moles, none of them have changed": the moles are said not to change
        return [_Token(t.raw, t.stem, True, t.corrected) if t.stem in MOLE_WORDS else t for t in clause]
    out: list[_Token] = []
    for at, token in enumerate(clause):
        out.append(token)
        if token.stem not in MOLE_WORDS or token.negated:
            continue
        near_by = clause[max(0, at - CHANGE_BEFORE) : at + 1 + CHANGE_AFTER]
        change = next((t for t in near_by if t.stem in CHANGE_WORDS and not t.negated), None)
        if change is not None:
            out += [_Token(change.raw, CHANGING, False), _Token("", MOLE, False)]
    return out


def _short_lived(text: str, clauses: list[list[_Token]]) -> list[list[_Token]]:
    """Spots said to be short-lived (TRANSIENT) anywhere in the description read as "<spot word>
    come and go" where the spot word is, so that reading is an alternative to the word's others."""
    said_words = " ".join(words(text))
    said = TRANSIENT.search(said_words)
    # "Hives that haven't gone away after 48 hours" says the opposite: spots that last.
    if said is None or NEGATIONS & set(said_words[: said.start()].split()[-3:]):
        return clauses
    seen: set[str] = set()
    out = []
    for clause in clauses:
        tokens = []
        for token in clause:
            tokens.append(token)
            if token.stem in SPOT_WORDS and not token.negated and token.stem not in seen:
                seen.add(token.stem)
                tokens += [_Token(said.group(0), "come", False), _Token("", "go", False)]
        out.append(tokens)
    return out


def recognise(catalogue: StoredCatalogue, text: str, vocabulary: StoredVocabulary | None = None) -> list[Recognised]:
    vocabulary = vocabulary or stored(catalogue)
    found: dict[tuple[str, str], Recognised] = {}
    for clause_number, tokens in enumerate(_clauses(text[:MAX_CHARS], vocabulary)):
        positions: dict[str, list[int]] = {}
        for i, token in enumerate(tokens):
            positions.setdefault(token.stem, []).append(i)
        matches: list[tuple[int, float, int, int, _Group]] = []
        for phrase in vocabulary.groups(set(positions)):
            present = [s for s in phrase.stems if s in positions]
            missing = len(phrase.stems) - len(present)
            # All words, or all but one common modifier of a longer sign phrase.
            if missing:
                absent = [s for s in phrase.stems if s not in positions]
                # Words that name the sign: not a place, a time, a little word or a verb's "not"
                # ("face that won't go away" is not "red face that doesn't go away").
                naming = [s for s in present if s not in NOT_NAMING and not s.startswith("non")]
                if not (
                    missing == 1
                    and len(phrase.stems) >= 3
                    and phrase.type == "manifestation"
                    and absent[0] in MODIFIERS
                    and any(vocabulary.sign_count.get(word, 0) <= PARTIAL_MAX_SIGNS for word in naming)
                ):
                    continue
            spots = _tightest([positions[s] for s in present], [t.negated for t in tokens])
            span = spots[-1] - spots[0] + 1
            # A warning phrase's words stand closer together than a sign's: a warning is read
            # only when said as one ("blisters in my mouth and eyes"), not assembled from a story.
            slack = 1 if len(phrase.stems) <= 2 or phrase.type == "red-flag" else 2
            if span > len(phrase.stems) + slack:
                continue
            # Spots between a phrase's words make it another thing: "red drops all over" is many
            # spots, not red all over; "itchy bumps on my skin" is not "itchy skin".
            # A lesion word as a verb ("skin is blistering and peeling") says what the skin does: no spots.
            between = {t.stem for t in tokens[spots[0] : spots[-1] + 1] if not t.raw.endswith("ing")}
            between -= set(phrase.stems)
            # Only for a phrase about the whole skin: "black [spot on my] toe" is still a black toe.
            if between & LESION_WORDS and not set(phrase.stems) & LESION_WORDS and set(phrase.stems) & WHOLE_SKIN:
                continue
            # A phrase's own "not" says what cannot be done ("can't climb the stairs"): it comes
            # first, right before one of the phrase's words; not after them ("arms, not raised")
            # nor before another thing denied ("no weakness, I climb stairs fine").
            first = spots[0]
            if "not" in phrase.stems and (
                tokens[first].stem != "not" or first + 1 >= len(tokens) or tokens[first + 1].stem not in phrase.stems
            ):
                continue
            confidence = 1.0 if missing == 0 else 0.6
            matches.append((len(present), confidence, spots[0], spots[-1], phrase))
        # Longer phrases first; a shorter phrase of the same type inside a longer match is dropped.
        # Among equals, the tighter reading (words closer together) and then the earlier one.
        matches.sort(key=lambda m: (-m[0], -m[1], m[3] - m[2], m[2], m[4].gid))
        covered: dict[str, list[tuple[int, int]]] = {}
        for length, confidence, start, end, phrase in matches:
            spans = covered.setdefault(phrase.type, [])
            # A shorter reading inside a longer one ("lumps" in "lumps in my armpit") is kept as an
            # alternative for ranking but not shown; signs are the only type where that helps.
            shadowed = any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)
            if shadowed and phrase.type != "manifestation":
                continue
            spans.append((start, end))
            used = tokens[start : end + 1]
            denied = [t.negated for t in used if t.stem in phrase.stems]
            # A warning phrase is denied by any denied word ("purple spots, no high temperature"
            # is not "purple spots and a high temperature"), unless it holds its own "not" ("never
            # heals"), whose words it denies itself; a sign only when all its words are denied.
            own_negation = "not" in phrase.stems
            negated = any(denied) if phrase.type == "red-flag" and not own_negation else all(denied)
            # A denial between a phrase's words, right before one of them, denies it: "skin not mottled",
            # "skin isn't grey"; not a denial of another thing between ("red not itchy patches").
            inside = next((i for i in range(start + 1, end) if tokens[i].stem == "not"), None)
            if inside is not None and not own_negation and tokens[inside + 1].stem in phrase.stems:
                negated = negated or all(t.negated for t in tokens[inside + 1 : end + 1] if t.stem in phrase.stems)
            raw = " ".join(t.raw for t in used if t.raw)
            if len(phrase.ids) > 1 and phrase.type != "red-flag":
                catalogue.load_names(KIND_SECTION[phrase.type], phrase.ids)
            for entry_id in phrase.ids:
                key = (phrase.type, entry_id)
                previous = found.get(key)
                if (
                    previous is None
                    or (previous.negated and not negated)
                    or (previous.negated == negated and length > len(previous.text.split()))
                    # A reading of its own beats one inside a longer reading ("scratch" over the
                    # "itchy" of "itchy tiny blisters"): it is separate evidence.
                    or (
                        previous.negated == negated
                        and length == len(previous.text.split())
                        and previous.shadowed
                        and not shadowed
                    )
                ):
                    found[key] = Recognised(
                        phrase.type,
                        entry_id,
                        _name(catalogue, phrase.type, entry_id),
                        raw,
                        negated,
                        confidence * (0.9 if any(t.corrected for t in used) else 1.0),
                        (clause_number, start, end),
                        shadowed,
                    )
        # Single distinctive words not already part of a matched sign phrase.
        in_phrase = {i for s, e in covered.get("manifestation", []) for i in range(s, e + 1)}
        for i, token in enumerate(tokens):
            sign = vocabulary.distinctive.get(token.stem)
            if sign is None or i in in_phrase or ("manifestation", sign) in found:
                continue
            found["manifestation", sign] = Recognised(
                "manifestation",
                sign,
                _name(catalogue, "manifestation", sign),
                token.raw,
                token.negated,
                0.5,
                (clause_number, i, i),
            )
    for context in _context(text[:MAX_CHARS]):
        found.setdefault((context.type, context.id), context)
    # A reading inside a longer one stays hidden only when the longer one implies it ("blisters"
    # inside "tense blisters"); otherwise ("itchy" inside "tense itchy blisters") it is shown.
    implies = vocabulary.implies
    shown = {r.id for r in found.values() if r.type == "manifestation" and not r.shadowed}
    implied: set[str] = set()
    for other in shown:
        implied |= implies.get(other)
    for reading in found.values():
        if reading.shadowed and reading.id not in implied:
            reading.shadowed = False
    return sorted(
        found.values(),
        key=lambda r: ("manifestation site trigger condition context red-flag".split().index(r.type), r.name),
    )


def _tightest(occurrences: list[list[int]], denied: list[bool]) -> list[int]:
    """One position for each word, as close together as they come: a word said twice ("painful
    mouth ulcers ... a red painful eye") is read where the rest of its phrase is, and where it is
    not denied ("never had spots as a teen, now I get spots on my jaw")."""
    spots = sorted(min(places) for places in occurrences)
    if all(len(places) == 1 for places in occurrences) or math.prod(map(len, occurrences)) > MAX_READINGS:
        return spots
    return sorted(
        min(
            itertools.product(*occurrences),
            key=lambda pick: (any(denied[i] for i in pick), max(pick) - min(pick), sorted(pick)),
        )
    )


def _name(catalogue: StoredCatalogue, kind: str, entry_id: str) -> str:
    section = KIND_SECTION[kind]
    if kind == "red-flag":
        flag: model.GlobalRedFlag = catalogue.red_flags[entry_id]
        return flag.text
    return catalogue.name(section, entry_id) or entry_id


def _age_group(number: int, words_said: str) -> Recognised:
    group = (
        "infant"
        if number < 2
        else "child"
        if number < 13
        else "teen"
        if number < 18
        else "adult"
        if number < 65
        else "older-adult"
    )
    return Recognised("context", f"age-{group}", f"Age group: {as_words(group)}", words_said)


def _context(text: str) -> list[Recognised]:
    """Age group from numbers or words; medicines named by their generic names."""
    norm = " " + " ".join(words(text)) + " "
    out: list[Recognised] = []
    drug = DRUG_NAME.search(norm)
    if drug:
        out.append(Recognised("trigger", MEDICINES, "Medicines", drug.group(0)))
    for match in PERSON_AGE.finditer(norm):
        number = int(match.group(1))
        if (match.group(2) or "").startswith("month") and number < 48:
            number = 0 if number < 24 else 2
        if 0 < number < 120 or (number == 0 and match.group(2)):
            out.append(_age_group(number, match.group(0).strip()))
            return out
    for match in AGE_NUMBER.finditer(norm):
        number = int(next(group for group in match.groups() if group))
        if 0 < number < 120:
            out.append(_age_group(number, match.group(0).strip()))
            return out
    for group, cues in AGE_WORDS.items():
        for cue in cues:
            # "Had eczema as a child", "when I was a teenager": another time of life, not this one.
            if any(not PAST_AGE.search(norm, 0, at.start()) for at in re.finditer(f" {re.escape(cue)} ", norm)):
                out.append(Recognised("context", f"age-{group}", f"Age group: {as_words(group)}", cue))
                return out
    return out
