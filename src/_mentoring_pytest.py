"""The ``pytest11`` entry point of mentoring: the ``mentoring_*`` fixtures.

pytest imports this module at the start of every run in an environment where
the library is installed, whether or not the tests use it. So it lives in a
tiny top-level module of its own, outside the package, and imports only
:mod:`pytest`: nothing of :mod:`mentoring` (whose package would be imported
first) and not Hypothesis. Each fixture imports what it returns when a test
first asks for it. Turn the plugin off with ``pytest -p no:mentoring``.

Every fixture is session-scoped: it returns an immutable programme or a module
of functions, safe to share across tests and with ``@given``. The API
reference documents them under their names (the testing tools page).
"""

import importlib
import importlib.util
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mentoring.model import Program

__all__ = [
    "mentoring_factory",
    "mentoring_sample_program",
    "mentoring_strategies",
]


@pytest.fixture(scope="session")
def mentoring_sample_program() -> "Program":
    """A complete, valid sample programme (``problems() == ()``): the Russian
    school of ``mentoring.samples`` (``samples.load("ru")``).
    """
    from mentoring.samples import load

    return load("ru")


@pytest.fixture(scope="session")
def mentoring_factory() -> ModuleType:
    """The ``mentoring.testing.factories`` module: seeded builders such as
    ``make_program(seed=2, mentors=3, mentees=5)``.
    """
    return importlib.import_module("mentoring.testing.factories")


@pytest.fixture(scope="session")
def mentoring_strategies() -> ModuleType:
    """The ``mentoring.testing.strategies`` module (needs Hypothesis).

    Skips the test, naming the extra to install, when Hypothesis is missing.
    """
    if importlib.util.find_spec("hypothesis") is None:
        pytest.skip('mentoring_strategies needs `pip install "mentoring[testing]"`')
    return importlib.import_module("mentoring.testing.strategies")
