"""Turn a Page into text: rich (terminal), plain (no colour, no box drawing) or markdown (handout).

This is the only module that imports Rich, and it does so inside the rich renderer so that
plain, markdown and JSON output never pay for it. Every string from the catalogue or the user
goes through `text.clean` and is wrapped in rich.text.Text, so it is never read as markup.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import textwrap
from typing import IO, Any

from .page import CAVEAT, Alert, Bullets, Page, Para, Table, evidence_badge
from .text import clean
from .vocab import EVIDENCE_STYLE


def terminal_width(stream: IO[str]) -> int:
    """COLUMNS wins (tests pin it); then the terminal; 80 otherwise. Clamped to 20..500."""
    value = os.environ.get("COLUMNS", "")
    # Only a positive ASCII integer: str.isdigit() also accepts "²", which int() refuses.
    given = int(value) if value.isascii() and value.isdigit() else 0
    width = given or shutil.get_terminal_size((80, 24)).columns
    return max(20, min(width, 500))


def _sizes_rich_can_read() -> dict[str, str]:
    """The environment without a COLUMNS or LINES that is not an ASCII integer (Rich would crash)."""
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES") or (v.isascii() and v.isdigit())}


def _ascii_only(stream: IO[str]) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
    try:
        "●○│".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return True
    return False


# ---------------------------------------------------------------- plain

LONG_WORD = 256  # characters: a longer unbroken run is cut into pieces this long before wrapping
MAX_TEXT = 20_000  # characters of one text shown on a page; the rest is cut, and says so
_LONG_RUN = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def bounded(text: str) -> str:
    """A text ready to wrap in linear time: textwrap and Rich fold a long word by slicing what is
    left of it again and again (quadratic: minutes for 50 MB), so unbroken runs longer than
    LONG_WORD are broken with spaces, and a text beyond MAX_TEXT is cut with a note (the JSON
    output keeps it whole). No real word, URL or catalogue text comes near either bound."""
    if len(text) <= LONG_WORD:
        return text
    note = ""
    if len(text) > MAX_TEXT:
        note = f" [... {len(text) - MAX_TEXT:,} more characters not shown]"
        text = text[:MAX_TEXT]
    return _LONG_RUN.sub(lambda run: " ".join(_pieces(run.group())), text) + note


def shown(text: str) -> str:
    """Catalogue text as a page shows it: bounded, then without control or bidi characters."""
    return clean(bounded(text))


def _pieces(run: str) -> list[str]:
    return [run[start : start + LONG_WORD] for start in range(0, len(run), LONG_WORD)]


def render_plain(page: Page, width: int, ascii_only: bool = False) -> str:
    width = max(20, width)
    out: list[str] = []

    def wrap(text: str, indent: str = "", first: str | None = None) -> None:
        lines = textwrap.wrap(
            shown(text),
            width=width,
            initial_indent=first if first is not None else indent,
            subsequent_indent=indent,
            break_long_words=True,
            break_on_hyphens=False,
        )
        out.extend(lines or [first or indent])

    title = shown(page.title)
    out.append(title)
    out.append("=" * min(len(title), width))
    if page.subtitle:
        wrap(page.subtitle)
    if page.badges:
        wrap("[" + "] [".join(page.badges) + "]")
    for section in page.sections:
        out.append("")
        if section.part:
            heading = shown(section.title).upper()
            out += ["=" * min(width, 40), heading, "=" * min(width, 40)]
        else:
            out.append(shown(section.title).upper())
        for block in section.blocks:
            if isinstance(block, Para):
                wrap(f"{block.label}: {block.text}" if block.label else block.text)
            elif isinstance(block, Bullets):
                for item in block.items:
                    wrap(item, indent="    ", first="  - ")
            elif isinstance(block, Table) and block.prose:
                for lead, rest in block.prose:
                    wrap(f"{lead}: {rest}" if rest else lead, indent="    ", first="  - ")
            elif isinstance(block, Table):
                for row in block.rows:
                    cells = [
                        evidence_badge(cell, ascii_only=True) if i == block.evidence_column else cell
                        for i, cell in enumerate(row)
                    ]
                    parts = [
                        f"{h}: {c}" if i else c for i, (h, c) in enumerate(zip(block.headers, cells, strict=False)) if c
                    ]
                    wrap("; ".join(parts), indent="    ", first="  - ")
            elif isinstance(block, Alert):
                out.append(f"!! {shown(block.title)}")
                for line in block.lines:
                    wrap(line, indent="     ", first="   ! ")
    out.append("")
    out.append("CAVEAT")
    for caveat in [CAVEAT, *page.caveats]:
        wrap(caveat, indent="    ", first="  * ")
    text = "\n".join(out) + "\n"
    return text.encode("ascii", "replace").decode() if ascii_only else text


# ---------------------------------------------------------------- markdown


def _md(text: str) -> str:
    """Escape markdown so catalogue text prints literally in a handout."""
    text = shown(text).replace("\\", "\\\\")
    for char in "`*_{}[]<>#|!":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


# A handout is printed as well as rendered: a table whose lines would be wider than this becomes
# a list, one item per row, which wraps on paper where a table row cannot.
MARKDOWN_TABLE_WIDTH = 100


def _markdown_table(block: Table) -> list[str]:
    rows = [
        [_md(evidence_badge(c) if i == block.evidence_column else c) for i, c in enumerate(row)] for row in block.rows
    ]
    headers = [_md(h) for h in block.headers]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    if max(len(line) for line in lines) <= MARKDOWN_TABLE_WIDTH:
        return lines
    items = []
    for cells in rows:
        rest = "; ".join(f"{header}: {cell}" for header, cell in zip(headers[1:], cells[1:], strict=False) if cell)
        items.append(f"- **{cells[0]}**" + (f" ({rest})" if rest else ""))
    return items


def render_markdown(page: Page) -> str:
    # Front matter gives pandoc (and other converters) the document's title.
    out = ["---", f"title: {json.dumps(clean(page.title), ensure_ascii=False)}", "---", ""]
    out += [f"# {_md(page.title)}", ""]
    if page.subtitle:
        out += [f"*{_md(page.subtitle)}*", ""]
    if page.badges:
        out += [" ".join(f"**{_md(b)}**" for b in page.badges), ""]
    in_part = False
    for section in page.sections:
        in_part = in_part or section.part
        level = "##" if section.part or not in_part else "###"
        out += [f"{level} {_md(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, Para):
                out += [f"**{_md(block.label)}:** {_md(block.text)}" if block.label else _md(block.text), ""]
            elif isinstance(block, Bullets):
                out += [f"- {_md(item)}" for item in block.items] + [""]
            elif isinstance(block, Table) and block.prose:
                out += [f"- **{_md(lead)}**" + (f": {_md(rest)}" if rest else "") for lead, rest in block.prose]
                out.append("")
            elif isinstance(block, Table):
                out += _markdown_table(block)
                out.append("")
            elif isinstance(block, Alert):
                # The blank quoted line keeps the list a list: without it original Markdown and
                # pandoc run the items into the title's paragraph.
                out += [f"> **{_md(block.title)}**", ">"]
                out += [f"> - {_md(line)}" for line in block.lines]
                out.append("")
    out += ["---", "", f"**Caveat.** {_md(CAVEAT)}", ""]
    out += [f"- {_md(c)}" for c in page.caveats]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- rich

# Prose is read, not scanned: lines longer than about 100 characters lose the reader's eye, so a
# wider terminal gets a page this wide. Below this width a table that cannot show every cell at
# its natural width becomes a list (Rich would squeeze its notes into ~20-character columns).
RICH_MAX_WIDTH = 100


def render_svg(page: Page, width: int = 100, title: str = "skinaxis") -> str:
    """The rich page as an SVG picture (for the README): the same renderer, recorded."""
    import io

    console = render_rich(page, io.StringIO(), width, color=True, record=True)
    return str(console.export_svg(title=title))


def render_rich(page: Page, stream: IO[str], width: int, color: bool | None = None, record: bool = False) -> Any:
    from rich import box
    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.table import Table as RichTable
    from rich.text import Text

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError  # Rich would exit 1 here; the caller stops quietly with 0

    ascii_only = _ascii_only(stream)
    width = min(width, RICH_MAX_WIDTH)
    console = _Console(
        file=stream,
        width=width,
        force_terminal=color,
        no_color=(color is False) or None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        safe_box=True,
        record=record,
        _environ=_sizes_rich_can_read(),
    )
    boxes = box.ASCII if ascii_only else box.ROUNDED

    def t(text: str, style: str = "") -> Text:
        return Text(shown(text), style=style, overflow="fold")

    def bullet(item: str) -> RichTable:
        row = RichTable.grid(padding=(0, 1))
        row.add_column(no_wrap=True)
        row.add_column(overflow="fold")
        row.add_row(Text("-" if ascii_only else "•"), t(item))
        return row

    def item_of_row(headers: list[str], cells: list[Text]) -> RichTable:
        """A table row as a list item: its first cell in bold, then "Header: cell" for the rest."""
        line = Text(overflow="fold")
        if cells:
            first = cells[0].copy()
            first.stylize("bold")
            line.append_text(first)
        for header_text, cell in zip(headers[1:], cells[1:], strict=False):
            if cell.plain:
                line.append("; " if line.plain else "")
                line.append(clean(header_text) + ": ")
                line.append_text(cell)
        row = RichTable.grid(padding=(0, 1))
        row.add_column(no_wrap=True)
        row.add_column(overflow="fold")
        row.add_row(Text("-" if ascii_only else "•"), line)
        return row

    header = Text()
    header.append(shown(page.title), style="bold")
    if page.badges:
        header.append("  " + "  ".join(f"[{shown(b)}]" for b in page.badges), style="magenta")
    if page.subtitle:
        header.append("\n" + shown(page.subtitle), style="italic")
    console.print(Panel(header, box=boxes, border_style="cyan", expand=True))
    for section in page.sections:
        if section.part:
            console.rule(t(section.title, "bold magenta"), style="magenta")
        else:
            console.print(t(section.title, "bold cyan underline"))
        for block in section.blocks:
            if isinstance(block, Para):
                line = Text(overflow="fold")
                if block.label:
                    line.append(shown(block.label) + ": ", style="bold")
                line.append(shown(block.text))
                console.print(line)
            elif isinstance(block, Bullets):
                for item in block.items:
                    console.print(bullet(item))
            elif isinstance(block, Table):
                table = RichTable(box=boxes, show_lines=False, expand=False, header_style="bold")
                for header_text in block.headers:
                    table.add_column(t(header_text), overflow="fold")
                rows = []
                for row_cells in block.rows:
                    cells = []
                    for i, cell in enumerate(row_cells):
                        if i == block.evidence_column:
                            style = EVIDENCE_STYLE.get(cell, "")
                            cells.append(t(evidence_badge(cell, ascii_only), style))
                        else:
                            cells.append(t(cell))
                    table.add_row(*cells)
                    rows.append(cells)
                if (
                    width < RICH_MAX_WIDTH
                    and console.measure(table, options=console.options.update_width(10_000)).maximum > width
                ):
                    for cells in rows:
                        console.print(item_of_row(block.headers, cells))
                else:
                    console.print(table)
            elif isinstance(block, Alert):
                style = {"emergency": "bold red", "urgent": "red", "warning": "yellow", "info": "cyan"}[block.level]
                # The title goes inside the box: a panel title is cut short on narrow terminals.
                body = Group(t(block.title, style), *[bullet(line) for line in block.lines])
                console.print(Panel(body, border_style=style, box=boxes))
        console.print()
    caveats = Group(t("Caveat", "bold yellow"), *[t(c) for c in [CAVEAT, *page.caveats]])
    console.print(Panel(caveats, border_style="yellow", box=boxes))
    return console


def render_json(data: Any) -> str:
    # ensure_ascii escapes every control and non-ASCII character, so JSON never drives a terminal.
    return json.dumps(data, indent=2, ensure_ascii=True) + "\n"


def ask(question: str, stream: IO[str]) -> str:
    """One interview question on a terminal: y, n, ? (not sure) or q (stop); Rich's own prompt."""
    from rich.console import Console
    from rich.prompt import Prompt

    console = Console(file=stream, highlight=False)
    return Prompt.ask(
        question, console=console, choices=["y", "n", "?", "q"], default="?", case_sensitive=False, show_default=True
    )


def say_line(text: str, stream: IO[str]) -> None:
    """A line of interview progress, literally (no markup)."""
    from rich.console import Console
    from rich.text import Text

    Console(file=stream, highlight=False).print(Text(text))
