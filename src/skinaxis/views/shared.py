"""What every view shares: origin badges, names of linked entries, row limits, red-flag alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.page import CAVEAT, Alert, Bullets, Para
from skinaxis.vocab import CODE_LABELS, URGENCY_ADVICE, URGENCY_RANK

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


ORIGIN_BADGE = {model.CLINIC: "clinic entry", model.OVERRIDE: "clinic override of a shipped entry"}


def badges(entry: model.Entry) -> list[str]:
    return [ORIGIN_BADGE[entry.origin]] if entry.origin in ORIGIN_BADGE else []


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
