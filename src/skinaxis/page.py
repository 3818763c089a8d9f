"""A page: the format-neutral document every view builds, rendered later as rich, plain or markdown.

Views never format text themselves, so every page gets every format, the caveat and the red
flags are laid out the same way everywhere, and catalogue text stays data (renderers never
interpret it as markup).
"""

from __future__ import annotations

from .record import field, record
from .vocab import EVIDENCE_RANK

CAVEAT = (
    "Educational information only: not a diagnosis and not a substitute for a clinician. "
    "Do not start, stop or change a prescribed treatment without your prescriber. "
    "If you are worried or getting worse, contact a doctor; in an emergency call your local emergency number."
)


def evidence_badge(level: str, ascii_only: bool = False) -> str:
    """Certainty that reads at a glance without colour: '●●●○ moderate' or '+++- moderate'."""
    filled = EVIDENCE_RANK.get(level, 0)
    on, off = ("+", "-") if ascii_only else ("●", "○")
    return f"{on * filled}{off * (4 - filled)} {level}"


@record
class Para:
    text: str
    label: str = ""  # "Mechanism" -> rendered "Mechanism: text"


@record
class Bullets:
    items: list[str]


@record
class Table:
    headers: list[str]
    rows: list[list[str]]
    evidence_column: int | None = None  # rendered with a badge
    # Each row as a patient reads it, (lead, rest): "Ruxolitinib cream" and "second line, helps
    # (high certainty). ...". Plain text and handouts print these as sentences, not as
    # "Line: ...; Evidence: ..." fragments; the terminal keeps the table.
    prose: list[tuple[str, str]] = field(default_factory=list)


@record
class Alert:
    """A warning box: red flags, triage. Never truncated at any width."""

    title: str
    lines: list[str]
    level: str = "warning"  # emergency | urgent | warning | info


Block = Para | Bullets | Table | Alert


@record
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    part: bool = False  # opens a part of the page (the clinician detail): the sections after it sit under it


@record
class Page:
    title: str
    subtitle: str = ""
    badges: list[str] = field(default_factory=list)  # e.g. "clinic entry"
    sections: list[Section] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)  # page-specific, shown with the standard caveat

    def add(self, title: str, *blocks: Block | None) -> None:
        kept = [b for b in blocks if b is not None and _has_content(b)]
        if kept:
            self.sections.append(Section(title, kept))

    def add_part(self, title: str, intro: str) -> None:
        """A heading above the sections that follow it, e.g. the detail written for clinicians."""
        self.sections.append(Section(title, [Para(intro)], part=True))


def _has_content(block: Block) -> bool:
    if isinstance(block, Para):
        return bool(block.text)
    if isinstance(block, Bullets):
        return bool(block.items)
    if isinstance(block, Table):
        return bool(block.rows)
    return bool(block.lines)
