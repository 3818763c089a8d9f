"""Checks of the fields that set `match`'s triage, made once the catalogue is assembled.

A wrong value here gives a person the wrong level of care, so each is an error with its own code:
SKX031 `urgent_with_rash` or `urgent_today` on a skin sign (a rash with a rash is not a warning sign), SKX032
`self_care` on a condition that no pharmacy or self-care treatment starts.
"""

from __future__ import annotations

from typing import Any

from . import model
from .problems import Problem
from .vocab import SELF_CARE_THERAPIES


def check_triage_data(catalogue: model.Catalogue) -> list[Problem]:
    problems: list[Problem] = []
    for sign in catalogue.manifestations.values():
        if (sign.urgent_with_rash or sign.urgent_today) and not sign.systemic:
            problems.append(
                _at(
                    sign,
                    "SKX031",
                    f"manifestation '{sign.id}' has {'urgent_with_rash' if sign.urgent_with_rash else 'urgent_today'} "
                    "but is not systemic: true; only a sign "
                    "outside the skin (fever, weight loss) makes a rash urgent",
                )
            )
    therapies = catalogue.therapies
    for condition in catalogue.conditions.values():
        if not condition.self_care:
            continue
        first = [t.therapy for t in condition.treatments if t.line == "first"]
        if not any(_lineage(therapies, t) & SELF_CARE_THERAPIES for t in first):
            problems.append(
                _at(
                    condition,
                    "SKX032",
                    f"condition '{condition.id}' has self_care: true but no first-line treatment a person "
                    f"can start without a prescription (one of: {', '.join(sorted(SELF_CARE_THERAPIES))})",
                )
            )
    return problems


def triage_fields(section: str, data: dict[str, Any]) -> dict[str, Any]:
    """The fields that set `match`'s triage, from an entry's checked data, for its model object:
    a condition's `not_self_care_with` and `min_triage`, a sign's `urgent_today`."""
    if section == "conditions":
        return {"not_self_care_with": data.get("not_self_care_with", []), "min_triage": data.get("min_triage")}
    return {"urgent_today": bool(data.get("urgent_today", False))}


def _lineage(therapies: dict[str, model.Therapy], therapy_id: str) -> set[str]:
    seen: set[str] = set()
    current: str | None = therapy_id
    while current and current not in seen:  # parent cycles are SKX019's to report
        seen.add(current)
        entry = therapies.get(current)
        current = entry.parent if entry is not None else None
    return seen


def _at(entry: model.Entry, code: str, message: str) -> Problem:
    path, _, line = entry.source.rpartition(":")
    return Problem(path, int(line) if line.isdigit() else 0, 1, code, message)
