"""The ``mentoring`` pytest plugin, run in throw-away pytest sessions."""

import ast
import subprocess
import sys
from pathlib import Path

import mentoring.testing.pytest_plugin as plugin

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
            "*mentoring_factory*",
            "*mentoring_strategies*",
        ]
    )


def test_the_sample_programme_is_the_russian_sample(mentoring_sample_program):
    from mentoring import samples

    assert mentoring_sample_program == samples.load("ru")


def test_the_plugin_module_imports_only_pytest_at_top_level():
    tree = ast.parse(Path(plugin.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported <= {"importlib", "types", "typing", "pytest"}


def test_loading_the_plugin_imports_no_hypothesis():
    code = (
        "import sys, mentoring.testing.pytest_plugin;"
        "sys.exit('hypothesis' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False)  # noqa: S603
    assert done.returncode == 0
