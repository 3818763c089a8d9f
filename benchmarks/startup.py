"""Start-up and scale: whole-process timings against a bare Typer + Rich hello world.

Each command runs as a fresh process, alternating with the hello world (A, B, A, B, ...); the
figure is the median of the per-pair ratios, so machine noise hits both sides alike. Peak
memory is the child's maximum resident set size. A clinic catalogue 100 times the shipped one
(copies of every shipped condition, therapy, manifestation and trigger under new ids) is
generated in a temporary directory for the scale runs. The compiled cache is warmed first.

Run:  python benchmarks/startup.py [--pairs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from skinaxis import loader


# libyaml's emitter where PyYAML has it: the pure-Python one takes about ten minutes for 125 MiB.
class _NoAliases(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: object) -> bool:
        return True


HELLO = """
import typer
from rich.console import Console
from rich.panel import Panel

app = typer.Typer()


@app.command()
def hello(name: str) -> None:
    Console().print(Panel(f"Hello {name}"))


if __name__ == "__main__":
    app()
"""


# Peak memory is read from the child's own /proc/self/status (VmHWM) when it exits: the
# rusage of a forked child also counts the memory its parent had at fork time.
PEAK = (
    "import atexit, os, runpy, sys\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            os.write(2, ('PEAK ' + line.split()[1] + '\\n').encode())\n"
    "atexit.register(peak)\n"
    # skinaxis ends with os._exit once its output is flushed (no interpreter shutdown, so a late
    # signal cannot kill it silently): atexit never runs, so the peak is also read there.
    "_exit = os._exit\n"
    "def _peak_exit(code):\n"
    "    peak()\n"
    "    _exit(code)\n"
    "os._exit = _peak_exit\n"
    "target, sys.argv = sys.argv[1], sys.argv[1:]\n"
    "runpy.run_module(target[2:], run_name='__main__', alter_sys=True) if target.startswith('-m') "
    "else runpy.run_path(target, run_name='__main__')\n"
)


ANSWERS = ["--yes", "tense-blisters", "--no", "mouth", "--no", "pregnancy"]


def run(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak resident memory (KiB) of one whole process."""
    if argv[1] == "-m":
        wrapped = [argv[0], "-c", PEAK, "-m" + argv[2], *argv[3:]]
    else:
        wrapped = [argv[0], "-c", PEAK, *argv[1:]]
    started = time.perf_counter()
    proc = subprocess.run(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(argv)}: {proc.stderr.decode()[-500:]}")
    peaks = [int(line.split()[1]) for line in proc.stderr.decode().splitlines() if line.startswith("PEAK ")]
    return elapsed, peaks[-1] if peaks else 0


def paired(a: list[str], b: list[str], pairs: int, env: dict[str, str]) -> tuple[float, float, float, int]:
    run(a, env), run(b, env)  # warm caches and the OS page cache
    ratios, times_a, times_b, peak = [], [], [], 0
    for _ in range(pairs):
        ta, rss = run(a, env)
        tb, _ = run(b, env)
        ratios.append(ta / tb)
        times_a.append(ta)
        times_b.append(tb)
        peak = max(peak, rss)
    return statistics.median(ratios), statistics.median(times_a), statistics.median(times_b), peak


def make_clinic(directory: Path, copies: int = 99) -> int:
    """Copies of the shipped entries under new ids: the shipped catalogue plus this is 100x."""
    shipped = loader.shipped_dir()
    sections: dict[str, list] = {}
    for path in loader.catalogue_files(shipped):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key, value in data.items():
            if key in ("conditions", "therapies", "manifestations", "triggers"):
                sections.setdefault(key, []).extend(value)
    total = 0
    per_file = 10  # copies per file: a file stays well under the 64 MiB limit of a catalogue file
    for key, entries in sections.items():
        for first in range(1, copies + 1, per_file):
            out = []
            for n in range(first, min(first + per_file, copies + 1)):
                for entry in entries:
                    clone = dict(entry)
                    clone["id"] = f"{entry['id']}-c{n}"
                    clone["name"] = f"{entry['name']} (clinic copy {n})"
                    # A clinic name or synonym equal to a shipped one is refused unless it overrides.
                    clone["synonyms"] = [f"{synonym} (copy {n})" for synonym in entry.get("synonyms") or []]
                    if clone.get("parent"):
                        clone["parent"] = f"{entry['parent']}-c{n}"
                    out.append(clone)
            total += len(out)
            (directory / f"{key}-{first:03d}.yaml").write_text(
                yaml.dump({key: out}, Dumper=_NoAliases, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="the shipped catalogue only: no 100x clinic")
    args = parser.parse_args()
    exe = [sys.executable, "-m", "skinaxis"]
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        hello = tmpdir / "hello.py"
        hello.write_text(HELLO)
        hello_cmd = [sys.executable, str(hello), "world"]
        # Bytecode is allowed, as in an installed wheel (pip compiles it): with
        # PYTHONDONTWRITEBYTECODE set, every run would recompile skinaxis but not Typer or Rich.
        env = {k: v for k, v in os.environ.items() if not k.startswith("SKINAXIS_") and k != "PYTHONDONTWRITEBYTECODE"}
        env.update(COLUMNS="100", XDG_CACHE_HOME=str(tmpdir / "cache"))
        clinic = tmpdir / "clinic"
        clinic.mkdir()
        if not args.quick:
            started = time.perf_counter()
            # In a child process, so that this one stays small.
            made = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
                    f"import startup, pathlib; print(startup.make_clinic(pathlib.Path({str(clinic)!r})))",
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            entries = int(made.stdout)
            size = sum(p.stat().st_size for p in clinic.iterdir())
            print(
                f"clinic catalogue: {entries} entries, {size / 2**20:.1f} MiB "
                f"({time.perf_counter() - started:.1f} s to write)"
            )
        cases = [
            ("condition psoriasis", ["condition", "psoriasis"], None, 1.10),
            ("therapy biologics", ["therapy", "biologics"], None, None),
            ("search itching", ["search", "itching"], None, None),
            ("match (description)", ["match", "itchy purple flat bumps on my wrists"], None, 1.10),
            # Issue 13: a match with answers, as a script's second call.
            ("match with answers", ["match", "itchy blisters", *ANSWERS], None, 1.15),
            ("100x condition", ["condition", "psoriasis"], clinic, 1.25),
            ("100x therapy", ["therapy", "biologics"], clinic, 1.25),
            ("100x search", ["search", "itching"], clinic, 1.5),
            ("100x match", ["match", "itchy purple flat bumps on my wrists"], clinic, 1.5),
        ]
        if args.quick:
            cases = [case for case in cases if case[2] is None]
        else:
            # Cold: the first run after the catalogue changed builds the cache.
            cold_env = dict(env, XDG_CACHE_HOME=str(tmpdir / "cold"))
            t, rss = run(exe + ["--catalogue", str(clinic), "condition", "psoriasis"], cold_env)
            print(f"100x first run (builds the cache): {t * 1000:.0f} ms, peak {rss / 1024:.0f} MiB")
        print(f"{'command':24s} {'ratio':>6s} {'goal':>6s} {'skinaxis':>9s} {'hello':>7s} {'peak MiB':>9s}")
        for label, argv, catalogue, goal in cases:
            command = exe + (["--catalogue", str(catalogue)] if catalogue else []) + argv
            ratio, ta, tb, peak = paired(command, hello_cmd, args.pairs, env)
            verdict = "" if goal is None else ("ok" if ratio <= goal else "OVER")
            goal_text = f"{goal:.2f}" if goal else "-"
            print(
                f"{label:24s} {ratio:6.2f} {goal_text:>6s} {ta * 1000:7.0f}ms {tb * 1000:5.0f}ms "
                f"{peak / 1024:9.0f} {verdict}"
            )
        # A Tab press, as the bash script Typer installs asks it (skinaxis.completion answers it
        # before Typer is imported): clig.dev's 100 ms is about 0.6x of the hello world.
        tabs = (("Tab: condition pso", None), ("100x Tab: compare ps", clinic))
        for label, catalogue in tabs[:1] if args.quick else tabs:
            words = ["skinaxis", *(["--catalogue", str(catalogue)] if catalogue else [])]
            words += ["compare", "psoriasis", "ps"] if catalogue else ["condition", "pso"]
            tab_env = dict(
                env, _SKINAXIS_COMPLETE="complete_bash", COMP_WORDS=" ".join(words), COMP_CWORD=str(len(words) - 1)
            )
            ratio, ta, tb, peak = paired(exe, hello_cmd, args.pairs, tab_env)
            verdict = "ok" if ratio <= 0.6 else "OVER"
            print(
                f"{label:24s} {ratio:6.2f} {0.6:6.2f} {ta * 1000:7.0f}ms {tb * 1000:5.0f}ms "
                f"{peak / 1024:9.0f} {verdict}"
            )


if __name__ == "__main__":
    main()
