"""A user's test file passes against the built wheel installed as
``mentoring[testing]`` in a fresh virtual environment, and pytest started in
a project that does not use the library imports nothing of it.

Slow (it builds the wheel and pip-installs Hypothesis and pytest from the
package index): marked ``slow``. Set ``MENTORING_WHEEL`` to a built wheel to
skip the build (``make unit`` does): then nothing here is ever skipped. Without
it the wheel is built with ``python -m build``; the test skips only when the
``build`` package is missing, and a failing build fails the test.
"""

import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

USER_TESTS = """
from hypothesis import given, settings
from hypothesis import strategies as st

import mentoring


def test_sample_programme(mentoring_sample_program):
    assert mentoring_sample_program.problems() == ()


def test_factory(mentoring_factory):
    program = mentoring_factory.make_program(seed=1, mentors=5, mentees=12)
    assert program.problems() == ()


@settings(max_examples=30)
@given(st.from_type(mentoring.Program))
def test_programmes_from_type(program):
    assert program.problems() == ()
"""


def build_wheel(outdir: Path) -> Path:
    given = os.environ.get("MENTORING_WHEEL")
    if given:
        wheel = Path(given)
        assert wheel.is_file(), f"MENTORING_WHEEL={given} is not a file"
        return wheel
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed: cannot build the wheel")
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"python -m build failed:\n{done.stderr[-3000:]}"
    (wheel,) = outdir.glob("mentoring-*.whl")
    return wheel


def make_venv(where: Path) -> Path:
    venv.create(where, with_pip=True, clear=True)
    python = where / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    assert python.exists(), "the virtual environment has no python"
    return python


def user_env() -> dict[str, str]:
    """The environment without this run's pytest, Hypothesis and coverage
    settings, as a user's shell would have it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "HYPOTHESIS", "COV_CORE", "COVERAGE"))
    }
    env.pop("PYTHONPATH", None)
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The python of a fresh venv with the wheel installed as
    ``mentoring[testing]`` (built once for the tests of this module)."""
    where = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(where / "dist")
    python = make_venv(where / "venv")
    install = subprocess.run(  # noqa: S603
        [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[testing]"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    return python


@pytest.mark.slow
def test_a_user_test_file_passes_against_the_installed_wheel(installed, tmp_path):
    python = installed
    project = tmp_path / "user_project"
    project.mkdir()
    (project / "test_user.py").write_text(USER_TESTS, encoding="utf-8")
    env = user_env()
    done = subprocess.run(  # noqa: S603
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env=env,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "3 passed" in done.stdout
    # The installed package is the wheel's, not this checkout.
    where = subprocess.run(  # noqa: S603
        [str(python), "-c", "import mentoring; print(mentoring.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=project,
        env=env,
    ).stdout
    assert str(ROOT / "src") not in where


@pytest.mark.slow
def test_pytest_in_an_empty_project_imports_nothing_of_the_wheel(installed, tmp_path):
    """``python -X importtime -m pytest --co -q`` in an empty project: the
    wheel's plugin is loaded (a top-level module, outside the package) and no
    ``mentoring`` module is imported."""
    project = tmp_path / "empty_project"
    project.mkdir()
    done = subprocess.run(  # noqa: S603
        [str(installed), "-X", "importtime", "-m", "pytest", "--co", "-q"],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env=user_env(),
    )
    assert done.returncode == 5, done.stdout + done.stderr[-3000:]  # no tests
    lines = [line for line in done.stderr.splitlines() if line.startswith("import")]
    assert lines, "python -X importtime printed nothing"
    assert [
        line for line in lines if line.endswith(" mentoring") or " mentoring." in line
    ] == []
    # The same through sys.modules, which also sees the plugin pytest loaded.
    code = (
        "import sys, pytest\n"
        "pytest.main(['--co', '-q', '-p', 'no:cacheprovider'])\n"
        "print('_mentoring_pytest' in sys.modules,"
        " sorted(m for m in sys.modules if m.split('.')[0] == 'mentoring'))\n"
    )
    seen = subprocess.run(  # noqa: S603
        [str(installed), "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env=user_env(),
    )
    assert seen.returncode == 0, seen.stderr[-3000:]
    assert seen.stdout.strip().splitlines()[-1] == "True []"


# -- when the wheel cannot be had, the test fails rather than skips -------------


def test_a_failing_build_fails_instead_of_skipping(monkeypatch, tmp_path):
    monkeypatch.delenv("MENTORING_WHEEL", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda _: object())

    def broken_build(*_args, **_kwargs):
        return subprocess.CompletedProcess([], 1, stdout="", stderr="no backend")

    monkeypatch.setattr(subprocess, "run", broken_build)
    with pytest.raises(AssertionError, match="python -m build failed"):
        build_wheel(tmp_path)


def test_a_missing_build_package_skips(monkeypatch, tmp_path):
    monkeypatch.delenv("MENTORING_WHEEL", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda _: None)
    with pytest.raises(pytest.skip.Exception, match="'build' package"):
        build_wheel(tmp_path)


def test_a_given_wheel_is_reused_and_must_exist(monkeypatch, tmp_path):
    wheel = tmp_path / "mentoring-0.1.0-py3-none-any.whl"
    monkeypatch.setenv("MENTORING_WHEEL", str(wheel))
    with pytest.raises(AssertionError, match="is not a file"):
        build_wheel(tmp_path)
    wheel.write_bytes(b"")
    assert build_wheel(tmp_path / "unused") == wheel
