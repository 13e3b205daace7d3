"""``mentoring.testing`` without Hypothesis, the ``hypothesis`` entry point,
and the shape of the kit itself."""

import doctest
import importlib
import pkgutil
import subprocess
import sys
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import _mentoring_hypothesis as _hypothesis_hook
import mentoring as m
import mentoring.model
import mentoring.testing


def _public_module_names() -> tuple[str, ...]:
    """Every public module but the kit's own: a public attrs type in any of
    them needs a strategy."""
    names = ["mentoring"]
    for info in pkgutil.walk_packages(mentoring.__path__, "mentoring."):
        parts = info.name.split(".")[1:]
        if parts[0] != "testing" and not any(p.startswith("_") for p in parts):
            names.append(info.name)
    return tuple(names)


PUBLIC_MODULES = _public_module_names()


def public_types() -> list[type]:
    found = {
        obj
        for module_name in PUBLIC_MODULES
        for name in getattr(importlib.import_module(module_name), "__all__", ())
        if isinstance(obj := getattr(importlib.import_module(module_name), name), type)
        and attrs.has(obj)
    }
    return sorted(found, key=lambda t: (t.__module__, t.__name__))


def run_without_hypothesis(code: str) -> subprocess.CompletedProcess[str]:
    """Run *code* in a fresh interpreter where Hypothesis is missing (``None``
    in ``sys.modules`` makes every import of it fail). A subprocess, because
    Hypothesis's own pytest plugin imports it during this very test run."""
    prelude = "import sys; sys.modules['hypothesis'] = None\n"
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_package_imports_without_hypothesis():
    done = run_without_hypothesis(
        "import mentoring.testing as mt\n"
        "assert mt.factories.make_program(1).problems() == ()\n"
        "from mentoring.testing import factories\n"
        "print('ok')\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize(
    "code",
    [
        "import mentoring.testing as mt; mt.strategies",
        "from mentoring.testing import strategies",
        "import mentoring.testing.strategies",
    ],
)
def test_asking_for_strategies_without_hypothesis_names_the_extra(code):
    done = run_without_hypothesis(code)
    assert done.returncode == 1
    assert "ModuleNotFoundError" in done.stderr
    assert 'pip install "mentoring[testing]"' in done.stderr


def test_the_package_itself_imports_neither_hypothesis_nor_pytest():
    code = (
        "import sys, mentoring.testing, mentoring.testing.factories;"
        "bad = {'hypothesis', 'pytest'} & set(sys.modules);"
        "print(sorted(bad)); sys.exit(bool(bad))"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_unknown_attributes_are_attribute_errors():
    with pytest.raises(AttributeError):
        _ = mentoring.testing.no_such_thing


def test_importing_hypothesis_registers_lazily_and_draws_nothing():
    code = (
        "import sys, warnings;"
        "warnings.simplefilter('error');"
        "import hypothesis;"
        "from hypothesis import strategies as st;"
        "assert not [n for n in sys.modules if n.startswith('mentoring')];"
        "assert '_mentoring_hypothesis' in sys.modules;"
        "import mentoring as m;"
        "assert 'mentoring.testing.strategies' not in sys.modules;"
        "st.from_type(m.Program).validate();"
        "assert 'mentoring.testing.strategies' in sys.modules"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def _mentoring_modules_after(code: str) -> list[str]:
    done = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            code + "\nimport sys\n"
            "print(sorted(n for n in sys.modules if n.startswith('mentoring')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


@pytest.mark.parametrize(
    "code",
    [
        "import mentoring",
        "import mentoring.calendar",
        "import mentoring as m; m.Person",
    ],
)
def test_the_hook_imports_no_module_of_mentoring_itself(code):
    """Registering is lazy: a module's types are registered when it is
    imported, so importing Hypothesis (before or after) adds no module."""
    alone = _mentoring_modules_after(code)
    assert _mentoring_modules_after("import hypothesis\n" + code) == alone
    assert _mentoring_modules_after(code + "\nimport hypothesis") == alone


def test_hypothesis_no_plugins_turns_the_hook_off():
    code = "import hypothesis, sys;sys.exit('_mentoring_hypothesis' in sys.modules)"
    env = {"HYPOTHESIS_NO_PLUGINS": "1", "PATH": ""}
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr


def test_the_hook_can_run_again_without_harm():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _hypothesis_hook._hypothesis_setup_hook()


def test_every_public_type_has_a_registered_strategy():
    from hypothesis.strategies._internal import types

    registered = set(types._global_type_lookup)
    missing = [
        f"{t.__module__}.{t.__name__}" for t in public_types() if t not in registered
    ]
    assert missing == []


def test_the_hook_registers_public_types_by_their_public_paths():
    from mentoring.testing import strategies as ms

    for module_name, type_name, strategy_name in _hypothesis_hook._REGISTRY:
        assert module_name in PUBLIC_MODULES, module_name
        assert module_name != "mentoring", "the face only re-exports"
        assert type_name in importlib.import_module(module_name).__all__
        assert strategy_name in ms.__all__
    registered = {
        getattr(importlib.import_module(module), name)
        for module, name, _ in _hypothesis_hook._REGISTRY
    }
    assert len(registered) == len(_hypothesis_hook._REGISTRY), "a type twice"
    # Registered when its public module is imported: no type may be
    # reachable without it (a private module inside it imports it first).
    for module, name, _ in _hypothesis_hook._REGISTRY:
        home = getattr(importlib.import_module(module), name).__module__
        assert home == module or home.startswith(f"{module}."), (name, home)
    assert set(public_types()) <= registered


def test_the_public_types_include_those_not_exported_from_mentoring():
    names = {t.__name__ for t in public_types()}
    assert {"Catalog", "Indicator", "Target", "Value"} <= names
    assert {"Constraint", "Criterion", "GradeBand", "PairRef"} <= names
    assert {"TermRule", "MonthDay", "HolidayRule", "ReviewDate"} <= names
    assert {"PlanTemplate", "TemplateActivity", "Duty", "ControlRow"} <= names


@pytest.mark.parametrize("cls", public_types(), ids=lambda t: t.__name__)
def test_from_type_gives_valid_values_for_every_public_type(cls):
    @settings(max_examples=25)
    @given(st.from_type(cls))
    def check(value):
        assert isinstance(value, cls)
        assert attrs.evolve(value) == value
        if isinstance(value, m.Program):
            assert value.problems() == ()

    check()


def test_the_hook_waits_for_each_public_module_when_hypothesis_comes_first():
    """Run from a module outside the package (as the entry point could be),
    the hook imports nothing of mentoring, registers the types of each public
    module once it is imported, and removes its finder when all are."""
    code = (
        "import importlib.util, sys;"
        f"spec = importlib.util.spec_from_file_location('hook', {_hypothesis_hook.__file__!r});"
        "hook = importlib.util.module_from_spec(spec); spec.loader.exec_module(hook);"
        "import hypothesis; from hypothesis import strategies as st;"
        "hook._hypothesis_setup_hook(); hook._hypothesis_setup_hook();"
        "assert not [n for n in sys.modules if n.startswith('mentoring')];"
        "from hypothesis.strategies._internal.types import _global_type_lookup;"
        "import mentoring.calendar as mc;"
        "assert mc.MonthDay in _global_type_lookup;"
        "assert 'mentoring.model' not in sys.modules;"
        "assert mc.__spec__.loader.get_source('mentoring.calendar');"
        "import mentoring as m;"
        "st.from_type(mc.MonthDay).example(); st.from_type(m.Program).example();"
        "import mentoring.testing.strategies;"
        "assert not hook._PENDING;"
        "assert not [f for f in sys.meta_path if type(f).__name__ == '_RegisterOnImport'];"
        "print('ok')"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={"HYPOTHESIS_NO_PLUGINS": "1", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# -- the kit's own modules ----------------------------------------------------

KIT = Path(mentoring.testing.__file__).parent
#: A module longer than this is more than one concept: split it.
LONGEST_MODULE = 500


def test_no_module_of_the_strategies_is_too_long_to_read_in_one_go():
    paths = [KIT / "strategies.py", *sorted((KIT / "_strategies").glob("*.py"))]
    lengths = {
        path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in paths
    }
    assert {p: n for p, n in lengths.items() if n > LONGEST_MODULE} == {}
    assert len(lengths) > 10


def test_the_strategies_module_is_a_thin_face_over_the_private_package():
    from mentoring.testing import strategies as ms

    homes = {getattr(ms, name).__module__ for name in ms.__all__}
    assert all(h.startswith("mentoring.testing._strategies._") for h in homes)
    assert len(homes) >= 8


@pytest.mark.parametrize(
    "name",
    [
        "mentoring.testing",
        "mentoring.testing.factories",
        "mentoring.testing.strategies",
        "mentoring.testing._names",
        *(
            f"mentoring.testing._strategies.{info.name}"
            for info in pkgutil.iter_modules([str(KIT / "_strategies")])
        ),
    ],
)
def test_docstring_examples_of_the_kit_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.failed == 0
