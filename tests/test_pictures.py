"""The README pictures are the tool's own output: regenerate them when this fails."""

from __future__ import annotations

import importlib.util

from conftest import REPO


def test_readme_pictures_match_the_current_output():
    spec = importlib.util.spec_from_file_location("make_pictures", REPO / "docs" / "make_pictures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, svg in module.pictures().items():
        committed = (REPO / "docs" / "images" / f"{name}.svg").read_text(encoding="utf-8")
        assert committed == svg, f"docs/images/{name}.svg is stale: run python docs/make_pictures.py"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/images/match-blisters.svg" in readme
