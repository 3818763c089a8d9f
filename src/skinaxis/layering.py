"""What a clinic layer may not do to the shipped catalogue: take a shipped entry's name by a
look-alike spelling (SKX025), or drop a shipped emergency red flag or caveat unnoticed (SKX026).

The loader calls these while it merges a clinic layer over the shipped one."""

from __future__ import annotations

from typing import Any

from . import model
from .problems import Problem

# Letters of other scripts that look like Latin ones: a clinic name written with them would look
# like a shipped name to a reader while being another key to a computer.
_LOOK_ALIKE = str.maketrans(
    "аеорсухіјѕԁһкмтвпгɡıοαρνικτυχεϲℓ",  # Cyrillic, Greek and Latin look-alikes (casefolded)
    "aeopcyxijsdhkmtbnrgioapvikruxecl",
)


def label_key(text: str) -> str:
    """A name as a reader sees it: case, width, accents, punctuation and look-alike letters of
    other scripts folded (NFKC, casefold, accents stripped, confusables mapped), spaces removed."""
    from .text import normalise

    return normalise(normalise(text).translate(_LOOK_ALIKE)).replace(" ", "")


def shipped_label_keys(catalogue: model.Catalogue) -> dict[tuple[str, str], str]:
    return {
        (section, label_key(label)): entry.id
        for section, entries in catalogue.sections.items()
        for entry in entries.values()
        if entry.origin == model.SHIPPED
        for label in entry.labels
    }


def taken_label(
    section: str, data: dict[str, Any], shipped: dict[tuple[str, str], str], path: str, line: int, column: int
) -> Problem | None:
    """SKX025 for the first name or synonym of a new clinic entry that a shipped entry answers to."""
    for label in [data.get("name") or data.get("text") or "", *data.get("synonyms", [])]:
        owner = shipped.get((section, label_key(label))) if label else None
        if owner is not None:
            return Problem(
                path,
                line,
                column,
                "SKX025",
                f"{section} '{data['id']}': the name or synonym '{label}' is the shipped entry "
                f"'{owner}' once case, width, accents and look-alike letters are ignored; "
                f"add 'override: true' under id '{owner}' to replace it, or choose another name",
            )
    return None


def silenced(section: str, shipped: Any, data: dict[str, Any], path: str, line: int, column: int) -> list[Problem]:
    """SKX026 warnings: an override that drops a shipped emergency red flag or a shipped caveat."""
    from .text import normalise

    found: list[Problem] = []
    kept_flags = {normalise(f.get("text", "")) for f in data.get("red_flags", []) if f.get("urgency") == "emergency"}
    for flag in getattr(shipped, "red_flags", []):
        if flag.urgency == "emergency" and normalise(flag.text) not in kept_flags:
            found.append(
                Problem(
                    path,
                    line,
                    column,
                    "SKX026",
                    f"{section} '{shipped.id}': the override drops the shipped emergency red flag '{flag.text}'",
                )
            )
    kept_caveats = {normalise(c) for c in data.get("caveats", [])}
    for caveat in getattr(shipped, "caveats", []):
        if normalise(caveat) not in kept_caveats:
            found.append(
                Problem(
                    path, line, column, "SKX026", f"{section} '{shipped.id}': the override drops the caveat '{caveat}'"
                )
            )
    return found
