"""Tools for testing the systems that embed :mod:`mentoring`.

* :mod:`mentoring.testing.strategies`: Hypothesis strategies for every public
  type (requires ``mentoring[testing]``);
* :mod:`mentoring.testing.factories`: deterministic, seeded builders for tests
  that do not use Hypothesis (no extra needed).

The pytest fixtures (``mentoring_sample_program``, ``mentoring_factory``,
``mentoring_strategies``) come with the package through the ``pytest11`` entry
point; they live outside it, so that starting pytest imports nothing of
:mod:`mentoring` until a test asks for one.

This package imports neither Hypothesis nor pytest: asking for
``mentoring.testing.strategies`` without Hypothesis installed raises
:class:`ModuleNotFoundError` naming the extra to install.

.. versionadded:: 0.1.0
"""

import importlib
from types import ModuleType

__all__ = ["factories", "strategies"]

_EXTRA_HINT = (
    "mentoring.testing.strategies requires the 'hypothesis' package: install"
    ' it with `pip install "mentoring[testing]"`'
)


def __getattr__(name: str) -> ModuleType:
    if name == "strategies":
        try:
            import hypothesis  # noqa: F401
        except ImportError as exc:
            raise ModuleNotFoundError(_EXTRA_HINT, name="hypothesis") from exc
        return importlib.import_module("mentoring.testing.strategies")
    if name == "factories":
        return importlib.import_module("mentoring.testing.factories")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
