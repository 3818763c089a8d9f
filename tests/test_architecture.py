"""The layout, guarded: no import cycle (even with every lazy import hoisted), and modules that
each import on their own.

A cycle that holds only because one import sits inside a function breaks under an ordinary
tidy-up; these tests read the imports themselves, so they fail before anyone tidies.
"""

from __future__ import annotations

import ast
import os
import random
import subprocess
import sys
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "src" / "skinaxis"
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    if level == 0:
        return name or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([name] if name else [])])


def _under_type_checking(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def _inside_a_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
    return False


def imports_of(module: str, lazy: bool = True) -> set[str]:
    """Every skinaxis module `module` imports at run time, at the top or (with lazy) inside a
    function, with the packages each import initialises on the way (a.b.c runs a and a.b first)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if _under_type_checking(node, parents) or (not lazy and _inside_a_function(node, parents)):
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path.name == "__init__.py", node.level, node.module)
            submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES]
            targets = submodules  # `from package import submodule` imports the submodule
            if len(submodules) < len(node.names):
                # A name from the module itself: for a module's own package that is a real
                # dependency on the package's __init__ having run to the end.
                if base in MODULES and base != module:
                    found.add(base)
        for target in targets:
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                # A module's own packages are already being imported whenever it runs.
                if prefix in MODULES and prefix != module and not module.startswith(prefix + "."):
                    found.add(prefix)
    return found


def test_no_import_cycle_even_with_every_lazy_import_at_the_top():
    graph = {module: imports_of(module) for module in MODULES}
    # The package itself (skinaxis/__init__.py) imports nothing; everything imports it.
    assert not graph["skinaxis"], graph["skinaxis"]
    for module in graph:
        graph[module].discard("skinaxis")
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError("import cycle: " + " -> ".join([*path[path.index(module) :], module]))
        if module in done:
            return
        for imported in sorted(graph[module]):
            visit(imported, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_opening_the_store_imports_no_parser_no_matcher_and_no_search():
    # What `skinaxis.store` pulls in at import time is on every look-up's path.
    reachable: set[str] = set()
    stack = ["skinaxis.store"]
    while stack:
        module = stack.pop()
        if module not in reachable:
            reachable.add(module)
            stack.extend(imports_of(module, lazy=False))
    forbidden = ("skinaxis.match", "skinaxis.search", "skinaxis.schema", "skinaxis.yamlread", "skinaxis.store.write")
    assert not sorted(m for m in reachable if m.startswith(forbidden))


def test_every_module_imports_on_its_own_in_a_fresh_process():
    names = sorted(set(MODULES) - {"skinaxis.__main__"})  # __main__ runs the command line
    random.shuffle(names)  # the order the processes start in, which also spreads them over cores
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    failed = []
    for start in range(0, len(names), 8):
        batch = {
            name: subprocess.Popen([sys.executable, "-c", f"import {name}"], stderr=subprocess.PIPE, text=True, env=env)
            for name in names[start : start + 8]
        }
        for name, process in batch.items():
            _, err = process.communicate(timeout=60)
            if process.returncode != 0:
                failed.append((name, err.strip().splitlines()[-1:]))
    assert not failed, failed


def test_no_source_module_is_over_500_lines():
    long = {name: n for name, path in MODULES.items() if (n := len(path.read_text().splitlines())) > MAX_LINES}
    assert not long, f"split these modules by job: {long}"
