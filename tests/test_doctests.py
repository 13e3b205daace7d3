"""Every example in the library's docstrings runs and says what it shows."""

import doctest
import importlib
import pkgutil

import pytest

import mentoring


def modules() -> list[str]:
    # The test kit imports Hypothesis and pytest; it has its own tests.
    walk = pkgutil.walk_packages(mentoring.__path__, prefix="mentoring.")
    names = [i.name for i in walk if not i.name.startswith("mentoring.testing")]
    return sorted([mentoring.__name__, *names])


@pytest.mark.parametrize("name", modules())
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        report=False,
    )
    assert result.failed == 0, (
        f"{result.failed} of {result.attempted} examples failed in {name}"
    )


def test_the_walk_finds_the_library():
    found = modules()
    assert "mentoring.serialization" in found
    assert "mentoring.matching" in found
    assert len(found) > 30
