"""The package's shape, checked over the source with :mod:`ast` (nothing is imported).

* no import cycle between redactkit's modules (runtime imports: ``if TYPE_CHECKING:``
  blocks are left out, they never run);
* no stage imports a later stage (:data:`ORDER`), type-checking imports included;
* function-level imports only for heavy third-party dependencies that are loaded lazily,
  each with a comment saying why, and never of redactkit's own modules;
* no module over :data:`MAX_LINES` lines (data tables aside).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PKG = SRC / "redactkit"

#: Stages in pipeline order: a module may import its own stage and earlier ones only.
#: ``base`` is the layer under every stage (the PDF layer, the data model, errors,
#: settings, policy loading, the log model, schemas and small file helpers).
ORDER = ("base", "ingest", "detect", "plan", "review", "burn", "verify", "api", "batch", "serve", "cli")
STAGE_OF = {
    "redactkit.pdf": "base",
    "redactkit.model": "base",
    "redactkit.checks": "base",
    "redactkit.errors": "base",
    "redactkit.settings": "base",
    "redactkit.policy": "base",
    "redactkit.report": "base",
    "redactkit.schemas": "base",
    "redactkit._fileio": "base",
    "redactkit._guards": "base",
    "redactkit.ingest": "ingest",
    "redactkit.detect": "detect",
    "redactkit.plan": "plan",
    "redactkit.review": "review",
    "redactkit.burn": "burn",
    "redactkit.verify": "verify",
    "redactkit.names": "api",
    "redactkit.api": "api",
    "redactkit.batch": "batch",
    "redactkit.serve": "serve",
    "redactkit.cli": "cli",
}
#: The package root (lazy ``__getattr__`` exports), ``python -m redactkit`` and the command's entry
#: point (answers ``--help``/``--version`` itself, imports ``redactkit.cli`` by name) sit above all.
TOP = {"redactkit", "redactkit.__main__", "redactkit._entry"}

#: Third-party modules that may be imported inside a function, to keep them off the import
#: path of ``import redactkit`` and of commands that do not need them.
LAZY_OK = {
    "spacy", "presidio_analyzer", "presidio_anonymizer", "pymupdf", "pikepdf", "pytesseract",
    "dask", "distributed", "pebble", "rich", "jinja2", "tldextract", "yaml", "multiprocessing",
    "uvicorn",
}
#: Function-level imports of redactkit's own modules that stay, with the reason.
OWN_LAZY_OK: dict[tuple[str, str], str] = {
    # the recognizer modules subclass Presidio's classes at import time; the engine
    # loads them on first detect() so `import redactkit.detect` stays light.
    ("redactkit.detect.engine", "redactkit.detect.registry"): "pulls Presidio",
    # `redactkit serve` needs the optional extra (starlette, uvicorn); the other commands must not.
    ("redactkit.cli.serve", "redactkit.serve"): "optional extra",
    # the package root's lazy __getattr__ is the light-import mechanism itself.
    ("redactkit", "*"): "lazy public names",
}
MAX_LINES = 600
#: Modules that are mostly data tables (word lists, patterns), allowed past MAX_LINES.
DATA_TABLES: set[str] = set()


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(SRC).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path


MODULES = dict(_modules())


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _targets(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    target = _resolve(module, path, node)
    out = []
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        out.append(sub if sub in MODULES else target)
    return out


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imports(module: str, path: Path) -> Iterator[tuple[str, int, bool, bool]]:
    """(target, line, in a function, under TYPE_CHECKING) for every import of ``module``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node: ast.AST, in_func: bool, typing_only: bool) -> Iterator[tuple[str, int, bool, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                for t in _targets(module, path, child):
                    yield t, child.lineno, in_func, typing_only
            elif isinstance(child, ast.If) and _is_type_checking(child):
                yield from walk(child, in_func, True)
            else:
                func = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
                yield from walk(child, in_func or func, typing_only)

    yield from walk(tree, False, False)


def _own(target: str) -> str | None:
    """The redactkit module ``target`` names (a module or a package), or None."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def _stage(module: str) -> str | None:
    for prefix, stage in STAGE_OF.items():
        if module == prefix or module.startswith(prefix + "."):
            return stage
    return None


def _runtime_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, path in MODULES.items():
        for target, _line, _in_func, typing_only in _imports(module, path):
            own = _own(target) if target.startswith("redactkit") else None
            if own and not typing_only and own != module:
                graph[module].add(own)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_every_module_has_a_stage() -> None:
    orphans = [m for m in MODULES if m not in TOP and _stage(m) is None]
    assert orphans == [], "\n".join(orphans)


def test_no_import_cycles() -> None:
    graph = _runtime_graph()
    assert sum(len(v) for v in graph.values()) > 50  # the walk really saw the imports
    assert _cycles(graph) == []


def test_no_stage_imports_a_later_stage() -> None:
    bad = []
    for module, path in MODULES.items():
        if module in TOP:
            continue
        rank = ORDER.index(_stage(module) or "base")
        for target, line, _in_func, _typing in _imports(module, path):
            own = _own(target) if target.startswith("redactkit") else None
            if own is None or own in TOP:
                continue
            if ORDER.index(_stage(own) or "base") > rank:
                bad.append(f"{module}:{line} imports {own}")
    assert bad == [], "\n".join(bad)


def test_function_level_imports_are_lazy_heavy_dependencies_with_a_reason() -> None:
    own_lazy: list[str] = []
    unexplained: list[str] = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for target, line, in_func, typing_only in _imports(module, path):
            if not in_func or typing_only:
                continue
            if target.startswith("redactkit") or target == "":
                own = _own(target) or target
                if (module, own) not in OWN_LAZY_OK and (module, "*") not in OWN_LAZY_OK:
                    own_lazy.append(f"{module}:{line} imports {own}")
                continue
            root = target.split(".")[0]
            said = "#" in lines[line - 1] or lines[line - 2].strip().startswith("#")
            if root not in LAZY_OK or not said:
                unexplained.append(f"{module}:{line} imports {target}")
    assert own_lazy == [], "\n".join(own_lazy)
    assert unexplained == [], "\n".join(unexplained)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_size(module: str) -> None:
    n = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert module in DATA_TABLES or n <= MAX_LINES, f"{module}: {n} lines"


def test_public_modules_declare_all() -> None:
    """Every public module (no underscore in its own name) lists its public names."""
    missing = []
    for module, path in MODULES.items():
        leaf = module.rpartition(".")[2]
        if leaf.startswith("_") or module in TOP:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
                 if isinstance(t, ast.Name)}
        if "__all__" not in names:
            missing.append(module)
    assert missing == []
