"""The package's architecture, as docs/explanation/architecture.md states it.

* Layers: every import (top-level, inside functions, under TYPE_CHECKING) goes
  to the importing module's own layer or one below it.
* No cycle between the parts of the package (``mentoring.model``,
  ``mentoring.calendar``, ``mentoring._demo``, ...) nor between modules.
* One public path per object: each public name lives in exactly one public
  module; ``mentoring`` itself only re-exports; no public module has an
  attribute that is also the name of one of its submodules.
* The public surface (every public module's ``__all__``) is kept in
  ``tests/public_api.txt``: a change to it is a deliberate, reviewed diff.
  ``python tests/test_architecture.py`` rewrites the file.
* The API reference documents exactly the public paths.
* Every Problem is built by the vocabulary (``mentoring._problems``) with a
  known code; signatures and ``help()`` stay readable; ``import mentoring``
  stays lazy.

Nothing here imports the package to find its imports: they are read with
:mod:`ast` from the source files.
"""

import ast
import importlib
import inspect
import pkgutil
import pydoc
import re
import subprocess
import sys
import types
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

import mentoring
from mentoring._problems import CODES

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(mentoring.__file__).resolve().parent
SNAPSHOT = Path(__file__).resolve().parent / "public_api.txt"

#: The layers, bottom first, and the parts in each (as in architecture.md).
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "base",
        frozenset(
            {
                "errors",
                "_problems",
                "_checks",
                "_repr",
                "_lazy",
                "_locale",
                "_i18n",
                "_format",
                "_files",
                "_version",
            }
        ),
    ),
    ("vocabulary", frozenset({"_enums", "score"})),
    ("time", frozenset({"calendar", "schedule"})),
    ("model", frozenset({"model"})),
    (
        "logic",
        frozenset(
            {
                "templates",
                "progress",
                "contact",
                "health",
                "reports",
                "matching",
                "indicators",
            }
        ),
    ),
    ("words", frozenset({"labels"})),
    (
        "edges",
        frozenset(
            {
                "export",
                "serialization",
                "rosters",
                "tabular",
                "_tabular_commands",
                "report_html",
                "samples",
                "testing",
                "_commands",
                "_indicators_command",
                "_demo",
                "cli",
                "__main__",
            }
        ),
    ),
)

LAYER_OF: Mapping[str, int] = {
    part: i for i, (_, parts) in enumerate(LAYERS) for part in parts
}

#: Modules outside the package that are entry points of installed tools;
#: they may import nothing of the package when they are imported.
ENTRY_POINTS = ("_mentoring_hypothesis", "_mentoring_pytest")


def module_files() -> dict[str, Path]:
    """Every module of the package: dotted name -> file."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = module_files()


def _resolve(importer: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = importer.split(".")
    if MODULES[importer].name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(name: str, path: Path | None = None) -> set[str]:
    """The modules of the package that *name* imports, anywhere in its file."""
    tree = ast.parse((path or MODULES[name]).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(name, node) if path is None else (node.module or "")
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return {m for m in found if m == "mentoring" or m.startswith("mentoring.")}


GRAPH = {name: imports_of(name) - {name} for name in MODULES}


def part_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "mentoring"


def find_cycle(graph: Mapping[str, Iterable[str]]) -> list[str] | None:
    """One cycle of *graph* as a list of nodes (first == last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def part_graph(graph: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = {}
    for module, targets in graph.items():
        mine = part_of(module)
        for target in targets:
            other = part_of(target)
            if other != mine:
                parts.setdefault(mine, set()).add(other)
    return parts


def layer_violations(graph: Mapping[str, Iterable[str]]) -> list[str]:
    found = []
    for module, targets in sorted(graph.items()):
        if module == "mentoring":
            continue
        mine = LAYER_OF[part_of(module)]
        for target in sorted(targets):
            if target == "mentoring":
                found.append(f"{module} imports the package face `mentoring`")
            elif LAYER_OF[part_of(target)] > mine:
                found.append(
                    f"{module} ({LAYERS[mine][0]}) imports {target}"
                    f" ({LAYERS[LAYER_OF[part_of(target)]][0]})"
                )
    return found


# -- the layers and cycles ---------------------------------------------------


def test_every_part_has_a_layer():
    parts = {part_of(m) for m in MODULES} - {"mentoring"}
    assert parts - set(LAYER_OF) == set(), "add the new part to LAYERS and docs"
    assert set(LAYER_OF) - parts == set(), "a part in LAYERS no longer exists"


def test_imports_follow_the_layers():
    assert layer_violations(GRAPH) == []


def test_no_cycle_between_parts():
    assert find_cycle(part_graph(GRAPH)) is None


def test_no_cycle_between_modules():
    assert find_cycle(GRAPH) is None


def test_the_checks_would_catch_a_cycle_and_an_upward_import():
    # The test of the test: a lazy import of an edge from the model (as
    # `model` -> `calendar` -> `model` was) is found, as a layer breach and
    # as a cycle between parts.
    graph = {k: set(v) for k, v in GRAPH.items()}
    graph["mentoring.calendar._year"] = {*graph.get("mentoring.calendar._year", ())}
    graph["mentoring.calendar._year"].add("mentoring.model._pairs")
    cycle = find_cycle(part_graph(graph))
    assert cycle is not None
    assert {"calendar", "model"} <= set(cycle)
    assert any("imports mentoring.model._pairs" in v for v in layer_violations(graph))
    graph["mentoring.model._program"].add("mentoring.cli")
    assert any("mentoring.model._program (model)" in v for v in layer_violations(graph))


def test_the_import_reader_sees_lazy_and_type_checking_imports(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from mentoring.model import Program\n"
        "def f():\n    from mentoring import samples\n"
        "    import importlib\n    importlib.import_module('mentoring.cli')\n",
        encoding="utf-8",
    )
    found = imports_of("x", source)
    assert {"mentoring.model", "mentoring.samples", "mentoring.cli"} <= found


@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_entry_points_import_nothing_of_the_package_at_import(name):
    path = PACKAGE.parent / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = [
        n
        for n in tree.body
        if isinstance(n, ast.Import | ast.ImportFrom)
        and any(
            (getattr(n, "module", None) or a.name).startswith("mentoring")
            for a in n.names
        )
    ]
    assert top == []


# -- the public surface -------------------------------------------------------


def public_modules() -> dict[str, types.ModuleType]:
    found = {"mentoring": mentoring}
    for info in pkgutil.walk_packages(mentoring.__path__, "mentoring."):
        if any(p.startswith("_") for p in info.name.split(".")[1:]):
            continue
        found[info.name] = importlib.import_module(info.name)
    return found


def surface() -> list[str]:
    lines = []
    for name, module in sorted(public_modules().items()):
        lines.extend(f"{name}.{attr}" for attr in sorted(module.__all__))
    return lines


def _is_value(obj: object) -> bool:
    # Interned scalars may be shared by accident: only objects count.
    return not isinstance(obj, str | int | float | bool | type(None))


def test_every_public_module_declares_all():
    assert [n for n, m in public_modules().items() if not hasattr(m, "__all__")] == []


def test_one_public_path_per_object():
    homes: dict[int, list[str]] = {}
    for name, module in public_modules().items():
        if name == "mentoring":
            continue
        for attr in module.__all__:
            obj = getattr(module, attr)
            if isinstance(obj, types.ModuleType) or not _is_value(obj):
                continue
            homes.setdefault(id(obj), []).append(f"{name}.{attr}")
    assert [paths for paths in homes.values() if len(paths) > 1] == []


def test_the_package_face_only_re_exports():
    homes = set()
    for name, module in public_modules().items():
        if name != "mentoring":
            homes.update(
                id(getattr(module, a)) for a in module.__all__ if a != "__version__"
            )
    strays = [
        attr
        for attr in mentoring.__all__
        if attr != "__version__"
        and not isinstance(getattr(mentoring, attr), types.ModuleType)
        and id(getattr(mentoring, attr)) not in homes
    ]
    assert strays == []


def test_no_attribute_shadows_a_submodule():
    clashes = []
    for name, module in public_modules().items():
        if not hasattr(module, "__path__"):
            continue
        subs = {info.name for info in pkgutil.iter_modules(module.__path__)}
        clashes.extend(
            f"{name}.{attr}"
            for attr in module.__all__
            if attr in subs and not isinstance(getattr(module, attr), types.ModuleType)
        )
    assert clashes == []


def test_the_public_surface_is_the_reviewed_one():
    recorded = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    assert surface() == recorded, (
        "the public API changed: review the change, then run"
        " `python tests/test_architecture.py` to record it"
    )


# -- the API reference --------------------------------------------------------

_DIRECTIVE = re.compile(
    r"^\.\. (auto\w+):: (mentoring[\w.]*)\s*$((?:\n   :[\w-]+:.*$)*)", re.MULTILINE
)


def documented_paths() -> tuple[set[str], list[str]]:
    documented: set[str] = set()
    private: list[str] = []
    modules = public_modules()
    for page in sorted((ROOT / "docs" / "reference").glob("*.md")):
        for kind, target, options in _DIRECTIVE.findall(page.read_text("utf-8")):
            if any(p.startswith("_") for p in target.split(".")[1:]):
                private.append(f"{page.name}: {target}")
            if kind == "automodule":
                if ":no-members:" not in options and target in modules:
                    documented.update(f"{target}.{a}" for a in modules[target].__all__)
            else:
                documented.add(target)
    return documented, private


def test_the_reference_documents_exactly_the_public_paths():
    documented, private = documented_paths()
    assert private == []
    modules = public_modules()
    public = set()
    for path in surface():
        module, attr = path.rsplit(".", 1)
        if module != "mentoring" and not isinstance(
            getattr(modules[module], attr), types.ModuleType
        ):
            public.add(path)
    assert sorted(public - documented) == []
    assert sorted(documented - public) == []


# -- one vocabulary of problems ---------------------------------------------

#: The only modules allowed to build a Problem by hand.
VOCABULARY = {"errors.py", "_problems.py"}


def _calls(tree: ast.AST, name: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = (
                func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            )
            if called == name:
                yield node


def test_every_problem_is_built_by_the_vocabulary():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in VOCABULARY and path.parent == PACKAGE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.extend(
            f"{path.relative_to(PACKAGE)}:{node.lineno}"
            for node in _calls(tree, "Problem")
        )
    assert found == []


def test_every_problem_code_in_the_source_is_a_known_one():
    used = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _calls(tree, "problem"):
            if len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                used[node.args[1].value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    assert {c: where for c, where in used.items() if c not in CODES} == {}
    assert used, "the scan found no call of problem(): the test reads nothing"


# -- readable signatures -------------------------------------------------------

#: A default longer than this in a signature hides the signature.
LONGEST_DEFAULT = 100
#: help() of a function or a method: a screen or two (lines, characters).
LONGEST_HELP = (100, 5_000)


def public_callables():
    seen = set()
    for name, module in sorted(public_modules().items()):
        if name == "mentoring":
            continue
        for attr in module.__all__:
            obj = getattr(module, attr)
            if isinstance(obj, types.ModuleType) or id(obj) in seen:
                continue
            seen.add(id(obj))
            if inspect.isfunction(obj):
                yield f"{name}.{attr}", obj
            elif inspect.isclass(obj):
                for meth_name, meth in vars(obj).items():
                    func = getattr(meth, "__func__", meth)
                    if inspect.isfunction(func) and (
                        not meth_name.startswith("_") or meth_name == "__init__"
                    ):
                        yield f"{name}.{attr}.{meth_name}", func


CALLABLES = dict(public_callables())


def test_the_scan_sees_the_main_functions():
    for path in ("mentoring.matching.match", "mentoring.indicators.compute"):
        assert path in CALLABLES


@pytest.mark.parametrize("path", sorted(CALLABLES))
def test_signatures_show_short_defaults(path):
    try:
        signature = inspect.signature(CALLABLES[path])
    except ValueError:  # pragma: no cover - builtins without a signature
        return
    long = {
        name: repr(p.default)[:80]
        for name, p in signature.parameters.items()
        if p.default is not inspect.Parameter.empty
        and len(repr(p.default)) > LONGEST_DEFAULT
    }
    assert long == {}


@pytest.mark.parametrize("path", sorted(CALLABLES))
def test_help_fits_on_a_screen_or_two(path):
    text = pydoc.render_doc(CALLABLES[path], renderer=pydoc.plaintext)
    lines, chars = LONGEST_HELP
    assert len(text.splitlines()) <= lines
    assert len(text) <= chars


def test_help_of_compute_is_short():
    # Before 0.1.0 it printed 16,852 characters: the catalogue's repr.
    text = pydoc.render_doc(mentoring.indicators.compute, renderer=pydoc.plaintext)
    assert len(text) < 5_000


def python_prints(code: str, where: Path) -> str:
    """What a fresh interpreter prints running *code* in the folder *where*."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=where,
    ).stdout.strip()


def test_the_package_face_is_lazy(tmp_path):
    code = (
        "import sys, mentoring\n"
        "print(sorted(m for m in sys.modules if m.startswith('mentoring')))"
    )
    out = python_prints(code, tmp_path)
    assert out == "['mentoring', 'mentoring._lazy', 'mentoring._version']"


#: What a package's first name loads, and what it must leave unloaded
#: (each package's names load from their own modules when first read).
LAZY_PACKAGES = {
    "from mentoring.indicators import CATALOG": (
        "mentoring.indicators._batch",
        "mentoring.indicators._compute",
        "mentoring.indicators._compare",
        "mentoring.indicators._privacy",
        "hashlib",
    ),
    "from mentoring.matching import match": (
        "mentoring.matching._groups",
        "mentoring.matching._rematch",
    ),
    "from mentoring.model import Person": (
        "mentoring.model._plans",
        "mentoring.model._program",
    ),
}


@pytest.mark.parametrize("statement", sorted(LAZY_PACKAGES))
def test_a_package_loads_only_the_modules_of_the_names_read(statement, tmp_path):
    unloaded = LAZY_PACKAGES[statement]
    code = (
        f"import sys\n{statement}\nprint(sorted(set({unloaded!r}) & set(sys.modules)))"
    )
    assert python_prints(code, tmp_path) == "[]"


@pytest.mark.parametrize(
    "package",
    [mentoring, mentoring.model, mentoring.indicators, mentoring.matching],
    ids=lambda m: m.__name__,
)
def test_every_lazy_name_resolves_and_dir_lists_the_contract(package):
    assert dir(package) == sorted(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        package.nothing_here  # noqa: B018


def test_the_vocabulary_file_is_where_the_test_looks():
    assert (PACKAGE / "_problems.py").is_file()
    assert Path(mentoring.__file__).parent == PACKAGE


if __name__ == "__main__":
    SNAPSHOT.write_text("\n".join(surface()) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}: {len(surface())} public paths")
    sys.exit(0)
