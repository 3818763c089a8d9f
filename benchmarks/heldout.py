"""Answer quality on the blind sets, beside a plain BM25 anchor computed in the same run.

The sets in benchmarks/blind/ were written by a helper session that saw neither the catalogue nor
the code (see their header comments); they are kept fixed. Everything here goes through the public
command line (`skinaxis ... --json`), so the figures hold whatever the code inside looks like.

- match: top-1, top-3 and MRR per set for `skinaxis match`, and for two anchors over each
  condition's own `condition ID --json` page: plain BM25 (lower-cased words, k1 1.2, b 0.75, no
  synonyms, no stemming) and SQLite FTS5's bm25() with the porter tokenizer.
- triage: the level `match` gives against the expected one; out-of-scope texts must rank nothing.
- names: `condition QUERY` opens the expected entry, or (ambiguous) exits 1 naming every candidate.

A ranked condition counts when it is the expected one, its parent or subtype, or one listed under
`also`. Run:  python benchmarks/heldout.py [--misses] [--only match|triage|names] [--dir DIR]

benchmarks/blind2/ holds a second pair of sets by another blind writer: dev/ (tuned on) and
heldout/ (never read while tuning; scored only). benchmarks/blind3/heldout/ is a third blind pair
(180 descriptions, 45 triage cases), written after today's tuning had started and scored only.
benchmarks/blind4/dev/ is a fourth blind writer's dev pair (150 descriptions, 40 triage cases),
written before the next round of tuning and tuned on. benchmarks/blind5/ holds a fifth and sixth
writer's sets, each written blind and apart from the other: dev/ (tuned on) and heldout/ (scored
only), written before the tuning of 2026-12-01's third round. benchmarks/blind6/dev/ is a seventh
blind writer's triage set (70 cases, 20 of them out of scope and tricky), written mid-round and
tuned on.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sqlite3
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from skinaxis.cli import app

HERE = Path(os.environ.get("SKINAXIS_BLIND_DIR", Path(__file__).parent / "blind"))
WORD = re.compile(r"[a-z0-9]+")
RUNNER = CliRunner()


def cli(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, list(args), env={"COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


class BM25:
    """Plain Okapi BM25 over one document per condition."""

    def __init__(self, docs: dict[str, str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.tf = {cid: Counter(WORD.findall(text.lower())) for cid, text in docs.items()}
        self.len = {cid: sum(tf.values()) for cid, tf in self.tf.items()}
        self.avg = sum(self.len.values()) / len(self.len)
        df: Counter[str] = Counter(w for tf in self.tf.values() for w in tf)
        n = len(self.tf)
        self.idf = {w: math.log(1 + (n - d + 0.5) / (d + 0.5)) for w, d in df.items()}

    def rank(self, query: str) -> list[str]:
        words = WORD.findall(query.lower())
        scores = {}
        for cid, tf in self.tf.items():
            norm = self.k1 * (1 - self.b + self.b * self.len[cid] / self.avg)
            s = sum(self.idf.get(w, 0) * tf[w] * (self.k1 + 1) / (tf[w] + norm) for w in words if w in tf)
            if s > 0:
                scores[cid] = s
        return sorted(scores, key=lambda c: (-scores[c], c))


class FTS5:
    """SQLite FTS5's bm25() over the same pages, porter tokenizer, OR of the query's words."""

    def __init__(self, docs: dict[str, str]) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE pages USING fts5(id UNINDEXED, body, tokenize='porter')")
        self.db.executemany("INSERT INTO pages VALUES (?, ?)", docs.items())

    def rank(self, query: str) -> list[str]:
        words = sorted(set(WORD.findall(query.lower())))
        if not words:
            return []
        expr = " OR ".join(f'"{w}"' for w in words)
        rows = self.db.execute("SELECT id FROM pages WHERE pages MATCH ? ORDER BY bm25(pages), id", (expr,))
        return [r[0] for r in rows]


def load_pages() -> tuple[dict[str, str], dict[str, str | None]]:
    code, out, err = cli("list", "conditions", "--json")
    assert code == 0, err
    listing = json.loads(out)
    parents = {c["id"]: c.get("parent") for c in listing}
    docs = {}
    for c in listing:
        code, out, err = cli("condition", c["id"], "--json")
        assert code == 0, (c["id"], err)
        docs[c["id"]] = " ".join(strings(json.loads(out)))
    return docs, parents


def accepted(case: dict[str, Any], parents: dict[str, str | None]) -> set[str]:
    ids = {case["expect"], *case.get("also", [])}
    family = set(ids)
    for cid in ids:
        if parents.get(cid):
            family.add(parents[cid])  # type: ignore[arg-type]
        family.update(child for child, parent in parents.items() if parent == cid)
    return family


def score(ranked: list[str], accept: set[str]) -> tuple[int | None, float]:
    rank = next((i for i, cid in enumerate(ranked, start=1) if cid in accept), None)
    return rank, (1 / rank if rank else 0.0)


def match_ranking(text: str) -> list[str]:
    code, out, err = cli("match", text, "--json")
    assert code == 0, (text, err)
    return [c["id"] for c in json.loads(out)["conditions"]]


def run_match(parents: dict[str, str | None], anchors: dict[str, Any], misses: bool) -> None:
    sets = yaml.safe_load((HERE / "match_cases.yaml").read_text(encoding="utf-8"))["sets"]
    rankers = {"match": match_ranking, **{name: a.rank for name, a in anchors.items()}}
    totals: dict[str, list[float]] = {name: [0, 0, 0.0, 0] for name in rankers}
    print(f"{'set':38s} {'n':>4s}  " + "  ".join(f"{name + ' top1/top3/MRR':>24s}" for name in rankers))
    for set_name, cases in sets.items():
        figures = {}
        for name, rank in rankers.items():
            t1 = t3 = mrr = 0.0
            for case in cases:
                accept = accepted(case, parents)
                ranked = rank(case["text"])
                r, rr = score(ranked, accept)
                t1 += r == 1
                t3 += r is not None and r <= 3
                mrr += rr
                if misses and name == "match" and (r is None or r > 3):
                    print(f"  miss [{case['expect']}] rank={r} top={ranked[:3]} :: {case['text']}")
            n = len(cases)
            figures[name] = (t1 / n, t3 / n, mrr / n)
            tot = totals[name]
            tot[0] += t1
            tot[1] += t3
            tot[2] += mrr
            tot[3] += n
        print(
            f"{set_name:38s} {len(cases):4d}  "
            + "  ".join(f"{f[0]:8.2f}{f[1]:8.2f}{f[2]:8.2f}" for f in figures.values())
        )
    n = totals["match"][3]
    print(
        f"{'all':38s} {int(n):4d}  "
        + "  ".join(f"{t[0] / n:8.2f}{t[1] / n:8.2f}{t[2] / n:8.2f}" for t in totals.values())
    )


def run_triage(misses: bool) -> None:
    cases = yaml.safe_load((HERE / "triage_cases.yaml").read_text(encoding="utf-8"))["cases"]
    right = 0
    for case in cases:
        code, out, err = cli("match", case["text"], "--json")
        data = json.loads(out) if code == 0 else {}
        level = data.get("triage", {}).get("level")
        ok = level == case["expect_level"]
        if case.get("out_of_scope"):
            ok = ok and not data.get("conditions")
        right += ok
        if misses and not ok:
            ranked = [c["id"] for c in data.get("conditions", [])][:3]
            print(f"  miss want={case['expect_level']} got={level} top={ranked} :: {case['text']}")
    print(f"triage: {right}/{len(cases)} right")


def run_names(misses: bool) -> None:
    cases = yaml.safe_load((HERE / "names.yaml").read_text(encoding="utf-8"))["cases"]
    right = 0
    for case in cases:
        code, out, err = cli("condition", case["query"], "--json")
        if "ambiguous" in case:
            ok = code == 1 and all(cid in err for cid in case["ambiguous"])
            got = f"exit {code}"
        else:
            got = json.loads(out)["id"] if code == 0 else f"exit {code}"
            ok = got == case["expect"]
        right += ok
        if misses and not ok:
            want = case.get("expect") or case.get("ambiguous")
            print(f"  miss {case['query']!r}: want {want}, got {got} {err.strip()[:100]}")
    print(f"names: {right}/{len(cases)} right")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list what each set got wrong")
    parser.add_argument("--only", choices=("match", "triage", "names"))
    parser.add_argument(
        "--dir",
        type=Path,
        help="the case files to read (default benchmarks/blind; benchmarks/blind2/heldout is the second "
        "held-out set, benchmarks/blind2/dev the development set it was written with)",
    )
    args = parser.parse_args()
    global HERE
    if args.dir is not None:
        HERE = args.dir
    started = time.perf_counter()
    if args.only in (None, "match"):
        docs, parents = load_pages()
        run_match(parents, {"bm25": BM25(docs), "fts5": FTS5(docs)}, args.misses)
    if args.only in (None, "triage"):
        run_triage(args.misses)
    if args.only in (None, "names") and (HERE / "names.yaml").exists():
        run_names(args.misses)
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
