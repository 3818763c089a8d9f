"""What every view shares: origin badges, names of linked entries, row limits, red-flag alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.page import CAVEAT, Alert, Bullets, Para
from skinaxis.vocab import CODE_LABELS, EFFECT_WORDS, LINE_WORDS, URGENCY_ADVICE, URGENCY_RANK

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


ORIGIN_BADGE = {model.CLINIC: "clinic entry", model.OVERRIDE: "clinic override of a shipped entry"}


def badges(entry: model.Entry) -> list[str]:
    return [ORIGIN_BADGE[entry.origin]] if entry.origin in ORIGIN_BADGE else []


def marked(name: str, origin: str) -> str:
    """A name in a list or table with its origin's badge: "Clinic rash [clinic entry]"."""
    return f"{name} [{ORIGIN_BADGE[origin]}]" if origin in ORIGIN_BADGE else name


def name_of(catalogue: Catalogue, section: str, entry_id: str) -> str:
    return catalogue.name(section, entry_id) or entry_id


# A page lists at most this many conditions linked to one entry: more is a list, not a page (a
# clinic catalogue can link thousands); the note names the command that lists them all, and
# --format json always has every one.
ROW_LIMIT = 200


def more(total: int, shown: int, command: str) -> Para | None:
    if total <= shown:
        return None
    return Para(f"... and {total - shown} more; '{command}' lists them all.")


# Signs named after a person keep their capital inside "Everyday words (clinical name)".
EPONYMS = ("Auspitz", "Darier", "Gottron", "Koebner", "Nikolsky", "Raynaud", "Wickham")


def sign_name(catalogue: Catalogue, sign_id: str) -> str:
    """A sign as a patient reads it: "Itch (pruritus)"; once when both words are the same."""
    clinical = name_of(catalogue, "manifestations", sign_id)
    sign = catalogue.manifestations.get(sign_id)
    everyday = sign.everyday if sign is not None else ""
    if not everyday or everyday.casefold() == clinical.casefold():
        return clinical
    if not clinical.startswith(EPONYMS) and clinical[1:2].islower():
        clinical = clinical[0].lower() + clinical[1:]
    return f"{everyday} ({clinical})"


def where_words(catalogue: Catalogue, sites: list[str]) -> str:
    """ "on the face, hands and widespread" reads wrong: places, and "widespread" said apart."""
    names = [name_of(catalogue, "sites", s).lower() for s in sites]
    places = [n for n in names if n != "widespread"]
    said = ""
    if places:
        said = "on the " + (", ".join(places[:-1]) + " and " + places[-1] if len(places) > 1 else places[0])
    if len(places) < len(names):
        said = f"{said}, or widespread" if said else "widespread"
    return said


def as_sentence(text: str) -> str:
    """Catalogue notes are often fragments ("mild itch sometimes precedes new patches"): print
    them with a capital and a full stop, so a page reads as sentences."""
    text = " ".join(text.split()).rstrip(";,: ")
    if not text:
        return ""
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" or text.endswith(('."', ".)")) else text + "."


def treatment_words(line: str, evidence: str) -> str:
    """ "second line, helps (high certainty)": the line, which way the evidence points, how sure."""
    return f"{LINE_WORDS[line]}, {EFFECT_WORDS[line]} ({evidence} certainty)"


def red_flag_alerts(flags: list[model.RedFlag]) -> list[Alert]:
    """The red flags grouped by urgency, most urgent first: the advice is said once per group."""
    alerts = []
    for urgency in sorted({f.urgency for f in flags}, key=lambda u: -URGENCY_RANK[u]):
        level = urgency if urgency in ("emergency", "urgent") else "warning"
        alerts.append(
            Alert(URGENCY_ADVICE[urgency], [as_sentence(f.text) for f in flags if f.urgency == urgency], level)
        )
    return alerts


def references_block(refs: list[model.Reference]) -> Bullets:
    return Bullets([f"{r.title}: {r.url}" for r in refs])


def codes_text(codes: dict[str, str]) -> list[str]:
    return [f"{CODE_LABELS[k]}: {v}" for k, v in codes.items() if v]


def red_flag_alert(flags: list[model.RedFlag], title: str = "When to get help") -> Alert | None:
    if not flags:
        return None
    ordered = sorted(flags, key=lambda f: -URGENCY_RANK[f.urgency])
    level = ordered[0].urgency if ordered[0].urgency in ("emergency", "urgent") else "warning"
    return Alert(title, [f"{f.text} ({URGENCY_ADVICE[f.urgency]})" for f in ordered], level=level)


def standard_caveats(extra: list[str]) -> list[str]:
    return [CAVEAT, *extra]


def references_json(refs: list[model.Reference]) -> list[dict[str, str]]:
    return [{"title": r.title, "url": r.url} for r in refs]


def gut_json(gut: model.GutLink | None) -> dict[str, Any] | None:
    return None if gut is None else {"strength": gut.strength, "evidence": gut.evidence, "summary": gut.summary}
