"""Ranking: a weighted evidence sum over the catalogue's qualified links, one condition at a time.

Each recognised sign carries a specificity weight (inverse document frequency: itch, shared by
many conditions, weighs little; Gottron papules weigh a lot). A condition gains the weight times
how characteristic the sign is for it (hallmark 1.0 ... rare 0.12) and a little more when the sign
is where it usually is; it loses weight for recognised signs it does not show, for its hallmarks
and common signs that were denied, for contrasting signs (flaccid against tense blisters) and for
an age outside its usual onset.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from skinaxis.record import record
from skinaxis.store.tables import load_plain
from skinaxis.vocab import FREQUENCY_WEIGHT, STRENGTH_WEIGHT, as_words

from .results import Ranked, Reason, Recognised
from .vocabulary import StoredVocabulary, _Implies, stored

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

TOP_CONDITIONS = 8
_BATCH = 200  # profiles read at a time, best bound first


@record
class Weights:
    """The tuning knobs of ranking, in one place: change one, then run benchmarks/match_quality.py."""

    via_broader: float = 0.7  # a condition's sign counts this much for the broader sign a person names
    via_sibling: float = 0.45  # ... and this much for another form of a broader sign
    on_usual_site: float = 1.3  # a sign where the condition usually shows it counts this much more
    unexplained_sign: float = 0.35  # a recognised sign the condition does not show costs this share
    denied_hallmark: float = 0.8  # share of a denied hallmark's weight that argues against
    denied_common: float = 0.35  # ... and of a denied common sign's
    contrast: float = 0.6  # share of a hallmark's weight a contrasting sign takes away
    unusual_site_factor: float = 0.6  # a positive score where no sign is on a usual site
    unusual_site_penalty: float = 0.3  # ... and what a score of zero or less loses instead
    trigger: float = 0.8  # times the trigger's strength weight
    named: float = 0.5  # times the highest specificity: a person who names the condition
    usual_age: float = 0.3
    other_age: float = 0.8


WEIGHTS = Weights()


class SignLink(NamedTuple):
    """A sign as a condition's ranking profile lists it (stored as a plain tuple)."""

    sign: str
    frequency: str
    sites: tuple[str, ...]


@record
class Query:
    """What one description says, ready to score each candidate condition against."""

    positives: dict[str, Recognised]  # signs present, by id
    negatives: dict[str, Recognised]  # signs denied, by id
    sites: set[str]
    triggers: dict[str, Recognised]
    ages: set[str]  # age groups ("older-adult")
    # Per group of alternative readings: (signs to evaluate, most and least weight, first name).
    plans: list[tuple[list[str], float, float, str]]
    contrasting: list[tuple[str, Recognised, str]]  # (sign present, its reading, the sign it contrasts)
    idf: dict[str, float]
    default_idf: float  # for a sign no condition shows: the highest specificity
    implies: _Implies
    site_names: dict[str, str]  # lower-case, as reasons show them
    sign_name: Callable[[str], str]  # a sign's lower-case name, looked up when a reason needs it


def _alternatives(positives: dict[str, Recognised]) -> list[list[str]]:
    """Group signs read from overlapping words ("lumps in my armpit": swollen glands or nodules)."""
    groups: list[list[str]] = []
    spans: list[list[tuple[int, int, int]]] = []
    for sign_id, seen in positives.items():
        home = None
        if seen.span is not None:
            clause, start, end = seen.span
            for index, group_spans in enumerate(spans):
                if any(c == clause and s <= end and start <= e for c, s, e in group_spans):
                    home = index
                    break
        if home is None:
            groups.append([sign_id])
            spans.append([seen.span] if seen.span else [])
        else:
            groups[home].append(sign_id)
            if seen.span:
                spans[home].append(seen.span)
    return groups


def rank(
    catalogue: StoredCatalogue, recognised: list[Recognised], vocabulary: StoredVocabulary | None = None
) -> list[Ranked]:
    positives = {r.id: r for r in recognised if r.type == "manifestation" and not r.negated}
    negatives = {r.id: r for r in recognised if r.type == "manifestation" and r.negated}
    sites = {r.id for r in recognised if r.type == "site" and not r.negated}
    triggers = {r.id: r for r in recognised if r.type == "trigger" and not r.negated}
    ages = {
        r.id.removeprefix("age-")
        for r in recognised
        if r.type == "context" and r.id.startswith("age-") and not r.negated
    }
    named = {r.id for r in recognised if r.type == "condition" and not r.negated}
    if not positives:
        return []
    vocabulary = vocabulary or stored(catalogue)
    implies = vocabulary.implies
    idf = vocabulary.idf
    groups = _alternatives(positives)
    default_idf = max(idf.values(), default=1.0)

    # Who can read each sign: conditions that show it or a narrower form of it ("direct"), and
    # conditions that show a broader form or another form of a broader one ("siblings"). Only
    # these conditions, and those linked to a recognised trigger or named, can gain support.
    broader = {sign: implies.broader(sign) for sign in positives}
    broader_all = {b for bs in broader.values() for b in bs}
    narrower = implies.narrower(set(positives) | broader_all)
    linked_signs = set(positives) | broader_all
    for sign in set(positives) | broader_all:
        linked_signs |= narrower.get(sign, set())
    linking = catalogue.linkers("manifestation", linked_signs)
    known: dict[tuple[str, ...], frozenset[str]] = {}

    def readers(signs: tuple[str, ...]) -> frozenset[str]:
        if signs not in known:
            out: set[str] = set()
            for sign in signs:
                out |= linking.get(sign, set())
                for narrow in narrower.get(sign, ()):
                    out |= linking.get(narrow, set())
            known[signs] = frozenset(out)
        return known[signs]

    direct = {sign: readers((sign,)) for sign in positives}
    # Who could read each sign at all (directly, or through a broader or sibling sign): the
    # candidates, and each one's bound.
    readable = {sign: direct[sign] | readers(broader[sign]) for sign in positives}
    candidates = set(named)
    for sign in positives:
        candidates |= readable[sign]
    triggered: set[str] = set()
    for linked in catalogue.linkers("trigger", triggers).values():
        triggered |= linked
    candidates |= triggered

    # Signs that no condition shows, directly or in a narrower form, can only be read as
    # siblings, and those with the same broader signs and weight read alike: each such class is
    # evaluated once, through the member whose reason sorts last (what max() would keep).
    plans: list[tuple[list[str], float, float, str]] = []
    for group in groups:
        weights = [idf.get(sign_id, default_idf) * positives[sign_id].confidence for sign_id in group]
        chosen: list[str] = []
        classes: dict[tuple[Any, ...], str] = {}
        for sign_id in group:
            if direct[sign_id]:
                chosen.append(sign_id)
                continue
            key = (broader[sign_id], idf.get(sign_id, default_idf), positives[sign_id].confidence)
            held = classes.get(key)
            if held is None or positives[sign_id].name + " (" > positives[held].name + " (":
                classes[key] = sign_id
        chosen += classes.values()
        plans.append((chosen, max(weights), min(weights), positives[group[0]].name))
    contrasting = [
        (sign_id, seen, other) for sign_id, seen in positives.items() for other in vocabulary.contrasts.get(sign_id, [])
    ]
    site_names = {s: (catalogue.name("sites", s) or s).lower() for s in sites}

    def sign_name(sign_id: str) -> str:
        return (catalogue.name("manifestations", sign_id) or sign_id).lower()

    query = Query(
        positives,
        negatives,
        sites,
        triggers,
        ages,
        plans,
        contrasting,
        idf,
        default_idf,
        implies,
        site_names,
        sign_name,
    )
    # Conditions with the same signs, triggers and ages score alike: each profile is scored once.
    scored: dict[tuple[Any, ...], tuple[float, float, list[Reason], list[Reason]]] = {}
    ranked: list[tuple[float, str, int, str, tuple[float, float, list[Reason], list[Reason]]]] = []
    # Best first by what each could score at most, so that a clinic catalogue's thousands of
    # conditions that share only a common sign ("itchy") are never read once TOP_CONDITIONS lead.
    bound = _upper_bounds(candidates, plans, readable, triggered, named, bool(ages))
    order = sorted(candidates, key=lambda c: (-bound[c], c))
    for start in range(0, len(order), _BATCH):
        if (
            len(ranked) >= TOP_CONDITIONS
            and bound[order[start]] < -heapq.nsmallest(TOP_CONDITIONS, ranked)[-1][0] - 1e-9
        ):
            break
        for profile in catalogue.profiles(order[start : start + _BATCH]):
            is_named = profile.condition in named
            memo_key = (profile.data, is_named)
            if memo_key not in scored:
                scored[memo_key] = _score(load_plain(profile.data), is_named, query)
            result = scored[memo_key]
            score, _possible, supporting, _opposing = result
            if supporting and score > 0:
                ranked.append((-score, profile.name, profile.cseq, profile.condition, result))
    return [
        Ranked(condition_id, name, round(score / max(possible, 1e-9), 3), list(supporting), list(opposing))
        for _, name, _, condition_id, (score, possible, supporting, opposing) in heapq.nsmallest(TOP_CONDITIONS, ranked)
    ]


def _upper_bounds(
    candidates: set[str],
    plans: list[tuple[list[str], float, float, str]],
    readable: dict[str, frozenset[str]],
    triggered: set[str],
    named: set[str],
    has_age: bool,
) -> dict[str, float]:
    """The most each candidate could score, from who can read each group of signs alone: a group it
    may read gains at most its heaviest sign on a usual site; one it cannot read costs what _score
    takes. A condition linked to a recognised trigger or named is always scored."""
    w = WEIGHTS
    bound = dict.fromkeys(candidates, w.usual_age if has_age else 0.0)
    for chosen, most, least, _name in plans:
        able: set[str] = set().union(*(readable[sign_id] for sign_id in chosen))
        for condition in candidates:
            bound[condition] += most * w.on_usual_site if condition in able else -w.unexplained_sign * least
    for condition in triggered | named:
        if condition in bound:
            bound[condition] = math.inf
    return bound


def _score(profile: tuple[Any, ...], is_named: bool, query: Query) -> tuple[float, float, list[Reason], list[Reason]]:
    """One condition's evidence sum: (score, best possible, supporting, opposing)."""
    condition_ages, signs, condition_triggers = profile
    positives, negatives, sites = query.positives, query.negatives, query.sites
    triggers, ages, idf, default_idf = query.triggers, query.ages, query.idf, query.default_idf
    implies, site_names, sign_name = query.implies, query.site_names, query.sign_name
    w = WEIGHTS
    score, possible = 0.0, 0.0
    supporting: list[Reason] = []
    opposing: list[Reason] = []
    signs = [SignLink._make(link) for link in signs]
    links = {link.sign: link for link in signs}
    # A condition's sign also counts for the broader sign a person names ("blisters").
    via_broader: dict[str, SignLink] = {}
    for own in signs:
        for wider in implies.broader(own.sign):
            if wider not in links and (
                wider not in via_broader
                or FREQUENCY_WEIGHT[own.frequency] > FREQUENCY_WEIGHT[via_broader[wider].frequency]
            ):
                via_broader[wider] = own

    def evaluate(sign_id: str, seen: Recognised) -> tuple[float, Reason] | None:
        link = links.get(sign_id)
        factor = 1.0
        if link is None and sign_id in via_broader:
            link, factor = via_broader[sign_id], w.via_broader
        if link is None:
            # A sibling: "painful lumps" (tender nodules) where the condition lists nodules.
            for wider in implies.broader(sign_id):
                sibling = links.get(wider) or via_broader.get(wider)
                if sibling is not None:
                    link, factor = sibling, w.via_sibling
                    break
        if link is None:
            return None
        gained = idf.get(sign_id, default_idf) * seen.confidence * FREQUENCY_WEIGHT[link.frequency] * factor
        where = ""
        if sites and link.sites:
            hit = sites & set(link.sites)
            if hit:
                gained *= w.on_usual_site
                where = " on the " + ", ".join(site_names[s] for s in sorted(hit))
        shown_as = ""
        if link.sign != sign_id:  # matched through a broader or sibling sign
            shown_as = f"as {sign_name(link.sign)}, "
        shown_sites = tuple(sorted(sites & set(link.sites))) if sites and link.sites else ()
        text = f"{seen.name} ({shown_as}{link.frequency}{where})"
        return gained, Reason(text, sign_id, "manifestation", link.frequency, shown_sites)

    for chosen, most, least, first_name in query.plans:
        readings = [r for r in (evaluate(sign_id, positives[sign_id]) for sign_id in chosen) if r is not None]
        if not readings:
            possible += most
            score -= w.unexplained_sign * least
            opposing.append(Reason(f"{first_name} is not a usual feature", chosen[0], "manifestation"))
            continue
        gained, reason = max(readings, key=lambda reading: (reading[0], reading[1].text))
        # Words read two ways ("itchy lumps": nodules, or wheals that fade) are explained in full
        # by either reading: the fit is measured against the reading this condition takes.
        read_as = reason.id or chosen[0]
        possible += idf.get(read_as, default_idf) * positives[read_as].confidence
        score += gained
        supporting.append(reason)
    for sign_id, seen in negatives.items():
        denied = links.get(sign_id)
        if denied is not None and denied.frequency in ("hallmark", "common"):
            share = w.denied_hallmark if denied.frequency == "hallmark" else w.denied_common
            score -= idf.get(sign_id, default_idf) * share * seen.confidence
            opposing.append(
                Reason(
                    f"no {seen.name.lower()}, which is {denied.frequency} here",
                    sign_id,
                    "manifestation",
                    denied.frequency,
                )
            )
    # Contrasting signs: a reported sign argues against a hallmark it contrasts with.
    for sign_id, seen, other in query.contrasting:
        other_link = links.get(other)
        if other_link is not None and other_link.frequency == "hallmark" and sign_id not in links:
            score -= w.contrast * idf.get(other, default_idf)
            opposing.append(
                Reason(
                    f"{seen.name.lower()} argue against it ({sign_name(other)} are typical)", sign_id, "manifestation"
                )
            )
    if sites:
        condition_sites = {s for link in signs for s in link.sites}
        if condition_sites and not (sites & condition_sites) and "widespread" not in condition_sites:
            # Where it is matters in dermatology: a sign in an unusual place counts for less.
            score = score * w.unusual_site_factor if score > 0 else score - w.unusual_site_penalty
            names = ", ".join(site_names[s] for s in sorted(sites))
            opposing.append(Reason(f"the {names} is not a usual place for it", sorted(sites)[0], "site"))
    for trigger_id, seen in triggers.items():
        for linked, strength in condition_triggers:
            if linked == trigger_id:
                score += w.trigger * STRENGTH_WEIGHT[strength]
                supporting.append(Reason(f"{seen.name} ({strength} trigger or association)", trigger_id, "trigger"))
    if is_named:
        # A person who names a condition ("my psoriasis") tells us something, but signs still decide.
        score += w.named * default_idf
        supporting.append(Reason("named in the description", None, "condition"))
    if ages and condition_ages:
        if ages & set(condition_ages):
            score += w.usual_age
            supporting.append(
                Reason(
                    f"usual age ({', '.join(sorted(as_words(a) for a in ages))})", f"age-{sorted(ages)[0]}", "context"
                )
            )
        else:
            score -= w.other_age
            usual = ", ".join(as_words(a) for a in condition_ages)
            opposing.append(Reason(f"usually starts at another age ({usual})", f"age-{sorted(ages)[0]}", "context"))
    return score, possible, supporting, opposing
