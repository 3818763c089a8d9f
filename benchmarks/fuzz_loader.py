"""Mutation fuzzing of the catalogue reader and validator.

Takes the shipped data files and the test fixtures, applies random byte- and line-level
mutations (seeded, so a run can be repeated), and runs the full read + check + assemble on each
mutant. Every outcome must be a catalogue or a list of SKX problems; anything else is a crash.

Run:  python benchmarks/fuzz_loader.py [--runs 20000] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import random
import time
import traceback
from pathlib import Path

from skinaxis import loader
from skinaxis.schema import Checker
from skinaxis.yamlread import ReadError, read

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [p.read_bytes() for p in sorted((ROOT / "data").glob("*.yaml"))] + [
    p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))
]
TOKENS = [
    b"\t",
    b"&a ",
    b"*a",
    b"!!python/object:os.system ",
    b"---\n",
    b"- ",
    b": ",
    b"{",
    b"}",
    b"[",
    b"]",
    b"'",
    b'"',
    b"\xff",
    b"\x00",
    b"\x1b[31m",
    b"\xef\xbb\xbf",
    b"no",
    b"0.10",
    b"2026-01-01",
    b"\n  ",
    b"id: ../x",
    b"override: true",
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(lines))
        how = rng.randrange(7)
        if how == 0:
            lines[i] = b""
        elif how == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif how == 2:
            pos = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:pos] + rng.choice(TOKENS) + lines[i][pos:]
        elif how == 3:
            lines[i] = b" " * rng.randint(0, 6) + lines[i].lstrip()
        elif how == 4 and lines[i]:
            pos = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:pos] + bytes([rng.randrange(256)]) + lines[i][pos + 1 :]
        elif how == 5:
            lines = lines[:i]
            if not lines:
                lines = [b""]
        else:
            lines[i] = lines[i] * rng.randint(2, 4)
    return b"\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: collections.Counter[str] = collections.Counter()
    crashes = 0
    started = time.perf_counter()
    for _ in range(args.runs):
        data = mutate(rng.choice(SEEDS), rng)
        try:
            root = read(data, "fuzz.yaml")
            layer = loader.Layer("fuzz")
            loader._check_file(root, "fuzz.yaml", layer)
            _, problems = loader.assemble([layer])
            codes = {p.code for p in problems}
            outcomes["valid" if not codes else "problems"] += 1
            for code in codes:
                outcomes[code] += 1
        except ReadError as exc:
            outcomes[exc.problem.code] += 1
            outcomes["refused at read"] += 1
        except Exception:
            crashes += 1
            if crashes <= 3:
                traceback.print_exc()
    elapsed = time.perf_counter() - started
    print(f"runs={args.runs} seed={args.seed} crashes={crashes} time={elapsed:.1f}s ({args.runs / elapsed:.0f}/s)")
    for key, count in sorted(outcomes.items()):
        print(f"  {key:16s} {count}")
    _ = Checker


if __name__ == "__main__":
    main()
