"""Read a catalogue file safely, keeping the position of every value.

We never construct Python objects from YAML tags: we walk libyaml's event stream (the C parser
when present) and build plain dicts, lists and strings ourselves. That lets us refuse what a
catalogue never needs and an attacker could use (tags, anchors and aliases, so no "billion
laughs"), reject duplicate keys (PyYAML silently keeps the last), bound nesting depth without
recursion, and report every problem as file:line:column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problem

try:  # the C parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 32
MAX_BYTES = 64 * 1024 * 1024
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}
# C0 controls except tab, newline and carriage return; DEL; C1; bidi overrides and isolates.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_RESOLVER = yaml.resolver.Resolver()
_TAG_NAMES = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:null": "empty (null)",
    "tag:yaml.org,2002:merge": "a merge key",
}


class Str(str):
    """A string scalar with its position and the type YAML would give it unquoted."""

    line: int
    column: int
    implicit: str | None  # e.g. "a boolean" for unquoted `no`; None for a plain string

    def __new__(cls, value: str, line: int, column: int, implicit: str | None = None) -> Str:
        obj = super().__new__(cls, value)
        obj.line, obj.column, obj.implicit = line, column, implicit
        return obj

    def __reduce__(self) -> Any:
        return (Str, (str(self), self.line, self.column, self.implicit))


@dataclass
class Map:
    line: int
    column: int
    items: dict[str, Any] = field(default_factory=dict)
    key_pos: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class Seq:
    line: int
    column: int
    items: list[Any] = field(default_factory=list)


Node = Map | Seq | Str


class ReadError(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def decode(data: bytes, path: str) -> str:
    """UTF-8 only (a BOM is accepted); control characters are refused with their position."""
    if len(data) > MAX_BYTES:
        raise ReadError(Problem(path, 1, 1, "SKX021", f"file is larger than {MAX_BYTES // 2**20} MiB"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError(
            Problem(path, line, 1, "SKX015", f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8")
        ) from None
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise ReadError(
            Problem(path, line, column, "SKX015", f"control character U+{ord(bad.group()):04X} is not allowed")
        )
    return text


def parse(text: str, path: str) -> Node | None:
    """Build the node tree of a single-document YAML text, or raise ReadError."""
    stack: list[tuple[Map | Seq, str | None]] = []  # container and, for a Map, the pending key
    root: Node | None = None
    documents = 0

    def position(mark: Any) -> tuple[int, int]:
        return mark.line + 1, mark.column + 1

    def fail(mark: Any, code: str, message: str) -> ReadError:
        line, column = position(mark)
        return ReadError(Problem(path, line, column, code, message))

    def attach(node: Node, mark: Any) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent, pending = stack[-1]
        if isinstance(parent, Seq):
            parent.items.append(node)
        elif pending is None:  # this node is a key
            if not isinstance(node, Str):
                raise fail(mark, "SKX004", "a mapping key must be a plain string")
            if node in parent.key_pos:
                first = parent.key_pos[node][0]
                raise fail(mark, "SKX002", f"duplicate key '{node}' (first at line {first}); keep one")
            parent.key_pos[str(node)] = (node.line, node.column)
            stack[-1] = (parent, str(node))
        else:
            parent.items[pending] = node
            stack[-1] = (parent, None)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise fail(event.start_mark, "SKX023", "only one YAML document per file ('---' starts another)")
                continue
            if isinstance(event, yaml.AliasEvent):
                raise fail(event.start_mark, "SKX013", "aliases (*name) are not allowed in a catalogue")
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                raise fail(event.start_mark, "SKX013", f"anchors (&{anchor}) are not allowed in a catalogue")
            tag = getattr(event, "tag", None)
            if (
                tag is not None
                and tag not in _STANDARD_TAGS
                and not (isinstance(event, yaml.ScalarEvent) and tag == "tag:yaml.org,2002:str")
            ):
                raise fail(event.start_mark, "SKX013", f"tag '{tag}' is not allowed in a catalogue")
            line, column = position(event.start_mark)
            if isinstance(event, yaml.ScalarEvent):
                # YAML escapes ("\e", "\x1b", "\u202e") can put control characters in a value.
                bad = _CONTROL.search(event.value)
                if bad:
                    raise fail(event.start_mark, "SKX015", f"control character U+{ord(bad.group()):04X} in a value")
                implicit = None
                if not event.style and tag is None:  # plain scalar (C parser says "", Python None)
                    resolved = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
                    implicit = _TAG_NAMES.get(resolved)
                attach(Str(event.value, line, column, implicit), event.start_mark)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    raise fail(event.start_mark, "SKX014", f"nesting deeper than {MAX_DEPTH} levels")
                container: Map | Seq = (
                    Map(line, column) if isinstance(event, yaml.MappingStartEvent) else Seq(line, column)
                )
                attach(container, event.start_mark)
                stack.append((container, None))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        lines = text.splitlines()
        on_line = lines[line - 1] if 0 < line <= len(lines) else ""
        if "\t" in on_line or "'\\t'" in message or ("\t" in text and "tab" in message.lower()):
            message += " (a tab character: indent with spaces, never tabs)"
        raise ReadError(Problem(path, line, column, "SKX001", message or "YAML syntax error")) from None
    except yaml.YAMLError as exc:
        raise ReadError(Problem(path, 1, 1, "SKX001", str(exc).splitlines()[0])) from None
    return root


def read(data: bytes, path: str) -> Node | None:
    return parse(decode(data, path), path)
