"""`skinaxis therapy NAME --brief`: the short page for a patient, within 60 lines at 80 columns.

Boxed warning and in short first; what it is used for (one line per condition); the main risks;
questions to ask the team, each with what this entry itself says on the subject; who to ask.
What it quotes is cut from the full page (a first sentence, or a long one's first clause), never
reworded, so the brief page cannot say something the full page does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from skinaxis import inheritance
from skinaxis.model import Therapy
from skinaxis.page import Bullets, Page, Para
from skinaxis.record import record
from skinaxis.vocab import EVIDENCE_RANK, LINE_RANK

from .shared import badges
from .therapy import boxed_warning_alert

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue

USES_SHOWN = 8
RISKS_SHOWN = 5
NOT_ADVISED_SHOWN = 4
# A sentence quoted under a question or a risk: longer ones are cut at a clause, so the page
# stays within 60 lines for every therapy (a test measures the shipped catalogue).
QUOTE_LIMIT = 90
SYSTEMIC_ROUTES = {"oral", "injection", "infusion", "mixed"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")


def _cuts(text: str, marks: str, limit: int) -> list[int]:
    """Where `text` may be cut (at one of `marks`, up to `limit`): a cut inside brackets moves to
    before the opening one, so no bracket is left open."""
    cuts, opened = [], []
    for i, char in enumerate(text[: limit + 1]):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            opened.pop()
        elif char in marks:
            cuts.append(opened[0] if opened else i)
    return cuts


def first_sentence(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The first sentence of a text; over `limit`, cut at the last clause (or failing that word)
    that fits, the cut marked with '...'; bracketed asides are left out first."""
    sentence = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    # Examples in brackets go first: "No live vaccines (for example BCG, ...) during treatment".
    unbracketed = re.sub(r"\s*\([^()]*\)", "", sentence)
    if unbracketed != sentence:
        return first_sentence(unbracketed, limit)
    clauses = _cuts(sentence, ";,", limit)
    words = _cuts(sentence, " ", limit)
    cut = clauses[-1] if clauses and clauses[-1] >= limit // 2 else (words[-1] if words else limit)
    return sentence[:cut].rstrip(" ;,") + " ..."


def _use_line(row: inheritance.TherapyLink) -> str:
    line = "alongside other treatment" if row.link.line == "adjunct" else f"{row.link.line} line"
    return f"{row.condition.name}: {line}, {row.link.evidence} certainty"


def uses(catalogue: Catalogue, t: Therapy, shown: int = USES_SHOWN) -> tuple[list[str], list[str]]:
    """The conditions it is used for (best line, then evidence, first), one line each, at most
    `shown` and a count of the rest; and the conditions it is not advised for."""
    rows, _ = inheritance.condition_links(catalogue, t.id)
    best: dict[str, inheritance.TherapyLink] = {}
    for row in sorted(rows, key=lambda r: (LINE_RANK[r.link.line], -EVIDENCE_RANK[r.link.evidence])):
        best.setdefault(row.condition.id, row)
    used = [r for r in best.values() if r.link.line != "not recommended"]
    used.sort(key=lambda r: (LINE_RANK[r.link.line], -EVIDENCE_RANK[r.link.evidence], r.condition.name.casefold()))
    lines = [_use_line(r) for r in used[:shown]]
    if len(used) > shown:
        lines.append(f"and {len(used) - shown} more: 'skinaxis therapy {t.id}' lists them all.")
    not_advised = sorted(r.condition.name for r in best.values() if r.link.line == "not recommended")
    return lines, not_advised


def main_risks(catalogue: Catalogue, t: Therapy, limit: int) -> list[str]:
    """Its own risks, then those its classes name for it, then those they share: at most RISKS_SHOWN."""
    risks = list(t.risks)
    groups = inheritance.ancestor_risks(catalogue, t.id)
    risks += [risk for group in groups for risk in group.named]
    risks += [risk for group in groups for risk in group.shared]
    return [first_sentence(risk, limit) for risk in risks[:RISKS_SHOWN]]


def _mentioning(texts: list[str], pattern: str) -> str:
    found = re.compile(pattern, re.IGNORECASE)
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            if found.search(sentence):
                return first_sentence(sentence)
    return ""


def _caveat_on(caveats: list[str], pattern: str, taken: set[int]) -> int | None:
    """The first caveat not yet taken on a subject (it says what to do): its index, now taken."""
    found = re.compile(pattern, re.IGNORECASE)
    for i, caveat in enumerate(caveats):
        if i not in taken and found.search(caveat):
            taken.add(i)
            return i
    return None


QUESTIONS = {
    "pregnancy": "Planning a pregnancy, or breastfeeding: is it safe?",
    "before": "Which checks are needed before starting?",
    "vaccines": "Which vaccines, and are live ones safe with it?",
    "during": "Which check-ups are needed while on it?",
    "ill": "What should I do if I get a fever or feel ill?",
}


@record
class Fit:
    """How much detail a brief page keeps: the questions quoting this page, how long a quoted
    risk or caveat may be (0: whole), and how many conditions are listed."""

    quoting: tuple[str, ...] = tuple(QUESTIONS)
    risk_limit: int = 140
    caveat_limit: int = 0
    uses_shown: int = USES_SHOWN


def _cut(text: str, limit: int) -> str:
    return first_sentence(text, limit) if limit else text


def questions(catalogue: Catalogue, t: Therapy, fit: Fit) -> tuple[list[str], list[str]]:
    """Questions to ask the team, those in `fit.quoting` followed by what this entry says on the
    subject where it says something (a caveat on it first); and the caveats not quoted."""
    applying = [risk for g in inheritance.ancestor_risks(catalogue, t.id) for risk in (*g.named, *g.shared)]
    systemic = (t.route or "") in SYSTEMIC_ROUTES
    taken: set[int] = set()
    vaccine_caveat = _caveat_on(t.caveats, r"vaccin", taken) if "vaccines" in fit.quoting else None
    ill_caveat = _caveat_on(t.caveats, r"\bfever|\bunwell|\bill\b", taken) if "ill" in fit.quoting else None
    said = {
        "pregnancy": first_sentence(t.pregnancy) if t.pregnancy else "",
        "before": _mentioning(t.monitoring, r"\bbefore\b|\bbaseline\b|screen"),
        "vaccines": _cut(t.caveats[vaccine_caveat], fit.caveat_limit)
        if vaccine_caveat is not None
        else _mentioning([*t.monitoring, *t.risks, *applying, *t.contraindications], r"vaccin"),
        "during": _mentioning([m for m in t.monitoring if not re.search(r"\bbefore\b", m, re.I)], r"."),
        "ill": _cut(t.caveats[ill_caveat], fit.caveat_limit)
        if ill_caveat is not None
        else _mentioning(
            [*t.risks, *applying], r"(fever|unwell|infection).*\b(seek|review|urgent|tell|report|contact)"
        ),
    }
    shown = {
        "pregnancy": True,
        "before": bool(said["before"]),
        "vaccines": bool(said["vaccines"]) or systemic,
        "during": bool(said["during"]),
        "ill": bool(said["ill"]) or systemic,
    }
    asked = [
        QUESTIONS[k] + (f" This page: {said[k]}" if said[k] and k in fit.quoting else "") for k in QUESTIONS if shown[k]
    ]
    return asked, [_cut(caveat, fit.caveat_limit) for i, caveat in enumerate(t.caveats) if i not in taken]


def who_to_ask(t: Therapy) -> str:
    if t.route in ("procedure", "light"):
        return "the clinic that offers it."
    if t.route == "lifestyle":
        return "your GP, practice nurse or pharmacist."
    return "the doctor or nurse who prescribes it, or your pharmacist."


# A brief page longer than BRIEF_LINES (plain, 80 columns) keeps less detail, step by step, until
# it fits: caveats cut to a clause, then the questions' quotes dropped (a caveat quoted under one
# goes back to the caveats), then risks cut shorter, then fewer conditions listed.
BRIEF_LINES = 60
UNQUOTE_ORDER = ("during", "before", "pregnancy", "ill", "vaccines")


def _fittings() -> list[Fit]:
    fits = [Fit(), Fit(caveat_limit=QUOTE_LIMIT)]
    fits += [
        Fit(tuple(k for k in QUESTIONS if k not in UNQUOTE_ORDER[:n]), caveat_limit=QUOTE_LIMIT)
        for n in range(1, len(UNQUOTE_ORDER) + 1)
    ]
    fits += [Fit((), risk_limit=limit, caveat_limit=QUOTE_LIMIT) for limit in (100, 72)]
    return fits + [Fit((), risk_limit=72, caveat_limit=QUOTE_LIMIT, uses_shown=shown) for shown in (6, 4)]


def therapy_brief_page(catalogue: Catalogue, t: Therapy) -> Page:
    from skinaxis.render import render_plain

    for fit in _fittings():
        page = _brief_page(catalogue, t, fit)
        if render_plain(page, 80).count("\n") <= BRIEF_LINES:
            break
    return page


def _brief_page(catalogue: Catalogue, t: Therapy, fit: Fit) -> Page:
    page = Page(t.name, f"{t.therapy_kind}; the short page ('skinaxis therapy {t.id}' has it all)", badges(t))
    asked, unquoted_caveats = questions(catalogue, t, fit)
    page.caveats = unquoted_caveats
    page.add("Boxed warning", boxed_warning_alert(t))
    page.add("In short", Para(t.in_short))
    used, not_advised = uses(catalogue, t, fit.uses_shown)
    shown_not_advised = ", ".join(not_advised[:NOT_ADVISED_SHOWN]) + (
        f" and {len(not_advised) - NOT_ADVISED_SHOWN} more" if len(not_advised) > NOT_ADVISED_SHOWN else ""
    )
    page.add("What it is used for", Bullets(used), Para(shown_not_advised, label="Not advised for"))
    page.add("Main risks", Bullets(main_risks(catalogue, t, fit.risk_limit)))
    page.add("Questions to ask your team", Bullets(asked), Para(who_to_ask(t), label="Who to ask"))
    return page
