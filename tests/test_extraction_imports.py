"""The modules of data/extraction import one way: no cycles, no imports inside functions to dodge one.

extract.py and slavic.py once imported each other, slavic from inside its functions; split by subject,
each module now imports only those below it.  These tests keep it so.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "data" / "extraction"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The extraction modules an import statement loads (``from pkg import mod`` loads ``pkg.mod``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.module is None:
        return []
    return [
        f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES else node.module
        for alias in node.names
    ]


def import_graph() -> dict[str, set[str]]:
    """Each extraction module -> the extraction modules its top-level statements import."""
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {
            target
            for node in tree.body
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for target in _imported(node)
            if target in MODULES
        }
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the graph as a path (first == last), or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        if node in path:
            return path[path.index(node) :] + [node]
        if node in done:
            return None
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if cycle := visit(target):
                return cycle
        path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        if cycle := visit(node):
            return cycle
    return None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_split_modules_are_all_there():
    # (a guard on the test itself: the graph below must see the modules it is about)
    for name in (
        "extract",
        "sentences",
        "lookup",
        "places",
        "counts",
        "events",
        "folding",
        "placing",
        "other_days",
        "slavic",
        "slavic.places",
    ):
        assert f"data.extraction.{name}" in MODULES


def test_no_import_cycle_between_extraction_modules():
    assert find_cycle(import_graph()) is None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_extraction_import_inside_a_function(name):
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    late = [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and id(node) not in top_level
        and any(target.startswith("data.extraction") for target in _imported(node))
    ]
    assert not late, f"{name} imports inside a function (a cycle dodged?): {late}"


def test_every_module_imports_in_a_fresh_interpreter():
    # (one interpreter for all: each of them costs a second or two, and every one of these modules is
    # reached through data/extraction/__init__.py first anyway, so the order they are named in matters
    # less than the graph above)
    names = sorted(MODULES)
    script = f"import importlib\nfor name in {names!r}:\n    importlib.import_module(name)\n"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def private_imports(name: str, source: str) -> list[str]:
    """The underscore names module ``name`` takes from another extraction module, as ``line: module.name``.

    Both ``from data.extraction.x import _name`` and ``x._name`` on an imported extraction module count:
    a leading underscore says "private to its module", so a name other modules use has none.
    """
    tree = ast.parse(source)
    modules = {}  # local name -> extraction module, for ``from data.extraction import slavic`` and the like
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("data.extraction"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in MODULES:
                    modules[alias.asname or alias.name] = full
                elif alias.name.startswith("_") and node.module != name:
                    found.append(f"line {node.lineno}: {full}")
        elif isinstance(node, ast.Import):
            modules.update({alias.asname or alias.name: alias.name for alias in node.names})
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and modules.get(node.value.id, name) != name
            and modules[node.value.id].startswith("data.extraction")
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"line {node.lineno}: {modules[node.value.id]}.{node.attr}")
    return found


def test_private_imports_finds_both_kinds():
    source = (
        "from data.extraction import slavic\n"
        "from data.extraction.lookup import Mention, _hidden\n"
        "slavic._inner(Mention)\nslavic.find_places('')\nslavic.__name__\n"
    )
    assert private_imports("data.extraction.extract", source) == [
        "line 2: data.extraction.lookup._hidden",
        "line 3: data.extraction.slavic._inner",
    ]
    assert private_imports("data.extraction.extract", "from data.extraction.lookup import Mention\n") == []


def test_no_extraction_module_uses_another_modules_private_names():
    # (the modules were split out of two files, whose private helpers became each other's imports; a name
    # another module uses is part of its module's interface, and says so by having no underscore)
    found = {
        name: hits
        for name, path in MODULES.items()
        if (hits := private_imports(name, path.read_text(encoding="utf-8")))
    }
    count = sum(len(hits) for hits in found.values())
    assert not found, f"{count} private names used across modules: {found}"
