"""The symptom explorer: recognise what a description names, rank conditions, and triage.

- lexicon.py     the English word lists, idioms, age and medicine patterns
- vocabulary.py  the catalogue's wording: rows for the store at build time, read back by word
- rewrites.py    description -> the same description in the words recognition reads (with
                 said_otherwise.py, warning signs said another way, and not_skin.py, skin words
                 that say nothing about skin)
- recognise.py   description -> Recognised readings (signs, sites, triggers, context, red flags)
- plausible.py   who the description is about (age, sex, pregnancy, how long) -> re-ranking factors
- questions.py   the ranking -> the questions that would best narrow it down
- rank.py        readings -> Ranked conditions, with what supports and what argues against each
- text.py        the text channel: each condition's own words by BM25, fused with the ranking
- triage.py      readings and ranking -> a Triage level with reasons
- results.py     the records all of them return

It is not a diagnosis and never claims to be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from skinaxis.text import near, stem, stems
from skinaxis.text import words as words_of
from skinaxis.vocab import PERSON_ANSWERS, as_words

from . import plausible
from . import text as text_channel
from .lexicon import (
    ANIMALS,
    CAUSING,
    CLAUSE_JOINS,
    DENYING_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    GENERIC,
    LOCATIVE,
    OWN_SUBJECT,
    PERSON_CUES,
    PERSON_SUBJECTS,
    PERSON_WORDS,
    SKIN_WORDS,
    STOPWORDS,
    THING_SUBJECT,
    TIME_WORDS,
)
from .questions import Question, answer_likelihoods, next_questions, split_answers, where
from .rank import TOP_CONDITIONS, rank
from .recognise import MAX_CHARS, recognise
from .results import MatchResult, Ranked, Reason, Recognised, Triage
from .rewrites import rewrite
from .text import TextHit
from .triage import one_insect_bite, triage
from .vocabulary import stored

# An illness with no skin sign ranks only on this many signs, and a text-channel leader this many
# times the runner-up's score (see is_in_scope_illness).
MIN_SYSTEMIC_SIGNS = 2
MIN_STRUCTURED = 0.4  # the structured leader's score: its signs explain most of what was said
TEXT_LEAD = 1.25

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

ANSWERED_NO_CONFIDENCE = 0.5
# The fused ranking the questions weigh: deeper than the conditions shown, so that a question can
# bring one up from below (a condition of pregnancy, down while pregnancy is not mentioned).
QUESTION_POOL = 20

__all__ = [
    "MatchResult",
    "Question",
    "Ranked",
    "Reason",
    "Recognised",
    "Triage",
    "match",
    "rank",
    "recognise",
    "triage",
]


def match(
    catalogue: StoredCatalogue,
    text: str,
    yes: Iterable[str] = (),
    no: Iterable[str] = (),
    unsure: Iterable[str] = (),
) -> MatchResult:
    """Rank the catalogue's conditions against a description, and any yes/no answers to the
    questions a previous run asked (sign ids, as `questions` gives them); `unsure` holds the signs
    answered "not sure", which are not asked again."""
    vocabulary = stored(catalogue)
    read = recognise(catalogue, text, vocabulary)
    # Ranking drops a "baby" that is the pregnancy; triage keeps every reading (a pregnant mother's
    # toddler with spots that don't fade is still a child).
    recognised = plausible.pregnancy_is_not_a_baby(text[:MAX_CHARS], read)
    kept_for_triage = [r for r in read if r not in recognised]
    denied = frozenset(stem for r in recognised if r.negated for stem in stems(r.text))
    answers = [(sign, True) for sign in yes] + [(sign, False) for sign in no]
    split = split_answers(catalogue, answers)
    recognised += [_answer(catalogue, sign, said_yes) for sign, said_yes in split.signs]
    # Who the person is weighs through the structured ranking's ages and plausibility (fuse).
    recognised += [_person_answer(about, said_yes) for about, said_yes in split.person]
    structured = rank(catalogue, recognised, vocabulary)
    # An answered site weighs once, as its question assumed (in fuse), not again as a described place.
    recognised += [_site_answer(catalogue, site, said_yes) for site, said_yes in split.sites]
    hits = text_channel.rank_text(
        catalogue,
        text[:MAX_CHARS],
        ignore=STOPWORDS | LOCATIVE | GENERIC | TIME_WORDS | FUNCTION_WORDS | DENYING_WORDS | denied,
    )
    note = ""
    things = said_of_things(text, recognised)
    if (
        is_about_skin(catalogue, text, recognised, denied, things)
        or is_in_scope_illness(catalogue, recognised, structured, hits)
        or any(said for _sign, said in split.signs)
    ):
        ranked = fuse(catalogue, text[:MAX_CHARS], recognised, structured, hits, answers, QUESTION_POOL)
    else:
        ranked = []
        note = "No skin sign or symptom was recognised in this description, so no conditions are ranked."
    pool, ranked = ranked, ranked[:TOP_CONDITIONS]
    origins = catalogue.origins("conditions", [c.id for c in ranked]) if ranked else {}
    for condition in ranked:
        condition.origin = origins.get(condition.id, condition.origin)
    settled = {r.id for r in recognised if r.type in ("manifestation", "site")} | set(unsure)
    settled |= {b for sign in list(settled) for b in vocabulary.implies.broader(sign)}
    settled |= {about for about, _ in split.person}
    asked = next_questions(catalogue, pool, settled, plausible.person(text[:MAX_CHARS], recognised))
    for_triage = not_of_things(catalogue, recognised + kept_for_triage, things)
    level = triage(catalogue, for_triage, ranked, text[:MAX_CHARS])
    if (
        ranked
        and level.level in ("routine", "self-care")
        and one_insect_bite(text[:MAX_CHARS], recognised + kept_for_triage)
    ):
        # One insect bite with no warning sign: not a condition of the catalogue (a warning sign
        # keeps the ranking and its triage).
        ranked, asked = [], []
        note = "This reads as one insect bite, which is not a condition skinaxis covers, so no conditions are ranked."
        level = triage(catalogue, for_triage, ranked, text[:MAX_CHARS])
    result = MatchResult(text[:MAX_CHARS], recognised, ranked, level, note)
    result.questions = asked
    result.answers = answers
    return result


def _answer(catalogue: StoredCatalogue, sign: str, said_yes: bool) -> Recognised:
    entry = catalogue.manifestations[sign]
    everyday = (entry.everyday or entry.name).lower()
    said = f"you said {'yes' if said_yes else 'no'}: {everyday}"
    # A "no" is weaker evidence than a "yes" (see questions.NO_FLOOR): it argues against less.
    confidence = 1.0 if said_yes else ANSWERED_NO_CONFIDENCE
    return Recognised("manifestation", sign, entry.name, said, negated=not said_yes, confidence=confidence)


def _person_answer(about: str, said_yes: bool) -> Recognised:
    """An answer about the person: an age group (as recognition reads one said in words) or
    pregnancy (as the trigger is read)."""
    said = f"you said {'yes' if said_yes else 'no'}: {PERSON_ANSWERS[about]}"
    if about.startswith("age-"):
        group = about.removeprefix("age-")
        return Recognised("context", about, f"Age group: {as_words(group)}", said, negated=not said_yes)
    return Recognised("trigger", about, "Pregnancy", said, negated=not said_yes)


def _site_answer(catalogue: StoredCatalogue, site: str, said_yes: bool) -> Recognised:
    name = catalogue.name("sites", site) or site
    said = f"you said {'yes' if said_yes else 'no'}: {where(site)} your {name.lower()}"
    return Recognised("site", site, name, said, negated=not said_yes)


def said_of_things(text: str, recognised: list[Recognised]) -> frozenset[str]:
    """The stems said only of things and animals, read as said and as rewritten: "my dog's hair
    fell out in a patch" is read as a bald patch."""
    return _words_about_things(text[:MAX_CHARS], recognised) | _words_about_things(
        rewrite(text[:MAX_CHARS]), recognised
    )


def not_of_things(catalogue: StoredCatalogue, readings: list[Recognised], things: frozenset[str]) -> list[Recognised]:
    """The readings not said of a thing or an animal: triage does not warn about a banana's black
    skin or a phone's red blotch that will not fade. Warning phrases, and signs outside the skin
    (a fever, breathlessness: a thing has none), always stay."""
    signs = catalogue.manifestations
    return [
        r
        for r in readings
        if r.type not in ("manifestation", "site")
        or (r.type == "manifestation" and signs[r.id].systemic)
        or not set(stems(r.text)) <= things
    ]


def is_about_skin(
    catalogue: StoredCatalogue,
    text: str,
    recognised: list[Recognised],
    denied: frozenset[str],
    things: frozenset[str] | None = None,
) -> bool:
    """A description ranks conditions only when it names a skin sign (not only fever or joint
    pain), a condition, or uses a word of the skin's own (rash, patch, itch...) that it does not deny,
    outside clauses about a thing ("the bread has mould spots"; `things`, said_of_things)."""
    things = said_of_things(text, recognised) if things is None else things
    for r in recognised:
        if r.negated:
            continue
        if r.type == "condition":
            return True
        if r.type == "manifestation" and not catalogue.manifestations[r.id].systemic:
            if not set(stems(r.text)) <= things:
                return True
    # Read as recognition reads it: a "sore throat" is one word, not a sore.
    return any(
        stem in SKIN_WORDS and stem not in denied and stem not in things
        for _, stem in text_channel.affirmed_words(rewrite(text[:MAX_CHARS]))
    )


PERSON_LIST = sorted(w for w in PERSON_WORDS if len(w) >= 4)
PERSON_STEMS = frozenset(stem(w) for w in PERSON_WORDS)
ANIMAL_STEMS = frozenset(stem(w) for w in ANIMALS)
# A possessive after an animal is the animal's ("his back"); a person is named by a noun, "I" or
# "my" ("... and my skin is itchy"), an object ("the dog knocked him over", "the cat scratched her
# arm") or a new subject ("... and he has a rash").
PEOPLE_STEMS = (PERSON_STEMS - set(stems("skin body he him his she her it they them their"))) | set(
    stems("i im ive me my mine myself")
)
OBJECT_STEMS = PEOPLE_STEMS | set(stems("him her them us you"))
LEADING_JOIN = re.compile(r"^(?:and|but|then|so)\s+")  # ", and the rash is ...": the rash is the subject


def _words_about_things(text: str, recognised: list[Recognised]) -> frozenset[str]:
    """The stems of clauses about a thing: their subject names no person, body part, skin word or
    sign ("my car has rust patches", "the paint on my fence is peeling"), and nothing after it names
    a person or a body part ("the new soap has made my skin red" is about skin). A clause with no
    subject of its own ("... and keeps scratching") goes with the one before it. Stems said anywhere
    else are not counted."""
    places = {s for r in recognised if r.type == "site" and not r.negated for s in stems(r.text)}
    signs = {s for r in recognised if r.type in ("condition", "manifestation") for s in stems(r.text)}
    person_or_place = places | PERSON_STEMS
    people, objects = PEOPLE_STEMS, OBJECT_STEMS
    thing_stems: set[str] = set()
    other_stems: set[str] = set()
    about_thing = about_animal = False
    # Split before words() drops the punctuation that CLAUSE_JOINS splits on.
    clauses = [LEADING_JOIN.sub("", " ".join(words_of(c))) for c in CLAUSE_JOINS.split(text.lower())]
    for clause in clauses:
        said = clause.split()
        if not said:
            continue
        subject = THING_SUBJECT.match(clause)
        rest = set(stems(clause[subject.end() :] if subject else clause))
        named = set(stems(subject.group(1))) if subject is not None else set()
        # After "the cat has", "her" is the cat's ("bald patches on her back"); after "the cat
        # scratched" (no "has"), it is a person.
        if subject is not None and named & ANIMAL_STEMS and not rest & (objects - {"her"}):
            about_thing = about_animal = True
        elif (
            subject is None
            and said[0] in DETERMINERS
            and set(said[1:3]) & ANIMALS
            and not set(stems(" ".join(said[2:]))) & objects
        ):
            # "The dog's itchy": the "'s" that was the verb is gone from the words.
            about_thing = about_animal = True
        elif (
            about_animal
            and not (said[0] in PERSON_SUBJECTS and set(said) & PERSON_CUES)
            and not set(stems(clause)) & people
            and (subject is None or named <= SKIN_WORDS | GENERIC)
        ):
            # After an animal, its fur, back and skin are the animal's ("... losing fur in patches
            # on his back, and the skin looks red") until a person is named.
            about_thing = True
        elif subject is not None:
            caused_skin = bool(rest & CAUSING and rest & SKIN_WORDS)
            # "The area is going black" is skin: an area, a part or a place is not a thing; nor is
            # a person misspelt ("my babby has a rash").
            skin_subjects = person_or_place | signs | SKIN_WORDS | (GENERIC - {stem("thing")})
            misspelt_person = any(near(word, PERSON_LIST) for word in subject.group(1).split())
            about_thing = not named & skin_subjects and not rest & person_or_place and not misspelt_person
            about_thing, about_animal = about_thing and not caused_skin, False
        elif said[0] in OWN_SUBJECT:
            about_thing = about_animal = False
        else:
            # "... and now I've got a temperature": a person speaks of themselves again.
            about_thing = about_thing and not rest & person_or_place and not set(said) & PERSON_SUBJECTS
            about_animal = about_animal and about_thing
        (thing_stems if about_thing else other_stems).update(stems(clause))
    return frozenset(thing_stems - other_stems)


def is_in_scope_illness(
    catalogue: StoredCatalogue, recognised: list[Recognised], structured: list[Ranked], hits: list[TextHit]
) -> bool:
    """A description with no skin sign still ranks when it reads as one of the catalogue's own
    illnesses: two or more signs outside the skin (dry gritty eyes and swollen glands; joint
    pains, fever and chest pain after a new medicine), a structured leader whose signs explain
    them well and that the text channel also puts first, by a clear margin. Ordinary illness
    ("fever, headache, aching joints") fits many conditions about equally and stays out; so do a
    headache alone and plain English."""
    # Signs outside the skin only: skin signs said of a thing or an animal ("my cat has bald
    # patches") are not an illness of the catalogue.
    systemic = {
        r.id
        for r in recognised
        if r.type == "manifestation" and not r.negated and catalogue.manifestations[r.id].systemic
    }
    if len(systemic) < MIN_SYSTEMIC_SIGNS or not structured or not hits:
        return False
    runner_up = hits[1].score if len(hits) > 1 else 0.0
    leader = structured[0]
    return leader.score >= MIN_STRUCTURED and leader.id == hits[0].condition and hits[0].score >= TEXT_LEAD * runner_up


def fuse(
    catalogue: StoredCatalogue,
    text: str,
    recognised: list[Recognised],
    structured: list[Ranked],
    hits: list[TextHit],
    answers: list[tuple[str, bool]] | None = None,
    depth: int = TOP_CONDITIONS,
) -> list[Ranked]:
    """The structured ranking and the text channel (`hits`, which do not read the words of denied
    signs) as one ranking (a weighted sum of scores: text.fuse). A condition found by its words alone says
    which of your words its page holds."""
    scores = text_channel.fuse([(r.id, r.score) for r in structured], [(h.condition, h.score) for h in hits])
    if not scores:
        return []
    if answers:
        # Answers weigh as the questions assumed: each multiplies a condition's share by the
        # chance that a person with it would have answered so (see questions.py).
        for condition, factor in answer_likelihoods(catalogue, list(scores), answers).items():
            scores[condition] *= factor
    who = plausible.person(text, recognised)
    less_likely = plausible.factors(catalogue, who, list(scores))
    for condition, (factor, _) in less_likely.items():
        scores[condition] *= factor
    by_id = {r.id: r for r in structured}
    words = {h.condition: h for h in hits}
    # Equal fused scores go to the structured ranking's order: its reasons are the stronger ones.
    place = {r.id: i for i, r in enumerate(structured)}
    text_place = {h.condition: i for i, h in enumerate(hits)}
    far = len(structured) + len(hits)
    order = sorted(scores, key=lambda c: (-scores[c], place.get(c, far), text_place.get(c, far), c))
    order = order[:depth]
    best = scores[order[0]]
    out = []
    for condition in order:
        score = round(scores[condition] / best, 3)
        against = [Reason(less_likely[condition][1], None, "context")] if condition in less_likely else []
        if condition in by_id:
            known = by_id[condition]
            opposing = known.opposing + [a for a in against if not _said(a.text, known.opposing)]
            out.append(Ranked(condition, known.name, score, known.supporting, opposing))
        else:
            hit = words[condition]
            reason = Reason("its description uses your words: " + ", ".join(hit.matched[:6]), None, "words")
            out.append(Ranked(condition, hit.name, score, [reason], against))
    return out


def _said(reason: str, reasons: list[Reason]) -> bool:
    """Whether the structured ranking already gave this reason (it weighs age itself)."""
    return "another age" in reason and any("another age" in r.text for r in reasons)
