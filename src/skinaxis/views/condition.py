"""A condition's page, its brief page and JSON: a patient's part first, then the clinician detail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.model import Condition
from skinaxis.page import Bullets, Page, Para, Table
from skinaxis.vocab import (
    CERTAINTY_MEANING,
    EVIDENCE_RANK,
    FREQUENCY_WEIGHT,
    FREQUENCY_WORDS,
    GROUP_SPECIALIST,
    LINE_RANK,
    LINE_WORDS,
    STRENGTH_MEANING,
    STRENGTH_WEIGHT,
    STRENGTH_WORDS,
    as_words,
)

from .shared import (
    as_sentence,
    badges,
    codes_text,
    gut_json,
    name_of,
    red_flag_alerts,
    references_block,
    references_json,
    sign_name,
    standard_caveats,
    treatment_words,
    where_words,
)

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


def treatments_sorted(condition: Condition) -> list[model.TreatmentLink]:
    return sorted(condition.treatments, key=lambda t: (LINE_RANK[t.line], -EVIDENCE_RANK[t.evidence]))


def condition_page(catalogue: Catalogue, c: Condition) -> Page:
    """The full page: what a patient needs first, then the clinician detail under its own heading."""
    subtitle = ", ".join(c.synonyms)
    page = Page(c.name, f"Also called: {subtitle}" if subtitle else "", badges(c), caveats=list(c.caveats))
    page.add("In short", Para(c.in_short))
    page.add("When to get help", *red_flag_alerts(c.red_flags))
    page.add("How it shows", signs_table(catalogue, c))
    page.add("What helps", treatments_table(catalogue, c), Para(CERTAINTY_MEANING))
    page.add("Questions to ask your team", Bullets(team_questions(catalogue, c)))
    more = [Para(c.summary)]
    if c.parent:
        more.append(Para(name_of(catalogue, "conditions", c.parent), label="A form of"))
    children = catalogue.children("conditions", c.id)
    if children:
        more.append(Para(", ".join(name_of(catalogue, "conditions", i) for i in children), label="Subtypes"))
    page.add("More about it", *more)
    who = [Para(c.epidemiology)]
    if c.ages:
        who.append(Para(", ".join(as_words(a) for a in c.ages), label="Usual age at onset"))
    page.add("Who gets it", *who)
    triggers = sorted(c.triggers, key=lambda t: -STRENGTH_WEIGHT[t.strength])
    page.add(
        "What can set it off or make it worse",
        Table(
            ["Trigger", "Link", "Note"],
            [[name_of(catalogue, "triggers", t.id), STRENGTH_WORDS[t.strength], t.note] for t in triggers],
            prose=[
                (name_of(catalogue, "triggers", t.id), _joined(STRENGTH_WORDS[t.strength], t.note)) for t in triggers
            ],
        ),
        Para(STRENGTH_MEANING if triggers else ""),
    )
    if c.gut:
        gut = c.gut
        page.add(
            "Gut-skin link",
            Table(
                ["Link", "Certainty", "Summary"],
                [[STRENGTH_WORDS[gut.strength], f"{gut.evidence} certainty", gut.summary]],
                prose=[(STRENGTH_WORDS[gut.strength].capitalize(), _joined(f"{gut.evidence} certainty", gut.summary))],
            ),
        )
    page.add("How to tell it apart", Bullets([as_sentence(d) for d in c.distinguishing]))
    page.add("Related conditions", Bullets([name_of(catalogue, "conditions", r) for r in c.related]))
    page.add_part("For clinicians", "The detail below is written for health professionals.")
    page.add("Immune mechanism", Para(c.mechanism))
    tests = [
        (
            name_of(catalogue, "assessments", a.id),
            as_words(catalogue.assessments[a.id].assessment_kind) if a.id in catalogue.assessments else "",
            a.note,
        )
        for a in c.assessments
    ]
    page.add(
        "Tests and scores",
        Table(
            ["Test or score", "Kind", "Note"],
            [list(row) for row in tests],
            prose=[(name, _joined(kind, note)) for name, kind, note in tests],
        ),
    )
    page.add("Codes", Bullets(codes_text(c.codes)))
    page.add("References", references_block(c.references), Para(c.reviewed, label="Last reviewed"))
    return page


def _joined(words: str, note: str) -> str:
    """ "moderate link. Cuts, burns ... patches.": a short qualifier, then the note as a sentence."""
    words = " ".join(words.split()).rstrip(".")
    return f"{words}. {as_sentence(note)}" if note and words else f"{words}." if words else as_sentence(note)


def signs_table(catalogue: Catalogue, c: Condition) -> Table:
    signs = sorted(c.manifestations, key=lambda m: -FREQUENCY_WEIGHT[m.frequency])
    rows = [
        (
            sign_name(catalogue, m.id),
            FREQUENCY_WORDS[m.frequency],
            where_words(catalogue, m.sites),
            m.note,
        )
        for m in signs
    ]
    return Table(
        ["Sign", "How typical", "Where", "Note"],
        [list(row) for row in rows],
        prose=[(name, _joined(f"{how}, {where}" if where else how, note)) for name, how, where, note in rows],
    )


def treatments_table(catalogue: Catalogue, c: Condition) -> Table:
    rows = [
        (name_of(catalogue, "therapies", t.therapy), treatment_words(t.line, t.evidence), t.note)
        for t in treatments_sorted(c)
    ]
    return Table(
        ["Treatment", "Line and evidence", "Note"],
        [list(row) for row in rows],
        prose=[(name, _joined(words, note)) for name, words, note in rows],
    )


def team_questions(catalogue: Catalogue, c: Condition) -> list[str]:
    """What a patient may ask the people treating them; the ones that fit this condition."""
    questions = [
        "How sure are you of the diagnosis? Do I need any tests?",
        "Which treatment do you suggest first, how long will it take to work, and what side effects should I "
        "watch for?",
    ]
    if c.triggers:
        questions.append("Is there anything I should avoid, or anything I can do myself to help?")
    if any(getattr(catalogue.manifestations.get(m.id), "systemic", False) for m in c.manifestations):
        questions.append("Can it affect other parts of my body, and how will we check for that?")
    questions += [
        "Which warning signs mean I should get help at once, and who do I contact?",
        "I am pregnant, breastfeeding or planning a pregnancy: does that change anything?",
        "How often should we review it, and when should I come back?",
    ]
    return questions


def condition_brief(catalogue: Catalogue, c: Condition) -> Page:
    """The short patient page (--brief): in short, when to get help, main treatments, who to see."""
    page = Page(c.name, badges=badges(c))
    page.add("In short", Para(c.in_short))
    page.add("When to get help", *red_flag_alerts(c.red_flags))
    by_line: dict[str, list[str]] = {}
    for t in treatments_sorted(c):
        names = by_line.setdefault(t.line, [])
        name = name_of(catalogue, "therapies", t.therapy)
        if name not in names:
            names.append(name)
    page.add(
        "Main treatment options",
        Bullets([f"{LINE_WORDS[line].capitalize()}: {', '.join(names)}." for line, names in by_line.items()]),
        Para("Your team will help you choose; most people start with the first line." if by_line else ""),
    )
    urgencies = {f.urgency for f in c.red_flags}
    when = (
        "Do not wait for an appointment if you have any of the emergency signs above."
        if "emergency" in urgencies
        else "See a doctor the same day for the urgent signs above."
        if "urgent" in urgencies
        else ""
    )
    page.add(
        "Who to see and when",
        Para(
            "Start with your GP or family doctor if you think you may have it, or if treatment is not working. "
            f"They can refer you to {GROUP_SPECIALIST.get(c.group, GROUP_SPECIALIST['other'])}. {when}".strip()
        ),
        Para(f"The full page: skinaxis condition {c.id}"),
    )
    return page


def condition_json(catalogue: Catalogue, c: Condition) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "in_short": c.in_short,
        "synonyms": c.synonyms,
        "origin": c.origin,
        "parent": c.parent,
        "subtypes": catalogue.children("conditions", c.id),
        "group": c.group,
        "codes": c.codes,
        "summary": c.summary,
        "mechanism": c.mechanism,
        "epidemiology": c.epidemiology,
        "ages": c.ages,
        "manifestations": [
            {
                "id": m.id,
                "name": name_of(catalogue, "manifestations", m.id),
                "frequency": m.frequency,
                "sites": m.sites,
                "note": m.note,
            }
            for m in c.manifestations
        ],
        "triggers": [
            {"id": t.id, "name": name_of(catalogue, "triggers", t.id), "strength": t.strength, "note": t.note}
            for t in c.triggers
        ],
        "gut": gut_json(c.gut),
        "assessments": [
            {"id": a.id, "name": name_of(catalogue, "assessments", a.id), "note": a.note} for a in c.assessments
        ],
        "treatments": [
            {
                "therapy": t.therapy,
                "name": name_of(catalogue, "therapies", t.therapy),
                "line": t.line,
                "evidence": t.evidence,
                "note": t.note,
            }
            for t in treatments_sorted(c)
        ],
        "red_flags": [{"text": f.text, "urgency": f.urgency} for f in c.red_flags],
        "distinguishing": c.distinguishing,
        "related": c.related,
        "references": references_json(c.references),
        "reviewed": c.reviewed,
        "caveats": standard_caveats(c.caveats),
    }
