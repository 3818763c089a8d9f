"""Answer quality of `skinaxis match`: top-1, top-3 and mean reciprocal rank.

Two sets, written by hand independently of the catalogue (see their header comments):
  benchmarks/match_descriptions.yaml  everyday descriptions, one expected condition each
  benchmarks/match_phenotypes.yaml    HPO phenotype term names per condition

A ranked condition counts as the expected one when it is that condition, or its parent or a
subtype of it (plaque psoriasis for psoriasis): the family is the answer a person is looking for.
Use --strict to count only the exact id.

Run:  python benchmarks/match_quality.py [--strict] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from skinaxis import store
from skinaxis.match import match

HERE = Path(__file__).parent


def family(catalogue, condition_id: str) -> set[str]:
    return {
        condition_id,
        *catalogue.ancestors("conditions", condition_id),
        *catalogue.descendants("conditions", condition_id),
    }


def evaluate(catalogue, cases: list[dict], strict: bool, show_misses: bool, label: str) -> dict[str, float]:
    top1 = top3 = mrr = 0.0
    started = time.perf_counter()
    for case in cases:
        text = case["text"] if "text" in case else ", ".join(case["terms"])
        expected = case["expect"]
        if expected not in catalogue.conditions:
            sys.exit(f"{label}: unknown condition id {expected!r}")
        accept = {expected} if strict else family(catalogue, expected)
        ranked = [c.id for c in match(catalogue, text).conditions]
        rank = next((i for i, cid in enumerate(ranked, start=1) if cid in accept), None)
        if rank == 1:
            top1 += 1
        if rank is not None and rank <= 3:
            top3 += 1
        if rank is not None:
            mrr += 1 / rank
        if show_misses and (rank is None or rank > 3):
            print(f"  miss [{expected}] rank={rank} top={ranked[:3]} :: {text}")
    n = len(cases)
    elapsed = (time.perf_counter() - started) / max(n, 1) * 1000
    return {"cases": n, "top1": top1 / n, "top3": top3 / n, "mrr": mrr / n, "ms_per_case": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--strict", action="store_true", help="count only the exact condition id")
    parser.add_argument("--misses", action="store_true", help="print the cases not in the top 3")
    args = parser.parse_args()
    catalogue = store.open_catalogue()
    for name in ("match_descriptions", "match_phenotypes"):
        cases = yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))["cases"]
        if args.misses:
            print(name)
        result = evaluate(catalogue, cases, args.strict, args.misses, name)
        print(
            f"{name:20s} cases={result['cases']:4d}  top1={result['top1']:.3f}  top3={result['top3']:.3f}  "
            f"mrr={result['mrr']:.3f}  ({result['ms_per_case']:.1f} ms/case)"
        )


if __name__ == "__main__":
    main()
