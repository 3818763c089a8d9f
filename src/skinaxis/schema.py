"""The catalogue schema as data, and the checker that turns YAML nodes into plain values.

docs/catalogue-schema.md is the human version of this table; tests/test_pedantic.py checks the
two agree. Every problem found carries a stable SKX code and the position of the value.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from .problems import Problem
from .vocab import (
    AGE_GROUPS,
    ASSESSMENT_KINDS,
    EVIDENCE,
    FREQUENCIES,
    GROUPS,
    LINES,
    REGIONS,
    ROUTES,
    SEXES,
    STRENGTHS,
    THERAPY_KINDS,
    TRIGGER_KINDS,
    URGENCIES,
)
from .yamlread import Map, Node, Seq, Str

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PATTERNS = {
    "icd10": re.compile(r"^[A-Z][0-9]{2}(\.[0-9]{1,2})?$"),
    "icd11": re.compile(r"^[0-9A-Z]{4}(\.[0-9A-Z]{1,3})?$"),
    "snomed": re.compile(r"^[0-9]{6,18}$"),
    "orpha": re.compile(r"^(ORPHA:)?[0-9]{1,7}$"),
    "omim": re.compile(r"^[0-9]{6}$"),
    "mondo": re.compile(r"^MONDO:[0-9]{7}$"),
    "hpo": re.compile(r"^HP:[0-9]{7}$"),
    "atc": re.compile(r"^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$"),
    "year": re.compile(r"^(19|20)[0-9]{2}$"),
    "url": re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/[^\s]*)?$"),
}


@dataclass(frozen=True)
class F:
    """One field: its shape, whether it is required, and what its values must be."""

    shape: str  # text | texts | map | maps | bool | date | slug
    required: bool = False
    choices: tuple[str, ...] | None = None
    link: tuple[str, ...] = ()  # sections an id must resolve in
    pattern: str | None = None
    fields: dict[str, F] | None = None


REFERENCES = F("maps", True, fields={"title": F("text", True), "url": F("text", True, pattern="url")})

SECTIONS: dict[str, dict[str, F]] = {
    "conditions": {
        "id": F("slug", True),
        "name": F("text", True),
        "synonyms": F("texts"),
        "in_short": F("text"),
        "parent": F("slug", link=("conditions",)),
        "group": F("text", True, choices=GROUPS),
        "codes": F(
            "map",
            True,
            fields={
                "icd10": F("text", True, pattern="icd10"),
                "icd11": F("text", pattern="icd11"),
                "snomed": F("text", pattern="snomed"),
                "orpha": F("text", pattern="orpha"),
                "omim": F("text", pattern="omim"),
                "mondo": F("text", pattern="mondo"),
            },
        ),
        "summary": F("text", True),
        "mechanism": F("text", True),
        "epidemiology": F("text", True),
        "ages": F("texts", True, choices=AGE_GROUPS),
        "sex": F("text", choices=SEXES),
        "pregnancy_only": F("bool"),
        "acute": F("bool"),
        "self_care": F("bool"),
        "not_self_care_with": F("texts", link=("manifestations", "sites", "triggers")),
        "min_triage": F("text", choices=URGENCIES),
        "manifestations": F(
            "maps",
            True,
            fields={
                "id": F("slug", True, link=("manifestations",)),
                "frequency": F("text", True, choices=FREQUENCIES),
                "sites": F("texts", link=("sites",)),
                "note": F("text"),
            },
        ),
        "triggers": F(
            "maps",
            fields={
                "id": F("slug", True, link=("triggers",)),
                "strength": F("text", True, choices=STRENGTHS),
                "note": F("text"),
            },
        ),
        "gut": F(
            "map",
            fields={
                "strength": F("text", True, choices=STRENGTHS),
                "evidence": F("text", True, choices=EVIDENCE),
                "summary": F("text", True),
            },
        ),
        "assessments": F("maps", fields={"id": F("slug", True, link=("assessments",)), "note": F("text")}),
        "treatments": F(
            "maps",
            True,
            fields={
                "therapy": F("slug", True, link=("therapies",)),
                "line": F("text", True, choices=LINES),
                "evidence": F("text", True, choices=EVIDENCE),
                "note": F("text"),
            },
        ),
        "red_flags": F(
            "maps",
            True,
            fields={
                "text": F("text", True),
                "urgency": F("text", True, choices=URGENCIES),
                "signs": F("texts", link=("manifestations", "sites", "triggers")),
            },
        ),
        "distinguishing": F("texts", True),
        "related": F("texts", link=("conditions",)),
        "references": REFERENCES,
        "reviewed": F("date", True),
        "caveats": F("texts"),
        "override": F("bool"),
    },
    "therapies": {
        "id": F("slug", True),
        "name": F("text", True),
        "kind": F("text", True, choices=THERAPY_KINDS),
        "parent": F("slug", link=("therapies",)),
        "synonyms": F("texts"),
        "in_short": F("text"),
        "boxed_warning": F("text"),
        "atc": F("text", pattern="atc"),
        "route": F("text", choices=ROUTES),
        "mechanism": F("text", True),
        "benefits": F("texts", True),
        "risks": F("texts", True),
        "member_risks": F(
            "maps",
            fields={"text": F("text", True), "members": F("texts", True, link=("therapies",))},
        ),
        "approvals": F(
            "maps",
            fields={
                "region": F("text", True, choices=REGIONS),
                "indication": F("text", True),
                "year": F("text", pattern="year"),
                "note": F("text"),
            },
        ),
        "monitoring": F("texts"),
        "contraindications": F("texts"),
        "pregnancy": F("text"),
        "caveats": F("texts"),
        "references": REFERENCES,
        "reviewed": F("date", True),
        "override": F("bool"),
    },
    "manifestations": {
        "id": F("slug", True),
        "name": F("text", True),
        "synonyms": F("texts", True),
        "everyday": F("text"),
        "question": F("text"),
        "systemic": F("bool"),
        "urgent_with_rash": F("bool"),
        "urgent_today": F("bool"),
        "hpo": F("text", pattern="hpo"),
        "description": F("text", True),
        "contrasts": F("texts", link=("manifestations",)),
        "broader": F("texts", link=("manifestations",)),
        "override": F("bool"),
    },
    "sites": {
        "id": F("slug", True),
        "name": F("text", True),
        "synonyms": F("texts"),
        "override": F("bool"),
    },
    "triggers": {
        "id": F("slug", True),
        "name": F("text", True),
        "synonyms": F("texts"),
        "kind": F("text", True, choices=TRIGGER_KINDS),
        "mechanism": F("text", True),
        "references": F("maps", fields=REFERENCES.fields),
        "override": F("bool"),
    },
    "assessments": {
        "id": F("slug", True),
        "name": F("text", True),
        "synonyms": F("texts"),
        "kind": F("text", True, choices=ASSESSMENT_KINDS),
        "description": F("text", True),
        "limits": F("text"),
        "override": F("bool"),
    },
    "red_flags": {
        "id": F("slug", True),
        "text": F("text", True),
        "urgency": F("text", True, choices=URGENCIES),
        "advice": F("text", True),
        "when": F("nested", link=("manifestations", "sites", "triggers")),
        "phrases": F("texts"),
        "override": F("bool"),
    },
}

AXIS: dict[str, F] = {
    "summary": F("text", True),
    "mechanisms": F(
        "maps",
        True,
        fields={
            "id": F("slug", True),
            "name": F("text", True),
            "description": F("text", True),
            "leads_to": F("texts", link=("axis-mechanisms",)),
            "evidence": F("text", True, choices=EVIDENCE),
        },
    ),
    "markers": F(
        "maps",
        True,
        fields={
            "assessment": F("slug", True, link=("assessments",)),
            "shows": F("text", True),
            "limits": F("text"),
        },
    ),
    "interventions": F(
        "maps",
        True,
        fields={
            "id": F("slug", True),
            "name": F("text", True),
            "therapy": F("slug", link=("therapies",)),
            "evidence": F("text", True, choices=EVIDENCE),
            "summary": F("text", True),
            "risks": F("texts"),
        },
    ),
    "risks": F("texts", True),
    "references": REFERENCES,
    "reviewed": F("date", True),
}

# A link still to resolve once every file is read: (sections, id, file, line, column, owner).
Link = tuple[tuple[str, ...], str, str, int, int, str]


def _suggest(name: str, options: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


# Longest name or synonym, and longest other text, a catalogue may have (shipped: 68 and 814).
NAME_CHARS = 200
TEXT_CHARS = 4000
SUGGESTED_PROBLEMS = 100  # "did you mean" in the first problems of a file only


AGE_CONTEXTS = tuple(f"age-{group}" for group in AGE_GROUPS)
AGE_SPEC = F("slug", choices=AGE_CONTEXTS)


def _is_age(node: Node) -> bool:
    return isinstance(node, Str) and str(node).startswith("age-")


class Checker:
    """Checks nodes against a field table, collecting problems and links to resolve later."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.links: list[Link] = []

    def problem(self, node: Any, code: str, message: str) -> None:
        line, column = (node.line, node.column) if hasattr(node, "line") else (1, 1)
        self.problems.append(Problem(self.path, line, column, code, message))

    def mapping(self, node: Node, fields: dict[str, F], where: str, entry: bool = False) -> dict[str, Any] | None:
        """Checked fields of a mapping. A nested mapping (a link) missing a required field is
        dropped whole (its problem is reported); a top-level entry is kept if its id is valid."""
        if not isinstance(node, Map):
            self.problem(node, "SKX004", f"{where}: expected a mapping of fields")
            return None
        out: dict[str, Any] = {}
        for key, value in node.items.items():
            spec = fields.get(key)
            if spec is None:
                # difflib costs ~0.2 ms a key: 200 000 unknown keys took 42 s; past the first
                # hundred problems a file is not a typo to correct.
                suggest = len(self.problems) < SUGGESTED_PROBLEMS
                line, column = node.key_pos[key]
                self.problems.append(
                    Problem(
                        self.path,
                        line,
                        column,
                        "SKX003",
                        f"{where}: unknown field '{key}'{_suggest(key, list(fields)) if suggest else ''}",
                    )
                )
                continue
            checked = self.value(value, spec, f"{where}.{key}")
            if checked is not None:
                out[key] = checked
        complete = True
        for key, spec in fields.items():
            if spec.required and (key not in out or out[key] in ("", [], {})):
                complete = False
                if key in node.items and key not in out:
                    continue  # already reported as a bad value
                self.problem(node, "SKX011", f"{where}: required field '{key}' is missing or empty")
        if not complete and not (entry and "id" in out):
            return None
        return out

    def scalar(self, node: Node, where: str) -> Str | None:
        if not isinstance(node, Str):
            self.problem(
                node, "SKX004", f"{where}: expected text, found a {'list' if isinstance(node, Seq) else 'mapping'}"
            )
            return None
        if node.implicit is not None:
            if node.implicit == "empty (null)" and node == "":
                return Str("", node.line, node.column)
            self.problem(
                node,
                "SKX005",
                f"{where}: '{node}' would be read as {node.implicit}; quote it (\"{node}\") to keep it as text",
            )
            return None
        return node

    def value(self, node: Node, spec: F, where: str) -> Any:
        if spec.shape == "bool":
            if isinstance(node, Str) and node.implicit == "a boolean" and node.lower() in ("true", "false"):
                return node.lower() == "true"
            self.problem(node, "SKX004", f"{where}: expected true or false")
            return None
        if spec.shape in ("text", "slug", "date"):
            return self.text(node, spec, where)
        if spec.shape == "texts":
            if not isinstance(node, Seq):
                self.problem(node, "SKX004", f"{where}: expected a list")
                return None
            items = [self.text(item, spec, f"{where}[{i}]") for i, item in enumerate(node.items)]
            return [item for item in items if item is not None]
        if spec.shape == "map":
            assert spec.fields is not None
            return self.mapping(node, spec.fields, where)
        if spec.shape == "maps":
            assert spec.fields is not None
            if not isinstance(node, Seq):
                self.problem(node, "SKX004", f"{where}: expected a list of mappings")
                return None
            maps = [self.mapping(item, spec.fields, f"{where}[{i}]") for i, item in enumerate(node.items)]
            return [m for m in maps if m is not None]
        if spec.shape == "nested":  # list of lists of ids
            if not isinstance(node, Seq) or not all(isinstance(inner, Seq) for inner in node.items):
                self.problem(node, "SKX004", f"{where}: expected a list of lists of ids")
                return None
            inner_spec = F("slug", link=spec.link)
            # An age group (`age-child`) is read from the description, not a catalogue entry.
            return [
                [
                    v
                    for v in (
                        self.text(item, AGE_SPEC if _is_age(item) else inner_spec, f"{where}[{i}]")
                        for item in inner.items
                    )
                    if v is not None
                ]
                for i, inner in enumerate(node.items)
            ]
        raise AssertionError(spec.shape)  # pragma: no cover - the table above is fixed

    def text(self, node: Node, spec: F, where: str) -> str | None:
        value = self.scalar(node, where)
        if value is None:
            return None
        field_name = where.rpartition(".")[2].partition("[")[0]
        kind, limit = ("name", NAME_CHARS) if field_name in ("name", "synonyms") else ("text", TEXT_CHARS)
        if len(value) > limit:  # bounded work downstream: every name is folded, indexed and matched
            self.problem(value, "SKX027", f"{where}: {len(value)} characters, over the limit of {limit} for a {kind}")
            return None
        if spec.shape == "slug" and not SLUG.match(value):
            self.problem(
                value, "SKX006", f"{where}: '{value}' is not a slug (lower-case letters, digits, single hyphens)"
            )
            return None
        if spec.shape == "date":
            try:
                _dt.date.fromisoformat(value)
            except ValueError:
                self.problem(value, "SKX018", f"{where}: '{value}' is not a date written YYYY-MM-DD")
                return None
        if spec.choices is not None and value not in spec.choices:
            allowed = ", ".join(spec.choices)
            self.problem(
                value, "SKX012", f"{where}: '{value}' is not one of: {allowed}{_suggest(value, list(spec.choices))}"
            )
            return None
        if spec.pattern is not None and not PATTERNS[spec.pattern].match(value):
            self.problem(value, "SKX018", f"{where}: '{value}' is not a well-formed {spec.pattern} value")
            return None
        if spec.link:
            self.links.append((spec.link, str(value), self.path, value.line, value.column, where))
        return str(value)
