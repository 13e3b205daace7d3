"""Every example of docs/how-to/testing.md runs, as the test module it is."""

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

PAGE = Path(__file__).parents[2] / "docs" / "how-to" / "testing.md"
BLOCKS = re.findall(
    r"^```python\n(.*?)^```$",
    PAGE.read_text(encoding="utf-8"),
    re.MULTILINE | re.DOTALL,
)


def test_the_page_has_examples():
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_every_example_passes_under_pytest(pytester, number):
    code = BLOCKS[number]
    tests = len(re.findall(r"^def test_", code, re.MULTILINE))
    assert tests, "every example holds at least one test"
    pytester.makepyfile(**{f"test_example_{number}": code})
    # Fewer examples than Hypothesis's default: the point is that they run.
    pytester.makeconftest(
        "from hypothesis import settings\n"
        "settings.register_profile('docs', max_examples=15, deadline=None)\n"
    )
    # In a process of its own, as a user's suite runs: an in-process run
    # would share (and then unload) the modules this suite imported.
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-W", "error", "--hypothesis-profile=docs"
    )
    result.assert_outcomes(passed=tests)
