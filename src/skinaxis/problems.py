"""Catalogue problems with stable codes.

Codes never change meaning once released: scripts and clinic tooling grep for them. Each code
has one failing fixture under tests/fixtures/problems/ (see tests/test_problem_codes.py).
"""

from __future__ import annotations

from dataclasses import dataclass

CODES: dict[str, str] = {
    "SKX001": "YAML syntax error",
    "SKX002": "duplicate key in a mapping",
    "SKX003": "unknown field",
    "SKX004": "wrong type",
    "SKX005": "unquoted value that YAML reads as another type",
    "SKX006": "id is not a slug",
    "SKX007": "link to an id that does not exist",
    "SKX008": "duplicate id",
    "SKX009": "empty file",
    "SKX010": "document is not a mapping of sections",
    "SKX011": "required field missing or empty",
    "SKX012": "value not among the allowed ones",
    "SKX013": "anchor, alias or tag refused",
    "SKX014": "nesting too deep",
    "SKX015": "file is not clean UTF-8 text",
    "SKX016": "clinic entry reuses a shipped id without override: true",
    "SKX017": "review is older than the allowed age",
    "SKX018": "malformed code, date or URL",
    "SKX019": "parent links form a cycle or cross kinds",
    "SKX020": "catalogue path missing or unreadable",
    "SKX021": "file too large",
    "SKX022": "override: true on an id that the shipped catalogue does not have",
    "SKX023": "more than one YAML document in a file",
    "SKX024": "catalogue directories nested too deeply",
    "SKX025": "clinic entry takes another shipped entry's name or synonym",
    "SKX026": "override drops or weakens shipped safety content (red flag, boxed warning, risk, caveat)",
    "SKX027": "a name or text longer than its limit",
    "SKX030": "manifestation without a question for patients",
    "SKX031": "urgent_with_rash or urgent_today on a manifestation that is not systemic",
    "SKX032": "self_care on a condition with no first-line self-care or pharmacy treatment",
}

WARNING_CODES = {"SKX017", "SKX022", "SKX026", "SKX030"}


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    code: str
    message: str

    @property
    def is_warning(self) -> bool:
        return self.code in WARNING_CODES

    def __str__(self) -> str:
        kind = "warning" if self.is_warning else "error"
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.code} {kind}: {self.message}"


class CatalogueError(Exception):
    """The catalogue cannot be used: carries every error found (exit code 3)."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
