"""Triage: the most urgent of the global red flags and of the leading conditions' own red flags
that the description satisfies, else a level from what was recognised. Never a diagnosis.

What raises or lowers a level is catalogue data, so a clinic can extend it: red flags (global and
per condition; a combination may name an age group such as `age-child`), signs marked
`urgent_with_rash` or `urgent_today`, conditions marked `self_care` (barred by their
`not_self_care_with` signs) and a condition's `min_triage`, the floor when it ranks first on two or
more of its hallmark signs. The code holds only the English of mildness and of a newly started
medicine, and the few catalogue ids it names (mucosal sites, the medicine triggers), all in
lexicon.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from skinaxis import model
from skinaxis.text import normalise
from skinaxis.vocab import FREQUENCIES, URGENCY_ACTION, URGENCY_RANK

from .lexicon import (
    BABY,
    BITE_DOUBTED,
    BREAKS,
    IMMUNOSUPPRESSION,
    INSECT_BITE,
    MEDICINES,
    MILD,
    MILD_BITE_READINGS,
    MUCOSAL_SITES,
    NEGATIONS,
    NEWLY_STARTED,
    NOT_ONE_BITE,
    OUT_OF_SCOPE_WARNINGS,
    SEVERE,
    UNWELL_AFTER_INJURY,
)
from .results import Ranked, Reason, Recognised, Triage

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

LEAD_MARGIN = 0.1  # a condition leads when its score is this far above the next one's
FLOOR_SIGNS = 2  # defining (hallmark) signs a condition's floor needs


def leader(ranked: list[Ranked]) -> Ranked | None:
    """The condition that clearly leads the ranking, or None when the first ones are close."""
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0].score - ranked[1].score >= LEAD_MARGIN:
        return ranked[0]
    return None


def triage(catalogue: StoredCatalogue, recognised: list[Recognised], ranked: list[Ranked], text: str = "") -> Triage:
    found = _triage(catalogue, recognised, ranked, text)
    return _at_least_the_floor(catalogue, ranked, found)


def _at_least_the_floor(catalogue: StoredCatalogue, ranked: list[Ranked], found: Triage) -> Triage:
    """A condition with a `min_triage` (SJS, TEN) sets the lowest level when it ranks first on two
    or more of its defining signs, however the description was worded: a warning may be missed,
    the picture is not. One defining sign ("peeling skin"), or common ones (fever, redness), are
    too common to decide."""
    best = ranked[0] if ranked else None
    floor = catalogue.conditions[best.id].min_triage if best is not None else None
    if best is None or floor is None or URGENCY_RANK.get(found.level, 0) >= URGENCY_RANK[floor]:
        return found
    defining = {r.id for r in best.supporting if r.type == "manifestation" and r.frequency == FREQUENCIES[0]}
    if len(defining) < FLOOR_SIGNS:
        return found
    reason = Reason(
        f"The best fit is {best.name}, which can be serious. {URGENCY_ACTION[floor]} Go even if you are not sure.",
        best.id,
        "condition",
    )
    return Triage(floor, [reason, *found.reasons])


def _counts_as_broader(catalogue: StoredCatalogue, recognised: list[Recognised]) -> list[Recognised]:
    """A sign counts as the broader signs it is a form of (the catalogue's `broader` links): a
    warning naming blisters holds for tense blisters, one naming mouth sores for mouth ulcers. Each
    broader reading stands where its narrower one was read."""
    said = {r.id for r in recognised if r.type == "manifestation" and not r.negated}
    wider: dict[str, Recognised] = {}
    for reading in recognised:
        if reading.type != "manifestation" or reading.negated:
            continue
        for broader in catalogue.broader_signs(reading.id):
            if broader not in said and broader not in wider:
                wider[broader] = Recognised(
                    "manifestation", broader, broader, reading.text, False, reading.confidence, reading.span
                )
    return list(wider.values())


def _triage(catalogue: StoredCatalogue, recognised: list[Recognised], ranked: list[Ranked], text: str) -> Triage:
    said = normalise(text)
    recognised = [*recognised, *_counts_as_broader(catalogue, recognised)]
    present = {r.id for r in recognised if not r.negated and r.type in ("manifestation", "site", "trigger")}
    present |= {r.id for r in recognised if not r.negated and r.type == "context"}  # age groups
    if IMMUNOSUPPRESSION in present and not NEWLY_STARTED.search(said):
        # "I'm on methotrexate": a treatment taken for a while, not the new medicine of a drug reaction.
        present.discard(MEDICINES)
    flagged = {r.id for r in recognised if r.type == "red-flag" and not r.negated}
    hits: list[tuple[str, Reason]] = []
    for flag in catalogue.red_flags.values():
        if flag.id in flagged or any(combo and _holds(combo, present, recognised) for combo in flag.when):
            hits.append((flag.urgency, Reason(f"{flag.text}: {flag.advice}", flag.id, "red-flag")))
    leading = {item.id for item in ranked[:3]}
    rows = catalogue.backlinks("red-flag", present)
    flags: dict[int, model.RedFlag] = catalogue.links(row.rid for row in rows)
    seen: set[tuple[str, int]] = set()
    for row in rows:
        if (row.condition, row.order) in seen:  # a flag with two signs is listed under each
            continue
        seen.add((row.condition, row.order))
        red = flags[row.rid]
        # A condition's own warning counts when its signs are all there and either it leads the
        # ranking or the combination is specific (two signs or more).
        if red.signs and _holds(red.signs, present, recognised) and (row.condition in leading or len(red.signs) >= 2):
            hits.append((red.urgency, Reason(f"{red.text} (a warning sign in {row.name})", row.condition, "condition")))
    if hits:
        hits.sort(key=lambda h: -URGENCY_RANK[h[0]])
        level = hits[0][0]
        reasons = list({r.text: r for urgency, r in hits if urgency == level}.values())
        reasons += list({r.text: r for urgency, r in hits if urgency != level}.values())
        return Triage(level, reasons)
    if not ranked and one_insect_bite(text, recognised):
        return Triage(
            "self-care",
            [
                Reason(
                    "This reads as an insect bite, which skinaxis does not cover. Most bites settle in a few "
                    "days; a pharmacist can suggest something for the itch. See a doctor the same day if "
                    "redness spreads or you feel unwell, and call your local emergency number at once if "
                    "your face, lips or throat swell or breathing is hard."
                )
            ],
        )
    warned = sorted(present & OUT_OF_SCOPE_WARNINGS)
    if BABY.search(said) or present & {"skin-injury", "bites-and-stings"}:
        warned += sorted(present & UNWELL_AFTER_INJURY)
    if not ranked and warned:
        names = ", ".join(sorted((catalogue.name("manifestations", s) or s).lower() for s in warned))
        return Triage(
            "urgent",
            [
                Reason(
                    f"skinaxis covers skin conditions, but this needs a doctor today, whatever the cause ({names}). "
                    "See a doctor or an out-of-hours service today; call your local emergency number if breathing "
                    "is very hard or the person is hard to wake.",
                    warned[0],
                    "manifestation",
                )
            ],
        )
    if not ranked:
        # Out of scope: skinaxis knows skin conditions, and says so rather than guess.
        return Triage(
            "self-care",
            [
                Reason(
                    "Nothing in this description reads as a skin sign or symptom, so no conditions are ranked. "
                    "skinaxis covers skin conditions only: for other symptoms, or if you are worried, "
                    "ask a pharmacist or a doctor."
                )
            ],
        )
    signs = catalogue.manifestations
    today = sorted(s for s in present if (sign := signs.get(s)) is not None and sign.urgent_today)
    soon = sorted(s for s in present if (sign := signs.get(s)) is not None and sign.urgent_with_rash)
    soon = [s for s in soon if s not in today]
    if today or soon:
        reasons = []
        for ids, when in (
            (today, "need a doctor today. See a doctor or an out-of-hours service today"),
            (soon, "need a doctor's assessment soon, within a day or two"),
        ):
            if ids:
                names = ", ".join(sorted((catalogue.name("manifestations", s) or s).lower() for s in ids))
                reasons.append(Reason(f"Skin signs together with {names} {when}.", ids[0], "manifestation"))
        return Triage("urgent", reasons)
    close = [r for r in ranked if ranked[0].score - r.score < LEAD_MARGIN][:4]
    barred = sorted(set(catalogue.conditions[ranked[0].id].not_self_care_with) & present)
    if barred and MILD.search(said):
        names = " or ".join(_name(catalogue, s).lower() for s in barred)
        return Triage(
            "routine",
            [
                Reason(
                    f"You say it is mild, but {names} can mean it is not. Book a visit so a doctor can "
                    f"check it (best fit: {ranked[0].name}).",
                    ranked[0].id,
                    "condition",
                )
            ],
        )
    if catalogue.conditions[ranked[0].id].self_care and MILD.search(said) and not is_severe(text):
        top = ranked[0]
        fit = "The best fit" if len(close) == 1 else "One of the closest fits"
        return Triage(
            "self-care",
            [
                Reason(
                    f"You describe it as mild. {fit} ({top.name}) is often looked after at home or with help "
                    "from a pharmacist.",
                    top.id,
                    "condition",
                ),
                Reason("See a doctor if it lasts more than a few weeks, spreads, hurts, or you feel unwell."),
            ],
        )
    best = leader(ranked)
    if best is None:
        names = ", ".join(r.name for r in close)
        return Triage(
            "routine",
            [
                Reason(
                    f"No single condition leads ({names} fit about equally well): book a routine appointment "
                    "so a clinician can tell them apart."
                )
            ],
        )
    return Triage(
        "routine",
        [
            Reason(
                f"Book a routine appointment so a clinician can confirm what this is (best fit: {best.name}).",
                best.id,
                "condition",
            )
        ],
    )


def one_insect_bite(text: str, recognised: list[Recognised]) -> bool:
    """A description of one insect bite said as one, with nothing but an itchy red bump: no bites
    all over or for weeks, no tick or spider, not a guess taken back ("I thought it was a flea
    bite", "welts like bug bites"), no other sign, no baby or older person, no other trigger."""
    said = normalise(text)
    bite = INSECT_BITE.search(said)
    if bite is None or BITE_DOUBTED.search(said[: bite.start()]) or NOT_ONE_BITE.search(said):
        return False
    read = {r.id for r in recognised if not r.negated and r.type in ("manifestation", "trigger", "context")}
    return read <= MILD_BITE_READINGS


def is_severe(text: str) -> bool:
    """A word of severity not under a denial: "no cracks or bleeding" is not bleeding; a denial
    reaches no further than a comma or a "but" ("no itch but spreading" is spreading)."""
    for piece in re.split(r"[,.;!?]", text):
        said = normalise(piece)
        for found in SEVERE.finditer(said):
            before = said[: found.start()].split()[-4:]
            after_break = before[max((i + 1 for i, w in enumerate(before) if w in BREAKS), default=0) :]
            if not NEGATIONS & set(after_break):
                return True
    return False


def _holds(combination: list[str], present: set[str], recognised: list[Recognised]) -> bool:
    """Every id of a combination is present, each read from words of its own: a sign read only
    from inside another member's reading at a mucosal site ("blisters" in "blisters on my gums",
    beside mouth blisters) is not separate evidence of it."""
    if not set(combination) <= present:
        return False
    spans = {(r.type, r.id): r.span for r in recognised if not r.negated and r.span is not None}
    mucosal = [span for (kind, entry), span in spans.items() if kind == "site" and entry in MUCOSAL_SITES]
    members = [spans.get(("manifestation", entry)) for entry in combination]
    at_mucosa = [span for span in members if span is not None and any(_inside(m, span) for m in mucosal)]
    return not any(
        span is not None and span not in at_mucosa and any(_inside(span, other) for other in at_mucosa)
        for span in members
    )


def _inside(inner: tuple[int, int, int], outer: tuple[int, int, int]) -> bool:
    return inner[0] == outer[0] and outer[1] <= inner[1] and inner[2] <= outer[2]


def _name(catalogue: StoredCatalogue, entry_id: str) -> str:
    """The name of a sign, trigger or site id (`not_self_care_with` may name any of them)."""
    names = (catalogue.name(section, entry_id) for section in ("manifestations", "triggers", "sites"))
    return next((n for n in names if n), entry_id)
