"""What a therapy inherits from its class, and which of its ancestors' risks apply to it.

A condition may link a class (IL-23 inhibitors) rather than each agent. The agent's page then
shows those links too, marked as inherited from the class, and a link that names the agent (or
one of its members) itself wins for that condition. Category links are not inherited: a category
(procedures, phototherapy) gathers unlike things, so a category's link says nothing about any one
member. Risks work the other way round: an ancestor's `risks` apply to every member, and its
`member_risks` only to the members they name (and theirs).
"""

from __future__ import annotations

from typing import Any, Protocol

from .record import record
from .store.read import Named
from .vocab import LINE_RANK


class Catalogue(Protocol):
    @property
    def therapies(self) -> Any: ...

    def ancestors(self, section: str, entry_id: str) -> list[str]: ...
    def descendants(self, section: str, entry_id: str) -> list[str]: ...
    def backlinks(self, kind: str, targets: Any, ordered: bool = True) -> Any: ...
    def links(self, row_ids: Any) -> dict[int, Any]: ...


@record
class TherapyLink:
    """One condition a therapy is linked to, and how: `via` names the member the link names
    (empty when it names the therapy itself); `inherited` names the class it comes from."""

    condition: Any
    link: Any
    via: str = ""
    via_id: str = ""
    inherited: str = ""
    inherited_id: str = ""


def inheriting_classes(catalogue: Catalogue, therapy_id: str) -> list[str]:
    """The classes whose condition links this therapy inherits: its ancestors of kind class."""
    return [a for a in catalogue.ancestors("therapies", therapy_id) if catalogue.therapies[a].therapy_kind == "class"]


def _order(item: tuple[Any, str]) -> tuple[str, int, str, int, int]:
    """Condition name, then line, then the therapy the link names; then catalogue order."""
    row = item[0]
    return (row.name.casefold(), LINE_RANK[row.grade], row.target, row.cseq, row.order)


def condition_links(catalogue: Catalogue, therapy_id: str, limit: int | None = None) -> tuple[list[TherapyLink], int]:
    """Every condition link of a therapy: its own (naming it or a member) and, for conditions it
    has none for, those of the classes above it; sorted by condition name and line, at most
    `limit`, and how many there are in all."""
    own_targets = {therapy_id, *catalogue.descendants("therapies", therapy_id)}
    # Chosen and sorted from the reverse-link rows alone (a therapy row's grade is its line), so
    # that only the links kept are decoded: a clinic catalogue can link a class thousands of times.
    chosen: list[tuple[Any, str]] = [(row, "") for row in catalogue.backlinks("therapy", own_targets, ordered=False)]
    covered = {row.condition for row, _ in chosen}
    for class_id in inheriting_classes(catalogue, therapy_id):
        inherited = catalogue.backlinks("therapy", {class_id}, ordered=False)
        chosen += [(row, class_id) for row in inherited if row.condition not in covered]
        covered |= {row.condition for row in inherited}
    chosen.sort(key=_order)
    kept = chosen if limit is None else chosen[:limit]
    links = catalogue.links(row.rid for row, _ in kept)
    rows = []
    for row, class_id in kept:
        link = links[row.rid]
        if class_id:
            name = catalogue.therapies[class_id].name
            rows.append(TherapyLink(Named(row.condition, row.name), link, inherited=name, inherited_id=class_id))
        else:
            own = link.therapy == therapy_id
            via = "" if own else catalogue.therapies[link.therapy].name
            rows.append(TherapyLink(Named(row.condition, row.name), link, via=via, via_id="" if own else link.therapy))
    return rows, len(chosen)


def members_of(catalogue: Catalogue, therapy_ids: Any) -> set[str]:
    """The therapies named and all their members."""
    found: set[str] = set()
    for therapy_id in therapy_ids:
        found.add(therapy_id)
        found.update(catalogue.descendants("therapies", therapy_id))
    return found


def condition_therapies(catalogue: Catalogue, treatments: list[Any]) -> dict[str, Any]:
    """The therapies a condition's treatment links reach, each with the link that reaches it: the
    named ones, and the agents of a named class (a link naming an agent wins over its class's)."""
    reached: dict[str, Any] = {}
    for link in treatments:
        reached[link.therapy] = link
    for link in treatments:
        if catalogue.therapies[link.therapy].therapy_kind != "class":
            continue
        for member in catalogue.descendants("therapies", link.therapy):
            reached.setdefault(member, link)
    return reached


@record
class RiskGroup:
    """Risks that come from one ancestor: `shared` apply to all its members, `named` to this one."""

    source: str
    source_id: str
    shared: list[str]
    named: list[str]


def ancestor_risks(catalogue: Catalogue, therapy_id: str) -> list[RiskGroup]:
    """The risks of each ancestor that apply to this therapy, nearest ancestor first."""
    groups = []
    for ancestor_id in catalogue.ancestors("therapies", therapy_id):
        ancestor = catalogue.therapies[ancestor_id]
        named = [risk.text for risk in ancestor.member_risks if therapy_id in members_of(catalogue, risk.members)]
        if ancestor.risks or named:
            groups.append(RiskGroup(ancestor.name, ancestor_id, list(ancestor.risks), named))
    return groups
