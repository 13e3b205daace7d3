"""A user's test file passes against the built wheel installed as
``mentoring[testing]`` in a fresh virtual environment.

Slow (it builds the wheel and pip-installs Hypothesis and pytest from the
package index): marked ``slow``. Set ``MENTORING_WHEEL`` to a built wheel to
skip the build.
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
        return Path(given)
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed: cannot build the wheel")
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"python -m build failed:\n{done.stderr[-2000:]}")
    (wheel,) = outdir.glob("mentoring-*.whl")
    return wheel


def make_venv(where: Path) -> Path:
    try:
        venv.create(where, with_pip=True, clear=True)
    except Exception as exc:
        pytest.skip(f"cannot create a virtual environment: {exc}")
    python = where / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    if not python.exists():
        pytest.skip("the virtual environment has no python")
    return python


@pytest.mark.slow
def test_a_user_test_file_passes_against_the_installed_wheel(tmp_path):
    wheel = build_wheel(tmp_path / "dist")
    python = make_venv(tmp_path / "venv")
    install = subprocess.run(  # noqa: S603
        [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[testing]"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    project = tmp_path / "user_project"
    project.mkdir()
    (project / "test_user.py").write_text(USER_TESTS, encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "HYPOTHESIS"))
    }
    env.pop("PYTHONPATH", None)
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
