"""The typed catalogue model: entries, their qualified links, and the Catalogue with its indexes."""

from __future__ import annotations

from typing import Any

from .record import field, record
from .text import normalise
from .vocab import SECTION_KIND

# Where an entry comes from: shipped with skinaxis, added by a clinic, or a clinic override.
SHIPPED, CLINIC, OVERRIDE = "shipped", "clinic", "override"


@record
class Reference:
    title: str
    url: str


@record
class Entry:
    kind: str
    id: str
    name: str
    synonyms: list[str] = field(default_factory=list)
    origin: str = SHIPPED
    source: str = ""  # file:line it was read from

    @property
    def labels(self) -> list[str]:
        return [self.name, *self.synonyms, self.id.replace("-", " ")]


@record
class ManifestationLink:
    id: str
    frequency: str
    sites: list[str] = field(default_factory=list)
    note: str = ""


@record
class TriggerLink:
    id: str
    strength: str
    note: str = ""


@record
class TreatmentLink:
    therapy: str
    line: str
    evidence: str
    note: str = ""


@record
class GutLink:
    strength: str
    evidence: str
    summary: str


@record
class RedFlag:
    text: str
    urgency: str
    signs: list[str] = field(default_factory=list)


@record
class AssessmentLink:
    id: str
    note: str = ""


@record
class Condition(Entry):
    in_short: str = ""
    parent: str | None = None
    group: str = ""
    codes: dict[str, str] = field(default_factory=dict)
    summary: str = ""
    mechanism: str = ""
    epidemiology: str = ""
    ages: list[str] = field(default_factory=list)
    sex: str | None = None
    pregnancy_only: bool = False
    acute: bool = False  # runs its course in days to weeks: months or years make it unlikely
    self_care: bool = False  # a mild form is managed at home or with pharmacy products
    not_self_care_with: list[str] = field(default_factory=list)  # signs that rule self-care out
    min_triage: str | None = None  # the lowest level `match` gives when this leads on 2+ hallmarks
    manifestations: list[ManifestationLink] = field(default_factory=list)
    triggers: list[TriggerLink] = field(default_factory=list)
    gut: GutLink | None = None
    assessments: list[AssessmentLink] = field(default_factory=list)
    treatments: list[TreatmentLink] = field(default_factory=list)
    red_flags: list[RedFlag] = field(default_factory=list)
    distinguishing: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    reviewed: str = ""
    caveats: list[str] = field(default_factory=list)


@record
class MemberRisk:
    """A risk of a class or category that applies only to the named members (and their members)."""

    text: str
    members: list[str] = field(default_factory=list)


@record
class Approval:
    """A licence in one region: what it covers and when."""

    region: str
    indication: str
    year: str | None = None
    note: str = ""


@record
class Therapy(Entry):
    in_short: str = ""
    boxed_warning: str = ""
    therapy_kind: str = "agent"
    parent: str | None = None
    atc: str | None = None
    route: str | None = None
    mechanism: str = ""
    benefits: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    member_risks: list[MemberRisk] = field(default_factory=list)
    approvals: list[Approval] = field(default_factory=list)
    monitoring: list[str] = field(default_factory=list)
    contraindications: list[str] = field(default_factory=list)
    pregnancy: str = ""
    caveats: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    reviewed: str = ""


@record
class Manifestation(Entry):
    everyday: str = ""
    question: str = ""
    systemic: bool = False
    urgent_with_rash: bool = False  # with any rash, triage is urgent (fever, weight loss)
    urgent_today: bool = False  # with any rash, a doctor today, not within a day or two (fever)
    hpo: str | None = None
    description: str = ""
    contrasts: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)


@record
class Site(Entry):
    pass


@record
class Trigger(Entry):
    trigger_kind: str = ""
    mechanism: str = ""
    references: list[Reference] = field(default_factory=list)


@record
class Assessment(Entry):
    assessment_kind: str = ""
    description: str = ""
    limits: str = ""


@record
class GlobalRedFlag(Entry):
    text: str = ""
    urgency: str = "urgent"
    advice: str = ""
    when: list[list[str]] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)


@record
class AxisMechanism:
    id: str
    name: str
    description: str
    leads_to: list[str]
    evidence: str


@record
class AxisMarker:
    assessment: str
    shows: str
    limits: str = ""


@record
class AxisIntervention:
    id: str
    name: str
    evidence: str
    summary: str
    therapy: str | None = None
    risks: list[str] = field(default_factory=list)


@record
class Axis:
    summary: str = ""
    mechanisms: list[AxisMechanism] = field(default_factory=list)
    markers: list[AxisMarker] = field(default_factory=list)
    interventions: list[AxisIntervention] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    reviewed: str = ""


# Section name in the YAML -> (kind name used in output, model class).
_CLASSES: dict[str, type[Entry]] = {
    "conditions": Condition,
    "therapies": Therapy,
    "manifestations": Manifestation,
    "sites": Site,
    "triggers": Trigger,
    "assessments": Assessment,
    "red_flags": GlobalRedFlag,
}
KINDS: dict[str, tuple[str, type[Entry]]] = {
    section: (kind, _CLASSES[section]) for section, kind in SECTION_KIND.items()
}


def model_shape() -> str:
    """A fingerprint of every record's fields (names and declared types), for the store key.

    The store keeps entries as JSON records named by class, restored with the
    fields it was written with: an entry stored before a field was added would lack it. With the
    shape in the key, a changed model always builds a new store instead of serving an old one.
    """
    import hashlib

    shape = []
    for name, value in sorted(globals().items()):
        fields = getattr(value, "__record_fields__", None) if isinstance(value, type) else None
        if fields is None or value.__module__ != __name__:
            continue
        declared: dict[str, Any] = {}
        for base in reversed(value.__mro__):
            declared.update(base.__dict__.get("__annotations__", {}))
        shape.append(f"{name}({','.join(f'{field[0]}:{declared.get(field[0])}' for field in fields)})")
    return hashlib.blake2b(";".join(shape).encode(), digest_size=8).hexdigest()


class Catalogue:
    """Every checked entry, per kind, as the loader assembles it. Commands read the compiled
    form (store.StoredCatalogue), which adds look-ups by name, links both ways and indexes."""

    def __init__(self) -> None:
        self.sections: dict[str, dict[str, Any]] = {section: {} for section in KINDS}
        self.axis: Axis | None = None
        self._names: dict[str, dict[str, str]] = {}

    # Typed views of the sections.
    @property
    def conditions(self) -> dict[str, Condition]:
        return self.sections["conditions"]

    @property
    def therapies(self) -> dict[str, Therapy]:
        return self.sections["therapies"]

    @property
    def manifestations(self) -> dict[str, Manifestation]:
        return self.sections["manifestations"]

    @property
    def sites(self) -> dict[str, Site]:
        return self.sections["sites"]

    @property
    def triggers(self) -> dict[str, Trigger]:
        return self.sections["triggers"]

    @property
    def assessments(self) -> dict[str, Assessment]:
        return self.sections["assessments"]

    @property
    def red_flags(self) -> dict[str, GlobalRedFlag]:
        return self.sections["red_flags"]

    def build_indexes(self) -> None:
        self._names = {}
        for section, entries in self.sections.items():
            index: dict[str, str] = {}
            # Ids and names win over synonyms: a synonym never hides another entry's own name.
            for entry in entries.values():
                for label in entry.labels[1:]:
                    index.setdefault(normalise(label), entry.id)
            for entry in entries.values():
                index[normalise(entry.name)] = entry.id
                index[normalise(entry.id)] = entry.id
            self._names[section] = index

    def name_index(self) -> dict[str, dict[str, str]]:
        """Per section: normalised id, name and synonym -> entry id (ids and names win)."""
        if not self._names:
            self.build_indexes()
        return self._names

    def counts(self) -> dict[str, int]:
        return {section: len(entries) for section, entries in self.sections.items()}
