"""Read and check the shipped catalogue, and a clinic catalogue layered over it, into a Catalogue.

This is the cold path: a run served from the compiled store (see the store package, whose
`open_catalogue` calls `check` only when the store is missing or stale) never parses YAML."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import model
from .catalogue_files import Unreadable, catalogue_files, read_catalogue_file
from .layering import in_force, shipped_label_keys, silenced, taken_label
from .problems import Problem
from .record import field, record
from .triage_data import check_triage_data, triage_fields
from .vocab import SECTION_NOUN, THERAPY_PARENT_KINDS

if TYPE_CHECKING:
    from .schema import Link

# The YAML reader and the schema checker (and PyYAML) are imported only when files are parsed:
# a run served from the compiled cache never needs them.

ENV_CATALOGUE = "SKINAXIS_CATALOGUE"
DEFAULT_MAX_AGE_DAYS = 730


ENV_BASE = "SKINAXIS_DATA"


def shipped_dir() -> Path:
    """The data directory inside the installed package, or the repository's data/ in a checkout.

    SKINAXIS_DATA replaces it: the tests use it to run the CLI over a tiny fixture catalogue.
    """
    if os.environ.get(ENV_BASE):
        return Path(os.environ[ENV_BASE])
    packaged = Path(__file__).resolve().parent / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data"


@record
class Layer:
    """What one directory contributed: its checked sections, links to resolve, and problems."""

    label: str
    entries: dict[str, list[tuple[dict[str, Any], str, int, int]]] = field(default_factory=dict)
    axis: tuple[dict[str, Any], str] | None = None
    links: list[Link] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _display(path: Path, base: Path, shipped: bool) -> str:
    if shipped:
        return f"data/{path.relative_to(base).as_posix()}"
    return str(path)


def read_layer(directory: Path, shipped: bool, contents: dict[Path, bytes] | None = None) -> Layer:
    """Read and check one catalogue directory; `contents` holds bytes already read (by the cache,
    which records their digest), so what is parsed is exactly what was recorded."""
    from .yamlread import ReadError, read

    layer = Layer(label="shipped" if shipped else str(directory))
    if not directory.is_dir():
        what = "does not exist" if not directory.exists() else "is not a directory"
        layer.problems.append(Problem(str(directory), 0, 0, "SKX020", f"catalogue directory {what}"))
        return layer
    try:
        files = catalogue_files(directory)
    except OSError as exc:
        layer.problems.append(Problem(str(directory), 0, 0, "SKX020", f"cannot list directory: {exc.strerror}"))
        return layer
    except Unreadable as exc:
        layer.problems.append(Problem(str(directory), 0, 0, exc.code, exc.message))
        return layer
    if not files:
        layer.problems.append(Problem(str(directory), 0, 0, "SKX020", "no .yaml files in the catalogue directory"))
    for path in files:
        shown = _display(path, directory, shipped)
        try:
            data = contents[path] if contents is not None and path in contents else read_catalogue_file(path)[0]
        except OSError as exc:
            layer.problems.append(Problem(shown, 0, 0, "SKX020", f"cannot read file: {exc.strerror}"))
            continue
        except Unreadable as exc:
            layer.problems.append(Problem(shown, 0, 0, exc.code, exc.message))
            continue
        try:
            root = read(data, shown)
        except ReadError as exc:
            layer.problems.append(exc.problem)
            continue
        _check_file(root, shown, layer)
    return layer


def _check_file(root: Any, shown: str, layer: Layer) -> None:
    from .schema import AXIS, SECTIONS, Checker
    from .yamlread import Map

    checker = Checker(shown)
    if root is None:
        layer.problems.append(Problem(shown, 1, 1, "SKX009", "file is empty; remove it or add a section"))
        return
    if not isinstance(root, Map):
        checker.problem(root, "SKX010", "the file must be a mapping of sections (conditions:, therapies:, ...)")
        layer.problems.extend(checker.problems)
        return
    for section, node in root.items.items():
        line, column = root.key_pos[section]
        if section == "axis":
            checked = checker.mapping(node, AXIS, "axis", entry=True)
            if checked is not None:
                if layer.axis is not None:
                    checker.problems.append(Problem(shown, line, column, "SKX008", "axis is defined twice"))
                layer.axis = (checked, f"{shown}:{line}")
            continue
        fields = SECTIONS.get(section)
        if fields is None:
            known = ", ".join([*SECTIONS, "axis"])
            checker.problems.append(
                Problem(shown, line, column, "SKX010", f"unknown section '{section}'; sections are: {known}")
            )
            continue
        if not hasattr(node, "items") or not isinstance(node.items, list):
            checker.problem(node, "SKX004", f"{section}: expected a list of entries")
            continue
        for index, item in enumerate(node.items):
            label = item.items.get("id", index) if isinstance(item, Map) else index
            checked = checker.mapping(item, fields, f"{section}[{label}]", entry=True)
            if checked is not None and "id" in checked:
                layer.entries.setdefault(section, []).append((checked, shown, item.line, item.column))
                if section == "manifestations" and not checked.get("question") and not checked.get("override"):
                    # match asks it ("Do the blisters break easily?"): a sign without one is asked
                    # by its name alone, which a patient may not understand.
                    layer.problems.append(
                        Problem(
                            shown,
                            item.line,
                            item.column,
                            "SKX030",
                            f"manifestation '{checked['id']}' has no question: add `question:`, the yes/no "
                            "question a patient is asked about this sign, in plain words",
                        )
                    )
    layer.problems.extend(checker.problems)
    layer.links.extend(checker.links)


def _refs(items: list[dict[str, str]] | None) -> list[model.Reference]:
    return [model.Reference(**item) for item in items or []]


def build_entry(section: str, data: dict[str, Any], origin: str, source: str) -> model.Entry:
    """Turn checked plain data into a model object."""
    kind, cls = model.KINDS[section]
    common: dict[str, Any] = {
        "kind": kind,
        "id": data["id"],
        "name": data.get("name") or data.get("text", data["id"]),
        "synonyms": data.get("synonyms", []),
        "origin": origin,
        "source": source,
    }
    if section == "conditions":
        return model.Condition(
            **common,
            in_short=data.get("in_short", ""),
            parent=data.get("parent"),
            group=data.get("group", ""),
            codes=data.get("codes", {}),
            summary=data.get("summary", ""),
            mechanism=data.get("mechanism", ""),
            epidemiology=data.get("epidemiology", ""),
            ages=data.get("ages", []),
            sex=data.get("sex"),
            pregnancy_only=bool(data.get("pregnancy_only", False)),
            acute=bool(data.get("acute", False)),
            self_care=bool(data.get("self_care", False)),
            **triage_fields("conditions", data),
            manifestations=[model.ManifestationLink(**m) for m in data.get("manifestations", [])],
            triggers=[model.TriggerLink(**t) for t in data.get("triggers", [])],
            gut=model.GutLink(**data["gut"]) if data.get("gut") else None,
            assessments=[model.AssessmentLink(**a) for a in data.get("assessments", [])],
            treatments=[model.TreatmentLink(**t) for t in data.get("treatments", [])],
            red_flags=[model.RedFlag(**r) for r in data.get("red_flags", [])],
            distinguishing=data.get("distinguishing", []),
            related=data.get("related", []),
            references=_refs(data.get("references")),
            reviewed=data.get("reviewed", ""),
            caveats=data.get("caveats", []),
        )
    if section == "therapies":
        return model.Therapy(
            **common,
            in_short=data.get("in_short", ""),
            boxed_warning=data.get("boxed_warning", ""),
            member_risks=[model.MemberRisk(**r) for r in data.get("member_risks", [])],
            approvals=[model.Approval(**a) for a in data.get("approvals", [])],
            therapy_kind=data.get("kind", "agent"),
            parent=data.get("parent"),
            atc=data.get("atc"),
            route=data.get("route"),
            mechanism=data.get("mechanism", ""),
            benefits=data.get("benefits", []),
            risks=data.get("risks", []),
            monitoring=data.get("monitoring", []),
            contraindications=data.get("contraindications", []),
            pregnancy=data.get("pregnancy", ""),
            caveats=data.get("caveats", []),
            references=_refs(data.get("references")),
            reviewed=data.get("reviewed", ""),
        )
    if section == "manifestations":
        return model.Manifestation(
            **common,
            everyday=data.get("everyday", ""),
            question=data.get("question", ""),
            systemic=bool(data.get("systemic", False)),
            urgent_with_rash=bool(data.get("urgent_with_rash", False)),
            **triage_fields("manifestations", data),
            hpo=data.get("hpo"),
            description=data.get("description", ""),
            contrasts=data.get("contrasts", []),
            broader=data.get("broader", []),
        )
    if section == "sites":
        return model.Site(**common)
    if section == "triggers":
        return model.Trigger(
            **common,
            trigger_kind=data.get("kind", ""),
            mechanism=data.get("mechanism", ""),
            references=_refs(data.get("references")),
        )
    if section == "assessments":
        return model.Assessment(
            **common,
            assessment_kind=data.get("kind", ""),
            description=data.get("description", ""),
            limits=data.get("limits", ""),
        )
    return model.GlobalRedFlag(
        **common,
        text=data.get("text", ""),
        urgency=data.get("urgency", "urgent"),
        advice=data.get("advice", ""),
        when=data.get("when", []),
        phrases=data.get("phrases", []),
    )


def build_axis(data: dict[str, Any]) -> model.Axis:
    return model.Axis(
        summary=data.get("summary", ""),
        mechanisms=[
            model.AxisMechanism(
                id=m["id"],
                name=m["name"],
                description=m["description"],
                leads_to=m.get("leads_to", []),
                evidence=m["evidence"],
            )
            for m in data.get("mechanisms", [])
        ],
        markers=[model.AxisMarker(**m) for m in data.get("markers", [])],
        interventions=[model.AxisIntervention(**i) for i in data.get("interventions", [])],
        risks=data.get("risks", []),
        references=_refs(data.get("references")),
        reviewed=data.get("reviewed", ""),
    )


def assemble(layers: list[Layer]) -> tuple[model.Catalogue, list[Problem]]:
    """Merge layers (shipped first), resolve links and parents; return the catalogue and problems."""
    catalogue = model.Catalogue()
    problems: list[Problem] = []
    shipped_labels: dict[tuple[str, str], list[str]] = {}
    for number, layer in enumerate(layers):
        problems.extend(layer.problems)
        clinic = number > 0
        if number == 1:  # before any override replaces a shipped entry and its names
            shipped_labels = shipped_label_keys(catalogue)
        seen: dict[tuple[str, str], str] = {}
        for section, items in layer.entries.items():
            for data, path, line, column in items:
                entry_id = data["id"]
                where = f"{path}:{line}"
                if (section, entry_id) in seen:
                    problems.append(
                        Problem(
                            path,
                            line,
                            column,
                            "SKX008",
                            f"{section} id '{entry_id}' is already used at {seen[section, entry_id]}",
                        )
                    )
                    continue
                seen[section, entry_id] = where
                existing = catalogue.sections[section].get(entry_id)
                origin = model.SHIPPED
                if clinic:
                    origin = model.CLINIC
                    if existing is not None and not data.get("override"):
                        problems.append(
                            Problem(
                                path,
                                line,
                                column,
                                "SKX016",
                                f"{section} id '{entry_id}' is already in the shipped catalogue; "
                                "add 'override: true' to replace it, or choose another id",
                            )
                        )
                        continue
                    if existing is not None:
                        origin = model.OVERRIDE
                        problems.extend(silenced(section, existing, data, path, line, column))
                    taken = taken_label(section, data, shipped_labels, path, line, column)
                    if taken is not None:
                        problems.append(taken)
                        continue
                    if data.get("override") and existing is None:
                        problems.append(
                            Problem(
                                path,
                                line,
                                column,
                                "SKX022",
                                f"override: true but no shipped {section} entry '{entry_id}'",
                            )
                        )
                elif data.get("override"):
                    problems.append(Problem(path, line, column, "SKX003", "override is for clinic catalogues only"))
                built = build_entry(section, data, origin, where)
                catalogue.sections[section][entry_id] = in_force(existing, built) if origin == model.OVERRIDE else built
        if layer.axis is not None:
            if catalogue.axis is not None:
                path, _, line_text = layer.axis[1].rpartition(":")
                line = int(line_text)
                problems.append(
                    Problem(
                        path, int(line), 1, "SKX008", "the gut-skin axis is already defined by the shipped catalogue"
                    )
                )
            else:
                catalogue.axis = build_axis(layer.axis[0])
    mechanisms = {m.id for m in catalogue.axis.mechanisms} if catalogue.axis else set()
    for layer in layers:
        for sections, target, path, line, column, owner in layer.links:
            found = any(
                target in mechanisms if section == "axis-mechanisms" else target in catalogue.sections[section]
                for section in sections
            )
            if not found:
                from .schema import _suggest

                kinds = " or ".join(SECTION_NOUN.get(s, s) for s in sections)
                known = [i for s in sections for i in (mechanisms if s == "axis-mechanisms" else catalogue.sections[s])]
                problems.append(
                    Problem(
                        path, line, column, "SKX007", f"{owner}: no {kinds} with id '{target}'{_suggest(target, known)}"
                    )
                )
    problems.extend(_check_parents(catalogue))
    problems.extend(check_triage_data(catalogue))
    catalogue.build_indexes()
    return catalogue, problems


def _check_parents(catalogue: model.Catalogue) -> list[Problem]:
    problems: list[Problem] = []
    for section in ("conditions", "therapies"):
        entries = catalogue.sections[section]
        for entry in entries.values():
            path, _, line = entry.source.rpartition(":")
            chain = [entry.id]
            parent = entry.parent
            while parent and parent in entries:
                if parent in chain:
                    problems.append(
                        Problem(
                            path,
                            int(line),
                            1,
                            "SKX019",
                            f"parent links of '{entry.id}' form a cycle: {' -> '.join([*chain, parent])}",
                        )
                    )
                    break
                chain.append(parent)
                parent = entries[parent].parent
            if section == "therapies" and entry.parent in entries:
                parent_kind = entries[entry.parent].therapy_kind
                if parent_kind not in THERAPY_PARENT_KINDS[entry.therapy_kind]:
                    allowed = " or ".join(THERAPY_PARENT_KINDS[entry.therapy_kind]) or "no parent"
                    problems.append(
                        Problem(
                            path,
                            int(line),
                            1,
                            "SKX019",
                            f"a {entry.therapy_kind} ('{entry.id}') needs {allowed}, not a {parent_kind}",
                        )
                    )
    return problems


def stale_reviews(catalogue: model.Catalogue, max_age_days: int, today: _dt.date | None = None) -> list[Problem]:
    today = today or _dt.date.today()
    problems = []
    for section in ("conditions", "therapies"):
        for entry in catalogue.sections[section].values():
            try:
                age = (today - _dt.date.fromisoformat(entry.reviewed)).days
            except (TypeError, ValueError):
                continue  # not a date: the schema check has already reported it
            if age > max_age_days:
                path, _, line = entry.source.rpartition(":")
                problems.append(
                    Problem(
                        path,
                        int(line),
                        1,
                        "SKX017",
                        f"'{entry.id}' was last reviewed {entry.reviewed} ({age} days ago; limit {max_age_days})",
                    )
                )
    return problems


def clinic_dir(explicit: str | None) -> Path | None:
    value = explicit if explicit is not None else os.environ.get(ENV_CATALOGUE)
    return Path(value) if value else None


def check(
    clinic: Path | None = None, contents: dict[Path, bytes] | None = None
) -> tuple[model.Catalogue, list[Problem]]:
    """Read and check every layer; never raises for data problems."""
    layers = [read_layer(shipped_dir(), shipped=True, contents=contents)]
    if clinic is not None:
        layers.append(read_layer(clinic, shipped=False, contents=contents))
    return assemble(layers)
