"""What a clinic layer may not do to the shipped catalogue: take a shipped entry's name by a
look-alike spelling (SKX025), or drop or weaken shipped safety content unnoticed (SKX026).

The loader calls these while it merges a clinic layer over the shipped one."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from . import model
from .problems import Problem

# Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties.txt): code points that render as
# nothing, so "Psoriasis" followed by a Hangul filler (U+3164) reads as "Psoriasis". U+2800 (a
# blank braille pattern) is not in the property but is as invisible.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x2800, 0x2800),
    (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)  # fmt: skip


@functools.cache
def _fold_table() -> dict[int, str | None]:
    """Look-alike letters to the Latin ones they imitate (UTS #39 confusables, generated into
    confusables-latin.txt by tools/make_confusables.py), and invisible code points to nothing."""
    table: dict[int, str | None] = {}
    text = (Path(__file__).with_name("confusables-latin.txt")).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, target = line.split()
            table[int(code, 16)] = target
    for first, last in _IGNORABLE_RANGES:
        table.update(dict.fromkeys(range(first, last + 1)))
    return table


def label_key(text: str) -> str:
    """A name as a reader sees it: case, width, accents, punctuation, invisible code points and
    look-alike letters of other scripts folded (NFKC, casefold, accents stripped, confusables
    mapped before and after), spaces removed."""
    from .text import normalise

    table = _fold_table()
    return normalise(normalise(text.translate(table)).translate(table)).replace(" ", "")


def shipped_label_keys(catalogue: model.Catalogue) -> dict[tuple[str, str], list[str]]:
    """The shipped entries each folded name, synonym or id belongs to, by section."""
    found: dict[tuple[str, str], list[str]] = {}
    for section, entries in catalogue.sections.items():
        for entry in entries.values():
            if entry.origin == model.SHIPPED:
                for label in entry.labels:
                    found.setdefault((section, label_key(label)), []).append(entry.id)
    return found


def taken_label(
    section: str, data: dict[str, Any], shipped: dict[tuple[str, str], list[str]], path: str, line: int, column: int
) -> Problem | None:
    """SKX025 for the first name or synonym of a clinic entry that another shipped entry answers
    to: a new entry may take none, an override only those of the entry it replaces (else the
    shipped page could no longer be opened by its own name)."""
    own = data["id"]
    for label in [data.get("name") or data.get("text") or "", *data.get("synonyms", [])]:
        owners = shipped.get((section, label_key(label)), []) if label else []
        if owners and own not in owners:  # a name the replaced entry has is its own to keep
            advice = (
                "an override may keep only the names of the entry it replaces; choose another name"
                if data.get("override")
                else f"add 'override: true' under id '{owners[0]}' to replace it, or choose another name"
            )
            return Problem(
                path,
                line,
                column,
                "SKX025",
                f"{section} '{own}': the name or synonym '{label}' is the shipped entry "
                f"'{owners[0]}' once case, width, accents and look-alike letters are ignored; {advice}",
            )
    return None


def silenced(section: str, shipped: Any, data: dict[str, Any], path: str, line: int, column: int) -> list[Problem]:
    """SKX026 warnings: an override that drops or weakens shipped safety content: a condition's
    red flag (dropped, lowered, or the signs that raise it), triage floor or self-care rules, a
    sign's urgency with a rash, a global red flag's urgency or triggers, a therapy's boxed warning
    or risks, a caveat. What `in_force` keeps regardless says so."""
    from .text import normalise

    found: list[str] = []
    if section == "red_flags":
        found += _weakened_global_flag(shipped, data)
    if isinstance(shipped, model.Condition):
        found += _weakened_condition(shipped, data)
    for name in ("urgent_with_rash", "urgent_today"):
        if getattr(shipped, name, False) and not data.get(name):
            found.append(f"the override turns off {name}; the shipped setting stays in force")
    if getattr(shipped, "boxed_warning", "") and normalise(data.get("boxed_warning", "")) != normalise(
        shipped.boxed_warning
    ):
        found.append(
            "the override drops the shipped boxed warning; the shipped one stays shown"
            if not data.get("boxed_warning")
            else "the override rewords the shipped boxed warning: check it still says all the shipped one does"
        )
    for name in ("risks", "caveats"):
        kept_texts = {normalise(text) for text in data.get(name, [])}
        noun = "risk" if name == "risks" else "caveat"
        found += [
            f"the override drops the {noun} '{text}'"
            for text in getattr(shipped, name, [])
            if normalise(text) not in kept_texts
        ]
    return [Problem(path, line, column, "SKX026", f"{section} '{shipped.id}': {message}") for message in found]


def _weakened_condition(shipped: model.Condition, data: dict[str, Any]) -> list[str]:
    from .text import normalise
    from .vocab import URGENCY_RANK

    found = []
    kept_flags = {normalise(f.get("text", "")): f for f in data.get("red_flags", [])}
    for flag in shipped.red_flags:
        kept = kept_flags.get(normalise(flag.text))
        if kept is None:
            found.append(f"the override drops the shipped {flag.urgency} red flag '{flag.text}'")
            continue
        urgency = kept.get("urgency", "")
        if URGENCY_RANK.get(urgency, 0) < URGENCY_RANK.get(flag.urgency, 0):
            found.append(f"the override lowers the red flag '{flag.text}' from {flag.urgency} to {urgency or 'none'}")
        dropped_signs = set(flag.signs) - set(kept.get("signs", []))
        if dropped_signs:
            signs = ", ".join(sorted(dropped_signs))
            found.append(f"the override drops the signs ({signs}) that raise the {flag.urgency} red flag '{flag.text}'")
    floor = shipped.min_triage
    lowered = data.get("min_triage")
    if floor and URGENCY_RANK.get(lowered or "", 0) < URGENCY_RANK.get(floor, 0):
        found.append(
            f"the override lowers the triage floor from {floor} to {lowered or 'none'}; "
            "the shipped floor stays in force"
        )
    if data.get("self_care") and not shipped.self_care:
        found.append(
            "the override turns on self_care, which the shipped entry does not have; the shipped setting stays in force"
        )
    dropped = [sign for sign in shipped.not_self_care_with if sign not in data.get("not_self_care_with", [])]
    if dropped:
        found.append(
            f"the override drops signs ({', '.join(dropped)}) from not_self_care_with; the shipped signs stay in force"
        )
    return found


def _weakened_global_flag(shipped: model.GlobalRedFlag, data: dict[str, Any]) -> list[str]:
    from .vocab import URGENCY_RANK

    found = []
    urgency = data.get("urgency", "urgent")
    if URGENCY_RANK.get(urgency, 0) < URGENCY_RANK[shipped.urgency]:
        found.append(
            f"the override lowers the global red flag from {shipped.urgency} to {urgency}; "
            f"the shipped urgency stays in force"
        )
    when = {tuple(sorted(combo)) for combo in data.get("when", [])}
    dropped = [combo for combo in shipped.when if tuple(sorted(combo)) not in when]
    dropped_phrases = set(shipped.phrases) - set(data.get("phrases", []))
    if dropped or dropped_phrases:
        found.append("the override drops triggers of the global red flag; the shipped triggers stay in force")
    return found


def in_force(shipped: Any, entry: Any) -> Any:
    """The override as built, with what a clinic layer cannot take away from the shipped entry:
    a global red flag's urgency (never lowered) and its triggers (signs and phrases, kept beside
    the clinic's own), a condition's triage floor (`min_triage`, never lowered), its signs that
    rule self-care out (kept beside the clinic's) and `self_care` (turned off, never on), a
    sign's `urgent_with_rash` and `urgent_today` (never turned off), and a therapy's boxed
    warning when the override leaves it out. SPEC: the global red flags are mandatory and
    boxed warnings are named risks that must be shown."""
    from .vocab import URGENCY_RANK

    if isinstance(shipped, model.GlobalRedFlag):
        if URGENCY_RANK.get(entry.urgency, 0) < URGENCY_RANK[shipped.urgency]:
            entry.urgency = shipped.urgency
        entry.when = [*entry.when, *(combo for combo in shipped.when if combo not in entry.when)]
        entry.phrases = [*entry.phrases, *(p for p in shipped.phrases if p not in entry.phrases)]
    if isinstance(shipped, model.Condition):
        if URGENCY_RANK.get(entry.min_triage or "", 0) < URGENCY_RANK.get(shipped.min_triage or "", 0):
            entry.min_triage = shipped.min_triage
        entry.self_care = entry.self_care and shipped.self_care  # a clinic may turn it off, never on
        entry.not_self_care_with = [
            *shipped.not_self_care_with,
            *(sign for sign in entry.not_self_care_with if sign not in shipped.not_self_care_with),
        ]
    if isinstance(shipped, model.Manifestation):
        entry.urgent_with_rash = entry.urgent_with_rash or shipped.urgent_with_rash
        entry.urgent_today = entry.urgent_today or shipped.urgent_today
    if isinstance(shipped, model.Therapy) and shipped.boxed_warning and not entry.boxed_warning:
        entry.boxed_warning = shipped.boxed_warning
    return entry
