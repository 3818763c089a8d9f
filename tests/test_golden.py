"""Golden JSON: every command's JSON over the fixture catalogue, compared whole.

The JSON is a stable interface (scripts depend on it), so a field that disappears or changes
must show up here, not in a user's script. After an intended change, regenerate the files with
`python -m pytest tests/test_golden.py --update-golden` (or SKINAXIS_UPDATE_GOLDEN=1) and read
the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "condition-psoriasis": ["condition", "psoriasis"],
    "condition-pemphigus-vulgaris": ["condition", "pemphigus-vulgaris"],
    "condition-bullous-pemphigoid": ["condition", "bullous-pemphigoid"],
    "therapy-biologics": ["therapy", "biologics"],
    "therapy-il17-inhibitors": ["therapy", "il17-inhibitors"],
    "therapy-secukinumab": ["therapy", "secukinumab"],
    "therapy-microneedling": ["therapy", "microneedling"],
    "manifestation-pruritus": ["manifestation", "itchy"],
    "manifestation-flaccid-blisters": ["manifestation", "flaccid-blisters"],
    "trigger-stress": ["trigger", "stress"],
    "compare-blistering": ["compare", "pemphigus-vulgaris", "bullous-pemphigoid"],
    "compare-three": ["compare", "psoriasis", "pemphigus-vulgaris", "bullous-pemphigoid"],
    "axis": ["axis"],
    "axis-psoriasis": ["axis", "psoriasis"],
    "axis-pemphigus-vulgaris": ["axis", "pemphigus-vulgaris"],
    "search-itching": ["search", "itching"],
    "search-typo": ["search", "blistrs"],
    "search-code": ["search", "L40.0"],
    "search-nothing": ["search", "zzzz"],
    "match-blisters": ["match", "firm itchy blisters on my arms"],
    "match-denied": ["match", "scaly skin on elbows with dents in nails, no itch"],
    "match-emergency": ["match", "red all over with a fever, my tongue swelling"],
    "match-nothing": ["match", "I feel tired"],
    "list-conditions": ["list", "conditions"],
    "list-therapies": ["list", "therapies"],
    "list-manifestations": ["list", "manifestations"],
    "list-triggers": ["list", "triggers"],
    "list-assessments": ["list", "assessments"],
    "list-sites": ["list", "sites"],
    "list-conditions-by-trigger": ["list", "conditions", "--trigger", "stress"],
    "list-therapies-by-evidence": ["list", "therapies", "--evidence", "high"],
    "list-therapies-by-kind": ["list", "therapies", "--kind", "agent"],
}


def updating(config: pytest.Config) -> bool:
    return bool(config.getoption("--update-golden")) or os.environ.get("SKINAXIS_UPDATE_GOLDEN", "") not in ("", "0")


@pytest.mark.parametrize("name", sorted(CASES))
def test_json_matches_its_golden_file(cli, request, name):
    run = cli(*CASES[name], "--json")
    assert run.code == 0, run.err
    data = run.json()
    path = GOLDEN / f"{name}.json"
    if updating(request.config):
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run pytest with --update-golden"
    assert data == json.loads(path.read_text(encoding="utf-8"))


def test_every_golden_file_has_a_case():
    assert {p.stem for p in GOLDEN.glob("*.json")} == set(CASES)
