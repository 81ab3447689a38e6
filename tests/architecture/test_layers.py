"""The import direction of the package: errors ← core ← letters/intake ← store/audit/vault ← services ← ui/cli.

Every import counts, the ones inside functions (lazy imports for start-up speed) and under
TYPE_CHECKING too: a lazy import still is a dependency. Within a layer, the units may use each
other but never in a cycle (at the level of subpackages: ui.requests, ui.breaches, ...).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import dpo_workbench

PACKAGE = Path(dpo_workbench.__file__).parent

# the layer of each unit: a unit imports only units of its own layer or of a lower one
LAYERS: dict[str, int] = {
    "errors": 0,
    "core": 1,
    "letters": 2, "intake": 2,
    "store": 3, "audit": 3, "vault": 3, "paths": 3, "settings": 3, "datafolder": 3, "exports": 3, "team": 3,
    "connections": 3,
    "services": 4, "workbench": 4, "demo": 4,
    "ui": 5, "cli": 5, "__main__": 5, "__init__": 0,
}


def unit_of(module: str) -> str:
    """`dpo_workbench.ui.requests.panel` -> "ui.requests"; `dpo_workbench.services.letters` -> "services"."""
    parts = module.split(".")[1:]
    if not parts:
        return "__init__"
    if parts[0] == "ui" and len(parts) > 1 and (PACKAGE / "ui" / parts[1]).is_dir():
        return f"ui.{parts[1]}"  # `from dpo_workbench.ui.widgets import labels` uses ui.widgets, not ui
    return parts[0]


def layer_of(unit: str) -> int:
    return LAYERS[unit.split(".")[0]]


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, module: str) -> list[tuple[int, str]]:
    """(line, imported dpo_workbench module) for every import in the file of `module`, wherever it is."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("dpo_workbench")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.startswith("dpo_workbench"):
                found.append((node.lineno, base))
    return found


def import_graph() -> dict[str, set[tuple[str, str]]]:
    """unit -> {(imported unit, 'file:line')}."""
    graph: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        here = unit_of(module_name(path))
        for line, target in imports_of(path, module_name(path)):
            there = unit_of(target)
            if there != here:
                graph[here].add((there, f"{path.relative_to(PACKAGE.parent)}:{line}"))
    return graph


def violations(graph: dict[str, set[tuple[str, str]]]) -> list[str]:
    return sorted(f"{site}: {unit} (layer {layer_of(unit)}) imports {target} (layer {layer_of(target)})"
                  for unit, edges in graph.items() for target, site in edges if layer_of(target) > layer_of(unit))


def cycles(graph: dict[str, set[tuple[str, str]]]) -> list[list[str]]:
    """The cycles between units (Tarjan's strongly connected components of two units or more)."""
    edges = {u: {t for t, _ in e} for u, e in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in list(edges):
        if node not in index:
            visit(node)
    return found


def test_every_unit_has_a_layer():
    units = {unit_of(module_name(p)) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    assert {u.split(".")[0] for u in units} <= set(LAYERS), sorted(units)


def test_imports_point_down_the_layers_even_inside_functions():
    assert violations(import_graph()) == []


def test_no_cycle_between_units():
    assert cycles(import_graph()) == []


def test_the_checks_catch_an_upward_import_and_a_cycle():
    """The checks themselves: a core module importing the ui, and two ui areas importing each other."""
    graph = {"core": {("ui", "core/x.py:3")}, "ui.requests": {("ui.intake", "a:1")},
             "ui.intake": {("ui.requests", "b:2")}}
    assert violations(graph) == ["core/x.py:3: core (layer 1) imports ui (layer 5)"]
    assert cycles(graph) == [["ui.intake", "ui.requests"]]


def test_lazy_and_relative_imports_are_seen(tmp_path):
    source = tmp_path / "probe.py"
    source.write_text("import os\n\ndef f():\n    from dpo_workbench.ui import app\n    from ..store import db\n",
                      encoding="utf-8")
    assert imports_of(source, "dpo_workbench.core.probe") == [(4, "dpo_workbench.ui"), (5, "dpo_workbench.store")]


def test_no_ui_module_over_600_lines():
    """A screen that outgrows one file is split by what it shows (fields, dialogs, the editor)."""
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in (PACKAGE / "ui").rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 600} == {}


def test_every_package_and_resource_folder_is_listed_for_setuptools():
    """pyproject.toml lists the packages (the resources folder is mapped in, so discovery cannot find it):
    a folder missing from the list is missing from the wheel and the installed application."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    code = {module_name(p.parent / "__init__.py") for p in PACKAGE.rglob("__init__.py")}
    resources = PACKAGE.parent / "resources"
    data = {"dpo_workbench.resources." + ".".join(d.relative_to(resources).parts)
            for d in resources.rglob("*") if d.is_dir() and "__pycache__" not in d.parts}
    assert (code | data | {"dpo_workbench.resources"}) - listed == set()
