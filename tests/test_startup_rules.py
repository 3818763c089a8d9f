"""The start-up design, guarded: a cached look-up imports only what it shows.

A look-up served from the compiled store must not import the YAML reader, the schema, Rich,
rapidfuzz or the matcher: together they would double the cost of a plain `condition` run. The
rules are easy to break by an ordinary tidy-up (hoisting a lazy import), so they are tested in
a real process after a warm-up run has built the store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import MINI, REPO

FORBIDDEN_ON_A_CACHED_LOOK_UP = (
    "yaml",
    "rich",
    "rapidfuzz",
    "skinaxis.schema",
    "skinaxis.yamlread",
    "skinaxis.match",
)

PROBE = """
import json, sys
from skinaxis.cli import run
sys.argv = ["skinaxis", *json.loads(sys.argv[1])]
try:
    run()
except SystemExit as done:
    code = done.code
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def imported_by(args: list[str], cache: Path) -> list[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "src"),
        "SKINAXIS_DATA": str(MINI),
        "SKINAXIS_CATALOGUE": "",
        "SKINAXIS_CACHE_DIR": str(cache),
    }
    env.pop("SKINAXIS_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True, env=env, check=True
    )
    assert "Psoriasis" in done.stdout, done.stderr
    line = next(line for line in done.stderr.splitlines() if line.startswith("MODULES "))
    return json.loads(line.removeprefix("MODULES "))


def test_a_cached_plain_look_up_imports_no_parser_renderer_or_matcher(tmp_path):
    args = ["condition", "psoriasis", "--format", "plain"]
    warm_up = imported_by(args, tmp_path)
    assert "yaml" in warm_up  # the first run parsed the catalogue: the probe does see imports
    modules = imported_by(args, tmp_path)
    loaded = [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN_ON_A_CACHED_LOOK_UP)]
    assert loaded == [], f"a cached look-up imported {loaded}"
