"""Every command's --json output validates against its JSON Schema in docs/json/.

The schemas are the contract scripts rely on (SPEC, "JSON"): one file per command, one per list
kind. Each is checked as a draft 2020-12 schema, and the output of every command is validated
against it over the fixture catalogue (alone and with a clinic layer) and over the shipped one.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.testing
from jsonschema import Draft202012Validator

from conftest import FIXTURES, REPO
from skinaxis import model
from skinaxis import schema as catalogue_schema
from skinaxis.cli import app

SCHEMAS = REPO / "docs" / "json"
BASE = "https://skinaxis.invalid/json/"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
CLINIC = FIXTURES / "inherit"
KINDS = ["conditions", "therapies", "manifestations", "triggers", "assessments", "sites"]

# Shared vocabularies: each $defs entry of this name, in any schema, lists exactly these values.
VOCABULARY = {
    "frequency": catalogue_schema.FREQUENCIES,
    "line": catalogue_schema.LINES,
    "evidence": catalogue_schema.EVIDENCE,
    "strength": catalogue_schema.STRENGTHS,
    "urgency": catalogue_schema.URGENCIES,
    "therapy_kind": catalogue_schema.THERAPY_KINDS,
    "age_group": catalogue_schema.AGE_GROUPS,
    "group": catalogue_schema.GROUPS,
    "route": catalogue_schema.ROUTES,
    "trigger_kind": catalogue_schema.TRIGGER_KINDS,
    "assessment_kind": catalogue_schema.ASSESSMENT_KINDS,
    "origin": (model.SHIPPED, model.CLINIC, model.OVERRIDE),
}

SEARCHES = ["itching", "blisters in my mouth", "stress", "PASI", "steroid cream", "elbow", "qqqqzzzz"]
MATCHES = [
    "itchy blisters",
    "itchy scaly patches on my elbows and scalp",
    "no fever, firm blisters on my arms, I am 80",
    "red all over with a fever",
    "my throat is swelling",
    "sore mouth and fragile blisters that burst",
    "hello world",
]


# ---------------------------------------------------------------- the schema files


def schema_files() -> list[Path]:
    return sorted(SCHEMAS.glob("*.schema.json"))


@functools.cache
def load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


@functools.cache
def validator(name: str) -> Draft202012Validator:
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def problems(name: str, data: Any) -> list[str]:
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}" for e in errors]


def subschemas(node: Any, where: str = "#"):
    """Every schema object inside a schema, with a JSON pointer to it."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if key in ("properties", "$defs", "patternProperties", "dependentSchemas"):
                for name, sub in value.items():
                    yield from subschemas(sub, f"{where}/{key}/{name}")
            elif key in ("items", "additionalProperties", "propertyNames", "not", "if", "then", "else", "contains"):
                yield from subschemas(value, f"{where}/{key}")
            elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
                for i, sub in enumerate(value):
                    yield from subschemas(sub, f"{where}/{key}/{i}")


def json_commands() -> set[str]:
    """The schema each command with a --json option must have: its name, or list-KIND per list kind."""
    group = typer.main.get_command(app)
    names: set[str] = set()
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        if not any("--json" in param.opts for param in command.params):
            continue
        if name == "list":
            # The kinds are what Tab offers for the first argument.
            kind = next(param for param in command.params if param.name == "kind")
            context = command.make_context("list", [], resilient_parsing=True)
            names |= {f"list-{item.value}" for item in kind.shell_complete(context, "")}
        else:
            names.add(name)
    return names


@pytest.mark.parametrize("path", schema_files(), ids=lambda p: p.name)
def test_each_schema_file_is_a_described_draft_2020_12_schema(path: Path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DRAFT
    assert schema["$id"] == BASE + path.name
    assert schema["title"].strip() and schema["description"].strip()
    undescribed = [
        f"{where}/properties/{name}"
        for where, sub in subschemas(schema)
        for name, prop in sub.get("properties", {}).items()
        if not str(prop.get("description", "")).strip()
    ]
    assert not undescribed, f"properties without a description: {undescribed}"
    # Objects are closed: a field the code adds must be described here first.
    open_objects = [
        where
        for where, sub in subschemas(schema)
        if "properties" in sub and sub.get("additionalProperties") is not False
    ]
    assert not open_objects, f"objects that allow undescribed fields: {open_objects}"
    # Every required field is a described property.
    for where, sub in subschemas(schema):
        missing = set(sub.get("required", [])) - set(sub.get("properties", {}))
        assert not missing, f"{where}: required but not described: {missing}"


def test_every_command_with_json_output_has_a_schema_and_every_schema_a_command():
    expected = json_commands()
    assert {"condition", "therapy", "match", "axis", "list-conditions", "list-sites"} <= expected
    # error.schema.json is not a command's answer: it describes what any look-up writes to stderr.
    found = {path.name.removesuffix(".schema.json") for path in schema_files()} - {"error"}
    assert found == expected, f"missing: {sorted(expected - found)}; without a command: {sorted(found - expected)}"


def test_shared_vocabularies_agree_with_the_catalogue_and_across_files():
    seen: dict[str, tuple[str, Any]] = {}
    for path in schema_files():
        for key, definition in json.loads(path.read_text(encoding="utf-8")).get("$defs", {}).items():
            if key in VOCABULARY:
                assert definition["enum"] == list(VOCABULARY[key]), f"{path.name}: $defs/{key}"
            if key in seen:
                first, earlier = seen[key]
                assert definition == earlier, f"$defs/{key} differs between {first} and {path.name}"
            else:
                seen[key] = (path.name, definition)
    assert set(VOCABULARY) <= set(seen)
    approvals = load("therapy")["properties"]["approvals"]["items"]["properties"]
    assert approvals["region"]["enum"] == list(catalogue_schema.REGIONS)


def test_a_broken_schema_or_output_is_caught():
    # The check can fail: a wrong type and a value outside an enum are both reported.
    assert problems("search", {"query": "x", "results": [], "caveats": []})
    bad = {"query": "x", "results": [{"type": "condition", "id": "a", "name": "A", "score": "1", "matched": "a"}]}
    assert any("score" in p for p in problems("search", {**bad, "caveats": ["c"]}))


# ---------------------------------------------------------------- the output


class Sweep:
    """Runs commands with --json over one catalogue and collects every schema problem found."""

    def __init__(self, cli: Any, shipped: bool = False, clinic: Path | None = None):
        self.cli, self.shipped, self.clinic = cli, shipped, clinic
        self.found: list[str] = []
        self.runs = 0

    def run(self, *args: str) -> Any:
        prefix = ["--catalogue", str(self.clinic)] if self.clinic else []
        result = self.cli(*prefix, *args, "--json", shipped=self.shipped)
        self.runs += 1
        assert result.code == 0, f"{' '.join(args)}: exit {result.code}: {result.err}"
        return result.json()

    def check(self, name: str, *args: str) -> Any:
        data = self.run(*args)
        self.found += [f"{' '.join(args)}: {p}" for p in problems(name, data)]
        return data

    def ids(self, kind: str) -> list[str]:
        return [item["id"] for item in self.check(f"list-{kind}", "list", kind)]

    def done(self) -> None:
        shown = "\n".join(self.found[:40])
        assert not self.found, f"{len(self.found)} schema problems in {self.runs} runs:\n{shown}"


CATALOGUES = {
    "mini": {"shipped": False},
    "mini+clinic": {"shipped": False, "clinic": CLINIC},
    "shipped": {"shipped": True},
}


@pytest.fixture(params=list(CATALOGUES))
def sweep(request: pytest.FixtureRequest, cli: Any, monkeypatch: pytest.MonkeyPatch) -> Sweep:
    # Typer's CliRunner builds the click command again on every invoke (most of the time of a
    # sweep's hundreds of runs): build it once. Without the private name it is only slower.
    monkeypatch.setattr(typer.testing, "_get_command", functools.cache(typer.main.get_command), raising=False)
    return Sweep(cli, **CATALOGUES[request.param])


def test_entry_pages(sweep: Sweep):
    for section, command in [
        ("conditions", "condition"),
        ("therapies", "therapy"),
        ("manifestations", "manifestation"),
        ("triggers", "trigger"),
    ]:
        ids = sweep.ids(section)
        assert ids
        for entry_id in ids:
            data = sweep.check(command, command, entry_id)
            assert data["id"] == entry_id
    sweep.done()


def test_lists_with_and_without_filters(sweep: Sweep):
    for kind in KINDS:
        sweep.ids(kind)
    sweep.check("list-conditions", "list", "conditions", "--trigger", "stress")
    sweep.check("list-conditions", "list", "conditions", "--gut")
    sweep.check("list-therapies", "list", "therapies", "--kind", "agent")
    sweep.check("list-therapies", "list", "therapies", "--condition", "psoriasis")
    sweep.done()


def test_search_match_compare_axis(sweep: Sweep):
    for query in SEARCHES:
        data = sweep.check("search", "search", query)
        scores = [hit["score"] for hit in data["results"]]
        assert all(isinstance(s, float) for s in scores), scores  # 1.0, never 1
        assert scores == sorted(scores, reverse=True), f"{query}: not best first"
    for description in MATCHES:
        data = sweep.check("match", "match", description)
        assert all(isinstance(c["score"], float) for c in data["conditions"])
    conditions = sweep.ids("conditions")
    sweep.check("compare", "compare", *conditions[:2])
    sweep.check("compare", "compare", *conditions[:3])
    sweep.check("axis", "axis")
    with_gut = {item["id"] for item in sweep.run("list", "conditions", "--gut")}
    without_gut = [c for c in conditions if c not in with_gut]
    for condition in [*sorted(with_gut)[:3], *without_gut[:2]]:
        data = sweep.check("axis", "axis", condition)
        assert data["condition"]["id"] == condition and (data["condition"]["gut"] is None) == (
            condition not in with_gut
        )
    sweep.done()


def test_validate(cli: Any):
    for args in (["validate"], ["validate", str(CLINIC)]):
        result = cli(*args, "--json")
        assert result.code == 0, result.err
        assert not problems("validate", result.json())
    result = cli("validate", str(FIXTURES / "problems" / "SKX012"), "--json")
    assert result.code == 3
    data = result.json()
    assert not problems("validate", data) and data["valid"] is False


def test_a_name_not_found_writes_no_json_to_stdout(cli: Any):
    result = cli("condition", "nosuchthing", "--json")
    assert result.code == 1 and result.out == "" and "nosuchthing" in result.err


@pytest.mark.parametrize(
    "args",
    [
        ["condition", "psoriasys"],
        ["therapy", "biologix"],
        ["compare", "psoriasis", "pemfigus vulgaris"],
        ["axis", "psoriasys"],
        ["list", "conditions", "--trigger", "stres"],
        ["condition", "qqqqzzzz"],
    ],
    ids=lambda a: " ".join(a),
)
def test_with_json_a_name_not_found_is_json_on_stderr_with_ids(cli: Any, args: list[str]):
    result = cli(*args, "--json")
    assert result.code == 1 and result.out == ""
    error = json.loads(result.err)
    assert not problems("error", error)
    assert error["error"] == "not-found"
    if "qqqq" in args[-1]:
        assert error["suggestions"] == []
        return
    first = error["suggestions"][0]
    # The id is what to type: it finds the entry it names.
    section = {"condition": "condition", "axis": "condition", "compare": "condition", "therapy": "therapy"}
    kind = section.get(args[0], "trigger")
    again = cli(kind, first["id"], "--json")
    assert again.code == 0 and again.json()["name"] == first["name"]
    assert f"{first['id']} ({first['name']})" in error["message"]


def test_the_error_schema_rejects_a_suggestion_without_its_id():
    assert problems("error", {"error": "not-found", "message": "m", "suggestions": [{"name": "Psoriasis"}]})


# ---------------------------------------------------------------- fields being added


def test_the_schemas_accept_what_spec_asks_for_and_the_fields_being_added(cli: Any):
    """The output SPEC describes (and issue 17 adds) validates too, so the code can grow into it."""
    condition = cli("condition", "psoriasis", "--json").json()
    assert not problems("condition", {**condition, "in_short": "A skin condition with thick scaly patches."})

    agent = cli("therapy", "secukinumab", "--json").json()
    agent.update(
        in_short="A medicine given by injection that blocks one immune signal.",
        boxed_warning="",
        approvals=[
            {"region": "US", "indication": "Plaque psoriasis", "year": "2015", "note": ""},
            {"region": "EU", "indication": "Plaque psoriasis", "year": None, "note": "Adults"},
        ],
        member_risks=[{"text": "Only some members", "members": ["secukinumab"]}],
    )
    agent["conditions"].append(
        {**agent["conditions"][0], "id": "bullous-pemphigoid", "inherited_from": "il17-inhibitors"}
    )
    assert not problems("therapy", agent)
    assert problems("therapy", {**agent, "approvals": [{"region": "CA", "indication": "x", "year": None, "note": ""}]})

    sign = cli("manifestation", "pruritus", "--json").json()
    assert not problems("manifestation", {**sign, "everyday": "Itch", "question": "Does your skin itch?"})

    match = cli("match", "itchy scaly patches on my elbows", "--json").json()
    reason = {"id": "scaly-plaques", "type": "manifestation", "frequency": "hallmark", "sites": ["elbows"], "text": "x"}
    for ranked in match["conditions"]:
        ranked["supporting"] = [reason]
        ranked["opposing"] = [{"id": "fever", "type": "manifestation", "frequency": None, "sites": [], "text": "y"}]
    match["triage"]["reasons"] = [{"id": None, "type": None, "text": "Book a routine appointment."}]
    match["questions"] = [
        {
            "id": "nail-pitting",
            "type": "manifestation",
            "text": "Do your nails have dents?",
            "yes": ["psoriasis"],
            "no": [],
        }
    ]
    assert not problems("match", match)
    assert problems("match", {**match, "triage": {"level": "soon", "reasons": ["x"]}})
