"""The architecture as docs/ARCHITECTURE.md §2 draws it, held against the code's own imports:
each layer imports only itself and the layers below; the window and the command line reach
the core through `judge_app.services` alone; no two modules import each other, directly or
round a circle; Qt stays in ui/ and SQL in store/. Read from the source (every import, also
inside functions and under TYPE_CHECKING), so a new edge fails here before it rots the picture."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "judge_app"

# bottom to top; a module may import its own layer and any layer below it
LAYERS = (
    ("base", ("judge_app", "judge_app.base")),
    ("domain", ("judge_app.domain",)),
    ("reports", ("judge_app.reports",)),
    ("integrity", ("judge_app.integrity",)),
    ("store", ("judge_app.store",)),
    ("interchange", ("judge_app.interchange",)),
    ("sessions", ("judge_app.sessions",)),
    ("files", ("judge_app.files",)),
    ("judge", ("judge_app.judge",)),
    ("secretariat", ("judge_app.secretariat",)),
    ("demo", ("judge_app.demo", "judge_app.demo_material")),
    ("services", ("judge_app.services",)),
    ("interfaces", ("judge_app.cli", "judge_app.ui", "judge_app.__main__")),
)
INTERFACES = ("judge_app.cli", "judge_app.ui")
# the command line opens the window (`judge-app open`, `demo --open`) through its one entry
WINDOW_ENTRY = "judge_app.ui.app"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The judge_app modules `name` imports (a name imported from a package counts as the
    submodule when it is one, else as the package)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("judge_app")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if not module.startswith("judge_app"):
                continue
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                found.add(sub if sub in known else module)
    return {m for m in found if m in known and m != name}


@cache  # the source read once for all the checks of a run
def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def _layer(module: str) -> int:
    best, index = -1, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, index = len(prefix), i
    assert index >= 0, f"{module} belongs to no layer: add it to LAYERS and ARCHITECTURE.md"
    return index


def test_every_module_has_a_layer() -> None:
    for module in _modules():
        _layer(module)


def test_layers_import_only_downwards() -> None:
    wrong = [
        f"{m} ({LAYERS[_layer(m)][0]}) imports {t} ({LAYERS[_layer(t)][0]})"
        for m, targets in _graph().items()
        for t in sorted(targets)
        if _layer(t) > _layer(m)
    ]
    assert wrong == []


def test_window_and_command_line_use_the_front_door() -> None:
    wrong = [
        f"{m} imports {t}"
        for m, targets in _graph().items()
        if m.startswith(INTERFACES)
        for t in sorted(targets)
        if t != "judge_app.services"
        and not t.startswith(".".join(m.split(".")[:2]))
        and not (m.startswith("judge_app.cli") and t == WINDOW_ENTRY)
    ]
    assert wrong == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_no_import_cycles() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_check_sees_a_cycle() -> None:
    """The check itself: a made-up circle of three is found, a chain is not."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def _front_door() -> ast.Module:
    return ast.parse((PACKAGE / "services.py").read_text(encoding="utf-8"))


def test_the_front_door_only_re_exports() -> None:
    """services.py holds import lines, __all__ and the loader that follows the lines on first
    use; every exported name is one of the lines and is there at run time."""
    tree = _front_door()
    kinds = sorted({type(node).__name__ for node in tree.body})
    assert kinds == ["Assign", "Expr", "FunctionDef", "If", "Import", "ImportFrom"]
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert functions == {"_sources", "__getattr__", "__dir__"}
    guarded = next(n for n in tree.body if isinstance(n, ast.If))
    assert ast.unparse(guarded.test) == "TYPE_CHECKING"
    lines = {
        (a.asname or a.name) for n in guarded.body if isinstance(n, ast.ImportFrom) for a in n.names
    }
    from judge_app import services

    assert sorted(services.__all__) == sorted(lines)
    missing = [name for name in services.__all__ if getattr(services, name, None) is None]
    assert missing == []
    with pytest.raises(AttributeError):
        services.no_such_use_case  # noqa: B018


def test_the_front_door_loads_a_name_when_it_is_used() -> None:
    """The window takes its language and paths from the front door before it shows: that
    must not load the rest of the core (reportlab, SQLite, the signing libraries)."""
    code = (
        "import sys\n"
        "from judge_app.services import DEFAULT_LANGUAGE, app_home, resources_dir, set_language\n"
        "heavy = [m for m in ('reportlab', 'sqlite_utils', 'cryptography', 'pyhanko',\n"
        "    'judge_app.store', 'judge_app.sessions') if m in sys.modules]\n"
        "from judge_app.services import PackageSession\n"
        "print(heavy, 'judge_app.sessions.package' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "True"]


@pytest.mark.parametrize(
    ("what", "pattern", "home"),
    [
        ("Qt", re.compile(r"^\s*(from|import) (PySide6|shiboken6)\b", re.M), ("judge_app.ui",)),
        (
            "SQL",
            re.compile(r"\.(execute|executescript|executemany|query)\(", re.M),
            ("judge_app.store",),
        ),
    ],
)
def test_qt_and_sql_stay_home(what: str, pattern: re.Pattern, home: tuple[str, ...]) -> None:
    strays = [
        name
        for name, path in _modules().items()
        if not name.startswith(home) and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert strays == [], f"{what} outside {home}"
