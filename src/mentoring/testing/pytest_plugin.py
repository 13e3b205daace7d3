"""The ``mentoring`` pytest plugin: ``mentoring_*`` fixtures for test authors.

Loaded automatically through the ``pytest11`` entry point once the package is
installed; turn it off with ``pytest -p no:mentoring``. Only :mod:`pytest` is
imported here at module level: :mod:`mentoring` and Hypothesis are imported
inside the fixtures, when a test asks for one, so the plugin costs nothing at
start-up and does not disturb coverage measurement.

Every fixture is session-scoped: it returns an immutable programme or a module
of functions, safe to share across tests and with ``@given``.

.. versionadded:: 0.1.0
"""

import importlib
import importlib.util
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mentoring.model._program import Program


__all__ = [
    "mentoring_factory",
    "mentoring_sample_program",
    "mentoring_strategies",
]


@pytest.fixture(scope="session")
def mentoring_sample_program() -> "Program":
    """A complete, valid sample programme (``problems() == ()``): the Russian
    school of :mod:`mentoring.samples` (``samples.load("ru")``).

    .. versionadded:: 0.1.0
    """
    from mentoring import samples

    return samples.load("ru")


@pytest.fixture(scope="session")
def mentoring_factory() -> ModuleType:
    """The :mod:`mentoring.testing.factories` module: seeded builders such as
    ``make_program(seed=2, mentors=3, mentees=5)``.

    .. versionadded:: 0.1.0
    """
    return importlib.import_module("mentoring.testing.factories")


@pytest.fixture(scope="session")
def mentoring_strategies() -> ModuleType:
    """The :mod:`mentoring.testing.strategies` module (needs Hypothesis).

    Skips the test, naming the extra to install, when Hypothesis is missing.

    .. versionadded:: 0.1.0
    """
    if importlib.util.find_spec("hypothesis") is None:
        pytest.skip('mentoring_strategies needs `pip install "mentoring[testing]"`')
    return importlib.import_module("mentoring.testing.strategies")
