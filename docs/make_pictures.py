"""Regenerate the README pictures from the tool itself, so they never drift from the code.

Run:  python docs/make_pictures.py   (writes docs/images/*.svg)
"""

from __future__ import annotations

from pathlib import Path

from skinaxis import store
from skinaxis.match import match
from skinaxis.render import render_svg
from skinaxis.search import search
from skinaxis.views import condition_page, match_page, search_page, therapy_page

OUT = Path(__file__).parent / "images"


def pictures() -> dict[str, str]:
    """Picture name -> SVG text, made with the real renderer from the shipped catalogue."""
    catalogue = store.open_catalogue()
    made = {
        "condition-psoriasis": (
            "skinaxis condition psoriasis",
            condition_page(catalogue, catalogue.conditions["psoriasis"]),
        ),
        "therapy-il17": (
            "skinaxis therapy 'IL-17 inhibitors'",
            therapy_page(catalogue, catalogue.therapies["il17-inhibitors"]),
        ),
        "search-itching": ("skinaxis search itching", search_page("itching", search(catalogue, "itching", limit=5))),
        "match-blisters": (
            'skinaxis match "tense itchy blisters on my arms, I\'m 80"',
            match_page(match(catalogue, "tense itchy blisters on my arms, I'm 80")),
        ),
    }
    return {name: render_svg(page, width=100, title=title) for name, (title, page) in made.items()}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, svg in pictures().items():
        (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
        print(f"wrote docs/images/{name}.svg")


if __name__ == "__main__":
    main()
