"""The ``mentoring`` pytest plugin (``_mentoring_pytest``), run in throw-away
pytest sessions."""

import ast
import importlib.metadata
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import _mentoring_pytest as plugin

pytest_plugins = ["pytester"]

USER_TESTS = """
from hypothesis import given, settings, strategies as st

import mentoring as m


def test_sample_programme_is_valid(mentoring_sample_program):
    assert isinstance(mentoring_sample_program, m.Program)
    assert mentoring_sample_program.problems() == ()


def test_sample_programme_is_shared_across_tests(mentoring_sample_program):
    assert mentoring_sample_program is SEEN.setdefault("p", mentoring_sample_program)


SEEN = {}


def test_factory_builds_programmes(mentoring_factory):
    program = mentoring_factory.make_program(seed=2, mentors=3, mentees=5)
    assert len(program.mentees) == 5
    assert program.problems() == ()


@settings(max_examples=10)
@given(data=st.data())
def test_strategies_fixture_works_with_given(mentoring_strategies, data):
    program = data.draw(mentoring_strategies.programs(max_mentees=3))
    assert program.problems() == ()
"""


def test_fixtures_are_there_without_any_configuration(pytester):
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_the_plugin_is_switched_off_with_p_no_mentoring(pytester):
    pytester.makepyfile(test_user="def test_it(mentoring_sample_program):\n    pass\n")
    result = pytester.runpytest("-p", "no:mentoring", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'mentoring_sample_program' not found*"])


def test_fixtures_are_listed_with_their_docs(pytester):
    result = pytester.runpytest("--fixtures", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [
            "*mentoring_sample_program*",
            "*complete, valid sample programme*",
            "*mentoring_factory*",
            "*seeded builders*",
            "*mentoring_strategies*",
            "*needs Hypothesis*",
        ]
    )


def test_the_sample_programme_is_the_russian_sample(mentoring_sample_program):
    from mentoring import samples

    assert mentoring_sample_program == samples.load("ru")


def test_the_factory_and_strategies_fixtures_are_the_public_modules(
    mentoring_factory, mentoring_strategies
):
    from mentoring.testing import factories, strategies

    assert mentoring_factory is factories
    assert mentoring_strategies is strategies


def test_the_entry_point_names_the_top_level_module():
    (entry,) = [
        e
        for e in importlib.metadata.entry_points(group="pytest11")
        if e.name == "mentoring"
    ]
    assert entry.value == "_mentoring_pytest"
    assert entry.load() is plugin


def test_the_plugin_lives_outside_the_package():
    assert "." not in plugin.__name__
    assert importlib.util.find_spec("mentoring.testing.pytest_plugin") is None


def test_the_plugin_module_imports_only_pytest_at_top_level():
    tree = ast.parse(Path(plugin.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported <= {"importlib", "types", "typing", "pytest"}


def test_loading_the_plugin_imports_neither_the_library_nor_hypothesis():
    code = (
        "import sys, _mentoring_pytest;"
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('mentoring', 'hypothesis')))"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# -- what starting pytest costs in a project that does not use mentoring ---------


def clean_env() -> dict[str, str]:
    """The environment without this run's pytest, Hypothesis and coverage
    settings, so the child pytest starts as a user's would."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "HYPOTHESIS", "COV_CORE", "COVERAGE"))
    }
    env.pop("PYTHONPATH", None)
    return env


def library_modules_in_importtime(stderr: str) -> list[str]:
    """The modules of the package named by ``-X importtime`` lines: the last
    column, ``mentoring`` itself or ``mentoring.<anything>``."""
    found = []
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        name = line.rsplit("|", 1)[-1].strip()
        if name == "mentoring" or name.startswith("mentoring."):
            found.append(name)
    return found


def test_the_importtime_reader_sees_the_library():
    stderr = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       393 |        393 |   mentoring._version\n"
        "import time:      1264 |       1264 | mentoring\n"
        "import time:       774 |        774 | _mentoring_pytest\n"
        "import time:       774 |        774 | _mentoring_hypothesis\n"
    )
    assert library_modules_in_importtime(stderr) == ["mentoring._version", "mentoring"]


def test_collecting_an_empty_project_imports_nothing_of_the_library(tmp_path):
    """``python -X importtime -m pytest --co -q`` in an empty project, with
    the library installed: the plugin is loaded, and no ``mentoring`` module
    is imported (Hypothesis, if pytest imports it, only leaves its hook
    waiting)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pytest", "--co", "-q"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=clean_env(),
    )
    assert done.returncode == 5, done.stdout + done.stderr[-3000:]  # no tests
    assert "import time:" in done.stderr
    assert library_modules_in_importtime(done.stderr) == []
    assert not [
        line
        for line in done.stderr.splitlines()
        if line.endswith(" mentoring") or " mentoring." in line
    ]


def test_a_pytest_session_without_fixtures_leaves_the_library_unimported(tmp_path):
    # -X importtime misses the modules that importlib.import_module loads
    # (pytest loads plugins that way): sys.modules misses nothing.
    code = (
        "import sys, pytest\n"
        "code = pytest.main(['--co', '-q', '-p', 'no:cacheprovider'])\n"
        "assert code == pytest.ExitCode.NO_TESTS_COLLECTED, code\n"
        "assert '_mentoring_pytest' in sys.modules, 'the plugin was not loaded'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'mentoring'))\n"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=clean_env(),
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
